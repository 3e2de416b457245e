"""Budget parts whose thousands comma OCR read as another glyph, read where the total proves one reading.

Class of card fixed (session 36): a scanned budget ``26,264백만원(국비 6,093, 시비 9,427, 구비 3,747, 민자등 6,997)``
OCR'd ``(국비 66093, 시비 99427, 구비 33747, 민자등 6.997)``: three commas read as a digit (the figure one digit
too long, ungrouped among grouped siblings: null) and one as a point, read as 6.997 백만원, a figure a thousand
times too small (mutant 4530 scan, one wrong figure). Each such part has two readings at most: a bare figure (digits
alone, in the budget's own unit) ungrouped where a sibling groups (:func:`.money_grouping.misgrouped`) the digits
less the one standing where its comma was (the fourth from the right), a figure grouped by a point before three
digits where another figure of the budget groups by a comma (:func:`.money_grouping.point_for_comma`) as read or its
digits. The readings are taken only where exactly one choice of them makes every part add up to the total, and a
second, independent sum proves them (:mod:`pledgecard.extract.budget_readings`: the funding table's); else every
such part is null with its printed text (a finding), never the reading as printed.

Mended (session 36, mendc; review c): the readings are OCR's errors and offered only for a card read by OCR
(:func:`.ocr_reading.ocr_read`; a text card's ``도비 17939`` had a digit dropped to meet its sum), only for bare figures
(``15000만 원`` had its own unit lost: read 1,000억), a pointed part only beside a comma-grouped figure (``15억
원(도비 7.500, 시군비 3.750, 민자 3.000)``: true decimals were nulled), and a garbled total is read whole, never a
prefix of it (:func:`figure_readings` on the figure before its unit, the rest being the unit alone).
"""

from __future__ import annotations

import itertools
import re

from pledgecard.normalize.money_grouping import misgrouped, point_for_comma
from pledgecard.normalize.money_separators import GARBLED
from pledgecard.normalize.ocr_reading import ocr_read

_MAX_CHOICES = 6  # parts with two readings tried together (2**6 sums)
# the key a budget part (or the budget, for its total) read other than as printed holds its printed text under until a
# second sum proves the reading (:mod:`pledgecard.extract.budget_readings`, which removes it: no record keeps it)
READING = "reading"
# the key a budget part grouped by a point (``9.375``) that no sum of the budget reads holds its printed text under:
# read as printed, a decimal, kept only where its source's row in the funding table proves it (the budget's total is
# no proof: its parts do not meet it); budget_readings removes it
AS_PRINTED = "as_printed"


def _bare(text: str) -> bool:
    """Digits alone (ASCII), no unit nor sign: a figure in the budget's own unit."""
    return text.isascii() and text.isdigit()


def readings(texts: list[str], amounts: list[int], multiplier: int, total_text: str = "") -> list[list[int]]:
    """Each part's possible amounts (``texts`` as printed, spaces removed; ``amounts`` as read): one where the
    text is read as printed, two where a comma may have been read as a digit or a point (see the module);
    ``total_text`` the total's figure as printed, a sibling proving the budget groups its thousands by commas."""
    out: list[list[int]] = [[a] for a in amounts]
    for k in unsure_parts(texts, total_text):
        digits = texts[k].replace(".", "")
        if k in misgrouped(texts):  # its comma lost (as read) or read as a digit (that digit dropped)
            out[k].append(int(digits[:-4] + digits[-3:]) * multiplier)
        else:  # its comma read as a point
            out[k].append(int(digits) * multiplier)
    return out


def unsure_parts(texts: list[str], total_text: str) -> set[int]:
    """The parts with a second reading: bare figures of five digits or more ungrouped among grouped siblings, and
    figures grouped by a point where another figure of the budget groups by a comma (never a part printing its
    own unit)."""
    long = {k for k in misgrouped(texts) if _bare(texts[k]) and len(texts[k]) >= 5}
    pointed = {k for k in point_for_comma([*texts, total_text]) if k < len(texts)}
    return long | pointed


def proven_readings(
    texts: list[str], amounts: list[int], total: int, multiplier: int, total_text: str = ""
) -> list[int | None] | None:
    """The parts' amounts where some part's comma may be misread (:func:`readings`): the one choice of readings
    adding up to ``total``, or None for every such part where no choice or more than one does; None (no answer)
    where no part has another reading or the figures were not read by OCR."""
    unsure = sorted(unsure_parts(texts, total_text)) if ocr_read() else []
    if not unsure:
        return None
    options = readings(texts, amounts, multiplier, total_text)
    fits = []
    if len(unsure) <= _MAX_CHOICES:
        for choice in itertools.product(*(options[k] for k in unsure)):
            read = list(amounts)
            for k, v in zip(unsure, choice, strict=True):
                read[k] = v
            if sum(read) == total:
                fits.append(read)
    if len(fits) == 1:
        return list(fits[0])
    return [None if k in unsure else a for k, a in enumerate(amounts)]


def figure_readings(text: str) -> list[int]:
    """The numbers a figure's text (spaces removed) may print where OCR lost its separators or read one as a digit:
    its digits as they stand, and where its leading group runs past three digits, its digits less the one standing
    where the last comma of that group would be (``33998,712`` -> 33998712, 3998712); none for another text."""
    if not (_bare(text) or GARBLED.fullmatch(text)):  # digits alone, or grouped by separators
        return []
    lead, digits = re.match(r"\d+", text).group(0), re.sub(r"\D", "", text)  # type: ignore[union-attr]
    out = [int(digits)]
    if len(lead) >= 5:
        cut = len(lead) - 4
        out.append(int(digits[:cut] + digits[cut + 1 :]))
    return out


def proven_total(
    total_text: str, printed: list[str], amounts: list[int | None], multiplier: int
) -> tuple[int, list[int]] | None:
    """A budget whose total OCR garbled past reading (``33998,712천원(국비 11268,151, 도비 11101,319, 군비 1629,242)``
    for 3,998,712 천원 and its parts): the total and every part (``printed`` their texts, ``amounts`` as read or
    None) read by :func:`figure_readings` where exactly one choice of readings makes the parts add up to the total,
    in won (times ``multiplier``); else None.

    Class of card fixed (session 36): gaeul-county 64030 scan, its commas read as a digit (the leading ``3``
    doubled) or lost: the total and its three parts unread."""
    if not ocr_read():  # a typed figure garbled is no misread comma: unread
        return None
    totals = figure_readings(re.sub(r"\s+", "", total_text))
    options = [
        [a // multiplier] if a is not None and a % multiplier == 0 else figure_readings(re.sub(r"\s+", "", t))
        for a, t in zip(amounts, printed, strict=True)
    ]
    if not totals or not options or not all(options) or len(options) > _MAX_CHOICES:
        return None
    fits = [
        (total, list(choice))
        for total in totals
        for choice in itertools.product(*options)
        if sum(choice) == total
    ]
    if len(fits) != 1:
        return None
    total, parts = fits[0]
    return total * multiplier, [p * multiplier for p in parts]
