"""Which addresses the crawler may connect to.

Fail-closed: a URL is fetched only if its scheme is http(s) and every address its host resolves
to is public. Loopback, private, link-local, multicast, reserved, unspecified, shared (CGNAT)
and IPv4-mapped private IPv6 addresses are refused unless `allow_private` is set (or the exact
address is in `allowed`, an explicit exception list). The check runs before any connection, on
the first URL and on every redirect target. Residual risk, recorded: the HTTP client resolves
the host again when it connects, so a DNS answer that changes between the two lookups (DNS
rebinding) is not caught here; the OS resolver cache makes the window small.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Collection
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeURLError(ValueError):
    """A URL the crawler refuses to fetch (scheme or address)."""


def is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return is_public(address.ipv4_mapped)
    return not (
        address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def split_host(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL; anything else is an UnsafeURLError."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURLError(f"malformed URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeURLError(f"scheme {scheme or '(none)'!r} refused: only http and https")
    if not parts.hostname:
        raise UnsafeURLError(f"no host in URL {url!r}")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


async def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UnsafeURLError(f"cannot resolve host {host!r}: {exc.strerror}") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


async def check_url(
    url: str, *, allow_private: bool, allowed: Collection[IPAddress] = ()
) -> list[IPAddress]:
    """Resolve the URL's host and refuse it unless every address may be contacted."""
    _scheme, host, port = split_host(url)
    addresses = await resolve(host, port)
    if not addresses:
        raise UnsafeURLError(f"host {host!r} resolved to no address")
    if allow_private:
        return addresses
    for address in addresses:
        if address not in allowed and not is_public(address):
            raise UnsafeURLError(f"address {address} of host {host!r} is not public: refused")
    return addresses
