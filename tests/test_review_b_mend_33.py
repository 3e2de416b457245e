"""Mends of review-b's findings on session 33's merges (notes/tasks/s33/review-b-report.md), each a class:

- a heading naming plans (``연차별 추진계획``) over a yearly funding table read as plans: its unit line a plan, the
  real plans lost (extract/plans_funding_body.py decides from the body);
- header-labelled lines opening the overview moved to the header where the header held the field, or under a
  sub-project's name (extract/header_pairs_heading.py);
- a sheet's part with one row printing a figure in a cell of its own rejected whole, its items a side table or
  one unparsed blob (extract/sections/item_dated_rows.py);
- a schedule's last year numbered past the year's count read as a partial year, and a quarterly schedule ending
  at Q2 read as half-years (normalize/periods.py).

The cards are the handmade eunsol-county-3-8 changed as the review changed it, scored against its expected record.
"""

from __future__ import annotations

import json
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.card_results import Section
from pledgecard.extract.header_pairs_heading import header_pairs_home
from pledgecard.extract.plans_funding_body import body_is_funding
from pledgecard.extract.sections.item_dated_rows import dated_row_lines
from pledgecard.normalize.periods import Period, periods

from conftest import make_line, make_table, shared_tools

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"
EUNSOL = HANDMADE / "eunsol-county-3-8.txt"


def _card(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    got = extract_file(path)
    assert len(got) == 1
    return got[0]


def _score(rec: dict, card: str = "eunsol-county-3-8") -> tuple[float, list]:
    score_card, wrong_figures = shared_tools()
    exp = json.loads((HANDMADE / f"{card}.expected.json").read_text(encoding="utf-8"))
    t = score_card.score_record(exp, rec)
    return t.score(), [f for f in wrong_figures.figures(exp, rec) if f[3] is not None and f[2] != f[3]]


# -- a plans heading over a funding table ----------------------------------------------------------------------


def test_a_funding_table_under_a_plans_heading_is_the_funding(tmp_path: Path) -> None:
    text = EUNSOL.read_text(encoding="utf-8")
    heading = next(ln for ln in text.splitlines() if ln.startswith("Ⅲ."))
    rec = _card(tmp_path, text.replace(heading, "Ⅲ. 연차별 추진계획"))
    score, wrong = _score(rec)
    assert score == 1.0 and wrong == []
    assert [p["text"] for p in rec["plans"]] == ["3단계 빈집 10호 매입", "입주자 정착 지원 프로그램 운영"]
    assert rec["unparsed"] == [] and len(rec["funding"]["rows"]) == 4


def test_the_body_decides_funding_or_plans() -> None:
    unit = make_line("(단위 : 억원)")
    rows = [
        make_line("구  분      합 계      2023      2024"),
        make_line("국  비       6.4       3.2       3.2"),
        make_line("군  비       12.0      6.0       6.0"),
        make_line("계           18.4      9.2       9.2"),
    ]
    assert body_is_funding([unit, *rows])
    assert not body_is_funding(
        [unit, *rows, make_line("빈집 10호 매입 : 2025. 하반기", "가.")]
    )  # a plan item
    assert not body_is_funding([make_line("빈집 10호 매입 : 2025. 하반기", "가.")])
    assert not body_is_funding(rows)  # no money unit: no proof it is money


# -- header pairs opening the overview -------------------------------------------------------------------------


def _sub_project_card(drop_header: tuple[str, ...]) -> str:
    """eunsol with its header above Ⅰ (less the labels ``drop_header``) and a sub-project's lines opening Ⅰ."""
    lines = EUNSOL.read_text(encoding="utf-8").splitlines()
    i1 = next(k for k, ln in enumerate(lines) if ln.startswith("Ⅰ."))
    i2 = next(k for k, ln in enumerate(lines) if ln.startswith("Ⅱ."))
    header = [ln.split(".", 1)[1].strip() for ln in lines[i1 + 1 : i2] if ln.strip()]
    header = [h for h in header if not h.startswith(drop_header)]
    sub = [
        "  가. 세부사업명 : 빈집 리모델링 1단계",
        "  나. 담당부서 : 건축허가과 (담당자 : 박하람, 054-730-5555)",
        "  다. 추진상황 : 완료",
    ]
    body = lines[i2 + 1 :]  # the overview's own lines, its heading Ⅱ dropped
    return "\n".join([*lines[:i1], *header, "", lines[i1], *sub, *body]) + "\n"


def test_a_sub_projects_lines_under_a_full_header_stay_unparsed(tmp_path: Path) -> None:
    rec = _card(tmp_path, _sub_project_card(()))
    assert rec["header"]["lead_dept"] == "인구정책과" and rec["header"]["contact_name"] == "임소율"
    assert rec["header"]["status"] == "추진중(부진)"
    assert [u["text"] for u in rec["unparsed"]] == [
        "세부사업명 : 빈집 리모델링 1단계",
        "담당부서 : 건축허가과 (담당자 : 박하람, 054-730-5555)",
        "추진상황 : 완료",
    ]


def test_a_sub_projects_values_never_become_the_cards(tmp_path: Path) -> None:
    rec = _card(tmp_path, _sub_project_card(("담당부서", "추진상황")))
    h = rec["header"]
    assert (h["lead_dept"], h["contact_name"], h["contact_phone"], h["status"]) == (None, None, None, None)
    assert len(rec["unparsed"]) == 3


def test_pairs_move_only_to_fields_the_header_lacks() -> None:
    pairs = [
        make_line("담당부서 : 건축허가과", "가."),
        make_line("담당자 : 박하람", "나."),
        make_line("추진상황 : 완료", "다."),
    ]
    held = [
        Section(name=None, heading=None, items=[make_line("담당부서 : 인구정책과")]),
        Section(name="overview", heading="공약 개요", items=list(pairs)),
    ]
    header_pairs_home(held)
    assert held[1].items == pairs and len(held[0].items) == 1
    free = [
        Section(name=None, heading=None, items=[make_line("관리번호 : 3-8")]),
        Section(name="overview", heading="공약 개요", items=list(pairs)),
    ]
    header_pairs_home(free)
    assert free[1].items == [] and len(free[0].items) == 4
    # a sub-project's name under a titled header: the title's field is held, nothing below it moves
    sub = [make_line("세부사업명 : 1단계", "가."), *pairs]
    titled = [
        Section(name=None, heading=None, items=[make_line("공 약 명 : 빈집 보금자리")]),
        Section(name="overview", heading="공약 개요", items=list(sub)),
    ]
    header_pairs_home(titled)
    assert titled[1].items == sub


# -- periods ---------------------------------------------------------------------------------------------------


def test_a_last_run_longer_than_a_year_is_no_period() -> None:
    assert periods(["2024년"] * 2 + ["2025년"] * 3, ["1", "2", "1", "2", "3"]) is None
    assert periods(["2024년"] * 3 + ["2025년"] * 2, ["1", "2", "3", "1", "2"]) is None  # 3 after 2: no count


def test_a_quarterly_schedule_ending_at_q2_is_quarters() -> None:
    got = periods(["2025년"] * 4 + ["2026년"] * 2, ["1분기", "2분기", "3분기", "4분기", "1분기", "2분기"])
    assert got is not None and [(p.year, p.n, p.k) for p in got][-2:] == [(2026, 4, 1), (2026, 4, 2)]
    assert got[-1].bounds() == Period(2026, 4, 2, "").bounds()
    # half-years throughout stay half-years; a first run of halves before a year of quarters is its own
    assert [(p.n, p.k) for p in periods(["2025년"] * 2 + ["2026년"] * 2, ["1", "2", "1", "2"]) or []] == [
        (2, 1),
        (2, 2),
        (2, 1),
        (2, 2),
    ]
    first = periods(["2025년"] * 2 + ["2026년"] * 4, ["1", "2", "1", "2", "3", "4"])
    assert first is not None and [p.n for p in first] == [2, 2, 4, 4, 4, 4]


# -- a sheet's part with a figure in a cell of its own ---------------------------------------------------------

SHEET = HANDMADE / "cheongram-city-sheet-2-9.txt"


def _split_cell(text: str, figure: str, extra: str = "") -> str:
    """The sheet with the row holding ``figure`` in its text printing it in a cell of its own."""
    lines = text.splitlines()
    k = next(k for k, ln in enumerate(lines) if figure in ln)
    cells = lines[k].split("\t")
    j = next(j for j, c in enumerate(cells) if c.endswith(figure))
    cells[j : j + 2] = [cells[j][: -len(figure)].strip(), extra + figure]
    lines[k] = "\t".join(cells)
    return "\n".join(lines) + "\n"


def test_a_parts_row_with_its_count_in_a_cell_of_its_own_stays_an_item(tmp_path: Path) -> None:
    text = SHEET.read_text(encoding="utf-8")
    count = next(w for ln in text.splitlines() for w in ln.split() if w[:1].isdigit() and w.endswith("명"))
    rec = _card(tmp_path, _split_cell(text, count))
    score, wrong = _score(rec, "cheongram-city-sheet-2-9")
    assert score == 1.0 and wrong == []
    assert rec["tables"] == [] and rec["unparsed"] == []


def test_figures_in_cells_of_their_own_join_the_rows_text() -> None:
    table = make_table(
        [
            ["노선 운행 개시", "2024. 3."],
            ["이용 누적", "18,420명"],
            ["노선 확대 운행", "2025. 4."],
            ["콜센터 개소", "2024. 5."],
            ["차량 구입", "2026. 6.", "200"],
        ]
    )
    lines = dated_row_lines(table, "\u2063")
    assert lines is not None
    assert [ln.text for ln in lines] == [
        "노선 운행 개시 : 2024. 3.",
        "이용 누적 18,420명",
        "노선 확대 운행 : 2025. 4.",
        "콜센터 개소 : 2024. 5.",
        "차량 구입 200 : 2026. 6.",
    ]
    # rows of figures as many as the others: a table of its own; a second text or date: a table of its own
    assert (
        dated_row_lines(make_table([["국비", "1,200"], ["도비", "600"], ["준공", "2025. 4."]]), "\u2063")
        is None
    )
    assert (
        dated_row_lines(make_table([["착공", "2024. 3.", "2024. 5."], ["준공", "2025. 4."]]), "\u2063")
        is None
    )
    assert (
        dated_row_lines(make_table([["착공", "2024. 3.", "완료 예정"], ["준공", "2025. 4."]]), "\u2063")
        is None
    )


# -- a goal row whose year cell is merged ----------------------------------------------------------------------


def _goal_row_after(text: str, year: str, row: str) -> str:
    """The sheet with ``row`` (its label and year cells blank) after the goal row of ``year``."""
    lines = text.splitlines()
    k = next(k for k, ln in enumerate(lines) if ln.split("\t")[1:2] == [year])
    return "\n".join([*lines[: k + 1], row, *lines[k + 1 :]]) + "\n"


def test_a_goal_row_under_a_merged_year_cell_gets_the_year_above(tmp_path: Path) -> None:
    text = SHEET.read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines()]
    years = [r[1] for r in rows if r[1:2] and len(r[1]) == 4 and r[1].isdigit()]
    first = next(r for r in rows if r[1:2] == [years[0]])
    # the first year's row again, its label and year cells blank and its target and actual new
    row = "\t".join(["", "", "이용 1만명", *first[3:4], "1.2만명", *first[5:]])
    rec = _card(tmp_path, _goal_row_after(text, years[0], row))
    assert [g["year"] for g in rec["goals"]] == [int(years[0]), int(years[0]), *map(int, years[1:])]
    # a blank year cell after the last year's row: no year proven (a closing row is no year's)
    rec = _card(tmp_path, _goal_row_after(text, years[-1], row))
    assert [g["year"] for g in rec["goals"]] == [*map(int, years), None]
