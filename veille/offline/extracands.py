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

Session 6, second wave: an anaphor opening its sentence ("Elle avait levé 20 millions auprès
de Partech", "Il aura accès au supercalculateur de Scaleway", "the company is raising A$1.2
billion") refers to the subject of the sentences before it, walked back through sentences whose
own subject is an anaphor, a possessive or no party (`_chain_subject`, feature `xsent:chain`),
no longer to the first party of the latest sentence naming one (the founder in "Fondée par
deux docteurs de l'Inria, Lumio compte ...", the investor of "lors d'une série C menée par
ICONIQ"). A typed anaphor opening a sentence ("The start-up has signed ...") takes that subject
when it is of the anaphor's kind; the Italian article "il" is no pronoun. Hard-set mean 0.693
-> 0.698, dev 0.921 -> 0.937; candidate recall 901 -> 904 of 991.

Tried and not kept (leave-one-set-out, docs/offline-engine.md, session 4): publishers
(`media`, excluded from deal parties because they are usually sources) as candidates in a
sentence with a deal cue or a content/licensing word. Candidate recall rose (11 more gold
deals covered) but the unseen-rows mean fell 0.656 -> 0.652 and dev 0.971 -> 0.960.

Session 9: a sentence with no subject of its own pairs its named parties with its topic, the
subject of the sentences before it, when that is not the main subject (`topic_party`; the
pairs are built in `rerankfeatures`, feature `topic`): fresh mean 0.691 -> 0.697.

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
from veille.offline import cues
from veille.offline.dealtype import Cue
from veille.offline.founded import founded_anaphor, young_main
from veille.offline.orgnames import OrgMention
from veille.offline.parties import POSSESSIVE, anaphor_re, resolve_typed, subject_head
from veille.offline.sentences import Sentence

if TYPE_CHECKING:
    from veille.offline.rerankfeatures import ArticleView, Features

ANAPHORS = True  # switch for leave-one-set-out experiments
MAIN_ANAPHORS = True  # session 5: an anaphor of the main subject places it in the sentence
HEAD_NOUNS = True  # session 6: a head noun before a name is no anaphor
SUBJECT_CHAIN = True  # session 6, second wave: the subject chain behind an untyped anaphor
PRONOUN_HEAD = 25  # a pronoun counts as a subject within this many characters of the start
_PRONOUNS = frozenset({"it", "its", "elle", "il", "y", "es", "sie"})


def _antecedent(
    view: ArticleView, s: Sentence, anaphor: str, named: set[str], at: int = -1
) -> tuple[OrgMention, str] | None:
    """The party an anaphor of sentence `s` refers to, and how it was found."""
    lo = bisect_left(view.parties, s.start, key=_start)
    before = view.parties[:lo]
    typed = resolve_typed(anaphor, before, view.main)
    if typed is not None and TYPED_CHAIN and at == subject_head(s.text):
        chained = _chain_subject(view, s.index - 1, view.main)
        if chained is not None and chained.kind in cues.anaphor_kinds(anaphor):
            typed = chained.name  # "The start-up has signed": the start-up just talked about
    if typed is not None:
        found = next(m for m in reversed(before) if m.name == typed)
        return (found, "typed") if typed not in named else None
    if not before:
        return None
    # no party of the sentence before the anaphor ("OpenAI, its closest competitor")
    opening = lo == len(view.parties) or view.parties[lo].start >= s.start + at
    if SUBJECT_CHAIN and at == subject_head(s.text) and opening:
        chained = _chain_subject(view, s.index - 1, view.main)
        main = next((m for m in reversed(before) if m.name == view.main), None)
        kind = chained.kind if chained else None
        if main is not None and founded_anaphor(s.text) and young_main(kind, main.kind):
            chained = main  # "Founded in 2023, the company raised": the young main subject
        if chained is not None:
            return (chained, "chain") if chained.name not in named else None
    if OWN_PRONOUN and not opening and anaphor.lower() in _PRONOUNS:
        return None  # "Tallgrass said it would fund ...": the party named before it (session 8)
    # the subject of the latest earlier sentence naming a party: its first party
    latest = view.sentences[bisect_right(view.sentences, before[-1].start, key=_start) - 1]
    first = view.parties[bisect_left(view.parties, latest.start, key=_start)]
    return (first, "subject") if first.name not in named else None


_PREPOSITION = re.compile(
    r"(?<![\w'’])(?:of|with|from|in|into|to|at|for|behind|between|de|du|des|d['’]|à|au|aux|"
    r"avec|dans|en|chez|pour|auprès|vom|mit|bei|für|zu|zum|zur|an|am|con|para|del|"
    r"al|di|dal|della|per|com|do|dos|na|no|em|nel|nella)(?![\w'’])",
    re.I,
)
_AGENT = re.compile(
    r"\w+\s+(?:par|by|von|por|pel[oa]s?|da)\s+(?:(?:the|le|la|les|l['’]|el|los|o|a|il|lo|der|"
    r"die|dem|den)\s*)?$",
    re.I,
)
_RELATIVE = re.compile(
    r"(?<![\w'’])(?:que|qu['’]|which|that|whom|die|der|das|den|che|cui)\s+(?:\w+\s+)?$", re.I
)
FRAME_PREPOSITION = True  # session 7, second wave: `_frames`
CHAIN_DEPTH = 6  # sentences walked back at most
TYPED_CHAIN = True  # a typed anaphor opening a sentence: the chain's subject if of its kind
CHAIN_PAST_NAMES = True  # walk back past a sentence that names parties, none as its subject
OWN_PRONOUN = True  # session 8: a pronoun after a party of its own sentence refers to it
TOPICS = True  # session 9: `topic_party`


def _chain_subject(view: ArticleView, index: int, main: str | None) -> OrgMention | None:
    """The grammatical subject of the latest sentences, walking back through the sentences
    whose subject is itself an anaphor ("It will pay ..." after "Hikari designs its chips"),
    a possessive or no party ("Le laboratoire ne partira pas de zéro"): centering's
    backward-looking center. A subject is the first party of the sentence's head (after an
    opening phrase such as "Fondée en 2020 par ...," or "En octobre,") with no preposition
    before it, the agent of a passive ("conclus par Nebius") or the subject of a relative
    ("que Statsig avait obtenue"); failing one, a party of the opening phrase ("Pour
    Brookfield, c'est ..."). Sentences naming parties, none as a subject, are walked past
    (`CHAIN_PAST_NAMES`): stopping at their first party was 0.695 (the chain's 0.698)."""
    for i in range(index, max(-1, index - CHAIN_DEPTH), -1):
        s = view.sentences[i]
        lo = bisect_left(view.parties, s.start, key=_start)
        hi = bisect_left(view.parties, s.end, key=_start)
        inside = view.parties[lo:hi]
        head = subject_head(s.text)
        anaphor = anaphor_re().match(s.text, head)
        if anaphor:
            typed = resolve_typed(anaphor[0], view.parties[:lo], main)
            if typed is not None:
                return next(m for m in reversed(view.parties[:lo]) if m.name == typed)
            continue
        if POSSESSIVE.match(s.text, head):
            continue  # "Ses travaux seront publiés", "Its shares jumped": still the subject
        found = _subject_in(s, inside, head)
        if found is not None:
            return found
        if inside and not CHAIN_PAST_NAMES:
            return inside[0]
    return None


def _subject_in(s: Sentence, inside: list[OrgMention], head: int) -> OrgMention | None:
    """The party of `s` that is its subject (`_chain_subject`), if any."""
    for m in inside:
        at = m.start - s.start
        if at >= head and not _PREPOSITION.search(s.text, head, at):
            return m
        if at >= head and m is inside[0] and _AGENT.search(s.text, head, at):
            return m  # "une série d'accords déjà conclus par Nebius": the agent
        if at >= head and _RELATIVE.search(s.text, head, at):
            return m  # "la valorisation que Statsig avait obtenue", "which NEXTDC will"
    framed = [m for m in inside if m.start - s.start < head and _frames(s.text, m.start - s.start)]
    return framed[0] if framed else None


def topic_party(view: ArticleView, s: Sentence, named: set[str]) -> OrgMention | None:
    """The party a sentence with no subject of its own is about, when it is not the main
    subject: the subject of the sentences before it (`_chain_subject`). "Iberdrola ha
    convertido ... . En 2024 creó una sociedad conjunta con X", "Mit Bosch besteht zudem eine
    Entwicklungspartnerschaft" after a sentence about the start-up, "I suoi modelli sono
    utilizzati da X": the counterparty is named, the other party is the sentence's topic
    (session 9). None when the sentence opens with an anaphor (`extra_parties` places it)."""
    if not TOPICS or s.index == 0:
        return None
    head = subject_head(s.text)
    if anaphor_re().match(s.text, head):
        return None
    if not POSSESSIVE.match(s.text, head):
        lo = bisect_left(view.parties, s.start, key=_start)
        hi = bisect_left(view.parties, s.end, key=_start)
        if _subject_in(s, view.parties[lo:hi], head) is not None:
            return None
    topic = _chain_subject(view, s.index - 1, view.main)
    if topic is None or topic.name == view.main or topic.name in named:
        return None
    return topic


def _frames(text: str, at: int) -> bool:
    """A party of the opening phrase is its frame ("Pour Brookfield, c'est ...", "Caprock
    Cloud, a Texas start-up, ...") unless a verb's preposition reaches it: "Electricity will
    come from Vistra, which ..." names the supplier, not the subject (session 7, second wave)."""
    if not FRAME_PREPOSITION:
        return True
    found = _PREPOSITION.search(text, 0, at)
    return found is None or found.start() == 0


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
        if word == "il" and view.lang == "it" and SUBJECT_CHAIN:
            continue  # "Il round è tra i maggiori": the Italian article, no pronoun
        if HEAD_NOUNS and word not in _PRONOUNS and _heads_a_name(view, s.start + m.end()):
            continue
        found = _antecedent(view, s, m[0], named, m.start())
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
