"""The reviewers' report opened in real headless Chromium: the rendered DOM shows the summary
counts (markup and the JS-written count line) and the seed's one error; screenshots of the summary
and of the seed card page go to outputs/ci-artifacts/. Chromium missing is a failure, not a skip."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pledgecard.validate import validate_dir
from pledgecard.writers import atomic_write_jsonl

from validate_cases import SEED_TXT, planted, seed

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "outputs" / "ci-artifacts"
XSS = "<script>document.title='pwned'</script><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    assert found, "chromium is not installed (apt-get install chromium); the report browser test needs it"
    return found


def _run(args: list[str], tmp: Path) -> str:
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp / 'chromium-profile'}",
        *args,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("browser")
    rec = seed()
    rec["source"]["file"] = str(SEED_TXT)
    other = planted("goal.below_target")
    other["header"]["title"] = XSS
    other["header"]["status_code"] = "done"
    atomic_write_jsonl(d / "records.jsonl", [rec, other])
    atomic_write_jsonl(
        d / "files.jsonl",
        [
            {
                "path": str(SEED_TXT),
                "sha256": rec["source"]["sha256"],
                "format": "txt",
                "size": 1,
                "cards_found": 2,
                "status": "ok",
                "error_code": None,
                "error": None,
                "notes": [],
            }
        ],
    )
    result = validate_dir(d)
    assert result.report_path is not None
    return result.report_path


def test_summary_rendered_in_chromium(report: Path, tmp_path: Path) -> None:
    dom = lxml_html.fromstring(_run(["--dump-dom", report.as_uri()], tmp_path))
    assert dom.get_element_by_id("count-cards").text_content().strip() == "2"
    assert dom.get_element_by_id("count-files").text_content().strip() == "1"
    assert dom.get_element_by_id("count-errors").text_content().strip() == "1"
    assert dom.get_element_by_id("count-warnings").text_content().strip() == "0"
    assert dom.get_element_by_id("count-infos").text_content().strip() == "2"
    # written by the report's script after load
    shown = dom.get_element_by_id("cards-shown")
    assert shown.text_content() == "2 cards shown, 1 with errors"
    # the review queue: cards by risk, the seed's error before the other card's info
    rows = dom.xpath('//table[@id="cards-table"]/tbody/tr')
    assert [(tr.get("data-card"), tr.get("data-risk")) for tr in rows] == [
        ("2-20@2024-Q4", "1"),
        ("goal.below_target@2024-Q4", "2"),
    ]
    (row,) = dom.xpath('//table[@id="checks-table"]//tr[@data-code="achievement.parts_sum"]')
    assert row.xpath("./td")[3].text_content() == "1"
    # the hostile title is shown as text and did nothing
    assert XSS in dom.text_content()
    assert (
        dom.xpath("//title")[0].text_content() != "pwned" and dom.xpath("//body")[0].get("data-pwned") is None
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report-summary.png"
    _run([f"--screenshot={shot}", "--window-size=1280,1600", report.as_uri()], tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_seed_card_page_rendered_in_chromium(report: Path, tmp_path: Path) -> None:
    page = report.parent / "cards" / "2-20@2024-Q4.html"
    dom = lxml_html.fromstring(_run(["--dump-dom", page.as_uri()], tmp_path))
    errors = dom.xpath('//table[@id="findings-table"]//tr[contains(@class, "error")]')
    assert len(errors) == 1
    (err,) = errors
    assert err.get("data-code") == "achievement.parts_sum" and err.get("data-location") == "achievements[4]"
    assert err.xpath('.//td[@class="observed"]')[0].text_content() == "74"
    assert err.xpath('.//td[@class="expected"]')[0].text_content() == "85"
    assert "3대 핵심분야 74명" in err.xpath('.//pre[@class="evidence"]')[0].text_content()
    assert "flagged" in dom.get_element_by_id("achievement-4").get("class")
    shot = ARTIFACTS / "report-card-seed.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    _run([f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()], tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


@pytest.mark.parametrize(
    ("hash_", "shown"),
    [
        ("severity=error", ["2-20@2024-Q4"]),
        ("severity=info", ["2-20@2024-Q4", "goal.below_target@2024-Q4"]),
        ("check=goal.below_target&status=done", ["goal.below_target@2024-Q4"]),
        ("q=%EB%8C%80%EA%B8%B0%EC%97%85", ["2-20@2024-Q4"]),  # 대기업, in the seed's title only
        ("issuer=-&has=1", ["2-20@2024-Q4", "goal.below_target@2024-Q4"]),  # no issuer printed on either
        ("q=no-such-card", []),
    ],
)
def test_review_queue_filters_in_chromium(report: Path, tmp_path: Path, hash_: str, shown: list[str]) -> None:
    dom = lxml_html.fromstring(_run(["--dump-dom", f"{report.as_uri()}#{hash_}"], tmp_path))
    rows = dom.xpath('//table[@id="cards-table"]/tbody/tr')
    visible = [tr.get("data-card") for tr in rows if "display: none" not in (tr.get("style") or "")]
    assert visible == shown
    assert dom.get_element_by_id("cards-shown").get("data-shown") == str(len(shown))
