"""The template family designed blind in session 14 (samples/families.py: ``sanha-county``, a county
card set as HWP authors set their tables) and the structures it brought in, on small grids and lines:

- section labels set vertically in a narrow label column, one syllable a paragraph (``추`` / ``진`` /
  ``실`` / ``적``): a text dump's syllable lines joined again (the last one may open the line of the
  content cell; a known label ends a run before a table's one-syllable cell, ``계``); a layout dump's
  gutter of syllables left of the content read as labels placed where their cells begin; a label a
  PDF page break cut into two label cells beside one content cell (``성 과`` + ``목 표``);
- labels spread to fill their cells (``구    분``: one gap of up to six spaces inside a known label);
- a transposed funding dump whose head ends in a derived column (``전년대비 증감``, one figure a row);
- goals a years-across matrix whose years sit under a spanning head (``구분`` merged across two rows
  and two columns), an indicator's unit after its name in its cell (``청년주택 공급(호)``): as tables,
  as dump lines (the years on a line of their own), a cell a line (hwpx-text-extract), and a project
  cell a layout dump wrapped over its rows (``청년주택 공급`` / ``(호)``).

Blind figures (the extractor unchanged, the family's first generation): PDF 0.651, HWPX 0.651, HWP
0.651, txt 0.542, no wrong figure (goals and outreach 0: the vertical labels named no section, the
goal head of two rows read no year); after: 0.998 in every format (``산하대학교`` is no org: 산하 is a
generic stem of the lexicon), no wrong figure; converters: hwpx-text-extract 0.67 -> 0.998, pdftotext
-raw 0.63 -> 0.83, pdftotext -layout 0.41 / 0.04 -> 0.996 / 0.657 (the second card's goal rows, indicators
on lines of their own, left unread), pdftotext 0.24 (syllables among the content lines, left as printed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.readers.text import read as read_text
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_syllable_gutter import gutter_labels
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.extract.sections.goal_across import goals_across, goals_across_cells
from pledgecard.extract.sections.goals import extract_goals, goals_from_table
from pledgecard.scoring import load_records, score_record

from conftest import committed_records, make_line, make_table, shared_tools

FAMILY = Path(__file__).resolve().parents[1] / "samples" / "families" / "sanha-county"


def _texts(lines: list) -> list[str]:
    return [ln.text.strip() for ln in lines if ln.text.strip()]


# ------------------------------------------------------------------------------ vertical labels


def test_a_label_one_syllable_a_line_is_joined_into_one_line() -> None:
    lines = split_lines("사\n\n업\n\n개\n\n요\n- 사업기간 : 2024. 1.~2026. 12.\n")
    assert _texts(join_vertical_labels(lines)) == ["사업개요", "- 사업기간 : 2024. 1.~2026. 12."]


def test_the_last_syllable_opening_the_content_line_completes_a_known_label() -> None:
    lines = split_lines("향\n후\n계\n획 - 체험관 운영 방안 마련 : 2026. 1.\n")
    assert _texts(join_vertical_labels(lines)) == ["향후계획", "- 체험관 운영 방안 마련 : 2026. 1."]


def test_two_lone_syllables_naming_no_section_stay_as_printed() -> None:
    lines = split_lines("가\n나\n다음 줄\n")
    assert _texts(join_vertical_labels(lines)) == ["가", "나", "다음 줄"]


def test_a_run_ends_after_a_known_label_before_a_tables_one_syllable_cell() -> None:
    lines = split_lines("군\n민\n소\n통\n계\n27회 5 2\n")
    assert _texts(join_vertical_labels(lines)) == ["군민소통", "계", "27회 5 2"]


def test_a_gutter_of_syllables_left_of_the_content_becomes_labels_where_their_cells_begin() -> None:
    dump = "\n".join(
        [
            "관리번호          6-7",
            "",
            "    - 사업기간 : 23.1.~28.2.",
            "사",
            "    - 총사업비 : 3,954천원",
            "업",
            "    - 주요내용",
            "개",
            "    · 교육 제공",
            "요",
            "    · 협력체계 운영",
            "추   ○ 그간 추진실적 ('24. 4/4분기 누계)",
            "진   - 공모사업 선정 : '23. 9. 27.",
            "실   - 아카데미 운영 : 2023. 8.",
            "적   - 협약 체결 : 2023. 1. 19.",
            "",
        ]
    )
    got = _texts(gutter_labels(split_lines(dump)))
    assert got[:3] == ["관리번호          6-7", "사업개요", "- 사업기간 : 23.1.~28.2."]
    assert got.index("추진실적") == got.index("· 협력체계 운영") + 1  # the cell before ends where this begins
    assert not any(len(t) == 1 for t in got)  # every syllable taken off its line


def test_one_label_in_a_gutter_is_no_gutter() -> None:
    dump = "사   - 가\n업   - 나\n개   - 다\n요   - 라\n"
    assert [ln.text for ln in gutter_labels(split_lines(dump))] == [ln.text for ln in split_lines(dump)]


def test_a_label_cut_in_two_cells_beside_one_content_cell_is_one_label() -> None:
    content = Cell(0, 1, "", row_span=2, nested=[make_table([["2024", "2025"], ["목표", "3"]])])
    table = Table(cells=[Cell(0, 0, "성\n과"), content, Cell(1, 0, "목\n표")], n_rows=2, n_cols=2)
    items = unpack_table(table)
    assert isinstance(items[0], Line) and items[0].heading and "".join(items[0].text.split()) == "성과목표"


def test_label_cells_that_name_sections_alone_are_no_pieces() -> None:
    content = Cell(0, 1, "- 가\n- 나", row_span=2)
    table = Table(cells=[Cell(0, 0, "사업개요"), content, Cell(1, 0, "추진실적")], n_rows=2, n_cols=2)
    heads = [it.text for it in unpack_table(table) if isinstance(it, Line) and it.heading]
    assert heads[0] == "사업개요" and "사업개요 추진실적" not in heads


# ------------------------------------------------------------------------------ spread labels, funding


def test_a_label_spread_to_fill_its_cell_is_one_cell() -> None:
    (line,) = [ln for ln in split_lines("구    분 국    비 도    비\n") if ln.segs]
    assert [s.text for s in line.segs] == ["구    분 국    비 도    비"]


def test_a_two_syllable_run_of_unknown_words_far_apart_stays_apart() -> None:
    (line,) = [ln for ln in split_lines("가    나\n") if ln.segs]
    assert [s.text for s in line.segs] == ["가", "나"]


def test_a_transposed_funding_dump_ending_in_a_derived_column_reads_without_it() -> None:
    lines = [
        make_line(t)
        for t in (
            "구 분 국 비 도 비 군 비 소 계 전년대비 증감",
            "2023년 245,275 864,425 743,767 1,853,467 -",
            "2024년 508,343 522,951 319,154 1,350,448 △503,019",
            "합계 753,618 1,387,376 1,062,921 3,203,915 -",
        )
    ]
    grid = transposed_grid_from_lines(lines)
    assert grid[0] == ["", "국비", "도비", "군비", "소계"]
    assert grid[2] == ["2024년", "508,343", "522,951", "319,154", "1,350,448"]


def test_a_derived_column_whose_rows_do_not_add_up_is_not_read() -> None:
    lines = [
        make_line(t)
        for t in ("구분 국비 도비 소계 전년대비 증감", "2023년 100 200 300 -", "2024년 100 200 999 50")
    ]
    assert transposed_grid_from_lines(lines) == []


# ------------------------------------------------------------------------------ goals


def _matrix() -> list[list[str]]:
    return [
        ["구분", "구분", "연도별 목표 및 실적", "연도별 목표 및 실적", "연도별 목표 및 실적"],
        ["구분", "구분", "2022", "2023", "2024"],
        ["청년주택 공급(호)", "목표", "112", "82", "62"],
        ["청년주택 공급(호)", "실적", "80", "82", "-"],
    ]


def test_a_years_across_matrix_reads_its_years_under_a_spanning_head() -> None:
    got = goals_across(_matrix())
    assert [(g.year, g.target, g.actual, g.row) for g in got] == [
        (2022, "112", "80", 2),
        (2023, "82", "82", 2),
        (2024, "62", None, 2),
    ]


def test_an_indicators_unit_after_its_name_counts_its_bare_figures() -> None:
    goals = goals_from_table(make_table(_matrix()))
    assert {(g["project"], g["target_value"], g["target_unit"], g["actual_value"]) for g in goals} == {
        ("청년주택 공급", 112, "호", 80),
        ("청년주택 공급", 82, "호", 82),
        ("청년주택 공급", 62, "호", None),
    }


def test_a_head_row_naming_a_field_is_no_span_over_the_years() -> None:
    grid = _matrix()
    grid[0][2:] = ["목표", "목표", "목표"]
    assert goals_across(grid) is None


def test_a_two_line_head_over_a_line_of_years_reads_in_a_dump() -> None:
    lines = [
        make_line(t)
        for t in (
            "구 분 연도별 목표 및 실적",
            "2022 2023 2024",
            "시설 설치(개소) 목표 3 11 10",
            "실적 2 11 -",
        )
    ]
    for ln in lines:
        ln.printed = ln.text
    got = extract_goals(lines).value["goals"]
    assert [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in got] == [
        ("시설 설치", 2022, 3, 2),
        ("시설 설치", 2023, 11, 11),
        ("시설 설치", 2024, 10, None),
    ]


def test_a_matrix_a_cell_a_line_reads_when_every_line_is_its_cell() -> None:
    cells = [
        "구    분",
        "연도별 목표 및 실적",
        "2022",
        "2023",
        "청년주택 공급(호)",
        "목표",
        "112",
        "82",
        "실적",
        "80",
        "-",
    ]
    got = goals_across_cells(cells)
    assert got is not None and [(g.year, g.target, g.actual) for g, _ in got.goals] == [
        (2022, "112", "80"),
        (2023, "82", None),
    ]
    assert goals_across_cells(cells[:-1]) is None  # a cell left out: nothing read
    assert goals_across_cells([*cells, "※ 2024년 목표 조정"]) is None  # a line of something else


def test_a_project_cell_wrapped_over_its_rows_is_one_name() -> None:
    grid = [["", "", "2022", "2023"], ["청년주택 공급", "목표", "112", "82"], ["(호)", "실적", "80", "82"]]
    goals = goals_from_table(make_table(grid))
    assert {(g["project"], g["target_unit"]) for g in goals} == {("청년주택 공급", "호")} and len(goals) == 2
    grid[2][0] = "주거 지원"  # two names: no one cell's
    assert goals_across(grid) == []


# ------------------------------------------------------------------------------ the family's files


@pytest.mark.parametrize("path", sorted(FAMILY.glob("sanha-county-*-*.*[!n]")), ids=lambda p: p.name)
def test_the_familys_files_read_whole_with_no_wrong_figure(path: Path) -> None:
    _, wf = shared_tools()
    exp = load_records(path.with_name(path.stem + ".expected.json"))
    got = committed_records(path)
    assert len(got) == len(exp)
    for e, g in zip(exp, got, strict=True):
        assert score_record(e, g).score() >= 0.99, path.name
        assert [x for x in wf.figures(e, g) if x[3] is not None and x[3] != x[2]] == []
        assert len(g["goals"]) == len(e["goals"]) and g["outreach"] is not None


def test_the_dump_prints_the_labels_one_syllable_a_line() -> None:
    dump = next(FAMILY.glob("*-txt.txt")).read_text(encoding="utf-8")
    assert "\n사\n\n업\n\n개\n\n요\n" in dump and "구    분" in dump and "전년대비 증감" in dump
    doc = read_text(dump.encode("utf-8"))
    assert sum(1 for b in doc.blocks if getattr(b, "text", "") in ("사업개요", "추진실적", "투자계획")) == 3


def test_a_project_printed_on_its_own_line_before_its_target_row_is_that_rows() -> None:
    lines = [
        make_line(t)
        for t in (
            "구 분",
            "연도별 목표 및 실적",
            "2022 2023",
            "정비 구간(km)",
            "목표 1.7 2.1",
            "실적 1.1 -",
            "공정률(%)",
            "목표 20 30",
            "실적 20 -",
        )
    ]
    for ln in lines:
        ln.printed = ln.text
    got = extract_goals(lines).value["goals"]
    assert [
        (g["project"], g["year"], g["target_value"], g["target_unit"], g["actual_value"]) for g in got
    ] == [
        ("정비 구간", 2022, 1.7, "km", 1.1),
        ("정비 구간", 2023, 2.1, "km", None),
        ("공정률", 2022, 20, "%", 20),
        ("공정률", 2023, 30, "%", None),
    ]


def test_a_column_of_wrapped_one_syllable_cells_is_no_label() -> None:
    lines = split_lines("2024\n년\n2025\n년\n\n년\n\n년\n\n계\n")
    assert _texts(join_vertical_labels(lines)) == _texts(lines)
