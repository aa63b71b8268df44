"""Token buckets, retry classification, Retry-After parsing and backoff."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest

from veille.llm.limits import ModelLimits, RetryPolicy, TokenBucket, is_transient, retry_after


async def test_bucket_bursts_then_paces() -> None:
    bucket = TokenBucket(per_minute=600)  # 10 per second, burst of 10 s = 100
    started = time.perf_counter()
    await bucket.acquire(100)
    assert time.perf_counter() - started < 0.05
    await bucket.acquire(3)  # empty: 3 tokens take ~0.3 s to refill
    assert 0.25 <= time.perf_counter() - started < 1.0


async def test_requests_larger_than_the_bucket_are_clamped() -> None:
    bucket = TokenBucket(per_minute=60)
    assert await bucket.acquire(10_000) == 0.0


async def test_model_limits_are_per_model() -> None:
    limits = ModelLimits(rpm=6000, tpm=6000)  # 100 per second, bursts of 1000
    await limits.acquire("a", 1000)
    started = time.perf_counter()
    await limits.acquire("b", 1000)  # another model has its own buckets: no wait
    assert time.perf_counter() - started < 0.05
    await asyncio.wait_for(limits.acquire("a", 10), timeout=1.0)
    assert time.perf_counter() - started >= 0.08


class _Err(Exception):
    def __init__(self, status: int | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__("boom")
        self.status_code = status
        if headers is not None:
            self.response = httpx.Response(status or 500, headers=headers)


@pytest.mark.parametrize(
    ("exc", "transient"),
    [
        (_Err(429), True),
        (_Err(500), True),
        (_Err(503), True),
        (_Err(408), True),
        (_Err(400), False),
        (_Err(401), False),
        (TimeoutError(), True),
        (ConnectionError(), True),
        (ValueError("x"), False),
    ],
)
def test_transient_classification(exc: BaseException, transient: bool) -> None:
    assert is_transient(exc) is transient


def test_retry_after_seconds_and_dates() -> None:
    assert retry_after(_Err(429, {"retry-after": "2"})) == 2.0
    assert retry_after(_Err(429, {"retry-after": "0.5"})) == 0.5
    date = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= (retry_after(_Err(429, {"retry-after": date})) or 0) <= 31
    assert retry_after(_Err(429, {})) is None and retry_after(ValueError()) is None


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    policy = RetryPolicy(base_delay_s=1.0, max_delay_s=8.0)
    first = [policy.delay(1, None) for _ in range(50)]
    fourth = [policy.delay(4, None) for _ in range(50)]
    assert all(0.5 <= d <= 1.0 for d in first) and len(set(first)) > 1
    assert all(4.0 <= d <= 8.0 for d in fourth)
    assert policy.delay(5, None) <= 8.0
    assert 3.0 <= policy.delay(1, 3.0) <= 3.1
    assert policy.delay(1, 600.0) <= policy.max_retry_after_s + 0.1
