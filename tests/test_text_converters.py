"""The template families' cards as real converters dump them to text, scored with the shared
scorer: python-hwpx's ``hwpx-text-extract`` of the HWPX (tables one cell a line, page header and
footer printed first), poppler's ``pdftotext`` of the PDF in its default and ``-raw`` modes, and
pdfminer.six's ``pdf2txt.py`` of the PDF with its default options (text grouped into boxes: a table's
cells or columns printed as paragraphs apart, blank lines between, in an order of its own; run in
process through ``pdfminer.high_level.extract_text`` with the same default ``LAParams``), and pyhwp's
``hwp5html`` of the HWP turned to text by inscriptis (every line indented, tables laid out as aligned
columns whose rows a line of spaces parts, cells wrapped inside their column, a cell spanning rows
printed on its first row only: the rows under it laid out from the first column).
No figure may be wrong (a figure is right or null; the goals' too); each (family, dump) score may only rise."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pledgecard.scoring import load_records, wrong_goal_figures

from conftest import dumped_once, read_once, shared_tools

REPO = Path(__file__).resolve().parents[1]
FAMILIES = REPO / "samples" / "families"

# the reached fact score over a folder's PDF (or HWPX) cards, floored to 0.01: the eighty-one template
# families (samples/families/NAME) and the seed-like corpus (samples/corpus)
# (session 14, pdftotext's default mode: dasom, dure, iseul, maru, sinbi, sup, yunseul, daon raised to 0.80 or more
# and yeoreum 0.58 -> 0.60, -raw: mirae 0.96 -> 0.99, hwpx-text-extract: dure 0.93 -> 0.96,
# yunseul 0.73 -> 0.90, by reading the structures of tests/test_pdftotext_default.py)
# (session 15, pdftotext's default mode: sanha 0.24 -> 0.62, mirae 0.76 -> 0.90, sinbi 0.83 -> 0.88,
# solmae 0.89 -> 0.92, corpus 0.86 -> 0.94, by the structures of tests/test_pdftotext_apart.py: labels
# and cells printed apart)
# (session 16: the hwpx-text-extract and -raw floors raised to the measured scores, floored to 0.01; they
# sat 0.01-0.18 below since earlier sessions' fixes: eunha hwpx 0.82 -> 1.00, narae -raw 0.83 -> 1.00, ...)
FLOORS: dict[str, dict[str, float]] = {
    #                     hwpx-text-extract  pdftotext  pdftotext -raw
    "bomi-county": {"hwpx": 1.00, "pdftotext": 0.97, "raw": 1.00},
    "byeolbit-district": {"hwpx": 1.00, "pdftotext": 0.94, "raw": 1.00},
    "chorong-city": {"hwpx": 1.00, "pdftotext": 0.91, "raw": 0.94},
    "dahae-city": {"hwpx": 1.00, "pdftotext": 0.96, "raw": 0.98},
    "dasom-district": {"hwpx": 1.00, "pdftotext": 0.85, "raw": 0.96},
    "gaon-city": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 0.95},
    "garam-metro": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 1.00},
    "hanbit-province": {"hwpx": 1.00, "pdftotext": 0.95, "raw": 0.97},
    "haneul-city": {"hwpx": 1.00, "pdftotext": 0.92, "raw": 0.98},
    "haram-district": {"hwpx": 1.00, "pdftotext": 0.96, "raw": 0.97},
    "maru-county": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 0.91},
    "nuri-province": {"hwpx": 1.00, "pdftotext": 0.87, "raw": 1.00},
    "solmae-county": {"hwpx": 1.00, "pdftotext": 0.92, "raw": 0.95},
    "sora-city": {"hwpx": 1.00, "pdftotext": 0.94, "raw": 0.96},
    "yeoul-county": {
        "hwpx": 1.00,
        "pdftotext": 0.81,
        "raw": 0.98,
    },  # session 30: raw 0.99 -> 0.982: 17019 prints a
    #   two-line channel label after the others (outreach_wrapped_head): its column's place is not told, counts null
    # designed blind in session 6
    "areum-district": {"hwpx": 1.00, "pdftotext": 0.84, "raw": 0.93},
    "saebom-county": {"hwpx": 1.00, "pdftotext": 0.97, "raw": 0.98},
    "eunha-province": {"hwpx": 1.00, "pdftotext": 0.95, "raw": 0.93},
    "narae-city": {"hwpx": 1.00, "pdftotext": 0.92, "raw": 1.00},
    "gureum-city": {"hwpx": 0.99, "pdftotext": 0.97, "raw": 1.00},
    "iseul-county": {"hwpx": 1.00, "pdftotext": 0.87, "raw": 1.00},
    # designed blind in session 7
    "jinsol-county": {"hwpx": 0.88, "pdftotext": 0.86, "raw": 0.88},
    "bitna-district": {"hwpx": 1.00, "pdftotext": 0.80, "raw": 0.95},
    "dasan-edu": {"hwpx": 1.00, "pdftotext": 0.98, "raw": 0.93},
    "hanul-special": {"hwpx": 1.00, "pdftotext": 0.94, "raw": 0.97},
    # designed blind in session 8 (pdftotext: the indicator goals and the transposed funding
    # printed column by column are left unread, no figure wrong; session 15: the funding's head short
    # of two source labels named by the overview's budget, 0.83 -> 0.88)
    "sinbi-county": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 1.00},
    # designed blind in session 8 (pdftotext: the sub-source rows under a spanning source, their
    # labels printed apart from them, are left null: 17 figures were read under the wrong labels before;
    # session 15: the labels printed after the amounts or amid the head go back to the rows that lost
    # them where the subtotals and the places' count prove it, 0.76 -> 0.90)
    "mirae-city": {"hwpx": 1.00, "pdftotext": 0.90, "raw": 0.99},
    # designed blind in session 9 (pdftotext: the page break cuts the transposed funding's first row off
    # its head, column by column: that row's figures are left null)
    "dodam-district": {"hwpx": 1.00, "pdftotext": 0.99, "raw": 1.00},
    # designed blind in session 9 (header values wrapped in the narrow cells of the eight-cell row,
    # and in pdftotext the funding and goal tables printed column by column, are left unread)
    "nodeul-county": {"hwpx": 1.00, "pdftotext": 0.82, "raw": 0.98},
    # designed blind in session 9 (measured in session 10, no figure wrong: the overview's facts printed as
    # header rows and the quarterly goal table, as the converters print them, are partly left unread)
    "yunseul-city": {"hwpx": 0.90, "pdftotext": 0.82, "raw": 0.90},
    # designed blind in session 10
    "saemteo-metro": {"hwpx": 1.00, "pdftotext": 0.97, "raw": 0.98},
    # designed blind in session 10 (two columns side by side on a landscape page: a borderless layout
    # table holding the overview and funding on the left, the achievements on the right)
    "daon-special-city": {"hwpx": 0.99, "pdftotext": 0.84, "raw": 1.00},
    # designed blind in session 11 (first measured after the formats read 1.000: hwpx-text-extract 0.895, pdftotext
    # 0.841, -raw 0.977; pdftotext:
    # the goal table printed column by column and a wrapped coop cell, -raw: the header band's values
    # run together, are partly left unread, no figure wrong)
    # (session 22, pdftotext: goal blocks about the heading read with their years amid the rows, 0.946 -> 0.953)
    "gyeol-province": {"hwpx": 1.00, "pdftotext": 0.95, "raw": 0.97},
    # designed blind in session 11 (pdftotext: the goal table printed column by column is left unread;
    # funding cells printed after the next row's label leave the table null, 6 wrong figures before)
    "maeul-county": {"hwpx": 1.00, "pdftotext": 0.91, "raw": 1.00},
    # designed blind in session 11 (the whole card one table, the overview split by sub-labels, tables
    # nested in the content cells; pdftotext prints the body's cells column by column: the funding and
    # the goals left unread, no figure wrong; goal details run together with the 비고 cell stay null)
    "sup-district": {"hwpx": 0.99, "pdftotext": 0.80, "raw": 0.98},
    # designed blind in session 12 (open-sided tables: pdftotext prints no rules either way; the outreach
    # head whose channel labels wrap around the 계 line is left unread, no figure wrong)
    "noeul-city": {"hwpx": 1.00, "pdftotext": 0.90, "raw": 1.00},
    # designed blind in session 12 (a booklet of several pledges' cards behind a cover and a contents page;
    # pdftotext: goal rows printed column by column are left unread, no figure wrong)
    "dalbit-county": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 0.97},
    # designed blind in session 12 (sections told in tables: the achievements' block column, the funding by
    # sub-project, the plans' quarter schedule; session 13: read a cell a line and in -raw, 0.56 / 0.57 / 0.54
    # before; the schedule's marks a cell a line leave the plans' dates null; pdftotext: the block column's
    # cells printed amid the rows and the funding printed column by column are left unread, no figure wrong)
    "yeoreum-city": {"hwpx": 0.99, "pdftotext": 0.62, "raw": 0.93},
    # session 45 (first_seed 57001 -> 126001, its own pledges): pdftotext 0.770, its 126005's goal table printed a
    # column at a time under a spanning project cut by its words (21 goal figures unread, extract.table_unrecovered)
    # and its outreach's channels printed after the next heading's number (unread): no figure wrong
    "chaeum-city": {"hwpx": 1.00, "pdftotext": 0.76, "raw": 1.00},
    # designed blind in session 13 (header bands of labels over values, the people above the 담당자 in cells
    # of their own; pdftotext: goal projects cut by their cell (a title ending in a status word whose status
    # the dump prints later keeps it since session 14: 0.97 -> 0.98); -raw: the first band's values run
    # together on one line, the progress bar and the grade on lines of their own: left unread, no figure wrong)
    "haetsal-county": {"hwpx": 1.00, "pdftotext": 0.98, "raw": 0.96},
    "dure-county": {
        "hwpx": 0.96,
        "pdftotext": 0.90,
        "raw": 0.87,
    },  # session 24: a 비율(%) head a column: 0.861 -> 0.879
    # designed blind in session 14 (pdftotext: the goal table printed column by column, and a phone the dump
    # prints after the page's text, are left unread; -raw: the goal rows' project and detail cells wrapped around
    # the year rows; no figure wrong)
    # (session 28, pdftotext: the year column and the project column printed a column at a time above the rows,
    # each head word over its own cells, a project spanning the years that rise under it, and the rows' head's
    # 이행률(%) a rate word closed by its unit: read where the counts prove them (sections/goal_lead_runs.py):
    # 0.891 -> 0.960; mulbit 0.929 -> 0.931, mirae 0.903 -> 0.906 by the same; no figure wrong)
    "gilmok-city": {"hwpx": 1.00, "pdftotext": 0.96, "raw": 0.99},
    # designed blind in session 14 (section labels one syllable a line in a narrow column; session 15,
    # pdftotext: the syllables printed among their cell's lines joined where the cell begins, the funding's
    # total label printed after the table placed by the sums, 0.24 -> 0.629; the second page's goals, printed
    # out of any order, stay unread)
    "sanha-county": {"hwpx": 0.99, "pdftotext": 0.63, "raw": 0.82},
    # designed blind in session 14 (the title beside an approval box, fullwidth dates; pdftotext: the goal
    # table printed column by column and the channel counts under a wrapped label are left unread, no figure wrong)
    "onnuri-district": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 1.00},
    # oreum-district (session 26, real pages' wordings): pdftotext's default mode 0.375 -> 0.925 (its shaded headings
    # printed with the number glued to the title, 1사업개요: labels._names); a goal row the dumps run together unread
    "oreum-district": {"hwpx": 0.97, "pdftotext": 0.92, "raw": 0.90},
    # dajim-district: hwpx 0.903 -> 0.976, raw 0.90 -> 0.98 (its two funding tables read apart, funding_margin_lines)
    "dajim-district": {"hwpx": 0.97, "pdftotext": 0.69, "raw": 0.97},
    # norae-city (session 28, real material's wordings; its funding told by the term): hwpx 0.955 -> 1.000, pdftotext
    # 0.913 -> 0.991 (its ㅁ headings framed: heading_line_shape), raw 0.939, no figure wrong
    "norae-city": {"hwpx": 1.00, "pdftotext": 0.99, "raw": 0.93},
    # designed blind in session 15 (a 당초 / 변경 funding table under a diagonal corner, goals with empty cells):
    # measured blind hwpx-text-extract 0.539, pdftotext 0.554 with 5 wrong figures (a cell pdftotext printed out
    # of its row, dealt by count), -raw 0.527 with a junk goal; the goal rows whose empty cells the converters
    # drop (which cell is empty the dump does not tell) and the title and status wrapped in the header band's
    # narrow cells are left unread, no figure wrong
    # (session 23, -raw: the title's last syllable wrapped onto a line of its own, in the status's place by
    # count, is no status (a status is a status word of the vocabulary: extract/sections/status_values.py);
    # a status word ending the title gives way to the status printed with the date: 0.629 -> 0.642)
    "nalgae-city": {"hwpx": 0.64, "pdftotext": 0.51, "raw": 0.64},
    # designed blind in session 15 (the 개조식 text structure: a dated outreach log, plans under year lines)
    # (pdftotext: the outreach log printed column by column is left unread, no count paired)
    # (session 32 goals2, pdftotext: a goal table cut by a page after its first row read, 0.93 -> 0.948)
    "mulbit-city": {"hwpx": 0.95, "pdftotext": 0.94, "raw": 0.97},
    # designed blind in session 15 (the department's levels as sub-heads over their values, read a row a line,
    # a cell a line and in -raw; pdftotext prints the header table column by column: its values partly unread;
    # -raw: goal rows whose cells wrap around their year are left out; no figure wrong)
    # (session 23, pdftotext: the title printed under the 이행상황 label, its status printed above the label, is no
    # status (extract/sections/status_values.py): the status null, was the title; the score as before)
    "doran-city": {
        "hwpx": 0.99,
        "pdftotext": 0.86,
        "raw": 0.95,
    },  # hwpx 1.000 -> 0.996 since session 37 famgen (a null, 0 wrong)
    # designed blind in session 16 (the achievements and the plans side by side in one table under one heading
    # naming both): first measured hwpx-text-extract ~0.42, pdftotext ~0.41 (2 wrong counts: the goal table's
    # 추진상황 cell printed a cell a line read as a heading, the achievements read as plans), -raw 0.954; after,
    # the dumps print each row's plans cell after its achievements cell: the plans left unread, no figure wrong
    "neulpum-district": {"hwpx": 0.98, "pdftotext": 0.93, "raw": 0.95},
    # designed blind in session 16 (performance indicators with columns after the years, a block as a table by
    # quarter): measured after the formats read 1.000, hwpx-text-extract 0.556 -> 0.625 (the quarter table's head
    # cell of two words printed a cell a line), pdftotext 0.553 -> 0.670, -raw 0.677; the converters drop the
    # indicator rows' blank actual cells (which one is blank the dump does not tell): the goals left unread, no
    # figure wrong
    # (session 18: the goal rows whose blank actuals the dump dropped read where the sums prove their places,
    # extract/sections/goal_dropped_cells.py: hwpx 0.62 -> 0.93, -raw 0.67 -> 0.98)
    # (session 20, pdftotext: the goal table printed in two blocks, the head's words and each row's cells in two runs,
    # read where one dealing of the second block's lines to the rows places every row by its sums,
    # extract/sections/goal_year_blocks.py: 0.67 -> 0.978)
    "gaeul-county": {"hwpx": 0.93, "pdftotext": 0.97, "raw": 0.98},
    # designed blind in session 16 (money in mixed shapes; measured blind hwpx-text-extract 0.830, pdftotext 0.734,
    # -raw 1.000 with the table readers fixed: a stream of cells read (도비) (시군비) beside 지방비 and nulled every
    # amount against the sums; pdftotext: the goal table printed column by column is left unread, no figure wrong)
    # (session 29, pdftotext 0.904 -> 0.897: 65014's first goal row, its project wrapped over lines of its own, is read
    # whole with its project and year (goal_wrapped_project.py); the two rows after it, whose year and project print
    # after them, are left unread with the finding instead of read with neither and the first row's target garbled)
    "saemmul-province": {"hwpx": 1.00, "pdftotext": 0.89, "raw": 1.00},
    # designed blind in session 25 (a province's pledge across its 시군; measured with its formats read: hwpx-text-extract
    # 0.768 (the table of places printed a cell a line after the funding's cells nulled every amount), pdftotext
    # 0.689, -raw 0.935; after the cell-a-line table of places parted and the bracketed goals: 0.963, 0.885, 0.964; the 시군 | 추진내용 |
    # 추진일자 table's worded cells read apart and the goals split among 시군 left as they are, no figure wrong)
    "eoul-province": {"hwpx": 0.96, "pdftotext": 0.88, "raw": 0.96},
    # designed blind in session 26 (its PDF a searchable scan: pdftotext and pdfminer read the invisible word layer,
    # its words without spaces, no rules, its lines on the scan's skew; measured blind hwpx-text-extract 0.996,
    # pdftotext 0.941, -raw 0.967, no figure wrong)
    "saenal-district": {"hwpx": 0.99, "pdftotext": 0.93, "raw": 0.96},
    # gaji-county, designed blind in session 26 (funding by sub-project, an amount merged over two years): first
    # measured after its fixes, no wrong figure (the dumps' merged rows print fewer amounts than columns: unread)
    "gaji-county": {"hwpx": 0.93, "pdftotext": 0.90, "raw": 0.91},
    # hanui-county, designed blind in session 27 (a transposed funding table under a two-level head, 지방비 over
    # 소계 | 도비 | 군비, in 억원; a 집행현황 side table in 백만원): first measured after the txt fix hwpx-text-extract
    # 0.849, pdftotext 0.728, -raw 0.850, pdf2txt 0.699, hwp5html 0.915 with 24 wrong (an aligned block set the lower
    # head row's cells after 지방비); after funding_group_heads (the head in one run of words, the grid's head rows):
    # 0.990, 0.728 (pdftotext prints the head's cells out of order: the funding unread), 0.991, 0.699, 1.000, 0 wrong
    "hanui-county": {"hwpx": 0.98, "pdftotext": 0.72, "raw": 0.98},
    # angae-county, designed blind in session 27 (a watermark turned across every page): measured after its fixes
    # hwpx-text-extract 1.000 (the page header unprinted), pdftotext 0.718 (the watermark's letters scattered among
    # the lines), -raw 0.967, pdf2txt 0.653, hwp5html 1.000, no figure wrong
    "angae-county": {"hwpx": 0.99, "pdftotext": 0.71, "raw": 0.96},
    "soseul-county": {"hwpx": 1.00, "pdftotext": 0.92, "raw": 0.98},
    # session 37's families, measured when made (0 wrong): the stacked funding and halves goal tables in
    # converters' column-by-column or box-by-box prints not read, as other families' tables there
    "byeori-county": {
        "hwpx": 0.82,
        "pdftotext": 0.77,
        "raw": 0.79,
    },  # hwpx 0.825: its stacked funding tables unread in the dump (null, 0 wrong)
    "haeoreum-city": {"hwpx": 1.00, "pdftotext": 0.75, "raw": 0.73},
    # session 38's families, landed in session 39 and measured then (0 wrong): saeron-city hwpx-text-extract 0.866 (its
    # month tables a stream of cells there), pdftotext 0.644, -raw 1.000; haneum-county 1.000, 0.793, 1.000
    "saeron-city": {"hwpx": 0.86, "pdftotext": 0.64, "raw": 0.99},
    "haneum-county": {"hwpx": 0.99, "pdftotext": 0.79, "raw": 0.99},
    # session 40's families, measured when made (0 wrong): dasol-province hwpx-text-extract 1.000, pdftotext 0.767 (its
    # landscape nine-year funding table and boxed headings out of order there), -raw 1.000; bitgaram-county 1.000,
    # 0.947, 0.962
    "dasol-province": {"hwpx": 0.99, "pdftotext": 0.76, "raw": 0.99},
    "bitgaram-county": {"hwpx": 0.99, "pdftotext": 0.94, "raw": 0.96},
    # session 40's famgen4 families, measured when made (0 wrong after their fixes): hansol-district hwpx-text-extract
    # 1.000, pdftotext 0.822 (its second quarter's <year> goals of two projects unread), -raw 0.994; neulbit-county
    # 0.998, 0.947, 0.980. Session 41 (mend4): hansol pdftotext 0.918 (goal_stream.goal_marks_status_first reads each
    # <year> group, the second project's rows with a null project and extract.project_unproven)
    "hansol-district": {"hwpx": 0.99, "pdftotext": 0.91, "raw": 0.99},
    "neulbit-county": {"hwpx": 0.99, "pdftotext": 0.94, "raw": 0.97},
    # session 41's famgen5 families, measured when made (0 wrong): bada-city hwpx-text-extract 0.919 (its goal table a
    # cell a line with the first targets' column: unread), pdftotext 0.790, -raw 0.947; sansu-county 1.000, 0.913, 0.952
    "bada-city": {"hwpx": 0.91, "pdftotext": 0.78, "raw": 0.94},
    "sansu-county": {"hwpx": 0.99, "pdftotext": 0.91, "raw": 0.95},
    # session 42's famgen7 families, measured when made (0 wrong): olbit-city hwpx-text-extract 0.996, pdftotext 0.845,
    # -raw 0.991; nadeul-county 0.985 (0.896 before its transposed funding printed a cell a line with the shares
    # column was read: funding_cell_lines._shares_head), 0.785, 0.916 (0.872 before the shares cells' wrapped pieces
    # were skipped)
    "olbit-city": {"hwpx": 0.99, "pdftotext": 0.84, "raw": 0.99},
    "nadeul-county": {"hwpx": 0.98, "pdftotext": 0.78, "raw": 0.91},
    # session 42's famgen6 families, measured when made (0 wrong): sarang-city hwpx-text-extract 0.888 -> 1.000
    # (goal_extra_cell_lines: its 누계실적 and 부진사유 cells a line taken out), pdftotext 0.864, -raw 0.888; pureun-county
    # 0.868, 0.839, 0.868 (goal tables with a whole-term target printed a cell a line, or wrapped cells: unread)
    "sarang-city": {"hwpx": 0.99, "pdftotext": 0.86, "raw": 0.88},
    "pureun-county": {"hwpx": 0.86, "pdftotext": 0.83, "raw": 0.86},
    # session 43's famgen9 families, measured when made (0 wrong): meari-city hwpx-text-extract 0.978, pdftotext 0.867,
    # -raw 0.983; doldam-county 0.995, 0.938, 0.983 (1.000, 0.943 with its effects table printed a cell a line read:
    # effect_kind_rows)
    "meari-city": {"hwpx": 0.97, "pdftotext": 0.86, "raw": 0.98},
    "doldam-county": {"hwpx": 0.99, "pdftotext": 0.94, "raw": 0.98},
    # session 43's famgen8 families, measured when made (0 wrong): hamkke-city hwpx-text-extract 0.922, pdftotext 0.902,
    # -raw 0.919; barun-county 0.908, 0.884, 0.908 (their goal tables printed a cell a line or wrapped, left unread).
    # Renumbered (renum8: seeds of their own, hamkke 116002 / 116005, barun 117002 / 117003), measured again (0 wrong):
    # hamkke 0.856, 0.823, 0.853; barun 0.930, 0.883, 0.929
    "hamkke-city": {"hwpx": 0.85, "pdftotext": 0.82, "raw": 0.85},
    "barun-county": {"hwpx": 0.93, "pdftotext": 0.88, "raw": 0.92},
    # session 44's famgen10 families, measured when made (0 wrong): hanaro-county hwpx-text-extract 0.918, pdftotext
    # 0.909, -raw 0.918; saessak-city 0.917, 0.870, 0.994 (goal tables printed a cell a line or wrapped, left unread)
    "hanaro-county": {"hwpx": 0.91, "pdftotext": 0.90, "raw": 0.91},
    "saessak-city": {"hwpx": 0.91, "pdftotext": 0.86, "raw": 0.99},
    # session 44's famgen11 families, measured when made (0 wrong): bitsaem-city hwpx-text-extract 0.989, pdftotext
    # 0.862, -raw 0.981; moraenae-county 0.956, 0.815, 0.983
    "bitsaem-city": {"hwpx": 0.98, "pdftotext": 0.86, "raw": 0.98},
    "moraenae-county": {"hwpx": 0.95, "pdftotext": 0.81, "raw": 0.98},
    # session 45's famgen12 families, measured when made (0 wrong): haru-city hwpx-text-extract 0.861, pdftotext
    # 0.833, -raw 0.861; bomnal-county 0.914, 0.902, 0.914
    "haru-city": {"hwpx": 0.86, "pdftotext": 0.83, "raw": 0.86},
    "bomnal-county": {"hwpx": 0.91, "pdftotext": 0.90, "raw": 0.91},
    # session 45's famgen13 families, measured when made (0 wrong): gamro-city hwpx-text-extract 0.954, pdftotext
    # 0.780, -raw 0.979; nabi-county 1.000, 0.946, 0.998 (its header printed again a cell a line: one card)
    "gamro-city": {"hwpx": 0.95, "pdftotext": 0.77, "raw": 0.97},
    "nabi-county": {"hwpx": 0.99, "pdftotext": 0.94, "raw": 0.99},
    # designed blind in session 18 (term ordinals, 계획 | 확보 | 집행 runs with a 구성비(%) column, goal pair cells):
    # first measured with its formats read, hwpx-text-extract 2 wrong totals (the digits of 민선8기 1년차 read as
    # amounts in a stream of cells) -> 0.692 (the ordinals one token, the plan figures kept beside the share
    # column's); the goal table printed a cell a line or column by column is left unread, no figure wrong
    # (session 19: its pair cells printed a cell a line, in the table's order or with the spanning pair head
    # among the label heads, joined into rows (extract/sections/goal_pair_cells.py), a lone 189/123 no page
    # number, 연도별 목표(실적) no restated heading: hwpx 0.69 -> 1.00, pdftotext 0.63 -> 0.95; a share cell
    # pdftotext printed past the page break opens no outreach; that row's funding, short of it, stays null)
    # (session 20, pdftotext: the last funding row short of only its share cell read where the total row sums the
    # others, extract/sections/funding_short_tail.py: 0.951 -> 0.995; -raw: the share column closing the period line
    # under a corner line of its own (구분) no amount, 0.905 -> 0.993)
    # (session 23, -raw: the 추진상황 label's value printed on a line of its own under the 공약사업명 line is the
    # status, not that line's closing word (사업 추진 / 지연, extract/sections/header_lines.py _side_values): 0.993 -> 1.00)
    "dorae-county": {"hwpx": 1.00, "pdftotext": 0.99, "raw": 1.00},
    # designed blind in session 18 (pages in two newspaper columns, section labels drawn turned): hwpx-text-extract
    # 1.000 with the family's fixes; pdftotext and -raw print the turned labels and the two columns in their own
    # order (0.404 / 0.368): the sections they cut apart stay unread, no figure wrong
    # (session 19: headings stacked in falling order give the text after them to the highest, the overview's
    # lines printed in the header area read with an empty overview, the funding's cells printed under the next
    # heading go back to it, a date broken between year and month joined; -raw: the labels printed a word a
    # line joined, the achievements' first block printed above the stacked headings goes to them, and the
    # funding's unit line and first head cells printed above its spanning head cell go to the funding:
    # pdftotext 0.404 -> 0.721, -raw 0.368 -> 0.795; the second page's goals and outreach, printed out of
    # any order, stay unread)
    # (session 29: the rows beside a rotated label kept whole (render_pdf ``table.rotated``) print the labels after
    # the next page's, values before their labels: a header's value lines walked over to its first label, a stack
    # whose numbers skip giving its text to the section it reads as, the achievements' first block back from the
    # section numbered before them, a turned label after a table's lone cells joined (tests/test_readorder_29.py):
    # pdftotext 0.721 -> 0.780, -raw 0.796 -> 0.813)
    # (session 30: a header value printed above the labels paired with its lone label where one value and one label of
    # its kind prove it, a channel table's counts stopped at another table's years (tests/test_readorder_30.py):
    # pdftotext 0.780 -> 0.785; a channel table printed amid another section moved to its empty one where its sums
    # prove it, a count's wrapped note one cell: 0.785 -> 0.799; six seeds 0.712 with 4 wrong -> 0.730, 0 wrong)
    # (session 31: the title printed once amid the body read as the card's kind (tests/test_readorder_31.py):
    # pdftotext 0.799 -> 0.804)
    "binnae-city": {"hwpx": 1.00, "pdftotext": 0.80, "raw": 0.81},
    # designed blind in session 18 (bare headings told by type; measured after the formats read 1.000):
    # hwpx-text-extract 1.000, pdftotext 0.898, -raw 0.946, no figure wrong
    "haemil-province": {"hwpx": 1.00, "pdftotext": 0.89, "raw": 0.94},
    # designed blind in session 19 (checkbox choices, nested funding rows, footnote marks on figures): measured with
    # its formats read, hwpx-text-extract 0.900, pdftotext 0.826, -raw 0.932 (a part's label printed a cell a line,
    # `- 균특`, ended the stream as a bullet; `7,901주1)` read as two figures) -> 1.000 / 0.926 / 0.932: the goal
    # rows whose worded cells the dumps wrap are left out, no figure wrong
    "gyeoul-county": {"hwpx": 1.00, "pdftotext": 0.92, "raw": 0.93},
    # designed blind in session 19 (log tables of spanning year and month cells, a Gantt chart of months, effects
    # a table of kinds; measured after the formats read 1.000): hwpx-text-extract 0.704 and pdftotext 0.587 print
    # the log tables' head a cell a line (the rows read as loose lines), -raw 0.916; with such a head read
    # (extract/sections/log_tables.py) hwpx 0.980, pdftotext 0.721 (the tables printed column by column: their
    # rows and dates partly unread); no figure wrong
    # (session 20, pdftotext: a log block's one year and one month cell printed at their height, among the head's
    # cells and amid the rows, date its rows, extract/sections/log_spanning_dates.py: 0.721 -> 0.845; the goals,
    # printed before their heading and amid the achievements, stay unread)
    # (session 21, pdftotext: a goal table printed in two blocks about its heading, the rows' target / actual / status
    # above it and the years under it, rebuilt where the rows are as many as the years, extract/sections/goals_around_heading.py:
    # 0.845 -> 0.887; 71001's blocks, years printed in both, stay unread)
    # (session 22, pdftotext: 71001's block, two of its years printed amid its rows, each opening its row where only
    # that reading runs each project's years up one by one, its worded actuals and targets wrapped at the cell's edge
    # read: 0.885 -> 0.934; the project cells wrapped on two lines, which row is whose not printed, stay null)
    "hayan-district": {"hwpx": 0.98, "pdftotext": 0.93, "raw": 0.91},
    # designed blind in session 19 (goals a table of the as-of year's quarters and their 누계, a 계획 and a 실적 row
    # an indicator): measured after the formats read 1.000, hwpx-text-extract 0.929, pdftotext 0.928, -raw 0.929;
    # with the table read from a run of words (a row a line, or the name and unit on a line above the plan row:
    # extract/sections/goal_quarters.py) -raw 1.000; hwpx-text-extract prints a cell a line and its head cell
    # 성과지표 alone on a line reads as a section heading (the table under it a second goals section, unread);
    # pdftotext prints the table column by column (unread); no figure wrong
    # (session 20: a head cell restating the heading over the unit column's head stays its table's, hwpx 0.92 -> 1.00;
    # pdftotext's name and unit columns printed as a block before the quarters' head and rows rebuilt a row a line
    # where every indicator reads and sums, extract/sections/label_block.py: 0.928 -> 0.998)
    "gangmul-city": {"hwpx": 1.00, "pdftotext": 0.99, "raw": 1.00},
    # designed blind in session 20 (the text structure of a 개조식 report: ㄱ. headings, ◐ ◑ blocks, 1-1. items, hung
    # lines; measured after the fixes: hwpx-text-extract 0.970, pdftotext 0.963, -raw 0.988. hwpx: the outreach
    # table closing the card, a cell a line, loses its last count to the page-number rule (a bare figure last on
    # the dump's one page) and is left unread; pdftotext: the goal table printed column by column and -raw: a goal
    # row wrapped around its year are left out; no figure wrong). hwpx 0.970 -> 0.991: a bare figure closing the
    # page right under a cell, its row's sum proving it, is the table's last cell (extract/readers/text_last_cell.py)
    # (session 31, pdftotext: the one goal row's wrapped cells printed a line of each in turn, read where wrapping proves it
    # (extract/sections/goal_interleaved_box.py): 0.964 -> 0.975)
    "yeonbit-county": {"hwpx": 0.99, "pdftotext": 0.97, "raw": 0.98},
    # designed blind in session 20 (a header of group labels over their fields' rows, funding in 원 with 원 after
    # every figure, a Markdown dump): measured after the formats read 1.000, hwpx-text-extract 1.000, pdftotext
    # 0.756 (the wide funding table of 원 amounts printed column by column: unread), -raw 0.952 (a goal row of a
    # worded target beside a worded actual run together: left out); no figure wrong
    # (session 22, pdftotext: 75002's goal table printed under its heading with its first year amid the head words,
    # the project cell once before the rows and the last year after them, read where only that reading runs the years
    # up (extract/sections/goals_around_heading.py): 0.838 -> 0.886; the funding printed column by column stays unread)
    "ieum-county": {"hwpx": 1.00, "pdftotext": 0.88, "raw": 0.95},
    # designed blind in session 20 (first measured after the formats read 1.000: hwpx-text-extract 0.735, pdftotext
    # 0.735, -raw 0.926, 3 wrong outreach figures each (the year rows' first read); pdftotext and -raw: the goal
    # table's wrapped project cell, centred over rows a page break cuts, leaves its rows unread, no figure wrong)
    "baram-county": {"hwpx": 1.00, "pdftotext": 0.93, "raw": 0.93},
    # designed blind in session 21 (a dump of drawn tables; the converters' dumps measured with its fixes, no figure wrong)
    "geurim-city": {"hwpx": 1.00, "pdftotext": 0.99, "raw": 0.99},
    # designed blind in session 21 (tables typed at tab stops, no rules): hwpx-text-extract prints the typed lines
    # with their tabs (read as tables where the tabs prove the columns); pdftotext prints the typed goal table's
    # right-hand cells after its rows and -raw a blank project cell as nothing: those goal rows are left unread;
    # pdf2txt prints the goal table column block by column block: its goals left unread (a target run across
    # the table's head words, 달성률 추진상황, is no goal), no figure wrong
    # (session 21, the header typed `label<TAB>: value`: pdftotext's values printed apart, opening with the
    # separator, read without it; pdf2txt's box of values before the box of labels, as many, paired in order:
    # pdftotext 0.830 -> 0.860, pdf2txt 0.809 -> 0.846)
    "dolbit-city": {"hwpx": 1.00, "pdftotext": 0.86, "raw": 0.96},
    # designed blind in session 22 (the title and headings in text boxes, the as-of date in the page header,
    # footnotes on funding figures), measured after its fixes: hwpx-text-extract 0.883, pdftotext 0.882, -raw
    # 0.974, pdf2txt 0.806, hwp5html 0.910, no figure wrong (a call flattened onto an ungrouped figure, 7011),
    # leaves that figure unread)
    "yeolmae-county": {"hwpx": 0.88, "pdftotext": 0.88, "raw": 0.97},
    # designed blind in session 23 (a card bound as a report; the plans a Gantt table of half-years with 연번 and
    # 추진기간 columns), measured after its fixes: hwpx-text-extract 1.000 (the Gantt a cell a line: the printed
    # 추진기간 dates the plans'), pdftotext 0.915 and -raw 0.878 (the half-year heads wrapped in their narrow
    # columns, 상반 / 기: the Gantt unread; goal rows whose worded cells run together), no figure wrong
    # (session 24: the wrapped heads joined where a run of them makes period heads (extract/readers/text_wrapped_heads.py),
    # -raw's head a cell a line over rows a line closing with their marks, pdftotext's numbered plan table a cell a line
    # with its periods printed apart (sections/plan_numbered_cells.py), a period head alone no effect: pdftotext 0.915 ->
    # 0.941, -raw 0.878 -> 0.905; the goal rows stay as they were)
    "saetbyeol-county": {"hwpx": 1.00, "pdftotext": 0.94, "raw": 0.90},
    # designed blind in session 21 (achievement rows a page break cuts, hwpx-text-extract 0.819, pdftotext 0.607,
    # -raw 0.901, pdf2txt 0.760): pdf2txt prints a cut row's rest after the notes column's box and the page
    # furniture (one count paired with another item's before: 1 wrong figure), joined to its cut line where that
    # line is left open (extract/readers/text_cut_boxes.py); the rows cut with nothing left open, and pdftotext's
    # notes column printed amid the rows, stay partly unread, no figure wrong; session 34 (pdfdumps2): an item
    # table's columns printed apart, its row titles read as items (extract/sections/column_block_items.py): 0.637 -> 0.713
    "gippeum-county": {"hwpx": 0.81, "pdftotext": 0.71, "raw": 0.90},
    # designed blind in session 22 (figures printed with the ones they replaced, `1,200 → 1,350` / `(당초 1,200)`),
    # measured after its fixes: no figure wrong in any dump (pdftotext's default mode leaves part of the funding
    # and goals unread; hwpx-text-extract the change table's note cells)
    "gochim-county": {"hwpx": 0.96, "pdftotext": 0.75, "raw": 0.97},
    # designed blind in session 25 (superseded figures struck through, the figure in force after them): no dump keeps
    # the strikeout, the card's legend names it: values printed twice over left null (extract.markup_lost), no
    # figure wrong
    "dasi-county": {"hwpx": 0.80, "pdftotext": 0.77, "raw": 0.83},
    # designed blind in session 22 (the card one spreadsheet grid; measured with its fixes): pdftotext and -raw
    # print the sheet's rows with their cells apart, a few head and label cells of the wide grid left unread, no
    # figure wrong
    "jangbu-county": {"hwpx": 1.00, "pdftotext": 0.95, "raw": 0.93},
    # designed blind in session 23 (a web system's card printed by a browser; measured with its fixes): no figure
    # wrong; pdftotext prints the numbered grids' wrapped date cells and the header's pairs apart (left unread)
    # (session 23, later, hwpx-text-extract: the grid printed a cell a line, its row-number head alone and every
    # row's number on a line of its own, read without them (extract/readers/text_row_numbers.py): 0.906 -> 0.995)
    # (session 25, pdftotext: the list grids printed a cell a line in their content stream's order, a blank line after
    # each cell, their content and note heads printed amid the rows set back on the head and the row numbers taken off
    # and the first row's number printed before the head's cells put back after them (extract/readers/text_row_numbers.py):
    # 0.656 -> 0.920; pdf2txt: the note column a box past the rows taken off, 0.719 -> 0.742)
    # (session 31, pdftotext: the one goal row printed as column boxes read (extract/sections/goal_interleaved_box.py): -> 0.935)
    "boram-city": {"hwpx": 0.99, "pdftotext": 0.93, "raw": 0.96},
    # designed blind in session 24 (a card made as slides; measured with its fixes): no figure wrong; pdftotext's
    # default mode prints the key-fact tiles and the two-box overview side by side (part of the overview unread)
    # (session 25, pdftotext: 84002's footer drawn before the funding table, printed amid its head, is furniture where
    # every other numbered page prints it at an edge (extract/readers/text_running_amid.py), and the table's last cell
    # over the page number no page number (a page numbers itself once, text_last_cell.numbered_figures): 0.837 ->
    # 0.910; 84001's goal table, printed out of any order, stays unread)
    "dallae-city": {"hwpx": 0.99, "pdftotext": 0.90, "raw": 0.96},
    # designed blind in session 24 (an older HWP house style typed in fullwidth mode in places; measured with its
    # fixes, the funding section reading fullwidth ASCII as ASCII): no figure wrong; pdftotext's default mode prints
    # a cell of the small-type funding table's total row after the next block (its row left short, unread) and
    # the goal table's wrapped cells apart
    "hanmaru-county": {"hwpx": 1.00, "pdftotext": 0.87, "raw": 1.00},
    # designed blind in session 24 (a card taken from a quarterly report file opening with its summary pages; measured
    # with its fixes): no figure wrong; the list of pledges printed a cell a line starts no card (extract/front_matter.py)
    "hwarang-city": {"hwpx": 1.00, "pdftotext": 0.89, "raw": 0.98},
    # designed blind in session 25 (its PDF printed two pages a sheet, 모아찍기): no figure wrong; pdftotext's default
    # mode lays the sheet's two pages side by side on its lines (their rows run together): 0.451. Session 27: the plain
    # dump merges the two pages' blocks by their height on the sheet and prints no column nor indent telling which page
    # a line is of: not read apart; its cards say so (extract.pages_interleaved, text_sheets_across), no figure wrong
    # (session 31: the funding's last rows printed amid the header's cells put back where the total row sums them,
    # the channel cells printed after a funding proven whole set apart (tests/test_dump_order_31.py): 0.45 -> 0.558)
    "moa-city": {"hwpx": 1.00, "pdftotext": 0.55, "raw": 0.95},
    "corpus": {"pdftotext": 0.94, "raw": 0.99},
}

# pdfminer.six's pdf2txt.py (default options) of the same PDFs: first measured in session 20 (mean 0.725, 619 wrong
# figures: funding cells dealt by count off their places, a square table dealt turned, goal statuses and
# channel counts printed in boxes apart from their labels); with those left null where the tables' own sums,
# the overview's shares or the head's cells prove the places lost (extract/sections/funding_broken.py,
# tests/test_pdf2txt_boxes.py), no figure wrong (mean 0.717); the rest of what the boxes
# scatter stays unread (the families merged in session 20, yeonbit, ieum and baram, measured after the merge)
# (session 21: sanha 0.463 -> 0.819, its goal matrix printed a cell a line column by column read where one way of
# running the cells holds (extract/sections/goal_column_runs.py), moved from under a later heading of a stack of
# labels (goals_apart.py), a dated block heading after its stacked section's heading read as its block;
# binnae 0.540 -> 0.611, section labels drawn turned printed backward a character a line joined
# (extract/readers/text_turned_labels.py); nalgae 0.470 -> 0.496, the channel table's last rows printed under the
# next heading put back where the total sums them (outreach_apart.py); tests/test_pdf2txt_columns.py.
# Left: sora's labels and headings, set in a font whose embedded encoding CMap pdfminer does not read, are not
# printed at all; nalgae's goal matrix drops its blank actuals (no way of running the cells is proven))
# (session 22: sora's font is a Type0 font whose /Encoding is a CMap stream of its own (WP-Encod-0), which pdfminer
# looks up by name among its predefined CMaps, finds none and decodes to nothing: every glyph of it dropped. The card
# now says so: a card of many lines naming at most one section and one of the header's own fields by their labels
# gets the finding extract.labels_unprinted (extract/labels_lost.py, tests/test_labels_lost.py); its score stays)
# (session 29: a goal row printed a cell a line with its project cell wrapped over lines of its own, joined where the
# rate proves the cells after it (extract/sections/goal_wrapped_project.py, tests/test_pdf2txt_wrapped_29.py): mulbit
# 0.826 -> 0.843, solmae 0.808 -> 0.821, soseul 0.892 -> 0.922, no figure wrong; later: the status and 추진내용
# columns printed as runs after the rows, and the year column printed as a run before them, put back a cell a row
# where the counts prove the pairing (extract/sections/goal_status_runs.py): hanul 0.709 -> 0.726, gochim 0.680 ->
# 0.715, no figure wrong)
# (session 30: a goal table whose year column pdf2txt prints as a run before the rest of its head, then the project
# cells, the rows' target / actual / rate cells, then the status run, rebuilt where each row's rate proves its cells
# and the projects are one a row or one a group of rising years (extract/sections/goal_block_runs.py,
# tests/test_pdf2txt_goals_30.py): gilmok 0.803 -> 0.873, maeul 0.713 -> 0.801, haneul 0.770 -> 0.816 (a head naming
# the year, its years a run amid the pieces, the last rows printed column by column), narae 0.675 -> 0.723 (the first
# rows' statuses printed after them), no figure wrong; mean of the 82 folders 0.7466 -> 0.7497; then a table printed
# a column box at a time, each box under its head word(s): haetsal 0.807 -> 0.831, mulbit 0.826 -> 0.867, noeul
# 0.751 -> 0.788, no figure wrong, mean 0.7497 -> 0.7509, goal facts 439.7 -> 590.7 of 3857 in all)
# (session 30: a funding table read whole but left null, its figures dealt in the dump's print order, placed back
# where its sums leave one placement a cell printed after the one above it and the one left of it can take, the
# overview's budget agreeing (extract/sections/funding_sum_search.py, funding_print_boxes.py,
# tests/test_pdf2txt_funding_30.py): mean 0.747 -> 0.759, funding cells 1968 -> 2424 of 4942, no figure wrong;
# dahae 0.645 -> 0.839, saebom 0.754 -> 0.879, iseul 0.712 -> 0.831, hwarang 0.845 -> 0.926, boram 0.742 -> 0.830)
PDF2TXT_FLOORS: dict[str, float] = {
    # jangbu-county (designed blind, session 22): pdf2txt prints the sheet's boxes column by column, the header's
    # labels, then its values, then the title (the card's own title amid its header starts no card since); the
    # tables' cells printed a box a column are left unread, no figure wrong
    "jangbu-county": 0.48,
    "dallae-city": 0.91,  # session 24: a card made as slides, measured with its fixes, no figure wrong
    "hwarang-city": 0.92,  # session 24 (designed blind; a report's summary pages first): no figure wrong
    "moa-city": 0.75,  # session 25 (designed blind; two pages a sheet: boxes of both pages in one order); session 41:
    #   its achievements' blocks printed above their heading moved under it (0.669 -> 0.756)
    "hanmaru-county": 0.80,  # session 24 (designed blind): the small-type funding table's cells boxed apart
    "boram-city": 0.82,  # session 23: the header's pairs printed as boxes in the overview, 0.710 -> 0.719
    #   (extract/sections/header_boxes.py; baram-county 0.913 -> 0.928 by the same)
    "areum-district": 0.88,
    "baram-county": 0.92,
    "binnae-city": 0.69,  # session 29 (rows kept whole beside their turned labels): 0.611 -> 0.615
    "bitna-district": 0.87,
    "bomi-county": 0.79,
    "byeolbit-district": 0.85,
    "chaeum-city": 0.84,  # session 45 (first_seed 126001): 0.846, 126005's goals unread (said), no figure wrong
    "chorong-city": 0.76,
    "corpus": 0.84,
    "dahae-city": 0.83,
    "dalbit-county": 0.81,
    "daon-special-city": 0.73,
    "dasan-edu": 0.62,
    "dasom-district": 0.82,
    "dolbit-city": 0.84,
    "dodam-district": 0.54,
    "dorae-county": 0.52,
    "doran-city": 0.86,
    "dure-county": 0.63,
    "eunha-province": 0.66,
    "gaeul-county": 0.52,
    "gangmul-city": 0.84,
    "gaon-city": 0.83,
    "garam-metro": 0.75,
    "geurim-city": 0.94,
    "gilmok-city": 0.86,  # session 30: its year run before the head, its rows' cells after the projects: 0.803 -> 0.873
    #   (-> 0.863 by review-b's finding 3: 58006's two project lines over two groups of rising years were its rows'
    #   projects by luck, one name wrapped over two lines prints alike; no row's project read since)
    "gippeum-county": 0.76,
    "dasi-county": 0.67,  # designed blind (session 25): struck figures beside the ones in force, left null
    "gochim-county": 0.67,  # designed blind (session 22): the funding boxes of revised cells left null, none wrong;
    #   0.686 -> 0.680 once a value of no status kind reaches the status only where its position proves it (the status
    #   pair `A → B` printed apart from its label: null, was read); mendpdf 0.715 -> 0.680: a bare-figure target
    #   proves no wrapped project (the row unread)
    "gureum-city": 0.81,
    "gyeol-province": 0.76,
    "gyeoul-county": 0.75,
    "haemil-province": 0.73,
    "haetsal-county": 0.86,  # session 30: its goal columns printed a box at a time under their words: 0.807 -> 0.831;
    #   its funding placed by the sums: -> 0.864
    "hanbit-province": 0.73,
    "haneul-city": 0.81,  # session 30: its years a run after the project lines, rows column by column: 0.770 -> 0.816
    "hanul-special": 0.72,
    "haram-district": 0.67,
    "hayan-district": 0.63,
    "ieum-county": 0.85,
    "iseul-county": 0.83,
    "jinsol-county": 0.68,
    "maeul-county": 0.80,  # session 30: the rates printed as a run after the targets and actuals: 0.713 -> 0.801
    "maru-county": 0.75,
    "mirae-city": 0.71,
    "mulbit-city": 0.86,  # mendpdf: a bare-figure target proves no wrapped project (0.843 -> 0.826); session 30:
    #   its goal columns printed a box at a time under their words, 0.826 -> 0.867
    "nalgae-city": 0.50,
    "narae-city": 0.72,  # session 30: the first rows' statuses after them, the rest's a run: 0.675 -> 0.723
    "neulpum-district": 0.81,
    "nodeul-county": 0.85,
    "noeul-city": 0.78,  # session 30: its goal columns printed a box at a time under their words: 0.751 -> 0.788
    "nuri-province": 0.90,
    "onnuri-district": 0.85,
    "oreum-district": 0.87,
    "dajim-district": 0.74,
    "norae-city": 0.82,  # session 28: 0.795 -> 0.821 (its ㅁ headings framed)
    "saebom-county": 0.87,
    "saemmul-province": 0.63,
    "eoul-province": 0.55,
    "saenal-district": 0.93,  # designed blind (session 26): pdf2txt of the scan's invisible layer, 0.943
    "gaji-county": 0.83,
    "hanui-county": 0.69,
    "angae-county": 0.65,
    "soseul-county": 0.90,  # mendpdf: as mulbit (0.922 -> 0.907)
    "byeori-county": 0.73,  # session 37 (measured when made)
    "haeoreum-city": 0.72,  # session 37 (measured when made)
    "saeron-city": 0.56,  # session 38, landed in 39 (0.562: its month tables' boxes dealt apart, a block's
    #                               head cells after its first row's, leave the section no log of tables alone, as the
    #                               one rule reads it; h-famgen's broader rule read 0.636)
    "haneum-county": 0.57,  # session 38, landed in 39 (0.578: measured then)
    "dasol-province": 0.56,  # session 40 (measured when made: 0.568)
    "bitgaram-county": 0.63,  # session 40 (measured when made: 0.632)
    "hansol-district": 0.78,  # session 40, famgen4 (measured when made: 0.786)
    "neulbit-county": 0.73,  # session 40, famgen4 (measured when made: 0.732, 2 wrong goal figures -> 0)
    # session 41, famgen5 (measured when made: 0.304; 106006's vertical header printed its labels first and the values
    # after them: no title, the card unmatched; 0 wrong)
    "bada-city": 0.30,
    "sansu-county": 0.79,  # session 41, famgen5 (measured when made: 0.800)
    "olbit-city": 0.76,  # session 42, famgen7 (measured when made: 0.765)
    "nadeul-county": 0.78,  # session 42, famgen7 (measured when made: 0.781)
    "sarang-city": 0.82,  # session 42, famgen6 (measured when made: 0.829)
    "pureun-county": 0.66,  # session 42, famgen6 (measured when made: 0.668)
    "meari-city": 0.68,  # session 43, famgen9 (measured when made: 0.686)
    "doldam-county": 0.93,  # session 43, famgen9 (measured when made: 0.926; 0.931 its effects a cell a line read)
    "hamkke-city": 0.79,  # session 43, famgen8 (measured when made: 0.760; renum8's seeds 116002 / 116005: 0.797)
    "barun-county": 0.90,  # session 43, famgen8 (measured when made: 0.885; renum8's seeds 117002 / 117003: 0.904)
    "hanaro-county": 0.81,  # session 44, famgen10 (measured when made: 0.819)
    "saessak-city": 0.75,  # session 44, famgen10 (measured when made: 0.760)
    "bitsaem-city": 0.75,  # session 44, famgen11 (measured when made: 0.753)
    "moraenae-county": 0.69,  # session 44, famgen11 (measured when made: 0.698)
    "haru-city": 0.80,  # session 45, famgen12 (measured when made: 0.807)
    "bomnal-county": 0.74,  # session 45, famgen12 (measured when made: 0.746)
    "gamro-city": 0.71,  # session 45, famgen13 (measured when made: 0.711)
    "nabi-county": 0.86,  # session 45, famgen13 (measured when made: 0.864)
    "saemteo-metro": 0.69,
    "sanha-county": 0.81,
    "sinbi-county": 0.66,
    "solmae-county": 0.80,  # mendpdf: as mulbit (0.821 -> 0.808)
    "sora-city": 0.10,
    "sup-district": 0.69,
    "yeolmae-county": 0.80,
    "saetbyeol-county": 0.84,  # designed blind (session 23): the Gantt's half-year heads wrapped, its plans unread
    "yeonbit-county": 0.88,
    "yeoreum-city": 0.52,
    "yeoul-county": 0.80,
    "yunseul-city": 0.84,  # s31: funding_labels_amid nulled 40012's right table (0.76); s32: each run of labels leading its row, the total row summing: read again
}

# pyhwp's hwp5html of the HWP turned to text by inscriptis: first measured in session 21 (mean 0.924, worst 0.601,
# 73 wrong figures: rows under a cell spanning rows, and sub-heads under one spanning columns, laid out from the
# first column, their figures read under the wrong heads); a sub-head packed left goes under its spanning cell, a
# body row packed left out of its columns' kinds leaves its table to the text rows (extract/readers/text_packed_rows.py),
# left-aligned columns every row fills read by their left edges (text_left_columns.py), a row no reader aligned
# read a cell a line column by column, a sub-head packed left that no span places leaves its table to the text rows:
# mean 0.946, worst 0.642 (nalgae), no figure wrong (floors: the scores floored to 0.01)
# (session 22: a table inscriptis laid out knowing no spans read with the spans its dump proves, its columns exact
# from the padding (extract/readers/text_html_spans.py: a head of two rows over a sub-head, rows under cells spanning
# rows, a total spanning the columns its figure leaves; tests/test_html_spans.py): nalgae 0.64 -> 1.00, sanha 0.68 ->
# 0.998, dorae 0.81 -> 1.00, dure 0.83 -> 1.00, chorong 0.91 -> 0.965; a layout table's two cells side by side, its
# lines padded to one width, read column by column (text_side_columns.py): daon 0.745 -> 0.979; a period's number
# inscriptis prints a space before its word ('23. 3 분기) read as the period, no month (normalize/dates.py): hayan 0.830
# -> 0.865, gyeoul 0.912 -> 0.948, maru 0.955 -> 1.00, ...; no figure wrong)
# (session 22, later: a log table's rows told by their padding, a date cell spanning rows carried onto the short rows
# under it (extract/readers/text_html_logs.py, tests/test_html_logs.py); a schedule's year over its month cells and a
# goal table's short rows under its project and detail cells (text_html_spans.py): hayan 0.865 -> 1.00, garam 0.90 ->
# 1.00, gyeoul 0.948 -> 1.00, bomi 0.945 -> 1.00, corpus 0.966 -> 0.997, iseul 0.921 -> 0.969, ...; no figure wrong)
HWP5HTML_FLOORS: dict[str, float] = {
    # jangbu-county (designed blind, session 22): the whole card one table laid out on the sheet's columns; the
    # funding's year sub-head packed left (36 figures read a column off at first measure) leaves its table to
    # the text rows where a year would stand over the rows' labels or their sums (text_packed_rows.py): 0.906
    # (session 24: a company cell's corporate mark printed apart from its name, ㈜ 바른에너지, one word with it when the
    # row's words are dealt to the side table's cells (sections/side_tables.py): 0.906 -> 0.931; dolbit 0.957 -> 0.965,
    # daon 0.979 -> 0.996, boram 0.952 -> 0.969 by the same)
    # (session 24, later: a goal row cut at the cells inscriptis printed apart where its cell count proves them, one
    # cell fewer than the head the target alone under a spanning project (sections/goal_printed_cells.py): 0.931 ->
    # 1.00; areum 0.960 -> 1.00, bitna 0.971 -> 1.00, chorong 0.981 -> 1.00, dalbit 0.967 -> 0.994, dallae 0.974 ->
    # 0.995, haemil 0.980 -> 1.00, ieum 0.952 -> 1.00, yeolmae 0.913 -> 0.934, no figure wrong)
    "jangbu-county": 1.00,
    "dallae-city": 0.99,  # session 24: a card made as slides, measured with its fixes, no figure wrong
    "boram-city": 0.96,  # session 23: padded rows with empty first cells (text_html_padded.py): 0.921 -> 0.952
    "hanmaru-county": 1.00,  # session 24 (designed blind; measured with its fixes)
    "hwarang-city": 0.99,  # session 24 (designed blind; measured with its fixes)
    "moa-city": 1.00,  # session 25 (designed blind; the HWP the portrait document)
    "areum-district": 1.00,
    "baram-county": 0.95,
    "binnae-city": 1.00,
    "bitna-district": 1.00,
    "bomi-county": 1.00,
    "byeolbit-district": 1.00,
    "chaeum-city": 0.98,  # session 45 (first_seed 126001): 0.984, no figure wrong
    "chorong-city": 1.00,
    "corpus": 0.99,
    "dahae-city": 1.00,
    "dalbit-county": 0.99,
    "daon-special-city": 0.99,
    "dasan-edu": 1.00,
    "dasom-district": 0.96,  # session 23: its goal table nested in the body's table as wide as its cell read
    "dodam-district": 1.00,
    "dolbit-city": 0.96,
    "dorae-county": 1.00,
    "doran-city": 0.98,
    "dure-county": 1.00,
    "eunha-province": 1.00,
    "gaeul-county": 0.98,  # session 23: padded tables read by their lines of spaces (text_html_padded.py)
    "gangmul-city": 1.00,
    "gaon-city": 0.99,
    "garam-metro": 1.00,
    "geurim-city": 1.00,
    "gilmok-city": 1.00,
    "gippeum-county": 0.95,  # bare page numbers before the running header cut the pages: cut rows joined;
    #   session 23: those numbers end the dump's pages (text_page_cuts.py), the funding's total column beside its years a
    #   stub: the table cut by the break goes on after the furniture, 0.809 -> 0.882
    #   (later: a padded table's rows told by its lines of spaces, those with empty first cells too, and the cell
    #   a page break cut joined to its rest, a table after the indent's line one of its own, extract/readers/
    #   text_html_padded.py: 0.882 -> 0.956)
    "dasi-county": 0.83,  # designed blind (session 25): hwp5html keeps no strikeout either
    "gochim-county": 1.00,  # designed blind (session 22)
    "gureum-city": 1.00,
    "gyeol-province": 1.00,
    "gyeoul-county": 1.00,
    "haemil-province": 1.00,
    "haetsal-county": 0.98,
    "hanbit-province": 1.00,
    "haneul-city": 1.00,
    "hanul-special": 1.00,
    "haram-district": 1.00,
    # 0.829 while its log tables' rows were not told (a content cell's paragraphs parted by lines of spaces too);
    # 1.00 with the rows told by their padding and the date cells carried onto the short rows under them
    # (extract/readers/text_html_logs.py), its schedule's months and its goals' spanning project cells read
    # (text_html_spans.py)
    "hayan-district": 1.00,
    "ieum-county": 1.00,
    "iseul-county": 0.96,
    "jinsol-county": 1.00,  # session 23: project rows under a row-label column (text_html_spans.py): 0.889 -> 1.00
    "maeul-county": 0.99,
    "maru-county": 1.00,
    "mirae-city": 0.99,
    "mulbit-city": 1.00,
    "nalgae-city": 1.00,
    "narae-city": 1.00,
    "neulpum-district": 0.99,
    "nodeul-county": 0.98,
    "noeul-city": 1.00,
    "nuri-province": 0.97,
    "onnuri-district": 0.99,
    "oreum-district": 0.80,
    "dajim-district": 1.00,
    "norae-city": 1.00,
    "saebom-county": 0.99,
    "saemmul-province": 1.00,
    "eoul-province": 1.00,
    "saenal-district": 1.00,  # designed blind (session 26)
    "gaji-county": 0.93,
    "hanui-county": 0.99,
    "angae-county": 0.99,
    "soseul-county": 1.00,
    "byeori-county": 0.92,  # session 37 (measured when made)
    "haeoreum-city": 0.75,  # session 37 (measured when made)
    "saeron-city": 0.98,  # session 38, landed in 39 (0.981: measured then)
    "haneum-county": 0.99,  # session 38 (measured when made: 0.997)
    "dasol-province": 0.99,  # session 40 (measured when made: 0.996)
    "bitgaram-county": 0.99,  # session 40 (measured when made: 1.000)
    "hansol-district": 0.98,  # session 40, famgen4 (measured when made: 0.990)
    "neulbit-county": 0.96,  # session 40, famgen4 (measured when made: 0.967)
    "bada-city": 0.99,  # session 41, famgen5 (measured when made: 1.000)
    "sansu-county": 0.99,  # session 41, famgen5 (measured when made: 1.000)
    "olbit-city": 0.99,  # session 42, famgen7 (measured when made: 1.000)
    "nadeul-county": 0.97,  # session 42, famgen7 (measured when made: 0.975)
    "sarang-city": 0.98,  # session 42, famgen6 (measured when made: 0.984)
    "pureun-county": 0.99,  # session 42, famgen6 (measured when made: 1.000)
    "meari-city": 0.99,  # session 43, famgen9 (measured when made: 1.000)
    "doldam-county": 0.99,  # session 43, famgen9 (measured when made: 1.000)
    "hamkke-city": 0.99,  # session 43, famgen8 (measured when made: 1.000; renum8's seeds: 1.000)
    "barun-county": 0.99,  # session 43, famgen8 (measured when made: 1.000; renum8's seeds: 1.000)
    "hanaro-county": 0.99,  # session 44, famgen10 (measured when made: 1.000)
    "saessak-city": 0.99,  # session 44, famgen10 (measured when made: 1.000)
    "bitsaem-city": 0.98,  # session 44, famgen11 (measured when made: 0.987)
    "moraenae-county": 0.74,  # session 44, famgen11 (measured when made: 0.743; its body one table: seen, not fixed)
    "haru-city": 0.86,  # session 45, famgen12 (measured when made: 0.861)
    "bomnal-county": 0.99,  # session 45, famgen12 (measured when made: 1.000)
    "gamro-city": 0.99,  # session 45, famgen13 (measured when made: 1.000)
    "nabi-county": 0.99,  # session 45, famgen13 (measured when made: 1.000)
    "saemteo-metro": 1.00,
    "sanha-county": 0.99,
    "sinbi-county": 1.00,
    "solmae-county": 1.00,
    "sora-city": 1.00,
    "sup-district": 0.98,
    "yeonbit-county": 1.00,
    # yeolmae-county: the achievements' group line (❍ 2025년 4분기 현재) sits in a memo field (FieldUnknown) whose text
    # hwp5html leaves out, its paragraph printed empty as any spacer is: the dump holds no trace of it, the group
    # dates stay null with no finding (session 24: nothing printed tells the gap)
    "yeolmae-county": 0.93,  # session 23: the page header hwp5html prints once, its reporting point the as-of (cards.py): 0.910 -> 0.913
    "saetbyeol-county": 0.97,  # designed blind (session 23): goal rows whose worded cells run together
    # (session 24: the next block's cell stating its point (2026년 2분기 현재) before a row's own date, the rows printed past
    # the item table, opens that block, was the row's date with the block above carried (sections/item_tables.py); a
    # schedule of two years over numbered quarters read with its spans (text_html_spans.py): 0.921 -> 0.957)
    "yeoreum-city": 0.95,
    "yeoul-county": 1.00,
    "yunseul-city": 1.00,
}


def _folder(name: str) -> Path:
    return REPO / "samples" / "corpus" if name == "corpus" else FAMILIES / name


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(path).exists():
        pytest.fail(f"{name} not found (python-hwpx / poppler-utils are test requirements)")
    return path


def converter_dump(kind: str, src: Path, out: Path) -> None:
    """``src`` dumped to text by the converter ``kind`` (hwpx, pdftotext, raw, pdf2txt, hwp5html), written to ``out``:
    once a session by the converter and the file (conftest.dumped_once; the committed family files' dumps of the test
    below are dumped again by the dump modules)."""
    dumped_once(kind, src, out, lambda to: _dump(kind, src, to))


def _dump(kind: str, src: Path, out: Path) -> None:
    """:func:`converter_dump`'s dump itself, run each time."""
    if (
        kind == "hwp5html"
    ):  # pyhwp's hwp5html of the HWP, its XHTML turned to text by inscriptis (tables as columns)
        # hwp5html's default (an XHTML folder) run in this process as its main() runs it: the same transform
        # and XHTML, with no Python started a file (164 of them; 0.48 -> 0.24 s of CPU a dump, suitetime)
        from contextlib import closing

        import inscriptis
        from hwp5.hwp5html import HTMLTransform, open_dir
        from hwp5.xmlmodel import Hwp5File

        html_dir = out.with_suffix("")
        with closing(Hwp5File(str(src))) as hwp5file, open_dir(str(html_dir)) as dest:
            HTMLTransform().transform_hwp5_to_dir(hwp5file, dest)
        html = (html_dir / "index.xhtml").read_text(encoding="utf-8")
        out.write_text(inscriptis.get_text(html), encoding="utf-8")
        return
    if kind == "pdf2txt":  # pdf2txt.py's defaults, in this process (pdfminer.six comes with pdfplumber)
        from pdfminer.high_level import extract_text
        from pdfminer.layout import LAParams

        out.write_text(extract_text(str(src), laparams=LAParams()), encoding="utf-8")
        return
    if (
        kind == "hwpx"
    ):  # hwpx-text-extract's command line (its main) in this process: no Python started a file
        from hwpx.tools.text_extract_cli import main

        assert main(["--include-tables", str(src), "-o", str(out)]) == 0, src.name
        return
    cmd = [_tool("pdftotext"), *(["-raw"] if kind == "raw" else []), "-enc", "UTF-8", str(src), str(out)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def test_every_family_has_floors() -> None:
    """Every template family in samples/families (and the corpus) is scored under every converter: a family
    missing from FLOORS, PDF2TXT_FLOORS or HWP5HTML_FLOORS would be skipped silently by the test below."""
    names = {p.name for p in FAMILIES.iterdir() if p.is_dir()} | {"corpus"}
    assert (set(names) - set(FLOORS), set(FLOORS) - names) == (set(), set())
    assert (set(names) - set(PDF2TXT_FLOORS), set(PDF2TXT_FLOORS) - names) == (set(), set())
    assert (set(names) - set(HWP5HTML_FLOORS), set(HWP5HTML_FLOORS) - names) == (set(), set())
    assert all(set(f) == {"hwpx", "pdftotext", "raw"} for n, f in FLOORS.items() if n != "corpus")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_family_cards_dumped_by_real_converters(name: str, tmp_path: Path) -> None:
    sc, wf = shared_tools()
    scores: dict[str, float] = {}
    wrong: list[str] = []
    floors = FLOORS[name] | {"pdf2txt": PDF2TXT_FLOORS[name], "hwp5html": HWP5HTML_FLOORS[name]}
    for kind in floors:
        ext = {"hwpx": "hwpx", "hwp5html": "hwp"}.get(kind, "pdf")
        tally = sc.Tally()
        for src in sorted(_folder(name).glob(f"*-{ext}.{ext}")):
            out = tmp_path / f"{src.stem}-{kind}.txt"
            converter_dump(kind, src, out)
            expected = load_records(src.with_name(src.stem + ".expected.json"))
            got = read_once(out)  # (a dump read once a session: test_pdf2txt_funding_30 reads some again)
            assert len(got) == len(expected), out.name  # a page header printed first starts no card
            for exp, rec in zip(expected, got, strict=True):
                sc.score_record(exp, rec, tally)
                wrong += [
                    f"{kind} {src.name} {n}: {e} -> {g}"
                    for _, n, e, g in wf.figures(exp, rec)
                    if g is not None and g != e
                ]
                wrong += [f"{kind} {src.name} {w}" for w in wrong_goal_figures(exp, rec)]
        scores[kind] = tally.score()
    assert wrong == []
    assert {k: round(s, 3) for k, s in scores.items() if s < floors[k]} == {}


def test_a_section_word_heading_a_table_printed_a_cell_a_line_is_the_tables() -> None:
    """gangmul-city's hwpx-text-extract dump prints the goal table's head a cell a line, its first cell
    ``성과지표`` alone under the heading ``Ⅱ. 분기별 성과지표 추진실적``: the table's label cell, no heading
    restated (dropped before, the table then unread: 0.93 / 0.92); a bare section word over a head cell
    that opens another section is still its heading."""
    from pledgecard.extract.cards import split_sections
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line

    def lines(*texts: str) -> list[Line]:
        return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]

    table = lines("단위", "구분", "1/4분기", "2/4분기", "누계", "일자리 창출", "명", "계획", "85", "1", "86")
    secs = split_sections(
        [*lines("Ⅰ. 사업 개요", "사업기간 : 2022 ~ 2028", "Ⅱ. 분기별 성과지표 추진실적", "성과지표"), *table]
    )
    assert [s.name for s in secs] == [None, "overview", "goals"]
    assert [x.text for x in secs[2].items[:3]] == ["성과지표", "단위", "구분"]
    secs = split_sections([*lines("Ⅰ. 사업 개요", "사업기간 : 2022 ~ 2028", "성과지표"), *table])
    assert [s.name for s in secs] == [None, "overview", "goals"] and secs[2].items[0].text == "단위"
