"""Goal rows of a text dump that printed the 목표달성 table one row per line, its cells one space
apart (as the cells inside them are): the header line names the columns in order (연도 | 주요사업 |
목표 | 실적 | 달성률 | 추진상황 | 추진내용), and each row is split at what the cells' shapes fix.

Anchored by shape: the year (first column), the status (a status word; the token before it is the
rate when a 달성률 column stands before it; it ends the row when no column follows it), the rate
(``92%`` or a dash) and the actual (a dash or a value with a unit, with the word that stands before
the number in both the target and the actual, as in ``공정률 80%`` / ``공정률 74%``; or a value with
words after it that print the target's shape again, the same unit and words right before it after the
target's value: ``186호 공급 | 150호 공급``, ``3.5km 개설 | 2.8km 개설``). What stays
between the year and the actual is the project and the target, split where the table itself
shows it: another row that prints the same target without its project (a merged project cell),
another row that prints a target of the same wording but for its figures (``운영(60회)`` /
``운영(35회)``), a row that prints no 추진내용 under a year following the row above (its project and
추진내용 cells merged with that row's: all it prints is the target), or the target's value (a
number with a unit, starting a cell: ``268호 공급``, ``3.5km``; not after a bare measure word,
``연수 이수 교원 93명``, whose name's first word the row does not show), or the word that begins targets
in this table: a target that restates its project's first word (``수소산업 기반 구축 | 수소산업
협약 체결(30건)``) shows it, and a row holding one such word after its first begins its target there
(two such words: not shown), or a project another row of the table prints (split there by the
rules above), or one another table of the card labels whole (its row of money by source:
:mod:`goal_named_projects`) or the same pledge's card for another quarter reads (:mod:`pledge_siblings`),
opening the row, when no other such project does; a row printing one word before a figure or dash actual, on a
line the dump printed with single spaces (no blank cell), prints its target alone, its project merged with the
row above's (:func:`_alone_rows`). An actual printed without a number
(``설계 완료``; a status word right before the status cell ends the actual) is set apart only by a
target another row prints whole standing once in the row, project before it, actual after it, or,
after the row's project, where exactly one cut of the words left fits: two words (each cell holds
one), a status word standing inside them (it ends its cell: ``실시설계 완료 | 행정절차 이행``), an
actual another row prints whole ending them; or a worded cell two rows print alike, each ending a
cell the row proves, other words before it in both (:mod:`goal_shared_cells`), sets apart the
target in both. A row holding two status words before a 추진내용 cell takes as its status what the
rows read show (not one inside a target another row reads; the one before a 추진내용 another row
prints): the table is read again with them. A header word holding a column word
(``추진실적``) names that column. A row a dump broke over lines
(the year cell alone, the project over two lines) is joined up to its status first. A row
whose split the table does not show (a target like ``교육생 양성(35명)`` after its project, an
actual without a number no other row sets apart) is not read: its goal is left out rather than guessed, and its line is
handed back (the card gets an ``extract.table_unrecovered`` finding at its line); the other rows
are read all the same, and the rows merged with it carry its project only when that is known (it
is merged itself, or opens with a project another row prints), else none. A 달성률 that
disagrees with the actual over the target also leaves the row out.

A table flattened one cell per line (hwpx-text-extract) has its cells explicit:
:func:`goal_cells` reads it by the header's column count (see there).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.goal_named_projects import named_projects
from pledgecard.extract.sections.goal_shared_cells import shared_cell
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import Vocabulary, current, key, year_of
from pledgecard.normalize.counts import LOOSE_NUMBER, parse_number
from pledgecard.normalize.text import DASH_CLASS

_DASH = re.compile(rf"^{DASH_CLASS}$")
_RATE = re.compile(r"^(\d+(?:\.\d+)?)\s*%$")
_ORDER = ("project", "target", "actual", "rate")  # the columns before the status, in this order


@dataclass(slots=True)
class GoalRow:
    """One goal row as printed cells (``project`` None when carried from the row above)."""

    line: int  # index of the row's line among the lines given
    project: str | None
    year: int | None
    target: str
    status: str
    actual: str | None
    detail: str | None


@dataclass(slots=True)
class _Split:
    line: int
    year: int | None
    rest: list[str]  # project and target tokens
    actual: str | None
    prefix: str | None  # the word before the actual's number (공정률)
    rate: float | None
    status: str
    detail: str | None
    worded: bool = False  # the actual printed without a number: ``rest`` holds it too


def _column_words(v: Vocabulary) -> dict[str, str]:
    """Header word -> column kind (``other`` for words that hold no value)."""
    out: dict[str, str] = {}
    for table in ("goals_columns", "goals_columns_whole"):  # a token is a whole header cell
        for kind, words in v.table(table).items():
            for w in words:
                out.setdefault(key(w), kind)
    return out


def _whole_cells(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for words in v.table("goals_columns_whole").values() for w in words)


def _value_token(v: Vocabulary) -> re.Pattern[str]:
    """A cell token that starts with a number carrying a unit (``268호``, ``3.5km``, ``74%``)."""
    units = "|".join(map(re.escape, sorted(v.words("counts", "units"), key=len, reverse=True)))
    return re.compile(rf"^({LOOSE_NUMBER})\s*({units})")


def _year_cell(v: Vocabulary) -> re.Pattern[str]:
    """A year cell or a year-group line: ``2023``, ``2023년``, ``'23``, ``<2023>``."""
    return re.compile(rf"^[<〈(\[]?\s*(?:{v.year_pattern})\s*[>〉)\]]?$")


def _inline_mark(v: Vocabulary) -> re.Pattern[str]:
    """A ``<2023>`` mark with more text on its line."""
    y = v.year_plain
    return re.compile(rf"[<〈]\s*(?:{y})\s*[>〉]\s*\S|\S\s*[<〈]\s*(?:{y})\s*[>〉]")


def _compound_kind(tok: str, words: dict[str, str]) -> str | None:
    """The kind of a header word that holds a column word of one kind inside it (``추진실적``
    holds ``실적``), as the goals table reader matches its header cells; None when it holds none,
    or words of two kinds alike long."""
    k = key(tok)
    whole = current().build(_whole_cells)
    found = [(len(w), kind) for w, kind in words.items()
             if kind != "other" and len(w) >= 2 and w in k and w not in whole]
    if not found:
        return None
    best = max(n for n, _ in found)
    kinds = {kind for n, kind in found if n == best}
    return kinds.pop() if len(kinds) == 1 else None


def header_words_kind(token: str) -> str | None:
    """The column kind one goals head word names, whole or held inside it (``추진실적``: actual), as
    :func:`header_kinds` reads a head line's words; None when it names none."""
    words = current().build(_column_words)
    return words.get(key(token)) or _compound_kind(token, words)


def header_kinds(text: str) -> list[str] | None:
    """The column kinds of a flattened goals header line, in order; None for any other line.
    A word a dump printed spaced (``주 요 사 업``) is joined again."""
    words = current().build(_column_words)
    toks = text.split()
    kinds: list[str] = []
    i = 0
    # a 구분 cell heads the project column when no word of the header names one ([goals_columns_whole] project)
    named = {words.get(key(t)) for t in toks}
    whole = {key(w) for w in current().words("goals_columns_whole", "project")} if "project" not in named else set()
    remark = {key(w) for w in current().words("goals_remark_column", "words")}
    while i < len(toks):
        if key("".join(toks[i:])) in remark and len(toks) - i <= 3:
            kinds.append("remark")  # the last column of word notes (비고; spaced, 비 고)
            break
        for j in range(min(len(toks), i + 6), i, -1):
            kind = words.get(key("".join(toks[i:j])))
            if key("".join(toks[i:j])) in whole:
                kind = "project"
            if kind:
                if kind != "other":
                    kinds.append(kind)
                i = j
                break
        else:
            kind = _compound_kind(toks[i], words)
            if kind is None:
                return None
            kinds.append(kind)
            i += 1
    if "target" not in kinds or "status" not in kinds or len(kinds) < 3 or len(set(kinds)) != len(kinds):
        return None
    return kinds


def _header_words_only(text: str) -> bool:
    words = current().build(_column_words)
    return all(words.get(key(t)) == "other" for t in text.split())


def is_goals_header(text: str) -> bool:
    """A line that heads a goals table this reader splits (its header names an 실적 column)."""
    kinds = header_kinds(text)
    return kinds is not None and _layout(kinds) is not None


def may_be_goal_row(text: str) -> bool:
    """A line that may belong to a goals table printed one row per line: a row holds a status
    word; a year-group line or the header's second line holds nothing else."""
    toks = text.split()
    status = current().status_words
    return (_year_of(text) is not None or _header_words_only(text)
            or any(key("".join(toks[a:b])) in status for a in range(len(toks)) for b in range(a + 1, a + 4)))


def is_row_with_status(text: str) -> bool:
    """A line holding a status word among other cells (a goal row, not a year or header line)."""
    toks = text.split()
    status = current().status_words
    spans = [(a, b) for a in range(len(toks)) for b in range(a + 1, min(a + 4, len(toks) + 1))
             if key("".join(toks[a:b])) in status]
    return any(b - a < len(toks) for a, b in spans) and not _header_words_only(text)


def _year_of(text: str) -> int | None:
    m = current().build(_year_cell).match(text.strip())
    return year_of(m) if m else None


def _layout(kinds: list[str]) -> tuple[bool, list[str], str] | None:
    """(year column first, the columns before the status, the columns after it: ``""``, ``"detail"``,
    ``"remark"`` or ``"detail remark"``); None for a layout this reader does not split. A row's
    cells after its status are its detail only when the 추진내용 column stands there alone."""
    has_year = kinds[0] == "year"
    body = kinds[1:] if has_year else kinds
    if "year" in body:
        return None
    s = body.index("status")
    before, after = body[:s], body[s + 1:]
    if after not in ([], ["detail"], ["remark"], ["detail", "remark"]) or \
            [k for k in _ORDER if k in before] != before or "target" not in before:
        return None
    if "actual" not in before:
        return None  # the actual printed in the status cell, ``완료(35명)``: the marked-row reader's shape
    return has_year, before, " ".join(after)


def _status_span(toks: list[str], start: int, layout: tuple[bool, list[str], str],
                 hints: _Hints | None = None) -> tuple[int, int] | None:
    """The status cell of a row: a status word (one to three tokens) with the rate before it when
    a 달성률 column stands there, ending the row when no column follows it; None unless one is found.
    Of several status words before a 추진내용 column, what ``hints`` show (:func:`_hinted_spans`)."""
    _, before, after = layout
    spans = [(a, b) for a in range(start + 1, len(toks)) for b in (a + 1, a + 2, a + 3)
             if b <= len(toks) and key("".join(toks[a:b])) in current().status_words]
    spans = [(a, b) for a, b in spans if (after or b == len(toks))
             and ("rate" not in before or _RATE.match(toks[a - 1]) or _DASH.match(toks[a - 1]))]
    if len(spans) > 1 and hints is not None:
        spans = _hinted_spans(toks, start, spans, hints)
    if len(spans) > 1 and "rate" not in before:
        # a status word right before another ends the actual cell (``설계 완료 | 완료``): the
        # status cell is the later one (and, the pair standing once, no status word before it is:
        # ``실시설계 완료 | 운영 완료 | 완료``, the first 완료 ends the target)
        paired = [(a, b) for a, b in spans if any(b2 == a for _, b2 in spans)]
        spans = [(a, b) for a, b in spans if not any(a2 == b for a2, _ in spans)]
        if len(spans) > 1 and len(paired) == 1 and paired[0] == spans[-1]:
            spans = paired
    if len(spans) > 1 and "actual" in before and "rate" not in before:
        # a status word right after a dash, the actual cell left empty (``실시설계 완료 | - | 미착수``): the
        # status cell is that one (a status word before it ends the target)
        dashed = [(a, b) for a, b in spans if a > start + 1 and _DASH.match(toks[a - 1])]
        if len(dashed) == 1:
            spans = dashed
    return spans[0] if len(spans) == 1 else None


def _hinted_spans(toks: list[str], start: int, spans: list[tuple[int, int]], hints: _Hints) -> list[tuple[int, int]]:
    """The status words of a row that may be its status cell, as the other rows read show
    (:func:`_status_span`): those standing inside a target another row reads, printed here after a
    word (its project) and before more words, dropped; then, if some are, those the row prints a
    추진내용 after that another row prints after its status kept."""
    inside = {(a, b) for a, b in spans for t in hints.targets
              for i in range(start + 1, a + 1) if b <= i + len(t) < len(toks) and tuple(toks[i:i + len(t)]) == t}
    kept = [sp for sp in spans if sp not in inside]
    told = [(a, b) for a, b in kept if " ".join(toks[b:]) in hints.details]
    return told or kept


def _split(toks: list[str], n: int, layout: tuple[bool, list[str], str], group_year: int | None,
           hints: _Hints | None = None) -> _Split | None:
    vocab = current()
    has_year, before, _ = layout
    start, year = 0, group_year
    if has_year:
        year = _year_of(toks[0]) if toks else None
        start = 1
    if year is None:
        return None
    span = _status_span(toks, start, layout, hints)
    if span is None:
        return None
    (a, b), end = span, span[0]
    rate = None
    if "rate" in before:
        m = _RATE.match(toks[end - 1])
        rate = float(m.group(1)) if m else None
        end -= 1
    actual = prefix = None
    worded = False
    if "actual" in before:
        last = toks[end - 1] if end - 1 >= start else ""
        if _DASH.match(last):
            end -= 1
        elif vocab.build(_value_token).match(last):
            actual, end = last, end - 1
            w = toks[end - 1] if end - 1 > start else None
            if w and not re.search(r"\d", w) and any(
                    toks[k] == w and vocab.build(_value_token).match(toks[k + 1]) for k in range(start, end - 1)):
                actual, prefix, end = f"{w} {last}", w, end - 1
        elif (j := shaped_actual(toks[start:end])) is not None:
            actual, end = " ".join(toks[start + j:end]), start + j  # 186호 공급 | 150호 공급: the target's shape again
        else:
            worded = True  # an actual without a number: placed only by a target another row shows
    rest = toks[start:end]
    if not rest:
        return None
    if actual is not None and prefix is None and vocab.build(_measure_suffix).search(rest[-1]):
        return None  # 공정률 | 70%: the value is the measure word's (the target's); the actual is not in the row
    detail = " ".join(toks[b:]) or None if layout[2] == "detail" else None  # a 비고 cell is no detail
    return _Split(n, year, rest, actual, prefix, rate, " ".join(toks[a:b]), detail, worded)


def shaped_actual(words: list[str]) -> int | None:
    """Where a worded actual begins that prints its target's shape again (``186호 공급 | 150호 공급``,
    ``3.5km 개설 | 2.8km 개설``): the row's last value token (a number with a unit) and the words after
    it, the same unit and the same words standing right before them after another value token (the
    target's); None otherwise (a value token last: the actual is that token; no words after it)."""
    value = current().build(_value_token)
    at = [k for k, w in enumerate(words) if value.match(w)]
    if not at or at[-1] == len(words) - 1:
        return None
    j = at[-1]
    tail = words[j + 1:]
    i = j - len(tail) - 1
    if i < 0 or _FIGURE.search(" ".join(tail)) or words[i + 1:j] != tail:
        return None
    mi, mj = value.match(words[i]), value.match(words[j])
    return j if mi and mj and mi.group(2) == mj.group(2) and mi.end() == len(words[i]) \
        and mj.end() == len(words[j]) else None


def _measure_suffix(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\S(?:{v.pattern('counts', 'measure_suffixes')})$")


def _rate_word(v: Vocabulary) -> re.Pattern[str]:
    """A word naming a rate (``이용률``, ``참여율``): more than the rate suffix it ends in."""
    return re.compile(rf"\S(?:{v.pattern('counts', 'rate_suffixes')})$")


def rate_word_before(words: list[str], at: int) -> int | None:
    """Where the rate word stands that names the percent at ``words[at]`` (``이용률 향상 17%``): the
    one word ending as a rate does among the three words before it, no figure between; None when the
    value is not a percent, no such word stands there, or two do."""
    v = current()
    m = v.build(_value_token).match(words[at])
    if m is None or m.group(2) not in v.words("counts", "rate_units"):
        return None
    rate = v.build(_rate_word)
    near = [k for k in range(max(at - 3, 0), at) if rate.search(words[k])]
    if len(near) != 1 or any(_FIGURE.search(w) for w in words[near[0]:at]):
        return None
    return near[0]


def _bare_measure(v: Vocabulary) -> re.Pattern[str]:
    """A measure suffix standing as a word of its own (``교원``, ``학생``): the last word of a longer
    name of what a value counts (``연수 이수 교원 93명``), not a whole one (``참여학교``)."""
    return re.compile(rf"^(?:{v.pattern('counts', 'measure_suffixes')})$")


def measured_value_at(words: list[str]) -> set[int]:
    """Indexes of the measure words among ``words`` (a word ending as a rate does: ``공정률``)
    printed right before a value token (``60%``): the word names what that value measures."""
    value, measure = current().build(_value_token), current().build(_measure_suffix)
    return {k for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False))
            if measure.search(w) and value.match(nxt)}


def is_value_token(word: str) -> bool:
    """A word that starts with a number carrying a unit (``268호``, ``3.5km``, ``74%``)."""
    return current().build(_value_token).match(word) is not None


def _measure_words(splits: list[_Split]) -> set[str]:
    """Words naming what the value after them measures (``공정률 80%``): a word that ends as a rate
    does, printed before a value token in a row's target (the project may be carried from above)."""
    return {s.rest[k] for s in splits for k in measured_value_at(s.rest)}


def _target_start(s: _Split, splits: list[_Split], prefixes: set[str]) -> int | None:
    """Where the target begins among a row's project and target tokens (None: not shown). Last,
    at its value (a number with the actual's unit), or at the measure word printed before it
    (``공정률 80%``); not shown when the word before the value is a bare measure suffix
    (``학습지원센터 조성 연수 이수 교원 93명``: the target names what it counts in words before the
    value, ``교원`` the last of them, and where they begin the row does not show)."""
    others = [o.rest for o in splits if o is not s]
    if n := _printed_alone(s.rest, others):
        return len(s.rest) - n  # another row prints this target without the project
    if any(len(o) > len(s.rest) and o[-len(s.rest):] == s.rest for o in others):
        return 0  # this row prints a target another row prints after its project
    if any(len(o) > len(s.rest) and _shared_shape(s.rest, o) == len(s.rest) for o in others):
        return 0  # ... the same target but for its figures (스마트교실 32학급 | 거점학교 조성 스마트교실 300학급)
    shared = _shared_wording(s.rest, others)
    if shared:  # another row prints a target of the same wording (its measure word, if any, before it)
        k = len(s.rest) - shared
        return k - 1 if k and s.rest[k - 1] in prefixes else k
    value = current().build(_value_token)
    if s.prefix:
        ks = [k for k in range(len(s.rest) - 1) if s.rest[k] == s.prefix and value.match(s.rest[k + 1])]
        return ks[-1] if ks else None
    return _value_start(s, prefixes)


def _value_start(s: _Split, prefixes: set[str]) -> int | None:
    """Where the target begins at its value (a number with the actual's unit: ``268호 공급``), or at
    the measure word before it; None after a bare measure suffix (see :func:`_target_start`)."""
    value = current().build(_value_token)
    unit = _actual_value(s.actual).group(2) if s.actual else None  # type: ignore[union-attr]
    for k, tok in enumerate(s.rest):
        m = value.match(tok)
        if m and (unit is None or m.group(2) == unit):
            if k and s.rest[k - 1] in prefixes:
                return k - 1
            if (r := rate_word_before(s.rest, k)) is not None and r:
                return r  # the rate word naming the percent begins the target; a word or more before it
            if k and current().build(_bare_measure).match(s.rest[k - 1]):
                return None  # the target's words before its value: how many, not shown
            return k
    return None


def _at_value(s: _Split, starts: dict[int, int | None], prefixes: set[str], splits: list[_Split]) -> bool:
    """Whether a row's target was cut at its value token by the fallback of :func:`_target_start` alone
    (no measure word before it, no other row showing the cut)."""
    k = starts.get(s.line)
    return (k is not None and k < len(s.rest) and k == _value_start(s, prefixes) and is_value_token(s.rest[k])
            and k != _shown_start(s, splits))


def _shown_start(s: _Split, splits: list[_Split]) -> int | None:
    """Where another row shows this row's target begins (it prints the target, or one of the same
    wording but for its figures, whole or after its project); None when no row shows it."""
    others = [o.rest for o in splits if o is not s]
    n = _printed_alone(s.rest, others) or _shared_wording(s.rest, others)
    return len(s.rest) - n if n else None


def _printed_alone(rest: list[str], others: list[list[str]]) -> int:
    """The length of the longest other row's tokens that are the end of ``rest`` (that row prints
    this row's target without the project); 0 when none."""
    return max((len(o) for o in others if 0 < len(o) < len(rest) and rest[-len(o):] == o), default=0)


def _shared_wording(rest: list[str], others: list[list[str]]) -> int:
    """The most end tokens ``rest`` shares in shape with another row's (a target of the same wording
    but for its figures; a lone value and its unit shares none); 0 when none."""
    return max((n for o in others if 0 < (n := _shared_shape(rest, o)) < len(rest) and n <= len(o)
                and not (n == 1 and _bare_value(rest[-1]))), default=0)


def _bare_value(word: str) -> bool:
    """A word that is a value and its unit only (``900명``): two such words alike but for their
    figures share no wording (``교원 900명`` and ``수혜학생 2,062명`` name different counts)."""
    m = current().build(_value_token).match(word)
    return m is not None and m.end() == len(word)


def _worded_before_value(splits: list[_Split], starts: dict[int, int | None], prefixes: set[str]) -> bool:
    """Whether a target this table shows whole (a row that prints it alone under a merged project, or
    one another row prints so) names what it counts in words before its value (``교육 수료 450명``):
    then a row's value is not where its target begins, as the fallback of :func:`_target_start` takes it."""
    value = current().build(_value_token)
    for s in splits:
        k = starts.get(s.line)
        if k is None or _at_value(s, starts, prefixes, splits):
            continue  # not shown whole: cut at its value, the guess in question
        target = s.rest[k:]
        at = next((j for j, w in enumerate(target) if value.match(w)), None)
        if at and not (at == 1 and target[0] in prefixes):
            return True
    return False


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


def _carried_target(s: _Split, above: _Split, firsts: set[str], longest: int) -> bool:
    """Whether a row prints its target alone under the project of the row above (a merged project
    cell): it opens with a word that begins the targets this table splits (``firsts``), printed
    once, and its target holds a figure (a project opening so would have such a target restate the
    word; a worded target, ``착공``, need not); it is no longer than the longest target split, and
    its year follows the year of the row above. Tried last, on rows no other rule splits (one that
    opens with a project another row prints is split after it)."""
    return (bool(s.rest) and s.rest[0] in firsts and s.rest.count(s.rest[0]) == 1 and len(s.rest) <= longest
            and _FIGURE.search(s.rest[-1]) is not None
            and s.year is not None and above.year is not None and s.year > above.year)


def _placed_target(rest: list[str], targets: list[list[str]], carried: bool) -> tuple[int, int] | None:
    """Where a target begins in a row whose actual is printed without a number: a target another
    row prints whole stands once in it, with the actual after it and the project (unless the row
    carries the project from above) before it; None otherwise."""
    hits = {(i, len(t)) for t in targets for i in range(len(rest) - len(t)) if rest[i:i + len(t)] == t
            and (i == 0) == carried}
    return next(iter(hits)) if len(hits) == 1 else None


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _shared_shape(mine: list[str], other: list[str]) -> int:
    """How many last tokens two rows print alike but for their figures (``운영(60회)`` and
    ``운영(35회)``), counted only when a figure stands among them (a target of the same wording
    and another value); 0 otherwise."""
    n = 0
    while n < min(len(mine), len(other)) and _FIGURE.sub("#", mine[-1 - n]) == _FIGURE.sub("#", other[-1 - n]):
        n += 1
    return n if any(_FIGURE.search(t) for t in mine[len(mine) - n:]) else 0


def _row_facts(toks: list[str], layout: tuple[bool, list[str], str],
               hints: _Hints | None = None) -> tuple[int | None, bool]:
    """A row's year (its first cell) and whether it prints a cell after its status (None, False
    when its status is not found once, unless a status word ends the row: then no cell follows
    it, wherever the status cell begins: ``2024 실시설계 완료 설계 완료 완료``)."""
    span = _status_span(toks, 1, layout, hints) if layout[0] and toks else None
    if span is None:
        status = current().status_words
        if layout[0] and len(toks) > 1 and any(key("".join(toks[-n:])) in status for n in (1, 2, 3) if n < len(toks)):
            return _year_of(toks[0]), False
        return None, False
    return _year_of(toks[0]), span[1] < len(toks)


def _merged_rows(facts: list[tuple[int, tuple[int | None, bool]]], has_detail: bool) -> set[int]:
    """Lines of rows whose project and 추진내용 cells are merged with the row above: the table has
    a 추진내용 column, the row prints none, the row above printed one (or is such a row too), and
    this row's year follows the year above."""
    out: set[int] = set()
    for (above, (y0, d0)), (line, (y1, d1)) in zip(facts, facts[1:], strict=False):
        if has_detail and not d1 and y0 is not None and y1 is not None and y1 > y0 and (d0 or above in out):
            out.add(line)
    return out


def _merged_details(splits: list[_Split], facts: list[tuple[int, tuple[int | None, bool]]],
                    merged: set[int]) -> dict[int, str]:
    """The 추진내용 of each row merged with the row above (:func:`_merged_rows`), by line: the
    detail that row prints after its status (or carries from its own row above), whether or not
    the row's project and target could be told apart (the detail cell stands after the status,
    which anchors it)."""
    printed = {s.line: s.detail for s in splits if s.detail}
    out: dict[int, str] = {}
    for (above, _), (line, _) in zip(facts, facts[1:], strict=False):
        if line in merged and (d := printed.get(above) or out.get(above)):
            out[line] = d
    return out


def _rate_agrees(s: _Split, target: str) -> bool:
    """A printed 달성률 agrees with the actual over the target (within two points)."""
    return rate_agrees(s.rate, target, s.actual)


def rate_agrees(rate: float | None, target: str, actual: str | None) -> bool:
    """A printed 달성률 (``rate``, in percent) agrees with the actual over the target (within two
    points); True when either holds no figure to compare."""
    if rate is None or actual is None:
        return True
    value = current().build(_value_token)
    t = value.search(target.split()[-1]) if target.split() else None
    tm = t or next((value.match(tok) for tok in target.split() if value.match(tok)), None)
    am = _actual_value(actual)
    if not tm or not am:
        return True
    tv, av = parse_number(tm.group(1)), parse_number(am.group(1))
    if not tv or av is None:
        return True
    return abs(100 * av / tv - rate) <= 2


def _rate_over_no_target(s: _Split, target: str) -> bool:
    """A printed 달성률 and an actual figure over a target cell holding no figure: a rate is the actual
    over a target figure, so the cells were dealt one place off (a dump printing a wrapped project
    cell's lines as two cells, ``반도체 소재`` / ``지원사업``, the target's cell elsewhere)."""
    return s.rate is not None and s.actual is not None and _actual_value(s.actual) is not None \
        and not any(ch.isdigit() for ch in target)


def _actual_value(actual: str) -> re.Match[str] | None:
    """The value token of an actual: its last word (``51명``, ``공정률 71%``), or its first when it
    prints its target's shape (``150호 공급``, :func:`shaped_actual`)."""
    value = current().build(_value_token)
    words = actual.split()
    if not words:
        return None
    if m := value.match(words[-1]):
        return m
    m = value.match(words[0])
    return m if m and m.end() == len(words[0]) and not _FIGURE.search(" ".join(words[1:])) else None


def _rejoin_row(lines: list[str], i: int, layout: tuple[bool, list[str], str], lexicon: str) -> tuple[str, list[int]]:
    """A row whose year cell starts line ``i`` and whose status is on a later line (a dump that
    broke the row's cells over lines): its lines joined up to the status (and, under a 추진내용
    column, the lines after it up to the next row's year), words a break cut glued by the card's
    own words; with the indexes of the lines it took. Only line ``i`` when no status follows
    within a few lines."""
    text, used = lines[i].strip(), [i]
    j = i + 1
    while j < len(lines) and j - i <= 8:
        nxt = lines[j].strip()
        if nxt and (_bullet_item(nxt) or _year_of(nxt.split()[0]) is not None):
            break
        if nxt:
            text = glue(text, nxt, lexicon)
            used.append(j)
        j += 1
        if _status_span(text.split(), 1, layout) is not None:
            break
    else:
        return lines[i].strip(), [i]
    if _status_span(text.split(), 1, layout) is None:
        return lines[i].strip(), [i]
    while layout[2] and j < len(lines) and (nxt := lines[j].strip()) and not _bullet_item(nxt) \
            and _year_of(nxt.split()[0]) is None and not is_row_with_status(nxt):
        text = glue(text, nxt, lexicon)
        used.append(j)
        j += 1
    return text, used


def _project_start(rest: list[str], projects: set[tuple[str, ...]]) -> int | None:
    """Where the target begins in a row that opens with a project another row of the table
    prints (that row split by the cells' shapes): after it, when exactly one such project opens
    the row and words stand after it; None otherwise."""
    hits = [len(p) for p in projects if len(p) < len(rest) and tuple(rest[:len(p)]) == p]
    return hits[0] if len(hits) == 1 else None


def _worded_split(s: _Split, targets: list[list[str]], actuals: list[list[str]],
                  projects: set[tuple[str, ...]], carried: bool) -> tuple[int, int] | None:
    """(target start, target length) in a row whose actual is printed without a number: a target
    another row prints whole (:func:`_placed_target`), or else, after the project (the project
    another row prints, or carried from above), the one cut of the words left into a target and
    an actual (:func:`_worded_cut`); None otherwise."""
    placed = _placed_target(s.rest, targets, carried)
    if placed is not None:
        return placed
    k = 0 if carried else _project_start(s.rest, projects)
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
        cuts &= {len(words) - len(a) for a in actuals if 0 < len(a) < len(words) and words[-len(a):] == a}
    return cuts.pop() if len(cuts) == 1 else None


def status_ends(words: list[str]) -> set[int]:
    """Where the status words standing inside ``words`` end (one to three words, ``추진 중``), a
    word or more after each: a status word printed in a goal's worded target or actual ends its
    cell (``설계 완료``)."""
    status = current().status_words
    return {b for a in range(len(words)) for b in range(a + 1, min(a + 3, len(words) - 1) + 1)
            if key("".join(words[a:b])) in status}


def _target_starts(splits: list[_Split], merged: set[int], has_project: bool,
                   prefixes: set[str], proven: Mapping[int, int],
                   loose: list[list[str]] | None = None,
                   named: set[tuple[str, ...]] | None = None) -> dict[int, int | None]:
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
            starts[s.line] = 0 if s.line in merged or not has_project else _target_start(s, numbered, prefixes)
    if _worded_before_value(numbered, starts, prefixes):
        for s in numbered:  # a value is no target's first word in this table: cut there, a guess
            if s.line not in proven and s.line not in merged and has_project and _at_value(s, starts, prefixes, numbered):
                starts[s.line] = None

    def done(s: _Split) -> bool:
        k = starts.get(s.line)
        return k is not None and k < len(s.rest) and _rate_agrees(s, " ".join(s.rest[k:]))

    firsts = {s.rest[starts[s.line] or 0] for s in numbered if done(s)}
    firsts |= {s.rest[k] for s in numbered if starts[s.line] is None and (k := _restated(s.rest)) is not None}
    for s in numbered:
        if starts[s.line] is None:
            starts[s.line] = _learned_start(s.rest, firsts)
    placed = True
    while placed:
        placed = False
        split = [s for s in splits if done(s)]
        projects = {tuple(s.rest[:k]) for s in split if (k := starts[s.line])} | (named or set())
        if has_project:
            for s in numbered:
                if starts[s.line] is None and (k := _project_start(s.rest, projects)) is not None:
                    starts[s.line], placed = k, True
            for s in numbered:  # a target another row prints ending one of its cells
                if starts[s.line] is None and s.line not in merged and \
                        (n := shared_cell(s.rest, len(s.rest), _cell_ends(splits, s, starts, loose or [], inner=True))) is not None:
                    starts[s.line], placed = len(s.rest) - n, True
        targets = [s.rest[starts[s.line] or 0:] for s in split]
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
            s.actual, s.rest = " ".join(s.rest[k + n:]), s.rest[:k + n]
            starts[s.line], placed = k, True
    if has_project:
        longest = max((len(s.rest) - (starts[s.line] or 0) for s in numbered if done(s)), default=0)
        for above, s in zip(splits, splits[1:], strict=False):
            if starts.get(s.line, 0) is None and _carried_target(s, above, firsts, longest):
                starts[s.line] = 0
    return starts


def _cell_ends(splits: list[_Split], s: _Split, starts: Mapping[int, int | None],
               loose: list[list[str]], inner: bool = False) -> list[tuple[list[str], int]]:
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


def _shared_worded(s: _Split, others: list[tuple[list[str], int]]) -> tuple[int, int] | None:
    """(target start, target length) in a row printing its project, a worded target and a worded
    actual, when a status word standing inside them ends one cell, and another row prints the words
    before it ending one of its cells (:func:`goal_shared_cells.shared_cell`): that cell, with the
    project before it and the actual after it, is the target; None otherwise."""
    got = {(e - n, n) for e in status_ends(s.rest) if (n := shared_cell(s.rest, e, others)) is not None}
    return got.pop() if len(got) == 1 else None


def goal_rows(lines: list[str], lexicon: str = "", skip: frozenset[int] = frozenset(),
              project_words: Mapping[int, int] | None = None,
              projects: frozenset[tuple[str, ...]] = frozenset(),
              single: frozenset[str] = frozenset()) -> tuple[list[GoalRow], list[int]] | None:
    """The goal rows under a flattened header line, and the indexes of the row lines not read (the
    rows at ``skip`` among them: rows whose cells stand in another order, :mod:`goal_order`); None
    when no line is such a header, the header names no 실적 column, or ``<2023>`` marks stand inside
    the rows (shapes the marked-row reader of :mod:`goals` reads). ``project_words``: by line, how
    many words a row's project holds where the dump printed it apart from the target (a shaped cell
    between them, put in order by :mod:`goal_order`). ``projects``: projects the same pledge's card
    for another quarter reads (:mod:`pledge_siblings`), labels whole as another table's are.
    ``single``: the lines (as given) the dump printed with no run of spaces inside, no cell of theirs
    blank (:func:`_alone_rows`).

    A row holding two status words before a 추진내용 cell (one inside its target) has its status
    told only by what the other rows read show (:class:`_Hints`): the table is read again with
    them until they show no more."""
    hints = _Hints()
    words = project_words or {}
    got = _goal_rows(lines, lexicon, skip, words, hints, projects, single)
    for _ in range(3):
        if got is None or not got[1]:
            break
        more = _Hints(frozenset(r.detail for r in got[0] if r.detail) | got[2],
                      frozenset(tuple(r.target.split()) for r in got[0]))
        if more == hints:
            break
        hints = more
        got = _goal_rows(lines, lexicon, skip, words, hints, projects, single)
    return None if got is None else (got[0], got[1])


@dataclass(frozen=True, slots=True)
class _Hints:
    """What the rows read show of the others: the 추진내용 texts printed after a status, and the
    targets read (as words)."""

    details: frozenset[str] = frozenset()
    targets: frozenset[tuple[str, ...]] = frozenset()


def _goal_rows(lines: list[str], lexicon: str, skip: frozenset[int], project_words: Mapping[int, int],
               hints: _Hints, projects: frozenset[tuple[str, ...]] = frozenset(),
               single: frozenset[str] = frozenset()) -> tuple[list[GoalRow], list[int], frozenset[str]] | None:
    """:func:`goal_rows` with ``hints``; with the details of the rows split this pass (the hints'
    details it shows; the targets are the rows')."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln)), None)
    if h is None or any(current().build(_inline_mark).search(ln) for ln in lines[h + 1:]):
        return None  # <2023> marks inside the rows: the marked-row reader's shape
    layout = _layout(header_kinds(lines[h]) or [])
    if layout is None:
        return None
    has_project = "project" in layout[1]
    splits: list[_Split] = []
    unread: list[int] = []
    facts: list[tuple[int, tuple[int | None, bool]]] = []  # (line, (year, prints a 추진내용)) of each row
    group_year: int | None = None
    year_shapes: set[str] = set()  # how the year lines print their year (2023, <2023>): digits as 9
    parts: dict[int, list[int]] = {}  # a row the dump broke over lines: its first line -> all its lines
    unsplit: list[int] = []  # rows whose status is not found: what they carry is not known
    loose: list[list[str]] = []  # their words (the year cell left out)
    i = h
    while i + 1 < len(lines):
        i += 1
        text = lines[i].strip()
        if not text:
            continue
        if _header_words_only(text):
            continue  # the header's second line: (완료/추진중/미착수)
        if i in skip:
            unread.append(i)
            unsplit.append(i)
            continue
        y = _year_of(text)
        if y is not None and not layout[0]:
            group_year = y
            year_shapes.add(_shape(text))
            continue
        toks = text.split()
        if not layout[0] and len(toks) > 1 and _shape(toks[0]) in year_shapes and (y := _year_of(toks[0])):
            # a year printed as the year lines above are, opening a row (a header the dump broke named no
            # year column; the row's year cell run onto its line): the row's year, no word of its target
            group_year, text = y, " ".join(toks[1:])
        if layout[0] and _year_of(text.split()[0]) is not None and _status_span(text.split(), 1, layout) is None:
            text, used = _rejoin_row(lines, i, layout, lexicon)
            parts[i] = used
            i = used[-1]
        facts.append((i if i not in parts else parts[i][0], _row_facts(text.split(), layout, hints)))
        first = facts[-1][0]
        s = _split(text.split(), first, layout, group_year, hints)
        if s is None:
            unread.append(first)
            if is_row_with_status(text) or (layout[0] and _year_of(text.split()[0]) is not None):
                unsplit.append(first)  # a row of its own (not a page's header line amid the table)
                loose.append(text.split()[1:] if layout[0] else text.split())
        else:
            splits.append(s)
    prefixes = {s.prefix for s in splits if s.prefix} | _measure_words(splits)
    merged = _merged_rows(facts, layout[2] == "detail")
    # labels of the card's other tables, and projects the same pledge's card for another quarter reads
    named = named_projects(lexicon.splitlines(), lines) | projects if has_project else set()
    alone = _alone_rows(splits, lines, single, parts) if has_project else set()
    starts = _target_starts(splits, merged | alone, has_project, prefixes, project_words, loose, named)
    rows: list[GoalRow] = []
    prev: GoalRow | None = None
    details = _merged_details(splits, facts, merged)
    projects = {tuple(s.rest[:k]) for s in splits if (k := starts.get(s.line)) and k < len(s.rest)} | named
    for s in splits:
        if prev is not None and any(prev.line < u < s.line and u not in merged for u in unsplit):
            prev = None
        k = starts.get(s.line)
        if k is None or k >= len(s.rest) or not _rate_agrees(s, " ".join(s.rest[k:])):
            unread.append(s.line)
            prev = _unread_project(s, prev, s.line in merged, projects if has_project else set())
            continue
        target = " ".join(s.rest[k:])
        project = " ".join(s.rest[:k]) or (prev.project if prev is not None else None)
        if not has_project:
            project = None
        detail = s.detail
        if detail is None and layout[2] == "detail" and prev is not None and prev.project == project:
            detail = prev.detail  # a merged 추진내용 cell
        if detail is None and layout[2] == "detail":
            detail = details.get(s.line)  # merged with a row whose other cells are not read
        row = GoalRow(s.line, project, s.year, target, s.status, s.actual, detail)
        rows.append(row)
        prev = row
    rows.sort(key=lambda r: r.line)
    shown = frozenset(s.detail for s in splits if s.detail)
    return rows, sorted({k for u in unread for k in parts.get(u, [u])}), shown


def _alone_rows(splits: list[_Split], lines: list[str], single: frozenset[str], parts: Mapping[int, list[int]]) -> set[int]:
    """Lines of rows printing one word between their year and a figure or dash actual, on a line the
    dump printed with single spaces (a blank cell prints as a run of spaces: none is blank): one word
    is one cell, the target's, and the project cell is merged with the row above (``2024 착공 -
    미착수`` under ``2023 지역인재 기반 구축 지역인재 협약 체결(50건) 60건 완료``). A row the dump broke
    over lines is none (its gaps not known)."""
    return {s.line for s in splits if not s.worded and len(s.rest) == 1 and s.line not in parts
            and lines[s.line].strip() in single}


def _shape(text: str) -> str:
    """A token's shape, its digits as ``9`` (``2023`` and ``2024`` alike)."""
    return re.sub(r"\d", "9", text.strip())


def _unread_project(s: _Split, prev: GoalRow | None, merged: bool,
                    projects: set[tuple[str, ...]]) -> GoalRow | None:
    """What a row left unread still gives the rows below it that carry its project (a merged
    cell): the project carried from above when the row is merged with the row above, or the
    project another row prints that opens it (:func:`_project_start`); None when the row's project
    is not known (the rows below carry none)."""
    if merged:
        return prev
    k = _project_start(s.rest, projects)
    if k is None:
        return None
    return GoalRow(s.line, " ".join(s.rest[:k]), s.year, "", s.status, None, s.detail)


def _header_cells(lines: list[str], h: int) -> tuple[list[str], int] | None:
    """The column kinds of a header printed one cell per line from line ``h`` (each line one
    column word, or a word holding one: ``세부과제``), and the index of the line after it; None when
    the lines there are no such header. A 구분 cell heads the project column when no cell of the
    header names one ([goals_columns_whole] project), as :func:`header_kinds` reads a header line."""
    words = current().build(_column_words)
    cells: list[tuple[str, str]] = []  # (kind, the cell's key)
    i = h
    remark = {key(w) for w in current().words("goals_remark_column", "words")}
    while i < len(lines) and lines[i].strip() and \
            (kind := words.get(key(lines[i])) or _compound_cell(lines[i].strip(), words)
             or ("remark" if key(lines[i]) in remark and cells else None)) is not None:
        cells.append((kind, key(lines[i])))
        i += 1
        if kind == "remark":
            break  # the last column (비고)
    if all(kind != "project" for kind, _ in cells):
        whole = {key(w) for w in current().words("goals_columns_whole", "project")}
        cells = [("project" if k in whole else kind, k) for kind, k in cells]
    kinds = [kind for kind, _ in cells if kind != "other"]
    if i - h < 3 or "target" not in kinds or "status" not in kinds or len(set(kinds)) != len(kinds):
        return None
    return kinds, i


def _compound_cell(text: str, words: dict[str, str]) -> str | None:
    """The kind of a header cell holding a column word (:func:`_compound_kind`); a cell with a
    figure (``2023년도``: a year group's line under the header) names no column."""
    return None if re.search(r"\d", text) else _compound_kind(text, words)


def header_one_cell_a_line(lines: list[str], h: int) -> bool:
    """Whether a goals header printed one column word a line starts at line ``h``."""
    return _header_cells(lines, h) is not None


def _is_status(text: str) -> bool:
    return key(text) in current().status_words


def goal_cells(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """Goal rows of a table printed one cell per line, and the indexes of the lines not read
    (see :func:`goal_cells_read`); None when no such table is found."""
    got = goal_cells_read(lines)
    return None if got is None else (got[0], got[1])


def goal_cells_under_line(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """:func:`goal_cells` of a table whose head a dump printed on one line, a year column first, over
    its cells one a line (:func:`_header_line_over_cells`): for when no other reader reads the lines
    (cells wrapped over lines look the same)."""
    got = goal_cells_read(lines, head_line=True)
    return None if got is None or not got[0] else (got[0], got[1])


def goal_cells_span(lines: list[str]) -> tuple[int, int] | None:
    """The lines ``[a, b)`` a goals table printed one cell per line takes (its header to its last
    status or 추진내용 cell); None when there is no such table."""
    got = goal_cells_read(lines)
    return None if got is None else got[2]


def _bullet_item(text: str) -> bool:
    """A bulleted line with text after its bullet: an item, no cell of a flattened table."""
    marker, body = split_marker(text)
    return bool(marker and body.strip())


def _detail_follows(lines: list[str], i: int, has_year: bool, n_before: int) -> bool:
    """Whether line ``i``, after a row's status cell, is the row's 추진내용 cell: with a year
    column, any line but the next row's year; under year-group lines, when the cells up to the
    next status are one more than a row holds before its status (or one cell stands before the
    table's end)."""
    if i >= len(lines) or not lines[i].strip() or _is_status(lines[i]) or _bullet_item(lines[i].strip()):
        return False
    if has_year:
        return _year_of(lines[i].strip()) is None
    if _year_of(lines[i].strip()) is not None:
        return False
    n = 0
    for text in lines[i:]:
        text = text.strip()
        if not text:
            continue
        if _is_status(text):
            return n == n_before + 1
        if _year_of(text) is not None or _bullet_item(text):
            break
        n += 1
    return n == 1


def _header_line_over_cells(lines: list[str]) -> tuple[int, tuple[list[str], int]] | None:
    """A header printed on one line whose first column is the year (:func:`header_kinds`) over cells
    printed one a line, as a dump prints a table with a merged project cell: the first line after the
    header a lone year cell. (The index of the header line, (its column kinds, the line after it));
    None otherwise: rows printed a line each are another reader's."""
    for k, text in enumerate(lines):
        kinds = header_kinds(text.strip()) if text.strip() else None
        if not kinds:
            continue
        after = next((t.strip() for t in lines[k + 1:] if t.strip()), "")
        if kinds[0] != "year" or len(after.split()) != 1 or _year_of(after) is None:
            return None
        return k, (kinds, k + 1)
    return None


def goal_cells_read(lines: list[str], *, head_line: bool = False
                    ) -> tuple[list[GoalRow], list[int], tuple[int, int]] | None:
    """Goal rows of a table printed one cell per line (a converter that flattens tables, merged
    cells once): a header of one column word a line, then each row's cells up to its status cell.
    The cells are explicit, so a target or an actual without a number is read as printed; a row
    with one cell fewer than the columns before the status carries the project of the row above
    (a merged cell), any other count leaves the row unread. None when no such header is found."""
    found = _header_line_over_cells(lines) if head_line else \
        next(((k, hc) for k in range(len(lines)) if (hc := _header_cells(lines, k))), None)
    if found is None:
        return None
    h, (kinds, start) = found
    layout = _layout(kinds)
    if layout is None:
        return None
    has_year, before, after = layout
    if after not in ("", "detail") and not has_year:
        return None  # a 비고 cell after the status: without a year cell opening each row, not told apart
    has_detail = after == "detail"
    rows: list[GoalRow] = []
    unread: list[int] = []
    group_year: int | None = None
    cells: list[tuple[int, str]] = []
    prev: GoalRow | None = None
    i = start
    end = start
    while i < len(lines):
        text = lines[i].strip()
        i += 1
        if not text or (not cells and _header_words_only(text)):
            continue
        if _bullet_item(text):
            break  # the table ended: an item of the text below it
        y = _year_of(text)
        if y is not None and not has_year:
            unread += [k for k, _ in cells]
            cells, group_year = [], y
            continue
        if not _is_status(text):
            cells.append((i - 1, text))
            continue
        row_cells = [t for _, t in cells]
        first = cells[0][0] if cells else i - 1
        used = [k for k, _ in cells] + [i - 1]
        cells = []
        year = group_year
        if has_year:
            year = _year_of(row_cells[0]) if row_cells else None
            row_cells = row_cells[1:]
        detail = None
        if has_detail and _detail_follows(lines, i, has_year, len(before)):
            detail = lines[i].strip()
            used.append(i)
            i += 1
        elif after:  # a 비고 cell (a 추진내용 before it): the cells up to the next row's year, an empty one
            tail: list[str] = []  # not printed; the detail only when both are there
            while len(tail) < len(after.split()) and _detail_follows(lines, i, has_year, len(before)):
                tail.append(lines[i].strip())
                used.append(i)
                i += 1
            detail = tail[0] if len(tail) == 2 else None
        end = i
        carried = "project" in before and len(row_cells) == len(before) - 1
        if year is None or not (len(row_cells) == len(before) or carried) or (carried and prev is None):
            unread += used
            prev = None
            continue
        vals = dict(zip([k for k in before if not (carried and k == "project")], row_cells, strict=True))
        rate = vals.get("rate")
        if rate is not None and not (_RATE.match(rate) or _DASH.match(rate)):
            unread += used
            prev = None
            continue
        actual = vals.get("actual")
        actual = None if actual is None or _DASH.match(actual) else actual
        project = (prev.project if carried and prev is not None else vals.get("project"))
        if detail is None and has_detail and prev is not None and prev.project == project:
            detail = prev.detail  # a merged 추진내용 cell
        s = _Split(first, year, [], actual, None, float(m.group(1)) if rate and (m := _RATE.match(rate)) else None,
                   text, detail)
        if not _rate_agrees(s, vals["target"]) or _rate_over_no_target(s, vals["target"]):
            unread += used
            prev = None
            continue
        row = GoalRow(first, project, year, vals["target"], text, actual, detail)
        rows.append(row)
        prev = row
    unread += [k for k, _ in cells if k < end]
    return rows, sorted(unread), (h, end)
