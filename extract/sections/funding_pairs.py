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
        if (
            all(
                k or not c.strip() or (_own_head(grid[:i], j + first) and not is_amount(c))
                for j, (c, k) in enumerate(zip(row[first:], kinds[first:], strict=True))
            )
            and not any(is_amount(c) for c in row[:first] if c.strip())
            and _under_periods(grid[:i], kinds)
        ):
            return i
    return None


def _own_head(above: Grid, j: int) -> bool:
    """A head cell of a column with no sub-columns beside the sub-column heads: spanning both header rows
    (read into each: ``구성비(%)``), or the wrapped end of a head over it (``구성비`` over ``(%)``)."""
    return any(j < len(r) and r[j].strip() for r in above)


def _head(above: Grid, j: int) -> list[str]:
    return [r[j] if j < len(r) else "" for r in above]


def _shared(a: list[str], b: list[str]) -> bool:
    """Two columns under one period head: one merged cell above both, or (a layout reader placing a
    head centred over its sub-columns in one of them) a head over one and nothing over the other."""
    if any(x.strip() and x == y for x, y in zip(a, b, strict=True)):
        return True
    return any(x.strip() or y.strip() for x, y in zip(a, b, strict=True)) and all(
        not (x.strip() and y.strip()) for x, y in zip(a, b, strict=True)
    )


def _under_periods(above: Grid, kinds: list[str | None]) -> bool:
    """Every second figure's column shares its head with a plan column beside it: one merged
    period cell above both (a head of 실적 over past years and 계획 over later ones does not)."""
    for j, k in enumerate(kinds):
        if k != "second":
            continue
        if not any(
            _shared(_head(above, j), _head(above, s)) or _run_headed(above, s, j)
            for s in _run_plans(kinds, j)
        ):
            return False
    return True


def _run_headed(above: Grid, a: int, b: int) -> bool:
    """One head over the run of sub-columns from ``a`` to ``b``: in every row above, the cells across the
    run print one text or none, and some row prints one (a head centred over three sub-columns, in the
    middle one: the plan's and the last second figure's heads blank)."""
    lo, hi = min(a, b), max(a, b)
    texts = [{r[c] for c in range(lo, hi + 1) if c < len(r) and r[c].strip()} for r in above]
    return all(len(t) <= 1 for t in texts) and any(texts)


def _run_plans(kinds: list[str | None], j: int) -> list[int]:
    """The plan columns of column ``j``'s run of sub-columns: the nearest plan column on either side
    with only second and derived columns between (계획 | 확보 | 집행: both second columns the plan's)."""
    out = []
    for step in (-1, 1):
        s = j + step
        while 0 <= s < len(kinds) and kinds[s] in ("second", "derived"):
            s += step
        if 0 <= s < len(kinds) and kinds[s] == "plan":
            out.append(s)
    return out


def _heads_to_plans(grid: Grid, i: int, kinds: list[str | None]) -> Grid:
    """The grid with every period head printed over a dropped sub-column (a head centred over its
    run of sub-columns, placed in the middle one) moved onto the run's plan column when that is
    blank above, so that the plan figures keep their period."""
    out = [list(r) for r in grid]
    for j, k in enumerate(kinds):
        if k not in ("second", "derived"):
            continue
        p = j - 1
        while p >= 0 and kinds[p] in ("second", "derived"):
            p -= 1
        if p < 0 or kinds[p] != "plan":
            continue
        for r in out[:i]:
            if j < len(r) and r[j].strip() and p < len(r) and not r[p].strip():
                r[p], r[j] = r[j], ""
    return out


def _pair_label_column(grid: Grid, is_amount: IsAmount) -> int | None:
    """The label column naming the two rows of every source: pair words in it (at least two plan
    words and a second word), only label cells before it. A column of second words alone, every row of
    figures from its first on one's (a paired table's first rows a page break cut from the rest: 계 |
    당초 alone on the page), is one too: those rows hold no plan figure."""
    width = max((len(r) for r in grid), default=0)
    for j in range(width):
        kinds = [pair_kind(r[j]) if j < len(r) else None for r in grid]
        first = kinds.index("second") if "second" in kinds and "plan" not in kinds else None
        figures = [
            k
            for r, k in zip(grid[first or 0 :], kinds[first or 0 :], strict=True)
            if any(is_amount(c) for c in r[j + 1 :])
        ]
        cut = first is not None and bool(figures) and figures[0] == "second" and set(figures) == {"second"}
        if (kinds.count("plan") < 2 or "second" not in kinds) and not cut:
            continue
        if all(
            not any(is_amount(c) for c in r[:j] if c.strip()) for r, k in zip(grid, kinds, strict=True) if k
        ):
            return j
    return None


def _labels_to_plans(grid: Grid, j: int) -> tuple[Grid, set[int]]:
    """The grid with the source label of a second figure's row (the cells before the pair column ``j``)
    copied onto the plan row beside it that prints none: a source cell spanning both rows whose text a
    reader placed on one of them (a layout dump centring it on the first, ``국비 | 당초`` over ``| 변경``).
    The partner is on the side the table's first pair row tells (``당초`` over ``변경``: the row above),
    never the other (a second row beyond a plan row is the next source's); a row printing only a label
    between the two rows of a pair (the label's text a page break left between them) labels the pair,
    and is returned to be dropped."""
    out = [list(r) for r in grid]

    def kind(r: int) -> str | None:
        return pair_kind(out[r][j]) if 0 <= r < len(out) and j < len(out[r]) else None

    def label(r: int) -> list[str]:
        return out[r][:j]

    def label_only(r: int) -> bool:
        return (
            0 <= r < len(out)
            and kind(r) is None
            and any(c.strip() for c in label(r))
            and not any(c.strip() for c in out[r][j:])
        )

    first = next((kind(r) for r in range(len(out)) if kind(r)), None)
    step = -1 if first == "second" else 1  # the partner's side: the second figures' rows lead, above
    dropped: set[int] = set()
    for r in range(len(out)):
        if kind(r) != "plan" or any(c.strip() for c in label(r)):
            continue
        partner = r + step
        if (
            label_only(partner)
            and kind(partner + step) == "second"
            and not any(c.strip() for c in label(partner + step))
        ):
            out[r][:j] = out[partner + step][:j] = label(partner)
            dropped.add(partner)
        elif kind(partner) == "second" and any(c.strip() for c in label(partner)):
            out[r][:j] = label(partner)
    return out, dropped


def plan_figures(grid: Grid, is_amount: IsAmount) -> tuple[Grid, list[int], list[int]]:
    """The grid with only its plan figures, and the printed row and column of each kept row and
    column (to place provenance). A grid without pair words comes back whole."""
    origin = list(range(len(grid)))  # the printed row of every row of the grid read
    split = _merged_head_row(grid, is_amount) if _sub_column_row(grid, is_amount) is None else None
    if split is not None:
        k, heads, subs = split
        grid = [*grid[:k], heads, subs, *grid[k + 1 :]]
        origin = [*origin[:k], k, *origin[k:]]
    rows = list(range(len(grid)))
    cols = list(range(max((len(r) for r in grid), default=0)))
    i = _sub_column_row(grid, is_amount)
    if i is not None:
        kinds = [sub_kind(c) for c in grid[i]]
        grid = _heads_to_plans(grid, i, kinds)
        cols = [j for j in cols if not (j < len(kinds) and kinds[j] in ("second", "derived"))]
        rows = [r for r in rows if r != i]
    j = _pair_label_column(grid, is_amount)
    if j is not None:
        grid, dropped = _labels_to_plans(grid, j)
        rows = [
            r
            for r in rows
            if not (j < len(grid[r]) and pair_kind(grid[r][j]) == "second") and r not in dropped
        ]
        cols = [c for c in cols if c != j]
    if i is None and j is None:
        return grid, rows, cols
    out = [[grid[r][c] if c < len(grid[r]) else "" for c in cols] for r in rows]
    return out, [origin[r] for r in rows], cols


def _merged_head_row(grid: Grid, is_amount: IsAmount) -> tuple[int, list[str], list[str]] | None:
    """A header row whose period heads a reader joined to the sub-heads under them (``예산 | 총사업비
    집행 | 집행률``: a head centred over its run of sub-columns read into the middle one), parted again
    into a row of heads and a row of sub-heads: ``(row, heads, sub-heads)``. Only a row above every
    amount, whose cells after its label cells each end in a sub-column word, one at least with
    words before it; None for any other grid."""
    for k, row in enumerate(grid):
        if any(is_amount(c) for c in row if c.strip()):
            return None
        first = next(
            (j for j, c in enumerate(row) if sub_kind(c) or (c.split() and sub_kind(c.split()[-1]))), None
        )
        if first is None:
            continue
        heads, subs, merged = list(row[:first]), [""] * first, False
        last = max(j for j, c in enumerate(row) if sub_kind(c) or (c.split() and sub_kind(c.split()[-1])))
        for j, c in enumerate(row[first:], first):
            words = c.split()
            if j > last and not is_amount(c):  # a head of no sub-columns closing the row (구성비 (%))
                heads.append(c)
                subs.append("")
            elif not words or sub_kind(c):
                heads.append("")
                subs.append(c)
            elif len(words) >= 2 and sub_kind(words[-1]):
                heads.append(" ".join(words[:-1]))
                subs.append(words[-1])
                merged = True
            else:
                break
        else:
            kinds = [sub_kind(c) for c in subs]
            if merged and kinds.count("plan") >= 2 and "second" in kinds:
                return k, heads, subs
    return None


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
    the pair words are not at least two plan words and a second word. A share word printed before the
    first plan word (``구성비`` beside the periods in a dump printing the head's first level, then the
    sub-heads) heads a column of its own, no sub-column: it stays in the header lines. Where the kinds
    are printed in no order the columns can have (:func:`pairs_in_order`), ``([], lines)``: the caller
    places no figure."""
    toks = [t for ln in lines for t in ln.split()]
    kinds = [sub_kind(t) for t in toks]
    if kinds.count("plan") < 2 or "second" not in kinds:
        return None
    first_plan = kinds.index("plan")
    own = {i for i, k in enumerate(kinds) if k == "derived" and i < first_plan}
    kept = [k for i, k in enumerate(kinds) if k and i not in own]
    if not pairs_in_order([t for i, t in enumerate(toks) if kinds[i] and i not in own]):
        return [], lines
    rest: list[str] = []
    at = 0
    for ln in lines:
        words = ln.split()
        rest.append(" ".join(t for i, t in enumerate(words, at) if not kinds[i] or i in own))
        at += len(words)
    return kept, [ln for ln in rest if ln]


def pairs_in_order(words: list[str]) -> bool:
    """Whether sub-column heads printed in a row (``계획 확보 집행 계획 확보 집행 …``) can be the columns'
    order: cut before every word like the first, each run (a period's sub-columns) names each of its
    sub-columns once. Heads a dump printed out of their place (``확보 | 계획 확보 집행 ×4 | 계획 집행``:
    pdftotext printing the last period's 확보 with the periods' line, ahead of the sub-heads) make a run
    naming one twice (``확보 집행 계획 집행``): no column's figure is told (a plan taken from them would be
    another sub-column's, a secured or spent figure read as the plan)."""
    keys = [key(w) for w in words]
    runs: list[list[str]] = []
    for k in keys:
        if not runs or k == keys[0]:
            runs.append([])
        runs[-1].append(k)
    return all(len(set(run)) == len(run) for run in runs)


def sub_column_pattern(text: str) -> list[str] | None:
    """The pair kinds of a header line that is nothing but pair words (``계획 확보 계획 확보``),
    in printed order; None for any other line."""
    toks = text.split()
    kinds = [sub_kind(t) for t in toks]
    if len(toks) < 2 or None in kinds or "plan" not in kinds or "second" not in kinds:
        return None
    return kinds
