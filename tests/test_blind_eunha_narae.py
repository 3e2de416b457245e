"""The two template families designed blind in session 6 (samples/families.py: ``eunha-province``,
``narae-city``) and the classes of failure they exposed, read on real files and on small grids:

- a funding table continued in a second table stacked under it (further years, no total column),
  as tables and as the lines of a text dump;
- a flattened two-level funding header whose first line holds labels after the spanning heading
  (``구분 | 연차별 투자계획 | 합계 | 임기 후`` over the years): the total amid the periods;
- a side table keyed by names with a 합계 row on top and 소계 rows (no numbered table), its total
  row's label merged over the first columns;
- a goal table headed ``계획 | 실적``: 계획 names the target column as a whole cell only (inside
  ``연도별 투자 실적 및 계획`` it names nothing);
- statuses with a remark, ``정상추진(계속)``, and ``일부완료`` / ``보류``;
- a header label word inside the card's title words (``… 공약사업 관리카드``);
- in layout dumps: a heading opening the next page glued onto a row of figures, two stacked funding
  tables read as one (cut at the repeated 구분 head), a year head with the spanning heading glued on.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.roles import is_goals_table
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_header import header_order
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.goals import goals_from_table
from pledgecard.extract.sections.side_tables import tables_from_lines
from pledgecard.normalize.status import status_code
from pledgecard.scoring import load_records
from samples.families import BY_NAME, family_seeds

REPO = Path(__file__).resolve().parents[1]
FAMILY_DIR = REPO / "samples" / "families"
M = 10**6
UNIT = SectionContext(card_unit="백만원")


def _line(text: str) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source())


def _table(rows: list[list[str]]) -> Table:
    cells = [Cell(row=i, col=j, text=t) for i, r in enumerate(rows) for j, t in enumerate(r)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


# ------------------------------------------------------------------------------ funding over two tables

FIRST = [
    ["구분", "총사업비", "2021년", "2022년"],
    ["계", "60", "10", "20"],
    ["국비", "40", "5", "15"],
    ["도비", "20", "5", "5"],
]
SECOND = [["구분", "2023년", "2024년"], ["계", "20", "10"], ["국비", "15", "5"], ["도비", "5", "-"]]


def test_a_funding_table_continued_in_a_stacked_table_is_one_table() -> None:
    got = extract_funding([_table(FIRST), _table(SECOND)], UNIT).value["funding"]
    assert [c["label"] for c in got["columns"]] == ["총사업비", "2021", "2022", "2023", "2024"]
    assert [r["amounts_krw"] for r in got["rows"]] == [
        [60 * M, 10 * M, 20 * M, 20 * M, 10 * M],
        [40 * M, 5 * M, 15 * M, 15 * M, 5 * M],
        [20 * M, 5 * M, 5 * M, 5 * M, 0],
    ]


def test_a_second_table_of_other_sources_or_the_same_years_is_no_continuation() -> None:
    other = [SECOND[0], SECOND[1], ["시비", "15", "5"], ["도비", "5", "-"]]
    same_years = [["구분", "2021년", "2022년"], *SECOND[1:]]
    for second in (other, same_years):
        got = extract_funding([_table(FIRST), _table(second)], UNIT).value["funding"]
        assert [c["label"] for c in got["columns"]] == ["총사업비", "2021", "2022"]


def test_text_dump_funding_continued_under_a_second_header() -> None:
    lines = [
        _line(t)
        for t in (
            "구분 총사업비 연도별 투자계획",
            "2021년 2022년",
            "계 60 10 20",
            "국비 40 5 15",
            "도비 20 5 5",
            "구분 연도별 투자계획",
            "2023년 2024년",
            "계 20 10",
            "국비 15 5",
            "도비 5 -",
        )
    ]
    columns, rows = interpret_grid(grid_from_lines(lines), M)
    assert [c["label"] for c in columns] == ["총사업비", "2021", "2022", "2023", "2024"]
    assert rows[2]["amounts_krw"] == [20 * M, 5 * M, 5 * M, 5 * M, 0]


# ------------------------------------------------------------------------------ the total amid the periods


def test_labels_after_the_spanning_heading_on_its_line_follow_the_years() -> None:
    def order(lines: list[str]) -> list[str]:
        return [t.strip() for t in header_order(lines)]

    assert order(["구분 연차별 투자계획 합계 임기 후", "2022년 2023년 2024년"]) == [
        "2022년",
        "2023년",
        "2024년",
        "합계",
        "임기 후",
    ]
    # the total before the heading stays first; a header wrapped after some years keeps its order
    assert order(["구분 총사업비 연도별 투자계획", "2022년 2023년"]) == ["총사업비", "2022년", "2023년"]
    assert order(["구분 연도별 투자계획 2022년 2023년", "2024년 합계"]) == [
        "2022년",
        "2023년",
        "2024년",
        "합계",
    ]


def test_text_dump_funding_with_the_total_amid() -> None:
    lines = [
        _line(t)
        for t in (
            "구분 연차별 투자계획 합계 임기 후",
            "2022년 2023년",
            "계 10 20 40 10",
            "도비 10 - 15 5",
            "시비 - 20 25 5",
        )
    ]
    columns, rows = interpret_grid(grid_from_lines(lines), M)
    assert [c["kind"] for c in columns] == ["year", "year", "total", "after_term"]
    assert rows[1]["amounts_krw"] == [10 * M, 0, 15 * M, 5 * M]


# ------------------------------------------------------------------------------ side tables with 소계 rows


def test_a_named_table_with_total_and_subtotal_rows_is_read_row_by_row() -> None:
    lines = [
        _line(t)
        for t in (
            "구분 시설 개소 정원(명)",
            "합계 9 250",
            "중부권 소계 3 60",
            "중부권 문화시설 3 60",
            "서부권 소계 6 190",
            "서부권 체육시설 6 190",
        )
    ]
    (table,) = tables_from_lines(lines, "")
    assert table["header"] == [["구분", "시설", "개소", "정원(명)"]]
    assert table["rows"] == [
        ["합계", "합계", "9", "250"],
        ["중부권", "소계", "3", "60"],
        ["중부권", "문화시설", "3", "60"],
        ["서부권", "소계", "6", "190"],
        ["서부권", "체육시설", "6", "190"],
    ]


def test_a_numbered_table_under_a_total_row_is_still_numbered() -> None:
    lines = [
        _line(t)
        for t in ("연번 기업명 분야 참여인원", "계 30", "1 ㈜다온바이오 연구개발 20", "2 ㈜한결팜 제조 10")
    ]
    tables = tables_from_lines(lines, "")
    assert tables[-1]["rows"][0] == ["계", "계", "계", "30"]
    assert tables[-1]["rows"][1][0] == "1"


# ------------------------------------------------------------------------------ goal tables headed 계획 | 실적


def test_plan_names_the_target_column_as_a_whole_cell_only() -> None:
    goals = [
        ["연도", "주요사업", "계획", "실적", "달성률", "추진상황"],
        ["2024", "돌봄센터 조성", "92호 공급", "46호", "50%", "추진 중"],
    ]
    assert is_goals_table(goals)
    (g,) = goals_from_table(_table(goals))
    assert (g["project"], g["year"], g["target"], g["actual"]) == ("돌봄센터 조성", 2024, "92호 공급", "46호")
    funding = [["구분", "연도별 투자 실적 및 계획", "", "추진상황"], ["국비", "100", "200", "-"]]
    assert not is_goals_table(funding)


# ------------------------------------------------------------------------------ statuses


def test_a_remark_of_continuation_after_a_normal_status_stays_normal() -> None:
    assert status_code("정상추진(계속)") == "ongoing_normal"
    assert status_code("일부완료") == "partial"
    assert status_code("보류") == "dropped"
    assert status_code("계속추진") == "continuing" and status_code("이행후 계속추진") == "continuing"
    assert status_code("계속") == "continuing"


# ------------------------------------------------------------------------------ the real files


def test_the_families_print_their_features() -> None:
    for path in sorted((FAMILY_DIR / "eunha-province").glob("*-txt.txt")):
        text = path.read_text(encoding="utf-8")
        (rec,) = load_records(path.with_name(path.stem + ".expected.json"))
        assert text.count("구분 총사업비 연도별 투자계획") == 1 and text.count("구분 연도별 투자계획") == 1
        assert len(rec["funding"]["columns"]) == 11 and rec["as_of"]["precision"] == "day"
        assert "가. " in text and "1) " in text and "[20" in text
    for path in sorted((FAMILY_DIR / "narae-city").glob("*-txt.txt")):
        text = path.read_text(encoding="utf-8")
        (rec,) = load_records(path.with_name(path.stem + ".expected.json"))
        kinds = [c["kind"] for c in rec["funding"]["columns"]]
        assert kinds[-2:] == ["total", "after_term"] and "억" in rec["overview"]["budget"]["raw"]
        assert (
            "(☎ " in text
            and "분기 말 기준" in text
            and any("소계" in r for t in rec["tables"] for r in t["rows"])
        )


def test_the_families_read_without_a_wrong_figure() -> None:
    from conftest import committed_records, shared_tools

    _, wf = shared_tools()
    wrong = []
    for name in ("eunha-province", "narae-city"):
        for path in sorted(p for p in (FAMILY_DIR / name).iterdir() if not p.name.endswith(".json")):
            for exp, got in zip(
                load_records(path.with_name(path.stem + ".expected.json")),
                committed_records(path),
                strict=True,
            ):
                wrong += [
                    (path.name, n, e, g) for _, n, e, g in wf.figures(exp, got) if g is not None and g != e
                ]
    assert wrong == []
    assert family_seeds(BY_NAME["eunha-province"]) and family_seeds(BY_NAME["narae-city"])


def test_a_label_word_inside_the_title_words_is_no_label() -> None:
    from pledgecard.extract.labels import find_labels

    assert find_labels("나래시 시장 공약사업 추진 관리카드") == []
    assert [f for f, _, _ in find_labels("공약사업 다함께 아이돌봄 센터 확충")] == ["title"]
    assert [f for f, _, _ in find_labels("과제번호 12 주관부서 청년정책담당관 추진상태 정상추진(계속)")] == [
        "mgmt_no",
        "lead_dept",
        "status",
    ]


# ------------------------------------------------------------------------------ layout dumps (pdftotext -layout)

LAYOUT_DIR = REPO / "samples" / "layout" / "families"


def test_a_heading_opening_the_next_page_is_no_cell_of_the_row_of_figures_above() -> None:
    from pledgecard.extract.readers.text import read
    from pledgecard.extract.readers.text_break_reread import words_on_a_figure

    assert words_on_a_figure(["민자", "290", "1,220"], ["민자", "290", "1,220 추진 실적"])
    assert not words_on_a_figure(["민자", "290", "18,"], ["민자", "290", "18,000"])
    assert not words_on_a_figure(["운영 및", "290"], ["운영 및 지원", "290"])
    doc = read((LAYOUT_DIR / "narae-city-29002-layout.txt").read_bytes())
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert not any("추진" in c.text for t in tables for c in t.cells if any(ch.isdigit() for ch in c.text))
    assert "추진 실적" in [getattr(b, "text", None) for b in doc.blocks]


def test_two_stacked_funding_tables_read_as_one_are_cut_at_the_repeated_head() -> None:
    joined = [
        ["구분", "총사업비", "2021년", "연도별 투자계획 2022년"],
        ["계", "110", "10", "50"],
        ["국비", "60", "5", "35"],
        ["구분", "", "연도별 투자계획", ""],
        ["", "2023년", "2024년", ""],
        ["계", "30", "20", ""],
        ["국비", "15", "5", ""],
    ]
    got = extract_funding([_table(joined)], UNIT).value["funding"]
    assert [(c["kind"], c["year"]) for c in got["columns"]] == [
        ("total", None),
        ("year", 2021),
        ("year", 2022),
        ("year", 2023),
        ("year", 2024),
    ]
    assert [r["amounts_krw"] for r in got["rows"]] == [
        [110 * M, 10 * M, 50 * M, 30 * M, 20 * M],
        [60 * M, 5 * M, 35 * M, 15 * M, 5 * M],
    ]
