"""bench_llm's floors: the same calls through bare litellm and through the bare OpenAI SDK.

They tell how much of the gateway's per-call CPU is litellm's and how much the transport's
(`python -m bench.bench_llm --mode single --litellm-only`).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from veille.llm.prompt import build_messages
from veille.schema import ArticleInput
from veille.settings import Settings


async def _litellm_only(articles: list[ArticleInput], settings: Settings) -> None:
    """The same calls through bare litellm.acompletion: litellm's own share of the cost."""
    import litellm

    semaphore = asyncio.Semaphore(settings.concurrency)

    async def one(article: ArticleInput) -> None:
        async with semaphore:
            await litellm.acompletion(
                model=settings.llm_model,
                messages=build_messages(article),
                api_base=settings.llm_api_base,
                api_key=settings.api_key(),
                num_retries=0,
                max_retries=0,
                timeout=60,
                response_format={"type": "json_object"},
            )

    await asyncio.gather(*map(one, articles))


async def _sdk_only(articles: list[ArticleInput], settings: Settings) -> None:
    """The same calls through the OpenAI SDK alone (what litellm wraps): the transport's floor."""
    import openai

    client = openai.AsyncOpenAI(base_url=settings.llm_api_base, api_key="sk-bench", max_retries=0)
    semaphore = asyncio.Semaphore(settings.concurrency)

    async def one(article: ArticleInput) -> None:
        async with semaphore:
            request: dict[str, Any] = {
                "model": "bench-model",
                "messages": build_messages(article),
                "response_format": {"type": "json_object"},
                "timeout": 60,
            }
            await client.chat.completions.create(**request)

    try:
        await asyncio.gather(*map(one, articles))
    finally:
        await client.close()


def floor(name: str, articles: list[ArticleInput], settings: Settings) -> dict[str, float]:
    """Time the bare-litellm or bare-SDK variant over fresh texts (so nothing is cached)."""
    fresh = [a.model_copy(update={"text": f"{a.text} ({name})"}) for a in articles]
    call = _litellm_only if name == "litellm_only" else _sdk_only
    cpu0, started = time.process_time(), time.perf_counter()
    asyncio.run(call(fresh, settings))
    return {
        f"{name}_s": round(time.perf_counter() - started, 3),
        f"{name}_cpu_ms_per_call": round((time.process_time() - cpu0) / len(articles) * 1000, 3),
    }
