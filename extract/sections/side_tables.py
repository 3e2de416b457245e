"""Tables inside the achievements (grades, operations status), cell by cell.

From a real table the grid is taken as it is. From a text dump, a run of lines that are not
bullets is recovered as well as the text allows:
- a *numbered* table (a header line, then rows starting with ``계`` or 1, 2, 3 ...) is rebuilt
  from typed anchors: the row number, a count column (``참여자수``), a date column (``개설시기``);
- any other run becomes one row per line, cells split on white space, the first line the header.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import BRACKETED_LINE
from pledgecard.extract.nlp_patterns import PREFIX_MARK
from pledgecard.extract.sections.funding_cells import is_amount_token
from pledgecard.extract.sections.item_row_words import item_row_cells
from pledgecard.extract.textjoin import glue
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.dates import find_dates
from pledgecard.normalize.text import fold
from pledgecard.record import SideTable


def _total_row_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(v.words('totals'))})(?:\s|$)")


def _count_header_re(v: Vocabulary) -> re.Pattern[str]:
    t = "side_tables"
    return re.compile(
        rf"(?:{alternation(v.words(t, 'count_headers'))}|\((?:{alternation(v.words(t, 'count_units'))}"
        rf"|\S*{alternation(v.words(t, 'money_unit'))})\))$"
    )


def _date_header_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(alternation(v.words("side_tables", "date_headers")))


def _number_re(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"^\d[\d,]*(?:\.\d+)?(?:{alternation(v.words('side_tables', 'number_units'))})?$")


def _total_row(text: str) -> bool:
    return bool(current().build(_total_row_re).match(text))


def _number(text: str) -> bool:
    return bool(current().build(_number_re).match(text))


def table_from_grid(table: Table, *, title: str | None, after_item: int | None) -> SideTable:
    grid = [[fold(c) for c in row] for row in table.grid()]
    header_rows = 1 if grid else 0
    # A header spanning two rows: the first row has merged cells (repeated texts).
    if len(grid) > 2 and any(c.row == 0 and c.row_span > 1 for c in table.cells):
        header_rows = 2
    return {
        "title": title,
        "after_item": after_item,
        "header": grid[:header_rows],
        "rows": grid[header_rows:],
    }


def _is_row_start(line: Line, expected: int) -> bool:
    toks = line.text.split()
    if not toks:
        return False
    return _total_row(line.text) or toks[0] == str(expected)


def _is_row_head(text: str) -> bool:
    toks = text.split()
    return bool(toks) and (_total_row(text) or toks[0] == "1")


def _numbered_start(lines: list[Line]) -> tuple[int, int] | None:
    """Where a numbered table starts: ``(first header line, first row line)``. The header is one
    line of three or more column names, or (a dump printing cells one per line) a run of two or
    more lines holding one name each, right before a ``계`` or ``1`` row. A ``계`` row opens a
    numbered table only when a ``1`` row follows it (rows keyed by names, a 합계 row on top, are no
    numbered table)."""
    for i in range(1, len(lines)):
        if not _is_row_head(lines[i].text):
            continue
        if lines[i].text.split()[0] != "1" and not any(ln.text.split()[:1] == ["1"] for ln in lines[i + 1 :]):
            continue
        prev = lines[i - 1].text.split()
        if len(prev) >= 3 and not any(_number(t) for t in prev):
            return i - 1, i
        j = i
        while (
            j > 0
            and len(lines[j - 1].text.split()) == 1
            and not _number(lines[j - 1].text.strip())
            and not _total_row(lines[j - 1].text)
        ):
            j -= 1
        if i - j >= 2:
            return j, i
    return None


def _words(text: str) -> list[str]:
    """The words of ``text``, a corporate mark standing before its name apart from it (``㈜ 바른에너지``: a
    converter's space) one word with the name."""
    out: list[str] = []
    for w in text.split():
        if out and out[-1] == PREFIX_MARK:
            out[-1] += w
        else:
            out.append(w)
    return out


def _numbered_table(header_lines: list[Line], lines: list[Line], lexicon: str) -> SideTable | None:
    header = [t for ln in header_lines for t in ln.text.split()]
    n = len(header)
    anchor = next((j for j in range(1, n) if current().build(_count_header_re).search(header[j])), None)
    if anchor is None:
        return None
    has_date = bool(current().build(_date_header_re).search(header[-1])) and anchor < n - 1
    chunks: list[list[str]] = []
    expected = 1
    for ln in lines:
        if _is_row_start(ln, expected):
            if not _total_row(ln.text):
                expected += 1
            chunks.append([ln.text])
        elif chunks:
            chunks[-1].append(ln.text)
    rows: list[list[str]] = []
    for chunk in chunks:
        first = chunk[0].split(maxsplit=1)
        row_id = first[0]
        frags = [f for f in ([first[1]] if len(first) > 1 else []) + chunk[1:] if f.strip()]
        # Glue fragments that a narrow cell broke inside a word (스마트수소 + 에너지).
        merged: list[str] = []
        for f in frags:
            if merged and glue(merged[-1], f, lexicon) == merged[-1] + f and not _number(f.split()[0]):
                merged[-1] = merged[-1] + f
            else:
                merged.append(f)
        # Find the count anchor: the first fragment that starts with a number; failing that, a
        # number inside a fragment (a row printed on one line: "1 ㈜다온바이오 연구개발 22").
        k = next((i for i, f in enumerate(merged) if _number(f.split()[0])), None)
        if k is None:
            for i, f in enumerate(merged):
                toks = _words(f)
                j = next((t for t in range(1, len(toks)) if _number(toks[t])), None)
                if j is not None:
                    merged[i : i + 1] = (
                        [*toks[:j], " ".join(toks[j:])]
                        if len(toks[:j]) <= anchor - 1
                        else [" ".join(toks[: anchor - 2]), *toks[anchor - 2 : j], " ".join(toks[j:])]
                    )
                    k = next(x for x in range(len(merged)) if _number(merged[x].split()[0]))
                    break
        if k is None:
            rows.append([row_id] + [fold(" ".join(merged))] + [""] * (n - 2))
            continue
        before = merged[:k]
        count_tok, _, after_first = merged[k].partition(" ")
        after = " ".join(([after_first] if after_first else []) + merged[k + 1 :])
        row = [row_id] + [""] * (n - 1)
        slots = anchor - 1
        if not before:
            for j in range(1, anchor):
                row[j] = row_id
        else:
            for j in range(slots):
                if j < len(before):
                    row[1 + j] = before[j] if j < slots - 1 else " ".join(before[j:])
        row[anchor] = count_tok
        after = fold(after)
        tail_cols = list(range(anchor + 1, n))
        if after and tail_cols:
            if has_date:
                dates = find_dates(after)
                cut = dates[0][0] if dates else len(after)
                row[n - 1] = fold(after[cut:])
                middle = fold(after[:cut])
            else:
                middle = after
            mid_cols = tail_cols[:-1] if has_date else tail_cols
            if mid_cols:
                row[mid_cols[0]] = middle
        rows.append([fold(c) for c in row])
    return {"title": None, "after_item": None, "header": [header], "rows": rows}


def _label_cols(rows: list[list[str]], n: int) -> int | None:
    """How many label columns open the rows of a table ``n`` wide: where the first figure stands in every
    full row that is no total (``교육 강사양성 300 250 상반기``: 2); None unless the full rows agree."""
    firsts = {
        next((k for k, c in enumerate(r) if _number(c)), None)
        for r in rows
        if len(r) == n and r and not _total_row(r[0])
    }
    return firsts.pop() if len(firsts) == 1 and None not in firsts else None


def _total_spread(row: list[str], head: list[str], label_cols: int | None = None) -> list[str]:
    """A total row printed with fewer cells than its header (its label merged over the first
    columns: ``합계 9 250`` under four heads): the label repeated over the merged columns. Under a head
    closing on a column of word notes (``구분 | 당초(백만원) | 변경(백만원) | 증감 | 비고``) the cells short
    are the notes left empty (``계 25,984 26,228 244``: spread, its figures each went a column right and
    the last under the note; mutant 9036): the row's figures stand where printed, the note empty. The
    label spans the ``label_cols`` the other rows open on (session 42 mend: ``합계 500 450`` under ``구분 |
    세부사업 | 예산 | 집행 | 비고`` over rows of two labels: 합계 합계 500 450 and an empty note); where those
    do not tell, only a row one cell short is read so, else as before."""
    n = len(head)
    if not row or len(row) >= n or not _total_row(row[0]) or not all(_number(c) for c in row[1:]):
        return row
    if head[-1] in current().words("note_column", "words"):
        span = label_cols if label_cols is not None else 1 if len(row) == n - 1 else None
        if span is not None and span >= 1 and span + len(row) - 1 == n - 1:
            return [row[0]] * span + row[1:] + [""]
    return [row[0]] * (n - len(row) + 1) + row[1:]


def _figure_head_re(v: Vocabulary) -> re.Pattern[str]:
    """A head naming a column of figures by the unit in brackets after it (``공정률(%)``, ``참여자(명)``)."""
    t = "side_tables"
    units = alternation(
        [*v.words(t, "count_units"), *v.words(t, "number_units"), *v.words(t, "not_additive_units")]
    )
    return re.compile(rf"\((?:{units}|\S*{alternation(v.words(t, 'money_unit'))})\)$")


def _figure_cut(row: list[str], head: list[str], series: bool = False) -> list[str]:
    """A row a dump printed with more words than its head has cells (cells of several words one space
    apart, ``제1사업장 채움읍 남리 일원 95 인허가 협의`` under ``사업장 | 위치 | 공정률(%) | 비고``): the
    figure columns the head names by their unit (a run of them), met by the row's only run of figures
    as long, cut the words on each side; a side of one column takes all its words as one cell. A side
    of several columns stays a word a cell (where its cells end is not printed), but where the rows'
    first words are one series (``series``: 제1사업장 / 제2사업장, :func:`_series_heads`) the first column is
    that word and a side of two columns before the figures is cut after it."""
    if len(row) <= len(head):
        return row
    figure = current().build(_figure_head_re)
    cols = [k for k, h in enumerate(head) if figure.search(h)]
    nums = [k for k, w in enumerate(row) if _number(w)]
    if (
        not cols
        or cols != list(range(cols[0], cols[-1] + 1))
        or len(nums) != len(cols)
        or nums != list(range(nums[0], nums[-1] + 1))
    ):
        return row
    before, after = row[: nums[0]], row[nums[-1] + 1 :]
    n_before, n_after = cols[0], len(head) - cols[-1] - 1
    if (
        len(before) < n_before
        or len(after) < n_after
        or (not before) != (not n_before)
        or (not after) != (not n_after)
    ):
        return row
    if n_before == 2 and series and len(before) > 2:
        before = [before[0], " ".join(before[1:])]  # the series word a cell, the rest the second column's
    before = [" ".join(before)] if n_before == 1 else before
    after = [" ".join(after)] if n_after == 1 else after
    return [*before, *row[nums[0] : nums[-1] + 1], *after]


def _figure(word: str) -> bool:
    """A cell printed as a figure, a change's plus sign before it too (``+467``), or a dash alone."""
    return is_amount_token(word.removeprefix("+"))


def _note_cut(row: list[str], head: list[str]) -> list[str]:
    """A row a dump printed with more words than its head has cells, the head closing on a column of word notes
    (``구분 | 당초(백만원) | 변경(백만원) | 증감 | 비고`` over ``국비 9,856 9,389 △467 4건 불용``): its label one
    word, every cell between a figure or a dash, the words left the note's one cell."""
    n = len(head)
    if n < 3 or len(row) <= n or head[-1] not in current().words("note_column", "words"):
        return row
    if _figure(row[0]) or not all(_figure(w) for w in row[1 : n - 1]):
        return row
    return [*row[: n - 1], " ".join(row[n - 1 :])]


def _series_heads(rows: list[list[str]]) -> bool:
    """Whether the rows' first words are one series (two or more words that differ by their figures only:
    ``7월`` / ``8월``, ``제1사업장`` / ``제2사업장``), each its own: each a first cell of one word."""
    shapes = {re.sub(r"\d+", "#", r[0]) for r in rows if r}
    return (
        len(rows) >= 2
        and all(rows)
        and len(shapes) == 1
        and "#" in next(iter(shapes))
        and len({r[0] for r in rows}) == len(rows)
    )


def _series_cut(rows: list[list[str]], head: list[str]) -> list[list[str]]:
    """Rows a dump printed a line each under a head of two cells, each row more words than two: when the
    rows' first words are one series (words that differ by their figures only: ``7월`` / ``8월`` / ``9월``,
    ``1차`` / ``2차``), each is the first cell and the rest of the row the second (``7월 | 세부 추진계획
    보완``); else the rows stay a word a cell (where the first cell ends is not printed)."""
    if len(head) != 2 or len(rows) < 2 or any(len(r) <= 2 for r in rows) or not _series_heads(rows):
        return rows
    return [[r[0], " ".join(r[1:])] for r in rows]


def cell_a_line(lines: list[Line]) -> SideTable | None:
    """A table a dump printed one cell a line (``구분`` / ``시설`` / ``개소`` / ``정원(명)`` / ``합계`` /
    ``9`` / ``250`` / ``중부권`` / ...): the head cells are the lines before the word cell right
    before the first figure (the first row's label); a row is a run of word cells and then a run of
    figure cells, each row as wide as the head (a total row merged over the first columns spread
    over them). None unless every row so fits."""
    texts = [fold(ln.text) for ln in lines]
    if (numbered := _numbered_cells(texts)) is not None:
        return numbered
    first = next((i for i, t in enumerate(texts) if _number(t)), None)
    if first is None:
        return None
    top = first - 1  # the first row's label (a total row's merged over the first columns)
    if top < 2:
        return None
    head, rows = texts[:top], [[texts[top]]]
    for prev, t in zip(texts[top:], texts[top + 1 :], strict=False):
        if _number(prev) and not _number(t):
            rows.append([t])
        else:
            rows[-1].append(t)
    rows = [_total_spread(r, head) for r in rows]
    if len(rows) < 2 or any(len(r) != len(head) or not _number(r[-1]) for r in rows):
        return None
    return {"title": None, "after_item": None, "header": [head], "rows": rows}


def _numbered_cells(texts: list[str]) -> SideTable | None:
    """A numbered table a cell a line (``연번`` / ``분야`` / ``대상시설`` / ``1`` / ``기업지원`` / ...):
    the head cells before the ``1`` line, then rows as wide as the head, each opened by its
    number (1, 2, ...). None unless every row so fits."""
    top = texts.index("1") if "1" in texts else -1
    if top < 2 or any(_number(t) for t in texts[:top]):
        return None
    n, rest = top, texts[top:]
    rows = [rest[i : i + n] for i in range(0, len(rest), n)]
    if len(rest) % n or any(r[0] != str(k) for k, r in enumerate(rows, 1)):
        return None
    return {"title": None, "after_item": None, "header": [texts[:top]], "rows": rows}


def longest_cell_table(lines: list[Line], least: int) -> tuple[int, SideTable] | None:
    """The longest table a cell a line (:func:`cell_a_line`) that opens ``lines``, of ``least`` lines
    or more: the number of lines it holds and the table; None when none."""
    return next(
        ((n, t) for n in range(len(lines), least - 1, -1) if (t := cell_a_line(lines[:n])) is not None), None
    )


MAX_CELL_RUN = 160  # lines: a longer run is not cut into tables a cell a line (each cut is read whole)


def _cell_tables(lines: list[Line]) -> tuple[list[SideTable], int]:
    """The tables a run of lines prints one after another, each a cell a line (:func:`cell_a_line`
    reads each whole: a head, then rows as wide as it), the longest first from the run's start on,
    and the index of the first line none of them holds."""
    parts: list[SideTable] = []
    i = 0
    if len(lines) > MAX_CELL_RUN:
        return parts, i
    while i < len(lines) and (found := longest_cell_table(lines[i:], 4)) is not None:
        i += found[0]
        parts.append(found[1])
    return parts, i


def tables_from_lines(lines: list[Line], lexicon: str) -> list[SideTable]:
    """Recover the tables in a run of non-bullet lines of a text dump. Lines wholly in one bracket
    pair opening the run (a block's title ``( 연차별 목표 및 실적 )``, a note, a date) are no row."""
    lines = [ln for ln in lines if ln.text.strip()]
    while lines and BRACKETED_LINE.match(lines[0].text.strip()):
        lines = lines[1:]
    if not lines:
        return []
    if (cells := cell_a_line(lines)) is not None:
        return [cells]
    parts, end = _cell_tables(lines)
    if len(parts) >= 2:  # tables one after another, each a cell a line (and lines no table reads)
        return parts + (tables_from_lines(lines[end:], lexicon) if end < len(lines) else [])
    out: list[dict[str, Any]] = []
    found = _numbered_start(lines)
    simple = lines if found is None else lines[: found[0]]
    if simple:
        rows = [ln.text.split() for ln in simple]
        rows[1:] = [item_row_cells(r, rows[0]) or r for r in rows[1:]]  # an item table's words run together
        series = _series_heads(rows[1:])
        label_cols = _label_cols(rows[1:], len(rows[0]))
        out.append(
            {
                "title": None,
                "after_item": None,
                "header": rows[:1],
                "rows": _series_cut(
                    [
                        _note_cut(
                            _figure_cut(_total_spread(r, rows[0], label_cols), rows[0], series), rows[0]
                        )
                        for r in rows[1:]
                    ],
                    rows[0],
                ),
            }
        )
    if found is not None:
        start, first_row = found
        numbered = _numbered_table(lines[start:first_row], lines[first_row:], lexicon)
        if numbered is None:
            rows = [ln.text.split() for ln in lines[start:]]
            numbered = {"title": None, "after_item": None, "header": rows[:1], "rows": rows[1:]}
        out.append(numbered)
    return out
