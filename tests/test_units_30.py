"""Money units proven later in the card, and the card's reporting point where a stack of headings is told apart.

- A funding table printing no unit, read before the card prints the budget that proves its unit (a budget sentence
  printed inside the funding section, read from the lines the table left; an overview printed under a later
  heading): once every section is read, the table is read again under the record as it then stands
  (extract/sections/funding_unit_later.py). Its amounts are read where the budget proves one unit a card counts
  in, said with ``extract.unit_inferred``; else they stay null with ``extract.unit_unproven``.
- A header printing each row of labels under its row of values (a booklet's header table): read as labels over
  values where the lines' content tells the arrangement (extract/sections/header_labels_under.py).
- A stack of headings whose numbers skip gives its text to the section it reads as by content, judged against
  the card's reporting point (extract/heading_stacks.py): dated work after it is plans, not achievements.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pledgecard.extract.card_results import Section
from pledgecard.extract.content_kinds import sections_as_of
from pledgecard.extract.document import Source
from pledgecard.extract.heading_stacks import stacked_headings
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.header_labels_under import labels_only, labels_under_values, values_only
from pledgecard.pipeline import card_results
from samples.unitless import family_variants

from conftest import make_line, shared_tools

_UNIT_CODES = ("extract.unit_inferred", "extract.unit_unproven")


def _read(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    [(card, findings)] = [(c.record, f) for c, f in card_results(read_path(path), str(path))]
    return card, findings


def _codes(findings: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        f["code"]: f.get("observed")
        for f in findings
        if f["code"] in _UNIT_CODES and f.get("location") == "funding"
    }


def test_unseen_unitless_cards_whose_budget_sentence_is_read_after_the_table_read_its_unit(
    tmp_path: Path,
) -> None:
    # nodeul-county prints its budget as a sentence inside the funding section (국비 29억 2천만원 … (총 66억 2천만원))
    # over a table counted in 천원 whose unit line the unit-less style deletes: 0.934 / 0.964 with the table null
    score_card, wrong_figures = shared_tools()
    paths = family_variants(tmp_path, ["nodeul-county"], ["txt"], count=4)
    assert len(paths) == 2
    for path in paths:
        expected = json.loads(path.with_name(path.name[: -len(".txt")] + ".expected.json").read_text("utf-8"))
        expected = expected[0] if isinstance(expected, list) else expected
        record, findings = _read(path)
        wrong = [f for f in wrong_figures.figures(expected, record) if f[3] is not None and f[2] != f[3]]
        assert wrong == []
        assert _codes(findings) == {"extract.unit_inferred": {"unit": "천원", "proof": "budget_total"}}
        assert record["funding"]["rows"] and all(
            a is not None for r in record["funding"]["rows"] for a in r["amounts_krw"]
        )
        assert score_card.score_record(expected, record).score() == 1.0


HEAD = """구청장 공약사업 추진 관리카드

■ 공약명 : 생활권 공원 녹지 확충
■ 관리번호 : Ⅰ-4
■ 주관부서 : 공원녹지과

"""
OVERVIEW = """{n}. 사업 개요
  가. 사업기간 : 2023. 1. ~ 2024. 12.
  나. {budget}

"""
FUNDING = """{n}. 재원투자 실적 및 계획
구분\t계\t2023\t2024
국비\t{a}\t{b}\t{c}
구비\t{d}\t{e}\t{f}
{after}
"""
TAIL = """3. 추진실적
○ 2023. 5. 실시설계 완료
"""
THOUSANDS = {"a": "600,000", "b": "200,000", "c": "400,000", "d": "600,000", "e": "300,000", "f": "300,000"}


def _card(tmp_path: Path, text: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    return _read(path)


def _amounts(record: dict[str, Any]) -> list[list[Any]]:
    return [r["amounts_krw"] for r in record["funding"]["rows"]]


def test_a_budget_sentence_printed_after_the_table_proves_its_unit(tmp_path: Path) -> None:
    text = (
        HEAD
        + OVERVIEW.format(n=1, budget="주요내용 : 공원 3개소 조성")
        + FUNDING.format(n=2, after="○ 국비 6억원, 구비 6억원 (총 12억원)", **THOUSANDS)
        + TAIL
    )
    record, findings = _card(tmp_path, text)
    assert record["overview"]["budget"]["total_krw"] == 1_200_000_000
    assert _amounts(record) == [
        [600_000_000, 200_000_000, 400_000_000],
        [600_000_000, 300_000_000, 300_000_000],
    ]
    assert _codes(findings) == {"extract.unit_inferred": {"unit": "천원", "proof": "budget_total"}}


def test_an_overview_printed_under_a_later_heading_proves_the_tables_unit(tmp_path: Path) -> None:
    text = (
        HEAD
        + FUNDING.format(n=1, after="", **THOUSANDS)
        + OVERVIEW.format(n=2, budget="총사업비 : 12억원 (국비 6억원, 구비 6억원)")
        + TAIL
    )
    record, findings = _card(tmp_path, text)
    assert _amounts(record)[0] == [600_000_000, 200_000_000, 400_000_000]
    assert _codes(findings) == {"extract.unit_inferred": {"unit": "천원", "proof": "budget_total"}}


def test_a_budget_read_later_that_the_tables_total_is_not_under_any_unit_leaves_it_null(
    tmp_path: Path,
) -> None:
    # 1,200,000 is 13억 under no unit: nothing proven, the bare amounts null
    text = HEAD + FUNDING.format(n=2, after="○ 국비 6억원, 구비 7억원 (총 13억원)", **THOUSANDS) + TAIL
    record, findings = _card(tmp_path, text)
    assert record["overview"]["budget"]["total_krw"] == 1_300_000_000
    assert all(a is None for row in _amounts(record) for a in row)
    assert set(_codes(findings)) == {"extract.unit_unproven"}


def test_a_budget_read_later_proving_a_unit_no_card_counts_in_leaves_the_table_null(tmp_path: Path) -> None:
    # 120 is 12억 only under 천만원, a unit no card prints: no proof
    tens = {"a": "60", "b": "20", "c": "40", "d": "60", "e": "30", "f": "30"}
    text = HEAD + FUNDING.format(n=2, after="○ 국비 6억원, 구비 6억원 (총 12억원)", **tens) + TAIL
    record, findings = _card(tmp_path, text)
    assert all(a is None for row in _amounts(record) for a in row)
    assert set(_codes(findings)) == {"extract.unit_unproven"}


def _at(line: int) -> Source:
    return Source(line_start=line, line_end=line)


def _stack(header: str) -> tuple[Section, Section]:
    plans = Section(name="plans", heading="6. 향후 추진계획", at=_at(256))
    ach = Section(
        name="achievements",
        heading="3. 추진실적",
        at=_at(258),
        items=[make_line("실시설계 용역 착수 : '25. 3.", "◆"), make_line("공사 준공 : '26. 12.", "◆")],
    )
    stacked_headings([Section(name=None, heading=None, items=[make_line(header)]), plans, ach])
    return plans, ach


def test_a_skipping_stacks_text_dated_after_the_reporting_point_goes_to_the_plans() -> None:
    plans, ach = _stack("(2024. 6. 30. 현재)")
    assert len(plans.items) == 2 and ach.items == []
    # no reporting point printed: dated work reads as achievements, as before
    plans, ach = _stack("공약사업 관리카드")
    assert plans.items == [] and len(ach.items) == 2


def test_the_cards_reporting_point_is_the_headers_else_the_latest_block_heading() -> None:
    header = Section(name=None, heading=None, items=[make_line("(2024. 6. 30. 현재)")])
    assert sections_as_of([header]) == "2024-06-30"
    blocks = Section(
        name="achievements",
        heading="3. 추진실적",
        items=[
            make_line("기 추진실적 ≪'24년 제2분기 누계≫", "▥"),
            make_line("기 추진실적 ≪'24년 제3분기 누계≫", "▥"),
        ],
    )
    assert sections_as_of([Section(name=None, heading=None), blocks]) == "2024-09-30"
    assert sections_as_of([Section(name=None, heading=None)]) is None


BOOKLET_HEAD = """운곡군수 공약 관리카드

  귀농·귀촌인 정착 지원 확대
  공  약  명
  5-81           농업정책과
  관 리 번 호    추 진 부 서
  최민호          820-3341
  담  당  자     전 화 번 호
  임기 내 완료    추진중(정상)
  실 천 목 표     추 진 상 황

□ 사업개요
 ㅇ 사업기간 : ’23.1월~’26.12월
 ㅇ 총사업비 : 4,800백만원(도비 960, 군비 3,840)

□ 추진실적
《’24.9월말 기준》
 ㅇ 귀농인 정착 지원 조례 개정 : ’23.3월
"""


def test_a_header_printing_each_label_row_under_its_values_reads_the_values_under_their_labels(
    tmp_path: Path,
) -> None:
    record, _ = _card(tmp_path, BOOKLET_HEAD)
    header = record["header"]
    assert (header["title"], header["mgmt_no"], header["lead_dept"]) == (
        "귀농·귀촌인 정착 지원 확대",
        "5-81",
        "농업정책과",
    )
    assert (header["contact_name"], header["contact_phone"]) == ("최민호", "820-3341")
    assert (header["target"], header["status_code"]) == ("임기 내 완료", "ongoing_normal")


def test_labels_over_values_stay_as_printed() -> None:
    # closing on a value line: labels over values (the title's line above them no value row)
    lines = [
        make_line(t)
        for t in (
            "공  약  명",
            "귀농·귀촌인 정착 지원 확대",
            "관 리 번 호    추 진 부 서",
            "5-81  농업정책과",
        )
    ]
    assert labels_under_values(lines) == lines
    # a label left with no value (an empty cell) opening the run: labels over values too
    lines = [
        make_line(t)
        for t in (
            "협 조 부 서",
            "귀농·귀촌인 정착 지원 확대",
            "공  약  명",
            "5-81  농업정책과",
            "관 리 번 호    추 진 부 서",
        )
    ]
    assert labels_under_values(lines) == lines
    # one value row over one label row tells no arrangement
    lines = [make_line(t) for t in ("5-81  농업정책과", "관 리 번 호    추 진 부 서")]
    assert labels_under_values(lines) == lines


def test_value_rows_over_label_rows_are_printed_as_label_rows_over_value_rows() -> None:
    texts = ("귀농·귀촌인 정착 지원 확대", "공  약  명", "5-81  농업정책과", "관 리 번 호    추 진 부 서")
    lines = [make_line(t) for t in texts]
    assert [ln.text for ln in labels_under_values(lines)] == [texts[1], texts[0], texts[3], texts[2]]
    assert (
        labels_only(lines[3]) and not labels_only(make_line("추진상황 점검 회의")) and values_only(lines[2])
    )


def test_a_titles_wrapped_words_over_a_label_row_are_no_value_row() -> None:
    # 공약명 : ... / 조성 사업 (its title's last words) / labels / values / a label left empty: as printed
    lines = [
        make_line(t)
        for t in (
            "공약명 : 도시숲 선도도시",
            "조성 사업",
            "관 리 번 호    추 진 부 서",
            "4-2  녹지과",
            "협 조 부 서",
        )
    ]
    assert labels_under_values(lines) == lines
