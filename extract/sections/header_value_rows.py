"""A row of values printed under a row of labels, split among the pending labels by the values'
kinds and runs (:func:`split_value_row`), and the label a lone value takes (:func:`assign_queued`)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.header_body_cut import bodies_kept
from pledgecard.extract.sections.header_sub_labels import sub_labelled_pairs
from pledgecard.extract.sections.header_term_cut import opens_with_term, target_start, term_fits
from pledgecard.extract.sections.header_value_kinds import (
    GENERIC_FIELDS,
    KIND_FIELDS,
    KIND_ONLY,
    PERSON_NAME,
    is_dept,
    of_kind,
    split_phone,
    value_kind,
)
from pledgecard.normalize.status import status_phrase, ticked_option


def assign_queued(pending: list[str], value: str) -> str | None:
    """The pending label (lone label lines waiting for values, in a dump that printed a header
    table one cell per line) that takes this value: the first one of the value's kind, else the
    first free-text field, else the first pending label unless that one takes values of its kind
    only (a status: a title's last syllable the dump wrapped onto a line of its own is none)."""
    kind = value_kind(value)
    names = [f for f in pending if f in KIND_FIELDS["name"]]
    if kind == "dept" and pending and pending[0] in names and PERSON_NAME.match(value.strip()):
        return pending[
            0
        ]  # a name ending like a unit (노혜원) where a person's label (담당자, 과장) is next in order
    if kind == "name" and names:
        return names[0]  # the people's labels in their printed order (과장, 팀장, 담당자)
    for field in KIND_FIELDS.get(kind or "", ()):
        if field in pending:
            return field
    if kind == "dept" and names and PERSON_NAME.match(value.strip()):
        return names[0]  # a name ending like a unit (허태소), where no department label waits
    for field in pending:
        if field in GENERIC_FIELDS:
            return field
    return pending[0] if pending and kind is None and pending[0] not in KIND_ONLY else None


def _box_run(toks: list[str]) -> int:
    """How many words at the end of ``toks`` are one row of checkboxes ticking one option (``☐ 완료 ☑
    추진중(부진) ☐ 미착수``: the status as printed, one value however many words), from the first box
    on; 0 when the row ends in none."""
    return next(
        (
            len(toks) - i
            for i in range(len(toks) - 3)
            if ticked_option(toks[i]) is None
            and not re.search(r"[가-힣0-9]", toks[i])
            and ticked_option(" ".join(toks[i:])) is not None
        ),
        0,
    )


def _words(text: str) -> list[str]:
    """The words of a row of values, a bracket's words one word (``추진중(정상, 20%)``: one status)."""
    out: list[str] = []
    depth = 0
    for tok in text.split():
        if depth > 0 and out:
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
        depth = max(0, depth + sum(tok.count(c) for c in "(（[") - sum(tok.count(c) for c in ")）]"))
    return _lists_joined(out) if depth == 0 else text.split()  # a bracket never closed: the words as printed


def _lists_joined(toks: list[str]) -> list[str]:
    """Departments listed with a lone mark between them (``투자유치과 / 기후환경과``) one word: one cell's list.
    The class of card fixed: mutant 4423 (text dump), a header band of values one space apart whose 협조부서
    cell listed two departments so: the mark a word of its own, no split of the row fitted, the band unread
    (header 0.3). A mark between a name and its phone (박성나 / 8847) joins nothing: a phone is no department."""
    out: list[str] = []
    for tok in toks:
        if (
            len(out) >= 2
            and _LIST_GLYPH.fullmatch(out[-1])
            and is_dept(out[-2].rsplit(" ", 1)[-1])
            and is_dept(tok)
        ):
            mark = out.pop()
            out[-1] = f"{out[-1]} {mark} {tok}"
        else:
            out.append(tok)
    return out


_LIST_GLYPH = re.compile(r"[,，、/·]")  # a list's mark printed as a word of its own


def _contact_run(toks: list[str], *, at_end: bool, keep: int = 1) -> int:
    """How many words at one end of ``toks`` (``keep`` words at least left) are one contact cell, a
    name and its phone (고우유 (9912), 맹소윤 ☎ 042-880-5614, 박성나 / 8847: a phone word or glyph between them):
    three, two or 0 when none are."""
    for k in (3, 2):
        words = toks[-k:] if at_end else toks[:k]
        if (
            len(toks) >= k + keep
            and PERSON_NAME.match(words[0])
            and (k == 2 or value_kind(" ".join(words[1:])) == "phone" or _glyph_between(words))
            and split_phone(" ".join(words))[0] == words[0]
        ):
            return k
    return 0


def _glyph_between(words: list[str]) -> bool:
    """Whether three words are a name, a lone glyph setting it apart (``/``) and its phone (박성나 / 8847)."""
    return (
        len(words) == 3 and len(words[1]) == 1 and not words[1].isalnum() and value_kind(words[2]) == "phone"
    )


def split_value_row(pending: list[str], text: str) -> dict[str, str] | None:
    """The values of a row printed under a row of labels (``공약명 관리번호 추진부서 담당자 전화번호``
    over ``공공돌봄 24시간 체계 구축 Ⅵ-27 여성가족과 왕하유 410-9141``): the fields of a typed
    value (code, dept, name, phone, status) take one word of that kind from their end of the row,
    the one free-text field (공약명, 실천목표) what is left between. ``None`` unless every field
    gets a value that way; when the words of a department of a body taken that way leave a field
    none, the one split in which the fields follow one another word by word (:func:`_one_free`)."""
    toks = _words(text)
    got = _split_value_row(pending, toks)
    got = got if got is not None else _one_free(pending, toks)
    return got if got is not None else _role_cell_split(pending, toks)


def _role_cell_split(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    """The values of a row opening with a department cell that names its roles in brackets (``(주관) 농업기술센터
    기술보급과 (협조) - 류동도 999-8728 중장기 추진`` under ``담당부서 담당자 연락처 실천목표``: crossbred 9032's text
    dump, the row unread): the cell is the words up to each role's value, every value a department or none (``-``),
    the rest split as any row's; ``None`` unless exactly one such cell lets the row split."""
    # (the first word a bracketed role word: the pairs of it over any value)
    if "lead_dept" not in pending or not toks or sub_labelled_pairs(f"{toks[0]} -") is None:
        return None
    fits = []
    for j in range(2, len(toks)):
        cell = " ".join(toks[:j])
        pairs = sub_labelled_pairs(cell)
        if (
            pairs is None
            or len(pairs) < 2
            or value_kind(cell) != "dept"
            or not all(value_kind(split_phone(v)[0]) == "dept" for _, v in pairs)
        ):
            continue
        merged = [cell, *toks[j:]]
        got = _split_value_row(pending, merged) or _one_free(pending, merged)
        if got is not None and got.get("lead_dept") == cell and not _dept_left_over(got):
            fits.append(got)
    return fits[0] if len(fits) == 1 else None


def _dept_left_over(got: dict[str, str]) -> bool:
    """Whether a field other than the department cell took a department-shaped word (``(협조) 기획예산과, 건설과
    999-8728`` with no contact name printed: the cut after ``기획예산과,`` gives ``건설과`` to the name), so the cut
    proves no person's name and the row stays unread."""
    return any(f != "lead_dept" and re.search(r"\w", v) and value_kind(v) == "dept" for f, v in got.items())


def _one_free(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    """The values of a row with one free-text field: every way the typed fields before it follow one
    another from the row's start and those after it up to its end, the free text what is between;
    ``None`` unless exactly one way fits (``공약명 협조부서 주관부서`` over ``… 나무심기 산림녹지과
    탄소중립담당관``: the two departments one each, not both the lead's)."""
    generic = [f for f in pending if f in GENERIC_FIELDS]
    if len(generic) != 1:
        return None
    g = pending.index(generic[0])
    left, right = pending[:g], pending[g + 1 :]
    fits = [
        {**a, generic[0]: " ".join(toks[i:j]), **b}
        for a, i in _chain(left, toks, 0, every=True)
        for j in range(i + 1, len(toks) + 1)
        for b, end in _chain(right, toks, j, every=True)
        if end == len(toks)
    ]
    return {f: fits[0][f] for f in pending} if len(fits) == 1 else None


def _split_value_row(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    toks = list(toks)
    generic = [f for f in pending if f in GENERIC_FIELDS]
    if len(generic) == 2 and len(toks) >= len(pending):
        return _split_two_free(pending, toks)
    if not generic and len(pending) >= 2:  # typed values only: the one way they follow one another
        fits = [got for got, end in _chain(pending, toks, 0) if end == len(toks)]
        return fits[0] if len(fits) == 1 else None
    if len(generic) != 1 or len(toks) < len(pending):
        return None
    g = pending.index(generic[0])
    out: dict[str, str] = {}
    for field in pending[:g]:
        if field == "as_of":  # a date of several words (2024. 3/4분기 현재): the longest run that is one
            n = next(
                (k for k in range(min(5, len(toks) - 1), 0, -1) if value_kind(" ".join(toks[:k])) == "date"),
                0,
            )
            if not n:
                return None
            out[field] = " ".join(toks[:n])
            del toks[:n]
            continue
        if field == "status" and (n := _status_run(toks, at_end=False)):
            out[field] = " ".join(toks[:n])  # a status of several words (이행후 계속추진)
            del toks[:n]
            continue
        if field in ("mgmt_no", "contact_phone") and _runs(field, toks) == [
            2
        ]:  # 공약 3-2: two words, one value
            out[field] = " ".join(toks[:2])
            del toks[:2]
            continue
        if not toks or not of_kind(field, toks[0]):
            return None
        # a department of a body (농업기술센터 기술보급과): the words that are all departments; a name
        # and its phone in one cell (강영태 (230-9808)): two words, one value
        contact = _contact_run(toks, at_end=False) if field == "contact_name" else 0
        n = contact or next(
            (
                k
                for k in range(min(4, len(toks) - 1), 1, -1)
                if field in KIND_FIELDS["dept"] and all(is_dept(t.strip(",")) for t in toks[:k])
            ),
            1,
        )
        out[field] = " ".join(toks[:n])
        del toks[:n]
    for field in reversed(pending[g + 1 :]):
        # a value of several words: a date (2024년 4분기 현재), a department of a body (농업기술센터 기술보급과)
        boxes = _box_run(toks) if field == "status" else 0
        # a name and its phone in one cell (고우유 (9912), 고우유 031-123-4567): two words, one value
        contact = _contact_run(toks, at_end=True) if field == "contact_name" else 0
        n = (
            boxes
            or contact
            or (_status_run(toks, at_end=True) if field == "status" else 0)
            or next(
                (
                    k
                    for k in range(min(4, len(toks) - 1), 1, -1)
                    if field in KIND_FIELDS.get(value_kind(" ".join(toks[-k:])) or "", ())
                    and (field == "as_of" or _one_body(field, toks[-k:]))
                ),
                1,
            )
        )
        if not toks or not (boxes or contact) and not of_kind(field, " ".join(toks[-n:])):
            return None  # (a name ending like a department, 변윤소, is the name its place in the row says)
        out[field] = " ".join(toks[-n:])
        del toks[-n:]
    if not toks:
        return None
    out[generic[0]] = " ".join(toks)
    return {f: out[f] for f in pending}


_LIST_MARK = re.compile(r"\S[,，、/·]\S")  # departments listed in one word (홍보담당관,미래산업과)


def _one_body(field: str, words: list[str]) -> bool:
    """Whether ``words`` (two or more) are one department of a body (농업기술센터 기술보급과) for ``field``: each a
    department, and none, for the lead's field, a list of departments in one word (``홍보담당관,미래산업과``: the
    helping departments' cell before the lead's, mutant 4070 txt, where the lead took both and the row parted no
    way)."""
    return all(is_dept(t) for t in words) and (
        field != "lead_dept" or not any(_LIST_MARK.search(t) for t in words)
    )


def _status_run(toks: list[str], *, at_end: bool) -> int:
    """The words at one end of ``toks`` (two or three, one word at least left) that are one status
    from first to last (:func:`~pledgecard.normalize.status.status_phrase`: ``이행후 계속추진``, not
    ``지준영 이행후 계속추진``) whose first word is no status alone (``추진 완료`` after a target ``단계별``
    may be the target's ``추진`` and the status ``완료``: the run is not told); 0 when none are."""
    return next(
        (
            k
            for k in _status_runs(toks[-3:] if at_end else toks[:3], at_end=at_end, keep=1)
            if k > 1 and value_kind(toks[-k] if at_end else toks[0]) != "status"
        ),
        0,
    )


def _status_runs(toks: list[str], *, at_end: bool, keep: int) -> list[int]:
    """The numbers of words (three, two) at one end of ``toks`` that are one status from first to
    last, ``keep`` words at least left; longest first."""
    return [
        k
        for k in range(min(3, len(toks) - keep), 1, -1)
        if status_phrase(" ".join(toks[-k:] if at_end else toks[:k]))
    ]


def _runs(field: str, toks: list[str]) -> list[int]:
    """The numbers of words opening ``toks`` that can be one value of ``field``: up to four words
    of a department of a body (all department words), else one word of the field's kind."""
    if field in KIND_FIELDS["dept"]:  # (or one word a department field holds: `-` for none)
        return [
            k
            for k in range(min(4, len(toks)), 0, -1)
            if all(is_dept(p) for t in toks[:k] for p in re.split(r"[,，、/·]", t) if p)
        ] or ([1] if toks and value_kind(toks[0]) == "dept" else [])
    if field == "as_of":  # a date of several words (2019년 2분기 현재): the longest runs first
        return [k for k in range(min(5, len(toks)), 0, -1) if value_kind(" ".join(toks[:k])) == "date"] or (
            [1] if toks and of_kind(field, toks[0]) else []
        )
    if field == "status" and (runs := _status_runs(toks, at_end=False, keep=0)):
        return runs + ([1] if of_kind(field, toks[0]) else [])  # the chain keeps the one that fits
    if field == "contact_name" and (k := _contact_run(toks, at_end=False, keep=0)):
        # a name and its phone in one cell (제현혜 (4569), 맹소윤 ☎ 042-880-5614), or the name alone before a phone field
        return [k, 1]
    if (
        field in ("mgmt_no", "contact_phone")
        and len(toks) >= 2
        and not of_kind(field, toks[0])
        and of_kind(field, " ".join(toks[:2]))
    ):
        return [2]  # a number or a phone after its word or glyph (공약 3-2, ☎ 033)249-3456)
    return [1] if toks and of_kind(field, toks[0]) else []


def _chain(
    fields: list[str], toks: list[str], at: int, *, every: bool = False
) -> list[tuple[dict[str, str], int]]:
    """Every way ``fields`` follow one another word by word from ``toks[at]``: (values, end); the
    last field takes every word of its kind it can (a department of a body is never cut short),
    unless ``every`` (a field that ends where another's words begin: each of its runs)."""
    if not fields:
        return [({}, at)]
    runs = _runs(fields[0], toks[at:])
    if len(fields) == 1 and not every:
        runs = runs[:1]
    out = []
    for n in runs:
        for got, end in _chain(fields[1:], toks, at + n, every=every):
            out.append(({fields[0]: " ".join(toks[at : at + n]), **got}, end))
    return out


def _split_two_free(pending: list[str], toks: list[str]) -> dict[str, str] | None:
    """:func:`split_value_row` for a row of labels holding two free-text fields (공약명 and 실천목표) with
    typed fields between them: the typed fields at either end one value each from their end, then
    the one end of the first free text from which the typed fields between follow one another word
    by word, the second free text what is left; ``None`` unless exactly one split fits."""
    g1, g2 = (k for k, f in enumerate(pending) if f in GENERIC_FIELDS)
    left, middle, right = pending[:g1], pending[g1 + 1 : g2], pending[g2 + 1 :]
    # (the target printed first, the title right after it: where the target ends is not shown by its words,
    # ``중장기 추진 (2030년) 도담구 …``, review A s34 h1-h3; no cut, both null)
    if not middle and (pending[g1], pending[g2]) != ("title", "target"):
        return None
    printed, toks = list(toks), list(toks)
    out: dict[str, str] = {}
    for field in left:
        runs = _runs(field, toks)
        if not runs:
            # each typed field its longest value lets a later one none (a name and its phone in one cell, 강수수
            # 602-3020, under 담당자 then 전화번호): the one way they follow one another word by word
            ways = _chain(left, printed, 0)
            if len(ways) != 1:
                return None
            out, end = dict(ways[0][0]), ways[0][1]
            toks = printed[end:]
            break
        out[field] = " ".join(toks[: runs[0]])
        del toks[: runs[0]]
    for field in reversed(right):
        # a value of several words only as there: a date (2024년 4분기 현재), a department of a body,
        # a status (이행후 계속추진), a name and its phone in one cell (석지지 (728-4436))
        n = (
            (_status_run(toks, at_end=True) if field == "status" else 0)
            or (_contact_run(toks, at_end=True) if field == "contact_name" else 0)
            or next(
                (
                    k
                    for k in range(min(4, len(toks) - 1), 1, -1)
                    if of_kind(field, " ".join(toks[-k:]))
                    and (field == "as_of" or _one_body(field, toks[-k:]))
                ),
                0,
            )
        )
        n = n or (1 if toks and of_kind(field, toks[-1]) else 0)
        if not n:
            return None
        out[field] = " ".join(toks[-n:])
        del toks[-n:]
    if not middle:  # the target printed right after the title: it begins at the term it opens with
        if (k := target_start(toks)) is None:
            return None
        out.update({pending[g1]: " ".join(toks[:k]), pending[g2]: " ".join(toks[k:])})
        return {f: out[f] for f in pending}
    fits = [
        {pending[g1]: " ".join(toks[:i]), **got, pending[g2]: " ".join(toks[end:])}
        for i in range(1, len(toks))
        for got, end in _chain(middle, toks, i)
        if end < len(toks)
    ]
    fits = _body_whole(bodies_kept(fits, pending), pending[g1], middle[0])  # (bodies_kept: between two depts)
    if len(fits) > 1 and pending[g2] == "target":
        # the ways whose target opens with the term (header_term_cut), then the department of a body among them
        # whole: ``친환경농업 창업 지원 확대 농업기술센터 기술보급과 단계별 추진`` (mutant 4539 txt: the target fixed
        # by its term, the body 농업기술센터 either the title's last word or the department's first)
        opened = [fit for fit in fits if opens_with_term(fit["target"].split())]
        fits = term_fits(
            [*_body_whole(opened, pending[g1], middle[0]), *(f for f in fits if f not in opened)], "target"
        )
    if len(fits) != 1:
        return None
    out.update(fits[0])
    return {f: out[f] for f in pending}


def _body_whole(fits: list[dict[str, str]], title: str, dept: str) -> list[dict[str, str]]:
    """``fits`` parting only the first free text (``title``) from a department of a body after it (… 육성 |
    농업기술센터 기술보급과), every other field alike: where the title ends and the department begins is printed
    by nothing (no gutter, no cell edge, no label between them: a department's name known to be longer proves no
    cut, a title may end in a body's word), so the one fit with both left unread (``""``: null, the row's words
    kept unplaced, ``extract.cut_unproven``; session 37, mendprev); ``fits`` as they are otherwise, or when
    ``dept`` is no department field."""
    if (
        len(fits) > 1
        and dept in KIND_FIELDS["dept"]
        and len({tuple(v for f, v in fit.items() if f not in (title, dept)) for fit in fits}) == 1
    ):
        return [{**fits[0], title: "", dept: ""}]
    return fits
