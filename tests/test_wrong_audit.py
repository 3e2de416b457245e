"""Wrong-figure audit on unseen seeds of every family (session 25: the 9th-16th seeds a family draws, in
PDF, HWPX, HWP and the text dump, read with the pipeline and counted with the shared ``wrong_figures.py``:
586 cards a format, 2,344 in all, about 100,800 figures; PDF, HWPX and HWP 0 wrong; the text dump 3 before, 2 after,
all the counter pairing a goal left unread (null, with a finding) with another project's like target).

One card showed a wrong figure, in its text dump (dahae-city 22054): a goal table under a 추진내용 column
whose first row prints two status words (``실시설계 완료`` inside its target, ``추진중`` its status), so its cells
stay unread (with a finding); the row below it, printing no 추진내용 (its project cell merged with the row
above), was not taken for merged since the row above was not known to print a 추진내용, and was left unread
too. The goal of 40 then missing, the scorer paired its target (``문화관광 협약 체결(40건)``) with the other
project's (``…(10건)``): 40 expected, 10 got. A row whose status words stand ambiguous but none ends it, under a
column after the status, prints a cell after its status whichever is the status (``goal_row_split.row_facts``):
the row below is merged with it, its target and figure read, its project (the unread row's) null.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.sections.goal_row_split import row_facts
from pledgecard.extract.sections.goal_rows import goal_rows
from tests.conftest import shared_tools

HEAD = "연도 사업명 목표 실적 추진상황 추진내용"
AMBIGUOUS = "2023 문화관광 지원사업 실시설계 완료 관계기관 협의 추진중 체험관 운영 및 관광객 지원"
ROWS = [
    HEAD,
    AMBIGUOUS,
    "2024 문화관광 협약 체결(40건) - 미착수",
    "2023 문화관광 인재양성 문화관광 기업 지원(25개) 31개 추진중 둘레길 운영 및 방문객 지원",
    "2024 문화관광 협약 체결(10건) - 미착수",
    "2025 문화관광 프로그램 운영(60회) - 미착수",
]


def _read(lines: list[str]) -> tuple[list[tuple[str | None, int | None, str]], list[int]]:
    got = goal_rows(lines, single=frozenset(lines))
    assert got is not None
    rows, unread = got
    return [(r.project, r.year, r.target) for r in rows], unread


def test_a_row_under_a_row_of_ambiguous_status_words_is_merged_with_it() -> None:
    rows, unread = _read(ROWS)
    assert unread == [1]  # the ambiguous row itself: still not read (where its cells end is not shown)
    assert rows[0] == (None, 2024, "문화관광 협약 체결(40건)")  # its project the unread row's: null
    assert rows[1:] == [
        ("문화관광 인재양성", 2023, "문화관광 기업 지원(25개)"),
        ("문화관광 인재양성", 2024, "문화관광 협약 체결(10건)"),
        ("문화관광 인재양성", 2025, "문화관광 프로그램 운영(60회)"),
    ]


def test_only_a_row_no_status_word_ends_prints_a_cell_after_its_status() -> None:
    layout = (True, ["project", "target", "actual"], "detail")
    assert row_facts(AMBIGUOUS.split(), layout) == (2023, True)
    # a status word ends the row: no cell follows, as before
    assert row_facts("2023 사업 실시설계 완료 설계 완료 완료".split(), layout) == (2023, False)
    # no status word at all: nothing known, as before
    assert row_facts("2023 사업 실시설계 관계기관 협의".split(), layout) == (None, False)
    # no column after the status: nothing follows it, as before
    assert row_facts(AMBIGUOUS.split(), (True, ["project", "target", "actual"], "")) == (None, False)
    # the row below an ambiguous row ending in a status word: not merged, left unread as before
    ended = [HEAD, "2023 문화관광 지원사업 실시설계 완료 관계기관 협의 추진중", *ROWS[2:]]
    rows, unread = _read(ended)
    assert 2 in unread and all(t != "문화관광 협약 체결(40건)" for _, _, t in rows)


def test_the_unseen_card_reads_no_wrong_figure(tmp_path: Path) -> None:
    """dahae-city 22054's text dump: 1 wrong figure (goals, no finding on the part), 0.913 -> 0 wrong, 0.954."""
    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    score_card, wrong_figures = shared_tools()
    fam = BY_NAME["dahae-city"]
    records = family_records(fam, 22054)
    path = write_file(tmp_path, "dahae-city-22054", "txt", records, fam.style)
    [got] = extract_file(path)
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    wrong = [(n, e, g) for _, n, e, g in wrong_figures.figures(exp, got) if g is not None and g != e]
    assert wrong == []
    assert any(g.get("target_value") == 40 and g.get("year") == 2024 for g in got["goals"])
    assert score_card.score_record(exp, got).score() >= 0.95


def test_an_unseen_matrix_whose_worded_cells_run_together_reads_its_goals_null_not_wrong(
    tmp_path: Path,
) -> None:
    """jinsol-county 34074's text dump: ``wrong_figures.py`` counts 2 (goals[0]: 60 -> 70, 46 -> 44), none printed
    wrong. The matrix block ``… 인재양성 목표 공정률 60% 228호 공급 1.9km`` runs its worded cells together (where
    ``공급`` belongs is not shown): the block is left unread, kept in ``unparsed`` with a finding; the counter
    then pairs the missing ``공정률 60%`` with the other project's ``공정률 70%``. Every goal read is its own row's."""
    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["jinsol-county"]
    records = family_records(fam, 34074)
    path = write_file(tmp_path, "jinsol-county-34074", "txt", records, fam.style)
    [got] = extract_file(path)
    keys = ("project", "year", "target", "target_value", "actual", "actual_value")
    expected = [tuple(g[k] for k in keys) for g in records[0]["goals"]]
    assert got["goals"] and all(tuple(g[k] for k in keys) in expected for g in got["goals"])
    assert any("공정률 60%" in u["text"] for u in got["unparsed"])
