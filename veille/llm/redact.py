"""Keep credentials out of everything a provider sends back.

A provider's error can quote the credentials it was given (an echoed `Authorization` header, a
URL with userinfo), and a compromised or buggy model can put them in its answer. Every string
that comes back from a call (error text, answer text) goes through `Redactor` before it is
stored in the ledger, raised in an exception, logged or parsed, so the key never reaches the
warehouse, the published snapshot, a log or a brief (tests/reliability/test_secrets.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

MASK = "[redacted]"
MIN_SECRET = 6  # shorter "secrets" would blank out ordinary words


def url_credentials(url: str | None) -> list[str]:
    """The user and password of a URL's userinfo (`https://user:pass@host`), if any."""
    if not url:
        return []
    parts = urlsplit(url)
    found = [parts.password, parts.username] if "@" in parts.netloc else []
    return [value for item in found if item for value in (item, unquote(item))]


class Redactor:
    def __init__(self, secrets: Iterable[str | None]) -> None:
        unique = {s for s in secrets if s and len(s) >= MIN_SECRET}
        self.secrets = sorted(unique, key=len, reverse=True)  # longest first: no partial left

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, MASK)
        return text
