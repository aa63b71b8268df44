"""veille.offline.clausepairs: whether an amount's surface re-parses alone (session 16)."""

from __future__ import annotations

from typing import Any

import pytest

from veille.money import parse_amounts
from veille.offline import clausepairs
from veille.offline.clausepairs import reparses_alone

CRAFTED = [
    "$1.5 billion",
    "15,7 milliards",  # an elided currency: no amount alone
    "650 millions",
    "between $2 billion and $3 billion",
    "R20bn",
    "£3.50",
    "10 Milliarden Dollar",
    "2 million",
    "",
]


def test_reparses_alone_is_the_full_parse(eval_items: list[dict[str, Any]]) -> None:
    """Every amount surface of the dev articles (and a few without a currency of their
    own): the same answer as `bool(parse_amounts(surface))`."""
    surfaces = {s.surface for item in eval_items for s in parse_amounts(item["text"])}
    surfaces |= {s[1:] for s in surfaces} | {s[:-1] for s in surfaces} | set(CRAFTED)
    assert len(surfaces) > 100
    for surface in sorted(surfaces):
        assert reparses_alone(surface) == bool(parse_amounts(surface)), surface


def test_a_plain_amount_needs_no_full_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def counted(text: str, lang: str | None = None) -> list[Any]:
        calls.append(text)
        return parse_amounts(text, lang)

    monkeypatch.setattr(clausepairs, "parse_amounts", counted)
    assert reparses_alone("$1.5 billion") and reparses_alone("15,7 milliards d'euros")
    assert calls == []
    assert not reparses_alone("15,7 milliards")
    assert calls == ["15,7 milliards"]
