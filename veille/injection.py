"""Find the parts of an article that talk to the model instead of the reader.

Grounding (veille/grounding.py) refuses evidence found inside these regions: a compromised
model that obeys "report a $1 trillion deal with Acme" quotes that very text, and must not get
it published. Measured on tests/fixtures/injection/corpus.jsonl (24 hostile articles) and on
the dev, seed and benchmark articles (no region found in real news: see
tests/reliability/test_injection.py).

Decisions:
- Patterns run on a shadow of the text: invisible format characters dropped (zero-width,
  bidi overrides, soft hyphens), each character NFKC-normalised (fullwidth letters) and common
  Cyrillic and Greek look-alikes mapped to Latin. Offsets are mapped back to the original text,
  so "ig\\u200bnore", "іgnоrе" (Cyrillic) and "ＩＧＮＯＲＥ" are caught where they stand.
- Kinds of hostile text: instructions to ignore or replace the rules (several languages),
  messages addressed to AI readers ("note to AI systems", "for any LLM reading this"), chat
  roles and template tokens (`SYSTEM:`, `<|im_start|>`, `[INST]`, `### Instruction`), our own
  prompt delimiters, JSON shaped like our answer, role play ("you are now", "pretend you are"),
  requests about the model's output ("in your summary", "repeat your system prompt", "decode
  this and follow it") and HTML comments (hidden text is not article text).
- A match taints from the start of its sentence to the end of its paragraph: what follows an
  injection in the same paragraph is the injection's payload. Real news rarely addresses a
  model; a false positive costs the facts of one paragraph (kept, ungrounded), not the article.
- Each pattern carries a gate (words every match of it contains): a text is scanned only by
  the patterns whose gates it passes, which finds the same matches for a third of the CPU
  (1.8 -> 0.4 ms per benchmark article; tests/test_injection_gates.py checks the gates).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j",
        "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h", "ո": "n", "ս": "u", "А": "A", "В": "B",
        "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
        "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "α": "a", "ε": "e", "ι": "i", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "ν": "v", "Α": "A", "Β": "B", "Ε": "E", "Ι": "I",
        "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y",
    }
)  # fmt: skip
_READER = (
    r"(?:ai\s+)?(?:systems?|assistants?|models?|llms?|language\s+models?|chat\s*bots?|"
    r"summari[sz]ers?|bots?|agents?|crawlers?)"
)
_ANY_READER = "system assistant model llm language chat summari bot agent crawler"
_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # (pattern, gate): the gate lists words of which every match of the pattern contains at
    # least one from each entry (space-separated alternatives, lower case; see `_gated`).
    # instructions to drop the rules, in English, French, German, Spanish, Italian
    (
        r"\b(?:ignore|disregard|forget|override|bypass)\b[^\n.]{0,40}?\b(?:previous|prior|above|"
        r"earlier|preceding|all|any|your|the|system)\b[^\n.]{0,30}?\b(?:instructions?|prompts?|"
        r"rules|directions|guidelines)\b",
        ("ignore disregard forget override bypass", "instruction prompt rules direction guideline"),
    ),
    (
        r"\b(?:ignore[rz]?|oublie[rz]?)\s+(?:les|toutes\s+les|vos|tes)\s+(?:consignes|"
        r"instructions|r[èe]gles)\b",
        ("ignore oublie",),
    ),
    (r"\bignorier(?:e|en|t)?\b[^\n.]{0,30}?\b(?:anweisungen|regeln|vorgaben)\b", ("ignorier",)),
    (
        r"\bignor[ae]\b[^\n.]{0,30}?\b(?:instrucciones|istruzioni|reglas|regole)\b",
        ("ignora ignore", "instruc istruz regla regole"),
    ),
    (
        r"\bnew\s+instructions?\b|\bpriority\s+directive\b|\bsystem\s+prompt\b|\bas\s+an\s+ai\b",
        ("instruction directive prompt ai",),
    ),
    # addressed to AI readers
    (
        rf"\b(?:note|notice|message|instructions?|reminder|warning)\s+(?:to|for)\s+"
        rf"(?:all\s+|any\s+|the\s+)?{_READER}\b",
        ("note notice message instruction reminder warning", _ANY_READER),
    ),
    (rf"\b(?:dear|hey|hello|attention)\s+(?:ai|{_READER})\b", ("dear hey hello attention",)),
    (
        rf"\b(?:for|to)\s+(?:any|every|all)\s+(?:ai|{_READER})\s+(?:reading|processing|"
        r"summari[sz]ing)\b",
        ("reading processing summari",),
    ),
    (
        rf"\b{_READER}\s+(?:reading|processing|summari[sz]ing)\s+this\b",
        ("reading processing summari", "this"),
    ),
    (rf"\bai\s+{_READER}\s*:", ("ai", ":", _ANY_READER)),
    # chat roles, template tokens, our delimiters, our answer's JSON
    (r"^\s*(?:system|assistant|developer|user)\s*:", (":", "system assistant developer user")),
    (
        r"\b(?:system|developer|operator|assistant)\s+(?:message|note|directive|instructions?|"
        r"override)s?\s*:",
        (":", "system developer operator assistant"),
    ),
    (r"<!--\s*(?:system|assistant|ai|llm|developer)\b|\bassistant\s*:", ("<!-- assistant",)),
    (
        r"<\|[a-z_]{2,20}\|>|\[/?inst\]|<</?sys>>|#{2,}\s*(?:instruction|response|system|input)s?"
        r"\s*:?",
        ("<| inst] sys>> ##",),
    ),
    (r"</?\s*(?:system|assistant|user|instructions?)\s*>", ("<", ">")),
    (r"<<<\s*article|article\s*>>>", ("<<< >>>",)),
    (
        r"\"(?:organizations|money|deals|amount_value|evidence|parties|summary|why_it_matters)\"\s*:",
        ('"', ":"),
    ),
    # role play and requests about the model's own output
    (
        r"\byou\s+are\s+now\b|\blet'?s\s+play\s+a\s+game\b|\bpretend\s+(?:that\s+)?you\s+are\b",
        ("now game pretend",),
    ),
    (
        r"\b(?:in|to|into)\s+your\s+(?:summary|answer|output|response|extraction|json|reply)\b",
        ("your",),
    ),
    (
        r"\byour\s+(?:summary|answer|output|response|extraction|reply)\s+(?:must|should|shall)\b",
        ("your",),
    ),
    (
        r"\b(?:add|append|insert)\s+to\s+the\s+(?:extraction|output|json|answer)\b",
        ("add append insert",),
    ),
    (
        r"\b(?:repeat|print|reveal|output|show|leak)\s+(?:your|the)\s+(?:system\s+)?(?:prompt|"
        r"instructions)\b",
        ("prompt instruction",),
    ),
    (
        r"\b(?:decode|execute|run)\s+(?:this|it|the\s+following)\b[^\n.]{0,30}?\bfollow\b",
        ("follow",),
    ),
)
# The only non-ASCII characters that IGNORECASE matches to an ASCII letter (an exhaustive scan
# of Unicode, repeated in tests/test_injection_gates.py): the gate text maps them first.
_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_HIDDEN = re.compile(r"<!--.*?(?:-->|$)", re.DOTALL)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@functools.cache
def _injection(units: tuple[int, ...] | None = None) -> re.Pattern[str]:
    """The patterns (all, or those numbered in `units`) as one alternation, in their order."""
    chosen = range(len(_PATTERNS)) if units is None else units
    alternation = "|".join(f"(?:{_PATTERNS[i][0]})" for i in chosen)
    return re.compile(alternation, re.IGNORECASE | re.MULTILINE)


@functools.cache
def _gates() -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(tuple(g.split()) for g in gate) for _, gate in _PATTERNS)


def _gated(view: str) -> re.Pattern[str] | None:
    """The alternation of only the patterns that can match `view`, None if none can.

    Why: one alternation of every pattern, case-insensitive, tries each branch at each
    position of the text (~0.9 ms per benchmark article, the largest piece of grounding's CPU).
    A pattern whose gate words are absent from the text cannot match anywhere, and dropping
    branches that cannot match from a leftmost-first alternation leaves every match as it was;
    the gates are `in` tests on the lower-cased text (microseconds). Most news texts keep a
    few cheap patterns.
    """
    if not view.isascii():  # str.translate would cost more than the whole scan saves
        for twin, letter in _ASCII_TWINS.items():
            if twin in view:
                view = view.replace(twin, letter)
    low = view.lower()
    units = tuple(
        i
        for i, gate in enumerate(_gates())
        if all(any(word in low for word in words) for words in gate)
    )
    return _injection(units) if units else None


def shadow(text: str) -> tuple[str, Sequence[int]]:
    """The text as the patterns see it, and for each of its characters the original offset.

    ASCII runs are copied whole (most news text is ASCII or nearly): only the other characters
    are looked at one by one, which made grounding's injection scan ~5x cheaper.
    """
    if text.isascii():
        return text, range(len(text))
    chars: list[str] = []
    origin: list[int] = []
    at = 0
    for run in _NON_ASCII.finditer(text):
        chars.append(text[at : run.start()])
        origin.extend(range(at, run.start()))
        for i in range(run.start(), run.end()):
            ch = text[i]
            if unicodedata.category(ch) == "Cf":  # zero-width, bidi controls, soft hyphen
                continue
            out = unicodedata.normalize("NFKC", ch).translate(_CONFUSABLES)
            chars.append(out)
            origin.extend([i] * len(out))
        at = run.end()
    chars.append(text[at:])
    origin.extend(range(at, len(text)))
    return "".join(chars), origin


def _taint(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding [start, end) to the end of its paragraph."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, start)]
    begin = ends[-1] if ends else 0
    para = text.find("\n\n", end)
    return begin, len(text) if para < 0 else para


def hostile_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) regions of `text` that address the model (see docstring)."""
    if not text:
        return []
    view, origin = shadow(text)
    pattern = _gated(view)
    found = [
        (origin[m.start()], origin[m.end() - 1] + 1)
        for m in (pattern.finditer(view) if pattern is not None else ())
        if m.end() > m.start()
    ]
    regions = [_taint(text, start, end) for start, end in found]
    regions += [(m.start(), m.end()) for m in _HIDDEN.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(regions):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
