"""The template family designed blind in session 11 (samples/families.py: ``gyeol-province``, a
province card on landscape pages) and the structures it brought in, on small lines and grids:

- bullets typed as ``>`` (and ``+``, ``›``, ``»``) and dashes of every kind (``‐`` U+2010, ``―``
  U+2015) before white space; never before a figure or glued to a word;
- funding over two tables in one section: a summary (총괄: a row a source, 총사업비 | 확보 |
  미확보, no period) then the yearly table: the summary is set aside when its totals agree, as
  tables and as dump lines; a summary that disagrees is not set aside (one table is read as before);
- a header printed as one row of labels over one row of values with two free-text fields
  (공약사업명, 이행목표) and typed fields between them, the as-of date printed ``2024-09-30``;
- the statuses ``순연`` (delayed) and ``착수`` (under way) from the vocabulary.

Blind figures (before the extractor was read): PDF, HWPX, HWP 0.375, txt 0.316, no wrong figure
of 288; after the fixes 1.000 in all four formats.
"""

from __future__ import annotations

import pytest

from pledgecard.extract.document import Paragraph
from pledgecard.extract.markers import marker_level, split_marker
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.header import read_header, split_value_row, value_kind
from pledgecard.extract.textjoin import join_broken_lines, starts_new_block
from pledgecard.normalize.status import status_code

from conftest import make_line, make_table

MAN = 10_000  # won in one 만원

# ------------------------------------------------------------------------------ typed bullets and dashes


@pytest.mark.parametrize(
    ("text", "marker", "level"),
    [
        ("> 사업기간 : 2023.01.~2026.02.", ">", 1),
        ("+ 세부 과제", "+", 1),
        ("― 기반조성", "―", 2),
        ("‐ 업무협약 체결 : 24.8월", "‐", 2),
    ],
)
def test_typed_and_dash_bullets_before_white_space_are_markers(text: str, marker: str, level: int) -> None:
    got, rest = split_marker(text)
    assert got == marker
    assert marker_level(got) == level
    assert rest == text[2:]


@pytest.mark.parametrize("text", [">50% 달성", "‐1,234", "―", "+3명 증원"])
def test_a_typed_or_dash_glyph_glued_to_what_follows_is_no_bullet(text: str) -> None:
    marker, rest = split_marker(text)
    if text == "―":  # a bare dash line: a marker with nothing after it, never text
        assert rest == ""
    else:
        assert marker is None
        assert rest == text


def test_items_under_typed_bullets_nest_by_their_order_of_appearance() -> None:
    lines = [
        make_line(*reversed(split_marker(t)))
        for t in (
            "> 청년농업 분야",
            "― 설명회 개최(213명 참석) : 2023년 2/4분기",
            "‐ 업무협약 체결 : 24.8월",
            "> 실증단지 착공식 : 2024-09-03",
        )
    ]
    ach = extract_achievements(lines).value["achievements"]
    assert [(a["level"], a["text"]) for a in ach] == [
        (1, "청년농업 분야"),
        (2, "설명회 개최(213명 참석)"),
        (3, "업무협약 체결"),
        (1, "실증단지 착공식"),
    ]
    assert [a["parent"] for a in ach] == [None, 0, 1, None]
    assert ach[3]["date"]["label"] == "2024-09-03"


# ------------------------------------------------------------------------------ a summary table, then the years

_SUMMARY = [
    ["구분", "총사업비", "확보", "미확보"],
    ["계", "1,357,500", "650,900", "706,600"],
    ["국비", "671,200", "504,700", "166,500"],
    ["도비", "686,300", "146,200", "540,100"],
]
_YEARS = [
    ["구분", "총사업비", "2023년", "2024년", "2025년"],
    ["계", "1,357,500", "280,200", "370,700", "706,600"],
    ["국비", "671,200", "251,800", "252,900", "166,500"],
    ["도비", "686,300", "28,400", "117,800", "540,100"],
]


def _check_years(f: dict) -> None:
    assert f["unit"] == "만원"
    assert [c["label"] for c in f["columns"]] == ["총사업비", "2023", "2024", "2025"]
    got = {r["label"]: r["amounts_krw"] for r in f["rows"]}
    assert got["국비"] == [671_200 * MAN, 251_800 * MAN, 252_900 * MAN, 166_500 * MAN]
    assert got["계"][0] == 1_357_500 * MAN


def test_a_summary_table_before_the_yearly_one_is_set_aside() -> None:
    items = [
        make_line("(단위: 만원)"),
        make_line("<총괄>"),
        make_table(_SUMMARY),
        make_line("<연도별 투자계획>"),
        make_table(_YEARS),
    ]
    _check_years(extract_funding(items).value["funding"])


def test_a_summary_printed_as_lines_is_set_aside() -> None:
    lines = [
        "(단위: 만원)",
        "<총괄>",
        *(" ".join(r) for r in _SUMMARY),
        "<연도별 투자계획>",
        "구분 총사업비 2023년 2024년 2025년",
        *(" ".join(r) for r in _YEARS[1:]),
    ]
    _check_years(extract_funding([make_line(t) for t in lines]).value["funding"])


def test_a_summary_printed_a_cell_a_line_is_set_aside() -> None:
    # hwpx-text-extract: both tables a cell a line, 구분 opening each head; the summary's split (all
    # secured, 미확보 0 and -) need not add up as periods do: its printed totals are compared
    summary = [
        ["구분", "총사업비", "확보", "미확보"],
        ["계", "1,357,500", "1,357,500", "0"],
        ["국비", "671,200", "671,200", "-"],
        ["도비", "686,300", "686,300", "-"],
    ]
    cells = [
        "(단위: 만원)",
        "<총괄>",
        *(c for r in summary for c in r),
        "<연도별 투자계획>",
        "구분",
        "총사업비",
        "연도별 투자계획",
        "2023년",
        "2024년",
        "2025년",
        *(c for r in _YEARS[1:] for c in r),
    ]
    _check_years(extract_funding([make_line(t) for t in cells]).value["funding"])


def test_a_summary_whose_totals_disagree_stays_in_the_section() -> None:
    other = [row[:] for row in _SUMMARY]
    other[2][1] = "671,300"  # not the 국비 total of the yearly table: not shown to be its summary
    items = [make_line("(단위: 만원)"), make_table(other), make_table(_YEARS)]
    result = extract_funding(items)
    # one table read as printed, the other left in the section: nothing set aside without proof
    assert sum(any(it is t for it in result.rest) for t in items[1:]) == 1


# ------------------------------------------------------------------------------ a band of labels over values

_LABELS = "관리번호 공약사업명 주관부서 담당자 연락처 협조부서 이행목표 추진상황 기준일"
_FIELDS = [
    "mgmt_no",
    "title",
    "lead_dept",
    "contact_name",
    "contact_phone",
    "coop_depts",
    "target",
    "status",
    "as_of",
]


def test_a_row_of_values_with_two_free_texts_is_split_by_the_typed_fields_between() -> None:
    row = split_value_row(
        _FIELDS,
        "Ⅳ-24 결빛도 청년농업 클러스터 구축 친환경농업과 마재연 4855 "
        "투자유치과,농업기술센터 기술보급과 2026년 완료 순연 2024-09-30",
    )
    assert row == {
        "mgmt_no": "Ⅳ-24",
        "title": "결빛도 청년농업 클러스터 구축",
        "lead_dept": "친환경농업과",
        "contact_name": "마재연",
        "contact_phone": "4855",
        "coop_depts": "투자유치과,농업기술센터 기술보급과",
        "target": "2026년 완료",
        "status": "순연",
        "as_of": "2024-09-30",
    }


def test_a_name_ending_like_a_unit_stays_the_name() -> None:
    row = split_value_row(
        _FIELDS,
        "1-14 자원순환 선도도시 조성 기후환경과 노혜원 044-827-4018 기획예산과 "
        "2026년 완료 추진완료 2026-03-31",
    )
    assert row is not None
    assert (row["lead_dept"], row["contact_name"], row["coop_depts"]) == (
        "기후환경과",
        "노혜원",
        "기획예산과",
    )


def test_a_lead_department_of_a_body_after_the_title_is_never_cut_short() -> None:
    """gyeol-province 46075 txt (an unseen seed): the title could end with the body's word (… 육성 농업기술센터) or
    the department start with it; nothing printed (a gap, a cell edge, a label) proves either cut, so both fields
    are left blank (the card's reader nulls them with extract.cut_unproven, tests/test_mendprev_37.py) and the
    others read; it was cut at the department's longest run before session 37."""
    row = split_value_row(
        _FIELDS,
        "5-25 청년농업 혁신밸리 조성 및 청년농 50명 육성 농업기술센터 기술보급과 기석현 "
        "852-7677 - 임기 후 계속 추진완료 2020-12-31",
    )
    assert row is not None
    assert (row["title"], row["lead_dept"], row["contact_name"], row["coop_depts"], row["target"]) == (
        "",
        "",
        "기석현",
        "-",
        "임기 후 계속",
    )


def test_a_row_the_typed_fields_do_not_split_one_way_is_left_unsplit() -> None:
    # no phone between the name and the departments: no end of the title lets the fields follow
    assert (
        split_value_row(
            _FIELDS,
            "1-14 자원순환 선도도시 조성 기후환경과 노혜원 기획예산과 2026년 완료 추진완료 2026-03-31",
        )
        is None
    )


def test_the_band_header_as_dump_lines() -> None:
    lines = [
        make_line(_LABELS),
        make_line(
            "1-14 자원순환 선도도시 조성 기후환경과 노혜원 044-827-4018 기획예산과 "
            "2026년 완료 착수 2026-03-31"
        ),
    ]
    header, _, _ = read_header(lines)
    assert header["title"] == "자원순환 선도도시 조성"
    assert header["mgmt_no"] == "1-14"
    assert header["coop_depts"] == ["기획예산과"]
    assert header["target"] == "2026년 완료"
    assert header["status_code"] == "ongoing_normal"


def test_the_band_header_as_a_table() -> None:
    t = make_table(
        [
            _LABELS.split(),
            [
                "Ⅳ-24",
                "결빛도 청년농업 클러스터 구축",
                "친환경농업과",
                "마재연",
                "4855",
                "투자유치과,농업기술센터 기술보급과",
                "2026년 완료",
                "순연",
                "2024-09-30",
            ],
        ]
    )
    header, _, _ = read_header([t])
    assert header["title"] == "결빛도 청년농업 클러스터 구축"
    assert header["coop_depts"] == ["투자유치과", "농업기술센터 기술보급과"]
    assert header["status_code"] == "ongoing_delayed"


def test_the_band_header_a_cell_a_line() -> None:
    # hwpx-text-extract prints the two rows a cell a line: the values go to their labels in order,
    # a target worded as a year (2026년 완료) is no as-of date, a name ending like a unit is the name
    lines = [
        make_line(t)
        for t in [
            *_LABELS.split(),
            "1-14",
            "자원순환 선도도시 조성",
            "기후환경과",
            "노혜원",
            "044-827-4018",
            "기획예산과",
            "2026년 완료",
            "추진완료",
            "2026-03-31",
        ]
    ]
    header, _, _ = read_header(lines)
    assert (header["contact_name"], header["coop_depts"]) == ("노혜원", ["기획예산과"])
    assert header["target"] == "2026년 완료"
    assert header["status_code"] == "done"


def test_value_kinds_of_dates() -> None:
    assert value_kind("2024-09-30") == "date"  # not a 관리번호
    assert value_kind("3-12") == "code"
    assert value_kind("2026년 완료") is None  # a target worded as a year
    assert value_kind("2024년 4분기 현재") == "date"


def test_a_band_row_with_no_cooperating_department() -> None:
    row = split_value_row(
        _FIELDS,
        "1-2-1 반도체 소재 전문인력 20명 양성 첨단산업과 모정서 328-2450 - 단계별 추진 순연 2021-12-31",
    )
    assert row is not None
    assert (row["coop_depts"], row["target"]) == ("-", "단계별 추진")


# ------------------------------------------------------------------------------ a bare block line in a dump


def test_a_bare_block_line_after_a_note_is_no_wrapped_rest() -> None:
    paras = [
        Paragraph(text=t, marker=m)
        for m, t in (
            (">", "결빛도연구원-㈜늘품솔루션 지역인재 업무협약 체결 : 2022.11.~2023.02."),
            ("*", "참여기관 : 결빛도정보문화진흥원, 누리바이오 외 다수 기관 참여"),
            (None, "금분기 추진실적 (2023.09. 기준)"),
            (">", "세부 추진실적"),
        )
    ]
    joined = join_broken_lines(paras)
    assert [p.text for p in joined][2] == "금분기 추진실적 (2023.09. 기준)"
    assert starts_new_block("그간 추진실적 (23.2/4분기 누계)")
    assert not starts_new_block("수출 실적 증가 (2024.09. 기준)")  # the title must close with the block word
    assert not starts_new_block("프로젝트 진행('24. 9 ~ 12.)")


# ------------------------------------------------------------------------------ statuses


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("순연", "ongoing_delayed"),
        ("착수", "ongoing_normal"),
        ("정상(계속)", "ongoing_normal"),
        ("추진완료", "done"),
        ("착수전", "not_started"),
        ("착수 지연", "ongoing_delayed"),
    ],
)
def test_status_words(status: str, code: str) -> None:
    assert status_code(status) == code
