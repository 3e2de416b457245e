"""A block under an unknown heading judged by its items (samples/families dajim-district txt): a group's title
over the deeper items it gathers and a side table a dump printed a row a line carry no date of their own, so
they do not outvote the dated items (the achievements block was named by no content before: 0.540 -> 0.951
with unknown headings)."""

from __future__ import annotations

from pledgecard.extract.content_items import item_lines
from pledgecard.extract.content_kinds import kind_by_content, reads_as_funding
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding import extract_funding


def _lines(*texts: str) -> list[Line]:
    out = []
    for t in texts:
        marker, _, rest = t.partition(" ")
        if marker in ("◇", "○", "－"):
            out.append(Line(text=rest, marker=marker, indent=0, source=Source()))
        else:
            out.append(Line(text=t, marker=None, indent=0, source=Source()))
    return out


BLOCK = (
    "◇ 2026. 6. 30.",
    "○ 분야별 추진 현황",
    "연번 분야 대상시설 추진상황",
    "1 기반조성 실증센터 계획",
    "2 홍보 산업단지 추진중",
    "3 기업지원 실증센터 계획",
    "○ 실증센터 운영",
    "－ 실시설계 용역 완료 : 2026. 6월",
    "○ 지원 분야",
    "－ 준공 : 2026. 4",
    "－ 공모사업 최종 선정 : 2026. 6",
    "－ 참여기업 협약 : 2026. 5",
)


def test_titles_and_side_table_rows_are_no_items() -> None:
    got = [ln.full_text for ln in item_lines(_lines(*BLOCK))]
    assert got == [
        "◇ 2026. 6. 30.",
        "○ 분야별 추진 현황",
        "－ 실시설계 용역 완료 : 2026. 6월",
        "－ 준공 : 2026. 4",
        "－ 공모사업 최종 선정 : 2026. 6",
        "－ 참여기업 협약 : 2026. 5",
    ]
    # a title with no deeper item under it is an item; one numbered row under a head is no table
    assert len(item_lines(_lines("○ 실증센터 운영", "○ 준공 : 2026. 4"))) == 2
    assert (
        len(item_lines(_lines("연번 분야 대상시설 추진상황", "1 기반조성 실증센터 계획", "○ 준공 : 2026. 4")))
        == 3
    )


def test_a_block_of_dated_items_under_titles_and_a_side_table_is_the_achievements() -> None:
    kw = {"taken": {"overview", "funding"}, "after": ["overview", "funding"]}
    assert kind_by_content(_lines(*BLOCK), as_of="2026-06-30", **kw) == "achievements"
    # the same items dated after the reporting point are plans
    later = [t.replace("2026.", "2027.") for t in BLOCK]
    assert kind_by_content(_lines(*later), as_of="2026-06-30", **kw) == "plans"
    # the titles and rows alone, no dated item: undecided
    assert kind_by_content(_lines(*BLOCK[1:7]), as_of="2026-06-30", **kw) is None


def _table(rows: list[list[str]]) -> Table:
    return Table(
        cells=[Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(rows[0]),
    )


def test_the_funding_told_as_its_two_margins_reads_as_funding() -> None:
    """dajim-district pdf with unknown headings (0.919 -> 1.000): the years' totals and the sources' totals, two
    tables under a unit line, are the funding by content, the sources' periods null as printed (none)."""
    unit = Line(text="연도별 재원소요(단위:백만원)", marker="-", indent=0, source=Source())
    years = _table(
        [["구분", "계", "2025", "2026", "임기후"], ["총 계", "27,815", "10,000", "15,000", "2,815"]]
    )
    sources = _table(
        [
            ["구분", "계", "국비", "시비", "구비", "민자등", "비고"],
            ["총 계", "27,815", "5,807", "2,515", "10,268", "9,225", ""],
        ]
    )
    assert reads_as_funding([unit, years, sources])
    assert reads_as_funding([unit, years])  # the years' totals alone, as before
    # sources that do not sum to the total: no margin, the years' table alone is read, the sources' unread
    wrong = _table(
        [
            ["구분", "계", "국비", "시비", "구비", "민자등", "비고"],
            ["총 계", "27,815", "5,807", "2,515", "10,268", "9,000", ""],
        ]
    )
    f = extract_funding([unit, years, wrong]).value["funding"]
    assert [r["source"] for r in f["rows"]] == ["total"]
