"""Funding tables left null or read without proof, session 32. Each shape checked on its rule, then the card generated
or committed, dumped by the real converter and scored (no figure wrong, the score reached).

- row labels standing together amid the amounts (extract/sections/funding_labels_amid.py): no disproof of the rows'
  order where each run of labels side by side stands right where its first row's amounts begin and the total row,
  dealt by count, sums the source rows in every money column (yunseul-city 40012 pdf2txt: ``계 / 10 amounts / 국비
  / 도비 / 20 amounts / 시비 / 10 amounts``, 32 figures null -> read); a label where its row does not start
  (maru-county 19010 pdftotext: 도비 after two amounts of a row of eight) is still left to the sums (null)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.funding_labels_amid import labels_off_rows, runs_lead_rows, total_row_sums
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import REPO, family_card, pdftotext_scored, shared_tools


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
