"""Defensive parsing of model output, and chunking/merging of long articles.

Decisions:
- Models wrap JSON in code fences or chatter around it: we strip fences, take the outermost
  JSON object and validate it with pydantic. Any failure is an `InvalidOutput` carrying a
  message short enough to send back in the one repair re-ask.
- Long articles are split on paragraph boundaries into chunks with an overlap (so that a
  sentence cut at a boundary is seen whole by one chunk); each chunk is one call with its own
  cache key. Chunk results are merged and de-duplicated; summary and translated title come
  from the first chunk (the lede carries the news), translations are concatenated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from pydantic import ValidationError

from veille.schema import (
    ArticleInput,
    DealExtraction,
    Enrichment,
    MoneyExtraction,
    OrgExtraction,
)

_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)


class InvalidOutput(ValueError):
    """The model's answer is not a valid Enrichment."""


def parse_enrichment(content: str | None) -> Enrichment:
    if not content or not content.strip():
        raise InvalidOutput("empty answer: expected one JSON object")
    if content.lstrip().startswith("{") and content.rstrip().endswith("}"):
        try:  # fast path: plain JSON, parsed and validated in pydantic-core
            return Enrichment.model_validate_json(content)
        except ValidationError:
            pass  # fall through: the defensive path gives the precise reason
    fenced = _FENCE.search(content)
    body = fenced.group(1) if fenced else content
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end <= start:
        raise InvalidOutput("no JSON object found in the answer")
    try:
        data = json.loads(body[start : end + 1])
    except json.JSONDecodeError as exc:
        raise InvalidOutput(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise InvalidOutput("the answer must be one JSON object")
    try:
        return Enrichment.model_validate(data)
    except ValidationError as exc:
        raise InvalidOutput(f"schema violation: {exc}") from exc


def split_text(text: str, max_chars: int, overlap: int) -> list[str]:
    """Paragraph-aligned chunks of at most ~max_chars, consecutive chunks sharing ~overlap."""
    if len(text) <= max_chars:
        return [text]
    paras = _pieces(text, max_chars)
    chunks: list[str] = []
    current: list[str] = []
    for para in paras:
        if current and len("\n\n".join([*current, para])) > max_chars:
            chunks.append("\n\n".join(current))
            current = _tail(current, overlap)
        current.append(para)
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def _pieces(text: str, max_chars: int) -> list[str]:
    """Paragraphs, with any paragraph longer than a chunk cut at sentence ends (or hard)."""
    out: list[str] = []
    for paragraph in (p for p in text.split("\n\n") if p.strip()):
        para = paragraph
        while len(para) > max_chars:
            cut = para.rfind(". ", 0, max_chars)
            cut = cut + 1 if cut > max_chars // 2 else max_chars
            out.append(para[:cut].strip())
            para = para[cut:].strip()
        if para:
            out.append(para)
    return out


def _tail(paras: list[str], overlap: int) -> list[str]:
    kept: list[str] = []
    size = 0
    for para in reversed(paras):
        if size + len(para) > overlap:
            break
        kept.insert(0, para)
        size += len(para)
    return kept


def chunk_article(article: ArticleInput, max_chars: int, overlap: int) -> list[ArticleInput]:
    if len(article.text) <= max_chars:
        return [article]
    texts = split_text(article.text, max_chars, overlap)
    return [article.model_copy(update={"text": t}) for t in texts]


def merge(parts: Sequence[Enrichment]) -> Enrichment:
    """One Enrichment from chunk results, de-duplicated."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    orgs: dict[object, OrgExtraction] = {}
    money: dict[object, MoneyExtraction] = {}
    deals: dict[object, DealExtraction] = {}
    for part in parts:
        for o in part.organizations:
            orgs.setdefault(o.name.casefold(), o)
        for m in part.money:
            money.setdefault((m.value, m.min_value, m.max_value, m.currency), m)
        for d in part.deals:
            parties = frozenset(x.casefold() for x in d.parties)
            deals.setdefault((parties, d.amount_value, d.amount_min, d.deal_type), d)
    texts = [p.translated_text for p in parts if p.translated_text]
    return first.model_copy(
        update={
            "translated_text": "\n\n".join(texts) if texts else None,
            "organizations": list(orgs.values()),
            "money": list(money.values()),
            "deals": list(deals.values()),
        }
    )
