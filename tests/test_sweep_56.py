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
CENTRED = [("제6장 향후 계획", (250.0, 100.0, 345.0, 112.0)),
           ("• 캠핑장 운영 활성화 방안 마련 : '26년 상반기", (51.0, 130.0, 230.0, 142.0)),
           ("• 관광 성과평가 및 개선방안 마련 : 2026. 11월 중", (51.0, 150.0, 235.0, 162.0)),
           ("제7장 기대 효과", (250.0, 190.0, 345.0, 202.0)),
           ("• 관광객 정주여건 개선 및 지역 정착 유도", (51.0, 220.0, 220.0, 232.0))]


def test_centred_headings_between_short_lines_are_no_column() -> None:
    texts, boxes = zip(*CENTRED, strict=True)
    assert split_columns(list(texts), list(boxes)) is None


def test_two_columns_side_by_side_still_split() -> None:
    beside = [(t, (x0 + (300.0 if t.startswith("제") else 0.0), top + (30.0 if t.startswith("제") else 0.0), x1 +
                   (300.0 if t.startswith("제") else 0.0), bottom + (30.0 if t.startswith("제") else 0.0)))
              for t, (x0, top, x1, bottom) in CENTRED]
    texts, boxes = zip(*beside, strict=True)
    split = split_columns(list(texts), list(boxes))
    assert split is not None and split[1] == ["제6장 향후 계획", "제7장 기대 효과"]
