"""The funding sum search with kept sums (session 33, extract/sections/funding_proof.py): the search that
places a dumped funding table's amounts where its sums prove them keeps each row's and column's partial
sums as cells are placed and taken back, and checks a cell on the sums as they would stand, instead of
summing the grid again at every step (the memo key, the row, column and room checks). Against the search
as it was (``ReferenceSearch`` below: its old methods verbatim, on the shipped search's state) in the same run.

    .venv/bin/python benchmarks/bench_funding_proof.py [--families bomi-county,sora-city] [--repeat R]

Files: the committed PDFs of ``samples/families/<family>/`` dumped by pdfminer's pdf2txt (its defaults, as
tests/test_text_converters.py dumps them: the dump that prints a funding table a column block at a time) and
read once, every call of ``proven_grid`` recorded (not timed). Timed: those calls again, best of
``--repeat``, with the shipped search and with the reference, the two taking turns. Prints the seconds, the
ratio and the cells tried; the results and the cells tried are the same either way (asserted).

Then the amounts read once a vocabulary (normalize/money_amounts.py's memo of ``exact_amount``, which
``parse_amount`` reads through): the same dumps and the families' TXT cards extracted whole (``extract_file``,
best of ``--repeat``) with the memo and with it bypassed (every amount read again), taking turns; the records
are the same either way (asserted).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root, for `benchmarks.`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pledgecard.extract.sections.funding_proof as funding_proof
import pledgecard.extract.sections.funding_stream as funding_stream
import pledgecard.normalize.money_amounts as money_amounts
from benchmarks.read_twice import remembered_and_read_again
from pledgecard import extract_file
from pledgecard.extract.sections.funding_proof import BUDGET, Grid

REPO = Path(__file__).resolve().parents[1]
FAMILIES = REPO / "samples" / "families"


class ReferenceSearch(funding_proof._Search):
    """The sum search as it was before its sums were kept (the oracle of test_perf_33 and this benchmark's
    baseline): the shipped search's state, with the old checks summing the grid again a step (its own
    ``_row_ok``, ``_room``, ``_col_ok``, ``_key`` and ``run``; the kept sums it inherits go unread)."""

    def __init__(
        self,
        values: Sequence[int],
        n_rows: int,
        n_cols: int,
        total_row: int | None,
        total_col: int | None,
        groups: Sequence[Sequence[int]],
        budget: int = BUDGET,
    ) -> None:
        super().__init__(values, n_rows, n_cols, total_row, total_col, groups, budget)
        self.k = 0  # the value being placed, read by _room

    def _row_ok(self, i: int, complete_only: bool) -> bool:
        if self.total_col is None:
            return True
        row = self.grid[i]
        total = row[self.total_col]
        if total is None:
            return True
        for g in self.groups:
            cells = [row[c] for c in g]
            placed = sum(v for v in cells if v is not None)
            if None not in cells:
                if placed != total:
                    return False
            elif not complete_only and self.monotone and placed > total:
                return False
        return True

    def _room(self, i: int, j: int) -> bool:
        """Whether the totals of row ``i`` and column ``j`` still to come can reach what their
        placed cells already add up to (a total is one of the values printed later)."""
        if not self.monotone:
            return True
        room = self.later_max[self.k]
        row = self.grid[i]
        if (
            self.total_col is not None
            and row[self.total_col] is None
            and any(sum(v for c in g if (v := row[c]) is not None) > room for g in self.groups)
        ):
            return False
        if self.total_row is not None and self.grid[self.total_row][j] is None:
            return sum(v for r in range(self.n_rows) if (v := self.grid[r][j]) is not None) <= room
        return True

    def _col_ok(self, j: int) -> bool:
        if self.total_row is None:
            return True
        cells = [self.grid[i][j] for i in range(self.n_rows) if i != self.total_row]
        total = self.grid[self.total_row][j]
        if total is None:
            return True
        placed = sum(v for v in cells if v is not None)
        if None not in cells:
            return placed == total
        return not (self.monotone and placed > total)

    def _key(self, shape: tuple[int, ...]) -> tuple[object, ...]:
        """What the rest of the filling depends on: the cells filled, and per row and column the
        placed totals and the partial sums they must reach."""
        rows = []
        for row in self.grid:
            rows.append(
                (
                    row[self.total_col] if self.total_col is not None else None,
                    tuple(sum(v for c in g if (v := row[c]) is not None) for g in self.groups),
                )
            )
        cols = []
        if self.total_row is not None:
            for j in range(self.n_cols):
                cols.append(
                    (
                        self.grid[self.total_row][j],
                        sum(
                            v
                            for i in range(self.n_rows)
                            if i != self.total_row and (v := self.grid[i][j]) is not None
                        ),
                    )
                )
        return shape, tuple(rows), tuple(cols)

    def run(self, shape: list[int], k: int) -> bool:
        """Fill from the ``k``-th value; False once the budget is spent."""
        if k == len(self.values):
            self.completed += 1
            self.found.add(tuple(tuple(v if v is not None else 0 for v in row) for row in self.grid))
            return True
        key = self._key(tuple(shape))
        if key in self.dead:
            return True
        before = self.completed
        for i in range(self.n_rows):
            j = shape[i]
            if j >= self.n_cols or (i > 0 and shape[i - 1] <= j):
                continue
            self.steps += 1
            if self.steps > self.budget:
                return False
            if self.grand is not None and ((i, j) == self.grand[:2]) != (self.values[k] == self.grand[2]):
                continue
            self.grid[i][j] = self.values[k]
            self.k = k
            if self._row_ok(i, False) and self._col_ok(j) and self._room(i, j):
                shape[i] += 1
                ok = self.run(shape, k + 1)
                shape[i] -= 1
                if not ok:
                    self.grid[i][j] = None
                    return False
            self.grid[i][j] = None
            if len(self.found) > 1:
                return True
        if self.completed == before:
            self.dead.add(key)
        return True


def reference_fillings(
    values: Sequence[int],
    n_rows: int,
    n_cols: int,
    total_row: int | None,
    total_col: int | None,
    groups: Sequence[Sequence[int]],
    budget: int = BUDGET,
) -> tuple[set[Grid] | None, int]:
    """:func:`funding_proof.fillings` with the reference search."""
    with reference_search():
        return funding_proof.fillings(values, n_rows, n_cols, total_row, total_col, groups, budget)


@contextmanager
def reference_search() -> Iterator[None]:
    """The module's search swapped for the reference while the block runs."""
    shipped = funding_proof._Search
    funding_proof._Search = ReferenceSearch  # type: ignore[misc,assignment]
    try:
        yield
    finally:
        funding_proof._Search = shipped  # type: ignore[misc]


def pdf2txt_dump(pdf: Path, out: Path) -> Path:
    """``pdf`` dumped by pdf2txt's defaults (pdfminer.six, in this process) to ``out``."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    out.write_text(extract_text(str(pdf), laparams=LAParams()), encoding="utf-8")
    return out


def recorded_calls(paths: Sequence[Path]) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """The arguments of every ``proven_grid`` call the extraction of ``paths`` makes."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    shipped = funding_stream.proven_grid

    def record(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return shipped(*args, **kwargs)

    funding_stream.proven_grid = record  # type: ignore[assignment]
    try:
        for p in paths:
            extract_file(p)
    finally:
        funding_stream.proven_grid = shipped
    return calls


def _steps_counted() -> tuple[Callable[[], int], Callable[[], None]]:
    """A counter of the cells every search tried (``fillings``' second result), and its undo."""
    total = [0]
    shipped = funding_proof.fillings

    def counted(*args: Any, **kwargs: Any) -> Any:
        grids, steps = shipped(*args, **kwargs)
        total[0] += steps
        return grids, steps

    funding_proof.fillings = counted  # type: ignore[assignment]

    def undo() -> None:
        funding_proof.fillings = shipped  # type: ignore[assignment]

    return lambda: total[0], undo


def run_calls(calls: list[tuple[tuple[Any, ...], dict[str, Any]]]) -> tuple[float, list[Any], int]:
    """The recorded ``proven_grid`` calls made again: the CPU seconds, the results and the cells tried."""
    steps, undo = _steps_counted()
    try:
        t0 = time.process_time()
        results = [funding_proof.proven_grid(*a, **kw) for a, kw in calls]
        return time.process_time() - t0, results, steps()
    finally:
        undo()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--families", default="bomi-county,sora-city,nodeul-county")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    families = args.families.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = [p for fam in families for p in sorted((FAMILIES / fam).glob("*-pdf.pdf"))]
        dumps = [pdf2txt_dump(p, Path(tmp) / f"{p.stem}-pdf2txt.txt") for p in pdfs]
        calls = recorded_calls(dumps)
        bench_amounts(
            [*dumps, *(p for fam in families for p in sorted((FAMILIES / fam).glob("*-txt.txt")))],
            args.repeat,
        )
    best = {"shipped": float("inf"), "reference": float("inf")}
    out: dict[str, tuple[list[Any], int]] = {}
    for _ in range(args.repeat):
        for way in best:
            if way == "reference":
                with reference_search():
                    secs, results, steps = run_calls(calls)
            else:
                secs, results, steps = run_calls(calls)
            best[way] = min(best[way], secs)
            out[way] = (results, steps)
    assert out["shipped"] == out["reference"], "the two searches differ"
    proven = sum(r is not None for r in out["shipped"][0])
    print(
        f"{len(dumps)} pdf2txt dumps, {len(calls)} proven_grid calls ({proven} proven), "
        f"{out['shipped'][1]} cells tried either way"
    )
    print(f"reference search   {best['reference']:8.3f} CPU-s")
    print(
        f"kept sums (shipped) {best['shipped']:7.3f} CPU-s   ratio {best['shipped'] / best['reference']:.3f}"
    )


@contextmanager
def amounts_read_again() -> Iterator[None]:
    """Every amount read again while the block runs (the memo of amounts read bypassed)."""
    chars = money_amounts._MEMO_CHARS
    money_amounts._MEMO_CHARS = -1
    try:
        yield
    finally:
        money_amounts._MEMO_CHARS = chars


def bench_amounts(paths: Sequence[Path], repeat: int) -> None:
    """Whole extractions of ``paths`` with the amounts remembered and read again, taking turns."""
    kept, again = remembered_and_read_again(paths, repeat, amounts_read_again)
    print(
        f"{len(paths)} files extracted whole: amounts read again {again:.3f} CPU-s, "
        f"remembered {kept:.3f} CPU-s   ratio {kept / again:.3f}"
    )


if __name__ == "__main__":
    main()
