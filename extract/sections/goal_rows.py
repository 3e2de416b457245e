"""Goal rows of a text dump that printed the 목표달성 table one row per line, its cells one space
apart (as the cells inside them are): the header line names the columns in order (연도 | 주요사업 |
목표 | 실적 | 달성률 | 추진상황 | 추진내용), and each row is split at what the cells' shapes fix.

Anchored by shape: the year (first column), the status (a status word; the token before it is the
rate when a 달성률 column stands before it; it ends the row when no column follows it), the rate
(``92%`` or a dash) and the actual (a dash or a value with a unit, with the word that stands before
the number in both the target and the actual, as in ``공정률 80%`` / ``공정률 74%``; or a value with
words after it that print the target's shape again, the same unit and words right before it after the
target's value: ``186호 공급 | 150호 공급``, ``3.5km 개설 | 2.8km 개설``). What stays
between the year and the actual is the project and the target, split where the table itself
shows it: another row that prints the same target without its project (a merged project cell),
another row that prints a target of the same wording but for its figures (``프로그램 운영(60회)`` /
``프로그램 운영(35회)``: two words alike, a measure word or a value opening them; one word alike,
``경로식당 설치(20개소)`` / ``작은도서관 설치(15개소)``, shows no cut: :func:`goal_target_cut.shows_start`), a row that prints no 추진내용 under a year following the row above (its project and
추진내용 cells merged with that row's: all it prints is the target), or the target's value (a
number with a unit, starting a cell: ``268호 공급``, ``3.5km``; not after a bare measure word,
``연수 이수 교원 93명``, whose name's first word the row does not show), or the word that begins targets
in this table: a target that restates its project's first word (``수소산업 기반 구축 | 수소산업
협약 체결(30건)``) shows it, and a row holding one such word after its first begins its target there
(two such words: not shown), or the word the pledge's title opens with, printed once after the row's
first word (``청년 일자리 10개 창출``: ``지원센터 조성 | 청년 일자리 기업 지원(45개)``), or a project another row of the table prints (split there by the
rules above), or one another table of the card labels whole (its row of money by source:
:mod:`goal_named_projects`) or the same pledge's card for another quarter reads (:mod:`pledge_siblings`),
opening the row, when no other such project does; a row printing one word before a figure or dash actual, on a
line the dump printed with single spaces (no blank cell), prints its target alone, its project merged with the
row above's (:func:`_alone_rows`); a row printing its project and a figured target run together, then rows under
following years each opening with one word it holds once after its first word, is a group whose targets all
open with that word, the rows after it their target alone under its project (:mod:`goal_group_word`). An actual printed without a number
(``설계 완료``; a status word right before the status cell ends the actual) is set apart only by a
target another row prints whole standing once in the row, project before it, actual after it, or,
after the row's project, where exactly one cut of the words left fits: two words (each cell holds
one), a status word standing inside them (it ends its cell: ``실시설계 완료 | 행정절차 이행``), an
actual another row prints whole ending them; or a worded cell two rows print alike, each ending a
cell the row proves, other words before it in both (:mod:`goal_shared_cells`), sets apart the
target in both. A row holding two status words before a 추진내용 cell takes as its status what the
rows read show (not one inside a target another row reads; the one before a 추진내용 another row
prints): the table is read again with them. A header word holding a column word
(``추진실적``) names that column. A row a dump broke over lines
(the year cell alone, the project over two lines) is joined up to its status first. A row
whose split the table does not show (a target like ``교육생 양성(35명)`` after its project, an
actual without a number no other row sets apart) is not read: its goal is left out rather than guessed, and its line is
handed back (the card gets an ``extract.table_unrecovered`` finding at its line); the other rows
are read all the same, and the rows merged with it carry its project only when that is known (it
is merged itself, or opens with a project another row prints), else none. A 달성률 that
disagrees with the actual over the target also leaves the row out.

This module reads the rows in order (:func:`goal_rows`): the header's column kinds come from
:mod:`goal_head_words`, the cells' shapes from :mod:`goal_values`, each row's split at its anchors
from :mod:`goal_row_split`, and where each target begins from :mod:`goal_target_cut`. A table
flattened one cell per line (hwpx-text-extract) has its cells explicit: :mod:`goal_cells_a_line`
reads it by the header's column count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pledgecard.extract.sections.goal_figure_projects import figure_project_starts, figures_alone
from pledgecard.extract.sections.goal_head_words import header_kinds, header_words_only, row_layout
from pledgecard.extract.sections.goal_named_projects import named_projects
from pledgecard.extract.sections.goal_printed_cells import printed_cuts
from pledgecard.extract.sections.goal_row_split import (
    Hints,
    RowSplit,
    is_row_with_status,
    rejoin_row,
    row_facts,
    split_rate_agrees,
    split_row,
    status_span,
)
from pledgecard.extract.sections.goal_target_cut import measure_words, project_start, target_starts
from pledgecard.extract.sections.goal_values import inline_mark, year_cell_of
from pledgecard.extract.vocabulary import current


@dataclass(slots=True)
class GoalRow:
    """One goal row as printed cells (``project`` None when carried from the row above)."""

    line: int  # index of the row's line among the lines given
    project: str | None
    year: int | None
    target: str
    status: str
    actual: str | None
    detail: str | None
    # the words a row prints after its status under a 추진내용 and a 비고 column, run together (the
    # detail left null: where it ends is not printed); kept so that the card hands them back
    cells_unread: str | None = None
    # the project cell printed empty under a row left unread (a merged cell whose words are not known): null
    project_unread: bool = False
    # the project of a row after a line that may be another project's cell (goal_stream.goal_marks_status_first):
    # null, never the project of the rows above
    project_unproven: bool = False
    # the year of a row after the first under a year line while another year line closes the table after every row
    # (goal_trailing_years.late_year_unsure): null, never the year printed above nor the one after
    year_unproven: bool = False


def goal_rows(
    lines: list[str],
    lexicon: str = "",
    skip: frozenset[int] = frozenset(),
    project_words: Mapping[int, int] | None = None,
    projects: frozenset[tuple[str, ...]] = frozenset(),
    single: frozenset[str] = frozenset(),
    printed: Mapping[str, tuple[str, ...]] | None = None,
    opening: str | None = None,
) -> tuple[list[GoalRow], list[int]] | None:
    """The goal rows under a flattened header line, and the indexes of the row lines not read (the
    rows at ``skip`` among them: rows whose cells stand in another order, :mod:`goal_order`); None
    when no line is such a header, the header names no 실적 column, or ``<2023>`` marks stand inside
    the rows (shapes the marked-row reader of :mod:`goals` reads). ``project_words``: by line, how
    many words a row's project holds where the dump printed it apart from the target (a shaped cell
    between them, put in order by :mod:`goal_order`). ``projects``: projects the same pledge's card
    for another quarter reads (:mod:`pledge_siblings`), labels whole as another table's are.
    ``single``: the lines (as given) the dump printed with no run of spaces inside, no cell of theirs
    blank (:func:`_alone_rows`). ``printed``: by line (its words single-spaced), the cells a layout dump
    printed apart (:mod:`goal_printed_cells`). ``opening``: the words the pledge's title opens with, which
    a target restating it begins with (:func:`goal_target_cut.title_start`).

    A row holding two status words before a 추진내용 cell (one inside its target) has its status
    told only by what the other rows read show (:class:`Hints`): the table is read again with
    them until they show no more."""
    hints = Hints()
    words = project_words or {}
    got = _goal_rows(lines, lexicon, skip, words, hints, projects, single, printed or {}, opening)
    for _ in range(3):
        if got is None or not got[1]:
            break
        more = Hints(
            frozenset(r.detail for r in got[0] if r.detail) | got[2],
            frozenset(tuple(r.target.split()) for r in got[0]),
        )
        if more == hints:
            break
        hints = more
        got = _goal_rows(lines, lexicon, skip, words, hints, projects, single, printed or {}, opening)
    return None if got is None else (got[0], got[1])


def _goal_rows(
    lines: list[str],
    lexicon: str,
    skip: frozenset[int],
    project_words: Mapping[int, int],
    hints: Hints,
    projects: frozenset[tuple[str, ...]] = frozenset(),
    single: frozenset[str] = frozenset(),
    printed: Mapping[str, tuple[str, ...]] | None = None,
    opening: str | None = None,
) -> tuple[list[GoalRow], list[int], frozenset[str]] | None:
    """:func:`goal_rows` with ``hints``; with the details of the rows split this pass (the hints'
    details it shows; the targets are the rows')."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln)), None)
    if h is None or any(current().build(inline_mark).search(ln) for ln in lines[h + 1 :]):
        return None  # <2023> marks inside the rows: the marked-row reader's shape
    layout = row_layout(header_kinds(lines[h]) or [])
    if layout is None:
        return None
    has_project = "project" in layout[1]
    splits: list[RowSplit] = []
    unread: list[int] = []
    facts: list[tuple[int, tuple[int | None, bool]]] = []  # (line, (year, prints a 추진내용)) of each row
    group_year: int | None = None
    year_shapes: set[str] = set()  # how the year lines print their year (2023, <2023>): digits as 9
    parts: dict[int, list[int]] = {}  # a row the dump broke over lines: its first line -> all its lines
    unsplit: list[int] = []  # rows whose status is not found: what they carry is not known
    loose: list[list[str]] = []  # their words (the year cell left out)
    i = h
    while i + 1 < len(lines):
        i += 1
        text = lines[i].strip()
        if not text:
            continue
        if header_words_only(text):
            continue  # the header's second line: (완료/추진중/미착수)
        if i in skip:
            unread.append(i)
            unsplit.append(i)
            continue
        y = year_cell_of(text)
        if y is not None and not layout[0]:
            group_year = y
            year_shapes.add(_shape(text))
            continue
        toks = text.split()
        if (
            not layout[0]
            and len(toks) > 1
            and _shape(toks[0]) in year_shapes
            and (y := year_cell_of(toks[0]))
        ):
            # a year printed as the year lines above are, opening a row (a header the dump broke named no
            # year column; the row's year cell run onto its line): the row's year, no word of its target
            group_year, text = y, " ".join(toks[1:])
        if (
            layout[0]
            and year_cell_of(text.split()[0]) is not None
            and status_span(text.split(), 1, layout) is None
        ):
            text, used = rejoin_row(lines, i, layout, lexicon)
            parts[i] = used
            i = used[-1]
        facts.append((i if i not in parts else parts[i][0], row_facts(text.split(), layout, hints)))
        first = facts[-1][0]
        s = split_row(text.split(), first, layout, group_year, hints)
        if s is None:
            unread.append(first)
            if is_row_with_status(text) or (layout[0] and year_cell_of(text.split()[0]) is not None):
                unsplit.append(first)  # a row of its own (not a page's header line amid the table)
                loose.append(text.split()[1:] if layout[0] else text.split())
        else:
            splits.append(s)
    prefixes = {s.prefix for s in splits if s.prefix} | measure_words(splits)
    merged = _merged_rows(facts, layout[2] == "detail")
    # labels of the card's other tables, and projects the same pledge's card for another quarter reads
    named = named_projects(lexicon.splitlines(), lines) | projects if has_project else set()
    alone = _alone_rows(splits, lines, single, parts) if has_project else set()
    cut = printed_cuts(
        [s for s in splits if s.line not in parts],
        lines,
        h,
        header_kinds(lines[h]) or [],
        len(layout[2].split()),
        has_project,
        printed or {},
    )
    held = {s.line for s in splits if s.worded and s.line in cut}  # cut by their printed cells, actual too
    starts = target_starts(
        [s for s in splits if s.line not in held],
        merged | alone,
        has_project,
        prefixes,
        {**cut, **project_words},
        loose,
        named,
        opening,
        frozenset(unsplit),
    )
    starts.update({line: cut[line] for line in held})
    starts = figure_project_starts(
        {s.line: s.rest for s in splits},
        starts,
        frozenset(  # the rows read after the move: here (the rate agreeing) or by the spaced-row reader
            s.line
            for s in splits
            if " ".join(lines[s.line].split()) in single or split_rate_agrees(s, " ".join(s.rest))
        ),
    )
    rows: list[GoalRow] = []
    prev: GoalRow | None = None
    details = _merged_details(splits, facts, merged)
    projects = {tuple(s.rest[:k]) for s in splits if (k := starts.get(s.line)) and k < len(s.rest)} | named
    for s in splits:
        if prev is not None and any(prev.line < u < s.line and u not in merged for u in unsplit):
            prev = None
        k = starts.get(s.line)
        if k is None or k >= len(s.rest) or not split_rate_agrees(s, " ".join(s.rest[k:])):
            unread.append(s.line)
            prev = _unread_project(s, prev, s.line in merged, projects if has_project else set())
            continue
        target = " ".join(s.rest[k:])
        project = " ".join(s.rest[:k]) or (prev.project if prev is not None else None)
        # figures alone in the project cell (a struck target figure where no rate proves it): no project
        lost = bool(has_project) and (
            figures_alone(s.rest[:k]) or (not s.rest[:k] and prev is not None and prev.project_unread)
        )
        if not has_project or lost:
            project = None
        detail = s.detail
        if detail is None and layout[2] == "detail" and prev is not None and prev.project == project:
            detail = prev.detail  # a merged 추진내용 cell
        if detail is None and layout[2] == "detail":
            detail = details.get(s.line)  # merged with a row whose other cells are not read
        row = GoalRow(
            s.line, project, s.year, target, s.status, s.actual, detail, s.after, project_unread=lost
        )
        rows.append(row)
        prev = row
    rows.sort(key=lambda r: r.line)
    shown = frozenset(s.detail for s in splits if s.detail)
    return rows, sorted({k for u in unread for k in parts.get(u, [u])}), shown


def _merged_rows(facts: list[tuple[int, tuple[int | None, bool]]], has_detail: bool) -> set[int]:
    """Lines of rows whose project and 추진내용 cells are merged with the row above: the table has
    a 추진내용 column, the row prints none, the row above printed one (or is such a row too), and
    this row's year follows the year above."""
    out: set[int] = set()
    for (above, (y0, d0)), (line, (y1, d1)) in zip(facts, facts[1:], strict=False):
        if has_detail and not d1 and y0 is not None and y1 is not None and y1 > y0 and (d0 or above in out):
            out.add(line)
    return out


def _merged_details(
    splits: list[RowSplit], facts: list[tuple[int, tuple[int | None, bool]]], merged: set[int]
) -> dict[int, str]:
    """The 추진내용 of each row merged with the row above (:func:`_merged_rows`), by line: the
    detail that row prints after its status (or carries from its own row above), whether or not
    the row's project and target could be told apart (the detail cell stands after the status,
    which anchors it)."""
    printed = {s.line: s.detail for s in splits if s.detail}
    out: dict[int, str] = {}
    for (above, _), (line, _) in zip(facts, facts[1:], strict=False):
        if line in merged and (d := printed.get(above) or out.get(above)):
            out[line] = d
    return out


def _alone_rows(
    splits: list[RowSplit], lines: list[str], single: frozenset[str], parts: Mapping[int, list[int]]
) -> set[int]:
    """Lines of rows printing one word between their year and a figure or dash actual, on a line the
    dump printed with single spaces (a blank cell prints as a run of spaces: none is blank): one word
    is one cell, the target's, and the project cell is merged with the row above (``2024 착공 -
    미착수`` under ``2023 지역인재 기반 구축 지역인재 협약 체결(50건) 60건 완료``). A row the dump broke
    over lines is none (its gaps not known)."""
    return {
        s.line
        for s in splits
        if not s.worded and len(s.rest) == 1 and s.line not in parts and lines[s.line].strip() in single
    }


def _shape(text: str) -> str:
    """A token's shape, its digits as ``9`` (``2023`` and ``2024`` alike)."""
    return re.sub(r"\d", "9", text.strip())


def _unread_project(
    s: RowSplit, prev: GoalRow | None, merged: bool, projects: set[tuple[str, ...]]
) -> GoalRow | None:
    """What a row left unread still gives the rows below it that carry its project (a merged
    cell): the project carried from above when the row is merged with the row above, or the
    project another row prints that opens it (:func:`project_start`); None when the row's project
    is not known (the rows below carry none)."""
    if merged:
        return prev
    k = project_start(s.rest, projects)
    if k is None:
        return None
    return GoalRow(s.line, " ".join(s.rest[:k]), s.year, "", s.status, None, s.detail)
