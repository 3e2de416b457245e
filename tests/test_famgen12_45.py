"""Session 45's pair of template families (``haru-city``, ``bomnal-county``; helper famgen12): goal tables whose shape
or columns no family printed, measured blind on main's extractor, and the failure classes they showed.

- ``haru-city`` (a 시 card): ``■ n.`` headings, ``◈ ... [date]`` blocks; goals TRANSPOSED (years across under a
  spanning ``연도별 목표 및 실적`` head, a project's cell over its ``목표`` / ``실적`` / ``추진상황`` rows) with a
  TERM-TOTAL column no family printed (``Style.goals_term_total``, new: ``임기 계`` / ``계('23~'26)`` / ``2023~2026
  합산``, the project's years summed where they share a count or measure unit, ``-`` else; no goal, never a year's
  figure), standing BEFORE the years on one card in two (``Style.goals_term_first``, new) and after them on the
  others; a project's goals in one unit (``Family.project_unit_goals``, new: ``80호``, ``3.5km``, ``공정률 60%``).
- ``bomnal-county`` (a 군 card): ``Ⅰ. n)`` headings, ``▣ ... (date)`` blocks; a year-column table whose goals are
  BARE counts in ONE unit printed in the heads only (``연도 | 세부사업 | 목표(개소) | 실적(개소) | 전년대비 증감 |
  추진상황``; ``Style.goals_head_unit`` and ``Family.head_unit_goals``, new): the record's target and actual the
  bare figures, their unit the head's; beside them a year-on-year difference of the actuals (``+3`` / ``△2``, no
  goal's figure).

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``: haru 122001 .. 122031, bomnal 123001 .. 123039;
shared scorer, wrong figures by ``conftest.wrong_figures_of`` and the year-aware ``wrong_goal_figures``), main at
24bdc6bc:
haru-city PDF / HWPX / HWP 1.000 (min 1.000, 0 wrong: the term column, before or after the years, read as no
year's), txt 0.892 (min 0.832) with 2 SILENT wrong goal figures (122030: a project with no 2026 goal, its empty
2026 cells collapsed in the dump, so its term total ``15개소`` was read as 2026's target and actual; the other
cards' goal tables unread, 0 goals on 7 cards in 8);
bomnal-county PDF / HWPX / HWP 0.983 (min 0.968, 0 wrong: the head's unit ``목표(명)`` not given to the bare
targets, every target_value and target_unit lost), txt 0.882 (min 0.774, 0 wrong).
"""

from __future__ import annotations

import pytest

from samples.families import BY_NAME, family_records, family_seeds
from samples.layout_goals import goals_grid, term_total_head


def _cells(grid) -> dict[tuple[int, int], str]:  # noqa: ANN001 - samples.layout_blocks.Grid
    return {(c.row, c.col): " ".join(c.content) for c in grid.cells if c.content}


def test_haru_prints_a_term_total_before_or_after_the_years_and_no_goal_holds_it() -> None:
    fam = BY_NAME["haru-city"]
    places = set()
    for seed in family_seeds(fam, 8):
        [rec] = family_records(fam, seed)
        head, first = term_total_head(rec, fam.style)
        places.add(first)
        cells = _cells(goals_grid(rec, fam.style))
        col = next(c for (r, c), text in cells.items() if text == head)
        assert col == (2 if first else 2 + len({g["year"] for g in rec["goals"]}))
        for g in rec["goals"]:  # every project's goals one unit
            assert len({x["target_unit"] for x in rec["goals"] if x["project"] == g["project"]}) == 1
    assert places == {True, False}


@pytest.mark.parametrize("seed", [123001, 123029])
def test_bomnal_prints_the_unit_in_the_heads_only(seed: int) -> None:
    fam = BY_NAME["bomnal-county"]
    [rec] = family_records(fam, seed)
    [unit] = {g["target_unit"] for g in rec["goals"]}
    heads = [text for (r, c), text in _cells(goals_grid(rec, fam.style)).items() if r == 0]
    assert f"목표({unit})" in heads and f"실적({unit})" in heads and "전년대비 증감" in heads
    assert all(g["target"] == f"{g['target_value']:,}" for g in rec["goals"])
