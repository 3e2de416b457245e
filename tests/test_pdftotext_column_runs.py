"""Tables a dump printed column by column (``pdftotext`` in its default mode: a column's cells one
after another, top to bottom), rebuilt only where the counts prove the grid: small dumps."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.roles import lines_role
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_stream import funding_from_stream, rejoin_header_pieces
from pledgecard.extract.sections.goal_stream import goal_marks_status_first, goal_stream
from pledgecard.extract.sections.outreach import extract_outreach

from conftest import make_line

# the rows' header and two rows printed row by row, each closed by its status
_ROWS = [
    "목표",
    "실적",
    "달성률",
    "추진상황",
    "추진내용",
    "120호 공급",
    "90호",
    "75%",
    "완료",
    "3.0km",
    "1.5km",
    "50%",
    "추진중",
]
_DETAIL = ["보행로 정비 및 주민", "쉼터 조성"]


def _read(lines: list[str]) -> list[tuple[object, ...]]:
    got = goal_stream(lines)
    assert got is not None
    return [
        (r.year, r.project, r.target, r.actual, r.status, r.detail and r.detail.replace(" ", ""))
        for r in got[0]
    ]


def test_leading_columns_printed_column_by_column_and_a_spanning_detail() -> None:
    # 연도 / 주요사업 printed as two runs above the rows' header: the years, then the one project
    # cell spanning both rows; the 추진내용 cell spanning both rows printed after the last status
    lines = ["연도", "주요사업", "2024", "2025", "생활권 보행환경 개선", *_ROWS, *_DETAIL]
    assert _read(lines) == [
        (2024, "생활권 보행환경 개선", "120호 공급", "90호", "완료", "보행로정비및주민쉼터조성"),
        (2025, "생활권 보행환경 개선", "3.0km", "1.5km", "추진중", "보행로정비및주민쉼터조성"),
    ]
    assert goal_stream(lines)[1] == []  # type: ignore[index]


def test_a_project_run_of_one_line_a_row_is_placed_in_order() -> None:
    lines = ["연도", "주요사업", "2024", "2025", "보행환경 개선", "주민쉼터 조성", *_ROWS, *_DETAIL]
    assert [(y, p) for y, p, *_ in _read(lines)] == [(2024, "보행환경 개선"), (2025, "주민쉼터 조성")]


def test_runs_whose_counts_do_not_prove_the_grid_stay_unplaced() -> None:
    # three years over two rows: which two are theirs is not known (the rows are still read)
    rows = _read(["연도", "주요사업", "2023", "2024", "2025", "보행환경 개선", *_ROWS, *_DETAIL])
    assert [(y, p) for y, p, *_ in rows] == [(None, "보행환경 개선"), (None, "보행환경 개선")]
    # three project lines over two rows (a cell wrapped): one cell each or one in all? unplaced
    rows = _read(
        ["연도", "주요사업", "2024", "2025", "보행환경", "개선사업", "주민쉼터 조성", *_ROWS, *_DETAIL]
    )
    assert [(y, p) for y, p, *_ in rows] == [(2024, None), (2025, None)]
    # years falling: no order the rows could have
    rows = _read(["연도", "주요사업", "2025", "2024", "보행환경 개선", *_ROWS, *_DETAIL])
    assert [y for y, *_ in rows] == [None, None]
    # the runs out of the header's order (the project before the years): nothing placed
    rows = _read(["연도", "주요사업", "보행환경 개선", "2024", "2025", *_ROWS, *_DETAIL])
    assert [p for _, p, *_ in rows] == [None, None]


def test_no_spanning_detail_where_a_figure_or_a_status_follows_the_last_row() -> None:
    # a figure after the last status is a cell out of place, not a 추진내용 cell: nothing is read
    assert goal_stream([*_ROWS, "25%"]) is None
    # a row with its own 추진내용 cell after each status is read as such
    lines = [*_ROWS[:9], "설계 완료", *_ROWS[9:], "시공 중"]
    assert [d for *_, d in _read(lines)] == ["설계완료", "시공중"]


def test_the_leading_columns_are_the_goals_table_s_lines() -> None:
    # under a heading no vocabulary names, the lines the goals table takes by content include its
    # leading columns and the spanning detail, not only the rows' header and cells
    texts = ["연도", "주요사업", "2024", "2025", "생활권 보행환경 개선", *_ROWS, *_DETAIL]
    lines: list[Line] = [make_line(t) for t in texts]
    assert lines_role(lines) == ["goals"] * len(texts)


# ------------------------------------------------------------------------ outreach, blocks of columns

_OTHERS = ["만족도 조사", "전문가 자문", "언론, 방송", "기타"]


def _counts(texts: list[str]) -> tuple[object, list[object]]:
    got = extract_outreach([make_line(t) for t in texts]).value["outreach"]
    assert got is not None
    return got["total"], [x["count"] for x in got["items"]]


def test_a_wrapped_label_s_column_printed_apart_then_the_others_row_by_row() -> None:
    # the wrapped label's column (its pieces, its count), then the other labels and their counts
    assert _counts(["계", "86회", "간담회, 공청회", "등", "4", *_OTHERS, "-", "-", "80", "2"]) == (
        86,
        [4, 0, 0, 80, 2],
    )


def test_every_column_printed_apart_a_label_and_its_count() -> None:
    texts = [
        "계",
        "9회",
        "간담회",
        "1",
        "만족도 조사",
        "2",
        "전문가 자문",
        "-",
        "언론, 방송",
        "5",
        "기타",
        "1",
    ]
    assert _counts(texts) == (9, [1, 2, 0, 5, 1])


def test_blocks_that_do_not_prove_whose_count_is_whose_read_none() -> None:
    # a wrapped label among others: its count printed after theirs, so the print order proves nothing
    assert _counts(["계", "86회", "간담회, 공청회", "등", *_OTHERS, "-", "-", "80", "2", "4"]) == (
        86,
        [None] * 5,
    )
    # a block of two labels over one count (and one of three over four)
    assert _counts(
        ["계", "9회", "간담회", "만족도 조사", "3", "전문가 자문", "언론, 방송", "기타", "-", "5", "1", "-"]
    ) == (9, [None] * 5)
    # a label going on after a count (its pieces around the counts)
    assert _counts(["계", "3회", "간담회, 공청회", "1", "등", "만족도 조사", "2"])[1] == [None, None]


# ------------------------------------------------------------------ funding, header cells in pieces


def _funding(cells: list[str]) -> tuple[list[str], list[list[object]]]:
    cols, rows = funding_from_stream("\n".join(cells), 1)
    return [c["label"] for c in cols], [[r["label"], *r["amounts_krw"]] for r in rows]


_HEAD = ["총사업", "구분", "임기이", "비", "기투자", "2023년 2024년"]
_AMOUNTS = [
    "계",
    "60",
    "10",
    "20",
    "25",
    "5",
    "국비",
    "36",
    "6",
    "12",
    "15",
    "3",
    "시비",
    "24",
    "4",
    "8",
    "10",
    "2",
]


def test_header_cells_printed_in_pieces_are_joined_and_the_sums_place_them() -> None:
    # 총사업 / 비 parted by other header cells, 임기이 / 후 parted by the whole table
    assert rejoin_header_pieces("\n".join([*_HEAD, *_AMOUNTS, "후"])).split("\n")[:3] == [
        "총사업비",
        "구분",
        "임기이후",
    ]
    cols, rows = _funding([*_HEAD, *_AMOUNTS, "후"])
    assert [classify_column(c)["kind"] for c in cols] == ["total", "prior", "year", "year", "after_term"]
    assert rows == [["계", 60, 10, 20, 25, 5], ["국비", 36, 6, 12, 15, 3], ["시비", 24, 4, 8, 10, 2]]


def test_pieces_that_make_no_word_or_two_words_at_once_are_left_apart() -> None:
    text = "\n".join([*_HEAD, *_AMOUNTS, "전"])  # 임기이 + 전 names no column: the header stays short
    assert rejoin_header_pieces(text) == text.replace("총사업\n구분\n임기이\n비", "총사업비\n구분\n임기이\n")
    # 총사업 / 비 and 총사업 / 비 again: which piece goes with which is not known
    text = "\n".join(["총사업", "총사업", "비", "비", *_AMOUNTS])
    assert rejoin_header_pieces(text) == text
    # and no amount is read where the header cannot be made whole (four labels over five amounts a row)
    assert _funding([*_HEAD, *_AMOUNTS, "전"]) == ([], [])


def test_a_table_split_over_pages_each_part_row_by_row_is_placed_by_the_whole_table_s_sums() -> None:
    # eunha-province-28002 as pdftotext prints it: the total column (총사업비) holds the sum of both
    # parts' years, so neither part proves where it stands; the whole table's rows do
    first = [
        "구분",
        "연도별 투자계획",
        "총사업비",
        "2021년",
        "2022년",
        "2023년",
        "2024년",
        "2025년",
        "계",
        "34,143",
        "2,977",
        "5,221",
        "2,718",
        "3,334",
        "2,897",
        "국비",
        "13,287",
        "1,711",
        "1,630",
        "571",
        "1,377",
        "2,101",
        "도비",
        "9,865",
        "406",
        "1,138",
        "-",
        "692",
        "-",
        "시군비",
        "10,991",
        "860",
        "2,453",
        "2,147",
        "1,265",
        "796",
    ]
    second = [
        "연도별 투자계획",
        "구분",
        "2026년",
        "2027년",
        "2028년",
        "2029년",
        "2030년",
        "계",
        "4,912",
        "2,903",
        "3,830",
        "3,227",
        "2,124",
        "국비",
        "1,522",
        "208",
        "1,978",
        "913",
        "1,276",
        "도비",
        "2,424",
        "1,353",
        "1,302",
        "1,831",
        "719",
        "시군비",
        "966",
        "1,342",
        "550",
        "483",
        "129",
    ]
    cols, rows = _funding([*first, *second])
    assert [classify_column(c)["kind"] for c in cols] == ["total"] + ["year"] * 10
    assert rows[0] == ["계", 34143, 2977, 5221, 2718, 3334, 2897, 4912, 2903, 3830, 3227, 2124]
    assert rows[2] == ["도비", 9865, 406, 1138, 0, 692, 0, 2424, 1353, 1302, 1831, 719]
    # a total that is no sum of the parts' rows: no cell is placed
    _, rows = _funding([*first[:9], "34,144", *first[10:], *second])
    assert all(v is None for r in rows for v in r[1:])


def test_a_spanning_project_printed_after_a_row_s_bracketed_actual() -> None:
    head = ["주요사업", "목표치", "추진상황", "(완료/추진중/미착수)"]
    rows = [
        "<2023>",
        "추진중",
        "관광 기업 지원(15개)",
        "(22개)",
        "관광 지원사업",
        "<2024>",
        "미착수",
        "관광 기업 지원(20개)",
    ]
    got = goal_marks_status_first([*head, *rows])
    assert got is not None
    assert [(r.year, r.project, r.target, r.status, r.actual) for r in got[0]] == [
        (2023, "관광 지원사업", "관광 기업 지원(15개)", "추진중", "22개"),
        (2024, "관광 지원사업", "관광 기업 지원(20개)", "미착수", None),
    ]
    # a project line already printed in the header: a second line after an actual is no project
    assert goal_marks_status_first([*head[:2], "관광 인재양성", *head[2:], *rows]) is None
    # after the last row's actual, no mark below: the line may be anything under the table, unread
    assert goal_marks_status_first([*head, *rows[:5]]) is None


def test_project_cells_printed_amid_the_header_one_a_group_of_rising_years() -> None:
    head = ["주요사업", "숲 지원사업", "숲 기반 구축", "목표치", "추진상황", "(완료/추진중/미착수)"]
    rows = [
        "<2023>",
        "완료",
        "교육생 양성(40명)",
        "(40명)",
        "<2024>",
        "완료",
        "실시설계 완료",
        "(용역 완료)",
        "<2023>",
        "완료",
        "협약 체결(55건)",
        "(40건)",
        "<2024>",
        "추진중",
        "교육생 양성(50명)",
        "(12명)",
    ]
    got = goal_marks_status_first([*head, *rows])
    assert got is not None
    assert [(r.year, r.project) for r in got[0]] == [
        (2023, "숲 지원사업"),
        (2024, "숲 지원사업"),
        (2023, "숲 기반 구축"),
        (2024, "숲 기반 구축"),
    ]
    assert [[*head, *rows][k] for k in got[1]] == ["주요사업", "목표치", "추진상황", "(완료/추진중/미착수)"]
    # two project lines over one group of rising years (a cell wrapped, or two cells?): unplaced
    got = goal_marks_status_first([*head, *rows[:8]])
    assert got is not None and [r.project for r in got[0]] == [None, None]
    # three project lines over two groups: unplaced
    got = goal_marks_status_first([*head[:3], "숲 인재양성", *head[3:], *rows])
    assert got is not None and all(r.project is None for r in got[0])


# --------------------------------------------------- outreach, counts per quarter dealt by their sums

_QUARTERS = ["(단위 : 회)", "1/4분기", "2/4분기", "3/4분기", "4/4분기", "계"]
_CHANNELS = [
    ("간담회, 공청회 등", ["-", "1", "2", "-", "3"]),
    ("만족도 조사", ["1", "-", "-", "1", "2"]),
    ("전문가 자문", ["-", "2", "-", "-", "2"]),
    ("언론 홍보", ["4", "3", "4", "2", "13"]),
]
_TOTAL_ROW = ["5", "6", "6", "3", "20"]


def _cells(*rows: tuple[str, list[str]]) -> list[str]:
    return [x for label, counts in rows for x in ([label] if label else []) + counts]


def test_the_total_row_s_label_printed_after_its_counts() -> None:
    texts = [*_QUARTERS, *_cells(*_CHANNELS, ("", _TOTAL_ROW)), "합계"]
    assert _counts(texts) == (20, [3, 2, 2, 13])


def test_two_labels_printed_before_their_two_runs() -> None:
    # 언론 홍보 and 합계 both before the runs: the sums say which run is the total row's
    texts = [*_QUARTERS, *_cells(*_CHANNELS[:3]), "언론 홍보", "합계", *_CHANNELS[3][1], *_TOTAL_ROW]
    assert _counts(texts) == (20, [3, 2, 2, 13])


def test_runs_the_sums_do_not_prove_are_not_dealt() -> None:
    def unread(texts: list[str]) -> None:
        got = extract_outreach([make_line(t) for t in texts]).value["outreach"]
        assert got is None or all(x["count"] is None for x in got["items"])

    # a row whose total is not the sum of its quarters
    unread(
        [
            *_QUARTERS,
            *_cells(("간담회, 공청회 등", ["-", "1", "2", "-", "4"]), *_CHANNELS[1:], ("", _TOTAL_ROW)),
            "합계",
        ]
    )
    # a channel's label printed after its run's first count (a label out of place)
    texts = [
        *_QUARTERS,
        *_cells(*_CHANNELS[:2]),
        *_CHANNELS[2][1][:1],
        "전문가 자문",
        *_CHANNELS[2][1][1:],
        *_cells(_CHANNELS[3], ("", _TOTAL_ROW)),
        "합계",
    ]
    unread(texts)
