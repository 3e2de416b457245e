"""One exception root for pledgecard, with a subclass per stage (extract, normalize, validate, load).

Every error carries a stable ``code`` (machine readable, used in ``files.jsonl`` and reports) and a
one-line human message. The CLI maps them to messages and exit codes; ``--debug`` shows tracebacks.

Exit codes (README, "Exit status"): 0 done; 1 a file could not be read (``extract``) or a finding
reached ``--fail-on``; 2 usage; 3 internal error (a bug); 4 :class:`OutputError`; 5
:class:`LoadError`; 6 :class:`NothingConvertedError`; 130 interrupted.
"""

from __future__ import annotations

import os


class PledgecardError(Exception):
    """Root of every error pledgecard raises on purpose."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def reason(self) -> str:
        """One line: what went wrong, without a traceback."""
        return " ".join(str(self).split())


class UsageError(PledgecardError):
    """The user asked for something impossible (bad path, bad option)."""

    code = "usage"
    exit_code = 2


class ExtractError(PledgecardError):
    """A file could not be read into a document or a card."""

    code = "extract"


class UnsupportedFormatError(ExtractError):
    code = "unsupported_format"


class DamagedFileError(ExtractError):
    code = "damaged"


class EncryptedFileError(ExtractError):
    code = "encrypted"


class NoTextLayerError(ExtractError):
    code = "no_text_layer"


class OcrUnavailableError(ExtractError):
    """A page needs OCR and Tesseract with its Korean model is not installed."""

    code = "ocr_unavailable"


class LimitExceededError(ExtractError):
    """A configured safety limit (decompressed size, pages, time) was reached."""

    code = "limit_exceeded"


class NoCardFoundError(ExtractError):
    code = "no_card"


class NormalizeError(PledgecardError):
    code = "normalize"


class ValidateError(PledgecardError):
    code = "validate"


class LoadError(PledgecardError):
    """The warehouse cannot be loaded: unknown scheme, driver missing, server unreachable, load failed."""

    code = "load"
    exit_code = 5


class OutputError(PledgecardError):
    """An output file or folder cannot be written (disk full, read-only, no permission, in use).
    The message names the stage and the path."""

    code = "output"
    exit_code = 4

    def __init__(
        self,
        message: str,
        *,
        stage: str = "",
        path: str | os.PathLike[str] | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(f"{stage}: {message}" if stage else message, code=code)
        self.stage = stage
        self.path = path

    @classmethod
    def from_os(cls, exc: OSError, *, stage: str, path: str | os.PathLike[str] | None = None) -> OutputError:
        """``extract: cannot write /out/records.jsonl: No space left on device``."""
        where = exc.filename if exc.filename is not None else path
        shown = (
            os.fsencode(where).decode("utf-8", "backslashreplace")
            if where is not None
            else "the output folder"
        )
        return cls(f"cannot write {shown}: {exc.strerror or exc}", stage=stage, path=where)


class NothingConvertedError(PledgecardError):
    """No input file was found, or none could be converted into a card."""

    code = "nothing_converted"
    exit_code = 6
