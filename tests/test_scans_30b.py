"""Scanned cards (session 30, second helper):

- a heading glyph Tesseract has no symbol for (``◈``) read as punctuation no line opens with (``&《 |. 사업 개요``,
  ``*& 1 . 연차별 재원 투자계획``, ``& . 기대 효과``): no line had the card's heading shape, every section but one was
  lost (dasi-county 101 scan 0.178). Such a first word before a numbering is now a lost glyph (U+FFFD), the number
  and its stop read apart joined, a stop alone dropped (:mod:`pledgecard.extract.readers.ocr_lost_glyphs`); the
  lost glyph is no bullet a syllable is put back as (``ocr_bullets``): 0.178 -> 0.683, no figure wrong.
- an open table a page break cuts on pages OCR reads: each page was read alone, so the rows over the next page's
  first rule could not go on the cut table as on a vector page. A page read now hands its lowest cut open table's
  column edges to the next (``ocr_open_rules.cut_columns``, ``carried``); carried rows keep their own columns where
  they show more than the cut head (its years OCR read run together). noeul-city 48015 scan: its funding rows go on
  the head (null where its years ran together, the printed text kept), 0.517 -> 0.517, no figure wrong.
- a heading between two open tables whose words OCR boxes by their ink (about two thirds of a character apart, cut
  into pieces like cells): the goal and outreach tables read as one grid across ``□ 시민소통 실적``. One line of
  words no character apart, flush left and short of the rule's middle, ends the table
  (``pdf_open_rules._heading_line``): noeul-city 48015 scan 0.517 -> 0.579, no figure wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conftest import family_card

# --- a heading glyph read as punctuation ------------------------------------------------------------------------


@dataclass
class _Word:
    spaced: bool
    symbols: list[tuple[str, float, Any]] = field(default_factory=list)


def _words(text: str) -> list[_Word]:
    """``text``'s words as Tesseract hands them: each letter a symbol with its box, a blank before all but the first."""
    out = []
    x = 0.0
    for k, w in enumerate(text.split()):
        out.append(
            _Word(
                spaced=k > 0,
                symbols=[(ch, 95.0, (x + i * 10, 0.0, x + i * 10 + 9, 10.0)) for i, ch in enumerate(w)],
            )
        )
        x += 10 * len(w) + 5
    return out


def _read(text: str) -> tuple[bool, str]:
    from pledgecard.extract.readers.ocr_lost_glyphs import restore_lost_glyph

    words = _words(text)
    done = restore_lost_glyph(words)
    return done, " ".join("".join(t for t, _, _ in w.symbols) for w in words)


def test_punctuation_before_a_numbering_is_a_lost_heading_glyph() -> None:
    assert _read("&《 |. 사업 개요") == (True, "\ufffd |. 사업 개요")
    assert _read("*$ 11. 추진 실적") == (True, "\ufffd 11. 추진 실적")
    assert _read("*& 1 . 연차별 재원 투자계획") == (
        True,
        "\ufffd 1. 연차별 재원 투자계획",
    )  # number and stop joined
    assert _read("& . 기대 효과") == (True, "\ufffd 기대 효과")  # a stop alone: its number unread, dropped


def test_marks_a_line_opens_with_stay_as_read() -> None:
    assert _read("* 1. 참여기업 7개")[0] is False  # a note mark
    assert _read("- 1,234 천원 집행")[0] is False  # a dash bullet before a figure
    assert _read("(> 주요내용 설명")[0] is False  # a bullet read as two marks, before no numbering
    assert _read("& 청년 일자리")[0] is False  # before a title, no numbering
    assert _read("' 26. 1월 착공")[0] is False  # a year's apostrophe


def test_a_lost_glyph_is_no_bullet_for_a_syllable() -> None:
    from pledgecard.extract.readers.ocr_bullets import settle_bullets

    def line(text: str, x0: float, top: float) -> list[dict]:
        return [
            {"text": t, "x0": x0 + k * 10, "x1": x0 + (k + 1) * 10, "top": top, "bottom": top + 10.0}
            for k, t in enumerate(text)
        ]

    chars = [
        *line("\ufffd 1. 향후 추진계획", 50.0, 100.0),
        *line("\ufffd 2. 기대효과", 50.0, 120.0),
        *line("닐 창업보육센터 착공", 50.0, 140.0),
    ]
    settle_bullets([chars])
    assert "".join(c["text"] for c in chars[-11:]).startswith("닐 창업")


def test_dasi_county_101_scanned_reads_its_sections(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, "dasi-county", 101, "scan")
    [got] = extract_file(path)
    assert wrong_figure_count(exp, got) == 0
    assert got["achievements"] and got["plans"] and got["effects"] and got["funding"] is not None
    assert score_record(exp, got).score() >= 0.65  # (sections lost: 0.178)


# --- an open table a page break cuts, on pages OCR reads ---------------------------------------------------------
# (noeul-city 48015 scan: its funding table's head at page 1's foot, its four rows over page 2's closing rule)


def test_a_page_gives_the_column_edges_of_its_open_table_the_break_cut() -> None:
    from test_blind_family_noeul import COLS, _row, _rule

    from pledgecard.extract.readers.ocr_open_rules import cut_columns
    from pledgecard.extract.readers.pdf_open_tables import open_grids

    joints = COLS[1:3]
    head = open_grids(_rule(340) + _rule(370, cut=joints), _row(["구분", "2024년", "2025년"], 350), [], 400.0)
    assert cut_columns(head) == list(COLS)  # a head alone at the page's foot
    whole = open_grids(
        _rule(40) + _rule(70, cut=joints) + _rule(110, cut=joints),
        _row(["구분", "2024년", "2025년"], 50) + _row(["국비", "1,200", "300"], 80),
        [],
        400.0,
    )
    assert whole and cut_columns(whole) is None  # closed by its rule: nothing goes on


def test_rows_carried_over_keep_their_own_columns_where_the_cut_head_ran_them_together() -> None:
    from test_blind_family_noeul import COLS, _row, _rule

    from pledgecard.extract.readers.pdf_open_tables import open_grids
    from pledgecard.extract.readers.pdf_table_build import build_table

    rows = _row(["국비", "1,200", "300"], 24) + _row(["도비", "450", "-"], 44)
    edges = _rule(62, cut=COLS[1:3])
    [fewer] = open_grids(
        edges, rows, [], 400.0, [COLS[0], COLS[1], COLS[3]]
    )  # the head's years read as one cell
    assert fewer.cut_above and len(build_table(2, fewer).xs) == 4  # the rows' three columns
    [same] = open_grids(edges, rows, [], 400.0, list(COLS))
    assert build_table(2, same).xs == list(COLS)  # as many: the cut table's own edges


# --- a heading between two open tables, its words as OCR boxes them ---------------------------------------------


def test_a_heading_line_between_two_ruled_blocks_ends_the_table() -> None:
    from test_blind_family_noeul import COLS, SIZE, _row, _rule, _text

    from pledgecard.extract.readers.pdf_open_tables import open_grids

    joints = COLS[1:3]
    x = COLS[0] + 2.0
    heading = []
    for word in ("□", "시민소통", "실적"):  # each word its ink's box, two thirds of a character apart
        heading += _text(word, x, 66.0)
        x = heading[-1]["x1"] + 0.7 * SIZE
    edges = (
        _rule(20)
        + _rule(40, cut=joints)
        + _rule(60, cut=joints)
        + _rule(84)
        + _rule(104, cut=joints)
        + _rule(124, cut=joints)
    )
    chars = (
        _row(["연도", "목표", "실적"], 24)
        + _row(["2024", "5.0km", "-"], 44)
        + heading
        + _row(["계", "기타", "언론"], 88)
        + _row(["3회", "1", "2"], 108)
    )
    grids = open_grids(edges, chars, [], 400.0)
    assert len(grids) == 2  # (one grid across the heading before)
    assert all(not (g.bbox[1] < 70.0 < g.bbox[3]) for g in grids)


def test_noeul_city_48015_scanned_reads_its_goal_table_apart_from_the_outreach(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, "noeul-city", 48015, "scan")
    [got] = extract_file(path)
    assert wrong_figure_count(exp, got) == 0
    assert {g["year"] for g in got["goals"]} == {g["year"] for g in exp["goals"]}
    assert score_record(exp, got).score() >= 0.55  # (goals and outreach one grid: 0.517)
