"""A goal table's words as patterns: the ``<2023>`` year mark, the status words, the column head words."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, spaced


def year_mark(v: Vocabulary) -> re.Pattern[str]:
    """A ``<2023>`` mark inside a target cell."""
    return re.compile(rf"[<〈(\[]\s*(?:{v.year_pattern})\s*[>〉)\]]")


def status_re(v: Vocabulary) -> re.Pattern[str]:
    words = sorted(v.status_words, key=len, reverse=True)
    return re.compile("(" + "|".join(r"[ \t]*".join(map(re.escape, w)) for w in words) + ")")


def header_words(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(spaced([w for words in v.table("goals_columns").values() for w in words]))


def labelled_re(v: Vocabulary) -> re.Pattern[str]:
    """주요사업 / 추진내용 words specific enough (four letters or more) to stand as a label in text."""

    def src(name: str) -> str:
        return spaced([w for w in v.words("goals_columns", name) if len(w) >= 4])

    return re.compile(f"(?P<project>{src('project')})|(?P<detail>{src('detail')})")


def year_row(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?m)^[ \t]*(?:{v.year_pattern})[ \t]+(?=\S)")
