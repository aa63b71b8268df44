"""Whose amount it is in a sentence of several (veille/offline/amountobjects.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from veille.offline.amountobjects import amount_objects, crossed
from veille.offline.engine import rule_view
from veille.offline.rerankfeatures import candidates
from veille.schema import ArticleInput

ENUMERATION = (
    "Nvidia agreed to put $5 billion into Intel in September, took a $1 billion stake in"
    " Nokia in October and pledged up to $10 billion to Anthropic in November."
)


def _between(text: str) -> Callable[[int, int], list[str]]:
    return lambda lo, hi: [w.lower() for w in re.findall(r"\w+", text[lo:hi])]


def _spans(text: str, *surfaces: str) -> list[tuple[int, int]]:
    return [(text.index(s), text.index(s) + len(s)) for s in surfaces]


def test_each_amount_goes_into_the_name_after_its_preposition() -> None:
    amounts = _spans(ENUMERATION, "$5 billion", "$1 billion", "$10 billion")
    orgs = [
        (n, lo, hi)
        for n, (lo, hi) in zip(
            ("Nvidia", "Intel", "Nokia", "Anthropic"),
            _spans(ENUMERATION, "Nvidia", "Intel", "Nokia", "Anthropic"),
            strict=True,
        )
    ]
    objects = amount_objects(_between(ENUMERATION), amounts, orgs)
    assert [objects[lo] for lo, _ in amounts] == ["Intel", "Nokia", "Anthropic"]
    one_billion = amounts[1][0]
    assert crossed(objects, one_billion, ("Intel", "Nokia"))
    assert not crossed(objects, one_billion, ("Nvidia", "Nokia"))


def test_a_date_or_a_later_amount_is_no_object() -> None:
    text = "Torq a obtenu 70 millions de dollars en janvier auprès d'Evolution, et 5 millions."
    orgs = [("Evolution", text.index("Evolution"), text.index("Evolution") + 9)]
    amounts = _spans(text, "70 millions de dollars", "5 millions")
    assert amount_objects(_between(text), amounts, orgs) == {}
    gapped = "Nvidia will invest up to $10 billion in Anthropic and Microsoft up to $5 billion."
    orgs = [(n, gapped.index(n), gapped.index(n) + len(n)) for n in ("Nvidia", "Anthropic")]
    objects = amount_objects(_between(gapped), _spans(gapped, "$10 billion", "$5 billion"), orgs)
    assert objects == {gapped.index("$10 billion"): "Anthropic"}
    # the $5 billion has no object of its own: Microsoft with Anthropic stays a candidate
    assert not crossed(objects, gapped.index("$5 billion"), ("Anthropic", "Microsoft"))


def test_the_pair_of_two_objects_is_crossed_in_the_engine_candidates() -> None:
    article = ArticleInput(article_id="t", title="Nvidia's year of deals", text=ENUMERATION)
    view, _, _ = rule_view(article)
    flagged = {
        (frozenset(c.parties), c.amount.surface)
        for c in candidates(view)
        if c.crossed and c.amount is not None
    }
    assert (frozenset({"Intel", "Nokia"}), "$1 billion") in flagged
    assert not any("Nvidia" in parties for parties, _ in flagged)
