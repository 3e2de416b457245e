"""Two halves of a line a text dump (or a PDF's line, a table cell's) broke, glued: the one join of every reader
(:func:`glue`), and the tests of where the break fell: inside a word the document prints elsewhere whole
(:class:`NearbyText`), inside a number (a thousands group, a unit word after it, a fullwidth figure), between a
date's pieces, or in a line left open (a bracket, a list's comma). Split from :mod:`textjoin` (its entry points
re-exported there)."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.counts import count_units
from pledgecard.normalize.dates import date_pattern, find_dates
from pledgecard.normalize.text import fold_fullwidth


def _trailing_date(v: Vocabulary) -> re.Pattern[str]:
    d = date_pattern(v)  # after a space or colon, or closing the bracket pair it opens: 체결(2024. 12.);
    # a note without digits in brackets may close the date (a day's weekday: 2023. 2. 3.(금), (예정))
    return re.compile(
        r"(?:(?:^|[\s:])(?:"
        + d
        + r")\s*[)\]]?|[(（](?:"
        + d
        + r")\s*[)）])"
        + r"(?:\s*[(（][^()（）\d]{1,6}[)）])?\s*(?:"
        + alternation(v.words("dates", "trailing_words"))
        + r")?\s*$"
    )


def _unit_head(v: Vocabulary) -> re.Pattern[str]:
    """A line's first word when it is only a unit or period word a number takes (분기, 월, 회, 억,
    명), punctuation after it allowed."""
    dates = [
        w for k in ("year", "month", "day", "quarter", "half", "semester") for w in v.words("date_words", k)
    ]
    units = (
        dates
        + v.words("counters")
        + v.words("counts", "units")
        + v.words("counters", "figure_units")
        + list(v.numerals("big"))
        + v.words("money", "currency")
    )
    return re.compile(rf"^(?:{alternation(units)})(?![0-9A-Za-z가-힣])")


_HANGUL_TAIL = re.compile(r"([0-9A-Za-z가-힣]+)$")


_HANGUL_HEAD = re.compile(r"^([0-9A-Za-z가-힣]+)")


def ends_with_date(text: str) -> bool:
    return bool(current().build(_trailing_date).search(text))


def _in_name_list(left: str, right: str) -> bool:
    """The break fell inside one item of a comma list of names (``에이델, 엘앤피`` + ``솔루션, 케이메디켐``):
    both halves are single words between commas, and names in such lists carry no spaces. A name has a letter: two
    figures of thousands groups (``… 549,751`` + ``765,600 …``, a table's row a pdf2txt line) are no name's halves."""
    if "," not in left or "," not in right:
        return False
    last = left.rsplit(",", 1)[1].strip()
    first = right.split(",", 1)[0].strip()
    return (
        bool(last)
        and bool(first)
        and " " not in last
        and " " not in first
        and any(c.isalpha() for c in last)
        and any(c.isalpha() for c in first)
    )


_NUMBER_HEAD = re.compile(r"\d{1,3}(?:,\d{3})*,$")


_NUMBER_TAIL = re.compile(r"^\d{3}(?:,\d{3})*(?![\d])")


def wraps_number(left: str, right: str) -> bool:
    """A number the line broke after a thousands comma: ``민자 18,`` + ``000,000)`` is
    ``18,000,000)``. The left half ends in digits and a comma, the right one starts with a
    group of three digits (that is not a year or a longer number)."""
    tail = left.rstrip().rsplit(" ", 1)[-1].lstrip("(（")
    return bool(_NUMBER_HEAD.search(tail)) and bool(_NUMBER_TAIL.match(right.lstrip()))


_FW_HEAD = re.compile(
    "[\uff10-\uff19]{1,3}(?:[\uff0c,][\uff10-\uff19]{3})*[\uff0c,](?P<part>[\uff10-\uff19]{0,2})$"
)


_FW_TAIL = re.compile("^(?P<digits>[\uff10-\uff19]+)(?![\uff10-\uff19])")


def wraps_fullwidth(left: str, right: str) -> bool:
    """A figure typed in fullwidth mode the line broke inside a group of its thousands (``군비　１２０，２３`` +
    ``３）``, ``２５４，`` + ``１４９``): every fullwidth character is a break opportunity, as a CJK one is, so the
    break needs no space to fall there. Proven by the digits: the left half ends in a comma and the digits of an
    unfinished group (one or two: a break right after the comma may be a list's ``１２，`` / ``３４５``, the space
    after it lost with the line's end), the right one opens with the digits that make it three (then a non-digit
    or a comma). A date so typed broken inside a digit run is :func:`cuts_date`'s."""
    head = _FW_HEAD.search(left)
    tail = _FW_TAIL.match(right)
    return bool(
        head and tail and head.group("part") and len(head.group("part")) + len(tail.group("digits")) == 3
    )


def _straddles(text: str, at: int) -> bool:
    """Whether a date read in ``text`` runs across position ``at``."""
    return any(a < at < b for a, b, _ in find_dates(text))


_PADDED_DATE = re.compile(r"(?<![\d.\-/])\d{4}(?P<sep>[-./])\d{2}(?P=sep)\d{2}(?![\d.\-/])")


def _digit_width(ch: str) -> str | None:
    """``"wide"`` for a fullwidth digit, ``"narrow"`` for an ASCII one, None for any other character."""
    if "\uff10" <= ch <= "\uff19":
        return "wide"
    return "narrow" if "0" <= ch <= "9" else None


def _mixed_widths(raw: str) -> bool:
    """Whether a date's month and day mix a zero-padded field with one of one digit (``2023-05-1``): a form no
    printer uses, so a date read so is the half of a fixed-width one, not a date of its own."""
    fields = re.findall(r"\d+", raw)[1:]
    return any(len(f) == 2 and f[0] == "0" for f in fields) and any(len(f) == 1 for f in fields)


def cuts_date(left: str, right: str) -> bool:
    """A date the line broke inside a digit run, glued whole. Digits of one width meet at the break, no space on
    either side; the halves glued make a date running across the break; and the halves read apart make no date
    ending at the break, unless that date mixes a padded field with an unpadded one (``2023-05-1`` + ``1``: read
    apart 2023-05-01, a form no printer uses). ``2023.10.2`` + ``5`` stays apart (October's 2nd is printed so,
    months 10-12 two digits unpadded), as ``２０２３．　１`` + ``２．～`` (January, then a list's 2) does.

    - typed in fullwidth mode (``～ ２０２`` + ``０． ９．``): every fullwidth character is a break opportunity, as
      a CJK one is, so any date;
    - printed in ASCII digits: only a fixed-width form (``2023-05-11``, ``2023.05.11``: four digits of year, two of
      month and of day, one separator and no space; a narrow date cell of a PDF breaking anywhere), the form fixing
      every field's width."""
    width = _digit_width(left[-1:]) if left else None
    if width is None or not right or _digit_width(right[0]) != width:
        return False
    at = len(left)
    glued = fold_fullwidth(left + right)
    if width == "narrow" and not any(m.start() < at < m.end() for m in _PADDED_DATE.finditer(glued)):
        return False
    if not _straddles(glued, at):
        return False
    apart = find_dates(fold_fullwidth(f"{left} {right}"))
    return all(_mixed_widths(d["raw"]) for a, b, d in apart if a < at <= b)


def continues_number(left: str, right: str) -> bool:
    """A number the line broke before its unit or period word: ``2023년 2`` + ``분기`` is
    ``2023년 2분기``, ``국비 46`` + ``억 확보)`` is ``46억``. The left half ends in a digit, the
    right one's first word is nothing but such a word (``월드컵`` is none)."""
    head = right.lstrip().split(" ", 1)[0] if right.strip() else ""
    left = left.rstrip()
    return bool(left) and left[-1].isdigit() and bool(current().build(_unit_head).match(head))


def _date_breaks(v: Vocabulary) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """A line's last word and the next line's first that are a date's pieces in their order: a year
    (``2026년``) then a month (``4월``), a month then a day (``19일``)."""

    def word(kind: str) -> str:
        return rf"(?:{alternation(v.words('date_words', kind))})"

    return [
        (re.compile(rf"(?:^|[\s:~]){digits}{word(a)}$"), re.compile(rf"^\d{{1,2}}{word(b)}(?![가-힣])"))
        for digits, a, b in ((r"\d{4}", "year", "month"), (r"\d{4}\S*\s*\d{1,2}", "month", "day"))
    ]


def continues_date(left: str, right: str) -> bool:
    """A date the line broke between its pieces: ``… : 2026년`` + ``4월 19일(일)`` is ``2026년 4월
    19일(일)``, ``2026년 4월 ~ 2026년`` + ``5월`` closes the range, ``2026년 4월`` + ``19일``. The left half
    ends in a year (a month), the right one opens with a month (a day), and the two joined end in a date."""
    joined = f"{left.rstrip()} {right.strip()}"
    return any(
        a.search(left.rstrip()) and b.match(right.lstrip()) for a, b in current().build(_date_breaks)
    ) and ends_with_date(joined)


def _continues_word(left: str, right: str, lexicon: str) -> bool:
    """Whether the break between ``left`` and ``right`` fell inside a word: the syllables around it,
    glued, occur in ``lexicon`` (``헬`` + ``스케어``: ``헬스케어``). A probe shorter than three
    syllables is judged with the word before it (``만족도 조`` + ``사``: ``만족도 조사``)."""
    tail = _HANGUL_TAIL.search(left)
    head = _HANGUL_HEAD.search(right)
    if not (tail and head):
        return False
    probe = tail.group(1)[-3:] + head.group(1)[:2]
    if len(probe) >= 3:
        return probe in lexicon
    before = _HANGUL_TAIL.search(left[: tail.start()].rstrip())
    if before is None or tail.start() == 0 or not left[tail.start() - 1].isspace():
        return False
    word = before.group(1)[-3:]
    return f"{word} {probe}" in lexicon or f"{word}{probe}" in lexicon


def breaks_word(left: str, right: str, lexicon: str) -> bool:
    """Whether the break between two lines fell inside one of the document's words (``24시간 체`` +
    ``계 구축``: ``체계`` among ``lexicon``'s words): the two lines are one text, proven by a word."""
    return _continues_word(left.rstrip(), right.lstrip(), lexicon)


def glue(left: str, right: str, lexicon: str = "") -> str:
    """Join two halves of a broken line (the one join of every reader): without a space when the
    word continues (``lexicon``: the document's own words, :class:`NearbyText`), a number wrapped
    after a thousands comma (``민자 18,`` + ``000,000)``) or punctuation that binds; with one
    otherwise."""
    if not left:
        return right
    if not right:
        return left
    if (
        wraps_number(left, right)
        or continues_number(left, right)
        or wraps_fullwidth(left, right)
        or cuts_date(left, right)
    ):
        return left.rstrip() + right.lstrip()
    if left.endswith(("(", "/", "·", "-", "~")) or right.startswith((")", ",", ".", "·", "/")):
        return left + right
    if _HANGUL_TAIL.search(left) and _HANGUL_HEAD.search(right) and _in_name_list(left, right):
        return left + right
    if _continues_word(left, right, lexicon) or wraps_counter(left, right):
        return left + right
    return left + " " + right


# a figure's Hangul tail: the figure opening a word (``조성 8개``), not one inside a name (``종로3가``: a number
# glued to the word before it names a place, it counts nothing)
_COUNTED_TAIL = re.compile(r"(?:^|[^\w.,])\d[\d,.]*\s*([가-힣]+)$")
# the right half's first Hangul run, and what follows it
_RIGHT_HEAD = re.compile(r"\s*([가-힣]+)(.*)$", re.S)


def wraps_counter(left: str, right: str) -> bool:
    """Whether a counter word broke over two lines after its number (``거점시설 조성 8개`` + ``소``: ``8개소``, a
    narrow goal cell of a layout dump): the number's Hangul tail and the right's first word make one counter
    (the vocabulary's ``[counters]``) and the tail alone is a shorter one or none. Read apart, the number took the
    shorter counter (8개 for 8개소: a unit misapplied; haetsal-county 57015 pdftotext -layout). A unit a goal's
    figure takes (``[counts] units``) as well: ``스마트교실 192학`` + ``급`` is ``192학급`` (a narrow PDF goal cell;
    read apart, the figure took no unit and was left null).

    The right half must be the unit's rest only: its first Hangul run, then nothing but punctuation or spaces (no
    word after it: ``만 65세`` + ``대 이상`` is an age over the next line's words, never 65 households; ``구 분``, a
    spaced head, opens no unit's rest). The figure must open its word: one glued to the word before it is part of a
    name (``종로3가`` + ``구`` is no count of households)."""
    tail = _COUNTED_TAIL.search(left.rstrip())
    head = _RIGHT_HEAD.match(right)
    if tail is None or head is None or re.search(r"\w", head.group(2)):
        return False
    word = tail.group(1) + head.group(1)
    return word in count_units() or word in current().words("counts", "units")


class NearbyText:
    """The document's own words near a line, for deciding whether a break fell inside a word.

    Only the lines around the break are searched (a window of chunks: lines of a text dump, pages
    of a PDF), so the cost of a lookup does not grow with the file, and a card's words are judged
    by that card's neighbourhood. (The vocabulary's words are no guide: they are written without
    their spaces.)"""

    CHUNK = 200  # lines

    def __init__(self, texts: list[str], chunk: int = CHUNK) -> None:
        self._texts = texts
        self._chunk = chunk
        self._cache: dict[int, str] = {}

    def near(self, index: int) -> str:
        """The text of the chunks around ``index``."""
        k = index // self._chunk
        if k not in self._cache:
            lo, hi = max(0, (k - 1) * self._chunk), (k + 2) * self._chunk
            self._cache[k] = "\n".join(self._texts[lo:hi])
        return self._cache[k]


def left_open(left: str, right: str) -> bool:
    """Whether a line, however short, is left open for the next one: a bracket it opens that the next line
    closes (``청년농업인 29명(1차`` / ``21, 2차 8)``), or a list it ends with a comma (``참여기업 15개,`` /
    ``참여자 111명``): a cell cut by a page break, or wrapped early, in a dump printing a cell a line."""
    if left.count("(") > left.count(")") and right.count(")") > right.count("("):
        return True
    return left.rstrip().endswith(",") and not right.lstrip().startswith(("(", ","))
