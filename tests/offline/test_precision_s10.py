"""Session 10, precision: the implicit pair's sentence subject (`implsubject`) and amounts too
small to be a deal's (`rerank.PETTY`). Sentences written for these tests."""

from __future__ import annotations

import pytest

from veille.offline import implsubject
from veille.offline.engine import rule_view
from veille.offline.rerank import Model, select
from veille.offline.rerankfeatures import Candidate, candidates
from veille.schema import ArticleInput


@pytest.fixture(autouse=True)
def _subjects_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The features are shipped off (see implsubject's decision); these tests read them on."""
    monkeypatch.setattr(implsubject, "SUBJECTS", True)


def _candidates(title: str, text: str) -> list[Candidate]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    return candidates(view)


def _subject_marks(found: list[Candidate]) -> dict[tuple[str, ...], set[str]]:
    marks: dict[tuple[str, ...], set[str]] = {}
    for c in found:
        marks.setdefault(tuple(c.parties), set()).update(
            f for f in c.features if f.startswith("isubj:")
        )
    return marks


def test_a_sentence_about_the_target_marks_the_buyers_implicit_pair() -> None:
    found = _candidates(
        "Capgemini rachète la start-up Quantia",
        "Capgemini a annoncé lundi le rachat de la start-up lyonnaise Quantia pour 120 millions"
        " d'euros. Quantia compte 80 salariés. La start-up a signé l'an dernier un partenariat"
        " avec Decathlon, dont le montant n'a pas été communiqué.",
    )
    marks = _subject_marks(found)
    assert marks[("Capgemini", "Decathlon")] == {"isubj:other"}


def test_the_subject_of_the_sentence_as_the_other_party_or_a_possessive() -> None:
    found = _candidates(
        "Capgemini rachète Quantia",
        "Capgemini a annoncé lundi le rachat de Quantia pour 120 millions d'euros. Microsoft a"
        " investi 50 millions d'euros dans Quantia en 2023. Ses serveurs sont fournis par Dell.",
    )
    marks = _subject_marks(found)
    assert marks[("Capgemini", "Microsoft")] == {"isubj:b"}  # "Microsoft a investi"
    assert marks[("Capgemini", "Quantia")] >= {"isubj:other"}  # Microsoft's sentence
    assert marks[("Capgemini", "Dell")] == {"isubj:other"}  # "Ses serveurs"


def test_the_shipped_engine_marks_no_subject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(implsubject, "SUBJECTS", False)
    found = _candidates(
        "Capgemini rachète Quantia",
        "Capgemini a annoncé lundi le rachat de Quantia pour 120 millions d'euros. Microsoft a"
        " investi 50 millions d'euros dans Quantia en 2023. Ses serveurs sont fournis par Dell.",
    )
    assert found and not any(_subject_marks(found).values())


def test_an_explicit_pair_gets_no_subject_mark() -> None:
    found = _candidates(
        "Capgemini rachète Quantia",
        "Capgemini a racheté Quantia pour 120 millions d'euros, a annoncé le groupe lundi.",
    )
    assert found and not any(_subject_marks(found).values())


def test_a_unit_price_is_never_a_deal_amount() -> None:
    found = _candidates(
        "Capgemini rachète Quantia",
        "Capgemini a racheté Quantia pour 120 millions d'euros. Capgemini a signé avec EDF un"
        " contrat de fourniture d'électricité à 70 euros le mégawattheure.",
    )
    keep_all = Model({}, 0.0)
    amounts = {c.amount.surface for c in select(found, keep_all) if c.amount}
    assert "120 millions d'euros" in amounts
    assert "70 euros" not in amounts
    assert any(c.amount and c.amount.surface == "70 euros" for c in found)  # a candidate, dropped


def test_the_tenant_of_a_financed_campus_is_no_party_to_the_loan() -> None:
    from veille.offline.rerank import _tenant

    found = _candidates(
        "Pelican Ridge Data raises $2.9 billion",
        "Pelican Ridge Data has raised a $2.9 billion construction loan from JPMorgan Chase to"
        " build a data-centre campus near Jackson, Mississippi, that will be leased in full to"
        " Elon Musk's xAI, the developer said on Friday.",
    )
    priced = {c.parties: _tenant(c) for c in found if c.amount is not None}
    assert priced[("Pelican Ridge Data", "xAI")]
    assert not priced[("Pelican Ridge Data", "JPMorgan")]


def test_a_lease_that_is_the_deal_keeps_its_tenant() -> None:
    from veille.money import parse_amounts
    from veille.offline.sentences import Sentence
    from veille.offline.tenants import tenant_of_financed

    text = (
        "Osage Data signed a $5.6 billion financing and lease agreement under which its campus"
        " will be leased to Oracle."
    )
    amount = parse_amounts(text)[0]
    assert not tenant_of_financed(Sentence(0, len(text), text, 0, 0), amount, ("Oracle",))


def test_the_tenant_in_an_active_relative_is_no_party_to_the_loan() -> None:
    from veille.money import parse_amounts
    from veille.offline.sentences import Sentence
    from veille.offline.tenants import tenant_of_financed

    text = (
        "Redbud Digital has secured a $4.6 billion construction loan from MUFG to build the first"
        " halls of its campus, which Oracle has agreed to lease for 15 years."
    )
    s, amount = Sentence(0, len(text), text, 0, 0), parse_amounts(text)[0]
    assert tenant_of_financed(s, amount, ("Redbud Digital", "Oracle"))
    assert not tenant_of_financed(s, amount, ("Redbud Digital", "MUFG"))


def test_a_partys_profit_is_no_deal_value() -> None:
    from veille.offline.rerank import _profit

    found = _candidates(
        "Crédit Agricole loue des capacités chez Microsoft",
        "Crédit Agricole, qui a dégagé un résultat net de 8,6 milliards d'euros l'an dernier,"
        " loue des capacités chez Microsoft pour 40 millions d'euros par an.",
    )
    profit = {c.amount.surface: _profit(c) for c in found if c.amount is not None}
    assert profit["8,6 milliards d'euros"]
    assert not profit["40 millions d'euros"]


def test_profit_nouns_in_six_languages() -> None:
    from veille.money import parse_amounts
    from veille.offline.profits import profit_amount
    from veille.offline.sentences import Sentence

    texts = [
        "Helix, which posted net income of $2.1 billion last year, signed a deal with Orbital.",
        "Helix, qui a dégagé un bénéfice net de 2,1 milliards d'euros, a signé avec Orbital.",
        "Helix, das einen Nettogewinn von 2,1 Milliarden Euro erzielte, kooperiert mit Orbital.",
        "Helix, que cerró el año con un beneficio neto de 2.100 millones de euros, firmó.",
        "A Helix, que teve lucro líquido de 2,1 mil milhões de euros, assinou com a Orbital.",
        "Helix, che ha registrato un utile netto di 2,1 miliardi di euro, ha firmato.",
    ]
    for text in texts:
        amount = parse_amounts(text)[0]
        assert profit_amount(Sentence(0, len(text), text, 0, 0), amount), text
    deal = "Helix signed a $2.1 billion deal with Orbital to lift its profits."
    assert not profit_amount(Sentence(0, len(deal), deal, 0, 0), parse_amounts(deal)[0])
