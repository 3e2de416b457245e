"""Classes found by the blind families jinsol-county and bitna-district (session 7), each on a small
case of its own: Hangul letters typed as bullets, hyphen-joined heading numbers, goal tables with
the years across, outreach rows under a label column with the total amid the channels, a bare date
under the header's as-of label, a block heading that is a date, and a funding cell stream whose row
labels all follow the amounts."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.layout import Line
from pledgecard.extract.markers import is_numbering, marker_level, split_marker
from pledgecard.extract.sections.funding_stream import funding_from_stream
from pledgecard.extract.sections.goal_across import goals_across
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.scoring import load_records

from conftest import committed_records

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def test_hangul_letters_typed_as_bullets_mark_lines_only_before_white_space() -> None:
    assert split_marker("ㅡ 인력양성") == ("ㅡ", "인력양성") and marker_level("ㅡ") == 2
    assert split_marker("ㅁ 기 추진실적 (2026년 1/4분기 기준)")[0] == "ㅁ" and marker_level("ㅁ") is None
    assert split_marker("ㅡ1") == (None, "ㅡ1") and split_marker("ㅁ자형 배치") == (None, "ㅁ자형 배치")


def test_a_chapter_and_section_number_joined_by_a_hyphen_is_a_numbering() -> None:
    for text, marker in (("Ⅰ-1. 사업 개요", "Ⅰ-1."), ("2-3. 재원", "2-3."), ("1-2) 항목", "1-2)")):
        got, rest = split_marker(text)
        assert got == marker and is_numbering(got) and rest == text[len(marker) :].strip()
    assert split_marker("Ⅵ-18 관리번호")[0] is None and split_marker("2024-1. 계약")[0] is None


HEAD = ["세부사업", "구분", "'24년", "'25년", "'26년"]


def test_goals_with_the_years_across_read_a_goal_per_year_under_each_project() -> None:
    grid = [
        HEAD,
        ["돌봄 인재양성", "목표", "", "공정률 60%", "6.0km"],
        ["돌봄 인재양성", "실적", "", "공정률 34%", "-"],
        ["돌봄 인재양성", "달성률", "", "57%", "-"],
        ["돌봄 인재양성", "추진상황", "", "완료", "미착수"],
        ["돌봄 기반 구축", "목표", "209호 공급", "", ""],
        ["돌봄 기반 구축", "실적", "178호", "", ""],
        ["돌봄 기반 구축", "추진상황", "완료", "", ""],
    ]
    got = goals_across(grid)
    assert got is not None
    assert [(g.project, g.year, g.target, g.status, g.actual) for g in got] == [
        ("돌봄 인재양성", 2025, "공정률 60%", "완료", "공정률 34%"),
        ("돌봄 인재양성", 2026, "6.0km", "미착수", None),
        ("돌봄 기반 구축", 2024, "209호 공급", "완료", "178호"),
    ]
    # a figure under a year whose target is empty: the cells moved, the project gives no goal
    moved = [*grid[:4], ["", "추진상황", "완료", "미착수", ""], *grid[5:]]
    assert [g.project for g in goals_across(moved) or []] == ["돌봄 기반 구축"]
    # no label column naming the fields: not such a table
    assert goals_across([["연도", "주요사업", "목표"], ["2024", "a", "b"], ["2025", "a", "c"]]) is None


def _lines(*texts: str) -> list[Line]:
    from pledgecard.extract.document import Source

    return [Line(text=t, marker=None, indent=0, source=Source(line_start=k + 1)) for k, t in enumerate(texts)]


def test_outreach_row_under_a_label_column_with_the_total_amid_the_channels() -> None:
    got = extract_outreach(
        _lines(
            "구분 주민설명회 만족도 조사 전문가 자문 계 언론 홍보 기타", "실적(회) 3(설명회) 1 4 125회 116 1"
        )
    ).value["outreach"]
    assert got["total"] == 125 and [(x["category"], x["count"]) for x in got["items"]] == [
        ("meetings", 3),
        ("survey", 1),
        ("experts", 4),
        ("media", 116),
        ("other", 1),
    ]
    assert got["items"][2]["label"] == "전문가 자문" and got["items"][0]["note"] == "설명회"


def test_bitna_cards_take_the_as_of_date_under_its_label_and_the_dated_block() -> None:
    for path in sorted((FAMILIES / "bitna-district").glob("*-txt.txt")):
        (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
        (rec,) = committed_records(path)
        assert rec["as_of"]["label"] == exp["as_of"]["label"] and exp["as_of"]["precision"] == "day"
        dated = [a for a in exp["achievements"] if a["group"] == exp["as_of"]["raw"]]
        assert dated and all(a["group_as_of"]["label"] == exp["as_of"]["label"] for a in dated)
        assert {a["group"] for a in rec["achievements"]} == {a["group"] for a in exp["achievements"]}


def test_a_cell_stream_with_every_row_label_after_the_amounts_reads_the_total_row_among_them() -> None:
    text = "\n".join(
        [
            "(단위: 천원)",
            "구분",
            "기투자",
            "'24년",
            "'25년",
            "합계",
            "계획",
            "-",
            "100",
            "200",
            "300",
            "확보",
            "-",
            "100",
            "150",
            "250",
            "계획",
            "50",
            "10",
            "20",
            "80",
            "확보",
            "50",
            "10",
            "0",
            "60",
            "계획",
            "50",
            "110",
            "220",
            "380",
            "확보",
            "50",
            "110",
            "150",
            "310",
            "국비",
            "도비",
            "계",
        ]
    )
    columns, rows = funding_from_stream(text, 1000)
    assert [c["kind"] for c in columns] == ["prior", "year", "year", "total"]
    assert [(r["label"], r["amounts_krw"]) for r in rows] == [
        ("국비", [0, 100_000, 200_000, 300_000]),
        ("도비", [50_000, 10_000, 20_000, 80_000]),
        ("계", [50_000, 110_000, 220_000, 380_000]),
    ]


def test_a_bare_section_word_that_a_numbered_heading_below_names_is_no_heading() -> None:
    from pledgecard.extract.cards import split_sections

    def line(k: int, text: str) -> Line:
        from pledgecard.extract.document import Source

        marker, rest = split_marker(text)
        return Line(text=rest, marker=marker, indent=0, source=Source(line_start=k))

    texts = [
        "Ⅰ-3. 연도별 성과목표",
        "세부사업",
        "목표",
        "공정률 60%",
        "추진상황",
        "완료",
        "Ⅰ-4. 그간 추진실적",
        "▷ 실시설계 용역 완료 : 2024. 2월",
    ]
    sections = split_sections([line(k, t) for k, t in enumerate(texts, 1)])
    assert [s.name for s in sections[1:]] == ["goals", "achievements"]
    assert [item.text for item in sections[1].items][-2:] == ["추진상황", "완료"]
    # unnumbered headings: the bare word still heads its section
    plain = split_sections(
        [line(k, t) for k, t in enumerate(["성과목표", "목표 60%", "추진상황", "◦ 완료"], 1)]
    )
    assert [s.name for s in plain[1:]] == ["goals", "achievements"]
