"""Which clause an amount belongs to, and whether a candidate's parties are that clause's
(session 7).

Why: a sentence that enumerates several deals ("Synopsys a annoncé le rachat d'Ansys pour 35
milliards de dollars, et Cadence s'est offert BETA CAE Systems pour 1,24 milliard", "Accenture
a promis d'investir 3 milliards ..., tandis que Cognizant a racheté Belcan pour 1,3
milliard", "... de Datadog et de Cisco, qui a déboursé 28 milliards de dollars pour s'offrir
Splunk") states each deal in its own clause, with its own subject. The re-ranker's pair and
position features do not see that structure: the right pair scored 0.1-0.2 while a pair of
the other clause, or a rules' mention whose parties the amount's clause does not name (the
article's main subject, a party of an earlier sentence), scored 0.5-0.9.

Decisions:
- Clauses are `clauses.clauses` (the rules' breaks: "; ", ", and", ", tandis que", ", while",
  a leading subordinate clause ...) plus a relative clause after a party ("X, qui a
  déboursé", "X, which", "X, die", "X, che", and "X, que" in es/pt, where it is a subject):
  its subject is that party, the antecedent.
- A clause's subject is its first party (after an opening phrase ending in a comma) that no
  preposition introduces, reached within `SUBJECT_WORDS` words of the clause's start (or of
  the comma closing its opening phrase) with no event cue before it, with the parties
  coordinated with it ("Microsoft and Nvidia will invest"). No parser: a light reading of
  the text, the same in the six languages.
- A candidate's fit to its amount's clause: `s<n>` (a subject of the clause is a party, n
  parties in the clause), `x<n>` (the clause has a subject that is no party), `n<n>` (no
  subject found).
- Shipped as selection rules only (`rerank.select` skips `foreign` candidates): a rules'
  mention no pair of its sentence stands for whose amount's clause has another subject
  (`DROP_FOREIGN`), and, in a sentence of several clauses, a pair outside its amount's clause
  when the clause's subject makes a pair there (`DROP_OUTSIDE`). The model's weights do not
  change, so no set moves but through these drops: hard-set mean 0.707 -> 0.711 with the
  rules' trailing relative clause (deals.py), dev 0.944 -> 0.959, no row down. The same fits
  as model features (`PAIR_FEATURES`, `RULE_FEATURES`: `cf:*`, `rcf:*`, or one `cf:own`)
  raised the target pairs but moved the retrained weights elsewhere: 0.708-0.712 with two
  or three sets down by 0.015-0.03 (docs/offline-engine.md, session 7).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from veille.offline.clauses import clauses
from veille.offline.dealtype import Cue
from veille.offline.mention import DealMention
from veille.offline.orgnames import OrgMention
from veille.offline.rerankview import ArticleView, Candidate, Features
from veille.offline.sentences import Sentence

SUBJECT_WORDS = 3  # words between a clause's start (or its opening phrase) and its subject
# What is used (session 7, measured by `train_deals --check`; see docs/offline-engine.md):
PAIR_FEATURES = ""  # the pairs' clause features: "" (none), "all" (cf:*) or "own" (cf:own)
RULE_FEATURES = False  # the same on the rules' own mentions (rcf:*)
DROP_FOREIGN = True  # a rules' mention whose amount's clause has another subject: dropped
DROP_OUTSIDE = True  # a pair outside its amount's clause, another pair owning it: dropped

_PREPOSITION = re.compile(
    r"(?<![\w'’])(?:of|with|from|in|into|to|at|for|by|on|behind|between|like|including|as|"
    r"according|after|before|since|against|among|under|via|"
    r"de|du|des|d['’]|à|au|aux|avec|dans|en|chez|pour|par|sur|auprès|comme|dont|selon|"
    r"après|avant|depuis|contre|entre|parmi|sous|"
    r"von|vom|mit|bei|für|zu|zum|zur|an|am|durch|über|wie|laut|nach|seit|gegen|unter|"
    r"con|para|por|del|al|a|sobre|como|según|tras|desde|hacia|"
    r"di|dal|della|dello|dei|per|da|su|tra|fra|secondo|dopo|"
    r"com|do|dos|da|das|na|no|nas|nos|em|pelo|pela|pelos|pelas|segundo|junto|nel|nella)"
    r"(?![\w'’])",
    re.I,
)
_WORD = re.compile(r"[\w'’-]+")
_RELATIVES = r"qui|which|who|die|der|das|che|il quale|la quale|el cual|la cual|o qual|a qual"


@cache
def _relative_re(lang: str) -> re.Pattern[str]:
    """A relative pronoun after a comma: "Cisco, qui a déboursé", "Splunk, which had raised";
    "que" only where it is a subject (es, pt), not French "que" (an object)."""
    words = f"{_RELATIVES}|que" if lang in ("es", "pt") else _RELATIVES
    return re.compile(rf",\s+(?:{words})\b\s*", re.I)


@dataclass(frozen=True)
class ClauseMap:
    """One sentence's clauses (text offsets) and each clause's subject (party names)."""

    bounds: tuple[tuple[int, int], ...]
    subjects: tuple[tuple[str, ...], ...]  # several when coordinated ("X and Y will invest")

    def index(self, position: int) -> int:
        for i, (_lo, hi) in enumerate(self.bounds):
            if position < hi:
                return i
        return len(self.bounds) - 1


_INHERIT = "\x00"  # a clause resumed after a relative one: the enclosing clause's subject


def _relative_splits(
    text: str, bounds: list[tuple[int, int]], orgs: Sequence[OrgMention], lang: str
) -> list[tuple[int, int, str | None]]:
    """The clauses cut again after a party followed by a relative pronoun, up to the next
    comma ("OpenAI, qui revendique 800 millions d'utilisateurs, multiplie ..."): each as
    (start, end, subject given by the structure: the antecedent, `_INHERIT`, or None)."""
    out: list[tuple[int, int, str | None]] = []
    for lo, hi in bounds:
        cursor, given = lo, None
        for m in _relative_re(lang).finditer(text, lo, hi):
            if m.start() < cursor:
                continue  # inside the previous relative clause
            before = [o for o in orgs if cursor <= o.start and o.end <= m.start()]
            if not before or text[before[-1].end : m.start()].strip(' )»"”'):
                continue  # no party right before the comma: not an org's relative clause
            out.append((cursor, m.start(), given))
            close = text.find(", ", m.end(), hi)
            end = close if close >= 0 else hi
            out.append((m.end(), end, before[-1].name))
            cursor, given = (end + 2, _INHERIT) if close >= 0 else (hi, None)
        if cursor < hi:
            out.append((cursor, hi, given))
    return out


def _subject(
    text: str, lo: int, hi: int, orgs: Sequence[OrgMention], cues: Sequence[Cue]
) -> tuple[str, ...]:
    for i, m in enumerate(orgs):
        if not lo <= m.start < hi:
            continue
        comma = text.rfind(", ", lo, m.start)
        head = comma + 2 if comma >= 0 else lo
        gap = text[head : m.start]
        if gap.startswith(("A ", "a ")) and head == lo:
            gap = gap[2:]  # "A Start Campus": the Portuguese article
        if _PREPOSITION.search(gap) or len(_WORD.findall(gap)) > SUBJECT_WORDS:
            continue
        if any(lo <= c.start < m.start and c.strength == "event" for c in cues):
            return ()
        return _coordinated(text, orgs[i:], hi)
    return ()


_JOINED = re.compile(r"\s*(?:,|&|and|et|und|y|e|or|ou|oder|o)?\s*(?:and|et|und|y|e)?\s*", re.I)


def _coordinated(text: str, orgs: Sequence[OrgMention], hi: int) -> tuple[str, ...]:
    """The subject and the parties coordinated with it ("Microsoft and Nvidia will invest")."""
    names = [orgs[0].name]
    for prev, m in pairwise(orgs):
        if m.start >= hi or _JOINED.fullmatch(text, prev.end, m.start) is None:
            break
        names.append(m.name)
    return tuple(names)


@cache
def _colon_re() -> re.Pattern[str]:
    return re.compile(r"\s?:\s")


def _with_colons(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "multiplie ces engagements : la société a déjà promis ...": a colon opens a clause."""
    out = []
    for lo, hi in bounds:
        cursor = lo
        for m in _colon_re().finditer(text, lo, hi):
            out.append((cursor, m.start()))
            cursor = m.end()
        out.append((cursor, hi))
    return out


def clause_map(
    text: str, s: Sentence, orgs: Sequence[OrgMention], cues: Sequence[Cue], lang: str
) -> ClauseMap:
    """The sentence's clauses and subjects; `orgs` are its parties in text order (anaphor
    pseudo-mentions included: "Le groupe a racheté X" has the main subject as its subject).
    Memoised on its (frozen) arguments: the amounts' pass (`sentence_pass`) and the
    amountless pairs' pass (`noamtclause.clause_pass`) ask for the same sentence's map."""
    return _clause_map(text, s, tuple(orgs), tuple(cues), lang)


@lru_cache(maxsize=32)
def _clause_map(
    text: str, s: Sentence, orgs: tuple[OrgMention, ...], cues: tuple[Cue, ...], lang: str
) -> ClauseMap:
    segments = _relative_splits(text, _with_colons(text, clauses(text, s)), orgs, lang)
    subjects: list[tuple[str, ...]] = []
    for i, (lo, hi, given) in enumerate(segments):
        if given == _INHERIT:
            subjects.append(subjects[i - 2])
        else:
            subjects.append((given,) if given else _subject(text, lo, hi, orgs, cues))
    return ClauseMap(tuple((lo, hi) for lo, hi, _ in segments), tuple(subjects))


def fit_features(
    cmap: ClauseMap, amount: int, parties: Sequence[tuple[str, int]], prefix: str = "cf"
) -> dict[str, float]:
    """How the parties (name, position of the mention; -1 when not in the sentence) sit in
    the clause of the amount at `amount` (see the module docstring)."""
    i = cmap.index(amount)
    lo, hi = cmap.bounds[i]
    subject = cmap.subjects[i]
    inside = {name for name, at in parties if lo <= at < hi or name in subject}
    n = min(len(inside), 2)
    if not subject:
        return {f"{prefix}:n{n}": 1.0}
    return {f"{prefix}:{'s' if inside.intersection(subject) else 'x'}{n}": 1.0}


def _outside(fit: dict[str, float]) -> bool:
    """Both parties outside the amount's clause, or one of them while the clause's own
    subject is no party (`x0`, `x1`)."""
    return any(k.endswith(("x0", "x1")) for k in fit)


def rule_pass(view: ArticleView, d: DealMention, s: Sentence | None, f: Features) -> bool:
    """For a rules' mention with an amount that no pair of its sentence stands for: its
    clause features (`RULE_FEATURES`, added to `f`), and whether it is `foreign` (dropped by
    `rerank.select`): the amount's clause has a subject that is none of its parties (an
    earlier pair of the article given "..., tandis que X a racheté Y pour 1,3 milliard").
    Over every gold set, 3 such mentions, none right."""
    if d.amount is None or s is None or not s.start <= d.amount.start < s.end:
        return False
    inside = [m for m in view.parties if s.start <= m.start < s.end]
    near = [c for c in view.cues if s.start <= c.start < s.end]
    cmap = clause_map(view.text, s, inside, near, view.lang)
    at = [(m.name, m.start) for m in inside if m.name in d.parties]
    fit = fit_features(cmap, d.amount.start, at, "rcf")
    if RULE_FEATURES:
        f.update(fit)
    return DROP_FOREIGN and any(k.startswith("rcf:x") for k in fit)


def sentence_pass(
    view: ArticleView,
    s: Sentence,
    orgs: Sequence[OrgMention],
    near: Sequence[Cue],
    found: Sequence[Candidate],
) -> None:
    """A sentence's pair candidates, in a sentence of several clauses: their clause features
    (`PAIR_FEATURES`) and (`DROP_OUTSIDE`) the pairs outside their amount's clause when the
    clause's subject makes a pair with a party of the clause ("Synopsys ... pour 35
    milliards, et Cadence s'est offert BETA CAE ...": Cadence with BETA CAE is no pair of the
    35 billion, Synopsys with Ansys is) marked `foreign`. `orgs` are the sentence's parties
    (pseudo-mentions included, not the implicit main subject)."""
    cmap = clause_map(view.text, s, orgs, near, view.lang)
    if len(cmap.bounds) < 2:
        return
    named = [*(m for m in view.parties if s.start <= m.start < s.end), *orgs]
    fits = {}
    for c in found:
        if c.amount is not None:
            at = [(m.name, m.start) for m in named if m.name in c.parties]
            fits[id(c)] = fit = fit_features(cmap, c.amount.start, at)
            if PAIR_FEATURES == "all":
                c.features.update(fit)
            elif PAIR_FEATURES == "own" and "cf:s2" in fit and cmap.index(c.amount.start):
                c.features["cf:own"] = 1.0
    # not through an anaphor resolved to an earlier sentence's party ("xsent"): less sure
    owned = {c.amount.start for c in found if c.amount and _owns(fits[id(c)], c.features)}
    for c in found:
        if DROP_OUTSIDE and c.amount and c.amount.start in owned and _outside(fits[id(c)]):
            c.foreign = True


def _owns(fit: dict[str, float], features: Features) -> bool:
    return "cf:s2" in fit and "xsent" not in features
