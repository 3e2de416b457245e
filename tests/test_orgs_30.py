"""Organisations of three classes the rules cut short or missed (issue 11, session 30).

- a body's branch printed after it (`한국농어촌공사 강원지역본부`, `고용노동부 강릉지청`, `기업은행 춘천지점`):
  one organisation, the parent and its branch, when the branch word (`branch_words` in
  extract/lexicon.toml) follows a word of a place, does not end like a common noun (`강원도지사`,
  `위험지점`, `아파트 관리사무소`) and a body's name stands before it, or its bracketed acronym
  (`한국토지주택공사(LH) 강원지역본부`); a branch's branch after it joins too (``nlp._branch_orgs``);
- Latin acronyms: only those the lexicon lists name a body on their own (`LH와`, `aT`, `SH공사`; never
  `KTX`, `CCTV`, `SOC`); an acronym glossed in brackets by a Korean name (`한국토지주택공사(LH)`,
  `LH(한국토지주택공사)`) is that name's (``nlp_acronyms.merge_glossed``);
- a two-syllable 읍/면/동 before a neighbourhood's office (`서면 행정복지센터`, `북면 주민센터`): that
  neighbourhood's office, though the word alone is as often a common one (`서면 보고`) and words
  ending like a common noun (`이동`, `전면`, `대면`) stay none (``nlp.names_a_neighbourhood_office``).

``HELD_OUT``: 72 sentences in the style of real cards, written before the rules were read or changed.
Measured (``find_orgs``, no issuer places):

- ``HELD_OUT``: P 0.444 R 0.308 -> P 0.979 R 0.904;
- test_orgs_29's reviewer set (121): P 0.937 R 0.881 -> P 0.969 R 0.940; its ``SENTENCES`` stay P 1.0 R 1.0;
- every expected record's orgs under samples/ and the seed: P 1.0 R 1.0 (tp 1943), as before.

Left (misses kept in ``HELD_OUT``): `우체국` / `달래우체국`, `한국전력` (without 공사), `국립춘천박물관`,
`대한노인회 달래군지회` (지회 is no branch word: test_orgs_29 reads `대한노인회` alone there).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.nlp import find_orgs, find_orgs_many, names_a_neighbourhood_office
from pledgecard.extract.nlp_acronyms import glossed_acronyms
from tests.test_orgs_29 import HANDMADE, REVIEW_ITEMS, SENTENCES

# (sentence, its organisations): written for this work before the rules were changed.
HELD_OUT: list[tuple[str, list[str]]] = [
    # branch offices of a national body
    ("한국토지주택공사 강원지역본부와 임대주택 공급 협약", ["한국토지주택공사 강원지역본부"]),
    ("국민연금공단 원주지사 노후준비 상담 연계 120건", ["국민연금공단 원주지사"]),
    ("한국전력공사 춘천지사와 전선 지중화 사업비 분담 협의", ["한국전력공사 춘천지사"]),
    ("중소벤처기업진흥공단 강원지역본부 정책자금 설명회 개최", ["중소벤처기업진흥공단 강원지역본부"]),
    ("근로복지공단 강릉지사와 산재근로자 재활 지원", ["근로복지공단 강릉지사"]),
    ("고용노동부 강릉지청과 청년 일자리 박람회 공동 개최", ["고용노동부 강릉지청"]),
    ("한국자산관리공사 강원지역본부와 유휴 국유지 활용 협약", ["한국자산관리공사 강원지역본부"]),
    ("한국농어촌공사 홍천지사 저수지 준설 2개소", ["한국농어촌공사 홍천지사"]),
    ("기업은행 춘천지점과 소상공인 저금리 대출 협약", ["기업은행 춘천지점"]),
    ("한국관광공사 강원지사와 체류형 관광상품 공동 개발", ["한국관광공사 강원지사"]),
    ("한국원자력연구원 정읍분원과 방사선 융합 연구 협약", ["한국원자력연구원 정읍분원"]),
    ("서울출입국외국인청 춘천출장소와 계절근로자 입국 지원", ["서울출입국외국인청 춘천출장소"]),
    ("한국가스공사 강원지역본부 도시가스 미공급지역 배관 확충 협의", ["한국가스공사 강원지역본부"]),
    ("한국국토정보공사 춘천지사와 지적재조사 측량 1,200필지", ["한국국토정보공사 춘천지사"]),
    ("(사)한국외식업중앙회 달래군지부와 위생 개선 협약", ["한국외식업중앙회 달래군지부"]),
    (
        "한국토지주택공사 강원지역본부 및 강원개발공사 공동 개발",
        ["한국토지주택공사 강원지역본부", "강원개발공사"],
    ),
    ("농협은행 달래군지점 금고 약정 체결", ["농협은행 달래군지점"]),
    ("산림조합중앙회 강원지역본부와 산림경영 컨설팅 지원", ["산림조합중앙회 강원지역본부"]),
    ("춘천지방검찰청 영월지청과 범죄예방 협의회 구성", ["춘천지방검찰청 영월지청"]),
    ("한국산업인력공단 강원지사 국가자격시험 유치 2회", ["한국산업인력공단 강원지사"]),
    ("국민건강보험공단 홍천지사·홍천경찰서 합동 캠페인", ["국민건강보험공단 홍천지사", "홍천경찰서"]),
    ("대한적십자사 강원지사 재난구호 물품 비축 협약", ["대한적십자사 강원지사"]),
    # branch words naming no body
    ("현장 사무소 설치 및 운영", []),
    ("민원 출장소 2개소 신설", []),
    ("사무소 개소식 개최(2024. 3.)", []),
    ("농협 지점 앞 버스정류장 이전", []),
    ("지사 관사 부지 매입 완료", []),
    # acronyms
    ("한국토지주택공사(LH)와 청년 행복주택 200호 공급 협약", ["한국토지주택공사"]),
    ("LH와 국민임대주택 건설 협의 3회", ["LH"]),
    ("한국농수산식품유통공사(aT) 공공급식 식재료 공급 협약", ["한국농수산식품유통공사"]),
    ("aT 농식품 수출 상담회 참가(계약 3건)", ["aT"]),
    ("KTX 강릉선 주말 증편 건의(4회)", []),
    ("SRT 노선 유치 건의문 전달", []),
    ("SH공사와 공공주택 공급 협의", ["SH공사"]),
    ("KOTRA와 수출 바우처 지원 협약", ["KOTRA"]),
    ("CCTV 통합관제센터 24시간 운영", []),
    ("IoT 기반 스마트 가로등 설치 120개", []),
    ("LED 가로등 교체 450본", []),
    ("ESG 경영 확산 교육 2회", []),
    ("GTX 노선 연장 건의", []),
    ("SOC 사업 국비 확보 120억원", []),
    ("DMZ 평화관광 코스 개발 3개", []),
    ("BTL 사업 착공(2025. 6.)", []),
    ("ICT 융합 스마트시티 조성 실시설계", []),
    ("KAIST와 드론 실증 연구 협약", ["KAIST"]),
    ("NGO 단체와 협력 강화", []),
    ("MOU 체결(코레일, 국가철도공단)", ["코레일", "국가철도공단"]),
    ("KTX 역사 접근도로 개설 1.2km", []),
    # short neighbourhood names
    ("북면 주민센터 다목적실 프로그램 운영 12개", ["북면 주민센터"]),
    ("서면 행정복지센터와 연계한 홀몸어르신 안부 확인 240가구", ["서면 행정복지센터"]),
    ("남면 행정복지센터 찾아가는 복지상담 36회", ["남면 행정복지센터"]),
    ("동면 주민센터 주관 마을축제 개최", ["동면 주민센터"]),
    ("신북읍 행정복지센터와 경로당 순회 건강체크", ["신북읍 행정복지센터"]),
    ("중앙동주민센터 청소년 공부방 운영", ["중앙동주민센터"]),
    ("내면 행정복지센터 복지사각지대 발굴 45가구", ["내면 행정복지센터"]),
    ("화동 주민센터 주관 골목 정화 활동", ["화동 주민센터"]),
    # words ending like a neighbourhood
    ("서면 보고 3회 실시", []),
    ("서면 답변서 제출(행정안전부)", ["행정안전부"]),
    ("전면 재정비 계획 수립", []),
    ("측면 지원 강화로 참여율 향상", []),
    ("정면 도로 확장 320m", []),
    ("대면 상담 창구 운영 2개소", []),
    # other bodies
    ("강원특별자치도교육청과 돌봄교실 확대 협약", ["강원특별자치도교육청"]),
    ("춘천소방서와 합동 화재안전 점검 48개소", ["춘천소방서"]),
    ("문화체육관광부 공모사업 선정(국비 15억원)", ["문화체육관광부"]),
    ("우체국과 복지등기 우편 서비스 협약", ["우체국"]),
    ("달래우체국 집배원 위기가구 발굴 협력", ["달래우체국"]),
    ("국토교통부 도시재생 뉴딜사업 선정", ["국토교통부"]),
    ("한국전력과 변전소 이전 협의", ["한국전력"]),
    ("국립춘천박물관과 지역 문화유산 공동 전시", ["국립춘천박물관"]),
    ("강원지방기상청과 기상재해 공동 대응 체계 구축", ["강원지방기상청"]),
    ("대한노인회 달래군지회 경로당 순회 프로그램 운영", ["대한노인회 달래군지회"]),
]


def _scores(
    items: list[tuple[str, list[str]]],
) -> tuple[float, float, list[tuple[str, list[str], list[str]]]]:
    tp = fp = fn = 0
    wrong: list[tuple[str, list[str], list[str]]] = []
    for text, orgs in items:
        got, exp = set(find_orgs(text)), set(orgs)
        tp, fp, fn = tp + len(got & exp), fp + len(got - exp), fn + len(exp - got)
        if got != exp:
            wrong.append((text, sorted(got - exp), sorted(exp - got)))
    return tp / (tp + fp), tp / (tp + fn), wrong


def test_held_out_precision_and_recall() -> None:
    """Floors at the measured values (P 0.979 R 0.904; before: P 0.444 R 0.308)."""
    assert len(HELD_OUT) == 72
    precision, recall, wrong = _scores(HELD_OUT)
    assert precision >= 0.975, wrong
    assert recall >= 0.90, wrong


def test_review_set_of_session_29_rises() -> None:
    """The reviewer's sentences of test_orgs_29: P 0.937 R 0.881 -> P 0.969 R 0.940."""
    precision, recall, wrong = _scores(REVIEW_ITEMS)
    assert precision >= 0.965, wrong
    assert recall >= 0.935, wrong


def test_sentences_of_session_29_stay_whole() -> None:
    assert _scores(SENTENCES)[:2] == (1.0, 1.0)


def test_many_agree_with_one_by_one() -> None:
    texts = [text for text, _ in HELD_OUT]
    assert find_orgs_many(texts) == [find_orgs(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("국민연금공단 원주지사 노후준비 상담", ["국민연금공단 원주지사"]),
        ("(사)한국외식업중앙회 달래군지부와 협약", ["한국외식업중앙회 달래군지부"]),
        ("대한적십자사 강원지사와 나눔 행사", ["대한적십자사 강원지사"]),  # a parent known only as a name
        ("국민건강보험공단 홍천지사·홍천경찰서 합동 캠페인", ["국민건강보험공단 홍천지사", "홍천경찰서"]),
        (
            "한국농어촌공사 강원지역본부 홍천지사와 협약",
            ["한국농어촌공사 강원지역본부 홍천지사"],
        ),  # a branch's branch
        (
            "한국농어촌공사 강원지역본부, 홍천지사와 협약",
            ["한국농어촌공사 강원지역본부"],
        ),  # a comma parts them
        ("한국토지주택공사(LH) 강원지역본부와 협약", ["한국토지주택공사 강원지역본부"]),  # the gloss between
        ("LH 강원지역본부와 협약", ["LH 강원지역본부"]),
    ],
)
def test_a_branch_after_its_body_is_one_organisation(text: str, orgs: list[str]) -> None:
    assert find_orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("강원도지사 표창 수상", []),  # a governor
        ("한국도로공사 사고위험지점 개선", ["한국도로공사"]),  # a spot
        ("아파트 관리사무소와 협력", []),  # a site's own office
        ("공사 현장사무소 설치", []),
        ("민원 출장소 2개소 신설", []),  # no body before it
        ("국민연금공단과 춘천지사 협의", ["국민연금공단"]),  # a particle parts them
        ("한국관광공사 지사 이전", []),  # no place in the branch word; the body a site
        ("한국농어촌공사 홍천지사 신축 부지 매입", []),  # the branch a building
        ("기업은행 춘천지점 앞 횡단보도 설치", []),  # the branch a place
        ("한국농어촌공사 홍천지사와 저수지 신축 협의", ["한국농어촌공사 홍천지사"]),  # acting: a particle
    ],
)
def test_branch_words_that_name_no_branch(text: str, orgs: list[str]) -> None:
    assert find_orgs(text) == orgs


def test_acronyms_listed_or_glossed() -> None:
    assert find_orgs("LH와 국민임대주택 건설 협의") == ["LH"]
    assert find_orgs("SH공사와 공공주택 공급 협의") == ["SH공사"]
    assert find_orgs("KTX 증편 건의, CCTV 설치, SOC 예산") == []
    assert find_orgs("한국토지주택공사(LH)와 협약, LH 임대주택 공급") == ["한국토지주택공사"]
    assert find_orgs("LH(한국토지주택공사) 공공임대 공급") == ["한국토지주택공사"]
    assert glossed_acronyms("한국수자원공사(K-water)와 협약", ["한국수자원공사"]) == {
        "K-water": "한국수자원공사"
    }
    assert glossed_acronyms("KTX(고속철도) 증편", []) == {}  # no organisation glosses it


def test_two_syllable_neighbourhoods_only_before_their_office() -> None:
    assert names_a_neighbourhood_office("서면") and names_a_neighbourhood_office("화동")
    assert not any(names_a_neighbourhood_office(w) for w in ("이동", "전면", "대면", "측면", "공동", "서리"))
    assert find_orgs("북면주민센터 프로그램 운영") == ["북면주민센터"]
    assert find_orgs("서면 보고 및 행정복지센터 협의") == []
    assert find_orgs("이동 행정복지센터 운영") == []


def test_a_card_whose_item_names_a_branch_and_a_short_neighbourhood_wrapped(tmp_path: Path) -> None:
    """dallae-county-4-11 with its partners' item rewritten to name a branch and a two-syllable
    neighbourhood's office, wrapped onto the next line as a dump of a narrow cell prints it: the item's
    orgs are the branch whole and the office; every other item's as before."""
    text = (HANDMADE / "dallae-county-4-11.txt").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if "(농협, " in ln)
    head, tail = line.split("어르신", 1)
    words = tail.split("(", 1)[0].split()
    new = (
        f"{head}한국농어촌공사 강원지역본부, 서면 행정복지센터와 어르신 {words[0]}\n   {' '.join(words[1:])}"
        f"{tail[tail.index(')') + 1 :]}"
    )
    card = tmp_path / "dallae-branch.txt"
    card.write_text(text.replace(line, new), encoding="utf-8")
    expected = json.loads((HANDMADE / "dallae-county-4-11.expected.json").read_text(encoding="utf-8"))
    records = extract_file(card)
    assert len(records) == 1
    got = [item["orgs"] for item in records[0]["achievements"]]
    want = [item["orgs"] for item in expected["achievements"]]
    changed = [i for i, orgs in enumerate(want) if "새마을부녀회" in orgs]
    assert len(changed) == 1 and len(got) == len(want)
    assert got[changed[0]] == ["한국농어촌공사 강원지역본부", "서면 행정복지센터"]
    assert [o for i, o in enumerate(got) if i not in changed] == [
        o for i, o in enumerate(want) if i not in changed
    ]
