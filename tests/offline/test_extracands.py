"""Session-4 candidate sources of the re-ranker: anaphor parties and inferred parties.
Sentences and unknown company names are made up for the tests."""

from __future__ import annotations

from veille.offline.engine import enrich, rule_view
from veille.offline.inferred import inferred_parties
from veille.offline.orgs import find_orgs
from veille.offline.rerankfeatures import candidates
from veille.schema import ArticleInput

ANAPHOR_TEXT = (
    "Mistral AI raised €1.7 billion from ASML. Separately, Scaleway expanded its data centres "
    "in France. The company also signed a partnership with Orange."
)


def test_an_anaphor_pairs_the_previous_subject_with_the_named_party() -> None:
    view, _, _ = rule_view(
        ArticleInput(article_id="t", title="Mistral AI raises €1.7 billion", text=ANAPHOR_TEXT)
    )
    crossed = [c for c in candidates(view) if "xsent" in c.features]
    assert ("Scaleway", "Orange") in {c.parties for c in crossed}
    pair = next(c for c in crossed if c.parties == ("Scaleway", "Orange"))
    assert pair.features["xsent:chain"] == 1.0 and pair.features["xana:noun"] == 1.0
    # the article's main subject is paired implicitly already, never through an anaphor
    assert all(c.parties[1] != "Mistral AI" for c in crossed)


def test_a_pronoun_far_from_the_sentence_start_is_no_subject() -> None:
    text = (
        "Scaleway expanded its data centres in France. Orange, which has long been a customer "
        "and says it values the service, signed a partnership with Iliad."
    )
    article = ArticleInput(article_id="t", title="Orange and Iliad sign a partnership", text=text)
    view, _, _ = rule_view(article)
    assert view.main != "Scaleway"  # so that Scaleway may only come through the anaphor
    assert not [c for c in candidates(view) if "xana:pronoun" in c.features]


def test_an_unknown_name_after_a_deal_verb_is_inferred_everywhere_it_occurs() -> None:
    text = (
        "Le groupe a annoncé le rachat de l'organisateur de concerts Zoltrix pour un montant non "
        "communiqué. Zoltrix compte 40 salariés. Il veut aussi investir dans Paris."
    )
    found = inferred_parties(text, find_orgs(text))
    assert [(m.name, m.kind, m.known) for m in found] == [("Zoltrix", "other", False)] * 2
    assert [m.start for m in found] == [text.index("Zoltrix"), text.rindex("Zoltrix")]


def test_inferred_names_are_candidates_only_never_reported_organisations() -> None:
    text = "Orano annonce le rachat de l'organisateur de concerts Zoltrix pour 30 millions d'euros."
    article = ArticleInput(article_id="t", title="", text=text)
    view, _, _ = rule_view(article)
    assert "Zoltrix" in view.inferred
    inferred = [c for c in candidates(view) if "inferred" in c.features]
    assert {frozenset(c.parties) for c in inferred} == {frozenset({"Orano", "Zoltrix"})}
    assert "Zoltrix" not in {o.name for o in enrich(article).organizations}
