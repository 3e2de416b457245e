"""Scanned cards (session 35, scans2), read by OCR at test time: the lowest scans of the sweep's seed 8.

- a heading's filled square (``■``) read as a letter standing before the section's numbering (``퇴 4. 추진실적``,
  ``리 5. 향후 추진일정``): no heading of the card's shape, the achievements, plans and outreach read into the goals.
  One letter alone, a whole numbering and a title naming a section: the letter is the heading's glyph, lost
  (``ocr_letter_glyphs``; hayan-district 71038 scan: 0.353 -> 0.927, 0 wrong).
- a table nested in another table's cell (dasom-district prints every section in a label | content table, its
  funding, tallies and goals as tables inside the content cell): the cell and the inner table's cells were each
  read, their characters merged (``구구분분``, ``88,,998800``). The cell reads around the tables inside it
  (``ocr_image.inner_tables``; dasom-district 16051 scan: 0.484 -> 0.762, 0 wrong).
- a lettered label's stop read as a middle dot (``라· 구민소통`` over ``실적``): no heading, the outreach row and its
  nested table went on as a side table of the goals. The dot glued to a Korean letter numbering before a title
  opening a section's label is the stop (``ocr_letter_stops``; dasom-district 16051 scan, with the above).
- a goal table's rate column headed ``달성률(%)`` stacked a syllable a line, OCR'd ``달성 표 (%)``: no tail word known,
  the indicator-a-row table was no goal table and its twelve goals went unread. A column after the final target,
  its head spanning both head rows and naming no year and no goal field, whose figures prove it the rate of every
  row's actuals over its final target, is that rate (``goal_rate_proof``, ``goal_year_columns.unnamed_tail``;
  gaeul-county 64030 scan: 0.599 -> 0.910, 0 wrong). A column its head does not name stays refused otherwise.
- a day closing an item printed without separators, or its points (and the colon before it) lost by OCR
  (``: 2026.03.19.`` OCR'd ``2026 03 19`` on dallae-city 101's 2-up scan): a four-digit year, a zero-padded month
  and day, run together or each one blank apart, a real day, is the item's date (``normalize.dates_unseparated``).
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card_read, ocr_words


def _texts(words: list) -> str:
    return " ".join("".join(t for t, _, _ in w.symbols) for w in words)


# --- a heading's glyph read as a letter -----------------------------------------------------------------------------


def test_a_letter_before_a_numbered_section_title_is_the_headings_glyph() -> None:
    from pledgecard.extract.readers.ocr_letter_glyphs import glyph_read_as_letter
    from pledgecard.extract.readers.ocr_lost_glyphs import restore_lost_glyph

    for text in ["퇴 4. 추진실적", "리 5. 향후 추진일정", "1 7. 기대효과", "a 2.재원별 투자계획"]:
        words = ocr_words(text)
        assert glyph_read_as_letter(words), text
        assert restore_lost_glyph(words) and _texts(words).split()[1:] == text.split()[1:]
        assert _texts(words)[0] == "\ufffd"
    for text in ["퇴 4. 세부 내용", "퇴 4 추진실적", "퇴퇴 4. 추진실적", "4. 추진실적", "가 1. 현황"]:
        # a title naming no section, no stop, two letters, no glyph, a lettered item: as read
        words = ocr_words(text)
        assert not glyph_read_as_letter(words), text
        restore_lost_glyph(words)
        assert _texts(words) == text


# --- a table nested in a cell ---------------------------------------------------------------------------------------


def test_a_table_inside_a_cell_is_left_to_its_own_cells() -> None:
    from pledgecard.extract.readers.ocr_image import TableBox, inner_tables

    outer = TableBox((10.0, 10.0, 500.0, 400.0), [(10.0, 10.0, 100.0, 400.0), (100.0, 10.0, 500.0, 400.0)])
    inner = TableBox(
        (120.0, 150.0, 480.0, 300.0), [(120.0, 150.0, 300.0, 300.0), (300.0, 150.0, 480.0, 300.0)]
    )
    below = TableBox((10.0, 420.0, 500.0, 600.0), [(10.0, 420.0, 500.0, 600.0)])
    tables = [outer, inner, below]
    assert inner_tables(outer, outer.cells[1], tables) == [inner.bbox]
    assert inner_tables(outer, outer.cells[0], tables) == []
    assert inner_tables(inner, inner.cells[0], tables) == []  # a cell of the inner table holds no table
    assert inner_tables(below, (6.0, 416.0, 504.0, 604.0), tables) == []  # a frame's cell grown round its box


# --- a lettered label's stop read as a dot --------------------------------------------------------------------------


def _chars(*lines: str) -> list[dict]:
    """``lines`` as OCR'd characters, one line 20 points under the other, a blank a character of its own."""
    return [
        {
            "text": ch,
            "x0": 50.0 + 10 * k,
            "x1": 59.0 + 10 * k,
            "top": 100.0 + 20 * n,
            "bottom": 110.0 + 20 * n,
        }
        for n, line in enumerate(lines)
        for k, ch in enumerate(line)
    ]


def _joined(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars)


def test_a_dot_after_a_letter_numbering_before_a_section_label_is_its_stop() -> None:
    from pledgecard.extract.readers.ocr_letter_stops import restore_letter_stops

    for lines, read in [
        (("라· 구민소통", "실적"), "라. 구민소통실적"),
        (("다· 추진실적",), "다. 추진실적"),
        (("· 공약사항 정비", "마ㆍ 향후계획"), "· 공약사항 정비마. 향후계획"),
    ]:
        chars = _chars(*lines)
        assert restore_letter_stops(chars) == 1 and _joined(chars) == read
    for lines in [
        ("교육· 컨설팅 제공",),
        ("라·구민소통",),
        ("라· 2024년",),
        ("라· 청년농업 교육",),
        ("라 · 구민소통",),
        ("라· 구",),
        ("및 라· 구민소통",),
    ]:
        chars = _chars(
            *lines
        )  # no letter numbering, no blank, no title, no label opened, the dot apart, too short,
        assert restore_letter_stops(chars) == 0 and _joined(chars) == lines[0]  # the letter inside a line


# --- a rate column misread after the years ---------------------------------------------------------------------------

_HEAD = ["지표명", "단 위", "2023년", "2023년", "2024년", "2024년", "최종목 표", "달성 표 (%)"]
_UNDER = ["지표명", "단 위", "목표", "실적", "목표", "실적", "최종목 표", "달성 표 (%)"]
_ROWS = [
    ["생활SOC 확충", "개 소", "3", "2", "2", "추진중", "5", "40.0"],  # 2 of 5
    ["현장 민원 처리", "건", "173", "164", "157", "146", "330", "93.9"],
]  # (164 + 146) / 330


def test_a_column_after_the_final_target_proven_a_rate_by_its_figures_holds_no_goal() -> None:
    from pledgecard.extract.sections.goal_rate_proof import rate_of_row
    from pledgecard.extract.sections.goal_year_columns import goals_year_columns, unnamed_tail

    grid = [_HEAD, _UNDER, *_ROWS]
    assert unnamed_tail(grid, 7, 2)
    assert rate_of_row(
        ["x", "%", "30", "30", "90", "100", "100", "100.0"], 7, 6, [3, 5]
    )  # cumulative: the last
    assert not rate_of_row(["x", "%", "30", "30", "90", "100", "100", "1,200"], 7, 6, [3, 5])
    goals = goals_year_columns(grid)
    assert goals is not None
    assert [(g.project, g.unit, g.year, g.target, g.actual) for g in goals] == [
        ("생활SOC 확충", "개소", 2023, "3", "2"),
        ("생활SOC 확충", "개소", 2024, "2", "추진중"),
        ("현장 민원 처리", "건", 2023, "173", "164"),
        ("현장 민원 처리", "건", 2024, "157", "146"),
    ]
    wrong = [
        _ROWS[0],
        [*_ROWS[1][:-1], "93.0"],
    ]  # one row's figure no rate: the column is no rate, the table refused
    assert (
        not unnamed_tail([_HEAD, _UNDER, *wrong], 7, 2)
        and goals_year_columns([_HEAD, _UNDER, *wrong]) is None
    )
    sub_words = [*_UNDER[:-1], "목표"]  # sub-column words under it: no column of its own
    assert not unnamed_tail([_HEAD, sub_words, *_ROWS], 7, 2)
    no_final = (
        [*_HEAD[:-2], "비고", _HEAD[-1]],
        [*_UNDER[:-2], "비고", _UNDER[-1]],
    )  # no final target before it
    assert not unnamed_tail([*no_final, *_ROWS], 7, 2)


# --- a day printed without separators (or its points lost by OCR) ------------------------------------------------------


def test_a_padded_day_closing_an_item_without_separators_is_its_date() -> None:
    from pledgecard.extract.sections.common import split_trailing_date

    for text, head, raw in [
        ("제도 개선 2026 03 19", "제도 개선", "2026 03 19"),
        ("협약 체결 : 20240315", "협약 체결", "20240315"),
        ("협약 체결 20240315.", "협약 체결", "20240315."),
    ]:
        got, date, _ = split_trailing_date(text)
        assert got == head and date is not None and date["raw"] == raw
        assert (
            date["start"]
            == date["end"]
            == f"{raw[:4]}-{raw.replace(' ', '')[4:6]}-{raw.replace(' ', '')[6:8]}"
        )
    for text in [
        "협약 체결 20241332",
        "참여 2026 3 19",
        "총 2026 03 19명",
        "금액 1,2026 03 19",
        "2026 03 19",
        "협약 2026 0319",
        "협약 20240230",
    ]:  # no month 13, unpadded, a unit after, a figure's run, no
        assert split_trailing_date(text) == (text, None, [])  # text before, blanks unalike, no 30 February


# --- the scanned cards -----------------------------------------------------------------------------------------------


def test_hayan_71038_scanned_reads_the_headings_whose_square_ocr_read_as_a_letter(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "hayan-district", 71038, "scan")
    assert (
        got["achievements"] and got["plans"] and got["tables"]
    )  # (none read before: all in the goals section)
    assert wrong == 0
    assert score >= 0.92  # 0.927 measured (0.353 before)


def test_dasom_16051_scanned_reads_its_nested_tables_once(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "dasom-district", 16051, "scan")
    assert got["funding"] and got["funding"]["rows"] and got["goals"]
    assert got["outreach"] and got["outreach"]["items"]
    assert wrong == 0
    assert score >= 0.78  # 0.788 measured (0.484 before; 0.762 with the nested tables alone)


def test_gaeul_64030_scanned_reads_its_indicator_goals(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "gaeul-county", 64030, "scan")
    assert len(got["goals"]) == len(exp["goals"])  # (none read before)
    assert wrong == 0
    assert score >= 0.91  # 0.910 measured (0.599 before; 0.575 before this session's glyph fix)


def test_dallae_101_printed_2up_and_scanned_reads_a_day_whose_points_ocr_lost(tmp_path: Path) -> None:
    from dataclasses import replace

    from pledgecard import extract_file
    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    from conftest import shared_score, wrong_figure_count

    # (the scan's specks drawn by its file's name: this draw OCR's the first item whole, its day's points lost; the
    # draw test_scans_35b reads joins the next item to it, its `-` lost, so that no day closes the line there)
    fam = BY_NAME["dallae-city"]
    path = write_file(
        tmp_path, "dallae-city-101-2up", "scan", family_records(fam, 101), replace(fam.style, sheet_up=2)
    )
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    days = [a["date"]["label"] for a in got["achievements"] if a["date"] and a["date"]["precision"] == "day"]
    assert "2026-03-19" in days and not any("2026 03 19" in a["text"] for a in got["achievements"])
    assert wrong_figure_count(exp, got) == 0
    assert (
        shared_score(exp, got) >= 0.68
    )  # 0.693 measured (0.624 before: the day in the item's text); 0.683 since
    #   session 38's merges (0 wrong still; the fact given up not traced yet: see the session 38 closing note)
