"""Session 41, helper leftovers2: known wrong or lost facts from session 40's reviews.

1. (silent wrong) A goal table of year captions (``<2024>`` over its rows) in a ``pdftotext -layout`` dump, then a
   ``<2027>`` caption over a note and, with no blank line, a small table of years across (``구분  2023년  2024년  계``
   over ``취업자  18  36  54``): the aligned block ran on through the caption, the note and the other table, whose
   rows became 2027 goals (취업자 actual 36, 교육생 actual 33, no finding; reviewer c3 / c4 on maru-county 12). A
   row of years and words only (a years head) under rows of figures of a block whose lines above print no such
   row is another table's head: the block ends above its row group and the lone caption lines over it
   (text_block_bounds.years_head_below / before_group). The note and the small table are left as a table no section
   takes (``extract.table_unassigned``). Measured on the two reproducers: 2 silent wrong 2027 actuals each -> 0,
   the 2024-2026 goals read as before, the finding raised.

2. (silent wrong, goalnull F2) A goal table printed a cell a line in the usual order (목표 before 실적), a row one
   cell short whose own project is worded like its target over a blank actual (``도시숲 2개소 조성`` |
   ``도시숲 3개소 조성`` | ``-`` | ``추진중``) was read as the row above's project carried, its project the target
   and its target the actual (goal_short_row.same_measure admits it). The tell: the rate the carry would read must
   be the actual's figure over the target's (``52%`` beside 42 of 80); a dash (no actual, so no rate) or another
   rate leaves the carry unproven, the row unread with ``extract.table_unrecovered`` (goal_short_row.rate_agrees).
   Every real merged row of the families' hwpx-text-extract dumps that has a rate column agrees (binnae 67003 /
   67005, gilmok 58007, nodeul 39005: 66/100 66%, 42/80 52%, 38/70 54%, 92/100 92%); those of tables with no rate
   column (byeolbit 14003, sup 47002, yeoreum 50002) are carried as before: without a rate nothing tells the two
   readings apart. Measured on the reviewer's inputs: c3 a1 and c4 a (2 silent wrong figures each) -> unread with
   the finding; a2 (``공정률 100% 달성`` | ``공정률 80% 달성`` | ``80%``) still carried: its rate is 80 of 100, and
   the other reading would print a rate beside no actual; c3 b1-b5 and c4 b1/b2 read as before.

5. (lost) mendf c4: a log head dated by its year alone (``연도 추진사항 성과``, each row opening with its own year)
   was no log head (session 39 kept it from the month-alone rule, which dates rows by their block's year), its rows
   read as a table cut a word a cell. Such a head is a log head where the section prints only log tables, as the
   month-alone one (item_heads.years_head / years_column); its rows are dated by their own years, no month
   (log_tables: ``no_month``, a row with no month no sign of a centred cell). Measured on mendf c4: 0 -> 2
   achievements (2022 / 2023), the table gone.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pledgecard.extract.item_heads import head_line_cells, years_column, years_head
from pledgecard.extract.readers.text_aligned_blocks import find_block
from pledgecard.extract.readers.text_block_bounds import before_group, years_head_below
from pledgecard.extract.readers.text_line_kinds import cells_row
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_short_row import rate_agrees
from pledgecard.pipeline import process_file

from conftest import family_card


def _maru_layout(tmp: Path) -> str:
    src, _ = family_card(tmp, "maru-county", 12, "pdf")
    out = tmp / "maru-12-layout.txt"
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(src), str(out)], check=True, timeout=120)
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def maru_layout(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _maru_layout(tmp_path_factory.mktemp("maru"))


def _goals(path: Path) -> tuple[list[tuple], set[str]]:
    res = process_file(path)
    [rec] = res.records
    codes = {
        f["code"]
        for p in res.provenance
        for f in p.get("findings", [])
        if (f.get("location") or "").startswith("goals")
    }
    return [(g["project"], g["year"], g["target_value"], g["actual_value"]) for g in rec["goals"]], codes


_NOTE = """
<2027>

 2027년은 사업 종료 후 성과 점검
 예정으로 별도 목표 없음
  구분           2023년        2024년         계
  취업자           18            36           54
  교육생           44            33           77
"""


def test_c3_a_years_table_under_a_caption_after_wrapped_goal_rows(maru_layout: str, tmp_path: Path) -> None:
    """Reviewer c3: the card's own goal table (its rows' first lines wrapped cells), then the caption, note and
    small table: no 2027 goal (2 silent wrong actuals 36 / 33 before), the card's goals read, the rest said."""
    anchor = maru_layout.index("<2026>")
    anchor = maru_layout.index("\n\n", anchor + len("<2026>") + 2)  # the end of the 2026 row's lines
    path = tmp_path / "c3.txt"
    path.write_text(maru_layout[:anchor] + "\n" + _NOTE + maru_layout[anchor:], encoding="utf-8")
    goals, codes = _goals(path)
    assert [g for g in goals if g[1] == 2027] == [], goals
    assert not any(g[3] in (36, 33, 18, 44) for g in goals), goals
    assert {g[1] for g in goals} == {2024, 2025, 2026}, goals
    assert "extract.table_unassigned" in codes, codes


_C4_TABLE = """◈ 연차별 목표 및 실적

  주요사업           목표치         추진실적       달성률             추진상황      추진내용

<2024>

 둘레길 조성         40회           23회           58%          완료            방문객 지원

<2025>

 둘레길 조성         시범 운영          -          -           미착수          방문객 지원

<2026>

 둘레길 조성         35명               -          -           미착수          방문객 지원

<2027>

 사업 종료 후 성과 점검 예정으로
 별도 목표 없음(참여 현황 참고)
  구분           2023년        2024년         계
  취업자           18            36           54
  교육생           44            33           77



"""


def test_c4_a_years_table_under_a_caption_after_one_line_goal_rows(maru_layout: str, tmp_path: Path) -> None:
    """Reviewer c4 (pre-existing): one-line goal rows, then the caption, note and small table."""
    a, b = maru_layout.index("◈ 연차별 목표 및 실적"), maru_layout.index("4) 군민소통 현황")
    path = tmp_path / "c4.txt"
    path.write_text(maru_layout[:a] + _C4_TABLE + maru_layout[b:], encoding="utf-8")
    goals, codes = _goals(path)
    assert goals == [
        ("둘레길 조성", 2024, 40, 23),
        ("둘레길 조성", 2025, None, None),
        ("둘레길 조성", 2026, 35, None),
    ], goals
    assert "extract.table_unassigned" in codes, codes


def test_the_block_ends_above_the_caption_over_the_years_head() -> None:
    lines = split_lines(_C4_TABLE)
    head = next(i for i, ln in enumerate(lines) if "주요사업" in ln.text)
    found = find_block(lines, head)
    assert found is not None
    assert "35명" in lines[found[1]].text  # the 2026 row, not the caption, note or small table
    years = next(i for i, ln in enumerate(lines) if "2023년" in ln.text)
    assert years_head_below(lines, head, years, cells_row)
    assert before_group(lines, head, years) == found[1]


def test_a_years_head_opening_the_block_or_over_no_figures_ends_nothing() -> None:
    """A years-across table's own head (the block's first row), a second head row of years right under it (no
    body read yet) and the second half of a table whose head already printed years are no other table's head."""
    two_rows = "  구분        연도별 목표\n  지표        2023년     2024년     2025년\n  설치        3개소      5개소      7개소\n"
    lines = split_lines(two_rows)
    assert not years_head_below(lines, 0, 1, cells_row)
    halves = (
        "  구분     2023년    2024년    계\n  국비      100       200     300\n\n"
        "  구분     2025년    2026년    계\n  국비      300       400     700\n"
    )
    lines = split_lines(halves)
    second = next(i for i, ln in enumerate(lines) if "2025년" in ln.text)
    assert not years_head_below(lines, 0, second, cells_row)
    found = find_block(lines, 0)
    assert found is not None and "700" in lines[found[1]].text


# 2. (silent wrong, goalnull F2) a goal table printed a cell a line in the usual order, a row one cell short whose
# own project is worded like its target over a blank actual cell (reviewer /tmp/rev-goalnull c3 a1, c4 a)
_HEAD = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]
_ROW1 = ["2024", "해양레저 지원사업", "59호 공급", "56호", "95%", "추진중"]


def test_a_project_worded_like_its_target_over_a_blank_actual_is_not_carried() -> None:
    """a1: ``도시숲 2개소 조성`` | ``도시숲 3개소 조성`` | ``-`` was read as the project above carried, its target 2
    and actual 3 (no finding); the dash rate says no actual was printed: the row is left unread."""
    got = goal_cells([*_HEAD, *_ROW1, "2025", "도시숲 2개소 조성", "도시숲 3개소 조성", "-", "추진중"])
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual) for r in rows] == [
        ("해양레저 지원사업", 2024, "59호 공급", "56호")
    ]
    assert unread, "the row's lines are said unread"


@pytest.mark.parametrize(
    ("row", "target", "actual"),
    [
        (["설치 5개소", "설치 3개", "60%"], "설치 5개소", "설치 3개"),  # 3 of 5: 60%
        (["공정률 100%", "공정률 66% 달성", "66%"], "공정률 100%", "공정률 66% 달성"),
        (["5개소 설치", "설치 3개소", "60%"], "5개소 설치", "설치 3개소"),
        (["공정률 100%", "공정률 66.5%", "66%"], "공정률 100%", "공정률 66.5%"),  # rounded
        (["공정률 80%", "공정률 42%", "52%"], "공정률 80%", "공정률 42%"),  # binnae-city 67005's merged row
        # a2: the rate agrees with the carry (80 of 100), and no actual could stand beside it otherwise: carried
        (["공정률 100% 달성", "공정률 80% 달성", "80%"], "공정률 100% 달성", "공정률 80% 달성"),
    ],
)
def test_a_merged_row_whose_rate_is_its_actual_over_its_target_is_carried(
    row: list[str], target: str, actual: str
) -> None:
    got = goal_cells([*_HEAD, *_ROW1, "2025", *row, "추진중"])
    assert got is not None
    rows, unread = got
    assert [(r.project, r.year, r.target, r.actual) for r in rows][1:] == [
        ("해양레저 지원사업", 2025, target, actual)
    ]
    assert unread == []


def test_rate_agrees() -> None:
    assert rate_agrees("공정률 70%", "공정률 38%", "54%")  # 54.3
    assert not rate_agrees("도시숲 2개소 조성", "도시숲 3개소 조성", "-")
    assert not rate_agrees("공정률 100%", "공정률 60%", "80%")
    assert not rate_agrees("설치 0개소", "설치 3개", "60%")
    assert not rate_agrees("10개 20개", "5개", "50%")  # figures apiece other than one
    assert rate_agrees("1,200명", "600명", "50%")


def test_c4_end_to_end_the_unproven_row_left_unread_with_a_finding(tmp_path: Path) -> None:
    """Reviewer goalnull c4 a (the c21 card of test_mendf_39, its 2026 row a project worded like its target over a
    blank actual): 2026's target 2 and actual 3 were emitted silently; now the row is unread with
    ``extract.table_unrecovered``, 2025's row read as before."""
    from test_mendf_39 import _swapped

    head = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황", "추진내용"]
    r2025 = ["2025", "거점센터 조성", "프로그램 운영(50회)", "71회", "142%", "완료", "센터 운영"]
    row = ["2026", "도시숲 2개소 조성", "도시숲 3개소 조성", "-", "추진중", "부지 선정"]
    section = "▲ Ⅳ. 연도별 성과목표\n\n" + "\n".join(head + r2025 + row) + "\n\n"
    path = _swapped(tmp_path, "a", section, ("▲ Ⅳ.", "▲ Ⅴ."))
    goals, codes = _goals(path)
    assert goals == [("거점센터 조성", 2025, 50, 71)], goals
    assert "extract.table_unrecovered" in codes, codes


# 5. (lost) mendf c4: a log head dated by its year alone (연도 | 추진사항 | 성과), each row printing its own year
_C4 = "▲ Ⅲ. 월별 추진실적\n\n▻ 2023년\n\n연도 추진사항 성과\n\n2022 기본계획 수립 완료\n\n2023 참여기업 협약 체결 완료\n\n"


def test_a_year_alone_log_head_reads_its_rows_as_achievements_of_their_own_years(tmp_path: Path) -> None:
    """Reviewer mendf c4: the rows were read as a table of words cut one a cell (``2022 | 기본계획 | 수립 | 완료``),
    no achievement; each row is an achievement dated by its own year now (never the block's 2023)."""
    from test_mendf_39 import _swapped

    [rec] = process_file(_swapped(tmp_path, "c4", _C4)).records
    got = [(a["text"], (a.get("date") or {}).get("label")) for a in rec["achievements"]]
    assert got == [("기본계획 수립 완료", "2022"), ("참여기업 협약 체결 완료", "2023")], got
    assert not any("기본계획" in str(t.get("rows")) for t in rec.get("tables") or []), rec.get("tables")


def test_years_head_and_column() -> None:
    assert years_head(["연도", "추진사항", "성과"])
    assert not years_head(["월", "추진사항", "성과"])  # a month's alone (months_column's)
    assert not years_head(["연도", "주요사업", "목표", "실적"])  # no content head after the year's
    assert years_column([["연도", "추진사항"], ["2022", "기본계획 수립"], ["2023년", "협약 체결"]]) == (
        [0],
        1,
    )
    assert years_column([["연도", "추진사항"], ["2022", "기본계획 수립"], ["3월", "협약 체결"]]) is None
    assert head_line_cells("연도 추진사항 성과".split(), True) == (1, 3)
    assert (
        head_line_cells("연도 추진사항 성과".split()) is None
    )  # only where the section prints only such tables


def test_a_years_table_under_a_row_of_the_block_stays_in_it() -> None:
    """A log row printing a side table's title right over it (``2024년  10월  문화관광 연도별 운영 실적``, a blank line
    between): the side table is one of the log's rows (hayan-district 12 -layout reads its 계 cell across the
    participants table only so), no note or caption sets it apart: the block goes on."""
    log = (
        "  연도          월                                  추진내용\n\n"
        "         연번                기업명                       분야               참여인원\n\n"
        "         1              ㈜하람모빌리티                  연구개발                     4\n\n"
        " 2024년        10월   문화관광 연도별 운영 실적\n\n"
        "         구분                2023년                 2024년                    계\n\n"
        "       취업자                  18                       36                   54\n"
    )
    lines = split_lines(log)
    years = next(i for i, ln in enumerate(lines) if "2023년" in ln.text)
    assert not years_head_below(lines, 0, years, cells_row)
    found = find_block(lines, 0)
    assert found is not None and "54" in lines[found[1]].text
