"""Numbers as each locale writes them: "17,4", "1 000", "38.000", "1,234.5".

Decision: the separators are unambiguous in most cases (two kinds present, repeated groups,
not exactly three digits after the only separator, or "000" after it: nobody writes one as
"1,000"); only "1,250" / "1.250" needs to know which character the locale uses as decimal
point, and the caller passes it.
"""

from __future__ import annotations

_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "'", "’")


def decimal_point(lang: str | None) -> str:
    """The decimal separator of a language: '.' for English (and unknown), ',' elsewhere."""
    return "." if lang in (None, "en") else ","


def to_number(raw: str, decimal: str = ".") -> float:
    """Parse a number written with any grouping; `decimal` breaks the "1,250" tie."""
    text = raw
    for space in _SPACES:
        text = text.replace(space, "")
    has_comma, has_dot = "," in text, "." in text
    if has_comma and has_dot:
        point = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if point == "," else ","
        return float(text.replace(group, "").replace(point, "."))
    sep = "," if has_comma else "." if has_dot else ""
    if not sep:
        return float(text)
    head, _, tail = text.rpartition(sep)
    if text.count(sep) > 1:
        return float(text.replace(sep, ""))
    if len(tail) != 3 or (sep == decimal and tail != "000"):
        return float(f"{head}.{tail}")
    return float(head + tail)  # "1,000" is a thousand in every locale


def amounts_agree(a: float | None, b: float | None, tolerance: float = 0.005) -> bool:
    """Equal within a relative tolerance (the scorer's 0.5 %)."""
    if a is None or b is None:
        return a is b
    return abs(a - b) <= tolerance * max(abs(a), abs(b))
