"""Which dollar a bare "$" or "dollars" means: the article's, when it named that dollar first.

"Novacap et la CDPQ s'offrent Laurentide Cyber pour 2,3 milliards de dollars canadiens" and
then "une facilité de crédit de 900 millions de dollars", "31,50 $ par action": a writer who
names the local dollar in words at its first mention drops the adjective afterwards.

Decisions (read sets, session 13):
- Only the first dollar amount of the article decides, and only when it names a local dollar
  in words ("dollars canadiens", "Australian dollars", "dólares taiwaneses"). A writer who
  starts with a bare dollar means the US dollar and qualifies the other one ("La start-up
  canadienne Cohere ... 500 millions de dollars ... 240 millions de dollars canadiens": the
  round is in US dollars); a wire that writes "C$" marks every Canadian amount, so its bare
  "$" is the US dollar. Where the company is from decides nothing ("Ridgeback Silicon, a
  Toronto designer ... raised $640 million" is US dollars).
- The span keeps every dollar in `alternatives` (`world.DOLLARS`), so grounding, which
  re-parses one sentence without its article, accepts the article's dollar.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from veille.money.world import DOLLARS

if TYPE_CHECKING:
    from veille.money.parser import MoneySpan

_NAMED = re.compile(r"d[oóò]llar", re.IGNORECASE)  # a dollar named in words, not "C$"


def _is_bare(span: MoneySpan) -> bool:
    return span.currency == "USD" and span.alternatives == DOLLARS


def resolve_local_dollars(spans: list[MoneySpan]) -> list[MoneySpan]:
    """`spans` with every bare dollar set to the article's dollar (see module doc)."""
    first = next((s for s in spans if s.currency in DOLLARS), None)
    if first is None or first.currency == "USD" or "$" in first.surface:
        return spans
    if not _NAMED.search(first.surface):
        return spans
    local = first.currency
    return [dataclasses.replace(s, currency=local) if _is_bare(s) else s for s in spans]
