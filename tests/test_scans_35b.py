"""Scanned cards (session 35, scans), read by OCR at test time (the reader's part; test_scans_35: the figures'):

- a running footer of scanned pages (dallae-city 101 printed 2-up: ``달래시`` at every page's foot, its copies up to
  9 points apart, two of eight OCR'd ``당래시`` / ``달래사``) kept in the body as a plan and an effect: on pages read
  by OCR a running line's copies stand within two line heights, their text one letter off at most
  (``pdf_scan_margins``; the plan and effect nobody printed gone, 0.628 -> 0.639, 0 wrong).
- a lone ``Ⅰ``: a chapter numeral read as a stroke before its section's number (``Ⅰ-1. 사업 개요`` OCR'd ``| -1. 사업
  개요``): no heading known, the whole card unplaced. Restored as Ⅰ (a proposal) and kept where two sections or more
  are so numbered under it (``ocr_chapter_numerals``; jinsol-county 34044 scan, seed 8 of the sweep: 0.052 ->
  0.792, 0 wrong).
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card_read

# --- a scanned page's running footer -----------------------------------------------------------------------------


def _line(page: int, text: str, x0: float, top: float) -> object:
    from types import SimpleNamespace

    return SimpleNamespace(page=page, full_text=text, x0=x0, top=top, bottom=top + 5.0, size=5.0)


def _pages(texts: list[tuple[str, float]], scanned: bool = True) -> list[object]:
    from types import SimpleNamespace

    body = ["사업기간", "총사업비", "주요내용", "추진실적", "기대효과"]  # each page's own first line
    return [
        SimpleNamespace(
            number=k + 1,
            scanned=scanned,
            lines=[_line(k + 1, body[k], 50.0, 300.0), _line(k + 1, t, 41.0, top)],
        )
        for k, (t, top) in enumerate(texts)
    ]


def test_a_scanned_footer_a_few_points_apart_and_a_letter_off_is_a_running_line() -> None:
    from pledgecard.extract.readers.pdf_scan_margins import scanned_running

    pages = _pages(
        [("달래시", 566.4), ("달래시", 561.8), ("달래사", 566.6), ("달래시", 570.7), ("당래시", 563.5)]
    )
    found = scanned_running(pages, set(), 3, 9.0, lambda p: p.lines)
    assert {id(p.lines[1]) for p in pages} == found  # every copy, the two misread ones too; the body kept
    assert not scanned_running(
        _pages([("달래시", 566.4)] * 5, scanned=False), set(), 3, 9.0, lambda p: p.lines
    )
    far = _pages(
        [("달래시", 566.4), ("달래시", 500.0), ("당래시", 440.0), ("달래사", 380.0), ("달래시", 320.0)]
    )
    assert not scanned_running(far, set(), 3, 9.0, lambda p: p.lines)  # no two copies on pages in a row near
    assert not scanned_running(
        _pages(
            [("당래시", 566.4), ("달래사", 566.4), ("달래시", 566.4), ("달래시", 566.4), ("답래시", 566.4)][
                :2
            ]
        ),
        set(),
        3,
        9.0,
        lambda p: p.lines,
    )


# --- a chapter numeral read as a stroke ---------------------------------------------------------------------------


def test_a_stroke_before_a_section_number_is_a_proposed_chapter_numeral() -> None:
    from pledgecard.extract.readers.ocr_numerals import restore_numeral

    from conftest import ocr_words

    for text, read in [
        ("| -1. 사업 개요", "Ⅰ-1. 사업 개요"),
        ("|-2. 재원별 투자계획", "Ⅰ-2. 재원별 투자계획"),
        ("l -3) 추진실적", "Ⅰ-3) 추진실적"),
    ]:
        words = ocr_words(text)
        assert restore_numeral(words) == text[0], text
        assert " ".join("".join(t for t, _, _ in w.symbols) for w in words) == read
    for text in ["| -1. 2024년", "1-1. 사업 개요", "| - 사업 개요"]:  # no Hangul title, a digit, no number
        words = ocr_words(text)
        assert (
            restore_numeral(words) is None
            and " ".join("".join(t for t, _, _ in w.symbols) for w in words) == text
        )


def test_a_chapter_numeral_is_kept_where_two_sections_are_numbered_under_it() -> None:
    from pledgecard.extract.readers.ocr_chapter_numerals import chapter_sequence

    assert chapter_sequence(["Ⅰ-1.사업개요", "총사업비:4,892,782천원", "Ⅰ-2.재원별투자계획"], "Ⅰ")
    assert not chapter_sequence(["Ⅰ-1.사업개요", "Ⅰ-1.사업개요"], "Ⅰ")  # one number twice: no sequence
    assert not chapter_sequence(["Ⅰ-1.사업개요"], "Ⅰ")


# --- the scanned cards -----------------------------------------------------------------------------------------------


def test_dallae_101_printed_2up_and_scanned_leaves_its_footer_out_of_the_body(tmp_path: Path) -> None:
    from conftest import family_card, read_once, shared_score, wrong_figure_count

    path, exp = family_card(tmp_path, "dallae-city", 101, "scan", sheet_up=2)
    [got] = read_once(path)
    issuer = got["header"]["issuer"]
    assert issuer and all(issuer not in p["text"] for p in got["plans"]) and issuer not in got["effects"]
    assert not any(u["text"] in ("당래시", "달래사") for u in got["unparsed"])
    assert sum(u["text"] == issuer for u in got["unparsed"]) <= 1  # (the cover's own line, printed once)
    assert wrong_figure_count(exp, got) == 0
    assert (
        shared_score(exp, got) >= 0.63
    )  # 0.639 measured (0.628 in session 34: an effect 달래시, the two joined)


def test_jinsol_34044_scanned_reads_its_chapter_numbered_headings(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "jinsol-county", 34044, "scan")
    assert got["funding"] and got["achievements"]  # (no section found before)
    assert wrong == 0
    assert score >= 0.79  # 0.792 measured (0.052 before)
