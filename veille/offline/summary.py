"""Extractive summary and "why it matters", in the article's own language.

Decision: offline there is no translation and no generation, so both are sentences copied
from the article: the lead (plus the most informative early sentence) for the summary, and
a sentence carrying a significance cue ("the largest", "illustre", "größte"...) for why it
matters. Honest and verifiable: every word is in the source.
"""

from __future__ import annotations

import re
from functools import cache

from veille import foldscan
from veille.offline.sentences import Sentence

SUMMARY_CHARS = 420
SIGNIFICANCE = (
    r"largest",
    r"biggest",
    r"first",
    r"record",
    r"pattern",
    r"strategy",
    r"underscor\w*",
    r"signals?",
    r"marks?",
    r"highlights?",
    r"illustrat\w*",
    r"reflects?",
    r"boom",
    r"plus (?:gros|grand|important)e?s?",
    r"premi(?:er|ère)",
    r"record",
    r"illustre",
    r"s['’]inscrit",
    r"stratégie",
    r"tendance",
    r"colossal",
    r"größte\w*",
    r"erste\w*",
    r"rekord\w*",
    r"strategie",
    r"mayor(?:es)?",
    r"primer[oa]?",
    r"récord",
    r"estrategia",
    r"maior(?:es)?",
    r"primeir[oa]",
    r"estratégia",
    r"più grande",
    r"prim[oa]",
    r"strategia",
)


@cache
def _significance_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(SIGNIFICANCE)})(?!\w)", re.I)


def _score(s: Sentence, weights: dict[int, float]) -> float:
    return weights.get(s.index, 0.0) - 0.15 * s.index


def summarise(sentences: list[Sentence], weights: dict[int, float]) -> tuple[str, str]:
    """(summary, why_it_matters); `weights` scores sentences (orgs, amounts, deals)."""
    if not sentences:
        return "", ""
    lead = sentences[0]
    chosen = [lead]
    rest = sorted(sentences[1:6], key=lambda s: -_score(s, weights))
    if rest and len(lead.text) < SUMMARY_CHARS and _score(rest[0], weights) > 0:
        chosen.append(rest[0])
    chosen.sort(key=lambda s: s.index)
    summary = " ".join(s.text for s in chosen)
    taken = {s.index for s in chosen}
    candidates = [s for s in sentences if s.index not in taken]
    # the best-scored cued sentence, else the best-scored one (the first on ties, as `max`):
    # read best first, so the re.I cue scan stops at the first cued sentence
    ranked = sorted(candidates, key=lambda s: -_score(s, weights))
    cue = _significance_re()
    why = next(
        (s.text for s in ranked if foldscan.found(cue, s.text)), ranked[0].text if ranked else ""
    )
    return summary, why
