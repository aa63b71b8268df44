"""Deal candidates and their features, for the learned re-ranker (veille/offline/rerank.py).

Decisions:
- Candidates are generated broadly and judged by a model trained on gold sets, instead of
  more hand rules: every pair of distinct parties named in one sentence, with each amount of
  that sentence (deal value or unlabelled) or none; the article's main subject paired with
  the parties of a sentence that does not name it ("It raised $1 billion from ..."); and every
  mention the rules produced (multi-party rounds included). A pair is enough for the scorer's
  contract: a pair inside a gold deal of several parties counts. Since session 6 an amount
  whose sentence names at most one party is also lent to the pairs of a neighbouring
  sentence (veille/offline/xamounts.py, `Candidate.xsentence`).
- Features are deliberately generic: positions, distances, words in the gaps, the rules'
  cue types, party kinds, title and main-subject membership, and whether the rules produced
  the same mention (and with which type). No article-specific string, no company name.
- Everything is a sparse dict of indicator features (name -> 1.0); the model's vocabulary
  decides which ones count.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from veille.money import MoneySpan
from veille.offline import conjlists, dealnouns
from veille.offline.articlefeatures import article_features
from veille.offline.candidatebuild import (
    amount_candidates,
    invested,
    objects_of,
    rule_keys,
    rule_only,
)
from veille.offline.clausefit import sentence_pass
from veille.offline.clauses import undisclosed_spans
from veille.offline.dealtype import Cue
from veille.offline.extracands import extra_parties, topic_party
from veille.offline.frames import frame_features, sentence_frames
from veille.offline.implsubject import mark_implicit
from veille.offline.links import link_features
from veille.offline.mention import DealMention
from veille.offline.noamtclause import clause_pass
from veille.offline.orgnames import OrgMention
from veille.offline.pairfeatures import pair_features, sentence_features
from veille.offline.publishers import PUBLISHER_MAIN, PUBLISHER_PAIRS, publisher_parties
from veille.offline.rerankview import (
    ArticleView,
    Candidate,
    Features,
    RuleKey,
    Tokens,
    bucket,
    words,
)
from veille.offline.roundpairs import round_features, sentence_rounds
from veille.offline.runnerup import isolate, lone_party, runner_up, supplied
from veille.offline.sentences import Sentence
from veille.offline.xamounts import cross_amounts

__all__ = [
    "ArticleView",
    "Candidate",
    "Features",
    "RuleKey",
    "Tokens",
    "bucket",
    "candidates",
    "words",
]

# session 6: whether an event cue links the pair as subject and object (veille/offline/links.py),
# as shared features and again for the amountless candidate (`link:*:noamt`)
LINKS = True
# session 7: each amount's giver and recipient (veille/offline/frames.py) as pair features
FRAMES = True
# session 7, second wave: co-givers of a round the rules read (veille/offline/roundpairs.py);
# off: measured neutral to negative (hard-set mean without s9 0.747 -> 0.746, with the
# recipient/giver indicators too 0.743 and dev 0.971 -> 0.959)
ROUNDS = False
# session 8: capex amounts that go into a named party (`invested`) as candidate amounts;
# the object within `amountobjects.OBJECT_WINDOW` words (10 was measured worse)
CAPEX_OBJECTS = True


def _sentence_orgs(view: ArticleView, s: Sentence) -> tuple[list[OrgMention], bool]:
    """The sentence's distinct parties in order; the main subject put first when the sentence
    does not name it (implicit subject), which the returned flag says."""
    named: dict[str, OrgMention] = {}
    for m in view.parties:
        if s.start <= m.start < s.end:
            named.setdefault(m.name, m)
    orgs = sorted(named.values(), key=lambda m: m.start)
    if view.main and view.main not in named and orgs:
        first = next(m for m in view.parties if m.name == view.main)
        return [first, *orgs], True
    return orgs, False


def _with_extra(
    view: ArticleView, s: Sentence, near: list[Cue]
) -> tuple[list[OrgMention], bool, dict[OrgMention, Features]]:
    """The sentence's parties with the extra ones (extracands), and the implicit flag."""
    orgs, implicit = _sentence_orgs(view, s)
    extra = extra_parties(view, s, orgs[1:] if implicit else orgs, near)
    if view.outsiders:
        # publishers are no deal parties by default (mostly sources), but a sentence stating
        # an event or a content licence may make them one (veille/offline/publishers.py)
        publishers = publisher_parties(view, s, near, {m.name for m in orgs})
        if publishers and not orgs and PUBLISHER_MAIN and view.main:
            # "La société a noué un partenariat avec l'AFP": the main subject is the other party
            orgs, implicit = [next(m for m in view.parties if m.name == view.main)], True
        extra.update(publishers)
    if implicit and any(m.name == view.main for m in extra):
        # "It bought X", "Le groupe a racheté X": the main subject stands at its anaphor
        orgs, implicit = orgs[1:], False
    if extra:
        named = sorted([*(orgs[1:] if implicit else orgs), *extra], key=lambda m: m.start)
        orgs = [orgs[0], *named] if implicit else named
    return orgs, implicit, extra


@dataclass(frozen=True)
class _PairContext:
    """What every pair of one sentence shares."""

    orgs: list[OrgMention]
    implicit: bool
    extra: dict[OrgMention, Features]
    base: Features
    toks: Tokens
    listed: dict[int, tuple[int, int]]
    undisclosed: list[tuple[int, int]]
    rounds: list[DealMention]
    rule_parties: list[set[str]]


def _pair(
    view: ArticleView, s: Sentence, near: list[Cue], ctx: _PairContext, i: int, j: int
) -> tuple[Features, Features, Features, OrgMention, OrgMention]:
    """A pair's features, its link features, and the units it is linked as (conjlists)."""
    a, b = ctx.orgs[i], ctx.orgs[j]
    first = ctx.implicit and i == 0
    pair = {**ctx.base, **pair_features(view, s, near, (a, b), first, j - i - 1, ctx.toks)}
    # a party of a coordinated list is linked as the whole list is (conjlists)
    ua, ub, conj = conjlists.as_units(ctx.orgs, ctx.listed, i, j, view.text)
    pair.update(conj)
    links = link_features(ctx.toks.between, near, ua, ub, first, ctx.undisclosed) if LINKS else {}
    pair.update(links)
    for m in (a, b):
        pair.update(ctx.extra.get(m, {}))
        if m.name in view.inferred:
            pair["inferred"] = 1.0
    if any({a.name, b.name} <= parties for parties in ctx.rule_parties):
        pair["rule_pair"] = 1.0
    pair.update(round_features(ctx.rounds, a.name, b.name))
    return pair, links, conj, ua, ub


def _sentence_candidates(
    view: ArticleView, s: Sentence, keys: dict[RuleKey, DealMention], second: OrgMention | None
) -> list[Candidate]:
    near = [c for c in view.cues if s.start <= c.start < s.end]
    orgs, implicit, extra = _with_extra(view, s, near)
    if len(orgs) < 2:
        return []
    named = [m for m in view.parties if s.start <= m.start < s.end]
    toks = Tokens(view.text, s, [(m.start, m.end) for m in (*named, *extra)])
    amounts = [(a, r) for a, r in view.amounts if s.start <= a.start < s.end]
    amounts += invested(view, s, toks, orgs) if CAPEX_OBJECTS else []
    objects = objects_of(toks, amounts, orgs)
    frames = sentence_frames(toks, s, [x for x, _ in amounts], orgs, view.main) if FRAMES else {}
    ctx = _PairContext(
        orgs,
        implicit,
        extra,
        sentence_features(view, s, near, len(orgs), len(amounts)),
        toks,
        conjlists.units(view.text, orgs, int(implicit)) if conjlists.LISTS else {},
        undisclosed_spans(view.text, s),
        sentence_rounds(view.rules, s) if ROUNDS else [],
        [set(r.parties) for r in view.rules],
    )
    found = _pair_candidates(view, s, near, ctx, amounts, keys, objects)
    for c in found if frames else []:
        if c.amount is not None:
            c.features.update(frame_features(frames.get(c.amount.start), c.parties))
    topic = topic_party(view, s, {m.name for m in orgs}) if implicit else None
    if topic is not None:  # session 9: the sentence's topic as the other party
        tctx = replace(ctx, orgs=[topic, *orgs[1:]])
        found += _topic_candidates(view, s, near, tctx, amounts, keys, objects)
    found += _supplied(view, s, near, ctx, keys, found, lone_party(view, named, second, extra))
    if amounts:  # session 7: whose clause each amount is (veille/offline/clausefit.py)
        sentence_pass(view, s, orgs[1:] if implicit else orgs, near, found)
    if implicit:  # session 10: the sentence's own subject (veille/offline/implsubject.py)
        mark_implicit(view, s, found)
    # session 12: whether an amountless pair is one clause's (veille/offline/noamtclause.py)
    clause_pass(view, s, orgs[1:] if implicit else orgs, near, found)
    return found


def _pair_candidates(
    view: ArticleView,
    s: Sentence,
    near: list[Cue],
    ctx: _PairContext,
    amounts: list[tuple[MoneySpan, str]],
    keys: dict[RuleKey, DealMention],
    objects: dict[int, str],
) -> list[Candidate]:
    """Every pair of the sentence's parties, with each amount of the sentence or none."""
    found: list[Candidate] = []
    orgs, extra = ctx.orgs, ctx.extra
    for i, a in enumerate(orgs):
        for j in range(i + 1, len(orgs)):
            b = orgs[j]
            if not PUBLISHER_PAIRS and "outsider" in extra.get(a, {}).keys() & extra.get(b, {}):
                continue  # publishers licensing to a third party are not each other's party
            pair, links, conj, ua, ub = _pair(view, s, near, ctx, i, j)
            new = amount_candidates(pair, (a, b), amounts, s, keys, ctx.toks, objects, links)
            found += conjlists.mark(view.text, new, conj, ua, ub)
    return found


def _supplied(
    view: ArticleView,
    s: Sentence,
    near: list[Cue],
    ctx: _PairContext,
    keys: dict[RuleKey, DealMention],
    found: list[Candidate],
    pair: tuple[OrgMention, OrgMention] | None,
) -> list[Candidate]:
    """The lone name of a supply sentence with the runner-up (`pair`: both), told, in place of
    the main subject's amountless pair (session 10, veille/offline/runnerup.py)."""
    if pair is None or not supplied(view, *pair, near):
        return []
    second, lone = pair
    ctx = replace(ctx, orgs=[second, lone], implicit=True, listed={})
    topic = [c for c in found if c.amount is None and set(c.parties) == {second.name, lone.name}]
    for c in found:
        c.foreign |= c.amount is None and set(c.parties) == {view.main, lone.name}
    new = topic or isolate(_topic_candidates(view, s, near, ctx, [], keys, {}, "second"))
    for c in new:
        c.told = True  # the session-9 topic pair when the topic is the runner-up, else a new one
    return [] if topic else new


def _topic_candidates(
    view: ArticleView,
    s: Sentence,
    near: list[Cue],
    ctx: _PairContext,
    amounts: list[tuple[MoneySpan, str]],
    keys: dict[RuleKey, DealMention],
    objects: dict[int, str],
    flag: str = "topic",
) -> list[Candidate]:
    """The pairs of the sentence's topic (`extracands.topic_party`, first in `ctx.orgs`,
    implicit like the main subject) with each named party, marked `topic` (session 9)."""
    topic = ctx.orgs[0]
    spans = [x for x, _ in amounts]
    frames = sentence_frames(ctx.toks, s, spans, ctx.orgs, topic.name) if FRAMES else {}
    found = []
    for j in range(1, len(ctx.orgs)):
        pair, links, conj, ua, ub = _pair(view, s, near, ctx, 0, j)
        pair[flag] = 1.0
        ab = (topic, ctx.orgs[j])
        new = amount_candidates(pair, ab, amounts, s, keys, ctx.toks, objects, links)
        for c in new if frames else []:
            if c.amount is not None:
                c.features.update(frame_features(frames.get(c.amount.start), c.parties))
        found += conjlists.mark(view.text, new, conj, ua, ub)
    return found


def candidates(view: ArticleView) -> list[Candidate]:
    keys = rule_keys(view.rules)
    second = runner_up(view)
    found = [c for s in view.sentences for c in _sentence_candidates(view, s, keys, second)]
    covered = {
        (frozenset(c.parties), c.amount.start if c.amount else None, c.sentence.index)
        for c in found
        if c.rule is not None and c.sentence is not None
    }
    found += [rule_only(view, d) for key, d in keys.items() if key not in covered]
    found += cross_amounts(view, found, _amount_sentences(view))
    dealnouns.mark_unpriced(view, found)  # "...; el de X no tiene importe" (session 7)
    article_features(found)
    return found


def _amount_sentences(view: ArticleView) -> dict[int, list[tuple[MoneySpan, str]]]:
    """The candidate amounts by sentence index."""
    amounts_of: dict[int, list[tuple[MoneySpan, str]]] = {}
    starts = [s.start for s in view.sentences]
    for amount, role in view.amounts:
        i = bisect_right(starts, amount.start) - 1
        if i >= 0 and amount.start < view.sentences[i].end:
            amounts_of.setdefault(i, []).append((amount, role))
    return amounts_of
