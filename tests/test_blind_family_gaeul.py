"""The template family designed blind in session 16 (samples/families.py: ``gaeul-county``, a 군 card whose
performance indicators are printed as real cards print them) and the classes of input it brought in, on
small grids and lines:

- an indicator a row (지표명 | 단위), every year over 목표 | 실적 under a spanning year head, then columns
  after the years that hold no year's goal (최종목표, 달성률(%), 누계, 비고; vocabulary ``[goals_final_column]``,
  ``[goals_columns] rate``, ``[goals_sum_column]``, ``[note_column]``): the years end there, in a
  document's table and in a dump's head line; an actual printed ``추진중`` is the goal's actual (no value),
  one left blank none; a dump row's ``추진중`` is one of its gapped cells;
- an unaligned dump block's one-line rows keep their printed space runs (the gaps of empty cells);
- the items of a block as a table by quarter (분기 | 주요 추진내용 | 비고; vocabulary ``[item_table]`` date
  words ``분기``, ``추진분기``): a quarter cell spanning rows dates the level-1 rows it covers, an item under
  them (its own marker) is dated by its parent; a dump's head line whose cells print two words; an unmarked
  dump row opening with its date and going on with an item's words (``'23. 3/4분기 세부 추진실적 완료``) is
  a row, not a block heading;
- ``ㄴ`` typed as the hook of an item under another, a bullet before white space.

Blind figures (the extractor unchanged, the family's first generation): PDF 0.492, HWPX 0.492, HWP 0.492,
txt 0.494, 0 wrong of 288 figures (the goal table unread in every format, the quarter table a side table,
``ㄴ`` items text); after: 1.000 in PDF, HWPX and HWP, txt 0.994 (a row under a spanning quarter cell the
dump prints once is left undated; the 비고 word the dump runs onto the row's text stays in it), no wrong figure.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.goal_year_columns import (
    goals_year_column_lines,
    goals_year_columns,
    tail_head,
)
from pledgecard.extract.sections.item_tables import ROW_MARKER, item_lines, item_rows_from_lines
from pledgecard.scoring import score_record

from conftest import family_cards, make_line

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "gaeul-county"

HEAD = ["지표명", "단위", "2023년", "2023년", "2024년", "2024년", "2025년", "2025년", "최종목표", "달성률(%)"]
UNDER = ["지표명", "단위", "목표", "실적", "목표", "실적", "목표", "실적", "최종목표", "달성률(%)"]


# ------------------------------------------------------------------------------ the indicator table


def test_a_column_after_the_years_holding_no_goal_is_known_by_its_head() -> None:
    for word in ("최종목표", "달성률(%)", "달성률", "누계", "누적실적", "비고", "이행률(%)"):
        assert tail_head(word), word
    for word in ("목표", "실적", "2026년", "단위", "성과지표", "사업비(백만원)"):
        assert not tail_head(word), word


def test_the_years_end_where_the_columns_holding_no_goal_begin() -> None:
    grid = [
        HEAD,
        UNDER,
        ["보행로 정비 연장", "km", "3.9", "4.2", "3.8", "2.8", "2.9", "추진중", "10.6", "65.8"],
        ["녹지 조성 면적", "㎡", "1,910", "1,818", "7,620", "8,166", "8,399", "", "17,929", "55.7"],
        ["생활SOC 확충", "개\n소", "1", "1", "4", "3", "3", "", "8", "50.0"],
    ]
    goals = goals_year_columns(grid)
    assert goals is not None
    got = [(g.project, g.unit, g.year, g.target, g.actual) for g in goals]
    assert got == [
        ("보행로 정비 연장", "km", 2023, "3.9", "4.2"),
        ("보행로 정비 연장", "km", 2024, "3.8", "2.8"),
        ("보행로 정비 연장", "km", 2025, "2.9", "추진중"),
        ("녹지 조성 면적", "㎡", 2023, "1,910", "1,818"),
        ("녹지 조성 면적", "㎡", 2024, "7,620", "8,166"),
        ("녹지 조성 면적", "㎡", 2025, "8,399", None),
        ("생활SOC 확충", "개소", 2023, "1", "1"),
        ("생활SOC 확충", "개소", 2024, "4", "3"),
        ("생활SOC 확충", "개소", 2025, "3", None),
    ]  # a unit its narrow cell wrapped: joined again


def test_a_column_after_the_years_of_another_word_still_refuses_the_table() -> None:
    grid = [
        [*HEAD[:-1], "사업비"],
        [*UNDER[:-1], "사업비"],
        ["공정률", "%", "50", "50", "70", "70", "90", "추진중", "100", "1,200"],
    ]
    assert goals_year_columns(grid) is None  # a column no goal-table word names: not this shape


def test_a_dump_head_line_closing_on_those_columns_and_rows_with_gaps() -> None:
    lines = [
        "지표명 단위 2023년 2024년 2025년 2026년 최종목표 달성률(%)",
        "목표 실적 목표 실적 목표 실적 목표 실적",
        "보행로 정비 연장 km 1.3 1.4 3.6 추진중 1.3  1.2  7.4 18.9",
        "공정률 % 30 30 40 추진중 90  100  100 30.0",
    ]
    read = goals_year_column_lines([" ".join(x.split()) for x in lines], lines)
    assert read is not None and read.used == {0, 1, 2, 3}
    got = [(g.project, g.unit, g.year, g.target, g.actual) for g in read.goals]
    assert got == [
        ("보행로 정비 연장", "km", 2023, "1.3", "1.4"),
        ("보행로 정비 연장", "km", 2024, "3.6", "추진중"),
        ("보행로 정비 연장", "km", 2025, "1.3", None),
        ("보행로 정비 연장", "km", 2026, "1.2", None),
        ("공정률", "%", 2023, "30", "30"),
        ("공정률", "%", 2024, "40", "추진중"),
        ("공정률", "%", 2025, "90", None),
        ("공정률", "%", 2026, "100", None),
    ]


def test_a_dump_row_whose_gaps_are_not_kept_is_read_only_where_the_sums_prove_them() -> None:
    head = [
        "지표명 단위 2023년 2024년 2025년 2026년 최종목표 달성률(%)",
        "목표 실적 목표 실적 목표 실적 목표 실적",
    ]
    # the space runs lost, but one placement holds (sections/goal_dropped_cells.py): the targets add up to
    # 최종목표 (1.3 + 3.6 + 1.3 + 1.2 = 7.4), the rate is the actual over it (1.4 / 7.4 = 18.9 %), the blank
    # actuals the latest years'
    read = goals_year_column_lines([*head, "보행로 정비 연장 km 1.3 1.4 3.6 추진중 1.3 1.2 7.4 18.9"])
    assert read is not None
    assert [(g.year, g.target, g.actual) for g in read.goals] == [
        (2023, "1.3", "1.4"),
        (2024, "3.6", "추진중"),
        (2025, "1.3", None),
        (2026, "1.2", None),
    ]
    # a printed rate no placement gives: which cells are empty is not told, the row left unread
    read = goals_year_column_lines([*head, "보행로 정비 연장 km 1.3 1.4 3.6 추진중 1.3 1.2 7.4 20.0"])
    assert read is None or not read.goals


# ------------------------------------------------------------------------------ the table by quarter


def _quarter_table() -> Table:
    cells = [
        Cell(0, 0, "분기"),
        Cell(0, 1, "주요 추진내용"),
        Cell(0, 2, "비고"),
        Cell(1, 0, "'23. 3/4분기", row_span=3),
        Cell(1, 1, "신규 참여기업 협약 체결"),
        Cell(1, 2, "완료"),
        Cell(2, 1, "ㄴ 청년 45명 채용"),
        Cell(2, 2, ""),
        Cell(3, 1, "설명회 개최"),
        Cell(3, 2, "완료"),
        Cell(4, 0, "'24. 1/4분기"),
        Cell(4, 1, "공모사업 최종 선정"),
        Cell(4, 2, ""),
    ]
    return Table(cells=cells, n_rows=5, n_cols=3)


def test_a_spanning_quarter_cell_dates_its_level_one_rows_only() -> None:
    rows = item_lines(_quarter_table())
    assert rows is not None
    assert [(r.marker, r.text) for r in rows] == [
        (ROW_MARKER, "신규 참여기업 협약 체결 : '23. 3/4분기"),
        ("ㄴ", "청년 45명 채용"),
        (ROW_MARKER, "설명회 개최 : '23. 3/4분기"),
        (ROW_MARKER, "공모사업 최종 선정 : '24. 1/4분기"),
    ]


def test_a_dump_prints_the_table_by_quarter_as_lines() -> None:
    items = [
        make_line("분기 주요 추진내용 비고"),
        make_line("'23. 3/4분기 세부 추진실적 완료"),
        make_line("기반조성", "ㄴ"),
        make_line("'24. 1/4분기 공모사업 최종 선정 완료"),
        make_line("2024년 3/4분기 추진실적", "〓"),
        make_line("설명회 개최 : 2024. 8.", "⦿"),
    ]
    out = item_rows_from_lines(items, lambda ln: ln.marker == "〓")
    texts = [(getattr(x, "marker", None), x.text) for x in out]
    assert texts[0] == (ROW_MARKER, "세부 추진실적 완료 : '23. 3/4분기")  # a row, not a block heading
    assert texts[1] == ("ㄴ", "기반조성")
    assert texts[2] == (ROW_MARKER, "공모사업 최종 선정 완료 : '24. 1/4분기")
    assert texts[3:] == [("〓", "2024년 3/4분기 추진실적"), ("⦿", "설명회 개최 : 2024. 8.")]


def test_a_date_and_only_a_block_headings_words_stays_a_heading() -> None:
    items = [
        make_line("분기 주요 추진내용 비고"),
        make_line("'23. 3/4분기 협약 체결"),
        make_line("2024년 3/4분기 추진실적 누계"),
    ]
    out = item_rows_from_lines(items, lambda ln: ln.marker is None and "추진실적" in ln.text)
    assert [x.text for x in out] == ["협약 체결 : '23. 3/4분기", "2024년 3/4분기 추진실적 누계"]


def test_hieut_hook_is_a_bullet_before_white_space_only() -> None:
    assert split_marker("ㄴ 기반조성") == ("ㄴ", "기반조성")
    assert split_marker("ㄴ자형 교차로 개선") == (None, "ㄴ자형 교차로 개선")


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "gaeul-county-*-*.*"):
        assert len(got) == len(exp) == 1
        score = score_record(exp[0], got[0]).score()
        assert score >= (0.99 if path.suffix == ".txt" else 0.999), (path.name, score)
        keys = ("project", "year", "target", "target_value", "target_unit", "actual", "actual_value")
        assert [{k: g[k] for k in keys} for g in got[0]["goals"]] == [
            {k: g[k] for k in keys} for g in exp[0]["goals"]
        ], path.name
        first = exp[0]["achievements"][0]["group"]
        want = [
            (a["text"], a["level"], a["date"] and a["date"]["label"])
            for a in exp[0]["achievements"]
            if a["group"] == first
        ]
        read = [
            (a["text"], a["level"], a["date"] and a["date"]["label"])
            for a in got[0]["achievements"]
            if a["group"] == first
        ]
        if path.suffix != ".txt":  # the table by quarter: its items, their levels and quarters
            assert read == want, path.name
        else:  # a dump: the levels; a row under a span printed once undated, the 비고 word in the text
            assert [x[1] for x in read] == [x[1] for x in want], path.name
