"""spaCy, imported without its command line.

``spacy/__init__`` imports ``spacy.cli.info`` (for ``spacy.info``) and with it spaCy's whole
command line: typer, click, weasel, httpx, jinja2 and more, about a third of spaCy's import, paid
by every batch's fork server before its first worker and by every single-file ``extract``, for
nothing the extractor uses (it builds a blank pipeline, :mod:`pledgecard.extract.nlp`). Here
``spacy.cli`` and ``spacy.cli.info`` are stood in for while spaCy's package runs its import, then
taken out of ``sys.modules`` again: ``import spacy.cli`` later loads the real command line, and
``spacy.info`` loads it on its first call. Where spaCy was imported already, this is a plain
``import spacy``.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

CLI = ("spacy.cli", "spacy.cli.info")


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, its command line imported on the first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import() -> types.ModuleType:
    if "spacy" in sys.modules:
        return importlib.import_module("spacy")
    stand_ins = {name: types.ModuleType(name) for name in CLI}
    stand_ins["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    placed = [name for name, module in stand_ins.items() if sys.modules.setdefault(name, module) is module]
    try:
        module = importlib.import_module("spacy")
    finally:
        for name in placed:
            if sys.modules.get(name) is stand_ins[name]:
                del sys.modules[name]
    if getattr(module, "cli", None) is stand_ins["spacy.cli"]:
        delattr(module, "cli")
    return module


spacy = _import()

# What the extractor takes from spaCy, imported after the stand-ins (a module importing them itself
# before this one would import spaCy's command line too).
from spacy.language import Language  # noqa: E402
from spacy.matcher import Matcher  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402

__all__ = ["Doc", "Language", "Matcher", "Token", "spacy"]
