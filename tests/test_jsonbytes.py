"""Card files' indented JSON (pledgecard.batch.jsonbytes.dumps_indented) is byte for byte what
``json.dumps(obj, indent=2, ensure_ascii=False)`` writes, for any JSON value, and for real cards."""

from __future__ import annotations

import json
import math
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pledgecard.batch.jsonbytes import dumps_indented, dumps_safe

LEAVES = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text()
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@given(VALUES)
def test_indented_json_is_the_standard_librarys(obj: object) -> None:
    assert dumps_indented(obj) == json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")


def test_what_json_loads_never_returns_goes_the_plain_way() -> None:
    odd = {"t": (1, 2), 3: "x", "s": "\udcff", "n": [math.inf, -math.inf, 0.1]}
    assert dumps_indented(odd) == dumps_safe(odd, indent=2)


def test_real_cards_are_written_as_before() -> None:
    expected = sorted((Path(__file__).resolve().parents[1] / "samples" / "corpus").glob("*.expected.json"))[
        :40
    ]
    assert expected
    for path in expected:
        obj = json.loads(path.read_text(encoding="utf-8"))
        assert dumps_indented(obj) == json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8")
