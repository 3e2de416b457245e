"""Putting read values into the header's fields (:func:`put_pairs`) and tidying them after: a unit
joined to its department, a number's parts joined, a person's rank dropped, the pledge's number
and sub-title printed in its title line."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.headings import reporting_date
from pledgecard.extract.labelled_as_of import reporting_text
from pledgecard.extract.labels import CODE, NUMBER_PARTS, find_labels
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.header_depts import split_depts
from pledgecard.extract.sections.header_value_end import is_rank as _is_rank
from pledgecard.extract.sections.header_value_end import value_end
from pledgecard.extract.sections.header_value_kinds import (
    DEPT_PHONE,
    NO_FIELD,
    REPEATED_FIELDS,
    UPPER_NO,
    bare_number,
    bare_phone,
    role_pairs,
    split_phone,
)
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.status import ticked_choice
from pledgecard.normalize.text import fold

_FIELD_WORD = re.compile(
    r"[가-힣]{1,4}"
)  # a 분야 part printed as its word (교통 | 61 -> 교통-61, as 복지-12 is printed whole)


# where the upper government's number stands in for the card's own (read_header drops it when done)
STAND_IN = Loc("header", sub=UPPER_NO)


def put_pairs(
    header: dict[str, Any], prov: dict[Loc, Any], rest: list[Item], pairs: list[tuple[str, str, Any]]
) -> None:
    """Put label/value pairs into the header (the first value of a field wins). A department's value naming every
    role after a parting mark (``주관: 교통행정과 / 협조: …``, a header printed a cell a line: header_sub_labels) goes
    to each role's field."""
    pairs = [(f, v, src) for field, value, src in pairs for f, v in role_pairs(field, value)]
    pairs = _ended(pairs, rest)
    own = any(field == "mgmt_no" for field, _, _ in pairs)
    # the upper government's number (도 공약번호): the card's own only where none of its own is printed (beside
    # it, or on another line of the header: one of its own put later takes its place, the upper number a line)
    for field, value, src in pairs:
        upper = field == UPPER_NO and not own
        if upper:
            field = "mgmt_no"
        if field == "as_of":  # the reporting point: read as a dated line of the header area; the label
            # says what a bare date under it is (기준일 | 2024. 9. 30.): the reporting word is the label's;
            # a year beside a checkbox a quarter (2024년 □1/4 ■2/4) is the year and the quarter ticked
            value = reporting_text(ticked_choice(value) or value)
            rest.append(Line(text=value, marker=None, indent=0, source=src))
            continue
        if field == DEPT_PHONE:  # a department's phone after it in its cell: no proof it is the contact's
            rest.append(Line(text=value, marker=None, indent=0, source=src))
            continue
        if field == "contact_name":
            value, phone = split_phone(value)
            value = _without_rank(value)
            if phone and header["contact_phone"] is None:
                header["contact_phone"] = phone
        if field in NO_FIELD:  # labelled facts the record has no field for
            text = value if field in REPEATED_FIELDS else f"{current().words('header', field)[0]} {value}"
            rest.append(Line(text=text, marker=None, indent=0, source=src))
            continue
        if field == "mgmt_no":
            value = bare_number(value)
        if field == "contact_phone":
            value = bare_phone(value)
        if field in NUMBER_PARTS and not (
            CODE.fullmatch(value) or field == NUMBER_PARTS[0] and _FIELD_WORD.fullmatch(value)
        ):
            rest.append(Line(text=value, marker=None, indent=0, source=src))
            continue
        if field == "coop_depts":
            if not header["coop_depts"]:
                header["coop_depts"] = split_depts(value)
        elif field == "mgmt_no" and not upper and value and (stand := prov.pop(STAND_IN, None)) is not None:
            upper_text = f"{current().words('header', UPPER_NO)[0]} {header['mgmt_no']}"
            rest.append(Line(text=upper_text, marker=None, indent=0, source=stand))
            header["mgmt_no"] = value
            prov[Loc("header", sub=field)] = src
            continue
        elif header.get(field) is None and value:
            header[field] = value
            if upper:
                prov[STAND_IN] = src
        prov.setdefault(Loc("header", sub=field), src)


def _ended(pairs: list[tuple[str, str, Any]], rest: list[Item]) -> list[tuple[str, str, Any]]:
    """The pairs with each typed value ended where an unknown label's pair follows it in its cell or line
    (:func:`header_value_end.value_end`: ``도-2-46 연번 22`` -> ``도-2-46``), the pair after it a line left unread."""
    out = []
    for field, value, src in pairs:
        if (ended := value_end(field, value)) is not None:
            value = ended[0]
            rest.append(Line(text=ended[1], marker=None, indent=0, source=src))
        out.append((field, value, src))
    return out


def join_unit(header: dict[str, Any], prov: dict[Loc, Any]) -> None:
    """The division printed apart from the department in charge (담당부서 | 교육정책국 | 담당과 |
    중등교육과) read after it: ``교육정책국 중등교육과``; a division printed alone is the department."""
    unit = header.pop("lead_unit", None)
    src = prov.pop(Loc("header", sub="lead_unit"), None)
    if not unit or unit in current().words("header_values", "none"):
        return
    if header["lead_dept"] is None:
        header["lead_dept"] = unit
        if src is not None:
            prov[Loc("header", sub="lead_dept")] = src
    elif unit not in header["lead_dept"]:
        header["lead_dept"] = f"{header['lead_dept']} {unit}"


def _without_rank(name: str) -> str:
    """A contact's name without the rank printed before or after it (``장학사 김민수``, ``김민수
    주무관``: vocabulary ``[header_values] ranks``)."""
    toks = name.split()
    while len(toks) > 1 and _is_rank(toks[0]):
        toks = toks[1:]
    while len(toks) > 1 and _is_rank(toks[-1]):
        toks = toks[:-1]
    return " ".join(toks)


def join_number(header: dict[str, Any], prov: dict[Loc, Any]) -> None:
    """The 관리번호 from its parts printed apart (분야 3, 순번 12 -> ``3-12``) when it is not printed whole."""
    parts = [header.pop(f, None) for f in NUMBER_PARTS]
    srcs = [prov.pop(Loc("header", sub=f), None) for f in NUMBER_PARTS]
    if header["mgmt_no"] is None and all(parts):
        header["mgmt_no"] = current().scalar("header_values", "mgmt_joiner").join(parts)
        if srcs[0] is not None:
            prov[Loc("header", sub="mgmt_no")] = srcs[0]


# a pledge's own line under the card's title: ``[3-12] 청년 일자리 창출``, ``(3-12) ...``, ``3-12 ...``
_NUMBERED_NAME = re.compile(
    rf"^[\[【〔(（<《〈]\s*({CODE.pattern})\s*[\]】〕)）>》〉]\s*(.+)$"
    rf"|^(\d{{1,3}}(?:-\d{{1,3}})+)\s+(.+)$"
)


def numbered_pledge(line: Line) -> tuple[str, str] | None:
    """The 관리번호 and the pledge's name a pledge's own line prints (``[3-12] 청년 일자리 창출``: the number in
    brackets, or a hyphenated number, opening it; no marker, no label, no date), else None."""
    text = fold(line.full_text)
    m = _NUMBERED_NAME.match(text)
    if m is None or reporting_date(text) or find_labels(text) or line.marker is not None:
        return None
    no, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not re.search(r"\d", no) or not re.search(r"[가-힣]", name):
        return None
    return no, name.strip()


def pledge_line(header: dict[str, Any], prov: dict[Loc, Any], rest: list[Item]) -> None:
    """A header table that names neither the pledge nor its 관리번호: they stand on the first
    unlabelled line of the header area, the number (in brackets, or a hyphenated number) opening
    it and the pledge's name after it. Only when both are missing and the line is no date."""
    if header["title"] is not None or header["mgmt_no"] is not None:
        return
    k = next((i for i, it in enumerate(rest) if isinstance(it, Line)), None)
    if k is None:
        return
    line = rest[k]
    assert isinstance(line, Line)
    named = numbered_pledge(line)
    if named is None:
        return
    header["mgmt_no"], header["title"] = named
    prov[Loc("header", sub="mgmt_no")] = prov[Loc("header", sub="title")] = line.source
    del rest[k]


# a title opened by its hierarchical number (``3-2-7. 청년 일자리 창출``: the pledge's place under its field
# and its pledge), the number closed by a point or a space
_NUMBERED_TITLE = re.compile(r"^(\d{1,3}(?:\s*-\s*\d{1,3})+)\.?\s+(?=\S)(.*[가-힣].*)$")


def sub_title(header: dict[str, Any], prov: dict[Loc, Any]) -> None:
    """The card's own level under a pledge (세부사업 | ..., printed under 분야 and 공약 rows) is the title
    when no title label is printed; a hierarchical number opening the title is the 관리번호 when none is
    printed (``3-2-7. 청년 일자리 창출`` -> ``3-2-7``, ``청년 일자리 창출``)."""
    sub = header.pop("sub_title", None)
    src = prov.pop(Loc("header", sub="sub_title"), None)
    if header["title"] is None and sub:
        header["title"] = sub
        if src is not None:
            prov[Loc("header", sub="title")] = src
    m = _NUMBERED_TITLE.match(header["title"] or "")
    if m is None or header["mgmt_no"] is not None:
        return
    header["mgmt_no"], header["title"] = re.sub(r"\s+", "", m.group(1)), m.group(2).strip()
    if Loc("header", sub="title") in prov:
        prov[Loc("header", sub="mgmt_no")] = prov[Loc("header", sub="title")]
