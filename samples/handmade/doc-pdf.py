"""Write the hand-made PDF cards ``doc-hanbyeol-edu-2-6.pdf`` and ``doc-hangyeol-city-5-9.pdf`` (two landscape
pages, funding and goals side by side) ``doc-seorin-city-4-6.pdf`` (three portrait pages, its tables printed sideways) ``doc-onsaemi-city-7-1.pdf`` (four
landscape pages, running headers and footers, a photo, footnotes, the goal table over a break with no head repeated) ``doc-byeolmaru-county-2-11.pdf`` (three portrait pages, a label | text overview table, a dated achievements table over a break, a stamp box) ``doc-dalgaram-city-6-8.pdf`` (tables with no ruled lines, amounts in full won) and ``doc-sori-city-3-12.pdf`` (one
landscape page split into two columns of content) from their HTML sources (``.sources/``): the photo in it
(``.sources/doc-hanbyeol-edu-2-6.png``, a small classroom drawn by Pillow) drawn first, then the page rendered by
WeasyPrint with the Nanum fonts, as the folder's other PDFs. The generator's renderers (samples/render_*) play no
part, so none of its habits are in it.

Run from the repository: ``python samples/handmade/doc-pdf.py``.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / ".sources"


def draw_photo(path: Path) -> None:
    """A 320x200 picture of a classroom: floor, a window wall, four desks and a board (PNG, a few KiB)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 200), (236, 230, 214))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 140, 320, 200), fill=(196, 164, 120))  # the floor
    d.rectangle((20, 20, 140, 90), fill=(60, 96, 72), outline=(90, 70, 40), width=4)  # the board
    for x in (170, 235):  # windows
        d.rectangle((x, 18, x + 55, 100), fill=(178, 214, 236), outline=(255, 255, 255), width=3)
    for i, x in enumerate((30, 110, 190, 260)):  # desks and chairs
        d.rectangle((x, 130 + 6 * (i % 2), x + 45, 142 + 6 * (i % 2)), fill=(240, 196, 90))
        d.rectangle((x + 10, 142 + 6 * (i % 2), x + 14, 170), fill=(120, 120, 120))
        d.rectangle((x + 31, 142 + 6 * (i % 2), x + 35, 170), fill=(120, 120, 120))
    img.save(path, optimize=True)


def draw_hall(path: Path) -> None:
    """A 320x200 picture of an opening: a building's front, a ribbon across it and people before it (PNG)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (320, 200), (206, 226, 240))
    d = ImageDraw.Draw(img)
    d.rectangle((40, 40, 280, 150), fill=(214, 204, 188), outline=(120, 110, 96), width=3)  # the building
    for x in range(60, 270, 40):  # windows
        d.rectangle((x, 60, x + 24, 90), fill=(150, 190, 214))
    d.rectangle((140, 105, 180, 150), fill=(110, 80, 60))  # the door
    d.line((20, 130, 300, 130), fill=(200, 40, 40), width=5)  # the ribbon
    for i, x in enumerate(range(30, 300, 30)):  # people
        d.ellipse((x, 140 + 4 * (i % 2), x + 14, 154 + 4 * (i % 2)), fill=(60, 50, 40))
        d.rectangle((x + 2, 154 + 4 * (i % 2), x + 12, 196), fill=(40, 60, 110))
    img.save(path, optimize=True)


def render(name: str) -> None:
    """``.sources/{name}.html`` (hanbyeol's picture beside it) to ``{name}.pdf`` in this folder."""
    from weasyprint import HTML

    if name == "doc-hanbyeol-edu-2-6":  # a card with a photo
        draw_photo(SOURCES / f"{name}.png")
    if name == "doc-onsaemi-city-7-1":  # the other card with a photo
        draw_hall(SOURCES / f"{name}.png")
    HTML(filename=str(SOURCES / f"{name}.html")).write_pdf(str(HERE / f"{name}.pdf"))


if __name__ == "__main__":
    render("doc-hanbyeol-edu-2-6")
    render("doc-hangyeol-city-5-9")
    render("doc-seorin-city-4-6")
    render("doc-onsaemi-city-7-1")
    render("doc-byeolmaru-county-2-11")
    render("doc-dalgaram-city-6-8")
    render("doc-sori-city-3-12")
