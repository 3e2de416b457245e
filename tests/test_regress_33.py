"""Session 33: two regressions of session 32's merges, each found by bisecting main's first-parent history
(0bdd758e .. ca709e5d) and fixed as a class, both cards read again with the cards the breaking rules were made for.

- A goal table's head cell that is two heads printed one space apart, kept as one cell by a dump's reader
  (``달성률 추진상황``): each piece names its column (goal_status_head.head_names). Session 32's whole-head status
  rule (89294724, h-mendb: ``실적(달성상태)`` is no status head, tests/test_review_b_mend_32.py) had taken the
  status column from it: dolbit-city 76002 pdftotext -layout lost its two 완료 statuses (0.973 -> 0.964, 0 wrong;
  back to 0.973, floor 0.97 in tests/test_text_layout.py). Its `2025` row under a blank project cell was unread at
  the session's start too (not this regression).
- A funding row's kept figures that are the reader's pick among its line's cells (the 계획 figures of a 계획 | 확보
  head), the line printing each amount with its unit glued (``5786백만원``): session 32's rule taking such tokens
  for the kept figures written anew (3527af80, h-fundproof, mutant 4046 txt: tests/test_funding_proof_32.py) gave
  the line's every cell to a head with fewer columns, and mutant 4238 txt's sources went null (0.817 -> 0.723, 0
  wrong). The line's tokens stand for the row only where its cells, a gap a blank each, are no more than the head's
  (funding_rows._printed): 4238 back to 0.817 (PINNED_88 0.72 -> 0.81 in tests/test_mutate_tables.py), 4046
  stays 0.948.
- Then (the session 32 note's goal leftovers, chorong-city 24018 pdftotext): a goal table dumped one cell a line
  whose project cell, merged over a year's rows, prints its last line after the first row's status, before the next
  row's year (goal_merged_piece): the next row was unread and the project lost its last word (0.945 -> 0.974)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_rows import printed_with_blanks
from pledgecard.extract.sections.goal_merged_piece import merged_project_pieces
from pledgecard.extract.sections.goal_status_head import head_names
from pledgecard.extract.sections.goals import goals_from_table

from conftest import family_card, goal_lines_read, pdftotext_scored, shared_tools

ROOT = Path(__file__).resolve().parents[1]
DOLBIT = ROOT / "samples" / "layout" / "families" / "dolbit-city-76002-layout.txt"


def _goals(head: list[str], *body: list[str]) -> list[tuple]:
    rows = [head, *body]
    table = Table(
        cells=[Cell(r, c, x) for r, row in enumerate(rows) for c, x in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(head),
    )
    return [
        (g.get("year"), g.get("target"), g.get("actual"), g.get("status")) for g in goals_from_table(table)
    ]


# 1. a head cell of two heads run together: each piece names its column


def test_a_head_cell_of_heads_one_space_apart_names_each_column() -> None:
    assert "추진상황" in head_names("달성률 추진상황")
    assert "실적" in head_names("목표 실적")
    # one head spaced, glossed, or a status word inside another head: one name, no piece of it
    assert head_names("추진 상황") == ("추진상황",)
    assert head_names("실적(달성상태)") == ("실적",)
    assert head_names("추진상황 및 계획") == ("추진상황및계획",)


def test_a_rate_and_status_head_kept_as_one_cell_reads_the_statuses() -> None:
    assert _goals(
        ["연도", "세부사업", "목표", "실적", "달성률 추진상황"],
        ["2024", "소재 인재양성", "협약 체결(45건)", "62건", "138% 완료"],
        ["2024", "테스트베드 조성", "교육생 양성(60명)", "76명", "127% 추진중"],
    ) == [(2024, "협약 체결(45건)", "62건", "완료"), (2024, "교육생 양성(60명)", "76명", "추진중")]


def test_an_actual_head_glossing_its_states_is_still_no_status_head() -> None:
    # (the card the whole-head rule was made for: review 32b)
    assert _goals(["연도", "목표", "실적(달성상태)"], ["2024", "야영객 5,000명", "4,800명(미달)"]) == [
        (2024, "야영객 5,000명", "4,800명(미달)", None)
    ]


def test_dolbit_76002_layout_reads_its_statuses_with_no_wrong_figure() -> None:
    score_card, wf = shared_tools()
    expected = score_card.load_records(DOLBIT.with_name(DOLBIT.stem + ".expected.json"))[0]
    got = extract_file(DOLBIT)[0]
    assert [(g["year"], g["status"]) for g in got["goals"][:2]] == [(2024, "완료"), (2024, "완료")]
    assert score_card.score_record(expected, got).score() >= 0.97
    assert not [n for _, n, a, b in wf.figures(expected, got) if b is not None and b != a]


# 2. a row's kept figures picked among its line's cells stand; a line written anew gives its cells


def _row(label: str, raw: list[str]) -> dict:
    return {"label": label, "source": "national", "amounts_krw": [None] * 6, "amounts_raw": raw}


def _line(text: str) -> Line:
    return Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(), printed=text)


def test_plan_figures_picked_among_more_cells_than_the_head_stand() -> None:
    # 총사업비 and five years, each 계획 | 확보, the plan figures kept: 12 cells printed under a head of 6 columns
    text = "국 비 5786백만원 2588백만원 2588백만원 2588백만원   1490백만원  1708백만원   "
    row = _row("국비", ["5,786", "2,588", "1,490", "1,708"])
    assert printed_with_blanks([row], [_line(text)], 6)["국비"] == row["amounts_raw"]


def test_figures_written_anew_from_unit_glued_tokens_give_way_to_the_line() -> None:
    # (mutant 4046 txt: 기투자 | 임기내 | 임기후 | 계 | 증감 | 비율, the blank 임기후 cell a wider gap)
    text = "국  비 1024백만원 6516백만원  7540백만원 - 0.0"
    row = _row("국비", ["1,024", "6,516", "7,540", "-"])
    assert printed_with_blanks([row], [_line(text)], 6)["국비"] == [
        "1024백만원",
        "6516백만원",
        "",
        "7540백만원",
        "-",
        "0.0",
    ]


# 3. a merged project cell's last line printed between its rows

CELLS = [
    "연도",
    "주요사업",
    "목표",
    "실적",
    "추진상황",
    "2019",
    "거점 산지유통센터",
    "시범 운영",
    "행정절차 이행",
    "추진중",
]


def test_a_merged_projects_last_line_before_the_next_rows_year_joins_the_project() -> None:
    got, rest = goal_lines_read(*CELLS, "조성", "2020", "스마트팜 기업 지원(25개)", "-", "미착수")
    assert got == [
        ("거점 산지유통센터 조성", 2019, "시범 운영", None, None, "추진중"),
        ("거점 산지유통센터 조성", 2020, "스마트팜 기업 지원(25개)", 25, None, "미착수"),
    ]
    assert not rest


def test_pieces_before_a_year_are_the_projects_only_where_the_row_prints_no_project() -> None:
    before = ["project", "target", "actual"]
    assert merged_project_pieces(["조성", "2020", "지원(25개)", "-"], before) == (
        ["조성"],
        ["2020", "지원(25개)", "-"],
    )
    # the row prints its own project: the piece is no merged cell's
    assert merged_project_pieces(["조성", "2020", "센터", "지원(25개)", "-"], before) is None
    # a piece holding a figure (a wrapped target's or actual's last line), or no year after the pieces
    assert merged_project_pieces(["(25개)", "2020", "지원", "-"], before) is None
    assert merged_project_pieces(["조성", "지원(25개)", "-"], before) is None
    # no project column: nothing to join
    assert merged_project_pieces(["조성", "2020", "-"], ["target", "actual"]) is None


def test_chorong_24018_pdftotext_reads_both_goal_rows(tmp_path: Path) -> None:
    pdf, _ = family_card(tmp_path, "chorong-city", 24018, "pdf")
    exp, rec, score, wrong = pdftotext_scored(pdf, tmp_path)
    assert [(g["project"], g["year"], g["status"]) for g in rec["goals"]] == [
        (g["project"], g["year"], g["status"]) for g in exp["goals"]
    ]
    assert score >= 0.97
    assert not wrong
