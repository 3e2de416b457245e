"""Structures the sweep of crossbred and mutated cards of the fifty-six families brought in (session 20, seeds
2300-2399; the cards are pinned in tests/test_crossbreed.py SEEDS_56 and tests/test_mutate_tables.py
PINNED_56), on small inputs:

- headings centred on a page between short left-aligned bullet lines leave a white band down the page, but
  stand on rows of their own: no newspaper columns (card 2381 in PDF: the plans and effects were read after
  their headings, both sections empty).
"""

from __future__ import annotations

from pledgecard.extract.readers.pdf_newspaper import split_columns

# (x0, top, x1, bottom): short bullets at the left margin, headings centred on a page 595 pt wide
CENTRED = [
    ("제6장 향후 계획", (250.0, 100.0, 345.0, 112.0)),
    ("• 캠핑장 운영 활성화 방안 마련 : '26년 상반기", (51.0, 130.0, 230.0, 142.0)),
    ("• 관광 성과평가 및 개선방안 마련 : 2026. 11월 중", (51.0, 150.0, 235.0, 162.0)),
    ("제7장 기대 효과", (250.0, 190.0, 345.0, 202.0)),
    ("• 관광객 정주여건 개선 및 지역 정착 유도", (51.0, 220.0, 220.0, 232.0)),
]


def test_centred_headings_between_short_lines_are_no_column() -> None:
    texts, boxes = zip(*CENTRED, strict=True)
    assert split_columns(list(texts), list(boxes)) is None


def test_two_columns_side_by_side_still_split() -> None:
    beside = [
        (
            t,
            (
                x0 + (300.0 if t.startswith("제") else 0.0),
                top + (30.0 if t.startswith("제") else 0.0),
                x1 + (300.0 if t.startswith("제") else 0.0),
                bottom + (30.0 if t.startswith("제") else 0.0),
            ),
        )
        for t, (x0, top, x1, bottom) in CENTRED
    ]
    texts, boxes = zip(*beside, strict=True)
    split = split_columns(list(texts), list(boxes))
    assert split is not None and split[1] == ["제6장 향후 계획", "제7장 기대 효과"]


# ------------------------------------------------------------------------------ a table cut far above the foot


def _rule(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def _log_page(below: list[dict[str, object]]) -> object:
    """A log table (연도 | 월 | 추진내용) ending at 690 pt on a page 842 pt high: its next row too tall for the rest
    of the page, the year cell spanning it drawn open where the page break cut it (no rule under the year)."""
    from pledgecard.extract.readers.pdf_page import PageModel

    xs = [51.7, 112.2, 161.0, 543.6]
    lines = [_rule(x, 580.1, x, 690.2) for x in xs]
    lines += [
        _rule(51.7, 580.1, 543.6, 580.1),
        _rule(51.7, 601.8, 543.6, 601.8),
        _rule(161.0, 668.5, 543.6, 668.5),
        _rule(112.2, 690.2, 543.6, 690.2),
    ]
    footer = {
        "text": "1",
        "fontname": "f",
        "size": 9.0,
        "upright": True,
        "x0": 295.0,
        "x1": 300.0,
        "top": 800.0,
        "bottom": 809.0,
    }
    return PageModel(number=1, width=595.0, height=842.0, chars=[footer, *below], lines=lines)


def test_a_table_ending_the_page_far_above_its_foot_is_cut_open() -> None:
    """Crossbred card 2341 (PDF): the year cell's text (2020년) fell out of the table, the part on the next page
    was not joined, the log rows lost (0.829)."""
    from pledgecard.extract.readers.pdf_grids import find_grids

    [grid] = [g for g in find_grids(_log_page([])) if len(g.cells) > 1]  # type: ignore[arg-type]
    assert grid.open_bottom == ((112.2, 543.6),)  # the year's column open at its foot: its cell found
    assert (51.7, 601.8, 112.2, 690.2) in grid.cells
    text = {
        "text": "가",
        "fontname": "f",
        "size": 10.0,
        "upright": True,
        "x0": 300.0,
        "x1": 310.0,
        "top": 700.0,
        "bottom": 710.0,
    }
    [grid] = [g for g in find_grids(_log_page([text])) if len(g.cells) > 1]  # type: ignore[arg-type]
    assert (
        grid.open_bottom is None and (51.7, 601.8, 112.2, 690.2) not in grid.cells
    )  # text below: it ends there
    spill = {**text, "x0": 60.0, "x1": 70.0}  # the open cell's own text printed past the cut (mutant 2370)
    [grid] = [g for g in find_grids(_log_page([spill])) if len(g.cells) > 1]  # type: ignore[arg-type]
    assert grid.open_bottom == ((112.2, 543.6),)


# ------------------------------------------------------------------------------ a spaced note head on a line of its own

CELL_A_LINE = [
    "(단위 : 백만원)",
    "구 분",
    "연차별 투자계획",
    "합계",
    "임기 후",
    "비 고",
    "2022년 2023년 2024년 2025년 2026년",
    "계 3,090 3,280 4,620 200 3,930 20,140 5,020",
    "국 비 920 1,080 1,410 - 1,600 7,760 2,750 -",
    "시 비 840 220 2,640 - 300 4,000 - 추경 반영",
    "민 자 1,330 1,980 570 200 2,030 8,380 2,270 공모 선정",
]


def test_a_spaced_note_head_printed_a_cell_a_line_heads_the_note_column() -> None:
    """Mutant 3421 (txt): a funding head a dump printed a cell a line, its note column's head spaced on a line of
    its own (비 고): the note's dash and words read as amounts, every source row nulled (money 0.344)."""
    from pledgecard.extract.sections.funding import extract_funding

    from conftest import make_line

    got = extract_funding([make_line(t) for t in CELL_A_LINE]).value["funding"]
    assert [c["label"] for c in got["columns"]] == ["2022", "2023", "2024", "2025", "2026", "합계", "임기 후"]
    rows = {r["label"]: r["amounts_krw"] for r in got["rows"]}
    assert rows["국비"] == [
        920_000_000,
        1_080_000_000,
        1_410_000_000,
        0,
        1_600_000_000,
        7_760_000_000,
        2_750_000_000,
    ]
    assert rows["시비"][-1] == 0 and rows["민자"][-1] == 2_270_000_000


# ------------------------------------------------------------------------------ boxes under bare known headings

BARE = [
    ("사업개요", None),
    ("가. 사업기간 : 2022. 8월 ~ 2026. 12월", None),
    ("다. 주요내용", None),
    ("별빛구 내 실증센터 20개소 조성, 운영 프로그램 개발", "❑"),
    ("향후 추진계획", None),
    ("수소산업 추진계획 수립 및 예산 확보 : '28년 하반기", "❑"),
    ("기대효과", None),
    ("양질의 일자리 창출로 청년인구 유출 방지", "❑"),
    ("브랜드 가치 제고", "❑"),
]


def test_boxes_under_bare_known_headings_bullet_items() -> None:
    """Crossbred card 3401 (txt): sections headed by bare known words, their items bulleted by a box (❑ ...): each
    boxed line opened a section of no name, the overview's contents, the plans and the effects lost (0.952)."""
    from pledgecard.extract.cards import split_sections

    from conftest import make_line

    sections = split_sections([make_line(t, m) for t, m in BARE])
    assert [s.name for s in sections if s.name or s.items] == ["overview", "plans", "effects"]
    [effects] = [s for s in sections if s.name == "effects"]
    assert [it.text for it in effects.items] == [
        "양질의 일자리 창출로 청년인구 유출 방지",
        "브랜드 가치 제고",
    ]


# ------------------------------------------------------------------------------ gapped goal rows under a spaced head

GAPPED = (
    "지표명 단위 2023년 2024년 2025년 2026년 최종목표 달성률(%)\n\n목표 실적 목표 실적 목표 실적 목표 실적\n\n"
    "프로그램 참여자 명 1,195  1,573  634  290  3,692 -\n\n생활SOC 확충 개소 1  2  3  1  7 -\n\n"
    "공정률 % 20  60  80  100  100 -\n"
)


def test_gapped_goal_rows_under_a_head_printed_one_space_apart_are_no_aligned_table() -> None:
    """Crossbred card 3406 (txt): goal rows whose blank actuals the dump printed as nothing between single spaces
    (double spaces), their 달성률 printed (-): read as an aligned table cut from its head, no goal read (0.62)."""
    from pledgecard.extract.document import Paragraph, Source, Table
    from pledgecard.extract.layout import Line
    from pledgecard.extract.readers.text import read
    from pledgecard.extract.sections.goals import extract_goals

    doc = read(GAPPED.encode("utf-8"))
    assert not any(isinstance(b, Table) for b in doc.blocks)
    paras = [b for b in doc.blocks if isinstance(b, Paragraph)]
    lines = [
        Line(text=p.text, marker=None, indent=0, source=Source(line_start=k), printed=p.printed)
        for k, p in enumerate(paras, start=1)
    ]
    got = [(g["project"], g["year"], g["target"], g["actual"]) for g in extract_goals(lines).value["goals"]]
    assert got[:2] == [("프로그램 참여자", 2023, "1,195", None), ("프로그램 참여자", 2024, "1,573", None)]
    assert len(got) == 12
    # the same rows under a title of fewer words than their cells, or with the name two columns from its first
    # figure: a table still
    titled = GAPPED.replace(GAPPED.split("\n\n프로그램")[0], "성과 지표")
    assert any(isinstance(b, Table) for b in read(titled.encode("utf-8")).blocks)
    apart = GAPPED.replace("명 1,195", "명  1,195").replace("개소 1", "개소  1").replace("% 20", "%  20")
    assert any(isinstance(b, Table) for b in read(apart.encode("utf-8")).blocks)
