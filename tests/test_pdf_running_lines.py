"""Running headers and footers of a PDF told from the body by place and type (extract/readers/pdf_margins.py).

A browser prints its footer (the page's URL) in 9 pt; a dense body-table card prints its body in 8.5 pt or a hair
less (8.4998: half a point over it no longer holds the footer). The footer,
repeated at one place on every page inside the margin band, is furniture (boram-city's body-table PDF: left as text, it
ended the page, and the body table was not joined across the page break). A line as large repeated outside the
band, or a larger one inside it, stays text.
"""

from __future__ import annotations

from pledgecard.extract.readers.pdf_lines import Line
from pledgecard.extract.readers.pdf_margins import PageText, running_lines

HEIGHT = 842.0


def _line(text: str, top: float, size: float, page: int) -> Line:
    return Line(
        text=text,
        marker=None,
        x0=45.0,
        top=top,
        x1=300.0,
        bottom=top + size,
        text_x0=45.0,
        size=size,
        page=page,
    )


def _pages(repeated: str, top: float, size: float) -> tuple[list[PageText], list[Line]]:
    pages, copies = [], []
    for n in (1, 2):
        body = [_line(f"본문 {n}-{k}", 100.0 + 20 * k, 8.5, n) for k in range(12)]
        copy = _line(repeated, top, size, n)
        copies.append(copy)
        pages.append(PageText(number=n, height=HEIGHT, lines=[*body, copy]))
    return pages, copies


def test_a_footer_a_point_over_a_dense_body_in_the_band_is_furniture() -> None:
    pages, copies = _pages("https://pms.example.go.kr/pledge/detail.do?no=6-35", 810.0, 9.3)
    assert all(id(c) in running_lines(pages) for c in copies)


def test_a_larger_line_or_one_outside_the_band_stays_text() -> None:
    pages, copies = _pages("https://pms.example.go.kr/pledge/detail.do?no=6-35", 810.0, 10.0)  # 1.5 pt over
    assert not any(id(c) in running_lines(pages) for c in copies)
    pages, copies = _pages("사업 추진 현황", 500.0, 9.3)  # as large mid-page: a repeated line of the body
    assert not any(id(c) in running_lines(pages) for c in copies)
