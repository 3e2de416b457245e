"""Reading a funding table's head: the column labels of a flattened (possibly multi-line) header in
column order, the cut between stacked head rows, and the choice among orders by signs or by sums."""

from __future__ import annotations

import itertools

from pledgecard.extract.search_budget import SearchGivenUp
from pledgecard.extract.sections.funding_cells import squashed_cell
from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_column_heads import (
    PERIOD_KINDS,
    classify_column,
    col_token,
    corner_lines,
    gubun_pattern,
    is_group,
    is_in_term,
    periods_in_order,
)
from pledgecard.extract.sections.funding_spaced import groupings
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import parse_amount

Header = list[
    tuple[str, str]
]  # ("gubun" | "group" | "col" | "line", text) in reading order ("line": a new line)


def _gap(text: str, out: Header) -> None:
    """The markers in header text between two column labels, in printed order: 구분 and spanning
    headings."""
    out.extend((kind, "") for kind, _ in gap_at(text))


def gap_at(text: str) -> list[tuple[str, int]]:
    """The markers of :func:`_gap` with where each starts in ``text``."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in [*current().build(gubun_pattern).finditer(text), None]:
        part = text[pos : m.start() if m is not None else len(text)]
        if is_group(part):
            out.append(("group", pos + len(part) - len(part.lstrip())))
        if m is not None:
            out.append(("gubun", m.start()))
            pos = m.end()
    return out


SPACED_READINGS = 64  # the most groupings of a row whose thousands a space groups tried under one order
_DERIVED = ("share", "change")  # column kinds derived from the periods (구성비, 증감): no period, no total


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
    after_last: list[str] = []  # the derived labels printed after a total placed last, none between
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
            seen_period = seen_period or kinds[k] in PERIOD_KINDS
            middle.append(t)
            if last and kinds[k] in _DERIVED:
                after_last.append(t)  # (a share printed after the last total: its column after it)
            else:
                after_last.clear()
        k += 1
    if after_last:  # 합계 비율(%) closing the head: the share's column stays after the total's
        return first + middle[: len(middle) - len(after_last)] + last + after_last, certain
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
    cut = next(
        (
            k
            for k, r in enumerate(rows)
            if any(kind == "col" and classify_column(t)["kind"] in ("prior", "year") for kind, t in r)
        ),
        None,
    )
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
    put in is never negative), the cells telling at all (a negative figure, rows at least as long as the orders);
    None otherwise (:func:`order_by_sums` for a table with no sums). A row printing more tokens than the order's
    cells (thousands a space groups: ``1 247 1 138 477 - 43.6 △109``) places a negative token under one of the cells
    its place allows (as many cells before it as tokens at most, as many after it as tokens at most: the last
    token the last cell's), and some such cell must be derived (session 35, txtmoney2: mutant 4307 txt, a head
    ``구 분 연도별 투자계획`` / ``❪백만원❫ 확보율 (%) 증감`` / years whose derived heads, printed on the head's middle
    line, may stand before or after the years)."""
    n = len(orders[0]) if orders else 0
    rows = [row for row in cells if len(row) >= n] if orders else []
    negative = {
        (len(row), k)
        for row in rows
        for k, c in enumerate(row)
        if (v := parse_amount(squashed_cell(c), 1000)) is not None and v < 0
    }
    if not negative or len(rows) != len(cells):
        return None

    def derived_there(order: list[str], m: int, k: int) -> bool:
        return any(
            classify_column(order[j])["kind"] == "share" for j in range(max(0, n - m + k), min(k, n - 1) + 1)
        )

    fitting = [order for order in orders if all(derived_there(order, m, k) for m, k in negative)]
    return fitting[0] if len(fitting) == 1 else None


def order_by_sums(orders: list[list[str]], cells: list[list[str]]) -> list[str] | None:
    """The one of ``orders`` (column labels, one per cell of each row of ``cells``) under which the
    most rows have their one total cell the sum of their period cells (기투자, years, 임기 후), more
    rows so adding up than not; a row tells when its cells all read and two or more of its periods are
    not zero; a row printing more tokens than the order's cells (thousands a space groups) fits when one
    grouping of them does. None when no order or more than one is so proven (a typo in one row of several does not
    unplace the table: the validator then flags that row and column)."""
    proven: list[tuple[int, list[str]]] = []
    for order in orders:
        kinds = [classify_column(t)["kind"] for t in order]
        if kinds.count("total") != 1:
            continue
        ti = kinds.index("total")
        periods = [k for k, kd in enumerate(kinds) if kd in PERIOD_KINDS]
        fits = misfits = 0
        extra = next((j for j, kd in enumerate(reversed(kinds)) if kd == "total" or kd in PERIOD_KINDS), 0)
        for row in cells:
            told = fit = False
            for cand in _readings(row, len(order), extra):
                values = [parse_amount(squashed_cell(c), 1000) for c in cand]  # decimals kept (억원 19.90)
                if any(values[k] is None for k in [ti, *periods]):
                    continue
                if sum(1 for k in periods if values[k]) < 2:
                    continue
                told = True
                if sums_fit([values[ti], *(values[k] for k in periods)], 0):
                    fit = True
                    break
            if told:
                fits, misfits = fits + fit, misfits + (not fit)
        if fits > misfits:
            proven.append((fits, order))
    best = [order for fits, order in proven if fits == max(f for f, _ in proven)]
    return best[0] if len(best) == 1 else None


def _readings(row: list[str], n: int, extra: int) -> list[list[str]]:
    """A row's cells under ``n`` columns: as printed where it prints ``n``; where it prints more tokens,
    every grouping of thousands a space groups (``31 143 4 899 ...``; the last ``extra`` cells derived
    figures, :func:`funding_spaced.groupings`), a few at most; none for a row of fewer cells (a note, a row
    run together: it tells nothing)."""
    if len(row) == n:
        return [row]
    if len(row) < n:
        return []
    try:
        return list(itertools.islice(groupings(row, n, extra), SPACED_READINGS))
    except SearchGivenUp:
        return []  # (the groupings' search past its budget before a few were found: the row tells nothing)


def _head_rows(header: Header) -> list[Header]:
    """A flattened header's lines (a title line over the table dropped)."""
    rows: list[Header] = [[]]
    for kind, t in header:
        if kind == "line":
            rows.append([])
        else:
            rows[-1].append((kind, t))
    rows = [r for r in rows if r]
    while (
        len(rows) > 1
        and {kind for kind, _ in rows[0]} == {"group"}
        and any(kind == "gubun" for r in rows[1:] for kind, _ in r)
    ):
        rows = rows[1:]  # a title line over the table (``소요예산``) a dump printed as its first line
    return rows


def _order_at(rows: list[Header], cut: int, *, beside: bool) -> list[str] | None:
    """The column labels of a head whose first level is its lines before ``cut`` (holding 구분 before
    the spanning heading, or several lines, a cell a line, of a head printing no 구분 at all): the first
    level's labels before the heading, the other lines' labels
    (the heading's columns), then the first level's labels after the heading; None when the lines
    are no such head. ``beside``: a label must stand after the heading on its first level."""
    if cut > 1:
        rows = [[x for r in rows[:cut] for x in r], *rows[cut:]]
    if len(rows) < 2:
        return None
    top = [kind for kind, _ in rows[0]]
    # the corner cell (구분) printed blank, a cell a line: told only where one spanning heading stands in the first
    # level and a label closes it after the heading (확보율 after 연도별 투자계획); a first level of other words read
    # as a heading too (세부사업 재원 | 총사업비 | 연도별 투자계획: a sub-project column) is no such head
    cornerless = (
        not any(kind == "gubun" for r in rows for kind, _ in r)
        and top.count("group") == 1
        and "col" in top[top.index("group") :]
    )
    if (
        "group" not in top
        or ("gubun" not in top[: top.index("group")] and not (cornerless and cut > 1))
        or beside
        and "col" not in top[top.index("group") :]
    ):
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
    col = current().build(col_token)
    out: list[str] = []
    for ln in lines:
        if out and out[-1].split() and ln.split():
            a, b = out[-1].split()[-1], ln.split()[0]
            if col.fullmatch(a + b) and not col.fullmatch(a) and not col.fullmatch(b):
                out[-1] = out[-1] + ln.lstrip()
                continue
        # a label's head opening a line above, a line of other labels between (``총사업`` / ``구분
        # 비고`` / ``비 2023년 ...``): the tail opening this line joins it
        head = (
            next((k for k in range(len(out) - 2, -1, -1) if out[k].split()), None) if len(out) >= 2 else None
        )
        if head is not None and ln.split():
            a, b = out[head].split()[0], ln.split()[0]
            if col.fullmatch(a + b) and not col.fullmatch(a) and not col.fullmatch(b) and not is_group(b):
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
    for ln in _rejoin_labels(corner_lines(lines)):
        if header:
            header.append(("line", ""))
        pos = 0
        for m in current().build(col_token).finditer(ln):
            _gap(ln[pos : m.start()], header)
            header.append(("col", m.group(0)))
            pos = m.end()
        _gap(ln[pos:], header)
    return _term_spans(header)


def _term_spans(header: Header) -> Header:
    """A head naming the term's years as one column (임기내) is a column unless year columns are printed on a
    later head line: there it is their spanning heading (임기 내 over 2024 | 2025 | 2026). Beside the years on
    its own line (``총사업비 2023 2024 2025 임기내 임기후``) it is a column of its own."""
    lines = [0]
    for kind, _ in header:
        lines.append(lines[-1] + (kind == "line"))
    year_lines = [
        ln
        for (kind, t), ln in zip(header, lines, strict=False)
        if kind == "col" and classify_column(t)["kind"] == "year"
    ]
    if not year_lines:
        return header
    return [
        ("group", "") if kind == "col" and is_in_term(t) and max(year_lines) > ln else (kind, t)
        for (kind, t), ln in zip(header, lines, strict=False)
    ]


def lined_header(entries: list[tuple[str, str, int]], text: str) -> Header:
    """Head entries of a stream (kind, label, where it stands in ``text``) with a new line marked
    between two printed on different lines: a head printed a cell a line keeps its lines."""
    out: Header = []
    for k, (kind, t, p) in enumerate(entries):
        if k and "\n" in text[entries[k - 1][2] : p]:
            out.append(("line", ""))
        out.append((kind if kind in ("group", "gubun") else "col", t))
    return out
