"""Review c's findings on c0286fdc..aa120865, mended (session 34, mendc); each repro built from a committed card:

1. a range of years garbled past its end (``(2023.~2025.1O 누계)``, the OCR class ``2025.2Q`` -> ``2025.20`` inside a
   range): ``garbled_years`` read the range's label ``2023/2025`` as an int and raised, the whole file lost. The year
   a garbled reading names is read from its ISO dates, the year its range ends in (card-00101 txt: failed -> 1.000).
2. a framed ``name: remark`` block heading took any date of its remark (an event's, a target's) for its reporting
   point: card_id ``3-16@2026-06``. Only a remark garbled past its year and naming a reporting point is an unread
   point (card-00101 txt with such a block: 0.971 -> 0.981, card_id back to 2026-Q1).
3. a header table's row of one text continuing the labelled value above it (a period wrapped: ``사업기간 | 2022. 7. 1.
   ~`` / `` | (2027. 6. 30.)``) had its bare bracketed date taken for the card's as-of date (card_id
   ``3-16@2027-06-30``). Only a row standing on its own (the title's date row) gives a bare date
   (``header_row_as_of.lone_row_texts``; card-00101 txt and WeasyPrint PDF so printed: 0.990 -> 1.000).
4. an overview value cell spanning two rows beside its own label spanning them too (``사업비`` over two rows, the
   budget and its parts on two lines) was split among the overview labels of another column (사업기간, 주요내용):
   period lost, the parts filed as contents. Only the value's own label column counts, each label of one row
   (``header_overview``; WeasyPrint PDF so printed: 0.952 -> 0.971).
5. a one-cell-a-line ``추진시기 | 추진실적 | 추진계획`` table with a blank line inside a row (between its 실적 and 계획
   cells): the 계획 cell, its figures, was set apart as an achievement of its own. A line set apart ends the row only
   at the table's end: a dated row after it shows the table goes on (``item_tables``; the gyeongbuk card so printed:
   the plan's ``캠핑장 2개소 추가 조성(주민협의 5회)`` no longer an achievement with counts [2, 5]).
6. a budget total printed with three decimals whose decimal parts miss it by a rounding (``7.200억원(국비 3.6, 도비
   3.5)``) was nulled as a comma misread unproven: parts printed as true decimals (no group of three digits) that
   round to it prove its scale (``money_separators.garbled_total``); a comma misread stays proven by digits or null.
7. a heading's numbering its scan lost the opening bracket of (``13]``, ``151]``, ``161``) was taken in any number and
   any closing bracket (``100]``, ``101``, ``199)``, ``3>``, ``3」``, ``12】``): now only a one-digit number 1-9, a square
   bracket's glyph or strokes round it (``labels.norm_label``).
8. a year glued to digits no reading takes caught born-digital forms (``2025.1/2``, ``2025.1H``, ``'42.6억원``): only
   two digit-like characters standing alone after the point are a garbled month or quarter (``normalize.dates``).
"""

from __future__ import annotations

from pathlib import Path

from test_review_a_mend_33 import HEAD, SAMPLE, _with_section_body, json_of

from conftest import REPO, make_table, shared_score, wrong_figure_count

CORPUS = REPO / "samples" / "corpus"


def _card_with(tmp_path: Path, stem: str, old: str, new: str) -> tuple[dict, dict]:
    """The committed card ``stem`` (a text card) with its text ``old`` printed as ``new``, read: its expected record
    and the record read."""
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    assert old in text
    return _read(tmp_path, stem, text.replace(old, new, 1))


def _card_adding(tmp_path: Path, stem: str, after: int, *lines: str) -> tuple[dict, dict]:
    """The committed card ``stem`` with ``lines`` printed after its line ``after`` (1-based), read."""
    rows = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    return _read(tmp_path, stem, "\n".join(rows[:after] + list(lines) + rows[after:]))


def _read(tmp_path: Path, stem: str, text: str) -> tuple[dict, dict]:
    from pledgecard import extract_file
    from pledgecard.scoring import load_records

    path = tmp_path / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
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
    exp, got = _card_with(
        tmp_path, "card-00101-txt", "추진실적(성과)\n", "추진실적(성과) (2023.~2025.1O 누계)\n"
    )
    assert got["card_id"] == exp["card_id"]
    assert shared_score(exp, got) >= 0.99
    assert wrong_figure_count(exp, got) == 0


# --- 2. a framed "name: remark" block heading's event dates -------------------------------------------------------


def test_a_colon_block_heading_takes_no_event_date_for_its_point() -> None:
    from pledgecard.extract.headings import parse_group_heading

    for text in [
        "《창업보육센터 조성: 2026. 6월 준공 목표》",
        "《청년센터 리모델링 : 2025. 3. 착공 → 2026. 9. 준공》",
        "《주요 추진실적: 2023년 착공, 2025년 준공》",
        "【향후 계획: 2026년 상반기 개통 예정】",
    ]:
        heading = parse_group_heading(text)
        assert heading is not None and heading[1] is None, text
    garbled = parse_group_heading(
        "《기 추진실적: 2025.20 현재》"
    )  # the class the fallback was built for stays
    assert garbled is not None and garbled[1] is not None and garbled[1]["label"] is None


def test_a_colon_block_with_event_dates_leaves_the_card_point(tmp_path: Path) -> None:
    for line in [
        "《창업보육센터 조성: 2026. 6월 준공 목표》",
        "《청년센터 리모델링 : 2025. 3. 착공 → 2026. 9. 준공》",
    ]:
        exp, got = _card_adding(tmp_path, "card-00101-txt", 53, line, "")
        assert got["card_id"] == exp["card_id"], line
        assert got["as_of"]["label"] == exp["as_of"]["label"], line


# --- 3. a bare date on a row continuing a labelled value ----------------------------------------------------------


def test_a_row_continuing_a_labelled_value_gives_no_bare_as_of() -> None:
    from pledgecard.extract.sections.header import extract_header
    from pledgecard.extract.sections.header_row_as_of import lone_row_texts

    wrapped = make_table([["공약명", "청년 일자리"], ["사업기간", "2022. 7. 1. ~"], ["", "(2027. 6. 30.)"]])
    assert lone_row_texts([wrapped]) == [("(2027. 6. 30.)", False)]
    assert extract_header([wrapped]).dates == []
    titled = make_table([["청람시 공약사업 관리카드", ""], ["", "(2025. 6. 30.)"], ["관리번호", "2-9"]])
    assert [d["label"] for d in extract_header([titled]).dates] == ["2025-06-30"]
    first = make_table([["", "(2025. 6. 30.)"], ["관리번호", "2-9"]])  # the title printed above the table
    assert [d["label"] for d in extract_header([first]).dates] == ["2025-06-30"]


def test_a_ruled_header_table_s_wrapped_value_leaves_the_card_point(tmp_path: Path) -> None:
    ruled = "\n".join(
        [
            "+------------+-------------------------+",
            "| 공약명     | 청년 일자리 100개 창출  |",
            "+------------+-------------------------+",
            "| 관리번호   | 3-16                    |",
            "+------------+-------------------------+",
            "|            | (2027. 6. 30.)          |",
            "+------------+-------------------------+",
        ]
    )
    exp, got = _card_with(tmp_path, "card-00101-txt", "공약명 청년 일자리 100개 창출 관리번호 3-16", ruled)
    assert got["card_id"] == exp["card_id"]
    assert shared_score(exp, got) >= 0.99


# --- 4. a spanning overview value beside its own spanning label ---------------------------------------------------


def test_a_value_spanning_rows_beside_its_own_spanning_label_stays_whole() -> None:
    from pledgecard.extract.document import Cell, Table
    from pledgecard.extract.sections.header_overview import header_overview

    cells = [
        Cell(0, 0, "사업기간"),
        Cell(0, 1, "2022. 7. ~ 2026. 6."),
        Cell(0, 2, "사업비", row_span=2),
        Cell(0, 3, "43,751백만원\n(국비 14,426, 도비 29,325)", row_span=2),
        Cell(1, 0, "주요내용"),
        Cell(1, 1, "청년 맞춤형 교육 제공"),
    ]
    got = [ln.text for ln in header_overview([Table(cells=cells, n_rows=2, n_cols=4)], [])[0]]
    assert "사업기간 : 2022. 7. ~ 2026. 6." in got
    assert "청년 맞춤형 교육 제공" in got and "(국비 14,426, 도비 29,325)" in got
    assert (
        got.index("(국비 14,426, 도비 29,325)") == got.index("사업비 :") + 2
    )  # the budget's lines under 사업비
    assert not any(t.startswith("주요내용 : (") or t.startswith("사업기간 : 43") for t in got)


# --- 5. a blank line inside a row of a one-cell-a-line table ------------------------------------------------------


def test_a_blank_line_inside_a_row_moves_no_plan_cell_into_the_achievements(tmp_path: Path) -> None:
    from pledgecard import extract_file

    card = _with_section_body(
        tmp_path,
        "추진실적(성과)",
        [
            *HEAD,
            "2023. 4.",
            "캠핑장 시범 운영(2개소)",
            "",
            "캠핑장 2개소 추가 조성(주민협의 5회)",
            "2023. 6.",
            "관광 수요 조사(3회)",
            "관광 상품 개발",
        ],
        after_heading=True,
    )
    got = extract_file(card)[0]
    ach = {
        a["text"]: ((a.get("date") or {}).get("raw"), [c["value"] for c in a.get("counts") or []])
        for a in got["achievements"]
    }
    assert ach["캠핑장 시범 운영(2개소)"] == ("2023. 4.", [2])
    assert ach["관광 수요 조사(3회)"] == ("2023. 6.", [3])
    assert "캠핑장 2개소 추가 조성(주민협의 5회)" not in ach  # the row's 계획 cell: no achievement
    assert wrong_figure_count(json_of(SAMPLE.with_name(f"{SAMPLE.stem}.expected.json")), got) == 0


# --- 6. a decimal total its decimal parts round to ----------------------------------------------------------------


def _budget(raw: str) -> tuple[int | None, list[int | None]]:
    from pledgecard.normalize.money_budget import parse_budget

    b = parse_budget(raw)
    return b["total_krw"], [p["amount_krw"] for p in b["parts"]]


def test_a_decimal_total_its_decimal_parts_round_to_stays() -> None:
    assert _budget("7.200억원(국비 3.6, 도비 3.5)") == (720_000_000, [360_000_000, 350_000_000])
    assert _budget("1.500억원(국비 0.5, 시비 0.9)") == (150_000_000, [50_000_000, 90_000_000])
    # a comma read as a point: proven by the parts' digits, else null, never the decimal a thousand times too small
    assert _budget("43.751백만원(국비 14.426, 도비 10,473, 시비 18,852)")[0] == 43_751_000_000
    assert _budget("43.751백만원(국비 14,426, 도비 10,473, 시비 18,000)")[0] is None
    assert _budget("43.751백만원(국비 14.426, 도비 29.324)")[0] is None


# --- 7. a heading number its bracket lost: the OCR shape only -----------------------------------------------------


def test_only_the_ocr_shape_of_a_lost_bracket_numbers_a_heading() -> None:
    from pledgecard.extract.labels import section_of

    for text, section in [
        ("13] 추진실적", "achievements"),
        ("3] 추진실적", "achievements"),
        ("151] 시민소통 실적", "outreach"),
        ("161 향후 추진계획", "plans"),
        ("3) 추진실적", "achievements"),
    ]:
        assert section_of(text) == section, text
    for text in [
        "100] 추진실적",
        "101 추진실적",
        "199) 추진실적",
        "3> 향후계획",
        "3」 추진실적",
        "12】 사업개요",
    ]:
        assert section_of(text) is None, text


# --- 8. a year glued to digits: the OCR shape only ----------------------------------------------------------------


def test_only_two_digit_like_characters_alone_after_a_year_s_point_are_garbled() -> None:
    from pledgecard.normalize.dates import garbled_years

    for text in ["2025.20 현재", "2025.2O 현재", "(2025.20 현재)", "'25.2O", "(2023.~2025.1O 누계)"]:
        assert [y for _, _, y in garbled_years(text)] == [2025], text
    for text in ["2025.1/2", "2025.1H", "'42.6억원", "2025.2Q 현재"]:
        assert garbled_years(text) == [], text
