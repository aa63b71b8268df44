"""Where a pair stands in a funding round or a loan syndicate the rules read (session 7).

Why: the re-ranker pairs every two parties of a sentence. In "ha cerrado una ronda de 38
millones liderada por Seaya, con la participación de Kibo Ventures y Samaipata" the pairs of
investors carry the round's amount and the rules' support (`rule_pair`: both are in the
round's mention), and scored 0.87-0.92 (heldout_s9), though two co-investors make no deal
together: the round is the recipient with all of them, which the rules' mention already says.
`rounds.RoundTracker` knows who gives (`DealMention.givers`); this module tells the model.

Feature (an indicator, weighed by the model; no hard drop): `rnd:gg` both parties give in
the same round (co-investors, co-lenders). Measured by `train_deals --check`: neutral to
negative (the co-investor pairs of a gold round are right by the scorer's subset rule, and
the wrong ones are mostly a wrong party, which `parents.py` removes), so the switch
`rerankfeatures.ROUNDS` is off; indicators for a recipient and a giver (`rnd:rg`) and for a
giver with an outsider (`rnd:gx`) cost more (hard-set mean 0.747 -> 0.743, dev 0.971 ->
0.959) and were dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.offline.mention import DealMention
    from veille.offline.sentences import Sentence


def sentence_rounds(rules: list[DealMention], s: Sentence) -> list[DealMention]:
    """The rules' rounds and syndicates whose evidence covers the sentence."""
    return [r for r in rules if r.givers and r.evidence[0] <= s.start < r.evidence[1]]


def round_features(rounds: list[DealMention], a: str, b: str) -> dict[str, float]:
    """The pair (a, b)'s place in the sentence's rounds."""
    f: dict[str, float] = {}
    for r in rounds:
        givers = set(r.givers)
        gives = (a in givers) + (b in givers)
        if not gives:
            continue
        if gives == 2:
            f["rnd:gg"] = 1.0
    return f
