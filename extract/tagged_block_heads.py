"""A block heading led by a bracketed tag that numbers it and closing on its reporting point (``[세부사업2]
2024년 2분기 현재``, ``〔과제 3〕 기 추진실적 ('24. 1분기 누계)``): a heading of its own, never the wrapped rest of the
item line above it.

Class fixed (crossbred 6352, PDF, 0.910): a body table's content cell numbering its achievements' blocks by a tag,
the second block's heading printed right under an item line that ran to the cell's edge, at the item's bullet: the
PDF reader joined it to the item as its wrapped rest (``... : '22. 2학기 [세부사업2] 2024년 2분기 현재``), so the
card had one block and every later achievement was dated by the first block's point (dates 0.707). The heading is
told by shape alone: a numbering tag (:func:`~pledgecard.extract.tagged_headings.numbered_tag`) and a dated group
heading (:func:`~pledgecard.extract.headings.parse_group_heading`) whose date closes the line."""

from __future__ import annotations

from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.tagged_headings import numbered_tag


def tagged_dated_block(text: str) -> bool:
    """Whether ``text`` is a tag-numbered block heading closing on its date (the tag, then the date alone or a
    title and the date: ``[세부사업2] 2024년 2분기 현재``)."""
    if numbered_tag(text) is None:
        return False
    parsed = parse_group_heading(text.strip())
    if parsed is None or parsed[1] is None:
        return False
    raw = "".join(str(parsed[1].get("raw") or "").split())
    tail = "".join(text.split()).rstrip(")）]】>〉》」』")
    return bool(raw) and tail.endswith(raw)
