"""Session 32's cards written by hand and measured blind (samples/handmade/README.md, "Sixth round"): an HWP 5
document on a landscape page (``doc-eunha-province-6-4.hwp``, doc-hwp.py), a PDF of two landscape pages with its
funding and goal tables side by side (``doc-hangyeol-city-5-9.pdf``, doc-pdf.py), an e-mail body paste quoting the
card (``byeolbit-county-3-6.txt``) and a web-board paste (``narae-district-4-1.txt``: ``항목 | 값`` lines,
Markdown pipe tables). Blind 0.590 / 1.000 / 0.103 / 0.707 (110 figures, 0 wrong); after 1.000 / 1.000 / 1.000 /
0.976, 0 wrong.
The classes fixed:

- a card pasted into an e-mail as the quoted original (every line opening with ``>``, quoted blank lines ``>``)
  read as no card at all; the e-mail's header fields (``제목: RE: … 관리카드 제출``) read as its title line
  (extract/readers/text_quoted.py, vocabulary ``[mail] headers``): byeolbit 0.103 -> 0.990 -> 1.000;
- a goal table's status column headed ``상태`` (also ``추진상태``) naming no column, the table unread (vocabulary
  ``[goals_columns] status``); a web page's buttons line (``목록 | 이전글 | 다음글``) joined to the last bullet
  above it as its wrapped end (dropped as furniture in the text reader, extract/web_chrome.py's words): narae
  0.707 -> 0.976. Left: a ``-`` item set in under a ``-`` item read as its sibling (a rule giving the set-in run a
  depth of its own fixed narae but moved 18 layout dumps down, their ragged margins set in: not kept);
- two indicators in one goal table, each over a 목표 | 실적 pair under a head spanning it, the years down, unread
  (extract/sections/goal_indicator_pairs.py); a plans table headed 추진시기 | 추진계획 unread (vocabulary
  ``[item_table] content``): eunha 0.590 -> 0.949 -> 1.000.

Floors are in tests/test_handmade_cards.py (FLOORS, DOC_FLOORS) too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from pledgecard.extract.document import Paragraph
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_quoted import mail_header_lines, quote_runs, unquoted
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_indicator_pairs import goals_indicator_pairs
from pledgecard.extract.sections.plans import extract_plans

from conftest import assert_handmade_floor, make_table

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"

FLOORS = {  # measured after the fixes (blind in brackets)
    "doc-eunha-province-6-4.hwp": 1.0,  # (0.590)
    "doc-hangyeol-city-5-9.pdf": 1.0,  # (1.000 once its record counted 곳 as the corpus does; 0.991 as first written)
    "byeolbit-county-3-6.txt": 1.0,  # (0.103)
    "narae-district-4-1.txt": 0.97,  # (0.707; 0.695 as first written); its set-in - item a sibling (left)
}


@pytest.mark.parametrize("file", sorted(FLOORS))
def test_card_scores_its_floor_with_no_wrong_figure(file: str) -> None:
    assert_handmade_floor(HANDMADE / file, FLOORS[file])


def test_the_hwp_script_writes_the_landscape_card(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("doc_hwp", HANDMADE / "doc-hwp.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    wide = mod.landscape(mod.owpml())
    assert 'landscape="NARROWLY" width="84188" height="59528"' in wide.SEC_PR
    assert 'landscape="WIDELY"' in mod.owpml().SEC_PR  # a fresh load keeps the portrait page
    out = tmp_path / "doc-eunha-province-6-4.hwp"
    mod.write_hwp(out, "공약사업 관리카드 6-4", mod.eunha_province(wide), wide)
    assert out.read_bytes() == (HANDMADE / "doc-eunha-province-6-4.hwp").read_bytes()


def test_a_quoted_card_loses_its_quote_marks() -> None:
    text = "팀장님, 회신드립니다.\n\n> 작성 바랍니다.\n>\n> □ 사업개요\n>   ○ 사업기간 : ’23. 1. ~ ’26. 12.\n> > 중첩 인용\n끝"
    assert quote_runs(text.split("\n")) == [(2, 6)]
    assert unquoted(text).split("\n")[2:7] == [
        "작성 바랍니다.",
        "",
        "□ 사업개요",
        "  ○ 사업기간 : ’23. 1. ~ ’26. 12.",
        "중첩 인용",
    ]
    assert len(unquoted(text).split("\n")) == len(text.split("\n"))  # lines keep their numbers


def test_arrow_bullets_are_no_quote() -> None:
    bullets = "사업개요\n\n> 사업기간 : 2023.01.~2026.02.\n\n> 사업비 : 135억원\n> 사업내용\n> 세부 추진실적\n> 설계 완료"
    assert quote_runs(bullets.split("\n")) == []  # no quoted blank line: a card bulleting with >
    short = "> 인용\n>\n> 끝"
    assert quote_runs(short.split("\n")) == []  # fewer lines than a card's


def test_a_quoted_card_reads_its_headings_and_table() -> None:
    body = (
        "RE: 제출\n\n> 별빛군 공약사업 관리카드\n>\n> □ 재원투자 계획 (단위 : 백만원)\n"
        ">   구  분      계       2023     2024\n>   국  비    1,000      400      600\n>\n> □ 기대효과\n"
    )
    texts = [b.text for b in read(body.encode()).blocks if isinstance(b, Paragraph)]
    assert "별빛군 공약사업 관리카드" in texts and not any(t.startswith(">") for t in texts)


def test_a_goal_table_a_cell_a_line_with_its_status_headed_sangtae() -> None:
    lines = [
        "연도",
        "목표",
        "실적",
        "상태",
        "2024",
        "센터 1곳",
        "1곳",
        "완료",
        "2025",
        "센터 2곳",
        "1곳",
        "추진중",
    ]
    got = goal_cells(lines)
    assert got is not None and got[1] == []
    assert [(r.year, r.target, r.actual, r.status) for r in got[0]] == [
        (2024, "센터 1곳", "1곳", "완료"),
        (2025, "센터 2곳", "1곳", "추진중"),
    ]


def test_an_e_mails_header_fields_are_no_part_of_the_card() -> None:
    texts = [
        "보낸사람: 서다온 <a@b.example>",
        "받는사람: 공약팀",
        "제목: RE: 공약사업 관리카드 제출 (3-6)",
        "",
        "제목: 공약사업 관리카드",
    ]
    assert mail_header_lines(texts) == {0, 1, 2}  # a lone field line (a card's own) is none
    body = (
        "보낸사람: 서다온\n제목: RE: [요청] 공약사업 관리카드 제출 (3-6)\n\n"
        "별빛군 공약사업 관리카드\n\n□ 사업개요\n  ○ 사업기간 : ’23. 1. ~ ’26. 12.\n"
    )
    doc = read(body.encode())
    assert [getattr(b, "text", "") for b in doc.furniture][:2] == [
        "보낸사람: 서다온",
        "제목: RE: [요청] 공약사업 관리카드 제출 (3-6)",
    ]


def test_a_board_posts_buttons_line_is_furniture_not_the_last_bullets_end() -> None:
    body = "기대효과\n\n- 골목상권 경쟁력 강화\n\n목록 | 이전글 | 다음글\n"
    doc = read(body.encode())
    texts = [getattr(b, "text", "") for b in doc.blocks]
    assert "골목상권 경쟁력 강화" in texts and not any("이전글" in t for t in texts)
    assert any("이전글" in b.text for b in doc.furniture)


GRID = [
    ["연 도", "체류형 관광객(명)", "체류형 관광객(명)", "농촌체험 프로그램(회)", "농촌체험 프로그램(회)"],
    ["연 도", "목 표", "실 적", "목 표", "실 적"],
    ["2024", "20,000", "23,400", "40", "46"],
    ["2026", "50,000", "-", "80", "-"],
]


def test_two_indicators_each_over_a_target_and_actual_pair_the_years_down() -> None:
    got = goals_indicator_pairs(GRID)
    assert got is not None
    assert [(g.project, g.unit, g.year, g.target, g.actual) for g in got] == [
        ("체류형 관광객", "명", 2024, "20,000", "23,400"),
        ("체류형 관광객", "명", 2026, "50,000", None),
        ("농촌체험 프로그램", "회", 2024, "40", "46"),
        ("농촌체험 프로그램", "회", 2026, "80", None),
    ]
    unitless = [["연도", "관광객", "관광객", "체험", "체험"], *GRID[1:]]
    assert goals_indicator_pairs(unitless) is None  # bare figures under heads naming no unit: untold
    one = [["연도", "관광객(명)", "관광객(명)"], ["연도", "목표", "실적"], ["2024", "20", "23"]]
    assert goals_indicator_pairs(one) is None  # one pair: the ordinary goal table's shape
    swapped = [GRID[0], ["연 도", "실 적", "목 표", "실 적", "목 표"], *GRID[2:]]
    assert goals_indicator_pairs(swapped) is None


def test_a_plans_table_by_quarter() -> None:
    table = make_table(
        [
            ["추진시기", "추 진 계 획"],
            ["2025. 4분기", "체류형 숙소 2단계 착공"],
            ["2026. 1분기", "운영기관 공모"],
        ]
    )
    plans = extract_plans([table]).value["plans"]
    assert [(p["text"], p["date"]["label"]) for p in plans] == [
        ("체류형 숙소 2단계 착공", "2025-Q4"),
        ("운영기관 공모", "2026-Q1"),
    ]
