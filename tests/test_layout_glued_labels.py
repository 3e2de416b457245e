"""A label-left body dumped by ``pdftotext -layout`` whose section labels print their bare number glued to the
words (``1사업개요``, ``2재정계획`` on the funding table's first row, ``3추진사항``; session 27: oreum-district 92001
body-layout 0.678 -> 1.000): a label where the words after the number name a section, never a figure with its
unit (``3건``, ``2025년``) or words no section vocabulary names."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_regions import label_shaped
from pledgecard.scoring import load_records, score_record

from conftest import shared_tools

REPO = Path(__file__).resolve().parents[1]
OREUM = REPO / "samples" / "layout" / "body" / "oreum-district-92001-body-layout.txt"


@pytest.mark.parametrize("text", ["1사업개요", "2재정계획", "3추진사항", "6기대효과"])
def test_a_bare_number_glued_to_a_sections_name_is_a_label(text: str) -> None:
    assert label_shaped(text)


@pytest.mark.parametrize("text", ["3건", "2025년", "12개소", "2주민과"])
def test_a_figure_or_words_naming_no_section_are_no_label(text: str) -> None:
    assert not label_shaped(text)


def test_the_body_of_glued_labels_reads_its_sections_and_no_wrong_figure() -> None:
    [exp] = load_records(OREUM.with_name(OREUM.name[:-4] + ".expected.json"))
    [got] = extract_file(OREUM)
    _, wf = shared_tools()
    figs = wf.figures(exp, got)
    assert [f for f in figs if f[3] is not None and f[3] != f[2]] == []
    assert sum(f[0] == "funding" and f[3] == f[2] for f in figs) == 28
    assert got["outreach"]["total"] == exp["outreach"]["total"]
    assert score_record(exp, got).score() >= 0.98


def _tline(raw: str):
    from pledgecard.extract.readers.text_lines import to_tline

    return to_tline(1, 1, raw)


def test_a_bullet_run_into_a_label_at_the_content_column_parts_them() -> None:
    """``▶ Ⅲ. 세부사- 기반조성``: the label's piece (it opens its cell: marked, numbered) and the content's item,
    the bullet standing at the content column in display columns though no space parts it from the label."""
    from pledgecard.extract.readers.text_regions import label_line

    got = label_line(_tline("▶ Ⅲ. 세부사- 기반조성"), 11)
    assert got is not None
    assert got.label.text == "▶ Ⅲ. 세부사"
    assert [s.text for s in got.content] == ["- 기반조성"]


@pytest.mark.parametrize(
    "raw",
    [
        "▶ Ⅲ. 세부사- 기반조성",  # the bullet off the content column (another column)
        "세부사- 기반조성",  # a label that opens no cell (no marker, no number)
        "▶ Ⅲ. 세부사-기반조성",  # a hyphen inside words, no bullet
    ],
)
def test_a_hyphen_off_the_column_or_after_no_opening_label_parts_nothing(raw: str) -> None:
    from pledgecard.extract.readers.text_regions import label_line

    got = label_line(_tline(raw), 11 if raw != "▶ Ⅲ. 세부사- 기반조성" else 15)
    assert got is None or got.content == [] or not got.content[0].text.startswith("-")
