"""A channel table printed a channel a row (label and count on one line), read from lines."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_grid import from_grid, total_column
from pledgecard.extract.sections.outreach_label_runs import labels_dealt
from pledgecard.extract.sections.outreach_period_heads import period_head, periods_across
from pledgecard.extract.sections.outreach_unnamed_rows import channel_rows
from pledgecard.extract.sections.outreach_words import (
    category_of,
    cells_one_space_apart,
    count_cell,
    default_unit,
    is_total_label,
    is_value_line,
    value_token,
)
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold
from pledgecard.record import Outreach


def _row_counts(lines: list[Line]) -> list[list[str]] | None:
    """A channel table printed a row a line with counts per period and a total column (``구분
    1/4분기 2/4분기 3/4분기 4/4분기 계`` over ``언론 홍보 9 3 7 2 21``): each row's label and the
    count under the head line's total word; None when the lines are not so."""
    head: list[str] | None = None
    rows: list[list[str]] = []
    blanks = False
    for ln in lines:
        text = ln.full_text.strip()
        toks = text.split()
        k = len(toks)
        while k > 0 and is_value_line(toks[k - 1]):
            k -= 1
        label, vals = fold(" ".join(toks[:k])), toks[k:]
        if (
            head is not None
            and rows
            and (category_of(label) or is_total_label(label))
            and (printed := _printed_counts(ln, label, len(rows[0]) - 1)) is not None
        ):
            vals, blanks = printed, blanks or "" in printed  # blank cells the printed spaces place
        elif (
            head is not None
            and len(head) > 2
            and not rows
            and (category_of(label) or is_total_label(label))
            and (printed := _printed_counts(ln, label, len(head) - 1)) is not None
            and "" in printed
        ):
            vals, blanks = printed, True
        if not (category_of(label) or is_total_label(label)) or not vals:
            if rows:
                return None
            head = toks  # the last line above the rows (a unit line may stand above it)
            continue
        rows.append([label, *vals])
    if head is None or len(rows) < 3:
        return None
    n = len(rows[0]) - 1
    if n < 2 or any(len(r) - 1 != n for r in rows) or len(head) < n + 1:
        return None
    tc = total_column(["", *head[-n:]], n + 1)
    if tc is None:
        return None
    if blanks and not all(_adds_up(r[1:], tc - 1) for r in rows):
        return None  # a row's periods not proven its total: which blank is whose is not known
    return [[r[0], r[tc], ""] for r in rows]


def _printed_counts(line: Line, label: str, n: int) -> list[str] | None:
    """A row's ``n`` count cells as a dump printing its cells one space apart printed them after its label, a
    blank cell a space more (``만족도 조사     ``: five blank cells); None where the printed text does not
    show them so."""
    cells = cells_one_space_apart((line.printed or "").rstrip("\n"))
    if n < 1 or len(cells) <= n or fold(" ".join(cells[:-n])) != label:
        return None
    vals = [fold(c) for c in cells[-n:]]
    return vals if all(not v or is_value_line(v) == [v] for v in vals) else None


def _adds_up(vals: list[str], tc: int) -> bool:
    """Whether a row's count under the total column is the sum of its other counts, a blank none (a row
    wholly blank adds up as well)."""
    counts = [count_cell(v)[0] if v else 0 for v in vals]
    return None not in counts and 2 * counts[tc] == sum(counts)  # type: ignore[operator, arg-type]


def _cells_as_rows(lines: list[Line]) -> list[Line]:
    """A channel table a dump printed one cell a line, as a row a line: the head cells before the
    first channel's label on one line (a total word among them heads the total column), each
    channel's (or the total's) label with the counts after it."""
    lines = labels_dealt(lines)
    rows: list[list[Line]] = [[]]
    for k, ln in enumerate(lines):
        text = fold(ln.full_text)
        nxt = fold(lines[k + 1].full_text) if k + 1 < len(lines) else ""
        # a channel word right after a row's count and before another channel is that row's note
        # (비고: ``설명회``), not a channel without a count
        note = (
            len(rows) > 1
            and len(rows[-1]) >= 2
            and is_value_line(fold(rows[-1][-1].full_text)) is not None
            and (category_of(nxt) or is_total_label(nxt))
            and is_value_line(nxt) is None
        )
        if (
            (category_of(text) or is_total_label(text) and len(rows) > 1)
            and is_value_line(text) is None
            and not note
        ):
            rows.append([ln])
        else:
            rows[-1].append(ln)
    return [
        Line(text=" ".join(fold(x.full_text) for x in r), marker=None, indent=0, source=r[0].source)
        for r in rows
        if r
    ]


def _dealt_by_sums(lines: list[Line]) -> list[list[str]] | None:
    """A channel table of counts per period and a total column (``1/4분기`` .. ``4/4분기`` | ``계``),
    a channel a row and a total row (합계), printed a cell a line with some row labels away from
    their counts (the total row's label after its counts, or two labels before two runs): the
    counts dealt a row at a time in print order, each run as many as the head's columns, when the
    sums prove the grid: every row's total column is the sum of its periods, and exactly one run,
    the total row's, is the sum of the others column by column. The channels' labels take the other
    runs in order, each printed before its run's first count and after the previous run's first
    count. Each row's label and its count under the total column, the total row first; else None."""
    texts = [fold(ln.full_text) for ln in lines]
    first = next((k for k, t in enumerate(texts) if is_value_line(t) is None and category_of(t)), None)
    if first is None:
        return None
    head = [
        t
        for t in texts[:first]
        if t and not re.match(r"^\(.*\)$", t) and t.replace(" ", "") not in current().words("label_column")
    ]
    width = len(head)
    tc = next((k for k, t in enumerate(head) if is_total_label(t)), None)
    labels: list[tuple[int, str]] = []
    values: list[tuple[int, str]] = []
    for k in range(first, len(texts)):
        t = texts[k]
        toks = is_value_line(t)
        if toks is not None and len(toks) == 1:
            values.append((k, toks[0]))
        elif category_of(t) or is_total_label(t):
            labels.append((k, t))
        elif t:
            return None
    if tc is None or width < 3 or len(values) != width * len(labels) or len(labels) < 3:
        return None
    runs = [values[i * width : (i + 1) * width] for i in range(len(labels))]
    counts = [[count_cell(v)[0] for _, v in run] for run in runs]
    if any(c is None for run in counts for c in run):
        return None
    if not all(2 * run[tc] == sum(run) for run in counts):  # type: ignore[arg-type]
        return None
    totals = [
        i
        for i, run in enumerate(counts)
        if all(2 * run[j] == sum(r[j] for r in counts) for j in range(width))  # type: ignore[misc]
    ]
    named = [i for i, (_, t) in enumerate(labels) if is_total_label(t)]
    if len(totals) != 1 or len(named) != 1 or not any(counts[totals[0]]):
        return None
    channels = [lab for i, lab in enumerate(labels) if i not in named]
    others = [i for i in range(len(runs)) if i != totals[0]]
    for n, ((at, _), i) in enumerate(zip(channels, others, strict=True)):
        if at > runs[i][0][0] or (n and at < runs[others[n - 1]][0][0]):
            return None  # a label out of its run's place: whose run is whose is not known
    rows = [[labels[named[0]][1], runs[totals[0]][tc][1]]]
    rows += [[t, runs[i][tc][1]] for (_, t), i in zip(channels, others, strict=True)]
    return rows


def from_rows(lines: list[Line]) -> Outreach | None:
    """A table of one channel a row printed a row a line (``만족도 조사 1``, ``계 50회``): each line
    a channel's words (or the total's), then its count, then any note words; a head line above
    them (구분 횟수 비고) is skipped. Read only when every line after the head is such a row."""
    by_total = _row_counts(lines)
    cells = all(len(ln.full_text.split()) == 1 or category_of(ln.full_text) for ln in lines[1:])
    if by_total is None and cells:
        by_total = _row_counts(_cells_as_rows(lines)) or _dealt_by_sums(lines)  # a cell a line
    if by_total is not None:
        return from_grid([["", "", ""], *by_total])
    headed = bool(lines) and not (category_of(lines[0].full_text) or is_total_label(fold(lines[0].full_text)))
    # a cell a line under a printed head (구분 / 횟수 / 비고): without one, a word after a count may be the
    # rest of a wrapped label as well as a note, so whose count is whose is not known
    if cells and headed and periods_across(_period_heads(lines)):
        # a head of periods across (구분 / 1/4분기 / 2/4분기 / ...) over one count a channel: one period's column or
        # the total's, which the print does not tell (pdf2txt printing a table a column box at a time)
        return _rows_read(lines)
    return _rows_read(lines) or (_rows_read(_cells_as_rows(lines)) if cells and headed else None)


def _period_heads(lines: list[Line]) -> list[str]:
    """The head cells printed a line each right after the label column's head word (``구분`` / ``1/4분기`` /
    ``2/4분기`` ...) above the table's first row label (a channel's or the total's): the channel table's own head,
    not another table's cells printed before it (a goal table's year heads, 목표 / 실적 and figures)."""
    texts: list[str] = []
    for ln in lines:
        t = fold(ln.full_text)
        if (category_of(t) or is_total_label(t)) and is_value_line(t) is None:
            break
        texts.append(ln.full_text.strip())
    words = current().words("label_column")
    at = next((k for k, t in enumerate(texts) if "".join(t.split()) in words), None)
    if at is None:
        return []
    out: list[str] = []
    for t in texts[at + 1 :]:
        if not period_head(t):
            break
        out.append(t)
    return out


def _rows_read(lines: list[Line]) -> Outreach | None:
    """Each line a channel's words (or the total's), its count, then any note words, under a head."""
    rows: list[list[str]] = []
    tails: list[list[str] | None] = []
    head = ""
    blank = 0
    unnamed: list[int] = []
    for ln in lines:
        text = ln.full_text.strip()
        m = re.search(rf"(?:^|\s)({current().build(value_token).pattern})(?:\s+(?P<note>.*))?$", text)
        label = fold(text[: m.start(1)]) if m else ""
        if (
            not m
            and (head or rows)
            and category_of(fold(text))
            and not is_total_label(fold(text))
            and not text.endswith((",", "，", "·", "ㆍ", "/"))
        ):
            # a channel's row whose count cell the dump printed blank (spaces after the label): its count
            # is none only where the other rows' counts add up to the total row's (_blanks_by_total)
            rows.append([fold(text), "", ""])
            tails.append(None)
            blank += 1
            continue
        if m and rows and label and not (category_of(label) or is_total_label(label)):
            # a row below the channels whose label names no known channel (``교원 연수 3``): a channel where
            # the printed total proves it (outreach_unnamed_rows), checked once all rows are read
            unnamed.append(len(rows))
        elif not m or not (category_of(label) or is_total_label(label)):
            if rows:
                return None
            head = text
            continue  # the head line
        rows.append([label, fold(m.group(1)), fold(m.group("note") or "")])
        tails.append(_cells_after_count(ln, m.group(1)))
    if len(rows) < 3 or blank == len(rows):
        return None
    if unnamed and len(channel_rows(rows)) != len(rows):
        return None  # a row naming no channel the total does not prove one: whose count is whose is not known
    named = sum(1 for r in rows if category_of(r[0]) and not is_total_label(r[0]))
    if unnamed and named <= len(unnamed):
        return None  # as many rows naming no channel as channels: a table of other things, not the channels'
    unit = next((u for r in rows if (u := count_cell(r[1])[1])), None) or default_unit()
    for r, tail in zip(rows, tails, strict=True):
        if not r[1]:
            continue  # a row printing its label alone: no other cell to set apart
        note = _beside_count(head, r[2], unit, tail)
        if note is None or (note and is_value_line(note) is not None):
            return None  # counts after the count (one a period): which is the row's total is not known here
        r[2] = note
    got = from_grid([["", "", ""], *rows])
    cats = [it["category"] for it in got["items"]] if got is not None else []
    if (
        blank
        and got is not None
        and (any(it["count"] is None for it in got["items"]) or len(set(cats)) < len(cats))
    ):
        return None  # a blank count the total does not prove none, or a label wrapped over two lines
    return got


def _cells_after_count(line: Line, count: str) -> list[str] | None:
    """The cells after a row's count as a dump printing its cells one space apart printed them, a blank
    cell a space more (``언론홍보 77  ``: two blank cells after the count); None where the line keeps no
    printed text or its count is not found in it."""
    printed = (line.printed or "").rstrip("\n")
    m = re.search(rf"(?:^|\s){re.escape(count)}(?= |$)", printed)
    if m is None or fold(count) != count:
        return None
    tail = printed[m.end() :]
    return cells_one_space_apart(tail[1:]) if tail.startswith(" ") else []


def _beside_count(head: str, note: str, unit: str, tail: list[str] | None = None) -> str | None:
    """The note of a row whose count the figures of other columns follow (a head ``구분 횟수
    참여인원(명) 비고``): the words after as many figures as the head names columns counted in another
    unit than the count's (``(명)``); None when the row prints fewer (a blank one counts where ``tail``, the
    cells after the count as printed one space apart, shows it); the note as it is when the head names no
    such column."""
    units = set(current().words("counters")) | set(current().words("counts", "units"))
    others = [u for u in re.findall(r"\(([^()]+)\)", head) if u.strip() in units and u.strip() != unit]
    if not others:
        return note
    n = len(others)
    if (
        tail is not None
        and len(tail) >= n
        and all(not c or current().build(value_token).fullmatch(c) for c in tail[:n])
    ):
        return fold(" ".join(c for c in tail[n:] if c))  # the other columns' cells printed, blank ones too
    toks = note.split()
    if len(toks) < n or not all(current().build(value_token).fullmatch(t) for t in toks[:n]):
        return None
    return " ".join(toks[n:])
