"""Session 45 h-mendl6: mends of the review of h-leftovers6 (measured on the review's reproducers).

1. effect_kind_rows (SILENT wrong effect text): h-leftovers6 kept a listed kind and a short next word whole
   (``_kind_extent_untold``: the phrase no longer than the longest listed kind), so the kind cell was glued onto
   common effects: doldam-county 115009 txt 3rd effect ``행정 군민 삶의 질 향상 ..`` (115021 ``행정 민관 ..``, 115038
   ``행정 창업 ..``). The card does not prove the kind cell two words: the rule is reverted, the kind word cut as
   before (115009 / 115021 txt effects == expected again; test_famgen9_43's effects test restored). Not mended: a
   kind cell truly two words (``행정 혁신``) loses its first word again (``혁신 돌담군 ..``), as before the branch.
2. goal_whole_column.target_heads took only heads whose words read as a target alone: ``연도별 목표`` /
   ``연도별목표`` (a year word as long as the target word) and ``임기목표(2022~2026년도)`` named no kind, so the
   whole-term / year's-own guard never ran and the first target-worded column was read: steady 10개소 beside 3 / 4
   read 10 / 10, no finding (SILENT). Now a head holding the target word and no other field's (holds_field) is a
   target head: 연도별(\\s)목표 -> null + extract.goal_target_unsure (2 wrong -> 0 each).
3. rate_or_date_head / year_target_head read a year word in a qualified head's bracket (``임기목표(2022~2026년도)``,
   ``총괄목표(연도말 누계)``) as a date column / the year's own target: placed first, the steady column read as the
   year's, 10 / 10, no finding. Now a bracket after a qualified target word (a word before it) is left aside, and a
   year-target word before the target word (연도별목표) is no date: read 3 / 4 (2 wrong -> 0 each).
"""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_whole_column import rate_or_date_head, year_target_head
from pledgecard.extract.sections.goals import extract_goals

from conftest import make_table


def _effects(texts: list[str]) -> list[str]:
    from pledgecard.extract.sections.plans import extract_effects

    lines = [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]
    return extract_effects(lines).value["effects"]


def test_a_listed_kind_before_a_short_word_is_cut() -> None:
    """Before (h-leftovers6): ``행정 군민 삶의 질 향상`` / ``행정 민관 협력체계 구축`` kept whole; after: the kind cut."""
    assert _effects(["구분 기대효과", "주민생활 생활 만족도 제고", "행정 군민 삶의 질 향상"]) == [
        "생활 만족도 제고",
        "군민 삶의 질 향상",
    ]
    assert (
        _effects(["구분 기대효과", "주민생활 군민 만족도 제고", "행정 민관 협력체계 구축"])[1]
        == "민관 협력체계 구축"
    )


def test_doldam_county_txt_effects_read_as_printed(tmp_path) -> None:
    """doldam-county 115009 / 115021 txt: before, the 3rd effect ``행정 군민 ..`` / ``행정 민관 ..``; after, exact."""
    from pledgecard import extract_file

    from conftest import family_card, wrong_figure_count

    for seed in (115009, 115021):
        path, exp = family_card(tmp_path / str(seed), "doldam-county", seed, "txt")
        [got] = extract_file(path)
        assert wrong_figure_count(exp, got) == 0
        assert got["effects"] == exp["effects"], seed


def _goals(head: list[str], steady_first: bool) -> tuple[list[tuple], list[str]]:
    def row(year: str, varying: str, actual: str, status: str) -> list[str]:
        pair = ["10개소", varying] if steady_first else [varying, "10개소"]
        return ["경로당 신축", year, *pair, actual, status]

    rows = [row("2023", "3개소", "3개소", "완료"), row("2024", "4개소", "4개소", "추진중")]
    res = extract_goals([make_table([head, *rows])])
    goals = [(g["year"], g["target_value"], g["actual_value"]) for g in res.value["goals"]]
    return goals, sorted({f["code"] for f in res.findings or []})


def test_a_steady_column_headed_year_by_year_is_no_target_read() -> None:
    """연도별 목표 / 연도별목표 10개소 every year beside 목표 3 / 4: before 10 / 10 no finding; after null + finding."""
    for steady in ("연도별 목표", "연도별목표"):
        goals, codes = _goals(["사업명", "연도", steady, "목표", "실적", "추진상황"], True)
        assert goals == [(2023, None, 3), (2024, None, 4)], steady
        assert "extract.goal_target_unsure" in codes
    assert year_target_head("연도별 목표") and not rate_or_date_head("연도별목표")


def test_a_qualified_heads_bracket_keeps_it_the_terms() -> None:
    """임기목표(2022~2026년도) / 총괄목표(연도말 누계) placed first: before 10 / 10 no finding; after 3 / 4."""
    for steady in ("임기목표(2022~2026년도)", "총괄목표(연도말 누계)", "총괄목표(~2026년도)"):
        for first in (True, False):
            pair = [steady, "목표"] if first else ["목표", steady]
            goals, _ = _goals(["사업명", "연도", *pair, "실적", "추진상황"], first)
            assert goals == [(2023, 3, 3), (2024, 4, 4)], (steady, first)
    assert not year_target_head("임기목표(2022~2026년도)") and not rate_or_date_head(
        "임기목표(2022~2026년도)"
    )
    # a bracket after a plain target word still tells: the year's own (목표(연차)), a rate (목표대비(%))
    assert (
        year_target_head("목표(연차)") and rate_or_date_head("목표대비(%)") and rate_or_date_head("목표연도")
    )
