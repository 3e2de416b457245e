"""A funding row printed on one text line: its label and amount tokens, a note cell or words before or
after its figures left off, its printed tokens with blank cells kept."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell, split_after_units, split_glued
from pledgecard.extract.sections.funding_closing_blanks import unpadded, with_closing_blanks
from pledgecard.extract.sections.funding_column_heads import classify_column, gubun_pattern
from pledgecard.extract.sections.funding_pairs import plan_line_tokens
from pledgecard.extract.sections.funding_runs import run_labels
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_spaced import with_blanks
from pledgecard.extract.sections.funding_subrows import sub_row_label
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.counts import parse_number
from pledgecard.normalize.money import funding_source
from pledgecard.normalize.money_cells import SIGNS
from pledgecard.normalize.text import DASHES, fold
from pledgecard.record import FundingRow


def without_note_words(row: list[str]) -> list[str]:
    """A text row of a table with a note column: the note's words after the last amount taken off
    (``국비 70.0 23.8 교부 신청`` -> ``국비 70.0 23.8``)."""
    k = len(row)
    while k > 1 and not is_amount_cell(row[k - 1]):
        k -= 1
    return row[:k]


def without_note_tail(row: list[str], n: int) -> list[str]:
    """A text row of a table with a note column whose first ``n`` cells (one a column) are amounts
    and whose rest holds note words and at most dashes (``국비 55.7억원 ... 19.3억원 확보 완 -``: a
    note wrapped from the row below, then this row's own note dash): the row without that rest.
    A rest holding any other amount leaves the row as it is (a column label may be lost)."""
    cells = row[1:]
    rest = cells[n:]
    if (
        len(cells) <= n
        or not all(is_amount_cell(c) for c in cells[:n])
        or all(is_amount_cell(c) for c in rest)
    ):
        return row
    if any(is_amount_cell(c) and fold(c) not in DASHES for c in rest):
        return row
    return row[: n + 1]


def data_row(text: str) -> list[str] | None:
    """``'국  비 154,442 - 29,852'`` -> ``['국비', '154,442', '-', '29,852']``; None for other lines.
    Amounts printed glued together are parted where their comma groups tell (:func:`split_glued`);
    where they do not, the glued text stays one cell, which no column takes."""
    row = printed_row(text)
    label = source_label([row[0]]) if row else None
    if row and label and sub_row_label(row[0]) is not None:
        label = row[0].strip()  # (도비): a part of the row above, its brackets kept for _interpret to fold
    return [label, *row[1:]] if row and label else None


def printed_row(text: str) -> list[str] | None:
    """A row line as printed: its label words (whether or not they name a source), then its amounts."""
    toks = plan_line_tokens([p for t in text.split() for p in split_after_units(t)], is_amount_cell)
    # (a plan row's pair word out; a second figure's row none)
    if toks is None:
        return None
    k = next((i for i, t in enumerate(toks) if is_amount_cell(t)), None)
    if k is None or k == 0 or current().build(gubun_pattern).search(" ".join(toks[:k])):
        return None  # no amount, or the header line (구분 합계 2019 2020 ...: years after the label column's head)
    cells: list[str] = []
    for t in toks[k:]:
        cells.extend(split_glued(t) or [t])
    return [" ".join(toks[:k]), *cells]


def derived_tails(toks: list[str]) -> list[int]:
    """How many of a head line's last words (two: ``전년대비 증감``, or one) may head a column derived
    from the periods (a change or share word, no source's), the longest first."""
    return [
        k
        for k in (2, 1)
        if len(toks) > k + 2
        and funding_source("".join(toks[-k:])) is None
        and classify_column("".join(toks[-k:]))["kind"] == "share"
        and all(funding_source(t) is None for t in toks[-k:])
    ]  # (군비 전년대비증감: a source's head kept)


def note_head(line: str) -> int:
    """How many of a head line's last words head a column of word notes: :func:`note_tail`, or the whole
    line (``비고``, ``비 고``: a head a dump printed a cell a line)."""
    toks = line.split()
    if (
        toks
        and (len(toks) == 1 or all(len(w) == 1 for w in toks))
        and classify_column("".join(toks))["kind"] == "note"
    ):
        return len(toks)
    return note_tail(toks)


def note_tail(toks: list[str]) -> int:
    """How many of a head line's last words head a column of word notes (``비고``, or ``비 고``: a
    spaced head's syllables a word each); 0 when they head none."""
    for k in range(min(len(toks) - 1, 4), 0, -1):
        tail = toks[-k:]
        if (k == 1 or all(len(w) == 1 for w in tail)) and classify_column("".join(tail))["kind"] == "note":
            return k
    return 0


def note_words(toks: list[str]) -> int:
    """:func:`note_tail`, or every word of a head line that is the notes' head alone (``비고`` on a line
    of its own: a head printed a cell a line)."""
    whole = (
        0 < len(toks) <= 4
        and (len(toks) == 1 or all(len(w) == 1 for w in toks))
        and classify_column("".join(toks))["kind"] == "note"
    )
    return len(toks) if whole else note_tail(toks)


_PERCENT = re.compile(r"\d{1,3}(?:\.\d+)?[%％]")


def shares_text(rest: list[str]) -> bool:
    """Whether a row's last words tell the sources' shares as text (``국비 50% · 도비 15% · 군비 35%``): every
    figure among them a percent (a share, never an amount) beside a source's word, one at least, the rest
    words or separators."""
    percents = [t for t in rest if _PERCENT.fullmatch(t.strip(",·ㆍ/"))]
    return (
        bool(percents)
        and any(funding_source(t) is not None for t in rest)
        and all(t in percents or not any(c.isdigit() for c in t) for t in rest)
    )


def shares_piece(toks: list[str]) -> bool:
    """Whether a line is a piece of a shares-as-text cell wrapped past its row (``58% · 군비 7%``, ``37%``): only
    percents, sources' words (no total's) and separators, a percent or a source among them."""
    shares = [
        t for t in toks if _PERCENT.fullmatch(t.strip(",·ㆍ/")) or funding_source(t) not in (None, "total")
    ]
    return bool(shares) and all(t in shares or t.strip(",·ㆍ/") == "" for t in toks)


def without_row_note(toks: list[str], n: int) -> list[str]:
    """A period row of a transposed table with a note column, its note taken off: after the period
    label (one token or two) and ``n`` amounts, words none of which is an amount, or one dash, or the
    sources' shares told as text (:func:`shares_text`); the row as it is otherwise."""
    for k in (1, 2):
        amounts, rest = toks[k : k + n], toks[k + n :]
        if (
            len(amounts) == n
            and all(is_amount_cell(t) for t in amounts)
            and rest
            and (
                (len(rest) == 1 and rest[0] in DASHES)
                or not any(is_amount_cell(t) or any(c.isdigit() for c in t) for t in rest)
                or shares_text(rest)
            )
        ):
            return toks[: k + n]
    return toks


def printed_with_blanks(
    rows: list[FundingRow], lines: list[Line], width: int | None = None
) -> dict[str, list[str]]:
    """The unread rows' printed tokens by label, each blank cell a dump's wider gap left as ``""``; under a
    head naming a note column (``width``: the cells a row prints before it), a row's note after its
    ``width`` cells taken off (:func:`before_note`)."""
    by_label = {
        d[0]: (ln.printed or ln.full_text, d[1:], ln.printed is not None)
        for ln in lines
        if isinstance(ln, Line) and (d := data_row(ln.full_text))
    }
    first = next((k for k, ln in enumerate(lines) if isinstance(ln, Line) and data_row(ln.full_text)), 0)
    note = width is not None and any(isinstance(ln, Line) and note_head(ln.full_text) for ln in lines[:first])
    # a row nulled with no tokens kept (its cells dealt short of the head): its line's tokens
    # (a dump padding its lines, or a note column last whose blank cell the closing space is: no blank amounts)
    pads = note or not unpadded(lines)
    printed = {
        r["label"]: with_closing_blanks(
            _printed(*by_label[r["label"]], r.get("amounts_raw"), width),
            by_label[r["label"]][0].rstrip("\n"),
            width,
            pads,
        )
        for r in rows
        if r["label"] in by_label and (r.get("amounts_raw") or all(v is None for v in r["amounts_krw"]))
    }
    return {k: before_note(v, width) for k, v in printed.items()} if note and width else printed


def note_headed(lines: list[Line]) -> bool:
    """Whether the head over a dump table's first data row names a note column (비고): a row's last token may be
    that column's cell (a dash for no note) rather than an amount's."""
    first = next((k for k, ln in enumerate(lines) if isinstance(ln, Line) and data_row(ln.full_text)), 0)
    return any(isinstance(ln, Line) and note_head(ln.full_text) for ln in lines[:first])


def _digits_of(token: str) -> str:
    """A token's leading figure without its thousands commas (``1,024백만원`` -> ``1024``); the token where it opens
    with no digit."""
    m = re.match(r"[\d,.]+", token)
    return m.group(0).replace(",", "") if m else token


def _as_printed(raw: list[str] | None, tokens: list[str]) -> list[str]:
    """A row's kept figures where each is a token of its line (``tokens``), else the line's tokens (figures
    written anew, ``3,892,429`` for ``3892429``, some cells left off: no gap of the line is theirs)."""
    if not raw:
        return tokens
    plain = [t.replace(",", "") for t in raw]
    bare = {
        _digits_of(t) for t in tokens
    }  # (a token printed with its unit glued, ``1024백만원``, is its figure)
    anew = (
        plain != raw
        and all(t in tokens or t in bare or t in DASHES for t in plain)
        and len(tokens) >= len(raw)
    )
    return tokens if anew else raw


def _printed(
    text: str, tokens: list[str], kept_gaps: bool, raw: list[str] | None, width: int | None
) -> list[str]:
    """A row's printed cells, its blank cells as ``""``: its kept figures (:func:`_as_printed`; the line's tokens
    only where its cells, a gap a blank each, are no more than the head's ``width``) with the gaps of its line; or the line's own tokens with their gaps where the kept figures are its first tokens and the
    line's cells, a gap a blank cell, are as many as the head's (``width``: :func:`_cut_short`; ``kept_gaps``: the
    reader kept the line as printed, its space runs, so a change's minus ``△73`` written anew ``-73`` matches)."""
    kept = _as_printed(raw, tokens)
    if raw and width and kept is tokens and len(with_blanks(text, tokens)) > width:
        # the line's cells (a gap a blank each) outnumber the head's: the kept figures are the reader's pick
        # among them (the plan figures of a 계획 | 확보 head, mutant 4238 txt), no line written anew
        kept = raw
    if raw and width and kept is raw and _cut_short(raw, tokens, kept_gaps):
        whole = with_blanks(text, tokens, width)
        if len(whole) == width and len(with_blanks(text, raw, width)) != width:
            return whole
    return with_blanks(text, kept)


def _cut_short(raw: list[str], tokens: list[str], signs: bool = False) -> bool:
    """Whether a row's kept figures are its line's first tokens, the same figures (``100`` for ``100.0``), the line
    maybe printing more after them (mutant 3864, a dump: derived cells after the periods, 집행률 | 증감액, and blank
    cells its gaps show; the row kept as many figures as the columns, written anew: the gaps no longer found).
    The line's tokens stand for them. ``signs``: a minus printed ``△`` as well (a line as printed)."""
    firsts = [_signed(t, signs) for t in tokens[: len(raw)]]
    return len(tokens) >= len(raw) and all(
        f is not None and f == _signed(r, signs) for f, r in zip(firsts, raw, strict=True)
    )


def _signed(token: str, signs: bool = False) -> int | float | None:
    """A figure token's number (:func:`parse_number`), a minus before it kept (``-1,200``, ``△1,200``: a 증감액)."""
    minus = token[:1] in (SIGNS if signs else "-")  # (``△73`` as well: one figure, written anew ``-73``)
    n = parse_number(token[1:] if minus else token)
    return None if n is None else -n if minus else n


def before_note(cells: list[str], width: int) -> list[str]:
    """A row's cells (blank ones ``""``) under a head naming a note column last: its first ``width`` cells
    where the rest is the note (words, none a figure, or one dash: ``3,555  1,122 -``); as they are otherwise."""
    rest = cells[width:]
    if len(cells) <= width or not any(cells[:width]):
        return cells
    if (len(rest) == 1 and rest[0] in DASHES) or all(
        c and not is_amount_cell(c) and not any(ch.isdigit() for ch in c) for c in rest
    ):
        return cells[:width]
    return cells


def is_data_row(text: str) -> bool:
    """A line holding a funding source label and its amounts (``국 비 236 0 75``)."""
    return data_row(text) is not None


def run_together_row(text: str) -> list[str] | None:
    """The source labels of a line printing two or more rows' labels run together before their
    amounts (``시비 구비 866,260,684 ...``), else None."""
    printed = printed_row(text)
    return run_labels(printed[0]) if printed else None
