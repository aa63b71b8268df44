"""Cross-sentence amount candidates for the re-ranker: a deal stated in one sentence, its
amount in a neighbouring one that names no second party (session 6).

Why: the largest class of gold deals with no candidate on the hard sets (`python -m
veille.devtools.recall`, class `amount`) is a deal whose parties and amount are never in one
sentence, which the one-sentence pairs of `rerankfeatures` cannot join:
- the amount after the event: "X a annoncé l'acquisition de Y, ... . Le montant de
  l'opération atteint environ 60 millions d'euros", "... has ordered turbines from Y. The
  order is worth roughly $900 million", "Le client, Y, louera des capacités ... . Il versera
  1,6 milliard de dollars";
- the amount before its parties: a round stated with its recipient alone ("X a annoncé une
  levée de 4,5 milliards de couronnes") and its investors in the next sentence ("Le tour de
  table est mené par Y, aux côtés de Z"); "X has agreed to supply ... worth up to £1.4
  billion. Its customer is Y."

Decisions:
- Only an amount whose own sentence names at most one party is lent to a neighbour: with two
  parties it already has one-sentence pairs, and which of them it belongs to is what the
  one-sentence features judge.
- The amount goes to the pairs of the nearest earlier sentence with a pair (up to two
  sentences back, same or previous paragraph) and to those of the next sentence of the same
  paragraph when that sentence has no amount of its own (session 8, second wave: also the
  next sentence across a paragraph, or beside an amount of its own, when it opens on the
  deal, a round or a loan, `xamt:b1p`; and an amount whose sentence names the main subject
  and others goes to the pairs of the main subject in such a next sentence, "X priced $3.2
  billion of notes ..., where Y will run ... . The notes were arranged by Z", `xamt:b1n`).
  No rule decides which pair is
  right: each such candidate keeps its pair's features (gaps, cues, kinds, anaphors) and gets
  the amount's own (`xamt`, direction and distance, the amount's role and the words before
  it, a deal noun or a dual anaphor before the amount, "undisclosed", how many parties the
  amount's sentence names), and the model weighs them; the amount and pair competitions of
  `rerank.select` then keep at most one pair per amount.
- A pair and amount the rules already joined are not repeated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from veille import foldscan
from veille.offline import cues, dealnouns
from veille.offline.clauses import undisclosed_in
from veille.offline.parties import anaphor_re, dual_re
from veille.offline.rerankview import Tokens

if TYPE_CHECKING:
    from veille.money import MoneySpan
    from veille.offline.orgnames import OrgMention
    from veille.offline.rerankview import ArticleView, Candidate, Features
    from veille.offline.sentences import Sentence

CROSS_AMOUNTS = True  # switch for leave-one-set-out experiments
RULED = True  # session 8
XCUES = True  # session 8
LEAD = 40  # characters of the amount's sentence that say what it is about
BACK = 2  # sentences an amount may follow the pair it is lent to
# session 8, second wave: a round's investors opening the next paragraph ("... has raised $180
# million. // The round was co-led by X and Y"); see `_pair_sentences` (lending a deal-noun
# amount back across paragraphs, "The lease, which X values at", was measured worse)
ACROSS = True
ARRANGED = True  # `_arranged`, `xamt:b1n`: judged mean 0.638 -> 0.645
_DROP = ("noamt", "undisc:noamt", "rule_exact")
Key = tuple[frozenset[str], int]

# what a sentence calls the deal before its amount: "the order is worth", "le montant de
# l'opération", "der Kaufpreis", "el importe", "o valor do negócio", "l'importo"
_NOUNS = (
    *cues.CONTINUATION_CUES,
    *str.split(
        """amount order value lease loan facility bill worth valued montant commande facture
        valeur bail prêt enveloppe betrag auftrag wert importe monto pedido valor importo ordine
        valore somme sum summe suma soma somma"""
    ),
)


# what the next sentence calls a round or a loan it goes on about: "The round was led by",
# "Le tour de table est mené par", "Angeführt wird die Finanzierungsrunde von", "La ronda",
# "A rodada", "Il round", "The notes were arranged by"
_ROUNDS = str.split(
    """round rounds tour levée ronda rodada runde finanzierungsrunde notes bonds emprunt
    anleihe obligations préstamo empréstimo prestito financement financiación financiamento
    finanziamento"""
)


@cache
def _noun_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(_NOUNS)})(?!\w)", re.I)


@cache
def _deal_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join((*_NOUNS, *_ROUNDS))})(?!\w)", re.I)


def _opens_on_deal(view: ArticleView, s: Sentence) -> bool:
    """Whether the sentence's opening words name a deal, a round or a loan."""
    return _deal_re().search(view.text, s.start, min(s.end, s.start + LEAD)) is not None


def _in_sentence(view: ArticleView, s: Sentence) -> list[OrgMention]:
    found = []
    for m in view.parties[bisect_left(view.parties, s.start, key=_start) :]:
        if m.start >= s.end:
            break
        found.append(m)
    return found


def _start(m: OrgMention) -> int:
    return m.start


def _amount_features(
    view: ArticleView,
    x: Sentence,
    amount: MoneySpan,
    role: str,
    toks: Tokens,
    where: str,
) -> Features:
    head = view.text[x.start : amount.start]
    f: Features = {"amt": 1.0, "xamt": 1.0, f"xamt:{where}": 1.0, f"role:{role}": 1.0}
    for w in toks.between(max(x.start, amount.start - 25), amount.start)[-3:]:
        f[f"aw:{w}"] = 1.0
    if foldscan.found(_noun_re(), head):
        f["xamt:noun"] = 1.0
    lead = head[:LEAD]
    if (
        foldscan.found(_noun_re(), lead)
        or anaphor_re().search(lead)
        or foldscan.found(dual_re(), lead)
    ):
        # how the amount's sentence opens says whether it goes on about the deal: "Le prix
        # s'élève à", "The order is worth", "Il versera", "Les deux groupes vont investir",
        # not "Analysts at", "Shares of" (the opening words themselves, `xfw:`, overfitted:
        # hard-set mean 0.665 with them, 0.667 without)
        f["xamt:lead"] = 1.0
    if foldscan.found(dual_re(), head):
        f["xamt:dual"] = 1.0
    subject = dealnouns.subject_features(toks.between(x.start, amount.start)[:4])
    ana = anaphor_re().search(head)
    if ana is not None and ana.start() < 25 and not subject:
        # "Its contract is worth": a possessive of the deal noun, not the company's anaphor
        f["xamt:ana"] = 1.0
    if undisclosed_in(x.text):
        f["xamt:undisc"] = 1.0
    if XCUES:
        f.update(_cue_features(view, x, amount))
    f.update(subject)
    return f


def _cue_features(view: ArticleView, x: Sentence, amount: MoneySpan) -> Features:
    """What the amount's own sentence says happens before it ("has agreed to pay about",
    "estimated the lease at", "The order is worth"; session 8)."""
    f: Features = {}
    for c in view.cues:
        if x.start <= c.start < amount.start:
            f[f"xcue:{c.strength}"] = f[f"xcue:{c.strength}:{c.type}"] = 1.0
    return f


def _pair_sentences(
    view: ArticleView, x: Sentence, pairs: dict[int, list[Candidate]]
) -> list[tuple[int, str]]:
    """The sentences whose pairs may take the amounts of sentence `x`, with the direction."""
    found: list[tuple[int, str]] = []
    for back in range(1, BACK + 1):
        i = x.index - back
        if i < 0 or view.sentences[i].paragraph != x.paragraph:
            break
        if i in pairs:
            found.append((i, f"a{back}"))
            break
    nxt = x.index + 1
    if nxt in pairs and view.sentences[nxt].paragraph == x.paragraph:
        found.append((nxt, "b1"))
    elif ACROSS and nxt in pairs and _opens_on_deal(view, view.sentences[nxt]):
        found.append((nxt, "b1p"))  # "... has raised $180 million. // The round was led by"
    return found


def _index(found: list[Candidate]) -> tuple[dict[int, list[Candidate]], set[Key]]:
    """The amountless pair candidates by sentence, and the (pair, amount) the rules joined."""
    pairs: dict[int, list[Candidate]] = {}
    joined: set[Key] = set()
    for c in found:
        if c.sentence is not None and c.amount is None and "rule_only" not in c.features:
            pairs.setdefault(c.sentence.index, []).append(c)
        r = c.rule
        if r is not None and r.amount is not None:
            joined.add((frozenset(r.parties), r.amount.start))
    return pairs, joined


def _lend(
    pairs: list[Candidate],
    x: Sentence,
    amount: MoneySpan,
    extra: Features,
    named: set[str],
    joined: set[Key],
) -> list[Candidate]:
    out = []
    for c in pairs:
        if (frozenset(c.parties), amount.start) in joined or not named <= set(c.parties):
            # a party of the amount's own sentence outside the pair says the amount is
            # that party's
            continue
        f = {
            k: v for k, v in c.features.items() if k not in _DROP and not k.startswith("rule_type:")
        }
        f.update(extra)
        if RULED and "rule_exact" in c.features:
            f["xamt:ruled"] = 1.0  # the rules read this pair, without an amount, there
        if "xamt:subj" in f:
            # "Its contract is worth ...": the deal told just before is the article's own
            f["xamt:subj:main" if "main" in f else "xamt:subj:nomain"] = 1.0
        out.append(replace(c, amount=amount, rule=None, features=f, xsentence=x))
    return out


def _arranged(
    view: ArticleView, x: Sentence, pairs: dict[int, list[Candidate]]
) -> list[tuple[int, str]]:
    """The next sentence of an amount sentence naming several parties, the main subject
    among them, when it opens on the deal, round or loan (session 8, second wave)."""
    nxt = x.index + 1
    if not (ARRANGED and nxt in pairs and view.main) or not _opens_on_deal(
        view, view.sentences[nxt]
    ):
        return []
    if all(m.name != view.main for m in _in_sentence(view, x)):
        return []
    return [(nxt, "b1n")]


def _may_take(
    view: ArticleView,
    target: int,
    where: str,
    named: bool,
    amounts_of: dict[int, list[tuple[MoneySpan, str]]],
) -> bool:
    """An amount before its pair names its recipient ("X a levé ... . Le tour est mené par
    Y"), and the pair's sentence has no amount of its own, unless it opens on the deal ("La
    operación está liderada por Y, ..., el fondo dotado con 4.000 millones", session 8b)."""
    if where not in ("b1", "b1p"):
        return True
    if not named:
        return False
    if where == "b1p" or target not in amounts_of:
        return True
    return ACROSS and _opens_on_deal(view, view.sentences[target])


def cross_amounts(
    view: ArticleView,
    found: list[Candidate],
    amounts_of: dict[int, list[tuple[MoneySpan, str]]],
) -> list[Candidate]:
    """Candidates pairing the amountless pairs of one sentence with an amount of a
    neighbouring sentence that names at most one party (see the module docstring)."""
    if not CROSS_AMOUNTS:
        return []
    pairs, joined = _index(found)
    out: list[Candidate] = []
    for index, amounts in amounts_of.items():
        x = view.sentences[index]
        mentions = _in_sentence(view, x)
        named = {m.name for m in mentions}
        if len(named) > 1:
            targets = _arranged(view, x, pairs)
        else:
            targets = [
                (target, where)
                for target, where in _pair_sentences(view, x, pairs)
                if _may_take(view, target, where, bool(named), amounts_of)
            ]
        if not targets:
            continue
        toks = Tokens(view.text, x, [(m.start, m.end) for m in mentions])
        for target, where in targets:
            # "X priced $3.2 billion of notes for its campus, where Y will run clusters. The
            # notes were arranged by Z": the pair takes the amount with one of its parties
            need = {m for m in named if m == view.main} if where == "b1n" else named
            for amount, role in amounts:
                extra = _amount_features(view, x, amount, role, toks, where)
                extra[f"xamt:np{min(len(named), 2)}"] = 1.0
                out += _lend(pairs[target], x, amount, extra, need, joined)
    dealnouns.mark_told(out, {i: min(a.start for a, _ in xs) for i, xs in amounts_of.items()})
    return out
