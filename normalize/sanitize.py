"""Text sanitation of a finished record: characters no reader should see and no warehouse accepts.

Removed from every string of a record (its ``source`` block excepted, see below):

- NUL (PostgreSQL refuses it in ``text``: one NUL made the whole batch's load fail);
- the other C0 controls (U+0001..U+001F) and DEL (U+007F), except tab and line feed, which
  free-text fields (achievement text, unparsed lines, side-table cells) may hold as layout;
- the C1 controls (U+0080..U+009F), which are never text in a Korean document;
- the bidirectional formatting characters: embeddings and overrides (U+202A..U+202E), isolates
  (U+2066..U+2069), the marks U+200E, U+200F and U+061C. An override (RLO) makes a 관리번호 read
  backwards on screen while it sorts and joins as something else.

``card_id`` and the header fields are identifiers or one-line labels: there tab and line feed are
removed too. Each removal is one :class:`Removal` (record path and what was removed), from which
the pipeline makes a ``normalize.control_characters`` warning: the value was changed, a reviewer
may want to look at the source.

``source`` (file name, sha256, format) is the file's identity, not card text: file names are
kept as the file system gives them (issue 9 item 2) and never hold NUL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Everything forbidden anywhere; tab and line feed are judged per field.
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_FORBIDDEN_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")

# Record paths whose value is an identifier or a one-line label (no tab, no line feed).
_ONE_LINE_ROOTS = ("card_id", "header", "as_of")
_SKIPPED_ROOTS = ("source",)


@dataclass(frozen=True, slots=True)
class Removal:
    """Characters removed from the string at ``path`` (a record path: ``header.mgmt_no``)."""

    path: str
    removed: tuple[str, ...]  # the removed characters, in order

    def names(self) -> list[str]:
        """Readable names of the removed characters (``U+0000 NUL``), each once, in order."""
        out: list[str] = []
        for ch in self.removed:
            name = f"U+{ord(ch):04X} {unicodedata.name(ch, _CONTROL_NAMES.get(ord(ch), 'control'))}"
            if name not in out:
                out.append(name)
        return out


_CONTROL_NAMES = {
    0: "NUL",
    7: "BEL",
    8: "BS",
    9: "TAB",
    10: "LF",
    11: "VT",
    12: "FF",
    13: "CR",
    27: "ESC",
    0x7F: "DEL",
    0x85: "NEL",
}


def forbidden_pattern(*, one_line: bool) -> re.Pattern[str]:
    """The characters removed from a string (``one_line``: tab and line feed too)."""
    return _FORBIDDEN_ONE_LINE if one_line else _FORBIDDEN


def clean_text(text: str, *, one_line: bool = False) -> tuple[str, tuple[str, ...]]:
    """``text`` without the forbidden characters, and the characters removed (empty if none)."""
    pattern = forbidden_pattern(one_line=one_line)
    removed = tuple(pattern.findall(text))
    return (pattern.sub("", text), removed) if removed else (text, ())


def _path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def _walk(node: Any, path: str, one_line: bool) -> Iterator[tuple[Any, str | int, str, bool]]:
    """``(container, key, path, one_line)`` for every string inside ``node``."""
    items: Any = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        sub = _path(path, key)
        if not path and key in _SKIPPED_ROOTS:
            continue
        line = one_line or (not path and key in _ONE_LINE_ROOTS)
        if isinstance(value, str):
            yield node, key, sub, line
        elif isinstance(value, dict | list):
            yield from _walk(value, sub, line)


def sanitize_record(record: dict[str, Any]) -> list[Removal]:
    """Remove the forbidden characters from every string of ``record`` in place; one
    :class:`Removal` per changed string, in record order."""
    removals: list[Removal] = []
    for container, key, path, one_line in list(_walk(record, "", False)):
        text, removed = clean_text(container[key], one_line=one_line)
        if removed:
            container[key] = text
            removals.append(Removal(path, removed))
    return removals


def has_forbidden(record: Any) -> bool:
    """Whether any string of ``record`` (``source`` excepted) still holds a forbidden character."""
    if isinstance(record, str):
        return bool(_FORBIDDEN.search(record))
    return any(forbidden_pattern(one_line=ol).search(c[k]) for c, k, _, ol in _walk(record, "", False))
