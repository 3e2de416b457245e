"""Channel labels split out of one printed run of head words: a split the print does not prove is no label (session
44, leftovers5; maeul-county 43013 / 43017 txt: ``계 마을순회 설명회 군민 설문조사 자문단 회의 SNS 홍보 기타`` read as
``마을순회 설명회 군민`` | ``설문조사`` | ``자문단 회의 SNS`` | ``홍보``, no finding).

The channel readers cut a run of head words printed one space apart at each channel keyword's word. A word a
keyword does not touch after a label's last keyword (``군민`` after ``설명회``) stands between two keywords: it closes
that label or opens the next (``군민 설문조사``), and one space apart, no column position and no count tells which
(the counts are one a label either way). Where such a word stands right before the next label's keyword word on one
printed line, both labels are null, each with ``extract.channel_label_unsplit`` (the printed run kept); their
categories and counts stay (each label holds its keyword, the counts are one a label in order). A keyword matching
over two words (``만족도 조사``) leaves no word untouched; an open list's closing word (``간담회, 공청회 등``) is its
label's; labels printed on lines of their own, or apart by a column's gap (two spaces or more), are proven."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.findings import outreach_item_findings
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_words import category_patterns, is_total_label
from pledgecard.extract.vocabulary import current
from pledgecard.record import Outreach


def _touched(label: str) -> list[bool]:
    """For each word of ``label``: whether a channel keyword's match touches it."""
    spans = [m.span() for _, pat in category_patterns() for m in pat.finditer(label)]
    out = []
    for m in re.finditer(r"\S+", label):
        out.append(any(s < m.end() and e > m.start() for s, e in spans))
    return out


def loose_tail(label: str) -> bool:
    """Whether ``label`` closes on words no keyword touches after its last keyword's word (``마을순회 설명회 군민``),
    an open list's closing word (``등``), a bracketed note and a verb noun of doing the channel (``개최``, ``배포``:
    ``[outreach_doing] verbs``, closing the label before it) aside."""
    words = re.sub(r"[(（][^)）]*[)）]", " ", label).split()
    closing = set(current().words("claims", "open_list_words"))
    while words and words[-1] in closing:
        words.pop()
    if len(words) > 1 and words[-1] in current().words("outreach_doing", "verbs"):
        words.pop()  # a verb noun of doing the channel closes its label (주민설명회 개최: session 44, mendl5)
    touched = _touched(" ".join(words))
    if not any(touched):
        return False
    last = max(i for i, t in enumerate(touched) if t)
    return last < len(words) - 1


def opens_on_keyword(label: str) -> bool:
    """Whether a keyword touches the first word of ``label``."""
    touched = _touched(label)
    return bool(touched) and touched[0]


def _other_alone(label: str) -> bool:
    """Whether ``label`` is the other channels' word alone (``기타``: ``[outreach_channels] other``): a label of its
    own, whatever word stands before it."""
    return label.strip() in current().words("outreach_channels", "other")


def _one_run(a: str, b: str, lines: list[Line]) -> bool:
    """Whether labels ``a`` then ``b`` stand one space apart on one printed line."""
    words = [*a.split(), *b.split()]
    pat = re.compile(r"(?<!\S)" + " ".join(map(re.escape, words)) + r"(?!\S)")
    return any(pat.search(ln.printed if ln.printed is not None else ln.full_text) for ln in lines)


def unsplit_items(outreach: Outreach | None, lines: list[Line]) -> list[int]:
    """The items of ``outreach`` whose labels a printed run of head words splits more than one way."""
    if not outreach:
        return []
    items = outreach["items"]
    bad: set[int] = set()
    for k in range(len(items) - 1):
        a, b = items[k].get("label"), items[k + 1].get("label")
        if not a or not b or is_total_label(a) or is_total_label(b):
            continue
        if loose_tail(a) and opens_on_keyword(b) and _one_run(a, b, lines):
            bad |= {k} if _other_alone(b) else {k, k + 1}
    return sorted(bad)


def without_unsplit(
    outreach: Outreach | None, lines: list[Line], source: Any
) -> tuple[Outreach | None, list[dict[str, Any]]]:
    """``outreach`` with the labels :func:`unsplit_items` finds null, and their findings; as it is otherwise."""
    bad = unsplit_items(outreach, lines)
    if not bad or outreach is None:
        return outreach, []
    findings = outreach_item_findings(
        "extract.channel_label_unsplit",
        "an outreach channel's label is cut out of a run of head words printed one space apart, a word no "
        "channel keyword touches standing between its keyword and the next label's: the word may close this "
        "label or open the next, the print does not tell which, so the label is null (its category and count "
        "stay)",
        outreach["items"],
        bad,
        ("label", "category"),
        source,
    )
    items = [{**it, "label": None} if k in bad else it for k, it in enumerate(outreach["items"])]
    return {**outreach, "items": items}, findings  # type: ignore[typeddict-item]
