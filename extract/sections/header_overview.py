"""Overview facts printed as rows of the header table (사업기간 | 22.10.~27.2. | 추진상황 | ...,
총사업비 | ..., 주요내용 | the content lines) on cards with no overview section of their own: the
header reader leaves them, this module hands them to the overview reader as ``label : value`` lines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import header_field_of, norm_label
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import SECTION_MARKERS, is_numbering, split_marker
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.extract.vocabulary import key as vocab_key
from pledgecard.normalize.text import fold, is_syllable

if TYPE_CHECKING:
    from collections.abc import Sequence


def _labels(v: Vocabulary) -> dict[str, str]:
    """An overview label's key -> its field (``period``, ``budget``, ``contents``)."""
    return {vocab_key(w): name for name, words in v.table("overview").items() for w in words}


def overview_field(label: str) -> str | None:
    """The overview field a label names (``사업기간`` -> ``period``), or None."""
    return current().build(_labels).get(norm_label(label))


def _value_lines(label: str, value: str, src: object) -> list[Line]:
    """``label : value`` for a one-line value; a value of several lines (the 주요내용 cell) opens
    with the label alone and gives each line with its bullet."""
    parts = [p.strip() for p in value.split("\n") if p.strip()]
    if len(parts) <= 1 and overview_field(label) != "contents":
        return [Line(text=f"{label} : {fold(value)}", marker=None, indent=0, source=src)]  # type: ignore[arg-type]
    out = [Line(text=f"{label} :", marker=None, indent=0, source=src)]  # type: ignore[arg-type]
    for p in parts:
        marker, text = split_marker(p)
        out.append(Line(text=fold(text), marker=marker, indent=0, source=src))  # type: ignore[arg-type]
    return out


def _rows_apart(table: Table) -> dict[int, str]:
    """Values of label cells a lost rule merged (by id of the label cell): a value cell spanning the rows of as many
    overview label cells left of it, one a row, as it prints lines gives each label its line, in order.

    Class of card fixed (session 34): a scan's overview table whose rule between two value cells was lost (dallae-city
    101 printed 2-up on plain paper and scanned: ``사업비 | 43,751백만원(...)`` over ``주요내용 | ◎ 청년 ...``, the two
    values read as one cell spanning both rows): the budget read as two lines under 사업비 and the contents lost.
    Where the lines and the labels do not pair one for one, the cell stays as read. Only the value's own label
    column counts (the printed cells nearest left of it in its rows), every one an overview label of one row: a label
    spanning the value's rows owns it whole (``사업비`` merged over two rows beside ``43,751백만원`` / ``(국비 ...)``:
    class fixed, session 34 review c #4, its lines were given to 사업기간 and 주요내용 of another column)."""
    out: dict[int, str] = {}
    for value in table.cells:
        if value.row_span < 2:
            continue
        labels = _own_labels(table, value)
        lines = [t for t in value.text.split("\n") if t.strip()]
        if len(labels) == value.row_span == len(lines) and len({c.row for c in labels}) == len(labels):
            out.update({id(c): t for c, t in zip(labels, lines, strict=True)})
    return out


def _own_labels(table: Table, value: Cell) -> list[Cell]:
    """The label cells of ``value``'s own label column, by row: the printed cells in its rows nearest left of it;
    none unless every one is an overview label of one row (a label spanning rows owns the value whole)."""
    rows = range(value.row, value.row + value.row_span)
    left = [c for c in table.cells if c.row in rows and c.col + c.col_span <= value.col and c.text.strip()]
    if not left:
        return []
    edge = max(c.col + c.col_span for c in left)
    own = sorted((c for c in left if c.col + c.col_span == edge), key=lambda c: c.row)
    if any(c.row_span != 1 or overview_field(fold(c.text.replace("\n", " "))) is None for c in own):
        return []
    return own


def _from_table(table: Table) -> list[Line]:
    """Every overview label cell of a header table with the cell right of it as its value (its line of a value
    cell a lost rule merged over the rows of two labels or more: :func:`_rows_apart`)."""
    out: list[Line] = []
    apart = _rows_apart(table)
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        label = fold(cell.text.replace("\n", " "))
        if overview_field(label) is None:
            continue
        if id(cell) in apart:
            out += _value_lines(label, apart[id(cell)], cell.source)
            continue
        right = sorted(
            (
                c
                for c in table.cells
                if c.row == cell.row and c.col >= cell.col + cell.col_span and c.text.strip()
            ),
            key=lambda c: c.col,
        )
        value = right[0] if right else None  # the next printed cell (a layout grid may leave gaps)
        if (
            value is not None
            and overview_field(fold(value.text)) is None
            and header_field_of(fold(value.text)) is None
        ):
            out += _value_lines(label, value.text, value.source)
    return out


def _split_line(line: Line) -> list[Line] | None:
    """A header line opening with an overview label and its value (``사업기간 22.10.~27.2.``,
    ``주요내용 - 아이돌봄 ...``) as overview lines; None when it opens with no overview label."""
    if line.marker is not None and (is_numbering(line.marker) or line.marker in SECTION_MARKERS):
        return None  # (a bulleted label line reads as a bare one: ``· 사업기간 : 2023.1.~``)
    words = line.text.split()
    for n in (1, 2):  # a label printed spaced over two words (사업 기간)
        if len(words) > n - 1 and overview_field("".join(words[:n])) is not None:
            rest = " ".join(words[n:])
            if ":" in rest[:2]:
                rest = rest.split(":", 1)[1].strip()
            return _value_lines("".join(words[:n]), rest, line.source)
    return None


def _value_below(split: list[Line], below: Item | None) -> list[Line] | None:
    """A one-line overview label printed alone (its cell a line, as ``pdftotext`` prints a header
    table's cells) with the line under it as its value: the lines of both, when that line has no
    bullet and is no label itself (neither an overview nor a header label); else None."""
    label = split[0].text.split(":")[0].strip()
    if len(split) != 1 or split[0].text.split(":", 1)[1].strip() or overview_field(label) == "contents":
        return None
    if not isinstance(below, Line) or below.marker is not None or not below.text.strip():
        return None
    text = fold(below.text)
    if (
        overview_field(text) is not None
        or header_field_of(text) is not None
        or _split_line(below) is not None
    ):
        return None
    return _value_lines(label, below.text, below.source)


def header_overview(header_items: list[Item], rest: list[Item]) -> tuple[list[Line], list[Item]]:
    """The overview lines of a header (its tables' overview rows, and the lines left over by the
    header reader that open with an overview label, the bulleted lines right under a contents
    label with them), and the items of ``rest`` not used."""
    lines: list[Line] = []
    for it in header_items:
        if isinstance(it, Table):
            lines += _from_table(it)
    left: list[Item] = []
    in_contents = False
    taken: set[int] = set()
    for n, it in enumerate(rest):
        if n in taken:
            continue
        split = _split_line(it) if isinstance(it, Line) else None
        if split is not None:
            if (value := _value_below(split, rest[n + 1] if n + 1 < len(rest) else None)) is not None:
                split = value
                taken.add(n + 1)
            lines += split
            in_contents = overview_field(split[0].text.split(":")[0].strip()) == "contents"
        elif in_contents and isinstance(it, Line) and it.marker is not None:
            lines.append(it)
        else:
            in_contents = False
            left.append(it)
    return lines, left


def _labelled(line: Line) -> str | None:
    """The overview field a line opens with (``사업기간 : '22. 8.~``, ``주요내용``), or None."""
    head = line.text.split(":", 1)[0] if ":" in line.text else line.text
    return overview_field(head.strip()) if len(head.split()) <= 2 else None


def overview_printed_later(sections: Sequence[SectionItems]) -> None:
    """An overview section with nothing under its heading whose labelled lines a dump printed under
    a later heading (``pdftotext`` reading a landscape page's columns across: ``❶ 사업 개요`` /
    ``❸ 주요 추진실적`` / ``• 사업기간 : ...``): the run of overview-labelled lines opening that later
    section (two or more labels; under the contents label its sub-items, bulleted otherwise than the
    labels) moves to the overview. Nothing moves unless that section opens with such a run (lone syllables
    before it aside: the rest of a label set a syllable a line, ``성`` / ``과``)."""
    empty = [s for s in sections if s.name == "overview" and not s.items]
    if len(empty) != 1:
        return
    after = list(sections)[list(sections).index(empty[0]) + 1 :]
    for sec in after:
        first = next(
            (
                k
                for k, it in enumerate(sec.items)
                if isinstance(it, Line) and not is_syllable(it.text.strip())
            ),
            None,
        )  # lone syllables before it: the rest of a label set a syllable a line (성 / 과)
        if first is None or not isinstance(head := sec.items[first], Line) or _labelled(head) is None:
            continue
        run: list[Line] = []
        labels = 0
        contents = False
        k = first
        while k < len(sec.items) and isinstance(it := sec.items[k], Line):
            if (field := _labelled(it)) is not None:
                labels += 1
                contents = field == "contents"
                split = _split_line(Line(text=it.text, marker=None, indent=it.indent, source=it.source))
                below = sec.items[k + 1] if k + 1 < len(sec.items) else None
                if split is not None and (value := _value_below(split, below)) is not None:
                    run += value  # the label alone, its value on the line under it (a cell a line)
                    k += 2
                    continue
            elif not (
                contents
                and it.marker is not None
                and it.marker != head.marker
                and not is_numbering(it.marker)
                and it.marker not in SECTION_MARKERS
            ):
                break
            run.append(it)
            k += 1
        if labels >= 2:
            empty[0].items.extend(run)
            sec.items[first:k] = []
        return
