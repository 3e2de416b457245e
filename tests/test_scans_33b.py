"""Scanned cards still losing figures after session 33's first scan helper (session 33, scans2), read by OCR at test
time:

- a budget's parts whose thousands separators OCR garbled (``국비 1741,023, 도비 2.248,450``: a comma lost, a comma
  read as a point): no amount read, every part null. A part of digits and separators whose last group is three
  digits is read by its digits where all parts then add up to the total, else null with its printed text
  (``money_separators``; saebom-county 27007 scan 0.803 -> 0.820, the four parts read, 0 wrong).
- a goal cell's figure whose unit prints in Latin letters (``5.5km``) read by the Korean model as strokes and digits
  (``5.51<07``, ``4.20``, ``1.2607``): null, a reading one step from a wrong figure. Read again by the Latin model
  allowed digits and the vocabulary's Latin units' letters, taken where it is sure and the text model's glyphs past
  the figure lie in the unit's ink (``ocr_latin_units``; saebom-county 27007 scan 0.820 -> 0.869, goals 6/21 ->
  18/21, 0 wrong; a unit read as jamo too, ``5.20ㅠ``: noeul-city 48001 scan 0.733 -> 0.878, 0 wrong).
- a ring bullet read as a mark closed in brackets (``(>) 주요내용``): no bullet, so the overview's next field was
  glued onto the budget line above (mulbit-city 62004 scan: ``... 시비 4,375) (>) 주요내용`` as the budget's text).
  A bracket closed round one mark (no letter or digit) opening a line before Hangul is the ring (``ocr``).
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card_read, ocr_words

# --- a budget part's separators garbled ---------------------------------------------------------------------------


def _parts(raw: str) -> list[tuple[str, int | None]]:
    from pledgecard.normalize.money_budget import parse_budget

    return [(p["label"], p["amount_krw"]) for p in parse_budget(raw)["parts"]]


def test_parts_whose_separators_were_garbled_are_read_where_the_total_proves_them() -> None:
    raw = "11,068,917천원(국비 1741,023, 도비 2.248,450, 군비 2801,600, 민자 4.277,844)"
    assert _parts(raw) == [
        ("국비", 1_741_023_000),
        ("도비", 2_248_450_000),
        ("군비", 2_801_600_000),
        ("민자", 4_277_844_000),
    ]


def test_garbled_parts_that_miss_the_total_or_hold_a_letter_stay_null() -> None:
    from pledgecard.normalize.money_budget import parse_budget

    off = "11,068,917천원(국비 1741,023, 도비 2.248,450, 군비 2801,600, 민자 4.277,845)"  # a digit misread
    assert all(amount is None for _, amount in _parts(off))
    assert [p.get("raw") for p in parse_budget(off)["parts"]][0] == "1741,023"  # its printed text kept
    letter = "11,068,917천원(국비 1741,O23, 도비 2.248,450, 군비 2801,600, 민자 4.277,844)"
    assert _parts(letter)[0] == ("국비", None)


def test_garbled_digits_reads_only_grouped_shapes() -> None:
    from pledgecard.normalize.money_separators import garbled_digits

    assert garbled_digits("1741,023") == 1_741_023
    assert garbled_digits("2.248,450") == 2_248_450
    assert garbled_digits("4.5") is None  # a decimal
    assert garbled_digits("1741") is None  # no separator
    assert garbled_digits("1,74,02") is None  # a last group of two digits


def test_readable_parts_stay_as_printed() -> None:
    assert _parts("10.5억원(국비 5.5억원, 도비 5억원)") == [("국비", 550_000_000), ("도비", 500_000_000)]
    assert _parts("20,697백만원(국비 9,328, 도비 6,994, 시비 4,375)")[2] == ("시비", 4_375_000_000)


# --- a figure's Latin unit misread ----------------------------------------------------------------------------------


def _cell(text: str) -> list:
    return [ocr_words(text)]


def _latin(text: str, x0: float = 0.0, conf: float = 99.0, unit_from: float | None = None) -> list:
    """``text`` as the Latin model's symbols, 10 px apart (its unit's letters from ``unit_from`` where given)."""
    out, x = [], x0
    for ch in text:
        if ch.isalpha() and unit_from is not None:
            x, unit_from = max(x, unit_from), None
        out.append((ch, conf, (x, 0.0, x + 9, 10.0)))
        x += 10
    return out


def test_a_figure_whose_unit_the_text_model_misread_is_suspect() -> None:
    from pledgecard.extract.readers.ocr_latin_units import unit_suspect

    assert unit_suspect(_cell("5.51<07"), None, 75.0)  # a mark past the figure
    unsure = [[ocr_words("4.2")[0]]]
    unsure[0][0].symbols[-1] = ("2", 0.0, unsure[0][0].symbols[-1][2])
    assert unit_suspect(_cell("4.20"), unsure, 75.0)  # the digits model unsure of its tail
    assert not unit_suspect(_cell("4.20"), _cell("4.20"), 75.0)  # read surely: a figure
    assert not unit_suspect(_cell("154호"), None, 75.0)  # Hangul: the text model read its unit
    assert unit_suspect(_cell("5.20 ㅠ"), None, 75.0)  # a jamo past the figure, read as a word of its own
    assert not unit_suspect([*_cell("5.5"), *_cell("km")], None, 75.0)  # two lines: no one cell's figure
    assert not unit_suspect(_cell("추진중"), None, 75.0)


def test_the_latin_reading_is_taken_where_it_proves_the_figure_and_unit() -> None:
    from pledgecard.extract.readers.ocr_latin_units import unit_reading

    got = unit_reading(_cell("5.51<07"), _latin("5.5km", unit_from=30.0))
    assert got is not None and "".join(t for t, _, _ in got[0][0].symbols) == "5.5km"
    assert unit_reading(_cell("4.20"), _latin("4.2km", unit_from=30.0)) is not None


def test_the_latin_reading_is_refused_where_it_could_drop_a_digit_or_read_unsurely() -> None:
    from pledgecard.extract.readers.ocr_latin_units import unit_reading

    # the text model's `1` stands before the unit's ink: a digit the Latin model dropped (5.51km printed)
    assert unit_reading(_cell("5.51km"), _latin("5.5km", unit_from=40.0)) is None
    assert unit_reading(_cell("5.51<07"), _latin("5.5km", conf=60.0, unit_from=30.0)) is None  # unsure
    assert unit_reading(_cell("6.51<07"), _latin("5.5km", unit_from=30.0)) is None  # another figure
    assert (
        unit_reading(_cell("5.51<07"), _latin("5.5kk", unit_from=30.0)) is None
    )  # no unit of the vocabulary
    assert unit_reading(_cell("061-858"), _latin("061858")) is None  # no unit at all


# --- a ring bullet read as a mark in brackets ---------------------------------------------------------------------


def _marked(text: str) -> str:
    from pledgecard.extract.readers.ocr import restore_marker

    words = ocr_words(text)
    restore_marker(words)
    return " ".join("".join(t for t, _, _ in w.symbols) for w in words)


def test_a_mark_closed_in_brackets_before_hangul_is_the_ring_bullet() -> None:
    assert _marked("(>) 주요내용") == "○ 주요내용"
    assert _marked("(-) 사업기간 : 2023") == "○ 사업기간 : 2023"
    assert _marked("(> 주요내용") == "○ 주요내용"  # as before: the bracket left open


def test_a_numbering_or_a_letter_in_brackets_stays() -> None:
    for text in ["(1) 사업개요", "(0) 임대형 스마트팜", "(가) 주요내용", "() 주요내용", "(>) 2023년"]:
        assert _marked(text) == text, text


# --- the cards ----------------------------------------------------------------------------------------------------


def test_saebom_county_27007_scanned_reads_its_garbled_budget_parts_and_latin_units(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "saebom-county", 27007, "scan")
    assert wrong == 0
    assert got["overview"]["budget"]["parts"] == exp["overview"]["budget"]["parts"]  # (all four null)
    targets = [(g["target_value"], g["target_unit"]) for g in got["goals"]]
    assert (5.5, "km") in targets and (2.0, "km") in targets  # (null: ``5.51<07``, ``2.0\ufffd``)
    assert score >= 0.86  # (0.803)


def test_mulbit_city_62004_scanned_keeps_its_next_field_off_the_budget_line(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "mulbit-city", 62004, "scan")
    assert wrong == 0
    assert "주요내용" not in got["overview"]["budget"]["raw"]  # (``... 시비 4.375) (>) 주요내용``)
    assert len(got["overview"]["contents"]) == len(exp["overview"]["contents"])
    assert score >= 0.96  # (0.967)


def test_noeul_city_48001_scanned_reads_its_latin_units_read_as_jamo(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "noeul-city", 48001, "scan")
    assert (
        wrong == 0
    )  # (a right 5.0km read alone paired with the target 5.2km whose unit read ``0ㅠ``: 1 wrong)
    assert [g["target_value"] for g in got["goals"]] == [
        g["target_value"] for g in exp["goals"]
    ]  # (``5.20ㅠ``)
    assert score >= 0.87  # (0.733)
