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


def test_the_owners_of_keys_as_read_are_remembered_and_bounded() -> None:
    """Session 10: a multi-pattern gate remembers each key's owners as read (spaces and
    digits unfolded), at most `_OWNERS_MEMO` of them; the matches are finditer's."""
    money = re.compile(r"(?<!\w)\d+\s?(?:bn|billion)")
    deal = re.compile(r"(?<!\w)(?:acquires|buys)\s+\w+")
    gate = cuegate.CueGate((money, deal))
    texts = [
        f"Meta buys {i} and\u00a0{i}\u2009bn; Arm acquires\tX for {i} billion" for i in range(5000)
    ]
    for text in texts[:50] + texts[-50:] + texts[:50]:
        found = gate.finditer_all(text)
        assert [[m.span() for m in ms] for ms in found] == [
            [m.span() for m in money.finditer(text)],
            [m.span() for m in deal.finditer(text)],
        ]
    for text in texts:
        gate.finditer_all(text)
    assert 0 < len(gate.owners) <= cuegate._OWNERS_MEMO
