"""The loopback news site of the benchmark: `python -m bench.site --n N --seed S`.

Runs in its own process (its CPU is not the pipeline's) and prints its base URLs (one per
outlet) once every page is built. Static bytes from memory over HTTP/1.1 keep-alive (asyncio
streams), with ETag and Last-Modified, answering 304 to a matching If-None-Match /
If-Modified-Since, as real news sites do: a rerun with nothing new costs the crawler
conditional GETs only. Counts requests
and 304s and prints them to stderr when it is stopped (SIGTERM/SIGINT).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from bench.corpus import generate
from bench.pages import Resource, site


class Site:
    def __init__(self, resources: dict[str, Resource], counts: Counter[str]) -> None:
        self.resources = resources
        self.counts = counts

    async def client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                writer.write(self.answer(method, path, headers))
                await writer.drain()
        except ConnectionError:
            return
        finally:
            writer.close()

    def answer(self, method: str, path: str, headers: dict[str, str]) -> bytes:
        found = self.resources.get(path.split("?", 1)[0])
        if found is None or method not in ("GET", "HEAD"):
            self.counts["404"] += 1
            return _head(404, "text/plain", 9) + b"not found"
        validators = f"etag: {found.etag}\r\nlast-modified: {found.last_modified}\r\n"
        if headers.get("if-none-match") == found.etag or (
            "if-none-match" not in headers
            and headers.get("if-modified-since") == found.last_modified
        ):
            self.counts["304"] += 1
            return _head(304, found.content_type, None, validators)
        self.counts["200"] += 1
        body = found.body if method == "GET" else b""
        return _head(200, found.content_type, len(found.body), validators) + body


def _head(status: int, ctype: str, length: int | None, extra: str = "") -> bytes:
    reason = {200: "OK", 304: "Not Modified", 404: "Not Found"}[status]
    size = f"content-length: {length}\r\n" if length is not None else ""
    return (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: {ctype}\r\n{size}{extra}"
        "connection: keep-alive\r\n\r\n"
    ).encode("latin-1")


def hosts(count: int) -> list[str]:
    return [f"127.0.0.{i}" for i in range(1, count + 1)]


async def serve(n: int, seed: int, outlets: int) -> None:
    """One port on `outlets` loopback addresses, each address an outlet with its own pages."""
    holder: dict[str, Site] = {}
    counts: Counter[str] = Counter()

    def handler(host: str) -> Any:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await holder[host].client(reader, writer)

        return handle

    first, *others = hosts(outlets)
    servers = [await asyncio.start_server(handler(first), first, 0, backlog=1024)]
    port = servers[0].sockets[0].getsockname()[1]
    for host in others:
        servers.append(await asyncio.start_server(handler(host), host, port, backlog=1024))
    bases = [f"http://{h}:{port}" for h in hosts(outlets)]
    for base, resources in site(list(generate(n, seed)), bases).items():
        holder[base.split("//")[1].split(":")[0]] = Site(resources, counts)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(" ".join(bases), flush=True)
    await stop.wait()
    for server in servers:
        server.close()
    print(json.dumps(dict(counts)), file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="loopback news site for the benchmarks")
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--seed", type=int, default=20260317)
    parser.add_argument("--outlets", type=int, default=6, help="hosts 127.0.0.1..127.0.0.K")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.n, args.seed, args.outlets))


if __name__ == "__main__":
    main()
