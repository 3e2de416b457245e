"""A reviewer's findings on the text-dump and section-extractor code, mended (session 29, helper mendtext;
inputs: small edits of samples/handmade/cheongsol-county-7-3.txt, each printing a shape the earlier code
read wrong). Each test fails on the code before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.labels import split_labelled
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.goal_order import reordered
from pledgecard.extract.sections.goals import extract_goals
from pledgecard.extract.sections.header_term_cut import target_start
from pledgecard.extract.sections.header_value_rows import split_value_row
from pledgecard.extract.sections.outreach_sentences import from_sentences
from pledgecard.normalize.money_budget import parse_budget
from pledgecard.pipeline import process_file

from conftest import make_line

CARD = Path(__file__).resolve().parent.parent / "samples" / "handmade" / "cheongsol-county-7-3.txt"


def _edited(tmp: Path, *swaps: tuple[str, str]) -> dict:
    """The handmade card with ``swaps`` (old line start -> new line) made, read back."""
    text = CARD.read_text(encoding="utf-8")
    for old, new in swaps:
        lines = text.split("\n")
        (i,) = [n for n, ln in enumerate(lines) if ln.startswith(old)]
        lines[i] = new
        text = "\n".join(lines)
    path = tmp / CARD.name
    path.write_text(text, encoding="utf-8")
    (rec,) = extract_file(path)
    return rec


def _lines(text: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i))
        for i, t in enumerate(text.strip().split("\n"), start=1)
    ]


def _goals(text: str) -> list[tuple]:
    res = extract_goals(_lines(text))
    return [
        (g["year"], g["target"], g["target_value"], g["actual_value"], g["status"])
        for g in res.value["goals"]
    ]


# F1: a merged goal row (its project left to the row above) under 목표 | 추진내용: the words after the status
# are the target's only where the row's 달성률 proves the target's figure and nothing after it prints one.
_MERGED_HEAD = "연도 세부사업 실적 달성률 추진상황 목표 추진내용"


def test_a_merged_rows_detail_figure_is_never_its_target_value() -> None:
    rows = [
        "2024 캠핑장 조성 공정률 65% 93% 추진중 공정률 70% 토목 완료 관리동 골조",
        "2025 - - 미착수 캠핑장 정식 개장 및 시범 운영 카라반 12동",
    ]
    got = reordered([_MERGED_HEAD, *rows])
    assert got is not None and 2 in got.unfixed  # nothing proves where the target ends: the row unread
    goals = _goals("\n".join([_MERGED_HEAD, *rows]))
    assert all(g[2] != 12 for g in goals)


def test_a_merged_rows_dash_rate_proves_no_cut() -> None:
    rows = [
        "2024 캠핑장 조성 공정률 65% 93% 추진중 공정률 70% 토목 완료 관리동 골조",
        "2025 - - 미착수 캠핑장 개장 카라반 12동 설치",
    ]
    goals = _goals("\n".join([_MERGED_HEAD, *rows]))
    assert all(g[2] != 12 for g in goals)


def test_a_merged_row_whose_rate_proves_its_figure_still_reads() -> None:
    rows = ["2021 73호 75% 완료 97호 공급", "2022 68호 51% 완료 133호 공급"]
    goals = _goals("\n".join([_MERGED_HEAD, *rows]))
    assert goals == [(2021, "97호 공급", 97, 73, "완료"), (2022, "133호 공급", 133, 68, "완료")]


# F3: a header label after an opening bracket opens a pair only where the bracket holds label : value and
# closes; such a pair never overrides the field printed with its own label.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("실천목표 : 2025년 개장 (전화 상담 1,200건)", [("target", "2025년 개장 (전화 상담 1,200건)")]),
        ("공약사업명 : 스마트 버스정류장 (번호 2-3 통합)", [("title", "스마트 버스정류장 (번호 2-3 통합)")]),
        (
            "실천목표 : 2025년 개장 (관리번호 : 7-3",
            [("target", "2025년 개장 (관리번호 : 7-3")],
        ),  # never closed
        (
            "공약사업명 : 군립 생태캠핑장 조성 (관리번호 : 7-3)",
            [("title", "군립 생태캠핑장 조성"), ("mgmt_no", "7-3")],
        ),
    ],
)
def test_a_bracketed_remark_opening_on_a_labels_word_is_no_pair(text: str, want: list) -> None:
    assert split_labelled(text) == want


def test_bracketed_remarks_keep_the_header(tmp_path: Path) -> None:
    rec = _edited(
        tmp_path,
        ("공약사업명", "공약사업명 : 군립 생태캠핑장 조성 (번호 7-3-1 통합)"),
        ("실천목표", "실천목표 : 2025년 개장 (전화 예약제 운영)"),
    )
    h = rec["header"]
    assert h["mgmt_no"] == "7-3"
    assert h["title"] == "군립 생태캠핑장 조성 (번호 7-3-1 통합)"
    assert h["target"] == "2025년 개장 (전화 예약제 운영)"


def test_a_bracketed_pair_gives_way_to_the_fields_own_label(tmp_path: Path) -> None:
    rec = _edited(tmp_path, ("공약사업명", "공약사업명 : 군립 생태캠핑장 조성 (관리번호 : 7-9)"))
    assert rec["header"]["mgmt_no"] == "7-3"
    assert rec["header"]["title"] == "군립 생태캠핑장 조성"


# F5: a bracket is a budget's parts list only where its pieces name funding sources (round or square alike),
# and the bracket holding the source parts is the one taken, not the first holding digits.
@pytest.mark.parametrize(
    "raw",
    [
        "5,400백만원 [1단계 2,000, 2단계 3,400]",
        "5,400백만원 (1단계 2,000, 2단계 3,400)",
        "5,400백만원 [설계 400, 공사 5,000]",
        "5,400백만원 (1차 2,000, 2차 3,400)",
    ],
)
def test_a_phase_split_is_no_funding_parts(raw: str) -> None:
    got = parse_budget(raw)
    assert got["total_krw"] == 5_400_000_000 and got["parts"] == []


def test_the_bracket_holding_the_sources_is_the_parts_list() -> None:
    got = parse_budget("5,400백만원 [’24년 추경 1,200 반영] (도비 1,620 군비 3,780)")
    assert got["total_krw"] == 5_400_000_000
    assert [(p["source"], p["amount_krw"]) for p in got["parts"]] == [
        ("provincial", 1_620_000_000),
        ("municipal", 3_780_000_000),
    ]
    square = parse_budget("18,240백만원 [국비 -, 도비 5,472, 시군비 12,768]")
    assert [p["amount_krw"] for p in square["parts"]] == [0, 5_472_000_000, 12_768_000_000]


# F2: a title and a target run together are cut at the term only where the words from the term on are a
# target opening with it (the term and its one word); a title holding the term is never cut there.
def test_a_title_holding_the_term_is_not_cut_there() -> None:
    row = "청년주택 임기 내 1만호 공급 단계별 추진"
    assert target_start(row.split()) is None
    assert split_value_row(["title", "target"], row) is None
    assert split_value_row(["title", "target", "status"], row) is None  # nor the target's last word a status
    assert split_value_row(["title", "target"], "어르신 일자리 임기 중 2배 확대 2026년 완료") is None
    assert split_value_row(["title", "target", "status"], "청년 일자리 창출 임기내 완료 정상추진") == {
        "title": "청년 일자리 창출",
        "target": "임기내 완료",
        "status": "정상추진",
    }


def test_a_band_whose_title_holds_the_term_reads_no_wrong_title(tmp_path: Path) -> None:
    text = CARD.read_text(encoding="utf-8").split("\n")
    start = next(n for n, ln in enumerate(text) if ln.startswith("공약사업명"))
    end = next(n for n, ln in enumerate(text) if ln.startswith("실천목표"))
    band = [
        "공약사업명 추진목표 소관부서 진행상황",
        "청년주택 임기 내 1만호 공급 단계별 추진 관광진흥과 추진중(정상)",
        "공약번호 연락처 관련부서 담당자",
        "7-3 033-560-2418 산림녹지과,환경위생과 김도윤",
    ]
    path = tmp_path / CARD.name
    path.write_text("\n".join([*text[:start], *band, *text[end + 1 :]]), encoding="utf-8")
    (rec,) = extract_file(path)
    h = rec["header"]
    assert h["title"] in (None, "청년주택 임기 내 1만호 공급") and h["target"] in (None, "단계별 추진")
    assert h["lead_dept"] in (None, "관광진흥과") and h["status"] in (
        None,
        "추진중(정상)",
    )  # the row unread, or right
    assert h["mgmt_no"] == "7-3"


# F4: two spaced words of two syllables whose join is a label stay one label at a spaced label's gap; two
# labels a wider gap apart stay two cells.
def test_a_spaced_label_of_two_words_stays_one_cell() -> None:
    (row,) = split_lines(" 광역  시비  3,780      200       800    1,580    1,200")
    assert [s.text for s in row.segs][:2] == ["광역  시비", "3,780"]
    (head,) = split_lines(" 연  도      목  표            누적  실적        달성률     추진상황")
    assert "누적  실적" in [s.text for s in head.segs]
    (two,) = split_lines(" 주요사업                  연도   목표            실적          추진상황")
    assert [s.text for s in two.segs] == ["주요사업", "연도", "목표", "실적", "추진상황"]


def test_a_spaced_source_row_goes_to_no_other_source(tmp_path: Path) -> None:
    rec = _edited(tmp_path, (" 군  비", " 광역  시비  3,780      200       800    1,580    1,200"))
    rows = {r["source"]: r["amounts_krw"] for r in (rec["funding"] or {}).get("rows", [])}
    assert "municipal" not in rows  # 시비 alone is the municipality's: the row is 광역시비's, or unread


def test_a_spaced_running_total_head_reads_its_targets_and_no_actual(tmp_path: Path) -> None:
    """``누적  실적`` spaced is still one head (F5). Over several years a running total is no year's actual
    (session 43, leftovers4: null with extract.goal_actual_running_total; this test read it as each year's)."""
    lines = CARD.read_text(encoding="utf-8").split("\n")
    at = [n for n, ln in enumerate(lines) if ln.startswith(" ㅇ '2")]
    table = [
        " 연  도      목  표            누적  실적        달성률     추진상황",
        " 2023       실시설계 1건        1건              100%       완료",
        " 2024       공정률 70%          공정률 65%         93%       추진중",
        " 2025       캠핑장 개장         -                 -         미착수",
    ]
    path = tmp_path / CARD.name
    path.write_text("\n".join([*lines[: at[0]], *table, *lines[at[-1] + 1 :]]), encoding="utf-8")
    res = process_file(path)
    (rec,) = res.records
    got = {g["year"]: (g["target_value"], g["actual_value"]) for g in rec["goals"]}
    assert got[2023] == (1, None) and got[2024] == (70, None)
    codes = {f["code"] for p in res.provenance for f in p.get("findings", [])}
    assert "extract.goal_actual_running_total" in codes


# F6: ``(실적)`` is the actual's label only where it opens the actual's part of a goal line.
def test_a_bracketed_actual_word_inside_the_target_is_no_label() -> None:
    got = goal_lines(["ㅇ 2024년 캠핑장 조성 - 목표: 60면(실적) 조성 / 실적: 45면 (추진중)"])
    assert got is not None and [(g.target, g.actual, g.status) for g in got] == [
        ("60면(실적) 조성", "45면", "추진중")
    ]
    arrow = goal_lines(["ㅇ '24년 : (목표) 공정률 70% → (실적) 공정률 65% [추진중]"])
    assert arrow is not None and [(g.target, g.actual) for g in arrow] == [("공정률 70%", "공정률 65%")]
    apart = goal_lines(["ㅇ '24년 목표 : 공정률 70% (실적) 65% (추진중)"])
    assert apart is not None and [(g.target, g.actual) for g in apart] == [("공정률 70%", "65%")]


# Section 4: one pattern for a channel held none times, on a line of its own (its colon printed) or as a piece
# of a list of counts (its colon may be left out).
def test_a_channel_held_none_times_on_a_line_or_in_a_list() -> None:
    got = from_sentences([make_line("주민설명회 2회, 간담회 4회, 기타 -", marker="ㅇ")])
    assert got is not None and [(i["label"], i["count"]) for i in got["items"]][-1] == ("기타", 0)
    alone = from_sentences([make_line("간담회 4회", marker="ㅇ"), make_line("기타 : -", marker="ㅇ")])
    assert alone is not None and [(i["label"], i["count"]) for i in alone["items"]] == [
        ("간담회", 4),
        ("기타", 0),
    ]
