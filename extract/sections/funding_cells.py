"""One funding cell's text: whether it reads as an amount (OCR-confused ones too), a wrapped number
squashed whole again, figures a dump glued together or to a unit split apart, a label without its spaces."""

from __future__ import annotations

import re

from pledgecard.extract.figure_marks import without_mark
from pledgecard.extract.revisions import in_force
from pledgecard.extract.sections.funding_slashed import slashed_figure
from pledgecard.extract.sections.squashed_figures import one_number, unjoined
from pledgecard.extract.vocabulary_memo import per_vocabulary
from pledgecard.normalize.money import looks_like_amount, parse_amount
from pledgecard.normalize.text import DASH_CLASS, DASHES, fold
from pledgecard.record import FundingRow

_AMOUNT_TOKEN = re.compile(r"^[△▲\-−]?\(?[\d,]+(?:\.\d+)?\)?$|^" + DASH_CLASS + "$")


def unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


@per_vocabulary
def squashed_cell(cell: str) -> str:
    """A number a narrow cell wrapped (``27,743,`` / ``610``) or a scan printed with a space for a comma
    (``2819 632``) is one number again; pieces that make no one well-grouped number (``73275 884.828``: two
    figures a cell, a struck one beside the one in force) stay apart, the cell unread (:mod:`squashed_figures`)."""
    c = without_mark(
        in_force(cell.strip())
    )  # 1,200※: the figure without its footnote mark; 1,200 → 1,350: the
    #                                          figure in force
    if re.fullmatch(r"[△▲\-−]?[\d,.\s]+", c):
        return one_number(c) or c
    return c


def is_amount_token(word: str) -> bool:
    """Whether a word is printed as an amount: a figure, signed (``△467``) or in brackets, or a dash alone
    (no OCR-confused one: :func:`is_amount_cell`)."""
    return bool(_AMOUNT_TOKEN.match(word))


@per_vocabulary
def is_amount_cell(cell: str) -> bool:
    """Whether a funding table's cell is read as an amount, readable or OCR-confused (``l54,442``): a
    confused one keeps its place and reads as null, it never drops its row or shifts the cells after it;
    a row holding a cell that is no amount is not read (:mod:`pledgecard.extract.sections.rows_dropped`
    reports it)."""
    c = squashed_cell(cell)
    return (
        bool(_AMOUNT_TOKEN.match(c)) or looks_like_amount(c) or _rise(c) or unjoined(c) or slashed_figure(c)
    )  # 73275 884.828, a scan's 2,7/99: null


def _rise(cell: str) -> bool:
    """A figure signed as a rise (``+618``, ``+5.0``: a derived ``증감`` column's cell): a cell of the table's
    figures, its row a row of amounts; its value unread (null where a period's column holds it), never unsigned."""
    return cell[:1] == "+" and any(ch.isdigit() for ch in cell) and bool(_AMOUNT_TOKEN.match(cell[1:]))


def with_raw(row: FundingRow, cells: list[str]) -> FundingRow:
    """Keep the printed text of a row's cells when one of them could not be read (``amounts_raw``)."""
    if any(v is None and c.strip() for v, c in zip(row["amounts_krw"], cells, strict=False)):
        row["amounts_raw"] = [fold(c) for c in cells]
    return row


_DIGITS_COMMAS = re.compile(r"^\d[\d,]*\d$")


def split_glued(token: str) -> list[str] | None:
    """Amounts a dump printed without a space between them, parted where their comma groups show
    it: ``1,355,782,3131,016,794,005610,559,657`` -> ``1,355,782,313`` | ``1,016,794,005`` |
    ``610,559,657`` (three digits close a group; the digits after them open the next amount, which
    must go on with a comma). ``[token]`` for a token that is one amount or no grouped number;
    None where the parting is not certain (a leading run of more than three digits, digits after
    a group that no comma follows)."""
    if GROUPED_OK.match(token) or not _DIGITS_COMMAS.match(token) or "," not in token:
        return [token]
    runs = token.split(",")
    if not 1 <= len(runs[0]) <= 3:
        return None
    out, cur = [], runs[0]
    for k, run in enumerate(runs[1:], 1):
        if len(run) == 3:
            cur += "," + run
            continue
        if len(run) < 3 or len(run) > 6 or k == len(runs) - 1:
            return None  # a short group, or digits after the last group: no certain parting
        out.append(cur + "," + run[:3])
        cur = run[3:]
    out.append(cur)
    return out if all(GROUPED_OK.match(t) for t in out) else None


_AFTER_UNIT = re.compile(r"(?<=[^\d,.\s△▲\-−(])(?=[△▲\-−]?\d)")


def split_after_units(token: str) -> list[str]:
    """Amounts a dump printed glued after their unit (``349.5억원52.7억원``): a unit ends its
    amount, so the digits after it open the next one. The parts when each is an amount with its
    unit, else ``[token]``.

    An amount printed with two units (``1억2,000만원``: one amount, its big numeral and the place
    below it) is never parted inside: pieces whose joining still reads as one amount stay joined
    (``1억2,000만원3억6,000만원`` -> ``1억2,000만원`` | ``3억6,000만원``), so a part is a complete
    amount, never the upper place of one."""
    pieces = _AFTER_UNIT.split(token)
    if len(pieces) < 2 or not all(is_amount_cell(p) and not GROUPED_OK.match(p) for p in pieces):
        return [token]
    parts = [pieces[0]]
    for piece in pieces[1:]:
        if parse_amount(parts[-1] + piece) is not None:
            parts[-1] += piece  # the piece goes on the amount before it: one amount in two units
        else:
            parts.append(piece)
    return parts


GROUPED_OK = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def glue_numbers(tokens: list[str]) -> list[str]:
    """``['125,903,', '000']`` or ``['27,666,0', '00']`` -> ``['125,903,000']``: a number that a
    narrow cell wrapped is whole again when its comma groups only come right glued."""
    out: list[str] = []
    for t in tokens:
        if out and out[-1][:1].isdigit() and t[:1].isdigit() and "," in out[-1]:
            prev = out[-1]
            if not GROUPED_OK.match(prev) and GROUPED_OK.match(prev + t):
                out[-1] = prev + t
                continue
        out.append(t)
    return out


def label_width(row: list[str]) -> int:
    """The count of a grid row's leading label cells: those before its first amount cell (all, with none)."""
    return next((k for k, c in enumerate(row) if c.strip() and is_amount_cell(c)), len(row))


def plain_int(cell: str, *, blank_is_zero: bool) -> int | None:
    """A cell printing a plain whole figure (``1,234``, spaces and commas between its digits dropped): its value; a
    dash 0; a blank 0 with ``blank_is_zero``, else None; anything else (a decimal, a unit, words) None."""
    c = "".join(cell.split()).replace(",", "")
    if not c:
        return 0 if blank_is_zero else None
    return 0 if c in DASHES else int(c) if c.isdigit() else None
