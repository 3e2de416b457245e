"""Tables typed, not drawn: lines whose cells a tab parts at the paragraph's tab stops.

Many authors type a table as paragraphs, pressing tab between cells so that each cell starts at the
next tab stop: no table object, no rules. A tab says where a cell starts only by its count on the
line (the k-th tab moves to the k-th stop), so a run of such lines is read as a table only where the
counts prove every cell's column:

- the run's first line (the head) has the most cells, at least two, none of them an amount (a head
  names its columns) and none empty but the second, a label column's head typed once over the label
  and a sub-label column (``구 분<TAB><TAB>2022`` over ``정비 구간<TAB>목표<TAB>2.7``) under which no row
  prints an amount; every line at most as many;
- a tab opening a line is an empty first cell (a cell printed once for the rows it spans) where the
  run's other lines open with text; tabs opening every line of the run are its indent;
- some line types a tab for an empty cell (an empty cell between two tabs): its author places cells by
  counting tabs, so a line's missing cells are its last ones, never a cell printed once for several
  rows (a table exported from a word processor prints its merged cells once and shifts the cells after
  them; cells a tab apart with no empty cell typed prove no column);
- a line whose second cell opens with the label separator (``label<TAB>: value``) is a label and its
  value, not a row; nor is a line of a bullet or a heading number and a worded cell (``•<TAB>사업기간 : …``,
  ``1.<TAB>사업개요``: a word processor's "save as text" sets a list paragraph's label apart by a tab);
- or, without an empty cell typed, every line of the run prints as many cells as the head (a converter's
  "save as text" printing a table's row as its cells joined by tabs, 시군<TAB>추진내용<TAB>추진일자 over
  rows of three): no cell is printed once for several rows when none is missing, so each cell's place on
  its line is its column and a cell of several words is one cell;
- or a head over one row of as many cells, the row a label and figures only (a funding table typed as its
  총계 row under the years): a table of one row spans no rows, so its cells stand in their columns; not where
  a row of figures typed with spaces follows (``국비 1,500 500 600 400``): the table goes on untyped, its rows
  not one, and the run stays text for the reader that reads the whole table;
- or the head is two lines, the first's last cell a group over the columns the second names, the second
  opening with a tab for each cell above it (extract/typed_heads.py).

Runs that prove nothing stay text (the tabs read as spaces), so no cell is placed in a column the
positions do not prove.
"""

from __future__ import annotations

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.heading_numbers import lone_heading_number
from pledgecard.extract.markers import LABEL_SEPARATORS, split_marker
from pledgecard.extract.sections.header_option_grid import mark_words
from pledgecard.extract.typed_heads import spanned_table, spanned_width
from pledgecard.extract.typed_wrapped_rows import joined_row, wrapped_groups
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.status import status_word

MIN_LINES = 3  # a head and two rows at least, or a head and one row of figures (``_one_row_of_figures``)


def typed_cells(text: str) -> list[str] | None:
    """The cells of a line typed with tabs between them (an empty cell where two tabs meet, the
    indent and the trailing tabs not cells); ``[]`` for a blank line (a text dump's blank lines between
    a typed table's lines are no break in it); None for a line with no tab inside its text."""
    body = text.strip(" \t\u00a0\u3000\r\n")
    if not body:
        return []
    if "\t" not in body:
        return None
    opening = text.lstrip(" \u00a0\u3000")
    lead = len(opening) - len(opening.lstrip("\t"))  # tabs before the first cell: empty cells or an indent
    cells = [""] * lead + [" ".join(c.split()) for c in body.split("\t")]
    if len(cells) == 2 and cells[1].startswith(
        LABEL_SEPARATORS
    ):  # a label typed to a tab stop, then `: value`
        return None
    if _list_label(cells[lead:]):  # a list item whose label a word processor's text export set apart by a tab
        return None
    return cells


def _list_label(cells: list[str]) -> bool:
    """A list paragraph's label and its text (``•<TAB>사업기간 : …``, ``1.<TAB>사업개요``: a word processor's "save
    as text" prints a bulleted or numbered paragraph's label, then a tab, then its text), not a row of two cells:
    the first cell a bullet glyph or a punctuated heading number alone (no bare figure, a table's cell), the second
    the item's text, worded."""
    if len(cells) != 2 or not any(ch.isalpha() for ch in cells[1]):
        return False
    label = cells[0]
    marker, rest = split_marker(label)
    if marker is not None and not rest:
        return not _cell_value(cells[1])
    return lone_heading_number(label) and not label.isdigit()


def _cell_value(text: str) -> bool:
    """Whether ``text`` is a value a table's cell holds whole, no list item's text: a status (``정상추진``) or a
    checkbox's word (``해당없음``). After a glyph and a tab (``○<TAB>정상추진``, ``-<TAB>해당없음``) it is a row's
    second cell, the glyph the first's (a tick, an empty cell's dash): no bullet labels a status (session 39). The
    whole cell the word (normalize.status.status_word): a text opening with one (``○<TAB>완료(2023. 5.)``,
    ``□<TAB>추진중인 사업 목록``) is a list paragraph (session 39 review)."""
    on, off = mark_words()
    return status_word(text) or key(text) in on | off


def typed_trailing(text: str) -> int:
    """The empty cells a typed line closes with (its tabs after its last cell: ``5회<TAB><TAB>`` two), which
    :func:`typed_cells` leaves out; 0 for a line with no tab inside its text."""
    body = text.rstrip(" \u00a0\u3000\r\n")
    if "\t" not in body.strip(" \t\u00a0\u3000"):
        return 0
    return len(body) - len(body.rstrip("\t"))


def figure_row(text: str) -> bool:
    """A line typed with no tab printing a label then two or more figures (``국비 1,500 500 600 400``): a
    table's row that a typed run's head may go on over."""
    toks = text.split()
    return (
        "\t" not in text.strip()
        and len(toks) >= 3
        and not _amount(toks[0])
        and sum(map(_amount, toks[1:])) >= 2
        and _amount(toks[-1])
    )


def typed_runs(
    rows: list[list[str] | None],
    figures: list[bool] | None = None,
    wrapped: dict[int, int] | None = None,
    trailing: list[int] | None = None,
) -> list[tuple[int, int]]:
    """The runs ``[a, b)`` of consecutive typed lines (``typed_cells``: None for any other line, ``[]``
    for a blank one between two typed lines) that prove their cells' columns (see the module's rules). The
    empty cells every line of a run opens with (its indent) are taken off its lines in place. ``figures``
    (by line, where the caller knows the untyped lines' text: :func:`figure_row`) tells the untyped rows of
    figures after a run. ``wrapped`` (a text dump's caller): a run whose rows wrap their cells over lines
    (:mod:`~pledgecard.extract.typed_wrapped_rows`) is read too, each such row's cells joined on its first
    line in place, its other lines left blank (``[]``), and ``wrapped`` given each first line's index to the
    row's last line's. ``trailing`` (by line, where the caller knows the lines' text: :func:`typed_trailing`):
    the empty cells each line typed after its last, an empty cell typed like one between two tabs, so a line
    typing them is a whole row (its count the head's with them), never a wrapped one's part."""
    ends = trailing or [0] * len(rows)
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(rows):
        if not rows[k]:
            k += 1
            continue
        j = k
        while j < len(rows) and rows[j] is not None:
            j += 1
        while not rows[j - 1]:  # blank lines after the run are not in it
            j -= 1
        run = [r for r in rows[k:j] if r]
        indent = min(len(r) - len(_without_lead(r)) for r in run)
        for i in range(k, j):  # the tabs every line opens with: the run's indent, no cell
            if rows[i]:
                del rows[i][:indent]  # type: ignore[index]
        more = j < len(rows) and figures is not None and j < len(figures) and figures[j]
        closed = any(ends[i] for i in range(k + 1, j) if rows[i])  # a row typing its empty last cells
        if _proves([r for r in rows[k:j] if r], more_rows=more, closed=closed):
            out.append((k, j))
        elif wrapped is not None and not more and not closed and _join_wrapped(rows, k, j, wrapped):
            out.append((k, j))
        k = j
    return out


def _join_wrapped(rows: list[list[str] | None], a: int, b: int, wrapped: dict[int, int]) -> bool:
    """Join the rows of the run ``[a, b)`` wrapped over lines following one another (``wrapped_groups``),
    in place; False (nothing changed) where the run does not prove them."""
    at = [i for i in range(a, b) if rows[i]]
    groups = wrapped_groups([rows[i] or [] for i in at])
    if groups is None or any(at[y - 1] - at[x] != y - 1 - x for x, y in groups):
        return False  # a blank line inside a wrapped row: no proof its lines are one row
    for x, y in groups:
        if y - x > 1:
            rows[at[x]] = joined_row([rows[i] or [] for i in at[x:y]])
            for i in at[x + 1 : y]:
                rows[i] = []
            wrapped[at[x]] = at[y - 1]
    return True


def _without_lead(cells: list[str]) -> list[str]:
    k = 0
    while k < len(cells) - 1 and not cells[k]:
        k += 1
    return cells[k:]


def _proves(run: list[list[str]], *, more_rows: bool = False, closed: bool = False) -> bool:
    if len(run) < MIN_LINES:
        return not more_rows and _one_row_of_figures(run)
    head = run[0]
    n = len(head)
    width = spanned_width(run, _amount)  # a group head over the columns the next line names
    if width is not None:
        return all(len(r) == width for r in run[2:]) or any("" in r for r in run[2:])
    if n < 2 or any(len(r) > n for r in run) or any(_amount(c) for c in head) or not head[0]:
        return False
    unnamed = [k for k, c in enumerate(head) if not c]
    if unnamed and (unnamed != [1] or n < 3 or any(len(r) > 1 and _amount(r[1]) for r in run[1:])):
        return False  # a column the head leaves unnamed: only a sub-label column beside the label column
    if all(len(r) == n for r in run[1:]):  # every row as many cells as the head: no cell printed once
        return True  # for several rows, so none shifted
    # an empty cell typed (between two tabs, a tab opening a line, or tabs closing a row: ``closed``)
    return closed or any("" in r for r in run[1:])


def _one_row_of_figures(run: list[list[str]]) -> bool:
    """A head and one row typed with as many cells as it, the row a label and figures only (a funding
    table of one 총계 row, ``구 분<TAB>2018<TAB>…<TAB>계`` over ``총 계<TAB>8154<TAB>…<TAB>32526``): no row
    spans another in a table of one row, and a cell spanning columns would leave the row short, so each
    cell's place is its column. A row short only by the note columns closing the head (``… 민자등<TAB>비고``
    over a row ending at 민자등's figure: the empty note's tab not typed) is as many cells as the head's
    columns of figures; a row short otherwise stays text (which of its cells spans is not printed)."""
    if len(run) != 2:
        return False
    head, row = run
    n = len(head)
    notes = current().note_column_keys
    if (
        n < 3
        or not 2 <= len(row) <= n
        or not all(head)
        or not row[0]
        or any(_amount(c) for c in head + row[:1])
    ):
        return False
    if any(key(c) not in notes for c in head[len(row) :]):
        return False
    return all(_amount(c) for c in row[1:])


def _amount(cell: str) -> bool:
    """A cell printing a bare figure (``27,987``, ``100.0``, not a year such as ``2024``): a row's,
    never a head's."""
    if not (any(ch.isdigit() for ch in cell) and all(ch.isdigit() or ch in ",." for ch in cell)):
        return False
    return not (cell.isdigit() and len(cell) == 4 and cell[:2] in ("19", "20"))


def typed_table(rows: list[list[str]], sources: list[Source]) -> Table:
    """A table typed as lines of tab-separated cells: a line a row, a cell a column by its place on
    the line, each cell's source its line's (a head of two lines, ``typed_heads``, its cells spanning)."""
    if rows and rows[0] and spanned_width(rows, _amount) is not None:
        return spanned_table(rows, sources)
    cells = [
        Cell(
            row=r,
            col=k,
            text=text,
            source=src,
            paragraphs=[Paragraph(text=text, source=src)] if text else [],
            blocks=[Paragraph(text=text, source=src)] if text else [],
        )
        for r, (row, src) in enumerate(zip(rows, sources, strict=True))
        for k, text in enumerate(row)
    ]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), source=sources[0])
