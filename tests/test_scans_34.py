"""Scanned cards still misread after session 33 (session 34, scans), read by OCR at test time:

- a reporting point garbled past its year (``2025.2Q 현재`` OCR'd ``2025.20 현재``, its quarter mark read as a digit):
  ``find_dates`` took ``2025.`` for the bare year 2025, so the block's date was the year and the card's as-of date gave
  way to an earlier block's finer ``25년 1분기 기준`` inside it: as_of and card_id 2025-Q1 instead of Q2, a wrong date
  no counter counts. A year whose point is glued to digits no reading takes is no date (``garbled_years`` names it);
  the block heading keeps its place with an unread date (raw text, null label); the card's as-of date is the unread
  point where it may lie after every readable one (``as_of_unread``), its card_id's point ``unknown``
  (saebom-county 27007 scan: as_of 2025-Q1 -> unread, score 0.869 -> 0.869, 0 wrong).
- a section heading's bracketed number whose opening bracket the scan lost or read as a stroke (``⟦3⟧ 추진실적``
  OCR'd ``13] 추진실적``, ``⟦5⟧`` ``151]``, ``⟦6⟧`` ``161``): no numbering, so no heading; the achievements ran on in
  the funding section unread and the scorer paired a later item's ``33건`` with the lost ``16건`` item (mutant 5306
  scan: 0.286 -> 0.503, wrong 1 -> 0). A number closed by a bracket, a stroke before it, or a number between two
  strokes, is a heading's numbering (``labels.norm_label``).
- dallae-city 101 printed 2-up on plain paper and scanned: its overview table's rule between ``사업비`` and
  ``주요내용`` lost, the two values read as one cell spanning both label rows (the budget read as two lines, the
  contents lost); a value cell spanning the rows of as many overview labels as it prints lines gives each its line
  (``header_overview``). Its budget then OCR'd ``43.751백만원(국비 14.426, 도비 10,473, 시비 18,852)``: a total grouped
  by a point is read by its digits where the parts add up to those, kept where they add up to it as read, else null,
  its point-grouped parts too (``money_separators.garbled_total``). 0.579 -> 0.628, 0 wrong -> 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card, family_card_read, mutant_file, read_once, wrong_figure_count

# --- a date garbled past its year ---------------------------------------------------------------------------------


def _found(text: str) -> list[str | None]:
    from pledgecard.normalize.dates import find_dates

    return [d["label"] for _, _, d in find_dates(text)]


def test_a_year_glued_to_digits_no_reading_takes_is_no_date() -> None:
    from pledgecard.normalize.dates import garbled_years

    for text in ["2025.20 현재", "2025.2O 현재", "'25.20 현재", "(2025.20 현재)", "2025.I0 기준"]:
        assert _found(text) == [], text
        assert [y for _, _, y in garbled_years(text)] == [2025], text


def test_dates_read_past_their_year_or_standing_alone_stay() -> None:
    from pledgecard.normalize.dates import garbled_years

    assert _found("2025.2Q 현재") == ["2025-Q2"]
    assert _found("2025.2/4 현재") == ["2025-Q2"]
    assert _found("2025.12 현재") == ["2025-12"]
    assert _found("2025. 현재") == ["2025"]  # a year and its point, then a space: the year
    assert _found("2024.~2025.") == ["2024/2025"]
    assert _found("2025년20 현재") == ["2025"]  # a year word, no point: a year (Korean spacing is loose)
    assert garbled_years("2025.2Q 현재") == [] and garbled_years("2025. 10월말") == []


def test_a_block_heading_garbled_past_its_year_keeps_its_place_with_an_unread_date() -> None:
    from pledgecard.extract.headings import parse_group_heading

    for text, name, raw in [
        ("2025.20 현재", "2025.20 현재", "2025.20 현재"),
        ("그간 추진실적 [2025.20 현재]", "그간 추진실적", "2025.20 현재"),
        ("추진실적 (2025.20 기준)", "추진실적", "2025.20 기준"),
    ]:
        got = parse_group_heading(text)
        assert got is not None, text
        assert got[0] == name and got[1] is not None, text
        assert got[1]["raw"] == raw and got[1]["label"] is None and got[1]["end"] is None, text
    assert parse_group_heading("2025.2Q 현재")[1]["label"] == "2025-Q2"  # type: ignore[index]


def _date(label: str, start: str, end: str, precision: str) -> dict:
    return {"raw": label, "label": label, "start": start, "end": end, "precision": precision}


def test_an_unread_point_that_may_lie_after_the_readable_ones_is_the_cards() -> None:
    from pledgecard.extract.as_of_unread import unread_point

    q1 = _date("2025-Q1", "2025-01-01", "2025-03-31", "quarter")
    unread = {"raw": "2025.20 현재", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q1, [q1, unread], []) is unread  # 2025-Q1 proves nothing of a point somewhere in 2025
    assert unread_point(None, [unread], []) is unread


def test_a_readable_point_the_unread_one_cannot_pass_stands() -> None:
    from pledgecard.extract.as_of_unread import unread_point

    q1 = _date("2026-Q1", "2026-01-01", "2026-03-31", "quarter")
    earlier = {"raw": "2025.20 현재", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q1, [q1, earlier], []) is q1  # the unread point lies in 2025, before 2026-Q1
    q2 = _date("2025-Q2", "2025-04-01", "2025-06-30", "quarter")
    same_year = {"raw": "2025.20 기준", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q2, [q2, same_year], [q2]) is q2  # the header area states the card's point
    plain = {"raw": "연중", "label": None, "start": None, "end": None, "precision": None}
    assert unread_point(q2, [q2, plain], []) is q2  # an unread date printing no year is no reporting point


# --- a heading's numbering its bracket lost ---------------------------------------------------------------------


def test_a_number_its_scan_lost_the_opening_bracket_of_heads_its_section() -> None:
    from pledgecard.extract.labels import section_of

    assert section_of("13] 추진실적") == "achievements"
    assert section_of("3] 추진실적") == "achievements"
    assert section_of("151] 시민소통 실적") == "outreach"
    assert section_of("161 향후 추진계획") == "plans"
    assert section_of("[11 사업개요") == "overview"


def test_other_numbers_before_a_title_stay() -> None:
    from pledgecard.extract.labels import section_of

    assert section_of("100 추진실적") is None  # no stroke round it
    assert section_of("2024] 추진실적") is None  # a year
    assert section_of("261 향후 추진계획") is None


# --- a lost rule in the overview table; a total grouped by a point ----------------------------------------------


def _overview_lines(*cells: tuple) -> list[tuple[str | None, str]]:
    from pledgecard.extract.document import Cell, Table
    from pledgecard.extract.sections.header_overview import header_overview

    table = Table(
        cells=[Cell(r, c, t, row_span=span) for r, c, t, span in cells],
        n_rows=max(r + span for r, _, _, span in cells),
        n_cols=2,
    )
    return [(ln.marker, ln.text) for ln in header_overview([table], [])[0]]


def test_a_value_cell_over_two_label_rows_gives_each_label_its_line() -> None:
    got = _overview_lines(
        (0, 0, "사업기간", 1),
        (0, 1, "2022년 7월 ~ 2027년 6월", 1),
        (1, 0, "사업비", 1),
        (1, 1, "43,751백만원(국비 14,426, 도비 29,325)\n◎ 청년 맞춤형 교육 제공", 2),
        (2, 0, "주요내용", 1),
    )
    assert got == [
        (None, "사업기간 : 2022년 7월 ~ 2027년 6월"),
        (None, "사업비 : 43,751백만원(국비 14,426, 도비 29,325)"),
        (None, "주요내용 :"),
        ("◎", "청년 맞춤형 교육 제공"),
    ]


def test_a_value_cell_whose_lines_do_not_pair_with_the_labels_stays() -> None:
    got = _overview_lines(
        (0, 0, "사업비", 1), (0, 1, "43,751백만원\n(국비 14,426)\n◎ 교육", 2), (1, 0, "주요내용", 1)
    )
    assert got[0] == (None, "사업비 :")  # three lines, two labels: as read
    one = _overview_lines((0, 0, "주요내용", 2), (0, 1, "◎ 교육\n◎ 컨설팅", 2))
    assert one == [(None, "주요내용 :"), ("◎", "교육"), ("◎", "컨설팅")]  # one label over two rows: its lines


def _budget(raw: str) -> tuple[int | None, list[int | None]]:
    from pledgecard.normalize.money_budget import parse_budget

    b = parse_budget(raw)
    return b["total_krw"], [p["amount_krw"] for p in b["parts"]]


def test_a_total_grouped_by_a_point_is_read_by_its_digits_where_the_parts_prove_them() -> None:
    m = 1_000_000
    assert _budget("43.751백만원(국비 14.426, 도비 10,473, 시비 18,852)") == (
        43_751 * m,
        [14_426 * m, 10_473 * m, 18_852 * m],
    )
    assert _budget("43.751백만원(국비 14.426, 도비 10.473, 시비 18.852)") == (
        43_751_000,
        [14_426_000, 10_473_000, 18_852_000],
    )  # decimals
    assert _budget("10.5억원(국비 5.5억원, 도비 5억원)") == (1_050_000_000, [550_000_000, 500_000_000])
    assert _budget("43.751백만원")[0] == 43_751_000  # no parts to tell: as printed


def test_a_total_grouped_by_a_point_the_parts_prove_neither_way_is_null() -> None:
    total, parts = _budget("43.751백만원(국비 14.426, 도비 10,473, 시비 18,853)")  # a digit misread
    assert total is None and parts[0] is None  # (43,751,000 and 14,426,000: a thousand times too small)
    assert parts[1:] == [10_473_000_000, 18_853_000_000]


# --- the cards ----------------------------------------------------------------------------------------------------


def test_saebom_county_27007_scanned_dates_no_card_by_an_earlier_block(tmp_path: Path) -> None:
    exp, got, score, wrong = family_card_read(tmp_path, "saebom-county", 27007, "scan")
    assert wrong == 0
    assert exp["as_of"]["label"] == "2025-Q2"
    assert got["as_of"]["label"] is None and got["as_of"]["raw"] == "2025.20 현재"  # (2025-Q1)
    assert got["card_id"] == "2-39@unknown"  # (2-39@2025-Q1)
    groups = {a["group"]: a["group_as_of"] for a in got["achievements"]}
    assert groups["2025.20 현재"]["label"] is None  # (the year 2025)
    assert groups["그간 추진실적"]["label"] == "2025-Q1"
    assert score >= 0.86  # (0.869)


def test_mutant_5306_scanned_heads_its_sections_numbered_in_lost_brackets(tmp_path: Path) -> None:
    from pledgecard.scoring import load_records, score_record

    path = mutant_file(5306, "scan", tmp_path)
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = read_once(path)
    assert wrong_figure_count(exp, got) == 0  # (1: the lost 16건 item paired with a later 33건)
    counts = [c["value"] for a in got["achievements"] for c in a["counts"]]
    assert 16 in counts  # (the item read in the funding section, unplaced)
    assert got["outreach"] is not None and got["plans"]  # (⟦5⟧, ⟦6⟧ headings lost)
    assert score_record(exp, got).score() >= 0.65  # (0.286; 0.662 with its typed tables read: test_scans_34b)


def test_dallae_city_101_printed_2up_on_plain_paper_and_scanned_reads_its_overview_table(
    tmp_path: Path,
) -> None:
    from pledgecard.scoring import score_record

    path, exp = family_card(tmp_path, "dallae-city", 101, "scan", sheet_up=2)
    [got] = read_once(path)
    assert wrong_figure_count(exp, got) == 0
    assert (
        got["overview"]["budget"]["total_krw"] == exp["overview"]["budget"]["total_krw"]
    )  # (unread: two lines)
    assert [p["amount_krw"] for p in got["overview"]["budget"]["parts"]] == [
        p["amount_krw"] for p in exp["overview"]["budget"]["parts"]
    ]
    assert len(got["overview"]["contents"]) == 1  # (lost)
    assert score_record(exp, got).score() >= 0.62  # (0.579)
