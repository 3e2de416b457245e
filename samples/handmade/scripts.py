"""The one loader of this folder's scripts: ``doc-*.py`` are file names no import statement takes, so the round
scripts (``doc-36b.py`` ... ``doc-39a.py``) and the tests (``conftest.handmade_script``) load ``doc-hwp``,
``doc-hwpx``, ``doc-pdf`` and each other through ``script``. Those take it by ``runpy.run_path`` of this file, so it
works whether a round script runs as ``python samples/handmade/doc-39a.py`` or is loaded by path from a test."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def script(name: str) -> ModuleType:
    """``{name}.py`` of this folder loaded as a module."""
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
