"""The section interface: one result type, one registry, record paths assembled in one place."""

from __future__ import annotations

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Document, Paragraph, Source
from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.base import SectionContext, SectionResult
from pledgecard.extract.sections.registry import SECTIONS

TWO_ACHIEVEMENT_SECTIONS = """\
도지사 공약사업 관리카드
공약명 청년 주택 공급 관리번호 3-2
□ 추진실적
◦ 부지 매입 : '23. 5.
◦ 실시설계 : '23. 9.
□ 향후계획
◦ 착공 : '25. 3.
□ 추진실적
◦ 기본계획 수립 : '24. 2.
- 주민 설명회 : '24. 3.
"""


def _doc(text: str) -> Document:
    blocks = []
    for i, raw in enumerate(text.splitlines(), start=1):
        marker, body = split_marker(raw)
        blocks.append(Paragraph(text=body, marker=marker, source=Source(line_start=i, line_end=i)))
    return Document(blocks=blocks, format="txt", sha256="a" * 64)


def test_two_achievements_sections_keep_their_own_provenance() -> None:
    [card] = extract_card_results(_doc(TWO_ACHIEVEMENT_SECTIONS))
    ach = card.record["achievements"]
    assert [a["text"] for a in ach] == ["부지 매입", "실시설계", "기본계획 수립", "주민 설명회"]
    # each item points at its own line, the second section's items after the first's
    lines = {k: v["line_start"] for k, v in card.provenance.items() if k.startswith("achievements")}
    assert lines == {"achievements[0]": 4, "achievements[1]": 5, "achievements[2]": 9, "achievements[3]": 10}
    # parents inside the second section count from the record's first item
    assert [a["parent"] for a in ach] == [None, None, None, 2]
    assert card.provenance["plans[0]"]["line_start"] == 7


def test_every_section_returns_one_result_type() -> None:
    for name, spec in SECTIONS.items():
        result = spec.extract([], SectionContext())
        assert isinstance(result, SectionResult), name
        assert set(result.value) == set(spec.empty()), name  # fills exactly the fields it declares


def test_a_heading_naming_two_sections() -> None:
    text = (
        "도지사 공약사업 관리카드\n공약명 청년 주택 공급 관리번호 3-2\n□ 향후계획 및 기대효과\n"
        "◦ 착공 : '25. 3.\n◦ 기대효과\n- 청년 주거 안정\n"
    )
    [card] = extract_card_results(_doc(text))
    assert [p["text"] for p in card.record["plans"]] == ["착공"]
    assert card.record["effects"] == ["청년 주거 안정"]


def test_a_heading_joining_two_labels_names_their_sections() -> None:
    from pledgecard.extract.labels import sections_of

    assert sections_of("소요예산 및 투자계획") == ("funding",)  # two labels of one section
    assert sections_of("추진실적 및 향후계획") == ("achievements", "plans")
    assert sections_of("공약 및 기타") == ()  # a part no label names: no heading


def test_a_numbered_heading_and_its_first_content_line_on_one_line() -> None:
    text = (
        "도지사 공약사업 관리카드\n공약명 청년 주택 공급 관리번호 3-2\n"
        "마. 향후계획 · 공약사항 정비 및 이행계획 보완 : '21년 1학기\n"
    )
    [card] = extract_card_results(_doc(text))
    assert [(p["text"], p["date"]["label"]) for p in card.record["plans"]] == [
        ("공약사항 정비 및 이행계획 보완", "2021-S1")
    ]
