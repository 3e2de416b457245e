"""A row of a years-across goal table a dump printed with its cells one space apart, split into its cells
(:func:`split_by_gaps`): an empty word stands for an empty cell (two spaces for one); a run of words between two
gaps is one cell, or each word is, or each but for a measure word before a value, or the cells its words'
shapes fix (each opening with a value, or each a status word); any other run is left open (None). Used by
:mod:`goal_across`'s line reader."""

from __future__ import annotations

from pledgecard.extract.sections.goal_value_cells import in_a_bounded_twin_run, shown_by_a_bounded_twin
from pledgecard.extract.sections.goal_values import (
    FIGURE,
    is_value_token,
    measured_value_at,
    none_keys,
    rate_word_before,
)
from pledgecard.extract.vocabulary import current, key


def split_by_gaps(tokens: list[str], n: int) -> list[str] | None:
    """``n`` cells from the words of a row printed one space apart, an empty word standing for an
    empty cell (``"a  b".split(" ")`` is ``["a", "", "b"]``); None when the gaps leave the split
    open (a run of words that could be one cell or several) or cannot give ``n`` cells."""
    items: list[list[str] | None] = []  # a run of words, or None for an empty cell
    for t in tokens:
        last = items[-1] if items else None
        if not t:
            items.append(None)
        elif last is not None:
            last.append(t)
        else:
            items.append([t])
    runs = [r for r in items if r is not None]
    need = n - (len(items) - len(runs))
    if need == len(runs) and need >= 0:
        return ["" if r is None else " ".join(r) for r in items]
    if need == sum(len(r) for r in runs):
        return [w for r in items for w in ([""] if r is None else r)]
    units = [None if r is None else _measured_units(r) for r in items]
    if need == sum(len(u) for u in units if u is not None):
        return [w for u in units for w in ([""] if u is None else u)]
    shaped = [None if r is None else _shaped_cells(r) for r in items]
    if all(u is not None for r, u in zip(items, shaped, strict=True) if r is not None) and need == sum(
        len(u) for u in shaped if u is not None
    ):
        return [w for u in shaped for w in ([""] if u is None else u)]
    return None


def _shaped_cells(words: list[str]) -> list[str] | None:
    """A run of words as the cells its words' shapes fix, or None: cells that each open with a
    value (``227호 공급 83호 공급``: the run opens with a value and the words after each value stand
    in its cell; a dash is a cell of its own, a measure word stands in the cell of the value after
    it), all alike but for their figures, or each after the first opening with a word naming the rate
    right after it (``136호 공급 | 공정률 100%``: a goal's name begins at its rate word, [counts]
    rate_suffixes) or with a value right after another's value (``공정률 80% | 266호 공급``); a cell
    opening with a value after the words of another, ``136호 공급 83개 설치``, may have its name begin
    before it: not split), or cells that are each a status word, in the one way
    the run falls into status words (``추진 중 미착수``)."""
    none_words = current().build(none_keys)
    measured = measured_value_at(words)
    starts = [
        k - 1 if k - 1 in measured else k
        for k, w in enumerate(words)
        if is_value_token(w) or key(w) in none_words
    ]  # a dash is a cell of its own (an empty one)
    if starts and starts[0] == 0:
        cells = [" ".join(words[a:b]) for a, b in zip(starts, [*starts[1:], len(words)], strict=True)]
        shapes = {FIGURE.sub("#", c) for c in cells if key(c) not in none_words}
        proven = [
            k == 0
            or key(words[a]) in none_words
            or (a + 1 < len(words) and rate_word_before(words[a : a + 2], 1) == 0)
            or _after_value(words, a, none_words)
            for k, a in enumerate(starts)
        ]
        if len(shapes) == 1 or all(
            proven[k]
            or shown_by_a_bounded_twin(words, starts, proven, k)
            or in_a_bounded_twin_run(words, starts, proven, k)
            for k in range(1, len(starts))
        ):
            return cells  # cells alike but for their figures, or the later ones each named by a rate word
        return None
    return _status_cells(words)


def _after_value(words: list[str], a: int, none_words: set[str]) -> bool:
    """Whether the cell opening at value ``words[a]`` follows a value (or a dash) right before it
    (``공정률 80% 266호 공급``): no word between the two values, so no name of this cell can begin
    before it."""
    return (
        a > 0
        and is_value_token(words[a])
        and (is_value_token(words[a - 1]) or key(words[a - 1]) in none_words)
    )


def _status_cells(words: list[str]) -> list[str] | None:
    """``words`` as a run of status words, when they fall into status words (one to three words
    each) in exactly one way; None otherwise."""
    status = current().status_words
    ways: list[list[list[str]]] = [[[]]] + [[] for _ in words]  # ways[k]: the splits of words[:k]
    for k in range(1, len(words) + 1):
        for n in (1, 2, 3):
            if n <= k and key("".join(words[k - n : k])) in status:
                ways[k] += [[*w, " ".join(words[k - n : k])] for w in ways[k - n]][:2]
        ways[k] = ways[k][:2]
    return ways[-1][0] if len(ways[-1]) == 1 else None


def _measured_units(words: list[str]) -> list[str]:
    """A run of words as the cells it holds when each word is a cell but for a measure word
    (``공정률``: a word ending as a rate does) printed right before a value (``60%``): the word
    names what that value measures, so the two stand in one cell (``공정률 60% 6.0km`` under two
    years is ``공정률 60%`` | ``6.0km``: a cell cannot end in a measure word naming nothing)."""
    measured = measured_value_at(words)
    out: list[str] = []
    for k, w in enumerate(words):
        if k - 1 in measured:
            out[-1] = f"{out[-1]} {w}"
        else:
            out.append(w)
    return out
