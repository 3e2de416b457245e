"""Mends of review-b's findings on session 33's merges (notes/tasks/s33/review-b-report.md), each a class:

- a heading naming plans (``연차별 추진계획``) over a yearly funding table read as plans: its unit line a plan, the
  real plans lost (extract/plans_funding_body.py decides from the body);
- header-labelled lines opening the overview moved to the header where the header held the field, or under a
  sub-project's name (extract/header_pairs_heading.py);
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
from pledgecard.normalize.periods import Period, periods

from conftest import make_line, shared_tools

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"
EUNSOL = HANDMADE / "eunsol-county-3-8.txt"


def _card(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    got = extract_file(path)
    assert len(got) == 1
    return got[0]


def _score(rec: dict) -> tuple[float, list]:
    score_card, wrong_figures = shared_tools()
    exp = json.loads((HANDMADE / "eunsol-county-3-8.expected.json").read_text(encoding="utf-8"))
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
    rows = [make_line("구  분      합 계      2023      2024"), make_line("국  비       6.4       3.2       3.2"),
            make_line("군  비       12.0      6.0       6.0"), make_line("계           18.4      9.2       9.2")]
    assert body_is_funding([unit, *rows])
    assert not body_is_funding([unit, *rows, make_line("빈집 10호 매입 : 2025. 하반기", "가.")])  # a plan item
    assert not body_is_funding([make_line("빈집 10호 매입 : 2025. 하반기", "가.")])
    assert not body_is_funding(rows)  # no money unit: no proof it is money


# -- header pairs opening the overview -------------------------------------------------------------------------

def _sub_project_card(drop_header: tuple[str, ...]) -> str:
    """eunsol with its header above Ⅰ (less the labels ``drop_header``) and a sub-project's lines opening Ⅰ."""
    lines = EUNSOL.read_text(encoding="utf-8").splitlines()
    i1 = next(k for k, ln in enumerate(lines) if ln.startswith("Ⅰ."))
    i2 = next(k for k, ln in enumerate(lines) if ln.startswith("Ⅱ."))
    header = [ln.split(".", 1)[1].strip() for ln in lines[i1 + 1:i2] if ln.strip()]
    header = [h for h in header if not h.startswith(drop_header)]
    sub = ["  가. 세부사업명 : 빈집 리모델링 1단계", "  나. 담당부서 : 건축허가과 (담당자 : 박하람, 054-730-5555)",
           "  다. 추진상황 : 완료"]
    body = lines[i2 + 1:]  # the overview's own lines, its heading Ⅱ dropped
    return "\n".join([*lines[:i1], *header, "", lines[i1], *sub, *body]) + "\n"


def test_a_sub_projects_lines_under_a_full_header_stay_unparsed(tmp_path: Path) -> None:
    rec = _card(tmp_path, _sub_project_card(()))
    assert rec["header"]["lead_dept"] == "인구정책과" and rec["header"]["contact_name"] == "임소율"
    assert rec["header"]["status"] == "추진중(부진)"
    assert [u["text"] for u in rec["unparsed"]] == ["세부사업명 : 빈집 리모델링 1단계",
                                                   "담당부서 : 건축허가과 (담당자 : 박하람, 054-730-5555)",
                                                   "추진상황 : 완료"]


def test_a_sub_projects_values_never_become_the_cards(tmp_path: Path) -> None:
    rec = _card(tmp_path, _sub_project_card(("담당부서", "추진상황")))
    h = rec["header"]
    assert (h["lead_dept"], h["contact_name"], h["contact_phone"], h["status"]) == (None, None, None, None)
    assert len(rec["unparsed"]) == 3


def test_pairs_move_only_to_fields_the_header_lacks() -> None:
    pairs = [make_line("담당부서 : 건축허가과", "가."), make_line("담당자 : 박하람", "나."),
             make_line("추진상황 : 완료", "다.")]
    held = [Section(name=None, heading=None, items=[make_line("담당부서 : 인구정책과")]),
            Section(name="overview", heading="공약 개요", items=list(pairs))]
    header_pairs_home(held)
    assert held[1].items == pairs and len(held[0].items) == 1
    free = [Section(name=None, heading=None, items=[make_line("관리번호 : 3-8")]),
            Section(name="overview", heading="공약 개요", items=list(pairs))]
    header_pairs_home(free)
    assert free[1].items == [] and len(free[0].items) == 4
    # a sub-project's name under a titled header: the title's field is held, nothing below it moves
    sub = [make_line("세부사업명 : 1단계", "가."), *pairs]
    titled = [Section(name=None, heading=None, items=[make_line("공 약 명 : 빈집 보금자리")]),
              Section(name="overview", heading="공약 개요", items=list(sub))]
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
    assert [(p.n, p.k) for p in periods(["2025년"] * 2 + ["2026년"] * 2, ["1", "2", "1", "2"]) or []] == \
        [(2, 1), (2, 2), (2, 1), (2, 2)]
    first = periods(["2025년"] * 2 + ["2026년"] * 4, ["1", "2", "1", "2", "3", "4"])
    assert first is not None and [p.n for p in first] == [2, 2, 4, 4, 4, 4]
