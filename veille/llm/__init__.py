"""The LLM gateway: prompt, litellm calls, cache and ledger, grounding of the answers."""
