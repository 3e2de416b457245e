"""Session 45, leftovers6: known wrong or lost facts left by session 44, each reproduced, fixed by structure.

Classes fixed (before -> after on the repro):

1. goal_whole_column.whole_term_columns (tables) and goal_extra_cells.without_extra_cells (text dumps) took a
   target column holding one figure a project for the WHOLE-TERM target even where its head names the year's own
   target (연차목표 / 연간목표 ``10개소`` every year beside 목표 ``3개소`` / ``4개소``, same unit, smaller): the
   year's target then read from the other column, 3 / 4 (SILENT wrong where the 연차 column is the year's, a year's
   target printed the same every year). The print cannot tell the two readings apart: now the table's target
   figures null with extract.goal_target_unsure (the cells' text kept), the dump's rows unread with
   extract.table_unrecovered. 6 table shapes and 3 dump shapes: 2 wrong target figures each -> 0. A steady column
   headed as the term's (총괄목표, 임기목표, or plain 목표 beside a varying 연차목표) stays the whole-term target.
2. chaeum-city shared haetsal-county's first_seed 57001 (the same pledges in two templates): now 126001, committed
   126005 / 126008 and their -layout / body-table dumps made again; measured (0 wrong): PDF / HWPX / HWP / txt
   1.000; converters hwpx 1.000, pdftotext 0.770 (0.85 floor before, on the old seeds), -raw 1.000, pdf2txt 0.846
   (0.88), hwp5html 0.984 (0.99); -layout 0.936 / 0.926 (0.919 / 0.976 before); body-table 0.167 (0.991 before: the
   section label's first line printed on the funding table's 계 row, dasi-county's class, left, said by
   extract.table_unrecovered / low_coverage).
3. (reverted in session 45 by h-mendl6: effect_kind_rows kept a listed kind and a short next word whole, which
   glued the kind cell onto common effects, ``행정 군민 삶의 질 ..``; the kind word is cut again, as before; see
   tests/test_mendl6_45.py)
4. goal_extra_cells._head_at took a project line holding goal-head words (``상황 관리 목표 실적 개선``: 상황 a status
   word, 목표, 실적) for a goal head with no figure column before its status: a dump printing the table a cell a
   line crashed (ValueError, max() of no figure cell), one printing the project on its own line over year rows read
   no goal (extract.table_unrecovered). A goal head now needs a target head before its status: both read 2 goals of
   2 as with any other project (0 -> 2 goals each), 0 wrong; the row-a-line shape read as before. The same rule in
   goal_extra_cell_lines (the cell-a-line reader): bitgaram-county 29's pdf2txt dump failed whole (IndexError, no
   record) -> 1 record, 1 goal, 0 wrong.
5. funding_spaced.regroup_spaced's fallback (session 44 mendcw4) read a spaced funding table without a group's
   member rows (도비 / 시군비 under 지방비) where with them no grouping settles the sums, and said nothing of them:
   now extract.table_unrecovered at funding naming them (mutant 9117 txt with a dropped dash / a digit typo: the rows
   계 / 국비 / 지방비 as before, 0 -> 1 finding; the unedited card reads every row and says nothing). Reading the
   members was not proven: a dropped cell or a typo leaves their places untold.
6. goal_cut_groups / goal_projects_amid (pdf2txt): a project opening with a figure (``2단계 캠핑장 조성``: a value
   line by kind) beside a worded dashed target (``기본계획 수립``: a project line by kind) swapped sides with the
   counts holding: the project name read as the row's target (SILENT; cut group 2023, amid 2025). Now every
   project line must stand right before a line read as a target, another project line, or between a row's target
   and its actual (a wrapped actual's measure words, onnuri-district 23's ``공정률`` / ``62%``); else the group is
   unread. Sweep: pdf2txt of hanui, meari, sansu, bitgaram, doldam, haram, noeul, onnuri, olbit at seeds 13 / 17 /
   23 / 29 / 38 (44 dumps read; bitgaram 29 gives no record before or after): goals read 67 -> 67, wrong 0 -> 0.
7. A -layout dump's log row wrapped onto the next line was joined (its printed form, the cells apart, dropped)
   before achievement_log_row saw it: taken for a block heading, its achievement lost with no finding. The joined
   paragraph keeps its first line as printed (``first_printed``: text_layout._rows_as_text, textjoin, layout lines)
   and log_row_cells reads it: c4_nohead_wrapped 1 achievement lost -> 0, its record the unwrapped dump's.
"""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_whole_column import whole_term_columns
from pledgecard.extract.sections.goals import extract_goals

from conftest import make_table


def _read(items: list) -> tuple[list[tuple], set[str]]:
    res = extract_goals(items)
    goals = [(g["year"], g["target"], g["target_value"], g["actual_value"]) for g in res.value["goals"]]
    return goals, {f["code"] for f in res.findings or []}


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=None, trailing_gap=False)
        for i, t in enumerate(texts, start=1)
    ]


def _rows(steady_first: bool) -> list[list[str]]:
    def row(year: str, varying: str, actual: str, status: str) -> list[str]:
        pair = ["10개소", varying] if steady_first else [varying, "10개소"]
        return ["경로당 신축", year, *pair, actual, status]

    return [row("2023", "3개소", "3개소", "완료"), row("2024", "4개소", "4개소", "추진중")]


def test_a_steady_column_headed_as_the_years_target_is_no_proven_whole_term_target() -> None:
    for steady, other in (
        ("연차목표", "목표"),
        ("연간목표", "목표"),
        ("연차목표", "세부목표"),
        ("연차목표", "연간목표"),
    ):
        for steady_first in (True, False):
            head = [
                "사업명",
                "연도",
                *((steady, other) if steady_first else (other, steady)),
                "실적",
                "추진상황",
            ]
            rows = _rows(steady_first)
            assert whole_term_columns(head, rows, 0, set()) is None, head
            goals, codes = _read([make_table([head, *rows])])
            assert [g[2] for g in goals] == [None, None], head
            assert [g[3] for g in goals] == [3, 4], head  # the actuals kept
            assert "extract.goal_target_unsure" in codes, head


def test_a_steady_column_headed_as_the_terms_stays_the_whole_term_target() -> None:
    """The neighbours: 총괄목표 / 임기목표 / plain 목표 steady beside a varying year's column: the year's read."""
    for steady, other in (
        ("총괄목표", "연차목표"),
        ("임기목표", "목표"),
        ("목표", "연차목표"),
        ("총괄목표", "목표"),
    ):
        for steady_first in (True, False):
            head = [
                "사업명",
                "연도",
                *((steady, other) if steady_first else (other, steady)),
                "실적",
                "추진상황",
            ]
            rows = _rows(steady_first)
            assert whole_term_columns(head, rows, 0, set()) == {2 if steady_first else 3}, head
            goals, codes = _read([make_table([head, *rows])])
            assert [g[2] for g in goals] == [3, 4], head
            assert "extract.goal_target_unsure" not in codes, head


def test_a_year_grouped_table_and_a_dump_of_the_shape_read_no_guess() -> None:
    head = ["사업명", "연차목표", "목표", "실적", "추진상황"]
    rows = [
        head,
        ["[2023 년 ]", "", "", "", ""],
        ["경로당 신축", "10개소", "3개소", "3개소", "완료"],
        ["[2024 년 ]", "", "", "", ""],
        ["경로당 신축", "10개소", "4개소", "4개소", "추진중"],
    ]
    goals, codes = _read([make_table(rows)])
    assert [(g[0], g[2], g[3]) for g in goals] == [(2023, None, 3), (2024, None, 4)]
    assert "extract.goal_target_unsure" in codes
    for first, second in (("연차목표", "목표"), ("목표", "연차목표"), ("연간목표", "목표")):
        steady_first = first != "목표"
        pair = ("10개소 {}" if steady_first else "{} 10개소").format
        goals, codes = _read(
            _lines(
                f"연도 사업명 {first} {second} 실적 추진상황",
                f"2023 경로당 신축 {pair('3개소')} 3개소 완료",
                f"2024 경로당 신축 {pair('4개소')} 4개소 추진중",
            )
        )
        assert goals == [] and "extract.table_unrecovered" in codes, first
    # the term's head steady: still read, the year's targets from the other column
    goals, codes = _read(
        _lines(
            "연도 사업명 총괄목표 목표 실적 추진상황",
            "2023 경로당 신축 10개소 3개소 3개소 완료",
            "2024 경로당 신축 10개소 4개소 4개소 추진중",
        )
    )
    assert [g[2] for g in goals] == [3, 4]


def test_chaeum_city_draws_seeds_of_its_own() -> None:
    """chaeum-city had haetsal-county's first seed (57001): the same pledges in two templates. Now 126001: no other
    family's first seed, its committed cards the seeds it draws, no title shared with haetsal's."""
    from pathlib import Path

    from samples.families import BY_NAME, family_records, family_seeds

    firsts = [f.first_seed for f in BY_NAME.values()]
    assert BY_NAME["chaeum-city"].first_seed == 126001 and firsts.count(126001) == 1
    assert len(set(firsts)) == len(firsts)
    seeds = family_seeds(BY_NAME["chaeum-city"], 2)
    samples = Path(__file__).resolve().parent.parent / "samples"
    committed = sorted(
        {p.name.split("-")[2] for p in (samples / "families" / "chaeum-city").glob("*.expected.json")}
    )
    assert committed == [str(s) for s in seeds] == ["126005", "126008"]
    mine = {r["header"]["title"] for s in seeds for r in family_records(BY_NAME["chaeum-city"], s)}
    theirs = {
        r["header"]["title"]
        for s in family_seeds(BY_NAME["haetsal-county"], 2)
        for r in family_records(BY_NAME["haetsal-county"], s)
    }
    assert mine and not mine & theirs


_TWO_HEAD_WORDS = "상황 관리 목표 실적 개선"  # a project holding 상황 (a status word), 목표 and 실적


def test_a_project_line_holding_goal_head_words_is_no_goal_head() -> None:
    """goal_extra_cells took the project line for a goal head of no figure column (상황 its status): before, a dump
    printing the table a cell a line crashed (max() of no figure), one printing the project on a line of its own
    over year rows read no goal (extract.table_unrecovered); after, both read as with any other project."""
    other = "재난 대응 체계 구축"
    for p in (_TWO_HEAD_WORDS, other):
        cells = ["연도", "사업명", "목표", "실적", "추진상황"]
        cells += ["2023", p, "50건", "45건", "완료", "2024", p, "60건", "30건", "추진중"]
        goals, codes = _read(_lines(*cells))
        assert goals == [(2023, "50건", 50, 45), (2024, "60건", 60, 30)], p
        goals, codes = _read(
            _lines("연도 사업명 목표 실적 추진상황", p, "2023 50건 45건 완료", "2024 60건 30건 추진중")
        )
        assert goals == [(2023, "50건", 50, 45), (2024, "60건", 60, 30)], p
        assert "extract.table_unrecovered" not in codes, p
        rows = ["연도 사업명 목표 실적 추진상황", f"2023 {p} 50건 45건 완료", f"2024 {p} 60건 30건 추진중"]
        res = extract_goals(_lines(*rows))
        assert [g["project"] for g in res.value["goals"]] == [p, p]


def test_spaced_funding_members_left_out_are_said(tmp_path) -> None:
    """Mutant 9117 txt with a dash dropped from (도비) or a digit typo in (시군비): the spaced sums settle only
    without the members under 지방비 (funding_spaced.regroup_spaced's fallback). Before: 계 / 국비 / 지방비 read, the
    members' rows gone with no finding; after: the same rows, extract.table_unrecovered at funding naming 도비 and
    시군비. The unedited card reads every row and says nothing."""
    from pledgecard.pipeline import process_file

    from conftest import mutant_file

    dobi = "(도비) 16 101.1 ‐ 5 878.8 2 904.4 1 827.9 3 481.3 2 008.7"
    sigun = "(시군비) 9 589.4 1 235.2 79.2 3 327.1 ‐ 3 376.3 1 571.6"
    text = mutant_file(9117, "txt", tmp_path).read_text(encoding="utf-8")
    for name, old, new, said in (
        ("dropped", dobi, dobi.replace(" ‐", "", 1), True),
        ("typo", sigun, sigun.replace("1 571.6", "1 517.6"), True),
        ("whole", dobi, dobi, False),
    ):
        assert old in text
        out = tmp_path / f"{name}.txt"
        out.write_text(text.replace(old, new), encoding="utf-8")
        res = process_file(out)
        labels = [r["label"] for r in res.records[0]["funding"]["rows"]]
        found = [
            f["observed"]
            for f in res.provenance[0]["findings"]
            if f["code"] == "extract.table_unrecovered" and f.get("location") == "funding"
        ]
        if said:
            assert labels == ["계", "국비", "지방비"] and {"rows": ["도비", "시군비"]} in found, name
        else:
            assert labels == ["계", "국비", "도비", "시군비"] and found == [], name


def test_a_project_opening_with_a_figure_beside_a_worded_target_swaps_nothing() -> None:
    """pdf2txt cut groups (goal_cut_groups) and projects amid the values (goal_projects_amid): a project opening
    with a figure (``2단계 캠핑장 조성``, counted a value line) beside a worded dashed target (``기본계획 수립``,
    counted a project line). Before: the project name read as the row's target (cut group: 2023's; amid: 2025's),
    SILENT; after: neither reader reads the group (the lines handed on unread)."""
    from test_mendpm4_44 import _AMID, _CUT

    from pledgecard.extract.sections.goal_cells_a_line import goal_cells
    from pledgecard.extract.sections.goal_cut_groups import cut_group_rows

    for proj in ("2단계 캠핑장 조성", "1차 정비", "2030 비전 수립"):
        rep = {"캠핑장 조성": proj, "1.9km": "기본계획 수립", "1.6km": "-", "84%": "-"}
        lines = [rep.get(x, x) if k < 14 else x for k, x in enumerate(_CUT)]
        assert cut_group_rows(lines, list(range(5, 14)))[0] == [], proj
        amid = [proj if x == "제2캠핑장 조성" else x for x in _AMID]
        got = goal_cells(amid)
        assert got is None or not any(proj in r.target for r in got[0]), proj
    # the unedited group (a project line over each row's target) still reads its two rows
    rows = cut_group_rows(_CUT, list(range(5, 14)))[0]
    assert [(r.target, r.actual) for r in rows] == [("241호 공급", "147호"), ("1.9km", "1.6km")]


def test_a_log_row_wrapped_onto_the_next_line_stays_a_row() -> None:
    """A -layout dump's log table (연도 | 월 | 추진내용) printed without its head line, a row's content cell wrapped
    onto the next line (tests/data/leftovers6_45: session 44's /tmp/lo3 c4_nohead and c4_nohead_wrapped, a
    hayan-district card's layout dump, ``2024년        10월   문화관광 연도별`` over ``운영 실적``). Before: the
    wrapped row, joined before the achievements reader saw its cells apart (its printed form dropped), was taken
    for a block heading: the achievement ``문화관광 연도별 운영 실적`` (2024-10) lost, no finding, the items after
    it filed under it. After: the joined row keeps its first line as printed (``first_printed``), read as the
    unwrapped row: the two dumps' records alike but for their source."""
    import json
    from pathlib import Path

    from pledgecard.pipeline import process_file

    data = Path(__file__).resolve().parent / "data" / "leftovers6_45"
    got = {}
    for name in ("c4_nohead", "c4_nohead_wrapped"):
        (rec,) = process_file(data / f"{name}.txt").records
        texts = [(a["text"], (a.get("date") or {}).get("label")) for a in rec["achievements"]]
        assert ("문화관광 연도별 운영 실적", "2024-10") in texts, name
        got[name] = {k: v for k, v in rec.items() if k != "source"}
    assert json.dumps(got["c4_nohead"], ensure_ascii=False, default=str) == json.dumps(
        got["c4_nohead_wrapped"], ensure_ascii=False, default=str
    )


def test_bitgaram_29_pdf2txt_reads_a_record(tmp_path) -> None:
    """goal_extra_cell_lines took a run of cells with a status but no target head before it for a goal head with
    no figure column (the class of 4 in the cell-a-line reader): bitgaram-county 29's pdf2txt dump failed whole
    (IndexError, no record). After: one record, its goal read, no wrong figure."""
    from test_text_converters import converter_dump

    from pledgecard.pipeline import process_file

    from conftest import family_card, wrong_figure_count

    src, exp = family_card(tmp_path, "bitgaram-county", 29, "pdf")
    out = tmp_path / "bitgaram-29-pdf2txt.txt"
    converter_dump("pdf2txt", src, out)
    res = process_file(out)
    assert res.status == "ok" and len(res.records) == 1
    assert wrong_figure_count(exp, res.records[0]) == 0
