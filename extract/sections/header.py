"""The card header: title line (kind) and the labelled fields (공약명, 관리번호, 추진부서, ...).

Works on a header table (label cells followed by value cells) and on text lines where labels and
values alternate (``공 약 명 X 관리번호 2-20``), whatever the order of the fields.

This module reads the lines in order (:func:`read_header`): the kinds of values come from
:mod:`header_value_kinds`, a header table's pairs from :mod:`header_table`, a row of values under
a row of labels from :mod:`header_value_rows`, the lines' shapes before reading (approval boxes,
values before labels, broken labels) from :mod:`header_lines`, departments from
:mod:`header_depts`, and putting values into fields from :mod:`header_fields`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgecard.extract.cover_pages import cover_items
from pledgecard.extract.document import Source, Table
from pledgecard.extract.findings import finding
from pledgecard.extract.headings import reporting_date, split_kind_date
from pledgecard.extract.labels import (
    bracketed_fields,
    find_labels,
    is_title,
    split_labelled,
    title_without_box,
)
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import LABEL_SEPARATORS, split_marker
from pledgecard.extract.revisions import in_force_words
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.header_bare_date import bare_date_line
from pledgecard.extract.sections.header_depts import split_depts
from pledgecard.extract.sections.header_fields import (
    STAND_IN,
    join_number,
    join_unit,
    pledge_line,
    put_pairs,
    sub_title,
)
from pledgecard.extract.sections.header_labels_under import labels_under_values
from pledgecard.extract.sections.header_lines import (
    approval_box,
    around,
    cut_around,
    join_broken_labels,
    side_values,
    status_alone_later,
    status_in_phrase,
    untitled_first,
    values_before_labels,
    values_run,
)
from pledgecard.extract.sections.header_option_apart import option_heads_apart
from pledgecard.extract.sections.header_option_lines import option_grid_lines
from pledgecard.extract.sections.header_row_as_of import lone_row_texts
from pledgecard.extract.sections.header_status_bracket import status_with_bracket
from pledgecard.extract.sections.header_status_progress import without_progress
from pledgecard.extract.sections.header_table import Tiers, level_heads, table_pairs
from pledgecard.extract.sections.header_title_box import untitled_box_title
from pledgecard.extract.sections.header_value_kinds import (
    GENERIC_FIELDS,
    KIND_FIELDS,
    KIND_ONLY,
    PERSON_NAME,
    REPEATED_FIELDS,
    bare_number,
    bare_phone,
    is_dept,
    lone_phone,
    of_its_kind,
    one_typed_value,
    split_phone,
    value_kind,
    without_phone,
)
from pledgecard.extract.sections.header_value_rows import assign_queued, split_value_row
from pledgecard.extract.sections.header_value_tail import waiting_tail
from pledgecard.extract.sections.status_values import status_like, status_opens_later
from pledgecard.extract.textjoin import glue
from pledgecard.normalize.status import status_code, symbol_option, ticked_option, untold_options
from pledgecard.normalize.text import fold
from pledgecard.record import Header

# read_header and extract_header read the header; the helpers the other modules and tests use
# live in the header_* modules and are importable from here too
__all__ = [
    "HEADER_FIELDS",
    "bare_number",
    "bare_phone",
    "extract_header",
    "level_heads",
    "of_its_kind",
    "read_header",
    "split_depts",
    "split_value_row",
    "status_in_phrase",
    "value_kind",
]


HEADER_FIELDS = (
    "kind",
    "title",
    "mgmt_no",
    "lead_dept",
    "contact_name",
    "contact_phone",
    "coop_depts",
    "target",
    "status",
    "status_code",
)
CUT_UNPROVEN = (
    "cut_unproven"  # read_header's note (no field): rows whose title / department cut nothing printed
)


def _put_kind(header: dict[str, Any], prov: dict[Loc, Any], title: str, source: Source) -> None:
    """The card's kind from its title line (or title cell), without its box and brackets."""
    header["kind"] = fold(title_without_box(title).strip("《》<>[]【】 "))
    prov[Loc("header", sub="kind")] = source


def read_header(
    items: list[Item], unaligned: Callable[[int | None], bool] = lambda _: False, lexicon: str = ""
) -> tuple[Header, dict[Loc, Any], list[Item]]:
    """The header object, provenance, and the items it did not use. ``unaligned``: whether a
    line is a row of a block the reader could not align (its cells run together on one line):
    such a row gives values only where each is told apart by its kind (:func:`split_value_row`,
    or the whole row one typed value), never a whole row to a free-text field such as the title.
    ``lexicon``: the card's words, to judge whether a value's break fell inside a word."""
    items = labels_under_values(items)  # value rows printed over their label rows: as labels over values
    items = side_values(
        join_broken_labels(values_before_labels(option_heads_apart(option_grid_lines(items))))
    )
    box = approval_box(items)
    header: dict[str, Any] = dict.fromkeys(HEADER_FIELDS)
    header["coop_depts"] = []
    prov: dict[Loc, Any] = {}
    rest: list[Item] = []
    pending: list[str] = []  # labels printed alone on their line, waiting for their values
    last_field: str | None = None  # the field of the last value on the previous line
    queued_by_last: list[str] = []  # the labels the item just before queued
    streak: list[str] = []  # the labels queued by the run of label-only lines just before
    flat_run = False  # inside a run of values taken in label order
    tier: Tiers | None = None  # a label whose value printed its department levels' sub-heads
    untitled = untitled_first(items)  # the card's first line titles it, no title line printed
    unread: Line | None = None  # a plain line just left unread (a value printed above its label's line?)
    wrapped: tuple[str, Line, Line] | None = None  # (field, the line above, the label line): see _around
    doubted: tuple[str, str] | None = (
        None  # (free-text field, value): a status read off the line under its value
    )
    words = lexicon or " ".join(x.text for x in items if isinstance(x, Line))  # a word a break cut?
    in_brackets: list[tuple[str, str, Any]] = []  # pairs printed in brackets after another value
    for n, item in enumerate(items):
        above, unread = unread, None
        if n in box:  # the approval box's heads and letters: no label of the header
            rest.append(item)
            continue
        queued_before, queued_by_last = queued_by_last, []
        if not queued_before:
            streak = []
        if isinstance(item, Table):
            if header["kind"] is None:  # a title printed in the header table's top row
                title = next((c for c in item.cells if len(c.text) <= 60 and is_title(c.text)), None)
                if title is None and n == untitled:  # a title without a kind word beside an empty box
                    title = untitled_box_title(item)
                if title is not None:
                    _put_kind(header, prov, title.text.replace("\n", " "), title.source)
            pairs = table_pairs(item, rest)
            if not pairs:
                rest.append(item)
        else:
            text = item.full_text
            if header["kind"] is None and (is_title(text) or n == untitled):
                _put_kind(header, prov, text, item.source)
                continue
            labels = find_labels(text)
            if tier is not None and any(f in KIND_FIELDS["dept"] for f, _, _ in labels):
                # another department's label before the values under the sub-heads: theirs were never printed
                # (a contact's label and value between the sub-heads and their values: a row printed a cell a
                # line, the levels' values still to come)
                tier = None
            if not labels and pending and text.lstrip().startswith(LABEL_SEPARATORS):
                text = text.lstrip()[1:].strip()  # `label<TAB>: value` printed apart: the separator no value
            guessed = unaligned(item.source.line_start)  # a row of cells run together, not one value
            if (
                not labels
                and len(pending) >= 2
                and (flat_run or streak == pending)
                and not guessed
                and values_run(items, n) == len(pending)
            ):
                # a row of labels over a row of values, flattened one cell a line: one value a
                # line, to the label of its kind (a converter may print the cells out of order),
                # else in label order
                field = assign_queued(pending, fold(text)) or pending[0]
                later = [
                    fold(x.full_text) for x in items[n + 1 : n + values_run(items, n)] if isinstance(x, Line)
                ]
                if (
                    field == "status"
                    and last_field in GENERIC_FIELDS
                    and header[last_field]
                    and item.marker is None
                    and status_opens_later(later, pending[pending.index(field) :], split_value_row)
                ):
                    # the status's place by count taken by the free-text value's wrapped end (수소산업 특화단지
                    # 지정 / 추진), the status printed with the next label's value on a later line
                    header[last_field] = glue(header[last_field], fold(text), words)
                    flat_run, streak = False, []
                    continue
                if field not in KIND_ONLY or status_like(fold(text)):  # (no status word: no status)
                    pending.remove(field)
                    pairs = [(field, fold(text), item.source)]
                    last_field = field
                    flat_run, streak = bool(pending), []
                    put_pairs(header, prov, rest, pairs)
                    continue
            flat_run = False
            heads = level_heads(text) if not labels else 0
            if heads and tier is not None and tier.open and not tier.values:
                tier.heads += heads  # the next sub-head, printed a cell a line
                continue
            if (
                heads
                and tier is None
                and KIND_FIELDS["dept"][0] in pending
                and header[KIND_FIELDS["dept"][0]] is None
            ):
                # the department label's value cell holds its levels' sub-heads (소관부서 / 실·국 과 팀)
                tier = Tiers(KIND_FIELDS["dept"][0], heads)
                pending.remove(tier.field)
                continue
            if not labels and tier is not None and tier.take(fold(text), whole=not pending):
                # the values under a department's level sub-heads (소관부서 실·국 과 팀 / 복지국 노인복지과 경로팀)
                if len(tier.values) == tier.heads:
                    header[tier.field] = " ".join(tier.values)
                    prov[Loc("header", sub=tier.field)] = item.source
                    tier = None
                continue
            if tier is not None:
                tier.open = False
            if not labels:
                # as many value lines as labels wait: one value a line, no row to split
                row = (
                    split_value_row(pending, fold(text))
                    if len(pending) >= 2 and values_run(items, n) != len(pending)
                    else None
                )
                if row is not None and "status" in row and status_alone_later(items, n):
                    row = (
                        None  # its status printed later on a line of its own: a value ending in a status word
                    )
                if row is not None:  # a row of labels over a row of values
                    for f in row:
                        pending.remove(f)
                    pairs = [(f, v, item.source) for f, v in row.items()]
                    if cut_fields := [
                        f for f, v in row.items() if not v
                    ]:  # a title's end and a department's start
                        # printed by nothing (header_value_rows._body_whole): both null, the row kept unplaced
                        rest.append(Line(text=fold(text), marker=None, indent=0, source=item.source))
                        header.setdefault(CUT_UNPROVEN, []).append((cut_fields, fold(text), item.source))
                    last_field = None
                    put_pairs(header, prov, rest, pairs)
                    continue
                field = assign_queued(pending, fold(text)) if pending else None
                if (
                    len(queued_before) == 1
                    and queued_before[0] in pending
                    and queued_before[0] in GENERIC_FIELDS
                    and field in GENERIC_FIELDS
                ):
                    # a free-text value on the line right under a lone free-text label (실천목표 /
                    # 임기 후 계속), while an earlier free-text label still waits (공약명): the
                    # label just printed takes it, as a header printed a cell a line pairs them
                    field = queued_before[0]
                if guessed and field is not None and value_kind(fold(text)) is None:
                    field = None  # the whole row to a free-text field: a guess
                if (
                    field is not None
                    and len(queued_before) >= 2
                    and len(pending) >= 2
                    and values_run(items, n) != len(pending)
                    and not one_typed_value(fold(text))
                ):
                    # the values of a row of labels run together on one line, their kinds no split:
                    # the whole line to one field would be a guess, and so would the lines after it
                    # in label order (the labels the line's values answered are not known): none waits
                    guessed = True
                    field = None
                    pending.clear()
                if guessed and field is None:
                    rest.append(item)  # left unread: the block is reported as unrecovered
                    last_field = None
                    if len(queued_before) >= 2 and set(queued_before) <= set(pending):
                        # the row of values under the labels just printed: theirs, unread; the labels
                        # of the next band wait for the next row on their own
                        pending = [f for f in pending if f not in queued_before]
                    continue
                if (
                    field is None
                    and len(pending) == 1
                    and queued_before == pending
                    and (pending[0] not in KIND_ONLY or status_like(fold(text)))
                ):
                    field = pending[
                        0
                    ]  # a lone label line, then a lone value line: its value, whatever it looks like
                if field is None and last_field == "title" and item.marker is None and header["title"]:
                    header["title"] = glue(header["title"], fold(text), words)  # a 공약명 the dump wrapped
                    continue
                if (
                    field is None
                    and last_field == "lead_dept"
                    and item.marker is None
                    and header["lead_dept"]
                    and value_kind(fold(text)) == "dept"
                    and not PERSON_NAME.match(fold(text))
                ):
                    # the department's cell printed on two lines, its team under it (관광정책과 / 관광기획팀)
                    header["lead_dept"] = f"{header['lead_dept']} {fold(text)}"
                    continue
                if (
                    field is None
                    and last_field == "contact_name"
                    and header["contact_name"]
                    and item.marker is None
                    and header["contact_name"].count("(") > header["contact_name"].count(")")
                    and fold(text).count(")") > fold(text).count("(")
                ):
                    # the 담당자 cell wrapped inside its bracket (천지영 (내선 / 3114)): the name and its phone
                    name, phone = split_phone(f"{header['contact_name']} {fold(text)}")
                    if phone:
                        header["contact_name"] = name
                        header["contact_phone"] = header["contact_phone"] or phone
                        continue
                if (
                    field is None
                    and last_field == "coop_depts"
                    and item.marker is None
                    and header["coop_depts"]
                    and (more := split_depts(without_phone("coop_depts", fold(text))[0][1]))
                    and all(is_dept(d) for d in more)
                ):
                    # the 협조부서 cell printed a department a line (도로과 / 교통정책과), each its phone after it
                    # or not (the phones apart, unread, as the cell's first line's: header_value_kinds.without_phone)
                    header["coop_depts"] += more
                    rest += [
                        Line(text=v, marker=None, indent=0, source=item.source)
                        for _, v in without_phone("coop_depts", fold(text))[1:]
                    ]
                    continue
                if (
                    field is None
                    and doubted is not None
                    and value_kind(fold(text)) == "status"
                    and item.marker is None
                ):
                    # a second status for the one status label: the first, read off the line right under a
                    # free-text value (공약명), is that cell's last line the dump printed apart (수소산업 특화
                    # 단지 지정 / 추진) where this one follows no free-text value; else neither is proven
                    free, piece = doubted
                    doubted = None
                    src = prov.pop(Loc("header", sub="status"), None)
                    header["status"] = None
                    if last_field in GENERIC_FIELDS:
                        rest.append(Line(text=piece, marker=None, indent=0, source=src))
                        rest.append(item)
                        last_field = None
                        continue
                    header[free] = glue(header[free], piece, words)
                    field = "status"
                    pending.append(field)
                if (
                    field is None
                    and last_field == "status"
                    and header["status"]
                    and item.marker is None
                    and (whole := status_with_bracket(header["status"], fold(text))) is not None
                ):
                    header["status"] = whole  # the status cell wrapped at its bracket (정상추진 / (일부지연))
                    continue
                if (
                    field is None
                    and lone_phone(fold(text))
                    and not header["contact_phone"]
                    and header["contact_name"]
                ):
                    field = "contact_phone"  # a phone on a line of its own, its label the 담당자 above
                    pending.append(field)
                if field is None:
                    rest.append(item)
                    last_field = None
                    unread = item if isinstance(item, Line) and item.marker is None else None
                    continue
                if (
                    field == "status"
                    and last_field in GENERIC_FIELDS
                    and header[last_field]
                    and not (len(pending) == 1 and queued_before == pending)
                    and item.marker is None
                ):
                    doubted = (
                        last_field,
                        fold(text),
                    )  # a status word under a free-text value: its wrapped end?
                pending.remove(field)
                pairs = [(field, fold(text), item.source)]
                if (
                    wrapped is not None
                    and wrapped[0] == field
                    and queued_before == [field]
                    and isinstance(item, Line)
                    and (
                        around(wrapped[1], wrapped[2], item)
                        or cut_around(wrapped[1], wrapped[2], item, words)
                    )
                ):
                    # the value cell printed on the lines above and below its label's line: in order
                    rest[:] = [x for x in rest if x is not wrapped[1]]
                    pairs = [(field, fold(glue(wrapped[1].text, text, words)), item.source)]
                wrapped = None
            else:
                prefix = text[: labels[0][1]].strip(" |")
                if prefix and split_marker(prefix)[1] == "":
                    prefix = ""  # the bullet of a header fact printed as a paragraph (○ 공약명 : ...)
                if status_in_phrase(
                    text, bool(prefix) and not (len(pending) == 1 and queued_before == pending)
                ):
                    rest.append(
                        item
                    )  # a display title holding a label's word (… 추진상황 보고): no header fact
                    last_field = None
                    continue
                pairs = []
                if (
                    prefix
                    and lone_phone(fold(prefix))
                    and not header["contact_phone"]
                    and header["contact_name"]
                ):
                    # a phone printed without a label of its own, on the row under 담당자 (a label
                    # spanning the name row and the phone row), before that row's next label
                    pairs.append(("contact_phone", fold(prefix), item.source))
                elif prefix and len(pending) == 1 and queued_before == pending:
                    # a label alone on the line before, its value opening this line of more labels
                    pairs.append((pending.pop(), fold(prefix), item.source))
                elif prefix:
                    rest.append(Line(text=prefix, marker=None, indent=item.indent, source=item.source))
                remarks = bracketed_fields(text)
                waiting = pending[0] if len(pending) == 1 and queued_before == pending else None
                for f, v in split_labelled(text):
                    if v and f in KIND_FIELDS["dept"][:1] and level_heads(v) and header.get(f) is None:
                        tier = Tiers(f, level_heads(v), open=False)  # its levels' sub-heads: the values below
                    elif (
                        v and f in remarks
                    ):  # a pair in brackets after a value: after every field's own label
                        in_brackets.append((f, v, item.source))
                    elif v:
                        pairs.append((f, v, item.source))
                    elif (f not in pending or f in REPEATED_FIELDS) and header.get(f) in (None, []):
                        pending.append(f)
                        queued_by_last.append(f)
                        streak.append(f)
                if (
                    waiting is not None
                    and waiting in pending
                    and pairs
                    and (tail := waiting_tail(pairs[-1][0], pairs[-1][1], waiting)) is not None
                ):
                    # the last value runs on into the value of the label the line above left waiting
                    pairs[-1:] = [(pairs[-1][0], tail[0], item.source), (waiting, tail[1], item.source)]
                    pending.remove(waiting)
                wrapped = (
                    (queued_by_last[0], above, item)
                    if above is not None and len(queued_by_last) == 1 and isinstance(item, Line)
                    else None
                )
        last_field = pairs[-1][0] if pairs and isinstance(item, Line) else None
        put_pairs(header, prov, rest, pairs)
    put_pairs(header, prov, rest, in_brackets)  # never overriding a value printed with its own label
    prov.pop(STAND_IN, None)
    if header["status"] and untold_options(header["status"]):  # boxes ticking none or several, or printed
        # alike (a dump that lost their glyphs): no status to tell; the row stays unread
        src = prov.pop(Loc("header", sub="status"), None)
        rest.append(Line(text=header["status"], marker=None, indent=0, source=src))
        header["status"] = None
    if header[
        "status"
    ]:  # a row of checkboxes: the status is the option ticked; 부진 → 정상추진: the status now
        status = in_force_words(header["status"])
        header["status"] = ticked_option(status) or symbol_option(status) or status
    join_number(header, prov)
    sub_title(header, prov)
    pledge_line(header, prov, rest)
    join_unit(header, prov)
    if header["status"]:  # 진척도 65% 정상추진: a progress bar's label beside the status word
        header["status"] = without_progress(header["status"])
    header["status_code"] = status_code(header["status"]) if header["status"] else None
    return header, prov, rest


def _header_date(text: str, dates: list[dict[str, Any]], bare: list[dict[str, Any]]) -> bool:
    """The header area's one date reader, for its lines and its tables' rows of one text alike: a reporting date
    with its word into ``dates``, else a date alone in brackets into ``bare``; False where the text is neither."""
    if d := reporting_date(text):
        dates.append(d)
    elif d := bare_date_line(text):
        bare.append(d)
    else:
        return False
    return True


def extract_header(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The header, and the reporting dates the header area states (a ``《2024년 4분기 현재》``
    line, or a date in brackets after the card's title)."""
    cover = cover_items(
        items, ctx.page_starts if ctx is not None else ()
    )  # a cover's lines: no header values
    header, prov, rest = read_header(
        [it for k, it in enumerate(items) if k not in cover],
        ctx.in_unaligned if ctx is not None else lambda _: False,
        ctx.lexicon if ctx is not None else "",
    )
    rest = [items[k] for k in sorted(cover)] + rest
    unproven = [
        finding(
            "extract.cut_unproven",
            f"header.{fields[0]}",
            "where the value row's title ends and its department begins is printed by nothing (no gap, "
            "cell edge or label between them): both left null, the row kept unplaced",
            observed={"fields": fields, "printed": text},
            source=src,
        )
        for fields, text, src in header.pop(CUT_UNPROVEN, [])
    ]
    dates: list[dict[str, Any]] = []
    bare: list[
        dict[str, Any]
    ] = []  # dates alone in brackets on a line of their own: the title's date wrapped
    left: list[Item] = []
    for it in rest:
        if not (isinstance(it, Line) and _header_date(it.full_text, dates, bare)):
            left.append(it)
    for text, own in lone_row_texts(
        items
    ):  # a table's row of one text alone (a sheet's as-of row): a line of its own
        _header_date(text, dates, bare if own else [])  # a bare date continuing a labelled value: no as-of
    if (
        not dates
    ):  # a bare date is a writing or submission date beside a labelled one (header_bare_date's doc)
        dates += bare
    if header.get("kind"):
        header["kind"], d = split_kind_date(header["kind"])
        if d:
            dates.append(d)
    return SectionResult({"header": header}, prov, left, dates, unproven)
