"""The generator writes the same HWPX and HWP bytes every time (samples/hwpx_ids.py): python-hwpx's random ids
drawn from a seeded generator while a document is written, a memo stamped with one fixed time. yeolmae-county's
cards carry a memo (a hidden comment: an id and a creation time of its own)."""

from __future__ import annotations

import uuid
from pathlib import Path

from samples import generate


def _write(out: Path) -> dict[str, bytes]:
    assert (
        generate.main(
            ["--out", str(out), "--families", "yeolmae-county", "--formats", "hwpx,hwp", "--count", "1"]
        )
        == 0
    )
    return {p.name: p.read_bytes() for p in sorted((out / "yeolmae-county").iterdir())}


def test_a_family_written_twice_is_the_same_bytes(tmp_path: Path) -> None:
    from hwpx.oxml import _document_impl

    real = _document_impl.uuid4
    first, second = _write(tmp_path / "a"), _write(tmp_path / "b")
    assert {n.rsplit(".", 1)[-1] for n in first} == {"hwpx", "hwp", "json"}
    assert first == second
    assert _document_impl.uuid4 is real  # the library's own ids outside the generator's writing


def test_ids_stay_random_outside_and_distinct_inside() -> None:
    from hwpx.oxml import _document_primitives

    from samples.hwpx_ids import reproducible

    with reproducible():
        inside = [_document_primitives._paragraph_id() for _ in range(200)]
    with reproducible():
        again = [_document_primitives._paragraph_id() for _ in range(200)]
    assert inside == again and len(set(inside)) == len(inside)
    assert _document_primitives.uuid4 is uuid.uuid4
