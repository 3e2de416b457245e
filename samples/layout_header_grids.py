"""The header table's fields and the simpler header layouts (wide, vertical, stacked, 4- and 6-column
grids, ...).
"""

from __future__ import annotations

import random
from typing import Any

from samples.layout_blocks import Grid, Record
from samples.revisions import earlier_status
from samples.style import Style

# a label and its value, or a label, its value and the columns the value spans
Pair = tuple[str, Any] | tuple[str, Any, int]


def _pairs_grid(rows: list[list[Pair]], n_cols: int, widths: list[float]) -> Grid:
    """Label/value pairs laid out row by row (:func:`_put_pairs`)."""
    g = Grid(len(rows), n_cols, widths=widths, role="header")
    for i, pairs in enumerate(rows):
        _put_pairs(g, i, pairs)
    return g


def _put_pairs(g: Grid, row: int, pairs: list[Pair]) -> None:
    """Label/value pairs on ``row`` of ``g`` from its first column: a value one column wide, or as wide as its
    pair says, the row's last value spanning the rest of it; a value wider than a column aligned left."""
    col = 0
    for k, (label, value, *wide) in enumerate(pairs):
        g.put(row, col, label, head=True)
        span = wide[0] if wide else g.n_cols - col - 1 if k == len(pairs) - 1 else 1
        g.put(row, col + 1, value, cs=span, align="left" if span > 1 else "center")
        col += 1 + span


def _header_fields(rec: Record, style: Style) -> dict[str, tuple[str, str]]:
    h = rec["header"]
    words = dict(style.header_words)
    lab = style.spaced

    def w(key: str, default: str) -> str:
        return words.get(key) or lab(default)

    coop = style.coop_sep.join(h["coop_depts"]) if h["coop_depts"] else "-"
    contact = style.contact_format.format(name=h["contact_name"], phone=h["contact_phone"])
    status = h["status"]
    if style.status_boxes:  # ■ 정상추진 □ 부진 □ 완료: the ticked box is the status
        on, off = card_marks(rec, style)
        status = " ".join(
            style.box_format.format(mark=on if o == h["status"] else off, option=o)
            for o in style.status_boxes
        )
    if style.status_symbols:  # ◐ 추진중: the status after its legend symbol
        status = f"{dict(style.status_symbols)[h['status']]} {h['status']}"
    if style.status_progress:  # 진척도 65% 정상추진: the status after its progress's label and percent
        code = h["status_code"]
        pct = 100 if code == "done" else 0 if code == "not_started" else progress(rec)
        status = style.status_progress.format(pct=pct, status=status)
    if style.status_change:  # 부진 → 정상추진: the status with the one the last report printed
        status = style.status_change.format(old=earlier_status(rec, style.status_before), new=status)
    fields = {
        "title": (w("title", "공약명"), h["title"]),
        "no": (words.get("no", "관리번호"), style.no_format.format(no=h["mgmt_no"])),
        "lead": (style.lead_label, h["lead_dept"]),
        "name": (w("name", "담당자"), h["contact_name"]),
        "phone": (style.phone_label, style.phone_format.format(phone=h["contact_phone"])),
        "coop": (words.get("coop", "협조부서"), coop),
        "target": (words.get("target", "실천목표"), h["target"]),
        "status": (style.status_label, status),
        "contact": (w("contact", "담당자"), contact),
        "as_of": (style.as_of_label, rec["as_of"]["raw"]),
    }
    if style.roles_cell:  # 주관: 관광과 / 협조: 기획예산과: both roles in one department cell
        fields["depts"] = (style.lead_label, style.roles_cell.format(lead=h["lead_dept"], coop=coop))
    if style.type_boxes:  # ■ 신규 □ 계속: one ticked a card
        on, off = card_marks(rec, style)
        ticked = random.Random(f"type-{h['title']}").choice(style.type_boxes)
        fields["type"] = (
            style.type_label,
            " ".join(
                style.box_format.format(mark=on if o == ticked else off, option=o) for o in style.type_boxes
            ),
        )
    fields |= {f"extra{k}": pair for k, pair in enumerate(style.header_extra)}
    if style.upper_no:  # 도 공약번호: the pledge's number in the upper government's plan (not the card's)
        r = random.Random(f"upper-no-{h['title']}")
        fields["upper"] = (
            style.upper_no,
            style.upper_no_format.format(k=r.randint(1, 9), n=r.randint(2, 60)),
        )
    if style.label_fill:  # every label spread over its cell (관 리 번 호, 담 당 자)
        return {k: (lab(label), value) for k, (label, value) in fields.items()}
    return fields


def card_marks(rec: Record, style: Style) -> tuple[str, str]:
    """The checkbox glyphs (ticked, not) of one card: ``style.box_marks``, or a pair of ``box_mark_sets``
    drawn by the card's title."""
    if style.box_mark_sets:
        return random.Random(f"boxes-{rec['header']['title']}").choice(style.box_mark_sets)
    return style.box_marks


def quarter_boxes(year: int, quarter: int, marks: tuple[str, str], style: Style) -> str:
    """``2024년  □1/4 □2/4 ■3/4 □4/4``: the year beside a checkbox a quarter, ``quarter`` ticked."""
    on, off = marks
    boxes = " ".join(
        style.quarter_box_format.format(mark=on if q == quarter else off, q=q) for q in range(1, 5)
    )
    return style.as_of_boxes.format(y=year, boxes=boxes)


def _header_wide(rec: Record, style: Style) -> Grid:
    """Several pairs in one wide row: 관리번호 | no | 공약명 | title (8 columns)."""
    f = _header_fields(rec, style)
    rows = [[f["no"], f["title"]], [f["lead"], f["name"], f["phone"]], [f["coop"], f["target"], f["status"]]]
    if style.as_of_label:
        rows.append([f["as_of"]])
    return _pairs_grid(rows, 8, [1.1, 1.0, 1.1, 1.6, 1.1, 1.2, 1.1, 1.6])


def _header_vertical(rec: Record, style: Style) -> Grid:
    """One pair a row: labels down the first column."""
    f = _header_fields(rec, style)
    keys = ["title", "no", "lead", "name", "phone", "coop", "target", "status"] + (
        ["as_of"] if style.as_of_label else []
    )
    return _pairs_grid([[f[k]] for k in keys], 2, [1.0, 5.0])


def _header_contact_cell(rec: Record, style: Style) -> Grid:
    """Name and phone in one cell; the as-of date in the table's last row."""
    f = _header_fields(rec, style)
    rows = [[f["title"]], [f["no"], f["lead"]], [f["contact"], f["coop"]], [f["target"], f["status"]]]
    if style.as_of_label:
        rows.append([f["as_of"]])
    return _pairs_grid(rows, 4, [1.0, 2.2, 1.0, 2.2])


def _header_stacked(rec: Record, style: Style) -> Grid:
    """A row of labels over a row of their values, twice."""
    f = _header_fields(rec, style)
    bands = [["title", "no", "lead", "name", "phone"], ["coop", "target", "status"]]
    if style.as_of_label:
        bands[1].append("as_of")
    g = Grid(4, 5, widths=[2.6, 1.0, 1.4, 1.0, 1.3], role="header")
    for b, keys in enumerate(bands):
        spans = [1] * len(keys)
        spans[-1] += 5 - len(keys)
        col = 0
        for k, span in zip(keys, spans, strict=True):
            g.put(2 * b, col, f[k][0], cs=span, head=True)
            g.put(2 * b + 1, col, f[k][1], cs=span)
            col += span
    return g


def _header_grid4(rec: Record, style: Style) -> Grid:
    """Two label/value pairs a row (4 columns); the status label and its checkboxes span two rows
    beside 담당자 and 연락처."""
    f = _header_fields(rec, style)
    g = Grid(6, 4, widths=[1.0, 2.2, 1.0, 2.2], role="header")
    _put_pairs(g, 0, [f["title"]])
    for row, (a, b) in ((1, ("no", "lead")), (2, ("name", "status")), (3, ("phone", None))):
        g.put(row, 0, f[a][0], head=True)
        g.put(row, 1, f[a][1])
        if b:
            rs = 2 if b == "status" else 1
            g.put(row, 2, f[b][0], rs=rs, head=True)
            g.put(row, 3, f[b][1], rs=rs, align="left")
    for row, k in ((4, "coop"), (5, "target")):
        _put_pairs(g, row, [f[k]])
    return g


def _header_grid4_contact(rec: Record, style: Style) -> Grid:
    """Two pairs a row (4 columns); one 담당자 label spans the name row and the phone row below it,
    the phone printed without a label of its own; the status as checkboxes across the table."""
    f = _header_fields(rec, style)
    g = Grid(6, 4, widths=[1.0, 2.0, 1.0, 2.4], role="header")
    _put_pairs(g, 0, [f["title"]])
    _put_pairs(g, 1, [f["no"], f["lead"]])
    g.put(2, 0, f["name"][0], rs=2, head=True)
    g.put(2, 1, f["name"][1])
    g.put(3, 1, f["phone"][1])
    right = [f["coop"], f["as_of"]] if style.as_of_label else [f["coop"], f["target"]]
    for row, (label, value) in zip((2, 3), right, strict=True):
        g.put(row, 2, label, head=True)
        g.put(row, 3, value, align="left")
    _put_pairs(g, 4, [f["status"]])
    _put_pairs(g, 5, [f["target"] if style.as_of_label else f["coop"]])
    return g


def _header_split_no(rec: Record, style: Style) -> Grid:
    """Labels spaced and broken over two lines of their cell (``담 당`` / ``부 서``); the 관리번호
    printed as two cells, 분야 and 순번 (``3-12`` -> ``3`` | ``12``)."""
    h = rec["header"]
    lab = style.broken
    field_no, _, seq = h["mgmt_no"].partition("-")
    coop = style.coop_sep.join(h["coop_depts"]) if h["coop_depts"] else "-"
    rows: list[list[Pair]] = [
        [(lab("분야"), field_no), (lab("순번"), seq), (lab(style.status_label), h["status"])],
        [(lab("공약명"), h["title"])],
        [
            (lab(style.lead_label), h["lead_dept"]),
            (lab("담당자"), h["contact_name"]),
            (lab(style.phone_label), h["contact_phone"]),
        ],
        [(lab("협조부서"), coop)],
        [(lab("실천목표"), h["target"])],
    ]
    return _pairs_grid(rows, 6, [1.0, 2.2, 1.0, 1.6, 1.0, 1.8])


def _header_wide3(rec: Record, style: Style) -> Grid:
    """The header across the full width of a landscape page: three label/value pairs a row (6 columns)."""
    f = _header_fields(rec, style)
    rows = [
        [f["title"]],
        [f["no"], f["lead"], f["status"]],
        [f["name"], f["phone"], f["as_of"]],
        [f["coop"], f["target"]],
    ]
    if not style.as_of_label:
        rows[2].pop()
    return _pairs_grid(rows, 6, [1.0, 1.6, 1.0, 1.6, 1.0, 2.4])


def _header_row8(rec: Record, style: Style) -> Grid:
    """Four label/value pairs in one wide row (번호 | no | 부서 | dept | 담당 | name | 연락처 | phone), the
    title over it, the cooperating departments and the status under it, the target last."""
    f = _header_fields(rec, style)
    rows = [
        [f["title"]],
        [f["no"], f["lead"], f["name"], f["phone"]],
        [f["coop"], f["status"]],
        [f["target"]],
    ]
    return _pairs_grid(rows, 8, [1.1, 0.9, 0.9, 1.5, 0.9, 0.9, 1.0, 1.3])


def _header_grid6(rec: Record, style: Style) -> Grid:
    """Three label/value pairs a row (6 columns), the number first; the title and the target each a
    row of their own."""
    f = _header_fields(rec, style)
    rows = [
        [f["no"], f["lead"], f["status"]],
        [f["title"]],
        [f["name"], f["phone"], f["coop"]],
        [f["target"]],
    ]
    return _pairs_grid(rows, 6, [1.0, 1.5, 1.0, 1.5, 1.0, 1.5])


def _header_dept2(rec: Record, style: Style) -> Grid:
    """The department in charge printed as two cells, 담당부서 (its bureau) and 담당과 (the division):
    ``교육혁신국 학교혁신과`` -> ``교육혁신국`` | ``학교혁신과``; a 책임자 (a supervisor, not in the record)
    and the 담당자 printed with their ranks before their names (``장학관 박서연``, ``장학사 김민수``)."""
    from samples.phrases import GIVEN_SYL, SURNAMES

    f = _header_fields(rec, style)
    h = rec["header"]
    bureau, _, division = h["lead_dept"].partition(" ")
    r = random.Random(f"chief-{h['title']}")
    chief = r.choice(SURNAMES) + r.choice(GIVEN_SYL) + r.choice(GIVEN_SYL)
    boss_rank, rank = style.contact_ranks
    rows: list[list[Pair]] = [
        [(*f["title"], 3), f["no"]],
        [(style.lead_label, bureau), ("담당과", division or "-"), f["as_of"]],
        [("책임자", f"{boss_rank} {chief}"), (f["name"][0], f"{rank} {h['contact_name']}"), f["phone"]],
        [f["coop"]],
        [(*f["target"], 3), f["status"]],
    ]
    return _pairs_grid(rows, 6, [1.0, 1.8, 1.0, 1.8, 1.0, 1.6])


def progress(rec: Record) -> int:
    """The 추진률 (percent) a header prints beside the status: 100 when done, else drawn from the title."""
    if rec["header"]["status_code"] == "done":
        return 100
    return random.Random(f"progress-{rec['header']['title']}").randrange(15, 100, 5)


def _header_rate(rec: Record, style: Style) -> Grid:
    """Six columns; the status (radio marks over the options) and the progress percent share the
    last row: ``추진상황 | ○ 정상 ● 완료 ○ 부진 | 추진률 | 65%``."""
    f = _header_fields(rec, style)
    g = Grid(5, 6, widths=[1.0, 1.9, 1.0, 1.3, 1.0, 1.6], role="header")
    _put_pairs(g, 0, [(*f["title"], 3), f["no"]])
    _contact_rows(g, f, 1)
    g.put(4, 0, f["status"][0], head=True)
    g.put(4, 1, f["status"][1], cs=3)
    g.put(4, 4, style.progress_label, head=True)
    g.put(4, 5, f"{progress(rec)}%")
    return g


def _contact_rows(g: Grid, f: dict[str, tuple[str, str]], row: int) -> None:
    """The department, name and phone pairs on ``row`` of a six-column header grid, the 협조부서 and the
    target under them across the row."""
    _put_pairs(g, row, [f["lead"], f["name"], f["phone"]])
    _put_pairs(g, row + 1, [f["coop"]])
    _put_pairs(g, row + 2, [f["target"]])


def _header_overview(rec: Record, style: Style) -> Grid:
    """Six columns; the overview's facts are rows of the header (no overview section): 사업기간 beside
    the status, 총사업비, 사업목표 and the 주요내용 lines (bulleted) in one cell."""
    f = _header_fields(rec, style)
    o = rec["overview"]
    lp, lb, lc = style.overview_labels
    g = Grid(7, 6, widths=[1.0, 1.9, 1.0, 1.3, 1.0, 1.6], role="header")
    _put_pairs(g, 0, [(*f["title"], 3), f["no"]])
    _put_pairs(g, 1, [f["lead"], f["name"], f["phone"]])
    _put_pairs(g, 2, [f["coop"]])
    g.put(3, 0, lp, head=True)  # the period centred over three columns
    g.put(3, 1, o["period"]["raw"], cs=3)
    g.put(3, 4, f["status"][0], head=True)
    g.put(3, 5, f["status"][1])
    lines = [f"{style.bullet2} {c}" for c in o["contents"]] + [f"* {n}" for n in o["notes"]]
    for row, pair in ((4, (lb, o["budget"]["raw"])), (5, f["target"]), (6, (lc, lines or ["-"]))):
        _put_pairs(g, row, [pair])
    return g


def _header_untitled(rec: Record, style: Style) -> Grid:
    """No title and no 관리번호 (printed on a line above, ``style.title_line``): the department, the
    contact's name and phone in one row, then the cooperating departments, the target and the status."""
    f = _header_fields(rec, style)
    rows = [[f["lead"], f["name"], f["phone"]], [f["coop"]], [f["target"], f["status"]]]
    return _pairs_grid(rows, 6, [1.1, 1.8, 1.0, 1.1, 1.0, 1.4])


def _header_asof_top(rec: Record, style: Style) -> Grid:
    """Six columns: the title and the as-of date in the top row, then 번호 / 부서 / 담당 (name and phone
    in one cell), the 협조부서 row, the target beside the status."""
    f = _header_fields(rec, style)
    rows: list[list[Pair]] = [
        [(*f["title"], 3), f["as_of"]],
        [f["no"], f["lead"], f["contact"]],
        [f["coop"]],
        [(*f["target"], 3), f["status"]],
    ]
    return _pairs_grid(rows, 6, [1.0, 1.4, 1.0, 1.6, 1.0, 2.0])


def _header_band(rec: Record, style: Style) -> Grid:
    """Two rows across the page: every label over its value (관리번호 | 공약사업명 | ... | 추진상황 |
    기준일), no label beside a value."""
    f = _header_fields(rec, style)
    keys = ["no", "title", "lead", "name", "phone", "coop", "target", "status"] + (
        ["as_of"] if style.as_of_label else []
    )
    widths = {
        "title": 2.2,
        "coop": 1.6,
        "target": 1.2,
        "lead": 1.3,
        "as_of": 1.4,
        "no": 0.9,
        "name": 0.9,
        "phone": 1.3,
    }
    g = Grid(2, len(keys), widths=[widths.get(k, 1.0) for k in keys], role="header")
    for k, key in enumerate(keys):
        g.put(0, k, f[key][0], head=True)
        g.put(1, k, f[key][1], align="left" if key == "title" else "center")
    return g


def _header_sub5(rec: Record, style: Style) -> Grid:
    """Pairs over five columns whose first label spans the two label columns of a body table with a
    second label column under it (``body_sublabels``): label | value | label | value."""
    f = _header_fields(rec, style)
    # outside a body table no row has a cell of the second label column: the labels one column wide
    # (a column no anchor cell starts in is one the HWPX writer cannot merge over)
    w = 2 if style.body_header else 1
    g = Grid(5, 3 + w, widths=[1.0, 1.1, 3.4, 1.1, 2.2] if w == 2 else [2.1, 3.4, 1.1, 2.2], role="header")
    for row, k in ((0, "title"), (4, "target")):
        g.put(row, 0, f[k][0], cs=w, head=True)
        g.put(row, w, f[k][1], cs=3, align="left")
    for row, (a, b) in ((1, ("no", "status")), (2, ("lead", "name")), (3, ("coop", "phone"))):
        g.put(row, 0, f[a][0], cs=w, head=True)
        g.put(row, w, f[a][1], align="left")
        g.put(row, w + 1, f[b][0], head=True)
        g.put(row, w + 2, f[b][1])
    return g
