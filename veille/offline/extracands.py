"""Extra candidate parties for the re-ranker: what a sentence's named parties miss (session 4).

Measured with `python -m veille.devtools.recall`: on text the rules were not tuned on, about a
third of the gold deals had no candidate at all. One generic source is added here, marked
by features so that the model (not a rule) decides whether to trust it:

- Anaphor parties: a sentence with a deal cue that names a party and refers to another by an
  anaphor ("the chipmaker", "la jeune pousse", "Elle a élargi sa collaboration avec X") gets
  a pseudo-mention at the anaphor's span, named after its antecedent: the typed anaphor's
  most mentioned party of that kind (`parties.resolve_typed`), else the subject (first
  party) of the nearest earlier sentence naming one. Pronouns count only near the start of
  the sentence (a subject); noun phrases anywhere. The article's main subject is already
  paired implicitly (rerankfeatures); since session 5 an anaphor of it gets a pseudo-mention
  too (features `xmain`, `xmain:pronoun|noun`), which takes the place of the implicit pairing,
  so that the positions and gap words describe the anaphor as the party ("The company also
  bought X for $12 million"): unseen-rows mean 0.683 -> 0.685 (`train_deals --check`).

Session 6: a noun anaphor directly before a name ("auprès du fonds Serena et de la banque
régionale Crédit Agricole Centre-Est") is that name's head noun, not a reference back, and
gets no pseudo-mention (it used to bring in the article's most mentioned bank): hard-set
mean 0.665 -> 0.668, dev 0.948 -> 0.932 (no dev sentence has the pattern: the retrained
weights moved one dev deal under the threshold).

Tried and not kept (leave-one-set-out, docs/offline-engine.md, session 4): publishers
(`media`, excluded from deal parties because they are usually sources) as candidates in a
sentence with a deal cue or a content/licensing word. Candidate recall rose (11 more gold
deals covered) but the unseen-rows mean fell 0.656 -> 0.652 and dev 0.971 -> 0.960.

Decision: each extra mention carries its own features (`Features`), merged into every pair
it is part of; the pseudo-mention's offsets are the anaphor's, so the positional features
(gaps, words before and after) describe the anaphor as the party.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from veille.cuegate import finditer
from veille.offline.dealtype import Cue
from veille.offline.orgnames import OrgMention
from veille.offline.parties import anaphor_re, resolve_typed
from veille.offline.sentences import Sentence

if TYPE_CHECKING:
    from veille.offline.rerankfeatures import ArticleView, Features

ANAPHORS = True  # switch for leave-one-set-out experiments
MAIN_ANAPHORS = True  # session 5: an anaphor of the main subject places it in the sentence
HEAD_NOUNS = True  # session 6: a head noun before a name is no anaphor
PRONOUN_HEAD = 25  # a pronoun counts as a subject within this many characters of the start
_PRONOUNS = frozenset({"it", "its", "elle", "il", "y", "es", "sie"})


def _antecedent(
    view: ArticleView, s: Sentence, anaphor: str, named: set[str]
) -> tuple[OrgMention, str] | None:
    """The party an anaphor of sentence `s` refers to, and how it was found."""
    lo = bisect_left(view.parties, s.start, key=_start)
    before = view.parties[:lo]
    typed = resolve_typed(anaphor, before, view.main)
    if typed is not None:
        found = next(m for m in reversed(before) if m.name == typed)
        return (found, "typed") if typed not in named else None
    if not before:
        return None
    # the subject of the latest earlier sentence naming a party: its first party
    latest = view.sentences[bisect_right(view.sentences, before[-1].start, key=_start) - 1]
    first = view.parties[bisect_left(view.parties, latest.start, key=_start)]
    return (first, "subject") if first.name not in named else None


def _start(item: OrgMention | Sentence) -> int:
    return item.start


_HEAD_GAP = re.compile(
    r"\s+(?:(?!(?:and|or|et|ou|und|oder|y|o|e|ma|mais|but|with|avec|mit|con|com|to|à|de|of|in|"
    r"dans|en|for|pour)\s)[a-zà-ÿ'’-]+\s+)?"
)


def _heads_a_name(view: ArticleView, end: int) -> bool:
    """ "auprès de la banque régionale Crédit Agricole Centre-Est", "the lender HSBC": the
    anaphor's words are the head noun of the name that follows (lower-case words at most
    between), not a reference back (session 6)."""
    i = bisect_left(view.parties, end, key=_start)
    if i == len(view.parties):
        return False
    return bool(_HEAD_GAP.fullmatch(view.text, end, view.parties[i].start))


def _anaphor_parties(
    view: ArticleView, s: Sentence, named: set[str], near: list[Cue]
) -> dict[OrgMention, Features]:
    if not named or not near:
        return {}
    out: dict[OrgMention, Features] = {}
    for m in finditer(anaphor_re(), s.text):  # the cue gate: same matches, faster
        word = m[0].lower().replace("’", "'")
        if word in _PRONOUNS and m.start() > PRONOUN_HEAD:
            continue
        if HEAD_NOUNS and word not in _PRONOUNS and _heads_a_name(view, s.start + m.end()):
            continue
        found = _antecedent(view, s, m[0], named)
        if found is None or (found[0].name == view.main and not MAIN_ANAPHORS):
            continue
        party, how = found
        start = s.start + m.start()
        pseudo = replace(party, start=start, end=start + len(m[0]), surface=m[0])
        kind = "pronoun" if word in _PRONOUNS else "noun"
        if party.name == view.main:
            out[pseudo] = {"xmain": 1.0, f"xmain:{kind}": 1.0}
        else:
            out[pseudo] = {"xsent": 1.0, f"xsent:{how}": 1.0, f"xana:{kind}": 1.0}
        named = named | {party.name}
    return out


def extra_parties(
    view: ArticleView, s: Sentence, named: list[OrgMention], near: list[Cue]
) -> dict[OrgMention, Features]:
    """Extra mentions for sentence `s` (whose named parties are `named`), with features."""
    if not ANAPHORS:
        return {}
    return _anaphor_parties(view, s, {m.name for m in named}, near)
