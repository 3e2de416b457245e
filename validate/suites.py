"""Great Expectations 1.x suites over the check tables: one validation per table per batch.

Each expectation carries ``meta={"code": ...}`` (the finding code); :func:`run_suites` returns,
per code, the ``row_id`` values of the failing rows (from ``unexpected_index_list`` with
``result_format`` COMPLETE) and the ``row_id`` values the expectation looked at.
GX's analytics, progress bars and chatty logging are switched off.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

from pledgecard.errors import ValidateError  # noqa: E402
from pledgecard.validate.findings import CHECKS  # noqa: E402
from pledgecard.writers import atomic_write_bytes  # noqa: E402

_SUMS_CODES = [code for code, c in CHECKS.items() if c.table == "sums"]
_RESULT_FORMAT = {"result_format": "COMPLETE", "unexpected_index_column_names": ["row_id"]}


@dataclass(slots=True)
class SuiteRun:
    """What the GX validations of one batch found."""

    failed: dict[str, set[int]] = field(default_factory=dict)  # code -> failing row_ids
    seconds: float = 0.0  # time spent inside GX (context, suites, validations, docs)
    docs_index: Path | None = None


def _quiet() -> None:
    for name in ("great_expectations", "great_expectations.core", "great_expectations.data_context",
                 "great_expectations.data_context.types.base"):
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"great_expectations(\..*)?$")


def _expectations(gx: Any) -> dict[str, list[Any]]:
    """The suite of every check table; ``meta.code`` names the finding code."""
    from great_expectations.expectations.row_conditions import Column

    E = gx.expectations
    pair_ge = E.ExpectColumnPairValuesAToBeGreaterThanB

    def ge(a: str, b: str, code: str, note: str) -> Any:
        return pair_ge(column_A=a, column_B=b, or_equal=True, ignore_row_if="either_value_is_missing",
                       meta={"code": code}, notes=note)

    sums = [
        E.ExpectColumnPairValuesToBeEqual(
            column_A="claimed", column_B="parts_sum", ignore_row_if="either_value_is_missing",
            row_condition=Column("code") == code,
            meta={"code": code}, notes=CHECKS[code].description,
        )
        for code in _SUMS_CODES
    ]
    dates = [
        E.ExpectColumnValuesToNotBeNull(column="label", meta={"code": "normalize.unreadable_date"},
                                        notes=CHECKS["normalize.unreadable_date"].description),
        ge("end", "start", "date.range_order", CHECKS["date.range_order"].description),
        ge("item_reach", "period_start", "date.outside_period", "an item does not end before the period starts"),
        ge("period_end", "item_start", "date.outside_period", "an item does not start after the period ends"),
        ge("as_of_end", "ach_start", "date.after_as_of", CHECKS["date.after_as_of"].description),
    ]
    goals = [
        ge("actual_open", "target_open", "goal.below_target", CHECKS["goal.below_target"].description),
        ge("actual_done", "target_done", "goal.done_below_target", CHECKS["goal.done_below_target"].description),
    ]
    required = [E.ExpectColumnValuesToNotBeNull(column="value", meta={"code": "required.missing"},
                                                notes=CHECKS["required.missing"].description)]
    amounts = [
        E.ExpectColumnValuesToBeBetween(column="amount", min_value=0, meta={"code": "amount.negative"},
                                        notes=CHECKS["amount.negative"].description),
        E.ExpectColumnValuesToNotBeNull(column="amount", meta={"code": "normalize.unreadable_amount"},
                                        notes=CHECKS["normalize.unreadable_amount"].description),
    ]
    return {"sums": sums, "dates": dates, "goals": goals, "required": required, "amounts": amounts}


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


_REMOTE = re.compile(
    r"<script\b[^>]*\bsrc=[\"']https?://[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref=[\"']https?://[^>]*>"
    r"|<img\b[^>]*\bsrc=[\"']https?://[^>]*>",
    re.IGNORECASE,
)


def offline_docs(docs_dir: Path) -> int:
    """Drop the CDN scripts, styles and images GX Data Docs pull in, so that opening the docs
    makes no network request (they stay readable, unstyled). Returns the number of files changed."""
    changed = 0
    for page in docs_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        new = _REMOTE.sub("", text)
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed += 1
    return changed


def _context(docs_dir: Path | None) -> Any:
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    if docs_dir is not None:
        context.add_data_docs_site(
            site_name="pledgecard",
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                  "base_directory": str(docs_dir.resolve())},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
    return context


def run_suites(
    tables: dict[str, pd.DataFrame],
    *,
    docs_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> SuiteRun:
    """Validate every non-empty check table once with its suite; build Data Docs into ``docs_dir``."""
    t0 = time.perf_counter()
    import great_expectations as gx

    _quiet()

    run = SuiteRun()
    stage = tempfile.TemporaryDirectory(prefix="pledgecard-gx-docs-") if docs_dir is not None else None
    try:
        _validate_all(gx, run, tables, Path(stage.name) if stage is not None else None, progress)
        if docs_dir is not None and stage is not None:
            offline_docs(Path(stage.name))
            publish(Path(stage.name), docs_dir)
            run.docs_index = docs_dir / "index.html"
    finally:
        if stage is not None:
            stage.cleanup()
    run.seconds = time.perf_counter() - t0
    return run


def publish(stage: Path, docs_dir: Path) -> int:
    """Copy the built docs into ``docs_dir`` file by file, each written atomically."""
    n = 0
    for src in sorted(stage.rglob("*")):
        if src.is_file():
            atomic_write_bytes(docs_dir / src.relative_to(stage), src.read_bytes())
            n += 1
    return n


def _validate_all(gx: Any, run: SuiteRun, tables: dict[str, pd.DataFrame], stage: Path | None,
                  progress: Callable[[str], None] | None) -> None:
    """Run each table's suite once; with ``stage``, build the Data Docs there."""
    context = _context(stage)
    source = context.data_sources.add_pandas("pledgecard_checks")
    suites = _expectations(gx)
    for name, df in tables.items():
        if df.empty or name not in suites:
            continue
        if progress:
            progress(name)
        suite = context.suites.add(gx.ExpectationSuite(name=f"pledgecard.{name}"))
        for expectation in suites[name]:
            suite.add_expectation(expectation)
        batch_def = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("batch")
        vd = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch_def, suite=suite))
        result = vd.run(batch_parameters={"dataframe": df}, result_format=_RESULT_FORMAT)
        for res in result.results:
            code = (res.expectation_config.meta or {}).get("code")
            error = _exception(res.exception_info)
            if error:
                raise ValidateError(f"GX expectation for {code} failed to run: {error}")
            if code and not res.success:
                run.failed.setdefault(code, set()).update(_row_ids(res.result))
    if stage is not None:
        context.build_data_docs(site_names=["pledgecard"])
