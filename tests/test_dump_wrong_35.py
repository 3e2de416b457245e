"""Session 35 (famdumps): wrong figures in real converters' dumps of unseen family cards (their fifth seed,
``family_seeds(fam, 5)[4]``), made right or null.

Measured: every family's fifth-seed card (81) dumped by pdftotext (default, -raw, -layout), pdf2txt,
hwpx-text-extract and hwp5html (tests/test_text_converters.py's converters; 486 dumps), read and counted with the
shared wrong_figures.py and the project's year-aware goal check (wrong_goal_figures).

One class fixed (funding_late_total): a funding table pdf2txt printed column by column, its label column one run
(구분 / 계 / 국비 / 도비 / 군비 / 민자), the period heads, each period's cells top to bottom, then the total column's
word (합계) and its cells after the amounts. 합계, the word amounts follow, was read as the total row and 계 as a
column: the table came out turned, its sums holding just as well (a transpose sums as the table does), every
cell off the diagonal crossed. The overview's budget, each source's share printed, proves the turned-back reading
(iseul-county 31018 pdf2txt 0.748 with 20 wrong funding figures -> 0.812, 0 wrong).

One class of lost funding (funding_remark_pairs): a funding table printed a cell a line whose remarks column (비고)
prints a phrase holding a pair word on the row's last amount's line (``4.2억원 확보 완료``): 확보 was read as opening a
run of second figures, every amount after it dropped, and the table left unread (gureum-city 30011 pdf2txt 0.878,
funding null -> 1.000). A pair word followed on its line by a word no token of the table covers is a remark's.

Pairing artefacts of the shared wrong_figures.py (each read by hand, the year-aware check finding every figure
right): haram-district 25029 pdftotext (three goals read without their years, each figure its own row's, paired
by order with another row's) and pdf2txt (the one row read, 2020, paired with a 2019 target); left as they are.
"""

from __future__ import annotations

from pathlib import Path

from test_text_converters import converter_dump

from pledgecard.extract.sections.funding_late_total import late_total_reading
from pledgecard.extract.sections.funding_named_shares import Share
from pledgecard.extract.sections.funding_remark_pairs import remark_pairs

from conftest import expected_scored, family_card

M = 1_000_000  # 백만원
# the 2023 and 2024 columns' cells top to bottom (계 국비 도비 군비), then 합계 and its cells
CELLS = ["30", "10", "15", "5", "60", "20", "25", "15"]  # 2023, 2024 columns (계 국비 도비 군비)


def _pdf2txt_scored(tmp_path: Path, family: str, seed: int) -> tuple[dict, dict, float, list]:
    """``family``'s card ``seed`` as a PDF dumped by pdf2txt and read: conftest.expected_scored's four."""
    pdf, _ = family_card(tmp_path, family, seed, "pdf")
    out = tmp_path / f"{family}-{seed}-pdf2txt.txt"
    converter_dump("pdf2txt", pdf, out)
    out.with_name(out.stem + ".expected.json").write_text(
        pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return expected_scored(out)


def _tokens_and_amounts() -> tuple[list[tuple[str, str, int]], list[str], list[int]]:
    """A 4-row (계 국비 도비 군비) x 3-column (2023 2024 합계) table printed column by column."""
    tokens = [
        ("gubun", "구분", 0),
        ("tot", "계", 10),
        ("row", "국비", 20),
        ("row", "도비", 30),
        ("row", "군비", 40),
        ("col", "2023", 50),
        ("col", "2024", 60),
        ("tot", "합계", 500),
    ]
    amounts = [*CELLS, "90", "30", "40", "20"]
    pos = [100 + 10 * k for k in range(8)] + [510, 520, 530, 540]
    return tokens, amounts, pos


def test_the_label_runs_total_word_is_the_row_where_the_budget_proves_the_late_one_a_column() -> None:
    tokens, amounts, pos = _tokens_and_amounts()
    budget = ((Share(30 * M, "national"), Share(40 * M, "provincial"), Share(20 * M, "municipal")), 90 * M)
    assert late_total_reading(tokens, pos, amounts, M, budget) == 1  # 계, in the label run


def test_no_budget_or_shares_the_turned_reading_gives_no_proof() -> None:
    tokens, amounts, pos = _tokens_and_amounts()
    assert late_total_reading(tokens, pos, amounts, M, None) is None
    # shares the late column's cells are not: no proof
    crossed = ((Share(10 * M, "national"), Share(15 * M, "provincial"), Share(5 * M, "municipal")), 30 * M)
    assert late_total_reading(tokens, pos, amounts, M, crossed) is None
    # the shares right but each under another source: no proof
    swapped = ((Share(40 * M, "national"), Share(30 * M, "provincial"), Share(20 * M, "municipal")), 90 * M)
    assert late_total_reading(tokens, pos, amounts, M, swapped) is None


def test_a_row_label_after_the_amounts_or_counts_off_give_no_proof() -> None:
    tokens, amounts, pos = _tokens_and_amounts()
    budget = ((Share(30 * M, "national"), Share(40 * M, "provincial"), Share(20 * M, "municipal")), 90 * M)
    with_row = [*tokens, ("row", "민자", 600)]  # a row printed with its own amounts: row by row
    assert late_total_reading(with_row, pos, amounts, M, budget) is None
    assert (
        late_total_reading(tokens, [*pos, 550], [*amounts, "5"], M, budget) is None
    )  # not one column after it


def test_iseul_31018_pdf2txt_funding_printed_column_by_column(tmp_path: Path) -> None:
    """iseul-county 31018 (its fifth seed) pdf2txt: 0.748 with 20 wrong funding figures (the table read turned)
    -> 0.812, 0 wrong, every funding cell read."""
    exp, rec, score, wrong = _pdf2txt_scored(tmp_path, "iseul-county", 31018)
    assert wrong == []
    assert rec["funding"]["rows"] == exp["funding"]["rows"]
    assert score >= 0.81


def _pairs_dropped(text: str) -> list[str]:
    from pledgecard.extract.sections.funding_column_heads import stream_token
    from pledgecard.extract.vocabulary import current

    stream = list(current().build(stream_token).finditer(text))
    return [stream[k].group(0) for k in sorted(remark_pairs(text, stream))]


def test_a_pair_word_with_a_remark_after_it_on_its_line_is_a_remarks() -> None:
    text = "구분\n계\n국비\n총사업비\n2023년\n2024년\n10.0억원\n4.0억원\n6.0억원\n5.0억원\n2.0억원\n3.0억원 확보 완료\n"
    assert _pairs_dropped(text) == ["확보"]


def test_a_pair_word_opening_a_run_or_in_the_head_stays() -> None:
    runs = "구분\n2023년\n2024년\n계\n계획\n10\n20\n집행\n8\n15\n국비\n계획\n5\n10\n집행\n4\n7 8\n"
    assert _pairs_dropped(runs) == []
    head = "구분\n계획 확보 완료\n2023년\n10\n20\n"  # before the first amount: the head's
    assert _pairs_dropped(head) == []


def test_gureum_30011_pdf2txt_funding_with_a_remark_holding_a_pair_word(tmp_path: Path) -> None:
    """gureum-city 30011 (its fifth seed) pdf2txt: 0.878, funding unread -> 1.000, every funding cell read."""
    exp, rec, score, wrong = _pdf2txt_scored(tmp_path, "gureum-city", 30011)
    assert wrong == []
    assert rec["funding"]["rows"] == exp["funding"]["rows"]
    assert score >= 0.99
