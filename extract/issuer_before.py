"""Whether an organisation line printed above a card may name the card's issuer.

Class fixed: a cover line naming another government than the card's (``대전광역시 정책기획관`` over a
collection of districts' cards titled ``구청장 공약사업 관리카드``): the line above the first card was taken as
its issuer whatever it named. It is taken only when it agrees with what the card prints of itself: the unit
its title's head names (``구청장``: a 구; ``시장``: a 시; ``도지사``: a 도) is the unit the line's issuer ends in,
and a place the card's header area names (``성북구``) is one of the line's; a card naming neither takes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pledgecard.extract.issuer import HANGUL, from_org_line, place_names, units
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.vocabulary import Vocabulary, alternation, current
from pledgecard.normalize.text import fold


def _head_re(v: Vocabulary) -> re.Pattern[str]:
    """A government's head named by its unit and title (``구청장``, ``시장``, ``도지사``, ``군수``)."""
    return re.compile(
        rf"^(?P<unit>{alternation(v.words('issuer', 'units'))})"
        rf"(?:{alternation(v.words('issuer', 'head_titles'))})$"
    )


def title_unit(kind: str | None) -> str | None:
    """The unit of government the card's title names by its head (``구청장 공약사업 관리카드`` -> ``구``)."""
    head = current().build(_head_re)
    for word in fold(kind or "").split():
        m = head.match(word.strip("《》<>[]【】()"))
        if m:
            return m.group("unit")
    return None


def header_places(head: Sequence[Item]) -> frozenset[str]:
    """The place names the card's header-area lines name by an administrative unit (``성북구`` -> ``성북``)."""
    out: set[str] = set()
    for it in head:
        if isinstance(it, Line):
            for word in fold(item_text(it)).split():
                if re.fullmatch(f"{HANGUL}+", word):
                    out |= place_names(" ".join(units([word])))
    return frozenset(out)


def agreeing_lines_before(before: Sequence[Item], kind: str | None, head: Sequence[Item]) -> list[Item]:
    """The organisation lines of ``before`` (set aside above the card) whose issuer agrees with the card's
    own title unit and header places; the others name another government and are not its issuer."""
    unit = title_unit(kind)
    places = header_places(head)
    out: list[Item] = []
    for it in before:
        issuer = from_org_line(item_text(it)) if isinstance(it, Line) else None
        if issuer is None:
            continue
        if unit is not None and not issuer.split()[-1].endswith(unit):
            continue
        if places and not places & place_names(issuer):
            continue
        out.append(it)
    return out
