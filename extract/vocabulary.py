"""The template vocabulary: the one module that knows template words.

The words live in ``vocabulary.toml`` (shipped with the package). A user's file with the same
tables is merged over it (:func:`load_vocabulary`): its lists go in front of the built-in ones,
its single values replace them. The extractors ask :func:`current` for the vocabulary in force;
:func:`use_vocabulary` puts one in force for the cards read inside it.

Matchers derived from the words (label sets, regular expressions) are built once per vocabulary.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pledgecard.errors import UsageError
from pledgecard.memo import short_strings

T = TypeVar("T")

__all__ = ["Vocabulary", "builtin", "current", "lexicon", "load_vocabulary", "merge", "use_vocabulary"]


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """``extra`` over ``base``: tables merge, lists are joined (``extra``'s first, no repeats),
    other values are replaced."""
    out = dict(base)
    for k, v in extra.items():
        b = out.get(k)
        if isinstance(b, dict) and isinstance(v, dict):
            out[k] = merge(b, v)
        elif isinstance(b, list) and isinstance(v, list):
            out[k] = list(dict.fromkeys([*v, *b]))
        else:
            out[k] = v
    return out


_SPACE = re.compile(r"\s+")


@short_strings
def key(text: str) -> str:
    """A label as the vocabulary stores it: NFKC, no white space. Remembered for short texts: the
    extractors ask for the keys of the same labels and cells again and again (some 3,000 calls a
    card)."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def year_of(m: re.Match[str]) -> int:
    """The year a match of :attr:`Vocabulary.year_re` (or of a pattern with its ``y4`` / ``y2``
    groups) printed: ``2024``, ``'24`` -> 2024."""
    return int(m.group("y4")) if m.group("y4") else 2000 + int(m.group("y2"))


def alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, the longest first (a pattern matching nothing when there are none)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"


def spaced(words: list[str] | tuple[str, ...]) -> str:
    """A regex source matching any of the words with optional white space between letters,
    longest first."""
    alts = sorted({key(w) for w in words if w}, key=len, reverse=True)
    return "|".join(r"\s*".join(re.escape(ch) for ch in w) for w in alts) or "(?!)"


class Vocabulary:
    """The words of one vocabulary and the matchers built from them."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self._built: dict[Callable[[Vocabulary], Any], Any] = {}

    def build(self, factory: Callable[[Vocabulary], T]) -> T:
        """What ``factory`` makes of this vocabulary (a regex, a set), made once."""
        if factory not in self._built:
            self._built[factory] = factory(self)
        return self._built[factory]  # type: ignore[no-any-return]

    def words(self, table: str, name: str | None = None) -> list[str]:
        t = self.data.get(table, {})
        if name is None:
            return list(t.get("words", [])) if isinstance(t, dict) else list(t)
        v = t.get(name, [])
        return [v] if isinstance(v, str) else list(v)

    def table(self, table: str) -> dict[str, list[str]]:
        """A table of ``name -> words`` (single values and patterns left out)."""
        return {k: list(v) for k, v in self.data.get(table, {}).items() if isinstance(v, list)}

    # -- sections and headings -------------------------------------------------------------
    @cached_property
    def section_labels(self) -> dict[str, tuple[str, ...]]:
        return {name: tuple(key(w) for w in words) for name, words in self.table("sections").items()}

    @cached_property
    def combined_sections(self) -> dict[str, tuple[str, ...]]:
        return {key(k): tuple(v) for k, v in self.data.get("sections_combined", {}).items()}

    @cached_property
    def header_labels(self) -> dict[str, tuple[str, ...]]:
        return {name: tuple(key(w) for w in words) for name, words in self.table("header").items()}

    @cached_property
    def title_re(self) -> re.Pattern[str]:
        t = self.data["title"]
        return re.compile(
            rf"(?:{spaced(t['prefix'])})(?:[\s가-힣]{{0,12}}?)(?:{spaced(t['kinds'])})\s*(?:{spaced(t['suffix'])})"
        )

    @cached_property
    def header_label_re(self) -> re.Pattern[str]:
        # (a rate's label may close on its unit in brackets: 이행률(%))
        rate = (
            r"(?:[(（](?:" + "|".join(re.escape(u) for u in self.words("counts", "rate_units")) + r")[)）])?"
        )
        # (a label may stand in brackets of its own, ``[공약명] …``, or open a bracketed pair after a value,
        # ``… 확대 (관리번호 : 5-12)``: the opening bracket and a closing one right after the label are the label's)
        return re.compile(
            r"(?:(?<=^)|(?<=[\s|:：]))(?P<label_open>[\[［【〔〈<(（])?(?P<label>"
            + "|".join(
                f"(?P<{name}>(?:{spaced(v)}){rate if name == 'progress' else ''})"
                for name, v in self.header_labels.items()
            )
            + r")(?(label_open)[\]］】〕〉>)）]?)(?=$|[\s|:：])"
        )

    @cached_property
    def note_column_keys(self) -> frozenset[str]:
        """The note column heads' words (``[note_column]``: 비고), keyed (:func:`key`), built once."""
        return frozenset(key(w) for w in self.words("note_column", "words"))

    # -- funding --------------------------------------------------------------------------
    @cached_property
    def funding_sources(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for code, words in self.table("funding_sources").items():
            for w in words:
                out.setdefault(key(w), code)
        for w, code in self.data.get("funding_sources", {}).get("abbreviations", {}).items():
            out.setdefault(key(w), code)
        return out

    @cached_property
    def column_kinds(self) -> list[tuple[str, tuple[str, ...]]]:
        kinds = [
            (kind, tuple(key(w) for w in words)) for kind, words in self.table("funding_columns").items()
        ]
        return [
            *kinds,
            ("note", tuple(key(w) for w in self.words("note_column", "words"))),
        ]  # one list of note heads

    @cached_property
    def year_pattern(self) -> str:
        """The regex source of a printed year (``2023년``, ``2023``, ``'23``), groups ``y4`` / ``y2``."""
        return str(self.data["funding_columns"]["year_pattern"])

    @cached_property
    def year_plain(self) -> str:
        """:attr:`year_pattern` without its group names, to embed more than once in one regex."""
        return re.sub(r"\?P<\w+>", "", self.year_pattern)

    @cached_property
    def year_re(self) -> re.Pattern[str]:
        return re.compile(self.year_pattern)

    @cached_property
    def bounded_period(self) -> str:
        """The regex source of a period column's head naming a year and a bound (``'22까지``, ``~2022``:
        group ``prior``; ``2027 이후``: group ``after_term``; vocabulary ``[period_bounds]``)."""
        b = self.table("period_bounds")
        year = self.year_plain

        def alt(name: str) -> str:
            return "|".join(re.escape(w) for w in b.get(name, [])) or "(?!)"

        return (
            rf"(?P<prior>(?<![\d.'’])(?:{alt('prior_before')})\s*(?:{year})(?![\d가-힣])|(?:{year})\s*(?:{alt('prior_after')}))"
            rf"|(?P<after_term>(?:{year})\s*(?:{alt('after_term_after')}))"
        )

    @cached_property
    def bounded_period_re(self) -> re.Pattern[str]:
        return re.compile(self.bounded_period)

    def scalar(self, table: str, name: str) -> str:
        """A single value of a table (``[status_rules] goal_done``, ``[counts] default_outreach_unit``)."""
        return str(self.data[table][name])

    # -- words of one kind, as regex sources ----------------------------------------------
    def pattern(self, table: str, name: str | None = None) -> str:
        return spaced(self.words(table, name))

    def alternation(self, table: str, name: str | None = None) -> str:
        """A regex source matching any of the words as printed, in the file's order (the user's
        first); ``(?!)`` (never) when there are none."""
        return "|".join(re.escape(w) for w in self.words(table, name)) or "(?!)"

    def numerals(self, name: str) -> dict[str, int]:
        """A ``[money]`` numeral table (``small``, ``big``): word -> value."""
        return {w: int(n) for w, n in self.data.get("money", {}).get(name, {}).items()}

    @cached_property
    def status_words(self) -> dict[str, str]:
        return {key(w): code for code, words in self.table("status").items() for w in words}


@cache
def builtin() -> Vocabulary:
    text = resources.files("pledgecard.extract").joinpath("vocabulary.toml").read_text(encoding="utf-8")
    return Vocabulary(tomllib.loads(text))


@cache
def lexicon() -> dict[str, Any]:
    """The entity finder's Korean lexicon (``lexicon.toml``): language, not template wording, so
    built-in only (a user's ``--vocabulary`` does not extend it)."""
    text = resources.files("pledgecard.extract").joinpath("lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_vocabulary(path: str | Path | None) -> Vocabulary:
    """The built-in vocabulary with the user's file (if any) merged over it."""
    if not path:
        return builtin()
    return _load(str(path))


@cache
def _load(path: str) -> Vocabulary:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"cannot read vocabulary {path}: {exc.strerror or exc}") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise UsageError(f"vocabulary {path} is not valid TOML: {exc}") from exc
    unknown = set(data) - set(builtin().data)
    if unknown:
        raise UsageError(f"vocabulary {path}: unknown table(s) {', '.join(sorted(unknown))}")
    return Vocabulary(merge(builtin().data, data))


_CURRENT: ContextVar[Vocabulary | None] = ContextVar("pledgecard_vocabulary", default=None)


def current() -> Vocabulary:
    """The vocabulary in force (the built-in one unless :func:`use_vocabulary` says otherwise)."""
    return _CURRENT.get() or builtin()


@contextmanager
def use_vocabulary(vocabulary: Vocabulary | str | Path | None) -> Iterator[Vocabulary]:
    """Put a vocabulary (or the file of one, merged over the built-in) in force inside the block."""
    v = vocabulary if isinstance(vocabulary, Vocabulary) else load_vocabulary(vocabulary)
    token = _CURRENT.set(v)
    try:
        yield v
    finally:
        _CURRENT.reset(token)
