"""Paragraphs and sentences with their character offsets in the article text.

Offsets, not copies: every evidence the engine emits is `text[start:end]` of the article, so it
is an exact substring by construction (grounding checks it character by character).
Decision: a period ends a sentence only before whitespace and a capital, digit or quote, and
never after a known abbreviation ("Corp.", "U.S.", "Mrd.", "Mio.", initials).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_ABBREVIATIONS = frozenset(
    str.split(
        """mr mrs ms dr prof st inc corp co ltd plc jr sr vs etc e.g i.e no nr ca approx mrd mio
    mds md bn jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n s.a n.v b.v s.p.a
    dept gen gov sen rep av bd mme mlle m cf p.ex z.b d.h bzw u.a evtl sr sra s.l ltda"""
    )
)
_END = re.compile(r"[.!?…]+[\"»”’)]*(?=\s+[\"«“(]?[A-ZÀ-ÖØ-Þ0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]").fullmatch


_WORD_SPLIT = re.compile(r"[\s(\"'«]")  # compiled once: every dot is checked


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    head = text[max(0, dot - 12) : dot]
    word = _WORD_SPLIT.split(head)[-1].lower()
    # "D.A. Davidson", "J.P. Morgan": dotted initials (session 7, second wave)
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(_INITIALS(word))


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _END.finditer(text, start, end):
        if _is_abbreviation(text, m.start()):
            continue
        spans.append((cursor, m.end()))
        cursor = m.end()
    spans.append((cursor, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order, each with its paragraph number; empty pieces dropped."""
    sentences: list[Sentence] = []
    para_start = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for paragraph, (gap_start, gap_end) in enumerate([*bounds, (len(text), len(text))]):
        for raw_start, raw_end in _split_paragraph(text, para_start, gap_start):
            s, e = _trim(text, raw_start, raw_end)
            if e > s:
                sentences.append(Sentence(s, e, text[s:e], paragraph, len(sentences)))
        para_start = gap_end
    return sentences


@lru_cache(maxsize=512)
def mentions_any(text: str, words: tuple[str, ...]) -> bool:
    """A cheap gate before a rule's regexes, once per (sentence, rule): one of the rule's
    lower-case words occurs in the text, anywhere (the regexes decide the rest)."""
    low = text.lower()
    return any(word in low for word in words)
