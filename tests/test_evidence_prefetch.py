"""PDF evidence rendered ahead and shared with a helper process (EvidenceFinder.prefetch, issue 14)
gives the report and findings.jsonl of rendering each crop when its finding is written: every
page, every PNG and every finding the same bytes, also when the report's image budget (bytes) stops the
rendering part way (four of the corpus's PDF files: five crops, goal rows and achievement dates)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import pledgecard.validate.evidence as evidence
from pledgecard.validate import validate_dir
from pledgecard.validate.helper import Helper
from pledgecard.workflow import extract_batch

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"
FILES = (
    "card-00102-pdf.pdf",
    "card-00104-pdf.pdf",
    "multi-00109-pdf.pdf",
    "multi-00209-pdf.pdf",
)  # 7 cards, 5 crops
_GENERATED = re.compile(rb"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("prefetch") / "extracted"
    summary = extract_batch([CORPUS / name for name in FILES], out, workers=1, progress=False)
    assert summary.failed == 0 and summary.cards == 7
    return out


def _validated(extracted: Path, at: Path) -> dict[str, bytes]:
    """Validate a copy of ``extracted`` at ``at``: every report file and findings.jsonl, by name."""
    shutil.copytree(extracted, at)
    validate_dir(at, fail_on="never")
    files = {"findings.jsonl": (at / "findings.jsonl").read_bytes()}
    for path in sorted((at / "report").rglob("*")):
        if path.is_file():
            files[str(path.relative_to(at))] = _GENERATED.sub(b"", path.read_bytes()).replace(
                bytes(at), b"DIR"
            )
    return files


@pytest.mark.parametrize("cap", [evidence.MAX_IMAGE_BYTES, 1])
def test_prefetched_evidence_is_the_same_report(
    extracted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    monkeypatch.setattr(evidence, "MAX_IMAGE_BYTES", cap)  # (1 byte: the first image, then notes)
    monkeypatch.setattr(evidence, "PREFETCH_MIN", 10_000)  # each crop rendered when its finding is written
    alone = _validated(extracted, tmp_path / "alone")
    shared: list[int] = []
    result = Helper.result

    def spy(self: Helper, future: object) -> object:
        done = result(self, future)  # type: ignore[arg-type]
        shared.append(len(done) if done is not None else -1)
        return done

    monkeypatch.setattr(Helper, "result", spy)
    monkeypatch.setattr(evidence, "PREFETCH_MIN", 1)
    ahead = _validated(extracted, tmp_path / "ahead")
    images = sorted(name for name in alone if name.endswith(".png"))
    assert len(images) == (5 if cap > 1 else 1)
    assert shared and all(n > 0 for n in shared)  # the helper rendered its half
    assert alone.keys() == ahead.keys()
    for name in alone:
        assert alone[name] == ahead[name], name
