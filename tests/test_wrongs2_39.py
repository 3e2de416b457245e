"""Session 39 (helper wrongs2): the findings session 38's reviewers left, each pinned on a card edited from a
committed family card (scored with the shared scorer, its wrong figures counted) and on small unit inputs.

Classes pinned:

1. An achievement closing on a bracketed date past the reporting point the header states (``작성기준 2023년 1분기
   현재``, no dated block around the item): a plan's date, no item's (``extract.bracket_date_late``, date null). The
   card's branch of achievement_bracket_late never ran: the record's ``as_of`` is set after every section is
   read; the achievements now ask the header's point (SectionContext.header_point: printed dates only).
2. A funding cell typed as a decimal of three places (``271.375``, ``9.375 백만원``) amid cells grouped by commas:
   money_grouping.point_for_comma takes it for a misread comma and funding_grid nulled it even where the table's
   sums prove the decimal as printed (lost, not wrong). Read where its row's total cell or its column's total row
   proves it (funding_grid._decimal_proven, funding_stream_proof's sums); null with its printed text otherwise. Its
   twin in the overview's budget (``군비 9.375 백만원``, the total printed rounded so no sum of the budget reads it):
   read as printed where its source's row in the funding table proves it (money_comma_read.AS_PRINTED,
   budget_readings), else null with ``extract.reading_unproven`` (it was null with no finding).
3. A department list each printing its phone after it (``평생교육과(☎ 427-1111),일자리정책과(☎ 427-2222)``, or a
   department a line, each with its phone): every department as printed without its phone, the phones apart
   (unread: a department's, no proof they are the contact's), as a department printed without one
   (header_value_kinds.without_phone; only the last department lost its phone, a continued line none).
4. A heading glyph before a year and a section's name (``▶ 2019년 추진실적``, any glyph, any year) starts that
   section, as an unmarked ``3. 2025년 추진실적`` did (extract/card_headings._dated_section): it was left unplaced
   under the funding table and the achievements opened at their first block only.
5. A goal table of an indicator a row, two years over ``목표 | 실적`` each and a status column spanning both head rows
   (a layout dump's three-line head: ``2023년 2024년`` / ``성과지표 … 추진상황`` / ``목표 실적 목표 실적``): the
   layout reader builds the grid right (the corner cells over both rows, each year over its pair); the goals reader
   (goal_year_columns) took no status column after the years, so a fallback read the head row as a goal (project
   ``성과지표``) and every figure null. A status column after the years spanning both head rows is now set aside
   (status_tail: which year's status it is is not printed, left unread) and the rows read by year.
6. A glyph, a tab and a status or a checkbox's word (``○<TAB>정상추진``, ``-<TAB>해당없음``) is a typed row's two cells
   (a tick or an empty cell's dash, then the value), no list paragraph's label and its text (typed_tables._list_label
   took it for one, cutting the typed run there); a glyph before an item's words stays a list paragraph.
7. One ATX heading pattern for Markdown texts (extract/readers/text_web_pages.ATX_HEADING), read by text_markdown
   (its twin folded).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.budget_readings import readings_proven
from pledgecard.extract.card_headings import dated_glyphs, heading_of
from pledgecard.extract.readers import read_path, text_markdown, text_web_pages
from pledgecard.extract.sections.header_value_kinds import role_pairs
from pledgecard.extract.typed_tables import typed_cells, typed_runs
from pledgecard.normalize.money_comma_read import AS_PRINTED
from pledgecard.normalize.status import status_word
from pledgecard.pipeline import card_results

from conftest import expected_scored, make_line

FAMILIES = Path(__file__).resolve().parent.parent / "samples" / "families"
ANGAE = FAMILIES / "angae-county" / "angae-county-95001-txt.txt"


def edited(card: Path, tmp_path: Path, *pairs: tuple[str, str]) -> Path:
    """``card`` with each ``(old, new)`` replaced (each ``old`` printed on it), written to ``tmp_path`` beside a copy
    of its expected record."""
    text = card.read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    out = tmp_path / card.name
    out.write_text(text, encoding="utf-8")
    shutil.copy(card.with_name(card.stem + ".expected.json"), tmp_path / (card.stem + ".expected.json"))
    return out


# 1. a bracketed date past the header's reporting point

YEONBIT = FAMILIES / "yeonbit-county" / "yeonbit-county-73002-txt.txt"  # 작성기준 2023년 1분기 현재
BLOCKS = (("◐ 기 추진실적 (2022년 4분기 누계)\n", ""), ("◑ 금분기 추진실적 (2023년 1분기 현재)\n", ""))
ITEM = "투자협약 체결 : '22. 11."


@pytest.mark.parametrize(("tail", "late"), [("['23. 6.]", True), ("['23. 3.]", False), (": '23. 6.", False)])
def test_a_bracketed_date_past_the_header_s_point_is_no_item_s_date(
    tmp_path: Path, tail: str, late: bool
) -> None:
    path = edited(YEONBIT, tmp_path, *BLOCKS, (ITEM, f"투자협약 체결 {tail}"))
    ((card, found),) = card_results(read_path(path), path.name)
    [item] = [a for a in card.record["achievements"] if a["text"].startswith("㈜다온테크")]
    codes = [f["code"] for f in found if f["code"] == "extract.bracket_date_late"]
    assert card.record["as_of"]["label"] == "2023-Q1"  # the header's, no dated block printed
    if late:  # after 2023 Q1 and bracketed: kept in the text, undated, said
        assert item["date"] is None and item["text"].endswith(tail) and codes == ["extract.bracket_date_late"]
    else:  # by the point, or after a colon (the validator's date.after_as_of)
        assert item["date"] is not None and codes == []


# 2. a decimal of three places the sums prove

GUNBI = "군비 8,718 271 1,207"


@pytest.mark.parametrize("cell", ["271.375", "271.375백만원"])
def test_a_decimal_the_table_s_sums_prove_is_read(tmp_path: Path, cell: str) -> None:
    path = edited(ANGAE, tmp_path, (GUNBI, f"군비 8,718 {cell} 1,207"))
    exp_path = path.with_name(path.stem + ".expected.json")
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    exp["funding"]["rows"][3]["amounts_krw"][1] = 271_375_000  # as printed; its row and column sum to 1 unit
    exp_path.write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
    _, got, score, wrong = expected_scored(path)
    assert got["funding"]["rows"][3]["amounts_krw"][1] == 271_375_000  # None before
    assert score == 1.0 and wrong == []


def test_a_point_no_sum_proves_stays_null_with_its_text(tmp_path: Path) -> None:
    path = edited(ANGAE, tmp_path, (GUNBI, "군비 8,718 3.800 1,207"))  # 3.8 or 3,800: neither sums
    ((card, found),) = card_results(read_path(path), path.name)
    row = card.record["funding"]["rows"][3]
    assert row["amounts_krw"][1] is None and row["amounts_raw"][1] == "3.800"
    assert "extract.table_unrecovered" in {f["code"] for f in found}


TOTAL_ROW = ("계 33,746 3,397 3,561 5,098 8,032 3,846 4,503 5,309\n", "")
NEAR_MISSES = {  # the reviewer's (session 39): a sum holds as decimals, but as commas too, or another sum fails
    "only-period-is-total": (
        TOTAL_ROW,
        ("군비 8,718 271 1,207 1,994 2,965 778 264 1,239", "군비 3.800 3.800 - - - - - -"),
    ),
    "every-cell-pointed": (
        TOTAL_ROW,
        ("군비 8,718 271 1,207 1,994 2,965 778 264 1,239", "군비 3.800 1.900 1.900 - - - - -"),
    ),
    "column-both-ways-row-fails": (
        ("33,746백만원(국비 12,723, 도비 12,305", "31,392백만원(국비 12,723, 도비 9,951"),
        ("계 33,746 3,397 3,561", "계 31,392 3,397 1.207"),
        ("도비 12,305 460 2,354", "도비 9,951 460 -"),
        (GUNBI, "군비 8,718 271 1.207"),
    ),
}


@pytest.mark.parametrize("case", sorted(NEAR_MISSES))
def test_a_decimal_no_sum_separates_from_a_comma_stays_null(tmp_path: Path, case: str) -> None:
    """funding_stream_proof.decimal_proven: a decimal kept only where a sum holds with it, fails with the x1000
    reading, and no sum of its row or column fails with it (3,800,000 won read before, silent)."""
    path = edited(ANGAE, tmp_path, *NEAR_MISSES[case])
    ((card, found),) = card_results(read_path(path), path.name)
    rows = card.record["funding"]["rows"]
    pointed = [
        (r["amounts_raw"][k], v)
        for r in rows
        for k, v in enumerate(r["amounts_krw"])
        if "." in (r.get("amounts_raw") or [""] * 9)[k]
    ]
    assert pointed and all(v is None for _, v in pointed), pointed
    assert not any(v is not None and 0 < v < 10_000_000 for r in rows for v in r["amounts_krw"])
    assert "extract.table_unrecovered" in {f["code"] for f in found}


BUDGET = "33,746백만원(국비 12,723, 도비 12,305, 군비 8,718)"
DECIMAL_ROWS = (
    ("군비 8,718 271 1,207 1,994 2,965 778 264 1,239", "군비 9.375 9.375 - - - - - -"),
    (
        "계 33,746 3,397 3,561 5,098 8,032 3,846 4,503 5,309",
        "계 25,037.375 3,135.375 2,354 3,104 5,067 3,068 4,239 4,070",
    ),
)


@pytest.mark.parametrize("proven", [True, False])
def test_a_budget_decimal_its_row_proves_is_read(tmp_path: Path, proven: bool) -> None:
    budget = "25,037백만원(국비 12,723, 도비 12,305, 군비 9.375 백만원)"  # the total rounded: the parts meet it not
    rows = DECIMAL_ROWS if proven else ()
    path = edited(ANGAE, tmp_path, (BUDGET, budget), *rows)
    ((card, found),) = card_results(read_path(path), path.name)
    part = card.record["overview"]["budget"]["parts"][2]
    codes = {f["code"] for f in found}
    if proven:  # its 군비 row sums to 9.375 (the funding cells read too: null before, both)
        assert part["amount_krw"] == 9_375_000 and card.record["funding"]["rows"][3]["amounts_krw"][:2] == [
            9_375_000,
            9_375_000,
        ]
        assert "extract.reading_unproven" not in codes
    else:  # its row prints 8,718: no proof, null with its text and the finding
        assert part["amount_krw"] is None and part["raw"] == "9.375 백만원"
        assert "extract.reading_unproven" in codes


def test_the_reviewer_s_budget_decimal_equal_to_its_misread_row_is_null(tmp_path: Path) -> None:
    """The budget's 군비 3.800 and its row's 3.800 3.800 (계 row deleted): the same figure misread twice, no proof
    (3,800,000 won read before, silent)."""
    path = edited(
        ANGAE,
        tmp_path,
        (BUDGET, "28,800백만원(국비 12,723, 도비 12,305, 군비 3.800)"),
        *NEAR_MISSES["only-period-is-total"],
    )
    ((card, found),) = card_results(read_path(path), path.name)
    part = card.record["overview"]["budget"]["parts"][2]
    assert part["amount_krw"] is None and part["raw"] == "3.800"
    assert "extract.reading_unproven" in {f["code"] for f in found}


def _budget_record(rows: list[tuple[str, list[int]]]) -> dict[str, Any]:
    columns = [{"label": "계", "kind": "total", "year": None}] + [
        {"label": str(y), "kind": "year", "year": y} for y in (2018, 2019)
    ]
    return {
        "overview": {
            "budget": {
                "parts": [
                    {"label": "군비", "source": "municipal", "amount_krw": 3_800_000, AS_PRINTED: "3.800"}
                ]
            }
        },
        "funding": {
            "unit": "백만원",
            "columns": columns,
            "rows": [{"label": s, "source": s, "amounts_krw": v} for s, v in rows],
        },
    }


@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        (
            [("national", [500_000_000, 200_000_000, 300_000_000]), ("municipal", [3_800_000, 3_800_000, 0])],
            False,
        ),
        (
            [
                ("total", [503_800_000, 203_800_000, 300_000_000]),
                ("national", [500_000_000, 200_000_000, 300_000_000]),
                ("municipal", [3_800_000, 3_800_000, 0]),
            ],
            True,
        ),
    ],
)
def test_a_budget_decimal_is_kept_only_by_a_sum_separating_the_readings(
    rows: list[tuple[str, list[int]]], kept: bool
) -> None:
    """budget_readings._row_decimals_proven: its row equal to it proves nothing (the row's sum holds with 3.800
    as with 3,800); the total row's 503.800 = 500 + 3.800 holds, and fails with the commas' 503,800 = 500 + 3,800."""
    record = _budget_record(rows)
    found = readings_proven(record, {})
    part = record["overview"]["budget"]["parts"][0]
    assert (part["amount_krw"] == 3_800_000) is kept and AS_PRINTED not in part
    assert [f["code"] for f in found] == ([] if kept else ["extract.reading_unproven"])


# 3. the departments' phones


def test_every_department_of_a_list_loses_its_own_phone() -> None:
    assert role_pairs("coop_depts", "농업정책과(☎944-1234), 산림과(☎944-2222)") == [
        ("coop_depts", "농업정책과, 산림과"),
        ("dept_phone", "944-1234"),
        ("dept_phone", "944-2222"),
    ]
    assert role_pairs("coop_depts", "농업정책과, 산림과 (☎ 944-2222)")[0] == (
        "coop_depts",
        "농업정책과, 산림과",
    )
    assert role_pairs("coop_depts", "농업정책과, 산림과") == [("coop_depts", "농업정책과, 산림과")]
    assert role_pairs("coop_depts", "홍길동 (☎ 033-249-3928)") == [("coop_depts", "홍길동 (☎ 033-249-3928)")]


@pytest.mark.parametrize(
    "cell",
    [
        "평생교육과(☎ 427-1111),일자리정책과(☎ 427-2222)",
        "평생교육과 427-1111, 일자리정책과 427-2222",
        "평생교육과 (☎ 427-1111)\n\n일자리정책과 (☎ 427-2222)",
        "평생교육과\n\n일자리정책과 (427-2222)",
    ],
)
def test_a_department_printed_with_its_phone_reads_as_without(tmp_path: Path, cell: str) -> None:
    _, got, score, wrong = expected_scored(edited(ANGAE, tmp_path, ("평생교육과,일자리정책과", cell)))
    assert got["header"]["coop_depts"] == [
        "평생교육과",
        "일자리정책과",
    ]  # 0.996 before: a phone in a name, or lost
    assert got["header"]["contact_phone"] == "427-2154"  # the contact's, printed with its label
    assert score == 1.0 and wrong == []


@pytest.mark.parametrize(
    ("cell", "phones"),
    [
        ("평생교육과(☎ 427-1111/1112), 일자리정책과(☎ 427-2222)", ["427-1111/1112", "427-2222"]),
        ("평생교육과(☎ 427-1111, 1112), 일자리정책과", ["427-1111, 1112"]),
    ],
)
def test_a_bracketed_phone_s_separators_split_no_department(
    tmp_path: Path, cell: str, phones: list[str]
) -> None:
    """The reviewer's near-misses (session 39): a bracketed phone's slash or comma split the list before the phone
    was taken out (coop_depts ['평생교육과', '1112)', '일자리정책과']); header_value_kinds.without_phone takes the
    bracketed phones out first."""
    assert role_pairs("coop_depts", cell) == [
        ("coop_depts", "평생교육과, 일자리정책과"),
        *(("dept_phone", p) for p in phones),
    ]
    path = edited(ANGAE, tmp_path, ("협조부서 평생교육과,일자리정책과", f"협조부서 {cell}"))
    _, got, score, wrong = expected_scored(path)
    assert got["header"]["coop_depts"] == ["평생교육과", "일자리정책과"]
    assert got["header"]["contact_phone"] == "427-2154" and score == 1.0 and wrong == []


# 4. a glyph heading with a year


@pytest.mark.parametrize("heading", ["▶ 2019년 추진실적", "● 2019년도 추진실적", "▣ '19년 추진실적"])
def test_a_glyph_heading_with_a_year_starts_its_section(tmp_path: Path, heading: str) -> None:
    _, got, score, wrong = expected_scored(edited(ANGAE, tmp_path, ("■ 3) 추진실적", heading)))
    assert wrong == []
    assert score == 1.0  # 0.964 before: the heading unplaced, the first block's table lost
    assert heading.split(" ", 1)[1] not in str(got.get("unparsed"))


def test_the_dated_heading_of_the_section_it_stands_in_starts_none() -> None:
    line = make_line("2024년 추진실적", "▶")
    heads = frozenset({"▶"})  # a glyph of the card's headings (card_headings.dated_glyphs)
    assert heading_of(line, "funding", dated=heads) == "achievements"
    assert heading_of(line, "achievements", dated=heads) is None  # a year's block among the achievements
    assert heading_of(make_line("2024년 5월", "▶"), "funding", dated=heads) is None  # a date, no name
    assert heading_of(line, "funding") is None  # behind no glyph of the card's headings (an item's bullet)
    assert heading_of(line) is None  # no card's context (the header's, the split's): never


def test_a_dated_line_behind_an_item_bullet_stays_in_its_section(tmp_path: Path) -> None:
    """The reviewer's near-miss (session 39): ``❍ 2019년 추진실적`` among the goal table's rows, ❍ bulleting the
    card's items: no heading (card_headings.dated_glyphs), the goals' three rows read (its glyph made them
    empty, the rows lost into a stray table), the first's year null (its year line now an item's)."""
    path = edited(ANGAE, tmp_path, ("\n\n2019년\n\n", "\n\n❍ 2019년 추진실적\n\n"))
    ((card, _),) = card_results(read_path(path), path.name)
    goals = card.record["goals"]
    assert [(g["year"], g["target"]) for g in goals] == [
        (None, "4.6km"),
        (2020, "276호 공급"),
        (2021, "1.8km"),
    ]
    assert all(
        g["project"] == "창업 기반 구축" for g in goals
    )  # [] at the branch's head; the year line an item's
    lines = [
        (k, make_line(t, g))
        for k, (t, g) in enumerate(
            [("1) 사업개요", "■"), ("창업 분야", "❍"), ("2019년 추진실적", "❍"), ("2019년 추진실적", "▶")]
        )
    ]
    assert dated_glyphs(lines) == frozenset({"▶"})  # ■ a section glyph (read by the other path), ❍ an item's


# 5. two years over target | actual, a status column beside them

DODAM = (
    Path(__file__).resolve().parent.parent
    / "samples"
    / "layout"
    / "families"
    / "dodam-district-38006-layout.txt"
)
TWO_YEARS = """\
                                             2023년                     2024년
          {corner}                                                                               추진상황
                                       목표            실적          목표            실적

참여 주민                                 466명         318명       340명         242명          추진중

일자리 창출                                323명         323명       150명         150명          완료"""


@pytest.mark.parametrize("corner", ["성과지표", "세부사업"])
def test_two_years_over_their_pairs_beside_a_status_column_are_read_by_year(
    tmp_path: Path, corner: str
) -> None:
    lines = DODAM.read_text(encoding="utf-8").split("\n")
    card = "\n".join(lines[:111])  # its first card; its goal table (four years, a unit column) replaced
    old = "\n".join(lines[83:91])
    assert old in card and "2026년" in old
    path = tmp_path / "dodam-two-years-layout.txt"
    path.write_text(card.replace(old, TWO_YEARS.format(corner=corner)), encoding="utf-8")
    exp = json.loads(DODAM.with_name(DODAM.stem + ".expected.json").read_text(encoding="utf-8"))[0]
    exp["goals"] = [
        g | {"target": g["target"] + "명", "actual": g["actual"] + "명"}
        for g in exp["goals"]
        if g["year"] < 2025
    ]
    (tmp_path / "dodam-two-years-layout.expected.json").write_text(
        json.dumps(exp, ensure_ascii=False), "utf-8"
    )
    _, got, score, wrong = expected_scored(path)
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in got["goals"]] == [
        ("참여 주민", 2023, 466, 318),
        ("참여 주민", 2024, 340, 242),
        ("일자리 창출", 2023, 323, 323),
        ("일자리 창출", 2024, 150, 150),
    ]  # before: the head row a goal (project 성과지표), every figure null (0.840)
    assert score == 1.0 and wrong == []


# 6. a glyph before a cell's value


@pytest.mark.parametrize(
    ("line", "cells"), [("-\t해당없음", ["-", "해당없음"]), ("○\t정상추진", ["○", "정상추진"])]
)
def test_a_glyph_before_a_status_is_a_row_s_cell(line: str, cells: list[str]) -> None:
    assert typed_cells(line) == cells


@pytest.mark.parametrize("line", ["□\t주요내용", "◦\t추진상황 점검", "•\t사업기간 : 2023.01. ~ 2026.12."])
def test_a_glyph_before_an_item_s_words_is_still_a_list_paragraph(line: str) -> None:
    assert typed_cells(line) is None


@pytest.mark.parametrize(
    "line", ["○\t정상추진 중이며 하반기 준공 예정", "○\t완료(2023. 5.)", "□\t추진중인 사업 목록"]
)
def test_a_glyph_before_a_text_opening_with_a_status_is_a_list_paragraph(line: str) -> None:
    """The reviewer's near-misses (session 39): a text opening with a status word is an item's, no cell's value
    (typed_tables._cell_value asks normalize.status.status_word, the whole cell; two typed cells before)."""
    assert typed_cells(line) is None
    word = {"정": "정상추진", "완": "완료", "추": "추진중"}[line[2]]  # its status word alone: a row's cell
    assert typed_cells(line[:2] + word) == [line[0], word]
    assert status_word("미추진") and not status_word("미추진 사업")


def test_a_typed_run_goes_on_over_a_glyph_row() -> None:
    lines = ["구분\t추진상황", "시설 정비\t완료", "-\t해당없음", "○\t정상추진"]
    assert typed_runs([typed_cells(t) for t in lines]) == [(0, 4)]  # [] before: cut after two lines
    bullets = ["•\t기반조성", "•\t인력양성", "•\t홍보"]
    assert typed_runs([typed_cells(t) for t in bullets]) == []  # a list stays text


# 7. one ATX heading pattern


def test_markdown_reads_the_web_pages_heading_pattern() -> None:
    assert not hasattr(text_markdown, "_HEADING") and not hasattr(text_web_pages, "_HEADING")
    assert text_markdown.ATX_HEADING is text_web_pages.ATX_HEADING
    assert text_markdown.is_markdown(["# 제목", "본문", "## 1. 사업개요"])
    assert not text_markdown.is_markdown(["#1 제목", "본문", "#2 사업개요"])
