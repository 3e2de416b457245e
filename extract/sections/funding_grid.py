"""Interpreting a funding grid of strings (header rows over rows of a label and amounts) as columns
and rows, with each read cell's position in the grid."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.sections.funding_blocks import lone_total, unproven_blocks, whole_block
from pledgecard.extract.sections.funding_cells import (
    is_amount_cell,
    label_width,
    squashed_cell,
    unspaced,
    with_raw,
)
from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column, year_after_heading
from pledgecard.extract.sections.funding_group_heads import group_head_grid
from pledgecard.extract.sections.funding_one_period import one_period_proven
from pledgecard.extract.sections.funding_pairs import pair_kind
from pledgecard.extract.sections.funding_periods import regroup_table
from pledgecard.extract.sections.funding_project_runs import cut_group_rows, in_run
from pledgecard.extract.sections.funding_source_labels import source_label, subtotal_words
from pledgecard.extract.sections.funding_span_rows import blank_beside_spans, placed_span_rows
from pledgecard.extract.sections.funding_spread import spread_cell
from pledgecard.extract.sections.funding_stream_proof import decimal_proven, scaled_rows
from pledgecard.extract.sections.funding_subrows import fold_group_rows, fold_sub_rows, sub_row_label
from pledgecard.extract.sections.funding_total_shape import total_below_part
from pledgecard.extract.sections.funding_year_cells import years_among_amounts
from pledgecard.extract.sections.funding_year_heads import years_head
from pledgecard.extract.vocabulary import key
from pledgecard.normalize.money import funding_source, parse_amount
from pledgecard.normalize.money_grouping import point_for_comma
from pledgecard.record import FundingColumn, FundingRow


def interpret_grid(grid: list[list[str]], multiplier: int) -> tuple[list[FundingColumn], list[FundingRow]]:
    """Columns and rows of a funding grid whose leading column(s) hold the row labels; a grid
    printed the other way round (years down, 국비/지방비 across) is read transposed."""
    columns, rows, _ = grid_positions(grid, multiplier)
    return columns, rows


Position = tuple[int, int]  # (row, column) in the printed grid


def grid_positions(
    grid: list[list[str]], multiplier: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[Position, list[Position]]]]:
    """:func:`interpret_grid` plus where each record row was printed: per row, the grid position
    of its label and of each amount (one per column), in the printed (not transposed) grid."""
    grid = group_head_grid(grid) or grid  # 지방비 over 소계 | 도비 | 군비 set apart by a dump: one head row
    regrouped = regroup_table(grid, classify_column, is_amount_cell)
    if regrouped is not None:  # the periods as row groups, the sources under each (funding_periods)
        usual, origin = regrouped
        at: list[tuple[Position, list[Position]]] = []
        columns, rows = _interpret(usual, multiplier, at)
        if total_below_part(columns, rows, usual):
            return [], [], []
        return columns, rows, [(origin[lab], [origin[c] for c in cells]) for lab, cells in at]
    transposed = False
    kept = list(range(len(grid)))  # the printed row of every row of the grid read
    for cand, rows_at in (_one_source_head(grid), (grid, kept)):
        if not cand:
            continue
        if sources_across(cand):
            width = max(len(r) for r in cand)
            grid, kept = [[r[j] if j < len(r) else "" for r in cand] for j in range(width)], rows_at
            transposed = True
            break
    where: list[tuple[Position, list[Position]]] = []
    columns, rows = _interpret(grid, multiplier, where)
    if total_below_part(columns, rows, grid):
        return [], [], []  # a total below one of its row's periods: the figures a column off (no total)
    if transposed:
        where = [((kept[lc], lr), [(kept[c], r) for r, c in cells]) for (lr, lc), cells in where]
    return columns, rows, where


def sources_across(grid: list[list[str]]) -> bool:
    """A transposed funding table: sources across its head row (국비 | 도비 | 시비) and periods down its rows'
    labels (2024년, 기투자 ...), two of each; one source is enough when no row is labelled by a source; one period row
    where the sums prove it (:func:`~pledgecard.extract.sections.funding_one_period.one_period_proven`)."""
    if not grid:
        return False
    sources = sum(1 for c in grid[0][1:] if funding_source(unspaced(c)) not in (None, "total"))
    periods = sum(1 for r in grid[1:] if r and classify_column(r[0])["kind"] in PERIOD_KINDS)
    row_sources = sum(1 for r in grid[1:] if r and funding_source(unspaced(r[0])) not in (None, "total"))
    return periods >= 2 and (sources >= 2 or (sources == 1 and row_sources == 0)) or one_period_proven(grid)


def _one_source_head(grid: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """A table with the periods down whose head is two rows, a spanning heading (재원) over the
    source labels (국비 | 시비 | 구비 | 기타), the label column's head and the total's spanning both:
    the grid with one head row (the body from the first period's row, or the total row printed above
    them), the sources' (a column the sources' row leaves empty takes the head
    cell above it), and the printed row of each row kept. ``([], [])`` when the head is one row or
    no lower head row names more sources than the first."""

    def body(row: list[str]) -> bool:  # a period's row, or the total row over them (합계 first)
        kind = classify_column(row[0])["kind"] if row else "other"
        return (
            kind in PERIOD_KINDS or kind == "total" and any(c.strip() and is_amount_cell(c) for c in row[1:])
        )

    first = next((i for i, r in enumerate(grid) if body(r)), 0)

    def n_sources(row: list[str]) -> int:
        return sum(1 for c in row[1:] if funding_source(unspaced(c)) not in (None, "total"))

    def kinds(
        row: list[str],
    ) -> int:  # the sources a head row names, a spanning cell (지방비 over three) once
        return len({k for c in row[1:] if (k := funding_source(unspaced(c))) not in (None, "total")})

    if first < 2 or n_sources(grid[0]) >= 2:
        return [], []
    # the row naming the most sources, a group's span over its members counted once (mutant 3201: a title row
    # over 구분 | 국비 | 지방비 (spanning 소계 | 도비 | 군비) | 민자 took the span's row for the sources' own)
    h = max(range(1, first), key=lambda i: kinds(grid[i]))
    if n_sources(grid[h]) < 2:
        return [], []
    width = max(len(r) for r in grid[:first])
    head = []
    for j in range(width):
        above = [r[j] for r in grid[: h + 1] if j < len(r) and r[j].strip()]
        head.append(grid[h][j] if j < len(grid[h]) and grid[h][j].strip() else (above[-1] if above else ""))
    return [head, *grid[first:]], [h, *range(first, len(grid))]


def _interpret(
    grid: list[list[str]], multiplier: int, where: list[tuple[Position, list[Position]]] | None = None
) -> tuple[list[FundingColumn], list[FundingRow]]:
    grid = _without_note_columns(grid)
    grid = placed_span_rows(grid)  # rows a merged amount left short: widened where the sums prove its span
    grid = blank_beside_spans(grid)  # an amount merged over two columns set under one of them: no period's
    # a group cell a page break cut (funding_project_runs): its blank row left out, the rows under it its group's
    whole = cut_group_rows(grid)
    if whole is not None:
        inner: list[tuple[Position, list[Position]]] = []
        columns, rows = _interpret(whole[0], multiplier, inner)
        if where is not None:  # the places in the grid as printed
            origin = whole[1]
            where += [((origin[r], c), [(origin[i], j) for i, j in cells]) for (r, c), cells in inner]
        return columns, rows
    data = [
        i
        for i, row in enumerate(grid)
        if 0 < label_width(row) < len(row)
        and source_label(
            row[: label_width(row)]
            if in_run(grid, i)  # a group cell's run of rows (funding_project_runs)
            else row[:1]
            if row[0].strip() or i == 0 or not _grouped(grid, i)
            else row[: label_width(row)]
        )
        is not None
        and all(is_amount_cell(c) or spread_cell(c) for c in row[label_width(row) :] if c.strip())
        and not years_head(row, label_width(row))
    ]  # (the years of a transposed table's head: no amounts)
    if not data:
        return [], []
    first_data = data[0]
    width = min(label_width(grid[i]) for i in data)
    if any(
        classify_column(c)["kind"] in ("year", "prior", "after_term")
        for row in grid[:first_data]
        for c in row[:width]
        if c.strip()
    ):
        return [], []  # a period over the row labels: cells placed left to right, not under their columns
    # year heads printed among the rows (funding_year_cells): no cell an amount proven, the rows kept as printed
    years_amid = years_among_amounts(grid[:first_data], [row[width:] for row in grid[first_data:]])
    n_cols = max(len(r) for r in grid)
    columns: list[dict[str, Any]] = []
    col_idx: list[int] = []
    shares: list[int] = []
    heads = [i for i in range(first_data - 1, -1, -1) if not _amounts_row(grid[i], width)]
    for j in range(width, n_cols):
        label = ""
        for i in heads:
            cell = year_after_heading(grid[i][j] if j < len(grid[i]) else "")
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
    overflow = False  # a row printing amounts under no column label, unplaced
    row_cells: list[list[str]] = []  # per record row: the cells it prints under the columns
    parts: list[bool] = []  # per record row: its label printed in brackets, a part of the row above
    for i in data:
        row = grid[i]
        label = source_label(row[:width])
        if label is None:
            continue
        if width >= 2 and any(pair_kind(c) == "second" for c in row[1:width]):
            # a source's second figure a row of its own (당초: the plan superseded by the 변경 row; 확보,
            # 집행), named in a label column after the source's: no plan of the source (the class of
            # card fixed: mutant 3976 layout, 국비's 변경 row cut away by a page break, its 당초 row
            # read as 국비's plan)
            continue
        group, own = unspaced(row[0]), unspaced(row[width - 1])
        spans.append((group if width >= 2 and group != own else None, own))
        parts.append(sub_row_label(row[width - 1]) is not None)
        cells = [row[j] if j < len(row) else "" for j in col_idx]
        amounts = [
            parse_amount(squashed_cell(c), multiplier) if c.strip() and not spread_cell(c) else None
            for c in cells
        ]  # (an amount over several periods: no period's)
        if any(j < len(row) and row[j].strip() for j in unlabelled):
            # an amount under no column label: which cell is which period is not shown, unless the
            # row prints one amount for each column and, so placed, its total column is the sum
            # of its other cells (a cell left blank would break the sum)
            printed = [c for c in row[width:] if c.strip()]
            placed = [parse_amount(squashed_cell(c), multiplier) for c in printed]
            kinds = [c["kind"] for c in columns]
            if (
                len(placed) == len(col_idx)
                and kinds.count("total") == 1
                and sums_fit(placed, kinds.index("total"))
            ):
                cells, amounts = printed, placed
            else:
                amounts = [None] * len(cells)
                cells = printed
                overflow = True
        rows.append(
            with_raw({"label": label, "source": funding_source(label), "amounts_krw": amounts}, cells)
        )
        row_cells.append(cells)
        if where is not None:  # the row's own label cell (beside a group cell spanning its rows: not that)
            where.append(((i, width - 1), [(i, j) for j in col_idx]))
    _points_misread(rows, row_cells, [c["kind"] for c in columns], multiplier)
    if overflow and len(col_idx) == 1:
        # one period labelled over rows printing more amounts (a dump printed the head's other cells among the
        # rows: 구분 | 2023 over 총계 6,766 2024 2025 3,820 …): the head is a piece of the table's, and a row
        # printing one amount fits it by its count only, not by its place: no row is placed
        for row, cells in zip(rows, row_cells, strict=True):
            if any(v is not None for v in row["amounts_krw"]):
                row["amounts_raw"] = row.get("amounts_raw") or list(cells)
                row["amounts_krw"] = [None] * len(row["amounts_krw"])
    keep = _fold_subtotals(rows, spans) & fold_sub_rows(rows, parts) & fold_group_rows(rows)
    kept = sorted(keep)
    whole = whole_block([rows[k] for k in kept])  # blocks by sub-project: the whole's rows (funding_blocks)
    lone = lone_total(rows) if whole is None else None  # (its blocks' subtotals, unfolded, its proof)
    if lone is not None:  # the whole a total row alone after the blocks: its columns the sums prove
        keep = set(lone[0])
        for j in lone[1]:
            rows[lone[0][0]]["amounts_krw"][j] = None
    elif whole is not None:
        keep = {kept[i] for i in whole}
    elif unproven_blocks([rows[k] for k in kept]):  # which block is the whole's is not shown: none read
        for k in kept:
            rows[k]["amounts_krw"] = [None] * len(rows[k]["amounts_krw"])
    if where is not None:
        where[-len(rows) :] = [w for k, w in enumerate(where[-len(rows) :]) if k in keep] if rows else []
    out = [r for k, r in enumerate(rows) if k in keep]
    if len(out) == 1 and out[0]["source"] == "total" and lone is None and not years_amid:
        _total_by_subtotals(grid, data, width, col_idx, multiplier, out[0])
    if years_amid:
        for r in out:
            r["amounts_krw"] = [None] * len(r["amounts_krw"])
    return columns, out


def _points_misread(
    rows: list[dict[str, Any]], row_cells: list[list[str]], kinds: list[str], mult: int
) -> None:
    """Cells grouped by a point where the table's others group by commas (``money_grouping.point_for_comma``: a
    scan's OCR read ``3,800`` as ``3.800``, 3.8 백만원) read null, their printed text kept (dallae-city 101 printed
    2-up and scanned: three figures a thousand times too small), unless a sum the table prints proves the figure
    as printed, a decimal (``시비 9.375 백만원``): see :func:`funding_stream_proof.decimal_proven` (session 39)."""
    flat = [(i, k, squashed_cell(c)) for i, cells in enumerate(row_cells) for k, c in enumerate(cells)]
    pointed = {flat[n][:2] for n in point_for_comma([c for _, _, c in flat])}
    pointed = {
        (i, k)
        for i, k in pointed
        if k < len(rows[i]["amounts_krw"]) and rows[i]["amounts_krw"][k] is not None
    }
    rejected: set[tuple[int, int]] = set()
    while True:  # a cell rejected is no part of any other's proof: judge again until none is
        kept = pointed - rejected
        decimal = scaled_rows(rows, {}, rejected)
        comma = scaled_rows(rows, {c: 1000 for c in kept}, rejected)
        newly = {c for c in kept if not decimal_proven(decimal, comma, *c, kinds, mult)}
        if not newly:
            break
        rejected |= newly
    for i, k in sorted(rejected):
        rows[i]["amounts_krw"][k] = None
        with_raw(rows[i], row_cells[i])


def _total_by_subtotals(
    grid: list[list[str]],
    data: list[int],
    width: int,
    col_idx: list[int],
    multiplier: int,
    total: dict[str, Any],
) -> None:
    """A total row read alone under subtotal rows no source label opens (a sub-project's name before its
    소계, the rows not read): its columns the subtotals' sums prove (two subtotals at least), the others
    null (an amount merged over two periods printed under one of them)."""
    words = subtotal_words()
    subs = [
        i
        for i in range(len(grid))
        if i not in data and any(unspaced(c) in words for c in grid[i][: width + 1])
    ]
    if len(subs) < 2:
        return

    def amount(i: int, j: int) -> int | None:
        c = grid[i][j] if j < len(grid[i]) else ""
        return parse_amount(squashed_cell(c), multiplier) if c.strip() and not spread_cell(c) else None

    values = [[amount(i, j) for j in col_idx] for i in subs]
    for k, v in enumerate(total["amounts_krw"]):
        parts = [row[k] for row in values]
        if v is not None and (None in parts or sum(p for p in parts if p is not None) != v):
            total["amounts_krw"][k] = None


def _amounts_row(row: list[str], width: int) -> bool:
    """A body row above the first row labelled by a source (a sub-project's rows, its name before
    the source): two or more amounts after the label columns, one at least no period's label (an
    ungrouped ``2079`` beside ``539`` is an amount, never a year heading the column)."""
    cells = [c for c in row[width:] if c.strip()]
    return (
        len(cells) >= 2
        and all(is_amount_cell(c) for c in cells)
        and any(classify_column(c)["kind"] == "other" for c in cells)
    )


def _fold_subtotals(rows: list[dict[str, Any]], spans: list[tuple[str | None, str]]) -> set[int]:
    """The rows to keep where a source cell spans a run of rows closed by a subtotal row (국비 over
    국고보조금 / 특별교부세 / 소계; 지방비 over 도비 / 시비 / 소계, or 소계 / 도비 / 시비: the subtotal closing the
    run or opening it), so that no figure is counted twice:
    rows naming sources of their own (도비, 시비) are kept and their subtotal dropped; rows naming
    no source of their own (국고보조금) are parts of the spanning source, whose figures are the
    subtotal row's, read as that source's row. A subtotal row's label alone names no source."""
    sub_words = subtotal_words()
    spans = centred_groups(spans, sub_words)
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
        if (
            len(subs) == 1
            and (subs[0] == end - 1 or subs[0] == k and end - k > 2)
            and src not in (None, "total")
        ):
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
    return any(
        0 <= j < len(grid)
        and len(grid[j]) > 2
        and grid[j][0].strip()
        and grid[j][1].strip()
        and _group_cell(grid[j][0], grid[j][1])
        and not is_amount_cell(grid[j][1])
        for j in (i - 1, i + 1)
    )


def _group_cell(group: str, own: str) -> bool:
    """A first cell over the rows it spans: a source's (국비 over 국고보조금 / 특별교부세), or the
    whole's over the sources (합계 centred over 계 / 국비 / 시비: the row beside it names a source)."""
    kind = funding_source(unspaced(group))
    return kind is not None and (kind != "total" or funding_source(unspaced(own)) not in (None, "total"))


def centred_groups(spans: list[tuple[str | None, str]], sub_words: set[str]) -> list[tuple[str | None, str]]:
    """Group cells a layout dump printed on one row of the run they span, centred (``국비`` on the
    line of ``특별교부세``, between ``국고보조금`` and ``소계``): the rows below it with no group cell,
    down to the subtotal row closing the run, are under it too. Only where a subtotal row closes
    the run so."""
    out = list(spans)
    for k, (group, _) in enumerate(spans):
        if not group:
            continue
        end = next(
            (j for j in range(k + 1, len(spans)) if spans[j][0] or key(spans[j][1]) in sub_words), None
        )
        if end is not None and not spans[end][0] and key(spans[end][1]) in sub_words:
            out[k + 1 : end + 1] = [(group, own) for _, own in spans[k + 1 : end + 1]]
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
    grid = [
        ["" for _ in row]
        if row
        and source_label(row[:1]) is None
        and row[0].strip()
        and classify_column(row[0])["kind"] == "note"
        else row
        for row in grid
    ]
    notes = {
        j
        for row in grid
        if source_label(row[:1]) is None
        for j, c in enumerate(row)
        if c.strip() and classify_column(c)["kind"] == "note"
    }
    if not notes:
        return grid
    return [["" if j in notes else c for j, c in enumerate(row)] for row in grid]
