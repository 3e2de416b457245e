"""Text dumps printing a table's row as its cells joined by tabs (a converter's "save as text"; eoul-province's
txt): a run of such lines whose every line prints as many cells as its head is a table, a tab-separated piece a
cell, so a cell of several words (``도로 확포장 공사 착공``) is one cell, not a word a cell. Runs whose counts
differ (a merged cell printed once, the cells after it shifted) prove no column and stay text; dumps without
tabs are read as before.

eoul-province txt 0.964 -> 1.000 (the 시군 | 추진내용 | 추진일자 table), 0 wrong. A summary table (총괄) so proven a
table beside the periods' table printed as lines (its head spanning the years: no count proves it) is set aside
when their totals agree (extract/sections/funding_summary.py), as beside a periods' table.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.sections.funding_summary import summary_tables
from pledgecard.extract.typed_tables import typed_cells, typed_runs, typed_table
from pledgecard.scoring import score_record

from conftest import family_cards, shared_tools

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "eoul-province"
ROWS = [
    "시군\t추진내용\t추진일자",
    "은솔시\t도로 확포장 공사 착공\t'26. 6.",
    "버들군\t실시설계 완료\t'26. 8.",
    "갈매군\t주민설명회 개최\t'26. 1.",
]


def _runs(lines: list[str]) -> list[tuple[int, int]]:
    return typed_runs([typed_cells(t) for t in lines])


def test_a_run_of_rows_as_many_cells_as_the_head_proves_its_columns() -> None:
    assert _runs(ROWS) == [(0, 4)]
    spaced = [x for t in ROWS for x in (t, "")][:-1]  # a dump's blank lines between the rows: one run
    assert _runs(spaced) == [(0, 7)]


def test_a_run_whose_counts_differ_proves_nothing() -> None:
    shifted = [
        *ROWS[:2],
        "실시설계 완료\t'26. 8.",
        ROWS[3],
    ]  # a 시군 printed once for two rows: the cells shift
    assert _runs(shifted) == []
    staircase = [
        "구분\t연도별 투자 실적 및 계획\t계",
        "기투자\t2023년\t2024년\t2025년\t2026년",
        "계\t56,808\t19,547\t15,838\t18,449\t47,565\t158,207",
    ]  # a head spanning its years: more cells below
    assert _runs(staircase) == []
    header = [
        "공약명\t해양레저 명소화\t관리번호\t5-35",
        "주관부서\t관광진흥과",
        "담당자\t맹원예\t전화번호\t2197",
    ]
    assert _runs(header) == []  # a header grid's rows of two and four cells: no table of columns
    assert _runs(ROWS[:2]) == []  # a head and one row: too short to prove
    numbered = ["01\t사업개요", "02\t재원 투자계획", "03\t추진실적"]  # a head printing a figure is no head
    assert _runs(numbered) == []


def test_a_dumps_tab_joined_rows_are_a_table_of_their_pieces() -> None:
    text = "\n\n".join(["❍ 시군별 주요 추진상황", *ROWS, "◇ 2026년 2분기 현재"]) + "\n"
    tables = [b for b in read_bytes(text.encode()).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].grid() == [t.split("\t") for t in ROWS]
    assert tables[0].cells[3].source.line_start == 5  # a cell's source is its own line in the dump
    spaced = text.replace("\t", " ")  # the same rows one space apart: no tab proves a cell
    assert not any(
        isinstance(b, Table) and ["은솔시", "도로 확포장 공사 착공", "'26. 6."] in b.grid()
        for b in read_bytes(spaced.encode()).blocks
    )


def test_eoul_txt_reads_its_worded_cells_whole_and_no_figure_wrong() -> None:
    _, wf = shared_tools()
    for path, expected, got in family_cards(FAMILY, "*-txt.txt"):
        assert len(got) == len(expected), path.name
        for exp, rec in zip(expected, got, strict=True):
            assert score_record(exp, rec).score() >= 0.999, path.name
            assert [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] == [], path.name


def _summary_and_lines(periods: list[str]) -> tuple[Table, list[Line]]:
    rows = [
        ["구분", "총사업비", "확보", "미확보"],
        ["계", "1,000", "600", "400"],
        ["국비", "600", "400", "200"],
        ["도비", "400", "200", "200"],
    ]
    table = typed_table(rows, [Source(line_start=k + 1, line_end=k + 1) for k in range(len(rows))])
    return table, [
        Line(text=t, marker=None, indent=0, source=Source(line_start=20 + k)) for k, t in enumerate(periods)
    ]


def test_a_summary_table_beside_the_periods_table_printed_as_lines_is_set_aside_when_they_agree() -> None:
    # a dump's 총괄 table whose equal counts a tab proved a table, the periods' table under it (a head spanning
    # its years: counts that prove nothing) printed as lines: the summary is no funding table
    table, lines = _summary_and_lines(
        ["구분 총사업비 2023년 2024년", "계 1,000 300 700", "국비 600 200 400", "도비 400 100 300"]
    )
    assert summary_tables([(table, table)], 1, lines) == ([table], [])
    assert summary_tables([(table, table)], 1) == ([], [(table, table)])  # no periods' table: it stays
    table, lines = _summary_and_lines(
        ["구분 총사업비 2023년 2024년", "계 1,100 400 700", "국비 700 300 400", "도비 400 100 300"]
    )  # totals that differ from the summary's: it stays
    assert summary_tables([(table, table)], 1, lines) == ([], [(table, table)])


def test_gyeol_cards_dumped_with_tab_joined_rows_read_whole_and_no_figure_wrong(tmp_path: Path) -> None:
    # gyeol-province's 총괄 table (rows of four) a table, its yearly table (a head spanning its years) lines:
    # 1.000 before the tab rule, 0.927 with it until the summary beside lines was set aside, 1.000 now
    from samples.families import BY_NAME, family_records, family_seeds
    from samples.render_dump import blocks_text

    _, wf = shared_tools()
    fam = BY_NAME["gyeol-province"]
    for seed in family_seeds(fam):
        recs = family_records(fam, seed)
        path = tmp_path / f"{seed}.txt"
        path.write_text(
            "\f".join(blocks_text(r, fam.style, seed=k, rows="tabs") for k, r in enumerate(recs)),
            encoding="utf-8",
        )
        got = extract_file(path)
        assert len(got) == len(recs)
        for exp, rec in zip(recs, got, strict=True):
            assert score_record(exp, rec).score() >= 0.999, seed
            assert [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] == [], seed


def test_a_header_typed_a_label_and_its_value_a_line_reads_as_before(tmp_path: Path) -> None:
    # the header's rows of four cells split into rows of two (label, value): a run of equal counts, read as a
    # label | value table, every header fact in place (0.969 before: the worded table's cells a word a cell)
    src = FAMILY / "eoul-province-89001-txt.txt"
    text = src.read_text(encoding="utf-8")
    for row in [t for t in text.split("\n")[:15] if t.count("\t") == 3]:  # the header's rows, atop the card
        cells = row.split("\t")
        text = text.replace(row, f"{cells[0]}\t{cells[1]}\n\n{cells[2]}\t{cells[3]}")
    assert "관리번호\t5-35\n" in text
    path = tmp_path / src.name
    path.write_text(text, encoding="utf-8")
    [expected] = [e for p, e, _ in family_cards(FAMILY, "*89001-txt.txt")]
    [got] = extract_file(path)
    assert score_record(expected[0], got).score() >= 0.999
