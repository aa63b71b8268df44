r"""Whether a case-insensitive pattern occurs in a text, asked without IGNORECASE.

Why: under IGNORECASE `re` folds every character it compares and cannot skip along the text
to a pattern's first letters; a phrase list ("already|déjà|bereits|...") scans about 2.5
times faster lower-cased, over the lower-cased text. The engine asks such questions of every
sentence (background framing, undisclosed amounts, significance cues).

How: the pattern's source is lower-cased and compiled without the flag (once per pattern),
and searched in `text.lower()`.

Decision: the answer is exactly `pattern.search(text) is not None`; else the pattern itself
is searched. Under IGNORECASE `re` matches a letter when the text's character lower-cases
(one character to one) to the pattern letter's lower case, or to one of its few "extra cases"
(`re._casefix`: "ı" for "i", "ſ" for "s", Greek and Cyrillic variants). So the lowered
search is used only when
- the text lower-cases character for character (same length: "İ" becomes two characters),
- neither the lowered text nor the lowered pattern holds an extra case beyond ASCII (then
  the only extra cases left are "i" and "s", whose partners "ı" and "ſ" are not in the text;
  the final sigma, the one context-dependent lower case, lowers to a Greek extra case too),
- the pattern has no escape an upper-case letter spells (`\W`, `\S`, `\B`, `\N{...}`), no
  inline flags but a leading "(?i)", no named group (its name would be lower-cased).
`\w`, `\s`, `\d` and `\b` answer the same for a character and its lower case (checked over
every code point in tests/test_foldscan.py).
"""

from __future__ import annotations

import re
import re._casefix as casefix
from functools import cache

from veille.patterncache import ByPattern

__all__ = ["found"]


@cache
def _extra_cases() -> re.Pattern[str]:
    """The non-ASCII characters `re` treats as extra case variants (any side)."""
    chars = set(casefix._EXTRA_CASES)
    for partners in casefix._EXTRA_CASES.values():
        chars.update(partners)
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(chars) if c > 127) + "]")


def _lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern lower-cased without IGNORECASE, or None when that could change it."""
    source = pattern.pattern
    if source.startswith("(?i)"):
        source = source[4:]
    elif not pattern.flags & re.I:
        return None
    low = source.lower()
    if re.search(r"\\[A-Z]|\(\?[aiLmsuxP-]", source):
        return None
    if _extra_cases().search(low):
        return None
    compiled = re.compile(low, pattern.flags & ~re.I)
    return compiled if compiled.groupindex == pattern.groupindex else None


_lowered_of: ByPattern[re.Pattern[str] | None] = ByPattern(_lowered)


def found(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text) is not None` (see the module docstring)."""
    lowered = _lowered_of(pattern)
    low = lowered_text(text) if lowered is not None else None
    if lowered is None or low is None:
        return pattern.search(text) is not None
    return lowered.search(low) is not None


_RECENT: dict[str, str | None] = {}  # the last texts' answers: a sentence is asked often
_MEMO = 16  # about one article's texts, never the benchmark's whole corpus across rounds


def lowered_text(text: str) -> str | None:
    """`text.lower()` when a lowered pattern reads it as IGNORECASE reads `text` (same length,
    no extra case variant), else None. The engine asks it of one sentence several times
    (background framing, undisclosed amounts, significance cues): remembered for a few."""
    if text in _RECENT:
        return _RECENT[text]
    low = text.lower()
    answer = low if len(low) == len(text) and not _extra_cases().search(low) else None
    if len(_RECENT) >= _MEMO:
        del _RECENT[next(iter(_RECENT))]
    _RECENT[text] = answer
    return answer


def lowered_keys(keys: frozenset[str]) -> frozenset[str] | None:
    """The keys lower-cased, when matching them without IGNORECASE over `lowered_text` finds
    exactly where IGNORECASE finds them over the text, else None."""
    if any(len(key.lower()) != len(key) for key in keys):
        return None
    low = frozenset(key.lower() for key in keys)
    return None if _extra_cases().search("".join(low)) else low
