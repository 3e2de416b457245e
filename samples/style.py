"""The template of a rendered card: labels, header order, section layout, number formats.

Real cards from different governments print the same facts with different templates; a
:class:`Style` is one such template. ``Style.pick(seed)`` draws one at random (deterministically).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Style:
    header_order: str = "title_first"  # "title_first" | "no_first"
    lead_label: str = "추진부서"  # 주관부서
    status_label: str = "추진상황"  # 이행상황
    phone_label: str = "전화번호"  # 연락처
    overview_heading: str = "사업개요"  # 1. 사업개요, 사업 개요
    funding_heading: str = "재원투자 실적 및 계획"  # 투자계획
    achievements_heading: str = "추진실적(성과)"  # 추진실적
    goals_heading: str = "현재까지 목표달성"
    plans_heading: str = "향후계획"  # 향후 추진계획
    effects_heading: str = "<기대효과>"  # □ 기대효과
    heading_mark: str = "□"  # "" when the headings are numbered
    numbered: bool = False  # 1. 사업개요, 2. 재원투자 ...
    two_column: bool = False  # sections laid out as label cell | content cell
    spaced_labels: bool = True  # 공 약 명, 담 당 자, 국  비
    zero_dash: bool = True  # a zero amount printed as "-"
    year_suffix: bool = True  # 2023년 rather than 2023
    effect_arrow: bool = True  # the last 기대효과 line printed with ⇨
    group_open: str = "《"
    group_close: str = "》"
    font_pt: float = 11.0
    line_height: float = 1.45  # PDF line spacing: loose templates push a card onto 3-4 pages
    # ---- template families (samples/families.py); the defaults are the templates above
    heading_format: str = ""  # "■ {label}", "{roman}. {label}", "【 {label} 】" ({n} {roman} {ga} {circled})
    bare_heading: int = (
        0  # with heading_format: the n-th section heading printed bare (its title alone, no mark
    )
    #   or number) and the headings after it numbered on without it (사업개요, then 1. …, 2. …; or 1. …, 2. …, 추진실적, 3. …)
    group_format: str = ""  # "{letter}. {group}({date})": the block headings inside a section
    group_plain: str = ""  # a block heading without its date: "[ {group} ]" ({letter})
    bullet1: str = "◦"  # overview, plan and effect bullets
    bullet2: str = "-"
    overview_labels: tuple[str, str, str] = ("사업기간", "총사업비", "주요내용")
    unit_format: str = "(단위 : {unit})"
    header_layout: str = ""  # "" (header_order) | "wide" | "vertical" | "contact_cell" | "stacked"
    as_of_label: str = ""  # a header-table row "기준일 | 2024년 4분기 현재" when set
    funding_layout: str = ""  # "" | "transposed" (years down, sources across)
    year_format: str = ""  # "" (year_suffix) | "{y}년" | "{y}" | "'{yy}"
    funding_span: str = "연도별 투자 실적 및 계획"
    goals_layout: str = ""  # "" (<2024> marks) | "year_col" | "year_group"
    goals_rate: bool = False  # a 달성률 column
    goals_year: str = "<{y}>"  # the row that opens a year group
    goals_project_label: str = "주요사업"
    outreach_heading: str = "{residents}소통 실적"
    outreach_total_last: bool = False
    landscape: bool = False
    repeat_table_head: bool = False  # funding/goal tables split by a page repeat their header rows (PDF)
    running_header: bool = False  # page header (title line and 관리번호) and page numbers on every page
    figure_caption: str = ""  # a location map after the overview, captioned
    body_table: bool = False  # the whole body as one label | content table
    budget_wrap: bool = False  # the overview budget wraps inside a number of its parenthesised list
    dump: str = "seed"  # text dump: "seed" (render_dump's own shape) | "blocks" (from the layout blocks)
    body_header: bool = False  # with body_table: the header rows open the body table (more columns on top)
    page_number: str = "- {n} -"  # the PDF footer, {n} the page number ("{n} 쪽", "p. {n}")
    header_words: tuple[tuple[str, str], ...] = ()  # header labels in other words: (("title", "사업명"), ...)
    contact_format: str = "{name} ({phone})"  # name and phone in one cell (header_layout "contact_cell")
    tail_heading: str = ""  # one heading naming plans and effects ("향후계획 및 기대효과")
    tail_sub: str = "< {label} >"  # with tail_heading: the line opening the plans, then the effects
    goals_labels: tuple[str, str] = ("목표", "실적")  # the goal table's target and actual column heads
    # ---- session 40 families (dasol-province, bitgaram-county)
    goals_lines_section: bool = (
        False  # with section_order and goals_lines: the goal lines printed in the goals
    )
    #   section (else its table, as before)
    outreach_prose_plain: bool = (
        False  # outreach_layout "prose" honoured without section_order (else the table)
    )
    # ---- blind families (dahae-city, bomi-county)
    section_order: tuple[str, ...] = ()  # every section its own numbered heading, in this order (SECTIONS)
    status_boxes: tuple[
        str, ...
    ] = ()  # the status printed as checkboxes over these options, the status ticked
    box_marks: tuple[str, str] = ("■", "□")  # ticked, not ticked
    as_of_line: str = ""  # a line under the title line: "({date})" with the as-of date
    overview_lettered: bool = False  # 가. 사업기간 : ... / 나. 사업비 : ... / 다. 주요내용
    problems_heading: str = "문제점 및 대책"  # sections the schema has no field for
    schedule_heading: str = "추진일정"
    photos_heading: str = "관련 사진"
    # ---- two-figure funding tables, units in cells, notes, outreach sentences, page plans
    funding_pair: str = ""  # "" | "columns" (years over two sub-columns) | "rows" (two rows per source)
    pair_labels: tuple[str, str] = ("계획", "확보")  # the plan figure (the record's) and the second figure
    cell_unit: bool = False  # every amount printed with its unit (1,200백만원); no unit line
    amount_decimals: int = 0  # amounts printed with this many decimals (3.5 in 억원)
    funding_note: str = ""  # a ※ footnote printed under the funding table
    goals_note: str = ""  # a ※ footnote printed under the goal table
    outreach_layout: str = (
        ""  # "" (a table) | "sentences" (bulleted sentences: 주민설명회 3회(참석 120명), ...)
    )
    page_plan: str = ""  # "" | "five": page breaks, a landscape funding page and a page of photos
    photo_captions: tuple[str, ...] = ()  # one photo each, captioned
    # ---- blind families (eunha-province, narae-city)
    heading_box: bool = False  # every section heading printed as a shaded one-cell table
    funding_split: int = 0  # the funding years over two stacked tables, this many in the first (the second
    #                         continues without the total column and without a unit line)
    # ---- blind families (areum-district, saebom-county)
    coop_sep: str = ","  # the 협조부서 joined so ("/", " / ")
    header_line: str = ""  # the header as paragraphs, no table: "○ {label} : {value}" (header_layout "lines")
    unit_in_corner: bool = False  # the funding unit printed in the table's 구분 cell, no unit line
    outreach_note_label: str = "비고"  # outreach_layout "vertical": the note column's head
    # ---- blind families (gureum-city, iseul-county)
    funding_remark: str = ""  # a last funding column so headed (비고) with a word note per row, no amounts
    goals_lines: str = ""  # goals as bulleted lines, no table: "{b} {y}년 {project} - 목표: {target} / 실적: {actual} ({status})"
    achievements_table: tuple[
        str, ...
    ] = ()  # every block's items as a table: (date head, content head, note head)
    plans_table: tuple[str, str] = ("", "")  # the plans as a table: (date head, content head)
    status_symbols: tuple[
        tuple[str, str], ...
    ] = ()  # the status printed after its symbol, a legend line under
    #                                                   the header: (("완료", "●"), ("추진중", "◐"), ...)
    # ---- blind families (jinsol-county, bitna-district)
    goals_rows: tuple[str, ...] = (
        "목표",
        "실적",
        "달성률",
        "추진상황",
    )  # goals_layout "years_across": the rows
    #                                 under every project (years across the columns, ``goals_year`` their heads)
    section_box: bool = (
        False  # with section_order: every section its own boxed table (a shaded title row over
    )
    #                            a content row holding the section's lines and tables)
    schedule_gantt: bool = False  # the 추진일정 section as a chart: stages down, the months across, ● marks
    outreach_total_at: str = ""  # "" (outreach_total_last) | "middle": the 계 column amid the channels
    outreach_row_labels: tuple[str, str] = (
        "",
        "",
    )  # a label column: the channels row's head, the counts row's

    # ---- blind families (dasan-edu, hanul-special)
    contact_ranks: tuple[str, str] = (
        "",
        "",
    )  # header_layout "dept2": the 책임자's and the 담당자's ranks printed
    #                                              before their names (장학관, 장학사)
    # ---- blind family (sinbi-county)
    running_text: str = "{kind}  |  관리번호 {no}"  # with running_header: the page header ({kind}, {no})
    progress_label: str = "추진률"  # header_layout "rate": the label of the progress cell beside the status
    funding_share: str = ""  # funding_layout "transposed": a last row so labelled, each source's share (%)
    goals_indicator: str = "지표{k}"  # goals_layout "indicators": the head over every indicator's column
    photo_grid: tuple[str, ...] = ()  # the photos section as a 2-column table, a photo and its caption a cell

    # ---- blind families (mirae-city)
    overview_marks: tuple[str, ...] = ()  # the overview's labels numbered as blocks: ("(1)", "(2)", "(3)")
    funding_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()  # funding rows grouped under a spanning
    #   source cell with a 소계 row: (("국비", ("국고보조금", "특별교부세")), ("지방비", ("도비", "시비"))). A group
    #   named like a record row prints that row's figures as its 소계, split over the sub-sources (which the
    #   record leaves out); a group of record rows prints them with their 소계 (which the record leaves out)
    subtotal_label: str = "소계"
    running_footer: str = (
        ""  # a footer on every page: "{short}  {n} / {total}" ({short}: the title cut short)
    )

    # ---- blind family (dodam-district)
    funding_source_span: str = (
        ""  # funding_layout "transposed": a head spanning the source columns (재원 over
    )
    #                                국비 / 시비 / 구비 / 기타), the total column and 구분 spanning both head rows
    goals_unit_label: str = "단위"  # goals_layout "years_split": the head of the unit column

    # ---- blind family (hanui-county)
    funding_local_span: tuple[str, tuple[str, ...]] = ("", ())  # funding_layout "transposed": a head spanning
    #   some source columns (지방비 over 도비 / 군비), the other heads (구분, 계, 국비, 민자) spanning both head rows
    local_subtotal: str = ""  # with funding_local_span: a first column so headed under the span (소계), the
    #   parts' sum a period (not in the record: the parts are its rows)

    # ---- blind family (nodeul-county)
    item_date_first: bool = (
        False  # achievements as a dated log: an item's date opens its line (2024. 3. 15. 착공)
    )
    funding_sentence: str = ""  # a line before the funding table telling the budget ({budget}, as printed):
    #   "{b} {budget}" -> ``▢ 국비 12억원, 도비 3억 6천만원, 군비 8억원 (총 23억 6천만원)``
    overview_budget: bool = True  # False: the overview prints no budget line (told in the funding section)

    # ---- blind family (yunseul-city)
    funding_derived: tuple[str, ...] = ()  # columns after the periods derived from them, no period: (a 증감
    #   head: the as-of year less the year before, negatives △120; a 확보율(%) head: the years to the as-of
    #   year as a share of the total)

    # ---- blind family (saemteo-metro)
    title_line: str = ""  # the pledge's own line under the card's title ("[{no}] {title}"): the header
    #                       table (header_layout "untitled") then prints neither the title nor the 관리번호
    unit_top_right: bool = False  # funding_layout "transposed": a title row over the table, ``funding_span``
    #                               across it and the unit in its top-right cell, no unit line
    funding_break: int = 0  # funding_layout "transposed": a page break (PDF) after this many period rows,
    #                         the table going on without its head rows

    # ---- blind family (daon-special-city)
    two_pane: tuple[tuple[str, ...], tuple[str, ...]] = (
        (),
        (),
    )  # with section_order: these sections laid out
    #   side by side in a borderless 1x2 layout table (left cell, right cell), the rest full width
    funding_year_remark: str = ""  # funding_layout "transposed": a last column so headed (비고) with a word
    #   note a year row (실시설계, 착공), none in the total row
    # ---- session 44 families (famgen11: bitsaem-city, moraenae-county)
    unit_on_card: str = (
        ""  # the amounts' unit told once for the whole card on a line under the title line, far
    )
    #   from any table (``(금액 단위: {unit})``), no unit line at the funding table
    sections_table: bool = (
        False  # with section_order: the whole body ONE table of one column, every section a
    )
    #   shaded title row spanning it over a row holding its lines and tables (not section_box's table a section)
    # ---- mutated families (samples/mutate.py)
    label_gap: str = ""  # with spaced_labels: what stands between a label's syllables ("": two spaces or one)
    unit_in_head: str = (
        ""  # the funding unit in a head cell, no unit line: this format ("({unit})") after the
    )
    #                         total column's head (총사업비(백만원)), or after the years' span head without one
    header_pairs: int = 0  # header_layout "pairs": this many label | value pairs a row; "bands": this many
    #                        labels a row over their values
    header_keys: tuple[str, ...] = ()  # header_layout "pairs" / "bands": the header's fields in this order
    #   (layout._header_fields keys: title, no, lead, name, phone, contact, coop, target, status, as_of)
    goals_order: tuple[str, ...] = ()  # goals_layout "year_col" / "year_group": the goal's cells in this
    #   order ("target", "actual", "rate", "status"); a key left out is not printed (rate, or none)

    # ---- blind family (gyeol-province)
    funding_summary: tuple[str, ...] = ()  # with section_order: a 총괄 table before the yearly one, a row a
    #   source under these heads (총사업비, 확보, 미확보: the total, what is budgeted to the as-of year, the rest)
    funding_captions: tuple[str, str] = ("", "")  # with funding_summary: the lines over the 총괄 and the
    #   yearly table (``<총괄>``, ``<연도별 투자계획>``)

    # ---- blind family (maeul-county)
    overview_table: tuple[
        str, ...
    ] = ()  # the overview as a label | content table: the period's, the budget's
    #                                       and the contents' labels (("사업기간", "사업비", "사업내용"))
    pair_rate: str = ""  # funding_pair "columns": a third sub-column so headed, the second figure over the
    #                      plan in percent (derived, not in the record)
    goals_rate_label: str = "달성률"  # the head of the goals' rate column (goals_rate)

    # ---- blind family (sup-district)
    body_order: bool = False  # body_table: the rows a section each in ``section_order`` (the sections' own
    #   contents, tables nested in their cells), not the fixed body of five rows
    body_sublabels: bool = False  # body_table with section_order: the overview row split by a second label
    #   column (``overview_labels``: 사업기간 / 사업비 / 사업내용), the section label spanning its rows
    goals_remark: str = ""  # goals_layout "year_col" / "year_group": a last column so headed (비고) with a
    #   word note a goal (설계 중, 준공), not in the record

    # ---- blind family (dalbit-county)
    booklet_title: str = (
        ""  # the cards of a file bound as a booklet so titled: a cover page (the quarter, the
    )
    #   title, the issuer), a contents page (a line a card: 관리번호, title, dotted leader, page; the cards'
    #   statuses counted by field in a 총괄 table), every card from a new page under the running header
    #   (``running_text`` may name {title} and {quarter})
    booklet_fields: tuple[str, ...] = ()  # the issuer's pledge fields, numbered by the 관리번호's first part:
    #   a line over their cards in the contents and a divider page (간지) before their cards
    booklet_summary: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the 총괄 table's status columns after its
    #   계: (label, the status codes it counts)
    # ---- blind family (noeul-city)
    open_tables: tuple[str, ...] = ()  # tables of these roles (funding, goals, outreach) drawn open-sided:
    #   a thick rule over and under the table, a thin one under the head rows, no vertical rules, none
    #   between body rows (PDF: no cell boxes; HWPX/HWP: cell borders none but those rules)
    unit_column: str = (
        ""  # the funding table: a column so headed after 구분, the unit in every row, no unit line
    )
    goals_blank_repeat: bool = False  # goals_layout "year_col": a project's later rows leave its cell empty
    #   (printed on the first row only, no merged cell)
    # ---- blind family (yeoreum-city)
    overview_projects: tuple[str, ...] = ()  # the overview's 주요내용 as a table so headed (세부사업 | 내용 |
    #   사업량), a sub-project a row (layout.sub_projects); the record's content a row's cells joined by a space
    funding_projects: tuple[str, str] = ("", "")  # the funding table's rows by sub-project: the heads of the
    #   sub-project column (spanning its 소계 and source rows) and of the source column; the whole's rows (the
    #   record's) last under ``subtotal_total``
    subtotal_total: str = "합계"  # funding_projects: the cell spanning the whole's rows
    span_note: str = (
        ""  # funding_projects with Family.project_span: after the merged 소계 amount (`` (2년간)``)
    )
    achievements_blocks: tuple[str, ...] = ()  # the achievements as one table so headed (구분 | 추진일자 |
    #   추진내용 | 비고), the block's name and date in a first cell spanning its rows
    plans_quarters: str = ""  # the plans as a schedule so headed: a plan a row, the quarters of its years
    #   across (``1/4`` .. ``4/4`` under ``2025년``), ● in the quarters it runs
    # ---- blind family (chaeum-city)
    heading_rule: bool = False  # every section heading underlined by a rule across the page (PDF), its
    #   number and title set apart by a tab (``01\t사업개요``, kept as a tab in the PDF, HWPX and dump)
    plans_check: str = ""  # the plans as a dated checklist: this box glyph, the date, then the plan
    #   (``☐ 2025. 3월 실시설계 착수``)
    funding_footnotes: tuple[str, ...] = ()  # numbered footnotes under the funding table (``주1) ...``)
    goals_footnotes: tuple[str, ...] = ()  # numbered footnotes under the goal table
    footer_in_dump: bool = False  # with running_header and running_footer: the dump closes every page with
    #   the running footer (``{short}`` the pledge cut short, ``{n}`` the page) rather than ``- n -``
    # ---- blind family (haetsal-county)
    no_format: str = (
        "{no}"  # the 관리번호 as the header prints it ("공약 {no}": ``공약 3-2``, the record's ``3-2``)
    )
    phone_format: str = "{phone}"  # the phone as the header prints it ("☎ {phone}")
    contact_chain: tuple[
        str, ...
    ] = ()  # header_layout "ranks": the ranks above the 담당자 (과장, 팀장), each a
    #   labelled column with a name drawn (not in the record), before the 담당자's own column
    progress_bar: str = ""  # header_layout "ranks": the progress printed as a bar of ten glyphs (full, empty:
    #   "■□") and the percent (``■■■■■■■□□□ 70%``) under ``progress_label``
    grade_label: str = (
        ""  # header_layout "ranks": a cell so labelled holding an evaluation grade (not in the record)
    )

    # ---- blind family (dure-county)
    year_rows_heads: tuple[str, str, str] = (
        "구분",
        "재원",
        "사업비({unit})",
    )  # funding_layout "year_rows": a
    #   group of rows a period (the total column's first, then 기투자 and the years; its label a cell spanning
    #   the group), the funding rows under each (계 first), one amount column headed with its unit
    cumulative_head: str = ""  # funding_layout "year_rows": a last column so headed (``누계({unit})``), each
    #   row's running sum over the periods so far, in ``cumulative_unit`` with one decimal (derived, no period;
    #   empty in the total's group)
    cumulative_unit: str = ""
    goals_final: str = ""  # goals_layout "final": an indicator a group of year rows, its name, unit and final
    #   target (this head: the last year's share, or the years' sum) in cells spanning them, then 연도 | 목표 |
    #   실적 | 달성률 (bare figures)
    outreach_people: str = (
        ""  # outreach_layout "vertical": a column so headed after the counts (참여인원(명)),
    )
    #   how many took part (media none), not in the record

    # ---- blind family (gilmok-city)
    hierarchy: tuple[str, str, str] = ("", "", "")  # header_layout "hierarchy": the labels of the rows that
    #   print the pledge's place in the issuer's plan, field > pledge > sub-project (분야 | 공약 | 세부사업), each
    #   value numbered by the 관리번호's parts (``Ⅲ. 안전·환경``, ``3-2. parent``, ``3-2-4. title``); no 관리번호 cell
    hierarchy_fields: tuple[
        str, ...
    ] = ()  # the fields named by the 관리번호's first part (not in the record)
    hierarchy_parents: tuple[str, ...] = ()  # the parent pledges' names, one drawn a card (not in the record)
    box_format: str = "{mark} {option}"  # status_boxes: an option printed with its mark ("{option}({mark})":
    #   ``완료( ) 정상추진(○)``)
    rate_cell: str = ""  # header_layout "hierarchy": a cell so labelled beside the status, the progress (65%)

    # ---- blind family (sanha-county)
    body_label_vertical: bool = False  # body_table with body_order: the section labels set vertically in a
    #   narrow left column, one syllable a line (``추`` / ``진`` / ``실`` / ``적``), as HWP authors type them
    label_fill: int = 0  # with spaced_labels: 2-5 syllable labels spread to fill this many half-width columns
    #   (a syllable two): 8 -> ``구    분``, ``담 당 자``, ``관 리 번 호``; every header label spaced so
    funding_change: str = (
        ""  # funding_layout "transposed": a last column so headed (전년대비 증감), each year's
    )
    #   total less the year before's (falls ``△1,200``; the first year and the total row ``-``), derived
    goals_span: str = (
        ""  # goals_layout "years_across": a head row spanning the years so worded, the first two
    )
    #   columns' head one cell across both head rows and both columns
    goals_unit_in_name: bool = False  # goals_layout "years_across": the indicator's unit after its name
    #   (``청년주택 공급(호)``), the year cells bare figures

    # ---- blind family (onnuri-district)
    approval_box: tuple[
        str, ...
    ] = ()  # the title line in a borderless layout table with an approval box (결재란)
    #   beside it: a ``결재`` cell spanning two rows, these heads (담당, 팀장, 과장, 국장) over empty signature cells
    fullwidth_totals: bool = (
        False  # the funding table's total row printed in fullwidth digits (``１,２００``)
    )
    unit_note: str = (
        ""  # the funding unit printed as a note under the table, no unit line: ``※ 단위: {unit}``
    )
    outreach_note: str = ""  # a note printed under the outreach table (``※ ...``), not in the record
    changes_heading: str = (
        "변경 이력"  # section "changes": a small table of the card's changes (not in the record)
    )
    requests_heading: str = (
        "협조 요청사항"  # section "requests": bulleted requests to other offices (not in the record)
    )
    attachments: tuple[
        str, ...
    ] = ()  # lines closing the card (``[붙임] 1. 사업 위치도 1부.``), not in the record

    # ---- blind family (nalgae-city)
    funding_revised: tuple[str, str] = ("", "")  # the funding table with two rows a source: the original plan
    #   (당초, not in the record) over the revised one (변경, the record's figures), the source's cell spanning
    #   both; the head two rows, ``funding_span`` (임기 내) over the years and the later columns spanning both
    corner_diagonal: tuple[str, str] = ("", "")  # the funding table's corner cell split by a diagonal line:
    #   the column heads' word top right (연도), the row heads' word bottom left (재원), no 구분
    zero_mark: str = ""  # with funding_revised: a zero amount of the record's rows printed so (``―``); the
    #   original rows leave a zero cell blank
    plain_amounts: bool = False  # the funding table's amounts printed without thousands separators (12500)
    goals_split_all: bool = (
        False  # goals_layout "years_split": every year over 목표 | 실적, an actual not yet
    )
    #   measured left blank

    # ---- blind family (mulbit-city)
    hanging: bool = (
        False  # items set with a hanging indent: a wrapped item's later lines start under its text,
    )
    #   not under its marker (PDF); in the dump, items indented by level and their wrapped pieces under the text
    day_first: bool = (
        False  # an item dated to the day prints its date first (``가. 2024. 3. 15. 착공식 개최``);
    )
    #   other dates close the item (`` : '24. 5.``)
    unit_in_title: str = ""  # the funding unit printed after the section's title so (`` (단위: {unit})``:
    #   ``재원 투자계획 (단위: 백만원)``), no unit line
    outreach_log: tuple[
        str, ...
    ] = ()  # the outreach as a dated log so headed (구분 | 일자 | 주요내용 | 참석인원(명)):
    #   an event a row, the channel a cell spanning its events and its 소계 row (``{n}회``), a 합계 row last
    plans_by_year: str = (
        ""  # the plans listed by quarter under year lines (``{b} 2025년``), each ``- 1/4분기 : plan``
    )
    # ---- blind family (doran-city)
    dept_tiers: tuple[
        str, ...
    ] = ()  # header_layout "tiers": the department's levels in cells of their own under
    #   one spanning label (실·국 | 과 | 팀 over their values); the record's lead_dept their join
    desk_contact: tuple[str, ...] = ()  # header_layout "tiers": the 담당자 cell's formats, one drawn a card
    #   (``{rank} {name} (내선 {phone})``, ``{rank} {name} ☏ {phone}``; the rank from ``desk_ranks``), no phone cell
    desk_ranks: tuple[
        str, ...
    ] = ()  # the contact's ranks (주무관, 행정주무관), one drawn a card, not in the record
    step_tracker: tuple[
        str, ...
    ] = ()  # header_layout "tiers": a row of the pledge's stages (계획수립 .. 준공) over
    #   a row of marks (``step_marks``: passed, current, ahead; the current one by the progress), not in the record
    step_marks: tuple[str, str, str] = ("●", "◐", "○")
    rate_summary: tuple[str, str] = (
        "",
        "",
    )  # header_layout "tiers": beside the status word, the progress and the
    #   budget secured so far (the total's periods to the as-of year over the total) under these labels
    stamp_label: str = (
        ""  # the title line beside a stamp box (a borderless 1x2 layout table): this label over
    )
    #   the as-of date; the as-of date printed nowhere else
    # ---- blind family (gaeul-county)
    goals_review: tuple[str, ...] = ()  # goals_layout "review": the heads of the quarters and of their 누계
    #   (1/4분기 .. 4/4분기, 누계) over an indicator's 계획 row and 실적 row (goals_labels), its unit beside its name
    goals_metrics: tuple[str, str, str] = ("", "", "")  # goals_layout "metrics": an indicator a row, its name
    #   (this head), its unit (this head), every year over 목표 | 실적 under a spanning year head, the final
    #   target (this head) and the rate to date (goals_rate_label: cumulative actuals over the final target, or
    #   ``-``); an actual of the as-of year printed ``추진중`` (the record's), a later year's left blank
    goals_defs: str = ""  # a ``※`` note under the goal table defining each indicator it names so
    #   (``※ {name} : {definition}``; layout.METRIC_DEFS)
    achievements_quarters: tuple[
        str, ...
    ] = ()  # the first block's items as a table by quarter so headed (분기 |
    #   주요 추진내용 | 비고): a quarter cell spanning the rows of its level-1 items and the items under them
    #   (the level-1 items' date; the items under them undated), the later blocks bulleted lines

    # ---- blind family (neulpum-district)
    merged_heads: tuple[str, str] = (
        "",
        "",
    )  # section "merged": the achievements and the plans side by side in
    #   one table so headed (그간 추진실적 | 향후 추진계획), a row an achievements block (its heading line, then its
    #   items, side tables nested after their item), the plans spread over the rows in their order
    merged_heading: str = "추진실적 및 향후계획"  # the one heading naming both sections
    merged_break: bool = False  # a page break (PDF) before the merged table's last row, its head row repeated
    overview_effects: str = ""  # with overview_table: a last row so labelled holding the effects' lines
    outreach_inline: tuple[str, str] = (
        "",
        "",
    )  # the outreach as lines closing the merged table's achievements
    #   cells: a label line (``[주민 소통]``), then a line of channels in this format (``※ {channels}``)
    # ---- blind family (saemmul-province)
    sub_rows: tuple[str, tuple[str, ...]] = ("", ())  # funding rows printed under a subtotal row so labelled
    #   (``지방비``, the record leaving it out: the sum of these rows), each in ``sub_row_format`` (``(도비)``)
    sub_row_format: str = "({label})"
    funding_title: str = ""  # with unit_top_right: the generic funding table under a title row, these words
    #   across it and the unit (``unit_format``) in its top-right cell, no unit line
    budget_break: bool = False  # the overview budget line broken before the last part of its bracketed split
    #   (``(국비 40.5, 도비 30.0,`` / ``시군비 52.9)``), as a narrow text column wraps it
    # ---- blind family (hayan-district)
    achievements_log: tuple[str, str, str] = ("", "", "")  # every achievements block a log table so headed
    #   (연도 | 월 | 추진내용): the year a cell spanning its rows, the month a cell spanning its items' rows, a
    #   level-1 item and the items under it in one content cell (an item's date: its year cell and month cell)
    plans_gantt: str = ""  # the plans as a Gantt chart so headed (추진과제): a plan a row, the months of the
    #   plans' year across (``1월`` .. ``12월`` under ``2025년``), ``gantt_mark`` in the months it runs
    gantt_mark: str = "●"
    effects_split: tuple[str, str] = ("", "")  # the effects as a two-column table so headed (정량적 효과 |
    #   정성적 효과): the first half's lines in the left cell, the rest in the right
    outreach_open: str = (
        ""  # the outreach as one line of prose, the channels in this format (``{b} {channels}
    )
    #   등``), each channel's count in its own unit (``outreach_units``), no total printed
    outreach_units: tuple[tuple[str, str], ...] = ()  # with outreach_open: a category's own unit (media 건)

    # ---- blind family (dorae-county)
    typed_tables: tuple[str, ...] = ()  # tables of these roles (funding, goals, outreach) typed as paragraphs
    #   of tab-separated cells at tab stops, no table object (HWPX/HWP tabs, PDF no rules, the dump the tabs)
    pair_spent: str = ""  # funding_pair "columns": a third sub-column so headed (집행: what is spent of the
    #   secured, up to the as-of year), after the two of ``pair_labels``
    pair_share: str = (
        ""  # funding_pair "columns": a last column so headed (구성비(%)): each row's planned total
    )
    #   over the table's, one decimal (not in the record)
    goals_pairs: tuple[
        tuple[str, str], ...
    ] = ()  # goals_layout "pairs": an indicator a row (성과지표 | 단위),
    #   a year a column, the target and the actual in one cell; one (cell format, its name) drawn a card:
    #   (``{t}/{a}``, ``목표/실적``), (``{t}({a})``, ``목표(실적)``): the name in the head over the years
    #   (``goals_span``: ``연도별 {pair}``), a missing actual printed ``-``
    header_side: tuple[
        str, ...
    ] = ()  # header_layout "side": the fields in ``header_keys`` a label | value row
    #   each, but these, stacked in a right-hand column beside them (each label cell over its value spanning
    #   its share of the rows: ``추진상황`` over ``정상추진``, ``기준일`` over the as-of date)
    # ---- blind family (binnae-city)
    page_columns: int = (
        0  # the pages set in this many newspaper columns: the card flows down the first column,
    )
    #   then the next (PDF: CSS columns; HWPX/HWP: the section's column definition)
    rotated_sections: bool = False  # with section_order: every section a label | content table whose narrow
    #   label cell is drawn rotated (vertical text); the funding table after its box
    header_band_label: str = "기본현황"  # header_layout "rotated": the rotated label over the header's rows
    funding_column_break: int = 0  # the generic funding table continued at the top of the next column (PDF)
    #   before this source row (1: after the first)
    # ---- blind family (haemil-province)
    heading_shade: str = (
        ""  # the section headings set apart by type alone: shaded in this colour (``#d9e2f3``),
    )
    #   bold and ``heading_pt`` points, on a line of their own (PDF: a shaded paragraph; HWPX / HWP: a run whose
    #   charPr is bold, of that height and shaded); the dump prints them as any line
    heading_pt: float = 0.0  # with heading_shade: the headings' type size (0: the body's plus two points)

    # ---- blind family (gyeoul-county)
    box_mark_sets: tuple[
        tuple[str, str], ...
    ] = ()  # checkbox glyphs (ticked, not), one pair drawn a card (by its
    #   title): ``■`` ``□``, ``☑`` ``☐``, ``●`` ``○``; every checkbox of the card (status, quarter, type) in it
    as_of_boxes: str = (
        ""  # the as-of quarter printed as its year beside a checkbox a quarter, the reporting one
    )
    #   ticked (``{y}년  {boxes}``, each box ``quarter_box_format``: ``□1/4 □2/4 ■3/4 □4/4``)
    quarter_box_format: str = "{mark}{q}/4"
    type_boxes: tuple[str, ...] = ()  # header key "type": the pledge's type as checkboxes over these options
    #   (``■ 신규 □ 계속``), one ticked a card (not in the record), under ``type_label``
    type_label: str = "공약구분"
    header_extra: tuple[
        tuple[str, str], ...
    ] = ()  # header keys "extra0", "extra1" ...: more label | value fields
    header_groups: tuple[
        tuple[str, tuple[str, ...]], ...
    ] = ()  # header_layout "groups": three columns, a group
    #   label spanning the rows of its fields (("담당", ("lead", "name", "phone")), ...), each field's label | value
    dump_rows: str = "spaces"  # with dump "blocks": how the dump prints a table row (render_dump.ROW_FORMS:
    #   "markdown" a Markdown export's pipe table, a separator row under the first, spans as empty cells)
    #   not in the record (``사업위치`` | ``겨울읍 일원``)
    split_rows: tuple[str, tuple[str, ...]] = (
        "",
        (),
    )  # a funding row printed over breakdown rows so labelled
    #   (국비 over ``- 균특`` ``- 기금``, each in ``split_row_format``): its amounts split between them (not in the
    #   record)
    split_row_format: str = "- {label}"
    figure_marks: tuple[
        tuple[str, str], ...
    ] = ()  # footnote marks (mark, note) put after a funding figure each
    #   (``1,200※``, ``350*``, ``820주1)``; source rows' non-zero cells drawn a card), the notes under the table

    # ---- blind family (baram-county)
    funding_continued: int = (
        0  # the funding table broken by a page break (PDF) before this printed body row (1:
    )
    #   after the first), its rest under a ``continued_caption`` line with its head rows printed again
    continued_caption: str = "(계속)"
    goals_stage: str = (
        ""  # goals_layout "year_col": a column so headed after the project, the goal's stage as a
    )
    #   bar of ``stage_steps`` (``■■■□□``, the steps passed filled) over the current step's word (``(착공)``), not
    #   in the record
    stage_steps: tuple[str, ...] = ()
    outreach_years: str = (
        ""  # outreach_layout "year_rows": the head of the year column (연도): a year a row from
    )
    #   the period's start to the as-of year, 계 first then the channels across, a 합계 row last (the record's)

    # ---- blind family (gippeum-county)
    row_cuts: tuple[
        tuple[str, int, bool], ...
    ] = ()  # page breaks cutting inside table rows (samples/page_cuts.py):
    #   (a table role, the n-th body row counted through the card's tables of it, the head rows printed again
    #   over the continued part): the row's longest cell with a space cut at its middle, the rest of its text at
    #   the next page's top, the row's other cells blank there
    dump_pages: bool = False  # the dump prints every page's furniture: the running header after a page break
    #   too, ``{total}`` in the footer the dump's page count

    # ---- blind family (gochim-county)
    revisions: tuple[
        str, ...
    ] = ()  # figures changed since the last report printed beside the figure in force,
    #   one shape drawn a card (samples/revisions.py): "arrow" (``1,200 → 1,350``), "bracket" (``1,350`` over
    #   ``(당초 1,200)``): a few funding cells and the totals they move, the rows' 비고 notes (``'24 1회 추경 반영``,
    #   ``3건 이월``), some goals' targets (``120호 → 150호 공급``)
    status_change: str = ""  # the status printed with the one the last report printed: "{old} → {new}"
    status_before: tuple[
        str, ...
    ] = ()  # with status_change: the earlier statuses drawn from (not the card's)
    rate_decimals: int = 0  # the goals' 달성률 printed with this many decimals (``87.5%``)
    # ---- blind family (a card kept in a spreadsheet)
    sheet_cols: int = (
        0  # the whole card laid on one sheet grid of at least this many columns (samples/sheet.py):
    )
    #   a line a row, headings merged across it, tables on its columns; the dump the sheet's tab-separated export
    #   (``dump`` "sheet")
    # ---- blind family (yeolmae-county): the objects an HWP author uses
    text_boxes: tuple[
        str, ...
    ] = ()  # the paragraph roles ("title", "heading") set inside text boxes (글상자:
    #   HWPX/HWP a rectangle's own paragraph list anchored to an empty paragraph; PDF a framed, shaded box)
    figure_notes: tuple[str, ...] = ()  # footnotes (각주) hung on funding figures, one a note (source rows'
    #   non-zero cells drawn a card): HWPX/HWP a footnote object after the figure (its mark ``1)``), PDF the
    #   mark raised after the figure and the note at the page's foot, the dump the mark after the figure and
    #   the notes under the table
    memo: str = (
        ""  # a memo (메모, a hidden comment) on the first block heading (HWPX/HWP only: never printed)
    )

    # ---- blind family (saetbyeol-county): a card bound as a small report
    report_cover: str = ""  # the card bound as a report so titled: a cover page (the issuer, this title, the
    #   pledge in corner brackets, its department, the as-of month), a contents page (``report_contents`` over a
    #   line a section: its heading's number and title, a dotted leader, its page), the card from a new page
    report_contents: str = "목  차"
    plans_halves: tuple[
        str, ...
    ] = ()  # the plans as a Gantt table so headed (연번 | 추진과제 | 추진기간): a plan a
    #   row, its period printed (``'25. 3.~8.``), the half-years of the plans' years across (``half_labels`` under
    #   ``2025년``), ``gantt_mark`` in every half the period touches
    half_labels: tuple[str, str] = ("상반기", "하반기")
    # ---- blind family (hwarang-city): a card taken from the city's quarterly pledge report file
    report_summary: str = (
        ""  # the file opens with the report's summary pages so titled (``{quarter}``: ``2025년
    )
    #   3분기``): the title line, a 총괄 table of the city's pledges counted by status (구분 | 계 | 완료 | ...), a
    #   list of several pledges (연번 | 공약명 | 담당부서 | 추진상황 | 총사업비(백만원)), the card's own among
    #   others with figures of their own; then the card from a new page

    # ---- blind family (boram-city): a card printed from a web system to PDF by a browser
    web_chrome: tuple[
        str, ...
    ] = ()  # lines of the web page printed around the title: the first (the breadcrumb,
    #   ``공약관리 > 공약사업 > 상세조회``) over it, the rest (the buttons' words, ``목록  인쇄  엑셀저장``) under it
    grid_numbers: str = (
        ""  # the achievements' and the plans' tables with a first column so headed (번호 / No),
    )
    #   the rows numbered from 1 a table
    # ---- blind family (dallae-city): a card made as a presentation and exported
    slide_deck: str = (
        ""  # the card as slides so titled: 16:9 landscape pages (PDF 297 x 167 mm; HWPX/HWP a page
    )
    #   of that size), a title slide (the card's title line, the pledge in corner brackets, this deck title, the
    #   as-of line, the department), then the header on a slide of its own and every section from a new slide
    #   under its band (``heading_box``); the footer (``running_footer``) on every slide, the dump's pages too
    fact_tiles: tuple[
        str, ...
    ] = ()  # the overview opened by key-fact tiles so captioned (총사업비, 사업기간,
    #   추진상황): a row of boxes, each a small caption and its figure printed big (the total in 억원 converted
    #   exactly from the funding unit, the period as printed, the status), the caption over or under the figure
    #   (drawn a card); duplicates of the record's facts, not in the record
    # ---- blind family (hanmaru-county): an older HWP house style typed in the IME's fullwidth mode in places
    fullwidth_rows: tuple[
        str, ...
    ] = ()  # funding rows (by source: "total", "national" ...) whose amounts are
    #   typed in fullwidth mode, the comma too (``１，２５０``); the other rows half-width (``1,250``)

    # ---- blind family (moa-city): the PDF printed two pages a sheet (모아찍기)
    sheet_up: int = (
        1  # PDF: 2 -> every landscape sheet holds two portrait pages scaled down side by side (each
    )
    #   with its own running header and page number, a gutter between); the HWPX/HWP and the dump unchanged
    sheet_blank_first: bool = (
        False  # with sheet_up 2: a card whose 관리번호's digits sum to an odd number opens
    )
    #   on a sheet's right half (PDF: a blank page before it, its running header and page number only, as a
    #   report's blank back page prints)

    # ---- blind family (saenal-district): the PDF a searchable scan (samples/render_sandwich.py)
    pdf_sandwich: bool = (
        False  # PDF: every page the scanned image of the printed page (grey, slightly skewed,
    )
    #   dusty) under an invisible OCR word layer (render mode 3, a glyphless font, a word a text object stretched
    #   to its box, no spaces, no vector rules); the HWPX/HWP and the dump unchanged; with sheet_up 2 the sheets
    #   scanned (samples/render_sheets.py then samples/render_sandwich.py)
    pdf_scan: bool = (
        False  # PDF: every page (every sheet, with sheet_up 2) printed and scanned back, an image with
    )
    #   no text layer (samples/render_scan.py): read by OCR, a 2-up sheet a half at a time
    pdf_unmapped_labels: bool = False  # PDF: every table row's first header cell (a row label) set in a font
    #   embedded without ToUnicode and without a cmap (samples/pdf_unmapped.py): printed, its text layer lost
    pdf_turned: int = 0  # PDF: every page printed on its side by its content transform alone (a quarter-turn
    #   ``cm``, the text matrices upright, no /Rotate; samples/render_sheets.turn_by_content): +1 the text running
    #   up the sheet, -1 down it

    # ---- blind family (angae-county): a card printed out of a document system with its watermark
    watermark: str = ""  # a watermark over every page, its lines parted by newlines (the fields of
    #   ``running_text``; ``{printed}`` the print-out's day and time): PDF large pale text turned 35 degrees
    #   across the middle of every page, drawn under the card; HWPX/HWP the page header's (머리말) text; the dump
    #   its lines where a converter puts a page's turned text (after the page's last line)

    # ---- mutated tables (samples/mutate.py: tables)
    thousands: str = ","  # what groups a funding amount's thousands ("": ``1200``, " ": ``1 200``)
    zero_text: str = "-"  # with zero_dash: what a zero amount or count prints (a dash of any shape, ``0``,
    #                       "": the cell left blank)

    # ---- the real-card family (oreum-district): a status grid header (the options across, 해당됨 / 해당안됨
    #   under each, as a published pledge list prints them)
    status_grid: tuple[str, str] = ("해당됨", "해당안됨")  # header_layout "status_grid": the word under the
    #   status option the card's status is, and the word under every other option

    # ---- the second real-card family (dajim-district): the funding as its two margins (samples/layout_marginals.py)
    funding_marginals: tuple[str, str] = (
        "",
        "",
    )  # caption lines ({unit}) over a table of the years' totals and
    #   a table of the sources' totals (sources across, a 비고 column last); no table crosses source and year
    marginal_total: str = "총 계"  # the one row's label in both margin tables

    # ---- blind family (soseul-county): the funding told only in sentences (samples/layout_marginals.py)
    funding_prose: tuple[
        str, ...
    ] = ()  # lines telling the funding, no table: {b} the bullet, {total} the total
    #   with its unit, {parts} the sources' totals bare (``국비 60, 도비 30.5``), {years} the periods' totals each
    #   with its unit (``'23년 25억원, '24년 40.5억원``); no source's year printed (null in the record)

    # ---- session 37's families (byeori-county, haeoreum-city): the classes session 36's blind hand-made cards
    #   showed and no family printed
    roles_cell: str = ""  # header key "depts": one department cell naming both roles under ``lead_label``
    #   ({lead}, {coop}: ``주관: 관광과 / 협조: 기획예산과``, a missing coop ``-``)
    funding_stack: str = (
        ""  # the funding as stacked tables, a caption line (``stack_caption``) over each: "year"
    )
    #   (the total's table, then a table a period: the sources down, that period's one column), "source" (a table
    #   a funding row: the periods across, that row alone under them)
    stack_caption: str = "< {label} >"  # with funding_stack: the line over each stacked table ({label}: the
    #   period's head or the row's label)
    stack_row: str = "사업비"  # with funding_stack: the label of each stacked table's one row
    half_actual: bool = (
        False  # goals_layout "halves": the actual split over the halves too (실적 over 상반기 |
    )
    #   하반기 | 계), a half not yet reported ``-``
    achievements_months: tuple[
        str, ...
    ] = ()  # every year block (its title the year alone: ``2024년``) a table so
    #   headed (월 | 추진사항 | 성과): a row a level-1 item, its month cell the month alone (``3월``), the items under
    #   it in its content cell, a word in the last (완료, or empty); Family.month_rows dates the items
    status_progress: str = (
        ""  # the status printed after the pledge's progress (``진척도 {pct}% {status}``: {pct}
    )
    #   100 done, 0 not started, else layout_header_grids.progress); the record's status the word alone (as read:
    #   extract/sections/header_status_progress.py)

    # ---- session 41's families (famgen5)
    goals_original: str = ""  # the head of a goal column ``goals_order`` key "original" prints: the goal's
    #   first target (당초목표: its figure other than the one in force, not in the record) before the revised one
    outreach_channel_years: str = (
        ""  # outreach_layout "channel_years": the head of the channel column (구분):
    )
    #   the channels down, the period's years across and each channel's 계 last, a 합계 row last (the record's)

    # ---- session 42's families (famgen7)
    funding_after_rows: tuple[str, ...] = ()  # the generic funding table: rows after the record's so labelled
    #   (전년도 이월, 불용액): money carried in from the year before or left unspent, a small amount a period
    #   and their sum in the total column; not funding sources, not in the record
    year_shares: str = ""  # funding_layout "transposed": a last column so headed (재원 분담), each period's
    #   sources' shares as text (``국비 50% · 도비 15% · 군비 35%``), none in the total row; not in the record
    outreach_events: tuple[str, ...] = ()  # the outreach as a flat log of events so headed (일자 | 구분 |
    #   주요내용 | 횟수 | 참석인원): an event a row in date order, the channels interleaved, its count ``2회`` and
    #   its people ``120명`` (none for media); a 합계 row last (``{total}회``). The record's counts: each
    #   channel's events summed
    title_as_of: str = ""  # the as-of date printed after the card's title on its line (`` ({date} 기준)``)
    upper_no: str = ""  # a header field (key "upper") so labelled: the pledge's number in the upper
    #   government's plan (도 공약번호 ``도-3-12``), drawn a card; not the card's own 관리번호, not in the record
    upper_no_format: str = "{n}"  # the upper number's shape ({k}: a field digit, {n}: a number)

    # ---- session 42's families (famgen6)
    goals_extra: tuple[str, str, str, str] = (
        "",
        "",
        "",
        "",
    )  # the heads of the goal columns ``goals_order`` keys "whole" (a project's whole-term target, 총괄목표),
    #   "cumulative" (the running total of its actuals, 누계실적), "change" (the actual less the year before's,
    #   전년대비) and "reason" (words why a goal lags, 부진사유) print: none in the record (layout_goals)

    # ---- session 43's families (famgen9)
    effects_rows: tuple[str, str] = (
        "",
        "",
    )  # the effects as a table so headed (구분 | 기대효과): an effect a
    #   row, a short kind in the first cell (``effects_kinds`` in turn: 주민생활, 지역경제; not in the record)
    #   and the effect's words, no bullet, in the second
    effects_kinds: tuple[str, ...] = ()
    # ---- session 43's families (famgen8)
    goals_quarter_heads: tuple[str, ...] = ()  # goals_layout "quarter_actuals": the heads under the actual's
    #   spanning head (goals_labels[1]): the quarters' own actuals (1/4 .. 4/4, bare figures, a quarter not yet
    #   reported ``-``) and last the year's (its 계: the record's actual), the year and the project as columns
    goals_quarter_untotalled: bool = (
        False  # goals_layout "quarter_actuals": some cards (drawn) print the quarters
    )
    #   only, no year's total: the year's actual printed nowhere (null in the record, never a quarter's)
    goals_baseline: tuple[str, str, str] = (
        "",
        "",
        "",
    )  # goals_layout "baseline": the heads of a unit column,
    #   a baseline column (기준치: the indicator's figure before the term, one a project) before the target and a
    #   difference column (증감: actual less target, signed ``+3`` / ``-12``) after the actual; none in the record
    #   (each head a ``|``-separated choice drawn a card, ``{y}`` / ``{yy}`` the baseline's year: before the goals')

    # ---- session 44's families (famgen10)
    goals_project_first: bool = (
        False  # goals_layout "quarter_actuals": the project's column before the year's
    )
    #   (``세부사업 | 연도 | 목표 | 실적 ...``); goals_quarter_heads may name halves (상반기 | 하반기 | 연간): the
    #   periods every head but the last, a half reported once its half-year has begun
    goals_progress: str = ""  # the head of a goal column ``goals_order`` key "progress" prints: the work's
    #   progress in percent, bare (공정률(%): 100 done, 0 not begun, a 공정률 goal's actual, else drawn); not in the
    #   record, never a goal's target or actual
    goals_sum_row: str = (
        ""  # goals_layout "year_group": a row so labelled closing each year's group: the year's
    )
    #   targets and actuals summed where they share one unit (``-`` else), the progress column's mean; no goal

    # ---- session 45's families (famgen12)
    goals_term_total: str = ""  # goals_layout "years_across": a last column after the years headed so (a
    #   ``|``-separated choice drawn a card; ``{y1}`` / ``{y2}`` / ``{yy1}`` / ``{yy2}`` the first and last goal
    #   years): the project's TERM TOTAL under its 목표 and 실적 rows (the years' figures summed where they share
    #   a count or measure unit and all have one, ``-`` else; nothing under the others); no goal, no year's figure
    goals_term_first: bool = False  # with goals_term_total: one card in two (drawn) prints the term-total
    #   column BEFORE the years (right after the row labels), the others after them
    goals_head_unit: bool = (
        False  # goals_layout "year_col" / "year_group": the goals' one unit printed in the
    )
    #   target and actual heads only (``목표(개소)`` | ``실적(개소)``), the cells bare figures (Family.head_unit_goals)
    # ---- session 45's families (famgen13)
    unit_above_heading: str = ""  # with section_order: the funding unit told on a right-aligned caption line
    #   ABOVE the funding section's heading (``(단위: {unit})``), far from the table; no unit line at the table
    funding_after_cols: tuple[str, ...] = ()  # the generic funding table: columns after the periods so headed
    #   (전년도 이월, 불용): each row's money carried in or left unspent, a small amount; no period, not in the record
    goals_continued: int = 0  # the goal table broken by a page break before this body row (at a row no cell
    #   spans across), its rest under a ``continued_caption`` line WITHOUT its head rows printed again
    header_repeat: bool = (
        False  # the header table printed again at the top of the page after the card's first
    )
    #   page break (over the ``continued_caption`` line)

    @classmethod
    def pick(cls, seed: int) -> Style:
        r = random.Random(f"style-{seed}")
        numbered = r.random() < 0.3
        return cls(
            header_order=r.choice(["title_first", "title_first", "no_first"]),
            lead_label=r.choice(["추진부서", "추진부서", "주관부서"]),
            status_label=r.choice(["추진상황", "추진상황", "이행상황"]),
            phone_label=r.choice(["전화번호", "연락처"]),
            overview_heading=r.choice(["사업개요", "사업 개요"]),
            funding_heading=r.choice(["재원투자 실적 및 계획", "재원투자 실적 및 계획", "투자계획"]),
            achievements_heading=r.choice(["추진실적(성과)", "추진실적"]),
            plans_heading=r.choice(["향후계획", "향후 추진계획"]),
            effects_heading=r.choice(["<기대효과>", "기대효과"]),
            heading_mark="" if numbered else "□",
            numbered=numbered,
            two_column=r.random() < 0.3,
            spaced_labels=r.random() < 0.6,
            zero_dash=r.random() < 0.7,
            year_suffix=r.random() < 0.7,
            effect_arrow=r.random() < 0.5,
            group_open=r.choice(["《", "《", "【", "<"]),
            group_close={"《": "》", "【": "】", "<": ">"}["《"],
            font_pt=r.choice([10.0, 10.5, 11.0, 12.0]),
            line_height=r.choice([1.5, 1.8, 2.2, 2.6]),
        )._fix_brackets()

    def _fix_brackets(self) -> Style:
        close = {"《": "》", "【": "】", "<": ">"}[self.group_open]
        return Style(**{**{k: getattr(self, k) for k in self.__slots__}, "group_close": close})

    def heading_size(self) -> float:
        """The type size (points) of a shaded heading (``heading_shade``)."""
        return self.heading_pt or self.font_pt + 2

    def spaced(self, label: str) -> str:
        """``공약명`` -> ``공 약 명`` (2-3 syllable labels) when the template spaces its labels; with
        ``label_fill`` 2-5 syllable labels spread to fill the cell (``구    분``, ``관 리 번 호``)."""
        if self.spaced_labels and self.label_fill and 2 <= len(label) <= 5 and " " not in label:
            return (" " * max(1, (self.label_fill - 2 * len(label)) // (len(label) - 1))).join(label)
        if not self.spaced_labels or len(label) not in (2, 3) or " " in label:
            return label
        return (self.label_gap or ("  " if len(label) == 2 else " ")).join(label)

    def broken(self, label: str) -> str:
        """``담당부서`` -> ``담 당`` newline ``부 서``: a four-syllable label broken over two lines of its
        cell, each half spaced (header_layout ``split_no``); other labels as :meth:`spaced`."""
        if len(label) != 4 or " " in label:
            return " ".join(label) if len(label) in (2, 3) else label
        return f"{' '.join(label[:2])}\n{' '.join(label[2:])}"


SEED_STYLE = Style()
