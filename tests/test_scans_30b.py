"""Scanned cards (session 30, second helper):

- a heading glyph Tesseract has no symbol for (``◈``) read as punctuation no line opens with (``&《 |. 사업 개요``,
  ``*& 1 . 연차별 재원 투자계획``, ``& . 기대 효과``): no line had the card's heading shape, every section but one was
  lost (dasi-county 101 scan 0.178). Such a first word before a numbering is now a lost glyph (U+FFFD), the number
  and its stop read apart joined, a stop alone dropped (:mod:`pledgecard.extract.readers.ocr_lost_glyphs`); the
  lost glyph is no bullet a syllable is put back as (``ocr_bullets``): 0.178 -> 0.683, no figure wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


def _card(tmp_path: Path, family: str, seed: int, fmt: str, **style: object) -> tuple[Path, dict]:
    """``family``'s card ``seed`` rendered as ``fmt`` (``style`` over the family's), and its expected record."""
    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME[family]
    path = write_file(tmp_path, f"{family}-{seed}", fmt, family_records(fam, seed), replace(fam.style, **style))
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


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
        out.append(_Word(spaced=k > 0, symbols=[(ch, 95.0, (x + i * 10, 0.0, x + i * 10 + 9, 10.0))
                                                for i, ch in enumerate(w)]))
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
    assert _read("*& 1 . 연차별 재원 투자계획") == (True, "\ufffd 1. 연차별 재원 투자계획")  # number and stop joined
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
        return [{"text": t, "x0": x0 + k * 10, "x1": x0 + (k + 1) * 10, "top": top, "bottom": top + 10.0}
                for k, t in enumerate(text)]

    chars = [*line("\ufffd 1. 향후 추진계획", 50.0, 100.0), *line("\ufffd 2. 기대효과", 50.0, 120.0),
             *line("닐 창업보육센터 착공", 50.0, 140.0)]
    settle_bullets([chars])
    assert "".join(c["text"] for c in chars[-11:]).startswith("닐 창업")


def test_dasi_county_101_scanned_reads_its_sections(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = _card(tmp_path, "dasi-county", 101, "scan")
    [got] = extract_file(path)
    assert wrong_figure_count(exp, got) == 0
    assert got["achievements"] and got["plans"] and got["effects"] and got["funding"] is not None
    assert score_record(exp, got).score() >= 0.65  # (sections lost: 0.178)
