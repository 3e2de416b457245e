"""Write the hand-made PDF cards of session 37 (helper handdocs4) from their HTML sources (``.sources/``):
``doc-haneulbit-city-5-7.pdf`` (two A4 portrait pages, `N / M` page numbers, the plans a Gantt-like schedule whose
heads are compact quarters ``’25.4Q`` ticked by ■, the goals a separate result table) and ``doc-sinbi-county-3-9.pdf``
(one A4 landscape page and a second, the funding and the goal tables side by side under full-width text), rendered
by WeasyPrint with the Nanum fonts as ``doc-pdf.py`` renders.

Run from the repository: ``python samples/handmade/doc-37b.py``.
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


script: Callable[[str], ModuleType] = runpy.run_path(str(HERE / "scripts.py"))["script"]


if __name__ == "__main__":
    pdf = script("doc-pdf")
    pdf.render("doc-haneulbit-city-5-7")
    pdf.render("doc-sinbi-county-3-9")
