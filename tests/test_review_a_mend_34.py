"""Review A (session 34) mended: each of its repros read back (tests/../notes review-a-report.md).

1-2. A header band whose value row runs the 실천목표 and the 공약명 together with no typed value between them, the
target printed first (``4-11 중장기 추진 (2030년) 도담구 …``) or a year and a status word closing the free words
(``… 도입 2025년 착공 2026년 완료``): nothing in the row's words shows where one ends and the other begins (a target
says more of its term, a milestone word may be the title's or the target's), so title and target stay null with
the ``required.missing`` finding; before the mend they were cut at the first status word and read wrong, silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Cell, Paragraph, Source, Table

# mutant seed, the value row as generated, the row as the review rewrote it
_HEADER_ROWS = {
    "h1-target-paren": (4266, "중장기 추진 도담구", "중장기 추진 (2030년) 도담구"),
    "h2-target-and": (4266, "중장기 추진 도담구", "임기 내 추진 및 완료 도담구"),
    "h3-target-4ph": (4266, "중장기 추진 도담구", "중장기 추진 1단계 2026년 도담구"),
    "h4-two-years": (4244, "도입 2026년 완료", "도입 2025년 착공 2026년 완료"),
    "h5-1stage": (4244, "도입 2026년 완료", "도입 1단계 2026년 완료"),
}


def _mutant_txt(seed: int, folder: Path) -> tuple[Path, dict]:
    """Mutant ``seed`` of SWEPT_89 rendered as a text dump, and its expected record."""
    from pledgecard.scoring import load_records
    from samples.generate import write_file
    from samples.mutate import mutate
    from samples.style_sweep import family_records
    from tests.test_mutate_tables import SWEPT_89

    fam, card_seed = mutate(seed, SWEPT_89)
    path = write_file(folder, fam.name, "txt", family_records(fam, card_seed), fam.style)
    (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


@pytest.mark.parametrize("name", sorted(_HEADER_ROWS))
def test_a_target_and_title_run_together_whose_cut_is_not_shown_stay_null(tmp_path: Path, name: str) -> None:
    from pledgecard import extract_file

    from conftest import shared_tools

    seed, old, new = _HEADER_ROWS[name]
    path, exp = _mutant_txt(seed, tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, name
    card = tmp_path / f"{name}.txt"
    card.write_text(text.replace(old, new), encoding="utf-8")
    (got,) = extract_file(card)
    assert (got["header"].get("title"), got["header"].get("target")) == (None, None)
    _, wrong_figures = shared_tools()
    assert [f for f in wrong_figures.figures(exp, got) if f[3] is not None and f[2] != f[3]] == []


def test_the_rows_the_rules_were_made_for_read_null_too() -> None:
    """The rows of mutants 4266 and 4244 themselves: their shape is the repros' (no column nor second band in a
    text dump proves the cut), so they are not read either (review A s34 findings 1-2)."""
    from pledgecard.extract.sections.header_value_rows import split_value_row

    assert (
        split_value_row(["mgmt_no", "target", "title"], "4-11 중장기 추진 도담구 창업 지원센터 건립") is None
    )
    assert (
        split_value_row(
            ["title", "target", "contact_name", "coop_depts"],
            "새봄군형 공공돌봄 서비스 도입 2026년 완료 옥미혜 여성가족과",
        )
        is None
    )
    # the cut the term shows is still read (tests/test_header_term_cut_29.py)
    assert split_value_row(["title", "target"], "이차전지 특화단지 지정 추진 임기 후 계속") == {
        "title": "이차전지 특화단지 지정 추진",
        "target": "임기 후 계속",
    }


def _spaced(v: int) -> str:
    return f"{v:,}".replace(",", " ")


def test_change_rows_group_as_funding_spaced_does() -> None:
    """3-4. funding_change_rows parts a line with funding_spaced.groupings (one rule): no amount opens with a zero
    group (``1 012 345``: never 1 | 012 345), so a change fitting only that reading proves nothing."""
    from pledgecard.extract.sections.funding_change_rows import change_rows

    # the change fits 1 | 12 345 -> 2 | 500 600 only (a reading with a group 012 opening an amount): unread
    assert change_rows([["1", "012", "345", "-"], "2 500 600 488 256".split()], 2, 1) is None
    # the change fits 1 012 | 345 -> 2 500 | 600: read
    assert change_rows([["1", "012", "345", "-"], "2 500 600 1 743".split()], 2, 1) == [
        [1012, 345],
        [2500, 600],
    ]


def test_change_rows_of_many_readings_a_line_are_proved_through_the_sums() -> None:
    """3. Six sources of six-digit amounts over ten years (hundreds of readings a line, review A's perf3): each
    line's readings meet the line above's through their sums; the one grouping every change proves is read."""
    from pledgecard.extract.sections.funding_change_rows import change_rows

    base = [123456, 234567, 345678, 456789, 567891, 678912]
    years = [[v + y * 1111 for v in base] for y in range(10)]
    rows = [
        " ".join(_spaced(v) for v in vals) + " " + (_spaced(sum(vals) - sum(years[y - 1])) if y else "-")
        for y, vals in enumerate(years)
    ]
    assert change_rows([r.split() for r in rows], 6, 1) == years


def test_an_amount_and_its_glued_unit_read_one_way() -> None:
    """4. funding_cells_unit and funding_spaced.unit_closed read an amount with its unit glued after it with one
    helper (normalize.money_glued), its signs SIGNS: the unit a table's cells print, and where a space-grouped
    amount ends (cells_unit scored on mutant 4248 in tests/test_txtdumps_34.py)."""
    from pledgecard.extract.sections.funding_spaced import unit_closed
    from pledgecard.normalize.money import unit_for
    from pledgecard.normalize.money_glued import glued_unit

    unit = unit_for(10**6)
    assert unit
    got, loose = glued_unit(f"△5,270{unit}"), glued_unit(f"12,34{unit}")
    assert got is not None and (got.figure, got.unit, got.exact) == ("△5,270", unit, True)
    assert loose is not None and not loose.exact  # commas group in threes only
    assert unit_closed(["1", "720", f"190{unit}", f"2,770{unit}", "5"], 10**6) == (
        ["1", "720", "190", "2,770", "5"],
        frozenset({2, 3}),
    )
    assert unit_closed(["1", "720", f"190{unit}"], 1000) == (["1", "720", f"190{unit}"], frozenset())


def _goal_table(rows: list[list[str]]) -> Table:
    cells = [
        Cell(i, j, t, source=Source(line_start=10 + i, line_end=10 + i))
        for i, row in enumerate(rows)
        for j, t in enumerate(row)
        if t
    ]
    return Table(
        cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows), source=Source(line_start=10)
    )


def test_a_piece_is_reported_unless_the_goal_holds_that_piece() -> None:
    """5. A goal cell's piece on a row of its own is reported (``extract.table_unrecovered``) unless the goal read
    holds that piece (its cut cell joined back); a field filled some other way does not hide the lost piece."""
    from pledgecard.extract.goal_pieces_unread import pieces_unread

    head = ["연도", "세부과제", "추진상황", "실적", "목표", "추진내용"]
    table = _goal_table(
        [
            head,
            ["2019", "환승센터 조성", "추진중", "30회", "", "주민 지원"],
            ["", "", "", "", "프로그램 운영 (55회)", ""],
        ]
    )
    goal = {"year": 2019, "project": "환승센터 조성", "status": "추진중"}
    joined = [{**goal, "target": "수요응답형 교통 프로그램 운영 (55회)"}]
    other = [{**goal, "target": "교육생 양성(10명)"}]
    assert pieces_unread([table], joined, None) == []
    got = pieces_unread([table], other, None)
    assert [(f["code"], f["location"], f["observed"]["piece"]) for f in got] == [
        ("extract.table_unrecovered", "goals[0].target", "프로그램 운영 (55회)")
    ]


def _para(text: str, line: int, marker: str | None = None, printed: str | None = None) -> Paragraph:
    return Paragraph(
        text=text,
        marker=marker,
        indent=7,
        source=Source(line_start=line, line_end=line),
        printed=printed,
        lead=16 if marker is None else 0,
    )


def test_a_bullets_wrapped_rest_closing_its_parenthesis_is_joined_to_it() -> None:
    """6. A line after a blank line closing on a status cell is a row of its own (textjoin_status_rows), except where
    it closes the parenthesis the line above left open: the bullet's wrapped rest (review A's gaeul 64009 tj2)."""
    from pledgecard.extract.textjoin import join_broken_lines
    from pledgecard.extract.textjoin_status_rows import closes_on_status_cell

    rest = "계약인원 : 23명)                                      완료"
    lines = [
        _para("신규 참여기업 협약(기업 : 누리모빌리티,", 69, "ㄴ"),
        _para(" ".join(rest.split()), 71, printed=rest),
    ]
    assert closes_on_status_cell(rest)
    assert [(p.marker, p.text) for p in join_broken_lines(lines)] == [
        ("ㄴ", "신규 참여기업 협약(기업 : 누리모빌리티, 계약인원 : 23명) 완료")
    ]
    # a row of its own after a closed bullet is still held apart
    row = "공공돌봄 관련 현장 건의 21건 검토 및 제도 개선            완료"
    apart = [
        _para("신규 참여기업 협약(기업 : 누리모빌리티, 계약인원 : 23명)", 69, "ㄴ"),
        _para(" ".join(row.split()), 71, printed=row),
    ]
    assert len(join_broken_lines(apart)) == 2


def test_gaeul_64009_layout_with_the_bullet_wrapped_reads_it_whole(tmp_path: Path) -> None:
    """6. Review A's tj2 repro made from the card: gaeul-county 64009 pdf dumped by pdftotext -layout, its bullet
    ``ㄴ 신규 참여기업 협약(…)`` wrapped after a blank line, the row's 비고 cell on the rest's line: the item is read
    whole, no figure wrong (measured 0.966; the unmodified dump 0.973)."""
    from pledgecard import extract_file
    from pledgecard.scoring import load_records

    from conftest import family_card, pdftotext_dump, shared_tools

    src, _ = family_card(tmp_path, "gaeul-county", 64009, "pdf")
    dump = tmp_path / "base.txt"
    pdftotext_dump(src, dump, "-layout")
    text = dump.read_text(encoding="utf-8")
    lines = text.split("\n")
    k = next(i for i, t in enumerate(lines) if t.strip().startswith("ㄴ") and "계약인원" in t)
    head, _, tail = lines[k].partition(" 계약인원")
    gap = lines[k - 2].rstrip().rsplit(None, 1)
    assert len(gap) == 2 and lines[k - 2].rstrip().endswith("   " + gap[1])  # its 비고 cell, printed first
    lines[k - 2] = lines[k - 2].rstrip()[: -len(gap[1])].rstrip()
    lines[k : k + 1] = [
        head,
        "",
        " " * (len(head) - len(head.lstrip()) + 2) + "계약인원" + tail + " " * 38 + gap[1],
    ]
    card = tmp_path / "gaeul-64009-wrapped.txt"
    card.write_text("\n".join(lines), encoding="utf-8")
    (exp,) = load_records(src.with_name(src.stem + ".expected.json"))
    (rec,) = extract_file(card)
    sc, wf = shared_tools()
    assert [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] == []
    texts = [a.get("text", "") for a in rec["achievements"]]
    assert any("누리모빌리티, 계약인원 : 23명)" in t for t in texts)
    assert not any(t.startswith("계약인원") for t in texts)
    assert sc.score_record(exp, rec).score() >= 0.96


def test_one_type_rule_ends_an_open_tables_rows() -> None:
    """4. pdf_open_cuts.in_type and pdf_open_rules.carried_rows end their rows at one rule (pdf_open_pieces.other_type,
    TYPE_SHARE stated there): a cell shrunk to fit (8.8 pt among rows of 10) is of the rows' type, a running
    header's 8.5 pt over rows of 10 (crossbreed 6350, tests/test_pdfdumps_34.py) and running text's 5 pt are not."""
    from pledgecard.extract.readers.pdf_open_cuts import in_type
    from pledgecard.extract.readers.pdf_open_pieces import other_type

    assert not other_type(8.8, 10.0) and not other_type(11.2, 10.0)
    assert other_type(8.5, 10.0) and other_type(5.0, 10.0) and other_type(11.5, 10.0)

    def line(y: float, size: float) -> list[dict]:
        return [
            {"text": ch, "x0": 10.0 * k, "x1": 10.0 * k + size, "top": y, "bottom": y + size, "size": size}
            for k, ch in enumerate("가나다")
        ]

    rows, shrunk, header = line(0, 10.0), line(20, 8.8), line(40, 8.5)
    assert in_type([*rows, *shrunk, *header], 10.0) == [*rows, *shrunk]
