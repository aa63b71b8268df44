"""Main-text and metadata extraction from one HTML page, with trafilatura.

Decisions: `favor_precision=True` and no comments (measured on the article-extraction
benchmark, see bench/bench_extraction.py); the page is parsed once, metadata read first;
trafilatura's one-line-per-paragraph output is rewritten with blank lines between paragraphs,
the convention every input kind follows. The
canonical URL comes from the page (`<link rel=canonical>`, `og:url`) through courlan, else the
address we read the page from.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin

import courlan

from veille.ingest.records import parse_published

if TYPE_CHECKING:
    from lxml.html import HtmlElement, HTMLParser
    from trafilatura.settings import Document

_HTML_LANG = re.compile(
    rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I
)
_OG_LOCALE = re.compile(
    rb"<meta\b[^>]*?property\s*=\s*[\"']og:locale[\"'][^>]*?content\s*=\s*[\"']([A-Za-z]{2,3})",
    re.I,
)
_HEAD_BYTES = 65536
# Below this a "main text" is a menu or an error stub (the benchmark's shortest article: 18).
MIN_WORDS = 10
_LOCAL = threading.local()


class ExtractionError(ValueError):
    """The page yields no article: `reason` is no_text, or extraction_error for a parser crash."""

    def __init__(self, message: str, reason: str = "no_text") -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    published_at: datetime | None
    site_name: str | None
    language: str | None
    canonical_url: str | None


def canonicalise(url: str | None, base: str | None = None) -> str | None:
    """courlan-normalised absolute http(s) URL without fragment, or None if it is not one."""
    if not url:
        return None
    absolute = urljoin(base, url.strip()) if base else url.strip()
    if not absolute.lower().startswith(("http://", "https://")):
        return None
    cleaned = courlan.clean_url(absolute)
    return urldefrag(cleaned)[0] if cleaned else None


def html_language(html: bytes) -> str | None:
    """The page's declared language (`<html lang>`, then `og:locale`), ISO 639 lower-case."""
    head = html[:_HEAD_BYTES]
    match = _HTML_LANG.search(head) or _OG_LOCALE.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _published(date_text: str | None) -> datetime | None:
    try:
        return parse_published(date_text)
    except ValueError:
        return None  # htmldate only yields ISO dates; a stray value is treated as unknown


def _clean(value: str | None) -> str | None:
    text = " ".join(value.split()) if value else ""
    return text or None


def _metadata(tree: Any) -> Document:
    """trafilatura's metadata steps we use, on an already parsed tree.

    Decision (speed, measured ~20% of a page's time): no author search through the page body
    (authors come from meta tags and JSON-LD only), no categories, tags or licence.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        examine_meta,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a single token is a handle or a site name, not a byline
    meta = extract_meta_json(tree, meta)
    meta.title = meta.title or extract_title(tree)
    meta.url = meta.url or extract_url(tree, None)
    # htmldate without its whole-page search: faster, and the same dates on the benchmark
    meta.date = find_date(tree, extensive_search=False, original_date=True, url=meta.url)
    sitename = (meta.sitename or extract_sitename(tree) or "").lstrip("@")
    if sitename and "." not in sitename and not sitename[0].isupper():
        sitename = sitename.title()
    meta.sitename = sitename
    return meta


def _parser() -> HTMLParser:
    """This thread's lxml parser (trafilatura's options).

    Why not trafilatura's `load_html`: it parses with ONE module-wide parser, and the documents
    of a shared parser share its string dictionary. The crawl extracts pages in several
    threads, and trafilatura edits each tree (renaming tags adds names to that dictionary):
    threads raced on it and corrupted the heap ("double free or corruption", segfaults; about
    one run in ten with 8 threads on 40 benchmark pages, found by the crash tests). One parser
    per thread gives every thread its own dictionary.
    """
    parser = getattr(_LOCAL, "parser", None)
    if parser is None:
        from lxml.html import HTMLParser

        parser = HTMLParser(
            collect_ids=False,
            default_doctype=False,
            encoding="utf-8",
            remove_comments=True,
            remove_pis=True,
        )
        _LOCAL.parser = parser
    return parser


def _load_html(html: bytes) -> HtmlElement | None:
    """trafilatura's `load_html` (decode, repair, parse, reject non-HTML), this thread's parser."""
    from lxml.etree import LxmlError
    from lxml.html import fromstring
    from trafilatura.utils import decode_file, is_dubious_html, repair_faulty_html

    text = decode_file(html)
    beginning = text[:50].lower()
    text = repair_faulty_html(text, beginning)
    tree: HtmlElement | None = None
    try:
        tree = fromstring(text, parser=_parser())
    except ValueError:  # a str that declares its encoding: parse the UTF-8 bytes instead
        tree = None
    except LxmlError:
        tree = None
    if tree is None or len(tree) < 1:
        try:
            tree = fromstring(text.encode("utf-8", "surrogatepass"), parser=_parser())
        except (LxmlError, ValueError):
            tree = None
    if tree is not None and is_dubious_html(beginning) and len(tree) < 2:
        return None
    return tree


def extract_html(html: bytes, base_url: str | None = None) -> Extracted:
    """Extract one page; raises ExtractionError when there is no main text."""
    import trafilatura
    from lxml.etree import LxmlError
    from trafilatura.settings import Document

    tree = _load_html(html)
    if tree is None:
        raise ExtractionError("not an HTML document")
    try:  # untrusted markup: a parser bug must cost this page, not the whole crawl
        meta = _metadata(tree)  # before extraction, which prunes the tree in place
        doc = trafilatura.bare_extraction(
            tree, include_comments=False, favor_precision=True, include_tables=True
        )
    except (LxmlError, ValueError, TypeError, LookupError, AttributeError, RecursionError) as exc:
        message = f"extraction failed: {type(exc).__name__}: {exc}"
        raise ExtractionError(message, "extraction_error") from exc
    text = doc.text if isinstance(doc, Document) else None
    if not text or not text.strip():
        raise ExtractionError("no article text found in the page")
    words = len(text.split())
    if words < MIN_WORDS:
        raise ExtractionError(f"only {words} word(s) of text: not an article (minimum {MIN_WORDS})")
    paragraphs = (line.strip() for line in text.splitlines())
    return Extracted(
        text="\n\n".join(p for p in paragraphs if p),
        title=_clean(meta.title),
        author=_clean(meta.author),
        published_at=_published(meta.date),
        site_name=_clean(meta.sitename),
        language=html_language(html),
        canonical_url=canonicalise(_clean(meta.url), base_url),
    )
