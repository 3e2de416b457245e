"""The report's pages written beside validation: a :class:`ReportPipe` hands each validated chunk
(records, findings, each record's provenance line) to a :class:`~pledgecard.validate.report.ReportWriter`
and gives back, per chunk, the evidence the pages found for the failing findings (findings.jsonl
carries it too).

For a large batch the writer lives in a second process (one worker, chunks in order), so that
laying out check tables and the Great Expectations validations of the next chunk overlap with the
pages of this one; a small batch, or a process that may not start one (a daemonic worker), writes
the pages in its own process, as does a script that would run again in a new process (no
``if __name__ == "__main__"``). The pages and findings are the same either way.
"""

from __future__ import annotations

import concurrent.futures
import gc
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pledgecard.corrections import Correction, apply_corrections
from pledgecard.errors import ValidateError
from pledgecard.validate.gcpause import collect_young
from pledgecard.validate.helper import may_start_process, process_context
from pledgecard.validate.streams import loads

#: A batch of at least this many cards writes its report pages in a second process.
PROCESS_MIN_CARDS = 1000
#: Chunks handed to the page process before the oldest one's evidence is waited for.
AHEAD = 1
#: Cards the page process reads again and writes at a time (its memory).
SLICE = 250

Evidence = list[tuple[int, Any]]  # (position of a finding in the chunk's findings, its evidence data)


def _add(
    writer: Any,
    records: list[dict[str, Any]],
    findings: list[dict[str, Any]],
    provenance: list[Mapping[str, Any] | None],
) -> Evidence:
    """Write the chunk's pages; the evidence the writer put on findings, by position."""
    lines = {id(rec): line for rec, line in zip(records, provenance, strict=True)}
    before = [f.get("evidence") for f in findings]
    writer.add(records, findings, lambda rec: lines.get(id(rec)))
    return [
        (i, f["evidence"])
        for i, (f, old) in enumerate(zip(findings, before, strict=True))
        if f.get("evidence") is not old
    ]


@dataclass(slots=True)
class _Remote:
    """What the page process keeps: its writer, and how it reads the records again."""

    writer: Any
    records: Path
    corrections: Mapping[str, list[Correction]] | None
    slice: int
    fh: IO[bytes] | None = None

    def read(self, offsets: list[int], card_ids: list[str]) -> list[dict[str, Any]]:
        """The records at ``offsets`` of records.jsonl as validation saw them: corrected (when
        corrections are applied) and under their batch-unique display id."""
        if self.fh is None:
            self.fh = open(self.records, "rb")  # noqa: SIM115 - kept open for the page process's life
        out = []
        for offset, card_id in zip(offsets, card_ids, strict=True):
            self.fh.seek(offset)
            rec = loads(self.fh.readline())
            if self.corrections is not None:
                rec = apply_corrections(rec, self.corrections.get(str(rec.get("card_id")), []))[0]
            out.append(dict(rec, card_id=card_id))
        return out


_REMOTE: _Remote | None = None  # in the page process


def _start(
    root: Path,
    files: list[Mapping[str, Any]],
    records: Path,
    corrections: Mapping[str, list[Correction]] | None,
    size: int,
) -> None:
    global _REMOTE
    from pledgecard.validate.report import ReportWriter

    _REMOTE = _Remote(ReportWriter(root, files), records, corrections, max(1, size))
    # The automatic collector paused for the process's life (it does nothing else): each slice's
    # records, read again, survived into the oldest generation and set off full collections over
    # everything the writer keeps (index rows, pledge histories), about an eighth of its CPU.
    # :func:`_add_remote` collects the young generations after each slice instead (as validation
    # does between chunks, :mod:`~pledgecard.validate.gcpause`): the cycles a slice left are freed.
    gc.disable()


def _add_remote(
    offsets: list[int],
    card_ids: list[str],
    findings: list[dict[str, Any]],
    provenance: list[Mapping[str, Any] | None],
) -> Evidence:
    """A chunk's pages, its cards read again and written :data:`SLICE` at a time (each slice
    with its cards' findings; findings of no card of the chunk go with the first)."""
    assert _REMOTE is not None
    at: dict[str, list[int]] = {}
    for i, f in enumerate(findings):
        at.setdefault(str(f.get("card_id")), []).append(i)
    given = set(card_ids)
    rest = [i for cid, found in at.items() if cid not in given for i in found]
    out: Evidence = []
    size = _REMOTE.slice
    for start in range(0, max(len(offsets), 1), size):
        ids = card_ids[start : start + size]
        mine = sorted(
            [i for cid in dict.fromkeys(ids) for i in at.pop(cid, [])] + (rest if start == 0 else [])
        )
        records = _REMOTE.read(offsets[start : start + size], ids)
        found = _add(_REMOTE.writer, records, [findings[i] for i in mine], provenance[start : start + size])
        out += [(mine[j], data) for j, data in found]
        del records
        collect_young()
    return out


def _ready() -> None:
    """Nothing: the first task, to start the page process at once."""


def _finish_remote() -> tuple[Path, dict[str, float]]:
    """The index written; the page process's CPU seconds and peak RSS (MB) so far."""
    import resource

    assert _REMOTE is not None
    index = _REMOTE.writer.finish()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return index, {"cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}


class ReportPipe:
    """Report pages for chunks in order: :meth:`submit` a chunk, :meth:`evidence` waits for the
    oldest chunk's evidence, :meth:`finish` writes the index."""

    def __init__(
        self,
        root: Path,
        files: list[Mapping[str, Any]],
        *,
        cards: int,
        records: Path,
        corrections: Mapping[str, list[Correction]] | None,
    ) -> None:
        """``cards``: the size of the batch (records, counted before the canonical copies are
        chosen); ``records``: the records.jsonl the page process reads the cards from again (by
        their offsets), ``corrections`` applied to them (``None``: no corrections applied)."""
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._writer: Any = None
        self._pending: deque[concurrent.futures.Future[Evidence] | Evidence] = deque()
        self.usage: dict[str, float] | None = (
            None  # the page process's CPU seconds and peak RSS (MB), at the end
        )
        if cards >= PROCESS_MIN_CARDS and may_start_process():
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1,
                mp_context=process_context(),
                initializer=_start,
                initargs=(root, files, records, corrections, SLICE),
            )
            self._pool.submit(_ready)  # the process starts (imports, its writer) while validation gets ready
        else:
            from pledgecard.validate.report import ReportWriter

            self._writer = ReportWriter(root, files)

    @property
    def in_process(self) -> bool:
        """Whether the pages are written in a second process."""
        return self._pool is not None

    def submit(
        self,
        records: list[dict[str, Any]],
        offsets: list[int],
        findings: list[dict[str, Any]],
        provenance: list[Mapping[str, Any] | None],
    ) -> None:
        """Hand on one chunk: its records (as validated), their offsets in records.jsonl, the
        findings and each record's provenance line. The page process reads the records again by
        their offsets (cheaper than sending them)."""
        if self._pool is None:
            self._pending.append(_add(self._writer, records, findings, provenance))
        else:
            ids = [str(rec["card_id"]) for rec in records]
            self._pending.append(self._pool.submit(_add_remote, offsets, ids, findings, provenance))

    @property
    def waiting(self) -> int:
        """Chunks handed on whose evidence was not taken yet."""
        return len(self._pending)

    def evidence(self) -> Evidence:
        """The evidence of the oldest chunk handed on (waits for its pages)."""
        item = self._pending.popleft()
        if isinstance(item, concurrent.futures.Future):
            return self._result(item)
        return item

    def finish(self) -> Path:
        """Write the index (after every chunk's pages); returns its path."""
        if self._pool is None:
            return self._writer.finish()  # type: ignore[no-any-return]
        try:
            index, self.usage = self._result(self._pool.submit(_finish_remote))
            return index  # type: ignore[no-any-return]
        finally:
            self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    @staticmethod
    def _result(future: concurrent.futures.Future[Any]) -> Any:
        try:
            return future.result()
        except concurrent.futures.process.BrokenProcessPool as exc:
            raise ValidateError(f"the report's page process stopped: {exc}") from None
