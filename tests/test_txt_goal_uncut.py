"""Goal tables a text dump prints a row a line, cells joined by single spaces, where some row's cut
is not printed (extract/sections/goal_rows.py): every row that can be cut is read, a row that
cannot is handed back (its line becomes an ``extract.table_unrecovered`` finding) and no text is
guessed for it.

- a worded target and actual after a known project are cut only where exactly one cut is
  consistent with the table: two words (one each), a status word standing inside them (it ends its
  cell: ``기본설계 완료 | 부지 매입``), or an actual another row prints whole ending them; three
  words and no such evidence (``착공 부지 매입``) stay unread, as do two status words inside;
- a row left unread still gives the rows merged with it (their project and 추진내용 cells printed
  once, on it) its project when that is known: carried from above when it is merged itself, or a
  project another row prints opening it; a row whose project is not known gives none (the rows
  below keep a null project rather than the project of a row further up);
- a row whose status is not found stands between two rows: the row after it carries nothing from
  the row before it, unless a status word ends that row (no 추진내용 follows it) and its year follows
  the year above: it is merged with the row above as a row whose status is found would be.

- a row printing its 추진내용 and 비고 run together after its status (sup-district) keeps its detail null and
  hands the words back (unparsed, a finding at its line): where the 추진내용 ends no single-spaced print shows.

Checked in session 25 and left null (no proof in the dump): the first row of a project group printing its project,
a worded target and a worded actual (``대중교통 지원사업 기본계획 수립 운영 완료``; dallae, hwarang, haemil, hayan,
areum, gaon, gyeoul, ...). Two cues that looked like proofs were measured on every family's expected goals and are
not: any word of the pledge's title opening the target (12 rows agree, 18 do not: titles hold 조성 and the
government's name; the title's first word is one, tests/test_txt_goal_title_word.py, but these rows' projects
open with it), and two merged rows ending alike (``시범 운영 | 운영 완료`` against ``정상 운영 | 운영 완료``
shares the target's last word).

On the real text dumps of the families whose goal rows run so together, every goal read is one the
card holds, cell for cell (no guessed cut, no carried project that is not the row's), and every goal
row not read is handed back as a finding at its line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_row_split import is_row_with_status
from pledgecard.extract.sections.goal_rows import GoalRow, goal_rows
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records

_FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
# the families whose text dumps print goal rows some of whose cuts are not printed
_UNCUT = (
    "hanbit-province",
    "chorong-city",
    "areum-district",
    "eunha-province",
    "bitna-district",
    "dasan-edu",
    "hanul-special",
    "dalbit-county",
    "dallae-city",
    "hwarang-city",
    "haemil-province",
    "hayan-district",
    "dolbit-city",
    "doran-city",
    "gaon-city",
    "gyeoul-county",
    "haetsal-county",
    "saetbyeol-county",
    "sora-city",
    "yeolmae-county",
)

_HEAD = "연도 주요사업 목표 실적 달성률 추진상황 추진내용"


def _read(*rows: str) -> tuple[list[tuple[str | None, int | None, str, str | None, str]], list[int]]:
    got = goal_rows([_HEAD, *rows])
    assert got is not None
    goals, unread = got
    return [(g.project, g.year, g.target, g.actual, g.status) for g in goals], unread


def _first_row() -> str:
    return "2023 수변공원 조성 수변공원 협약 체결(20건) 18건 90% 추진중 산책로 운영 및 주민 지원"


def test_a_status_word_inside_a_worded_target_and_actual_ends_the_target() -> None:
    goals, unread = _read(
        _first_row(),
        "2024 수변공원 교육생 양성(30명) 31명 103% 완료",
        "2025 기본설계 완료 부지 매입 - 추진 중",
    )
    assert goals[-1] == ("수변공원 조성", 2025, "기본설계 완료", "부지 매입", "추진 중")
    assert unread == []


def test_three_worded_words_without_evidence_stay_unread_and_the_others_are_read() -> None:
    goals, unread = _read(
        _first_row(), "2024 수변공원 교육생 양성(30명) 31명 103% 완료", "2025 착공 부지 매입 - 추진 중"
    )
    assert goals == [
        ("수변공원 조성", 2023, "수변공원 협약 체결(20건)", "18건", "추진중"),
        ("수변공원 조성", 2024, "수변공원 교육생 양성(30명)", "31명", "완료"),
    ]
    assert unread == [3]  # the line of the row not cut (its finding), no text guessed for it
    # two status words inside: each would end a cell, but only two cells are left
    goals, unread = _read(_first_row(), "2024 설계 완료 공사 완료 보고 - 추진 중")
    assert [g[2] for g in goals] == ["수변공원 협약 체결(20건)"] and unread == [2]


def test_an_actual_another_row_prints_whole_ends_a_worded_target() -> None:
    goals, unread = _read(
        _first_row(), "2024 기본설계 완료 부지 매입 - 추진 중", "2025 착공 부지 매입 - 추진 중"
    )
    assert goals[1:] == [
        ("수변공원 조성", 2024, "기본설계 완료", "부지 매입", "추진 중"),
        ("수변공원 조성", 2025, "착공", "부지 매입", "추진 중"),
    ]
    assert unread == []


def test_a_row_left_unread_gives_the_rows_merged_with_it_its_known_project() -> None:
    # the second row opens with the project the first prints; its target and actual are not cut
    rows = (
        _first_row(),
        "2024 수변공원 조성 기본계획 수립 운영 완료 - 완료 산책로 정비 및 주민 지원",
        "2025 수변공원 교육생 양성(30명) 31명 103% 완료",
    )
    goals, unread = _read(*rows)
    assert unread == [2]
    assert goals[-1] == ("수변공원 조성", 2025, "수변공원 교육생 양성(30명)", "31명", "완료")
    # merged with a row left unread that is merged itself: the project carried from above
    goals, unread = _read(
        _first_row(), "2024 착공 부지 매입 - 추진 중", "2025 수변공원 교육생 양성(30명) 31명 103% 완료"
    )
    assert unread == [2]
    assert goals[-1][0] == "수변공원 조성"


def test_a_row_whose_project_is_not_known_gives_none_to_the_rows_merged_with_it() -> None:
    rows = (
        "2024 도심 숲길 기본계획 수립 운영 완료 - 완료 숲길 정비 및 주민 지원",
        "2025 도심 숲길 교육생 양성(30명) 31명 103% 완료",
    )
    goals, unread = _read(*rows)
    assert unread == [1]
    assert goals == [(None, 2025, "도심 숲길 교육생 양성(30명)", "31명", "완료")]


def test_a_row_whose_status_is_not_found_cuts_the_carry() -> None:
    first = "2023 수변공원 조성 산책로 정비(5km) 3km 60% 추진중 산책로 운영 및 주민 지원"
    after = (
        "2025 산책로 정비(5km) - - 미착수"  # prints the target the first row prints: no project of its own
    )
    goals, unread = _read(first, after)
    assert goals[-1][0] == "수변공원 조성"
    goals, unread = _read(first, "2024 수변공원 정비 계획 수립", after)
    assert unread == [2]
    assert goals[-1] == (None, 2025, "산책로 정비(5km)", None, "미착수")


def test_a_row_whose_status_is_not_told_but_that_ends_with_one_is_merged_with_the_row_above() -> None:
    # 완료 three times, no 달성률 column: a status word ends the row, so no 추진내용 follows it: the row
    # is merged with the row above, as is the next. (Session 14: the pair 완료 완료 standing once sets the
    # status cell at its later word, the first 완료 ending the target: the row is read; it had been left
    # unread, its status not told.)
    head = "연도 주요사업 목표 실적 추진상황 추진내용"
    rows = (
        "2023 수변공원 조성 수변공원 프로그램 운영(10회) 12회 완료 산책로 운영 및 주민 지원",
        "2024 기본설계 완료 설계 완료 완료",
        "2025 수변공원 협약 체결(20건) 24건 완료",
    )
    got = goal_rows([head, *rows])
    assert got is not None
    assert got[1] == []
    merged = got[0][1]
    assert (merged.project, merged.year, merged.target, merged.actual, merged.status, merged.detail) == (
        "수변공원 조성",
        2024,
        "기본설계 완료",
        "설계 완료",
        "완료",
        "산책로 운영 및 주민 지원",
    )
    last = got[0][-1]
    assert (last.project, last.year, last.target, last.detail) == (
        "수변공원 조성",
        2025,
        "수변공원 협약 체결(20건)",
        "산책로 운영 및 주민 지원",
    )


def test_goal_rows_keep_their_lines() -> None:
    got = goal_rows([_HEAD, _first_row(), "2024 착공 부지 매입 - 추진 중"])
    assert got is not None
    assert [type(g) for g in got[0]] == [GoalRow] and got[0][0].line == 1 and got[1] == [2]


@pytest.mark.parametrize(
    "path", [p for f in _UNCUT for p in sorted((_FAMILIES / f).glob("*-txt.txt"))], ids=lambda p: p.stem
)
def test_text_dumps_read_no_guessed_goal_and_hand_back_every_row_not_read(path: Path) -> None:
    expected = load_records(path.with_name(path.stem + ".expected.json"))
    got = extract_file(path)
    assert len(got) == len(expected)
    for exp, rec in zip(expected, got, strict=True):
        cells = ("year", "target", "actual", "status", "detail")
        truth = [tuple(g[k] for k in cells) for g in exp["goals"]]
        projects = {tuple(g[k] for k in cells): g["project"] for g in exp["goals"]}
        for g in rec["goals"]:
            key = tuple(g[k] for k in cells)
            assert key in truth, g  # no cut guessed
            assert g["project"] in (None, projects[key]), g  # a project null or the row's
        # each goal row not read is handed back at its line (a row holding a status word among its cells)
        rows_unread = [u for u in rec["unparsed"] if is_row_with_status(u["text"])]
        assert all(u["location"].startswith("line ") for u in rows_unread)
        assert len(rec["goals"]) + len(rows_unread) == len(exp["goals"])


def test_a_measure_word_before_the_only_value_keeps_the_value_and_leaves_the_actual_unread() -> None:
    # haneul-city 18003 as pdftotext -raw prints it: the page break carried the actual cell
    # (공정률 57%) to the next page, so the row holds the target's 공정률 70% and the 달성률 only
    head = "연도 주요사업 목표 실적 달성률 추진상황 추진내용"
    rows = [
        "2024 산업단지 조성 공정률 70% 공정률 53% 76% 완료 지원센터 운영 및 재직자 지원",
        "2025 공정률 70% 81% 추진중",
    ]
    got = goal_rows([head, *rows])
    assert got is not None
    goals, unread = got
    assert [(g.year, g.target, g.actual) for g in goals] == [(2024, "공정률 70%", "공정률 53%")]
    assert unread == [2]


_DETAIL_REMARK = "연도 성과지표 목표 실적 추진상황 추진내용 비고"


def test_a_detail_and_a_remark_run_together_are_handed_back_not_cut() -> None:
    # sup-district 47002 as its text dump prints it: the 추진내용 and the 비고 one space apart after the status
    rows = [
        "2021 대중교통 지원사업 102호 공급 96호 완료 공영주차장 운영 및 주민 지원 기본계획 수립",
        "2019 대중교통 기반 구축 92호 공급 71호 완료 공영주차장 운영 및 주민 지원 실시설계 중",
        "2020 공정률 100% 공정률 60% 완료",
    ]
    got = goal_rows([_DETAIL_REMARK, *rows])
    assert got is not None and got[1] == []
    assert [(g.target, g.detail, g.cells_unread) for g in got[0]] == [
        ("102호 공급", None, "공영주차장 운영 및 주민 지원 기본계획 수립"),
        ("92호 공급", None, "공영주차장 운영 및 주민 지원 실시설계 중"),
        ("공정률 100%", None, None),
    ]  # nothing printed after its status: nothing handed back
    # under a 추진내용 column alone the words after the status are the detail, nothing handed back
    alone = goal_rows([_DETAIL_REMARK.rsplit(" ", 1)[0], rows[0]])
    assert alone is not None
    assert [(g.detail, g.cells_unread) for g in alone[0]] == [
        ("공영주차장 운영 및 주민 지원 기본계획 수립", None)
    ]


@pytest.mark.parametrize("path", sorted((_FAMILIES / "sup-district").glob("*-txt.txt")), ids=lambda p: p.stem)
def test_a_text_dump_running_a_detail_and_a_remark_together_says_so_at_each_row(path: Path) -> None:
    res = process_file(path)
    assert res.status == "ok"
    for rec, prov in zip(res.records, res.provenance, strict=True):
        findings = prov["findings"]
        rows = [
            u
            for u in rec["unparsed"]
            if u["section"]
            and any(
                f["source_location"] == u["location"] and "detail and remark" in f["message"]
                for f in findings
            )
        ]
        assert rows, rec["card_id"]  # each such row's words kept in unparsed, a finding at its line
        for f in findings:  # located at the goal read from that line: the record's goal printed there
            if "detail and remark" in f["message"]:
                assert re.fullmatch(r"goals\[\d+\]", f["location"]), f["location"]
                assert f"line {prov['locations'][f['location']]['line_start']}" == f["source_location"]
        assert all(g["detail"] is None for g in rec["goals"])  # no detail guessed out of them
        assert not any("project, target and actual" in f["message"] for f in findings)  # the rows are read
