"""The lines the section extractors read (``Line``; ``Item`` a line or a table) and a cell's paragraphs made
lines, a hard-wrapped line closing a bracket joined to the line above."""

from __future__ import annotations

from dataclasses import dataclass, field

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.glued_titles import glued_known_title
from pledgecard.extract.heading_numbers import glued_number
from pledgecard.extract.markers import split_marker
from pledgecard.extract.paren_rest import closes_paren_above
from pledgecard.extract.textjoin import glue


@dataclass(slots=True)
class Line:
    text: str
    marker: str | None
    indent: int
    source: Source
    heading: bool = False  # came from a table's label cell
    printed: str | None = None  # a text dump's line as printed, space runs kept (Paragraph.printed)
    lead: int = 0  # the spaces printed before it while ``printed`` is kept (Paragraph.lead)
    # a text dump printed spaces after its last character (kept for a marked line too, whose ``printed`` is
    # not): the dump keeps trailing gaps, which most converters strip
    trailing_gap: bool = field(default=False, compare=False)
    first_printed: str | None = field(default=None, compare=False)  # (Paragraph.first_printed)

    @property
    def full_text(self) -> str:
        return f"{self.marker} {self.text}" if self.marker else self.text


Item = Line | Table


def lines_of(paras: list[Paragraph], fallback: Source) -> list[Line]:
    out: list[Line] = []
    for p in paras:
        marker, text = (p.marker, p.text) if p.marker else split_marker(p.text)
        if marker is None and (glued := glued_number(text) or glued_known_title(text)) is not None:
            marker, text = glued  # a heading number run into its title (1.사업개요): as printed spaced
        if text or marker:
            src = p.source if p.source != Source() else fallback
            line = Line(text=" ".join(text.split()), marker=marker, indent=p.indent, source=src)
            if out and closes_open_paren(out[-1], line):  # a hard-wrapped line inside a cell
                out[-1].text = glue(out[-1].text, line.text)
                continue
            out.append(line)
    return out


def lines_of_cell(cell: Cell) -> list[Line]:
    paras = cell.paragraphs or [
        Paragraph(text=t, source=cell.source) for t in cell.text.split("\n") if t.strip()
    ]
    return lines_of(paras, cell.source)


def cell_lines(cell: Cell) -> list[Line]:
    """A cell's lines, each with its own marker (a bullet, a note's ``*``)."""
    return lines_of_cell(cell)


def closes_open_paren(prev: Item | None, line: Line) -> bool:
    """A line without a bullet that closes a parenthesis the bullet line above left open is the
    rest of that line (``총사업비 : 20억 원(도비 5억, 군비`` + ``15억)``), whatever the reader."""
    return (
        isinstance(prev, Line)
        and prev.marker is not None
        and line.marker is None
        and closes_paren_above(prev.text, line.text)
    )
