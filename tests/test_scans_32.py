"""Scanned cards of families never scanned before (session 32), each read by OCR at test time:

- a heading's glyph (``▪``) read as a note's mark outside ASCII, alone or with a speck read as a lone jamo
  (``※ 1. 사업개요``, ``※ ㅎ 3. 추진실적``): every heading was a note and the achievements went unread
  (gyeoul-county 70005 scan 0.326 -> 0.752). A note's mark counts as the one mark a heading's glyph is misread as
  (``ocr_lost_glyphs``), the jamo dropped with it, where the title names a section.
- a heading numbered by a Latin capital (``A.``, ``C-1.``) that the Korean model read as a mark (``^.``, ``(.``,
  ``(-1.``, ``『.``): no heading, the achievements and plans unread (maeul-county 43019 scan 0.249 -> 0.686). The
  mark's glyph is read again by the Latin model allowed capitals alone (``ocr_lettered``, ``ocr.read_capital``).
- a revision's arrow read as a middle dot (``공정률47% ㆍ 60%``, ``미착수 ㆍ일부추진``): the earlier target taken,
  one wrong figure, the status both words (gochim-county 80005 scan 0.750 -> 0.807, 1 -> 0 wrong). A dot whose ink
  is a long stroke ending in a taller head is the arrow (``ocr_arrows``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from conftest import family_card_read, ocr_words


@dataclass
class _Word:
    spaced: bool
    symbols: list[tuple[str, float, Any]] = field(default_factory=list)


def _joined(words: list[_Word]) -> str:
    return " ".join("".join(t for t, _, _ in w.symbols) for w in words)


def _glyph_restored(text: str) -> tuple[bool, str]:
    from pledgecard.extract.readers.ocr_lost_glyphs import restore_lost_glyph

    words = ocr_words(text)
    done = restore_lost_glyph(words)  # type: ignore[arg-type]
    return done, _joined(words)


# --- a heading glyph read as a note's mark -------------------------------------------------------------------------


def test_a_note_mark_before_a_numbered_section_title_is_a_lost_heading_glyph() -> None:
    assert _glyph_restored("※ 1. 사업개요") == (True, "\ufffd 1. 사업개요")
    assert _glyph_restored("※ ㅎ 3. 추진실적") == (
        True,
        "\ufffd 3. 추진실적",
    )  # a speck read as a jamo goes too
    assert _glyph_restored("※ 6. 기대효과") == (True, "\ufffd 6. 기대효과")


def test_a_note_stays_a_note() -> None:
    assert _glyph_restored("※ 참여기업 10개, 참여자 213명")[0] is False  # no numbering
    assert _glyph_restored("※ 1. 참여기업 7개")[0] is False  # numbered, naming no section
    assert _glyph_restored("ㅇ ㅎ 3. 추진실적")[0] is False  # a bullet glyph is read as printed: no mark
    assert _glyph_restored("※ 가 3. 추진실적")[0] is False  # a syllable is a word, no speck


# --- a heading's Latin capital read as a mark -------------------------------------------------------------------


def test_a_mark_before_a_numbering_stop_is_a_letter_to_read_again() -> None:
    from pledgecard.extract.readers.ocr_lettered import lettered_glyph, put_letter

    for text in [
        "(. 추진실적",
        "^. 사업개요",
        "『. 향후 추진계획",
        "(-1. 기 추진실적 (2022년 4/4분기 기준)",
        "(-2.2023-03-31 기준",
    ]:
        words = ocr_words(text)
        box = lettered_glyph(words)  # type: ignore[arg-type]
        assert box is not None and box[0] == 0 and box[2] >= 9, text  # the mark's glyph, with a margin
        put_letter(words, "C")  # type: ignore[arg-type]
        assert _joined(words)[0] == "C" and _joined(words)[1:] == text[1:]
    for text in [
        "○ 관광 성과평가",
        "1. 사업개요",
        "ㅁ. 연도별 목표",
        "... 이하 생략",
        "- 체험관 운영",
        "(주)늘품 협약",
        "'24. 3월 착공",
        "※ 참여기관 : 마을관광재단",
        "(.",
    ]:
        assert lettered_glyph(ocr_words(text)) is None, text  # type: ignore[arg-type]


def test_a_capital_is_read_by_the_latin_model_and_a_mark_is_not() -> None:
    import cv2

    from pledgecard.extract.readers.ocr import engines, read_capital

    def glyph(draw: str) -> np.ndarray:
        img = np.full((80, 70), 255, dtype=np.uint8)
        if draw == "circle":
            cv2.circle(img, (35, 40), 4, 0, -1)
        else:
            cv2.putText(img, draw, (15, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3)
        return img

    with engines() as api:
        assert read_capital(api, glyph("C"), 300) == "C"
        assert read_capital(api, glyph("F"), 300) == "F"
        assert read_capital(api, glyph("circle"), 300) is None  # a dot is no capital read surely


# --- a revision's arrow read as a dot -------------------------------------------------------------------------------


def _ink(draw: str) -> np.ndarray:
    import cv2

    img = np.full((60, 120), 255, dtype=np.uint8)
    if draw == "arrow":
        cv2.line(img, (20, 30), (58, 30), 0, 1)
        cv2.fillPoly(img, [np.array([(50, 22), (62, 30), (50, 38)])], 0)
    elif draw == "dash":
        cv2.line(img, (20, 30), (60, 30), 0, 3)
    else:
        cv2.circle(img, (56, 30), 4, 0, -1)
    return img < 192


def test_a_dot_whose_ink_is_a_stroke_with_a_head_is_an_arrow() -> None:
    from pledgecard.extract.readers.ocr_arrows import restore_arrows

    def read(draw: str, text: str = "ㆍ") -> str:
        words = [
            _Word(spaced=False, symbols=[("4", 95.0, (0.0, 22.0, 10.0, 38.0))]),
            _Word(spaced=True, symbols=[(text, 95.0, (50.0, 22.0, 62.0, 38.0))]),
        ]
        restore_arrows(words, _ink(draw), (0, 0))  # type: ignore[arg-type]
        return words[1].symbols[0][0]

    assert read("arrow") == "→"
    assert read("arrow", "·") == "→"
    assert read("dot") == "ㆍ"  # round: a dot
    assert read("dash") == "ㆍ"  # no head: as read
    assert read("arrow", "-") == "→"  # read as a dash: its head tells the arrow (session 36, test_scans_36)
    assert read("dash", "-") == "-"  # a dash: as read


# --- the cards ----------------------------------------------------------------------------------------------------


def test_gyeoul_county_70005_scanned_reads_its_headings_glyph_read_as_a_note_mark(tmp_path: Path) -> None:
    """Also its ticked status box (tests/test_scans_32b.py's checkbox shapes: 정상추진 ㅁ 일부추진 를 부진 ㅁ 완료)."""
    exp, got, score, wrong = family_card_read(tmp_path, "gyeoul-county", 70005, "scan")
    assert wrong == 0
    assert len(got["achievements"]) >= len(exp["achievements"]) // 2  # (none: every heading a note; 8 of 11)
    assert got["header"]["status"] == exp["header"]["status"]  # (the ticked box: 0.752 -> 0.760)
    assert score >= 0.755  # (0.326)


def test_maeul_county_43019_scanned_reads_its_lettered_headings(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "maeul-county", 43019, "scan")
    assert wrong == 0
    assert len(got["achievements"]) >= len(exp["achievements"]) - 4  # (none: C. 추진실적 read as ``(.``)
    assert got["plans"]  # (F. 향후 추진계획 read as ``『.``)
    assert score >= 0.65  # (0.249)


def test_gochim_county_80005_scanned_reads_the_value_an_arrow_points_at(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "gochim-county", 80005, "scan")
    assert wrong == 0  # (a goal's earlier target, 47 for 60)
    assert got["header"]["status"] == exp["header"]["status"]  # (미착수 ㆍ일부추진)
    assert [g["target_value"] for g in got["goals"]] == [g["target_value"] for g in exp["goals"]]
    assert score >= 0.78  # (0.750)


# --- a status struck through beside the one in force ---------------------------------------------------------------


def test_a_cell_read_again_without_its_strike_keeps_the_rest_as_read() -> None:
    from pledgecard.extract.readers.ocr_struck import struck_part_only

    def under(text: str, a: int, b: int) -> list[bool]:  # the characters a strike blanked: a..b
        return [a <= k < b for k in range(len(text))]

    assert struck_part_only(
        "마착수추진중(정상)", "추진중(정상)", under("마착수추진중(정상)", 0, 3)
    )  # the struck word cut out
    assert struck_part_only("가나다라", "가라", under("가나다라", 1, 3))  # a run amid the words
    assert not struck_part_only(
        "으부추즈폐기", "-", under("으부추즈폐기", 0, 4)
    )  # what is kept was not read before
    assert not struck_part_only(
        "석윤성", "석윤성", under("석윤성", 0, 3)
    )  # nothing cut: a strike found through no word
    assert not struck_part_only("추진중정상", "추진증", under("추진중정상", 3, 5))  # a word changed, not cut
    assert not struck_part_only("부진", "", under("부진", 0, 2))


def test_dasi_county_87004_scanned_reads_the_status_in_force(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "dasi-county", 87004, "scan")
    assert wrong == 0
    assert (
        got["header"]["status"] == exp["header"]["status"]
    )  # (마착수 추진중(정상): the struck 미착수 with it)
    assert score >= 0.67  # (0.672)
