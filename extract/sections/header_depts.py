"""A header's departments: a 협조부서 value split into its departments (:func:`split_depts`), a
body's name kept with the unit printed after it."""

from __future__ import annotations

import re

from pledgecard.extract.sections.header_value_kinds import DEPT_SEPARATORS, is_dept, none_values
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.text import fold


def _body_suffix(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:{v.pattern('header_values', 'dept_body_suffixes')})$")


def _units(toks: list[str]) -> list[str]:
    """Space-separated department names, a body's name joined to the unit after it
    (``농업기술센터 기술보급과`` is one department; ``기획예산과 재무과`` two)."""
    body = current().build(_body_suffix)
    out: list[str] = []
    for t in toks:
        if out and body.search(out[-1]) and not body.search(t):
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


def split_depts(value: str | None) -> list[str]:
    if value is None:
        return []
    v = fold(value)
    if v in current().build(none_values):
        return []
    parts: list[str] = []
    for piece in re.split(DEPT_SEPARATORS, v):
        piece = piece.strip()
        if not piece:
            continue
        toks = piece.split()
        # Space-separated names split only when no comma separates them: "농업기술센터 기술보급과"
        # in a comma list is one unit of a body.
        if len(toks) > 1 and not re.search(DEPT_SEPARATORS, v) and all(is_dept(t) for t in toks):
            parts.extend(_units(toks))
        else:
            parts.append(piece)
    return parts
