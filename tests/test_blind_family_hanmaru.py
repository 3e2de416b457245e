"""The template family designed blind in session 24 (samples/families.py: ``hanmaru-county``, a 군 card kept in an
older HWP house style, typed in the IME's fullwidth mode in places) and the structures it brought in:

- figures typed in fullwidth mode, the thousands comma too (``１，２５０``, ``５，０３９，９４４千원（국비　...）``):
  read as their ASCII forms one character for one at the money parser (``normalize.money``: cells, amounts,
  the budget, the unit line ``（단위：千원）``), never by NFKC over the text (NFKC makes ``①`` ``1`` and ``㈜``
  ``(주)``); the budget's ``raw`` stays as printed;
- Hanja numerals in money units (``千원``, ``百萬원``, ``億원``) and total words (``計``, ``合計``, ``小計``): vocabulary;
- a line broken inside a fullwidth figure's group (``군비　１２０，２３`` / ``３）``: the digits make the group three):
  glued without a space (``textjoin.glue``),
  and in a PDF a line is full when the next line's first word would not have fit after it (a closing bracket
  may not open a line, so a fullwidth line stops up to two ems short of the edge: ``pdf_lines.continues``).

Blind figures (the extractor unchanged, the committed files 85001-85002): PDF 0.870, HWPX 0.870, HWP 0.870, txt
0.867, 28 wrong of 74 in every format (千원 read as won, ``１，２５０`` read as 1, the 計 and 국비 rows unread).
After: 1.000 in every format, 0 wrong; unseen 85003-85009, 85011, 85013 (nine cards): 1.000 in every format, 0 wrong
of 323.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.readers.pdf_lines import Line, continues
from pledgecard.extract.textjoin import glue, wraps_fullwidth
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.money import (
    cell_figure,
    find_unit,
    funding_source,
    parse_amount,
    parse_budget,
    unit_multiplier,
)
from pledgecard.normalize.text import fold_fullwidth
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "hanmaru-county"

_WIDE = {
    **{str(d): chr(0xFF10 + d) for d in range(10)},
    ",": "\uff0c",
    ".": "\uff0e",
    "(": "\uff08",
    ")": "\uff09",
    ":": "\uff1a",
    "~": "\uff5e",
    " ": "\u3000",
}


def _typed(text: str, mask: list[bool]) -> str:
    """``text`` with the characters ``mask`` marks typed in fullwidth mode (a document carried across years
    mixes the two widths, even inside one figure)."""
    return "".join(_WIDE.get(ch, ch) if mask[i % len(mask)] else ch for i, ch in enumerate(text))


def test_a_fullwidth_figure_reads_whole_never_cut_at_its_comma() -> None:
    assert cell_figure("１，２５０") == Decimal(1250)
    assert cell_figure("５，０３９，９４４") == Decimal(5039944)
    assert cell_figure("１,２００") == Decimal(1200)  # digits fullwidth, the comma not
    assert cell_figure("１２，３４") is None  # a comma grouping no thousands is no figure, as in ASCII
    assert parse_amount("１，２５０", 1000) == 1_250_000
    assert parse_amount("（１，２３４）") == 1234


def test_hanja_units_and_total_words_are_vocabulary() -> None:
    assert (unit_multiplier("千원"), unit_multiplier("百萬원"), unit_multiplier("億원")) == (
        10**3,
        10**6,
        10**8,
    )
    assert find_unit("（단위：千원）") == "千원"
    assert find_unit("(단위 : 百萬원)") == "百萬원"
    assert parse_amount("3億원") == 300_000_000
    assert [funding_source(w) for w in ("計", "合計", "小計", "국　비")] == [
        "total",
        "total",
        "total",
        "national",
    ]


def test_a_fullwidth_budget_reads_its_parts_and_keeps_its_raw() -> None:
    raw = "５，０３９，９４４千원（국비　２，０１４，９４１，　도비　１，６６０，０４１，　군비　１，３６４，９６２）"
    b = parse_budget(raw)
    assert b["raw"] == raw.replace("\u3000", " ")  # as printed (its spaces folded, as every text's)
    assert (b["unit"], b["total_krw"]) == ("千원", 5_039_944_000)
    assert [(p["source"], p["amount_krw"]) for p in b["parts"]] == [
        ("national", 2_014_941_000),
        ("provincial", 1_660_041_000),
        ("municipal", 1_364_962_000),
    ]


def test_only_fullwidth_ascii_folds_never_the_other_compatibility_forms() -> None:
    # NFKC would make ① 1, ㈜ (주), Ⅰ I, ㎞ km: bullets, names and units a card prints must stay
    for text in ("①", "㈜세움랩스", "Ⅰ．사업개요", "㎞", "千원", "국ㆍ도비"):
        assert fold_fullwidth(text) == text.replace("．", ".")
    assert fold_fullwidth("２０２４．　９．") == "2024.\u3000" + "9."  # one character for one: spans stay


@settings(deadline=None)  # no wall-clock limit: the first call builds the vocabulary's patterns
@given(st.integers(0, 10**12), st.lists(st.booleans(), min_size=1, max_size=7))
def test_money_reads_alike_in_fullwidth_and_ascii(n: int, mask: list[bool]) -> None:
    text = f"{n:,}"
    assert cell_figure(_typed(text, mask)) == cell_figure(text) == Decimal(n)
    assert parse_amount(_typed(text, mask), 1000) == parse_amount(text, 1000) == n * 1000
    budget = f"{n:,}千원(국비 {n // 2:,}, 도비 {n - n // 2:,})"
    typed = parse_budget(_typed(budget, mask))
    assert typed["total_krw"] == parse_budget(budget)["total_krw"] == n * 1000
    assert [p["amount_krw"] for p in typed["parts"]] == [n // 2 * 1000, (n - n // 2) * 1000]


@settings(deadline=None)
@given(st.integers(2000, 2030), st.integers(1, 12), st.lists(st.booleans(), min_size=1, max_size=5))
def test_dates_read_alike_in_fullwidth_and_ascii(y: int, m: int, mask: list[bool]) -> None:
    for raw in (f"{y}. {m}.", f"{y}.{m}.", f"{y}. {m}. ~ {y + 1}. {m}."):
        assert parse_date(_typed(raw, mask))["label"] == parse_date(raw)["label"] is not None


def test_a_line_broken_inside_a_fullwidth_run_glues_without_a_space() -> None:
    assert glue("군비　１２０，２３", "３）") == "군비　１２０，２３３）"
    # a break right after the comma proves nothing (a list's 12, / 345, its space lost with the line's end): a space
    assert not wraps_fullwidth("（국비　２５４，", "１４９）") and not wraps_fullwidth(
        "인원 １２，", "３４５명"
    )
    # a date's part may end at the break (January, then a list's 2.): no date cut
    assert not wraps_fullwidth("기간 ２０２３．　１", "２．～")
    assert glue("２，５８１，６", "７７，　도비") == "２，５８１，６７７，　도비"
    # no group left unfinished: two whole figures (adjacent cells of a layout dump), a date's parts, a break at a
    # space, a half-width right half: a space as before
    assert (
        not wraps_fullwidth("１１,８０８", "３,００４")
        and glue("１１,８０８", "３,００４") == "１１,８０８ ３,００４"
    )
    assert not wraps_fullwidth("２０２４．", "３．")
    assert not wraps_fullwidth("국비", "２５４") and glue("국비", "２５４") == "국비 ２５４"
    assert not wraps_fullwidth("１２０，２３", "3)")
    assert not wraps_fullwidth("１２０，２３", "３４５")  # four digits would make no group of three
    # a date so typed broken inside its year: a date runs across the break only glued
    assert (
        glue("개최 : ２０２０． ８． ～ ２０２", "０． ９．") == "개최 : ２０２０． ８． ～ ２０２０． ９．"
    )


def _line(text: str, x0: float, x1: float, top: float, marker: str | None = None) -> Line:
    return Line(
        text=text,
        marker=marker,
        x0=x0,
        top=top,
        x1=x1,
        bottom=top + 10.5,
        text_x0=x0 + 13 if marker else x0,
        size=10.5,
        page=1,
        last_top=top,
        last_bottom=top + 10.5,
        last_x1=x1,
        raw=text,
    )


def test_a_pdf_line_stopping_short_of_the_edge_is_full_when_the_next_word_would_not_fit() -> None:
    right = 544.0
    prev = _line(
        "총사업비 : ２８９，６８７千원（국비 ５０，４００， 군비 １２０，２３",
        51.0,
        527.0,
        100.0,
        marker="ㅇ",
    )
    nxt = _line("３）", 51.0, 72.0, 115.75)
    assert continues(prev, nxt, right, pitch=5.25)  # ３） (21 pt) would not fit in the 17 pt left
    short = _line("ㄱ", 51.0, 61.5, 115.75)  # a one-syllable word would have fit: the line ended there
    assert not continues(prev, short, right, pitch=5.25)


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "hanmaru-county-*-*.*"):
        assert len(got) == len(exp) == 1
        e, g = exp[0], got[0]
        assert g["funding"] == e["funding"], path.name
        assert g["overview"]["budget"]["parts"] == e["overview"]["budget"]["parts"], path.name
        assert score_record(e, g).score() >= 0.999, path.name


def test_the_committed_cards_mix_the_two_widths() -> None:
    for path in FAMILY.glob("*-txt.txt"):
        text = path.read_text(encoding="utf-8")
        assert "\uff0c" in text and "," in text and "\u3000" in text and "千원" in text and "計" in text, (
            path.name
        )
