"""What every reader promises: only ExtractError subclasses leave it, each with a one-line reason."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from pledgecard.errors import DamagedFileError, ExtractError, LimitExceededError


def one_line(exc: BaseException, limit: int = 200) -> str:
    return " ".join(str(exc).split())[:limit]


@contextmanager
def reader_errors(what: str) -> Iterator[None]:
    """Turn whatever a parsing library raises on a damaged file into an ExtractError naming
    ``what`` (``HWP body``, ``HWPX body``); library warnings are silenced."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    except ExtractError:
        raise
    except RecursionError as exc:
        raise DamagedFileError("document nesting too deep to read") from exc
    except MemoryError as exc:
        raise LimitExceededError(f"out of memory reading the {what}") from exc
    except Exception as exc:  # noqa: BLE001 - parsers raise many kinds of errors on damaged input
        raise DamagedFileError(f"could not parse {what}: {type(exc).__name__}: {one_line(exc)}") from exc
