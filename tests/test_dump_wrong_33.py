"""Session 33 (famwrong): wrong figures in real converters' dumps of unseen family cards, made right or null.

Measured: every family's card of its third seed (``family_seeds(fam, 3)[2]``) dumped by pdftotext (default, -raw,
-layout), pdf2txt, hwpx-text-extract and hwp5html (tests/test_text_converters.py's converters), read and counted
with the shared wrong_figures.py and the project's year-aware goal check (wrong_goal_figures).

A class fixed: an item table (분기 | 주요 추진내용 | 비고) a dump printed one cell a line whose row's content cell is a
section word (``'22. 4/4분기`` / ``주요 추진실적`` / ``완료``): the row, its date and content cells joined, read as a
block heading ended the table's rows, every row after it read as loose lines (dates lost, a row's title run into the bullet above it, so
its count paired with another item's: gaeul-county 64009 hwpx-text-extract 0.747 with 1 wrong count -> 0.988, 0
wrong). The row's status cell after them proves them a row (item_cells_aline.status_cell_after); a dated block-label cell
with no status cell after it stays a heading.

Three more classes, one card each:
- pdftotext's goal rows printed before the ``<2023>`` marks of their row groups, the rows past a page break left unread:
  the marks, as many as the rows read, were given one a row (2023, 2024, 2025 for rows of 2023, 2023, 2024). A status
  cell no row took after the run proves rows unread: the years stay null (goal_stream.rows_left_after; solmae-county
  13019 pdftotext 0.911 with 3 wrong goal figures -> 0.907, 0 wrong).
- a counter wrapped after its number in a narrow layout cell (``거점시설 조성 8개`` / ``소``): read apart, 8 took 개 for
  개소; the tail and the next line's first word joined where they make one counter of the vocabulary
  (textjoin_glue.wraps_counter; haetsal-county 57015 pdftotext -layout 1 wrong unit -> 0, 1.000).
- hwp5html (inscriptis) laying a goal row out from its first column, the project and detail cells spanning it from
  the row above left out (``2024  1.3km  0.8km  추진 중``): its target read as the project, its actual as the target;
  the cells go back to their columns where their kinds prove them (goal_row_packed.unpacked_row; sup-district 47012
  hwp5html 0.958 with 1 wrong target -> 1.000).
- a unit cell wrapped over two lines about its row in a layout dump (``개`` above, ``소`` below), put in the row apart
  (``생활SOC 확충 개 소 6 4 ...``): the row cut with ``개`` its unit and ``소`` its first cell, every figure a column off
  (6 wrong goal figures); the unit's rest proves the cuts unproven: the row is left unread
  (goal_year_columns.unit_wrapped; gaeul-county 64009 pdftotext -layout 0.854 with 7 wrong -> 0.895 with 1, the
  achievements' pairing below).

Pairing artifacts of the shared wrong_figures.py (goals paired by target text across years; the year-aware check
finds every figure under its own year): saemmul-province 65042 pdftotext, gyeoul-county 70003 -raw; left as they are.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_row_packed import unpacked_row
from pledgecard.extract.sections.goal_stream import rows_left_after
from pledgecard.extract.sections.goal_year_columns import text_row, unit_wrapped
from pledgecard.extract.sections.item_cells_aline import status_cell_after
from pledgecard.extract.sections.item_tables import ROW_MARKER, item_rows_from_lines, leading_date
from pledgecard.extract.textjoin_glue import glue, wraps_counter
from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import shared_tools


def _lines(*spec: tuple[str | None, str]) -> list[Line]:
    return [
        Line(text=t, marker=m, indent=0, source=Source(line_start=k + 1)) for k, (m, t) in enumerate(spec)
    ]


CELLS = _lines(
    (None, "분기"),
    (None, "주요 추진내용"),
    (None, "비고"),
    (None, "'22. 4/4분기"),
    (None, "주요 추진실적"),
    (None, "완료"),
    ("ㄴ", "신규 참여기업 협약(계약인원 : 23명)"),
    (None, "'22. 3/4분기"),
    (None, "현장 건의 21건 검토 및 제도 개선"),
    (None, "완료"),
)


def _dated_heading(line: Line) -> bool:
    """A block heading as the achievements read one: a line opening with a date (``2024년 1분기 현재``)."""
    return bool(leading_date(line.text)[0])


def test_a_status_cell_after_a_row_read_as_a_heading_proves_it_a_row() -> None:
    assert status_cell_after(CELLS, 5, 3)
    assert not status_cell_after(CELLS, 5, 2)  # no note column: nothing proves it
    assert not status_cell_after(CELLS, 6, 3)  # a bullet line is no status cell
    out = item_rows_from_lines(list(CELLS), _dated_heading, "achievements")
    rows = [(ln.marker, ln.text) for ln in out if isinstance(ln, Line)]
    assert rows[0] == (ROW_MARKER, "주요 추진실적 : '22. 4/4분기")
    assert (ROW_MARKER, "현장 건의 21건 검토 및 제도 개선 : '22. 3/4분기") in rows


def test_a_dated_block_cell_with_no_status_cell_after_it_stays_a_heading() -> None:
    # a block-label cell (2024년 1분기 / 현재) over the block's first line: its heading, as before
    cells = CELLS[:3] + _lines(
        (None, "2024년 1분기"), (None, "현재"), (None, "세부 추진실적"), ("▸", "기업지원")
    )
    out = item_rows_from_lines(list(cells), _dated_heading, "achievements")
    assert [(ln.marker, ln.text) for ln in out if isinstance(ln, Line)][0] == (None, "2024년 1분기 현재")


def test_gaeul_64009_hwpx_text_extract_reads_no_wrong_figure(tmp_path: Path) -> None:
    """gaeul-county 64009 (its third seed) dumped by hwpx-text-extract: 0.747, 1 wrong count -> 0.988, 0 wrong."""
    from hwpx.tools.text_extract_cli import main

    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    sc, wf = shared_tools()
    fam = BY_NAME["gaeul-county"]
    src = write_file(tmp_path, "gaeul-county-64009", "hwpx", family_records(fam, 64009), fam.style)
    out = tmp_path / "gaeul-county-64009-hwpx.txt"
    assert main(["--include-tables", str(src), "-o", str(out)]) == 0
    (exp,) = load_records(src.with_name(src.stem + ".expected.json"))
    (rec,) = extract_file(out)
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    assert wrong == []
    assert sc.score_record(exp, rec).score() >= 0.98


def test_a_status_cell_left_after_the_run_proves_rows_unread() -> None:
    lines = [
        "공정률 80%",
        "공정률 74%",
        "추진 중",
        "<2023>",
        "아이돌봄 인재양성",
        "<2024>",
        "공정률 70%",
        "-",
        "미착수",
    ]
    assert rows_left_after(lines, 2, {0, 1, 2})
    assert not rows_left_after(
        lines[:6], 2, {0, 1, 2}
    )  # the marks and their projects only: nothing proves rows left


def test_a_counter_wrapped_after_its_number_is_joined() -> None:
    assert wraps_counter("거점시설 조성 8개", "소")
    assert glue("거점시설 조성 8개", "소") == "거점시설 조성 8개소"
    assert not wraps_counter("참여기업 3개", "사업 참여")  # 개사업: no counter
    assert not wraps_counter("설명회 개", "소")  # no number before the tail
    assert glue("참여기업 3개", "사업 참여") == "참여기업 3개 사업 참여"


HEAD_COLUMNS = {"year": 0, "project": 1, "target": 2, "actual": 3, "status": 4, "detail": 5}


def test_a_goal_row_laid_out_from_its_first_column_goes_back_in_place() -> None:
    row = ["2024", "1.3km", "0.8km", "추진 중", "", "", ""]
    assert unpacked_row(row, HEAD_COLUMNS) == ["2024", "", "1.3km", "0.8km", "추진 중", "", ""]
    assert unpacked_row(["2025", "2.0km", "-", "미착수", "", "", ""], HEAD_COLUMNS) == [
        "2025",
        "",
        "2.0km",
        "-",
        "미착수",
        "",
        "",
    ]
    # a whole row, a row whose kinds disagree, a row not packed left: left as printed
    assert unpacked_row(["2023", "기반 구축", "2.3km", "1.3km", "완료", "운영", ""], HEAD_COLUMNS) is None
    assert unpacked_row(["2024", "기반 구축", "0.8km", "추진 중", "", "", ""], HEAD_COLUMNS) is None
    assert unpacked_row(["2024", "", "1.3km", "0.8km", "추진 중", "", ""], HEAD_COLUMNS) is None


def _dumped(family: str, seed: int, kind: str, tmp_path: Path) -> tuple[float, list[str]]:
    """The family's card of ``seed`` made by the generator, dumped by the converter ``kind`` as
    tests/test_text_converters.py dumps it (``layout``: pdftotext -layout), read: its score and wrong figures."""
    import subprocess

    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    sc, wf = shared_tools()
    fam = BY_NAME[family]
    fmt = {"hwp5html": "hwp"}.get(kind, "pdf")
    src = (
        write_file(tmp_path, f"{family}-{seed}", "hwpx", family_records(fam, seed), fam.style)
        if fmt == "hwp"
        else write_file(tmp_path, f"{family}-{seed}", fmt, family_records(fam, seed), fam.style)
    )
    if fmt == "hwp":
        from samples.render_hwp import hwp_from_hwpx

        hwp = tmp_path / f"{family}-{seed}-hwp.hwp"
        hwp_from_hwpx(src, hwp)
        src = hwp
    out = tmp_path / f"{family}-{seed}-{kind}.txt"
    if kind == "hwp5html":
        from contextlib import closing

        import inscriptis
        from hwp5.hwp5html import HTMLTransform, open_dir
        from hwp5.xmlmodel import Hwp5File

        html_dir = out.with_suffix("")
        with closing(Hwp5File(str(src))) as hwp5file, open_dir(str(html_dir)) as dest:
            HTMLTransform().transform_hwp5_to_dir(hwp5file, dest)
        out.write_text(
            inscriptis.get_text((html_dir / "index.xhtml").read_text(encoding="utf-8")), encoding="utf-8"
        )
    else:
        mode = {"layout": ["-layout"], "raw": ["-raw"]}.get(kind, [])
        subprocess.run(
            ["pdftotext", *mode, "-enc", "UTF-8", str(src), str(out)],
            check=True,
            capture_output=True,
            timeout=120,
        )
    (exp,) = load_records(tmp_path / f"{family}-{seed}-{'hwpx' if fmt == 'hwp' else fmt}.expected.json")
    (rec,) = extract_file(out)
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    return sc.score_record(exp, rec).score(), wrong


def test_solmae_13019_pdftotext_group_marks_give_no_row_its_year(tmp_path: Path) -> None:
    score, wrong = _dumped("solmae-county", 13019, "pdftotext", tmp_path)  # 0.911, 3 wrong -> 0.907, 0 wrong
    assert (wrong, score >= 0.90) == ([], True)


def test_haetsal_57015_layout_counter_wrapped_in_its_cell(tmp_path: Path) -> None:
    score, wrong = _dumped("haetsal-county", 57015, "layout", tmp_path)  # 1 wrong -> 0, 1.000
    assert (wrong, score >= 1.0) == ([], True)


def test_sup_47012_hwp5html_goal_row_packed_left(tmp_path: Path) -> None:
    score, wrong = _dumped("sup-district", 47012, "hwp5html", tmp_path)  # 0.958, 1 wrong -> 1.000, 0 wrong
    assert (wrong, score >= 1.0) == ([], True)


def test_a_unit_cell_wrapped_about_its_row_leaves_the_row_unread() -> None:
    words = "생활SOC 확충 개 소 6 4 4 4 4 추진중 3 17 47.1".split()
    assert unit_wrapped(words, 2)
    assert text_row(words, 10) is None
    words = "문화관광 기반 구축 건 기업 지원(50개) 34개 협약 체결(10건) 9건 -".split()
    assert not unit_wrapped(words, 3)
    assert text_row(words, 5) is not None


def test_gaeul_64009_layout_goal_rows_read_no_wrong_goal_figure(tmp_path: Path) -> None:
    """gaeul-county 64009 pdftotext -layout: 7 wrong (6 goal figures a column off) -> the goals right or null;
    achievements[2] the shared counter's pairing (a row's title run into the bullet item above it) until session 34
    held the row apart (extract/textjoin_status_rows.py): 0.895 with 1 wrong -> 0.973, 0 wrong."""
    score, wrong = _dumped("gaeul-county", 64009, "layout", tmp_path)
    assert wrong == []
    assert score >= 0.97
