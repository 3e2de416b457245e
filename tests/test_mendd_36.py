"""Review d's findings on the s36 outreach, header and web-chrome readers, mended (helper mendd):

1. a row under a channel head printed a cell a line read as event counts whatever it counted (참석인원, 예산(천원):
   people and money emitted as 회): read only where the row's label or cells name a count of the times held
   (outreach_words.counts_events, vocabulary ``[outreach_rows] count_labels``); two channels of one category side
   by side a cell a line read as printed, never the corner ``구 분`` made a channel (outreach_grid.from_grid);
2. a dash row naming a measure (``누적 참여인원 -``) between the channels read as a channel of 0: a measure's label
   (vocabulary ``[outreach_rows] measure_words``) is never a channel (outreach_unnamed_rows);
3. outreach_closed read the whole section once per closing line (quadratic): only cuts at most two lines below the
   last named row are read;
4. a department cell split at a parting mark inside a bracket (header_sub_labels);
5. one-word lines of button words (수정 / 삭제, 접수 / 등록) dropped from every text card: only from a card showing a
   web page (a breadcrumb or the site's home word; web_chrome.web_button_runs).

The cards are txt mutant 4545 (its own outreach table read 1.000) with the outreach section's lines replaced by the
review's tables, read whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections import outreach as outreach_module
from pledgecard.extract.sections.header_sub_labels import sub_labelled_pairs
from pledgecard.extract.sections.outreach_cells_across import cells_across
from pledgecard.extract.sections.outreach_unnamed_rows import channel_rows
from pledgecard.extract.sections.outreach_words import counts_events, names_measure
from pledgecard.extract.web_chrome import button_runs, from_web_page, web_button_runs
from tests.conftest import expected_scored, mutant_file


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=" ".join(t.split()), marker=None, indent=0, source=Source(line_start=i), printed=t)
        for i, t in enumerate(texts, start=1)
    ]


@pytest.fixture(scope="module")
def mutant_4545(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return mutant_file(4545, "txt", tmp_path_factory.mktemp("m4545"))


def _with_outreach(base: Path, rows: list[str], out: Path) -> Path:
    """Mutant ``base``'s text with its outreach section's lines (between its heading and the next) replaced by
    ``rows``, a blank line between, as the txt dump prints them."""
    lines = base.read_text(encoding="utf-8").split("\n")
    heads = [i for i, ln in enumerate(lines) if ln.startswith("⏪")]
    at = next(i for i in heads if "소통" in lines[i])
    end = next(i for i in heads if i > at)
    body = [x for r in rows for x in ("", r)] + [""]
    out.write_text("\n".join([*lines[: at + 1], *body, *lines[end:]]), encoding="utf-8")
    return out


def test_the_base_card_reads_its_outreach(mutant_4545: Path) -> None:
    exp, got, _score, wrong = expected_scored(mutant_4545)
    assert wrong == [] and got["outreach"] == exp["outreach"]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "구 분",
            "주민설명회",
            "만족도조사",
            "전문가 자문",
            "언론보도",
            "계",
            "참석인원",
            "30",
            "100",
            "20",
            "5",
            "155",
        ],
        ["구 분", "주민설명회", "언론보도", "계", "예산(천원)", "1,200", "800", "2,000"],
        ["구 분", "주민설명회", "만족도조사", "계", "참석인원(명)", "120", "80", "200"],
    ],
)
def test_a_row_of_people_or_money_across_is_no_count(
    rows: list[str], mutant_4545: Path, tmp_path: Path
) -> None:
    """Review d one/across_people4, one/across_budget2 (and dbg2 case 3): 155 people, 2,000 thousand won were
    emitted as counts of events (unit 회); now no reading."""
    assert cells_across(_lines(*rows)) is None
    [got] = extract_file(_with_outreach(mutant_4545, rows, tmp_path / "card.txt"))
    assert got["outreach"] is None and any(u["text"] == rows[4] for u in got["unparsed"])


def test_a_count_row_across_reads_two_channels_of_one_category(mutant_4545: Path, tmp_path: Path) -> None:
    """Review d one/across_count: the corner 구 분 had been made a channel and both counts lost."""
    rows = ["구 분", "설명회", "간담회", "계", "횟 수", "3", "2", "5"]
    [got] = extract_file(_with_outreach(mutant_4545, rows, tmp_path / "card.txt"))
    assert got["outreach"] == {
        "unit": "회",
        "total": 5,
        "items": [
            {"label": "설명회", "category": "meetings", "count": 3, "note": None},
            {"label": "간담회", "category": "meetings", "count": 2, "note": None},
        ],
    }
    # the class's own card (doc-sollip-district-3-2-07's text extract) still read
    got4 = cells_across(
        _lines(
            "구 분",
            "주민설명회",
            "만족도조사",
            "전문가 자문",
            "언론보도",
            "계",
            "횟 수",
            "3",
            "1",
            "2",
            "5",
            "11",
        )
    )
    assert got4 is not None and [it["count"] for it in got4["items"]] == [3, 1, 2, 5] and got4["total"] == 11


def test_counts_events_reads_the_label_and_the_cells() -> None:
    assert counts_events("횟 수", ["3", "2"]) and counts_events("실적(회)", ["3", "2"])
    assert counts_events("실적", ["3회", "-"])  # the cells' held counter names it
    assert not counts_events("실적", ["3", "2"])  # nothing says what is counted
    assert not counts_events("참석인원", ["30", "100"]) and not counts_events("예산(천원)", ["1,200", "800"])
    assert not counts_events("횟 수", ["120명", "80명"])  # a cell counting people


def test_a_measure_row_printing_a_dash_is_no_channel(mutant_4545: Path, tmp_path: Path) -> None:
    """Review d one/nil_row: ``누적 참여인원 -`` had been emitted as an 'other' channel of 0."""
    rows = ["구 분 횟수", "설명회 2", "누적 참여인원 -", "간담회 3", "계 5회"]
    [got] = extract_file(_with_outreach(mutant_4545, rows, tmp_path / "card.txt"))
    labels = [it["label"] for it in (got["outreach"] or {}).get("items", [])]
    assert "누적 참여인원" not in labels
    # unread, its lines are the record's unparsed text (no figure made up)
    assert got["outreach"] is not None or any("누적 참여인원" in u["text"] for u in got["unparsed"])
    grid = [["구 분", "횟수"], ["설명회", "2"], ["누적 참여인원", "-"], ["간담회", "3"], ["계", "5"]]
    assert [r[0] for r in channel_rows(grid)] == ["설명회", "간담회", "계"]
    # an unknown channel's nil row (mutant 4545's 교원 연수 -) is still one
    grid = [["구 분", "횟수"], ["설명회", "2"], ["교원 연수", "-"], ["간담회", "3"], ["계", "5"]]
    assert [r[0] for r in channel_rows(grid)] == ["설명회", "교원 연수", "간담회", "계"]
    assert names_measure("누적 참여인원") and names_measure("비 고") and not names_measure("교원 연수")


@pytest.mark.parametrize("n", [50, 400])
def test_closing_lines_are_read_a_bounded_number_of_times(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review d perf.py: a section ``구 분 횟수 / 계 9회`` and ``n`` log lines after it had been read n - 1 times
    (20 s at 400); the section reader is now called at most three times by outreach_closed, whatever ``n``."""
    calls = [0]
    closed = outreach_module.closed_table

    def counted(lines: list[Line], read):  # type: ignore[no-untyped-def]
        def each(kept: list[Line]):  # type: ignore[no-untyped-def]
            calls[0] += 1
            return read(kept)

        return closed(lines, each)

    monkeypatch.setattr(outreach_module, "closed_table", counted)
    texts = ["구 분 횟수", "계 9회"] + [f"{k}차 현장 점검 결과 정리 및 후속 조치 {k}건" for k in range(n)]
    outreach_module.extract_outreach(_lines(*texts))
    assert 1 <= calls[0] <= 3


def test_a_closed_table_is_still_read_past_a_running_head() -> None:
    """The class outreach_closed fixed (txt mutant 4627): the running head under the rows left out."""
    texts = [
        "구 분 횟수",
        "계 7회",
        "설명회 3",
        "언론보도 4",
        "가지군 민선8기 군수 공약 실천계획 관리번호 74",
    ]
    got = outreach_module.extract_outreach(_lines(*texts))
    assert got is not None and got.value["outreach"]["total"] == 7
    assert [it["count"] for it in got.value["outreach"]["items"]] == [3, 4]


def test_a_bracket_keeps_its_parting_marks() -> None:
    assert sub_labelled_pairs("주관: 교통행정과(담당: 홍길동 / 협조: 없음)") == [
        ("lead_dept", "교통행정과(담당: 홍길동 / 협조: 없음)")
    ]
    assert sub_labelled_pairs("주관: 교통행정과 / 협조: 안전총괄과, 교육지원과") == [
        ("lead_dept", "교통행정과"),
        ("coop_depts", "안전총괄과, 교육지원과"),
    ]


def test_button_words_are_dropped_only_from_a_web_page() -> None:
    """Review d's cell lists: a table a cell a line (수정 / 삭제 head cells, 접수 / 등록 stages) lost two cells."""
    cells = ["공약 조정 현황", "구분", "수정", "삭제", "유지", "건수", "2", "1", "5"]
    assert button_runs(cells) == {2, 3}  # the words alone
    assert web_button_runs(cells) == set() and not from_web_page(cells)
    assert web_button_runs(["추진단계", "접수", "등록", "검색", "완료"]) == set()
    web = [
        "홈 > 시정소개 > 민선8기 공약 > 공약사업 관리카드",
        "기대효과",
        "○ 시민 여가 공간 확대",
        "",
        "목록",
        "인쇄",
    ]
    assert web_button_runs(web) == {4, 5}
    assert web_button_runs(["홈", "시정소개", "기대효과", "목록", "인쇄"]) == {
        3,
        4,
    }  # the breadcrumb a part a line
