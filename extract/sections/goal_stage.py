"""A goal table's stage column as a text dump prints it, taken out before the rows are read.

The head names it by a word of ``[goals_stage_column]`` (``연도 세부사업 추진단계 목표 실적 추진상황``);
or a cell a line between the others' words; each of its cells is a bar of checkbox glyphs (``[checkboxes]``: ``■■■□□``, the stages passed
filled), maybe over the stage's word in brackets (``(착공)``). No field of the record holds it: the
head word, every bar and the bracketed word right after a bar leave the lines (a line left empty
leaves with them), so the rows read as a table without the column. Lines whose head names no
stage column come back as they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_rows import header_words_kind
from pledgecard.extract.vocabulary import Vocabulary, current

_STAGE_WORD = re.compile(r"^\([^()\s]{1,8}\)$")


def _bar(v: Vocabulary) -> re.Pattern[str]:
    glyphs = "".join(re.escape(g) for g in [*v.words("checkboxes", "ticked"), *v.words("checkboxes", "unticked")])
    return re.compile(f"^[{glyphs}]+$")


def without_stage_cells(lines: list[Line]) -> list[Line]:
    """``lines`` without the stage column's head word, bars and bracketed stage words (see the module)."""
    heads = set(current().words("goals_stage_column", "words"))
    texts = [ln.full_text.strip() for ln in lines]
    at = next((k for k, t in enumerate(texts) if len(t.split()) > 2 and any(w in heads for w in t.split())
               or t in heads and any(header_words_kind(n) for n in (texts[k - 1] if k else "",
                                                                 texts[k + 1] if k + 1 < len(texts) else ""))), None)
    if at is None:
        return lines
    bar = current().build(_bar)
    out = lines[:at]
    head = [t for t in lines[at].full_text.split() if t not in heads]
    if head:  # a head printed on one line: the other columns' words stay
        out.append(replace(lines[at], text=" ".join(head), marker=None))
    after_bar = False
    for ln in lines[at + 1:]:
        kept: list[str] = []
        for t in _glyph_runs(ln.full_text.split(), bar):
            if len(t) > 1 and bar.match(t):
                after_bar = True
                continue
            if after_bar and _STAGE_WORD.match(t):
                after_bar = False
                continue
            after_bar = False
            kept.append(t)
        if kept == ln.full_text.split():
            out.append(ln)
        elif kept:
            out.append(replace(ln, text=" ".join(kept), marker=None))
    return out


def _glyph_runs(tokens: list[str], bar: re.Pattern[str]) -> list[str]:
    """The tokens with runs of glyph-only tokens joined (a reader took a bar's first glyph for a
    bullet marker: ``■ ■■■■``)."""
    out: list[str] = []
    for t in tokens:
        if out and bar.match(t) and bar.match(out[-1]):
            out[-1] += t
        else:
            out.append(t)
    return out
