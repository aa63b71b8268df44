"""`veille/offline` as a litellm custom provider, and the same answer without litellm.

Registering the offline engine with litellm keeps it callable like any model
(`litellm.acompletion(model="veille/offline", ...)`). The gateway, though, calls `respond`
directly for `veille/...` models (see veille/llm/gateway.py): same prompt in, same JSON text
out, same token estimates, only litellm's dispatch is skipped. Token counts are estimated
(characters / 4) so that the ledger and the budget logic see realistic numbers; cost is 0.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from veille.llm import prompt
from veille.offline.engine import enrich

PROVIDER = "veille"
RESPONSE_FORMAT: dict[str, Any] = {"type": "json_object"}
"""What litellm reports for the custom provider (JSON mode), stored in ledger requests."""


def is_offline(model: str) -> bool:
    """Models served by this module (the custom provider ignores the name after `veille/`)."""
    provider, slash, _ = model.partition("/")
    return provider == PROVIDER and slash == "/"


@cache
def engine_fingerprint() -> str:
    """A digest of the installed veille code and data (every `veille/**/*.py` and `veille/data`).

    Why: an LLM's answer changes only with the prompt and the model name, so `PROMPT_VERSION`
    keys its cache and its enrichments. The offline engine's answer also changes when its
    rules, gazetteer or weights do, and the model name stays `veille/offline`; without this,
    an upgraded engine would serve the old extractions from `ops.llm_calls` and skip articles
    already enriched, even on `--full-refresh`. Decision: hash the whole package rather than a
    hand-kept list of the engine's modules (a list would miss the next one); a veille upgrade
    then re-enriches offline articles once, which costs CPU only (about 200 articles/s).
    """
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    files = [*root.rglob("*.py"), *(p for p in (root / "data").rglob("*") if p.is_file())]
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def prompt_version(model: str) -> str:
    """The version an answer of `model` is cached and stored under (read at call time, so a
    bump of `PROMPT_VERSION` always re-keys)."""
    if is_offline(model):
        return f"{prompt.PROMPT_VERSION}+engine.{engine_fingerprint()}"
    return prompt.PROMPT_VERSION


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class Message:
    content: str
    role: str = "assistant"


@dataclass(frozen=True)
class Choice:
    message: Message
    index: int = 0
    finish_reason: str = "stop"


@dataclass(frozen=True)
class OfflineResponse:
    """The parts of a litellm ModelResponse the gateway reads (usage, choices, cost)."""

    model: str
    choices: list[Choice]
    usage: Usage
    _hidden_params: dict[str, Any] = field(default_factory=lambda: {"response_cost": 0.0})


def respond(messages: list[dict[str, Any]], model: str) -> OfflineResponse:
    """The offline engine's answer to a veille prompt, without litellm."""
    article = prompt.parse_article(messages)
    content = enrich(article).model_dump_json()
    prompt_tokens = sum(len(str(m.get("content", ""))) for m in messages) // 4
    return OfflineResponse(
        model=model,
        choices=[Choice(Message(content))],
        usage=Usage(prompt_tokens, len(content) // 4),
    )


def _answer(messages: list[dict[str, Any]], model: str) -> Any:
    import litellm

    direct = respond(messages, model)
    usage = direct.usage
    return litellm.ModelResponse(
        model=model,
        created=int(time.time()),
        choices=[
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": direct.choices[0].message.content},
            }
        ],
        usage={
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.total_tokens,
        },
    )


def _handler_class() -> type:
    from litellm import CustomLLM

    class OfflineLLM(CustomLLM):
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
