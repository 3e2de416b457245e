"""The template family designed blind in session 13 (samples/families.py: ``haetsal-county``, a
county card whose header, status, date, money and count shapes are its own) and the structures it
brought in, on small grids and lines.

Blind (the extractor unchanged): PDF 0.972, HWPX 0.972, HWP 0.972, txt 0.947, no wrong figure of
88 (84 in txt). Misses: the 관리번호 printed after a word (``공약 6-4``), the labelled people above the
담당자 (``과장`` | ``팀장``) making the band of labels unread (the 과장 read as the department, the
담당자 and the phone lost; in txt the 과장's name as the contact and the progress bar as the
관리번호), the phone after ``☎`` and plans dated open by a word (``'26.10월~계속``). After: PDF, HWPX,
HWP 1.000, txt 0.972 (goal rows whose project and worded target the dump runs together), no wrong
figure.

- a 관리번호 printed after a word that is no part of it (``공약 3-2``, ``No.27``: vocabulary
  ``[header_values] number_words``);
- the people above the 담당자 in labelled cells of their own (``과장``, ``팀장``: vocabulary
  ``[header] superior``) and an evaluation grade (``평가등급``): no field of the record, their values
  left unread, the contact the 담당자's (as a table of label bands, and as a dump a cell a line);
- the department's cell printed on two lines, its team under it (``관광정책과`` / ``관광기획팀``);
- a phone after the phone glyph (``☎ 033)249-3456``);
- a range left open by a word after its separator (``'24.3월~계속``: ``[date_words] open_on``).
"""

from __future__ import annotations

import pytest

from pledgecard.extract.sections.header import bare_number, bare_phone, extract_header, read_header
from pledgecard.normalize.dates import find_dates, parse_date

from conftest import make_line, make_table

_BANDS = [
    ["공약번호", "공약사업명", "", "", "추진상황", "추진률", "평가등급"],
    ["공약 3-2", "청년 창업 거점 조성", "", "", "정상추진 중", "■■■■■■■□□□ 70%", "A등급"],
    ["소관부서", "과장", "팀장", "담당자", "연락처", "", "기준일"],
    ["관광정책과\n관광기획팀", "황윤원", "백동상", "옥원윤", "☎ 033)249-3456", "", "2024년 9월 30일"],
    ["협조부서", "", "", "", "이행목표", "", ""],
    ["기획예산과, 문화체육과", "", "", "", "임기 내 완료", "", ""],
]


def _bands() -> object:
    """The header as drawn: three bands of labels over values, cells spanning the blanks."""
    from pledgecard.extract.document import Cell, Table

    spans = {(0, 1): 3, (1, 1): 3, (2, 4): 2, (3, 4): 2, (4, 0): 4, (5, 0): 4, (4, 4): 3, (5, 4): 3}
    cells = [
        Cell(i, j, text, col_span=spans.get((i, j), 1))
        for i, row in enumerate(_BANDS)
        for j, text in enumerate(row)
        if text or (i, j) in spans
    ]
    return Table(cells=cells, n_rows=len(_BANDS), n_cols=7)


def test_label_bands_with_the_people_above_the_contact_read_the_contacts_cells() -> None:
    header, _, rest = read_header([_bands()])
    assert header["mgmt_no"] == "3-2"
    assert header["title"] == "청년 창업 거점 조성"
    assert header["lead_dept"] == "관광정책과 관광기획팀"
    assert header["contact_name"] == "옥원윤"  # the 담당자's, not the 과장's
    assert header["contact_phone"] == "033)249-3456"
    assert header["coop_depts"] == ["기획예산과", "문화체육과"]
    assert header["target"] == "임기 내 완료"
    assert header["status"] == "정상추진 중" and header["status_code"] == "ongoing_normal"
    texts = [it.text for it in rest]
    assert "황윤원" in texts and "백동상" in texts  # left unread, never a field


def test_label_bands_give_the_as_of_day_under_its_label() -> None:
    dates = extract_header([_bands()]).dates
    assert [d["label"] for d in dates] == ["2024-09-30"]


def _cell_a_line() -> list[object]:
    """The same header as a converter prints it: a band's labels on one line, then a value (a line of
    a cell) a line."""
    lines = [
        "공약번호 공약사업명 추진상황 추진률 평가등급",
        "공약 3-2",
        "청년 창업 거점 조성",
        "정상추진 중",
        "■■■■■■■□□□",
        "70%",
        "A등급",
        "소관부서 과장 팀장 담당자 연락처 기준일",
        "관광정책과",
        "관광기획팀",
        "황윤원",
        "백동상",
        "옥원윤",
        "☎ 033)249-3456",
        "2024년 9월 30일",
        "협조부서 이행목표",
        "기획예산과, 문화체육과 임기 내 완료",
    ]
    return [make_line(x) for x in lines]


def test_a_header_printed_a_cell_a_line_gives_the_contact_the_name_under_its_own_label() -> None:
    header, _, _ = read_header(_cell_a_line())
    assert header["mgmt_no"] == "3-2"
    assert header["lead_dept"] == "관광정책과 관광기획팀"
    assert (
        header["contact_name"] == "옥원윤"
    )  # 황윤원 ends like a unit (원): the 과장's label is next in order
    assert header["contact_phone"] == "033)249-3456"
    assert header["status"] == "정상추진 중"


def test_without_labels_of_superiors_a_name_ending_like_a_unit_is_still_the_contact() -> None:
    lines = [
        make_line(x)
        for x in ("공약명 관리번호 담당자 연락처", "청년 창업 거점 조성", "3-2", "노혜원", "033-249-3456")
    ]
    header, _, _ = read_header(lines)
    assert header["contact_name"] == "노혜원" and header["mgmt_no"] == "3-2"


def test_a_superiors_label_in_a_table_of_pairs_takes_no_field() -> None:
    t = make_table(
        [
            ["공약명", "청년 창업 거점 조성", "관리번호", "No.27"],
            ["과장", "과장 황윤원", "담당자", "주무관 옥원윤"],
            ["소관부서", "관광정책과", "연락처", "(내선 3456)"],
        ]
    )
    header, _, _ = read_header([t])
    assert header["mgmt_no"] == "27"
    assert header["contact_name"] == "옥원윤" and header["lead_dept"] == "관광정책과"


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("공약 3-2", "3-2"),
        ("No.27", "27"),
        ("No. 27", "27"),
        ("공약 Ⅲ-12", "Ⅲ-12"),
        ("3-2", "3-2"),
        ("공약 이행", "공약 이행"),
        ("공약사업 3-2", "공약사업 3-2"),
    ],
)
def test_a_number_loses_only_a_word_printed_before_its_code(printed: str, number: str) -> None:
    assert bare_number(printed) == number


@pytest.mark.parametrize(
    ("printed", "phone"),
    [
        ("☎ 033)249-3456", "033)249-3456"),
        ("TEL 033-249-3456", "033-249-3456"),
        ("033-249-3456", "033-249-3456"),
        ("☎3456", "3456"),
        ("전화 요망", "전화 요망"),
    ],
)
def test_a_phone_loses_the_glyph_before_it(printed: str, phone: str) -> None:
    assert bare_phone(printed) == phone


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("'24.3월~계속", "2024-03/.."),
        ("2024. 3. ~ 계속", "2024-03/.."),
        ("'26.10월~계속", "2026-10/.."),
        ("2024 ~", "2024/.."),
    ],
)
def test_a_range_left_open_by_a_word(printed: str, label: str) -> None:
    d = parse_date(printed)
    assert d["label"] == label and d["end"] is None


def test_an_open_range_in_a_plan_line_is_its_date() -> None:
    [(_, _, d)] = find_dates("성과평가 및 개선방안 마련 : '26.10월~계속")
    assert d["label"] == "2026-10/.." and d["raw"] == "'26.10월~계속"


def test_a_word_after_a_closed_range_does_not_open_it() -> None:
    assert parse_date("'24.3월~'24.5월")["label"] == "2024-03/2024-05"
    assert parse_date("'24.3월~계속추진")["label"] is None  # not one date as a whole


# ------------------------------------------------------------------------------ block headings in a dump


def test_a_block_named_in_brackets_with_its_date_after_them() -> None:
    from pledgecard.extract.headings import parse_group_heading

    name, d = parse_group_heading("【금분기 추진실적】 '24년 1/4분기 현재")
    assert name == "금분기 추진실적" and d is not None and d["label"] == "2024-Q1"
    assert parse_group_heading("[참고] 2024. 9.") is None  # no block without its achievements word


def test_a_block_named_in_brackets_is_no_wrapped_rest_of_the_item_above() -> None:
    from pledgecard.extract.document import Paragraph, Source
    from pledgecard.extract.textjoin import join_broken_lines

    texts = [
        ("-", "햇살연구원 공동 반도체 소재 아카데미 운영(수료생 43명) : 2023. 2. 3.(금)"),
        (None, "【금분기 추진실적】 '24년 1/4분기 현재"),
        ("○", "투자협약 체결 : 2024. 2. 25.(일)"),
    ]
    lines = [
        Paragraph(text=t, marker=m, indent=0, source=Source(line_start=k, line_end=k))
        for k, (m, t) in enumerate(texts, 1)
    ]
    assert [p.text for p in join_broken_lines(lines)] == [t for _, t in texts]


@pytest.mark.parametrize(
    "line", ["운영 : 2023. 2. 3.(금)", "운영 : 2023. 5.(예정)", "운영 : '24. 3. 15.(금)"]
)
def test_a_date_closed_by_a_note_in_brackets_ends_its_line(line: str) -> None:
    from pledgecard.extract.textjoin import ends_with_date

    assert ends_with_date(line)
    assert not ends_with_date("운영 : 2023. 5.(주)한국")
