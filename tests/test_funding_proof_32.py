"""Funding tables left null or read without proof, session 32. Each shape checked on its rule, then the card generated
or committed, dumped by the real converter and scored (no figure wrong, the score reached).

- row labels standing together amid the amounts (extract/sections/funding_labels_amid.py): no disproof of the rows'
  order where each run of labels side by side stands right where its first row's amounts begin and the total row,
  dealt by count, sums the source rows in every money column (yunseul-city 40012 pdf2txt: ``계 / 10 amounts / 국비
  / 도비 / 20 amounts / 시비 / 10 amounts``, 32 figures null -> read); a label where its row does not start
  (maru-county 19010 pdftotext: 도비 after two amounts of a row of eight) is still left to the sums (null).
- ``other`` period columns (임기내) counted among the periods a row's total sums, tried after the periods alone
  prove nothing (extract/sections/funding_other_periods.py), and a row's printed tokens kept where the reader wrote
  its figures anew from tokens printed with their unit glued (``1024백만원``: funding_rows), so the blank cells
  the dump printed as gaps stand: mutant 4046 txt 0.827 (20 funding figures null) -> 0.948, every figure right.
- a table of source rows by periods, no total row or column, its figures printed in a block dump's order: placed
  where the overview budget's shares leave exactly one printable placement (funding_share_placement.py), else null
  (mutant 4088 pdftotext: two placements fit, a zero and 3.5 swapping in 도비's last two years: null, 0 wrong).
- a row's kept figures matched to its line's tokens with a change's minus printed ``△73`` (written anew ``-73``),
  so the line's gaps (blank zeros) stand for the row (funding_rows): mutant 4163 txt 0.770 -> 0.982.
- a text dump's table read by where its words stand whose sources add up to more than its total row in a column,
  its sums failing in two columns or more (a spanning head's words over the wrong columns), nulled
  (funding_parts_over.py): mutant 4177 layout 7 wrong -> 0 (null); a source row a page break cut off leaves the
  sources short of the total, never over it, and stays read (mutant 4163 layout 0.851 holds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.search_budget import SearchGivenUp
from pledgecard.extract.sections.funding_labels_amid import labels_off_rows, runs_lead_rows, total_row_sums
from pledgecard.extract.sections.funding_other_periods import periods_with_other
from pledgecard.extract.sections.funding_share_placement import placed_by_shares, row_shares, share_placements
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import REPO, family_card, pdftotext_scored, pinned_families, shared_tools


def test_label_runs_leading_their_rows_keep_the_rows_order() -> None:
    # yunseul 40012 pdf2txt: 계, ten amounts, 국비 and 도비 side by side, twenty amounts, 시비, ten amounts
    amounts = [*range(80, 140, 6), *range(144, 250, 5)[:20], *range(255, 305, 5)]
    assert len(amounts) == 40
    rows = [78, 138, 141, 252]
    assert labels_off_rows(rows, amounts, 10)  # the block of labels amid the amounts ...
    assert runs_lead_rows(rows, amounts, 10)  # ... each run where its first row starts
    # maru 19010 pdftotext: 도비 after two amounts of a row of eight: no run of it leads its row
    maru = [33, 41, 52, *range(100, 390, 10)]
    assert labels_off_rows([30, 49, 60, 63], maru, 8) and not runs_lead_rows([30, 49, 60, 63], maru, 8)
    # the label column printed as one run: one place, no run order to prove
    assert not runs_lead_rows([0, 1, 2], [10, 20, 30, 50, 60, 70, 90, 100, 110], 3)
    # labels out of the rows' order
    assert not runs_lead_rows([40, 0, 80], [10, 20, 30, 50, 60, 70, 90, 100, 110], 3)


def test_the_total_row_sums_the_sources_in_every_money_column() -> None:
    kinds = ["total", "year", "year", "share"]
    grid = [["30", "10", "20", "36.3"], ["10", "-", "10", "51.6"], ["20", "10", "10", "47.5"]]
    assert total_row_sums(kinds, ["계", "국비", "도비"], grid, 1_000_000)
    # one year column dealt a row off: the sums do not hold
    crossed = [["30", "10", "20", "36.3"], ["10", "10", "-", "51.6"], ["20", "10", "10", "47.5"]]
    assert not total_row_sums(kinds, ["계", "국비", "도비"], crossed, 1_000_000)
    # no total row, or a share column alone: nothing to prove by
    assert not total_row_sums(kinds, ["국비", "도비", "시비"], grid, 1_000_000)
    assert not total_row_sums(["share", "share"], ["계", "국비", "도비"], [r[2:] for r in grid], 1_000_000)


def _pdf2txt(src: Path, out: Path) -> Path:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    out.write_text(extract_text(str(src), laparams=LAParams()), encoding="utf-8")
    return out


def test_yunseul_40012_pdf2txt_right_table_read(tmp_path: Path) -> None:
    """0.773 (32 funding figures null) -> 0.906, no figure wrong, every funding figure read."""
    sc, wf = shared_tools()
    src = REPO / "samples" / "families" / "yunseul-city" / "yunseul-city-40012-pdf.pdf"
    (exp,) = load_records(src.with_name(src.stem + ".expected.json"))
    (rec,) = extract_file(_pdf2txt(src, tmp_path / "yunseul-city-40012-pdf2txt.txt"))
    figures = [(n, e, g) for _, n, e, g in wf.figures(exp, rec) if n.startswith("funding")]
    assert [f for f in figures if f[2] != f[1]] == []
    assert len(figures) == 32
    assert wrong_goal_figures(exp, rec) == []
    assert sc.score_record(exp, rec).score() >= 0.90


@pytest.mark.parametrize(("family", "seed", "floor"), [("maru-county", 19010, 0.66)])
def test_a_label_where_no_row_starts_stays_null(tmp_path: Path, family: str, seed: int, floor: float) -> None:
    """maru 19010 pdftotext: 7 figures dealt wrong by count before s31; still 0 wrong (funding null)."""
    pdf, _exp = family_card(tmp_path, family, seed, "pdf")
    _e, rec, score, wrong = pdftotext_scored(pdf, tmp_path)
    assert wrong == []
    assert score >= floor


def test_other_period_columns_are_counted_among_the_periods() -> None:
    cols = [
        {"label": "기투자", "kind": "prior", "year": None},
        {"label": "임기내", "kind": "other", "year": None},
        {"label": "임기후", "kind": "after_term", "year": None},
        {"label": "총사업비", "kind": "total", "year": None},
    ]
    assert periods_with_other(cols, [0, 2]) == [0, 1, 2]
    assert periods_with_other(cols[:1] + cols[2:], [0, 1]) == [
        0,
        1,
    ]  # no other column: the periods as they are
    assert periods_with_other(cols, []) == []  # no period but the other one: no sum to prove by


def _rows(*sources: str) -> list[dict]:
    return [{"label": s, "source": s, "amounts_krw": []} for s in sources]


def test_shares_place_the_one_printable_grid() -> None:
    # two rows by three periods, printed the first row's first two cells, then the rest row by row
    grid = ((5, 7, 9), (1, 2, 4))
    figures = [5, 7, 1, 9, 2, 4]  # 5 7 | 1 | 9 | 2 4: each cell after the one left of it and the one above it
    assert share_placements(figures, [21, 7], 3) == {grid}
    budget = {
        "total_krw": 28,
        "parts": [{"source": "national", "amount_krw": 21}, {"source": "provincial", "amount_krw": 7}],
    }
    assert placed_by_shares(figures, _rows("national", "provincial"), 3, budget) == grid
    # the rows printed the other way round (provincial first): no printable grid gives them their shares
    assert placed_by_shares(figures, _rows("provincial", "national"), 3, budget) is None
    # a zero that may stand in either of two cells of its row: two grids, nothing placed
    assert len(share_placements([5, 0, 3, 0, 2, 1], [8, 3], 3)) == 2


def test_shares_tell_every_row_or_nothing() -> None:
    parts = [{"source": "national", "amount_krw": 21}, {"source": "provincial", "amount_krw": 7}]
    assert row_shares(_rows("provincial", "national"), {"parts": parts}) == [7, 21]
    assert row_shares(_rows("national", "municipal"), {"parts": parts}) is None  # a row the budget names not
    assert row_shares(_rows("national"), {"parts": parts}) is None
    assert (
        row_shares(_rows("national", "provincial"), {"parts": parts, "total_krw": 30}) is None
    )  # parts off total


def test_the_share_search_is_bounded() -> None:
    # many zeros: the printable orders explode; the search stops at its bound
    with pytest.raises(SearchGivenUp):
        share_placements([0] * 30, [0, 0, 0, 0, 0], 6, limit=50)


PINNED_32_MUTANTS = {
    # (seed, format): (score reached, before -> after)
    (4046, "txt"): (
        0.94,
        "임기내 left out of the row sums, blanks lost: 20 funding figures null (0.827) -> read (0.948)",
    ),
    (4088, "pdftotext"): (0.82, "two placements fit the budget's shares: null, 0 wrong (0.821 -> 0.821)"),
    # the sweep of 4160-4179 (txt, pdftotext, layout)
    (4163, "txt"): (
        0.98,
        "a change's minus printed △73 (written anew -73): the row's gaps lost, 0.770 -> 0.982",
    ),
    (4177, "layout"): (
        0.79,
        "지방비 over 소계 | 도비 | 군비 placed beside 국비: 7 wrong (0.933) -> null (0.796)",
    ),
    (4163, "layout"): (0.85, "기타 on the next page: the sources short of the total, read as before (0.851)"),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_32_MUTANTS))
def test_pinned_mutant_reads_no_wrong_figure(tmp_path: Path, seed: int, fmt: str) -> None:
    from samples.mutate import mutate
    from samples.style_sweep import run_family

    floor, why = PINNED_32_MUTANTS[(seed, fmt)]
    fam, card_seed = mutate(seed, pinned_families())
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], (r["wrong"], why)
    assert r["score"] >= floor, (r["score"], r["misses"], why)


def test_a_changes_minus_sign_is_the_figure_written_anew() -> None:
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_rows import printed_with_blanks

    text = "도  비 89 52 73  104 2 15 △73 66.9"
    row = {
        "label": "도비",
        "source": "provincial",
        "amounts_krw": [None] * 7,
        "amounts_raw": ["89", "52", "73", "104", "2", "15", "-73"],
    }
    line = Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(), printed=text)
    # seven periods, 증감 and 확보율(%): nine cells a row, the blank one a wider gap
    assert printed_with_blanks([row], [line], 9)["도비"] == [
        "89",
        "52",
        "73",
        "",
        "104",
        "2",
        "15",
        "△73",
        "66.9",
    ]


def _table(*rows: tuple[str, list[int | None]]) -> list[dict]:
    return [
        {"label": lab, "source": "total" if lab == "계" else lab, "amounts_krw": list(v)} for lab, v in rows
    ]


def test_sources_over_the_total_null_the_table() -> None:
    from pledgecard.extract.sections.funding_parts_over import null_parts_over_total

    cols = [{"label": str(y), "kind": "year", "year": y} for y in (2018, 2019, 2020)]
    # 국비's column dropped, the 지방비 subtotal read in its place: over the total in 2019
    rows = _table(
        ("계", [402, 386, 732]),
        ("국비", [158, 276, 189]),
        ("도비", [148, 201, 170]),
        ("군비", [10, 75, 19]),
        ("민자", [0, 110, 300]),
    )
    assert null_parts_over_total(cols, rows, 1)
    assert all(v is None for r in rows for v in r["amounts_krw"]) and rows[1]["amounts_raw"]
    # a source row lost (printed on the next page): the sources short of the total, the cells stand
    short = _table(
        ("계", [168, 317, 200]), ("국비", [26, 60, 18]), ("도비", [89, 52, 73]), ("군비", [0, 114, 78])
    )
    assert not null_parts_over_total(cols, short, 1)
    assert short[1]["amounts_krw"] == [26, 60, 18]
    # one column over (a card's own slip): one sum failing tells no column misplaced
    slip = _table(("계", [100, 200, 300]), ("국비", [60, 100, 100]), ("도비", [50, 100, 200]))
    assert not null_parts_over_total(cols, slip, 1)
