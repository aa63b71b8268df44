"""Session 8 (amounts): the second verb of one subject opens a clause of its own, so an
amount of the first verb is not the deal of the second. Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.offline.clauses import clauses
from veille.offline.engine import rule_deals, rule_view
from veille.offline.rerankfeatures import candidates
from veille.offline.sentences import split_sentences
from veille.schema import ArticleInput


def _clause_texts(text: str) -> list[str]:
    s = split_sentences(text)[0]
    return [text[lo:hi].strip() for lo, hi in clauses(text, s)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Tarsa Data has raised $3.2 billion of debt and signed Halder Cloud as its tenant.",
            "signed Halder Cloud as its tenant.",
        ),
        (
            "Orsay a déboursé 6 milliards pour Velm et s'est engagé à reprendre Kolvar.",
            "s'est engagé à reprendre Kolvar.",
        ),
    ],
)
def test_a_second_verb_opens_a_clause(text: str, second: str) -> None:
    assert _clause_texts(text)[-1].endswith(second)
    assert len(_clause_texts(text)) == 2


def test_a_coordinated_noun_is_no_second_verb() -> None:
    assert len(_clause_texts("Tarsa Data signed Halder Cloud and Kolvar Systems.")) == 1


def test_the_amount_of_the_first_verb_is_not_the_second_verbs_deal() -> None:
    text = (
        "Orsay Robotics a déboursé 6,5 milliards de dollars pour Velm Systems et s'est engagé "
        "à reprendre la division robotique de Kolvar Industries pour 5,4 milliards de dollars."
    )
    deals = rule_deals(ArticleInput(article_id="t", title="", text=text))
    priced = {(frozenset(d.parties), d.amount_value) for d in deals}
    assert (frozenset({"Velm Systems", "Kolvar Industries"}), 5.4e9) not in priced


def test_the_amountless_twin_of_a_lent_amount_is_marked() -> None:
    """ "X a annoncé l'acquisition de Y. Le montant de l'opération atteint ...": the pair's
    amountless candidate of the first sentence carries `twin:lent`; a pair of a sentence no
    amount is lent to does not."""
    text = (
        "Capgemini a annoncé mardi l'acquisition de Zenthia, une start-up rennaise. Le montant "
        "de l'opération atteint environ 60 millions d'euros.\n\n"
        "Capgemini a aussi signé un partenariat avec Orsay Robotics."
    )
    view, _, _ = rule_view(
        ArticleInput(article_id="t", title="Capgemini rachète Zenthia", text=text)
    )
    marked = {
        frozenset(c.parties)
        for c in candidates(view)
        if c.amount is None and "twin:lent" in c.features
    }
    assert marked == {frozenset({"Capgemini", "Zenthia"})}


def test_a_lent_amount_says_the_rules_read_its_pair_there() -> None:
    """The amountless pair the rules read in the previous sentence (`xamt:ruled`)."""
    text = (
        "Tarsa Data Inc. has ordered six gas turbines from Halder Energy Corp. for its campus. "
        "The order is worth roughly $900 million."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    lent = [c for c in candidates(view) if c.xsentence is not None]
    assert {frozenset(c.parties) for c in lent} == {frozenset({"Tarsa Data", "Halder Energy"})}
    assert all(c.features.get("xamt:ruled") == 1.0 for c in lent)
    # the amount's own sentence states an event ("order") before the amount
    assert all(c.features.get("xcue:event") == 1.0 for c in lent)


def test_a_lent_amount_with_no_cue_before_it_has_no_xcue() -> None:
    text = (
        "Capgemini a annoncé mardi l'acquisition de Zenthia, une start-up rennaise. Selon le "
        "site L'Informé, elle avoisinerait 140 millions d'euros."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    lent = [c for c in candidates(view) if c.xsentence is not None]
    assert lent
    assert not any(k.startswith("xcue:") for c in lent for k in c.features)


def _told(text: str) -> list[bool]:
    title = "Capgemini lands its first customer for its AI cloud"
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    return [c.told for c in candidates(view) if c.xsentence is not None]


def test_a_lent_deal_value_after_an_event_is_told() -> None:
    """The amount's sentence states an event before a deal value, and one pair with the
    article's subject can take it: kept at the threshold (`dealnouns.told`)."""
    text = (
        "Capgemini opened its first AI data centre in Lyon this year. The first customer is "
        "Mistral AI. The start-up has agreed to pay about $340 million over five years for "
        "dedicated capacity."
    )
    assert _told(text) == [True]


def test_a_lent_amount_without_an_event_before_it_is_not_told() -> None:
    text = (
        "Capgemini opened its first AI data centre in Lyon this year. The first customer is "
        "Mistral AI. That is about $340 million over five years, according to analysts."
    )
    assert _told(text) in ([], [False])
