"""Small pieces shared by the section extractors: colon splitting, trailing dates, inline notes."""

from __future__ import annotations

import re

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import CAPTION_MARKERS, is_note, marker_level
from pledgecard.extract.picture_tags import tagged_caption
from pledgecard.normalize.dates import is_date, is_vague_date, looks_like_date, parse_date
from pledgecard.normalize.dates_unseparated import trailing_unseparated
from pledgecard.normalize.text import fold
from pledgecard.record import DateObject

_COLON = re.compile(r"\s*[:：]\s*")
_CAPTION = re.compile(r"[<〈＜]\s*[^<>〈〉＜＞:：\d]{1,20}?\s*[>〉＞]")


def is_caption(text: str) -> bool:
    """A short name in angle brackets standing alone (``<사업 위치도>``), or after a mark pointing
    up at the picture (``▲ 사업 조감도``; ``▲ 전경 ▲ 설명회``: photos side by side): a picture's caption."""
    t = text.strip()
    if t[:1] in CAPTION_MARKERS:  # one caption, or the captions of photos side by side on one line
        parts = re.split(f"[{CAPTION_MARKERS}]", t)[1:]
        return all(_CAPTION.fullmatch(f"<{p.strip()}>") is not None for p in parts)
    return bool(_CAPTION.fullmatch(t)) or tagged_caption(
        t
    )  # 〈사진〉 늘봄 교실 모습: a tag, then what it shows


def picture_table(table: Table) -> bool:
    """A table of photo boxes: every cell that prints text prints one caption (``▲ 사업 대상지 전경``;
    the photo above it prints none). Not a table of facts."""
    texts = [" ".join(c.text.split()) for c in table.cells if c.text.strip()]
    return bool(texts) and all(is_caption(t) for t in texts)


_BRACKETED_TAIL = re.compile(r"\s*[\[〔［](?P<date>[^\[\]〔〕［］]+)[\]〕］]\s*$")
_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}(?:\s*[~-]\s*\d{1,2}:\d{2})?\s*$")
_INLINE_NOTE = re.compile(r"\s+(?P<marker>[*※＊])\s+")


def colon_positions(text: str) -> list[tuple[int, int]]:
    """Spans of ``:`` separators that stand outside parentheses."""
    depth = 0
    out: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        if ch in "([{（【":
            depth += 1
        elif ch in ")]}）】":
            depth = max(0, depth - 1)
        elif ch in ":：" and depth == 0:
            m = _COLON.match(text, max(0, i - 0))
            j = i
            while j > 0 and text[j - 1].isspace():
                j -= 1
            end = m.end() if m else i + 1
            out.append((j, end))
    return out


def split_trailing_date(text: str) -> tuple[str, DateObject | None, list[tuple[str, str]]]:
    """``'협약식 : ’23. 3.'`` -> ``('협약식', <date>, [])``.

    The date is what follows the last colon outside parentheses, when it is a date. An inline
    note after the date (``: '24. 11. * 참여기업 16개``) is returned as ``[(marker, text)]``.
    A leading ``date : text`` form is accepted as well.
    """
    notes: list[tuple[str, str]] = []
    colons = colon_positions(text)
    for k, (start, end) in enumerate(reversed(colons)):
        tail = text[end:]
        m = _INLINE_NOTE.search(tail)
        date_part, note_part = (tail[: m.start()], tail[m.end() :]) if m else (tail, "")
        date_part = _CLOCK.sub("", date_part)  # '24. 5. 3. 14:00 -> the day; the hour is not kept
        # after the last colon, a date that cannot be read ('24. 19.) is kept as a null date object
        # a time naming no date (연중, 수시, 하반기 중) is the date's place too: an unreadable date object
        if date_part.strip() and (
            is_date(date_part.strip())
            or (k == 0 and (looks_like_date(date_part) or is_vague_date(date_part)))
        ):
            if m:
                notes.append((m.group("marker").replace("＊", "*"), fold(note_part)))
            return fold(text[:start]), parse_date(date_part.strip()), notes
    if (bracketed := bracketed_trailing_date(text)) is not None:
        return bracketed[0], bracketed[1], notes
    if colons:
        first_start, first_end = colons[0]
        head = text[:first_start].strip()
        if head and is_date(head) and text[first_end:].strip():
            return fold(text[first_end:]), parse_date(head), notes
    if (day := trailing_unseparated(text)) is not None:  # ``20260319``, ``2026 03 19`` (a scan's points lost)
        return fold(day[0]), day[1], notes
    return fold(text), None, notes


def bracketed_trailing_date(text: str) -> tuple[str, DateObject] | None:
    """``'연장돌봄 시범 운영 [2024. 2학기]'`` -> ``('연장돌봄 시범 운영', <date>)``: a date in square brackets of its
    own closing the line, after a space, is the item's date as a trailing ``: date`` is (class fixed: items
    numbered ``1)`` / ``(1)`` dated at the line's end in brackets kept the date in their text). A date in
    parentheses stays text (the schema's rule), and a bracket holding more than one date expression is no date.
    A bracket of whole years (``늘봄 중장기 발전계획 수립 [’25~’30]``, ``… 목표 [2030]``: a plan's period or a
    target year, not when the item was done) stays text, no date (review d, session 37: m_plan)."""
    m = _BRACKETED_TAIL.search(text)
    if m is None or m.start() == 0 or not text[m.start()].isspace():
        return None
    inner = m.group("date").strip()
    if not is_date(inner):
        return None
    date = parse_date(inner)
    if date.get("precision") == "year":  # a plan's years or a target year (``[’25~’30]``, ``[2030]``): text
        return None
    head = fold(text[: m.start()])
    return (head, date) if head else None


def label_value(text: str) -> tuple[str, str] | None:
    """``'사업기간 : 2022. 5월 ~ 2027. 2월'`` -> ``('사업기간', '2022. 5월 ~ 2027. 2월')``."""
    colons = colon_positions(text)
    if not colons:
        return None
    start, end = colons[0]
    label = text[:start].strip()
    if not label or len(label) > 20:
        return None
    return label, text[end:].strip()


def split_notes(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Lines of a flattened table, and the bullet or note lines (``※ 2025년 이후 예산은 변동``)
    printed under it, which the table readers must hand back rather than swallow."""
    table: list[Line] = []
    notes: list[Line] = []
    for ln in lines:
        (
            notes
            if ln.marker is not None and ln.text and (is_note(ln.marker) or marker_level(ln.marker) == 1)
            else table
        ).append(ln)
    return table, notes
