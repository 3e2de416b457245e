"""hwp5wrong (session 42): the "SILENT wrong goal figures" of hansol-district hwp5html dumps, seeds 3 and 23.

What was measured (hansol-district and neulbit-county hwp5html, seeds 1-30, the shared counter plus the year-aware
goal check):

- The 8 flagged figures (seed 3: 3.3 / 2.2 "read 3.9", both records; seed 23: 141 "read 113", 70 "read 60", both
  records) are no misread figure: the year-aware check finds 0 wrong in both cards, and every flagged pair is the
  shared counter's greedy target-text pairing of an expected row left unread (``extract.mark_row_unread``, reported)
  with a read row of ANOTHER year whose target prints alike (``3.3km`` ~ ``3.9km``, ``141호 공급`` ~ ``113호 공급``).
  Nulling them would lose right figures (113, 70, 44, 60; 3.9, 3.9) to quiet the counter: not done.
- What was silently wrong in those rows: the unread row's cells (``141호 공급 (124호)``, hansol 14 ``101호 공급
  (71호)``) were read as the next project's name and given to the rows under it (7 goals: hansol 14 record 2, 23
  both records). Class fix (goal_text_mark_rows.row_cells): a project printing a figure's cell then a bracketed
  figure's cell where a row of the table was left unread is a row's cells, no name: those goals' project is null,
  reported on the mark_row_unread finding (``observed.goals``); their figures, each on its own mark's line, stay.
- Sweep before -> after: scores, counter flags (8 -> 8, all the pairing above) and figures read identical on all 60
  cards; 7 silent wrong projects -> null with a finding.
"""

from __future__ import annotations

from pathlib import Path

from test_mend4_41 import _card_read

from pledgecard.extract.sections.goal_text_mark_rows import row_cells
from pledgecard.extract.sections.goal_text_marks import read_marks
from pledgecard.pipeline import process_file
from pledgecard.scoring import wrong_goal_figures

from conftest import shared_tools

_FLATTENED = (  # seed 23's goal table as the text reader flattens the hwp5html dump (one row a line)
    "주요사업 목표치 추진상황 추진내용 (완료/추진중/미착수)\n"
    "청년센터 조성 <2020> 93호 공급 완료 (84호) 공유오피스 운영 및 참가자 지원\n"
    "<2021> 완료\n"
    "141호 공급 (124호)\n"
    "<2022> 113호 공급 미착수\n"
    "<2021> 청년 일자리 인재양성 공정률 70% 추진중 (공정률 44%) 공유오피스 운영 및 수료생 지원\n"
    "<2022> 공정률 60% 미착수\n"
)


def test_row_cells_shape() -> None:
    assert row_cells("141호 공급 (124호)")
    assert row_cells("3.3km (2.2km)")
    assert not row_cells("청년센터 조성 (2단계)")
    assert not row_cells("청년센터 조성")
    assert not row_cells(None)


def test_unread_rows_cells_are_no_project() -> None:
    read = read_marks(_FLATTENED)
    assert read.unread == [2021]
    assert read.taken == [1, 2, 3]
    got = [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in read.goals]
    assert got == [
        ("청년센터 조성", 2020, 93, 84),
        (None, 2022, 113, None),
        (None, 2021, 70, 44),
        (None, 2022, 60, None),
    ]


def test_project_kept_without_unread_row() -> None:
    """The guard asks for a row left unread: a table whose every mark gave a goal keeps its projects."""
    text = _FLATTENED.replace("<2021> 완료\n141호 공급 (124호)\n", "<2021> 141호 공급 완료 (124호)\n")
    read = read_marks(text)
    assert read.unread == [] and read.taken == []
    assert read.goals[1]["project"] == "청년센터 조성"


def _counter_pairs(exp: dict, got: dict) -> list[tuple[int, int]]:
    """The shared counter's pairs of goals whose figures differ (expected index, read index)."""
    sc, _ = shared_tools()
    pairs = sc.Tally().listf1(
        "goals", "goals", exp["goals"], got["goals"], key=lambda x: x.get("target"), threshold=0.8
    )
    return [
        (i, j)
        for i, j in pairs
        for k in ("target_value", "actual_value")
        if got["goals"][j].get(k) is not None and got["goals"][j][k] != exp["goals"][i].get(k)
    ]


def test_hansol_23_hwp5html(tmp_path: Path) -> None:
    exps, recs, dump = _card_read(tmp_path, "hansol-district", 23, "hwp", "hwp5html")
    res = process_file(dump)
    for exp, got, prov in zip(exps, recs, res.provenance, strict=True):
        assert wrong_goal_figures(exp, got) == []  # every figure read is printed for its year
        projects = {e["project"] for e in exp["goals"]}
        assert all(g["project"] is None or g["project"] in projects for g in got["goals"])
        [unread] = [f for f in prov["findings"] if f["code"] == "extract.mark_row_unread"]
        assert unread["observed"]["goals"] == [k for k, g in enumerate(got["goals"]) if g["project"] is None]
        assert len(unread["observed"]["goals"]) == 3
        # what the shared counter still flags pairs rows of different years (a row reported unread)
        flagged = _counter_pairs(exp, got)
        assert flagged and all(exp["goals"][i]["year"] != got["goals"][j]["year"] for i, j in flagged)


def test_hansol_3_hwp5html_counter_pairs_across_years(tmp_path: Path) -> None:
    exps, recs, _ = _card_read(tmp_path, "hansol-district", 3, "hwp", "hwp5html")
    for exp, got in zip(exps, recs, strict=True):
        assert wrong_goal_figures(exp, got) == []
        flagged = _counter_pairs(exp, got)
        assert flagged and all(exp["goals"][i]["year"] != got["goals"][j]["year"] for i, j in flagged)
        assert all(g["project"] in {e["project"] for e in exp["goals"]} for g in got["goals"])


def test_hansol_14_hwp5html_projects(tmp_path: Path) -> None:
    exps, recs, _ = _card_read(tmp_path, "hansol-district", 14, "hwp", "hwp5html")
    got = recs[1]
    assert [g["project"] for g in got["goals"]][2:] == [None, None]
    assert [(g["target_value"], g["actual_value"]) for g in got["goals"]][2:] == [(174, 169), (100, None)]
    assert wrong_goal_figures(exps[1], got) == []
