"""Wrong figures in box-grouping and default-mode dumps (pdfminer.six's ``pdf2txt.py``, poppler's ``pdftotext``) of
unseen family cards (seeds beyond the committed ones), session 31. Each shape checked on its rule, then the unseen card
generated, dumped by the real converter and scored (PINNED_31: no figure wrong, the score reached).

- a funding head and its label column both holding the total word, neither leading its amounts (sinbi-county 37011
  pdf2txt: ``구분 / 계 / 2022년 .. / 비율(%) / 계 / 국비 ..``): the head's 계 was taken for the row's, every amount a
  column off (29 wrong). The reading printing its head and its label column each as one run of labels is kept
  (extract/sections/funding_total_reading.py); gaeul-county's head (합계 first, 계 last of the labels printed after
  the amounts) reads as before.
- a transposed funding table whose label column's spanning word pdf2txt prints amid the amounts, the period labels
  after it in one run (bitna-district 35008: the first year's row printed last, 20 wrong): only the sums place the
  amounts, else null (extract/sections/funding_head_amid.py, ``extract.table_unrecovered``).
- a channel's label and count printed past the page's footer taken for the table's stray last count (narae-city
  29012 pdftotext: ``언론, 방송`` / ``47`` read as 기타's): counts under a channel's label are no stray cells
  (outreach_cells.trailing_counts).
- the total's count printed amid a wrapped channel label's pieces (haetsal-county 57021 pdftotext: ``계`` /
  ``주민간담회, 공청`` / ``6회`` / ``회등`` / ``만족도 조사`` ..): read as the first channel's count; now no count
  read (outreach_lines.from_lines)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_head_amid import head_amid_columns
from pledgecard.extract.sections.funding_total_reading import reading_by_runs
from pledgecard.extract.sections.outreach import trailing_counts
from pledgecard.extract.sections.outreach_lines import from_lines
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import shared_tools


def _tokens(spec: list[tuple[str, str]]) -> list[tuple[str, str, int]]:
    return [(k, t, 10 * i) for i, (k, t) in enumerate(spec)]


YEARS = [("col", f"{y}년") for y in range(2022, 2027)]


def test_the_reading_printing_head_and_label_column_each_in_one_run_is_kept() -> None:
    # sinbi 37011 pdf2txt: 구분, the head (계 first), the label column (계 first), then every amount
    toks = _tokens(
        [
            ("gubun", "구분"),
            ("tot", "계"),
            *YEARS,
            ("col", "비율(%)"),
            ("tot", "계"),
            ("row", "국비"),
            ("row", "도비"),
            ("row", "군비"),
            ("row", "기타"),
        ]
    )
    assert reading_by_runs([1, 8, None], toks, 35) == 8  # the label column's 계 is the row's
    assert reading_by_runs([8, 1, None], toks, 35) == 8
    # gaeul: the head (합계 first), the amounts, then the labels (계 last): the label column's 계 again
    toks = _tokens(
        [
            ("tot", "합계"),
            *YEARS,
            ("gubun", "구분"),
            ("row", "국비"),
            ("row", "도비"),
            ("row", "군비"),
            ("tot", "계"),
        ]
    )
    assert reading_by_runs([0, 10, None], toks, 24) == 10
    # one reading fitting the counts: nothing to choose
    assert (
        reading_by_runs([1, 8, None], _tokens([("tot", "계"), *YEARS, ("row", "국비"), ("tot", "계")]), 12)
        is None
    )


def test_a_spanning_word_amid_the_amounts_before_a_run_of_period_labels() -> None:
    # bitna 35008 pdf2txt: 총사업비's amounts (0..40), the span's word (50), the years (60..90), their amounts
    amounts = [0, 10, 20, 30, 40, *range(100, 300, 10)]
    assert head_amid_columns([50], [60, 70, 80, 90], amounts)
    assert not head_amid_columns([-5], [60, 70, 80, 90], amounts)  # the span's word before every amount
    # each period label leading its own amounts: the print order stands
    assert not head_amid_columns([50], [60, 120, 180], [0, 10, 20, 30, 40, 70, 80, 90, 130, 140, 190, 200])


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source(line_start=k + 1)) for k, t in enumerate(texts)]


def test_a_count_under_a_channel_label_past_the_footer_is_no_stray_count() -> None:
    assert [ln.text for ln in trailing_counts(_lines(["향후 일정", "-3-", "-", "47"]))] == ["-", "47"]
    assert trailing_counts(_lines(["-3-", "간담회, 공청회", "등", "-", "언론, 방송", "47"])) == ()


def test_the_totals_count_amid_a_wrapped_labels_pieces_is_no_channels() -> None:
    got = from_lines(
        _lines(
            [
                "계",
                "주민간담회, 공청",
                "6회",
                "회등",
                "만족도 조사",
                "전문가 자문",
                "언론 홍보",
                "기타",
                "-",
                "-",
                "-",
                "2",
                "4",
            ]
        )
    )
    assert got is None or all(it["category"] != "meetings" or it["count"] is None for it in got["items"])


def _dump(kind: str, pdf: Path, out: Path) -> Path:
    import subprocess

    if kind == "pdf2txt":
        from pdfminer.high_level import extract_text

        out.write_text(extract_text(str(pdf)), encoding="utf-8")
    else:
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), str(out)], check=True, capture_output=True, timeout=120
        )
    return out


PINNED_31 = {
    # (family, seed, dump): (score reached, before -> after)
    ("sinbi-county", 37011, "pdf2txt"): (
        0.85,
        "29 wrong funding figures (0.735) -> 0, every amount read (0.852)",
    ),
    ("bitna-district", 35008, "pdf2txt"): (
        0.60,
        "20 wrong funding figures (0.633) -> 0, funding null (0.608)",
    ),
    ("narae-city", 29012, "pdftotext"): (0.90, "기타's count 0 read 47 (0.914) -> 0 wrong (0.904)"),
    ("haetsal-county", 57021, "pdftotext"): (
        0.85,
        "meetings' count 4 read 6 (0.855) -> 0 wrong, outreach null (0.855)",
    ),
}


@pytest.mark.parametrize(("family", "seed", "kind"), sorted(PINNED_31))
def test_unseen_cards_dumped_read_no_wrong_figure(family: str, seed: int, kind: str, tmp_path: Path) -> None:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    floor, _why = PINNED_31[(family, seed, kind)]
    sc, wf = shared_tools()
    fam = BY_NAME[family]
    pdf = write_file(tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed), fam.style)
    (exp,) = load_records(pdf.with_name(pdf.stem + ".expected.json"))
    (rec,) = extract_file(_dump(kind, pdf, tmp_path / f"{pdf.stem}-{kind}.txt"))
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    assert wrong == []
    assert sc.score_record(exp, rec).score() >= floor
