"""Goal rows of a text dump whose targets end in the same word (``노인복지관 경로식당 설치(20개소)`` /
``작은도서관 설치(15개소)``): one word two rows end alike but for their figures shows only that the target
holds it, not where it begins (projects and targets of every kind end in 설치 / 조성 / 운영 / 보강), so
no row is cut there (extract/sections/goal_target_cut.py ``shows_start``); the rows are handed back,
each at its line (the unread-row finding), no project or target text guessed. Two words alike or more
(``프로그램 운영(60회)``), a measure word opening them (``공정률 80%``), a target another row prints
alone, a group whose targets open with one word, or a head labelling the project's cell (years across,
``목표``) still show the cut. Hand-made real-like tables: counts with units in brackets or bare, with or
without a 달성률 column, worded statuses, years as rows or as columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_across import goals_across_lines
from pledgecard.extract.sections.goal_target_cut import shows_start
from tests.conftest import goal_lines_read

HEAD = "연도 주요사업 목표 실적 달성률 추진상황"
NO_RATE = "연도 주요사업 목표 실적 추진상황"


def _goals(*rows: str, head: str = HEAD) -> tuple[list[tuple], list[str]]:
    return goal_lines_read(head, *rows)


@pytest.mark.parametrize(
    ("head", "rows"),
    [
        # two rows, the unit in brackets: the second may print a project and a target, or a target alone
        (
            HEAD,
            [
                "2023 노인복지관 경로식당 설치(20개소) 12개소 60% 추진중",
                "2024 작은도서관 설치(15개소) - - 미착수",
            ],
        ),
        # three rows, bare units: the word before the value is the target's, where it begins is not printed
        (
            HEAD,
            [
                "2022 노인복지관 경로식당 설치 20개소 20개소 100% 완료",
                "2023 작은도서관 설치 15개소 9개소 60% 추진중",
                "2024 마을 주민쉼터 설치 10개소 - - 미착수",
            ],
        ),
        # the project printed on each row, the targets ending alike: one word alike shows no cut
        (
            HEAD,
            [
                "2022 경로당 환경개선 냉난방기 설치(30개소) 30개소 100% 완료",
                "2023 경로당 환경개선 공기청정기 설치(40개소) 25개소 63% 추진중",
            ],
        ),
        # a first row of three words and a row of two: a target alone under a carried project, or a project and a target
        (
            HEAD,
            [
                "2022 복지시설 확충 경로식당 설치(20개소) 20개소 100% 완료",
                "2023 작은도서관 설치(15개소) 9개소 60% 추진중",
            ],
        ),
        # worded statuses (정상추진), every row ending in the same word
        (
            HEAD,
            [
                "2023 노인복지관 경로식당 설치(20개소) 12개소 60% 정상추진",
                "2024 청소년 작은도서관 설치(15개소) 15개소 100% 완료",
                "2025 공원 쉼터 설치(10개소) - - 미착수",
            ],
        ),
        # no 달성률 column
        (
            NO_RATE,
            ["2022 전통시장 현대화 아케이드 설치(3개소) 3개소 완료", "2023 주차장 설치(2개소) 1개소 추진중"],
        ),
        # a decimal value after a word alike (보강 1.2km / 보강 0.8km)
        (HEAD, ["2022 하천 정비 제방 보강 1.2km 1.2km 100% 완료", "2023 산책로 보강 0.8km 0.5km 63% 추진중"]),
        # the same project on each row, two targets of one word alike: the project's end is not shown either
        (
            HEAD,
            [
                "2022 청년센터 건립 창업 교육 설치(2개소) 2개소 100% 완료",
                "2023 청년센터 건립 작은도서관 설치(3개소) 1개소 33% 추진중",
            ],
        ),
    ],
)
def test_rows_ending_in_one_word_alike_are_handed_back_uncut(head: str, rows: list[str]) -> None:
    got, rest = _goals(*rows, head=head)
    assert got == [], got  # no project or target text guessed, no figure placed under a guessed target
    assert rest == rows  # each row handed back at its line (the finding of a goal row left unread)


def test_two_words_alike_or_a_measure_word_show_the_cut() -> None:
    got, rest = _goals(
        "2022 체육센터 건립 프로그램 운영(60회) 60회 100% 완료",
        "2023 생활체육 활성화 프로그램 운영(35회) 20회 57% 추진중",
    )
    assert (
        got
        == [
            ("체육센터 건립", 2022, "프로그램 운영(60회)", 60, 60, "완료"),
            ("생활체육 활성화", 2023, "프로그램 운영(35회)", 35, 20, "추진중"),
        ]
        and rest == []
    )
    got, rest = _goals(
        "2022 도시재생 뉴딜 공정률 60% 공정률 60% 100% 완료",
        "2023 스마트 농업단지 공정률 80% 공정률 70% 88% 추진중",
    )
    assert [(g[0], g[2], g[3], g[4]) for g in got] == [
        ("도시재생 뉴딜", "공정률 60%", 60, 60),
        ("스마트 농업단지", "공정률 80%", 80, 70),
    ] and rest == []


def test_a_target_printed_alone_or_a_group_word_still_shows_the_cut_of_rows_ending_alike() -> None:
    # a row printing the target alone (under the project carried from above) shows where the other's begins
    got, rest = _goals(
        "2023 상수도 현대화 노후관 교체(8km) 5km 63% 추진중", "2024 노후관 교체(10km) - - 미착수"
    )
    assert [(g[0], g[2]) for g in got] == [
        ("상수도 현대화", "노후관 교체(8km)"),
        ("상수도 현대화", "노후관 교체(10km)"),
    ]
    # targets opening with one word (스마트), ending alike (설치): the group shows the cut
    got, rest = _goals(
        "2022 공원 조성 스마트 가로등 설치(30개) 30개 100% 완료",
        "2023 스마트 벤치 설치(20개) 15개 75% 추진중",
    )
    assert [(g[0], g[2], g[3], g[4]) for g in got] == [
        ("공원 조성", "스마트 가로등 설치(30개)", 30, 30),
        ("공원 조성", "스마트 벤치 설치(20개)", 20, 15),
    ] and rest == []


def test_a_years_across_table_labels_the_project_cell() -> None:
    # years as columns: the 목표 label ends the project's cell, each year's cell one word with its figure
    rows = [
        "세부사업 구  분 '23년 '24년",
        "노인복지관 경로식당 목표 설치(20개소) 설치(15개소)",
        "실적 12개소 -",
        "달성률 60% -",
        "추진상황 추진중 미착수",
    ]
    got = goals_across_lines([(" ".join(r.split()), r) for r in rows])
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual, g.status) for g, _ in got.goals] == [
        ("노인복지관 경로식당", 2023, "설치(20개소)", "12개소", "추진중"),
        ("노인복지관 경로식당", 2024, "설치(15개소)", None, "미착수"),
    ]


def test_shows_start() -> None:
    prefixes = {"공정률"}
    assert shows_start(["프로그램", "운영(60회)"], prefixes)
    assert shows_start(["교육생", "양성", "25명"], prefixes)
    assert shows_start(["공정률", "80%"], prefixes)
    assert not shows_start(["설치(20개소)"], prefixes)
    assert not shows_start(["설치", "20개소"], prefixes)
    assert not shows_start(["보강", "1.2km"], prefixes)
    assert not shows_start([], prefixes)
    assert shows_start(["120호", "공급"], prefixes)  # the target opens with its value


_CARD = (
    Path(__file__).resolve().parents[1]
    / "samples"
    / "families"
    / "bitna-district"
    / "bitna-district-35004-txt.txt"
)
_ROWS = "2023 문화관광 기반 구축 시범 운영 관계기관 협의 - 추진중\n\n2024 문화관광 기업 지원(25개) - - 미착수"


@pytest.mark.parametrize(
    "rows",
    [
        [
            "2023 노인복지관 경로식당 설치(20개소) 12개소 60% 추진중",
            "2024 작은도서관 설치(15개소) - - 미착수",
        ],
        [
            "2022 노인복지관 경로식당 설치 20개소 20개소 100% 완료",
            "2023 작은도서관 설치 15개소 9개소 60% 추진중",
            "2024 마을 주민쉼터 설치 10개소 - - 미착수",
        ],
    ],
)
def test_a_card_hands_back_rows_ending_in_one_word_alike_at_their_lines(
    tmp_path: Path, rows: list[str]
) -> None:
    """A whole card (bitna-district 35004's text dump, its goal rows replaced): no goal guessed, each row
    in the record's unparsed at its line (the unread-row finding)."""
    text = _CARD.read_text(encoding="utf-8")
    assert _ROWS in text
    path = tmp_path / "card-txt.txt"
    path.write_text(text.replace(_ROWS, "\n\n".join(rows)), encoding="utf-8")
    rec = extract_file(path)[0]
    assert rec["goals"] == []
    unread = {u["text"]: u["location"] for u in rec["unparsed"]}
    assert all(unread.get(r, "").startswith("line ") for r in rows), rec["unparsed"]
