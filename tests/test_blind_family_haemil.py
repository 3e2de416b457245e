"""The template family designed blind in session 18 (samples/families.py: ``haemil-province``, a 도 card whose
section headings are bare, told from the body by type alone: larger, bold and shaded on a line of their own)
and the structures it brought in, on small lines:

- a quarter's number printed as an ordinal (``2024년 제3분기``: vocabulary ``[date_words] ordinal_prefix``);
- the as-of date a running tally (``2024년 3/4분기 누계``, ``'24. 3/4분기까지 누계``);
- the family's own template words: ``책임부서`` (the department in charge), ``주요 성과`` (the achievements),
  ``향후 추진계획 및 기대효과`` (plans and effects under one heading), ``추진 배경 및 개요``, ``도민 소통 및 참여``;
- headings told by type alone (``Source.font`` from HWPX, HWP and PDF; extract/type_headings.py);
- bare content sentences under a bare ``주요내용`` (no contents table's heads).

Blind figures (the extractor unchanged, the family's first generation): PDF 0.875, HWPX 0.875, HWP 0.875,
txt 0.830, 0 wrong of 308 (the ordinal quarters unread; 책임부서 unknown: the department and, in the dump, the
contact beside it lost; 도민 소통 및 참여 unknown: the heading naming plans and effects read as a plan). After:
1.000 in PDF, HWPX and HWP, txt 0.964 (goal rows whose worded target and actual the dump runs together, and the
rows under them that carry their project, are left out, not guessed), 0 wrong. A variant drawn without its
overview, plan and effect bullets (a bare heading over bare lines, told by its type and words): 1.000 in PDF,
HWPX and HWP, txt 0.964 (0.998 before bare content sentences were read as such); the readers carry the type
(``Source.font``) and a bare line set apart by it naming a section is a heading (extract/type_headings.py).
Real converters: hwpx-text-extract 1.000, pdftotext 0.898, pdftotext -raw 0.946. Unknown headings: 0.965 PDF,
0.937 txt. Layout dumps: 1.000 (plain and body table). Unseen seeds 69004, 69010, 69023, 69057: 1.000 in PDF,
HWPX and HWP, txt 0.968, 0 wrong of 610.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pledgecard.extract.cards import split_card
from pledgecard.extract.document import Font, Source
from pledgecard.extract.labels import header_field_of, section_of, sections_of
from pledgecard.extract.layout import Line, linearize
from pledgecard.extract.readers import read_path
from pledgecard.extract.type_headings import body_font, set_apart, type_headings
from pledgecard.normalize.dates import parse_date
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "haemil-province"


def test_a_quarter_printed_as_an_ordinal_is_read() -> None:
    d = parse_date("2020년 제1분기")
    assert (d["label"], d["start"], d["end"], d["precision"]) == (
        "2020-Q1",
        "2020-01-01",
        "2020-03-31",
        "quarter",
    )
    assert parse_date("'21년 제4분기 기준")["label"] == "2021-Q4"
    assert parse_date("제3차 회의")["label"] is None  # an ordinal of no quarter is no date


def test_the_as_of_date_as_a_running_tally() -> None:
    assert parse_date("2024년 3/4분기 누계")["label"] == "2024-Q3"
    assert parse_date("'22. 1/4분기까지 누계")["label"] == "2022-Q1"


def test_the_familys_template_words() -> None:
    assert header_field_of("책임부서") == "lead_dept"
    assert section_of("주요 성과") == "achievements"
    assert sections_of("향후 추진계획 및 기대효과") == ("plans", "effects")


# ------------------------------------------------------------------------------ headings told by type

BODY, HEAD = Font(10.0), Font(13.0, bold=True)


def _line(text: str, font: Font | None = BODY, marker: str | None = None, cell: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source(font=font, cell=cell))


def test_the_readers_carry_the_type_a_heading_is_set_in() -> None:
    for ext in ("pdf", "hwpx", "hwp"):
        lines = [
            (k, x)
            for k, x in enumerate(linearize(read_path(FAMILY / f"haemil-province-69001-{ext}.{ext}")))
            if isinstance(x, Line)
        ]
        body = body_font(lines)
        assert body is not None and body.size == 10.0 and not body.bold, ext
        heading = next(x for _, x in lines if x.text == "추진 배경 및 개요")
        assert heading.source.font == Font(13.0, bold=True), ext
        assert {lines[k][1].text for k in range(len(lines)) if lines[k][0] in type_headings(lines)} >= {
            "추진 배경 및 개요",
            "예산 확보 현황",
            "주요 성과",
        }, ext
    txt = [
        (k, x)
        for k, x in enumerate(linearize(read_path(FAMILY / "haemil-province-69001-txt.txt")))
        if isinstance(x, Line)
    ]
    assert body_font(txt) is None and not type_headings(txt)  # a dump carries no type


def test_type_set_apart_is_larger_or_bold_over_plain() -> None:
    assert set_apart(Font(13.0), BODY) and set_apart(Font(10.0, bold=True), BODY)
    assert not set_apart(Font(10.5), BODY) and not set_apart(BODY, BODY) and not set_apart(None, BODY)
    assert not set_apart(Font(10.0, bold=True), Font(10.0, bold=True))  # a body set bold throughout
    assert not set_apart(Font(9.0, bold=True), BODY)  # a bold note in smaller type


def test_a_bare_line_in_heading_type_naming_a_section_is_a_heading() -> None:
    lines = list(
        enumerate(
            [
                _line("주요 성과", HEAD),
                _line("청년농업 임대형 스마트팜 실시설계 용역 완료", marker="▸"),
                _line("청년농업인 대상 설명회 개최 및 입주 농가 모집 공고"),
                _line("주요 성과", HEAD, cell="T1!A1"),
                _line("추진 방향", HEAD),
                _line("예산 확보 현황", HEAD, marker="●"),
                _line("향후 추진계획 및 기대효과", HEAD),
            ]
        )
    )
    assert type_headings(lines) == {0, 6}  # not in a cell, nor words no vocabulary names, nor after a glyph
    assert type_headings([(k, _line(x.text, None)) for k, x in lines]) == set()


def test_a_header_word_naming_a_section_heads_it_when_set_as_a_heading() -> None:
    """추진상황 is a header label and a section's name: bare under the header it is the label, unless it is
    set in the card's heading type."""

    def card(head: Font) -> list[Line]:
        return [
            _line("해밀도 민선8기 도지사 공약 이행관리카드", Font(16.0, bold=True)),
            _line("추진상황", head),
            _line("실시설계 용역 완료 : '24. 3월", marker="▸"),
            _line("착공 및 기반 조성 : '24. 9월", marker="▸"),
            _line("주민설명회 개최 : '24. 5월", marker="▸"),
        ]

    assert [s.name for s in split_card(card(HEAD))[0]] == [None, "achievements"]
    assert [s.name for s in split_card(card(BODY))[0]] == [None]


# ------------------------------------------------------------------------------ the family

FLOORS = {"pdf": 0.995, "hwpx": 0.995, "hwp": 0.995, "txt": 0.95}  # a card's, today (see the docstring)


def test_the_family_reads_in_every_format_with_no_wrong_figure() -> None:
    for path, exp, got in family_cards(FAMILY, "haemil-province-*-*.*"):
        assert len(got) == len(exp) == 1
        fmt = path.stem.rsplit("-", 1)[1]
        assert score_record(exp[0], got[0]).score() >= FLOORS[fmt], path.name
        assert got[0]["header"]["lead_dept"] == exp[0]["header"]["lead_dept"], path.name
        assert got[0]["as_of"]["label"] == exp[0]["as_of"]["label"], path.name
        f, e = got[0]["funding"], exp[0]["funding"]
        assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
            (r["source"], r["amounts_krw"]) for r in e["rows"]
        ], path.name
        assert got[0]["overview"]["budget"] == exp[0]["overview"]["budget"], path.name
        dates = {a["text"]: a["date"] for a in exp[0]["achievements"]}
        for a in got[0]["achievements"]:  # an ordinal quarter read as its quarter, never another
            if a["date"] and a["text"] in dates and "제" in (dates[a["text"]] or {}).get("raw", ""):
                assert a["date"]["label"] == dates[a["text"]]["label"], (path.name, a["text"])


NO_BULLET_FLOOR = {"pdf": 0.999, "hwpx": 0.999, "hwp": 0.999, "txt": 0.96}  # measured: 1.000 x3, txt 0.964


@pytest.mark.parametrize("fmt", ["txt", "pdf", "hwpx", "hwp"])
def test_a_variant_without_bullets_reads_its_headings(fmt: str, tmp_path: Path) -> None:
    """The family drawn without its overview, plan and effect bullets: a bare heading then stands over bare
    lines (``추진 배경 및 개요`` over ``추진기간 : ...``), told from them by its type and words alone."""
    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["haemil-province"]
    fam = dataclasses.replace(fam, style=dataclasses.replace(fam.style, bullet1="", bullet2=""))
    recs = family_records(fam, 69001)
    path = write_file(tmp_path, "haemil-nob-69001", fmt, recs, fam.style)
    got = extract_file(path)
    assert len(got) == 1
    assert score_record(recs[0], got[0]).score() >= NO_BULLET_FLOOR[fmt]
    assert got[0]["overview"]["period"] == recs[0]["overview"]["period"]
    assert got[0]["overview"]["budget"] == recs[0]["overview"]["budget"]
    assert [(r["source"], r["amounts_krw"]) for r in got[0]["funding"]["rows"]] == [
        (r["source"], r["amounts_krw"]) for r in recs[0]["funding"]["rows"]
    ]
    assert got[0]["effects"] == recs[0]["effects"]


def test_bare_content_sentences_under_a_bare_contents_label_are_the_contents() -> None:
    """Without bullets the contents stand bare under a bare 주요내용: a sentence of many short words is a
    content line, not the column heads of a contents table a dump printed as a line (세부사업 내용 사업량)."""
    from pledgecard.extract.sections.overview import extract_overview

    lines = [
        _line("추진기간 : 2018년 08월 ~ 2022년 12월"),
        _line("주요내용"),
        _line("청년농업 기반 조성을 위한 육묘장 구축 및 입주농가 지원"),
        _line("해밀도 내 육묘장 50개소 조성, 운영 프로그램 개발"),
    ]
    ov = extract_overview(lines).value["overview"]
    assert ov["contents"] == [
        "청년농업 기반 조성을 위한 육묘장 구축 및 입주농가 지원",
        "해밀도 내 육묘장 50개소 조성, 운영 프로그램 개발",
    ]
