"""Key-fact tiles (``Style.fact_tiles``): a row of boxes over a card's overview, each a caption and the figure it
names (the total in 억원, the period, the status). Made by the overview section (:mod:`samples.layout_sections`) of a
card a presentation exported (:mod:`samples.slides`) or any style printing tiles."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from samples.layout_blocks import Grid
from samples.style import Style

Record = dict[str, Any]


def eok(total_krw: int) -> str:
    """A total in won as a slide prints it big in 억원, exactly (no rounding): ``12540000000`` -> ``125.4억원``."""
    x = Decimal(total_krw) / Decimal(100_000_000)
    whole, _, frac = f"{x:f}".partition(".")
    frac = frac.rstrip("0")
    return f"{int(whole):,}" + (f".{frac}" if frac else "") + "억원"


# the words a tile's caption names its figure by, beside the style's own overview labels
BUDGET_CAPTIONS = ("총사업비", "사업비", "총 사업비")
PERIOD_CAPTIONS = ("사업기간", "기간", "추진기간")
STATUS_CAPTIONS = ("추진상황", "추진현황", "진행상황", "추진단계")


def tile_kind(caption: str, style: Style) -> str:
    """What a tile so captioned prints: ``budget``, ``period`` or ``status``; a caption naming none of them
    is a fault of the style (a ValueError), never a tile printing another figure under it."""
    labels = style.overview_table or style.overview_labels
    if caption in BUDGET_CAPTIONS or (len(labels) > 1 and caption == labels[1]):
        return "budget"
    if caption in PERIOD_CAPTIONS or (labels and caption == labels[0]):
        return "period"
    if caption in STATUS_CAPTIONS:
        return "status"
    raise ValueError(f"a fact tile captioned {caption!r} names no figure")


def tile_figure(caption: str, rec: Record, style: Style) -> str | None:
    """The figure a tile so captioned prints: the overview's total, its period, or the status; None where the
    record has none (no tile is printed then)."""
    kind = tile_kind(caption, style)
    if kind == "budget":
        total = (rec["overview"].get("budget") or {}).get("total_krw")
        return eok(total) if total is not None else None
    if kind == "period":
        return (rec["overview"].get("period") or {}).get("raw") or None
    return rec["header"].get("status") or None


def tiles_grid(rec: Record, style: Style) -> Grid | None:
    """Key-fact tiles: a row of boxes, each its caption and its figure (the caption under the figure in
    about half the cards); a tile whose figure the record lacks is left out, None when none is left."""
    below = random.Random(f"tiles-{rec['header']['title']}").random() < 0.5
    tiles = [(cap, fig) for cap in style.fact_tiles if (fig := tile_figure(cap, rec, style)) is not None]
    if not tiles:
        return None
    g = Grid(1, len(tiles), widths=[1.0] * len(tiles), role="tiles-below" if below else "tiles")
    for k, (cap, fig) in enumerate(tiles):
        g.put(0, k, [fig, cap] if below else [cap, fig])
    return g
