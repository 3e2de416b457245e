"""The template family designed blind in session 14 (samples/families.py: ``gilmok-city``, a 시 card modelled
on real published cards and quarterly 공약 추진상황 reports) and the structures it brought in, on small
grids and lines:

- the header opens with the pledge's place in the city's plan, a row a level (분야 | 공약 | 세부사업): the
  card's own level (세부사업) is the title when no title label is printed, and the hierarchical number
  opening it (``3-2-7.``) the 관리번호 when none is printed;
- the status printed as the real scheme's options each with a bracketed mark (``완료( ) 정상추진(○)
  부진( )``): the marked option is the status, also where a converter printed the row under a label
  still waiting for another value;
- a heading glyph before the headings' numbers (``■ Ⅴ.``): the next heading in the run is a sibling, never
  a line of the section above (``■ Ⅵ. 향후 추진계획`` was read as a plan under the unknown ``■ Ⅴ.``);
- a layout dump's title line centred where a label-left header's contents start is no line of that
  header region (the dump read no card);
- a goal row opening with a year printed as the table's year lines are, under a header a dump broke
  (no year column named): that row's year, no word of its target;
- sub-items typed with the full-width hyphen-minus (``－``) or the minus sign: dash bullets.

Blind figures (the extractor unchanged, the family's first generation): PDF 0.954, HWPX 0.954, HWP 0.954,
txt 0.736, no wrong figure (the title and 관리번호 unread, the status the whole row of options coded
``dropped``, the 기확보 column and the txt goal table unread, the plans' heading read as a plan). After:
1.000 in all four formats, no wrong figure (six unseen seeds, 24 cards: 1.000 in all four); the
markers changed to ``○ － ㆍ`` after the blind measure (``○ - ㆍ`` was another family's) read 0.89-0.91
until the full-width hyphen was a dash bullet.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from pledgecard import extract_file
from pledgecard.extract.heading_shapes import sibling_headings
from pledgecard.extract.markers import marker_level, split_marker
from pledgecard.extract.readers.text_label_regions import find_regions
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.header import read_header, value_kind
from pledgecard.normalize.status import status_code, ticked_option
from pledgecard.scoring import score_record

from conftest import family_cards, make_line

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "gilmok-city"
LAYOUT = Path(__file__).resolve().parent.parent / "samples" / "layout" / "families"


# ------------------------------------------------------------------------------ the status's options


@pytest.mark.parametrize(
    ("row", "ticked"),
    [
        ("완료( )  이행후 계속추진( )  정상추진(○)  일부추진( )  부진( )  보류( )", "정상추진"),
        ("완료( ) 부진(○) 보류( )", "부진"),
        ("완료[ ] 정상추진[V] 부진[ ]", "정상추진"),
        ("완료(●) 정상추진(○) 부진(○)", "완료"),  # marks of both kinds: the ticked kind's
    ],
)
def test_options_with_bracketed_marks_tick_the_marked_one(row: str, ticked: str) -> None:
    assert ticked_option(row) == ticked


@pytest.mark.parametrize(
    "text",
    [
        "완료(100%)",  # one option: a status with its progress
        "추진중(정상)",
        "정상추진(계속) 완료(○)",  # a bracket of words is no mark
        "완료( ) 부진( )",  # nothing marked
        "완료(○) 부진(○)",  # marks of one kind in every bracket: none told apart
    ],
)
def test_texts_that_are_no_row_of_marked_options(text: str) -> None:
    assert ticked_option(text) is None


def test_a_row_of_marked_options_is_a_status_value_however_long() -> None:
    assert value_kind("완료( ) 이행후 계속추진( ) 정상추진( ) 일부추진( ) 부진(○) 보류( )") == "status"


def test_the_header_reads_the_marked_option_as_the_status() -> None:
    header, _, _ = read_header(
        [make_line("이행상황 완료( ) 이행후 계속추진( ) 정상추진(○) 일부추진( ) 부진( ) 보류( )")]
    )
    assert header["status"] == "정상추진"
    assert header["status_code"] == status_code("정상추진") == "ongoing_normal"


def test_a_status_row_printed_under_a_waiting_phone_label_is_not_the_phone() -> None:
    # pdftotext prints the phone cell of the right-hand column after the rows below it
    lines = ["담당자", "모서희", "연락처", "이행상황", "완료( ) 정상추진( ) 부진(○) 보류( )", "9800"]
    header, _, _ = read_header([make_line(t) for t in lines])
    assert header["status"] == "부진"
    assert header["contact_phone"] == "9800"


# ------------------------------------------------------------------------------ 분야 > 공약 > 세부사업


def test_the_sub_project_row_under_the_hierarchy_is_the_title_and_its_number_the_mgmt_no() -> None:
    lines = [
        "분 야 Ⅵ. 교육·청년",
        "공 약 6-5. 시민이 안심하는 생활안전망 구축",
        "세부사업 6-5-71. 길목시 창업 지원센터 건립",
        "주관부서 경제정책과 담당자 모서희 연락처 9800",
    ]
    header, _, _ = read_header([make_line(t) for t in lines])
    assert header["title"] == "길목시 창업 지원센터 건립"
    assert header["mgmt_no"] == "6-5-71"
    assert header["lead_dept"] == "경제정책과"
    assert "sub_title" not in header


def test_a_printed_title_label_wins_over_the_sub_project_and_a_printed_number_is_kept() -> None:
    lines = ["공약명 청년 창업 생태계 조성", "관리번호 3-12", "세부사업 3-12-4. 창업 지원센터 건립"]
    header, _, _ = read_header([make_line(t) for t in lines])
    assert header["title"] == "청년 창업 생태계 조성"
    assert header["mgmt_no"] == "3-12"


def test_a_title_opening_with_a_plain_number_is_no_hierarchy() -> None:
    header, _, _ = read_header([make_line("세부사업 2030 탄소중립 도시 조성")])
    assert header["title"] == "2030 탄소중립 도시 조성"
    assert header["mgmt_no"] is None


# ------------------------------------------------------------------------------ headings after a glyph


def _section(heading: str) -> SimpleNamespace:
    return SimpleNamespace(heading=heading)


def test_a_glyph_before_the_number_keeps_the_next_heading_a_sibling() -> None:
    opener = make_line("Ⅵ. 향후 추진계획", marker="■")
    assert sibling_headings(_section("■ Ⅴ. 시민 참여 및 소통"), SimpleNamespace(opener=opener))
    earlier = make_line("Ⅳ. 향후 추진계획", marker="■")  # numbered before the heading above: no sibling
    assert not sibling_headings(_section("■ Ⅴ. 시민 참여 및 소통"), SimpleNamespace(opener=earlier))
    bullet = make_line("향후 추진계획", marker="○")  # a bullet naming a section: no number, no sibling
    assert not sibling_headings(_section("■ Ⅴ. 시민 참여 및 소통"), SimpleNamespace(opener=bullet))


# ------------------------------------------------------------------------------ layout dumps


def test_a_title_line_centred_over_the_contents_column_is_no_line_of_the_header_region() -> None:
    dump = LAYOUT / "gilmok-city-58007-layout.txt"  # the title centred at the column the values start at
    lines = [to_tline(k + 1, 1, t) for k, t in enumerate(dump.read_text(encoding="utf-8").split("\n"))]
    regions = find_regions(lines)
    assert all(a > 0 for a, _, _ in regions)  # the title line (index 0) is no line of a region
    got = extract_file(dump)
    assert [r["header"]["title"] for r in got] == ["청년농업 혁신밸리 조성 및 청년농 3명 육성"]


# ------------------------------------------------------------------------------ goal rows in a dump


def test_a_row_opening_with_a_year_printed_as_the_year_lines_are_is_that_years() -> None:
    lines = [
        "계획 실적 이행률(%) 추진상황",
        "2023",
        "3.1km 2.9km 94% 완료",
        "2024 공정률 70% 공정률 38% 54% 완료",
    ]
    got = goal_rows(lines)
    assert got is not None
    rows, _ = got
    assert [(r.year, r.target, r.actual) for r in rows] == [
        (2023, "3.1km", "2.9km"),
        (2024, "공정률 70%", "공정률 38%"),
    ]


def test_a_target_opening_with_a_year_of_another_shape_stays_the_target() -> None:
    lines = ["계획 실적 이행률(%) 추진상황", "<2024>", "2026년 준공 설계 완료 50% 추진중"]
    got = goal_rows(lines)
    rows = got[0] if got else []
    assert all(r.year != 2026 for r in rows)


# ------------------------------------------------------------------------------ dash bullets


@pytest.mark.parametrize("dash", ["\uff0d", "\ufe63", "\u2212"])
def test_full_width_and_minus_dashes_before_white_space_are_dash_bullets(dash: str) -> None:
    assert split_marker(f"{dash} 기업지원") == (dash, "기업지원")
    assert marker_level(dash) == 2
    assert split_marker(f"{dash}1,234") == (None, f"{dash}1,234")  # glued to a figure: a number


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, expected, got in family_cards(FAMILY, "gilmok-city-*-*.*"):
        assert len(got) == len(expected)
        for exp, rec in zip(expected, got, strict=True):
            assert score_record(exp, rec).score() == 1.0, path.name
