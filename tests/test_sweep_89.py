"""Session 33's fresh sweep (mutated seeds 3420-3479 in PDF, HWPX and HWP, 4240-4279 in the text dump; crossbred
seeds 6343-6372): unit tests on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_89 and
tests/test_crossbreed.py SEEDS_89."""

from __future__ import annotations


def _goal(project: str, year: int, target: str) -> dict:
    return {"project": project, "year": year, "target": target, "target_value": int(target), "target_unit": "%",
            "status": "추진중", "actual": target, "actual_value": int(target), "detail": "x"}


def test_an_indicator_a_row_tables_goals_are_listed_as_the_table_is_read() -> None:
    """Mutant 3435 (PDF, HWPX, HWP): an indicator a row, the years across (years_split). The generator listed the
    goals a year at a time while the card prints them an indicator a row (as its other indicator tables, gaeul-county's,
    list them); two indicators' equal bare targets (``50`` | ``50``) then paired with each other's years: 4 wrong
    figures in each format though every (indicator, year) read right. The expected record now lists them in the
    printed order."""
    from samples.families import _printed_goals

    rec = {"as_of": {"end": "2025-06-30"},
           "goals": [_goal("주택", 2023, "54"), _goal("공정률", 2023, "50"), _goal("주택", 2024, "50"),
                     _goal("공정률", 2024, "60"), _goal("주택", 2025, "60"), _goal("공정률", 2025, "90")]}
    _printed_goals(rec, "years_split")
    assert [(g["project"], g["year"]) for g in rec["goals"]] == [
        ("주택", 2023), ("주택", 2024), ("주택", 2025), ("공정률", 2023), ("공정률", 2024), ("공정률", 2025)]
    assert [g["actual"] for g in rec["goals"]] == ["54", "50", None, "50", "60", None]  # the as-of year: no actual
    assert {g["status"] for g in rec["goals"]} == {None}
    years_down = {"as_of": {"end": "2025-06-30"}, "goals": [_goal("주택", 2023, "54"), _goal("공정률", 2023, "50"),
                                                          _goal("주택", 2024, "50")]}
    _printed_goals(years_down, "indicators")  # indicators across, the years down: a year a row, as drawn
    assert [(g["project"], g["year"]) for g in years_down["goals"]] == [("주택", 2023), ("공정률", 2023), ("주택", 2024)]


def test_a_side_table_after_no_achievement_prints_under_every_funding_shape() -> None:
    """Crossbred 6347 (every format): a province's pledge split by 시군 (시군별 사업비 배분, a side table standing
    after no achievement) under a funding printed as a 총괄 table and a yearly one: the generator printed the side
    table only under a single funding table, its expected record kept it (tables 0.668 in every format)."""
    from samples.crossbreed import crossbreed
    from samples.families import FAMILIES, family_records
    from samples.layout_sections import _section_content

    fam, card_seed = crossbreed(6347, FAMILIES)
    assert fam.style.funding_summary and "regions" in fam.side_tables
    rec = family_records(fam, card_seed)[0]
    side = [t for t in rec["tables"] if t["after_item"] is None]
    assert side
    blocks = _section_content("funding", rec, fam.style)
    texts = [getattr(b, "text", "") for b in blocks]
    assert any(side[0]["title"] in t for t in texts)
    assert sum(1 for b in blocks if getattr(b, "role", None) == "side") == len(side)
