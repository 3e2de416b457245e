"""The txt leftovers of session 33's sweep (mutants 4240-4279 in the text dump): unit tests of each shape fixed;
the cards pinned in tests/test_mutate_tables.py PINNED_89b."""

from __future__ import annotations

from tests.conftest import make_line


def _rows(texts: list[str]) -> list:
    return [make_line(t) for t in texts]


def test_a_channel_a_row_table_keeps_a_row_naming_no_known_channel_where_the_total_proves_it() -> None:
    """Mutant 4258 (txt, an education office's card): ``구 분 횟수 참 고`` over ``계 4회``, four known channels and
    ``교원 연수 3`` a row a line: the last row names no known channel, the row reader stopped there and the whole
    table went unread (outreach 0.0). Its count completes the printed total (0 + 1 + 0 + 0 + 3 = 4): a channel,
    an unknown one "other"."""
    from pledgecard.extract.sections.outreach_rows import from_rows

    texts = [
        "구 분 횟수 참 고",
        "계 4회",
        "학부모 설명회 -",
        "설문조사 1",
        "교육전문가 자문 -",
        "언론보도 -",
        "교원 연수 3",
    ]
    got = from_rows(_rows(texts))
    assert got is not None and got["total"] == 4 and got["unit"] == "회"
    assert [(it["category"], it["count"]) for it in got["items"]] == [
        ("meetings", 0),
        ("survey", 1),
        ("experts", 0),
        ("media", 0),
        ("other", 3),
    ]
    assert got["items"][-1]["label"] == "교원 연수"


def test_a_row_naming_no_channel_the_total_does_not_prove_leaves_the_table_unread() -> None:
    """The same table with the unknown row's count not completing the total (4 printed, 1 + 7 counted): whose
    count is whose is not proven, nothing is read (no figure made up)."""
    from pledgecard.extract.sections.outreach_rows import from_rows

    texts = [
        "구 분 횟수 참 고",
        "계 4회",
        "학부모 설명회 -",
        "설문조사 1",
        "교육전문가 자문 -",
        "언론보도 -",
        "교원 연수 7",
    ]
    assert from_rows(_rows(texts)) is None
    no_total = [
        "구 분 횟수 참 고",
        "학부모 설명회 -",
        "설문조사 1",
        "교육전문가 자문 -",
        "언론보도 -",
        "교원 연수 3",
    ]
    assert from_rows(_rows(no_total)) is None


def test_a_labelled_counts_row_under_a_head_with_the_total_second_places_its_blank_cells_by_the_gaps() -> (
    None
):
    """Mutant 4262 (txt): ``구분 계 주민간담회·공청회 등 만족도 조사 민간전문가 자문 언론 홍보 기타`` over ``실적(건) 129 3  4
    122 ``: two count cells printed blank (a space more each), the row opened by its label cell. The blanks' places
    were read only under a head opened or closed by the total word, and the label cell counted among the gaps: four
    counts under five channels, the table unread (outreach 0.0). The label cell is no count; the total word after
    the label column's head places the total first; the blanks count none as the others add up to 129."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.outreach_lines import from_lines

    head = "구분 계 주민간담회·공청회 등 만족도 조사 민간전문가 자문 언론 홍보 기타"

    def read(printed: str) -> dict | None:
        lines = [
            Line(text=head, marker=None, indent=0, source=Source(), printed=head),
            Line(text=" ".join(printed.split()), marker=None, indent=0, source=Source(), printed=printed),
        ]
        return from_lines(lines)

    got = read("실적(건) 129 3  4 122 ")
    assert got is not None and got["total"] == 129 and got["unit"] == "건"
    assert [(it["category"], it["count"]) for it in got["items"]] == [
        ("meetings", 3),
        ("survey", 0),
        ("experts", 4),
        ("media", 122),
        ("other", 0),
    ]
    # the counts not adding up to the total: the blank cells stay null (no zero made up)
    short = read("실적(건) 130 3  4 122 ")
    assert short is not None and [it["count"] for it in short["items"]] == [3, None, 4, 122, None]


def test_a_department_of_a_body_is_not_cut_between_the_lead_and_the_helping_departments() -> None:
    """Mutant 4245 (txt): ``공약명 추진부서 협조부서 전화번호 실천목표`` over ``도래군 친환경농업 클러스터 구축 농업기술센터
    기술보급과 홍보담당관 032-408-4067 임기 내 추진``: the departments parted as ``농업기술센터 기술보급과 | 홍보담당관`` and
    as ``농업기술센터 | 기술보급과 홍보담당관``, the row read no way (header 0.5). A body's name with its unit right after
    it is one department: the way cutting it is dropped."""
    from pledgecard.extract.sections.header_body_cut import cuts_a_body
    from pledgecard.extract.sections.header_value_rows import split_value_row

    labels = ["title", "lead_dept", "coop_depts", "contact_phone", "target"]
    got = split_value_row(
        labels, "도래군 친환경농업 클러스터 구축 농업기술센터 기술보급과 홍보담당관 032-408-4067 임기 내 추진"
    )
    # since session 37 (extract.cut_unproven): the title may end in the body's word (… 구축 농업기술센터) as well, and
    # nothing printed proves the cut: the title and the lead department blank, the rest read
    assert got == {
        "title": "",
        "lead_dept": "",
        "coop_depts": "홍보담당관",
        "contact_phone": "032-408-4067",
        "target": "임기 내 추진",
    }
    order = ["lead_dept", "coop_depts"]
    assert cuts_a_body({"lead_dept": "농업기술센터", "coop_depts": "기술보급과 홍보담당관"}, order)
    assert not cuts_a_body(
        {"lead_dept": "기획예산과", "coop_depts": "재무과 홍보담당관"}, order
    )  # two units: no body
    # two units with no body among them still part two ways: the row stays unread (no department made up)
    assert (
        split_value_row(
            labels, "도래군 친환경농업 클러스터 구축 기획예산과 재무과 홍보담당관 032-408-4067 임기 내 추진"
        )
        is None
    )
