"""The output files of a batch, (re)written atomically from journal entries in input order:
``records.jsonl``, ``files.jsonl``, ``provenance.jsonl`` and ``cards/<safe card_id>.json``
(one per card: its canonical copy, see :mod:`pledgecard.identity`)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from pledgecard.batch.jsonbytes import dumps_indented
from pledgecard.identity import Copy, base_key, figures_digest, identity_copy, resolve, slim
from pledgecard.inputs import display_path, is_plain_name, path_bytes
from pledgecard.issuer_config import IssuerPolicy
from pledgecard.writers import atomic_write_bytes, json_safe, naming, open_temp, safe_filename

OUTPUT_FILES = ("records.jsonl", "files.jsonl", "provenance.jsonl")


@dataclass(slots=True)
class OutputCounts:
    files: int = 0
    records: int = 0


class _AtomicLines:
    """A JSON Lines file written through a temp file and renamed into place on success."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: BinaryIO | None = None
        self._tmp = ""
        self.size = 0  # bytes written

    def __enter__(self) -> _AtomicLines:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = open_temp(self.path.parent)
        self._fh = os.fdopen(fd, "wb")
        return self

    def write(self, obj: Any) -> int:
        """Write one row; returns the byte offset of its line (for :meth:`read_at`)."""
        with naming(self.path):  # (an error serialising the row names this file too)
            line = _line(obj)
        return self.write_line(line)

    def write_line(self, line: bytes) -> int:
        """Write one row already serialised by :func:`_line`; as :meth:`write`."""
        assert self._fh is not None
        start = self.size
        with naming(self.path):
            self._fh.write(line)
        self.size += len(line)
        return start

    def read_at(self, offset: int) -> Any:
        """The row written at byte ``offset`` (read back from the file being written)."""
        assert self._fh is not None
        self._fh.flush()
        return _read_line(self._tmp, offset)

    def __exit__(self, exc_type: object, *rest: object) -> None:
        assert self._fh is not None
        ok = exc_type is None
        try:
            with naming(self.path):
                try:
                    if ok:
                        self._fh.flush()
                        os.fsync(self._fh.fileno())
                finally:
                    self._fh.close()
                if ok:
                    os.replace(self._tmp, self.path)
        except BaseException:
            ok = False
            raise
        finally:
            if not ok:
                Path(self._tmp).unlink(missing_ok=True)


def _line(obj: Any) -> bytes:
    """One JSON Lines row (``json.dumps`` of the object made :func:`~pledgecard.writers.json_safe`)."""
    try:
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(json_safe(obj), ensure_ascii=False) + "\n").encode("utf-8")


def _read_line(path: Path | str, offset: int) -> Any:
    with open(path, "rb") as fh:
        fh.seek(offset)
        return json.loads(fh.readline())


def relabel(entry: dict[str, Any], path: str) -> dict[str, Any]:
    """A journal entry (of the same bytes, maybe under another path) named for input ``path``."""
    shown = display_path(path)
    old = entry.get("path")
    row = dict(entry["file_row"], path=shown)
    if not is_plain_name(path):
        row["path_bytes"] = path_bytes(path).hex()
    entry = dict(entry, path=shown, file_row=row)
    if old == shown:
        return entry
    names = {old: shown, os.path.basename(old or ""): os.path.basename(shown)}
    records = []
    for rec in entry.get("records") or []:
        src = rec.get("source")
        if isinstance(src, dict) and src.get("file") in names:
            rec = dict(rec, source=dict(src, file=names[src["file"]]))
        records.append(rec)
    entry["records"] = records
    entry["provenance"] = [
        dict(p, file=names[p["file"]]) if isinstance(p, dict) and p.get("file") in names else p
        for p in entry.get("provenance") or []
    ]
    return entry


def _write_if_changed(path: Path, data: bytes) -> None:
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    # rebuilt from the journal if a crash loses it; the temp file named after the card (a card's name
    # is the batch's only, whichever process writes it): a random name costs several times more
    atomic_write_bytes(path, data, durable=False, named_temp=True)


def _card_name(rec: dict[str, Any], sha: str, index: int, used: set[str]) -> str:
    base = safe_filename(str(rec.get("card_id") or f"card-{sha[:12]}-{index}"))
    name = base
    if name in used:
        name = f"{base}~{sha[:8]}"
    n = 2
    while name in used:
        name, n = f"{base}~{sha[:8]}-{n}", n + 1
    used.add(name)
    return name


def provenance_line(entry: dict[str, Any], index: int, rec: dict[str, Any]) -> dict[str, Any]:
    """The ``provenance.jsonl`` line of record ``index`` of a journal entry."""
    provs = entry.get("provenance") or []
    prov = provs[index] if index < len(provs) and isinstance(provs[index], dict) else {}
    src = rec.get("source") if isinstance(rec.get("source"), dict) else {}
    return {
        "card_id": prov.get("card_id", rec.get("card_id")),
        "file": prov.get("file", src.get("file", entry.get("path"))),
        "format": prov.get("format", src.get("format")),
        "locations": prov.get("locations", {}),
        **{k: v for k, v in prov.items() if k not in ("card_id", "file", "format", "locations")},
    }


# What a worker makes of one record for the outputs (:func:`ready`): its records.jsonl and
# provenance.jsonl lines, its slim copy and its figures' digest (pledgecard.identity).
Ready = tuple[bytes, bytes, dict[str, Any], str]


def ready(entry: dict[str, Any]) -> list[Ready] | None:
    """What :func:`write_outputs` makes of ``entry``'s records (a fresh journal entry, before any
    issuer is given), made in the worker so that the parent neither parses nor serialises the
    records again: the same bytes and copies as the parent's own (``None``: not to be had)."""
    out: list[Ready] = []
    try:
        for i, rec in enumerate(entry.get("records") or []):
            if not isinstance(rec, dict):
                return None
            out.append(
                (_line(rec), _line(provenance_line(entry, i, rec)), json_safe(slim(rec)), figures_digest(rec))
            )
    except (TypeError, ValueError):
        return None
    return out


def sweep_temps(out_dir: Path) -> None:
    """Remove temp files a killed run left behind while writing its outputs."""
    for name in OUTPUT_FILES:
        for tmp in out_dir.glob(f".{name}.*.tmp"):
            tmp.unlink(missing_ok=True)
    for folder in (out_dir, out_dir / "cards"):
        for pattern in (".*.json.*.tmp", ".pc-*.tmp"):
            for tmp in folder.glob(pattern):
                tmp.unlink(missing_ok=True)


Spread = Callable[[Callable[[str, list[tuple[int, str]]], None], str, list[tuple[int, str]]], None]


def _here(
    fn: Callable[[str, list[tuple[int, str]]], None], records: str, items: list[tuple[int, str]]
) -> None:
    fn(records, items)


def write_cards(records: str, items: list[tuple[int, str]]) -> None:
    """Write ``cards/`` files: for each ``(offset, path)`` of ``items`` the record at byte
    ``offset`` of ``records`` (``records.jsonl``), indented, at ``path`` (left alone when equal)."""
    with open(records, "rb") as fh:
        for offset, path in items:
            fh.seek(offset)
            _write_if_changed(Path(path), dumps_indented(json.loads(fh.readline())) + b"\n")


def write_outputs(
    out_dir: Path,
    entries: Iterable[dict[str, Any]],
    *,
    issuers: IssuerPolicy | None = None,
    spread: Spread | None = None,
) -> OutputCounts:
    """Write the run's outputs from ``entries`` (journal entries in input order, each read for
    this call: their records are changed in place).

    An entry may come without its records, as ``ready`` (:func:`ready`, made by the worker)
    and ``reload`` (a callable returning the whole entry): its lines are then written as they
    are, unless an issuer is given for its file (then it is reloaded and written as usual).

    ``records.jsonl``/``provenance.jsonl`` hold every record (every copy of a card);
    ``cards/`` holds the canonical copy of each card and ``files.jsonl`` marks the files that
    only hold copies ``duplicate_of`` the canonical file (one rule: :mod:`pledgecard.identity`).
    ``issuers`` gives the issuer of cards that do not print theirs (:mod:`pledgecard.issuer_config`).
    ``spread(write_cards, records, items)`` may share the card files out among processes
    (:func:`pledgecard.batch.runner.spread`); by default they are written here.
    """
    out_dir = Path(out_dir)
    cards_dir = out_dir / "cards"
    cards_dir.mkdir(parents=True, exist_ok=True)
    sweep_temps(out_dir)
    counts = OutputCounts()
    policy = issuers or IssuerPolicy()  # one for the batch: it reads each folder's config once
    used: set[str] = set()
    file_rows: list[dict[str, Any]] = []
    copies: list[Copy] = []  # slim records (pledgecard.identity.slim): memory flat in the records' size
    offsets: list[int] = []  # byte offset of each record's line in records.jsonl
    seen: set[str] = set()  # base keys of the records so far
    with (
        _AtomicLines(out_dir / "records.jsonl") as recs,
        _AtomicLines(out_dir / "files.jsonl") as files,
        _AtomicLines(out_dir / "provenance.jsonl") as provs,
    ):
        for entry in entries:
            file_rows.append(entry["file_row"])
            counts.files += 1
            path = str(entry["file_row"].get("path") or entry.get("path") or "")
            made = entry.get("ready")
            if made is not None and (not made or not policy.given(path).name):
                for rec_line, prov_line, rec, digest in made:  # as below, from the worker's lines
                    # the worker's digest kept for a first copy too: should a later copy share its
                    # base key, card identity need not read this record back after the last result
                    copies.append(Copy(len(copies), rec, path, digest))
                    seen.add(base_key(rec))
                    offsets.append(recs.write_line(rec_line))
                    provs.write_line(prov_line)
                    counts.records += 1
                continue
            if made is not None:
                entry = entry["reload"]()
            for i, rec in enumerate(entry.get("records") or []):
                # --- card identity (issue 9): the user-given issuer, then the copy for identity.py
                policy.apply(rec, path)
                prov = provenance_line(entry, i, rec)
                copies.append(identity_copy(len(copies), rec, path, seen))
                # --- end card identity
                offsets.append(recs.write(rec))
                provs.write(prov)
                counts.records += 1
        # --- card identity (issue 9): one canonical copy per card in cards/, duplicates marked in files.jsonl
        resolution = resolve(copies, lambda n: recs.read_at(offsets[n]))
        duplicate_of = resolution.duplicate_of()
        for row in file_rows:
            files.write({**row, "duplicate_of": duplicate_of.get(str(row.get("path")))})
    items = []
    for card in resolution.cards:  # named here, written by write_cards (maybe in other processes)
        name = _card_name(
            {"card_id": card.display_id},
            card.canonical.sha256 or "",
            _source_index(card.canonical.record),
            used,
        )
        items.append((offsets[card.canonical.index], str(cards_dir / f"{name}.json")))
    (spread or _here)(write_cards, str(out_dir / "records.jsonl"), items)
    # --- end card identity
    for stale in cards_dir.glob("*.json"):
        if stale.stem not in used:
            stale.unlink(missing_ok=True)
    return counts


def _source_index(rec: dict[str, Any]) -> int:
    src = rec.get("source")
    idx = src.get("card_index") if isinstance(src, dict) else None
    return idx if isinstance(idx, int) else 0
