"""Table structures of layout dumps (``pdftotext -layout``), on small hand-made line sets shaped as
the converter prints them: rows of figures stacked under one label centred beside them (a plan
and a second row per source), a header row with a spanning line cut from its body by a page
break, a row cut by a page break, labels wrapped in a label-left column. Each class is read from
its structure; what cannot be placed stays unplaced."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text import read


def _tables(text: str) -> list[Table]:
    return [b for b in read(text.encode("utf-8")).blocks if isinstance(b, Table)]


# ------------------------------------------------------------ rows stacked under a centred label

PAIRED = (  # character positions as pdftotext -layout gives them (a Hangul syllable one column)
    "        구분           총사업비         2021년         2022년       2023년       2024년\n"
    "\n"
    "             예산             90.5      30.0          40.5        20.0         0.0\n"
    "    계\n"
    "             집행             61.0      30.0          31.0           -           -\n"
    "\n"
    "             예산             12.0       2.0           4.0         6.0           -\n"
    "   도비\n"
    "             집행              6.0       2.0           4.0           -           -\n"
    "\n"
    "             예산             78.5      28.0          36.5        14.0         0.0\n"
    "   군비\n"
    "             집행             55.0      28.0          27.0           -           -\n"
)


def test_rows_of_figures_under_one_centred_label_are_rows_of_their_own() -> None:
    [t] = _tables(PAIRED)
    assert (t.n_rows, t.n_cols) == (7, 7)
    grid = t.grid()
    assert grid[0] == [
        "구분",
        "구분",
        "총사업비",
        "2021년",
        "2022년",
        "2023년",
        "2024년",
    ]  # one cell over two columns
    assert grid[3] == ["도비", "예산", "12.0", "2.0", "4.0", "6.0", "-"]
    assert grid[4] == ["도비", "집행", "6.0", "2.0", "4.0", "-", "-"]
    label = t.cell_at(5, 0)
    assert label is not None and label.row_span == 2 and label.text == "군비"


def test_the_paired_rows_give_the_plan_figures_as_funding() -> None:
    from pledgecard.extract.cards import extract_card_results

    text = (
        "가나군 공약사업 관리카드\n\n❏ 투자 및 집행 현황\n                                    (단위: 억원)\n\n"
        + PAIRED
    )
    [card] = extract_card_results(read(text.encode("utf-8")), file_name="x.txt")
    funding = card.record["funding"]
    assert funding is not None
    rows = {r["label"]: r["amounts_krw"] for r in funding["rows"]}
    assert rows["도비"] == [1_200_000_000, 200_000_000, 400_000_000, 600_000_000, 0]
    assert len(rows) == 3  # no row of second figures


def test_paired_rows_whose_second_row_is_dashes_set_apart_are_rows_of_their_own() -> None:
    """The second row all dashes, centred apart from the amounts above them (only the last
    column lines up): each line is a label followed by whole figures, so still two rows."""
    dashes = "             집행                 -           -            -            -        -"
    text = PAIRED.replace(
        "             집행              6.0       2.0           4.0           -           -", dashes
    )
    assert text != PAIRED
    [t] = _tables(text)
    assert t.grid()[3] == ["도비", "예산", "12.0", "2.0", "4.0", "6.0", "-"]
    assert t.grid()[4] == ["도비", "집행", "-", "-", "-", "-", "-"]


def test_lines_of_wrapped_words_beside_a_centred_label_are_no_stacked_rows() -> None:
    """Only whole figures on two lines of one column (a figure does not wrap) make the lines
    rows of their own: cells of words wrapped around a centred label stay one row group."""
    from pledgecard.extract.readers.text_columns import stacked_figure_rows
    from pledgecard.extract.readers.text_lines import split_lines

    words = PAIRED.split("\n")[2:5]
    assert stacked_figure_rows(split_lines("\n".join(words)), False) is not None
    wrapped = [
        re.sub(r"\d+\.\d|-(?= |$)", "자료", words[0]),
        words[1],
        re.sub(r"\d+\.\d|-(?= |$)", "조사", words[2]),
    ]
    assert stacked_figure_rows(split_lines("\n".join(wrapped)), False) is None
    one = [
        words[0],
        words[1],
        words[2].replace("61.0", "조성사업").replace("30.0", "지원사업").replace("31.0", "운영사업"),
    ]
    assert stacked_figure_rows(split_lines("\n".join(one)), False) is not None  # two figure columns left
    right = [words[0], "                                 계", words[2]]  # a lone line not left of the cells
    assert stacked_figure_rows(split_lines("\n".join(right)), False) is None


# -------------------------------------------- a header with a spanning line cut by a page break


def test_a_header_with_a_spanning_line_on_one_page_and_its_rows_on_the_next() -> None:
    text = (
        "3. 재원 투자계획\n"
        "                                                      (단위 : 백만원)\n"
        "\n"
        "                                       연차별 투자 계획\n"
        "    구분        총사업비\n"
        "                       2024년      2025년   2026년   2027년    2028년\n"
        "\n"
        "\n"
        "\f    계        900       100      200       300        200      100\n"
        "\n"
        "   국비        450        50      100       150        100       50\n"
        "\n"
        "   군비        450        50      100       150        100       50\n"
    )
    [t] = _tables(text)
    grid = t.grid()
    assert (t.n_rows, t.n_cols) == (5, 7)
    assert grid[0] == ["구분", "총사업비"] + ["연차별 투자 계획"] * 5
    assert grid[1] == ["구분", "총사업비", "2024년", "2025년", "2026년", "2027년", "2028년"]
    assert grid[3] == ["국비", "450", "50", "100", "150", "100", "50"]
    # the spanning line not centred over the cells of the lower line: which columns it heads is
    # not known, so the header is not joined to the rows (they are read alone, nothing guessed)
    [t] = _tables(text.replace(" " * 39 + "연차별", " " * 30 + "연차별"))
    assert t.n_rows == 3 and t.grid()[0][0] == "계"


# ------------------------------------------- labels marked with a glyph, wrapped in their column

GLYPH_BODY = (
    "                         가온군수 공약사업 관리카드\n"
    "\n"
    "           ○ 사업기간 : 2023.1.~2026.12.\n"
    "◈ 사업개요\n"
    "           ○ 총사업비 : 60억원(도비 20, 군비 40)\n"
    "\n"
    "           (단위 : 억원)\n"
    "             구분      총사업비      2024년      2025년\n"
    "◈ 재원 투자\n"
    "             계          60          25          35\n"
    "  계획         도비        20          10          10\n"
    "\n"
    "             군비        40          15          25\n"
    "\n"
    "\n"
    "           ○ 실시설계 용역 완료 : 2024. 6.\n"
    "◈ 추진실적\n"
    "           ○ 착공 : 2025. 3.\n"
)


def test_labels_marked_with_a_glyph_no_bullet_level_knows_make_a_label_column() -> None:
    """``◈ 사업개요`` left of the content column: a glyph that marks no bullet level opens a label
    of the column like a section mark; the second line of a wrapped label (``계획``) is joined to
    its first even beside a table row, and the table stays in its cell."""
    doc = read(GLYPH_BODY.encode("utf-8"))
    [body] = [b for b in doc.blocks if isinstance(b, Table) and b.n_cols == 2]
    labels = [row[0] for row in body.grid()]
    assert labels == ["◈ 사업개요", "◈ 재원 투자 계획", "◈ 추진실적"]
    [funding] = body.cell_at(1, 1).nested  # type: ignore[union-attr]
    assert funding.grid() == [
        ["구분", "총사업비", "2024년", "2025년"],
        ["계", "60", "25", "35"],
        ["도비", "20", "10", "10"],
        ["군비", "40", "15", "25"],
    ]
    assert "착공" in body.grid()[2][1] and "착공" not in body.grid()[1][1]


def test_a_bullet_left_of_the_content_column_is_no_label() -> None:
    """A known bullet (``○``) left of the column stays content: only glyphs no bullet level knows
    (and section marks, numbering) open labels."""
    doc = read(GLYPH_BODY.replace("◈ 추진실적", "○ 추진실적").encode("utf-8"))
    [body] = [b for b in doc.blocks if isinstance(b, Table) and b.n_cols == 2]
    assert [row[0] for row in body.grid()] == ["◈ 사업개요", "◈ 재원 투자 계획"]


# ---------------------------------------------- a last row cut off its table by a page break

RUNNING = "                                        가온군수 공약사업 관리카드 | 관리번호 3-7\n"
CUT_ROW = (
    RUNNING + "\n"
    "               구분        총사업비      2024년      2025년      2026년\n"
    "\n"
    "                계            90          30          40          20\n"
    "\n"
    "               도비           50          20          20          10\n"
    "\n"
    "\n"
    "\f" + RUNNING + "\n"
    "            군비        40      10          20         10\n"
    "\n"
    "\n"
    "○ 실시설계 용역 완료 : 2024. 6.\n"
    "\f" + RUNNING + "○ 착공 : 2025. 3.\n"
)


def test_a_row_opening_a_page_under_the_running_head_ends_the_table_before() -> None:
    """One row of as many cells as the table that ended the page before has columns, under the
    running page line atop the next page (measured on its own page: its cells need not line up
    with the columns before): that table's last row, cells in order."""
    [t] = _tables(CUT_ROW)
    assert t.grid()[-1] == ["군비", "40", "10", "20", "10"]
    assert t.n_rows == 4


def test_a_row_of_another_width_under_the_running_head_is_not_joined() -> None:
    [t, *rest] = _tables(
        CUT_ROW.replace(
            "            군비        40      10          20         10\n",
            "            군비        40      10          20\n",
        )
    )
    assert t.n_rows == 3 and all(r.grid()[0][0] != "구분" for r in rest)
    assert all(row[0] != "군비" for row in t.grid())


# ------------------------------------------ a cell centred on three rows, its lines two apart

THREE_ROWS = (
    "             연도      사업명       목표        실적      추진상황     추진내용\n"
    "\n"
    "                            청년 창업 공간\n"
    "             2024                        12개      완료\n"
    "                    청년 창    조성(15개)\n"
    "                                                        창업 공간 운영 및\n"
    "                    업 공간\n"
    "             2025             시범 운영          -   미착수     입주 기업 지원\n"
    "                      조성\n"
    "             2026            확대 운영          -   미착수\n"
)


def test_a_cell_centred_on_three_rows_is_one_cell_not_pieces_sharing_a_row() -> None:
    """``청년 창`` / ``업 공간`` / ``조성`` (lines two apart) centred on the middle of three rows:
    one cell, not two pieces centred on (2024, 2025) and (2025, 2026), which would put two cells
    of one column in the 2025 row; the detail column's two lines likewise."""
    [t] = _tables(THREE_ROWS)
    grid = t.grid()
    assert [row[0] for row in grid] == ["연도", "2024", "2025", "2026"]
    assert grid[1][1].replace(" ", "") == "청년창업공간조성" and grid[2][1] == grid[3][1] == ""
    assert grid[1][5] == "창업 공간 운영 및 입주 기업 지원" and grid[2][5] == ""
    assert grid[1][2] == "청년 창업 공간 조성(15개)" and grid[2][2] == "시범 운영"


# ------------------------- the top of the next table ending a page, below a table of that page

NEXT_TOP = (
    " 세부사업           목표              실적        달성률         추진상황\n"
    "\n"
    "  센터 조성        3.8km           3.7km       97%          완료\n"
    "\n"
    "  기업 지원        공정률 70%        -           -         미착수\n"
    "\n"
    "\n"
    "\n"
    "          만족도 조사                언론 홍보        기타          계\n"
    "\f"
    "   주민간담회            민간전문가\n"
    "               1        -        -       20          -        21회\n"
)


def test_a_line_of_cells_ending_a_page_below_a_wider_gap_than_any_row_is_not_the_tables() -> None:
    """A line of cells three blank lines below a table whose rows lie one blank line apart, the
    last line of its page: the top of the next table the page break cut, not a row of this one
    (read as one, it made a goal of the outreach header)."""
    tables = _tables(NEXT_TOP)
    goals = tables[0]
    assert goals.n_rows == 3 and all("만족도 조사" not in row for row in goals.grid())
    # one blank line apart like the rows above it, the line is the table's last row
    near = NEXT_TOP.replace("\n\n\n\n          만족도", "\n\n          만족도")
    assert any("만족도 조사" in row for row in _tables(near)[0].grid())


def test_a_wrapped_label_beside_rows_two_blank_lines_apart_is_joined() -> None:
    """Table rows two blank lines apart beside a wrapped label: its second line (``계획``) lies
    three lines below its first, still the same label (it opens with no mark of its own)."""
    spaced = GLYPH_BODY.replace(
        "◈ 재원 투자\n             계          60          25          35\n  계획         도비",
        "◈ 재원 투자      계          60          25          35\n\n\n  계획         도비",
    )
    assert spaced != GLYPH_BODY
    doc = read(spaced.encode("utf-8"))
    [body] = [b for b in doc.blocks if isinstance(b, Table) and b.n_cols == 2]
    assert [row[0] for row in body.grid()] == ["◈ 사업개요", "◈ 재원 투자 계획", "◈ 추진실적"]
    [funding] = body.cell_at(1, 1).nested  # type: ignore[union-attr]
    assert funding.grid()[1] == ["계", "60", "25", "35"]


# ----------------------- a header cell over two header lines, touching a lower one in display columns

TWO_LINE_HEADER = (
    "                                                  연차별 투자 계획\n"
    "   구분           총사업비\n"
    "                         2024년        2025년        2026년       2027년\n"
    "\n"
    "    계            120.0     30.0         40.0         20.0        30.0\n"
    "\n"
    "   국비            60.0     15.0         20.0         10.0        15.0\n"
    "\n"
    "   군비            60.0     15.0         20.0         10.0        15.0\n"
)


def test_a_header_cell_beside_a_lower_header_line_is_not_run_together_with_it() -> None:
    """``총사업비`` (centred over both header lines, printed on the upper) and ``2024년`` on the
    lower line touch in display columns (the Hangul word is twice as wide there) but lie nearest
    two different columns: they are two cells, read in the measure that keeps them apart."""
    [t] = _tables(TWO_LINE_HEADER)
    grid = t.grid()
    assert t.n_cols == 6
    assert grid[-3:] == [
        ["계", "120.0", "30.0", "40.0", "20.0", "30.0"],
        ["국비", "60.0", "15.0", "20.0", "10.0", "15.0"],
        ["군비", "60.0", "15.0", "20.0", "10.0", "15.0"],
    ]
    assert "총사업비" in [row[1] for row in grid] and "2024년" in [row[2] for row in grid]


# ------------------------- a first cell centred on its row, its top line at the left edge too

CENTRED_FIRST = (
    "          주요사업         목표           실적          달성률    추진상황     추진내용\n"
    "\n"
    "          청년 창\n"
    "                                    공정률                       창업공간 운영 및\n"
    "          업 공간      공정률 70%                    40%     추진중\n"
    "                                    28%                        입주기업 지원\n"
    "             조성\n"
    "\n"
    "          청년 기\n"
    "                                                              기업공간 운영 및\n"
    "          업 지원        1.5km        1.4km       93%     완료\n"
    "                                                               입주기업 지원\n"
    "             사업\n"
)


def test_a_first_cell_whose_top_line_is_at_the_left_edge_is_centred_on_its_row() -> None:
    """``청년 창`` / ``업 공간`` / ``조성``: the first cell's lines centred on the row's line,
    the top one at the left edge like the row's: one row, not a row of one cell above it."""
    [t] = _tables(CENTRED_FIRST)
    grid = t.grid()
    assert t.n_rows == 3
    assert grid[1][1:] == ["공정률 70%", "공정률 28%", "40%", "추진중", "창업공간 운영 및 입주기업 지원"]
    assert [grid[1][0].replace(" ", ""), grid[2][0].replace(" ", "")] == [
        "청년창업공간조성",
        "청년기업지원사업",
    ]
    assert grid[2][1:4] == ["1.5km", "1.4km", "93%"]


# --------------------------- rows starting at the left edge whose cells are centred on them

CENTRED_AT_EDGE = (
    "             연도      주요사업            목표        실적      추진상황       추진내용\n"
    "\n"
    "            2024                 시범 운영        설계 완료     완료\n"
    "                     센터 기반                                      센터 운영 및 방\n"
    "                       구축       교육생 양성                          문객 지원\n"
    "            2025                               13명      완료\n"
    "                                  (20명)\n"
)


def test_a_cell_that_skips_a_line_marks_cells_centred_on_rows_starting_at_the_left_edge() -> None:
    """Both rows' lines start at the left edge (``2024`` is the group's first line), but read
    top-aligned the first row's target would skip a line (``시범 운영`` / - / ``교육생 양성``):
    a wrapped cell's lines follow one another, so the cells are centred on their rows."""
    [t] = _tables(CENTRED_AT_EDGE)
    grid = t.grid()
    assert grid[1][2] == "시범 운영" and grid[2][2] == "교육생 양성 (20명)"
    assert grid[2][3:5] == ["13명", "완료"]


# ------------------------------------- a header label centred beside two rows of header cells


def test_a_header_label_beside_two_rows_of_labelled_cells_spans_both_rows() -> None:
    """``담당자`` centred between two header lines whose third column holds a header label alone
    on each (``협조부서`` / ``기준시점``): one cell names one field, so the lines are two rows
    and the centred label spans both (read as one wrapped row, the two labels' values ran
    together in one cell)."""
    text = (
        "   공약번호                    7            주관부서                    교통정책과\n"
        "\n"
        "                        김하늘               협조부서          도로과,건설과\n"
        "    담당자\n"
        "                       123-4567           기준시점          '25. 2/4분기 현재\n"
    )
    [t] = _tables(text)
    grid = t.grid()
    assert grid[1] == ["담당자", "김하늘", "협조부서", "도로과,건설과"]
    assert grid[2] == ["담당자", "123-4567", "기준시점", "'25. 2/4분기 현재"]


# ----------------- a header row ending a page, its rows under a card-naming title on the next


def test_a_header_ending_a_page_joins_rows_opening_with_a_centred_cell_under_a_running_title() -> None:
    """The header row is the page's last line; the next page opens with the card's title naming
    its 관리번호 (a running page line printed once) and rows whose first line is the top line of
    a cell centred on the row (``공정률`` over ``62%``): the header heads those rows."""
    text = (
        "□ 목표 달성도\n"
        "\n"
        "   연도       주요사업        목표        실적       달성률      추진상황\n"
        "\n"
        "\n"
        "\f                                      가람시장 공약사업 관리카드 | 관리번호 2-7\n"
        "\n"
        "\n"
        "                                    공정률\n"
        "  2023     센터조성       공정률 100%                  62%      완료\n"
        "                                    62%\n"
        "  2024     센터조성        5.7km        -           -      미착수\n"
    )
    tables = _tables(text)
    [goals] = [t for t in tables if t.grid()[0][0] == "연도"]
    assert goals.grid()[0] == ["연도", "주요사업", "목표", "실적", "달성률", "추진상황"]
    assert goals.grid()[1] == ["2023", "센터조성", "공정률 100%", "공정률 62%", "62%", "완료"]


def test_a_cut_row_read_again_keeps_its_cells_in_their_columns() -> None:
    """Lone cell lines opening the next page (``공공돌봄`` / ``인재양성``, ``공동육아나눔터`` / ...),
    measured on their own page: read again with the lines before, they shifted the cut row's
    cells one column right (``81호`` as its status); the row stays as it was, the lines text."""
    text = (
        "              연도           세부사업                 목표                  실적          추진상황                추진내용\n"
        "\n"
        "                                                                    공정률\n"
        "             2021          공공돌봄           공정률 60%                                 완료         거점센터 운영 및\n"
        "                                                                    54%\n"
        "                           지원사업                                                               어르신 지원\n"
        "             2022                            4.8km                    -          미착수\n"
        "\n"
        "             2020                         127호 공급                   81호           완료\n"
        "\n"
        "\n"
        "\n"
        "\f                                                         공동육아나눔터\n"
        "                    공공돌봄\n"
        "                                                         운영 및 어르신\n"
        "                    인재양성\n"
        "                                                            지원\n"
        "\n"
        "○ 다음 항목\n"
    )
    [t] = _tables(text)
    assert t.grid()[-1][:5] == ["2020", "", "127호 공급", "81호", "완료"]


# ------------------------- the head of a second stacked table ending a page, its body on the next

STACKED_HEAD = (  # the funding printed as two stacked tables: 2024-2026 with 총사업비, then 2027-2029
    "                                                           연도별 투자계획\n"
    "          구분                  총사업비\n"
    "                                               2024년               2025년             2026년\n"
    "\n"
    "          계                       9,000                5,000               3,000             1,000\n"
    "\n"
    "          국비                     4,500                2,500               1,500               500\n"
    "\n"
    "          군비                     4,500                2,500               1,500               500\n"
    "\n"
    "\n"
    "           구분                                               연도별 투자계획\n"
    "\n"
    "\n"
    "\n"
    "                                                                -1-\n"
    "\f                              2027년                2028년           2029년\n"
    "\n"
    "           계                          3,000                2,000           1,200\n"
    "\n"
    "           국비                         1,000                 600              600\n"
    "\n"
    "           군비                         2,000               1,400              600\n"
)


def test_the_head_of_a_new_stacked_table_ending_a_page_does_not_join_its_body_to_the_table_above() -> None:
    """A row repeating the label column's head (구분) with no figure, the last of its page, below
    the rows of a table: the head of a new table whose body the page break carried over, with its
    own columns (the converter measures each page on its own). The body is a table of its own,
    not rows of the table above read in its columns; the head, not placeable in the body's
    columns, is read as text between them."""
    first, second = _tables(STACKED_HEAD)[:2]
    assert [row[0] for row in first.grid()] == ["구분", "구분", "계", "국비", "군비"]  # a head of two rows:
    assert first.grid()[:2] == [
        ["구분", "총사업비"] + ["연도별 투자계획"] * 3,  # (the span head over the
        ["구분", "총사업비", "2024년", "2025년", "2026년"],
    ]  # years since session 15)
    assert second.grid() == [
        ["", "2027년", "2028년", "2029년"],
        ["계", "3,000", "2,000", "1,200"],
        ["국비", "1,000", "600", "600"],
        ["군비", "2,000", "1,400", "600"],
    ]
    text = " ".join(b.text for b in read(STACKED_HEAD.encode("utf-8")).blocks if not isinstance(b, Table))
    assert "연도별 투자계획" in text


def test_the_years_of_the_stacked_table_below_the_break_go_on_the_funding_rows() -> None:
    from pledgecard.extract.cards import extract_card_results

    text = (
        "가나군 공약사업 관리카드\n\n❏ 재원 확보계획\n                          (단위: 백만원)\n\n"
        + STACKED_HEAD
    )
    [card] = extract_card_results(read(text.encode("utf-8")), file_name="x.txt")
    funding = card.record["funding"]
    assert funding is not None
    assert [c["label"] for c in funding["columns"]] == [
        "총사업비",
        "2024",
        "2025",
        "2026",
        "2027",
        "2028",
        "2029",
    ]
    rows = {r["label"]: r["amounts_krw"] for r in funding["rows"]}
    assert rows["국비"] == [v * 1_000_000 for v in (4_500, 2_500, 1_500, 500, 1_000, 600, 600)]
    assert rows["군비"][-3:] == [2_000_000_000, 1_400_000_000, 600_000_000]


def test_a_row_below_the_break_with_no_head_ending_the_page_still_continues_the_table() -> None:
    """The same page break under the first table's last row (no head row ending the page): the
    rows opening the next page, as many cells as its columns, go on with that table."""
    text = STACKED_HEAD.split("           구분    ")[0] + (
        "                                                                -1-\n"
        "\f          도비                        0                    0                   0                 0\n"
    )
    [first] = _tables(text)
    assert first.grid()[-1] == ["도비", "0", "0", "0", "0"]
