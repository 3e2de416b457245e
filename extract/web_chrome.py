"""The controls of a web page a card was printed from (a pledge system's detail page printed by a
browser): the breadcrumb over the page's title (``공약관리 > 공약사업 > 상세조회``: parts parted by a path
mark, the last a view word of the vocabulary's ``[web_page] views`` or the first a ``[web_page] homes`` word:
``홈 > 시정소개 > 민선8기 공약 > 공약사업 관리카드``, whose last part, the card's kind, had been read as the kind
of the card, gureum-metro-web-2-14) and a line of its buttons' words (``목록  인쇄  엑셀저장``: two or more words,
every one a ``[web_page] buttons`` word; or, as a browser's select-all copy prints the buttons, a word a line,
two or more such lines in a run with only blank lines between: :func:`button_runs`, ``목록`` had been joined to
the last effect and ``인쇄`` read as one). Neither is any part of the card: such lines are left out of it, as the
page furniture is."""

from __future__ import annotations

import re

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import Vocabulary, current, key

_PATH = re.compile(r"\s*[>›»〉]\s*")


def _words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(key(w) for w in v.words("web_page", "buttons")),
        frozenset(key(w) for w in v.words("web_page", "views")),
    )


def _homes(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for w in v.words("web_page", "homes"))


def is_breadcrumb(text: str) -> bool:
    """Whether ``text`` is a web page's breadcrumb (see the module's words)."""
    views = current().build(_words)[1]
    parts = [p for p in _PATH.split(text.strip()) if p]
    return (
        len(parts) >= 2
        and len(_PATH.findall(text)) == len(parts) - 1
        and (key(parts[-1]) in views or key(parts[0]) in current().build(_homes))
        and all(len(p.split()) <= 3 for p in parts)
    )


def is_page_control(text: str) -> bool:
    """Whether ``text`` is a web page's breadcrumb or its line of buttons (see the module's words)."""
    if is_breadcrumb(text):
        return True
    buttons = current().build(_words)[0]
    words = text.split()
    return len(words) >= 2 and all(key(w) in buttons for w in words)


def button_runs(texts: list[str]) -> set[int]:
    """The indexes of the lines that each print one button word alone (``목록`` / ``인쇄``), in runs of two or
    more with only blank lines between: a web page's buttons, a word a line (see the module)."""
    buttons = current().build(_words)[0]
    out: set[int] = set()
    run: list[int] = []
    for k, text in enumerate([*texts, "."]):
        if not text.strip():
            continue
        if len(text.split()) == 1 and key(text.strip()) in buttons:
            run.append(k)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def from_web_page(texts: list[str]) -> bool:
    """Whether the lines show they were copied from a web page: a breadcrumb among them, or a line of the site's
    home word alone (``[web_page] homes``: a breadcrumb printed a part a line)."""
    homes = current().build(_homes)
    return any(is_breadcrumb(t) or key(t.strip()) in homes for t in texts if t.strip())


def web_button_runs(texts: list[str]) -> set[int]:
    """:func:`button_runs` where the lines show a web page (:func:`from_web_page`), else none. Class of card
    fixed (review d, finding 5): 수정 / 삭제 or 접수 / 등록 cells a cell a line in a card of no web page (a table
    dumped a cell a line) were dropped as buttons, the counts under them then misaligned with the head."""
    return button_runs(texts) if from_web_page(texts) else set()


def without_page_controls(items: list[Item]) -> list[Item]:
    """``items`` without the unmarked lines that are a web page's controls."""
    return [
        it for it in items if not (isinstance(it, Line) and it.marker is None and is_page_control(it.text))
    ]
