"""Review A's findings on session 30's text rules, mended (session 30, helper menda): the reviewer's inputs
(tests/fixtures/review_a_30/, copied from /tmp/review-a/) read through the pipeline and scored with the shared
scorer and wrong-figure counter, and unit tests of each shape with its negative case.

1. A channel table a cell a line whose blank row is followed by a row with a 비고 figure is no run of labels
   then counts (extract/sections/outreach_label_runs.py): a run is dealt only where its counts are proven.
2. A stray line above labels over values is no run of values over labels (extract/sections/header_labels_under.py):
   every pair after the first must print a typed value (a code, department, name, phone, status).
3. A title | name | target row whose target's first word precedes the term (서동정 단계적 임기 내 완료) parts no
   way (extract/sections/header_term_cut.py): the way opening the target with the term is kept only where its
   person is a plausible name (a family name's syllable first) and no way giving the target the words before the
   term gives one.
4. A word-labelled row under the channels is an unknown channel only where the printed total proves it
   (extract/sections/outreach_unnamed_rows.py): its count needed to add up to the total, or a wholly nil table.
5. A tab-typed head and first row are no one-row table where rows of figures typed with spaces follow
   (extract/typed_tables.py): the run stays text and the whole table is read.
6. A note column's head (비고) or a unit line ((단위:회)) after the last channel of a head printed a cell a line is
   no piece of a wrapped label (extract/sections/outreach_wrapped_head.py).
7. A note under a goal table reporting an achievement (a status word, a counted figure) stays with the
   achievements; a note defining the table's figures moves with it (extract/table_notes_moved.py).
Seen on review A's h2 input once 2 was mended: the stray reporting-point line (``2024년 2분기 실적``) paired as the
value of no kind with the lone 실천목표 (extract/header_values_apart.py): a reporting-point line is no header value.
Class note: a block heading's date set off by a colon is cut from its name only where the heading is framed by
parentheses (extract/headings.py), as its comment says.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.pipeline import card_results

from conftest import shared_score, wrong_figures_of

FIXTURES = Path(__file__).parent / "fixtures" / "review_a_30"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source(line_start=k + 1)) for k, t in enumerate(texts)]


def _read(path: Path) -> dict[str, Any]:
    [record] = [c.record for c, _ in card_results(read_path(path), str(path))]
    return record


def _expected(path: Path) -> dict[str, Any]:
    exp = json.loads(path.with_name(path.name[: -len(".txt")] + ".expected.json").read_text("utf-8"))
    return exp[0] if isinstance(exp, list) else exp


def _counts(record: dict[str, Any]) -> dict[str, Any]:
    out = record.get("outreach") or {}
    return {it["category"]: it["count"] for it in out.get("items") or []}


# 1. outreach_label_runs
def test_a_blank_row_then_a_row_with_a_note_figure_is_no_run_of_labels() -> None:
    """Review A 1 (lr2/blank-row-note-40): 만족도 조사 blank, 전문가 자문 / 3 / 40명 under 비고: read as two labels
    then two counts, survey=3 and experts=40 (2 wrong figures). Now no count is given out of place."""
    path = FIXTURES / "lr2" / "blank-row-note-40.txt"
    expected, record = _expected(path), _read(path)
    assert wrong_figures_of(expected, record) == []
    counts = _counts(record)
    assert counts.get("survey") is None and counts.get("experts") in (None, 3)


def test_a_run_is_dealt_only_where_its_counts_are_proven() -> None:
    from pledgecard.extract.sections.outreach_label_runs import labels_dealt

    # counts dealt add up to the printed total: dealt
    run = ["구분", "횟수", "간담회", "6", "언론·방송", "기타", "105", "-", "계", "111회"]
    assert [ln.text for ln in labels_dealt(_lines(run))][4:8] == ["언론·방송", "105", "기타", "-"]
    # a blank row then a row with a note figure: the dealt counts miss the total (2 + 3 + 40 != 5), as printed
    blank = [
        "구분",
        "횟수",
        "비고",
        "계",
        "5회",
        "간담회",
        "2",
        "만족도 조사",
        "전문가 자문",
        "3",
        "40명",
        "언론 홍보",
        "0",
        "기타",
        "0",
    ]
    assert [ln.text for ln in labels_dealt(_lines(blank))] == blank
    # no total printed: dealt under a head with no note column, not under one with 비고
    bare = ["구분", "횟수", "간담회", "6", "언론·방송", "기타", "105", "-"]
    assert [ln.text for ln in labels_dealt(_lines(bare))][4:8] == ["언론·방송", "105", "기타", "-"]
    noted = ["구분", "횟수", "비고", "간담회", "6", "언론·방송", "기타", "105", "-"]
    assert [ln.text for ln in labels_dealt(_lines(noted))] == noted


# 2. header_labels_under
def test_a_stray_line_above_labels_over_values_keeps_the_title_under_its_label() -> None:
    """Review A 2 (h2/h-asof): ``2024년 2분기 실적`` / 공약명 / title / 실천목표 (empty) read as values over labels:
    title '2024년 2분기 실적' and the title as the target. The title is read under its label again."""
    path = FIXTURES / "h2" / "h-asof.txt"
    expected, record = _expected(path), _read(path)
    assert record["header"]["title"] == expected["header"]["title"] == "청년농업 창업 지원 확대"
    assert record["header"]["target"] is None  # the reporting-point line no value of the lone 실천목표
    assert wrong_figures_of(expected, record) == [] and shared_score(expected, record) == 1.0


def test_pairs_of_free_text_labels_alone_tell_no_values_over_labels() -> None:
    from pledgecard.extract.sections.header_labels_under import labels_under_values

    from conftest import make_line

    stray = [
        make_line(t) for t in ("2024년 2분기 실적", "공  약  명", "청년농업 창업 지원 확대", "실 천 목 표")
    ]
    assert labels_under_values(stray) == stray
    # the same free-text pairs, then a typed pair (a code and a department) closing on labels: values over labels
    texts = ("청년농업 창업 지원 확대", "공  약  명", "5-81  농업정책과", "관 리 번 호    추 진 부 서")
    got = [ln.text for ln in labels_under_values([make_line(t) for t in texts])]
    assert got == [texts[1], texts[0], texts[3], texts[2]]
    # a second pair of free text only after the title's: the run ends there, nothing is moved
    free = [make_line(t) for t in ("청년농업 창업 지원 확대", "공  약  명", "임기 내 완료", "실 천 목 표")]
    assert labels_under_values(free) == free


# 3. header_term_cut
def test_a_target_whose_first_word_precedes_the_term_gives_the_title_no_name() -> None:
    """Review A 3 (tc/term-cut): ``청년농업 창업 지원 확대 서동정 단계적 임기 내 완료``: title '…확대 서동정', name
    '단계적', target '임기 내 완료' (3 wrong fields). Now none of the three is read (as before session 30)."""
    path = FIXTURES / "tc" / "term-cut.txt"
    header = _read(path)["header"]
    assert (header["title"], header["contact_name"], header["target"]) == (None, None, None)


def test_the_term_opens_the_target_only_after_a_plausible_name_with_no_rival() -> None:
    from pledgecard.extract.sections.header_term_cut import plausible_name
    from pledgecard.extract.sections.header_value_rows import split_value_row

    labels = ["title", "contact_name", "target", "as_of"]
    assert (
        split_value_row(labels, "청년농업 창업 지원 확대 서동정 단계적 임기 내 완료 '24. 2/4분기 현재")
        is None
    )
    # the word before the term no name, the one before it no name either: parted after the name as before
    assert split_value_row(labels, "농어촌 대중교통 확대 고미태 임기 후 계속 '26. 2/4분기 현재") == {
        "title": "농어촌 대중교통 확대",
        "contact_name": "고미태",
        "target": "임기 후 계속",
        "as_of": "'26. 2/4분기 현재",
    }
    assert plausible_name("서동정") and plausible_name("남궁민수")
    assert not plausible_name("단계적") and not plausible_name("확대") and not plausible_name("청년농업창업")


# 4. outreach_unnamed_rows
def _items(record: dict[str, Any]) -> list[tuple[str, Any]]:
    return [(it["category"], it["count"]) for it in (record.get("outreach") or {}).get("items") or []]


def test_a_row_of_people_under_the_channels_is_no_other_channel() -> None:
    """Review A 4 (u2/unnamed-row, u1/dash-row): ``누적 참여인원 | 1,250 | -`` under a total of 5 read as an 'other'
    channel of 1,250 (the validator's outreach.total error); ``참 석 인 원 | - | -`` as 'other' 0. Neither now."""
    for path in (
        FIXTURES / "u2" / "unnamed-row.txt",
        FIXTURES / "u1" / "dash-row.txt",
        FIXTURES / "u1" / "unnamed-row.txt",
        FIXTURES / "u1" / "control.txt",
    ):
        expected, record = _expected(path), _read(path)
        assert _items(record) == [("meetings", 2), ("media", 3)]
        assert wrong_figures_of(expected, record) == [] and shared_score(expected, record) == 1.0


def test_an_unknown_channel_is_read_where_the_total_needs_its_count() -> None:
    from pledgecard.extract.sections.outreach_grid import from_grid

    head = [["구 분", "횟수", "비고"]]
    rows = [["주민간담회", "2", "-"], ["언론 홍보", "3", "-"], ["교원 연수", "3", "-"]]
    got = from_grid([*head, ["계", "8", "-"], *rows])
    assert got is not None and [(it["category"], it["count"]) for it in got["items"]] == [
        ("meetings", 2),
        ("media", 3),
        ("other", 3),
    ]
    # the total made up without it, or no total printed: left out
    for grid in ([*head, ["계", "5", "-"], *rows], [*head, *rows]):
        got = from_grid(grid)
        assert got is not None and [it["label"] for it in got["items"]] == ["주민간담회", "언론 홍보"]
    # a note under the table, its mark a footnote's (주1)): no channel
    noted = from_grid([*head, ["계", "8", "-"], *rows[:2], ["주1) 교원 연수 별도", "3", "-"]])
    assert noted is not None and [it["label"] for it in noted["items"]] == ["주민간담회", "언론 홍보"]


# 5. typed_tables one-row rule
def _amounts(record: dict[str, Any]) -> dict[str, Any]:
    return {r["source"]: r["amounts_krw"] for r in (record.get("funding") or {}).get("rows") or []}


def test_a_typed_head_and_row_over_spaced_rows_read_every_row() -> None:
    """Review A 5 (runA/mixed, t1/mixed-rows-reordered): ``구분<TAB>계<TAB>2024년…`` over ``계<TAB>3,000…`` then
    ``국비 1,500 500 600 400`` / ``시비 …`` typed with spaces: a one-row table, 국비 and 시비 unparsed (8 amounts
    lost; money 0.924). Every row is read now."""
    path = FIXTURES / "runA" / "mixed.txt"
    expected, record = _expected(path), _read(path)
    assert wrong_figures_of(expected, record) == []
    row = [1_500_000_000, 500_000_000, 600_000_000, 400_000_000]
    assert _amounts(record) == {
        "total": [3_000_000_000, 1_000_000_000, 1_200_000_000, 800_000_000],
        "national": row,
        "municipal": row,
    }
    assert _amounts(_read(FIXTURES / "t1" / "mixed-rows-reordered.txt"))["municipal"] == row


def test_the_one_row_rule_holds_only_where_no_row_of_figures_follows() -> None:
    from pledgecard.extract.typed_tables import figure_row, typed_cells, typed_runs

    lines = ["구분\t계\t2024년\t2025년", "계\t3,000\t1,000\t2,000", "국비 1,500 500 1,000"]
    marks = [figure_row(t) for t in lines]
    assert marks == [False, False, True]
    assert typed_runs([typed_cells(t) for t in lines], marks) == []
    assert typed_runs([typed_cells(t) for t in lines[:2]] + [None], [False, False, False]) == [(0, 2)]
    assert not figure_row("◦ 2024. 6월 착공") and not figure_row("사업기간 2022 2026")


# 6. outreach_wrapped_head
def test_a_note_or_unit_cell_after_the_last_channel_keeps_the_counts() -> None:
    """Review A 6 (runA/note-col-cells, unit-cell-last): ``계`` / five channels / ``비고`` (or ``(단위:회)``) / six
    counts a cell a line: the last cell taken for a wrapped label's piece, all five counts nulled (outreach
    0.444 over runA). Read now, adding up to the printed total."""
    for name in ("note-col-cells.txt", "unit-cell-last.txt"):
        path = FIXTURES / "runA" / name
        expected, record = _expected(path), _read(path)
        assert wrong_figures_of(expected, record) == [] and shared_score(expected, record) == 1.0
        assert record["outreach"]["total"] == 5 and sum(c for _, c in _items(record)) == 5


def test_a_wrapped_labels_piece_is_no_note_head_nor_unit_line() -> None:
    from pledgecard.extract.sections.outreach_wrapped_head import wrapped_label_last

    head = ["계", "만족도 조사", "언론 홍보", "주민간담회·공청"]
    assert wrapped_label_last([*head, "회등"])
    assert not wrapped_label_last([*head, "비고"]) and not wrapped_label_last([*head, "(단위:회)"])
    assert not wrapped_label_last([*head, "(단위 : 회)"], [1, 2, 3, 4, 5])


# 7. table_notes_moved
def test_a_note_reporting_an_achievement_stays_in_the_achievements() -> None:
    """Review A 7 (n1/goal-note-figures): ``※ 2025년 목표 70개 중 12개 기업 입주 완료`` right after the goal table
    moved with it and was lost from the achievements. It stays; the formula note (n1/goal-note-formula) moves."""
    record = _read(FIXTURES / "n1" / "goal-note-figures.txt")
    assert "12개 기업 입주 완료" in json.dumps(record["achievements"], ensure_ascii=False)
    formula = _read(FIXTURES / "n1" / "goal-note-formula.txt")
    assert "달성률(%)" not in json.dumps(formula["achievements"], ensure_ascii=False)


def test_a_note_moves_with_its_goal_table_only_where_it_reports_no_work() -> None:
    from pledgecard.extract.table_notes_moved import reports_achievement, table_note

    from conftest import make_line

    assert table_note("goals", make_line("달성률(%) = 실적 ÷ 목표 × 100", marker="※")) == "goals"
    assert table_note("goals", make_line("2025년 목표 70개 중 12개 기업 입주 완료", marker="※")) is None
    assert table_note("funding", make_line("달성률(%) = 실적 ÷ 목표 × 100", marker="※")) is None
    assert reports_achievement("설명회 3 회 개최") and reports_achievement("착공 추진중")
    assert not reports_achievement("실적은 2024. 6월 기준")


# class note: headings' colon rule
def test_a_colon_cuts_a_headings_date_only_inside_parentheses() -> None:
    from pledgecard.extract.headings import parse_group_heading

    framed = parse_group_heading("( 그간 추진실적 : '25.4/4분기 누계 )")
    assert framed is not None and framed[0] == "그간 추진실적" and framed[1]["label"] == "2025-Q4"
    dashed = parse_group_heading("기 추진실적 - '24. 3/4분기 누계")
    assert dashed is not None and dashed[0] == "기 추진실적"
    bare = parse_group_heading("그간 추진실적 : '25.4/4분기 누계")
    assert bare is not None and bare[0] == "그간 추진실적 : '25.4/4분기 누계"
