"""A funding's two margins printed by a text dump as two tables a row a line, one under the other (as a district's
pledge plan prints them, see :mod:`funding_margins`): the periods' totals (a head line of periods over a total row),
then the sources' totals under a head line of their own (구분 | 계 | 국비 | 시비 ... | 비고 over one 총 계 row). The
dump prints no table's frame: a second head line, a line of labels and no figures after the first table's rows,
starts the second table; it is set apart as a table of its own for :func:`funding_margins.with_source_margin`,
not read as rows of the first."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_cells import is_amount_cell, unspaced
from pledgecard.extract.sections.funding_column_heads import gubun_pattern
from pledgecard.extract.sections.funding_margin_spaced import spaced_margin_cells
from pledgecard.extract.sections.funding_margins import source_margin
from pledgecard.extract.sections.funding_rows import data_row
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import find_unit, funding_source


def _spaced_words(toks: list[str]) -> list[str]:
    """Head words a dump printed spaced out, a syllable a word (구 분 | 국 비 | 합 계 | 비 고), joined where the two
    syllables make a source's, the label column's or a note column's word."""
    notes = current().note_column_keys
    gubun = current().build(gubun_pattern)
    out: list[str] = []
    k = 0
    while k < len(toks):
        pair = "".join(toks[k : k + 2])
        if (
            k + 1 < len(toks)
            and len(toks[k]) == 1
            and len(toks[k + 1]) == 1
            and (funding_source(pair) is not None or gubun.fullmatch(pair) or key(pair) in notes)
        ):
            out.append(pair)
            k += 2
        else:
            out.append(toks[k])
            k += 1
    return out


def _head_line(text: str) -> list[str] | None:
    """The labels of a head line: three or more words, none of them a figure (a year is a period's label, not
    an amount: a head of labels over the rows), and no row of a label and its amounts."""
    toks = _spaced_words(text.split())
    if len(toks) < 3 or data_row(text) is not None or any(is_amount_cell(t) and "," in t for t in toks):
        return None
    return toks


def margin_table(head: Line, row: Line) -> Table | None:
    """A table of the sources' totals told by a head line and the one row line under it (:func:`source_margin`
    reads it), or None. The row prints one cell a label word and one an amount; where it prints fewer cells than
    the head has labels, only note columns closing the head (비고) may stand blank."""
    labels = _head_line(head.full_text)
    cells = data_row(row.full_text)
    if labels is None or cells is None:
        return None
    notes = current().note_column_keys
    if len(cells) > len(
        labels
    ):  # thousands a space groups: the grouping the sums prove (funding_margin_spaced)
        cells = spaced_margin_cells(labels, cells)
        if cells is None:
            return None
    missing = len(labels) - len(cells)
    if missing < 0 or any(key(w) not in notes for w in labels[len(labels) - missing :]):
        return None
    cells = [*cells, *[""] * missing]
    table = Table(
        cells=[
            Cell(row=r, col=c, text=t, source=src)
            for r, (texts, src) in enumerate(((labels, head.source), (cells, row.source)))
            for c, t in enumerate(texts)
        ],
        n_rows=2,
        n_cols=len(labels),
        source=head.source,
    )
    return table if source_margin(table, 1) is not None else None


def _amount(line: Line) -> bool:
    return is_amount_cell(line.full_text.strip())


def _cells_margin(lines: list[Line], at: int) -> tuple[Table, list[Line]] | None:
    """A margin table a dump printed a cell a line, its head opening at ``at`` with the label column's head
    (구분, then 계, 국비 ... a line each), then the total row's label and its amounts a line each, no row after
    them: the table and its lines, or None."""
    if not current().build(gubun_pattern).fullmatch(unspaced(lines[at].full_text)):
        return None
    j = at
    while (
        j + 1 < len(lines)
        and not _amount(lines[j])
        and not (funding_source(unspaced(lines[j].full_text)) == "total" and _amount(lines[j + 1]))
    ):
        j += 1
    head, label = lines[at:j], j
    j += 1
    while j < len(lines) and _amount(lines[j]):
        j += 1
    if label >= len(lines) or j == label + 1 or (j + 1 < len(lines) and _amount(lines[j + 1])):
        return None  # no amount, or another row after it (a label and its amounts): a table of rows
    row = lines[label:j]
    table = margin_table(
        Line(text=" ".join(ln.full_text for ln in head), marker=None, indent=0, source=head[0].source),
        Line(text=" ".join(ln.full_text for ln in row), marker=None, indent=0, source=row[0].source),
    )
    return (table, [*head, *row]) if table is not None else None


def margin_apart(items: list[Item]) -> tuple[list[Item], Table] | None:
    """``items`` without the lines of a sources' margin table printed under a first table of rows (a head line,
    its rows, then a second head line over one row; or both tables a cell a line), and that table; None when the
    section prints none. The unit lines between them are passed over (each table prints its own)."""
    lines = [it for it in items if isinstance(it, Line) and not find_unit(it.text)]
    for k in range(1, len(lines)):
        if any(_amount(ln) for ln in lines[:k]) and (cells := _cells_margin(lines, k)) is not None:
            table, taken = cells
            return [it for it in items if all(it is not t for t in taken)], table
    seen_rows = False
    for k, ln in enumerate(lines):
        if data_row(ln.full_text) is not None:
            seen_rows = True
            continue
        if not seen_rows or k + 1 >= len(lines):
            continue
        row = lines[k + 1]
        after = lines[k + 2] if k + 2 < len(lines) else None
        if after is not None and data_row(after.full_text) is not None:
            continue  # a head over more rows: no margin's one total row
        table = margin_table(ln, row)
        if table is not None:
            return [it for it in items if it is not ln and it is not row], table
    return None
