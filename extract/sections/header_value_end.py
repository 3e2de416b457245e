"""Where a typed header value ends when another pair the vocabulary does not know follows it in the same cell or
line (``도 공약번호 도-2-46 연번 22``: the 관리번호 read ``도-2-46 연번 22``; session 43, task wrongtext). A label the
vocabulary knows already ends a value (``labels.split_labelled``); an unknown one is told by its shape: one word of
letters only standing between a value of the field's kind and a value of the same kind, the cell's own ``label value``
pattern printed again. The value ends before that word; the pair after it is kept as an unread line. A word and the
piece after it that make one value of the kind glued (``기술보 급과``: a department's name broken over a cell's lines)
are no label and its value; nor is a conjunction or a job title between two values (``3-12 및 3-13``, ``홍길동
주무관 김영희``: vocabulary ``[header_values] conjunctions`` / ``ranks``; session 43, mendwt). A status is no typed value here: one status phrase joins status words
(``완료 후 계속추진('26.2. 완료예정)``)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.header_value_kinds import (
    GENERIC_FIELDS,
    UPPER_NO,
    of_kind,
    one_typed_value,
    value_kind,
)
from pledgecard.extract.vocabulary import current

# one word of letters only (a label's shape: 연번, 직위, 팩스), no digit, no bracket, no mark
_LABEL_WORD = re.compile(r"[가-힣A-Za-z]{1,8}")


def is_rank(tok: str) -> bool:
    """A rank word (``주무관``), or one compounded with its job series (``행정주무관``, ``기획팀장``: two or
    more syllables before a rank of two or more)."""
    ranks = current().words("header_values", "ranks")
    return tok in ranks or (
        re.fullmatch(r"[가-힣]+", tok) is not None
        and any(len(r) >= 2 and tok.endswith(r) and len(tok) - len(r) >= 2 for r in ranks)
    )


def _kind_field(field: str) -> str:
    """The field whose kind a value is checked against (the upper government's number is a 관리번호's kind)."""
    return "mgmt_no" if field == UPPER_NO else field


def _typed(field: str, text: str) -> bool:
    """Whether ``text`` is one value of ``field``'s kind as a whole (a department of several words only where each
    word ends like one: ``기획예산과 직위 주무관`` is no department though it ends like one)."""
    return of_kind(field, text) and (value_kind(text) != "dept" or one_typed_value(text))


def value_end(field: str, value: str) -> tuple[str, str] | None:
    """``(value, after)``: ``value`` of a typed ``field`` cut before an unknown label's word that a value of the same
    kind as the value's own follows (``도-2-46 연번 22`` -> ``('도-2-46', '연번 22')``), the longest such value first;
    None where the whole is a value of the field's kind, the field takes free text (공약명, 실천목표: where it ends
    is not shown), or no word parts it so."""
    kind_field = _kind_field(field)
    if field in GENERIC_FIELDS or _typed(kind_field, value):
        return None
    toks = value.split()
    for k in range(len(toks) - 2, 0, -1):
        head, word, tail = " ".join(toks[:k]), toks[k], " ".join(toks[k + 1 :])
        if not _LABEL_WORD.fullmatch(word) or not _typed(kind_field, head):
            continue
        if word in current().words("header_values", "conjunctions") or is_rank(word):
            continue  # two values of the field joined (3-12 및 3-13), a name with its rank (홍길동 주무관 김영희)
        kind = value_kind(head)
        if kind in (None, "status") or value_kind(tail) != kind or not one_typed_value(tail):
            continue
        glued = word + toks[k + 1]
        if not re.search(r"\d", glued) and value_kind(glued) == kind:
            continue  # a word broken over a cell's lines (농업기술센터 기술보 급과): the word and the piece after it
        return head, f"{word} {tail}"
    return None
