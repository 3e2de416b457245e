"""The README is tested like code: its first two commands, its command list and CI's test line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pledgecard.cli import build_parser, main

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.S)


def test_first_two_commands_install_run_and_test() -> None:
    install, tests = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert "pledgecard run samples" in install
    script = install.split("&&")[0].split()[-1]  # the install script the command runs
    assert "pip install" in (REPO / script).read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert f"bash {script}" in ci.splitlines(), "CI installs with the README's script"
    assert tests in ci.splitlines(), "CI must run exactly the README's test command"


def test_every_listed_command_exists() -> None:
    listed = {m.group(1) for m in re.finditer(r"^pledgecard (\w+)", BLOCKS[2], re.M)}
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert listed and listed <= set(sub.choices)  # type: ignore[arg-type]


@pytest.mark.parametrize("command", ["extract", "validate", "run", "export", "eval"])
def test_help_works(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert "usage: pledgecard" in capsys.readouterr().out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/no/such/path", "-o", str(REPO / "outputs" / "never")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "pledgecard: no such file or folder: /no/such/path"


def test_limit_options_reach_the_readers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = REPO / "tests" / "fixtures" / "pdf" / "card.pdf"
    out = tmp_path / "out"
    assert (
        main(["extract", str(pdf), "-o", str(out), "--max-pages", "1", "--workers", "1", "--quiet"]) == 6
    )  # none converted
    row = json.loads((out / "files.jsonl").read_text(encoding="utf-8"))
    assert (row["status"], row["error_code"]) == ("failed", "limit_exceeded")
    assert row["error"] == "PDF has 2 pages, over the limit of 1"
    assert f"failed: {pdf}: PDF has 2 pages, over the limit of 1" in capsys.readouterr().err
    assert main(["extract", str(pdf), "-o", str(out), "--max-unpacked-mb", "0"]) == 2
