"""The two template families designed blind in session 7 (samples/families.py: ``dasan-edu``, an
office of education, and ``hanul-special``, a special self-governing province) and the structures
they brought in, on small grids and lines:

- outreach counted per quarter (channels as rows, 1/4분기 .. 4/4분기 | 계): the count is the total
  column's, in document tables and in text lines;
- outreach channel labels a dump ran together (``계 학부모 설명회 ... 언론보도 교원 연수``) fitted
  to the counts under them;
- a funding table that splits its total into 확보 / 미확보 columns: no period, not in the record;
- funding periods printed as school years (``2024학년도``);
- a header with the department and its division in cells of their own (담당부서 | 담당과), and
  contacts printed with their ranks (``장학사 김민수``);
- a goal row printing the target another row prints after its project, but for its figures.
"""

from __future__ import annotations

from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.sections.outreach import extract_outreach

from conftest import make_line, make_table

MIL = 10**6


_line, _table = make_line, make_table


# ------------------------------------------------------------------------------ outreach per quarter

_QUARTERS = [
    ["구분", "1/4분기", "2/4분기", "3/4분기", "4/4분기", "계"],
    ["간담회, 공청회 등", "1", "-", "2", "-", "3"],
    ["만족도조사", "-", "1", "-", "-", "1"],
    ["언론 홍보", "9", "3", "7", "2", "21"],
    ["기타", "-", "2", "1", "-", "3"],
    ["합계", "10", "6", "10", "2", "28"],
]


def _counts(out: dict) -> dict[str, int | None]:
    return {x["category"]: x["count"] for x in out["items"]}


def test_outreach_per_quarter_in_a_table_reads_the_total_column() -> None:
    out = extract_outreach([_table(_QUARTERS)]).value["outreach"]
    assert out["total"] == 28
    assert _counts(out) == {"meetings": 3, "survey": 1, "media": 21, "other": 3}


def test_outreach_per_quarter_in_text_lines_reads_the_total_column() -> None:
    lines = [_line("(단위 : 회)"), *(_line(" ".join(r)) for r in _QUARTERS)]
    out = extract_outreach(lines).value["outreach"]
    assert out["total"] == 28
    assert _counts(out) == {"meetings": 3, "survey": 1, "media": 21, "other": 3}


def test_outreach_rows_without_a_total_column_keep_their_one_count() -> None:
    rows = [
        ["구분", "횟수", "비고"],
        ["주민설명회", "3", "읍면 순회"],
        ["만족도 조사", "1", ""],
        ["언론보도", "12", ""],
        ["계", "16회", ""],
    ]
    out = extract_outreach([_table(rows)]).value["outreach"]
    assert out["total"] == 16 and _counts(out) == {"meetings": 3, "survey": 1, "media": 12}


def test_outreach_labels_run_together_are_fitted_to_the_counts() -> None:
    lines = [
        _line("계 학부모 설명회 설문조사 교육전문가 자문 언론보도 교원 연수"),
        _line("184회 - 2 4 175 3"),
    ]
    out = extract_outreach(lines).value["outreach"]
    assert out["total"] == 184
    assert [(x["label"], x["category"], x["count"]) for x in out["items"]] == [
        ("학부모 설명회", "meetings", 0),
        ("설문조사", "survey", 2),
        ("교육전문가 자문", "experts", 4),
        ("언론보도", "media", 175),
        ("교원 연수", "other", 3),
    ]


def test_outreach_labels_that_cannot_be_fitted_give_no_counts() -> None:
    # two labels go on after their keyword and one channel is missing: which one splits is not known
    lines = [_line("계 주민설명회 현장 만족도조사 언론보도 교원 연수"), _line("17회 3 1 10 3")]
    out = extract_outreach(lines).value["outreach"]
    assert out is None or all(x["count"] is None for x in out["items"])
    # the counts name one more channel, but they do not add up to the printed total: none is read
    lines = [_line("계 학부모 설명회 설문조사 언론보도 교원 연수"), _line("30회 3 1 10 3")]
    out = extract_outreach(lines).value["outreach"]
    assert out is None or all(x["count"] is None for x in out["items"])


# ------------------------------------------------------------------------------ funding


def test_share_columns_of_the_total_are_no_periods() -> None:
    grid = [
        ["구분", "총사업비", "재원 확보현황", "", "연도별 투자계획", ""],
        ["", "", "확보", "미확보", "2024", "2025"],
        ["합계", "300", "200", "100", "200", "100"],
        ["국비", "120", "80", "40", "80", "40"],
        ["도비", "180", "120", "60", "120", "60"],
    ]
    columns, rows = interpret_grid(grid, MIL)
    assert [(c["kind"], c["label"]) for c in columns] == [
        ("total", "총사업비"),
        ("year", "2024"),
        ("year", "2025"),
    ]
    assert [r["amounts_krw"] for r in rows] == [
        [300 * MIL, 200 * MIL, 100 * MIL],
        [120 * MIL, 80 * MIL, 40 * MIL],
        [180 * MIL, 120 * MIL, 60 * MIL],
    ]


def test_share_columns_in_text_lines() -> None:
    lines = [
        _line("(단위 : 백만원)"),
        _line("구분 총사업비 재원 확보현황 연도별 투자계획"),
        _line("확보 미확보 2024 2025"),
        _line("합계 300 200 100 200 100"),
        _line("국비 120 80 40 80 40"),
        _line("도비 180 120 60 120 60"),
    ]
    f = extract_funding(lines).value["funding"]
    assert [c["label"] for c in f["columns"]] == ["총사업비", "2024", "2025"]
    assert [r["amounts_krw"] for r in f["rows"]] == [
        [300 * MIL, 200 * MIL, 100 * MIL],
        [120 * MIL, 80 * MIL, 40 * MIL],
        [180 * MIL, 120 * MIL, 60 * MIL],
    ]


def test_school_year_columns_and_education_finance_rows() -> None:
    lines = [
        _line("구분 학년도별 투자계획 합계"),
        _line("2024학년도 2025학년도"),
        _line("계 30 50 80"),
        _line("교육비특별회계 10 20 30"),
        _line("국고 15 20 35"),
        _line("지자체전입금 5 10 15"),
    ]
    columns, rows = interpret_grid(grid_from_lines(lines), MIL)
    assert [(c["kind"], c["year"]) for c in columns] == [("year", 2024), ("year", 2025), ("total", None)]
    assert [r["source"] for r in rows] == ["total", "local", "national", "municipal"]


# ------------------------------------------------------------------------------ header


def test_department_and_division_apart_and_ranked_contacts() -> None:
    t = _table(
        [
            ["공약명", "기초학력 책임교육 강화", "관리번호", "2-7"],
            ["담당부서", "교육정책국", "담당과", "중등교육과"],
            ["책임자", "장학관 박서연", "담당자", "장학사 김민수"],
            ["연락처", "062-601-3344", "추진상황", "정상추진"],
        ]
    )
    header, _, _ = read_header([t])
    assert header["lead_dept"] == "교육정책국 중등교육과"
    assert header["contact_name"] == "김민수"
    assert header["contact_phone"] == "062-601-3344"


def test_a_division_alone_is_the_department_and_a_rank_after_a_name_goes() -> None:
    t = _table(
        [
            ["공약명", "늘봄학교 지원 확대", "관리번호", "3"],
            ["담당과", "유초등교육과", "담당자", "이수진 주무관"],
        ]
    )
    header, _, _ = read_header([t])
    assert header["lead_dept"] == "유초등교육과" and header["contact_name"] == "이수진"


# ------------------------------------------------------------------------------ goal rows


def test_a_goal_row_printing_another_rows_target_but_its_figures_carries_the_project() -> None:
    got = goal_rows(
        [
            "연도 세부과제 목표 실적 추진상황",
            "2023 거점학교 조성 스마트교실 300학급 229학급 완료",
            "2024 스마트교실 32학급 - 미착수",
        ]
    )
    assert got is not None
    rows, _ = got
    assert [(r.project, r.target) for r in rows] == [
        ("거점학교 조성", "스마트교실 300학급"),
        ("거점학교 조성", "스마트교실 32학급"),
    ]


def test_a_cell_stream_with_row_labels_printed_apart_places_no_amount() -> None:
    # pdftotext (default mode) of a funding table whose two-line label (교육비특별회 / 계) and short
    # labels (계) it printed after all the amounts, the others among them: the labels' reading order
    # is not the rows' order, so no source row's amount is placed (before: every row's amounts under
    # another row); the total row, the one the sums prove, is read (session 10: and the source rows
    # by the overview budget's shares, tests/test_funding_labels.py)
    from pledgecard.extract.sections.funding_stream import funding_from_stream

    text = "\n".join(
        [
            "구분",
            "합계",
            "2024학년",
            "2025학년",
            "도",
            "도",
            "30",
            "50",
            "80",
            "-",
            "20",
            "20",
            "국고",
            "10",
            "15",
            "25",
            "기타",
            "20",
            "15",
            "35",
            "계",
            "교육비특별회",
            "계",
        ]
    )
    columns, rows = funding_from_stream(text, MIL)
    assert rows, "the table is still read: its rows and columns"
    assert all(v is None for r in rows if r["source"] != "total" for v in r["amounts_krw"])
    assert [r["amounts_krw"] for r in rows if r["source"] == "total"] == [[30 * MIL, 50 * MIL, 80 * MIL]]
    # the same cells with every label before its amounts are placed
    text = "\n".join(
        [
            "구분",
            "합계",
            "2024학년",
            "2025학년",
            "도",
            "도",
            "계",
            "30",
            "50",
            "80",
            "교육비특별회계",
            "-",
            "20",
            "20",
            "국고",
            "10",
            "15",
            "25",
            "기타",
            "20",
            "15",
            "35",
        ]
    )
    columns, rows = funding_from_stream(text, MIL)
    assert [c["label"] for c in columns] == ["2024", "2025", "합계"]
    assert {r["source"]: r["amounts_krw"] for r in rows} == {
        "total": [30 * MIL, 50 * MIL, 80 * MIL],
        "local": [0, 20 * MIL, 20 * MIL],
        "national": [10 * MIL, 15 * MIL, 25 * MIL],
        "other": [20 * MIL, 15 * MIL, 35 * MIL],
    }


def test_goal_targets_open_with_the_word_naming_what_they_count() -> None:
    # 참여학교 88교, 스마트교실 92학급: a word ending in what the value counts ([counts] measure_suffixes)
    # opens the target; rows printing no project of their own carry the first row's
    got = goal_rows(
        [
            "연도 세부과제 목표 실적 추진상황 추진내용",
            "2024 늘봄학교 인재양성 참여학교 88교 60교 추진중 학습지원센터 운영 및 교원 지원",
            "2025 스마트교실 92학급 - 미착수",
            "2026 스마트교실 70학급 - 미착수",
        ]
    )
    assert got is not None
    rows, _ = got
    assert [(r.project, r.target) for r in rows] == [
        ("늘봄학교 인재양성", "참여학교 88교"),
        ("늘봄학교 인재양성", "스마트교실 92학급"),
        ("늘봄학교 인재양성", "스마트교실 70학급"),
    ]
    got = goal_rows(
        [
            "연도 세부과제 목표 실적 추진상황 추진내용",
            "2020 디지털 교육 지원사업 수혜학생 1,978명 1,691명 완료 거점학교 운영 및 교원 지원",
            "2021 연수 이수 교원 165명 135명 완료",
        ]
    )
    assert got is not None
    assert [(r.project, r.target) for r in got[0]] == [
        ("디지털 교육 지원사업", "수혜학생 1,978명"),
        ("디지털 교육 지원사업", "연수 이수 교원 165명"),
    ]
