"""A real HTTP server on a loopback address for crawler tests (no mocks, no internet).

Routes are static (body, status, headers) with optional delay, hang and a scripted status
sequence; ETag / If-None-Match is supported. The server counts requests and full-body answers
per path so tests can prove what was (not) downloaded.
"""

from __future__ import annotations

import hashlib
import struct
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    hang: bool = False
    etag: bool = True
    statuses: list[int] = field(default_factory=list)  # consumed first, one per request


class LoopbackServer:
    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.bodies: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._serve(self)

        family_server = ThreadingHTTPServer
        if ":" in host:
            import socket

            class V6(ThreadingHTTPServer):
                address_family = socket.AF_INET6

            family_server = V6
        self.httpd = family_server((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        with self._lock:
            self.hits[path] += 1
            self.user_agents.add(handler.headers.get("User-Agent", ""))
            route = self.routes.get(path)
            status = route.statuses.pop(0) if route and route.statuses else None
        if route is None:
            return self._send(handler, 404, b"not found", {"Content-Type": "text/plain"})
        if route.hang:
            self._stop.wait(30)
            return None
        if route.delay:
            time.sleep(route.delay)
        headers = {"Content-Type": route.content_type, **route.headers}
        status = status or route.status
        if route.etag and status == 200:
            tag = '"' + hashlib.sha256(route.body).hexdigest()[:20] + '"'
            headers["ETag"] = tag
            if handler.headers.get("If-None-Match") == tag:
                return self._send(handler, 304, b"", headers)
        if status == 200:
            with self._lock:
                self.bodies[path] += 1
        return self._send(handler, status, route.body, headers)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str]) -> None:
        handler.send_response(status)
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if body and status != 304:
            handler.wfile.write(body)


def gzip_bomb(megabytes: int) -> bytes:
    """A valid gzip stream of `megabytes` MiB of zeros, built in a fraction of a second.

    After a sync flush the deflate state over a window of zeros repeats, so the compressed form
    of each further MiB is the same bytes; header and trailer (CRC32, size) are written by hand.
    """
    zeros = bytes(1 << 20)
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflater.compress(zeros) + deflater.flush(zlib.Z_SYNC_FLUSH)
    middle = deflater.compress(zeros) + deflater.flush(zlib.Z_SYNC_FLUSH)
    end = deflater.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(megabytes):
        crc = zlib.crc32(zeros, crc)
    trailer = struct.pack("<II", crc, (megabytes << 20) & 0xFFFFFFFF)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + first + middle * (megabytes - 1) + end + trailer
