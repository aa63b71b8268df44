from __future__ import annotations

import litellm

from veille.llm.offline_provider import register
from veille.llm.prompt import build_messages
from veille.schema import ArticleInput, Enrichment


async def test_offline_model_answers_through_litellm():
    register()
    register()  # idempotent
    assert sum(p["provider"] == "veille" for p in litellm.custom_provider_map) == 1
    article = ArticleInput(article_id="a", title="t", text="Meta signs a deal with Nebius.")
    response = await litellm.acompletion(model="veille/offline", messages=build_messages(article))
    parsed = Enrichment.model_validate_json(response.choices[0].message.content)
    assert parsed.translation_status in {"unavailable", "same_language"}
    assert response.usage.prompt_tokens > 0
