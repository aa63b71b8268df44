"""Re-ranker features that need every candidate of an article (split from rerankfeatures).

How often a pair co-occurs, whether the rules gave the pair an amount, how many pairs compete
for one amount, a pair inside a priced round (session 8, precision), an amountless twin of a
pair lent an amount by a neighbouring sentence (session 8, amounts).
"""

from __future__ import annotations

from collections import Counter

from veille.offline.rerankview import Candidate, bucket

# session 8: a pair inside a priced round of its sentence, priced with another amount
OTHER_PRICE = True


def article_features(found: list[Candidate]) -> None:
    """Features that need every candidate of the article: how often a pair co-occurs, whether
    the rules gave the pair an amount, how many pairs compete for the same amount."""
    cooc = Counter(
        frozenset(c.parties) for c in found if c.amount is None and "rule_only" not in c.features
    )
    with_amount = {frozenset(c.parties) for c in found if c.amount is not None and c.rule}
    users = Counter(c.amount.start for c in found if c.amount is not None)
    rounds = _priced_rounds(found)
    lent = _lent_pairs(found) if TWINS else set()
    for c in found:
        pair = frozenset(c.parties)
        c.features[f"cooc:{bucket(cooc[pair], (2, 3, 5))}"] = 1.0
        if c.amount is None and pair in with_amount:
            c.features["pair_rule_amount"] = 1.0
        _round_features(c, rounds)
        if c.amount is None and c.sentence is not None and (pair, c.sentence.index) in lent:
            c.features["twin:lent"] = 1.0
        if c.amount is not None:
            c.features[f"amt_users:{bucket(users[c.amount.start], (2, 4, 7))}"] = 1.0


def _priced_rounds(found: list[Candidate]) -> dict[int, list[tuple[frozenset[str], int]]]:
    """The rules' mentions of three or more parties with an amount (its offset), by sentence
    (session 8): an amountless pair inside one repeats the round without its amount, and one
    with another amount of the sentence gives the round's parties a second price ("raised $72
    million to date, most of it in a $55 million Series B led by A with B")."""
    rounds: dict[int, list[tuple[frozenset[str], int]]] = {}
    for c in found:
        if c.rule is not None and c.amount is not None and c.sentence and len(c.parties) > 2:
            rounds.setdefault(c.sentence.index, []).append((frozenset(c.parties), c.amount.start))
    return rounds


def _round_features(c: Candidate, rounds: dict[int, list[tuple[frozenset[str], int]]]) -> None:
    pair = frozenset(c.parties)
    inside = [at for r, at in rounds.get(c.sentence.index if c.sentence else -1, ()) if pair < r]
    if not inside:
        return
    if c.amount is None:
        c.features["in_priced_round"] = 1.0  # "a $2.2bn loan arranged by A and B"
    elif OTHER_PRICE and all(at != c.amount.start for at in inside):
        c.features["round_other_amount"] = 1.0


# session 8: an amountless candidate whose pair is lent an amount by a neighbouring sentence
# (`twin:lent`: "X has ordered turbines from Y. The order is worth roughly $900 million")
TWINS = True


def _lent_pairs(found: list[Candidate]) -> set[tuple[frozenset[str], int]]:
    """(pair, sentence) of the candidates with an amount lent by another sentence: the
    amountless twin stated there is then more often a priced deal's than an unpriced one.
    Measured against a `twin:same` for a priced twin of the sentence itself, alone or with
    it: no better (docs/offline-engine.md, session 8)."""
    return {
        (frozenset(c.parties), c.sentence.index)
        for c in found
        if c.xsentence is not None and c.sentence is not None
    }
