"""The template family designed blind in session 20 (samples/families.py: ``yeonbit-county``, a 군 card whose
text structure is a county's 개조식 report) and the structures it brought in, on small lines and dumps:

- section headings numbered by the Hangul consonants (``ㄱ. 사업개요``, ``ㄴ. 추진실적``): the lettered run
  printed as bare consonants, a numbering style of its own beside ``가.`` ``나.``; ``ㄴ.`` (the consonant with
  its period) is a numbering, not the corner ``ㄴ`` typed for an item under another, so the heading no
  longer runs onto the wrapped item above it;
- blocks opened by half-filled circles in turn (``◐ 기 추진실적 (date)``, ``◑ 금분기 추진실적 (date)``),
  level-1 items numbered by their block in a compound number (``1-1.``, ``2-3.``) with ``-`` / ``·`` under
  them and ``※`` / ``*`` notes between them: read as they were once the headings were (no change);
- long items wrapped onto continuation lines with a hanging indent: a wrapped last line closing on its date
  after a colon (``확정 : 2022. 11. 20.``: digits of a date, no table row) is the item's rest, and so is a
  line hung under the item's text however short the item's first line;
- in a layout dump, the wrapped rest right under an item above a table is no head row of the table, and a
  card title without a kind word centred over the header table (``연빛군 ... 공약사업 추진상황``) is the
  title, no head of its columns;
- a spanning head over a header row that a page break cut from its body is placed loosely (as on one page, with
  half the leeway: the body's columns are measured on their own page).

Blind figures (the extractor unchanged, the family's first generation): PDF 0.638, HWPX 0.638, HWP 0.638,
txt 0.523, 4 wrong figures of 316 (the ``ㄱ.`` headings unread: the plans and the later sections read as
achievements, a note's counts paired with the wrong item). After: 1.000 in every format, no wrong figure.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Paragraph, Source, Table
from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import is_numbering, letter_index, marker_level, split_marker
from pledgecard.extract.readers.text import read
from pledgecard.extract.textjoin import join_broken_lines
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "yeonbit-county"


# ------------------------------------------------------------------------------ consonant numbering


def test_a_hangul_consonant_with_its_period_numbers_a_line() -> None:
    assert split_marker("ㄱ. 사업개요") == ("ㄱ.", "사업개요")
    assert split_marker("ㄴ. 추진실적") == ("ㄴ.", "추진실적")  # not the corner ㄴ
    assert split_marker("ㅇ. 군민 소통실적") == ("ㅇ.", "군민 소통실적")  # not the bullet ㅇ
    assert split_marker("ㅎ) 기타") == ("ㅎ)", "기타")
    assert is_numbering("ㄷ.") and marker_level("ㄷ.") is None and letter_index("ㄷ.") == 2


def test_the_bare_consonants_stay_bullets() -> None:
    assert split_marker("ㅇ 사업기간 : 2022. ~ 2026.") == ("ㅇ", "사업기간 : 2022. ~ 2026.")
    assert split_marker("ㄴ 어르신 43명") == ("ㄴ", "어르신 43명")
    assert split_marker("ㅁ 기대효과") == ("ㅁ", "기대효과")
    assert split_marker("ㄴ.자형 교차로") == (None, "ㄴ.자형 교차로")  # no space after it: text


def test_consonant_numbering_is_a_heading_style_of_its_own() -> None:
    assert heading_number("ㄹ. 재원 투자계획") == ("j.", 4, "재원 투자계획")
    assert heading_number("라. 재원 투자계획")[0] != heading_number("ㄹ. 재원 투자계획")[0]
    assert section_of("ㄷ. 향후 추진계획") == section_of("향후 추진계획") is not None


# ------------------------------------------------------------------------------ wrapped items


def _p(text: str, marker: str | None = None, indent: int = 0, line: int = 1) -> Paragraph:
    return Paragraph(text=text, marker=marker, indent=indent, source=Source(line_start=line, line_end=line))


def test_a_heading_numbered_by_a_consonant_does_not_continue_the_item_above() -> None:
    lines = [
        _p("연빛군 내 지원센터 10개소 조성, 운영 프로그램 개발 및 관련 기관 협의", "-"),
        _p("추진실적", "ㄴ.", line=3),
    ]
    assert [p.text for p in join_broken_lines(lines)] == [lines[0].text, "추진실적"]


def test_a_wrapped_last_line_closing_on_its_date_is_the_items_rest() -> None:
    head = "연빛관광재단 공동 이차전지 아카데미 운영(수료생 87명), 관계부서 합동 협의와 현장 의견 수렴 결과를"
    lines = [_p(head, "1-1."), _p("확정 : 2022. 11. 20.", indent=2, line=2)]
    assert [p.text for p in join_broken_lines(lines)] == [f"{head} 확정 : 2022. 11. 20."]
    # a row of figures under an item stays apart
    rows = [_p(head, "1-1."), _p("계 1,200 300 900", line=2)]
    assert len(join_broken_lines(rows)) == 2


def test_a_line_hung_under_the_items_text_is_its_rest_however_short_the_first() -> None:
    lines = [
        _p("관광 전문가 자문회의 개최(총 2회), 관계부서 합동 협의", "2-2."),
        _p(
            "와 현장 의견 수렴 결과를 반영하여 세부 추진방안 및 단계별 일정을 확정 : 2025. 10. 20.",
            indent=2,
            line=2,
        ),
    ]
    assert len(join_broken_lines(lines)) == 1
    lines[1].indent = 0  # flush left under a short item: an item of its own, as before
    assert len(join_broken_lines(lines)) == 2


# ------------------------------------------------------------------------------ layout dumps


def _blocks(text: str) -> list[Paragraph | Table]:
    return read(text.encode("utf-8")).blocks  # type: ignore[return-value]


def test_an_items_wrapped_rest_above_a_table_is_no_head_row() -> None:
    dump = (
        "1-5. 이차전지 분야별 추진 현황, 사업 대상지 주변 주민과 이해관계자 의견을 반영한 보완계획 마련 및 관계기관\n"
        "  사전 협의 완료\n"
        "\n"
        "         연번                   분야              대상시설      추진상황\n"
        "\n"
        "          1                  기반조성             산업단지          추진중\n"
        "\n"
        "          2                  인력양성             실증센터          계획\n"
    )
    blocks = _blocks(dump)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].cells[0].text == "연번"
    assert any(isinstance(b, Paragraph) and b.text.endswith("사전 협의 완료") for b in blocks)


def test_a_title_without_a_kind_word_over_the_header_table_is_no_head_of_it() -> None:
    dump = (
        "                  연빛군 민선8기 군수 공약사업 추진상황\n"
        "\n"
        "    공약명          이차전지 전문인력 30명 양성            관리번호           5-24\n"
        "\n"
        "   담당부서                산업입지담당관               담당자           맹태동\n"
        "\n"
        "    연락처                    5557              협조부서       첨단산업과\n"
    )
    blocks = _blocks(dump)
    assert isinstance(blocks[0], Paragraph) and blocks[0].text == "연빛군 민선8기 군수 공약사업 추진상황"
    assert isinstance(blocks[1], Table) and blocks[1].cells[0].text == "공약명"


def test_a_head_a_page_break_cut_from_its_body_takes_a_spanning_line_loosely_centred() -> None:
    dump = (
        "ㄹ. 재원 투자계획\n"
        "                                                                   (단위: 백만원)\n"
        "\n"
        "                                          연도별 투자 실적 및 계획\n"
        "      구분       총사업비\n"
        "                      2022년     2023년      2024년   2025년   2026년    2027년\n"
        "\n"
        "\n"
        "                                    -2-\n"
        "\f    계        13,772      3,899        3,438      2,398      457     585       2,995\n"
        "\n"
        "   국비         4,557      2,787         479             -      -       -       1,291\n"
    )
    [table] = [b for b in _blocks(dump) if isinstance(b, Table)]
    grid = table.grid()
    assert grid[0] == ["구분", "총사업비"] + ["연도별 투자 실적 및 계획"] * 6
    assert grid[1][2:] == ["2022년", "2023년", "2024년", "2025년", "2026년", "2027년"]
    assert grid[3] == ["국비", "4,557", "2,787", "479", "-", "-", "-", "1,291"]


# ------------------------------------------------------------------------------ the family


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "yeonbit-county-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        g, e = got[0], exp[0]
        assert g["effects"] == e["effects"] == [], path.name  # no 기대효과 section
        assert [(a["group"], a["level"], a["marker"]) for a in g["achievements"]] == [
            (a["group"], a["level"], a["marker"]) for a in e["achievements"]
        ], path.name
        assert [p["text"] for p in g["plans"]] == [p["text"] for p in e["plans"]], path.name
