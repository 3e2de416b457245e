"""Golden tests of layout text dumps (issue 16): ``pdftotext -layout`` of the sample PDFs
(samples/layout/, and of the seed card rendered at test time) and a hand-written monospace dump
with wrapped cells, scored with the project scorer against their expected records (the PDFs'
records with the source made the dump's), compared with the same cards' PDFs, and checked for
wrong figures (non-null and different from expected) with the shared wrong-figure counter."""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.document import Table
from pledgecard.schema import validate_record
from pledgecard.scoring import load_records, score_record, wrong_goal_figures
from samples import generate
from samples.families import FAMILIES

from conftest import committed_records

REPO = Path(__file__).resolve().parents[1]
LAYOUT = REPO / "samples" / "layout"
CORPUS = REPO / "samples" / "corpus"
TOOLS = REPO.parent / "shared" / "tools"
FAMILY_LAYOUT = LAYOUT / "families"
FAMILY_PDFS = REPO / "samples" / "families"
MARGIN = 0.02
# Cards whose layout dump does not reach its PDF's score yet, with the score it does reach.
# This list may only shrink; every card must be within MARGIN of its PDF (it is empty now: the
# seed's rank table - headers over groups of columns, two cells one space apart, a cell wrapped
# at its middle dot - reads 0.996).
BELOW_PDF: dict[str, float] = {}


@functools.cache
def _wrong_figures() -> ModuleType:
    spec = importlib.util.spec_from_file_location("wrong_figures", TOOLS / "wrong_figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wrong_of(e: dict[str, Any], g: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The figures of ``g`` read wrong against ``e``: the shared wrong-figure counter's (label, expected, read) and
    the year-aware goal check's (``scoring.wrong_goal_figures``: a goal figure the card prints for no goal of that
    year, which the shared counter, pairing goals by their target's words, does not count), as test_families and
    the dump modules count them (session 42: three such figures in the committed dumps went unseen here)."""
    wf = _wrong_figures()
    return [
        (label, exp, got) for _, label, exp, got in wf.figures(e, g) if got is not None and got != exp
    ] + [(w, None, None) for w in wrong_goal_figures(e, g)]


# Template families' layout dumps (samples/layout/families/: pdftotext -layout of the families'
# PDFs) below their PDF's score, with the score they reach (a ratchet, like BELOW_PDF).
FAMILY_BELOW_PDF: dict[str, float] = {
    # session 40's famgen4 family hansol-district (tests/test_famgen4_40.py), seen and not fixed: its <year> goal
    # table's first row under -layout, the bracketed actual (`(공정률 40%)`) on the status's line, read as the
    # status and the row's year lost (0.979 against the PDF's 1.000, its two quarters' cards; no figure wrong)
    "hansol-district-104002-layout#0": 0.97,
    "hansol-district-104002-layout#1": 0.97,
    # session 41's famgen5 families (tests/test_famgen5_41.py), seen and not fixed (no figure wrong): bada-city 106006's
    # goal table under -layout, its worded targets wrapped in their narrow cells (`208호 공` / `급` beside the first
    # target's `277호 공` / `급`): no row's first target (당초목표) told apart from the target in force, the table
    # unread (goal_original_column; 0.932, its PDF 1.000); sansu-county 107002's goal table cut by a page break
    # between a year's row and its project's wrapped cell (`관광안내센터 조` / `성` on the next page), one year's goals
    # unread (0.958)
    "bada-city-106006-layout#0": 0.93,
    "sansu-county-107002-layout#0": 0.95,
    # session 42's famgen7 families (tests/test_famgen7_42.py), seen and not fixed (no figure wrong): olbit-city's goal
    # projects wrapped in their cells (`청년농업 지` / `원사업`) read as two projects and its outreach channels' labels
    # wrapped over their counts (112009 0.955, 112008 0.978); nadeul-county 113002's goal table cut by a page break
    # after its first year's row (unread, 0.858), 113007's year rows read as a project (0.977)
    "olbit-city-112008-layout#0": 0.97,
    "olbit-city-112009-layout#0": 0.95,
    "nadeul-county-113002-layout#0": 0.85,
    "nadeul-county-113007-layout#0": 0.97,
    # session 42's famgen6 family pureun-county (tests/test_famgen6_42.py), seen and not fixed (no figure wrong): its
    # goal table of year row groups with the whole term's target beside the year's, the cells wrapped under -layout
    # (`139호 공` / `급`, a project over three lines): 111003 one year's goals unread (0.956), 111007 the table unread
    # (0.910); its PDFs 1.000
    "pureun-county-111003-layout#0": 0.95,
    "pureun-county-111007-layout#0": 0.91,
    # session 43's famgen9 families (tests/test_famgen9_43.py), seen and not fixed (no figure wrong): meari-city's
    # achievements tables (일자 | 추진내용 | 비고) holding a side table, their rows and the side table mixed under
    # -layout (114003 0.946, 114004 0.702); doldam-county 115004's goal year of one wrapped row read as a project
    # (0.953); their PDFs 1.000
    "meari-city-114003-layout#0": 0.94,
    "meari-city-114004-layout#0": 0.70,
    "doldam-county-115004-layout#0": 0.95,
    # session 43's famgen8 families (tests/test_famgen8_43.py), seen and not fixed (no figure wrong): barun-county's
    # goal head wrapped in its cells under -layout (`기준연` / `도 실적`), the table unread (115004 0.848, 115006
    # 0.945); hamkke-city 114003 0.978 (its PDF 1.000); their PDFs 1.000. Renumbered (renum8: seeds of their own),
    # measured again: barun-county 117002 0.946 (117003 1.000), hamkke-city 116005 0.973 (116002 0.994); PDFs 1.000
    "barun-county-117002-layout#0": 0.94,
    "hamkke-city-116005-layout#0": 0.97,
    # session 44's famgen10 families (tests/test_famgen10_44.py), seen and not fixed (no figure wrong): hanaro-county
    # 118008's project cell centred over its three years' rows, the rows printed apart from it under -layout, the goal
    # table unread (0.928); its PDF 1.000
    "hanaro-county-118008-layout#0": 0.92,
    # (haetsal-county 57006 / 57009, designed blind in session 13, read 0.99 / 0.98 since session 14, 0.96
    # before: three header bands, each a row of labels over one row of values whose cells stand on several
    # lines (a progress bar drawn in glyphs above its percent, the department's team under it), are one
    # table each)
    # goal rows whose 계획 / 구분 / 추진내용 cells wrap over several lines around a centred project
    # cell (one group cut by a page break): those rows are left unread (no figure wrong)
    # (session 22: a cell's lines parted by a blank line rejoin the row they centre on, a spanning
    # project covers the rows its column left uncovered: 0.945 -> 0.976)
    "areum-district-26011-layout#0": 0.97,  # 0.88 before session 7: merged rows take an unread row's 추진내용
    "areum-district-26019-layout#0": 0.95,
    # (eunha-province 28004 reads 1.000 since session 11: the second of two stacked funding tables,
    # its head lines on one page and its rows a table of their own on the next, is read with its
    # head, the rows summing to the 총사업비; 0.83 before)
    # (narae-city 29002 reads 0.99 since session 9: a goal cell centred over its rows, 0.97 before)
    # designed blind (session 6): the achievements as a table of items (추진일자 | 추진내용 | 비고):
    # a level-1 row without date or marker (세부 추진실적) read as the rest of the note row above it
    "iseul-county-31001-layout#0": 0.92,
    "iseul-county-31005-layout#0": 0.97,
    # designed blind (session 7): goal rows of a years-across table (목표 / 실적 / 추진상황 rows under a
    # project, the years as columns) that a page break leaves uncertain are left out; rows whose
    # one-word names (실적 / 달성률) a centred project cell sat between are read since session 8
    # (34015: 0.90 -> 0.988)
    "jinsol-county-34005-layout#0": 0.90,
    "jinsol-county-34015-layout#0": 0.98,
    # (yunseul-city 40010 / 40012, designed blind in session 9, read 1.000 since session 10, 0.90 / 0.93
    # before: the quarterly goal table's spanning head `2023년 분기별 목표` heads the sub-heads 1/4 .. 4/4
    # printed on the line below the other head cells, which head their columns over both rows)
    # designed blind (session 10): the overview and funding beside the achievements, two columns side
    # by side on one landscape page (read column by column since then; 0.43 / 0.62 before): a side
    # table of the right column whose rows a blank line parts is not rebuilt cell by cell
    "daon-special-city-42008-layout#0": 0.95,
    # designed blind (session 25): moa-city's PDF printed two pages a sheet; pdftotext -layout prints the sheet's
    # two pages side by side on its lines, the right page's text a few columns from the left's (a sheet's halves
    # parted by the column run between its two page numbers on its last line, text_newspaper.sheet_gutter); a
    # sheet whose left page is blank but for its furniture (88001's first) stays one page, its lines read across
    # the gutter; an outreach row whose two counts the dump ran into one cell is read without its counts (the
    # head's wrapped line right over it re-plans the columns; no figure wrong). Session 27: of the free runs between
    # the page numbers the one nearest their middle parts the sheet (a gap of the left page's own header table,
    # wider than the close gutter, cut its header in two): 88001 0.844 -> 0.928, 88002 0.686 -> 0.909
    "moa-city-88001-layout#0": 0.92,
    # session 37's families (byeori-county, haeoreum-city), measured when made, not fixed: the goal table whose head
    # spans the year's halves closed by their total (2024년 목표 centred over 상반기 | 하반기 | 계) read as no goal
    # table in a layout dump, the stacked one-row funding tables partly read. Session 38 (tests/test_layout_38.py):
    # the span heads head their halves, the stacked tables each under its caption: byeori-county 98002 0.84 -> 1.000,
    # haeoreum-city 99001 0.87 -> 1.000 (off this list), 98009 0.76 -> 0.966 (its header grid's wrapped cells: the
    # management number and the title's second line unread), 99008 0.92 -> 0.984
    "byeori-county-98009-layout#0": 0.96,
    "haeoreum-city-99008-layout#0": 0.98,
    # session 38's saeron-city, measured when made and again when landed (s39: 0.956 / 0.962, 0 wrong): its month tables' rows a layout dump prints
    # with the content cell's lines beside the month and 성과 cells, partly read
    "saeron-city-100002-layout#0": 0.95,
    "saeron-city-100003-layout#0": 0.96,
    "moa-city-88002-layout#0": 0.90,
    # designed blind (session 11): goal rows whose 세부사업 and 추진내용 cells wrap in narrow columns around
    # the year rows are split among them (project and detail words only, no figure); the first 사업내용
    # line printed beside its label cell
    "maeul-county-43013-layout#0": 0.96,
    # designed blind (session 11): the whole card one table; the outreach table nested in its content
    # cell is cut by a page break and pdftotext prints its rest under other columns: the rows after
    # the break (계, 언론·방송, 기타) are left unread (no figure wrong)
    "sup-district-47005-layout#0": 0.97,
    # (noeul-city 48001 / 48006, designed blind in session 12, read 1.000 since session 13, 0.95 / 0.91
    # before: an outreach head whose channel labels wrap around the 계 line, read in characters where
    # display columns part one wrapped cell's lines; the 계 row's one-syllable label centred right of the
    # other rows' labels, a row of its own)
    # designed blind (session 12): the achievements one table whose block column's names and dates
    # wrap, vertically centred, on the rows' lines, cut by a page break, and pdftotext runs the
    # rows' wrapped date cells into the next rows (blocks' dates partly unread). Since session 13
    # (0.36 / 0.71 before) the head row cut off by the page's footer heads the rows, an item's date
    # is no block's reporting point, and the funding by sub-project is read: two lines of figures
    # beside a wrapped sub-project cell are two rows, the span head centred over the years heads
    # them, the 합계 cell centred on the whole's rows groups them. Since session 37 (0.86 / 0.78 before) the block
    # column's cells centred amid the rows are the items' blocks and reporting points (tests/test_layout_37.py);
    # since mendc 37 (0.986 / 0.936 before) the rows between two cells whose centred readings disagree are null with
    # extract.group_unproven, never a neighbour's block guessed (tests/test_mendc_37.py)
    "yeoreum-city-50002-layout#0": 0.97,
    "yeoreum-city-50004-layout#0": 0.90,
    # designed blind (session 26): the funding by sub-project, a sub-project's name before its 소계 row (the rows
    # not read: the sources repeat by block), one amount merged over two years printed under the second (the
    # 총계 row alone proven where the subtotals sum to it, null elsewhere); no figure wrong. Since session 27 91001
    # reads 1.000 (0.921 before: a sub-project's name wrapped between its 국비 and 도비 rows, no blank line between,
    # glued the two rows; tests/test_layout_wrapped_lead_cells.py)
    "gaji-county-91002-layout#0": 0.96,
    # designed blind (session 13): the running header ([관리번호] pledge) printed right of the page above the
    # title line, and the header table under it left unread (title, 관리번호, department, name; the phone
    # read after the 관리번호 label), the overview's 1-1 / 1-2 outline lines unread (no figure wrong)
    # (0.85 / 0.92 before session 15: a numbered heading apart from its title, ``04    성과목표``, under a
    # table is no row of it)
    # (session 45: first_seed 57001 -> 126001, the pledges its own, no longer haetsal-county's: 126005 0.936,
    # 126008 0.926 (57006 0.919, 57009 0.976 before), no figure wrong)
    "chaeum-city-126005-layout#0": 0.93,
    "chaeum-city-126008-layout#0": 0.92,
    # designed blind (session 16): the indicator goal table (years over 목표 | 실적, then 최종목표 and 달성률(%),
    # an actual printed 추진중 beside its target, a blank one) prints its rows' cells off any column (a word
    # one space after a figure, figures of four digits one space apart under narrow heads that wrap): the
    # goals left unread, no figure wrong. Since session 18 (0.70 / 0.62 before) the rows are read where the
    # sums prove where the blank actuals the dump dropped stood (extract/sections/goal_dropped_cells.py), the
    # head's wrapped words (단 위, 최종목 표, 달성 률 (%)) joined; an achievement run together with the next
    # is left as it was
    "gaeul-county-64001-layout#0": 0.95,
    "gaeul-county-64003-layout#0": 0.98,
    # designed blind (session 16): the achievements and the plans side by side in one two-column table; the
    # layout dump sets each row's two cells beside each other, their wrapped lines interleaved (a plan's words
    # inside an achievement's line): two plans unread, an achievement run together with a plan, no figure wrong.
    # Since session 18 (0.94 / 0.94 before) the zone under the head row naming both sections is read column by
    # column (extract/readers/text_side_heads.py): the right cell's items after the left cell's
    "neulpum-district-66008-layout#0": 1.00,
    "neulpum-district-66011-layout#0": 0.96,
    # (dure-county 51003 / 51004, designed blind in session 13: the funding with the periods as row
    # groups, each period's label centred on its rows, and the goal table's indicator cells centred
    # between its year rows, are read since session 14, 0.72 / 0.85 before; since session 15, 0.97 /
    # 0.96 before, the outreach rows' labels set flush left under a head centred in a wide column and
    # the indicator cells centred on the middle of three year rows a blank line apart)
    # (gilmok-city 58007, designed blind in session 14, reads 0.99 since session 22, 0.93 before: the goal
    # rows a wrapped head cell (세부추진과 / 제) left as lines, the target, actual and rate run together
    # (`공정률 70% 공정률 38% 54%`), parted where the rate proves the cells (extract/sections/goal_run_cells.py);
    # the project still the head's leftover words)
    # designed blind (session 15): the goal rows whose empty cells shift the years-split head's columns are
    # left unread (17 wrong figures in the body-table dump before: a plan row under two sources' labels run
    # together, the unit printed apart from 총사업비). Since session 16 (0.51 / 0.64 before) the header band's
    # value row opening with its 관리번호 around the title cell wrapped above and below it is read, and the
    # funding rows the page break cuts off the head (no head repeated, the next page's own columns, the
    # labels centred left of its fullest rows) join the table where the sums prove them; the span head
    # 임기 내 beside the head's other cells spans the years. Since session 23 (0.59 / 0.71 before) each goal
    # year printed centred over its 목표 / 실적 pair spans the pair where the measure shows it (the year in
    # the gap between the pair's sub-heads, the pairs named alike, figures under them:
    # extract/readers/text_pair_heads.py): 61008 reads 1.000 as its PDF; 61009's goal rows past the page
    # break, set in the next page's own columns (no head, no sums to prove their places), stay unread
    "nalgae-city-61009-layout#0": 0.79,
    # (mulbit-city 62007, designed blind in session 15, reads 0.995 as its PDF since session 16, 0.971
    # before: its dated outreach log cut by a page break into two tables, the next page's rows in columns
    # of their own, is read over both where the subtotals prove the grand total)
    # (sanha-county 59004, designed blind in session 14: section labels one syllable a line in a narrow
    # left column, read as a gutter of labels, 0.04 before; since session 15, 0.65 before, the goal
    # table whose indicator cells pdftotext prints on lines of their own between the 목표 and 실적 rows,
    # no blank line between the indicators, under a ``구분`` between the two label columns)
    # designed blind (session 18; 0.11 blind): pages in two newspaper columns, read column by column since
    # (text_newspaper); the section labels drawn turned, which pdftotext prints flat at their boxes' middle at
    # the page's left edge, stand amid their sections' lines; the outreach head wrapped around a 계 printed
    # left of its labels row: no count read; no figure wrong. Since session 18's second half (0.71 / 0.57
    # before): the header band's labels centred in their label column open their rows (title, 관리번호 and
    # 주관부서 read), the funding head wrapped over three lines (총사업 / 구분 / 비 beside the span head over the
    # years) is read, and the funding rows atop the right column join the table as over a page break; a label
    # printed amid the goal table's rows (67005), or opening the page the goal table goes on to (67003), is set
    # above the table (0.88 / 0.64 -> 0.91 / 0.75). Since session 19: a label printed over its box's lines at the
    # box's middle goes to the box's top (the 추진실적 label amid the right column: its tables and group dates
    # read), the rows a turned label took closed up in its column and dropped from the other one (a cell wrapped
    # around its row across them); row labels centred beside their rows stay (0.92 / 0.75 -> 0.95 / 0.94)
    "binnae-city-67003-layout#0": 0.95,
    "binnae-city-67005-layout#0": 0.94,
    # designed blind (session 19; its PDF 1.000): goal rows whose project, target and 추진내용 cells wrap around
    # the year rows are split among them (project and detail words only, no figure wrong); the funding table's
    # part rows (`- 균특`) and footnote-marked figures read since its first measure (0.907 / 0.928 before)
    "gyeoul-county-70002-layout#0": 0.96,
    # designed blind (session 19; its PDFs 1.000): the log tables' year and month cells, spanning their rows,
    # printed at the middle of the rows they span (a month beside its rows' second line, a year beside a later
    # month's rows): which rows a date cell spans the dump does not show, the table's rows left undated; a
    # plan marked in one month alone left undated; a goal row under a centred project cell takes the group
    # above's project; no figure wrong
    # (session 39: the plan schedule's wrapped month heads and year line read as a table, the log rows measured
    # against the whole dump's width: 71001 0.976 -> 0.991, 71006 0.970 -> 0.985; tests/test_layout2_39.py)
    "hayan-district-71001-layout#0": 0.99,
    "hayan-district-71006-layout#0": 0.98,
    # designed blind (session 20; its PDF 1.000): the goal table's project cell centred over rows a page break
    # cuts, wrapped in its narrow column beside the stage bars: the first row's project and the next rows'
    # target words left unread or misplaced (no figure wrong). Since session 22 (0.93 before) a stage bar's cell
    # (`■□□□□`) is no bullet item: the row's top line joins its row (project and target read whole); the row
    # after the page break, its project cell blank, is left unread
    "baram-county-74001-layout#0": 0.96,
    # designed blind (session 21; its PDFs 1.000, 77002's dump 1.000): rows a page break cut joined by the column
    # geometry; a note line (`※ 참여기관 : ...`) glued to the unmarked row under it and a side table's rows left
    # unread (the side table after a cut row's rest at the page's top); no figure wrong. Since session 33 (layout2;
    # 0.865 before) the side table read under its caption, the log's head printed again under it a table's own
    # (extract/readers/text_block_bounds.py, tests/test_layout_33.py): 0.934
    "gippeum-county-77001-layout#0": 0.93,
    # designed blind (session 21; its PDFs 1.000): the goal tables typed at tab stops (no rules) print a project
    # once over its later year rows: a blank project cell the layout reader cannot tell from a spanned one, so
    # those rows are left unread (76001) and a row under it with the project's cell blank dropped (76002); no
    # figure wrong
    "dolbit-city-76001-layout#0": 0.93,
    # (76002 0.973 -> 0.964 in session 32, floor 0.96, back to 0.973 / 0.97 in session 33: its head cell
    # `달성률 추진상황`, two heads one space apart kept as one cell, had lost its 완료 statuses to a whole-head status
    # rule; the `2025` row under a blank project cell was unread before and after: tests/test_regress_33.py;
    # read since session 33's layout2, 0.973 -> 1.000: its `- 미착수`, an empty cell's dash run into the status, is
    # no bullet item, tests/test_layout_33.py)
    "dolbit-city-76002-layout#0": 1.00,
    # designed blind (session 22): the total row's two revision pairs side by side (`4,882 → 4,616 3,043 → 3,268`)
    # leave those two cells null (the layout reader places cells by their printed columns); a goal project
    # wrapped in its cell read in two pieces; no figure wrong
    "gochim-county-80001-layout#0": 0.97,
    # designed blind (session 25): the superseded figures printed struck through, which a layout dump cannot show
    # (the PDFs read 1.000, their strikes seen): the card's legend names the strikeout, so the values printed
    # twice over (the revised funding cells, the status) are left null with extract.markup_lost; no figure wrong
    "dasi-county-87001-layout#0": 0.84,
    "dasi-county-87002-layout#0": 0.92,
    # (saetbyeol-county 83001 / 83002, designed blind in session 23, read 1.000 since session 24, 0.976 / 0.971
    # before: the Gantt table's half-year heads wrapped in their narrow columns (`상반` over `기`) joined where the
    # pieces make period heads (extract/readers/text_wrapped_heads.py), a head row of each year joined to its first
    # period's cell read (schedule_tables.py): the plans read)
    # designed blind (session 23; its PDFs 1.000): the numbered list grids' date cells wrapped around their row
    # numbers are taken off (text_row_numbers) but a date cell wrapped over two lines stays two pieces, and the
    # side table's rows amid a block's grid are read into its rows; no figure wrong
    # (session 23, later: a date wrapped around its row in its narrow cell, proven one value, joined onto the
    # row's line (extract/readers/text_wrapped_dates.py): 82001 0.912 -> 0.969; 82002's unmarked rows glued to
    # the row above them stay as they were)
    "boram-city-82001-layout#0": 0.96,
    "boram-city-82002-layout#0": 0.82,
    # designed blind (session 24; its PDFs 1.000): the goal slide's open table (no vertical rules) with a project
    # cell spanning its year rows, wrapped in its narrow column (`공동육아나눔터 조` / `성`) beside the years: its
    # rows left unread; the first content line of the two-box overview printed above its label (`주요내용`)
    # dropped; no figure wrong
    "dallae-city-84001-layout#0": 0.86,
    # designed blind (session 24; its PDFs 1.000): the goal table's project and detail cells wrapped in their
    # columns read in pieces (0.980); the fullwidth figures whole, no figure wrong
    "hanmaru-county-85002-layout#0": 0.98,
    # (session 26; its PDFs 1.000): the list-row header's narrow cells wrapped in their columns (이행후 / 계속추 / 진,
    # 해당안 / 됨) and the status head alone on the line above, the labels and the options on one line: the header's
    # 관리번호, 공약사업명, 소관부서 and status left unread (a goal row and the rest read); no figure wrong. Since
    # session 27 92001 reads 1.000 (0.963 before: the status head apart above the table read back into the grid,
    # tests/test_header_option_apart.py), 92002 too (0.965 before: its head block, not placed in columns, kept as
    # text lines, read as a plain dump's three lines)
    # (dajim-district, modelled on real pages in session 27): floored at the target
    "dajim-district-93001-layout#0": 0.98,
    "dajim-district-93002-layout#0": 0.98,
    # (norae-city, modelled on real material in session 28; its funding told by the term): 1.000, floored at the target
    "norae-city-96001-layout#0": 0.98,
    "norae-city-96002-layout#0": 0.98,
    # (designed blind in session 27; its PDFs 1.000): the watermark turned across every page printed by pdftotext
    # -layout a letter or two a line along a diagonal, glued to cells (산12,305) and lines: unread; no figure wrong.
    # Session 28 (0.730 / 0.785 before): the trail of lone glyphs recurring page after page blanked before the layout
    # is read, a line it alone printed dropped (extract/readers/text_diagonal_marks.py, tests/test_text_diagonal_marks.py;
    # unseen seeds 95003 .. 95020 0.75-0.80 -> 0.83-0.97, no figure wrong); the watermark's ends the dump prints far off
    # its diagonal (``2 :``, ``:40``) are left, read as overview lines (no figure); goal rows whose cells the dropped
    # lines brought together unread
    "angae-county-95001-layout#0": 0.90,
    "angae-county-95002-layout#0": 0.88,
    # (jangbu-county 81002, designed blind in session 22, reads 1.000 since then, 0.09 before: its first page,
    # headings centred over a landscape sheet and lines opening at one margin, was taken for two newspaper
    # columns; a numbered heading is no column's bullet item, and most of a column's items open at its margin)
    # session 44's famgen11 families (tests/test_famgen11_44.py), seen and not fixed (no figure wrong): bitsaem-city's
    # two panes side by side under -layout (120001 0.977, 120002 0.854), moraenae-county's body one table (121004
    # 0.828, 121006 0.938); their PDFs 1.000
    "bitsaem-city-120001-layout#0": 0.97,
    "bitsaem-city-120002-layout#0": 0.85,
    "moraenae-county-121004-layout#0": 0.82,
    "moraenae-county-121006-layout#0": 0.93,
    # session 45's famgen12 families (tests/test_famgen12_45.py), seen and not fixed (no figure wrong): haru-city's
    # years-across goal table with a term-total column, its head rebuilt left-aligned over the columns under -layout
    # (122001: 5 wrong goal figures blind, the term total read as the first year's -> the table unread, 0.887;
    # 122010 0.920); their PDFs 1.000
    "haru-city-122001-layout#0": 0.88,
    "haru-city-122010-layout#0": 0.92,
    # session 45's famgen13 families (tests/test_famgen13_45.py), seen and not fixed (no figure wrong): gamro-city's
    # achievements tables a block under -layout (124005 0.941, 124006 0.979), nabi-county's goal table cut by the page
    # break under a repeated header (125006 0.971); their PDFs 1.000
    "gamro-city-124005-layout#0": 0.94,
    "gamro-city-124006-layout#0": 0.97,
    "nabi-county-125006-layout#0": 0.97,
}


def _pdf_of(dump: Path) -> Path:
    stem = dump.name[: -len("-layout.txt")]
    if dump.parent == FAMILY_LAYOUT:
        return FAMILY_PDFS / stem.rsplit("-", 1)[0] / f"{stem}-pdf.pdf"
    return dump.with_name(f"{stem}-pdf.pdf") if dump.parent != LAYOUT else CORPUS / f"{stem}-pdf.pdf"


def _scores(path: Path) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(name, expected, produced) for each card of a file; a committed file read once a session
    (``committed_records``: the families' PDFs are read by tests/test_families.py too)."""
    expected = load_records(path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json"))
    produced = committed_records(path) if path.resolve().is_relative_to(REPO) else extract_file(path)
    assert len(produced) == len(expected), path.name
    stem = path.name.rsplit(".", 1)[0]
    return [(f"{stem}#{k}", e, g) for k, (e, g) in enumerate(zip(expected, produced, strict=True))]


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The committed layout dumps and the seed card's, made now from its PDF rendering."""
    seed_dir = tmp_path_factory.mktemp("seed-layout")
    assert generate.main(["--out", str(seed_dir), "--seed-card", "--formats", "pdf,layout"]) == 0
    return sorted(LAYOUT.glob("*-layout.txt")) + sorted(seed_dir.glob("*-layout.txt"))


@pytest.fixture(scope="module")
def results(dumps: list[Path]) -> dict[str, tuple[dict[str, Any], dict[str, Any], float]]:
    """Per card: expected record, produced record, and the score of the same card's PDF."""
    out = {}
    for dump in dumps:
        pdf = {
            name.replace("-pdf#", "-layout#"): score_record(e, g).score()
            for name, e, g in _scores(_pdf_of(dump))
        }
        for name, e, g in _scores(dump):
            out[name] = (e, g, pdf[name])
    return out


def test_every_layout_dump_has_its_pdf_and_expected_record(dumps: list[Path]) -> None:
    assert len(dumps) == 11
    for dump in dumps:
        assert _pdf_of(dump).exists(), dump.name
        for rec in load_records(dump.with_name(dump.stem + ".expected.json")):
            assert rec["source"]["file"] == dump.name and rec["source"]["format"] == "txt"
            assert rec["source"]["page_start"] is None


def test_layout_dumps_score_within_margin_of_their_pdfs(results: dict[str, Any]) -> None:
    assert len(results) == 14
    short = {}
    for name, (e, g, pdf_score) in results.items():
        assert validate_record(g) == [], name
        got = score_record(e, g).score()
        if name in BELOW_PDF:
            assert got >= BELOW_PDF[name], (name, got)
        elif got < pdf_score - MARGIN:
            short[name] = (round(got, 3), round(pdf_score, 3))
    assert short == {}


def test_layout_dumps_have_no_wrong_figure(results: dict[str, Any]) -> None:
    wf = _wrong_figures()
    wrong = [(name, *w) for name, (e, g, _) in results.items() for w in _wrong_of(e, g)]
    n_figures = sum(len(wf.figures(e, g)) for e, g, _ in results.values())
    assert n_figures > 400
    assert wrong == []


def test_layout_corpus_scores_overall(results: dict[str, Any]) -> None:
    total = [score_record(e, g).score() for e, g, _ in results.values()]
    assert sum(total) / len(total) >= 0.94


def test_the_seed_rank_table_reads_cell_for_cell(results: dict[str, Any]) -> None:
    """Two cells one space apart (``대구·경북 울산·경남``) and a cell wrapped at its middle dot
    around the row's line (``대전·세종`` / ``·충남``) in the seed's layout dump."""
    _, got, _ = results["seed-gangwon-2-20-2024Q4-layout#0"]
    [rank] = [t for t in got["tables"] if t["header"] and t["header"][0][:1] == ["A등급"]]
    assert rank["rows"][0] == [
        "강원",
        "충북",
        "대구·경북",
        "울산·경남",
        "대전·세종·충남",
        "부산",
        "광주·전남",
        "제주",
        "전북",
    ]
    assert rank["rows"][1][4] == "84.36점"


def test_hand_written_dump_with_wrapped_cells() -> None:
    """A monospace dump (display width: Hangul two columns), rows without blank lines between
    them, cells wrapped onto the next line at their column, a header centred over the years."""
    path = LAYOUT / "card-00106-handwrapped.txt"
    [(_, e, g)] = _scores(path)
    assert score_record(e, g).score() == 1.0
    assert g["goals"][0]["target"] == "공공돌봄 프로그램 운영(25회)"  # wrapped between two words
    assert g["goals"][0]["detail"] == "공동육아나눔터 운영 및 이용 아동 지원"
    assert [i["label"] for i in g["outreach"]["items"]][0] == "주민간담회, 공청회 등"
    assert [c["label"] for c in g["funding"]["columns"]][-1] == "임기 후"


def test_layout_format_of_the_generator_matches_the_committed_dumps(tmp_path: Path) -> None:
    """samples.generate --formats layout renders the same dump the committed corpus holds."""
    assert (
        generate.main(["--out", str(tmp_path), "--count", "1", "--seed", "101", "--formats", "layout"]) == 0
    )
    made = tmp_path / "card-00101-layout.txt"
    assert made.read_text(encoding="utf-8") == (LAYOUT / "card-00101-layout.txt").read_text(encoding="utf-8")
    exp = json.loads((tmp_path / "card-00101-layout.expected.json").read_text(encoding="utf-8"))
    committed = json.loads((LAYOUT / "card-00101-layout.expected.json").read_text(encoding="utf-8"))
    assert exp == committed


@pytest.fixture(scope="module")
def family_results() -> dict[str, tuple[dict[str, Any], dict[str, Any], float]]:
    """The template families' layout dumps: expected record, produced record, the PDF's score."""
    out = {}
    for dump in sorted(FAMILY_LAYOUT.glob("*-layout.txt")):
        pdf = {
            name.replace("-pdf#", "-layout#"): score_record(e, g).score()
            for name, e, g in _scores(_pdf_of(dump))
        }
        for name, e, g in _scores(dump):
            out[name] = (e, g, pdf[name])
    return out


def test_every_family_has_layout_dumps_of_its_pdfs() -> None:
    dumps = sorted(FAMILY_LAYOUT.glob("*-layout.txt"))
    assert {d.name.rsplit("-", 2)[0] for d in dumps} == {f.name for f in FAMILIES}
    for dump in dumps:
        assert _pdf_of(dump).exists(), dump.name
        for rec in load_records(dump.with_name(dump.stem + ".expected.json")):
            assert rec["source"]["file"] == dump.name and rec["source"]["format"] == "txt"


def test_family_layout_dumps_score_within_margin_of_their_pdfs(family_results: dict[str, Any]) -> None:
    short = {}
    for name, (e, g, pdf_score) in family_results.items():
        assert validate_record(g) == [], name
        got = score_record(e, g).score()
        if name in FAMILY_BELOW_PDF:
            assert got >= FAMILY_BELOW_PDF[name], (name, got)
        elif got < pdf_score - MARGIN:
            short[name] = (round(got, 3), round(pdf_score, 3))
    assert short == {}


def test_family_layout_dumps_have_no_wrong_figure(family_results: dict[str, Any]) -> None:
    wf = _wrong_figures()
    wrong = [(name, *w) for name, (e, g, _) in family_results.items() for w in _wrong_of(e, g)]
    assert sum(len(wf.figures(e, g)) for e, g, _ in family_results.values()) > 400
    assert wrong == []


# Body-table cards (each family's first card with its whole body one ``label | content`` table,
# as tests/test_body_tables.py renders them; their PDFs read at 0.98 or more there) dumped with
# pdftotext -layout (samples/layout/body/, python -m samples.render_layout --body-tables): labels
# centred in their cells, glued to their content, beside table rows, wrapped. Scores they do not
# reach yet (a ratchet): every other card must reach BODY_TARGET.
BODY_LAYOUT = LAYOUT / "body"
BODY_TARGET = 0.98
BODY_BELOW: dict[str, float] = {
    # designed blind (session 25): the funding table's revised cells stacked (struck figure over the one in force,
    # the dump keeps no strikeout) make rows of two lines amid which the wrapped section label (`재원 투자계` /
    # `획(수정)`) falls: the label column is lost and the body after the overview left unread; no figure wrong.
    # Its body-table PDF, HWPX and HWP read 1.000 (tests/test_body_tables.py). The legend lost with the body, its
    # status `추진중 일부추진` (two different statuses side by side) is no one status since session 26's second
    # sweep round (extract.status_twice): null with a finding, its code no longer read right by the rules' order
    # (0.096 -> 0.090)
    "dasi-county-87001-body-layout#0": 0.08,
    # the same class on chaeum-city's first card since session 45 (first_seed 126001, 57006 0.991 before): the
    # section label's first line `02 재원 투자` printed on the funding table's 계 row, `계획 Budget` under it: the
    # label column lost from there, the body after the funding left unread (extract.table_unrecovered,
    # extract.low_coverage), no figure wrong: 0.167
    "chaeum-city-126005-body-layout#0": 0.16,
    # designed blind (session 25): moa-city's body table printed two pages a sheet (as its family layout dumps)
    "moa-city-88001-body-layout#0": 0.92,
    # designed blind (session 15): the side tables in the body's content column (a 월 | 추진내용 table read a
    # word a cell, the head rows of two numbered tables taken as cells), no figure wrong
    "mulbit-city-62003-body-layout#0": 0.95,
    # numbered section labels (<1> 사업개 / 요) wrapped in the label column are joined (0.11 -> 0.82);
    # the overview budget line wrapped inside a number and the goal rows' wrapped cells are not read
    "areum-district-26011-body-layout#0": 0.85,
    # designed blind (session 6): goal rows of year groups and the 계획 | 실적 goal table wrapped in
    # the body's content column
    "eunha-province-28002-body-layout#0": 0.94,  # 0.91 before session 10
    # (narae-city 29002: its funding head 연차별 투자계획, printed off the middle of the years it spans,
    # heads them since session 10: 0.79 -> 0.95; 0.99 since session 15: a cell centred on two rows of
    # unequal height spans them)
    # designed blind (session 6): the achievements' item tables nested in the body's content column
    # (no figure wrong); gureum-city 30002 reads 1.000 since session 7 (0.77 before)
    "iseul-county-31001-body-layout#0": 0.93,  # 0.924 -> 0.938 in session 23 (text_wrapped_dates.py)
    # designed blind (session 7): the goal table with the years across, its project cell centred on
    # its rows (read since session 8: 0.90 -> 0.97) and a page break moving cells (no figure wrong)
    "jinsol-county-34005-body-layout#0": 0.96,
    # (bitna-district 35003 reads 1.000 since session 11: an outreach head cell over two counts
    # naming two channels, 만족도 조사 전문가 자문, parted where the counts add up; 0.97 before)
    # hanul-special 33002 (designed blind, session 7: section labels with a bullet glyph, ● 공약 개요,
    # under a header table) reads 1.000 since session 9 (0.73 before)
    # dodam-district 38006 (designed blind, session 9) reads 1.000 since session 10 (0.89 before): its
    # funding label printed amid the table's rows (Ⅱ) 연차별 재원 투자계 / 획), longer than a label line
    # with its number, is a label (the number does not count towards a label's length)
    # nodeul-county 39005 (designed blind, session 9): section labels numbered as ordinals wrapped in
    # the narrow label column (제1장 사업 / 의 개요) open their cells since session 10 (0.38 -> 0.93); the
    # goal table's 추진상 / 황 head, placed in two cells, is one column word again since session 11
    # (the statuses read: 0.93 -> 0.99)
    # yunseul-city 40010 (designed blind, session 9): its quarterly goal table in the body's content
    # column reads since session 10 (0.90 -> 1.000)
    # designed blind (session 10): the goal table's project and 추진내용 cells wrapped in the body's
    # content column, the header's title wrapped in its cell, the goal heading read as an item (no figure wrong)
    "daon-special-city-42003-body-layout#0": 0.96,
    # designed blind (session 14): the goal projects wrapped in their narrow cell are cut at the wrap, and
    # the effects' label (■ Ⅵ. 기대효 / 과) whose second piece shares its line with the content is read as
    # a plan (no figure wrong)
    "gilmok-city-58006-body-layout#0": 0.96,
    # (dalbit-county 49019, designed blind in session 12: a booklet's two cards as body tables, reads 0.983 /
    # 1.000 since session 13, 0.83 / 0.93 before: the labels the template marks with a bullet glyph (◆)
    # wrapped in the label column, ◆ 군민 소통 / 실적, ◆ 향후 추진 / 계획, open their cells, the glyph opening
    # the card's other labels; a divider page's titles after the last cell end the region)
    # designed blind (session 12): its sections told in tables (the achievements' block column, the
    # funding by sub-project, the plans' quarter schedule) nested in the body's content column; since
    # session 13 (0.57 before) its bare first-level items closing on their dates are items, no side
    # table, and a short sub-item above one does not take it as its wrapped end
    "yeoreum-city-50002-body-layout#0": 0.86,
    # designed blind (session 26): the funding by sub-project nested in the body's content column unread (no
    # figure wrong), the [세부사업n] blocks' items read; since session 27 (0.850 before) the funding read (a
    # sub-project's wrapped name between two source rows, tests/test_layout_wrapped_lead_cells.py), then 0.970: a
    # bullet run into the label's piece at the content column parted (tests/test_layout_glued_labels.py)
    "gaji-county-91001-body-layout#0": 0.97,
    # (haetsal-county 57006, designed blind in session 13, reads 0.99 since session 14, 0.97 before: its
    # header bands, a bar of glyphs above the percent, are read as in the plain dump)
    # (dure-county 51003, designed blind in session 13, reads 1.000 since session 14, 0.75 before: the
    # period-group funding and the indicator goal groups, their centred cells as in the plain dump)
    # designed blind (session 15): as its plain dump (the goal rows); the header band's wrapped title read
    # since session 16 (0.67 before)
    "nalgae-city-61008-body-layout#0": 0.68,
    # designed blind (session 16): as its plain dump (the indicator goal table's rows off any column, unread);
    # since session 18 (0.65 before) the goal table under a title line closing the achievements' cell, its
    # head one long line, is the goals, its rows read where the sums prove the dropped blank actuals' places
    "gaeul-county-64001-body-layout#0": 0.91,
    # designed blind (session 16; its plain dumps 1.000 / 0.993): the body's label pieces printed on the funding
    # table's first two rows (`◇ Ⅱ. 재원 투      계 ...`, `자계획   국비 ...`) leave its columns unread; a `※` note
    # glued after a label piece ends the achievements' lines (the rest read as a side table); the goal table cut
    # by the page break and the outreach head wrapped in its cells are left unread; no figure wrong. Since session
    # 18 (0.44 before) the content lines pdftotext set a little left of the content column beside a label of wide
    # glyphs (a wrapped line's end, an item opened by the content's own bullet in a label's shape: ⦁ 주요내용)
    # stay in the body's region, so its cells (the label pieces on the funding rows among them) are read, and a
    # label piece's last syllable one space after a word (◇ Ⅳ. 도민 소) is no spread label with the cell after it
    # (계: no 소계), so the outreach row is the region's too (0.936 -> 0.973)
    "saemmul-province-65014-body-layout#0": 0.97,
    # designed blind (session 26): pdftotext -layout of the searchable scan's invisible word layer (its words
    # without spaces between them, stretched to their boxes), 0.969 at first measure, no figure wrong
    "saenal-district-90001-body-layout#0": 0.96,
    # designed blind (session 21; its plain dumps 1.000): the page break falls inside the outreach table's head
    # (the page number between the channels' first and second lines): its counts left unread, no figure wrong
    "geurim-city-78001-body-layout#0": 0.96,
    # designed blind (session 18; its plain dumps 0.996 / 1.000): the body's label pieces printed beside the
    # funding table's three header rows and the goal table's leave their columns unread, the achievements'
    # first item glued to the label (`3. 추진 실적 ⚬ ...`) and the outreach head wrapped in its cells; no figure wrong
    # (session 19: the goal table's pair rows end at the outreach head the layout reader set under them, so the
    # goals read, 0.468 -> 0.766; that head stays apart from its counts, unread)
    "dorae-county-68001-body-layout#0": 0.76,
    # designed blind (session 18): the body one label | content table over two newspaper columns; the funding
    # table's head wrapped in its narrow cells (총사업 / 비, 2023 / 년) leaves part of its columns unread
    "binnae-city-67003-body-layout#0": 0.96,
    # designed blind (session 19; its plain dumps 0.94 / 0.96): as the plain dumps (log dates printed at the
    # middle of their rows: the rows undated), and an unmarked row of the log glued to the item above it in the
    # body's content column (the rows after it hang under the wrong parent); no figure wrong
    "hayan-district-71001-body-layout#0": 0.80,
    # (baram-county 74001, designed blind in session 20, reads 1.000 since session 22, 0.957 before: the goal
    # table's wrapped project cell beside the stage bars, a bar no bullet item)
    # designed blind (session 21; its plain dumps 0.865 / 1.000): as the plain dump (a note line glued to the
    # unmarked row under it, the side table unread), a wrapped item's rest in the content column read apart; the side
    # table read since session 33 (layout2, as the plain dump): 0.811 -> 0.878
    "gippeum-county-77001-body-layout#0": 0.87,
    # designed blind (session 22): the sheet grid laid in the body table's content cell, its headings centred on the
    # sheet: read 0.644, no figure wrong (left as found)
    "jangbu-county-81001-body-layout#0": 0.64,
    # designed blind (session 23; its plain dumps 0.912 / 0.829): the body table's content column squeezes the
    # numbered grids, their cells wrapped over several lines each (dates and items read in pieces); no figure wrong
    # (session 23, later: the row-number head wrapped in its column (번 / 호) and a row's number after the label
    # column's text taken off (text_row_numbers.py), dates wrapped around their rows joined where proven one
    # (text_wrapped_dates.py): 0.673 -> 0.933; the iseul-county and gaeul-county dumps' wrapped dates too)
    "boram-city-82001-body-layout#0": 0.93,
    # designed blind (session 24): as its plain layout dump (the goal slide's wrapped project cells, the overview's
    # first content line above its label); no figure wrong
    "dallae-city-84001-body-layout#0": 0.86,
    # (oreum-district 92001, session 26: the list-row header wrapped in its narrow cells and the body's label column
    # holding the headings' numbers glued to their titles beside the funding table's rows (2재정계획 on the 합계
    # row): 0.641; reads 1.000 since session 27: the header's head block read as the plain dump's lines, the glued
    # labels (tests/test_header_option_apart.py, tests/test_layout_glued_labels.py))
    # (dajim-district, modelled on real pages in session 27): floored at the target
    "dajim-district-93001-body-layout#0": 0.98,
    # (norae-city, session 28): 1.000, floored at the target
    "norae-city-96001-body-layout#0": 0.98,
    # (session 27) as its plain layout dumps: the watermark's letters; session 28: the trail blanked (0.208 -> 0.277:
    # the body table's label column the diagonal crosses still cut, a glyph glued before a year head, 12018년, left;
    # tests/test_text_diagonal_marks.py)
    "angae-county-95001-body-layout#0": 0.27,
    # session 37's families, measured when made, not fixed (haeoreum-city; byeori-county 98002 reads 1.000 since session
    # 38, 0.125 before: a glyph alone at the content column, the header's wrapped department cell's `-`, started the
    # body's region inside the header table, tests/test_layout_38.py)
    "haeoreum-city-99001-body-layout#0": 0.87,
    # session 38's families, measured when made (0 wrong): saeron-city 0.865, haneum-county 0.893
    "saeron-city-100002-body-layout#0": 0.86,
    "haneum-county-101003-body-layout#0": 0.89,
    # (hansol-district 104002, session 40's famgen4 family: its bracketed circled headings wrapped in the body's
    # narrow label column, `【 ① 사업개` / `요】`, lost the label column and most sections, 0.330 / 0.325; read since
    # session 42's labelcol: 1.000 / 1.000, tests/test_labelcol_42.py)
    # session 41's famgen5 family bada-city (tests/test_famgen5_41.py), seen and not fixed: as its plain layout dump,
    # the goal rows' worded targets wrapped in their cells beside the first targets (당초목표), the table unread;
    # no figure wrong (0.915)
    "bada-city-106006-body-layout#0": 0.91,
    # session 42's famgen7 family nadeul-county (tests/test_famgen7_42.py), seen and not fixed: its funding's shares
    # column (`국비 39% · 도비` / `32% · 군비` / `29%`) wrapped above and below each row in the body's narrow cells, the
    # amounts unread (null); no figure wrong (0.895)
    "nadeul-county-113002-body-layout#0": 0.89,
    # session 42's famgen6 family pureun-county (tests/test_famgen6_42.py), seen and not fixed: as its plain layout
    # dump, the goal table with the whole term's target beside the year's, its cells wrapped, unread; no figure wrong
    # (0.810)
    "pureun-county-111003-body-layout#0": 0.81,
    # session 43's famgen9 family meari-city (tests/test_famgen9_43.py), seen and not fixed: as its plain layout
    # dumps, the achievements tables with a side table inside mixed; no figure wrong (0.747)
    "meari-city-114003-body-layout#0": 0.74,
    # session 43's famgen8 families, seen and not fixed (no figure wrong): as their plain layout dumps (0.848, 0.978);
    # renumbered (renum8: seeds of their own), measured again: barun-county 117002 0.919, hamkke-city 116002 0.865
    "barun-county-117002-body-layout#0": 0.91,
    "hamkke-city-116002-body-layout#0": 0.86,
    # session 44's famgen11 families (tests/test_famgen11_44.py), seen and not fixed (no figure wrong): bitsaem-city's
    # landscape two-pane card with its body made one label | content table (0.142: its panes nested in the table's
    # cells, most sections unread), moraenae-county's one-table body nested again (0.574)
    "bitsaem-city-120001-body-layout#0": 0.14,
    "moraenae-county-121004-body-layout#0": 0.57,
    # session 45's famgen12 family bomnal-county (tests/test_famgen12_45.py), seen and not fixed: its body made one
    # label | content table under -layout (0.215; 0.198 blind), most sections unread; no figure wrong
    "bomnal-county-123001-body-layout#0": 0.21,
    # session 45's famgen13 (measured when made, 0 wrong; seen, not fixed): gamro-city 0.922, nabi-county 0.970
    "gamro-city-124005-body-layout#0": 0.92,
    "nabi-county-125001-body-layout#0": 0.97,
}


@pytest.fixture(scope="module")
def body_results() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    return {
        name: (e, g) for dump in sorted(BODY_LAYOUT.glob("*-body-layout.txt")) for name, e, g in _scores(dump)
    }


def test_every_family_has_a_body_table_layout_dump(body_results: dict[str, Any]) -> None:
    assert {n.rsplit("-", 3)[0] for n in body_results} == {f.name for f in FAMILIES}
    for dump in BODY_LAYOUT.glob("*-body-layout.txt"):
        for rec in load_records(dump.with_name(dump.stem + ".expected.json")):
            assert rec["source"]["file"] == dump.name and rec["source"]["format"] == "txt"


def test_body_table_layout_dumps_score(body_results: dict[str, Any]) -> None:
    short = {}
    for name, (e, g) in body_results.items():
        assert validate_record(g) == [], name
        got = score_record(e, g).score()
        if got < BODY_BELOW.get(name, BODY_TARGET):
            short[name] = round(got, 3)
    assert short == {}


def test_body_table_layout_dumps_have_no_wrong_figure(body_results: dict[str, Any]) -> None:
    wf = _wrong_figures()
    wrong = [(name, *w) for name, (e, g) in body_results.items() for w in _wrong_of(e, g)]
    assert sum(len(wf.figures(e, g)) for e, g in body_results.values()) > 250
    assert wrong == []


def test_header_tables_stacked_in_one_block_are_read_as_two_tables() -> None:
    """maru-county 19001: the header printed as two tables one under the other (five columns, a
    department wrapped over three lines around its row; then four), one aligned block whose rows
    share no one set of columns: read as two tables, every header field right (was 0.965: the
    title took the whole value row)."""
    from pledgecard.extract.readers import text

    path = BODY_LAYOUT / "maru-county-19001-body-layout.txt"
    doc = text.read(path.read_bytes(), path=str(path))
    tops = [b for b in doc.blocks[:3] if isinstance(b, Table)]
    assert [(t.n_rows, t.n_cols) for t in tops] == [(2, 5), (2, 4)]
    assert not any(a <= 5 <= b for a, b in doc.unrecovered)
    [(_, e, g)] = _scores(path)
    assert {k: g["header"][k] for k in e["header"] if k != "lead_dept"} == {
        k: v for k, v in e["header"].items() if k != "lead_dept"
    }
    assert g["header"]["lead_dept"].replace(" ", "") == "농업기술센터기술보급과"  # wrapped in 기술보급과
    assert score_record(e, g).score() == 1.0


def test_an_unaligned_header_block_gives_no_wrong_header_field(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same card with its header block left unaligned (as a reader that cannot cut it into
    its tables would): a row of cells run together gives no free-text field (the title took the
    whole row); what is not read is null, and the block is reported."""
    from pledgecard.extract.cards import extract_card_results
    from pledgecard.extract.readers import text, text_layout

    monkeypatch.setattr(text_layout, "stacked_tables", lambda lines, lexicon="": None)
    path = BODY_LAYOUT / "maru-county-19001-body-layout.txt"
    doc = text.read(path.read_bytes(), path=str(path))
    assert any(a <= 5 <= b for a, b in doc.unrecovered)  # the shape: the header block is unaligned
    [expected] = load_records(path.with_name(path.stem + ".expected.json"))
    [card] = extract_card_results(doc, file_name=path.name)
    header = card.record["header"]
    wrong = {
        k: header[k]
        for k in expected["header"]
        if header[k] not in (None, []) and header[k] != expected["header"][k]
    }
    assert wrong == {}
    assert header["title"] is None
    assert any(
        f["code"] == "extract.table_unrecovered"
        and (f["location"], f["source_location"]) == ("header", "line 3-11")
        for f in card.findings
    )  # at the record part it stood in, printed at its lines


def test_stacked_header_values_run_together_stay_one_unaligned_block(tmp_path: Path) -> None:
    """maru-county 19009 with its header rows in the body table, dumped: in the second header
    table a department list and the target run together in one measure (a value across two
    labels' columns), so the block is not cut into tables; its rows give every header field by
    kind all the same."""
    import dataclasses

    from samples.families import BY_NAME, family_records
    from samples.render_layout import render_layout

    fam = BY_NAME["maru-county"]
    [expected] = family_records(fam, 19009)
    path = tmp_path / "maru-county-19009-body-header-layout.txt"
    render_layout([expected], path, style=dataclasses.replace(fam.style, body_table=True, body_header=True))
    [got] = extract_file(path)
    assert {k: got["header"][k] for k in expected["header"]} == expected["header"]


# Further family cards, plain and as body tables (samples/layout/more/, python -m
# samples.render_layout --more; their PDFs read 1.000): rows cut by page breaks, amounts glued
# together, first cells centred on their row from the left edge. Ratchet as BODY_BELOW.
MORE_LAYOUT = LAYOUT / "more"
MORE_BELOW: dict[str, float] = {
    # the outreach table's header row cut by a page break: its one-line cells end page 3, its
    # two-line cells open page 4 beside the section label, and the two pages' columns do not
    # line up (민간전문가 자문 lies as near the column of 20 as of the one before): its counts
    # stay null with extract.table_unassigned. Read since session 6: the 민자 row the page break
    # cut off the funding table, and no goal row made of the outreach header's page-3 line.
    "solmae-county-13019-body-layout#0": 0.97,
}


@pytest.fixture(scope="module")
def more_results() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    return {name: (e, g) for dump in sorted(MORE_LAYOUT.glob("*-layout.txt")) for name, e, g in _scores(dump)}


def test_more_family_layout_dumps_score_with_no_wrong_figure(more_results: dict[str, Any]) -> None:
    assert len(more_results) == 12
    short, wrong = {}, []
    for name, (e, g) in more_results.items():
        assert validate_record(g) == [], name
        got = score_record(e, g).score()
        if got < MORE_BELOW.get(name, BODY_TARGET):
            short[name] = round(got, 3)
        wrong += [(name, *w) for w in _wrong_of(e, g)]
    assert short == {}
    assert wrong == []


# A body-table card whose outreach block the reader cannot align (a header cell wrapped over three
# lines, two header cells one space apart; made as the body dumps are: python -m
# samples.render_layout --body-table-card solmae-county 13043 DIR): its counts are left null with
# a finding, never read one column off from the block's text rows.
UNALIGNED = LAYOUT / "unaligned" / "solmae-county-13043-body-layout.txt"


def test_no_count_is_read_from_a_block_the_reader_could_not_align() -> None:
    from pledgecard.extract.cards import extract_card_results
    from pledgecard.extract.readers import text

    [(name, e, g)] = _scores(UNALIGNED)
    assert _wrong_of(e, g) == []
    assert validate_record(g) == []
    assert score_record(e, g).score() >= 0.89, name
    doc = text.read(UNALIGNED.read_bytes(), path=str(UNALIGNED))
    assert doc.unrecovered  # the block is left as text, not guessed into columns
    [card] = extract_card_results(doc, file_name=UNALIGNED.name)
    assert card.record["outreach"] is None
    lines = UNALIGNED.read_text(encoding="utf-8").split("\n")  # not splitlines: a form feed ends no line
    at = next(k for k, ln in enumerate(lines, 1) if "108회" in ln)  # the outreach values' line
    assert any(
        f["code"] == "extract.table_unrecovered" and a <= at <= b and f["location"] == "outreach"
        for f in card.findings
        for a, b in doc.unrecovered
        if f["source_location"] == f"line {a}-{b}"
    )


# Goal tables whose header row a page break cut (``추진상황`` / ``주요사업 목표치 추진내용`` ending
# a page, ``(완료/추진중/미착`` / ``수)`` opening the next, the rows below them): pdftotext measures
# each page on its own, so the parts do not line up.
SPLIT_HEADER = [
    MORE_LAYOUT / f"{stem}-layout.txt"
    for stem in ("yeoul-county-17025-body", "dasom-district-16005-plain", "nuri-province-15009-body")
]


def _tables(blocks: list[Any]) -> list[Table]:
    out = []
    for b in blocks:
        if isinstance(b, Table):
            out.append(b)
            for c in b.cells:
                out += _tables(c.blocks)
    return out


def _texts(blocks: list[Any]) -> list[str]:
    out = []
    for b in blocks:
        if isinstance(b, Table):
            for c in b.cells:
                out += _texts(c.blocks) if c.blocks else [c.text]
        else:
            out.append(b.text)
    return out


@pytest.mark.parametrize("path", SPLIT_HEADER, ids=lambda p: p.name)
def test_a_header_row_cut_by_a_page_break_is_joined_once_over_its_body(path: Path) -> None:
    from pledgecard.extract.readers import text

    doc = text.read(path.read_bytes(), path=str(path))
    expected = load_records(path.with_name(path.stem + ".expected.json"))
    tables = [t for t in _tables(doc.blocks) if "주요사업" in t.grid()[0][0]]
    assert len(tables) == len(expected)  # one goal table per card
    for goals in tables:
        header = goals.grid()[0]
        assert goals.n_cols == 4 and "목표치" in header[1] and "추진내용" in header[3]
        assert (
            header[2].replace(" ", "").startswith("추진상황(완료/추진중/미")
        )  # the new page's part, in its column
        assert all(row[1].startswith("<20") for row in goals.grid()[1:])  # year marks in the target column
    assert sum("(완료/추진중/미" in t for t in _texts(doc.blocks)) == len(
        tables
    )  # joined once, not left as text

    def squeezed(goal: dict[str, Any]) -> dict[str, Any]:  # a cell wrapped inside a word may keep a space
        return {k: v.replace(" ", "") if isinstance(v, str) else v for k, v in goal.items()}

    for e, g in zip(expected, extract_file(path), strict=True):
        assert [squeezed(x) for x in g["goals"]] == [squeezed(x) for x in e["goals"]]


def test_a_cut_header_with_fewer_cells_than_its_body_has_columns_is_not_placed(tmp_path: Path) -> None:
    """The header before the break names three cells where the body has four columns: nothing
    tells which column lacks its label, so the header is not put over the body (no guess)."""
    from pledgecard.extract.readers import text

    src = SPLIT_HEADER[0].read_text(encoding="utf-8")
    at = src.index("추진내용\n")
    path = tmp_path / "cut.txt"
    path.write_text(src[:at] + "        \n" + src[at + len("추진내용\n") :], encoding="utf-8")
    doc = text.read(path.read_bytes(), path=str(path))
    assert not [t for t in _tables(doc.blocks) if "주요사업" in t.grid()[0][0]]
    e = load_records(SPLIT_HEADER[0].with_name(SPLIT_HEADER[0].stem + ".expected.json"))[0]
    [g] = extract_file(path)
    assert _wrong_of(e, g) == []


def test_a_cell_centred_over_rows_of_two_row_groups_is_one_cell() -> None:
    """haneul-city 18003's goal table: the 주요사업 and 추진내용 cells span the rows 2024-2026,
    centred half-way between the 2024 row and the 2026 row, which a blank line sets in a row group
    of its own; each is one cell of the first row it spans (the goal reader carries it down),
    not cut in two at the 2025 row."""
    from pledgecard.extract.readers.text_columns import build_table
    from pledgecard.extract.readers.text_lines import split_lines

    path = MORE_LAYOUT / "haneul-city-18003-body-layout.txt"
    lines = split_lines(path.read_text(encoding="utf-8"))
    head = next(k for k, ln in enumerate(lines) if "달성률" in ln.text)
    end = next(k for k, ln in enumerate(lines) if k > head and "미착수" in ln.text)
    table = build_table(lines[head : end + 1], path.read_text(encoding="utf-8"))
    assert table is not None
    grid = table.grid()
    assert [row[1] for row in grid] == ["주요사업", "산업단지 조성", "", ""]
    assert [row[6] for row in grid] == ["추진내용", "지원센터 운영 및 재직자 지원", "", ""]
    [got] = extract_file(path)
    assert {(g["year"], g["project"], g["detail"]) for g in got["goals"]} == {
        (y, "산업단지 조성", "지원센터 운영 및 재직자 지원") for y in (2024, 2025, 2026)
    }


def test_a_row_of_amounts_ending_a_page_is_no_header_of_the_table_on_the_next() -> None:
    """The cut-header reading needs words over every column: the same page break under a row of
    labels joins it over the next page's rows (read by that page's columns), under a row of
    amounts leaves both alone."""
    from pledgecard.extract.readers.text_break_heads import header_over_break
    from pledgecard.extract.readers.text_lines import split_lines

    body = "\f   도비        4      17      21\n\n   군비        1      17      59\n"
    labels = split_lines("  구분          2024년     2025년    2026년\n\n" + body)
    got = header_over_break(labels, 0, set(), "")
    assert got is not None
    assert got[0].grid() == [
        ["구분", "2024년", "2025년", "2026년"],
        ["도비", "4", "17", "21"],
        ["군비", "1", "17", "59"],
    ]
    amounts = split_lines("  계          5     34     80\n\n" + body)
    assert header_over_break(amounts, 0, set(), "") is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("◈ 1. 사업개", True),  # a glyph no bullet level knows over a numbering (dasan-edu's body table)
        ("◎ 1. 사업개요", True),
        ("【 사업개요 】", True),
        ("◈ 2024년 계획", False),  # a figure after the glyph: no label
        ("○ 사업기간", False),  # a bullet item
    ],
)
def test_a_label_column_cell_may_carry_a_glyph_over_its_numbering(text: str, label: bool) -> None:
    from pledgecard.extract.readers.text_regions import label_shaped

    assert label_shaped(text) is label


def _by_year(goals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(goals, key=lambda g: (g["project"] or "", g["year"] or 0, g["target"] or ""))


def test_cells_centred_beside_the_rows_they_span_in_dure_dumps() -> None:
    """dure-county 51003: the outreach's channel labels set flush left under a ``구분`` head centred in
    its wide column are that column's (the first: nothing lies left of it); 51004: each indicator's
    name, unit and final target printed on the middle one of its three year rows, a blank line
    between every two rows, spans them (centred on them: the rows above and below leave those
    columns empty)."""
    [(_, e, g)] = _scores(FAMILY_LAYOUT / "dure-county-51003-layout.txt")
    assert g["outreach"] == e["outreach"]
    [(_, e, g)] = _scores(FAMILY_LAYOUT / "dure-county-51004-layout.txt")
    assert _by_year(g["goals"]) == _by_year(e["goals"])


def test_indicator_names_on_lines_between_their_target_and_actual_rows() -> None:
    """sanha-county 59004: ``목표`` row / indicator name / ``실적`` row, no blank line between two
    indicators: each name spans the two rows around it (it had spanned all four)."""
    [(_, e, g)] = _scores(FAMILY_LAYOUT / "sanha-county-59004-layout.txt")
    assert _by_year(g["goals"]) == _by_year(e["goals"])
