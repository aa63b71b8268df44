"""The LLM global concurrency limit: absent is harmless, present caps what a batch holds."""

from __future__ import annotations

import uuid

import pytest

from tasks.limits import LlmLimit, llm_slots, resolve_llm_limit

pytestmark = pytest.mark.slow  # needs the session's Prefect server


def _create(limit: int, *, active: bool = True) -> str:
    from prefect import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate

    name = f"veille-llm-{uuid.uuid4().hex[:8]}"
    with get_client(sync_client=True) as client:
        client.create_global_concurrency_limit(
            GlobalConcurrencyLimitCreate(name=name, limit=limit, active=active)
        )
    return name


def _active_slots(name: str) -> int:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return client.read_global_concurrency_limit_by_name(name).active_slots


def test_absent_or_inactive_limits_resolve_to_none(prefect_harness: None) -> None:
    assert resolve_llm_limit(None) is None
    assert resolve_llm_limit("") is None
    assert resolve_llm_limit(f"missing-{uuid.uuid4().hex[:8]}") is None
    assert resolve_llm_limit(_create(4, active=False)) is None
    with llm_slots(None, 8) as slots:
        assert slots == 8


def test_a_batch_holds_at_most_the_limit_and_releases_it(prefect_harness: None) -> None:
    name = _create(3)
    limit = resolve_llm_limit(name)
    assert limit == LlmLimit(name, 3)
    with llm_slots(limit, 8) as slots:  # more than the limit: capped, not refused
        assert slots == 3
        assert _active_slots(name) == 3
    assert _active_slots(name) == 0
    with llm_slots(limit, 2) as slots:
        assert slots == 2 and _active_slots(name) == 2
    with llm_slots(limit, 0) as slots:  # nothing to call: nothing acquired
        assert slots == 0 and _active_slots(name) == 0
