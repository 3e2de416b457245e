"""A caption (a short label line under its value: a key-fact tile's ``총사업비`` under ``225.38억원``, ``추진상황`` under
``완료``) told by one test (extract/captions.py), shared by the page's geometry (extract/tile_captions.py: centred
under, one row below) and a dump's order (extract/card_heading_checks.py: the line right after its value); each
keeps only its placement test."""

from __future__ import annotations

from pledgecard.extract.captions import caption_label, caption_under, captioned_value
from pledgecard.extract.card_heading_checks import caption_under_value
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.tile_captions import tile_captions


def _line(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def _boxed(text: str, x0: float, top: float, x1: float, size: float = 9.3) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(page=3, bbox=(x0, top, x1, top + size)))


def test_a_caption_is_a_short_bare_label_under_a_figure_or_a_status_word() -> None:
    for value, label in (
        ("225.38억원", "총사업비"),
        ("2022. 9. ~ 2026. 12.", "사업기간"),
        ("완료", "추진상황"),
        ("일부추진", "추진 상황"),
    ):
        assert caption_under(_line(value), _line(label)), (value, label)
    assert not caption_label(_line("추진상황", "□")) and not caption_label(_line("2024년 추진실적"))
    assert not caption_label(_line("주요 추진실적 및 향후 계획"))  # a long line: a heading's, no caption's
    assert not captioned_value(_line("총사업비")) and not captioned_value(_line("305억원", "-"))
    assert not caption_under(_line("총사업비"), _line("추진상황"))  # a label under a label: no value over it


def test_a_row_of_values_under_their_labels_is_no_row_of_captions() -> None:
    """Tiles printing their labels over their values (dallae-city 84002's slide: ``총사업비`` over ``317.27억원``): the
    values centred under the labels are no captions (the geometry alone had called them so); the labels over the
    values (session 28, mutant 3136: 추진상황 over 이행후 계속추진 read as a heading, the overview lost) and the labels
    under the values are."""
    labels = [
        _boxed("총사업비", 163.0, 81.2, 198.1),
        _boxed("사업기간", 415.3, 81.2, 450.5),
        _boxed("추진상황", 667.7, 81.2, 702.9),
    ]
    values = [
        _boxed("317.27억원", 151.3, 107.2, 209.8),
        _boxed("2022. 7. ~ 2028. 2.", 393.4, 107.2, 472.4),
        _boxed("지연", 677.3, 107.2, 693.3),
    ]
    assert tile_captions(list(enumerate([*labels, *values]))) == {0, 1, 2}
    words = [_boxed("주요내용", x.source.bbox[0], 107.2, x.source.bbox[2]) for x in labels]  # type: ignore[index]
    assert tile_captions(list(enumerate([*labels, *words]))) == set()  # labels over labels: no tiles
    under = [_boxed(x.text, x.source.bbox[0], 133.2, x.source.bbox[2]) for x in labels]  # type: ignore[index]
    assert tile_captions(list(enumerate([*values, *under]))) == {3, 4, 5}


def test_a_dumps_caption_is_the_status_label_right_after_a_status_word() -> None:
    flat = [_line("사업개요", "⏬"), _line("완료"), _line("추진상황")]
    assert caption_under_value(flat, 2)  # type: ignore[arg-type]
    assert not caption_under_value([flat[0], _line("305억원"), flat[2]], 2)  # type: ignore[list-item]
    assert not caption_under_value([flat[0], _line("완료", "-"), flat[2]], 2)  # type: ignore[list-item]
    assert not caption_under_value([_line("추진상태"), _line("완료"), _line("추진상황")], 2)  # type: ignore[list-item]


def test_a_row_of_captions_holds_with_a_tile_of_words_or_a_label_with_a_remark() -> None:
    """One tile holding words (``시 전역 일원``) or one caption with a bracketed remark (``사업기간(착공~준공)``) does
    not make the whole row no captions: ``추진상황`` under ``지연`` stays the tile's label."""
    values = [
        _boxed("317.27억원", 151.3, 107.2, 209.8),
        _boxed("시 전역 일원", 393.4, 107.2, 472.4),
        _boxed("2022. 7. ~ 2028. 2.", 530.0, 107.2, 610.0),
        _boxed("지연", 677.3, 107.2, 693.3),
    ]
    captions = [
        _boxed("총사업비", 163.0, 133.2, 198.1),
        _boxed("사업위치", 415.3, 133.2, 450.5),
        _boxed("사업기간(착공~준공)", 540.0, 133.2, 600.0),
        _boxed("추진상황", 667.7, 133.2, 702.9),
    ]
    assert tile_captions(list(enumerate([*values, *captions]))) == {4, 5, 6, 7}
    assert caption_label(_line("사업기간(착공~준공)")) and not caption_label(_line("사업기간(착공 2024)"))


def test_a_row_under_words_is_no_row_of_captions() -> None:
    """Most values words, or the value over a caption naming a section (추진상황) no status word: no captions."""
    captions = [
        _boxed("총사업비", 163.0, 133.2, 198.1),
        _boxed("사업위치", 415.3, 133.2, 450.5),
        _boxed("추진상황", 667.7, 133.2, 702.9),
    ]
    words = [
        _boxed("도비 지원", 151.3, 107.2, 209.8),
        _boxed("시 전역 일원", 393.4, 107.2, 472.4),
        _boxed("지연", 677.3, 107.2, 693.3),
    ]
    assert tile_captions(list(enumerate([*words, *captions]))) == set()  # one of three a status word
    status_words = [
        _boxed("317.27억원", 151.3, 107.2, 209.8),
        _boxed("12억원", 393.4, 107.2, 472.4),
        _boxed("시 전역", 677.3, 107.2, 693.3),
    ]
    assert (
        tile_captions(list(enumerate([*status_words, *captions]))) == set()
    )  # 추진상황 under no status word


def test_captions_over_their_figures_are_measured_by_their_own_height() -> None:
    """Tiles printing the caption first: the gap to the figures under them is weighed against the captions'
    height, not the figures' (review b, item 7: large figures let captions stand twice their height away)."""
    labels = [
        _boxed("총사업비", 163.0, 81.2, 198.1),
        _boxed("사업기간", 415.3, 81.2, 450.5),
        _boxed("추진상황", 667.7, 81.2, 702.9),
    ]  # 9.3 points high, bottoms at 90.5

    def values(top: float) -> list[Line]:
        return [
            _boxed("317.27억원", 151.3, top, 209.8, 24.0),
            _boxed("2022. 7. ~ 2028. 2.", 393.4, top, 472.4, 24.0),
            _boxed("지연", 677.3, top, 693.3, 24.0),
        ]

    assert tile_captions(list(enumerate([*labels, *values(100.5)]))) == {0, 1, 2}  # 10 points apart
    assert (
        tile_captions(list(enumerate([*labels, *values(110.5)]))) == set()
    )  # 20: over twice the captions' 9.3
