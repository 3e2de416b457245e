"""Section headings printed bare, told from body text by the shape their known siblings show.

Some cards print their section headings as bare words on lines of their own: no glyph, number,
bracket or box (``사업개요``, ``추진실적 :``), and their blocks as bare lines too (``기 추진실적
('24.2/4분기 누계)``). A bare line whose words no vocabulary names could be a heading or body
text; what tells them apart is the card's own headings. Once one bare heading is known (its words
in the vocabulary, or found by :func:`~pledgecard.extract.heading_shapes.unknown_headings`), its
siblings share its shape: bare, at its indent, in its type size where the document model carries
one (a PDF line's height), a short title (a trailing colon allowed) on a line of its own, and each
opens a section: a table, a bulleted line, a unit line, a dated block line or the head of a table
whose kind its words name comes right under it.
"""

from __future__ import annotations

import re

from pledgecard.extract.content_kinds import table_kind_at_top
from pledgecard.extract.heading_bare_words import repeated_titles
from pledgecard.extract.heading_cell_words import lone_cell
from pledgecard.extract.heading_shapes import hangul_title as titled
from pledgecard.extract.heading_shapes import printed_cell, shape_of, unit_line
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.item_heads import item_table_head
from pledgecard.extract.labels import find_labels, is_title, section_of
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import is_numbering
from pledgecard.extract.sections.goal_head_words import head_kind, is_goals_header
from pledgecard.extract.vocabulary import current, key

# a Roman numeral or a digit opening a heading (Ⅲ.재원 투자계획)
_NUMBERED = re.compile(r"^\s*[\u2160-\u216b\d]")
HEIGHT_SLACK = 0.6  # points: lines of one type size differ by less in height (a PDF's bounding boxes)


def bare_title(text: str) -> str:
    """The title of a bare heading line: its trailing colon dropped (``추진실적 :`` -> ``추진실적``)."""
    return re.sub(r"\s*[:：]\s*$", "", text.strip())


def _bare(it: Line) -> bool:
    """A line with no marker, no heading shape and not a table's label cell."""
    return it.marker is None and not it.heading and shape_of(it.full_text) is None


def _dated_block(text: str) -> bool:
    g = parse_group_heading(text)
    return g is not None and g[1] is not None


def _height(it: Line) -> float | None:
    b = it.source.bbox
    return None if b is None else b[3] - b[1]


def _known_bare(it: Line) -> bool:
    """A bare line whose title the vocabulary names as a section (not a dated block line)."""
    return (
        _bare(it)
        and not printed_cell(it)
        and section_of(it.text) is not None
        and titled(bare_title(it.text))
        and not _dated_block(it.text)
    )


def _candidate(it: Line, over_items: bool = False) -> bool:
    """A bare short title no vocabulary names, no table's cell: no label, unit, dated block or card title, nor
    a table's label column head (``구  분``, vocabulary ``[label_column]``: a dump printing a table a cell a
    line prints it over the unit line of the table's corner), nor a status word or a figure alone (a side table's
    cell ``완료`` over the next block's dated line: :func:`~pledgecard.extract.heading_cell_words.lone_cell`)."""
    t = bare_title(it.text)
    return (
        _bare(it)
        and not printed_cell(it)
        and section_of(it.text) is None
        and titled(t)
        and len("".join(t.split())) >= 2
        and not find_labels(it.text)
        and not unit_line(it.text)
        and not _dated_block(it.text)
        and not is_title(it.text)
        and "".join(t.split()) not in current().words("label_column")
        and not lone_cell(t, over_items)
    )


def _opens_section(lines: list[tuple[int, Line]], n: int) -> bool:
    """Whether a section's content starts right under line ``n``: a table (an index skipped: the
    lines are given without the card's tables), a bulleted line, a unit line, a dated block line,
    or lines that open with the head of a table whose kind its words name (a text dump's table)."""
    k = lines[n][0]
    if n + 1 >= len(lines):
        return False
    k2, nxt = lines[n + 1]
    if k2 != k + 1:
        return True
    if _item(nxt) or unit_line(nxt.full_text) or _dated_block(nxt.text):
        return True
    kind = table_kind_at_top([it for _, it in lines[n + 1 : n + 8]])
    # (a table of a section a known heading names is that section's: the bare lines over its cells,
    # a dump printing them a cell a line, are cells)
    return kind is not None and all(section_of(it.text) != kind for _, it in lines)


def _over_items(lines: list[tuple[int, Line]], n: int) -> bool:
    """Line ``n`` stands right over a bulleted line or a unit line (``사업의 주요 골자`` over ``> 사업기간
    : …``, ``돈이 드는 곳`` over ``(단위: 만원)``)."""
    if n + 1 >= len(lines) or lines[n + 1][0] != lines[n][0] + 1:
        return False
    nxt = lines[n + 1][1]
    return _item(nxt) or unit_line(nxt.full_text)


def _over_worded_item(lines: list[tuple[int, Line]], n: int) -> bool:
    """Line ``n`` stands right over a bulleted line holding words (``◦ 선별장 2단계 확장``), not a bar of glyphs
    (``■■■■■■■■□□``, a header's progress cell under its status cell ``일부 지연``: crossbred 9003's text dump)."""
    if n + 1 >= len(lines) or lines[n + 1][0] != lines[n][0] + 1:
        return False
    nxt = lines[n + 1][1]
    return _item(nxt) and re.search(r"[^\W\d_]", nxt.text) is not None


def _item(it: Line) -> bool:
    """A bulleted item: a marker before words (a dash alone is an empty cell a dump printed)."""
    return (
        it.marker is not None
        and len("".join(it.text.split())) >= 2
        and not it.text.replace(",", "").isdigit()
    )


def _amid_cell(lines: list[tuple[int, Line]], n: int) -> bool:
    """Whether line ``n`` stands in a table's cell under another line of that cell: an item of the cell's
    list (a bare first-level item under the block heading opening the cell), where a heading in a table
    is its cell's first line (a label cell, a head cell)."""
    cell = lines[n][1].source.cell
    return cell is not None and n > 0 and lines[n - 1][1].source.cell == cell


def bare_sibling_headings(lines: list[tuple[int, Line]], found: set[int]) -> set[int]:
    """The indices (as given) of bare lines shaped as the card's bare section headings: the known
    ones (their words in the vocabulary, each over a section's first line: a goal table's column
    word printed a cell a line is none) and those in ``found`` (headings found otherwise), on a
    card whose known headings have no number and share no frame (``■ 사업개요``, ``■ 추진실적``, ``제3장
    연도별 성과목표``: a card heading so prints body text in its bare lines; one bracketed caption naming
    a section, ``<연도별 투자계획>``, is no frame)."""
    named: dict[str, set[str]] = {}
    for _, it in lines:
        s = shape_of(it.full_text)
        if section_of(it.text) is not None and (is_numbering(it.marker) or _NUMBERED.match(it.text)):
            return set()  # a numbered heading (Ⅰ-4. 그간 추진실적): the card numbers its headings
        if s is not None and section_of(s.title) is not None:
            if s.number is not None:
                return set()  # likewise (제3장 연도별 성과목표)
            named.setdefault(s.frame, set()).add(section_of(s.title))  # type: ignore[arg-type]
    if any(len(names) >= 2 for names in named.values()) or any(
        k in found and not _bare(it) for k, it in lines
    ):
        return set()  # a frame heads the card's sections (one naming two sections or more, or the
        #               shape of the headings found): its bare lines are body text
    at = [
        n
        for n, (k, it) in enumerate(lines)
        if (_known_bare(it) and _opens_section(lines, n)) or k in found and _bare(it)
    ]
    repeated: set[str] = set()
    if not at:  # none known: bare titles each right over a bulleted or a unit line, three or more
        at = [
            n
            for n, (k, it) in enumerate(lines)
            if _candidate(it, _over_worded_item(lines, n)) and _over_items(lines, n)
        ]
        # a title printed again: an item (mutant 4077)
        repeated = repeated_titles([lines[n][1].text for n in at])
        at = [n for n in at if key(bare_title(lines[n][1].text)) not in repeated]
        if len(at) < 3:
            return set()
    anchors = [lines[n][1] for n in at]
    # most headings amid a cell's lines (a boxed body)
    amid = 2 * sum(_amid_cell(lines, n) for n in at) > len(at)
    indents = {it.indent for it in anchors}
    # every known heading boxed in a cell of its own (a one-cell table: hwpx, hwp): a line on the page
    # outside any cell is none of their siblings (a web page's buttons ``목록 인쇄 공유`` over the header
    # table: crossbred 9073) unless items stand under it (a heading the vocabulary does not know printed
    # bare on the page over its section's items, ``향후 홍보계획`` over ``∘ …``: session 42 mend)
    boxed = len(anchors) >= 2 and all(it.source.cell is not None for it in anchors)
    heights = [h for it in anchors for h in [_height(it)] if h is not None]
    out = set()
    rows = _under_item_head(lines, set(at)) | under_label_column(lines) | _under_goal_head(lines, set(at))
    for n, (k, it) in enumerate(lines):
        if (
            k in found
            or not _candidate(it, _over_worded_item(lines, n))
            or it.indent not in indents
            or not amid
            and _amid_cell(lines, n)
            or boxed
            and it.source.cell is None
            and not _over_items(lines, n)
            or key(bare_title(it.text)) in repeated
            or n in rows
        ):
            continue
        h = _height(it)
        if heights and (h is None or all(abs(h - a) > HEIGHT_SLACK for a in heights)):
            continue
        if _opens_section(lines, n):
            out.add(k)
    return out


def under_label_column(lines: list[tuple[int, Line]]) -> set[int]:
    """The lines (as given) of the run of bare short titles right under a table's label column head alone on its
    line (``구분``, vocabulary ``[label_column]``): the column's row labels a dump printed a cell a line (``구분`` /
    ``수료생`` / ``참여기업`` / ``교육생``; ``구분`` / ``총 계``), none a heading whatever comes under it."""
    words = current().words("label_column")
    out: set[int] = set()
    for n, (_, it) in enumerate(lines):
        if not (_bare(it) and "".join(it.text.split()) in words):
            continue
        m = n + 1
        while m < len(lines) and lines[m][0] == lines[m - 1][0] + 1 and _candidate(lines[m][1]):
            out.add(m)
            m += 1
    return out


def _under_item_head(lines: list[tuple[int, Line]], anchors: set[int]) -> set[int]:
    """The lines (as given) under an item table's head line (``구분 추진일자 추진내용 비고``) down to the next of the
    card's bare headings (``anchors``): the table's cells a dump printed a line each (a block label ``기 추진실적``,
    a note ``완료``, a sub-group's label ``세부 추진실적``: crossbred 6337 txt), never a sibling heading."""
    out: set[int] = set()
    under = False
    for n, (_, it) in enumerate(lines):
        if n in anchors:
            under = False
        elif it.marker is None and item_table_head(it.text.split()):
            under = True
        elif under:
            out.add(n)
    return out


def _goal_head_at(lines: list[tuple[int, Line]], n: int) -> int:
    """How many lines from ``n`` (as given) print a goal table's head: one line naming its columns (``연도 주요사업
    목표 실적 추진상황``), or a run of two lines or more each one head cell naming a column (``주요사업`` / ``목표치`` /
    ``추진상황``: a dump printing the head a cell a line), naming the target and another goal column; 0 when none
    does."""
    if lines[n][1].marker is None and is_goals_header(lines[n][1].text):
        return 1
    m, kinds = n, set()
    while m < len(lines) and lines[m][1].marker is None and (kind := head_kind(lines[m][1].text)) is not None:
        kinds.add(kind)
        m += 1
    # (a goal head names the target and another goal column: two of any kinds, ``구분`` / ``내용``, head any table)
    goal_kinds = kinds - {"other", "detail"}
    return m - n if m - n >= 2 and "target" in goal_kinds and len(goal_kinds) >= 2 else 0


def _under_goal_head(lines: list[tuple[int, Line]], anchors: set[int]) -> set[int]:
    """The lines (as given) under a goal table's head (:func:`_goal_head_at`) down to the next of the card's bare
    headings (``anchors``) or a line opening another section's content (:func:`_leaves_table`): the table's cells a dump printed a line each (a project ``자원순환 인재양성`` over its
    row's year ``<2024>``, an actual in brackets ``(행정절차 이행)`` over the next row's: crossbred 9003's text
    dump), never a sibling heading."""
    out: set[int] = set()
    under = False
    n = 0
    while n < len(lines):
        if n in anchors:
            under = False
        elif (h := _goal_head_at(lines, n)) > 0:
            under = True
            out.update(range(n, n + h))
            n += h
            continue
        elif under and _leaves_table(lines, n):
            under = (
                False  # a title over a bulleted or a unit line, or over another kind of table: a section's
            )
        elif under:
            out.add(n)
        n += 1
    return out


def _leaves_table(lines: list[tuple[int, Line]], n: int) -> bool:
    """Whether line ``n`` (as given) under a goal table's cells opens what no goal cell does: it stands over a
    bulleted or a unit line (:func:`_over_items`), over a table (an index skipped), or over another kind of
    table's head (an outreach table's ``계 간담회 …``)."""
    if n + 1 < len(lines) and lines[n + 1][0] != lines[n][0] + 1:
        return True
    kind = table_kind_at_top([it for _, it in lines[n + 1 : n + 8]])
    return _over_items(lines, n) or _over_dated_block(lines, n) or kind not in (None, "goals")


def _over_dated_block(lines: list[tuple[int, Line]], n: int) -> bool:
    """Line ``n`` stands right over a dated block line that opens a block of bulleted or unit lines (``<2025>``
    over ``◦ 실시설계 용역 착수``): another section's block, where a goal row's year printed a cell a line
    (``<2024>``) stands over its row's bare cells (``착공``)."""
    m = n + 1
    return (
        m + 1 < len(lines)
        and lines[m][0] == lines[n][0] + 1
        and _dated_block(lines[m][1].text)
        and _over_items(lines, m)
    )
