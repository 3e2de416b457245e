"""Funding tables that print two figures for each source and period: the plan and a second figure
(the amount secured, spent, executed). They come as two sub-columns under every period head (a
two-level header: years over 계획 | 확보) or as two rows under every source label (국비 계획 / 집행).
Only the plan figures are the card's funding: the second figures are dropped before the table is
read, by structure (a header row or a label column of pair words), never by position alone.

The pair words are vocabulary (``[funding_pairs]``: ``plan`` and ``second``). A third sub-column
derived from the two (``집행률``, ``확보율``: a share word of ``[funding_columns] share`` that is no pair
word) may stand beside them under every period; it is dropped with the second figures.
"""

from __future__ import annotations

from collections.abc import Callable

from pledgecard.extract.vocabulary import Vocabulary, current, key

Grid = list[list[str]]
IsAmount = Callable[[str], bool]


def _pair_words(v: Vocabulary) -> dict[str, str]:
    return {key(w): kind for kind in ("plan", "second") for w in v.words("funding_pairs", kind)}


def pair_kind(cell: str) -> str | None:
    """``plan`` for a plan word (계획, 예산), ``second`` for a second figure's (확보, 집행), else None."""
    return current().build(_pair_words).get(key(cell)) if cell.strip() else None


def _share_words(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("funding_columns", "share"))


def sub_kind(cell: str) -> str | None:
    """A sub-column head's kind: :func:`pair_kind`, else ``derived`` for a share word (집행률, 확보율:
    a figure derived from the pair), else None."""
    kind = pair_kind(cell)
    if kind is None and cell.strip() and key(cell) in current().build(_share_words):
        return "derived"
    return kind


def _sub_column_row(grid: Grid, is_amount: IsAmount) -> int | None:
    """The header row naming two sub-columns under every period: pair words (at least two plan
    words and a second word), after the label cells and with no amount in it."""
    for i, row in enumerate(grid):
        kinds = [sub_kind(c) for c in row]
        if kinds.count("plan") < 2 or "second" not in kinds:
            continue
        first = next(j for j, k in enumerate(kinds) if k)
        if all(k or not c.strip() for c, k in zip(row[first:], kinds[first:], strict=True)) \
                and not any(is_amount(c) for c in row[:first] if c.strip()) and _under_periods(grid[:i], kinds):
            return i
    return None


def _under_periods(above: Grid, kinds: list[str | None]) -> bool:
    """Every second figure's column shares its head with a plan column beside it: one merged
    period cell above both (a head of 실적 over past years and 계획 over later ones does not)."""
    def head(j: int) -> list[str]:
        return [r[j] if j < len(r) else "" for r in above]

    for j, k in enumerate(kinds):
        if k != "second":
            continue
        sides = [s for s in (j - 1, j + 1) if 0 <= s < len(kinds) and kinds[s] == "plan"]
        if not any(any(a.strip() and a == b for a, b in zip(head(j), head(s), strict=True)) for s in sides):
            return False
    return True


def _pair_label_column(grid: Grid, is_amount: IsAmount) -> int | None:
    """The label column naming the two rows of every source: pair words in it (at least two plan
    words and a second word), only label cells before it."""
    width = max((len(r) for r in grid), default=0)
    for j in range(width):
        kinds = [pair_kind(r[j]) if j < len(r) else None for r in grid]
        if kinds.count("plan") < 2 or "second" not in kinds:
            continue
        if all(not any(is_amount(c) for c in r[:j] if c.strip()) for r, k in zip(grid, kinds, strict=True) if k):
            return j
    return None


def plan_figures(grid: Grid, is_amount: IsAmount) -> tuple[Grid, list[int], list[int]]:
    """The grid with only its plan figures, and the printed row and column of each kept row and
    column (to place provenance). A grid without pair words comes back whole."""
    rows = list(range(len(grid)))
    cols = list(range(max((len(r) for r in grid), default=0)))
    i = _sub_column_row(grid, is_amount)
    if i is not None:
        kinds = [sub_kind(c) for c in grid[i]]
        cols = [j for j in cols if not (j < len(kinds) and kinds[j] in ("second", "derived"))]
        rows = [r for r in rows if r != i]
    j = _pair_label_column(grid, is_amount)
    if j is not None:
        rows = [r for r in rows if not (j < len(grid[r]) and pair_kind(grid[r][j]) == "second")]
        cols = [c for c in cols if c != j]
    if i is None and j is None:
        return grid, rows, cols
    out = [[grid[r][c] if c < len(grid[r]) else "" for c in cols] for r in rows]
    return out, rows, cols


def plan_line_tokens(tokens: list[str], is_amount: IsAmount) -> list[str] | None:
    """A text line of a funding table with its pair word taken out of its label: ``국 비 계획
    74.8 ...`` -> ``국 비 74.8 ...``; None for a second figure's line (``집행 14.5 ...``, ``국비
    집행 ...``), which is no funding row. Other lines come back unchanged."""
    k = next((n for n, t in enumerate(tokens) if is_amount(t)), None)
    if not k:
        return tokens
    kind = pair_kind(tokens[k - 1])
    if kind == "second":
        return None
    return tokens[: k - 1] + tokens[k:] if kind == "plan" else tokens


def header_pairs(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """A funding header whose lines hold the sub-column pair words among the period labels (a
    two-level header flattened line by line or column by column: ``구분 계획 총사업비 확보 계획
    2022년 확보 ...``): the pair kinds in printed order and the header lines without them. None when
    the pair words are not at least two plan words and a second word."""
    kinds = [k for ln in lines for t in ln.split() if (k := sub_kind(t))]
    if kinds.count("plan") < 2 or "second" not in kinds:
        return None
    rest = [" ".join(t for t in ln.split() if not sub_kind(t)) for ln in lines]
    return kinds, [ln for ln in rest if ln]


def sub_column_pattern(text: str) -> list[str] | None:
    """The pair kinds of a header line that is nothing but pair words (``계획 확보 계획 확보``),
    in printed order; None for any other line."""
    toks = text.split()
    kinds = [sub_kind(t) for t in toks]
    if len(toks) < 2 or None in kinds or "plan" not in kinds or "second" not in kinds:
        return None
    return kinds
