"""Polite, bounded, safe HTTP fetching with one shared httpx.AsyncClient.

Decisions:
- redirects are followed here (at most `max_redirects`), each target checked by
  `veille.ingest.safety` before any connection;
- global and per-host semaphores bound concurrency; they are held for the request and body,
  never during a retry back-off;
- connect errors, 429 and 5xx are retried with exponential back-off and full jitter, honouring
  `Retry-After` up to `backoff_max_s` (a longer ask fails rather than stalling the crawl);
  timeouts and other errors are not retried;
- bodies are streamed and inflated under a bound (`veille.ingest.body`), so a gzip bomb stops
  at `max_body_bytes` decoded; pages must be HTML; every attempt has a total deadline;
- robots.txt is fetched once per origin through this same safe path (`veille.ingest.robots`);
- conditional GET with the caller's validators (ETag, Last-Modified).
Every HTTP attempt becomes a row for raw.fetch_log: retried attempts with outcome 'retried'.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

import httpx

from veille.ingest.body import ACCEPT_ENCODING, BodyTooLarge, UnsupportedEncoding, read_capped
from veille.ingest.records import utc_now
from veille.ingest.robots import Robots
from veille.ingest.safety import (
    IPAddress,
    ResolutionError,
    UnsafeURLError,
    check_url,
    split_host,
)
from veille.settings import Settings

HTML_TYPES = ("text/html", "application/xhtml+xml")
REDIRECTS = (301, 302, 303, 307, 308)


@dataclass(frozen=True)
class FetchPolicy:
    """Knobs that are not user settings (tests shrink the back-off)."""

    retries: int = 3
    backoff_base_s: float = 0.5
    backoff_max_s: float = 30.0
    max_redirects: int = 3
    deadline_factor: float = 3.0  # total time per attempt = http_timeout_s * this
    allowed_addresses: frozenset[IPAddress] = frozenset()


@dataclass
class Fetched:
    """The outcome of one logical fetch (after redirects and retries)."""

    url: str
    final_url: str
    outcome: str  # ok, not_modified, failed, skipped
    status: int | None = None
    body: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    reason: str | None = None  # short code for counts: http_404, timeout, too_large, ...
    error: str | None = None
    elapsed_ms: float = 0.0
    attempts: list[dict[str, Any]] = field(default_factory=list)


class _Failure(Exception):
    def __init__(
        self,
        reason: str,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.reason, self.status, self.retryable, self.retry_after = (
            reason,
            status,
            retryable,
            retry_after,
        )


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    def __init__(
        self,
        client: httpx.AsyncClient,
        settings: Settings,
        policy: FetchPolicy | None = None,
        validators: Mapping[str, tuple[str | None, str | None]] | None = None,
    ) -> None:
        self.client, self.settings = client, settings
        self.policy = policy or FetchPolicy()
        self.validators = dict(validators or {})
        self._global = asyncio.Semaphore(settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self.robots = Robots(lambda u: self.fetch(u, "robots", robots=False), settings.user_agent)

    def drain_robot_rows(self) -> list[dict[str, Any]]:
        return self.robots.drain_rows()

    async def fetch(self, url: str, kind: str = "page", *, robots: bool = True) -> Fetched:
        """Fetch `url` ('page', 'feed', 'sitemap' or 'robots'); never raises on network errors."""
        if robots:
            try:  # an unsafe URL is reported as such, not as an unreachable robots.txt
                await check_url(
                    url,
                    allow_private=self.settings.allow_private_hosts,
                    allowed=self.policy.allowed_addresses,
                )
            except UnsafeURLError as exc:
                return self._refused(url, exc)
            refusal = await self.robots.refusal(url)
            if refusal is not None:
                outcome, reason, message = refusal
                verdict = Fetched(url, url, outcome, reason=reason, error=message)
                verdict.attempts = [_row(url, verdict, time.perf_counter())]
                return verdict
        started = time.perf_counter()
        attempts: list[dict[str, Any]] = []
        for attempt in range(self.policy.retries + 1):
            result = await self._attempt(url, kind)
            if isinstance(result, Fetched):
                result.attempts = [*attempts, _row(url, result, started)]
                return result
            delay = self._delay(result, attempt)
            if delay is None:
                failed = Fetched(
                    url,
                    url,
                    "failed",
                    status=result.status,
                    reason=result.reason,
                    error=str(result),
                )
                failed.elapsed_ms = (time.perf_counter() - started) * 1000
                failed.attempts = [*attempts, _row(url, failed, started)]
                return failed
            attempts.append(_row(url, result, started))
            await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns")

    def _refused(self, url: str, exc: UnsafeURLError) -> Fetched:
        reason = "dns_error" if isinstance(exc, ResolutionError) else "unsafe_url"
        refused = Fetched(url, url, "failed", reason=reason, error=str(exc))
        refused.attempts = [_row(url, refused, time.perf_counter())]
        return refused

    def _delay(self, failure: _Failure, attempt: int) -> float | None:
        if not failure.retryable or attempt >= self.policy.retries:
            return None
        cap = self.policy.backoff_max_s
        if failure.retry_after is not None:
            return None if failure.retry_after > cap else failure.retry_after
        return min(cap, self.policy.backoff_base_s * 2**attempt * random.uniform(0.5, 1.5))

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = split_host(url)[1]
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.settings.per_host_concurrency)
        return self._hosts[host]

    async def _attempt(self, url: str, kind: str) -> Fetched | _Failure:
        deadline = self.settings.http_timeout_s * self.policy.deadline_factor
        try:
            async with asyncio.timeout(deadline):
                return await self._follow(url, kind)
        except _Failure as failure:
            return failure
        except ResolutionError as exc:
            return _Failure("dns_error", str(exc))
        except UnsafeURLError as exc:
            return _Failure("unsafe_url", str(exc))
        except TimeoutError:
            return _Failure("timeout", f"no complete answer within {deadline:.0f}s")
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            return _Failure(
                "connect_error", f"cannot connect: {exc or type(exc).__name__}", retryable=True
            )
        except httpx.TimeoutException as exc:
            return _Failure("timeout", f"timed out: {type(exc).__name__}")
        except httpx.DecodingError as exc:
            return _Failure("decoding_error", f"cannot decode body: {exc}")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return _Failure("invalid_url", str(exc))
        except httpx.TransportError as exc:
            return _Failure("protocol_error", f"{type(exc).__name__}: {exc}")

    async def _follow(self, url: str, kind: str) -> Fetched:
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            await check_url(
                current,
                allow_private=self.settings.allow_private_hosts,
                allowed=self.policy.allowed_addresses,
            )
            async with self._global, self._host_limit(current):
                request = self.client.build_request("GET", current, headers=self._headers(url))
                response = await self.client.send(request, stream=True, follow_redirects=False)
                try:
                    location = response.headers.get("location")
                    if response.status_code in REDIRECTS and location:
                        current = urljoin(current, location)
                        continue
                    return await self._read(url, current, kind, response)
                finally:
                    await response.aclose()
        raise _Failure("too_many_redirects", f"more than {self.policy.max_redirects} redirects")

    def _headers(self, url: str) -> dict[str, str]:
        headers = {"User-Agent": self.settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        etag, modified = self.validators.get(url, (None, None))
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return headers

    async def _read(self, url: str, final: str, kind: str, response: httpx.Response) -> Fetched:
        status, headers = response.status_code, response.headers
        meta = {
            "status": status,
            "etag": headers.get("etag"),
            "last_modified": headers.get("last-modified"),
            "content_type": headers.get("content-type"),
        }
        if status == 304:
            return Fetched(url, final, "not_modified", **meta)
        if status == 429 or status >= 500:
            raise _Failure(
                f"http_{status}",
                f"HTTP {status}",
                status=status,
                retryable=True,
                retry_after=retry_after_seconds(headers.get("retry-after")),
            )
        if status >= 400 or status < 200:
            raise _Failure(f"http_{status}", f"HTTP {status}", status=status)
        ctype = (meta["content_type"] or "").split(";")[0].strip().lower()
        if kind == "page" and ctype not in HTML_TYPES:
            raise _Failure(
                "content_type", f"not an HTML page: {ctype or 'no content type'}", status=status
            )
        body = await self._body(response)
        return Fetched(url, final, "ok", body=body, **meta)

    async def _body(self, response: httpx.Response) -> bytes:
        try:
            return await read_capped(response, self.settings.max_body_bytes)
        except BodyTooLarge as exc:
            raise _Failure("too_large", str(exc), status=response.status_code) from exc
        except (UnsupportedEncoding, zlib.error) as exc:
            raise _Failure("decoding_error", f"cannot decode body: {exc}") from exc


def _row(url: str, result: Fetched | _Failure, started: float) -> dict[str, Any]:
    """One raw.fetch_log row: a final result, or a failure that is about to be retried."""
    error: str | None
    if isinstance(result, _Failure):
        outcome, status, error, size = "retried", result.status, str(result), None
    else:
        outcome = "fetched" if result.outcome == "ok" else result.outcome
        status, error = result.status, result.error
        size = len(result.body) if result.body is not None else None
    return {
        "attempt_id": uuid.uuid4().hex,
        "url": url,
        "attempted_at": utc_now(),
        "outcome": outcome,
        "http_status": status,
        "error": error,
        "elapsed_ms": (time.perf_counter() - started) * 1000,
        "bytes": size,
    }
