"""One join of wrapped lines for every reader (``textjoin.glue``): a PDF table cell's plain lines
that wrapped because they were full are joined, and without a space where the document's own words
show that the word continues (``만족도 조`` / ``사``), as in text dumps."""

from __future__ import annotations

from pledgecard.extract.readers.pdf_lines import Line, join_wrapped
from pledgecard.extract.textjoin import glue

SIZE = 10.0
CELL_WIDTH = 70.0  # the width of the cell's text (between the paddings)


def _line(text: str, x0: float, top: float, width: float | None = None) -> Line:
    x1 = x0 + (width if width is not None else SIZE * len(text.replace(" ", "")) + 3.0 * text.count(" "))
    return Line(
        text=text,
        marker=None,
        x0=x0,
        top=top,
        x1=x1,
        bottom=top + SIZE,
        text_x0=x0,
        size=SIZE,
        page=1,
        last_top=top,
        last_bottom=top + SIZE,
        last_x1=x1,
        raw=text,
    )


def _join(lines: list[Line], lexicon: str = "", width: float = CELL_WIDTH) -> list[str]:
    return [line.text for line in join_wrapped(lines, cell=True, text_width=width, lexicon=lexicon)]


def test_a_full_header_line_cut_inside_a_word_is_joined_by_the_documents_words() -> None:
    cut = [
        _line("만족도 조", 10.0, 100.0, width=68.0),
        _line("사", 35.0, 112.0),
    ]  # centred, the first one full
    assert _join(cut, lexicon="주민 만족도 조사 실시") == ["만족도 조사"]
    assert _join(cut, lexicon="") == ["만족도 조 사"]  # one logical line; the space kept without evidence


def test_lines_that_were_not_full_stay_apart() -> None:
    """Short lines of a wide cell: the next line's first word would have fit after each."""
    lines = [_line("2024년 4분기", 10.0, 100.0), _line("총사업비 100억원", 10.0, 112.0)]
    assert _join(lines, width=290.0) == ["2024년 4분기", "총사업비 100억원"]
    assert _join(lines, width=120.0) == ["2024년 4분기 총사업비 100억원"]  # 총사업비 did not fit


def test_a_line_after_a_paragraph_gap_is_a_new_paragraph() -> None:
    lines = [
        _line("만족도 조", 10.0, 100.0, width=68.0),
        _line("사", 35.0, 112.0),
        _line("언론 홍보 등 기타 활동", 10.0, 124.0, width=69.0),
        _line("실적", 10.0, 150.0),
    ]
    assert _join(lines, lexicon="만족도 조사") == ["만족도 조사", "언론 홍보 등 기타 활동", "실적"]


def test_glue_is_the_rule_of_text_dumps_and_pdf_alike() -> None:
    assert glue("디지털 헬", "스케어 산업", "디지털헬스케어") == "디지털 헬스케어 산업"
    assert glue("민자 18,", "000,000)", "") == "민자 18,000,000)"
    assert glue("민간전문가", "자문", "민간전문가 자문") == "민간전문가 자문"
    assert glue("만족도 조", "사", "") == "만족도 조 사"


def test_centred_lines_that_would_have_fit_side_by_side_stay_apart() -> None:
    """A centred cell: what counts is the width of the line, not where it ends."""
    lines = [_line("세부 6-2", 28.0, 100.0, width=34.0), _line("세부 6-3", 28.0, 112.0, width=34.0)]
    assert _join(lines) == ["세부 6-2", "세부 6-3"]


def test_a_number_broken_before_its_unit_or_period_word_is_joined_before_it_is_parsed() -> None:
    """``2023년 2`` / ``분기`` had read as the date 2023-02 (issue 11 item 4): a line ending in a
    digit whose next line opens with a unit or period word is one number with its unit."""
    from pledgecard.extract.document import Paragraph, Source
    from pledgecard.extract.textjoin import continues_number, join_broken_lines

    assert glue("선정(국비 46억 확보) : 2023년 2", "분기") == "선정(국비 46억 확보) : 2023년 2분기"
    assert glue("(국비 46", "억 확보)") == "(국비 46억 확보)"
    assert glue("설명회 개최 총 5", "회") == "설명회 개최 총 5회"
    assert not continues_number("2023년 2", "월드컵 개최")  # a word that only starts like a unit
    assert not continues_number("2023년 2분기", "월 예정")  # no digit before the break
    assert glue("사업 3", "단계 추진") == "사업 3 단계 추진"
    lines = [
        Paragraph(
            text="- 산업통상자원부 주관 공모사업 최종 선정(국비 46억 확보) : 2023년 2",
            marker="-",
            source=Source(line_start=1, line_end=1),
        ),
        Paragraph(text="분기", source=Source(line_start=3, line_end=3)),
    ]
    [joined] = join_broken_lines(lines)
    assert joined.text.endswith("2023년 2분기")
