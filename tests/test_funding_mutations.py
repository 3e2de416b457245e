"""Labels from layout (issue 12 item 2): one wrong cell in a funding table gives exactly the
findings it causes (its row's sum and its column's sum) with the right labels, and no label moves.

Each corpus card (samples/corpus, the generator's record for its seed) is rendered again in every
format with ONE funding cell's printed amount changed by one unit, read by the pipeline and
validated (one Great Expectations run for the whole batch).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.normalize.money import unit_multiplier
from pledgecard.pipeline import process_file
from pledgecard.validate import validate_batch
from samples.generate import render
from samples.style import Style
from samples.synth import synth_record

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"
FORMATS = ("txt", "hwpx", "hwp", "pdf")
EXT = {"txt": "txt", "hwpx": "hwpx", "hwp": "hwp", "pdf": "pdf"}
SEEDS = tuple(range(101, 109))
_SUB_LOCAL = {"provincial", "municipal", "district"}


def _target(rec: dict[str, Any], seed: int) -> tuple[int, int]:
    """The cell to change: a source row whose sum has one reading (not 계, and not part of a
    지방비 breakdown printed beside 지방비), in a year column; varied with the seed."""
    funding = rec["funding"]
    sources = {r["source"] for r in funding["rows"]}
    ambiguous = _SUB_LOCAL | {"local"} if "local" in sources and sources & _SUB_LOCAL else set()
    rows = [i for i, r in enumerate(funding["rows"]) if r["source"] not in {"total", *ambiguous}]
    cols = [j for j, c in enumerate(funding["columns"]) if c["kind"] == "year"]
    return rows[seed % len(rows)], cols[seed % len(cols)]


def _labels(funding: dict[str, Any]) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    # columns as the scorer matches them (a PDF may wrap a label: 총사업 비), rows by label and source
    return (
        [(c["kind"], c["year"]) for c in funding["columns"]],
        [(r["label"], r["source"]) for r in funding["rows"]],
    )


@pytest.fixture(scope="module")
def mutated(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], dict[str, Any]]:
    """(seed, format) -> the mutated expected record, the record read back, its failing findings."""
    out_dir = tmp_path_factory.mktemp("funding-mutations")
    cases: dict[tuple[int, str], dict[str, Any]] = {}
    records = []
    for seed in SEEDS:
        original = synth_record(seed)
        stored = json.loads((CORPUS / f"card-{seed:05d}-txt.expected.json").read_text(encoding="utf-8"))
        assert {k: v for k, v in original.items() if k != "source"} == {
            k: v for k, v in stored.items() if k != "source"
        }  # the corpus card itself
        r, c = _target(original, seed)
        expected = copy.deepcopy(original)
        unit = unit_multiplier(expected["funding"]["unit"])
        assert unit
        expected["funding"]["rows"][r]["amounts_krw"][c] += unit  # one printed unit more: a typo
        for fmt in FORMATS:
            path = out_dir / f"card-{seed:05d}-{fmt}.{EXT[fmt]}"
            render(fmt, [expected], path, Style.pick(seed))
            res = process_file(path)
            assert res.status == "ok", res.reason
            (got,) = res.records
            got["card_id"] = f"{seed}-{fmt}"  # one card id per case in the batch
            records.append(got)
            cases[(seed, fmt)] = {
                "original": original,
                "expected": expected,
                "got": got,
                "cell": (r, c),
                "findings": [],
            }
    for f in validate_batch(records):
        if not f["success"]:
            seed, fmt = f["card_id"].split("-")
            cases[(int(seed), fmt)]["findings"].append(f)
    return cases


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_one_changed_cell_gives_exactly_its_row_and_column_findings(
    mutated: dict[tuple[int, str], dict[str, Any]], seed: int, fmt: str
) -> None:
    case = mutated[(seed, fmt)]
    r, c = case["cell"]
    got, expected = case["got"]["funding"], case["expected"]["funding"]
    # no label changed: columns and rows keep the labels of the layout
    assert _labels(got) == _labels(case["original"]["funding"])
    # every cell is read as printed, the changed one included
    assert [row["amounts_krw"] for row in got["rows"]] == [row["amounts_krw"] for row in expected["rows"]]
    money = ("funding.", "budget.", "amount.", "normalize.unreadable_amount")
    sums = sorted((f["code"], f["location"]) for f in case["findings"] if f["code"].startswith(money))
    assert sums == [
        ("funding.column_sum", f"funding.columns[{c}]"),
        ("funding.row_sum", f"funding.rows[{r}]"),
    ]
    by_code = {f["code"]: f for f in case["findings"]}
    unit = unit_multiplier(expected["unit"]) or 1
    col_label = expected["columns"][c]["label"]
    row_label = expected["rows"][r]["label"]
    assert col_label in by_code["funding.column_sum"]["message"]
    assert row_label in by_code["funding.row_sum"]["message"]
    # the column's printed 계 is short of its parts by exactly the one unit added to the cell
    assert by_code["funding.column_sum"]["expected"] - by_code["funding.column_sum"]["observed"] == unit


def _cell_per_line(funding: dict[str, Any]) -> str:
    """A dump that prints the funding table one cell per line, level by level, as a flattened
    two-level header comes out: 구분, the total label where its column stands (before or after the
    spanning 연도별 heading), the heading, the labels under it, then each row's label and amounts."""
    mult = unit_multiplier(funding["unit"]) or 1
    cols = funding["columns"]
    total = next(k for k, col in enumerate(cols) if col["kind"] == "total")
    under = [
        f"{col['label']}년" if col["kind"] == "year" else col["label"]
        for col in cols
        if col["kind"] != "total"
    ]
    head = ["구분"] + ([cols[total]["label"]] if total == 0 else []) + ["연도별 투자 실적 및 계획"]
    head += [cols[total]["label"]] if total != 0 else []
    lines = [f"(단위 : {funding['unit']})", *head, *under]
    for row in funding["rows"]:
        lines += [row["label"], *(f"{v // mult:,}" for v in row["amounts_krw"])]
    return "\n".join(lines)


def _line_items(text: str) -> list[Any]:
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line

    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i))
        for i, t in enumerate(text.split("\n"), 1)
    ]


def test_cell_per_line_dumps_keep_their_labels_when_one_cell_changes() -> None:
    """The flow a dump prints (row by row) and the place of the total column come from the layout;
    before, a typo could turn the reading column-wise or move the 계 label to another column."""
    from pledgecard.extract.sections.funding import extract_funding

    records = []
    for seed in SEEDS:
        original = synth_record(seed)["funding"]
        r, c = _target({"funding": original}, seed)
        changed = copy.deepcopy(original)
        changed["rows"][r]["amounts_krw"][c] += unit_multiplier(changed["unit"]) or 1
        for variant, funding in (("clean", original), ("typo", changed)):
            result = extract_funding(_line_items(_cell_per_line(funding)))
            got, rest = result.value.get("funding"), result.rest
            assert got is not None and rest == []
            assert _labels(got) == _labels(original), (seed, variant)
            assert [row["amounts_krw"] for row in got["rows"]] == [
                row["amounts_krw"] for row in funding["rows"]
            ]
            records.append({"card_id": f"{seed}-{variant}", "funding": got})
    failing: dict[str, list[tuple[str, str]]] = {}
    for f in validate_batch(records):
        if not f["success"] and f["code"].startswith("funding."):
            failing.setdefault(f["card_id"], []).append((f["code"], f["location"]))
    for seed in SEEDS:
        r, c = _target({"funding": synth_record(seed)["funding"]}, seed)
        assert f"{seed}-clean" not in failing
        assert sorted(failing[f"{seed}-typo"]) == [
            ("funding.column_sum", f"funding.columns[{c}]"),
            ("funding.row_sum", f"funding.rows[{r}]"),
        ]


def test_flattened_headers_placed_by_layout_or_not_at_all() -> None:
    """pdftotext prints the spanning heading first (it stands highest): a total label printed before
    the years may then be the first column or the last (both occur). The rows' own sums decide it
    where every row adds up at one end and none at the other; else no cell is placed (null, printed
    text kept). A total printed after a period label is the last column, whatever the sums."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    won = SectionContext(card_unit="원")  # a card whose unit line says won: the layout under test

    head = "연도별 투자 실적 및 계획\n구분\n총계\n2022년\n2023년\n"
    got = extract_funding(_line_items(head + "계\n30\n10\n20\n국비\n15\n5\n10"), won).value.get("funding")
    assert got is not None and [c["kind"] for c in got["columns"]] == ["total", "year", "year"]
    assert [row["amounts_krw"] for row in got["rows"]] == [[30, 10, 20], [15, 5, 10]]
    undecided = head + "계\n35\n10\n20\n국비\n18\n5\n10"  # no row adds up at either end
    got = extract_funding(_line_items(undecided), won).value.get("funding")
    assert got is not None
    assert [row["amounts_krw"] for row in got["rows"]] == [[None] * 3] * 2
    assert [row["amounts_raw"] for row in got["rows"]] == [["35", "10", "20"], ["18", "5", "10"]]
    placed = (
        "구분\n연도별 투자 실적 및 계획\n기투자\n2023년\n총사업비\n임기이후\n계\n1\n2\n0\n3\n국비\n1\n2\n0\n9"
    )
    got = extract_funding(_line_items(placed), won).value.get("funding")
    assert got is not None
    assert [c["kind"] for c in got["columns"]] == ["prior", "year", "after_term", "total"]
    assert got["rows"][1]["amounts_krw"] == [1, 2, 0, 9]  # 국비's sum is wrong: its labels do not move
