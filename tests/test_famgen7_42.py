"""Session 42's pair of template families (``olbit-city``, ``nadeul-county``; samples/README.md "Two families of
session 42", helper famgen7), measured blind on main's extractor, and the failure classes they showed, fixed by
structure.

- ``olbit-city`` (a 시 card): ``▷ 1.`` headings, ``◐ ... (date)`` blocks; the as-of date on the title's line
  (``Style.title_as_of``); a header of label | value pairs two a row printing TWO pledge numbers, the province's
  (``도 공약번호`` ``도-3-12``: ``Style.upper_no``, not in the record) before the city's own (``시 공약번호``); the
  funding in 천원 printed with no thousands separators (``1250000``) and two rows after the sources that are no
  source (``전년도 이월``, ``불용액``: ``Style.funding_after_rows``, not in the record).
- ``nadeul-county`` (a 군 card): ``■ Ⅰ.`` headings, ``□ ... [date]`` blocks, a banded header; the funding with the
  years down and the sources across and a last ``재원 분담`` column of each year's shares as TEXT (``국비 50% · 도비
  15% · 군비 35%``: ``Style.year_shares``, not in the record); the outreach a flat log of events (``일자 | 구분 |
  주요내용 | 횟수 | 참석인원``, the channels interleaved by date, ``2회``, ``120명``, a 합계 row:
  ``Style.outreach_events``; the record's count a channel its events summed).

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``; shared scorer, wrong figures by
shared/tools/wrong_figures.py and the year-aware goal check), main at 6382d90c:

| family | PDF | HWPX | HWP | txt | wrong figures |
|---|---|---|---|---|---|
| ``olbit-city`` | 0.995 (min 0.993) | 0.995 | 0.995 | 0.995 | 0 |
| ``nadeul-county`` | 0.968 (min 0.960) | 0.968 | 0.968 | 0.876 (min 0.830) | 0 |

What failed blind (no figure wrong; facts lost): olbit-city's 관리번호 (two header labels naming a pledge number:
neither read), nadeul-county's outreach (the event log: no outreach read, every format) and, in the dump, its
funding (the share text column after the sources: the table unread, its amounts null).
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card


def test_olbit_prints_rows_that_are_no_source(tmp_path: Path) -> None:
    """The 전년도 이월 / 불용액 rows print figures after the sources; the record's rows are the sources alone."""
    path, exp = family_card(tmp_path, "olbit-city", 112008, "txt")
    text = path.read_text(encoding="utf-8")
    assert "전년도 이월" in text and "불용액" in text
    assert [r["source"] for r in exp["funding"]["rows"]] == ["total", "national", "provincial", "municipal"]
