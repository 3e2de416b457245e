"""Where each goal row's target begins among its project and target words, as the table itself
shows it: another row printing the same target alone or of the same wording, the target's value or
the measure word before it, a word that begins targets in this table (or the word the pledge's title
opens with, restated by the target), a project another row (or
another table of the card) prints, a target or actual another row prints whole, a worded cell two
rows print alike. A row whose cut nothing shows is left uncut (None)."""

from __future__ import annotations

from collections.abc import Mapping

from pledgecard.extract.sections.goal_group_word import group_word_starts
from pledgecard.extract.sections.goal_row_split import RowSplit, split_rate_agrees
from pledgecard.extract.sections.goal_shared_cells import shared_cell
from pledgecard.extract.sections.goal_values import (
    FIGURE,
    actual_value,
    bare_measure,
    is_value_token,
    measured_value_at,
    rate_word_before,
    status_ends,
    value_token,
)
from pledgecard.extract.vocabulary import current


def target_starts(
    splits: list[RowSplit],
    merged: set[int],
    has_project: bool,
    prefixes: set[str],
    proven: Mapping[int, int],
    loose: list[list[str]] | None = None,
    named: set[tuple[str, ...]] | None = None,
    opening: str | None = None,
    gaps: frozenset[int] = frozenset(),
) -> dict[int, int | None]:
    """Where each row's target begins among its project and target tokens, by line (None: not
    shown). Rows with a number in their actual (or a dash) are split first (:func:`_target_start`,
    then a target's first word learned from the rows already split); then, until nothing more is
    placed, a row that opens with a project another row prints is split after it, and a row whose
    actual is worded is split by a target another row prints whole or by its project
    (:func:`_worded_split`), its actual cut off after the target (``s.rest`` and ``s.actual`` set)."""
    numbered = [s for s in splits if not s.worded]
    starts: dict[int, int | None] = {}
    for s in numbered:
        if s.line in proven and has_project:
            starts[s.line] = proven[s.line]  # the dump printed the project and target apart
        else:
            starts[s.line] = (
                0 if s.line in merged or not has_project else _target_start(s, numbered, prefixes)
            )
    if _worded_before_value(numbered, starts, prefixes):
        for s in numbered:  # a value is no target's first word in this table: cut there, a guess
            if (
                s.line not in proven
                and s.line not in merged
                and has_project
                and _at_value(s, starts, prefixes, numbered)
            ):
                starts[s.line] = None

    def done(s: RowSplit) -> bool:
        k = starts.get(s.line)
        return k is not None and k < len(s.rest) and split_rate_agrees(s, " ".join(s.rest[k:]))

    firsts = {s.rest[starts[s.line] or 0] for s in numbered if done(s)}
    firsts |= {s.rest[k] for s in numbered if starts[s.line] is None and (k := _restated(s.rest)) is not None}
    for s in numbered:
        if starts[s.line] is None:
            starts[s.line] = _learned_start(s.rest, firsts)
    if has_project:  # a group whose targets all open with one word (the first row's project before it)
        starts.update(group_word_starts(splits, starts, merged, gaps, loose))
    if has_project and opening:
        for s in numbered:
            if starts[s.line] is None and s.line not in merged:
                starts[s.line] = title_start(s.rest, opening)
    placed = True
    while placed:
        placed = False
        split = [s for s in splits if done(s)]
        projects = {tuple(s.rest[:k]) for s in split if (k := starts[s.line])} | (named or set())
        if has_project:
            for s in numbered:
                if starts[s.line] is None and (k := project_start(s.rest, projects)) is not None:
                    starts[s.line], placed = k, True
            for s in numbered:  # a target another row prints ending one of its cells
                if (
                    starts[s.line] is None
                    and s.line not in merged
                    and (
                        n := shared_cell(
                            s.rest, len(s.rest), _cell_ends(splits, s, starts, loose or [], inner=True)
                        )
                    )
                    is not None
                ):
                    starts[s.line], placed = len(s.rest) - n, True
        targets = [s.rest[starts[s.line] or 0 :] for s in split]
        actuals = [s.actual.split() for s in split if s.worded and s.actual]
        for s in splits:
            if not s.worded or s.line in starts:
                continue
            carried = s.line in merged or not has_project
            got = _worded_split(s, targets, actuals, projects, carried)
            if got is None and not carried:
                got = _shared_worded(s, _cell_ends(splits, s, starts, loose or []))
            if got is None:
                continue
            k, n = got
            s.actual, s.rest = " ".join(s.rest[k + n :]), s.rest[: k + n]
            starts[s.line], placed = k, True
    if has_project:
        longest = max((len(s.rest) - (starts[s.line] or 0) for s in numbered if done(s)), default=0)
        for above, s in zip(splits, splits[1:], strict=False):
            if starts.get(s.line, 0) is None and _carried_target(s, above, firsts, longest):
                starts[s.line] = 0
    return starts


def _target_start(s: RowSplit, splits: list[RowSplit], prefixes: set[str]) -> int | None:
    """Where the target begins among a row's project and target tokens (None: not shown). Last,
    at its value (a number with the actual's unit), or at the measure word printed before it
    (``공정률 80%``); not shown when the word before the value is a bare measure suffix
    (``학습지원센터 조성 연수 이수 교원 93명``: the target names what it counts in words before the
    value, ``교원`` the last of them, and where they begin the row does not show)."""
    others = [o.rest for o in splits if o is not s]
    if n := _printed_alone(s.rest, others):
        return len(s.rest) - n  # another row prints this target without the project
    if any(len(o) > len(s.rest) and o[-len(s.rest) :] == s.rest for o in others):
        return 0  # this row prints a target another row prints after its project
    if any(len(o) > len(s.rest) and _shared_shape(s.rest, o) == len(s.rest) for o in others):
        return 0  # ... the same target but for its figures (스마트교실 32학급 | 거점학교 조성 스마트교실 300학급)
    shared = _shared_wording(s.rest, others)
    if shared:  # another row prints a target of the same wording (its measure word, if any, before it)
        k = len(s.rest) - shared
        k = k - 1 if k and s.rest[k - 1] in prefixes else k
        return k if shows_start(s.rest[k:], prefixes) else None
    value = current().build(value_token)
    if s.prefix:
        ks = [k for k in range(len(s.rest) - 1) if s.rest[k] == s.prefix and value.match(s.rest[k + 1])]
        return ks[-1] if ks else None
    return _value_start(s, prefixes)


def _value_start(s: RowSplit, prefixes: set[str]) -> int | None:
    """Where the target begins at its value (a number with the actual's unit: ``268호 공급``), or at
    the measure word before it; None after a bare measure suffix (see :func:`_target_start`)."""
    value = current().build(value_token)
    unit = actual_value(s.actual).group(2) if s.actual else None  # type: ignore[union-attr]
    for k, tok in enumerate(s.rest):
        m = value.match(tok)
        if m and (unit is None or m.group(2) == unit):
            if k and s.rest[k - 1] in prefixes:
                return k - 1
            if (r := rate_word_before(s.rest, k)) is not None and r:
                return r  # the rate word naming the percent begins the target; a word or more before it
            if k and current().build(bare_measure).match(s.rest[k - 1]):
                return None  # the target's words before its value: how many, not shown
            return k
    return None


def _at_value(s: RowSplit, starts: dict[int, int | None], prefixes: set[str], splits: list[RowSplit]) -> bool:
    """Whether a row's target was cut at its value token by the fallback of :func:`_target_start` alone
    (no measure word before it, no other row showing the cut)."""
    k = starts.get(s.line)
    return (
        k is not None
        and k < len(s.rest)
        and k == _value_start(s, prefixes)
        and is_value_token(s.rest[k])
        and k != _shown_start(s, splits, prefixes)
    )


def _shown_start(s: RowSplit, splits: list[RowSplit], prefixes: set[str]) -> int | None:
    """Where another row shows this row's target begins (it prints the target, or one of the same
    wording but for its figures, whole or after its project: :func:`shows_start`); None when no row
    shows it."""
    others = [o.rest for o in splits if o is not s]
    if n := _printed_alone(s.rest, others):
        return len(s.rest) - n
    n = _shared_wording(s.rest, others)
    return len(s.rest) - n if n and shows_start(s.rest[len(s.rest) - n :], prefixes) else None


def shows_start(shared: list[str], prefixes: set[str]) -> bool:
    """Whether the words two rows end alike (but for their figures) show where a target begins: two
    words or more besides bare values (``프로그램 운영(60회)``), a measure word opening them (``공정률
    80%``), or a value opening them (``120호 공급`` / ``186호 공급``: the target opens with its value, a
    project holds none). One word alike before or around the figure (``경로식당 설치(20개소)`` /
    ``작은도서관 설치(15개소)``, ``제방 보강 1.2km`` / ``산책로 보강 0.8km``) shows only that the target
    holds it: projects and targets of every kind end in such words (설치, 조성, 운영), and the words
    before it may be the target's or the project's."""
    return bool(shared) and (
        shared[0] in prefixes or _bare_value(shared[0]) or sum(not _bare_value(w) for w in shared) >= 2
    )


def _printed_alone(rest: list[str], others: list[list[str]]) -> int:
    """The length of the longest other row's tokens that are the end of ``rest`` (that row prints
    this row's target without the project); 0 when none."""
    return max((len(o) for o in others if 0 < len(o) < len(rest) and rest[-len(o) :] == o), default=0)


def _shared_wording(rest: list[str], others: list[list[str]]) -> int:
    """The most end tokens ``rest`` shares in shape with another row's (a target of the same wording
    but for its figures; a lone value and its unit shares none); 0 when none."""
    return max(
        (
            n
            for o in others
            if 0 < (n := _shared_shape(rest, o)) < len(rest)
            and n <= len(o)
            and not (n == 1 and _bare_value(rest[-1]))
        ),
        default=0,
    )


def _bare_value(word: str) -> bool:
    """A word that is a value and its unit only (``900명``): two such words alike but for their
    figures share no wording (``교원 900명`` and ``수혜학생 2,062명`` name different counts)."""
    m = current().build(value_token).match(word)
    return m is not None and m.end() == len(word)


def _shared_shape(mine: list[str], other: list[str]) -> int:
    """How many last tokens two rows print alike but for their figures (``운영(60회)`` and
    ``운영(35회)``), counted only when a figure stands among them (a target of the same wording
    and another value); 0 otherwise."""
    n = 0
    while n < min(len(mine), len(other)) and FIGURE.sub("#", mine[-1 - n]) == FIGURE.sub("#", other[-1 - n]):
        n += 1
    return n if any(FIGURE.search(t) for t in mine[len(mine) - n :]) else 0


def measure_words(splits: list[RowSplit]) -> set[str]:
    """Words naming what the value after them measures (``공정률 80%``): a word that ends as a rate
    does, printed before a value token in a row's target (the project may be carried from above)."""
    return {s.rest[k] for s in splits for k in measured_value_at(s.rest)}


def _worded_before_value(splits: list[RowSplit], starts: dict[int, int | None], prefixes: set[str]) -> bool:
    """Whether a target this table shows whole (a row that prints it alone under a merged project, or
    one another row prints so) names what it counts in words before its value (``교육 수료 450명``):
    then a row's value is not where its target begins, as the fallback of :func:`_target_start` takes it."""
    value = current().build(value_token)
    for s in splits:
        k = starts.get(s.line)
        if k is None or _at_value(s, starts, prefixes, splits):
            continue  # not shown whole: cut at its value, the guess in question
        target = s.rest[k:]
        at = next((j for j, w in enumerate(target) if value.match(w)), None)
        if at and not (at == 1 and target[0] in prefixes):
            return True
    return False


def title_start(rest: list[str], opening: str) -> int | None:
    """Where a target begins that restates the words the pledge's title opens with (``청년 일자리 10개
    창출``: ``지원센터 조성 | 청년 일자리 기업 지원(45개)``): two or more of them (``opening``), in order,
    printed once after the row's first word, the first of them nowhere else; None when the row opens with
    them (the project restates them too), prints the first elsewhere, or restates one word only (a project
    ``공공 청년 주택`` under a title opening ``청년 주거``: one word is no proof the target begins there)."""
    words = opening.split()
    if len(words) < 2:
        return None
    at = [k for k, w in enumerate(rest) if w == words[0]]
    if len(at) != 1 or at[0] == 0 or rest[at[0] : at[0] + len(words)] != words:
        return None
    return at[0]


def _restated(rest: list[str]) -> int | None:
    """Where a target begins that restates its project's first word (``수소산업 기반 구축 |
    수소산업 협약 체결(30건)``): that word printed once more, after the project's words; None
    when it is not printed again, or printed more than once."""
    again = [k for k in range(1, len(rest)) if rest[k] == rest[0]]
    return again[0] if len(again) == 1 else None


def _learned_start(rest: list[str], firsts: set[str]) -> int | None:
    """Where a target begins in a row by the words that begin targets in this table (``firsts``):
    one such word after the row's first, printed once (or once more than as the project's first
    word); None when none or several stand there."""
    at = [k for k in range(1, len(rest)) if rest[k] in firsts]
    if len(at) != 1:
        return None
    w = rest[at[0]]
    if rest[0] in firsts and rest[0] != w:
        return None  # the row may print a target only, under a project carried from above
    return at[0] if rest.count(w) == 1 or (rest.count(w) == 2 and rest[0] == w) else None


def _carried_target(s: RowSplit, above: RowSplit, firsts: set[str], longest: int) -> bool:
    """Whether a row prints its target alone under the project of the row above (a merged project
    cell): it opens with a word that begins the targets this table splits (``firsts``), printed
    once, and its target holds a figure (a project opening so would have such a target restate the
    word; a worded target, ``착공``, need not); it is no longer than the longest target split, and
    its year follows the year of the row above. Tried last, on rows no other rule splits (one that
    opens with a project another row prints is split after it)."""
    return (
        bool(s.rest)
        and s.rest[0] in firsts
        and s.rest.count(s.rest[0]) == 1
        and len(s.rest) <= longest
        and FIGURE.search(s.rest[-1]) is not None
        and s.year is not None
        and above.year is not None
        and s.year > above.year
    )


def _placed_target(rest: list[str], targets: list[list[str]], carried: bool) -> tuple[int, int] | None:
    """Where a target begins in a row whose actual is printed without a number: a target another
    row prints whole stands once in it, with the actual after it and the project (unless the row
    carries the project from above) before it; None otherwise."""
    hits = {
        (i, len(t))
        for t in targets
        for i in range(len(rest) - len(t))
        if rest[i : i + len(t)] == t and (i == 0) == carried
    }
    return next(iter(hits)) if len(hits) == 1 else None


def project_start(rest: list[str], projects: set[tuple[str, ...]]) -> int | None:
    """Where the target begins in a row that opens with a project another row of the table
    prints (that row split by the cells' shapes): after it, when exactly one such project opens
    the row and words stand after it; None otherwise."""
    hits = [len(p) for p in projects if len(p) < len(rest) and tuple(rest[: len(p)]) == p]
    return hits[0] if len(hits) == 1 else None


def _worded_split(
    s: RowSplit,
    targets: list[list[str]],
    actuals: list[list[str]],
    projects: set[tuple[str, ...]],
    carried: bool,
) -> tuple[int, int] | None:
    """(target start, target length) in a row whose actual is printed without a number: a target
    another row prints whole (:func:`_placed_target`), or else, after the project (the project
    another row prints, or carried from above), the one cut of the words left into a target and
    an actual (:func:`_worded_cut`); None otherwise."""
    placed = _placed_target(s.rest, targets, carried)
    if placed is not None:
        return placed
    k = 0 if carried else project_start(s.rest, projects)
    if k is None:
        return None
    n = _worded_cut(s.rest[k:], actuals)
    return None if n is None else (k, n)


def _worded_cut(words: list[str], actuals: list[list[str]]) -> int | None:
    """How many of ``words`` (a worded target and actual, the project cut off) the target holds,
    when exactly one cut is consistent with what the table shows: neither cell is empty (two words:
    one each); a status word standing inside them ends its cell (``실시설계 완료 | 행정절차 이행``:
    the target's, as only two cells are left; two such words leave no cut); else an actual
    another row of the table prints whole ends them, with words before it. None otherwise (``착공
    행정절차 이행``: where the target ends is not printed)."""
    cuts = set(range(1, len(words)))
    ends = status_ends(words)
    if len(ends) > 1:
        return None
    if ends:
        cuts &= ends
    if len(cuts) != 1:
        cuts &= {len(words) - len(a) for a in actuals if 0 < len(a) < len(words) and words[-len(a) :] == a}
    return cuts.pop() if len(cuts) == 1 else None


def _cell_ends(
    splits: list[RowSplit],
    s: RowSplit,
    starts: Mapping[int, int | None],
    loose: list[list[str]],
    inner: bool = False,
) -> list[tuple[list[str], int]]:
    """The other rows' words and the cell ends they prove (:mod:`goal_shared_cells`): a worded row
    not yet cut, or a row whose status is not told (``loose``: its words), ends a cell after each
    status word standing inside its words (another cell after it); unless ``inner``, a row with its
    actual set apart also ends its target with its words. (Two rows ending alike, each at its actual,
    show no cell: the same wording without a figure may hold the projects' last words.)"""
    out: list[tuple[list[str], int]] = [(w, e) for w in loose for e in sorted(status_ends(w))]
    for o in splits:
        if o is s:
            continue
        cut = o.worded and o.line not in starts
        if inner and not cut:
            continue
        ends = status_ends(o.rest) if cut else {len(o.rest)}
        out += [(o.rest, e) for e in sorted(ends)]
    return out


def _shared_worded(s: RowSplit, others: list[tuple[list[str], int]]) -> tuple[int, int] | None:
    """(target start, target length) in a row printing its project, a worded target and a worded
    actual, when a status word standing inside them ends one cell, and another row prints the words
    before it ending one of its cells (:func:`goal_shared_cells.shared_cell`): that cell, with the
    project before it and the actual after it, is the target; None otherwise."""
    got = {(e - n, n) for e in status_ends(s.rest) if (n := shared_cell(s.rest, e, others)) is not None}
    return got.pop() if len(got) == 1 else None
