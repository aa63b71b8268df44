"""The engine's fast paths answer exactly like the plain patterns they replace.

Each fast path (a gate before an expensive pattern, a pattern split in two) is compared with
its reference on crafted sentences and on hypothesis-generated ones built from the words that
matter to it (verbs, names, articles, goods, spaces, punctuation)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veille.cuegate import CueGate, finditer, plan
from veille.offline import orgcontext, orgs  # noqa: F401 (orgs: the gazetteer's member)
from veille.offline.clausepairs import _buys_party_re, buys_party
from veille.offline.orgscan import ORGS
from veille.offline.sentences import split_sentences

PARTIES = ("Grob Aircraft", "Informatica", "Nvidia", "the Trade Desk", "AT&T", "Ab")
BUY_WORDS = (
    "buy", "Buys", "bought", "acquiring", "racheter", "rachètera", "achète", "übernimmt",
    "compra", "comprou", "adquirir", "acquistare", "rilevato", "buyback",
)  # fmt: skip
FILLER = (
    "the", "The", "l'", "d’", "chips", "GPUs", "shares", "stake", "-", ",", ".", "for", "of",
    "Grob", "Aircraft", "Informatica", "Nvidia", "Trade", "Desk", "AT&T", "Ab", "Abc", "ab",
)  # fmt: skip
SPACES = (" ", "  ", "\n", "", "\u00a0")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Meta agreed to buy Grob Aircraft for $2 billion.", True),
        ("Meta agreed to buy Nvidia chips worth $2 billion.", False),
        ("Le groupe va racheter l'Informatica pour 8 milliards.", True),
        ("They will buy the Trade Desk.", True),
        ("They will buy  the   Trade Desk shares.", False),
        ("a buyback of Nvidia", False),
        ("to co-buy Nvidia", False),
        ("Informatica was bought by Salesforce.", False),
        ("It bought\nInformatica-like assets", False),
    ],
)
def test_buys_party_crafted(body: str, expected: bool) -> None:
    assert buys_party(body, PARTIES) is expected
    assert bool(_buys_party_re(PARTIES).search(body)) is expected


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(BUY_WORDS + FILLER), st.sampled_from(SPACES)),
        min_size=1,
        max_size=12,
    ),
    st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3).map(tuple),
)
def test_buys_party_same_as_whole_pattern(words: list[tuple[str, str]], chosen: tuple) -> None:
    body = "".join(word + space for word, space in words)
    assert buys_party(body, chosen) == bool(_buys_party_re(chosen).search(body))


def test_buys_party_empty_name_falls_back() -> None:
    assert buys_party("to buy it", ("",)) == bool(_buys_party_re(("",)).search("to buy it"))


# --- veille/cuegate.py: many patterns, tried only where they can start -------------

CRAFTED = (
    r"(?<![\w-])(?:ab|abc|a b)\s+(?P<name>[A-Z]\w*)",  # cued, keys sharing prefixes
    r"(?<![\w'’-])(?:l['’]|la\s*)(?P<name>[a-z]+)",  # cued, keys overlapping the next word
    r"(?<!\w)(?:b|ba)?(?:a|-)+x",  # cued, optional and repeated parts
    r"(?<!\w)(?:a?)*b",  # whole: a repeated part that may match nothing (keys cut at "")
    r"(?<=\w)-(?:ab|b)\s(?P<name>\w+)",  # keyed: no word-start lookbehind
    r"(?P<name>[A-Z]\w*),\s+(?:the|a)\s+\w+",  # gated: opens on a name
    r"\d+\s*ab",  # keyed: a digit then "ab" (any digit)
    r"(?i)(?<!\w)ab",  # cued, IGNORECASE: its keys are read in any case
    r"(?<![\w-])[^\s]b",  # whole: a negated class first
    r"(?<!\w)(?:a|the)(?=\s+b)\w*\s+\w",  # cued on what a lookahead spells ("a b")
    r"(?i)(?<!\w)(?:[h-j]s|k\d|ss)\d",  # IGNORECASE classes, digits and folded letters
    # an alternation, planned branch by branch: cued, keyed and gated
    r"(?:(?<![\w-])ab\s+(?P<n0>[A-Z]\w*))|(?:x-(?P<n1>\w+))|(?P<n2>[A-Z]\w*-the)",
)
ALPHABET = "ab xAB-'’\n\t\u00a0lé,1.the-hIJsSkK\u212a\u017f\u0131\u0130\u00df\u1e9e\u0663"


def _spans(matches: list) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


@cache
def _crafted_gate() -> CueGate:
    return CueGate(tuple(re.compile(p) for p in CRAFTED))


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_cuegate_same_as_finditer_on_crafted_patterns(text: str) -> None:
    gate = _crafted_gate()
    for pattern, matches in zip(gate.patterns, gate.finditer_all(text), strict=True):
        assert _spans(matches) == _spans(list(pattern.finditer(text))), pattern.pattern


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_cuegate_window_same_as_finditer(text: str, pos: int, endpos: int) -> None:
    gate = _crafted_gate()
    got = gate.finditer_all(text, pos, endpos)
    for pattern, matches in zip(gate.patterns, got, strict=True):
        assert _spans(matches) == _spans(list(pattern.finditer(text, pos, endpos)))


def test_cuegate_plans_each_kind() -> None:
    plans = [plan(re.compile(p)) for p in CRAFTED]
    kinds = [
        "whole" if p.whole else "+".join(k for k in ("cued", "keyed", "gate") if getattr(p, k))
        for p in plans
    ]
    assert kinds == [
        "cued", "cued", "cued", "whole", "keyed", "gate", "keyed", "cued", "whole",
        "cued", "cued", "cued+keyed+gate",
    ]  # fmt: skip


ORG_WORDS = (
    "analysts at", "Analysts at", "former", "ex-", "of", "by", "from", "according to the",
    "selon", "l'américain", "la barcelonesa", "dell'austriaca", "zu", "gehört", "partnership with",
    "accord avec", "Softwareanbieters", "US-Videoplattform", "London-based", "Kantonalbank",
    "Zürcher", "Gesamtbank", "rachetée en mai pour", "acquired by", "the Swedish defence group",
    "a maker", "that", "sell the unit to", "for", "paid", "pour", "clients such as", "dont",
    "including", "parent of", "its subsidiary", "sa filiale", "and", "et", "y", ",", ".",
    "Brontec", "Quellwerk Auto", "Grob Aircraft", "X", "de la", "Banque", "Nvidia",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(ORG_WORDS), st.sampled_from(SPACES)), min_size=1, max_size=25
    )
)
def test_orgs_family_gate_same_as_finditer(words: list[tuple[str, str]]) -> None:
    text = "".join(word + space for word, space in words)
    gate = ORGS.gate()  # orgcontext's, orgcues's, orgunknown's patterns, the gazetteer's
    for pattern, matches in zip(gate.patterns, gate.finditer_all(text), strict=True):
        assert _spans(matches) == _spans(list(pattern.finditer(text))), pattern.pattern


def test_orgs_family_gate_on_fixture_articles(shared_dir: Path) -> None:
    texts = [
        json.loads(line)["text"]
        for path in (shared_dir / "eval/dev/articles.jsonl", shared_dir / "seed/article.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    gate = ORGS.gate()  # orgcontext's, orgcues's, orgunknown's patterns, the gazetteer's
    assert texts
    for text in texts:
        for pattern, matches in zip(gate.patterns, gate.finditer_all(text), strict=True):
            assert _spans(matches) == _spans(list(pattern.finditer(text)))


DEAL_WORDS = (
    "partnership", "partnerships", "acquisition", "deal", "this deal", "accord", "rachat",
    "contract", "Partnerschaft", "investment", "invests", "stake", "licensing", "license",
    "compute", "cloud", "supply", "supplies", "merger", "joint venture", "ce partenariat",
)  # fmt: skip


def _single_patterns() -> list[re.Pattern[str]]:
    from veille.money import elided
    from veille.offline import clauses, dealtype, inferred, orgunknown, pairfeatures, roles
    from veille.offline.parties import _marker_re as parties_marker_re
    from veille.offline.roundcues import follow_re, loan_re, marker_re, raise_re

    return [
        raise_re(),  # session 11: round cues and markers through their gates
        loan_re(),
        marker_re(),
        follow_re(),
        parties_marker_re(),
        pairfeatures._unreal_lower_re(),  # session 10: article scans now gated
        pairfeatures.rivals_re(),
        elided._bare_re(),
        elided._paid_re(),
        inferred._object_re(),
        dealtype._cue_re(True),
        dealtype._cue_re(False),  # IGNORECASE
        orgcontext._institution_re(),
        orgunknown._context_re(),
        orgunknown.descriptor_re(),
        orgunknown._list_re(),
        clauses._rejection_re(),
        roles._role_re()[0],
    ]


def test_single_pattern_gates_on_fixture_articles(shared_dir: Path, fixtures_dir: Path) -> None:
    paths = [shared_dir / "eval/dev/articles.jsonl", fixtures_dir / "heldout_s6/articles.jsonl"]
    texts = [
        json.loads(line)["text"]
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(texts) > 20
    for pattern in _single_patterns():
        for text in (*texts, *(t.lower() for t in texts)):
            assert _spans(finditer(pattern, text)) == _spans(list(pattern.finditer(text)))
            for s in split_sentences(text):  # windows, as money roles read them
                expected = list(pattern.finditer(text, s.start, s.end))
                assert _spans(finditer(pattern, text, s.start, s.end)) == _spans(expected)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(ORG_WORDS + BUY_WORDS + DEAL_WORDS), st.sampled_from(SPACES)),
        min_size=1,
        max_size=25,
    )
)
def test_single_pattern_gates_same_as_finditer(words: list[tuple[str, str]]) -> None:
    text = "".join(word + space for word, space in words)
    for pattern in _single_patterns():
        assert _spans(finditer(pattern, text)) == _spans(list(pattern.finditer(text)))


# --- veille/offline/terms.py: status and duration through the gates ------------------------

TERM_WORDS = (
    "five-year", "18 months", "sur cinq ans", "triennale", "biennial", "2031 years", "dreijährig",
    "called off", "cancelled", "completed", "closed the", "subject to", "pending", "reportedly",
    "would", "in talks", "devrait", "a finalisé", "two", "years", "mois", "ans", "Jahre", "-",
)  # fmt: skip


def _status_reference(text: str) -> str:
    from veille.offline import terms

    for status, regex in terms._status_res():
        if regex.search(text):
            return status
    return "announced"


def _duration_reference(text: str) -> int | None:
    from veille.offline import terms

    adjective = terms._adjective_re().search(text)
    for m in terms._duration_re().finditer(text):
        if adjective and adjective.start() < m.start():
            break
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else terms.NUMBER_WORDS[raw]
        if raw.isdigit() and n > 100:
            continue
        months = n if re.match(terms.MONTH_WORDS, m["u"], re.I) else n * 12
        return months if months > 0 else None
    return terms.ADJECTIVES[adjective[1].lower()] if adjective else None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(TERM_WORDS + FILLER), st.sampled_from(SPACES)),
        min_size=1,
        max_size=15,
    )
)
def test_terms_same_as_plain_patterns(words: list[tuple[str, str]]) -> None:
    from veille.offline.terms import deal_status, duration_months

    text = "".join(word + space for word, space in words)
    assert deal_status(text) == _status_reference(text)
    assert duration_months(text) == _duration_reference(text)
