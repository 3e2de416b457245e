"""Mends of the review of h-famgen9 (session 43): funding_ordinals' note anchors and effect_kind_rows' dump rules.

- A note anchors plan ordinals naming no year only where it is a LIST of ``ordinal: year`` items (two or more,
  consecutive ordinals and years, nothing but separators between them and after the last year on its line) that
  covers every ordinal of the table; a head printing its own year (``1차년도('23)``) wins over any note.
- In a text dump a row line after a ``구분 X`` head loses its first word(s) only where they are a proven kind (the
  closed set of vocabulary ``[effect_row_kinds]``), and only where every row line up to the rows' end (a bullet, a
  heading, a line with a figure or a date) opens so; else the lines as read. A table printed a cell a line leaves
  its heads and proven kinds off, its effect lines kept each a line.
"""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_ordinals import note_anchors, resolve_ordinals


def _line(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def _effects(texts: list[str]) -> list[str]:
    from pledgecard.extract.sections.plans import extract_effects

    return extract_effects([_line(t) for t in texts]).value["effects"]


def _cols(*labels: str) -> list[dict]:
    return [{"label": x, "kind": "other", "year": None} for x in labels]


def test_a_lone_ordinal_pair_with_words_after_anchors_nothing() -> None:
    """``※ 1차년도: 2021년 이월분 포함`` (the year's money holds a carried-over amount): before, 1차년도..4차년도 =
    2021..2024, every amount a year early, no finding; after, no anchor (the columns with no year, the finding)."""
    assert note_anchors(["※ 1차년도: 2021년 이월분 포함"]) == []
    cols = resolve_ordinals(
        _cols("1차년도", "2차년도", "3차년도", "4차년도"), note_anchors(["※ 1차년도: 2021년 이월분 포함"])
    )
    assert [c["year"] for c in cols] == [None] * 4


def test_a_list_of_pairs_anchors_a_wrapped_note() -> None:
    """The committed meari note (wrapped onto two lines): 2022..2025, as before."""
    told = note_anchors(["※ 1차년도: 2022년, 2차년도: 2023년, 3차년도: 2024년,", "4차년도: 2025년"])
    assert told == [(1, 2022), (2, 2023), (3, 2024), (4, 2025)]
    cols = resolve_ordinals(_cols("1차년도", "2차년도", "3차년도", "4차년도"), told)
    assert [c["year"] for c in cols] == [2022, 2023, 2024, 2025]


def test_a_list_whose_last_year_a_text_goes_on_from_anchors_nothing() -> None:
    """``1차년도: 2021년, 2차년도: 2022년 이월분 포함``: before, anchors; after, none (words after the last year)."""
    assert note_anchors(["※ 1차년도: 2021년, 2차년도: 2022년 이월분 포함"]) == []


def test_pairs_not_consecutive_or_with_words_between_anchor_nothing() -> None:
    """Ordinals or years not counting on, or words between two items: before, anchors; after, none."""
    assert note_anchors(["※ 1차년도: 2022년, 3차년도: 2024년"]) == []
    assert note_anchors(["※ 1차년도: 2022년, 2차년도: 2024년"]) == []
    assert note_anchors(["※ 1차년도: 2022년 상반기, 2차년도: 2023년"]) == []


def test_a_note_not_covering_the_tables_ordinals_anchors_nothing() -> None:
    """A list of 1차년도 .. 2차년도 under a table of 1차년도 .. 4차년도: before, 3차년도/4차년도 counted from it; after,
    no year (the finding names the columns)."""
    told = note_anchors(["※ 1차년도: 2022년, 2차년도: 2023년"])
    cols = resolve_ordinals(_cols("1차년도", "2차년도", "3차년도", "4차년도"), told)
    assert [c["year"] for c in cols] == [None] * 4


def test_a_head_printing_its_year_wins_over_a_note() -> None:
    """dorae-county 68017 with ``※ 1차년도: 2022년 추경 편성분 포함`` (and even a list telling another offset): before,
    two offsets, 2차년도.. with no year (lost); after, 2023..2026 from the head ``1차년도('23)``."""
    cols = _cols("1차년도('23)", "2차년도", "3차년도", "4차년도")
    for told in ([(1, 2022)], [(1, 2022), (2, 2023)]):
        assert [c["year"] for c in resolve_ordinals(cols, told)] == [2023, 2024, 2025, 2026]


def test_dump_rows_with_blank_kinds_are_kept_whole() -> None:
    """doldam's txt with blank kind cells: before, every effect lost its first word (스마트팜 분야 .. -> 분야 ..);
    after, the lines whole (the head line as read, as the base read it)."""
    got = _effects(
        [
            "구분 기대효과",
            "스마트팜 분야 선도 지역으로서 위상 강화",
            "민관 협력체계 구축을 통한 성장 기반 마련",
        ]
    )
    assert "스마트팜 분야 선도 지역으로서 위상 강화" in got
    assert "민관 협력체계 구축을 통한 성장 기반 마련" in got


def test_dump_rows_of_proven_kinds_leave_the_kinds_off() -> None:
    """Kinds of the closed set, two-word 삶의 질 too: before, 삶의 질 -> ``질 군민 ..``; after, ``군민 ..``."""
    assert _effects(["구분 기대효과", "삶의 질 군민 만족도 제고", "지역경제 일자리 창출 및 소득 증대"]) == [
        "군민 만족도 제고",
        "일자리 창출 및 소득 증대",
    ]


def test_dump_rows_any_unproven_kind_keeps_every_line_whole() -> None:
    """Kinds 삶의 질 / 지역 경제 / 행정 혁신: before, ``경제 민관 ..`` / ``혁신 돌담군 ..``; after, every line as read
    (지역 경제 no proven kind: 행정 of 행정 혁신 is not taken for the kind)."""
    lines = [
        "구분 기대효과",
        "삶의 질 스마트팜 분야 선도",
        "지역 경제 민관 협력체계 구축",
        "행정 혁신 돌담군 브랜드 가치 제고",
    ]
    assert _effects(lines) == lines
    plain = ["구분 내용", "주민 편의 증진 및 만족도 향상", "지역 경제 활성화 기여"]
    assert _effects(plain) == plain


def test_dump_rows_end_at_a_date_or_a_figure() -> None:
    """A date line after the rows: before, glued into the last effect (``.. 소득 증대 2025년 12월``); a sentence with
    a figure after the rows: before, its first word lost (향후 ..); after, neither."""
    assert _effects(
        ["구분 기대효과", "주민생활 군민 삶의 질 향상", "지역경제 일자리 창출 및 소득 증대", "2025년 12월"]
    ) == [
        "군민 삶의 질 향상",
        "일자리 창출 및 소득 증대",
    ]
    assert _effects(
        [
            "구분 기대효과",
            "주민생활 군민 삶의 질 향상",
            "지역경제 일자리 창출 및 소득 증대",
            "향후 관광객 30만명 유치로 지역 상권 활성화 기대",
        ]
    ) == ["군민 삶의 질 향상", "일자리 창출 및 소득 증대", "향후 관광객 30만명 유치로 지역 상권 활성화 기대"]


def test_cells_a_line_blank_kind_keeps_the_short_effect() -> None:
    """A cell a line, the second row's kind blank (관광객 증가 its effect): before, 관광객 증가 taken for a kind and
    dropped; after, kept (the heads and the proven kind left off)."""
    assert _effects(
        [
            "구분",
            "기대효과",
            "주민생활",
            "군민 삶의 질 향상 및 생활 만족도 제고",
            "관광객 증가",
            "민관 협력체계 구축을 통한 성장 기반 마련",
        ]
    ) == ["군민 삶의 질 향상 및 생활 만족도 제고", "관광객 증가", "민관 협력체계 구축을 통한 성장 기반 마련"]


def test_cells_a_line_first_body_line_no_proven_kind_reads_as_printed() -> None:
    """A cell a line whose first body line is no kind of the set: before, every other line; after, as read."""
    lines = ["구분", "기대효과", "관광객 증가", "군민 삶의 질 향상", "주민 편의", "민관 협력체계 구축"]
    assert _effects(lines) == lines
