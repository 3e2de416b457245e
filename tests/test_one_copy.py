"""Constants and tokens the extractor keeps one copy of (review findings of session 25): a second copy drifts."""

from __future__ import annotations

from pathlib import Path

_EXTRACT = Path(__file__).resolve().parents[1] / "extract"


def test_the_label_separators_are_one_copy() -> None:
    from pledgecard.extract import card_split, markers, typed_tables
    from pledgecard.extract.readers import pdf_lines, pdf_typed
    from pledgecard.extract.sections import header, header_lines

    defined = [
        p.relative_to(_EXTRACT).as_posix()
        for p in sorted(_EXTRACT.rglob("*.py"))
        if '= (":", "：")' in p.read_text(encoding="utf-8")
    ]
    assert defined == ["markers.py"]
    for module in (card_split, typed_tables, pdf_lines, pdf_typed, header, header_lines):
        assert module.LABEL_SEPARATORS is markers.LABEL_SEPARATORS, module.__name__


def test_a_side_tables_note_cut_reads_figures_by_the_fundings_amount_token() -> None:
    from pledgecard.extract.sections import side_tables

    assert not hasattr(side_tables, "_SIGNED_FIGURE")
    head = ["구분", "당초(백만원)", "변경(백만원)", "증감", "비고"]
    for cells in (["9,856", "9,389", "△467"], ["9,856", "9,389", "+467"], ["9,856", "-", "(467)"]):
        assert side_tables._note_cut(["국비", *cells, "4건", "불용"], head) == ["국비", *cells, "4건 불용"], (
            cells
        )
    assert (
        side_tables._note_cut(["국비", "9,856", "사업", "△467", "4건", "불용"], head)[-1] == "불용"
    )  # a word amid
    figure_label = ["1,000", "9,856", "9,389", "△467", "4건", "불용"]
    assert side_tables._note_cut(figure_label, head) == figure_label  # a figure for the label: no note cut


def test_a_wrapped_title_joined_keeps_the_title_lines_other_facts() -> None:
    """title_wrap built a new Line, losing the title's ``heading`` and ``printed``: now the title line replaced."""
    import dataclasses

    from pledgecard.extract.document import Font, Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.title_wrap import title_wrap_joined

    def title(text: str, x0: float, top: float, x1: float) -> Line:
        return Line(
            text=text,
            marker=None,
            indent=0,
            source=Source(page=1, bbox=(x0, top, x1, top + 16.8), font=Font(size=16.8, bold=True)),
        )

    first = dataclasses.replace(
        title("물빛시 민선8기 시장 공약사업", 61.6, 66.7, 275.4),
        heading=True,
        printed="물빛시 민선8기 시장 공약사업",
    )
    joined = title_wrap_joined([first, title("추진상황", 136.9, 93.6, 200.1)])[0]
    assert isinstance(joined, Line) and joined.text == "물빛시 민선8기 시장 공약사업 추진상황"
    assert joined == dataclasses.replace(first, text=joined.text)
