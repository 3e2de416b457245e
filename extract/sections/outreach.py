"""도민소통 실적: a total and counts per channel (meetings, survey, experts, media, other).

The header names the channels in order (labels vary: 주민간담회·공청회 등, 만족도 조사, 민간전문가
자문, 언론·방송, 기타); the values row holds the total then one count per channel, a count may
carry a note in parentheses (``1(채용박람회)``) and ``-`` means zero.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.sections.outreach_log import from_log_grid, from_log_lines, looks_like_log
from pledgecard.extract.sections.outreach_periods import total_row_of_periods
from pledgecard.extract.vocabulary import Vocabulary, current, spaced
from pledgecard.normalize.counts import LOOSE_NUMBER, parse_count
from pledgecard.normalize.text import DASH_CLASS, DASHES, fold
from pledgecard.record import Outreach, OutreachItem


def _categories(v: Vocabulary) -> list[tuple[str, re.Pattern[str]]]:
    """Channel category -> the words a channel label holds, in the vocabulary's order."""
    return [(name, re.compile(spaced(words))) for name, words in v.table("outreach_channels").items()]


def _total(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"^(?:{'|'.join(map(re.escape, v.words('totals')))})$")


def _value_token(v: Vocabulary) -> re.Pattern[str]:
    units = "|".join(map(re.escape, sorted(v.words("counters"), key=len, reverse=True)))
    # a lone O / l / I / | between counts is a 0 or 1 misread: kept as a count that cannot be read
    return re.compile(rf"{DASH_CLASS}|{LOOSE_NUMBER}\s*(?:{units})?(?:\([^)]*\))?|(?<!\S)[OoIl|](?!\S)")


def _is_total(label: str) -> bool:
    return bool(current().build(_total).match(label.replace(" ", "")))


def is_total(label: str) -> bool:
    """Whether a label is the total row's word (계, 합계) as its whole text."""
    return _is_total(label)


def count_line(text: str) -> str | None:
    """The one count a line prints and nothing else (``3``, ``14회``, ``-``), or None."""
    toks = _is_value_line(fold(text).strip())
    return toks[0] if toks is not None and len(toks) == 1 else None


def count_of(raw: str) -> int | None:
    """A count cell's value (a dash, no event, 0), or None when unread."""
    return _count(raw)[0]


def _default_unit() -> str:
    return current().scalar("counts", "default_outreach_unit")


def _count(raw: str) -> tuple[int | None, str | None]:
    """A count cell's value and unit, its bracketed note (``1(공청회)``) left out."""
    return parse_count(re.sub(r"\([^)]*\)", "", raw))


def _with_total_raw(out: Outreach, raw: str) -> Outreach:
    """Keep the printed total when it cannot be read (``total_raw``)."""
    if out["total"] is None and raw.strip():
        out["total_raw"] = fold(raw)
    return out


def category_of(label: str) -> str | None:
    for name, pat in current().build(_categories):
        if pat.search(label):
            return name
    return None


def _split_header(text: str) -> list[tuple[str, str]]:
    """``계 주민간담회, 공청회 등 만족도 조사 ...`` -> [(label, category)] in order, total first."""
    starts: list[tuple[int, str]] = []
    for name, pat in current().build(_categories):
        for m in pat.finditer(text):
            # the label starts at the beginning of the word holding the keyword
            s = m.start()
            while s > 0 and not text[s - 1].isspace():
                s -= 1
            if any(p == s for p, _ in starts):
                continue  # a second keyword in the same word (주민간담회·공청회)
            if text[:s].rstrip().endswith((",", "，", "·", "ㆍ", "/")):
                continue  # the label goes on after a comma (주민간담회, 공청회 등 / 언론, 방송)
            starts.append((s, name))
    starts.sort()
    out = []
    for i, (s, name) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        out.append((fold(text[s:end]), name))
    return out


def _item(label: str, category: str, raw: str) -> OutreachItem:
    note_m = re.search(r"\(([^)]*)\)", raw)
    count, _unit = _count(raw)
    item = {"label": label, "category": category, "count": count, "note": fold(note_m.group(1)) if note_m else None}
    if count is None and raw.strip():
        item["raw"] = fold(raw)  # the printed text of a count that cannot be read
    return item


def _total_column(head: list[str], width: int) -> int | None:
    """The column a channel table's head row names by a total word (구분 | 1/4분기 .. 4/4분기 | 계):
    each channel's count is its total over the period columns beside it."""
    return next((k for k in range(1, min(width, len(head))) if _is_total(fold(head[k]))), None)


def _spanning_total(head: list[str]) -> bool:
    """A head row printed as one cell over every column (a dump's head words one space apart, no
    column parted) naming a total among its words (``구분 1/4분기 2/4분기 3/4분기 4/4분기 계``): the
    table has a total column, but which of the cells under it that is no head cell shows."""
    return len(head) > 2 and len(set(head)) == 1 and any(_is_total(fold(w)) for w in head[0].split())


def _one_channel_a_row(grid: list[list[str]]) -> list[list[str]] | None:
    """Channels down the first column: the channel row over the count row. The count column is the
    one the head row names by a total word (counts per period beside it, 1/4분기 .. 4/4분기 | 계),
    else the first whose cells in the channel rows are all counts (a head row above them, 구분 |
    횟수, is dropped; a cell left blank, no count printed, does not stop it); a column of words beside
    it holds each channel's note (``3(설명회)``). None when the head names a total column in one cell
    spanning the row (its place unknown: the first column of counts would be a period's)."""
    rows = [r for r in grid if category_of(r[0]) or _is_total(r[0])]
    width = min(len(r) for r in rows)
    heads = [r for r in grid if not (category_of(r[0]) or _is_total(r[0]))]
    count_col = _total_column(heads[0], width) if heads and grid[0] is heads[0] else None
    if count_col is None and heads and grid[0] is heads[0] and _spanning_total(heads[0]):
        return None
    if count_col is None:
        count_col = next((k for k in range(1, width) if all(_is_value_line(r[k]) or not r[k].strip() for r in rows)
                          and any(_is_value_line(r[k]) for r in rows)), width - 1)
    notes = [k for k in range(1, width) if k != count_col and any(r[k].strip() for r in rows)
             and not any(_is_value_line(r[k]) for r in rows)]
    values = []
    for r in rows:
        note = " ".join(r[k].strip() for k in notes if r[k].strip() and r[k].strip() not in DASHES)
        values.append(f"{r[count_col]}({note})" if note and not _is_total(r[0]) else r[count_col])
    return [[r[0] for r in rows], values]


def _from_grid(grid: list[list[str]]) -> Outreach | None:
    if len(grid) < 2:
        return None
    if len(grid) > 2 and all(len(r) >= 2 for r in grid) and sum(
            1 for r in grid if category_of(r[0]) or _is_total(r[0])) >= 2:
        one = _one_channel_a_row(grid)
        if one is None:
            return None
        grid = one
    header, values = _spans_parted(grid[0]), grid[-1]
    total = None
    unit = None
    total_raw = ""
    items = []
    for k, (h, v) in enumerate(zip(header, values, strict=False)):
        h = fold(h)
        if k == 0 and h.replace(" ", "") in (*current().words("funding_label_column"),
                                             *current().words("funding_label_column", "corner_columns")) \
                and not _is_value_line(v):
            # the rows' label column (구분 | 실적(건); 연도 over a row a year): no channel; a count unit in its
            # row label is the table's
            unit = next((u for u in re.findall(r"\(([^)]*)\)", fold(v)) if u.strip() in current().words("counts", "units")),
                        unit)
            continue
        if _is_total(h):
            total, printed_unit = _count(v)
            unit = printed_unit or unit
            total_raw = v
            continue
        if h:
            items.append(_item(h, category_of(h) or "other", fold(v)))  # an unknown channel is "other"
    if not items or not any(category_of(it["label"]) for it in items):
        # no label names a channel (``구분 | 2021년 | 2022년 | 계`` over ``취업자 35 13 48``): a table
        # of some other count the section's lines took, no channel table
        return None
    _blanks_by_total(items, total, [fold(v) for h, v in zip(header, values, strict=False) if fold(h)
                                    and not _is_total(fold(h))])
    counts = [it["count"] for it in items]
    if header != grid[0] and (total is None or None in counts or sum(counts) != total):  # type: ignore[arg-type]
        # a spanning cell parted into its channels: kept only where the counts add up to the total
        items = [_item(it["label"], it["category"], "") for it in items]
    if _misaligned(header, values):
        # two channels' labels in one header cell, or a count under no label: a layout dump's
        # columns did not line up, so which count is whose is not known; the channels, no counts
        items = [_item(label, cat, "") for h in header if fold(h) and not _is_total(fold(h))
                 for label, cat in (_split_header(fold(h)) or [(fold(h), category_of(fold(h)) or "other")])]
    return _with_total_raw({"unit": unit or _default_unit(), "total": total, "items": items}, total_raw)


def _blanks_by_total(items: list[OutreachItem], total: int | None, printed: list[str]) -> None:
    """Channels whose count cell is blank count none where the other channels' counts add up to the
    printed total (proven); they stay null otherwise."""
    blank = [it for it, raw in zip(items, printed, strict=False) if it["count"] is None and not raw]
    known = [it["count"] for it in items if not any(it is b for b in blank)]
    if blank and len(printed) == len(items) and total is not None and None not in known and sum(known) == total:
        for it in blank:
            it["count"] = 0


def _spans_parted(header: list[str]) -> list[str]:
    """A header cell spanning ``k`` columns (printed once per column it covers) that names ``k``
    channels run together (``만족도 조사 전문가 자문`` over two counts: two labels a layout dump
    printed one space apart, read as one cell over both columns): each column takes its label, in
    the order printed. Any other cell stays as it is."""
    out = list(header)
    k = 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and out[j + 1] == out[k]:
            j += 1
        labels = _split_header(fold(out[k])) if j > k and fold(out[k]) else []
        if j > k and len(labels) == j - k + 1 and len({cat for _, cat in labels}) == len(labels) \
                and fold(out[k]).startswith(labels[0][0]):
            out[k:j + 1] = [label for label, _ in labels]
        k = j + 1
    return out


def _misaligned(header: list[str], values: list[str]) -> bool:
    """Whether a channel table's header and count rows fail to line up: a header cell naming two
    channels, two cells side by side naming one (a label cut in two, its column taken from
    another), or a count under an empty header cell."""
    if any(len({cat for _, cat in _split_header(fold(h))}) > 1 for h in header):
        return True
    cats = [category_of(fold(h)) for h in header if fold(h)]
    if any(a is not None and a == b for a, b in zip(cats, cats[1:], strict=False)):
        return True
    return any(not fold(h) and fold(v) for h, v in zip(header, values, strict=False))


def _is_value_line(text: str) -> list[str] | None:
    toks = current().build(_value_token).findall(text)
    if toks and "".join(toks).replace(" ", "") == text.replace(" ", "") \
            and not all(re.fullmatch(r"[OoIl|]", t) for t in toks):  # a line of lone letters is no value row
        return [fold(t) for t in toks]
    return None


def _labelled_values(header: str, text: str) -> list[str] | None:
    """The counts of a line opened by its row's label (``실적(회) 3 1 - 12``) under a header opened
    by the label column's head (``구분 주민설명회 ...``): a head that names no channel and no total
    over a label that is no count."""
    head, _, _ = header.strip().partition(" ")
    label, _, rest = text.strip().partition(" ")
    if not head or category_of(head) or _is_total(head) or not rest or _is_value_line(label) \
            or category_of(label) or _is_total(label):  # a channel's or the total's row: one a row
        return None
    return _is_value_line(rest)


def _total_amid(header: str, cols: list[tuple[str, str]]) -> tuple[int, list[tuple[str, str]]] | None:
    """The total column printed between two channels (``... 전문가 자문 계 언론 홍보 기타``): its place
    among the counts (the channels before it) and the channels with the total word cut from the
    label it ended up in; ``None`` unless exactly one total word stands inside the channel labels."""
    inside = [(k, t) for k, (label, _) in enumerate(cols) for t in label.split()[1:] if _is_total(t)]
    if len(inside) != 1 or inside[0][0] == len(cols) - 1 and _is_total(header.split()[-1]):
        return None
    k, word = inside[0]
    label, cat = cols[k]
    toks = label.split()
    at = max(i for i, t in enumerate(toks) if t == word)
    if at != len(toks) - 1:
        return None  # the total word inside a label, not after it
    return k + 1, [*cols[:k], (fold(" ".join(toks[:at])), cat), *cols[k + 1:]]


def _late_channel(header: list[Line]) -> bool:
    """Whether a header line names a channel after a line that named two or more (a row of the
    header's labels) and stands indented deeper than that row: a piece of a laid-out row whose
    place among the row's columns its print order does not tell (a dump printing in reading
    order, a cell a line or a row a line from the margin, keeps the columns' order)."""
    row: Line | None = None
    for ln in header:
        named = {cat for _, cat in _split_header(ln.full_text)}
        if row is not None and named and ln.indent != row.indent:
            return True  # deeper, or left of the row's first label (a column before it, wrapped over lines)
        if row is None and len(named) >= 2:
            row = ln
    return False


def _from_lines(lines: list[Line], *, one_header_line: bool = False) -> Outreach | None:
    """Header words, then the values: on one line (``146회 1(채용박람회) 1 - 144 -``) or one per
    line, as a dump prints a table cell by cell. ``one_header_line``: the lines come from a block
    the layout reader could not align, where a header wrapped over lines interleaves the words of
    its cells; only a header printed on one line is read then."""
    header_parts: list[str] = []
    header: list[Line] = []
    values: list[str] = []
    value_lines: list[Line] = []
    for ln in lines:
        toks = _is_value_line(ln.full_text)
        if toks is None and header_parts and not values:
            toks = _labelled_values(header_parts[0], ln.full_text)
        if toks is not None:
            value_lines.append(ln)
        if toks is None:
            if values:
                if category_of(fold(ln.full_text)) and any(_is_total(p.strip()) for p in header_parts):
                    # a channel's label after the counts of a header holding the total's word: the table
                    # printed a cell a line out of its rows' order (pdftotext: a wrapped label's column
                    # first, the total's word amid its pieces), the count after it maybe the total's:
                    # which count is whose is not known here
                    return None
                break
            header_parts.append(ln.full_text)
            header.append(ln)
        else:
            values.extend(toks)
    # a block the reader could not align, its header row printed over several lines that the
    # reader joined cell by cell: a two-line label's pieces may stand apart, another's between them
    late = _late_channel(header) or (one_header_line and any(
        (ln.source.line_end or 0) > (ln.source.line_start or 0) for ln in header))
    if not values or not header_parts or (one_header_line and len(header_parts) > 1):
        return None
    cols = _split_header(" ".join(header_parts))
    if not cols:
        return None
    head = " ".join(header_parts).split()
    gapped = _gapped(value_lines[0], values) if len(value_lines) == 1 else None
    by_gaps = gapped is not None and len(values) < len(cols) < len(gapped) == len(cols) + 1 and _is_total(head[0])
    if by_gaps and gapped is not None:
        values = gapped  # count cells printed blank, each a space more (1회  1   ): their places the gaps'
    total_last = len(head) > 1 and _is_total(head[-1])  # 계 printed after the channels
    amid = _total_amid(" ".join(header_parts), cols)  # 계 printed between two channels
    if total_last:
        label, cat = cols[-1]
        cols[-1] = (fold(label.rsplit(" ", 1)[0]), cat)
    has_total = bool(head) and _is_total(head[0])
    n_keyed = len(cols)
    if has_total or total_last:  # a printed total word tells which value is the total: the rest are channels
        cols = _fit_labels(cols, " ".join(header_parts), len(values) - 1)
    total = unit = None
    total_raw = ""
    if late and not has_total:
        # labels printed apart from their row: only a total word opening the row (left of every
        # label) is known to stand over the first count; the total is not read elsewhere
        if len(values) == len(cols) + 1:
            total_raw, values = "", values[1:]
    elif amid is not None and not total_last and len(values) == len(cols) + 1:
        k, cols = amid
        total, unit = _count(values[k])
        total_raw, values = values[k], values[:k] + values[k + 1:]
    elif total_last and len(values) == len(cols) + 1:
        total, unit = _count(values[-1])
        total_raw, values = values[-1], values[:-1]
    elif has_total or len(values) == len(cols) + 1:
        total, unit = _count(values[0])
        total_raw, values = values[0], values[1:]
    if len(values) != len(cols):
        return None  # a channel no keyword names shifted the columns: leave it to `unparsed`
    if late:
        # a channel's label printed on a line after the row of the other labels (a header a page
        # break cut, its two-line label printed on the next page): the label's place among the
        # columns is not known from the print order, so which count is whose is not known; the
        # channels and the total stay, no count is read
        values = [""] * len(cols)
    items = [_item(label, cat, values[i]) for i, (label, cat) in enumerate(cols)]
    if by_gaps:
        _blanks_by_total(items, total, values)  # a blank none only where the others add up to the total
    counts = [it["count"] for it in items]
    if len(cols) > n_keyed and (total is None or None in counts or sum(counts) != total):  # type: ignore[arg-type]
        return None  # channels fitted to the counts only where the counts add up to the printed total
    pieces = [p for p in header_parts if not category_of(p) and not _is_total(p.strip())]
    if pieces and total is not None and None not in counts and sum(counts) != total:  # type: ignore[arg-type]
        # a header printed a cell a line, with a piece of a label broken over lines, whose counts
        # miss the printed total: the converter printed the pieces apart and the cells out of their
        # columns' order, so which count stands under which channel is not known; none is read
        return None
    return _with_total_raw({"unit": unit or _default_unit(), "total": total, "items": items}, total_raw)


def _gapped(line: Line, values: list[str]) -> list[str] | None:
    """A value line's cells as a dump printing its cells one space apart prints them, a blank cell a space
    more (``1회  1   ``: ``1회``, ``""``, ``1``, ``""``, ``""``, ``""``); None where its printed text keeps no
    such spacing or its cells are not ``values`` in order."""
    printed = (line.printed or "").lstrip(" ").rstrip("\n")
    if "  " not in printed:
        return None
    cells = printed.split(" ")
    return cells if [fold(c) for c in cells if c] == values else None


def _fit_labels(cols: list[tuple[str, str]], head: str, want: int) -> list[tuple[str, str]]:
    """Channel labels of a header line whose words a dump printed run together, fitted to the
    counts under them (a header opened or closed by the total's word): words between the total's
    word opening the line and the first channel keyword open the first label (``계 학부모 설명회`` -> ``학부모 설명회``); and where the
    counts name more channels than keywords, a label whose words go on after its keyword's word
    (no comma, no 등) ends there, the words after it a channel no keyword names (``언론보도 교원
    연수`` -> ``언론보도`` | ``교원 연수``, other), when exactly as many labels do so as are missing
    (a label closing an open list, ``간담회, 공청회 등``, goes on)."""
    if not cols:
        return cols
    first = head.find(cols[0][0].split()[0])
    lead = head[:first].split() if first > 0 else []
    skip = set(current().words("totals")) | set(current().words("funding_label_column"))
    if not lead or lead[0] not in skip:
        lead = []  # only words right after the total's word (and the label column's) open the first label
    while lead and lead[0] in skip:
        lead = lead[1:]
    if lead and not any(category_of(w) or w in skip for w in lead):
        cols = [(fold(" ".join([*lead, cols[0][0]])), cols[0][1]), *cols[1:]]
    missing = want - len(cols)
    if missing <= 0:
        return cols
    tails = []
    for k, (label, _cat) in enumerate(cols):
        words = label.split()
        at = next((i for i, w in enumerate(words) if category_of(w)), None)
        rest = words[at + 1:] if at is not None else []
        if rest and not words[at].endswith((",", "，", "·")) and rest[-1] not in current().words("claims", "open_list_words") and not any(
                category_of(w) for w in rest):
            tails.append((k, at))
    if len(tails) != missing:
        return cols
    out: list[tuple[str, str]] = []
    cut = dict(tails)
    for k, (label, cat) in enumerate(cols):
        if k not in cut:
            out.append((label, cat))
            continue
        words = label.split()
        out += [(" ".join(words[: cut[k] + 1]), cat), (" ".join(words[cut[k] + 1:]), "other")]
    return out


def _row_counts(lines: list[Line]) -> list[list[str]] | None:
    """A channel table printed a row a line with counts per period and a total column (``구분
    1/4분기 2/4분기 3/4분기 4/4분기 계`` over ``언론 홍보 9 3 7 2 21``): each row's label and the
    count under the head line's total word; None when the lines are not so."""
    head: list[str] | None = None
    rows: list[list[str]] = []
    for ln in lines:
        text = ln.full_text.strip()
        toks = text.split()
        k = len(toks)
        while k > 0 and _is_value_line(toks[k - 1]):
            k -= 1
        label, vals = fold(" ".join(toks[:k])), toks[k:]
        if not (category_of(label) or _is_total(label)) or not vals:
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
    tc = _total_column(["", *head[-n:]], n + 1)
    if tc is None:
        return None
    return [[r[0], r[tc], ""] for r in rows]


def _cells_as_rows(lines: list[Line]) -> list[Line]:
    """A channel table a dump printed one cell a line, as a row a line: the head cells before the
    first channel's label on one line (a total word among them heads the total column), each
    channel's (or the total's) label with the counts after it."""
    rows: list[list[Line]] = [[]]
    for k, ln in enumerate(lines):
        text = fold(ln.full_text)
        nxt = fold(lines[k + 1].full_text) if k + 1 < len(lines) else ""
        # a channel word right after a row's count and before another channel is that row's note
        # (비고: ``설명회``), not a channel without a count
        note = len(rows) > 1 and len(rows[-1]) >= 2 and _is_value_line(fold(rows[-1][-1].full_text)) is not None \
            and (category_of(nxt) or _is_total(nxt)) and _is_value_line(nxt) is None
        if (category_of(text) or _is_total(text) and len(rows) > 1) and _is_value_line(text) is None and not note:
            rows.append([ln])
        else:
            rows[-1].append(ln)
    return [Line(text=" ".join(fold(x.full_text) for x in r), marker=None, indent=0, source=r[0].source)
            for r in rows if r]


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
    first = next((k for k, t in enumerate(texts) if _is_value_line(t) is None and category_of(t)), None)
    if first is None:
        return None
    head = [t for t in texts[:first] if t and not re.match(r"^\(.*\)$", t)
            and t.replace(" ", "") not in current().words("funding_label_column")]
    width = len(head)
    tc = next((k for k, t in enumerate(head) if _is_total(t)), None)
    labels: list[tuple[int, str]] = []
    values: list[tuple[int, str]] = []
    for k in range(first, len(texts)):
        t = texts[k]
        toks = _is_value_line(t)
        if toks is not None and len(toks) == 1:
            values.append((k, toks[0]))
        elif category_of(t) or _is_total(t):
            labels.append((k, t))
        elif t:
            return None
    if tc is None or width < 3 or len(values) != width * len(labels) or len(labels) < 3:
        return None
    runs = [values[i * width:(i + 1) * width] for i in range(len(labels))]
    counts = [[_count(v)[0] for _, v in run] for run in runs]
    if any(c is None for run in counts for c in run):
        return None
    if not all(2 * run[tc] == sum(run) for run in counts):  # type: ignore[arg-type]
        return None
    totals = [i for i, run in enumerate(counts)
              if all(2 * run[j] == sum(r[j] for r in counts) for j in range(width))]  # type: ignore[misc]
    named = [i for i, (_, t) in enumerate(labels) if _is_total(t)]
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


def _from_rows(lines: list[Line]) -> Outreach | None:
    """A table of one channel a row printed a row a line (``만족도 조사 1``, ``계 50회``): each line
    a channel's words (or the total's), then its count, then any note words; a head line above
    them (구분 횟수 비고) is skipped. Read only when every line after the head is such a row."""
    by_total = _row_counts(lines)
    cells = all(len(ln.full_text.split()) == 1 or category_of(ln.full_text) for ln in lines[1:])
    if by_total is None and cells:
        by_total = _row_counts(_cells_as_rows(lines)) or _dealt_by_sums(lines)  # a cell a line
    if by_total is not None:
        return _from_grid([["", "", ""], *by_total])
    headed = bool(lines) and not (category_of(lines[0].full_text) or _is_total(fold(lines[0].full_text)))
    # a cell a line under a printed head (구분 / 횟수 / 비고): without one, a word after a count may be the
    # rest of a wrapped label as well as a note, so whose count is whose is not known
    return _rows_read(lines) or (_rows_read(_cells_as_rows(lines)) if cells and headed else None)


def _rows_read(lines: list[Line]) -> Outreach | None:
    """Each line a channel's words (or the total's), its count, then any note words, under a head."""
    rows: list[list[str]] = []
    head = ""
    blank = 0
    for ln in lines:
        text = ln.full_text.strip()
        m = re.search(rf"(?:^|\s)({current().build(_value_token).pattern})(?:\s+(?P<note>.*))?$", text)
        label = fold(text[: m.start(1)]) if m else ""
        if not m and (head or rows) and category_of(fold(text)) and not _is_total(fold(text)) \
                and not text.endswith((",", "，", "·", "ㆍ", "/")):
            # a channel's row whose count cell the dump printed blank (spaces after the label): its count
            # is none only where the other rows' counts add up to the total row's (_blanks_by_total)
            rows.append([fold(text), "", ""])
            blank += 1
            continue
        if not m or not (category_of(label) or _is_total(label)):
            if rows:
                return None
            head = text
            continue  # the head line
        rows.append([label, fold(m.group(1)), fold(m.group("note") or "")])
    if len(rows) < 3 or blank == len(rows):
        return None
    unit = next((u for r in rows if (u := _count(r[1])[1])), None) or _default_unit()
    for r in rows:
        note = _beside_count(head, r[2], unit)
        if note is None or (note and _is_value_line(note) is not None):
            return None  # counts after the count (one a period): which is the row's total is not known here
        r[2] = note
    got = _from_grid([["", "", ""], *rows])
    cats = [it["category"] for it in got["items"]] if got is not None else []
    if blank and got is not None and (any(it["count"] is None for it in got["items"]) or len(set(cats)) < len(cats)):
        return None  # a blank count the total does not prove none, or a label wrapped over two lines
    return got


def _beside_count(head: str, note: str, unit: str) -> str | None:
    """The note of a row whose count the figures of other columns follow (a head ``구분 횟수
    참여인원(명) 비고``): the words after as many figures as the head names columns counted in another
    unit than the count's (``(명)``); None when the row prints fewer; the note as it is when the head
    names no such column."""
    units = set(current().words("counters")) | set(current().words("counts", "units"))
    others = [u for u in re.findall(r"\(([^()]+)\)", head) if u.strip() in units and u.strip() != unit]
    if not others:
        return note
    toks = note.split()
    n = len(others)
    if len(toks) < n or not all(current().build(_value_token).fullmatch(t) for t in toks[:n]):
        return None
    return " ".join(toks[n:])


def _continues(pieces: list[str], text: str) -> bool:
    """Whether a line goes on with the channel label above it rather than starting one: a label
    left open (``주민간담회·`` / ``간담회, 공청회`` over ``등``) or a line naming no channel."""
    cat = category_of(text)
    return cat is None or pieces[-1].endswith((",", "，", "·", "ㆍ", "/")) or category_of(" ".join(pieces)) == cat \
        and not _is_total(text)


def _from_cells(lines: list[Line]) -> Outreach | None:
    """A channel table a converter printed one cell a line out of the table's order (pdftotext's
    reading order: ``계`` / ``7회`` / the labels / the counts, the total's count printed amid the
    labels, a label wrapped over two lines printed in pieces). The total's count is the one count
    that is the sum of all the others (one count per channel and the total's, the total word
    printed); the channels' counts are read in print order only where the print falls into
    blocks, each a run of labels and then as many counts (:func:`_counts_in_blocks`; a label in
    pieces among others moves its count elsewhere in print order, so which count is whose is not
    known then: the channels and the total stay)."""
    labels: list[list[str]] = []
    values: list[str] = []
    events: list[str] = []  # print order: "L" a label starts, "C" a label goes on, "V" a count
    total_word = False
    for ln in lines:
        text = fold(ln.full_text)
        toks = _is_value_line(text)
        if toks is not None:
            if len(toks) != 1:
                return None
            values.append(toks[0])
            events.append("V")
        elif _is_total(text):
            if total_word or values:  # the total's word once, before the counts (amid the labels: a
                return None           # wrapped label's pieces printed around it)
            total_word = True
        elif labels and _continues(labels[-1], text):
            if len(text.split()) > 2:
                return None
            labels[-1].append(text)
            events.append("C")
        elif category_of(text) and len({c for _, c in _split_header(text)}) == 1:
            labels.append([text])
            events.append("L")
        else:
            return None
    if not total_word or len(labels) < 2 or len(values) != len(labels) + 1:
        return None
    parsed = [_count(v) for v in values]
    counts = [c for c, _ in parsed]
    if None in counts:
        return None
    whole = sum(counts)  # type: ignore[arg-type]
    at = [i for i, c in enumerate(counts) if 2 * c == whole]  # type: ignore[operator]
    if len(at) != 1:
        return None
    total, unit = parsed[at[0]]
    rest = values[: at[0]] + values[at[0] + 1:]
    # the counts in print order: the total's count first, then blocks of labels and their counts
    in_order = at[0] == 0 and _counts_in_blocks(_without_total_count(events), labels)
    items = [_item(fold(" ".join(p)), category_of(" ".join(p)) or "other", rest[i] if in_order else "")
             for i, p in enumerate(labels)]
    return _with_total_raw({"unit": unit or _default_unit(), "total": total, "items": items}, values[at[0]])


def trailing_counts(items: list[Item]) -> tuple[Line, ...]:
    """The lines closing ``items`` (the card's sections after the outreach) that print nothing but
    one count each (``-`` / ``3``): the channel table's last cells a dump printed past the page's
    footer; none when a table or another line closes them."""
    run: list[Line] = []
    for it in reversed(items):
        toks = _is_value_line(fold(it.full_text)) if isinstance(it, Line) else None
        if toks is None or len(toks) != 1:
            break
        run.insert(0, it)
    return tuple(run)


def _label_count_pairs(lines: list[Line]) -> Outreach | None:
    """A table of a channel a row printed one cell a line, each label's line right above its count's
    (``주민간담회·공청회 등`` / ``-`` / ``만족도 조사`` / ``1`` / ... / ``계`` / ``147회``), amid lines of other
    tables a dump printed there too (no label, no count after a label: passed over; so too the line
    right after a count, the row's note cell, whatever its words, unless it names a channel no row
reads: then it is a label whose count a dump printed elsewhere, ``pdf2txt.py`` printing two
labels' cells and then their counts). Read only where
    it proves itself: every channel label is so followed, each channel once, the total word's count
    the sum of the channels' (two or more)."""
    texts = [fold(ln.full_text) for ln in lines]
    items: list[OutreachItem] = []
    total: tuple[int, str | None, str] | None = None
    k = 0
    after_pair = -1  # the line right after the last pair read
    skipped: set[str] = set()  # the channels of the note cells passed over
    while k < len(texts):
        text = texts[k]
        is_total = _is_total(text)
        if not is_total and not (category_of(text) and len({c for _, c in _split_header(text)}) == 1):
            k += 1
            continue
        toks = _is_value_line(texts[k + 1]) if k + 1 < len(texts) else None
        if (toks is None or len(toks) != 1) and k == after_pair:
            if not is_total:
                skipped.add(category_of(text) or "other")
            k += 1  # the row's note cell right after its count (설명회), a channel's word or not
            continue
        if toks is None or len(toks) != 1:
            return None  # a label whose count is printed elsewhere: which count is whose is not shown
        count, unit = _count(toks[0])
        if count is None:
            return None
        if is_total:
            if total is not None:
                return None
            total = (count, unit, toks[0])
        else:
            items.append(_item(text, category_of(text) or "other", toks[0]))
        k += 2
        after_pair = k
    if total is None or len(items) < 2 or len({i["category"] for i in items}) != len(items):
        return None
    if sum(i["count"] or 0 for i in items) != total[0]:
        return None
    if skipped - {i["category"] for i in items}:
        return None  # a note cell naming a channel no row reads: a label whose count printed elsewhere
    return _with_total_raw({"unit": total[1] or _default_unit(), "total": total[0], "items": items}, total[2])


def _without_total_count(events: list[str]) -> list[str]:
    """The print order of a channel table's cells without the first count (the total's)."""
    k = events.index("V")
    return events[:k] + events[k + 1:]


def _counts_in_blocks(events: list[str], labels: list[list[str]]) -> bool:
    """Whether the channels' labels and counts print as blocks, each a run of labels and then as
    many counts, the counts in their labels' order: a table printed row by row (every label, then
    every count) or column by column (a label, its count) or in blocks of columns between (a
    wrapped label's column printed apart: ``간담회, 공청회`` / ``등`` / ``4``, then the others row by
    row). A label in pieces shares its block with no other label (a dump prints the count of a
    wrapped label among others elsewhere: after the others' counts), and a label never goes on
    after a count."""
    blocks: list[tuple[list[int], int]] = []  # (the labels of a block, its count of counts)
    n = -1
    prev = ""
    for ev in events:
        if ev == "C" and prev == "V":
            return False
        if ev == "L":
            n += 1
            if not blocks or prev == "V":
                blocks.append(([], 0))
            blocks[-1][0].append(n)
        elif ev == "V":
            if not blocks:
                return False
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + 1)
        prev = ev
    return bool(blocks) and all(len(ls) == m and (len(ls) == 1 or all(len(labels[i]) == 1 for i in ls))
                                for ls, m in blocks)


def _sentence_count(v: Vocabulary) -> re.Pattern[str]:
    """``주민설명회 3회(참석 120명)``: the words before a count since the last comma, the count with
    its counter word, and a note in brackets right after it."""
    units = "|".join(map(re.escape, sorted(v.words("counters"), key=len, reverse=True)))
    return re.compile(rf"(?P<label>[^,，()]*?)\s*(?P<count>\d[\d,]*)\s*(?P<unit>{units})(?:\((?P<note>[^)]*)\))?")


def from_sentences(lines: list[Line]) -> Outreach | None:
    """Outreach told in bulleted sentences (``◦ 주민설명회 3회(참석 120명), 전문가 자문 2회 개최`` /
    ``◦ 언론보도 15회 등 총 20회``): each count with the words before it, a channel when they name
    one, the total when they end in a total word (vocabulary ``[outreach_sentences]``). Only lines
    that all carry a bullet are read so; none when a count's words name no channel."""
    if not lines or any(ln.marker is None for ln in lines):
        return None
    totals = set(current().words("outreach_sentences", "total"))
    items: list[OutreachItem] = []
    total = unit = None
    for ln in lines:
        for m in current().build(_sentence_count).finditer(ln.text):
            label = fold(m.group("label"))
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
    if not items:
        return None
    return {"unit": unit or _default_unit(), "total": total, "items": items}


def _log_over_tables(grid: list[list[str]], later: list[Table]) -> tuple[Outreach, list[Table]] | None:
    """A dated log whose rows a page break carried into the tables after it (a layout dump measures
    the next page on its own: its rows stand in columns of their own, the head not repeated or
    repeated): the log read over their rows together, kept only where it ends in a grand total its
    subtotals prove (every channel's count read), which its first table alone does not reach."""
    alone = from_log_grid(grid, category_of)
    if alone is not None and alone["total"] is not None:
        return None
    rows = list(grid)
    for k, table in enumerate(later):
        more = [[fold(c) for c in r] for r in table.grid()]
        rows += more[1:] if more and more[0] == grid[0] else more
        got = from_log_grid(rows, category_of)
        if got is not None and got["total"] is not None and all(i["count"] is not None for i in got["items"]):
            return got, later[:k + 1]
    return None


_FRACTION = re.compile(r"[\d,]*\d\.\d+")


def leading_fractions(lines: list[Line]) -> int:
    """The number of lines opening ``lines`` that print nothing but a figure with a fraction
    (``35.8``): no count (a channel's count is whole), another table's cell a dump printed here (the
    last row's share printed past a page break, after the next headings)."""
    n = 0
    while n < len(lines) and lines[n].marker is None and _FRACTION.fullmatch(lines[n].full_text.strip()):
        n += 1
    return n


def extract_outreach(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    prov: dict[Loc, Any] = {}
    tables = [it for it in items if isinstance(it, Table)]
    for k, it in enumerate(tables):
        grid = [[fold(c) for c in r] for r in it.grid()]
        joined = _log_over_tables(grid, tables[k + 1:])
        if joined is not None:
            prov[Loc("outreach")] = it.source
            return SectionResult({"outreach": joined[0]}, prov, [x for x in items if x is not it and x not in joined[1]])
        got = from_log_grid(grid, category_of) or _from_grid(grid)
        if got:
            prov[Loc("outreach")] = it.source
            return SectionResult({"outreach": got}, prov, [x for x in items if x is not it])
    lines, notes = split_notes([it for it in items if isinstance(it, Line)])
    lead = leading_fractions(lines)  # another table's cell printed past a page break: no count
    lines, notes = lines[lead:], [*notes, *lines[:lead]]
    unaligned = ctx is not None and any(ctx.in_unaligned(ln.source.line_start) for ln in lines)
    if (log := from_log_lines(lines, category_of)) is not None:
        prov[Loc("outreach")] = lines[0].source
        return SectionResult({"outreach": log}, prov, list(notes))
    if looks_like_log(lines):  # a log printed column by column: which subtotal is whose is not printed
        return SectionResult({"outreach": None}, prov, list(items))
    if not unaligned:  # a row a period over a total row proven their sum: the total row's counts
        lines = total_row_of_periods(lines, values_of=_is_value_line, is_channel=category_of, is_total=_is_total,
                                     count=lambda t: _count(t)[0]) or lines
    got = _from_lines(lines, one_header_line=unaligned)
    rows = None if unaligned else _from_rows(lines)
    if rows and got and got["total"] is None and len(rows["items"]) > len(got["items"]):
        got = None  # a channel or two read across from a table of a channel a row that reads whole
    got = got or (None if unaligned else rows or _from_cells(lines))
    if got is None and not unaligned and ctx is not None and ctx.stray_counts:
        # the table's last counts printed past the page's footer: read with them where they prove it
        got = _from_cells([*lines, *ctx.stray_counts])
    if (got is None or got["total"] is None) and not unaligned and (pairs := _label_count_pairs(lines)):
        got = pairs  # a label's line over its count's, the sum proving them
    if unaligned and not got:
        # rows of a block the reader could not align whose header wraps over lines: which count
        # stands under which channel is not known, so none is read (the block is reported as
        # unrecovered)
        return SectionResult({"outreach": None}, prov, list(items))
    if got:
        prov[Loc("outreach")] = lines[0].source
        return SectionResult({"outreach": got}, prov, list(notes))
    said = [it for it in items if isinstance(it, Line)]
    got = from_sentences(said) if len(said) == len(items) else None
    if got:
        prov[Loc("outreach")] = said[0].source
        return SectionResult({"outreach": got}, prov, [])
    return SectionResult({"outreach": None}, prov, list(items))
