"""JSON as UTF-8 bytes that are always valid: the same bytes as
``json.dumps(json_safe(obj), ensure_ascii=False).encode()`` (:func:`pledgecard.writers.json_safe`),
without walking ``obj`` a second time in the usual case where every string is valid already."""

from __future__ import annotations

import json
from json.encoder import INFINITY
from json.encoder import encode_basestring as _string
from typing import Any

from pledgecard.writers import json_safe


def dumps_safe(obj: Any, **kw: Any) -> bytes:
    """``obj`` as UTF-8 JSON (``kw`` as for ``json.dumps``); a string that is not valid UTF-8
    (lone surrogates of a non-UTF-8 file name) is made so by ``json_safe`` first."""
    try:
        return json.dumps(obj, ensure_ascii=False, **kw).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(json_safe(obj), ensure_ascii=False, **kw).encode("utf-8")


def dumps_indented(obj: Any) -> bytes:
    """``dumps_safe(obj, indent=2)``, about twice as fast for what ``json.loads`` returns (the
    standard library writes indented JSON in pure Python, a generator per level); anything else
    goes the plain way."""
    parts: list[str] = []
    try:
        _indent(obj, parts, "")
        return "".join(parts).encode("utf-8")
    except (TypeError, UnicodeEncodeError):
        return dumps_safe(obj, indent=2)


def _float(v: float) -> str:
    if v != v:
        return "NaN"
    if v == INFINITY:
        return "Infinity"
    return "-Infinity" if v == -INFINITY else float.__repr__(v)


def _indent(o: Any, parts: list[str], pad: str) -> None:
    """``json.dumps(o, indent=2, ensure_ascii=False)`` into ``parts``, at indentation ``pad``."""
    kind = type(o)
    if kind is str:
        parts.append(_string(o))
    elif kind is dict or kind is list:
        if not o:
            parts.append("{}" if kind is dict else "[]")
            return
        inner = pad + "  "
        sep = ("{\n" if kind is dict else "[\n") + inner
        if kind is dict:
            for k, v in o.items():
                if type(k) is not str:
                    raise TypeError("a key that is not a string")
                parts += (sep, _string(k), ": ")
                _indent(v, parts, inner)
                sep = ",\n" + inner
        else:
            for v in o:
                parts.append(sep)
                _indent(v, parts, inner)
                sep = ",\n" + inner
        parts.append("\n" + pad + ("}" if kind is dict else "]"))
    elif o is None:
        parts.append("null")
    elif o is True:
        parts.append("true")
    elif o is False:
        parts.append("false")
    elif kind is int:
        parts.append(int.__repr__(o))
    elif kind is float:
        parts.append(_float(o))
    else:
        raise TypeError(f"not JSON as json.loads returns it: {kind.__name__}")
