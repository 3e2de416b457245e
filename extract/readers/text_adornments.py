"""Rule lines a plain-text markup prints round its titles and tables, which carry no text of the card.

The class fixed: a card exported as reStructuredText (dagyeong-district-rst-1-15): its headings underlined
(``사업개요`` over ``--------``), its title over- and underlined with ``=``, and its tables "simple tables" whose
borders are runs of ``=`` a column each (``==========  =======  =======``, over the head, under it and under the
last row). The border lines were read as rows of the table (the goal table then read as no goal table) and every
underline was left unparsed. The same rule lines round an e-mail's quoted title (byeolbit) were unparsed too.
A rule line is told by its shape alone: nothing but runs of one rule character, two or more long, apart by
spaces; the text reader drops it as it drops a Markdown table's ``|---|`` line (the lines keep their numbers).
"""

from __future__ import annotations

import re

_RULE_RUNS = re.compile(r"^\s*(?P<c>[=\-~])(?P=c)+(?:[ \t]+(?P=c){2,})*\s*$")
MIN_RULE = 3  # characters of rule in the line: ``--`` alone may be a dash cell's or a range's


def is_adornment(line: str) -> bool:
    """Whether ``line`` is a rule: runs of one of ``= - ~`` (two or more each, ``MIN_RULE`` or more in all),
    apart by white space, and nothing else (``========  =====``, ``--------``)."""
    m = _RULE_RUNS.match(line)
    return m is not None and sum(1 for ch in line if ch == m.group("c")) >= MIN_RULE
