"""The template family designed blind in session 16 (samples/families.py: ``saemmul-province``, a 도 card whose
money is told in prose and in mixed shapes) and the structures it brought in, on small lines and grids:

- a period column named by a year and its bound, the year's own column not printed (``'22까지``, ``~2022``:
  up to the year, the prior column; ``2027 이후``: from it on, after the term; vocabulary ``[period_bounds]``),
  in a table's head cell, in a dump's head line and in a stream of cells a line;
- funding rows printed in brackets under the row they split (``지방비`` then ``(도비)`` / ``(시군비)``): the
  same money twice; the parts are the record's rows where they add up to their row in every column both
  print (the row left out, as a subtotal over sub-sources is), else the row stands and the parts go;
- ``ㄴ`` typed for the corner ``└`` of an item under the one above: a level-2 bullet before white space.

Blind figures (the extractor unchanged, the family's first generation): PDF 0.827, HWPX 0.827, HWP 0.827,
txt 0.766, 0 wrong of 360 (the bounded periods read as columns of no period and their cells left out, the
bracketed rows dropped and 지방비 read in their place, txt: the head line's ``'22까지`` read as the year 2022
and ``2027 이후`` as two columns, every amount null; ``ㄴ`` items read as side tables). After: 1.000 in every
format, no wrong figure. Real converters: hwpx-text-extract 0.830 -> 1.000, pdftotext 0.734 -> 0.904,
pdftotext -raw 1.000.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.markers import marker_level, split_marker
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.extract.sections.funding_subrows import fold_sub_rows, sub_row_label
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "saemmul-province"
M = 10**6


# ------------------------------------------------------------------------------ bounded periods


def test_a_year_with_its_bound_names_the_prior_or_the_after_term_column() -> None:
    for head in ("'22까지", "~2022", "～'22", "2022년 이전", "2022년까지"):
        assert classify_column(head)["kind"] == "prior", head
    assert classify_column("~2022") == {"label": "~2022", "kind": "prior", "year": None}
    assert classify_column("2027 이후") == {"label": "2027 이후", "kind": "after_term", "year": None}
    assert classify_column("2023")["kind"] == "year" and classify_column("이후")["kind"] == "after_term"
    assert classify_column("2022~2026")["kind"] == "other"  # a range names no bound


def _grid(labels: list[str]) -> list[list[str]]:
    return [
        ["구분", "총 계", "'22까지", "2023", "2024", "2027 이후"],
        [labels[0], "1,000.0", "100.0", "200.0", "300.0", "400.0"],
        [labels[1], "400.0", "-", "100.0", "100.0", "200.0"],
        [labels[2], "600.0", "100.0", "100.0", "200.0", "200.0"],
        [labels[3], "250.5", "40.0", "60.0", "50.5", "100.0"],
        [labels[4], "349.5", "60.0", "40.0", "149.5", "100.0"],
    ]


def test_a_table_with_bounded_periods_reads_every_column() -> None:
    columns, rows = interpret_grid(_grid(["계", "국비", "지방비", "(도비)", "(시군비)"]), M)
    assert [c["kind"] for c in columns] == ["total", "prior", "year", "year", "after_term"]
    assert [r["source"] for r in rows] == ["total", "national", "provincial", "municipal"]
    assert rows[2]["amounts_krw"] == [250_500_000, 40 * M, 60 * M, 50_500_000, 100 * M]


# ------------------------------------------------------------------------------ bracketed parts


def test_a_label_wholly_in_brackets_is_a_part() -> None:
    assert sub_row_label("(도비)") == "도비" and sub_row_label("（시군비）") == "시군비"
    assert (
        sub_row_label("도비") is None and sub_row_label("국비(기금)") is None and sub_row_label("()") is None
    )
    assert source_label(["(시군비)"]) == "시군비"


def test_parts_that_add_up_replace_their_row_and_parts_that_do_not_go() -> None:
    rows = [{"amounts_krw": v} for v in ([10, 4], [6, 6], [2, 1], [4, 5])]
    assert fold_sub_rows(rows, [False, False, True, True]) == {0, 2, 3}
    rows[3]["amounts_krw"] = [3, 5]  # 2 + 3 != 6: which figures are the parts' is not shown
    assert fold_sub_rows(rows, [False, False, True, True]) == {0, 1}
    assert fold_sub_rows(rows, [True, False, False, False]) == {1, 2, 3}  # a part under no row


def test_a_table_whose_parts_do_not_add_up_keeps_its_row() -> None:
    grid = _grid(["계", "국비", "지방비", "(도비)", "(시군비)"])
    grid[5][2] = "70.0"  # the 시군비 row now breaks its row's sum too
    _, rows = interpret_grid(grid, M)
    assert [r["source"] for r in rows] == ["total", "national", "local"]


def test_a_stream_of_cells_folds_its_bracketed_rows() -> None:
    text = "\n".join(c for row in _grid(["계", "국비", "지방비", "(도비)", "(시군비)"]) for c in row)
    columns, rows = funding_from_stream(text, M)
    assert [c["kind"] for c in columns] == ["total", "prior", "year", "year", "after_term"]
    assert [(r["source"], r["amounts_krw"][0]) for r in rows] == [
        ("total", 1000 * M),
        ("national", 400 * M),
        ("provincial", 250_500_000),
        ("municipal", 349_500_000),
    ]


# ------------------------------------------------------------------------------ ㄴ


def test_a_hangul_corner_before_white_space_is_a_level_two_bullet() -> None:
    assert split_marker("ㄴ 어르신 43명(1차 27, 2차 16)") == ("ㄴ", "어르신 43명(1차 27, 2차 16)")
    assert marker_level("ㄴ") == 2
    assert split_marker("ㄴ자형 교차로 개선") == (None, "ㄴ자형 교차로 개선")


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "saemmul-province-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        f, e = got[0]["funding"], exp[0]["funding"]
        assert [c["kind"] for c in f["columns"]] == [c["kind"] for c in e["columns"]], path.name
        assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
            (r["source"], r["amounts_krw"]) for r in e["rows"]
        ], path.name
        assert got[0]["overview"]["budget"] == exp[0]["overview"]["budget"], path.name
