"""Session 45, helper mendf13: what the review of h-famgen13 found, mended (reproducers /tmp/rev-famgen13/cN.py).

Classes fixed, by structure:

1. (c1, c1b: SILENT data loss) a page-top repeat of the card's header whose LAST label prints no value (``작성기준``
   alone, an empty cell) took the next content line for its value and dropped it: the goal row ``2022 ... 289호
   공급 180호`` vanished (not even in unparsed); inside the funding table the 도비 row went and every amount was
   null. Now the line after a label alone is taken as its value only in a true cell-a-line block (the value
   followed by another header line) and never a year alone, an amount, a rate or a ``(계속)`` caption
   (``card_split._cells_a_line``, ``header_cell_figures.content_figures``). Before -> after: c1 goals 2 -> 3,
   c1b funding amounts all null -> all read (도비 row back), 0 wrong.
2. (c9: wrong text) the same in a cell-a-line dump (hwpx-text-extract): the goal row's year ``2022`` taken as
   ``작성기준``'s value, the 2022 row given the next row's project and its figures left in unparsed. Now the
   year stays the row's: goals 2 (one with a wrong project) -> 3, each project right.
3. (c3 head-cell-unit: SILENT wrong money) ``funding_unit_home`` moved an overview's unit line into a funding
   section printing its own unit in a head cell (``구분(천원)``): every amount x1000 under 백만원. The line now
   moves only where the funding states no unit anywhere (a line, its heading, a bracketed unit in a cell):
   unit 백만원 -> 천원. (The codes have no finding for two disagreeing units; none is added.)

4. (c4, review item 4) a card opening at its title line (no header field) had the identity ``('', '')``, so its
   header printed again atop the next page opened a second card (saeron-city 100002 header_repeat +
   goals_continued): the identity is read from the card's own header block under the title
   (``card_split._identity_below``): cards 2 -> 1 (txt, pdf, hwpx, hwp), 0 wrong.

Also: the two famgen13 renderer-only tests gained extractor assertions in tests/test_famgen13_45.py.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file

from conftest import family_card, wrong_figure_count

_REPEAT = (
    "관리번호 1-31 공약명 농어촌 수요응답형 교통 확대\n\n주관부서 교통정책과 협조부서 대중교통과,홍보담당관,철도항공과\n\n"
    "담당자 권예재 전화 7060\n\n추진상황 대안추진 실천목표 단계별 추진\n\n작성기준\n\n"
)


def _nabi(tmp_path: Path) -> tuple[str, dict]:
    path, exp = family_card(tmp_path, "nabi-county", 125006, "txt")
    return path.read_text(encoding="utf-8"), exp


def _read(tmp_path: Path, name: str, text: str) -> list[dict]:
    out = tmp_path / name
    out.write_text(text, encoding="utf-8")
    return extract_file(out)


def test_an_empty_last_header_cell_takes_no_goal_row(tmp_path: Path) -> None:
    """c1: the repeat's 작성기준 alone, no (계속): the goal row under it stays a goal (before: dropped silently)."""
    src, exp = _nabi(tmp_path)
    head, rest = src.split("- 1 -", 1)
    assert "작성기준 2022. 6월 말 기준\n\n(계속)\n" in rest
    rest = rest.replace("작성기준 2022. 6월 말 기준\n\n(계속)\n", "작성기준\n", 1)
    [got] = _read(tmp_path, "c1.txt", head + "- 1 -" + rest)
    assert [(g["year"], g["target"], g["actual"]) for g in got["goals"]] == [
        (g["year"], g["target"], g["actual"]) for g in exp["goals"]
    ]
    assert wrong_figure_count(exp, got) == 0


def test_an_empty_last_header_cell_takes_no_funding_row(tmp_path: Path) -> None:
    """c1b: the repeat breaking the funding table before its 도비 row: the row stays (before: dropped, every
    amount null)."""
    src, exp = _nabi(tmp_path)
    a, b = src.split("도비 322,151", 1)
    [got] = _read(tmp_path, "c1b.txt", a + "- 1 -\n\n" + _REPEAT + "도비 322,151" + b)
    rows = {r["source"]: r["amounts_krw"] for r in got["funding"]["rows"]}
    assert rows == {r["source"]: r["amounts_krw"] for r in exp["funding"]["rows"]}
    assert all(v is not None for v in rows["provincial"])
    assert wrong_figure_count(exp, got) == 0


def test_a_cell_a_line_header_leaves_the_year_to_its_goal_row(tmp_path: Path) -> None:
    """c9: the header printed a cell a line, repeated, its last cell empty: the next line ``2022`` is the goal
    row's year, not 작성기준's value (before: eaten, the row's project the next row's, its figures unparsed)."""
    src, exp = _nabi(tmp_path)
    head, rest = src.split("- 1 -", 1)
    lines = [x for x in rest.replace("작성기준 2022. 6월 말 기준\n\n(계속)\n", "", 1).split("\n")]
    cut = next(k for k, x in enumerate(lines) if x.startswith("관리번호 1-31"))
    cells = [c for x in _REPEAT.split("\n") if x for c in _cells(x)]
    goal_at = next(k for k in range(cut, len(lines)) if lines[k].startswith("2022 "))
    year, *words = lines[goal_at].split(" ")
    row = [year, " ".join(words[:3]), " ".join(words[3:5]), words[5], words[6], words[7], " ".join(words[8:])]
    text = head + "- 1 -" + "\n".join(lines[:cut] + cells + row + lines[goal_at + 1 :])
    [got] = _read(tmp_path, "c9.txt", text)
    want = [(g["year"], g["target"], g["actual"], g["detail"]) for g in exp["goals"]]
    assert [(g["year"], g["target"], g["actual"], g["detail"]) for g in got["goals"]] == want
    assert wrong_figure_count(exp, got) == 0


def _cells(line: str) -> list[str]:
    """The header line's label and value cells, a line each (labels and values as the family prints them)."""
    pairs = {
        "관리번호 1-31 공약명 농어촌 수요응답형 교통 확대": [
            "관리번호",
            "1-31",
            "공약명",
            "농어촌 수요응답형 교통 확대",
        ],
        "주관부서 교통정책과 협조부서 대중교통과,홍보담당관,철도항공과": [
            "주관부서",
            "교통정책과",
            "협조부서",
            "대중교통과,홍보담당관,철도항공과",
        ],
        "담당자 권예재 전화 7060": ["담당자", "권예재", "전화", "7060"],
        "추진상황 대안추진 실천목표 단계별 추진": ["추진상황", "대안추진", "실천목표", "단계별 추진"],
        "작성기준": ["작성기준"],
    }
    return pairs[line]


def test_a_funding_head_cell_unit_wins_over_a_unit_line_above_the_heading(tmp_path: Path) -> None:
    """c3 head-cell-unit: an overview closing with ``(단위: 백만원)``, the funding table stating 천원 in its corner
    cell: the table's unit (before: 백만원, every amount x1000, no finding)."""
    src, exp = _nabi(tmp_path)
    old = "◑ Ⅱ) 재원 투자계획\n\n(단위: 천원)\n\n구분 연도별"
    assert old in src
    text = src.replace(old, "(단위: 백만원)\n\n◑ Ⅱ) 재원 투자계획\n\n구분(천원) 연도별", 1)
    [got] = _read(tmp_path, "c3.txt", text)
    assert got["funding"]["unit"] == "천원"
    assert [r["amounts_krw"] for r in got["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]
    assert wrong_figure_count(exp, got) == 0


def test_a_card_opening_at_its_title_knows_its_header_repeated_below(tmp_path: Path) -> None:
    """c4 (review item 4): saeron-city 100002 with ``header_repeat`` and ``goals_continued``: the card opens at its
    title line (no header field), so its identity was ``('', '')`` and the header printed again atop the next page
    opened a second card. The identity is now read from the card's own header block under the title: one card
    (before: two), its goals whole, 0 wrong."""
    for fmt in ("txt", "pdf"):
        path, exp = family_card(
            tmp_path / fmt, "saeron-city", 100002, fmt, header_repeat=True, goals_continued=True
        )
        got = extract_file(path)
        assert len(got) == 1, fmt
        assert [(g["year"], g["target"]) for g in got[0]["goals"]] == [
            (g["year"], g["target"]) for g in exp["goals"]
        ]
        assert wrong_figure_count(exp, got[0]) == 0, fmt
