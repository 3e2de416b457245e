"""Review c's findings on c0286fdc..aa120865, mended (session 34, mendc); each repro built from a committed card:

1. a range of years garbled past its end (``(2023.~2025.1O 누계)``, the OCR class ``2025.2Q`` -> ``2025.20`` inside a
   range): ``garbled_years`` read the range's label ``2023/2025`` as an int and raised, the whole file lost. The year
   a garbled reading names is read from its ISO dates, the year its range ends in (card-00101 txt: failed -> 1.000).
"""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, shared_score, wrong_figure_count

CORPUS = REPO / "samples" / "corpus"


def _card_with(tmp_path: Path, stem: str, old: str, new: str) -> tuple[dict, dict]:
    """The committed card ``stem`` (a text card) with its line ``old`` printed as ``new``, read: its expected record
    and the record read."""
    from pledgecard import extract_file
    from pledgecard.scoring import load_records

    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"{stem}.txt"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    (exp,) = load_records(CORPUS / f"{stem}.expected.json")
    (got,) = extract_file(path)
    return exp, got


# --- 1. a range garbled past its end ------------------------------------------------------------------------------


def test_a_range_garbled_past_its_end_names_the_year_it_ends_in() -> None:
    from pledgecard.normalize.dates import garbled_years

    assert [y for _, _, y in garbled_years("(2023.~2025.1O 누계)")] == [2025]
    assert [y for _, _, y in garbled_years("(2024.~2025.20 현재)")] == [2025]
    assert garbled_years("2024.~2025.") == []


def test_a_heading_whose_range_is_garbled_past_its_end_reads(tmp_path: Path) -> None:
    exp, got = _card_with(tmp_path, "card-00101-txt", "추진실적(성과)\n", "추진실적(성과) (2023.~2025.1O 누계)\n")
    assert got["card_id"] == exp["card_id"]
    assert shared_score(exp, got) >= 0.99
    assert wrong_figure_count(exp, got) == 0
