"""Every finding the extractor makes is located in the RECORD (CARD_SCHEMA.md "Validation findings":
``location`` points at the record, ``funding.rows[1]``, ``goals[2].target``), the source position kept
apart in ``source_location`` (``line 37``, ``cell T3!A2``, ``page 2``), so that a reviewer filtering the
report by record part, and the wrong-figure count, see the extractor's findings at the part they concern.

Over the families' text dumps and HWPX files: each extract finding's ``location`` is a record path (a
record part, then fields and indices), names only rows the record holds, and is null only for a finding
about the whole card; each finding made at a printed item has its ``source_location``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.document import Source
from pledgecard.validate.evidence_locate import source_entry

from conftest import committed_results

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
FILES = sorted([*FAMILIES.glob("*/*-txt.txt"), *FAMILIES.glob("*/*-hwpx.hwpx")])

# a record path: a part of the record, then fields and indices
RECORD_PATH = re.compile(
    r"(header|overview|funding|achievements|goals|outreach|plans|effects|tables)"
    r"(\.[a-z_]+|\[\d+\])*"
)
CARD_LEVEL = {
    "extract.low_coverage",
    "extract.labels_unprinted",
    "extract.text_before_card",
    "extract.pages_interleaved",
    "extract.table_unassigned",
    "extract.table_missing",
    "extract.table_unrecovered",
}  # may be the card's
# made at a printed item (a line, a row, a cell, a table, a legend): where it is printed is known
AT_ITEM = {
    "extract.table_unrecovered",
    "extract.table_unassigned",
    "extract.table_missing",
    "extract.row_unread",
    "extract.year_unread",
    "extract.markup_lost",
    "extract.text_before_card",
    "extract.labels_unprinted",
    "extract.amount_spans_periods",
    "extract.pages_interleaved",
}
SOURCE_POSITION = re.compile(
    r"(page \d+|line \d+(-\d+)?|section \d+ paragraph \d+|columns \d+-\d+|cell \S+)"
    r"((, | \.\. )(page \d+|line \d+(-\d+)?|section \d+ paragraph \d+|columns \d+-\d+|cell \S+))*"
)


def _exists(record: dict[str, Any], path: str) -> bool:
    """Whether each index ``path`` names is an item the record holds."""
    node: Any = record
    for name, index in re.findall(r"\.?([a-z_]+)|\[(\d+)\]", path):
        if name:
            if not isinstance(node, dict) or name not in node:
                return False
            node = node[name]
        else:
            if not isinstance(node, list) or int(index) >= len(node):
                return False
            node = node[int(index)]
    return True


@pytest.fixture(scope="module")
def found() -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    out = []
    for path in FILES:  # committed files: read once a session, with test_families' reads of the same files
        res = committed_results(path)
        for rec, prov in zip(res.records, res.provenance, strict=True):
            out += [(path.name, rec, f) for f in prov["findings"] if f["code"].startswith("extract.")]
    return out


def test_the_sample_files_make_extract_findings_of_several_kinds(found: list) -> None:  # type: ignore[type-arg]
    codes = {f["code"] for _, _, f in found}
    assert len(found) >= 30 and {"extract.table_unrecovered", "extract.section_empty"} <= codes, codes


def test_every_extract_finding_is_located_at_a_record_path(found: list) -> None:  # type: ignore[type-arg]
    for name, rec, f in found:
        loc = f["location"]
        if loc is None:
            assert f["code"] in CARD_LEVEL, (
                name,
                f,
            )  # only a finding that may concern the whole card has none
            continue
        assert RECORD_PATH.fullmatch(loc), (name, f["code"], loc)
        assert _exists(rec, loc.rsplit(".", 1)[0] if not loc.endswith("]") else loc), (name, f["code"], loc)
        assert not SOURCE_POSITION.match(loc), (name, loc)  # no source position left in the record's location


def test_every_finding_made_at_a_printed_item_says_where_it_is_printed(found: list) -> None:  # type: ignore[type-arg]
    for name, _, f in found:
        src = f.get("source_location")
        if f["code"] in AT_ITEM:
            assert src, (name, f)
        if src is not None:
            assert SOURCE_POSITION.fullmatch(src), (name, src)
            assert source_entry(src), (name, src)  # the report's evidence reads it


def test_a_source_position_reads_as_a_provenance_entry() -> None:
    assert source_entry("line 37") == {"line_start": 37, "line_end": 37}
    assert source_entry("page 2, cell T3!A2") == {"page": 2, "cell": "T3!A2"}
    assert source_entry("line 1 .. line 3") == {"line_start": 1, "line_end": 3}
    assert source_entry("section 0 paragraph 7") == {"section": 0, "paragraph": 7}
    assert source_entry(None) == {} and source_entry("funding") == {}


_NAT = st.integers(min_value=0, max_value=10_000)


@st.composite
def _sources(draw: st.DrawFn) -> Source:
    """A source of every field Source.describe prints (its lines, page, paragraph, columns, cell), each or not."""
    start = draw(st.none() | _NAT)
    end = draw(st.none() | _NAT) if start is not None else None
    para = draw(st.none() | st.tuples(_NAT, _NAT))
    cell = draw(
        st.none()
        | st.text(
            st.characters(whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters="!:_"),
            min_size=1,
            max_size=8,
        )
    )
    return Source(
        line_start=start,
        line_end=end,
        page=draw(st.none() | _NAT),
        section=para[0] if para else None,
        paragraph=para[1] if para else None,
        columns=draw(st.none() | st.tuples(_NAT, _NAT)),
        cell=cell,
    )


@settings(max_examples=300, deadline=None)
@given(_sources())
def test_a_described_source_reads_back_whole(src: Source) -> None:
    """source_entry reads every field Source.describe prints (its line end the start where it prints one line)."""
    want = src.to_dict()
    if src.line_start is not None:
        want["line_end"] = src.line_end if src.line_end is not None else src.line_start
    assert source_entry(src.describe()) == want, src.describe()


def test_a_finding_at_a_whole_part_of_the_record_offers_no_correction_command() -> None:
    from pledgecard.validate.report_figures import correct_command

    rec = {
        "card_id": "1-2@2024-Q4",
        "funding": {"rows": []},
        "goals": [{"actual_value": 3}],
        "header": {"status": "a"},
    }
    for part in ("funding", "goals", "header"):  # no one field to correct: none (not the whole part as JSON)
        assert (
            correct_command(Path("out"), rec, {"location": part, "code": "extract.table_unrecovered"}) is None
        )
    assert "header.status" in (
        correct_command(Path("out"), rec, {"location": "header.status", "code": "x"}) or ""
    )
    assert "goals[0].actual_value" in (
        correct_command(Path("out"), rec, {"location": "goals[0]", "code": "x"}) or ""
    )
