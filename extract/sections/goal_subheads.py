"""A goal table dumped a row a line whose head spans sub-columns: ``성과지표 2024년 분기별 목표 연간 목표
누계 실적 추진상황`` over a line of sub-heads only (``1/4 2/4 3/4 4/4``), each row printing a figure
under every sub-head (``청년주택 공급 40 90 140 186 186호 공급 120호 추진중``). The sub-columns'
figures are parts of the year's target, no field of a goal: the span (the year and its words up to
the first word naming a target) leaves the head, the year becomes a year line over the rows, and
each row loses the run of bare figures under the sub-heads; the line count stays the same.
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import current, key, year_of

_SUBHEAD = re.compile(r"\d{1,2}/\d{1,2}")
_FIGURE = re.compile(r"[\d][\d,]*(?:\.\d+)?|-")
_MARKS = re.compile(r"[<〈(\[](?P<in>[^<〈(\[>〉)\]]+)[>〉)\]]")  # one pair of brackets round a head cell


def year_head(token: str) -> int | None:
    """The year a head cell states as its whole text, bare (``2023년``) or in one pair of brackets
    (``<2023>``: the mark a target cell's year wears, printed alone in the head)."""
    vocab = current()
    text = token.replace(" ", "")
    m = _MARKS.fullmatch(text)
    got = vocab.year_re.fullmatch(m.group("in") if m else text)
    return year_of(got) if got else None


def _column_word(token: str) -> bool:
    """A head cell that is a goal column's word as its whole text (목표, 실적, 추진상황)."""
    vocab = current()
    return key(token) in {
        key(w) for name in ("target", "actual", "status") for w in vocab.words("goals_columns", name)
    }


def _span(head: list[str]) -> tuple[int, int, int] | None:
    """The span's first and last token in ``head`` and the year it states: the year and its words
    up to the first naming a target (``2024년 분기별 목표``), or the year alone when a column's own
    word follows it (``<2024> 목표 실적``: the year cell spans the sub-heads, 목표 is the next column)."""
    targets = current().words("goals_columns", "target")
    for y, tok in enumerate(head):
        year = year_head(tok)
        if year is None:
            continue
        if y + 1 < len(head) and _column_word(head[y + 1]):
            return y, y, year
        end = next((k for k in range(y + 1, len(head)) if any(w in head[k] for w in targets)), None)
        return (y, end, year) if end is not None else None
    return None


def fold_sub_columns(lines: list[str]) -> list[str] | None:
    """The lines with the sub-columns folded away (see the module), or None when no line under a
    head with a spanning year is wholly sub-heads."""
    for i in range(1, len(lines)):
        subs = lines[i].split()
        if len(subs) < 2 or not all(_SUBHEAD.fullmatch(t) for t in subs):
            continue
        head = lines[i - 1].split()
        span = _span(head)
        if span is None:
            return None
        y, end, year = span
        year_word = current().words("date_words", "year")[0]
        out = [*lines[: i - 1], " ".join(head[:y] + head[end + 1 :]), f"{year}{year_word}"]
        n = len(subs)
        for ln in lines[i + 1 :]:
            toks = ln.split()
            at = next(
                (
                    j
                    for j in range(1, len(toks) - n + 1)
                    if all(_FIGURE.fullmatch(t) for t in toks[j : j + n])
                ),
                None,
            )
            out.append(" ".join(toks[:at] + toks[at + n :]) if at is not None else ln)
        return out
    return None
