"""Candidate builders shared by the re-ranker's candidate passes (veille/offline/rerankfeatures.py).

Split out of rerankfeatures (session 9) so that module keeps the passes (sentence pairs, topic
pairs, the rules' own mentions, cross-sentence amounts) and this one what each candidate is:
one per amount of its sentence and one without any, each marked with the rules' matching
mention, so the model learns how far to trust the rules.
"""

from __future__ import annotations

from veille.money import MoneySpan
from veille.offline.amountobjects import amount_objects, crossed
from veille.offline.clausefit import rule_pass
from veille.offline.clauses import undisclosed_in
from veille.offline.mention import DealMention
from veille.offline.orgnames import OrgMention
from veille.offline.pairfeatures import amount_features
from veille.offline.rerankview import ArticleView, Candidate, Features, RuleKey, Tokens, bucket
from veille.offline.sentences import Sentence

__all__ = ["amount_candidates", "invested", "objects_of", "rule_keys", "rule_only"]

_CLAUSE_BREAK = frozenset(",;:()")


def rule_keys(rules: list[DealMention]) -> dict[RuleKey, DealMention]:
    keys: dict[RuleKey, DealMention] = {}
    for d in rules:
        keys.setdefault((frozenset(d.parties), d.amount.start if d.amount else None, d.sentence), d)
    return keys


def amount_candidates(
    pair: Features,
    ab: tuple[OrgMention, OrgMention],
    amounts: list[tuple[MoneySpan, str]],
    s: Sentence,
    keys: dict[RuleKey, DealMention],
    toks: Tokens,
    objects: dict[int, str],
    links: Features,
) -> list[Candidate]:
    """One candidate per amount of the sentence, and one without any, for the pair `ab`."""
    a, b = ab
    found = []
    for amount, role in [(None, ""), *amounts]:
        f = dict(pair)
        if amount is None:
            f["noamt"] = 1.0
            if "undisc" in pair:
                f["undisc:noamt"] = 1.0
            f.update({f"{k}:noamt": v for k, v in links.items()})
        else:
            f.update(amount_features(toks, s, a, b, amount, role))
        key = (frozenset((a.name, b.name)), amount.start if amount else None, s.index)
        rule = keys.get(key)
        if rule is not None:
            f["rule_exact"] = 1.0
            f[f"rule_type:{rule.deal_type}"] = 1.0
        found.append(Candidate((a.name, b.name), amount, s, rule, f))
        if amount is not None and objects:
            found[-1].crossed = crossed(objects, amount.start, (a.name, b.name))
    return found


def rule_only(view: ArticleView, d: DealMention) -> Candidate:
    f: Features = {
        "bias": 1.0,
        "rule_only": 1.0,
        "rule_exact": 1.0,
        f"rule_type:{d.deal_type}": 1.0,
        f"np:{bucket(len(d.parties), (3, 4))}": 1.0,
        "amt" if d.amount is not None else "noamt": 1.0,
        f"lang:{view.lang}": 1.0,
    }
    sentence = next((s for s in view.sentences if s.index == d.sentence), None)
    if d.amount is None and sentence is not None and undisclosed_in(sentence.text):
        f["undisc:noamt"] = 1.0
    foreign = rule_pass(view, d, sentence, f)  # session 7 (veille/offline/clausefit.py)
    return Candidate(d.parties, d.amount, sentence, d, f, foreign=foreign)


def invested(
    view: ArticleView, s: Sentence, toks: Tokens, orgs: list[OrgMention]
) -> list[tuple[MoneySpan, str]]:
    """The sentence's spending amounts that go into a named party (session 8): "s'était
    engagé à investir jusqu'à 5 milliards de dollars dans le déploiement des piles de X",
    "to invest up to $2 billion in X" read as capex by the roles (spending verb), yet the
    party after "dans"/"in" makes them a deal's value. Spending on sites, plans or
    countries has no party for its object and stays out."""
    found = []
    for x in view.spending:
        if not s.start <= x.start < s.end:
            continue
        after = [m for m in orgs if m.start >= x.end]
        objects = amount_objects(
            toks.between, [(x.start, x.end)], [(m.name, m.start, m.end) for m in after]
        )
        if objects and not _CLAUSE_BREAK.intersection(view.text[x.end : after[0].start]):
            found.append((x, "capex"))  # "on data centers in Texas, Oracle said": no object
    return sorted(found, key=lambda a: a[0].start)


def objects_of(
    toks: Tokens, amounts: list[tuple[MoneySpan, str]], orgs: list[OrgMention]
) -> dict[int, str]:
    if len(amounts) < 2:
        return {}
    spans = [(x.start, x.end) for x, _ in amounts]
    return amount_objects(toks.between, spans, [(m.name, m.start, m.end) for m in orgs])
