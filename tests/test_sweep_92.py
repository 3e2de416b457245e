"""Session 36's fresh sweep (mutated seeds 3600-3699 and crossbred seeds 6433-6462 in PDF, HWPX and HWP): unit tests
on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_92."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.outreach_grid import from_grid

_CHANNELS = ["주민간담회·공청회 등", "만족도 조사", "민간전문가 자문", "계", "언론·방송", "기타"]


def _counts(grid: list[list[str]]) -> list[int | None]:
    got = from_grid(grid)
    assert got is not None
    return [it["count"] for it in got["items"]]


def test_a_blank_count_under_a_head_with_a_label_column_is_none_where_the_others_add_up_to_the_total() -> (
    None
):
    """Mutant 3608 (PDF, HWPX, HWP): a head row over one count row, the rows' label column first (구분 over 실적),
    the total column among the channels, one channel's count left blank: the label cell was taken for the first
    channel's printed cell, every cell after it one off, so the blank was never proven none (outreach 0.833)."""
    grid = [["구분", *_CHANNELS], ["실적", "2", "2", "", "94", "88", "2"]]
    assert _counts(grid) == [2, 2, 0, 88, 2]
    got = from_grid(grid)
    assert got is not None and got["total"] == 94
    # the total disagreeing: the blank is not proven none, it stays null (validation reports the null)
    assert _counts([grid[0], ["실적", "2", "2", "", "95", "88", "2"]]) == [2, 2, None, 88, 2]
    # the blank the first channel's (next to the label cell): its own place, proven as well
    assert _counts([grid[0], ["실적", "", "2", "2", "94", "88", "2"]]) == [0, 2, 2, 88, 2]


def test_the_label_column_shifts_no_blank_whatever_its_place_or_unit() -> None:
    """The shape only: the label column's cell holding a count unit (실적(회)), the total first or last, the blank
    first or last, and a head without a label column (as before): a blank is none exactly where the others add up."""
    heads = ["만족도 조사", "언론·방송", "기타"]
    assert _counts([["구분", "계", *heads], ["실적(회)", "10", "", "7", "3"]]) == [0, 7, 3]
    assert _counts([["구분", *heads, "계"], ["실적", "4", "6", "", "10"]]) == [4, 6, 0]
    assert _counts([["구분", *heads, "계"], ["실적", "4", "6", "", "11"]]) == [4, 6, None]
    assert _counts([[*heads, "계"], ["4", "", "6", "10"]]) == [4, 0, 6]  # no label column: as before
    assert _counts([[*heads, "계"], ["4", "", "6", "11"]]) == [4, None, 6]
    # two blanks the total proves both none; a total of no figure proves nothing
    assert _counts([["구분", *heads, "계"], ["실적", "", "6", "", "6"]]) == [0, 6, 0]
    assert _counts([["구분", *heads, "계"], ["실적", "4", "6", "", ""]]) == [4, 6, None]


def test_the_mutated_card_reads_its_blank_channel_as_none(tmp_path: Path) -> None:
    """Mutant 3608 end to end (HWPX): every channel's count as the card prints it, the blank one none, scored 1.0
    with no wrong figure."""
    from samples.families import FAMILIES
    from samples.mutate import mutate
    from samples.style_sweep import run_family

    fam, card_seed = mutate(3608, FAMILIES[:81])
    (r,) = run_family(fam, card_seed, ("hwpx",), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [] and r["score"] == 1.0, (r["score"], r["misses"])


def _table() -> tuple[list[dict], list[dict]]:
    """Mutant 3678's funding table as read from its cells (no total column, no total row), its blanks null."""
    m = 1_000_000
    columns = [{"label": str(y), "kind": "year", "year": y} for y in range(2022, 2027)]
    rows = [
        {"label": "국비", "source": "national", "amounts_krw": [493 * m, 672 * m, None, 1999 * m, 1254 * m]},
        {"label": "도비", "source": "provincial", "amounts_krw": [370 * m, 1192 * m, 1605 * m, None, None]},
        {
            "label": "군비",
            "source": "municipal",
            "amounts_krw": [756 * m, 1961 * m, 1300 * m, 1193 * m, 772 * m],
        },
    ]
    return columns, rows


_BLANKS = [(0, 2), (1, 3), (1, 4)]


def _budget(national: int, provincial: int, municipal: int, total: int | None = None) -> tuple:
    from pledgecard.extract.sections.funding_named_shares import Share

    m = 1_000_000
    shares = (
        Share(national * m, "national"),
        Share(provincial * m, "provincial"),
        Share(municipal * m, "municipal"),
    )
    return shares, (total if total is not None else national + provincial + municipal) * m


def test_blank_funding_cells_are_zero_where_the_budgets_share_of_their_source_proves_it() -> None:
    """Mutants 3613 and 3678 (PDF, HWPX, HWP): a funding table printing no total column and no total row, its zero
    cells blank: no sum of its own proved a blank zero, every one stayed null (money 0.842); the overview's budget
    names each source's share (국비 4,418 ...), which the row's printed cells add up to exactly."""
    from pledgecard.extract.sections.funding_blank_budget import zeros_by_budget

    columns, rows = _table()
    assert zeros_by_budget(columns, rows, _BLANKS, _budget(4418, 3167, 5982)) == 3
    m = 1_000_000
    assert [r["amounts_krw"] for r in rows[:2]] == [
        [493 * m, 672 * m, 0, 1999 * m, 1254 * m],
        [370 * m, 1192 * m, 1605 * m, 0, 0],
    ]


def test_a_share_the_printed_cells_fall_short_of_proves_nothing() -> None:
    """The shape only: a share the row's cells do not add up to (a blank holding a figure, or a period the table
    leaves out), a budget naming no source, a source of two rows, a column of another kind: the blanks stay null."""
    from pledgecard.extract.sections.funding_blank_budget import zeros_by_budget
    from pledgecard.extract.sections.funding_named_shares import Share

    columns, rows = _table()
    assert zeros_by_budget(columns, rows, _BLANKS, _budget(4420, 3100, 5982, total=0)) == 0
    assert rows[0]["amounts_krw"][2] is None and rows[1]["amounts_krw"][3] is None
    # one share proves its row only; the other row's share short of its cells: null (the total not tried then)
    columns, rows = _table()
    assert zeros_by_budget(columns, rows, _BLANKS, _budget(4418, 3200, 5982)) == 1
    assert rows[0]["amounts_krw"][2] == 0 and rows[1]["amounts_krw"][3] is None
    # shares naming no source: the whole total over every row proves every blank at once
    columns, rows = _table()
    m = 1_000_000
    unnamed = (tuple(Share(v * m, None) for v in (4418, 3167, 5982)), 13_567 * m)
    assert zeros_by_budget(columns, rows, _BLANKS, unnamed) == 3
    columns, rows = _table()
    assert zeros_by_budget(columns, rows, _BLANKS, (unnamed[0], 13_568 * m)) == 0
    # a source printed in two rows (sub-projects): its share is no one row's
    columns, rows = _table()
    rows[2]["source"] = "national"
    assert zeros_by_budget(columns, rows, _BLANKS, _budget(4418, 3167, 5982, total=1)) == 2  # 도비's two only
    assert rows[0]["amounts_krw"][2] is None and rows[1]["amounts_krw"][3:] == [0, 0]
    # a share column among the periods: the row's cells are no parts of its whole
    columns, rows = _table()
    columns[4] = {"label": "확보율", "kind": "share", "year": None}
    assert zeros_by_budget(columns, rows, _BLANKS, _budget(4418, 3167, 5982)) == 0
    # a cell of the row not read (not blank): nothing proven in that row
    columns, rows = _table()
    rows[1]["amounts_krw"][0] = None
    assert zeros_by_budget(columns, rows, _BLANKS, _budget(4418, 3167, 5982)) == 1
    assert rows[1]["amounts_krw"][3] is None and rows[0]["amounts_krw"][2] == 0
    assert zeros_by_budget(*_table(), _BLANKS, None) == 0  # no budget read


def test_the_mutated_cards_read_their_blank_funding_cells_as_zero(tmp_path: Path) -> None:
    """Mutant 3613 end to end (HWPX; 기투자 and four years, 백만원): every funding figure as the record holds it, the
    blanks zero, no wrong figure."""
    from samples.families import FAMILIES
    from samples.mutate import mutate
    from samples.style_sweep import run_family

    fam, card_seed = mutate(3613, FAMILIES[:81])
    (r,) = run_family(fam, card_seed, ("hwpx",), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [] and r["score"] == 1.0, (r["score"], r["misses"])


_HEAD_AMID = "구분 주민간담회·공청회 등 만족도 조사 민간전문가 자문 계 언론·방송 기타"


def test_a_count_row_one_short_under_a_total_head_amid_the_channels_reads_no_count_wrong() -> None:
    """Mutant 3608 (text dump; seen checking the pinned card's dump): the head line printing 계 between two channels,
    the count row one cell short (a blank count): the total read as the count of the channel before it (민간전문가
    자문 94, a wrong figure). Where no gap places the blank, which count is whose is not printed: none read."""
    from pledgecard.extract.sections.outreach_lines import from_lines
    from tests.conftest import make_line

    assert from_lines([make_line(_HEAD_AMID), make_line("실적(회) 2 2 94회 88 2")]) is None
    got = from_lines(
        [make_line(_HEAD_AMID), make_line("실적(회) 2 2 3 97회 88 2")]
    )  # every cell printed: as before
    assert got is not None and got["total"] == 97 and [i["count"] for i in got["items"]] == [2, 2, 3, 88, 2]


def test_the_mutated_cards_dump_places_its_blank_count_by_the_gap(tmp_path: Path) -> None:
    """Mutant 3608's text dump end to end (``실적(회) 2 2  94회 88 2``, the blank a space more): the gap places the
    blank under its channel, the total proves it none; no wrong figure (was ``outreach.experts: 0 -> 94``)."""
    from samples.families import FAMILIES
    from samples.mutate import mutate
    from samples.style_sweep import run_family

    fam, card_seed = mutate(3608, FAMILIES[:81])
    (r,) = run_family(fam, card_seed, ("txt",), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert "outreach" not in r["low_groups"], r["low_groups"]
