"""Whether an event cue governs both parties of a candidate pair (session 6, amountless deals).

Why: a deal stated without its amount ("IBM agreed to buy DataStax ... for an undisclosed
sum", "La start-up a signé avec Scaleway un contrat de trois ans", "Oracle works with Nomura
Research Institute") differs from a mere co-mention ("used by OpenAI, Meta and Nvidia",
"owned by X, which ...") by its syntax: one party is the subject of an event verb and the
other its object, close on either side with no third party in between. Without a parser,
the masked words (`rerankfeatures.Tokens`, each name one `_org_` word) are enough to read
that link in the six languages: the number of words between the subject and the cue, and
between the cue and the object, and whether another name stands there.

Decisions:
- Only cues of strength "event" count (a "topic" or "self" cue states no link between two
  parties; "back" is an earlier deal).
- The subject may sit up to `SUBJECT_WORDS` words before the cue ("X has also signed",
  "X a déjà signé", "X, which has signed" is two words too); the object up to
  `OBJECT_WORDS` after its end ("signed ... content agreements with Y", "a signé l'an
  dernier avec Y").
- An undisclosed amount belongs to the pair whose later party it follows with no other name
  in between ("sold the land to Google for an undisclosed sum"), not to a name of the
  sentence's other clause.
- Indicator features only; the model weighs them (`link:obj`, `link:svo`, `undisc:near`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from veille.offline.dealtype import Cue
from veille.offline.orgnames import OrgMention

SUBJECT_WORDS = 4
OBJECT_WORDS = 7

Between = Callable[[int, int], list[str]]


def _direct(words: list[str], limit: int) -> bool:
    return len(words) <= limit and "_org_" not in words


def link_features(
    between: Between,
    near: Sequence[Cue],
    a: OrgMention,
    b: OrgMention,
    implicit: bool,
    undisclosed: Sequence[tuple[int, int]],
) -> dict[str, float]:
    """The link features of the pair (a before b in the text; `implicit`: a is the main
    subject, not named in this sentence)."""
    f: dict[str, float] = {}
    subj = obj = False
    for c in near:
        if c.strength != "event" or c.end > b.start:
            continue
        if not _direct(between(c.end, b.start), OBJECT_WORDS):
            continue
        obj = True
        if not implicit and c.start >= a.end and _direct(between(a.end, c.start), SUBJECT_WORDS):
            subj = True
    if obj:
        f["link:obj"] = 1.0
    if subj:
        f["link:svo"] = 1.0
    for lo, _hi in undisclosed:
        if lo >= b.end and "_org_" not in between(b.end, lo):
            f["undisc:near"] = 1.0
            break
        if (implicit or a.end <= lo) and lo < b.start and "_org_" not in between(lo, b.start):
            f["undisc:near"] = 1.0
            break
    return f
