"""Rejoin lines that a text dump broke inside a sentence or a word.

A line without a bullet continues the bullet item above it when that item is long enough to
have wrapped, does not end in a date (an item that ends ``: '24. 9.`` is complete) and the line
does not look like a heading or a table row, nor prints a text the document prints elsewhere as a
row of its own (with no item above it to continue: ``세부 추진실적`` under a dated row), nor is a
whole date opening the row after it in a document that prints its rows' dates so (a table a
converter flattened a cell a line). Whether
the break fell inside a word is decided from the document itself: the two halves are glued without
a space when the glued form occurs elsewhere in the document (``헬`` + ``스케어`` -> ``헬스케어``,
seen in ``디지털헬스케어``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.heading_numbers import heading_number, titleish
from pledgecard.extract.headings import decimal_heading, parse_group_heading
from pledgecard.extract.item_heads import (
    date_parts_line,
    item_columns,
    item_head_width,
    part_head,
    part_head_cells,
)
from pledgecard.extract.labels import find_labels, is_title, section_of
from pledgecard.extract.markers import BRACKETED_LINE, OPEN_BRACKETS, SECTION_MARKERS
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.dates import date_pattern, find_dates, is_date
from pledgecard.normalize.money import unit_line, without_unit
from pledgecard.normalize.text import fold, fold_fullwidth

WRAP_MIN_CHARS = 20  # a line shorter than this did not wrap
# A bullet item's wrapped rest starts at its text or its marker, never left of the marker: a line
# starting more than this many indent levels left of the item's marker is none of it (in a layout
# dump, the next row of an item table: ``2024년 5월  추진내용`` under ``      * 참여기관 : …``). One
# word alone there is the wrapped rest of a narrow cell beside the item (``2023년 상반`` / ``기``).
WRAP_SHARE = 0.6  # a line shorter than this share of the lines around it did not wrap (before an item's
#                   own line, closing on its date: an unmarked first-level item under a short sub-item)
WIDTH_WINDOW = 8  # lines either side
HANG_SLACK = 2  # (a paragraph indented on its first line wraps a little left of its marker)


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


def _trailing_date(v: Vocabulary) -> re.Pattern[str]:
    d = date_pattern(v)  # after a space or colon, or closing the bracket pair it opens: 체결(2024. 12.);
    # a note without digits in brackets may close the date (a day's weekday: 2023. 2. 3.(금), (예정))
    return re.compile(r"(?:(?:^|[\s:])(?:" + d + r")\s*[)\]]?|[(（](?:" + d + r")\s*[)）])"
                      + r"(?:\s*[(（][^()（）\d]{1,6}[)）])?\s*(?:"
                      + _alt(v.words("dates", "trailing_words")) + r")?\s*$")


def _numeric_token(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^[△▲\-]?\(?[\d,.]+\)?(?:{_alt(v.words('dates', 'score_units'))})?$")


def _unit_head(v: Vocabulary) -> re.Pattern[str]:
    """A line's first word when it is only a unit or period word a number takes (분기, 월, 회, 억,
    명), punctuation after it allowed."""
    dates = [w for k in ("year", "month", "day", "quarter", "half", "semester") for w in v.words("date_words", k)]
    units = dates + v.words("counters") + v.words("counts", "units") + v.words("counters", "figure_units") \
        + list(v.numerals("big")) + v.words("money", "currency")
    return re.compile(rf"^(?:{_alt(units)})(?![0-9A-Za-z가-힣])")


# a line wholly in brackets (《 … 》, 「사업개요」, < 착공식 >): a block heading or a caption, no wrapped rest
_HANGUL_TAIL = re.compile(r"([0-9A-Za-z가-힣]+)$")
_HANGUL_HEAD = re.compile(r"^([0-9A-Za-z가-힣]+)")


def ends_with_date(text: str) -> bool:
    return bool(current().build(_trailing_date).search(text))


def looks_tabular(text: str) -> bool:
    """Mostly numbers (a table row such as ``계 220,719 0 42,646``)."""
    toks = text.split()
    if len(toks) < 3:
        return False
    numeric_token = current().build(_numeric_token)
    numeric = sum(1 for t in toks if numeric_token.match(t) or t == "-")
    return numeric * 2 >= len(toks)


def starts_new_block(text: str) -> bool:
    """A card title, a section heading or a header label line never continues the item above."""
    if opens_heading(text):
        return True
    labels = find_labels(text)
    return bool(labels) and labels[0][1] == 0


def _hung_after_comma(above: str, p: Paragraph, prev: Paragraph) -> bool:
    """Whether ``p`` goes on with the bulleted item above though it opens with a header label's words
    (``사업 대상지 ...``): the item's last line closes on a comma (its list goes on) and ``p`` hangs right of
    the item's marker; a title or a section or block heading still opens a block of its own."""
    return above.rstrip().endswith(",") and p.indent > prev.indent and not opens_heading(p.text)


def opens_heading(text: str) -> bool:
    """A card title, a section heading or a numbered or bare block heading (:func:`starts_new_block`
    without its header labels)."""
    if is_title(text) or section_of(text) is not None:
        return True
    hn = heading_number(text)
    if hn is not None and hn[0].startswith(("r", "o")) and titleish(hn[2]):
        return True  # Ⅱ 그동안 한 일, 제2장 돈이 드는 곳: a heading numbered in Roman numerals or as an
        #              ordinal, its title in no vocabulary
    if decimal_heading(text):
        return True  # 3.2 금분기 추진실적 ('24년 1/4분기 현재): a block numbered under its section
    return bare_block(text)  # 금분기 추진실적 (2023.09. 기준): a block heading printed without marker or number


def bare_block(text: str) -> bool:
    """A block heading with neither marker nor number: a short title closing with a word naming
    achievements (vocabulary ``[as_of] achievement_group_words``: ``금분기 추진실적``) and its
    reporting date in a bracket pair closing the line."""
    g = parse_group_heading(text)
    if not g or not g[1]:
        return False
    name = g[0]
    # the date in brackets closing the line, or the name in brackets opening it and the date after them
    # (【금분기 추진실적】 '24년 1/4분기 현재)
    framed = text.lstrip().startswith(tuple(OPEN_BRACKETS)) and name != fold(text)
    if not (text.rstrip().endswith(tuple(")）]>》〉】")) or framed):
        return False
    return titleish(name) and "".join(name.split()).endswith(tuple(current().words("as_of", "achievement_group_words")))


def _in_name_list(left: str, right: str) -> bool:
    """The break fell inside one item of a comma list of names (``에이델, 엘앤피`` + ``솔루션, 케이메디켐``):
    both halves are single words between commas, and names in such lists carry no spaces."""
    if "," not in left or "," not in right:
        return False
    last = left.rsplit(",", 1)[1].strip()
    first = right.split(",", 1)[0].strip()
    return bool(last) and bool(first) and " " not in last and " " not in first


_NUMBER_HEAD = re.compile(r"\d{1,3}(?:,\d{3})*,$")
_NUMBER_TAIL = re.compile(r"^\d{3}(?:,\d{3})*(?![\d])")


def wraps_number(left: str, right: str) -> bool:
    """A number the line broke after a thousands comma: ``민자 18,`` + ``000,000)`` is
    ``18,000,000)``. The left half ends in digits and a comma, the right one starts with a
    group of three digits (that is not a year or a longer number)."""
    tail = left.rstrip().rsplit(" ", 1)[-1].lstrip("(（")
    return bool(_NUMBER_HEAD.search(tail)) and bool(_NUMBER_TAIL.match(right.lstrip()))


_FW_HEAD = re.compile("[\uff10-\uff19]{1,3}(?:[\uff0c,][\uff10-\uff19]{3})*[\uff0c,](?P<part>[\uff10-\uff19]{0,2})$")
_FW_TAIL = re.compile("^(?P<digits>[\uff10-\uff19]+)(?![\uff10-\uff19])")


def wraps_fullwidth(left: str, right: str) -> bool:
    """A figure typed in fullwidth mode the line broke inside a group of its thousands (``군비　１２０，２３`` +
    ``３）``, ``２５４，`` + ``１４９``): every fullwidth character is a break opportunity, as a CJK one is, so the
    break needs no space to fall there. Proven by the digits: the left half ends in a comma and the digits of an
    unfinished group (one or two: a break right after the comma may be a list's ``１２，`` / ``３４５``, the space
    after it lost with the line's end), the right one opens with the digits that make it three (then a non-digit
    or a comma); or a date so typed broken inside a digit run (:func:`_cuts_fullwidth_date`)."""
    head = _FW_HEAD.search(left)
    tail = _FW_TAIL.match(right)
    if head and tail and head.group("part") and len(head.group("part")) + len(tail.group("digits")) == 3:
        return True
    return _cuts_fullwidth_date(left, right)


def _straddles(text: str, at: int) -> bool:
    """Whether a date read in ``text`` runs across position ``at``."""
    return any(a < at < b for a, b, _ in find_dates(text))


def _cuts_fullwidth_date(left: str, right: str) -> bool:
    """A date typed in fullwidth mode the line broke inside a digit run (``～ ２０２`` + ``０． ９．``): a date
    runs across the break when the halves are glued and none, not even one ending at the break, when a space
    parts them (``２０２３．　１`` + ``２．～`` may be January and a list's 2)."""
    a, b = left[-1:], right[:1]
    if not (a and b and left == left.rstrip() and "\uff10" <= a <= "\uff19" and "\uff10" <= b <= "\uff19"):
        return False
    spaced = fold_fullwidth(f"{left} {right}")
    return _straddles(fold_fullwidth(left + right), len(left)) \
        and not any(a < len(left) <= b for a, b, _ in find_dates(spaced))


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
        return rf"(?:{_alt(v.words('date_words', kind))})"

    return [(re.compile(rf"(?:^|[\s:~]){digits}{word(a)}$"), re.compile(rf"^\d{{1,2}}{word(b)}(?![가-힣])"))
            for digits, a, b in ((r"\d{4}", "year", "month"), (r"\d{4}\S*\s*\d{1,2}", "month", "day"))]


def continues_date(left: str, right: str) -> bool:
    """A date the line broke between its pieces: ``… : 2026년`` + ``4월 19일(일)`` is ``2026년 4월
    19일(일)``, ``2026년 4월 ~ 2026년`` + ``5월`` closes the range, ``2026년 4월`` + ``19일``. The left half
    ends in a year (a month), the right one opens with a month (a day), and the two joined end in a date."""
    joined = f"{left.rstrip()} {right.strip()}"
    return any(a.search(left.rstrip()) and b.match(right.lstrip()) for a, b in current().build(_date_breaks)) \
        and ends_with_date(joined)


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
    before = _HANGUL_TAIL.search(left[:tail.start()].rstrip())
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
    if wraps_number(left, right) or continues_number(left, right) or wraps_fullwidth(left, right):
        return left.rstrip() + right.lstrip()
    if left.endswith(("(", "/", "·", "-", "~")) or right.startswith((")", ",", ".", "·", "/")):
        return left + right
    if _HANGUL_TAIL.search(left) and _HANGUL_HEAD.search(right) and _in_name_list(left, right):
        return left + right
    if _continues_word(left, right, lexicon):
        return left + right
    return left + " " + right


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


def _rows_alone(lines: list[Paragraph]) -> set[str]:
    """Texts of unbulleted lines printed where no bullet item stands above them to continue: a
    line printing one of them under an item is that row again, no wrapped end of the item. A line
    going on at the hanging indent of the wrapped lines of an item above (indented past the item's
    marker, as the line above it) is the item's third or later line, not a row alone; so is a line flush with
    the item's wrapped lines above it, closing on the item's date (``계적으로 반영 : '20. 2학기``), where each line of
    the run above it ran full (a line that wrapped because it was full: :func:`_widest`), the item's too."""
    out: set[str] = set()
    hang = None  # the indent of the wrapped lines hanging under the item above
    flush = False  # the line above: an item, or a line going on from one, that ran full
    for i, (prev, p) in enumerate(zip([None, *lines], lines, strict=False)):
        full = prev is not None and len(prev.text) >= WRAP_SHARE * _widest(lines, i - 1)
        if p.marker is not None:
            hang = None
            flush = _item(p)
            continue
        if _item(prev) and prev is not None and p.indent > prev.indent:
            hang = p.indent
        elif not (prev is not None and prev.marker is None and p.indent == hang):
            hang = None
        run = flush and full and prev is not None and p.indent == prev.indent
        going_on = run and _closes_on_date(p.text)  # (a table's head or row printed under an item: no date closing it)
        if (prev is None or prev.marker is None or prev.marker in SECTION_MARKERS) and hang is None and not going_on:
            out.add(p.text)
        flush = run
    return out


def _item(p: Paragraph | None) -> bool:
    return p is not None and p.marker is not None and p.marker not in SECTION_MARKERS


def _dates_open_rows(lines: list[Paragraph]) -> bool:
    """Whether the document prints a row's date on a line of its own before the row's content (a
    table a converter flattened a cell a line: ``2023. 12.`` / ``ㆍ 협약 체결``): a whole-date line
    with an item after it and, above it, a line it cannot be the wrapped end of (none, no item, or
    an item too short to have wrapped). Then a whole-date line opens the row after it wherever it
    stands, never the wrapped end of the line above."""
    for prev, p, nxt in zip([None, *lines], lines, [*lines[1:], None], strict=False):
        if p.marker is None and _item(nxt) and (not _item(prev) or len(prev.text) < WRAP_MIN_CHARS) \
                and is_date(p.text):
            return True
    return False


_BARE_NUMBER = re.compile(r"^\d{1,2}$")


def _numbers_onto_titles(lines: list[Paragraph]) -> list[Paragraph]:
    """Headings' numbers printed alone on the line above their titles (``07`` over ``기대효과 Outcomes``:
    a tab set them apart and the converter broke the line there) joined to them: bare numbers each
    above an unmarked line naming a section, two or more of them in a rising run, each greater than
    the heading number read before it (a table's last count printed a cell a line above a heading
    numbers no heading)."""
    pairs: list[int] = []
    last = 0
    for i, p in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (p.marker is None and _BARE_NUMBER.match(p.text) and int(p.text) > last and nxt is not None
                and nxt.marker is None and section_of(nxt.text) is not None and heading_number(nxt.text) is None):
            pairs.append(i)
            last = int(p.text)
            continue
        hn = heading_number(p.text) if p.marker is None and section_of(p.text) is not None else None
        if hn is not None and hn[0] == "d":  # a heading numbered on its own line (06 향후 추진계획)
            last = max(last, hn[1])
    if len(pairs) < 2:
        return lines
    out: list[Paragraph] = []
    for i, p in enumerate(lines):
        if i - 1 in pairs:
            continue
        if i in pairs:
            nxt = lines[i + 1]
            out.append(Paragraph(text=f"{p.text} {nxt.text}", marker=None, indent=p.indent,
                                 source=Source(line_start=p.source.line_start, line_end=nxt.source.line_end)))
            continue
        out.append(p)
    return out


def join_broken_lines(lines: Iterable[Paragraph]) -> list[Paragraph]:
    lines = _numbers_onto_titles(list(lines))
    joined = _join(lines, set())
    held = _titles_alone(lines, joined) | _table_rows_apart(lines, joined[1])
    return _join(lines, held)[0] if held else joined[0]


def _join(lines: list[Paragraph], held: set[int]) -> tuple[list[Paragraph], dict[int, str]]:
    """The lines joined (none of ``held`` onto the line above), and the lines joined: index ->
    the physical line above it."""
    lexicon = NearbyText([p.text for p in lines])
    alone = _rows_alone(lines)
    dates_open_rows = _dates_open_rows(lines)
    out: list[Paragraph] = []
    joins: dict[int, str] = {}
    last_physical = ""
    numbered: dict[str, set[int]] = {}  # the numbers of the titled lines printed alone so far, per style
    openers = _run_openers(lines)
    for i, p in enumerate(lines):
        prev = out[-1] if out else None
        if (
            prev is not None
            and i not in held
            and p.marker is None
            and p.text not in alone
            and prev.marker is not None
            and prev.marker not in SECTION_MARKERS
            and not _numbered_section(prev.text)
            and not _titled_unit(prev.text)
            and (len(last_physical) >= WRAP_MIN_CHARS or left_open(last_physical, p.text))
            and (p.indent >= prev.indent - HANG_SLACK or " " not in p.text)
            and (not ends_with_date(prev.text) or continues_number(prev.text, p.text)
                 or continues_date(prev.text, p.text))
            and not BRACKETED_LINE.match(p.text)
            and (not looks_tabular(p.text) or prev.text.count("(") > prev.text.count(")")
                 or _closes_on_date(p.text))  # 확정 : 2022. 11. 20.: its numbers a date, no table row
            and (not starts_new_block(p.text) or _hung_after_comma(last_physical, p, prev))
            and not _next_in_run(p.text, numbered)
            and i not in openers
            and not (dates_open_rows and i + 1 < len(lines) and not is_date(lines[i + 1].text) and is_date(p.text))
            # (a line hung under the item's text, right of its marker, is its rest however short the first)
            and not (_closes_on_date(p.text) and p.indent <= prev.indent
                     and len(last_physical) < WRAP_SHARE * _widest(lines, i))
        ):
            joins[i] = last_physical
            prev.text = glue(prev.text, p.text, lexicon.near(i))
            prev.source = Source(line_start=prev.source.line_start, line_end=p.source.line_end)
            prev.printed = None
            last_physical = p.text
            continue
        out.append(Paragraph(text=p.text, marker=p.marker, indent=p.indent, source=p.source, printed=p.printed,
                             lead=p.lead if p.printed is not None else 0))
        last_physical = p.text
        hn = heading_number(p.text) if p.marker is None else None
        if hn is not None and titleish(hn[2]):
            numbered.setdefault(hn[0], set()).add(hn[1])
    return out, joins


def left_open(left: str, right: str) -> bool:
    """Whether a line, however short, is left open for the next one: a bracket it opens that the next line
    closes (``청년농업인 29명(1차`` / ``21, 2차 8)``), or a list it ends with a comma (``참여기업 15개,`` /
    ``참여자 111명``): a cell cut by a page break, or wrapped early, in a dump printing a cell a line."""
    if left.count("(") > left.count(")") and right.count(")") > right.count("("):
        return True
    return left.rstrip().endswith(",") and not right.lstrip().startswith(("(", ","))


def _numbered_section(text: str) -> bool:
    """A numbered heading naming a known section after its glyph (``▩`` + ``2. 재원 투자계획``), or a
    numbered short title closed by its table's unit statement (``2. 돈이 드는 곳 (단위: 백만원)``): a
    heading whatever glyph marks it, never a line that wrapped."""
    hn = heading_number(text)
    if hn is None:
        return False
    bare = without_unit(hn[2])
    return section_of(text) is not None or (bare != hn[2] and titleish(bare))


def _titled_unit(text: str) -> bool:
    """A short title closed by its table's unit statement after any glyph (``●`` + ``세부사업별 재원
    투자계획 (단위: 백만원)``): a heading over its table, numbered or not, never a line that wrapped (the
    table's head row under it is no rest of it)."""
    bare = without_unit(text)
    return bare != text and bool(bare) and text.startswith(bare) and titleish(bare)


def _closes_on_date(text: str) -> bool:
    """A line closing on a date after a colon (``실시설계 용역 완료 : 2024. 3월``): an item's own."""
    head, sep, tail = text.rpartition(":")
    return bool(sep) and bool(head.strip()) and head.count("(") == head.count(")") and is_date(tail.strip())


def _widest(lines: list[Paragraph], i: int) -> int:
    """The longest line among the lines around ``i``: a line that wrapped because it was full ran
    about as long."""
    return max(len(p.text) for p in lines[max(0, i - WIDTH_WINDOW): i + WIDTH_WINDOW])


def _next_in_run(text: str, numbered: dict[str, set[int]]) -> bool:
    """A short titled line numbered as the next of titled lines the document printed alone before it
    in the same numbering (``2 돈이 드는 곳`` after ``1 사업의 주요 골자``): a heading of that run, no
    wrapped end of the note above it, even when its title is in no vocabulary."""
    hn = heading_number(text)
    return hn is not None and titleish(hn[2]) and hn[1] - 1 in numbered.get(hn[0], set()) and hn[1] > 1


def _run_openers(lines: list[Paragraph]) -> set[int]:
    """Short titled lines numbered 1 that open a run: the lines numbered 2 and 3 in the same numbering
    follow, titled and unmarked each (``1 돈이 드는 곳`` under a note, ``2 그동안 한 일`` and ``3 지표 점검``
    below it): the first heading of that run, no wrapped end of the note above it."""
    titled: list[tuple[int, str, int]] = []
    for i, p in enumerate(lines):
        hn = heading_number(p.text) if p.marker is None else None
        if hn is not None and titleish(hn[2]):
            titled.append((i, hn[0], hn[1]))
    out = set()
    for i, style, n in titled:
        if n == 1:
            later = {m for j, st, m in titled if j > i and st == style}
            if {2, 3} <= later:
                out.add(i)
    return out


NEAR_MARGIN = 8  # characters: a line ending this close to the dump's width may have broken inside a word


def _bare_title(p: Paragraph) -> bool:
    """A line that may be a section heading printed bare: no marker, a short title with Hangul (a
    trailing colon allowed), not wholly in brackets, no header label."""
    t = re.sub(r"\s*[:：]\s*$", "", p.text)
    return p.marker is None and titleish(t) and re.search(r"[가-힣]", t) is not None \
        and not BRACKETED_LINE.match(p.text) and not find_labels(p.text)


def _opens_section(lines: list[Paragraph], i: int) -> bool:
    """The line after ``i`` is a section's first: a marked line, a unit line (``(단위: 만원)``) or a
    dated block heading (``기 추진실적 (24.2/4분기 누계)``)."""
    if i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    g = parse_group_heading(nxt.text)
    return nxt.marker is not None or unit_line(nxt.text) or g is not None and g[1] is not None


def _titles_alone(lines: list[Paragraph], joined: tuple[list[Paragraph], dict[int, str]]) -> set[int]:
    """Bare titles over a section's first line (``돈이 드는 곳`` over ``(단위: 만원)``) that the joiner
    took for the wrapped rest of the item above, in a document that prints such titles where no
    item stands above them (two or more: its section headings printed bare), when the item above
    did not fill its line: its last line and the title's first word would have fit in the width the
    document's other wrapped lines show (a document showing none wraps no line)."""
    joins = joined[1]
    titled = {i for i in range(len(lines)) if _bare_title(lines[i]) and _opens_section(lines, i)}
    if len(titled - set(joins)) < 2 and len(_numbered_alone(lines)) < 2:
        return set()
    widths = [len(above) for i, above in joins.items() if not _bare_title(lines[i])]
    width = max(widths, default=0)
    return {i for i in titled & set(joins)
            if len(joins[i]) + 1 + len(lines[i].text.split()[0]) <= width and len(joins[i]) < width - NEAR_MARGIN
            or not widths}


def _numbered_alone(lines: list[Paragraph]) -> set[int]:
    """Headings numbered in one run (``◈ Ⅰ. 사업의 주요 골자``, ``◈ Ⅱ. 돈이 드는 곳``), each a short title alone on
    its line over a section's first line: a document printing its section headings as lines of their own, so a
    bare title there (one heading printed bare amid the run) is one too, however few are bare."""
    runs: dict[str, set[int]] = {}
    for i, p in enumerate(lines):
        hn = heading_number(p.text)
        if hn is not None and titleish(hn[2]) and _opens_section(lines, i):
            runs.setdefault(hn[0], set()).add(hn[1])
    return max((ns for ns in runs.values() if {1, 2} <= ns), key=len, default=set())


def padded_row(p: Paragraph, cols: int) -> bool:
    """Whether ``p`` prints a row of a table of ``cols`` cells, its cells joined with one space: empty
    cells before and after one run of text in a middle cell (`` 창업 연도별 운영 실적 `` under 추진일자 |
    추진내용 | 비고), its spaces and text making the head's cells. A line a paragraph wrapped prints no
    empty cell after it: this one is a row of its own."""
    t = p.printed
    if p.marker is not None or t is None or not t.strip() or "  " in t.strip() or p.lead <= 0:
        return False
    trail = len(t) - len(t.rstrip(" "))
    return trail > 0 and p.lead + 1 + trail == cols


def _table_rows_apart(lines: list[Paragraph], joins: dict[int, str]) -> set[int]:
    """Lines of an item table (under a head row 추진일자 | 추진내용 | 비고, up to the next heading of
    another section) the joiner took for the wrapped rest of the row above, where that row ended well
    short of the table's longest line and the line's first word would have fit after it (`` *
    참여기관 : 진솔연구원, 한빛엔지니어링`` over `` 창업보육센터 운영``, rows of 45 characters printed
    whole): the row did not wrap there, the line is a row of its own. A break inside a word falls
    near the width (the margin). Block headings in the table's first column (그간 추진실적) name the
    table's own section and end nothing."""
    held: set[int] = set()
    region: list[int] = []
    section = here = None
    log = False  # the region a log table's (연도 | 월 | 추진내용): rows as short as the page is wide
    cols = 0  # the cells of the region's item-table head
    for i, p in enumerate([*lines, None]):
        # (a spanning year cell a dump printed at its height, among the head's cells a cell a line, left out)
        cells = part_head_cells([q.text for q in lines[max(0, i - 5): i] if not date_parts_line(q.text)] + [p.text]) \
            if p is not None else 0
        parts = p is not None and (part_head(p.text.split()) or cells > 0)  # a log table's head
        head = p is not None and (item_columns(p.text.split()) is not None or parts)
        name = section_of(p.text) if p is not None else None
        if p is None or head or region and starts_new_block(p.text) and name != section:
            width = max((len(lines[k].text) for k in region), default=0)
            if log and region:  # its rows measured against the page's width: the longest bulleted line
                width = max(width, max((len(q.text) + 2 for q in lines if q.marker and not looks_tabular(q.text)),
                                       default=0))
            log = parts
            held |= {k for k in region if k in joins and lines[k].text.split()
                     and not left_open(joins[k], lines[k].text)  # (a row left open goes on however short)
                     and len(joins[k]) < width - NEAR_MARGIN
                     and len(joins[k]) + 1 + len(lines[k].text.split()[0]) <= width}
            held |= {k for k in region if k in joins and padded_row(lines[k], cols)}
            region, section = ([i], here) if head else ([], None)
            cols = item_head_width(p.text.split()) if p is not None and head else 0
        elif region:
            region.append(i)
            if i in joins and date_parts_line(p.text):  # a log table's date cell (2024년, 3월) wraps no row
                held.add(i)
        here = name or here
    return held
