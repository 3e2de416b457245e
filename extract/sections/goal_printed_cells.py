"""Where a goal row's project ends and its target begins, where the dump printed the row's cells apart
(a layout dump laying a table out as aligned columns: a run of spaces between cells, single spaces
inside them) and the header's cells likewise.

A row's project and target words (and a worded actual) that stand as whole printed cells are cut
at those cells when the row's cell count up to its status (the cells after it, 추진내용 / 비고, left
out of the row's and the header's counts: a cell spanning rows there prints on its first row only)
proves which columns they are:

- as many cells as the header, two cells between the cells the row's shapes fix: the project
  and the target (three with a worded actual: project, target, actual);
- one cell fewer than the header, one cell there (two with a worded actual): the target alone
  (and the actual), the project a cell spanning the rows above that the dump printed on its first
  row only: the row carries the project of the row above.

Any other count (a blank cell printed as spaces, a cell wrapped) proves nothing: the row is left to
the shapes of :mod:`goal_target_cut`."""

from __future__ import annotations

import re
from collections.abc import Mapping

from pledgecard.extract.sections.goal_row_split import RowSplit


def printed_cells(text: str, printed: str) -> tuple[str, ...] | None:
    """``printed``'s cells (parted by runs of two spaces or more) when it prints ``text``'s words and
    at least one such run; None otherwise."""
    cells = tuple(c for c in re.split(r"\s{2,}", printed.strip()) if c)
    if len(cells) < 2 or " ".join(cells).split() != text.split():
        return None
    return cells


def _bounds(cells: tuple[str, ...]) -> list[int]:
    """Token offsets where each cell begins, and the row's token count last."""
    out, n = [0], 0
    for c in cells:
        n += len(c.split())
        out.append(n)
    return out


def _cells_of_rest(tokens: list[str], rest: list[str], cells: tuple[str, ...]) -> list[list[str]] | None:
    """The whole printed cells ``rest`` is made of, when it stands once in the row on cell bounds."""
    bounds = _bounds(cells)
    at = [p for p in bounds[:-1] if tokens[p : p + len(rest)] == rest and p + len(rest) in bounds]
    if len(at) != 1 or not rest:
        return None
    p, q = at[0], at[0] + len(rest)
    return [c.split() for c, b in zip(cells, bounds, strict=False) if p <= b < q]


def _core(tokens: list[str], cells: tuple[str, ...], after: str | None) -> int | None:
    """How many of a row's printed cells stand up to its status: all of them, less the cells its words
    ``after`` the status (its 추진내용) fill when they begin a cell and end the row; None when they do not."""
    if not after:
        return len(cells)
    n = len(after.split())
    bounds = _bounds(cells)
    if tokens[len(tokens) - n :] != after.split() or len(tokens) - n not in bounds:
        return None
    return bounds.index(len(tokens) - n)


def printed_cuts(
    splits: list[RowSplit],
    lines: list[str],
    header: int,
    kinds: list[str],
    after: int,
    has_project: bool,
    printed: Mapping[str, tuple[str, ...]],
) -> dict[int, int]:
    """Where the target begins among each row's project and target words, by line, for the rows whose
    printed cells prove it (see the module's doc): ``kinds`` the header's column kinds, one a printed
    header cell, ``after`` how many of them stand after the status. A worded row's actual is cut off
    (``s.rest`` and ``s.actual`` set, as :mod:`goal_target_cut` sets them where it cuts one)."""
    head = printed.get(" ".join(lines[header].split()))
    if head is None or len(head) != len(kinds):
        return {}
    out: dict[int, int] = {}
    for s in splits:
        cells = printed.get(" ".join(lines[s.line].split()))
        if cells is None:
            continue
        tokens = lines[s.line].split()
        got = _cells_of_rest(tokens, s.rest, cells)
        core = _core(tokens, cells, s.detail)
        if got is None or core is None:
            continue
        if s.worded:  # the actual's cell last among them
            got = got if len(got) >= 2 else None
        fields = len(got) - (1 if s.worded else 0) if got else 0
        if core == len(head) - after and fields == (2 if has_project else 1):
            k = len(got[0]) if has_project else 0  # type: ignore[index]
        elif has_project and core == len(head) - after - 1 and fields == 1:
            k = 0  # the project cell spans the rows above: printed on its first row only
        else:
            continue
        if s.worded:
            s.actual = " ".join(got[-1])  # type: ignore[index]
            s.rest = s.rest[: len(s.rest) - len(got[-1])]  # type: ignore[index]
        out[s.line] = k
    return out
