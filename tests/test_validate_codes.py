"""The check registry and the generated CODES.md stay in step with the check objects."""

from __future__ import annotations

import subprocess
import sys

from pledgecard.validate import codes
from pledgecard.validate.checks import CHECKS, TABLES, Check

from conftest import REPO


def test_codes_md_is_generated_from_the_checks() -> None:
    assert codes.CODES_MD.read_text(encoding="utf-8") == codes.render(), (
        "validate/CODES.md is out of date: run python -m pledgecard.validate.codes"
    )
    for check in CHECKS.values():
        assert f"| `{check.code}` | {check.name} | {check.severity} | {check.table.name} |" in codes.render()


def test_codes_check_mode_fails_when_out_of_date(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stale = tmp_path / "CODES.md"
    stale.write_text(codes.render().replace("funding column sums", "funding columns"), encoding="utf-8")
    monkeypatch.setattr(codes, "CODES_MD", stale)
    assert codes.main(["--check"]) == 1
    assert codes.main([]) == 0 and codes.main(["--check"]) == 0
    assert stale.read_text(encoding="utf-8") == codes.render()


def test_codes_module_runs_as_a_script() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "pledgecard.validate.codes", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr


def test_every_check_is_one_object_with_its_table_and_computation() -> None:
    assert len(CHECKS) == len({c.code for c in CHECKS.values()})
    for code, check in CHECKS.items():
        assert isinstance(check, Check) and check.code == code
        assert TABLES[check.table.name] is check.table
        assert check.expect or check.compute is not None
        assert check.description and check.fails_when and check.locations
        for spec in check.expect:
            cols = {spec.kwargs.get(k) for k in ("column", "column_A", "column_B")} - {None}
            assert cols <= set(check.table.columns), (code, cols)
