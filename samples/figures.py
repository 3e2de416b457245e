"""Pictures printed on some templates' cards: a location map drawn from the card (deterministic PNG)."""

from __future__ import annotations

import hashlib
import io
import random
from typing import Any


def location_map(rec: dict[str, Any], size: tuple[int, int] = (480, 240)) -> bytes:
    """A schematic map (roads, a river, the site marked) as PNG bytes; the same card gives the same bytes."""
    from PIL import Image, ImageDraw

    r = random.Random(hashlib.sha256(rec["header"]["title"].encode("utf-8")).hexdigest())
    w, h = size
    img = Image.new("RGB", size, (244, 241, 232))
    d = ImageDraw.Draw(img)
    d.line([(0, r.randint(40, h - 40)), (w, r.randint(40, h - 40))], fill=(150, 190, 230), width=14)
    for _ in range(6):
        if r.random() < 0.5:
            x = r.randint(0, w)
            d.line([(x, 0), (x + r.randint(-60, 60), h)], fill=(200, 200, 200), width=5)
        else:
            y = r.randint(0, h)
            d.line([(0, y), (w, y + r.randint(-40, 40))], fill=(200, 200, 200), width=5)
    x, y = r.randint(80, w - 80), r.randint(60, h - 60)
    d.rectangle([x - 40, y - 25, x + 40, y + 25], outline=(200, 40, 40), width=4)
    d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(200, 40, 40))
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def photo(rec: dict[str, Any], k: int, size: tuple[int, int] = (360, 200)) -> bytes:
    """A site photo stand-in (sky, ground, buildings, people as dots) as PNG bytes, deterministic."""
    from PIL import Image, ImageDraw

    r = random.Random(f"{hashlib.sha256(rec['header']['title'].encode('utf-8')).hexdigest()}-photo-{k}")
    w, h = size
    img = Image.new("RGB", size, (196, 214, 232))
    d = ImageDraw.Draw(img)
    horizon = r.randint(h // 2, 2 * h // 3)
    d.rectangle([0, horizon, w, h], fill=(150, 160, 120))
    for _ in range(r.randint(3, 6)):
        x, bw, bh = r.randint(0, w - 40), r.randint(30, 80), r.randint(30, horizon - 10)
        shade = r.randint(110, 190)
        d.rectangle([x, horizon - bh, x + bw, horizon], fill=(shade, shade, shade - 10))
    for _ in range(r.randint(4, 12)):
        x, y = r.randint(10, w - 10), r.randint(horizon + 5, h - 12)
        d.ellipse([x - 4, y - 10, x + 4, y], fill=(60, 60, 80))
    out = io.BytesIO()
    img.quantize(colors=32).save(out, format="PNG", optimize=True)
    return out.getvalue()
