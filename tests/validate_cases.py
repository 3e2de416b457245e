"""Cards for the validation tests: the seed record, a clean copy of it, and one copy per rule
with exactly one planted fault (helpers shared by tests/test_validate*.py)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_JSON = SHARED / "spec" / "seed.expected.json"
SEED_TXT = SHARED / "seeds" / "gangwon-2-20-2024Q4.txt"

Card = dict[str, Any]
B = 1_000_000_000


def seed() -> Card:
    return json.loads(SEED_JSON.read_text(encoding="utf-8"))


def clean() -> Card:
    """The seed with its two real anomalies repaired: the 74명 item (parts sum to 85) and the
    2023 goal below its target (51 of 56)."""
    rec = seed()
    item = rec["achievements"][4]
    item["text"] = item["text"].replace("74명", "85명")
    item["counts"][0]["value"] = 85
    rec["goals"][0]["actual_value"] = 56
    rec["card_id"] = "clean@2024-Q4"
    return rec


def _date(label: str, start: str | None, end: str | None, raw: str = "x") -> dict[str, Any]:
    return {"raw": raw, "label": label, "start": start, "end": end, "precision": "month"}


def _column_sum(r: Card) -> None:  # 계 row: 2023 one billion too high, 2024 one billion too low
    total = r["funding"]["rows"][0]["amounts_krw"]
    total[3] += B
    total[4] -= B


def _row_sum(r: Card) -> None:  # 2023 raised in both 계 and 국비: columns still add up, rows do not
    r["funding"]["rows"][0]["amounts_krw"][3] += B
    r["funding"]["rows"][1]["amounts_krw"][3] += B


def _budget_funding(r: Card) -> None:  # budget total and 국비 part both off by the same amount
    r["overview"]["budget"]["total_krw"] += B
    r["overview"]["budget"]["parts"][0]["amount_krw"] += B


def _budget_parts(r: Card) -> None:  # an extra 민자 part that the total does not include
    r["overview"]["budget"]["parts"].append({"label": "민자", "source": "private", "amount_krw": 5 * B})


def _outreach(r: Card) -> None:
    r["outreach"]["total"] = 150


def _parts_sum(r: Card) -> None:
    item = r["achievements"][2]
    item["text"] = item["text"].replace("51명", "52명")


def _list_count(r: Card) -> None:
    item = r["achievements"][25]
    item["text"] = item["text"].replace("(7개)", "(8개)")


def _range_order(r: Card) -> None:
    r["plans"][0]["date"] = _date("2025-06/2025-03", "2025-06-01", "2025-03-31")


def _outside_period(r: Card) -> None:
    r["plans"][0]["date"] = _date("2028-H1", "2028-01-01", "2028-06-30")


def _after_as_of(r: Card) -> None:
    r["achievements"][21]["date"] = _date("2025-01", "2025-01-01", "2025-01-31")


def _below_target(r: Card) -> None:
    r["goals"][1]["actual_value"] = 55


def _done_below_target(r: Card) -> None:
    r["goals"][1]["actual_value"] = 55
    r["goals"][1]["status"] = "완료"


def _required(r: Card) -> None:
    r["header"]["mgmt_no"] = None


def _negative(r: Card) -> None:  # 기투자 -0.5억 balanced by 2022 +0.5억 in 계 and 국비: every sum holds
    for row in r["funding"]["rows"][:2]:
        row["amounts_krw"][1] = -B // 2
        row["amounts_krw"][2] += B // 2


def _unreadable_date(r: Card) -> None:
    r["plans"][0]["date"] = {
        "raw": "'25. 상반기쯤?",
        "label": None,
        "start": None,
        "end": None,
        "precision": None,
    }


def _unreadable_amount(r: Card) -> None:
    r["outreach"]["items"][2]["count"] = None


def _side_total(r: Card) -> None:  # a side table whose printed 계 670 is not its rows' sum (607)
    r["tables"].append(
        {
            "title": "연도별 실적",
            "after_item": 3,
            "header": [["구분", "2023년", "2024년", "계"]],
            "rows": [["가", "100", "200", "300"], ["나", "150", "157", "307"], ["계", "250", "357", "670"]],
        }
    )


def _share_column(r: Card) -> None:  # each source's share of the total, 비율(%), read as amounts in 백만 원
    r["funding"]["columns"].append({"label": "비율(%)", "kind": "other", "year": None})
    for row, share in zip(r["funding"]["rows"], (100.0, 70.0, 30.0), strict=True):
        row["amounts_krw"].append(int(share * 1_000_000))


def _goal_twice(r: Card) -> None:  # the 2024 goal row read twice
    r["goals"].append(copy.deepcopy(r["goals"][1]))


# code -> (how to plant the fault, the failing locations expected)
RULES: dict[str, tuple[Callable[[Card], None], set[str]]] = {
    "funding.column_sum": (_column_sum, {"funding.columns[3]", "funding.columns[4]"}),
    "funding.row_sum": (_row_sum, {"funding.rows[0]", "funding.rows[1]"}),
    "budget.matches_funding": (_budget_funding, {"overview.budget", "overview.budget.parts[0]"}),
    "budget.parts_sum": (_budget_parts, {"overview.budget"}),
    "outreach.total": (_outreach, {"outreach"}),
    "achievement.parts_sum": (_parts_sum, {"achievements[2]"}),
    "achievement.list_count": (_list_count, {"achievements[25]"}),
    "date.range_order": (_range_order, {"plans[0].date"}),
    "date.outside_period": (_outside_period, {"plans[0].date"}),
    "date.after_as_of": (_after_as_of, {"achievements[21].date"}),
    "goal.below_target": (_below_target, {"goals[1]"}),
    "goal.done_below_target": (_done_below_target, {"goals[1]"}),
    "required.missing": (_required, {"header.mgmt_no"}),
    "amount.negative": (_negative, {"funding.rows[0].amounts_krw[1]", "funding.rows[1].amounts_krw[1]"}),
    "normalize.unreadable_date": (_unreadable_date, {"plans[0].date"}),
    "normalize.unreadable_amount": (_unreadable_amount, {"outreach.items[2].count"}),
    "table.total": (_side_total, {"tables[2].rows[2][3]"}),
    "funding.label_not_period_or_source": (_share_column, {"funding.columns[8]"}),
    "record.duplicate_part": (_goal_twice, {"goals[2]"}),
}


def planted(code: str) -> Card:
    rec = clean()
    RULES[code][0](rec)
    rec["card_id"] = f"{code}@2024-Q4"
    return rec


def batch_of(n: int, *, seed_record: Card | None = None) -> list[Card]:
    """``n`` distinct cards derived from the seed (ids, amounts and counts varied)."""
    base = seed_record or seed()
    out = []
    for i in range(n):
        rec = copy.deepcopy(base)
        rec["card_id"] = f"B-{i}@2024-Q4"
        rec["header"]["mgmt_no"] = f"B-{i}"
        k = 1 + i % 7
        for row in rec["funding"]["rows"]:
            row["amounts_krw"] = [a * k for a in row["amounts_krw"]]
        budget = rec["overview"]["budget"]
        budget["total_krw"] *= k
        for part in budget["parts"]:
            part["amount_krw"] *= k
        rec["outreach"]["items"][3]["count"] += i
        rec["outreach"]["total"] += i
        out.append(rec)
    return out
