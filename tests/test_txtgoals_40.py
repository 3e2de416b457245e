"""Session 40 (helper txtgoals): goal tables of plain text dumps printed a row a line, cells one space apart, whose
cells after the status or the figures run together (goal_cell_ends, goal_spaced_rows, goals).

Classes fixed, each a rule the print proves (a row still read two ways stays unread, its goal lost, never guessed):

- A blank last cell: a row whose print ends in a gap (the head line ending at its last word: the dump pads no line)
  prints its last column blank: under ``… 추진내용 비고`` its words after the status are its 추진내용 whole (mutant 4503
  goals 0.857 -> 1.0, 4568 0.857 -> 1.0); a row printing a gap right before those words (``완료  기본계획 수립``) prints
  its 비고 alone, its 추진내용 merged with the row above's of its project (4606 0.857 -> 1.0).
- A target printed in its actual's measured shape (``공정률 68% … 공정률 100%``) ends at its figure: heads printing the
  status before the figures (``연도 세부사업 추진상황 실적 달성률 목표 추진내용``) read (mutant 4765 goals 0.0 -> 1.0,
  4775 0.0 -> 0.52, 4702 0.0 -> 0.45, 4750 0.0 -> 0.31).
- A project's 추진내용 its rows each end with, after targets whose last words differ in kind (``130호 공급`` / ``4.5km``)
  or one closing with its bracketed figure, proves where the targets end (mutant 4573 goals 0.0 -> 1.0, 4540 0.0 -> 1.0,
  4552 0.0 -> 0.69); targets ending alike (``130호 공급`` / ``150호 공급``) leave the rows unread.

Measured on mutants 4500-4799 txt (``samples.mutate``, the first MUTANT_FAMILIES families, the shared scorer's goals
group): goals 0.8719 -> 0.8865, wrong figures 3 -> 3 (the same three, mutant 4735's, untouched), no wrong goal figure.
Crossbreeds 6500-6599 txt: goals 0.8885 -> 0.8885, wrong figures 0 -> 0 (6503's project and target run together and
6528's years-across targets one space apart stay unread: no rule proves their cuts).

Mend after the branch's review (its reproducers: silent wrong figures and text), each pinned here by a test failing
before it:

- A gap at a row's end, of any kind (space, tab, U+3000, NBSP), proves a blank last cell only where another row of
  the table prints the row's last words (two or more) with more words after them, and only under a 비고 after the
  추진내용 (under ``… 목표 비고`` the 비고's words, ``15개소 추가 지정``, were read into the target: 15).
- A project's repeated 추진내용 proves its rows' targets only where each target left opens with its figure (``130호
  공급``, ``4.5km``) or is a measure word and its figure (``공정률 70%``): a 추진내용 opening ``거점 25개소 신설 및``
  lent a target its 25; ``주택 공급`` / ``130호 공급`` lost their shared word; a bracket closing the words
  (``돌봄센터(25개소)``) proves nothing (mutant 4552's rows unread again, as on main).
- A target in its actual's measured shape is not cut at its figure where words after it hold a figure, an arrow or a
  revision word, or open with a sign or a bracket (``공정률 80% → 공정률 100%``: 80 was emitted).
- A gap before the words after the status carries the row above's 추진내용 only on a row not printing its project
  (a merged project over a merged 추진내용); gaps there include U+3000 / NBSP.

Mutants 4500-4799 txt after the mend: goals 0.8865 -> 0.8836 (4552 0.69 -> 0.0, 4606 1.0 -> 0.857, 4572 4611 4655
4733 4742 4770 each a blank-last row under a merged row back to main's reading; no seed below main's 0.8719 reading),
wrong figures 3 -> 3 (mutant 4735's, untouched), no wrong goal figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.scoring import wrong_goal_figures
from tests.conftest import expected_scored, mutant_file


def _read(*printed: str) -> tuple[list[tuple], list[str]]:
    """A dump's goal lines, each printed as given (gaps kept), read: each goal's (project, year, target, actual,
    status, 추진내용) and the texts handed back."""
    lines = [
        Line(
            text=" ".join(p.split()),
            marker=None,
            indent=0,
            source=Source(line_start=i),
            printed=p,
            trailing_gap=p != p.rstrip(),  # any gap the reader reads (space, tab, U+3000, NBSP)
        )
        for i, p in enumerate(printed, start=1)
    ]
    res = extract_goals(lines)
    got = [
        (g["project"], g["year"], g["target"], g["actual"], g["status"], g["detail"])
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest]


@pytest.mark.parametrize("seed", [4765, 4573, 4503])
def test_mutant_goals_read_whole_with_no_wrong_figure(seed: int, tmp_path: Path) -> None:
    """Mutants 4765 (status before the figures, measured targets: goals 0.0), 4573 (status before the figures, the
    project's 추진내용 on each row: 0.0) and 4503 (추진내용 and 비고 run together, a blank 비고: 0.857) read every goal
    as expected, no wrong figure."""
    path = mutant_file(seed, "txt", tmp_path)
    exp, got, score, wrong = expected_scored(path)
    assert wrong == [] and wrong_goal_figures(exp, got) == []
    keys = ("project", "year", "target", "actual", "status", "detail")
    assert [tuple(g[k] for k in keys) for g in got["goals"]] == [
        tuple(g[k] for k in keys) for g in exp["goals"]
    ]
    assert score >= 0.97


_REMARK_HEAD = "연도 세부사업 목표 실적 추진상황 추진내용 비고"


def test_a_blank_last_cell_gives_the_words_before_it_to_the_detail() -> None:
    got, rest = _read(
        _REMARK_HEAD,
        "2023 지역인재 지원사업 5.2km 3.0km 완료 청년센터 운영 및 수료생 지원 준공 예정",
        "2024 지역인재 지원사업 6.1km 2.0km 추진중 청년센터 운영 및 수료생 지원 ",
    )
    assert [g[5] for g in got] == ["청년센터 운영 및 수료생 지원"] * 2  # the 2023 row's 비고 handed back
    assert "준공 예정" in rest


def test_a_padded_dump_proves_no_blank_cell() -> None:
    # the head itself ends in a gap: the dump pads its lines, a gap at a row's end is no blank cell
    got, _ = _read(
        _REMARK_HEAD + " ",
        "2023 지역인재 지원사업 5.2km 3.0km 완료 청년센터 운영 및 수료생 지원 준공 예정 ",
        "2024 지역인재 지원사업 6.1km 2.0km 추진중 청년센터 운영 및 수료생 지원 ",
    )
    assert [g[5] for g in got] == [None, None]


def test_a_gap_before_the_words_after_the_status_carries_the_merged_detail() -> None:
    # the 2023 row's blank 특이사항 shown (its 추진내용 printed by the 2022 row with its 특이사항 after it), the 2024
    # row under the merged project printing a gap before its 특이사항: its 추진내용 the merged one
    got, _ = _read(
        "연도 세부사업 목표 실적 달성률 추진상황 추진내용 특이사항",
        "2022 친환경농업 기반 구축 70호 공급 70호 100% 완료 임대형 스마트팜 운영 및 교육생 지원 운영 개시",
        "2023 친환경농업 기반 구축 78호 공급 63호 81% 완료 임대형 스마트팜 운영 및 교육생 지원 ",
        "2024  6.0km 4.3km 72% 완료  기본계획 수립",
    )
    assert got[2] == (
        "친환경농업 기반 구축",
        2024,
        "6.0km",
        "4.3km",
        "완료",
        "임대형 스마트팜 운영 및 교육생 지원",
    )


_FARM_HEAD = "연도 세부사업 목표 실적 달성률 추진상황 추진내용 특이사항"


@pytest.mark.parametrize("end", [" ", "\t", "  ", "\u3000", "\xa0"])
def test_a_trailing_gap_alone_proves_no_blank_cell(end: str) -> None:
    # (mend of the review's c2/c3: a gap at a row's end of any kind, no other row printing its last words with
    # more after them) the row's 추진내용 and 비고 stay run together, handed back (the 2023 row's own 비고 here)
    got, rest = _read(
        _FARM_HEAD,
        "2023 친환경농업 기반 구축 78호 공급 63호 81% 완료 임대형 스마트팜 운영 및 교육생 지원 준공 예정"
        + end,
        "2024 친환경농업 기반 구축 6.0km 4.3km 72% 완료 스마트팜 운영 확대 운영 개시",
    )
    assert [g[5] for g in got] == [None, None]
    assert any("준공 예정" in t for t in rest)


@pytest.mark.parametrize("end", [" ", "\u3000"])
def test_a_trailing_gap_gives_no_remark_word_to_a_target(end: str) -> None:
    # (review c3) under ``… 목표 비고`` a gap at the row's end would give the 비고's words (15개소 추가 지정) to the
    # target, its figure with them: the rows stay unread, no figure emitted
    got, _ = _read(
        "연도 세부사업 실적 추진상황 목표 비고",
        "2024 수요응답형 교통 지원사업 - 미착수 기본계획 수립 15개소 추가 지정" + end,
        "2025 수요응답형 교통 지원사업 35개 추진중 센터 신설 잔여 15개" + end,
    )
    assert got == []


def test_a_gap_before_the_words_of_a_row_printing_its_project_carries_nothing() -> None:
    # (review c4) a double space / one U+3000 after the status of a row printing its own project is no merged
    # 추진내용 cell: its 추진내용 is not the row above's
    for gap in ("  ", "\u3000"):
        got, _ = _read(
            _FARM_HEAD,
            "2022 친환경농업 기반 구축 70호 공급 70호 100% 완료 임대형 스마트팜 운영 및 교육생 지원 운영 개시",
            "2023 친환경농업 기반 구축 78호 공급 63호 81% 완료 임대형 스마트팜 운영 및 교육생 지원 ",
            f"2024 친환경농업 기반 구축 6.0km 4.3km 72% 완료{gap}기본계획 수립 준공 예정",
        )
        assert got[2][5] is None


def test_an_uncorroborated_trailing_gap_carries_no_detail_down() -> None:
    # mutant 4606's goal rows: the 2023 row's gap alone proves no blank 특이사항 (so nothing to carry to 2024)
    got, _ = _read(
        _FARM_HEAD,
        "2023 친환경농업 기반 구축 78호 공급 63호 81% 완료 임대형 스마트팜 운영 및 교육생 지원 ",
        "2024  6.0km 4.3km 72% 완료  기본계획 수립",
    )
    assert [g[5] for g in got] == [None, None]


def test_a_target_in_its_actuals_measured_shape_ends_at_its_figure() -> None:
    got, _ = _read(
        "연도 세부사업 추진상황 실적 달성률 목표 추진내용",
        "2024 스마트팜 기반 구축 완료 공정률 68% 68% 공정률 100% 임대형 스마트팜 운영 및 입주농가 지원",
    )
    assert got == [
        (
            "스마트팜 기반 구축",
            2024,
            "공정률 100%",
            "공정률 68%",
            "완료",
            "임대형 스마트팜 운영 및 입주농가 지원",
        )
    ]


_STATUS_FIRST = "주요사업 추진상황 실적 목표 추진내용"


def test_a_projects_detail_on_each_row_ends_targets_of_two_kinds() -> None:
    got, _ = _read(
        _STATUS_FIRST,
        "2023년",
        "아이돌봄 지원사업 완료 125호 130호 공급 돌봄센터 운영 및 돌봄 종사자 지원",
        "2024년",
        "아이돌봄 지원사업 미착수 - 4.5km 돌봄센터 운영 및 돌봄 종사자 지원",
    )
    assert got == [
        ("아이돌봄 지원사업", 2023, "130호 공급", "125호", "완료", "돌봄센터 운영 및 돌봄 종사자 지원"),
        ("아이돌봄 지원사업", 2024, "4.5km", None, "미착수", "돌봄센터 운영 및 돌봄 종사자 지원"),
    ]


def test_targets_ending_alike_leave_the_rows_unread() -> None:
    # 130호 공급 / 150호 공급: the rows end alike from 공급 on; where the targets end is not shown
    got, rest = _read(
        _STATUS_FIRST,
        "2023년",
        "아이돌봄 지원사업 완료 125호 130호 공급 돌봄센터 운영 및 돌봄 종사자 지원",
        "2024년",
        "아이돌봄 지원사업 미착수 - 150호 공급 돌봄센터 운영 및 돌봄 종사자 지원",
    )
    assert got == []
    assert any("150호 공급" in t for t in rest)


def test_lone_figures_alike_leave_the_rows_unread() -> None:
    # 4.6km / 3.2km: both targets' last words figures, a word after both (4.6km 조성) is not ruled out
    got, _ = _read(
        "주요사업 실적 달성률 추진상황 목표 추진내용",
        "2023년",
        "기초학력 지원사업 2.9km 63% 완료 4.6km 디지털교실 운영 및 교원 지원",
        "2024년",
        "기초학력 지원사업 1.7km 53% 완료 3.2km 디지털교실 운영 및 교원 지원",
    )
    assert got == []


def test_a_layout_dumps_gaps_prove_no_blank_cell() -> None:
    # a layout dump parts its columns with runs of spaces: a gap there is no blank cell, nor is its head's
    got, _ = _read(
        "연도  세부사업  목표  실적  달성률  추진상황  추진내용  특이사항",
        "2023  친환경농업 기반 구축  78호 공급  63호  81%  완료  임대형 스마트팜 운영 및 교육생 지원  ",
        "2024  6.0km  4.3km  72%  완료  기본계획 수립",
    )
    assert len(got) == 2 and all(g[5] is None for g in got)


def test_a_head_word_spaced_out_is_one_cell() -> None:
    # 비  고: a head word spaced letter by letter, no column gap: the dump still joins its cells with one space
    got, _ = _read(
        "연도 세부사업 목표 실적 추진상황 추진내용 비  고",
        "2023 지역인재 지원사업 5.2km 3.0km 완료 청년센터 운영 및 수료생 지원 준공 예정",
        "2024 지역인재 지원사업 6.1km 2.0km 추진중 청년센터 운영 및 수료생 지원 ",
    )
    assert [g[5] for g in got] == ["청년센터 운영 및 수료생 지원"] * 2


@pytest.mark.parametrize(
    ("row23", "row24"),
    [
        # (review c1) the 2023 row's own 추진내용 opens 거점 25개소 신설 및: its target (no figure) would take 25
        (
            "아이돌봄 지원사업 미착수 - 기본계획 수립 거점 25개소 신설 및 돌봄센터 운영 및 돌봄 종사자 지원",
            "아이돌봄 지원사업 미착수 - 4.5km 돌봄센터 운영 및 돌봄 종사자 지원",
        ),
        # (review c1) a bracketed figure closing the words before the run: 돌봄센터(25개소) may open the 추진내용
        (
            "아이돌봄 지원사업 완료 125호 4.5km 운영 및 돌봄 종사자 지원",
            "아이돌봄 지원사업 미착수 - 기본계획 수립 돌봄센터(25개소) 운영 및 돌봄 종사자 지원",
        ),
        # (review c5) targets sharing their last word with a word before it: 130호 공급 / 주택 공급
        (
            "아이돌봄 지원사업 완료 125호 130호 공급 돌봄센터 운영 및 돌봄 종사자 지원",
            "아이돌봄 지원사업 미착수 - 주택 공급 돌봄센터 운영 및 돌봄 종사자 지원",
        ),
        (
            "아이돌봄 지원사업 완료 125호 130호 주택 공급 돌봄센터 운영 및 돌봄 종사자 지원",
            "아이돌봄 지원사업 미착수 - 임대 주택 공급 돌봄센터 운영 및 돌봄 종사자 지원",
        ),
    ],
)
def test_a_repeated_ending_proves_no_target_but_one_opening_with_its_figure(row23: str, row24: str) -> None:
    got, _ = _read(_STATUS_FIRST, "2023년", row23, "2024년", row24)
    assert got == []


@pytest.mark.parametrize(
    "target", ["공정률 80% → 공정률 100%", "공정률 80% (변경 100%)", "공정률 80% (상향) 100%"]
)
def test_a_revised_measured_target_is_not_cut_at_its_first_figure(target: str) -> None:
    # (review c7) the words after the first figure may revise it: the row stays unread, 80 never emitted
    got, _ = _read(
        "연도 세부사업 추진상황 실적 목표 추진내용",
        f"2024 스마트팜 기반 구축 추진중 공정률 68% {target} 임대형 스마트팜 운영 및 입주농가 지원",
    )
    assert got == []


def test_a_revised_measured_target_in_a_mutant_dump_emits_no_superseded_figure(tmp_path: Path) -> None:
    # (review c7) mutant 4573's 2023 아이돌봄 기반 구축 row given a revised measured target
    from pledgecard import extract_file

    src = mutant_file(4573, "txt", tmp_path)
    text = src.read_text(encoding="utf-8")
    old = "아이돌봄 기반 구축 추진 중 3.3km 3.9km 거점센터"
    assert old in text
    edited = tmp_path / "edited.txt"
    edited.write_text(
        text.replace(old, "아이돌봄 기반 구축 추진 중 공정률 55% 공정률 80% → 공정률 100% 거점센터"), "utf-8"
    )
    goals = extract_file(edited)[0]["goals"]
    assert not [g for g in goals if g["project"] == "아이돌봄 기반 구축" and g["year"] == 2023]
    assert all(g.get("target_value") != 80 for g in goals)
