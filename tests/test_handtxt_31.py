"""The fourth round of text cards written by hand (samples/handmade/README.md "Fourth round"), the classes they
showed blind, and galsup-county's two leftovers. Each test is a shape, one card of the class at most:

- a section heading numbered by a bare figure, no punctuation (``2 재원투자 실적 및 계획``, a pdftotext dump of
  headings set in boxes), read as the first cell of the table under it (extract/readers/text_line_kinds.py);
- outreach counts in brackets after their channels (``주민설명회(3회)``), after a leader of dots
  (``만족도 조사 ········ 1회``), or on the heading's own line after its colon, nothing under it
  (extract/sections/outreach_sentences.py, extract/labels.py);
- a goal project cell spanning its rows wrapped over two of them (extract/sections/goal_wrapped_lead.py);
- ``면`` (camp sites, parking lots) a goal's count unit (extract/vocabulary.toml);
- two funding rows of two printed labels one source code (시비 and 군비, both ``municipal``): two sources, not a
  row printed twice (validate/checks/source_rows.py: ``record.duplicate_part``, ``budget.matches_funding``).
"""

from __future__ import annotations

import copy

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_line_kinds import bare_numbered_heading, cells_row
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.goal_values import is_value_token
from pledgecard.extract.sections.goal_wrapped_lead import join_wrapped_leads
from pledgecard.extract.sections.outreach_sentences import from_heading, from_sentences
from pledgecard.validate import validate_batch

from conftest import make_line

M = 1_000_000


def test_a_heading_numbered_by_a_bare_figure_is_no_cell_of_the_table_under_it() -> None:
    (line,) = split_lines("  2 재원투자 실적 및 계획                       (단위 : 백만원)")
    assert not cells_row(line)
    assert bare_numbered_heading("4 목표 달성도") and bare_numbered_heading("3 추진실적")
    (row,) = split_lines("  2023    320개 교체          320개 교체       완료")
    assert cells_row(row)  # a year cell opens a row: no heading
    assert not bare_numbered_heading("12 노선 지정")  # a figure and words naming no section


def _counts(got: dict | None) -> list[tuple[str, int]]:
    assert got is not None
    return [(x["category"], x["count"]) for x in got["items"]]


def test_outreach_counts_in_brackets_after_their_channels_and_the_total_in_the_heading() -> None:
    lines = [make_line("주민설명회(3회), 전문가 자문(2회), 언론보도(5회), 기타(1회)", "○")]
    got = from_sentences(lines, "5 구민소통 실적 : 총 11회")
    assert _counts(got) == [("meetings", 3), ("experts", 2), ("media", 5), ("other", 1)]
    assert got is not None and got["total"] == 11 and got["items"][0]["label"] == "주민설명회"
    # a note in brackets after a count stays a note
    got = from_sentences([make_line("주민설명회 3회(참석 120명), 언론보도 2회", "○")])
    assert got is not None and got["items"][0]["note"] == "참석 120명"


def test_outreach_counts_after_leaders_of_dots_with_a_total_line() -> None:
    lines = [
        make_line("경로당 순회 간담회 ········· 6회", "○"),
        make_line("만족도 조사 ················ 1회", "○"),
        make_line("언론 보도 ·················· 3회", "○"),
        make_line("계 ························ 10회", "○"),
    ]
    got = from_sentences(lines)
    assert _counts(got) == [("meetings", 6), ("survey", 1), ("media", 3)]
    assert got is not None and got["total"] == 10 and got["items"][0]["label"] == "경로당 순회 간담회"


def test_outreach_told_on_its_headings_line() -> None:
    heading = "시민소통 실적: 설명회 2회, 전문가 자문 1회, 언론보도 4회, 만족도조사 1회(총 8회)"
    assert section_of(heading) == "outreach"
    got = from_heading(heading)
    assert _counts(got) == [("meetings", 2), ("experts", 1), ("media", 4), ("survey", 1)]
    assert got is not None and got["total"] == 8
    assert section_of("사업내용 : 공원 2개, 숲길 3개") is None  # an item's counts head no section
    assert from_heading("시민소통 실적 : 총 9회") is None  # a total alone: the items are under it


def _goal(project: str | None, year: int) -> dict:
    return {
        "project": project,
        "year": year,
        "target": f"t{year}",
        "target_value": None,
        "target_unit": None,
        "status": None,
        "actual": None,
        "actual_value": None,
        "detail": None,
    }


def test_a_spanning_project_cell_wrapped_over_two_of_its_rows_is_one_project() -> None:
    got = join_wrapped_leads(
        [_goal("수변 캠핑장", 2024), _goal("조성", 2025), _goal("조성", 2026)],  # type: ignore[list-item]
        ["갈숲천 수변 캠핑장 조성"],
    )
    assert [g["project"] for g in got] == ["수변 캠핑장 조성"] * 3
    got = join_wrapped_leads(
        [
            _goal("A 사업", 2023),
            _goal("보안등 스마트", 2023),
            _goal("전환", 2024),
            _goal("전환", 2025),
            _goal("전환", 2026),
        ],
        ["보안등 스마트 전환"],
    )  # type: ignore[list-item]
    assert [g["project"] for g in got] == ["A 사업"] + ["보안등 스마트 전환"] * 4


def test_two_projects_stay_two() -> None:
    cases = [
        [_goal("공원 정비", 2024), _goal("숲길", 2024), _goal("숲길", 2025)],  # the years start again
        [
            _goal("공원 정비", 2024),
            _goal("숲길 조성", 2025),
            _goal("숲길 조성", 2026),
        ],  # two words: a project
        # the second holds one row (a third project after it): nothing proves a span
        [_goal("공원 정비", 2024), _goal("숲길", 2025), _goal("광장", 2026)],
        [
            _goal("공원", 2023),
            _goal("공원", 2024),
            _goal("숲길", 2025),
            _goal("숲길", 2026),
        ],  # the first holds two
    ]
    for goals in cases:
        before = [g["project"] for g in goals]
        # the joined words printed whole: only the stated shape keeps the two apart
        printed = " / ".join(f"{a} {b}" for a, b in zip(before, before[1:], strict=False))
        assert [g["project"] for g in join_wrapped_leads(copy.deepcopy(goals), [printed])] == before  # type: ignore[arg-type]


def test_myeon_counts_a_goal() -> None:
    assert is_value_token("40면") and is_value_token("60면")


def _record(rows: list[tuple[str, str, list[int]]], parts: list[tuple[str, str, int]]) -> dict:
    return {
        "card_id": "gwan-3@2025",
        "header": {"title": "t", "mgmt_no": "gwan-3", "status": "추진중"},
        "overview": {
            "budget": {
                "total_krw": 4800 * M,
                "parts": [{"label": lb, "source": s, "amount_krw": a} for lb, s, a in parts],
            }
        },
        "funding": {
            "unit": "백만원",
            "columns": [
                {"label": "계", "kind": "total", "year": None},
                {"label": "2023", "kind": "year", "year": 2023},
            ],
            "rows": [{"label": lb, "source": s, "amounts_krw": a} for lb, s, a in rows],
        },
    }


def _failed(rec: dict, code: str) -> list[dict]:
    return [f for f in validate_batch([rec]) if f["code"] == code and not f["success"]]


def test_two_sources_of_one_code_are_no_part_printed_twice() -> None:
    rows = [
        ("총계", "total", [4800 * M, 600 * M]),
        ("국비", "national", [1200 * M, 300 * M]),
        ("시비", "municipal", [1080 * M, 90 * M]),
        ("군비", "municipal", [2520 * M, 210 * M]),
    ]
    rec = _record(rows, [("국비", "national", 1200 * M), ("지방비", "local", 3600 * M)])
    assert _failed(rec, "record.duplicate_part") == []
    assert _failed(rec, "budget.matches_funding") == []  # 지방비 = 시비 + 군비, both municipal
    rec = _record(
        rows,
        [("국비", "national", 1200 * M), ("시비", "municipal", 1080 * M), ("군비", "municipal", 2520 * M)],
    )
    assert _failed(rec, "budget.matches_funding") == []  # each part against its own row
    rec = _record(rows, [("국비", "national", 1200 * M), ("시군비", "municipal", 3600 * M)])
    assert _failed(rec, "budget.matches_funding") == []  # a part of the code's rows together


def test_a_row_printed_twice_still_fires() -> None:
    # one label twice, white space aside, amounts differing (a row read twice, one column misread): the
    # code-plus-label identity, no equal amounts, fires it
    rows = [
        ("총계", "total", [4800 * M, 600 * M]),
        ("국비", "national", [1200 * M, 300 * M]),
        ("시비", "municipal", [1080 * M, 90 * M]),
        ("시 비", "municipal", [1080 * M, 80 * M]),
        ("소계", "total", [2160 * M, 180 * M]),
    ]
    got = _failed(_record(rows, []), "record.duplicate_part")
    assert sorted(f["location"] for f in got) == ["funding.rows[3]", "funding.rows[4]"]
    for label in ("시비(추경)", None):  # one row under a second label, or its label lost: every amount equal
        again = [*rows[:3], (label, "municipal", [1080 * M, 90 * M])]
        got = _failed(_record(again, []), "record.duplicate_part")  # type: ignore[arg-type]
        assert [f["location"] for f in got] == ["funding.rows[3]"], label
    rows[3] = ("시비", "municipal", [1080 * M, 90 * M])
    # the budget's part against the row printed once, not twice summed
    rec = _record(rows[:4], [("시비", "municipal", 1080 * M)])
    assert _failed(rec, "budget.matches_funding") == []


def test_a_label_in_brackets_of_its_own_ends_the_value_before_it_known_or_not() -> None:
    from pledgecard.extract.labels import split_labelled

    assert split_labelled("【관리번호】 4-2        【분  야】 복지") == [("mgmt_no", "4-2")]
    assert split_labelled("【주관부서】 주민복지과 【담당자】 권다온 【전화】 054-680-2217") == [
        ("lead_dept", "주민복지과"),
        ("contact_name", "권다온"),
        ("contact_phone", "054-680-2217"),
    ]
    assert split_labelled("관리번호 : 4-2 【복지】") == [
        ("mgmt_no", "4-2 【복지】")
    ]  # a label not bracketed: kept


def test_goals_a_year_a_line_with_bare_labels_under_their_projects_bullet() -> None:
    from pledgecard.extract.sections.goal_lines import bare_labelled, goal_lines

    lines = [
        "○ 급식소 운영 확대",
        "’23년 : 목표 25개소 / 실적 25개소 ⇒ 달성",
        "’24년 : 목표 40개소 / 실적 45개소 ⇒ 초과달성",
    ]
    got = goal_lines(lines)
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual, g.status) for g in got] == [
        ("급식소 운영 확대", 2023, "25개소", "25개소", "달성"),
        ("급식소 운영 확대", 2024, "40개소", "45개소", "초과달성"),
    ]
    assert bare_labelled("’23년 목표 달성을 위한 협의 추진") is None  # a label's word in running text
    # a goal's wrapped rest (no bullet) names no project of the goal under it
    got = goal_lines(
        ["’23년 : 목표: 25개소 / 실적: 25개소", "경로당 신규 지정", "’24년 : 목표: 40개소 / 실적: 45개소"]
    )
    assert got is not None and [g.project for g in got] == [None, None]
