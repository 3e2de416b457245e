"""Funding rows a reader printed apart from their label or their last cells (a PDF table drawn without ruling
lines, its label cells set higher than the figures beside them and its dashes higher still: ``합계`` / ``8,300,000
1,970,000 …``, ``지방비 도비 4,300,000 920,000 1,790,000`` / ``-`` / ``- 1,590,000``; crossbred 6324 pdf): a line of
one source's or the total's label alone, right over a line of two figures or more and nothing else, is that row's
label; a line of figures alone (a dash a cell) right under a row's line is the rest of that row. The rows' places
are then the sums' to prove (:mod:`funding_checks`), as for any row a line.

Only where the page's geometry shows the two lines one row (session 34, pdfdumps2): both lines of a PDF, on one
page, the second's top within one line's height of the first's (a cell set a little higher than the cells beside
it). A text dump's lines carry no geometry: its label alone over a line of figures is another shape (pdf2txt
prints a table's label column apart from its figures' boxes), which this joining lowered (areum-district pdf2txt
0.839, session 32's revert)."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_rows import printed_row
from pledgecard.extract.sections.funding_source_labels import source_label


def _figures(toks: list[str]) -> bool:
    return bool(toks) and all(is_amount_cell(t) for t in toks)


def _label_alone(text: str) -> bool:
    """A line that is one source's or the total's label and nothing else (``합계``, ``군비``, ``국 비``)."""
    toks = text.split()
    return (
        0 < len(toks) <= 2
        and not any(ch.isdigit() for ch in text)
        and source_label([text]) is not None
        and source_label(["".join(toks)]) == source_label([text])
    )


def same_row(a: Line, b: Line) -> bool:
    """Whether PDF lines ``a`` and ``b`` (``b`` printed under ``a``) sit on one page within one line's height of
    each other: one table row whose cells were set at slightly different heights."""
    if a.source is None or b.source is None:
        return False  # a line of no known place (built from text alone): nothing to measure
    ba, bb = a.source.bbox, b.source.bbox
    if ba is None or bb is None or a.source.page != b.source.page:
        return False
    height = max(ba[3] - ba[1], bb[3] - bb[1])
    return 0 < height and abs(bb[1] - ba[1]) < height


def _join(a: Line, b: Line) -> Line:
    text = f"{a.full_text} {b.full_text}"
    return replace(a, text=text, marker=None, printed=None)


def labels_apart_joined(lines: list[Line]) -> list[Line]:
    """``lines`` with each row printed apart from its label or its last cells put back on one line."""
    out: list[Line] = []
    for ln in lines:
        toks = ln.full_text.split()
        prev = out[-1] if out else None
        if (
            prev is not None
            and same_row(prev, ln)
            and _figures(toks)
            and (
                (len(toks) >= 2 and _label_alone(prev.full_text))
                or (
                    printed_row(prev.full_text) is not None
                    and any(is_amount_cell(t) for t in prev.full_text.split())
                )
            )
        ):
            out[-1] = _join(prev, ln)
            continue
        out.append(ln)
    return out
