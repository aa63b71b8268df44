"""Session-5 re-ranker features, on made-up sentences: names masked in the word features,
and deals stated without their amount."""

from __future__ import annotations

import pytest

from veille.offline.clauses import undisclosed_re
from veille.offline.engine import rule_view
from veille.offline.rerankfeatures import Tokens, candidates
from veille.offline.sentences import Sentence
from veille.schema import ArticleInput


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightwave bought the start-up last spring for an undisclosed sum.",
        "The financial terms of the partnership were never published.",
        "Le groupe a racheté la jeune pousse pour un montant non communiqué.",
        "Il a investi dans deux start-up, sans en dévoiler les montants.",
        "Über den Kaufpreis wurde Stillschweigen vereinbart.",
        "La compañía compró la plataforma por un importe no revelado.",
        "A empresa adquiriu a rival por um valor não revelado.",
        "Il gruppo ha rilevato la società senza rivelare il prezzo.",
    ],
)
def test_an_amount_said_to_be_undisclosed_in_six_languages(sentence: str) -> None:
    assert undisclosed_re().search(sentence)


def test_a_disclosed_amount_is_not_undisclosed() -> None:
    assert not undisclosed_re().search("Brightwave paid $40 million for the start-up in cash.")


def test_tokens_read_each_party_as_one_org_word_at_the_same_offsets() -> None:
    text = "Orvane will sell chips to Kestrel Systems, Dunmore and Pelt for 5 billion."
    s = Sentence(0, len(text), text, 0, 0)
    spans = [(0, 6), (26, 41), (43, 50), (55, 59)]
    toks = Tokens(text, s, spans)
    assert toks.between(6, 43) == ["will", "sell", "chips", "to", "_org_"]
    assert toks.between(41, 55) == ["_org_", "and"]
    assert toks.between(59, len(text)) == ["for", "5", "billion"]


def test_tokens_keep_offsets_when_lower_casing_changes_a_length() -> None:
    text = "İstanbul-based Orvane bought Pelt."
    s = Sentence(0, len(text), text, 0, 0)
    toks = Tokens(text, s, [(15, 21), (29, 33)])
    assert toks.between(21, 29) == ["bought"]


def test_pair_features_name_no_company_and_flag_an_undisclosed_amount() -> None:
    text = (
        "Corvant Systems and Halder Capital said on Monday they had acquired Belmora Networks,"
        " a software maker, for an undisclosed sum."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="Corvant buys Belmora", text=text))
    pairs = [c for c in candidates(view) if c.sentence is not None and len(c.parties) == 2]
    assert len({frozenset(c.parties) for c in pairs}) == 3, "three companies, three pairs"
    for c in pairs:
        assert not any(n in k for n in ("corvant", "halder", "belmora") for k in c.features)
        assert c.amount is not None or c.features.get("undisc:noamt") == 1.0


def test_an_anaphor_of_the_main_subject_places_it_in_the_sentence() -> None:
    text = (
        "Corvant Systems raised $40 million from Halder Capital on Monday.\n\n"
        "The company also bought Belmora Networks, a software maker, for $12 million."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="Corvant Systems", text=text))
    assert view.main == "Corvant Systems"
    second = view.sentences[-1]
    pairs = [c for c in candidates(view) if c.sentence is second and "Corvant Systems" in c.parties]
    assert pairs, "the main subject pairs with the company it bought"
    for c in pairs:
        assert c.features.get("xmain") == 1.0 and "implicit" not in c.features
        assert c.features.get("gw:also") == 1.0  # the gap starts at "The company", not the title


def _publisher_pairs(text: str) -> list[frozenset[str]]:
    view, mentions, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    media = {m.name for m in mentions if m.kind == "media"}
    assert media, "the gazetteer knows the publisher"
    return [
        frozenset(c.parties)
        for c in candidates(view)
        if media & set(c.parties) and c.features.get("outsider") == 1.0
    ]


def test_a_publisher_is_a_candidate_party_beside_an_event() -> None:
    text = "The New York Times has signed a multi-year agreement with Anthropic on Monday."
    assert frozenset({"The New York Times", "Anthropic"}) in _publisher_pairs(text)


def test_a_publisher_quoted_as_a_source_is_no_candidate_party() -> None:
    text = "Anthropic is growing fast, The New York Times reported on Monday."
    assert _publisher_pairs(text) == []
