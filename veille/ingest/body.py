"""Read a response body without ever holding more than the cap, decompression included.

Decision: we decode Content-Encoding ourselves from `aiter_raw()` with zlib's `max_length`
instead of `aiter_bytes()`: httpx inflates each network chunk in one call, so a 64 KiB chunk of
a gzip bomb becomes ~64 MiB before it can be counted. Bounded inflation keeps the peak at the
cap plus one network chunk. We advertise only gzip and deflate; any other coding is refused.
"""

from __future__ import annotations

import zlib

import httpx

ACCEPT_ENCODING = "gzip, deflate"
_AUTO_HEADER = zlib.MAX_WBITS | 32  # gzip or zlib wrapper, detected from the header


class BodyTooLarge(ValueError):
    """The (decoded) payload is larger than the cap."""


class UnsupportedEncoding(ValueError):
    """A Content-Encoding we did not ask for."""


class CorruptBody(ValueError):
    """A compressed payload that does not inflate (found by fuzzing: zlib.error escaped)."""


class _Inflater:
    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._z = zlib.decompressobj(_AUTO_HEADER)
        self._first = True

    def feed(self, data: bytes, room: int) -> bytes:
        """At most `room` + 1 bytes of output (one more than allowed means: too large)."""
        try:
            out = self._z.decompress(self._z.unconsumed_tail + data, room + 1)
        except zlib.error:
            if not (self._first and self.coding == "deflate"):
                raise
            self._z = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
            out = self._z.decompress(data, room + 1)
        self._first = False
        return out


def _inflater(content_encoding: str | None) -> _Inflater | None:
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    if not codings:
        return None
    if len(codings) > 1 or codings[0] not in ("gzip", "x-gzip", "deflate"):
        raise UnsupportedEncoding(f"unsupported Content-Encoding {content_encoding!r}")
    return _Inflater(codings[0])


async def read_capped(response: httpx.Response, cap: int) -> bytes:
    """The decoded body, or BodyTooLarge as soon as it would exceed `cap` bytes."""
    inflater = _inflater(response.headers.get("content-encoding"))
    declared = response.headers.get("content-length", "")
    if inflater is None and declared.isdigit() and int(declared) > cap:
        raise BodyTooLarge(f"body of {declared} bytes exceeds the {cap}-byte cap")
    chunks: list[bytes] = []
    total = 0
    async for raw in response.aiter_raw():
        data = raw if inflater is None else inflater.feed(raw, cap - total)
        total += len(data)
        if total > cap:
            raise BodyTooLarge(f"body exceeds the {cap}-byte cap (decoded)")
        chunks.append(data)
    return b"".join(chunks)


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """Inflate a gzip payload (e.g. sitemap.xml.gz) without ever exceeding `cap` bytes."""
    try:
        out = zlib.decompressobj(_AUTO_HEADER).decompress(data, cap + 1)
    except zlib.error as exc:
        raise CorruptBody(f"gzip payload does not inflate: {exc}") from exc
    if len(out) > cap:
        raise BodyTooLarge(f"gzip payload inflates beyond {cap} bytes")
    return out
