"""Validation rules: the seed card's one real error, one planted fault per rule, and properties of
the claim parsers and check tables."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.validate import validate_batch
from pledgecard.validate.checks import CHECKS, check_tables
from pledgecard.validate.checks.reported import CHECKS as REPORTED_CHECKS
from pledgecard.validate.textparse import list_claims, parts_claims

from validate_cases import RULES, batch_of, clean, planted, seed

FINDING_KEYS = [
    "card_id",
    "check",
    "code",
    "severity",
    "success",
    "observed",
    "expected",
    "location",
    "page",
    "message",
    "source_sha256",
]


@pytest.fixture(scope="module")
def findings() -> dict[str, list[dict]]:
    """One GX run over the whole batch: the seed, the clean copy and one card per rule."""
    records = [seed(), clean()] + [planted(code) for code in RULES]
    by_card: dict[str, list[dict]] = {}
    for f in validate_batch(records):
        by_card.setdefault(f["card_id"], []).append(f)
    return by_card


def _failing(fs: list[dict]) -> list[dict]:
    return [f for f in fs if not f["success"]]


def test_seed_has_exactly_one_error_the_74_item(findings: dict[str, list[dict]]) -> None:
    fs = findings["2-20@2024-Q4"]
    assert all(list(f) == FINDING_KEYS for f in fs)
    assert {f["source_sha256"] for f in fs} == {seed()["source"]["sha256"]}
    errors = [f for f in _failing(fs) if f["severity"] == "error"]
    assert len(errors) == 1
    (err,) = errors
    assert err["code"] == "achievement.parts_sum" and err["location"] == "achievements[4]"
    assert (err["observed"], err["expected"]) == (74, 85)
    assert "74" in err["message"] and "85" in err["message"]
    # the only other failing check is the 2023 goal (51 of 56): info, not an error or warning
    others = [(f["code"], f["severity"], f["location"]) for f in _failing(fs) if f is not err]
    assert others == [("goal.below_target", "info", "goals[0]")]
    # every rule that applies to the seed ran and is visible as a success row (one per check)
    passed = Counter(f["code"] for f in fs if f["success"])
    reported = {c.code for c in REPORTED_CHECKS}  # findings earlier stages report: failures only
    assert (
        set(passed) == set(CHECKS) - {"goal.done_below_target", "correction.stale"} - reported
    )  # no corrections here
    assert max(passed.values()) == 1


def test_clean_card_passes_every_check(findings: dict[str, list[dict]]) -> None:
    assert _failing(findings["clean@2024-Q4"]) == []


@pytest.mark.parametrize("code", list(RULES))
def test_planted_fault_is_found_and_nothing_else(findings: dict[str, list[dict]], code: str) -> None:
    failing = _failing(findings[f"{code}@2024-Q4"])
    assert {f["code"] for f in failing} == {code}
    assert {f["location"] for f in failing} == RULES[code][1]
    for f in failing:
        assert f["severity"] == CHECKS[code].severity and f["message"]
        assert f["observed"] != f["expected"]


def test_provenance_gives_pages() -> None:
    rec = planted("achievement.parts_sum")
    prov = {
        rec["card_id"]: {
            "card_id": rec["card_id"],
            "locations": {"achievements[2]": {"page": 3, "bbox": [1, 2, 3, 4]}, "achievements": {"page": 9}},
        }
    }
    (f,) = [f for f in validate_batch([rec], prov) if not f["success"]]
    assert f["page"] == 3
    prov[rec["card_id"]]["locations"]["achievements[2]"] = {"line_start": 12}  # no page there: the section's
    (f,) = [f for f in validate_batch([rec], prov) if not f["success"]]
    assert f["page"] == 9
    rec["source"].update(page_start=5, page_end=5)
    (f,) = [f for f in validate_batch([rec]) if not f["success"]]
    assert f["page"] == 5


def test_one_gx_validation_per_table_per_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    from great_expectations.datasource.fluent.interfaces import Batch

    calls: list[str] = []
    original = Batch.validate

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(self.data_asset.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Batch, "validate", counting)
    records = batch_of(40)
    records[7]["outreach"]["total"] += 1
    fs = validate_batch(records)
    assert sorted(calls) == sorted(set(calls)) and len(calls) == 5
    bad = [f for f in fs if not f["success"] and f["code"] == "outreach.total"]
    assert [f["card_id"] for f in bad] == ["B-7@2024-Q4"]
    assert sum(f["severity"] == "error" and not f["success"] for f in fs) == 41  # 40 x 74명 + the planted one


def test_damaged_records_do_not_crash() -> None:
    rec = seed()
    rec["funding"] = {"columns": "?", "rows": [None, {"amounts_krw": ["x", None]}]}
    rec["achievements"] = [None, {"text": 5}, {"date": {"raw": "?"}}]
    rec["goals"] = [{"target_value": "a", "actual_value": 1}]
    rec["header"] = None
    fs = validate_batch([rec, {"card_id": None}, "not a record"])  # type: ignore[list-item]
    failing = {(f["card_id"], f["code"], f["location"]) for f in fs if not f["success"]}
    assert (rec["card_id"], "normalize.unreadable_date", "achievements[2].date") in failing
    assert (rec["card_id"], "required.missing", "header.title") in failing
    assert ("unknown", "required.missing", "header.mgmt_no") in failing


# ---- properties of the parsers and check tables (no GX) ----

_label = st.text(alphabet="가나다라마바사아자차카타파하", min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(
    parts=st.lists(st.tuples(_label, st.integers(0, 99_999)), min_size=2, max_size=6),
    delta=st.integers(-3, 3),
    unit=st.sampled_from(["명", "개", "건", "회", "백만 원", "억"]),
    prefix=_label,
)
def test_parts_claim_round_trip(parts: list[tuple[str, int]], delta: int, unit: str, prefix: str) -> None:
    total = max(0, sum(v for _, v in parts) + delta)
    inner = ", ".join(f"{lb} {v:,}" for lb, v in parts)
    (claim,) = parts_claims(f"{prefix} {total:,}{unit}({inner}) 운영")
    assert claim.total == total and claim.unit == unit.replace(" ", "")
    assert claim.parts_sum == sum(v for _, v in parts)
    assert [lb for lb, _ in claim.parts] == [lb for lb, _ in parts]


@settings(max_examples=150, deadline=None)
@given(
    names=st.lists(_label, min_size=1, max_size=9),
    n=st.integers(1, 12),
    shape=st.integers(0, 1),
    tail=st.booleans(),
)
def test_list_claim_round_trip(names: list[str], n: int, shape: int, tail: bool) -> None:
    listed = ", ".join(names) + (", 계약인원: 20명" if tail else "")
    text = f"참여기업({n}개) : {listed}" if shape == 0 else f"{n}개기업 컨소시엄: {listed}"
    (claim,) = list_claims(text)
    assert claim.count == n and claim.names == names
    assert list_claims(text.replace(names[-1], names[-1] + " 등")) == []


def test_parsers_leave_non_claims_alone() -> None:
    for text in [
        "11명 참여(1학기 6명)",
        "확대(1→4과목)",
        "기간(3개월) : '24. 3~5.",
        "달성(국비 48억 추가확보)",
        "신규트랙 협약(기업 : 메디컬아이피, 계약인원 : 20명)",
        "2024(상반기 3, 하반기 4)",
    ]:
        assert parts_claims(text) == [] and list_claims(text) == [], text


@settings(max_examples=60, deadline=None)
@given(
    amounts=st.lists(st.lists(st.integers(0, 10**7), min_size=3, max_size=3), min_size=1, max_size=4),
    local_split=st.booleans(),
)
def test_consistent_funding_tables_always_add_up(amounts: list[list[int]], local_split: bool) -> None:
    rec = seed()
    sources = ["national", "local", "private", "other"][: len(amounts)]
    rows = [
        {"label": s, "source": s, "amounts_krw": [sum(r) * 1000] + [v * 1000 for v in r]}
        for s, r in zip(sources, amounts, strict=True)
    ]
    if local_split and "local" in sources:  # 지방비 broken down into 도비 + 시군비 rows as well
        local = rows[sources.index("local")]["amounts_krw"]
        rows.append({"label": "도비", "source": "provincial", "amounts_krw": [a // 2 for a in local]})
        rows.append({"label": "시군비", "source": "municipal", "amounts_krw": [a - a // 2 for a in local]})
    total = [sum(col) for col in zip(*(r["amounts_krw"] for r in rows[: len(sources)]), strict=True)]
    rec["funding"] = {
        "unit": "천 원",
        "columns": [{"label": "총사업비", "kind": "total", "year": None}]
        + [{"label": str(y), "kind": "year", "year": y} for y in (2023, 2024, 2025)],
        "rows": [{"label": "계", "source": "total", "amounts_krw": total}] + rows,
    }
    sums = check_tables([rec])["sums"]
    funding = sums[sums["code"].str.startswith("funding.")]
    assert len(funding) == 4 + 1 + len(rows)
    assert (funding["claimed"] == funding["parts_sum"]).all()


def test_budget_local_matches_its_breakdown_rows() -> None:
    rec = seed()  # budget: 국비 + 지방비; funding: 국비 + 도비 + 시군비 (지방비 split 40/60)
    local = rec["funding"]["rows"][2]["amounts_krw"]
    prov = [a * 4 // 10 for a in local]
    rec["funding"]["rows"][2:] = [
        {"label": "도비", "source": "provincial", "amounts_krw": prov},
        {
            "label": "시군비",
            "source": "municipal",
            "amounts_krw": [a - p for a, p in zip(local, prov, strict=True)],
        },
    ]
    sums = check_tables([rec])["sums"]
    budget = sums[sums["code"] == "budget.matches_funding"]
    assert budget["location"].tolist() == [
        "overview.budget",
        "overview.budget.parts[0]",
        "overview.budget.parts[1]",
    ]
    assert (budget["claimed"] == budget["parts_sum"]).all()
    rec["overview"]["budget"]["parts"][1]["amount_krw"] += 1
    sums = check_tables([rec])["sums"]
    row = sums[(sums["code"] == "budget.matches_funding") & (sums["location"] == "overview.budget.parts[1]")]
    assert (row["claimed"] - row["parts_sum"]).tolist() == [1]


def test_budget_without_digits_is_not_an_unreadable_amount() -> None:
    rec = seed()
    rec["overview"]["budget"] = {"raw": "비예산", "unit": None, "total_krw": None, "parts": []}
    amounts = check_tables([rec])["amounts"]
    assert "overview.budget.total_krw" not in amounts["location"].tolist()
    rec["overview"]["budget"]["raw"] = "12.5억 원 (추정)"
    amounts = check_tables([rec])["amounts"]
    row = amounts[amounts["location"] == "overview.budget.total_krw"]
    assert len(row) == 1 and row["amount"].isna().all()
