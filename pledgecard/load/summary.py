"""What one load did; shared by every destination (kept apart so that no destination imports the
dispatcher that imports it)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class LoadSummary:
    """The target (without a password) and the rows loaded per table.

    >>> LoadSummary("w.duckdb", {"cards": 2, "files": 3}).line()
    'loaded 5 rows in 2 tables into w.duckdb'
    """

    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        total = sum(self.rows.values())
        return f"loaded {total} rows in {len(self.rows)} tables into {self.target}"
