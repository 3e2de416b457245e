"""Outreach told in bulleted sentences (a count with the words naming its channel)."""

from __future__ import annotations

import re

from pledgecard.extract.colon_remarks import colon_remark
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_log import bare_cell, channel_words, is_channel_cell
from pledgecard.extract.sections.outreach_people import people_only
from pledgecard.extract.sections.outreach_words import category_of, default_unit
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.counts import parse_count
from pledgecard.normalize.text import DASH_CLASS, fold
from pledgecard.record import Outreach, OutreachItem


def _sentence_count(v: Vocabulary) -> re.Pattern[str]:
    """``주민설명회 3회(참석 120명)``: the words before a count since the last comma, the count with
    its counter word, and a note in brackets right after it."""
    units = alternation(v.words("counters"))
    return re.compile(
        rf"(?P<label>[^,，()]*?)\s*(?P<count>\d[\d,]*)\s*(?P<unit>{units})(?:\s?\((?P<note>[^)]*)\))?"
    )


# ``기타 : -``: a channel's label, a colon and a dash (none held); as a piece of a list of counts
# (``…, 기타 -``) its colon may be left out, its label then holding no digit (:func:`_held_none`)
_NONE_HELD = re.compile(rf"^(?P<label>[^,，():：]+?)\s*(?P<colon>[:：])?\s*{DASH_CLASS}$")
_BRACKETED = re.compile(r"[(（]([^)）]*)[)）]")
_LABEL_EDGES = " :："
_LIST_SEPARATORS = "/／ "
_LEADER = re.compile(r"\s*[·•․‥…．.]{3,}\s*")  # dots led from a label to its figure


def from_sentences(lines: list[Line], heading: str | None = None) -> Outreach | None:
    """Outreach told in bulleted sentences (``◦ 주민설명회 3회(참석 120명), 전문가 자문 2회 개최`` /
    ``◦ 언론보도 15회 등 총 20회``): each count with the words before it, a channel when they name
    one, the total when they end in a total word (vocabulary ``[outreach_sentences]``). Only lines
    that all carry a bullet are read so; none when a count's words name no channel. A bullet
    ``기타 : -`` is a channel held none times; a total printed in brackets in the section's heading
    (``시민소통 실적 (총 17회)``) is the total where the items' counts sum to it, and so is a total in the
    brackets after the last count (``…, 언론보도 5회 (총 9회)``), not that count's note. One line with no bullet
    in a table's cell is read so too when it names a channel for two counts or more (a card laid out as one
    table prints the outreach as a sentence in the cell beside its label: samples/handmade/doc-nuri-city-1-7;
    a line of running text with no bullet is none); pieces of a list
    parted by slashes (``주민설명회 2회 / 언론보도 5회``) leave their slash out of the labels."""
    if not lines or (any(ln.marker is None for ln in lines) and (len(lines) > 1 or not _in_cell(lines[0]))):
        return None
    return _from_texts([ln.text for ln in lines], lines[0].marker is None, heading)


def wrapped_ends_joined(lines: list[Line]) -> list[Line]:
    """``lines`` with a sentence's wrapped end put back on it: a line with no bullet and no figure, of three words
    at most (``개최``), right after a bulleted line holding a count (a dump wraps a long sentence of counts
    where its page ends; the end alone is no sentence)."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.marker is not None
            and ln.marker is None
            and re.search(r"\d", prev.text)
            and not re.search(r"\d", ln.text)
            and 0 < len(ln.text.split()) <= 3
        ):
            out[-1] = Line(
                text=f"{prev.text} {ln.text.strip()}",
                marker=prev.marker,
                indent=prev.indent,
                source=prev.source,
            )
            continue
        out.append(ln)
    return out


def _listed_before(gap: str, label: str) -> str | None:
    """The channels a list names before the words of a count, parted from them by a list's comma (``간담회,`` of
    ``간담회, 공청회 등 0회``; the count's label regex stops at a comma, the list's first channel was lost:
    session 43, wrongtext sweep): the gap since the count before, no figure, ending in the comma, a bare list of
    channel names (each comma-parted item a channel's name alone: no verb noun or adverb after it, ``주민간담회 수시
    개최,``; no colon heading, ``홍보 채널: 언론,``), every item and ``label`` of one category; None otherwise
    (``, `` between two counts; a clause naming a channel before another channel's count: session 43, mendwt)."""
    words = fold(gap).strip(" ,，").lstrip(_LIST_SEPARATORS)
    if not words or not fold(gap).rstrip().endswith((",", "，")) or re.search(r"[\d:：]", words):
        return None
    listed = [w.strip() for w in words.replace("，", ",").split(",")]
    if not all(_channel_name(w) for w in listed):
        return None
    cats = {category_of(w) for w in listed} | {category_of(label)}
    return f"{', '.join(listed)}," if len(cats) == 1 and None not in cats else None


def _channel_name(item: str) -> bool:
    """Whether a list's item is a channel's name alone: a channel's whole word (``민간전문가 자문``, ``언론``), or
    one word naming a channel (``주민간담회``); a word after it (개최, 수시, 추진) makes it a clause."""
    return bool(item) and (
        bare_cell(item) in channel_words() or (len(item.split()) == 1 and is_channel_cell(item, category_of))
    )


def from_heading(heading: str) -> Outreach | None:
    """Outreach told on its heading's line, after the heading's colon, nothing under it (``시민소통 실적: 설명회
    2회, 전문가 자문 1회, 언론보도 4회(총 8회)``): the remark read as one sentence of counts, two channels or more."""
    told = colon_remark(heading)
    return _from_texts([told[1]], True, None) if told is not None else None


def _from_texts(texts: list[str], unbulleted: bool, heading: str | None) -> Outreach | None:
    totals = set(current().words("outreach_sentences", "total"))
    items: list[OutreachItem] = []
    total = unit = None
    for raw in texts:
        text = _plain_counts(raw)
        if (
            (z := _NONE_HELD.match(text.strip())) is not None
            and z.group("colon")
            and category_of(fold(z.group("label"))) is not None
        ):
            label = fold(z.group("label"))
            items.append({"label": label, "category": category_of(label), "count": 0, "note": None})
            continue
        last = 0  # where the count before ends
        for m in current().build(_sentence_count).finditer(text):
            gap, last = text[last : m.start()], m.end()
            if (people := people_only(text, m)) is not None:
                items.append(people)  # 경로당 간담회(120명): held, how many times not printed
                continue
            label = fold(m.group("label")).rstrip(_LABEL_EDGES).lstrip(_LIST_SEPARATORS)
            label = (
                re.split(r"[:：]", label)[-1].strip() or label
            )  # 언론홍보 : 언론보도 5회: a group's title, then the channel
            if label and (listed := _listed_before(gap, label)):  # (간담회, 공청회 등 0회: counted together)
                label = f"{listed} {label}"
            if (
                not label
                and text[: m.start("count")].rstrip()[-1:] in "(（"
                and m.group("unit") not in current().words("outreach_sentences", "held_counters")
            ):
                continue  # (120명) after words naming no channel: people counted, no count of times held
            if not label:
                return None
            count, _ = parse_count(m.group("count"))
            if label.split()[-1] in totals:
                total, unit = count, m.group("unit")
                continue
            cat = category_of(label)
            if cat is None:
                return None
            note = fold(m.group("note")) if m.group("note") else None
            items.append({"label": label, "category": cat, "count": count, "note": note})
            unit = unit or m.group("unit")
        items += _held_none(text)
    if not items or (unbulleted and len(items) < 2):
        return None
    if total is None:
        total = _note_total(items, totals)
    if total is None and heading:
        total = _heading_total(heading, sum(x["count"] or 0 for x in items), totals)
    return {"unit": unit or default_unit(), "total": total, "items": items}


def _bare_count(v: Vocabulary) -> re.Pattern[str]:
    """A count alone in brackets right after its channel's words (``주민설명회(3회)``), counted in a counter of
    times held (vocabulary ``[outreach_sentences] held_counters``: ``간담회(120명)`` counts people, no meetings)."""
    return re.compile(
        rf"(?<=[^\s(（])[(（]\s*(\d[\d,]*\s*(?:{alternation(v.words('outreach_sentences', 'held_counters'))}))\s*[)）]"
    )


def _count_before(v: Vocabulary) -> re.Pattern[str]:
    """A count with its counter ending the text before a bracket (``주민설명회 2회``(120명))."""
    return re.compile(rf"\d[\d,]*\s*(?:{alternation(v.words('counters'))})\s*$")


def _plain_counts(text: str) -> str:
    """A sentence of counts with its counts set as running text prints them: a count alone in brackets after
    its channel (``주민설명회(3회), 전문가 자문(2회)``) as ``주민설명회 3회``, and a leader of dots between a
    channel and its count (``만족도 조사 ········ 1회``, a list set like a table of contents) as a space. A bracket
    after a count (``2회(120명)``, ``6회(3회)``, ``2회(5개소)``) is that count's note, left as printed."""
    before = current().build(_count_before)

    def plain(m: re.Match[str]) -> str:
        return m.group(0) if before.search(text, 0, m.start()) else f" {m.group(1)}"

    return _LEADER.sub(" ", current().build(_bare_count).sub(plain, text))


def _in_cell(line: Line) -> bool:
    """Whether the line was printed in a table's cell (a document's cell address, a dump's cell line)."""
    return line.source.cell is not None or line.source.table_cell


def _note_total(items: list[OutreachItem], totals: set[str]) -> int | None:
    """The total printed in the brackets after the last count (``언론보도 5회 (총 9회)``), read as that count's
    note: a total word and a count equal to the items' sum; the note is then no note."""
    note = items[-1]["note"]
    m = current().build(_sentence_count).fullmatch(note.strip()) if note else None
    if m is None or not fold(m.group("label")) or fold(m.group("label")).split()[-1] not in totals:
        return None
    count, _ = parse_count(m.group("count"))
    if count != sum(x["count"] or 0 for x in items):
        return None
    items[-1]["note"] = None
    return count


def _held_none(text: str) -> list[OutreachItem]:
    """The channels a list of counts tells as held none times (``간담회 4회, …, 기타 -``): its comma pieces
    that are a channel's words and a dash."""
    pieces = [p.strip() for p in _BRACKETED.sub("", text).split(",")]
    out: list[OutreachItem] = []
    for piece in pieces if len(pieces) > 1 else []:
        z = _NONE_HELD.match(piece)
        label = fold(z.group("label")) if z is not None and not re.search(r"\d", z.group("label")) else ""
        if label and category_of(label) is not None:
            out.append({"label": label, "category": category_of(label), "count": 0, "note": None})
    return out


def _heading_total(heading: str, summed: int, totals: set[str]) -> int | None:
    """The count in brackets in the section's heading after a total word, or in the remark after the heading's
    colon (``시민소통 실적 : 총 11회``), where it is the items' sum."""
    remarks = [b.group(1) for b in _BRACKETED.finditer(heading)]
    if (told := colon_remark(heading)) is not None:
        remarks.append(told[1])
    for remark in remarks:
        for m in current().build(_sentence_count).finditer(remark):
            label = fold(m.group("label"))
            if label and label.split()[-1] in totals and parse_count(m.group("count"))[0] == summed:
                return summed
    return None


def heading_total(heading: str, items: list[OutreachItem]) -> int | None:
    """The total the section's heading states (:func:`_heading_total`) for ``items`` read under it some other
    way (a list of ``label N회`` lines, lettered ``가.`` ``나.``: extract/sections/outreach.py), where it is their sum."""
    return _heading_total(
        heading, sum(x["count"] or 0 for x in items), set(current().words("outreach_sentences", "total"))
    )


def from_prose(lines: list[Line]) -> Outreach | None:
    """Outreach told in running text, no bullet, wrapped over lines (``올해 시민소통은 모두 9회로, 구간별 주민설명회를
    3회 열고 … 지역 언론 보도가 3회 있었다.``: session 38's doc-ujin-city-2-12): its lines read as one sentence of
    counts, each count's channel named by the words since the last comma, only where the text prints a total and the
    channels' counts sum to it (a paragraph's other figures, a count naming no channel: none read) and no word of
    what is still to come (vocabulary ``[outreach_sentences] planned``) is printed."""
    if not lines or any(ln.marker is not None for ln in lines):
        return None
    text = " ".join(ln.text for ln in lines)
    if any(w in text for w in current().words("outreach_sentences", "planned")):
        return None  # a count still to come (a plan, next year's) may be summed in: no count proven held
    got = _from_texts([text], True, None)
    if got is None or got["total"] is None or sum(x["count"] or 0 for x in got["items"]) != got["total"]:
        return None
    return got
