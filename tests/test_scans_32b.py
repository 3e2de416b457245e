"""Scanned cards, session 32's second scan helper, each read by OCR at test time:

- a form's status checkboxes read as letters (``정상추진 ㅁ 일부추진 를 부진 ㅁ 완료``, the first box dropped): the
  header's status the whole row (gyeoul-county 70005 scan 0.752 -> 0.760, status ``부진``). A lone glyph between
  words, as wide as tall and inked round its edges, is a box; of two or more, the one whose middle alone is inked
  is the ticked one where filled (``ocr_checkboxes``).
- a heading's Roman numeral read as strokes (``ㅁ |! . 사업개요``, ``ㅁ |. 연차별 재원 투자계획``, ``ㅁ \\ . 향후 추진계획``):
  no heading, the funding table left in the header (baram-county 74005 scan 0.655 -> 0.887, funding read). The
  strokes' ink, from the heading glyph to the title, is read again by the Latin model allowed I, V, X (``ocr_roman``).
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


def _row(marks: list[str], reads: list[str]) -> tuple[list[_Word], np.ndarray]:
    """A line ``mark word mark word ...`` drawn: each mark a box (``■`` filled, ``□`` hollow, ``☑`` ticked,
    ``●`` / ``○`` round, ``글`` a letter's strokes), read as ``reads``; and its ink."""
    import cv2

    img = np.full((40, 60 * len(marks) + 40), 255, dtype=np.uint8)
    words: list[_Word] = []
    for k, (mark, read) in enumerate(zip(marks, reads, strict=True)):
        x = 10 + 60 * k
        if mark in "■□☑":
            cv2.rectangle(img, (x, 10), (x + 18, 28), 0, -1 if mark == "■" else 2)
            if mark == "☑":
                cv2.line(img, (x + 4, 18), (x + 8, 24), 0, 2)
                cv2.line(img, (x + 8, 24), (x + 15, 12), 0, 2)
        elif mark in "●○":
            cv2.circle(img, (x + 9, 19), 9, 0, -1 if mark == "●" else 2)
        else:  # a letter: strokes leaving an edge blank
            cv2.line(img, (x, 10), (x + 18, 10), 0, 2)
            cv2.line(img, (x + 9, 10), (x + 9, 28), 0, 2)
        words.append(_Word(spaced=k > 0, symbols=[(read, 90.0, (float(x), 10.0, float(x + 18), 28.0))]))
        cv2.putText(img, "ab", (x + 24, 28), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 0, 2)
        words.append(
            _Word(
                spaced=True,
                symbols=[
                    ("가", 90.0, (float(x + 24), 12.0, float(x + 50), 28.0)),
                    ("나", 90.0, (float(x + 36), 12.0, float(x + 50), 28.0)),
                ],
            )
        )
    return words, img < 192


def _restored(marks: list[str], reads: list[str]) -> str:
    from pledgecard.extract.readers.ocr_checkboxes import restore_checkboxes

    words, ink = _row(marks, reads)
    restore_checkboxes(words, ink, (0, 0))  # type: ignore[arg-type]
    return "".join(w.symbols[0][0] for w in words[::2])


def test_the_one_box_whose_middle_is_inked_is_the_ticked_one() -> None:
    assert _restored(["□", "■", "□"], ["ㅁ", "를", "ㅁ"]) == "□■□"
    assert _restored(["■", "□", "□", "□"], ["를", "ㅁ", "ㅁ", "ㅁ"]) == "■□□□"
    assert _restored(["○", "●", "○"], ["ㅇ", "@", "ㅇ"]) == "□■□"  # round boxes alike
    assert _restored(["○", "●", "○"], ["ㅇ", "@", "0"]) == "□■0"  # a digit's reading kept: a figure is no box


def test_boxes_left_as_read_where_no_one_box_is_told() -> None:
    assert _restored(["□", "□", "□"], ["ㅁ", "ㅁ", "ㅁ"]) == "ㅁㅁㅁ"  # none ticked (the ticked one dropped)
    assert (
        _restored(["□", "☑"], ["ㅁ", "뎌"]) == "ㅁ뎌"
    )  # a check mark inks a middle no more than a syllable does
    assert _restored(["■", "■", "□"], ["를", "를", "ㅁ"]) == "를를ㅁ"  # two ticked: no one option
    assert _restored(["■"], ["를"]) == "를"  # a lone box: a bullet, not a choice
    assert _restored(["글", "글"], ["글", "글"]) == "글글"  # no box at all
    assert _restored(["글", "■"], ["글", "를"]) == "글를"  # a letter's strokes are no box: one box alone


# --- the cards ----------------------------------------------------------------------------------------------------

# gyeoul-county 70005's scan (its ticked status box, 0.752 -> 0.760) is read once, in tests/test_scans_32.py's
# test of its headings (one OCR run for both).


# --- a heading's Roman numeral read as strokes --------------------------------------------------------------------


def test_strokes_before_a_numbering_stop_and_a_title_are_a_numeral_to_read_again() -> None:
    from pledgecard.extract.readers.ocr_roman import put_numeral, roman_glyphs

    for text, k, n in [
        ("ㅁ |! . 사업개요", 1, 2),
        ("ㅁ |. 연차별 재원 투자계획", 1, 1),
        ("ㅁ \\ . 향후 추진계획", 1, 1),
        ("|| . 추진실적", 0, 2),
    ]:
        words = ocr_words(text)
        at = roman_glyphs(words)  # type: ignore[arg-type]
        assert at is not None and at[:2] == (k, n), text
        assert at[2][0] < at[2][2] and at[2][1] < at[2][3]  # a box to read, up to the title
        put_numeral(words, at, "Ⅱ")  # type: ignore[arg-type]
        assert "".join(t for t, _, _ in words[k].symbols).startswith("Ⅱ"), text
    for text in [
        "ㅁ 1. 추진실적",
        "1. 사업개요",
        "| 구분 | 계",
        "ㅁ |! 사업개요",
        "○ 사업기간 : 2023. 1.",
        "ㅁ |. 2024",
    ]:
        assert roman_glyphs(ocr_words(text)) is None, text  # type: ignore[arg-type]


def test_a_roman_number_read_in_latin_capitals_is_its_numeral() -> None:
    from pledgecard.extract.readers.ocr_roman import numeral_of

    assert [numeral_of(t) for t in ["I.", "II", "III.", "IV", "V.", "VI", "IX", "XII"]] == list("ⅠⅡⅢⅣⅤⅥⅨⅫ")
    assert [numeral_of(t) for t in ["", "IIII", "VV", "IC", "."]] == [None] * 5


def test_the_numeral_is_read_without_the_heading_glyph_before_it() -> None:
    import cv2

    from pledgecard.extract.readers.ocr import engines, read_numeral
    from pledgecard.extract.readers.ocr_roman import numeral_crop

    img = np.full((60, 160), 255, dtype=np.uint8)
    cv2.rectangle(img, (4, 18), (30, 44), 0, 2)  # the heading's box glyph
    cv2.putText(img, "V.", (50, 48), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    crop = numeral_crop(img, 28)
    assert (crop[:, :30] > 128).all()  # the box's ink cut off, white round the numeral
    with engines() as api:
        assert read_numeral(api, crop, 300) == "Ⅴ"
        assert read_numeral(api, numeral_crop(np.full((60, 60), 255, dtype=np.uint8), 0), 300) is None


def test_baram_county_74005_scanned_reads_its_roman_numbered_headings(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "baram-county", 74005, "scan")
    assert wrong == 0
    assert got["funding"] is not None  # (□ Ⅱ. read as ``ㅁ |.``: the table left in the header)
    assert score >= 0.85  # (0.655)
