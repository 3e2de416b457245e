"""Tables a converter dumps one cell a line (python-hwpx's ``hwpx-text-extract``, poppler's
``pdftotext`` in its default reading order), on small lines:

- an outreach table whose total's count stands amid the labels and whose wrapped label moves its
  count elsewhere in print order: the total is the one count that is the sum of the others; the
  channels' counts only where the print order tells whose each is;
- an outreach table counted per quarter, a cell a line;
- an item table (추진일자 | 추진내용 | 비고) a cell a line, its header's first cell joined to the
  heading above;
- a side table a cell a line, its total row merged over the first columns.
"""

from __future__ import annotations

from pledgecard.extract.sections.item_tables import item_rows_from_lines
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.extract.sections.side_tables import cell_a_line, tables_from_lines

from conftest import make_line

_line = make_line


def _outreach(texts: list[str]) -> dict | None:
    return extract_outreach([_line(t) for t in texts]).value["outreach"]


# ------------------------------------------------------------------------------ outreach a cell a line

_LABELS = ["만족도조사", "전문가 자문", "언론, 방송", "기타"]


def test_a_wrapped_label_keeps_the_total_and_reads_no_count() -> None:
    # pdftotext printed the wrapped label's count last: which count is whose is not known
    got = _outreach(["계", "7회", "간담회, 공청회", "등", *_LABELS, "1", "2", "-", "-", "4"])
    assert got is not None and got["total"] == 7
    assert [x["category"] for x in got["items"]] == ["meetings", "survey", "experts", "media", "other"]
    assert all(x["count"] is None for x in got["items"])


def test_the_total_printed_amid_the_labels_is_the_sum_of_the_others() -> None:
    got = _outreach(
        [
            "계",
            "간담회, 공청회",
            "173회",
            "등",
            "만족도 조사",
            "민간전문가 자문",
            "언론 홍보",
            "기타",
            "2",
            "1",
            "168",
            "-",
            "2",
        ]
    )
    assert got is not None and got["total"] == 173
    assert all(x["count"] is None for x in got["items"])


def test_labels_one_a_line_then_their_counts_are_read_in_order() -> None:
    got = _outreach(["계", "7회", "간담회", *_LABELS, "4", "1", "2", "-", "-"])
    assert got is not None and got["total"] == 7
    assert [x["count"] for x in got["items"]] == [4, 1, 2, 0, 0]


def test_no_count_summing_the_others_reads_nothing() -> None:
    assert _outreach(["계", "7회", "간담회", *_LABELS, "4", "1", "2", "-", "1"]) is None
    # two counts each the sum of the others: which is the total is not known
    assert _outreach(["계", "5회", "간담회", "만족도조사", "5", "-"]) is None


def test_a_quarterly_channel_table_a_cell_a_line_reads_the_total_column() -> None:
    cells = [
        "(단위 : 회)",
        "구분",
        "1/4분기",
        "2/4분기",
        "3/4분기",
        "4/4분기",
        "계",
        "간담회, 공청회 등",
        "-",
        "1",
        "2",
        "-",
        "3",
        "전문가 자문",
        "-",
        "-",
        "2",
        "-",
        "2",
        "언론 홍보",
        "9",
        "3",
        "7",
        "2",
        "21",
        "합계",
        "9",
        "4",
        "11",
        "2",
        "26",
    ]
    got = _outreach(cells)
    assert got is not None and got["total"] == 26
    assert [(x["category"], x["count"]) for x in got["items"]] == [
        ("meetings", 3),
        ("experts", 2),
        ("media", 21),
    ]


# ------------------------------------------------------------------------------ item table a cell a line


def test_an_item_table_a_cell_a_line_makes_rows_of_date_and_content() -> None:
    lines = [
        _line("기 추진실적 ['23년 2분기 누계] 추진일자", "☞"),
        _line("추진내용"),
        _line("비고"),
        _line("2023. 3."),
        _line("공모사업 최종 선정"),
        _line("완료"),
        _line("총 9회 운영", "–"),
        _line("2023. 2."),
        _line("업무협약 체결"),
        _line("완료"),
    ]
    out = item_rows_from_lines(lines, lambda _ln: False)
    texts = [ln.text for ln in out]
    assert texts == [
        "기 추진실적 ['23년 2분기 누계]",
        "공모사업 최종 선정 : 2023. 3.",
        "총 9회 운영",
        "업무협약 체결 : 2023. 2.",
    ]


def test_header_words_without_rows_under_them_stay_lines_when_no_date_follows() -> None:
    lines = [_line("추진일정"), _line("추진내용"), _line("성과평가 및 개선방안 마련", "-")]
    out = item_rows_from_lines(lines, lambda _ln: False)
    assert [ln.text for ln in out] == ["성과평가 및 개선방안 마련"]


# ------------------------------------------------------------------------------ side table a cell a line


def test_a_side_table_a_cell_a_line_rebuilds_its_rows() -> None:
    texts = [
        "구분",
        "시설",
        "개소",
        "정원(명)",
        "합계",
        "9",
        "250",
        "중부권",
        "소계",
        "3",
        "60",
        "서부권",
        "체육시설",
        "6",
        "190",
    ]
    (t,) = tables_from_lines([_line(x) for x in texts], "")
    assert t["header"] == [["구분", "시설", "개소", "정원(명)"]]
    assert t["rows"] == [
        ["합계", "합계", "9", "250"],
        ["중부권", "소계", "3", "60"],
        ["서부권", "체육시설", "6", "190"],
    ]


def test_a_cell_a_line_side_table_whose_rows_do_not_fit_is_not_so_read() -> None:
    texts = ["구분", "시설", "개소", "정원(명)", "합계", "9", "250", "중부권", "3", "60"]
    assert cell_a_line([_line(x) for x in texts]) is None  # a row narrower than the head
    assert cell_a_line([_line(x) for x in ["구분", "개소", "중부권", "3"]]) is None  # no total row


def test_a_numbered_side_table_a_cell_a_line_rebuilds_its_rows() -> None:
    texts = [
        "연번",
        "분야",
        "대상시설",
        "추진상황",
        "1",
        "기업지원",
        "둘레길",
        "계획",
        "2",
        "홍보",
        "둘레길",
        "추진중",
    ]
    assert cell_a_line([_line(x) for x in texts]) == {
        "title": None,
        "after_item": None,
        "header": [["연번", "분야", "대상시설", "추진상황"]],
        "rows": [["1", "기업지원", "둘레길", "계획"], ["2", "홍보", "둘레길", "추진중"]],
    }
    assert cell_a_line([_line(x) for x in texts[:-1]]) is None  # the last row cut short
    assert cell_a_line([_line(x) for x in [*texts[:8], "3", *texts[9:]]]) is None  # rows not numbered 1, 2


def test_a_side_table_a_cell_a_line_with_a_total_column_rebuilds_its_rows() -> None:
    texts = ["구분", "2024년", "2025년", "계", "수료생", "40", "14", "54", "교육생", "44", "59", "103"]
    assert cell_a_line([_line(x) for x in texts]) == {
        "title": None,
        "after_item": None,
        "header": [["구분", "2024년", "2025년", "계"]],
        "rows": [["수료생", "40", "14", "54"], ["교육생", "44", "59", "103"]],
    }
