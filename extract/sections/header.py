"""The card header: title line (kind) and the labelled fields (공약명, 관리번호, 추진부서, ...).

Works on a header table (label cells followed by value cells) and on text lines where labels and
values alternate (``공 약 명 X 관리번호 2-20``), whatever the order of the fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from typing import Any

from pledgecard.extract.cover_pages import cover_items
from pledgecard.extract.document import Table
from pledgecard.extract.headings import reporting_date, split_kind_date
from pledgecard.extract.labels import (
    CODE,
    NUMBER_PARTS,
    approval_heads,
    find_labels,
    header_field_of,
    is_title,
    split_labelled,
    title_without_box,
    untitled_title,
)
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import split_marker
from pledgecard.extract.revisions import in_force_words
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.status_values import status_like, status_opens_later
from pledgecard.extract.textjoin import breaks_word, glue
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.status import (
    status_code,
    status_phrase,
    symbol_option,
    ticked_choice,
    ticked_option,
    untold_options,
)
from pledgecard.normalize.text import fold
from pledgecard.record import Header


def _dept_suffix(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:{v.pattern('header_values', 'dept_suffixes')})$")


def _phone_words(v: Vocabulary) -> str:
    return "|".join(re.escape(w) + r"\.?" for w in v.words("header_values", "phone_words"))


def _none_values(v: Vocabulary) -> frozenset[str]:
    return frozenset(["", *v.words("header_values", "none")])


def _is_dept(text: str) -> bool:
    return bool(current().build(_dept_suffix).search(text))


def _body_suffix(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:{v.pattern('header_values', 'dept_body_suffixes')})$")


def _year_words(v: Vocabulary) -> re.Pattern[str]:
    """The words a year takes (``년``, ``학년``, ``도`` of ``2024년도``)."""
    words = v.words("date_words", "year") + v.words("date_words", "year_suffix")
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _units(toks: list[str]) -> list[str]:
    """Space-separated department names, a body's name joined to the unit after it
    (``농업기술센터 기술보급과`` is one department; ``기획예산과 재무과`` two)."""
    body = current().build(_body_suffix)
    out: list[str] = []
    for t in toks:
        if out and body.search(out[-1]) and not body.search(t):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


HEADER_FIELDS = ("kind", "title", "mgmt_no", "lead_dept", "contact_name", "contact_phone",
                 "coop_depts", "target", "status", "status_code")


def split_depts(value: str | None) -> list[str]:
    if value is None:
        return []
    v = fold(value)
    if v in current().build(_none_values):
        return []
    parts: list[str] = []
    for piece in re.split(r"[,，、/·ㆍ;]", v):
        piece = piece.strip()
        if not piece:
            continue
        toks = piece.split()
        # Space-separated names split only when no comma separates them: "농업기술센터 기술보급과"
        # in a comma list is one unit of a body.
        if len(toks) > 1 and not re.search(r"[,，、/·ㆍ;]", v) and all(_is_dept(t) for t in toks):
            parts.extend(_units(toks))
        else:
            parts.append(piece)
    return parts


def _label_row(row: list[Any], fields: list[str | None]) -> bool:
    """A row of labels: every cell a known label, or all but one, which is a short word without a
    figure (a label the vocabulary does not know, such as the as-of date's ``기준일자``)."""
    unknown = [c for c, f in zip(row, fields, strict=True) if f is None]
    return len(row) >= 2 and len(row) - len(unknown) >= 2 and len(unknown) <= 1 and all(
        len(fold(c.text)) <= 8 and not any(ch.isdigit() for ch in c.text) for c in unknown)


def _table_pairs(table: Table, extra: list[Item] | None = None) -> list[tuple[str, str, Any]]:
    """Label/value pairs of a header table: a label cell's value is the next cell to its right, or
    the cell below it in a row of labels over a row of values. The value under a label no field
    knows goes to ``extra`` as a line (an as-of date is read from it)."""
    pairs: list[tuple[str, str, Any]] = []
    skip: set[int] = set()
    for r in range(table.n_rows - 1):
        row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        below = sorted((c for c in table.cells if c.row == r + 1), key=lambda c: c.col)
        fields = [header_field_of(fold(c.text.replace("\n", " "))) for c in row]
        if _label_row(row, fields) and len(below) == len(row) \
                and not any(header_field_of(fold(c.text)) for c in below):
            # labels in one row, their values in the row below, column by column
            pairs.extend((f, fold(c.text.replace("\n", " ")), c.source) for f, c in zip(fields, below, strict=True)
                         if f)
            if extra is not None:
                extra += [Line(text=fold(c.text.replace("\n", " ")), marker=None, indent=0, source=c.source)
                          for f, c in zip(fields, below, strict=True) if f is None]
            skip.update((r, r + 1))
        elif len(row) == len(below) == 1 and fields[0] and (below[0].col, below[0].col_span) == (row[0].col, row[0].col_span) \
                and not header_field_of(fold(below[0].text)) and r not in skip:
            # a band of one label across the table over its value across it too (실천목표 over 임기 내 추진)
            pairs.append((fields[0], fold(below[0].text.replace("\n", " ")), below[0].source))
            skip.update((r, r + 1))
    taken: set[int] = set()  # value cells read under their label
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
                pairs.append((field, fold(row[i + 1].text.replace("\n", " ")), row[i + 1].source))
                i += 2
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
            if (spanned is not None and value_kind(text) in _KIND_FIELDS) or (not field and i == 0 and lone_phone(text)):
                # a label over two rows (담당자 beside its name, then its phone): a value in a
                # later row goes to the field of its kind; a phone opening a row without a label is the contact's
                kind_fields = _KIND_FIELDS[value_kind(text) or ""]
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


def lone_phone(text: str) -> bool:
    """A value printed without a label that can only be a phone number: phone-shaped, its digit
    groups joined by a dash, a point or a bracket (``561-6737``, ``033-249-3928``), never a bare
    number (a year, a code)."""
    return value_kind(text) == "phone" and re.search(r"\d\s*[-.)]\s*\d", text) is not None


def _spanning_label(table: Table, cell: Any) -> str | None:
    """The field of a label cell that spans rows down beside ``cell`` from a row above it."""
    for c in table.cells:
        if c.row < cell.row < c.row + c.row_span and c.col + c.col_span == cell.col:
            return header_field_of(fold(c.text.replace("\n", " ")))
    return None




def _phone(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^(?:\(?0\d{{1,2}}\)?[\s.\-)]*)?\d{{3,4}}[\s.\-]*\d{{0,4}}(?:\s*\(?(?:{_phone_words(v)})?\s*\d{{2,5}}\)?)?$")
_FIELD_WORD = re.compile(r"[가-힣]{1,4}")  # a 분야 part printed as its word (교통 | 61 -> 교통-61, as 복지-12 is printed whole)
_CODE = re.compile(r"^(?:[가-힣]{1,4}\s*[-–]\s*)?[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫIVX]+(?:\s*[-–.]\s*[0-9A-Za-z]+)*$")
_NAME = re.compile(r"^[가-힣](?:\s?[가-힣]){1,3}$")
_ISO_DAY = re.compile(r"^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")  # a day printed 2024-09-30


def _number_words(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^(?:{v.alternation('header_values', 'number_words')})\s*(?=[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])")


def _phone_lead(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{_phone_words(v)})\s*:?\s*)+(?=[(0-9])")  # ☏ 내선 2345: words one after another


def bare_number(value: str) -> str:
    """A 관리번호 without the word printed before it (``공약 3-2``, ``No.27`` -> ``3-2``, ``27``:
    vocabulary ``[header_values] number_words``), when a code follows the word."""
    v = value.strip()
    rest = current().build(_number_words).sub("", v)
    return rest if rest != v and _CODE.match(rest) else v


def bare_phone(value: str) -> str:
    """A phone without the phone words or glyph printed before it (``☎ 033)249-3456``, ``☏ 내선 2345``)."""
    return current().build(_phone_lead).sub("", value.strip())


def of_its_kind(field: str, value: str) -> bool:
    """Whether ``value`` may be ``field``'s by its kind: a value of no kind may be any field's, one of a kind
    only a field taking that kind (``28`` a number's, ``편재나`` a person's)."""
    kind = value_kind(value)
    return kind is None or field in _KIND_FIELDS.get(kind, ())


def value_kind(value: str) -> str | None:
    """What a header value looks like: ``phone``, ``code``, ``status``, ``dept``, ``name`` or None."""
    v = value.strip()
    if current().build(_phone).match(bare_phone(v)) and sum(ch.isdigit() for ch in v) >= 4:
        return "phone"
    if _CODE.match(bare_number(v)) and not _ISO_DAY.match(v):  # 2024-09-30 is a date, not a number
        return "code"
    if ticked_option(v) is not None:
        return "status"  # a row of options, one ticked (■ 정상추진 □ 부진, 완료( ) 부진(○)), however long
    code = status_code(v)
    if (code not in (None, "other") or key(v) in current().status_words) and len(v) <= 12:
        return "status"  # a status word with no code of its own (대안추진) is one too
    d = parse_date(v)
    # a year with words after it (`2026년 완료`) is a target, not a reporting point
    if d.get("label") and (d["precision"] != "year" or not re.search(r"[가-힣]", current().build(_year_words).sub("", v))):
        return "date"
    if v in current().build(_none_values) or all(_is_dept(p.strip()) for p in re.split(r"[,，、/·]", v) if p.strip()):
        return "dept"
    if _NAME.match(v):
        return "name"
    return None


_KIND_FIELDS = {
    "phone": ("contact_phone",), "code": ("mgmt_no", *NUMBER_PARTS), "status": ("status",),
    "dept": ("lead_dept", "coop_depts"), "name": ("contact_name", "superior"), "date": ("as_of",),
}
# labelled facts the record has no field for: kept out of the header (left unread, as lines)
_NO_FIELD = ("field", "progress", "superior", "grade", "pledge_type", "site")
# fields a header may label more than once (과장 | 팀장: one person each)
_REPEATED = ("superior",)
_GENERIC_FIELDS = ("title", "target")
# fields whose value must be of their kind: a value of no kind reaches them only where its position
# proves it (a lone label line, then its lone value line; a run of values as many as their labels), and
# a status only where it is a status word (status_values.status_like: no title's piece, whatever its place)
_KIND_ONLY = ("status",)
_SEPARATORS = (":", "：")  # a label's separator (공약명 : ...)


def one_typed_value(value: str) -> bool:
    """Whether ``value`` is one value of a kind (:func:`value_kind`) as a whole: a department of several words
    only where each word ends like one (``농업기술센터 기술보급과``), not a row of words whose last cell is a
    department (``수소산업 특화단지 지정 추진 단계별 추진 산업입지담당관``)."""
    kind = value_kind(value)
    return kind is not None and (kind != "dept" or all(_is_dept(w.strip(",，、")) for w in value.split()))


def assign_queued(pending: list[str], value: str) -> str | None:
    """The pending label (lone label lines waiting for values, in a dump that printed a header
    table one cell per line) that takes this value: the first one of the value's kind, else the
    first free-text field, else the first pending label unless that one takes values of its kind
    only (a status: a title's last syllable the dump wrapped onto a line of its own is none)."""
    kind = value_kind(value)
    names = [f for f in pending if f in _KIND_FIELDS["name"]]
    if kind == "dept" and pending and pending[0] in names and _NAME.match(value.strip()):
        return pending[0]  # a name ending like a unit (노혜원) where a person's label (담당자, 과장) is next in order
    if kind == "name" and names:
        return names[0]  # the people's labels in their printed order (과장, 팀장, 담당자)
    for field in _KIND_FIELDS.get(kind or "", ()):
        if field in pending:
            return field
    if kind == "dept" and names and _NAME.match(value.strip()):
        return names[0]  # a name ending like a unit (허태소), where no department label waits
    for field in pending:
        if field in _GENERIC_FIELDS:
            return field
    return pending[0] if pending and kind is None and pending[0] not in _KIND_ONLY else None


def _trailing_phone(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\s*[(（/,]?\s*(?:{_phone_words(v)})?\s*:?\s*"
                      r"((?:\(?0\d{1,2}\)?[\s.\-)]*)?\d{3,4}[\s.\-]\d{4})\s*[)）]?\s*$")


def _paren_extension(v: Vocabulary) -> re.Pattern[str]:
    """An extension after a name: in brackets (``김준연(3928)``, ``(☎ 3928)``) or after a phone
    word or a separator (``김준연 ☎ 3928``, ``김준연 내선 3928``, ``김준연 / 3928``)."""
    words = _phone_words(v)
    return re.compile(rf"\s*(?:[(（]\s*(?:{words})?\s*(?P<a>\d{{3,5}})\s*[)）]|(?:{words}|[/,])\s*:?\s*(?P<b>\d{{3,5}}))\s*$")


def _split_phone(value: str) -> tuple[str, str | None]:
    """``'홍길동 (☎ 033-249-3928)'`` -> ``('홍길동', '033-249-3928')``; ``'김준연(3928)'`` ->
    ``('김준연', '3928')`` (a 담당자(연락처) cell)."""
    vocab = current()
    m = vocab.build(_trailing_phone).search(value)
    if m and value[: m.start()].strip():
        return value[: m.start()].strip(), m.group(1).strip()
    m = vocab.build(_paren_extension).search(value)
    if not m or not value[: m.start()].strip():
        return value, None
    return value[: m.start()].strip(), (m.group("a") or m.group("b")).strip()


def _box_run(toks: list[str]) -> int:
    """How many words at the end of ``toks`` are one row of checkboxes ticking one option (``☐ 완료 ☑
    추진중(부진) ☐ 미착수``: the status as printed, one value however many words), from the first box
    on; 0 when the row ends in none."""
    return next((len(toks) - i for i in range(len(toks) - 3) if ticked_option(toks[i]) is None
                 and not re.search(r"[가-힣0-9]", toks[i]) and ticked_option(" ".join(toks[i:])) is not None), 0)


def _words(text: str) -> list[str]:
    """The words of a row of values, a bracket's words one word (``추진중(정상, 20%)``: one status)."""
    out: list[str] = []
    depth = 0
    for tok in text.split():
        if depth > 0 and out:
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
        depth = max(0, depth + sum(tok.count(c) for c in "(（[") - sum(tok.count(c) for c in ")）]"))
    return out if depth == 0 else text.split()  # a bracket never closed: the words as printed


def _contact_run(toks: list[str], *, at_end: bool, keep: int = 1) -> int:
    """How many words at one end of ``toks`` (``keep`` words at least left) are one contact cell, a
    name and its phone (고우유 (9912), 맹소윤 ☎ 042-880-5614: a phone word or glyph between them):
    three, two or 0 when none are."""
    for k in (3, 2):
        words = toks[-k:] if at_end else toks[:k]
        if len(toks) >= k + keep and _NAME.match(words[0]) and (k == 2 or value_kind(" ".join(words[1:])) == "phone") \
                and _split_phone(" ".join(words))[0] == words[0]:
            return k
    return 0


def split_value_row(pending: list[str], text: str) -> dict[str, str] | None:
    """The values of a row printed under a row of labels (``공약명 관리번호 추진부서 담당자 전화번호``
    over ``공공돌봄 24시간 체계 구축 Ⅵ-27 여성가족과 왕하유 410-9141``): the fields of a typed
    value (code, dept, name, phone, status) take one word of that kind from their end of the row,
    the one free-text field (공약명, 실천목표) what is left between. ``None`` unless every field
    gets a value that way; when the words of a department of a body taken that way leave a field
    none, the one split in which the fields follow one another word by word (:func:`_one_free`)."""
    toks = _words(text)
    got = _split_value_row(pending, toks)
    return got if got is not None else _one_free(pending, toks)


def _one_free(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    """The values of a row with one free-text field: every way the typed fields before it follow one
    another from the row's start and those after it up to its end, the free text what is between;
    ``None`` unless exactly one way fits (``공약명 협조부서 주관부서`` over ``… 나무심기 산림녹지과
    탄소중립담당관``: the two departments one each, not both the lead's)."""
    generic = [f for f in pending if f in _GENERIC_FIELDS]
    if len(generic) != 1:
        return None
    g = pending.index(generic[0])
    left, right = pending[:g], pending[g + 1:]
    fits = [{**a, generic[0]: " ".join(toks[i:j]), **b}
            for a, i in _chain(left, toks, 0, every=True) for j in range(i + 1, len(toks) + 1)
            for b, end in _chain(right, toks, j, every=True) if end == len(toks)]
    return {f: fits[0][f] for f in pending} if len(fits) == 1 else None


def _split_value_row(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    toks = list(toks)
    generic = [f for f in pending if f in _GENERIC_FIELDS]
    if len(generic) == 2 and len(toks) >= len(pending):
        return _split_two_free(pending, toks)
    if not generic and len(pending) >= 2:  # typed values only: the one way they follow one another
        fits = [got for got, end in _chain(pending, toks, 0) if end == len(toks)]
        return fits[0] if len(fits) == 1 else None
    if len(generic) != 1 or len(toks) < len(pending):
        return None
    g = pending.index(generic[0])
    out: dict[str, str] = {}
    for field in pending[:g]:
        if field == "as_of":  # a date of several words (2024. 3/4분기 현재): the longest run that is one
            n = next((k for k in range(min(5, len(toks) - 1), 0, -1) if value_kind(" ".join(toks[:k])) == "date"), 0)
            if not n:
                return None
            out[field] = " ".join(toks[:n])
            del toks[:n]
            continue
        if field == "status" and (n := _status_run(toks, at_end=False)):
            out[field] = " ".join(toks[:n])  # a status of several words (이행후 계속추진)
            del toks[:n]
            continue
        if field in ("mgmt_no", "contact_phone") and _runs(field, toks) == [2]:  # 공약 3-2: two words, one value
            out[field] = " ".join(toks[:2])
            del toks[:2]
            continue
        if not toks or not _of_kind(field, toks[0]):
            return None
        # a department of a body (농업기술센터 기술보급과): the words that are all departments; a name
        # and its phone in one cell (강영태 (230-9808)): two words, one value
        contact = _contact_run(toks, at_end=False) if field == "contact_name" else 0
        n = contact or next((k for k in range(min(4, len(toks) - 1), 1, -1) if field in _KIND_FIELDS["dept"]
                             and all(_is_dept(t.strip(",")) for t in toks[:k])), 1)
        out[field] = " ".join(toks[:n])
        del toks[:n]
    for field in reversed(pending[g + 1:]):
        # a value of several words: a date (2024년 4분기 현재), a department of a body (농업기술센터 기술보급과)
        boxes = _box_run(toks) if field == "status" else 0
        # a name and its phone in one cell (고우유 (9912), 고우유 031-123-4567): two words, one value
        contact = _contact_run(toks, at_end=True) if field == "contact_name" else 0
        n = boxes or contact or (_status_run(toks, at_end=True) if field == "status" else 0) \
            or next((k for k in range(min(4, len(toks) - 1), 1, -1)
                                      if field in _KIND_FIELDS.get(value_kind(" ".join(toks[-k:])) or "", ())
                                      and (field == "as_of" or all(_is_dept(t) for t in toks[-k:]))), 1)
        if not toks or not (boxes or contact) and not _of_kind(field, " ".join(toks[-n:])):
            return None  # (a name ending like a department, 변윤소, is the name its place in the row says)
        out[field] = " ".join(toks[-n:])
        del toks[-n:]
    if not toks:
        return None
    out[generic[0]] = " ".join(toks)
    return {f: out[f] for f in pending}


def _of_kind(field: str, text: str) -> bool:
    """Whether ``text`` can be the value of a typed ``field`` (an as-of date printed like a code,
    ``2024-09-30``, is a date; a name may end like a unit, ``노혜원``)."""
    if field in _KIND_FIELDS.get(value_kind(text) or "", ()):
        return True
    if field == "as_of":
        return bool(parse_date(text).get("label"))
    return field in _KIND_FIELDS["name"] and bool(_NAME.match(text))  # a person of a name ending like a unit


def _status_run(toks: list[str], *, at_end: bool) -> int:
    """The words at one end of ``toks`` (two or three, one word at least left) that are one status
    from first to last (:func:`~pledgecard.normalize.status.status_phrase`: ``이행후 계속추진``, not
    ``지준영 이행후 계속추진``) whose first word is no status alone (``추진 완료`` after a target ``단계별``
    may be the target's ``추진`` and the status ``완료``: the run is not told); 0 when none are."""
    return next((k for k in _status_runs(toks[-3:] if at_end else toks[:3], at_end=at_end, keep=1)
                 if k > 1 and value_kind(toks[-k] if at_end else toks[0]) != "status"), 0)


def _status_runs(toks: list[str], *, at_end: bool, keep: int) -> list[int]:
    """The numbers of words (three, two) at one end of ``toks`` that are one status from first to
    last, ``keep`` words at least left; longest first."""
    return [k for k in range(min(3, len(toks) - keep), 1, -1)
            if status_phrase(" ".join(toks[-k:] if at_end else toks[:k]))]


def _runs(field: str, toks: list[str]) -> list[int]:
    """The numbers of words opening ``toks`` that can be one value of ``field``: up to four words
    of a department of a body (all department words), else one word of the field's kind."""
    if field in _KIND_FIELDS["dept"]:  # (or one word a department field holds: `-` for none)
        return [k for k in range(min(4, len(toks)), 0, -1)
                if all(_is_dept(p) for t in toks[:k] for p in re.split(r"[,，、/·]", t) if p)] or \
            ([1] if toks and value_kind(toks[0]) == "dept" else [])
    if field == "as_of":  # a date of several words (2019년 2분기 현재): the longest runs first
        return [k for k in range(min(5, len(toks)), 0, -1) if value_kind(" ".join(toks[:k])) == "date"] or \
            ([1] if toks and _of_kind(field, toks[0]) else [])
    if field == "status" and (runs := _status_runs(toks, at_end=False, keep=0)):
        return runs + ([1] if _of_kind(field, toks[0]) else [])  # the chain keeps the one that fits
    if field == "contact_name" and (k := _contact_run(toks, at_end=False, keep=0)):
        # a name and its phone in one cell (제현혜 (4569), 맹소윤 ☎ 042-880-5614), or the name alone before a phone field
        return [k, 1]
    if field in ("mgmt_no", "contact_phone") and len(toks) >= 2 and not _of_kind(field, toks[0]) \
            and _of_kind(field, " ".join(toks[:2])):
        return [2]  # a number or a phone after its word or glyph (공약 3-2, ☎ 033)249-3456)
    return [1] if toks and _of_kind(field, toks[0]) else []


def _chain(fields: list[str], toks: list[str], at: int, *, every: bool = False) -> list[tuple[dict[str, str], int]]:
    """Every way ``fields`` follow one another word by word from ``toks[at]``: (values, end); the
    last field takes every word of its kind it can (a department of a body is never cut short),
    unless ``every`` (a field that ends where another's words begin: each of its runs)."""
    if not fields:
        return [({}, at)]
    runs = _runs(fields[0], toks[at:])
    if len(fields) == 1 and not every:
        runs = runs[:1]
    out = []
    for n in runs:
        for got, end in _chain(fields[1:], toks, at + n, every=every):
            out.append(({fields[0]: " ".join(toks[at:at + n]), **got}, end))
    return out


def _split_two_free(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    """:func:`split_value_row` for a row of labels holding two free-text fields (공약명 and 실천목표) with
    typed fields between them: the typed fields at either end one value each from their end, then
    the one end of the first free text from which the typed fields between follow one another word
    by word, the second free text what is left; ``None`` unless exactly one split fits."""
    g1, g2 = (k for k, f in enumerate(pending) if f in _GENERIC_FIELDS)
    left, middle, right = pending[:g1], pending[g1 + 1:g2], pending[g2 + 1:]
    if not middle:
        return None
    toks = list(toks)
    out: dict[str, str] = {}
    for field in left:
        runs = _runs(field, toks)
        if not runs:
            return None
        out[field] = " ".join(toks[:runs[0]])
        del toks[:runs[0]]
    for field in reversed(right):
        # a value of several words only as there: a date (2024년 4분기 현재), a department of a body,
        # a status (이행후 계속추진)
        n = (_status_run(toks, at_end=True) if field == "status" else 0) or next(
            (k for k in range(min(4, len(toks) - 1), 1, -1) if _of_kind(field, " ".join(toks[-k:]))
             and (field == "as_of" or all(_is_dept(t) for t in toks[-k:]))), 0)
        n = n or (1 if toks and _of_kind(field, toks[-1]) else 0)
        if not n:
            return None
        out[field] = " ".join(toks[-n:])
        del toks[-n:]
    fits = [{pending[g1]: " ".join(toks[:i]), **got, pending[g2]: " ".join(toks[end:])}
            for i in range(1, len(toks)) for got, end in _chain(middle, toks, i) if end < len(toks)]
    if len(fits) != 1:
        return None
    out.update(fits[0])
    return {f: out[f] for f in pending}


def _put(header: dict[str, Any], prov: dict[Loc, Any], rest: list[Item], pairs: list[tuple[str, str, Any]]) -> None:
    """Put label/value pairs into the header (the first value of a field wins)."""
    for field, value, src in pairs:
        if field == "as_of":  # the reporting point: read as a dated line of the header area; the label
            # says what a bare date under it is (기준일 | 2024. 9. 30.): the reporting word is the label's;
            # a year beside a checkbox a quarter (2024년 □1/4 ■2/4) is the year and the quarter ticked
            value = ticked_choice(value) or value
            if reporting_date(value) is None and parse_date(value).get("label"):
                value = f"{value} {current().words('as_of')[0]}"
            rest.append(Line(text=value, marker=None, indent=0, source=src))
            continue
        if field == "contact_name":
            value, phone = _split_phone(value)
            value = _without_rank(value)
            if phone and header["contact_phone"] is None:
                header["contact_phone"] = phone
        if field in _NO_FIELD:  # labelled facts the record has no field for
            text = value if field in _REPEATED else f"{current().words('header', field)[0]} {value}"
            rest.append(Line(text=text, marker=None, indent=0, source=src))
            continue
        if field == "mgmt_no":
            value = bare_number(value)
        if field == "contact_phone":
            value = bare_phone(value)
        if field in NUMBER_PARTS and not (CODE.fullmatch(value) or field == NUMBER_PARTS[0] and _FIELD_WORD.fullmatch(value)):
            rest.append(Line(text=value, marker=None, indent=0, source=src))
            continue
        if field == "coop_depts":
            if not header["coop_depts"]:
                header["coop_depts"] = split_depts(value)
        elif header.get(field) is None and value:
            header[field] = value
        prov.setdefault(Loc("header", sub=field), src)


def status_in_phrase(text: str, prefixed: bool) -> bool:
    """Whether a line's status label stands inside a phrase, not in a label's place: its value no status
    (:func:`value_kind`: a status word of the vocabulary, a row of options) and the labels run on from words
    no label reads (``prefixed``: ``민선8기 공약사업 추진상황 보고``) or from a label left without a value (``공약사업
    추진상황 보고``): the status the phrase's last word, a title's tail. A status is read only as a whole value."""
    pairs = split_labelled(text)
    return any(f == "status" and v and value_kind(v) != "status" and (prefixed or any(not w for _, w in pairs[:k]))
               for k, (f, v) in enumerate(pairs))


def _values_run(items: list[Item], n: int) -> int:
    """How many lines from item ``n`` on hold no header label (up to the next label line, a table
    or the end): the values of a labels row printed one cell a line."""
    k = n
    while k < len(items) and isinstance(items[k], Line) and not find_labels(items[k].full_text):
        k += 1
    end = items[k] if k < len(items) else None
    return k - n if end is None or (isinstance(end, Line) and find_labels(end.full_text)) else -1


def _status_alone_later(items: list[Item], n: int) -> bool:
    """Whether a line after item ``n`` holds a status and nothing else (a dump printing a header table
    a cell a line, out of order: ``대학 연계 창업 사업 추진`` under 추진상황, ``일부 지연`` further down)."""
    return any(isinstance(it, Line) and not find_labels(it.full_text) and value_kind(fold(it.full_text)) == "status"
               for it in items[n + 1:])


def _broken_label(a: str, b: str) -> tuple[str, str] | None:
    """A header label a narrow cell broke over two lines (``담 당`` / ``부 서 X``): the end of line
    ``a`` and the start of line ``b``, short syllable groups, make a label that the start of ``b``
    alone is not, or (a label too: ``부서``) when line ``a`` is nothing but the first half (``담당`` /
    ``부서``: a label cell broken in two, not a label and its value) or both halves are printed spaced, a
    syllable a word. The two lines with the label moved whole onto the second."""
    ta, tb = a.split(), b.split()
    for n in (2, 1):
        for m in (2, 1):
            if n > len(ta) or m > len(tb) or any(len(t) > 2 for t in ta[-n:] + tb[:m]):
                continue
            label = "".join(ta[-n:] + tb[:m])
            spaced = n == m == 2 and all(len(t) == 1 for t in ta[-n:] + tb[:m])
            if header_field_of(label) and (spaced or len(ta) == n or not header_field_of("".join(tb[:m]))):
                return " ".join(ta[:-n]), " ".join([label, *tb[m:]])
    return None


def _approval_box(items: list[Item]) -> set[int]:
    """The lines of an approval box (결재 | 담당 | 팀장 | 과장 | 국장 over empty signature cells) a
    converter printed a cell a line under the title, before the header: the run of lines right
    after the title line that print approval heads only (or a letter of one: ``결`` / ``재``), three
    lines or more naming two heads or more. Its heads name no field (``담당`` is no contact here)."""
    start = next((n + 1 for n, it in enumerate(items[:3]) if isinstance(it, Line) and is_title(it.full_text)), None)
    if start is None:
        return set()
    run: list[int] = []
    heads: set[str] = set()
    for n in range(start, len(items)):
        it = items[n]
        found = approval_heads(it.full_text) if isinstance(it, Line) else None
        if found is None:
            break
        run.append(n)
        heads.update(found)
    return set(run) if len(run) >= 3 and len(heads) >= 2 else set()


def _side_values(items: list[Item]) -> list[Item]:
    """A header table whose right-hand column stacks labels over their values beside label | value rows
    (추진상황 over 정상추진), printed a row a line: a label closing its line after a pair of its own, its
    value closing the next label line (``관리번호 4-6-3 추진상황`` / ``공약사업명 ... 지연``). The value,
    the fewest closing words of the kind the label's field takes (a status, a date) with the next
    line's own value left before them, is moved onto the label's line; not where the line after holds a
    value of that kind alone (``... 사업 추진`` / ``지연``: the label's value is that line)."""
    out = list(items)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if not (isinstance(a, Line) and isinstance(b, Line) and a.marker is None and b.marker is None):
            continue
        here, there = find_labels(a.text), find_labels(b.text)
        if len(here) < 2 or here[-1][2] != len(a.text.rstrip()) or not there:
            continue
        kinds = {k for k, fields in _KIND_FIELDS.items() if here[-1][0] in fields}
        c = out[n + 2] if n + 2 < len(out) else None
        if isinstance(c, Line) and c.marker is None and not find_labels(c.text) and value_kind(fold(c.text)) in kinds:
            continue  # the value printed on a line of its own after the next (공약사업명 ... 사업 추진 / 지연)
        toks = b.text.split()
        own = len(b.text[: there[-1][2]].split())  # the words up to the next line's last label
        for w in range(1, min(4, len(toks) - own)):
            if value_kind(" ".join(toks[-w:])) in kinds:
                out[n] = replace(a, text=f"{a.text.rstrip()} {' '.join(toks[-w:])}")
                out[n + 1] = replace(b, text=" ".join(toks[:-w]))
                break
    return out


def _lone_label(item: Item) -> bool:
    """A line printing one label alone (its value elsewhere)."""
    if not isinstance(item, Line) or item.marker is not None:
        return False
    labels = find_labels(item.text)
    return len(labels) == 1 and labels[0][1] == 0 and not item.text[labels[0][2]:].strip(" |:：")


def _separated(item: Item) -> bool:
    """A line printing a value after its label's separator alone (``: 4-2-10``)."""
    return isinstance(item, Line) and item.marker is None and item.text.startswith(_SEPARATORS) \
        and not find_labels(item.text)


def _values_before_labels(items: list[Item]) -> list[Item]:
    """A header typed ``label<TAB>: value`` a fact a line that a converter printed as two boxes (``pdf2txt``):
    the values, each opening with the separator, then the labels alone, as many, each box top to bottom. The
    k-th label takes the k-th value where the values (other lines left in place among them) and the labels
    are two runs of the same length, no value printed after the labels; else the lines stay as printed."""
    out = list(items)
    n = 0
    while n < len(out):
        if not _separated(out[n]):
            n += 1
            continue
        values = [n]
        k = n + 1
        while k < len(out) and not _lone_label(out[k]):
            if _separated(out[k]):
                values.append(k)
            elif find_labels(out[k].text) if isinstance(out[k], Line) else True:
                break  # a table, or a line of labels and values: no box of values
            k += 1
        labels = []
        while k < len(out) and _lone_label(out[k]):
            labels.append(k)
            k += 1
        if len(values) >= 2 and len(values) == len(labels) and not (k < len(out) and _separated(out[k])):
            for v, lab in zip(values, labels, strict=True):
                line, value = out[lab], out[v]
                if isinstance(line, Line) and isinstance(value, Line):  # (both are: _lone_label, _separated)
                    out[lab] = replace(line, text=f"{line.text} {value.text}")
            out = [it for j, it in enumerate(out) if j not in set(values)]
            n = labels[-1] - len(values) + 1
            continue
        n = max(k, n + 1)
    return out


def _join_broken_labels(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if isinstance(it, Line) and isinstance(prev, Line) and it.marker is None and prev.marker is None:
            joined = _broken_label(prev.text, it.text)
            if joined:
                out.pop()
                if joined[0]:
                    out.append(replace(prev, text=joined[0]))
                it = replace(it, text=joined[1])
        out.append(it)
    return out


def _join_unit(header: dict[str, Any], prov: dict[Loc, Any]) -> None:
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


def _is_rank(tok: str) -> bool:
    """A rank word (``주무관``), or one compounded with its job series (``행정주무관``, ``기획팀장``: two or
    more syllables before a rank of two or more)."""
    ranks = current().words("header_values", "ranks")
    return tok in ranks or (re.fullmatch(r"[가-힣]+", tok) is not None
                            and any(len(r) >= 2 and tok.endswith(r) and len(tok) - len(r) >= 2 for r in ranks))


def level_heads(text: str) -> int:
    """How many department levels a label's value cell names as sub-heads (``실·국 과 팀``: 3; vocabulary
    ``[header_values] dept_levels``), 0 when any word is not one."""
    toks = fold(text).split()
    levels = {key(w) for w in current().words("header_values", "dept_levels")}
    return len(toks) if toks and all(key(t) in levels for t in toks) else 0


@dataclass(slots=True)
class _Tiers:
    """A label whose value printed its department levels' sub-heads (``소관부서 | 실·국 과 팀``): how many
    (``open`` while a dump printing a cell a line may print more), and the values under them read so far."""

    field: str
    heads: int
    open: bool = True
    values: list[str] = dc_field(default_factory=list)

    def take(self, text: str) -> bool:
        """Take a line of the levels' values (``복지국 노인복지과 경로팀``, or one a line; a level left blank
        printed ``-``, no part of the department): whether it was one."""
        toks = text.split()
        none = current().build(_none_values)
        if not toks or len(self.values) + len(toks) > self.heads \
                or not all(_is_dept(t) or t in none for t in toks) or not any(_is_dept(t) for t in toks):
            return False
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
    for cell in row[i + 1:]:
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
        if fold(under.text) not in current().build(_none_values):
            values.append(fold(under.text.replace("\n", " ")))
    return (" ".join(values), len(heads)) if values else None


def _join_number(header: dict[str, Any], prov: dict[Loc, Any]) -> None:
    """The 관리번호 from its parts printed apart (분야 3, 순번 12 -> ``3-12``) when it is not printed whole."""
    parts = [header.pop(f, None) for f in NUMBER_PARTS]
    srcs = [prov.pop(Loc("header", sub=f), None) for f in NUMBER_PARTS]
    if header["mgmt_no"] is None and all(parts):
        header["mgmt_no"] = current().scalar("header_values", "mgmt_joiner").join(parts)
        if srcs[0] is not None:
            prov[Loc("header", sub="mgmt_no")] = srcs[0]


# a pledge's own line under the card's title: ``[3-12] 청년 일자리 창출``, ``(3-12) ...``, ``3-12 ...``
_NUMBERED_NAME = re.compile(rf"^[\[【〔(（<《〈]\s*({CODE.pattern})\s*[\]】〕)）>》〉]\s*(.+)$"
                            rf"|^(\d{{1,3}}(?:-\d{{1,3}})+)\s+(.+)$")


def _pledge_line(header: dict[str, Any], prov: dict[Loc, Any], rest: list[Item]) -> None:
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
    text = fold(line.full_text)
    m = _NUMBERED_NAME.match(text)
    if m is None or reporting_date(text) or find_labels(text) or line.marker is not None:
        return
    no, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    if not re.search(r"\d", no) or not re.search(r"[가-힣]", name):
        return
    header["mgmt_no"], header["title"] = no, name.strip()
    prov[Loc("header", sub="mgmt_no")] = prov[Loc("header", sub="title")] = line.source
    del rest[k]


# a title opened by its hierarchical number (``3-2-7. 청년 일자리 창출``: the pledge's place under its field
# and its pledge), the number closed by a point or a space
_NUMBERED_TITLE = re.compile(r"^(\d{1,3}(?:\s*-\s*\d{1,3})+)\.?\s+(?=\S)(.*[가-힣].*)$")


def _sub_title(header: dict[str, Any], prov: dict[Loc, Any]) -> None:
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


def _around(above: Line, label: Line, below: Line) -> bool:
    """Whether ``above`` and ``below`` are the lines right above and right below a label's line, both
    set right of the label (a value cell of two lines centred on its label's row: a layout dump prints
    its first line above the label's line and the rest below).

    Kept here, apart from ``RCell.rows`` (extract/readers/text_cells.py: a label centred beside the rows
    of figures a block's cell spans): that one needs the layout reader to have set the block in columns
    (text_columns.py, a table's cells with their row span); the header's label | value pairs reach the
    header reader as plain lines when it did not (no column to align two cells on), so the value's two
    lines around its label are joined from the lines' own positions (line numbers, indents)."""
    at = label.source.line_start
    return at is not None and above.source.line_start == at - 1 and below.source.line_start == at + 1 \
        and min(above.indent, below.indent) > label.indent


def _cut_around(above: Line, label: Line, below: Line, words: str) -> bool:
    """Whether ``above`` and ``below``, the plain lines right before and right after a lone label's
    line, are one value cell printed around it where the dump kept no position to tell it by (a
    dump without layout: every line flush left, blank lines between blocks; ``어르신 돌봄 24시간 체`` /
    ``공약명`` / ``계 구축``): the break between them fell inside one of the card's words (``체계``,
    :func:`breaks_word`; the three lines at one indent: a dump that kept positions tells the cell by them,
    :func:`_around`). A line that ends at a word's end proves nothing: left apart."""
    at = label.source.line_start
    top, bottom = above.source.line_start, below.source.line_start
    return at is not None and top is not None and bottom is not None and top < at < bottom \
        and above.indent == label.indent == below.indent \
        and above.marker is None and below.marker is None and breaks_word(above.text, below.text, words)


def _untitled_first(items: list[Item]) -> int | None:
    """``0`` when the card's first item is a line that titles it without a kind word (``물빛시 민선8기
    시장 공약사업 추진상황``: :func:`untitled_title`, no label opening it, no item's marker) and no line
    or cell of the header prints a title (``… 관리카드``); None otherwise."""
    if not items or not isinstance(items[0], Line) or items[0].marker is not None:
        return None
    first = items[0]
    if not untitled_title(first.text) or (find_labels(first.text) and find_labels(first.text)[0][1] == 0):
        return None
    texts: list[str] = []
    for it in items:
        texts += [c.text for c in it.cells] if isinstance(it, Table) else [it.full_text]
    return None if any(is_title(t.replace("\n", " ")) for t in texts) else 0


def read_header(items: list[Item], unaligned: Callable[[int | None], bool] = lambda _: False,
                lexicon: str = "") -> tuple[Header, dict[Loc, Any], list[Item]]:
    """The header object, provenance, and the items it did not use. ``unaligned``: whether a
    line is a row of a block the reader could not align (its cells run together on one line):
    such a row gives values only where each is told apart by its kind (:func:`split_value_row`,
    or the whole row one typed value), never a whole row to a free-text field such as the title.
    ``lexicon``: the card's words, to judge whether a value's break fell inside a word."""
    items = _side_values(_join_broken_labels(_values_before_labels(items)))
    box = _approval_box(items)
    header: dict[str, Any] = dict.fromkeys(HEADER_FIELDS)
    header["coop_depts"] = []
    prov: dict[Loc, Any] = {}
    rest: list[Item] = []
    pending: list[str] = []  # labels printed alone on their line, waiting for their values
    last_field: str | None = None  # the field of the last value on the previous line
    queued_by_last: list[str] = []  # the labels the item just before queued
    streak: list[str] = []  # the labels queued by the run of label-only lines just before
    flat_run = False  # inside a run of values taken in label order
    tier: _Tiers | None = None  # a label whose value printed its department levels' sub-heads
    untitled = _untitled_first(items)  # the card's first line titles it, no title line printed
    unread: Line | None = None  # a plain line just left unread (a value printed above its label's line?)
    wrapped: tuple[str, Line, Line] | None = None  # (field, the line above, the label line): see _around
    doubted: tuple[str, str] | None = None  # (free-text field, value): a status read off the line under its value
    card_words = lexicon or " ".join(x.text for x in items if isinstance(x, Line))  # a word a break cut?
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
                if title is not None:
                    header["kind"] = fold(title_without_box(title.text.replace("\n", " ")).strip("《》<>[]【】 "))
                    prov[Loc("header", sub="kind")] = title.source
            pairs = _table_pairs(item, rest)
            if not pairs:
                rest.append(item)
        else:
            text = item.full_text
            if header["kind"] is None and (is_title(text) or n == untitled):
                header["kind"] = fold(title_without_box(text).strip("《》<>[]【】 "))
                prov[Loc("header", sub="kind")] = item.source
                continue
            labels = find_labels(text)
            if not labels and pending and text.lstrip().startswith(_SEPARATORS):
                text = text.lstrip()[1:].strip()  # `label<TAB>: value` printed apart: the separator no value
            guessed = unaligned(item.source.line_start)  # a row of cells run together, not one value
            if not labels and len(pending) >= 2 and (flat_run or streak == pending) and not guessed \
                    and _values_run(items, n) == len(pending):
                # a row of labels over a row of values, flattened one cell a line: one value a
                # line, to the label of its kind (a converter may print the cells out of order),
                # else in label order
                field = assign_queued(pending, fold(text)) or pending[0]
                later = [fold(x.full_text) for x in items[n + 1:n + _values_run(items, n)] if isinstance(x, Line)]
                if field == "status" and last_field in _GENERIC_FIELDS and header[last_field] and item.marker is None \
                        and status_opens_later(later, pending[pending.index(field):], split_value_row):
                    # the status's place by count taken by the free-text value's wrapped end (수소산업 특화단지
                    # 지정 / 추진), the status printed with the next label's value on a later line
                    words = card_words
                    header[last_field] = glue(header[last_field], fold(text), words)
                    flat_run, streak = False, []
                    continue
                if field not in _KIND_ONLY or status_like(fold(text)):  # (no status word: no status)
                    pending.remove(field)
                    pairs = [(field, fold(text), item.source)]
                    last_field = field
                    flat_run, streak = bool(pending), []
                    _put(header, prov, rest, pairs)
                    continue
            flat_run = False
            heads = level_heads(text) if not labels else 0
            if heads and tier is not None and tier.open and not tier.values:
                tier.heads += heads  # the next sub-head, printed a cell a line
                continue
            if heads and tier is None and _KIND_FIELDS["dept"][0] in pending and header[_KIND_FIELDS["dept"][0]] is None:
                # the department label's value cell holds its levels' sub-heads (소관부서 / 실·국 과 팀)
                tier = _Tiers(_KIND_FIELDS["dept"][0], heads)
                pending.remove(tier.field)
                continue
            if not labels and tier is not None and tier.take(fold(text)):
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
                row = split_value_row(pending, fold(text)) if len(pending) >= 2 \
                    and _values_run(items, n) != len(pending) else None
                if row is not None and "status" in row and _status_alone_later(items, n):
                    row = None  # its status printed later on a line of its own: a value ending in a status word
                if row is not None:  # a row of labels over a row of values
                    for f in row:
                        pending.remove(f)
                    pairs = [(f, v, item.source) for f, v in row.items()]
                    last_field = None
                    _put(header, prov, rest, pairs)
                    continue
                field = assign_queued(pending, fold(text)) if pending else None
                if len(queued_before) == 1 and queued_before[0] in pending and queued_before[0] in _GENERIC_FIELDS \
                        and field in _GENERIC_FIELDS:
                    # a free-text value on the line right under a lone free-text label (실천목표 /
                    # 임기 후 계속), while an earlier free-text label still waits (공약명): the
                    # label just printed takes it, as a header printed a cell a line pairs them
                    field = queued_before[0]
                if guessed and field is not None and value_kind(fold(text)) is None:
                    field = None  # the whole row to a free-text field: a guess
                if field is not None and len(queued_before) >= 2 and len(pending) >= 2 \
                        and _values_run(items, n) != len(pending) and not one_typed_value(fold(text)):
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
                if field is None and len(pending) == 1 and queued_before == pending \
                        and (pending[0] not in _KIND_ONLY or status_like(fold(text))):
                    field = pending[0]  # a lone label line, then a lone value line: its value, whatever it looks like
                if field is None and last_field == "title" and item.marker is None and header["title"]:
                    words = card_words  # a word the break cut?
                    header["title"] = glue(header["title"], fold(text), words)  # a 공약명 the dump wrapped
                    continue
                if field is None and last_field == "lead_dept" and item.marker is None and header["lead_dept"] \
                        and value_kind(fold(text)) == "dept" and not _NAME.match(fold(text)):
                    # the department's cell printed on two lines, its team under it (관광정책과 / 관광기획팀)
                    header["lead_dept"] = f"{header['lead_dept']} {fold(text)}"
                    continue
                if field is None and last_field == "contact_name" and header["contact_name"] and item.marker is None \
                        and header["contact_name"].count("(") > header["contact_name"].count(")") \
                        and fold(text).count(")") > fold(text).count("("):
                    # the 담당자 cell wrapped inside its bracket (천지영 (내선 / 3114)): the name and its phone
                    name, phone = _split_phone(f"{header['contact_name']} {fold(text)}")
                    if phone:
                        header["contact_name"] = name
                        header["contact_phone"] = header["contact_phone"] or phone
                        continue
                if field is None and last_field == "coop_depts" and item.marker is None and header["coop_depts"] \
                        and split_depts(text) and all(_is_dept(d) for d in split_depts(text)):
                    # the 협조부서 cell printed a department a line (도로과 / 교통정책과)
                    header["coop_depts"] += split_depts(text)
                    continue
                if field is None and doubted is not None and value_kind(fold(text)) == "status" and item.marker is None:
                    # a second status for the one status label: the first, read off the line right under a
                    # free-text value (공약명), is that cell's last line the dump printed apart (수소산업 특화
                    # 단지 지정 / 추진) where this one follows no free-text value; else neither is proven
                    free, piece = doubted
                    doubted = None
                    src = prov.pop(Loc("header", sub="status"), None)
                    header["status"] = None
                    if last_field in _GENERIC_FIELDS:
                        rest.append(Line(text=piece, marker=None, indent=0, source=src))
                        rest.append(item)
                        last_field = None
                        continue
                    words = card_words
                    header[free] = glue(header[free], piece, words)
                    field = "status"
                    pending.append(field)
                if field is None and lone_phone(fold(text)) and not header["contact_phone"] and header["contact_name"]:
                    field = "contact_phone"  # a phone on a line of its own, its label the 담당자 above
                    pending.append(field)
                if field is None:
                    rest.append(item)
                    last_field = None
                    unread = item if isinstance(item, Line) and item.marker is None else None
                    continue
                if field == "status" and last_field in _GENERIC_FIELDS and header[last_field] \
                        and not (len(pending) == 1 and queued_before == pending) and item.marker is None:
                    doubted = (last_field, fold(text))  # a status word under a free-text value: its wrapped end?
                pending.remove(field)
                pairs = [(field, fold(text), item.source)]
                words = card_words  # a word the break cut?
                if wrapped is not None and wrapped[0] == field and queued_before == [field] \
                        and isinstance(item, Line) and (_around(wrapped[1], wrapped[2], item)
                                                        or _cut_around(wrapped[1], wrapped[2], item, words)):
                    # the value cell printed on the lines above and below its label's line: in order
                    rest[:] = [x for x in rest if x is not wrapped[1]]
                    pairs = [(field, fold(glue(wrapped[1].text, text, words)), item.source)]
                wrapped = None
            else:
                prefix = text[: labels[0][1]].strip(" |")
                if prefix and split_marker(prefix)[1] == "":
                    prefix = ""  # the bullet of a header fact printed as a paragraph (○ 공약명 : ...)
                if status_in_phrase(text, bool(prefix) and not (len(pending) == 1 and queued_before == pending)):
                    rest.append(item)  # a display title holding a label's word (… 추진상황 보고): no header fact
                    last_field = None
                    continue
                pairs = []
                if prefix and lone_phone(fold(prefix)) and not header["contact_phone"] and header["contact_name"]:
                    # a phone printed without a label of its own, on the row under 담당자 (a label
                    # spanning the name row and the phone row), before that row's next label
                    pairs.append(("contact_phone", fold(prefix), item.source))
                elif prefix and len(pending) == 1 and queued_before == pending:
                    # a label alone on the line before, its value opening this line of more labels
                    pairs.append((pending.pop(), fold(prefix), item.source))
                elif prefix:
                    rest.append(Line(text=prefix, marker=None, indent=item.indent, source=item.source))
                for f, v in split_labelled(text):
                    if v and f in _KIND_FIELDS["dept"][:1] and level_heads(v) and header.get(f) is None:
                        tier = _Tiers(f, level_heads(v), open=False)  # its levels' sub-heads: the values below
                    elif v:
                        pairs.append((f, v, item.source))
                    elif (f not in pending or f in _REPEATED) and header.get(f) in (None, []):
                        pending.append(f)
                        queued_by_last.append(f)
                        streak.append(f)
                wrapped = (queued_by_last[0], above, item) if above is not None and len(queued_by_last) == 1 \
                    and isinstance(item, Line) else None
        last_field = pairs[-1][0] if pairs and isinstance(item, Line) else None
        _put(header, prov, rest, pairs)
    if header["status"] and untold_options(header["status"]):  # boxes ticking none or several, or printed
        # alike (a dump that lost their glyphs): no status to tell; the row stays unread
        src = prov.pop(Loc("header", sub="status"), None)
        rest.append(Line(text=header["status"], marker=None, indent=0, source=src))
        header["status"] = None
    if header["status"]:  # a row of checkboxes: the status is the option ticked; 부진 → 정상추진: the status now
        status = in_force_words(header["status"])
        header["status"] = ticked_option(status) or symbol_option(status) or status
    _join_number(header, prov)
    _sub_title(header, prov)
    _pledge_line(header, prov, rest)
    _join_unit(header, prov)
    header["status_code"] = status_code(header["status"]) if header["status"] else None
    return header, prov, rest


def extract_header(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The header, and the reporting dates the header area states (a ``《2024년 4분기 현재》``
    line, or a date in brackets after the card's title)."""
    cover = cover_items(items, ctx.page_starts if ctx is not None else ())  # a cover's lines: no header values
    header, prov, rest = read_header([it for k, it in enumerate(items) if k not in cover],
                                     ctx.in_unaligned if ctx is not None else lambda _: False,
                                     ctx.lexicon if ctx is not None else "")
    rest = [items[k] for k in sorted(cover)] + rest
    dates: list[dict[str, Any]] = []
    left: list[Item] = []
    for it in rest:
        d = reporting_date(it.full_text) if isinstance(it, Line) else None
        if d:
            dates.append(d)
        else:
            left.append(it)
    if header.get("kind"):
        header["kind"], d = split_kind_date(header["kind"])
        if d:
            dates.append(d)
    return SectionResult({"header": header}, prov, left, dates)
