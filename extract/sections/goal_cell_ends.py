"""Where a goal row's cells end, shown by the print itself (session 40, helper txtgoals): text dumps printing a
goal table a row a line, its cells one space apart, whose words after the status or the figures run together.

- A blank last cell: a dump joining a row's cells with one space between them prints a row whose last cell is
  blank with a gap at its end (``… 정류장 운영 및 운수종사자 지원 ``: the 비고 blank). It tells only where the dump
  does not pad its lines: the head line (a row of cells itself) ends at its last word, and only where another row
  prints the row's last words with more after them (a gap alone, an editor's trailing space as well, proves
  nothing). Such a row gives the head's last column, a 비고 after the 추진내용, nothing, and the words before it to
  the columns before (the row's 추진내용 whole).
- A target printed in its actual's measured shape: an actual of a measure word and a figure (``공정률 77%``) beside
  a target opening with the same word and a figure of the same unit (``공정률 100%``): the target is those two
  words, a cell closed by its figure as the actual's is, the words after it the next column's (``공정률 100% 실증센터
  운영 …`` is no target), unless those words may revise it (a figure, an arrow, a sign or a bracket opening them).
- A 추진내용 the rows of one project each print at their end (the project's 추진내용, printed on each of its rows)
  after their targets: where those rows' words after their shaped cells end alike, the words they end with alike
  (two or more) are the 추진내용, where the words left before them are no one target's wording cut short: their last
  words differ in kind (one a figure with its unit, ``4.5km``, another a word, ``130호 공급``), and each is a target
  opening with its figure (``130호 공급``) or a measure word and its figure (``공정률 70%``): no 추진내용's words
  holding a figure (``거점 25개소 신설 및``) read into a target; a bracketed figure closing them proves nothing. Targets ending with one word alike (``130호 공급`` / ``150호 공급``) would
  leave the rows' words ending alike past the 추진내용 (``공급 …``): their words left end in one kind, and the rows stay
  unread (:func:`details_repeated`).
- A 추진내용 a row proves whole (by a blank 비고 after it, or by the row's own cells: :mod:`goal_spaced_rows`) ends
  where another row of the same project prints it again before its 비고 (the project's 추진내용, printed on each
  of its rows: :func:`details_shown`).

Nothing here guesses a cut: each rule only drops ways of reading a row that the print contradicts; a row still
read two ways stays unread (its goal lost with its finding, never paired by guess)."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.markers import OPEN_BRACKETS
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import measure_suffix, value_token
from pledgecard.extract.vocabulary import current

Way = dict[str, list[str]]

# every character the txt reader reads as a gap: a full-width space (U+3000) or a no-break space alone is one
_GAPS = (" ", "\t", "\u3000", "\xa0")
_GAP_RUN = r"(?:[ \t]{2,}|[ \t\u3000\xa0]*[\u3000\xa0][ \t\u3000\xa0]*)"


def blank_last_rows(lines: Sequence[Line], head: int | None) -> frozenset[int]:
    """Indexes of the ``lines`` after the goal head at index ``head`` printing a blank last cell: their print
    ends in a gap, where the head's own print joins its cells with one space and ends at its last word
    (:func:`joins_single`), and another row of the table prints the words the row ends with (two or more)
    followed by more words (its last cell printed, the row's ending a cell shown whole: :func:`_continued`); none
    without a head so printed. A gap at a row's end alone (of any kind: an editor's trailing space, a tab, a
    full-width space) proves nothing: a row printing its last cell with a space after it ends so too."""
    if head is None or not 0 <= head < len(lines) or not joins_single(lines[head]):
        return frozenset()
    rows = [
        k
        for k in range(head + 1, len(lines))
        if lines[k].marker is None and lines[k].printed is not None and lines[k].text.strip()
    ]
    return frozenset(
        k
        for k in rows
        if _gapped(lines[k])
        and _continued(lines[k].text.split(), [lines[j].text.split() for j in rows if j != k])
    )


def _continued(words: list[str], others: Sequence[list[str]]) -> bool:
    """Whether one of the ``others`` (rows' words) prints the last two or more of ``words`` with more words after
    them."""
    for m in range(len(words) - 1, 1, -1):
        tail = words[-m:]
        if any(o[p : p + m] == tail for o in others for p in range(len(o) - m)):
            return True
    return False


def joins_single(head: Line) -> bool:
    """Whether the goal head line was printed with its cells one space apart and nothing after its last word (a
    dump joining a row's cells with one space, padding no line; a head word spaced out letter by letter, ``비  고``,
    is one cell): only there does a gap print a blank cell (a layout dump sets its columns apart with runs of
    spaces, whatever the cells hold)."""
    p = head.printed
    if p is None or head.marker is not None or _gapped(head):
        return False
    # a run of spaces between two letters standing alone spaces out one word (``비  고``), no columns
    return all(
        len(m.group(1)) == 1 and len(m.group(2)) == 1 for m in re.finditer(r"(\S+)[ \t]{2,}(?=(\S+))", p)
    )


def _gapped(line: Line) -> bool:
    return bool(line.trailing_gap) or (line.printed or "").endswith(_GAPS)


def _gap_before(printed: str | None, words: str) -> bool:
    """Whether ``printed`` (a row's print) ends with ``words`` after a run of spaces (a blank cell before them)."""
    if not printed:
        return False
    tail = r"\s+".join(map(re.escape, words.split()))
    return re.search(rf"\S{_GAP_RUN}{tail}\s*$", printed) is not None


def _prints_project(printed: str | None, project: str | None) -> bool:
    """Whether a row's ``printed`` line holds its ``project``'s words (its project cell printed, not merged)."""
    if not printed or not project:
        return False
    return re.search(r"\s+".join(map(re.escape, project.split())), printed) is not None


def with_blank_last(ways: list[Way], kinds: Sequence[str]) -> list[Way]:
    """The ``ways`` giving the head's last column (of ``kinds``) no word: a row printing its last cell blank; none
    unless that column is a 비고 after the 추진내용 (the words it leaves go to free text, never to a figure's
    cell: under ``… 목표 비고`` the 비고's words would be read into the target, its figure with them)."""
    if list(kinds[-2:]) != ["detail", "remark"]:
        return []
    last = kinds[-1]
    return [w for w in ways if not w.get(last or "")]


def _whole_value(tok: str) -> tuple[str, str] | None:
    """(figure, unit) of a token that is a figure with its unit and nothing more (``77%``, ``2.2km``)."""
    m = current().build(value_token).match(tok)
    return (m.group(1), m.group(2)) if m is not None and m.end() == len(tok) else None


def _overruns_measure(way: Way) -> bool:
    """Whether ``way``'s target opens in its actual's measured shape (a measure word and a figure of the actual's
    unit: ``공정률 100%`` beside ``공정률 77%``) and goes on past that figure."""
    actual, target = way.get("actual") or [], way.get("target") or []
    if len(actual) != 2 or len(target) < 3 or target[0] != actual[0]:
        return False
    if current().build(measure_suffix).search(actual[0]) is None:
        return False
    a, t = _whole_value(actual[1]), _whole_value(target[1])
    return a is not None and t is not None and a[1] == t[1]


def _revised_after(words: list[str]) -> bool:
    """Whether ``words`` (printed after a target's figure) may go on with the target: a figure among them
    (``공정률 80% → 공정률 100%``, ``(변경 100%)``), a revision's arrow or word, or their first word opening with
    no letter (a sign or a bracket: ``(상향)``): the target may be revised there, its first figure superseded."""
    if not words:
        return False
    v = current()
    marks = re.compile(rf"{v.alternation('revisions', 'arrows')}|{v.alternation('revisions', 'words')}")
    return (
        any(_figured(t) for t in words)
        or any(marks.search(t) for t in words)
        or not words[0][0].isalpha()
        or words[0][0] in OPEN_BRACKETS
    )


def measured_targets(ways: list[Way]) -> list[Way]:
    """The ``ways`` whose target, printed in its actual's measured shape, ends at its figure (see the module);
    ``ways`` unchanged where none is left, or where the words after that figure may go on with the target
    (:func:`_revised_after`: a revised target keeps no superseded figure)."""
    over = [w for w in ways if _overruns_measure(w)]
    if any(_revised_after(w["target"][2:]) for w in over):
        return ways
    kept = [w for w in ways if not _overruns_measure(w)]
    return kept or ways


def details_shown(
    rows: list[GoalRow], blank: Collection[int], kinds: Sequence[str], printed: Mapping[int, str | None]
) -> list[GoalRow]:
    """``rows`` read by the row readers with their 추진내용 and 비고 run together (``cells_unread``, the 추진내용
    null), their 추진내용 set where the print shows it (see the module): a row whose 비고 is blank (its line in
    ``blank``, the head's last column a 비고 after the 추진내용) holds its 추진내용 whole; a row printing a blank
    cell right before those words (a run of spaces after its status: ``완료  기본계획 수립``) prints its 비고
    alone, its 추진내용 merged with the row above's of the same project (carried from it where that one is
    known); a row of the same project whose words after the status open with a 추진내용 so known and go on has
    it as its 추진내용, the rest its 비고 (handed back as before). A row that could open with two such cells is
    left as it was. ``printed``: each row line's print by its index (None where not kept), given only where the
    head joins its cells with one space (:func:`joins_single`: a layout dump's runs of spaces part its columns)."""
    if list(kinds[-2:]) != ["detail", "remark"]:
        return rows
    out: list[GoalRow] = []
    for r in rows:
        if r.cells_unread and r.detail is None and r.line in blank:
            r = replace(r, detail=r.cells_unread, cells_unread=None)
        elif (
            r.cells_unread
            and r.detail is None
            and out
            and out[-1].project == r.project
            and out[-1].detail
            and _gap_before(printed.get(r.line), r.cells_unread)
            and not _prints_project(
                printed.get(r.line), r.project
            )  # a merged 추진내용 under a merged project
        ):
            r = replace(r, detail=out[-1].detail)
        out.append(r)
    known = {(r.project, r.detail) for r in out if r.project and r.detail}
    shown: list[GoalRow] = []
    for r in out:
        if r.cells_unread and r.detail is None and r.project:
            words = r.cells_unread.split()
            opens = {
                d
                for p, d in known
                if p == r.project and len(d.split()) < len(words) and words[: len(d.split())] == d.split()
            }
            if len(opens) == 1:
                d = opens.pop()
                r = replace(r, detail=d, cells_unread=" ".join(words[len(d.split()) :]))
        shown.append(r)
    return shown


_TAIL = ("target", "detail", "remark")


def _figured(tok: str) -> bool:
    return any(ch.isdigit() for ch in tok)


def _opens_with_figure(words: list[str]) -> bool:
    """Whether ``words`` (a row's words left before its project's 추진내용) are a target opening with its figure
    and holding no other (``130호 공급``, ``4.5km``): a target no 추진내용's words were read into (a 추진내용
    opening ``거점 25개소 신설 및`` would lend the target its figure), or a measure word and its figure alone
    (``공정률 70%``)."""
    if len(words) == 2 and current().build(measure_suffix).search(words[0]) and _whole_value(words[1]):
        return not _figured(words[0])
    return 1 <= len(words) <= 2 and _whole_value(words[0]) is not None and not any(map(_figured, words[1:]))


def details_repeated(rows: Sequence[list[Way]], kinds: Sequence[str]) -> set[tuple[str, str]]:
    """(project, 추진내용) pairs the rows (each given by its ways of fitting the head's ``kinds``) of one project
    show by ending alike (see the module), for a head whose target is followed by its 추진내용 alone, or by a
    비고 each such row prints blank. A row is counted only where its ways agree on every cell before the target
    (its project printed, not merged)."""
    if "target" not in kinds or "detail" not in kinds:
        return set()
    after = list(kinds[kinds.index("target") + 1 :])
    if after not in (["detail"], ["detail", "remark"]):
        return set()
    tails: dict[str, list[list[str]]] = {}
    for ways in rows:
        if not ways or any(w.get("remark") for w in ways):
            continue
        first = ways[0]
        lead = [k for k in kinds if k not in _TAIL]
        if not first.get("project") or any(w.get(k) != first.get(k) for w in ways[1:] for k in lead):
            continue
        tail = [t for k in _TAIL for t in first.get(k, [])]
        tails.setdefault(" ".join(first["project"]), []).append(tail)
    out: set[tuple[str, str]] = set()
    for project, group in tails.items():
        if len(group) < 2:
            continue
        n = 0
        while n < min(map(len, group)) and len({tuple(t[len(t) - n - 1 :]) for t in group}) == 1:
            n += 1
        if n < 2 or any(len(t) <= n for t in group):
            continue
        lasts = [t[-n - 1] for t in group]
        if len({_figured(t) for t in lasts}) == 2 and all(_opens_with_figure(t[:-n]) for t in group):
            out.add((project, " ".join(group[0][-n:])))
    return out
