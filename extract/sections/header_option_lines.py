"""A text dump of a header printed as a pledge list's row (header_option_grid.py): a line of labels naming the
status among them, a line of the status options, and a line of values whose run of ticked / unticked words
(``해당안됨 해당안됨 해당됨 해당안됨``) stands under the options. The three lines are read back into the grid
they print (a :class:`Table`), which :func:`header_option_grid.option_grid_pairs` reads; anything that does not
fit that shape exactly (the options not told apart one way only, the values before the run not split by their
kinds) leaves the lines as they are."""

from __future__ import annotations

import re
from collections.abc import Callable

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import find_labels
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.header_option_grid import mark_words
from pledgecard.extract.sections.header_value_kinds import GENERIC_FIELDS, of_kind
from pledgecard.extract.sections.header_value_rows import split_value_row
from pledgecard.extract.vocabulary import key
from pledgecard.normalize.status import status_code
from pledgecard.normalize.text import fold

_ROW_NUMBER = re.compile(r"\d+")  # a row's number (연번 1): a head no label names takes only this
LONGEST_PHRASE = 3  # words a status phrase runs to at most (이행후 계속추진, 추진중 (정상)), as header_value_rows reads one


def groups(toks: list[str], k: int) -> list[str] | None:
    """The one way to part ``toks`` into ``k`` runs each a status phrase (its code not "other"), or None.

    Over the token positions (how many ways, counted up to two, part the first ``i`` words into ``j`` runs), each
    run's fit asked once, a run of :data:`LONGEST_PHRASE` words at most: linear in the line's length, where trying
    every cut took exponential time."""
    n = len(toks)
    if n < k or k < 2:
        return None
    fit: dict[tuple[int, int], bool] = {}

    def fits(a: int, b: int) -> bool:
        if (a, b) not in fit:
            fit[a, b] = status_code(" ".join(toks[a:b])) not in (None, "other")
        return fit[a, b]

    ways = [
        [0] * (k + 1) for _ in range(n + 1)
    ]  # ways[i][j], counted up to 2 (two fits: the line is not told)
    cut = [[0] * (k + 1) for _ in range(n + 1)]  # where the last run starts on the one way, when there is one
    ways[0][0] = 1
    for j in range(1, k + 1):
        for i in range(j, n - (k - j) + 1):
            for a in range(max(j - 1, i - LONGEST_PHRASE), i):
                if ways[a][j - 1] and fits(a, i):
                    ways[i][j] = min(2, ways[i][j] + ways[a][j - 1])
                    cut[i][j] = a
    if ways[n][k] != 1:
        return None
    runs, end = [], n
    for j in range(k, 0, -1):
        runs.append(" ".join(toks[cut[end][j] : end]))
        end = cut[end][j]
    return runs[::-1]


def mark_run(toks: list[str]) -> tuple[int, int] | None:
    """Where the one run of ticked / unticked words stands among ``toks`` (one ticked), or None."""
    on, off = mark_words()
    marks = [i for i, t in enumerate(toks) if key(t) in on | off]
    if len(marks) < 2 or marks != list(range(marks[0], marks[-1] + 1)):
        return None
    if sum(key(toks[i]) in on for i in marks) != 1:
        return None
    return marks[0], marks[-1] + 1


def _heads_before(
    heads: Line, labels: list[tuple[str, int, int]], s: int
) -> list[tuple[str | None, str]] | None:
    """The heads before the status in order, ``(field, text)`` for a label and ``(None, word)`` for a word no label
    names (연번); None where words no label names stand two together (no one head they can be told to be)."""
    out: list[tuple[str | None, str]] = []
    at = 0
    for f, a, b in [*labels[:s], (None, labels[s][1], labels[s][1])]:
        gap = heads.text[at:a].split()
        if len(gap) > 1:
            return None
        out += [(None, w) for w in gap]
        if f is not None:
            out.append((f, heads.text[a:b]))
        at = b
    return out


def _one_value(field: str, text: str) -> dict[str, str] | None:
    """The value of one label over ``text`` as :func:`split_value_row` reads it, a typed label's only of its kind."""
    if field in GENERIC_FIELDS:
        return split_value_row([field], text)
    return {field: text} if text and of_kind(field, text) else None


def _before_values(heads: list[tuple[str | None, str]], toks: list[str]) -> list[str] | None:
    """The values of the heads before the status out of ``toks``: a head no label names (연번) takes a word only
    at its end of the row and only a row's number (a bare integer), the labels the rest split by their kinds."""
    toks = list(toks)
    lead = next((i for i, (f, _) in enumerate(heads) if f is not None), len(heads))
    trail = len(heads) - next((i for i, (f, _) in enumerate(reversed(heads)) if f is not None), len(heads))
    if lead >= trail and lead:  # no label among them: nothing names what the words are
        return None
    if any(f is None for f, _ in heads[lead:trail]) or len(toks) < lead + len(heads) - trail:
        return None
    first, last = toks[:lead], toks[len(toks) - (len(heads) - trail) :]
    if not all(_ROW_NUMBER.fullmatch(t) for t in first + last):
        return None
    middle = toks[lead : len(toks) - len(last)]
    fields = [f for f, _ in heads[lead:trail] if f is not None]
    text = " ".join(middle)
    row = (
        split_value_row(fields, text)
        if len(fields) >= 2
        else (_one_value(fields[0], text) if fields else ({} if not middle else None))
    )
    if row is None or set(row) != set(fields) or not all(row.values()):
        return None  # (a value left unread, a title / department cut nothing printed: no cells made of it)
    return [*first, *(row[f] for f in fields), *last]


def option_lines_grid(heads: Line, options: Line, values: Line) -> Table | None:
    labels = find_labels(heads.text)
    status = [n for n, (f, _, _) in enumerate(labels) if f == "status"]
    if len(status) != 1 or find_labels(options.text):
        return None
    s = status[0]
    toks = fold(values.text).split()
    run = mark_run(toks)
    if run is None:
        return None
    k = run[1] - run[0]
    opts = groups(fold(options.text).split(), k)
    if opts is None:
        return None
    before = _heads_before(heads, labels, s)
    after = heads.text[
        labels[s][2] :
    ].split()  # the heads after the status (진행률(%): a label of no field too)
    row = _before_values(before, toks[: run[0]]) if before is not None else None
    tail = toks[run[1] :]
    if before is None or row is None or len(tail) != len(after):
        return None
    src = values.source
    cells: list[Cell] = []
    col = 0
    for (_, head), value in zip(before, row, strict=True):
        cells += [Cell(0, col, head, row_span=2, source=heads.source), Cell(2, col, value, source=src)]
        col += 1
    cells.append(Cell(0, col, heads.text[labels[s][1] : labels[s][2]], col_span=k, source=heads.source))
    cells += [Cell(1, col + j, o, source=options.source) for j, o in enumerate(opts)]
    cells += [Cell(2, col + j, toks[run[0] + j], source=src) for j in range(k)]
    col += k
    for head, value in zip(after, tail, strict=True):
        cells += [Cell(0, col, head, row_span=2, source=heads.source), Cell(2, col, value, source=src)]
        col += 1
    return Table(cells=cells, n_rows=3, n_cols=col, source=heads.source)


Step = Callable[
    [list[Item], int], tuple[Item, int] | None
]  # the item a run at ``i`` reads as, and its length


def regrid(items: list[Item], step: Step) -> list[Item]:
    """``items`` walked once: every run ``step`` reads as one item where it starts (the item and how many items it
    takes) made that item, the others kept."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        found = step(items, i)
        if found is None:
            out.append(items[i])
            i += 1
        else:
            out.append(found[0])
            i += found[1]
    return out


def three_lines(
    items: list[Item],
    i: int,
    grid: Callable[[Line, Line, Line], Table | None],
    apt: Callable[[list[Line]], bool] = lambda _: True,
) -> tuple[Item, int] | None:
    """The grid of the three lines at ``i`` (``grid`` of them, where ``apt`` lets them be one) and the three taken,
    or None."""
    three = items[i : i + 3]
    lines = [x for x in three if isinstance(x, Line)]
    if len(lines) == 3 and apt(lines):
        table = grid(*lines)
        if table is not None:
            return table, 3
    return None


def option_grid_lines(items: list[Item]) -> list[Item]:
    """``items`` with every label line / options line / values line of a pledge list's row made its grid."""
    return regrid(items, lambda xs, i: three_lines(xs, i, option_lines_grid))
