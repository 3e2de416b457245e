"""The issuer the user gives for cards that do not print theirs (``header.issuer``, schema 1.1).

Two places, the command line winning over the folder:

- ``--issuer NAME`` on ``pledgecard extract`` / ``run``: for every input file;
- a ``pledgecard.toml`` in an input folder or any folder above it (the nearest one wins)::

      issuer = "서울특별시 성북구"
      force_issuer = false   # true: this name even where a card prints another

A card's printed issuer wins over a given one unless the user forces it (``--force-issuer`` or
``force_issuer = true``). The given issuer is applied when the batch's outputs are written, so
changing it needs no re-extraction.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pledgecard.errors import UsageError
from pledgecard.normalize.sanitize import clean_text
from pledgecard.normalize.text import fold

CONFIG_NAME = "pledgecard.toml"


@dataclass(frozen=True, slots=True)
class GivenIssuer:
    name: str | None
    force: bool = False
    origin: str = ""  # "--issuer" or the config file's path


def _clean(name: Any, where: str) -> str | None:
    if name is None:
        return None
    if not isinstance(name, str):
        raise UsageError(f"{where}: issuer must be a string, not {type(name).__name__}")
    return fold(clean_text(name, one_line=True)[0]) or None


@dataclass(slots=True)
class IssuerPolicy:
    """Which issuer the user gives a file's cards (see the module docstring)."""

    name: str | None = None
    force: bool = False
    _dirs: dict[Path, GivenIssuer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.name = _clean(self.name, "--issuer")

    def _from_folder(self, folder: Path) -> GivenIssuer:
        if folder in self._dirs:
            return self._dirs[folder]
        cfg = folder / CONFIG_NAME
        if cfg.is_file():
            try:
                data = tomllib.loads(cfg.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise UsageError(f"cannot read {cfg}: {exc}") from exc
            force = data.get("force_issuer", False)
            if not isinstance(force, bool):
                raise UsageError(f"{cfg}: force_issuer must be true or false")
            given = GivenIssuer(_clean(data.get("issuer"), str(cfg)), force, str(cfg))
        elif folder.parent != folder:
            given = self._from_folder(folder.parent)
        else:
            given = GivenIssuer(None)
        self._dirs[folder] = given
        return given

    def given(self, path: str) -> GivenIssuer:
        """The issuer given for the file at ``path``."""
        if self.name:
            return GivenIssuer(self.name, self.force, "--issuer")
        return self._from_folder(Path(path).resolve().parent)

    def apply(self, record: dict[str, Any], path: str) -> None:
        """Set ``record``'s ``header.issuer`` from what is given for ``path`` (printed wins unless forced)."""
        header = record.get("header")
        if not isinstance(header, dict):
            return
        given = self.given(path)
        if given.name and (given.force or not header.get("issuer")):
            header["issuer"] = given.name
