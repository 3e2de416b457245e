"""Known labels of card sections and header fields, with the variants real templates print.

Matching is on normalized labels (no white space, no numbering, NFKC): ``1. 사업 개요`` and
``사업개요`` are the same section; ``공 약 명`` is ``공약명``.
"""

from __future__ import annotations

import re
import unicodedata

from pledgecard.normalize.text import fold

# Section name -> label variants (normalized: no spaces).
SECTION_LABELS: dict[str, tuple[str, ...]] = {
    "overview": ("사업개요", "공약개요"),
    "funding": (
        "재원투자실적및계획", "재원투자계획", "재원투자", "투자계획", "재원조달계획", "연도별투자계획",
        "재원투자실적", "소요예산", "재원계획", "사업비투자계획", "투자실적및계획",
    ),
    "achievements": ("추진실적(성과)", "추진실적", "주요추진실적", "추진성과", "이행실적", "추진실적및성과", "그간추진실적"),
    "goals": ("현재까지목표달성", "목표달성", "목표달성현황", "연차별목표", "연도별목표", "목표대비실적"),
    "outreach": ("도민소통실적", "시민소통실적", "군민소통실적", "구민소통실적", "주민소통실적", "소통실적"),
    "plans": ("향후계획", "향후추진계획", "추진계획", "향후일정"),
    "effects": ("기대효과", "기대성과"),
    "issues": ("문제점및대책", "애로사항", "문제점", "건의사항", "특이사항"),
}

# Header field -> label variants (normalized).
HEADER_LABELS: dict[str, tuple[str, ...]] = {
    "title": ("공약명", "공약사업명"),
    "mgmt_no": ("관리번호", "공약번호"),
    "lead_dept": ("추진부서", "주관부서", "담당부서", "소관부서", "주관실국", "담당과"),
    "contact_name": ("담당자", "담당자(연락처)", "담당자(전화)", "담당자(전화번호)", "담당자/연락처", "담당자·연락처"),
    "contact_phone": ("전화번호", "연락처"),
    "coop_depts": ("협조부서", "협업부서", "관련부서", "협력부서"),
    "target": ("실천목표", "이행목표", "추진목표", "완료목표"),
    "status": ("추진상황", "이행상황", "추진상태", "이행상태", "진행상황"),
    "field": ("공약분야",),
}

_NUMBERING = re.compile(r"^(?:[0-9]{1,2}|[IVXⅠ-Ⅻ]{1,4}|[가-하])[.)]\s*|^\(\d{1,2}\)\s*|^[Ⅰ-Ⅻ]{1,4}\s+")


def norm_label(text: str) -> str:
    """``'1. 사업 개요'`` -> ``'사업개요'``; brackets and colons around a heading are dropped."""
    s = unicodedata.normalize("NFKC", text).strip()
    s = s.strip("《》<>〈〉【】[]「」『』:：")
    s = _NUMBERING.sub("", s)
    s = re.sub(r"\s+", "", s)
    return s.strip("《》<>〈〉【】[]:：")


def section_of(text: str) -> str | None:
    """The section a heading names, or ``None``. Exact match on the normalized label, or a known
    label followed only by a bracketed remark (``추진실적(성과)``, ``향후계획('25년)``)."""
    key = norm_label(text)
    if not key or len(key) > 24:
        return None
    for name, variants in SECTION_LABELS.items():
        for v in variants:
            if key == v or (key.startswith(v) and key[len(v):][:1] in "(（"):
                return name
    return None


def header_field_of(text: str) -> str | None:
    key = norm_label(text)
    for name, variants in HEADER_LABELS.items():
        if key in variants:
            return name
    return None


def spaced_label_regex(variants: tuple[str, ...]) -> str:
    """A regex source matching any variant with optional white space between its letters."""
    alts = sorted(variants, key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(ch) for ch in v) for v in alts)


_LABEL_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s|:：]))(?P<label>"
    + "|".join(f"(?P<{name}>{spaced_label_regex(v)})" for name, v in HEADER_LABELS.items())
    + r")(?=$|[\s|:：])"
)


def find_labels(text: str) -> list[tuple[str, int, int]]:
    """Header labels inside a line: ``(field, start, end)`` in order."""
    out = []
    for m in _LABEL_RE.finditer(text):
        field = next(name for name in HEADER_LABELS if m.group(name))
        out.append((field, m.start(), m.end()))
    return out


def split_labelled(text: str) -> list[tuple[str, str]]:
    """``'담 당 자 김준연 전화번호 3928'`` -> ``[('contact_name', '김준연'), ('contact_phone', '3928')]``."""
    labels = find_labels(text)
    pairs = []
    for i, (field, _, end) in enumerate(labels):
        stop = labels[i + 1][1] if i + 1 < len(labels) else len(text)
        value = text[end:stop].strip(" \t|:：")
        pairs.append((field, fold(value)))
    return pairs



TITLE_RE = re.compile(r"공\s*약(?:[\s가-힣]{0,12}?)(?:관\s*리|점\s*검|이\s*행)\s*카\s*드")
