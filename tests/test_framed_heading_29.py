"""A framed line naming another section starts it (session 29; mutant 3828 in the text dump, pinned in
tests/test_mutate_tables.py PINNED_79): the achievements' blocks framed ``⌈ 그간 추진실적 ⌉(date)``, then
``⌈ 연차별 목표 및 달성률 ⌉`` (no date) over the goal table. The line was read as one more block of the
achievements, the goal table as their side table: no goal read (goals 0.0)."""

from __future__ import annotations

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line


def _line(text: str) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(line_start=1))


def test_a_framed_line_naming_another_section_starts_it() -> None:
    assert heading_of(_line("⌈ 연차별 목표 및 달성률 ⌉"), "achievements") == "goals"
    assert heading_of(_line("〔 연차별 목표 및 달성률 〕"), "achievements") == "goals"


def test_a_framed_line_naming_its_own_section_or_none_starts_nothing() -> None:
    assert heading_of(_line("⌈ 그간 추진실적 ⌉"), "achievements") is None  # a block of the section it names
    assert heading_of(_line("⌈ 사업장 전경 ⌉"), "achievements") is None  # a caption naming no section
    assert heading_of(_line("( 연차별 목표 및 달성률 )"), "achievements") is None  # round brackets: a note


def test_the_goal_table_under_it_is_read(tmp_path) -> None:
    from pathlib import Path

    from pledgecard import extract_file
    from samples.mutate import mutate
    from samples.style_sweep import run_family
    from tests.test_mutate_tables import SWEPT_79

    fam, card_seed = mutate(3828, SWEPT_79)
    (r,) = run_family(fam, card_seed, ("txt",), Path(tmp_path), {}, keep=True)
    assert r["wrong"] == []
    # the table is the goals' section now, no side table of the achievements; its rows (no rate column: nothing
    # proves where a target ends before its 추진내용, tests/test_text_review_mend_29.py) are left unread, under the
    # framed line as their section, not read as an achievements' side table
    (card,) = extract_file(next(Path(tmp_path).rglob("*.txt")))
    assert not card.get("side_tables")
    unread = [u for u in card["unparsed"] if "공급" in u["text"]]
    assert unread and all("연차별 목표" in u["section"] for u in unread)
