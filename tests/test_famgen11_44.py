"""Session 44's pair of template families (``bitsaem-city``, ``moraenae-county``; samples/README.md "Two families of
session 44", helper famgen11), measured blind on main's extractor, and what they showed.

What is new (no family of the 99 draws it):

- ``bitsaem-city`` (a 시 card): a LANDSCAPE card in two panes (a borderless 1x2 layout table) whose right pane
  holds the goals AND the achievements (daon-special-city's right pane held the achievements alone) while the left
  holds the overview (its 주요내용 a table of sub-projects) and the funding BY SUB-PROJECT (a 세부사업 cell spanning
  its 소계 and source rows, the whole under 합계 last: yeoreum/gaji drew it full width, never in a narrow pane);
  the money in 천원 with the unit told ONCE for the whole card on a line under the title, far from any table
  (``(금액 단위: 천원)``, ``Style.unit_on_card``: no unit line, caption or head at the funding table); the plans a
  quarter schedule; the header three label | value pairs a row; ``❖ n)`` headings, ``◆ ... 〔date〕`` blocks.
- ``moraenae-county`` (a 군 card): the whole body ONE table of one column, every section a shaded title row
  spanning it over a row holding its lines and tables (``Style.sections_table``; bitna-district's ``section_box``
  drew a table a section, body_table cards a label | content column); inside it the achievements a log table a
  block (``연도 | 월 | 추진내용``), the plans a Gantt chart of months with ``○`` marks, the outreach one line of
  prose with each channel in its own unit; the funding transposed in 천원 with the unit only in a ``※ 단위`` note
  UNDER the table; labels down the header's first column; ``〈n〉`` headings, ``▩ ... (date)`` blocks.

Measured BLIND (seeds 1-8, the first eight of ``family_seeds``; shared scorer, wrong figures by
shared/tools/wrong_figures.py), main at f123b42f:

| family | PDF | HWPX | HWP | txt | wrong figures |
|---|---|---|---|---|---|
| ``bitsaem-city`` | 0.992 (min 0.959) | 1.000 | 1.000 | 1.000 | 0 |
| ``moraenae-county`` | 0.998 (min 0.984) | 1.000 | 1.000 | 1.000 | 0 |
"""

from __future__ import annotations

from pathlib import Path

from conftest import family_card, family_card_read


def test_bitsaem_tells_its_unit_once_under_the_title(tmp_path: Path) -> None:
    """The card's unit is a line under the title; the funding section prints no unit of its own."""
    path, exp = family_card(tmp_path, "bitsaem-city", 120001, "txt")
    text = path.read_text(encoding="utf-8")
    lines = [x for x in text.splitlines() if x.strip()]
    assert lines[1] == "(금액 단위: 천원)" and exp["funding"]["unit"] == "천원"
    funding = text[text.index("세부사업별 재원계획") : text.index("연차별 목표")]
    assert "단위" not in funding and "천원" not in funding


def test_moraenae_body_is_one_table(tmp_path: Path) -> None:
    """The sections are title rows of ONE table (the header table and it: two top-level tables)."""
    from pledgecard.extract.document import Table
    from pledgecard.extract.readers import read_bytes

    path, _ = family_card(tmp_path, "moraenae-county", 121004, "hwpx")
    doc = read_bytes(path.read_bytes(), path=str(path))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 2


def test_the_families_read_right_every_format(tmp_path: Path) -> None:
    """The committed seeds of both families read at 0.98 or better, no figure wrong, every format."""
    for family, seed in (("bitsaem-city", 120001), ("moraenae-county", 121004)):
        for fmt in ("pdf", "hwpx", "hwp", "txt"):
            _, _, score, wrong = family_card_read(tmp_path / f"{family}-{fmt}", family, seed, fmt)
            assert wrong == 0 and score >= 0.98, (family, fmt, score)


def test_a_group_cell_cut_by_a_page_break_keeps_its_rows(tmp_path: Path) -> None:
    """bitsaem-city 120015 (PDF): the funding's 합계 cell cut by the page break (a blank row on the page's foot,
    its last source 시비 atop the next page beside a blank cell) keeps 시비 among the whole's rows (blind: lost)."""
    exp, got, score, wrong = family_card_read(tmp_path, "bitsaem-city", 120015, "pdf")
    assert [r["label"] for r in got["funding"]["rows"]] == [r["label"] for r in exp["funding"]["rows"]]
    assert got["funding"]["rows"][-1]["amounts_krw"] == exp["funding"]["rows"][-1]["amounts_krw"]
    assert wrong == 0 and score == 1.0


def test_two_panes_tables_cut_side_by_side_go_on(tmp_path: Path) -> None:
    """bitsaem-city 120010 (PDF): the page break cut both panes' tables; the right pane's side table goes on
    atop the next page beside the left's (blind: its rest read as a table of its own, its first row its head)."""
    exp, got, score, wrong = family_card_read(tmp_path, "bitsaem-city", 120010, "pdf")
    assert len(got["tables"]) == len(exp["tables"]) == 1
    assert got["tables"][0]["rows"] == exp["tables"][0]["rows"]
    assert wrong == 0 and score == 1.0


def test_a_chart_row_atop_the_next_page_is_its_own(tmp_path: Path) -> None:
    """moraenae-county 121017 (PDF): the Gantt chart's next task atop the next page is a row of its own (blind:
    joined to the task ending the page, their marks and dates run together)."""
    exp, got, score, wrong = family_card_read(tmp_path, "moraenae-county", 121017, "pdf")
    assert [p["text"] for p in got["plans"]] == [p["text"] for p in exp["plans"]]
    assert [p["date"]["label"] for p in got["plans"]] == [p["date"]["label"] for p in exp["plans"]]
    assert wrong == 0 and score == 1.0
