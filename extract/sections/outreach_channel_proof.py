"""Counts of things done are no outreach counts unless each label IS a channel (session 43, task wrongtext; review
famgen7's class left by session 42's mend: a works log inside a NAMED outreach section).

A section named outreach may print a log of works or cases counted in a counter of things done (``건``: ``보도 정비
2건``, sidewalk works; ``중앙로 보도블록 교체 2건``) whose cells hold a channel's word inside another noun (보도). The
channel readers name a label a channel where a channel's word stands anywhere in it, so the works read as media
counts, no finding. A count of times held (``회``, ``[outreach_sentences] event_counters``) is the outreach's own
counter; a count of things done is a channel's only where every label is a channel's cell as a whole
(:func:`outreach_log.is_channel_cell`: its words a channel's whole word, or its last word naming one, an open list's
closing word aside: ``간담회, 공청회 등``). Where half the counted labels or more are not, which counts are the
channels' is not proven: every count and the total are null, with ``extract.channel_unproven`` at each such item
(never a guessed channel); a few labels a layout dump broke (``민간전문가 자`` / ``문``, sinbi-county 37005 -layout)
among channels' cells leave the table as read. A channel's name with a verb noun of doing it after it (``보도자료 배포``,
``주민간담회 개최``, ``SNS 게시``: vocabulary ``[outreach_doing]``) is a channel's cell (session 43, mendwt), only where
its object closes on a channel's word or is a thing promotion is done through (``보도블록 제작`` is none: session 44). Counted in times held (회), the counts are nulled only where no label is a channel's cell AND one is positively a
works' (closing on a works verb noun, ``[outreach_doing] works``: ``보도 정비``); ordinary channel labels the cell
rule misses (``언론 인터뷰``, ``홍보영상 제작``) keep their counts (session 44, mendl5)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import outreach_item_findings
from pledgecard.extract.sections.outreach_log import bare_cell, channel_words, is_channel_cell
from pledgecard.extract.sections.outreach_words import category_of
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold
from pledgecard.record import Outreach


def _channel_label(label: str) -> bool:
    """Whether ``label`` is a channel's cell as a whole, an open list's closing word after it aside (``… 등``, or
    glued to the last word by a cell's line break: ``간담회, 공청 회등``, the label ending in a channel's word once
    its spaces and that word are taken out)."""
    words = fold(label).split()
    closing = current().words("claims", "open_list_words")
    while len(words) > 1 and words[-1] in closing:
        words.pop()
    squeezed = bare_cell(" ".join(words))
    for w in sorted(closing, key=len, reverse=True):
        if squeezed.endswith(w) and len(squeezed) > len(w):
            squeezed = squeezed[: -len(w)]
            break
    return (
        is_channel_cell(" ".join(words), category_of)
        or any(squeezed.endswith(w) for w in channel_words())
        or _channel_done(words)
    )


def _channel_done(words: list[str]) -> bool:
    """Whether a label's words are a channel's name, then a verb noun of doing it (vocabulary ``[outreach_doing]``:
    ``보도자료 배포``, ``주민설명회 개최``, ``SNS 게시``; session 43, mendwt: such everyday labels were nulled as a
    works log). A works log's verb noun after a channel's word (``보도 정비``) is none."""
    v = current()
    if len(words) < 2 or words[-1] not in v.words("outreach_doing", "verbs"):
        return False
    head = " ".join(words[:-1])
    return _ends_on_channel(head) or head in v.words("outreach_doing", "things")


def _ends_on_channel(head: str) -> bool:
    """Whether a verb noun's object closes on a channel's word (``주민설명회``, ``민간전문가 자문``): a noun whose
    channel's word only opens it (``보도블록``: sidewalk blocks, its head 블록) is no channel's, whatever is done with
    it (session 44, leftovers5: ``보도블록 제작`` read as a media channel)."""
    squeezed = bare_cell(head)
    return any(squeezed.endswith(w) for w in channel_words())


def _works_label(label: str) -> bool:
    """Whether ``label`` closes on a works log's verb noun (``보도 정비``, ``보도블록 교체``: ``[outreach_doing] works``),
    an open list's closing word aside."""
    words = fold(label).split()
    closing = current().words("claims", "open_list_words")
    while len(words) > 1 and words[-1] in closing:
        words.pop()
    works = current().words("outreach_doing", "works")
    return bool(words) and any(bare_cell(words[-1]).endswith(w) for w in works)


def unproven_items(outreach: Outreach | None) -> list[int]:
    """The items of ``outreach`` counted in a counter of things done (not of times held) whose label is no channel's
    cell; in a counter of times held, every item where none is a channel's cell."""
    if not outreach:
        return []
    counted = [k for k, it in enumerate(outreach["items"]) if it.get("count") is not None]
    bad = [k for k in counted if not _channel_label(outreach["items"][k].get("label") or "")]
    if outreach.get("unit") in current().words("outreach_sentences", "event_counters"):
        # counted in times held, the outreach's own counter: no table of channels only where no label is a channel's
        # cell (``보도 정비 2회`` / ``보도 신설 1회``: works; session 44, leftovers5)
        # and a label positively a works' (closing on a works verb noun, ``[outreach_doing] works``): ordinary channel
        # labels the cell rule misses (언론 인터뷰, 홍보영상 제작 3회) keep their counts (session 44, mendl5)
        works = any(_works_label(outreach["items"][k].get("label") or "") for k in counted)
        return bad if works and bad and len(bad) == len(counted) else []
    # a table of channels whose few labels a layout dump broke (민간전문가 자 / 문) proves its channels by the rest:
    # only where half its counted labels or more are no channel's cell is it no table of channels
    return bad if 2 * len(bad) >= len(counted) else []


def without_unproven(outreach: Outreach | None, source: Any) -> tuple[Outreach | None, list[dict[str, Any]]]:
    """``outreach`` with every count and its total null where an item counted in things done is no channel's cell
    (:func:`unproven_items`), and the findings; as it is otherwise."""
    bad = unproven_items(outreach)
    if not bad or outreach is None:
        return outreach, []
    findings = outreach_item_findings(
        "extract.channel_unproven",
        "an outreach item's label is no channel's cell as a whole (a channel's word inside another noun: works "
        "or cases, not outreach), counted in a counter of things done, or in times held where no label is a "
        "channel's: which counts are the channels' is not proven, every count and the total are left null",
        outreach["items"],
        bad,
        ("label", "count"),
        source,
    )
    items = [{**it, "count": None} for it in outreach["items"]]
    return {**outreach, "total": None, "items": items}, findings
