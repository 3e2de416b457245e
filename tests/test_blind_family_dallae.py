"""The template family designed blind in session 24 (samples/families.py: ``dallae-city``, a 시 card made as a
presentation and exported) and the structures it brought in, on small documents, lines and shapes:

- a title page over the card's header with no title line printed (a title slide: the pledges' line
  ``달래시 민선8기 시장 공약사업 추진현황``, the pledge in corner brackets, the deck's title, the as-of line, the
  department): the topmost of a short run of plain lines right above the header that names the pledges titles
  the card when a line under it restates the pledge the header names (extract/title_pages.py); a
  longer run of plain lines is body text, a run restating no pledge no title page;
- running footers that close the pages with words and the bare page number (``달래시    4``), counting up by
  one, lines apart: page furniture (extract/readers/text_footer_count.py), never a table or a plan;
- a cell's shading is no rule (extract/readers/pdf_page.py ``shading``): a slide table shades its head row and
  label column and draws no vertical rule; the fills' sides made a grid of their own and the open-sided
  table under them went unread;
- key-fact tiles (``총사업비`` over ``305.12억원``): the figure duplicates the funding total in another unit; it is
  never read as a figure of its own, and the overview's budget and the funding total read agree with it; tiles
  printed a line each with the caption under its figure put the next tile's period under the lone ``총사업비``
  caption: a date or period is no budget (extract/sections/overview.py ``dated_not_amount``; 1 wrong -> 0).

Blind figures (the extractor unchanged, the family as first drawn; the two cards' mean): PDF 0.771, HWPX 0.995, HWP 0.995,
txt 0.975, 0 wrong of 308 (PDF: the funding and outreach tables unread under their shaded heads; every format:
the card's kind unread, no title line over the header; txt: the footers read as a table and a plan). After:
PDF, HWPX, HWP 1.000, txt 0.979 (goal rows whose worded target and actual the dump runs together stay
unread), no wrong figure.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest

from pledgecard.extract.cards import split_cards
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers.pdf_page import PageModel, edges_of, shading
from pledgecard.extract.readers.text_footer_count import footers_counting
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.extract.sections.overview import dated_not_amount
from pledgecard.scoring import score_record
from samples.layout_tiles import eok

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "dallae-city"
KIND = "달래시 민선8기 시장 공약사업 추진현황"


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_a_title_page_over_the_header_titles_the_card() -> None:
    slide = _lines(
        KIND,
        "「 청년 일자리 30개 창출 」",
        "민선8기 공약사업 추진상황 보고",
        "2024. 9. 30. 기준",
        "달래시 일자리정책과",
        "공약명 청년 일자리 30개 창출",
        "관리번호 3-12",
        "1. 사업개요",
    )
    cards = split_cards(slide)
    assert len(cards) == 1 and cards[0][0].text == KIND
    # a run of plain lines longer than a title page prints: body text, the card starts at its header
    # (the title page's rule asked directly: its run's length, at six lines and at seven)
    from pledgecard.extract.card_split import _plain, _titles_untitled
    from pledgecard.extract.title_pages import COVER_LINES, title_page_top

    above = Line(
        text="기타", marker="□", indent=0, source=Source()
    )  # no plain line: the page's run ends there
    for n, found in ((COVER_LINES, None), (COVER_LINES - 1, 1)):  # the pledges' line and n lines under it
        long_run = [
            above,
            *_lines(KIND, *(f"줄 {k}" for k in range(n - 1)), "청년 일자리 30개 창출 추진"),
            *_lines("공약명 청년 일자리 30개 창출", "관리번호 3-12"),
        ]
        assert (
            title_page_top(
                long_run, n + 1, 0, set(), "청년 일자리 30개 창출", plain=_plain, names=_titles_untitled
            )
            == found
        )
    # the run restates no pledge the header names (a line between, no title page): the card starts at its header
    other = _lines(
        KIND, "일반 현황 안내", "2024. 9. 30. 기준", "공약명 청년 일자리 30개 창출", "관리번호 3-12"
    )
    assert (
        title_page_top(other, 2, 0, set(), "청년 일자리 30개 창출", plain=_plain, names=_titles_untitled)
        is None
    )
    # no line of the run names the pledges: the card starts at its header
    plain = _lines(
        "「 청년 일자리 30개 창출 」", "달래시 일자리정책과", "공약명 청년 일자리 30개 창출", "관리번호 3-12"
    )
    assert split_cards(plain)[0][0].text.startswith("공약명")


def _dump(footer: str, numbers: list[int], gap: int = 4) -> str:
    out: list[str] = []
    for n in numbers:
        out += [f"본문 {n}-{k} 내용" for k in range(gap)] + [f"{footer}    {n}" if footer else str(n)]
    return "\n".join(out) + "\n"


def test_footers_counting_the_pages_are_furniture() -> None:
    lines = split_lines(_dump("달래시", [1, 2, 3, 4]))
    found = footers_counting(lines)
    assert [lines[k].text.split()[-1] for k in sorted(found)] == ["1", "2", "3", "4"]
    assert found <= furniture(lines)
    assert footers_counting(split_lines(_dump("달래시", [2, 3, 4]))) != set()  # the title slide numbers none
    assert footers_counting(split_lines(_dump("달래시", [1, 3, 4]))) == set()  # not counting up by one
    assert footers_counting(split_lines(_dump("달래시", [1, 2]))) == set()  # two lines may agree by chance
    rows = split_lines(
        "\n".join(["1차 1", "1차 2", "1차 3", "1차 4"]) + "\n"
    )  # a table's rows stand together
    assert footers_counting(rows) == set()


def _paged(footer: str, numbers: list[int], mid: int | None = None) -> str:
    """A dump of a page a number, each closed by a form feed, its footer its last line (or ``mid`` lines above it)."""
    pages = []
    for n in numbers:
        body = [f"본문 {n}-{k} 내용" for k in range(4)]
        body.insert(len(body) - (mid or 0), f"{footer}    {n}")
        pages.append("\n".join(body) + "\n")
    return "\f".join(pages)


def test_a_footer_counting_the_pages_ends_each_page() -> None:
    """In a dump with form feeds each line of a run of counting footers closes its page (the last non-blank line
    before the form feed or the dump's end); the same words and figure amid a page are the body's."""
    lines = split_lines(_paged("달래시", [1, 2, 3, 4]))
    assert [lines[k].text.split()[-1] for k in sorted(footers_counting(lines))] == ["1", "2", "3", "4"]
    assert footers_counting(split_lines(_paged("달래시", [1, 2, 3, 4], mid=2))) == set()  # amid each page
    # a line of the footer's words and a figure amid a page: no footer, the page ends' footers still count
    lines = split_lines(_paged("달래시", [1, 2, 3, 4]).replace("본문 3-1 내용", "달래시    3"))
    found = sorted(footers_counting(lines))
    assert [lines[k].page for k in found] == [1, 2, 3, 4] and all(
        lines[k + 1].page > lines[k].page for k in found[:-1]
    )
    assert (
        footers_counting(split_lines(_paged("달래시", [1, 2, 3, 4]) + "뒤에 남은 줄\n"))
        == {  # the last page's
            k for k in found[:3]
        }
    )  # footer under a line after it on its page: the three before still count the pages


def _rect(x0: float, top: float, w: float, h: float, stroke: bool) -> dict[str, object]:
    return {
        "object_type": "rect",
        "x0": x0,
        "x1": x0 + w,
        "top": top,
        "bottom": top + h,
        "width": w,
        "height": h,
        "stroke": stroke,
    }


def test_a_cells_shading_draws_no_rule() -> None:
    fill = _rect(50, 80, 130, 44, stroke=False)
    thin = _rect(50, 80, 700, 0.8, stroke=False)  # a rule drawn as a thin fill
    framed = _rect(50, 200, 130, 44, stroke=True)
    assert shading(fill) and not shading(thin) and not shading(framed)
    page = PageModel(number=1, width=842, height=473, chars=[], rects=[fill, thin, framed])
    assert len(page.rules) == 8  # the thin fill's four edges and the frame's, none of the shading's
    assert len(edges_of(page)) == 12  # pdfplumber's edges (its table finder's) keep them
    # a shaded cell of a ruled table: vertical rules drawn at both its sides make its edges rules too
    sides = [
        {"object_type": "line", "x0": x, "x1": x, "top": 80, "bottom": 100, "width": 0, "height": 20}
        for x in (50, 180)
    ]
    ruled = PageModel(number=1, width=842, height=473, chars=[], lines=sides, rects=[fill])
    assert len(ruled.rules) == 2 + 4
    one_side = PageModel(number=1, width=842, height=473, chars=[], lines=sides[:1], rects=[fill])
    assert len(one_side.rules) == 1  # a label column's shading beside the table's frame alone stays no rule
    unknown = {k: v for k, v in fill.items() if k != "stroke"}  # an engine that tells no stroke: a frame
    assert not shading(unknown)


def test_a_tiles_figure_is_the_total_exactly() -> None:
    r = random.Random(84001)
    for _ in range(200):
        millions = r.randint(1, 999_999)
        printed = eok(millions * 1_000_000)
        assert Decimal(printed.removesuffix("억원").replace(",", "")) * 100_000_000 == millions * 1_000_000


@pytest.mark.parametrize("fmt", ["pdf", "hwpx", "hwp", "txt"])
def test_the_family_reads_whole_and_the_tiles_contradict_nothing(fmt: str) -> None:
    for path, expected, got in family_cards(FAMILY, f"*-{fmt}.*"):
        assert len(got) == len(expected) == 1, path.name
        rec = got[0]
        assert rec["header"]["kind"] == KIND
        tally = score_record(expected[0], rec)
        assert tally.score() >= (0.96 if fmt == "txt" else 1.0), f"{path.name}: {tally.score():.3f}"
        total = expected[0]["overview"]["budget"]["total_krw"]
        assert (
            rec["overview"]["budget"]["total_krw"] == total
        )  # the tile's 억원 figure read as no other budget
        funding_total = next(r for r in rec["funding"]["rows"] if r["source"] == "total")["amounts_krw"][0]
        assert funding_total == total
        assert not any(f"{k}" in str(rec["funding"]) for k in (eok(total),))  # no tile text among the funding


def test_a_period_under_a_lone_budget_caption_is_no_budget() -> None:
    # tiles printed a line each, the caption under its figure: the next tile's period follows the caption
    assert dated_not_amount("2022. 9. ~ 2026. 12.") and dated_not_amount("2023.1.~2028.2.")
    assert not any(
        dated_not_amount(v)
        for v in (
            "12,500",
            "2024",
            "30,512백만원(국비 11,426)",
            "305.12억원",
            "2,300.5",
            "비예산",
            "-",
            "총 12,500",
            "１２，５００",
        )
    )
