"""pledgecard.extract.nlp: organisations and counts in achievement text."""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.nlp import (
    find_counts,
    find_orgs,
    find_orgs_many,
    get_nlp,
    institution_name,
    ministry_name,
    normalize_for_orgs,
)
from pledgecard.scoring import score_record

REPO = Path(__file__).resolve().parents[1]


def _load_samples_package() -> None:
    """samples/ (the synthetic card generator) is not installed; load it without touching sys.path."""
    if "samples" in sys.modules:
        return
    init = REPO / "samples" / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        "samples", init, submodule_search_locations=[str(init.parent)]
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["samples"] = module
    spec.loader.exec_module(module)


_load_samples_package()
synth_record = importlib.import_module("samples.synth").synth_record

SHARED = REPO.parent / "shared"
SEED = json.loads((SHARED / "spec" / "seed.expected.json").read_text(encoding="utf-8"))
SEED_ITEMS = SEED["achievements"]


def _pairs(counts: list[dict[str, Any]]) -> list[tuple[int, str]]:
    return sorted((c["value"], c["unit"]) for c in counts)


def _triples(counts: list[dict[str, Any]]) -> list[tuple[int, str, str | None]]:
    return [(c["value"], c["unit"], c["label"]) for c in counts]


# ---------------------------------------------------------------- the real card


@pytest.mark.parametrize("item", SEED_ITEMS, ids=[f"seed{i}" for i in range(len(SEED_ITEMS))])
def test_seed_item_orgs(item: dict[str, Any]) -> None:
    assert find_orgs(item["text"]) == item["orgs"]


@pytest.mark.parametrize("item", SEED_ITEMS, ids=[f"seed{i}" for i in range(len(SEED_ITEMS))])
def test_seed_item_counts(item: dict[str, Any]) -> None:
    got = find_counts(item["text"])
    assert _pairs(got) == _pairs(item["counts"])
    assert _triples(got) == _triples(item["counts"])  # labels too, in order


def test_seed_entities_score_perfectly_with_the_scorer() -> None:
    got = copy.deepcopy(SEED)
    for item in got["achievements"]:
        item["counts"], item["orgs"] = find_counts(item["text"]), find_orgs(item["text"])
    entities = score_record(SEED, got).groups["entities"]
    assert entities.total > 0 and entities.ok == entities.total, entities.notes
    # and the comparison is sensitive: dropping one org is noticed
    got["achievements"][0]["orgs"] = got["achievements"][0]["orgs"][:1]
    assert score_record(SEED, got).groups["entities"].ok < entities.total


def test_synthetic_cards_match_their_entities() -> None:
    seen: set[str] = set()
    for seed in range(60):
        for item in synth_record(seed)["achievements"]:
            if item["text"] in seen:
                continue
            seen.add(item["text"])
            assert find_orgs(item["text"]) == item["orgs"], item["text"]
            assert _pairs(find_counts(item["text"])) == _pairs(item["counts"]), item["text"]
    assert len(seen) > 300


# ---------------------------------------------------------------- organisations: invented sentences

ORG_CASES: list[tuple[str, list[str]]] = [
    # corporate forms, stripped; the particle after the name too
    ("㈜한빛소프트와 업무협약 체결", ["한빛소프트"]),
    ("(주)누리바이오, (주) 다온에너지 참여", ["누리바이오", "다온에너지"]),
    ("세움모빌리티(주)와 공동연구 착수", ["세움모빌리티"]),
    ("가온랩스㈜ 간 기술이전 계약", ["가온랩스"]),
    ("주식회사 해든팜과 납품 계약", ["해든팜"]),
    ("늘품시스템즈 주식회사 참여", ["늘품시스템즈"]),
    ("협약 주식회사 도담로보틱스", ["도담로보틱스"]),
    ("(유)바른엔지니어링 용역 착수", ["바른엔지니어링"]),
    ("사단법인 강원벤처협회 주관 포럼", ["강원벤처협회"]),
    # institutions by suffix
    ("청주반도체사업단 출범", ["청주반도체사업단"]),
    ("충북대학교, 한림대 및 상지대학 참여", ["충북대학교", "한림대", "상지대학"]),
    ("전남대와 공동 세미나", ["전남대"]),
    ("한국장학재단 지원, 춘천문화재단 공연", ["한국장학재단", "춘천문화재단"]),
    ("한국산업기술진흥원 공모 선정", ["한국산업기술진흥원"]),
    ("한국전자통신연구원의 기술 이전", ["한국전자통신연구원"]),
    ("강원개발공사 분양 공고", ["강원개발공사"]),
    ("한국전력공사 협력, 도로 확장공사 착공", ["한국전력공사"]),
    ("국민건강보험공단 지원", ["국민건강보험공단"]),
    ("충북테크노파크에서 설명회 개최", ["충북테크노파크"]),
    ("강원창조경제혁신센터와 공동 개최", ["강원창조경제혁신센터"]),
    ("창조경제혁신센터 입주", ["창조경제혁신센터"]),
    ("한국바이오협회 세미나", ["한국바이오협회"]),
    ("강원양돈협동조합 출하", ["강원양돈협동조합"]),
    ("농협은행 협약보증", ["농협은행"]),
    ("춘천상공회의소, 중소기업중앙회 참여, 상공회의소 방문", ["춘천상공회의소", "중소기업중앙회"]),
    ("강릉원주대, 가톨릭관동대, 강원도립대 공동 운영", ["강릉원주대", "가톨릭관동대", "강원도립대"]),
    ("서울대학교병원-강원대병원 진료 협력", ["서울대학교병원", "강원대병원"]),
    # ministries and agencies
    ("산업통상자원부 공모 선정(국비 30억)", ["산업통상자원부"]),
    ("과학기술정보통신부·중소벤처기업부 합동 공모", ["과학기술정보통신부", "중소벤처기업부"]),
    ("행정안전부장관 표창, 보건복지부와 협의", ["행정안전부", "보건복지부"]),
    ("국토부 승인, 조달청 혁신제품 지정, 식약처 인증", ["국토부", "조달청", "식약처"]),
    ("강원특별자치도교육청 협력", ["강원특별자치도교육청"]),
    ("강원지방중소벤처기업청 지원사업", ["강원지방중소벤처기업청"]),
    ("공정거래위원회 심사 통과", ["공정거래위원회"]),
    ("KOTRA와 수출상담회, KAIST 공동연구, RIS 사업", ["KOTRA", "KAIST"]),
    # A-B pairs: one side an institution makes the other a partner
    ("청주반도체사업단-누리솔루션 채용연계 협약", ["청주반도체사업단", "누리솔루션"]),
    ("사업단-가온메디칼간 업무협약", ["가온메디칼"]),
    ("충북대학교-㈜그린팜 간 협약 체결", ["충북대학교", "그린팜"]),
    ("LG전자-강원대 산학협력", ["LG전자", "강원대"]),
    ("한림대-누리텍-다온바이오 3자 협약", ["한림대", "누리텍", "다온바이오"]),
    # labelled values and lists
    ("신규 협약(업체: 솔빛에너지, 채용인원: 12명)", ["솔빛에너지"]),
    ("협약(기관 : 춘천시정보문화진흥원, 일정: 5월)", ["춘천시정보문화진흥원"]),
    (
        "4개기업 컨소시엄: 하람테크, 이음바이오, 새봄팜, 채움랩스, 계약인원: 30명",
        ["하람테크", "이음바이오", "새봄팜", "채움랩스"],
    ),
    ("참여기업(3개사) : 가나다텍, 라마바솔루션, 사아자 외", ["가나다텍", "라마바솔루션", "사아자"]),
    ("협약기업 : 에이비씨랩, 디이에프바이오 등 2개사", ["에이비씨랩", "디이에프바이오"]),
    ("참여기관: 한국보건산업진흥원, 아름팜", ["한국보건산업진흥원", "아름팜"]),
    ("업체명: 해든팜, 해든팜", ["해든팜"]),
    ("참여 기업: 가온텍·누리팜/다온랩스", ["가온텍", "누리팜", "다온랩스"]),
]

NO_ORG_CASES: list[str] = [
    "마이크로 계약학과 워크숍 개최",
    "도-대학 협력기반 구축",
    "지역 산업체-대학 간 협력",
    "도내 대학 및 기업 참여",
    "규모 확대 및 지원확대, 디지털 시대 대비, 3대 분야",
    "시간대별 운영, 공감대 형성, 가격대 조정",
    "춘천 컨벤션센터에서 개최, 종합체육센터 준공",
    "복합스포츠센터 대관",
    "지원센터 건립, 다함께 돌봄센터 개소, 창업보육센터 입주",
    "기업부설연구소 설립 3건",
    "선임연구원 2명 채용, 책임연구원 승진",
    "요양병원 점검",
    "중대재해 예방, 4차산업혁명 시대, 청년세대, 세계 최대 규모",
    "도립대 학생 현장실습, 고용센터 방문",
    "교육부문 예산, 신청 접수, 요청 사항 검토",
    "해운대 체류형 관광 거점 조성",
    "참여기업 16개, 참여자 89명",
    "기관: 없음",
    "참여기업 : 도내 기업 10개사",
    "네이버클라우드서비스 중급 등 3개 교과목 추가개발",
    "RIS 2024-2026 추진",
    "",
]


@pytest.mark.parametrize(("text", "orgs"), ORG_CASES, ids=[c[0][:20] for c in ORG_CASES])
def test_orgs_invented(text: str, orgs: list[str]) -> None:
    assert find_orgs(text) == orgs


@pytest.mark.parametrize("text", NO_ORG_CASES)
def test_no_orgs(text: str) -> None:
    assert find_orgs(text) == []


def test_institution_name_rules() -> None:
    assert institution_name("정밀의료사업단의") == "정밀의료사업단"
    assert institution_name("강원대학교와") == "강원대학교"
    assert institution_name("사업단") is None  # no name before the suffix
    assert institution_name("3대") is None
    assert institution_name("강원대학원") is None
    assert institution_name("관광안내센터") is None  # a venue
    assert ministry_name("교육부와") == "교육부"
    assert ministry_name("신청") is None and ministry_name("평생교육부") is None


def test_normalize_marks_the_side_of_corporate_forms() -> None:
    assert normalize_for_orgs("㈜가온 및 다온(주)와").split() == ["㈜", "가온", "및", "다온", "㈱", "와"]
    assert normalize_for_orgs("A–B") == "A - B"


def test_batch_equals_single() -> None:
    texts = [item["text"] for item in SEED_ITEMS] + [t for t, _ in ORG_CASES] + NO_ORG_CASES
    assert find_orgs_many(texts) == [find_orgs(t) for t in texts]


def test_pipeline_is_built_once_and_blank_korean() -> None:
    nlp = get_nlp()
    assert get_nlp() is nlp
    assert nlp.lang == "ko" and nlp.pipe_names == ["entity_ruler"]
    doc = nlp(normalize_for_orgs("스마트수소에너지사업단-㈜금강씨엔티 간 협약"))
    assert [e.text for e in doc.ents] == ["스마트수소에너지사업단", "㈜ 금강씨엔티"]


def _orgs_in_worker(texts: list[str]) -> list[list[str]]:
    return [find_orgs(t) for t in texts]


def test_works_in_a_spawned_worker_process() -> None:
    texts = [item["text"] for item in SEED_ITEMS]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        assert pool.submit(_orgs_in_worker, texts).result(timeout=120) == [i["orgs"] for i in SEED_ITEMS]


def test_long_text_is_processed_in_pieces() -> None:
    text = ("강원대학교와 협약 " * 8000) + "(주)한빛소프트 참여"
    assert find_orgs(text) == ["강원대학교", "한빛소프트"]


def test_pathological_runs() -> None:
    assert find_orgs("(" * 3000 + "㈜한빛 참여") == ["한빛"]
    assert find_counts("(" * 3000 + "참가자 3명") == [{"value": 3, "unit": "명", "label": "참가자"}]
    assert find_counts("1" * 5000 + "명") == []  # not a number anyone wrote


# ---------------------------------------------------------------- counts: invented sentences

COUNT_CASES: list[tuple[str, list[tuple[int, str, str | None]]]] = [
    (
        "교육 3회 실시, 상담 120건, 참여 1,234명",
        [(3, "회", "교육"), (120, "건", "상담"), (1234, "명", "참여")],
    ),
    (
        "입주기업 12개사, 협약 5개 기업, 7개기업 참여",
        [(12, "개", "입주기업"), (5, "개", "협약"), (7, "개", None)],
    ),
    ("18개 시군 5개소 설치, 3개교 참여", [(18, "개", None), (5, "개소", "시군"), (3, "개교", None)]),
    ("2팀 구성, 7곳 방문, 신규 6과목 개설", [(2, "팀", None), (7, "곳", None), (6, "과목", "신규")]),
    ("참가자 총 30명(여성 12명, 남성 18명)", [(30, "명", "참가자"), (12, "명", "여성"), (18, "명", "남성")]),
    ("방문객 1.5만명, 회원 2만 명", [(15000, "명", "방문객"), (20000, "명", "회원")]),
    ("참여기관(4개) : A, B", [(4, "개", "참여기관")]),
    ("수료생(35명)", [(35, "명", "수료생")]),
    ("협약(기업 : 누리텍, 채용인원 : 8명)", [(8, "명", "채용인원")]),
    ("교과목 확대(2→5과목)", [(5, "과목", None)]),
    ("1명→4명 확대", [(4, "명", None)]),
    ("교육(온라인, 대면) 40명 수료", [(40, "명", "교육(온라인, 대면)")]),
    ("문제 3건 해결, 과제 4건 수행", [(3, "건", "문제"), (4, "건", "과제")]),
    ("참여 인원 20 명", [(20, "명", "참여 인원")]),
    ("특허 출원 3건의 성과", [(3, "건", "특허 출원")]),
    (
        "설명회 500여명 참석, 기업 30여개, 방문 1만여 명",
        [(500, "명", "설명회"), (30, "개", "기업"), (10000, "명", "방문")],
    ),
]

NO_COUNT_CASES: list[str] = [
    "3대 핵심분야 육성",
    "(정밀의료 25, 디지털헬스케어 11)",
    "'24. 9 ~ 12. 진행, 2024년 4분기",
    "국비 48억 추가확보, 사업비 1,200백만 원",
    "24개월간 3개년 계획",
    "제3회 수소포럼 개최, 제 2회 워크숍",
    "2024회계연도 결산, 3회차 교육",
    "팀장 회의, 2 개발 과제",
    "1.5명",
    "",
]


@pytest.mark.parametrize(("text", "counts"), COUNT_CASES, ids=[c[0][:20] for c in COUNT_CASES])
def test_counts_invented(text: str, counts: list[tuple[int, str, str | None]]) -> None:
    assert _triples(find_counts(text)) == counts


@pytest.mark.parametrize("text", NO_COUNT_CASES)
def test_no_counts(text: str) -> None:
    assert find_counts(text) == []


# ---------------------------------------------------------------- properties

HANGUL_NAME_SYLLABLES = "가나다라마바사아자차카타파하온솔빛누리해든미래세움한결테크바이오랩스"
PARTICLE_ENDINGS = set("과와의이가은는을를에로등및간측도랑")
names = st.text(alphabet=HANGUL_NAME_SYLLABLES, min_size=2, max_size=6).filter(
    lambda s: s[-1] not in PARTICLE_ENDINGS
)
WORDS = ["협약", "체결", "기업", "참여", "교육", "운영", "지원", "설명회", "개최", "확대", "성과"]
UNITS = {
    "명": "명",
    "개": "개",
    "개사": "개",
    "건": "건",
    "회": "회",
    "과목": "과목",
    "곳": "곳",
    "개소": "개소",
}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    orgs, counts = find_orgs(text), find_counts(text)
    norm = normalize_for_orgs(text)
    assert all(isinstance(o, str) and o and o in norm for o in orgs)
    assert len(orgs) == len(set(orgs))
    for c in counts:
        assert isinstance(c["value"], int) and c["value"] >= 0
        assert c["unit"] in UNITS.values() or c["unit"] in ("개교", "개국", "팀")
        assert c["label"] is None or "".join(c["label"].split()) in "".join(text.split())


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="가나다(주)㈜-:,()0123456789명개회건 사업단대학교부청센터참여기업컨소시엄→", max_size=120
    )
)
def test_never_raises_on_hostile_mixtures(text: str) -> None:
    assert isinstance(find_orgs(text), list)
    assert isinstance(find_counts(text), list)


@settings(max_examples=200, deadline=None)
@given(
    name=names,
    marker=st.sampled_from(["㈜{}", "(주){}", "{}(주)", "주식회사 {}", "{}㈜"]),
    before=st.sampled_from(WORDS),
    after=st.sampled_from(WORDS),
)
def test_marked_company_is_found_unmarked(name: str, marker: str, before: str, after: str) -> None:
    assert name in find_orgs(f"{before} {marker.format(name)} {after}")


@settings(max_examples=200, deadline=None)
@given(
    value=st.integers(0, 10**7),
    unit=st.sampled_from(sorted(UNITS)),
    label=st.sampled_from(WORDS),
    comma=st.booleans(),
)
def test_count_round_trip(value: int, unit: str, label: str, comma: bool) -> None:
    number = f"{value:,}" if comma else str(value)
    assert _triples(find_counts(f"{label} {number}{unit} 달성")) == [(value, UNITS[unit], label)]
