"""The library twins of the commands: :func:`extract_batch` (``pledgecard extract``),
:func:`validate_dir` (``pledgecard validate``) and :func:`run` (``pledgecard run``).

Each checks what it can before any work (the output folder is writable, the warehouse scheme is
known), holds the output folder's lock for its whole length, and turns an ``OSError`` while
writing into an :class:`~pledgecard.errors.OutputError` naming the stage and the path.

>>> import pledgecard
>>> result = pledgecard.run(["cards/"], "out", warehouse="out/w.duckdb")   # doctest: +SKIP
>>> result.batch.cards, result.exit_code                                   # doctest: +SKIP
(52, 0)
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgecard.errors import NothingConvertedError, OutputError, UsageError
from pledgecard.extract.limits import Limits
from pledgecard.issuer_config import IssuerPolicy
from pledgecard.writers import writable_location

if TYPE_CHECKING:
    from pledgecard.batch import BatchSummary
    from pledgecard.inspection import Inspection
    from pledgecard.load import LoadSummary
    from pledgecard.validate.api import ValidationResult

VALIDATION_MODULE = "pledgecard.validate.api"
# What validation and the load import after the extraction (Great Expectations alone takes seconds):
# imported beside the extraction instead, while the batch's worker reads the cards. Suites sets
# GX's environment before GX is imported.
VALIDATION_IMPORTS = (
    VALIDATION_MODULE,
    "pledgecard.validate.suites",
    "great_expectations",
    "pledgecard.validate.report",
    "pdfplumber.display",
    "pledgecard.validate.pdfpage",
)
LOAD_IMPORTS = (
    "pledgecard.load.tableset",
    "pledgecard.load.parquet",
    "pyarrow.parquet",
    "pledgecard.load.sqltypes",
    "duckdb",
)


@contextmanager
def stage(name: str, path: str | os.PathLike[str]) -> Iterator[None]:
    """Run a stage; an ``OSError`` (disk full, read-only, no permission) becomes a one-line
    :class:`OutputError` naming the stage and the path."""
    try:
        yield
    except OSError as exc:
        raise OutputError.from_os(exc, stage=name, path=path) from exc


def check_output_folder(out: Path, *, stage_name: str) -> None:
    """Preflight, before any work: ``out`` can be made or written (nothing is created here)."""
    why = writable_location(out, folder=True)
    if why:
        raise OutputError(f"cannot write the output folder {out}: {why}", stage=stage_name, path=out)


def check_dask_scheduler(address: Any) -> None:
    if isinstance(address, str) and "://" not in address:
        raise UsageError(f"--dask-scheduler wants an address like tcp://HOST:8786, not {address!r}")


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How a batch runs: the options :func:`extract_batch` and :func:`run` share (given either as
    one object, ``options=``, or as keyword arguments of these names, which win)."""

    workers: int | None = None
    force: bool = False  # redo files an earlier run converted
    progress: bool = False
    dask_scheduler: Any = None
    limits: Limits | None = None
    task: Any = None  # the per-file function (tests substitute it)
    issuers: IssuerPolicy | None = None

    @classmethod
    def of(cls, options: BatchOptions | None = None, **given: Any) -> BatchOptions:
        """``options`` (default: the defaults) with the keyword arguments ``given`` applied;
        :class:`UsageError` for a name that is no batch option."""
        unknown = sorted(set(given) - {f.name for f in fields(cls)})
        if unknown:
            raise UsageError(f"unknown batch option(s): {', '.join(unknown)}")
        return replace(options or cls(), **given)

    def kwargs(self) -> dict[str, Any]:
        """The options as keyword arguments of :func:`pledgecard.batch.run_batch`."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


def extract_batch(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    options: BatchOptions | None = None,
    _locked: bool = False,
    **batch: Any,
) -> BatchSummary:
    """``pledgecard extract``: every card under ``paths`` into ``out`` (records.jsonl, cards/,
    provenance.jsonl, files.jsonl); see :func:`pledgecard.batch.run_batch`. The batch options
    (:class:`BatchOptions`) come as ``options`` or as keyword arguments (``workers=2``).

    Raises :class:`NothingConvertedError` when no input file is found (before any file is read)."""
    opts = BatchOptions.of(options, **batch)
    out_dir = Path(out)
    check_dask_scheduler(opts.dask_scheduler)
    check_output_folder(out_dir, stage_name="extract")
    start_workers_early(out_dir, opts)
    from pledgecard.batch import run_batch

    with stage("extract", out_dir):
        return run_batch(paths, out_dir, **opts.kwargs(), locked=_locked)


def validate_dir(
    out: str | os.PathLike[str],
    *,
    fail_on: str = "error",
    report: bool = True,
    corrections: str | os.PathLike[str] | None = None,
    vocabulary: str | os.PathLike[str] | None = None,
    _locked: bool = False,
) -> ValidationResult:
    """``pledgecard validate``: findings.jsonl and the report for the records in ``out``
    (reviewers' corrections from ``corrections``, default ``out/corrections.jsonl``, applied first).
    ``vocabulary``: the user's template words the cards were read with (units of goal values)."""
    from pledgecard.batch.journal import OutputLock
    from pledgecard.extract.vocabulary import load_vocabulary, use_vocabulary

    out_dir = Path(out)
    if not out_dir.is_dir():
        raise UsageError(f"not a folder: {out_dir}")
    check_output_folder(out_dir, stage_name="validate")
    validate = importlib.import_module(VALIDATION_MODULE).validate_dir
    words = load_vocabulary(vocabulary)  # a file that cannot be read or parsed is a usage error, now
    with stage("validate", out_dir), use_vocabulary(words):
        fixes = Path(corrections) if corrections is not None else None
        if _locked:
            return validate(out_dir, fail_on=fail_on, report=report, corrections=fixes)
        with OutputLock(out_dir):
            return validate(out_dir, fail_on=fail_on, report=report, corrections=fixes)


def start_workers_early(out_dir: Path, opts: BatchOptions) -> None:
    """Start the workers' fork server now, when the batch will need it (the extractor's own
    workers, on this machine, every file to convert: ``force`` or no earlier run in ``out_dir``):
    it imports spaCy and the extractor (about 1.4 CPU s) while this process imports the batch
    driver and plans, instead of after (:func:`pledgecard.batch.driver.run_batch` would start it
    there). Anything else is left to the driver."""
    if opts.task is not None or opts.dask_scheduler or (opts.workers is not None and opts.workers < 1):
        return
    from pledgecard.batch.forkstart import PRELOAD, fresh, prestart

    if opts.force or fresh(out_dir):
        prestart(PRELOAD)


@dataclass(slots=True)
class RunResult:
    """What :func:`run` did. ``exit_code`` is the one ``pledgecard run`` exits with."""

    batch: BatchSummary
    validation: ValidationResult | None = None
    load: LoadSummary | None = None

    @property
    def converted_none(self) -> bool:
        return self.batch.files > 0 and self.batch.cards == 0

    @property
    def exit_code(self) -> int:
        if self.converted_none:
            return NothingConvertedError.exit_code
        return 1 if self.validation is not None and self.validation.failed else 0


def _import_in_background(*modules: str) -> threading.Thread:
    """Start importing ``modules`` in turn (Great Expectations: seconds) while the extraction runs."""

    def load() -> None:
        for module in modules:
            try:
                importlib.import_module(module)
            except Exception:  # noqa: BLE001, S112 - the stage imports it again and reports the error
                continue

    thread = threading.Thread(target=load, name="pledgecard-import-validation", daemon=True)
    thread.start()
    return thread


def run(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    warehouse: str | os.PathLike[str] | None = None,
    fail_on: str = "error",
    validate: bool = True,
    corrections: str | os.PathLike[str] | None = None,
    options: BatchOptions | None = None,
    **batch: Any,
) -> RunResult:
    """``pledgecard run``: extract, validate, write ``out/tables/*.parquet`` and load the
    warehouse (``out/warehouse.duckdb`` unless ``warehouse`` names a path or a URL).

    Before any work: the output folder is writable, the warehouse scheme is known and its driver
    installed (else :class:`OutputError` / :class:`~pledgecard.errors.LoadError`). The output
    folder stays locked from the first file to the last row loaded. When no file gave a card,
    nothing is validated or loaded and ``exit_code`` is 6. The batch options are those of
    :func:`extract_batch` (:class:`BatchOptions`)."""
    from pledgecard.batch.journal import OutputLock
    from pledgecard.load import check_warehouse
    from pledgecard.validate.findings import FAIL_ON

    opts = BatchOptions.of(options, **batch)
    out_dir = Path(out)
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    target = warehouse if warehouse is not None else out_dir / "warehouse.duckdb"
    check_output_folder(out_dir, stage_name="extract")
    check_dask_scheduler(opts.dask_scheduler)
    start_workers_early(out_dir, opts)  # before GX's import thread takes its share of this process
    check_warehouse(target)  # imports the destination's module (and its driver)
    _import_in_background(*(VALIDATION_IMPORTS if validate else ()), *LOAD_IMPORTS)
    with stage("extract", out_dir), OutputLock(out_dir):
        summary = extract_batch(paths, out_dir, options=opts, _locked=True)
        result = RunResult(batch=summary)
        if result.converted_none:
            return result
        if validate:
            result.validation = validate_dir(
                out_dir,
                fail_on=fail_on,
                corrections=corrections,
                vocabulary=(opts.limits or Limits()).vocabulary,
                _locked=True,
            )
        from pledgecard.load import build_tables, load_warehouse, write_tables

        with stage("load", out_dir / "tables"):
            tables = build_tables(out_dir, with_findings=validate)
            write_tables(tables, out_dir)
        with stage("load", target):
            result.load = load_warehouse(tables, target, skip=() if validate else {"findings"})
    return result


def inspect(
    path: str | os.PathLike[str],
    *,
    vocabulary: str | os.PathLike[str] | None = None,
    pdf_engine: str | None = None,
    ocr: str | None = None,
    limits: Limits | None = None,
    audit: bool = False,
) -> Inspection:
    """``pledgecard inspect``: how one file is read (see :mod:`pledgecard.inspection`); its
    ``to_dict()`` is the ``--json`` document. The options are those of ``extract`` (a bad one is a
    :class:`UsageError`); an unreadable file raises its :class:`~pledgecard.errors.ExtractError`. ``audit``
    (``--audit``): each card's figures read back where its provenance points (``provenance_audit``)."""
    import dataclasses

    from pledgecard.extract.readers.pdf_engine import ENGINES
    from pledgecard.extract.vocabulary import load_vocabulary
    from pledgecard.inspection import inspect_file

    changes: dict[str, Any] = {}
    if pdf_engine is not None:
        if pdf_engine not in ENGINES:
            raise UsageError(f"pdf_engine must be one of {', '.join(sorted(ENGINES))}, not {pdf_engine!r}")
        changes["pdf_engine"] = pdf_engine
    if ocr is not None:
        if ocr not in ("auto", "always", "never"):
            raise UsageError(f"ocr must be auto, always or never, not {ocr!r}")
        changes["ocr"] = ocr
    if vocabulary:
        load_vocabulary(vocabulary)  # a file that cannot be read or parsed is a usage error, now
        changes["vocabulary"] = str(Path(vocabulary).resolve())
    return inspect_file(path, limits=dataclasses.replace(limits or Limits(), **changes), audit=audit)
