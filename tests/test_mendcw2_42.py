"""Session 42 mend of h-crossworst2 (review of its merged rules; reproducers /tmp/rev-crossworst2/cN.py). Each case,
before -> after:

1. ``funding_stacked._row_lines`` took the last n head words as the heads (n = the row's figures): a head
   ``구분 계 국비 도비 군비`` over ``사업비 3,000 2,000 1,000`` (군비 blank) read 국비 3,000 / 도비 2,000 / 군비 1,000,
   silently; spaced thousands (``사업비 1 500 900 600``) read 국비 1, 도비 500. Now every word after the corner must
   be a head and the heads exactly as many as the figures, else the lines stay lines (funding null with
   extract.table_unrecovered, as before the branch).
2. ``status_twice.phrases_apart`` cut one status printed spaced (``이행 후 계속 추진``, ``계속 추진 중``, ``완료 후
   계속 추진``) into two and nulled it (haetsal-county seed 9 txt lost its status). Now no cut runs through a status
   word or a status rule's match (``normalize.status.status_across``): read whole, continuing (score 1.0).
3. ``achievements._dated_log`` skipped every block-heading line, so an item closing on its date after a colon whose
   words hold a reporting word (``상반기 추진실적 보고회 개최 : 2024. 7.``) no longer told the section apart from a
   dated log: ``2024년 국비 15억원 확보`` got date 2024 (silent). Now a line closing on its date after a colon counts
   as an item closing on its date, heading words or not: the items keep their years in their text, date null.
4. ``side_tables._total_spread`` under a head closing on a note column padded a short total row on the right, the
   label assumed one cell: ``합계 500 450`` under ``구분 세부사업 예산 집행 비고`` over rows of two label cells put
   500 under 세부사업, 450 under 예산 (silent). Now the label spans as many columns as the full rows open on
   (``합계 합계 500 450`` and an empty note); where the rows do not tell, only a row one cell short is padded so
   (mutant 9036's ``계 25,984 26,228 244`` as the branch read it), else as before the branch.
5. ``bare_headings.bare_sibling_headings``' ``boxed`` rule dropped every line outside a cell once the known headings
   were boxed, so a bare heading the vocabulary does not know (``향후 홍보계획`` over ``∘ 시민 대상 설명회 개최``)
   was lost into the section before. Now a line outside the cells is dropped only where no item (nor unit line)
   stands under it (the web buttons over the header table are still dropped).
Also (found mending 1): a dump's stacked run ending on a caption whose lines read as no table (its row a figure short)
is no longer joined from its first tables alone (a partial funding as the whole): the lines stay lines.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.bare_headings import bare_sibling_headings
from pledgecard.extract.document import Source, Table
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.achievements import _dated_log
from pledgecard.extract.sections.funding_stacked import stacked_joined
from pledgecard.extract.sections.side_tables import tables_from_lines
from pledgecard.extract.status_twice import phrases_apart, settle_two_statuses
from pledgecard.pipeline import process_file

from conftest import family_card, shared_score, wrong_figures_of


def _line(text: str, marker: str | None = None, cell: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source(cell=cell))


def _stacked(head: str, rows: list[str]) -> list[object]:
    texts = ["(단위: 백만원)"]
    for year, row in zip(("< 2022년 >", "< 2023년 >"), rows, strict=True):
        texts += [year, head, row]
    return stacked_joined([_line(t) for t in texts])


def test_a_head_more_than_the_figures_leaves_the_stacked_lines_unread() -> None:
    # 군비 printed blank: three figures under four heads
    out = _stacked("구분 계 국비 도비 군비", ["사업비 3,000 2,000 1,000", "사업비 1,500 1,000 500"])
    assert all(isinstance(it, Line) for it in out)
    # thousands spaced: four tokens under five heads
    out = _stacked("구분 계 국비 도비 시비 군비", ["사업비 1 500 900 600", "사업비 1 200 700 500"])
    assert all(isinstance(it, Line) for it in out)
    # as many figures as heads: one table, each figure under its head
    out = _stacked("구분 계 국비 도비", ["사업비 3,000 2,000 1,000", "사업비 1,500 1,000 500"])
    (table,) = [it for it in out if isinstance(it, Table)]
    assert table.grid() == [
        ["구분", "계", "국비", "도비"],
        ["2022년", "3,000", "2,000", "1,000"],
        ["2023년", "1,500", "1,000", "500"],
    ]


def test_one_status_printed_spaced_is_not_cut() -> None:
    for one in ("이행 후 계속 추진", "계속 추진 중", "완료 후 계속 추진"):
        assert phrases_apart(one) == [], one
        header = {"status": one, "status_code": "continuing"}
        assert settle_two_statuses(header, [], "txt") == [] and header["status"] == one
    # two statuses side by side are still cut
    assert phrases_apart("정상추진 이행후 계속추진") == ["정상추진", "이행후 계속추진"]
    assert phrases_apart("정상 추진 이행후 계속추진") == ["정상 추진", "이행후 계속추진"]


def test_a_family_card_printing_its_status_spaced_keeps_it(tmp_path: Path) -> None:
    path, exp = family_card(tmp_path, "haetsal-county", 9, "txt")
    (rec,) = process_file(path).records
    assert rec["header"]["status"] == exp["header"]["status"] == "이행 후 계속 추진"
    assert rec["header"]["status_code"] == "continuing"
    assert wrong_figures_of(exp, rec) == []
    assert shared_score(exp, rec) >= 1.0


def test_an_item_closing_on_its_date_after_a_colon_is_no_block_heading_of_a_log() -> None:
    items = [
        _line("2024년 국비 15억원 확보", "ㅇ"),
        _line("2025년 실시설계 용역 착수", "ㅇ"),
        _line("상반기 추진실적 보고회 개최 : 2024. 7.", "ㅇ"),
    ]
    assert not _dated_log(items, "❒")
    # a block heading closing on its reporting point in brackets is still no item
    log = [
        _line("그간 추진실적 [2024.3/4분기 누계]", "☞"),
        _line("2023.8. 현장 건의 17건 검토", "◦"),
        _line("2023.9. 신규 참여기업 협약", "◦"),
    ]
    assert _dated_log(log, "□")


# the reviewer's card (c3): a 추진실적 of items opening on their year, the last closing on its date after a colon
_C3_CARD = """\


어울특별자치도 도지사 공약사업 관리카드

[2025년 2분기 현재 기준]

관리번호 공약사업명 소관부서 추진상황 진행률(%)

이행후 계속추진 완료 정상 일부

Ⅲ-⑤-44 어울특별자치도 지역인재 지원센터 건립 경제정책과 해당안됨 해당안됨 해당됨 해당안됨 55

담당자 추은영 연락처 2147 협조부서 -

실천목표 단계별 추진

❒ 1. 사업개요

○ 사업기간 : 2022.7.~2026.12.

○ 총사업비 : 301.1억원(국비 86.6, 도비 98.8, 군비 29.8, 민자 85.9)

○ 주요내용

- 청년 맞춤형 교육·컨설팅 제공 및 민관 협력체계 운영

* 공유오피스: 지역인재 관련 시설 및 장비를 갖춘 거점 공간

❒ 2. 재원별 투자계획

(단위: 억원)

구분 계 국비 지방비 민자

소계 도비 군비

계 301.1 86.6 128.6 98.8 29.8 85.9

2022년 60.7 14.5 34.3 25.5 8.8 11.9

2023년 47.7 20.2 16.7 7.0 9.7 10.8

2024년 51.7 1.3 29.2 29.2 - 21.2

2025년 68.2 23.1 29.3 21.9 7.4 15.8

2026년 72.8 27.5 19.1 15.2 3.9 26.2

❒ 3. 추진실적

ㅇ 2024년 국비 15억원 확보

ㅇ 2025년 실시설계 용역 착수

ㅇ 상반기 추진실적 보고회 개최 : 2024. 7.

❒ 4. 성과목표 및 실적

연도 세부사업 목표 실적 달성률 추진상황 추진내용

2024 지역인재 지원사업 지역인재 프로그램 운영(45회) 61회 136% 완료 공유오피스 운영 및 참가자 지원

2025 지역인재 교육생 양성(30명) 15명 50% 추진 중

2026 지역인재 협약 체결(60건) - - 미착수

❒ 5. 도민 소통실적

계 주민간담회·공청회 등 만족도조사 전문가 자문 언론·방송 기타

108회 6 2 3 95 2

❒ 6. 향후 추진계획

○ 청년센터 실시설계 및 착공 : '26년 상반기

○ 중앙부처 공모사업 대응 및 국비 확보 건의 : '26년 하반기

❒ 7. 기대효과

○ 어울특별자치도 브랜드 가치 제고 및 대외 인지도 확대

○ 지역인재 경쟁력 강화를 통한 지역경제 활성화

⇨양질의 일자리 창출로 청년인구 유출 방지

"""


def test_the_card_of_items_opening_on_their_year_keeps_the_years_in_the_text(tmp_path: Path) -> None:
    path = tmp_path / "card.txt"
    path.write_text(_C3_CARD, encoding="utf-8")
    (rec,) = process_file(path).records
    items = {a["text"]: a["date"] for a in rec["achievements"]}
    assert items["2024년 국비 15억원 확보"] is None
    assert items["2025년 실시설계 용역 착수"] is None
    assert items["상반기 추진실적 보고회 개최"]["label"] == "2024-07"


def test_a_run_ending_on_a_caption_read_as_no_table_is_not_joined() -> None:
    texts = [
        "< 총사업비 >",
        "구분 계 국비 도비",
        "사업비 5,000 3,000 2,000",
        "< 2022년 >",
        "구분 계 국비 도비",
        "사업비 3,000 2,000 1,000",
        "< 2023년 >",
        "구분 계 국비 도비",
        "사업비 2,000 1,000",
    ]
    assert all(isinstance(it, Line) for it in stacked_joined([_line(t) for t in texts]))
    # the run whole (the last row full) is one table
    full = [*texts[:-1], "사업비 2,000 1,000 1,000"]
    assert any(isinstance(it, Table) for it in stacked_joined([_line(t) for t in full]))


def test_a_total_label_over_two_label_columns_keeps_its_figures_under_their_heads() -> None:
    head = "구분 세부사업 예산 집행 비고"
    rows = ["합계 500 450", "교육 강사양성 300 250 상반기", "홍보 설명회 200 200 완료"]
    (t,) = tables_from_lines([_line(head), *(_line(r) for r in rows)], "")
    assert t["rows"][0] == ["합계", "합계", "500", "450", ""]
    # rows of one label cell: the total's note cell is the one short
    rows = ["계 25,984 26,228 244", "국비 7,494 7,479 15 조정", "도비 18,490 18,749 259 증액"]
    (t,) = tables_from_lines([_line("구분 당초 변경 증감 비고"), *(_line(r) for r in rows)], "")
    assert t["rows"][0] == ["계", "25,984", "26,228", "244", ""]


def test_a_bare_heading_over_items_among_boxed_headings_is_their_sibling() -> None:
    texts = [
        ("그림시 공약사업 관리카드", None, None),
        ("사업개요", None, "T1!A1"),
        ("사업기간 : '22.10.~'26.6.", "○", None),
        ("연차별 투자계획", None, "T2!A1"),
        ("(단위 : 백만원)", None, None),
        ("추진실적", None, "T3!A1"),
        ("교육부 주관 공모사업 최종 선정", "∘", None),
        ("향후 홍보계획", None, None),
        ("시민 대상 설명회 개최", "∘", None),
    ]
    lines = [(k, _line(*t)) for k, t in enumerate(texts)]
    assert 7 in bare_sibling_headings(lines, set())
    # a line outside the cells with no item under it (web buttons over the header table) is still none
    buttons = [(0, _line("목록 인쇄 공유")), *((k + 2, it) for k, it in lines[1:])]
    assert 0 not in bare_sibling_headings(buttons, set())
