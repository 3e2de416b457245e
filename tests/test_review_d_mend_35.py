"""Session 35 (mendd, review d finding F1): a page-opening line of one cell naming a section is that section's
heading only where it stands as one (marked or numbered, or no row of the table above under it).

Class fixed: ``pdftotext -layout`` of a goal table cut by a page break inside a row whose rest is a section's word
(a 주요사업 cell ``관광 안내체계`` / ``주민참여``, or ``재원``) opening the next page over further goal rows: the rest
was taken for a heading (text_heading_opens) and the goal rows under it went unread, no finding (narae-city 29016
-layout with a 2026 row cut and 2027 / 2028 rows on the next page: goals 2023-2026 read, 2027 and 2028 lost). The
line under such a rest is a row of the goal table (its cells under the table's cells of their own kind), so the rest
is read onto the cut row and the rows below it as goals; a centred heading over its own table (narae-city 29016's
``시민 소통 실적`` over the outreach head) stays a heading.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.readers.text_heading_opens import heading_opens_page, line_below, row_of_table
from pledgecard.extract.readers.text_lines import to_tline

from conftest import expected_scored, family_card, pdftotext_dump

GOALS = [
    "     연도         주요사업             계획           실적           달성률     추진상황",
    "    2023                      4.7km          3.5km         74%          완료",
    "    2024       관광 기반 구축     공정률 70%         공정률 69%        99%        추진중",
    "    2025                    공정률 60%            -            -         미착수",
]


def _rows() -> list:
    return [to_tline(90 + i, 2, t) for i, t in enumerate(GOALS)]


def test_a_section_word_over_a_row_of_the_table_above_is_a_cut_rows_rest() -> None:
    rest = to_tline(105, 3, "                                 주민참여")
    row = to_tline(107, 3, "    2027                    공정률 100%           -            -         미착수")
    assert row_of_table(row, _rows(), 6)
    assert not heading_opens_page(rest, row, _rows(), 6)
    # with no line under it known, or a marked / numbered one: a heading as before
    assert heading_opens_page(rest)
    assert heading_opens_page(to_tline(105, 3, "  3. 주민참여"), row, _rows(), 6)


def test_a_section_heading_over_a_table_of_its_own_stays_a_heading() -> None:
    heading = to_tline(104, 3, "                                시민 소통 실적")
    lone = to_tline(106, 3, "                         주민간담회, 공")
    assert heading_opens_page(
        heading, lone, _rows(), 6
    )  # a lone head cell under it: no row of the goal table
    # the outreach head row: words under the goal table's year and figure cells, no row of it
    head = to_tline(
        107, 3, "     계          기타                       만족도 조사   언론 홍보   민간전문가 자문"
    )
    assert not row_of_table(head, _rows(), 6)
    assert heading_opens_page(heading, head, _rows(), 6)
    # a row of more cells than the table has columns: no row of it
    assert not row_of_table(to_tline(110, 3, "  2027  1  2  3  4  5  6  7"), _rows(), 6)


def test_the_line_below_passes_the_rests_own_lines_and_the_blank_lines() -> None:
    lines = [
        to_tline(1, 3, "    주민참여"),
        to_tline(2, 3, "    사업"),
        to_tline(3, 3, ""),
        to_tline(4, 3, "  2027    1   2"),
        to_tline(5, 4, "  next page"),
    ]
    assert line_below(lines, 0) is lines[3]
    assert line_below(lines, 3) is None  # the page ends


def _row(template: str, year: str, target: str) -> str:
    """The 2025 goal row ``template`` made the row of ``year`` and ``target``, its later cells kept in their
    columns (the target taking the spaces after it, as the dump prints a wider cell)."""
    old = "공정률 60%"
    at = template.index(old)
    gap = len(template[at + len(old) :]) - len(template[at + len(old) :].lstrip())
    width = len(old) + gap - 2
    return template[:at].replace("2025", year) + target.ljust(width) + "  " + template[at + len(old) + gap :]


def _cut_dump(tmp_path: Path, rest: str, after: list[tuple[str, str]]) -> tuple[dict, dict, float, list]:
    """narae-city 29016 as a PDF dumped by ``pdftotext -layout`` (its goal table ending page 2, the outreach heading
    opening page 3), a 2026 row added under the table's last row and, opening page 3, ``rest`` (the cut row's rest)
    and the goal rows ``after`` (year, target) over the outreach heading: read against the card's expected record."""
    pdf, _ = family_card(tmp_path, "narae-city", 29016, "pdf")
    out = tmp_path / "narae-city-29016-cut.txt"
    lines = pdftotext_dump(pdf, out, "-layout").split("\n")
    last = max(i for i, t in enumerate(lines) if t.strip().startswith("2025"))
    template = lines[last]
    lines[last + 1 : last + 1] = ["", _row(template, "2026", "공정률 80%")]
    page = next(i for i in range(last, len(lines)) if lines[i].startswith("\f"))
    heading = lines[page][1:]
    cut = [f"\f{' ' * 33}{rest}", ""]
    for year, target in after:
        cut += [_row(template, year, target), ""]
    lines[page : page + 1] = [*cut, heading]
    out.write_text("\n".join(lines), encoding="utf-8")
    out.with_name(out.stem + ".expected.json").write_text(
        pdf.with_name(pdf.stem + ".expected.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return expected_scored(out)


def test_narae_29016_layout_rest_naming_a_section_then_a_goal_row(tmp_path: Path) -> None:
    """The 2026 row's rest ``주민참여`` (an outreach word) opening page 3 over the 2027 row: 2027 lost, unread, no
    finding -> five goals 2023-2027, the outreach table read as the card prints it."""
    exp, rec, _, _ = _cut_dump(tmp_path, "주민참여", [("2027", "공정률 100%")])
    assert [g["year"] for g in rec["goals"]] == [2023, 2024, 2025, 2026, 2027]
    assert "100" in rec["goals"][-1]["target"] and rec["goals"][-1]["actual"] is None
    assert [(g["year"], g["target"], g["actual"]) for g in rec["goals"][:3]] == [
        (g["year"], g["target"], g["actual"]) for g in exp["goals"]
    ]
    assert [(i["category"], i["count"]) for i in rec["outreach"]["items"]] == [
        (i["category"], i["count"]) for i in exp["outreach"]["items"]
    ]


def test_narae_29016_layout_rest_naming_funding_then_two_goal_rows(tmp_path: Path) -> None:
    """The rest ``재원`` (a funding word) over the 2027 and 2028 rows: both lost -> six goals read,
    2027 / 2028 with their targets, the outreach table read."""
    exp, rec, _, _ = _cut_dump(tmp_path, "재원", [("2027", "관광객 3,000명"), ("2028", "관광객 5,000명")])
    assert [(g["year"], g["target"]) for g in rec["goals"][4:]] == [
        (2027, "관광객 3,000명"),
        (2028, "관광객 5,000명"),
    ]
    assert [g["year"] for g in rec["goals"][:4]] == [2023, 2024, 2025, 2026]
    assert rec["outreach"]["total"] == exp["outreach"]["total"]
