"""Validation's line parser (:func:`pledgecard.validate.streams.loads`) gives what ``json.loads``
gives, value for value and error for error, though orjson parses most lines; the readers built on
it read lines as a text file has them."""

from __future__ import annotations

import json
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.errors import ValidateError
from pledgecard.validate.streams import (
    AtomicJsonl,
    ProvenanceIndex,
    iter_jsonl,
    iter_jsonl_at,
    loads,
    read_at,
)
from pledgecard.writers import dumps

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _same(a: object, b: object) -> bool:
    """Equal, and of the same types throughout (``1 == 1.0`` is not enough: an int stays an int)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)  # type: ignore[index]
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if isinstance(a, float):
        return a == b and math.copysign(1, a) == math.copysign(1, b)  # type: ignore[arg-type]
    return a == b


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_values_are_those_of_json_loads(value: object) -> None:
    for line in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
        raw = line.encode("utf-8")
        assert _same(loads(raw), json.loads(raw))


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,25})?([eE][-+]?[0-9]{1,3})?", fullmatch=True))
def test_number_literals_parse_as_json_loads_parses_them(literal: str) -> None:
    raw = literal.encode("ascii")
    assert _same(loads(raw), json.loads(raw))


@pytest.mark.parametrize(
    "raw",
    [
        b"18446744073709551616",  # beyond 64 bits: orjson would make a float of it
        b"-9223372036854775809",
        b'{"total_krw": 123456789012345678901234567890}',
        b"1e400",
        b"-1e400",
        b"NaN",
        b"[Infinity, -Infinity]",
        b'"\\ud800"',  # a lone surrogate
        b'\xef\xbb\xbf{"a": 1}',  # a byte order mark
        b'{"a": 1, "a": 2}',
        b'"\\u0000\\t"',
    ],
)
def test_what_orjson_refuses_or_reads_otherwise_is_read_as_json_loads_reads_it(raw: bytes) -> None:
    got, want = loads(raw), json.loads(raw)
    assert repr(got) == repr(want) and type(got) is type(want)


@pytest.mark.parametrize("raw", [b"{", b'{"a": 1} x', b"\xff\xfe{}", b"nul", b'"\x01"'])
def test_a_line_that_is_not_json_raises_the_standard_error(raw: bytes) -> None:
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as got:
        loads(raw)
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as want:
        json.loads(raw)
    assert type(got.value) is type(want.value) and str(got.value) == str(want.value)


def test_iter_jsonl_reads_lines_as_a_text_file_has_them(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"a": 1}\r\n\n{"a": 2}\r{"a": 3}\n[4]\n\xe3\x80\x80\n{"a": 18446744073709551616}\n')
    assert list(iter_jsonl(path, required=True)) == [
        {"a": 1},
        {"a": 2},
        {"a": 3},
        {"a": 18446744073709551616},
    ]
    with open(
        path, encoding="utf-8"
    ) as fh:  # the lines a text file has, blank ones (Unicode spaces too) skipped
        want = [json.loads(line) for line in fh if line.strip()]
    assert [r for r in want if isinstance(r, dict)] == list(iter_jsonl(path, required=True))


def test_iter_jsonl_names_the_line_that_is_not_json(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_bytes(b'{"a": 1}\r\n{"a": \n')
    with pytest.raises(ValidateError, match=r"records.jsonl line 2 is not valid JSON: Expecting value"):
        list(iter_jsonl(path, required=True))


def test_offsets_read_back_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    rows = [{"card_id": f"C{i}", "n": 10**i, "text": "공약 사업" * i} for i in range(25)]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    at = list(iter_jsonl_at(path, required=True))
    assert [row for _, row in at] == rows
    assert [read_at(path, offset) for offset, _ in at] == rows
    index = ProvenanceIndex(path)
    try:
        assert [index.get(f"C{i}", i) for i in range(25)] == rows
    finally:
        index.close()


ROWS = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**80), max_value=2**80) | st.floats() | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.integers() | st.booleans() | st.none(), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ROWS, max_size=5))
def test_findings_lines_are_the_text_dumps_writes(rows: list[object]) -> None:
    """AtomicJsonl's encoder made once writes the text of ``writers.dumps`` (NaN, infinities,
    integers of any size and non-text keys included), one row a line."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "findings.jsonl"
        with AtomicJsonl(path) as out:
            for row in rows:
                out.write(row)
        assert path.read_text(encoding="utf-8") == "".join(dumps(row) + "\n" for row in rows)
        assert out.rows == len(rows)
