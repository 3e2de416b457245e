"""Session 40, helper goalnull: goal figures right or null with a finding.

- A (silent wrong): a goal table printed a cell a line under the usual head order (연도 | 세부사업 | 목표 | 실적 |
  달성률 | 추진상황 | 추진내용), a row one cell short whose actual column would take words with a number under a
  figure alone above (reviewer c21: ``공공 도시숲 2개소`` / ``도시숲 조성 3개소`` / ``-`` under ``71회``) was read as a
  merged row: its project became the target and its target the actual. Such a row is carried now only where the
  actual it would take prints its target's measure (extract/sections/goal_short_row.py ``same_measure``: the same
  words around figures of the same units, ``공정률 66%`` under a target ``공정률 100%``), as every real merged row of
  the families' converter dumps does (23 such rows in the hwpx-text-extract dumps of binnae, byeolbit, gilmok, nodeul,
  sup, yeoreum); else it is left unread with ``extract.table_unrecovered``. Measured: c21 2 goals (one silently
  wrong) -> 1 goal and the finding; the 180 hwpx-text-extract dumps of the families and the corpus: scores and goals
  unchanged, 0 wrong figures before and after.
- B (silent figure not proven): a goal table's target cell printing a year mark amid its text (``누적 30개 <2024> /
  연내 완료``: which figure is 2024's is not printed) or two marks or more (``10개 <2023> / 30개 <2024>``) was read
  with the figure before the mark as the year's target (goal_table_rows.goal_rows takes the first mark's year and
  strips it). Such a target is null now with ``extract.mark_unproven`` (with two marks or more the row's actual too),
  extract/sections/goal_mark_amid.py; a mark opening or closing the cell is read as before. Measured on the four
  document-model tables below: 3 silent target figures (30, 30, 10) and one actual under another year -> 0, each
  with the finding; no family card or dump prints such a cell (their marks stand alone on a row): unchanged.
- C (silent loss): a pair of rows cut between a ``<YYYY>`` mark and its target (goal_rejoin._cut_pair) whose
  statuses do not count out with its marks dropped every status, the mark-only row's own (``추진 중`` printed in
  the ``<2021>`` row, its cut rest ``(52명)`` below) included, with no finding. The mark-only row's status is its
  mark's now (goal_rejoin._mark_row_status), the lower marks' statuses placed only where the lower cell's count
  agrees; a goal read with no status while its row's status cell prints status words is reported
  (``extract.status_unplaced``, extract/sections/goal_status_unplaced.py). Measured on the pinned tables: 2021's
  status and actual 52 (dropped silently) -> kept; two statuses beside one lower mark -> none taken, a finding;
  tests/test_sweep2_39.py's two pins of the drop updated to the kept status.

Session 40 mendg (the review of the above, /tmp/rev-goalnull probes c1-c9):
- F1 (silent wrong, C above): the lower status cell's text was joined to the mark-only row whatever it was
  (``(30개)`` under 2022's target 기업 지원(40개) became 2021's actual 30). It is joined now only where proven the
  mark-only row's rest (goal_rejoin._rest_proven: no year but the row's, each figure in a unit the row's target counts
  and no lower target does); else statuses null as before session 40, with ``extract.status_unplaced`` at the
  mark-only row. Measured (c6): 4 silent actuals -> 0, each with the finding; ``(52명)`` under 40명 / 40개 still kept;
  test_sweep2_39's ``추진중 (31회)`` re-checked: proven (회 its target's only).
- F3 (lost, B above): one target nulled for its marks below a page cut dropped every goal of the continuation
  (continued_rows required a target of each); it counts as printed now and the finding is raised. c2/c2b: 3 goals
  lost with no finding -> read, the one target null with the finding (document model and HWPX end to end).
- F4 (lost, B above): a lone mark with figures on one side only and no words of its own on the other (a bullet,
  footnote mark, bracketed qualifier) is read as main. c8: 6 targets lost -> read as main.
- F5 (lost, B above): a row dated by its year column is nulled only where two figures stay in force and a mark is
  another year's; its actual is never nulled for its marks. c1: 5 targets and 1 actual lost -> read as main.
- F6 (lost, A above): same_measure loosened by structure (one unit family, 개 / 개소; the words of one all in the
  other), c21 still unread. c3 b1/b2, c4 b1/b2 and c9's two rows (main read them) -> read.
- F2 (a project worded like its target over a blank actual, read as merged; main too): no structural tell found
  (a2's rate even agrees with the merged reading), left as it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_mendf_39 import _HEADS, _ROWS, _swapped

from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_mark_amid import marks_unproven
from pledgecard.extract.sections.goal_short_row import carry_proven, same_measure
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.pipeline import process_file

from conftest import make_table

_USUAL = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]


def _goals_and_codes(tmp_path: Path, name: str, sep: str) -> tuple[list[tuple], list[str]]:
    section = "▲ Ⅳ. 연도별 성과목표\n\n" + sep.join(_HEADS[name] + _ROWS[name]) + "\n\n"
    res = process_file(_swapped(tmp_path, name, section, ("▲ Ⅳ.", "▲ Ⅴ.")))
    [rec] = res.records
    goals = [(g["project"], g["year"], g["target"], g["actual"]) for g in rec["goals"]]
    codes = [f["code"] for p in res.provenance for f in p["findings"] if f.get("location") == "goals"]
    return goals, codes


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_c21_short_row_under_the_usual_order_not_read_as_merged(tmp_path: Path, sep: str) -> None:
    goals, codes = _goals_and_codes(tmp_path, "c21", sep)
    # the 2026 row is not read with the project above and its own project as the target (silent wrong before)
    assert goals == [("거점센터 조성", 2025, "프로그램 운영(50회)", "71회")], goals
    assert "extract.table_unrecovered" in codes, codes


def _merged_lines(target: str, actual: str, rate: str) -> list[str]:
    return [
        *_USUAL,
        "2024",
        "해양레저 지원사업",
        "59호 공급",
        "56호",
        "95%",
        "추진중",
        "2025",
        target,
        actual,
        rate,
        "추진중",
    ]


def test_merged_row_printing_its_targets_measure_still_carried() -> None:
    # binnae-city 67003's hwpx-text-extract dump: the 2025 row's project merged with the 2024 row's
    got = goal_cells(_merged_lines("공정률 100%", "공정률 66%", "66%"))
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual) for r in rows] == [
        ("해양레저 지원사업", 2024, "59호 공급", "56호"),
        ("해양레저 지원사업", 2025, "공정률 100%", "공정률 66%"),
    ]
    assert unread == []


@pytest.mark.parametrize(
    ("target", "actual", "rate"),
    [
        ("공공 도시숲 2개소", "도시숲 조성 3개소", "-"),  # a project and a target over a blank actual cell
        ("공정률 100%", "설치 66개소", "66%"),  # other words, other unit
    ],
)
def test_short_row_not_its_targets_measure_left_unread(target: str, actual: str, rate: str) -> None:
    got = goal_cells(_merged_lines(target, actual, rate))
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target) for r in rows] == [("해양레저 지원사업", 2024, "59호 공급")]
    assert unread == list(range(12, 17))  # the row's year, its three cells and its status


def test_same_measure_and_carry_proven() -> None:
    assert same_measure("공정률 100%", "공정률 66%")
    assert same_measure("설치 5개소", "설치 3개소")
    assert not same_measure("공공 도시숲 2개소", "도시숲 조성 3개소")
    assert not same_measure("공정률 100%", "공정률 66개")
    assert not same_measure("100%", "66%")  # no words: nothing told
    above = {"target": "프로그램 운영(50회)", "actual": "71회", "rate": "142%"}
    kinds = ["target", "actual", "rate"]
    shifted = ["공공 도시숲 2개소", "도시숲 조성 3개소", "-"]
    assert not carry_proven(shifted, above, kinds)
    assert not carry_proven(shifted, above, kinds, in_order=True)
    assert carry_proven(["공정률 100%", "공정률 66%", "66%"], above, kinds, in_order=True)
    assert not carry_proven(
        ["공정률 100%", "공정률 66%", "66%"], above, kinds
    )  # another order: as session 39
    assert carry_proven(["46호 공급", "-", "-"], above, kinds)  # no figure given to a figure column


# B: a year mark amid a target cell of a goal table read from the document's cells


def _table_goals(target: str) -> tuple[list[tuple], list[dict]]:
    rows = [
        ["세부사업", "목표", "실적", "추진상황", "추진내용"],
        ["버스 지원사업", target, "20개", "추진중", "노선 개편"],
    ]
    got = extract_goals([make_table(rows)])
    goals = [(g["year"], g["target"], g["target_value"], g["actual"]) for g in got.value["goals"]]
    return goals, got.findings


@pytest.mark.parametrize(
    ("target", "year", "actual"),
    [
        ("누적 30개 <2024> / 누적 50개", 2024, "20개"),  # 30 read as 2024's before, the 50 dropped
        ("누적 30개 <2024> / 연내 완료", 2024, "20개"),  # 30 read as 2024's before
        ("30개<2024>/착공", 2024, "20개"),
        ("10개 <2023> / 30개 <2024>", 2023, None),  # 10 read as 2023's before, with 2024's actual
    ],
)
def test_year_mark_amid_a_target_cell_reads_it_null_with_a_finding(
    target: str, year: int, actual: str | None
) -> None:
    goals, findings = _table_goals(target)
    assert goals == [(year, None, None, actual)], goals
    [f] = [f for f in findings if f["code"] == "extract.mark_unproven"]
    assert f["location"] == "goals"
    assert f["observed"]["cells"][0] == target


@pytest.mark.parametrize(
    ("target", "value"),
    [("<2024> 누적 30개", 30), ("누적 30개 <2024>", 30), ("30개 (2024)", 30)],
)
def test_year_mark_opening_or_closing_a_target_cell_still_read(target: str, value: int) -> None:
    goals, findings = _table_goals(target)
    assert [(y, v, a) for y, _t, v, a in goals] == [(2024, value, "20개")], goals
    assert not [f for f in findings if f["code"] == "extract.mark_unproven"]


def test_marks_unproven_counts() -> None:
    assert marks_unproven("누적 30개") == 0
    assert marks_unproven("<2024> 30개") == 0
    assert marks_unproven("30개 <2024>") == 0
    assert marks_unproven("누적 30개 <2024> / 누적 50개") == 1
    assert marks_unproven("<2023> 10개 / <2024> 30개") == 2


# C: a pair of rows cut between a year mark and its target (goal_rejoin._cut_pair), statuses not counting out

_CUT_HEAD = ["주요사업", "목표치", "추진상황", "추진내용"]


def _cut_goals(lower_status: str) -> tuple[list[tuple], list[dict]]:
    body = [
        _CUT_HEAD,
        ["", "<2021>", "추진 중", ""],
        ["청년 인재양성", "교육생 양성(40명)\n<2022>\n기업 지원(40개)", lower_status, "교육생 지원"],
        ["기반 구축", "<2021> 프로그램 운영(30회)", "완료 (31회)", "입주농가 지원"],
    ]
    got = extract_goals([make_table(body)])
    goals = [
        (g["year"], g["project"], g["target_value"], g["status"], g["actual_value"])
        for g in got.value["goals"]
    ]
    return goals, got.findings


def test_mark_only_rows_status_kept_when_the_pair_does_not_count_out() -> None:
    # the lower row prints no status for 2022: 2021's status (its own row's, with its cut rest) was dropped silently
    goals, findings = _cut_goals("(52명)")
    assert goals == [
        (2021, "청년 인재양성", 40, "추진 중", 52),
        (2022, "청년 인재양성", 40, None, None),
        (2021, "기반 구축", 30, "완료", 31),
    ], goals
    assert not [
        f for f in findings if f["code"] == "extract.status_unplaced"
    ]  # nothing printed left unplaced


def test_statuses_over_the_lower_marks_not_placed_are_reported() -> None:
    # two statuses beside the lower row's one mark: which is 2022's is not printed; none taken, a finding
    goals, findings = _cut_goals("(52명)\n미착수 완료")
    assert goals[:2] == [
        (2021, "청년 인재양성", 40, "추진 중", 52),
        (2022, "청년 인재양성", 40, None, None),
    ], goals
    [f] = [f for f in findings if f["code"] == "extract.status_unplaced"]
    assert f["observed"]["goals"] == [{"goal": "goals[1]", "year": 2022, "cell": "(52명) 미착수 완료"}]


def test_pair_counting_out_reads_each_status_and_no_finding() -> None:
    goals, findings = _cut_goals("(52명)\n미착수")
    assert goals[:2] == [
        (2021, "청년 인재양성", 40, "추진 중", 52),
        (2022, "청년 인재양성", 40, "미착수", None),
    ]
    assert not [f for f in findings if f["code"] == "extract.status_unplaced"]


# --- session 40 mendg (review of h-goalnull) ---


@pytest.mark.parametrize(
    "upper, lower",
    [
        (
            "추진 중",
            "(30개)",
        ),  # 30개: the unit of 2022's target 기업 지원(40개), not 2021's 교육생 양성(40명)
        ("완료 (45명)", "(30개)"),
        ("완료(45명)", "30개"),
        ("추진 중", "2022년 30개 예정"),  # another year named
    ],
)
def test_mark_only_rows_status_not_given_a_rest_it_is_not_proven_to_own(upper: str, lower: str) -> None:
    """F1 (reviewer c6): the lower status cell's text was joined to the mark-only row (2021's actual 30, silently);
    now the statuses are null as before session 40, with extract.status_unplaced (the mark-only row's status)."""
    body = [
        _CUT_HEAD,
        ["", "<2021>", upper, ""],
        ["청년 인재양성", "교육생 양성(40명)\n<2022>\n기업 지원(40개)", lower, "교육생 지원"],
        ["기반 구축", "<2021> 프로그램 운영(30회)", "완료 (31회)", "입주농가 지원"],
    ]
    got = extract_goals([make_table(body)])
    goals = [(g["year"], g["status"], g["actual"], g["actual_value"]) for g in got.value["goals"][:2]]
    assert goals == [(2021, None, None, None), (2022, None, None, None)], goals
    [f] = [f for f in got.findings if f["code"] == "extract.status_unplaced"]
    assert f["observed"]["goals"][0]["goal"] == "goals[0]"


@pytest.mark.parametrize(
    ("target", "printed"),
    [
        ("- <2024> 30개", "- 30개"),
        ("○ <2024> 30개", "○ 30개"),
        ("30개 <2024> *", "30개 *"),
        ("30개(2024년)(누계)", "30개(누계)"),
        ("30개 <2024>.", "30개 ."),
        ("누적 30개\n<2024>\n(누계)", "누적 30개 (누계)"),
    ],
)
def test_lone_mark_beside_a_bullet_footnote_or_qualifier_read_as_before(target: str, printed: str) -> None:
    """F4 (reviewer c8): one figure, the mark's other side no words of its own: one reading only, read as main."""
    goals, findings = _table_goals(target)
    assert goals == [(2024, printed, 30, "20개")], goals
    assert not [f for f in findings if f["code"] == "extract.mark_unproven"]


def _dated_goals(target: str) -> tuple[list[tuple], list[str]]:
    rows = [
        ["연도", "세부사업", "목표", "실적", "추진상황"],
        ["2024", "버스 지원사업", target, "20개", "추진중"],
    ]
    got = extract_goals([make_table(rows)])
    goals = [(g["year"], g["target"], g["target_value"], g["actual"]) for g in got.value["goals"]]
    return goals, [f["code"] for f in got.findings]


@pytest.mark.parametrize(
    ("target", "printed", "value"),
    [
        ("누적 30개(2023) → 50개", "누적 50개", 50),  # another year's figure, the arrow pointing at the row's
        ("실시설계(2024) 및 착공(2025)", "실시설계 및 착공", None),  # dates, no figure
        ("착공(2024년) 준공", "착공 준공", None),
        ("50개 [2024] 추가", "50개 추가", 50),  # the row's own year
        ("30개 (2024) ※", "30개 ※", 30),
    ],
)
def test_marks_in_a_target_of_a_row_dated_by_its_year_column_read_as_before(
    target: str, printed: str, value: int | None
) -> None:
    """F5 (reviewer c1): the row's year printed in its year column: its marks no longer null the row."""
    goals, codes = _dated_goals(target)
    assert goals == [(2024, printed, value, "20개")], goals
    assert "extract.mark_unproven" not in codes


def test_another_years_mark_between_two_figures_of_a_dated_row_still_null() -> None:
    """With a year column, two figures one of which another year's and nothing proving which is the row's: null."""
    goals, codes = _dated_goals("누적 30개 (2023) 누적 50개")
    assert goals == [(2024, None, None, "20개")], goals
    assert "extract.mark_unproven" in codes


def test_marks_unproven_with_one_side_aside_or_a_dated_row() -> None:
    assert marks_unproven("- <2024> 30개") == 0
    assert (
        marks_unproven("30개 <2024> / 연내 완료") == 1
    )  # words of its own after the mark: 30 may be another's
    assert marks_unproven("30개 <2024> 50개", 2024) == 0  # the row's own year
    assert marks_unproven("30개 <2023> 50개", 2024) == 1
    assert marks_unproven("실시설계(2024) 및 착공(2025)") == 2  # no year column: no one year's row
    assert marks_unproven("실시설계(2024) 및 착공(2025)", 2024) == 0


_CUT_TOP = [["세부사업", "목표", "실적", "추진상황"], ["버스 지원사업", "노선 10개", "8개", "추진중"]]
_CUT_REST = [
    ["주차장 조성", "3개소", "2개소", "추진중"],
    ["도서관 건립", "누적 30개 <2024> / 누적 50개", "20개", "추진중"],
    ["공원 조성", "5개소", "5개소", "완료"],
]
_CUT_READ = [
    ("버스 지원사업", "노선 10개", 10, "8개"),
    ("주차장 조성", "3개소", 3, "2개소"),
    ("도서관 건립", None, None, "20개"),
    ("공원 조성", "5개소", 5, "5개소"),
]


def test_a_mark_amid_a_target_below_a_page_cut_keeps_the_continued_goals() -> None:
    """F3 (reviewer c2): continued_rows read no goal unless every goal below the cut had a target, so one target
    nulled for its marks dropped the three goals of the continuation with no finding."""
    got = extract_goals([make_table(_CUT_TOP), make_table(_CUT_REST)])
    goals = [(g["project"], g["target"], g["target_value"], g["actual"]) for g in got.value["goals"]]
    assert goals == _CUT_READ, goals
    [f] = [f for f in got.findings if f["code"] == "extract.mark_unproven"]
    assert f["observed"]["cells"] == ["누적 30개 <2024> / 누적 50개"]


def test_a_mark_amid_a_target_below_a_page_cut_end_to_end(tmp_path: Path) -> None:
    """F3 end to end (reviewer c2b): an HWPX card whose goal table a page break cut in two, the mark in the second."""
    from hwpx import HwpxDocument

    from pledgecard.pipeline import process_file

    sample = Path(__file__).parent.parent / "samples/families/saeron-city/saeron-city-100003-txt.txt"
    src = sample.read_text(encoding="utf-8").splitlines()
    a = next(i for i, line in enumerate(src) if line.startswith("▲ Ⅳ."))
    b = next(i for i, line in enumerate(src) if line.startswith("▲ Ⅴ."))
    doc = HwpxDocument.new()
    for line in src[: a + 1]:
        doc.add_paragraph(line)
    for rows in (_CUT_TOP, _CUT_REST):
        t = doc.add_table(len(rows), len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    for line in src[b:]:
        doc.add_paragraph(line)
    path = tmp_path / "cut.hwpx"
    path.write_bytes(doc.to_bytes(format="hwpx"))
    res = process_file(path)
    [rec] = res.records
    goals = [(g["project"], g["target"], g["target_value"], g["actual"]) for g in rec["goals"]]
    assert goals == _CUT_READ, goals
    codes = [f["code"] for p in res.provenance for f in p["findings"] if f.get("location") == "goals"]
    assert "extract.mark_unproven" in codes, codes


@pytest.mark.parametrize(
    ("target", "actual", "rate"),
    [
        ("설치 5개소", "설치 3개", "60%"),  # one counter's family: 개 / 개소
        ("공정률 100%", "공정률 66% 달성", "66%"),  # the actual adds a word to its target's
        ("5개소 설치", "설치 3개소", "60%"),  # the same words in another order
    ],
)
def test_merged_row_of_its_targets_measure_in_other_words_still_carried(
    target: str, actual: str, rate: str
) -> None:
    """F6 (reviewer c3/c4): same_measure demanded equal words and units, losing real merged rows main read."""
    got = goal_cells(_merged_lines(target, actual, rate))
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual) for r in rows][1:] == [
        ("해양레저 지원사업", 2025, target, actual)
    ]
    assert unread == []


def test_merged_rows_below_a_loosened_carry_read_on() -> None:
    """F6 (reviewer c9): the row after such a merged row (the project cell merged over three rows) was lost too."""
    lines = [*_merged_lines("설치 5개소", "설치 3개", "60%"), "2026", "46호 공급", "-", "-", "미착수"]
    got = goal_cells(lines)
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual) for r in rows] == [
        ("해양레저 지원사업", 2024, "59호 공급", "56호"),
        ("해양레저 지원사업", 2025, "설치 5개소", "설치 3개"),
        ("해양레저 지원사업", 2026, "46호 공급", None),
    ]
    assert unread == []


def test_same_measure_by_unit_family_and_words_one_within_the_other() -> None:
    assert same_measure("설치 5개소", "설치 3개")
    assert same_measure("공정률 100%", "공정률 66% 달성")
    assert not same_measure("공공 도시숲 2개소", "도시숲 조성 3개소")  # c21: words of each the other lacks
    assert not same_measure("공정률 100%", "공정률 66명")  # another unit
    assert not same_measure("공정률 100%", "공정률 66% 3개")  # another count of figures
