"""robots.txt, fetched once per origin through the crawler's own (safe, capped) fetch.

RFC 9309 reading: a 4xx answer means there are no rules; a 5xx or no answer means "disallow
everything" for that origin during this crawl. Rules are parsed from the bytes we fetched
(urllib.robotparser never fetches anything itself here). Crawl-delay is not applied: the
per-host concurrency limit is our politeness bound.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from veille.ingest.safety import UnsafeURLError, split_host

if TYPE_CHECKING:
    from veille.ingest.fetch import Fetched


def origin_of(url: str) -> str:
    """scheme://host[:port] of an http(s) URL (brackets kept for IPv6, credentials dropped)."""
    split_host(url)  # refuses non-http(s) and host-less URLs
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.rsplit('@', 1)[-1].lower()}"


class Robots:
    def __init__(self, fetch: Callable[[str], Awaitable[Fetched]], user_agent: str) -> None:
        self._fetch, self._agent = fetch, user_agent
        self._rules: dict[str, asyncio.Future[RobotFileParser | str]] = {}
        self._rows: list[dict[str, Any]] = []

    def drain_rows(self) -> list[dict[str, Any]]:
        """fetch_log rows of robots.txt fetches not handed out yet."""
        rows, self._rows = self._rows, []
        return rows

    async def refusal(self, url: str) -> tuple[str, str, str] | None:
        """None if we may fetch `url`, else (outcome, reason, message)."""
        try:
            origin = origin_of(url)
        except UnsafeURLError:
            return None  # the fetch itself reports the bad URL
        if origin not in self._rules:
            self._rules[origin] = asyncio.ensure_future(self._load(origin))
        rules = await self._rules[origin]
        if isinstance(rules, str):
            return "failed", "robots_unreachable", rules
        if not rules.can_fetch(self._agent, url):
            return "skipped", "robots_disallowed", "disallowed by robots.txt"
        return None

    async def _load(self, origin: str) -> RobotFileParser | str:
        robots_url = f"{origin}/robots.txt"
        result = await self._fetch(robots_url)
        self._rows.extend(result.attempts)
        parser = RobotFileParser(robots_url)
        if result.outcome == "ok" and result.body is not None:
            parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
        elif result.status is not None and 400 <= result.status < 500:
            parser.parse([])  # robots.txt unavailable (4xx): no restriction
        else:
            return f"robots.txt unreachable ({result.error}): disallow all"
        return parser
