"""A heading's title and the remark its colon sets after it (``⑤ 시민소통 실적 : 총 11회``): the one reading of
the colon for the section labels (:mod:`pledgecard.extract.labels`: a known title, a colon and its total names
the title's section) and the outreach read in sentences (the total in the heading's remark,
:mod:`pledgecard.extract.sections.outreach_sentences`)."""

from __future__ import annotations

from pledgecard.extract.markers import LABEL_SEPARATORS


def colon_remark(text: str) -> tuple[str, str] | None:
    """``'시민소통 실적 : 총 11회'`` -> ``('시민소통 실적 ', ' 총 11회')``: the text before its first colon (any of
    the label separators, ``:`` or ``：``) and the text after it; None when the text prints no colon."""
    at = min((k for k in (text.find(sep) for sep in LABEL_SEPARATORS) if k >= 0), default=-1)
    return (text[:at], text[at + 1 :]) if at >= 0 else None
