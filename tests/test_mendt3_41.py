"""Session 41 (helper mendt3): mends of what the review of h-txtgoals3 found (issue 11). Classes fixed, each a rule of
shape or content kind (no word of a sample):

- Bare goal lines parted by commas (``goal_lines._comma_parts``): the actual after ``실적`` ran to the line's end, so
  a second goal on the line (``실적 252호, 2020년 목표 163호 공급, 실적 157호``), a status word (``실적 252호, 완료``)
  or a rate (``실적 252호, 달성률 89%``) was read as the actual's text (review c2, c3, c4: the 2020 goal lost with no
  finding; the status lost). Now a comma (no thousands comma) opening a part of a year and the target's bare word
  starts the line's next goal (both read), a status word is the goal's status, a rate's part is left out of the
  actual (a goal line carries no rate); a part of any other words keeps the actual whole, as before. A bare line
  closing in the status column's label and a status word (``실적 38호 / 추진상황: 추진중``) reads too: beside a
  comma-parted bare line its goal was dropped silently (review c2: only 2025 read -> 2024 and 2025).
  Before -> after (review c4 on dasol-province 901 txt redrawn): two_years_one_line 2 goals (2019's actual
  ``252호, 2020년 목표 163호 공급, 실적 157호``) -> 3 goals, 2019 / 2020 / 2021 right; status_after_comma status
  None/None -> 완료/추진중, actual text ``252호, 완료`` -> ``252호``; rate_after_comma actual ``252호, 달성률 89%`` ->
  ``252호``.
- A struck target figure's move (``goal_figure_projects.figure_project_starts``) only where the row is then read: by
  the row reader (no rate, or one agreeing with the whole target cell) or the spaced-row reader (a dump's
  single-spaced line). A PDF / HWP line (no print kept) ``2021 59호 80호 공급 58호 72% 완료`` was lost whole (review
  c5, c6) -> read, target ``80호 공급`` (the rate 58 / 80 agrees), the project null with a finding.
- A project cell of figures with their units alone (``2개소``, ``40호 59호``) names no project (review c7; row reader
  and spaced-row reader): the project ``2개소`` / ``40호`` read silently -> null with ``extract.project_unread``.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.pipeline import process_file
from tests.conftest import goal_lines_read, mutant_file

_HEAD = "연도 세부사업 목표 실적 달성률 추진상황"


def _told(lines: list[str]) -> list[tuple]:
    return [(g.year, g.target, g.actual, g.status) for g in goal_lines(lines) or []]


def test_two_goals_on_one_comma_parted_line_both_read() -> None:
    assert _told(["○ 2024년 목표 5개소, 실적 3개소, 2025년 목표 7개소, 실적 2개소"]) == [
        (2024, "5개소", "3개소", None),
        (2025, "7개소", "2개소", None),
    ]


def test_a_status_word_after_a_comma_is_the_status() -> None:
    assert _told(["○ 2024년 목표 62호 공급, 실적 38호, 추진중"]) == [(2024, "62호 공급", "38호", "추진중")]


def test_a_rate_after_a_comma_is_no_part_of_the_actual() -> None:
    assert _told(["○ 2019년 목표 282호 공급, 실적 252호, 달성률 89%"]) == [
        (2019, "282호 공급", "252호", None)
    ]


def test_a_status_columns_labelled_part_closes_a_bare_line() -> None:
    # the line before a comma-parted bare line: its goal was lost silently (only 2025 read, review c2)
    assert _told(
        ["○ 2024년 목표 62호 공급, 실적 38호 / 추진상황: 추진중", "○ 2025년 목표 70호 공급, 실적 -"]
    ) == [
        (2024, "62호 공급", "38호", "추진중"),
        (2025, "70호 공급", None, None),
    ]


def test_a_thousands_comma_and_two_items_keep_the_actual_whole() -> None:
    assert _told(["○ 2024년 목표 1,500명, 실적 1,252명"]) == [(2024, "1,500명", "1,252명", None)]
    assert _told(["○ 2024년 목표 교육 10회, 실적 교육 3회, 상담 5건"]) == [
        (2024, "교육 10회", "교육 3회, 상담 5건", None)
    ]


def _findings(head: str, *rows: str) -> list[dict]:
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=None)
        for i, t in enumerate([head, *rows], start=1)
    ]
    return list(extract_goals(lines).findings)


def test_a_struck_figure_row_no_print_kept_is_read_with_no_project() -> None:
    rows = (
        "2019 자원순환 지원사업 93호 공급 54호 58% 완료",
        "2020 자원순환 인재양성 1.7km 0.9km 53% 완료",
        "2021 59호 80호 공급 58호 72% 완료",
    )
    got, rest = goal_lines_read(_HEAD, *rows)
    assert (None, 2021, "80호 공급", 80, 58, "완료") in got and not any("59호" in t for t in rest)
    found = _findings(_HEAD, *rows)
    assert [f["location"] for f in found if f["code"] == "extract.project_unread"] == ["goals[2]"]


def test_the_row_reader_still_reads_the_struck_figures_where_no_rate_is_printed() -> None:
    got, _ = goal_lines_read(
        "연도 세부사업 목표 실적 추진상황 특이사항",
        "2024 청년농업 기반 구축 142호 공급 93호 완료 기본계획 수립",
        "2025 90호 122호 공급 91호 추진중 실시설계 중",
    )
    assert got[1][0] == "청년농업 기반 구축" and got[1][3] is None and got[1][4] == 91


def test_figures_alone_in_a_project_cell_name_no_project(tmp_path: Path) -> None:
    src = mutant_file(4514, "txt", tmp_path)
    text = src.read_text(encoding="utf-8")
    row = "2021 59호 80호 공급 58호 72% 완료"
    assert row in text
    for variant in ("2021 2개소 80호 공급 58호 72% 완료", "2021 40호 59호 80호 공급 58호 72% 완료"):
        path = tmp_path / f"v{len(variant)}.txt"
        path.write_text(text.replace(row, variant), encoding="utf-8")
        res = process_file(path)
        [rec], [prov] = res.records, res.provenance
        goals = [g for g in rec["goals"] if g["year"] == 2021]
        assert len(goals) == 1 and goals[0]["project"] is None
        i = rec["goals"].index(goals[0])
        assert any(
            f["code"] == "extract.project_unread" and f["location"] == f"goals[{i}]" for f in prov["findings"]
        )
