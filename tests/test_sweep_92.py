"""Session 36's fresh sweep (mutated seeds 3600-3659 and crossbred seeds 6433-6462 in PDF, HWPX and HWP): unit tests
on the class fixed and on the guard kept; the cards pinned in tests/test_mutate_tables.py PINNED_92."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.outreach_grid import from_grid

_CHANNELS = ["주민간담회·공청회 등", "만족도 조사", "민간전문가 자문", "계", "언론·방송", "기타"]


def _counts(grid: list[list[str]]) -> list[int | None]:
    got = from_grid(grid)
    assert got is not None
    return [it["count"] for it in got["items"]]


def test_a_blank_count_under_a_head_with_a_label_column_is_none_where_the_others_add_up_to_the_total() -> None:
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


def test_blank_funding_cells_no_sum_proves_stay_null_and_are_reported(tmp_path: Path) -> None:
    """Mutant 3613 (PDF, HWPX, HWP; a guard, the extractor unchanged): a funding table printing no total column and
    no total row, its zero cells printed blank: no printed sum proves a blank is zero, so each stays null, never a
    zero guessed, and validation reports each (normalize.unreadable_amount at the cell); every printed figure
    read right (money 0.842: the expected record holds the zeros the card does not print)."""
    from pledgecard import extract_file
    from pledgecard.scoring import load_records
    from pledgecard.validate import validate_batch
    from samples.families import FAMILIES, family_records
    from samples.generate import write_file
    from samples.mutate import mutate

    fam, card_seed = mutate(3613, FAMILIES[:81])
    path = write_file(tmp_path, fam.name, "hwpx", family_records(fam, card_seed), fam.style)
    (rec,) = extract_file(path)
    (exp_rec,) = load_records(path.with_name(path.stem + ".expected.json"))
    expected = exp_rec["funding"]
    assert rec["funding"]["columns"] == expected["columns"]
    nulls = set()
    for i, (got, exp) in enumerate(zip(rec["funding"]["rows"], expected["rows"], strict=True)):
        assert got["source"] == exp["source"]
        for j, (g, e) in enumerate(zip(got["amounts_krw"], exp["amounts_krw"], strict=True)):
            assert g == e or (g is None and e == 0), (i, j, g, e)  # a figure right, or a blank left null
            if g is None:
                nulls.add(f"funding.rows[{i}].amounts_krw[{j}]")
    assert nulls  # the card prints blanks
    flagged = {f["location"] for f in validate_batch([rec])
               if f.get("code") == "normalize.unreadable_amount" and not f.get("success", False)}
    assert nulls <= flagged
