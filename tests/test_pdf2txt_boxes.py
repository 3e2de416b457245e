"""Tables a dump printed in boxes of its own (pdfminer.six's ``pdf2txt.py``: a table's labels, amounts
and columns as paragraphs apart, in an order of its own) are never read one cell off: a funding table
whose own sums fail is nulled (extract/sections/funding_broken.py), and goal rows with the status
legend, a head cell, printed amid them keep only their targets (extract/sections/goals.py). Whole families are measured
in tests/test_text_converters.py; these pin the rule on small tables."""

from __future__ import annotations

from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_broken import sums_broken

from conftest import make_line

COLS = [
    {"label": "계", "kind": "total", "year": None},
    {"label": "2023", "kind": "year", "year": 2023},
    {"label": "2024", "kind": "year", "year": 2024},
]


def _rows(*amounts: list[int | None]) -> list[dict]:
    labels = [("계", "total"), ("국비", "national"), ("도비", "province")]
    return [
        {"label": lab, "source": src, "amounts_krw": list(a)}
        for (lab, src), a in zip(labels, amounts, strict=False)
    ]


def test_sums_that_hold_are_not_broken_and_rounding_is_forgiven() -> None:
    assert not sums_broken(COLS, _rows([30, 10, 20], [12, 4, 8], [18, 6, 12]), 1)
    assert not sums_broken(COLS, _rows([31, 10, 20], [12, 4, 8], [18, 6, 12]), 1)  # one unit: rounding
    assert not sums_broken(
        COLS, _rows([30, 10, 20], [12, None, 8], [18, 6, 12]), 1
    )  # a cell unread: no sum told


def test_a_row_off_its_total_or_a_column_off_the_total_row_is_broken() -> None:
    assert sums_broken(COLS, _rows([30, 10, 20], [12, 8, 18], [18, 6, 12]), 1)  # 국비 dealt one cell on
    assert sums_broken(COLS, _rows([30, 10, 20], [18, 6, 12], [18, 6, 12]), 1)  # a column off the total row


def test_a_transposed_table_printed_label_by_label_is_nulled_not_shifted() -> None:
    # pdf2txt prints the head cells (the sources across), the row label wrapped, then the amounts:
    # read as rows 국비 / 구비 / 기타 / 총사업비 under 계, the total row is no sum of the others
    lines = [
        make_line(t)
        for t in (
            "(단위 : 억 원)",
            "구 분",
            "계",
            "국 비",
            "구 비",
            "기 타",
            "총사업",
            "비",
            "238",
            "93",
            "80",
            "65",
        )
    ]
    funding = extract_funding(lines).value["funding"]
    assert funding is not None
    assert all(v is None for r in funding["rows"] for v in r["amounts_krw"])
    assert any(r.get("amounts_raw") for r in funding["rows"])  # the printed text kept: a finding


def test_a_square_table_dealt_turned_is_turned_back_where_the_budget_shares_prove_it() -> None:
    from pledgecard.extract.sections.funding_broken import turn_by_budget

    cols = [*COLS, {"label": "2025", "kind": "year", "year": 2025}]
    # 계 / 국비 / 도비 / 시비 by 계 / 2023 / 2024 / 2025; printed column by column, dealt row by row
    right = [[100, 30, 30, 40], [40, 10, 10, 20], [35, 10, 15, 10], [25, 10, 5, 10]]
    turned = [[right[j][i] for j in range(4)] for i in range(4)]

    def rows() -> list[dict]:
        labels = [("계", "total"), ("국비", "national"), ("도비", "province"), ("시비", "city")]
        return [
            {"label": lab, "source": src, "amounts_krw": list(a)}
            for (lab, src), a in zip(labels, turned, strict=True)
        ]

    assert not sums_broken(cols, rows(), 1)  # the sums cannot tell: they hold either way
    got = rows()
    assert turn_by_budget(cols, got, ((40, 35, 25), 100), 1)
    assert [r["amounts_krw"] for r in got] == right
    kept = rows()
    assert not turn_by_budget(cols, kept, ((41, 35, 24), 100), 1)  # shares fitting neither way: as read
    assert not turn_by_budget(cols, kept, None, 1)
    assert [r["amounts_krw"] for r in kept] == turned


def test_a_head_naming_two_totals_needs_one_of_them_to_be_each_rows_sum() -> None:
    cols = [{"label": "총사업비", "kind": "total", "year": None}, *COLS]
    fits_second = [[50, 30, 10, 20], [20, 12, 4, 8], [30, 18, 6, 12]]  # 총사업비 beyond the years shown
    assert not sums_broken(cols, _rows(*fits_second), 1)
    assert sums_broken(cols, _rows([50, 30, 10, 20], [20, 12, 8, 4], [30, 17, 6, 12]), 1)  # neither fits 도비


def test_goal_rows_with_the_status_legend_printed_amid_them_keep_only_their_targets() -> None:
    # pdf2txt prints the projects' column, the head's wrapped legend after the last target, then the
    # status column: the statuses dealt in order would go to the wrong rows
    from pledgecard.extract.sections.goals import goals_from_text

    text = "\n".join(
        [
            "<2023>",
            "협약 체결(35건)",
            "<2024>",
            "교육생 양성(50명)",
            "(완료/추진중/미착수)",
            "추진 중",
            "(41건)",
            "미착수",
            "기반 구축",
        ]
    )
    goals = goals_from_text(text)
    assert [(g["year"], g["target"], g["status"], g["actual_value"]) for g in goals] == [
        (2023, "협약 체결(35건)", None, None),
        (2024, "교육생 양성(50명)", None, None),
    ]
    # printed in the table's order, a row a mark, the rows keep their cells
    kept = goals_from_text(
        "\n".join(["<2023>", "협약 체결(35건)", "추진 중", "(41건)", "<2024>", "교육생 양성(50명)", "미착수"])
    )
    assert [(g["status"], g["actual_value"]) for g in kept] == [("추진 중", 41), ("미착수", None)]


def test_a_channel_label_whose_count_is_printed_after_the_next_labels_is_no_note_cell() -> None:
    # pdf2txt prints two channels' labels, then their counts: the first label, right after the
    # total's count, is no note cell of the row above (reading it so gives its count to the next)
    from pledgecard.extract.sections.outreach import label_count_pairs

    def read(*texts: str) -> dict | None:
        return label_count_pairs([make_line(t) for t in texts])

    assert (
        read(
            "계",
            "121회",
            "언론, 방송",
            "민간전문가 자문",
            "119",
            "-",
            "기타",
            "2",
            "주민간담회·공청회 등",
            "만족도 조사",
            "-",
            "-",
        )
        is None
    )
    got = read("계", "121회", "언론, 방송", "119", "민간전문가 자문", "-", "기타", "2")
    assert got is not None and [(i["category"], i["count"]) for i in got["items"]] == [
        ("media", 119),
        ("experts", 0),
        ("other", 2),
    ]


HEAD = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]


def test_a_rate_over_a_target_cell_with_no_figure_leaves_the_row_unread() -> None:
    # a wrapped project cell's two lines read as project and target: the rate proves the cells off
    from pledgecard.extract.sections.goal_cells_a_line import goal_cells

    got = goal_cells([*HEAD, "2025", "반도체 소재", "지원사업", "54호", "65%", "추진 중"])
    assert got is None or all(r.actual is None for r in got[0])
    kept = goal_cells([*HEAD, "2025", "반도체 소재 지원사업", "83호 공급", "54호", "65%", "추진 중"])
    assert kept is not None and [(r.target, r.actual) for r in kept[0]] == [("83호 공급", "54호")]


def test_a_year_cell_among_a_streamed_rows_cells_gives_no_row_a_year_printed_apart() -> None:
    # the year column's cell printed before the row's cells, the next row's year after its status:
    # the year after the status is not this row's
    from pledgecard.extract.sections.goal_stream import goal_stream

    got = goal_stream(
        [
            "세부사업",
            "목표",
            "실적",
            "달성률",
            "추진상황",
            "2024",
            "돌봄 기반",
            "구축",
            "6.0km",
            "4.1km",
            "68%",
            "완료",
            "2023",
            "돌봄 지원",
            "사업",
        ]
    )
    assert got is None or all(r.year != 2023 for r in got[0])
