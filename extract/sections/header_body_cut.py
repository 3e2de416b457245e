"""Ways of parting a header's value row that cut a department of a body between two department fields.

Class fixed: a band of labels ``공약명 추진부서 협조부서 전화번호 실천목표`` over its values printed one space apart
(``… 구축 농업기술센터 기술보급과 홍보담당관 032-408-4067 임기 내 추진``, mutant 4245 txt): the lead's and the helping
departments' words part two ways, ``농업기술센터 | 기술보급과 홍보담당관`` as well as ``농업기술센터 기술보급과 |
홍보담당관``, so the row was left unread (header 0.5). A body's name (the vocabulary's ``dept_body_suffixes``:
농업기술센터) is never the whole of one department field with the unit printed right after it opening the next:
the body and its unit are one department (as header_depts reads a 협조부서 cell). The ways cutting it are dropped.
"""

from __future__ import annotations

import re

from pledgecard.extract.sections.header_value_kinds import KIND_FIELDS, is_dept
from pledgecard.extract.vocabulary import Vocabulary, current


def _body_suffix(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"(?:{v.pattern('header_values', 'dept_body_suffixes')})$")


def cuts_a_body(fit: dict[str, str], order: list[str]) -> bool:
    """Whether ``fit`` (the row's values by field) ends one department field of ``order`` on a body's name and
    opens the next department field with a unit that is no body (``농업기술센터`` | ``기술보급과 …``)."""
    body = current().build(_body_suffix)
    depts = KIND_FIELDS["dept"]
    for a, b in zip(order, order[1:], strict=False):
        if a not in depts or b not in depts or not fit.get(a) or not fit.get(b):
            continue
        last, first = fit[a].split()[-1], fit[b].split()[0]
        if body.search(last) and is_dept(first) and not body.search(first):
            return True
    return False


def bodies_kept(fits: list[dict[str, str]], order: list[str]) -> list[dict[str, str]]:
    """``fits`` without the ways cutting a department of a body between two department fields, where any is
    left; ``fits`` as they are otherwise."""
    kept = [f for f in fits if not cuts_a_body(f, order)]
    return kept or fits
