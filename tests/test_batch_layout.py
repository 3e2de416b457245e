"""The layout of the batch and load packages: no import cycles (lazy imports included), load never
imports batch, and destinations are found through one registry keyed by URL scheme."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pledgecard.errors import LoadError
from pledgecard.load.warehouse import DESTINATIONS, check_warehouse, destination_for, scheme_of

PKG = Path(__file__).resolve().parents[1] / "pledgecard"


def _module(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Every ``pledgecard.*`` module under pledgecard/ and the modules of it that it imports,
    at the top or inside functions (``from pledgecard.x import y`` counts y when y is a module)."""
    mods = {_module(p): p for p in PKG.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in mods.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                deps.add(node.module)
                deps.update(f"{node.module}.{a.name}" for a in node.names)
        graph[name] = {d for d in deps if d in mods and d != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for d in sorted(graph[n]):
            if state.get(d) == 1:
                return stack[stack.index(d) :] + [d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_batch_and_load_have_no_import_cycles_and_load_never_imports_batch() -> None:
    graph = import_graph()
    sub = {
        n: {d for d in ds if d.startswith(("pledgecard.batch", "pledgecard.load"))}
        for n, ds in graph.items()
        if n.startswith(("pledgecard.batch", "pledgecard.load"))
    }
    assert "pledgecard.batch.runner" in sub and "pledgecard.load.summary" in sub
    assert _cycle(sub) is None
    assert not any(
        d.startswith("pledgecard.batch")
        for n, ds in sub.items()
        if n.startswith("pledgecard.load")
        for d in ds
    )
    # the package modules below the CLI never import a command back
    assert not any(
        d.startswith("pledgecard.commands")
        for n, ds in graph.items()
        if not n.startswith(("pledgecard.commands", "pledgecard.cli"))
        for d in ds
    )


def test_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_destinations_are_picked_by_scheme(tmp_path: Path) -> None:
    assert destination_for(tmp_path / "w.duckdb").name == "duckdb"
    assert destination_for(f"duckdb://{tmp_path}/w.duckdb").name == "duckdb"
    assert destination_for("postgresql+psycopg://u@h/db").name == "postgresql"
    assert {scheme_of(f"{s}://x") for s in DESTINATIONS} == set(DESTINATIONS)
    with pytest.raises(LoadError, match=r"unsupported warehouse URL mysql://"):
        check_warehouse("mysql://u@h/db")


def test_duckdb_preflight_names_an_unwritable_target(tmp_path: Path) -> None:
    check_warehouse(str(tmp_path / "new" / "deeper" / "w.duckdb"))  # folders made when loading
    assert not (tmp_path / "new").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(LoadError, match="is not a folder"):
        check_warehouse(str(tmp_path / "file" / "w.duckdb"))
    with pytest.raises(LoadError, match="is a folder"):
        check_warehouse(str(tmp_path))
