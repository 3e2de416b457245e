"""Session 44 (helper mendpm4): what the review of h-pdfminer4 found in its two pdf2txt goal readers
(goal_projects_amid, goal_cut_groups) and the row reader beside them, each a silent wrong figure, year or status.

1. A project whose name holds a digit (``제2캠핑장 조성``) beside a worded target (``기본계획 수립``, its actual and
   rate dashes): the "has a digit" split swapped them with the counts still holding, the project name read as the
   dashed row's target. Now a line whose digit is glued after a letter is of no proven kind (goal_line_kinds) and
   both readers read nothing (extract.table_unrecovered). Review c3 (meari-city 13): 2025 target '제2캠핑장 조성'
   -> goals left with table_unrecovered; c4 (hanui-county 13): 2023 target '제2캠핑장 조성' -> 2023 group unread.
2. A cut group whose project is wrapped over two lines (``아이돌봄 인재양 / 성``) counted as two rows, another group's
   row folded in: two project lines together now prove nothing (one name wrapped or two rows' names). Review c5
   (sansu-county 38 pdf2txt): 2020's target read as 2021's -> no goal read, table_unrecovered.
3. Statuses: a cut group's run right after its box is placed only where no group prints before it (else it may
   be the group before's; review c2: null, extract.status_unplaced), and the rows another reader read in the group right after a cut or unread group lose their status (with
   extract.status_unplaced) where the status words printed in that group are not all one word (the run there is
   shared with the cut group's; review c1: hanui-county 13 with statuses 추진 중, 추진 중, 완료: 2024 '추진 중' ->
   null with its finding; c2: 2025 '추진 중' -> null with its finding). One word all through (the unedited card):
   kept.

Measured on pdf2txt dumps of hanui, meari, sansu, bitgaram, doldam, haram, noeul, onnuri, olbit at seeds 17 / 23 /
29 / 38 (36 dumps, the year-aware wrong_goal_figures plus statuses unlike the card's): h-pdfminer4's checkout 35
goals read, 1 wrong (sansu-county 38: 2020's '공정률 80%' as a 2021 goal) -> 33 read, 0 wrong (sansu 38's two goals
left unread with extract.table_unrecovered); no status wrong before or after. haram-district 13 (the first group's
run right after its box) keeps its statuses; tests/test_pdfminer4_44.py unchanged and passing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_text_converters import converter_dump

from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_cut_groups import cut_group_rows, shared_run_rows
from pledgecard.extract.sections.goal_line_kinds import kind_unsure
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.pipeline import process_file
from pledgecard.scoring import wrong_goal_figures

from conftest import family_card

# meari-city 13's pdf2txt goal table (the project cells amid the value cells), the project '제2캠핑장 조성' and the
# 2025 target worded (review c3)
_AMID = [
    "연도", "세부사업", "목표", "실적", "달성률", "추진상황", "2023", "2023", "2024", "2025", "문화관광 인재", "양성",
    "299호 공급", "219호", "공정률 60%", "공정률 32%", "제2캠핑장 조성", "184호 공급", "145호", "기본계획 수립", "-",
    "73%", "53%", "79%", "-", "완료", "완료", "완료", "미착수",
]  # fmt: skip

# hanui-county 13's pdf2txt goal table: the 2023 group's rows a box, its statuses printed after 2024's row
_CUT = [
    "주요사업", "목표", "실적", "달성률", "추진상황", "2023년", "문화관광 인재양성", "241호 공급", "캠핑장 조성",
    "1.9km", "147호", "1.6km", "61%", "84%", "2024년", "캠핑장 조성", "2.1km", "1.7km", "81%", "완료", "완료", "완료",
    "2025년", "캠핑장 조성", "공정률 60%", "-", "-", "미착수",
]  # fmt: skip


def test_kind_unsure_is_a_digit_glued_after_a_letter() -> None:
    assert kind_unsure("제2캠핑장 조성") and kind_unsure("A3 구간")
    assert not any(kind_unsure(x) for x in ("241호 공급", "공정률 60%", "2.1km", "-", "캠핑장 조성", "61%"))


def test_amid_project_with_a_digit_never_a_target() -> None:
    """Before: 2025's target '제2캠핑장 조성' (the project name), no finding. After: the reading proves nothing."""
    got = goal_cells(_AMID)
    assert got is None or not any("캠핑장" in r.target for r in got[0])


def test_cut_group_project_with_a_digit_left_unread() -> None:
    """Before (review c4): the 2023 group read with '제2캠핑장 조성' as a target. After: left unread."""
    rep = {"캠핑장 조성": "제2캠핑장 조성", "1.9km": "기본계획 수립", "1.6km": "-", "84%": "-"}
    lines = [rep.get(x, x) if k < 14 else x for k, x in enumerate(_CUT)]
    assert cut_group_rows(lines, list(range(5, 14)))[0] == []


def test_cut_group_wrapped_project_left_unread() -> None:
    """Before (review c5's shape): one wrapped name counted as two rows, the six value lines paired. After: two
    project lines together prove nothing."""
    lines = [
        *_CUT[:6],
        "문화관광 인재양",
        "성",
        "241호 공급",
        "1.9km",
        "147호",
        "1.6km",
        "61%",
        "84%",
        *_CUT[14:],
    ]
    assert cut_group_rows(lines, list(range(5, 14)))[0] == []


def test_cut_group_statuses_placed_only_in_the_first_group() -> None:
    """Before (review c2): a run of as many statuses right after the box given to the group, a group printed before
    it or not. After: the first group's run is its own; after another group, null (the group before's?)."""
    lines = [*_CUT[:14], "완료", "추진 중", *_CUT[14:19], "완료", *_CUT[22:]]
    rows = cut_group_rows(lines, list(range(5, 16)))[0]
    assert [(r.target, r.status) for r in rows] == [("241호 공급", "완료"), ("1.9km", "추진 중")]
    before = ["2022년", "캠핑장 조성", "1.0km", "1.0km", "100%", "완료"]
    rows = cut_group_rows([*lines[:5], *before, *lines[5:]], list(range(11, 22)))[0]
    assert [(r.target, r.status) for r in rows] == [("241호 공급", ""), ("1.9km", "")]


def _row(line: int, year: int, status: str) -> GoalRow:
    return GoalRow(line, None, year, "x", status, None, None)


def test_shared_run_rows_where_the_words_differ() -> None:
    rows = [_row(7, 2023, ""), _row(9, 2023, ""), _row(16, 2024, "완료"), _row(24, 2025, "미착수")]
    used = list(range(6, 14))
    assert shared_run_rows(_CUT, used, rows, {7, 9}) == set()  # one word all through: any is the row's own
    lines = [*_CUT[:19], "추진 중", "추진 중", *_CUT[21:]]
    assert shared_run_rows(lines, used, rows, {7, 9}) == {2}  # the 2024 row only, never 2025's


def _hanui13(tmp_path: Path) -> tuple[list[str], dict]:
    src, expected = family_card(tmp_path, "hanui-county", 13, "pdf")
    out = tmp_path / "hanui-13.txt"
    converter_dump("pdf2txt", src, out)
    return out.read_text(encoding="utf-8").split("\n"), expected


def _goals(tmp_path: Path, lines: list[str]) -> tuple[list[tuple[object, ...]], set[tuple[str, str]]]:
    p = tmp_path / "edited.txt"
    p.write_text("\n".join(lines), encoding="utf-8")
    result = process_file(p)
    (record,) = result.records
    got = [(g["year"], g["target"], g["status"]) for g in record.get("goals") or []]
    return got, {(f["location"], f["code"]) for f in result.provenance[0]["findings"]}


def test_pdf2txt_statuses_shared_run(tmp_path: Path) -> None:
    """Review c1: the card prints 2023 추진 중 / 추진 중, 2024 완료. Before: 2024 '추진 중' (the run's first), no
    finding. After: 2024's status null with extract.status_unplaced. The unedited card (every status 완료): 2024's
    완료 kept and no wrong goal figure."""
    src, expected = _hanui13(tmp_path)
    p = tmp_path / "plain.txt"
    p.write_text("\n".join(src), encoding="utf-8")
    (record,) = process_file(p).records
    assert wrong_goal_figures(expected, record) == []
    assert [(g["year"], g["status"]) for g in record["goals"]][2] == (2024, "완료")
    i = src.index("81%")
    j = [k for k in range(i, i + 10) if src[k] == "완료"]
    assert len(j) == 3
    src[j[0]], src[j[1]] = "추진 중", "추진 중"
    got, found = _goals(tmp_path, src)
    assert got[2] == (2024, "2.1km", None)
    assert ("goals[2]", "extract.status_unplaced") in found


def test_pdf2txt_two_groups_statuses_unplaced(tmp_path: Path) -> None:
    """Review c2: two groups' boxes in a row. Before: 2024's two rows given the run after their box, 2025 the first
    of the run after its row, no finding. After: no status placed where not proven, each with its finding."""
    src, _expected = _hanui13(tmp_path)
    h = src.index("2024년", next(k for k, x in enumerate(src) if x.startswith("● Ⅳ")))
    b = next(k for k in range(h, len(src)) if src[k].startswith("●"))
    table = ["2024년", "캠핑장 조성", "둘레길 조성", "2.1km", "3.0km", "1.7km", "1.5km", "81%", "50%", "완료",
             "완료", "2025년", "캠핑장 조성", "공정률 60%", "-", "-", "추진 중", "추진 중", "미착수"]  # fmt: skip
    got, found = _goals(tmp_path, src[:h] + [x for t in table for x in (t, "")] + src[b:])
    for i, (year, _target, status) in enumerate(got):
        if year != 2023:
            assert status is None and (f"goals[{i}]", "extract.status_unplaced") in found


@pytest.mark.parametrize("edit", ["c3", "c4"])
def test_pdf2txt_digit_project_never_a_target(tmp_path: Path, edit: str) -> None:
    """Reviews c3 / c4: the project name '제2캠핑장 조성' read as a target. After: never a target."""
    family, seed = ("meari-city", 13) if edit == "c3" else ("hanui-county", 13)
    src, _expected = family_card(tmp_path, family, seed, "pdf")
    out = tmp_path / "d.txt"
    converter_dump("pdf2txt", src, out)
    lines = out.read_text(encoding="utf-8").split("\n")
    rep = (
        {"공정률 80%": "기본계획 수립"}
        if edit == "c3"
        else {"1.9km": "기본계획 수립", "1.6km": "-", "84%": "-"}
    )
    h = next(k for k, x in enumerate(lines) if x.startswith(("⊙ Ⅳ", "● Ⅳ")))
    for k in range(h, h + 80):
        if lines[k] == "캠핑장 조성":
            lines[k] = "제2캠핑장 조성"
        elif lines[k] in rep:
            lines[k] = rep.pop(lines[k])
    got, _found = _goals(tmp_path, lines)
    assert not any(t and "캠핑장" in t for _y, t, _s in got)
