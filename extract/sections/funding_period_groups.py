"""A funding table whose periods are row groups (a period label before its group's rows) read back
into the usual grid, from lines a row or a cell a line."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell, unspaced
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column
from pledgecard.extract.sections.funding_period_spaced import spaced_rows
from pledgecard.extract.sections.funding_periods import regroup_lines
from pledgecard.extract.sections.funding_rows import printed_row
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_spaced import with_blanks
from pledgecard.normalize.money import without_unit


def period_groups_from_lines(lines: list[Line]) -> list[list[str]]:
    """The usual grid of a table with the periods as row groups printed a row a line (the period before
    its group's first row, or on a line of its own), read by :func:`regroup_lines`; [] for any other."""
    rows: list[list[str]] = []
    row_lines: list[Line] = []
    lone: dict[int, str] = {}
    head = ""
    for ln in lines:
        printed = printed_row(ln.full_text)
        if printed:
            rows.append(printed)
            row_lines.append(ln)
        elif not rows:
            head = ln.full_text  # the last line above the rows: the head
        elif classify_column(ln.full_text)["kind"] in (*PERIOD_KINDS, "total"):
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
    rows = spaced_rows(rows, row_lines, toks) or rows
    n = max(len(r) - 1 for r in rows)
    rows = [_with_blank_cells(r, ln, n) for r, ln in zip(rows, row_lines, strict=True)]
    heads = toks[-n:] if len(toks) > n else []
    return regroup_lines(rows, heads, lone, classify_column, is_amount_cell) or []


def _with_blank_cells(row: list[str], line: Line, n: int) -> list[str]:
    """A row printing fewer figures than the rows' most (``도 비  73.5``: its amount blank, its 누계 printed): its
    blank cells where the printed gaps show them (a space more than one each, :func:`with_blanks`), a zero's
    dash, where that makes it as many; the row as printed otherwise. (Only the table's sums prove the zeros:
    a row they do not hold for is nulled downstream.)"""
    if len(row) - 1 >= n:
        return row
    cells = with_blanks(line.printed or line.full_text, row[1:])
    return [row[0], *("-" if c == "" else c for c in cells)] if len(cells) == n else row


def _period_groups_from_cells(texts: list[str]) -> list[list[str]]:
    """:func:`period_groups_from_lines` of a table a converter printed one cell a line, its empty cells
    left out: the head cells, each source's label before its amounts, a period's label before its
    group's first source, or the period labels as a run of their own (a converter printing the period
    column first, a page's at a time): then as many labels as groups, given to them in order. A row a
    source label with the amounts after it; [] for any other."""
    group_kinds = (*PERIOD_KINDS, "total")

    def period(k: int) -> bool:  # 총사업비 names a total row too: a period when a label follows it
        kind = classify_column(texts[k])["kind"]
        if kind not in group_kinds or is_amount_cell(texts[k]):
            return False
        if kind != "total":
            return True
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        return (
            classify_column(nxt)["kind"] in group_kinds
            and not is_amount_cell(nxt)
            or source_label([nxt]) is not None
        )

    rows: list[list[str]] = []
    heads: list[str] = []
    run: list[str] = []  # period labels printed as a run, before no source of theirs
    pending = ""
    for k, t in enumerate(texts):
        if period(k):  # a label before its group's first source, unless it closes a run of labels
            if (
                k + 1 < len(texts)
                and source_label([texts[k + 1]]) is not None
                and not period(k + 1)
                and not (k and period(k - 1))
            ):
                pending = t
            else:
                run.append(t)
        elif source_label([t]) is not None and k + 1 < len(texts) and is_amount_cell(texts[k + 1]):
            rows.append([f"{pending} {t}".strip()])  # a row's label: its amounts after it
            pending = ""
        elif is_amount_cell(t) and rows:
            rows[-1].append(t)
        elif not rows and not is_amount_cell(t):
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
        lead = unspaced(rows[0][0])
        firsts = [i for i, r in enumerate(rows) if unspaced(r[0]) == lead]
        if len(firsts) != len(run):
            return []
        for i, label in zip(firsts, run, strict=True):
            rows[i][0] = f"{label} {rows[i][0]}"
    n = max(len(r) - 1 for r in rows)
    return (
        regroup_lines(rows, heads[-n:] if len(heads) > n else [], {}, classify_column, is_amount_cell) or []
    )
