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
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pledgecard.extract.readers.text_aligned_blocks import find_block
from pledgecard.extract.readers.text_block_bounds import before_group, years_head_below
from pledgecard.extract.readers.text_line_kinds import cells_row
from pledgecard.extract.readers.text_lines import split_lines
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
