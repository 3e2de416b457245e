"""Goals printed as lines, no table: a year and a project, then the target and the actual each after
its label and a colon, the status in parentheses at the end
(``▫ 2024년 사업 - 목표: 186호 공급 / 실적: 120호 (추진중)``; a line may wrap anywhere), or each after its
label in brackets, the status in square ones (``ㅇ '24년 : (목표) 공정률 70% → (실적) 공정률 65% [추진중]``).

The label words are the goal table's column words (vocabulary ``[goals_columns]`` target and
actual); the status is a status word (``[status]``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pledgecard.extract.markers import ARROW_MARKERS, split_marker
from pledgecard.extract.sections.goal_line_heads import numbered_head, outcome_word
from pledgecard.extract.vocabulary import Vocabulary, current, key, spaced, year_of


@dataclass(frozen=True, slots=True)
class GoalLine:
    project: str | None
    year: int
    target: str
    actual: str | None
    status: str | None
    line: int  # the index of the line the goal starts on


def _label(v: Vocabulary, kind: str) -> str:
    # the word and a colon (목표 : …), or the word in brackets (``(목표) … → (실적) …``: a county's card)
    words = spaced(v.words("goals_columns", kind))
    return rf"(?:(?:{words})\s*[:：]|[(\[［]\s*(?:{words})\s*[)\]］])"


def _target(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(_label(v, "target"))


def _actual(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(_label(v, "actual"))


def _actual_label(body: str, actual_re: re.Pattern[str]) -> re.Match[str] | None:
    """Where the actual's label opens its part of a goal's body: a label and a colon (``실적:``) anywhere, a
    label in brackets (``(실적)``) only where it opens a part: at the body's start, after an arrow or a slash
    (``… 70% → (실적) …``), or a word apart when the body prints no other actual label. A bracketed word
    glued to the target's words (``60면(실적) 조성 / 실적: 45면``) is the target's remark (the class of card
    fixed: a target cut at a bracketed word inside it, its rest read as the actual)."""
    found = list(actual_re.finditer(body))
    for m in found:
        if m.group(0).lstrip()[:1] not in "([［":
            return m
        before = body[: m.start()].rstrip()
        if (
            not before
            or before[-1] in ARROW_MARKERS + "/"
            or (len(found) == 1 and body[m.start() - 1].isspace())
        ):
            return m
    return None


def goal_lines(lines: list[str]) -> list[GoalLine] | None:
    """The goals of lines that hold labelled targets and actuals; None when no line holds both
    labels (the lines are some other shape of goal table)."""
    vocab = current()
    target_re, actual_re, year_re = vocab.build(_target), vocab.build(_actual), vocab.year_re
    bare = [bare_labelled(ln) for ln in lines]
    lines = [b[0] if b else ln for b, ln in zip(bare, lines, strict=True)]
    text, starts = "", []
    for k, ln in enumerate(lines):
        starts.append((len(text), k))
        text += ln.strip() + " "
    targets = list(target_re.finditer(text))
    if not targets or not actual_re.search(text):
        return None
    heads: list[tuple[int, re.Match[str] | None]] = []  # per goal: where it starts, its year
    leads: list[str | None] = []  # per goal: the project its line prints before its bracketed year
    prev_end = 0
    for t in targets:
        years = [m for m in year_re.finditer(text, prev_end, t.start())]
        y = years[-1] if years else None
        start = y.start() if y else t.start()
        lead = _lead_project(text, starts, y, t.start()) if y else None
        heads.append((lead[0] if lead else start, y))
        leads.append(lead[1] if lead else None)
        prev_end = t.end()
    out: list[GoalLine] = []
    said: dict[
        int, tuple[str, str, str]
    ] = {}  # per goal closing in (project, status): those and the actual before
    for i, (t, (start, y)) in enumerate(zip(targets, heads, strict=True)):
        if y is None:
            return None
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        end = min(
            [pos for pos, k in starts if t.end() < pos < end and _names_item(lines[k], actual_re)],
            default=end,
        )
        at = max(pos for pos, _ in starts if pos <= end)  # the next goal's line: its bullet, any glyph
        if t.end() <= at < end and len(text[at:end].split()) == 1 and len(text[at:end].strip()) <= 2:
            end = at  # (ㅇ, a Hangul letter printed as a bullet, is a word character)
        body = text[t.end() : end]
        tail = re.search(
            r"\s*[^\w)\]］%]+\s*$", body
        )  # the next goal's bullet, not a dash after the actual's label
        if tail and not re.search(rf"(?:{actual_re.pattern})\s*[-–—]\s*$", body):
            body = body[: tail.start()]
        a = _actual_label(body, actual_re)
        target = body[: a.start()] if a else body
        actual = body[a.end() :] if a else ""
        status = None
        if (told_status := _status_part(actual, vocab)) is not None:
            actual, status = told_status  # … / 추진상황: 완료: the status after its own label
        st = re.search(r"[(\[［]([^()\[\]［］]*)[)\]］]\s*$", actual)  # (추진중) or [추진중]
        if status is not None:
            pass
        elif st and _status_word(st.group(1), vocab):  # (달성): goal_line_heads
            status, actual = st.group(1).strip(), actual[: st.start()]
        elif st and (
            two := _project_status(st.group(1), vocab)
        ):  # (창업 기반 구축, 추진중): read when the section
            said[i] = (*two, actual[: st.start()].strip().strip("/").strip())  # proves it (_bracket_projects)
        elif (sl := re.search(r"/\s*([^/]+?)\s*$", actual)) and _status_word(
            sl.group(1), vocab
        ):  # … / 추진중
            status, actual = sl.group(1).strip(), actual[: sl.start()]
        target = (
            target.strip().rstrip("/" + ARROW_MARKERS).strip()
        )  # the arrow leading to the actual (… → 실적)
        actual = actual.strip().strip("/").strip()
        year = year_of(y)
        project = leads[i] or text[y.end() : t.start()].strip().strip("-–—:·").strip() or None
        line = max(k for pos, k in starts if pos <= start)
        told = bare[line]
        if status is None and told is not None:
            status = told[1]  # the status a bare line prints after its arrow
        out.append(GoalLine(project, year, target, actual if actual not in ("", "-") else None, status, line))
    return _bracket_projects(_projects_from_heads(out, lines, target_re, year_re), said)


def _bracket_projects(goals: list[GoalLine], said: dict[int, tuple[str, str, str]]) -> list[GoalLine]:
    """The goals with the project and the status their closing brackets print (``… / 실적: 38호 (창업 기반 구축,
    추진중)``: :func:`_project_status`) where the section proves the brackets' first parts projects: two goals or more,
    every one closing so, none with a project printed for it (on its line, or a bullet line or a block above), and
    no first part a remark's words (:func:`_remark`). Otherwise each bracket stays its actual's remark, the status
    unread (the class of card fixed: a remark bracket ``(누계, 추진중)``, ``(단위: 개소, 추진중)`` read as the goal's
    project, overriding the project printed above and carried to the next goal, session 40 review c1). The goals are
    read with their projects from above first, so a bracket's project is never carried to the next line."""
    if (
        len(goals) < 2
        or len(said) != len(goals)
        or any(g.project is not None for g in goals)
        or any(_remark(project) for project, _, _ in said.values())
    ):
        return goals
    return [
        GoalLine(
            said[i][0],
            g.year,
            g.target,
            said[i][2] if said[i][2] not in ("", "-") else None,
            said[i][1],
            g.line,
        )
        for i, g in enumerate(goals)
    ]


def _remark(words: str) -> bool:
    """Whether a bracket's first part is a remark on the figures, no project's name: it holds a colon (``단위:
    개소``) or is, or ends in, a word of a remark (vocabulary ``[goal_status]`` remarks), an as-of or running-total
    word, or a date's qualifier (``누계``, ``잠정``, ``전년 이월분 제외``)."""
    if any(ch in words for ch in ":："):
        return True
    vocab = current()
    k = key(words)
    told = {
        key(w)
        for w in (
            *vocab.words("goal_status", "remarks"),
            *vocab.words("as_of"),
            *vocab.words("goals_running_totals"),
            *vocab.words("date_words", "qualifiers"),
        )
    }
    return k in told or any(len(w) > 1 and k.endswith(w) for w in told)


def _lead_project(
    text: str, starts: list[tuple[int, int]], y: re.Match[str], t_start: int
) -> tuple[int, str] | None:
    """Where a goal starts and its project when its line prints the project first and the year after it in brackets
    (``○ 창업 기반 구축(2024년) - 목표: … / 실적: …``): the line's start and the words before the bracket, or None (the
    class of card fixed: the goal started at its year, the next goal's bullet and project read into the actual
    before it, and the bracket's close read as the project, session 40's goal-line shapes on dasol-province). Only a
    line opening with a bullet, the target's label on it after the bracket, no figure, bracket or colon in the words,
    none of the goals' column words (a heading on them; the goal before's labels on the line are such words, so
    no guard of its own, review c3): otherwise the goal starts at its year, as before (session 40 review c2, c3)."""
    if not re.match(r"\s*[)）]", text[y.end() :]):
        return None
    line = max(pos for pos, _ in starts if pos <= y.start())
    m = re.fullmatch(r"(.*?)\s*[(（]\s*", text[line : y.start()])
    if m is None:
        return None
    marker, words = split_marker(m.group(1))
    if (
        marker is None or marker in ARROW_MARKERS
    ):  # no bullet: a wrapped line's rest (운영(2024년), 완료 ○ 주택(…)
        return None
    words = words.strip()
    if not words or any(ch.isdigit() for ch in words) or any(ch in words for ch in "()（）:："):
        return None  # (a wrapped actual's figures, a label: ``- 실적: 2.2km ○ 청년 주택(2024년)``)
    if _column_words(words) or any(y.end() < pos <= t_start for pos, _ in starts):
        return None  # a heading on the goals (□ 연도별 목표 및 실적(2024년)), its goals on the lines under it
    return line, words


def _status_part(actual: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A goal line's third labelled part closing its actual's (``38호 / 추진상황: 추진중``: the status column's word
    and a colon, then a status word, after a slash): the actual before it and the status; None where the actual closes
    in no such part (its words stay the actual's)."""
    words = spaced(vocab.words("goals_columns", "status"))
    m = re.search(rf"/\s*(?:{words})\s*[:：]\s*(?P<s>[^/:：]+?)\s*$", actual)
    if m is None or not _status_word(m.group("s"), vocab):
        return None
    return actual[: m.start()], m.group("s").strip()


def _status_word(words: str, vocab: Vocabulary) -> bool:
    return key(words) in vocab.status_words or bool(outcome_word(words))


def _project_status(inner: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A closing bracket naming the goal's project, then its status after a comma (``(창업 기반 구축, 추진중)``: a
    template printing the year and the labels first, the project and the status last): (project, status), or None
    when the bracket is not two such parts (the class of card fixed: the bracket read as the actual's words, the
    project and the status lost, session 40's dasol-province)."""
    parts = [p.strip() for p in re.split(r"[,，]", inner)]
    if (
        len(parts) != 2
        or not parts[0]
        or any(ch.isdigit() for ch in parts[0])
        or not _status_word(parts[1], vocab)
    ):
        return None
    return parts[0], parts[1]


def _names_item(line: str, actual_re: re.Pattern[str]) -> bool:
    """Whether a line after a goal's labels opens an item of its own: a bullet (no arrow: ``→ (실적) …`` is the goal's
    wrapped rest) before words printing no figure, the next project's name over its year lines (``○ 정원해설사
    양성``; the class of card fixed: a goal a project left its year lines, the next project's bullet line read
    as the last year's actual, samples/handmade/doc-yeonhwa-district-3-5). A bullet line opening with the actual's
    own label (``- 실적: 참여단 운영 (추진중)``) is the goal's actual, no item (review a, finding 5b)."""
    marker, rest = split_marker(line)
    return (
        marker is not None
        and marker not in ARROW_MARKERS
        and not any(ch.isdigit() for ch in rest)
        and not actual_re.match(rest.strip())
    )


def _bare(v: Vocabulary) -> re.Pattern[str]:
    """A goal line whose labels stand bare before their values, the status after an arrow (``’23년 : 목표 25개소 /
    실적 25개소 ⇒ 달성``): a year (and a colon), the target's word, its value, a slash or an arrow, the actual's
    word, its value, and an arrow and a word or two without a figure, a remark in brackets or a figure after them
    its own (``⇒ 미달(5개소)``, ``⇒ 초과달성 5``: the status is the words, the remark no goal's value; the class of card
    fixed: a year whose status carried a figure dropped while its neighbours were read)."""
    target, actual = spaced(v.words("goals_columns", "target")), spaced(v.words("goals_columns", "actual"))
    status = spaced(v.words("goals_columns", "status"))
    arrows = re.escape(ARROW_MARKERS)
    return re.compile(
        rf"^\s*(?P<year>{v.year_pattern})\s*[:：]?\s*(?:{target})\s+(?![:：])(?P<t>[^/{arrows}]*?\d[^/{arrows}]*?)"
        rf"(?:\s*[/{arrows}]|,)\s*(?:{actual})\s+(?![:：])(?P<a>[^/{arrows}]+?)"
        rf"(?:\s*/\s*(?:{status})\s*[:：]\s*(?P<c>[^/{arrows}:：()（）]{{1,12}}?))?"
        rf"(?:\s*[{arrows}]\s*(?P<s>[^\d/{arrows}()（）]{{1,12}}?)"
        rf"(?:\s*[(（][^()（）]*[)）]|\s+\d[^/{arrows}]*)?)?"
        r"(?:\s*[(（](?P<b>[^\d()（）]{1,12})[)）])?\s*$"
    )


def bare_labelled(line: str) -> tuple[str, str | None] | None:
    """A goal line of bare labels (:func:`_bare`) in the labelled shape this module reads (``’23년 : 목표: 25개소 /
    실적: 25개소``) and the status after its arrow (``달성``: its place tells it, whatever its word) or in brackets
    at its end (``(달성)``), or None when the line is not so shaped (the class of card fixed: goals told a year a
    line under their project's bullet, samples/handmade/sannuri-county-4-2). The line's own bullet is no part of
    it (``- 2024년 : 목표 10개소 / 실적 11개소 (달성)``: the class of card fixed, bare goal lines each under a bullet
    left unread, samples/handmade/doc-yeonhwa-district-3-5); a label and a colon (``목표 : …``) is no bare label."""
    vocab = current()
    marker, rest = split_marker(line)
    m = vocab.build(_bare).match(rest if marker is not None and marker not in ARROW_MARKERS else line)
    if m is None:
        return None
    target, actual = vocab.words("goals_columns", "target")[0], vocab.words("goals_columns", "actual")[0]
    told = m.group("a").strip()
    status = m.group("s").strip() if m.group("s") else None
    if (
        m.group("c") is not None
    ):  # … 실적 38호 / 추진상황: 추진중: the status column's label and a status word
        if status is not None or m.group("b") or not _status_word(m.group("c"), vocab):
            return None
        status = m.group("c").strip()
    parted = _comma_parts(told, vocab)
    if parted is False:
        return None  # a comma part the line's shape does not tell: the line left unread, as before the comma parts
    if parted is not None:
        told, said, after = parted
        if said is not None and status is not None:
            return None  # a status after a comma and one after the arrow: which is the goal's is not told
        status = said if said is not None else status
        if after is not None:  # the line's second goal (…, 2020년 목표 163호 공급, 실적 157호)
            second = bare_labelled(after)
            if second is None or m.group("b"):
                return None
            head = f"{m.group('year')} : {target}: {m.group('t').strip()} / {actual}: {told}"
            return (
                f"{head}{f' ({status})' if status else ''} {second[0]}{f' ({second[1]})' if second[1] else ''}",
                None,
            )
    if m.group("b") and status is None:
        if key(m.group("b")) in vocab.status_words or key(m.group("b")) in map(
            key, vocab.words("goal_status")
        ):  # a bracketed word is the status only where the vocabulary
            status = m.group(
                "b"
            ).strip()  # knows it (as the labelled path's): (누계), (잠정) stay the actual's
        else:
            told = m.string[m.start("a") : m.end()].strip()
    return f"{m.group('year')} : {target}: {m.group('t').strip()} / {actual}: {told}", status


def _comma_parts(told: str, vocab: Vocabulary) -> tuple[str, str | None, str | None] | None | Literal[False]:
    """A bare line's actual parted by commas (a thousands comma, between two digits, parts nothing): (the actual
    before the first such comma, the status word a part prints, the rest from a part opening the line's next goal on:
    a year, then the target's bare word), None when the actual holds no such comma or a part is none of these nor a
    rate (its words read whole, as before the comma parts), False when no actual precedes the comma (the line left
    unread). A rate's part (``달성률 89%``) is no part of the
    actual: a goal line carries no rate, so it is left out (the class of card fixed: ``실적 252호, 완료``, ``실적 252호,
    달성률 89%`` and ``실적 252호, 2020년 목표 163호 공급, 실적 157호`` read whole as the actual's text, review of
    h-txtgoals3 c2, c4)."""
    parts = re.split(r"(?<!\d)[,，]|[,，](?!\d)", told)
    if len(parts) == 1:
        return None
    first, status = parts[0].strip(), None
    target = spaced(vocab.words("goals_columns", "target"))
    rate = spaced(vocab.words("goals_columns", "rate"))
    for i, part in enumerate(parts[1:], 1):
        part = part.strip()
        if re.match(rf"(?:{vocab.year_pattern})\s*[:：]?\s*(?:{target})\s", part):
            return first, status, ", ".join(p.strip() for p in parts[i:])
        if _status_word(part, vocab) and status is None:
            status = part
        elif not re.fullmatch(rf"(?:{rate})\s*[:：]?\s*\d+(?:\.\d+)?\s*[%％]", part):
            return None  # (교육 3회, 상담 5건: two items of one actual, read whole as before)
    if not first:
        return False
    return first, status, None


def _column_words(line: str) -> bool:
    """Whether a line holds a target's or an actual's column word anywhere (``○ 목표 대비 실적 양호``, ``※ 실적은 누계
    기준``, ``○ 연도별 목표 (단위: 개소)``): a note on the goals, no project's name (the class of card fixed: a note
    bullet above bare goal lines read as their project)."""
    k = key(line)
    vocab = current()
    return any(key(w) in k for kind in ("target", "actual") for w in vocab.words("goals_columns", kind))


def _projects_from_heads(
    goals: list[GoalLine], lines: list[str], target_re: re.Pattern[str], year_re: re.Pattern[str]
) -> list[GoalLine]:
    """Goals printing no project of their own under a bulleted line naming one (``○ 급식소 운영 확대`` over its year
    lines): that line's words, its bullet off, are their project; a line holding a label, a figure or a year, or
    no bullet (a goal's wrapped rest), or a target's or an actual's column word (a note on them), names none."""
    out = []
    for g in goals:
        head = None
        if g.project is None:
            above = [ln for ln in lines[: g.line] if ln.strip()]
            last = above[-1] if above else ""
            words = re.sub(r"^[^\w(]+", "", last).strip()
            bulleted = bool(re.match(r"^\s*[^\w\s(]", last))  # (a goal's wrapped rest opens with no bullet)
            numbered = numbered_head(last)  # 가. 수변 쉼터 조성 (goal_line_heads)
            if numbered is not None:
                words, bulleted, last = numbered, True, numbered
            if (
                words
                and bulleted
                and not any(ch.isdigit() for ch in last)
                and not target_re.search(last)
                and not year_re.search(last)
                and not _column_words(last)
            ):
                head = words
        if (
            head is None
            and g.project is None
            and out
            and out[-1].project is not None
            and out[-1].line + 1 == g.line
        ):
            head = out[-1].project  # the line right under a goal of the project's: the same project's year
        out.append(GoalLine(head, g.year, g.target, g.actual, g.status, g.line) if head else g)
    return out
