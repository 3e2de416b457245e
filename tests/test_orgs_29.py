"""Organisations (achievement items' ``orgs``) that the NLP rules missed, and the classes fixed.

Measured (``find_orgs`` against every expected ``orgs`` in samples/**/*.expected.json, samples/handmade
and the seed's expected record, places from the header; and against ``SENTENCES`` below, realistic
sentences written for this work):

- samples: P 0.9995 R 0.9985 (fn 3: the handmade cards' 교육지원청, 농협, 새마을부녀회) -> P 0.9995 R 1.0
  (the one extra, 공공급식지원센터 of seoryeong-province-5-12, was there before);
- ``SENTENCES``: P 0.973 R 0.600 -> P 1.0 R 1.0.

The classes (words in extract/lexicon.toml, structure in extract/nlp.py):

- partners listed in brackets after a word of agreement (``협약 체결(농협, 새마을부녀회)``): with one
  item known by its shape, every item a single name, the others are partners too (``_partner_orgs``);
- a name a dump wrapped across a line inside its first syllables (``새마 을부녀회``): the word's own stem
  one syllable, joined with the fragment before it;
- public offices serving an area named alone (``보건소``, ``교육지원청``, ``경찰서``) or after a place
  (``춘천경찰서``); a neighbourhood's office only after the neighbourhood (``소양동 행정복지센터``,
  ``효자2동주민센터``); an office qualifying a generic word (``교육지원청 센터``) names a facility;
- bodies named by a word of their own (``농협``, ``축협``), numbered military units (``제36보병사단``),
  schools (``달래고등학교``), 과학원 / 부녀회 / 노인회;
- names joined by ``ㆍ`` (read as ``·``, which the tokenizer splits on).

Kept: a generic word alone (``센터``, ``관계기관``, ``유관기관``), the card's own departments (``OO과``,
``OO팀``), a bracket of words that are no names (``(교육, 홍보)``, ``(3건)``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.issuer import place_names
from pledgecard.extract.nlp import (
    body_name,
    find_orgs,
    find_orgs_many,
    institution_name,
    is_neighbourhood,
    normalize_for_orgs,
    place_office_name,
)
from pledgecard.scoring import score_record

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "spec" / "seed.expected.json"
HANDMADE = REPO / "samples" / "handmade"

# (sentence, its organisations in order): the kinds of body local government cards name.
SENTENCES: list[tuple[str, list[str]]] = [
    ("한국농어촌공사와 저수지 수질개선 업무협약 체결", ["한국농어촌공사"]),
    ("국민건강보험공단·근로복지공단 합동 현장점검 실시", ["국민건강보험공단", "근로복지공단"]),
    ("(재)달래문화재단 주관 지역축제 개최(관람객 1만2천명)", ["달래문화재단"]),
    ("한국교통안전공단, 도로교통공단과 어린이보호구역 합동 점검", ["한국교통안전공단", "도로교통공단"]),
    ("㈜한빛에너지와 태양광 발전설비 부지 임대 계약 체결", ["한빛에너지"]),
    ("주식회사 바른먹거리 등 3개사 학교급식 납품 참여", ["바른먹거리"]),
    ("행정안전부 지방소멸대응기금 공모 선정(40억원)", ["행정안전부"]),
    ("산림청·국립산림과학원 합동 산불 예방 캠페인", ["산림청", "국립산림과학원"]),
    ("산림청ㆍ한국임업진흥원 임산물 유통 컨설팅", ["산림청", "한국임업진흥원"]),
    ("부산지방국토관리청 국도 확장 예산 반영", ["부산지방국토관리청"]),
    ("원주지방환경청과 하천 수질 공동 조사 2회", ["원주지방환경청"]),
    ("제36보병사단과 민·관·군 합동 재난 대비 훈련", ["제36보병사단"]),
    ("공군 제8전투비행단 소음 피해 대책 협의회 개최", ["제8전투비행단"]),
    ("춘천경찰서·춘천교육지원청 합동 등굣길 캠페인", ["춘천경찰서", "춘천교육지원청"]),
    ("보건소 방문건강관리 대상 어르신 320명 관리", ["보건소"]),
    ("교육지원청과 늘봄학교 운영 협의", ["교육지원청"]),
    ("소양동 행정복지센터 복지 상담 창구 운영", ["소양동 행정복지센터"]),
    ("효자2동주민센터 마을 공동체 프로그램 운영", ["효자2동주민센터"]),
    ("한국폴리텍대학 재직자 교육과정 개설(수료 45명)", ["한국폴리텍대학"]),
    ("강원연구원 정책연구 용역 완료", ["강원연구원"]),
    ("한국지방행정연구원 및 한국법제연구원 공동 포럼 개최", ["한국지방행정연구원", "한국법제연구원"]),
    ("중소기업중앙회와 판로지원 업무협약", ["중소기업중앙회"]),
    ("소상공인시장진흥공단과 전통시장 활성화 협약", ["소상공인시장진흥공단"]),
    ("달래고등학교, 솔내중학교 등 관내 5개교 참여", ["달래고등학교", "솔내중학교"]),
    ("한국전력공사 및 한국가스공사와 에너지 복지 협약", ["한국전력공사", "한국가스공사"]),
    ("어르신 반찬 나눔 협약 체결(농협, 새마을부녀회)", ["농협", "새마을부녀회"]),
    ("어르신 반찬 나눔 협약 체결(농협, 새마 을부녀회)", ["농협", "새마을부녀회"]),
    ("로컬푸드 직매장 입점 협약(농협, 축협, 산림조합)", ["농협", "축협", "산림조합"]),
    ("바르게살기협의회, 새마을부녀회 등 12개 단체 환경정화 참여", ["바르게살기협의회", "새마을부녀회"]),
    ("업무협약 체결(㈜다온바이오, 솔내푸드)", ["다온바이오", "솔내푸드"]),
    ("강원대학교 산학협력단과 스마트팜 실증 연구용역 계약", ["강원대학교"]),
    ("창업진흥원 및 강원창조경제혁신센터와 창업보육 협약", ["창업진흥원", "강원창조경제혁신센터"]),
    ("한국산업인력공단과 과정평가형 자격과정 운영(수료 30명)", ["한국산업인력공단"]),
    ("달래농업협동조합과 쌀 계약재배 협약", ["달래농업협동조합"]),
    ("세종특별자치시교육청과 돌봄교실 확대 협약", ["세종특별자치시교육청"]),
    ("국방부·국토교통부 협의 완료", ["국방부", "국토교통부"]),
    ("(사)한국외식업중앙회와 위생 교육 3회", ["한국외식업중앙회"]),
    ("한국관광공사와 공동 마케팅 추진", ["한국관광공사"]),
    ("유관기관 합동 점검(소방서, 한국전기안전공사)", ["소방서", "한국전기안전공사"]),
    ("한국수자원공사와 스마트 물관리 시범사업 협약", ["한국수자원공사"]),
    ("대한노인회 달래군지회와 경로당 활성화 협약", ["대한노인회"]),
    ("지역 대학 및 관계기관 간담회 개최", []),
    ("센터 운영 활성화 및 유관기관 협력 강화", []),
    ("관광정책과·기획예산과 협업 TF 구성", []),
    ("일자리정책팀과 합동 채용박람회 개최 2회", []),
    ("관내 초등학교 31곳 통학로 점검", []),
    ("업무협약 체결(3건)", []),
    ("협력 강화(교육, 홍보)", []),
    ("복합스포츠센터 건립 공사 착공", []),
    ("지원센터 및 기관 간 협의체 구성", []),
    ("민관 협력 체계 구축(주민, 단체)", []),
    ("관할 경찰서와 합동 순찰", ["경찰서"]),
    ("교육지원청 센터 조성 실시설계 용역 완료", []),
    ("㈜한빛에너지와 부지 임대 계약 체결", ["한빛에너지"]),
]


@pytest.mark.parametrize(("text", "orgs"), SENTENCES, ids=[f"s{i}" for i in range(len(SENTENCES))])
def test_sentence_orgs(text: str, orgs: list[str]) -> None:
    assert find_orgs(text) == orgs


def test_sentences_many_agree_with_one_by_one() -> None:
    texts = [text for text, _ in SENTENCES]
    assert find_orgs_many(texts) == [find_orgs(t) for t in texts]


def _expected_items() -> dict[tuple[str, frozenset[str]], list[str]]:
    """Every expected achievement item's text (with its card's place names) and its orgs."""
    files = [*sorted((REPO / "samples").rglob("*.expected.json")), SEED]
    items: dict[tuple[str, frozenset[str]], list[str]] = {}
    for path in files:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        for record in loaded if isinstance(loaded, list) else [loaded]:
            if not isinstance(record, dict):
                continue
            header = record.get("header") or {}
            issuer = header.get("issuer") or ((header.get("kind") or "").split() or [None])[0]
            for item in record.get("achievements") or []:
                items.setdefault((item["text"], place_names(issuer)), list(item.get("orgs") or []))
    return items


def test_expected_records_orgs_precision_and_recall() -> None:
    tp = fp = fn = 0
    missed: list[tuple[str, str]] = []
    for (text, places), orgs in _expected_items().items():
        got = set(find_orgs(text, places))
        tp, fp, fn = tp + len(got & set(orgs)), fp + len(got - set(orgs)), fn + len(set(orgs) - got)
        missed += [(name, text) for name in set(orgs) - got]
    assert tp > 1500
    assert fn == 0, missed  # recall 1.0 (0.9985 before)
    assert fp / (tp + fp) < 0.001  # precision 0.9995: one venue-like centre, as before


@pytest.mark.parametrize("card", ["dallae-county-4-11", "solbit-city-2-3"])
def test_handmade_cards_org_facts_all_right(card: str) -> None:
    """The scorer's entity facts of the two hand-written cards naming bracketed partners and an office."""
    expected: dict[str, Any] = json.loads((HANDMADE / f"{card}.expected.json").read_text(encoding="utf-8"))
    records = extract_file(HANDMADE / f"{card}.txt")
    assert len(records) == 1
    got = records[0]
    got_orgs = [item["orgs"] for item in got["achievements"]]
    assert [item["orgs"] for item in expected["achievements"]] == got_orgs
    entities = score_record(expected, got).groups["entities"]
    assert entities.ok == entities.total


def test_middle_dots_join_names() -> None:
    assert "·" in normalize_for_orgs("산림청\u318d한국임업진흥원")
    assert find_orgs("국방부\u318d국토교통부 협의") == ["국방부", "국토교통부"]


def test_bodies_of_their_own_word() -> None:
    assert body_name("농협과") == "농협"
    assert body_name("보건소에서") == "보건소"
    assert body_name("제101여단과") == "제101여단"
    assert body_name("협력") is None and body_name("사단") is None


def test_offices_after_a_place() -> None:
    assert place_office_name("소양동", "행정복지센터와") == "소양동 행정복지센터"
    assert place_office_name("관내", "행정복지센터") is None  # no neighbourhood's name
    assert place_office_name("소양동", "복지관") is None
    assert institution_name("효자2동주민센터") == "효자2동주민센터"
    assert institution_name("행정복지센터") is None  # alone: a kind of office
    assert institution_name("관할경찰서") is None and institution_name("춘천경찰서와") == "춘천경찰서"
    assert find_orgs("읍면동 행정복지센터 12곳 운영") == []


def test_schools_by_name_not_by_kind() -> None:
    assert institution_name("솔내여자고등학교와") == "솔내여자고등학교"
    assert institution_name("여자고등학교") is None and institution_name("공업고등학교") is None
    assert find_orgs("관내 고등학교 및 중학교 12곳") == []


def test_wrapped_name_needs_a_one_syllable_stem() -> None:
    assert find_orgs("협약(농협, 새마 을부녀회)") == ["농협", "새마을부녀회"]
    assert find_orgs("부지 임대 완료") == []  # 임대: a one-syllable suffix is no wrapped name
    assert find_orgs("도로 공사 착공") == []  # the word's stem empty: two words, not a wrap


def test_partner_bracket_needs_a_known_partner_and_names_only() -> None:
    assert find_orgs("MOU 체결(다온랩스, 솔내푸드)") == []  # nothing in it known: no list of partners
    assert find_orgs("공동연구 협약(㈜다온랩스, 솔내푸드, 2건)") == ["다온랩스"]  # a count: no list
    assert find_orgs("공동 참여(한빛대학교, 솔내푸드)") == ["한빛대학교", "솔내푸드"]
    # beside a body named by a short word a plain word is no partner: `(농협, 로컬푸드)` reads alike
    assert find_orgs("협약 체결(농협 및 솔내푸드)") == ["농협"]


def test_a_partner_wrapped_across_a_line_of_the_dump(tmp_path: Path) -> None:
    """dallae-county-4-11 with its bracketed partners cut inside a name onto the next line, as a dump
    of a narrow cell prints it: the item's text joins the lines with a space (`새마 을부녀회`)."""
    text = (HANDMADE / "dallae-county-4-11.txt").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if "(농협, " in ln)
    cut = line.index("(농협, ") + len("(농협, ") + 2
    card = tmp_path / "dallae-wrapped.txt"
    card.write_text(text.replace(line, line[:cut] + "\n   " + line[cut:]), encoding="utf-8")
    expected = json.loads((HANDMADE / "dallae-county-4-11.expected.json").read_text(encoding="utf-8"))
    records = extract_file(card)
    assert len(records) == 1
    assert [item["orgs"] for item in records[0]["achievements"]] == [
        item["orgs"] for item in expected["achievements"]
    ]


# Precision mends (h-mendorgs) ----------------------------------------------------------------------
# A reviewer measured the rules above on realistic sentences: false hits rose 19 -> 49 (P 0.542
# R 0.866). The classes mended, each asserted below on the reviewer's own sentences; the whole set
# is measured in ``test_review_sentences_precision_and_recall`` (P 0.542 R 0.866 -> P 0.937 R 0.881).

# The reviewer's 121 labelled sentences of session 29 (68 naming no organisation; an office ACTING
# alone is one, a building, site or place is none), in the reviewer's order.
REVIEW_ITEMS: list[tuple[str, list[str]]] = [
    ("보건소 신축 공사 완료(2023. 12.)", []),
    ("경찰서 앞 교차로 정비로 교통사고 15% 감소", []),
    ("마을 공동체 활성화 추진(교육, 홍보, 캠페인)", []),
    ("읍사무소 리모델링 및 민원실 확장", []),
    ("학교 앞 통학로 안전시설 설치 12개소", []),
    ("농협 하나로마트 앞 횡단보도 신설", []),
    ("소방서 인근 공영주차장 조성 120면", []),
    ("보건소 주차장 증축 50면 확보", []),
    ("세무서 사거리 보행환경 개선", []),
    ("교육지원청 부지 활용 방안 마련", []),
    ("옛 보건소 건물을 청년 공간으로 리모델링", []),
    ("찾아가는 이동 행정복지센터 운영 24회", []),
    ("이동 주민센터 운영으로 민원 1,200건 처리", []),
    ("주민센터 신축 3개소 완료", []),
    ("행정복지센터 환경 개선 사업 추진", []),
    ("초등학교 통학로 정비 5개교", []),
    ("중학교 급식 지원 확대(2,400명)", []),
    ("고등학교 무상교육 전면 시행", []),
    ("경로당 냉난방기 교체 45개소", []),
    ("노인회 활동 지원 확대", []),
    ("부녀회 김장 나눔 행사 지원", []),
    ("농협 앞 도로 확장 공사 준공", []),
    ("수협 위판장 현대화 사업 완료", []),
    ("새마을금고 사거리 신호등 설치", []),
    ("경찰서 이전 부지 도시공원 조성", []),
    ("소방서 119안전센터 신설 추진", []),
    ("군부대 이전 부지 활용 계획 수립", []),
    ("보건소 방문 건강관리 서비스 3,500명", ["보건소"]),
    ("보건소 금연클리닉 운영 성공률 42%", ["보건소"]),
    ("협약 체결(교육, 홍보, 캠페인)", []),
    ("민관 협력(주민, 상인, 학생) 축제 개최", []),
    ("주민 참여(설명회, 공청회, 간담회) 12회", []),
    ("공동 추진(계획 수립, 설계, 시공)", []),
    ("협력 사업(돌봄, 급식, 방역) 확대", []),
    ("체결 실적(3건, 2억원)", []),
    ("참여(보건소, 주민, 자원봉사자) 방역 활동 30회", ["보건소"]),
    ("협업(보건소, 경로당, 마을회관) 건강 교실 운영", ["보건소"]),
    ("합동(경찰서, 소방서, 주민) 안전 점검 실시", ["경찰서", "소방서"]),
    ("연계(학교, 보건소, 복지관) 아동 돌봄 체계 구축", ["보건소"]),
    ("구성(위원장, 부녀회, 청년회) 마을 협의체 운영", []),
    ("읍면동 행정복지센터 기능 강화", []),
    ("전 동 주민센터 무인민원발급기 설치", []),
    ("관할 경찰서 협조 체계 구축", ["경찰서"]),
    ("여자중학교 앞 CCTV 설치", []),
    ("공업고등학교 실습실 현대화", []),
    ("각 초등학교 돌봄교실 확대", []),
    ("인근 중학교 체육관 개방", []),
    ("마을부녀회 활동 공간 마련", ["마을부녀회"]),
    ("경로당 노인회 운영비 지원", []),
    ("신청은 가까운 행정복지센터로 안내", []),
    ("구 보건소 부지 복합문화공간 조성", []),
    ("보건소·보건지소 시설 개선", []),
    ("동 행정복지센터 주차장 확충", []),
    ("건강 생활지원센터 신축", []),
    ("치매안심센터 보건소 내 이전", []),
    ("소방서 119 구급대 증원", ["소방서"]),
    ("교육지원청 센터 조성", []),
    ("세무서 민원실 연계 상담 창구", ["세무서"]),
    ("평가 행정복지센터 우수기관 선정", []),
    ("추가 행정복지센터 신축 계획 수립", []),
    ("활동 주민센터 프로그램 20개 운영", []),
    ("농협 로컬푸드 직매장 개장", []),
    ("하나로마트 로컬푸드 코너 입점 농가 120호", []),
    ("학교 급식 친환경 농산물 공급 확대", []),
    ("여성 농업인 센터 운영", []),
    ("전체 학교(초등학교, 중학교, 고등학교) 무상급식", []),
    ("관내 학교(초등학교 12, 중학교 5)", []),
    ("운동 행정복지센터 ... 체육 프로그램", []),
    ("보건소장 간담회 개최", []),
    ("경찰서장 초청 치안 간담회", []),
    ("제2사단 이전 부지 개발", []),
    ("춘천시보건소와 협력하여 방문 진료 실시", ["춘천시보건소"]),
    ("강원특별자치도교육청과 업무협약 체결", ["강원특별자치도교육청"]),
    ("업무협약 체결(농협, 새마을부녀회)", ["농협", "새마을부녀회"]),
    ("소양동 행정복지센터와 합동 캠페인", ["소양동 행정복지센터"]),
    ("효자2동주민센터에서 주민총회 개최", ["효자2동주민센터"]),
    ("제36보병사단과 재난 대응 합동 훈련", ["제36보병사단"]),
    ("산림청ㆍ한국임업진흥원 공동 사업", ["산림청", "한국임업진흥원"]),
    ("춘천경찰서, 춘천소방서와 합동 점검", ["춘천경찰서", "춘천소방서"]),
    ("협약 체결(한국전력공사, 솔내푸드)", ["솔내푸드", "한국전력공사"]),
    ("지역농협과 로컬푸드 협약", ["지역농협"]),
    ("남춘천농협과 업무협약", ["남춘천농협"]),
    ("강원대학교병원, 한림대학교 춘천성심병원과 협약", ["강원대학교병원", "한림대학교 춘천성심병원"]),
    ("한국농어촌공사 강원지역본부와 협력", ["한국농어촌공사 강원지역본부"]),
    ("대한적십자사 강원지사와 나눔 행사", ["대한적십자사 강원지사"]),
    ("육군 제2군단과 업무협약", ["제2군단"]),
    ("공군 제8전투비행단과 소음 대책 협의", ["제8전투비행단"]),
    ("KT&G와 장학사업 협약", ["KT&G"]),
    ("국민건강보험공단 춘천지사와 협력", ["국민건강보험공단 춘천지사"]),
    ("협약 체결(춘천시보건소 및 강원대학교)", ["강원대학교", "춘천시보건소"]),
    ("MOU(한국관광공사, 에어부산) 체결", ["에어부산", "한국관광공사"]),
    ("춘천교육지원청과 방과후 돌봄 협력", ["춘천교육지원청"]),
    ("춘천중학교와 진로 체험 협약", ["춘천중학교"]),
    ("서면 행정복지센터 신축 준공", ["서면 행정복지센터"]),
    ("농협중앙회 강원본부와 협약", ["농협중앙회"]),
    ("수협은행과 어업인 지원 협약", ["수협은행"]),
    ("북부지방산림청ㆍ춘천국유림관리소 합동 산불 예방", ["북부지방산림청", "춘천국유림관리소"]),
    ("춘천세무서와 세무 상담", ["춘천세무서"]),
    ("한국수자원공사와 물 관리 협약", ["한국수자원공사"]),
    ("강원도개발공사 및 강원랜드와 협약", ["강원도개발공사", "강원랜드"]),
    ("새마을운동중앙회와 협력", ["새마을운동중앙회"]),
    ("프로그램 연계(건강상담, 보건소) 운영", ["보건소"]),
    ("청년 창업 참여(청년, 농협) 확대", ["농협"]),
    ("협력(보건소, 치매예방, 금연) 교실 운영", ["보건소"]),
    ("공동(농협, 로컬푸드) 판매장 운영", ["농협"]),
    ("협의체 구성(보건소, 경로당, 부녀회장)", ["보건소"]),
    ("경찰서-주민 합동 순찰 20회", ["경찰서"]),
    ("보건소-복지관 연계 방문 간호", ["보건소"]),
    ("농협-하나로마트 연계 판매", ["농협"]),
    ("찾아가는 이동 주민센터 운영", []),
    ("행정 거리 주민센터 간담회", []),
    ("민원 관리 행정복지센터 평가", []),
    ("청사 전면 행정복지센터 리모델링", []),
    ("사랑의 집 고쳐주기 참여(농협, 적십자봉사회)", ["농협", "적십자봉사회"]),
    ("협약 체결(농협, 다문화가족)", ["농협"]),
    ("협력(수협, 어촌계)", ["수협", "어촌계"]),
    ("학교 급식 연계(농협, 학부모)", ["농협"]),
    ("제3포병여단 인근 도로 확포장", []),
    ("초중고등학교 무상급식", []),
    ("남녀공학중학교 전환", []),
    ("보건소·경찰서·소방서 합동 캠페인", ["경찰서", "보건소", "소방서"]),
]


def _review_scores() -> tuple[float, float, list[tuple[str, list[str], list[str]]]]:
    tp = fp = fn = 0
    wrong: list[tuple[str, list[str], list[str]]] = []
    for text, orgs in REVIEW_ITEMS:
        got, exp = set(find_orgs(text)), set(orgs)
        tp, fp, fn = tp + len(got & exp), fp + len(got - exp), fn + len(exp - got)
        if got != exp:
            wrong.append((text, sorted(got - exp), sorted(exp - got)))
    return tp / (tp + fp), tp / (tp + fn), wrong


def test_review_sentences_precision_and_recall() -> None:
    """Floors at the measured values (P 0.937, R 0.881; before: P 0.542, R 0.866). Left: names with a
    branch after them (`국민건강보험공단 춘천지사`), `KT&G`, `강원랜드`, `춘천국유림관리소`, and
    `서면 행정복지센터` (a two-syllable neighbourhood not among the issuer's places)."""
    assert len(REVIEW_ITEMS) == 121
    precision, recall, wrong = _review_scores()
    assert precision >= 0.93, wrong
    assert recall >= 0.88, wrong


def test_wrapped_fragment_joins_only_where_a_wrap_is_proven() -> None:
    """(1) Two printed words are never glued into a name never printed (`지역 거점 신병원`)."""
    for text in (
        "지역 거점 신병원 건립",
        "공공 분병원 개원",
        "장학 신재단 설립",
        "산업 신공단 조성",
        "시립 새병원 개원",
    ):
        assert find_orgs(text) == [], text
    assert find_orgs("협약(농협, 새마\n을부녀회)") == ["농협", "새마을부녀회"]  # a line break: a wrap
    assert find_orgs("협약(농협, 새마 을부녀회)") == ["농협", "새마을부녀회"]  # a known name


@pytest.mark.parametrize(
    "text",
    [
        "보건소 신축 공사 완료(2023. 12.)",
        "경찰서 앞 교차로 정비로 교통사고 15% 감소",
        "농협 하나로마트 앞 횡단보도 신설",
        "구 보건소 부지 복합문화공간 조성",
        "제2사단 이전 부지 개발",
        "옛 보건소 건물을 청년 공간으로 리모델링",
        "수협 위판장 현대화 사업 완료",
        "보건소·보건지소 시설 개선",
        "제3포병여단 인근 도로 확포장",
        "건강 생활지원센터 신축",
    ],
)
def test_offices_used_as_buildings_or_places_are_no_orgs(text: str) -> None:
    """(2) An office or cooperative named alone before a building, site or place word is a place."""
    assert find_orgs(text) == []


def test_offices_acting_stay_orgs() -> None:
    assert find_orgs("보건소 방문 건강관리 서비스 3,500명") == ["보건소"]
    assert find_orgs("농협-하나로마트 연계 판매") == ["농협"]  # a pair, no place
    assert find_orgs("소방서 119 구급대 증원") == ["소방서"]  # 구급대: a unit of the office, no university


def test_bracket_partners_each_look_like_an_organisation() -> None:
    """(3) `건강상담`, `경로당`, `학부모`, `로컬푸드` beside a body are no partners; a body's name is."""
    assert find_orgs("프로그램 연계(건강상담, 보건소) 운영") == ["보건소"]
    assert find_orgs("협업(보건소, 경로당, 마을회관) 건강 교실 운영") == ["보건소"]
    assert find_orgs("공동(농협, 로컬푸드) 판매장 운영") == ["농협"]
    assert find_orgs("학교 급식 연계(농협, 학부모)") == ["농협"]
    assert find_orgs("사랑의 집 고쳐주기 참여(농협, 적십자봉사회)") == ["농협", "적십자봉사회"]
    assert find_orgs("협력(수협, 어촌계)") == ["수협", "어촌계"]
    assert find_orgs("MOU(한국관광공사, 에어부산) 체결") == ["한국관광공사", "에어부산"]


@pytest.mark.parametrize("word", ["이동", "전면", "관리", "거리", "활동", "운동", "평가", "추가", "봉사활동"])
def test_words_ending_like_a_neighbourhood_are_none(word: str) -> None:
    """(4) A neighbourhood is numbered, of three syllables or more, or one of the issuer's places."""
    assert is_neighbourhood(word) is False
    assert find_orgs(f"{word} 행정복지센터 운영") == []
    assert find_orgs(f"{word} 주민센터 운영") == []


def test_neighbourhoods_by_number_length_or_issuer() -> None:
    assert is_neighbourhood("효자2동") and is_neighbourhood("소양동") and is_neighbourhood("종로3가")
    assert not is_neighbourhood("서면") and is_neighbourhood("서면", frozenset({"서면"}))
    assert find_orgs("서면 행정복지센터 신축 준공", frozenset({"서면"})) == ["서면 행정복지센터"]


def test_pairs_need_an_institution_by_its_shape() -> None:
    """(5) `보건소-복지관`: a body named by a short word makes no partner of the other side."""
    assert find_orgs("보건소-복지관 연계 방문 간호") == ["보건소"]
    assert find_orgs("경찰서-주민 합동 순찰 20회") == ["경찰서"]
    assert find_orgs("한국농어촌공사-달래식품 협약") == ["한국농어촌공사", "달래식품"]


def test_schools_by_a_name_stem_and_cooperatives_by_area() -> None:
    """(6) `과학고등학교`, `초중고등학교` are kinds; `남춘천농협` is a name."""
    for word in ("과학고등학교", "초중고등학교", "남녀공학중학교", "여자중학교"):
        assert institution_name(word) is None, word
    assert institution_name("춘천과학고등학교와") == "춘천과학고등학교"
    assert institution_name("달래고등학교") == "달래고등학교"
    assert body_name("남춘천농협과") == "남춘천농협"
    assert find_orgs("지역농협과 로컬푸드 협약") == ["지역농협"]
