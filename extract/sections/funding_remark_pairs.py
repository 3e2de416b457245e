"""A funding table printed a cell a line whose remarks column (비고) prints a phrase holding a pair word
(``4.2억원 확보 완료``: the row's last amount, then its remark, 확보 완료, on one line): the pair word read as
the opening of a run of second figures (확보 / 집행 before each run), every amount after it taken for a
second figure and the table left unread (gureum-city 30011 pdf2txt: funding null).

A pair word opening a run stands alone (or with the run's amounts) on its line; one followed on its line by
a word that is no cell of the table (완료, 예정) is a remark's, not the table's, unless it opens its line and the
stream's next token after that line is an amount: a run's label printed with a word after it (``집행 예정액`` over its
run of figures, a cell a line) opens the run as the bare pair word does (the table read, not dropped)."""

from __future__ import annotations

import re
from collections.abc import Sequence

# a word of the Hangul syllables: a remark's word left on the pair word's line once every token of it is out
_WORD = re.compile(r"[가-힣]{2,}")


def remark_pairs(text: str, stream: Sequence[re.Match[str]]) -> set[int]:
    """The indexes (in ``stream``, the table's tokens in printed order) of the pair words printed after the
    first amount whose line goes on, after the pair word, with a word no token of the stream covers."""
    first = next((m.start() for m in stream if m.lastgroup == "amount"), None)
    if first is None:
        return set()
    out: set[int] = set()
    for k, m in enumerate(stream):
        if m.lastgroup != "pair" or m.start() < first:
            continue
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        covered = [(t.start(), t.end()) for t in stream if m.end() <= t.start() < end]
        rest = list(text[m.end() : end])
        for a, b in covered:
            rest[a - m.end() : b - m.end()] = [" "] * (b - a)
        if _WORD.search("".join(rest)) and not _opens_run(text, stream, m, end):
            out.add(k)
    return out


def _opens_run(text: str, stream: Sequence[re.Match[str]], pair: re.Match[str], end: int) -> bool:
    """Whether the pair word opens its line and the first token after that line is an amount (its run's first)."""
    start = text.rfind("\n", 0, pair.start()) + 1
    if text[start : pair.start()].strip():
        return False
    after = next((t for t in stream if t.start() >= end), None)
    return after is not None and after.lastgroup == "amount"
