"""Mends of the review of session 29's hand-written-document fixes and section reads (h-mendhp), each on the
reviewer's input (tests/fixtures/review_hp/) or a case built here:

- a dated block heading holding a count inside its bracketed reporting point (``추진실적 (2023년 3분기 기준, 2개
  분야)``) is a block heading; an item's counts stand outside brackets, after years (headings.py);
- a table of years' totals under a heading printing a money unit but naming no funding (``지원기업 매출 현황
  (단위: 억원)``) is not the funding (content_kinds.names_funding, vocabulary ``[funding_names]``);
- an organisation line above a card naming another government than the card's (``대전광역시`` over a ``구청장``
  card) is not its issuer, and stays in the note on the text before the card (issuer_before.py);
- a unit line is the outreach counts' unit only right over the outreach table (outreach_unit.unit_line_over);
- goals_basis names every context field extract_goals reads.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.content_kinds import names_funding, reads_as_funding
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.issuer_before import agreeing_lines_before, title_unit
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.goals import extract_goals, goals_basis
from pledgecard.extract.sections.goals_ahead import read_goals_ahead, with_goals
from pledgecard.extract.sections.outreach_unit import unit_line_over
from pledgecard.extract.sections.registry import SECTIONS
from pledgecard.pipeline import card_results

from conftest import make_line, make_table

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "review_hp"
FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
HANDMADE = Path(__file__).resolve().parents[1] / "samples" / "handmade"


def _results(path: Path) -> list[tuple[Any, list[dict[str, Any]]]]:
    """Each card of the file with its findings, as the pipeline finishes them."""
    return card_results(read_path(path), str(path))


# ------------------------------------------------------------------------- (1) a count in a heading's brackets


@pytest.mark.parametrize(
    "line,name,label",
    [
        ("추진실적 (’24. 4분기 기준, 3개 사업)", "추진실적", "2024-Q4"),
        ("추진실적 (24.12월 기준 / 1개소)", "추진실적", "2024-12"),
        ("추진실적 (2023년 3분기 기준, 2개 분야)", "추진실적", "2023-Q3"),
    ],
)
def test_a_count_inside_the_heading_s_reporting_brackets_keeps_it_a_block_heading(
    line: str, name: str, label: str
) -> None:
    got = parse_group_heading(line)
    assert got is not None and got[0] == name and got[1] is not None and got[1]["label"] == label


def test_counts_after_years_outside_brackets_are_an_item() -> None:
    assert parse_group_heading("지원 실적 ’23년 148명, ’24년 163명") is None
    assert parse_group_heading("- 지원 실적 ’23년 148명, ’24년 163명") is None


def test_the_reviewer_s_dated_heading_with_a_count_files_the_quarter_s_achievements() -> None:
    (rec,) = extract_file(FIXTURES / "h2.txt")
    assert rec["card_id"] == "3-32@2023-Q3"
    q3 = [a for a in rec["achievements"] if (a.get("group_as_of") or {}).get("label") == "2023-Q3"]
    assert len(q3) == 22 and {a["group"] for a in q3} == {"추진실적"}


def test_the_handmade_item_counting_after_years_stays_an_item() -> None:
    (rec,) = extract_file(HANDMADE / "doc-moraenae-county-5-2.hwpx")
    assert any(a["text"] == "지원 실적 ’23년 148명, ’24년 163명" for a in rec["achievements"])


# ------------------------------------------------------------------------- (2) a money unit naming no funding

_SALES = [["구 분", "2023", "2024"], ["계", "120", "150"]]


def test_a_years_totals_table_under_a_heading_naming_no_funding_is_no_funding() -> None:
    assert not reads_as_funding([make_table(_SALES)], "나. 지원기업 매출 현황 (단위: 억원)")
    assert not reads_as_funding([make_line("(단위: 억원)"), make_table(_SALES)], "나. 지원기업 매출 현황")
    assert reads_as_funding([make_table(_SALES)], "나. 사업비 현황 (단위: 억원)")
    assert reads_as_funding(
        [make_table([["재원", "2023", "2024"], ["계", "120", "150"]])], "나. 현황 (단위: 억원)"
    )
    assert names_funding([], "재원 투자계획") and not names_funding([make_table(_SALES)], "매출 현황")


@pytest.mark.parametrize("name", ["f1.hwpx", "f2.hwpx"])
def test_the_reviewer_s_sales_table_is_not_the_funding(name: str) -> None:
    [(res, _)] = _results(FIXTURES / name)
    assert res.record["funding"] is None
    assert any("매출" in u["text"] or "매출" in (u.get("section") or "") for u in res.record["unparsed"])


# ------------------------------------------------------------------------- (3) the line above the first card


def test_a_cover_line_naming_another_government_is_not_the_card_s_issuer() -> None:
    [(res, findings)] = _results(FIXTURES / "i2.txt")
    assert res.record["header"].get("issuer") is None
    note = next(f for f in findings if f["code"] == "extract.text_before_card")
    assert note["observed"]["items"] == 2  # the organisation line is kept in the note


def test_an_organisation_line_agrees_with_the_card_s_title_unit_and_places() -> None:
    metro, district = make_line("대전광역시 정책기획관"), make_line("대전광역시 유성구 기획실")
    assert title_unit("구청장 공약사업 관리카드") == "구" and title_unit("도지사 공약 이행 관리카드") == "도"
    assert title_unit("공약사업 관리카드") is None
    assert agreeing_lines_before([metro], "구청장 공약사업 관리카드", []) == []
    assert agreeing_lines_before([district], "구청장 공약사업 관리카드", []) == [district]
    assert agreeing_lines_before([metro], "시장 공약사업 관리카드", []) == [metro]
    assert agreeing_lines_before([metro], "공약사업 관리카드", []) == [metro]  # the card names none
    # a header naming another place: not this government's card
    assert (
        agreeing_lines_before([district], "공약사업 관리카드", [make_line("담당부서 성북구 기획예산과")])
        == []
    )
    assert agreeing_lines_before(
        [district], "공약사업 관리카드", [make_line("담당부서 유성구 기획예산과")]
    ) == [district]


def test_the_byeori_pdf_keeps_its_issuer_from_the_line_above_and_says_so() -> None:
    [(res, findings)] = _results(HANDMADE / "doc-byeori-province-4-2.pdf")
    assert res.record["header"].get("issuer") == "벼리도"
    assert any(f["code"] == "extract.text_before_card" for f in findings)


# ------------------------------------------------------------------------- (4) the unit line over the table


def test_a_unit_line_over_another_table_is_not_the_outreach_unit() -> None:
    counts = make_table([["구분", "간담회", "언론보도"], ["실적", "2", "3"]])
    people = make_table([["구분", "간담회"], ["참석인원", "85"]])
    unit = make_line("(단위 : 명)")
    got: dict[str, Any] = {"unit": None, "total": 5, "items": []}
    assert unit_line_over([counts, unit, people], counts, got) == [unit, people] and got["unit"] is None
    over = make_line("(단위 : 회)")
    assert unit_line_over([over, counts, unit, people], counts, got) == [unit, people] and got["unit"] == "회"


def test_the_reviewer_s_participants_unit_line_stays_with_its_table() -> None:
    [(res, _)] = _results(FIXTURES / "m1.hwpx")
    assert res.record["outreach"]["unit"] == "회"
    assert any(u["text"] == "(단위 : 명)" for u in res.record["unparsed"])


# ------------------------------------------------------------------------- (5) the goals read's basis


class _Reads:
    """A context standing for ``ctx`` that records which of its fields are read (its methods run on the proxy,
    so the fields they read are recorded too)."""

    def __init__(self, ctx: SectionContext) -> None:
        object.__setattr__(self, "_ctx", ctx)
        object.__setattr__(self, "read", set())

    def __getattr__(self, name: str) -> Any:
        attr = getattr(type(self._ctx), name, None)
        if callable(attr):
            return attr.__get__(self)
        self.read.add(name)
        return getattr(self._ctx, name)


@pytest.mark.parametrize(
    "card",
    [
        "sora-city/sora-city-20004-txt.txt",
        "nodeul-county/nodeul-county-39005-hwpx.hwpx",
        "doran-city/doran-city-63004-pdf.pdf",
    ],
)
def test_goals_basis_names_every_field_the_goals_read_reads(
    card: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = FAMILIES / card
    spec = SECTIONS["goals"]
    seen: list[tuple[set[str], set[str]]] = []

    def recording(items: list[Any], ctx: Any = None) -> Any:
        if ctx is not None:
            goals, basis = _Reads(ctx), _Reads(ctx)
            extract_goals(list(items), goals)  # type: ignore[arg-type]
            goals_basis(basis)  # type: ignore[arg-type]
            seen.append((goals.read, basis.read))
        return spec.extract(items, ctx)

    monkeypatch.setitem(SECTIONS, "goals", replace(spec, extract=recording))
    extract_file(path)
    assert seen
    for goals_read, basis_read in seen:
        assert goals_read and goals_read <= basis_read, goals_read - basis_read


def test_the_goals_printed_after_the_achievements_are_read_ahead() -> None:
    from pledgecard.extract.card_results import Section

    goals = make_table(
        [["세부사업", "연도", "목표", "실적"], ["아이돌봄 지원사업", "2024", "2개소", "1개소"]]
    )
    sections = [
        Section(name="achievements", heading="추진실적", items=[]),
        Section(name="goals", heading="목표 달성", items=[goals]),
    ]
    record: dict = {"goals": []}
    known = with_goals(record, read_goals_ahead(sections, 0, SectionContext(record=record)))
    assert [g["project"] for g in known["goals"]] == ["아이돌봄 지원사업"] and record == {"goals": []}
    assert with_goals(record, read_goals_ahead(sections[:1], 0, SectionContext(record=record))) is record
