"""Client-side rate limits, retry classification and backoff for LLM calls.

Decisions:
- Requests- and tokens-per-minute are async token buckets per model, refilled continuously
  (burst: 10 seconds' worth). A request needing more tokens than a bucket holds is clamped to
  the bucket size (otherwise it would wait forever). Acquisition is serialised by a lock so
  waiters are served in order.
- We retry ourselves (litellm gets num_retries=0 and max_retries=0): 429, 408/409, 5xx,
  timeouts and connection errors are transient; everything else (auth, bad request) is not.
  A server's Retry-After (seconds or HTTP date, capped) wins over exponential backoff; backoff
  uses "equal jitter" (half fixed, half random) so that retries of a burst spread out.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

_TRANSIENT_STATUS = {408, 409, 425, 429}
_TRANSIENT_NAMES = {
    "Timeout",
    "APITimeoutError",
    "APIConnectionError",
    "ServiceUnavailableError",
    "InternalServerError",
    "BadGatewayError",
    "RateLimitError",
}


class TokenBucket:
    """`per_minute` units per minute, bursting up to `burst_s` seconds' worth (at least 1).

    A burst of a few seconds (not the whole minute) spreads calls the way providers' sliding
    windows expect, instead of firing a minute's quota at once and then stalling.
    """

    def __init__(
        self, per_minute: float, burst_s: float = 10.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_second = per_minute / 60.0
        self.capacity = max(1.0, self.per_second * burst_s)
        self.tokens = self.capacity
        self.clock = clock
        self.stamp = clock()
        self.lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.per_second)
        self.stamp = now

    async def acquire(self, amount: float = 1.0) -> float:
        """Take `amount` units, waiting as needed; returns the seconds waited."""
        amount = min(amount, self.capacity)
        waited = 0.0
        async with self.lock:
            self._refill()
            while self.tokens < amount:
                delay = (amount - self.tokens) / self.per_second
                await asyncio.sleep(delay)
                waited += delay
                self._refill()
            self.tokens -= amount
        return waited


class ModelLimits:
    """The rpm and tpm buckets of every model, created on first use."""

    def __init__(self, rpm: int | None, tpm: int | None) -> None:
        self.rpm, self.tpm = rpm, tpm
        self._buckets: dict[tuple[str, str], TokenBucket] = {}

    def _bucket(self, model: str, kind: str, rate: int) -> TokenBucket:
        key = (model, kind)
        if key not in self._buckets:
            self._buckets[key] = TokenBucket(rate)
        return self._buckets[key]

    async def acquire(self, model: str, tokens: int) -> None:
        if self.rpm:
            await self._bucket(model, "rpm", self.rpm).acquire(1)
        if self.tpm:
            await self._bucket(model, "tpm", self.tpm).acquire(tokens)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay_s: float = 0.5
    max_delay_s: float = 20.0
    max_retry_after_s: float = 60.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Seconds to wait before retry number `attempt` (1-based)."""
        if retry_after is not None and retry_after >= 0:
            return min(retry_after, self.max_retry_after_s) + random.uniform(
                0, self.base_delay_s / 10
            )
        cap = min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1))
        return cap / 2 + random.uniform(0, cap / 2)


def status_of(exc: BaseException) -> int | None:
    code = getattr(exc, "status_code", None)
    return code if isinstance(code, int) else None


def is_transient(exc: BaseException) -> bool:
    if isinstance(exc, asyncio.TimeoutError | TimeoutError | ConnectionError):
        return True
    code = status_of(exc)
    if code is not None and (code in _TRANSIENT_STATUS or code >= 500):
        return True
    return any(cls.__name__ in _TRANSIENT_NAMES for cls in type(exc).__mro__)


def retry_after(exc: BaseException) -> float | None:
    """Seconds from a Retry-After header carried by the exception, if any."""
    headers: Any = getattr(exc, "litellm_response_headers", None)
    if headers is None:
        response = getattr(exc, "response", None)
        headers = getattr(response, "headers", None)
    if headers is None:
        headers = getattr(exc, "headers", None)
    if not headers:
        return None
    try:
        raw = headers.get("retry-after") or headers.get("Retry-After")
    except AttributeError:
        return None
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        parsed = email.utils.parsedate_tz(str(raw))
        return None if parsed is None else max(0.0, email.utils.mktime_tz(parsed) - time.time())
