"""Polite, bounded, safe HTTP fetching with one shared httpx.AsyncClient.

Decisions:
- redirects are followed here (at most `max_redirects`), each target checked by
  `veille.ingest.safety` before any connection;
- global and per-host semaphores bound concurrency; they are held for the request and body,
  never during a retry back-off;
- connect errors, 429 and 5xx are retried with exponential back-off and full jitter, honouring
  `Retry-After` up to `backoff_max_s` (a longer ask fails rather than stalling the crawl);
  timeouts and other errors are not retried;
- bodies are streamed and counted after decoding (`aiter_bytes`), so a gzip bomb stops at
  `max_body_bytes`; pages must be HTML; every request also has a total deadline;
- robots.txt is fetched once per origin through the same safe path and parsed from our bytes;
  4xx means no rules, 5xx or unreachable means "disallow all" (RFC 9309);
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
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from veille.ingest.records import utc_now
from veille.ingest.safety import IPAddress, UnsafeURLError, check_url, split_host
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


class BodyTooLarge(ValueError):
    """A payload that inflates beyond the size cap."""


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """Inflate a gzip payload (e.g. sitemap.xml.gz) without ever exceeding `cap` bytes."""
    inflater = zlib.decompressobj(wbits=47)
    out = inflater.decompress(data, cap + 1)
    if len(out) > cap:
        raise BodyTooLarge(f"gzip payload inflates beyond {cap} bytes")
    return out


def origin_of(url: str) -> str:
    """scheme://host[:port] of an http(s) URL (brackets kept for IPv6, credentials dropped)."""
    split_host(url)  # refuses non-http(s) and host-less URLs
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.rsplit('@', 1)[-1].lower()}"


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
        self._robots: dict[str, asyncio.Future[RobotFileParser | str]] = {}
        self.robot_attempts: list[dict[str, Any]] = []

    def drain_robot_rows(self) -> list[dict[str, Any]]:
        """fetch_log rows of robots.txt fetches not handed out yet."""
        rows, self.robot_attempts = self.robot_attempts, []
        return rows

    async def fetch(self, url: str, kind: str = "page", *, robots: bool = True) -> Fetched:
        """Fetch `url` ('page', 'feed', 'sitemap' or 'robots'); never raises on network errors."""
        if robots:
            verdict = await self._robots_verdict(url)
            if verdict is not None:
                return verdict
        started = time.perf_counter()
        attempts: list[dict[str, Any]] = []
        for attempt in range(self.policy.retries + 1):
            result = await self._attempt(url, kind)
            if isinstance(result, Fetched):
                result.attempts = [*attempts, self._row(result, started)]
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
                failed.attempts = [*attempts, self._row(failed, started)]
                return failed
            attempts.append(self._retry_row(url, result, started))
            await asyncio.sleep(delay)
        raise AssertionError("unreachable: the last attempt always returns")

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
        headers = {"User-Agent": self.settings.user_agent}
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
        cap = self.settings.max_body_bytes
        declared = response.headers.get("content-length", "")
        if (
            "content-encoding" not in response.headers
            and declared.isdigit()
            and int(declared) > cap
        ):
            raise _Failure("too_large", f"body of {declared} bytes exceeds {cap}", status=200)
        chunks, total = [], 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > cap:
                raise _Failure(
                    "too_large", f"body exceeds {cap} bytes (decoded)", status=response.status_code
                )
            chunks.append(chunk)
        return b"".join(chunks)

    async def _robots_verdict(self, url: str) -> Fetched | None:
        """None when robots.txt lets us fetch `url`, else a skipped/failed result."""
        try:
            origin = origin_of(url)
        except UnsafeURLError:
            return None  # the fetch itself reports the bad URL
        if origin not in self._robots:
            self._robots[origin] = asyncio.ensure_future(self._load_robots(origin))
        rules = await self._robots[origin]
        if isinstance(rules, str):
            return Fetched(url, url, "failed", reason="robots_unreachable", error=rules)
        if not rules.can_fetch(self.settings.user_agent, url):
            return Fetched(
                url, url, "skipped", reason="robots_disallowed", error="disallowed by robots.txt"
            )
        return None

    async def _load_robots(self, origin: str) -> RobotFileParser | str:
        robots_url = f"{origin}/robots.txt"
        result = await self.fetch(robots_url, "robots", robots=False)
        self.robot_attempts.extend(result.attempts)
        parser = RobotFileParser(robots_url)
        if result.outcome == "ok" and result.body is not None:
            parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
        elif result.status is not None and 400 <= result.status < 500:
            parser.parse([])  # RFC 9309: robots.txt unavailable (4xx) means no restriction
        else:
            return f"robots.txt unreachable ({result.error}): disallow all"
        return parser

    def _row(self, result: Fetched, started: float) -> dict[str, Any]:
        return {
            "attempt_id": uuid.uuid4().hex,
            "url": result.url,
            "attempted_at": utc_now(),
            "outcome": "fetched" if result.outcome == "ok" else result.outcome,
            "http_status": result.status,
            "error": result.error,
            "elapsed_ms": (time.perf_counter() - started) * 1000,
            "bytes": len(result.body) if result.body is not None else None,
        }

    def _retry_row(self, url: str, failure: _Failure, started: float) -> dict[str, Any]:
        return {
            "attempt_id": uuid.uuid4().hex,
            "url": url,
            "attempted_at": utc_now(),
            "outcome": "retried",
            "http_status": failure.status,
            "error": str(failure),
            "elapsed_ms": (time.perf_counter() - started) * 1000,
            "bytes": None,
        }
