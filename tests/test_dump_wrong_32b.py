"""Session 32 (dumpwrong2): cards read as almost nothing, and wrong figures known in dumps.

A card whose title line carries no kind word (``연빛군 민선8기 군수 공약사업 추진상황``: it titles a card only right
above its header) over the pledge's own line (``[9-37] 어르신 돌봄 24시간 체계 구축``), the reporting date, then a
header naming neither the pledge nor its 관리번호 (``주관부서 … 담당자 … 연락처 …``): no title line and no 공약명 /
관리번호 label started a card, so the file held none (mutant 4161, ``python -m samples.mutate --start 4161 --cards 1
--formats txt,pdftotext,layout``: 0.004 in every format, ``NoCardFoundError``). The pledge's line right above its
header now starts the card (extract/pledge_line_start.py), the title line above it read as the card's kind: txt
0.004 -> 0.967, pdftotext 0.004 -> 0.824, no figure wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.card_sections import split_sections
from pledgecard.extract.card_split import split_cards
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line, item_text
from pledgecard.extract.sections.funding_pair_order import pairs_out_of_order
from pledgecard.extract.sections.funding_part_block import part_for_whole
from pledgecard.extract.sections.funding_year_cells import years_among_amounts
from pledgecard.extract.sections.goal_status_apart import status_run_after_rows
from pledgecard.extract.sections.goal_text_marks import goals_from_text
from pledgecard.scoring import load_records

from conftest import mutant_file, shared_tools


def _mutant(seed: int, fmt: str, tmp_path: Path) -> tuple[float, list[str]]:
    """Mutant ``seed``'s ``fmt`` dump made by the generator, read: its score and its wrong figures."""
    dump = mutant_file(seed, fmt, tmp_path)
    sc, wf = shared_tools()
    tally = sc.Tally()
    wrong: list[str] = []
    for e, g in zip(
        load_records(dump.with_name(f"mutant-{seed}-{fmt}.expected.json")), extract_file(dump), strict=True
    ):
        sc.score_record(e, g, tally)
        wrong += [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(e, g) if b is not None and b != a]
    return tally.score(), wrong


def _card(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source(line_start=n + 1)) for n, t in enumerate(texts)]


UNTITLED = (
    "연빛군 민선8기 군수 공약사업 추진상황",
    "[9-37] 어르신 돌봄 24시간 체계 구축",
    "(2025. 2/4분기 현재)",
    "주관부서 여성가족과 담당자 심하희 연락처 040-298-8444",
    "협조부서 복지정책과",
)


def test_the_pledges_own_line_over_a_header_without_its_name_starts_the_card() -> None:
    cards = split_cards(_card(*UNTITLED, "1. 사업개요", "○ 사업기간 : 2022. 7.～2026. 6."))
    assert [[it.text for it in c][:2] for c in cards] == [list(UNTITLED[:2])]


def test_a_booklet_of_such_cards_is_cut_at_each_pledge_line() -> None:
    body = ("1. 사업개요", "○ 사업기간 : 2022. 7.～2026. 6.")
    second = (UNTITLED[0], "[9-38] 어르신 일자리 확대", *UNTITLED[2:])
    cards = split_cards(_card(*UNTITLED, *body, *second, *body))
    assert [c[1].text for c in cards] == [UNTITLED[1], second[1]]


def test_a_numbered_line_amid_a_cards_body_starts_no_card() -> None:
    # (a pledge's line with no header under it: an item of the card, or a running page header)
    lines = _card(
        *UNTITLED, "1. 사업개요", "[9-37] 어르신 돌봄 24시간 체계 구축", "○ 사업기간 : 2022. 7.～2026. 6."
    )
    assert len(split_cards(lines)) == 1


def test_mutant_4161_is_read_in_every_text_dump(tmp_path: Path) -> None:
    floors = {"txt": 0.96, "pdftotext": 0.82, "layout": 0.99}
    for fmt, floor in floors.items():
        score, wrong = _mutant(4161, fmt, tmp_path / fmt)
        assert (score >= floor, wrong) == (True, []), (fmt, round(score, 3))


# A <YYYY>-marked goal table whose status column pdf2txt printed as a box of its own after the last row's target
# (bomi-county 23071's pdf2txt dump: the 2026 row read 추진중 and 68건, the 2025 row's cells): the run goes back
# to the rows in order only where the counts prove it (extract/sections/goal_status_apart.py). Before: 1 wrong
# figure (goals[1].actual_value None -> 68), 0.691; after: 0 wrong, 0.730.
MARKED = "주요사업 목표치 추진상황\n\n<2025>\n\n협약 체결(55건)\n\n<2026>\n\n프로그램 운영(10회)\n\n"


def test_a_status_run_after_the_last_target_goes_back_to_the_rows_in_order() -> None:
    goals = goals_from_text(MARKED + "추진중\n\n(68건)\n\n미착수\n\n연도별 투자 실적 및 계획\n")
    assert [(g["year"], g["target_value"], g["status"], g["actual_value"]) for g in goals] == [
        (2025, 55, "추진중", 68),
        (2026, 10, "미착수", None),
    ]


def test_a_status_run_short_of_the_rows_places_no_actual() -> None:
    for tail in ("추진중\n\n(68건)\n", "추진중\n\n(68건)\n\n완료\n\n(3건)\n\n미착수\n"):
        goals = goals_from_text(MARKED + tail)
        assert all(g["year"] != 2025 or g["actual_value"] is None for g in goals), tail
        assert run_after(MARKED, tail) is None


def test_text_between_two_statuses_is_no_run() -> None:
    assert run_after(MARKED, "추진중\n\n사업 추진 중\n\n미착수\n") is None


def run_after(head: str, tail: str) -> object:
    text = head + tail
    return status_run_after_rows([text.split("<2025>")[1].split("<2026>")[0], text.split("<2026>")[1]])


def test_bomi_county_23071_pdf2txt_reads_no_goal_figure_wrong(tmp_path: Path) -> None:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["bomi-county"]
    pdf = Path(write_file(tmp_path, f"{fam.name}-23071", "pdf", family_records(fam, 23071), fam.style))
    dump = tmp_path / "bomi-county-23071-pdf2txt.txt"
    dump.write_text(extract_text(str(pdf), laparams=LAParams()), encoding="utf-8")
    sc, wf = shared_tools()
    tally = sc.Tally()
    exp, got = load_records(pdf.with_name(pdf.stem + ".expected.json")), extract_file(dump)
    for e, g in zip(exp, got, strict=True):
        sc.score_record(e, g, tally)
        assert [(n, a, b) for _, n, a, b in wf.figures(e, g) if b is not None and b != a] == []
    assert tally.score() >= 0.72


# A funding table with its years down and 당초 / 변경 rows (mutant 4138, ``--formats pdftotext``): pdftotext printed
# the year cells scattered among the rows (``구분 2023 계`` / ``국비 2024`` / ``총사업비 2025 2026``), the amounts
# unformatted; the years ran as amounts of a row labelled 총사업비 (extract/sections/funding_year_cells.py). Before:
# 2 wrong (funding[계][2023] -> 2025, funding[계][총사업비] -> 2026), 0.644; after: 0 wrong, the funding null with an
# extract.section_empty finding, 0.644.
def test_year_cells_continuing_the_heads_years_are_no_amounts() -> None:
    assert years_among_amounts([["", "2023", "계"]], [["2024"], ["2025", "2026"]])


def test_amounts_that_happen_to_look_like_years_stay_amounts() -> None:
    assert not years_among_amounts([["", "2023", "2024", "계"]], [["2024", "1998", "4022"]])  # no run
    assert not years_among_amounts([["", "2023", "계"]], [["2024", "6642"]])  # one such cell: proves nothing
    assert not years_among_amounts([["", "총사업비", "계"]], [["2024", "2025"]])  # no year head


def test_pdftotext_mutant_4138_reads_no_year_as_an_amount(tmp_path: Path) -> None:
    score, wrong = _mutant(4138, "pdftotext", tmp_path)
    assert (wrong, score >= 0.64) == ([], True), round(score, 3)


# A goal table's head cell naming a section (추진상황) printed a line of its own by pdftotext, in a card marking
# its headings with a glyph (``⇻ 연차별 목표``) whose heading below, behind the same glyph, names that section
# (``⇻ 추진실적 및 향후계획``): the bare word opened the achievements inside the goals, the combined heading below
# became an item, and the first block under its side-by-side head (``그간 추진실적 | 향후 추진계획``) went to the
# plans (extract/card_heading_checks.py). Mutant 3982 pdftotext: before 0.396, 1 wrong (an achievement's count
# misplaced); after 0.940, 0 wrong.
def _marked(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def test_a_bare_section_word_amid_a_glyph_headed_cards_table_heads_nothing() -> None:
    lines = [
        _marked("연차별 목표", "⇻"),
        _marked("연도"),
        _marked("목표"),
        _marked("실적"),
        _marked("추진상황"),
        _marked("2020"),
        _marked("기업 지원(35개)"),
        _marked("34개"),
        _marked("추진실적 및 향후계획", "⇻"),
        _marked("그간 추진실적"),
        _marked("향후 추진계획"),
        _marked("기 추진실적 - '20.3/4분기 기준 누계", "☖"),
        _marked("세부 추진실적", "가."),
    ]
    names = [s.name for s in split_sections(lines)]
    assert names[names.index("goals") :] == ["goals", "plans", "achievements"]
    achievements = next(s for s in split_sections(lines) if s.name == "achievements")
    assert item_text(achievements.items[-1]) == "세부 추진실적"


def test_a_bare_section_word_heads_where_no_glyph_heading_below_names_it() -> None:
    lines = [_marked("연차별 목표", "⇻"), _marked("목표"), _marked("추진상황"), _marked("2020 추진중")]
    assert [s.name for s in split_sections(lines)][-2:] == ["goals", "achievements"]


def test_pdftotext_mutant_3982_reads_its_first_achievements_block(tmp_path: Path) -> None:
    score, wrong = _mutant(3982, "pdftotext", tmp_path)
    assert (wrong, score >= 0.93) == ([], True), round(score, 3)


# A funding table split by sub-project of which pdftotext left one block in the section (the next section's
# heading printed beside the table's continuation past a page break): the first sub-project's 소계 / 국비 / 시비
# read as the card's funding (extract/sections/funding_part_block.py). Mutant 4155 pdftotext: before 7 wrong
# (국비 2,211 -> 1,077 ...), 0.691; after 0 wrong, the rows null with extract.table_unrecovered, 0.683.
def _rows(*rows: tuple[str, str, list[int]]) -> list[dict]:
    return [{"label": lab, "source": src, "amounts_krw": list(v)} for lab, src, v in rows]


BLOCK = (
    ("소계", "total", [1671, 1042]),
    ("국비", "national", [1077, 827]),
    ("시비", "municipal", [594, 215]),
)


def test_a_lone_subtotal_block_under_a_sub_project_head_is_no_whole() -> None:
    assert part_for_whole(_rows(*BLOCK), None, ["구 분", "세부사업", "환승센터 조성", "재원"])  # type: ignore[arg-type]
    assert not part_for_whole(_rows(*BLOCK), None, ["구 분", "재원"])  # type: ignore[arg-type]


def test_the_overview_budget_tells_a_block_from_the_whole() -> None:
    assert part_for_whole(_rows(*BLOCK), ((2000, 800), 2800), [])  # type: ignore[arg-type]
    assert not part_for_whole(_rows(*BLOCK), ((1904, 809), 2713), ["세부사업"])  # type: ignore[arg-type]


def test_a_total_row_over_its_blocks_is_read_as_before() -> None:
    rows = _rows(("합계", "total", [10, 20]), *BLOCK)
    assert not part_for_whole(rows, None, ["세부사업"])  # type: ignore[arg-type]


def test_pdftotext_mutant_4155_reads_no_sub_projects_block_as_the_whole(tmp_path: Path) -> None:
    score, wrong = _mutant(4155, "pdftotext", tmp_path)
    assert (wrong, score >= 0.68) == ([], True), round(score, 3)


# A head of 계획 | 확보 | 집행 sub-columns under each period whose words pdftotext printed out of order (``확보 집행 계획
# 확보 계획 …``): dealt by that order, every period took another sub-column's cells (extract/sections/funding_pair_order.py).
# Mutant 4135 pdftotext: before 15 wrong (합계 14,614 -> 3,022 ...), 0.817; after 0 wrong, the funding null, 0.788.
def test_sub_heads_opening_with_a_second_figure_in_no_one_order_are_out_of_order() -> None:
    p, s = "plan", "second"
    assert pairs_out_of_order([s, s, p, s, p, s, s, p, s, s, p, s, s, p, s])
    assert not pairs_out_of_order([p, s, s, p, s, s])  # the plan first every period
    assert not pairs_out_of_order([s, p, s, p, s, p])  # 당초 | 변경: the plan in force second, every period
    assert not pairs_out_of_order([p, p, s, p, s])  # the total column's plan alone
    assert not pairs_out_of_order([])


def test_pdftotext_mutant_4135_places_no_sub_column_by_a_scrambled_head(tmp_path: Path) -> None:
    score, wrong = _mutant(4135, "pdftotext", tmp_path)
    assert (wrong, score >= 0.78) == ([], True), round(score, 3)
