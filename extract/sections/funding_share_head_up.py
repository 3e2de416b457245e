"""A funding table whose share column's head (확보율 (%), 집행률: a rate, no amount) a dump printed on the unit's line
above the period line (session 36, helper txtmut3; txt mutant 4597).

The share column's head cell spans the table's two head rows; the dump prints its text at the cell's top, beside the
unit mark (``❪백만원❫ 확보율 (%)`` over ``2022학년도 … 2027학년도``), so the period line names one column fewer than
each row prints cells and no grid was built: every amount null. The share head is put back at the end of the period
line right below it, where a head printed on one line has it, and the readers read the table as they do that one
(the share column's cells no amount; every other proof as before). Only a line that is a unit mark and then a share
head and nothing else, right above a line of periods alone, is moved."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_column_heads import classify_column, is_period_head
from pledgecard.normalize.money import find_unit


def share_head_down(items: list[Item]) -> list[Item]:
    """``items`` with a unit mark's line ending in a share column's head (``❪백만원❫ 확보율 (%)``) right above a
    period line: the unit mark left on its line, the share head put at the period line's end."""
    out = list(items)
    for k, it in enumerate(out):
        if not isinstance(it, Line) or (cut := _unit_then_share(it.text)) is None:
            continue
        below = next(
            (j for j in range(k + 1, len(out)) if not isinstance(out[j], Line) or out[j].text.strip()), None
        )
        if below is None or not isinstance(out[below], Line) or not _periods_only(out[below].text):
            continue
        if (
            k
            and isinstance(out[k - 1], Line)
            and any(classify_column(t)["kind"] == "total" for t in out[k - 1].text.split())
        ):
            continue  # a total column printed on the head line above (총사업비): where the share goes is not told
        unit, share = cut
        period = out[below]
        out[k] = replace(it, text=unit, printed=None)
        out[below] = replace(
            period,
            text=f"{period.text} {share}",
            printed=f"{period.printed} {share}" if period.printed else None,
        )
    return out


def _unit_then_share(text: str) -> tuple[str, str] | None:
    """(the unit mark, the share head) of a line printing a unit mark and then a share column's head alone."""
    toks = text.split()
    for j in range(1, len(toks)):
        unit, rest = " ".join(toks[:j]), " ".join(toks[j:])
        if (
            find_unit(unit)
            and classify_column(rest)["kind"] == "share"
            and len(re.sub(r"\(.*?\)", " ", rest).split()) == 1
        ):
            return (
                unit,
                rest,
            )  # one head alone (``확보율 (%)``); two (``증감 확보율(%)``): their order is not told
    return None


def _periods_only(text: str) -> bool:
    """Whether a line prints two or more periods and nothing else (a period head line)."""
    toks = text.split()
    return len(toks) >= 2 and all(is_period_head(t) for t in toks)
