"""A funding table's head printed a cell a line over rows printed a row a line (years as rows: ``구 분`` /
``국 비`` / ``도 비`` / ``군 비`` / ``소 계`` / ``전년대비 증감`` over ``2018년 391,888 463,203 224,246
1,079,337 -``): the head's lines joined into one head line, so the table reads a row a line.

Joined only where the structure proves the head: two or more rows right under it, each a label and as many
figure cells as every other, and the head lines (no figure among them, a unit line aside) one more than
that count (the corner cell over the rows' labels). No template word is read."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Item, Line
from pledgecard.normalize.money import find_unit
from pledgecard.normalize.text import DASHES

_FIGURE = re.compile(r"^[△▲+\-−]?\d[\d,]*(?:\.\d+)?$")


def _figure(tok: str) -> bool:
    return tok in DASHES or bool(_FIGURE.match(tok))


def _row_figures(text: str) -> int | None:
    """How many figure cells close a row line after its label (words first, figures after); None else."""
    toks = text.split()
    k = len(toks)
    while k > 0 and _figure(toks[k - 1]):
        k -= 1
    if k == 0 or k == len(toks) or any(_figure(t) for t in toks[:k]):
        return None
    return len(toks) - k


def _head_cell(line: Line) -> bool:
    return line.marker is None and not any(_figure(t) for t in line.text.split()) and not find_unit(line.text)


def head_cells_joined(items: list[Item]) -> list[Item]:
    """``items`` with a head printed a cell a line over rows a line joined into one head line (see the module)."""
    out = list(items)
    k = 0
    while k < len(out):
        run: list[int] = []
        units: list[int] = []
        i = k
        while i < len(out) and isinstance(out[i], Line):
            line = out[i]
            assert isinstance(line, Line)
            if find_unit(line.text) and line.marker is None and len(line.text.split()) <= 3 and run:
                units.append(i)
            elif _head_cell(line):
                run.append(i)
            else:
                break
            i += 1
        counts: list[int] = []
        j = i
        while j < len(out) and isinstance(out[j], Line) and (n := _row_figures(out[j].text)) is not None:  # type: ignore[union-attr]
            counts.append(n)
            j += 1
        if len(run) >= 3 and len(counts) >= 2 and len(set(counts)) == 1 and counts[0] >= 2 \
                and len(run) == counts[0] + 1:
            first = out[run[0]]
            assert isinstance(first, Line)
            cells = ["".join(out[r].text.split()) for r in run]  # type: ignore[union-attr]
            head = replace(first, text=" ".join(cells), printed="  ".join(cells))
            out = [*out[:run[0]], *[out[u] for u in units], head, *out[i:]]
            k = run[0] + len(units) + 1
            continue
        k = max(i, k + 1) if run else k + 1
    return out
