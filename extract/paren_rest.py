"""A line that closes the parenthesis the line above left open is that line's rest (``총사업비 : 20억 원(도비 5억,
군비`` + ``15억)``): the one shape check shared by the layout reader's lines (layout_lines.closes_open_paren) and
the text joiner's rows held apart (textjoin_status_rows: a bullet's wrapped rest is never a row of its own)."""

from __future__ import annotations


def closes_paren_above(above: str, text: str) -> bool:
    """Whether ``text`` closes a parenthesis ``above`` left open: ``above`` opens more than it closes, ``text``
    closes more than it opens."""
    return above.count("(") > above.count(")") and ")" in text and text.count(")") > text.count("(")
