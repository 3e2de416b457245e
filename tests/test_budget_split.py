"""A budget's bracket keeps as parts only what splits its total (issue 11: a figure is right, or
null with a finding). A bracket may restate the total and name the part secured
(``15억원(총 15억원 중 10억 확보)``) or follow a source with the part of it secured
(``국비 10억 중 5억 확보``): these entries had been emitted as budget parts (``총``, ``중``) whose
amounts added up to more than the total."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard import extract_file
from pledgecard.normalize.money import parse_budget
from pledgecard.validate import validate_batch

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"
EOK = 100_000_000


def _parts(raw: str) -> list[tuple[str | None, int | None]]:
    return [(p["source"], p["amount_krw"]) for p in parse_budget(raw)["parts"]]


@pytest.mark.parametrize(
    ("raw", "total", "parts"),
    [
        ("15억원(총 15억원 중 10억 확보)", 15 * EOK, []),  # a total and the part secured: no split
        ("(총 15억원 중 10억 확보)", 15 * EOK, []),
        ("10억원(총 15억원 중 10억 확보)", None, []),  # two totals printed: which is the budget's is unknown
        (
            "총 15억원(국비 10억, 도비 5억 중 도비 미확보)",
            15 * EOK,
            [("national", 10 * EOK), ("provincial", 5 * EOK)],
        ),
        (
            "총 15억원(국비 10억, 도비 5억 중 도비 2억 미확보)",
            15 * EOK,
            [("national", 10 * EOK), ("provincial", 5 * EOK)],
        ),
        (
            "15억원(국비 10억 중 5억 확보, 도비 5억)",
            15 * EOK,
            [("national", 10 * EOK), ("provincial", 5 * EOK)],
        ),
        (
            "12억원(국비 6억, 도비 3억, 시비 3억 중 시비 1억 확보)",
            12 * EOK,
            [("national", 6 * EOK), ("provincial", 3 * EOK), ("municipal", 3 * EOK)],
        ),
        ("15억원(국비 10억, 도비 5억, 계 15억)", 15 * EOK, [("national", 10 * EOK), ("provincial", 5 * EOK)]),
        # entries of a source each that do not add up: as printed (budget.parts_sum reports the card)
        ("15억원(국비 10억, 도비 3억)", 15 * EOK, [("national", 10 * EOK), ("provincial", 3 * EOK)]),
        # parts of parts that leave no reading adding up: no amount read, the sources kept with their text
        ("15억원(국비 10억 중 3억, 도비 4억 중 1억)", 15 * EOK, [("national", None), ("provincial", None)]),
    ],
)
def test_a_bracket_keeps_only_the_split_of_its_total(
    raw: str, total: int | None, parts: list[tuple[str | None, int | None]]
) -> None:
    got = parse_budget(raw)
    assert got["total_krw"] == total
    assert _parts(raw) == parts
    assert all(p.get("raw") for p in got["parts"] if p["amount_krw"] is None)  # the printed text kept


SOURCES = [
    ("국비", "national"),
    ("도비", "provincial"),
    ("시비", "municipal"),
    ("구비", "district"),
    ("민자", "private"),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 900), min_size=2, max_size=len(SOURCES)), st.data())
def test_property_a_secured_share_after_a_source_is_no_part(amounts: list[int], data: st.DataObject) -> None:
    """Sources adding up to the total, one followed by the part of it secured (``… 중 N억 확보``)
    or not (``… 중 N억 미확보``): the parts are the sources, whatever that share."""
    labels = SOURCES[: len(amounts)]
    k = data.draw(st.integers(0, len(amounts) - 1))
    share = data.draw(st.integers(1, amounts[k]))
    word = data.draw(st.sampled_from(["확보", "미확보"]))
    entries = [
        f"{label} {a}억" + (f" 중 {share}억 {word}" if i == k else "")
        for i, ((label, _), a) in enumerate(zip(labels, amounts, strict=False))
    ]
    raw = f"{sum(amounts)}억원({', '.join(entries)})"
    assert _parts(raw) == [(code, a * EOK) for (_, code), a in zip(labels, amounts, strict=False)]


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 10_000), st.data())
def test_property_a_total_with_its_secured_part_has_no_parts(total: int, data: st.DataObject) -> None:
    secured = data.draw(st.integers(1, total - 1))
    lead = data.draw(st.sampled_from(["", f"{total}억원", f"총 {total}억원 "]))
    got = parse_budget(f"{lead}(총 {total}억원 중 {secured}억 확보)")
    assert got["total_krw"] == total * EOK and got["parts"] == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from([*SOURCES, ("총", "total"), ("중", None)]), st.integers(0, 99)),
        min_size=1,
        max_size=5,
    ),
    st.integers(1, 300),
)
def test_property_parts_add_up_or_are_a_source_each(
    entries: list[tuple[tuple[str, str | None], int]], total: int
) -> None:
    """Whatever the bracket holds, the parts emitted with amounts add up to the total, or name one
    source each (a card's own sums, checked by validation); no part restates the total."""
    raw = f"{total}억원({', '.join(f'{label} {a}억' for (label, _), a in entries)})"
    got = parse_budget(raw)
    parts = got["parts"]
    assert all(p["source"] != "total" for p in parts)
    known = [p for p in parts if p["amount_krw"] is not None]
    if known and got["total_krw"] is not None and len(known) == len(parts):
        sources = [p["source"] for p in parts]
        assert sum(p["amount_krw"] for p in parts) == got["total_krw"] or (
            None not in sources and len(set(sources)) == len(sources)
        )


def test_a_card_whose_budget_bracket_holds_a_secured_part(tmp_path: Path) -> None:
    """The seed card with its 총사업비 line printing the total and the part secured: no part
    is read; with parts of parts that add up no way, the sources are null with a finding."""
    text = SEED.read_text(encoding="utf-8")
    line = "◦ 총사업비 : 220,719백만 원(국비 154,442, 지방비 66,277)"
    assert line in text
    card = tmp_path / "secured.txt"
    card.write_text(
        text.replace(line, "◦ 총사업비 : 220,719백만 원(총 220,719백만 원 중 154,442 확보)"), encoding="utf-8"
    )
    budget = extract_file(card)[0]["overview"]["budget"]
    assert budget["total_krw"] == 220_719_000_000 and budget["parts"] == []
    card.write_text(
        text.replace(
            line, "◦ 총사업비 : 220,719백만 원(국비 154,442 중 100,000 확보, 지방비 50,000 중 10,000)"
        ),
        encoding="utf-8",
    )
    rec = extract_file(card)[0]
    assert [(p["source"], p["amount_krw"]) for p in rec["overview"]["budget"]["parts"]] == [
        ("national", None),
        ("local", None),
    ]
    flagged = {
        f["location"]
        for f in validate_batch([rec])
        if f.get("code") == "normalize.unreadable_amount" and not f.get("success", False)
    }
    assert {"overview.budget.parts[0]", "overview.budget.parts[1]"} <= flagged
