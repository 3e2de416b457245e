"""Wrong figures in default-mode dumps (poppler's ``pdftotext``), session 31, second round. Each shape checked on its
rule, then the card generated, dumped by the real converter and scored (PINNED_31B: no figure wrong, the score
reached).

- a funding table pdftotext printed as blocks side by side (maru-county 19010: ``국비 / 754,742 / 182,368 / 도비 /
  420,254 / 군비 / 민자 / 2021년 ..``, then the rest of every row): row labels standing together amid the amounts
  where no row starts or ends; dealt by count the amounts crossed rows (7 wrong). Only the sums may place them, else
  null (extract/sections/funding_labels_amid.py). A one-column piece printing each label one cell off its amount
  (hanbit-province 12012's last page, ``계 / '30 / 국비 / 3,745 / 도비 / 1,801 ..``) keeps its order, and so does a
  label column printed as one run amid the amounts (areum-district 26019 pdf2txt)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.funding_labels_amid import labels_off_rows
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import pinned_families, shared_tools


def test_row_labels_together_amid_the_amounts_are_no_rows_order() -> None:
    # maru 19010: 국비 (30), two amounts, 도비, one amount, 군비 and 민자 side by side, then the 29 other amounts
    amounts = [33, 41, 52, *range(100, 390, 10)]
    assert len(amounts) == 32
    assert labels_off_rows([30, 49, 60, 63], amounts, 8)
    # hanbit 12012's last page: a label between every two amounts, one cell off: the order stands
    assert not labels_off_rows([3, 9, 18, 27, 35], [12, 21, 31, 38, 44], 1)
    # a table printed row by row: each label leading its row
    assert not labels_off_rows([0, 40, 80], [10, 20, 30, 50, 60, 70, 90, 100, 110], 3)
    # the label column printed as one run before the amounts
    assert not labels_off_rows([0, 1, 2], [10, 20, 30, 50, 60, 70, 90, 100, 110], 3)
    # areum 26019 pdf2txt: the label column printed as one run amid the amounts (one place): left to other rules
    assert not labels_off_rows([191, 194, 197, 200], [*range(40, 190, 10), 189, *range(203, 390, 12)][:32], 8)


def _dump(pdf: Path, out: Path) -> Path:
    subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), str(out)], check=True, capture_output=True, timeout=120
    )
    return out


PINNED_31B = {
    # (family, seed): (score reached, before -> after)
    ("maru-county", 19010): (0.66, "7 wrong funding figures (0.797) -> 0, funding null (0.666)"),
    ("hanbit-province", 12012): (0.93, "0 wrong (0.931) -> 0 wrong (0.931): the one-column piece kept"),
}


@pytest.mark.parametrize(("family", "seed"), sorted(PINNED_31B))
def test_cards_dumped_by_pdftotext_read_no_wrong_figure(family: str, seed: int, tmp_path: Path) -> None:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    floor, _why = PINNED_31B[(family, seed)]
    sc, wf = shared_tools()
    fam = BY_NAME[family]
    pdf = write_file(tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed), fam.style)
    (exp,) = load_records(pdf.with_name(pdf.stem + ".expected.json"))
    (rec,) = extract_file(_dump(pdf, tmp_path / f"{pdf.stem}-pdftotext.txt"))
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    assert wrong == []
    assert sc.score_record(exp, rec).score() >= floor


def test_a_line_over_a_channel_table_set_in_its_top_row_is_no_head() -> None:
    """Mutant 4071 (layout): the unit line ``⦋단위:회⦌`` right-aligned over a quarterly channel table, set in the
    grid's top row: taken for the head row, the 계 column was not found and the first quarter's counts read as the
    channels' (5 wrong). The head row is the first row filling more than one cell."""
    from pledgecard.extract.sections.outreach_grid import from_grid

    head = ["구분", "1/4분기", "2/4분기", "3/4분기", "4/4분기", "계"]
    rows = [
        ["주민간담회·공청회 등", "-", "2", "-", "1", "3"],
        ["언론 홍보", "13", "18", "17", "7", "55"],
        ["기타", "1", "-", "-", "-", "1"],
        ["합계", "14", "20", "17", "8", "59"],
    ]
    got = from_grid([["", "", "", "", "", "⦋단위:회⦌"], head, *rows])
    assert got is not None and got["total"] == 59
    assert [it["count"] for it in got["items"]] == [3, 55, 1]


PINNED_31B_MUTANTS = {
    # (seed, format): (score reached, before -> after)
    (4071, "layout"): (
        0.86,
        "outreach: the first quarter's counts read (5 wrong, 0.841) -> the 계 column, 0 wrong",
    ),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_31B_MUTANTS))
def test_pinned_mutant_reads_no_wrong_figure(tmp_path: Path, seed: int, fmt: str) -> None:
    from samples.mutate import mutate
    from samples.style_sweep import run_family

    floor, why = PINNED_31B_MUTANTS[(seed, fmt)]
    fam, card_seed = mutate(seed, pinned_families())
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], (r["wrong"], why)
    assert r["score"] >= floor, (r["score"], r["misses"], why)
