"""A file holding one pledge's card for two quarters prints its goal table twice: a project the card for
one quarter reads labels, whole, the project cell of a goal row the other card's dump runs together with
its worded target and actual (extract/pledge_siblings.py). Cards of another pledge lend none; the row's
own target and actual stay unread where its table shows no cut. (Crossbred card 3400's text dump:
tests/test_crossbreed.py.)
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.pledge_siblings import sibling_projects
from pledgecard.extract.sections.goal_rows import goal_rows

_HEAD = "연도 세부사업 목표 실적 달성률 추진상황 추진내용"
_ROWS = (
    "2019 도시숲 인재양성 시범 운영 운영 완료 - 완료 그린센터 운영 및 참여 주민 지원",
    "2020 도시숲 교육생 양성(55명) - - 미착수",
    "2021 도시숲 기업 지원(40개) - - 미착수",
)


def _read(projects: frozenset[tuple[str, ...]]) -> tuple[list[tuple[str | None, int | None, str]], list[int]]:
    got = goal_rows([_HEAD, *_ROWS], "", projects=projects)
    assert got is not None
    return [(g.project, g.year, g.target) for g in got[0]], got[1]


def test_a_project_the_other_quarter_reads_goes_to_the_rows_under_the_unread_row() -> None:
    goals, unread = _read(frozenset({("도시숲", "인재양성")}))
    assert goals == [
        ("도시숲 인재양성", 2020, "도시숲 교육생 양성(55명)"),
        ("도시숲 인재양성", 2021, "도시숲 기업 지원(40개)"),
    ]
    assert unread == [1]  # 시범 운영 운영 완료: where the target ends no row shows


def test_without_it_the_rows_under_carry_no_project() -> None:
    goals, unread = _read(frozenset())
    assert [g[0] for g in goals] == [None, None] and unread == [1]


def test_two_projects_opening_the_row_show_no_cell() -> None:
    goals, unread = _read(frozenset({("도시숲", "인재양성"), ("도시숲",)}))
    assert [g[0] for g in goals] == [None, None] and unread == [1]


def _card(no: str, title: str, as_of: str, projects: list[str | None]) -> dict[str, object]:
    return {
        "card_id": f"{no}@{as_of}",
        "header": {"mgmt_no": no, "title": title},
        "goals": [{"project": p} for p in projects],
    }


def test_only_a_card_of_the_same_pledge_for_another_quarter_lends_its_projects() -> None:
    cards = [
        _card("4-5", "도시숲 실천 30만 그루 나무심기", "2019-09", ["도시숲 인재양성", None]),
        _card("4-5", "도시숲  실천 30만 그루 나무심기", "2019-12", [None]),
        _card("4-6", "도시숲 실천 30만 그루 나무심기", "2019-12", ["청년 일자리"]),
        _card("4-5", "다른 공약", "2019-12", ["광역철도 지원사업"]),
    ]
    assert sibling_projects(cards) == [
        frozenset(),
        frozenset({("도시숲", "인재양성")}),
        frozenset(),
        frozenset(),
    ]
    same_quarter = [_card("4-5", "가 나", "2019-12", ["가 사업"]), _card("4-5", "가 나", "2019-12", [])]
    assert sibling_projects(same_quarter) == [frozenset(), frozenset()]  # a card read twice lends nothing


def test_a_dump_of_one_pledge_in_two_quarters_keeps_the_projects(tmp_path: Path) -> None:
    card = """해밀도 민선8기 도지사 공약 이행관리카드

공약명 도시숲 실천 30만 그루 나무심기 관리번호 4-5

추진부서 자원순환과

◈ 3. 추진실적

○ 그간 추진실적 ({as_of} 기준)

- 도시숲 조성 실시설계 용역 착수 : 2019. 8.

◈ 4. 성과지표

{head}

{rows}

◈ 6. 향후 추진계획

○ 도시숲 추진계획 수립 및 예산 확보 : {when}
"""
    first = card.format(
        head=_HEAD,
        when="2019.하반기",
        as_of="2019. 9. 30.",
        rows="\n\n".join(
            (
                "2019 도시숲 인재양성 도시숲 협약 체결(45건) 22건 49% 완료 그린센터 운영 및 참여 주민 지원",
                "2020 착공 - - 미착수",
            )
        ),
    )
    second = card.format(head=_HEAD, when="2020.하반기", as_of="2019. 12. 31.", rows="\n\n".join(_ROWS))
    path = tmp_path / "two-quarters.txt"
    path.write_text(f"{first}\n\n\n{second}", encoding="utf-8")
    records = extract_file(path)
    assert len(records) == 2 and records[0]["card_id"] != records[1]["card_id"]
    assert [g["project"] for g in records[0]["goals"]] == ["도시숲 인재양성", "도시숲 인재양성"]
    assert [(g["project"], g["target"]) for g in records[1]["goals"]] == [
        ("도시숲 인재양성", "도시숲 교육생 양성(55명)"),
        ("도시숲 인재양성", "도시숲 기업 지원(40개)"),
    ]
