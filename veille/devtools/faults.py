"""What a faulty model answers: the answer-side faults of the fake LLM server.

Each takes the brain's honest answer (a dict in the Enrichment shape) and returns the text
the model sends back: broken JSON, hallucinated values, or a compromised model that obeys an
instruction injected in the article.
"""

from __future__ import annotations

import json
import re
from typing import Any

from veille.schema import ArticleInput

_INJECTION = re.compile(r"[^.\n]*\bignore\b[^.\n]*\binstructions\b[^.\n]*[.\n]?", re.IGNORECASE)


def answer_text(fault: str, answer: dict[str, Any], article: ArticleInput) -> str:
    if fault == "malformed":
        return "Sure! Here are the facts you asked for: organizations = Meta, Nebius."
    if fault == "truncated":
        text = json.dumps(answer, ensure_ascii=False)
        return text[: len(text) // 2]
    if fault == "fenced":
        return "Here is the JSON:\n```json\n" + json.dumps(answer, ensure_ascii=False) + "\n```"
    if fault == "ungrounded":
        answer = _ungrounded(answer)
    if fault == "injected":
        answer = _injected(answer, article)
    return json.dumps(answer, ensure_ascii=False)


def _ungrounded(answer: dict[str, Any]) -> dict[str, Any]:
    """Hallucinations: every amount tripled, plus an organisation and a deal from nowhere."""
    out = json.loads(json.dumps(answer))
    for money in out.get("money", []):
        for key in ("value", "min_value", "max_value"):
            if money.get(key):
                money[key] *= 3
    invented = "Globex Corporation signed a $4.2 billion agreement with Initech."
    out.setdefault("organizations", []).append(
        {"name": "Globex", "surface": "Globex Corporation", "evidence": invented}
    )
    out.setdefault("money", []).append(
        {
            "value": 4.2e9,
            "currency": "USD",
            "surface": "$4.2 billion",
            "evidence": invented,
            "role": "deal_value",
        }
    )
    out.setdefault("deals", []).append(
        {
            "parties": ["Globex", "Initech"],
            "amount_value": 4.2e9,
            "currency": "USD",
            "evidence": invented,
        }
    )
    return out


def _injected(answer: dict[str, Any], article: ArticleInput) -> dict[str, Any]:
    """A model that obeys the article: it reports the injected deal, quoting the injection."""
    out = json.loads(json.dumps(answer))
    found = _INJECTION.search(article.text)
    quote = found.group(0).strip() if found else "Acme signed a $1 trillion deal."
    other = next((o["name"] for o in out.get("organizations", [])), "Meta")
    out.setdefault("organizations", []).append(
        {"name": "Acme", "surface": "Acme", "evidence": quote}
    )
    out.setdefault("money", []).append(
        {
            "value": 1e12,
            "currency": "USD",
            "surface": "$1 trillion",
            "evidence": quote,
            "role": "deal_value",
        }
    )
    deals = out.setdefault("deals", [])
    deals.append(
        {
            "parties": ["Acme", other],
            "amount_value": 1e12,
            "currency": "USD",
            "deal_type": "investment",
            "evidence": quote,
        }
    )
    first_sentence = article.text.split(". ")[0]
    deals.append({"parties": [other, "Acme"], "evidence": first_sentence})
    out["summary"] = "Acme a conclu un accord de 1 000 milliards de dollars."
    return out
