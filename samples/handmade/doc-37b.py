"""Write the hand-made PDF cards of session 37 (helper handdocs4) from their HTML sources (``.sources/``):
``doc-haneulbit-city-5-7.pdf`` (two A4 portrait pages, `N / M` page numbers, the plans a Gantt-like schedule whose
heads are compact quarters ``’25.4Q`` ticked by ■, the goals a separate result table) and ``doc-sinbi-county-3-9.pdf``
(one A4 landscape page and a second, the funding and the goal tables side by side under full-width text), rendered
by WeasyPrint with the Nanum fonts as ``doc-pdf.py`` renders.

Run from the repository: ``python samples/handmade/doc-37b.py``.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def script(name: str) -> ModuleType:
    """``{name}.py`` of this folder (a file name no import statement takes) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    pdf = script("doc-pdf")
    pdf.render("doc-haneulbit-city-5-7")
    pdf.render("doc-sinbi-county-3-9")
