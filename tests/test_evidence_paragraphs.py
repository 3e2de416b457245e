"""Evidence for HWP/HWPX findings outside tables (issue 13, item 1): a date in an achievement or a
plan is printed in a paragraph, not a table cell the record redraws; its finding shows that
paragraph among its neighbours (``lines`` evidence numbering the document's paragraphs), for
HWPX (paragraphs at the top level, and in a card whose whole body is one table) and HWP."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pledgecard.cli import main
from pledgecard.corrections import get_path
from pledgecard.writers import read_jsonl

REPO = Path(__file__).resolve().parents[1]
FILES = [
    REPO / "samples" / "families" / "byeolbit-district" / "byeolbit-district-14006-hwpx.hwpx",
    REPO / "samples" / "families" / "dasom-district" / "dasom-district-16003-hwpx.hwpx",
    REPO / "samples" / "families" / "hanbit-province" / "hanbit-province-12008-hwpx.hwpx",
    REPO / "samples" / "corpus" / "multi-00109-hwp.hwp",
]
_WS = re.compile(r"\s+")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("paragraphs") / "out"
    assert (
        main(["run", *map(str, FILES), "-o", str(d), "--workers", "1", "--fail-on", "never", "--quiet"]) == 0
    )
    return d


def test_every_failing_finding_has_evidence_and_dates_show_their_paragraph(out: Path) -> None:
    records = {(r["source"]["sha256"], r["card_id"]): r for r in read_jsonl(out / "records.jsonl")}
    failing = [f for f in read_jsonl(out / "findings.jsonl") if not f["success"]]
    dated = [f for f in failing if f["code"].startswith("date.")]
    formats = {records[f["source_sha256"], f["card_id"]]["source"]["format"] for f in dated}
    assert formats == {"hwp", "hwpx"} and len({f["source_sha256"] for f in dated}) == len(FILES)
    for f in failing:
        assert f.get("evidence"), (f["code"], f["location"])
    for f in dated:
        ev = f["evidence"]
        assert (ev["kind"], ev["unit"]) == ("lines", "paragraph")
        (hit,) = ev["highlight"]
        shown = dict(
            zip(range(ev["first_line"], ev["first_line"] + len(ev["lines"])), ev["lines"], strict=True)
        )
        item = get_path(records[f["source_sha256"], f["card_id"]], f["location"].rsplit(".", 1)[0])
        para = _WS.sub("", shown[hit])
        assert _WS.sub("", item["date"]["raw"]) in para  # the flagged date as printed
        assert _WS.sub("", item["text"])[:10] in para  # in the flagged item's own paragraph
        assert len(ev["lines"]) >= 2  # with its neighbours


def test_card_page_shows_the_paragraph_highlighted(out: Path) -> None:
    f = next(
        f for f in read_jsonl(out / "findings.jsonl") if not f["success"] and f["code"].startswith("date.")
    )
    pages = list((out / "report" / "cards").glob("*.html"))
    (page,) = [
        p
        for p in pages
        if lxml_html.fromstring(p.read_text(encoding="utf-8")).get_element_by_id("card-id").text_content()
        == f["card_id"]
    ]
    dom = lxml_html.fromstring(page.read_text(encoding="utf-8"))
    (row,) = [
        tr for tr in dom.xpath(f'//tr[@data-code="{f["code"]}"]') if tr.get("data-location") == f["location"]
    ]
    (hit,) = row.xpath('.//pre[@class="evidence"]/span[@class="hit"]')
    assert hit.text_content().endswith(
        f["evidence"]["lines"][f["evidence"]["highlight"][0] - f["evidence"]["first_line"]]
    )
