"""validate_dir and `pledgecard validate`: findings.jsonl, the report pages, escaping, evidence,
exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pledgecard.cli import main
from pledgecard.validate import validate_dir
from pledgecard.validate.findings import reaches
from pledgecard.writers import atomic_write_jsonl, read_jsonl

from validate_cases import SEED_TXT, batch_of, planted, seed

XSS = "<script>alert(1)</script>"


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica text, one line every 20 pt from the top)."""
    text = "BT /F1 12 Tf 72 760 Td " + " ".join(f"({ln}) Tj 0 -20 Td" for ln in lines) + " ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode() + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("run")
    rec = seed()
    rec["source"]["file"] = str(SEED_TXT)
    lines = SEED_TXT.read_text(encoding="utf-8").splitlines()
    n74 = next(i for i, ln in enumerate(lines, 1) if "74명" in ln)
    xss = planted("outreach.total")
    xss["card_id"] = "../../x<b>@2024-Q4"
    xss["header"]["title"] = XSS
    xss["achievements"][0]["text"] = "<img src=x onerror=alert(2)>"
    xss["outreach"]["items"][0]["category"] = "<svg onload=alert(3)>"  # lands in an SVG chart label
    pdf = d / "card.pdf"
    pdf.write_bytes(_minimal_pdf(["Outreach 150 vs 146", "second line"]))
    xss["source"].update(file="card.pdf", format="pdf", page_start=1, page_end=1, sha256="pdfsha")
    atomic_write_jsonl(d / "records.jsonl", [rec, xss])
    atomic_write_jsonl(
        d / "provenance.jsonl",
        [
            {
                "card_id": rec["card_id"],
                "file": str(SEED_TXT),
                "format": "txt",
                "locations": {"achievements[4]": {"line_start": n74, "line_end": n74}},
            },
            {
                "card_id": xss["card_id"],
                "file": "card.pdf",
                "format": "pdf",
                "locations": {"outreach": {"page": 1, "bbox": [70, 20, 300, 40]}},
            },
        ],
    )
    atomic_write_jsonl(
        d / "files.jsonl",
        [
            {
                "path": str(SEED_TXT),
                "sha256": rec["source"]["sha256"],
                "format": "txt",
                "size": 1,
                "cards_found": 1,
                "status": "ok",
                "error_code": None,
                "error": None,
                "notes": [],
            },
            {
                "path": "broken.hwp",
                "sha256": "00",
                "format": "hwp",
                "size": 3,
                "cards_found": 0,
                "status": "failed",
                "error_code": "damaged",
                "error": f"damaged {XSS}",
                "notes": [],
            },
        ],
    )
    return d


@pytest.fixture(scope="module")
def result(run_dir: Path):  # type: ignore[no-untyped-def]
    return validate_dir(run_dir)


def test_findings_file_and_counts(run_dir: Path, result) -> None:  # type: ignore[no-untyped-def]
    findings = read_jsonl(run_dir / "findings.jsonl")
    failing = [f for f in findings if not f["success"]]
    assert {(f["card_id"], f["code"]) for f in failing} == {
        ("2-20@2024-Q4", "achievement.parts_sum"),
        ("2-20@2024-Q4", "goal.below_target"),
        ("../../x<b>@2024-Q4", "outreach.total"),
    }
    assert (result.cards, result.errors, result.warnings, result.infos) == (2, 2, 0, 1)
    assert result.failed and result.exit_code == 1
    assert result.passed == sum(f["success"] for f in findings)
    assert result.by_code == {"achievement.parts_sum": 1, "goal.below_target": 1, "outreach.total": 1}
    (pdf_finding,) = [f for f in failing if f["code"] == "outreach.total"]
    assert pdf_finding["page"] == 1


def _page(path: Path) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(path.read_text(encoding="utf-8"))


def test_report_index(run_dir: Path, result) -> None:  # type: ignore[no-untyped-def]
    index = run_dir / "report" / "index.html"
    assert result.report_path == index
    doc = _page(index)
    assert doc.get_element_by_id("count-cards").text == "2"
    assert doc.get_element_by_id("count-files").text == "2"
    assert doc.get_element_by_id("count-errors").text == "2"
    row = doc.xpath('//table[@id="checks-table"]//tr[@data-code="achievement.parts_sum"]/td')
    assert row[3].text == "1"
    assert len(doc.xpath("//svg")) == 3 and doc.xpath("//svg//rect")
    links = doc.xpath('//table[@id="cards-table"]//a[not(@class="pledge-link")]/@href')
    assert len(links) == 2 and all((index.parent / h).is_file() for h in links)
    pledges = doc.xpath('//table[@id="cards-table"]//a[@class="pledge-link"]/@href')  # each card's timeline
    assert len(pledges) == 2 and all((index.parent / h).is_file() for h in pledges)
    assert all((index.parent / h).resolve().parent == (index.parent / "cards").resolve() for h in links)
    # no link to GX Data Docs (they were empty offline): the checks table says how each check is computed
    assert not doc.xpath('//*[@id="gx-link"]') and not (index.parent / "gx").exists()
    computed = doc.xpath('//tr[@data-code="funding.column_sum"]/td[contains(@class, "computed")]')[
        0
    ].text_content()
    assert "ExpectColumnPairValuesToBeEqual" in computed and "sums" in computed
    assert not doc.xpath('//*[@src[starts-with(., "http")]] | //link[@href]')  # nothing from the network


def test_report_escapes_card_text(run_dir: Path, result) -> None:  # type: ignore[no-untyped-def]
    pages = [run_dir / "report" / "index.html", *(run_dir / "report" / "cards").glob("*.html")]
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        assert XSS not in raw and "<img src=x" not in raw
        doc = _page(page)
        assert len(doc.xpath("//script")) == 1 and not doc.xpath("//script[@src]")
        assert not doc.xpath("//*[@onerror] | //*[@onload]")
    texts = " ".join(_page(p).text_content() for p in pages)
    assert XSS in texts and "<img src=x onerror=alert(2)>" in texts and "<svg onload=alert(3)>" in texts


def test_card_pages_show_findings_with_evidence(run_dir: Path) -> None:
    cards = run_dir / "report" / "cards"
    seed_page = _page(cards / "2-20@2024-Q4.html")
    (row,) = seed_page.xpath('//tr[@data-code="achievement.parts_sum"]')
    assert row.get("data-location") == "achievements[4]"
    assert row.xpath('.//td[@class="observed"]')[0].text_content() == "74"
    assert row.xpath('.//td[@class="expected"]')[0].text_content() == "85"
    hit = row.xpath('.//pre[@class="evidence"]//span[@class="hit"]')
    assert (
        len(hit) == 1 and "74명(정밀의료 40, 디지털헬스케어 17, 스마트수소에너지 28)" in hit[0].text_content()
    )
    assert "flagged" in seed_page.get_element_by_id("achievement-4").get("class")

    (xss_page,) = [p for p in cards.glob("*.html") if p.name != "2-20@2024-Q4.html"]
    assert "/" not in xss_page.name and ".." not in xss_page.name
    doc = _page(xss_page)
    (img,) = doc.xpath('//tr[@data-code="outreach.total"]//img[@class="evidence"]')
    png = (xss_page.parent / img.get("src")).resolve()
    assert png.is_file() and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.is_relative_to((run_dir / "report").resolve())


def test_cell_evidence_for_hwp(tmp_path: Path) -> None:
    rec = planted("funding.row_sum")
    rec["source"]["format"] = "hwpx"
    atomic_write_jsonl(tmp_path / "records.jsonl", [rec])
    atomic_write_jsonl(
        tmp_path / "provenance.jsonl",
        [
            {
                "card_id": rec["card_id"],
                "format": "hwpx",
                "locations": {"funding.rows[0]": {"cell": "T2!B3"}, "funding.rows[1]": {"cell": "T2!B4"}},
            }
        ],
    )
    res = validate_dir(tmp_path, report=True)
    assert res.errors == 2
    page = _page(next((tmp_path / "report" / "cards").glob("*.html")))
    notes = [t for t in page.xpath('//table[@class="evidence-cells"]/following-sibling::div[1]/text()')]
    assert sorted(notes) == [
        "table cell T2!B3, redrawn from the record",
        "table cell T2!B4, redrawn from the record",
    ]
    # the funding table redrawn, the flagged row's cells marked; findings.jsonl holds the same as data
    flagged = read_jsonl(tmp_path / "findings.jsonl")
    evidence = {f["location"]: f["evidence"] for f in flagged if not f["success"]}
    funding = rec["funding"]
    for r in (0, 1):
        ev = evidence[f"funding.rows[{r}]"]
        assert ev["kind"] == "cells" and ev["table"][0][1:] == [c["label"] for c in funding["columns"]]
        assert ev["table"][r + 1][0] == funding["rows"][r]["label"]
        assert ev["highlight"] == [[r + 1, c + 1] for c in range(len(funding["columns"]))]
        assert ev["table"][r + 1][4] == f"{funding['rows'][r]['amounts_krw'][3]:,}"
        hits = page.xpath(
            f'//tr[@data-location="funding.rows[{r}]"]//table[@class="evidence-cells"]//td[@class="hit"]'
        )
        assert [td.text_content() for td in hits] == ev["table"][r + 1][1:]


def test_fail_on_levels() -> None:
    fs = [{"success": False, "severity": "warning"}, {"success": True, "severity": "error"}]
    assert [reaches(fs, level) for level in ("error", "warning", "info", "never")] == [
        False,
        True,
        True,
        False,
    ]
    assert not reaches([], "info")


def test_cli_exit_codes(run_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(run_dir), "--no-report"]) == 1
    assert "2 error(s)" in capsys.readouterr().out
    clean_dir = tmp_path / "clean"
    clean_dir.mkdir()
    rec = planted("goal.below_target")  # one info finding only
    (clean_dir / "records.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["validate", str(clean_dir), "--no-report"]) == 0
    assert main(["validate", str(clean_dir), "--fail-on", "info", "--no-report"]) == 1
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "missing")]) == 2
    assert main(["validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "records.jsonl" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        main(["validate", str(run_dir), "--fail-on", "sometimes"])
    assert exc.value.code == 2
    (clean_dir / "records.jsonl").write_text("{not json\n", encoding="utf-8")
    assert main(["validate", str(clean_dir)]) == 1
    assert "line 1 is not valid JSON" in capsys.readouterr().err


def test_records_stream_through_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of 7 cards: one GX validation per table per chunk, findings identical to one chunk,
    a page per card."""
    from great_expectations.datasource.fluent.interfaces import Batch

    records = batch_of(20)
    records[13]["outreach"]["total"] += 1
    atomic_write_jsonl(tmp_path / "records.jsonl", records)
    whole = validate_dir(tmp_path, chunk_size=100)
    one_chunk = (tmp_path / "findings.jsonl").read_text(encoding="utf-8")
    calls: list[str] = []
    original = Batch.validate

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(self.data_asset.name)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Batch, "validate", counting)
    chunked = validate_dir(tmp_path, chunk_size=7)
    assert (tmp_path / "findings.jsonl").read_text(encoding="utf-8") == one_chunk
    tables = len(set(calls))
    assert tables >= 5 and len(calls) == 3 * tables  # 20 cards in chunks of 7: three validations per table
    assert (chunked.errors, chunked.cards, chunked.by_code) == (whole.errors, 20, whole.by_code)
    assert chunked.by_code["outreach.total"] == 1
    assert len(list((tmp_path / "report" / "cards").glob("*.html"))) == 20


def test_report_prints_figures_and_intervals_as_people_write_them(tmp_path: Path) -> None:
    from pledgecard.validate import validate_batch
    from pledgecard.validate.report import write_report

    money, period = planted("budget.matches_funding"), planted("date.outside_period")
    findings = validate_batch([money, period])
    index = write_report(tmp_path, [money, period], findings)
    page = _page(index.parent / "cards" / "budget.matches_funding@2024-Q4.html")
    row = page.xpath('//tr[@data-location="overview.budget"]')[0]
    claimed = money["overview"]["budget"]["total_krw"]
    assert row.xpath('.//td[@class="observed"]')[0].text_content() == f"{claimed:,}원"
    page = _page(index.parent / "cards" / "date.outside_period@2024-Q4.html")
    row = page.xpath('//tr[@data-code="date.outside_period"]')[0]
    assert row.xpath('.//td[@class="observed"]')[0].text_content() == "2028년 상반기"
    assert "~" in row.xpath('.//td[@class="expected"]')[0].text_content()
