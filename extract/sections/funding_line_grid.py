"""The funding grid of a table a text dump printed a row a line: head lines read into columns, data
lines into rows (pair sub-heads, share tails, a grid going on under a second head)."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell, split_after_units, split_glued
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column, gubun_pattern
from pledgecard.extract.sections.funding_continued import periods_go_on
from pledgecard.extract.sections.funding_header import header_orders, order_by_signs, order_by_sums
from pledgecard.extract.sections.funding_labels_apart import labels_apart_joined
from pledgecard.extract.sections.funding_note_wraps import amounts_then_note, continued_row
from pledgecard.extract.sections.funding_pair_order import pairs_out_of_order
from pledgecard.extract.sections.funding_pairs import header_pairs, pair_kind, sub_column_pattern, sub_kind
from pledgecard.extract.sections.funding_rows import (
    data_row,
    note_head,
    printed_row,
    without_note_tail,
    without_note_words,
)
from pledgecard.extract.sections.funding_runs import parted_rows, run_labels
from pledgecard.extract.sections.funding_source_labels import lone_source, source_label, subtotal_words
from pledgecard.extract.sections.funding_unit_cells import gap_cells, unit_closed_cells
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source, head_unit, without_unit
from pledgecard.normalize.money_amounts import trailing_unit
from pledgecard.normalize.money_patterns import money_patterns
from pledgecard.normalize.text import DASHES, fold


def grid_from_lines(lines: list[Line]) -> list[list[str]]:
    """Recover the funding grid from text lines: one header row of column labels, then a row per
    source label with its amounts (a row broken over lines is glued back). A second table stacked
    under the first with the same sources and later periods (the years continued, no total column)
    adds its columns to the first's rows."""
    lines = labels_apart_joined(
        lines
    )  # a PDF row's label or last cells set a little off its figures: one line
    parts: list[list[Line]] = [[]]
    for ln in lines:
        if (
            parts[-1]
            and data_row(parts[-1][-1].full_text)
            and not data_row(ln.full_text)
            and not all(is_amount_cell(t) for t in ln.full_text.split())
            and not lone_source(ln.full_text)
        ):
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
    if min(sum(classify_column(c)["kind"] in PERIOD_KINDS for c in n) for n in named) < 2:
        return False  # two periods a head at least (a period line over a group's rows heads no half)
    if any(len(r) - 1 < len(n) for g, n in zip((first, more), named, strict=True) for r in g[1:]):
        return False
    if not any(len(r) - 1 > len(n) for g, n in zip((first, more), named, strict=True) for r in g[1:]):
        return False
    return periods_go_on([classify_column(c) for c in named[0]], [classify_column(c) for c in named[1]])


def _continues_grid(first: list[list[str]], more: list[list[str]]) -> bool:
    """Whether a grid read from lines goes on with ``first``'s periods: the same row labels in the same
    order, a label for every amount, period columns only (none of ``first``'s), years after its years."""
    if [r[0] for r in more[1:]] != [r[0] for r in first[1:]] or any(len(r) != len(more[0]) for r in more[1:]):
        return False
    if any(len(r) != len(first[0]) for r in first[1:]):
        return False
    if any(not c.strip() for c in more[0][1:]):
        return False
    return periods_go_on(
        [classify_column(c) for c in first[0][1:]], [classify_column(c) for c in more[0][1:]]
    )


def _period_row(toks: list[str]) -> bool:
    """A line of a period label and two or more amounts (``2022년 5,284.9 - 1,594.9``), then perhaps a note
    column's words (``보상 착수``: no digit among them): a row of a table with the periods down, never a header
    line of one with the sources down."""
    end = len(toks)
    while end > 3 and not any(c.isdigit() for c in toks[end - 1]) and toks[end - 1] not in DASHES:
        end -= 1  # a note column's words after the amounts
    toks = toks[:end]
    return (
        len(toks) >= 3
        and classify_column(toks[0])["kind"] in PERIOD_KINDS
        and all(is_amount_cell(t) for t in toks[1:])
        and not all(classify_column(t)["kind"] in PERIOD_KINDS for t in toks[1:])
    )  # a line of period labels


def _told_sentence(text: str) -> bool:
    """Whether a line is a sentence telling figures after its label and a colon (``□ 연도별 투자계획 : '22년 15억원,
    '23년 12억원``, ``총사업비 : 73억원(국비 ...)``): no head row, whose cells a colon does not part from figures
    (a unit's label, ``(단위: 백만원, 2024.6.30. 기준)``, tells none: no amount with its money unit after the
    colon; nor a head row whose label column's head or a period is printed before a colon, ``구분 : 2022년 ...``)."""
    head, colon, tail = fold(text).partition(":")
    if not colon or not head.strip():
        return False
    if current().build(gubun_pattern).search(head) or any(
        classify_column(w)["kind"] in PERIOD_KINDS for w in head.split()
    ):
        return False  # the head names a column of the grid
    return any(trailing_unit(m.group(0)) for m in money_patterns().amount.finditer(tail))


def _grid_from_lines(lines: list[Line]) -> list[list[str]]:
    header_lines: list[str] = []
    data: list[list[str]] = []
    pairs: list[str] | None = None  # a header line of sub-column pair words (계획 확보 계획 확보 ...)
    raws: list[list[str]] = []  # the row lines as printed, labels naming no source among them
    sub_run: list[str | None] = []  # the sub-head kinds of the lines wholly of sub-column words before the
    sub_lines: list[int] = []  # rows (a two-level head printed a line a period: 예산 집행 / 집행 / 률)
    runs: list[tuple[int, list[str]]] = []  # lines of two rows run together (시비 구비 ...), where they stand
    lone: str | None = None  # a source label alone on its line among the rows: a spanning cell's
    carried: str | None = (
        None  # the source of a second figure's row (국비 당초 ...), for the plan row under it
    )
    told: list[str] = []  # sentences printed over the table, its own head under them
    printed_of: dict[int, str] = {}  # each row's line as printed (its gaps kept)
    for ln in lines:
        text = ln.full_text
        toks = text.split()
        group, lone = lone, None
        text, carried = _pair_row_label(text, carried)
        if text is None:
            continue
        toks = text.split()
        if data and lone_source(text):
            lone = toks[0]  # (국비 over 국고보조금 / 특별교부세 / 소계, printed on a line of its own)
            continue
        if not data and (pattern := sub_column_pattern(text)):
            pairs = pattern
            sub_run += pattern
            continue
        if not data and (more := _sub_head_line(toks, sub_run, lines, ln)) is not None:
            sub_run, sub_lines = more, [*sub_lines, len(header_lines)]  # kept as a header line unless the run
        row = data_row(text)
        printed = printed_row(text) if data or row else None
        if printed:
            # the spanning cell printed on the line above the run's first row: before its label, as
            # a dump printing it on that row prints it (read by _group_columns, a subtotal closing it)
            raws.append([f"{group} {printed[0]}", *printed[1:]] if group else printed)
        if row:
            data.append(row)
            printed_of[id(row)] = ln.printed or ln.full_text
            continue
        if printed and run_labels(printed[0]):
            runs.append((len(data), printed))
            continue
        if toks and data and all(is_amount_cell(t) for t in toks):
            data[-1].extend(toks)  # an amount row broken over two lines
            continue
        if data and (amounts := amounts_then_note(toks)) and any(note_head(h) for h in header_lines):
            data[-1][:] = continued_row(
                data[-1], amounts
            )  # its note's wrapped rest closing the line (funding_note_wraps)
            continue
        if not data and _period_row(toks):
            return []  # a period's amounts above the sources' rows: a transposed table, no header line
        if not data and _told_sentence(text):
            told.append(
                text
            )  # a sentence over the table (연도별 투자계획 : '22년 15억원, ...): no head row of it
        elif not data:
            header_lines.append(text)
    if not data:
        return []
    header_lines = header_lines or told  # (no head of its own: as before, the lines over the rows)
    if sub_run.count("plan") >= 2 and "second" in sub_run and None not in sub_run:
        pairs = [k for k in sub_run if k]  # every sub-head line of the head, in printed order
        header_lines = [h for i, h in enumerate(header_lines) if i not in sub_lines]
    found = None if pairs else header_pairs(header_lines)
    if found:  # the pair words among the period labels of the header lines
        pairs, header_lines = found
        if not pairs:
            return []  # sub-heads printed out of the columns' order: no figure is placed (left to the cell reader)
    if pairs and pairs_out_of_order(pairs):
        return []  # a second figure's word printed before any plan word: the head's order not the cells' (funding_pair_order)
    if pairs:  # two figures a period: the plan ones only, where a row holds one per sub-column
        tail = _share_tail(header_lines)  # (and one a column after the periods with none: 구성비(%))
        # (thousands a space groups, a unit closing every amount: its cells where the units end them)
        data = [[r[0], *cells] if (cells := unit_closed_cells(r[1:], len(pairs))) else r for r in data]
        # (a row printing its blank cells only as gaps: its cells where the gaps make one a sub-column each)
        # (the share cells after them too, where the gaps make a sub-column each and a share's figure closing the
        # line: 국 비 226            226   2.6 under 구성비(%), mutant 4474 txt)
        data = [
            [r[0], *cells]
            if (cells := gap_cells(printed_of.get(id(r)), r[1:], len(pairs) + tail)) and tail and cells[-1]
            else [r[0], *cells]
            if (cells := gap_cells(printed_of.get(id(r)), r[1:], len(pairs)))
            else r
            for r in data
        ]
        data = [
            [r[0], *(a for a, k in zip(r[1:], pairs, strict=False) if k == "plan"), *r[1 + len(pairs) :]]
            if len(r) - 1 in (len(pairs), len(pairs) + tail)
            else r
            for r in data
        ]
    note = any(note_head(ln) for ln in header_lines)
    if note:  # a last column of word notes (비고): its head and the words after a row's amounts go
        header_lines = [
            h
            for ln in header_lines
            if ln.split() and (h := " ".join(ln.split()[: len(ln.split()) - note_head(ln)]))
        ]
        data = [without_note_words(r) for r in data]
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
        data = [without_note_tail(r, len(header_tokens)) for r in data]
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
        while toks and not any(ch.isalnum() for ch in toks[-1]):
            toks = toks[:-1]  # a share head's unit printed apart from it (구성비 (%))
        n = 0
        while (
            n < len(toks) and classify_column(toks[-1 - n])["kind"] == "share" and not pair_kind(toks[-1 - n])
        ):
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
    k = next((i for i, t in enumerate(toks) if is_amount_cell(t)), None)
    if not k:
        return text, None
    if k >= 2 and pair_kind(toks[k - 1]) == "second" and source_label([" ".join(toks[: k - 1])]):
        # (two rows' labels run together before it, 계 국비 당초: whose row is under it the line does not tell)
        named = sum(1 for t in toks[: k - 1] if source_label([t]))
        return None, None if named > 1 else " ".join(toks[: k - 1])
    if k == 1 and carried and pair_kind(toks[0]) == "plan":
        return f"{carried} {text.strip()}", None
    return text, None


def _sub_head_line(
    toks: list[str], run: list[str | None], lines: list[Line], ln: Line
) -> list[str | None] | None:
    """The sub-head kinds so far with this header line's: a line wholly of sub-column words (집행), or
    one word completing the word the line before ended with (집행 / 률: 집행률, a derived sub-column
    a narrow cell wrapped); None for any other line (and for a line not right after the run's)."""
    if not toks:
        return None
    kinds = [sub_kind(t) for t in toks]
    at = lines.index(ln)
    after_run = (
        bool(run)
        and at > 0
        and (
            sub_column_pattern(lines[at - 1].full_text) is not None
            or all(sub_kind(t) for t in lines[at - 1].full_text.split())
            or len(lines[at - 1].full_text.split()) == 1
        )
    )
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
    sub = subtotal_words()
    out: list[list[str]] = []
    group: str | None = None
    opened = closed = False
    for r in data:
        words = r[0].split()
        if (
            group is None
            and len(words) >= 2
            and len(words[0]) >= 2
            and funding_source(words[0]) not in (None, "total")
        ):
            group, opened = words[0], True
            out.append([group, "".join(words[1:]), *r[1:]])
        elif group is not None:
            out.append([group, r[0], *r[1:]])
            if key(r[0]) in sub:
                group, closed = None, True
        else:
            out.append([r[0], r[0], *r[1:]])
    return out if opened and closed and group is None else None
