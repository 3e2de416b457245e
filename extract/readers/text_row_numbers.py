"""A list grid's row-number column in a text dump (a web system's grid printed to text:
``번호 추진일자 추진내용 비고`` over ``1 2024.06.15 협약 체결 완료``, ``2  * 참여 5개사``, ...).

The head line opens with a row-number head (vocabulary ``[row_numbers] heads``: 번호, No, 순번) before
an item table's head (``[item_table]``: a date head, then a content head; a side table keeps its 연번 as cells), and the rows under it open with their numbers counted up from 1 (blank
lines and the page furniture between them skipped). The number is no part of a row: the head word and
every row's number are taken off the line, as the table prints without that column. A dump joining a
row's cells with one space loses the number and its space (an empty cell after it keeps its own space; a
number alone on its line, its row's cells wrapped below it, leaves a blank line);
a layout dump, whose columns stand apart by gaps, keeps its columns where they are (the number turned to
spaces; a number standing in the numbers' column after a label column's text on its line is one too). A row's cells wrapped onto lines of their own (up to four) may stand between two numbers, or between
the head and the first. A run of fewer than two numbered rows, or numbers that skip, is left as it is (but one row numbered 1 that prints
a date right after its number under a head numbering two rows or more elsewhere in the dump). A dump printing a cell a
line (``hwpx-text-extract``) prints the head word alone, the head's cells on the lines after it, and every
row's number on a line of its own: those lines are left blank.
A layout dump may wrap the row-number head in its narrow column, one piece above the head line and one below
(``번`` / ``호``): the pieces are one head where each stands alone on its line, both in one column left of the
head line's first word, and together they make a row-number head; they are set back on the head line.
"""

from __future__ import annotations

import re

from pledgecard.extract.item_heads import item_columns
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.dates import find_dates

_LEAD = re.compile(r"^(\s*)(\S+)( +)")
_CELL = re.compile(r"( *)(\S+)( +)")


def _heads(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("row_numbers", "heads"))


def _notes(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("note_column", "words"))


_NOTE_BOX = 40  # the most non-blank lines after a grid's last row its note column's box may print past


def _note_box(out: list[TLine], after: int) -> list[int]:
    """A grid's note column printed as a box of its own past the rows (pdfminer's pdf2txt: ``비고`` / ``완료`` /
    ``완료`` / ...): the note head (vocabulary ``[note_column]``) alone on a line within ``_NOTE_BOX``
    non-blank lines from ``out[after]`` (no other grid's head between), then one or more lines of one status
    word each (the vocabulary's status words) and nothing else up to a line of other words; the lines of the
    head and those cells, none when no such box stands there."""
    notes, heads, status = current().build(_notes), current().build(_heads), current().status_words
    seen = 0
    for i in range(after, len(out)):
        text = out[i].text.strip()
        if not text:
            continue
        if key(text.split()[0]) in heads or seen >= _NOTE_BOX:
            return []
        seen += 1
        if len(text.split()) == 1 and key(text) in notes:
            cells = []
            for j in range(i + 1, len(out)):
                word = out[j].text.strip()
                if not word:
                    continue
                if len(word.split()) != 1 or key(word) not in status:
                    break
                cells.append(j)
            return [i, *cells] if cells else []
    return []


def _head_back(
    out: list[TLine],
    k: int,
    heads: int,
    rows: list[tuple[int, re.Match[str]]],
    aside: list[tuple[int, str]] | None = None,
) -> bool:
    """A grid printed a cell a line in its content stream's order (pdftotext's default mode) may print head
    cells amid its rows instead of after the head's other cells: its content head (``추진내용``) and its note
    column's head (``비고``, vocabulary ``[note_column]``). Where the head's cells (``out[k + 1:k + 1 +
    heads]``) lack one of them and exactly one line alone holding it stands among the rows (up to the last
    row's number and the lines a row may wrap after it), that line goes back to the head: the head's cells set
    in their order on the head's lines (the last of them, the row-number head's among them). A note column
    printed as a box past the rows (:func:`_note_box`) is taken off: its cells are no part of the rows (each line
    taken off and its words put in ``aside``). True when the head, so completed or as it was, names a date and a
    content column."""
    notes = current().build(_notes)
    cells = [out[i].text.strip() for i in range(k + 1, k + 1 + heads) if out[i].text.strip()]
    end, seen = rows[-1][0] + 1, 0
    while end < len(out) and seen < _WRAPPED:
        seen += bool(out[end].text.strip())
        end += 1
    lone = [i for i in range(rows[0][0], end) if len(out[i].text.split()) == 1]
    moved: list[int] = []
    if item_columns(cells) is None:  # the content head printed amid the rows
        found = [i for i in lone if item_columns([cells[0], out[i].text.strip()]) == (0, 1)]
        if len(found) != 1:
            return False
        moved.append(found[0])
    if not any(key(c) in notes for c in cells):
        found = [i for i in lone if key(out[i].text.strip()) in notes]
        moved += found[:1] if len(found) == 1 else []
        for i in [] if found else _note_box(out, rows[-1][0] + 1):  # the note column a box past the rows
            if aside is not None:
                aside.append((out[i].number, out[i].text.strip()))
            out[i] = to_tline(out[i].number, out[i].page, "")
    if not moved:
        return True
    words = cells + [out[i].text.strip() for i in sorted(moved)]
    slots = [k] + [i for i in range(k + 1, k + 1 + heads)]
    if len(slots) < len(words):
        return item_columns(cells) is not None
    for i in moved:
        out[i] = to_tline(out[i].number, out[i].page, "")
    pad = len(slots) - len(words)
    for n, i in enumerate(slots):
        out[i] = to_tline(out[i].number, out[i].page, words[n - pad] if n >= pad else "")
    return True


def _head_line(text: str) -> re.Match[str] | None:
    """The row-number head opening ``text`` (its indent, the word, the gap after it) when an item table's
    head follows it (a date head, then a content head: ``추진일자 추진내용 비고``); None otherwise (a side
    table's 연번 column is one of its cells)."""
    m = _LEAD.match(text)
    if m is None or key(m.group(2)) not in current().build(_heads):
        return None
    return m if any(item_columns(cells) == (0, 1) for cells in _cells(text[m.end() :].split())) else None


def _head_cell_lines(lines: list[TLine], k: int, *, partial: bool = False) -> int:
    """A dump printing a cell a line: the row-number head alone on ``lines[k]``, the item table's head cells
    on the lines after it (a date head, then a content head, up to the first row's number; blank lines between
    them skipped); how many of those lines, 0 when none. ``partial``: the date head alone is a head too (its
    other cells printed amid the rows, :func:`_head_back` takes them back)."""
    if len(lines[k].text.split()) != 1 or key(lines[k].text.strip()) not in current().build(_heads):
        return 0
    cells: list[str] = []
    end = k + 1
    for end in range(
        k + 1, min(len(lines), k + 13)
    ):  # (pdftotext's default mode: a blank line after each cell)
        text = lines[end].text.strip()
        if text == "1" or len(cells) == 6:
            break
        if text:
            cells.append(text)
    else:  # no row's number within reach: every line examined is the head's
        end += 1
    if cells and (item_columns(cells) == (0, 1) or partial and _date_head_alone(cells)):
        return end - k - 1
    return 0


def _date_head_alone(cells: list[str]) -> bool:
    """The head's cells before the first row are the date head alone (pdftotext's default mode printing the
    grid in its content stream's order: the content head amid the first rows)."""
    return len(cells) == 1 and item_columns([cells[0], _content_word()]) == (0, 1)


def _content_word() -> str:
    return next(iter(current().words("item_table", "content")), "")


def _cells(toks: list[str]) -> list[list[str]]:
    """The ways a head line's words part into cells of one or two words (``주요 추진내용``); none past six."""
    if len(toks) > 6:
        return []
    if len(toks) <= 1:
        return [toks]
    return [[toks[0], *rest] for rest in _cells(toks[1:])] + [
        [f"{toks[0]} {toks[1]}", *rest] for rest in _cells(toks[2:])
    ]


def _numbered(text: str, n: int) -> re.Match[str] | None:
    """The number ``n`` opening ``text`` as a cell of its own (a gap after it, text after the gap), or the
    whole line (its row's other cells wrapped onto the lines below: ``pdftotext -raw``)."""
    m = _LEAD.match(text + " ")
    return m if m is not None and m.group(2) == str(n) else None


def _in_column(text: str, n: int, col: int) -> re.Match[str] | None:
    """The number ``n`` as a cell standing in the numbers' column ``col`` (its end within a character of the
    number above's end) after a gap of two spaces or more: a layout dump printing a label column's text
    (a body table's section label) before the grid on the row's line."""
    for m in re.finditer(r"(?<=  )(\d+)(?= {2,}|$)", text):
        if m.group(1) == str(n) and abs(m.end() - col) <= 1 and text[: m.start()].strip():
            return _CELL.match(text + " ", m.start())
    return None


def _next_row(lines: list[TLine], j: int, n: int, col: int | None = None) -> tuple[int, re.Match[str]] | None:
    """The line from ``lines[j]`` opening with the row number ``n``: one of the next ``_WRAPPED + 1`` non-blank
    lines (a row's cells may wrap over lines of their own, above its number's line in a layout dump centring
    the number on its row, or below it); None when none, or when a line between opens another grid (a
    row-number head, a row numbered 1: a side table standing between the rows)."""
    seen = 0
    for i in range(j, len(lines)):
        if not lines[i].text.strip():
            continue
        m = _numbered(lines[i].text, n)
        if m is None and col is not None:
            m = _in_column(lines[i].text, n, col)
        if m is not None:
            return i, m
        first = lines[i].text.split()[0]
        if key(first) in current().build(_heads) or first == "1":  # another grid's head, another numbering
            return None
        seen += 1
        if seen > _WRAPPED:
            return None
    return None


_WRAPPED = 4  # the most lines a row's wrapped cells print between its number and the next row's


def _without(line: TLine, m: re.Match[str], layout: bool) -> TLine:
    """``line`` without the cell ``m`` matched: the cell turned to spaces (a layout dump) or cut with the
    one space after it (a dump of cells one space apart)."""
    text = line.text
    if not text[m.end(2) :].strip():  # the number alone on its line
        return to_tline(line.number, line.page, "")
    if layout:
        new = text[: m.start(2)] + " " * (m.end(2) - m.start(2)) + text[m.end(2) :]
    else:
        new = m.group(1) + text[m.end(2) + 1 :]
    return to_tline(line.number, line.page, new + " " * line.trail)


def _lone_word(text: str) -> tuple[int, str] | None:
    """The one word alone on a line (its column and text), or None."""
    toks = text.split()
    return (len(text) - len(text.lstrip()), toks[0]) if len(toks) == 1 else None


def _unwrapped_head(out: list[TLine], k: int) -> bool:
    """Set a row-number head wrapped around the head line ``out[k]`` (a piece alone on the line above, the rest
    alone on the line below, one column) back on that line, the two pieces' lines left blank; True if done."""
    if not 0 < k < len(out) - 1:
        return False
    above, below, text = _lone_word(out[k - 1].text), _lone_word(out[k + 1].text), out[k].text
    if above is None or below is None or not text.strip():
        return False
    (x, a), (y, b) = above, below
    word, lead = a + b, len(text) - len(text.lstrip())
    if key(word) not in current().build(_heads) or not (x <= y < x + len(a) or y <= x < y + len(b)):
        return False
    if x + len(word) + 2 > lead:  # the head's first word must stand apart, right of the joined head
        return False
    new = " " * x + word + " " * (lead - x - len(word)) + text[lead:]
    if _head_line(new) is None:
        return False
    out[k] = to_tline(out[k].number, out[k].page, new + " " * out[k].trail)
    for i in (k - 1, k + 1):
        out[i] = to_tline(out[i].number, out[i].page, "")
    return True


def _number_before_head(out: list[TLine], k: int) -> tuple[int, int] | None:
    """pdftotext's default mode may print the first row's number right under the row-number head, before the
    head's date cell (``번호`` / ``1`` / ``추진일자`` / ...): where the row-number head stands alone on ``out[k]``,
    the next line printing anything is ``1`` and the one after it the date head alone, the two swap (the head
    read whole, the rest of it set back by :func:`_head_back`); the two lines' indexes, None when no such lines."""
    if len(out[k].text.split()) != 1 or key(out[k].text.strip()) not in current().build(_heads):
        return None
    printed = [i for i in range(k + 1, min(len(out), k + 6)) if out[i].text.strip()][:2]
    if (
        len(printed) < 2
        or out[printed[0]].text.strip() != "1"
        or not _date_head_alone([out[printed[1]].text.strip()])
    ):
        return None
    a, b = printed
    out[a], out[b] = (
        to_tline(out[a].number, out[a].page, out[b].text.strip()),
        to_tline(out[b].number, out[b].page, "1"),
    )
    return a, b


def _unswap(out: list[TLine], swapped: tuple[int, int] | None) -> None:
    """The two lines :func:`_number_before_head` swapped set back (no grid read there)."""
    if swapped is not None:
        a, b = swapped
        head = out[a].text
        out[a], out[b] = to_tline(out[a].number, out[a].page, "1"), to_tline(out[b].number, out[b].page, head)


def _scan_rows(
    out: list[TLine], j: int, rows: list[tuple[int, re.Match[str]]], head: re.Match[str], heads: int
) -> int:
    """The rows numbered on from ``len(rows) + 1`` found from ``out[j]`` on, added to ``rows``; the line after
    the last one found (``j`` when none)."""
    while j < len(out):
        col = rows[-1][1].end(2) if rows and len(head.group(3)) >= 2 and not heads else None
        nxt = _next_row(out, j, len(rows) + 1, col)
        if nxt is None:
            break
        j, m = nxt
        rows.append((j, m))
        j += 1
    return j


def drop_row_numbers(lines: list[TLine], aside: list[tuple[int, str]] | None = None) -> list[TLine]:
    """``lines`` with every list grid's row-number column taken off (see the module's words); the lines of a
    note column printed as a box past a grid's rows, set aside (blank), their numbers and words put in
    ``aside`` (:func:`aside_note`)."""
    out = list(lines)
    proven = _proven_heads(out)
    k = 0
    while k < len(out):
        head = _head_line(out[k].text)
        if head is None and _unwrapped_head(out, k):  # (its line rewritten with the head joined)
            head = _head_line(out[k].text)
        swapped = _number_before_head(out, k) if head is None else None
        heads = _head_cell_lines(out, k, partial=True) if head is None else 0
        if head is None and heads:
            head = _LEAD.match(out[k].text.strip() + " ")
        if head is None:
            _unswap(out, swapped)
            k += 1
            continue
        rows: list[tuple[int, re.Match[str]]] = []
        j = _scan_rows(out, k + 1 + heads, rows, head, heads)
        if len(rows) >= 2 and heads:
            if _head_back(
                out, k, heads, rows, aside
            ):  # (head cells taken from amid the rows: the rows scanned on)
                j = _scan_rows(out, rows[-1][0] + 1, rows, head, heads)
            else:
                rows = []  # a date head alone whose content head no row prints: no grid
        grid = (
            len(rows) >= 2
            or len(rows) == 1
            and not heads
            and _words(out[k].text) in proven
            and _dated_after(out[rows[0][0]].text, rows[0][1])
        )
        if not grid:
            _unswap(out, swapped)
        if grid:
            layout = len(head.group(3)) >= 2 and not heads
            if not heads:
                out[k] = _without(out[k], head, layout)
            elif key(out[k].text.strip()) in current().build(
                _heads
            ):  # (a head cell set back on its line stays)
                out[k] = to_tline(out[k].number, out[k].page, "")
            for i, m in rows:
                out[i] = _without(out[i], m, layout)
        k = max(j, k + 1) if grid else k + 1
    return out


def _words(text: str) -> str:
    return " ".join(text.split())


def _proven_heads(lines: list[TLine]) -> set[str]:
    """The head lines (their words) over which the dump prints a grid of two numbered rows or more: a grid of
    one row under the same head elsewhere in the dump is numbered so too (a list a block line cut in two)."""
    out: set[str] = set()
    for k, line in enumerate(lines):
        if (head := _head_line(line.text)) is not None:
            rows: list[tuple[int, re.Match[str]]] = []
            _scan_rows(lines, k + 1, rows, head, 0)
            if len(rows) >= 2:
                out.add(_words(line.text))
    return out


def _dated_after(text: str, m: re.Match[str]) -> bool:
    """Whether a grid's one row numbered 1 prints a date right after its number (``1 2023. 12. 18. 현장 건의
    검토 완료`` under ``번호 추진일자 추진내용 비고``): the head puts the date column right after the numbers'
    (:func:`_head_line`), and a date opening the rest of the row is that column's cell, the 1 the row's number
    (a grid of one row, a block line cutting the list, its head numbering two rows or more elsewhere:
    :func:`_proven_heads`)."""
    rest = text[m.end() :]
    found = find_dates(rest)
    return bool(found) and not rest[: found[0][0]].strip() and bool(rest[found[0][1] :].strip())


def aside_note(aside: list[tuple[int, str]]) -> str | None:
    """The document's note on the note column's cells set aside (:func:`drop_row_numbers`), None when none."""
    if not aside:
        return None
    numbers = [n for n, _ in aside]
    return (
        f"a grid's note column printed apart from its rows set aside (lines {min(numbers)}-{max(numbers)}): "
        + " / ".join(word for _, word in aside)
    )
