"""Orientation: a funding table printed turned (the periods down as rows, the sources across as
columns) read from a dump's lines back into the usual grid, by its labels or by the budget."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell, squashed_cell, unspaced
from pledgecard.extract.sections.funding_change_rows import change_rows
from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_column_heads import classify_column, gubun_pattern, is_group
from pledgecard.extract.sections.funding_group_blanks import blank_period_rows
from pledgecard.extract.sections.funding_group_heads import group_spanned, joined_group_head
from pledgecard.extract.sections.funding_group_subtotals import subtotal_columns, without_columns
from pledgecard.extract.sections.funding_proof import Budget
from pledgecard.extract.sections.funding_rows import (
    derived_tails,
    note_tail,
    note_words,
    shares_piece,
    shares_text,
    without_row_note,
)
from pledgecard.extract.sections.funding_source_labels import source_labels
from pledgecard.extract.sections.funding_spaced import regroup_period_rows, with_blanks
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import find_unit, funding_source, parse_amount, unit_multiplier
from pledgecard.normalize.text import DASHES


def transposed_grid_from_lines(
    lines: list[Line], budget: Budget | None = None, mult: int = 1
) -> list[list[str]]:
    """A funding table a dump printed the other way round, one line per period: a header line of
    source labels (``구분 계 국비 도비``, the corner cell any word), then lines that start with a period label (총계, a year,
    기투자, 임기이후) followed by exactly one amount per source (the header line printed again at
    a page top is skipped). Empty unless every line after the header is such a row (a line that
    fits neither leaves the table to the other readers). A last column of notes or derived figures
    is taken off where the rows' sums prove the amounts, or (``budget``: the overview's shares, in
    KRW; ``mult``: the table's unit) each source column totals its share of the overview's budget."""
    gubun = current().build(gubun_pattern)
    joined = joined_group_head(
        lines
    )  # 지방비 over 소계 | 도비 | 군비 printed as one run of words before the rows
    if joined is not None and (
        grid := _group_grid(lines[joined[0] :], joined[1], [], budget=budget, mult=mult)
    ):
        return grid
    stacked = _stacked_labels(lines)
    for h, ln in enumerate(lines):
        toks = gubun.sub(" ", ln.full_text).split()
        labels = source_labels(toks)
        if labels is None and len(toks) >= 3 and not is_amount_cell(toks[0]):
            labels = source_labels(toks[1:])  # a corner cell the vocabulary does not know (연도)
        if labels is None and len(toks) >= 4:
            labels = _without_span_word(toks)
        tail = note_tail(toks)
        note = labels is None and len(toks) >= 3 and tail > 0
        if note:  # a last column of word notes (비고): its words after each row's amounts
            labels = source_labels(toks[:-tail]) or source_labels(toks[1:-tail])
        elif labels and h and note_words(lines[h - 1].full_text.split()):
            note = True  # the sources under a spanning head (재원별), the notes' head beside it on the line above
        if labels is None and (told := _shares_told(toks, lines[h + 1 : h + 2])) is not None:
            labels, note = told, True  # a last column telling each period's shares as text (재원 분담)
        derived = 0
        for k in derived_tails(toks) if labels is None else ():
            # a last column derived from the periods (전년대비 증감): one figure a row after the amounts
            labels = source_labels(toks[:-k]) or source_labels(toks[1:-k])
            if labels:
                derived = k
                break
        if (
            labels
            and not derived
            and not note
            and h
            and _derived_above(gubun.sub(" ", lines[h - 1].full_text).split())
        ):
            derived = 1  # the sources under a spanning head (재원), a derived column's head beside it on the line above
            # (합 계 | 재원 | 전년대비 증감 over 국 비 시 비 구 비: mutant 4232 txt)
        body = lines[h + 1 :]
        if stacked is not None and h == stacked[1] - 1:
            labels = stacked[0]  # the source labels a line each, down to this line
            note = len(toks) == 1 and classify_column(toks[0])["kind"] == "note"
            derived = 1 if _derived_head(toks) else 0  # (its figure a row's last, read by no sum)
            if stacked[2]:  # a 단위 column: every row prints the table's unit after its label
                body = _without_unit_cells(body, mult) or []
        n_sources = sum(1 for lab in labels if funding_source(lab) != "total") if labels else 0
        # one source beside the total (계 | 지방비): a table only where every row's total is its source's
        lone = n_sources == 1 and len(labels or []) == 2
        if not labels or (n_sources < 2 and not lone):
            continue
        below = lines[h + 1].full_text.split() if h + 1 < len(lines) else []
        if not note and (spanned := group_spanned(labels, below)) is not None:
            # (a derived column after the sources, 전년대비 증감: its figure a row's last, taken off)
            if grid := _group_grid(
                lines[h + 2 :],
                spanned,
                [ln.full_text.split(), below],
                derived=bool(derived),
                budget=budget,
                mult=mult,
            ):
                return grid
        rows = _period_rows(body, labels, [ln.full_text.split()], note=note, derived=bool(derived))
        if lone and (rows is None or not _rows_fit(labels, rows)):
            continue
        if rows is None and not note:
            apart = _labels_after_cells(body, len(labels) + (1 if derived else 0)) or body
            moved = _period_rows(apart, labels, [ln.full_text.split()], derived=bool(derived))
            if moved is not None and len(moved) >= 2 and _rows_fit(labels, moved):
                return [["", *labels], *moved]
            if not any(funding_source(unspaced(lab)) == "total" for lab in labels):
                proven = _total_apart(apart, labels, [ln.full_text.split()], note=note, derived=bool(derived))
                if proven is not None:
                    return proven
        if (
            rows is not None
            and (note or derived)
            and not (
                _rows_fit(labels, rows)
                or _columns_fit(rows)
                or _columns_fit_budget(labels, rows, budget, mult)
            )
        ):
            return []  # which dash is an amount's and which the note's, only the sums could prove
        if rows is not None:
            return [["", *labels], *rows] if len(rows) >= 2 else []
        # blank zero cells or spaced thousands, a note column's words taken off: placed only where the sums prove them
        spaced_rows = _spaced_period_rows(
            body, labels, [ln.full_text.split()], note=note, derived=int(derived > 0)
        )
        if spaced_rows:
            return [["", *labels], *spaced_rows]
        for above in (
            1,
            2,
            3,
        ):  # a head of two or more lines: 재원 over the sources, 구분 and 계 beside (a cell a line)
            heads_above = [x.full_text for x in lines[max(0, h - above) : h]]
            if note and heads_above:  # the notes' head beside the spanning head, taken off
                last = heads_above[-1].split()
                heads_above[-1] = " ".join(last[: len(last) - note_words(last)])
            beside = 0  # a derived column's head beside the spanning head (구분 계 재원 증감), taken off
            cells = [
                "".join(x.split()) for x in heads_above
            ]  # (or a cell a line: 소 계 / 재원 / 전년대비 증감)
            if heads_above and not note and (tails := derived_tails(heads_above[-1].split())):
                last = heads_above[-1].split()
                beside, heads_above[-1] = tails[0], " ".join(last[: len(last) - tails[0]])
            elif (
                len(cells) >= 2
                and not note
                and funding_source(cells[-1]) is None
                and classify_column(cells[-1])["kind"] == "share"
            ):
                beside, heads_above = 1, cells[:-1]
            spanned = _under_span(heads_above, labels) if h >= above else None
            heads = [x.full_text.split() for x in lines[h - above : h + 1]]
            fitting = [
                (cand, rows)
                for cand in spanned or []
                if (rows := _period_rows(lines[h + 1 :], cand, heads, note=note, derived=bool(beside)))
                is not None
                and len(rows) >= 2
                and _rows_fit(cand, rows)
            ]
            if len(fitting) == 1:
                return [["", *fitting[0][0]], *fitting[0][1]]
            spaced = [
                (cand, rows)
                for cand in spanned or []
                if (
                    rows := _spaced_period_rows(
                        lines[h + 1 :], cand, heads, note=note, derived=int(beside > 0)
                    )
                )
                is not None
                and len(rows) >= 2
            ]
            if len(spaced) == 1:  # blank zero cells, a note column: placed only where the sums prove them
                return [["", *spaced[0][0]], *spaced[0][1]]
        return []
    return []


def _columns_fit_budget(labels: list[str], rows: list[list[str]], budget: Budget | None, mult: int) -> bool:
    """Whether a transposed table with no total row is proven by the overview's budget: each source
    column's amounts total one share of the budget, every share so told once (a total column's, the
    budget's total), the periods' rows alone under the head (a total row would total the columns)."""
    if budget is None or len(rows) < 2 or any(funding_source(unspaced(r[0])) == "total" for r in rows):
        return False
    shares, total = budget
    sums: list[int] = []
    for k, lab in enumerate(labels, start=1):
        values = [parse_amount(squashed_cell(r[k]), mult) for r in rows]
        if None in values:
            return False
        s = sum(values)  # type: ignore[arg-type]
        if funding_source(unspaced(lab)) == "total":
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
        if (
            len(toks) == 2 * n + 1
            and not is_amount_cell(toks[0])
            and all(is_amount_cell(t) for t in toks[1:])
            and nxt
            and not any(is_amount_cell(t) for t in nxt)
            and classify_column(toks[0])["kind"] != "other"
            and classify_column(" ".join(nxt))["kind"] != "other"
        ):
            out += [
                replace(shown[k], text=" ".join(toks[: n + 1])),
                replace(shown[k + 1], text=" ".join([*nxt, *toks[n + 1 :]])),
            ]
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
    (``비율(%)``) are left out; a group's subtotal column the sums prove (``지방비 소계``, :mod:`funding_group_subtotals`)
    too, and the head's words printed after the rows (``소계 도비 민자 군비``). Empty when anything falls short of
    that."""
    parts = (budget or {}).get("parts") or []
    total = (budget or {}).get("total_krw")
    shares = [p.get("amount_krw") for p in parts]
    if (
        not lines
        or total is None
        or len(parts) < 2
        or None in shares
        or len(set(shares)) != len(shares)
        or any(is_amount_cell(t) for t in lines[0].full_text.split())
    ):
        return []
    rows: list[list[str]] = []
    body = list(lines[1:])
    while body and all(funding_source(t) is not None for t in body[-1].full_text.split()):
        body.pop()  # the head's other source words printed after the rows (``소계 도비 민자 군비``)
    for ln in body:
        toks = ln.full_text.split()
        k = next((k for k in (1, 2) if len(toks) > k and all(is_amount_cell(t) for t in toks[k:])), None)
        if k is None:
            return []
        label = " ".join(toks[:k])
        kind = classify_column(label)["kind"]
        if kind == "share":
            continue
        if kind == "other" or len(toks) - k < len(parts) + 1 or (rows and len(toks) - k != len(rows[0]) - 1):
            return []
        rows.append([label, *toks[k:]])
    sums = [r for r in rows if classify_column(r[0])["kind"] == "total"]
    if len(rows) < 3 or len(sums) != 1:
        return []
    values = [[parse_amount(squashed_cell(c), mult) for c in r[1:]] for r in rows]
    grand = values[rows.index(sums[0])]
    if grand.count(total) != 1 or any(v is None for r in values for v in r):
        return []
    ti = grand.index(total)
    owner = [
        None if j == ti else next((p for p in parts if p.get("amount_krw") == v), None)
        for j, v in enumerate(grand)
    ]
    # a group's subtotal column (지방비 소계 over 도비 and 군비), where the sums prove it: set aside
    subtotals = subtotal_columns(values, owner, ti)  # type: ignore[arg-type]
    if subtotals is None:
        return []
    if subtotals:
        rows = [[r[0], *without_columns(r[1:], subtotals)] for r in rows]
        values = [without_columns(v, subtotals) for v in values]
        owner = without_columns(owner, subtotals)
        ti = owner.index(None)
    if sum(1 for o in owner if o is not None) != len(parts) or not all(sums_fit(v, ti) for v in values):
        return []
    head = [
        current().table("funding_sources")["total"][0] if o is None else o.get("label") or "" for o in owner
    ]
    if any(funding_source(h) is None for h in head):
        return []
    return [["", *head], *rows]


def _total_apart(
    lines: list[Line], labels: list[str], heads: list[list[str]], *, note: bool, derived: bool
) -> list[list[str]] | None:
    """A transposed table whose head printed its total's label apart from the others (after the
    table: ``국비 도비 군비 전년대비 증감`` over rows of one more amount, ``소계`` printed below them):
    the rows read with a total label put where the sums prove it, the one place where every period
    row's cell is the sum of its others (of two rows or more; a place two fit is no proof). Lines of
    words only after the rows end the table; the total's label is the one printed among them, else
    the vocabulary's first. None when no one place fits."""
    body = list(lines)
    tail: list[str] = []
    while body and not any(is_amount_cell(t) for t in body[-1].full_text.split()):
        tail = body.pop().full_text.split() + tail
    label = (
        next((t for t in tail if funding_source(t) == "total"), None)
        or current().table("funding_sources")["total"][0]
    )
    fitting = []
    for k in range(len(labels) + 1):
        cand = [*labels[:k], label, *labels[k:]]
        rows = _period_rows(body, cand, heads, note=note, derived=derived)
        if rows is not None and len(rows) >= 2 and _rows_fit(cand, rows):
            fitting.append([["", *cand], *rows])
    return fitting[0] if len(fitting) == 1 else None


def _columns_fit(rows: list[list[str]]) -> bool:
    """Whether the one period row labelled as the total (총사업비, 합계) is, in every source's column,
    the sum of the other period rows."""
    totals = [k for k, row in enumerate(rows) if classify_column(row[0])["kind"] == "total"]
    if len(totals) != 1 or len(rows) < 3:
        return False
    return all(_cells_fit([row[j] for row in rows], totals[0]) for j in range(1, len(rows[0])))


def _rows_fit(labels: list[str], rows: list[list[str]]) -> bool:
    """Whether every period row's total cell (under the one total label) is the sum of its sources'."""
    totals = [k for k, lab in enumerate(labels) if funding_source(unspaced(lab)) == "total"]
    if len(totals) != 1:
        return False
    return all(_cells_fit(row[1:], totals[0]) for row in rows)


#: Printed figures are summed to a millionth of their unit: amounts printed to a decimal (억원 to one, 57.1 = 8.5 +
#: 34.5 + 9.5 + 4.6) rounded to wholes each first would miss their sum by the roundings (57 against 59).
_EXACT = 10**6


def _cells_fit(cells: list[str], k: int) -> bool:
    """Whether the printed ``cells[k]`` is the sum of the others, to one unit of the last digit printed (a whole
    for whole amounts, as before; a tenth for amounts printed to one decimal) or a thousandth (:func:`sums_fit`)."""
    decimals = max((len(m.group(1)) for c in cells if (m := _DECIMALS.search(squashed_cell(c)))), default=0)
    return sums_fit(
        [parse_amount(squashed_cell(c), _EXACT) for c in cells], k, _EXACT // 10 ** min(decimals, 6)
    )


_DECIMALS = re.compile(r"\d\.(\d+)$")


def _group_grid(
    body: list[Line],
    spanned: tuple[list[str], int | None, list[int]],
    heads: list[list[str]],
    *,
    derived: bool = False,
    budget: Budget | None = None,
    mult: int = 1,
) -> list[list[str]]:
    """The grid of a table whose head's group source spans its members (:mod:`funding_group_heads`): the
    group's own column (소계) taken off where every row proves it the members' sum, the whole kept only where
    the totals prove the rows (each row's total its sources' sum, or the total row each column's), or, a table
    printing no total, where each source column totals its share of the overview's ``budget`` (txt mutant 4531:
    국비 | 지방비 over 소계 도비 군비 | 민자 | 전년대비 증감, years down, no total; funding 0.238); else empty.
    ``derived``: a last column derived from the periods (전년대비 증감) after the sources, a row's last figure
    taken off (mutant 4040's text dump: a head of two lines and such a column left the whole table unread)."""
    labels, own, members = spanned
    rows = _period_rows(body, labels, heads, derived=derived) or blank_period_rows(
        body, len(labels), heads, derived=derived
    )
    if rows is None or len(rows) < 2:
        return []
    if own is not None:
        if not all(_cells_fit([row[1 + own], *(row[1 + m] for m in members)], 0) for row in rows):
            return []
        labels = [lab for k, lab in enumerate(labels) if k != own]
        rows = [[row[0], *(c for k, c in enumerate(row[1:]) if k != own)] for row in rows]
    return (
        [["", *labels], *rows]
        if _rows_fit(labels, rows) or _columns_fit(rows) or _columns_fit_budget(labels, rows, budget, mult)
        else []
    )


def _without_span_word(toks: list[str]) -> list[str] | None:
    """A head line of source labels with one spanning heading among them (``계 국비 시비 재원 구비
    기타``: a layout reader merged the head's two rows into one line by their place across the page,
    the heading centred over the sources): the labels without it; None unless exactly one word
    names no source and is a heading's word (no amount, no column word)."""
    odd = [k for k, t in enumerate(toks) if funding_source(unspaced(t)) is None]
    if (
        len(odd) != 1
        or is_amount_cell(toks[odd[0]])
        or not is_group(toks[odd[0]])
        or not 0 < odd[0] < len(toks) - 1
    ):
        return None
    return source_labels(toks[: odd[0]] + toks[odd[0] + 1 :])


def _period_rows(
    lines: list[Line], labels: list[str], heads: list[list[str]], *, note: bool = False, derived: bool = False
) -> list[list[str]] | None:
    """The period rows of a transposed table under its source labels: a period label, then one
    amount per label, every line (the head lines printed again at a page top skipped); None when a
    line is no such row. ``note``: a last column of word notes, after the amounts a row may print
    words (no amount among them) or one dash, taken off. ``derived``: a last column of one figure a
    row (a change, a share), taken off; with ``note``, a line of a shares-as-text cell wrapped past its row
    (``58% · 군비 7%``) skipped. A row labelled by one word naming no period kind (임기내: an ``other`` period)
    stands only where the total row is every column's sum of the period rows with it (session 35, txtmoney2: mutant
    4370 txt, 총사업비 / 기투자 / 임기내 / 임기후 under the sources, left unread before)."""
    rows: list[list[str]] = []
    for row_line in lines:
        toks = row_line.full_text.split()
        if toks in heads:
            continue  # the header repeated at the top of the next page
        if note and rows and shares_piece(toks):
            continue  # the rest of a row's shares told as text, wrapped onto lines of its own
        if note:
            toks = without_row_note(toks, len(labels))
        if derived and not _derived_blank(toks, len(labels)):
            if not toks or not is_amount_cell(toks[-1]):
                return None
            toks = toks[:-1]
        row = next(
            (
                [" ".join(toks[:k]), *toks[k:]]
                for k in (1, 2)
                if len(toks) - k == len(labels)
                and all(is_amount_cell(t) for t in toks[k:])
                and (classify_column(" ".join(toks[:k]))["kind"] != "other" or k == 1)
            ),
            None,
        )
        if row is None:
            return None
        rows.append(row)
    return rows if all(classify_column(r[0])["kind"] != "other" for r in rows) or _columns_fit(rows) else None


def _shares_told(toks: list[str], below: list[Line]) -> list[str] | None:
    """The source labels of a head line whose last word or two head a column telling the sources' shares as
    text (``구분 계 국비 도비 군비 재원 분담`` over ``2024년 1,200 600 180 420 국비 50% · 도비 15% · 군비 35%``): the
    words before them name the sources (the corner word first, or none) and the first row prints, after its
    period and one amount a source, the shares told as words and percents (:func:`~pledgecard.extract.sections.
    funding_rows.shares_text`). None otherwise."""
    if not below:
        return None
    row = below[0].full_text.split()
    for k in (2, 1):
        if len(toks) <= k + 2 or any(funding_source(t) is not None for t in toks[-k:]):
            continue
        labels = source_labels(toks[:-k]) or source_labels(toks[1:-k])
        if labels and any(
            shares_text(row[p + len(labels) :]) and all(is_amount_cell(t) for t in row[p : p + len(labels)])
            for p in (1, 2)
        ):
            return labels
    return None


def _derived_blank(toks: list[str], n: int) -> bool:
    """Whether a row of a transposed table is its total row printing its ``n`` amounts and the derived column's cell
    blank (a running total, 누계, left empty on the 계 row: session 39's doc-mulbit-county-2-4): one label word of the
    total kind, then exactly ``n`` amounts. The caller's sums prove the table as they prove a derived column."""
    return (
        len(toks) == n + 1
        and classify_column(toks[0])["kind"] == "total"
        and all(is_amount_cell(t) for t in toks[1:])
    )


def _spaced_period_rows(
    lines: list[Line], labels: list[str], heads: list[list[str]], *, note: bool = False, derived: int = 0
) -> list[list[str]] | None:
    """The period rows of a transposed table whose thousands a space groups (``2023년 272 539 40 588``)
    or whose zero cells print blank, each line's amounts grouped where the sums prove one grouping
    (:func:`regroup_period_rows`: the total period's line, or the total source's column); None otherwise.
    ``note``: a last column of word notes, a row's words after its amounts (no digit among them) taken off."""
    names: list[str] = []
    printed: list[list[str]] = []
    noted: set[int] = set()  # the lines whose closing dash may be the note column's
    for row_line in lines:
        toks = row_line.full_text.split()
        if toks in heads:
            continue
        text = row_line.printed or row_line.full_text
        while note and len(toks) > 2 and not any(c.isdigit() for c in toks[-1]) and toks[-1] not in DASHES:
            toks = toks[:-1]  # a note's word
            text = re.sub(r"[ \u3000]+\S+[ \u3000]*$", "", text)
        k = next(
            (
                k
                for k in (1, 2)
                if len(toks) > k
                and not is_amount_cell(toks[k - 1])
                and classify_column(" ".join(toks[:k]))["kind"] != "other"
            ),
            None,
        ) or _year_label(toks)
        if k is None:
            return None
        if classify_column(" ".join(toks[:k]))["kind"] == "share":
            continue  # a row of each source's share (비율(%)): percents, no amount of the record
        if note and toks[-1] in DASHES:
            noted.add(len(names))
        names.append(" ".join(toks[:k]))
        printed.append(with_blanks(text, toks[k:], len(labels) + derived))
    totals = [j for j, lab in enumerate(labels) if funding_source(unspaced(lab)) == "total"]
    total_rows = [i for i, name in enumerate(names) if classify_column(name)["kind"] == "total"]
    if len(names) < 2 or len(totals) > 1 or len(total_rows) > 1:
        return None
    scale = 10**6  # the amounts read to their printed decimals (7,278.1), given back in the table's unit
    if not totals and not total_rows and derived == 1 and _years_down(names):
        # no total to prove the grouping: the change column (전년대비 증감) from the year above may
        values = change_rows(printed, len(labels), scale)
        return (
            [
                [name, *(f"{x / scale:.6f}".rstrip("0").rstrip(".") for x in v)]
                for name, v in zip(names, values, strict=True)
            ]
            if values
            else None
        )
    values = regroup_period_rows(
        printed,
        len(labels),
        totals[0] if totals else None,
        total_rows[0] if total_rows else None,
        scale,
        derived,  # (derived: 증감 after)
        frozenset(noted),
    )
    return (
        [
            [name, *(f"{x / scale:.6f}".rstrip("0").rstrip(".") for x in v)]
            for name, v in zip(names, values, strict=True)
        ]
        if values
        else None
    )


def _years_down(names: list[str]) -> bool:
    """Whether the period lines are years alone, each the year after the one above (a change column's line
    above is the year before)."""
    years = [classify_column(name) for name in names]
    return all(y["kind"] == "year" for y in years) and all(
        b["year"] == a["year"] + 1 for a, b in zip(years, years[1:], strict=False)
    )


def _year_label(toks: list[str]) -> int | None:
    """How many tokens a period line's label takes where it prints a year bare (``2024 3 682.9``, ``2028 이후 -``),
    a token an amount's shape too: the year, or the year and its bound (2028 이후); None where the first
    token is no year."""
    kinds = [classify_column(" ".join(toks[:k]))["kind"] for k in (1, 2)] if len(toks) > 2 else []
    if kinds and kinds[1] in ("prior", "after_term"):
        return 2
    return 1 if kinds and kinds[0] == "year" else None


def _under_span(above: list[str], sources: list[str]) -> list[list[str]] | None:
    """The labels a transposed table whose head is two rows may have: ``구분 계 재원`` over ``국비 시비
    구비 기타`` (the corner and the total spanning both, a heading spanning the sources), the total
    labels before the sources or after them; the order the one line above prints first. None
    unless the lines above hold the corner, totals and one heading (words naming no source, no
    amount). Which of them the table is, the rows' sums tell."""
    totals: list[str] = []
    before = True
    spans = 0
    for t in current().build(gubun_pattern).sub(" ", " ".join(above)).split():
        if funding_source(unspaced(t)) == "total":
            totals.append(t)
            before = before and not spans
        elif funding_source(unspaced(t)) is None and not is_amount_cell(t) and is_group(t):
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
    gubun = current().build(gubun_pattern)
    labels: list[str] = []
    unit_column = False
    for k, ln in enumerate(lines):
        toks = gubun.sub(" ", ln.full_text).split()
        if not labels and (not toks or find_unit(ln.full_text)):
            continue  # the corner cell (구분, the unit under it)
        if (
            not labels
            and not unit_column
            and len(toks) == 1
            and toks[0] in current().words("money", "unit_label")
        ):
            unit_column = True  # 단위: a column of the unit, printed in every row
            continue
        one = source_labels(toks) if toks else None
        if one is None or len(one) != 1:
            if len(labels) >= 2 and len(toks) == 1 and classify_column(toks[0])["kind"] == "note":
                return (
                    labels,
                    k + 1,
                    unit_column,
                )  # a last column of word notes (비고): its head closes the labels
            if len(labels) >= 2 and _derived_head(toks):
                return (
                    labels,
                    k + 1,
                    unit_column,
                )  # a last column derived from the periods (전년대비 증감) too
            return (labels, k, unit_column) if len(labels) >= 2 else None
        labels.append(one[0])
    return None


def _derived_above(toks: list[str]) -> bool:
    """Whether a head line above the sources' labels closes with a derived column's head (``… 재원 전년대비 증감``:
    its last word or two, after a word of its own), no source named in it."""
    return not source_labels(toks) and any(len(toks) > k and _derived_head(toks[-k:]) for k in (2, 1))


def _derived_head(toks: list[str]) -> bool:
    """Whether a head line a cell a line is a column derived from the periods (``전년대비 증감``, ``구성비``): a
    share or change word, no source's."""
    return (
        bool(toks)
        and funding_source("".join(toks)) is None
        and all(funding_source(t) is None for t in toks)
        and classify_column("".join(toks))["kind"] == "share"
    )


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
        out.append(
            Line(text=" ".join(toks[:k] + toks[k + 1 :]), marker=None, indent=ln.indent, source=ln.source)
        )
    return out
