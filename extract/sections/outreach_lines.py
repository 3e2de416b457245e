"""A channel table read from lines: the header's words, then the counts on one line or one a line."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_channels_after import channels_after
from pledgecard.extract.sections.outreach_count_heads import count_heads_cut
from pledgecard.extract.sections.outreach_foreign_cells import head_holds_foreign_cells
from pledgecard.extract.sections.outreach_grid import blanks_by_total
from pledgecard.extract.sections.outreach_period_heads import periods_across
from pledgecard.extract.sections.outreach_piece_apart import piece_apart_last
from pledgecard.extract.sections.outreach_pieces_run import pieces_run_after_labels
from pledgecard.extract.sections.outreach_total_counted import total_adds_up
from pledgecard.extract.sections.outreach_total_lead import total_leads
from pledgecard.extract.sections.outreach_total_placed import total_moved_first
from pledgecard.extract.sections.outreach_words import (
    category_of,
    cells_one_space_apart,
    count_cell,
    default_unit,
    is_total_label,
    is_value_line,
    outreach_item,
    split_header,
    with_total_raw,
)
from pledgecard.extract.sections.outreach_wrapped_head import proven_total, wrapped_label_last
from pledgecard.extract.sections.outreach_wrapped_notes import joined_notes
from pledgecard.extract.sections.outreach_year_tail import past_the_total, year_tail
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import fold
from pledgecard.record import Outreach


def _labelled_values(header: str, text: str) -> list[str] | None:
    """The counts of a line opened by its row's label (``실적(회) 3 1 - 12``) under a header opened
    by the label column's head (``구분 주민설명회 ...``): a head that names no channel and no total
    over a label that is no count."""
    head, _, _ = header.strip().partition(" ")
    label, _, rest = text.strip().partition(" ")
    if (
        not head
        or category_of(head)
        or is_total_label(head)
        or not rest
        or is_value_line(label)
        or category_of(label)
        or is_total_label(label)
    ):  # a channel's or the total's row: one a row
        return None
    return is_value_line(rest)


def _total_amid(header: str, cols: list[tuple[str, str]]) -> tuple[int, list[tuple[str, str]]] | None:
    """The total column printed between two channels (``... 전문가 자문 계 언론 홍보 기타``): its place
    among the counts (the channels before it) and the channels with the total word cut from the
    label it ended up in; ``None`` unless exactly one total word stands inside the channel labels."""
    inside = [(k, t) for k, (label, _) in enumerate(cols) for t in label.split()[1:] if is_total_label(t)]
    if len(inside) != 1 or inside[0][0] == len(cols) - 1 and is_total_label(header.split()[-1]):
        return None
    k, word = inside[0]
    label, cat = cols[k]
    toks = label.split()
    at = max(i for i, t in enumerate(toks) if t == word)
    if at != len(toks) - 1:
        return None  # the total word inside a label, not after it
    return k + 1, [*cols[:k], (fold(" ".join(toks[:at])), cat), *cols[k + 1 :]]


def late_channel(header: list[Line]) -> bool:
    """Whether a header line names a channel after a line that named two or more (a row of the
    header's labels) and stands indented deeper than that row: a piece of a laid-out row whose
    place among the row's columns its print order does not tell (a dump printing in reading
    order, a cell a line or a row a line from the margin, keeps the columns' order)."""
    row: Line | None = None
    for ln in header:
        named = {cat for _, cat in split_header(ln.full_text)}
        if row is not None and named and ln.indent != row.indent:
            return True  # deeper, or left of the row's first label (a column before it, wrapped over lines)
        if row is None and len(named) >= 2:
            row = ln
    return False


def _label_piece_amid(rest: list[Line], header_parts: list[str], n_values: int) -> bool:
    """Whether the line closing a run of counts under a head holding the total's word is a piece of a wrapped label
    (a word of letters only naming no channel) with channels' labels printed after it, the counts fewer than the
    head's channels and the total: the table printed a cell a line, the total's count amid a wrapped label's pieces
    (haetsal-county 57021 pdftotext: ``계`` / ``주민간담회, 공청`` / ``6회`` / ``회등`` / ``만족도 조사`` ..): the counts
    are no label's. A row's label after a full run of counts (dure-county's ``참여인원(명)``) is none."""
    text = fold(rest[0].full_text)
    if (
        category_of(text)
        or re.fullmatch(r"[가-힣]+", text) is None
        or not any(is_total_label(p.strip()) for p in header_parts)
    ):
        return False
    if n_values >= 1 + sum(1 for p in header_parts if category_of(fold(p))):
        return False
    return any(category_of(fold(ln.full_text)) for ln in rest[1:] if len(fold(ln.full_text).split()) <= 3)


def from_lines(lines: list[Line], *, one_header_line: bool = False) -> Outreach | None:
    """Header words, then the values: on one line (``146회 1(채용박람회) 1 - 144 -``) or one per
    line, as a dump prints a table cell by cell. ``one_header_line``: the lines come from a block
    the layout reader could not align, where a header wrapped over lines interleaves the words of
    its cells; only a header printed on one line is read then."""
    header_parts: list[str] = []
    header: list[Line] = []
    values: list[str] = []
    value_lines: list[Line] = []
    lines = joined_notes(lines)  # a count's note wrapped onto the next line: one cell
    stop = len(lines)  # the first line after the counts
    for at, ln in enumerate(lines):
        toks = is_value_line(ln.full_text)
        if toks is None and header_parts and not values:
            toks = _labelled_values(header_parts[0], ln.full_text)
        if toks is not None:
            value_lines.append(ln)
        if toks is None:
            if values:
                if category_of(fold(ln.full_text)) and any(is_total_label(p.strip()) for p in header_parts):
                    # a channel's label after the counts of a header holding the total's word: the table
                    # printed a cell a line out of its rows' order (pdftotext: a wrapped label's column
                    # first, the total's word amid its pieces), the count after it maybe the total's:
                    # which count is whose is not known here
                    return None
                if _label_piece_amid(lines[at:], header_parts, len(values)):
                    return None
                stop = at
                break
            header_parts.append(ln.full_text)
            header.append(ln)
        else:
            values.extend(toks)
    keep = count_heads_cut(header_parts)  # a channel-a-row table's count column heads after its total's word
    header_parts, header = header_parts[:keep], header[:keep]
    if len(value_lines) == len(values) and (tail := year_tail(values)):
        values, value_lines = (
            values[:-tail],
            value_lines[:-tail],
        )  # another table's years after a cell-a-line run
    # a block the reader could not align, its header row printed over several lines that the
    # reader joined cell by cell: a two-line label's pieces may stand apart, another's between them
    late = late_channel(header) or (
        one_header_line and any((ln.source.line_end or 0) > (ln.source.line_start or 0) for ln in header)
    )
    if not values or not header_parts or (one_header_line and len(header_parts) > 1):
        return None
    if head_holds_foreign_cells(header_parts):
        return None  # another table's cells among the head's lines: whose count is whose not printed (outreach_foreign_cells)
    if pieces_run_after_labels(header_parts):
        return None  # the head printed a line at a time across its cells: its order no column's (outreach_pieces_run)
    if len(value_lines) == len(values) and periods_across(header_parts):
        return (
            None  # the channels down, periods across, one column printed a cell a line: whose is not printed
        )
    cols = split_header(" ".join(header_parts))
    if not cols:
        return None
    head = " ".join(header_parts).split()
    if len(value_lines) == len(values) and head and (is_total_label(head[0]) or is_total_label(head[-1])):
        # a year printed after the run of counts, the channels' counts summing to the total: another table's
        values = past_the_total(
            values, len(cols), 0 if is_total_label(head[0]) else len(cols), lambda t: count_cell(t)[0]
        )
        value_lines = value_lines[: len(values)]
    total_last = len(head) > 1 and is_total_label(head[-1])  # 계 printed after the channels
    amid = _total_amid(" ".join(header_parts), cols)  # 계 printed between two channels
    n_keyed = len(cols)
    gapped = _gapped(value_lines[0], values, header) if len(value_lines) == 1 else None
    if gapped is not None and len(gapped) > len(cols) + 1 and is_total_label(head[0]):
        # blank counts the printed spaces place and a channel no keyword names (``언론보도 교원 연수``): the labels
        # fitted to the printed cells, read only where the counts add up to the total (below)
        cols = _fit_labels(cols, " ".join(header_parts), len(gapped) - 1)
    by_gaps = (
        gapped is not None
        and len(values) <= len(cols) < len(gapped) == len(cols) + 1
        and (is_total_label(head[0]) or total_last or total_leads(header_parts) or amid is not None)
    )
    if by_gaps and gapped is not None:
        values = gapped  # count cells printed blank, each a space more (1회  1   ): their places the gaps'
    elif (total_last or amid is not None) and len(values) == len(cols):
        # one count short under channels with the total's head among or after them, no blank's place printed
        # (mutant 3608 txt, 계 amid the channels: the total read as the channel's before it, a wrong figure)
        return None
    if total_last:
        label, cat = cols[-1]
        cols[-1] = (fold(label.rsplit(" ", 1)[0]), cat)
    has_total = bool(head) and (
        is_total_label(head[0]) or total_leads(header_parts)
    )  # 구분 / 계 / channels too
    if has_total or total_last:  # a printed total word tells which value is the total: the rest are channels
        cols = _fit_labels(cols, " ".join(header_parts), len(values) - 1)
    total = unit = None
    total_raw = ""
    counted = False
    if late and not has_total:
        # labels printed apart from their row: only a total word opening the row (left of every
        # label) is known to stand over the first count; the total is not read elsewhere
        if len(values) == len(cols) + 1:
            total_raw, values = "", values[1:]
    elif amid is not None and not total_last and len(values) == len(cols) + 1:
        k, cols = amid
        total, unit = count_cell(values[k])
        total_raw, values = values[k], values[:k] + values[k + 1 :]
    elif total_last and len(values) == len(cols) + 1:
        total, unit = count_cell(values[-1])
        total_raw, values = values[-1], values[:-1]
    elif has_total or len(values) == len(cols) + 1:
        counted = not has_total  # the total told by the count of cells only, no total word printed
        if (
            has_total
            and len(header) > 1
            and len(value_lines) == len(values) == len(cols) + 1
            and is_total_label(fold(header_parts[0].strip()))
        ):
            # a cell a line, the total's word first: its count printed last where only that adds up
            values = total_moved_first(values, lambda t: count_cell(t)[0])
        total, unit = count_cell(values[0])
        total_raw, values = values[0], values[1:]
    if len(values) != len(cols):
        return None  # a channel no keyword names shifted the columns: leave it to `unparsed`
    if counted and channels_after((ln.full_text for ln in lines[stop:]), [cat for _, cat in cols]):
        return None  # a total told by the count of cells, other channels' labels alone after the counts (outreach_channels_after)
    starts = [ln.source.line_start for ln in header]
    if wrapped_label_last(header_parts, starts, len(values) + (1 if total_raw else 0)) or piece_apart_last(
        header_parts, starts, len(values) + (1 if total_raw else 0)
    ):
        # a wrapped label printed after the others: its column's place is not told, no count is read;
        # the total only where the counts add up to it
        if not proven_total(total, values):
            total, unit, total_raw = None, None, ""
        late = True
    if late and not (
        len(values) == len(cols)
        and len({count_cell(v)[0] for v in values} - {None}) == 1
        and all(count_cell(v)[0] is not None for v in values)
    ):
        # a channel's label printed on a line after the row of the other labels (a header a page
        # break cut, its two-line label printed on the next page): the label's place among the
        # columns is not known from the print order, so which count is whose is not known; the
        # channels and the total stay, no count is read -- unless every count is the same figure
        # (all 0: saenal-district's -raw dump), when whose is whose does not matter
        values = [""] * len(cols)
    items = [outreach_item(label, cat, values[i]) for i, (label, cat) in enumerate(cols)]
    if by_gaps:
        blanks_by_total(items, total, values)  # a blank none only where the others add up to the total
    counts = [it["count"] for it in items]
    if counted and not total_adds_up(total, counts):
        return None  # one count more than the channels, no total word: the first count the total only where it adds up
    if len(cols) > n_keyed and (total is None or None in counts or sum(counts) != total):  # type: ignore[arg-type]
        return None  # channels fitted to the counts only where the counts add up to the printed total
    pieces = [p for p in header_parts if not category_of(p) and not is_total_label(p.strip())]
    # (or a label wrapped over lines each naming its channel, ``주민간담회,`` / ``공청회 등``: more header lines
    # than the channels and total words read; mutant 4099 pdftotext, 주민간담회's count printed last)
    wrapped = len(header) > 1 and len(header_parts) > n_keyed + sum(
        is_total_label(p.strip()) for p in header_parts
    )
    if (pieces or wrapped) and total is not None and None not in counts and sum(counts) != total:  # type: ignore[arg-type]
        # a header printed a cell a line, with a piece of a label broken over lines, whose counts
        # miss the printed total: the converter printed the pieces apart and the cells out of their
        # columns' order, so which count stands under which channel is not known; none is read
        return None
    unit = unit or (_row_label_unit(value_lines[0].full_text) if len(value_lines) == 1 else None)
    return with_total_raw({"unit": unit or default_unit(), "total": total, "items": items}, total_raw)


def _row_label_unit(text: str) -> str | None:
    """The count unit a counts row's label cell names (``실적(건) 129 3  4 122``: 건), as a grid's label column
    gives it; None where the row opens with a count or its label names no count unit."""
    label = text.split()[0] if text.split() else ""
    if is_value_line(text) is not None:
        return None
    return next(
        (
            u.strip()
            for u in re.findall(r"\(([^)]*)\)", fold(label))
            if u.strip() in current().words("counts", "units")
        ),
        None,
    )


def _lead(printed: str) -> int:
    return len(printed) - len(printed.lstrip(" "))


def _gapped(line: Line, values: list[str], header: list[Line]) -> list[str] | None:
    """A value line's cells as a dump printing its cells one space apart prints them, a blank cell a space
    more (``1회  1   ``: ``1회``, ``""``, ``1``, ``""``, ``""``, ``""``; ``27회 4 1 3 19 ``: a blank last cell);
    None where the line keeps no printed text or its cells are not ``values`` in order. Only printed
    spaces place a blank: a blank first cell only where the line opens with spaces beyond its header's
    (indented no deeper than the header, the line's opening spaces are its indent), a blank last cell
    only where the header's line closes on no space (a dump padding every line closes it on spaces too)."""
    raw = (line.printed or "").rstrip("\n")
    heads = [(h.printed or "").rstrip("\n") for h in header]
    if not raw.strip() or not all(h.strip() for h in heads):
        return None
    printed = raw[min([_lead(raw), *(_lead(h) for h in heads)]) :]
    if not heads or heads[-1].endswith(" "):
        printed = printed.rstrip(" ")
    cells = cells_one_space_apart(printed)
    if cells and fold(cells[0]) == fold(line.full_text.split()[0]) and is_value_line(line.full_text) is None:
        cells = cells[1:]  # the row's label cell (실적(건) under 구분): no count, no column of the channels'
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
    skip = set(current().words("totals")) | set(current().words("label_column"))
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
        rest = words[at + 1 :] if at is not None else []
        if (
            rest
            and not words[at].endswith((",", "，", "·"))
            and rest[-1] not in current().words("claims", "open_list_words")
            and not any(category_of(w) for w in rest)
        ):
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
        out += [(" ".join(words[: cut[k] + 1]), cat), (" ".join(words[cut[k] + 1 :]), "other")]
    return out
