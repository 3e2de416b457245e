"""A document's items cut into cards (:func:`split_cards`): at each title line followed by its
header, or a new 공약명 header; a title or header repeated at a page top dropped, a booklet's
divider page left out."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.cover_memo import ends_with_cover_memo
from pledgecard.extract.document import Table
from pledgecard.extract.front_matter import without_front_matter
from pledgecard.extract.header_band_word import opens_after_band_word
from pledgecard.extract.header_block_start import label_band, opens_header_block
from pledgecard.extract.header_cell_figures import content_figures
from pledgecard.extract.header_lines_above import VALUE_CHARS, header_start_above, opening_label, value_line
from pledgecard.extract.heading_shapes import shaped_title
from pledgecard.extract.headings import reporting_date
from pledgecard.extract.labels import find_labels, header_field_of, is_title, untitled_title
from pledgecard.extract.layout import Item, Line, has_header_label
from pledgecard.extract.markers import LABEL_SEPARATORS, SECTION_MARKERS, is_note, is_numbering, marker_level
from pledgecard.extract.pledge_line_start import opens_with_pledge_line
from pledgecard.extract.pledge_lists import pledge_list
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.sections.header_bare_date import bare_date_line
from pledgecard.extract.sections.header_title_box import untitled_box_title
from pledgecard.extract.title_pages import title_page_top
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold

_CELL_FIELDS = 12  # header fields a header printed a cell a line reads at most (label and value a line each)


def _is_title_line(items: list[Item], i: int) -> bool:
    """Item ``i`` is a line naming a card (``… 공약사업 관리카드``). A line marked as an item (any bullet
    glyph, a dash or dot, a note mark, a numbering) is an item of the card it stands in, whatever it
    names (``◦ 공약 실천계획 이행상황 보고회 개최``), unless the card's header follows it at once (a title
    printed behind a glyph, ``◈ … 관리카드`` over 공약명); a heading's box (``□``) marks no item."""
    it = items[i]
    if not (isinstance(it, Line) and len(it.text) <= 60 and is_title(it.text)):
        return False
    return not _item_marker(it.marker) or (
        i + 1 < len(items) and (_starts_with_name_label(items[i + 1]) or _is_header_line(items[i + 1]))
    )


def _item_marker(marker: str | None) -> bool:
    """Whether a line's marker marks an item: a bullet glyph, a dash or dot, a note mark, a numbering."""
    return (
        marker is not None
        and marker not in SECTION_MARKERS
        and (marker_level(marker) is not None or is_numbering(marker) or is_note(marker) or len(marker) == 1)
    )


# the header fields a row of labels names beside 관리번호 for a weak title label among them to name the pledge
# (관리 번호 | 공약사항 | 추진 상황 | 추진부서; a sub-projects' table, 번호 | 사업명 | 사업비, names two)
HEADER_FIELDS = 3


def _strong(label: str) -> bool:
    """A header label that may start a card (not one common outside cards: ``[header_weak]``)."""
    return key(label) not in {key(w) for w in current().words("header_weak")}


def _starts_with_name_label(it: Item) -> bool:
    """A card header starts here: a table holding 공약명 (a weak label too in a row of header labels with
    관리번호), or a line that opens with 공약명 or 관리번호 and names the pledge (``관리번호 5-12 공 약 명 …``)."""
    if isinstance(it, Table):
        fields = {header_field_of(c.text.replace("\n", " ")) for c in it.cells} - {None}
        numbered = (
            "mgmt_no" in fields and len(fields) >= HEADER_FIELDS
        )  # a weak label in a header row names it
        return not pledge_list(it) and any(
            header_field_of(c.text.replace("\n", " ")) == "title" and (numbered or _strong(c.text))
            for c in it.cells
        )
    text = it.full_text
    labels = find_labels(text)
    if it.marker is not None and not (labels and labels[0][1] == 0):
        # a header printed as bulleted label lines (○ 공약명 : …): the label opens the text after the bullet,
        # its value after a separator
        text = it.text
        labels = find_labels(text)
        if not labels or not text[labels[0][2] :].lstrip().startswith(LABEL_SEPARATORS):
            return False
    # a weak label (공약사항) names the pledge after a 관리번호 label opening a line of header labels (a pledge
    # list's head row, 관리 번호 공약사항 추진 상황 …), never opening the line itself (a plan's words open on it)
    numbered = bool(labels) and labels[0][0] == "mgmt_no" and len({f for f, _, _ in labels}) >= HEADER_FIELDS
    return (
        bool(labels)
        and labels[0][1] == 0
        and labels[0][0] in ("title", "mgmt_no")
        and any(f == "title" and (_strong(text[a:b]) or numbered) for f, a, b in labels)
    )


def _bulleted_label(it: Item) -> str | None:
    """The header field a bulleted label line opens with (``○ 관리번호 : 4-3-2``: mgmt_no), its value after a
    separator; None for any other item."""
    if not isinstance(it, Line) or it.marker is None:
        return None
    labels = find_labels(it.full_text)
    if labels and labels[0][1] == 0:
        return None  # the label opens the line as printed, bullet and all: an unbulleted header line
    labels = find_labels(it.text)
    if not labels or labels[0][1] != 0 or not it.text[labels[0][2] :].lstrip().startswith(LABEL_SEPARATORS):
        return None
    return labels[0][0]


def _bulleted_name_alone(items: list[Item], i: int) -> bool:
    """Whether item ``i`` is a bulleted label line naming the pledge (``○ 공약사업 : 청년센터 조성``) with no
    other header field's bulleted line right beside it (``○ 관리번호 : 4-3-2``): under a card that already
    has its 공약명 such a line is an item of its sections (사업개요), no new card's header."""
    if _bulleted_label(items[i]) is None:
        return False
    return not any(
        0 <= k < len(items) and _bulleted_label(items[k]) not in (None, "title") for k in (i - 1, i + 1)
    )


def _header_follows(items: list[Item], i: int, window: int = 15) -> bool:
    """Whether a card header (공약명 or 관리번호) follows item ``i`` before any section heading: a line or a
    table holding one of their labels, a weak one too (a table of 공약번호 | 사업명 under a title line)."""
    for k in range(i + 1, min(len(items), i + 1 + window)):
        it = items[k]
        if _is_title_line(items, k):
            continue  # the next page's running header (title | 관리번호 2-20) is no card header
        if _starts_with_name_label(it) or _names_pledge(it):
            return True
        if heading_of(it):
            return False
    return False


def _memo_subject(items: list[Item], i: int, window: int = 20) -> bool:
    """Whether title line ``i`` is a cover memo's subject (``제목  2024년 2분기 공약사업 관리카드 제출``), no card's
    title: the memo's attachment line (:func:`~pledgecard.extract.cover_memo.ends_with_cover_memo`) follows it before any
    line naming the pledge or any section heading (the memo's body has neither; the card under it starts at its
    header)."""
    for k in range(i + 1, min(len(items), i + 1 + window)):
        it = items[k]
        if isinstance(it, Line) and ends_with_cover_memo(it.full_text):
            return True
        if _starts_with_name_label(it) or _names_pledge(it) or heading_of(it) is not None:
            return False
    return False


def _names_pledge(it: Item) -> bool:
    """Whether ``it`` holds a 공약명 or 관리번호 label: a table's cell, or a line's label; a weak label
    (``[header_weak]``: 공약사항 opening a plan's words, ``공약사항 정비 및 이행계획 보완``) in a line only
    followed by a separator, as a label is."""
    if isinstance(it, Table):
        return any(has_header_label(it, f) for f in ("title", "mgmt_no"))
    text = it.full_text
    return any(
        f in ("title", "mgmt_no") and (_strong(text[a:b]) or text[b:].lstrip().startswith(LABEL_SEPARATORS))
        for f, a, b in find_labels(text)
    )


def _is_header_line(it: Item) -> bool:
    """A line of the header block: it opens with a header label (관리번호 2-20, 추진부서 …)."""
    if isinstance(it, Table):
        return not pledge_list(it) and (has_header_label(it, "title") or has_header_label(it, "mgmt_no"))
    labels = find_labels(it.full_text)
    return bool(labels) and labels[0][1] == 0


def _in_header_block(items: list[Item], k: int) -> bool:
    """Item ``k`` may stand in a header block: a title line or a line of header labels."""
    return _is_title_line(items, k) or _is_header_line(items[k])


def _header_at(items: list[Item], i: int) -> dict[str, Any]:
    """The header fields a header block starting at item ``i`` reads; a block naming neither the pledge nor its
    number read again as a header printed a cell a line (each label's line followed by its value's line)."""
    block: list[Item] = []
    for k in range(i, min(len(items), i + 8)):
        it = items[k]
        if block and not _in_header_block(items, k):
            break
        block.append(it)
    header, _, _ = read_header(block)
    if header.get("title") or header.get("mgmt_no"):
        return dict(header)
    cells = items[i : _cells_end(items, i)]
    return dict(read_header(cells)[0]) if len(cells) > len(block) else dict(header)


def _cells_end(items: list[Item], i: int) -> int:
    """Where a header block printed a cell a line from item ``i`` ends: its label lines, each maybe followed by
    its value's line."""
    k = i
    while k < min(len(items), i + 2 * _CELL_FIELDS) and (
        _in_header_block(items, k) or (k > i and _label_value(items, k))
    ):
        k += 1
    return k


def _label_value(items: list[Item], j: int) -> bool:
    """Whether ``j`` is the value of the label standing alone on the line before it: a short line of no year, no
    figures and no ``(계속)`` (those are the page's content under a label whose cell was left empty)."""
    return _label_alone(items[j - 1]) and _cell_value(items[j]) and not content_figures(items[j].full_text)


def _cells_a_line(items: list[Item], j: int) -> bool:
    """Whether the header block read up to ``j`` goes on a cell a line: its label alone on the line before ``j``,
    ``j`` that label's value (no year, no figures, no ``(계속)``) and another header line right under it. A block
    whose LAST label alone prints no value (an empty cell) is followed by the page's content, never its value."""
    return j + 1 < len(items) and _label_value(items, j) and _in_header_block(items, j + 1)


def _label_alone(it: Item) -> bool:
    """A header label standing alone on its line (``관리번호``): a header printed a cell a line."""
    got = opening_label(it)
    return got is not None and not got[1]


def _cell_value(it: Item) -> bool:
    """A line that may be a header label's value printed on a line of its own, whatever mark it opens with (a
    관리번호 ``1-31`` reads as a numbering)."""
    if value_line(it):
        return True
    return (
        isinstance(it, Line)
        and 0 < len(it.full_text.strip()) <= VALUE_CHARS
        and not _is_header_line(it)
        and heading_of(it) is None
        and not is_title(it.full_text)
    )


def _identity(items: list[Item], i: int) -> tuple[str, ...]:
    """The pledge a header block starting at item ``i`` names: its 공약명 and 관리번호 values."""
    header = _header_at(items, i)
    return tuple(fold(str(header.get(k) or "")) for k in ("title", "mgmt_no"))


def _identity_below(items: list[Item], start: int, window: int = 4) -> tuple[str, ...]:
    """The pledge a card starting at its title line (``start``, no header field of its own) names: the identity of
    its own header block, the first header line within ``window`` items under it; ``('', '')`` where none is."""
    for k in range(start + 1, min(len(items), start + 1 + window)):
        if _is_header_line(items[k]):
            return _identity(items, k)
    return _identity(items, start)


def _fuller_header(items: list[Item], card_start: int, i: int) -> bool:
    """Whether the same pledge's header again at ``i``, before the card starting at ``card_start`` printed any
    section heading, reads every field the first block read and more: the first a summary page's (공약명, 관리번호,
    진척도 of the pledge printed again in full on its detail page: session 38's doc-ujin-city-2-12), the card the
    detail page's. A page-top repeat prints the same fields or fewer."""
    if (
        _first_heading(items, card_start, i) is not None
    ):  # a section under way, its heading known or shaped as one
        return (
            False  # (a quarter's card of unknown headings before the next quarter's: two cards, dodam 38006)
        )
    first, again = _header_at(items, card_start), _header_at(items, i)
    told = {
        k for k, v in first.items() if v and k != "kind"
    }  # (the title line over the block: no field of it)
    more = {k for k, v in again.items() if v and k != "kind"}
    return told < more


def _same_header_below(items: list[Item], start: int, i: int, current: tuple[str, ...]) -> bool:
    """Whether the header block at ``i`` names the current card's pledge (its 공약명 and 관리번호 both) though the
    items walked back over above it (from ``start``) read otherwise: a table of the card's last section ending the
    page, a column of it headed like a header label (a goal table's ``사업명``), over the header printed again
    atop the next page."""
    return start != i and all(current) and _identity(items, i) == current


def _titled_above(items: list[Item], lo: int, start: int) -> int:
    """The detail page's header at ``start`` with the title and reporting-point lines right above it (after ``lo``)."""
    k = start
    while (
        k - 1 > lo
        and isinstance(items[k - 1], Line)
        and (_is_title_line(items, k - 1) or reporting_date(items[k - 1].full_text))
    ):
        k -= 1
    return k


def _first_heading(items: list[Item], lo: int, hi: int) -> str | None:
    """The first section heading, or the first line shaped like one (a title no vocabulary names)."""
    return next(
        (
            h
            for it in items[lo:hi]
            for h in [heading_of(it) or (shaped_title(it.full_text) if isinstance(it, Line) else None)]
            if h
        ),
        None,
    )


def _restarts_sections(items: list[Item], card_start: int, i: int) -> bool:
    """Whether the sections after a repeated header start over (a new quarter's card of the same
    pledge) rather than go on (the header printed again at a page top)."""
    first = _first_heading(items, card_start, i)
    return first is not None and _first_heading(items, i, min(len(items), i + 40)) == first


def _headed(items: list[Item], lo: int, hi: int) -> bool:
    """Whether a section heading stands among items ``lo`` .. ``hi`` (a card under way has one)."""
    return any(heading_of(it) is not None for it in items[lo:hi])


def split_cards(items: list[Item]) -> list[list[Item]]:
    """Cut the item stream at each card start: a title line (``… 공약사업 관리카드``) followed by its
    header, or, when the current card already has its 공약명, a new 공약명 header (and the header
    lines right above it). A title or header repeated at a page top inside a card (no header
    after it, or the same pledge again) is a page header and dropped."""
    return split_cards_aside(items)[0]


def split_cards_aside(items: list[Item]) -> tuple[list[list[Item]], list[Item]]:
    """:func:`split_cards`'s cards and the items set aside before the first of them (a cover, a report's
    front matter: :mod:`pledgecard.extract.front_matter`), page headers dropped there not counted; no card,
    nothing set aside."""
    starts: list[int] = []
    dropped: set[int] = set()
    has_name = False
    current: tuple[str, ...] = ()
    i = 0
    while i < len(items):
        it = items[i]
        title = _is_title_line(items, i) and not _memo_subject(items, i)
        named = _starts_with_name_label(it) or opens_header_block(items, i) or label_band(it)
        if title and i + 1 < len(items) and _is_title_line(items, i + 1):
            dropped.add(i)  # a running page header right above the card's own title line
            i += 1
            continue
        if (
            not (title or named)
            and (not starts or _headed(items, starts[-1], i))
            and opens_with_pledge_line(items, i, _is_header_line)
        ):
            starts.append(i)  # the pledge's own line over a header naming neither it nor its number
            current, has_name = (), False
            i += 1
            continue
        if title or named:
            if named and not title and has_name and _bulleted_name_alone(items, i):
                named = False  # a bulleted 공약사업 : … line among a named card's items: no header
            new = not starts or (title and _header_follows(items, i)) or (named and has_name)
            if new and title and not named and starts and not _headed(items, starts[-1], i):
                i += 1  # the card's own title printed amid its header, before any section (a converter's
                continue  # boxes in an order of their own: the labels, the values, then the title)
            start = i
            if new and named and not title:  # header lines printed above 공약명 belong to the new card (their
                # values printed a line each under them too)
                start = header_start_above(
                    items,
                    start,
                    starts[-1] if starts else -1,
                    lambda it: _is_header_line(it) or opens_after_band_word(it),
                    _starts_with_name_label,
                )
            key = _identity(items, start) if new else ()
            if new and starts and any(key) and key == current and _fuller_header(items, starts[-1], start):
                # the pledge's summary page, then its detail page: one card, from the detail page's header (the
                # summary set aside before it, as text before the card; a later card's summary dropped)
                top = _titled_above(items, starts[-1], start)
                dropped.difference_update(range(top, start))  # its title line, taken for the summary's repeat
                dropped.update(range(starts[-1], top) if len(starts) > 1 else ())
                starts[-1] = top
                has_name = named
                i += 1
                continue
            if (
                new
                and starts
                and any(key)
                and (key == current or _same_header_below(items, start, i, current))
                and not _restarts_sections(items, starts[-1], i)
            ):
                # The same pledge's header again at a page top: drop the repeated block.
                j = i
                while j < len(items) and j - i < 8 and _in_header_block(items, j):
                    dropped.add(j)
                    j += 1
                if _cells_a_line(items, j):
                    # a header printed a cell a line (its label alone on the line before): its values too
                    j = _cells_end(items, i)
                    dropped.update(range(start if key == current else i, j))  # (and its lines above 공약명)
                i = j
                continue
            if new:
                starts.append(start)
                current = key if any(key) else _identity_below(items, start)
                has_name = named
            elif title:
                dropped.add(i)
            if named:
                has_name = True
        i += 1
    if not starts:
        return [], []
    starts = [_untitled_start(items, s, starts[n - 1] + 1 if n else 0, dropped) for n, s in enumerate(starts)]
    starts[0] = _dated_above(items, starts[0], dropped)
    bounds = zip(starts, starts[1:] + [len(items)], strict=True)
    front = [it.full_text for it in items[: starts[0]] if isinstance(it, Line)]
    cards = [
        _without_booklet_tail([items[k] for k in range(s, e) if k not in dropped], front) for s, e in bounds
    ]
    kept = without_front_matter(
        cards,
        titled=lambda c: bool(c) and _is_title_line(list(c), 0),
        named=lambda it: heading_of(it) is not None,
    )
    aside = [items[k] for k in range(starts[0]) if k not in dropped]
    return kept, aside + [it for card in cards[: len(cards) - len(kept)] for it in card]


def _dated_above(items: list[Item], start: int, dropped: set[int]) -> int:
    """The first card starting at the line above it when that line, the file's first, states a reporting point
    and nothing else before the card (``열매군 기획예산실 | 2025년 4분기 현재``: the page header pyhwp's ``hwp5html``
    prints once, atop its section, no running line then): the header area's reporting date."""
    if start == 1 and 0 not in dropped and isinstance(items[0], Line) and reporting_date(items[0].full_text):
        return 0
    return start


def _untitled_start(items: list[Item], start: int, lo: int, dropped: set[int]) -> int:
    """A card starting at its header with no title line (``… 관리카드``) printed: the line right above
    its header block that names the pledges (``물빛시 민선8기 시장 공약사업 추진상황``, ``공약`` opening a
    word; no item's marker, no header label, no section heading, no full stop), or the line above
    the reporting date printed there (``('25. 3/4분기 현재)``), is its title line and starts it
    (:func:`~pledgecard.extract.sections.header.read_header` reads it as the card's kind)."""
    k = start - 1
    while (
        k > lo
        and k not in dropped
        and isinstance(items[k], Line)
        and (reporting_date(items[k].full_text) or bare_date_line(items[k].full_text))
    ):
        k -= 1  # (or a date alone in brackets under the title)
    if (
        k < lo
        or k in dropped
        or any(_is_title_line(items, j) for j in range(start, min(len(items), start + 3)))
    ):
        return start
    if _titles_untitled(items[k]):
        return k
    cover = title_page_top(
        items, k, lo, dropped, _identity(items, start)[0], plain=_plain, names=_titles_untitled
    )
    return start if cover is None else cover


def _titles_untitled(it: Item) -> bool:
    """A line that may title a card printed without a kind word (:func:`untitled_title`): no item's
    marker, no header label, no section heading; or a one-row table's one printed cell that may so title it)."""
    if isinstance(it, Table):  # the title in a one-row table beside an empty stamp or approval box
        return untitled_box_title(it) is not None
    return (
        isinstance(it, Line)
        and untitled_title(it.text)
        and not _item_marker(it.marker)
        and not _is_header_line(it)
        and heading_of(it) is None
    )


def _plain(it: Item) -> bool:
    """A line with no marker, no header label and no heading (a title page's line)."""
    return isinstance(it, Line) and it.marker is None and not _is_header_line(it) and heading_of(it) is None


def _without_booklet_tail(card: list[Item], front: list[str]) -> list[Item]:
    """A card without the lines closing it that the file printed before its first card too (its
    cover, its contents): a booklet's divider page (``Ⅵ`` / ``환경·녹지 분야``, the contents' part
    line ``Ⅵ. 환경·녹지 분야``) or back cover between two cards, no text of the card before."""
    keys = [k for k in (_squeezed(t) for t in front) if k]
    while len(card) > 1 and isinstance(card[-1], Line) and len(card[-1].full_text) <= _PART_TITLE:
        text = _squeezed(card[-1].full_text)
        if not text or not any(text in k for k in keys):
            break
        card = card[:-1]
    return card


_PART_TITLE = 40  # characters of a booklet's part title (a divider page's line)


def _squeezed(text: str) -> str:
    return "".join(fold(text).split())
