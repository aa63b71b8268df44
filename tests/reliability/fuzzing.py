"""Fuzz targets, input strategies and extreme inputs for the hostile-input paths.

Shared by tests/reliability/test_fuzz.py (a short budget in CI) and bench/fuzz.py (minutes).
A target takes one input and either returns or raises one of its documented exceptions; it
also checks the invariants of what it returns. Anything else (another exception, a crash, a
hang, unbounded memory) is a finding.

    python -m tests.reliability.fuzzing extremes   # run every extreme input, print JSON
"""

from __future__ import annotations

import json
import math
import resource
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from veille.ingest.body import BodyTooLarge, CorruptBody, gunzip_capped
from veille.ingest.discover import FeedFormatError, UnsafeXMLError, parse_feed, parse_sitemap
from veille.ingest.extract import ExtractionError, extract_html
from veille.money import parse_amounts

BASE = "https://fuzz.test/feed"
CAP = 10 * 1024 * 1024  # Settings.max_body_bytes: the fetcher never hands over more


@dataclass(frozen=True)
class Target:
    name: str
    run: Callable[[Any], None]
    documented: tuple[type[BaseException], ...]
    strategy: Callable[[], st.SearchStrategy[Any]]


def _html(data: bytes) -> None:
    page = extract_html(data, "https://fuzz.test/a")
    assert page.text.strip() and "\x00" not in page.text
    assert page.language is None or page.language.isascii()


def _feed(data: bytes) -> None:
    for item in parse_feed(data, BASE):
        assert item.url.startswith(("http://", "https://")) and item.origin == BASE


def _sitemap(data: bytes) -> None:
    for item in parse_sitemap(data, BASE):
        assert item.url.startswith(("http://", "https://")) and item.kind in ("page", "sitemap")


def _money(case: tuple[str, str | None]) -> None:
    text, lang = case
    for span in parse_amounts(text, lang):
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.surface
        assert span.currency and span.currency.isupper()
        for value in (span.value, span.min_value, span.max_value):
            assert value is None or (math.isfinite(value) and value >= 0), span
        if span.value is None:
            assert span.min_value is not None and span.max_value is not None
            assert span.min_value <= span.max_value


def _gunzip(data: bytes) -> None:
    assert len(gunzip_capped(data, 1 << 20)) <= 1 << 20


# --- strategies ---------------------------------------------------------------------------
_TAGS = (
    "p", "div", "span", "a", "article", "main", "table", "tr", "td", "li", "ul", "h1", "script",
    "style", "noscript", "iframe", "svg", "math", "template", "title", "meta",
)  # fmt: skip
_BAD_BYTES = (
    b"\xff", b"\xfe\xff", b"\xc3\x28", b"\xc0\xaf", b"\xed\xa0\x80", b"\x00", b"\xe2\x82",
    b"\xf0\x9f\x98", b"\x1f\x8b\x08", b"\x28\xb5\x2f\xfd", b"\xef\xbb\xbf",
)  # invalid UTF-8, NUL, BOMs, gzip and zstd magic numbers  # fmt: skip
_WORDS = st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=40)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda tag, attr, inner, close: f"<{tag} {attr}>{''.join(inner)}" + (f"</{tag}>" * close),
        st.sampled_from(_TAGS),
        st.sampled_from(["", 'class="content"', 'lang="fr"', 'href="javascript:x"', "x=\"'"]),
        st.lists(children, max_size=4),
        st.booleans(),
    )


def html_documents() -> st.SearchStrategy[bytes]:
    body = st.recursive(_WORDS, _element, max_leaves=30)
    head = st.sampled_from(
        ["", '<meta charset="utf-8">', '<meta charset="koi8-r">', "<title>t</title>",
         '<meta property="og:locale" content="fr_FR">', '<link rel="canonical" href="/x">',
         '<script type="application/ld+json">{"@type": "NewsArticle", "author":</script>']
    )  # fmt: skip
    doc = st.builds(
        lambda h, b, lang: f"<!DOCTYPE html><html lang='{lang}'><head>{h}</head><body>{b}",
        head,
        body,
        st.sampled_from(["en", "fr", "", "zz-ZZ", "\u202e"]),
    )
    return st.builds(
        _corrupt,
        doc,
        st.sampled_from(["utf-8", "latin-1", "utf-16", "cp1252"]),
        st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(_BAD_BYTES)), max_size=4),
    )


def _corrupt(text: str, codec: str, splices: list[tuple[int, bytes]]) -> bytes:
    data = text.encode(codec, errors="replace")
    for where, junk in splices:
        at = where % (len(data) + 1)
        data = data[:at] + junk + data[at:]
    return data


def gzip_bodies() -> st.SearchStrategy[bytes]:
    """Random bytes, and gzip streams cut short or with flipped bytes."""
    damaged = st.builds(
        lambda data, cut, flips: _flip(_gzip(data)[:cut], flips),
        st.binary(max_size=2048),
        st.integers(0, 4096),
        st.lists(st.integers(0, 4096), max_size=3),
    )
    return st.one_of(st.binary(max_size=2048), damaged, st.binary(max_size=2048).map(_gzip))


def _gzip(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    return comp.compress(data) + comp.flush()


def _flip(data: bytes, where: list[int]) -> bytes:
    out = bytearray(data)
    for i in where:
        if out:
            out[i % len(out)] ^= 0xFF
    return bytes(out)


def any_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=2048), html_documents())


def feeds() -> st.SearchStrategy[bytes]:
    link = st.one_of(
        st.sampled_from(["https://a.test/1", "/rel", "javascript:alert(1)", "", "http://[::1"]),
        _WORDS,
    )
    item = st.builds(
        lambda title, url, date: (
            f"<item><title>{title}</title><link>{url}</link>"
            f"<pubDate>{date}</pubDate><description><![CDATA[{title}]]></description></item>"
        ),
        _WORDS.map(_xml_escape),
        link.map(_xml_escape),
        st.sampled_from(["Tue, 19 Nov 2019 10:00:00 GMT", "yesterday", "", "9999-99-99"]),
    )
    entry = st.builds(
        lambda title, url: f'<entry><title>{title}</title><link href="{url}"/></entry>',
        _WORDS.map(_xml_escape),
        link.map(_xml_escape),
    )
    rss = st.lists(item, max_size=8).map(
        lambda items: (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
            + "".join(items)
            + "</channel></rss>"
        )
    )
    atom = st.lists(entry, max_size=8).map(
        lambda entries: (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>'
            + "".join(entries)
            + "</feed>"
        )
    )
    return st.one_of(
        st.builds(_corrupt, st.one_of(rss, atom, sitemaps_text()), st.just("utf-8"), _splices()),
        st.binary(max_size=1024),
    )


def sitemaps_text() -> st.SearchStrategy[str]:
    loc = st.one_of(st.sampled_from(["https://a.test/x", "/rel", "ftp://x", ""]), _WORDS)
    url = st.builds(
        lambda where, date: (
            f"<url><loc>{_xml_escape(where)}</loc><news:news>"
            f"<news:publication_date>{date}</news:publication_date></news:news></url>"
        ),
        loc,
        st.sampled_from(["2026-01-01", "2026-13-45T99:00", "", "x"]),
    )
    root = st.sampled_from(["urlset", "sitemapindex", "rss"])
    return st.builds(
        lambda r, urls: (
            f'<{r} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
            f' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{"".join(urls)}</{r}>'
        ),
        root,
        st.lists(url, max_size=8),
    )


def _splices() -> st.SearchStrategy[list[tuple[int, bytes]]]:
    return st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(_BAD_BYTES)), max_size=3)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MONEY_TOKENS = ("$", "€", "£", "¥", "₹", "US$", "USD", "EUR", "CHF", "dollars", "euros",
                 "1", "27", "0", "3.5", "1,250", "1.250", "1 250", "1\u202f250", "10,000,000",
                 "999999999999999999999", ".", ",", " ", "-", "–", "to", "and", "between",
                 "up to", "about", "more than", "billion", "bn", "million", "mn", "m", "k",
                 "trillion", "milliards", "millions", "Mrd", "Mio", "mil millones", "crore",
                 "lakh", "%", "per cent", "(", ")", "\n", "\u00a0", "١٢٣", "٫")  # fmt: skip


def money_texts() -> st.SearchStrategy[tuple[str, str | None]]:
    soup = st.lists(st.sampled_from(_MONEY_TOKENS), max_size=30).map(" ".join)
    glued = st.lists(st.sampled_from(_MONEY_TOKENS), max_size=30).map("".join)
    text = st.one_of(soup, glued, st.text(max_size=200))
    return st.tuples(text, st.sampled_from([None, "en", "fr", "de", "es", "zz"]))


TARGETS = {
    "html": Target("html", _html, (ExtractionError,), any_bytes),
    "feed": Target("feed", _feed, (UnsafeXMLError, FeedFormatError), feeds),
    "sitemap": Target("sitemap", _sitemap, (UnsafeXMLError, FeedFormatError), feeds),
    "money": Target("money", _money, (), money_texts),
    "gunzip": Target("gunzip", _gunzip, (BodyTooLarge, CorruptBody), gzip_bodies),
}


def attempt(target: Target, value: Any) -> str:
    """Run one input: 'ok', or the documented exception's name; anything else propagates."""
    try:
        target.run(value)
    except target.documented as exc:
        return type(exc).__name__
    return "ok"


# --- extremes -----------------------------------------------------------------------------
def _gzip_bomb(size: int) -> bytes:
    """`size` bytes of "a" gzipped (about size / 1000 bytes), built without holding them."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"a" * (1 << 20)
    parts = [comp.compress(b"<p>"), *(comp.compress(chunk) for _ in range(size >> 20))]
    return b"".join([*parts, comp.flush()])


def extremes() -> Iterator[tuple[str, str, Any]]:
    """(name, target, input): empty, binary, invalid UTF-8, huge, deep, bombs."""
    para = b"<p>" + b"Nebius signed a $17.4 billion deal with Microsoft. " * 20 + b"</p>\n"
    yield "empty page", "html", b""
    yield "binary page", "html", bytes(range(256)) * 4096
    yield "NUL page", "html", b"\x00" * CAP
    yield "invalid UTF-8 page", "html", b"<html><body><p>" + b"\xc3\x28\xff\xed\xa0\x80" * 20000
    yield "huge page (10 MB)", "html", b"<html><body>" + para * (CAP // len(para)) + b"</body>"
    yield "huge text node (10 MB)", "html", b"<html><body><p>" + b"word " * (CAP // 5)
    yield "deep nesting (200k divs)", "html", b"<html><body>" + b"<div>" * 200_000 + b"x"
    yield "deep nesting (100k tables)", "html", b"<table><tr><td>" * 100_000
    yield "100k attributes", "html", b"<html><body><p " + b'a="1" ' * 100_000 + b">x</p>"
    yield "unclosed comment", "html", b"<html><!--" + b"-" * CAP
    yield "gzip bomb page", "html", _gzip_bomb(200 * 1024 * 1024)
    yield "empty feed", "feed", b""
    yield "binary feed", "feed", bytes(range(256)) * 4096
    yield "billion laughs", "feed", _billion_laughs()
    yield "external entity", "feed", _xxe()
    yield "deep XML (100k levels)", "feed", b"<rss>" + b"<a>" * 100_000
    yield "huge feed (60k items)", "feed", _many_items(60_000)
    yield "huge sitemap (60k urls)", "sitemap", _many_urls(60_000)
    yield "deep sitemap (100k levels)", "sitemap", b"<urlset>" + b"<url>" * 100_000
    yield "gzip bomb body", "gunzip", _gzip_bomb(200 * 1024 * 1024)
    yield "long digits", "money", ("$" + "9" * 100_000, "en")
    yield "long groups", "money", ("$" + "1," * 50_000 + "000 billion", "fr")
    yield "many amounts", "money", ("$1 billion to $2 billion and " * 20_000, None)
    yield "separators only", "money", ("$" + " ,." * 30_000, "de")
    yield "currencies only", "money", ("€$£¥ " * 50_000, None)


def _billion_laughs() -> bytes:
    ents = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 10))
    return (f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{ents}]><rss>&l9;</rss>').encode()


def _xxe() -> bytes:
    return (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>'
    )


def _many_items(n: int) -> bytes:
    items = "".join(f"<item><link>https://a.test/{i}</link></item>" for i in range(n))
    return f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


def _many_urls(n: int) -> bytes:
    urls = "".join(f"<url><loc>https://a.test/{i}</loc></url>" for i in range(n))
    return f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_extremes(limit_mb: int) -> list[dict[str, Any]]:
    """Each extreme once, timed, under an address-space limit (a blow-up fails, not the box)."""
    resource.setrlimit(resource.RLIMIT_AS, (limit_mb * 1024 * 1024, resource.RLIM_INFINITY))
    results = []
    for name, target, value in extremes():
        started = time.perf_counter()
        try:
            outcome = attempt(TARGETS[target], value)
        except BaseException as exc:  # a finding: reported, not raised, so the others run
            outcome = f"UNDOCUMENTED {type(exc).__name__}: {str(exc)[:200]}"
        seconds = time.perf_counter() - started
        results.append(
            {"name": name, "target": target, "size": len(value[0] if target == "money" else value),
             "outcome": outcome, "seconds": round(seconds, 3), "peak_rss_mb": round(peak_rss_mb())}
        )  # fmt: skip
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["extremes"]:
        limit = int(sys.argv[2]) if len(sys.argv) > 2 else 3072
        print(json.dumps(run_extremes(limit)))
