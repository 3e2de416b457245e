"""The template family designed blind in session 12 (samples/families.py: ``yeoreum-city``, a city
that tells its sections in tables) and the structures it brought in, on small grids and lines:

- the achievements one table (구분 | 추진일자 | 추진내용 | 비고) whose first column holds the blocks'
  names and dates spanning their rows: every block's rows are read under the one head row; a block
  label a page break cut (its bracketed date in the cell below, PDF); in a text dump the block cells
  on lines of their own (name, then its date in brackets), before a row's date on its line, or
  before a gap (an empty date cell); rows a reader joined split at a date amid them;
- the plans a schedule: a plan a row, the quarters (months, halves) of its years across, ● where it
  runs: its date from the first marked period to the last (tables, dump lines with their empty cells
  as runs of spaces); a corner cell naming a section over two head rows is no heading;
- the overview's 주요내용 a table under column heads (세부사업 | 내용 | 사업량): a content a row, its
  cells joined by a space; the heads printed as a dump line are no content;
- the funding by sub-project (a 세부사업 cell spanning its 소계 and source rows), the whole last under
  합계: the record's rows are the whole's (the schema has no sub-project), found as the block that
  sums the others when a reader lost the sub-project cells (a text dump): never the first
  sub-project's rows under the sources' names.

Blind figures (the extractor unchanged, the family's first generation): PDF 0.289, HWPX 0.289,
HWP 0.289, txt 0.451, 5 wrong figures (txt: the first sub-project's 시비 row read as the card's);
after: 1.000 in all four, no wrong figure (8 unseen seeds: PDF 0.999, HWPX 1.000, txt 0.989).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.funding_blocks import whole_block
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.overview import extract_overview
from pledgecard.extract.sections.plans import extract_plans
from pledgecard.extract.sections.schedule_tables import is_mark, table_plans
from pledgecard.normalize.periods import periods
from pledgecard.scoring import score_record

from conftest import family_cards, make_line, make_table

MILLION = 1_000_000
FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "yeoreum-city"


def _printed(text: str) -> Line:
    """A dump's line as printed (its space runs kept), its text folded."""
    return Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(), printed=text)


def _block_table() -> Table:
    """구분 | 추진일자 | 추진내용 | 비고 over two blocks, each label spanning its rows."""
    cells = [
        Cell(0, 0, "구분"),
        Cell(0, 1, "추진일자"),
        Cell(0, 2, "추진내용"),
        Cell(0, 3, "비고"),
        Cell(1, 0, "기 추진실적\n('24. 2/4분기 누계)", row_span=2),
        Cell(1, 1, "'24. 3."),
        Cell(1, 2, "기본계획 수립 용역 착수"),
        Cell(1, 3, "완료"),
        Cell(2, 1, ""),
        Cell(2, 2, "- 참여기업 12개"),
        Cell(2, 3, ""),
        Cell(3, 0, "2024년 3분기 현재"),
        Cell(3, 1, "'24. 8."),
        Cell(3, 2, "실시설계 착수"),
        Cell(3, 3, ""),
    ]
    return Table(cells=cells, n_rows=4, n_cols=4)


# ------------------------------------------------------------------------------ achievements


def test_a_block_label_column_keeps_the_head_row_over_every_block() -> None:
    items = unpack_table(_block_table())
    kinds = [(type(x).__name__, x.text if isinstance(x, Line) else x.grid()[0]) for x in items]
    assert kinds == [
        ("Line", "《기 추진실적 ('24. 2/4분기 누계)》"),
        ("Table", ["추진일자", "추진내용", "비고"]),
        ("Line", "《2024년 3분기 현재》"),
        ("Table", ["추진일자", "추진내용", "비고"]),
    ]
    ach = extract_achievements(items).value["achievements"]
    assert [
        (a["text"], a["level"], a["group_as_of"]["label"], a["date"] and a["date"]["label"]) for a in ach
    ] == [
        ("기본계획 수립 용역 착수", 1, "2024-Q2", "2024-03"),
        ("참여기업 12개", 2, "2024-Q2", None),
        ("실시설계 착수", 1, "2024-Q3", "2024-08"),
    ]


def test_a_section_naming_label_without_a_date_is_no_block() -> None:
    # a body table: 추진실적 | its lines; no head row is carried over its rows
    t = make_table([["구분", "내용", "비고"], ["추진실적", "협약 체결", "-"], ["향후계획", "준공", "-"]])
    items = unpack_table(t)
    assert not any(isinstance(x, Table) and x.grid()[0] == ["내용", "비고"] for x in items)


def test_a_block_label_a_page_break_cut_goes_on_in_the_cell_below() -> None:
    cells = [
        Cell(0, 0, "구분"),
        Cell(0, 1, "추진일자"),
        Cell(0, 2, "추진내용"),
        Cell(0, 3, "비고"),
        Cell(1, 0, "기 추진실적"),
        Cell(1, 1, "'23. 5."),
        Cell(1, 2, "착공"),
        Cell(1, 3, ""),
        Cell(2, 0, ""),
        Cell(2, 1, ""),
        Cell(2, 2, ""),
        Cell(2, 3, ""),  # the page's foot
        Cell(3, 0, "('23년 3분기 누 계)", row_span=2),
        Cell(3, 1, "'23. 8."),
        Cell(3, 2, "준공"),
        Cell(3, 3, "완료"),
        Cell(4, 1, ""),
        Cell(4, 2, "- 개관식 1회"),
        Cell(4, 3, ""),
    ]
    items = unpack_table(Table(cells=cells, n_rows=5, n_cols=4))
    heads = [x.text for x in items if isinstance(x, Line)]
    assert heads == ["《기 추진실적 ('23년 3분기 누 계)》"]
    ach = extract_achievements(items).value["achievements"]
    assert [a["text"] for a in ach] == ["착공", "준공", "개관식 1회"]
    assert {a["group_as_of"]["label"] for a in ach} == {"2023-Q3"}


def test_dump_lines_of_a_block_label_table() -> None:
    lines = [
        make_line("구분 추진일자 추진내용 비고"),
        make_line("기 추진실적"),
        make_line("('24. 2/4분기 누계)"),
        make_line("'24. 3."),
        make_line("기본계획 수립 용역 착수"),
        make_line("완료"),
        make_line("참여기업 12개", "-"),
        make_line("2024년 3분기 현재 '24. 8. 실시설계 착수"),  # the block cell glued before the row's date
        _printed("2024년 4분기 현재  세부 추진실적 "),
    ]  # a gap: the row's date cell empty
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["text"], a["level"], a["group_as_of"]["label"]) for a in ach] == [
        ("기본계획 수립 용역 착수", 1, "2024-Q2"),
        ("참여기업 12개", 2, "2024-Q2"),
        ("실시설계 착수", 1, "2024-Q3"),
        ("세부 추진실적", 1, "2024-Q4"),
    ]


def test_rows_a_reader_joined_are_split_at_the_date_amid_them() -> None:
    joined = Line(
        text="참여기업 12개(1차 5, 2차 7) '24. 3. 실시설계 완료",
        marker="-",
        indent=0,
        source=Source(line_start=10, line_end=12),
    )
    lines = [
        make_line("구분 추진일자 추진내용 비고"),
        make_line("기 추진실적 ('24. 2/4분기 누계)"),
        make_line("'24. 1. 착공"),
        joined,
    ]
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["text"], a["date"] and a["date"]["label"]) for a in ach] == [
        ("착공", "2024-01"),
        ("참여기업 12개(1차 5, 2차 7)", None),
        ("실시설계 완료", "2024-03"),
    ]


# ------------------------------------------------------------------------------ plans as a schedule


def test_schedule_periods_are_numbered_sub_columns_under_a_year() -> None:
    quarters = periods(["2025년"] * 4, ["1/4", "2/4", "3/4", "4/4"])
    assert quarters is not None and [p.label() for p in quarters] == [
        "2025-Q1",
        "2025-Q2",
        "2025-Q3",
        "2025-Q4",
    ]
    months = periods(["'25"] * 12, [str(m) for m in range(1, 13)])
    assert months is not None and months[2].bounds() == ("2025-03-01", "2025-03-31")
    assert periods(["2025년"] * 4, ["1/4", "3/4", "2/4", "4/4"]) is None  # out of order
    assert periods(["2025년"] * 3, ["1", "2", "3"]) is None  # three sub-columns: no known period
    assert is_mark("●") and is_mark("━━") and not is_mark("") and not is_mark("O") and not is_mark("3")


def test_a_schedule_table_dates_each_plan_by_its_marks() -> None:
    cells = [
        Cell(0, 0, "추진계획", row_span=2),
        Cell(0, 1, "2025년", col_span=4),
        Cell(0, 5, "2026년", col_span=4),
    ]
    cells += [Cell(1, 1 + k, f"{k % 4 + 1}/4") for k in range(8)]
    rows = [("실시설계", [0, 1]), ("공사 착공 및 준공", [3, 4, 5]), ("운영 방안 마련", [])]
    for i, (text, marks) in enumerate(rows, 2):
        cells.append(Cell(i, 0, text))
        cells += [Cell(i, 1 + k, "●" if k in marks else "") for k in range(8)]
    table = Table(cells=cells, n_rows=5, n_cols=9)
    assert unpack_table(table) == [table]  # the corner names a section (추진계획): still a grid
    plans = extract_plans([table]).value["plans"]
    assert [(p["text"], p["date"] and p["date"]["label"]) for p in plans] == [
        ("실시설계", "2025-Q1/2025-Q2"),
        ("공사 착공 및 준공", "2025-Q4/2026-Q2"),
        ("운영 방안 마련", None),
    ]


def test_a_table_of_figures_is_no_schedule() -> None:
    t = make_table([["구분", "2025년", "2025년"], ["구분", "1", "2"], ["참여기업", "12", "15"]])
    assert table_plans(t) is None


def test_a_schedule_a_dump_printed_reads_its_marks_from_the_empty_cells() -> None:
    lines = [
        make_line("추진계획 2027년"),
        make_line("1/4 2/4 3/4 4/4"),
        _printed("중앙부처 공모사업 대응 ● ●  "),
        _printed("성과평가 및 개선방안 마련   ● ●"),
    ]
    plans = extract_plans(lines).value["plans"]
    assert [(p["text"], p["date"]["label"]) for p in plans] == [
        ("중앙부처 공모사업 대응", "2027-Q1/2027-Q2"),
        ("성과평가 및 개선방안 마련", "2027-Q3/2027-Q4"),
    ]


# ------------------------------------------------------------------------------ overview and funding


def test_an_overview_grid_under_column_heads_gives_a_content_a_row() -> None:
    grid = make_table(
        [
            ["세부사업", "내용", "사업량"],
            ["청년주택 건립", "공공임대 주택 건설", "120호"],
            ["주거 지원", "임차료 지원", "300명"],
        ]
    )
    items = [make_line("사업기간 : 2023. 1. ~ 2026. 12.", "○"), make_line("주요내용", "○"), grid]
    ov = extract_overview(items).value["overview"]
    assert ov["contents"] == ["청년주택 건립 공공임대 주택 건설 120호", "주거 지원 임차료 지원 300명"]
    dump = [
        make_line("주요내용", "○"),
        make_line("세부사업 내용 사업량"),
        make_line("청년주택 건립 공공임대 주택 건설 120호"),
    ]
    assert extract_overview(dump).value["overview"]["contents"] == ["청년주택 건립 공공임대 주택 건설 120호"]
    assert extract_overview([grid]).value["overview"]["contents"] == []  # no contents label above it


def _sub_project_lines() -> list[Line]:
    text = """세부사업 재원 총사업비 연도별 투자계획
2024년 2025년
주택 건립 소계 300 100 200
국비 200 100 100
시비 100 - 100
주거 지원 소계 50 20 30
시비 50 20 30
합계 계 350 120 230
국비 200 100 100
시비 150 20 130"""
    return [make_line(t) for t in text.splitlines()]


def test_funding_by_sub_project_reads_the_whole_block_from_dump_lines() -> None:
    cols, rows = interpret_grid(grid_from_lines(_sub_project_lines()), MILLION)
    assert [c["label"] for c in cols] == ["총사업비", "2024", "2025"]
    assert [(r["source"], r["amounts_krw"]) for r in rows] == [
        ("total", [350 * MILLION, 120 * MILLION, 230 * MILLION]),
        ("national", [200 * MILLION, 100 * MILLION, 100 * MILLION]),
        ("municipal", [150 * MILLION, 20 * MILLION, 130 * MILLION]),
    ]


def test_the_whole_block_is_found_only_by_its_sums() -> None:
    def row(source: str, *v: int) -> dict[str, object]:
        return {"label": source, "source": source, "amounts_krw": list(v)}

    rows = [
        row("total", 3),
        row("national", 2),
        row("municipal", 1),
        row("total", 1),
        row("municipal", 1),
        row("total", 4),
        row("national", 2),
        row("municipal", 2),
    ]
    assert whole_block(rows) == [5, 6, 7]
    rows[7] = row("municipal", 3)  # no block sums the others: nothing is picked
    assert whole_block(rows) is None
    assert whole_block(rows[:3]) is None  # one block, no repeated source: not such a table


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, expected, records in family_cards(FAMILY, "yeoreum-city-*-*.*"):
        exp, got = expected[0], records[0]
        assert score_record(exp, got).score() == 1.0, path.name
        assert [r["amounts_krw"] for r in got["funding"]["rows"]] == [
            r["amounts_krw"] for r in exp["funding"]["rows"]
        ]
