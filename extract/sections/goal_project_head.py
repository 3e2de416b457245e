"""A text dump's goal head line whose project column is headed by a word of no column kind, named the project's.

A template may head its project column with a word the vocabulary does not hold (``단위사업``, ``추진과제``): the
dump's head line then held a word of no kind before the figure heads, and every line reader (which needs each head
word to name a kind) left the table unread, or the rows ran together. Here the head line whose FIRST word names no
column kind (nor a unit column's, ``단위``) while no word names the project's, followed by a target's and a status's head (other words of no kind
after the first field's head are the later readers' to judge), is handed on with that word as the project's head
(the vocabulary's first project word): the rows are read as a project column's, their cells untouched. A head
over rows printing no word before their figures (``분야`` over ``2024 3개소 2개소 추진중``) names no project column.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import figure_tokens
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_values import status_spans
from pledgecard.extract.sections.goal_year_columns import unit_head
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import HANGUL_SYLLABLE


def _head_word(tok: str) -> bool:
    """A lone head word: Hangul letters only, no figure, bracket or mark."""
    return bool(tok) and all(HANGUL_SYLLABLE.fullmatch(ch) for ch in tok)


def _wordless_row(line: Line) -> bool:
    """Whether a goal row (a line printing a status) prints no word before its first figure (``2024 3개소 ...``,
    ``1,200 3개소 ...``): its first column holds no project's name."""
    words = line.full_text.split()
    spans = status_spans(words)
    if not spans:
        return False
    figures = figure_tokens(words)
    first = min([*figures, spans[0][0]])
    return not any(any(ch.isalpha() for ch in w) and not any(ch.isdigit() for ch in w) for w in words[:first])


def project_head_named(lines: list[Line]) -> list[Line]:
    """``lines`` with the first goal head line's unnamed first word made the project's head (see the module); the
    lines as they are when no line is such a head."""
    for k, line in enumerate(lines):
        toks = line.full_text.split()
        if len(toks) < 4:
            continue
        kinds = [header_words_kind(t) for t in toks]
        if "target" not in kinds or "status" not in kinds:
            continue
        if (
            kinds[0] is not None
            or "project" in kinds
            or not _head_word(toks[0])
            or unit_head(toks[0])  # (단위: a unit column's head)
            or kinds[1] is None
            or any(_wordless_row(ln) for ln in lines[k + 1 :])  # (분야 over rows of a year and figures)
        ):
            return lines
        word = current().words("goals_columns", "project")[0]
        return [*lines[:k], replace(line, text=" ".join([word, *toks[1:]]), printed=None), *lines[k + 1 :]]
    return lines
