"""Text sanitation of records (pledgecard.normalize.sanitize): no control or bidi character survives."""

from __future__ import annotations

import copy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.normalize.sanitize import clean_text, has_forbidden, sanitize_record
from pledgecard.pipeline import process_file

CORPUS = Path(__file__).resolve().parent.parent / "samples" / "corpus"

# Every code point the module promises to remove (tab/line feed only from one-line fields).
FORBIDDEN = {
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    0x061C,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
}
NASTY = st.sampled_from([chr(c) for c in sorted(FORBIDDEN | {0x09, 0x0A})])
TEXT = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), NASTY), max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_no_forbidden_character_survives_free_text(text: str) -> None:
    out, removed = clean_text(text)
    assert not any(ord(ch) in FORBIDDEN for ch in out)
    assert bool(removed) == any(ord(ch) in FORBIDDEN for ch in text)
    assert len(out) + len(removed) == len(text)  # nothing else is touched
    assert clean_text(out) == (out, ())  # idempotent


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_one_line_values_lose_tab_and_line_feed_too(text: str) -> None:
    out, removed = clean_text(text, one_line=True)
    assert not any(ord(ch) in FORBIDDEN | {9, 10} for ch in out)
    assert bool(removed) == any(ord(ch) in FORBIDDEN | {9, 10} for ch in text)


record_strategy = st.fixed_dictionaries(
    {
        "card_id": TEXT,
        "source": st.fixed_dictionaries({"file": st.just("a\x01b.txt"), "sha256": st.just("0" * 64)}),
        "header": st.fixed_dictionaries({"title": TEXT, "coop_depts": st.lists(TEXT, max_size=3)}),
        "achievements": st.lists(
            st.fixed_dictionaries(
                {"text": TEXT, "level": st.integers(0, 3), "orgs": st.lists(TEXT, max_size=2)}
            ),
            max_size=3,
        ),
        "tables": st.lists(
            st.fixed_dictionaries({"rows": st.lists(st.lists(TEXT, max_size=3), max_size=2)}), max_size=2
        ),
    }
)


def _strings(node: object, path: str = "") -> list[tuple[str, str]]:
    if isinstance(node, str):
        return [(path, node)]
    if isinstance(node, dict):
        return [x for k, v in node.items() for x in _strings(v, f"{path}.{k}" if path else k)]
    if isinstance(node, list):
        return [x for i, v in enumerate(node) for x in _strings(v, f"{path}[{i}]")]
    return []


@settings(max_examples=200, deadline=None)
@given(record_strategy)
def test_record_walk_removes_everything_and_reports_exactly_the_changed_paths(record: dict) -> None:
    before = copy.deepcopy(record)
    removals = sanitize_record(record)
    assert not has_forbidden(record)
    changed = {p for (p, a), (_, b) in zip(_strings(before), _strings(record), strict=True) if a != b}
    assert {r.path for r in removals} == changed  # a finding iff something was removed, at that path
    assert record["source"] == before["source"]  # the file's identity is left alone
    for p, v in _strings(record):
        if p == "card_id" or p.startswith("header."):
            assert "\t" not in v and "\n" not in v


def test_a_card_with_nul_bel_and_rlo_is_cleaned_with_warnings(tmp_path: Path) -> None:
    text = (CORPUS / "card-00101-txt.txt").read_text(encoding="utf-8")
    bad = text.replace("관리번호 3-16", "관리번호 3-\x00\x07\u202e16", 1).replace(
        "청년 일자리", "청년\x00 일\u202e자리", 1
    )
    assert bad != text
    path = tmp_path / "card.txt"
    path.write_text(bad, encoding="utf-8")
    res = process_file(path)
    clean = process_file(CORPUS / "card-00101-txt.txt")
    assert res.status == "ok", res.reason
    rec = res.records[0]
    assert rec["card_id"] == clean.records[0]["card_id"] == "3-16@2026-Q1"
    assert rec["header"]["title"] == clean.records[0]["header"]["title"]
    assert not has_forbidden(rec)
    found = res.provenance[0]["findings"]
    assert {f["location"] for f in found} == {"card_id", "header.mgmt_no", "header.title"}
    assert all(
        f["code"] == "normalize.control_characters"
        and f["severity"] == "warning"
        and f["source_sha256"] == res.sha256
        for f in found
    )
    assert "U+0000 NUL" in found[0]["observed"] and "U+202E RIGHT-TO-LEFT OVERRIDE" in found[0]["observed"]
    assert clean.provenance[0]["findings"] == []
