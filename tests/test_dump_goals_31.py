"""Session 31, text dumps: headings and items broken right after their number (``라.`` on one line, its
title on the next: extract/readers/text_lone_markers.py), and goal tables printed a cell a line whose
spanning year cell prints after the rows it spans (extract/sections/goal_trailing_years.py)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_lone_markers import join_lone_markers
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import shared_tools

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"

# a heading or item number, then its short title (no colon, no digit): where a converter breaks the line
_HEAD = re.compile(r"^(\s*)((?:\d{1,2}|[가-하]|[ㄱ-ㅎ])[.)])[ \t]+([^:：\d]{2,18})$")


def _broken(src: Path, out: Path) -> int:
    """The card's txt with every heading and item number broken off its title onto a line of its own;
    the count of lines broken."""
    lines: list[str] = []
    n = 0
    for line in src.read_text(encoding="utf-8").splitlines():
        m = _HEAD.match(line)
        if m:
            lines += [m.group(1) + m.group(2), m.group(1) + m.group(3)]
            n += 1
        else:
            lines.append(line)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def _score(path: Path, expected: Path) -> tuple[float, list[str]]:
    sc, wf = shared_tools()
    tally = sc.Tally()
    wrong: list[str] = []
    exp, got = load_records(expected), extract_file(path)
    assert len(exp) == len(got)
    for e, g in zip(exp, got, strict=True):
        sc.score_record(e, g, tally)
        wrong += [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(e, g) if b is not None and b != a]
        wrong += wrong_goal_figures(e, g)
    return tally.score(), wrong


# before the fix (session 31): mulbit 62003 0.819, 62007 0.878, saebom 27003 0.821, 27004 0.863, nuri 15006
# 0.891: the group headings (``1)`` / ``인력양성``) lost, their items hung under the wrong parents
@pytest.mark.parametrize(
    "card",
    [
        "mulbit-city/mulbit-city-62003",
        "mulbit-city/mulbit-city-62007",
        "saebom-county/saebom-county-27003",
        "saebom-county/saebom-county-27004",
        "nuri-province/nuri-province-15006",
    ],
)
def test_headings_broken_after_their_number_read_as_the_card_printed_whole(card: str, tmp_path: Path) -> None:
    src = FAMILIES / f"{card}-txt.txt"
    expected = src.with_name(src.stem + ".expected.json")
    out = tmp_path / src.name
    assert _broken(src, out) >= 3
    shutil.copy(expected, tmp_path / expected.name)
    whole, _ = _score(src, expected)
    broken, wrong = _score(out, expected)
    assert wrong == []
    assert broken >= whole - 0.005, (round(broken, 3), round(whole, 3))


def _joined(*texts: str) -> list[str]:
    lines = [to_tline(k + 1, 1, t) for k, t in enumerate(texts)]
    return [ln.text for ln in join_lone_markers(lines) if ln.text]


def test_a_lone_number_joins_the_title_under_it_at_its_indent() -> None:
    assert _joined("라.", "주요 추진실적", "  1) 아이돌봄 용역 착수 : '25. 3.") == [
        "라. 주요 추진실적",
        "  1) 아이돌봄 용역 착수 : '25. 3.",
    ]
    assert _joined("  1)", "  인력양성", "", "  (2)", "", "  기업지원") == ["  1) 인력양성", "  (2) 기업지원"]


def test_numbers_that_open_no_title_stay_as_printed() -> None:
    # a bare figure (a table's cell), a bare numeral over a booklet part's title, a row number beside a
    # bulleted item, a column of numbers printed before their texts, a title left of its number,
    # a row of cells after it, two blank lines between
    for texts in (
        ["6", "인력양성"],
        ["Ⅰ", "농업·농촌 분야"],
        ["14.", "↳ 인력양성"],
        ["1)", "2)", "3)", "인력양성"],
        ["   1)", "인력양성"],
        ["1.", "기반조성  산업단지  추진중"],
        ["가.", "", "", "사업개요"],
    ):
        assert _joined(*texts) == [t for t in texts if t], texts


# a goal table printed a cell a line, its year column spanning two rows each: pdftotext printed the
# first year above its rows and the second after them (mutant 4099's pdftotext dump: the second year's
# rows were read as the first year's, four wrong goal figures)
HEAD = ["주요사업", "목표", "실적", "추진상황"]
ROWS = [
    ["재활용 선별장 조성", "1.7km", "1.6km", "완료"],
    ["탄소중립 지원사업", "237호 공급", "208호", "완료"],
    ["재활용 선별장 조성", "1.9km", "1.0km", "완료"],
    ["탄소중립 지원사업", "217호 공급", "158호", "완료"],
]


def test_a_year_printed_after_its_rows_goes_to_its_run_of_the_same_projects() -> None:
    lines = [*HEAD, "2021년", *[c for r in ROWS for c in r], "2022년"]
    got = goal_cells(lines)
    assert got is not None
    assert [(r.year, r.project, r.target) for r in got[0]] == [
        (2021, "재활용 선별장 조성", "1.7km"),
        (2021, "탄소중립 지원사업", "237호 공급"),
        (2022, "재활용 선별장 조성", "1.9km"),
        (2022, "탄소중립 지원사업", "217호 공급"),
    ]


def test_a_year_printed_after_rows_that_prove_no_runs_leaves_them_unread() -> None:
    # the runs name other projects: which rows the second year spans is not printed
    rows = [*ROWS[:3], ["도시숲 조성", "217호 공급", "158호", "완료"]]
    lines = [*HEAD, "2021년", *[c for r in rows for c in r], "2022년"]
    got = goal_cells(lines)
    assert got is None or got[0] == []
    # years before their rows, as most tables print them: read as printed
    lines = [*HEAD, "2021년", *ROWS[0], *ROWS[1], "2022년", *ROWS[2], *ROWS[3]]
    got = goal_cells(lines)
    assert got is not None
    assert [r.year for r in got[0]] == [2021, 2021, 2022, 2022]
