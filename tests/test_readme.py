"""The README is tested like code: its first two commands, its command list and CI's test line."""

from __future__ import annotations

import re

import pytest

from pledgecard.cli import build_parser, main

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.S)


def test_first_two_commands_install_run_and_test() -> None:
    install, tests = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert "pip install" in install and "pledgecard run samples" in install
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
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
