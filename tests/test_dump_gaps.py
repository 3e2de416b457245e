"""Smaller losses in text dumps, each a structure read by class (session 21): lines as the dumps print them."""

from __future__ import annotations

from pledgecard.extract.sections.outreach import extract_outreach

from conftest import make_line


def _outreach(*texts: str) -> dict | None:
    return extract_outreach([make_line(t) for t in texts]).value["outreach"]


def test_outreach_rows_a_line_with_blank_count_cells_count_none_where_the_total_proves_it() -> None:
    """A channel table a row a line whose zero counts the dump printed blank (the label, then spaces):
    mutated txt cards 3575 and 3436 lost their whole outreach (a row without a count ended the table)."""
    got = _outreach("구 분 횟수 참 고", "계 164회 ", "주민간담회·공청회 등  ", "만족도 조사  ", "전문가 자문  ",
                    "언론, 방송 164 ", "기타  ")
    assert got is not None and got["total"] == 164
    assert [(x["category"], x["count"]) for x in got["items"]] == [
        ("meetings", 0), ("survey", 0), ("experts", 0), ("media", 164), ("other", 0)]
    got = _outreach("구 분 횟수 비 고", "계 0회 ", "간담회, 공청회 등  ", "만족도조사  ", "전문가 자문  ", "언론, 방송  ", "기타  ")
    assert got is not None and got["total"] == 0 and {x["count"] for x in got["items"]} == {0}


def test_blank_count_cells_the_total_does_not_prove_stay_unread() -> None:
    # 164 is not 100 + the blanks' nothing: which channel holds the other 64 is not printed
    got = _outreach("구 분 횟수 참 고", "계 164회 ", "주민간담회·공청회 등  ", "만족도 조사  ", "전문가 자문  ",
                    "언론, 방송 100 ", "기타  ")
    assert got is None
    # a label wrapped over two lines is no blank row
    got = _outreach("구 분 횟수 참 고", "계 5회 ", "주민간담회·", "공청회 등 3", "만족도 조사 2 ", "언론, 방송  ", "기타  ")
    assert got is None
