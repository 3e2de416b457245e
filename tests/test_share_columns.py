"""확보 / 미확보 (secured / not yet secured) columns split a funding table's total: no period and
no amount of the record (issue 11). hanul-special prints them under a spanning heading
``재원 확보현황``; in the layout dump of card 33007 that heading lay in the gap between its two
sub-columns, the 확보 column's dashes were read under it and a column ``재원 확보현황`` of kind
other came out holding the secured figures. A heading that names a share is a share."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.scoring import load_records

REPO = Path(__file__).resolve().parents[1]
FILES = sorted(
    p for p in (REPO / "samples" / "families" / "hanul-special").iterdir() if not p.name.endswith(".json")
)
FILES += sorted((REPO / "samples" / "layout").glob("*/hanul-special-*.txt"))


def test_a_heading_naming_a_share_is_a_share() -> None:
    assert [
        classify_column(w)["kind"] for w in ("재원 확보현황", "재원 확보", "사업비 집행률", "확보", "미확보")
    ] == ["share"] * 5
    assert [classify_column(w)["kind"] for w in ("구분", "국비 계획", "연도별 투자계획 2024")] == [
        "other",
        "other",
        "year",
    ]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_share_column_is_read_as_a_period_or_an_amount(path: Path) -> None:
    """Every format and layout dump of hanul-special: the funding table is the expected one (the
    share columns left out, no column of their figures)."""
    expected = load_records(path.with_name(path.name[: -len(path.suffix)] + ".expected.json"))
    got = extract_file(path)
    assert [r["funding"] for r in got] == [r["funding"] for r in expected]


def test_secured_amounts_under_a_heading_in_the_gap_are_no_column(tmp_path: Path) -> None:
    """The 33007 layout dump with amounts secured in the 확보 column: still no column of them."""
    src = REPO / "samples" / "layout" / "families" / "hanul-special-33007-layout.txt"
    lines = src.read_text(encoding="utf-8").split("\n")
    rows = [k for k, ln in enumerate(lines) if ln.strip().startswith(("합계", "국비", "도비"))][:3]
    for k, amount in zip(rows, ("2,000,000", "719,084", "1,280,916"), strict=True):
        at = lines[k].index(" - ") + 1  # the 확보 cell, a dash
        lines[k] = lines[k][: at + 1 - len(amount)] + amount + lines[k][at + 1 :]
    card = tmp_path / "secured.txt"
    card.write_text("\n".join(lines), encoding="utf-8")
    got = extract_file(card)[0]["funding"]
    expected = load_records(src.with_name("hanul-special-33007-layout.expected.json"))[0]["funding"]
    assert got == expected
