"""A funding table's column of the term's own years (임기내: beside 기투자 and 임기후, no year printed) in a dump
printing the table a cell a line (pdfminer.six's ``pdf2txt.py``: ``총사업비 / 기투자 / 투자계획 / 임기내 / ...``).

The stream reader (funding_stream.from_stream) takes no in-term word as a column: over year columns the same word
is their spanning heading (임기 내 over 2024 | 2025), no column, and it stands in the gap text the header's groups
are read from. Where the stream prints no year head at all, an in-term word on a line of its own is a head cell
of a column of its own (vocabulary ``[funding_columns] in_term``: a column of the schema's kind "other"), and is
given to the stream as a column token; elsewhere the stream is unchanged. Such a column is one of the periods
adding up to the total column (기투자 + 임기내 + 임기후 = 총사업비) where the table has no year column: the sum search
of a table printed box by box (funding_print_boxes) counts it in (beside year columns, a 임기내 is a subtotal over
some of them: no period)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_column_heads import classify_column, is_in_term
from pledgecard.extract.vocabulary import Vocabulary, current, spaced
from pledgecard.record import FundingColumn


def _term_cell(v: Vocabulary) -> re.Pattern[str]:
    """An in-term word alone on its line (a head cell printed a cell a line), as a ``col`` token."""
    return re.compile(
        rf"(?<![^\n])[ \t]*(?P<col>{spaced(v.words('funding_columns', 'in_term'))})[ \t]*(?=\n|$)"
    )


def with_term_columns(text: str, stream: list[re.Match[str]]) -> list[re.Match[str]]:
    """``stream`` (the stream reader's tokens of ``text``) with the in-term head cells ``text`` prints as column
    tokens, where no token is a year's head (see the module's doc); else ``stream`` itself."""
    if any(m.lastgroup == "col" and classify_column(m.group(0))["kind"] == "year" for m in stream):
        return stream
    taken = [(m.start(), m.end()) for m in stream]
    cells = [
        m
        for m in current().build(_term_cell).finditer(text)
        if not any(a < m.end("col") and m.start("col") < b for a, b in taken)
    ]
    if any(_sub_heads_under(text, m) for m in cells):
        return stream  # an in-term head over sub-heads of its own (1차년도 | 2차년도): their spanning heading
    return sorted([*stream, *cells], key=lambda m: m.start()) if cells else stream


_FIGURE_LINE = re.compile(r"[-–—]|\d[\d,]*(?:\.\d+)?")


def _sub_heads_under(text: str, cell: re.Match[str]) -> bool:
    """Whether the line printed after the in-term ``cell`` (the next not blank) is neither a figure nor a sibling
    period's head (기투자, 임기후, a total): a sub-head under it (ordinals 1차년도, years 24년, halves 상반기, 1단계,
    whether the stream takes it as a head or not), the in-term word their spanning heading, no column (session 43
    review of h-pdfminer3, c2: 25 figures lost)."""
    after = next((ln.strip() for ln in text[cell.end() :].split("\n") if ln.strip()), "")
    if not after or _FIGURE_LINE.fullmatch(after):
        return False
    return classify_column(after)["kind"] not in _SIBLINGS


_SIBLINGS = ("prior", "after_term", "total")


def with_term_period(columns: list[FundingColumn], periods: list[int]) -> list[int]:
    """``periods`` (the period columns' places) with the in-term columns' where no column is a year's (see the
    module's doc); else ``periods`` itself."""
    if any(c.get("kind") == "year" for c in columns):
        return periods
    terms = [
        j for j, c in enumerate(columns) if c.get("kind") == "other" and is_in_term(str(c.get("label") or ""))
    ]
    return sorted({*periods, *terms})
