"""`ByPattern` builds once per pattern object, by identity, in a bounded table."""

from __future__ import annotations

import re

from veille.patterncache import ByPattern


def test_built_once_per_pattern_object() -> None:
    calls: list[str] = []

    def build(pattern: re.Pattern[str]) -> int:
        calls.append(pattern.pattern)
        return len(calls)

    cache = ByPattern(build)
    first = re.compile(r"deal|accord")
    assert cache(first) == cache(first) == 1
    assert calls == ["deal|accord"]
    assert cache(re.compile(r"other")) == 2


def test_the_entry_keeps_its_pattern_and_the_table_is_bounded() -> None:
    cache: ByPattern[str] = ByPattern(lambda p: p.pattern.upper(), size=4)
    patterns = [re.compile(rf"word{i}") for i in range(10)]
    for p in patterns:
        assert cache(p) == p.pattern.upper()
        assert len(cache._table) <= 4
    assert cache._table[id(patterns[-1])] == (patterns[-1], "WORD9")
