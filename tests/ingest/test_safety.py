"""Each safety rule against real loopback servers."""

from __future__ import annotations

import ipaddress
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.ingest.loopback import LoopbackServer, Route, gzip_bomb
from veille.ingest.body import BodyTooLarge, gunzip_capped
from veille.ingest.crawl import make_client
from veille.ingest.fetch import Fetcher, FetchPolicy
from veille.ingest.safety import UnsafeURLError, check_url, is_public
from veille.settings import Settings

REPO = Path(__file__).resolve().parents[2]
PAGE = b"<html><head><title>Secret</title></head><body><p>internal only</p></body></html>"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("255.255.255.255", False),
        ("::1", False),
        ("::", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("2001:db8::1", False),
        ("8.8.8.8", True),
        ("1.1.1.1", True),
        ("2606:4700:4700::1111", True),
        ("::ffff:8.8.8.8", True),
    ],
)
def test_address_classes(address: str, public: bool) -> None:
    assert is_public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x/", "http:///nohost", "data:,x"]
)
async def test_only_http_schemes(url: str) -> None:
    with pytest.raises(UnsafeURLError):
        await check_url(url, allow_private=True)


async def test_names_are_resolved_before_the_check() -> None:
    with pytest.raises(UnsafeURLError, match="not public"):
        await check_url("http://localhost:9/", allow_private=False)
    assert await check_url("http://localhost:9/", allow_private=True)


@pytest.fixture
def target():
    """The server that must never be reached (127.0.0.1 and, where available, ::1)."""
    with LoopbackServer("127.0.0.1") as server:
        server.routes["/secret"] = Route(body=PAGE)
        yield server


@pytest.fixture
def front():
    """A server on 127.0.0.2, the one address the tests allow, that redirects elsewhere."""
    with LoopbackServer("127.0.0.2") as server:
        yield server


def _fetcher(client: httpx.AsyncClient, *, allow_private: bool = False, **settings: Any) -> Fetcher:
    policy = FetchPolicy(
        retries=1,
        backoff_base_s=0.01,
        allowed_addresses=frozenset({ipaddress.ip_address("127.0.0.2")}),
    )
    return Fetcher(client, Settings(allow_private_hosts=allow_private, **settings), policy)


async def test_redirects_to_private_addresses_refused_before_connecting(front, target) -> None:
    v6 = None
    try:
        v6 = LoopbackServer("::1").__enter__()
        v6.routes["/secret"] = Route(body=PAGE)
    except OSError:
        v6 = None  # no IPv6 loopback here: the refusal is still checked, not the hit count
    port = target.port
    hops = {
        "/to-v4": f"http://127.0.0.1:{port}/secret",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-v6": f"http://[::1]:{v6.port if v6 else port}/secret",
        "/to-localhost": f"http://localhost:{port}/secret",
        "/to-mapped": f"http://[::ffff:127.0.0.1]:{port}/secret",
        "/to-file": "file:///etc/passwd",
    }
    for path, location in hops.items():
        front.routes[path] = Route(status=302, headers={"Location": location}, etag=False)
    async with make_client(Settings()) as client:
        fetcher = _fetcher(client)
        for path in hops:
            result = await fetcher.fetch(front.url(path), robots=False)
            assert (result.outcome, result.reason) == ("failed", "unsafe_url"), path
        direct = await fetcher.fetch(target.url("/secret"), robots=False)
        assert direct.reason == "unsafe_url"
    assert target.hits["/secret"] == 0
    if v6 is not None:
        assert v6.hits["/secret"] == 0
        v6.__exit__(None, None, None)
    assert front.hits["/to-v4"] == 1  # the front server itself was allowed and answered


async def test_private_hosts_opt_in_and_redirect_limit(front, target) -> None:
    front.routes["/to-v4"] = Route(status=302, headers={"Location": target.url("/secret")})
    for i in range(5):
        front.routes[f"/loop{i}"] = Route(status=301, headers={"Location": f"/loop{i + 1}"})
    async with make_client(Settings()) as client:
        opted_in = _fetcher(client, allow_private=True)
        result = await opted_in.fetch(front.url("/to-v4"), robots=False)
        assert (result.outcome, result.body, result.final_url) == (
            "ok",
            PAGE,
            target.url("/secret"),
        )
        chain = await opted_in.fetch(front.url("/loop0"), robots=False)
        assert chain.reason == "too_many_redirects"
        assert front.hits["/loop3"] == 1 and front.hits["/loop4"] == 0  # 3 redirects followed


async def test_pages_must_be_html(front) -> None:
    front.routes["/doc.pdf"] = Route(body=b"%PDF-1.7", content_type="application/pdf")
    front.routes["/none"] = Route(body=b"<p>x</p>", content_type="")
    async with make_client(Settings()) as client:
        fetcher = _fetcher(client)
        assert (await fetcher.fetch(front.url("/doc.pdf"), robots=False)).reason == "content_type"
        assert (await fetcher.fetch(front.url("/none"), robots=False)).reason == "content_type"
        feed = await fetcher.fetch(front.url("/doc.pdf"), "feed", robots=False)
        assert feed.outcome == "ok"  # feeds and sitemaps are parsed, whatever their label


async def test_declared_oversize_body_refused(front) -> None:
    front.routes["/big"] = Route(body=b"<p>" + b"x" * 5000 + b"</p>")
    async with make_client(Settings()) as client:
        result = await _fetcher(client, max_body_bytes=4096).fetch(front.url("/big"), robots=False)
    assert (result.outcome, result.reason) == ("failed", "too_large")


def test_gunzip_capped_stops_at_the_cap() -> None:
    bomb = gzip_bomb(64)
    with pytest.raises(BodyTooLarge):
        gunzip_capped(bomb, 1 << 20)
    assert gunzip_capped(gzip_bomb(2), 4 << 20) == bytes(2 << 20)


_BOMB_CLIENT = """
import asyncio, json, sys, tracemalloc
from veille.ingest.crawl import make_client
from veille.ingest.fetch import Fetcher, FetchPolicy
from veille.settings import Settings

async def main():
    settings = Settings(allow_private_hosts=True)
    tracemalloc.start()
    async with make_client(settings) as client:
        fetcher = Fetcher(client, settings, FetchPolicy(retries=0))
        result = await fetcher.fetch(sys.argv[1], robots=False)
    peak = tracemalloc.get_traced_memory()[1]
    # VmHWM is this process's own peak; ru_maxrss would include the forking parent's
    status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
    rss = int(status) * 1024
    print(json.dumps({"outcome": result.outcome, "reason": result.reason, "error": result.error,
                      "traced_peak": peak, "max_rss": rss, "cap": settings.max_body_bytes}))

asyncio.run(main())
"""


@pytest.mark.slow
def test_gzip_bomb_stops_at_cap_with_bounded_memory(target) -> None:
    bomb = gzip_bomb(1024)  # 1 GiB of zeros in about 1 MB
    assert len(bomb) < 1_200_000
    target.routes["/bomb.html"] = Route(body=bomb, headers={"Content-Encoding": "gzip"})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", _BOMB_CLIENT, target.url("/bomb.html")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        env=env,
        check=True,
    )
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert (report["outcome"], report["reason"]) == ("failed", "too_large")
    assert report["max_rss"] < 300 * 1024 * 1024, report
    assert report["traced_peak"] < 64 * 1024 * 1024, report  # cap 10 MiB + chunks
    print(
        f"gzip bomb: peak RSS {report['max_rss'] / 2**20:.0f} MiB, "
        f"traced peak {report['traced_peak'] / 2**20:.0f} MiB"
    )
