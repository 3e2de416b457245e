"""Unique, safe file names for the report's pages (card pages, pledge pages), handed out as keys
arrive: ``safe_filename`` of the key, with ``_2``, ``_3`` ... where two keys would collide
(case-insensitively, for case-insensitive file systems)."""

from __future__ import annotations

from pledgecard.writers import safe_filename

__all__ = ["PageNames"]


class PageNames:
    """A unique safe ``.html`` file name per key.

    >>> names = PageNames()
    >>> names("1-12@2024-Q4"), names("1-12@2024-q4"), names("1-12@2024-Q4")
    ('1-12@2024-Q4.html', '1-12@2024-q4_2.html', '1-12@2024-Q4.html')
    """

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self._used: set[str] = set()

    def __call__(self, key: str) -> str:
        if key not in self.pages:
            base = safe_filename(key)
            name, n = base, 1
            while name.lower() in self._used:
                n += 1
                name = f"{base}_{n}"
            self._used.add(name.lower())
            self.pages[key] = f"{name}.html"
        return self.pages[key]
