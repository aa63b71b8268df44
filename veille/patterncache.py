"""What a function derives from a compiled pattern, remembered per pattern object.

Why identity: hashing a compiled pattern hashes its compiled code, which costs as much as the
scan it would save for a large alternation; `functools.cache` would pay that on every call.
The entry holds the pattern, so its id is not reused while the entry lives; the table is
cleared when full (the engine has a few hundred patterns, built once each).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["ByPattern"]

T = TypeVar("T")


class ByPattern(Generic[T]):
    """`build(pattern)`, computed once per pattern object."""

    def __init__(self, build: Callable[[re.Pattern[str]], T], size: int = 256) -> None:
        self._build = build
        self._size = size
        self._table: dict[int, tuple[re.Pattern[str], T]] = {}

    def __call__(self, pattern: re.Pattern[str]) -> T:
        hit = self._table.get(id(pattern))
        if hit is None or hit[0] is not pattern:
            if len(self._table) >= self._size:
                self._table.clear()
            hit = self._table[id(pattern)] = (pattern, self._build(pattern))
        return hit[1]
