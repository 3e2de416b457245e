"""Rules of the label-left body reader (extract/readers/text_regions.py) on small dumps:
section labels marked with a bullet glyph, and a card's header printed above its label column."""

from __future__ import annotations

import pytest

from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_lines import split_lines

# A card title, its header as a table (rows of cells at the left margin), then the body: labels
# marked with a bullet glyph (● 공약 개요) centred beside their content lines.
HEADER_TABLE = [
    "                 한울특별자치도 민선8기 도지사 공약 실천계획 관리카드",
    "",
    "과제번호          1-9          공약과제          도시숲 실천 나무심기",
    "",
    "소관부서       탄소중립담당관           담당        석소호         전화번호   423-2606",
    "",
    "협조부서       투자유치과            실천목표      임기 내 추진       이행상태   완료",
    "",
]
BODY = [
    "              ◦ 사업기간 : 2022. 7. ~ 2026. 2.",
    " ● 공약 개요      ◦ 주요내용",
    "              - 도시숲 기반 조성을 위한 구축",
    "",
    "              ◦ 그린센터 실시설계 및 착공 : 2025년",
    "● 향후 추진일정   ◦ 도시숲 추진계획 수립 : 2025년 상반기 예정",
    "              ◦ 도시숲 성과평가 : '25. 8월 예정",
    "",
    "              ◦ 양질의 일자리 창출로 청년인구 유출 방지",
    " ● 기대효과",
    "              ◦ 대외 인지도 확대",
]
# The same header as paragraphs (○ 공약명 : ...), single lines at the left margin.
HEADER_PARAGRAPHS = [
    "     아름구 민선8기 구청장 공약사업 추진상황 관리카드",
    "",
    "○ 공약명 : 다함께 공공돌봄 센터 확충",
    "",
    "○ 주관부서 : 아동청소년담당관",
    "",
    "○ 담당자 : 맹윤수 (☎ 267-9194)",
    "",
    "○ 협조부서 : 여성가족과",
    "",
    "○ 추진상황 : 일부추진",
    "",
]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("● 공약 개요", True),  # a bullet glyph over a section's name
        ("● 도민 소통 실적(분기", True),  # longer than a short label: the name with its remark, wrapped
        ("● 2024년 계획", False),  # a figure: no label
        ("● 주요내용", False),  # a bullet item: no section's name
        ("◦ 사업기간", False),
    ],
)
def test_a_bullet_glyph_over_a_section_name_is_a_label(text: str, label: bool) -> None:
    assert text_regions.label_shaped(text) is label


def test_a_glyph_the_content_uses_as_its_bullet_opens_no_label() -> None:
    """``○`` opening the content lines at the column marks items: ``○ 추진실적`` left of it is no
    label (a glyph the content does not use there, ``●``, is)."""
    assert text_regions.label_shaped("○ 추진실적", frozenset("○")) is False
    assert text_regions.label_shaped("● 추진실적", frozenset("○")) is True
    lines = split_lines("\n".join(HEADER_TABLE + BODY) + "\n")
    assert text_regions._content_bullets(lines, list(range(len(lines))), lambda _: 14) == frozenset("◦-")


@pytest.mark.parametrize("header", [HEADER_TABLE, HEADER_PARAGRAPHS], ids=["table", "paragraphs"])
def test_a_header_above_the_body_does_not_hide_its_label_column(header: list[str]) -> None:
    lines = split_lines("\n".join(header + BODY) + "\n")
    [region] = text_regions.find(lines)
    assert region.col == 14
    assert [" ".join(s.text for s in c.label) for c in region.cells] == [
        "● 공약 개요",
        "● 향후 추진일정",
        "● 기대효과",
    ]
    first = [" ".join(s.text for s in ln.segs) for ln in region.cells[0].lines if ln.segs]
    assert first == ["◦ 사업기간 : 2022. 7. ~ 2026. 2.", "◦ 주요내용", "- 도시숲 기반 조성을 위한 구축"]


def test_lines_above_the_column_count_without_a_card_title_over_them() -> None:
    """A page with no card title: the lines left of the column above its first line are
    content of a page of content (no header), and they still count against a label column."""
    lines = split_lines("\n".join(HEADER_PARAGRAPHS[2:] + BODY) + "\n")
    assert text_regions.find(lines) == []


def test_a_header_is_skipped_only_beside_a_label_that_opens_a_cell() -> None:
    """Below the header, labels without a marker or number (a goal table's project cell) do not
    make the lines above them a header: no label column."""
    body = [ln.replace("● ", "  ") for ln in BODY]
    lines = split_lines("\n".join(HEADER_PARAGRAPHS + body) + "\n")
    assert text_regions.find(lines) == []


def test_a_label_wrapped_far_down_its_tall_cell_is_completed() -> None:
    """A label whose lines a tall cell spreads apart (``<2> 연도별`` ... ``재원 투자계`` ... ``획``):
    the last piece joins it when only with it the label names a section."""
    from pledgecard.extract.readers.text_lines import Seg

    def seg(text: str) -> Seg:
        return Seg(text, 0, len(text), 0, len(text), 0)

    assert text_regions._completes([seg("<2> 연도별"), seg("재원 투자계")], seg("획"))
    assert not text_regions._completes([seg("<2> 재원투자")], seg("계획"))  # named already: a new label
    assert not text_regions._completes([seg("<2> 연도별")], seg("국비"))  # names nothing with it


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("시비 구비", None),  # two rows' labels run together on one line
        ("지방비 도비", "도비"),  # a group over its part
        ("국비", "국비"),
        ("합계 국비", "국비"),
    ],
)
def test_two_sources_run_together_name_no_row(cell: str, label: str | None) -> None:
    from pledgecard.extract.sections.funding_source_labels import source_label

    assert source_label([cell]) == label


def _paragraphs(rows: list[tuple[str | None, str, int]]) -> list[str]:
    from pledgecard.extract.document import Paragraph
    from pledgecard.extract.textjoin import join_broken_lines

    return [p.text for p in join_broken_lines([Paragraph(text=t, marker=m, indent=i) for m, t, i in rows])]


def test_a_line_far_left_of_a_bullet_item_is_no_wrapped_rest_of_it() -> None:
    """An item table in a layout dump: the note line of one row (``* 참여기관 : …``, its marker at
    the content column) and the next row's date and text starting at the page's left edge."""
    note = ("*", "참여기관 : 이슬문화재단, 새봄솔루션 등 관계기관", 9)
    assert _paragraphs([note, (None, "'22. 9 ~ 1. 스마트팜 업무협약 체결 완료", 1)]) == [
        "참여기관 : 이슬문화재단, 새봄솔루션 등 관계기관",
        "'22. 9 ~ 1. 스마트팜 업무협약 체결 완료",
    ]
    # the wrapped rest at the marker or a little left of it (a paragraph indented on its first line)
    assert len(_paragraphs([note, (None, "및 관련 기업 다수 참여", 9)])) == 1
    assert len(_paragraphs([note, (None, "및 관련 기업 다수 참여", 7)])) == 1
    # one word far left: the wrapped rest of a narrow date cell beside the item, joined as before
    assert len(_paragraphs([note, (None, "기", 1)])) == 1


def test_status_cells_printed_together_between_two_year_marks_give_no_row_a_status() -> None:
    """An unaligned goal table's text rows: two status cells, each with its actual, between the
    second mark and the next (the first mark's row has none): no row is given a status or an
    actual (one would be a row off); the targets keep their marks' years."""
    from pledgecard.extract.sections.goals import goals_from_text

    text = (
        "주요사업 목표치 추진상황 추진내용\n스마트팜 지원사업 <2023> 교육생 양성(50명) <2024> 협약 체결(40건) "
        "완료 (71명) 추진중 (38건) 육묘장 운영\n<2025> 미착수"
    )
    got = goals_from_text(text)
    assert [(g["year"], g["target"], g["status"], g["actual_value"]) for g in got] == [
        (2023, "교육생 양성(50명)", None, None),
        (2024, "협약 체결(40건)", None, None),
    ]
    one = goals_from_text(
        "주요사업 목표치 추진상황\n지원사업 <2023> 교육생 양성(50명) 완료 (71명) <2024> 협약 체결(40건) 추진중 (38건)"
    )
    assert [(g["status"], g["actual_value"]) for g in one] == [
        ("완료", 71),
        ("추진중", 38),
    ]  # each in its row


def test_a_cell_printed_between_rows_is_one_cell_not_cut_across_them() -> None:
    """A 지표명 cell spanning three rows, its two lines printed between the rows' lines (none on a
    row's own line, so no top-aligned cell wrapped under its row: a centred one): read as one
    cell, not cut into the rest of the row above each line (``청년 일자리`` / ``기반 구축``)."""
    from pledgecard.extract.readers.text_columns import build_table

    src = (
        "\n".join(
            [
                "    연도         지표명          목표               실적     달성률    추진상황",
                "",
                "   2019                     2.9km           1.5km   52%    추진 중",
                "             청년 일자리",
                "   2020                     5.2km             -      -     미착수",
                "              기반 구축",
                "   2021                     1.9km             -      -     미착수",
            ]
        )
        + "\n"
    )
    table = build_table(split_lines(src), src)
    assert table is not None
    names = [row[1] for row in table.grid()[1:]]
    assert sorted(names) == ["", "", "청년 일자리 기반 구축"]
    assert [row[5] for row in table.grid()[1:]] == ["추진 중", "미착수", "미착수"]
