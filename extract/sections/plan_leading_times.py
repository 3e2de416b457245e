"""A plan's time opening its line when the time is printed without a year (``☐ 하반기 중 캠핑장 실시설계 및 착공``
among ``☐ '27년 10월 체험객 대상 만족도 조사 실시``): a dated checklist of plans, some of its times vague.

Class fixed (mutant 3413, PDF / HWPX / HWP): plans each opening with its time, one dated and two vague
(``하반기 중``): the checklist unrecognised (every line had to open with a date), each plan's text kept its time
and the dated one's date was lost (dates 0.909, text 0.5). A vague time is read as the record keeps one (its raw
text, no date guessed). A vague word of the vocabulary (``상시``, ``수시``, ``매년``: ``[date_words] vague``) opening
a plan is its time only where it stands apart from the plan's words (a separator after it: ``상시 : 점검``,
``수시, 민원 대응``); ``상시 고용 인원 50명 확대``, ``매년 10월 축제 개최`` keep it as their own word (review A,
finding 5: the word had been cut off the plan's text)."""

from __future__ import annotations

from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.sections.item_tables import leading_date
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.dates import is_vague_date

_WORDS = 3  # a vague time prints in three words at most (상반기 중 예정)
_APART = ",，·)）]" + "".join(LABEL_SEPARATORS)  # what closes a time set off from the words after it


def _vague_words(vocab: Vocabulary) -> frozenset[str]:
    """The vocabulary's words for a time naming no date (``[date_words] vague``), built once."""
    return frozenset(vocab.words("date_words", "vague"))


def _time_apart(toks: list[str], k: int) -> bool:
    """Whether the vague time ``toks[:k]`` is a plan's time: a period printed without its year (``하반기 중``)
    always; a vague word of the vocabulary (``상시``) only set off by a separator closing it or standing next."""
    words = [t.strip(_APART) for t in toks[:k]]
    if not any(w in current().build(_vague_words) for w in words):
        return True
    return toks[k - 1][-1] in _APART or toks[k] in _APART


def _opens_vague(text: str) -> bool:
    """A line opening with a vague time, set apart or not (``매년 10월 축제 개최``): one of a checklist's lines,
    its time kept in its text (:func:`_time_apart`)."""
    toks = text.split()
    return any(is_vague_date(" ".join(toks[:k])) for k in range(min(_WORDS, len(toks) - 1), 0, -1))


def leading_time(text: str) -> tuple[str, str]:
    """``"'27년 10월 조사 실시"`` -> ``("'27년 10월", '조사 실시')``, ``'하반기 중 착공'`` -> ``('하반기 중', '착공')``: the
    date (:func:`~pledgecard.extract.sections.item_tables.leading_date`) or else the longest run of words wholly a
    vague time that opens the line, and the rest; ``''`` when none (or nothing after it)."""
    head, rest = leading_date(text)
    if head:
        return head, rest
    toks = text.split()
    for k in range(min(_WORDS, len(toks) - 1), 0, -1):
        if is_vague_date(" ".join(toks[:k])) and _time_apart(toks, k):
            return " ".join(toks[:k]).rstrip(_APART), " ".join(toks[k:]).lstrip(_APART + " ")
    return "", text


def times_first(texts: list[str], dated: int) -> bool:
    """Whether every text opens with a time (:func:`leading_time`) and ``dated`` of them or more with a date."""
    return (
        bool(texts)
        and all(leading_time(t)[0] or _opens_vague(t) for t in texts)
        and sum(1 for t in texts if leading_date(t)[0]) >= dated
    )
