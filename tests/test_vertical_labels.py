"""Body tables whose label cells print their words a letter a line (Ⅲ / ) / 투 / 자 / 계 / 획), as
crossbred cards draw them (swept seeds 2160, 2192): the label's letters are joined into words, so the
label names its section (read as ``Ⅲ ) 투 자 계 획``, no vocabulary knew it: funding, goals and outreach
lost); and a label a page break cut inside its unit statement (``투자계획(단`` on one page, ``위:백만원)``
on the next, the content cell spanning both rows) is one label, its unit whole (its letters were read
as lines: ``백`` taken for the table's unit, every amount a ten-thousandth of itself)."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding import extract_funding

from conftest import make_table


def _letters(text: str) -> str:
    return "\n".join(text.replace(" ", ""))


FUNDING = make_table(
    [
        ["구분", "총사업비", "2025년", "2026년"],
        ["계", "300", "100", "200"],
        ["국비", "120", "40", "80"],
        ["시비", "180", "60", "120"],
    ]
)


def _body(labels: list[str], funding_rows: int = 1) -> Table:
    """A label column beside contents: the overview, the funding label (its content cell spanning
    ``funding_rows`` rows, the funding table nested in it) and the effects."""
    cells = [Cell(0, 0, _letters(labels[0])), Cell(0, 1, "○ 사업기간 : 2025. 1. ~ 2026. 12.")]
    cells.append(Cell(1, 0, _letters(labels[1])))
    cells.append(Cell(1, 1, "", row_span=funding_rows, nested=[FUNDING], blocks=[FUNDING]))
    for k, label in enumerate(labels[2:], start=2):
        cells.append(Cell(k, 0, _letters(label)))
    last = len(labels)
    cells += [Cell(last, 0, _letters("Ⅳ)기대효과")), Cell(last, 1, "○ 주민 삶의 질 향상")]
    return Table(cells=cells, n_rows=last + 1, n_cols=2)


def _headings(items: list) -> list[str]:  # type: ignore[type-arg]
    return [it.text for it in items if isinstance(it, Line) and it.heading]


def test_a_label_printed_a_letter_a_line_names_its_section() -> None:
    items = unpack_table(_body(["Ⅰ)사업개요", "Ⅲ)투자계획(단위:백만원)"]))
    assert _headings(items) == ["Ⅰ)사업개요", "Ⅲ)투자계획(단위:백만원)", "Ⅳ)기대효과"]
    assert [section_of(h) for h in _headings(items)] == ["overview", "funding", "effects"]
    [table] = [it for it in items if isinstance(it, Table)]
    assert table is FUNDING


def test_a_label_cut_inside_its_unit_statement_is_one_label_and_its_unit_read_whole() -> None:
    items = unpack_table(_body(["Ⅰ)사업개요", "Ⅲ)투자계획(단", "위:백만원)"], funding_rows=2))
    assert [section_of(h) for h in _headings(items)] == ["overview", "funding", "effects"]
    start = next(k for k, it in enumerate(items) if isinstance(it, Line) and section_of(it.text) == "funding")
    body = items[start + 1 : start + 2]
    assert body == [FUNDING]
    funding = extract_funding(body, SectionContext(heading=items[start].text)).value["funding"]
    assert funding["rows"][0]["amounts_krw"] == [300_000_000, 100_000_000, 200_000_000]


def test_a_label_of_words_is_read_as_printed() -> None:
    """A label printing words on its lines (사업 / 개요) keeps them apart: only letters are joined."""
    table = Table(
        cells=[
            Cell(0, 0, "사업\n개요"),
            Cell(0, 1, "○ 사업기간 : 2025. 1. ~ 2026. 12."),
            Cell(1, 0, "기대\n효과"),
            Cell(1, 1, "○ 주민 삶의 질 향상"),
        ],
        n_rows=2,
        n_cols=2,
    )
    assert _headings(unpack_table(table)) == ["사업 개요", "기대 효과"]
