"""Session 43's pair of template families (``hamkke-city``, ``barun-county``; samples/README.md "Two families of
session 43", helper famgen8): goal tables whose columns include kinds no family printed, measured blind on main's
extractor, and the failure classes they showed, fixed by structure.

- ``hamkke-city`` (a 시 card): ``◉ 1)`` headings, ``◈ ... 《date》`` blocks; goals with a year column whose actual
  head SPANS the quarters' own actuals and the year's (``연도 | 세부사업 | 연간목표 | 실적`` over ``1/4 | 2/4 | 3/4 |
  4/4 | 계``, then 달성률 and 추진상황; ``Style.goals_layout`` "quarter_actuals", new): the record's actual the
  year's 계, never a quarter; two cards in five (drawn) print the quarters only, no 계: the year's actual printed
  nowhere, null in the record (``Style.goals_quarter_untotalled``).
- ``barun-county`` (a 군 card): ``▲ 1.`` headings, ``◐ ... ＜date＞`` blocks; goals with the project first, its
  years under it, a UNIT column, the indicator's BASELINE before the target and the actual less the target after
  the actual (``사업명 | 연도 | 단위 | 기준치 | 목표치 | 실적 | 증감 | 추진상황``; ``Style.goals_layout``
  "baseline", new): the baseline's head drawn a card from ``기준치`` / ``기준연도 실적`` / ``'22년 실적(기준)``, the
  difference's from ``증감`` / ``증감(실적-목표)`` / ``차이`` (signed ``+3`` / ``-12``); no baseline nor difference
  in the record.

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``; shared scorer, wrong figures by
shared/tools/wrong_figures.py and the year-aware goal check ``wrong_goal_figures``), main at 497a0b11:
hamkke-city PDF / HWPX / HWP 0.995 (min 0.989, 0 wrong), txt 0.949 (min 0.886, 0 wrong: no quarter read as an
actual, the untotalled cards' actuals null); barun-county PDF / HWPX / HWP 0.992 (min 0.976) with 15 wrong goal
figures a format, SILENT (a baseline column whose head holds an actual word, ``기준연도 실적`` / ``'22년
실적(기준)``, read as the year's actual: 0.6 for 1.7km, 0 for 공정률 78%), txt 0.909 (min 0.833, 0 wrong).
"""
