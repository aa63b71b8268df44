"""The engine's fast paths answer exactly like the plain patterns they replace.

Each fast path (a gate before an expensive pattern, a pattern split in two) is compared with
its reference on crafted sentences and on hypothesis-generated ones built from the words that
matter to it (verbs, names, articles, goods, spaces, punctuation)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.offline.clausepairs import _buys_party_re, buys_party

PARTIES = ("Grob Aircraft", "Informatica", "Nvidia", "the Trade Desk", "AT&T", "Ab")
BUY_WORDS = (
    "buy", "Buys", "bought", "acquiring", "racheter", "rachètera", "achète", "übernimmt",
    "compra", "comprou", "adquirir", "acquistare", "rilevato", "buyback",
)  # fmt: skip
FILLER = (
    "the", "The", "l'", "d’", "chips", "GPUs", "shares", "stake", "-", ",", ".", "for", "of",
    "Grob", "Aircraft", "Informatica", "Nvidia", "Trade", "Desk", "AT&T", "Ab", "Abc", "ab",
)  # fmt: skip
SPACES = (" ", "  ", "\n", "", "\u00a0")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Meta agreed to buy Grob Aircraft for $2 billion.", True),
        ("Meta agreed to buy Nvidia chips worth $2 billion.", False),
        ("Le groupe va racheter l'Informatica pour 8 milliards.", True),
        ("They will buy the Trade Desk.", True),
        ("They will buy  the   Trade Desk shares.", False),
        ("a buyback of Nvidia", False),
        ("to co-buy Nvidia", False),
        ("Informatica was bought by Salesforce.", False),
        ("It bought\nInformatica-like assets", False),
    ],
)
def test_buys_party_crafted(body: str, expected: bool) -> None:
    assert buys_party(body, PARTIES) is expected
    assert bool(_buys_party_re(PARTIES).search(body)) is expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(BUY_WORDS + FILLER), st.sampled_from(SPACES)),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3).map(tuple),
)
def test_buys_party_same_as_whole_pattern(words: list[tuple[str, str]], chosen: tuple) -> None:
    body = "".join(word + space for word, space in words)
    assert buys_party(body, chosen) == bool(_buys_party_re(chosen).search(body))


def test_buys_party_empty_name_falls_back() -> None:
    assert buys_party("to buy it", ("",)) == bool(_buys_party_re(("",)).search("to buy it"))
