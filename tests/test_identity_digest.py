"""Card identity from slim copies with figure digests (issue 14: the parent's work after the last
file): the cards, keys and findings are those of resolving the whole records, whatever the
group's copies say (agreeing, a figure differing, 1 against 1.0, NaN, a title missing, two
cards on one key, in any order); a group whose titled copies agree reads one copy again, not all."""

from __future__ import annotations

import copy
import itertools
import json
import random
from typing import Any

import pytest

from pledgecard.identity import Copy, Resolution, identity_copy, resolve


def _record(i: int, card_id: str, title: str | None, fmt: str, amounts: list[Any]) -> dict[str, Any]:
    return {
        "card_id": card_id,
        "header": {"title": title, "issuer": "가온시"},
        "source": {"format": fmt, "sha256": f"{i:064x}", "card_index": 0, "file": f"in/{i}.{fmt}"},
        "funding": {"rows": [{"label": "국비", "amounts_krw": amounts}]},
        "goals": [{"year": 2024, "text": "x"}],
    }


GROUPS: dict[str, list[tuple[str | None, list[Any]]]] = {
    "agree": [("청년 일자리 창출", [1, 2, 3])] * 4,
    "one figure differs": [
        ("전통시장 주차장", [1, 2, 3]),
        ("전통시장 주차장", [1, 2, 4]),
        ("전통시장 주차장", [1, 2, 3]),
    ],
    "int and float": [("마을 도서관", [1, 2]), ("마을 도서관", [1.0, 2])],
    "nan": [("하천 정비", [float("nan"), 2]), ("하천 정비", [float("nan"), 2])],
    "a title missing": [(None, [5, 6]), ("공원 조성", [5, 6])],
    "two cards on one key": [("청년 창업 지원", [7]), ("노인 복지관 신축", [8]), ("청년 창업 지원", [7])],
    "alone": [("버스 노선 개편", [9])],
}
FORMATS = ("txt", "pdf", "hwp", "hwpx")


def _batch(seed: int) -> list[dict[str, Any]]:
    records = []
    for g, (name, members) in enumerate(GROUPS.items()):
        for title, amounts in members:
            records.append((f"{g}-1@2024-Q4", title, amounts, name))
    random.Random(seed).shuffle(records)
    return [
        _record(i, cid, title, FORMATS[i % 4], amounts) for i, (cid, title, amounts, _) in enumerate(records)
    ]


def _shape(res: Resolution) -> tuple[Any, ...]:
    cards = [
        (c.canonical.index, [cp.index for cp in c.copies], c.key, c.variant, c.display_id) for c in res.cards
    ]
    findings = json.dumps(res.findings, ensure_ascii=False, sort_keys=True, default=str)
    return cards, findings.replace("NaN", "nan")


@pytest.mark.parametrize("seed", range(4))
def test_slim_copies_with_digests_resolve_as_whole_records(seed: int) -> None:
    records = _batch(seed)
    whole = resolve([Copy(i, copy.deepcopy(r), str(r["source"]["file"])) for i, r in enumerate(records)])
    reads: list[int] = []

    def full(i: int) -> dict[str, Any]:
        reads.append(i)
        return copy.deepcopy(records[i])

    seen: set[str] = set()
    slim = resolve([identity_copy(i, r, str(r["source"]["file"]), seen) for i, r in enumerate(records)], full)
    assert _shape(slim) == _shape(whole)
    assert {f["code"] for f in whole.findings} == {"card.copies_differ", "card.id_conflict"}
    by_group = {
        cid: [i for i, r in enumerate(records) if r["card_id"] == cid]
        for cid in {r["card_id"] for r in records}
    }
    agree = by_group["0-1@2024-Q4"]
    assert len([i for i in reads if i in agree]) == 1  # the copy read before any other of its key
    assert all(i in reads for i in by_group["1-1@2024-Q4"])  # differing copies are read whole


def test_copies_without_digests_still_resolve_as_whole_records() -> None:
    records = _batch(7)
    whole = resolve([Copy(i, copy.deepcopy(r), str(r["source"]["file"])) for i, r in enumerate(records)])
    for order in itertools.islice(itertools.permutations(range(3)), 3):
        seen: set[str] = set()
        slimmed = [identity_copy(i, r, str(r["source"]["file"]), seen) for i, r in enumerate(records)]
        for cp in slimmed[order[0] :: 3]:
            cp.digest = None
        assert _shape(resolve(slimmed, lambda i: copy.deepcopy(records[i]))) == _shape(whole)
