"""The project printed before a goal table's first year mark, the table's head line left out (session 43, task
wrongtext): a text dump's head line (``연도 세부사업 목표 실적 목표대비 추진상황``) holds the column head words and
head cells the vocabulary does not know whole (``목표대비``, ``전년실적``, ``증감``); taking the known words out left the
rest as the project (``대비``, ``전년``, ``증감``: a project made up of head words, no finding).

The words of a head line are head cells by position, whatever they say: a piece glued to a head word (``대비`` of
``목표대비``) is that cell's, and on a line of two head words or more every word is a head cell but the words right
after a project column's head word (``세부사업 청년센터 건립 목표 실적``: a labelled project). The rest, joined, is the
project. A line of no head word between head lines is kept: a project's cell printed under its head a cell a line
(``주요사업`` / ``공공돌봄 지원사업`` / ``목표치``: yeoul-county's pdf2txt dump)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.sections.goal_patterns import header_words
from pledgecard.extract.vocabulary import current, key


@dataclass
class HeadProject:
    """The project words printed before the first mark (None: none) and whether head cells were left out of them."""

    project: str | None
    dropped: bool


def _project_head(word: str) -> bool:
    return key(word) in {key(w) for w in current().words("goals_columns", "project")}


def _heads_on_line(text: str, at: int, matches: list[re.Match[str]]) -> int:
    """How many head words stand on the line of ``text`` holding position ``at``."""
    a, b = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    b = len(text) if b < 0 else b
    return sum(1 for m in matches if a <= m.start() < b)


def _kept_head_word(text: str, m: re.Match[str], matches: list[re.Match[str]]) -> bool:
    """Whether head word ``m`` is a project's word: on a line of one head word that prints more than it (``스마트
    상황실 구축``, ``지역현안 과제 발굴``); a head cell on a line of its own (or running on over the next line,
    ``(완료/추진중/미`` / ``착수)``) is none, nor the project column's head opening its line."""
    a, b = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.start())
    b = len(text) if b < 0 else b
    line = text[a:b]
    if _project_head(m.group(0)) and line.split()[:1] == [m.group(0).strip()]:
        return (
            False  # the project column's head opening its line, its project after it (세부사업 청년센터 건립)
        )
    outside = text[a : m.start()] + text[min(m.end(), b) : b]
    return _heads_on_line(text, m.start(), matches) < 2 and bool(outside.strip())


def head_project(text: str) -> HeadProject:
    """The project of the text before a goal table's first year mark (:class:`HeadProject`): the head words taken
    out (a head cell may run over lines: ``(완료/추진중/미착`` / ``수)``), and a head line's other cells with them; a
    head word inside a project's line of no other head word is the project's (session 44, leftovers5: ``스마트
    상황실 구축`` read ``스마트 실 구축``, no finding)."""
    matches = list(current().build(header_words).finditer(text))
    kept: list[str] = []
    dropped = False
    for k in range(len(matches) + 1):
        before = matches[k - 1] if k else None
        start = before.end() if before is not None else 0
        end = matches[k].start() if k < len(matches) else len(text)
        gap = text[start:end]
        words = gap.split()
        if k < len(matches) and _kept_head_word(text, matches[k], matches):
            kept.append(gap + matches[k].group(0))  # as printed, glued to its word's letters (상황실)
            continue
        if not words:
            kept.append(" ")
            continue
        # a gap on a head line: the line of the word after the head before it (or of the gap's first word)
        on = start + (len(gap) - len(gap.lstrip()))
        head_line = "\n" not in gap.strip() and _heads_on_line(text, on, matches) >= 2
        if not head_line:
            kept.append(gap if before is not None and _kept_head_word(text, before, matches) else f" {gap} ")
            continue
        glued_left = before is not None and not gap[:1].isspace()
        glued_right = k < len(matches) and not gap[-1:].isspace()
        if glued_left or glued_right:  # a piece of a head cell glued to its head word (목표대비, 전년실적)
            dropped = True
            words = words[1 if glued_left else 0 : len(words) - (1 if glued_right else 0)]
        if words and (before is None or not _project_head(before.group(0))):
            dropped = True  # a head cell of no known word standing on the head line (증감, 비고)
            continue
        kept.append(f" {' '.join(words)} ")
    project = re.sub(r"\s+", " ", "".join(kept)).strip()
    return HeadProject(project or None, dropped)
