"""The enrichment contract between any model (LLM or offline engine) and veille.

One schema for every model, so that the offline engine and `openai/gpt-4o-mini` travel the
same code path: the model returns JSON of this shape, our code grounds it against the source
text, and only grounded rows are published. Bump `SCHEMA_VERSION` on any change: it is part of
the LLM cache key, so a change re-enriches instead of serving stale shapes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

DealType = Literal[
    "compute_capacity",
    "acquisition",
    "investment",
    "supply",
    "licensing",
    "partnership",
    "financing",
    "other",
]
DEAL_TYPES: tuple[str, ...] = DealType.__args__  # type: ignore[attr-defined]

MoneyRole = Literal[
    "deal_value",
    "revenue",
    "net_loss",
    "market_cap",
    "share_price",
    "valuation",
    "capex",
    "other",
]
MONEY_ROLES: tuple[str, ...] = MoneyRole.__args__  # type: ignore[attr-defined]

Qualifier = Literal["up_to", "about", "more_than", "at_least", "less_than"]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]

DealStatus = Literal["announced", "completed", "rumoured", "pending", "cancelled", "unknown"]
TranslationStatus = Literal["translated", "same_language", "unavailable"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)


class OrgExtraction(_Strict):
    """An organisation named in the article; `surface` is the text's own spelling."""

    name: str = Field(min_length=1, description="canonical name, e.g. Meta for Meta Platforms")
    surface: str = Field(min_length=1, description="exact spelling in the article")
    evidence: str = Field(min_length=1, description="exact quote that names it")


class MoneyExtraction(_Strict):
    """A money amount. A range has min/max and no value; a point has a value."""

    value: float | None = None
    min_value: float | None = None
    max_value: float | None = None
    currency: str = Field(min_length=3, max_length=3, description="ISO 4217 code")
    qualifier: Qualifier | None = None
    role: MoneyRole = "other"
    surface: str = Field(min_length=1, description="exact text of the amount, e.g. 27 milliards")
    evidence: str = Field(min_length=1, description="exact sentence quoted from the article")

    @model_validator(mode="after")
    def _point_or_range(self) -> MoneyExtraction:
        self.currency = self.currency.upper()
        if self.value is None and (self.min_value is None or self.max_value is None):
            raise ValueError("an amount needs value, or both min_value and max_value")
        for v in (self.value, self.min_value, self.max_value):
            if v is not None and v <= 0:
                raise ValueError("amounts are positive")
        lo, hi = self.min_value, self.max_value
        if lo is not None and hi is not None and lo > hi:
            raise ValueError("min_value must not exceed max_value")
        return self


class DealExtraction(_Strict):
    """A transaction between named parties, with the amount the article attaches to it."""

    parties: list[str] = Field(min_length=2, description="canonical organisation names")
    deal_type: DealType = "other"
    amount_value: float | None = None
    amount_min: float | None = None
    amount_max: float | None = None
    currency: str | None = Field(default=None, min_length=3, max_length=3)
    duration_months: int | None = Field(default=None, ge=1)
    status: DealStatus = "unknown"
    evidence: str = Field(min_length=1, description="exact sentence quoted from the article")

    @model_validator(mode="after")
    def _distinct_parties(self) -> DealExtraction:
        seen: list[str] = []
        for p in self.parties:
            if p and p not in seen:
                seen.append(p)
        if len(seen) < 2:
            raise ValueError("a deal needs at least two distinct parties")
        self.parties = seen
        if self.currency:
            self.currency = self.currency.upper()
        has_amount = any(v is not None for v in (self.amount_value, self.amount_min))
        if has_amount and not self.currency:
            raise ValueError("a deal amount needs a currency")
        return self


class Enrichment(_Strict):
    """Everything one model call returns for one article (or one chunk of it)."""

    language: str = Field(min_length=2, max_length=3, description="ISO 639-1 of the source")
    translation_status: TranslationStatus = "unavailable"
    translated_title: str | None = None
    translated_text: str | None = None
    summary: str = ""
    why_it_matters: str = ""
    organizations: list[OrgExtraction] = Field(default_factory=list)
    money: list[MoneyExtraction] = Field(default_factory=list)
    deals: list[DealExtraction] = Field(default_factory=list)


class ArticleInput(_Strict):
    """What a model sees of an article: the prompt carries exactly these fields."""

    article_id: str
    title: str = ""
    text: str
    language: str | None = None
    source: str | None = None
    published_at: str | None = None
    target_language: str = "fr"
