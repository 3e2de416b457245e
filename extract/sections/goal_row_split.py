"""One goal row printed on a line (its cells one space apart) split at the cells its shapes fix:
the year, the status (with the rate before it), the actual, the 추진내용 after the status, and the
project and target words left between them; a row a dump broke over lines joined up to its status
first. Which lines are goal rows at all (a status word among other cells)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.sections.goal_head_words import header_words_only
from pledgecard.extract.sections.goal_values import (
    DASH,
    RATE,
    actual_value,
    bullet_item,
    measure_suffix,
    rate_agrees,
    shaped_actual,
    status_spans,
    value_token,
    year_cell_of,
)
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import current, key


@dataclass(slots=True)
class RowSplit:
    """A goal row split at the cells its shapes fix: the project and target words are left together
    (``rest``) for :mod:`goal_target_cut` to cut."""

    line: int
    year: int | None
    rest: list[str]  # project and target tokens
    actual: str | None
    prefix: str | None  # the word before the actual's number (공정률)
    rate: float | None
    status: str
    detail: str | None
    worded: bool = False  # the actual printed without a number: ``rest`` holds it too
    # under a 추진내용 and a 비고 column: the words after the status, the two cells run together (where
    # the 추진내용 ends no single-spaced print shows: ``공영주차장 운영 및 주민 지원 기본계획 수립``)
    after: str | None = None


@dataclass(frozen=True, slots=True)
class Hints:
    """What the rows read show of the others: the 추진내용 texts printed after a status, and the
    targets read (as words)."""

    details: frozenset[str] = frozenset()
    targets: frozenset[tuple[str, ...]] = frozenset()


def may_be_goal_row(text: str) -> bool:
    """A line that may belong to a goals table printed one row per line: a row holds a status
    word; a year-group line or the header's second line holds nothing else."""
    return year_cell_of(text) is not None or header_words_only(text) or bool(status_spans(text.split()))


def is_row_with_status(text: str) -> bool:
    """A line holding a status word among other cells (a goal row, not a year or header line)."""
    toks = text.split()
    spans = status_spans(toks)
    return any(b - a < len(toks) for a, b in spans) and not header_words_only(text)


def split_row(
    toks: list[str],
    n: int,
    layout: tuple[bool, list[str], str],
    group_year: int | None,
    hints: Hints | None = None,
) -> RowSplit | None:
    """The row of tokens ``toks`` (line ``n``) split by ``layout`` (:func:`goal_head_words.row_layout`),
    its year the year-group line's (``group_year``) when the table has no year column; None when its
    year or its status cell is not found, or no word is left for the project and target."""
    vocab = current()
    has_year, before, _ = layout
    start, year = 0, group_year
    if has_year:
        year = year_cell_of(toks[0]) if toks else None
        start = 1
    if year is None:
        return None
    span = status_span(toks, start, layout, hints)
    if span is None:
        return None
    (a, b), end = span, span[0]
    rate = None
    if "rate" in before:
        m = RATE.match(toks[end - 1])
        rate = float(m.group(1)) if m else None
        end -= 1
    actual = prefix = None
    worded = False
    if "actual" in before:
        last = toks[end - 1] if end - 1 >= start else ""
        if DASH.match(last):
            end -= 1
        elif vocab.build(value_token).match(last):
            actual, end = last, end - 1
            w = toks[end - 1] if end - 1 > start else None
            if (
                w
                and not re.search(r"\d", w)
                and any(
                    toks[k] == w and vocab.build(value_token).match(toks[k + 1])
                    for k in range(start, end - 1)
                )
            ):
                actual, prefix, end = f"{w} {last}", w, end - 1
        elif (j := shaped_actual(toks[start:end])) is not None:
            actual, end = (
                " ".join(toks[start + j : end]),
                start + j,
            )  # 186호 공급 | 150호 공급: the target's shape again
        else:
            worded = True  # an actual without a number: placed only by a target another row shows
    rest = bracket_tail_glued(toks[start:end])
    if not rest:
        return None
    if actual is not None and prefix is None and vocab.build(measure_suffix).search(rest[-1]):
        return (
            None  # 공정률 | 70%: the value is the measure word's (the target's); the actual is not in the row
        )
    detail = " ".join(toks[b:]) or None if layout[2] == "detail" else None  # a 비고 cell is no detail
    after = " ".join(toks[b:]) or None if layout[2] == "detail remark" else None
    return RowSplit(n, year, rest, actual, prefix, rate, " ".join(toks[a:b]), detail, worded, after)


def status_span(
    toks: list[str], start: int, layout: tuple[bool, list[str], str], hints: Hints | None = None
) -> tuple[int, int] | None:
    """The status cell of a row: a status word (one to three tokens) with the rate before it when
    a 달성률 column stands there, ending the row when no column follows it; None unless one is found.
    Of several status words before a 추진내용 column, what ``hints`` show (:func:`_hinted_spans`)."""
    _, before, after = layout
    spans = status_spans(toks, start + 1)
    spans = [
        (a, b)
        for a, b in spans
        if (after or b == len(toks))
        and ("rate" not in before or RATE.match(toks[a - 1]) or DASH.match(toks[a - 1]))
    ]
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
        dashed = [(a, b) for a, b in spans if a > start + 1 and DASH.match(toks[a - 1])]
        if len(dashed) == 1:
            spans = dashed
    return spans[0] if len(spans) == 1 else None


def _hinted_spans(
    toks: list[str], start: int, spans: list[tuple[int, int]], hints: Hints
) -> list[tuple[int, int]]:
    """The status words of a row that may be its status cell, as the other rows read show
    (:func:`status_span`): those standing inside a target another row reads, printed here after a
    word (its project) and before more words, dropped; then, if some are, those the row prints a
    추진내용 after that another row prints after its status kept."""
    inside = {
        (a, b)
        for a, b in spans
        for t in hints.targets
        for i in range(start + 1, a + 1)
        if b <= i + len(t) < len(toks) and tuple(toks[i : i + len(t)]) == t
    }
    kept = [sp for sp in spans if sp not in inside]
    told = [(a, b) for a, b in kept if " ".join(toks[b:]) in hints.details]
    return told or kept


def row_facts(
    toks: list[str], layout: tuple[bool, list[str], str], hints: Hints | None = None
) -> tuple[int | None, bool]:
    """A row's year (its first cell) and whether it prints a cell after its status (None, False
    when its status is not found once, unless a status word ends the row: then no cell follows
    it, wherever the status cell begins: ``2024 실시설계 완료 설계 완료 완료``; or, under a column after
    the status, status words stand in the row and none ends it: a cell follows whichever is the
    status, ``2023 사업 실시설계 완료 관계기관 협의 추진중 체험관 운영``)."""
    span = status_span(toks, 1, layout, hints) if layout[0] and toks else None
    if span is None:
        status = current().status_words
        if (
            layout[0]
            and len(toks) > 1
            and any(key("".join(toks[-n:])) in status for n in (1, 2, 3) if n < len(toks))
        ):
            return year_cell_of(toks[0]), False
        if layout[0] and layout[2] and len(toks) > 2 and status_spans(toks, 2):
            return year_cell_of(toks[0]), True
        return None, False
    return year_cell_of(toks[0]), span[1] < len(toks)


def rejoin_row(
    lines: list[str], i: int, layout: tuple[bool, list[str], str], lexicon: str
) -> tuple[str, list[int]]:
    """A row whose year cell starts line ``i`` and whose status is on a later line (a dump that
    broke the row's cells over lines): its lines joined up to the status (and, under a 추진내용
    column, the lines after it up to the next row's year), words a break cut glued by the card's
    own words; with the indexes of the lines it took. Only line ``i`` when no status follows
    within a few lines."""
    text, used = lines[i].strip(), [i]
    j = i + 1
    while j < len(lines) and j - i <= 8:
        nxt = lines[j].strip()
        if nxt and (bullet_item(nxt) or year_cell_of(nxt.split()[0]) is not None):
            break
        if nxt:
            text = glue(text, nxt, lexicon)
            used.append(j)
        j += 1
        if status_span(text.split(), 1, layout) is not None:
            break
    else:
        return lines[i].strip(), [i]
    if status_span(text.split(), 1, layout) is None:
        return lines[i].strip(), [i]
    while (
        layout[2]
        and j < len(lines)
        and (nxt := lines[j].strip())
        and not bullet_item(nxt)
        and year_cell_of(nxt.split()[0]) is None
        and not is_row_with_status(nxt)
    ):
        text = glue(text, nxt, lexicon)
        used.append(j)
        j += 1
    return text, used


def bracket_tail_glued(words: list[str]) -> list[str]:
    """A target closing on a bracketed breakdown over several words (``107호 공급(가시 44, 나군 63)``): the
    bracket's words one token with the word it opens in, so that no cell's cut falls inside it; other words
    as they are (a bracket closing before the last word, or never closing, glues nothing)."""
    if len(words) < 2 or not words[-1].endswith(")") or "(" in words[-1]:
        return words
    depth = 0
    for k in range(len(words) - 1, -1, -1):
        depth += words[k].count(")") - words[k].count("(")
        if depth == 0:
            return [*words[:k], " ".join(words[k:])] if k < len(words) - 1 else words
    return words


def split_rate_agrees(s: RowSplit, target: str) -> bool:
    """A printed 달성률 agrees with the actual over the target (within two points)."""
    return rate_agrees(s.rate, target, s.actual)


def rate_over_no_target(s: RowSplit, target: str) -> bool:
    """A printed 달성률 and an actual figure over a target cell holding no figure: a rate is the actual
    over a target figure, so the cells were dealt one place off (a dump printing a wrapped project
    cell's lines as two cells, ``반도체 소재`` / ``지원사업``, the target's cell elsewhere)."""
    return (
        s.rate is not None
        and s.actual is not None
        and actual_value(s.actual) is not None
        and not any(ch.isdigit() for ch in target)
    )
