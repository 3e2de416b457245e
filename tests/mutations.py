"""Byte mutations for the readers' hypothesis tests: bytes flipped, cut or inserted anywhere."""

from __future__ import annotations

from hypothesis import strategies as st

MUTATIONS = st.lists(
    st.tuples(st.floats(0, 1), st.integers(0, 255), st.integers(1, 64)), min_size=1, max_size=12
)


def mutate(original: bytes, mutations: list[tuple[float, int, int]]) -> bytes:
    data = bytearray(original)
    for where, value, length in mutations:
        pos = int(where * (len(data) - 1))
        if value < 160:
            data[pos] = value
        elif value < 208:
            del data[pos : pos + length]
        else:
            data[pos:pos] = bytes([value]) * length
    return bytes(data)
