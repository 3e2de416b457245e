"""Session 44's pair of template families (``hanaro-county``, ``saessak-city``; helper famgen10): goal tables whose
shape or columns no family printed, measured blind on main's extractor, and the failure classes they showed.

- ``hanaro-county`` (a 군 card): ``◇ 1)`` headings, ``◦ ... 〔date〕`` blocks; goals with the project FIRST and its
  years under it, the actual head SPANNING the HALF-YEARS' own actuals and the year's (``세부사업 | 연도 | 목표 |
  추진실적`` over ``상반기 | 하반기 | 연간``, then 추진상황; ``Style.goals_layout`` "quarter_actuals" with
  ``goals_quarter_heads`` naming halves and ``Style.goals_project_first``, new): the record's actual the year's
  ``연간`` (a total word no family printed), never a half; a half not yet reported ``-``; two cards in five
  (drawn) print the halves only, no 연간: the year's actual printed nowhere, null in the record.
- ``saessak-city`` (a 시 card): ``□ 1)`` headings, ``▹ ... ≪date≫`` blocks; goals grouped under ``[2025년]`` rows
  (``단위사업 | 목표 | 실적 | 공정률(%) | 추진상황 | 추진내용``): a bare PROGRESS PERCENT column beside the actual
  (``Style.goals_progress``, goals_order key "progress", new: 100 done, 0 not begun, a 공정률 goal's actual,
  else drawn; not in the record, never a target or an actual), each year's group CLOSED BY A ``계`` ROW
  (``Style.goals_sum_row``, new: the year's targets and actuals summed where two goals or more share a count or
  measure unit, ``-`` else, the progress's mean; no goal), and the project column headed ``단위사업`` (a project
  head word no family printed).

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``: hanaro 118003 .. 118020, saessak 119006 ..
119046; shared scorer, wrong figures by shared/tools/wrong_figures.py and the year-aware ``wrong_goal_figures``),
main at f123b42f:
hanaro-county PDF / HWPX / HWP 0.990 (min 0.979, 0 wrong: the ``연간`` column not read as the year's total, every
actual lost, no half read as one), txt 0.878 (min 0.836, 0 wrong: the goal table unread on 5 cards in 8);
saessak-city PDF / HWPX / HWP 0.943 (min 0.919) with 1 SILENT wrong goal figure a format (119006: the project head
``단위사업`` named no column, so a year group's rows ran together into one goal and 2026's target 60 was paired
with 2025's 80), txt 0.912 (min 0.888, 0 wrong: the rows run together, the ``계`` row read as a project).

Classes fixed (after, seeds 1-8: both families 1.000 PDF / HWPX / HWP / txt, 0 wrong every format; seeds 9-16 PDF /
txt 1.000, 0 wrong; with the project headed ``추진과제``, halves closed by ``계``, the progress headed ``진척도(%)``:
HWPX / txt 1.000, 0 wrong):

1. ``[goals_quarter_table] total`` / ``sum_total`` + ``연간`` (vocabulary: a year's total closing its halves, as
   real half-yearly tables head it): the spanning actual's 연간 is the year's actual (hanaro PDF / HWPX / HWP 0.990 ->
   1.000); with no 연간 no half is read as the actual.
2. ``goal_period_subheads._row_cells`` (text dumps): the row's year cell standing after its project (``실증단지 조성
   2023 286호 ...``) is no period's figure cell (figure_tokens set aside a year opening the row only), and
   ``goal_year_first`` turns a project-first table (``세부사업 | 연도``) year first before its rows are read, as a year
   column's rows are (hanaro txt 0.878 -> 1.000).
3. ``goal_unnamed_project`` (real tables): with no head naming the project, the FIRST column is the project's where
   its head names no column kind and its cells are words (no figure, year, date, dash or status; none opening with a
   figure); ``goal_project_head`` (text dumps): a head line's first word of no kind (not a unit's ``단위``) before
   the field heads is the project's head (saessak PDF / HWPX / HWP: 1 silent wrong target a format -> 0).
4. ``goal_unnamed_project.total_rows_out`` (real tables): a row whose project cell is a total's word alone (``계``,
   ``소계``, ``합계``) closes the projects above it: no goal (saessak 0.996 -> 1.000 once its projects were read).
5. ``goal_extra_cells`` (text dumps): a column of no kind after the actual and right before the status over bare
   figures (a progress percent, ``공정률(%)``) leaves the rows as a difference column does; a row printing words in its
   place: no goal read, ``extract.table_unrecovered`` (saessak txt 0.912 -> 1.000).

Seen, not fixed (0 wrong): hanaro 118008's -layout dump 0.928 (the project cell centred over its years' rows, the
table unread; FAMILY_BELOW_PDF); converter dumps measured when made: hwpx-text-extract hanaro 0.918 / saessak 0.917,
pdftotext 0.909 / 0.870, -raw 0.918 / 0.994, pdf2txt 0.819 / 0.760, hwp5html 1.000 / 1.000.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_extra_cells import without_extra_cells
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_period_subheads import sub_head, without_period_cells
from pledgecard.extract.sections.goal_project_head import project_head_named
from pledgecard.extract.sections.goal_quarters import total_head
from pledgecard.extract.sections.goal_unnamed_project import total_rows_out, unnamed_project_column
from pledgecard.extract.sections.goal_year_first import year_first
from pledgecard.scoring import wrong_goal_figures
from samples.families import BY_NAME, family_records, family_seeds
from samples.layout_goals import goals_grid, printed_quarter_heads

from conftest import family_card, shared_score, wrong_figures_of


def test_hanaro_prints_halves_and_the_untotalled_cards_actual_is_null() -> None:
    fam = BY_NAME["hanaro-county"]
    totalled = untotalled = 0
    for seed in family_seeds(fam, 8):
        [rec] = family_records(fam, seed)
        heads = printed_quarter_heads(rec, fam.style)
        assert heads[:2] == ("상반기", "하반기")
        if len(heads) == 2:
            untotalled += 1
            assert all(g["actual"] is None for g in rec["goals"])
        else:
            totalled += 1
    assert totalled and untotalled


@pytest.mark.parametrize("seed", [119006, 119009])
def test_saessak_closes_each_year_group_with_a_sum_row(seed: int) -> None:
    fam = BY_NAME["saessak-city"]
    [rec] = family_records(fam, seed)
    grid = goals_grid(rec, fam.style)
    firsts = [c.content[0] for c in sorted(grid.cells, key=lambda c: c.row) if c.col == 0 and c.content]
    assert firsts.count("계") == len({g["year"] for g in rec["goals"]})
    assert grid.n_rows == 1 + len(rec["goals"]) + 2 * len({g["year"] for g in rec["goals"]})
    assert all(g["project"] != "계" for g in rec["goals"])


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def _read(tmp_path: Path, family: str, seed: int, fmt: str) -> tuple[dict, dict]:
    path, exp = family_card(tmp_path, family, seed, fmt)
    [got] = extract_file(path)
    return exp, got


def _goals(rec: dict) -> list[tuple]:
    return [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in rec["goals"]]


# 1. a year's halves closed by 연간 (tables and dumps)


def test_the_years_halves_closed_by_its_annual_total_are_a_period_sub_head() -> None:
    assert total_head("연간") and sub_head("상반기 하반기 연간") == (2, "연간")
    assert not total_head("연간목표")  # a target's head holding the word is no total


@pytest.mark.parametrize("fmt", ["pdf", "hwpx", "hwp", "txt"])
def test_the_annual_total_is_the_years_actual_never_a_half(fmt: str, tmp_path: Path) -> None:
    """hanaro-county 118008 blind: PDF / HWPX / HWP every actual lost (연간 no total's word), txt no goal read; after:
    each goal's actual the 연간 cell."""
    exp, got = _read(tmp_path, "hanaro-county", 118008, fmt)
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert _goals(got) == _goals(exp) and all(g["actual_value"] is not None for g in got["goals"])
    assert shared_score(exp, got) >= 0.98


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
def test_halves_without_the_annual_total_give_no_actual(fmt: str, tmp_path: Path) -> None:
    """hanaro-county 118011 prints the halves only (no 연간): no half is read as the year's actual."""
    exp, got = _read(tmp_path, "hanaro-county", 118011, fmt)
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert len(got["goals"]) == len(exp["goals"]) == 3
    assert all(g["actual_value"] is None for g in got["goals"])
    assert [g["target_value"] for g in got["goals"]] == [g["target_value"] for g in exp["goals"]]


HALF_HEAD = "세부사업 연도 목표 추진실적 추진상황"


def test_a_year_after_the_project_is_no_period_figure_of_a_dumps_row() -> None:
    got = without_period_cells(
        _lines(
            HALF_HEAD,
            "상반기 하반기 연간",
            "수소산업 지원사업 2023 공정률 70% 21 44 공정률 65% 완료",
            "2024 3.1km 1.2 - 1.2km 추진 중",
        )
    )
    assert got is not None
    assert [ln.text for ln in got] == [
        HALF_HEAD,
        "수소산업 지원사업 2023 공정률 70% 공정률 65% 완료",
        "2024 3.1km 1.2km 추진 중",
    ]
    # halves that do not sum to the 연간: which figure is the year's is not shown, no row read
    assert (
        without_period_cells(_lines(HALF_HEAD, "상반기 하반기 연간", "수소 2023 4개소 1 2 4개소 완료"))
        is None
    )


def test_a_dumps_project_before_its_year_turns_year_first() -> None:
    got = year_first(
        _lines(HALF_HEAD, "수소산업 지원사업 2023 공정률 70% 공정률 65% 완료", "2024 3.1km - 미착수")
    )
    assert [ln.text for ln in got] == [
        "연도 세부사업 목표 추진실적 추진상황",
        "2023 수소산업 지원사업 공정률 70% 공정률 65% 완료",
        "2024 3.1km - 미착수",
    ]
    # a year head first already, or no year head: as they are
    plain = _lines("연도 세부사업 목표 실적 추진상황", "2023 경로당 조성 4개소 4개소 완료")
    assert year_first(plain) == plain
    bare = _lines("세부사업 목표 실적 추진상황", "경로당 조성 2023년 4개소 4개소 완료")
    assert year_first(bare) == bare


# 2. a project head of no known word, a 계 row closing a year's projects, a progress percent column


@pytest.mark.parametrize("fmt", ["pdf", "hwpx", "hwp"])
def test_the_blind_silent_target_of_an_unnamed_project_column_is_gone(fmt: str, tmp_path: Path) -> None:
    """saessak-city 119006 blind: 단위사업 named no column, 2025's rows ran together into one goal (3.1km 공정률 80% -)
    and 2026's target 60 was paired with 2025's 80 (a silent wrong figure a format); after: every goal, no 계 row."""
    exp, got = _read(tmp_path, "saessak-city", 119006, fmt)
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert _goals(got) == _goals(exp)
    assert shared_score(exp, got) >= 0.98


@pytest.mark.parametrize("seed", [119009, 119036])
def test_a_dumps_unnamed_project_head_and_progress_column_read_every_goal(seed: int, tmp_path: Path) -> None:
    """saessak-city txt blind 0.912 (119009 0.910, 119036 0.888): the rows ran together, the 계 row read as a
    project, the progress percent in the target's text; after: every goal, its actual never the progress."""
    exp, got = _read(tmp_path, "saessak-city", seed, "txt")
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert _goals(got) == _goals(exp)
    assert all(g["project"] != "계" for g in got["goals"])


def test_a_first_column_of_words_under_an_unknown_head_is_the_project() -> None:
    rows = [["창업 기반 구축", "3.1km", "1.8km", "78", "추진 중"], ["계", "-", "-", "65", ""]]
    head = ["단위사업", "목표", "실적", "공정률(%)", "추진상황"]
    assert unnamed_project_column(head, rows, {1, 2, 4}) == 0
    # a column of years, figures or statuses, a head of a known kind, or a column another field reads: none
    assert unnamed_project_column(["구분", *head[1:]], rows, {1, 2, 4}) is None  # word cells: the head's kind
    assert unnamed_project_column(head, [["2024", "3km", "2km", "1", "완료"]], {1, 2, 4}) is None
    assert unnamed_project_column(head, [["12", "3km", "2km", "1", "완료"]], {1, 2, 4}) is None
    assert unnamed_project_column(head, rows, {0, 1, 2, 4}) is None
    period = [["2024~2026", "3km", "2km", "1", "완료"]]  # a period under 사업기간: no project
    assert unnamed_project_column(["사업기간", *head[1:]], period, {1, 2, 4}) is None
    assert total_rows_out([(1, rows[0]), (2, rows[1])], 0) == [(1, rows[0])]
    assert total_rows_out([(1, rows[0]), (2, rows[1])], None) == [(1, rows[0]), (2, rows[1])]


def test_a_dumps_unnamed_first_head_word_is_named_the_projects() -> None:
    lines = _lines("단위사업 목표 실적 공정률(%) 추진상황", "창업 기반 구축 3.1km 1.8km 78 추진 중")
    got = project_head_named(lines)
    assert got[0].text.split()[1:] == lines[0].text.split()[1:]
    assert header_words_kind(got[0].text.split()[0]) == "project"
    assert got[1] == lines[1]
    # a head naming its project, or a first word followed by no field's head: as they are
    named = _lines("세부사업 목표 실적 추진상황", "경로당 4개소 4개소 완료")
    assert project_head_named(named) == named
    odd = _lines("단위사업 공정률(%) 목표 실적 추진상황")
    assert project_head_named(odd) == odd
    unit = _lines("단위 목표 실적 추진상황", "명 100명 90명 완료")
    assert project_head_named(unit) == unit


def test_a_progress_percent_before_the_status_leaves_a_dumps_rows() -> None:
    got = without_extra_cells(
        _lines(
            "세부사업 목표 실적 공정률(%) 추진상황",
            "창업 인재양성 공정률 80% 공정률 52% 52 추진중",
            "창업 기반 구축 3.1km 1.8km 78 추진 중",
        )
    )
    assert got is not None
    assert [ln.text for ln in got][1:] == [
        "창업 인재양성 공정률 80% 공정률 52% 추진중",
        "창업 기반 구축 3.1km 1.8km 추진 중",
    ]
    # a row printing words in its place: not shown apart, no row read
    assert (
        without_extra_cells(
            _lines("세부사업 목표 실적 공정률(%) 추진상황", "창업 인재양성 착공 준공 설계 중 추진중")
        )
        is None
    )
