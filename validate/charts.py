"""Small inline SVG charts for the report (no scripts, no network): horizontal bar charts."""

from __future__ import annotations

from html import escape

from pledgecard.validate.wording import table

BAR_H, GAP, LABEL_W, WIDTH = 18, 6, 170, 640


def _short(n: float) -> str:
    for suffix, div in table("short_numbers").items():
        if abs(n) >= div:
            return f"{n / div:,.1f}{suffix}"
    return f"{n:,.0f}"


def bar_chart(title: str, items: list[tuple[str, float]], *, unit: str = "", css_class: str = "chart") -> str:
    """An SVG bar chart of ``items`` (label, value); every text is escaped."""
    items = [(str(label), float(value)) for label, value in items if value is not None]
    height = max(1, len(items)) * (BAR_H + GAP) + 30
    top = max((v for _, v in items), default=0.0) or 1.0
    parts = [
        f'<svg class="{escape(css_class)}" role="img" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" xmlns="http://www.w3.org/2000/svg">',
        f"<title>{escape(title)}</title>",
        f'<text x="0" y="14" class="chart-title">{escape(title)}</text>',
    ]
    if not items:
        parts.append('<text x="0" y="40" class="chart-empty">no data</text>')
    for i, (label, value) in enumerate(items):
        y = 24 + i * (BAR_H + GAP)
        w = max(0.0, value) / top * (WIDTH - LABEL_W - 90)
        parts.append(
            f'<text x="{LABEL_W - 6}" y="{y + BAR_H - 5}" text-anchor="end">{escape(label[:24])}</text>'
        )
        parts.append(
            f'<rect x="{LABEL_W}" y="{y}" width="{w:.1f}" height="{BAR_H}" class="bar">'
            f"<title>{escape(label)}: {value:,.0f}{escape(unit)}</title></rect>"
        )
        parts.append(
            f'<text x="{LABEL_W + w + 4:.1f}" y="{y + BAR_H - 5}">{escape(_short(value) + unit)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
