"""Session 34's fresh sweep (mutated seeds 3480-3539 in PDF, HWPX and HWP, 4320-4359 in the text dump; crossbred
seeds 6373-6402): unit tests on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_90 and
tests/test_crossbreed.py SEEDS_90."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Source
from tests.conftest import make_line


def test_a_label_cell_printing_its_numbering_two_glyphs_a_line_names_its_section() -> None:
    """Mutant 3486 (PDF): a narrow body-table label cell wrapped ``2-1.사업개요`` as ``2`` / ``-1`` / ``.`` / ``사`` ...:
    the two-glyph line kept the letters apart (``2 -1. 사 업 개 요``), no label named a section, the body unplaced."""
    from pledgecard.extract.labels import section_of
    from pledgecard.extract.layout_labels import label_text, letter_lines

    assert label_text("2\n-1\n.\n사\n업\n개\n요") == "2-1.사업개요"
    assert section_of(label_text("2\n-1\n.\n사\n업\n개\n요")) == "overview"
    assert label_text("2\n-\n1\n.\n투\n자\n계\n획") == "2-1.투자계획"  # a glyph a line: as before
    assert label_text("Ⅲ\n)\n투\n자\n계\n획") == "Ⅲ)투자계획"  # as before
    assert label_text("▤\n1\n.\n사\n업\n개\n요") == "▤ 1.사업개요"  # a marker glyph apart: as before
    assert letter_lines("'22\n'23\n'24") == []  # short numbers a line, no syllable: no label a letter a line
    assert letter_lines("12\n-3\n4") == []
    assert label_text("사업\n개요\n현황") == "사업 개요 현황"  # words a line: spaced, as before


def test_a_block_naming_the_achievements_by_their_results_and_dated_by_a_range_is_a_block() -> None:
    """Crossbred 6393 (every format): ``● 그간 주요성과 (2022. 9. ~ 2022. 12.)``, a range and no as-of word: no block
    heading, the block's items under a heading line (structure 0.382)."""
    from pledgecard.extract.headings import parse_group_heading

    name, when = parse_group_heading("그간 주요성과 (2022. 9. ~ 2022. 12.)") or ("", None)
    assert name == "그간 주요성과"
    assert when is not None and when["label"] == "2022-09/2022-12"
    assert parse_group_heading("금분기 추진성과 (2023년 1분기)") is not None
    assert parse_group_heading("주요성과 달성을 위한 협약 체결") is None  # no date: an item
    assert parse_group_heading("성과목표 (2022~2026)") is None  # the goals' title, not the achievements'


def _row(label: str, source: str, *amounts: int | None) -> dict:
    m = 1_000
    return {"label": label, "source": source, "amounts_krw": [None if a is None else a * m for a in amounts]}


def test_a_part_repeating_the_head_goes_on_with_the_rows_each_proven_by_its_total_column() -> None:
    """Mutant 3518 (PDF, HWPX, HWP): sources down, years and 총사업비 across, no total row; a page break, (계속), the
    head again over 군비: no column sum to prove it, the part lost (money 0.727)."""
    from pledgecard.extract.sections.funding_continued import continues_rows
    from pledgecard.extract.sections.funding_row_totals import rows_total_themselves

    cols = [
        {"label": "2022", "kind": "year", "year": 2022},
        {"label": "2023", "kind": "year", "year": 2023},
        {"label": "총사업비", "kind": "total", "year": None},
    ]
    first = [_row("국비", "national", 0, 381, 381), _row("도비", "provincial", 554, 185, 739)]
    more = [_row("군비", "municipal", 0, 757, 757)]
    assert rows_total_themselves(cols, first + more)
    assert continues_rows(cols, first, cols, more)
    assert not continues_rows(cols, first, [], more)  # no head printed again: no proof without a total row
    assert not continues_rows(
        cols, first, cols, [_row("군비", "municipal", 0, 757, 700)]
    )  # a row its sum disproves
    assert not continues_rows(
        cols, first, cols, [_row("군비", "municipal", 0, 757, None)]
    )  # its total unread
    assert not continues_rows(cols, first, cols, [_row("도비", "provincial", 0, 757, 757)])  # a row twice
    blank = [
        _row("군비", "municipal", None, 757, 757)
    ]  # a blank period its total proves zero: the part goes on
    assert continues_rows(cols, first, cols, blank)
    no_total = cols[:2]
    assert not rows_total_themselves(no_total, first + more)  # no total column: nothing proves a row


def _at(text: str, x0: float, top: float, x1: float) -> object:
    line = (
        make_line("", "-") if text == "-" else make_line(text)
    )  # a dash alone: a bullet of no text, as read
    return replace(line, source=Source(page=2, bbox=(x0, top, x1, top + 10.5)))


def test_a_rule_less_channel_tables_cells_on_one_baseline_are_one_row() -> None:
    """Mutant 3524 (PDF): a channel table drawn without rules, each count a line of its own right of its label and
    a zero's ``-`` read as a bullet of no text: no row read (outreach 0.0)."""
    from pledgecard.extract.sections.outreach import extract_outreach
    from pledgecard.extract.sections.outreach_same_row import rows_joined

    rows = [
        ("구 분", 51, 625, 81),
        ("횟수 비고", 165, 625, 211),
        ("간담회, 공청회 등 4 토론회", 51, 641, 221),
        ("만족도조사", 51, 657, 101),
        ("-", 181, 657, 185),
        ("언론 홍보", 51, 673, 94),
        ("-", 181, 673, 185),
        ("기타", 51, 689, 71),
        ("-", 181, 689, 185),
        ("계", 51, 705, 61),
        ("4회", 169, 705, 185),
    ]
    lines = [_at(t, x0, top, x1) for t, x0, top, x1 in rows]
    assert lines[4].marker == "-" and not lines[4].text  # the zero read as a bullet
    joined = rows_joined(lines)
    assert [ln.full_text for ln in joined] == [
        "구 분 횟수 비고",
        "간담회, 공청회 등 4 토론회",
        "만족도조사 -",
        "언론 홍보 -",
        "기타 -",
        "계 4회",
    ]
    got = extract_outreach(lines).value["outreach"]
    assert got is not None and got["total"] == 4
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("meetings", 4),
        ("survey", 0),
        ("media", 0),
        ("other", 0),
    ]
    # a text dump's lines (no box) and lines one under the other stay apart
    assert len(rows_joined([make_line(t) for t in ("만족도조사", "-")])) == 2
    apart = [_at("만족도조사", 51, 657, 101), _at("-", 181, 673, 185)]
    assert len(rows_joined(apart)) == 2
    marked = [_at("만족도조사", 51, 657, 101), replace(_at("2회 개최", 181, 657, 230), marker="-")]
    assert len(rows_joined(marked)) == 2  # a bullet with its text is an item of its own


def test_a_channel_table_of_bare_year_rows_over_its_total_row_reads_the_total_row() -> None:
    """Crossbred 6385 (txt): ``연도 계 ...`` over rows opened by a bare year (``2022 78 1 - 1 76 -``) and ``합계``: the
    year read as the row's first count, no row found, the outreach null (outreach 0.0, 0.975)."""
    from pledgecard.extract.sections.outreach import extract_outreach

    head = "연도 계 주민간담회·공청회 등 만족도조사 민간전문가 자문 언론·방송 기타"
    rows = ["2022 78 1 - 1 76 -", "2023 101 1 - - 97 3"]
    got = extract_outreach([make_line(t) for t in (head, *rows, "합계 179 2 - 1 173 3")]).value["outreach"]
    assert got is not None and got["total"] == 179
    assert [i["count"] for i in got["items"]] == [2, 0, 1, 173, 3]
    # the sums disprove it: null, as before
    assert (
        extract_outreach([make_line(t) for t in (head, *rows, "합계 180 2 - 1 173 3")]).value["outreach"]
        is None
    )
    # years not one after another: no rows of periods
    back = ["2023 78 1 - 1 76 -", "2022 101 1 - - 97 3"]
    assert (
        extract_outreach([make_line(t) for t in (head, *back, "합계 179 2 - 1 173 3")]).value["outreach"]
        is None
    )
