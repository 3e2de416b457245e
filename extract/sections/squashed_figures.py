"""The pieces of one funding cell's figures, printed apart by spaces, read as one number only where they make one
well-grouped number.

The class of card: a narrow cell that wrapped a number after a comma (``27,743,`` / ``610``) or a scan that printed
a comma as a space or lost one (``2819 632`` for ``2,819,632``) holds one number; a cell printing two figures side
by side (``73275 884.828``: a struck figure beside the one in force, as corrections print; or an OCR point read for
a comma) holds no number that the card printed, and joining its pieces would make one. Such a cell is left unread:
its value null, its printed text kept in ``amounts_raw`` and a finding raised (:func:`figures_apart`)."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding

_SIGN = re.compile(r"^[△▲\-−]?")
_WELL_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_FIGURE_PIECES = re.compile(r"[△▲\-−]?[\d,.]+(?:\s+[\d,.]+)+")


def one_number(cell: str) -> str | None:
    """The cell's figures as one number, its spaces gone, where they make ONE well-grouped number; the cell as
    it is where it prints no space; None where its pieces make no one number.

    A space next to a comma is a wrap (``27,743, 610`` -> ``27,743,610``: the comma-grouped whole must be
    well grouped: a head of one to three digits, then groups of exactly three, a decimal tail at most). A space
    between bare digits stands for a comma (``2819 632`` -> ``2819632``): then every piece is bare digits (one
    separator kind: no comma, no point beside the spaces) and every piece after the first exactly three
    digits (the gap where a separator belongs)."""
    text = cell.strip()
    sign = _SIGN.match(text).group(0)  # type: ignore[union-attr]
    body = text[len(sign) :]
    pieces = body.split()
    if len(pieces) < 2:
        return text
    wraps = [a.endswith(",") or b.startswith(",") for a, b in zip(pieces, pieces[1:], strict=False)]
    if all(wraps):
        joined = "".join(pieces)
        return sign + joined if _WELL_GROUPED.fullmatch(joined) else None
    if any(wraps) or not all(p.isdigit() for p in pieces) or any(len(p) != 3 for p in pieces[1:]):
        return None
    return sign + "".join(pieces)


def unjoined(cell: str) -> bool:
    """Whether a cell prints figures apart that :func:`one_number` did not join (its value is null)."""
    text = (cell or "").strip()
    return bool(_FIGURE_PIECES.fullmatch(text)) and one_number(text) is None


def figures_apart(funding: dict[str, Any] | None, where: Source | None) -> list[dict[str, Any]]:
    """One finding for a funding table with cells whose printed figures make no one number (``73275 884.828``):
    their values null, their text kept in ``amounts_raw``; ``observed.cells`` names them (row, column)."""
    cells: list[list[int]] = []
    printed: list[str] = []
    for i, row in enumerate((funding or {}).get("rows") or []):
        for k, (v, r) in enumerate(
            zip(row.get("amounts_krw") or [], row.get("amounts_raw") or [], strict=False)
        ):
            if v is None and unjoined(r):
                cells.append([i, k])
                printed.append(r)
    if not cells:
        return []
    return [
        finding(
            "extract.figures_apart",
            "funding",
            f"a funding cell prints figures apart that make no one number ('{printed[0]}'): its value is "
            "null, its printed text is kept in amounts_raw",
            observed={"cells": cells, "printed": printed},
            source=where,
        )
    ]
