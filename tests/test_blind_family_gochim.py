"""The template family designed blind in session 22 (samples/families.py: ``gochim-county``, a 군 card whose
figures are printed as a revised card prints them) and the structures it brought in, on small strings and lines:

- a revision pair read as the figure in force: ``1,200 → 1,350`` in place (the figure the arrow points at),
  ``1,350`` with ``(당초 1,200)`` after it or in a paragraph of its own (the figure outside the brackets); the
  arrows and the bracket's words vocabulary (``[revisions]``); the status ``추진중(부진) → 정상추진`` (the words
  the arrow points at), a goal's target ``120호 → 150호 공급`` / ``150호 공급 (당초 120호)``;
- a funding table with a 비고 column that a dump printed a cell a line: a note cell after a row's amounts is no
  row and no amount, even holding numbers and a source's name (``'24 1회 추경 반영``, ``3건 이월``, ``국비 40%
  내시``); a row printed on one line amid rows printed a cell a line read a cell a line.

Blind figures (the extractor unchanged, the family's committed files 80001-80002): PDF 0.869, HWPX 0.869, HWP
0.869, txt 0.805, 0 wrong of 75 (the revised funding rows, the whole table in txt, unread; the status read with
the last report's). Unseen 80003-80006 blind: PDF/HWPX/HWP 0.869 with 1 wrong of 139 (a revised goal's actual
taken from the next row), txt 0.863. After: PDF, HWPX, HWP 1.000; txt 0.977 (committed) and 0.981 (unseen
80003-80010), 0 wrong of 298: the side table's note cells a dump prints space-separated split at their spaces.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.layout import Line
from pledgecard.extract.revisions import in_force, in_force_lines, in_force_words
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.goals import make_goal
from pledgecard.extract.vocabulary import Vocabulary, builtin, use_vocabulary
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "gochim-county"


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=None) for t in texts]  # type: ignore[arg-type]


def test_a_revision_pair_reads_as_the_figure_in_force() -> None:
    assert in_force("1,200 → 1,350") == "1,350"
    assert in_force("- → 300") == "300"  # a figure new this quarter (nothing before it)
    assert in_force("1,350 (당초 1,200)") == "1,350"
    assert in_force("1,350\n(당초 1,200)") == "1,350"  # the earlier figure a cell's second paragraph
    assert in_force("계 23,288 → 23,613 4,202 4,614 → 5,422") == "계 23,613 4,202 5,422"
    assert in_force("공정률 60% → 80%") == "공정률 80%"
    assert in_force("4.3km → 5.2km") == "5.2km"
    # no pair of figures: dates, a bullet arrow, a bracket naming no figure stay as printed
    for text in ("2024. 3. → 2024. 6.", "→ 준공 2024. 3.", "사업비(당초 예산)", "1,200 (국비 50%)"):
        assert in_force(text) == text


def test_the_arrows_and_the_bracket_words_are_vocabulary() -> None:
    data = builtin().data
    custom = Vocabulary({**data, "revisions": {"arrows": ["=>"], "words": ["변경전"]}})
    with use_vocabulary(custom):
        assert in_force("1,200 => 1,350") == "1,350"
        assert in_force("1,350 (변경전 1,200)") == "1,350"
        assert in_force("1,200 → 1,350") == "1,200 → 1,350"  # not this vocabulary's arrow


def test_a_status_with_the_last_reports_reads_as_the_one_now() -> None:
    assert in_force_words("추진중(부진) → 정상추진") == "정상추진"
    assert in_force_words("부진 → 정상") == "정상"
    assert in_force_words("정상추진") == "정상추진"
    assert in_force_words("→ 완료") == "→ 완료"  # no words before the arrow: not a pair


def test_a_revised_goal_target_is_the_target_in_force() -> None:
    g = make_goal("청년주택", 2024, "120호 → 150호 공급", "추진중", "98호", None)
    assert (g["target"], g["target_value"], g["target_unit"], g["actual_value"]) == (
        "150호 공급",
        150,
        "호",
        98,
    )
    g = make_goal("청년주택", 2024, "150호 공급 (당초 120호)", "추진중", None, None)
    assert (g["target"], g["target_value"]) == ("150호 공급", 150)


FUNDING_CELLS = [
    "구분 총사업비 연도별 투자 실적 및 계획 비고",
    "2023년 2024년 2025년",
    "계",
    "3,000",
    "(당초 2,800)",
    "1,000",
    "1,200",
    "(당초 1,000)",
    "800",
    "국비",
    "1,800",
    "(당초 1,600)",
    "600",
    "700",
    "(당초 500)",
    "500",
    "국비 40% 내시 '24 1회 추경 반영",
    "도비 1,200 400 500 300",
]


def test_a_note_cell_a_line_is_no_row_and_a_one_line_row_joins_the_cells() -> None:
    from pledgecard.extract.sections.funding_cell_lines import rows_as_cells, without_note_cells

    lines = rows_as_cells(without_note_cells(in_force_lines(_lines(FUNDING_CELLS))))
    texts = [ln.text for ln in lines]
    assert "(당초 2,800)" not in texts and not any("내시" in t for t in texts)
    assert texts[-4:] == ["1,200", "400", "500", "300"] and texts[-5] == "도비"
    # without a note head the note-like line is left alone (it may be a row label a reader will pair)
    no_head = [FUNDING_CELLS[0].replace(" 비고", ""), *FUNDING_CELLS[1:]]
    assert any("내시" in ln.text for ln in without_note_cells(in_force_lines(_lines(no_head))))


def test_a_revised_one_line_table_reads_its_figures_in_force() -> None:
    lines = in_force_lines(
        _lines(
            [
                "구분 총사업비 2023년 2024년 비고",
                "계 2,800 → 3,000 1,000 1,800 → 2,000",
                "국비 1,600 → 1,800 600 1,000 → 1,200 국비 40% 내시",
                "도비 1,200 400 800",
            ]
        )
    )
    columns, rows = interpret_grid(grid_from_lines(lines), 1_000_000)
    assert [c["kind"] for c in columns] == ["total", "year", "year"]
    assert [r["amounts_krw"] for r in rows] == [
        [3_000_000_000, 1_000_000_000, 2_000_000_000],
        [1_800_000_000, 600_000_000, 1_200_000_000],
        [1_200_000_000, 400_000_000, 800_000_000],
    ]


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "gochim-county-*-*.*"):
        assert len(got) == len(exp) == 1
        e, g = exp[0], got[0]
        assert g["funding"] == e["funding"], path.name
        figures = ("year", "target", "target_value", "target_unit", "actual_value")
        assert [[x[k] for k in figures] for x in g["goals"]] == [[x[k] for k in figures] for x in e["goals"]]
        assert (g["header"]["status"], g["header"]["status_code"]) == (
            e["header"]["status"],
            e["header"]["status_code"],
        )
        if not path.name.endswith(
            ".txt"
        ):  # the dump prints the side table's note cells split at their spaces
            assert score_record(e, g).score() >= 0.999, path.name
            assert g["tables"] == e["tables"], path.name


def test_the_committed_cards_print_both_shapes_of_revision() -> None:
    """The two committed cards show the family's axis: one its revisions in place, the other in brackets, both a
    change table with a fall marked △ and notes with numbers in them; the records hold the figures in force."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FAMILY.glob("gochim-county-*-txt.txt"))]
    assert len(texts) == 2
    assert any(" → " in t.split("사업비 변경 내역")[0] and "(당초 " not in t for t in texts)
    assert any("(당초 " in t for t in texts)
    assert all("△" in t and "해당없음" in t for t in texts)


def test_a_revised_target_in_a_dumps_goal_line_is_the_target_in_force(tmp_path: Path) -> None:
    """Unseen seed 80010: the dump prints goal rows a line each, two targets revised in place (``155호 → 206호
    공급``): read as the targets in force (before, those two rows were left unread)."""
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["gochim-county"]
    records = family_records(fam, 80010)
    write_file(tmp_path, "gochim-county-80010", "txt", records, fam.style)
    assert (
        "→" in (tmp_path / "gochim-county-80010-txt.txt").read_text(encoding="utf-8").split("성과 목표")[-1]
    )
    [got] = extract_file(tmp_path / "gochim-county-80010-txt.txt")
    figures = ("year", "target", "target_value", "actual_value")
    assert [[g[k] for k in figures] for g in got["goals"]] == [
        [g[k] for k in figures] for g in records[0]["goals"]
    ]
