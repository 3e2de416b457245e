"""The logical pages of sheets printed two pages a sheet (:mod:`.pdf_sheets`): a half's model and its part of
the sheet (:class:`Half`), every logical page's region of its sheet (:class:`Region`) and the name a reviewer
finds it by, and what was read from the logical pages put back on the sheets they were printed on."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from pledgecard.extract.document import Block, Cell, Paragraph, Source, Table
from pledgecard.extract.readers.pdf_page import PageModel


@dataclass(slots=True)
class Half:
    """A logical page of a sheet: its model (x measured from the half's origin), the half's origin ``offset``,
    its part ``[x0, x1)`` of the sheet (x on the sheet; ``x1`` infinite: to the sheet's edge, a sheet that
    failed to load, its width unknown until rendered) and its side (``left`` or ``right``)."""

    page: PageModel
    offset: float
    scale: float  # the half's points over the sheet's
    x0: float
    x1: float
    side: str  # "left" or "right": the half of the sheet it was printed on

    @property
    def gutter(self) -> float:
        """The sheet's gutter (x on the sheet): where the left half ends and the right one starts."""
        return self.x1 if self.side == "left" else self.x0


def _on_sheet(src: Source, origin: Sequence[tuple[int, float, float]]) -> Source:
    """``src`` (a logical page's) on its sheet: the sheet's number, the box scaled back and moved by the half's
    offset."""
    if src.page is None or not 1 <= src.page <= len(origin):
        return src
    sheet, dx, scale = origin[src.page - 1]
    box = src.bbox
    moved = (
        None if box is None else (box[0] / scale + dx, box[1] / scale, box[2] / scale + dx, box[3] / scale)
    )
    return replace(src, page=sheet, bbox=moved)


def sources_to_sheets(
    runs: Sequence[tuple[str, Source]],
    origin: Sequence[tuple[int, float, float]],
) -> list[tuple[str, Source]]:
    """``runs`` (a text and where a logical page printed it: struck runs) with their sources on their sheets."""
    return [(text, _on_sheet(src, origin)) for text, src in runs]


def pages_read(origin: Sequence[tuple[int, float, float]], printed: Sequence[bool]) -> int:
    """The logical pages read (``printed[k]``: whether logical page k+1 gave any text or table): a sheet's halves
    that gave something; a sheet split for OCR because it printed nothing (a scan) whose halves gave nothing
    (OCR not run, or reading nothing) counts once, as the one blank sheet it is, and one OCR read whole (print
    across its gutter) once, as the one page it is."""
    halves: dict[int, list[bool]] = {}
    for (sheet, _, _), read in zip(origin, printed, strict=True):
        halves.setdefault(sheet, []).append(read)
    return sum(max(sum(reads), 1) for reads in halves.values())


def pages_to_sheets(numbers: Sequence[int], origin: Sequence[tuple[int, float, float]]) -> list[int]:
    """The sheets logical pages ``numbers`` (1-based) were printed on, each once, in order."""
    return sorted({origin[n - 1][0] if 1 <= n <= len(origin) else n for n in numbers})


@dataclass(frozen=True, slots=True)
class Region:
    """Logical page ``number``: the part ``[x0, x1)`` of ``sheet`` (1-based), its origin at x ``offset`` on the
    sheet, scaled by ``scale`` (:class:`Half`); ``x1`` infinite: to the sheet's edge (a sheet that failed
    to load, its width unknown until it is rendered); ``side`` the half it is (None: all of its sheet)."""

    number: int
    sheet: int
    x0: float
    x1: float
    offset: float
    scale: float
    side: str | None = None

    @staticmethod
    def of(number: int, sheet: int, half: Half | None, width: float) -> Region:
        """Logical page ``number``, ``half`` of sheet ``sheet`` (None: all of it, ``width`` wide)."""
        if half is None:
            return Region(number, sheet, 0.0, width, 0.0, 1.0)
        return Region(number, sheet, half.x0, half.x1, half.offset, half.scale, half.side)

    @property
    def origin(self) -> tuple[int, float, float]:
        """Its sheet, x offset and scale (the sources' way back to the sheet: :func:`to_sheets`)."""
        return self.sheet, self.offset, self.scale

    @property
    def name(self) -> str:
        """As a reviewer opening the PDF finds it: its sheet, and the half of the sheet it was printed on when
        the sheet was split ("page 3, left half")."""
        return f"page {self.sheet}" if self.side is None else f"page {self.sheet}, {self.side} half"


def page_name(number: int, regions: Mapping[int, Region]) -> str:
    """Logical page ``number`` (1-based) by its region's name (:attr:`Region.name`); a number with no region
    as it stands."""
    return regions[number].name if number in regions else f"page {number}"


def to_sheets(blocks: Sequence[Block], origin: Sequence[tuple[int, float, float]]) -> None:
    """Put every source of ``blocks`` (paragraphs, tables, their cells and what the cells hold) read from
    logical pages back on the sheets they were printed on (``origin[k]``: logical page k+1's sheet, x
    offset and scale), each object once."""
    seen: set[int] = set()
    stack: list[Paragraph | Table | Cell] = list(blocks)
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        obj.source = _on_sheet(obj.source, origin)
        if isinstance(obj, Table):
            stack.extend(obj.cells)
        elif isinstance(obj, Cell):
            stack.extend([*obj.paragraphs, *obj.nested, *obj.blocks])
