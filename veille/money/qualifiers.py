"""The qualifier before an amount ("up to", "plus de", "bis zu", ...), a dictionary lookup.

An adverb between the qualifier and the amount ("now more than", "désormais plus de") is
skipped; the longest matching phrase of the last words wins.
"""

from __future__ import annotations

from veille.money import lexicon as lx

_ADVERBS = frozenset(
    {
        "désormais",
        "now",
        "already",
        "déjà",
        "maintenant",
        "jetzt",
        "bereits",
        "ya",
        "já",
        "già",
        "ora",
    }
)
_QUALIFIER_WORDS = max(len(k.split()) for k in lx.QUALIFIERS)


def qualifier_before(text: str, start: int) -> str | None:
    """The qualifier right before an amount: a dictionary lookup of the last 1-4 words."""
    words = text[max(0, start - 40) : start].lower().split()
    if not words:
        return None
    if words[-1] in _ADVERBS:
        words.pop()
    for n in range(min(_QUALIFIER_WORDS, len(words)), 0, -1):
        found = lx.QUALIFIERS.get(" ".join(words[-n:]))
        if found:
            return found
    return None
