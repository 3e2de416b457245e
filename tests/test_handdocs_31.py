"""Session 31's documents written by hand and measured blind (samples/handmade/README.md, "Fourth round"):
``doc-yunseul-metro-2-8.hwp``, the first hand-made HWP 5 (doc-hwp.py: the body written element by element,
turned into HWP 5 records by python-hwpx's writer), and ``doc-hanbyeol-edu-2-6.pdf`` (doc-pdf.py: a 교육청 card
over three portrait pages, a running header, page numbers, a table cut by a page break with its head repeated,
a photo drawn by Pillow and its caption). Blind 1.000 and 0.978, 0 wrong; the classes the PDF showed:

- an office of education glued to its unit (``한별도교육청``, printed only in the running header; also the text
  card seoryeong-education's title ``서령도교육청 교육감 …``) named no issuer (extract/issuer.py, vocabulary
  ``[issuer] offices``);
- a goal's figure counted in a word running text uses otherwise too (``120실`` | ``142실``; garamdeul's
  ``시범 2대`` | ``2대``) read null (extract/sections/goal_lone_counts.py);
- a photo's caption opening with its bracketed tag (``〈사진〉 늘봄 전용 교실 조성 모습``) amid the
  achievements left unparsed (extract/picture_tags.py).

A third, ``doc-saebyeol-district-4.hwpx`` (구, doc-hwpx.py), blind 0.963, 0 wrong: a header table's value cell
printing the contact in brackets after the department (``주거복지과 (담당 : 도예준, ☎ …)``) kept it in the
department (extract/sections/header_bracket_pairs.py); a partner listed as a name and its body's type, two words
(``협약 기관 : 새별구 사회적협동조합``), read as the name alone (extract/nlp.py); (not scored) the unit line over an
outreach table naming none (``(단위: 건)``) left unparsed under the default 회 (extract/sections/outreach_unit.py).

The documents' floors are in tests/test_handmade_cards.py (DOC_FLOORS).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.issuer import from_org_line, from_title, place_names
from pledgecard.extract.nlp import find_orgs
from pledgecard.extract.picture_tags import tagged_caption
from pledgecard.extract.sections.common import is_caption
from pledgecard.extract.sections.goal_lone_counts import closing_count, lone_count, with_lone_counts
from pledgecard.extract.sections.goal_record import make_goal
from pledgecard.extract.sections.header_bracket_pairs import bracketed_pairs
from pledgecard.extract.sections.outreach_unit import unit_line_over

from conftest import make_line, make_table

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"


def test_the_hwp_script_writes_the_committed_file(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("doc_hwp", HANDMADE / "doc-hwp.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    m = mod.owpml()
    out = tmp_path / "doc-yunseul-metro-2-8.hwp"
    mod.write_hwp(out, "공약사업 관리카드 2-8", mod.yunseul_metro(m), m)
    assert out.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE compound file: HWP 5
    assert out.read_bytes() == (HANDMADE / "doc-yunseul-metro-2-8.hwp").read_bytes()


def test_an_office_of_education_glued_to_its_unit_is_the_issuer() -> None:
    assert from_title("한별도교육청 교육감 공약사업 관리카드 2-6") == "한별도교육청"
    assert from_org_line("한별도교육청") == "한별도교육청"
    assert from_title("서령특별시교육청 교육감 공약 관리카드") == "서령특별시교육청"
    assert from_title("천안시장 공약사업 관리카드") == "천안시"  # a head's title is still cut off
    assert from_org_line("성북구청") == "성북구"  # 청 (the office of the unit itself) is still cut off
    assert place_names("한별도교육청") == frozenset({"한별"})
    assert from_org_line("교육청") is None  # no unit in front: no issuer


def test_a_goal_cell_only_a_figure_and_its_counter_is_a_count() -> None:
    assert lone_count("120실") == (120, "실") and lone_count("1,200톤") == (1200, "톤")
    assert lone_count("3대 핵심분야") == (None, None)  # running text: no count of 3
    assert lone_count("시범 2대") == (None, None) and lone_count("120") == (None, None)
    assert closing_count("시범 2대", "대") == 2 and closing_count("8대 운행", "대") is None
    goal = make_goal("전용 교실 조성", 2024, "120실", "완료", "142실", None)
    assert (goal["target_value"], goal["target_unit"], goal["actual_value"]) == (120, "실", 142)
    pair = make_goal(
        "DRT 도입", 2023, "시범 2대", None, "2대", None
    )  # the target closes in the actual's counter
    assert (pair["target_value"], pair["target_unit"], pair["actual_value"]) == (2, "대", 2)
    loose = make_goal("DRT 도입", 2024, "8대 운행", None, "8대 운행", None)  # no cell proves a count: null
    assert loose["target_value"] is None and loose["actual_value"] is None
    read = with_lone_counts(
        {
            "project": None,
            "year": 2024,
            "target": "40명",
            "target_value": 40,
            "target_unit": "명",
            "status": None,
            "actual": "3대",
            "actual_value": None,
            "detail": None,
        }
    )
    assert read["target_value"] == 40 and read["target_unit"] == "명" and read["actual_value"] == 3


def test_a_caption_opening_with_its_picture_tag() -> None:
    assert tagged_caption("〈사진〉 늘봄 전용 교실 조성 모습") and tagged_caption("[그림 1] 사업 위치도")
    assert is_caption("<사진 2> 개소식") and is_caption("<사업 위치도>")
    assert not tagged_caption("<세부사업> 기반 조성")  # a bracketed label, no picture's
    assert not tagged_caption("〈사진〉 개소식 : 2025. 3.")  # a colon and a date: an item's
    assert not tagged_caption("〈사진〉")


def test_the_documents_read_their_shapes() -> None:
    hwp = extract_file(HANDMADE / "doc-yunseul-metro-2-8.hwp")[0]
    assert (
        hwp["source"]["format"] == "hwp" and hwp["header"]["contact_name"] == "문가온"
    )  # the merged label's two rows
    assert hwp["header"]["contact_phone"] == "052-229-7713"
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in hwp["goals"]][:3] == [
        ("빈집 정비", 2024, 40, 36),
        ("빈집 정비", 2025, 80, 64),
        ("빈집 정비", 2026, 120, None),
    ]
    assert [c["year"] for c in hwp["funding"]["columns"]] == [2023, 2024, 2025, 2026, None]  # the years down
    assert hwp["outreach"]["total"] == 19 and len(hwp["outreach"]["items"]) == 5  # across, the total first
    pdf = extract_file(HANDMADE / "doc-hanbyeol-edu-2-6.pdf")[0]
    assert (pdf["source"]["page_start"], pdf["source"]["page_end"]) == (1, 3)
    assert pdf["header"]["issuer"] == "한별도교육청" and pdf["unparsed"] == []
    # the outreach table cut by the page break, its head printed again on page 3: one table, no head as a row
    assert [(x["category"], x["count"]) for x in pdf["outreach"]["items"]] == [
        ("meetings", 5),
        ("survey", 1),
        ("experts", 3),
        ("media", 12),
        ("other", 2),
    ]
    assert pdf["outreach"]["total"] == 23
    assert [
        (g["target_value"], g["target_unit"], g["actual_value"])
        for g in pdf["goals"]
        if g["project"] == "전용 교실 조성"
    ] == [(120, "실", 142), (200, "실", 158)]


def test_a_header_value_cell_printing_the_contact_in_brackets() -> None:
    assert bracketed_pairs("lead_dept", "주거복지과 (담당 : 도예준, ☎ 02-3470-2231)") == [
        ("lead_dept", "주거복지과"),
        ("contact_name", "도예준, ☎ 02-3470-2231"),
    ]
    assert bracketed_pairs("status", "추진중(정상)") == [
        ("status", "추진중(정상)")
    ]  # no label in the bracket
    assert bracketed_pairs("title", "청년 일자리(전화 상담 1,200건)") == [
        ("title", "청년 일자리(전화 상담 1,200건)")
    ]
    got = extract_file(HANDMADE / "doc-saebyeol-district-4.hwpx")[0]["header"]
    assert (got["lead_dept"], got["contact_name"], got["contact_phone"]) == (
        "주거복지과",
        "도예준",
        "02-3470-2231",
    )


def test_a_listed_partner_a_name_and_its_bodys_type() -> None:
    assert find_orgs("협약 기관 : 새별구 사회적협동조합") == ["새별구 사회적협동조합"]
    assert find_orgs("참여기업 : 다온팜, 한결에너지") == ["다온팜", "한결에너지"]  # one word each, as before


def test_the_unit_line_names_the_unit_of_a_table_naming_none() -> None:
    unit, table = make_line("(단위: 건)"), make_table([["구분", "주민설명회", "합계"], ["실적", "4", "4"]])
    got = {"unit": "회", "total": 13, "items": []}  # the default unit of a table naming none
    assert unit_line_over([unit, table], table, got) == [] and got["unit"] == "건"
    named = {"unit": "명", "total": 3, "items": []}  # a unit the table named stays; the line is another's
    assert unit_line_over([unit, table], table, named) == [unit] and named["unit"] == "명"
