"""What litellm knows of a model: its price and whether it takes structured output.

Decisions:
- Asked once per (Caller, model) when the model is first used, never at import time: litellm's
  lookups are slow for models missing from its cost map (fuzzy fallbacks).
- An unknown model of a provider litellm knows is registered at zero cost (our documented cost
  for local models; once veille/offline is registered as a custom provider, its models too); a
  provider litellm cannot place is left alone.
"""

from __future__ import annotations

import logging
from typing import Any

from veille.llm.prompt import response_format


def price_unknown_model(model: str) -> bool:
    """Register an unknown model at zero cost; returns whether litellm already priced it.

    litellm prices every response for its own logging; for a model missing from its cost map
    that lookup walks fuzzy fallbacks (over a millisecond per call, the largest client-side
    cost). Zero is our documented cost for local/unknown models anyway.
    """
    import litellm

    try:
        litellm.get_model_info(model=model)
        return True
    except Exception:
        pass
    try:
        provider = litellm.get_llm_provider(model=model)[1]
    except Exception:
        return False
    if provider not in litellm.provider_list:
        return False  # a provider litellm cannot place: nothing to price
    quiet = logging.getLogger("LiteLLM")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        litellm.register_model(
            {
                model: {
                    "input_cost_per_token": 0.0,
                    "output_cost_per_token": 0.0,
                    "litellm_provider": provider,
                    "mode": "chat",
                }
            }
        )
    finally:
        quiet.setLevel(level)
    return False


def structured_format(model: str) -> dict[str, Any] | None:
    """Structured output where litellm says the model supports it, JSON mode, or nothing."""
    import litellm

    try:
        if litellm.supports_response_schema(model=model):
            return response_format()
        params = litellm.get_supported_openai_params(model=model) or []
    except Exception:
        return None
    return {"type": "json_object"} if "response_format" in params else None
