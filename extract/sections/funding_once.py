"""One funding row a source: the schema matches funding rows by source code, so a reading that would
emit two rows of one code (a ``소계`` under a spanning group label kept beside the table's ``계``, both
``total``; a source's parts each labelled as the source; a row read twice) must decide which is the
row, by the sums, or emit none of them.

- Rows of one code holding the same figures: one row printed (read) twice; it is kept once.
- ``total``: the row equal, column by column, to the sum of the table's source rows (at either level of
  a group source, ``[funding_source_groups]``: 지방비, or its 도비 / 시군비 / 구비) is the total; every
  other ``total`` row must equal the sum of a run of source rows next to it (a subtotal of some
  sources, the same money as its parts): it is left out.
- another code: the row equal to the sum of the other rows of its code (two or more) is the source's
  row; those others are its parts, left out.
- another code whose rows name different sources (시비 / 군비, both ``municipal``: a 광역시 군's share of the
  광역시 and its own) where the table's one total row is the sum of all its source rows: no row counts
  money twice, each is its own source, all are kept (samples/handmade/galsup-county-gwan-3).
- else the card does not say which row is the source's: none of them is emitted, and an
  ``extract.source_twice`` finding names them with their labels and amounts.
- a row under a subtotal's word (``소계``, vocabulary ``[totals] sub``) the sums place nowhere (not the
  whole, no run of rows next to it adding up to it) holds no subtotal's figures: the labels stand over
  other rows' figures (a head of fewer labels than the columns under its span, each label a column
  early), so no row's label is proven and the table is left null, the finding saying so; a lone total
  row under a subtotal's word too (the table's first label over the first source's figures).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.base import Loc, SectionResult
from pledgecard.extract.sections.funding_source_labels import subtotal_words
from pledgecard.extract.vocabulary import current, key

Row = dict[str, Any]
_ROW_SUB = re.compile(r"^rows\[(\d+)\]")
_ROW_PATH = re.compile(r"^funding\.rows\[(\d+)\]")


def _amounts(row: Row) -> list[Any]:
    amounts = row.get("amounts_krw")
    return amounts if isinstance(amounts, list) else []


def _equals_sum(row: Row, parts: Sequence[Row]) -> bool:
    """Whether ``row``'s amounts equal the column sums of ``parts`` in every column where all are read,
    at least one such column holding money."""
    if not parts:
        return False
    mine = _amounts(row)
    compared = False
    for c, value in enumerate(mine):
        cells = [_amounts(p)[c] if c < len(_amounts(p)) else None for p in parts]
        if value is None or any(x is None for x in cells):
            continue
        if not isinstance(value, int | float) or any(not isinstance(x, int | float) for x in cells):
            return False
        if abs(value - sum(cells)) > 0.5:
            return False
        compared = compared or value != 0
    return compared


def _levels(rows: Sequence[Row]) -> list[list[Row]]:
    """The source rows (no total) summed at each level of the group sources the table prints: all of them
    without a group row, then without the groups' members, then without the groups."""
    sources = [r for r in rows if r.get("source") not in (None, "total")]
    groups = current().table("funding_source_groups")
    printed = {r.get("source") for r in sources}
    members = {m for g, ms in groups.items() if g in printed for m in ms}
    out = [sources]
    if members & printed:
        out.append([r for r in sources if r.get("source") not in members])
        out.append([r for r in sources if r.get("source") not in groups])
    return out


def _runs_next_to(rows: Sequence[Row], i: int) -> list[list[Row]]:
    """The runs of source rows (no total) right under and right over row ``i``, each as long as it goes
    and every shorter prefix of it."""
    out: list[list[Row]] = []
    for step in (1, -1):
        run: list[Row] = []
        k = i + step
        while 0 <= k < len(rows) and rows[k].get("source") not in (None, "total"):
            run.append(rows[k])
            out.append(list(run))
            k += step
    return out


def _keep(rows: Sequence[Row], code: str, twice: list[int]) -> list[int] | None:
    """The indices of ``twice`` (the rows of ``code``) to keep, or ``None`` when the sums do not tell."""
    first = twice[0]
    if all(_amounts(rows[i]) == _amounts(rows[first]) for i in twice):
        return [first]  # the same figures: one row read twice
    if code == "total":
        whole = [i for i in twice if any(_equals_sum(rows[i], level) for level in _levels(rows))]
        if len(whole) != 1:
            return None
        n_sources = sum(r.get("source") not in (None, "total") for r in rows)
        subtotals = [
            i
            for i in twice
            if i != whole[0]
            and any(_equals_sum(rows[i], run) for run in _runs_next_to(rows, i) if len(run) < n_sources)
        ]
        return whole if len(subtotals) == len(twice) - 1 else None
    wholes = [i for i in twice if len(twice) > 2 and _equals_sum(rows[i], [rows[k] for k in twice if k != i])]
    if len(wholes) == 1:
        return wholes
    return twice if _sources_of_one_code(rows, twice) else None


def _sources_of_one_code(rows: Sequence[Row], twice: list[int]) -> bool:
    """Whether the rows of one code name different sources (their labels differ) and the table's one total row
    is the sum of all its source rows, so that none of them is another's part or a subtotal."""
    labels = {key(str(rows[i].get("label") or "")) for i in twice}
    if len(labels) != len(twice) or "" in labels:
        return False
    totals = [r for r in rows if r.get("source") == "total"]
    sources = [r for r in rows if r.get("source") not in (None, "total")]
    return len(totals) == 1 and _equals_sum(totals[0], sources)


def _subtotal_of_nothing(rows: Sequence[Row], twice: list[int]) -> bool:
    """Whether a row of ``twice`` (the ``total`` rows) under a subtotal's word is neither the whole (the sum
    of the source rows at a level) nor the sum of a run of source rows next to it."""
    subs = subtotal_words()
    for i in twice:
        if key(str(rows[i].get("label") or "")) not in subs or not any(_amounts(rows[i])):
            continue
        if any(_equals_sum(rows[i], level) for level in _levels(rows)):
            continue
        if not any(_equals_sum(rows[i], run) for run in _runs_next_to(rows, i)):
            return True
    return False


def _lone_subtotal_of_nothing(rows: Sequence[Row], totals: list[int]) -> bool:
    """Whether the table's one ``total`` row, under a subtotal's word, is :func:`_subtotal_of_nothing` over two
    source rows or more holding figures (a head whose labels each stand a column early: ``소계`` over the first
    source's figures, the last source's label over none)."""
    read = [
        r for r in rows if r.get("source") not in (None, "total") and any(x is not None for x in _amounts(r))
    ]
    return len(totals) == 1 and len(read) >= 2 and _subtotal_of_nothing(rows, totals)


def _renumber(kept: list[int], prov: dict[Loc, Source]) -> dict[Loc, Source]:
    new = {old: k for k, old in enumerate(kept)}
    out = {}
    for loc, src in prov.items():
        m = _ROW_SUB.match(loc.sub) if loc.field == "funding" else None
        if m is None:
            out[loc] = src
        elif int(m.group(1)) in new:
            out[loc._replace(sub=f"rows[{new[int(m.group(1))]}]{loc.sub[m.end() :]}")] = src
    return out


def _relocate(kept: list[int], findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    new = {old: k for k, old in enumerate(kept)}
    for f in findings:
        m = _ROW_PATH.match(str(f.get("location") or ""))
        if m is not None:
            i = int(m.group(1))
            f["location"] = f"funding.rows[{new[i]}]{f['location'][m.end() :]}" if i in new else "funding"
    return findings


def source_twice(code: str, rows: list[Row], where: Source | None) -> dict[str, Any]:
    """The finding at ``funding`` for rows of one source code none of which the sums prove the source's row:
    none is emitted."""
    held = [{"label": r.get("label"), "amounts_krw": r.get("amounts_krw")} for r in rows]
    labels = ", ".join(f"'{r.get('label') or ''}'" for r in rows)
    return finding(
        "extract.source_twice",
        "funding",
        f"the funding table holds {len(rows)} rows of the source '{code}' ({labels}) and no sum tells "
        f"which is the source's row (the others its subtotal or its parts): none is kept",
        observed={"source": code, "rows": held},
        source=where,
    )


def labels_shifted(rows: list[Row], where: Source | None) -> dict[str, Any]:
    """The finding at ``funding`` for a table whose subtotal row sums no rows: none of its rows is kept."""
    held = [{"label": r.get("label"), "amounts_krw": r.get("amounts_krw")} for r in rows]
    return finding(
        "extract.source_twice",
        "funding",
        "the funding table's subtotal row equals no sum of the rows next to it and its total is no "
        "sum of its sources: its labels do not stand over their figures, no row is kept",
        observed={"source": "total", "rows": held, "table_kept": False},
        source=where,
    )


def _table_dropped(
    rows: list[dict[str, Any]], prov: dict[Loc, Source], findings: list[dict[str, Any]]
) -> tuple[None, dict[Loc, Source], list[dict[str, Any]]]:
    """No funding: the table's provenance dropped, its findings relocated to none, and a finding of labels shifted."""
    where = prov.get(Loc("funding"))
    kept = {loc: src for loc, src in prov.items() if loc.field != "funding"}
    return None, kept, _relocate([], findings) + [labels_shifted(rows, where)]


def one_row_a_source(
    funding: dict[str, Any] | None, prov: dict[Loc, Source], findings: list[dict[str, Any]]
) -> tuple[dict[str, Any] | None, dict[Loc, Source], list[dict[str, Any]]]:
    """``funding`` with one row a source code (the rows the sums prove; none of a code they do not), its
    provenance and the section's findings renumbered to the rows kept, and an ``extract.source_twice``
    finding for each code none of whose rows is kept. Unchanged when every code stands once."""
    rows = (funding or {}).get("rows") or []
    by_code: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        code = row.get("source")
        if isinstance(code, str):
            by_code.setdefault(code, []).append(i)
    if _lone_subtotal_of_nothing(rows, by_code.get("total", [])):
        return _table_dropped(rows, prov, findings)
    dropped: set[int] = set()
    new_findings: list[dict[str, Any]] = []
    for code, twice in by_code.items():
        if len(twice) < 2:
            continue
        keep = _keep(rows, code, twice)
        if keep is None and code == "total" and _subtotal_of_nothing(rows, twice):
            return _table_dropped(rows, prov, findings)
        if keep is None:
            new_findings.append(source_twice(code, [rows[i] for i in twice], prov.get(Loc("funding"))))
            keep = []
        dropped |= set(twice) - set(keep)
    if not dropped:
        return funding, prov, findings
    kept = [i for i in range(len(rows)) if i not in dropped]
    out = {**funding, "rows": [rows[i] for i in kept]}  # type: ignore[dict-item]
    return out, _renumber(kept, prov), _relocate(kept, findings) + new_findings


def one_source_once(result: SectionResult) -> SectionResult:
    """The funding section's result with :func:`one_row_a_source` applied."""
    funding, prov, findings = one_row_a_source(
        result.value.get("funding"), result.provenance, result.findings
    )
    if funding is result.value.get("funding"):
        return result
    return SectionResult({**result.value, "funding": funding}, prov, result.rest, result.dates, findings)
