"""No module of the package uses a private name (``_x``) of another module of the package.

A name one module takes from another is part of that module's interface, so it has a public name
in one home. Every module's AST is read, imports wherever they stand (function-level ones too):
``from pledgecard.m import _x`` and ``m._x`` on a module bound by ``import``/``from ... import``
are what is looked for. Module names map to files through pyproject's ``package-dir``, as in
tests/test_import_cycles.py. Dunder names (``__version__``) are public.

Tests may use private names: a test of one module's parts (a rule, a monkeypatched loader) looks
inside that module on purpose, and making such a part public only for its test would widen the
module's interface for no caller. So only the package's own modules are checked.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import package_modules

ROOT = Path(__file__).resolve().parent.parent


def _package_files() -> dict[str, Path]:
    return package_modules()


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_uses(source: str, modules: set[str]) -> list[str]:
    """Where ``source`` uses a private name of a module in ``modules``: ``line: module._name``."""
    tree = ast.parse(source)
    bound: dict[str, str] = {}  # a local name -> the package module it is
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in modules:
            for a in node.names:
                if f"{node.module}.{a.name}" in modules:
                    bound[a.asname or a.name] = f"{node.module}.{a.name}"
                elif _private(a.name):
                    out.append(f"{node.lineno}: {node.module}.{a.name}")
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.asname and a.name in modules:
                    bound[a.asname] = a.name
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            base = node.value
            if isinstance(base, ast.Name) and base.id in bound:
                out.append(f"{node.lineno}: {bound[base.id]}.{node.attr}")
            elif ast.unparse(base) in modules:  # pledgecard.m._x, spelled out
                out.append(f"{node.lineno}: {ast.unparse(base)}.{node.attr}")
    return sorted(set(out))


def test_no_module_uses_another_modules_private_names() -> None:
    files = _package_files()
    assert len(files) > 100  # the mapping found the package
    modules = set(files)
    bad = {
        name: uses
        for name, path in sorted(files.items())
        if (uses := private_uses(path.read_text(encoding="utf-8"), modules - {name}))
    }
    assert not bad, "private names used across modules (give them a public name in one home):\n" + "\n".join(
        f"{name}: {u}" for name, uses in bad.items() for u in uses
    )


def test_the_check_sees_each_way_of_reaching_a_private_name() -> None:
    modules = {"pledgecard.extract", "pledgecard.extract.coverage", "pledgecard.extract.labels"}
    planted = (
        "from pledgecard.extract.coverage import _where, coverage\n"
        "from pledgecard.extract import labels\n"
        "import pledgecard.extract.coverage as cov\n"
        "import pledgecard.extract.labels\n"
        "def f():\n"
        "    from pledgecard.extract.labels import _lazy\n"
        "    return labels._x, cov._y, pledgecard.extract.labels._z, labels.public, cov.__name__\n"
    )
    assert private_uses(planted, modules) == [
        "1: pledgecard.extract.coverage._where",
        "6: pledgecard.extract.labels._lazy",
        "7: pledgecard.extract.coverage._y",
        "7: pledgecard.extract.labels._x",
        "7: pledgecard.extract.labels._z",
    ]
    # public names, dunders, a module's own names and other libraries' are not its business
    assert (
        private_uses(
            "from pledgecard.extract.coverage import coverage\nfrom json.encoder import _x\n"
            "from pledgecard.extract import __version__\n_own = 1\n",
            modules,
        )
        == []
    )
