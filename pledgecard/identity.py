"""Card identity in a batch: which records are the same card, which one copy stands for it, and
how two different cards that share a 관리번호 are kept apart. ONE rule, used by every consumer:
``cards/<id>.json`` and ``files.jsonl`` (:mod:`pledgecard.load.outputs`), validation and the
report (:mod:`pledgecard.validate.api`), the batch tables and the warehouse
(:mod:`pledgecard.load.tableset`).

The rule (decided from content, never from file names):

1. Records are grouped by their **base key**: ``header.issuer`` + ``card_id`` (``card_id`` alone
   when no issuer is known). Two governments' cards never share a base key.
2. Inside a group, two records are **copies of one card** when their titles (``header.title``
   compared on :func:`~pledgecard.normalize.text.label_key`) are at least
   :data:`SAME_TITLE` similar (a PDF may wrap or cut a long title); when a title is missing, when
   at least half of the figures both hold are equal; with neither, the key alone decides (same).
   Otherwise they are **different cards** that share a key: ``card.id_conflict`` (a warning on
   each, naming every file) and both are kept.
3. The **canonical copy** of a card is the best by :func:`rank`: format fidelity
   (:data:`FORMAT_RANK`: HWPX > HWP > PDF > TXT), then the input path, then the position in the
   file. Every other copy is a duplicate: its file is marked ``duplicate_of`` (the canonical
   file's path) in ``files.jsonl`` when none of its cards is canonical; its findings are dropped.
   A copy whose figures (every number of the record outside ``source``) differ from the
   canonical copy's raises ``card.copies_differ`` naming the differing record paths.
4. The **warehouse key** (:attr:`Card.key`, table column ``card_key``) is the base key
   (``강원특별자치도|2-20@2024-Q4``); of several different cards sharing a base key the best
   ranked keeps it and each other gets ``#`` + :attr:`Card.variant`, the first 12 hex digits of
   a hash of its content (title, header and figures), so a rerun gives it the same key.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from pledgecard.extract.formats import FORMATS
from pledgecard.normalize.text import label_key
from pledgecard.record import as_map
from pledgecard.validate.findings import finding

# When several files hold the same card, the copy from the richest format is the canonical one.
FORMAT_RANK = {spec.name: spec.rank for spec in FORMATS}
SAME_TITLE = 0.85  # title similarity (0..1) above which two records of one key are one card
_NOT_FIGURES = ("level", "parent", "after_item", "card_index")


def figures(record: Mapping[str, Any]) -> dict[str, int | float]:
    """Every number of ``record`` outside ``source`` by record path (``funding.rows[0].amounts_krw[3]``)."""
    out: dict[str, int | float] = {}

    def walk(node: Mapping[str, Any] | list[Any], path: str) -> None:
        keyed = isinstance(node, Mapping)
        for k, v in node.items() if keyed else enumerate(node):  # type: ignore[union-attr]
            kind = type(v)
            if kind is str or v is None or kind is bool:  # most leaves: no path is made for them
                continue
            if not keyed:
                sub = f"{path}[{k}]"
            elif k in _NOT_FIGURES or (not path and k == "source"):
                continue
            else:
                sub = f"{path}.{k}" if path else str(k)
            if kind is int or kind is float:
                out[sub] = v
            elif kind is dict or kind is list:
                walk(v, sub)
            elif isinstance(v, bool):
                continue
            elif isinstance(v, int | float):
                out[sub] = v
            elif isinstance(v, Mapping | list):
                walk(v, sub)

    if isinstance(record, Mapping | list):
        walk(record, "")
    return out


def figures_digest(record: Mapping[str, Any]) -> str:
    """A digest of :func:`figures`: records with equal digests hold the same figures at the same paths."""
    found = figures(record)
    if any(v != v for v in found.values()):  # NaN equals nothing, not even itself: no digest does either
        return "nan:" + os.urandom(16).hex()
    blob = json.dumps(sorted(found.items()), ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def issuer_of(record: Mapping[str, Any]) -> str | None:
    issuer = as_map(record.get("header")).get("issuer")
    return str(issuer) if issuer else None


def base_key(record: Mapping[str, Any]) -> str:
    """``issuer|card_id``, or ``card_id`` when the issuer is unknown."""
    issuer, cid = issuer_of(record), str(record.get("card_id"))
    return f"{issuer}|{cid}" if issuer else cid


def content_hash(record: Mapping[str, Any]) -> str:
    """A hash of what a card says (header and figures), the same for every copy that agrees."""
    header = {k: v for k, v in as_map(record.get("header")).items() if k != "kind"}
    blob = json.dumps({"header": header, "figures": figures(record)}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Copy:
    """One record of the batch: a copy of some card, in the file at ``path``."""

    index: int  # position among the batch's records (records.jsonl line)
    record: Mapping[str, Any]
    path: str
    digest: str | None = None  # figures_digest of the whole record, when known (record may be slim)

    @property
    def sha256(self) -> str | None:
        return as_map(self.record.get("source")).get("sha256")

    @property
    def format(self) -> str | None:
        return as_map(self.record.get("source")).get("format")

    @property
    def card_id(self) -> Any:
        return self.record.get("card_id")


def rank(copy: Copy) -> tuple[int, str, int]:
    """Sort key of copies, best first: format fidelity, then path, then position in the file."""
    src = as_map(copy.record.get("source"))
    idx = src.get("card_index")
    return (-FORMAT_RANK.get(str(copy.format), 0), copy.path, idx if isinstance(idx, int) else 0)


def same_card(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two records of one base key are copies of one card (see the module docstring)."""
    ta, tb = (label_key(str(as_map(r.get("header")).get("title") or "")) for r in (a, b))
    if ta and tb:
        return ta == tb or SequenceMatcher(None, ta, tb, autojunk=False).ratio() >= SAME_TITLE
    fa, fb = figures(a), figures(b)
    common = set(fa) & set(fb)
    if common:
        return sum(fa[k] == fb[k] for k in common) * 2 >= len(common)
    return True


@dataclass(slots=True)
class Card:
    """One card of the batch: its canonical copy, every copy, and its warehouse key."""

    canonical: Copy
    copies: list[Copy]
    key: str = ""
    variant: str | None = None  # content-hash suffix when another card holds the base key
    display_id: str = ""  # unique among the batch's cards: card_id, or key when card_id is shared

    @property
    def issuer(self) -> str | None:
        return issuer_of(self.canonical.record)


@dataclass(slots=True)
class Resolution:
    """The batch's cards (in the order of their canonical copies) and the identity findings."""

    cards: list[Card]
    findings: list[dict[str, Any]] = field(default_factory=list)
    _by_index: dict[int, Card] = field(default_factory=dict)

    def card_of(self, index: int) -> Card:
        """The card the record at ``index`` is a copy of."""
        return self._by_index[index]

    def is_canonical(self, index: int) -> bool:
        card = self._by_index.get(index)
        return card is not None and card.canonical.index == index

    def duplicate_of(self) -> dict[str, str]:
        """``path -> canonical path`` for every file none of whose cards is canonical."""
        canonical_paths = {c.canonical.path for c in self.cards}
        out: dict[str, str] = {}
        for card in self.cards:
            for cp in card.copies:
                if cp.path not in canonical_paths and cp.path != card.canonical.path:
                    out.setdefault(cp.path, card.canonical.path)
        return out


def copies_of(
    records: Sequence[Mapping[str, Any]], provenance: Sequence[Mapping[str, Any]] | None = None
) -> list[Copy]:
    """The batch's records as copies; ``provenance`` (the ``provenance.jsonl`` lines, line for
    line with the records) gives each its input path, else ``source.file`` does."""
    out = []
    for i, rec in enumerate(records):
        prov = provenance[i] if provenance is not None and i < len(provenance) else {}
        path = as_map(prov).get("file") or as_map(rec.get("source")).get("file") or ""
        out.append(Copy(i, rec, str(path)))
    return out


def _finding(card: Card, code: str, **kw: Any) -> dict[str, Any]:
    from pledgecard.validate.checks.reported import reported

    f = finding(
        reported(code), card.canonical.card_id, success=False, source_sha256=card.canonical.sha256, **kw
    )
    f["card_key"] = card.key
    return f


def _differ_findings(card: Card) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if len(card.copies) < 2:
        return out
    base = figures(card.canonical.record)
    for cp in card.copies:
        if cp is card.canonical:
            continue
        other = figures(cp.record)
        paths = sorted(k for k in base.keys() | other.keys() if base.get(k) != other.get(k))
        if not paths:
            continue
        shown = ", ".join(paths[:8]) + (f" and {len(paths) - 8} more" if len(paths) > 8 else "")
        out.append(
            _finding(
                card,
                "card.copies_differ",
                location=paths[0],
                observed={
                    "file": cp.path,
                    "sha256": cp.sha256,
                    "format": cp.format,
                    "paths": paths,
                    "values": [other.get(p) for p in paths],
                },
                expected={
                    "file": card.canonical.path,
                    "format": card.canonical.format,
                    "values": [base.get(p) for p in paths],
                },
                message=f"the {cp.format or '?'} copy {cp.path} differs from the canonical "
                f"{card.canonical.format or '?'} copy {card.canonical.path} at {shown}",
            )
        )
    return out


def _conflict_findings(cards: list[Card]) -> list[dict[str, Any]]:
    out = []
    for card in cards:
        others = [c for c in cards if c is not card]
        files = [c.canonical.path for c in cards]
        out.append(
            _finding(
                card,
                "card.id_conflict",
                location="card_id",
                observed={
                    "card_id": card.canonical.card_id,
                    "issuer": card.issuer,
                    "files": files,
                    "keys": [c.key for c in cards],
                },
                expected="one card per issuer + card_id",
                message=f"{card.canonical.card_id} ({card.issuer or 'issuer unknown'}) in {card.canonical.path} "
                f"is a different card from the one in "
                + ", ".join(c.canonical.path for c in others)
                + "; both kept as "
                + ", ".join(c.key for c in cards),
            )
        )
    return out


def slim(record: Mapping[str, Any]) -> dict[str, Any]:
    """What the rule needs of a record whose base key no other record of the batch has: its
    card_id, issuer and title, and the source fields :func:`rank` and :class:`Copy` read."""
    header, src = as_map(record.get("header")), as_map(record.get("source"))
    return {
        "card_id": record.get("card_id"),
        "header": {k: header[k] for k in ("issuer", "title") if k in header},
        "source": {k: src[k] for k in ("sha256", "format", "card_index", "file") if k in src},
    }


def identity_copy(index: int, record: Mapping[str, Any], path: str, seen: set[str]) -> Copy:
    """The slim :class:`Copy` of a batch's ``record`` read in turn, for :func:`resolve` with
    ``full``: with its figures' digest when an earlier record (``seen``: their base keys, this
    one's added) has its base key, so that resolve need not read it whole again."""
    key = base_key(record)
    digest = figures_digest(record) if key in seen else None
    seen.add(key)
    return Copy(index, slim(record), path, digest)


def resolve(copies: Iterable[Copy], full: Callable[[int], Mapping[str, Any]] | None = None) -> Resolution:
    """Apply the rule of the module docstring to the batch's records.

    With ``full``, in memory that does not grow with the records' size: ``copies`` hold
    :func:`slim` records (read one at a time); only the copies of a base key that several records
    share are read whole again (``full(index)``: the record at ``index``) to be compared, and are
    slimmed once their card is resolved. A group whose copies all print a title, are one card by
    their titles and hold the same figures (:attr:`Copy.digest`, given for copies read before, or
    read here) is resolved without reading its copies whole again. The cards and findings are the
    same either way."""
    groups: dict[str, list[Copy]] = {}
    for cp in copies:
        groups.setdefault(base_key(cp.record), []).append(cp)
    cards: list[Card] = []
    findings: list[dict[str, Any]] = []
    for key, members in groups.items():
        if full is not None and len(members) > 1:
            agreeing = _agreeing(key, members, full)
            if agreeing is not None:
                cards.append(agreeing)
                continue
            members = [Copy(cp.index, full(cp.index), cp.path) for cp in members]
        clusters, found = _resolve_group(key, members)
        if full is not None:
            for card in clusters:
                for cp in card.copies:
                    cp.record = slim(cp.record)
        cards += clusters
        findings += found
    return _resolution(cards, findings)


def _agreeing(key: str, members: list[Copy], full: Callable[[int], Mapping[str, Any]]) -> Card | None:
    """The one card of a group of slim copies that all print a title, are one card by their titles
    and hold the same figures: what :func:`_resolve_group` makes of them (no variant, no finding),
    without their whole records (a copy without a digest is read for it). ``None`` otherwise."""
    ordered = sorted(members, key=rank)
    canonical = ordered[0]
    titled = all(label_key(str(as_map(cp.record.get("header")).get("title") or "")) for cp in ordered)
    if not titled or not all(same_card(canonical.record, cp.record) for cp in ordered[1:]):
        return None
    digests = {cp.digest if cp.digest is not None else figures_digest(full(cp.index)) for cp in ordered}
    if len(digests) != 1:
        return None
    for cp in ordered:
        cp.record = slim(cp.record)
    return Card(canonical=canonical, copies=ordered, key=key)


def _resolve_group(key: str, members: list[Copy]) -> tuple[list[Card], list[dict[str, Any]]]:
    """The cards of one base key and their identity findings."""
    clusters: list[Card] = []
    findings: list[dict[str, Any]] = []
    for cp in sorted(members, key=rank):
        home = next((c for c in clusters if same_card(c.canonical.record, cp.record)), None)
        if home is None:
            clusters.append(Card(canonical=cp, copies=[cp]))
        else:
            home.copies.append(cp)
    for n, card in enumerate(clusters):
        card.variant = content_hash(card.canonical.record)[:12] if n else None
        card.key = f"{key}#{card.variant}" if n else key
        findings += _differ_findings(card)
    if len(clusters) > 1:
        findings += _conflict_findings(clusters)
    return clusters, findings


def _resolution(cards: list[Card], findings: list[dict[str, Any]]) -> Resolution:
    cards.sort(key=lambda c: c.canonical.index)
    shared = {cid for cid, n in _counts(str(c.canonical.card_id) for c in cards).items() if n > 1}
    for card in cards:
        cid = str(card.canonical.card_id)
        card.display_id = card.key if cid in shared else cid
    by_index = {cp.index: card for card in cards for cp in card.copies}
    return Resolution(cards=cards, findings=findings, _by_index=by_index)


def _counts(values: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out
