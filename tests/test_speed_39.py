"""The suite's shared renders and reads (speed, session 39): what they hand a test is what the test made before.

- ``conftest.drawn_file`` renders a drawn card (``samples.mutate`` / ``samples.crossbreed``) in the test's process,
  without the command's own read and score of it (a scanned mutant was read by OCR twice: once by the command, once
  by the test): the files are the bytes the command writes (``run_cross`` / ``run_mutant`` with ``--keep``).
- ``conftest.rendered_once`` renders a card once a session by what it is made of and hands each caller its own
  copy; ``conftest.family_card`` renders through it (a scan, whose bytes hold the time they were written, is then
  the same file in every test that renders it).
- ``conftest.read_once`` reads a rendered card once a session by its name and bytes (the scans test_scans_30, _34,
  _34b, _35b and the family_card_read callers read again by OCR), a fresh copy each call; a file of other bytes
  or another name is read anew.
- The HWP reader parses a file's char shapes once from its DocInfo (for the fonts and the strikeouts: it was twice).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import (
    MUTANT_FAMILIES,
    drawn_file,
    family_card,
    pinned_families,
    read_once,
    rendered_once,
)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize(("kind", "seed"), [("crossbreed", 6506), ("mutate", 4537)])
def test_a_drawn_card_is_the_bytes_its_command_keeps(kind: str, seed: int, tmp_path: Path) -> None:
    from samples.crossbreed import run_cross
    from samples.mutate import run_mutant

    run = {"crossbreed": run_cross, "mutate": run_mutant}[kind]
    (res,) = run(seed, ("txt",), tmp_path / "command", keep=True, families=pinned_families())
    assert "error" not in res and res["cards"][0] == 1
    path = drawn_file(kind, seed, "txt", tmp_path / "test")
    kept = tmp_path / "command" / path.parent.name
    assert path.exists() and path.with_name(path.stem + ".expected.json").exists()
    assert _files(path.parent) == _files(kept) and len(_files(kept)) == 2
    assert MUTANT_FAMILIES == len(pinned_families())


def test_a_render_kept_once_is_handed_to_each_caller_as_its_own_copy(tmp_path: Path) -> None:
    calls: list[Path] = []

    def render(out: Path) -> None:
        calls.append(out)
        (out / "card-txt.txt").write_text(f"render {len(calls)}", encoding="utf-8")

    key = f"test_speed_39 {tmp_path}"  # this test's own key: nothing else renders it
    rendered_once(key, tmp_path / "a", render)
    rendered_once(key, tmp_path / "b", render)
    assert len(calls) == 1 and calls[0] not in (tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "a" / "card-txt.txt").read_text(encoding="utf-8") == "render 1"
    (tmp_path / "a" / "card-txt.txt").write_text("changed by a test", encoding="utf-8")
    rendered_once(key, tmp_path / "c", render)
    assert (tmp_path / "c" / "card-txt.txt").read_text(encoding="utf-8") == "render 1" and len(calls) == 1
    rendered_once(key + " other", tmp_path / "d", render)  # another key: rendered anew
    assert len(calls) == 2 and (tmp_path / "d" / "card-txt.txt").read_text(encoding="utf-8") == "render 2"


def test_a_family_card_rendered_twice_is_one_file_and_one_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledgecard

    path, exp = family_card(tmp_path / "a", "gaon-city", 101, "txt")
    again, exp_again = family_card(tmp_path / "b", "gaon-city", 101, "txt")
    assert path.read_bytes() == again.read_bytes() and exp == exp_again and path != again
    [got] = read_once(path)
    assert got == pledgecard.extract_file(path)[0]
    got["header"]["title"] = "changed by a test"

    def unread(*_: object, **__: object) -> list[dict]:
        raise AssertionError("read again")

    monkeypatch.setattr(pledgecard, "extract_file", unread)
    [kept] = read_once(again)  # the same name and bytes in another folder: the kept read, a fresh copy
    assert kept["header"]["title"] == exp["header"]["title"] and kept["source"]["file"] == path.name
    other = tmp_path / "c" / path.name
    other.parent.mkdir()
    other.write_bytes(path.read_bytes().replace(b"\n", b"\n\n", 1))  # other bytes: read anew
    with pytest.raises(AssertionError, match="read again"):
        read_once(other)


def test_an_hwp_files_char_shapes_are_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from pledgecard.extract.limits import Limits
    from pledgecard.extract.readers import hwp

    path = next(
        (Path(__file__).resolve().parents[1] / "samples" / "families" / "gaon-city").glob("*-hwp.hwp")
    )
    parsed: list[frozenset[int] | None] = []
    models = hwp._models

    def counted(
        stream: bytes, version: tuple[int, int, int, int], tags: frozenset[int] | None = None
    ) -> list:
        parsed.append(tags)
        return models(stream, version, tags)

    monkeypatch.setattr(hwp, "_models", counted)
    doc = hwp._read(path.read_bytes(), str(path), Limits())
    shapes = frozenset({hwp.TAG_CHAR_SHAPE})
    # the DocInfo parsed for its numbering and for its char shapes (once), then each body section
    assert parsed.count(shapes) == 1 and len(parsed) >= 3
    assert doc.blocks and any(b.cells for b in doc.blocks if hasattr(b, "cells"))
