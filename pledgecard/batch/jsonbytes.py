"""JSON as UTF-8 bytes that are always valid: the same bytes as
``json.dumps(json_safe(obj), ensure_ascii=False).encode()`` (:func:`pledgecard.writers.json_safe`),
without walking ``obj`` a second time in the usual case where every string is valid already."""

from __future__ import annotations

import json
from typing import Any

from pledgecard.writers import json_safe


def dumps_safe(obj: Any, **kw: Any) -> bytes:
    """``obj`` as UTF-8 JSON (``kw`` as for ``json.dumps``); a string that is not valid UTF-8
    (lone surrogates of a non-UTF-8 file name) is made so by ``json_safe`` first."""
    try:
        return json.dumps(obj, ensure_ascii=False, **kw).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(json_safe(obj), ensure_ascii=False, **kw).encode("utf-8")
