"""Streaming input and output for validation: records read line by line, provenance looked up by
file offset, findings written line by line into a temp file renamed into place at the end.

Lines are parsed by :func:`loads`: orjson where it gives what :func:`json.loads` gives (about
twice as fast on records: a 10,000-card batch is read three times), the standard library's
parser for the rest, so values and errors are the standard library's."""

from __future__ import annotations

import json
import os
import tempfile
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson

from pledgecard.errors import UsageError, ValidateError
from pledgecard.writers import dumps

# Every byte of a line mapped to b"0" (a digit) or b" " (anything else): a run of 19 zeros in the
# translated line marks 19 digits in a row, which an integer outside the 64-bit range needs
_DIGIT_RUNS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
_LONG_RUN = b"0" * 19


def loads(line: bytes) -> Any:
    """``json.loads(line)``, parsed by orjson where the two agree. orjson refuses what the standard
    parser reads otherwise (NaN and Infinity, numbers beyond a double's range, lone surrogates,
    other encodings than UTF-8, a byte order mark) and makes a float of an integer beyond 64 bits:
    a line holding 19 digits in a row (an integer that long, or digits in a text) is left to
    :func:`json.loads`, as is a line orjson refuses (its error, if any, is the standard one)."""
    if _LONG_RUN in line.translate(_DIGIT_RUNS):
        return json.loads(line)
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)


def _text_lines(fh: IO[bytes]) -> Iterator[bytes]:
    """The lines of a binary file as a text-mode file splits them (universal newlines: ``\\n``,
    ``\\r\\n`` and a lone ``\\r`` end a line), each without its line end."""
    for raw in fh:
        if b"\r" in raw:
            yield from raw.splitlines()
        else:
            yield raw


def iter_jsonl(path: Path, *, required: bool) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON Lines file, one at a time (blank lines and non-objects skipped;
    lines as a UTF-8 text file has them). A line that is not JSON raises :class:`ValidateError`
    naming the file and the line."""
    if not path.is_file():
        if required:
            raise UsageError(f"{path.parent} has no {path.name}: run `pledgecard extract` into it first")
        return
    with open(path, "rb") as fh:
        for n, line in enumerate(_text_lines(fh), 1):
            if not line.strip():
                continue
            try:
                row = loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                text = line.decode("utf-8", "replace")
                if not text.strip():  # blank but for Unicode spaces: a text line that is blank
                    continue
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                raise ValidateError(f"{path.name} line {n} is not valid JSON: {msg}") from None
            if isinstance(row, dict):
                yield row


def iter_jsonl_at(path: Path, *, required: bool) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(byte offset, object)`` for the JSON objects of a JSON Lines file, the rows
    :func:`iter_jsonl` gives; :func:`read_at` reads one again by its offset."""
    if not path.is_file():
        if required:
            raise UsageError(f"{path.parent} has no {path.name}: run `pledgecard extract` into it first")
        return
    with open(path, "rb") as fh:
        pos = 0
        for n, line in enumerate(fh, 1):
            start, pos = pos, pos + len(line)
            if not line.strip():
                continue
            try:
                row = loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                msg = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
                raise ValidateError(f"{path.name} line {n} is not valid JSON: {msg}") from None
            if isinstance(row, dict):
                yield start, row


def line_count(path: Path) -> int:
    """The number of lines of ``path`` (0 when it is missing), counted without decoding them."""
    if not path.is_file():
        return 0
    n = 0
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
    return n


def read_at(path: Path, offset: int) -> dict[str, Any]:
    """The JSON object on the line of ``path`` that starts at byte ``offset``."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        row = loads(fh.readline())
    if not isinstance(row, dict):
        raise ValidateError(f"{path.name}: no JSON object at byte {offset}")
    return row


class ProvenanceIndex:
    """``provenance.jsonl`` looked up without holding it in memory: one scan records the byte
    offset of each line. The pipeline writes line n for record n of ``records.jsonl``, so a lookup
    by position is taken when that line has the record's card_id; else the last line of the
    card_id."""

    def __init__(self, path: Path, *, cache: int = 256) -> None:
        self.path = path
        self.offsets: dict[str, int] = {}
        self.lines: list[tuple[str | None, int]] = []  # (card_id, offset) of line n
        self._cache: OrderedDict[str, Mapping[str, Any] | None] = OrderedDict()
        self._size = cache
        self._fh: IO[bytes] | None = None
        if path.is_file():
            with open(path, "rb") as fh:
                pos = 0
                for line in fh:
                    key = self._card_id(line)
                    if key is not None:
                        self.offsets[key] = pos
                    if line.strip():
                        self.lines.append((key, pos))
                    pos += len(line)

    @staticmethod
    def _card_id(line: bytes) -> str | None:
        try:
            row = loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
        return str(row.get("card_id")) if isinstance(row, dict) else None

    def get(self, card_id: str, position: int | None = None) -> Mapping[str, Any] | None:
        """The provenance line of the record at ``position`` of records.jsonl (card ``card_id``)."""
        pos = self.offsets.get(card_id)
        if position is not None and 0 <= position < len(self.lines) and self.lines[position][0] == card_id:
            pos = self.lines[position][1]
        return self._read(pos)

    def _read(self, pos: int | None) -> Mapping[str, Any] | None:
        cache_key = str(pos)
        if cache_key in self._cache:
            self._cache.move_to_end(cache_key)
            return self._cache[cache_key]
        value: Mapping[str, Any] | None = None
        if pos is not None:
            if self._fh is None:
                self._fh = open(self.path, "rb")  # noqa: SIM115 - kept open for lookups, closed by close()
            self._fh.seek(pos)
            row = loads(self._fh.readline())
            value = row if isinstance(row, dict) else None
        self._cache[cache_key] = value
        if len(self._cache) > self._size:
            self._cache.popitem(last=False)
        return value

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _line_encoder() -> Callable[[Any], str]:
    """``dumps(row) + "\\n"`` (:func:`pledgecard.writers.dumps`), with one C encoder made once:
    ``json.JSONEncoder.encode`` makes one per call, a third of the time of a finding's line (a
    10,000-card batch writes some 130,000). The encoder's options are the same, so is the text;
    without the check for circular references (rows are trees: a circular one recurses to
    ``RecursionError`` instead of ``ValueError``)."""
    enc = json.JSONEncoder(ensure_ascii=False)
    if c_make_encoder is None:  # pragma: no cover - CPython has its C accelerator
        return lambda row: dumps(row) + "\n"
    one = c_make_encoder(
        None,
        enc.default,
        encode_basestring,
        None,
        enc.key_separator,
        enc.item_separator,
        enc.sort_keys,
        enc.skipkeys,
        enc.allow_nan,
    )
    return lambda row: "".join(one(row, 0)) + "\n"


_line = _line_encoder()


class AtomicJsonl:
    """Write JSON Lines row by row into a temp file beside ``path``; on a clean exit it is synced
    and renamed to ``path``, on an error removed (``path`` keeps its old content)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.rows = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=".pc-", suffix=".tmp", dir=path.parent)
        self._fh = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, row: Any) -> None:
        self._fh.write(_line(row))
        self.rows += 1

    def __enter__(self) -> AtomicJsonl:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
            self._fh.close()
            if exc_type is None:
                os.replace(self._tmp, self.path)
        finally:
            if os.path.exists(self._tmp):
                os.unlink(self._tmp)
