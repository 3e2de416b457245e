"""A goal table's stage column as a text dump prints it, taken out before the rows are read.

The head names it by a word of ``[goals_stage_column]`` (``연도 세부사업 추진단계 목표 실적 추진상황``, or
a cell a line between the other columns' words); each of its cells is a bar of checkbox glyphs
(``[checkboxes]``: ``■■■□□``, the stages passed filled), maybe with the stage's word in brackets
(``(착공)``) after it or under it. No field of the record holds it: the head word, every bar and a
bracketed word right after a bar or under one (its printed columns overlapping the bar's on the line
above) leave the lines, blanked where a layout dump printed them so that the other cells keep their
columns (a line left empty leaves with them), and the rows read as a table without the column. Lines
whose head names no stage column come back as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.vocabulary import Vocabulary, current

_STAGE_WORD = re.compile(r"(?<!\S)\([^()\s]{1,8}\)(?!\S)")


def _bar(v: Vocabulary) -> re.Pattern[str]:
    glyphs = "".join(
        re.escape(g) for g in [*v.words("checkboxes", "ticked"), *v.words("checkboxes", "unticked")]
    )
    # two glyphs or more, a single space between them at most (a reader took the first for a bullet: ■ ■■■■)
    return re.compile(f"(?<!\\S)[{glyphs}](?: ?[{glyphs}])+(?!\\S)")


def _head_at(lines: list[Line], heads: set[str]) -> int | None:
    texts = [ln.full_text.strip() for ln in lines]
    for k, t in enumerate(texts):
        if len(t.split()) > 2 and any(w in heads for w in t.split()):
            return k
        if t in heads and any(
            header_words_kind(n)
            for n in (texts[k - 1] if k else "", texts[k + 1] if k + 1 < len(texts) else "")
        ):
            return k
    return None


def without_stage_cells(lines: list[Line]) -> list[Line]:
    """``lines`` without the stage column's head word, bars and bracketed stage words (see the module)."""
    heads = set(current().words("goals_stage_column", "words"))
    at = _head_at(lines, heads)
    if at is None:
        return lines
    bar = current().build(_bar)
    out = lines[:at]
    head = [t for t in lines[at].full_text.split() if t not in heads]
    if head:  # a head printed on one line: the other columns' words stay
        out.append(
            replace(lines[at], text=" ".join(head), marker=None, printed=_blank_words(lines[at], heads))
        )
    above: list[tuple[int, int]] = []  # the printed columns of the bars on the line above
    for ln in lines[at + 1 :]:
        text = ln.printed if ln.printed is not None else ln.full_text
        bars = [(m.start(), m.end()) for m in bar.finditer(text)]
        cut = list(bars)
        for m in _STAGE_WORD.finditer(text):
            after = any(e <= m.start() and not text[e : m.start()].strip() for _, e in bars)
            under = any(m.start() < e and s < m.end() for s, e in above)
            if after or under:
                cut.append((m.start(), m.end()))
        if text.strip():
            above = bars
        if not cut:
            out.append(ln)
            continue
        kept = list(text)
        for s, e in cut:
            kept[s:e] = " " * (e - s)
        blanked = "".join(kept)
        if blanked.strip():
            out.append(
                replace(
                    ln,
                    text=" ".join(blanked.split()),
                    marker=None,
                    printed=blanked if ln.printed is not None else None,
                )
            )
    return out


def _blank_words(ln: Line, words: set[str]) -> str | None:
    """The line as printed with these words blanked (None when the reader kept no printed text)."""
    if ln.printed is None:
        return None
    return re.sub(r"\S+", lambda m: " " * len(m.group(0)) if m.group(0) in words else m.group(0), ln.printed)
