"""A section title set one character a line recurs on every card of a file reporting the same pledge twice, in the
same order, just as a turned watermark's glyph lines recur page after page (tests/test_pdfconv_35.py): it is the
page's heading and is kept (extract/readers/text_glyph_titles.py). Crossbreed 2192 txt (two quarters in one file,
`Ⅳ ) 투 자 계 획 ( 단 위 : 백 만 원 )` a line each on both cards) lost its funding to the watermark rule: 0.726 -> 1.000,
0 wrong (pinned in tests/test_crossbreed.py as 50-2192-txt)."""

from __future__ import annotations

from pledgecard.extract.readers.text_glyph_titles import spelled_titles
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_recurring_glyphs import recurring_glyphs

TITLE = ["Ⅳ", ")", "투", "자", "계", "획", "(", "단", "위", ":", "백", "만", "원", ")"]
PLANS = ["Ⅴ", ")", "향", "후", "계", "획"]


def _read(pages: list[list[str]]) -> list[str]:
    lines = split_lines("\f".join("\n".join(p) for p in pages))
    return [ln.text.strip() for ln in recurring_glyphs(lines) if not ln.blank]


def test_a_title_a_character_a_line_is_found_whole_read_down_or_up() -> None:
    page = ["· 수소산업 전문가 자문회의", *TITLE, "구 분 총사업비", *PLANS, "○ 재직자"]
    assert spelled_titles(page) == set(range(1, 15)) | set(range(16, 22))
    assert spelled_titles(["가", *reversed(["추", "진", "실", "적"]), "나다"]) == {0, 1, 2, 3, 4}


def test_lone_letters_naming_no_section_are_no_title() -> None:
    assert spelled_titles(["용", "토", "검", "내", "약", "공", "군"]) == set()
    assert spelled_titles(["계", "획"]) == set()  # two syllables naming no section's label


def test_a_title_recurring_on_two_cards_is_kept_as_printed() -> None:
    one = [
        "공약사업 관리카드 2024년 3분기",
        *TITLE,
        "구 분 총사업비 연도별",
        "계 13,472 2,545",
        *PLANS,
        "○ 만족도 조사",
    ]
    two = [
        "공약사업 관리카드 2024년 4분기",
        *TITLE,
        "구 분 총사업비 연도별",
        "계 13,472 2,545",
        *PLANS,
        "○ 만족도 조사",
    ]
    assert _read([one, two]) == one + two


def test_a_long_run_of_lone_letters_is_searched_label_by_label() -> None:
    """Review d (session 35): every substring of a run was looked up (400 lines: 2.3 s a page); labels are short."""
    from pledgecard.extract.readers import text_glyph_titles

    calls: list[str] = []
    real = text_glyph_titles.section_of
    text_glyph_titles.section_of = lambda s: calls.append(s) or real(s)  # type: ignore[assignment]
    try:
        assert text_glyph_titles.spelled_titles(["가나다라마바사"[i % 7] for i in range(400)]) == set()
    finally:
        text_glyph_titles.section_of = real  # type: ignore[assignment]
    assert len(calls) <= 2 * 400 * 10


def test_a_goal_head_naming_no_year_after_the_years_is_no_crash() -> None:
    """Review d (session 35): a pdf2txt head ending 최종목 / 표 / 달성 / 률 / (%) gave a year None, sorted with the
    years: a TypeError lost the whole file (gaeul-county 64031 pdf2txt). No such head: None."""
    from pledgecard.extract.sections import goal_names_apart

    assert goal_names_apart._subs([2023, 2024, None], ["target", "actual"] * 3) is None
    assert goal_names_apart._subs([2023, 2024], ["target", "actual"] * 2) == [
        (2023, "target"),
        (2023, "actual"),
        (2024, "target"),
        (2024, "actual"),
    ]
