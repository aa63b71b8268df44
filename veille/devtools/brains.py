"""Answer generators ("brains") for the fake LLM server.

- `offline_brain`: the offline engine, so the fake server answers like `veille/offline`.
- `heuristic_brain`: a tiny deterministic extractor (known organisation names, our money parser,
  sentence evidence, a deal when a sentence names two organisations and an amount). It does not
  depend on the offline engine's quality, so gateway tests always see realistic, non-empty
  extractions whose evidence is copied verbatim from the text.
"""

from __future__ import annotations

import re
from typing import Any

from veille.money import MoneySpan, parse_amounts
from veille.schema import ArticleInput

KNOWN_ORGS = {
    "Meta": "Meta",
    "Nebius": "Nebius",
    "NVIDIA": "NVIDIA",
    "Nvidia": "NVIDIA",
    "Microsoft": "Microsoft",
    "Tavily": "Tavily",
    "Yandex": "Yandex",
    "Nasdaq": "Nasdaq",
    "Google": "Google",
    "Amazon": "Amazon",
    "OpenAI": "OpenAI",
    "Anthropic": "Anthropic",
    "Oracle": "Oracle",
    "Reuters": "Reuters",
    "Manus": "Manus",
    "Moltbook": "Moltbook",
    "Mistral AI": "Mistral AI",
    "SoftBank": "SoftBank",
    "CoreWeave": "CoreWeave",
    "Acme": "Acme",
}
_ORG = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, KNOWN_ORGS), key=len, reverse=True)) + r")\b"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_FRENCH = re.compile(r"\b(le|la|les|des|une|avec|dans|est)\b", re.IGNORECASE)


def offline_brain(article: ArticleInput) -> dict[str, Any]:
    from veille.offline.engine import enrich

    return enrich(article).model_dump(mode="json")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _money_item(span: MoneySpan, sentence: str) -> dict[str, Any]:
    return {
        "value": span.value,
        "currency": span.currency,
        "surface": span.surface.strip(),
        "evidence": sentence,
        "role": "other",
    }


def heuristic_brain(article: ArticleInput) -> dict[str, Any]:
    orgs: dict[str, dict[str, str]] = {}
    money: dict[tuple[float | None, str], dict[str, Any]] = {}
    deals: list[dict[str, Any]] = []
    for sentence in _sentences(article.text):
        names = list(dict.fromkeys(KNOWN_ORGS[m.group(1)] for m in _ORG.finditer(sentence)))
        for m in _ORG.finditer(sentence):
            orgs.setdefault(
                KNOWN_ORGS[m.group(1)],
                {"name": KNOWN_ORGS[m.group(1)], "surface": m.group(1), "evidence": sentence},
            )
        spans = [s for s in parse_amounts(sentence) if s.value and s.value > 0]
        for span in spans:
            money.setdefault((span.value, span.currency), _money_item(span, sentence))
        if len(names) >= 2:
            deal: dict[str, Any] = {
                "parties": names[:2],
                "evidence": sentence,
                "deal_type": "other",
            }
            if spans:
                deal.update(amount_value=spans[0].value, currency=spans[0].currency)
            deals.append(deal)
    language = "fr" if len(_FRENCH.findall(article.text)) > 3 else "en"
    first = next(iter(_sentences(article.text)), "")
    return {
        "language": language,
        "translation_status": "unavailable",
        "summary": first,
        "why_it_matters": "",
        "organizations": list(orgs.values()),
        "money": list(money.values()),
        "deals": deals,
    }
