"""A finding's source evidence as the report shows it and ``findings.jsonl`` holds it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Box = tuple[float, ...]
ImageKey = tuple[str, int, Box | None, Box | None]  # (file, page, marked box, table box)


@dataclass(slots=True)
class Evidence:
    kind: str  # "lines" | "image" | "cells" | "cell" | "none"
    note: str = ""
    lines: list[tuple[int, str, bool]] = field(default_factory=list)  # (number, text, highlighted)
    image: str | None = None  # path relative to the report folder
    cell: str | None = None
    page: int | None = None
    bbox: list[float] | None = None
    table: list[list[str]] = field(default_factory=list)
    highlight: list[list[int]] = field(default_factory=list)
    unit: str = "line"  # what ``lines`` numbers: a text dump's lines, or an HWP/HWPX file's paragraphs
    # the figure the finding is about inside a highlighted line: line number -> (start, end) characters of its text
    marks: dict[int, tuple[int, int]] = field(default_factory=dict)

    def data(self) -> dict[str, Any] | None:
        """The evidence as findings.jsonl holds it (CARD_SCHEMA.md schema 1.1), or ``None``."""
        if self.kind == "lines" and self.lines:
            out: dict[str, Any] = {
                "kind": "lines",
                "first_line": self.lines[0][0],
                "lines": [t for _, t, _ in self.lines],
                "highlight": [n for n, _, hit in self.lines if hit],
            }
            if self.marks:  # optional: the figure's characters in a highlighted line, [line, start, end]
                out["marks"] = [[n, a, b] for n, (a, b) in sorted(self.marks.items())]
            return out if self.unit == "line" else {**out, "unit": self.unit}
        if self.kind == "image" and self.image:
            return {"kind": "image", "image": f"report/{self.image}", "page": self.page, "bbox": self.bbox}
        if self.kind == "cells" and self.table:
            return {"kind": "cells", "table": self.table, "highlight": self.highlight}
        return None

    def marked(self) -> list[list[tuple[str, bool]]]:
        """The cells table with each cell's highlight flag, for the report."""
        hits = {(r, c) for r, c in self.highlight}
        return [[(cell, (r, c) in hits) for c, cell in enumerate(row)] for r, row in enumerate(self.table)]

    def pieces(self, number: int, text: str) -> list[tuple[str, bool]]:
        """A shown line's text in pieces, the figure's piece flagged (one unflagged piece when none is)."""
        span = self.marks.get(number)
        if span is None or not 0 <= span[0] < span[1] <= len(text):
            return [(text, False)]
        a, b = span
        return [p for p in ((text[:a], False), (text[a:b], True), (text[b:], False)) if p[0]]
