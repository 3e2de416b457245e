"""Label and cell readers remembered per vocabulary (session 34, perf): a heading's section (labels
``_glued_match``, under ``section_of`` / ``sections_of`` / ``section_label``), a funding cell read as an amount
(funding_cells ``is_amount_cell``, ``squashed_cell``), a funding row label's source (money_sources
``funding_source``), a funding column's head (funding_column_heads ``classify_column``, handed out as a copy) and a
line's marker (markers ``split_marker``) are asked of the same lines and cells by every section's finder;
extract/vocabulary_memo.py's ``per_vocabulary`` keeps their answers for short strings keyed by the string and the
vocabulary in force. A goals row label's field (goal_across ``row_field``) is one lookup in a table built
once a vocabulary (the first field in order whose words hold the label's key, as the loop over fields gave). A
character's display width (text_lines ``char_width``, a pure function of the character) is remembered whole.

Checked: answers never cross vocabularies; on every line (and cell) of samples/'s TXT cards the remembered answers
are the computed ones and ``row_field`` is benchmarks/bench_vocabulary_memo.py's ``reference_row_field`` (the
function as it was, verbatim); whole extractions give the same records remembered and read again.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.bench_vocabulary_memo import read_again, reference_row_field, sample_files
from pledgecard import extract_file
from pledgecard.extract.labels import _glued_match, section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import char_width, display_offsets
from pledgecard.extract.sections.funding_cells import is_amount_cell, squashed_cell
from pledgecard.extract.sections.funding_column_heads import _classified, classify_column
from pledgecard.extract.sections.goal_across import row_field
from pledgecard.extract.vocabulary import Vocabulary, builtin, key, merge, use_vocabulary
from pledgecard.extract.vocabulary_memo import per_vocabulary
from pledgecard.memo import MAX_CHARS
from pledgecard.normalize.money_sources import funding_source

REPO = Path(__file__).resolve().parents[1]
_NEW_LABEL = "가나다라마바"  # no template's word: a user's vocabulary names it


def _with(table: str, name: str, word: str) -> Vocabulary:
    return Vocabulary(merge(builtin().data, {table: {name: [word]}}))


def test_answers_never_cross_vocabularies() -> None:
    mine = _with("sections", "plans", _NEW_LABEL)
    assert section_of(f"1. {_NEW_LABEL}") is None  # remembered under the built-in vocabulary
    with use_vocabulary(mine):
        assert section_of(f"1. {_NEW_LABEL}") == "plans"
        assert section_of(f"1. {_NEW_LABEL}") == "plans"
    assert section_of(f"1. {_NEW_LABEL}") is None
    goals = _with("goals_columns", "actual", _NEW_LABEL)
    assert row_field(_NEW_LABEL) is None
    with use_vocabulary(goals):
        assert row_field(_NEW_LABEL) == reference_row_field(_NEW_LABEL) == "actual"
    assert row_field(_NEW_LABEL) is None


def test_short_strings_are_remembered_per_vocabulary_and_long_ones_are_not() -> None:
    calls: list[str] = []

    @per_vocabulary
    def tagged(s: str) -> tuple[str, int]:
        """The string and how many section tables the vocabulary in force has."""
        calls.append(s)
        from pledgecard.extract.vocabulary import current

        return s, len(current().section_labels)

    mine = _with("sections", "made_up_section", _NEW_LABEL)
    long = "x" * 500
    assert tagged("ab") == tagged("ab") == ("ab", len(builtin().section_labels))
    with use_vocabulary(mine):
        assert tagged("ab") == ("ab", len(builtin().section_labels) + 1)
    tagged(long), tagged(long)
    assert calls == ["ab", "ab", long, long]
    assert tagged.__doc__ and tagged.__name__ == "tagged"


def _sample_lines() -> list[str]:
    """The distinct lines of samples/'s TXT cards (text dumps and layouts among them)."""
    lines: set[str] = set()
    for path in sorted((REPO / "samples").rglob("*.txt")):
        lines |= {
            ln.strip() for ln in path.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()
        }
    return sorted(lines)


def _offsets_computed(text: str) -> list[int]:
    """text_lines.display_offsets with every character's width computed again."""
    out = [0]
    for ch in text:
        out.append(out[-1] + char_width.__wrapped__(ch))  # type: ignore[attr-defined]
    return out


def test_remembered_answers_are_the_computed_ones_on_every_sample_line() -> None:
    lines = _sample_lines()
    assert len(lines) > 5_000
    named = 0
    cells: set[str] = set()
    for line in lines:
        k = key(line)
        assert _glued_match(k) == _glued_match(k) == _glued_match.__wrapped__(k)  # type: ignore[attr-defined]
        named += bool(_glued_match(k)[0])
        assert split_marker(line) == split_marker.__wrapped__(line)  # type: ignore[attr-defined]
        assert display_offsets(line) == _offsets_computed(line)
        cells |= {line, *re.split(r"\s{2,}|\|", line)}
    for text in sorted(c for c in cells if len(c) <= MAX_CHARS):  # longer ones are computed, never kept
        assert row_field(text) == reference_row_field(text)
        assert is_amount_cell(text) == is_amount_cell.__wrapped__(text)  # type: ignore[attr-defined]
        assert squashed_cell(text) == squashed_cell.__wrapped__(text)  # type: ignore[attr-defined]
        assert funding_source(text) == funding_source.__wrapped__(text)  # type: ignore[attr-defined]
        assert classify_column(text) == _classified.__wrapped__(text)  # type: ignore[attr-defined]
    assert named > 100  # the cards' headings are among them


def test_a_remembered_column_head_is_handed_out_as_a_copy() -> None:
    first = classify_column("2024년")
    first["label"] = "changed"
    assert classify_column("2024년") == {"label": "2024", "kind": "year", "year": 2024}
    assert funding_source(None) is None  # type: ignore[arg-type]  # not a string: computed, never kept


@pytest.mark.parametrize("fmt", ["txt", "hwpx"])
def test_records_are_the_same_remembered_and_read_again(fmt: str) -> None:
    paths = sample_files(fmt, 4)
    remembered = [extract_file(p) for p in paths]
    with read_again():
        again = [extract_file(p) for p in paths]
    assert remembered == again and all(remembered)
