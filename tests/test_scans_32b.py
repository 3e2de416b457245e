"""Scanned cards, session 32's second scan helper, each read by OCR at test time:

- a form's status checkboxes read as letters (``정상추진 ㅁ 일부추진 를 부진 ㅁ 완료``, the first box dropped): the
  header's status the whole row (gyeoul-county 70005 scan 0.752 -> 0.760, status ``부진``). A lone glyph between
  words, as wide as tall and inked round its edges, is a box; of two or more, the one whose middle alone is inked
  is the ticked one where filled (``ocr_checkboxes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from conftest import family_card


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
        words.append(_Word(spaced=True, symbols=[("가", 90.0, (float(x + 24), 12.0, float(x + 50), 28.0)),
                                                 ("나", 90.0, (float(x + 36), 12.0, float(x + 50), 28.0))]))
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
    assert _restored(["□", "☑"], ["ㅁ", "뎌"]) == "ㅁ뎌"  # a check mark inks a middle no more than a syllable does
    assert _restored(["■", "■", "□"], ["를", "를", "ㅁ"]) == "를를ㅁ"  # two ticked: no one option
    assert _restored(["■"], ["를"]) == "를"  # a lone box: a bullet, not a choice
    assert _restored(["글", "글"], ["글", "글"]) == "글글"  # no box at all
    assert _restored(["글", "■"], ["글", "를"]) == "글를"  # a letter's strokes are no box: one box alone


# --- the cards ----------------------------------------------------------------------------------------------------

def _scanned(tmp_path: Path, family: str, seed: int) -> tuple[dict, dict, float, int]:
    from pledgecard import extract_file
    from pledgecard.scoring import score_record
    from tests.conftest import wrong_figure_count

    path, exp = family_card(tmp_path, family, seed, "scan")
    [got] = extract_file(path)
    return exp, got, score_record(exp, got).score(), wrong_figure_count(exp, got)


def test_gyeoul_county_70005_scanned_reads_its_ticked_status_box(tmp_path: Path) -> None:
    exp, got, score, wrong = _scanned(tmp_path, "gyeoul-county", 70005)
    assert wrong == 0
    assert got["header"]["status"] == exp["header"]["status"]  # (정상추진 ㅁ 일부추진 를 부진 ㅁ 완료)
    assert score >= 0.755  # (0.752)
