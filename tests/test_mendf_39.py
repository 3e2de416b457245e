"""Session 39, helper mendf: a reviewer's silent wrong readings in the month-alone log table rule and the goal
cell-a-line reader, each pinned on its reproducer (samples/families/saeron-city/saeron-city-100003-txt.txt with
its section Ⅲ swapped for the reviewer's):

- c15 / c16 / c17: a second head of another table among a month-alone log table's rows (``월 추진내용 인원``, a
  goal table's ``월 목표 실적 달성률``, ``구분 목표 실적 달성률`` after a bullet) ends the log rows and is read as
  a side table (extract/item_heads.py ``other_head``, extract/sections/log_tables.py): its rows are no achievements,
  no invented year, no goal target read as a count.
- c20: a goal table printed a cell a line, its head in another order (실적 before 목표) (section Ⅳ swapped), a row one cell short whose first cell is not
  shaped as its column's cell above (``공공 도시숲 2개소`` under ``71회``: its project over a blank 실적 cell) no longer
  carries the project of the row above with its own project read as a figure: it is left unread with an
  ``extract.table_unrecovered`` finding (extract/sections/goal_cells_a_line.py ``_carry_proven``); a row short of
  a merged project whose first cell is shaped as the one above (``46호 공급`` under ``251호 공급``) still carries it.
- x6: a month-alone log head printed a cell a line with a third cell (``월`` / ``추진사항`` / ``성과``): the head's
  cells after the content's are the head's whatever their count (item_heads ``head_tail``), the months kept.
- c5: a status line after a date line (``3월`` / ``보류``) is that row's content; a note line closes a row only after
  the row's content line.
- c4: ``연도 추진사항 성과`` is no month-alone head (its date head names no month): a row's own year is never
  replaced by its block's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.item_heads import other_head
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.pipeline import process_file

SAMPLE = Path(__file__).resolve().parents[1] / "samples/families/saeron-city/saeron-city-100003-txt.txt"

SECTIONS = {
    "c15": "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n월 추진사항 성과\n\n3월\n\n시민 교육 운영\n\n- 교육 일정\n\n"
    "월 추진내용 인원\n\n11월 기초교육 30명\n\n12월 심화교육 25명\n\n4월\n\n도시숲 포럼 개최\n\n\n",
    "c16": "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n월 추진사항 성과\n\n2월 그린센터 운영 완료\n\n월 목표 실적 달성률\n\n"
    "3월 교육 100명 교육 80명 80%\n\n4월 교육 100명 교육 95명 95%\n\n\n",
    "x6": "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n월\n\n추진사항\n\n성과\n\n2월\n\n그린센터 운영\n\n완료\n\n3월\n\n"
    "도시숲 포럼 개최\n\n",
    "c5": "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n월 추진사항 성과\n\n2월\n\n그린센터 운영\n\n완료\n\n3월\n\n보류\n\n4월\n\n"
    "중단\n\n5월\n\n도시숲 포럼 개최\n\n",
    "c4": "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n연도 추진사항 성과\n\n2022 기본계획 수립 완료\n\n2023 참여기업 협약 체결 완료\n\n",
    "c17": "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n월 추진사항 성과\n\n2월 그린센터 운영 완료\n\n□ 월별 교육 목표\n\n"
    "구분 목표 실적 달성률\n\n3월 100명 80명 80%\n\n4월 100명 95명 95%\n\n\n",
}


def _swapped(tmp_path: Path, name: str, section: str, at: tuple[str, str] = ("▲ Ⅲ.", "▲ Ⅳ.")) -> Path:
    src = SAMPLE.read_text(encoding="utf-8")
    a, b = src.index(at[0]), src.index(at[1])
    path = tmp_path / f"{name}.txt"
    path.write_text(src[:a] + section + src[b:], encoding="utf-8")
    return path


def _record(tmp_path: Path, name: str, section: str) -> dict:
    [rec] = extract_file(_swapped(tmp_path, name, section))
    return rec


def _achievements(rec: dict) -> list[tuple[str, str | None, list[int]]]:
    return [
        (it["text"], (it.get("date") or {}).get("label"), [c["value"] for c in it["counts"]])
        for it in rec["achievements"]
    ]


@pytest.mark.parametrize("name", ["c15", "c16", "c17"])
def test_other_head_ends_log_rows(tmp_path: Path, name: str) -> None:
    got = _achievements(_record(tmp_path, name, SECTIONS[name]))
    # no side-table or goal-table row is an achievement: no count read from them, no date past the log's own rows
    assert all(counts == [] for _, _, counts in got), got
    assert {d for _, d, _ in got} <= {"2023-02", "2023-03", None} | (
        {"2023-04"} if name == "c15" else set()
    ), got
    if (
        name == "c15"
    ):  # (session 40) the side table printed a row a line ends before ``4월`` alone: the log's row
        assert ("도시숲 포럼 개최", "2023-04", []) in got, got
    assert not any("달성률" in t or "목표 실적" in t for t, _, _ in got), got


def test_other_head_words() -> None:
    own = "월 추진사항 성과".split()
    assert other_head("월 추진내용 인원".split(), own)
    assert other_head("구분 목표 실적 달성률".split(), own)
    assert not other_head(own, own)
    assert not other_head("도시숲 포럼 개최".split(), own)


_HEADS = {
    "c20": ["연도", "세부사업", "실적", "목표", "달성률", "추진상황", "추진내용"],
    "c21": ["연도", "세부사업", "목표", "실적", "달성률", "추진상황", "추진내용"],
}
_ROWS = {
    "c20": [
        "2025",
        "거점센터 조성",
        "71회",
        "프로그램 운영(50회)",
        "142%",
        "완료",
        "센터 운영",
        "2026",
        "공공 도시숲 2개소",
        "도시숲 조성 3개소",
        "-",
        "추진중",
        "교육 운영",
    ],
    "c21": [
        "2025",
        "거점센터 조성",
        "프로그램 운영(50회)",
        "71회",
        "142%",
        "완료",
        "센터 운영",
        "2026",
        "공공 도시숲 2개소",
        "도시숲 조성 3개소",
        "-",
        "추진중",
        "교육 운영",
    ],
}


# (c21, the same row under the usual order 목표 | 실적: left unread with the finding since session 40, pinned in
# tests/test_goalnull_40.py, where an actual printing its target's measure still proves the carry, goal_short_row)
@pytest.mark.parametrize("name", ["c20"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_short_goal_row_not_proven_merged(tmp_path: Path, name: str, sep: str) -> None:
    section = "▲ Ⅳ. 연도별 성과목표\n\n" + sep.join(_HEADS[name] + _ROWS[name]) + "\n\n"
    res = process_file(_swapped(tmp_path, name, section, ("▲ Ⅳ.", "▲ Ⅴ.")))
    [rec] = res.records
    goals = [(g["project"], g["year"], g["target"], g["actual"]) for g in rec["goals"]]
    assert goals == [("거점센터 조성", 2025, "프로그램 운영(50회)", "71회")], goals
    codes = [f["code"] for p in res.provenance for f in p["findings"] if f.get("location") == "goals"]
    assert "extract.table_unrecovered" in codes, codes


def test_short_goal_row_merged_project_still_carried() -> None:
    lines = [
        "연도",
        "세부사업",
        "목표",
        "실적",
        "추진상황",
        "2023",
        "도시숲 지원사업",
        "251호 공급",
        "156호",
        "추진 중",
        "2024",
        "46호 공급",
        "-",
        "미착수",
    ]
    got = goal_cells(lines)
    assert got is not None
    rows, _ = got
    assert [(r.project, r.year, r.target) for r in rows] == [
        ("도시숲 지원사업", 2023, "251호 공급"),
        ("도시숲 지원사업", 2024, "46호 공급"),
    ]


def test_cell_a_line_head_of_three_cells_keeps_the_months(tmp_path: Path) -> None:
    rec = _record(tmp_path, "x6", SECTIONS["x6"])
    got = _achievements(rec)
    # (session 40: the row's 성과 cell 완료, a line of its own after the row's content, ends the row's item as the
    # row printed on one line does, ``2월 그린센터 운영 완료``; it went to unparsed before)
    assert [(t, d) for t, d, _ in got] == [
        ("그린센터 운영 완료", "2023-02"),
        ("도시숲 포럼 개최", "2023-03"),
    ], got
    assert rec["unparsed"] == []


def test_status_line_after_a_month_is_the_rows_content(tmp_path: Path) -> None:
    rec = _record(tmp_path, "c5", SECTIONS["c5"])
    got = [(t, d) for t, d, _ in _achievements(rec)]
    assert ("보류", "2023-03") in got and ("중단", "2023-04") in got, got
    assert ("도시숲 포럼 개최", "2023-05") in got, got
    assert not any("완료" in str(t.get("rows")) for t in rec.get("tables") or []), rec.get("tables")


def test_year_head_is_no_months_head(tmp_path: Path) -> None:
    rec = _record(tmp_path, "c4", SECTIONS["c4"])
    got = _achievements(rec)
    # the 2022 row keeps its own year (read as a table's row: no achievement with its year dropped or the block's)
    assert not any("기본계획" in t and not (d or "").startswith("2022") for t, d, _ in got), got
    assert any("2022" in str(t.get("rows")) for t in rec.get("tables") or []) or any(
        "기본계획" in t and (d or "").startswith("2022") for t, d, _ in got
    ), (got, rec.get("tables"))
