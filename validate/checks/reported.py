"""Findings reported by the stages before validation, as check objects: what the extractor says it
missed (``extract.*``), text it had to clean (``normalize.control_characters``) and what putting
the batch's cards together found (``card.*``, :mod:`pledgecard.identity`).

Their failing rows are not computed here (an ``extract.*`` finding's ``location`` is the record path of
what it concerns, null for the whole card; where the card prints it is its ``source_location``): the stage that sees the problem makes the finding (with
:func:`pledgecard.validate.findings.finding` and the check object below), and validation adds it to
``findings.jsonl`` beside its own. They are objects like every other check so that their code,
severity and description live in one place and ``validate/CODES.md`` documents them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pledgecard.validate.checks._base import Check, Table

if TYPE_CHECKING:
    import pandas as pd

ORDER = 95

REPORTED = Table(name="reported", columns=("row_id", "card_id", "code", "location", "message"))


def _reported(df: pd.DataFrame) -> pd.Series:
    """every reported row is a failure (the stage that reports it decided)"""
    import pandas as pd

    return pd.Series(True, index=df.index)


def _describe(row: Mapping[str, Any]) -> tuple[Any, Any, str]:
    return None, None, str(row.get("message") or "")


def _check(
    code: str, name: str, description: str, fails_when: str, locations: str, severity: str = "warning"
) -> Check:
    return Check(
        code,
        name,
        severity,
        REPORTED,
        description=description,
        fails_when=fails_when,
        locations=locations,
        describe=_describe,
        compute=_reported,
    )


CHECKS = [
    _check(
        "extract.section_empty",
        "sections read",
        "a section heading was found and something was read under it",
        "the extractor found a section's heading and placed nothing under it in the record",
        "the section's record part (`funding`, `goals`, `overview` ...); `source_location`: its first line or cell",
    ),
    _check(
        "extract.table_unassigned",
        "tables placed",
        "every table holding figures was read by a section",
        "a table with two or more cells holding digits was taken by no section (kept in `unparsed`)",
        "the record part of the section the table stood in (`funding`, `achievements` ...; none under a heading no "
        "vocabulary names); `source_location`: the table's (`page 2`, `line a-b`)",
    ),
    _check(
        "extract.low_coverage",
        "text placed",
        "at least 90 % of the card's printed characters were placed in the record (unparsed excluded)",
        "less than 90 % of the card's printed characters are in a field (`source.coverage`)",
        "none (the whole card)",
    ),
    _check(
        "extract.table_unrecovered",
        "tables recovered",
        "every table of a text dump was mapped to rows and columns without guessing",
        "a text dump's aligned block the reader could not place in columns, and no section read it (its "
        "text is kept in `unparsed`), or a flattened funding table whose columns the layout cannot order "
        "(its cells are null, their printed text kept in `amounts_raw`), or a goal row read a column off (its "
        "actual a status word alone and no status, where the table's other goals print a status: its target and "
        "actual figures null, the printed text kept), or a funding table read to one subtotal row of no group, the "
        "rows it sums unread (its amounts null), or a year a text dump's goals section prints on a line of its own "
        "(`<2024>`) that no goal read carries (a goal lost: `observed.years`), or goals read with the status column's "
        "list of options (`(완료/추진중/미착수)`) as their project (the project null), or a scanned goal table's "
        "target cell the OCR grid spans over rows of different years, its lines not parted by position (their "
        "targets null), or a scanned goal unit read as a rule's stroke alone (`|`: the figures in it null)",
        "the record part of the rows (`funding`, `goals`, `header`; a goal read in part from the line: `goals[g]`; a "
        "block: its section's part, none when unknown); `source_location`: the block's lines (`line a-b`), the row's "
        "line or the funding table's first line",
    ),
    _check(
        "extract.unit_unprinted",
        "units printed",
        "every amount read comes with a unit printed on the card",
        "the funding table or the overview budget holds amounts but the card prints no unit for them (no "
        "unit line, no unit in a cell or after a figure): a funding cell printing its own unit is read with it, bare "
        "cells under a unit the table's sums prove (else null, `extract.unit_unproven`); a budget's bare amounts "
        "are read under the card's one unit line where its total is the funding table's under it (else the one unit "
        "making it the table's total, else its funding table's unit where the table's total is its total, else "
        "the one unit its sum proves, else null: `extract.unit_unproven`)",
        "`funding.unit` or `overview.budget.unit`; `source_location`: the table's or the budget's",
    ),
    _check(
        "extract.table_missing",
        "tables printed",
        "every table of the card is in the text dump read",
        "a text dump printed a converter's placeholder where a table stood (hwp5txt's `<표>`, vocabulary "
        "`[dump_placeholders]`): its cells are not in the text, what the table held is not in the record",
        "the record part of the section the placeholder stood in (`header`, `funding` ...; none under a heading no "
        "vocabulary names); `source_location`: the placeholder's line (`line n`)",
    ),
    _check(
        "extract.labels_unprinted",
        "labels printed",
        "the text dump read prints the card's labels and section headings beside its values",
        "a card of many lines names at most one section and at most one of the header's own fields "
        "(title, department, contact, partners) by its label: a converter that could not map the font "
        "they are set in dropped them (pdfminer's pdf2txt reads no embedded encoding CMap); which value "
        "is which the dump does not tell",
        "none (the whole card); `source_location`: the card's first line",
    ),
    _check(
        "extract.pages_interleaved",
        "pages read apart",
        "the text dump read prints each page's lines apart from the other pages'",
        "a plain text dump (pdftotext without -layout) of a PDF printed two pages a sheet (2-up) reads a sheet "
        "across its two pages, their lines merged: its set-off page numbers stand two a page of the dump, of "
        "consecutive pages, a few lines apart, on every page of it; which page a line is of the dump does not tell, "
        "the card's sections may be read in part (what is read stands in the dump's order)",
        "none (the whole card); `source_location`: the first such page's lines (`line a-b`)",
    ),
    _check(
        "extract.row_unread",
        "rows read",
        "every table row a section saw that names a record row (a funding source) is in the record",
        "a printed row naming a record row by its label holds a figure and a cell that is not one (`6#`, a "
        "word where a figure stood): the row is left out of the record whole, and no row of the record "
        "holds its label; the finding names the section, the row's label and the cells not read",
        "the section (`funding`: the row is in no record row); `source_location`: the row's label cell "
        "(`cell T1!A4`) or its line (`line n`)",
    ),
    _check(
        "extract.periods_unprinted",
        "sources' periods printed",
        "every funding source's amount a period is printed",
        "the card prints the funding's sources as their totals alone (a table of the sources' totals beside one "
        "of the periods' totals, no table crossing source and period): each source's period cells are null "
        "because the card does not print them, said once here rather than as an amount that could not be read "
        "(`normalize.unreadable_amount` is not reported for those cells); `observed` names the sources and "
        "periods (`rows`, `columns`: their record indexes)",
        "`funding`; `source_location`: the table of the sources' totals",
        severity="info",
    ),
    _check(
        "extract.unit_unproven",
        "units proven",
        "every funding or budget amount printed without a unit is read under a unit the card prints or proves",
        "the funding table (or the funding told in sentences) prints no unit (no unit line, none in a head, no "
        "card or overview budget unit) and its sums prove none (no sum tying a cell printed with its own unit, "
        "`10억`, to bare cells holds under exactly one unit): the bare cells are null, never taken as won as "
        "printed; cells printing their own unit are read with it (`normalize.unreadable_amount` is not reported "
        "for the nulled cells); `observed.cells` names them (record row and column indexes). The same for an "
        "overview budget printing no unit (`총사업비 : 120 (국비 60, 도비 60)`, no unit line, its funding table's "
        "unit not proven by its total): `observed.locations` names the amounts left null",
        "`funding` or `overview.budget`; `source_location`: the funding table's or the budget's line",
    ),
    _check(
        "extract.unit_inferred",
        "units printed, not inferred",
        "every funding or budget amount printed without a unit is read under a unit the card prints",
        "the funding table (or the funding told in sentences) or the overview budget prints no unit for its bare "
        "amounts and they are read under a unit the card proves: `observed.unit` the unit, `observed.proof` how "
        "(`table_sums`, `prose_sums`, `budget_sums`: the sums tying bare amounts to amounts printing their own "
        "unit hold under that unit alone; `budget_total`: the table's total under it is the overview budget's; "
        "`funding_total`: the budget's total under the funding table's unit is the table's; `funding_rows`: the "
        "budget's parts under it are the table's rows' sums by source; `budget_amounts`: "
        "the overview budget's printed unit, under which the table, printing no total, prints one of the budget's "
        "amounts); the amounts are read, a "
        "reviewer is told the unit was inferred",
        "`funding` or `overview.budget`; `source_location`: the funding table's or the budget's line",
        severity="info",
    ),
    _check(
        "extract.figure_in_text",
        "a figure read into a field",
        "every figure a headless table of dated items prints in a cell of its own is read into a field or said",
        "a plans or achievements row (a sheet's part: text, date, figure a cell) prints a bare figure in a cell of "
        "its own with no unit (`셔틀 차량 추가 구입 | 2026. 6. | 200`): it is kept in the item's text as printed, "
        "read into no field; `observed.row` the item's text, `observed.figure` the figure",
        "`plans` or `achievements`; `source_location`: the figure's cell",
    ),
    _check(
        "extract.periods_unproven",
        "a year's goal printed",
        "every goal of a table printing its years by their periods (상반기 | 하반기, 1분기 .. 4분기) holds the year's figure",
        "a years-across goal table prints each year over columns of its halves or quarters and does not prove "
        "that its figures are running totals to date (no running-total word in its head or in the note under "
        "it, or the targets do not strictly rise over the year's periods), or whose periods printed for a year "
        "stop short of its end (`'25 상반기` the year's last head; a table printing every year by its year-end "
        "period alone, `'24 4분기 | '25 4분기`, is read as printed): the periods' figures are the "
        "period's own and the card prints no figure of the year, so the year's goal has a null target and "
        "actual, never the year-end period's figure nor two goals of one year; `observed` names the year, the "
        "project and the year-end column",
        "`goals[k]`; `source_location`: the goal table",
    ),
    _check(
        "extract.goal_group_unsure",
        "goals under a proven row group",
        "every goal of a table of row groups by year (a row printing `2024년` alone over its projects) stands under "
        "the group the table prints it under",
        "a text dump's goal table of row groups prints, under one group, two project cells each opening on the next "
        "group's year, each laid over lines and starting where the group rows' years start (either could be that "
        "group's year line joined to its first project where no blank line parted them), or one project cell laid "
        "over lines holding that year amid its words (a row's rest, the year line and the next project's name run "
        "into one cell): the rows from the first "
        "of them to the group's end stand under no proven year, their target and actual figures are null, never "
        "one year's guessed; `observed.goals` the goals' indexes",
        "`goals[k]` (the first); `source_location`: the goal table",
    ),
    _check(
        "extract.goal_cells_unfit",
        "a goal's target read from its target cell",
        "every goal's target is read from a cell of the head's target column holding a target",
        "a goal table's row reads as its target a status cell's text (a status word opening it, `완료 (1.9km)`, or "
        "an actual in parentheses alone, `(141호)`): its cells stand under no head column of their kind (a short "
        "row a text dump packed left that no way of its cells' kinds places), so its target and actual figures are "
        "null, never the status cell's figure read as a target; `observed.goals` the goals' indexes",
        "`goals[k]` (the first); `source_location`: the goal table",
    ),
    _check(
        "extract.goal_cells_run",
        "a goal's target read from its own cell",
        "every goal row's target is its target cell's text, never the row's cells run together",
        "a text dump's goal row, read from its year, prints its cells before its status one space apart (the "
        "target's and the actual's figures, maybe the project's words or a rate: `주민 토론회 개최 2회 1회 50%`) "
        "and no way of the head's columns parts them: the target, its figure and unit are null, never the row's "
        "text read as the target; `observed.year` the row's year",
        "`goals[k]`; `source_location`: the goal table",
    ),
    _check(
        "extract.goal_target_unsure",
        "a goal's target read from the year's target column",
        "every goal's target is read from the one column holding the year's target",
        "a goal table heads two or more columns as targets (a project's whole-term target beside the year's, "
        "`총괄목표 | 연차목표`) and their cells do not tell which is the year's (the whole term's holds one figure a "
        "project, the year's differs from year to year; every project printed in one row, or several columns "
        "differing, tells nothing): the goals' target figures are null, never the whole term's read as a year's; "
        "`observed.goals` the goals' indexes",
        "`goals[k]` (the first); `source_location`: the goal table",
    ),
    _check(
        "extract.goal_actual_running_total",
        "a goal's actual read from a column of the year's actuals",
        "every goal's actual is read from a column printing the year's actual",
        "a goal table whose goals stand under two years or more (a year column or row groups) prints one actual "
        "column and heads it as a running total (`누계실적`, `실적(누계)`, `누적실적`): the total to date is no year's "
        "actual (only a one-year table's is the year's actual so far), so the goals' actuals are null, never a "
        "running total read as each year's actual; `observed.goals` the goals' indexes",
        "`goals[k]` (the first); `source_location`: the goal table",
    ),
    _check(
        "extract.actual_unplaced",
        "a goal's actual placed under its year",
        "every actual a goal matrix printed a sub-column at a time prints stands under the year its runs prove",
        "a text dump prints a goal matrix a sub-column at a time (each sub-column its head word `목표` / `실적` then "
        "a cell an indicator) and its runs do not print every year's 목표 then its 실적, each with its cells: an "
        "empty actuals column prints no cell, so a 실적 run may close the year before it or open the year after it; "
        "the targets are read (one 목표 run a year, in the years' order), every actual is null, never one given to "
        "a guessed year; `observed.goals` the goals' indexes",
        "`goals[k]` (the first); `source_location`: the goal table",
    ),
    _check(
        "extract.cut_cell_unproven",
        "a goal's figure proven its row's across a page break",
        "every goal cell a text dump prints at a new page's top is its row's own",
        "a text dump's goal table prints a goal's target or actual cell opening at a new page's top above its row's "
        "line and not centred on it (more lines above the line than one more than below), under a row on the page "
        "before whose cell in that column is empty: its upper lines may be that cut row's cell, so the figure is "
        "null, never the cut row's figure read as this row's; `observed.goals` the goals' indexes",
        "`goals[k]` (the first); `source_location`: the goal table",
    ),
    _check(
        "extract.project_unproven",
        "a goal's project proven by the lines",
        "every goal's project is the cell its row's lines or its group's prove",
        "a goal table printed a cell a line prints `<year>` marks whose years fall (`<2026>` then `<2023>`, or one "
        "year twice: another project's group of rows), or a line that may be another project's cell after a row's "
        "target: the rows after it, up to a project cell placed among their own lines, are read with a null "
        "project, never the project of the rows above; their figures are read as printed; `observed` the goal's "
        "year and target",
        "`goals[k]`; `source_location`: the goal's line",
    ),
    _check(
        "extract.project_amid",
        "a goal's project printed before its rows",
        "every goal read from a table of year marks has the project printed before its row's mark",
        "a goal table flattened to text (a row's cells on one line) whose head names a project column prints no "
        "project before its first `<year>` mark (the project's cell printed amid the first row's, joined into its "
        "target: `<2024> 대중교통 인재양성 공정률 70%`): the goals up to the next project printed before its row are "
        "read with a null project, never a guess; the first target is its cell of a figure's kind, the words "
        "before it read as no field (`observed.words`); figures read as printed; `observed` the goal's year and "
        "target",
        "`goals[k]`; `source_location`: the goal table",
    ),
    _check(
        "extract.mark_row_unread",
        "a goal row of a year mark read",
        "every `<year>` mark of a goal table gives a goal",
        "a goal table flattened to text prints a row's status right after its `<year>` mark (`<2024> 추진 중`) and "
        "its target nowhere the reading can place: the row is left unread, never given a target guessed from "
        "another line; where its cells were read as the next project's name (a target's figure then a bracketed "
        "figure, `141호 공급 (124호)`) the goals under that name are read with a null project (their own cells, each on "
        "its mark's line, keep their figures); `observed.years` the marks' years, `observed.goals` "
        "those goals' indexes",
        "`goals`; `source_location`: the goal table",
    ),
    _check(
        "extract.bracket_date_late",
        "an achievement's bracketed date by the reporting point",
        "every achievement's date printed in square brackets closing it is by the reporting point of its block or card",
        "an achievement closes on a date in square brackets (`돌봄센터 개소 [’25. 3.]`) that starts after the "
        "reporting point of the block or card it stands in: a planned date, not when the item was done; the "
        "bracket is kept in the item's text and its date is null; `observed` the item, the date and the point",
        "`achievements`; `source_location`: the item's line",
    ),
    _check(
        "extract.mark_unproven",
        "a goal target's year mark proving its figure",
        "every goal target cell printing a year mark (`<2024>`) prints it alone, opening or closing the cell",
        "a goal table's target cell prints a year mark amid its text (`누적 30개 <2024> / 누적 50개`: the figure "
        "before the mark may close an earlier year's part) or two year marks or more (`10개 <2023> / 30개 <2024>`): "
        "which of its figures is the row's year's is not printed, so the goal's target is null (with two marks or "
        "more its actual too: the row is no one year's), never the figure the mark's place suggests; "
        "`observed.cells` the cells as printed",
        "`goals`; `source_location`: the goal table",
    ),
    _check(
        "extract.status_unplaced",
        "a goal's printed status placed",
        "every goal read from a table whose row's status cell prints a status word has a status",
        "a goal table's row (a pair of rows cut between a year mark `<2021>` and its target, read one goal a "
        "mark) prints in its status cell status words the reading could not give each its goal (more statuses "
        "than its marks): the goals are read with no status, never one guessed; `observed.goals` each goal, its "
        "year and the status cell as printed",
        "`goals`; `source_location`: the goal table",
    ),
    _check(
        "extract.periods_unread",
        "a goal head spanning a year's periods read",
        "every span of a goal head over a year's periods closed by their total (상반기 | 하반기 | 계) is read as the "
        "goal's own field",
        "a goal table's head spans a year's periods closed by their total and the span is no figure of the goal's "
        "year (it names an earlier period, `전년도 실적`, or another year than the target's, `2023년 실적` beside "
        "`2024년 목표`), or, printed a cell a line, more of its top cells name a target or an actual than it "
        "prints runs of periods (which cell spans them is not printed), or its closing running total "
        "(`누계`) is not the sum of the periods printed: those columns are read as no field (the goal's actual "
        "or target null, or no table made of the lines), never taken as the goal's; `observed.spans` the head "
        "cells concerned (for a total not proven: the total cells' texts left null)",
        "`goals`; `source_location`: the goal table or its head's first cell",
    ),
    _check(
        "extract.project_unread",
        "a goal's project read",
        "every goal read from a row printing no project of its own has the project of the cell merged over it",
        "a goal table printed a row a line (a text dump) prints a project cell merged over rows once, on its "
        "first row, and that row's words fit the head's columns several ways (where the project ends is not "
        "printed): that row is left unread and the goals of the rows under it are read with a null project, "
        "never one borrowed from another row; or a row's project cell prints figures with their units alone "
        "(``40호``, ``2개소``: a struck target's figure, no project's name), the project null; the goal's figures "
        "are read as printed (this says nothing of them); `observed` the goal's year and target",
        "`goals[k]`; `source_location`: the goal's line",
        severity="info",
    ),
    _check(
        "extract.schedule_unsure",
        "a schedule's periods proven",
        "every schedule table whose one-row head prints each period with its year reads its periods in even steps",
        "a schedule's head prints a period with its year in each cell (`’25.4 | ’26.1 | ’26.3`) that runs in no "
        "even steps of the kind the date words read, and bare year-and-number cells that are consecutive as "
        "neither months nor exactly one other kind (quarters, halves): the plans are read with null dates, never "
        "a date from periods the head does not prove; `observed.heads` the head's period cells",
        "`plans`; `source_location`: the schedule table",
    ),
    _check(
        "extract.step_skipped",
        "the sections read as printed",
        "every optional step re-parting a card's sections (titles stacked, a table's cells printed under the next "
        "title, titles printed as a table's row heads) runs to its end",
        "a step met items it cannot handle and raised: the card's sections are read as printed, without that "
        "step, so the card is never lost; `observed` names the error",
        "`null` (the whole card)",
    ),
    _check(
        "extract.group_unproven",
        "item blocks proven by their group cell",
        "every item of a table whose group cell (구분) a layout dump prints amid its rows is beside that cell's pieces, "
        "or where both the cells before and after it, read as centred on their rows, put it",
        "rows between two cells' pieces that the cells' layout gives to either (a cell set at its rows' top or "
        "foot), or rows of a cell printing no reporting point: their items' `group` and `group_as_of` are null, "
        "never the neighbouring block's; `observed.items` the items' indexes",
        "`achievements[k]` (the first); `source_location`: its line",
    ),
    _check(
        "extract.reading_unproven",
        "budget parts read as printed or proven",
        "every budget figure read other than as printed (an OCR'd comma read as a digit or a point, separators "
        "garbled) is proven by a second sum",
        "a scanned budget's part printed ungrouped among grouped siblings (`55093`), grouped by a point (`6.997`, "
        "read a thousand times) or with its separators garbled (`1741,023`), or its total grouped by a point "
        "(`43.751`) or garbled past reading (`33998,712`), has one reading meeting the budget's own sum, but the "
        "funding table does not prove it (its grand total is not the budget's, nor is each such part its source "
        "row's sum): the part is null with its printed text (`raw`), the total null (the budget's `raw` prints it), "
        "never the reading the budget's own sum alone proves (a misread total makes a wrong reading meet it); "
        "`observed.parts` the printed texts",
        "`overview.budget`; `source_location`: the budget's line",
    ),
    _check(
        "extract.cut_unproven",
        "a header value row cut where it is printed",
        "every title and department read from one row of values under a row of labels ends where the card shows",
        "a text dump prints the header's values on one line under their labels (`공약명 추진부서 담당자 실천목표` over "
        "`청년 창업 지원센터 일자리정책과 김하늘 단계별 추진`) and the title's end and the department's start are "
        "printed by nothing (no gap wider than a space, no cell edge, no label between them): the words of a "
        "department may begin at more than one word (a title may end in a body's word, `지원센터`), so the title "
        "and the department are null, never cut at the longest department name; the row is kept unplaced; "
        "`observed.fields` the fields left null, `observed.printed` the row",
        "`header.title`; `source_location`: the value row's line",
    ),
    _check(
        "extract.figures_apart",
        "one number a cell",
        "every funding cell printing figures apart by spaces is read as one number only where they make one",
        "a funding cell prints figures apart by spaces that make no one well-grouped number (`73275 884.828`: "
        "a struck figure beside the one in force, two figures a cell, an OCR point read for a comma): the cell "
        "is null, never the pieces joined into a number the card did not print (`normalize.unreadable_amount` "
        "is not reported for it); `observed.cells` names the cells (record row and column indexes), "
        "`observed.printed` their text",
        "`funding`; `source_location`: the funding table",
    ),
    _check(
        "extract.times_unprinted",
        "times held printed",
        "every outreach channel the card names prints how many times it was held",
        "an outreach channel is printed with a count of people (or places) only, in its bracket or after its "
        "colon (`경로당 간담회(120명)`, `주민설명회 : 참석 85명`): the channel is read, its count is null (a count "
        "of people is no count of times held) and the printed count is its note; `observed.label` the channel, "
        "`observed.printed` the count printed",
        "`outreach.items[k]`; `source_location`: the channel's line",
    ),
    _check(
        "extract.channel_unproven",
        "channels proven",
        "every outreach count in a counter of things done (건) stands under a label that is a channel's cell",
        "a section's outreach is counted in a counter of things done, not of times held, and an item's label is "
        "no channel's cell as a whole (`보도 정비 2건`: a channel's word inside another noun, works or cases; "
        "`보도블록 제작`: a verb noun after a noun a channel's word only opens), or counted in times held with no "
        "label a channel's cell (`보도 정비 2회`): every count and the total are null, never a guessed channel's; "
        "`observed.label` the label, "
        "`observed.count` the count printed",
        "`outreach.items[k]`; `source_location`: the outreach",
    ),
    _check(
        "extract.channel_label_unsplit",
        "channel labels split as printed",
        "every outreach channel's label cut out of a run of head words is proven by the print",
        "an outreach channel's label is cut out of a run of head words printed one space apart, a word no channel "
        "keyword touches standing between its keyword and the next label's (`마을순회 설명회 군민 설문조사`: `군민` "
        "closes the first label or opens the next): both labels are null, their categories and counts kept; "
        "`observed.label` the label as cut, `observed.category` its channel",
        "`outreach.items[k]`; `source_location`: the outreach",
    ),
    _check(
        "extract.share_moved",
        "columns in printed order",
        "every funding column is read in the order its head prints it",
        "a funding table printed one cell a line (a converter's dump) prints a share column's head (`비율(%)`) "
        "amid the periods' heads while each row prints its share last: the share is read as the rows' last "
        "column, where every row's total column then sums to its periods and none did as the heads stood; "
        "`observed.label` the share's head, `observed.printed_at` where it was printed",
        "`funding`; `source_location`: the funding table",
        severity="info",
    ),
    _check(
        "extract.amount_spans_periods",
        "amounts a period each",
        "every funding amount is printed in one period's column",
        "a funding amount is printed once over two or more periods (a merged cell spanning the 2025 and 2026 "
        "columns, or a dump's cell with a remark telling how many periods it covers, `756 (2년간)`): the card "
        "does not say how much falls in each, so each of those periods' amounts is null, never the amount "
        "repeated nor split; the finding names the row, the printed amount and the periods it spans (those "
        "the card shows)",
        "the record row it stands in (`funding.rows[2]`; `funding` when the row is not in the record); "
        "`source_location`: the merged cell (`cell T2!D3`, `page 1`) or its line (`line n`)",
    ),
    _check(
        "extract.source_twice",
        "one row a source",
        "every funding source code stands in one row of the record",
        "a funding table read as two or more rows of one source code (two `계` rows, a source's parts each "
        "labelled as it) none of which the sums prove the source's row (the total equal to the sum of the "
        "source rows, a subtotal equal to a run of source rows next to it; a source's row equal to the sum of "
        "its parts): none of them is kept; the finding names the code and the rows' labels and amounts (rows "
        "the sums prove keep the source's row alone, with no finding); a `소계` row the sums place nowhere "
        "(not the total, no run of rows next to it adding up to it) holds no subtotal's figures, the head's "
        "labels standing over other rows' figures: the whole table is left null (`observed.table_kept` false)",
        "`funding`; `source_location`: the funding table's",
    ),
    _check(
        "extract.ordinal_unanchored",
        "plan years placed",
        "every funding column named by the plan's n-th year (`2차년도`) is given its year",
        "a funding column named by an ordinal of the plan or the term (vocabulary `[period_ordinals]`) whose year "
        "no head prints (`1차년도('23)`) nor a note of the funding section pairs with an ordinal (`※ 1차년도: "
        "2024년`), or whose anchors tell two different years for one ordinal: the column is kept as printed with "
        "no year (kind `other`), never counted from the period's start; the finding names the columns",
        "`funding`; `source_location`: none (the funding section's)",
    ),
    _check(
        "extract.goal_year_unproven",
        "a goal's year proven by the lines",
        "every goal read from a table printed a cell a line stands under a year line proven its",
        "a goal table printed a cell a line prints one year line over two rows or more of different indicators "
        "and another year line after every row, closing the table: the rows may be the first year's (the last line "
        "a stray) or each row's own year cell printed out of its place, so the first row keeps the year above it "
        "and the later rows' years are null, never one guessed; likewise rows placed one a year by year lines "
        "printed after them (the count proves no run), and rows under one year line repeating an indicator printed "
        "above them under it (the same project and unit: a later year's row, its year cell printed elsewhere), from "
        "the repeat on; their figures are read as printed; `observed` the goal's target and project",
        "`goals[k]`; `source_location`: the goal's line",
    ),
    _check(
        "extract.year_unread",
        "goal years read",
        "every goal year a goals section saw is read",
        "a goal of the record has no year (or none is read) and the goals section printed a year cell holding "
        "a character no year has (`20#3`, `2O23`): the year is left null, never guessed; the finding names the cell",
        "`goals`; `source_location`: the year's cell (`cell T3!A2`) or its line (`line n`)",
    ),
    _check(
        "extract.text_before_card",
        "text before the first card",
        "every printed item of the file is in one of its cards",
        "the file prints text before its first card that no card holds (a cover, a report's front matter "
        "such as a summary or a list of pledges, or a card whose title and header the vocabulary does not "
        "know): it is set aside, not read; a note on the file's first card, said once a file, with how many "
        "items and printed characters",
        "none (the file's text before its first card); `source_location`: the set-aside text's first and last "
        "items (`line a .. line b`, `page n`)",
        severity="info",
    ),
    _check(
        "extract.markup_lost",
        "revision markup kept",
        "a card that marks its superseded text struck through is read from a format that shows the strikeout",
        "a text dump of a card whose legend says it strikes its superseded figures and words through "
        "(`취소선`, vocabulary `[revisions] strike_words`): the dump keeps no strikeout, the superseded and "
        "the figure in force stand side by side; the values holding two such (a status of two status words, "
        "a goal's target of two figures, a funding table of more figures than columns) are left null, "
        "never guessed; on a dump of a card naming no strikeout, a header status printing two different "
        "statuses side by side (`부진 추진중(부진)`) is left null too",
        "the record path left null (`header.status`, `goals[g].target_value`, `funding`), one finding a path; "
        "`source_location`: the legend's line (`line n`), or the status's line",
    ),
    _check(
        "normalize.control_characters",
        "no control characters",
        "no value holds control characters (NUL, BEL, ...) or bidi overrides",
        "such characters were removed from a value (they are never kept: no warehouse load can fail on them)",
        "the cleaned value's path (`card_id`, `header.title`, ...)",
    ),
    _check(
        "card.id_conflict",
        "one card per key",
        "no two different cards share issuer + card_id",
        "two cards with different content share issuer + 관리번호@as_of; both are kept under keys told "
        "apart by content, and the finding names both files",
        "`card_id`",
    ),
    _check(
        "card.copies_differ",
        "copies agree",
        "the copies of one card in several files (HWPX, HWP, PDF, text) print the same figures",
        "a copy's figures differ from the canonical copy's (the differing record paths are named)",
        "the first differing record path",
    ),
]


def reported(code: str) -> Check:
    """The check object of a finding an earlier stage reports (KeyError for an unknown code)."""
    return BY_CODE[code]


BY_CODE = {c.code: c for c in CHECKS}
