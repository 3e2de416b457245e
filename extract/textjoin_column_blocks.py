"""Row titles of an item table a converter printed column block by column block, held apart from the bullet
item above them (class: pdftotext's default mode and pdf2txt print a 분기 | 주요 추진내용 | 비고 table's date,
note and head cells as lines of their own, and a row's title right under the last bullet of the row above:
gaeul-county 64009 ``ㄴ 신규 참여기업 협약(…23명)`` / ``공공돌봄 관련 현장 건의 21건 검토 및 제도 개선`` read as
one item, the shared counter pairing its 21건 row with another quarter's 40건 item).

Where the unmarked lines around a joined line print two or more cells of a status column alone (``완료``), two or
more cells of a date column alone (``'22. 3/4분기``) and no fragment of another table (a one-word line that is no
such cell nor a head cell: a number, a cut word), the dump printed an item table's columns apart: an unmarked
line under a bullet's line that the line leaves complete is the next row's first cell, never the bullet's wrapped
rest."""

from __future__ import annotations

from pledgecard.extract.document import Paragraph
from pledgecard.extract.textjoin_glue import left_open
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.dates import is_date

WINDOW = 8  # lines either side of the joined line
MIN_CELLS = 2  # cells alone of each column


def status_cell(text: str) -> bool:
    """Whether ``text`` is a status word of the vocabulary and nothing else (a note column's cell alone)."""
    return bool(text.strip()) and key("".join(text.split())) in current().status_words


def date_cell(text: str) -> bool:
    """Whether ``text`` is a date and nothing else (a date column's cell alone)."""
    return bool(text.strip()) and is_date(text.strip())


def head_cell(text: str) -> bool:
    """Whether ``text`` is one head cell of an item table alone (a date, content or note column's head of the
    vocabulary's ``[item_table]`` / ``[note_column]``)."""
    v = current()
    k = key("".join(text.split()))
    return bool(k) and (
        k in v.note_column_keys
        or k in {key("".join(w.split())) for part in ("date", "content") for w in v.words("item_table", part)}
    )


def column_cell(text: str) -> bool:
    """Whether an unmarked line is an item table's status, date or head cell alone."""
    return status_cell(text) or date_cell(text) or head_cell(text)


def fragment(text: str) -> bool:
    """Whether an unmarked line is one word and no cell of an item table (a number, a cut word, another table's
    label): a cell of a table of other columns (a goal or funding table flattened a cell a line)."""
    return len(text.split()) == 1 and not column_cell(text)


def column_block(texts: list[str]) -> bool:
    """Whether unmarked lines ``texts`` prove an item table printed column block by column block: two or more
    status cells alone, two or more date cells alone, no fragment of another table."""
    return (
        sum(map(status_cell, texts)) >= MIN_CELLS
        and sum(map(date_cell, texts)) >= MIN_CELLS
        and not any(map(fragment, texts))
    )


def columns_apart(lines: list[Paragraph], k: int) -> bool:
    """Whether the unmarked lines around ``lines[k]`` prove a table whose columns the dump printed apart."""
    return column_block([p.text for p in lines[max(0, k - WINDOW) : k + WINDOW + 1] if p.marker is None])


def column_block_rows_apart(lines: list[Paragraph], joins: dict[int, str]) -> set[int]:
    """The unmarked lines the joiner took for the wrapped rest of a bullet's line right above them that are the
    next row's title of a table printed column block by column block. A bullet's line left open (a comma closing
    it, a bracket the line under it closes: ``* 참여기업 15개,`` / ``참여자 111명``, gippeum-county 77002 hwpx) goes
    on under it whatever the cells around."""
    return {
        k
        for k in joins
        if k > 0
        and lines[k].marker is None
        and lines[k - 1].marker is not None
        and not column_cell(lines[k].text)
        and not left_open(joins[k], lines[k].text)
        and columns_apart(lines, k)
    }
