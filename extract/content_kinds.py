"""The kind of a section under a heading no vocabulary names, read from its content.

This module's one job is deciding a section's kind by what it prints (:func:`kind_by_content`):
overview labels (사업기간 / 총사업비) make an overview, dated block headings or items dated up to the
card's reporting point (:func:`reporting_point`) make achievements, items dated after it make plans,
short undated items after the plans make effects; a table's head names outreach or goals
(:func:`table_kind`, :func:`table_kind_at_top`), and a block the funding reader reads whole is
funding (:func:`reads_as_funding`). Which lines head such sections is
:mod:`~pledgecard.extract.heading_shapes`'s job.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from pledgecard.extract.content_items import item_lines
from pledgecard.extract.document import Table
from pledgecard.extract.header_table_as_of import table_reporting_point
from pledgecard.extract.headings import parse_group_heading, reporting_date
from pledgecard.extract.labelled_as_of import other_label_opens
from pledgecard.extract.labels import header_field_of, norm_label, section_of
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import CAPTION_MARKERS, NOTE_MARKERS, is_note
from pledgecard.extract.reporting_suffixes import reporting_suffixes
from pledgecard.extract.vocabulary import current
from pledgecard.extract.vocabulary import key as vocab_key
from pledgecard.normalize.dates import find_dates, is_vague_date
from pledgecard.normalize.money import find_unit, unit_line
from pledgecard.normalize.text import fold


def overview_labels(every: bool = False) -> frozenset[str]:
    """The labels of the overview's period and budget (``every``: of all its fields, 사업내용 too)."""
    t = current().table("overview")
    return frozenset(vocab_key(w) for name in (t if every else ("period", "budget")) for w in t.get(name, ()))


def _label(text: str) -> str | None:
    m = re.match(r"^\s*([^:：]{1,20}?)\s*[:：]", text)
    return norm_label(m.group(1)) if m else None


def _lead_label(ln: Line) -> str | None:
    """The label an unmarked line opens with, a figure after it (``사업기간 2022. 7월 ~ 2027. 12월``: a
    label | value row a text dump printed with a space between its cells), or ``None``."""
    parts = ln.text.split(maxsplit=1)
    if ln.marker is not None or len(parts) != 2 or not re.search(r"\d", parts[1]) or years_only(parts[1]):
        return None
    return norm_label(parts[0])


TILE_WORDS = 5  # words at most in a tile's value (``2022. 9. ~ 2026. 12.``)


def _caption(lines: list[Line], k: int, labels: frozenset[str]) -> bool:
    """Whether line ``k`` is a field's label (of ``labels``) among captions printed under their tiles' figures:
    the run of unmarked lines alone holding a label each (the overview's, or a header label: 추진상황) that it
    stands in follows as many short unmarked values, a figure among them, no year row and no unit line
    (``305.12억원`` over ``총사업비``, a dump printing the tiles a line each; or the values' row, ``305.12억원`` /
    ``2022. 9. ~ 2026. 12.`` / ``완료``, over the captions' row)."""

    def caption(ln: Line) -> bool:
        return ln.marker is None and (
            norm_label(ln.text) in overview_labels(every=True) or header_field_of(ln.text.strip()) is not None
        )

    if not caption(lines[k]) or norm_label(lines[k].text) not in labels:
        return False
    i = k
    while i > 0 and caption(lines[i - 1]):
        i -= 1
    j = k
    while j + 1 < len(lines) and caption(lines[j + 1]):
        j += 1
    figures = lines[max(0, i - (j - i + 1)) : i]
    return (
        len(figures) == j - i + 1
        and any(re.search(r"\d", f.text) for f in figures)
        and all(
            f.marker is None
            and len(f.text.split()) <= TILE_WORDS
            and not years_only(f.text)
            and not find_unit(f.full_text)
            for f in figures
        )
    )


def years_only(text: str) -> bool:
    """Words that are years each (``2022년 2023년 2024년``): a table's head row of periods, no value."""
    return all(re.fullmatch(current().year_pattern, w) for w in text.split())


def _dates_end(text: str) -> list[str]:
    return [d["end"] or d["start"] for _, _, d in find_dates(text) if (d.get("end") or d.get("start"))]


_LAST_COLON = re.compile(r"[:：]\s*([^:：()（）]+)$")


def _vague_end(text: str) -> bool:
    """A line closing, after a colon, on a time that names no date (``... : 연중``, ``: 하반기 중``);
    asked of lines that print no date (:func:`_dates_end`)."""
    m = _LAST_COLON.search(text)
    return m is not None and is_vague_date(m.group(1))


def reporting_point(items: list[Item]) -> str | None:
    """The end of the reporting point the header area states (``작성기준 2024년 3분기 현재``), on a line or in its
    header table (:func:`~pledgecard.extract.header_table_as_of.table_reporting_point`)."""
    for it in items:
        if isinstance(it, Table) and (end := table_reporting_point(it, reporting_date)) is not None:
            return end  # 보고기준일 | 2024. 12. 31. in the header table
        if not isinstance(it, Line) or other_label_opens(it.full_text):
            continue  # 총사업비 7,200백만원(2023년 기준): the budget's base year, not the card's point
        for t in reporting_suffixes(it.full_text):
            d = reporting_date(t)
            if d is not None and d.get("end"):
                return str(d["end"])
    return None


def _column_words(table: str) -> dict[str, frozenset[str]]:
    return {name: frozenset(vocab_key(w) for w in words) for name, words in current().table(table).items()}


_HEAD_TABLES = (
    "goals_columns",
    "goals_columns_whole",
    "goals_unit_column",
    "goals_final_column",
    "goals_sum_column",
    "note_column",
    "label_column",
)


def head_cells(lines: list[Line]) -> bool:
    """Whether the lines, unmarked, are each wholly a table's column head (``성과지표`` over ``단위``: a
    dump printing a head row a cell a line), two at least: a word naming a section among them is the
    table's label cell, no heading."""
    words = {w for t in _HEAD_TABLES for names in _column_words(t).values() for w in names}
    return len(lines) >= 2 and all(ln.marker is None and vocab_key(ln.text) in words for ln in lines)


def table_kind(lines: list[Line]) -> str | None:
    """Lines printing a table a row a line: outreach when one line names three or more channels,
    goals when a short line heads a target column and an actual, status or rate column."""
    channels, goals = _column_words("outreach_channels"), _column_words("goals_columns")
    if _channels_down(lines, channels) or _channel_cells(lines):
        return "outreach"
    for ln in lines:
        words = {vocab_key(w) for w in ln.text.split()}
        if sum(1 for names in channels.values() if words & names) >= 3:
            return "outreach"
        if (
            len(ln.text) <= 60
            and words & goals.get("target", frozenset())
            and words
            & (
                goals.get("actual", frozenset())
                | goals.get("status", frozenset())
                | goals.get("rate", frozenset())
            )
        ):
            return "goals"
    from pledgecard.extract.sections.goal_cells_a_line import header_one_cell_a_line
    from pledgecard.extract.sections.goal_head_words import is_goals_header
    from pledgecard.extract.sections.goal_lines import goal_lines
    from pledgecard.extract.sections.goal_original_column import superseded_target
    from pledgecard.extract.sections.goal_pair_cells import split_pair_lines
    from pledgecard.extract.sections.goal_quarters import reads_as_quarter_goals
    from pledgecard.extract.sections.goal_year_columns import has_year_column_head

    texts = [ln.full_text for ln in lines]
    for (
        t
    ) in texts:  # a head naming the first targets (당초목표) beside the revised ones and the other columns
        old = [w for w in t.split() if superseded_target(w)]
        if old and is_goals_header(" ".join(w for w in t.split() if w not in old)):
            return "goals"
    if split_pair_lines(texts) is not None:
        return "goals"  # a year's target and actual in one cell under a head naming both (목표/실적)
    if any(header_one_cell_a_line(texts, h) for h in range(len(texts))):
        return "goals"  # the header printed one column word a line (a target and a status column)
    if has_year_column_head(texts[:3]):
        return "goals"  # the years over their 목표 | 실적 columns, the head one long line or more
    if reads_as_quarter_goals(texts):
        return "goals"  # a plan row and an actual row an indicator, a figure a quarter and their total
    told = goal_lines(texts)
    if told and all(g.status for g in told):
        return "goals"  # goals told as lines: 목표: … / 실적: … (status)
    return None


def _channels_down(lines: list[Line], channels: dict[str, frozenset[str]]) -> bool:
    """A table of a channel a row (``간담회, 공청회 등 - - 2`` / ``전문가 자문 - 2`` / ``언론 홍보 9 3``):
    three or more unmarked lines open with words naming three or more channels."""
    named = set()
    for ln in lines:
        words = ln.text.split()
        if ln.marker is not None or not words:
            continue
        for head in (vocab_key("".join(words[:2])), vocab_key(words[0])):
            name = next((n for n, keys in channels.items() if head in keys), None)
            if name is not None:
                named.add(name)
                break
        else:
            if (name := _row_channel(ln)) is not None:
                named.add(name)
    return len(named) >= 3


def _channel_cells(lines: list[Line]) -> bool:
    """A head row printed a cell a line (a dump that prints a table's cells one a line): three or more
    unmarked short lines in a row without a figure, each naming another channel as the outreach reader
    names it (``주민간담회·공청회 등`` / ``만족도조사`` / ``민간전문가 자문``)."""
    from pledgecard.extract.sections.outreach import category_of

    run: list[str] = []
    for ln in lines:
        text = ln.text.strip()
        name = (
            category_of(text)
            if ln.marker is None and text and len(text) <= 16 and not any(ch.isdigit() for ch in text)
            else None
        )
        run = [*run, name] if name is not None and name not in run else ([name] if name is not None else [])
        if len(run) >= 3:
            return True
    return False


_COUNT_CELL = re.compile(r"^(?:[\d,]+[가-힣]{0,2}|[-–—])$")  # a count (3, 147회) or a dash cell


def _row_channel(ln: Line) -> str | None:
    """The channel an unmarked row of a channel names (``주민간담회·공청회 등 -``, ``민간전문가 자문 3``):
    words, then count or dash cells only; the channel named as the outreach reader names it."""
    from pledgecard.extract.sections.outreach import category_of

    words = ln.text.split()
    cut = next((k for k, w in enumerate(words) if _COUNT_CELL.match(w)), len(words))
    if (
        ln.marker is not None
        or cut == 0
        or cut == len(words)
        or not all(_COUNT_CELL.match(w) for w in words[cut:])
    ):
        return None
    return category_of(" ".join(words[:cut]))


def _channel_rows(lines: list[Line]) -> bool:
    """Three unmarked lines each a row of one channel, three channels (``주민간담회·공청회 등 -`` /
    ``만족도 조사 1`` / ``민간전문가 자문 3``): a table of a channel a row under its head line."""
    names = {_row_channel(ln) for ln in lines}
    return len(lines) == 3 and None not in names and len(names) == 3


def _told_outreach(lines: list[Line]) -> bool:
    """Bulleted lines that tell outreach in sentences (``◦ 주민설명회 3회, 설문조사 1회 개최``,
    ``◦ 총 7회 소통``): every count with a counter word names a channel or the total, two
    channels or more."""
    from pledgecard.extract.sections.outreach import from_sentences

    got = from_sentences(lines)
    return got is not None and len(got["items"]) >= 2


def _logged_outreach(lines: list[Line]) -> bool:
    """Lines printing a dated log of outreach (an event a row, each channel closed by a subtotal row
    with its count, or no subtotal row and a count on every event's row:
    :mod:`~pledgecard.extract.sections.outreach_log`) that reads whole."""
    from pledgecard.extract.sections.outreach import category_of
    from pledgecard.extract.sections.outreach_log import from_event_lines, from_log_lines

    got = from_log_lines(lines, category_of)
    if got is None:  # a log of events without subtotals: its counts of times held (회), never of works (건)
        got = from_event_lines(lines, category_of)
        if got is not None and got["unit"] not in current().words("outreach_sentences", "event_counters"):
            return False
    return got is not None and got["total"] is not None and all(x["count"] is not None for x in got["items"])


def _event_table(table: Table) -> bool:
    """A table printing a dated log of outreach with no subtotal row (an event a row: its day, its channel,
    its count of times held; a total row last) whose channels' counts add up to the total
    (:func:`~pledgecard.extract.sections.outreach_log.from_event_rows`)."""
    from pledgecard.extract.sections.outreach import category_of
    from pledgecard.extract.sections.outreach_log import from_event_rows

    got = from_event_rows([[fold(c) for c in r] for r in table.grid()], category_of)
    return (
        got is not None
        and got["total"] is not None
        and got["unit"] in current().words("outreach_sentences", "event_counters")
        and all(x["count"] is not None for x in got["items"])
    )


def _plans_by_year(lines: list[Line], as_of: str | None) -> bool:
    """Lines listing work by period under year lines (``○ 2025년`` / ``- 1/4분기 : ...``), every line one of
    them, the periods after the reporting point (work to come)."""
    from pledgecard.extract.sections.plans import period_first, year_line

    year, ends = None, []
    for ln in lines:
        if (y := year_line(ln.text)) is not None:
            year = y
            continue
        got = period_first(ln.text, year) if year is not None else None
        if got is None:
            return False
        ends.append(got[1]["end"] or got[1]["start"])
    return bool(ends) and (as_of is None or all(e > as_of for e in ends))


def _schedule(items: list[Item]) -> bool:
    """Items that are a schedule of plans and nothing else (a plan a row, marks under period heads:
    ``추진계획 2027년`` / ``1/4 2/4 3/4 4/4`` / ``국비 확보 건의 ● ●``), as the plans reader reads one."""
    from pledgecard.extract.sections.schedule_tables import schedule_plans

    got = schedule_plans(list(items))
    return (
        got is not None
        and bool(got[0])
        and not any(isinstance(it, Table) or isinstance(it, Line) and it.full_text.strip() for it in got[1])
    )


def _labels_kind(lines: list[Line]) -> str | None:
    """The section the lines' bracketed lead labels name, half or more of them so labelled
    (``(문제점) … / (대책) …``: the problems and their remedies): one section, named by a label."""
    labels = [
        m.group(1) for ln in lines for m in [re.match(r"^\s*[(（]([^()（）]{1,10})[)）]", ln.text)] if m
    ]
    names = {section_of(t) for t in labels} - {None}
    return names.pop() if len(labels) * 2 >= len(lines) and len(names) == 1 else None  # type: ignore[return-value]


def block_heading(text: str) -> tuple[str, dict[str, Any]] | None:
    """A dated block heading with a name in words (``《기 추진실적: '24. 3분기 기준》``); a bare
    year mark (``<2025>``, a goal table's year row) is none."""
    g = parse_group_heading(text)
    if g is None or g[1] is None or not re.search(r"[가-힣]{2,}", g[0]):
        return None
    return g[0], g[1]


def sections_as_of(sections: list[Any]) -> str | None:
    """The card's reporting point, as the sections split from it tell it: the one the header area (the first
    section) states, else the latest end a dated block heading reports (``《기 추진실적: '24. 3분기 기준》``); None
    where neither is printed."""
    as_of = reporting_point(sections[0].items) if sections else None
    if as_of is None:
        ends = [
            str(g[1]["end"])
            for sec in sections[1:]
            for it in sec.items
            if isinstance(it, Line)
            for g in [block_heading(it.full_text)]
            if g is not None and g[1].get("end")
        ]
        as_of = max(ends, default=None)
    return as_of


def kind_by_content(
    items: list[Item], *, taken: set[str], as_of: str | None, after: list[str], tables: bool = False
) -> str | None:
    """The section a block under an unknown heading is, from its lines, or ``None``.
    ``taken``: the kinds the card already has; ``after``: the kinds of the sections above;
    ``tables``: a block of tables only is read by the lines its item tables print (asked once the
    blocks of lines are named: a table of stages, 추진일정, is no plans where lines below are)."""
    lines = [it for it in items if isinstance(it, Line) and it.full_text.strip()]
    ov = overview_labels()
    if "overview" not in taken and any(
        norm_label(c.text) in ov for t in items[:2] if isinstance(t, Table) for c in t.cells if c.col == 0
    ):
        return "overview"  # its fields as label | value rows (사업기간 | ..., a second label column)
    if "plans" not in taken and _schedule(items):
        return "plans"
    if (
        "outreach" not in taken
        and any(_event_table(t) for t in items if isinstance(t, Table))
        and not any(_dates_end(it.full_text) for it in items if isinstance(it, Line))
    ):  # (the section's main content: no dated item line besides it, else the table is a side table)
        return "outreach"  # a dated log of events, a count of times held a row, its total proving them
    if not lines and tables:  # tables only: an item table (추진일정 | 추진내용) read as the lines it prints
        from pledgecard.extract.sections.item_tables import item_rows_from_lines

        lines = [
            it
            for it in item_rows_from_lines(list(items), lambda _line: False)
            if isinstance(it, Line) and it.full_text.strip()
        ]
    if not lines:
        return None
    if "overview" not in taken and any(
        _label(ln.text) in ov or _lead_label(ln) in ov or _caption(lines, k, ov)
        for k, ln in enumerate(lines[:6])
    ):
        return "overview"
    from pledgecard.extract.sections.funding_prose import tells_funding

    if "funding" not in taken and tells_funding([ln.full_text for ln in lines]):
        return "funding"  # the funding told in sentences: a budget of sources, then the periods' amounts
    if any(find_unit(ln.full_text) for ln in lines):
        return None  # a money unit: a funding table the funding readers did not take, never items
    if all(unit_line(ln.full_text) for ln in lines):
        return None  # the unit line of a table read elsewhere by its content ((단위 : 회) over the outreach)
    if all(ln.marker is not None and ln.marker in CAPTION_MARKERS for ln in lines):
        return None  # captions of pictures (▲ 개소식 모습): a section the record has no field for
    groups = [g for ln in lines for g in [block_heading(ln.full_text)] if g is not None]
    dates_of = {id(ln): _dates_end(ln.full_text) for ln in lines}
    dated = [ln for ln in lines if dates_of[id(ln)]]
    if groups:
        return "achievements"  # repeatable: a card's achievements may run under several headings
    kind = table_kind(lines) or _labels_kind(lines)
    if kind is not None:
        return kind if kind not in taken else None
    if "outreach" not in taken and not dated and _told_outreach(lines):
        return "outreach"
    if "outreach" not in taken and _logged_outreach(lines):
        return "outreach"  # a dated log of events, each channel closed by its subtotal row
    if "plans" not in taken and _plans_by_year(lines, as_of):
        return "plans"
    # lines timed without a date (연중, 수시, 하반기 중): work to come or ongoing, as a later date is
    vague = [ln for ln in lines if not dates_of[id(ln)] and _vague_end(ln.full_text)]
    if not dated and vague and len(vague) * 2 >= len(lines):
        return "plans" if "plans" not in taken and "achievements" in taken else None
    items_only = item_lines(
        lines
    )  # (a group's title over its items, a side table's rows: no item of their own)
    if (len(dated) + len(vague)) * 2 >= len(lines) or (
        items_only and sum(1 for ln in items_only if ln in dated or ln in vague) * 2 >= len(items_only)
    ):
        if as_of is not None:
            ends = [e for ln in dated for e in dates_of[id(ln)][-1:]]
            later = sum(1 for e in ends if e > as_of) + len(vague)
            if later * 2 > len(ends) + len(vague):
                return "plans" if "plans" not in taken else None
            if later == 0:
                return "achievements"
            return None
        if "achievements" not in taken:
            return "achievements"
        return "plans" if "plans" not in taken else None
    if "plans" in taken and "plans" not in after:
        return None  # the effects come after the plans
    if (
        not dated
        and "effects" not in taken
        and ("plans" in after or "achievements" in after)
        and not all(is_note(ln.marker) for ln in lines)
        and not any(find_unit(ln.full_text) for ln in lines)
        and all(len(ln.text) <= 80 and not re.search(r"\d{2,}", ln.text) for ln in lines)
    ):
        return "effects"
    return None


def reads_as_funding(items: list[Item], heading: str | None = None) -> bool:
    """Items under an unknown heading (``heading``, its text) that the funding reader reads whole, by themselves
    (its unit printed in the section, the heading's ``재원 (단위: 백만원)`` too: no unit borrowed from the
    overview): two or more source rows, or one total row over two or more years (a table of the years' totals),
    every amount read."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding
    from pledgecard.normalize.money import unit_for

    f = extract_funding(list(items), SectionContext(heading=heading)).value.get("funding")
    if not (f or {}).get("unit") and (
        f is None or any(v is None for r in f.get("rows") or [] for v in r.get("amounts_krw") or [])
    ):
        # nothing printed (heading, unit line, head cell) nor proven gives the unit: bare amounts read null. The
        # shape is what is asked here, so read them under a unit given for the probe alone (not kept); where the
        # section is funding, its read (funding_unit_proof) decides their unit
        probe = extract_funding(
            list(items), SectionContext(heading=heading, card_unit=unit_for(1))
        ).value.get("funding")
        if probe is not None:
            f = {**probe, "unit": None}
    rows = (f or {}).get("rows") or []
    years = sum(1 for c in (f or {}).get("columns") or [] if c.get("kind") == "year")
    totals_only = (
        len(rows) == 1
        and rows[0].get("source") == "total"
        and years >= 2
        and bool((f or {}).get("unit"))
        and names_funding(items, heading)
    )
    if len(rows) >= 2 and rows[0].get("source") == "total" and years >= 2 and bool((f or {}).get("unit")):
        # the years' totals and, under them, the sources' totals in a table of their own (the funding's margins,
        # their sum proven: funding_margins): the first row read whole, each source's total alone
        ti = next((k for k, c in enumerate(f["columns"]) if c.get("kind") == "total"), None)  # type: ignore[index]
        if (
            ti is not None
            and all(v is not None for v in rows[0].get("amounts_krw") or [None])
            and all(
                r.get("amounts_krw", [])[ti : ti + 1] != [None]
                and sum(v is not None for v in r.get("amounts_krw") or []) == 1
                for r in rows[1:]
            )
        ):
            return True
    return (len(rows) >= 2 or totals_only) and all(
        v is not None for r in rows for v in r.get("amounts_krw") or [None]
    )


def names_funding(items: list[Item], heading: str | None) -> bool:
    """Whether the heading or the items name a pledge's money by the vocabulary's funding names (``사업비 현황``,
    a ``재원`` head cell): a table of years' totals under a heading printing only a money unit
    (``지원기업 매출 현황 (단위: 억원)``, companies' sales) names none and is not the funding."""
    words = [vocab_key(w) for w in current().words("funding_names")]
    texts = (
        [heading or ""]
        + [c.text for it in items if isinstance(it, Table) for c in it.cells]
        + [it.full_text for it in items if isinstance(it, Line)]
    )
    return any(w in vocab_key(t) for t in texts for w in words)


def table_kind_at_top(lines: list[Line]) -> str | None:
    """The kind of the table the lines open with: read from their first lines (a unit line aside),
    so that a table further down, under bulleted items, is none."""
    from pledgecard.extract.sections.goal_cells_a_line import header_one_cell_a_line
    from pledgecard.extract.sections.goal_lines import goal_lines

    lines = list(
        itertools.takewhile(lambda it: isinstance(it, Line), lines)
    )  # (a table read below: no line of it)
    while lines and unit_line(lines[0].full_text):
        lines = lines[1:]
    if not lines:
        return None
    if header_one_cell_a_line([ln.full_text for ln in lines], 0):
        return "goals"
    if goal_lines([lines[0].full_text]) is not None:
        return table_kind(lines)  # goals told as lines from the first: their statuses may wrap further down
    if lines[0].marker is not None and lines[0].marker not in NOTE_MARKERS:
        return table_kind(lines[:1])  # a bulleted item first: the table only if that line is its head
    if _channel_rows(lines[1:4]):
        return "outreach"  # a table of a channel a row under its head line (구분 횟수 비고)
    return table_kind(lines[:3])  # a head a dump may have broken over lines
