"""The template family designed blind in session 14 (samples/families.py: ``onnuri-district``, an
autonomous 구 of a 광역시 whose document shape and character habits are those of official HWP
documents) and the structures it brought in, on small lines and grids:

- dates typed in a word processor's fullwidth mode (``２０２４．９．３０．``, ``'２２．０８．～'２７．０６．``):
  read as their ASCII forms, one character for one (the spans found in the text are the text's);
- a day printed ``YY.MM.DD`` (``26.03.28``), every part two digits; an outline or version number
  (``3.1.2``) or a longer run of numbers stays no date;
- a time printed where an item's date stands that names no date (``연중``, ``수시``, ``하반기 중``): the
  item's date, unreadable (raw only, no year guessed), no longer part of its text;
- the title printed in a one-row table beside an approval box (결재 | 담당 | 팀장 | 과장 | 국장 over empty
  signature cells): the title line; the box's heads a layout dump runs onto the title's line, or a
  converter prints a cell a line under it, are neither the title's words nor header labels (``담당`` is
  a contact label elsewhere);
- a channel table pdftotext printed a cell a line with the total's word amid a wrapped label's pieces:
  no count is paired with the wrong channel;
- a year line over a sub-item (a funding head a page break left at the next page's top) heads no block;
- under headings no vocabulary names: lines timed without a date (``: 연중``) are plans by content, a
  note under a table is no effects, and ``협조 요청사항`` / ``변경 이력`` are sections of no field
  (vocabulary), never the effects.

Blind figures (the extractor unchanged, the family's first generation): PDF 0.959, HWPX 0.955, HWP
0.955, txt 0.959, no wrong figure (the dates above unread, plans keeping ``: 연중`` in their text, no
title in HWPX/HWP); after: 1.000 in the four formats, no wrong figure. Real converters (first measured
after the formats read 1.000): hwpx-text-extract 1.000, pdftotext -raw 1.000, pdftotext 0.848 with one
wrong figure (the wrapped channel label's count) -> 0.888, none wrong (the header read 0.70 -> 1.00:
the approval box's 담당 took the contact's name). Unknown section headings (``samples.unknown_headings``):
0.967 (PDF, txt) -> 1.000 (PDF, HWPX, txt).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import approval_heads, section_of, title_without_box
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.common import split_trailing_date
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.normalize.dates import find_dates, is_vague_date, parse_date
from pledgecard.normalize.text import fold_fullwidth
from pledgecard.scoring import score_record
from samples.families import BY_NAME, family_records
from samples.layout import fullwidth

from conftest import family_cards, make_line

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "onnuri-district"
TITLE = "온누리광역시 다솔구 민선8기 구청장 공약사업 관리카드"


# ------------------------------------------------------------------------------ dates


def test_a_date_typed_in_fullwidth_mode_reads_as_its_ascii_form() -> None:
    assert parse_date("２０２４．９．３０． 현재")["label"] == "2024-09-30"
    assert parse_date("(２０２６．６．３０． 현재)")["label"] == "2026-06-30"
    assert parse_date("'２２．０８．～'２７．０６．")["label"] == "2022-08/2027-06"
    assert parse_date("２０２３．１．～２０２６．２．")["label"] == "2023-01/2026-02"
    d = parse_date("２０２４．９．３０．")
    assert d["raw"] == "２０２４．９．３０．"  # the raw as printed


def test_dates_found_in_fullwidth_text_keep_the_texts_spans() -> None:
    text = "협약 체결 : ２０２４．３． 및 점검 : 2024. 5."
    found = find_dates(text)
    assert [(text[a:b], d["label"]) for a, b, d in found] == [
        ("２０２４．３．", "2024-03"),
        ("2024. 5.", "2024-05"),
    ]


def test_fullwidth_folding_changes_only_the_fullwidth_forms_of_ascii() -> None:
    assert fold_fullwidth("２０２４．９．３０． ㈜아름 ① Ⅲ") == "2024.9.30. ㈜아름 ① Ⅲ"


@given(st.integers(2000, 2030), st.integers(1, 12), st.integers(1, 28))
def test_a_day_reads_alike_in_fullwidth_and_ascii(y: int, m: int, d: int) -> None:
    for raw in (f"{y}.{m}.{d}.", f"{y}. {m}. {d}.", f"'{y % 100:02d}.{m:02d}.", f"{y}.{m}.~{y + 1}.{m}."):
        assert parse_date(fullwidth(raw))["label"] == parse_date(raw)["label"] is not None


def test_a_day_printed_with_two_digit_parts_is_a_day() -> None:
    assert parse_date("26.03.28")["label"] == "2026-03-28"
    assert parse_date("24.09.30.")["label"] == "2024-09-30"
    assert split_trailing_date("규제자유특구 지정 신청 : 26.03.28")[1]["label"] == "2026-03-28"


def test_outline_and_longer_numbers_stay_no_date() -> None:
    for text in ("3.1.2", "12.05.10.5", "1.10.12", "24.13.01", "24.09.32", "124.09.30"):
        assert parse_date(text)["label"] is None, text
    assert find_dates("제 3.1.2 항 및 12.05.10.5") == []


def test_a_time_naming_no_date_is_the_items_date_unreadable() -> None:
    for word in ("연중", "수시", "하반기 중", "9월"):
        text, date, _ = split_trailing_date(f"공모사업 대응 및 국비 확보 건의 : {word}")
        assert text == "공모사업 대응 및 국비 확보 건의"
        assert date == {"raw": word, "label": None, "start": None, "end": None, "precision": None}
    assert not is_vague_date("3회") and not is_vague_date("2024. 9.") and not is_vague_date("관계기관")
    # not after a colon: no date taken from the text
    assert split_trailing_date("연중 상시 운영")[1] is None
    # a colon followed by words that are no time keeps the text whole
    assert split_trailing_date("협의 대상 : 관계기관")[1] is None


# ------------------------------------------------------------------------------ the title beside an approval box


def _title_box_table() -> Table:
    box = Table(
        cells=[
            Cell(0, 0, "결\n재", row_span=2),
            *(Cell(0, 1 + k, h) for k, h in enumerate(("담당", "팀장", "과장", "국장"))),
            *(Cell(1, 1 + k, "") for k in range(4)),
        ],
        n_rows=2,
        n_cols=5,
    )
    return Table(cells=[Cell(0, 0, TITLE), Cell(0, 1, "", nested=[box])], n_rows=1, n_cols=2)


def test_a_title_beside_an_approval_box_is_the_title_line() -> None:
    items = unpack_table(_title_box_table())
    assert isinstance(items[0], Line) and items[0].text == TITLE
    assert all(isinstance(x, Table) for x in items[1:])  # the box after it, no line of its own


def test_a_one_row_table_of_other_cells_is_not_unpacked_as_a_title() -> None:
    table = Table(cells=[Cell(0, 0, "공약명"), Cell(0, 1, "청년 일자리 창출")], n_rows=1, n_cols=2)
    assert unpack_table(table) == [table]


def test_the_title_line_drops_the_approval_heads_run_onto_it() -> None:
    assert title_without_box(f"{TITLE} 결 재 담당 팀장 과장 국장") == TITLE
    assert title_without_box(f"{TITLE} (2024년 3분기)") == f"{TITLE} (2024년 3분기)"  # no box: as it was
    assert title_without_box(f"{TITLE} 담당 홍길동") == f"{TITLE} 담당 홍길동"  # a name is no head
    assert approval_heads("결") == [] and approval_heads("담당 팀장") == ["담당", "팀장"]
    assert approval_heads("홍길동") is None and approval_heads("담당자") is None


def _header(lines: list[str]) -> dict:
    header, _, _ = read_header([make_line(t) for t in lines])
    return header


def test_an_approval_box_printed_a_cell_a_line_names_no_contact() -> None:
    box = ["담당", "결", "팀장", "과장", "국장", "재"]
    tail = [
        "공약명",
        "친환경농업 창업 지원 확대",
        "주관부서",
        "스마트농업팀",
        "담당자",
        "임희민",
        "연락처",
        "031-847-9614",
    ]
    h = _header([TITLE, *box, "(2024년 6월말 현재)", *tail])
    assert h["kind"] == TITLE and h["contact_name"] == "임희민" and h["title"] == "친환경농업 창업 지원 확대"


def test_a_contact_label_under_the_title_is_still_a_label() -> None:
    h = _header([TITLE, "담당", "임희민", "공약명", "친환경농업 창업 지원 확대"])
    assert h["contact_name"] == "임희민"


# ------------------------------------------------------------------------------ outreach, year lines


def test_a_channel_stream_with_the_total_amid_a_wrapped_label_pairs_no_count_wrongly() -> None:
    texts = [
        "주민간담회·공청",
        "계",
        "회등",
        "174회",
        "만족도 조사",
        "민간전문가 자문",
        "언론, 방송",
        "기타",
        "2",
        "4",
        "168",
        "-",
        "-",
    ]
    got = extract_outreach([make_line(t) for t in texts]).value["outreach"]
    assert got is None or all(x["count"] is None for x in got["items"])
    if got is not None:
        assert got["total"] in (None, 174)


def test_a_year_line_over_a_sub_item_heads_no_block() -> None:
    items = [
        make_line("기 추진실적 ('24. 1분기 기준 누계)", "□"),
        make_line("아카데미 운영(수료생 42명) : 2024.1.13.", "ㅇ"),
        make_line("2026년"),
        make_line("총 9회 운영, 만족도 83점", "-"),
        make_line("공모사업 최종 선정 : '23.12.", "ㅇ"),
    ]
    ach = extract_achievements(items).value["achievements"]
    assert {a["group_as_of"]["label"] for a in ach} == {"2024-Q1"}


# ------------------------------------------------------------------------------ the family's files


def test_the_expected_records_date_vague_plans_as_unreadable() -> None:
    fam = BY_NAME["onnuri-district"]
    plans = [p for seed in (60001, 60002) for rec in family_records(fam, seed) for p in rec["plans"]]
    vague = [p for p in plans if p["date"] and p["date"]["raw"] in fam.vague_plans]
    assert vague and all(p["date"]["label"] is None and p["date"]["raw"] not in p["text"] for p in vague)


def test_the_family_reads_whole_in_every_format() -> None:
    for path, exp, got in family_cards(FAMILY, "onnuri-district-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.98, path.name
        assert got[0]["header"]["kind"] == TITLE


# ------------------------------------------------------------------------------ unknown headings: kinds by content


def test_lines_timed_without_a_date_are_plans_by_content() -> None:
    lines = [
        make_line("중앙부처 공모사업 대응 및 국비 확보 건의 : 연중", "ㅇ"),
        make_line("공약사항 정비 및 이행계획 보완 : 수시", "ㅇ"),
    ]
    assert (
        kind_by_content(
            lines, taken={"overview", "achievements"}, as_of="2026-06-30", after=["overview", "achievements"]
        )
        == "plans"
    )
    mixed = [*lines, make_line("운영 활성화 방안 마련 : 2027년 상반기", "ㅇ")]
    assert (
        kind_by_content(
            mixed, taken={"overview", "achievements"}, as_of="2026-06-30", after=["overview", "achievements"]
        )
        == "plans"
    )
    # before any achievements, undated work is no section known by content
    assert kind_by_content(lines, taken={"overview"}, as_of=None, after=["overview"]) is None


def test_a_note_under_a_table_is_no_effects_by_content() -> None:
    notes = [make_line("언론보도는 보도자료 배포 건수 기준", "※")]
    assert (
        kind_by_content(
            notes, taken={"overview", "achievements"}, as_of=None, after=["overview", "achievements"]
        )
        is None
    )
    effects = [make_line("지역경제 활성화", "ㅇ")]
    assert (
        kind_by_content(
            effects,
            taken={"overview", "achievements", "plans"},
            as_of=None,
            after=["overview", "achievements", "plans"],
        )
        == "effects"
    )


def test_requests_and_change_history_are_sections_of_no_field() -> None:
    assert section_of("협조 요청사항") == "requests" and section_of("７. 변경 이력") == "changes"
