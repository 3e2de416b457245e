"""One exception root for pledgecard, with a subclass per stage (extract, normalize, validate, load).

Every error carries a stable ``code`` (machine readable, used in ``files.jsonl`` and reports) and a
one-line human message. The CLI maps them to messages and exit codes; ``--debug`` shows tracebacks.
"""

from __future__ import annotations


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
    code = "load"
