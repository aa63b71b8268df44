"""Rows for staging.enrichments, staging.*_mentions and quality.quarantine from one run.

Plain functions from gateway outcomes and grounding results to polars frames with explicit
schemas (empty frames keep their column types, so loads never guess). Every extraction is
kept, grounded or not; ungrounded ones also get a quarantine row naming the exact mention
(`record_key = '<article_id>:<mention_idx>'`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import polars as pl

from veille.grounding import Grounded, GroundedEnrichment
from veille.llm.gateway import ArticleOutcome

_MENTION = {
    "mention_idx": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "grounded": pl.Boolean,
    "reason": pl.String,
    "article_id": pl.String,
    "evidence": pl.String,
}
ORG_SCHEMA: dict[str, Any] = {**_MENTION, "name": pl.String, "surface": pl.String}
MONEY_SCHEMA: dict[str, Any] = {
    **_MENTION,
    "value": pl.Float64,
    "min_value": pl.Float64,
    "max_value": pl.Float64,
    "currency": pl.String,
    "qualifier": pl.String,
    "role": pl.String,
    "surface": pl.String,
}
DEAL_SCHEMA: dict[str, Any] = {
    **_MENTION,
    "parties": pl.List(pl.String),
    "deal_type": pl.String,
    "amount_value": pl.Float64,
    "amount_min": pl.Float64,
    "amount_max": pl.Float64,
    "currency": pl.String,
    "duration_months": pl.Int32,
    "status": pl.String,
}
ENRICHMENT_SCHEMA: dict[str, Any] = {
    "article_id": pl.String,
    "content_hash": pl.String,
    "model": pl.String,
    "prompt_version": pl.String,
    "status": pl.String,
    "language": pl.String,
    "translation_status": pl.String,
    "translated_title": pl.String,
    "translated_text": pl.String,
    "summary": pl.String,
    "why_it_matters": pl.String,
    "payload": pl.String,
    "error": pl.String,
    "enriched_at": pl.Datetime("us"),
    "run_id": pl.String,
}
QUARANTINE_SCHEMA: dict[str, Any] = {
    "run_id": pl.String,
    "table_name": pl.String,
    "record_key": pl.String,
    "expectation": pl.String,
    "column_name": pl.String,
    "observed_value": pl.String,
    "reason": pl.String,
    "created_at": pl.Datetime("us"),
}
_KINDS = (
    ("organizations", "staging.org_mentions", "surface"),
    ("money", "staging.money_mentions", "surface"),
    ("deals", "staging.deal_mentions", "evidence"),
)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class Batch:
    """Everything one enrichment run writes, as row dicts until `frames()`."""

    run_id: str
    enrichments: list[dict[str, Any]] = field(default_factory=list)
    orgs: list[dict[str, Any]] = field(default_factory=list)
    money: list[dict[str, Any]] = field(default_factory=list)
    deals: list[dict[str, Any]] = field(default_factory=list)
    quarantine: list[dict[str, Any]] = field(default_factory=list)

    def add_enrichment(
        self, outcome: ArticleOutcome, content_hash: str, model: str, prompt_version: str
    ) -> None:
        e = outcome.enrichment
        self.enrichments.append(
            {
                "article_id": outcome.article_id,
                "content_hash": content_hash,
                "model": outcome.model or model,
                "prompt_version": prompt_version,
                "status": outcome.status,
                "language": e.language if e else None,
                "translation_status": e.translation_status if e else None,
                "translated_title": e.translated_title if e else None,
                "translated_text": e.translated_text if e else None,
                "summary": e.summary if e else None,
                "why_it_matters": e.why_it_matters if e else None,
                "payload": e.model_dump_json() if e else None,
                "error": outcome.error,
                "enriched_at": now(),
                "run_id": self.run_id,
            }
        )
        if outcome.status == "quarantined":
            text_issue = outcome.expectation == "grounding"
            self.quarantine.append(
                self._q(
                    "staging.enrichments",
                    outcome.article_id,
                    outcome.expectation or "schema",
                    "summary" if text_issue else "payload",
                    e.summary if e and text_issue else None,
                    outcome.error,
                )
            )

    def add_mentions(self, article_id: str, grounded: GroundedEnrichment) -> None:
        for attr, table, column in _KINDS:
            target = {"organizations": self.orgs, "money": self.money, "deals": self.deals}[attr]
            for idx, g in enumerate(getattr(grounded, attr)):
                target.append(_mention_row(article_id, idx, g))
                if not g.grounded:
                    self.quarantine.append(
                        self._q(
                            table,
                            f"{article_id}:{idx}",
                            "grounding",
                            column,
                            getattr(g.item, column),
                            g.reason,
                        )
                    )

    def _q(
        self,
        table: str,
        key: str,
        expectation: str,
        column: str | None,
        observed: str | None,
        reason: str | None,
    ) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "table_name": table,
            "record_key": key,
            "expectation": expectation,
            "column_name": column,
            "observed_value": None if observed is None else str(observed)[:1000],
            "reason": reason,
            "created_at": now(),
        }

    def frames(self) -> dict[str, pl.DataFrame]:
        return {
            "staging.enrichments": pl.DataFrame(self.enrichments, schema=ENRICHMENT_SCHEMA),
            "staging.org_mentions": pl.DataFrame(self.orgs, schema=ORG_SCHEMA),
            "staging.money_mentions": pl.DataFrame(self.money, schema=MONEY_SCHEMA),
            "staging.deal_mentions": pl.DataFrame(self.deals, schema=DEAL_SCHEMA),
            "quality.quarantine": pl.DataFrame(self.quarantine, schema=QUARANTINE_SCHEMA),
        }


def _mention_row(article_id: str, idx: int, g: Grounded[Any]) -> dict[str, Any]:
    row = g.item.model_dump()
    row.update(
        {
            "article_id": article_id,
            "mention_idx": idx,
            "char_start": g.char_start,
            "char_end": g.char_end,
            "grounded": g.grounded,
            "reason": g.reason,
        }
    )
    return row
