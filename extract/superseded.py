"""A card that marks its revisions struck through (취소선: the superseded figure or word kept in place, the
one in force after it), read from a text dump, which keeps no strikeout: the two stand side by side and
nothing tells which is struck. The card says it marks them so in a legend (vocabulary ``[revisions]
strike_words``); on such a card a value printed twice over is left null with an ``extract.markup_lost``
finding, never either one: a status of two status words, a goal's target or actual holding two figures of
one unit (a target cell's two read where the row's printed rate proves one:
:mod:`pledgecard.extract.struck_goals`). (The funding table's surplus figures already leave its cells null: more figures than columns; a row its
sums prove one way is read: :mod:`pledgecard.extract.struck_funding`.)

Formats that show the strikeout (HWPX, HWP, PDF) leave struck runs out in their readers
(extract/readers/struck.py); this module then finds nothing to settle."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.sections.funding_checks import null_unproven
from pledgecard.extract.status_parts import statuses
from pledgecard.extract.struck_funding import prove_struck_rows
from pledgecard.extract.struck_goals import settle_targets
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.money import unit_multiplier

Record = dict[str, Any]
_FIGURE = r"(?<![\d,.])\d[\d,]*(?:\.\d+)?"


def legend_line(items: list[Item], v: Vocabulary | None = None) -> Item | None:
    """The card's line naming a strikeout (its legend), when it has one."""
    v = v or current()
    pattern = re.compile(v.alternation("revisions", "strike_words"))
    for it in items:
        if isinstance(it, Line) and pattern.search(item_text(it)):
            return it
    return next((it for it in items if pattern.search(item_text(it))), None)


def _figure_re(v: Vocabulary) -> re.Pattern[str]:
    """A figure and the unit right after it: one of the vocabulary's count units (``[counts] units``: 개소, 호, %,
    km ...; its rate units, ``％``), or none (a bare figure); a figure followed by another word (``2024년``, a year;
    ``1단계``, a stage) has no unit of a value: no unit, its trail the word's first letter."""
    units = alternation({*v.words("counts", "units"), *v.words("counts", "rate_units")})
    return re.compile(rf"({_FIGURE})\s*(?:({units})|(?P<trail>[^\W\d_])?)")


def _revision_marks(v: Vocabulary) -> list[str]:
    """The arrows and revision words (``[revisions] arrows`` / ``words``) that stand between a value and its
    revision, the longest first (each taken out whole before a shorter one inside it)."""
    return sorted([*v.words("revisions", "arrows"), *v.words("revisions", "words")], key=len, reverse=True)


def _adjacent(between: str, v: Vocabulary) -> bool:
    """Whether nothing joins two figures: the text between them at most spaces, brackets, an arrow or a revision
    word (``[revisions] arrows`` / ``words``: 60% → 80%, 80% (당초 60%)); a period, a year, a stage's label, a
    separator word or a comma between them (``2024년 30%, 2025년 50%``, ``1단계 2개소 / 2단계 3개소``) makes a
    breakdown, no value printed twice."""
    for mark in _revision_marks(v):
        between = between.replace(mark, " ")
    return not between.translate(str.maketrans("", "", "()[]{}<>")).strip()


def _words(text: str, v: Vocabulary) -> list[str]:
    """``text``'s space-parted words, its brackets, arrows and revision words left out (as :func:`_adjacent`)."""
    for mark in _revision_marks(v):
        text = text.replace(mark, " ")
    return text.translate(str.maketrans("()[]{}<>", " " * 8)).split()


def _same_context(text: str, a: re.Match[str], b: re.Match[str], v: Vocabulary) -> bool:
    """Whether the words between two figures are the first figure's own words after it and the second's own words
    before it, each figure printed with the same words around it apart from the figure (``60%달성 80%달성``,
    ``3개소 조성 5개소 조성``: one value printed twice, its words repeated); different words before each (a year,
    a stage, a place: ``1단계 2개소 조성 2단계 3개소 조성``) make a breakdown."""
    between = _words(text[a.end() : b.start()], v)
    before, after = _words(text[: a.start()], v), _words(text[b.end() :], v)
    for cut in range(len(between) + 1):
        trail, lead = between[:cut], between[cut:]
        if trail == after[: len(trail)] and (not lead or lead == before[len(before) - len(lead) :]):
            return True
    return False


def _pair(text: str | None, v: Vocabulary | None = None) -> tuple[str, str] | None:
    """The two figures of one unit (or two bare figures) ``text`` prints where one value stands: side by side,
    nothing joining them (:func:`_adjacent`), or each with the same words around it (:func:`_same_context`); the
    superseded and the one in force, as printed (which is which the dump does not tell); None for none."""
    if not text:
        return None
    v = v or current()
    found = [m for m in v.build(_figure_re).finditer(text) if not m.group("trail")]
    return next(
        (
            (a.group(0).strip(), b.group(0).strip())
            for a, b in zip(found, found[1:], strict=False)
            if a.group(2) == b.group(2)
            and (_adjacent(text[a.end() : b.start()], v) or _same_context(text, a, b, v))
        ),
        None,
    )


def _unproven_rows(funding: Record) -> dict[int, list[Any]]:
    """The funding rows read on a card whose revisions a dump lost that no sum proves (in place nulled): a row
    printing as many figures as the head names may still hold a superseded figure beside the one in force
    where another cell printed none, so it stands only where its figures sum to its own total, or every
    column's to the total row's (:func:`~pledgecard.extract.sections.funding_checks.null_unproven`). Rows the
    reader left null in part (a layout dump's cells placed by their printed columns, the doubled ones null) stand
    as read. Each row nulled, by its index (two rows may share a label: two 소계), with its figures as read."""
    columns, rows = funding.get("columns") or [], funding.get("rows") or []
    if not columns or not rows:
        return {}
    before = {id(r): list(r.get("amounts_krw") or []) for r in rows}
    mult = unit_multiplier(str(funding.get("unit") or "")) or 1
    whole = [r for r in rows if None not in (r.get("amounts_krw") or [None])]
    if len(whole) == len(rows):
        null_unproven(columns, rows, mult, every=True)
    else:  # a row the reader left null in part (its cells placed by their printed columns): as read; the others proven
        for r in whole:
            null_unproven(columns, [r], mult, every=True)
    return {i: before[id(r)] for i, r in enumerate(rows) if r.get("amounts_krw") != before[id(r)]}


def _figures(raw: str) -> list[str]:
    """The figures of one cell's printed text, as printed: figures a reader joined with no space between them
    (a cell's two lines, ``1,114,1101,182,694``) parted where their thousands groups end (each comma is followed
    by three digits of its own figure); text that parts no way into figures, as it stands."""
    parts = re.findall(r"\d{1,3}(?:,\d{3})+|\d+|-", raw)
    return parts if parts and "".join(parts) == re.sub(r"\s+", "", raw) else [raw.strip()]


def _cells_seen(row: Record, columns: list[Record]) -> list[tuple[str, list[str] | None, str | None]]:
    """The figures a reader saw in a funding row it left null in part or whole (``amounts_raw``, the cells as
    printed): for a row whose printed cells it placed by their columns, each null cell's figures (its field
    names the row and the column, the column's label last); for a row whose figures fit no columns, the row's figures
    as printed; for a row whose printed text the record did not keep, none (values None)."""
    label, amounts, raw = str(row.get("label")), row.get("amounts_krw") or [], row.get("amounts_raw") or []
    if not raw:
        return [(f"funding row {label}", None, None)]
    if len(raw) != len(amounts):
        return [(f"funding row {label}", [str(r) for r in raw], None)]
    heads = [str(columns[k].get("label")) if k < len(columns) else str(k + 1) for k in range(len(amounts))]
    return [
        (f"funding cell {label} {heads[k]}", _figures(str(r)), heads[k])
        for k, (a, r) in enumerate(zip(amounts, raw, strict=True))
        if a is None and str(r).strip()
    ]


def settle(record: Record, header: Record, items: list[Item], doc_format: str) -> list[dict[str, Any]]:
    """On a text dump of a card whose legend names a strikeout: the values printed twice over set null
    (in place), and the findings saying so."""
    if doc_format != "txt":
        return []
    v = current()
    legend = legend_line(items, v)
    if legend is None:
        return []
    where = legend.source
    left: list[
        tuple[str, str, list[dict[str, Any]]]
    ] = []  # (the record path left null, what it printed, the values
    #                                                          seen: field and values)

    def leave(path: str, field: str, printed: str, values: list[Any] | None) -> None:
        left.append((path, f"{field} {printed}", [{"field": field, "values": values}]))

    status = header.get("status")
    if isinstance(status, str) and len(words := statuses(status, v)) >= 2:
        leave("header.status", "header.status", f"{status!r} (seen: {' / '.join(words)})", words)
        header["status"] = None
        if "status_code" in header:
            header["status_code"] = None
    goals = record.get("goals") or []
    for revised in settle_targets(
        goals, items, v
    ):  # a target cell of two figures: read where its rate proves one
        g = goals[revised.index]
        if revised.proven is None:
            leave(
                f"goals[{revised.index}].target_value",
                f"goal {g.get('project')!r} {g.get('year')} target",
                f"{g.get('target')!r} (seen: {revised.seen[0]} / {revised.seen[1]}; no printed rate proves one)",
                list(revised.seen),
            )
    for i, g in enumerate(goals):
        for key in ("target", "actual"):
            if (pair := _pair(g.get(key), v)) is not None and g.get(f"{key}_value") is not None:
                leave(
                    f"goals[{i}].{key}_value",
                    f"goal {g.get('project')!r} {g.get('year')} {key}",
                    f"{g[key]!r} (seen: {pair[0]} / {pair[1]})",
                    list(pair),
                )
                g[f"{key}_value"] = None
    prove_struck_rows(record)  # a row printing a revised cell's two figures its sums prove one way: read
    funding = record.get("funding") or {}
    unproven = _unproven_rows(funding)
    rows = funding.get("rows") or []
    for i, amounts in unproven.items():
        leave(
            "funding",
            f"funding row {rows[i].get('label')}",
            f"{amounts} left null (its figures fit the columns, no sum proves them)",
            amounts,
        )
    doubled = [
        row
        for i, row in enumerate(rows)
        if i not in unproven and any(a is None for a in row.get("amounts_krw") or [])
    ]
    names: list[str] = []
    cells_seen: list[dict[str, Any]] = []
    for row in doubled:
        cells = _cells_seen(row, funding.get("columns") or [])
        cells_seen += [{"field": field, "values": values} for field, values, _ in cells]
        shown = [
            f"{head} seen: {' / '.join(values)}" for _, values, head in cells if values and head is not None
        ]
        names.append(str(row.get("label")) + (f" ({'; '.join(shown)})" if shown else ""))
    if names:
        left.append(
            (
                "funding",
                f"funding cells left null (a revised cell prints two figures: rows {', '.join(names)})",
                cells_seen,
            )
        )
    by_path: dict[str, list[tuple[str, list[dict[str, Any]]]]] = {}
    for path, said, seen in left:
        by_path.setdefault(path, []).append((said, seen))
    # one finding at each record path left null (a reviewer filtering by part sees it), all at the legend's line
    return [
        finding(
            "extract.markup_lost",
            path,
            "the card marks its superseded figures and words struck through, which a text dump cannot show: "
            "superseded and in-force values stand side by side, left null: " + "; ".join(s for s, _ in said),
            observed=[o for _, seen in said for o in seen],
            source=where,
        )
        for path, said in by_path.items()
    ]
