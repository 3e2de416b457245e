"""Session 32's fresh sweep (mutated seeds 3360-3419 in PDF, HWPX and HWP, 4120-4159 in the text dump; crossbred
seeds 6313-6342): unit tests on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_87 and
tests/test_crossbreed.py SEEDS_87."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from tests.conftest import make_line


def test_a_bullet_glyph_before_a_number_glued_to_its_title_heads_a_section() -> None:
    """Mutant 4154 (text dump): section headings printed ``∙ (1)추진 배경 및 개요`` (a bullet glyph, then a number
    run into the title): the glued number kept in the title, no heading read, the body one header (0.145)."""
    from pledgecard.extract.card_headings import heading_of
    from pledgecard.extract.glyph_numbering import inner_numbering

    assert inner_numbering("(1)추진 배경 및 개요") == ("(1)", "추진 배경 및 개요")
    assert inner_numbering("1. 사업개요") == ("1.", "사업개요")
    assert inner_numbering("1.5억원 확보") is None  # a figure, no numbering
    assert inner_numbering("추진 배경 및 개요") is None
    assert heading_of(make_line("(1)추진 배경 및 개요", "∙")) == "overview"
    assert heading_of(make_line("(3)주요 성과", "∙")) == "achievements"
    assert heading_of(make_line("(2)교육생 지원", "∙")) is None  # a numbered item naming no section


def test_the_sections_of_a_card_headed_by_glyph_and_glued_number() -> None:
    from pledgecard.extract.card_sections import split_sections

    items = [
        make_line("(1)추진 배경 및 개요", "∙"),
        make_line("추진기간 : 2022. 7월～2026. 12월"),
        make_line("(3)주요 성과", "∙"),
        make_line("수소산업 실증센터 준공 : 2024. 6월", "⁍"),
        make_line("(5)향후 추진계획", "∙"),
        make_line("지원센터 운영 활성화 방안 마련 : 2025. 3/4분기"),
    ]
    names = [s.name for s in split_sections(items) if s.name is not None]
    assert names == ["overview", "achievements", "plans"]


_SPACED_NO_TOTAL = (
    "(단위: 백만원)",
    "구 분 연도별 투자 실적 및 계획",
    "2022년 2023년 2024년 2025년 2026년",
    "국 비 3 193 1 370 1 175 2 090 －",
    "도 비 6 027 8 560 6 138 4 800 2 056",
    "시 비 － 7 457 1 151 5 696 －",
)


def _budget(shares: tuple[int, ...], total: int) -> dict:
    labels = ("국비", "도비", "시비")
    return {
        "overview": {
            "budget": {
                "unit": "백만원",
                "total_krw": total * 1_000_000,
                "parts": [
                    {"label": lb, "amount_krw": s * 1_000_000} for lb, s in zip(labels, shares, strict=True)
                ],
            }
        }
    }


def test_a_spaced_table_printing_no_total_read_by_the_overview_shares() -> None:
    """Mutant 4120 (text dump): the years alone, thousands grouped by a space, no total row nor column: no sum to
    prove a grouping, the funding null though the overview names every row's share (총사업비 49,713백만원(국비
    7,828, 도비 27,581, 시비 14,304))."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    ctx = SectionContext(record=_budget((7_828, 27_581, 14_304), 49_713))
    f = extract_funding([make_line(t) for t in _SPACED_NO_TOTAL], ctx).value["funding"]
    assert [r["amounts_krw"] for r in f["rows"]] == [
        [3_193_000_000, 1_370_000_000, 1_175_000_000, 2_090_000_000, 0],
        [6_027_000_000, 8_560_000_000, 6_138_000_000, 4_800_000_000, 2_056_000_000],
        [0, 7_457_000_000, 1_151_000_000, 5_696_000_000, 0],
    ]


def test_a_spaced_table_no_share_proves_stays_null() -> None:
    """The same table beside a budget one row's share differs from: no proof, the rows null (no guess)."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    for record in (_budget((7_828, 27_581, 14_305), 49_714), {}):
        f = extract_funding([make_line(t) for t in _SPACED_NO_TOTAL], SectionContext(record=record)).value[
            "funding"
        ]
        assert all(v is None for r in f["rows"] for v in r["amounts_krw"])


def test_shares_table_takes_the_one_choice_the_shares_prove() -> None:
    from pledgecard.extract.sections.funding_spaced_shares import shares_table

    options = [[[3, 193], [3193, 0]], [[5, 6], [10, 0]]]
    assert shares_table(options, ((3193, 10), 3203)) == ([3193, 0], [10, 0])
    assert shares_table(options, ((3193, 10), 9999)) is None  # the shares are not the total's parts
    assert shares_table(options, ((3193, 12), 3205)) is None  # no choice of the second row sums a share
    assert shares_table([[[3, 193], [3193, 0]], [[5, 5], [10, 0]]], ((3193, 10), 3203)) is None  # two tables
    assert shares_table([[[1, 2]], [[2, 1]]], ((3, 3), 6)) == ([1, 2], [2, 1])
    assert shares_table(options, ((3193,), 3193)) is None  # fewer shares than rows: a row no share names


def test_the_reporting_point_in_the_header_table_beside_its_label() -> None:
    """Crossbred 6339 (PDF, HWPX, HWP): the reporting point printed only in the header table (보고기준일 |
    2024. 12. 31.): blocks of the achievements under headings of the section glyph could not be told from plans
    (achievements 0, 0.536)."""
    from pledgecard.extract.content_kinds import reporting_point

    cells = [
        Cell(0, 0, "추진상황"),
        Cell(0, 1, "정상추진"),
        Cell(0, 2, "보고기준일"),
        Cell(0, 3, "2024. 12. 31."),
        Cell(1, 0, "주관부서"),
        Cell(1, 1, "대중교통과"),
        Cell(1, 2, "담당자"),
        Cell(1, 3, "반석지"),
    ]
    assert reporting_point([Table(cells=cells, n_rows=2, n_cols=4)]) == "2024-12-31"
    no_date = [c if c.text != "2024. 12. 31." else Cell(0, 3, "-") for c in cells]
    assert reporting_point([Table(cells=no_date, n_rows=2, n_cols=4)]) is None


def test_plans_each_opening_with_a_time_some_vague() -> None:
    """Mutant 3413 (PDF, HWPX, HWP): plans opening with their time, one a date, two vague (하반기 중): no
    checklist read, the times kept in the texts and the date lost."""
    from pledgecard.extract.sections.plan_leading_times import leading_time
    from pledgecard.extract.sections.plans import extract_plans

    assert leading_time("하반기 중 캠핑장 실시설계 및 착공") == ("하반기 중", "캠핑장 실시설계 및 착공")
    assert leading_time("캠핑장 실시설계 및 착공") == ("", "캠핑장 실시설계 및 착공")
    plans = extract_plans(
        [
            make_line(t, "☐")
            for t in ("'27년 10월 체험객 대상 만족도 조사 실시", "하반기 중 캠핑장 실시설계 및 착공")
        ]
    ).value["plans"]
    assert [p["text"] for p in plans] == ["체험객 대상 만족도 조사 실시", "캠핑장 실시설계 및 착공"]
    assert plans[0]["date"]["label"] == "2027-10"
    assert plans[1]["date"]["raw"] == "하반기 중" and plans[1]["date"]["label"] is None
    # vague times alone are no checklist of dates: the texts stay as printed
    vague = extract_plans([make_line(t, "☐") for t in ("하반기 중 캠핑장 착공", "연중 홍보 추진")]).value[
        "plans"
    ]
    assert [p["text"] for p in vague] == ["하반기 중 캠핑장 착공", "연중 홍보 추진"]
