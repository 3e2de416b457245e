"""Review A of session 31's hand-made documents and read-order changes: each finding's class mended.

1. A goal's target cell printing two or more figures (``'24년 2대, '25년 3대``, ``총 120실 중 신규 20실``) beside a
   lone count gives no target, never its last figure (extract/sections/goal_lone_counts.py).
2. The pairs a header cell prints in brackets are read only as the department's contact, never from another cell
   (a title's ``(공약번호 : 12)`` replaced 관리번호 and the card id), never a team as the contact, never dropped
   (extract/sections/header_bracket_pairs.py).
3. A note or a sentence naming the title words is never the card's kind (extract/title_amid.py).
4. An office of education spaced from its unit or named by its head's title is the same issuer as glued
   (extract/issuer.py, vocabulary ``[issuer_office_heads]``).
5. An outreach table printing its own counter keeps it under a contradicting unit line
   (extract/sections/outreach_unit.py).

The fixtures under tests/fixtures/review_a_31/ are the reviewer's reproducing inputs (saebyeol hwpx and 서령도
text cards with one cell or line changed).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.issuer import from_org_line, from_title
from pledgecard.extract.sections.goal_lone_counts import closing_count, with_lone_counts
from pledgecard.extract.sections.header_bracket_pairs import bracketed_pairs
from pledgecard.extract.sections.outreach_unit import prints_its_unit, unit_line_over
from pledgecard.extract.title_amid import title_amid, title_line_kind

from conftest import make_line, make_table

FIX = Path(__file__).resolve().parent / "fixtures" / "review_a_31"


def _goal(target: str, actual: str) -> dict:
    return {
        "project": None,
        "year": 2024,
        "target": target,
        "target_value": None,
        "target_unit": None,
        "actual": actual,
        "actual_value": None,
        "actual_unit": None,
    }


# 1. a target of more than one figure


def test_a_target_printing_more_than_one_figure_closes_with_no_count() -> None:
    assert closing_count("'24년 2대, '25년 3대", "대") is None
    assert closing_count("총 120실 중 신규 20실", "실") is None
    assert closing_count("시범 2대", "대") == 2  # one figure: the target's
    got = with_lone_counts(_goal("'24년 2대, '25년 3대", "2대"))
    assert got["target_value"] is None and got["actual_value"] == 2
    got = with_lone_counts(_goal("총 120실 중 신규 20실", "118실"))
    assert got["target_value"] is None and got["actual_value"] == 118
    got = with_lone_counts(_goal("시범 2대", "2대"))
    assert (got["target_value"], got["target_unit"]) == (2, "대")


def test_the_reviewers_two_figure_targets_read_null_end_to_end() -> None:
    for name, actual in (("g1-two-years.txt", 2), ("g2-part.txt", 118)):
        rec = extract_file(FIX / name)[0]
        row = next(g for g in rec["goals"] if g["year"] == 2024)
        assert row["target_value"] is None, name
        assert row["actual_value"] == actual, name


# 2. bracket pairs only as the department's contact


def test_bracket_pairs_read_only_the_departments_contact() -> None:
    assert bracketed_pairs("lead_dept", "주거복지과 (담당 : 도예준, ☎ 02-3470-2231)") == [
        ("lead_dept", "주거복지과"),
        ("contact_name", "도예준, ☎ 02-3470-2231"),
    ]
    title = "노후 주택 집수리 지원 확대 (공약번호 : 12)"
    assert bracketed_pairs("title", title) == [("title", title)]  # no department: the cell whole
    status = "정상 추진 (기준일 : ’25. 6. 30.)"
    assert bracketed_pairs("status", status) == [("status", status)]
    team = "주거복지과 (담당 : 집수리지원팀)"
    assert bracketed_pairs("lead_dept", team) == [("lead_dept", team)]  # a team is no contact person
    boss = "주거복지과 (과장 : 도예준)"
    assert bracketed_pairs("lead_dept", boss) == [("lead_dept", boss)]  # no contact pair: nothing cut
    # the table prints its own contact cell: the bracket never replaces it
    both = "주거복지과 (담당 : 도예준)"
    assert bracketed_pairs("lead_dept", both, {"contact_name"}) == [("lead_dept", both)]


def test_a_title_cells_bracketed_number_keeps_the_management_number() -> None:
    rec = extract_file(FIX / "x2-title-no.hwpx")[0]
    assert rec["header"]["mgmt_no"] == "주거-4"
    assert rec["card_id"].startswith("주거-4@")
    assert "12" in rec["header"]["title"]  # the bracket stays in its cell's field, not lost


def test_a_team_in_the_departments_bracket_is_no_contact() -> None:
    header = extract_file(FIX / "x4-dept-team.hwpx")[0]["header"]
    assert header["contact_name"] is None
    assert "집수리지원팀" in header["lead_dept"]


def test_text_in_a_bracket_not_split_stays_in_its_field() -> None:
    header = extract_file(FIX / "x1-status-asof.hwpx")[0]["header"]
    assert header["mgmt_no"] == "주거-4" and header["contact_name"] == "도예준"
    assert "25. 6. 30" in header["status"]  # the as-of date no longer vanishes
    header = extract_file(FIX / "x5-dept-superior.hwpx")[0]["header"]
    assert "도예준" in header["lead_dept"] and header["contact_name"] is None


# 3. a note naming the title words


def test_only_a_line_of_a_titles_shape_names_the_kind() -> None:
    assert title_line_kind("《연빛군 공약사업 관리카드》") == "연빛군 공약사업 관리카드"
    assert title_line_kind("연빛군 공약사업 관리카드 (2025. 6. 30. 기준)") == "연빛군 공약사업 관리카드"
    assert title_line_kind("※ 세부내용은 교육감 공약사업 관리카드 별첨 참조") is None
    assert title_line_kind("붙임 교육감 공약사업 관리카드 1부") is None
    assert title_line_kind("- 교육감 공약사업 관리카드") is None
    header: dict = {"kind": None}
    title_amid(header, {}, [make_line("※ 세부내용은 교육감 공약사업 관리카드 별첨 참조")])
    assert header["kind"] is None


def test_a_note_naming_the_title_words_is_not_the_kind_end_to_end() -> None:
    assert extract_file(FIX / "t1-note-title.txt")[0]["header"]["kind"] is None


# 4. the office of education spaced or by its head's title


def test_an_office_of_education_spaced_or_by_its_heads_title_is_one_issuer() -> None:
    for title in (
        "서령도교육청 교육감 공약사업 관리카드",
        "서령도 교육청 교육감 공약사업 관리카드",
        "서령도교육감 공약사업 관리카드",
        "서령도 교육감 공약사업 관리카드",
    ):
        assert from_title(title) == "서령도교육청", title
    assert from_title("서령도 공약사업 관리카드") == "서령도"
    assert from_title("서령도지사 공약사업 관리카드") == "서령도"
    assert from_org_line("서령도 교육청 학생지원과") == "서령도교육청"
    assert from_org_line("서령도 학생지원과") == "서령도"


def test_spaced_office_card_and_a_province_card_naming_the_office(tmp_path: Path) -> None:
    assert extract_file(FIX / "i1-space-office.txt")[0]["header"]["issuer"] == "서령도교육청"
    text = (FIX / "i1-space-office.txt").read_text(encoding="utf-8").splitlines()
    province = tmp_path / "province.txt"  # a 도 card whose partner line names the office
    province.write_text(
        "\n".join(["서령도 공약사업 관리카드", "서령도교육청 학생지원과", *text[1:]]), encoding="utf-8"
    )
    assert extract_file(province)[0]["header"]["issuer"] == "서령도"


# 5. a table printing its own counter


def test_a_table_printing_its_counter_keeps_it_under_a_contradicting_unit_line() -> None:
    line = make_line("(단위: 명)")
    table = make_table([["구분", "간담회(회)", "설명회(회)", "합계(회)"], ["실적", "4회", "2회", "6회"]])
    assert prints_its_unit(table)
    got = {"unit": "회", "total": 6, "items": []}
    rest = unit_line_over([line, table], table, got)
    assert got["unit"] == "회" and rest == [line]  # the line left over, not taken
    bare = make_table([["구분", "간담회", "설명회", "합계"], ["실적", "4", "2", "6"]])
    assert not prints_its_unit(bare)
    got = {"unit": "회", "total": 6, "items": []}
    assert unit_line_over([line, bare], bare, got) == [] and got["unit"] == "명"
