"""Goal tables in text dumps whose cells a dump joins with single spaces: the cuts the table itself
proves, on small lines (extract/sections/goal_across.py, extract/sections/goal_rows.py).

- a years-across table that prints its empty cells as dashes shows no gap because it has none: its
  rows' words are its cells (a measure word in its value's cell), as a table with a gap is read;
  a table showing neither a gap nor a dash is still not read (``pdftotext -raw`` drops empty cells);
- a row under a year column that opens with the word every split target of its table opens with
  (printed once) is a target under the project carried from the row above, when its year follows
  that row's year.
"""

from __future__ import annotations

from pledgecard.extract.sections.goal_across import goals_across_lines


def _lines(*printed: str) -> list[tuple[str, str | None]]:
    return [(" ".join(p.split()), p) for p in printed]


# ------------------------------------------------------------------------------ years across, dashes

_HEAD = "세부사업 구  분 '23년 '24년"


def test_a_years_across_table_printing_its_empty_cells_as_dashes_reads_word_by_word() -> None:
    rows = ("도시숲 지원사업 목표 공정률 70% 공정률 80%", "실적 공정률 67% -", "달성률 96% -",
            "추진상황 추진중 미착수")
    got = goals_across_lines(_lines(_HEAD, *rows))
    assert got is not None
    goals = [(g.project, g.year, g.target, g.actual, g.status) for g, _ in got.goals]
    assert goals == [("도시숲 지원사업", 2023, "공정률 70%", "공정률 67%", "추진중"),
                     ("도시숲 지원사업", 2024, "공정률 80%", None, "미착수")]
    # a 달성률 that disagrees with the actual over the target: the cells are not what they seem
    assert goals_across_lines(_lines(_HEAD, rows[0], rows[1], "달성률 50% -", rows[3])) is None


def test_a_years_across_table_with_neither_a_gap_nor_a_dash_is_not_read() -> None:
    rows = ("도시숲 지원사업 목표 공정률 70% 공정률 80%", "실적 공정률 67% 공정률 75%", "추진상황 추진중 완료")
    assert goals_across_lines(_lines(_HEAD, *rows)) is None
    # a dash but a row whose words are more than its cells: that row's project is not read
    assert goals_across_lines(_lines(_HEAD, "사업 목표 시범 운영 착공", "실적 설계 완료 -", "추진상황 추진중 미착수")) is None
