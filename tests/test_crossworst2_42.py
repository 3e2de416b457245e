"""Session 42's fresh crossbreed range: crossbred seeds 9040-9079 drawn from all ninety-one families, each in PDF,
HWPX, HWP and the text dump (160 files nobody had tuned on), and mutants 9000-9039 (drawn from the first eighty-one
families, as ``conftest.mutant_file`` draws them) in the four formats. The classes fixed:

- a dated log of achievements (``◦ 2023.8. 문화관광 …``: each item's date opening its line) under a block heading
  closing on its reporting point (``☞ 그간 추진실적 [2024.3/4분기 누계]``): the heading counted as an item closing on
  its date, the section then no dated log and no item's leading date read (dates 0.675; crossbred 9077, 0.828 in
  every format). A block heading is no item (``extract/sections/achievements._dated_log``).
- a web page's buttons (``목록 인쇄 공유``, a button word the vocabulary does not list) over the header table on a
  card whose known headings are each boxed in a one-cell table (hwpx, hwp): read as a bare heading of their shape,
  the header table under it an unknown section's (header 0.1; crossbred 9073 hwpx and hwp, 0.948). A sibling of
  boxed headings stands in a cell too (``extract/bare_headings.bare_sibling_headings``).
- funding printed as stacked one-row tables each under a caption (``< 2022년 >`` or ``[국비]``), which a text dump
  prints as a head line over a row line (``구분 계 국비 도비 군비`` / ``사업비 3,937 1,172 2,050 715``): read as loose
  lines, the funding nulled (money 0.14; crossbred 9040, 9047, 9053 txt). The two lines are the one-row table the
  stacked-table rule joins (``extract/sections/funding_stacked._row_lines``).
- a two-pane (landscape) page whose right pane's table the page break cut: its rest row atop the next page's right
  pane (``3 | ㈜새봄씨엔티 | 유통 | 8``) read as a table of its own, its row the head (tables 0.91; crossbred 9061
  pdf). A table atop a right pane goes on the previous page's table on the same columns
  (``extract/readers/pdf_assemble._right_panes_joined``).
- an achievement a text dump broke after a short first line inside a word (``… 추진 과정에서 제기`` / ``된 안전·환경
  … 반영 : 2025년 8월 13일(수)``): the rest, closing on its date, held apart as a line of its own (crossbred 9052
  txt, 0.960). A break the document's own words prove fell inside a word joins however short the first line
  (``extract/textjoin._join``).

Measured over the ranges (``python -m samples.crossbreed --start 9040 --cards 40 --families 91`` and ``python -m
samples.mutate --start 9000 --cards 40 --families 81``, results in /tmp/crossworst2/; mean / worst / wrong figures),
before -> after:
  crossbred pdf  0.9953 / 0.828 / 0 -> 1.0000 / 1.000 / 0  (9077 0.828 -> 1.0, 9061 0.986 -> 1.0)
  crossbred hwpx 0.9944 / 0.828 / 0 -> 1.0000 / 1.000 / 0  (9077, 9073 0.948 -> 1.0)
  crossbred hwp  0.9944 / 0.828 / 0 -> 1.0000 / 1.000 / 0
  crossbred txt  0.9803 / 0.828 / 0 -> 0.9940 / 0.940 / 0  (9077, 9040 0.893 / 9047 0.890 / 9052 0.960 -> 1.0,
                                                         9053 0.837 -> 0.962; 9078 0.996 -> 0.992, its status
                                                         nulled with its finding)
  mutant pdf  0.9999 / 0.996 / 0 -> the same; hwpx and hwp 1.0000 / 1.000 / 0 -> the same
  mutant txt  0.9709 / 0.849 / 0 -> 0.9710 / 0.849 / 0  (9036 0.998 -> 1.0)
Left (seen, not fixed): text-dump goal rows running a project, a worded target and a worded actual together (crossbred
9045, 9053, 9055, 9066, 9070; mutants 9002, 9004, 9007, 9016, 9017, 9018, 9021, 9022, 9025, 9027, 9038: the
class session 41 left, no proven cut, left out with extract.table_unrecovered / extract.project_unread); a 추진내용
run together with a 비고 (mutants 9000, 9012, 9019, 9026, 9031, 9037: the detail left null); funding amounts spaced
in thousands groups (``5 243 235``: mutants 9030, 9035, nulled); a struck status the dump prints plain (crossbred
9073 txt, nulled with extract.markup_lost; 9078 txt likewise since this session, below); a phone printed with no
label (crossbred 9067 txt); an unruled item table on a PDF page's foot read as lines (mutant 9032 pdf, 0.996).

Seen among the mutants and fixed: a total row a text dump printed short of its note under a head closing on a note
column (``계 25,984 26,228 244`` under ``구분 | 당초(백만원) | 변경(백만원) | 증감 | 비고``): read as a total whose label
merged over two columns, its label doubled and every figure a column right, the last under the note (a side table
read wrong, no scored figure; mutant 9036 txt 0.998). The cells short are the empty notes
(``extract/sections/side_tables._total_spread``).

And a header status a text dump printed as a status word beside a status phrase of words no status word names alone
(``정상추진 이행후 계속추진``: 정상추진 struck where the card was made): read as one status, its text holding both
(crossbred 9078 txt 0.996, its code right by chance of order). Two statuses side by side: no one status, null with
extract.markup_lost as status_twice says of two status words (``extract/status_twice.phrases_apart``; 0.9915).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.bare_headings import bare_sibling_headings
from pledgecard.extract.document import Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.achievements import _dated_log
from pledgecard.extract.sections.funding_stacked import stacked_joined
from pledgecard.extract.sections.side_tables import tables_from_lines
from pledgecard.extract.status_twice import phrases_apart, settle_two_statuses
from samples.crossbreed import run_cross
from samples.families import FAMILIES
from samples.mutate import run_mutant

# the cards fixed, drawn from the first ninety-one families: (seed, format) -> (floor measured, what was read wrong)
PINS = {
    **{
        (9077, fmt): (
            1.0,
            "a dated log under a block heading closing on its reporting point ([2024.3/4분기 누계]): no item's "
            "leading date read (0.828)",
        )
        for fmt in ("pdf", "hwpx", "hwp", "txt")
    },
    **{
        (9073, fmt): (
            1.0,
            "web buttons (목록 인쇄 공유) over the header table read as a bare heading of boxed headings (0.948)",
        )
        for fmt in ("hwpx", "hwp")
    },
    (9073, "pdf"): (1.0, "a control: the same card in PDF"),
    (9040, "txt"): (1.0, "stacked funding tables (< 2022년 >) printed a head line over a row line (0.893)"),
    (9047, "txt"): (1.0, "likewise, each under a source's caption ([국고]) (0.890)"),
    (9053, "txt"): (
        0.96,
        "likewise ([국비]) (0.837; its goal rows run project and worded target together: left, never guessed)",
    ),
    (9061, "pdf"): (1.0, "a right pane's table cut by the page break, its rest row read apart (0.986)"),
    (9052, "txt"): (
        1.0,
        "an item broken inside a word (제기 / 된 …) after a short first line held apart (0.960)",
    ),
    (9078, "txt"): (
        0.99,
        "a header status 정상추진 (struck where made) beside 이행후 계속추진, the dump printing both plain: read as "
        "one status '정상추진 이행후 계속추진' (0.996); now null with extract.markup_lost (0.9915)",
    ),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINS))
def test_crossbred_card_of_the_range_reads(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, _ = PINS[(seed, fmt)]
    (r,) = run_cross(seed, (fmt,), tmp_path, families=FAMILIES[:91])
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"])


def _line(text: str, marker: str | None = None, cell: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source(cell=cell))


def test_a_block_heading_closing_on_its_point_leaves_a_dated_log() -> None:
    items = [
        _line("그간 추진실적 [2024.3/4분기 누계]", "☞"),
        _line("2023.8. 현장 건의 17건 검토 및 제도 개선", "◦"),
        _line("2023.9. 신규 참여기업 협약", "◦"),
    ]
    assert _dated_log(items, "□")
    # an item closing on its own date still tells a log apart
    assert not _dated_log([*items, _line("협약 체결 : '24. 3.", "◦")], "□")


def test_stacked_tables_printed_a_head_line_over_a_row_line_are_one_table() -> None:
    texts = [
        "(단위: 백만원)",
        "< 총사업비 >",
        "구분 계 국비 도비 군비",
        "사업비 17,392 6,988 7,971 2,433",
        "< 2022년 >",
        "구분 계 국비 도비 군비",
        "사업비 3,937 1,172 2,050 715",
        "< 2023년 >",
        "구분 계 국비 도비 군비",
        "사업비 2,989 1,628 573 -",
    ]
    out = stacked_joined([_line(t) for t in texts])
    assert len(out) == 2 and isinstance(out[1], Table)
    grid = out[1].grid()
    assert grid[0] == ["구분", "계", "국비", "도비", "군비"]
    assert [row[0] for row in grid[1:]] == ["총사업비", "2022년", "2023년"]
    assert grid[3] == ["2023년", "2,989", "1,628", "573", "-"]
    # a row of fewer figures than heads is no such table: the lines stay as they are
    short = [*texts[:7], "< 2023년 >", "구분 계 국비 도비 군비", "사업비 2,989 1,628"]
    assert all(isinstance(it, Line) for it in stacked_joined([_line(t) for t in short]))


def test_a_line_outside_any_cell_is_no_sibling_of_boxed_headings() -> None:
    texts = [
        ("그림시 공약사업 관리카드", None, None),
        ("목록 인쇄 공유", None, None),
        ("사업개요", None, "T1!A1"),
        ("사업기간 : '22.10.~'26.6.", "○", None),
        ("연차별 투자계획", None, "T2!A1"),
        ("(단위 : 백만원)", None, None),
        ("추진실적", None, "T3!A1"),
        ("교육부 주관 공모사업 최종 선정", "∘", None),
    ]
    # (the header table under the buttons is left out of the lines: an index skipped)
    lines = [(k + (k >= 2), _line(t, m, c)) for k, (t, m, c) in enumerate(texts)]
    assert 1 not in bare_sibling_headings(lines, set())
    # the same line among headings printed bare on the page is their sibling
    bare = [(k, _line(it.text, it.marker)) for k, it in lines]
    assert 1 in bare_sibling_headings(bare, set())


def test_a_mutant_total_row_short_of_its_note_keeps_its_figures_in_their_columns(tmp_path: Path) -> None:
    """Mutant 9036's text dump: a 사업비 변경 내역 table among the achievements, its 계 row with no note (0.998)."""
    (r,) = run_mutant(9036, ("txt",), tmp_path, families=FAMILIES[:81])
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 1.0, (r["score"], r["misses"])


def test_a_total_row_short_of_its_note_is_no_merged_label() -> None:
    head = "구분 당초(백만원) 변경(백만원) 증감 비고"
    rows = ["계 25,984 26,228 244", "국비 7,494 7,479 △15 5개 사업 조정"]
    (t,) = tables_from_lines([_line(head), *(_line(r) for r in rows)], "")
    assert t["rows"][0] == ["계", "25,984", "26,228", "244", ""]
    # under a head of figures alone, a total's label merged over the label columns is spread over them
    (t,) = tables_from_lines(
        [_line("구분 세부 인원 금액"), _line("합계 9 250"), _line("교육 강사 3 100")], ""
    )
    assert t["rows"][0] == ["합계", "합계", "9", "250"]


def test_a_status_word_beside_a_status_phrase_is_two_statuses() -> None:
    assert phrases_apart("정상추진 이행후 계속추진") == ["정상추진", "이행후 계속추진"]
    # one status of two words, or one phrase whole, stays one
    for one in ("일부 지연", "정상 추진", "계속 추진", "이행후 계속추진", "추진중(정상)"):
        assert phrases_apart(one) == [], one
    header = {"status": "정상추진 이행후 계속추진", "status_code": "continuing"}
    (f,) = settle_two_statuses(header, [_line("추진상태 정상추진 이행후 계속추진")], "txt")
    assert header["status"] is None and header["status_code"] is None
    assert f["code"] == "extract.markup_lost"
    # a PDF shows the strike: its value is settled elsewhere, never here
    header = {"status": "정상추진 이행후 계속추진", "status_code": "continuing"}
    assert settle_two_statuses(header, [], "pdf") == [] and header["status"] is not None
