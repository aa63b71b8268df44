"""A deal mention as the extractor builds it (before it becomes a `DealExtraction`)."""

from __future__ import annotations

from dataclasses import dataclass

from veille.money import MoneySpan


@dataclass(frozen=True)
class DealMention:
    parties: tuple[str, ...]
    deal_type: str
    amount: MoneySpan | None
    evidence: tuple[int, int]
    sentence: int
    paragraph: int
    strong: bool
    typed: bool = True
    duration_months: int | None = None
    status: str = "announced"
    # a round's or a syndicate's investors or lenders (veille/offline/rounds.py; the other
    # parties receive): the re-ranker tells co-givers from a giver and its recipient
    givers: tuple[str, ...] = ()
