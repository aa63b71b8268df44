"""Organisation-name keys shared by the offline engine and the evaluation.

Decisions:
- One list of trailing corporate suffixes (the scorer's, plus "company" and "holdings"), so
  the engine's gazetteer lookups and `veille eval` compare names the same way. Entity
  resolution (`veille.resolve.orgs`) extends it with a few more forms and keeps non-Latin
  letters, because there two spellings must merge rather than match a gold line.
- The key is ASCII-folded, case-folded, with `&` read as "and" and punctuation as spaces.
"""

from __future__ import annotations

import re
import unicodedata

CORPORATE_SUFFIXES = frozenset(
    {
        "inc", "corp", "corporation", "ltd", "limited", "group", "nv", "sa", "se", "ag",
        "plc", "llc", "co", "company", "holdings",
    }
)  # fmt: skip
_PUNCTUATION = re.compile(r"[^\w\s]")


def name_key(name: str, *, keep: int = 1) -> str:
    """The comparison key of a name ("Meta Platforms, Inc." -> "meta platforms").

    Trailing suffixes are stripped while more than `keep` words remain: the gazetteer keeps
    one ("Group" alone stays a name), the scorer's mirror keeps none.
    """
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = _PUNCTUATION.sub(" ", ascii_text.casefold().replace("&", " and ")).split()
    while len(words) > keep and words[-1] in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)
