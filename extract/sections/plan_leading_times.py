"""A plan's time opening its line when the time is printed without a year (``☐ 하반기 중 캠핑장 실시설계 및 착공``
among ``☐ '27년 10월 체험객 대상 만족도 조사 실시``): a dated checklist of plans, some of its times vague.

Class fixed (mutant 3413, PDF / HWPX / HWP): plans each opening with its time, one dated and two vague
(``하반기 중``): the checklist unrecognised (every line had to open with a date), each plan's text kept its time
and the dated one's date was lost (dates 0.909, text 0.5). A vague time is read as the record keeps one (its raw
text, no date guessed)."""

from __future__ import annotations

from pledgecard.extract.sections.item_tables import leading_date
from pledgecard.normalize.dates import is_vague_date

_WORDS = 3  # a vague time prints in three words at most (상반기 중 예정)


def leading_time(text: str) -> tuple[str, str]:
    """``"'27년 10월 조사 실시"`` -> ``("'27년 10월", '조사 실시')``, ``'하반기 중 착공'`` -> ``('하반기 중', '착공')``: the
    date (:func:`~pledgecard.extract.sections.item_tables.leading_date`) or else the longest run of words wholly a
    vague time that opens the line, and the rest; ``''`` when none (or nothing after it)."""
    head, rest = leading_date(text)
    if head:
        return head, rest
    toks = text.split()
    for k in range(min(_WORDS, len(toks) - 1), 0, -1):
        if is_vague_date(" ".join(toks[:k])):
            return " ".join(toks[:k]), " ".join(toks[k:])
    return "", text


def times_first(texts: list[str], dated: int) -> bool:
    """Whether every text opens with a time (:func:`leading_time`) and ``dated`` of them or more with a date."""
    return bool(texts) and all(leading_time(t)[0] for t in texts) \
        and sum(1 for t in texts if leading_date(t)[0]) >= dated
