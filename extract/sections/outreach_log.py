"""Outreach printed as a dated log: an event a row, each channel closed by a subtotal row.

``구분 | 일자 | 주요내용 | 참석인원(명)``: the channel in the first column (a cell spanning its events
and its subtotal row), then a row per event (a day, what was done, how many came), then the
channel's subtotal row (``소계 | 3회 | 225``) and a grand-total row last (``합계 | 6회 | 480``). The
counts are the subtotal rows' figures that carry a count unit (``3회``); the bare figures beside
them count people, not events, and are not the channel's count. The subtotals must add up to the
printed total: if they do not, the channels are kept without counts (none guessed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pledgecard.extract.layout import Line
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.counts import parse_count
from pledgecard.normalize.dates import is_date, parse_date
from pledgecard.normalize.text import fold, is_dash
from pledgecard.record import Outreach, OutreachItem


def _words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The subtotal words and the grand-total words (``[totals]``), squeezed."""
    sub = frozenset(w.replace(" ", "") for w in v.words("totals", "sub"))
    return sub, frozenset(w.replace(" ", "") for w in v.words("totals")) - sub


def _counted(cells: list[str]) -> list[tuple[int, str]]:
    """The cells of a row that are one count with its unit (``3회``; bare figures are no counts)."""
    out = []
    for c in cells:
        value, unit = parse_count(c)
        if value is not None and unit is not None and unit in current().words("counters"):
            out.append((value, unit))
    return out


def _squeezed(text: str) -> str:
    return "".join(fold(text).split())


def channel_words() -> frozenset[str]:
    """Every channel's word (``[outreach_channels]``), squeezed."""
    return frozenset(w.replace(" ", "") for ws in current().table("outreach_channels").values() for w in ws)


def bare_cell(text: str) -> str:
    """A cell's words squeezed, its punctuation off (``언론, 방송`` -> ``언론방송``)."""
    return re.sub(r"[\W_]", "", _squeezed(text))


def is_channel_cell(text: str, category_of: Callable[[str], str | None]) -> bool:
    """Whether a whole 구분 cell IS a channel: its words a channel's whole word (``언론, 방송``, ``현장 방문``), or
    its last word (a noun phrase's head) naming one (``주민간담회``, ``민간전문가 자문``). A channel's word inside
    another noun is none (``보도 정비``: works on a sidewalk, its head 정비)."""
    words = fold(text).split()
    return bool(words) and (bare_cell(text) in channel_words() or category_of(words[-1]) is not None)


Category = Callable[[str], str | None]


def _outreach(
    channels: list[tuple[str, tuple[int, str] | None]], total: tuple[int, str] | None, category_of: Category
) -> Outreach | None:
    if not channels or any(c is None for _, c in channels):
        return None
    counts = [c[0] for _, c in channels if c is not None]
    proved = total is not None and sum(counts) == total[0]
    unit = total[1] if total else next(c[1] for _, c in channels if c is not None)
    items: list[OutreachItem] = [
        {
            "label": label,
            "category": category_of(label) or "other",
            "count": c[0] if proved and c is not None else None,
            "note": None,
        }
        for label, c in channels
    ]
    return {"unit": unit, "total": total[0] if total else None, "items": items}


def from_log_grid(grid: list[list[str]], category_of: Category) -> Outreach | None:
    """A dated log as a table's cells (merged cells repeating their text, or empty below their first
    row): None unless its rows hold at least one channel's subtotal row and a grand total."""
    sub, grand = current().build(_words)
    channels: list[tuple[str, tuple[int, str] | None]] = []
    total = None
    label = ""
    events = 0
    for row in grid[1:]:
        cells = [fold(c) for c in row]
        if not cells:
            continue
        label = cells[0] if cells[0] and _squeezed(cells[0]) not in sub else label
        # the subtotal's cell (a layout dump may run an event's row into it: ``2025. 5. 14. 소계``)
        at = next(
            (k for k, c in enumerate(cells) if _squeezed(c) in sub or c.split() and c.split()[-1] in sub),
            None,
        )
        if _squeezed(cells[0]) in grand:
            counted = _counted(cells[1:])
            total = counted[0] if len(counted) == 1 else None
            break
        if at is None:
            events += 1
            continue
        counted = _counted(cells[at + 1 :])
        if not label or not category_of(label):
            return None
        channels.append((label, counted[0] if len(counted) == 1 else None))
    if not events or not channels:
        return from_event_rows(grid, category_of) if not channels else None
    return _outreach(channels, total, category_of)


def _count_column(rows: list[list[str]], width: int, skip: set[int]) -> list[int]:
    """The columns (bar ``skip``) each of whose body cells is one count in a counter of times held
    (``[outreach_sentences] held_counters``: ``2회``) or a dash (none held), one count at least."""
    held = set(current().words("outreach_sentences", "held_counters"))

    def held_count(cell: str) -> bool:
        value, unit = parse_count(cell)
        return value is not None and unit in held

    return [
        j
        for j in range(width)
        if j not in skip
        and all(held_count(r[j]) or is_dash(r[j]) for r in rows)
        and any(held_count(r[j]) for r in rows)
    ]


def summed_by_label(events: list[tuple[str, int]], key: Callable[[str], str]) -> dict[str, tuple[str, int]]:
    """A log's events ``(label, count)`` summed by channel: each channel (its labels alike by ``key``: squeezed, or
    bare of punctuation too) its first printed label and the sum of its events' counts, in the order first printed.
    The one sum of :func:`from_event_rows` (a table's rows) and :func:`from_event_lines` (a dump's lines)."""
    out: dict[str, tuple[str, int]] = {}
    for label, n in events:
        k = key(label)
        first, summed = out.get(k, (label, 0))
        out[k] = (first, summed + n)
    return out


def from_event_rows(grid: list[list[str]], category_of: Category) -> Outreach | None:
    """A dated log printing no subtotal row: an event a row, the day in one column and the channel in another
    (``일 자 | 구 분 | 주요내용 | 참석인원``: ``'25. 2. 12. | 주민간담회 | … | 35명``), the grand-total row last
    (``계 | 4회 | 189명``). None unless every body row before the total holds a whole date in one column and a
    channel's words in one other column, two rows or more, and the rows are proven events: a channel printed
    on two rows or more, or the day the rows' first column (a log opens its row with the day; a table of
    channels opens it with the channel, its column of days the last time each was held).

    Where the rows print a count column of their own (``횟 수``: ``2회`` / ``-``), each channel's count is the
    sum of its rows' counts, kept only where the sums add up to the total's count (else None: another reader's
    turn). Where they print no count, each channel is counted by its event rows, proven only where the rows add
    up to the total's count in a counter of times held (``4회``; the people beside it count no events); where they
    do not, or no total is printed, the channels are kept without counts (none guessed). A count of times elsewhere
    in the rows (in no column of counts): None, rows are not counted where they print counts."""
    sub, grand = current().build(_words)
    held = set(current().words("outreach_sentences", "held_counters"))
    rows: list[list[str]] = []
    total: tuple[int, str] | None = None
    for row in grid[1:]:
        cells = [fold(c) for c in row]
        if not any(cells):
            continue
        if any(_squeezed(c) in sub for c in cells):
            return None  # a subtotal row: the log of subtotals (from_log_grid), not this one
        if _squeezed(next(c for c in cells if c)) in grand:  # (a total cell spanning the first columns, its
            # word dealt to the column under its middle by a layout dump: the row's first word)
            counted = [c for c in _counted(cells[1:]) if c[1] in held]
            total = counted[0] if len(counted) == 1 else None
            break
        rows.append(cells)
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return None
    width = len(rows[0])
    dated = [j for j in range(width) if all(is_date(r[j]) for r in rows)]
    named = [
        j for j in range(width) if j not in dated and all(is_channel_cell(r[j], category_of) for r in rows)
    ]
    if len(dated) != 1 or not named:
        return None
    col = named[0]
    per = summed_by_label([(r[col], 1) for r in rows], _squeezed)  # the rows of each channel
    if max(n for _, n in per.values()) < 2 and dated[0] != 0:
        return None  # no row proven an event: a table of channels (from_grid's)
    counts = _count_column(rows, width, {*dated, col})
    if len(counts) > 1:
        return None
    if counts:
        per = summed_by_label([(r[col], parse_count(r[counts[0]])[0] or 0) for r in rows], _squeezed)
        if total is None or sum(n for _, n in per.values()) != total[0]:
            return None
    elif any(c[1] in held for r in rows for c in _counted(r)):
        return None  # a count of times printed in a row, in no column of counts: rows are no proof of it
    proved = total is not None and (bool(counts) or len(rows) == total[0])
    items: list[OutreachItem] = [
        {
            "label": label,
            "category": category_of(label) or "other",
            "count": n if proved else None,
            "note": None,
        }
        for label, n in per.values()
    ]
    unit = total[1] if total else current().scalar("counts", "default_outreach_unit")
    return {"unit": unit, "total": total[0] if total else None, "items": items}


def from_log_lines(lines: list[Line], category_of: Category) -> Outreach | None:
    """A dated log as a text dump prints it, a row a line: a channel's first event line opens with the
    channel's words before the event's day, its subtotal line opens with a subtotal word and the
    count (``소계 3회 225``), the grand total's with a total word (``합계 6회 480``)."""
    sub, grand = current().build(_words)
    channels: list[tuple[str, tuple[int, str] | None]] = []
    total = None
    opening = True  # the next event line opens a channel
    label = ""
    events = 0
    for ln in lines:
        words = fold(ln.full_text).split()
        if not words:
            continue
        if words[0] in grand:
            counted = _counted(words[1:2])
            total = counted[0] if counted else None
            break
        if words[0] in sub:
            if not label:  # no channel opened by a row: perhaps a cell a line
                return _from_log_cells([fold(x.full_text) for x in lines], category_of)
            counted = _counted(words[1:2])
            channels.append((label, counted[0] if counted else None))
            opening, label = True, ""
            continue
        lead = re.match(r"\D*?(?=\s*['’‘＇]?\d)", " ".join(words))
        if opening and lead and lead.group(0).strip() and category_of(lead.group(0)):
            label, opening = lead.group(0).strip(), False
            events += 1
        elif not opening and lead is not None and not lead.group(0).strip():
            events += 1
    if not events or not channels:
        return _from_log_cells([fold(ln.full_text) for ln in lines], category_of)
    return _outreach(channels, total, category_of)


def _from_log_cells(cells: list[str], category_of: Category) -> Outreach | None:
    """A dated log a converter printed a cell a line, row by row (``주민설명회`` / ``2025. 5. 14.`` / ``현장
    간담회 개최`` / ``120`` / ``소계`` / ``1회`` / ``120`` / ...): a subtotal word's cell is followed by its
    count; the channel is the first cell naming one after the subtotal before it (or the head)."""
    sub, grand = current().build(_words)
    channels: list[tuple[str, tuple[int, str] | None]] = []
    total = None
    label = ""
    events = 0
    for k, cell in enumerate(cells):
        word = "".join(cell.split())
        after = _counted(cells[k + 1 : k + 2])
        if word in grand:
            total = after[0] if after else None
            break
        if word in sub:
            if not label:
                return None
            channels.append((label, after[0] if after else None))
            label = ""
        elif parse_date(cell).get("precision") == "day" and parse_date(cell).get("raw") == cell:
            events += 1
        elif not label and category_of(cell):
            label = cell
    if not events or not channels:
        return None
    return _outreach(channels, total, category_of)


def looks_like_log(lines: list[Line]) -> bool:
    """Whether lines print a dated log's signature though not its rows in order (a converter printed the
    table column by column): a line opening with a subtotal word and two or more lines that are wholly a
    day. Such lines pair no count with a channel (which subtotal is whose is not printed)."""
    sub, _ = current().build(_words)
    subtotals = sum(1 for ln in lines if (w := fold(ln.full_text).split()) and w[0] in sub)
    days = sum(
        1
        for ln in lines
        if parse_date(fold(ln.full_text)).get("precision") == "day"
        and parse_date(fold(ln.full_text)).get("raw") == fold(ln.full_text)
    )
    return subtotals >= 1 and days >= 2


_DAY_OPENING = re.compile(r"^['’‘＇]?(?:\d{4}|\d{2})\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\s*\.?(?=\s|$)")


def _event_line(words: list[str], category_of: Category) -> tuple[str, tuple[int, str]] | None:
    """One event row of a log with no subtotal rows as a dump prints it (``2025. 2. 7. 전문가 자문 자문위원회 회의
    1회 140명``): its channel (the channel's cell stands next to the day: the longest run of words after it, three
    at most, that is a channel's whole word, ``전문가 자문``, else the shortest that names a channel) and its count
    (the one count of times held, only figures or dashes after it: the row's count cell and the people's). None for
    a row of another shape."""
    held = set(current().words("outreach_sentences", "held_counters"))
    text = " ".join(words)
    day = _DAY_OPENING.match(text)
    if day is None or parse_date(day.group(0)).get("precision") != "day":
        return None
    rest = text[day.end() :].split()
    counted = [k for k, w in enumerate(rest) if parse_count(w)[1] in held and parse_count(w)[0] is not None]
    if len(counted) != 1:
        return None
    at = counted[0]
    if any(not (is_dash(w) or parse_count(w)[0] is not None) for w in rest[at + 1 :]):
        return None
    named = [n for n in range(1, min(3, at) + 1) if category_of(" ".join(rest[:n]))]
    if not named:
        return None
    words = channel_words()
    whole = [
        n for n in named if bare_cell(" ".join(rest[:n])) in words
    ]  # a channel's whole word (전문가 자문)
    n = max(whole) if whole else named[0]
    if not whole:
        # the cell runs on over a list's separator (언론, 방송), and past a word naming who gathers (민간전문가)
        # over the channel's bare word after it, once (민간전문가 자문; its event's words after it are no cell's)
        who = [w.replace(" ", "") for ws in current().table("outreach_channels_by_who").values() for w in ws]
        while n < at and rest[n - 1][-1] in ",·ㆍ/":
            n += 1
        if n < at and any(bare_cell(rest[n - 1]).endswith(w) for w in who) and bare_cell(rest[n]) in words:
            n += 1
    label = " ".join(rest[:n])
    value, unit = parse_count(rest[at])
    return (label, (value, unit)) if value is not None and unit is not None else None


def from_event_lines(lines: list[Line], category_of: Category) -> Outreach | None:
    """A dated log printing no subtotal row as a text dump prints it, a row a line (:func:`from_event_rows`'s
    table): every line before the grand total's opens with a whole day, names a channel next to it and holds one
    count of times held (``2회``; the people after it, ``140명``, count no events), two lines or more; the total's
    line last (``합계 8회 370명``). Each channel's count is the sum of its lines' counts, kept only where the sums
    add up to the total's count (else None: no count guessed, another reader's turn). Lines before the first event
    holding no figure are the table's head."""
    _, grand = current().build(_words)
    held = set(current().words("outreach_sentences", "held_counters"))
    events: list[tuple[str, tuple[int, str]]] = []
    total: tuple[int, str] | None = None
    for ln in lines:
        words = fold(ln.full_text).split()
        if not words:
            continue
        if words[0] in grand:
            counted = [c for c in _counted(words[1:]) if c[1] in held]
            total = counted[0] if len(counted) == 1 else None
            break
        event = _event_line(words, category_of)
        if event is None and not events and not any(ch.isdigit() for ch in "".join(words)):
            continue  # the table's head (일자 구분 주요내용 횟수 참석인원): no figure
        if event is None:
            return None
        events.append(event)
    if len(events) < 2 or total is None or sum(c[0] for _, c in events) != total[0]:
        return None
    # each printed channel its own sum (two channels of a category stay two)
    per = summed_by_label([(label, value) for label, (value, _) in events], bare_cell)
    items: list[OutreachItem] = [
        {"label": label, "category": category_of(label) or "other", "count": n, "note": None}
        for label, n in per.values()
    ]
    return {"unit": total[1], "total": total[0], "items": items}
