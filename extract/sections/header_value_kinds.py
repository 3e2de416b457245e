"""What kind of value a header text is: a phone, a code (관리번호), a status, a date, a department
or a person's name (:func:`value_kind`), and which fields take values of each kind."""

from __future__ import annotations

import re

from pledgecard.extract.labels import NUMBER_PARTS
from pledgecard.extract.labels import phone_words as _phone_words
from pledgecard.extract.sections.header_sub_labels import sub_labelled_pairs
from pledgecard.extract.vocabulary import Vocabulary, alternation, current, key
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.status import status_code, ticked_option


def _dept_suffix(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:{v.pattern('header_values', 'dept_suffixes')})$")


def none_values(v: Vocabulary) -> frozenset[str]:
    return frozenset(["", *v.words("header_values", "none")])


def is_dept(text: str) -> bool:
    return bool(current().build(_dept_suffix).search(text))


def _year_words(v: Vocabulary) -> re.Pattern[str]:
    """The words a year takes (``년``, ``학년``, ``도`` of ``2024년도``)."""
    words = v.words("date_words", "year") + v.words("date_words", "year_suffix")
    return re.compile(alternation(words))


def lone_phone(text: str) -> bool:
    """A value printed without a label that can only be a phone number: phone-shaped, its digit
    groups joined by a dash, a point or a bracket (``561-6737``, ``033-249-3928``), never a bare
    number (a year, a code)."""
    return value_kind(text) == "phone" and re.search(r"\d\s*[-.)]\s*\d", text) is not None


def _phone(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:\(?0\d{{1,2}}\)?[\s.\-)]*)?\d{{3,4}}[\s.\-]*\d{{0,4}}(?:\s*\(?(?:{_phone_words(v)})?\s*\d{{2,5}}\)?)?$"
    )


# (a part after the first may be a circled number, a sub-goal's: Ⅲ-①-2)
_CODE = re.compile(
    r"^(?:[가-힣]{1,4}\s*[-–]\s*)?[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫIVX]+(?:\s*[-–.]\s*(?:[0-9A-Za-z]+|[\u2460-\u2473]))*$"
)
PERSON_NAME = re.compile(r"^[가-힣](?:\s?[가-힣]){1,3}$")
_ISO_DAY = re.compile(
    r"^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$"
)  # a day printed 2024-09-30


def _number_words(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^(?:{v.alternation('header_values', 'number_words')})\s*(?=[0-9ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])")


def _phone_lead(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:(?:{_phone_words(v)})\s*:?\s*)+(?=[(0-9])"
    )  # ☏ 내선 2345: words one after another


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
    return kind is None or field in KIND_FIELDS.get(kind, ())


def _rate_units(v: Vocabulary) -> str:
    """The rate units (``%``) as one alternation, the longest first; matching nothing when there are none."""
    return alternation(v.words("counts", "rate_units"))


def _rate_tail(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\s*\(\s*[0-9]+(?:\.[0-9]+)?\s*(?:{_rate_units(v)})\s*\)$")


def _without_rate(value: str) -> str:
    """A status value without the progress rate in brackets closing it (``이행후 계속추진(20%)``: the
    status's words are what a status's length is told by)."""
    return current().build(_rate_tail).sub("", value)


_NOTED = re.compile(r"(\S+?)\s?[(（][^()（）]+[)）]")  # a word, then one bracket closing the value


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
    if (code not in (None, "other") or key(v) in current().status_words) and len(_without_rate(v)) <= 12:
        return "status"  # a status word with no code of its own (대안추진) is one too
    if (m := _NOTED.fullmatch(v)) and value_kind(m.group(1)) == "status":
        return (
            "status"  # a status word and its note in brackets closing the value (추진지연('26.2. 완료예정))
        )
    d = parse_date(v)
    # a year with words after it (`2026년 완료`) is a target, not a reporting point
    if d.get("label") and (
        d["precision"] != "year" or not re.search(r"[가-힣]", current().build(_year_words).sub("", v))
    ):
        return "date"
    if v in current().build(none_values) or all(
        is_dept(p.strip()) for p in re.split(r"[,，、/·]", v) if p.strip()
    ):
        return "dept"
    if (roles := sub_labelled_pairs(v)) is not None and any(
        f == "lead_dept" and is_dept(split_phone(x)[0]) for f, x in roles
    ):
        return "dept"  # (주관) 스마트농업팀 (협조) -: one cell naming both roles, the lead a department (its phone after it)
    if (dept := split_phone(v)[0]) != v and is_dept(dept):
        return "dept"  # 기술보급과 (☎ 944-6526): a department and its phone after it (role_pairs parts them)
    if PERSON_NAME.match(v):
        return "name"
    return None


KIND_FIELDS = {
    "phone": ("contact_phone",),
    "code": ("mgmt_no", *NUMBER_PARTS),
    "status": ("status",),
    "dept": ("lead_dept", "coop_depts"),
    "name": ("contact_name", "superior"),
    "date": ("as_of",),
}


# labelled facts the record has no field for: kept out of the header (left unread, as lines)
NO_FIELD = ("field", "progress", "superior", "grade", "pledge_type", "site", "mgmt_no_upper")

# the upper government's pledge number (도 공약번호 on a 시 card): no field beside the card's own number
UPPER_NO = "mgmt_no_upper"


# fields a header may label more than once (과장 | 팀장: one person each)
REPEATED_FIELDS = ("superior",)


GENERIC_FIELDS = ("title", "target")


# fields whose value must be of their kind: a value of no kind reaches them only where its position
# proves it (a lone label line, then its lone value line; a run of values as many as their labels), and
# a status only where it is a status word (status_values.status_like: no title's piece, whatever its place)
KIND_ONLY = ("status",)


def _trailing_phone(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        rf"\s*[(（/,]?\s*(?:{_phone_words(v)})?\s*:?\s*"
        r"((?:\(?0\d{1,2}\)?[\s.\-)]*)?\d{3,4}[\s.\-]\d{4})\s*[)）]?\s*$"
    )


def _paren_extension(v: Vocabulary) -> re.Pattern[str]:
    """An extension after a name: in brackets (``김준연(3928)``, ``(☎ 3928)``) or after a phone
    word or a separator (``김준연 ☎ 3928``, ``김준연 내선 3928``, ``김준연 / 3928``)."""
    words = _phone_words(v)
    return re.compile(
        rf"\s*(?:[(（]\s*(?:{words})?\s*(?P<a>\d{{3,5}})\s*[)）]|(?:{words}|[/,])\s*:?\s*(?P<b>\d{{3,5}}))\s*$"
    )


def _bracketed_phone(v: Vocabulary) -> re.Pattern[str]:
    """A phone in brackets, a phone word before it or not, its numbers joined by separators (``(☎ 427-1111/1112)``,
    ``(427-1111, 1112)``): the brackets hold nothing else."""
    return re.compile(rf"\s*[(（]\s*(?:{_phone_words(v)})?\s*:?\s*(?P<phone>\d[\d\s.\-/,~]*\d)\s*[)）]")


def split_phone(value: str) -> tuple[str, str | None]:
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


def of_kind(field: str, text: str) -> bool:
    """Whether ``text`` can be the value of a typed ``field`` (an as-of date printed like a code,
    ``2024-09-30``, is a date; a name may end like a unit, ``노혜원``)."""
    if field in KIND_FIELDS.get(value_kind(text) or "", ()):
        return True
    if field == "as_of":
        return bool(parse_date(text).get("label"))
    if (
        field == "progress"
    ):  # a percent under a rate's label (이행률(%) over 90%): no field, but a value of its kind
        return re.fullmatch(rf"\d{{1,3}}(?:\.\d+)?\s*(?:{_rate_units(current())})", text.strip()) is not None
    return field in KIND_FIELDS["name"] and bool(
        PERSON_NAME.match(text)
    )  # a person of a name ending like a unit


def one_typed_value(value: str) -> bool:
    """Whether ``value`` is one value of a kind (:func:`value_kind`) as a whole: a department of several words
    only where each word ends like one (``농업기술센터 기술보급과``), not a row of words whose last cell is a
    department (``수소산업 특화단지 지정 추진 단계별 추진 산업입지담당관``)."""
    kind = value_kind(value)
    return kind is not None and (kind != "dept" or all(is_dept(w.strip(",，、")) for w in value.split()))


def role_pairs(field: str, value: str) -> list[tuple[str, str]]:
    """The ``(field, value)`` pairs a label's value gives: a department field's value naming its roles (``주관 :
    교통행정과 / 협조 : …``, :func:`sub_labelled_pairs`) each role's pair; any other value its label's. The one
    department-role split of the header table's cells and of the pairs put into the header (session 37)."""
    if field in KIND_FIELDS.get("dept", ()):
        return [
            pair for f, v in sub_labelled_pairs(value) or [(field, value)] for pair in without_phone(f, v)
        ]
    return [(field, value)]


def without_phone(field: str, value: str) -> list[tuple[str, str]]:
    """A role's departments and the phone printed after each in brackets (``(주관) 기술보급과 (☎ 944-6526)``,
    ``평생교육과(☎ 427-1111), 일자리정책과(☎ 427-2222)``): the departments their role's, as printed without the
    phones, each phone :data:`DEPT_PHONE`'s (the department's, no proof it is the contact's: kept unread;
    session 38: the cell was of no kind and the department went to the target, the target to the department).
    Every department of a list loses its own phone (session 39: only the last did, the first kept its phone in
    its name), a bracketed phone taken out before the list is split (its slash or comma no separator: session 39
    review, ``평생교육과(☎ 427-1111/1112)`` gave a department ``1112)``); a piece whose rest is no department keeps its phone, and a value with no phone stays as it is."""
    phones: list[str] = []

    def bracketed(m: re.Match[str]) -> str:  # a department's phone in brackets, separators and all: out first
        if not is_dept(re.split(DEPT_SEPARATORS, value[: m.start()])[-1].strip()):
            return m.group(0)
        phones.append(m.group("phone").strip())
        return ""

    # the bracketed phones taken out before the split (평생교육과(☎ 427-1111/1112): its slash no separator)
    pieces = re.split(f"({DEPT_SEPARATORS})", current().build(_bracketed_phone).sub(bracketed, value))
    for k in range(0, len(pieces), 2):  # the departments between the separators (kept, at the odd places)
        dept, phone = split_phone(pieces[k])
        if phone is not None and is_dept(dept):
            pieces[k] = (" " if k and pieces[k][:1].isspace() else "") + dept
            phones.append(phone)
    if not phones:
        return [(field, value)]
    return [(field, "".join(pieces).strip()), *((DEPT_PHONE, p) for p in phones)]


# what separates the departments of one value (협조부서 기획예산과, 건설과 / 도로과): header_depts.split_depts too
DEPT_SEPARATORS = r"[,，、/·ㆍ;]"


DEPT_PHONE = (
    "dept_phone"  # a department's own phone printed in its cell: no record field (put_pairs keeps it unread)
)
