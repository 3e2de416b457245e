"""A generated record as its expected record prints it: its private keys (``_...``, what only the renderers read)
left out. Shared by the generator (:mod:`samples.generate`) and the layout-dump writer (:mod:`samples.render_layout`)."""

from __future__ import annotations

import copy
from typing import Any

Record = dict[str, Any]


def public_record(rec: Record) -> Record:
    """A copy of ``rec`` without its private keys (``_...``: what only the renderers read, never expected)."""
    return copy.deepcopy({k: v for k, v in rec.items() if not k.startswith("_")})
