"""Funding and goal tables in shapes no family fixes (issue 11, item 3: table roles decided by content).

Cards are built from the template families (samples/families.py) with their funding table and goal
table replaced by variants, rendered by the sample renderers (HWPX and PDF) and read back. The
funding tables vary over orientation (sources as rows / years as rows), the total column (first,
last, absent), the total row (present, absent), 3 to 9 year columns, years printed ``2023년`` /
``2023`` / ``'23`` and the units 원 / 천원 / 백만원 / 억원; the goal tables over a 연도 column or year
rows or ``<2024>`` marks, a 세부사업 or 주요사업 column, a 달성률 column, 추진상황, row-spanning project
cells and values with their own units (``186호 공급``, ``공정률 71%``, ``2.8km``).

The variants are an explicit covering design: six files per format (orientation x year format), each
holding four cards whose funding shapes together cover every total column x total row x unit
(24 combinations), the year counts 3-9, one, three or the seed's source rows cycling, the goal
layouts, repeated table heads and landscape pages cycling over the files; one file lays the whole
body out as one table (its funding table nested in a narrow cell, figures printed into each other).

Every funding amount and goal value must be the expected one, or null with a finding: a null
funding cell is what validation's ``normalize.unreadable_amount`` reports (its row in
``validate.checks.amounts.amount_rows``); a null goal value needs its row in ``goal_value_rows``;
a value missing with its whole row, column or table needs an extraction finding on the card
(``extract.*``). A different number is never allowed.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from pledgecard.pipeline import process_file
from pledgecard.validate.checks.amounts import amount_rows, goal_value_rows
from samples.families import BY_NAME, Family, Funding, family_records, family_seeds
from samples.style import Style

Record = dict[str, Any]

FORMATS = ("hwpx", "pdf")
ORIENTATIONS = ("", "transposed")
YEAR_FORMATS = ("{y}년", "{y}", "'{yy}")
YEAR_NAMES = {"{y}년": "2023년", "{y}": "2023", "'{yy}": "23"}
TOTAL_COLS = ("first", "last", "none")
TOTAL_ROWS = (True, False)
UNITS = ("원", "천원", "백만원", "억원")
SCALES = {"원": (1_000_000, 900_000_000), "천원": (1_000, 900_000), "백만원": (100, 9_000), "억원": (1, 90)}
YEARS = (3, 4, 5, 6, 7, 8, 9)
# goals: (layout, 달성률 column, project column label, values with their own units)
GOALS = (
    ("year_col", True, "세부사업", True),
    ("year_group", False, "주요사업", True),
    ("", False, "주요사업", False),
    ("year_col", False, "주요사업", False),
    ("year_group", True, "세부사업", False),
    ("year_col", True, "주요사업", True),
)
BASES = ("gaon-city", "solmae-county", "byeolbit-district", "dasom-district", "yeoul-county", "haneul-city")
CARDS_PER_FILE = 4
# funding rows: the seed's, one source only (a transposed table then has one source column), three
SOURCE_ROWS: tuple[tuple[str, ...], ...] = ((), ("지방비",), ("국비", "도비", "민자"), ())


@dataclasses.dataclass(frozen=True)
class Variant:
    """One file: a table style and the funding shapes of its cards."""

    name: str
    base: str
    style: Style
    fundings: tuple[Funding, ...]
    goal_values: bool


def _variants() -> list[Variant]:
    funding_shapes = list(itertools.product(TOTAL_COLS, TOTAL_ROWS, UNITS))  # 24: four a file
    out = []
    for k, (orient, years) in enumerate(itertools.product(ORIENTATIONS, YEAR_FORMATS)):
        base = BY_NAME[BASES[k]]
        layout, rate, project, values = GOALS[k]
        style = dataclasses.replace(
            base.style,
            funding_layout=orient,
            year_format=years,
            goals_layout=layout,
            goals_rate=rate,
            goals_project_label=project,
            body_table=k == 1,
            repeat_table_head=k % 2 == 1,
            landscape=k % 3 == 2,
        )
        fundings = []
        for j in range(CARDS_PER_FILE):
            n = k * CARDS_PER_FILE + j
            total_col, total_row, unit = funding_shapes[n]
            fundings.append(
                Funding(
                    unit=unit,
                    n_years=YEARS[n % len(YEARS)],
                    total_col=total_col,
                    total_label=("총사업비", "총계", "합계", "계")[n % 4],
                    total_row=total_row,
                    scale=SCALES[unit],
                    prior=n % 5 == 0,
                    after_term="임기이후" if n % 3 == 0 else "",
                    rows=SOURCE_ROWS[n % len(SOURCE_ROWS)],
                )
            )
        out.append(
            Variant(
                f"{'transposed' if orient else 'rows'}-{YEAR_NAMES[years]}-{layout or 'marks'}",
                base.name,
                style,
                tuple(fundings),
                values,
            )
        )
    return out


VARIANTS = _variants()


def _records(v: Variant) -> list[Record]:
    base = BY_NAME[v.base]
    out: list[Record] = []
    seed = base.first_seed
    for funding in v.fundings:
        fam: Family = dataclasses.replace(
            base,
            style=v.style,
            funding=funding,
            needs=("goals",),
            goal_values=v.goal_values,
            quarters=1,
            first_seed=seed,
        )
        seed = family_seeds(fam, 1)[0]
        out.extend(family_records(fam, seed))
        seed += 1
    assert len({r["card_id"] for r in out}) == len(out)
    return out


def _renderer(fmt: str) -> Callable[..., None]:
    if fmt == "pdf":
        from samples.render_pdf import render_pdf

        return render_pdf
    from samples.render_hwpx import render_hwpx

    return render_hwpx


def _col_key(col: Record) -> tuple[str, int | None]:
    return (col["kind"], col.get("year"))


def _funding_misses(exp: Record, got: Record, extract_found: bool) -> Iterator[str]:
    """``wrong:`` a different number; ``silent:`` a value missing without a finding."""
    ef, gf = exp["funding"], got.get("funding") or {"columns": [], "rows": []}
    gcols = {_col_key(c): k for k, c in enumerate(gf.get("columns") or [])}
    grows = {r.get("source"): r for r in gf.get("rows") or []}
    flagged = {r["location"] for r in amount_rows(got["card_id"], got) if r["amount"] is None}
    for row in ef["rows"]:
        grow = grows.get(row["source"])
        gi = list(gf["rows"]).index(grow) if grow is not None else None
        for ci, col in enumerate(ef["columns"]):
            want = row["amounts_krw"][ci]
            k = gcols.get(_col_key(col))
            where = f"funding[{row['label']}][{col['label']}]"
            if grow is None or k is None or k >= len(grow["amounts_krw"]):
                if not extract_found:
                    yield f"silent: {where} missing ({want})"
                continue
            value = grow["amounts_krw"][k]
            if value is None:
                if f"funding.rows[{gi}].amounts_krw[{k}]" not in flagged:
                    yield f"silent: {where} null"
            elif value != want:
                yield f"wrong: {where} {value} != {want}"


def _goal_misses(exp: Record, got: Record, extract_found: bool) -> Iterator[str]:
    flagged = {r["location"] for r in goal_value_rows(got["card_id"], got)}
    ggoals = got.get("goals") or []
    if len(ggoals) != len(exp["goals"]):
        pairs: list[tuple[int, Record, Record | None]] = []
        pool = list(enumerate(ggoals))
        for e in exp["goals"]:
            hit = next(
                (
                    (i, g)
                    for i, g in pool
                    if g.get("year") == e["year"]
                    and "".join(str(g.get("target") or "").split()) == "".join(e["target"].split())
                ),
                None,
            )
            if hit:
                pool.remove(hit)
            pairs.append((hit[0] if hit else -1, e, hit[1] if hit else None))
    else:
        pairs = [(i, e, g) for i, (e, g) in enumerate(zip(exp["goals"], ggoals, strict=True))]
    for i, e, g in pairs:
        for key in ("target_value", "actual_value"):
            want = e.get(key)
            where = f"goals[{e['project']} {e['year']}].{key}"
            if want is None:
                continue
            if g is None:
                if not extract_found:
                    yield f"silent: {where} missing ({want})"
                continue
            value = g.get(key)
            if value is None:
                if f"goals[{i}].{key}" not in flagged and not extract_found:
                    yield f"silent: {where} null ({e.get('target') if key == 'target_value' else e.get('actual')})"
            elif value != want:
                yield f"wrong: {where} {value} != {want}"


def _read(path: Path) -> tuple[list[Record], dict[str, bool]]:
    res = process_file(path)
    assert res.status == "ok", res.reason
    found = {
        p["card_id"]: any(str(f.get("code", "")).startswith("extract.") for f in p.get("findings") or [])
        for p in res.provenance
    }
    return res.records, found


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_every_amount_and_goal_value_is_right_or_null_with_a_finding(
    tmp_path: Path, variant: Variant, fmt: str
) -> None:
    expected = _records(variant)
    path = tmp_path / f"{variant.name}.{fmt}"
    _renderer(fmt)(expected, path, style=variant.style)
    records, found = _read(path)
    got = {r["card_id"]: r for r in records}
    misses = []
    for exp in expected:
        rec = got.get(exp["card_id"])
        assert rec is not None, f"{exp['card_id']} not read from {path.name}"
        misses += [
            f"{exp['card_id']} {m}" for m in _funding_misses(exp, rec, found.get(exp["card_id"], False))
        ]
        misses += [f"{exp['card_id']} {m}" for m in _goal_misses(exp, rec, found.get(exp["card_id"], False))]
    assert misses == []


def test_the_variants_cover_every_value_of_every_dimension() -> None:
    fundings = [f for v in VARIANTS for f in v.fundings]
    assert {(f.total_col, f.unit) for f in fundings} == set(itertools.product(TOTAL_COLS, UNITS))
    assert {f.total_row for f in fundings} == set(TOTAL_ROWS)
    assert {f.n_years for f in fundings} == set(YEARS)
    assert {(v.style.funding_layout, v.style.year_format) for v in VARIANTS} == set(
        itertools.product(ORIENTATIONS, YEAR_FORMATS)
    )
    assert {v.style.goals_layout for v in VARIANTS} == {"", "year_col", "year_group"}
    assert {v.style.goals_rate for v in VARIANTS} == {True, False}
    assert {v.style.goals_project_label for v in VARIANTS} == {"주요사업", "세부사업"}
    assert {len(f.rows) for f in fundings} == {0, 1, 3}
    by_orient = {(v.style.funding_layout, len(f.rows)) for v in VARIANTS for f in v.fundings}
    assert ("transposed", 1) in by_orient and ("", 1) in by_orient
    one_source_across = {
        f.total_col for v in VARIANTS for f in v.fundings if v.style.funding_layout and len(f.rows) == 1
    }
    assert one_source_across & {"first", "last"}  # a 계 row (the total column) beside the year rows
