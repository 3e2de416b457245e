"""Word lists and regular expressions for the achievement-text entity finder (`pledgecard.extract.nlp`).

Data only: which suffixes make an institution name, which ministries exist, which words are generic
nouns rather than names, which particles trail a name, and which units make a count.
"""

from __future__ import annotations

import re

# Particles (and conjunctions) that may trail a name token: longest first.
PARTICLES: tuple[str, ...] = (
    "으로부터", "에서부터", "에서는", "에서의", "로부터", "으로서", "으로써", "과의", "와의", "과는",
    "와는", "과도", "와도", "간의", "간에", "에서", "에게", "에는", "으로", "까지", "부터", "이며",
    "이고", "과", "와", "의", "이", "가", "은", "는", "을", "를", "에", "로", "등", "및", "간",
    "측", "도", "랑",
)
# Single syllables that are too often the last syllable of a real company name to strip blindly
# from a name we know nothing else about (e.g. 다나와, 강원도): only stripped from institution names.
AMBIGUOUS_TAILS: frozenset[str] = frozenset({"도"})
PARTICLE_ALT = "|".join(PARTICLES)

# Institution suffixes: a token `stem + suffix (+ particle)` is an institution name.
INSTITUTION_SUFFIXES: tuple[str, ...] = (
    "상공회의소", "산학협력단", "테크노파크", "중앙회", "대학교", "사업단", "추진단", "지원단", "연구단", "진흥원", "연구원",
    "연구소", "기술원", "평가원", "개발원", "정보원", "의료원", "융합원", "문화원", "협의회", "연합회",
    "진흥회", "재단", "병원",
    "공사", "공단", "센터", "협회", "조합", "은행", "학회", "대학", "대",
)
# Searched from the second character on: the stem is what stands before the match.
INSTITUTION_TAIL_RE = re.compile(
    r"(?P<suffix>" + "|".join(INSTITUTION_SUFFIXES) + r")(?P<particle>" + PARTICLE_ALT + r")?$"
)
STEM_RE = re.compile(r"[가-힣A-Za-z0-9·&]+")

# Stems that only describe a kind of institution (`기업부설연구소`, `지역센터`): not a name.
GENERIC_STEMS: frozenset[str] = frozenset({
    "지역", "민간", "공공", "국책", "부설", "기업부설", "전문", "관련", "유관", "해당", "협력", "참여",
    "주관", "수행", "운영", "각", "타", "본", "동", "복합", "종합", "지정", "거점", "권역", "광역", "기초",
    "지방", "국립", "사립", "도립", "시립", "군립", "공립", "협약", "연계", "지역거점", "지역혁신", "외부",
    "내부", "상기", "우수", "선도", "주요", "신규", "기존", "인근", "도내", "관내", "국내", "해외", "전국",
    "협동", "사회적협동", "영농", "노동", "각종", "여러", "다수", "관계", "소속", "산하", "전담", "대학",
    "평생교육", "부속", "전문대", "국공립", "지방대", "지역대", "일반", "특성화", "연구중심", "산업",
    "중앙", "기관", "기업", "업체", "기업체", "산업체", "학교", "사업", "평생",
})

# `X대` is a university only when the whole word is not a common noun ending in 대.
DAE_NOUN_TAILS: tuple[str, ...] = (
    "확대", "증대", "극대", "최대", "거대", "과대", "세대", "시대", "지대", "공감대", "시간대", "가격대",
    "연령대", "전망대", "거치대", "받침대", "지지대", "계산대", "안내대", "무한대", "년대", "봉사대",
    "구조대", "원정대", "응원대", "경비대", "소방대", "탐사대", "선발대", "의장대", "반대", "기대",
    "상대", "절대", "초대", "무대", "부대", "연대", "현대", "열대", "냉대", "온대", "역대", "당대", "환대",
    "관대", "침대", "접대", "중대", "소대", "대대", "강대", "성대", "분대", "교두보대", "진열대", "매대",
    "판매대", "주차대", "운동대", "단상대", "강단대", "대여대", "제대", "위대", "막대", "광대", "이대",
    # places named 대
    "해운대", "경포대", "태종대", "청남대", "의상대", "오륙도대",
)

# `X연구원` is a researcher, not an institute, after these titles.
RESEARCHER_TITLES: tuple[str, ...] = (
    "책임", "선임", "수석", "박사후", "전임", "객원", "주임", "보조", "위촉", "초빙", "신진", "참여",
    "학생", "연수", "인턴",
)

# `X센터` is an organisation only when its stem says what the body does and also carries a name
# element beyond those words (`강원창조경제혁신센터`); otherwise it is a building or venue
# (`복합스포츠센터`, `컨벤션센터`) or a generic kind of centre (`지원센터`, `창업보육센터`).
CENTER_ORG_WORDS: tuple[str, ...] = (
    "혁신", "지원", "진흥", "연구", "창업", "경제", "협력", "일자리", "고용", "복지", "상담", "안전",
    "기술", "개발", "평가", "산학", "인재", "보건", "의료", "건강", "치매", "육성", "인증", "분석",
    "수출", "무역", "물류", "환경", "에너지", "데이터", "교류", "보육", "돌봄", "가족", "테크노",
    "클러스터", "재활", "중독", "예방", "방역", "관리", "인큐베이", "벤처", "소상공인", "사회적경제",
)

# `X병원` is a named hospital unless X only says what kind of hospital it is.
HOSPITAL_KIND_STEMS: frozenset[str] = frozenset({
    "요양", "대학", "동물", "치과", "한방", "종합", "전문", "공공", "재활", "정신", "어린이", "아동", "지역",
    "협력", "거점", "지정", "상급종합", "노인", "노인요양", "한의", "산부인과", "소아", "소아과", "거점공공",
})

# `X공사` is a public corporation (not construction work) when X names a country or region or one of
# the usual businesses of public corporations.
GONGSA_STEM_RE = re.compile(
    r"^(?:한국|대한|국가|서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|충청|전북|전남|전라|"
    r"경북|경남|경상|제주)|(?:개발|관광|전력|도로|수자원|토지주택|철도|가스|석유|마사|환경|농어촌|에너지|"
    r"시설관리|도시|방송|조폐|광해|공항|항만)$"
)

# Ministries and national agencies (부, 처, 청, 위원회), full and usual short names.
MINISTRY_BU = (
    "과학기술정보통신|과기정통|교육|기획재정|기재|외교|통일|법무|국방|행정안전|행안|안전행정|국가보훈|"
    "문화체육관광|문체|농림축산식품|농식품|산업통상자원|산업통상|산업|산자|보건복지|복지|환경|"
    "고용노동|고용|노동|여성가족|여가|국토교통|국토|해양수산|해수|중소벤처기업|중기|미래창조과학|미래|"
    "지식경제|지경"
)
MINISTRY_CHEO = "식품의약품안전|식약|인사혁신|법제|국가보훈|보훈"
MINISTRY_CHEONG = (
    "조달|통계|특허|지식재산|산림|기상|관세|국세|경찰|소방|해양경찰|해경|문화재|국가유산|농촌진흥|농진|"
    "질병관리|질병|병무|방위사업|재외동포|우주항공|새만금개발|행정중심복합도시건설|행복|중소기업|"
    "중소벤처기업"
)
MINISTRY_WIWON = "공정거래|금융|방송통신|원자력안전|국민권익|개인정보보호|지방시대"
MINISTRY_RE = re.compile(
    r"^(?P<name>(?:" + MINISTRY_BU + r")부|(?:" + MINISTRY_CHEO + r")처|(?:" + MINISTRY_CHEONG + r")청|"
    r"(?:" + MINISTRY_WIWON + r")위원회|[가-힣]{2,12}지방[가-힣]{0,12}청|[가-힣]{1,15}교육청)"
    r"(?:장관|차관|장|청장|처장)?(?:" + PARTICLE_ALT + r")?$"
)

# Latin acronyms of public research and support institutions, used as their names.
PUBLIC_ACRONYMS: tuple[str, ...] = (
    "KAIST", "UNIST", "GIST", "DGIST", "POSTECH", "ETRI", "KIST", "KISTI", "KEIT", "KIAT", "NIPA",
    "TIPA", "KISA", "KOTRA", "KOICA", "KITECH", "KERI", "KTL", "KIMM", "KRICT", "KIER", "KBSI", "KOSBI",
    "KODIT", "KIBO", "KOSME", "KISED", "KHIDI", "KDI", "STEPI", "KEITI", "KOCCA", "KTO", "KEA",
)
ACRONYM_RE = re.compile(r"^(?P<name>" + "|".join(PUBLIC_ACRONYMS) + r")(?:" + PARTICLE_ALT + r")?$")

# Words that never are a partner's name on their own (the other side of `A-B`, a list item).
GENERIC_WORDS: frozenset[str] = frozenset(GENERIC_STEMS | {
    "도", "시", "군", "구", "시군", "시·군", "시도", "지자체", "정부", "산학", "산학연", "산학관", "민관",
    "민", "관", "학", "산", "연", "센터", "사업단", "대학교", "학과", "현장", "주민", "도민", "시민",
    "학생", "청년", "학계", "업계", "지원", "교육", "고교", "고등학교", "병원", "단체", "협회", "재단",
    "기관별", "기업별", "참여기업", "참여기관", "협약기업", "협약기관", "유관기관", "지역기업",
    "도내기업", "관계기관", "기타", "없음", "미정", "해당없음", "등", "외",
})
# A name we know nothing else about is rejected when it ends like a common noun phrase.
NON_NAME_TAILS: tuple[str, ...] = (
    "기업", "기관", "업체", "대학", "학교", "지역", "주민", "학생", "단체", "산업", "학과", "과정",
    "트랙", "사업", "프로그램", "교육", "행사", "포럼", "협약", "협약식", "연계", "매칭", "협력", "운영",
    "개최", "체결", "추진", "실시", "참여", "참석", "지원", "분야", "인원", "일자리", "간담회", "설명회",
)

# Labels that introduce a list of organisations: `참여기업(7개) : a, b, c`, `컨소시엄: a, b`.
ORG_LIST_RE = re.compile(
    r"(?:컨소시엄|[가-힣]{0,6}(?:기업|업체|기관|협력사|참여사|파트너사?|회사)(?:명)?)"
    r"\s*(?:\([^()]{0,20}\))?\s*:\s*(?P<items>[^()\n]*)"
)
LIST_ITEM_SPLIT_RE = re.compile(r"[,，、;·/]")
LIST_ITEM_TAIL_RE = re.compile(r"\s+(?:외|등)(?:\s.*)?$")

# Corporate-form markers: `㈜X`, `(주)X`, `X(주)`, `주식회사 X`, `(재)X`, `(사)X`, ...
CORP_PAREN_RE = re.compile(r"\(\s*(?:주|유|재|사|합|株)\s*\)")
CORP_WORD_RE = re.compile(r"주식회사|유한회사|재단법인|사단법인|농업회사법인|영농조합법인")
PREFIX_MARK = "㈜"  # the corporate marker stands before the name
SUFFIX_MARK = "㈱"  # the corporate marker stands after the name
NAME_CHAR = r"[가-힣A-Za-z0-9]"

# A token that may be (part of) a name.
NAME_TOKEN_RE = r"^(?=.*[가-힣A-Za-z])[가-힣A-Za-z0-9][가-힣A-Za-z0-9&+·.']*$"
HYPHENS = ("-", "–", "—", "‐", "−")
HYPHEN_RE = re.compile(r"\s*[-–—‐−]\s*")

# Counts -----------------------------------------------------------------------------------------
# Units, longest first, each with the continuations that make it part of another word instead.
COUNT_UNIT_ALT = (
    r"개교(?!육)|개소(?!식)|개국(?!어)|개사(?![업항용례회])|개(?![월년])|명(?![단예칭])|"
    r"건(?![강물설립축])|회(?!차|계|장|관|사|원|의실|복|담|견|기|용)|과목|곳|팀(?![장원])"
)
COUNT_RE = re.compile(
    r"(?<![\dA-Za-z|])(?<!\d[.,])"  # a confused number (l56명, I2명) is no count at all
    r"(?P<num>\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.(?P<frac>\d{1,6}))?"
    r"(?P<gap1>\s?)(?P<mult>만|천)?(?P<approx>여)?(?P<gap2>\s?)"
    r"(?P<unit>" + COUNT_UNIT_ALT + r")"
)
# The unit a matched unit word is reported as (`3개사` and `3개 기업` are both `개`).
UNIT_ALIASES: dict[str, str] = {"개사": "개"}
MULTIPLIERS: dict[str, int] = {"만": 10_000, "천": 1_000}
# A count followed by an arrow is the old value of a change (`1→4과목`): not a count.
ARROW_AFTER_RE = re.compile(r"\s*(?:→|->|⇒|➝|➔)")
# Label boundaries (outside brackets) and the brackets themselves.
LABEL_STOPS = frozenset(",:;→⇒➝➔\n，：；、")
LOOKBACK_STOPS = frozenset("(:[（：")
OPENERS = "([{（［「『【〈《"
CLOSERS = ")]}）］」』】〉》"
LABEL_DROP_WORDS: tuple[str, ...] = ("총", "약")
