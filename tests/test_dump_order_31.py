"""Tables printed out of their section in poppler's ``pdftotext`` default order (session 31).

moa-city prints its PDF two pages a sheet (2-up, 모아찍기). pdftotext's default mode does not read a sheet's lines
across both halves (no line holds text of both pages; there is no column to split at the gutter): it prints the
sheet's boxes in one order, the two pages' boxes merged by their height on the sheet, each a paragraph of its own
(extract/readers/text_sheets_across.py tells such a dump; extract.pages_interleaved says so on its cards). What is
read apart from that order, by the tables' own sums (extract/sections/funding_rows_amid.py):

- a funding table set years down that the page break cuts, its last rows (the 합계 among them) atop the right page,
  prints them a cell a line amid the left page's header cells, the table's heading, head and first rows last: they
  go back after the funding's own rows where the total row then sums every column and the periods run in order
  (moa-city 88002: the funding's last four rows unread before);
- a funding table read whole, its total row proving the sums, and the other page's channel table's cells printed
  after its rows before the next heading: set apart (read with the funding, they made rows wider than its head and
  left every amount null; moa-city 88004).

Each shape read from hand-made sections, then moa-city's committed and unseen cards dumped by the real converter
and scored, no figure wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_rows_amid import funding_cells_after_total, funding_rows_printed_amid

from conftest import pdftotext_scored

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _lines(*texts: str) -> list[Line]:
    out = []
    for t in texts:
        marker, text = ("-", "") if t == "-" else ("○", t[2:]) if t.startswith("○ ") else (None, t)
        out.append(Line(text=text, marker=marker, indent=0, source=Source()))
    return out


HEAD = ("(단위: 천원)", "구분", "계", "도비", "시비")
FIRST = ("기투자", "300", "-", "300", "2023년", "500", "200", "300")
LAST = ("2024년", "400", "100", "300", "합계", "1,200", "300", "900")


def _texts(sec: Section) -> list[str]:
    return [ln.full_text.strip() for ln in sec.items]  # type: ignore[union-attr]


def test_a_funding_tables_last_rows_printed_amid_the_header_go_back_after_its_rows() -> None:
    header = Section(name=None, heading=None, items=_lines("공약명", "청년 창업 지원", *LAST, "담당부서"))
    funding = Section(name="funding", heading="3. 연도별 재원 투입계획", items=_lines(*HEAD, *FIRST))
    funding_rows_printed_amid([header, funding])
    assert _texts(header) == ["공약명", "청년 창업 지원", "담당부서"]
    assert _texts(funding) == [*HEAD, *FIRST, *LAST]
    # a row a line moves as well
    header = Section(name=None, heading=None, items=_lines("2024년 400 100 300", "합계 1,200 300 900"))
    funding = Section(name="funding", heading="재원", items=_lines(*HEAD, *FIRST))
    funding_rows_printed_amid([header, funding])
    assert header.items == [] and _texts(funding)[-2:] == ["2024년 400 100 300", "합계 1,200 300 900"]


@pytest.mark.parametrize(
    "last",
    [
        ("2024년", "400", "100", "300", "합계", "1,200", "300", "990"),  # a column that does not sum
        ("2022년", "400", "100", "300", "합계", "1,200", "300", "900"),  # a year before the funding's own
        ("합계", "1,200", "300", "900"),  # the total row alone: no row of its own moves
    ],
)
def test_rows_the_sums_or_the_periods_do_not_prove_stay(last: tuple[str, ...]) -> None:
    header = Section(name=None, heading=None, items=_lines("공약명", *last))
    funding = Section(name="funding", heading="재원", items=_lines(*HEAD, *FIRST))
    funding_rows_printed_amid([header, funding])
    assert _texts(header) == ["공약명", *last] and _texts(funding) == [*HEAD, *FIRST]


def test_a_funding_table_with_its_total_row_takes_no_rows() -> None:
    header = Section(name=None, heading=None, items=_lines(*LAST[:4], "합계", "1,200", "300", "900"))
    funding = Section(name="funding", heading="재원", items=_lines(*HEAD, *FIRST, *LAST))
    funding_rows_printed_amid([header, funding])
    assert len(header.items) == 8 and _texts(funding) == [*HEAD, *FIRST, *LAST]


def test_cells_printed_after_a_funding_table_proven_whole_are_set_apart() -> None:
    tail = ("만족도조사", "전문가 자문", "기타", "-", "-", "3")
    sections = [
        Section(name=None, heading=None),
        Section(name="funding", heading="재원", items=_lines(*HEAD, *FIRST, *LAST, *tail)),
    ]
    funding_cells_after_total(sections)
    assert [s.name for s in sections] == [None, "funding", None]
    assert _texts(sections[1]) == [*HEAD, *FIRST, *LAST] and _texts(sections[2]) == [
        "만족도조사",
        "전문가 자문",
        "기타",
        "-",
        "-",
        "3",
    ]


@pytest.mark.parametrize(
    "tail",
    [
        ("○ 국비 확보 추진 중",),  # a bullet under the table: the funding's
        ("비율(%) 100.0 25.0 75.0",),  # a share row the sums leave out: the table's own (sinbi-county)
        ("비율(%)", "100.0", "25.0", "75.0"),  # the same a cell a line
        ("만족도조사", "3"),  # after rows the sums do not prove (below)
    ],
)
def test_lines_after_a_funding_table_stay_unless_cells_after_proven_rows(tail: tuple[str, ...]) -> None:
    rows = (*LAST[:-1], "901") if tail[0] == "만족도조사" else LAST
    sections = [
        Section(name=None, heading=None),
        Section(name="funding", heading="재원", items=_lines(*HEAD, *FIRST, *rows, *tail)),
    ]
    funding_cells_after_total(sections)
    assert len(sections) == 2 and _texts(sections[1]) == [*HEAD, *FIRST, *rows, *tail]


def _unseen(seed: int, tmp_path: Path) -> tuple[dict, dict, float, list[str]]:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["moa-city"]
    return pdftotext_scored(
        write_file(tmp_path, f"moa-city-{seed}", "pdf", family_records(fam, seed), fam.style), tmp_path
    )


def _funding_figures(rec: dict) -> list[list[int | None]]:
    return [row["amounts_krw"] for row in (rec["funding"] or {}).get("rows", [])]


def test_moa_committed_card_reads_its_funding_rows_printed_atop_the_sheet(tmp_path: Path) -> None:
    """moa-city 88002: the funding's 2023년 / 2024년 / 임기후 / 합계 rows printed amid the header's cells; before,
    those four periods unread (0.336); after, the whole table read (0.429)."""
    exp, rec, score, wrong = pdftotext_scored(FAMILIES / "moa-city" / "moa-city-88002-pdf.pdf", tmp_path)
    assert wrong == []
    assert [c["label"] for c in rec["funding"]["columns"]] == [c["label"] for c in exp["funding"]["columns"]]
    assert _funding_figures(rec) == _funding_figures(exp)
    assert score >= 0.42


def test_moa_unseen_card_reads_its_funding_before_the_channel_cells(tmp_path: Path) -> None:
    """moa-city 88004 (an unseen seed): the channel table's cells printed after the funding's total row; before, every
    amount null (0.768); after, the funding read whole (0.963)."""
    exp, rec, score, wrong = _unseen(88004, tmp_path)
    assert wrong == []
    assert _funding_figures(rec) == _funding_figures(exp)
    assert score >= 0.95
