"""Text normalisation shared by ingestion (content hash) and staging (clean text).

Decision: the content hash is taken over NFC text with every whitespace run collapsed to one
space, so that re-wrapping, trailing spaces or a changed paragraph layout never counts as a new
version of an article; the stored clean text keeps paragraphs as blank-line separated blocks.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")


def collapse_whitespace(text: str) -> str:
    """NFC, every whitespace run to one space, stripped: the form the hash is taken on."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def normalise_paragraphs(text: str) -> str:
    """NFC text with paragraphs separated by exactly one blank line ("\\n\\n").

    Inside a paragraph every whitespace run (single newlines included) becomes a space.
    """
    nfc = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    blocks = (_WS.sub(" ", block).strip() for block in _PARAGRAPH_BREAK.split(nfc))
    return "\n\n".join(block for block in blocks if block)


def content_hash(text: str) -> str:
    """sha256 hex of the collapsed text: equal for texts that differ only in layout."""
    return hashlib.sha256(collapse_whitespace(text).encode("utf-8")).hexdigest()
