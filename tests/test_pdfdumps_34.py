"""Session 34 (pdfdumps): PDF converter dumps still misread after session 33 (closing33 "Noticed, not done" 2-3).

(a) A row of an item table with a note column (분기 | 주요 추진내용 | 비고) that pdftotext -layout printed under a
bulleted row's line, a blank line between, its 비고 cell (``완료``) after a gap on its line: the joiner took it for the
bullet's wrapped rest (``ㄴ 신규 참여기업 협약(…23명) 공공돌봄 관련 현장 건의 21건 검토 및 제도 개선``), so the shared
counter paired the item's counts with another quarter's. A line after a blank line closing on a status cell is a
row of its own (extract/textjoin_status_rows.py): gaeul-county 64009 -layout 0.895, 1 wrong -> 0.973, 0 wrong.

(b) A goal table's target cell cut by a page break in a -layout dump, its rest in rows of their own at the next
page's top (mutant 4315): read as no goal, the target null with a finding (session 33). Where the table proves the
cut (a page starts between the row and the pieces, which fill that one column, end as a cell does, and the next row
holds its own cell there), the rest is joined to its row (extract/sections/goal_table_cut_cells.py): 0.941 with the
shared counter's 1 wrong (its pairing) -> 0.968, 0 wrong.

(c) An open-sided (ruling-less) funding table a page break cut: the rows it carried over the next page's first rule
went on it, and with them the card's title printed atop that page in its last column, smaller than the rows
(crossbreed 6350 pdf: ``208`` / ``노들군 공약사업 관리카드`` one cell, the 기타 column unread): a line over the carried
rows in a size of its own is none of them (extract/readers/pdf_open_rules.py): 0.964 -> 1.000, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.sections.goal_table_cut_cells import joined_cut_cells
from pledgecard.extract.textjoin import join_broken_lines
from pledgecard.extract.textjoin_status_rows import after_blank, closes_on_status_cell
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import family_card, mutant_file, pdftotext_dump, pinned_families, shared_tools


# (a) a row printed under a bullet, a blank line between, closing on its note cell
def _para(
    text: str, line: int, marker: str | None = None, printed: str | None = None, lead: int = 0
) -> Paragraph:
    return Paragraph(
        text=text,
        marker=marker,
        indent=7,
        source=Source(line_start=line, line_end=line),
        printed=printed,
        lead=lead,
    )


BULLET = "신규 참여기업 협약(기업 : 누리모빌리티, 계약인원 : 23명)"
ROW = "공공돌봄 관련 현장 건의 21건 검토 및 제도 개선            완료"


def test_a_status_word_after_a_gap_is_a_note_cell() -> None:
    assert closes_on_status_cell(ROW)
    assert closes_on_status_cell("공공돌봄 운영위원회 구성      추진 중")  # a status of two words
    assert not closes_on_status_cell(
        "공공돌봄 관련 현장 건의 21건 검토 및 제도 개선 완료"
    )  # no gap: the content's end
    assert not closes_on_status_cell("공공돌봄 관련 현장 건의            21건 검토")  # no status word
    assert not closes_on_status_cell(None)


def test_a_row_after_a_blank_line_closing_on_its_note_cell_is_not_joined_to_the_bullet() -> None:
    lines = [_para(BULLET, 69, "ㄴ"), _para(" ".join(ROW.split()), 71, printed=ROW, lead=14)]
    assert after_blank(lines, 1)
    got = join_broken_lines(lines)
    assert [(p.marker, p.text) for p in got] == [("ㄴ", BULLET), (None, " ".join(ROW.split()))]


def test_a_line_right_under_the_bullet_or_with_no_note_cell_is_joined_as_before() -> None:
    # no blank line between: a wrapped cell's lines follow each other, whatever the line ends with
    under = [_para(BULLET, 69, "ㄴ"), _para(" ".join(ROW.split()), 70, printed=ROW, lead=14)]
    assert not after_blank(under, 1)
    assert len(join_broken_lines(under)) == 1
    plain = " ".join(ROW.split()[:-1])  # after a blank line but no note cell: the joiner's other rules decide
    assert [
        p.text for p in join_broken_lines([_para(BULLET, 69, "ㄴ"), _para(plain, 71, printed=plain, lead=14)])
    ] == [f"{BULLET} {plain}"]


def _scored(src: Path, out: Path, *args: str) -> tuple[float, list[str]]:
    """``src`` dumped by pdftotext (``args``) to ``out`` and read: the shared scorer's score and the figures read
    wrong (the shared counter's and the year-aware goal check's)."""
    sc, wf = shared_tools()
    pdftotext_dump(src, out, *args)
    (exp,) = load_records(src.with_name(src.stem + ".expected.json"))
    (rec,) = extract_file(out)
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    return sc.score_record(exp, rec).score(), wrong


def test_gaeul_64009_layout_rows_under_bullets_read_apart(tmp_path: Path) -> None:
    src, _exp = family_card(tmp_path, "gaeul-county", 64009, "pdf")
    score, wrong = _scored(src, tmp_path / "gaeul-64009-layout.txt", "-layout")
    assert wrong == []  # measured 1 (achievements[2].counts) -> 0
    assert score >= 0.97  # measured 0.895 -> 0.973


# (b) a goal cell cut by a page break
HEAD = ["연도", "세부과제", "추진상황", "실적", "목표", "추진내용"]


def _table(rows: list[tuple[int, list[str]]]) -> Table:
    """A table of ``rows``, each the dump line it was printed on and its cells."""
    cells = [
        Cell(i, j, t, source=Source(line_start=n, line_end=n))
        for i, (n, row) in enumerate(rows)
        for j, t in enumerate(row)
        if t
    ]
    return Table(cells=cells, n_rows=len(rows), n_cols=len(HEAD), source=Source(line_start=rows[0][0]))


CUT = [
    (10, HEAD),
    (12, ["2019", "환승센터 조성", "추진중", "30회", "", "주민 지원"]),
    (21, ["", "", "", "", "수요응답형 교통", ""]),
    (22, ["", "", "", "", "프로그램 운영 (55회)", ""]),
    (24, ["2020", "환승센터 조성", "미착수", "-", "교육생 양성(10명)", ""]),
]


def test_a_cell_cut_by_a_page_break_is_joined_to_its_row() -> None:
    got = joined_cut_cells(_table(CUT), [20])
    assert got.grid() == [
        HEAD,
        ["2019", "환승센터 조성", "추진중", "30회", "수요응답형 교통 프로그램 운영 (55회)", "주민 지원"],
        ["2020", "환승센터 조성", "미착수", "-", "교육생 양성(10명)", ""],
    ]
    assert got.cell_at(1, 4).source.line_start == 21 and got.cell_at(1, 4).source.line_end == 22


def test_pieces_with_no_page_break_or_no_cell_below_or_no_cell_end_stay_apart() -> None:
    table = _table(CUT)
    assert joined_cut_cells(table, []) is table  # no page starts known
    assert joined_cut_cells(table, [30]) is table  # no page starts between the row and the pieces
    open_below = [*CUT[:4], (24, ["2020", "환승센터 조성", "미착수", "-", "", ""])]
    assert (
        joined_cut_cells(_table(open_below), [20]).grid() == _table(open_below).grid()
    )  # the next row's, maybe
    unended = [*CUT[:3], (22, ["", "", "", "", "프로그램 운영", ""]), CUT[4]]
    assert joined_cut_cells(_table(unended), [20]).grid() == _table(unended).grid()


def test_mutant_4315_layout_target_cut_by_a_page_break_is_read(tmp_path: Path) -> None:
    src = mutant_file(4315, "pdf", tmp_path)
    score, wrong = _scored(src, tmp_path / "4315-layout.txt", "-layout")
    assert (
        wrong == []
    )  # measured the shared counter's 1 (goals[0].target_value, paired with the other 2019 goal) -> 0
    assert score >= 0.96  # measured 0.941 -> 0.968


# (c) a running header over the rows a page break carried over an open table's first rule
def test_crossbreed_6350_pdf_running_header_is_no_carried_row(tmp_path: Path) -> None:
    """Crossbreed 6350 (all families) pdf: the card's title printed atop the next page in the open funding table's
    last column, 8.5 pt over carried rows of 10 pt, went into the last row's 기타 cell (``208`` / ``노들군 공약사업
    관리카드``): the 기타 column unread. A line over the carried rows in a size of its own is none of them
    (extract/readers/pdf_open_rules.carried_rows): 0.964 -> 1.000, 0 wrong."""
    from samples.crossbreed import run_cross

    (r,) = run_cross(6350, ("pdf",), tmp_path, families=pinned_families())
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 0.99, (r["score"], r["misses"])  # measured 0.964 -> 1.000
