"""A province's pledge carried out across its cities and counties (blind family eoul-province): side
tables broken down by region (the total's split among the 시군 by source, the works done a 시군) and the
goals' targets split among them. The places are invented."""

from __future__ import annotations

import random
from typing import Any

from samples.layout import UNIT_MULT

Record = dict[str, Any]

PLACES = (
    "솔빛시",
    "버들군",
    "물결시",
    "구름내군",
    "은솔시",
    "푸른재군",
    "새말시",
    "달래울군",
    "너른들시",
    "갈매군",
)


def places(rnd: random.Random) -> list[str]:
    """The 시군 a card's pledge runs in, cities before counties as provinces list them."""
    picked = rnd.sample(PLACES, rnd.randint(4, 6))
    return sorted(picked, key=lambda p: (not p.endswith("시"), PLACES.index(p)))


def _split(total: int, n: int, rnd: random.Random, least: int = 0) -> list[int]:
    """``total`` parted into ``n`` shares summing to it (zeros allowed unless ``least`` is 1)."""
    weights = [rnd.choice((0, 1, 2, 3, 4)[least:]) for _ in range(n)]
    if not any(weights):
        weights[0] = 1
    shares = [total * w // sum(weights) for w in weights]
    shares[max(range(n), key=lambda k: weights[k])] += total - sum(shares)
    return shares


def region_funds(
    rec: Record, regions: list[str], rnd: random.Random
) -> tuple[str, list[list[str]], list[list[str]]]:
    """The 총사업비 split among the 시군 by source (시군 | 국비 | 도비 | 시군비 | 계, a 합계 row first, its
    figures the funding's totals a source), in the funding's unit."""
    f = rec["funding"]
    mult = UNIT_MULT[f["unit"].replace(" ", "")]
    sources = [r for r in f["rows"] if r["source"] != "total"]
    totals = [
        sum(a for a, c in zip(r["amounts_krw"], f["columns"], strict=True) if c["kind"] != "total") // mult
        for r in sources
    ]
    cols = [_split(t, len(regions), rnd) for t in totals]
    rows = [["합계", *(f"{t:,}" for t in totals), f"{sum(totals):,}"]]
    for k, place in enumerate(regions):
        vals = [c[k] for c in cols]
        rows.append([place, *(f"{v:,}" if v else "-" for v in vals), f"{sum(vals):,}" if any(vals) else "-"])
    header = [["시군", *(r["label"] for r in sources), "계"]]
    return "시군별 사업비 배분", header, rows


def funding_table(rec: Record, regions: list[str], rnd: random.Random) -> None:
    """The 총사업비's split by 시군 printed in the funding section under the funding table (a side table
    standing after no achievement: ``after_item`` null, first in reading order)."""
    title, header, rows = region_funds(rec, regions, rnd)
    rec["tables"].insert(0, {"title": title, "after_item": None, "header": header, "rows": rows})


_WORKS = ("거점시설 착공", "실시설계 완료", "부지 매입 완료", "운영 개시", "주민설명회 개최", "공모 선정")


def region_works(
    rec: Record, regions: list[str], rnd: random.Random
) -> tuple[str, list[list[str]], list[list[str]]]:
    """The main works of the as-of year a 시군 (시군 | 추진내용 | 추진일자), some 시군 over two rows."""
    year = int(rec["as_of"]["end"][:4])
    rows: list[list[str]] = []
    for place in regions[: rnd.randint(3, len(regions))]:
        for work in rnd.sample(_WORKS, rnd.choice((1, 1, 2))):
            rows.append([place, work, f"'{year % 100:02d}. {rnd.randint(1, 12)}."])
    return "시군별 주요 추진상황", [["시군", "추진내용", "추진일자"]], rows


def region_counts(regions: list[str], rnd: random.Random) -> tuple[str, list[list[str]], list[list[str]]]:
    """The works a 시군 plans and has done (시군 | 목표(개소) | 완료 | 추진중 | 추진률(%)), a 계 row first."""
    rows: list[list[str]] = []
    for place in regions:
        goal = rnd.randint(2, 12)
        done = rnd.randint(0, goal)
        going = rnd.randint(0, goal - done)
        rows.append([place, str(goal), str(done), str(going), f"{100 * done / goal:.1f}"])
    goal, done, going = (sum(int(r[k]) for r in rows) for k in (1, 2, 3))
    rows.insert(0, ["계", str(goal), str(done), str(going), f"{100 * done / goal:.1f}"])
    return "시군별 추진실적", [["시군", "목표(개소)", "완료", "추진중", "추진률(%)"]], rows


def region_goals(rec: Record, regions: list[str], rnd: random.Random) -> None:
    """A counted goal's target split among some of the 시군 in brackets after it
    (``120호 공급(솔빛시 50, 버들군 70)``): the record's target as printed, its value the whole."""
    for g in rec["goals"]:
        v = g.get("target_value")
        if not isinstance(v, int) or v < 4 or g.get("target_unit") in (None, "%"):
            continue
        some = regions[: rnd.randint(2, min(3, len(regions)))]
        shares = _split(v, len(some), rnd, least=1)
        g["target"] = f"{g['target']}({', '.join(f'{p} {s:,}' for p, s in zip(some, shares, strict=True))})"
