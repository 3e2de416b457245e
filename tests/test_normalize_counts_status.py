"""Counts in cells and status codes (pledgecard.normalize.counts, pledgecard.normalize.status)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.normalize.counts import COUNT_UNITS, count_note, parse_count
from pledgecard.normalize.status import STATUS_CODES, status_code, ticked_option

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = json.loads((SHARED / "spec" / "seed.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("raw", "value", "unit", "note"),
    [
        ("146회", 146, "회", None),
        ("1(채용박람회)", 1, None, "채용박람회"),
        ("1 ( 채용 박람회 )", 1, None, "채용 박람회"),
        ("-", 0, None, None),
        ("–", 0, None, None),
        ("0", 0, None, None),
        ("1,234명", 1234, "명", None),
        ("3개사", 3, "개사", None),
        ("12 개소", 12, "개소", None),
        ("4과목", 4, "과목", None),
        ("28개", 28, "개", None),
        ("", None, None, None),
        ("   ", None, None, None),
        ("abc", None, None, None),
        ("약 10명", None, None, None),
        ("3대", None, None, None),
    ],
)
def test_parse_count(raw: str, value: int | None, unit: str | None, note: str | None) -> None:
    assert parse_count(raw) == (value, unit)
    assert count_note(raw) == note


def test_parse_count_none() -> None:
    assert parse_count(None) == (None, None)


def test_seed_outreach_row() -> None:
    """The seed's outreach row ``146회 1(채용박람회) 1 - 144 -`` gives the expected counts."""
    cells = "146회 1(채용박람회) 1 - 144 -".split()
    outreach = SEED["outreach"]
    assert parse_count(cells[0]) == (outreach["total"], outreach["unit"])
    assert [parse_count(c)[0] for c in cells[1:]] == [i["count"] for i in outreach["items"]]
    assert [count_note(c) for c in cells[1:]] == [i["note"] for i in outreach["items"]]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**7), st.sampled_from(list(COUNT_UNITS) + [""]), st.booleans(), st.booleans())
def test_property_counts_parse_back(n: int, unit: str, comma: bool, space: bool) -> None:
    raw = f"{n:,}" if comma else str(n)
    raw += (" " if space and unit else "") + unit
    assert parse_count(raw) == (n, unit or None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_property_parse_count_never_raises(text: str) -> None:
    value, unit = parse_count(text)
    assert value is None or value >= 0
    assert unit is None or unit in COUNT_UNITS


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("완료", "done"),
        ("이행완료", "done"),
        ("이행 완료", "done"),
        ("추진중(정상)", "ongoing_normal"),
        ("추진 중 (정상)", "ongoing_normal"),
        ("정상추진", "ongoing_normal"),
        ("정상 추진", "ongoing_normal"),
        ("추진중", "ongoing_normal"),
        ("추진 중", "ongoing_normal"),
        ("이행중", "ongoing_normal"),
        ("진행중", "ongoing_normal"),
        ("추진중(부진)", "ongoing_delayed"),
        ("부진", "ongoing_delayed"),
        ("지연", "ongoing_delayed"),
        ("추진 지연", "ongoing_delayed"),
        ("일부추진", "partial"),
        ("일부 이행", "partial"),
        ("이행후 계속추진", "continuing"),
        ("이행 후 계속 추진", "continuing"),
        ("계속추진", "continuing"),
        ("미착수", "not_started"),
        ("미추진", "not_started"),
        ("폐기", "dropped"),
        ("보류", "dropped"),
        ("폐지", "dropped"),
        ("검토", "other"),
        ("완료 예정", "other"),
        ("-", "other"),
        (None, None),
        ("", None),
        ("  ", None),
    ],
)
def test_status_code(raw: str | None, code: str | None) -> None:
    assert status_code(raw) == code


def test_seed_status() -> None:
    assert status_code(SEED["header"]["status"]) == SEED["header"]["status_code"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_property_status_code_is_a_known_code(text: str) -> None:
    code = status_code(text)
    assert code is None or code in STATUS_CODES
    if any("가" <= c <= "힣" for c in text):
        assert code is not None


@pytest.mark.parametrize(
    ("raw", "option", "code"),
    [
        ("□ 정상추진 □ 부진 ■ 완료", "완료", "done"),
        ("☐ 완료 ☑ 추진중(정상) ☐ 추진중(부진) ☐ 미착수", "추진중(정상)", "ongoing_normal"),
        ("■정상추진□부진□완료", "정상추진", "ongoing_normal"),
        ("□ 정상추진 ■ 부진 □ 완료", "부진", "ongoing_delayed"),
        (
            "□ 정상추진 □ 부진 □ 완료",
            None,
            "other",
        ),  # nothing ticked: no status word is taken from the options
        ("■ 정상추진 ■ 부진 □ 완료", None, "other"),  # two ticked: no one option
        ("추진중(정상)", None, "ongoing_normal"),  # no boxes: the text as it stands
    ],
)
def test_a_status_printed_as_checkboxes_is_the_ticked_option(raw: str, option: str | None, code: str) -> None:
    assert ticked_option(raw) == option
    assert status_code(raw) == code


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("완료(이행)", "done"),  # bitna-district's word: the status outside its bracketed gloss
        ("완료 (이행)", "done"),
        ("보류(재검토)", "dropped"),
        ("기타(검토)", "other"),  # no status outside the brackets either
    ],
)
def test_a_status_with_a_bracketed_gloss_reads_by_the_words_outside(raw: str, code: str) -> None:
    assert status_code(raw) == code
