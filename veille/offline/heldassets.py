"""Assets a company manages, which are no deal's amount (session 8).

Why: an investor or asset manager is introduced by the assets it manages ("Brookfield, which
manages more than $1 trillion of assets", "DigitalBridge gère quelque 108 milliards de
dollars d'actifs pour le compte d'investisseurs", "verwaltet rund 50 Milliarden Euro",
"con 30.000 millones en activos bajo gestión"). The roles (veille/offline/roles.py) have no
cue for it, so such an amount stayed unlabelled ("other") and the re-ranker paired it with
the parties of its sentence or lent it to the deal of the sentence before (xamounts), where
it outbid the deal's real amount or made a mention of a background sentence.

Decisions:
- Two readings, either one enough: a verb of managing right before the amount (only a
  qualifier such as "more than", "quelque", "rund" between them, so "managed to raise $X" is
  not one), or "under management" and its equivalents right after it or right before it
  ("assets under management of $X", "encours sous gestion de"). "$X of assets" alone is not
  enough: "bought $2 billion of assets from Y" is a deal's value.
- The amount stays an amount of the article (its role "other"); it only stops being a deal
  candidate (engine._money).
"""

from __future__ import annotations

import re
from functools import cache

from veille.money import MoneySpan

_QUALIFIER = (
    r"(?:more than|over|about|around|roughly|some|nearly|almost|close to|an estimated|"
    r"plus de|près de|environ|quelque|pas moins de|rund|etwa|mehr als|über|knapp|fast|"
    r"más de|unos|unas|cerca de|casi|alrededor de|mais de|quase|cerca|oltre|circa|quasi)"
)
_MANAGE = (
    r"manag(?:es|ed|ing)|oversees|oversaw|overseeing|gère|gérait|gérant|gèrent|"
    r"verwaltet|verwaltete|verwalten|gestiona|gestionaba|gestionan|administra|administraba|"
    r"gere|geria|gerem|gerencia|gestisce|gestiva|gestiscono"
)
_UNDER = (
    r"under management|sous gestion|bajo gestión|sob gestão|in gestione|unter Verwaltung|"
    r"AUM|AuM"
)
_HELD_NOUNS = (
    r"assets under management|actifs sous gestion|encours(?: sous gestion)?|"
    r"activos bajo gestión|ativos sob gestão|patrimonio (?:gestito|in gestione)|"
    r"verwaltete[sn]? Vermögen|AUM|AuM"
)


@cache
def _before() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?<!\w)(?:{_MANAGE})|(?<!\w)(?:{_HELD_NOUNS})\s*(?:of|de|d['’]|von|di|at|à|"
        rf"en|em|:)?)\s+(?:{_QUALIFIER}\s+)?$",
        re.I,
    )


@cache
def _after() -> re.Pattern[str]:
    """ "$1 trillion in assets under management", "50 Md€ d'actifs sous gestion", "$80
    billion AUM"."""
    held = r"(?:assets|actifs|activos|ativos|asset|attivi|attività|Vermögen)"
    return re.compile(
        rf"\s*(?:(?:of|in|d['’]|en|em|di|an)\s*(?:\w+\s+)?{held}\s+)?(?:{_UNDER})(?!\w)",
        re.I,
    )


def is_held_assets(text: str, sentence_start: int, span: MoneySpan) -> bool:
    """Whether the amount at `span` is assets a company manages (see the module docstring)."""
    lo = max(sentence_start, span.start - 60)
    return bool(_before().search(text, lo, span.start) or _after().match(text, span.end))
