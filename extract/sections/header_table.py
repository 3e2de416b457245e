"""A header printed as a table: its label and value cells paired (:func:`table_pairs`), values
under their labels or beside labels spanning rows, and the levels of a department printed in
tiers (:func:`level_heads`, :class:`Tiers`)."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.labels import header_field_of, split_labelled
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.header_bracket_pairs import bracketed_pairs
from pledgecard.extract.sections.header_option_grid import option_grid_pairs
from pledgecard.extract.sections.header_sub_labels import sub_labelled_pairs
from pledgecard.extract.sections.header_value_kinds import (
    KIND_FIELDS,
    is_dept,
    lone_phone,
    none_values,
    role_pairs,
    value_kind,
)
from pledgecard.extract.sections.header_value_overflow import with_overflow
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def _label_row(row: list[Any], fields: list[str | None]) -> bool:
    """A row of labels: every cell a known label, or all but one, which is a short word without a
    figure (a label the vocabulary does not know, such as the as-of date's ``기준일자``)."""
    unknown = [c for c, f in zip(row, fields, strict=True) if f is None]
    return (
        len(row) >= 2
        and len(row) - len(unknown) >= 2
        and len(unknown) <= 1
        and all(len(fold(c.text)) <= 8 and not any(ch.isdigit() for ch in c.text) for c in unknown)
    )


def table_pairs(table: Table, extra: list[Item] | None = None) -> list[tuple[str, str, Any]]:
    """Label/value pairs of a header table: a label cell's value is the next cell to its right, or
    the cell below it in a row of labels over a row of values. The value under a label no field
    knows goes to ``extra`` as a line (an as-of date is read from it)."""
    pairs, skip = option_grid_pairs(table)  # a pledge list's row: the status an option over its ticked word
    for r in range(table.n_rows - 1):
        row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        below = sorted((c for c in table.cells if c.row == r + 1), key=lambda c: c.col)
        fields = [header_field_of(fold(c.text.replace("\n", " "))) for c in row]
        if (
            _label_row(row, fields)
            and len(below) == len(row)
            and not any(header_field_of(fold(c.text)) for c in below)
        ):
            # labels in one row, their values in the row below, column by column
            pairs.extend(
                (f, fold(c.text.replace("\n", " ")), c.source)
                for f, c in zip(fields, below, strict=True)
                if f
            )
            if extra is not None:
                extra += [
                    Line(text=fold(c.text.replace("\n", " ")), marker=None, indent=0, source=c.source)
                    for f, c in zip(fields, below, strict=True)
                    if f is None
                ]
            skip.update((r, r + 1))
        elif (
            len(row) == len(below) == 1
            and fields[0]
            and (below[0].col, below[0].col_span) == (row[0].col, row[0].col_span)
            and not header_field_of(fold(below[0].text))
            and r not in skip
        ):
            # a band of one label across the table over its value across it too (실천목표 over 임기 내 추진)
            pairs.append((fields[0], fold(below[0].text.replace("\n", " ")), below[0].source))
            skip.update((r, r + 1))
    taken: set[int] = set()  # value cells read under their label
    printed = {f for c in table.cells if (f := header_field_of(fold(c.text.replace("\n", " "))))}
    for r in range(table.n_rows):
        if r in skip:
            continue
        row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        i = 0
        while i < len(row):
            cell = row[i]
            text = fold(cell.text.replace("\n", " "))
            field = header_field_of(text)
            levels = _level_values(table, row, i) if field else None
            if field and levels is not None:  # the department's levels as sub-heads over their values
                pairs.append((field, levels[0], row[i + 1].source))
                i += 1 + levels[1]
                continue
            if field and i + 1 < len(row) and header_field_of(fold(row[i + 1].text)) is None:
                # (the pairs a value cell prints in brackets after its value, 과 (담당 : …, ☎ …), to their fields)
                value, more = with_overflow(row, i + 1)  # 건설과, | 스마트정보과: a value cut at its column
                for f, v in role_pairs(
                    field, value
                ):  # 추진부서 | 주관 : 교통행정과 / 협조 : … (header_sub_labels)
                    pairs.extend((f2, v2, row[i + 1].source) for f2, v2 in bracketed_pairs(f, v, printed))
                i += 2 + more
                continue
            under = _value_under(table, cell) if field and i + 1 == len(row) else None
            if under is not None:  # a label closing its row over its value (추진상황 over 정상추진)
                pairs.append((field, fold(under.text.replace("\n", " ")), under.source))
                taken.add(id(under))
                i += 1
                continue
            if id(cell) in taken:
                i += 1
                continue
            spanned = _spanning_label(table, cell) if not field else None
            subs = sub_labelled_pairs(text) if spanned in KIND_FIELDS.get("dept", ()) else None
            if subs is not None:  # 추진부서 spanning | 협조 : 기획예산실, 건설과 (header_sub_labels)
                pairs.extend((f, v, cell.source) for f, v in subs)
                i += 1
                continue
            if (spanned is not None and value_kind(text) in KIND_FIELDS) or (
                not field and i == 0 and lone_phone(text)
            ):
                # a label over two rows (담당자 beside its name, then its phone): a value in a
                # later row goes to the field of its kind; a phone opening a row without a label is the contact's
                kind_fields = KIND_FIELDS[value_kind(text) or ""]
                pairs.append((kind_fields[0], text, cell.source))
                i += 1
                continue
            for f, v in split_labelled(text):
                if v:
                    pairs.append((f, v, cell.source))
            i += 1
    return pairs


def _value_under(table: Table, cell: Any) -> Any | None:
    """The cell right under a label cell that closes its row, of its width and no label itself: the
    label's value (a column of labels over values beside the label | value rows)."""
    for c in table.cells:
        if c.row == cell.row + cell.row_span and (c.col, c.col_span) == (cell.col, cell.col_span):
            text = fold(c.text.replace("\n", " "))
            return c if text and header_field_of(text) is None else None
    return None


def _spanning_label(table: Table, cell: Any) -> str | None:
    """The field of a label cell that spans rows down beside ``cell`` from a row above it."""
    for c in table.cells:
        if c.row < cell.row < c.row + c.row_span and c.col + c.col_span == cell.col:
            return header_field_of(fold(c.text.replace("\n", " ")))
    return None


def level_heads(text: str) -> int:
    """How many department levels a label's value cell names as sub-heads (``실·국 과 팀``: 3; vocabulary
    ``[header_values] dept_levels``), 0 when any word is not one."""
    toks = fold(text).split()
    levels = {key(w) for w in current().words("header_values", "dept_levels")}
    return len(toks) if toks and all(key(t) in levels for t in toks) else 0


@dataclass(slots=True)
class Tiers:
    """A label whose value printed its department levels' sub-heads (``소관부서 | 실·국 과 팀``): how many
    (``open`` while a dump printing a cell a line may print more), and the values under them read so far."""

    field: str
    heads: int
    open: bool = True
    values: list[str] = dc_field(default_factory=list)

    def take(self, text: str, *, whole: bool = False) -> bool:
        """Take a line of the levels' values (``복지국 노인복지과 경로팀``, or one a line; a level left blank
        printed ``-``, no part of the department): whether it was one. ``whole``: no other label waits for
        a value, so the first line under the sub-heads, every word a department's, is the whole department
        even holding more words than levels (a level's cell of two: ``경제산업국 농업기술센터`` under
        ``실·국``); where the cells split matters not, the department is the words in their order."""
        toks = text.split()
        none = current().build(none_values)
        if not toks or not all(is_dept(t) or t in none for t in toks) or not any(is_dept(t) for t in toks):
            return False
        if len(self.values) + len(toks) > self.heads:
            if not whole or self.values or any(t in none for t in toks):
                return False
            self.heads = len(toks)
        self.values += [t for t in toks if t not in none]
        self.heads -= sum(t in none for t in toks)
        return True


def _level_values(table: Table, row: list[Any], i: int) -> tuple[str, int] | None:
    """The label ``row[i]`` spans rows, the cells right of it on its row are department levels' sub-heads
    (``소관부서`` over two rows beside ``실·국 | 과 | 팀``): the values under the sub-heads joined, and the
    number of sub-head cells; None otherwise."""
    label = row[i]
    if label.row_span < 2:
        return None
    heads = []
    for cell in row[i + 1 :]:
        if level_heads(cell.text) != 1:
            break
        heads.append(cell)
    if not heads:
        return None
    values = []
    for h in heads:
        under = next((c for c in table.cells if c.row == h.row + h.row_span and c.col == h.col), None)
        if under is None or header_field_of(fold(under.text)) is not None:
            return None
        if fold(under.text) not in current().build(none_values):
            values.append(fold(under.text.replace("\n", " ")))
    return (" ".join(values), len(heads)) if values else None
