"""Lines of a text dump as positioned segments, for the layout analysis of :mod:`text_layout`.

A segment is a run of text without a gap of two or more spaces (in a row of cells, amounts
printed one space apart are two segments). Its position is kept in two
measures: display columns (East Asian wide and fullwidth characters take two columns, as in a
monospace terminal or a viewer's "save as text") and character offsets (as ``pdftotext -layout``
places one character per cell whatever its width). Which measure lines a block up is decided per
block by :mod:`text_columns`. Page furniture (page numbers, running headers and footers) is found
here, on the pages the form feeds delimit.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from pledgecard.extract.readers.pdf_margins import PAGE_NUMBER, running_key
from pledgecard.extract.readers.text_footer_count import footers_counting
from pledgecard.extract.readers.text_last_cell import numbered_figures, table_last_cell
from pledgecard.extract.readers.text_running_amid import running_amid
from pledgecard.extract.vocabulary import Vocabulary, current, key

RUN = re.compile(r"\S+(?: \S+)*")  # a run of words one space apart (two spaces or more end it)
_WIDE = {"W", "F"}


@cache
def char_width(ch: str) -> int:
    """Display columns of one character: 2 for East Asian wide/fullwidth, 0 for combining marks (remembered:
    a dump's lines are measured character by character, over and over)."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in _WIDE else 1


def display_offsets(text: str) -> list[int]:
    """The display column at which each character of ``text`` starts (and the end, appended)."""
    out = [0]
    for ch in text:
        out.append(out[-1] + char_width(ch))
    return out


@dataclass(frozen=True, slots=True)
class Seg:
    """A run of text on one line; ``x0``/``x1`` in display columns, ``c0``/``c1`` in characters."""

    text: str
    x0: int
    x1: int
    c0: int
    c1: int
    line: int  # 1-based line number in the file

    def span(self, wide: bool) -> tuple[int, int]:
        """Extent in display columns, or placed by characters (where ``pdftotext -layout`` puts
        the first character; its wide glyphs print about one and a half characters wide)."""
        return (
            (self.x0, self.x1) if wide else (self.c0, self.c0 + (self.c1 - self.c0 + self.x1 - self.x0) // 2)
        )


@dataclass(slots=True)
class TLine:
    """One line of the dump: its number, page, text (tabs expanded) and segments."""

    number: int
    page: int
    text: str
    segs: list[Seg] = field(default_factory=list)
    # spaces printed after the last character (cut from ``text``): in a dump joining a row's cells
    # with one space, the empty cells that end the row; a blank line's spaces (a layout parting a
    # table's rows by lines of spaces as wide as the table)
    trail: int = 0
    # segments a reader parted from one printed run (cells printed one space apart): never one cell
    parted: bool = False
    # the last line a reader joined to this one (a row's rest past a page break: text_cut_rows); 0: none
    end: int = 0

    @property
    def blank(self) -> bool:
        return not self.segs

    @property
    def width(self) -> int:
        """The line's length in characters with the spaces printed after it (``trail``)."""
        return len(self.text) + self.trail

    def indent(self, wide: bool = True) -> int:
        return self.segs[0].span(wide)[0] if self.segs else 0


_AMOUNT = re.compile(r"[△▲\-−]?\d[\d,]*(?:\.\d+)?")
_TOKEN = re.compile(r"\S+")


# the vocabulary's tables of labels a card may print spaced out: its header's, overview's and
# sections' labels, the heads of funding and goal tables and their rows' sources and totals
_LABEL_TABLES = (
    "header",
    "overview",
    "sections",
    "funding_sources",
    "funding_columns",
    "label_column",
    "totals",
    "goals_columns",
    "goals_columns_whole",
    "goals_unit_column",
    "note_column",
)


def _label_keys(v: Vocabulary) -> frozenset[str]:
    """The labels of the vocabulary a card may print spaced out, as keys (two syllables or more)."""
    return frozenset(
        k for name in _LABEL_TABLES for ws in v.table(name).values() for w in ws if len(k := key(w)) >= 2
    )


_SYLLABLE_TOKEN = re.compile(r"[가-힣]{1,2}[:：]?")
_LABEL_GAP = 3  # the widest gap inside a spaced label (two spaces, an ideographic space, one more)
_FILL_GAP = 6  # the widest gap inside a label spread to fill its cell (``구    분``), its gaps all one width


def _label_gaps(text: str) -> str:
    """``text`` with the gaps inside a label spaced out wider than a cell gap (``사　업　명`` with
    ideographic spaces, ``담  당  자`` with two; ``구    분``, a label spread to fill its cell, its
    gaps all one width, one syllable a word) filled, so that no cell breaks there: only where the syllables joined are a
    label of the vocabulary in force (the longest such run), each a whole word of one or two
    syllables. The same length: positions stay."""
    if "  " not in text:
        return text
    labels = current().build(_label_keys)
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out = list(text)
    i = 0
    joined = False  # the token before ``i`` closed a label joined here (``구    분`` before ``국    비``)
    while i < len(toks):
        best = i
        j = i
        word = _unmarked(text[toks[i][0] : toks[i][1]])
        gaps: set[int] = set()
        # a label spread to fill its cell opens the cell: not a syllable one space after a word (the
        # end of a wrapped label's piece, ``도민 소``, before a cell ``계``: no 소계), or one space after a
        # label spread before it (a head row of spread labels, ``구    분 국    비``)
        opens_cell = i == 0 or toks[i][0] - toks[i - 1][1] >= 2 or joined
        while (
            j + 1 < len(toks)
            and _SYLLABLE_TOKEN.fullmatch(word if j == i else text[toks[j][0] : toks[j][1]])
            and _SYLLABLE_TOKEN.fullmatch(text[toks[j + 1][0] : toks[j + 1][1]])
            and not _two_labels(
                text[toks[j][0] : toks[j][1]],
                text[toks[j + 1][0] : toks[j + 1][1]],
                toks[j + 1][0] - toks[j][1],
                labels,
            )
            and (
                (gap := toks[j + 1][0] - toks[j][1]) <= _LABEL_GAP
                or (
                    gap <= _FILL_GAP
                    and gaps <= {gap}
                    and opens_cell
                    and _one_syllable(word if j == i else text[toks[j][0] : toks[j][1]])
                    and _one_syllable(text[toks[j + 1][0] : toks[j + 1][1]])
                )
            )
        ):
            gaps.add(gap)
            j += 1
            word += text[toks[j][0] : toks[j][1]]
            if word.rstrip(":：") in labels:
                best = j
        for k in range(toks[i][1], toks[best][0]):
            out[k] = "\x00"  # a placeholder no gap pattern reads as a space
        joined = best > i
        i = best + 1
    return "".join(out)


def _two_labels(left: str, right: str, gap: int, labels: frozenset[str]) -> bool:
    """Two words of two syllables, each a label of its own, two spaces or more apart (``연도   목표``, the heads of
    a goal table's year and target columns a narrow cell gap apart): two cells, no label spaced out (a spaced
    label spaces its syllables, ``담  당  자``, or joins words that are no label alone). Where the two joined
    are a label too (``광역  시비``, ``누적  실적``), a gap of two spaces is the one a spaced label prints: one
    label; only a wider gap (``연도   목표``) parts them (the class of card fixed: a spaced label of two
    two-syllable words read as two cells, its funding row going to the wrong source)."""
    if not (
        gap >= 2
        and len(left) == 2
        and len(right) == 2
        and left.rstrip(":：") in labels
        and right.rstrip(":：") in labels
    ):
        return False
    return left + right.rstrip(":：") not in labels or gap > _SPACED_GAP


_SPACED_GAP = 2  # the gap a spaced label prints between its words (two spaces, an ideographic space)


def _unmarked(token: str) -> str:
    """A token without the part's mark glued before it (``·도`` of ``·도  비``, a funding row printed as a part of
    the row above it: vocabulary ``[funding_sub_rows] marks``): the first syllable of a label spread to fill its
    cell may carry it; the mark stays in the text (only the gaps after it are filled)."""
    mark = next((m for m in current().words("funding_sub_rows", "marks") if token.startswith(m)), None)
    return token[len(mark) :] if mark is not None and len(token) > len(mark) else token


def _one_syllable(token: str) -> bool:
    """A label spread to fill its cell spreads its syllables one by one (``구    분``); two words of two
    syllables a cell gap apart (``연도     목표``) are two cells."""
    return len(token.rstrip(":：")) == 1


def source_lines(text: str) -> list[str]:
    """The lines of a decoded dump as the reader numbers them (line ``n`` is item ``n - 1``): split at line
    ends only (``\\r\\n``, ``\\r``, ``\\n``), never at a form feed, which :func:`split_lines` reads as a page
    break inside its line.

    >>> source_lines("a\\r\\nb\\fc\\rd")
    ['a', 'b\\x0cc', 'd']
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def display_text(raw: str) -> str:
    """A dump's line as the reader measures its display columns: tabs expanded to 4 columns, an
    ideographic space as two spaces, a no-break space as one.

    >>> display_text("a\\tb\\u3000c")
    'a   b  c'
    """
    return raw.expandtabs(4).replace("\u3000", "  ").replace("\u00a0", " ")


def to_tline(number: int, page: int, raw: str) -> TLine:
    full = display_text(raw)
    text = full.rstrip()
    offs = display_offsets(text)
    spans = [(m.start(), m.end()) for m in RUN.finditer(_label_gaps(text))]
    if len(spans) >= 3:  # a row of cells: amounts a converter printed one space apart are two cells
        spans = [t for a, b in spans for t in _amounts_apart(text, a, b)]
    segs = [Seg(text[a:b], offs[a], offs[b], a, b, number) for a, b in spans]
    trail = len(full.rstrip("\n\r\f\v")) - len(text)
    return TLine(number=number, page=page, text=text, segs=segs, trail=trail)


def retext(lines: list[TLine], run: list[int], text: str) -> None:
    """``text`` printed on the first line of ``run`` (indexes into ``lines``; its number and page kept),
    the run's other lines left empty: a label printed over lines joined onto one."""
    first = lines[run[0]]
    lines[run[0]] = to_tline(first.number, first.page, text)
    for i in run[1:]:
        lines[i] = to_tline(lines[i].number, lines[i].page, "")


def printed(line: TLine) -> str | None:
    """The line as printed from its first character to its end, its space runs kept (the trailing
    ones too): what the gaps of a dump joining cells with one space say of empty cells. None for
    a blank line."""
    if not line.segs:
        return None
    return line.text[line.segs[0].c0 :] + " " * line.trail


_NIL = re.compile(r"[-–—]")  # a cell printed as a dash (nothing, zero)


def is_figure(text: str) -> bool:
    """A whole figure: an amount (``179.7``, ``1,200``) or a dash printed for none."""
    return bool(_AMOUNT.fullmatch(text) or _NIL.fullmatch(text))


_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def _unglued(text: str, x: int, y: int) -> list[tuple[int, int]]:
    """A token of thousands-grouped amounts a converter printed without a space between them
    (``1,167,789222,988``: a group of more than three digits after a comma is no number) cut
    into those amounts, where every part is a grouped amount; else the token as it is."""
    tok = text[x:y]
    if "," not in tok or re.fullmatch(r"[\d,]+", tok) is None or _AMOUNT.fullmatch(tok) is None:
        return [(x, y)]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*", tok):
        return [(x, y)]  # one well-formed amount
    out = []
    i = 0
    while i < len(tok):
        m = _GROUPED.match(tok, i)
        if m is None:
            return [(x, y)]
        out.append((x + i, x + m.end()))  # the last group ends after three digits
        i = m.end()
    return out if len(out) >= 2 else [(x, y)]


def _amounts_apart(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Amounts (and dash cells beside an amount: ``- 2,905``) one space apart are cells apart;
    amounts glued together (``1,167,789222,988``) are cut apart."""
    toks = [t for m in _TOKEN.finditer(text[a:b]) for t in _unglued(text, m.start() + a, m.end() + a)]
    if (
        len(toks) >= 2
        and all(_AMOUNT.fullmatch(text[x:y]) or _NIL.fullmatch(text[x:y]) for x, y in toks)
        and any(_AMOUNT.fullmatch(text[x:y]) for x, y in toks)
    ):
        return toks
    return [(a, b)]


def per_page(lines: list[TLine], read: Callable[[list[TLine]], list[TLine]]) -> list[TLine]:
    """``lines`` with each page's run of lines (consecutive lines of one page) replaced by ``read`` of it."""
    out: list[TLine] = []
    k = 0
    while k < len(lines):
        end = next((j for j in range(k, len(lines)) if lines[j].page != lines[k].page), len(lines))
        out += read(lines[k:end])
        k = end
    return out


def split_lines(text: str) -> list[TLine]:
    """The lines of a decoded dump with their page (a form feed starts a new page)."""
    out: list[TLine] = []
    page = 1
    for i, raw in enumerate(source_lines(text), start=1):
        while "\f" in raw:
            before, raw = raw.split("\f", 1)
            if before.strip():
                out.append(to_tline(i, page, before))
            page += 1
        out.append(to_tline(i, page, raw))
    return out


def is_page_number(line: TLine) -> bool:
    return len(line.segs) == 1 and bool(PAGE_NUMBER.match(line.segs[0].text.strip()))


def _marked_number(line: TLine) -> bool:
    """A page number set off by dashes or brackets (``- 3 -``, ``(3)``), no bare figure."""
    return bool(re.match(r"^[-–—(]", line.segs[0].text.strip()))


# a running footer closing a page: words, then the page number set off by dashes (``제목…  - 2 -``); a
# table row ending in figures and a dash for zero (``146회 1 - 144 -``) is none: a word ends before the number
_FOOTER_NUMBER = re.compile(r"\S.*[^\d\s\-–—]\s+[-–—]\s*\d{1,4}\s*[-–—]$")


_OF_TOTAL = re.compile(r"^(\d{1,3})\s*/\s*(\d{1,3})$")


def page_of_total(lines: list[TLine]) -> set[int]:
    """Lines numbering the pages ``n / N`` alone (page n of N): two or more, every one of the same N,
    the n counting up by one from 1 through the file (again from 1 for the next card). A pair of figures
    in any other order (a quarter's ``3/4`` beside ``4/4``) numbers no page."""
    found = [
        (k, m) for k, ln in enumerate(lines) if len(ln.segs) == 1 and (m := _OF_TOTAL.match(ln.text.strip()))
    ]
    if len(found) < 2:
        return set()
    last, total = 0, None
    for _, m in found:
        n, of = int(m.group(1)), int(m.group(2))
        if n > of or (n != last + 1 and n != 1) or (n != 1 and of != total):
            return set()
        last, total = n, of
    return {k for k, _ in found}


_TAIL_OF_TOTAL = re.compile(r"^(\S.*?)\s+(\d{1,3})\s*/\s*(\d{1,3})$")


def footers_of_total(lines: list[TLine]) -> set[int]:
    """Running footers closing the pages with the page of the total after their words (a browser's print
    footer: ``https://.../detail.do?no=3  1/3``): two or more lines whose words before the number are the
    same (a card's own: a file of several cards may name each), every one of the same total, the page
    counting up by one from 1, as :func:`page_of_total` asks of the number alone, and lines apart (rows
    of quarters, ``2024년 1/4`` over ``2024년 2/4``, stand together). Words of ``_STAMPED_WORDS`` or more are the
    same with their digits apart (a fax machine's line atop every page it sends, ``2025-10-14 14:07 FROM:
    063-280-1100 P. 1/2`` then ``… 14:08 … P. 2/2``: its minute moves on; left in, the second page's line ran into
    the last achievement above it as its wrapped rest, yeoreum2-province-fax-2-6)."""
    return _footers_of_total(lines)[0]


def stamped_footers(lines: list[TLine]) -> set[int]:
    """The lines of :func:`footers_of_total` printing a machine's stamp (a token of digits and marks only among
    their words: a time, a date, a fax number), dropped wherever they stand; the others only cut pages (a card's
    own lines of one wording closing ``1/2`` and ``2/2``, two items, are no stamp)."""
    return _footers_of_total(lines)[1]


def _masked(words: str) -> str:
    """``words`` with the digits of each token of digits and marks only masked (``14:07`` -> ``00:00``; ``1단계``
    kept: a token with a letter is the card's own wording)."""
    return " ".join(re.sub(r"\d", "0", t) if _stamp_token(t) else t for t in words.split())


def _stamp_token(token: str) -> bool:
    """A token of digits and marks only (a time, a date, a fax number)."""
    return any(c.isdigit() for c in token) and not any(c.isalpha() for c in token)


def _footers_of_total(lines: list[TLine]) -> tuple[set[int], set[int]]:
    runs: dict[str, list[tuple[int, re.Match[str]]]] = defaultdict(list)
    for k, ln in enumerate(lines):
        if not ln.blank and (m := _TAIL_OF_TOTAL.match(" ".join(ln.text.split()))):
            words = m.group(1)
            if len(words.split()) >= _STAMPED_WORDS:  # a fax's or printer's stamp: its time and date move on
                words = _masked(words)
            runs[words].append((k, m))
    out: set[int] = set()
    stamped: set[int] = set()
    for words_key, found in runs.items():
        numbers = [(int(m.group(2)), int(m.group(3))) for _, m in found]
        shown = [
            sum(1 for ln in lines[a:b] if not ln.blank)
            for (a, _), (b, _) in zip(found, found[1:], strict=False)
        ]
        if (
            len(found) >= 2
            and numbers == [(n, numbers[0][1]) for n in range(1, len(found) + 1)]
            and min(shown) >= _PAGE_LINES
        ):
            out.update(k for k, _ in found)
            if len(words_key.split()) >= _STAMPED_WORDS and any(
                map(_stamp_token, words_key.split())
            ):  # a stamp
                stamped.update(k for k, _ in found)
    return out, stamped


_STAMPED_WORDS = 3  # a running line's words before its page of the total read with their digits masked
_PAGE_LINES = 3  # the fewest non-blank lines between two running footers (a last page may hold little)


def numbers_before_headers(lines: list[TLine]) -> set[int]:
    """Bare page numbers closing pages a dump without form feeds prints one after another (a footer's
    page number, then the next page's running header: pyhwp's ``hwp5html`` of a card set a section a
    page): every bare number line whose next line is a line of two words or more printed two or more
    times, each time right after a bare number, and atop the file (a table's cells printed one a line
    repeat no such line, and none opens the file)."""
    shown = [k for k, ln in enumerate(lines) if not ln.blank]
    after: dict[str, list[int]] = defaultdict(list)  # a line's text: the numbers it follows, or -1
    for a, b in zip(shown, shown[1:], strict=False):
        bare = is_page_number(lines[a]) and not _marked_number(lines[a])
        after[running_key(lines[b].text)].append(a if bare else -1)
    if not shown:
        return set()
    top = running_key(lines[shown[0]].text)  # the running header opens the file's first page too
    return {
        k
        for k in after.get(top, [])
        if len(after[top]) >= 2 and -1 not in after[top] and len(top.split()) >= 2
    }


def _footer_number(line: TLine) -> bool:
    """A line ending with the page number set off by dashes after words: a running footer, which
    closes its page as a page number alone does."""
    return bool(_FOOTER_NUMBER.match(line.text.strip()))


def furniture(lines: list[TLine], *, keep: Callable[[str], bool] | None = None) -> set[int]:
    """Indexes of page-number lines and of running headers/footers: a line among the two first or
    two last non-blank lines of two thirds of the pages, the same text at the same indent (within
    two columns) or opening those pages at any indent; found so, it is dropped at every page edge
    printing it. A page is a form feed's, cut after each page number set off (``- 1 -``) and each bare
    one before the running header (:func:`numbers_before_headers`). ``keep``
    spares lines such as a card title printed atop every card of a multi-card file."""
    drop: set[int] = set()
    # a page: a form feed's, cut after each page number set off (- 1 -) in it, as a dump without
    # form feeds prints its page breaks
    pages: dict[tuple[int, int], list[int]] = defaultdict(list)
    cuts: dict[int, int] = defaultdict(int)
    counted = footers_counting(lines)  # words and the bare page number (``달래시  4``): dropped where found
    drop |= counted
    # words and the page of the total: each cuts its page; a machine's stamp among them dropped where found (a
    # fax's line printing its time atop each page is the same at no two page edges)
    footed, stamped = _footers_of_total(lines)
    drop |= stamped
    of_total = page_of_total(lines) | footed | counted
    headed = numbers_before_headers(lines)
    for k, line in enumerate(lines):
        if not line.blank:
            pages[(line.page, cuts[line.page])].append(k)
            if (
                is_page_number(line)
                and _marked_number(line)
                or _footer_number(line)
                or k in of_total
                or k in headed
            ):
                cuts[line.page] += 1
    pages_of: dict[int, list[int]] = defaultdict(list)  # the lines of each form feed's page
    for (ff, _), idx in pages.items():
        pages_of[ff] += idx
    by_key: dict[tuple[str, int], set[tuple[int, int]]] = defaultdict(set)
    first: dict[str, set[tuple[int, int]]] = defaultdict(set)  # the pages a text opens
    where: dict[tuple[str, int], list[int]] = defaultdict(list)
    for page, idx in pages.items():
        outer = list(dict.fromkeys(idx[:2] + idx[-2:]))
        # a page printing its number set off (- 1 -) numbers itself once: a bare number beside it
        # is a table's last (or first) cell (a dump printing cells one per line), no page number;
        # so too on the rest of its form feed's page after the number (a dump printing the footer
        # amid the page's blocks: the cells after it are the page's)
        marked = (
            any(is_page_number(lines[k]) and _marked_number(lines[k]) for k in outer)
            or page[1] > 0
            and any(is_page_number(lines[k]) and _marked_number(lines[k]) for k in pages_of[page[0]])
        )
        # a bare figure closing the page right under a cell, its row's sum (or its head's column count, or
        # the dump's page numbering) proving it: the table's last cell (a dump printing cells one per
        # line), no page number; the cell above it then the table's too
        last_cell = is_page_number(lines[idx[-1]]) and table_last_cell(lines, idx[-1])
        # a page numbers itself once: a bare figure beside the one fitting the dump's numbering is its text
        text_figures = numbered_figures(lines, [k for k in outer if is_page_number(lines[k])])
        for k in outer:
            line = lines[k]
            if (
                is_page_number(line)
                and (not marked or _marked_number(line))
                and k not in text_figures
                and not (last_cell and k in (idx[-1], idx[-2] if len(idx) > 1 else -1))
            ):
                drop.add(k)
                continue
            text = running_key(line.text)
            # a line repeated but for its page number is furniture wherever a layout dump set it
            # (pdftotext -layout indents a centred footer by each page's own left edge)
            key = (text, -1 if text.endswith(" #") else line.indent())
            by_key[key].add(page)
            where[key].append(k)
            if k == next((j for j in idx if not is_page_number(lines[j])), None):
                first[key[0]].add(page)
    for k, line in enumerate(lines):  # bare page numbers elsewhere ("- 3 -" between two pages)
        if is_page_number(line) and _marked_number(line):
            drop.add(k)
    if len(pages) >= 2:
        # two thirds of the pages: a file holding one card twice repeats its lines on half of them;
        # the indent within two columns (a layout dump shifts a page's text by its widest line), or
        # the first line of the pages at any indent (a running header)
        # in a file numbering its pages, pages printing a few lines and no page number (a booklet's
        # cover, its divider pages) carry no running lines: they do not count
        numbered = [any(is_page_number(lines[k]) for k in idx) for idx in pages.values()]
        bare = (
            sum(1 for idx, num in zip(pages.values(), numbered, strict=True) if len(idx) <= 4 and not num)
            if any(numbered)
            else 0
        )
        need = max(2, math.ceil((len(pages) - bare) * 2 / 3))
        found = {
            text for text, on in first.items() if len(on) >= need and not (keep is not None and keep(text))
        }
        for text, indent in by_key:
            near = set().union(*(p for (t, i), p in by_key.items() if t == text and abs(i - indent) <= 2))
            if len(near) >= need and not (keep is not None and keep(text)):
                found.add(text)
        # a running line found so is dropped wherever a page's edge prints it, at any indent (a last
        # page holding little is laid out from another left edge)
        drop.update(k for (text, _), ks in where.items() if text in found for k in ks)
        # a page printing it amid its text (pdftotext prints the content stream's order) drops it there
        drop |= running_amid(lines, pages, {t for t in found if not t.endswith(" #")}, is_page_number)
    return drop
