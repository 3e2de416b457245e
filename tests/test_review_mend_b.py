"""The second review's findings on session 28's merged work, each pinned by a test that failed before its mend."""

from __future__ import annotations

from tests.conftest import make_line


def test_next_in_run_wants_two_numberings_of_one_frame() -> None:
    """Two glyphs next to each other in Unicode are no numbered run (``▪`` then ``▫``), and a run crossing a
    digit's width is one (``9)`` then ``10)``)."""
    from pledgecard.extract.markers import run_frame
    from pledgecard.extract.sections.achievements import _next_in_run, _project_block

    assert not _next_in_run("▪", "▫") and not _next_in_run("•", "‣") and not _next_in_run("◇", "◈")
    assert _next_in_run("9)", "10)") and _next_in_run("㈀", "㈁") and _next_in_run("Ⅰ.", "Ⅱ.")
    assert not _next_in_run("1-3.", "2-4.") and _next_in_run("1-3.", "1-4.") and not _next_in_run("9)", "10.")
    assert run_frame("10)") == run_frame("9)") == "#)" and run_frame("▪") is None
    # an undated ▫ item under a ▪ sub-project the goals name, over an item of another marker: an item
    items = [make_line("도서관 건립", "▪"), make_line("부지 매입", "-"), make_line("설계 공모", "▫"),
             make_line("공모 완료", "-")]
    projects = frozenset({"도서관건립"})
    assert _project_block(items, 0, projects) and not _project_block(items, 2, projects, "▪")
