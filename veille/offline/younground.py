"""A funding round told in a young company's profile is that company's (session 12).

The newer writers close an article about an incumbent and a young company with the young
one's profile: "Fondée en 2021, la jeune pousse emploie 180 personnes ... Elle avait levé 45
millions d'euros en 2025 auprès de Serena", "Das 2021 gegründete Unternehmen beschäftigt 310
Mitarbeiter ... 2025 hatte es ... 260 Millionen Euro eingesammelt", "La compañía, fundada en
2021 y con 140 empleados, cerró el año pasado una ronda de 22 millones", "The company is young.
... In its last funding round, in 2025, it raised $310 million led by Accel". The round's
recipient is an anaphor; the running focus or the article's main subject gave it to the
incumbent (Worldline, SAP, BBVA, Microsoft), so the rules' round mention, and the pairs that
repeat it, joined the investors to the wrong company (train_t8a-d: five articles, a wrong
round and a missed gold round each).

Decisions:
- Only a raise, not a loan ("ha ottenuto un prestito": an incumbent borrows), and only a
  recipient the round's clause does not name (an anaphor or the focus), and only when
  the sentence or the one before speaks of a young company (a founding participle, "start-up",
  "jeune pousse", "young"): an incumbent's own bond or loan keeps its anaphor.
- The recipient changes only from a gazetteer name of an incumbent kind (not an AI lab, a
  neocloud or a data-centre operator, which raise rounds themselves) to the article's most
  mentioned unknown name so far (an unlisted company: the gazetteer lists incumbents), never
  an investor, a bank or a name already seen giving money.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from veille.offline.gazetteer import INVESTOR_KINDS
from veille.offline.orgs import OrgMention

YOUNG_ROUNDS = True  # switch for leave-one-set-out runs
# kinds of a listed company that raises rounds itself
RAISING_KINDS = frozenset({"ai_lab", "neocloud", "datacenter"})


@cache
def _young_re() -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:founded|fond[ée]e?s?|gegründete?[ns]?|fundad[ao]s?|fondat[ao]|créée?s?"
        r"|nat[ao] nel|established|start-?ups?|jeune pousse|young|joven|jovem|giovane"
        r"|junge[ns]?)(?!\w)",
        re.I,
    )


def young_recipient(
    recipient: str,
    named: set[str],
    before: list[OrgMention],
    givers: set[str],
    context: str,
) -> str:
    """The round's recipient, or the young company the profile speaks of (see the module's
    decisions). `named`: the parties of the round's clause; `context`: the sentence and the
    one before; `before`: the party mentions earlier in the article."""
    if not YOUNG_ROUNDS or recipient in named:
        return recipient
    kind = next((m.kind for m in before if m.name == recipient and m.known), None)
    if kind is None or kind in RAISING_KINDS or kind in ("investor", "sovereign_fund"):
        return recipient
    if not _young_re().search(context):
        return recipient
    counts = Counter(
        m.name
        for m in before
        if not m.known and m.kind not in INVESTOR_KINDS and m.name not in givers
    )
    counts.pop(recipient, None)
    if not counts:
        return recipient
    latest = {m.name: i for i, m in enumerate(before)}
    return max(counts, key=lambda n: (counts[n], latest[n]))
