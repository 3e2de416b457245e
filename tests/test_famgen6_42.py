"""Session 42's pair of template families (``sarang-city``, ``pureun-county``; samples/README.md "Two families of
session 42", helper famgen6): goal tables whose columns include kinds no family printed, measured blind on main's
extractor, and the failure classes they showed, fixed by structure.

- ``sarang-city`` (a 시 card): ``◆ 1.`` headings, ``○ ... [date]`` blocks; goals with a year column and TWO actual
  columns, the year's and its running total beside it, then a column of word reasons why a goal lags (``연도 |
  세부사업 | 연간목표 | 실적 | 누계실적 | 달성률 | 추진상황 | 부진사유 | 추진내용``: the record's actual the year's;
  ``Style.goals_extra`` "cumulative" and "reason", new axes).
- ``pureun-county`` (a 군 card): ``▶ 1)`` headings, ``◇ ... (date)`` blocks; goals grouped under ``[2024년]`` rows
  with the project's WHOLE-TERM target before the year's and the actual's change from the year before after it
  (``사업명 | 총괄목표 | 연차목표 | 실적 | 전년대비 | 달성률 | 추진상황 | 추진내용``: the record's target the year's;
  ``Style.goals_extra`` "whole" and "change", new axes).

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``; shared scorer, wrong figures by
shared/tools/wrong_figures.py and the year-aware goal check ``wrong_goal_figures``), main at 6382d90c:
sarang-city PDF / HWPX / HWP 1.000 (0 wrong), txt 0.873 (min 0.742, 0 wrong); pureun-county PDF / HWPX / HWP 0.890
(min 0.816) with 1 wrong figure and 8 wrong goal figures a format, SILENT (the project's 총괄목표 read as the
year's target where a head holding a target word came first), txt 0.880 (min 0.816, 0 wrong).
"""
