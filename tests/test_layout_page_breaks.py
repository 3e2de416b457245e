"""Layout dumps (``pdftotext -layout``) of tables whose header band wraps around its value row or whose
rows a page break carries on without their head (issue 11, the classes nalgae-city and mulbit-city left
open in session 15):

- a header band's value row opening with a hyphened 관리번호 whose title cell wraps above and below it
  (``해양레저 명소화 사업 추`` / ``4-6-6  추진중(부진)  '24년 4분기 현재`` / ``진``) is a row of the band;
- a table's rows after a page break, no head repeated, the next page measured on its own (the rows
  line up with each other, not with the rows above the break; the source labels centred on their rows
  stand left of the fullest rows' first cell), join the table when they make its column count, hold
  its kinds of cells and the sums of the whole table prove the figures' columns;
- a span head on the head's top line beside its other cells (``임기 내`` over ``2022`` .. ``2025``, the
  diagonal corner's words on the lines around) spans the year heads, no column of its own;
- a dated outreach log cut by a page break into two tables (the next page's rows in columns of their
  own) is read over both where its subtotals prove the grand total;
- an unknown section heading carrying its table's unit (``▌ 돈이 드는 곳 (단위: 백만원)``) is a heading.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Table
from pledgecard.extract.heading_shapes import hangul_title
from pledgecard.extract.readers import text as text_reader
from pledgecard.extract.readers.text_sums import sums_prove
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.scoring import load_records

from conftest import make_table

REPO = Path(__file__).resolve().parents[1]
LAYOUT = REPO / "samples" / "layout"


def _read(path: Path) -> tuple[dict, dict]:
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    return exp, got


def test_header_band_value_row_around_a_wrapped_title() -> None:
    for name in (
        "families/nalgae-city-61008-layout.txt",
        "families/nalgae-city-61009-layout.txt",
        "body/nalgae-city-61008-body-layout.txt",
    ):
        exp, got = _read(LAYOUT / name)
        for key in ("mgmt_no", "status", "status_code", "lead_dept", "contact_phone"):
            assert got["header"][key] == exp["header"][key], (name, key)
        assert "".join(got["header"]["title"].split()) == "".join(exp["header"]["title"].split()), name


def test_funding_rows_after_a_page_break_without_their_head() -> None:
    for name in ("nalgae-city-61008-layout.txt", "nalgae-city-61009-layout.txt"):
        exp, got = _read(LAYOUT / "families" / name)
        assert got["funding"]["rows"] == exp["funding"]["rows"], name
        assert [c["year"] for c in got["funding"]["columns"]] == [
            c["year"] for c in exp["funding"]["columns"]
        ]


_HEAD = """\
                    구분   총사업비        2023           2024          2025     2026

                   당초     32802         1885           8936         16089      439
      계
                   변경     46717         8655          13751         18260      598

                   당초     14356         1885           6303          6168
   국비
                   변경     13443         1885           5390          6168       ―
\f"""
_BODY = """\
                당초         1833                                                       439
   도비
                변경        15327             3791           6025          3519         598

                당초        16613                            2633          9921
   시비
                변경        17947             2979           2336          8573          ―
"""


def _tables(text: str) -> list[Table]:
    doc = text_reader.read(text.encode("utf-8"))
    return [b for b in doc.blocks if isinstance(b, Table)]


def test_rows_after_a_break_join_only_where_the_sums_prove_them() -> None:
    [table] = _tables(_HEAD + _BODY)
    grid = table.grid()
    assert len(grid) == 9
    assert grid[5] == ["도비", "당초", "1833", "", "", "", "439"]
    assert grid[8] == ["시비", "변경", "17947", "2979", "2336", "8573", "―"]
    # the same rows with one figure moved a column (9921 under 2026): no sum proves them, no join
    moved = _BODY.replace("9921\n", " " * 14 + "9921\n")
    got = _tables(_HEAD + moved)
    assert all(t.n_rows <= 5 for t in got)


def test_sums_prove() -> None:
    grid = [
        ["구분", "연도", "계", "2023", "2024"],
        ["계", "당초", "30", "10", "20"],
        ["계", "변경", "33", "13", "20"],
        ["국비", "당초", "12", "2", "10"],
        ["국비", "변경", "15", "5", "10"],
        ["시비", "당초", "18", "8", "10"],
        ["시비", "변경", "18", "8", "10"],
    ]
    assert sums_prove(grid, [2, 3, 4])
    grid[6] = ["시비", "변경", "18", "10", "8"]  # a figure in the wrong column
    assert not sums_prove(grid, [2, 3, 4])
    assert not sums_prove(grid[:3], [2, 3, 4])  # two rows a group: nothing to prove


def test_span_head_beside_the_heads_top_line_spans_the_years() -> None:
    [table] = [
        t
        for t in _tables((LAYOUT / "families" / "nalgae-city-61009-layout.txt").read_text(encoding="utf-8"))
        if "당초" in str(t.grid())
    ]
    head = [c for c in table.cells if c.text == "임기 내"]
    assert len(head) == 1 and head[0].col_span == 4
    assert table.grid()[1][3:7] == ["2022", "2023", "2024", "2025"]


def test_outreach_log_over_a_page_break() -> None:
    exp, got = _read(LAYOUT / "families" / "mulbit-city-62007-layout.txt")
    assert got["outreach"] == exp["outreach"]


def test_outreach_log_over_two_tables_needs_the_grand_total_proven() -> None:
    first = make_table(
        [
            ["구분", "일자", "주요내용", "참석인원(명)"],
            ["주민설명회", "2024. 3. 10.", "권역별 설명회 개최", "195"],
            ["주민설명회", "소계", "1회", "195"],
            ["언론보도", "2024. 1. 9.", "지역 언론 기획보도", "-"],
        ]
    )
    rest = [["", "소계", "3회", "-"], ["합계", "", "4회", "195"]]
    got = extract_outreach([first, make_table(rest)]).value["outreach"]
    assert got is not None and got["total"] == 4 and [i["count"] for i in got["items"]] == [1, 3]
    rest[1][2] = "5회"  # the subtotals do not add up to the total: no count read
    got = extract_outreach([first, make_table(rest)]).value["outreach"]
    assert got is None or all(i["count"] is None for i in got["items"])


def test_unknown_heading_with_its_tables_unit() -> None:
    assert hangul_title("돈이 드는 곳 (단위: 백만원)")
    assert hangul_title("돈이 드는 곳 〈단위 : 억원〉")
    assert not hangul_title("사업기간 : 2023. 1. ~ 2026. 12.")
