"""A text dump that joins a row's cells with one space prints an empty cell as a run of spaces
(``목표  공정률 60% 6.0km``: no target in the first year). The text reader keeps each line as
printed (``Paragraph.printed`` / ``Line.printed``, space runs and trailing spaces included) beside
its folded text, and the goals-across reader (extract/sections/goal_across.py) splits a row at its
gaps: a row whose cells the gaps fix is read, a row they leave open is not guessed (its project
gives no goal, its lines go to unparsed with a finding), and a dump that shows no gap at all
(``pdftotext -raw``) is not read so."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.readers import read_path
from pledgecard.extract.sections.goal_across import goals_across_lines, split_by_gaps
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records
from samples.families import BY_NAME, family_records
from samples.render_dump import render_dump

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def test_a_row_split_at_its_gaps_where_they_fix_the_cells() -> None:
    assert split_by_gaps("209호 공급  ".split(" "), 3) == ["209호 공급", "", ""]  # one run, two empty cells
    assert split_by_gaps(" 완료 미착수".split(" "), 3) == [
        "",
        "완료",
        "미착수",
    ]  # as many words as filled cells
    assert split_by_gaps("2개소   5회".split(" "), 4) == ["2개소", "", "", "5회"]
    # a measure word stands in its value's cell (공정률 60% | 6.0km); a run it does not fix stays open
    assert split_by_gaps(" 공정률 60% 6.0km".split(" "), 3) == ["", "공정률 60%", "6.0km"]
    assert split_by_gaps(" 공정률 60% 공정률 100%".split(" "), 3) == ["", "공정률 60%", "공정률 100%"]
    # a value right after another cell's value opens a cell of its own (one value a cell: no word between
    # them to begin its name); after the words of another cell its name may begin before it: left open
    assert split_by_gaps(" 공정률 60% 6.0km 공급".split(" "), 3) == ["", "공정률 60%", "6.0km 공급"]
    assert split_by_gaps(" 공정률 60% 시범 6.0km 공급".split(" "), 3) is None
    assert split_by_gaps(" 시범 운영 6.0km".split(" "), 3) is None  # no measure word: one cell or two
    assert split_by_gaps("a b".split(" "), 3) is None and split_by_gaps("a    b".split(" "), 3) is None


def _lines(*printed: str) -> list[tuple[str, str | None]]:
    return [(" ".join(p.split()), p) for p in printed]


HEAD = "세부사업 구  분 '24년 '25년 '26년"


def test_goals_across_read_from_the_gaps_and_an_open_row_leaves_its_project_unread() -> None:
    got = goals_across_lines(
        _lines(
            HEAD,
            "돌봄 인재양성 목표  기본계획 수립 6.0km",
            "실적  - -",
            "추진상황  완료 미착수",
            "돌봄 기반 구축 목표 209호 공급  ",
            "실적 178호  ",
            "달성률 85%  ",
            "추진상황 완료  ",
            "지원 사업 목표  12개소 ",
            "추진상황  미착수 ",
        )
    )
    assert got is not None
    assert [(g.project, g.year, g.target, g.status, g.actual, at) for g, at in got.goals] == [
        ("돌봄 기반 구축", 2024, "209호 공급", "완료", "178호", 4),
        ("지원 사업", 2025, "12개소", "미착수", None, 8),
    ]
    assert got.used == {0, 4, 5, 6, 7, 8, 9}  # the first project's lines are handed back
    # the gaps of a line the reader does not know (None) or that differ from its text are not guessed
    assert (
        goals_across_lines([(t, None) for t, _ in _lines(HEAD, "사업 목표 209호 공급  ", "추진상황 완료  ")])
        is None
    )


def test_a_row_split_by_its_measure_words_is_read_only_where_the_rate_agrees() -> None:
    rows = (
        "돌봄 인재양성 목표  공정률 60% 6.0km",
        "실적  공정률 34% -",
        "달성률  {} -",
        "추진상황  완료 미착수",
    )
    got = goals_across_lines(_lines(HEAD, *rows[:2], rows[2].format("57%"), rows[3]))
    assert got is not None
    assert [(g.project, g.year, g.target, g.status, g.actual) for g, _ in got.goals] == [
        ("돌봄 인재양성", 2025, "공정률 60%", "완료", "공정률 34%"),
        ("돌봄 인재양성", 2026, "6.0km", "미착수", None),
    ]
    # a 달성률 the actual over the target does not give: the cells are not what they seem, no goal
    assert goals_across_lines(_lines(HEAD, *rows[:2], rows[2].format("90%"), rows[3])) is None


def test_no_gap_in_the_table_a_padded_header_or_a_line_after_it_reads_nothing() -> None:
    # pdftotext -raw prints no empty cell: three words under three years are not three cells
    assert goals_across_lines(_lines(HEAD, "사업 목표 공정률 60% 6.0km", "추진상황 완료 미착수 완료")) is None
    assert goals_across_lines(_lines(HEAD + " ", "사업 목표 209호 공급  ", "추진상황 완료  ")) is None
    rows = ("사업 목표 209호 공급  ", "추진상황 완료  ")
    assert goals_across_lines(_lines(HEAD, *rows)) is not None
    assert goals_across_lines(_lines(HEAD, *rows, "(계속)")) is None  # the last row may go on there
    # mutant 3556: a last row of figures and dashes, one token a cell, has no cell a line after it may go on with
    figures = ("공정률(%) 목표 20 50 60", "실적 - - -", "참여 주민(명) 목표 540 684 79", "실적 - - -")
    got = goals_across_lines(_lines("구 분 연도별 목표 및 실적", "2024 2025 2026", *figures, "⦅", "3", "⦆"))
    assert got is not None and [(g.project, g.year, g.target) for g, _ in got.goals][3:] == [
        ("참여 주민(명)", 2024, "540"),
        ("참여 주민(명)", 2025, "684"),
        ("참여 주민(명)", 2026, "79"),
    ]
    assert got.used == set(range(6))
    open_row = ("공정률(%) 목표 20 50 60", "실적 - - -", "참여 주민(명) 목표 540 684 79", "실적 - 공정 -")
    assert (
        len(
            goals_across_lines(
                _lines("구 분 연도별 목표 및 실적", "2024 2025 2026", *open_row, "(계속)")
            ).goals
        )
        == 3
    )
    wide = (
        "세부사업   구분   '24년      '25년      '26년"  # a layout dump's header: years not one space apart
    )
    assert goals_across_lines(_lines(wide, *rows)) is None


def test_the_text_reader_keeps_a_line_as_printed() -> None:
    path = FAMILIES / "jinsol-county" / "jinsol-county-34005-txt.txt"
    printed = {p.text: p.printed for p in read_path(path).blocks if hasattr(p, "printed")}
    assert printed["스마트팜 기반 구축 목표 209호 공급"] == "스마트팜 기반 구축 목표 209호 공급  "
    assert printed["실적 공정률 34% -"] == "실적  공정률 34% -"


def _fixed(goals: list[dict], project: str, years: list[int]) -> bool:
    """A project whose goal years are never next to each other: every row's cells are fixed by gaps."""
    mine = {g["year"] for g in goals if g["project"] == project}
    return not any(a in mine and b in mine for a, b in zip(years, years[1:], strict=False))


def test_generated_years_across_dumps_read_right_or_not_at_all(tmp_path: Path) -> None:
    """jinsol-county cards (years across, cells one space apart) rendered as text dumps for 40
    seeds: every goal read is the printed one, and every project whose rows the gaps fix is read."""
    fam = BY_NAME["jinsol-county"]
    read = fixed = 0
    for seed in range(fam.first_seed + 100, fam.first_seed + 140):
        recs = family_records(fam, seed)
        path = tmp_path / f"{seed}.txt"
        render_dump(recs, path, style=fam.style)
        for exp, got in zip(recs, extract_file(path), strict=True):
            years = sorted({g["year"] for g in exp["goals"]})
            for g in got["goals"]:
                assert g in exp["goals"], (seed, g)
            for project in dict.fromkeys(g["project"] for g in exp["goals"]):
                if _fixed(exp["goals"], project, years):
                    fixed += 1
                    want = [g for g in exp["goals"] if g["project"] == project]
                    assert [g for g in got["goals"] if g["project"] == project] == want, (seed, project)
            read += len(got["goals"])
    assert fixed >= 10 and read >= 10


def test_the_committed_dump_reads_its_projects_and_says_where_an_open_one_is(tmp_path: Path) -> None:
    path = FAMILIES / "jinsol-county" / "jinsol-county-34015-txt.txt"
    (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
    [rec] = process_file(path).records
    assert rec["goals"] == exp["goals"]  # 목표  공정률 60% 공정률 100%: each measure word in its value's cell
    assert not [u for u in rec["unparsed"] if u["section"] == "연도별 성과목표"]
    # the same card with a worded target before the figure: one cell or two, not guessed
    text = path.read_text(encoding="utf-8")
    assert text.count("목표  공정률 60% 공정률 100%") == 1
    open_ = tmp_path / path.name
    open_.write_text(
        text.replace("목표  공정률 60% 공정률 100%", "목표  기본계획 수립 공정률 100%"), encoding="utf-8"
    )
    res = process_file(open_)
    [rec], [prov] = res.records, res.provenance
    assert rec["goals"] == [g for g in exp["goals"] if g["project"] == "지역인재 기반 구축"]
    unread = [u["location"] for u in rec["unparsed"] if u["section"] == "연도별 성과목표"]
    assert unread == ["line 53", "line 55", "line 57", "line 59"]
    found = [f for f in prov["findings"] if f["code"] == "extract.table_unrecovered"]
    assert ("goals", "line 59") in [(f["location"], f["source_location"]) for f in found]
