"""Issue 9: PDFs with embedded pictures (a location map, a site photo) convert in normal time.

The stream-size guard once looped forever on a Flate image stream followed by a byte after its
compressed data. These tests feed it real image streams of every shape, then convert a whole
card PDF holding a map and a photo through the CLI.
"""

from __future__ import annotations

import base64
import io
import json
import random
import signal
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pledgecard.errors import LimitExceededError
from pledgecard.extract.readers.pdf_guard import check_unpacked_size
from pledgecard.scoring import score_record

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus"


@pytest.fixture(autouse=True)
def _deadline() -> Iterator[None]:
    """A hang fails the test instead of blocking the suite."""

    def _raise(*_: object) -> None:
        raise TimeoutError("the PDF guard did not terminate")

    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _photo(width: int = 900, height: int = 700, seed: int = 7) -> bytes:
    """Raw RGB pixels that look like a photo to zlib: noisy, so they barely compress."""
    rnd = random.Random(seed)
    return bytes(rnd.getrandbits(8) for _ in range(width * height * 3))


def _image_object(pixels: bytes, trailer: bytes) -> bytes:
    comp = zlib.compress(pixels)
    return (
        b"<< /Type /XObject /Subtype /Image /Width 900 /Height 700 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(comp)
        + comp
        + trailer
        + b"endstream"
    )


@pytest.mark.parametrize(
    "trailer",
    [b"", b"\n", b"\r\n", b"\x00", b"\n\n\n junk after the data \n"],
    ids=["none", "lf", "crlf", "nul", "junk"],
)
def test_guard_terminates_on_image_streams_with_and_without_trailing_bytes(trailer: bytes) -> None:
    pixels = _photo()
    data = b"%PDF-1.7\n1 0 obj\n" + _image_object(pixels, trailer) + b"\nendobj\n"
    assert check_unpacked_size(data, 64 * 2**20) == len(pixels)


def test_guard_terminates_on_truncated_and_broken_streams() -> None:
    comp = zlib.compress(_photo())
    for body in (comp[: len(comp) // 2], comp[:10] + b"\xff" * 50, b"not deflate at all"):
        data = b"<< /Filter /FlateDecode >>stream\n" + body + b"\nendstream"
        assert check_unpacked_size(data, 64 * 2**20) <= len(_photo())


def test_guard_still_refuses_a_bomb_with_trailing_bytes() -> None:
    bomb = zlib.compress(b"\0" * (40 * 2**20), 9)
    data = b"<< /Filter /FlateDecode >>stream\n" + bomb + b"\n\nendstream"
    with pytest.raises(LimitExceededError):
        check_unpacked_size(data, 8 * 2**20)


def _png(draw_map: bool) -> bytes:
    from PIL import Image, ImageDraw

    if draw_map:  # a location map: roads, blocks and a marker on a light ground
        img = Image.new("RGB", (1200, 900), (236, 240, 228))
        d = ImageDraw.Draw(img)
        for k in range(0, 1200, 90):
            d.line([(k, 0), (k + 300, 900)], fill=(255, 255, 255), width=14)
        for k in range(0, 900, 120):
            d.line([(0, k), (1200, k + 40)], fill=(250, 214, 120), width=10)
        d.ellipse([560, 400, 640, 480], fill=(220, 30, 30))
    else:  # a site photo: noise, which does not compress
        img = Image.frombytes("RGB", (900, 700), _photo())
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def _figure(png: bytes, caption: str) -> str:
    src = "data:image/png;base64," + base64.b64encode(png).decode()
    return (
        f'<div style="text-align:center"><img src="{src}" style="width:60%">'
        f'<p style="font-size:9pt">{caption}</p></div>'
    )


def photo_card_pdf() -> bytes:
    """Sample card 101 as a PDF with a location map and a site photo after its last section."""
    from weasyprint import HTML

    from samples.render_pdf import card_html
    from samples.style import Style

    exp = json.loads((CORPUS / "card-00101-pdf.expected.json").read_text(encoding="utf-8"))
    html = card_html([exp], style=Style.pick(101))
    figures = _figure(_png(True), "&lt;사업 위치도&gt;") + _figure(_png(False), "&lt;현장 사진&gt;")
    return HTML(string=html.replace("</div></body>", figures + "</div></body>")).write_pdf()


@pytest.mark.slow
def test_card_pdf_with_a_map_and_a_photo_converts_through_the_cli(tmp_path: Path) -> None:
    exp = json.loads((CORPUS / "card-00101-pdf.expected.json").read_text(encoding="utf-8"))
    pdf = tmp_path / "card-with-photos.pdf"
    pdf.write_bytes(photo_card_pdf())
    assert pdf.read_bytes().count(b"/Subtype /Image") + pdf.read_bytes().count(b"/Subtype/Image") >= 2

    out = tmp_path / "out"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pledgecard",
            "extract",
            str(pdf),
            "-o",
            str(out),
            "--workers",
            "1",
            "--max-seconds",
            "50",
        ],
        capture_output=True,
        text=True,
        timeout=55,
    )
    assert proc.returncode == 0, proc.stderr
    (rec,) = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    exp["source"] = rec["source"]
    assert score_record(exp, rec).score() >= 0.98
