"""An amount that reads as a year (``2034``, ``2027`` 백만원) among a dump's amounts, taken as the amount it is.

The class of card: a funding table a dump printed a cell a line (pdftotext), its periods headed by words
(민선8기 1년차 ...), whose cells hold a four-digit figure that is also a year (mutant 4135 pdftotext: 계 ``2034`` and
군비 ``2027``). The stream's token pattern took each for a year column's label; a column label among the amounts
means a table printed column by column, the counts then fitted no reading and the whole funding was lost.

A figure is a label only where the head could print it: bare numbers (digits alone) standing between two amounts,
in a table whose head (the tokens before the first amount) prints two column labels or more and none of them a
bare number, is no label of that head: it is one of the amounts. Anything else stays as the pattern read it."""

from __future__ import annotations

import re
from collections.abc import Sequence

_BARE = re.compile(r"\d+")


def amounts_like_years(stream: Sequence[re.Match[str]]) -> set[int]:
    """The indexes of ``stream``'s column tokens (``col``) that are amounts (see the module)."""
    first = next((i for i, m in enumerate(stream) if m.lastgroup == "amount"), None)
    if first is None:
        return set()
    head = [m.group(0).strip() for m in stream[:first] if m.lastgroup == "col"]
    if len(head) < 2 or any(_BARE.fullmatch(h) for h in head):
        return set()
    out: set[int] = set()
    run: list[int] = []  # bare numbers read as labels, one after another since the last amount
    for i in range(first + 1, len(stream)):
        if stream[i].lastgroup == "col" and _BARE.fullmatch(stream[i].group(0).strip()):
            run.append(i)
            continue
        if stream[i].lastgroup == "amount" and run and stream[run[0] - 1].lastgroup == "amount":
            out.update(run)  # between two amounts
        run = []
    return out
