"""Constants and tokens the extractor keeps one copy of (review findings of session 25): a second copy drifts."""

from __future__ import annotations

from pathlib import Path

_EXTRACT = Path(__file__).resolve().parents[1] / "extract"


def test_the_label_separators_are_one_copy() -> None:
    from pledgecard.extract import card_split, markers, typed_tables
    from pledgecard.extract.readers import pdf_lines, pdf_typed
    from pledgecard.extract.sections import header, header_lines

    defined = [p.relative_to(_EXTRACT).as_posix() for p in sorted(_EXTRACT.rglob("*.py"))
               if '= (":", "：")' in p.read_text(encoding="utf-8")]
    assert defined == ["markers.py"]
    for module in (card_split, typed_tables, pdf_lines, pdf_typed, header, header_lines):
        assert module.LABEL_SEPARATORS is markers.LABEL_SEPARATORS, module.__name__
