"""The template families (samples/families.py) and their committed corpus (samples/families/).

Issue 11 asks for >= 0.98 per family and format. The extractor does not reach that yet, so the
score test is a ratchet: ``THRESHOLDS`` holds 0.98 where it is reached and otherwise the measured
score floored to 0.01; a score that drops below its threshold fails. Raise a threshold when the
extractor improves (``pledgecard eval samples/families/F out/F --verbose`` shows the misses).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from pledgecard.normalize.dates import parse_date
from pledgecard.schema import validate_record
from pledgecard.scoring import Tally, load_records, score_record
from samples import generate
from samples.families import BY_NAME, FAMILIES, family_records, family_seeds
from samples.synth import find_counts

from conftest import committed_records, wrong_figures_of

REPO = Path(__file__).resolve().parents[1]
FAMILY_DIR = REPO / "samples" / "families"
EXT_FORMAT = {".txt": "txt", ".pdf": "pdf", ".hwp": "hwp", ".hwpx": "hwpx"}
FORMATS = ("txt", "pdf", "hwp", "hwpx")
TARGET = 0.98

THRESHOLDS: dict[tuple[str, str], float] = {
    ("gaon-city", "txt"): 0.98,
    ("gaon-city", "pdf"): 0.98,
    ("gaon-city", "hwp"): 0.98,
    ("gaon-city", "hwpx"): 0.98,
    (
        "hanbit-province",
        "txt",
    ): 0.97,  # issue 11 target 0.98: goal rows whose target and worded actual the dump does not set apart
    ("hanbit-province", "pdf"): 0.98,
    ("hanbit-province", "hwp"): 0.98,
    ("hanbit-province", "hwpx"): 0.98,
    ("solmae-county", "txt"): 0.98,
    ("solmae-county", "pdf"): 0.98,
    ("solmae-county", "hwp"): 0.98,
    ("solmae-county", "hwpx"): 0.98,
    ("byeolbit-district", "txt"): 0.98,
    ("byeolbit-district", "pdf"): 0.98,
    ("byeolbit-district", "hwp"): 0.98,
    ("byeolbit-district", "hwpx"): 0.98,
    ("nuri-province", "txt"): 0.98,
    ("nuri-province", "pdf"): 0.98,
    ("nuri-province", "hwp"): 0.98,
    ("nuri-province", "hwpx"): 0.98,
    ("dasom-district", "txt"): 0.98,
    ("dasom-district", "pdf"): 0.98,
    ("dasom-district", "hwp"): 0.98,
    ("dasom-district", "hwpx"): 0.98,
    ("yeoul-county", "txt"): 0.98,
    ("yeoul-county", "pdf"): 0.98,
    ("yeoul-county", "hwp"): 0.98,
    ("yeoul-county", "hwpx"): 0.98,
    ("haneul-city", "txt"): 0.98,
    ("haneul-city", "pdf"): 0.98,
    ("haneul-city", "hwp"): 0.98,
    ("haneul-city", "hwpx"): 0.98,
    ("maru-county", "txt"): 0.98,
    ("maru-county", "pdf"): 0.98,
    ("maru-county", "hwp"): 0.98,
    ("maru-county", "hwpx"): 0.98,
    ("sora-city", "txt"): 0.98,
    ("sora-city", "pdf"): 0.98,
    ("sora-city", "hwp"): 0.98,
    ("sora-city", "hwpx"): 0.98,
    ("garam-metro", "txt"): 0.98,
    ("garam-metro", "pdf"): 0.98,
    ("garam-metro", "hwp"): 0.98,
    ("garam-metro", "hwpx"): 0.98,
    # designed blind (issue 11); before the extractor read them: dahae 0.992 each format, bomi txt
    # 0.644, pdf/hwp/hwpx 0.841
    ("dahae-city", "txt"): 0.98,
    ("dahae-city", "pdf"): 0.98,
    ("dahae-city", "hwp"): 0.98,
    ("dahae-city", "hwpx"): 0.98,
    ("bomi-county", "txt"): 0.98,
    ("bomi-county", "pdf"): 0.98,
    ("bomi-county", "hwp"): 0.98,
    ("bomi-county", "hwpx"): 0.98,
    # two families designed blind (before reading the extractor): blind scores in samples/README.md
    (
        "chorong-city",
        "txt",
    ): 0.94,  # issue 11 target 0.98: a goal row whose worded target and actual the dump runs together
    ("chorong-city", "pdf"): 0.98,
    ("chorong-city", "hwp"): 0.98,
    ("chorong-city", "hwpx"): 0.98,
    ("haram-district", "txt"): 0.98,
    ("haram-district", "pdf"): 0.98,
    ("haram-district", "hwp"): 0.98,
    ("haram-district", "hwpx"): 0.98,
    ("areum-district", "txt"): 0.96,  # goal rows under 계획 / 실적 with worded targets in text dumps
    ("areum-district", "pdf"): 0.98,
    ("areum-district", "hwp"): 0.98,
    ("areum-district", "hwpx"): 0.98,
    ("saebom-county", "txt"): 0.98,
    ("saebom-county", "pdf"): 0.98,
    ("saebom-county", "hwp"): 0.98,
    ("saebom-county", "hwpx"): 0.98,
    # designed blind in session 6: blind scores in samples/README.md
    (
        "eunha-province",
        "txt",
    ): 0.98,  # 0.938 -> 0.985 (session 25): a target restating the title's first word begins there
    ("eunha-province", "pdf"): 0.98,
    ("eunha-province", "hwp"): 0.98,
    ("eunha-province", "hwpx"): 0.98,
    ("narae-city", "txt"): 0.98,
    ("narae-city", "pdf"): 0.98,
    ("narae-city", "hwp"): 0.98,
    ("narae-city", "hwpx"): 0.98,
    # designed blind (issue 11); before the extractor read them: gureum 0.840 each format, iseul txt
    # 0.549, pdf/hwp/hwpx 0.390
    ("gureum-city", "txt"): 0.98,
    ("gureum-city", "pdf"): 0.98,
    ("gureum-city", "hwp"): 0.98,
    ("gureum-city", "hwpx"): 0.98,
    ("iseul-county", "txt"): 0.98,
    ("iseul-county", "pdf"): 0.98,
    ("iseul-county", "hwp"): 0.98,
    ("iseul-county", "hwpx"): 0.98,
    # designed blind (issue 11, session 7); before the extractor read them: jinsol pdf/hwp/hwpx 0.886, txt
    # 0.733; bitna pdf 0.563, hwp/hwpx 0.590, txt 0.636
    ("jinsol-county", "txt"): 0.98,
    ("jinsol-county", "pdf"): 0.98,
    ("jinsol-county", "hwp"): 0.98,
    ("jinsol-county", "hwpx"): 0.98,
    ("bitna-district", "txt"): 0.97,  # issue 11 target 0.98: goal rows whose worded target and actual the
    # dump runs together with no status word between them (and a row under a project cell merged or
    # not, no 추진내용 column to tell) are left out
    ("bitna-district", "pdf"): 0.98,
    ("bitna-district", "hwp"): 0.98,
    ("bitna-district", "hwpx"): 0.98,
    # designed blind in session 7 (issue 11); before the extractor read them: dasan 0.788 pdf/hwp/hwpx,
    # 0.752 txt; hanul 0.965 pdf/hwp/hwpx, 0.812 txt (36 wrong outreach figures)
    (
        "dasan-edu",
        "txt",
    ): 0.97,  # issue 11 target 0.98: a goal row whose project and a target of several words
    # before its figure the dump runs together (학습지원센터 조성 | 연수 이수 교원 93명)
    ("dasan-edu", "pdf"): 0.98,
    ("dasan-edu", "hwp"): 0.98,
    ("dasan-edu", "hwpx"): 0.98,
    (
        "hanul-special",
        "txt",
    ): 0.97,  # issue 11 target 0.98: a goal row whose worded target and actual the dump
    # runs together (기본계획 수립 운영 완료) is left out
    ("hanul-special", "pdf"): 0.98,
    ("hanul-special", "hwp"): 0.98,
    ("hanul-special", "hwpx"): 0.98,
    # designed blind in session 8 (issue 11); before the extractor read it: sinbi 0.667 pdf/hwp/hwpx, 0.567 txt,
    # no wrong figure (goals 0.000: indicators across the columns unread; quarters '24.3/4 unread)
    ("sinbi-county", "txt"): 0.98,
    ("sinbi-county", "pdf"): 0.98,
    ("sinbi-county", "hwp"): 0.98,
    ("sinbi-county", "hwpx"): 0.98,
    # designed blind in session 8 (issue 11); before the extractor read it: 0.751 pdf, 0.756 hwp/hwpx,
    # 0.527 txt, 29 wrong figures (국비 read from its first sub-source row, 국고보조금; goal targets in txt)
    ("mirae-city", "txt"): 0.98,
    ("mirae-city", "pdf"): 0.98,
    ("mirae-city", "hwp"): 0.98,
    ("mirae-city", "hwpx"): 0.98,
    # designed blind in session 9 (issue 11); before the extractor read it: 0.598 in every format, 12 wrong
    # figures (the transposed funding's two-row head: 재원 over the sources; goals with a 단위 column and the
    # years over 목표 | 실적 sub-columns unread; 관련부서 협조 and 사업목표 unknown)
    ("dodam-district", "txt"): 0.98,
    ("dodam-district", "pdf"): 0.98,
    ("dodam-district", "hwp"): 0.98,
    ("dodam-district", "hwpx"): 0.98,
    # designed blind in session 9 (issue 11); before the extractor read it: 0.054 in every format, no wrong
    # figure (the 제1장 headings unread: nothing but the header placed)
    ("nodeul-county", "txt"): 0.98,
    ("nodeul-county", "pdf"): 0.98,
    ("nodeul-county", "hwp"): 0.98,
    ("nodeul-county", "hwpx"): 0.98,
    # designed blind (session 9); before the extractor read it: pdf/hwp/hwpx 0.727, txt 0.594 (the
    # overview as header rows, dates 23.5., bare year blocks, the quarterly goal table unread; the
    # 증감 column read as money)
    ("yunseul-city", "txt"): 0.98,
    ("yunseul-city", "pdf"): 0.98,
    ("yunseul-city", "hwp"): 0.98,
    ("yunseul-city", "hwpx"): 0.98,
    # designed blind (session 10): 0.988 in every format blind (the pledge's number and name on a line
    # of their own over a header table naming neither), 1.000 after
    ("saemteo-metro", "txt"): 0.98,
    ("saemteo-metro", "pdf"): 0.98,
    ("saemteo-metro", "hwp"): 0.98,
    ("saemteo-metro", "hwpx"): 0.98,
    # designed blind (session 10); before the extractor read it: pdf 0.774, hwpx/hwp 0.095, txt 0.877,
    # no wrong figure (the side-by-side columns interleaved in PDF and a layout table unread in
    # HWPX/HWP, ❶ / ㈎ numbering, the photo boxes read as a side table)
    ("daon-special-city", "txt"): 0.98,
    ("daon-special-city", "pdf"): 0.98,
    ("daon-special-city", "hwp"): 0.98,
    ("daon-special-city", "hwpx"): 0.98,
    # designed blind (session 11); before the extractor read it: pdf/hwpx/hwp 0.375, txt 0.316, no wrong figure
    ("gyeol-province", "txt"): 0.98,
    ("gyeol-province", "pdf"): 0.98,
    ("gyeol-province", "hwp"): 0.98,
    ("gyeol-province", "hwpx"): 0.98,
    # maeul-county, designed blind (session 11): PDF/HWPX/HWP 0.468, txt 0.285 before the fixes (Latin
    # heading letters A. / C-1. unread, the funding's 예산|집행|집행률 sub-columns unread, the overview
    # table's rows printed without a colon in the dump, the goal column word 추진률); no wrong figure
    ("maeul-county", "txt"): 0.98,
    ("maeul-county", "pdf"): 0.98,
    ("maeul-county", "hwp"): 0.98,
    ("maeul-county", "hwpx"): 0.98,
    (
        "sup-district",
        "txt",
    ): 0.98,  # goal details the dump runs together with the 비고 cell after them stay null
    ("sup-district", "pdf"): 0.98,
    ("sup-district", "hwp"): 0.98,
    ("sup-district", "hwpx"): 0.98,
    # dalbit-county, designed blind (session 12): a booklet of 2-3 pledges' cards behind a cover, a contents
    # page and a divider page a field; blind 0.998 pdf/hwpx/hwp, 0.968 txt, no wrong figure (the divider
    # pages' lines read as the card before's 기대효과; in the dump the running header, its words read as
    # header labels, kept as card text). txt: worded goal rows the dump runs together are left out
    ("dalbit-county", "txt"): 0.97,
    ("dalbit-county", "pdf"): 0.98,
    ("dalbit-county", "hwp"): 0.98,
    ("dalbit-county", "hwpx"): 0.98,
    # noeul-city, designed blind (session 12): PDF 0.729, HWPX/HWP/txt 1.000 before the fixes (the
    # open-sided funding, goal and outreach tables, no vertical rule, read as running text); no wrong figure
    ("noeul-city", "txt"): 0.98,
    ("noeul-city", "pdf"): 0.98,
    ("noeul-city", "hwp"): 0.98,
    ("noeul-city", "hwpx"): 0.98,
    ("yeoreum-city", "txt"): 0.98,  # designed blind (session 12): 0.451 / 0.289 / 0.289 / 0.289 before
    ("yeoreum-city", "pdf"): 0.98,
    ("yeoreum-city", "hwp"): 0.98,
    ("yeoreum-city", "hwpx"): 0.98,
    # chaeum-city, designed blind (session 13): pdf/hwpx/hwp 0.643, txt 0.572, 4 wrong figures (achievement
    # counts paired off) before the fixes: items numbered 3-1-1 and blocks 3-1 unread, headings with an
    # English gloss (06 향후 추진계획 Schedule) unknown, plans as a dated checklist (☐ date text) read as
    # headings, the dump's running footer (title…  - 2 -) cut no page so the running lines stayed
    ("chaeum-city", "txt"): 0.98,
    ("chaeum-city", "pdf"): 0.98,
    ("chaeum-city", "hwp"): 0.98,
    ("chaeum-city", "hwpx"): 0.98,
    (
        "haetsal-county",
        "txt",
    ): 0.98,  # designed blind (session 13): 0.947 / 0.972 / 0.972 / 0.972 before; 0.972 txt
    #                                   while the project took a target's words (이용률 향상 17% read as 17%; the
    #                                   rate word binds its percent: 0.986, session 16). Left: 정비 구간 4.6km under a
    #                                   merged project or a project of its own, the dump does not show (unread, a finding)
    ("haetsal-county", "pdf"): 0.98,
    ("haetsal-county", "hwp"): 0.98,
    ("haetsal-county", "hwpx"): 0.98,
    ("dure-county", "txt"): 0.98,  # designed blind (session 13): 0.718 / 0.655 / 0.655 / 0.655 before; 0.97
    #                                while the site table's cells of several words ran together (the figure column its
    #                                head names by its unit now cuts them: 0.983, session 14)
    ("dure-county", "pdf"): 0.98,
    ("dure-county", "hwp"): 0.98,
    ("dure-county", "hwpx"): 0.98,
    # gilmok-city, designed blind (session 14) from real cards and quarterly 공약 추진상황 reports: pdf/hwpx/hwp
    # 0.954, txt 0.736, no wrong figure before the fixes: the header's 분야 > 공약 > 세부사업 rows (the title under
    # 세부사업, numbered by the 관리번호), the status as options with bracketed marks, 점검기준, the 기확보 column,
    # the goals' 이행률(%) column, and a heading after the glyph-numbered sibling (■ Ⅴ.) read as a plan
    ("gilmok-city", "txt"): 0.98,
    ("gilmok-city", "pdf"): 0.98,
    ("gilmok-city", "hwp"): 0.98,
    ("gilmok-city", "hwpx"): 0.98,
    # sanha-county, designed blind (session 14): pdf/hwpx/hwp 0.651, txt 0.542, no wrong figure before the
    # fixes: section labels set one syllable a line (군민소통 unknown; a dump's syllable lines unread), a
    # years-across goal head of two rows (구분 merged across rows and columns, the years under a span), an
    # indicator's unit in its project cell, a transposed funding dump ending in a 전년대비 증감 column and
    # spread labels (구    분), a PDF body row cut by the page break (label in two cells, nested goal table
    # cut open). After: 0.998 in every format (산하대학교 stays no org: 산하 is a generic stem)
    ("sanha-county", "txt"): 0.98,
    ("sanha-county", "pdf"): 0.98,
    ("sanha-county", "hwp"): 0.98,
    ("sanha-county", "hwpx"): 0.98,
    # onnuri-district, designed blind (session 14): pdf 0.959, hwpx 0.955, hwp 0.955, txt 0.959, no wrong figure
    # before: dates typed in fullwidth mode (２０２６．６．３０．) and printed 26.03.28 unread, plans dated 연중 /
    # 하반기 중 kept the word in their text, the title beside an approval box (a one-row table) unread in HWPX/HWP
    ("onnuri-district", "txt"): 0.98,
    ("onnuri-district", "pdf"): 0.98,
    ("onnuri-district", "hwp"): 0.98,
    ("onnuri-district", "hwpx"): 0.98,
    # nalgae-city, designed blind (session 15): pdf 0.921, hwpx 0.893, hwp 0.893, txt 0.539, 101 of 416 figures
    # wrong (the 당초 rows of a 당초 / 변경 funding table read as the funding; txt: the diagonal corner's
    # 연도 / 재원 left the head unordered, the goal rows with empty cells read as an aligned side table, the
    # goals' heading unknown; the target under a band spanning the header unread). After: 1.000 in every
    # format, no wrong figure
    ("nalgae-city", "txt"): 0.98,
    ("nalgae-city", "pdf"): 0.98,
    ("nalgae-city", "hwp"): 0.98,
    ("nalgae-city", "hwpx"): 0.98,
    # mulbit-city, designed blind (session 15): pdf 0.844, hwpx 0.878, hwp 0.878, txt 0.854, 6 wrong figures
    # before: outreach as a dated log (its people total read as the count total), plans by quarter under year
    # lines, a day opening an item among colon-dated ones, items wrapped over three lines with a hanging
    # indent, a dump's 월 | 추진내용 table a word a cell. After: 0.995 in every format (the kind unread)
    ("mulbit-city", "txt"): 0.98,
    ("mulbit-city", "pdf"): 0.98,
    ("mulbit-city", "hwp"): 0.98,
    ("mulbit-city", "hwpx"): 0.98,
    # doran-city, designed blind (session 15): pdf 0.985, hwpx 0.985, hwp 0.985, txt 0.967, 0 wrong of 374.
    # Before: a title naming no 관리카드 (공약 실천계획 이행상황) unread; the department's levels as sub-heads over
    # their values (소관부서 | 실·국 | 과 | 팀) read as the sub-head; a rank compounded with its series (행정주무관)
    # kept in the name; an extension after ☏ unread; txt: 협조부서 printed a department a line kept the first.
    # After: 1.000 in PDF, HWPX and HWP; txt 0.984 (a goal row whose worded target and actual run together)
    ("doran-city", "txt"): 0.98,
    ("doran-city", "pdf"): 0.98,
    ("doran-city", "hwp"): 0.98,
    ("doran-city", "hwpx"): 0.98,
    # neulpum-district, designed blind (session 16): pdf 0.237, hwpx 0.237, hwp 0.237, txt 0.979, 0 wrong of 300.
    # Before: the achievements and the plans side by side in one table under heads naming them (그간 추진실적 |
    # 향후 추진계획) read as one unplaced side table; a title naming its report (공약사업 추진상황 카드) unread;
    # txt: the contents' first item on its label's line (주요내용 ❑ ...) unread. After: 1.000 in PDF, HWPX and
    # HWP; txt 0.985 (the dump prints each row's plans cell after its achievements cell: the plans stay unread)
    ("neulpum-district", "txt"): 0.98,  # 1.000 measured in session 26 (the plans told by their dates)
    ("neulpum-district", "pdf"): 0.98,
    ("neulpum-district", "hwp"): 0.98,
    ("neulpum-district", "hwpx"): 0.98,
    # gaeul-county, designed blind (session 16): pdf 0.492, hwpx 0.492, hwp 0.492, txt 0.494, 0 wrong of 288.
    # Before: an indicator table with columns after the years (최종목표, 달성률(%)) unread in every format; the
    # first block printed as a table by quarter (분기 | 주요 추진내용 | 비고, the quarter cell spanning its items)
    # read as a side table; ㄴ items text. After: 1.000 in PDF, HWPX and HWP; txt 0.994 (a row under a spanning
    # quarter cell the dump prints once is left undated)
    ("gaeul-county", "txt"): 0.98,
    ("gaeul-county", "pdf"): 0.98,
    ("gaeul-county", "hwp"): 0.98,
    ("gaeul-county", "hwpx"): 0.98,
    # saemmul-province, designed blind (session 16): pdf 0.827, hwpx 0.827, hwp 0.827, txt 0.766, 0 wrong of 360.
    # Before: periods named by a year and its bound ('22까지, ~2022, 2027 이후) read as no period; (도비) (시군비)
    # under 지방비 dropped (지방비 read in their place); txt: '22까지 read as 2022 and 2027 이후 as two columns,
    # every amount null; ㄴ items read as side tables. After: 1.000 in every format
    ("saemmul-province", "txt"): 0.98,
    ("saemmul-province", "pdf"): 0.98,
    ("saemmul-province", "hwp"): 0.98,
    ("saemmul-province", "hwpx"): 0.98,
    # dorae-county, designed blind (session 18): pdf 0.570, hwpx 0.570, hwp 0.570, txt 0.544, 0 wrong of 240.
    # Before: term ordinals (1차년도('23) / 2차년도, 민선8기 2년차) read as no period; 계획 | 확보 | 집행 sub-columns
    # not parted (the 집행 column's head read as a period); goal cells 189/123 unread; 제1분기 read as the year;
    # the header's right-hand column (추진상황 over its value) unread; txt: both section headings unknown.
    # After: 1.000 in every format, 0 wrong of 400
    ("dorae-county", "txt"): 0.98,
    ("dorae-county", "pdf"): 0.98,
    ("dorae-county", "hwp"): 0.98,
    ("dorae-county", "hwpx"): 0.98,
    # binnae-city, designed blind (session 18): pdf 0.050, hwpx 0.927, hwp 0.927, txt 0.785, 0 wrong of 376.
    # Before: PDF: every section label drawn turned read a character a line in reverse (no section found), the
    # pages' two newspaper columns read row by row across, the funding table the column break cut read as two;
    # 제N분기 unread in every format; txt: the funding heading run onto its table's head row. After: 1.000 in
    # every format
    ("binnae-city", "txt"): 0.98,
    ("binnae-city", "pdf"): 0.98,
    ("binnae-city", "hwp"): 0.98,
    ("binnae-city", "hwpx"): 0.98,
    # haemil-province, designed blind (session 18): pdf 0.875, hwpx 0.875, hwp 0.875, txt 0.830, 0 wrong of 308.
    # Before: ordinal quarters (2024년 제3분기) unread, 책임부서 unknown (the department and, in the dump, the contact
    # beside it lost), 도민 소통 및 참여 unknown (the heading after it read as a plan). After: 1.000 in PDF, HWPX and
    # HWP; txt 0.964 (goal rows whose worded target and actual the dump runs together: today's measure, below 0.98;
    # session 19: each card's first goal row, 청년농업 기반 구축 실시설계 완료 설계 완료 - 완료, has its actual set apart
    # by the status word inside, but where its project ends no other row, column or head position shows: left;
    # session 20: nor another table (no funding row by 세부사업 labels it), nor a repeated value shape; session 21:
    # nor a card of the same pledge in the file, nor the cell count: 0.964 measured, left)
    ("haemil-province", "txt"): 0.96,
    ("haemil-province", "pdf"): 0.98,
    ("haemil-province", "hwp"): 0.98,
    ("haemil-province", "hwpx"): 0.98,
    # gyeoul-county, designed blind (session 19): pdf 0.963, hwpx 0.963, hwp 0.963, txt 0.929, 0 wrong of 294.
    # Before: a funding figure with a footnote mark (1,200※, 350*, 820주1)) dropped its whole row; 지방비 kept over
    # the 도비 and 군비 rows it totals (the money twice) and 국비's breakdown row `- 기금` read as a source of its
    # own; txt: the labels of no field (공약구분, 사업위치) and the as-of label (보고분기) run into the values
    # before them. After: 1.000 in PDF, HWPX and HWP; txt 0.981 (a goal row whose worded target and actual
    # the dump runs together, as for doran-city)
    ("gyeoul-county", "txt"): 0.98,
    ("gyeoul-county", "pdf"): 0.98,
    ("gyeoul-county", "hwp"): 0.98,
    ("gyeoul-county", "hwpx"): 0.98,
    # hayan-district, designed blind (session 19): pdf 0.415, hwpx 0.415, hwp 0.415, txt 0.679, 0 wrong of 344.
    # Before: the achievements as log tables (연도 | 월 | 추진내용, the year and month cells spanning their rows)
    # read as side tables; the effects as a table of kinds (정량적 효과 | 정성적 효과) unread (txt: the heads read
    # as an effect, the row as one); txt: a month line glued to the row above, a row to the item above it.
    # After: 1.000 in PDF, HWPX and HWP; txt 0.979 (a goal row whose worded target and actual the dump runs
    # together is left out, and the rows under its merged project cell with no project; session 20: no other
    # table labels its project (스마트팜 인재양성 착공 설계 완료: 2 + 1 + 2 words or any other cut), left; session 21:
    # nor the years, the cell count or a card of the same pledge: 0.979 measured)
    (
        "hayan-district",
        "txt",
    ): 0.97,  # issue 11 target 0.98: that goal row and the projects of the rows under it
    ("hayan-district", "pdf"): 0.98,
    ("hayan-district", "hwp"): 0.98,
    ("hayan-district", "hwpx"): 0.98,
    # gangmul-city, designed blind (session 19): pdf 0.925, hwpx 0.925, hwp 0.925, txt 0.925, 0 wrong of 76.
    # Before: the goals a table of the as-of year's quarters (1/4분기 .. 4/4분기 | 누계, a 계획 and a 실적 row an
    # indicator) under a heading no vocabulary named (분기별 성과지표 추진실적): left unparsed, goals 0.000; the
    # period with its length in brackets (2023 ~ 2026 (4년간)) read as no date. After: 1.000 in every format
    ("gangmul-city", "txt"): 0.98,
    ("gangmul-city", "pdf"): 0.98,
    ("gangmul-city", "hwp"): 0.98,
    ("gangmul-city", "hwpx"): 0.98,
    # yeonbit-county, designed blind (session 20): pdf 0.638, hwpx 0.638, hwp 0.638, txt 0.523, 4 wrong of 316.
    # Before: section headings numbered by Hangul consonants (ㄱ. ㄴ. ㄷ.) no numbering (ㄴ. read as the corner
    # bullet ㄴ: the achievements' heading ran onto the wrapped item above it, the plans and the tables read as
    # achievements, a note's counts paired with the wrong item); txt: a wrapped item's last line closing on its
    # date read as a table row. After: 1.000 in every format
    ("yeonbit-county", "txt"): 0.98,
    ("yeonbit-county", "pdf"): 0.98,
    ("yeonbit-county", "hwp"): 0.98,
    ("yeonbit-county", "hwpx"): 0.98,
    # ieum-county, designed blind (session 20): pdf 0.942, hwpx 0.942, hwp 0.942, txt 0.938, 0 wrong of 312.
    # Before: the header (group labels 공 약 / 담 당 / 추 진 spanning their fields' rows) read as a body table's
    # sections, every header field lost; in the Markdown dump the goal rows run together (a worded target
    # beside a worded actual) left out; a count printed as a range (33~44명) read as its end, a wrong figure (the
    # approximate counts, added after the first measure). After: 1.000 in every format
    ("ieum-county", "txt"): 0.98,
    ("ieum-county", "pdf"): 0.98,
    ("ieum-county", "hwp"): 0.98,
    ("ieum-county", "hwpx"): 0.98,
    # baram-county, designed blind (session 20): pdf 0.895, hwpx 0.895, hwp 0.895, txt 0.926, 3 wrong of 330.
    # Before: the funding table broken by a page break and continued under a (계속) line with its head again
    # read as its first part only (the rows after the break null); txt: the outreach of a year a row read as
    # its first year's row (3 wrong), the goals with a 추진단계 stage-bar column left unread. After: 1.000
    ("baram-county", "txt"): 0.98,
    ("baram-county", "pdf"): 0.98,
    ("baram-county", "hwp"): 0.98,
    ("baram-county", "hwpx"): 0.98,
    # geurim-city, designed blind (session 21): pdf 0.994, hwpx 0.994, hwp 0.994, txt 0.707, 0 wrong of 256.
    # Before: statuses in the city's words (추진 차질, 추진 유보) coded other; txt: every table drawn with box
    # characters (a text browser's dump) read as text rows, the header's values with their bars and the funding
    # table null. After: 1.000 in every format
    ("geurim-city", "txt"): 0.98,
    ("geurim-city", "pdf"): 0.98,
    ("geurim-city", "hwp"): 0.98,
    ("geurim-city", "hwpx"): 0.98,
    # gippeum-county, designed blind (session 21): pdf 1.000, hwpx 0.835, hwp 0.835, txt 0.859, 3 wrong of 219.
    # Before: the tables a page break cut inside a row (HWP/HWPX: two tables, the second opening the next section;
    # txt: the row's rest atop the next page under the running header, which was read as an item) read as two
    # rows or two tables (the funding rows after the break null, cut items as two). After: 1.000
    ("gippeum-county", "txt"): 0.98,
    ("gippeum-county", "pdf"): 0.98,
    ("gippeum-county", "hwp"): 0.98,
    ("gippeum-county", "hwpx"): 0.98,
    # dolbit-city, designed blind (session 21): pdf 0.855, hwpx 0.965, hwp 0.965, txt 0.965, 1 wrong of 304.
    # Before: tables typed at tab stops (no table object, no rules) read as lines: goal rows whose worded cells run
    # together unread, a blank project cell not carried; PDF: the `label<TAB>: value` header cut at the tab (': '
    # read into every value), the typed lines' right-hand cells taken for a page column (a goal target paired off).
    # After: 1.000 in every format
    ("dolbit-city", "txt"): 0.98,
    ("dolbit-city", "pdf"): 0.98,
    ("dolbit-city", "hwp"): 0.98,
    ("dolbit-city", "hwpx"): 0.98,
    # gochim-county, designed blind (session 22): pdf 0.869, hwpx 0.869, hwp 0.869, txt 0.805, 0 wrong of 75.
    # Before: revised figures ('1,200 → 1,350', '1,350' over '(당초 1,200)') left a funding row unread (the whole
    # table in txt), the status read with the last report's ('A → B'); txt: a 비고 cell a line of its own holding
    # numbers ('24 1회 추경 반영, 3건 이월) and rows a line each amid rows a cell a line nulled the table.
    # After: 1.000 in PDF, HWPX, HWP; txt 0.977 (the change table's note cells split at their spaces)
    ("gochim-county", "txt"): 0.98,  # 0.999 measured in session 26 (at the target)
    ("gochim-county", "pdf"): 0.98,
    ("gochim-county", "hwp"): 0.98,
    ("gochim-county", "hwpx"): 0.98,
    # dasi-county, designed blind (session 25): pdf 0.944, hwpx 0.838, hwp 0.838, txt 0.838, 0 wrong of 284.
    # Before: superseded figures struck through beside the ones in force (HWPX/HWP a strikeout character property,
    # PDF a stroke through the glyphs) read as two figures a cell (the revised funding cells null), the status with
    # the struck one. After: pdf, hwpx, hwp 1.000 (struck runs left out by the readers); txt 0.831 (the dump keeps
    # no strikeout: values printed twice over null with extract.markup_lost)
    ("dasi-county", "txt"): 0.83,
    ("dasi-county", "pdf"): 0.98,
    ("dasi-county", "hwp"): 0.98,
    ("dasi-county", "hwpx"): 0.98,
    # jangbu-county, designed blind (session 22): pdf 0.311, hwpx 0.288, hwp 0.288, txt 0.701, 0 wrong of 306.
    # Before: the card one spreadsheet grid (one table): a line indented by an empty first cell and the tables
    # on the sheet's merged columns read as side tables (overview, plans, effects unread, the funding's columns
    # unrecovered); txt: the sheet's tab-separated export (merged cells as empty fields, quoted multi-line
    # cells) read as text rows. After: pdf, hwpx, hwp 1.000, txt 0.997 (a merged 계 label of a side table is
    # one field and empty ones in the export)
    ("jangbu-county", "txt"): 0.98,
    ("jangbu-county", "pdf"): 0.98,
    ("jangbu-county", "hwp"): 0.98,
    ("jangbu-county", "hwpx"): 0.98,
    # yeolmae-county, designed blind (session 22): pdf 0.979, hwpx 0.969, hwp 0.969, txt 0.967, 0 wrong of 278.
    # Before: a footnote hung in a funding cell read into the figure's cell (HWPX/HWP: the source row dropped), its
    # raised call flattened onto the figure (PDF/txt `13,9341)`: the figure null), the notes at a page's foot read
    # as the section the page break fell in (PDF: effects), the title's rounded text box read as a table. After:
    # 1.000 in PDF, HWPX and HWP; txt 0.978 (goal rows whose worded target and actual the dump runs together)
    ("yeolmae-county", "txt"): 0.97,
    ("yeolmae-county", "pdf"): 0.98,
    ("yeolmae-county", "hwp"): 0.98,
    ("yeolmae-county", "hwpx"): 0.98,
    # saetbyeol-county, designed blind (session 23): pdf 0.973, hwpx 0.973, hwp 0.973, txt 0.950, 0 wrong of 306.
    # Before: the card bound as a report (a cover, a contents page of section titles with leaders and pages: no
    # harm while the title line follows them), the plans a Gantt table whose 연번 and 추진기간 columns stand before
    # the half-years headed by words (상반기 / 하반기): its plans unread; txt: the as-of label 보고기준일 unknown.
    # After: pdf, hwpx, hwp 1.000, txt 0.982 (a goal row whose worded target and actual the dump runs together)
    ("saetbyeol-county", "txt"): 0.98,
    ("saetbyeol-county", "pdf"): 0.98,
    ("saetbyeol-county", "hwp"): 0.98,
    ("saetbyeol-county", "hwpx"): 0.98,
    # boram-city, designed blind (session 23): pdf 0.996, hwpx 0.996, hwp 0.996, txt 0.677, 0 wrong of 156.
    # Before: the page's title naming a detail view (공약사업 상세조회) unread as the card's title; txt: the list
    # grids' row numbers read as a block label column (items unsplit, levels lost), the browser's print header
    # and URL footer read into the sections (the dump's pages not cut at `URL  1/3`). After: 1.000 in every format
    ("boram-city", "txt"): 0.98,
    ("boram-city", "pdf"): 0.98,
    ("boram-city", "hwp"): 0.98,
    ("boram-city", "hwpx"): 0.98,
    # dallae-city, designed blind (session 24): pdf 0.771, hwpx 0.995, hwp 0.995, txt 0.975 (the two cards' mean),
    # 0 wrong of 308. Before: the card's kind printed only on a title slide over the header slide (no title
    # line) unread; PDF: the funding and outreach slide tables unread (their shaded head row and label column
    # made a grid of their own, no vertical rule drawn); txt: the footers `달래시    4` read as a table and a
    # plan. After: pdf, hwpx, hwp 1.000, txt 0.979 (goal rows whose worded target and actual the dump runs
    # together stay unread)
    ("dallae-city", "txt"): 0.97,
    ("dallae-city", "pdf"): 0.98,
    ("dallae-city", "hwp"): 0.98,
    ("dallae-city", "hwpx"): 0.98,
    # hanmaru-county, designed blind (session 24): pdf 0.870, hwpx 0.870, hwp 0.870, txt 0.867, 28 wrong of 74 each
    # (千원 read as won, fullwidth figures `１，２５０` read as 1 or not at all, the 計 row unread); after: 1.000, 0 wrong.
    ("hanmaru-county", "txt"): 0.98,
    ("hanmaru-county", "pdf"): 0.98,
    ("hanmaru-county", "hwp"): 0.98,
    ("hanmaru-county", "hwpx"): 0.98,
    # hwarang-city, designed blind (session 24): pdf 0.005, hwpx 0.005, hwp 0.005, txt 0.982, 0 wrong of 78 (PDF,
    # HWPX, HWP: the summary pages' list of pledges, its head `연번 | 공약명 | 담당부서 | 추진상황 | 총사업비(백만원)`,
    # read as a card of its own, the card proper second). After: pdf, hwpx, hwp 1.000, txt 0.982 (a goal row whose
    # worded target and actual the dump runs together stays unread), 0 wrong.
    ("hwarang-city", "txt"): 0.98,
    ("hwarang-city", "pdf"): 0.98,
    ("hwarang-city", "hwp"): 0.98,
    ("hwarang-city", "hwpx"): 0.98,
    # moa-city, designed blind (session 25): its PDF printed two pages a sheet (모아찍기). Blind: pdf 1.000 / 0.909
    # (88002's funding table going on from a sheet's left half to its right half, its last rows unread: 12 cells
    # missing), hwpx, hwp, txt 1.000, 0 wrong of 376. After (pdf_sheets: a 2-up sheet read as its two pages): 1.000, 0 wrong.
    ("moa-city", "txt"): 0.98,
    ("moa-city", "pdf"): 0.98,
    ("moa-city", "hwp"): 0.98,
    ("moa-city", "hwpx"): 0.98,
    # eoul-province, designed blind (session 25): pdf 0.834, hwpx 0.834, hwp 0.834, txt 0.834, 0 wrong of 300 (the
    # 시군별 사업비 배분 table under the funding table left unparsed, the 시군 | 추진내용 | 추진일자 table read as items
    # without their 시군, txt: goals split among 시군 in brackets cut inside the brackets). After: pdf, hwpx, hwp
    # 1.000, txt 0.964 (the 시군 | 추진내용 | 추진일자 table's worded cells read a word a cell), 0 wrong. After (a run
    # of tab-joined rows as many cells as its head a table of its pieces, typed_tables.py): txt 1.000, 0 wrong.
    ("eoul-province", "txt"): 0.98,
    ("eoul-province", "pdf"): 0.98,
    ("eoul-province", "hwp"): 0.98,
    ("eoul-province", "hwpx"): 0.98,
    # oreum-district, modelled on real published pledge pages (session 26): blind pdf 0.963/0.965, hwpx and hwp
    # the same, txt 0.912/0.917, 0 wrong of 316 (the status-grid header unread: 관리번호, 공약사업명, 소관부서 and the
    # status null, the status cell taken from the 진행률(%) head; txt: the goal table unread). After (a pledge list's
    # row as the header, header_option_grid.py; its dump lines read back into the grid, header_option_lines.py): pdf,
    # hwpx, hwp 1.000, txt 0.949 / 0.951 (a goal row the dump runs together unread), 0 wrong.
    ("oreum-district", "txt"): 0.94,
    ("oreum-district", "pdf"): 0.98,
    ("oreum-district", "hwp"): 0.98,
    ("oreum-district", "hwpx"): 0.98,
    ("dajim-district", "txt"): 0.97,  # 0.90 before: its two funding tables read apart (funding_margin_lines)
    ("dajim-district", "pdf"): 0.98,
    ("dajim-district", "hwp"): 0.98,
    ("dajim-district", "hwpx"): 0.98,
    # norae-city, modelled on real published pledge material of other provinces (session 28): blind pdf, hwpx, hwp
    # 0.981, txt 0.866 (the 실천과제 row's title unread, 예상 문제점 및 대응책 read as achievements, txt: the 임기내 column
    # unknown), 0 wrong; the real words in the vocabulary: 1.000 / 0.884; after (funding_header._term_spans, in_term):
    # 1.000 in every format, 0 wrong.
    ("norae-city", "txt"): 0.98,
    ("norae-city", "pdf"): 0.98,
    ("norae-city", "hwp"): 0.98,
    ("norae-city", "hwpx"): 0.98,
    # saenal-district, designed blind (session 26): its PDF a searchable scan (an image a page under an invisible OCR
    # word layer, no vector rules). Blind: pdf 0.228, 1 wrong (pdfium left the glyphless font's one-range ToUnicode
    # unapplied: OCR ran), hwpx 1.000, hwp 1.000, txt 0.982, 0 wrong. After (pdf_engine_pdfium: the reference engine
    # for a page pdfium leaves unmapped, 0.859; pdf_scan_layer: the layer levelled by the image's deskew, the tables
    # ruled in the image): pdf 1.000, 0 wrong.
    ("saenal-district", "txt"): 0.98,
    ("saenal-district", "pdf"): 0.98,
    ("saenal-district", "hwp"): 0.98,
    ("saenal-district", "hwpx"): 0.98,
    # gaji-county, designed blind (session 26): pdf 0.966, hwpx 0.966, hwp 0.966 with 10 wrong each (an amount
    # merged over two years read in both), txt 0.926, 0 wrong. After (funding_spans, funding_blocks.lone_total,
    # sections_scopes): pdf, hwpx, hwp 0.996, txt 0.931 (a dump's merged rows unread), 0 wrong. Session 26 (h-gajileft:
    # the [세부사업n] blocks' group, achievements' labelled_blocks; a dump's short rows placed by the sums,
    # funding_span_rows): pdf, hwpx, hwp 1.000, txt 1.000 / 0.969, 0 wrong.
    ("gaji-county", "txt"): 0.98,
    ("gaji-county", "pdf"): 0.98,
    ("gaji-county", "hwp"): 0.98,
    ("gaji-county", "hwpx"): 0.98,
    # hanui-county, designed blind (session 27): pdf, hwpx, hwp 1.000, txt 0.859, 0 wrong (the dump's two head lines,
    # 지방비 over 소계 | 도비 | 군비, left the funding unread). After (funding_group_heads): txt 1.000, 0 wrong.
    ("hanui-county", "txt"): 0.98,
    ("hanui-county", "pdf"): 0.98,
    ("hanui-county", "hwp"): 0.98,
    ("hanui-county", "hwpx"): 0.98,
    # angae-county, designed blind (session 27): a watermark turned 35 degrees across every page: pdf 0.712 with 17
    # wrong (its letters among the funding cells and lines), hwpx, hwp 1.000, txt 0.991 (the watermark's lines after
    # the effects). After (pdf_oblique, text_closing_marks): 1.000 every format, 0 wrong.
    ("angae-county", "txt"): 0.98,
    ("angae-county", "pdf"): 0.98,
    ("angae-county", "hwp"): 0.98,
    ("angae-county", "hwpx"): 0.98,
    # soseul-county, designed blind (session 28): the funding told only in sentences, no table (a budget sentence of
    # sources, then the years' totals each with its unit): pdf, hwpx, hwp, txt 0.953, 0 wrong (the funding unread).
    # After (funding_prose): 1.000 every format, 0 wrong (six unseen seeds 97003-97010 too).
    ("soseul-county", "txt"): 0.98,
    ("soseul-county", "pdf"): 0.98,
    ("soseul-county", "hwp"): 0.98,
    ("soseul-county", "hwpx"): 0.98,
    # session 37's families from session 36's hand-made cards (samples/README.md "Two families from the hand-made
    # classes"): byeori-county blind pdf, hwpx, hwp, txt 0.829; haeoreum-city 0.775, txt 0.772; 0 wrong. After
    # (goal_period_totals, funding_stacked, header_sub_labels, text_drawn_tables): 1.000 every format, 0 wrong.
    ("byeori-county", "txt"): 0.98,
    ("byeori-county", "pdf"): 0.98,
    ("byeori-county", "hwp"): 0.98,
    ("byeori-county", "hwpx"): 0.98,
    ("haeoreum-city", "txt"): 0.98,
    ("haeoreum-city", "pdf"): 0.98,
    ("haeoreum-city", "hwp"): 0.98,
    ("haeoreum-city", "hwpx"): 0.98,
    # session 38's families (samples/README.md "Two families of session 38"): saeron-city blind pdf, hwpx, hwp 0.492,
    # txt 0.480 (its 월 | 추진사항 | 성과 tables a year block unread, its status after 진척도 65% read other);
    # haneum-county 0.951 every format (its goal units then unprinted: a generator fault, fixed). After (log_tables'
    # month-alone date column, normalize.status's progress label, sections_scopes 월별): 0.995 / 1.000, 0 wrong.
    ("saeron-city", "txt"): 0.98,
    ("saeron-city", "pdf"): 0.98,
    ("saeron-city", "hwp"): 0.98,
    ("saeron-city", "hwpx"): 0.98,
    ("haneum-county", "txt"): 0.98,
    ("haneum-county", "pdf"): 0.98,
    ("haneum-county", "hwp"): 0.98,
    ("haneum-county", "hwpx"): 0.98,
    # session 40's families (samples/README.md "Two families of session 40"; tests/test_famgen3_40.py): dasol-province
    # blind 0.978 every format (its goals as prose lines a year, the project and status in a closing bracket, read
    # into the actual); bitgaram-county 1.000 every format; 0 wrong. After (goal_lines' bracketed project and
    # status): 1.000 every format, 0 wrong.
    ("dasol-province", "txt"): 0.98,
    ("dasol-province", "pdf"): 0.98,
    ("dasol-province", "hwp"): 0.98,
    ("dasol-province", "hwpx"): 0.98,
    ("bitgaram-county", "txt"): 0.98,
    ("bitgaram-county", "pdf"): 0.98,
    ("bitgaram-county", "hwp"): 0.98,
    ("bitgaram-county", "hwpx"): 0.98,
    # session 40's famgen4 families (samples/README.md "Two more families of session 40"; tests/test_famgen4_40.py):
    # blind seeds 1-8 hansol-district 1.000 every format (two quarters a file), neulbit-county 1.000 PDF / HWPX / HWP,
    # txt 0.991 (min 0.973: a goal's 추진내용 run together with its 비고 left null); 0 wrong.
    ("hansol-district", "txt"): 0.98,
    ("hansol-district", "pdf"): 0.98,
    ("hansol-district", "hwp"): 0.98,
    ("hansol-district", "hwpx"): 0.98,
    ("neulbit-county", "txt"): 0.98,
    ("neulbit-county", "pdf"): 0.98,
    ("neulbit-county", "hwp"): 0.98,
    ("neulbit-county", "hwpx"): 0.98,
    # session 41's famgen5 families (samples/README.md "Two families of session 41"; tests/test_famgen5_41.py): blind
    # seeds 1-8 bada-city 0.922 PDF / HWPX / HWP with 28 wrong goal figures each (its first targets, 당초목표, read as
    # the targets), txt 0.909 (goals unread), sansu-county 1.000 every format; after: 1.000 every format, 0 wrong.
    ("bada-city", "txt"): 0.98,
    ("bada-city", "pdf"): 0.98,
    ("bada-city", "hwp"): 0.98,
    ("bada-city", "hwpx"): 0.98,
    ("sansu-county", "txt"): 0.98,
    ("sansu-county", "pdf"): 0.98,
    ("sansu-county", "hwp"): 0.98,
    ("sansu-county", "hwpx"): 0.98,
    # session 42's famgen7 families (samples/README.md "Two families of session 42"; tests/test_famgen7_42.py): blind
    # seeds 1-8 olbit-city 0.995 every format (its 관리번호 lost beside the province's number), nadeul-county 0.968
    # PDF / HWPX / HWP (its event log of outreach unread), txt 0.876 (and its funding with a shares column); 0 wrong;
    # after: 1.000 every format, 0 wrong.
    ("olbit-city", "txt"): 0.98,
    ("olbit-city", "pdf"): 0.98,
    ("olbit-city", "hwp"): 0.98,
    ("olbit-city", "hwpx"): 0.98,
    ("nadeul-county", "txt"): 0.98,
    ("nadeul-county", "pdf"): 0.98,
    ("nadeul-county", "hwp"): 0.98,
    ("nadeul-county", "hwpx"): 0.98,
    # session 42's famgen6 families (samples/README.md "Two families of session 42"; tests/test_famgen6_42.py): blind
    # seeds 1-8 sarang-city 1.000 PDF / HWPX / HWP, txt 0.873 (goals unread); pureun-county 0.890 PDF / HWPX / HWP with
    # 1 + 8 wrong goal figures each (its 총괄목표, the whole term's target, read as the year's), txt 0.880 (goals
    # unread); after: >= 0.99 every format, 0 wrong.
    ("sarang-city", "txt"): 0.97,
    ("sarang-city", "pdf"): 0.98,
    ("sarang-city", "hwp"): 0.98,
    ("sarang-city", "hwpx"): 0.98,
    ("pureun-county", "txt"): 0.98,
    ("pureun-county", "pdf"): 0.98,
    ("pureun-county", "hwp"): 0.98,
    ("pureun-county", "hwpx"): 0.98,
    # session 43's famgen9 families (samples/README.md "Two families of session 43"; tests/test_famgen9_43.py): blind
    # seeds 1-8 meari-city 0.927 every format (its funding years named by ordinals alone, told in a note: unplaced),
    # doldam-county 0.989 PDF / HWPX / HWP, txt 0.992 (its effects a table of rows with a kind cell: lost); 0 wrong;
    # after: 1.000 every format, 0 wrong.
    ("meari-city", "txt"): 0.98,
    ("meari-city", "pdf"): 0.98,
    ("meari-city", "hwp"): 0.98,
    ("meari-city", "hwpx"): 0.98,
    ("doldam-county", "txt"): 0.98,
    ("doldam-county", "pdf"): 0.98,
    ("doldam-county", "hwp"): 0.98,
    ("doldam-county", "hwpx"): 0.98,
    # session 43's famgen8 families (samples/README.md "Two families of session 43"; tests/test_famgen8_43.py): blind
    # seeds 1-8 hamkke-city 0.995 PDF / HWPX / HWP (the 계 under bare 1/4 heads unread), txt 0.949; barun-county 0.992
    # PDF / HWPX / HWP with 15 wrong goal figures each (a baseline headed 기준연도 실적 read as the actual), txt 0.909
    # (goals unread); after: 1.000 every format, 0 wrong.
    ("hamkke-city", "txt"): 0.98,
    ("hamkke-city", "pdf"): 0.98,
    ("hamkke-city", "hwp"): 0.98,
    ("hamkke-city", "hwpx"): 0.98,
    ("barun-county", "txt"): 0.98,
    ("barun-county", "pdf"): 0.98,
    ("barun-county", "hwp"): 0.98,
    ("barun-county", "hwpx"): 0.98,
    # session 44's famgen10 families (samples/README.md "Two families of session 44"; tests/test_famgen10_44.py):
    # blind seeds 1-8 hanaro-county 0.990 PDF / HWPX / HWP (연간 closing the halves no total's word: actuals lost),
    # txt 0.878 (goals unread), 0 wrong; saessak-city 0.943 PDF / HWPX / HWP with 1 silent wrong target each (a
    # 단위사업 project head naming no column: a year's rows ran together), txt 0.912; after: 1.000 every format, 0 wrong.
    ("hanaro-county", "txt"): 0.98,
    ("hanaro-county", "pdf"): 0.98,
    ("hanaro-county", "hwp"): 0.98,
    ("hanaro-county", "hwpx"): 0.98,
    ("saessak-city", "txt"): 0.98,
    ("saessak-city", "pdf"): 0.98,
    ("saessak-city", "hwp"): 0.98,
    ("saessak-city", "hwpx"): 0.98,
    # session 44's famgen11 families (samples/README.md "Two families of session 44"; tests/test_famgen11_44.py): blind
    # seeds 1-8 bitsaem-city PDF 0.992 (min 0.959), moraenae-county PDF 0.998 (min 0.984), HWPX / HWP / txt 1.000; 0 wrong;
    # after: 1.000 every format, 0 wrong.
    ("bitsaem-city", "txt"): 0.98,
    ("bitsaem-city", "pdf"): 0.98,
    ("bitsaem-city", "hwp"): 0.98,
    ("bitsaem-city", "hwpx"): 0.98,
    ("moraenae-county", "txt"): 0.98,
    ("moraenae-county", "pdf"): 0.98,
    ("moraenae-county", "hwp"): 0.98,
    ("moraenae-county", "hwpx"): 0.98,
    # session 45's famgen12 families (samples/README.md "Two families of session 45"; tests/test_famgen12_45.py): blind
    # seeds 1-8 haru-city PDF / HWPX / HWP 1.000, txt 0.892 with 2 silent wrong goal figures (a term total read as a
    # year's); bomnal-county 0.983 PDF / HWPX / HWP (a head's unit lost), txt 0.882; after: 1.000 every format, 0 wrong.
    ("haru-city", "txt"): 0.98,
    ("haru-city", "pdf"): 0.98,
    ("haru-city", "hwp"): 0.98,
    ("haru-city", "hwpx"): 0.98,
    ("bomnal-county", "txt"): 0.98,
    ("bomnal-county", "pdf"): 0.98,
    ("bomnal-county", "hwp"): 0.98,
    ("bomnal-county", "hwpx"): 0.98,
    # session 45's famgen13 families (samples/README.md "Two families of session 45"; tests/test_famgen13_45.py): blind
    # seeds 1-8 gamro-city PDF 0.994, HWPX / HWP 0.998, txt 0.884; nabi-county PDF / HWPX / HWP 0.896 (read as two
    # cards), txt 1.000; 0 wrong. After: gamro PDF 0.995, the rest 1.000.
    ("gamro-city", "txt"): 0.98,
    ("gamro-city", "pdf"): 0.98,
    ("gamro-city", "hwp"): 0.98,
    ("gamro-city", "hwpx"): 0.98,
    ("nabi-county", "txt"): 0.98,
    ("nabi-county", "pdf"): 0.98,
    ("nabi-county", "hwp"): 0.98,
    ("nabi-county", "hwpx"): 0.98,
}


def _cards_a_file(fam: Any, seed: int) -> set[int]:
    """How many cards a file of ``fam`` may hold: a booklet's pledges (one, for a seed of another
    term: family_seeds skips it), two quarters of one pledge, or one."""
    if fam.booklet[1]:
        return set(range(1, fam.booklet[1] + 1))
    return {2 if seed in fam.quarters_seeds else fam.quarters}


def _data_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in EXT_FORMAT)


def _expected_for(path: Path) -> list[dict[str, Any]]:
    return load_records(path.with_name(path.stem + ".expected.json"))


def _fmt(path: Path) -> str:
    return EXT_FORMAT[path.suffix]


def _funding_errors(rec: dict[str, Any]) -> list[str]:
    """Arithmetic of a funding table whose total column and 계 row may be absent; none for a table holding a figure
    null by design (an amount merged over periods, gaji-county: the printed table's sums are checked where the
    record is made, test_family_records_are_consistent)."""
    f = rec["funding"]
    if any(v is None for r in f["rows"] for v in r["amounts_krw"]):
        return []
    kinds = [c["kind"] for c in f["columns"]]
    ti = kinds.index("total") if "total" in kinds else None
    total = next((r for r in f["rows"] if r["source"] == "total"), None)
    parts = [r for r in f["rows"] if r["source"] != "total"]
    errs = []
    for r in f["rows"]:
        if (
            ti is not None
            and sum(v for k, v in enumerate(r["amounts_krw"]) if k != ti) != r["amounts_krw"][ti]
        ):
            errs.append(f"row {r['label']} does not sum to its total")
    if total and parts:  # (a table of the years' totals only prints no source rows)
        for k in range(len(kinds)):
            if sum(p["amounts_krw"][k] for p in parts) != total["amounts_krw"][k]:
                errs.append(f"column {k} parts do not sum to 계")
    b = rec["overview"]["budget"]
    if not parts and total:  # the years' totals only: the budget's parts are told beside the table
        if sum(p["amount_krw"] for p in b["parts"]) != b["total_krw"] or b["total_krw"] != sum(
            v for k, v in enumerate(total["amounts_krw"]) if k != ti
        ):
            errs.append("overview budget differs from the funding total row")
        return errs
    row_totals = [sum(v for k, v in enumerate(p["amounts_krw"]) if k != ti) for p in parts]
    if not _parts_fit([p["amount_krw"] for p in b["parts"]], row_totals) or b["total_krw"] != sum(row_totals):
        errs.append("overview budget differs from the funding rows")
    return errs


def _parts_fit(parts: list[int], row_totals: list[int]) -> bool:
    """Whether the budget's parts are the funding rows' totals in order, a part also the sum of a run
    of rows (지방비 = 도비 + 시비)."""
    k = 0
    for amount in parts:
        run = 0
        while k < len(row_totals) and run < amount:
            run, k = run + row_totals[k], k + 1
        if run != amount:
            return False
    return k == len(row_totals)


# ------------------------------------------------------------------------------ the families


def test_there_are_at_least_six_families_and_they_differ_in_their_templates() -> None:
    assert len(FAMILIES) >= 6
    styles = [f.style for f in FAMILIES]
    for attr in (
        "heading_format",
        "group_format",
    ):  # a heading as a paragraph, in a shaded box, in a text box (글상자)
        # or as a body table's label cell
        values = [
            (getattr(s, attr), s.body_table, s.heading_box, s.heading_shade, "heading" in s.text_boxes)
            for s in styles
        ]
        assert len(set(values)) == len(values), attr
    assert len({f.markers for f in FAMILIES}) == len(FAMILIES)
    assert len({f.government[1] for f in FAMILIES}) == len(FAMILIES)
    assert {f.government[0] for f in FAMILIES} == {"도지사", "시장", "군수", "구청장", "교육감"}
    # the issuer is printed in the title line (or, with a title naming none, in the running footer)
    assert all(f.government[1] in f.kind or f.government[1] in f.style.running_footer for f in FAMILIES)
    # the variety issue 11 names, each somewhere
    assert {s.header_layout for s in styles} >= {"wide", "vertical", "contact_cell", "stacked", ""}
    assert {s.goals_layout for s in styles} >= {"year_col", "year_group", ""}
    assert {f.funding.total_col for f in FAMILIES} == {"first", "last", "none", "middle"}
    assert {f.funding.total_row for f in FAMILIES} == {True, False}
    assert {s.year_format for s in styles} >= {"{y}년", "{y}", "'{yy}"}
    assert {s.outreach_total_last for s in styles} == {True, False}
    assert any(s.funding_layout == "transposed" for s in styles) and any(
        f.funding.n_years >= 8 for f in FAMILIES
    )
    assert any(s.landscape for s in styles) and any(s.running_header for s in styles)
    assert any(s.figure_caption for s in styles) and any(s.body_table for s in styles)
    assert any(s.budget_wrap for s in styles) and any(f.quarters == 2 for f in FAMILIES)
    assert {f.funding.unit for f in FAMILIES} >= {"천원", "백만원", "억원"}
    # the blind families' axes: checkboxes, sections in another order with extra ones, decimals
    assert any(s.status_boxes for s in styles) and any(f.funding.decimals for f in FAMILIES)
    assert any({"problems", "schedule", "photos"} & set(s.section_order) for s in styles)
    assert any(not f.outreach for f in FAMILIES) and any(s.overview_lettered for s in styles)
    # session 6's blind families: boxed headings, funding over two stacked tables, as-of dates reprinted
    assert any(s.heading_box for s in styles) and any(s.funding_split for s in styles)
    assert any(s.heading_shade and s.heading_format == "{label}" for s in styles)  # bare, told by type alone
    assert {f.as_of_form for f in FAMILIES} >= {"day", "quarter_end"} and any(
        f.facility_table for f in FAMILIES
    )
    # session 7's blind families: goals with the years across, boxed sections, a month chart, 계 amid
    assert {s.goals_layout for s in styles} >= {"years_across"} and any(s.section_box for s in styles)
    assert any(s.schedule_gantt for s in styles) and {s.outreach_total_at for s in styles} >= {"middle"}
    assert any(f.funding.prior and s.funding_pair == "rows" for f, s in zip(FAMILIES, styles, strict=True))
    # session 7's: an office of education (school terms, education finance), outreach per quarter,
    # a total split into 확보 / 미확보, dates in parentheses at the end of items
    assert any(f.school_dates and f.theme for f in FAMILIES) and any(
        s.outreach_layout == "quarters" for s in styles
    )
    assert any(s.funding_pair == "secured" for s in styles) and any(f.paren_dates for f in FAMILIES)
    # session 18's: funding years as term ordinals, 계획 | 확보 | 집행 runs with a 구성비(%) column, goal pair
    # cells (189/123), the header's status and as-of date stacked in a right-hand column
    assert any(f.funding.ordinals for f in FAMILIES) and any(s.pair_spent and s.pair_share for s in styles)
    assert {s.goals_layout for s in styles} >= {"pairs"} and {s.header_layout for s in styles} >= {"side"}
    # session 18's: pages in newspaper columns, section labels drawn turned, a table a column break cuts
    assert any(s.page_columns > 1 and s.rotated_sections and s.funding_column_break for s in styles)
    # session 19's: checkbox choices beyond the status (the quarter beside its year, the pledge's type), a
    # source's breakdown rows under it, footnote marks on figures
    assert any(s.as_of_boxes and s.type_boxes and s.box_mark_sets for s in styles)
    assert any(s.split_rows[0] and s.sub_rows[0] and s.figure_marks for s in styles)
    # session 19's: achievements as a log whose year and month cells span their rows, plans as a Gantt chart of
    # a year's months, outreach one line of prose in each channel's own unit, effects a table of kinds
    assert any(
        s.achievements_log[0] and s.plans_gantt and s.outreach_open and s.effects_split[0] for s in styles
    )
    # session 19's: goals as a quarterly review prints them (the year's quarters and their 누계 over a plan and an
    # actual row an indicator), the period by its years with its length, the as-of day with its weekday
    assert any(
        f.review_goals and s.goals_layout == "review" and s.goals_review
        for f, s in zip(FAMILIES, styles, strict=True)
    )
    assert any(f.period_span for f in FAMILIES) and {f.as_of_form for f in FAMILIES} >= {"day_dot_wd"}
    # session 20's: a text structure of a county's 개조식 report: headings numbered by Hangul consonants, blocks by
    # half-filled circles in turn, items by their block in a compound number, hung items, no 기대효과 section
    assert any("{n:ㄱㄴㄷ" in s.heading_format and "{num:◐◑" in s.group_format and s.hanging for s in styles)
    assert any(f.markers[0] == "{b}-{n}." and not f.effects and f.long_items for f in FAMILIES)
    # session 20's: a header of group labels spanning their fields' rows, the as-of day in words with 현재,
    # funding in 원 with the unit in every cell, a dump written as a Markdown export (pipe tables)
    assert any(s.header_layout == "groups" and s.header_groups and s.dump_rows == "markdown" for s in styles)
    assert any(
        "{lo}~" in " ".join(f.approx_counts) for f in FAMILIES
    )  # counts printed approximately and as ranges
    # session 21's: a dump whose tables a text browser drew (box characters, cells wrapped in their boxes), the
    # as-of day with slashes first in a header of three pairs a row
    assert any(
        s.dump_rows == "boxes" and s.header_pairs == 3 and f.as_of_form == "day_slash"
        for f, s in zip(FAMILIES, styles, strict=True)
    )
    assert {f.as_of_form for f in FAMILIES} >= {"day_words_now"} and any(
        f.funding.unit == "원" and s.cell_unit for f, s in zip(FAMILIES, styles, strict=True)
    )
    # session 20's: a funding table a page break cuts going on under a (계속) line with its head again, the unit
    # in its corner cell; goals with a stage-bar column; outreach a year a row over a 합계 row
    assert any(
        s.funding_continued
        and s.unit_in_corner
        and s.goals_stage
        and s.stage_steps
        and s.outreach_layout == "year_rows"
        and s.outreach_years
        for s in styles
    )
    # session 21's: a long card whose tables page breaks cut inside their rows (the head printed again on some
    # pages, not on others), pages numbered n / N in the dump too
    assert any(
        s.row_cuts
        and len({h for _, _, h in s.row_cuts}) == 2
        and s.dump_pages
        and "{total}" in s.running_footer
        for s in styles
    )
    # session 21's: tables typed, not drawn (funding, goals, outreach and side tables as paragraphs of cells a tab
    # apart at tab stops), the header typed too (``label<TAB>: value``)
    assert any(
        {"funding", "goals", "outreach", "side"} <= set(s.typed_tables) and "\t" in s.header_line
        for s in styles
    )
    # session 22's: the objects an HWP author uses: the title and headings in text boxes, the as-of date only in the
    # page header, footnotes hung on funding figures, a memo
    assert any(
        {"title", "heading"} <= set(s.text_boxes)
        and "{as_of}" in s.running_text
        and s.figure_notes
        and s.memo
        and "as_of" not in s.header_keys
        for s in styles
    )


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_family_records_are_consistent(name: str) -> None:
    fam = BY_NAME[name]
    for seed in family_seeds(fam) + list(range(fam.first_seed + 100, fam.first_seed + 130)):
        recs = family_records(fam, seed)
        assert recs == family_records(fam, seed)  # deterministic
        assert len(recs) in _cards_a_file(fam, seed)  # a family's file, two of quarters or a booklet's
        if fam.booklet[1]:  # a booklet: other pledges, one quarter, bound in the order of their numbers
            nos = [r["header"]["mgmt_no"] for r in recs]
            assert len(set(nos)) == len(nos) and {r["as_of"]["label"] for r in recs} == {
                recs[0]["as_of"]["label"]
            }
            assert nos == sorted(nos, key=lambda no: tuple(int(x) for x in no.split("-")))
        for raw in recs:
            rec = {
                **{k: v for k, v in raw.items() if not k.startswith("_")},  # _: the renderer's only
                "source": {
                    "file": "x.txt",
                    "sha256": "0" * 64,
                    "format": "txt",
                    "card_index": 0,
                    "page_start": None,
                    "page_end": None,
                },
            }
            assert validate_record(rec) == []
            assert (
                _funding_errors(rec if "_funding_print" not in raw else {**rec, **raw["_funding_print"]})
                == []
            )
            if (
                "_funding_print" in raw
            ):  # the record's figures the printed table's (a null where none is printed)
                printed = {r["source"]: r["amounts_krw"] for r in raw["_funding_print"]["funding"]["rows"]}
                assert all(
                    v is None or v == printed[r["source"]][k]
                    for r in rec["funding"]["rows"]
                    for k, v in enumerate(r["amounts_krw"])
                )
                assert any(v is None for r in rec["funding"]["rows"] for v in r["amounts_krw"])
            assert rec["header"]["kind"] == fam.kind
            for a in rec["achievements"]:
                assert a["counts"] == find_counts(a["text"])
                for d in (a["date"], a["group_as_of"]):
                    if d:
                        got = parse_date(d["raw"])
                        block = a["group_as_of"]
                        if d is a["date"] and got["label"] is None and block and block["precision"] == "year":
                            got = parse_date(
                                d["raw"], default_year=int(block["start"][:4])
                            )  # a month alone (3월)
                            #                                                     of its block's year (saeron-city)
                        assert got is not None and got["label"] == d["label"], d["raw"]
            blocks = {}  # one printed block heading: every item of a block holds the same group date
            for a in rec["achievements"]:
                assert blocks.setdefault(a["group"], a["group_as_of"]) == a["group_as_of"]
        if len(recs) == 2 and not fam.booklet[1]:
            a, b = recs
            moved = (
                "status",
                "status_code",
            )  # the later quarter reports another status (history has a change)
            assert a["header"]["status_code"] != b["header"]["status_code"]
            assert {k: v for k, v in a["header"].items() if k not in moved} == {
                k: v for k, v in b["header"].items() if k not in moved
            }
            assert a["funding"] == b["funding"]
            assert a["as_of"]["end"] < b["as_of"]["start"]


def test_generate_cli_writes_a_family_and_rejects_an_unknown_one(tmp_path: Path, capsys) -> None:
    assert (
        generate.main(["--out", str(tmp_path), "--families", "gaon-city", "--formats", "txt", "--count", "1"])
        == 0
    )
    (path,) = _data_files(tmp_path / "gaon-city")
    (exp,) = _expected_for(path)
    assert exp == {
        **family_records(BY_NAME["gaon-city"], family_seeds(BY_NAME["gaon-city"], 1)[0])[0],
        "source": exp["source"],
    }
    assert exp["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(SystemExit) as exc:
        generate.main(["--out", str(tmp_path), "--families", "nowhere-city"])
    assert exc.value.code == 2 and "unknown family" in capsys.readouterr().err


# ------------------------------------------------------------------------------ committed corpus


def test_committed_family_corpus_is_complete_and_consistent() -> None:
    assert sorted(p.name for p in FAMILY_DIR.iterdir() if p.is_dir()) == sorted(BY_NAME)
    for fam in FAMILIES:
        files = _data_files(FAMILY_DIR / fam.name)
        assert sorted(_fmt(p) for p in files) == sorted(FORMATS * 2), fam.name
        for path in files:
            exp = _expected_for(path)
            seed = int(path.stem.rsplit("-", 2)[-2])  # FAMILY-SEED-FMT
            assert len(exp) in _cards_a_file(fam, seed)
            for k, r in enumerate(exp):
                assert r["source"]["card_index"] == k and r["source"]["file"] == path.name
                assert r["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
                assert r["source"]["format"] == _fmt(path)
                assert validate_record(r) == []
                assert _funding_errors(r) == []
                if _fmt(path) == "pdf":
                    assert 1 <= r["source"]["page_start"] <= r["source"]["page_end"]
    # The clone's size: ~0.28 MiB a family (its expected records the larger half); 56 families were 15.8 MiB,
    # 73 are 20.3 MiB. No family may pass 0.6 MiB (two seeds of cards of modest length; the largest, dalbit-county's
    # booklets, is 0.54 MiB), and the whole stays under 24 MiB: room for about a dozen more before the corpus is
    # thinned (fewer seeds or formats a family).
    sizes = {
        d.name: sum(p.stat().st_size for p in d.rglob("*") if p.is_file())
        for d in FAMILY_DIR.iterdir()
        if d.is_dir()
    }
    assert {name: size for name, size in sizes.items() if size > 0.6 * 2**20} == {}
    # the corpus grows by its families, each small: 0.3 MiB a family on average at most (89 families: 24.3 MiB)
    assert sum(p.stat().st_size for p in FAMILY_DIR.rglob("*") if p.is_file()) < 0.3 * 2**20 * len(BY_NAME)


def _document_text(path: Path) -> str:
    from pledgecard.extract.readers import read_path

    parts = []
    for b in read_path(path).blocks:
        if hasattr(b, "cells"):
            parts += [c.text for c in b.cells]
            parts += [inner.text for c in b.cells for t in c.nested for inner in t.cells]
        else:
            parts.append(b.full_text)
    return "\n".join(parts)


# test_committed_family_corpus_is_what_the_generator_writes: tests/test_family_corpus.py (its own module, so
# xdist's --dist loadfile runs it beside this one).


def test_family_features_are_in_the_rendered_files() -> None:
    import pdfplumber

    def pdfs(name: str) -> list[Path]:
        return [p for p in _data_files(FAMILY_DIR / name) if p.suffix == ".pdf"]

    for path in pdfs(
        "hanbit-province"
    ):  # landscape; the funding table split by a page repeats its header row
        with pdfplumber.open(path) as pdf:
            assert all(p.width > p.height for p in pdf.pages)
            heads = [p for p in pdf.pages if "구분계국비" in p.extract_text().replace(" ", "")]
            assert len(heads) == 2, path.name
    for path in pdfs("solmae-county"):  # four pages, each with the running header and its number
        (rec,) = _expected_for(path)
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) == 4 == rec["source"]["page_end"]
            for n, page in enumerate(pdf.pages, 1):
                text = page.extract_text().replace(" ", "")
                assert f"관리번호{rec['header']['mgmt_no']}" in text and f"-{n}-" in text
    for path in pdfs("byeolbit-district"):  # a captioned map
        with pdfplumber.open(path) as pdf:
            assert pdf.pages[0].images and "<사업위치도>" in pdf.pages[0].extract_text().replace(" ", "")
    for path in pdfs("dasom-district"):  # the body table continues on the next page
        with pdfplumber.open(path) as pdf:
            assert len(pdf.pages) >= 2 and all(p.find_tables() for p in pdf.pages[:2])
    for path in _data_files(
        FAMILY_DIR / "nuri-province"
    ):  # one pledge, two quarters, the later another status
        a, b = _expected_for(path)
        moved = ("status", "status_code")
        assert {k: v for k, v in a["header"].items() if k not in moved} == {
            k: v for k, v in b["header"].items() if k not in moved
        } and a["card_id"] != b["card_id"]
        assert a["header"]["status"] != b["header"]["status"]
    for name in ("dahae-city", "bomi-county"):  # checkboxes, 억원 with decimals, a label over two rows
        fam = BY_NAME[name]
        for path in pdfs(name):
            (rec,) = _expected_for(path)
            with pdfplumber.open(path) as pdf:
                text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "")
            on, off = fam.style.box_marks
            assert (
                f"{on}{rec['header']['status']}" in text
                and text.count(off) == len(fam.style.status_boxes) - 1
            )
            assert (
                rec["overview"]["budget"]["raw"].replace(" ", "") in text
                and "." in rec["overview"]["budget"]["raw"]
            )
            for key in fam.style.section_order:  # every section in the template's order
                if key in ("problems", "schedule", "photos"):
                    assert getattr(fam.style, f"{key}_heading").replace(" ", "") in text
            assert ("소통" in text) == fam.outreach
        for path in _data_files(FAMILY_DIR / name):
            if path.suffix == ".hwpx":
                from pledgecard.extract.readers import read_path

                head = next(b for b in read_path(path).blocks if hasattr(b, "cells"))
                assert head.n_cols == 4 and any(c.row_span == 2 and c.col in (0, 2) for c in head.cells)
    for path in _data_files(FAMILY_DIR / "byeolbit-district"):  # the budget wraps inside a number
        if path.suffix == ".txt":
            text = path.read_text(encoding="utf-8")
            (rec,) = _expected_for(path)
            last = rec["overview"]["budget"]["raw"].rsplit(" ", 1)[-1]  # e.g. 18,000,000)
            head, tail = last.split(",", 1)
            assert f"{head},\n" in text and f"\n{tail}" in text.replace("\n\n", "\n")
    for path in pdfs(
        "hanul-special"
    ):  # landscape; quarters as outreach columns; the total split 확보 / 미확보
        (rec,) = _expected_for(path)
        with pdfplumber.open(path) as pdf:
            assert all(p.width > p.height for p in pdf.pages)
            text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "")
        assert "1/4분기2/4분기3/4분기4/4분기계" in text and "확보미확보" in text
        dated = [a for a in rec["achievements"] if a["text"].endswith(")") and "(" in a["text"]]
        assert dated and all(a["date"] is None for a in rec["achievements"])
    for path in _data_files(FAMILY_DIR / "dasan-edu"):  # school terms, 학년도 columns, ranked contacts
        if path.suffix == ".txt":
            (rec,) = _expected_for(path)
            text = path.read_text(encoding="utf-8")
            assert "학년도" in text and "학기" in text and f"장학사 {rec['header']['contact_name']}" in text
            assert {r["source"] for r in rec["funding"]["rows"]} == {
                "total",
                "local",
                "national",
                "municipal",
                "other",
            }
    for path in pdfs("sinbi-county"):  # running header and page numbers, radio marks, shares, a photo table
        (rec,) = _expected_for(path)
        with pdfplumber.open(path) as pdf:
            texts = [p.extract_text().replace(" ", "") for p in pdf.pages]
            images = sum(len(p.images) for p in pdf.pages)
        assert all(t.startswith("신비군공약사업추진상황") and f"-{n}-" in t for n, t in enumerate(texts, 1))
        text = "".join(texts)
        assert f"●{rec['header']['status']}" in text and text.count("○") >= 2 and "추진률" in text
        assert "비율(%)" in text and "(단위:백만원)" in text and "지표1" in text and images == 4
        assert "<착공식>" in text and all(g["status"] is None for g in rec["goals"])
    quarters = []
    for path in pdfs(
        "dodam-district"
    ):  # landscape; 재원 over the sources; a 단위 column; 목표 | 실적 by year
        recs = _expected_for(path)
        quarters.append(len(recs))
        with pdfplumber.open(path) as pdf:
            assert all(p.width > p.height for p in pdf.pages)
            text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "").replace("\n", "")
        assert (
            "재원구분계국비시비구비기타" in text and "관련부서협조" in text
        )  # the heads as the page prints them
        assert "2023년2024년2025년2026년성과지표단위목표실적목표" in text
        for rec in recs:
            as_of_year = int(rec["as_of"]["end"][:4])
            assert all((g["actual"] is None) == (g["year"] >= as_of_year) for g in rec["goals"])
            assert text.count("목표실적") >= 1 and all(
                r["amounts_krw"][-1] % 100_000 == 0 for r in rec["funding"]["rows"]
            )
    assert sorted(quarters) == [1, 2]  # one file reports the pledge in two quarters
    ordinals, pairs = set(), set()
    for path in pdfs("dorae-county"):  # term ordinals over 계획 확보 집행 with 구성비(%); goal pair cells
        (rec,) = _expected_for(path)
        with pdfplumber.open(path) as pdf:
            text = "".join(p.extract_text() for p in pdf.pages).replace(" ", "").replace("\n", "")
        assert text.count("계획확보집행") == 5 and "구성비" in text and "(단위:백만원)" in text
        ordinals.add("민선8기1년차" in text or "1차년도('" in text and "2차년도" in text)
        pairs |= {mark for mark in ("연도별목표/실적", "연도별목표(실적)") if mark in text}
        g = next(x for x in rec["goals"] if x["actual"] is not None)
        assert f"{g['target']}/{g['actual']}" in text or f"{g['target']}({g['actual']})" in text
    assert ordinals == {True} and len(pairs) == 2  # the two ordinal forms and the two pair forms, one a card


# ------------------------------------------------------------------------------ scores (a ratchet)


@pytest.fixture(scope="module")
def family_readings() -> dict[tuple[str, str], list[tuple[str, dict, dict]]]:
    """Each family's and format's committed cards as read: (file#card, expected record, record produced)."""
    out: dict[tuple[str, str], list[tuple[str, dict, dict]]] = defaultdict(list)
    for fam in FAMILIES:
        for path in _data_files(FAMILY_DIR / fam.name):
            got = committed_records(path)
            for exp in _expected_for(path):
                k = exp["source"]["card_index"]
                out[(fam.name, _fmt(path))].append((f"{path.name}#{k}", exp, got[k] if k < len(got) else {}))
    return out


@pytest.fixture(scope="module")
def family_scores(
    family_readings: dict[tuple[str, str], list[tuple[str, dict, dict]]],
) -> dict[tuple[str, str], Tally]:
    totals: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for key, readings in family_readings.items():
        for name, exp, produced in readings:
            totals[key].merge(score_record(exp, produced), prefix=f"{name}: ")
    return totals


def test_thresholds_cover_every_family_and_format() -> None:
    assert set(THRESHOLDS) == {(f.name, fmt) for f in FAMILIES for fmt in FORMATS}
    assert all(0 < t <= TARGET for t in THRESHOLDS.values())


@pytest.mark.parametrize(("name", "fmt"), sorted(THRESHOLDS))
def test_family_scores_do_not_drop(family_scores: dict[tuple[str, str], Tally], name: str, fmt: str) -> None:
    t = family_scores[(name, fmt)]
    misses = [n for g in t.groups.values() for n in g.notes][:10]
    assert t.score() >= THRESHOLDS[(name, fmt)], f"{name}/{fmt}: {t.score():.3f}\n" + "\n".join(misses)


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_family_files_have_no_wrong_figure(
    family_readings: dict[tuple[str, str], list[tuple[str, dict, dict]]], name: str
) -> None:
    # a figure is right or null: no committed card of any format reads a figure its expected record does not print
    # (session 41: 0 wrong over the 712 committed files of 89 families; famgen3/famgen4 pinned this for 8 files)
    readings = [r for fmt in FORMATS for r in family_readings[(name, fmt)]]
    assert readings
    assert {n: wrong for n, exp, got in readings if (wrong := wrong_figures_of(exp, got))} == {}


# ------------------------------------------------------------------------------ the records are what is printed


def _printed_facts(
    rec: dict[str, Any],
    split_no: bool = False,
    tabular: bool = False,
    split_dept: bool = False,
    date_first: bool = False,
    schedule: bool = False,
    checklist: bool = False,
    day_first: bool = False,
    by_year: bool = False,
    log: bool = False,
    plans_table: bool = False,
) -> list[str]:
    """Strings the expected record says are printed on the card (``split_no``: the 관리번호 printed
    as its 분야 and 순번 cells; ``tabular``: achievements and plans in tables, a date in its own cell;
    ``date_first``: achievements as a dated log, the date opening the line; ``schedule``: the plans a
    schedule, their dates marks under period heads, the texts only; ``checklist``: the plans a dated
    checklist, the date opening the line; ``day_first``: an item dated to the day opens with its date;
    ``by_year``: the plans listed by quarter under year lines, ``- 1/4분기 : plan``; ``log``: with ``tabular``,
    the achievements a log whose year and month cells span their rows: a date's month printed in its cell;
    ``plans_table``: the plans a table (when | what) under bulleted achievements)."""
    h = rec["header"]
    facts = [h[k] for k in ("kind", "title", "contact_name", "contact_phone", "target", "status")] + h[
        "coop_depts"
    ]
    facts += h["lead_dept"].split(" ", 1) if split_dept else [h["lead_dept"]]  # 담당부서 | 국 | 담당과 | 과
    facts += h["mgmt_no"].split("-") if split_no else [h["mgmt_no"]]
    o = rec["overview"]
    facts += [o["period"]["raw"], o["budget"]["raw"], *o["contents"], *o["notes"], rec["as_of"]["raw"]]
    for a in rec["achievements"]:
        if (
            tabular or a["marker"] is None
        ):  # a row of an item table (a level-1 row prints no marker): the date
            facts += [a["text"]] + (
                [a["date"]["raw"].split()[-1] if log else a["date"]["raw"]]  # in a cell of
                if a["date"]
                else []
            )  # its own (a log's month in its cell, the year above)
            continue
        if (date_first or day_first and a["date"] and a["date"]["precision"] == "day") and a["date"]:
            facts.append(f"{a['marker']} {a['date']['raw']} {a['text']}")
        else:
            facts.append(f"{a['marker']} {a['text']}" + (f" : {a['date']['raw']}" if a["date"] else ""))
        if a["group_as_of"]:
            facts.append(a["group_as_of"]["raw"])
    if schedule:
        facts += [p["text"] for p in rec["plans"]]
    elif tabular or plans_table:
        facts += [x for p in rec["plans"] for x in (p["text"], p["date"]["raw"] if p["date"] else "")]
    elif by_year:
        facts += [
            f"{p['date']['raw'].split()[-1]} : {p['text']}" if p["date"] else p["text"] for p in rec["plans"]
        ]
    elif checklist:
        facts += [f"{p['date']['raw']} {p['text']}" if p["date"] else p["text"] for p in rec["plans"]]
    else:
        facts += [f"{p['text']} : {p['date']['raw']}" for p in rec["plans"]]
    facts += rec["effects"]
    for g in rec["goals"]:
        facts += [
            x for x in (g["project"], g["target"], g["status"], g["actual"]) if x
        ]  # no status column: None
    for tb in rec["tables"]:
        facts += [c for row in tb["header"] + tb["rows"] for c in row]
    for x in (rec["outreach"] or {}).get("items", []):
        facts.append(x["label"])
    facts += [row["label"] for row in rec["funding"]["rows"]]
    return facts


def _printed_cut(fact: str, body: str) -> bool:
    """Whether ``fact`` is printed in two pieces in order (a table row a page break cut: its rest at the next
    page's top, the page furniture and a head row printed again between them)."""
    for k in range(1, len(fact)):
        at = body.find(fact[:k])
        while at >= 0:
            if body.find(fact[k:], at + k) >= 0:
                return True
            at = body.find(fact[:k], at + 1)
    return False


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_expected_records_hold_what_the_text_dump_and_hwpx_print(name: str) -> None:
    def squash(text: str) -> str:
        return "".join(text.split())

    for path in _data_files(FAMILY_DIR / name):
        if path.suffix not in (".txt", ".hwpx"):
            continue
        body = squash(path.read_text(encoding="utf-8") if path.suffix == ".txt" else _document_text(path))
        if (
            path.suffix == ".txt"
        ):  # a drawn table's cells joined within their boxes (a cell's lines apart in the dump)
            from pledgecard.extract.readers.text import unseparated

            body += squash(unseparated(path.read_text(encoding="utf-8")))
        if path.suffix == ".hwpx":  # cell text joined: add each cell's paragraphs
            from pledgecard.extract.readers import read_path

            body += squash(
                " ".join(
                    p.full_text
                    for b in read_path(path).blocks
                    for c in getattr(b, "cells", [])
                    for p in c.paragraphs
                )
            )
        for rec in _expected_for(path):
            style = BY_NAME[name].style
            for fact in _printed_facts(
                rec,
                style.header_layout == "split_no",
                bool(style.achievements_table or style.achievements_blocks or style.achievements_log[0]),
                style.header_layout == "dept2",
                style.item_date_first,
                bool(style.plans_quarters or style.plans_gantt or style.plans_halves),
                bool(style.plans_check),
                style.day_first,
                bool(style.plans_by_year),
                bool(style.achievements_log[0]),
                bool(style.plans_table[0]),
            ):
                assert squash(fact) in body or style.row_cuts and _printed_cut(squash(fact), body), (
                    f"{path.name}: {fact!r} not printed"
                )
