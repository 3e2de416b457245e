"""A bulleted item wrapped with a hanging indent whose next line opens with a header label's words (mulbit-city
seed 62091: ``가. ... 아카데미 운영(수료생 78명),`` / ``    사업 대상지 주변 주민과 ... 관계기관`` / ``    사전 협의 완료 :
'19. 7.~'19. 8.``): the comma closing the item's line says its list goes on, and the line hangs right of the
marker, so it is the item's rest, not a header label line. Without the comma, flush with the marker, or a
section heading, the line stays apart."""

from __future__ import annotations

from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.textjoin import join_broken_lines

ITEM = "물빛정보문화진흥원 공동 수요응답형 교통 아카데미 운영(수료생 78명),"
REST = "사업 대상지 주변 주민과 이해관계자 의견을 반영한 보완계획 마련 및 관계기관"
LAST = "사전 협의 완료 : '19. 7.~'19. 8."


def _joined(item: str, rest: str, indent: int = 2) -> list[str]:
    paras = [
        Paragraph(text=item, marker="가.", indent=0, source=Source(line_start=1, line_end=1)),
        Paragraph(text=rest, indent=indent, source=Source(line_start=2, line_end=2)),
        Paragraph(text=LAST, indent=indent, source=Source(line_start=3, line_end=3)),
    ]
    return [p.text for p in join_broken_lines(paras)]


def test_a_line_hung_after_a_comma_goes_on_with_the_item() -> None:
    assert _joined(ITEM, REST) == [f"{ITEM} {REST} {LAST}"]


def test_without_the_comma_or_the_hang_or_under_a_heading_it_stays_apart() -> None:
    assert _joined(ITEM.rstrip(","), REST)[:2] == [ITEM.rstrip(","), REST]
    assert _joined(ITEM, REST, indent=0)[:2] == [ITEM, REST]
    assert _joined(ITEM, "추진실적", indent=2)[:2] == [ITEM, "추진실적"]
