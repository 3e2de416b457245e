"""The template family designed blind in session 27 (samples/families.py: ``angae-county``, a 군 card) and the
structure it brought in:

- a card printed out of a document system with its watermark: large pale text turned 35 degrees across every
  page (the office, ``내부검토용``, the print day and time). The engines call its glyphs upright (the turn is the
  content transform's) and box each upright, so its letters land among the card's lines and cells; text drawn
  along an oblique baseline is set aside before the page is read (extract/readers/pdf_oblique.py);
- a dump prints the watermark's lines after every page's text, without page numbers or form feeds: the paragraph
  closing the dump, printed the same elsewhere, unmarked, no title after it, is page furniture
  (extract/readers/text_closing_marks.py).

Blind figures (the extractor unchanged): PDF 0.712 with 17 wrong figures (the funding read without its unit),
HWPX, HWP 1.000, txt 0.991, 0 wrong. After: 1.000 every format, 0 wrong; unseen seeds 95003-95008 1.000 every
format, 0 wrong of 1020.
"""

from __future__ import annotations

import math
from pathlib import Path

from pledgecard.extract.readers.pdf_oblique import oblique_runs, without_oblique
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.text_closing_marks import closing_marks
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "angae-county"
FLOORS = {"pdf": 0.99, "hwp": 0.99, "hwpx": 0.99, "txt": 0.99}


def _run(text: str, x: float, y: float, angle: float, size: float = 26.0) -> list[dict]:
    """Characters drawn along a baseline turned ``angle`` degrees up from across, each boxed upright (as the
    engines box a glyph turned by the content transform); a space's box is narrower and lower."""
    out, step = [], 0.94 * size
    for k, ch in enumerate(text):
        cx = x + k * step * math.cos(math.radians(angle))
        cy = y - k * step * math.sin(math.radians(angle))
        w, h = (0.6 * size, 0.8 * size) if ch.isspace() or not ch.isalnum() else (1.4 * size, 1.5 * size)
        out.append(
            {
                "text": ch,
                "size": size,
                "upright": True,
                "x0": cx - w / 2,
                "x1": cx + w / 2,
                "top": cy - h / 2,
                "bottom": cy + h / 2,
            }
        )
    return out


def _line(text: str, x: float, y: float, size: float = 10.0) -> list[dict]:
    return [
        {
            "text": ch,
            "size": size,
            "upright": True,
            "x0": x + k * size,
            "x1": x + (k + 1) * size,
            "top": y - size,
            "bottom": y,
        }
        for k, ch in enumerate(text)
    ]


def _without(chars: list[dict]) -> list[dict]:
    """The characters :func:`without_oblique` keeps of a page printing ``chars``."""
    return without_oblique(PageModel(number=1, width=595.0, height=842.0, chars=list(chars))).chars


def test_a_run_along_an_oblique_baseline_is_set_aside_whatever_its_angle() -> None:
    body = _line("사업기간 : 2024. 3. ~ 2026. 12.", 60, 200)
    for angle in (20.0, 35.0, 45.0, -35.0, 60.0):
        mark = _run("안개군 공약관리 · 내부검토용", 150, 450, angle)
        chars = [*mark, *body]
        runs = oblique_runs(chars)
        assert [("".join(c["text"] for c in chars[a:b])) for a, b in runs] == [
            "안개군 공약관리 · 내부검토용"
        ], angle
        assert _without(chars) == body


def test_text_across_down_or_in_a_staircase_of_lines_is_no_oblique_run() -> None:
    across = _line("국비 12,723 도비 12,305 군비 8,718", 60, 200)
    assert oblique_runs(across) == []
    down = _run(
        "추진실적", 40, 300, -90.0, size=10.0
    )  # a label turned a quarter: vertical text, no watermark
    assert oblique_runs(down) == []
    stairs = [c for k, t in enumerate(["1", "2", "3", "4", "5"]) for c in _line(t, 60 + 30 * k, 200 + 14 * k)]
    assert oblique_runs(stairs) == []  # a step longer than the glyphs: cells of several rows, no baseline
    short = _run("대외비", 150, 450, 35.0)
    assert oblique_runs(short) == []  # fewer letters than a watermark's run


def _dump(text: str) -> list:
    return split_lines(text)


MARK = "안개군 공약관리 · 내부검토용\n기획예산담당관 출력 2025. 8. 1. 오전 11:24"


def test_a_dumps_closing_paragraph_printed_elsewhere_is_page_furniture() -> None:
    text = f"◦ 사업기간 : 2024. 3.\n◦ 총사업비 : 1,200백만원\n\n{MARK}\n\n◦ 주요내용\n\n⇨ 지역 경제 활성화\n\n{MARK}\n"
    lines = _dump(text)
    assert sorted(lines[k].text for k in closing_marks(lines)) == sorted(MARK.split("\n") * 2)


def test_a_closing_paragraph_printed_once_marked_or_before_a_title_stays() -> None:
    once = _dump(f"◦ 사업기간 : 2024. 3.\n\n{MARK}\n")
    assert closing_marks(once) == set()
    marked = _dump("⇨ 지역 경제 활성화\n\n◦ 주요내용\n\n⇨ 지역 경제 활성화\n")
    assert closing_marks(marked) == set()
    title = "안개군 민선8기 군수 공약사업 관리카드"
    twice = _dump(
        f"{title}\n◦ 사업기간 : 2024. 3.\n\n지역 경제 활성화\n\n{title}\n◦ 사업기간 : 2024. 6.\n\n지역 경제 활성화\n"
    )
    assert closing_marks(twice) == set()  # one pledge's card twice in a file, closed by the same lines


def test_family_cards_score_and_hold_no_wrong_figure() -> None:
    seen = set()
    for path, exp, got in family_cards(FAMILY, "angae-county-*-*.*"):
        fmt = path.suffix.lstrip(".")
        seen.add(fmt)
        assert score_record(exp[0], got[0]).score() >= FLOORS[fmt], path.name
        f_exp, f_got = exp[0]["funding"], got[0]["funding"] or {"rows": []}
        for r in f_got["rows"]:
            e = next(x for x in f_exp["rows"] if x["source"] == r["source"])
            for v, w in zip(e["amounts_krw"], r["amounts_krw"], strict=True):
                assert w is None or w == v, (path.name, r["label"], e["amounts_krw"], r["amounts_krw"])
        assert "내부검토용" not in str(got[0]), path.name  # the watermark's words in no field
    assert seen == set(FLOORS)
