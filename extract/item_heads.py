"""The head row of items printed as a table (추진일자 | 추진내용 | 비고): one date word and one
content word of the vocabulary's ``[item_table]``, each a cell whole. Read by the item-table
reader (sections/item_tables.py) and by the line joiner (textjoin.py: a table's rows never wrap
into one another)."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.text import fold


def _words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(key(w) for w in v.words("item_table", "date")),
        frozenset(key(w) for w in v.words("item_table", "content")),
    )


def item_columns(head: list[str], section: str | None = None) -> tuple[int, int] | None:
    """(date column, content column) of a header row naming exactly one date and one or two contents; else None.
    Of two content heads (추진시기 | 추진실적 | 추진계획: the works done and those planned side by side) the one
    holding the ``section``'s own word (vocabulary ``[item_table_own_words]``: 실적 under achievements, 계획 under
    plans) is the content, the other no part of an item; with no section told (a head line's shape) the first (as
    under a head of one content, the rows print the date, the content, what follows). Two contents neither of
    which is one section's own (일자 | 주요내용 | 세부내용) make no item table."""
    dates, contents = current().build(_words)
    d = [j for j, c in enumerate(head) if key(c) in dates]
    t = [j for j, c in enumerate(head) if key(c) in contents]
    if len(d) != 1 or not 1 <= len(t) <= 2 or d[0] in t:
        return None
    if len(t) == 2:  # two contents only as two sections' own (실적 | 계획), each its own section's
        owners = [
            [s for s, words in _own_words().items() if any(w in key(head[j]) for w in words)] for j in t
        ]
        if any(len(o) != 1 for o in owners) or owners[0] == owners[1]:
            return None
        return (d[0], t[1] if owners[1] == [section] else t[0])
    return (d[0], t[0])


def own_content_pick(head: list[str], section: str | None) -> int | None:
    """Of an item table's head with two content cells each a section's own (``추진시기 | 추진실적 | 추진계획``), which
    of the two a row's content cells is ``section``'s (0 the first, 1 the second: the second only when it holds the
    section's own word); None for a head of one content (or none). A dump printing the table one cell a line
    (a pipe table, pdftotext) prints both contents of a row, one after the other: the other is no item."""
    cols = item_columns(head)
    if cols is None:
        return None
    contents = [j for j, c in enumerate(head) if j != cols[0] and item_columns([head[cols[0]], c]) == (0, 1)]
    if len(contents) != 2:
        return None
    picked = item_columns(head, section)
    return None if picked is None else contents.index(picked[1])


def _own_words() -> dict[str, list[str]]:
    """Each section's words naming its own items in an item table's content head (``[item_table_own_words]``)."""
    return {s: [key(w) for w in words] for s, words in current().table("item_table_own_words").items()}


def head_partitions(toks: list[str]) -> list[list[str]]:
    """The ways a head line's words part into cells, two neighbouring words at most a cell (a head
    cell of two words, ``주요 추진내용``); none for a line of more than six words."""
    if len(toks) > 6:
        return []
    if len(toks) <= 1:
        return [toks]
    out = [[toks[0], *rest] for rest in head_partitions(toks[1:])]
    return out + [[toks[0] + " " + toks[1], *rest] for rest in head_partitions(toks[2:])]


def item_head_width(toks: list[str]) -> int:
    """The cells of an item table's head line (its words ``toks``): 3 when it names a note column after
    the date and content (비고), 2 for the date and content alone; 0 for another line."""
    return max(
        (len(c) for c in head_partitions(toks) if 2 <= len(c) <= 3 and item_columns(c) == (0, 1)), default=0
    )


def _part_words(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("item_table", "date_parts"))


def _date_parts(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A log table's year cell (four digits, the vocabulary's year word after them or not: 2024년), its
    month cell (a month's number and the month word: 3월), and a cell of either or both."""
    y = rf"(?:19|20)\d{{2}}(?:{v.alternation('date_words', 'year')})?"
    m = rf"(?:[1-9]|1[0-2])(?:{v.alternation('date_words', 'month')})"
    return re.compile(y), re.compile(m), re.compile(rf"(?:{y})(?:\s+{m})?|{m}")


def year_part() -> re.Pattern[str]:
    """A log table's year cell in the vocabulary in force (2024, 2024년)."""
    return current().build(_date_parts)[0]


def month_part() -> re.Pattern[str]:
    """A log table's month cell in the vocabulary in force (3월)."""
    return current().build(_date_parts)[1]


def _month_span(v: Vocabulary) -> re.Pattern[str]:
    m = r"(?:[1-9]|1[0-2])"
    return re.compile(rf"{m}\s*[~∼-]\s*{m}(?:{v.alternation('date_words', 'month')})")


def month_span() -> re.Pattern[str]:
    """A cell printing a range of months of one year (``5~6월``)."""
    return current().build(_month_span)


def _months_head(cells: list[str]) -> bool:
    """A head row dated by its month alone: one date part head naming a month, then a content head (``월 | 추진사항``,
    maybe ``성과`` after them); a year's head (``연도 | 추진사항``) is none (a row prints its own year)."""
    head = [key(c) for c in cells]
    # a month's head (월, 추진월), no year's (연도: its rows print their own)
    months = current().words("date_words", "month")
    return (
        len(head) >= 2
        and head[0] in current().build(_part_words)
        and any(head[0].endswith(key(w)) for w in months)
        and head[1] in current().build(_words)[1]
    )


def years_head(cells: list[str]) -> bool:
    """A head row dated by its year alone: one date part head that names no month (``연도``), then a content head
    (``연도 | 추진사항``, maybe ``성과`` after them): each row prints its own year, no month."""
    head = [key(c) for c in cells]
    return (
        len(head) >= 2
        and head[0] in current().build(_part_words)
        and not _months_head(cells)
        and not any(head[0].endswith(key(w)) for w in current().words("date_words", "month"))
        and head[1] in current().build(_words)[1]
        # the cells after the content's an outcome's or a note's (성과, 비고), never a goal table's (목표 | 실적)
        and all(h in current().build(_tail_words) for h in head[2:])
    )


def years_column(grid: list[list[str]]) -> tuple[list[int], int] | None:
    """(the year column, the content column) of a log table dated by its year alone (``연도 | 추진사항 | 성과``),
    every row's date cell a year (``2022``, ``2023년``); else None. The rows are dated by their own years."""
    if not years_head(grid[0]):
        return None
    cells = [fold(r[0]) for r in grid[1:] if r and fold(r[0])]
    if not cells or not all(year_part().fullmatch(c) for c in cells):
        return None
    return [0], 1


def one_year_rows(texts: list[str]) -> bool:
    """Whether the row lines ``texts`` under a head dated by the year alone (:func:`years_head`) each open with
    one year cell and a content after it (``2022 기본계획 수립``): no month (``3월``), no span of years
    (``2022~2023``, ``2022 ~ 2023``); a line opening with no date is a row's content run on."""
    pattern = year_part()
    opened = False
    for text in texts:
        toks = fold(text).split()
        if not toks:
            continue
        if not re.match(r"\d|[~∼-]", toks[0]):
            continue  # (a row's content run on a line of its own)
        if (
            not pattern.fullmatch(toks[0])
            or len(toks) < 2
            or re.match(r"[~∼-]", toks[1])
            or month_part().match(toks[1])
        ):
            return False
        opened = True
    return opened


def months_column(grid: list[list[str]]) -> tuple[list[int], int] | None:
    """(the month column, the content column) of a log table whose date is its month alone (``월 | 추진사항 | 성과``
    under ``3. 2025년 추진실적``, the year in the heading): one date part head, then a content head, every row's date
    cell a month or a range of months (``5~6월``); else None. The rows' months are the block's year's
    (extract/sections/achievement_month_year.py), or stay unread."""
    if not _months_head(grid[0]):
        return None
    cells = [fold(r[0]) for r in grid[1:] if r and fold(r[0])]
    if not cells or not all(month_part().fullmatch(c) or month_span().fullmatch(c) for c in cells):
        return None
    return [0], 1


def part_columns(head: list[str]) -> tuple[list[int], int] | None:
    """(date part columns, content column) of a log table's head row: two or more date parts side by
    side (vocabulary ``[item_table] date_parts``: ``연도 | 월``) and one content word after them
    (``추진내용``); else None. Cells after the content one (비고) are no part of an item."""
    parts = current().build(_part_words)
    _, contents = current().build(_words)
    cells = [key(c) for c in head]
    n = 0
    while n < len(cells) and cells[n] in parts:
        n += 1
    if n < 2 or n >= len(cells) or cells[n] not in contents:
        return None
    return list(range(n)), n


def head_line_cells(toks: list[str], months: bool = False) -> tuple[int, int] | None:
    """(date part cells, cells) of the words of a text line printing a log table's head row (``연도 월 추진내용 비고``:
    2, 4; a content head of two words, ``주요 추진내용``, one cell); with ``months`` a head dated by its month alone too
    (``월 추진사항 성과``: 1, 3; :func:`months_column`'s head, where the section prints only such tables), or by its
    year alone (``연도 추진사항 성과``, :func:`years_head`); else None."""
    if not 2 <= len(toks) <= 6:
        return None
    for n in range(1, len(toks)):
        for width in (1, 2):
            cells = [*toks[:n], " ".join(toks[n : n + width]), *toks[n + width :]]
            if (
                part_columns(cells) == (list(range(n)), n)
                or months
                and n == 1
                and (_months_head(cells) or years_head(cells))
            ):
                return n, len(cells)
    return None


def part_head(toks: list[str]) -> bool:
    """The words of a text line printing a log table's head row (``연도 월 추진내용``, maybe ``비고``
    after it; a content head of two words, ``주요 추진내용``, too)."""
    return head_line_cells(toks) is not None


def date_parts_line(text: str) -> bool:
    """A line printing only a log table's date part cells (``2024년``, ``3월``, ``2024년 3월``)."""
    return current().build(_date_parts)[2].fullmatch(text.strip()) is not None


def part_head_cells(texts: list[str], months: bool = False) -> int:
    """The number of lines (three or more) of a log table's head row a dump printed a cell a line, the
    date parts first and the content word last (``연도`` / ``월`` / ``추진내용``), that end ``texts``; with
    ``months`` two of a head dated by its month alone (``월`` / ``추진사항``, :func:`head_line_cells`); 0 when
    they do not end so."""
    for n in range(3, min(len(texts), 5) + 1):
        cells = texts[-n:]
        if part_columns(cells) == (list(range(n - 1)), n - 1):
            return n
    return 2 if months and len(texts) >= 2 and _months_head(texts[-2:]) else 0


def item_table_head(toks: list[str]) -> bool:
    """Whether a line's words print an item table's head row: the date and content heads (and a note's,
    :func:`item_head_width`), those after a block-label column's head (``구분 추진일자 추진내용 비고``), or a log
    table's (``연도 월 추진내용``, :func:`part_head`)."""
    return (
        item_head_width(toks) > 0 or (3 <= len(toks) <= 4 and item_columns(toks) == (1, 2)) or part_head(toks)
    )


def _head_words(v: Vocabulary) -> frozenset[str]:
    """Every word the vocabulary knows as a table's column head: an item table's, a goal table's, a side table's
    count or date column's, a note column's."""
    words = [
        *(w for kind in ("date", "content", "date_parts", "outcome") for w in v.words("item_table", kind)),
        *(
            w
            for kind in ("project", "target", "status", "actual", "detail", "year", "rate", "other")
            for w in v.words("goals_columns", kind)
        ),
        *v.words("side_tables", "count_headers"),
        *v.words("side_tables", "date_headers"),
        *v.words("note_column", "words"),
    ]
    return frozenset(key(w) for w in words)


def other_head(toks: list[str], own: list[str]) -> bool:
    """Whether a line's words print the head row of another table than the log table headed ``own``: two to six
    words, each a column head the vocabulary knows (:func:`_head_words`), not the words of ``own`` (``월 추진내용
    인원``, ``월 목표 실적 달성률``, ``구분 목표 실적 달성률`` under ``월 추진사항 성과``): the log table's rows end
    there, its rows never run on under another head."""
    heads = current().build(_head_words)
    cells = [key(t) for t in toks]
    return 2 <= len(cells) <= 6 and all(c in heads for c in cells) and cells != [key(t) for t in own]


def _tail_words(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in [*v.words("item_table", "outcome"), *v.words("note_column", "words")])


def head_tail(texts: list[str]) -> int:
    """The number of ``texts`` opening them that print a log table's head cells after its content's, a cell a line
    (an outcome's, ``성과``, or a note's, ``비고``: vocabulary ``[item_table] outcome``, ``[note_column]``)."""
    words = current().build(_tail_words)
    n = 0
    while n < len(texts) and key(texts[n]) in words:
        n += 1
    return n
