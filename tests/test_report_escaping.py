"""The report's templates escape their output with ``report._escaped`` (markupsafe's escaped text
without a ``Markup`` object per piece, issue 14) and are compiled by ``report._CodeGenerator``
(a block's pieces joined where it is called): every page (cards, pledges, index) is byte for
byte what Jinja writes with its own code generator and markupsafe's own escape, on a batch with every planted failure, two
quarters of one pledge, evidence lines from the source file, and card text that is markup."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path

import jinja2
import jinja2.compiler
import pytest

import pledgecard.validate.report as report
from pledgecard.validate import validate_dir
from pledgecard.writers import atomic_write_jsonl

from validate_cases import RULES, SEED_TXT, batch_of, planted, seed

_GENERATED = re.compile(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC")
MARKUP = "<script>alert(\"x\")</script> & 'q' <b>"


class _StockEnvironment(report.ReportEnvironment):
    """The report's environment with Jinja's own template class (markupsafe's ``escape``) and
    code generator (every piece handed on through the extends chain)."""

    template_class = jinja2.Template
    code_generator_class = jinja2.compiler.CodeGenerator


_REPORT_ENV = report._env


def _stock_env() -> jinja2.Environment:
    env = _REPORT_ENV()
    stock = _StockEnvironment(
        loader=env.loader, autoescape=env.autoescape, trim_blocks=True, lstrip_blocks=True
    )
    stock.filters["val"] = report.cell_value
    return stock


def _folder(folder: Path) -> Path:
    folder.mkdir()
    marked = seed()
    marked["card_id"] = "markup@2024-Q4"
    marked["header"]["title"] = MARKUP
    marked["achievements"][0]["text"] = MARKUP
    marked["funding"]["rows"][0]["label"] = MARKUP
    marked["goals"][0]["project"] = MARKUP
    marked["overview"]["notes"] = [MARKUP]
    earlier = copy.deepcopy(seed())  # the seed's pledge a quarter earlier: a pledge page with changes
    earlier["card_id"] = "earlier@2024-Q3"
    earlier["as_of"] = {**earlier["as_of"], "label": "2024-Q3", "start": "2024-07-01", "end": "2024-09-30"}
    earlier["funding"]["rows"][0]["amounts_krw"][0] += 1
    records = [planted(code) for code in RULES] + batch_of(3) + [marked, earlier, seed()]
    atomic_write_jsonl(folder / "records.jsonl", records)
    shutil.copy(SEED_TXT, folder / SEED_TXT.name)  # the cards' source file: evidence lines
    return folder


def _pages(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): _GENERATED.sub("", p.read_text(encoding="utf-8"))
        .replace(str(folder), "DIR")
        .encode("utf-8")
        for p in sorted((folder / "report").rglob("*.html"))
    }


def test_pages_are_what_markupsafe_escape_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    validate_dir(_folder(tmp_path / "a"), fail_on="never")
    monkeypatch.setattr(report, "_env", _stock_env)
    validate_dir(_folder(tmp_path / "b"), fail_on="never")
    fast, stock = _pages(tmp_path / "a"), _pages(tmp_path / "b")
    assert fast.keys() == stock.keys() and len(fast) > len(RULES)
    assert any(name.startswith("report/pledges/") for name in fast)
    for name in fast:
        assert fast[name] == stock[name], name
    page = fast["report/cards/markup@2024-Q4.html"].decode("utf-8")
    assert (
        "<script>alert" not in page
        and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;q&#39;" in page
    )
    assert any(b'<span class="ln">' in text for text in fast.values())  # evidence lines shown
