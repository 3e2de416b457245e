"""A goal table dumped a row a line whose head spans sub-columns: ``성과지표 2024년 분기별 목표 연간 목표
누계 실적 추진상황`` over a line of sub-heads only (``1/4 2/4 3/4 4/4``), each row printing a figure
under every sub-head (``청년주택 공급 40 90 140 186 186호 공급 120호 추진중``). The sub-columns'
figures are parts of the year's target, no field of a goal: the span (the year and its words up to
the first word naming a target) leaves the head, the year becomes a year line over the rows, and
each row loses the run of bare figures under the sub-heads; the line count stays the same.
"""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import current, year_of

_SUBHEAD = re.compile(r"\d{1,2}/\d{1,2}")
_FIGURE = re.compile(r"[\d][\d,]*(?:\.\d+)?|-")


def _span(head: list[str]) -> tuple[int, int, int] | None:
    """The span's first and last token in ``head`` and the year it states."""
    vocab = current()
    targets = vocab.words("goals_columns", "target")
    for y, tok in enumerate(head):
        m = vocab.year_re.fullmatch(tok)
        if m is None:
            continue
        end = next((k for k in range(y + 1, len(head)) if any(w in head[k] for w in targets)), None)
        return (y, end, year_of(m)) if end is not None else None
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
