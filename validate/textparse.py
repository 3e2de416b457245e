"""Claims inside achievement text: a stated total with its listed parts, a stated count with its
listed names.

``3대 핵심분야 74명(정밀의료 40, 디지털헬스케어 17, 스마트수소에너지 28)`` -> total 74 명, parts
[40, 17, 28]; ``참여기업(7개) : a, b, c`` or ``3개기업 컨소시엄: a, b, c`` -> count 7 (or 3) with
the list of names. Only unambiguous shapes are returned: at least two parts that each carry a
label and a number in the total's unit, and lists that are not open-ended (``... 등``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.vocabulary import Vocabulary, current

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SPLIT = re.compile(r"\s*(?:,(?!\d{3}(?:\D|$))|，|、|;|/)\s*")
_LETTER = re.compile(r"[가-힣A-Za-z]")
_LIST_SPLIT = re.compile(r"\s*(?:,|，|、)\s*")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The claim patterns of one vocabulary (its ``[claims]`` units and open-list words)."""

    total: re.Pattern[str]
    part: re.Pattern[str]
    list: re.Pattern[str]
    open_end: re.Pattern[str]


def _patterns(v: Vocabulary) -> _Patterns:
    units = "|".join(v.words("claims", "total_units")) or "(?!)"
    list_units = "|".join(v.words("claims", "list_units")) or "(?!)"
    return _Patterns(
        total=re.compile(rf"(?<![\d.,])(?P<num>{_NUM})\s*(?P<unit>{units})?\s*\((?P<inner>[^()]*)\)"),
        part=re.compile(rf"^(?P<label>[^\d\s,][^,]*?)\s*(?P<num>{_NUM})\s*(?P<unit>{units})?$"),
        list=re.compile(
            rf"(?<![\d.,])(?P<num>\d+)\s*(?P<unit>{list_units})\)?"
            r"\s*(?P<mid>[가-힣A-Za-z ]{0,12}?)\s*[:：]\s*(?P<list>.+)$"
        ),
        open_end=re.compile(rf"(?:^|\s)(?:{v.alternation('claims', 'open_list_words')})(?:\s*\d+\s*\S*)?$"),
    )


@dataclass(frozen=True, slots=True)
class PartsClaim:
    total: float
    unit: str | None
    parts: list[tuple[str, float]]
    span: str

    @property
    def parts_sum(self) -> float:
        return round(sum(v for _, v in self.parts), 6)


@dataclass(frozen=True, slots=True)
class ListClaim:
    count: int
    unit: str
    names: list[str]
    span: str


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _unit(text: str | None) -> str | None:
    return re.sub(r"\s+", "", text) if text else None


def parts_claims(text: str) -> list[PartsClaim]:
    """Every ``N<unit>(label n, label n, ...)`` in ``text`` whose parts all parse."""
    out: list[PartsClaim] = []
    if not text or "(" not in text:  # a stated total opens a parenthesis: most texts have none
        return out
    pats = current().build(_patterns)
    for m in pats.total.finditer(text):
        unit = _unit(m.group("unit"))
        if unit is None:
            continue  # a bare number before a parenthesis is not a stated total
        pieces = [p for p in _SPLIT.split(m.group("inner").strip()) if p]
        parts: list[tuple[str, float]] = []
        for piece in pieces:
            pm = pats.part.match(piece)
            if not pm or not _LETTER.search(pm.group("label")):
                break
            punit = _unit(pm.group("unit"))
            if punit is not None and punit != unit:
                break
            parts.append((pm.group("label").strip(), _number(pm.group("num"))))
        else:
            if len(parts) >= 2:
                out.append(PartsClaim(_number(m.group("num")), unit, parts, m.group(0)))
    return out


def list_claims(text: str) -> list[ListClaim]:
    """A ``N개 ... : a, b, c`` count with its closed list of names (none when open-ended)."""
    out: list[ListClaim] = []
    if not text or (":" not in text and "：" not in text):  # a list follows a colon: most texts have none
        return out
    pats = current().build(_patterns)
    for line in text.split("\n"):
        m = pats.list.search(line)
        if not m:
            continue
        names: list[str] = []
        for item in _LIST_SPLIT.split(m.group("list").strip().rstrip(".")):
            if not item or ":" in item or "：" in item:
                break  # the next `key : value` field starts here
            names.append(item)
        if not names or any(pats.open_end.search(n) or not _LETTER.search(n) for n in names):
            continue
        out.append(ListClaim(int(m.group("num")), _unit(m.group("unit")) or "", names, m.group(0)))
    return out
