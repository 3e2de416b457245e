"""Session 38, helper wrongs: silent wrong readings session 37's reviews left, each pinned by a reproducer built from
a committed family card (a text dump, one line changed) or by the cells OCR read, and each class by small inputs.

The classes pinned:
- a department cell printing the department's phone in brackets after it (``(주관) 농업기술센터 기술보급과 (☎
  944-6526)``, or with no role word) was a value of no kind: the department and the target swapped places
  (haeoreum-city 99001 txt, the cell changed). Now the cell is a department's (``header_value_kinds.value_kind``),
  the department read without the phone, the phone kept unread (``DEPT_PHONE``: no proof it is the contact's);
- a funding section holding two stacked runs of one-row tables (two sub-projects, each ``< 총사업비 >``, ``< 2024년
  >`` ... under its name): the first run was joined and read as the card's whole funding. Now no run is joined:
  funding null, said by an extract finding (byeori-county 98002 txt with a second sub-project);
- a scanned funding table's ``2,832백만원`` OCR'd ``2.832백만원`` beside ``22 453백만원`` (a comma read as a space)
  was read 1000x small (chorong-city 24009 scan): a cell's unit word is no part of its figure and a space-grouped
  sibling groups its thousands as a comma does (``money_grouping.point_for_comma``): null with its text;
- a typed budget part grouped by a point among commas (``시비 9.375`` under 백만원) read as 9,375 by the budget's own
  sum alone: now null with ``extract.reading_unproven`` unless the funding table proves it (test_scans_37 too);
- an achievement's bracketed date past its block's reporting point (``[’25. 3.]`` in a block as of ``’24. 3분기``):
  a plan's date, no item's: kept in its text, date null, ``extract.bracket_date_late``;
- a goal head ``2024년 목표`` over ``상반기 | 하반기 | 계``: goal_table_rows.spanned_header and goal_period_totals agree
  on it, and a 계 the halves do not sum to is null with ``extract.periods_unread`` (byeori-county 98002, a cell
  changed).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.goal_period_totals import period_total_header, unproven_totals
from pledgecard.extract.sections.goal_table_rows import spanned_header
from pledgecard.extract.sections.header_value_kinds import role_pairs, value_kind
from pledgecard.normalize.money_grouping import point_for_comma
from pledgecard.pipeline import card_results

from conftest import expected_scored

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
HAEOREUM = FAMILIES / "haeoreum-city" / "haeoreum-city-99001-txt.txt"
BYEORI = FAMILIES / "byeori-county" / "byeori-county-98002-txt.txt"


def _changed(
    src: Path, tmp_path: Path, name: str, old: str, new: str, exp: dict[str, Any] | None = None
) -> Path:
    """``src`` with its one line ``old`` made ``new``, written as ``name`` (its expected record ``exp`` beside it)."""
    text = src.read_text(encoding="utf-8")
    assert text.count(old) == 1
    out = tmp_path / f"{name}.txt"
    out.write_text(text.replace(old, new), encoding="utf-8")
    if exp is not None:
        (tmp_path / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
    return out


def _read(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    ((card, found),) = card_results(read_path(path), path.name)
    return card.record, found


def _expected(src: Path) -> dict[str, Any]:
    return json.loads(src.with_name(src.stem + ".expected.json").read_text(encoding="utf-8"))


# --- 1. a department and its phone in one cell ----------------------------------------------------------------------

ROLES = "(주관) 농업기술센터 기술보급과 (협조) 농업정책과"


def test_a_department_with_its_phone_is_a_department_s_value() -> None:
    for cell in (
        "(주관) 기술보급과 (☎ 944-6526)",
        "주관 : 기술보급과 (☎ 944-6526)",
        "기술보급과 (☎ 061-944-6526)",
    ):
        assert value_kind(cell) == "dept", cell
        assert role_pairs("lead_dept", cell)[0] == ("lead_dept", "기술보급과")
        assert role_pairs("lead_dept", cell)[1][0] not in ("contact_phone", "target")
    assert role_pairs("lead_dept", "(주관) 기술보급과 (☎ 944-6526) (협조) 농업정책과") == [
        ("lead_dept", "기술보급과"),
        ("dept_phone", "944-6526"),
        ("coop_depts", "농업정책과"),
    ]
    assert value_kind("홍길동 (☎ 033-249-3928)") != "dept"  # a person and a phone: no department
    assert value_kind("임기 내 추진") is None


def test_the_phone_after_the_department_swaps_no_field(tmp_path: Path) -> None:
    for k, cell in enumerate(
        ("(주관) 농업기술센터 기술보급과 (☎ 944-6526)", "농업기술센터 기술보급과 (☎ 944-6526)")
    ):
        exp = _expected(HAEOREUM)
        exp["header"]["coop_depts"] = []
        path = _changed(HAEOREUM, tmp_path, f"h1-phone-{k}", ROLES, cell, exp)
        _, got, score, wrong = expected_scored(path)
        header = got["header"]
        assert (header["lead_dept"], header["target"]) == ("농업기술센터 기술보급과", "임기 내 추진")
        assert header["contact_phone"] == "061-944-6526"  # the contact's own, printed with its label
        assert score == 1.0 and wrong == []


# --- 2. two sub-projects' stacked funding runs ----------------------------------------------------------------------

SECOND = """◦ 세부사업 2 : 돌봄인력 양성

< 총사업비 >

┌────────┬───────┬──────┬──────┬──────┐
│ 구분   │ 계    │ 국비 │ 도비 │ 군비 │
├────────┼───────┼──────┼──────┼──────┤
│ 사업비 │ 1,000 │ 400  │ 300  │ 300  │
└────────┴───────┴──────┴──────┴──────┘

< 2024년 >

┌────────┬───────┬──────┬──────┬──────┐
│ 구분   │ 계    │ 국비 │ 도비 │ 군비 │
├────────┼───────┼──────┼──────┼──────┤
│ 사업비 │ 1,000 │ 400  │ 300  │ 300  │
└────────┴───────┴──────┴──────┴──────┘

◎ Ⅲ. 추진실적"""


def test_two_stacked_runs_give_no_run_as_the_whole(tmp_path: Path) -> None:
    text = BYEORI.read_text(encoding="utf-8")
    text = text.replace("(단위: 백만원)\n", "(단위: 백만원)\n\n◦ 세부사업 1 : 돌봄센터 건립\n", 1)
    text = text.replace("◎ Ⅲ. 추진실적", SECOND, 1)
    path = tmp_path / "two-subs.txt"
    path.write_text(text, encoding="utf-8")
    record, found = _read(path)
    funding = record["funding"] or {}
    amounts = [a for r in funding.get("rows") or [] for a in r["amounts_krw"] if a is not None]
    assert amounts == []  # before: the first sub-project's run read as the card's funding (12,559 the whole)
    assert {f["code"] for f in found} & {"extract.table_unrecovered", "extract.table_unassigned"}
    # the card of one run is read whole, as before
    _, got, score, wrong = expected_scored(BYEORI)
    assert score == 1.0 and wrong == [] and got["funding"]["rows"][0]["amounts_krw"][0] == 12_559_000_000


# --- 3. a scan's comma read as a point, its siblings' as spaces -----------------------------------------------------


def test_a_point_among_space_grouped_cells_with_their_unit_is_a_misread_comma() -> None:
    # chorong-city 24009 scanned: the 시비 row as OCR read it, beside the 계 row's cells
    cells = ["22 453백만원", "3 898백만원", "2.356백만원", "2.832백만원", "153백만원", "'965백만원"]
    assert point_for_comma(cells) == {2, 3}
    assert point_for_comma(["10,654", "3.800"]) == {1}  # as before
    assert point_for_comma(["2.832백만원", "153백만원"]) == set()  # no sibling groups its thousands
    assert point_for_comma(["22 453백만원", "3.5백만원", "2.832백만원"]) == set()  # the table prints decimals
    assert point_for_comma(["2 4", "2.832"]) == set()  # a space before fewer than three digits groups nothing


# --- 5. a bracketed date past the reporting point -------------------------------------------------------------------

DONE = "· 어르신 돌봄 현장점검 실시 : 2024년 5월"


def test_a_bracketed_date_past_the_block_s_point_is_no_item_s_date(tmp_path: Path) -> None:
    for k, (tail, dated) in enumerate(
        ((" [’25. 3.]", False), (" [2025. 3월]", False), (" [’24. 8.]", True), (" : ’25. 3.", True))
    ):
        path = _changed(BYEORI, tmp_path, f"late-{k}", DONE, f"{DONE}\n\n· 돌봄센터 개소{tail}")
        record, found = _read(path)
        [item] = [a for a in record["achievements"] if a["text"].startswith("돌봄센터 개소")]
        late = [f for f in found if f["code"] == "extract.bracket_date_late"]
        if dated:  # by the point (’24. 3분기), or dated after a colon (the validator's date.after_as_of)
            assert item["date"] is not None and late == [], tail
        else:
            assert item["date"] is None and item["text"] == f"돌봄센터 개소{tail}" and len(late) == 1, tail


# --- 6. a target over the halves closed by their total ---------------------------------------------------------------

TOP = ["세부사업", "2024년 목표", "2024년 목표", "2024년 목표", "실적", "추진상황"]
SUBS = ["세부사업", "상반기", "하반기", "계", "실적", "추진상황"]


def test_both_readers_of_the_closed_halves_agree_and_an_unproven_total_is_null(tmp_path: Path) -> None:
    header = (["세부사업", "", "", "2024년 목표", "실적", "추진상황"], 2024)
    assert spanned_header(TOP, SUBS) == period_total_header(TOP, SUBS) == header
    body = [["가", "2", "2", "4.0km", "2.2km", "완료"], ["나", "145", "89", "300호", "190호", "추진중"]]
    assert unproven_totals([TOP, SUBS, *body]) == [(3, 3)]
    old = "│ 어르신 돌봄 지원사업 │ 145    │ 89     │ 234호 공급 │"
    path = _changed(BYEORI, tmp_path, "halves", old, old.replace("234호 공급", "300호 공급"))
    record, found = _read(path)
    targets = {g["project"]: g["target"] for g in record["goals"]}
    assert targets == {"공동육아나눔터 조성": "4.0km", "어르신 돌봄 지원사업": None}
    assert [f["observed"] for f in found if f["code"] == "extract.periods_unread"] == [
        {"spans": ["300호 공급"]}
    ]
