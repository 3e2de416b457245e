"""Structures the mutated cards (samples/mutate.py) exposed, on small lines and grids: a transposed
funding table with a note column in a text dump, the as-of date inside a block headed by a bare
year, and the structural mutations themselves (every drawn structure renders a truthful card)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_wide import as_of_date
from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines
from pledgecard.normalize.dates import parse_date
from tests.conftest import make_line

# ------------------------------------------------------------------------------ transposed funding with notes

NOTED = [
    "구 분 계 국 비 도 비 시 비 비고",
    "2023년 1,000 500 300 200 -",
    "2024년 900 400 500 - 기본계획 수립",
    "합계 1,900 900 800 200",
]


def test_a_transposed_table_with_a_note_column_reads_by_its_sums() -> None:
    grid = transposed_grid_from_lines([make_line(t) for t in NOTED])
    assert grid == [
        ["", "계", "국비", "도비", "시비"],
        ["2023년", "1,000", "500", "300", "200"],
        ["2024년", "900", "400", "500", "-"],
        ["합계", "1,900", "900", "800", "200"],
    ]


def test_a_note_column_whose_dashes_the_sums_cannot_place_stays_unread() -> None:
    bad = [*NOTED[:2], "2024년 900 400 400 - 기본계획 수립", NOTED[3]]  # 400 + 400 + 0 is no 900
    assert transposed_grid_from_lines([make_line(t) for t in bad]) == []


def test_a_note_holding_a_figure_is_no_note() -> None:
    bad = [*NOTED[:2], "2024년 900 400 500 - 2단계 착수", NOTED[3]]
    assert transposed_grid_from_lines([make_line(t) for t in bad]) == []


# ------------------------------------------------------------------------------ the as-of date


def _block(raw: str) -> dict[str, Any]:
    return {"group_as_of": parse_date(raw)}


def test_a_stated_date_inside_a_bare_year_block_is_the_as_of() -> None:
    got = as_of_date([_block("2024년"), _block("2025년")], [parse_date("2025. 6. 30. 기준")])
    assert got is not None and got["label"] == "2025-06-30"
    got = as_of_date([_block("2024년")], [parse_date("'24. 3/4분기 현재")])
    assert got is not None and got["label"] == "2024-Q3"


def test_a_bare_year_after_every_finer_date_stays_the_as_of() -> None:
    got = as_of_date([_block("'23. 4/4분기"), _block("2024년")], [])
    assert got is not None and got["label"] == "2024"
    got = as_of_date([_block("2024. 9.")], [parse_date("2024. 12. 31.")])
    assert got is not None and got["label"] == "2024-12-31"  # the latest, no year around it


# ------------------------------------------------------------------------------ header bands


def test_a_row_of_values_under_header_labels_is_no_block_label() -> None:
    """기준일 | 실천목표 | 협조부서 over 2024. 3/4분기 현재 | 2026년 완료 | 인재육성과: the date opening the
    values row is the as-of label's value, not a block label cell splitting the table."""
    from pledgecard.extract.layout import unpack_table
    from tests.conftest import make_table

    rows = [
        ["관리번호", "추진부서", "공약명"],
        ["5-33", "일자리정책과", "창업 지원센터 건립"],
        ["기준일", "실천목표", "협조부서"],
        ["2024. 3/4분기 현재", "2026년 완료", "인재육성과"],
    ]
    table = make_table(rows)
    assert unpack_table(table) == [table]


def test_a_run_together_values_row_splits_by_kinds() -> None:
    from pledgecard.extract.sections.header import split_value_row

    got = split_value_row(
        ["mgmt_no", "lead_dept", "title", "status", "contact_name"],
        "5-33 일자리정책과 가온시 창업 지원센터 건립 보류 고우유 (9912)",
    )
    assert got == {
        "mgmt_no": "5-33",
        "lead_dept": "일자리정책과",
        "title": "가온시 창업 지원센터 건립",
        "status": "보류",
        "contact_name": "고우유 (9912)",
    }
    got = split_value_row(["as_of", "target", "coop_depts"], "2024. 3/4분기 현재 2026년 완료 인재육성과")
    assert got == {"as_of": "2024. 3/4분기 현재", "target": "2026년 완료", "coop_depts": "인재육성과"}
    # a status word and a short name before the phone stay two values (the name one word)
    got = split_value_row(
        ["mgmt_no", "title", "status", "contact_name"], "5-33 창업 지원센터 보류 김철 (9912)"
    )
    assert got is not None and got["status"] == "보류" and got["contact_name"] == "김철 (9912)"


# ------------------------------------------------------------------------------ units


def test_a_unit_alone_in_any_bracket_pair_is_a_unit_line() -> None:
    from pledgecard.normalize.money import find_unit

    for line in ("(백만원)", "⦇백만원⦈", "「천원」", "⟦ 억원 ⟧"):
        assert find_unit(line) is not None, line
    assert find_unit("(국비)") is None


def test_a_unit_glued_to_a_column_head() -> None:
    from pledgecard.extract.sections.funding_column_heads import classify_column
    from pledgecard.normalize.money import head_unit

    assert head_unit("구 분 연도별 투자계획 합계⦋백만원⦌") == ("구 분 연도별 투자계획 합계", "백만원")
    assert head_unit("총사업비(천원) 2024년") == ("총사업비 2024년", "천원")
    assert head_unit("참여자(명)")[1] is None  # a count's unit, no money
    assert head_unit("(백만원)")[1] is None  # a unit line, no head
    assert classify_column("합계(백만원)") == {"label": "합계", "kind": "total", "year": None}


def test_the_unit_a_multiplier_names() -> None:
    from pledgecard.normalize.money import unit_for, unit_multiplier

    for m in (1, 1000, 10_000, 1_000_000, 100_000_000):
        unit = unit_for(m)
        assert unit is not None and unit_multiplier(unit) == m
    assert unit_for(7) is None


def test_a_transposed_head_a_cell_a_line_with_the_unit_in_its_corner_and_a_note_column() -> None:
    lines = ["구　분", "⌊단위：천원⌋", "계", "국　비", "도　비", "시　비", "비고", *NOTED[1:]]
    grid = transposed_grid_from_lines([make_line(t) for t in lines])
    assert grid[0] == ["", "계", "국비", "도비", "시비"] and grid[2] == ["2024년", "900", "400", "500", "-"]
    short = [*lines[:5], "비고", *NOTED[1:]]  # three labels over rows of four amounts
    assert transposed_grid_from_lines([make_line(t) for t in short]) == []


def test_a_unit_statement_leaves_a_head_line() -> None:
    from pledgecard.normalize.money import without_unit

    assert without_unit("❰단위：백만원❱") == ""
    assert without_unit("구분 (단위 : 백만원)") == "구분"
    assert without_unit("연차별 투자계획") == "연차별 투자계획"


def test_typed_values_run_together_split_the_one_way_they_follow() -> None:
    from pledgecard.extract.sections.header import split_value_row

    got = split_value_row(
        ["mgmt_no", "contact_phone", "coop_depts", "contact_name"],
        "3-9-90 058-516-8505 기획예산과,평생교육과 표동혜",
    )
    assert got == {
        "mgmt_no": "3-9-90",
        "contact_phone": "058-516-8505",
        "coop_depts": "기획예산과,평생교육과",
        "contact_name": "표동혜",
    }


def test_typed_values_between_two_free_texts_take_their_runs() -> None:
    from pledgecard.extract.sections.header import split_value_row

    got = split_value_row(
        ["title", "lead_dept", "mgmt_no", "as_of", "target"],
        "다함께 어르신 돌봄 센터 5개소 확충 아동청소년담당관 2-35 2019년 2분기 현재 중장기 추진",
    )
    assert got is not None and got["as_of"] == "2019년 2분기 현재" and got["target"] == "중장기 추진"
    got = split_value_row(
        ["contact_name", "coop_depts", "status"], "제현혜 (4569) 투자유치과,노인복지과 미착수"
    )
    assert got == {"contact_name": "제현혜 (4569)", "coop_depts": "투자유치과,노인복지과", "status": "미착수"}


def test_a_head_a_cell_a_line_cut_at_the_first_year_or_prior_line() -> None:
    """A dump printing the funding head a cell a line: the first level runs down to the first line holding
    a year or 기투자, read first. A row-spanning 계 printed before 기투자 stands after the years (corpus
    card-00101's ``pdftotext -raw`` dump) or under the heading before 기투자: the layout does not tell, the
    rows' sums do (tests/test_mutate_txt.py); 임기 후 printed before every year stands beside the heading
    (mutated card 36): under it, it would stand before the years, out of time order."""
    from pledgecard.extract.sections.funding_header import column_layout, cut_orders

    line = ("line", "")
    prior_under = [
        ("gubun", "구분"),
        line,
        ("group", "연도별 투자 실적 및 계획"),
        line,
        ("col", "계"),
        line,
        ("col", "기투자"),
        line,
        ("col", "2022년"),
        ("col", "2023년"),
    ]
    assert column_layout(prior_under) == (["기투자", "2022년", "2023년", "계"], False)
    assert cut_orders(prior_under) == [
        ["기투자", "2022년", "2023년", "계"],
        ["계", "기투자", "2022년", "2023년"],
    ]
    after_beside = [
        ("gubun", "구분"),
        line,
        ("group", "연차별 투자계획"),
        line,
        ("col", "합계"),
        line,
        ("col", "임기 후"),
        line,
        ("col", "2018년"),
        ("col", "2019년"),
    ]
    assert column_layout(after_beside) == (["2018년", "2019년", "합계", "임기 후"], True)
