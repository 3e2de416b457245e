"""A funding table's head printed a cell a line over rows printed a row a line (years as rows: ``구 분`` /
``국 비`` / ``도 비`` / ``군 비`` / ``소 계`` / ``전년대비 증감`` over ``2018년 391,888 463,203 224,246
1,079,337 -``): the head's lines joined into one head line, so the table reads a row a line.

Joined only where the structure proves the head: two or more rows right under it, each a label and as many
figure cells as every other, and the head lines (no figure among them, a unit line aside) one more than
that count (the corner cell over the rows' labels), or two more where rows close with words after their
figures (a note column: ``비 고`` over ``공사 착공``); the corner cell may print the table's unit alone, on
the line before the others (``(단위:백만원)`` / ``계`` / ``국 비`` ...). A head whose last lines are a spanning
cell over a line of several sources' names (``합 계`` / ``재원구분`` / ``국 비 도 비 군 비``) is joined as its corner,
totals and sources, the spanning cell no column, over rows of as many figures, or more in some row (thousands a
space groups: the sums prove the grouping downstream). A head whose last line prints the periods (``2022년 2023년
...``) under a spanning cell printed a line of its own amid the others (``구 분`` / ``연도별 투자 실적 및 계획`` /
``합계`` / ``비율(%)`` over ``2022년 ... 2026년``) is joined with the periods at the spanning cell's place, where the
cells' kinds tell that one cell alone names no column. No template word is read here (the kinds are
:func:`funding_column_heads.classify_column`'s)."""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.funding_column_heads import (
    PERIOD_KINDS,
    classify_column,
    col_token,
    is_group,
)
from pledgecard.extract.sections.funding_gap_names import gap_parted
from pledgecard.extract.sections.funding_source_labels import several_sources
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import find_unit, funding_source
from pledgecard.normalize.text import DASHES

_FIGURE = re.compile(r"^[△▲+\-−]?\d[\d,]*(?:\.\d+)?$")


def _figure(tok: str) -> bool:
    return tok in DASHES or bool(_FIGURE.match(tok))


def _row_figures(text: str) -> tuple[int, bool] | None:
    """How many figure cells follow a row line's label (words first, figures after), and whether words
    without a figure close the line after them (a note column's cell: ``... 1587138 공사 착공``); None else."""
    toks = text.split()
    end = len(toks)
    while end > 0 and not any(ch.isdigit() for ch in toks[end - 1]) and not _figure(toks[end - 1]):
        end -= 1
    k = end
    while k > 0 and _figure(toks[k - 1]):
        k -= 1
    if k == 0 or k == end or any(_figure(t) for t in toks[:k]):
        return None
    return end - k, end < len(toks)


def _head_cell(line: Line) -> bool:
    return line.marker is None and not any(_figure(t) for t in line.text.split()) and not find_unit(line.text)


def _sources_parted(line: Line) -> list[str] | None:
    """A head line's words parted into two or more sources' names (``국 비 도 비 군 비``: ``국비``, ``도비``,
    ``군비``), each name the fewest words that leave the rest a parting too, or where the line's printed gaps part
    it (:func:`~pledgecard.extract.sections.funding_gap_names.gap_parted`: ``국  비 도  비 시  군  비``, a name's
    letters wider apart than the names, is 국비 | 도비 | 시군비, not 시 | 군비); None where they do not part so."""
    toks = line.text.split()

    def part(i: int) -> list[str] | None:
        if i == len(toks):
            return []
        for j in range(i + 1, len(toks) + 1):
            if funding_source(name := "".join(toks[i:j])) is not None and (rest := part(j)) is not None:
                return [name, *rest]
        return None

    if not several_sources(line.text.split()):
        return None
    names = gap_parted(line.printed or line.text) or part(0)
    return names if names and len(names) >= 2 else None


def _stacked_head(out: list[Item], run: list[int], counts: list[int]) -> list[str] | None:
    """The head cells of a head printed a cell a line whose last two lines are a spanning cell over a sub-head
    row of several sources' names (``구 분`` / ``합 계`` / ``재원구분`` / ``국 비 도 비 군 비 기 타``), the corner
    and totals before them: the corner, the totals, then the sources, the spanning cell no column of its own. Only over
    two or more rows a line printing as many figures as the cells name columns, or more in some row (thousands
    a space groups: read only where the sums prove a grouping); None otherwise."""
    if len(run) < 4 or len(counts) < 2 or run[-1] != run[-2] + 1:
        return None  # (the corner, a total at least, the spanning cell, the sources: a line each)
    corner = out[run[0]]
    assert isinstance(corner, Line)
    if any(funding_source(t) == "total" for t in corner.text.split()):
        return None  # the corner and a total on one line (구분 계): cells a line no longer
    last, span = out[run[-1]], out[run[-2]]
    assert isinstance(last, Line) and isinstance(span, Line)
    sources = _sources_parted(last)
    if (
        sources is None
        or funding_source("".join(span.text.split())) is not None
        or any(funding_source("".join(out[r].text.split())) != "total" for r in run[1:-2])
    ):  # type: ignore[union-attr]
        return None  # (the cells between the corner and the spanning one totals: 합계, 소계)
    cells = ["".join(out[r].text.split()) for r in run[:-2]] + sources  # type: ignore[union-attr]
    n = len(cells) - 1  # the corner cell over the rows' labels
    if not (set(counts) == {n} or (min(counts) >= n and max(counts) > n)):
        return None
    return cells


_BRACKET_AFTER = re.compile(r"[(（][^()（）]*[)）]$")  # a unit or a percent sign closing a head cell: 비율(%)


def _spanned_periods(out: list[Item], run: list[int], counts: list[int]) -> list[str] | None:
    """The head cells of a head printed a cell a line whose last line prints two or more periods (``2022년 2023년
    ...``), under a spanning cell printed amid the others (``구 분`` / ``연도별 투자 실적 및 계획`` / ``합계`` /
    ``비율(%)``): the corner, the cells before the spanning one, the periods, the cells after it. Only where the
    spanning cell is the one cell after the corner naming no column (a total, a share, a period), each other line
    one column's word (``합계 임기 후`` is two cells on a line: no head a cell a line), the cells before
    it totals (a share or a change closing the head only after it), and two or more
    rows a line print as many figures as the cells name columns (or more in some row: thousands a space groups,
    read only where the sums prove a grouping; or fewer in some: blank cells), no row closing with a note's
    words (a note column's head may share a line with a total: ``계 비고``). The last line may part into
    sources instead (``국 비 도 비 시 비`` under ``재원별``, the periods down the rows). None otherwise."""
    if len(run) < 4 or len(counts) < 2:
        return None
    lines = [out[r] for r in run]
    if not all(isinstance(ln, Line) for ln in lines):
        return None
    periods = lines[-1].text.split()  # type: ignore[union-attr]
    if len(periods) < 2 or any(classify_column(t)["kind"] not in PERIOD_KINDS for t in periods):
        periods = _sources_parted(lines[-1]) or []  # type: ignore[arg-type]  # (국 비 도 비 시 비 under 재원별)
        if not periods:
            return None
    cells = ["".join(ln.text.split()) for ln in lines[:-1]]  # type: ignore[union-attr]
    if classify_column(cells[0])["kind"] != "other" or is_group(cells[0]):
        return None  # (the corner names the rows' labels)
    kinds = [classify_column(c)["kind"] for c in cells[1:]]
    spans = [k for k, kind in enumerate(kinds, 1) if kind == "other"]
    if len(spans) != 1 or not is_group(cells[spans[0]]) or any(kind in PERIOD_KINDS for kind in kinds):
        return None
    at = spans[0]
    col = current().build(col_token)
    if any(not col.fullmatch(_BRACKET_AFTER.sub("", c)) for k, c in enumerate(cells[1:], 1) if k != at):
        return None  # (a line of two cells, 합계 임기 후, or of a word naming none, 계 비고: no cell a line)
    if any(kind != "total" for kind in kinds[: at - 1]):
        return None  # (before the spanning cell totals only: a derived column's place there, a head misread)
    joined = [*cells[:at], *periods, *cells[at + 1 :]]
    n = len(joined) - 1  # the corner cell over the rows' labels
    if not (
        set(counts) == {n}
        or (min(counts) >= n and max(counts) > n)
        or (max(counts) == n and counts.count(n) >= 2)
    ):
        return (
            None  # (rows of fewer figures among rows of as many: blank cells, placed downstream where proven)
        )
    return joined


def head_cells_joined(items: list[Item]) -> list[Item]:
    """``items`` with a head printed a cell a line over rows a line joined into one head line (see the module)."""
    out = list(items)
    k = 0
    while k < len(out):
        run: list[int] = []
        units: list[int] = []
        corner = False  # the unit line printed first: the corner cell holding the unit alone, no 구분
        i = k
        while i < len(out) and isinstance(out[i], Line):
            line = out[i]
            assert isinstance(line, Line)
            if (
                find_unit(line.text)
                and line.marker is None
                and len(line.text.split()) <= 3
                and (run or i == k)
            ):
                units.append(i)
                corner = corner or not run
            elif _head_cell(line):
                run.append(i)
            else:
                break
            i += 1
        counts: list[int] = []
        dashed: list[int] = []  # rows whose last figure is a dash (a note cell printed as a dash, or a zero)
        notes = False
        j = i
        while j < len(out) and isinstance(out[j], Line) and (got := _row_figures(out[j].text)) is not None:  # type: ignore[union-attr]
            counts.append(got[0])
            notes = notes or got[1]
            if not got[1] and out[j].text.split()[-1] in DASHES:  # type: ignore[union-attr]
                dashed.append(len(counts) - 1)
            j += 1
        if (
            notes and counts
        ):  # a note column: a row one figure over the others closing with a dash holds its note so
            n = min(counts)
            counts = [n if k in dashed and c == n + 1 else c for k, c in enumerate(counts)]
        # the corner cell and a cell a figure column, and a note column's head where rows close with words
        n = counts[0] if counts else 0
        if (
            len(run) >= 3
            and len(counts) >= 2
            and len(set(counts)) == 1
            and n >= 2
            and not any(
                several_sources(ln.text.split()) for ln in (out[r] for r in run) if isinstance(ln, Line)
            )
            and (len(run) == n + 1 + notes or corner and len(run) == n + notes)
        ):
            cells: list[str] | None = ["".join(out[r].text.split()) for r in run]  # type: ignore[union-attr]
        else:
            cells = _stacked_head(out, run, counts) or (None if notes else _spanned_periods(out, run, counts))
        if cells is not None:  # the head's cells joined into one head line, the unit lines before it
            first = out[run[0]]
            assert isinstance(first, Line)
            head = replace(first, text=" ".join(cells), printed="  ".join(cells))
            start = min([run[0], *units])
            out = [*out[:start], *[out[u] for u in units], head, *out[i:]]
            k = start + len(units) + 1
            continue
        k = max(i, k + 1) if run else k + 1
    return out
