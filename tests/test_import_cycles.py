"""No import cycles among the package's modules and the corpus generator's (``samples/``), lazy (function-level)
imports included.

Every module's AST is read for imports wherever they stand; module names are mapped to files
through pyproject's ``package-dir`` (``pledgecard.extract.*`` lives in ``extract/``) and ``EXTRA_PACKAGES``
(``samples``), and the import graph is searched for strongly connected components (Tarjan).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from tests.conftest import package_modules

ROOT = Path(__file__).resolve().parent.parent


# packages of the repository outside the installed one: the corpus generator (``python -m samples.generate``)
EXTRA_PACKAGES = {"samples": "samples"}


def _modules() -> dict[str, Path]:
    return package_modules(EXTRA_PACKAGES)


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_pkg else 0)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            targets = [mod] + [f"{mod}.{a.name}" for a in node.names]
        for t in targets:
            # the longest known module the import names (pkg.mod.func -> pkg.mod)
            while t and t not in modules:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    sys.setrecursionlimit(max(10000, sys.getrecursionlimit()))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def test_the_mapping_sees_every_package() -> None:
    modules = _modules()
    assert "pledgecard.extract.cards" in modules
    assert modules["pledgecard.extract.cards"] == ROOT / "extract" / "cards.py"
    assert "pledgecard.normalize.money" in modules and "pledgecard.validate.checks" in modules


def test_lazy_imports_are_seen() -> None:
    graph = _graph()
    # pipeline imports the card extractor inside a function only
    assert "pledgecard.extract.cards" in graph["pledgecard.pipeline"]
    # the generator's layout picks the slide deck inside a function only
    assert "samples.slides" in graph["samples.layout_body"]


def test_the_mapping_sees_the_samples_generator() -> None:
    modules = _modules()
    assert modules["samples.generate"] == ROOT / "samples" / "generate.py"
    assert modules["samples.layout_sections"] == ROOT / "samples" / "layout_sections.py"
    assert "samples.slides" in _graph()["samples.layout_body"] and "samples" in modules


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles() -> None:
    cycles = _cycles(_graph())
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)
