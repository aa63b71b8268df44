"""`cuegate.finditer` finds a pattern's gate by identity (veille/cuegate.py `_gate_of`)."""

from __future__ import annotations

import re

from veille import cuegate


def test_the_gate_is_found_by_identity_and_kept_with_its_pattern() -> None:
    first = re.compile(r"(?<!\w)(?:acquires|buys)\s+\w+")
    twin = re.compile(r"(?<!\w)(?:acquires|buys)\s+\w+")  # equal, maybe not the same object
    gate = cuegate._gate_of(first)
    assert cuegate._gate_of(first) is gate
    assert cuegate._gate_of(twin).patterns == (twin,)
    text = "Nvidia buys Arm; Meta acquires Scale."
    assert [m.span() for m in cuegate.finditer(first, text)] == [
        m.span() for m in first.finditer(text)
    ]


def test_the_table_is_bounded() -> None:
    patterns = [re.compile(rf"(?<!\w)word{i}\b") for i in range(300)]
    for i, p in enumerate(patterns):
        text = f"a word{i} b"
        assert [m.span() for m in cuegate.finditer(p, text)] == [(2, 6 + len(str(i)))]
    assert len(cuegate._gate_of._table) <= 256
