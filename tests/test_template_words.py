"""No module but the vocabulary's holds template words in code (issue 11, Done when).

Every module of the package (the folders of pyproject's ``package-dir``) is parsed and each string
literal that holds a Hangul syllable is a failure, except:

- docstrings (comments are not in the syntax tree at all);
- character ranges such as ``[가-힣]``: they name a script, not a word;
- the vocabulary module itself (it reads ``extract/vocabulary.toml``, where the words live);
- the documentation of a check (the strings given to ``Check``/``sum_check``/``_check``: what the
  check verifies, rendered in validate/CODES.md for people);
- the entries of ``ALLOWED`` below, each with its reason.

Single jamo used as bullet glyphs (``ㅇ``, ``ㆍ``) are shapes, not syllables, and are not flagged.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY_MODULE = "extract/vocabulary.py"
CHECK_CONSTRUCTORS = frozenset({"Check", "sum_check", "_check"})
_SYLLABLE = re.compile("[가-힣]")
_RANGE = re.compile(r".-.")

# (module, start of the literal) -> why it is no template word.
ALLOWED: dict[tuple[str, str], str] = {
    (
        "pledgecard/commands/extract.py",
        "the government of cards that do not print theirs",
    ): "an example value of --issuer in the CLI help: the name of a government, not a template word",
    (
        "extract/heading_numbers.py",
        "가",
    ): "a stand-in syllable put after characters to ask heading_number whether they number a title: any "
    "syllable, no word a template prints",
}


def _package_files() -> list[Path]:
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    folders = sorted(set(cfg["tool"]["setuptools"]["package-dir"].values()))
    return sorted(f for folder in folders for f in (ROOT / folder).rglob("*.py"))


def _callee(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def template_words(source: str, name: str) -> list[str]:
    """``name:line: literal`` for every string literal of ``source`` holding a Hangul word."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for n in ast.walk(tree):
        if isinstance(
            n, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
        ) and ast.get_docstring(n):
            skip.add(id(n.body[0].value))  # type: ignore[attr-defined]
        if isinstance(n, ast.Call) and _callee(n) in CHECK_CONSTRUCTORS:
            for arg in [*n.args, *(k.value for k in n.keywords)]:
                skip.update(id(c) for c in ast.walk(arg) if isinstance(c, ast.Constant))
    found = []
    for n in ast.walk(tree):
        if not (isinstance(n, ast.Constant) and isinstance(n.value, str)) or id(n) in skip:
            continue
        if any(name == module and n.value.startswith(start) for module, start in ALLOWED):
            continue
        if _SYLLABLE.search(_RANGE.sub("", n.value)):
            found.append(f"{name}:{n.lineno}: {n.value[:50]!r}")
    return found


def test_no_module_but_the_vocabularys_holds_template_words() -> None:
    files = _package_files()
    assert len(files) > 50 and any(f.parent.name == "normalize" for f in files)  # the whole package is read
    found = []
    for f in files:
        name = f.relative_to(ROOT).as_posix()
        if name != VOCABULARY_MODULE:
            found += template_words(f.read_text(encoding="utf-8"), name)
    assert found == [], "template words in code (move them to extract/vocabulary.toml):\n" + "\n".join(found)


def test_the_finder_flags_words_and_spares_docstrings_ranges_and_check_docs() -> None:
    source = '''
"""Module docstring: 국비 is allowed here."""
import re
SOURCES = {"국비": "national"}
LETTER = re.compile(r"[가-힣]")
def f():
    """Docstring: 지방비."""
    return re.compile(r"(?:미착수|착수전)")
CHECK = Check("code", "title", description="the 계 row equals the sum")
'''
    found = template_words(source, "m.py")
    assert [w.split(":")[1] for w in found] == ["4", "8"]


def test_every_allowed_literal_still_exists() -> None:
    """An allowance whose literal is gone is stale and must be removed."""
    for (name, start), reason in ALLOWED.items():
        assert reason and start in (ROOT / name).read_text(encoding="utf-8"), name
