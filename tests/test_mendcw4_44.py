"""Mends of what the session 44 review of h-crossworst4 found (its reproducers: c1, c2, c4, c6, c7, c9).

- a glyph, a numbering and a section's name opening an ordinary item (``⊛ 1) 향후계획 - 2단계 착공 : '25. 3.``,
  ``⊟ 1) 기대효과 - 연간 이용자 …``, ``⊛ 1) 주민 소통 - …``) was split into a section heading behind ANY bullet:
  achievements silently filed as plans (c7), the overview's contents re-homed as effects (c9), outreach and five
  achievements lost (c1, c2). The split now stands only behind a glyph the card's numbered headings stand behind
  (``extract/card_headings.numbered_heading_glyphs``: some line behind it a numbering and a section's name exactly,
  every line behind it numbered). Before -> after on mutant 9082 txt so edited: c7 plans [the item + 4/4 block's
  achievements] -> [the card's own plan], achievements 17 as base; c9 effects [the item] -> the card's three; c1/c2
  read as base (outreach, achievements kept) plus the branch's as_of / goals / plan. Mutant 9082 txt stays 1.0.
- funding parts kept "for the spaced sums to settle" (``extract/sections/funding_subrows._unread``): also where the
  row and its parts read cells scattered (one unread in each, c4: {0, 1, 2} kept, local money counted twice) -> only
  where NO cell of them is read ({0} as base); and where the spaced sums could not settle with the parts kept, the
  whole table was null (c6: mutant 9117 txt with a '‐' cell dropped / a digit typo: 21 figures -> 0) -> the table is
  tried with the group's members left out (``extract/sections/funding_spaced.regroup_spaced``): 계 / 국비 / 지방비
  read as base (21 figures), the unedited card still reads 도비 and 시군비.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pledgecard import extract_file
from pledgecard.extract.card_headings import numbered_heading_glyphs, split_inline_heading
from pledgecard.extract.sections.funding_subrows import fold_sub_rows

from conftest import make_line, mutant_file

ITEM = "⊛ 이용 아동 58명(1차 30, 2차 28)"


def _edited(tmp_path: Path, seed: int, old: str, new: str) -> dict[str, Any]:
    src = mutant_file(seed, "txt", tmp_path)
    text = src.read_text(encoding="utf-8")
    assert old in text
    out = tmp_path / f"edited-{seed}.txt"
    out.write_text(text.replace(old, new), encoding="utf-8")
    (rec,) = extract_file(out)
    return rec


def test_numbered_heading_glyphs_are_the_headings_not_the_bullets() -> None:
    lines = [
        make_line("가) 사업개요", "⇢"),
        make_line("사업기간 : '23. 3. ~ '27. 2.", "⊟"),
        make_line("인력양성", "⊛"),
        make_line("1) 향후계획 - 2단계 착공 : '25. 3.", "⊛"),
        make_line("마) 향후계획 ⊟ 중앙부처 공모사업 대응 : '25. 10.", "⇢"),
    ]
    glyphs = numbered_heading_glyphs(lines)
    assert glyphs == frozenset({"⇢"})
    assert split_inline_heading(lines[3], glyphs) == [lines[3]]
    assert [x.text for x in split_inline_heading(lines[4], glyphs)] == [
        "마) 향후계획",
        "중앙부처 공모사업 대응 : '25. 10.",
    ]
    # a glyph no line of which is a numbered heading: nothing proves it a heading glyph
    assert numbered_heading_glyphs(lines[1:4]) == frozenset()


def test_a_numbered_achievement_opening_with_a_plan_word_stays_an_achievement(tmp_path: Path) -> None:
    rec = _edited(tmp_path, 9082, ITEM, "⊛ 1) 향후계획 - 2단계 착공 : '25. 3.")
    assert [p["text"] for p in rec["plans"]] == ["중앙부처 공모사업 대응 및 국비 확보 건의"]
    assert len(rec["achievements"]) == 17
    dated = [(a["date"] or {}).get("label") for a in rec["achievements"][-4:]]
    assert dated == ["2024-Q4", "2024-12", None, "2024-H2"]


def test_a_numbered_overview_point_naming_effects_is_no_effects_heading(tmp_path: Path) -> None:
    rec = _edited(tmp_path, 9082, "⊟ 주요내용", "⊟ 1) 기대효과 - 연간 이용자 1,200명 증가 예상\n\n⊟ 주요내용")
    assert len(rec["overview"]["contents"]) == 2
    assert len(rec["effects"]) == 3
    assert not any("1,200명" in e for e in rec["effects"])


def test_numbered_items_naming_outreach_or_funding_keep_the_sections(tmp_path: Path) -> None:
    base = _edited(tmp_path, 9082, ITEM, ITEM)
    for new in (
        "⊛ 1) 주민 소통 - 주민설명회 3회 개최(120명 참석) : '24. 11.",
        "⊛ 1) 재원 - 국비 1,600 확보 : '24. 12.",
    ):
        rec = _edited(tmp_path, 9082, ITEM, new)
        for key in ("outreach", "funding", "plans", "goals", "as_of"):
            assert rec[key] == base[key], key
        assert len(rec["achievements"]) == len(base["achievements"])


def _row(label: str, amounts: list[int | None]) -> dict[str, Any]:
    return {"label": label, "source": None, "amounts_krw": amounts}


def test_parts_wait_for_the_sums_only_where_no_cell_is_read() -> None:
    parts = [False, True, True]
    scattered = [
        _row("지방비", [300, None, 100]),
        _row("(도비)", [None, 150, 50]),
        _row("(시군비)", [150, 150, None]),
    ]
    assert fold_sub_rows(scattered, parts) == {0}
    one_each = [_row("지방비", [300, 200]), _row("(도비)", [None, 100]), _row("(시군비)", [150, None])]
    assert fold_sub_rows(one_each, parts) == {0}
    unread = [_row("지방비", [None, None]), _row("(도비)", [None, None]), _row("(시군비)", [None, None])]
    assert fold_sub_rows(unread, parts) == {0, 1, 2}


DOBI = "(도비) 16 101.1 ‐ 5 878.8 2 904.4 1 827.9 3 481.3 2 008.7"
SIGUN = "(시군비) 9 589.4 1 235.2 79.2 3 327.1 ‐ 3 376.3 1 571.6"
BASE_ROWS = [
    ("계", [45446800000, 3998700000, 11840600000, 9541300000, 1827900000, 9838700000, 8399600000]),
    ("국비", [19756300000, 2763500000, 5882600000, 3309800000, 0, 2981100000, 4819300000]),
    ("지방비", [25690500000, 1235200000, 5958000000, 6231500000, 1827900000, 6857600000, 3580300000]),
]


def _funding_rows(rec: dict[str, Any]) -> list[tuple[str, list[int | None]]]:
    return [(r["label"], r["amounts_krw"]) for r in rec["funding"]["rows"]]


def test_spaced_parts_that_cannot_settle_leave_the_group_row_read(tmp_path: Path) -> None:
    dropped = _edited(tmp_path, 9117, DOBI, DOBI.replace(" ‐", "", 1))
    assert _funding_rows(dropped) == BASE_ROWS
    typo = _edited(tmp_path, 9117, SIGUN, SIGUN.replace("1 571.6", "1 517.6"))
    assert _funding_rows(typo) == BASE_ROWS
    whole = _edited(tmp_path, 9117, DOBI, DOBI)
    assert [r[0] for r in _funding_rows(whole)] == ["계", "국비", "도비", "시군비"]
    assert all(v is not None for _, a in _funding_rows(whole) for v in a)
