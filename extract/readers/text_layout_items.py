"""What the layout reading of a text dump gives, in reading order: lines of running text and
tables (:data:`Out`), and those lines made paragraphs (:func:`to_blocks`)."""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.document import Paragraph, Source, Table
from pledgecard.extract.markers import split_marker


@dataclass(slots=True)
class TextLine:
    """A line of running text, ready to become a :class:`Paragraph`."""

    text: str
    indent: int  # display columns from the left edge of its region
    line_start: int
    line_end: int
    printed: str | None = None  # one line of the dump as printed, its space runs kept (text_lines.printed)
    # a row over several lines (a cell wrapped): its first line as printed (Paragraph.first_printed)
    first_printed: str | None = None


Out = TextLine | Table


def to_blocks(items: list[Out]) -> list[Paragraph | Table]:
    """Text lines to paragraphs (bullet split off, broken lines rejoined); tables kept."""
    from pledgecard.extract.textjoin import join_broken_lines
    from pledgecard.extract.textjoin_holds import bulleted_width

    out: list[Paragraph | Table] = []
    run: list[Paragraph] = []
    # the page's width from the whole dump's lines: a run between two tables may hold none of its widest
    width = bulleted_width([_paragraph(it) for it in items if isinstance(it, TextLine)])
    for it in items:
        if isinstance(it, Table):
            out.extend(join_broken_lines(run, width))
            run = []
            out.append(it)
            continue
        para = _paragraph(it)
        if para.text or para.marker:
            run.append(para)
    out.extend(join_broken_lines(run, width))
    return out


def _paragraph(it: TextLine) -> Paragraph:
    """A text line as a paragraph: its bullet split off, its spaces folded, its printed form kept when it is its text."""
    marker, body = split_marker(it.text)
    body = " ".join(body.split())
    kept = it.printed if marker is None and it.printed and " ".join(it.printed.split()) == body else None
    return Paragraph(
        text=body,
        marker=marker,
        indent=it.indent // 2,
        source=Source(line_start=it.line_start, line_end=it.line_end),
        printed=kept,
        lead=it.indent if kept is not None else 0,
        first_printed=it.first_printed if marker is None else None,
    )
