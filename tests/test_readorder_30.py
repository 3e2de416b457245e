"""Layout-less dumps that print values before their labels (binnae-city's landscape card in two newspaper columns,
every section a labelled table beside a turned label; poppler's ``pdftotext`` default mode), session 30:

- a header value printed above the header's labels (the file's first line, or the line under the title: ``35`` /
  ``작성기준일`` / ...) whose label prints alone later in the card (``관리번호`` after a section heading): paired where
  one value and one lone label of an unread field taking its kind prove it (extract/header_values_apart.py);
- a channel table's counts printed a cell a line whose run goes on into the next table's year column
  (``1`` / ``141`` / ``1`` / ``2023`` / ``2024``): the years no counts (extract/sections/outreach_year_tail.py; the
  counts then short of the channels, none read; 4 wrong figures before in binnae-city 67018); one bare year after a
  printed total and one count a channel is no count where the counts add up to the total;
- a channel table printed a cell a line amid another section (the goal table's cells), its own heading's section
  empty: moved there where it reads whole and its sums prove it (extract/sections/outreach_before.py);
- a channel table set channels down, periods across (``1/4분기`` ... ``4/4분기``), printed a cell a line a column at a
  time: the counts under the channels one period's, no channel's total (extract/sections/outreach_period_heads.py;
  hanul-special 33025 pdf2txt: 5 wrong figures before, the first quarter's counts read as the channels');
- a count whose bracketed note a narrow cell wrapped (``2(현장 간`` / ``담회)``) one cell, and a blank count printed
  ``-`` (a dash alone, read as a marker) a cell of the run (extract/sections/outreach_wrapped_notes.py).

Each shape read from a small dump, then binnae's committed and unseen cards dumped by the real converter and
scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_before import outreach_printed_before
from pledgecard.extract.sections.outreach_lines import from_lines
from pledgecard.extract.sections.outreach_year_tail import year_tail

from conftest import pdftotext_scored

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"

HEADER = [
    "작성기준일",
    "'24년 제3분기 현재",
    "공약명",
    "도시숲 선도도시 조성",
    "주관부서",
    "탄소중립담당관",
    "담당자",
    "조우상",
    "연락처",
    "059-825-7444",
    "추진상황",
    "정상추진",
]
BODY = [
    "▩ 1. 사업개요",
    "관리번호",
    "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
    "◆ 주요내용",
    "⇒ 도시숲 기반 조성",
]


def _card(tmp_path: Path, lines: list[str]) -> dict:
    path = tmp_path / "card.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (rec,) = extract_file(path)
    return rec


def test_a_value_printed_above_the_header_goes_to_its_lone_label_of_its_kind(tmp_path: Path) -> None:
    rec = _card(
        tmp_path, ["2-33", *HEADER, *BODY]
    )  # (a bare figure alone atop a one-page dump is its page number)
    assert rec["header"]["mgmt_no"] == "2-33" and rec["header"]["title"] == "도시숲 선도도시 조성"
    # under the title line: the line between it and the first label
    rec = _card(tmp_path, ["빈내시 민선8기 시장 공약사업 관리카드", "Ⅶ-3", *HEADER, *BODY])
    assert rec["header"]["mgmt_no"] == "Ⅶ-3"


def test_a_value_of_no_kind_under_the_first_heading_is_no_lone_labels(tmp_path: Path) -> None:
    # (review-b finding 4: a plain line under the first heading may be any overview sentence; a value of no kind
    # proves no field, so the 실천목표 stays unread, the 관리번호 of its kind still paired)
    body = [
        "▩ 1. 사업개요",
        "관리번호",
        "단계별 추진",
        "◆ 사업기간 : 2023년 1월 ~ 2026년 12월",
        "▩ 2. 재원 투자계획",
        "실천목표",
        "(단위: 백만원)",
    ]
    rec = _card(tmp_path, ["빈내시 민선8기 시장 공약사업 관리카드", "Ⅶ-3", *HEADER, *body])
    assert (rec["header"]["mgmt_no"], rec["header"]["target"]) == ("Ⅶ-3", None)
    # two lone labels taking any text (실천목표, 공약명 unread): which is whose is not printed
    header = [h for h in HEADER if h not in ("공약명", "도시숲 선도도시 조성")]
    rec = _card(tmp_path, ["빈내시 민선8기 시장 공약사업 관리카드", *header, *body, "공약명"])
    assert rec["header"]["target"] is None


def test_a_value_apart_is_read_only_where_the_print_proves_it(tmp_path: Path) -> None:
    # two values above the labels: which is the 관리번호's is not printed
    assert _card(tmp_path, ["2-33", "1-4", *HEADER, *BODY])["header"]["mgmt_no"] is None
    # a value of another kind (a person's name) is no 관리번호
    assert _card(tmp_path, ["홍길동", *HEADER, *BODY])["header"]["mgmt_no"] is None
    # no lone label: the value stays unread
    assert (
        _card(tmp_path, ["2-33", *HEADER, *[b for b in BODY if b != "관리번호"]])["header"]["mgmt_no"] is None
    )
    # something else before the card (not all plain value lines): not the header's opening
    assert _card(tmp_path, ["◆ 참고", "2-33", *HEADER, *BODY])["header"]["mgmt_no"] is None


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=k, line_end=k))
        for k, t in enumerate(texts, 1)
    ]


def test_counts_a_cell_a_line_stop_at_another_tables_years() -> None:
    assert year_tail(["1", "141", "1", "2023", "2024"]) == 2
    assert year_tail(["1", "141", "2023"]) == 0  # one year-like figure proves no column of years
    assert year_tail(["3", "2024", "2023"]) == 0  # not rising a year at a time
    head = ["주민간담회", "만족도조사", "· 공청회 등", "전문가 자", "문", "언론·방송", "기타"]
    assert from_lines(_lines(*head, "1", "141", "1", "2023", "2024", "공공돌봄", "기반 구축")) is None
    # the same run without the years: short of the channels, unread as before; a whole run reads
    got = from_lines(
        _lines("간담회", "만족도조사", "자문", "언론", "기타", "2", "-", "1", "4", "-", "2023", "2024")
    )
    assert got is not None and [it["count"] for it in got["items"]] == [2, 0, 1, 4, 0]


CHANNELS = [
    "계",
    "주민간담",
    "회, 공청회",
    "등",
    "만족도 조",
    "사",
    "민간전문가",
    "자문",
    "언론, 방송",
    "기타",
]


def test_a_year_after_a_total_and_its_counts_is_no_count() -> None:
    got = from_lines(_lines(*CHANNELS, "75회", "5(토론회)", "1", "2", "64", "3", "2021"))
    assert got is not None and got["total"] == 75 and [it["count"] for it in got["items"]] == [5, 1, 2, 64, 3]
    # counts that miss the total: which run ends where is not proven
    assert from_lines(_lines(*CHANNELS, "75회", "5", "1", "2", "60", "3", "2021")) is None


def test_a_channel_table_printed_amid_another_section_goes_to_its_empty_section() -> None:
    goal_cells = ["151호 공급", "136호", "90%", "완료"]
    run = [*CHANNELS, "75회", "5(토론회)", "1", "2", "64", "3"]
    goals = Section(name="goals", heading="4. 성과목표", items=_lines(*goal_cells, *run, "2021", "2020"))
    outreach = Section(name="outreach", heading="5. 시민 소통")
    outreach_printed_before([Section(name=None, heading=None), goals, outreach])
    assert [ln.text for ln in outreach.items] == run
    assert [ln.text for ln in goals.items] == [*goal_cells, "2021", "2020"]
    # counts not adding up to the total: nothing moves
    goals = Section(name="goals", heading="4. 성과목표", items=_lines(*goal_cells, *run[:-1], "4"))
    outreach = Section(name="outreach", heading="5. 시민 소통")
    outreach_printed_before([Section(name=None, heading=None), goals, outreach])
    assert outreach.items == [] and len(goals.items) == len(goal_cells) + len(run)
    # an outreach section holding lines of its own keeps them; nothing moves
    goals = Section(name="goals", heading="4. 성과목표", items=_lines(*goal_cells, *run))
    outreach = Section(name="outreach", heading="5. 시민 소통", items=_lines("계 3회"))
    outreach_printed_before([Section(name=None, heading=None), goals, outreach])
    assert [ln.text for ln in outreach.items] == ["계 3회"] and len(goals.items) == len(goal_cells) + len(run)


def test_a_count_whose_note_wraps_is_one_cell_and_a_lone_dash_a_blank_count() -> None:
    head = ["계", "간담회, 공", "청회 등", "만족도조사", "민간전문가", "자문", "언론 홍보", "기타"]
    got = from_lines(_lines(*head, "3회", "2(현장 간", "담회)", "-", "1", "-", "-"))
    assert got is not None and got["total"] == 3 and [it["count"] for it in got["items"]] == [2, 0, 1, 0, 0]
    assert "".join(got["items"][0]["note"].split()) == "현장간담회"
    # a line opening with a bracket of its own is no note's rest
    assert from_lines(_lines(*head, "3회", "2(현장 간", "(담회)", "-", "1", "-", "-")) is None
    dash = Line(text="", marker="-", indent=0, source=Source(line_start=99, line_end=99))
    goals = Section(
        name="goals", heading="4. 성과목표", items=[*_lines("완료", *head, "3회", "2", "-", "1"), dash, dash]
    )
    outreach = Section(name="outreach", heading="5. 시민 소통")
    outreach_printed_before([Section(name=None, heading=None), goals, outreach])
    assert len(outreach.items) == len(head) + 6 and [ln.text for ln in goals.items] == ["완료"]


def test_a_column_under_periods_across_is_no_channels_counts() -> None:
    head = [
        "구분",
        "1/4분기",
        "2/4분기",
        "3/4분기",
        "4/4분기",
        "주민간담회, 공청회 등",
        "만족도조사",
        "전문가 자문",
        "언론·방송",
        "기타",
        "합계",
    ]
    assert from_lines(_lines(*head, "1", "-", "1", "28", "-", "30")) is None
    # one period line over the channels (a caption's year) is no row of periods: read as before
    got = from_lines(
        _lines("2024년", "계", "간담회", "만족도조사", "자문", "언론", "기타", "7", "2", "-", "1", "4", "-")
    )
    assert got is not None and got["total"] == 7


# binnae-city's committed PDFs by pdftotext's default mode: the 관리번호 printed first, its label after a heading;
# measured 0.893 / 0.672 before, 0.897 / 0.705 after (67005: its channel table printed amid the achievements, a note
# wrapped in its count's cell, read)
PINS = {"67003": 0.89, "67005": 0.70}


@pytest.mark.parametrize("seed", sorted(PINS))
def test_binnae_committed_cards_read_their_number_printed_first(seed: str, tmp_path: Path) -> None:
    exp, rec, score, wrong = pdftotext_scored(
        FAMILIES / "binnae-city" / f"binnae-city-{seed}-pdf.pdf", tmp_path
    )
    assert wrong == []
    assert rec["header"]["mgmt_no"] == exp["header"]["mgmt_no"]
    assert score >= PINS[seed]


def _unseen(seed: int, tmp_path: Path) -> tuple[dict, dict, float, list[str]]:
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["binnae-city"]
    return pdftotext_scored(
        write_file(tmp_path, f"binnae-city-{seed}", "pdf", family_records(fam, seed), fam.style), tmp_path
    )


def test_binnae_unseen_card_reads_no_year_as_a_count(tmp_path: Path) -> None:
    """binnae-city 67018 (an unseen seed): its channel counts printed a cell a line run on into the goal table's
    years; before, 2023 and 2024 read as the media and other counts (4 wrong figures); its 관리번호 printed under
    the title, its label after the header's group cell."""
    exp, rec, score, wrong = _unseen(67018, tmp_path)
    assert wrong == []
    assert rec["header"]["mgmt_no"] == exp["header"]["mgmt_no"] == "Ⅶ-3"
    assert score >= 0.62


def test_binnae_unseen_card_reads_its_channel_table_printed_amid_the_goals(tmp_path: Path) -> None:
    """binnae-city 67011 (an unseen seed): the channel table printed a cell a line after the goal table's cells,
    a year after its counts, its heading stacked later over nothing; before, the outreach unread (0.837); after,
    every count read (0.863)."""
    exp, rec, score, wrong = _unseen(67011, tmp_path)
    assert wrong == []
    assert rec["outreach"] is not None and rec["outreach"]["total"] == exp["outreach"]["total"]
    assert [it["count"] for it in rec["outreach"]["items"]] == [
        it["count"] for it in exp["outreach"]["items"]
    ]
    assert score >= 0.86
