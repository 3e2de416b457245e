"""History across quarters: the versions of one pledge linked, and what changed between them.

Every card is reissued each quarter with a new as-of date; the versions of one **pledge** share
its issuer and 관리번호 (:func:`pledge_key`: ``issuer|mgmt_no``, the 관리번호 alone when the issuer
is unknown). :class:`History` takes the batch's canonical records one at a time (a pass over
``records.jsonl`` in any order or chunking) and keeps only a small :class:`Version` summary per
record: the fields whose changes are tracked (:data:`TRACKED`). :meth:`History.changes` then
compares each version with the one before it (by as-of start) and yields one :class:`Change` per
record path whose value differs:

- ``status``: ``header.status`` and ``header.status_code``;
- ``target``: ``header.target``;
- ``budget``: ``overview.budget.total_krw`` and each part's ``amount_krw`` (parts matched by source
  code, else label);
- ``funding``: each cell ``funding.rows[r].amounts_krw[c]`` (rows matched by source code, else
  label; columns by kind and year, else label: the scorer's rule), a cell added or removed too;
- ``goal``: ``goals[i].actual`` and ``goals[i].actual_value`` (goals matched by project, year and
  target);
- ``achievement``: an item added (its path in the later version) or removed (its path in the
  earlier version), items matched by their text with whitespace removed.

Versions are one pledge only when their titles agree (:func:`same_pledge`). A change names the
later version's path, or the earlier's for something removed. Versions that
share an as-of date (a second, different card on one key: :mod:`pledgecard.identity`) are not
chained; the first one given stands for that quarter.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from pledgecard.identity import SAME_TITLE
from pledgecard.normalize.text import label_key
from pledgecard.record import as_list, as_map

TRACKED = ("status", "target", "budget", "funding", "goal", "achievement")
_SPACE = re.compile(r"\s+")


def mgmt_no(record: Mapping[str, Any]) -> str | None:
    """The pledge's 관리번호: ``header.mgmt_no``, else the card_id before its ``@as-of``."""
    no = as_map(record.get("header")).get("mgmt_no")
    if isinstance(no, str) and no.strip():
        return no.strip()
    cid = record.get("card_id")
    return str(cid).split("@", 1)[0] if cid else None


def pledge_key(record: Mapping[str, Any]) -> str | None:
    """``issuer|mgmt_no`` (the 관리번호 alone without an issuer); ``None`` without a 관리번호.

    >>> pledge_key({"header": {"issuer": "누리도", "mgmt_no": "3-17"}, "card_id": "3-17@2026-Q2"})
    '누리도|3-17'
    """
    no = mgmt_no(record)
    if no is None:
        return None
    issuer = as_map(record.get("header")).get("issuer")
    return f"{issuer}|{no}" if isinstance(issuer, str) and issuer.strip() else no


def _label(obj: Mapping[str, Any]) -> str:
    return _SPACE.sub("", str(obj.get("label") or ""))


@dataclass(slots=True)
class Version:
    """What :class:`History` keeps of one record: its identity and the tracked fields by match key
    (each value with its record path)."""

    card_key: str
    card_id: Any
    as_of: str | None
    as_of_start: str
    source_sha256: str | None
    issuer: str | None
    mgmt_no: str | None
    status: str | None
    status_code: str | None
    budget_total: Any
    funding_total: Any  # the amount of the funding table's total cell (total row x total column), if printed
    fields: dict[tuple[str, Any], tuple[str, Any]] = field(
        default_factory=dict
    )  # (kind, match) -> (path, value)


def _funding_total(funding: Mapping[str, Any]) -> Any:
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    total_col = next((i for i, c in enumerate(cols) if c.get("kind") == "total"), None)
    for row in as_list(funding.get("rows")):
        r = as_map(row)
        if r.get("source") == "total" and total_col is not None:
            amounts = as_list(r.get("amounts_krw"))
            return amounts[total_col] if total_col < len(amounts) else None
    return None


def _as_of_start(as_of: Mapping[str, Any]) -> str:
    return str(as_of.get("start") or as_of.get("label") or "")


def summarize(record: Mapping[str, Any], card_key: str) -> Version:
    """The :class:`Version` of ``record`` (``card_key`` is its warehouse key)."""
    header, ov = as_map(record.get("header")), as_map(record.get("overview"))
    as_of = as_map(record.get("as_of"))
    budget, funding = as_map(ov.get("budget")), as_map(record.get("funding"))
    fields: dict[tuple[str, Any], tuple[str, Any]] = {}

    def put(kind: str, match: Any, path: str, value: Any) -> None:
        fields.setdefault((kind, match), (path, value))

    put("status", "status", "header.status", header.get("status"))
    put("status", "status_code", "header.status_code", header.get("status_code"))
    put("target", "target", "header.target", header.get("target"))
    put("budget", "total", "overview.budget.total_krw", budget.get("total_krw"))
    for i, part in enumerate(as_list(budget.get("parts"))):
        p = as_map(part)
        put(
            "budget",
            ("part", p.get("source") or _label(p)),
            f"overview.budget.parts[{i}].amount_krw",
            p.get("amount_krw"),
        )
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    col_keys = [
        (c.get("kind"), c.get("year")) if c.get("kind") in ("year", "total") else (c.get("kind"), _label(c))
        for c in cols
    ]
    for r, row in enumerate(as_list(funding.get("rows"))):
        rw = as_map(row)
        row_key = rw.get("source") or _label(rw)
        for c, amount in enumerate(as_list(rw.get("amounts_krw"))):
            col_key = col_keys[c] if c < len(col_keys) else ("index", c)
            put("funding", (row_key, col_key), f"funding.rows[{r}].amounts_krw[{c}]", amount)
    for i, goal in enumerate(as_list(record.get("goals"))):
        g = as_map(goal)
        match = (
            _SPACE.sub("", str(g.get("project") or "")),
            g.get("year"),
            _SPACE.sub("", str(g.get("target") or "")),
        )
        put("goal", (match, "actual"), f"goals[{i}].actual", g.get("actual"))
        put("goal", (match, "actual_value"), f"goals[{i}].actual_value", g.get("actual_value"))
    for i, item in enumerate(as_list(record.get("achievements"))):
        text = as_map(item).get("text")
        if isinstance(text, str) and text.strip():
            put("achievement", _SPACE.sub("", text), f"achievements[{i}]", text)
    return Version(
        card_key=card_key,
        card_id=record.get("card_id"),
        as_of=as_of.get("label"),
        as_of_start=_as_of_start(as_of),
        source_sha256=as_map(record.get("source")).get("sha256"),
        issuer=as_map(record.get("header")).get("issuer"),
        mgmt_no=mgmt_no(record),
        status=header.get("status"),
        status_code=header.get("status_code"),
        budget_total=budget.get("total_krw"),
        funding_total=_funding_total(funding),
        fields=fields,
    )


@dataclass(frozen=True, slots=True)
class Change:
    """One record path whose value differs from one version of a pledge to the next."""

    pledge_key: str
    before: Version
    after: Version
    field: str  # one of TRACKED
    change: str  # changed | added | removed
    path: str
    old: Any
    new: Any

    def row(self) -> dict[str, Any]:
        """The ``changes`` table row (:mod:`pledgecard.tables`)."""
        return {
            "card_id": self.after.card_id,
            "as_of": self.after.as_of,
            "source_sha256": self.after.source_sha256,
            "pledge_key": self.pledge_key,
            "mgmt_no": self.after.mgmt_no,
            "from_card_key": self.before.card_key,
            "from_as_of": self.before.as_of,
            "to_as_of": self.after.as_of,
            "field": self.field,
            "change": self.change,
            "path": self.path,
            "old_value": self.old,
            "new_value": self.new,
            "issuer": self.after.issuer,
            "card_key": self.after.card_key,
        }


def diff(pledge: str, before: Version, after: Version) -> Iterator[Change]:
    """The changes from ``before`` to ``after`` (in the later version's field order, then what was removed)."""
    for key, (path, new) in after.fields.items():
        kind = key[0]
        if key in before.fields:
            old = before.fields[key][1]
            if old != new:
                yield Change(pledge, before, after, kind, "changed", path, old, new)
        elif kind in ("achievement", "funding", "budget", "goal") and new is not None:
            yield Change(pledge, before, after, kind, "added", path, None, new)
    for key, (path, old) in before.fields.items():
        if (
            key not in after.fields
            and key[0] in ("achievement", "funding", "budget", "goal")
            and old is not None
        ):
            yield Change(pledge, before, after, key[0], "removed", path, old, None)


def _title(record: Mapping[str, Any]) -> str:
    return label_key(str(as_map(record.get("header")).get("title") or ""))


def same_pledge(title_a: str, title_b: str) -> bool:
    """Whether two versions' titles (:func:`~pledgecard.normalize.text.label_key`) name one pledge:
    equal or :data:`~pledgecard.identity.SAME_TITLE` similar, or one of them missing. Figures are
    no test here: they are what changes from quarter to quarter."""
    if not title_a or not title_b or title_a == title_b:
        return True
    return SequenceMatcher(None, title_a, title_b, autojunk=False).ratio() >= SAME_TITLE


class History:
    """The versions of each pledge of a batch, fed one record at a time (:meth:`add`).

    Two pledges that share an issuer and 관리번호 but not their title (two templates numbering
    from 1, an issuer unknown) are kept apart: the second gets ``#`` and a hash of its title
    after its pledge key."""

    def __init__(self) -> None:
        self._pledges: dict[str, dict[str, Version]] = {}  # pledge key -> as-of start -> version
        self._titles: dict[str, list[tuple[str, str]]] = {}  # base pledge key -> (title, pledge key)

    def _key(self, base: str, title: str) -> str:
        known = self._titles.setdefault(base, [])
        for seen, key in known:
            if same_pledge(seen, title):
                return key
        key = base if not known else f"{base}#{hashlib.sha256(title.encode('utf-8')).hexdigest()[:8]}"
        known.append((title, key))
        return key

    def add(self, record: Mapping[str, Any], card_key: str, *, variant: str | None = None) -> str | None:
        """Keep the summary of ``record``; returns its pledge key (``None``: no 관리번호, not tracked).
        A ``variant`` (a second card on one key) is not part of the pledge's history."""
        base = pledge_key(record)
        if base is None or variant:
            return base
        key = self._key(base, _title(record))
        versions = self._pledges.setdefault(key, {})
        if (
            _as_of_start(as_map(record.get("as_of"))) not in versions
        ):  # the first record of a quarter is its version
            v = summarize(record, card_key)
            versions[v.as_of_start] = v
        return key

    def pledges(self) -> Iterator[tuple[str, list[Version]]]:
        """Each pledge key with its versions, earliest first."""
        for key, versions in self._pledges.items():
            yield key, [versions[s] for s in sorted(versions)]

    def changes(self) -> Iterator[Change]:
        """Every change between consecutive versions of every pledge."""
        for key, versions in self.pledges():
            for before, after in zip(versions, versions[1:], strict=False):
                yield from diff(key, before, after)

    def rows(self) -> list[dict[str, Any]]:
        """The ``changes`` table rows."""
        return [c.row() for c in self.changes()]
