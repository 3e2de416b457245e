"""The template family designed blind in session 24 (samples/families.py: ``hwarang-city``, a 시 card taken from the
city's quarterly pledge report file) and the structures it brought in, on small documents and shapes:

- the file opens with the report's summary pages: its title line (``민선8기 공약사업 추진상황 보고 (2025년 3분기)``),
  a 총괄 table of the city's pledges counted by status, a list of several pledges a row (``연번 | 공약명 | 담당부서 |
  추진상황 | 총사업비(백만원)``, 천원 where a total is no whole 백만원: printed exactly), the card's own row among
  other pledges' with their own departments, statuses and totals); then the card under its title line, its header under the same labels;
- a table whose 공약명 cell heads a column of two or more value rows lists pledges: it starts no card and is no
  card's header (extract/pledge_lists.py); a header printing 공약명 beside its value, or over one value row under
  which the next label row stands, is a header;
- a text dump printing the list a cell a line puts ``공약명`` on a line of its own, which opens a card's header: a
  first cut naming no section the vocabulary names, before a titled cut naming sections, is front matter, no card
  (extract/front_matter.py);
- no figure, department or status of another pledge enters the record (the summary's are the report's).

Blind figures (the extractor unchanged, the family as first drawn): PDF 0.005, HWPX 0.005, HWP 0.005, txt 0.982,
0 wrong of 78 (PDF, HWPX, HWP: the list of pledges read as a card of its own, the card proper second). After:
PDF, HWPX, HWP 1.000, txt 0.982 (a goal row whose worded target and actual the dump runs together stays unread),
no wrong figure; unseen seeds 86003-86008: PDF, HWPX, HWP 1.000, txt 0.992, no wrong figure.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from pledgecard.extract.cards import split_cards
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.pledge_lists import pledge_list
from pledgecard.scoring import score_record
from samples.families import BY_NAME
from samples.layout import Grid, summary_blocks

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "hwarang-city"
KIND = "화랑시 민선8기 공약사업 관리카드"
HEADS = ("연번", "공약명", "담당부서", "추진상황", "총사업비(백만원)")
ROWS = (
    ("1", "청년 일자리 30개 창출", "일자리정책과", "정상추진", "12,500"),
    ("2", "공공돌봄 24시간 체계 구축", "여성가족과", "부진", "3,400"),
    ("3", "도시숲 선도도시 조성", "공원녹지과", "완료", "980"),
)


def _table(rows: list[tuple[str, ...]]) -> Table:
    cells = [Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_a_column_of_pledges_under_a_name_head_is_a_list() -> None:
    for n in (2, 3):
        for rows in itertools.permutations(ROWS[:n]):
            assert pledge_list(_table([HEADS, *rows]))
    assert not pledge_list(_table([HEADS, ROWS[0]]))  # one value row under labels: a header printed so
    pairs = [
        ("공약명", "청년 일자리 30개 창출", "관리번호", "3-12"),
        ("담당부서", "일자리정책과", "추진상황", "정상추진"),
    ]
    assert not pledge_list(_table(pairs))  # label | value pairs
    over = [
        ("공약명", "관리번호"),
        ("청년 일자리 30개 창출", "3-12"),
        ("담당부서", "추진상황"),
        ("일자리정책과", "정상추진"),
    ]
    assert not pledge_list(_table(over))  # labels over values, a label row under the value row
    stacked = [("공약명",), ("청년 일자리 30개 창출",), ("담당부서",), ("일자리정책과",)]
    assert not pledge_list(_table(stacked))
    # a body table whose header rows end with 공약명 beside its value, the sections' rows under it: a card
    body = [
        ("관리번호", "3-12"),
        ("공약명", "청년 일자리 30개 창출"),
        ("1. 사업개요", "사업기간 2023 ~ 2026"),
        ("2. 추진실적", "청년센터 개소"),
        ("3. 향후계획", "협약 체결"),
    ]
    assert not pledge_list(_table(body))
    # the list's head row without its 연번 and 총사업비 (공약명 | 담당부서 | 추진상황): still a list
    assert pledge_list(_table([HEADS[1:4], *(r[1:4] for r in ROWS)]))


def test_a_list_of_pledges_starts_no_card() -> None:
    card = [
        *_lines(KIND),
        _table([("공약명", "청년 일자리 30개 창출", "관리번호", "3-12")]),
        *_lines("1. 사업개요"),
    ]
    items = [
        *_lines("민선8기 공약사업 추진상황 보고 (2025년 3분기)", "2. 공약사업 목록"),
        _table([HEADS, *ROWS]),
        *card,
    ]
    cards = split_cards(items)
    assert len(cards) == 1 and isinstance(cards[0][0], Line) and cards[0][0].text == KIND
    # the list printed a cell a line (a text dump): its 공약명 line opens a cut naming no section, front matter
    dumped = _lines(
        "2. 공약사업 목록",
        *HEADS,
        *itertools.chain(*ROWS),
        KIND,
        "공약명 청년 일자리 30개 창출",
        "관리번호 3-12",
        "1. 사업개요",
        "2. 추진실적",
    )
    cards = split_cards(dumped)
    assert len(cards) == 1 and cards[0][0].text == KIND
    # a first cut naming a section is a card: two cards stay
    two = _lines(
        "공약명 공공돌봄 24시간 체계 구축",
        "관리번호 2-4",
        "1. 사업개요",
        KIND,
        "공약명 청년 일자리 30개 창출",
        "관리번호 3-12",
        "1. 사업개요",
    )
    assert len(split_cards(two)) == 2


def _others(rec: dict) -> list[tuple[str, str, str, int]]:
    """The other pledges' rows the file's list prints: title, department, status, total (won, by the unit its
    head names: the first of 백만원, 천원, 원 every total is whole in, printed exactly)."""
    from samples.layout import SUMMARY_UNITS

    grids = [b for b in summary_blocks(rec, BY_NAME["hwarang-city"].style) if isinstance(b, Grid)]
    cells = {(c.row, c.col): c.content[0] for c in grids[-1].cells}
    size = next(n for unit, n in SUMMARY_UNITS if cells[0, 4].endswith(f"({unit})"))
    rows = [tuple(cells[r, k] for k in range(1, 5)) for r in range(1, grids[-1].n_rows)]
    assert rec["header"]["title"] in [r[0] for r in rows]  # the card's own row is listed
    return [(t, d, s, int(m.replace(",", "")) * size) for t, d, s, m in rows if t != rec["header"]["title"]]


@pytest.mark.parametrize("fmt", ["pdf", "hwpx", "hwp", "txt"])
def test_the_family_reads_whole_and_no_other_pledges_figure(fmt: str) -> None:
    for path, expected, got in family_cards(FAMILY, f"*-{fmt}.*"):
        assert len(got) == len(expected) == 1, path.name
        exp, rec = expected[0], got[0]
        assert rec["header"]["kind"] == KIND
        assert score_record(exp, rec).score() >= (0.96 if fmt == "txt" else 1.0), path.name
        for key in ("title", "lead_dept", "status", "status_code"):
            assert rec["header"][key] == exp["header"][key], (path.name, key)
        amounts = {a for r in rec["funding"]["rows"] for a in r["amounts_krw"] if a}
        amounts.add(rec["overview"]["budget"]["total_krw"])
        others = _others(exp)
        assert others
        assert not any(m in amounts for *_, m in others if m), path.name
        assert not any(t == rec["header"]["title"] for t, *_ in others)
