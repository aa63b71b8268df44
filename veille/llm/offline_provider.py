"""`veille/offline` as a litellm custom provider.

Registering the offline engine with litellm (rather than calling it directly) keeps one code
path: the gateway builds the same prompt, calls `litellm.acompletion`, parses and grounds the
same JSON, and writes the same ledger rows whatever the model. Token counts are estimated
(characters / 4) so that the ledger and the budget logic see realistic numbers; cost is 0.
"""

from __future__ import annotations

import time
from typing import Any

from veille.llm.prompt import parse_article
from veille.offline.engine import enrich

PROVIDER = "veille"


def _answer(messages: list[dict[str, Any]], model: str) -> Any:
    import litellm

    article = parse_article(messages)
    content = enrich(article).model_dump_json()
    prompt_tokens = sum(len(str(m.get("content", ""))) for m in messages) // 4
    completion_tokens = len(content) // 4
    return litellm.ModelResponse(
        model=model,
        created=int(time.time()),
        choices=[
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": content},
            }
        ],
        usage={
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    )


def _handler_class() -> type:
    from litellm import CustomLLM

    class OfflineLLM(CustomLLM):  # type: ignore[misc]
        def completion(self, *args: Any, **kwargs: Any) -> Any:
            return _answer(kwargs["messages"], kwargs.get("model", "offline"))

        async def acompletion(self, *args: Any, **kwargs: Any) -> Any:
            return _answer(kwargs["messages"], kwargs.get("model", "offline"))

    return OfflineLLM


def register() -> None:
    """Idempotently add `veille/...` to litellm's custom providers."""
    import litellm

    providers = litellm.custom_provider_map or []
    if any(p.get("provider") == PROVIDER for p in providers):
        return
    handler = _handler_class()()
    litellm.custom_provider_map = [*providers, {"provider": PROVIDER, "custom_handler": handler}]
    from litellm.utils import custom_llm_setup

    custom_llm_setup()
