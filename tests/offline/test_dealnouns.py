"""Session-7 deal nouns (veille/offline/dealnouns.py): an amount stated in the next sentence
through a deal noun pointing back at the deal ("Its contract is worth ..."), and an amount
denied to a party of its sentence ("...; el de X no tiene importe público"). Sentences are
written for the tests in the shapes of heldout_s9's misses; the unknown names are made up."""

from __future__ import annotations

from veille.offline.dealnouns import subject_features
from veille.offline.engine import rule_view
from veille.offline.rerank import load_model, select
from veille.offline.rerankfeatures import Candidate, candidates
from veille.schema import ArticleInput


def _candidates(title: str, text: str) -> tuple[list[Candidate], list[Candidate]]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    found = candidates(view)
    return found, select(found, load_model())


def _priced(found: list[Candidate]) -> dict[tuple[frozenset[str], float | None], Candidate]:
    return {(frozenset(c.parties), c.amount.value): c for c in found if c.amount is not None}


def test_a_sentence_opening_on_a_determiner_and_a_deal_noun_is_its_subject() -> None:
    for opening in (
        "its contract is worth",
        "le montant du contrat",
        "das volumen liegt",
        "el contrato con _org_",
        "o valor não foi",
        "the new agreement adds",
    ):
        assert subject_features(opening.split()) == {"xamt:subj": 1.0}, opening
    for opening in ("analysts put the", "the company said", "contract talks began", "its"):
        assert subject_features(opening.split()) == {}, opening


EN = (
    "Kestrel Grid, a data-centre developer, opened its first site near Nairobi on Monday.\n\n"
    "Vodafone has signed on as anchor tenant and will use the site for its own AI services. "
    "{second} about $95 million over seven years, according to a person familiar with it."
)


def test_a_deal_noun_pointing_back_keeps_the_lent_amount_of_the_subjects_only_pair() -> None:
    title = "Kestrel Grid opens its first AI data centre in Kenya"
    found, kept = _candidates(title, EN.format(second="Its contract is worth"))
    lent = _priced(found)[frozenset({"Kestrel Grid", "Vodafone"}), 95_000_000.0]
    assert lent.told and lent.xsentence is not None
    assert lent.features["xamt:subj"] == lent.features["xamt:subj:main"] == 1.0
    assert "xamt:ana" not in lent.features  # "Its contract": no company anaphor
    assert lent in kept


def test_an_amount_about_something_else_is_not_told() -> None:
    title = "Kestrel Grid opens its first AI data centre in Kenya"
    found, kept = _candidates(title, EN.format(second="Analysts put the local market at"))
    lent = _priced(found)[frozenset({"Kestrel Grid", "Vodafone"}), 95_000_000.0]
    assert not lent.told and "xamt:subj" not in lent.features
    assert lent not in kept


FR = (
    "La start-up Lumenor Compute a ouvert jeudi son premier centre de données près de Rouen."
    "\n\nBNP Paribas a réservé pour trois ans une partie de la capacité du site{more}. Le "
    "contrat porterait sur plus de 120 millions d'euros, selon nos informations."
)


def test_a_french_contract_in_the_next_sentence_is_the_reservations_amount() -> None:
    title = "Lumenor Compute ouvre son premier centre de calcul en Normandie"
    found, kept = _candidates(title, FR.format(more=""))
    lent = _priced(found)[frozenset({"Lumenor Compute", "BNP Paribas"}), 120_000_000.0]
    assert lent.told and lent in kept


def test_an_amount_two_pairs_could_take_is_left_to_the_model() -> None:
    title = "Lumenor Compute ouvre son premier centre de calcul en Normandie"
    found, _ = _candidates(title, FR.format(more=", aux côtés de Crédit Agricole"))
    lent = [c for c in found if c.amount is not None and c.amount.value == 120_000_000.0]
    assert len(lent) > 1 and not any(c.told for c in lent)


def test_an_amount_denied_to_a_party_of_its_sentence_is_not_that_partys() -> None:
    text = (
        "Vocalia, una empresa emergente madrileña, ha firmado acuerdos de licencia con la "
        "Agencia EFE y con el grupo Vocento. El contrato con EFE supera los 6 millones de "
        "euros; el de Vocento no tiene importe público."
    )
    found, kept = _candidates("Vocalia firma con EFE y Vocento", text)
    priced = [c for c in found if c.amount is not None]
    # EFE and Vocento are publishers (outsiders): only pairs with Vocalia are built, and the
    # denial reaches the pair that borrowed the amount from its sentence too (xsentence)
    assert {frozenset(c.parties) for c in priced if c.foreign} == {
        frozenset({"Vocalia", "Vocento"})
    }
    assert all(c.foreign for c in priced if "Vocento" in c.parties)
    # the 6 million is EFE's: no kept Vocento mention carries it (the amountless
    # Vocalia-Vocento licence of the first sentence is a deal, and may be kept)
    assert all(c.amount is None for c in kept if "Vocento" in c.parties)
    assert any(set(c.parties) == {"EFE", "Vocalia"} and c.amount is not None for c in kept)
    assert not _priced(found)[frozenset({"Vocalia", "EFE"}), 6_000_000.0].foreign
