"""Whether any cell of a funding table printing no unit for the table could print its own (``10억``,
``350,000,000원``): the class of a unit-less table whose every figure is bare (``계 10 3 7`` under a head of
years). Its read under a probe unit (:func:`~pledgecard.extract.sections.funding_unit_proof.read_proven`, which
tells the cells moving with the unit from those printing their own) is then spared: every nonzero cell is bare
and no sum ties one to a cell with its own unit, so the read as printed, its bare cells null, is the answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import SectionContext
from pledgecard.normalize.money_patterns import money_patterns
from pledgecard.normalize.text import fold, fold_fullwidth


def _texts(items: Sequence[Item], ctx: SectionContext) -> list[str] | None:
    """Every text the funding read sees: the heading, the items, the stray period labels and amounts printed past
    the table; None when an item is neither a line nor a table (its text unknown here)."""
    out = [ctx.heading or "", *ctx.stray_periods, *(ln.full_text for ln in ctx.stray_amounts)]
    for it in items:
        if isinstance(it, Line):
            out.append(it.full_text)
        elif isinstance(it, Table):
            out += [c for row in it.grid() for c in row]
        else:
            return None
    return out


@lru_cache(maxsize=4)
def _unit_patterns(unit: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A figure printed with a unit after it (``10억``, ``1,200 백만원``), and a word wholly a unit (``억원``,
    ``(천원)``: a cell a reader may join to the figure before it), for the vocabulary's unit pattern ``unit``."""
    return re.compile(rf"\d\s*(?:{unit})"), re.compile(rf"[(（]?\s*(?:{unit})\s*[)）]?")


def cells_may_print_units(items: Sequence[Item], ctx: SectionContext) -> bool:
    """Whether a cell the funding read takes could print its own unit: a figure with a unit word after it (a big
    numeral, a small one closing it, the currency word: the vocabulary's money words) or a word wholly a unit in
    a text it sees, folded as amounts are read (a word merely holding a unit's letter, 재원, is none), or an
    overview budget in the record (figures in won the read may set beside the table's). False only where no
    figure can carry a unit of its own."""
    return bool((ctx.record.get("overview") or {}).get("budget")) or texts_print_units(items, ctx)


def texts_print_units(items: Sequence[Item], ctx: SectionContext) -> bool:
    """Whether a text the funding read sees prints a figure with a unit word after it or a word wholly a unit
    (:func:`cells_may_print_units` but the overview budget): False only where every figure of the table is
    bare. The class of a unit-less table read under the overview budget's unit: whether it holds a bare cell
    is then told without reading it again (funding._reads_bare)."""
    texts = _texts(items, ctx)
    if texts is None:
        return True
    after_figure, whole = _unit_patterns(money_patterns().unit)
    folded = [fold_fullwidth(fold(t)) for t in texts]  # each text and each of its words (5천 closing a word)
    return any(after_figure.search(w) or whole.fullmatch(w) for t in folded for w in [t, *t.split()])


def figures_print_units(text: str) -> bool:
    """Whether a text prints a figure with its own money unit after it (``국비 13억 8천만원``, ``1,200 백만원``): a
    budget sentence, not a row of a table's bare figures."""
    after_figure, _ = _unit_patterns(money_patterns().unit)
    return bool(after_figure.search(fold_fullwidth(fold(text))))
