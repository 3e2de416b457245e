"""The template family designed blind in session 21 (samples/families.py: ``dolbit-city``, a 시 card whose
tables are typed, not drawn) and the structures it brought in, on small lines and characters:

- a table typed as paragraphs, its cells a tab apart at the paragraph's tab stops (HWPX ``<hp:tab/>``, the
  HWP tab control, a text dump's tabs): read as a table where the tab counts prove every cell's column
  (the head the most cells and no amount; some line typing an empty cell, so a shorter line misses its
  last cells, never a merged cell printed once), else left as text;
- the same table in a PDF (no rules at all): the lines' pieces at their tab stops rebuilt as a grid where
  the positions prove the columns (pieces overlapping across lines one column, no line two pieces of one,
  the head naming every column, three columns, one of figures);
- a header typed a fact a line, ``label<TAB>: value``: one line, the separator no cell (PDF: not cut at
  the tab's wide gap).

Blind figures (the extractor unchanged, the family's committed files): PDF 0.855, HWPX 0.965, HWP 0.965,
txt 0.965, 1 wrong of 304 (PDF: a goal target paired off when the typed lines' right-hand cells were read as
a page column; every format: goal rows whose worded cells run together unread, a blank project cell not
carried; PDF: ``: `` read into every header value). After: 1.000 in every format, no wrong figure; unseen
seeds 76003-76010: txt, HWPX, HWP 1.000, PDF 0.995, 0 wrong of 1180 (a typed goal table whose head ends a
page and whose one row opens the next is left unread: no figure guessed; session 21: the head and the rows
read as one table where their positions prove the columns together, 76009 PDF 0.931 -> 1.000)).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Table
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.readers.hwp_blocks import BlockList, RawParagraph
from pledgecard.extract.readers.pdf_lines import split_segments
from pledgecard.extract.readers.pdf_typed import foot_head, head_over_page, typed_grids
from pledgecard.extract.typed_tables import typed_cells, typed_runs
from pledgecard.scoring import score_record

from conftest import family_cards, typed_chars

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "dolbit-city"
GOALS = [
    "연도\t세부사업\t목표\t실적\t추진상황",
    "2024\t청년센터 조성\t착공\t설계 완료\t완료",
    "2025\t\t준공\t-\t미착수",
]


def test_a_typed_line_is_its_cells_between_tabs() -> None:
    assert typed_cells("2025\t\t준공\t-\t미착수\t\t") == ["2025", "", "준공", "-", "미착수"]
    assert typed_cells("\t\t국비  1,200") is None  # a tab that only indents: no cells
    assert typed_cells("공약명\t: 청년센터 조성") is None  # a label typed to a tab stop, then its value
    assert typed_cells("   ") == []


def test_typed_runs_prove_their_columns_or_stay_text() -> None:
    assert typed_runs([typed_cells(t) for t in GOALS]) == [(0, 3)]
    exported = [
        "구분\t계\t국비",
        "계\t1,000\t600",
        "국비\t600",
    ]  # no empty cell typed: a merged cell may be dropped
    assert typed_runs([typed_cells(t) for t in exported]) == []
    body = ["계\t1,000\t\t400", "국비\t600\t\t-", "도비\t400\t\t400"]  # rows under a head printed otherwise
    assert typed_runs([typed_cells(t) for t in body]) == []
    wider = [*GOALS, "2026\t\t준공\t-\t미착수\t비고"]  # a line of more cells than the head: no column proven
    assert typed_runs([typed_cells(t) for t in wider]) == []
    spaced = [GOALS[0], "", GOALS[1], "", GOALS[2]]  # a dump's blank lines between the lines: one run
    assert typed_runs([typed_cells(t) for t in spaced]) == [(0, 5)]


def test_typed_paragraphs_are_a_table_with_their_cells_in_place() -> None:
    blocks = BlockList()
    blocks.add_paragraph(RawParagraph("❒ 4. 연차별 성과지표"))
    for t in GOALS:
        blocks.add_paragraph(RawParagraph(t))
    out = blocks.finish()
    assert len(out) == 2 and isinstance(out[1], Table)
    assert out[1].grid() == [t.split("\t") for t in GOALS]


def test_a_dumps_typed_table_is_read_as_a_table() -> None:
    text = "\n\n".join(["❒ 4. 연차별 성과지표", *GOALS, "❒ 5. 향후 추진계획"]) + "\n"
    tables = [b for b in read_bytes(text.encode()).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].grid()[2] == ["2025", "", "준공", "-", "미착수"]
    assert tables[0].cells[0].source.line_start == 3  # the cell's own line in the dump
    exported = "\n".join(["구분\t계\t국비", "계\t1,000\t600", "국비\t600"]) + "\n"  # a merged cell dropped
    assert not any(isinstance(b, Table) for b in read_bytes(exported.encode()).blocks)
    equal = (
        "\n".join(["구분\t계\t국비", "계\t1,000\t600", "국비\t600\t-"]) + "\n"
    )  # every row the head's count
    assert [b.grid() for b in read_bytes(equal.encode()).blocks if isinstance(b, Table)] == [
        [t.split("\t") for t in equal.split("\n")[:3]]
    ]  # (tests/test_tab_rows.py)


def test_pdf_lines_at_tab_stops_make_a_grid_where_positions_prove_the_columns() -> None:
    rows = [
        [(50, "구분"), (150, "총사업비"), (260, "2024년")],
        [(50, "계"), (160, "1,800"), (265, "900")],
        [(50, "국비"), (165, "900"), (265, "450")],
    ]
    grids = typed_grids(typed_chars(rows), [])
    assert len(grids) == 1 and len(grids[0].cells) == 9
    # two pieces of one line in one column (a cell run past its stop): no grid
    assert (
        typed_grids(
            typed_chars([rows[0], [(50, "계"), (150, "1,800"), (190, "90"), (265, "900")], rows[2]]), []
        )
        == []
    )
    # two columns of text side by side, no figures: a page's columns, not a table
    text = [[(50, "사업 내용을 적는다"), (300, "다른 단의 글이다"), (450, "셋째")] for _ in range(3)]
    assert typed_grids(typed_chars(text), []) == []
    # the head not naming every column: no grid
    assert typed_grids(typed_chars([[(50, "구분"), (150, "총사업비")], rows[1], rows[2]]), []) == []


def test_a_typed_head_alone_at_a_pages_foot_goes_with_the_rows_opening_the_next() -> None:
    head = [(50, "연도"), (100, "세부사업"), (260, "목표"), (330, "실적"), (380, "추진상황")]
    row = [(50, "2023"), (100, "인재양성"), (260, "교육생 55명"), (330, "75명"), (380, "완료")]
    page = typed_chars([[(50, "❒ 4. 연차별 성과지표")], head, [(300, "-1-")]])
    found = foot_head(page, [])
    assert found is not None and [p.text for p in found] == ["연도", "세부사업", "목표", "실적", "추진상황"]
    grids = head_over_page(typed_chars([row, [(50, "❒ 5. 향후 추진계획")]]), [], [found])
    assert grids is not None and len(grids[0].cells) == len(grids[1].cells) == 5
    assert [a[0] for a in grids[0].cells] == [a[0] for a in grids[1].cells]  # the same columns
    # a table's last row at the foot is no head alone; a line of text under the head: no foot
    assert foot_head(typed_chars([head, row]), []) is None
    assert foot_head(typed_chars([head, [(50, "표 아래에 이어지는 글"), (300, "둘째")]]), []) is None
    # the head printed again over the rows (the page's own table), a row run past its stop, no figures: none
    assert head_over_page(typed_chars([head, row]), [], [found]) is None
    assert (
        head_over_page(
            typed_chars(
                [
                    [
                        (50, "2023"),
                        (100, "인재양성"),
                        (180, "교육생"),
                        (260, "55명"),
                        (330, "75명"),
                        (380, "완료"),
                    ]
                ]
            ),
            [],
            [found],
        )
        is None
    )
    assert (
        head_over_page(
            typed_chars([[(50, "가"), (100, "나"), (260, "다"), (330, "라"), (380, "마")]]), [], [found]
        )
        is None
    )


def test_an_unseen_cards_typed_goal_table_cut_under_its_head_is_read(tmp_path: Path) -> None:
    """Unseen seed 76009's PDF: the goal table's head ends page 1, its one row opens page 2 (left unread before,
    0.931); the head and the row, on columns their positions prove together, are one table: 1.000."""
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["dolbit-city"]
    records = family_records(fam, 76009)
    write_file(tmp_path, "dolbit-city-76009", "pdf", records, fam.style)
    [got] = extract_file(tmp_path / "dolbit-city-76009-pdf.pdf")
    assert got["goals"] and score_record(records[0], got).score() >= 0.999


def test_a_label_typed_to_a_tab_stop_keeps_its_value_on_its_line() -> None:
    chars = typed_chars([[(50, "공약명"), (150, ": 청년센터 조성")]])
    assert len(split_segments(chars, 5.0)) == 1
    apart = typed_chars([[(50, "공약명"), (150, "청년센터 조성")]])
    assert len(split_segments(apart, 5.0)) == 2


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "dolbit-city-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        assert got[0]["funding"] == exp[0]["funding"], path.name
        assert got[0]["goals"] == exp[0]["goals"], path.name
        assert got[0]["outreach"] == exp[0]["outreach"], path.name
        assert {k: got[0]["header"].get(k) for k in exp[0]["header"]} == exp[0]["header"], path.name


def _header(text: str, tmp_path: Path) -> dict:
    path = tmp_path / "card.txt"
    path.write_text(text + "\n\n❒ 1. 사업개요\nㅇ 사업기간 : 2022. ~ 2026.\n", encoding="utf-8")
    [rec] = extract_file(path)
    return {k: rec["header"][k] for k in ("title", "mgmt_no", "lead_dept", "target")}


def test_a_header_typed_at_a_tab_stop_printed_apart_reads_its_values_without_the_separator(
    tmp_path: Path,
) -> None:
    """The header typed ``label<TAB>: value``: pdftotext prints each label and its value on lines apart (the value
    opening with the separator); pdf2txt prints the values' box, then the labels' box, as many, in one order."""
    want = {
        "title": "청년센터 조성",
        "mgmt_no": "4-2-10",
        "lead_dept": "기술보급과",
        "target": "임기 내 완료",
    }
    title = "돌빛시 민선8기 시장 공약사업 관리카드"
    labels, values = (
        ["공약명", "관리번호", "주관부서", "실천목표"],
        [": 청년센터 조성", ": 4-2-10", ": 기술보급과", ": 임기 내 완료"],
    )
    apart = [x for pair in zip(labels, values, strict=True) for x in pair]
    assert _header("\n\n".join([title, *apart]), tmp_path) == want
    assert (
        _header("\n\n".join([title, values[0], "(2024년 1분기 현재 기준)", *values[1:], *labels]), tmp_path)
        == want
    )
    # a label short (three labels under four values): which label takes which value is unproven, none paired
    assert _header("\n\n".join([title, *values, *labels[:3]]), tmp_path) == dict.fromkeys(want)
