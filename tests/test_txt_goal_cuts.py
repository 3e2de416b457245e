"""Goal tables in text dumps whose cells a dump joins with single spaces: the cuts the table itself
proves, on small lines (extract/sections/goal_across.py, extract/sections/goal_rows.py).

- a years-across table that prints its empty cells as dashes shows no gap because it has none: its
  rows' words are its cells (a measure word in its value's cell), as a table with a gap is read;
  a table showing neither a gap nor a dash is still not read (``pdftotext -raw`` drops empty cells);
- a row of a years-across table whose cells each open with a value (``227호 공급 83호 공급``) or
  are each a status word (``추진 중 미착수``, falling into status words one way only) is split there;
- a row under a year column that opens with the word every split target of its table opens with
  (printed once) is a target under the project carried from the row above, when its year follows
  that row's year;
- a funding header a dump printed under a title line of its own (``소요예산``) is read as the same
  header without it: the labels on 구분's line after the spanning heading stand after the heading's
  columns (the total between the years and the after-term column);
- a header row of values under a row of labels whose status is a status word with no code of its
  own (대안추진, [status] other): its word is the status, the free text before it the target;
- a goals header printed a cell a line on a card numbering its headings as ordinals (제3장 ...): a
  bare column word naming a section (추진상황) is a cell when an ordinal heading below names that
  section (제4장 그간 추진실적); a block numbered otherwise (➊ 그간 추진실적 (...)) is no such heading;
- ``<2019> <2020>`` marks side by side on one line head year columns: the marked-row reader (marks
  inside target cells) reads no goal from them rather than goals of the header's words.
"""

from __future__ import annotations

from pledgecard.extract.cards import split_sections
from pledgecard.extract.sections.funding_header import header_order
from pledgecard.extract.sections.goal_across import goals_across_lines, split_by_gaps
from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.goals import goals_from_text
from pledgecard.extract.sections.header import split_value_row

from conftest import make_line


def _lines(*printed: str) -> list[tuple[str, str | None]]:
    return [(" ".join(p.split()), p) for p in printed]


# ------------------------------------------------------------------------------ years across, dashes

_HEAD = "세부사업 구  분 '23년 '24년"


def test_a_years_across_table_printing_its_empty_cells_as_dashes_reads_word_by_word() -> None:
    rows = (
        "도시숲 지원사업 목표 공정률 70% 공정률 80%",
        "실적 공정률 67% -",
        "달성률 96% -",
        "추진상황 추진중 미착수",
    )
    got = goals_across_lines(_lines(_HEAD, *rows))
    assert got is not None
    goals = [(g.project, g.year, g.target, g.actual, g.status) for g, _ in got.goals]
    assert goals == [
        ("도시숲 지원사업", 2023, "공정률 70%", "공정률 67%", "추진중"),
        ("도시숲 지원사업", 2024, "공정률 80%", None, "미착수"),
    ]
    # a 달성률 that disagrees with the actual over the target: the cells are not what they seem
    assert goals_across_lines(_lines(_HEAD, rows[0], rows[1], "달성률 50% -", rows[3])) is None


def test_a_years_across_table_with_neither_a_gap_nor_a_dash_is_read_only_where_each_cell_holds_one_figure() -> (
    None
):
    # every cell one figure (a measure word in its value's cell) or one whole status word: the rows' cells
    # number their values, so none was dropped (jinsol-county 34082's and 34091's text dumps, unseen seeds)
    rows = (
        "도시숲 지원사업 목표 공정률 70% 공정률 80%",
        "실적 공정률 67% 공정률 75%",
        "추진상황 추진중 완료",
    )
    got = goals_across_lines(_lines(_HEAD, *rows))
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual, g.status) for g, _ in got.goals] == [
        ("도시숲 지원사업", 2023, "공정률 70%", "공정률 67%", "추진중"),
        ("도시숲 지원사업", 2024, "공정률 80%", "공정률 75%", "완료"),
    ]
    mixed = ("사업 목표 공정률 70% 239호 공급", "실적 공정률 62% 147호", "추진상황 완료 추진 중")
    got = goals_across_lines(_lines(_HEAD, *mixed))
    assert got is not None and [(g.target, g.actual, g.status) for g, _ in got.goals] == [
        ("공정률 70%", "공정률 62%", "완료"),
        ("239호 공급", "147호", "추진 중"),
    ]
    # a cell of words with no figure may be a piece of a longer cell beside a dropped empty one: not read
    assert (
        goals_across_lines(_lines(_HEAD, "사업 목표 착공 시범", "실적 설계 완료", "추진상황 완료 추진중"))
        is None
    )
    # a row whose empty cell the dump dropped (one value under two years): that project gives no goal
    assert (
        goals_across_lines(_lines(_HEAD, "사업 목표 공정률 70%", "실적 공정률 67%", "추진상황 추진중"))
        is None
    )
    # a status row split word by word into pieces of status words is not fixed either
    assert goals_across_lines(_lines(_HEAD, rows[0], rows[1], "추진상황 계획 수립")) is None
    # a dash but a row whose words are more than its cells: that row's project is not read
    assert (
        goals_across_lines(
            _lines(_HEAD, "사업 목표 시범 운영 착공", "실적 설계 완료 -", "추진상황 추진중 미착수")
        )
        is None
    )


def test_cells_that_each_open_with_a_value_or_are_each_a_status_word() -> None:
    assert split_by_gaps("227호 공급 83호 공급 266호 공급".split(" "), 3) == [
        "227호 공급",
        "83호 공급",
        "266호 공급",
    ]
    assert split_by_gaps("146호 공급 - -".split(" "), 3) == ["146호 공급", "-", "-"]  # a dash: an empty cell
    assert split_by_gaps("추진 중 미착수 미착수".split(" "), 3) == ["추진 중", "미착수", "미착수"]
    assert split_by_gaps("227호 공급 83호 공급".split(" "), 3) is None  # two values: not three cells
    assert split_by_gaps("공급 227호 공급 83호".split(" "), 2) is None  # no value opens the run
    assert split_by_gaps("추진 중 미착수".split(" "), 2) == ["추진 중", "미착수"]
    assert split_by_gaps("추진 중 착공".split(" "), 2) is None  # 착공 is no status word
    # cells of two shapes: the later cells each opening with the rate word naming the percent after it
    # (a goal's name begins at its rate word; a measure word ends no cell) are cut there, and so is a later
    # cell opening with a value right after another cell's value (one value a cell: no word between them
    # to begin its name); a later cell opening with a value after another cell's words may have its name
    # begin before it: open
    assert split_by_gaps("136호 공급 공정률 100%".split(" "), 2) == ["136호 공급", "공정률 100%"]
    assert split_by_gaps("136호 공급 - 공정률 100%".split(" "), 3) == ["136호 공급", "-", "공정률 100%"]
    assert split_by_gaps("136호 공급 83개 설치".split(" "), 2) is None
    assert split_by_gaps("공정률 50% 136호 공급".split(" "), 2) == ["공정률 50%", "136호 공급"]
    # a cell whose end is open (``172호 공급 1.2km``: 공급 either cell's) alike, but for its figures, to a
    # cell of the run whose both ends are proven (``208호 공급``: right after a value, ending the run) ends
    # as that one does (jinsol-county 34096's text dump, unseen seed); no such twin, or a twin whose start
    # is open too: left open
    assert split_by_gaps("172호 공급 1.2km 208호 공급".split(" "), 3) == ["172호 공급", "1.2km", "208호 공급"]
    assert split_by_gaps("172호 공급 1.2km 208호".split(" "), 3) is None
    assert split_by_gaps("172호 공급 1.2km 공급 208호 공급".split(" "), 3) is None
    assert split_by_gaps("172호 공급 1.2km 83개 설치".split(" "), 3) is None
    assert split_by_gaps("공정률 50% 시범 136호 공급".split(" "), 2) is None
    assert split_by_gaps("136호 공급 83호".split(" "), 2) is None  # a value ending the run
    head = "세부사업 구분 '23년 '24년 '25년"
    rows = (
        "탄소중립 기반 구축 목표 227호 공급 83호 공급 266호 공급",
        "실적 146호 - -",
        "달성률 64% - -",
        "추진상황 추진 중 미착수 미착수",
    )
    got = goals_across_lines(_lines(head, *rows))
    assert got is not None
    assert [(g.year, g.target, g.actual, g.status) for g, _ in got.goals] == [
        (2023, "227호 공급", "146호", "추진 중"),
        (2024, "83호 공급", None, "미착수"),
        (2025, "266호 공급", None, "미착수"),
    ]
    # a 달성률 that is not the actual over the target: the cells are not what they seem
    assert goals_across_lines(_lines(head, rows[0], rows[1], "달성률 90% - -", rows[3])) is None


# ------------------------------------------------------------------------------ a carried project

_ROWS = [
    "연도 주요사업 목표 실적 달성률 추진상황",
    "2023 공공돌봄 인재양성 공공돌봄 교육생 양성(15명) 10명 67% 완료",
    "2024 공공돌봄 프로그램 운영(55회) 40회 73% 완료",
    "2025 공공돌봄 기업 지원(30개) 33개 110% 완료",
]


def _read(lines: list[str]) -> list[tuple[str | None, int | None, str, str | None]]:
    got = goal_rows(lines)
    assert got is not None
    return [(r.project, r.year, r.target, r.actual) for r in got[0]]


def test_a_row_opening_with_the_tables_target_word_carries_the_project_above() -> None:
    assert _read(_ROWS) == [
        ("공공돌봄 인재양성", 2023, "공공돌봄 교육생 양성(15명)", "10명"),
        ("공공돌봄 인재양성", 2024, "공공돌봄 프로그램 운영(55회)", "40회"),
        ("공공돌봄 인재양성", 2025, "공공돌봄 기업 지원(30개)", "33개"),
    ]


def test_a_row_that_may_print_its_own_project_is_not_read_as_a_carried_target() -> None:
    # longer than any target the table splits: it may print a project of its own (공공돌봄 지원사업)
    longer = [*_ROWS[:2], "2024 공공돌봄 지원사업 기업 지원(30개) 33개 110% 완료"]
    assert _read(longer) == _read(_ROWS)[:1]
    # a year that does not follow the row above: another project's rows begin
    back = [*_ROWS[:2], "2023 공공돌봄 프로그램 운영(55회) 40회 73% 완료"]
    assert _read(back) == _read(_ROWS)[:1]
    # the table's target word printed twice: a project opening with it, its target restating it
    twice = [*_ROWS[:2], "2024 공공돌봄 공공돌봄 운영(55회) 40회 73% 완료"]
    assert ("공공돌봄 인재양성", 2024, "공공돌봄 공공돌봄 운영(55회)", "40회") not in _read(twice)
    # a worded target need not restate the word: 공공돌봄 may be the project of a row printing 착공
    worded = [*_ROWS[:2], "2024 공공돌봄 착공 - - 미착수"]
    assert all(t != "공공돌봄 착공" for _, _, t, _ in _read(worded))


# ------------------------------------------------------------------------------ a funding header under a title


def test_a_title_line_over_a_funding_header_is_no_heading_of_its_columns() -> None:
    head = ["구분 연차별 투자계획 합계 임기 후", "2024년 2025년 2026년"]
    want = ["2024년", "2025년", "2026년", "합계", "임기 후"]
    assert [c.strip() for c in header_order(head)] == want
    assert [c.strip() for c in header_order(["소요예산", *head])] == want


# ------------------------------------------------------------------------------ labels over values


def test_a_status_word_without_a_code_ends_the_target_in_a_row_of_values() -> None:
    fields = ["coop_depts", "target", "status", "as_of"]
    assert split_value_row(fields, "경제정책과 임기 내 완료 대안추진 2026. 6. 30.") == {
        "coop_depts": "경제정책과",
        "target": "임기 내 완료",
        "status": "대안추진",
        "as_of": "2026. 6. 30.",
    }
    # a word no vocabulary names a status: where the target ends is not shown
    assert split_value_row(fields, "경제정책과 임기 내 완료 순항 2026. 6. 30.") is None


# ------------------------------------------------------------------------------ ordinal headings


def test_a_bare_column_word_is_no_heading_when_an_ordinal_heading_below_names_its_section() -> None:
    lines = [
        make_line(t)
        for t in ("제3장 연도별 성과목표", "주요사업", "추진상황", "추진내용", "제4장 그간 추진실적")
    ]
    block = make_line("그간 추진실적 ('20. 3분기 누계)", marker="➊")
    got = [(s.name, s.heading, [it.text for it in s.items]) for s in split_sections([*lines, block])]
    assert got == [
        (None, None, []),
        ("goals", "제3장 연도별 성과목표", ["주요사업", "추진상황", "추진내용"]),
        ("achievements", "제4장 그간 추진실적", ["그간 추진실적 ('20. 3분기 누계)"]),
    ]
    # no ordinal heading below names it: the bare word starts its section as before
    got = [s.name for s in split_sections([*lines[:4], block])]
    assert got == [None, "goals", "achievements"]


# ------------------------------------------------------------------------------ year marks side by side


def test_year_marks_side_by_side_head_columns_and_give_no_marked_rows() -> None:
    rows = (
        "도시숲 인재양성 명 실시설계 완료 운영 완료 도시숲 협약 체결(15건) 15건 도시숲 교육생 양성(25명) 31명"
    )
    assert (
        goals_from_text(
            "\n".join(["주요사업 단위 <2019> <2020> <2021>", "목표 실적 목표 실적 목표 실적", rows])
        )
        == []
    )
    # marks inside the target cells, one a row: read as before
    got = goals_from_text(
        "\n".join(
            ["도시숲 인재양성", "<2019> 협약 체결(15건) 완료 (15건)", "<2020> 교육생 양성(25명) 미착수"]
        )
    )
    assert [(g["year"], g["target"], g["status"]) for g in got] == [
        (2019, "협약 체결(15건)", "완료"),
        (2020, "교육생 양성(25명)", "미착수"),
    ]
