"""재원투자 실적 및 계획: the funding table, from a real table or from the lines of a text dump.

Both paths end in one grid of strings that :func:`interpret_grid` reads: header rows name the
columns (총사업비 / 총계 / 계 first or last, 기투자, years, 임기이후, others), data rows start
with a source label (계, 국비, 지방비, 도비, 시군비, 민자, ...) followed by amounts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.figure_marks import without_mark, without_marks
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.part_labels import part_label
from pledgecard.extract.revisions import in_force, in_force_lines
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.sections.funding_blocks import unproven_blocks, whole_block
from pledgecard.extract.sections.funding_broken import null_broken_sums, turn_by_budget
from pledgecard.extract.sections.funding_budget import with_budget_told
from pledgecard.extract.sections.funding_head_cells import head_cells_joined
from pledgecard.extract.sections.funding_labels import UNLABELLED, label_by_budget
from pledgecard.extract.sections.funding_ordinals import ordinal_source, ordinal_year, resolve_ordinals
from pledgecard.extract.sections.funding_pairs import (
    header_pairs,
    pair_kind,
    plan_figures,
    plan_line_tokens,
    sub_column_pattern,
    sub_kind,
)
from pledgecard.extract.sections.funding_periods import regroup_lines, regroup_table
from pledgecard.extract.sections.funding_proof import Budget, budget_of, proven_grid
from pledgecard.extract.sections.funding_runs import parted_rows, run_labels
from pledgecard.extract.sections.funding_short_tail import short_share_tail
from pledgecard.extract.sections.funding_spaced import (
    null_unsummed,
    regroup_period_rows,
    regroup_spaced,
    with_blanks,
)
from pledgecard.extract.sections.funding_subrows import (
    ROUND_CLOSE,
    ROUND_OPEN,
    fold_group_rows,
    fold_labelled_rows,
    fold_sub_rows,
    sub_row_label,
)
from pledgecard.extract.sections.funding_trailing import labels_after_rows
from pledgecard.extract.sections.funding_zeros import zeros_proven
from pledgecard.extract.vocabulary import Vocabulary, current, key, spaced, year_of
from pledgecard.normalize.money import (
    budget_parts_first,
    find_unit,
    funding_source,
    head_unit,
    looks_like_amount,
    parse_amount,
    printed_unit,
    rounded_to_won,
    ungrouped,
    unit_for,
    unit_multiplier,
    units_apart,
    without_unit,
)
from pledgecard.normalize.text import DASH_CLASS, DASHES, fold
from pledgecard.record import FundingColumn, FundingRow

_AMOUNT_TOKEN = re.compile(r"^[△▲\-−]?\(?[\d,]+(?:\.\d+)?\)?$|^" + DASH_CLASS + "$")


def _words(v: Vocabulary, kinds: tuple[str, ...]) -> str:
    """Column words of these kinds as one regex source: a word of two letters or fewer (계,
    이후) only when it stands alone, longer ones anywhere with any spacing."""
    words = [w for k in kinds for w in v.words("funding_columns", k)]
    long_ = spaced([w for w in words if len(w) > 2])
    short = "|".join(re.escape(w) for w in sorted({w for w in words if len(w) <= 2}, key=len, reverse=True))
    return f"{long_}|(?<!\\S)(?:{short or '(?!)'})(?!\\S)"


def _year_src(v: Vocabulary) -> str:
    return v.year_plain


def _col_token(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"{ordinal_source(v)}|{_bounded_src(v)}|{_words(v, ('total', 'prior', 'after_term', 'share', 'change'))}"
                      f"|{_year_src(v)}")


def _bounded_src(v: Vocabulary) -> str:
    """A year and its bound as one column token (``'22까지``, ``2027 이후``), its groups unnamed."""
    return re.sub(r"\?P<\w+>", "", v.bounded_period)


def _column_kinds(v: Vocabulary) -> re.Pattern[str]:
    """A header cell's kind: the first column word it starts with (a named group per kind)."""
    return re.compile("^(?:" + "|".join(f"(?P<{kind}>{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})"
                                        for kind, words in v.column_kinds) + ")")


def _pair_words(v: Vocabulary) -> frozenset[str]:
    """The words of a plan or secured sub-column (vocabulary ``[funding_pairs]``)."""
    return frozenset(w for ws in v.table("funding_pairs").values() for w in ws)


def classify_column(label: str) -> FundingColumn:
    label = head_unit(label)[0]  # 합계(백만원): the unit a head carries is no part of its label
    key = re.sub(r"\s+", "", label)
    vocab = current()
    bounded = vocab.bounded_period_re.fullmatch(key)
    if bounded:  # '22까지, ~2022 (to the year: the prior column), 2027 이후 (from it on)
        return {"label": fold(label), "kind": bounded.lastgroup or "other", "year": None}
    if (ordinal := ordinal_year(label)) is not None:  # 민선8기 2년차, 1차년도('23): a year of the term or plan
        n, year = ordinal
        return {"label": fold(label), "kind": "year" if year else "other", "year": year}
    m = vocab.year_re.fullmatch(re.sub(r"\(.*\)$", "", key))
    if m:
        year = year_of(m)
        return {"label": str(year), "kind": "year", "year": year}
    k = vocab.build(_column_kinds).match(key)
    kind = k.lastgroup if k and k.lastgroup else "other"
    unit = re.search(r"\(([^()]*)\)$", key)
    if unit and unit.group(1) in vocab.words("side_tables", "not_additive_units"):
        kind = "share"  # a percent's column (비율(%)): each source's part of the whole, no amount
    if kind == "change":
        kind = "share"  # a difference between periods (증감): derived from them, no period, no amount
    if kind == "total" and key in vocab.build(_pair_words):
        kind = "other"  # a plan or secured sub-column (계획 starts with 계 but is no total)
    if kind == "other" and any(w.lastgroup == "share" for w in map(vocab.build(_column_kinds).match, label.split()[1:])
                               if w is not None):
        kind = "share"  # a heading naming the share (재원 확보현황 over 확보 | 미확보) read over its column
    if kind == "other":
        # a spanning heading and the period label under it read as one header cell (연도별 투자
        # 실적 및 계획 2024년: two header rows a layout dump prints over one column): the period
        tail = re.search(rf"(?:{vocab.build(_col_token).pattern})\s*$", label)
        if tail and tail.start() > 0 and _is_group(label[: tail.start()]):
            return classify_column(tail.group(0))
    return {"label": fold(label), "kind": kind, "year": None}


def _row_label(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _squash(cell: str) -> str:
    """A number a narrow cell wrapped (``27,743,`` / ``610``) is one number again."""
    c = without_mark(in_force(cell.strip()))  # 1,200※: the figure without its footnote mark; 1,200 → 1,350: the
    #                                          figure in force
    if re.fullmatch(r"[△▲\-−]?[\d,.\s]+", c):
        return re.sub(r"\s+", "", c)
    return c


def source_label(cells: list[str]) -> str | None:
    """The row label among a row's leading cells: the most specific one that names a source
    (``지방비`` merged over ``도비`` / ``시군비`` gives ``도비``), also from the last word of a
    label a dump printed as one (``지방비 도비``). Two sources of one level run together in a
    cell (``시비 구비``: two rows' labels a dump printed on one line) name no one row: None."""
    for cell in reversed(cells):
        cell = sub_row_label(cell) or cell  # (도비): a part of the row above, named in brackets
        if _two_rows_run_together(cell):
            return None
        words = cell.split()
        # the cell whole, or its last words (a spanning cell's word printed before the row's own label,
        # spaced: 합계 국 비 / 지방비 도비), the longest first
        for cand in (_row_label(" ".join(words[k:])) for k in range(len(words))):
            if cand and funding_source(cand) is not None:
                return cand
    return None


# sources a label may print over one of its parts (지방비 over 도비 / 시비, a total over a source)
_GROUP_SOURCES = frozenset({"local", "total"})


def _two_rows_run_together(cell: str) -> bool:
    """Whether a cell's words name two different sources neither of which is a group over the
    other (``시비 구비``; not ``지방비 도비``, not ``국비 국고보조금``)."""
    codes = [c for c in (funding_source(_row_label(w)) for w in cell.split()) if c is not None]
    return any(a != b and a not in _GROUP_SOURCES for a, b in zip(codes, codes[1:], strict=False))


def _is_amount(cell: str) -> bool:
    """An amount cell, readable or OCR-confused (``l54,442``): a confused one keeps its place and
    reads as null, it never drops its row or shifts the cells after it."""
    c = _squash(cell)
    return bool(_AMOUNT_TOKEN.match(c)) or looks_like_amount(c)


def is_amount_cell(cell: str) -> bool:
    """Whether a funding table's cell is read as an amount (:func:`_is_amount`): a row holding a cell
    that is not is not read (:mod:`pledgecard.extract.sections.rows_dropped` reports it)."""
    return _is_amount(cell)


def is_period_head(cell: str) -> bool:
    """Whether a cell is a funding column's head: a period (``2023``, ``'22까지``, ``2027 이후``) or the
    total (``계``), by :func:`classify_column`."""
    return classify_column(cell)["kind"] in ("year", "prior", "after_term", "total")


def _with_raw(row: FundingRow, cells: list[str]) -> FundingRow:
    """Keep the printed text of a row's cells when one of them could not be read (``amounts_raw``)."""
    if any(v is None and c.strip() for v, c in zip(row["amounts_krw"], cells, strict=False)):
        row["amounts_raw"] = [fold(c) for c in cells]
    return row


def interpret_grid(grid: list[list[str]], multiplier: int) -> tuple[list[FundingColumn], list[FundingRow]]:
    """Columns and rows of a funding grid whose leading column(s) hold the row labels; a grid
    printed the other way round (years down, 국비/지방비 across) is read transposed."""
    columns, rows, _ = grid_positions(grid, multiplier)
    return columns, rows


Position = tuple[int, int]  # (row, column) in the printed grid


def grid_positions(grid: list[list[str]], multiplier: int
                   ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[Position, list[Position]]]]:
    """:func:`interpret_grid` plus where each record row was printed: per row, the grid position
    of its label and of each amount (one per column), in the printed (not transposed) grid."""
    regrouped = regroup_table(grid, classify_column, _is_amount)
    if regrouped is not None:  # the periods as row groups, the sources under each (funding_periods)
        usual, origin = regrouped
        at: list[tuple[Position, list[Position]]] = []
        columns, rows = _interpret(usual, multiplier, at)
        return columns, rows, [(origin[lab], [origin[c] for c in cells]) for lab, cells in at]
    transposed = False
    kept = list(range(len(grid)))  # the printed row of every row of the grid read
    for cand, rows_at in (_one_source_head(grid), (grid, kept)):
        if not cand:
            continue
        sources = sum(1 for c in cand[0][1:] if funding_source(_row_label(c)) not in (None, "total"))
        periods = sum(1 for r in cand[1:] if r and classify_column(r[0])["kind"] in ("year", "prior", "after_term"))
        row_sources = sum(1 for r in cand[1:] if r and funding_source(_row_label(r[0])) not in (None, "total"))
        # sources across and periods down (one source is enough when no row is labelled by a source)
        if periods >= 2 and (sources >= 2 or (sources == 1 and row_sources == 0)):
            width = max(len(r) for r in cand)
            grid, kept = [[r[j] if j < len(r) else "" for r in cand] for j in range(width)], rows_at
            transposed = True
            break
    where: list[tuple[Position, list[Position]]] = []
    columns, rows = _interpret(grid, multiplier, where)
    if transposed:
        where = [((kept[lc], lr), [(kept[c], r) for r, c in cells]) for (lr, lc), cells in where]
    return columns, rows, where


def _one_source_head(grid: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """A table with the periods down whose head is two rows, a spanning heading (재원) over the
    source labels (국비 | 시비 | 구비 | 기타), the label column's head and the total's spanning both:
    the grid with one head row (the body from the first period's row, or the total row printed above
    them), the sources' (a column the sources' row leaves empty takes the head
    cell above it), and the printed row of each row kept. ``([], [])`` when the head is one row or
    no lower head row names more sources than the first."""
    def body(row: list[str]) -> bool:  # a period's row, or the total row over them (합계 first)
        kind = classify_column(row[0])["kind"] if row else "other"
        return kind in _PERIOD_KINDS or kind == "total" and any(c.strip() and _is_amount(c) for c in row[1:])

    first = next((i for i, r in enumerate(grid) if body(r)), 0)

    def n_sources(row: list[str]) -> int:
        return sum(1 for c in row[1:] if funding_source(_row_label(c)) not in (None, "total"))

    if first < 2 or n_sources(grid[0]) >= 2:
        return [], []
    h = max(range(1, first), key=lambda i: n_sources(grid[i]))
    if n_sources(grid[h]) < 2:
        return [], []
    width = max(len(r) for r in grid[: first])
    head = []
    for j in range(width):
        above = [r[j] for r in grid[:h + 1] if j < len(r) and r[j].strip()]
        head.append(grid[h][j] if j < len(grid[h]) and grid[h][j].strip() else (above[-1] if above else ""))
    return [head, *grid[first:]], [h, *range(first, len(grid))]


def _interpret(grid: list[list[str]], multiplier: int, where: list[tuple[Position, list[Position]]] | None = None
               ) -> tuple[list[FundingColumn], list[FundingRow]]:
    def label_width(row: list[str]) -> int:
        return next((k for k, c in enumerate(row) if c.strip() and _is_amount(c)), len(row))

    grid = _without_note_columns(grid)

    data = [i for i, row in enumerate(grid)
            if 0 < label_width(row) < len(row) and source_label(row[:1] if row[0].strip() or i == 0 or not _grouped(grid, i)
                                                                else row[:label_width(row)]) is not None
            and all(_is_amount(c) for c in row[label_width(row):] if c.strip())]
    if not data:
        return [], []
    first_data = data[0]
    width = min(label_width(grid[i]) for i in data)
    if any(classify_column(c)["kind"] in ("year", "prior", "after_term") for row in grid[:first_data]
           for c in row[:width] if c.strip()):
        return [], []  # a period over the row labels: cells placed left to right, not under their columns
    n_cols = max(len(r) for r in grid)
    columns: list[dict[str, Any]] = []
    col_idx: list[int] = []
    shares: list[int] = []
    heads = [i for i in range(first_data - 1, -1, -1) if not _amounts_row(grid[i], width)]
    for j in range(width, n_cols):
        label = ""
        for i in heads:
            cell = _year_after_heading(grid[i][j] if j < len(grid[i]) else "")
            if cell.strip() and classify_column(cell)["kind"] != "other":
                label = cell
                break
            if cell.strip() and not label:
                label = cell
        if not label.strip() or _label_piece(label, [c for row in grid[:first_data] for c in row[width:]]):
            continue
        if classify_column(label)["kind"] == "share":  # a split of the total (확보 | 미확보): no period
            shares.append(j)
            continue
        columns.append(classify_column(label))
        col_idx.append(j)
    unlabelled = [j for j in range(width, n_cols) if j not in col_idx and j not in shares]
    rows = []
    spans: list[tuple[str | None, str]] = []  # per record row: its group cell (two label columns), its own
    parts: list[bool] = []  # per record row: its label printed in brackets, a part of the row above
    for i in data:
        row = grid[i]
        label = source_label(row[:width])
        if label is None:
            continue
        group, own = _row_label(row[0]), _row_label(row[width - 1])
        spans.append((group if width >= 2 and group != own else None, own))
        parts.append(sub_row_label(row[width - 1]) is not None)
        cells = [row[j] if j < len(row) else "" for j in col_idx]
        amounts = [parse_amount(_squash(c), multiplier) if c.strip() else None for c in cells]
        if any(j < len(row) and row[j].strip() for j in unlabelled):
            # an amount under no column label: which cell is which period is not shown, unless the
            # row prints one amount for each column and, so placed, its total column is the sum
            # of its other cells (a cell left blank would break the sum)
            printed = [c for c in row[width:] if c.strip()]
            placed = [parse_amount(_squash(c), multiplier) for c in printed]
            kinds = [c["kind"] for c in columns]
            if len(placed) == len(col_idx) and kinds.count("total") == 1 and _fits(placed, kinds.index("total")):
                cells, amounts = printed, placed
            else:
                amounts = [None] * len(cells)
                cells = printed
        rows.append(_with_raw({"label": label, "source": funding_source(label), "amounts_krw": amounts}, cells))
        if where is not None:
            where.append(((i, 0), [(i, j) for j in col_idx]))
    keep = _fold_subtotals(rows, spans) & fold_sub_rows(rows, parts) & fold_group_rows(rows)
    kept = sorted(keep)
    whole = whole_block([rows[k] for k in kept])  # blocks by sub-project: the whole's rows (funding_blocks)
    if whole is not None:
        keep = {kept[i] for i in whole}
    elif unproven_blocks([rows[k] for k in kept]):  # which block is the whole's is not shown: none read
        for k in kept:
            rows[k]["amounts_krw"] = [None] * len(rows[k]["amounts_krw"])
    if where is not None:
        where[-len(rows):] = [w for k, w in enumerate(where[-len(rows):]) if k in keep] if rows else []
    return columns, [r for k, r in enumerate(rows) if k in keep]


def _amounts_row(row: list[str], width: int) -> bool:
    """A body row above the first row labelled by a source (a sub-project's rows, its name before
    the source): two or more amounts after the label columns, one at least no period's label (an
    ungrouped ``2079`` beside ``539`` is an amount, never a year heading the column)."""
    cells = [c for c in row[width:] if c.strip()]
    return (len(cells) >= 2 and all(_is_amount(c) for c in cells)
            and any(classify_column(c)["kind"] == "other" for c in cells))


def _subtotal_words() -> set[str]:
    """The subtotal row words (소계; vocabulary ``[totals] sub``), keyed as labels are."""
    return {key(w) for w in current().words("totals", "sub")}


def _fold_subtotals(rows: list[dict[str, Any]], spans: list[tuple[str | None, str]]) -> set[int]:
    """The rows to keep where a source cell spans a run of rows closed by a subtotal row (국비 over
    국고보조금 / 특별교부세 / 소계; 지방비 over 도비 / 시비 / 소계), so that no figure is counted twice:
    rows naming sources of their own (도비, 시비) are kept and their subtotal dropped; rows naming
    no source of their own (국고보조금) are parts of the spanning source, whose figures are the
    subtotal row's, read as that source's row. A subtotal row's label alone names no source."""
    sub_words = _subtotal_words()
    spans = _centred_groups(spans, sub_words)
    keep = set(range(len(rows)))
    k = 0
    while k < len(rows):
        group = spans[k][0]
        end = k + 1
        while group is not None and end < len(rows) and spans[end][0] == group:
            end += 1
        run = range(k, end)
        subs = [j for j in run if key(spans[j][1]) in sub_words]
        src = funding_source(group) if group else None
        if len(subs) == 1 and subs[0] == end - 1 and src not in (None, "total"):
            members = [j for j in run if j != subs[0]]
            owns = [funding_source(spans[j][1]) for j in members]
            if owns and all(o not in (None, "total", src) for o in owns) and len(set(owns)) == len(owns):
                keep.discard(subs[0])
            elif all(o in (None, src) for o in owns):
                keep.difference_update(members)
                rows[subs[0]].update(label=group, source=src)
        k = end
    return keep


def _grouped(grid: list[list[str]], i: int) -> bool:
    """Row ``i`` (its first cell empty) beside a group cell a layout dump centred on a run of rows:
    a source's cell (or the whole's) on the row above or below it, before a label of that row
    (``국비 | 특별교부세``, ``합계 | 국비``)."""
    return any(0 <= j < len(grid) and len(grid[j]) > 2 and grid[j][0].strip() and grid[j][1].strip()
               and _group_cell(grid[j][0], grid[j][1]) and not _is_amount(grid[j][1])
               for j in (i - 1, i + 1))


def _group_cell(group: str, own: str) -> bool:
    """A first cell over the rows it spans: a source's (국비 over 국고보조금 / 특별교부세), or the
    whole's over the sources (합계 centred over 계 / 국비 / 시비: the row beside it names a source)."""
    kind = funding_source(_row_label(group))
    return kind is not None and (kind != "total" or funding_source(_row_label(own)) not in (None, "total"))


def _centred_groups(spans: list[tuple[str | None, str]], sub_words: set[str]) -> list[tuple[str | None, str]]:
    """Group cells a layout dump printed on one row of the run they span, centred (``국비`` on the
    line of ``특별교부세``, between ``국고보조금`` and ``소계``): the rows below it with no group cell,
    down to the subtotal row closing the run, are under it too. Only where a subtotal row closes
    the run so."""
    out = list(spans)
    for k, (group, _) in enumerate(spans):
        if not group:
            continue
        end = next((j for j in range(k + 1, len(spans)) if spans[j][0] or key(spans[j][1]) in sub_words), None)
        if end is not None and not spans[end][0] and key(spans[end][1]) in sub_words:
            out[k + 1:end + 1] = [(group, own) for _, own in spans[k + 1:end + 1]]
    return out


def _label_piece(label: str, head: list[str]) -> bool:
    """Whether a column's label is only the wrapped tail of other columns' labels (``년`` under
    ``2028``, where ``2022년``, ``2023년`` hold theirs): a piece of the label to its left that the
    layout set apart, no column of its own; an amount under it stands under no label."""
    text = "".join(label.split())
    if not text or any(ch.isdigit() for ch in text) or classify_column(label)["kind"] != "other":
        return False
    ends = [c for c in ("".join(x.split()) for x in head) if len(c) > len(text) and c.endswith(text)]
    return len(ends) >= 2


def _without_note_columns(grid: list[list[str]]) -> list[list[str]]:
    """The grid with the cells of its note columns (a head cell naming one: 비고) blanked: their
    words are no amounts, and a row is read by its amounts alone (the positions are kept). A row so
    labelled (the note column of a table read transposed: years down, 비고 last) is blanked whole."""
    grid = [["" for _ in row] if row and source_label(row[:1]) is None and row[0].strip()
             and classify_column(row[0])["kind"] == "note" else row for row in grid]
    notes = {j for row in grid if source_label(row[:1]) is None
             for j, c in enumerate(row) if c.strip() and classify_column(c)["kind"] == "note"}
    if not notes:
        return grid
    return [["" if j in notes else c for j, c in enumerate(row)] for row in grid]


def _without_note_words(row: list[str]) -> list[str]:
    """A text row of a table with a note column: the note's words after the last amount taken off
    (``국비 70.0 23.8 교부 신청`` -> ``국비 70.0 23.8``)."""
    k = len(row)
    while k > 1 and not _is_amount(row[k - 1]):
        k -= 1
    return row[:k]


def _without_note_tail(row: list[str], n: int) -> list[str]:
    """A text row of a table with a note column whose first ``n`` cells (one a column) are amounts
    and whose rest holds note words and at most dashes (``국비 55.7억원 ... 19.3억원 확보 완 -``: a
    note wrapped from the row below, then this row's own note dash): the row without that rest.
    A rest holding any other amount leaves the row as it is (a column label may be lost)."""
    cells = row[1:]
    rest = cells[n:]
    if len(cells) <= n or not all(_is_amount(c) for c in cells[:n]) or all(_is_amount(c) for c in rest):
        return row
    if any(_is_amount(c) and fold(c) not in DASHES for c in rest):
        return row
    return row[: n + 1]


def _year_after_heading(cell: str) -> str:
    """A head cell holding a spanning heading's words and then a year (a reader glued the heading
    over the year columns onto the one below it: ``연도별 투자계획 2023년``) -> the year; other cells
    as they are."""
    words = cell.split()
    if len(words) < 2 or classify_column(cell)["kind"] != "other" or classify_column(words[-1])["kind"] != "year":
        return cell
    return words[-1] if _is_group(" ".join(words[:-1])) else cell


def _gubun(v: Vocabulary) -> re.Pattern[str]:
    """The label column's header (구분, vocabulary ``[funding_label_column]``), any spacing, or a
    diagonally split corner's two axis words together in either order (``연도 재원``)."""
    cols = spaced(v.words("funding_label_column", "corner_columns"))
    rows = spaced(v.words("funding_label_column", "corner_rows"))
    corner = f"(?:{cols})\\s+(?:{rows})|(?:{rows})\\s+(?:{cols})"
    return re.compile(f"{corner}|{spaced(v.words('funding_label_column'))}")


def _corner_words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(key(w) for w in v.words("funding_label_column", "corner_columns")),
            frozenset(key(w) for w in v.words("funding_label_column", "corner_rows")))


def corner_pair(first: str, second: str) -> bool:
    """Whether two lines are a diagonally split corner's two words, each the whole of its line: one an
    axis word of the columns (연도), the other of the rows (재원), in either order."""
    cols, rows = current().build(_corner_words)
    pair = {key(first), key(second)}
    return len(pair) == 2 and bool(pair & cols) and bool(pair & rows)


def _corner_lines(lines: list[str]) -> list[str]:
    """Header lines with a diagonally split corner's two words, printed on two lines of their own,
    joined onto one line."""
    out: list[str] = []
    for ln in lines:
        if out and corner_pair(out[-1], ln):
            out[-1] = f"{out[-1].strip()} {ln.strip()}"
            continue
        out.append(ln)
    return out


def _not_group(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"{_gubun(v).pattern}|[^가-힣]+")
_PERIOD_KINDS = ("prior", "year", "after_term")
Header = list[tuple[str, str]]  # ("gubun" | "group" | "col" | "line", text) in reading order ("line": a new line)


def _is_group(text: str) -> bool:
    """Whether header text between column labels is a spanning heading (``연도별 투자 실적 및
    계획``): words that name no column (``구분`` names the label column)."""
    return len(current().build(_not_group).sub("", text)) >= 2


def _gap(text: str, out: Header) -> None:
    """The markers in header text between two column labels, in printed order: 구분 and spanning
    headings."""
    out.extend((kind, "") for kind, _ in _gap_at(text))


def _gap_at(text: str) -> list[tuple[str, int]]:
    """The markers of :func:`_gap` with where each starts in ``text``."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in [*current().build(_gubun).finditer(text), None]:
        part = text[pos:m.start() if m is not None else len(text)]
        if _is_group(part):
            out.append(("group", pos + len(part) - len(part.lstrip())))
        if m is not None:
            out.append(("gubun", m.start()))
            pos = m.end()
    return out


def column_order(header: Header) -> list[str]:
    """Column labels in column order from a flattened header, by layout alone (see
    :func:`column_layout`)."""
    return column_layout(header)[0]


def column_layout(header: Header) -> tuple[list[str], bool]:
    """Column labels in column order from a flattened header, by layout alone.

    Labels keep their printed order, except a total label (총사업비, 계 ...), whose column stands at
    one end of the table. A flattened two-level header prints it out of place: when 구분 comes
    before the spanning heading (the first level read left to right), a total printed before the
    heading is the first column and one printed after it is the last; otherwise (a spanning heading
    printed first, as it stands highest) a total printed after a period label (기투자, years,
    임기이후) is last, but one printed before them may be the first column or the last: the layout
    does not tell, and the second value, ``certain``, is False.

    A header flattened line by line (``line`` marks) that opens with 구분 and a spanning heading on
    one line: the labels on that line stand beside the heading's columns, before or after them as
    printed (``구분 | 연도별 투자계획 | 합계 | 임기 후`` over ``2022년 .. 2026년``: the total amid)."""
    cols = [t for kind, t in header if kind == "col"]
    kinds = [classify_column(t)["kind"] for t in cols]
    lines = _by_lines(header)
    if lines is not None:
        return lines, len(cut_orders(header)) == 1  # several cuts: only the rows' sums tell
    if "total" not in kinds:
        return cols, True
    marks = [kind for kind, _ in header]
    group = marks.index("group") if "group" in marks else None
    left_to_right = group is not None and "gubun" in marks[:group]
    first: list[str] = []
    last: list[str] = []
    middle: list[str] = []
    k = 0
    seen_period = False
    certain = True
    for pos, (kind, t) in enumerate(header):
        if kind != "col":
            continue
        if kinds[k] == "total":
            if left_to_right:
                (first if pos < group else last).append(t)  # type: ignore[operator]
            else:
                (last if seen_period else first).append(t)
                certain = certain and (seen_period or group is None)
        else:
            seen_period = seen_period or kinds[k] in _PERIOD_KINDS
            middle.append(t)
        k += 1
    return first + middle + last, certain


def _by_lines(header: Header) -> list[str] | None:
    """The column labels of a header flattened line by line whose first line holds 구분, a spanning
    heading and a column label after the heading: that line's labels before the heading, the labels
    of the other lines (the heading's columns), then that line's labels after it; None for other
    headers. The first line may be several: those before the first line holding a period."""
    rows = _head_rows(header)
    # the first level printed over several lines (a dump printing a cell a line: 구분 총사업비 /
    # 연도별 투자계획 / 증감 / 확보율 / 임기 후): the lines before the first holding a year or 기투자 (an
    # after-term label printed before every year stands beside the heading: a first-level cell)
    cut = next((k for k, r in enumerate(rows) if any(kind == "col" and classify_column(t)["kind"] in ("prior", "year")
                                                      for kind, t in r)), None)
    return _order_at(rows, cut if cut is not None and cut > 1 else 1, beside=True)


def cut_orders(header: Header) -> list[list[str]]:
    """The column orders a head whose first level a dump printed over several lines (a cell a line)
    may have: one for each line the first level may end at, from the spanning heading's line down to
    the line before the first year (the labels between, 계 / 기투자 / 임기 후, may stand beside the
    heading or under it: the layout does not tell), each with its periods in time order; the order
    :func:`_by_lines` reads first. One order, or none, for any other head. Which of several it is,
    only the rows' sums tell (:func:`order_by_sums`)."""
    first = _by_lines(header)
    rows = _head_rows(header)
    group = next((k for k, r in enumerate(rows) if any(kind == "group" for kind, _ in r)), None)
    if first is None or group is None:
        return [first] if first is not None else []
    out = [first]
    for cut in range(group + 1, len(rows)):
        order = _order_at(rows, cut, beside=False)
        if order is not None and order not in out and periods_in_order([classify_column(t) for t in order]):
            out.append(order)
    return out


def order_by_signs(orders: list[list[str]], cells: list[list[str]]) -> list[str] | None:
    """The one of ``orders`` under which every negative figure of ``cells`` (``△2,448``) stands under a
    column derived from the periods (a change, a share: ``share``), none under a period or a total (money
    put in is never negative), the cells telling at all (a negative figure, rows as long as the orders);
    None otherwise (:func:`order_by_sums` for a table with no sums)."""
    rows = [row for row in cells if len(row) == len(orders[0])] if orders else []
    negative = {k for row in rows for k, c in enumerate(row) if (v := parse_amount(_squash(c), 1000)) is not None and v < 0}
    if not negative or len(rows) != len(cells):
        return None
    fitting = [order for order in orders if all(classify_column(order[k])["kind"] == "share" for k in negative)]
    return fitting[0] if len(fitting) == 1 else None


def order_by_sums(orders: list[list[str]], cells: list[list[str]]) -> list[str] | None:
    """The one of ``orders`` (column labels, one per cell of each row of ``cells``) under which the
    most rows have their one total cell the sum of their period cells (기투자, years, 임기 후), more
    rows so adding up than not; a row tells when its cells all read and two or more of its periods are
    not zero. None when no order or more than one is so proven (a typo in one row of several does not
    unplace the table: the validator then flags that row and column)."""
    proven: list[tuple[int, list[str]]] = []
    for order in orders:
        kinds = [classify_column(t)["kind"] for t in order]
        if kinds.count("total") != 1:
            continue
        ti = kinds.index("total")
        periods = [k for k, kd in enumerate(kinds) if kd in _PERIOD_KINDS]
        fits = misfits = 0
        for row in cells:
            if len(row) != len(order):
                continue  # a row of more or fewer cells (a note, a row run together) tells nothing
            values = [parse_amount(_squash(c), 1000) for c in row]  # decimals kept (억원 19.90)
            if any(values[k] is None for k in [ti, *periods]):
                continue
            if sum(1 for k in periods if values[k]) < 2:
                continue
            if _fits([values[ti], *(values[k] for k in periods)], 0):
                fits += 1
            else:
                misfits += 1
        if fits > misfits:
            proven.append((fits, order))
    best = [order for fits, order in proven if fits == max(f for f, _ in proven)]
    return best[0] if len(best) == 1 else None


def _head_rows(header: Header) -> list[Header]:
    """A flattened header's lines (a title line over the table dropped)."""
    rows: list[Header] = [[]]
    for kind, t in header:
        if kind == "line":
            rows.append([])
        else:
            rows[-1].append((kind, t))
    rows = [r for r in rows if r]
    while len(rows) > 1 and {kind for kind, _ in rows[0]} == {"group"} and any(
            kind == "gubun" for r in rows[1:] for kind, _ in r):
        rows = rows[1:]  # a title line over the table (``소요예산``) a dump printed as its first line
    return rows


def _order_at(rows: list[Header], cut: int, *, beside: bool) -> list[str] | None:
    """The column labels of a head whose first level is its lines before ``cut`` (holding 구분 before
    the spanning heading): the first level's labels before the heading, the other lines' labels
    (the heading's columns), then the first level's labels after the heading; None when the lines
    are no such head. ``beside``: a label must stand after the heading on its first level."""
    if cut > 1:
        rows = [[x for r in rows[:cut] for x in r], *rows[cut:]]
    if len(rows) < 2:
        return None
    top = [kind for kind, _ in rows[0]]
    if "group" not in top or "gubun" not in top[:top.index("group")] or \
            beside and "col" not in top[top.index("group"):]:
        return None
    g = top.index("group")
    below = [t for r in rows[1:] for kind, t in r if kind == "col"]
    if not below:
        return None
    before = [t for kind, t in rows[0][:g] if kind == "col"]
    after = [t for kind, t in rows[0][g:] if kind == "col"]
    if any(classify_column(t)["kind"] == "year" for t in after):  # years after the heading: a wrapped line
        return None
    return before + below + after


def _rejoin_labels(lines: list[str]) -> list[str]:
    """Header lines with a column label a narrow cell broke over two lines joined again
    (``총사업`` / ``비``, ``임기이`` / ``후``): the end of one line and the start of the next make a
    column label that neither is alone."""
    col = current().build(_col_token)
    out: list[str] = []
    for ln in lines:
        if out and out[-1].split() and ln.split():
            a, b = out[-1].split()[-1], ln.split()[0]
            if col.fullmatch(a + b) and not col.fullmatch(a) and not col.fullmatch(b):
                out[-1] = out[-1] + ln.lstrip()
                continue
        # a label's head opening a line above, a line of other labels between (``총사업`` / ``구분
        # 비고`` / ``비 2023년 ...``): the tail opening this line joins it
        head = next((k for k in range(len(out) - 2, -1, -1) if out[k].split()), None) if len(out) >= 2 else None
        if head is not None and ln.split():
            a, b = out[head].split()[0], ln.split()[0]
            if col.fullmatch(a + b) and not col.fullmatch(a) and not col.fullmatch(b) and not _is_group(b):
                out[head] = out[head].replace(a, a + b, 1)
                ln = ln.split(None, 1)[1] if len(ln.split()) > 1 else ""
                if not ln:
                    continue
        out.append(ln)
    return out


def header_order(lines: list[str]) -> list[str]:
    """The column labels of a flattened table's header lines, in column order (:func:`column_order`)."""
    return column_order(_flat_header(lines))


def header_orders(lines: list[str]) -> list[list[str]]:
    """The column orders a flattened table's header lines may have (:func:`cut_orders`), the one
    :func:`header_order` reads first."""
    header = _flat_header(lines)
    return cut_orders(header) or [column_order(header)]


def _flat_header(lines: list[str]) -> Header:
    header: Header = []
    for ln in _rejoin_labels(_corner_lines(lines)):
        if header:
            header.append(("line", ""))
        pos = 0
        for m in current().build(_col_token).finditer(ln):
            _gap(ln[pos:m.start()], header)
            header.append(("col", m.group(0)))
            pos = m.end()
        _gap(ln[pos:], header)
    return header


_DIGITS_COMMAS = re.compile(r"^\d[\d,]*\d$")


def split_glued(token: str) -> list[str] | None:
    """Amounts a dump printed without a space between them, parted where their comma groups show
    it: ``1,355,782,3131,016,794,005610,559,657`` -> ``1,355,782,313`` | ``1,016,794,005`` |
    ``610,559,657`` (three digits close a group; the digits after them open the next amount, which
    must go on with a comma). ``[token]`` for a token that is one amount or no grouped number;
    None where the parting is not certain (a leading run of more than three digits, digits after
    a group that no comma follows)."""
    if _GROUPED_OK.match(token) or not _DIGITS_COMMAS.match(token) or "," not in token:
        return [token]
    runs = token.split(",")
    if not 1 <= len(runs[0]) <= 3:
        return None
    out, cur = [], runs[0]
    for k, run in enumerate(runs[1:], 1):
        if len(run) == 3:
            cur += "," + run
            continue
        if len(run) < 3 or len(run) > 6 or k == len(runs) - 1:
            return None  # a short group, or digits after the last group: no certain parting
        out.append(cur + "," + run[:3])
        cur = run[3:]
    out.append(cur)
    return out if all(_GROUPED_OK.match(t) for t in out) else None


_AFTER_UNIT = re.compile(r"(?<=[^\d,.\s△▲\-−(])(?=[△▲\-−]?\d)")


def split_after_units(token: str) -> list[str]:
    """Amounts a dump printed glued after their unit (``349.5억원52.7억원``): a unit ends its
    amount, so the digits after it open the next one. The parts when each is an amount with its
    unit, else ``[token]``."""
    parts = _AFTER_UNIT.split(token)
    if len(parts) < 2 or not all(_is_amount(p) and not _GROUPED_OK.match(p) for p in parts):
        return [token]
    return parts


def _data_row(text: str) -> list[str] | None:
    """``'국  비 154,442 - 29,852'`` -> ``['국비', '154,442', '-', '29,852']``; None for other lines.
    Amounts printed glued together are parted where their comma groups tell (:func:`split_glued`);
    where they do not, the glued text stays one cell, which no column takes."""
    row = _printed_row(text)
    label = source_label([row[0]]) if row else None
    if row and label and sub_row_label(row[0]) is not None:
        label = row[0].strip()  # (도비): a part of the row above, its brackets kept for _interpret to fold
    return [label, *row[1:]] if row and label else None


def _printed_row(text: str) -> list[str] | None:
    """A row line as printed: its label words (whether or not they name a source), then its amounts."""
    toks = plan_line_tokens([p for t in text.split() for p in split_after_units(t)], _is_amount)
    # (a plan row's pair word out; a second figure's row none)
    if toks is None:
        return None
    k = next((i for i, t in enumerate(toks) if _is_amount(t)), None)
    if k is None or k == 0 or current().build(_gubun).search(" ".join(toks[:k])):
        return None  # no amount, or the header line (구분 합계 2019 2020 ...: years after the label column's head)
    cells: list[str] = []
    for t in toks[k:]:
        cells.extend(split_glued(t) or [t])
    return [" ".join(toks[:k]), *cells]


def grid_from_lines(lines: list[Line]) -> list[list[str]]:
    """Recover the funding grid from text lines: one header row of column labels, then a row per
    source label with its amounts (a row broken over lines is glued back). A second table stacked
    under the first with the same sources and later periods (the years continued, no total column)
    adds its columns to the first's rows."""
    parts: list[list[Line]] = [[]]
    for ln in lines:
        if parts[-1] and _data_row(parts[-1][-1].full_text) and not _data_row(ln.full_text) \
                and not all(_is_amount(t) for t in ln.full_text.split()) and not _lone_source(ln.full_text):
            parts.append([])  # a header line after data rows: another table may start (a source
            # label alone, a cell spanning the rows below it, starts none)
        parts[-1].append(ln)
    grids = [_grid_from_lines(p) for p in parts]
    if len(grids) > 1 and all(grids) and all(_continues_grid(grids[0], g) for g in grids[1:]):
        merged = [list(r) for r in grids[0]]
        for g in grids[1:]:
            for row, more in zip(merged, g, strict=True):
                row.extend(more[1:])
        return merged
    if len(grids) > 1 and all(grids) and all(_continues_spaced(grids[0], g) for g in grids[1:]):
        # thousands a space groups (more tokens than columns): each row's tokens in print order, the
        # heads' columns one after the other; grouped only where the sums prove it (regroup_spaced)
        head = [c for g in grids for c in g[0][1:] if c.strip()]
        rows = [[r[0], *(t for g in grids for t in g[k][1:])] for k, r in enumerate(grids[0]) if k]
        width = max(len(head), *(len(r) - 1 for r in rows))
        return [["", *head, *[""] * (width - len(head))], *rows]
    return _grid_from_lines(lines)


def _continues_spaced(first: list[list[str]], more: list[list[str]]) -> bool:
    """Whether a grid read from lines goes on with ``first``'s periods where thousands a space groups:
    the same row labels in the same order, every row printing at least as many tokens as its head
    names columns (no blank cell dropped) and one more somewhere, period columns only, the years on."""
    if [r[0] for r in more[1:]] != [r[0] for r in first[1:]] or len(first) < 2:
        return False
    named = [[c for c in g[0][1:] if c.strip()] for g in (first, more)]
    if min(sum(classify_column(c)["kind"] in _PERIOD_KINDS for c in n) for n in named) < 2:
        return False  # two periods a head at least (a period line over a group's rows heads no half)
    if any(len(r) - 1 < len(n) for g, n in zip((first, more), named, strict=True) for r in g[1:]):
        return False
    if not any(len(r) - 1 > len(n) for g, n in zip((first, more), named, strict=True) for r in g[1:]):
        return False
    return _periods_go_on([classify_column(c) for c in named[0]], [classify_column(c) for c in named[1]])


def _lone_source(text: str) -> bool:
    """A line of one source label and nothing else (국비; not a total's word)."""
    toks = text.split()
    return len(toks) == 1 and funding_source(toks[0]) not in (None, "total")


def _continues_grid(first: list[list[str]], more: list[list[str]]) -> bool:
    """Whether a grid read from lines goes on with ``first``'s periods: the same row labels in the same
    order, a label for every amount, period columns only (none of ``first``'s), years after its years."""
    if [r[0] for r in more[1:]] != [r[0] for r in first[1:]] or any(len(r) != len(more[0]) for r in more[1:]):
        return False
    if any(len(r) != len(first[0]) for r in first[1:]):
        return False
    if any(not c.strip() for c in more[0][1:]):
        return False
    return _periods_go_on([classify_column(c) for c in first[0][1:]], [classify_column(c) for c in more[0][1:]])


def _periods_go_on(columns: list[FundingColumn], more: list[FundingColumn]) -> bool:
    """Whether the columns ``more`` continue ``columns``' periods: period columns only (no total),
    none of them one of ``columns``, their years after ``columns``' years."""
    if not more or any(c["kind"] not in _PERIOD_KINDS for c in more):
        return False
    if {c["label"] for c in more} & {c["label"] for c in columns}:
        return False
    years = [c["year"] for c in columns if c["kind"] == "year"]
    more_years = [c["year"] for c in more if c["kind"] == "year"]
    return not (years and more_years and min(more_years) <= max(years))


def _period_row(toks: list[str]) -> bool:
    """A line of a period label and two or more amounts (``2022년 5,284.9 - 1,594.9``), then perhaps a note
    column's words (``보상 착수``: no digit among them): a row of a table with the periods down, never a header
    line of one with the sources down."""
    end = len(toks)
    while end > 3 and not any(c.isdigit() for c in toks[end - 1]) and toks[end - 1] not in DASHES:
        end -= 1  # a note column's words after the amounts
    toks = toks[:end]
    return (len(toks) >= 3 and classify_column(toks[0])["kind"] in _PERIOD_KINDS and all(_is_amount(t) for t in toks[1:])
            and not all(classify_column(t)["kind"] in _PERIOD_KINDS for t in toks[1:]))  # a line of period labels


def _grid_from_lines(lines: list[Line]) -> list[list[str]]:
    header_lines: list[str] = []
    data: list[list[str]] = []
    pairs: list[str] | None = None  # a header line of sub-column pair words (계획 확보 계획 확보 ...)
    raws: list[list[str]] = []  # the row lines as printed, labels naming no source among them
    sub_run: list[str | None] = []  # the sub-head kinds of the lines wholly of sub-column words before the
    sub_lines: list[int] = []        # rows (a two-level head printed a line a period: 예산 집행 / 집행 / 률)
    runs: list[tuple[int, list[str]]] = []  # lines of two rows run together (시비 구비 ...), where they stand
    lone: str | None = None  # a source label alone on its line among the rows: a spanning cell's
    carried: str | None = None  # the source of a second figure's row (국비 당초 ...), for the plan row under it
    for ln in lines:
        text = ln.full_text
        toks = text.split()
        group, lone = lone, None
        text, carried = _pair_row_label(text, carried)
        if text is None:
            continue
        toks = text.split()
        if data and _lone_source(text):
            lone = toks[0]  # (국비 over 국고보조금 / 특별교부세 / 소계, printed on a line of its own)
            continue
        if not data and (pattern := sub_column_pattern(text)):
            pairs = pattern
            sub_run += pattern
            continue
        if not data and (more := _sub_head_line(toks, sub_run, lines, ln)) is not None:
            sub_run, sub_lines = more, [*sub_lines, len(header_lines)]  # kept as a header line unless the run
        row = _data_row(text)
        printed = _printed_row(text) if data or row else None
        if printed:
            # the spanning cell printed on the line above the run's first row: before its label, as
            # a dump printing it on that row prints it (read by _group_columns, a subtotal closing it)
            raws.append([f"{group} {printed[0]}", *printed[1:]] if group else printed)
        if row:
            data.append(row)
            continue
        if printed and run_labels(printed[0]):
            runs.append((len(data), printed))
            continue
        if toks and data and all(_is_amount(t) for t in toks):
            data[-1].extend(toks)  # an amount row broken over two lines
            continue
        if not data and _period_row(toks):
            return []  # a period's amounts above the sources' rows: a transposed table, no header line
        if not data:
            header_lines.append(text)
    if not data:
        return []
    if sub_run.count("plan") >= 2 and "second" in sub_run and None not in sub_run:
        pairs = [k for k in sub_run if k]  # every sub-head line of the head, in printed order
        header_lines = [h for i, h in enumerate(header_lines) if i not in sub_lines]
    found = None if pairs else header_pairs(header_lines)
    if found:  # the pair words among the period labels of the header lines
        pairs, header_lines = found
    if pairs:  # two figures a period: the plan ones only, where a row holds one per sub-column
        tail = _share_tail(header_lines)  # (and one a column after the periods with none: 구성비(%))
        data = [[r[0], *(a for a, k in zip(r[1:], pairs, strict=False) if k == "plan"), *r[1 + len(pairs):]]
                if len(r) - 1 in (len(pairs), len(pairs) + tail) else r for r in data]
    note = any(_note_head(ln) for ln in header_lines)
    if note:  # a last column of word notes (비고): its head and the words after a row's amounts go
        header_lines = [h for ln in header_lines if ln.split()
                        and (h := " ".join(ln.split()[:len(ln.split()) - _note_head(ln)]))]
        data = [_without_note_words(r) for r in data]
    # 합계(백만원): the head 합계; a unit under 구분 in the corner cell is no head
    orders = header_orders([t for h in header_lines if (t := without_unit(head_unit(h)[0]))])
    header_tokens = orders[0]
    if len(orders) > 1:  # a head printed a cell a line whose first level may end at several lines
        proven = order_by_sums(orders, [r[1:] for r in data]) or order_by_signs(orders, [r[1:] for r in data])
        if proven is None:
            return []  # no cut proven: the table is left to the reader of cells, which nulls it
        header_tokens = proven
    kinds = [classify_column(h)["kind"] for h in header_tokens]
    for at, printed in reversed(runs):  # parted only where the sums prove it (funding_runs)
        parted = None if pairs or note else parted_rows(printed[0], printed[1:], kinds, split_glued)
        data[at:at] = parted or []
    if note:  # a note printed as a dash reads as one more amount than there are columns
        data = [_without_note_tail(r, len(header_tokens)) for r in data]
        data = [r[:-1] if len(r) == len(header_tokens) + 2 and fold(r[-1]) in DASHES else r for r in data]
    n = max(len(header_tokens), max(len(r) - 1 for r in data))
    header = [""] + header_tokens + [""] * (n - len(header_tokens))
    grouped = _group_columns(raws) if not pairs and not note else None
    if grouped is not None:  # two label columns: the spanning source, then the row's own label
        return [["", *header]] + grouped
    return [header] + data


def _share_tail(header_lines: list[str]) -> int:
    """How many share columns (구성비(%), no sub-columns of their own) close the head's period line (the
    first line closing on any: the corner cell, 구분, may stand on a line of its own above it)."""
    for line in header_lines:
        toks = line.split()
        n = 0
        while n < len(toks) and classify_column(toks[-1 - n])["kind"] == "share" and not pair_kind(toks[-1 - n]):
            n += 1
        if n:
            return n
    return 0


def _pair_row_label(text: str, carried: str | None) -> tuple[str | None, str | None]:
    """A row line of a table printing two rows a source (당초 over 변경, 계획 over 집행) whose source
    cell spans both and is printed once, on the first: a second figure's row naming its source (``국비
    당초 ...``) is dropped here and its source carried, None and the source; the plan row under it that
    opens with its pair word and names none (``변경 ...``) takes the carried source. Other lines come
    back unchanged, nothing carried."""
    toks = [p for t in text.split() for p in split_after_units(t)]
    k = next((i for i, t in enumerate(toks) if _is_amount(t)), None)
    if not k:
        return text, None
    if k >= 2 and pair_kind(toks[k - 1]) == "second" and source_label([" ".join(toks[:k - 1])]):
        # (two rows' labels run together before it, 계 국비 당초: whose row is under it the line does not tell)
        named = sum(1 for t in toks[:k - 1] if source_label([t]))
        return None, None if named > 1 else " ".join(toks[:k - 1])
    if k == 1 and carried and pair_kind(toks[0]) == "plan":
        return f"{carried} {text.strip()}", None
    return text, None


def _sub_head_line(toks: list[str], run: list[str | None], lines: list[Line], ln: Line) -> list[str | None] | None:
    """The sub-head kinds so far with this header line's: a line wholly of sub-column words (집행), or
    one word completing the word the line before ended with (집행 / 률: 집행률, a derived sub-column
    a narrow cell wrapped); None for any other line (and for a line not right after the run's)."""
    if not toks:
        return None
    kinds = [sub_kind(t) for t in toks]
    at = lines.index(ln)
    after_run = bool(run) and at > 0 and (sub_column_pattern(lines[at - 1].full_text) is not None
                                         or all(sub_kind(t) for t in lines[at - 1].full_text.split())
                                         or len(lines[at - 1].full_text.split()) == 1)
    if None not in kinds and (not run or after_run):
        return [*run, *kinds]
    if len(toks) == 1 and after_run:
        last = lines[at - 1].full_text.split()[-1]
        if sub_kind(last + toks[0]) == "derived" and run[-1] is not None:
            return [*run[:-1], "derived"]
    return None


def _group_columns(data: list[list[str]]) -> list[list[str]] | None:
    """Rows whose spanning source cell a dump printed once, on the run's first row, before the row's
    own label (``국비 국고보조금 ...`` / ``특별교부세 ...`` / ``소계 ...``), as two label cells a row
    (``국비 | 특별교부세``): the source spans its rows down to the subtotal row closing the run. Only
    where a subtotal row closes a run so opened; else ``None``."""
    sub = _subtotal_words()
    out: list[list[str]] = []
    group: str | None = None
    opened = closed = False
    for r in data:
        words = r[0].split()
        if group is None and len(words) >= 2 and len(words[0]) >= 2 and funding_source(words[0]) not in (None, "total"):
            group, opened = words[0], True
            out.append([group, "".join(words[1:]), *r[1:]])
        elif group is not None:
            out.append([group, r[0], *r[1:]])
            if key(r[0]) in sub:
                group, closed = None, True
        else:
            out.append([r[0], r[0], *r[1:]])
    return out if opened and closed and group is None else None


def _source_labels(tokens: list[str]) -> list[str] | None:
    """The source labels of a header row (``계 국비 도비 시군비 민자``), a label a dump printed
    spaced (``국 비``) joined again; None when a token names no source."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        # a label spaced syllable by syllable (국 비, 지 방 비, 시 군 비): the longest run of short tokens
        # that joins into a source label, of single syllables or none of whose later tokens is one by
        # itself (국비 도비 stay two)
        k = next((k for k in (4, 3, 2) if i + k <= len(tokens) and all(len(t) <= 2 for t in tokens[i:i + k])
                  and funding_source("".join(tokens[i:i + k]))
                  and (all(len(t) == 1 for t in tokens[i:i + k])
                       or all(funding_source(t) is None for t in tokens[i + 1:i + k]))), 0)
        if k:
            out.append("".join(tokens[i:i + k]))
            i += k
            continue
        if funding_source(tokens[i]) is None:
            return None
        out.append(tokens[i])
        i += 1
    return out


def transposed_grid_from_lines(lines: list[Line], budget: Budget | None = None, mult: int = 1) -> list[list[str]]:
    """A funding table a dump printed the other way round, one line per period: a header line of
    source labels (``구분 계 국비 도비``, the corner cell any word), then lines that start with a period label (총계, a year,
    기투자, 임기이후) followed by exactly one amount per source (the header line printed again at
    a page top is skipped). Empty unless every line after the header is such a row (a line that
    fits neither leaves the table to the other readers). A last column of notes or derived figures
    is taken off where the rows' sums prove the amounts, or (``budget``: the overview's shares, in
    KRW; ``mult``: the table's unit) each source column totals its share of the overview's budget."""
    gubun = current().build(_gubun)
    stacked = _stacked_labels(lines)
    for h, ln in enumerate(lines):
        toks = gubun.sub(" ", ln.full_text).split()
        labels = _source_labels(toks)
        if labels is None and len(toks) >= 3 and not _is_amount(toks[0]):
            labels = _source_labels(toks[1:])  # a corner cell the vocabulary does not know (연도)
        if labels is None and len(toks) >= 4:
            labels = _without_span_word(toks)
        tail = _note_tail(toks)
        note = labels is None and len(toks) >= 3 and tail > 0
        if note:  # a last column of word notes (비고): its words after each row's amounts
            labels = _source_labels(toks[:-tail]) or _source_labels(toks[1:-tail])
        elif labels and h and _note_words(lines[h - 1].full_text.split()):
            note = True  # the sources under a spanning head (재원별), the notes' head beside it on the line above
        derived = 0
        for k in _derived_tails(toks) if labels is None else ():
            # a last column derived from the periods (전년대비 증감): one figure a row after the amounts
            labels = _source_labels(toks[:-k]) or _source_labels(toks[1:-k])
            if labels:
                derived = k
                break
        body = lines[h + 1:]
        if stacked is not None and h == stacked[1] - 1:
            labels = stacked[0]  # the source labels a line each, down to this line
            note = len(toks) == 1 and classify_column(toks[0])["kind"] == "note"
            if stacked[2]:  # a 단위 column: every row prints the table's unit after its label
                body = _without_unit_cells(body, mult) or []
        n_sources = sum(1 for lab in labels if funding_source(lab) != "total") if labels else 0
        # one source beside the total (계 | 지방비): a table only where every row's total is its source's
        lone = n_sources == 1 and len(labels or []) == 2
        if not labels or (n_sources < 2 and not lone):
            continue
        rows = _period_rows(body, labels, [ln.full_text.split()], note=note, derived=bool(derived))
        if lone and (rows is None or not _rows_fit(labels, rows)):
            continue
        if rows is None and not note:
            apart = _labels_after_cells(body, len(labels) + (1 if derived else 0)) or body
            moved = _period_rows(apart, labels, [ln.full_text.split()], derived=bool(derived))
            if moved is not None and len(moved) >= 2 and _rows_fit(labels, moved):
                return [["", *labels], *moved]
            if not any(funding_source(_row_label(lab)) == "total" for lab in labels):
                proven = _total_apart(apart, labels, [ln.full_text.split()], note=note, derived=bool(derived))
                if proven is not None:
                    return proven
        if rows is not None and (note or derived) and not (
                _rows_fit(labels, rows) or _columns_fit(rows) or _columns_fit_budget(labels, rows, budget, mult)):
            return []  # which dash is an amount's and which the note's, only the sums could prove
        if rows is not None:
            return [["", *labels], *rows] if len(rows) >= 2 else []
        # blank zero cells or spaced thousands, a note column's words taken off: placed only where the sums prove them
        spaced_rows = _spaced_period_rows(body, labels, [ln.full_text.split()], note=note, derived=int(derived > 0))
        if spaced_rows:
            return [["", *labels], *spaced_rows]
        for above in (1, 2, 3):  # a head of two or more lines: 재원 over the sources, 구분 and 계 beside (a cell a line)
            heads_above = [x.full_text for x in lines[max(0, h - above):h]]
            if note and heads_above:  # the notes' head beside the spanning head, taken off
                last = heads_above[-1].split()
                heads_above[-1] = " ".join(last[:len(last) - _note_words(last)])
            beside = 0  # a derived column's head beside the spanning head (구분 계 재원 증감), taken off
            cells = ["".join(x.split()) for x in heads_above]  # (or a cell a line: 소 계 / 재원 / 전년대비 증감)
            if heads_above and not note and (tails := _derived_tails(heads_above[-1].split())):
                last = heads_above[-1].split()
                beside, heads_above[-1] = tails[0], " ".join(last[:len(last) - tails[0]])
            elif len(cells) >= 2 and not note and funding_source(cells[-1]) is None \
                    and classify_column(cells[-1])["kind"] == "share":
                beside, heads_above = 1, cells[:-1]
            spanned = _under_span(heads_above, labels) if h >= above else None
            heads = [x.full_text.split() for x in lines[h - above:h + 1]]
            fitting = [(cand, rows) for cand in spanned or [] if (rows := _period_rows(
                lines[h + 1:], cand, heads, note=note, derived=bool(beside))) is not None and len(rows) >= 2
                and _rows_fit(cand, rows)]
            if len(fitting) == 1:
                return [["", *fitting[0][0]], *fitting[0][1]]
            spaced = [(cand, rows) for cand in spanned or [] if (rows := _spaced_period_rows(
                lines[h + 1:], cand, heads, note=note, derived=int(beside > 0))) is not None and len(rows) >= 2]
            if len(spaced) == 1:  # blank zero cells, a note column: placed only where the sums prove them
                return [["", *spaced[0][0]], *spaced[0][1]]
        return []
    return []


def _columns_fit_budget(labels: list[str], rows: list[list[str]], budget: Budget | None, mult: int) -> bool:
    """Whether a transposed table with no total row is proven by the overview's budget: each source
    column's amounts total one share of the budget, every share so told once (a total column's, the
    budget's total), the periods' rows alone under the head (a total row would total the columns)."""
    if budget is None or len(rows) < 2 or any(funding_source(_row_label(r[0])) == "total" for r in rows):
        return False
    shares, total = budget
    sums: list[int] = []
    for k, lab in enumerate(labels, start=1):
        values = [parse_amount(_squash(r[k]), mult) for r in rows]
        if None in values:
            return False
        s = sum(values)  # type: ignore[arg-type]
        if funding_source(_row_label(lab)) == "total":
            if total is None or s != total:
                return False
            continue
        sums.append(int(s))
    return len(sums) == len(shares) and sorted(sums) == sorted(shares)


def _labels_after_cells(lines: list[Line], n: int) -> list[Line] | None:
    """Period rows a dump printed with a row's label after its cells (a label centred lower in its
    cell: ``2028년 - 400,369 … 1,655,594 2,500,119 …`` then ``합계``): a line of a period label and twice
    ``n`` amounts followed by a line of a period label alone is cut in two, that label leading the
    second half. None when no line is so; the rows' sums are left to prove the cut."""
    shown = [ln for ln in lines if ln.full_text.split()]
    out: list[Line] = []
    cut = False
    k = 0
    while k < len(shown):
        toks = shown[k].full_text.split()
        nxt = shown[k + 1].full_text.split() if k + 1 < len(shown) else []
        if (len(toks) == 2 * n + 1 and not _is_amount(toks[0]) and all(_is_amount(t) for t in toks[1:])
                and nxt and not any(_is_amount(t) for t in nxt)
                and classify_column(toks[0])["kind"] != "other" and classify_column(" ".join(nxt))["kind"] != "other"):
            out += [replace(shown[k], text=" ".join(toks[:n + 1])),
                    replace(shown[k + 1], text=" ".join([*nxt, *toks[n + 1:]]))]
            cut = True
            k += 2
            continue
        out.append(shown[k])
        k += 1
    return out if cut else None


def transposed_by_budget(lines: list[Line], budget: dict[str, Any] | None, mult: int) -> list[list[str]]:
    """A transposed table (a period a row) whose head a dump printed short of its source labels (``구분
    계 국비`` over rows of four amounts, ``도비`` / ``군비`` printed elsewhere), its columns named by the
    overview's budget: the total row's cells are the budget's total and each share once (every share
    a different amount), and every period row's total cell is the sum of its others. Rows of shares
    (``비율(%)``) are left out. Empty when anything falls short of that."""
    parts = (budget or {}).get("parts") or []
    total = (budget or {}).get("total_krw")
    shares = [p.get("amount_krw") for p in parts]
    if not lines or total is None or len(parts) < 2 or None in shares or len(set(shares)) != len(shares) \
            or any(_is_amount(t) for t in lines[0].full_text.split()):
        return []
    rows: list[list[str]] = []
    for ln in lines[1:]:
        toks = ln.full_text.split()
        k = next((k for k in (1, 2) if len(toks) > k and all(_is_amount(t) for t in toks[k:])), None)
        if k is None:
            return []
        label = " ".join(toks[:k])
        kind = classify_column(label)["kind"]
        if kind == "share":
            continue
        if kind == "other" or len(toks) - k != len(parts) + 1:
            return []
        rows.append([label, *toks[k:]])
    sums = [r for r in rows if classify_column(r[0])["kind"] == "total"]
    if len(rows) < 3 or len(sums) != 1:
        return []
    values = [[parse_amount(_squash(c), mult) for c in r[1:]] for r in rows]
    grand = values[rows.index(sums[0])]
    if grand.count(total) != 1 or any(v is None for r in values for v in r):
        return []
    ti = grand.index(total)
    owner = [None if j == ti else next((p for p in parts if p.get("amount_krw") == v), None) for j, v in enumerate(grand)]
    if sum(1 for o in owner if o is not None) != len(parts) or not all(_fits(v, ti) for v in values):
        return []
    head = [current().table("funding_sources")["total"][0] if o is None else o.get("label") or "" for o in owner]
    if any(funding_source(h) is None for h in head):
        return []
    return [["", *head], *rows]


def _total_apart(lines: list[Line], labels: list[str], heads: list[list[str]], *, note: bool, derived: bool
                 ) -> list[list[str]] | None:
    """A transposed table whose head printed its total's label apart from the others (after the
    table: ``국비 도비 군비 전년대비 증감`` over rows of one more amount, ``소계`` printed below them):
    the rows read with a total label put where the sums prove it, the one place where every period
    row's cell is the sum of its others (of two rows or more; a place two fit is no proof). Lines of
    words only after the rows end the table; the total's label is the one printed among them, else
    the vocabulary's first. None when no one place fits."""
    body = list(lines)
    tail: list[str] = []
    while body and not any(_is_amount(t) for t in body[-1].full_text.split()):
        tail = body.pop().full_text.split() + tail
    label = next((t for t in tail if funding_source(t) == "total"), None) or current().table("funding_sources")["total"][0]
    fitting = []
    for k in range(len(labels) + 1):
        cand = [*labels[:k], label, *labels[k:]]
        rows = _period_rows(body, cand, heads, note=note, derived=derived)
        if rows is not None and len(rows) >= 2 and _rows_fit(cand, rows):
            fitting.append([["", *cand], *rows])
    return fitting[0] if len(fitting) == 1 else None


def _derived_tails(toks: list[str]) -> list[int]:
    """How many of a head line's last words (two: ``전년대비 증감``, or one) may head a column derived
    from the periods (a change or share word, no source's), the longest first."""
    return [k for k in (2, 1) if len(toks) > k + 2 and funding_source("".join(toks[-k:])) is None
            and classify_column("".join(toks[-k:]))["kind"] == "share"
            and all(funding_source(t) is None for t in toks[-k:])]  # (군비 전년대비증감: a source's head kept)


def _without_note_cells(lines: list[Line]) -> list[Line]:
    """The lines of a table with a column of word notes (a head line ending in ``비고``) that a dump
    printed one cell a line, without its note cells: a line after the first amount that holds no
    amount, is no row's label alone (no amount follows it) and is no head (the head stands before the
    amounts). Such a note may hold numbers that are no amounts and a source's name (``'24 1회 추경
    반영``, ``3건 이월``, ``국비 50% 내시``); the rows printed on one line each keep theirs (read
    as such rows are, :func:`_without_note_words`)."""
    texts = [ln.full_text.split() for ln in lines]
    first = next((k for k, t in enumerate(texts) if t and all(_is_amount(x) for x in t)), None)
    if first is None or not any(_note_head(ln.full_text) for ln in lines[:first]):
        return lines
    out = lines[:first]
    for k in range(first, len(lines)):
        toks = texts[k]
        nxt = next((t for t in texts[k + 1:] if t), [])
        cell_a_line = bool(toks) and not any(_is_amount(x) for x in toks) and not (nxt and all(
            _is_amount(x) for x in nxt))
        if cell_a_line and k > first and texts[k - 1] and all(_is_amount(x) for x in texts[k - 1]):
            continue  # a note cell after a row's last amount
        out.append(lines[k])
    return out


def _rows_as_cells(lines: list[Line]) -> list[Line]:
    """The lines of a table a dump printed one cell a line where a row has a cell of two paragraphs
    (``1,350`` over ``(당초 1,200)``) and on one line where it has none: the one-line rows (a source's
    label, then amounts only) printed a cell a line too, so that one reading takes every row. Lines as
    they are unless some row stands a cell a line (a source's label alone, two lines of one amount
    each after it)."""
    texts = [ln.full_text.split() for ln in lines]

    def one_amount(k: int) -> bool:
        return k < len(texts) and len(texts[k]) == 1 and _is_amount(texts[k][0])

    def labelled_row(t: list[str]) -> bool:
        return len(t) >= 3 and funding_source(t[0]) is not None and all(_is_amount(x) for x in t[1:])

    celled = any(len(t) == 1 and funding_source(t[0]) is not None and one_amount(k + 1) and one_amount(k + 2)
                 for k, t in enumerate(texts))
    if not celled or not any(labelled_row(t) for t in texts):
        return lines
    out: list[Line] = []
    for ln, t in zip(lines, texts, strict=True):
        if labelled_row(t):
            out += [replace(ln, text=x, marker=None) for x in t]
        else:
            out.append(ln)
    return out


def _note_head(line: str) -> int:
    """How many of a head line's last words head a column of word notes: :func:`_note_tail`, or the whole
    line (``비고``, ``비 고``: a head a dump printed a cell a line)."""
    toks = line.split()
    if toks and (len(toks) == 1 or all(len(w) == 1 for w in toks)) \
            and classify_column("".join(toks))["kind"] == "note":
        return len(toks)
    return _note_tail(toks)


def _note_tail(toks: list[str]) -> int:
    """How many of a head line's last words head a column of word notes (``비고``, or ``비 고``: a
    spaced head's syllables a word each); 0 when they head none."""
    for k in range(min(len(toks) - 1, 4), 0, -1):
        tail = toks[-k:]
        if (k == 1 or all(len(w) == 1 for w in tail)) and classify_column("".join(tail))["kind"] == "note":
            return k
    return 0


def _note_words(toks: list[str]) -> int:
    """:func:`_note_tail`, or every word of a head line that is the notes' head alone (``비고`` on a line
    of its own: a head printed a cell a line)."""
    whole = 0 < len(toks) <= 4 and (len(toks) == 1 or all(len(w) == 1 for w in toks)) \
        and classify_column("".join(toks))["kind"] == "note"
    return len(toks) if whole else _note_tail(toks)


def _columns_fit(rows: list[list[str]]) -> bool:
    """Whether the one period row labelled as the total (총사업비, 합계) is, in every source's column,
    the sum of the other period rows."""
    totals = [k for k, row in enumerate(rows) if classify_column(row[0])["kind"] == "total"]
    if len(totals) != 1 or len(rows) < 3:
        return False
    return all(_fits([parse_amount(_squash(row[j]), 1) for row in rows], totals[0]) for j in range(1, len(rows[0])))


def _rows_fit(labels: list[str], rows: list[list[str]]) -> bool:
    """Whether every period row's total cell (under the one total label) is the sum of its sources'."""
    totals = [k for k, lab in enumerate(labels) if funding_source(_row_label(lab)) == "total"]
    if len(totals) != 1:
        return False
    return all(_fits([parse_amount(_squash(c), 1) for c in row[1:]], totals[0]) for row in rows)


def _without_span_word(toks: list[str]) -> list[str] | None:
    """A head line of source labels with one spanning heading among them (``계 국비 시비 재원 구비
    기타``: a layout reader merged the head's two rows into one line by their place across the page,
    the heading centred over the sources): the labels without it; None unless exactly one word
    names no source and is a heading's word (no amount, no column word)."""
    odd = [k for k, t in enumerate(toks) if funding_source(_row_label(t)) is None]
    if len(odd) != 1 or _is_amount(toks[odd[0]]) or not _is_group(toks[odd[0]]) or not 0 < odd[0] < len(toks) - 1:
        return None
    return _source_labels(toks[: odd[0]] + toks[odd[0] + 1:])


def _period_rows(lines: list[Line], labels: list[str], heads: list[list[str]], *, note: bool = False,
                 derived: bool = False) -> list[list[str]] | None:
    """The period rows of a transposed table under its source labels: a period label, then one
    amount per label, every line (the head lines printed again at a page top skipped); None when a
    line is no such row. ``note``: a last column of word notes, after the amounts a row may print
    words (no amount among them) or one dash, taken off. ``derived``: a last column of one figure a
    row (a change, a share), taken off."""
    rows: list[list[str]] = []
    for row_line in lines:
        toks = row_line.full_text.split()
        if toks in heads:
            continue  # the header repeated at the top of the next page
        if note:
            toks = _without_row_note(toks, len(labels))
        if derived:
            if not toks or not _is_amount(toks[-1]):
                return None
            toks = toks[:-1]
        row = next(([" ".join(toks[:k]), *toks[k:]] for k in (1, 2)
                    if len(toks) - k == len(labels) and all(_is_amount(t) for t in toks[k:])
                    and classify_column(" ".join(toks[:k]))["kind"] != "other"), None)
        if row is None:
            return None
        rows.append(row)
    return rows


def _spaced_period_rows(lines: list[Line], labels: list[str], heads: list[list[str]], *, note: bool = False,
                        derived: int = 0) -> list[list[str]] | None:
    """The period rows of a transposed table whose thousands a space groups (``2023년 272 539 40 588``)
    or whose zero cells print blank, each line's amounts grouped where the sums prove one grouping
    (:func:`regroup_period_rows`: the total period's line, or the total source's column); None otherwise.
    ``note``: a last column of word notes, a row's words after its amounts (no digit among them) taken off."""
    names: list[str] = []
    printed: list[list[str]] = []
    for row_line in lines:
        toks = row_line.full_text.split()
        if toks in heads:
            continue
        text = row_line.printed or row_line.full_text
        while note and len(toks) > 2 and not any(c.isdigit() for c in toks[-1]) and toks[-1] not in DASHES:
            toks = toks[:-1]  # a note's word
            text = re.sub(r"[ \u3000]+\S+[ \u3000]*$", "", text)
        k = next((k for k in (1, 2) if len(toks) > k and not _is_amount(toks[k - 1])
                  and classify_column(" ".join(toks[:k]))["kind"] != "other"), None)
        if k is None:
            return None
        if classify_column(" ".join(toks[:k]))["kind"] == "share":
            continue  # a row of each source's share (비율(%)): percents, no amount of the record
        names.append(" ".join(toks[:k]))
        printed.append(with_blanks(text, toks[k:]))
    totals = [j for j, lab in enumerate(labels) if funding_source(_row_label(lab)) == "total"]
    total_rows = [i for i, name in enumerate(names) if classify_column(name)["kind"] == "total"]
    if len(names) < 2 or len(totals) > 1 or len(total_rows) > 1:
        return None
    scale = 10**6  # the amounts read to their printed decimals (7,278.1), given back in the table's unit
    values = regroup_period_rows(printed, len(labels), totals[0] if totals else None,
                                 total_rows[0] if total_rows else None, scale, derived)  # (derived: 증감 after)
    return [[name, *(f"{x / scale:.6f}".rstrip("0").rstrip(".") for x in v)]
            for name, v in zip(names, values, strict=True)] if values else None


def _without_row_note(toks: list[str], n: int) -> list[str]:
    """A period row of a transposed table with a note column, its note taken off: after the period
    label (one token or two) and ``n`` amounts, words none of which is an amount, or one dash; the
    row as it is otherwise."""
    for k in (1, 2):
        amounts, rest = toks[k:k + n], toks[k + n:]
        if len(amounts) == n and all(_is_amount(t) for t in amounts) and rest and (
                (len(rest) == 1 and rest[0] in DASHES) or not any(_is_amount(t) or any(c.isdigit() for c in t) for t in rest)):
            return toks[:k + n]
    return toks


def _under_span(above: list[str], sources: list[str]) -> list[list[str]] | None:
    """The labels a transposed table whose head is two rows may have: ``구분 계 재원`` over ``국비 시비
    구비 기타`` (the corner and the total spanning both, a heading spanning the sources), the total
    labels before the sources or after them; the order the one line above prints first. None
    unless the lines above hold the corner, totals and one heading (words naming no source, no
    amount). Which of them the table is, the rows' sums tell."""
    totals: list[str] = []
    before = True
    spans = 0
    for t in current().build(_gubun).sub(" ", " ".join(above)).split():
        if funding_source(_row_label(t)) == "total":
            totals.append(t)
            before = before and not spans
        elif funding_source(_row_label(t)) is None and not _is_amount(t) and _is_group(t):
            spans += 1
        else:
            return None
    if spans != 1 or not totals:
        return None
    first, second = [*totals, *sources], [*sources, *totals]
    return [first, second] if before else [second, first]


def _stacked_labels(lines: list[Line]) -> tuple[list[str], int, bool] | None:
    """A transposed table's header flattened a cell a line (``구 분`` / ``합 계`` / ``국 비`` / ...):
    the source labels of the leading lines that each hold one label (or only the corner word),
    the index of the first line after them, and whether a unit column's head (``단위``) stood
    between the corner and the labels; None unless two or more labels lead."""
    gubun = current().build(_gubun)
    labels: list[str] = []
    unit_column = False
    for k, ln in enumerate(lines):
        toks = gubun.sub(" ", ln.full_text).split()
        if not labels and (not toks or find_unit(ln.full_text)):
            continue  # the corner cell (구분, the unit under it)
        if not labels and not unit_column and len(toks) == 1 and toks[0] in current().words("money", "unit_label"):
            unit_column = True  # 단위: a column of the unit, printed in every row
            continue
        one = _source_labels(toks) if toks else None
        if one is None or len(one) != 1:
            if len(labels) >= 2 and len(toks) == 1 and classify_column(toks[0])["kind"] == "note":
                return labels, k + 1, unit_column  # a last column of word notes (비고): its head closes the labels
            return (labels, k, unit_column) if len(labels) >= 2 else None
        labels.append(one[0])
    return None


def _without_unit_cells(lines: list[Line], mult: int) -> list[Line] | None:
    """The rows of a table with a unit column, its cells taken off: every row prints, after its
    period label (one word or two), a money unit worth ``mult`` won, the table's unit as its unit
    line states it (a unit of another worth, or none, leaves the table unread: None)."""
    out: list[Line] = []
    for ln in lines:
        toks = ln.full_text.split()
        k = next((k for k in (1, 2) if len(toks) > k + 1 and unit_multiplier(toks[k]) == mult), None)
        if k is None:
            return None
        out.append(Line(text=" ".join(toks[:k] + toks[k + 1:]), marker=None, indent=ln.indent, source=ln.source))
    return out


def _group_cells_after_head(head: list[Line]) -> int:
    """Where the column heads a dump printed one cell a line end: after the last of two or more period
    heads (``2027년``); the word cells after it, before the first row, are a group cell spanning the
    rows below (a sub-project's name, ``반도체 소재 인재양성``), printed once before them. Heads without
    their periods yet (the years printed after the first row's label) end nowhere before it."""
    periods = [k for k, h in enumerate(head) if classify_column(h.full_text)["kind"] in _PERIOD_KINDS]
    return periods[-1] + 1 if len(periods) >= 2 else len(head)


def _group_lines(rows: list[Line]) -> bool:
    """Whether two or more of a table's row lines (past its head line) are group cells printed once
    before their rows: words without an amount, the row after each a total's (소계, 계)."""
    def words(ln: Line) -> bool:
        return not any(_is_amount(t) for t in ln.full_text.split())

    opened = [k for k, ln in enumerate(rows[1:-1], 1) if words(ln) and not words(rows[k + 1])
              and funding_source(_row_label(rows[k + 1].full_text.split()[0])) == "total"]
    return len(opened) >= 2


def rows_from_cells(lines: list[Line]) -> list[Line]:
    """The rows of a table a dump printed one cell a line (see :func:`_rows_from_cells`)."""
    return _rows_from_cells(lines)[0]


def _rows_from_cells(lines: list[Line]) -> tuple[list[Line], bool]:
    """The rows of a table a dump printed one cell a line (``구분`` / ``계`` / ``국비`` / ... /
    ``총계`` / ``52,603`` / ``14,250`` / ...): a line of words that amounts follow opens a row that
    takes them; the lines of words that none follow are joined into one header line, except a source
    label alone between two rows (``국비`` over ``국고보조금`` / ``특별교부세`` / ``소계``): a cell spanning
    the rows below it, printed once before the first of them as a text dump prints it
    (``국비 국고보조금 1,530,000 ...``). Empty unless every line is one cell (a word label or one
    amount) and at least two rows come out; with whether a spanning source cell was read whose rows
    a subtotal row closes (the rows under a source may be its plan and secured figures instead)."""
    out: list[Line] = []
    head: list[Line] = []
    n_rows = 0
    opened = spanned = False
    for k, ln in enumerate(lines):
        toks = ln.full_text.split()
        if not toks:
            continue
        if all(_is_amount(t) for t in toks):
            if len(toks) != 1 or not out or head:
                return [], False
            out[-1] = replace(out[-1], text=f"{out[-1].full_text} {toks[0]}", marker=None)
            continue
        if any(_is_amount(t) for t in toks):
            return [], False
        nxt = next((x.full_text.split() for x in lines[k + 1:] if x.full_text.split()), [])
        if nxt and all(_is_amount(t) for t in nxt):
            span = ""
            if n_rows and len(head) == 1 and funding_source(head[0].full_text) not in (None, "total"):
                span, head, opened = head[0].full_text + " ", [], True  # a source cell spanning the rows below
            elif opened and key(ln.full_text) in _subtotal_words():
                spanned = True  # ... down to the subtotal row closing them
            if head:
                cut = _group_cells_after_head(head) if not n_rows else len(head)
                out.append(replace(head[0], text=" ".join(h.full_text for h in head[:cut]), marker=None))
                out += [replace(h, marker=None) for h in head[cut:]]
                head = []
            out.append(replace(ln, text=span + ln.full_text, marker=None))
            n_rows += 1
        else:
            head.append(ln)
    if head:
        out.append(replace(head[0], text=" ".join(h.full_text for h in head), marker=None))
    return (out, spanned) if n_rows >= 2 else ([], False)


def _stream_token(v: Vocabulary) -> re.Pattern[str]:
    """Column labels, total words, row labels and amounts of a funding table a dump printed cell
    by cell: the total words (총사업비, 계 ...) may be the total column or the total row."""
    totals = v.words("funding_columns", "total")
    rows = [w for w in v.funding_sources if w not in totals and len(w) > 1]  # 국, 도: budget lines only
    year = rf"(?<![\d,])(?:{_year_src(v)})(?![\d,])"
    pairs = v.words("funding_pairs", "plan") + v.words("funding_pairs", "second")
    # the rest of a share word opening with a pair word (집행 / 률 wrapped in its cell: 집행률, no pair word)
    parts = v.alternation("funding_sub_rows", "marks")  # a part's mark opening its line (- 균특)
    rests = [key(w)[len(key(p)):] for w in v.words("funding_columns", "share") for p in pairs
             if key(w).startswith(key(p)) and len(key(w)) > len(key(p)) and key(w) not in map(key, pairs)]
    return re.compile(
        rf"(?P<pair>(?<![가-힣])(?:{spaced(pairs)})(?![가-힣])(?!\s*(?:{spaced(rests)})(?![가-힣])))"
        rf"|(?P<col>(?:{ordinal_source(v)})|(?<![\d,])(?:{_bounded_src(v)})"
        rf"|{_words(v, ('prior', 'after_term', 'share', 'change'))}|{year})"
        rf"|(?P<tot>(?<![가-힣])(?:{spaced(totals)})(?![가-힣]))"
        rf"|(?P<row>[{ROUND_OPEN}]\s*(?:{spaced(rows)})\s*[{ROUND_CLOSE}]|(?<![가-힣])(?:{spaced(rows)})(?![가-힣])"
        rf"|(?<![^\n])[ \t]*(?:{parts})[ \t]*[가-힣][^\s]*(?=[ \t]*(?:\n|$)))"  # - 균특: a part's line
        r"|(?P<amount>(?<![A-Za-z\d,.])[△▲]?(?=\S*\d)[\dOoIl|](?:[\dOoIl|]|[,.]+(?=[\dOoIl|]))*+,?(?![A-Za-z])"
        r"|(?<!\S)" + DASH_CLASS + r"(?!\S))"
    )


_GROUPED_OK = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _glue_numbers(tokens: list[str]) -> list[str]:
    """``['125,903,', '000']`` or ``['27,666,0', '00']`` -> ``['125,903,000']``: a number that a
    narrow cell wrapped is whole again when its comma groups only come right glued."""
    out: list[str] = []
    for t in tokens:
        if out and out[-1][:1].isdigit() and t[:1].isdigit() and "," in out[-1]:
            prev = out[-1]
            if not _GROUPED_OK.match(prev) and _GROUPED_OK.match(prev + t):
                out[-1] = prev + t
                continue
        out.append(t)
    return out


def _stream_pairs(stream: list[re.Match[str]]) -> tuple[list[str], bool]:
    """The pair words of a table printed cell by cell: the sub-column kinds printed in the header
    (at least two plan words and a second word before the first amount), or whether plan and
    second figures come in runs each opened by its pair word (a second word among the amounts)."""
    first = next((m.start() for m in stream if m.lastgroup == "amount"), None)
    opened = next((m.start() for m in stream if m.lastgroup == "pair"), None)
    kinds = [(m.start(), pair_kind(m.group(0)) if m.lastgroup == "pair" else "derived") for m in stream
             if m.lastgroup == "pair" or _derived_among_pairs(m, opened)]
    head = [k for p, k in kinds if k and (first is None or p < first)]
    if head.count("plan") >= 2 and "second" in head:
        return head, False
    return [], first is not None and any(k == "second" for p, k in kinds if p > first)


def rejoin_header_pieces(text: str) -> str:
    """A funding table printed a cell a line, with the header cells a narrow column wrapped
    (``총사업`` / ``비``, ``임기이`` / ``후``) printed in pieces apart from each other (pdftotext's
    default mode prints a cell's lines with the block they stand level with: the second piece
    after other header cells, or after the table's last amount). A line of the header that is no
    token of the table is joined with a later such line, in the header or the first line after the
    last amount, when the two make a column word of the vocabulary (a total, 기투자, 임기이후) and
    no other pair of pieces does; the word stands where its first piece was printed. The columns'
    order is then the sums' and time order's to prove (:func:`proven_grid`, :func:`one_label_moved`)."""
    lines = text.split("\n")
    token = current().build(_stream_token)
    amounts = [k for k, ln in enumerate(lines) if any(m.lastgroup == "amount" for m in token.finditer(ln))]
    if not amounts:
        return text
    words = {key(w) for kind in ("total", "prior", "after_term")
             for w in current().words("funding_columns", kind) if len(w) > 2}

    def piece(k: int) -> bool:
        t = lines[k].strip()
        return bool(t) and len(t) <= 4 and re.fullmatch(r"[가-힣]+", t) is not None and not token.search(t)

    after = next((k for k in range(amounts[-1] + 1, len(lines)) if lines[k].strip()), None)
    head = [k for k in range(amounts[0]) if piece(k)]
    tails = head + ([after] if after is not None and piece(after) else [])
    pairs = [(a, b) for a in head for b in tails if b > a and key(lines[a] + lines[b]) in words]
    firsts = [a for a, _ in pairs]
    seconds = [b for _, b in pairs]
    if not pairs or len(set(firsts)) != len(firsts) or len(set(seconds)) != len(seconds) or set(firsts) & set(seconds):
        return text
    for a, b in pairs:
        lines[a] = lines[a].strip() + lines[b].strip()
        lines[b] = ""
    return "\n".join(lines)


def _derived_among_pairs(m: re.Match[str], opened: int | None) -> bool:
    """A sub-column derived from the pair (집행률 beside 예산 집행): a share word after the first pair word."""
    return m.lastgroup == "col" and opened is not None and m.start() > opened and sub_kind(m.group(0)) == "derived"


def funding_from_stream(text: str, multiplier: int, budget: Budget | None = None, strays: tuple[str, ...] = ()
                        ) -> tuple[list[FundingColumn], list[FundingRow]]:
    """:func:`_from_stream`, of a table continued on the next page with its header printed again
    (구분 once more after the amounts) read part by part and joined where the parts have the same
    rows and the later part's periods go on from the earlier's; else read whole."""
    text = rejoin_header_pieces(without_marks(in_force(text)))  # 4,618※, 1,200 → 1,350: the figure (in force)
    amount = re.search(r"\d", text)
    heads = [m.start() for m in current().build(_gubun).finditer(text)]
    cuts = [text.rfind("\n", 0, h) + 1 for h in heads if amount and h > amount.start()]
    if not cuts:
        return _from_stream(text, multiplier, budget, strays)
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    beside = _beside_summary(parts, multiplier, budget)
    if beside is not None:
        return beside
    columns, rows = _from_stream(parts[0], multiplier, budget)
    more_read = [_from_stream(part, multiplier) for part in parts[1:]]
    if rows and all(_continues_rows(columns, rows, c, r) for c, r in more_read[:1]) and len(more_read) == 1:
        return columns, rows + more_read[0][1]  # the rows going on under the head printed again
    widths = [len(columns)]
    for part in parts[1:]:
        more_cols, more_rows = _from_stream(part, multiplier)
        if not rows or not _continues_years(columns, rows, more_cols, more_rows):
            return _from_stream(text, multiplier, budget, strays)
        for row, more in zip(rows, more_rows, strict=True):
            row["amounts_krw"] += more["amounts_krw"]
        columns = columns + more_cols
        widths.append(len(more_cols))
    # each part's reading placed its own total by its own rows, which the parts only sum to together:
    # the amounts of all the parts, in printed order, placed where the whole table's sums prove it
    totals_at = [i for i, r in enumerate(rows) if r["source"] == "total"]
    printed = [_printed_amounts(part) for part in parts]
    proof = None
    for amounts in (sum(printed, []), _rows_across_parts(printed, widths, len(rows))):
        proof = None if len(totals_at) > 1 or not amounts else proven_grid(
            columns, totals_at[0] if totals_at else None, len(rows), amounts, multiplier, budget)
        if proof is not None:
            break
    if proof is not None and periods_in_order(proof[0]):
        columns, row_order, grid = proof
        rows = [{"label": rows[k]["label"], "source": rows[k]["source"],
                 "amounts_krw": [parse_amount(c, multiplier) for c in cells]} for k, cells in zip(row_order, grid, strict=True)]
    elif "total" in (kinds := [c["kind"] for c in columns]) and not all(
            _fits(r["amounts_krw"], kinds.index("total")) for r in rows if any(r["amounts_krw"])):
        for r in rows:  # a total its row does not sum to, over the joined parts: no cell is placed
            if "amounts_raw" not in r:
                r["amounts_raw"] = ["-" if v == 0 else f"{v / multiplier:,.15g}" for v in r["amounts_krw"] if v is not None]
            r["amounts_krw"] = [None] * len(columns)
    return columns, rows


def _beside_summary(parts: list[str], multiplier: int, budget: Budget | None
                    ) -> tuple[list[FundingColumn], list[FundingRow]] | None:
    """:func:`_summary_tables` for a stream whose head (구분) is printed again: the one part that
    reads with periods, when every other part reads without any and its rows' totals are the same
    sources' in that part (a 총괄 table printed before the years); else None."""
    read = [_from_stream(part, multiplier, budget) for part in parts]
    with_periods = [k for k, (cols, rows) in enumerate(read)
                    if _consistent(cols, rows) and any(c["kind"] in _PERIOD_RANK for c in cols)]
    if len(with_periods) != 1:
        return None
    totals = _source_totals(*read[with_periods[0]])
    for k, (cols, rows) in enumerate(read):
        own = _source_totals(cols, rows, multiplier)
        if k != with_periods[0] and not (rows and own and len(own) == len(rows) and not any(
                c["kind"] in _PERIOD_RANK for c in cols) and all(totals.get(lab) == v for lab, v in own.items())):
            return None
    return read[with_periods[0]]


def _rows_across_parts(printed: list[list[str]], widths: list[int], n_rows: int) -> list[str]:
    """The amounts of a table split over pages, each part printed row by row (a part's rows one
    after another, each its own columns' cells), dealt into the whole table's rows: row by row,
    each row its cells of every part in turn. None (empty) unless every part holds a cell per row
    and column."""
    if not n_rows or any(len(a) != n_rows * w for a, w in zip(printed, widths, strict=True)):
        return []
    return [x for i in range(n_rows) for a, w in zip(printed, widths, strict=True) for x in a[i * w:(i + 1) * w]]


def _printed_amounts(text: str) -> list[str]:
    """The amounts of a stream in printed order (a number a narrow cell wrapped made whole); none
    where pair words (계획 / 집행) part them into figures of two kinds."""
    stream = list(current().build(_stream_token).finditer(text))
    if any(m.lastgroup == "pair" for m in stream):
        return []
    return _glue_numbers([m.group(0) for m in stream if m.lastgroup == "amount"])


def _from_stream(text: str, multiplier: int, budget: Budget | None = None, strays: tuple[str, ...] = ()
                 ) -> tuple[list[FundingColumn], list[FundingRow]]:
    """Read a funding table whose cells a dump printed one per line: column labels, row labels and
    amounts are taken in reading order. Amounts are dealt row by row, as a table is read, unless
    column labels stand between the amounts and row labels do not (a table printed column by
    column). Labels follow the layout only: what the amounts add up to never moves a label."""
    tokens: list[tuple[str, str, int]] = []
    amounts: list[str] = []
    first_amount: int | None = None
    last_end = 0
    leads_amounts: set[int] = set()  # tokens an amount follows: a row label (or a column, by column)
    last_amount = -1
    amount_pos: list[int] = []  # where each amount stands in the text
    stream = list(current().build(_stream_token).finditer(text))
    sub_columns, row_pairs = _stream_pairs(stream)
    figure = "plan"  # the figure the amounts that follow are (row pairs: 계획 / 집행 before each run)
    for m in stream:
        kind = m.lastgroup or ""
        if kind == "pair" and not sub_columns and not row_pairs and first_amount is None \
                and classify_column(m.group(0))["kind"] == "share":
            kind = "col"  # no plan figures: a header's 확보 beside 미확보 splits the total (a share column)
        if first_amount is None:
            tokens.extend((kind, "", last_end + at) for kind, at in _gap_at(text[last_end:m.start()]))
        last_end = m.end()
        if kind == "pair":
            figure = pair_kind(m.group(0)) or figure
            continue
        if "derived" in sub_columns and first_amount is None and kind == "col" and sub_kind(m.group(0)) == "derived":
            continue  # a derived sub-column's head (집행률): no period
        if kind == "amount" and row_pairs and figure == "second":
            first_amount = m.start() if first_amount is None else first_amount
            continue  # a second figure's run: no funding amount
        if kind == "amount":
            if tokens and tokens[-1][0] in ("tot", "row", "col") and tokens[-1][2] > last_amount:
                leads_amounts.add(len(tokens) - 1)
            amounts.append(m.group(0))
            amount_pos.append(m.start())
            first_amount = m.start() if first_amount is None else first_amount
            last_amount = m.start()
        else:
            tokens.append((kind, re.sub(r"\s+", "", m.group(0)), m.start()))
    glued = len(_glue_numbers(amounts)) != len(amounts)
    amounts = _glue_numbers(amounts)
    cut = first_amount if first_amount is not None else len(text)
    # share columns closing the head, no sub-columns of their own (구성비(%) after the 계획 확보 집행 runs)
    tail = sum(1 for k, t, p in tokens if k == "col" and p < cut and not pair_kind(t)
               and classify_column(t)["kind"] == "share") if sub_columns else 0
    width = len(sub_columns) + tail
    short = short_share_tail(amounts, [*sub_columns, *["share"] * tail]) if sub_columns else None
    if short is not None:
        amounts = short  # the last row's share printed past a page break, apart from the table (sums proven)
    if sub_columns and len(amounts) % width == 0 and not any(k == "col" and p > cut for k, _, p in tokens):
        # two figures a period, row by row: the plan ones (and the share columns' own figures)
        amounts = [a for i, a in enumerate(amounts) if i % width >= len(sub_columns)
                   or sub_columns[i % width] == "plan"]
    totals = [i for i, (k, _, _) in enumerate(tokens) if k == "tot"]
    # Each total word (총사업비, 총계, 계 ...) is the total column or the total row; at most one is
    # the row. Try the readings and keep the first whose counts fit: first a total word that amounts
    # follow in the text (a row label stands before its amounts), then a bare 계.
    bare = min(current().words("funding_columns", "total"), key=len)
    # printed column by column (column labels between the amounts, every row label above them):
    # the total row's word stands among the row labels, and the word amounts follow is a column's
    cut = first_amount if first_amount is not None else len(text)
    by_col = (any(k == "col" and p > cut for k, _, p in tokens)
              and not any(k == "row" and p > cut for k, _, p in tokens))
    # row labels printed after every amount (a dump printing a spanning label column last): no label
    # leads its amounts, so the total row's word is the one among the row labels, not one a pair
    # word and the amounts happen to follow (a header's 합계 before the first 계획)
    apart = not by_col and any(k == "row" and p > cut for k, _, p in tokens) and \
        not any(k == "row" and i in leads_amounts for i, (k, _, _) in enumerate(tokens))
    readings = sorted([None, *totals], key=lambda i: (
        i is None, i is not None and ((tokens[i][2] > cut) if by_col else (tokens[i][2] < cut) if apart
                                      else (i not in leads_amounts)),
        tokens[i][1] != bare if i is not None else 0))
    cols: list[str] = []
    rows: list[str] = []
    certain, extended = True, False
    row_pos: list[int] = []
    col_pos: list[int] = []
    for row_total in readings:
        header: Header = [(k, "") if k in ("group", "gubun") else ("col", t) for i, (k, t, _) in enumerate(tokens)
                          if k in ("col", "group", "gubun") or (k == "tot" and i != row_total)]
        cols, certain = column_layout(header)
        rows = [t for i, (k, t, _) in enumerate(tokens) if k == "row" or i == row_total]
        row_pos = [p for i, (k, _, p) in enumerate(tokens) if k == "row" or i == row_total]
        col_pos = [p for i, (k, _, p) in enumerate(tokens) if k == "col" or (k == "tot" and i != row_total)]
        extended = False
        if cols and rows and len(amounts) == len(cols) * len(rows):
            break
        more = _continuing(cols, strays)
        if cols and rows and more and len(amounts) == (len(cols) + len(more)) * len(rows):
            # the header's last period labels printed past the table: only the sums place the cells
            cols, extended = cols + more, True
            break
    # the source rows' labels (the total row's aside: the sums place it) printed in the rows' order
    sources_apart = first_amount is not None and _labels_apart(
        [p for p, lab in zip(row_pos, rows, strict=True) if funding_source(lab) != "total"],
        first_amount, last_amount, False)
    rows, repeated = _labels_once(rows)  # a table continued on the next page, its row labels again
    n, r = len(cols), len(rows)
    if not n or not r or len(amounts) != n * r or first_amount is None:
        return [], []
    columns = [classify_column(c) for c in cols]
    by_column = any(p > first_amount for p in col_pos) and not any(p > first_amount for p in row_pos)
    order = [[j * r + i for j in range(n)] for i in range(r)] if by_column else \
        [[i * n + j for j in range(n)] for i in range(r)]
    grid = [[amounts[k] for k in idx] for idx in order]
    cuts = cut_orders(_lined([(k, "" if k in ("group", "gubun") else t, p) for i, (k, t, p) in enumerate(tokens)
                              if k in ("col", "group", "gubun") or (k == "tot" and i != row_total)], text))
    undecided = len(cuts) > 1  # a head printed a cell a line whose first level may end at several lines
    if undecided and not by_column and all(len(c) == n for c in cuts):
        proven = order_by_sums(cuts, grid)  # the sums choose, or nothing is placed
        if proven is not None:
            columns, certain, undecided = [classify_column(c) for c in proven], True, False
    if len(cuts) == 1 and not by_column and len(cuts[0]) == n and not periods_in_order(columns) \
            and periods_in_order(lined := [classify_column(c) for c in cuts[0]]):
        # a head printed a cell a line, its first level over its own lines (a diagonal corner, 총사업비, the
        # span over the years, 임기 후; then the years): its lines order the columns, its printed order not
        columns, certain = lined, True
    if not by_column:
        placed = _total_end_by_sums(columns, grid, multiplier)
        if placed is not None:
            columns, certain = placed, True
    certain = certain and periods_in_order(columns) and not _labels_apart(row_pos, first_amount, last_amount, by_column)
    certain = certain and not repeated  # amounts split over pages, labels apart: only sums
    # the last period labels printed past the table: only sums place the cells, or the overview's
    # budget, every source row totalling its share in order (the rows hold as many cells as columns)
    certain = certain and (not extended or _rows_total_budget(rows, grid, multiplier, budget))
    # every row label leading its own run of amounts, the runs of unequal length (a converter printed
    # some cells of a row after the next row's label): dealt by count, the amounts would cross rows
    certain = certain and (by_column or glued or short is not None or not _runs_uneven(row_pos, amount_pos))
    # a subtotal row (소계) closes sub-source rows under a spanning source cell, whose label a dump
    # prints apart from its rows (before them, or after): the labels' order is not the rows'
    certain = certain and not any(key(lab) in _subtotal_words() for lab in rows)
    totals_at = [i for i, lab in enumerate(rows) if funding_source(lab) == "total"]
    certain = certain and not undecided
    proof = None if sub_columns or row_pairs or len(totals_at) > 1 or undecided else \
        proven_grid(one_label_moved(columns), totals_at[0] if totals_at else None, r, amounts, multiplier, budget)
    unlabelled: set[int] = set()
    if proof is not None and periods_in_order(proof[0]):  # the one grid the amounts fill, every sum holding
        columns, row_order, grid = proof
        if sources_apart:
            # the sums place the amounts, not the source labels printed apart from them: the source
            # rows stay null unless the overview's budget tells whose each is (funding_labels)
            at = row_order.index(totals_at[0]) if totals_at else None
            sources = iter(k for k in range(r) if k not in totals_at)
            row_order = [totals_at[0] if i == at else next(sources) for i in range(r)]
            unlabelled = {i for i in range(r) if i != at}
        rows = [rows[k] for k in row_order]
        certain = not sources_apart
    out_rows = []
    for i, (lab, cells) in enumerate(zip(rows, grid, strict=True)):
        # where the layout cannot place the total column, no cell is placed: null, printed text kept
        values = [parse_amount(c, multiplier) if certain else None for c in cells]
        row = {"label": lab, "source": funding_source(lab), "amounts_krw": values}
        if i in unlabelled:
            row[UNLABELLED] = True
        out_rows.append(_with_raw(row, cells))
    if proof is not None and sources_apart and totals_at:
        # the total row, the one the sums place, is read
        t = next(k for k, row in enumerate(out_rows) if k not in unlabelled)
        out_rows[t]["amounts_krw"] = [parse_amount(c, multiplier) for c in grid[t]]
        out_rows[t].pop("amounts_raw", None)
    return columns, fold_labelled_rows(out_rows)  # (도비) (시군비) under 지방비: its parts, not more money


def _rows_total_budget(rows: list[str], grid: list[list[str]], multiplier: int, budget: Budget | None) -> bool:
    """Whether the overview's budget tells every row: no total row, as many rows as the budget has
    shares, and each row's amounts summing to its share, in order (and the shares to the total)."""
    if budget is None or any(funding_source(lab) == "total" for lab in rows):
        return False
    shares, total = budget
    sums = [sum(v for v in (parse_amount(c, multiplier) for c in cells) if v is not None) for cells in grid]
    return len(shares) == len(rows) >= 2 and list(shares) == sums and total in (None, sum(shares))


def _runs_uneven(row_pos: list[int], amount_pos: list[int]) -> bool:
    """Whether every row label stands before a run of amounts of its own (the amounts after it and
    before the next label) and those runs are not all of one length."""
    marks = sorted(row_pos)
    if len(marks) < 2 or not amount_pos or amount_pos[0] < marks[0]:
        return False
    runs = [sum(1 for p in amount_pos if a < p < b) for a, b in zip(marks, [*marks[1:], 10**12], strict=True)]
    return all(runs) and len(set(runs)) > 1


def _labels_once(rows: list[str]) -> tuple[list[str], bool]:
    """Row labels printed again and again in the same order (a table continued on the next page
    repeats its label column) once, and whether they were repeated."""
    for k in range(2, len(rows) // 2 + 1):
        if len(rows) % k == 0 and len(rows) // k >= 2 and rows == rows[: len(rows) // k] * k:
            return rows[: len(rows) // k], True
    return rows, False


def _labels_apart(row_pos: list[int], first_amount: int, last_amount: int, by_column: bool) -> bool:
    """Whether a table printed row by row has some row labels among its amounts and others after
    the last of them (labels of two lines, or short ones, a dump printed apart from their rows):
    the labels' reading order is then not the rows' order."""
    if by_column:
        return False
    return any(first_amount < p < last_amount for p in row_pos) and any(p > last_amount for p in row_pos)


def _split_at_repeated_head(t: Table) -> list[Table]:
    """A table read as one that holds two stacked tables (a reader joined them over a page break):
    cut before a row whose label cell is the label column's head (구분) again, below rows of
    amounts. Each part keeps its cells' sources; a table with no such row comes back whole."""
    grid = t.grid()
    gubun = current().build(_gubun)
    cuts = [r for r in range(2, len(grid)) if grid[r] and gubun.fullmatch(fold(grid[r][0]).replace(" ", ""))
            and any(_data_row(" ".join(grid[q])) for q in range(1, r))]
    if not cuts:
        return [t]
    parts = []
    for a, b in zip([0, *cuts], [*cuts, len(grid)], strict=True):
        cells = [replace(c, row=c.row - a, row_span=min(c.row_span, b - c.row)) for c in t.cells if a <= c.row < b]
        parts.append(Table(cells=cells, n_rows=b - a, n_cols=t.n_cols, source=t.source))
    return parts


_SIDE_BY_SIDE = re.compile(r"^[△▲\-−]?\(?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\)?[^\d,.]*$|^" + DASH_CLASS + "$")


def unparted(t: Table) -> bool:
    """Whether a table holds a cell of two or more whole amounts side by side (``5,278백만원
    1,779백만원``, ``1,286 -``): a dump printed its cells a space apart, where the layout cannot part
    them into columns. Which cell is which column is not the layout's to tell: its rows are read
    as text lines, their amounts in printed order. A number a narrow cell wrapped (``27,743,`` /
    ``610``) is one amount, not two, as is one whose thousands spaces group (``1 164``, ``△6 738``)."""
    for c in t.cells:
        toks = fold(c.text).split()
        if len(toks) < 2 or not all(_SIDE_BY_SIDE.match(x) and _is_amount(x) for x in toks):
            continue
        if ungrouped(fold(c.text)) == fold(c.text) and not _GROUPED_OK.match(_squash(c.text)):
            return True
    return False


def _table_positions(t: Table, mult: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                                    list[tuple[Position, list[Position]]]]:
    """:func:`grid_positions` of a table, positions in the table's own grid."""
    grid, at_row, at_col = plan_figures([[fold(c) for c in r] for r in t.grid()], _is_amount)
    # the head row printed again inside the table (a page break cut it: the reader kept one table)
    again = {r for r in range(1, len(grid)) if grid[r] == grid[0] and any(c.strip() for c in grid[0])}
    if again:
        at_row = [a for r, a in enumerate(at_row) if r not in again]
        grid = [row for r, row in enumerate(grid) if r not in again]
    columns, rows, where = grid_positions(grid, mult)
    return columns, rows, [((at_row[r], at_col[c]), [(at_row[a], at_col[b]) for a, b in cells])
                           for (r, c), cells in where]


def _continues_years(columns: list[dict[str, Any]], rows: list[dict[str, Any]], more_cols: list[dict[str, Any]],
                     more_rows: list[dict[str, Any]]) -> bool:
    """Whether a second funding table goes on with the first's periods: the same row labels in the
    same order, only period columns (no total), none of them the first's, the years on from its last."""
    if not more_rows or [r["label"] for r in more_rows] != [r["label"] for r in rows] or any(
            r.get("amounts_raw") for r in more_rows):
        return False
    return _periods_go_on(columns, more_cols)


def _continues_rows(columns: list[dict[str, Any]], rows: list[dict[str, Any]], more_cols: list[dict[str, Any]],
                    more_rows: list[dict[str, Any]]) -> bool:
    """Whether a second funding table goes on with the first's rows (a page break cut the table
    between its rows): its head the first's again, or none (a head not repeated: as many amounts a
    row as the first has columns); row labels none of the first's, none twice; and the whole's
    total row, in either part, each column's sum of the other rows, every amount read."""
    if not more_rows or any(r.get("amounts_raw") for r in [*rows, *more_rows]):
        return False
    if more_cols and [(c["label"], c["kind"], c["year"]) for c in more_cols] != [
            (c["label"], c["kind"], c["year"]) for c in columns]:
        return False
    whole = [*rows, *more_rows]
    labels = [r["label"] for r in whole]
    if len(set(labels)) != len(labels) or any(len(r["amounts_krw"]) != len(columns) for r in whole):
        return False
    totals = [r for r in whole if r["source"] == "total"]
    parts = [r for r in whole if r["source"] != "total"]
    if len(totals) != 1 or not parts or any(v is None for r in whole for v in r["amounts_krw"]):
        return False
    return all(totals[0]["amounts_krw"][j] == sum(r["amounts_krw"][j] for r in parts) for j in range(len(columns)))


_PERIOD_RANK = {"prior": 0, "year": 1, "after_term": 2}


def stray_period_labels(lines: list[Line]) -> tuple[str, ...]:
    """The first run of lines one after another that print nothing but a year label (``'27``,
    ``2029년``), in order (later runs are other tables' years), with the after-term label (``임기 후``)
    printed right after them, the table's last period."""
    run: list[str] = []
    token = current().build(_stream_token)
    for ln in lines:
        t = fold(ln.full_text)
        kind = classify_column(t)["kind"] if t else None
        if kind == "year" and token.fullmatch(t.replace(" ", "")):
            run.append(t)
        elif run and kind == "after_term" and token.fullmatch(t.replace(" ", "")):
            return (*run, t)
        elif run:
            break
    return tuple(run)


def stray_period_amounts(lines: list[Line]) -> tuple[Line, ...]:
    """The lines right after the run of :func:`stray_period_labels` that print nothing but amounts
    (each with its money unit, or a dash): the table's last columns' cells a dump printed past the page's
    footer with their head labels; placed only where the sums prove one grid (:func:`proven_grid`)."""
    strays = stray_period_labels(lines)
    at = next((k for k, ln in enumerate(lines) if fold(ln.full_text) == strays[0]), None) if strays else None
    if at is None:
        return ()
    out: list[Line] = []
    for ln in lines[at + len(strays):]:
        toks = ln.full_text.split()
        if not toks or not all(t in DASHES or (printed_unit(t) and _is_amount(t)) for t in toks):
            break
        out.append(ln)
    return tuple(out)


def _continuing(cols: list[str], strays: tuple[str, ...]) -> list[str]:
    """Year labels printed past a table (``strays``) that go on from its last year one year at a
    time, every one of them (an after-term label after them last), the printed periods in time order:
    the columns they head; else none."""
    if not strays:
        return []
    kinds = [classify_column(c) for c in [*cols, *strays]]
    years = [c["year"] for c in kinds[len(cols):] if c["kind"] == "year"]
    after = sum(1 for c in kinds[len(cols):] if c["kind"] == "after_term")
    last = max((c["year"] for c in kinds[: len(cols)] if c["kind"] == "year"), default=None)
    if last is None or not periods_in_order(kinds) or after > 1 or kinds[-1]["kind"] not in ("year", "after_term") \
            or years != list(range(last + 1, last + 1 + len(strays) - after)):
        return []
    return list(strays)


def _strays_into_head(lines: list[Line], strays: tuple[str, ...]) -> list[Line]:
    """A table a dump printed a cell a line (:func:`_rows_from_cells`) with the period labels printed
    past it (``strays``) put after its head's last label, where they go on from its periods
    (:func:`_continuing`), every row then has one amount per label and the head's one total column is
    every row's sum; ``lines`` as they are otherwise."""
    cells = rows_from_cells(lines)
    if not cells or not strays or any(_is_amount(t) for t in cells[0].full_text.split()):
        return lines
    head = [t for t in cells[0].full_text.split() if classify_column(t)["kind"] != "other"]
    more = _continuing(head, strays)
    kinds = [classify_column(t)["kind"] for t in [*head, *more]]
    rows = [[parse_amount(t, 1) for t in c.full_text.split() if _is_amount(t)] for c in cells[1:]]
    if not more or kinds.count("total") != 1 or not any(rows) or any(
            len(r) != len(kinds) or not _fits(r, kinds.index("total")) for r in rows if r):
        return lines
    at = next(k for k, ln in enumerate(lines) if _is_amount(ln.full_text.strip()) or ln.full_text.strip() == cells[1].full_text.split()[0])
    return [*lines[:at], *(replace(lines[at - 1], text=t, marker=None) for t in more), *lines[at:]]


def one_label_moved(columns: list[FundingColumn]) -> list[FundingColumn]:
    """The columns with the one period label a dump printed away from its place (a taller header
    cell, 기투자 over two lines, printed after the others) put back where time order puts it, when
    the other periods stand in time order; else the columns as printed. The amounts are then placed
    only where the sums prove one grid (:func:`proven_grid`)."""
    if periods_in_order(columns):
        return columns
    periods = [k for k, c in enumerate(columns) if c["kind"] in _PERIOD_RANK]
    orders: list[list[FundingColumn]] = []
    for k in periods:
        rest = [c for j, c in enumerate(columns) if j != k]
        if not periods_in_order(rest):
            continue
        rank = (_PERIOD_RANK[columns[k]["kind"]], columns[k]["year"] or 0)
        at = next((j for j, c in enumerate(rest) if c["kind"] in _PERIOD_RANK
                   and (_PERIOD_RANK[c["kind"]], c["year"] or 0) > rank), None)
        if at is None:  # after the last period (before a total column standing after them)
            at = max(j for j, c in enumerate(rest) if c["kind"] in _PERIOD_RANK) + 1 if len(periods) > 1 else 0
        moved = [*rest[:at], columns[k], *rest[at:]]
        if periods_in_order(moved) and moved not in orders:
            orders.append(moved)
    # two labels each of which may be the one moved (2023 | 2025 | 2024): which moved is not known
    return orders[0] if len(orders) == 1 else columns


def periods_in_order(columns: list[FundingColumn]) -> bool:
    """Whether the period columns stand in time order: 기투자 before the years, the years rising,
    임기이후 after them. A dump printing cells one per line may print a label away from its column
    (a label of two lines printed after the others' first lines); labels out of time order show
    it, and then no label can be trusted to its place."""
    seen = [(_PERIOD_RANK[c["kind"]], c["year"] or 0) for c in columns if c["kind"] in _PERIOD_RANK]
    return all(a[0] < b[0] or a[0] == b[0] and (a[0] != 1 or a[1] < b[1]) for a, b in zip(seen, seen[1:], strict=False))


def _table_lines(lines: list[Line]) -> list[Line]:
    """The lines of a section up to the first bulleted sentence after an amount: a table printed
    one cell a line ends there (the next section's items, their heading printed elsewhere, hold
    figures of their own: 10회, 87점). A dash cell (``-``, ``- 2,205``) is no bullet, nor a part's
    label (``- 균특``: one word after a part's mark, amounts on the line after it)."""
    seen_amount = False
    for k, ln in enumerate(lines):
        if seen_amount and ln.marker and not all(_is_amount(t) for t in ln.text.split()) \
                and not _part_line(lines, k):
            return lines[:k]
        seen_amount = seen_amount or any(_is_amount(t) and any(ch.isdigit() for ch in t) for t in ln.full_text.split())
    return lines


def _part_line(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a funding part's label a dump printed a cell a line (``- 균특``: a part's
    mark and one word, vocabulary ``[funding_sub_rows]``), the next line an amount."""
    label = part_label(lines[k].full_text)
    after = lines[k + 1].full_text.split() if k + 1 < len(lines) else []
    return label is not None and len(label.split()) == 1 and bool(after) and all(_is_amount(t) for t in after)


def _lined(entries: list[tuple[str, str, int]], text: str) -> Header:
    """Head entries of a stream (kind, label, where it stands in ``text``) with a new line marked
    between two printed on different lines: a head printed a cell a line keeps its lines."""
    out: Header = []
    for k, (kind, t, p) in enumerate(entries):
        if k and "\n" in text[entries[k - 1][2]:p]:
            out.append(("line", ""))
        out.append((kind if kind in ("group", "gubun") else "col", t))
    return out


def _total_end_by_sums(columns: list[FundingColumn], grid: list[list[str]], multiplier: int
                       ) -> list[FundingColumn] | None:
    """The columns of a stream whose one total column stands at an end, placed at the end whose
    cell is the sum of the row's other cells in every row, where the other end's is in none. A
    dump printing cells one per line prints a header cell spanning two lines (총사업 / 비) wherever
    its first line falls, so the layout may not tell the end (:func:`column_layout`), or tell it
    wrong; the rows' own cells do. Rows of fewer than three non-zero figures tell nothing; at least
    two rows must tell. None when the rows do not decide (the layout's reading then stands, and
    :func:`null_against_sums` nulls it where no row fits it)."""
    return total_end_by_rows(columns, [[parse_amount(c, multiplier) for c in row] for row in grid])


def total_end_by_rows(columns: list[FundingColumn], values: list[list[int | float | None]]
                      ) -> list[FundingColumn] | None:
    """:func:`_total_end_by_sums` over rows' amounts as read (a table printed a row a line, its head
    two lines: ``세부사업 재원 연도별 투자계획 총사업비`` over the years, the total's label on the first
    line wherever the layout put it): the columns with the total at the end the rows' sums prove,
    None when they do not decide."""
    kinds = [c["kind"] for c in columns]
    if kinds.count("total") != 1 or kinds[0] != "total" and kinds[-1] != "total" or len(kinds) < 3:
        return None
    telling = [v for v in values if len(v) == len(kinds) and None not in v and sum(1 for x in v if x) >= 3]
    if len(telling) < 2:
        return None
    ti = kinds.index("total")
    others = [c for c in columns if c["kind"] != "total"]
    for end, placed in ((0, [columns[ti], *others]), (len(kinds) - 1, [*others, columns[ti]])):
        if all(_fits(v, end) for v in telling) and not any(_fits(v, len(kinds) - 1 - end) for v in telling):
            return placed
    return None


def _total_label_ends_a_line(columns: list[FundingColumn], lines: list[Line]) -> bool:
    """Whether the total column's label is printed last on a head line no period label shares (a
    head two lines deep: ``세부사업 재원 연도별 투자계획 총사업비`` over ``2022년 … 2027년``): the total
    stands right of the years, wherever the layout put it."""
    total = next((c["label"] for c in columns if c["kind"] == "total"), None)
    if not total:
        return False
    years = [str(c["year"]) for c in columns if c.get("year")]
    return any(re.sub(r"\s+", "", fold(ln.full_text)).endswith(re.sub(r"\s+", "", total))
               and not any(y in ln.full_text for y in years)
               for ln in lines if isinstance(ln, Line))


def _consistent(columns: list[FundingColumn], rows: list[FundingRow]) -> bool:
    """Every row has one cell per column, each read or printed unreadable (``amounts_raw``)."""
    return bool(rows) and all(
        len(r["amounts_krw"]) == len(columns) and (None not in r["amounts_krw"] or "amounts_raw" in r) for r in rows
    )


def _blank_cells(table: Table, where: list[tuple[Position, list[Position]]]) -> list[tuple[int, int]]:
    """``(row, column)`` of the funding record's cells that the table prints empty (a cell, no text)."""
    out = []
    for i, (_, cells_at) in enumerate(where):
        for j, at in enumerate(cells_at):
            cell = table.cell_at(*at)
            if cell is not None and not cell.text.strip():
                out.append((i, j))
    return out


def _rounding(table: Table, where: list[tuple[Position, list[Position]]], mult: int) -> float:
    """Half a won where a funding cell of ``table`` prints a fraction of a won, rounded to whole won (its
    sums hold to that a figure), else 0."""
    cells = (table.cell_at(*at) for _, cells_at in where for at in cells_at)
    return 0.5 if any(c is not None and rounded_to_won(c.text, mult) for c in cells) else 0.0


def _cell_provenance(table: Table, where: list[tuple[Position, list[Position]]]) -> dict[Loc, Any]:
    """A source per funding row (its label cell's, boxed around the label and every amount of the
    row on the label's page) and per amount cell (``funding.rows[i].amounts_krw[j]``)."""
    prov: dict[Loc, Any] = {}
    for i, (label_at, cells_at) in enumerate(where):
        label = table.cell_at(*label_at)
        cells = [table.cell_at(*at) for at in cells_at]
        for j, cell in enumerate(cells):
            if cell is not None:
                prov[Loc("funding", sub=f"rows[{i}].amounts_krw[{j}]")] = cell.source
        if label is None:
            continue
        boxes = [c.source.bbox for c in [label, *cells]
                 if c is not None and c.source.bbox is not None and c.source.page == label.source.page]
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes)) if boxes else None
        prov[Loc("funding", sub=f"rows[{i}]")] = replace(label.source, bbox=bbox) if bbox else label.source
    return prov


def _rows_read_as_lines(table: Table) -> bool:
    """Whether a table a dump's text reader drew (no page box) that no grid reads prints source rows
    when its rows are read as lines: the rows under a head line, their blank cells' wider gaps taken
    for a column gutter."""
    return table.source.bbox is None and table.source.line_start is not None and any(_data_row(" ".join(c for c in row if c)) for row in _rows_once(table))


def _rows_once(table: Table) -> list[list[str]]:
    """A table's rows with each merged cell once (where it starts), in column order."""
    rows: list[list[str]] = [[] for _ in range(table.n_rows)]
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows[c.row].append(fold(c.text))
    return rows


def extract_funding(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The funding object (``None`` when the section holds no readable table), provenance, and
    the items left over. The unit comes from a ``(단위 : 백만 원)`` line or the heading of the
    section; else from the card's one unit line elsewhere or the overview budget's unit: where
    these two differ, the one under which the table's total is the overview budget's total (the
    card's unit line when neither is)."""
    ctx = ctx or SectionContext()
    items = head_cells_joined(items)  # a head printed a cell a line over rows a line: one head line
    result = with_budget_told(_funding_by_unit(items, ctx), ctx)
    funding = result.value.get("funding")
    if funding:  # 2차년도 ...: the plan's years counted from the head printing its year
        funding["columns"] = resolve_ordinals(funding["columns"])
    return result


def _funding_by_unit(items: list[Item], ctx: SectionContext) -> SectionResult:
    texts = [ctx.heading or ""] + [it.text if isinstance(it, Line) else it.text() for it in items]
    own = next((u for u in map(find_unit, texts) if u), None) or next(
        (u for u in (head_unit(t)[1] for t in texts[1:]) if u), None)  # 합계(백만원): the unit in a head cell
    if not own:  # 총사업비 (백만원): a head's unit printed apart from it, one unit in the section
        apart = {u for t in texts[1:] for u in units_apart(t)}  # (two heads' units: which is the table's?)
        own = apart.pop() if len(apart) == 1 else None
    if own:
        return _extract_funding(items, ctx, own)
    budget = (ctx.record.get("overview") or {}).get("budget") or {}
    units: dict[int, str] = {}
    for u in (ctx.card_unit, budget.get("unit")):
        if u and (m := unit_multiplier(u)) and m not in units:
            units[m] = u
    total = budget.get("total_krw")
    if len(units) <= 1:
        unit = next(iter(units.values()), None)
        read_one = _extract_funding(items, ctx, unit)
        if unit is not None and unit != ctx.card_unit and total is not None \
                and (got := _table_total((read_one.value or {}).get("funding"))) is not None and got != total:
            # the budget's unit, the card printing none: the table's total under it is no budget's
            # total (a budget told in 억 over a table counted in 백만원): the unit under which it is,
            # else none (the amounts as printed, a finding says so)
            m = unit_multiplier(unit) or 1
            proven = unit_for(total * m // got) if got and (total * m) % got == 0 else None
            return _extract_funding(items, ctx, proven)
        return read_one
    read = [_extract_funding(items, ctx, u) for u in units.values()]
    return next((r for r in read if total is not None and _table_total(r.value["funding"]) == total), read[0])


def _table_total(funding: dict[str, Any] | None) -> int | float | None:
    """The funding table's grand total: its total row's total column, else the sum of its rows'
    totals; None when the table prints neither."""
    if not funding:
        return None
    kinds = [c["kind"] for c in funding["columns"]]
    if "total" not in kinds:
        return None
    ti = kinds.index("total")
    rows = funding["rows"]
    grand = next((r for r in rows if r["source"] == "total"), None)
    values = [grand["amounts_krw"][ti]] if grand else [r["amounts_krw"][ti] for r in rows]
    return None if not values or None in values else sum(values)


def _continued_caption(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(r"^[(<\[〈《【]\s*(?:" + spaced(v.words("table_continued")) + r")\s*[)>\]〉》】]$")


def continued_caption(text: str) -> bool:
    """Whether a line says the table above goes on below it (``(계속)``: ``[table_continued]``)."""
    return bool(current().build(_continued_caption).match(fold(text).strip()))


def _extract_funding(items: list[Item], ctx: SectionContext, unit: str | None) -> SectionResult:
    prov: dict[Loc, Any] = {}
    items = [it for it in items if not (isinstance(it, Line) and continued_caption(it.full_text))]
    mult = (unit_multiplier(unit) if unit else None) or 1
    lines, notes = split_notes([it for it in items if isinstance(it, Line) and not find_unit(it.text)])
    # a budget told in a sentence (parts first, the total in brackets) unmarked or under a low-level
    # bullet is no row of the table under it: a note (read as the budget by with_budget_told)
    told = [ln for ln in lines if budget_parts_first(fold(ln.text)) is not None]
    lines, notes = [ln for ln in lines if ln not in told], notes + told
    tables = [(part, it) for it in items if isinstance(it, Table) and not unparted(it)
              for part in _split_at_repeated_head(it)]
    summaries, tables = _summary_tables(tables, mult)
    headless: list[Table] = []  # tables of rows under no column label (a page break cut their head off)
    for k, (t, whole) in enumerate(tables):
        columns, rows, where = _table_positions(t, mult)
        if (rows and not columns) or (not rows and _rows_read_as_lines(t)):
            headless.append(whole)  # (or rows a dump's blank cells set apart from their head line: none read)
            continue
        if rows:
            used = [whole, *summaries]
            prov[Loc("funding")] = t.source
            prov.update(_cell_provenance(t, where))
            for t2, whole2 in tables[k + 1:]:  # the years continued in a table stacked under it
                c2, r2, w2 = _table_positions(t2, mult)
                if _continues_rows(columns, rows, c2, r2):  # or its rows, in a table under it
                    for at, src in _cell_provenance(t2, w2).items():
                        i, rest = re.fullmatch(r"rows\[(\d+)\](.*)", at.sub or "").groups()
                        prov[Loc("funding", sub=f"rows[{len(rows) + int(i)}]{rest}")] = src
                    rows = rows + r2
                    used.append(whole2)
                    continue
                if not _continues_years(columns, rows, c2, r2):
                    break
                more_prov = _cell_provenance(t2, w2)
                for i, (row, more) in enumerate(zip(rows, r2, strict=True)):
                    for j in range(len(more["amounts_krw"])):
                        at = Loc("funding", sub=f"rows[{i}].amounts_krw[{j}]")
                        if at in more_prov:
                            prov[Loc("funding", sub=f"rows[{i}].amounts_krw[{len(columns) + j}]")] = more_prov[at]
                    row["amounts_krw"] += more["amounts_krw"]
                columns = columns + c2
                used.append(whole2)
            zeros_proven(columns, rows, _blank_cells(t, where), _rounding(t, where, mult))
            columns, rows = _without_shares(columns, rows)
            null_against_sums(columns, rows, mult) or null_out_of_order(columns, rows, mult)
            rest = [it for it in items if all(it is not u for u in used)
                    and not (isinstance(it, Line) and find_unit(it.text))]
            return SectionResult({"funding": {"unit": unit, "columns": columns, "rows": rows}}, prov, rest)
    lines = in_force_lines(lines)  # 1,200 → 1,350 / (당초 1,200): the figures in force
    lines = _without_note_cells(lines)  # a 비고 cell a line of its own ('24 1회 추경 반영): no row, no amount
    lines = _rows_as_cells(lines)  # rows a line each amid rows a cell a line: a cell a line all
    lines, _ = _without_summary_lines(lines, mult)  # a 총괄 table printed as lines: taken as read
    lines = labels_after_rows(lines) or lines  # row labels printed after the amounts, back in their rows
    lines = _strays_into_head(lines, ctx.stray_periods)  # the head's last periods printed past the table
    lines = [*lines, *ctx.stray_amounts]  # their cells printed past the table with them
    from_tables = not any(_data_row(ln.full_text) for ln in lines)
    # tables of cells printed a space apart (:func:`unparted`) beside rows read as lines: their rows too
    apart = [it for it in items if isinstance(it, Table) and unparted(it)] if not from_tables else []
    if (headless or apart) and not from_tables:
        # rows a page break parted from their head lines: their lines, in print order among the others
        table_lines = [Line(text=" ".join(c for c in row if c), marker=None, indent=0, source=t.source)
                       for t in [*headless, *apart] for row in _rows_once(t)]
        lines = sorted([*lines, *table_lines], key=lambda ln: ln.source.line_start or 0)
    proven_only = bool(headless or apart)  # rows re-read from tables' rows as lines: only what the sums prove
    if from_tables:
        # tables whose cells stand under no column (see _interpret): their rows as printed lines
        lines = [Line(text=" ".join(c for c in row if c), marker=None, indent=0, source=t.source)
                 for t in items if isinstance(t, Table) for row in _rows_once(t)] + lines
        proven_only = any(isinstance(t, Table) for t in items)
    columns, rows = [], []
    budget = budget_of(ctx.record)
    grid = _period_groups_from_lines(lines) or transposed_grid_from_lines(lines, budget, mult) \
        or transposed_grid_from_lines(rows_from_cells(lines), budget, mult) \
        or transposed_by_budget(rows_from_cells(lines), (ctx.record.get("overview") or {}).get("budget"), mult)
    if grid:
        columns, rows = interpret_grid(grid, mult)
    transposed = _consistent(columns, rows)
    row_lines = lines  # the lines printing the rows, one a row
    if not transposed:
        grid = grid_from_lines(lines)
        columns, rows = interpret_grid(grid, mult) if grid else ([], [])
        cells, spanned = _rows_from_cells(lines)
        if not _consistent(columns, rows) and (spanned or _group_lines(cells)):
            # a table a dump printed one cell a line with a source cell spanning rows: read a row a
            # line, the source leading its first row as the text readers print it, so that its
            # subtotal row folds the same way (the stream of cells reads the spanned rows' own
            # labels as no row and puts their amounts under the label before them); so too with
            # group cells printed once before their rows (sub-projects): read only where one block
            # is proven the whole's (funding_blocks), the rows left null otherwise
            by_cells = grid_from_lines(cells)
            c_cols, c_rows = interpret_grid(by_cells, mult) if by_cells else ([], [])
            if c_cols and _consistent(c_cols, c_rows):
                grid, columns, rows, row_lines = by_cells, c_cols, c_rows, cells
    grid = grid or []
    unplaced: list[Line] = []
    if not _consistent(columns, rows):
        # a table printed a row a line (rows of two or more amounts) is not re-read as a stream of
        # cells: the stream's reading is chosen by whether the counts fit, a guess once a cell is missing
        by_row = sum(1 for d in grid[1:] if len(d) >= 3) >= 2
        s_cols, s_rows = ([], []) if by_row else funding_from_stream(
            "\n".join(ln.full_text for ln in _table_lines(lines)), mult, budget_of(ctx.record), ctx.stray_periods)
        if s_rows:
            columns, rows = s_cols, s_rows
            null_across_columns(columns, s_rows, mult)
        elif rows:
            unplaced = _null_unplaceable_rows(grid, columns, rows, lines)
    if not rows:
        return SectionResult({"funding": None}, prov, lines + notes + [it for it in items if isinstance(it, Table)])
    # the share columns' places amid the periods (확보 | 미확보; the head's, the corner off, those closing it apart)
    head_cells = [c for c in (grid[0] if grid else [])[1:] if c.strip()]
    shares = frozenset(k for k, c in enumerate(head_cells[:len(head_cells) - _derived_after(grid)])
                       if classify_column(c)["kind"] == "share")
    columns, rows = _without_shares(columns, rows)
    if len({r["source"] for r in rows}) == len(rows) and _total_label_ends_a_line(columns, lines):
        # (sources repeated: sub-projects' blocks no sums parted; the total's label printed among
        # the years' on one line: their printed order stands, :func:`null_against_sums`)
        placed = total_end_by_rows(columns, [r["amounts_krw"] for r in rows])
        columns = placed if placed is not None and placed[-1]["kind"] == "total" else columns
    nulled = null_against_sums(columns, rows, mult) or null_out_of_order(columns, rows, mult)
    turn_by_budget(columns, rows, budget, mult)  # a square table dealt turned: the budget's shares prove it
    nulled = null_broken_sums(columns, rows, mult) or nulled  # cells dealt off their places: no sum holds
    short = set() if transposed else _short_rows(grid)
    if proven_only or short:
        nulled = null_unproven(columns, rows, mult, short, every=proven_only) or nulled
    if not transposed and null_unsummed(columns, rows, {d[0]: d[1:] for ln in row_lines if (d := _data_row(ln.full_text))}):
        nulled = True  # a row read a token a cell amid rows whose thousands a space groups, its total unsummed
    if regroup_spaced(columns, rows, mult, extra=0 if transposed else _derived_after(grid),
                      printed=_printed_with_blanks(rows, row_lines), skip=frozenset() if transposed else shares):
        # thousands grouped by spaces: read where the sums prove it
        nulled = any(v is None for r in rows for v in r["amounts_krw"])
        read_rows = {r["label"] for r in rows}
        unplaced = [ln for ln in unplaced if (row := _data_row(ln.full_text)) is None or row[0] not in read_rows]
    label_by_budget(columns, rows, None if nulled else (ctx.record.get("overview") or {}).get("budget"), mult)
    read = {r["label"] for r in rows}
    unplaced += [ln for ln in lines if all(ln is not u for u in unplaced) and (labels := run_together_row(ln.full_text))
                 and not set(labels) <= read]  # rows run together whose parting no sums proved: unread
    if lines:
        prov[Loc("funding")] = lines[0].source
    # a transposed table's rows are its columns: no one line holds a row
    data_lines = [] if transposed else [ln for ln in row_lines if _data_row(ln.full_text)]
    for i, ln in enumerate(data_lines):
        prov[Loc("funding", sub=f"rows[{i}]")] = ln.source
    return SectionResult({"funding": {"unit": unit, "columns": columns, "rows": rows}}, prov,
                         list(notes) + unplaced)


def _derived_after(grid: list[list[str]]) -> int:
    """How many columns the head row prints last that are no period (전년대비 증감, 집행률(%))."""
    head = [c for c in (grid[0] if grid else []) if c.strip()]
    n = 0
    while n < len(head) and classify_column(head[-1 - n])["kind"] == "share":
        n += 1
    return n


def _printed_with_blanks(rows: list[FundingRow], lines: list[Line]) -> dict[str, list[str]]:
    """The unread rows' printed tokens by label, each blank cell a dump's wider gap left as ``""``."""
    by_label = {d[0]: (ln.printed or ln.full_text, d[1:]) for ln in lines
                if isinstance(ln, Line) and (d := _data_row(ln.full_text))}
    # a row nulled with no tokens kept (its cells dealt short of the head): its line's tokens
    return {r["label"]: with_blanks(by_label[r["label"]][0], r.get("amounts_raw") or by_label[r["label"]][1])
            for r in rows if r["label"] in by_label and (r.get("amounts_raw") or all(v is None for v in r["amounts_krw"]))}


def _period_groups_from_lines(lines: list[Line]) -> list[list[str]]:
    """The usual grid of a table with the periods as row groups printed a row a line (the period before
    its group's first row, or on a line of its own), read by :func:`regroup_lines`; [] for any other."""
    rows: list[list[str]] = []
    lone: dict[int, str] = {}
    head = ""
    for ln in lines:
        printed = _printed_row(ln.full_text)
        if printed:
            rows.append(printed)
        elif not rows:
            head = ln.full_text  # the last line above the rows: the head
        elif classify_column(ln.full_text)["kind"] in (*_PERIOD_KINDS, "total"):
            lone[len(rows) - 1] = ln.full_text
        else:
            break
    if not rows:
        return _period_groups_from_cells([ln.full_text.strip() for ln in lines])
    if len(rows) < 4:
        return []
    toks: list[str] = []
    for t in head.split():  # a unit a head printed apart (사업비 (백만원)) stays with it
        if toks and not without_unit(t).strip():
            toks[-1] += t
        else:
            toks.append(t)
    n = max(len(r) - 1 for r in rows)
    heads = toks[-n:] if len(toks) > n else []
    return regroup_lines(rows, heads, lone, classify_column, _is_amount) or []


def _period_groups_from_cells(texts: list[str]) -> list[list[str]]:
    """:func:`_period_groups_from_lines` of a table a converter printed one cell a line, its empty cells
    left out: the head cells, each source's label before its amounts, a period's label before its
    group's first source, or the period labels as a run of their own (a converter printing the period
    column first, a page's at a time): then as many labels as groups, given to them in order. A row a
    source label with the amounts after it; [] for any other."""
    group_kinds = (*_PERIOD_KINDS, "total")

    def period(k: int) -> bool:  # 총사업비 names a total row too: a period when a label follows it
        kind = classify_column(texts[k])["kind"]
        if kind not in group_kinds or _is_amount(texts[k]):
            return False
        if kind != "total":
            return True
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        return classify_column(nxt)["kind"] in group_kinds and not _is_amount(nxt) or source_label([nxt]) is not None

    rows: list[list[str]] = []
    heads: list[str] = []
    run: list[str] = []  # period labels printed as a run, before no source of theirs
    pending = ""
    for k, t in enumerate(texts):
        if period(k):  # a label before its group's first source, unless it closes a run of labels
            if k + 1 < len(texts) and source_label([texts[k + 1]]) is not None and not period(k + 1) \
                    and not (k and period(k - 1)):
                pending = t
            else:
                run.append(t)
        elif source_label([t]) is not None and k + 1 < len(texts) and _is_amount(texts[k + 1]):
            rows.append([f"{pending} {t}".strip()])  # a row's label: its amounts after it
            pending = ""
        elif _is_amount(t) and rows:
            rows[-1].append(t)
        elif not rows and not _is_amount(t):
            heads.append(t)
        else:
            break
    if len(rows) < 4 or any(len(r) < 2 for r in rows):
        return []
    attached = sum(1 for r in rows if " " in r[0] and source_label([r[0].split()[-1]]) != r[0])
    if run and attached:
        return []  # labels both ways: whose is whose is not shown
    if run and max(len(r) - 1 for r in rows) >= len(run):
        return []  # a row of as many amounts as there are labels: the labels head its columns (sources down)
    if run:  # the run's labels, as many as the groups (cut where the first source comes again), in order
        lead = _row_label(rows[0][0])
        firsts = [i for i, r in enumerate(rows) if _row_label(r[0]) == lead]
        if len(firsts) != len(run):
            return []
        for i, label in zip(firsts, run, strict=True):
            rows[i][0] = f"{label} {rows[i][0]}"
    n = max(len(r) - 1 for r in rows)
    return regroup_lines(rows, heads[-n:] if len(heads) > n else [], {}, classify_column, _is_amount) or []


def _summary_tables(tables: list[tuple[Table, Table]], mult: int
                    ) -> tuple[list[Table], list[tuple[Table, Table]]]:
    """A section printing a summary table (총괄: a row a source, the total and its split into what is
    secured and not, no period) beside a table of the periods: the summary is no funding table. It
    is set aside (returned first, to be taken as read) when each of its rows' totals is the total of
    the same source in the periods' table; a summary that does not agree stays in the section."""
    read = [(t, whole, *_table_positions(t, mult)[:2]) for t, whole in tables]

    def periods(columns: list[FundingColumn]) -> bool:
        return any(c["kind"] in _PERIOD_RANK for c in columns)

    main = next(((cols, rows) for _, _, cols, rows in read if rows and periods(cols)), None)
    if main is None:
        return [], tables
    totals = _source_totals(*main)
    aside = [whole for _, whole, cols, rows in read if rows and not periods(cols) and totals
             and _source_totals(cols, rows) == {k: v for k, v in totals.items() if k in _source_totals(cols, rows)}
             and len(_source_totals(cols, rows)) == len(rows)]
    return aside, [(t, whole) for t, whole in tables if all(whole is not a for a in aside)]


def _without_summary_lines(lines: list[Line], mult: int) -> tuple[list[Line], list[Line]]:
    """:func:`_summary_tables` for a table printed as lines: the section's lines cut into runs where
    a line that is no data row follows a data row (a caption or the next table's head); a run whose
    table has no period, every row's total the same source's in the one run that has periods, is
    set aside (returned second)."""
    runs: list[list[Line]] = [[]]
    for ln in lines:
        if runs[-1] and _data_row(ln.full_text) is None and _data_row(runs[-1][-1].full_text) is not None:
            runs.append([])
        runs[-1].append(ln)
    if len(runs) < 2:
        return lines, []
    read = []
    for run in runs:
        grid = grid_from_lines(run)
        read.append(interpret_grid(grid, mult) if grid else ([], []))
    with_periods = [k for k, (cols, rows) in enumerate(read)
                    if _consistent(cols, rows) and any(c["kind"] in _PERIOD_RANK for c in cols)]
    if len(with_periods) != 1:
        return lines, []
    totals = _source_totals(*read[with_periods[0]])
    aside: list[int] = []
    for k, (cols, rows) in enumerate(read):
        own = _source_totals(cols, rows)
        if k != with_periods[0] and rows and own and len(own) == len(rows) and not any(
                c["kind"] in _PERIOD_RANK for c in cols) and all(totals.get(lab) == v for lab, v in own.items()):
            aside.append(k)
    if not aside:
        return lines, []
    return ([ln for k, run in enumerate(runs) if k not in aside for ln in run],
            [ln for k in aside for ln in runs[k]])


def _source_totals(columns: list[FundingColumn], rows: list[FundingRow], mult: int = 0) -> dict[str, Any]:
    """Each row's total-column amount by its label (none when the table has no total column or a row
    has none read). With ``mult``, a row whose cells were nulled against the sums (a summary's split
    need not add up as periods do) gives its printed total, when every cell was kept as printed."""
    kinds = [c["kind"] for c in columns]
    if "total" not in kinds:
        return {}
    ti = kinds.index("total")
    out = {}
    for r in rows:
        v = r["amounts_krw"][ti] if ti < len(r["amounts_krw"]) else None
        raw = r.get("amounts_raw") or []
        if v is None and mult and len(raw) == len(kinds):
            v = parse_amount(raw[ti], mult)
        out[r["label"]] = v
    return {} if None in out.values() else out


def _without_shares(columns: list[FundingColumn], rows: list[FundingRow]) -> tuple[list[FundingColumn], list[FundingRow]]:
    """Columns splitting the total (확보 | 미확보, vocabulary ``[funding_columns] share``) taken out
    with their amounts, wherever a path kept them: they are no period of the table."""
    keep = [k for k, c in enumerate(columns) if c["kind"] != "share"]
    if len(keep) == len(columns):
        return columns, rows
    for r in rows:
        r["amounts_krw"] = [r["amounts_krw"][k] for k in keep if k < len(r["amounts_krw"])]
    return [columns[k] for k in keep], rows


def _fits(values: list[int | float | None], k: int) -> bool:
    """Whether ``values[k]`` is the sum of the others (to a thousandth)."""
    rest = [v for j, v in enumerate(values) if j != k]
    if values[k] is None or None in rest:
        return False
    return abs(sum(rest) - values[k]) <= max(1.0, abs(values[k]) / 1000)  # type: ignore[operator]


def null_against_sums(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """A total column the layout placed where no row sums to it while another column is each
    row's sum: the dump printed the total column's label away from its cells (a header cell
    spanning two lines printed first), so which cell is which cannot be told from the layout.
    Every cell is nulled (its printed value kept in ``amounts_raw``) rather than shifted; True
    when it was. Rows of nothing but zeros say nothing either way."""
    kinds = [c["kind"] for c in columns]
    if kinds.count("total") != 1 or len(kinds) < 3:
        return False
    ti = kinds.index("total")
    telling = [r["amounts_krw"] for r in rows if len(r["amounts_krw"]) == len(kinds) and any(r["amounts_krw"])
               and None not in r["amounts_krw"]]  # a row with a cell not read tells nothing either way
    if not telling or any(_fits(v, ti) for v in telling):
        return False
    if not any(all(_fits(v, k) for v in telling) for k in range(len(kinds)) if k != ti):
        return False
    for r in rows:
        if "amounts_raw" not in r:
            r["amounts_raw"] = ["-" if v == 0 else f"{v / mult:,.15g}" for v in r["amounts_krw"] if v is not None]
        r["amounts_krw"] = [None] * len(kinds)
    return True


def null_across_columns(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """A table read from a stream of cells, amounts dealt to the columns by count, whose every row
    is whole and sums to its total cell but whose total row is not the sum of the source rows in
    some column: a converter printed a cell of a row out of its place (``pdftotext`` printing a cell
    under an empty one of the row above after the row's others), which the row's own sum cannot
    show. No cell can be trusted to its column: every cell is nulled, its printed value kept in
    ``amounts_raw``; True when it was."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    totals = [r for r in rows if r["source"] == "total"]
    parts = [r for r in rows if r["source"] != "total"]
    if kinds.count("total") != 1 or len(totals) != 1 or len(parts) < 2 or any(
            len(r["amounts_krw"]) != n or None in r["amounts_krw"] for r in rows):
        return False
    ti = kinds.index("total")
    if not all(_fits(r["amounts_krw"], ti) for r in rows):  # type: ignore[arg-type]
        return False
    if all(_fits([totals[0]["amounts_krw"][j], *(p["amounts_krw"][j] for p in parts)], 0) for j in range(n)):
        return False
    for r in rows:
        if "amounts_raw" not in r:
            r["amounts_raw"] = ["-" if v == 0 else f"{v / mult:,.15g}" for v in r["amounts_krw"] if v is not None]
        r["amounts_krw"] = [None] * n
    return True


def null_unproven(columns: list[FundingColumn], rows: list[FundingRow], mult: int,
                  short: set[str] = frozenset(), *, every: bool = True) -> bool:  # type: ignore[assignment]
    """Rows re-read from a table's rows printed as lines (the cells of a table that stood under no
    column, empty cells dropped in the printing, so a figure may have moved a column): a row keeps
    its figures only where the sums prove their places, its cells summing to its one total column,
    or every column's cells summing to the total row's; any other row's cells are nulled (printed
    values kept in ``amounts_raw``); True when one was. A row labelled in ``short`` printed fewer
    cells than the head names: a blank cell is a zero, which its own total fits wherever it stood,
    so only the columns' sums prove its cells. With ``every`` False only the rows in ``short`` are
    held to the proof (a row printing every cell the head names stands as printed)."""
    kinds = [c["kind"] for c in columns]
    n = len(kinds)
    whole = [r["amounts_krw"] for r in rows if len(r["amounts_krw"]) == n and None not in r["amounts_krw"]]
    totals = [r["amounts_krw"] for r in rows if r["source"] == "total"]
    parts = [v for r in rows if r["source"] != "total" for v in [r["amounts_krw"]]]
    by_columns = len(totals) == 1 and len(parts) >= 2 and len(whole) == len(rows) and all(
        _fits([totals[0][j], *(p[j] for p in parts)], 0) for j in range(n))
    ti = kinds.index("total") if kinds.count("total") == 1 else None
    nulled = False
    for r in rows:
        v = r["amounts_krw"]
        own = ti is not None and len(v) == n and _fits(v, ti) and r["label"] not in short
        if by_columns or all(x is None for x in v) or own or (not every and r["label"] not in short):
            continue
        if "amounts_raw" not in r:
            r["amounts_raw"] = ["-" if x == 0 else f"{x / mult:,.15g}" for x in v if x is not None]
        r["amounts_krw"] = [None] * n
        nulled = True
    return nulled


def _short_rows(grid: list[list[str]]) -> set[str]:
    """The labels of a grid's source rows (read from printed lines) holding fewer cells than its head
    row names columns: a cell printed blank was dropped with its place."""
    if len(grid) < 2:
        return set()
    named = sum(1 for c in grid[0][1:] if c.strip())  # the columns the head names, its corner left out
    return {label for row in grid[1:] if (label := source_label(row[:1])) is not None and 1 < len(row) < 1 + named}


def null_out_of_order(columns: list[FundingColumn], rows: list[FundingRow], mult: int) -> bool:
    """Period columns out of time order (``2022`` before ``기투자``: a header label printed a line
    lower than the others, its place read from the wrong line): no label can be trusted to its
    cells, so every cell is nulled, its printed value kept in ``amounts_raw``; True when it was."""
    if periods_in_order(columns):
        return False
    for r in rows:
        if "amounts_raw" not in r and any(v is not None for v in r["amounts_krw"]):
            r["amounts_raw"] = ["-" if v == 0 else f"{v / mult:,.15g}" for v in r["amounts_krw"] if v is not None]
        r["amounts_krw"] = [None] * len(columns)
    return True


def is_data_row(text: str) -> bool:
    """A line holding a funding source label and its amounts (``국 비 236 0 75``)."""
    return _data_row(text) is not None


def run_together_row(text: str) -> list[str] | None:
    """The source labels of a line printing two or more rows' labels run together before their
    amounts (``시비 구비 866,260,684 ...``), else None."""
    printed = _printed_row(text)
    return run_labels(printed[0]) if printed else None


def _null_unplaceable_rows(grid: list[list[str]], columns: list[dict[str, Any]], rows: list[dict[str, Any]],
                           lines: list[Line]) -> list[Line]:
    """Rows of a table recovered from text lines whose printed cells are fewer or more than the
    columns cannot be placed without guessing (a dump drops empty cells): their cells are null, and
    their lines are returned to be kept as text (``unparsed``). Rows not matched one to one with
    the lines' rows (a transposed table): every cell is null and every data line kept."""
    data = grid[1:]
    matched = len(data) == len(rows) and all(r["label"] == d[0] for r, d in zip(rows, data, strict=True))
    bad = {r["label"] for r, d in zip(rows, data, strict=False) if len(d) - 1 != len(columns)} if matched \
        else {r["label"] for r in rows}
    for r in rows:
        if r["label"] in bad:
            r["amounts_krw"] = [None] * len(columns)
            r.pop("amounts_raw", None)
    return [ln for ln in lines if (row := _data_row(ln.full_text)) is not None and row[0] in bad]
