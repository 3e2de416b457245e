"""The label cell of a table's row: the first cell naming a section (or a block) beside its content, unless
the row is a grid's column heads, a header label's value or a date column's cell."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.heading_numbers import heading_number, number_spaced, titleish
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.item_heads import item_columns
from pledgecard.extract.labels import header_field_of, section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.dates import is_date
from pledgecard.normalize.text import is_syllable


def row_cells(table: Table, row: int, col0: int = 0) -> list[Cell]:
    return sorted((c for c in table.cells if c.row == row and c.col >= col0), key=lambda c: c.col)


def label_cell(table: Table, row: int) -> Cell | None:
    """The first cell of a row, when it names a section (or, inside the achievements, a block:
    ``기 추진실적``, ``《2024년 4분기 현재》``) and other cells hold its content."""
    cells = row_cells(table, row)
    if len(cells) < 2:
        return None
    above = table.cell_at(row, 0) if cells[0].col > 0 else None
    if above is not None and above.row < row:
        return None  # a sub-label under a label spanning rows (사업개요 over 사업기간 / 사업내용)
    pieces = _label_pieces(table, cells)
    if pieces is not None:
        return pieces  # a label a page break cut in two cells beside one content cell (성/과 + 목/표)
    label = label_text(cells[0].text)
    bare = split_marker(label)[1]  # a label cell may carry its heading marker (■ 사업 개요, 1. 추진실적)
    if (
        section_of(label) is None
        and section_of(bare) is None
        and not is_group_label(label)
        and not numbered_title(label)
        and not numbered_title(bare)
        and not _dated_block_cell(table, cells[0])
    ):
        return None
    if _item_date(table, row, cells[0]):
        return None
    if (
        bare == label.strip()
        and header_field_of(label)
        and all("\n" not in c.text.strip() and len(c.text) <= 30 for c in cells[1:])
    ):
        return None  # 추진상황 | 이행후 계속추진: a header label (that also names a section) and its value
    if _column_head(table, cells):
        return None
    if _under_header_labels(table, row, cells):
        return (
            None  # 기준일 | 실천목표 over 2024. 3/4분기 현재 | 2026년 완료: the labels' values, a date first
        )
    if (
        row == 0
        and len(cells) >= 4
        and all("\n" not in c.text.strip() and len(c.text) <= 20 for c in cells[1:])
    ):
        return None  # 성과지표 | 2024년 목표 | 실적 | 추진상황: the first of a data table's column heads
    return cells[0]


def _item_date(table: Table, row: int, cell: Cell) -> bool:
    """A cell under the date column's head of items printed as a table (추진일자 | 추진내용 | 비고) printing
    a date alone, an end word closing it or not (``'23. 3월말``): that row's date, no block label (a block
    label there states its reporting point with an as-of word: ``2024년 4분기 현재``)."""
    cols = item_columns(table.grid()[0]) if row > 0 else None
    text = " ".join(cell.text.split())
    return (
        cols is not None
        and cols[0] == cell.col
        and is_date(text)
        and not re.search(current().alternation("as_of"), text)
    )


def _label_pieces(table: Table, cells: list[Cell]) -> Cell | None:
    """A section label cut into cells of the label column down the rows of one content cell beside
    it (a page break cut the label cell, drawn closed on both pages, while the content cell went on:
    ``성 과`` over ``목 표`` beside the goal table): the pieces as one label cell spanning the content's
    rows, when the pieces joined name a section and the first alone does not, or the first leaves a
    bracket open (``투자계획(단`` over ``위:백만원)``: a unit statement cut); else None."""
    if len(cells) != 2:
        return None
    first, content = cells
    below = first.row + first.row_span
    open_bracket = first.text.rfind("(") > first.text.rfind(")")  # 투자계획(단 over 위:백만원): it goes on
    if (
        content.row != first.row
        or content.row_span <= first.row_span
        or (_label_names_section(first.text) and not open_bracket)
    ):
        return None
    pieces = [first]
    for r in range(below, content.row + content.row_span):
        row = row_cells(table, r)
        if not row:
            continue
        if len(row) != 1 or (row[0].col, row[0].col_span) != (first.col, first.col_span):
            return None
        pieces.append(row[0])
    text = " ".join(" ".join(p.text.split()) for p in pieces)
    if len(pieces) < 2 or not _label_names_section(text):
        return None
    return replace(first, text=text, row_span=content.row_span, paragraphs=[])


def label_text(text: str) -> str:
    """A label cell's text on one line: a label printed a letter a line (Ⅲ / ) / 투 / 자 / 계 / 획)
    has its letters joined into words, naming its section as printed across (Ⅲ)투자계획); a heading number
    so joined to its title gets its space back (제 / 1 / 장 / 사 / 업 ...: 제1장 사업개요), and a glyph on a line of
    its own before them stays apart, the heading's marker (▤ / 1 / . / 사 / 업 ...: ▤ 1.사업개요)."""
    letters = letter_lines(text)
    if not letters:
        return " ".join(closer_joined(text).split())
    if len(letters[0]) == 1 and unicodedata.category(letters[0]).startswith("S"):
        return f"{letters[0]} {number_spaced(''.join(letters[1:]))}"
    return number_spaced("".join(letters))


_CLOSER_LINE = re.compile(r"\n[ \t]*([.)．）])[ \t]*(?=\n|$)")  # a numbering's closing mark alone on its line


def closer_joined(text: str) -> str:
    """A label cell's text with a numbering's closing mark that a narrow cell wrapped onto a line of its
    own put back after its numeral (▶ Ⅶ / . / 기 대 효 과: ▶ Ⅶ. / 기 대 효 과), so the heading's numbering
    reads whole (``Ⅶ . 기대효과`` names no section)."""
    return _CLOSER_LINE.sub(r"\1", text)


def letter_lines(text: str) -> list[str]:
    """The lines of a text printed a letter a line, three or more (else none). A narrow label cell may wrap
    two or three of a heading number's glyphs onto one line (``2`` / ``-1`` / ``.`` / ``사`` / ``업`` ...: a
    ``2-1.`` numbering over a title a syllable a line); such a line of no letter counts among them, where the
    title's syllables stand a line each."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 3 or not all(len(ln) == 1 or number_piece(ln) for ln in lines):
        return []
    if any(len(ln) > 1 for ln in lines) and sum(1 for ln in lines if is_syllable(ln)) < 2:
        return []  # short numbers a line ('22 / '23 / '24): no label printed a letter a line
    return lines


def number_piece(line: str) -> bool:
    """A line of two or three glyphs of a heading's numbering (``-1``, ``12``, ``1)``): no letter, no space."""
    return 1 < len(line) <= 3 and not any(ch.isalpha() or ch.isspace() for ch in line)


def _label_names_section(text: str) -> bool:
    """A label naming a section, bare or after its heading marker (Ⅲ) 투자계획), its words spaced or
    its letters (a label printed a letter a line: Ⅲ ) 투 자 계 획)."""
    return any(
        section_of(label) is not None or section_of(split_marker(label)[1]) is not None
        for label in (" ".join(text.split()), "".join(text.split()))
    )


def _under_header_labels(table: Table, row: int, cells: list[Cell]) -> bool:
    """Whether a row is the values of a row of header labels above it: the row above has a cell in
    every column this row has one (the same columns and spans), two or more of them header labels
    and the others short words without a figure (a label no vocabulary knows)."""
    above = row_cells(table, row - 1) if row > 0 else []
    if len(above) != len(cells) or any(
        (a.col, a.col_span) != (c.col, c.col_span) for a, c in zip(above, cells, strict=True)
    ):
        return False
    known = [a for a in above if header_field_of(" ".join(a.text.split()))]
    return (
        len(known) >= 2
        and len(above) - len(known) <= 1
        and all(len("".join(a.text.split())) <= 8 and not any(ch.isdigit() for ch in a.text) for a in above)
    )


def _column_head(table: Table, cells: list[Cell]) -> bool:
    """Whether a row's first cell naming a section (``성과지표``) is the head of a grid's first
    column: the row is three cells or more (column heads, not a label beside its content) and every
    row under the cell's span, to the end of the table, prints a cell of words in its column that
    names no section (the grid's row labels: ``청년주택 공급``; a row label spanning rows, ``국비`` over
    its 당초 / 변경 rows, stands for each of them)."""
    first = cells[0]
    end = first.row + max(1, first.row_span)
    if (len(cells) < 3 and not _two_row_head(table, cells)) or end >= table.n_rows:
        return False
    for r in range(end, table.n_rows):
        own = table.cell_at(r, first.col)
        if own is None or own.col != first.col or len(row_cells(table, r)) < 2:
            return False
        text = " ".join(own.text.split())
        if (
            not text
            or section_of(text) is not None
            or section_of(split_marker(text)[1]) is not None
            or is_group_label(text)
            or numbered_title(text)
            or _dated_block_cell(table, own)
        ):
            return False
    return True


def _dated_block_cell(table: Table, cell: Cell) -> bool:
    """A cell of the table's first column printing a date alone over several rows, under or over a block label
    in that column (``기 추진실적 (19.2/4분기 누계)`` spanning its rows, then ``2019-09-30`` spanning the next
    block's): a block named by its reporting point alone, no row label of a grid."""
    if cell.col != 0 or cell.row_span < 2 or not is_date(" ".join(cell.text.split())):
        return False
    return any(
        c.col == 0 and c is not cell and c.row_span > 1 and is_group_label(label_text(c.text))
        for c in table.cells
    )


def _two_row_head(table: Table, cells: list[Cell]) -> bool:
    """Whether a row of two cells is the top of a grid's two head rows: its first cell spans both,
    the second spans two columns or more, and the row under it holds exactly the sub-heads under the
    second (추진계획 | 2025년 over 1/4 .. 4/4), each short, one column wide."""
    if len(cells) != 2:
        return False
    first, span = cells
    if first.row_span != 2 or span.col_span < 2 or span.row_span != 1:
        return False
    subs = row_cells(table, first.row + 1)
    return len(subs) == span.col_span and all(
        c.col_span == 1 and span.col <= c.col < span.col + span.col_span and len(c.text.strip()) <= 6
        for c in subs
    )


def numbered_title(text: str) -> bool:
    """A label cell numbered as a heading around a short title (``가. 사업의 주요 골자``): a section
    label whatever its words (extract/content_kinds.py names the section by its content)."""
    hn = heading_number(" ".join(text.split()))
    return hn is not None and titleish(hn[2])


def is_group_label(text: str) -> bool:
    t = " ".join(text.split())
    vocab = current()
    if re.match(f"^(?:{vocab.pattern('as_of', 'prior_achievements')})", t):
        return True
    g = parse_group_heading(t) if len(t) <= 40 else None
    # a block name in words (not a bare year mark such as <2023> of a goals table)
    return g is not None and bool(re.search(r"[가-힣]{2,}", vocab.year_re.sub("", g[0])))
