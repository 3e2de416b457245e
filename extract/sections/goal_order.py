"""A goal table a dump printed a row a line whose columns stand in another order than the one the
row reader splits (:mod:`goal_rows`: year, project, target, actual, rate, status, then 추진내용):
``주요사업 | 목표 | 추진상황 | 실적 | 달성률``, ``세부사업 | 추진상황 | 목표 | 실적``.

The cells are put in that order, each row's words moved as whole cells, only where the row's own
shapes fix every cell: the status (a status word, one to three words, found once), the rate (``92%``
or a dash) and an actual that is a figure with its unit or a dash are cells by their shape; the
free-text cells (the project, the target, a worded actual, the 추진내용, the 비고) are what lies
between them, and free cells standing side by side are moved together only when they stand side
by side in the reader's order too (the project and the target: the row reader splits them by its
own proofs). A row whose cells the shapes do not fix so leaves the whole table as printed (the row
reader then reads none of it, as before): nothing is cut by guess.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_rows import header_kinds, is_goals_header, is_value_token
from pledgecard.extract.vocabulary import current, key

_DASH = re.compile(r"^[-–—]$")
_RATE = re.compile(r"^\d+(?:\.\d+)?\s*%$")
# the order the row reader splits, and the free cells it takes side by side
_ORDER = ("year", "project", "target", "actual", "rate", "status", "detail", "remark")
_FREE_RUNS = (("project", "target"), ("detail", "remark"))


def in_reading_order(lines: list[str]) -> list[str] | None:
    """``lines`` with the goal table's header and rows in the row reader's column order (one line
    for one line), or None when the header is already so ordered, names no such table, or a row's
    cells are not fixed by their shapes."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln)), None)
    if h is None or is_goals_header(lines[h]):
        return None
    kinds = header_kinds(lines[h]) or []
    order = sorted(kinds, key=_ORDER.index)
    if "year" in kinds[1:] or "actual" not in kinds:
        return None
    head = _header(order)
    if head is None:
        return None
    printed = kinds[1:] if kinds[0] == "year" else kinds
    out = [*lines[:h], head]
    for text in lines[h + 1:]:
        toks = text.split()
        if len(toks) < 2 or header_kinds(text) is not None or _lone_year(text):
            out.append(text)  # a year over its rows, the header's second line, an empty line
            continue
        lead = toks[:1] if kinds[0] == "year" else []
        cells = _cells(printed, toks[len(lead):])
        if cells is None:
            return None
        out.append(" ".join([*lead, *(w for k in order if k != "year" for w in cells.get(k, []))]))
    return out


def _header(order: list[str]) -> str | None:
    """A header line naming ``order``'s columns in the vocabulary's first word for each."""
    v = current()
    words = {**{k: w[0] for k, w in v.table("goals_columns").items() if w},
             "remark": next(iter(v.words("goals_remark_column", "words")), "")}
    text = " ".join(words.get(k, "") for k in order)
    return text if header_kinds(text) == order and is_goals_header(text) else None


def _lone_year(text: str) -> bool:
    """A line holding only a year (``2024년``, ``<2024>``): a year group's head."""
    return len(text.split()) == 1 and re.search(r"\d{4}", text) is not None


def _status_at(toks: list[str]) -> tuple[int, int] | None:
    """The one run of one to three words that is a status word; None for none or several (a status
    word right before another: the later one, as the row reader takes it)."""
    status = current().status_words
    spans = [(a, b) for a in range(len(toks)) for b in (a + 1, a + 2, a + 3)
             if b <= len(toks) and key("".join(toks[a:b])) in status]
    spans = [(a, b) for a, b in spans if not any(a2 < a and b2 >= b or a2 <= a and b2 > b for a2, b2 in spans)]
    if len(spans) > 1:
        spans = [(a, b) for a, b in spans if not any(a2 == b for a2, _ in spans)]
    return spans[0] if len(spans) == 1 else None


def _shaped(kind: str, word: str) -> bool:
    """A cell fixed by its shape: a rate, or an actual that is a figure with its unit or a dash."""
    if kind == "rate":
        return bool(_RATE.match(word) or _DASH.match(word))
    return kind == "actual" and (is_value_token(word) or bool(_DASH.match(word)))


def _cells(printed: list[str], toks: list[str]) -> dict[str, list[str]] | None:
    """A row's words by column (the year taken off), or None unless the shapes fix every cell."""
    span = _status_at(toks)
    if span is None or "status" not in printed:
        return None
    s = printed.index("status")
    out = {"status": toks[span[0]:span[1]]}
    for side, words in ((printed[:s], toks[:span[0]]), (printed[s + 1:], toks[span[1]:])):
        got = _side(side, words)
        if got is None:
            return None
        out.update(got)
    return out


def _side(kinds: list[str], words: list[str]) -> dict[str, list[str]] | None:
    """The cells of one side of the status: shaped cells peeled off both ends (one word each), the
    free cells left must be one, or the project and target (the 추진내용 and 비고) side by side."""
    kinds, words = list(kinds), list(words)
    out: dict[str, list[str]] = {}
    while kinds and (kinds[0] in ("rate", "actual")) and words and _shaped(kinds[0], words[0]):
        out[kinds.pop(0)] = [words.pop(0)]
    while kinds and (kinds[-1] in ("rate", "actual")) and words and _shaped(kinds[-1], words[-1]):
        out[kinds.pop()] = [words.pop()]
    if "rate" in kinds:
        return None  # a rate cell no shape fixes
    if not kinds:
        return out if not words else None
    if len(kinds) > 1 and tuple(kinds) not in _FREE_RUNS:
        return None
    if not words and kinds not in (["project"], ["detail"], ["remark"]):
        return None  # only a project or a 추진내용 may be left to a merged cell (the row above's)
    out[kinds[0]] = words  # a run of free cells moves whole, under its first kind
    return out
