"""The project printed before a goal table's first year mark, the table's head line left out (session 43, task
wrongtext): a text dump's head line (``연도 세부사업 목표 실적 목표대비 추진상황``) holds the column head words and
head cells the vocabulary does not know whole (``목표대비``, ``전년실적``, ``증감``); taking the known words out left the
rest as the project (``대비``, ``전년``, ``증감``: a project made up of head words, no finding).

The words of a head line are head cells by position, whatever they say: a piece glued to a head word (``대비`` of
``목표대비``) is that cell's, and on a line of two head words or more every word is a head cell but the words right
after a project column's head word (``세부사업 청년센터 건립 목표 실적``: a labelled project). A line holding no head
word between two head lines (a head printed a cell a line) is a head cell too. The rest, joined, is the project."""

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


def _line_words(line: str) -> tuple[int, list[str], bool]:
    """How many head words ``line`` holds, the words it keeps (a project's), and whether it dropped any."""
    matches = list(current().build(header_words).finditer(line))
    if len(matches) < 2:  # no head line: the head word taken out, the rest as printed
        return len(matches), current().build(header_words).sub(" ", line).split(), False
    kept: list[str] = []
    dropped = False
    edges = [(0, None), *((m.end(), m) for m in matches)]
    for k, (start, before) in enumerate(edges):
        end = matches[k].start() if k < len(matches) else len(line)
        gap = line[start:end]
        words = gap.split()
        if not words:
            continue
        glued_left = before is not None and not gap[:1].isspace()
        glued_right = k < len(matches) and not gap[-1:].isspace()
        if glued_left or glued_right:  # a piece of a head cell glued to its head word (목표대비, 전년실적)
            dropped = True
            cut = words[1 if glued_left else 0 : len(words) - (1 if glued_right else 0)]
            words = cut
            if not words:
                continue
        labelled = before is not None and _project_head(before.group(0))
        if not labelled:
            dropped = True  # a head cell of no known word standing on the head line (증감, 비고)
            continue
        kept += words
    return len(matches), kept, dropped


def head_project(text: str) -> HeadProject:
    """The project of the text before a goal table's first year mark (:class:`HeadProject`)."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    read = [_line_words(ln) for ln in lines]
    kept: list[str] = []
    dropped = any(d for _, _, d in read)
    for n, (heads, words, _) in enumerate(read):
        between = (
            heads == 0
            and any(h and not w for h, w, _ in read[:n])
            and any(h and not w for h, w, _ in read[n + 1 :])
        )
        if between:  # a line between two head lines holding nothing but head words: a head cell of its own
            dropped = True
            continue
        kept += words
    project = re.sub(r"\s+", " ", " ".join(kept)).strip()
    return HeadProject(project or None, dropped)
