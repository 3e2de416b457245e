"""Great Expectations 1.x suites over the check tables: one suite per table, built once from the
check objects' expectations; one validation per table per chunk of cards.

Each expectation carries ``meta={"code": ...}`` (the finding code); :meth:`Suites.run` returns, per
code, the ``row_id`` values of the failing rows (GX is given the table indexed by ``row_id``:
``unexpected_index_list`` with ``result_format`` COMPLETE holds the index values, without the
unexpected values themselves). Checks that state the same row-wise expectation, each on its own rows (``where`` the same
column holds its value: the sum checks, ``where code == <their code>``), share one expectation over
the table, whose failing rows go to the check their column value names (``meta={"codes": {value:
code}, "by": column}``): the same rows fail, without a row condition per check (GX filters the
frame for each one and, for the condition's object, leaves reference cycles behind). GX's analytics, progress bars and chatty logging are switched off. Data Docs are not
built: the report documents every check's expectations itself (they were empty pages offline).
"""

from __future__ import annotations

import logging
import os
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from pledgecard.errors import ValidateError  # noqa: E402
from pledgecard.validate.checks import TABLES, Check, Expect, checks_of  # noqa: E402

#: Expectation kinds whose outcome on a row depends on that row's values alone (not, as for
#: uniqueness or a column mean, on the other rows): those may be shared by checks (see :func:`_groups`).
ROW_WISE = frozenset(
    {
        "ExpectColumnPairValuesToBeEqual",
        "ExpectColumnPairValuesAToBeGreaterThanB",
        "ExpectColumnValuesToBeBetween",
        "ExpectColumnValuesToNotBeNull",
    }
)
_RESULT_FORMAT = {"result_format": "COMPLETE", "exclude_unexpected_values": True}


@dataclass(slots=True)
class SuiteRun:
    """What the GX validations of one chunk (or a whole batch, merged) found."""

    failed: dict[str, set[int]] = field(default_factory=dict)  # code -> failing row_ids
    seconds: float = 0.0  # time spent inside GX (context, suites, validations)


def _quiet() -> None:
    for name in (
        "great_expectations",
        "great_expectations.core",
        "great_expectations.data_context",
        "great_expectations.data_context.types.base",
    ):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"great_expectations(\..*)?$")


def build_expectation(gx: Any, check: Check, spec: Expect) -> Any:
    """The GX expectation object for one :class:`Expect` of ``check``."""
    kwargs = dict(spec.kwargs)
    if spec.where is not None:
        from great_expectations.expectations.row_conditions import Column

        kwargs["row_condition"] = Column(spec.where[0]) == spec.where[1]
    return getattr(gx.expectations, spec.kind)(
        **kwargs, meta={"code": check.code}, notes=spec.note or check.description
    )


def _exception(info: Any) -> str | None:
    """The message of an exception GX caught while running an expectation, if any."""
    if not isinstance(info, dict):
        return None
    entries = [info] if "raised_exception" in info else [v for v in info.values() if isinstance(v, dict)]
    for entry in entries:
        if entry.get("raised_exception"):
            return " ".join(str(entry.get("exception_message")).split())[:300]
    return None


def _row_ids(result: dict[str, Any]) -> set[int]:
    ids: set[int] = set()
    for entry in result.get("unexpected_index_list") or []:
        value = entry.get("row_id") if isinstance(entry, dict) else entry
        if value is not None:
            ids.add(int(value))
    return ids


def _groups(table: str) -> list[list[tuple[Check, Expect]]]:
    """The expectations of ``table``'s checks in registry order, those of a row-wise kind
    (:data:`ROW_WISE`) that differ only in the value of a row condition on the same column
    (``where``) grouped together; a group is one GX expectation, failing exactly the rows the
    separate ones would."""
    groups: dict[Any, list[tuple[Check, Expect]]] = {}
    for check in checks_of(table):
        for spec in check.expect:
            shared = spec.where is not None and spec.kind in ROW_WISE
            key: Any = (spec.kind, repr(sorted(spec.kwargs.items())), spec.where[0]) if shared else id(spec)  # type: ignore[index]
            groups.setdefault(key, []).append((check, spec))
    return list(groups.values())


@cache
def _read_by_gx(table: str) -> list[str]:
    """The columns of ``table`` that its GX expectations read, in table order."""
    used: set[str] = set()
    for check in checks_of(table):
        for spec in check.expect:
            used.update(str(spec.kwargs[k]) for k in ("column", "column_A", "column_B") if k in spec.kwargs)
            if spec.where is not None:
                used.add(spec.where[0])
    return [c for c in TABLES[table].columns if c in used]


class Suites:
    """One ephemeral GX context with one suite (``pledgecard.<table>``) and one batch definition
    (data asset ``<table>``) per check table; :meth:`run` validates each table of a chunk once. Checks computed with pandas run here too, beside the GX ones."""

    def __init__(self) -> None:
        t0 = time.perf_counter()
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        _quiet()
        self.gx = gx
        self.context = gx.get_context(mode="ephemeral")
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        self.source = self.context.data_sources.add_pandas("pledgecard_checks")
        self.definitions: dict[str, Any] = {}
        self.seconds = time.perf_counter() - t0

    def _definition(self, name: str) -> Any | None:
        if name not in self.definitions:
            expectations = [self._expectation(group) for group in _groups(name)]
            if not expectations:
                self.definitions[name] = None
            else:
                suite = self.context.suites.add(self.gx.ExpectationSuite(name=f"pledgecard.{name}"))
                for expectation in expectations:
                    suite.add_expectation(expectation)
                batch_def = self.source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
                self.definitions[name] = (batch_def, suite)
        return self.definitions[name]

    def _expectation(self, group: list[tuple[Check, Expect]]) -> Any:
        """One GX expectation for a group of :func:`_groups` (several checks: without their row
        condition, the checks' codes by the condition's value in ``meta``)."""
        if len(group) == 1:
            return build_expectation(self.gx, *group[0])
        check, spec = group[0]
        assert spec.where is not None
        shared = build_expectation(self.gx, check, Expect(spec.kind, spec.kwargs, note=spec.note))
        shared.meta = {"by": spec.where[0], "codes": {str(e.where[1]): c.code for c, e in group if e.where}}
        return shared

    def run(self, tables: dict[str, pd.DataFrame], progress: Callable[[str], None] | None = None) -> SuiteRun:
        """Validate every non-empty check table once; the failing row_ids per code."""
        t0 = time.perf_counter()
        run = SuiteRun()
        for name, df in tables.items():
            if df.empty or name not in TABLES:
                continue
            if progress:
                progress(name)
            for check in checks_of(name):
                if check.compute is not None:
                    bad = check.compute(df).fillna(False).astype(bool)
                    run.failed.setdefault(check.code, set()).update(int(i) for i in df.loc[bad, "row_id"])
            definition = self._definition(name)
            if definition is None:
                continue
            batch_def, suite = definition
            # GX sees the columns its expectations read, indexed by row_id: it fingerprints every frame
            # it is given, by pickling it when a column holds dicts (the sums' details)
            # Batch.validate keeps no copy of the results (a validation definition's run stores
            # each in the context's results store: memory growing chunk by chunk)
            frame = df[_read_by_gx(name)].set_axis(pd.Index(df["row_id"].to_numpy()))
            result = batch_def.get_batch(batch_parameters={"dataframe": frame}).validate(
                suite, result_format=_RESULT_FORMAT
            )
            del frame
            for res in result.results:
                meta = res.expectation_config.meta or {}
                code = meta.get("code") or ", ".join(meta.get("codes", {}).values())
                error = _exception(res.exception_info)
                if error:
                    raise ValidateError(f"GX expectation for {code} failed to run: {error}")
                if res.success:
                    continue
                if "by" in meta:  # a shared expectation: each failing row to the check its column names
                    bad = df.loc[df["row_id"].isin(_row_ids(res.result)), ["row_id", meta["by"]]]
                    for row_id, value in zip(bad["row_id"], bad[meta["by"]], strict=True):
                        if str(value) in meta["codes"]:
                            run.failed.setdefault(meta["codes"][str(value)], set()).add(int(row_id))
                elif code:
                    run.failed.setdefault(code, set()).update(_row_ids(res.result))
        run.seconds = time.perf_counter() - t0
        self.seconds += run.seconds
        return run


def run_suites(tables: dict[str, pd.DataFrame], *, progress: Callable[[str], None] | None = None) -> SuiteRun:
    """Validate one batch of check tables in a fresh context (see :class:`Suites`)."""
    suites = Suites()
    run = suites.run(tables, progress)
    run.seconds = suites.seconds
    return run
