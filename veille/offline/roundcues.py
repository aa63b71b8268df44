"""The cue words of funding rounds and syndicated loans, as compiled patterns (split from
`rounds` in session 7, second wave, to keep each module reviewable)."""

from __future__ import annotations

import re
from functools import cache

from veille.offline import cues
from veille.offline.dealtype import factor


@cache
def word_re(fragments: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{factor(fragments)})(?![\w-])", re.I)


@cache  # the fragments' tuple is hashed on every `word_re` call: hot in rounds
def raise_re() -> re.Pattern[str]:
    return word_re(cues.ROUND_CUES)


@cache  # the fragments' tuple is hashed on every `word_re` call: hot in rounds
def loan_re() -> re.Pattern[str]:
    return word_re(cues.LOAN_CUES)


@cache  # the fragments' tuple is hashed on every `word_re` call: hot in rounds
def marker_re() -> re.Pattern[str]:
    return word_re(
        (
            *cues.ROUND_MARKERS,
            *cues.LENDER_MARKERS,
            *cues.PARTICIPATION_VERBS,
            *cues.OPENING_MARKERS,
        )
    )


@cache  # the fragments' tuple is hashed on every `word_re` call: hot in rounds
def follow_re() -> re.Pattern[str]:
    """Markers that make a later sentence name more investors of the same round ("X from"
    is left out: "Avride secured an investment from Uber" is a deal of its own)."""
    lenders = tuple(m for m in cues.LENDER_MARKERS if not m.endswith(" from"))
    return word_re((*cues.ROUND_MARKERS, *lenders, *cues.PARTICIPATION_VERBS))


@cache
def loan_for_re() -> re.Pattern[str]:
    """A loan granted "for"/"to" a borrower named right after it."""
    return re.compile(
        rf"(?<![\w-])(?:{factor(cues.LOAN_CUES)})(?![\w-])[^.;]{{0,60}}?\s(?:for|to|pour|à|an|für)"
        r"\s+(?:(?:the|l['’]|la|le)\s*)?$",
        re.I,
    )


@cache
def agent_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:by|par|von|por|pelo|pela|da|dal)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


@cache
def tail_re() -> re.Pattern[str]:
    """What closes a round's list of investors: a subordinate clause ("as it seeks", "alors
    que", "mientras") or a relative on the valuation ("qui valorisait le concurrent d'OpenAI",
    "which valued the company"); the names after it are no investors of the round."""
    return re.compile(
        r",\s*(?:(?:as(?!\s+well)|while|whereas|alors que|tandis que|während|mientras|enquanto"
        r"|mentre)\b"
        r"|(?:which|that|qui|que|die|der|che)\s+(?:\w+\s+)?(?:valu|valoris|valoriz|bewert|valut"
        r"|valor))",
        re.I,
    )
