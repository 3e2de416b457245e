"""The extractor says what it missed: an empty section, a table of figures no section took, a card
whose printed characters were mostly not placed; and how much it placed (source.coverage)."""

from __future__ import annotations

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Cell, Document, Paragraph, Source, Table
from pledgecard.schema import validate_record

HEAD = [
    Paragraph(text="도지사 공약사업 관리카드", source=Source(line_start=1)),
    Paragraph(text="공약명 청년 주택 공급 관리번호 3-2", source=Source(line_start=2)),
]


def _card(*blocks: Paragraph | Table):  # type: ignore[no-untyped-def]
    [card] = extract_card_results(Document(blocks=[*HEAD, *blocks], format="hwpx", sha256="c" * 64))
    return card


def test_a_fully_read_card_has_full_coverage_and_no_findings() -> None:
    card = _card(
        Paragraph(text="추진실적", marker="□", source=Source(line_start=3)),
        Paragraph(text="부지 매입 : '23. 5.", marker="◦", source=Source(line_start=4)),
    )
    assert card.record["source"]["coverage"] == 1.0 and card.findings == []
    assert validate_record(card.record) == []  # source.coverage is in the shipped schema


def test_a_heading_with_nothing_read_under_it() -> None:
    card = _card(
        Paragraph(text="재원투자 계획", marker="□", source=Source(line_start=3)),
        Paragraph(text="추후 확정", source=Source(line_start=4)),
    )
    [f] = [f for f in card.findings if f["code"] == "extract.section_empty"]
    assert f["observed"] == "재원투자 계획" and f["location"] == "funding"  # the record part it concerns
    assert f["source_location"] == "line 4"  # where the card prints it


def test_a_table_of_figures_no_section_took() -> None:
    grid = [["구분", "1차", "2차"], ["인원", "24", "20"]]
    table = Table(
        cells=[Cell(row=i, col=j, text=t) for i, r in enumerate(grid) for j, t in enumerate(r)],
        n_rows=2,
        n_cols=3,
        source=Source(page=2),
    )
    card = _card(Paragraph(text="특이사항", marker="□", source=Source(line_start=3)), table)
    [f] = [f for f in card.findings if f["code"] == "extract.table_unassigned"]
    assert (
        f["location"] is None and f["source_location"] == "page 2"
    )  # under a heading no vocabulary names: the card's


def test_low_coverage_when_most_text_is_unplaced() -> None:
    lines = [
        Paragraph(text=f"분류되지 않은 긴 문장 {k}번째 내용입니다", source=Source(line_start=3 + k))
        for k in range(8)
    ]
    card = _card(Paragraph(text="참고자료", marker="□", source=Source(line_start=2)), *lines)
    share = card.record["source"]["coverage"]
    assert share < 0.9
    [f] = [f for f in card.findings if f["code"] == "extract.low_coverage"]
    assert f["observed"] == share


def _funding(unit_line: str | None):  # type: ignore[no-untyped-def]
    grid = [
        ["구분", "총사업비", "2023년", "2024년"],
        ["국비", "1,500", "700", "800"],
        ["도비", "500", "200", "300"],
    ]
    table = Table(
        cells=[Cell(row=i, col=j, text=t) for i, r in enumerate(grid) for j, t in enumerate(r)],
        n_rows=3,
        n_cols=4,
        source=Source(page=1),
    )
    blocks: list[Paragraph | Table] = [
        Paragraph(text="재원투자 계획", marker="□", source=Source(line_start=3))
    ]
    if unit_line:
        blocks.append(Paragraph(text=unit_line, source=Source(line_start=4)))
    return _card(*blocks, table)


def test_amounts_without_a_printed_unit_are_null_with_a_finding_not_won() -> None:
    card = _funding(None)
    rows = card.record["funding"]["rows"]
    assert [r["amounts_krw"] for r in rows] == [
        [None] * 3,
        [None] * 3,
    ]  # no unit printed nor proven: never won
    [f] = [f for f in card.findings if f["code"] == "extract.unit_unproven"]
    assert f["location"] == "funding" and f["severity"] == "warning" and f["source_location"] == "page 1"
    assert f["observed"]["cells"] == [[i, j] for i in range(2) for j in range(3)]


def test_amounts_with_a_unit_line_have_no_unit_finding() -> None:
    card = _funding("(단위 : 백만원)")
    assert card.record["funding"]["rows"][0]["amounts_krw"] == [1_500_000_000, 700_000_000, 800_000_000]
    assert [f for f in card.findings if f["code"] == "extract.unit_unprinted"] == []


def test_the_cards_one_unit_line_printed_away_from_the_table_is_its_unit() -> None:
    # a dump printed the funding table's unit line above the funding heading, under the overview
    unit = Paragraph(text="(단위 : 백만원)", source=Source(line_start=2))
    grid = [["구분", "총사업비", "2023년"], ["국비", "1,500", "1,500"]]
    table = Table(
        cells=[Cell(row=i, col=j, text=t) for i, r in enumerate(grid) for j, t in enumerate(r)],
        n_rows=2,
        n_cols=3,
        source=Source(page=1),
    )
    card = _card(
        Paragraph(text="사업개요", marker="□", source=Source(line_start=1)),
        unit,
        Paragraph(text="재원투자 계획", marker="□", source=Source(line_start=3)),
        table,
    )
    assert card.record["funding"]["rows"][0]["amounts_krw"] == [1_500_000_000, 1_500_000_000]
    assert [f for f in card.findings if f["code"] == "extract.unit_unprinted"] == []
    other = Paragraph(text="(단위 : 천원)", source=Source(line_start=4))
    card = _card(
        Paragraph(text="사업개요", marker="□", source=Source(line_start=1)),
        unit,
        other,
        Paragraph(text="재원투자 계획", marker="□", source=Source(line_start=5)),
        table,
    )
    assert card.record["funding"]["rows"][0]["amounts_krw"] == [
        None,
        None,
    ]  # two units: neither is the table's
    assert [f["location"] for f in card.findings if f["code"] == "extract.unit_unproven"] == ["funding"]
