"""The gold file: what a correct extraction finds in each article (see the eval README).

Fail-closed: a malformed gold line stops the evaluation with its line number rather than
being scored as an article nobody can match. A gold deal whose parties are not among the
article's organisations is refused for the same reason: no prediction could ever match it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from veille.schema import DealType


class GoldError(ValueError):
    """The gold file cannot be scored against."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


class GoldOrg(_Gold):
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()


class GoldAmount(_Gold):
    """A point (`value`) or a range (`min` and `max`); the qualifier is not scored."""

    value: float | None = None
    min_value: float | None = Field(default=None, alias="min")
    max_value: float | None = Field(default=None, alias="max")
    currency: str | None = None
    qualifier: str | None = None

    @model_validator(mode="after")
    def _point_or_range(self) -> GoldAmount:
        if self.value is None and (self.min_value is None or self.max_value is None):
            raise ValueError("a gold amount needs value, or both min and max")
        return self


class GoldDeal(_Gold):
    """`amounts` are the values the article attaches to the deal; empty when undisclosed."""

    parties: tuple[str, ...] = Field(min_length=2)
    amounts: tuple[float, ...] = ()
    currency: str | None = None
    deal_type: DealType = Field(alias="type")


class GoldArticle(_Gold):
    url: str = Field(min_length=1)
    orgs: tuple[GoldOrg, ...] = ()
    amounts: tuple[GoldAmount, ...] = ()
    deals: tuple[GoldDeal, ...] = ()

    @model_validator(mode="after")
    def _parties_are_orgs(self) -> GoldArticle:
        names = {o.name for o in self.orgs}
        for deal in self.deals:
            unknown = sorted(set(deal.parties) - names)
            if unknown:
                raise ValueError(f"deal parties {unknown} are not among the article's orgs")
        return self


def load_gold(path: Path) -> list[GoldArticle]:
    """Every gold line of a JSON Lines file, validated; urls must be unique."""
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                article = GoldArticle.model_validate(json.loads(line))
            except (json.JSONDecodeError, ValidationError) as exc:
                raise GoldError(f"{path}:{number}: {exc}") from exc
            if article.url in seen:
                raise GoldError(f"{path}:{number}: duplicate url {article.url}")
            seen.add(article.url)
            articles.append(article)
    if not articles:
        raise GoldError(f"{path}: no gold article")
    return articles


def file_hash(path: Path) -> str:
    """SHA-256 of the file's bytes: the history compares runs on the same gold only."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
