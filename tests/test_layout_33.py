"""Session 33 (layout2): pdftotext -layout dumps losing rows and sections.

1. An empty cell printed as a dash one space before the next cell of its row (``-       - 미착수``: the rate's ``-``
   run into the status) read as a dash-marked bullet item, which made the line no row of cells: the row fell out of
   its table, read as a text line (extract/readers/text_dash_cells.py). dolbit-city 76002 layout: its ``2025`` goal
   row under a blank project cell (the project carried down, as readers' tables do) 0.973 -> 1.000; unseen seeds
   76007 0.964 -> 1.000, 76010 0.907 -> 1.000, 76017 0.880 -> 0.932; no figure wrong.
2. gippeum-county's achievements: a side table's caption over its head row, at neither the left edge nor the middle
   of the head cell it overlaps, was taken for a wrapped head cell's top line, and the log table's head printed
   again under the side table (a row of words printed earlier cell for cell) was read as its row: the side table
   lost (extract/readers/text_block_bounds.py). 77001 layout 0.865 -> 0.934; unseen 77006 0.871 -> 0.913, 77008
   0.805 -> 0.905; no figure wrong.
3. A plans table whose head names two contents (``추진시기 추진실적 추진계획``) printed a row a line, each content
   opening with its bullet marker (``2024. 1. ◦ 실적 ◦ 계획``): both cells were read as one plan; the row keeps the
   section's own cell (extract/sections/item_row_contents.py, as item_heads.own_content_pick for tables printed one
   cell a line). The committed sample gyeongbuk-VII-10-2023Q2 with such a plans table: 0.96 -> 1.000, no figure
   wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.readers.text_block_bounds import caption_over, head_again
from pledgecard.extract.readers.text_line_kinds import cells_row
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.item_row_contents import head_pick, own_content
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records

from conftest import expected_scored, family_card, shared_score, wrong_figures_of

ROOT = Path(__file__).resolve().parents[1]
FAMILY_LAYOUT = ROOT / "samples" / "layout" / "families"


def _row(text: str) -> bool:
    [line] = [ln for ln in split_lines(text) if not ln.blank]
    return cells_row(line)


# 1. a dash cell run into the next cell is no bullet item


def test_a_dash_cell_run_into_a_one_word_cell_keeps_the_row() -> None:
    assert _row("2025                      교육생 양성(10명)       -       - 미착수")
    assert _row("2024   기반 구축   착공        관계기관 협의         - 추진중    거점 운영 및 지원")


def test_a_bullet_item_beside_a_label_is_still_no_row() -> None:
    # a label beside its bulleted content: two segments
    assert not _row("사업개요      - 사업기간")
    # an item of several words after the dash, even in a line of several cells
    assert not _row("2024      착공      완료      - 실시설계 용역 발주")
    # another cell of the line a bullet item: the line is no row
    assert not _row("2024      ◦ 착공 준비      -      - 완료")


def test_dolbit_76002_layout_reads_the_row_under_a_blank_project_cell() -> None:
    exp, got, score, wrong = expected_scored(FAMILY_LAYOUT / "dolbit-city-76002-layout.txt")
    assert [(g["project"], g["year"], g["target_value"], g["actual"], g["status"]) for g in got["goals"]] == [
        (g["project"], g["year"], g["target_value"], g["actual"], g["status"]) for g in exp["goals"]
    ]
    assert got["goals"][-1]["project"] == got["goals"][-2]["project"]  # carried down from the row above
    assert score >= 1.0
    assert not wrong


@pytest.mark.parametrize(("seed", "floor"), [(76007, 1.0), (76010, 1.0), (76017, 0.93)])
def test_unseen_dolbit_layout_dumps_read_their_dash_rows(tmp_path: Path, seed: int, floor: float) -> None:
    path, exp = family_card(tmp_path, "dolbit-city", seed, "layout")
    _, got, score, wrong = expected_scored(path)
    assert score >= floor
    assert not wrong
    assert {g["year"] for g in got["goals"]} == {g["year"] for g in exp["goals"]}


# 2. a caption over a side table, a head printed again under it


def _lines(text: str) -> list:
    return [ln for ln in split_lines(text) if not ln.blank]


def test_a_caption_over_a_head_row_is_no_head_cell_piece() -> None:
    cap, head = _lines(
        "               어르신 돌봄 참여기업 현황\n\n"
        "         연번                 기업명               분야                  참여인원\n"
    )
    assert caption_over(cap, head)


def test_a_wrapped_head_cells_top_line_centred_or_flush_is_no_caption() -> None:
    top, head = _lines(
        "                          연도별 투자\n         구분               계획 및 실적              비고\n"
    )
    assert not caption_over(top, head)  # centred on its cell
    top, head = _lines("         세부\n         사업명          목표            실적\n")
    assert not caption_over(top, head)  # at its cell's left edge


def test_a_row_of_words_printed_before_opens_a_table_of_its_own() -> None:
    head = "    일자                              주요 추진내용                               비고\n\n"
    lines = split_lines(
        head + "  2026. 6. 6.   공동육아나눔터 조성\n\n"
        "         연번                 기업명               분야                  참여인원\n\n"
        "         2                ㈜새봄테크               제조                     14\n\n" + head
    )
    k = next(i for i, ln in enumerate(lines) if ln.text.strip().startswith("연번"))
    last = max(i for i, ln in enumerate(lines) if not ln.blank)
    assert head_again(lines, last, k)
    # a row holding a figure, or one printed only once, is a row
    assert not head_again(lines, next(i for i, ln in enumerate(lines) if "새봄" in ln.text), k)
    assert not head_again(lines, last, 0)
    # the same words in the block's own columns (a wrapped cell's lines printed alike in each year group)
    again = split_lines(
        "청년 일자리              공유오피스 운영\n\n청년 일자리              공유오피스 운영\n"
    )
    assert not head_again(again, 2, 0)


def test_gippeum_77001_layout_reads_its_side_table_under_its_caption() -> None:
    exp, got, score, wrong = expected_scored(FAMILY_LAYOUT / "gippeum-county-77001-layout.txt")
    # (the 계 label merged over three cells prints once: one cell of its row)
    assert [(t["title"], t["header"], t["rows"][1:], t["rows"][0][-1]) for t in got["tables"]] == [
        (t["title"], t["header"], t["rows"][1:], t["rows"][0][-1]) for t in exp["tables"]
    ]
    assert score >= 0.93
    assert not wrong


@pytest.mark.parametrize(("seed", "floor"), [(77006, 0.91), (77008, 0.90)])
def test_unseen_gippeum_layout_dumps_read_their_side_tables(tmp_path: Path, seed: int, floor: float) -> None:
    path, exp = family_card(tmp_path, "gippeum-county", seed, "layout")
    _, got, score, wrong = expected_scored(path)
    assert score >= floor
    assert not wrong
    assert len(got["tables"]) == len(exp["tables"])


# 3. two contents on one row line, each with its bullet

SAMPLE = ROOT / "samples" / "gyeongbuk-VII-10-2023Q2"
ROWS = [
    ("2024. 1.", "기본계획 수립 완료", "공약사항 정비 및 이행계획 보완"),
    ("2024. 2.", "캠핑장 시범 운영", "캠핑장 운영 활성화 방안 마련"),
    ("2025. 상반기", "관광 수요 조사", "문화관광 추진계획 수립 및 예산 확보"),
]


def test_the_sections_own_content_of_a_two_contents_head() -> None:
    assert head_pick("추진시기 추진실적 추진계획", "plans") == 1
    assert head_pick("추진시기 추진실적 추진계획", "achievements") == 0
    assert head_pick("추진일자 주요 추진내용 비고", "plans") is None
    assert own_content("◦ 기본계획 수립 완료 ◦ 공약사항 정비", 1) == "◦ 공약사항 정비"
    assert own_content("◦ 기본계획 수립 완료 ◦ 공약사항 정비", 0) == "◦ 기본계획 수립 완료"
    # one content, three, or no marker: another shape
    assert own_content("◦ 기본계획 수립 완료", 1) is None
    assert own_content("◦ a 일 ◦ b 일 ◦ c 일", 1) is None
    assert own_content("기본계획 수립 완료", 0) is None


def _with_plans(body: list[str]) -> str:
    lines = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if "향후 추진계획" in ln)
    j = next(k for k, ln in enumerate(lines) if k > i and "기대효과" in ln)
    return "\n".join(lines[: i + 1] + ["", *body, ""] + lines[j:])


@pytest.mark.parametrize("gap", [" ", "      "])
def test_a_plans_row_printing_both_contents_with_bullets_reads_its_plan(tmp_path: Path, gap: str) -> None:
    body = [gap.join(["추진시기", "추진실적", "추진계획"]), *(f"{d}{gap}◦ {a}{gap}◦ {p}" for d, a, p in ROWS)]
    path = tmp_path / "plans.txt"
    path.write_text(_with_plans(body), encoding="utf-8")
    got = process_file(path).records[0]
    assert [(p["text"], p["date"]["raw"]) for p in got["plans"]] == [(p, d) for d, _, p in ROWS]
    exp = load_records(SAMPLE.with_suffix(".expected.json"))[0]
    dates = [
        {
            "raw": "2024. 1.",
            "label": "2024-01",
            "start": "2024-01-01",
            "end": "2024-01-31",
            "precision": "month",
        },
        {
            "raw": "2024. 2.",
            "label": "2024-02",
            "start": "2024-02-01",
            "end": "2024-02-29",
            "precision": "month",
        },
        {
            "raw": "2025. 상반기",
            "label": "2025-H1",
            "start": "2025-01-01",
            "end": "2025-06-30",
            "precision": "half",
        },
    ]
    exp["plans"] = [{"text": p, "date": d} for (_, _, p), d in zip(ROWS, dates, strict=True)]
    assert wrong_figures_of(exp, got) == []
    assert shared_score(exp, got) == pytest.approx(1.0)
