"""Session-6 cross-sentence amounts: a deal's parties in one sentence, its amount in a
neighbouring sentence that names no other party (veille/offline/xamounts.py). Sentences
are written for the tests in the shapes of the gold sets' misses; the unknown names are
made up."""

from __future__ import annotations

from veille.offline.engine import rule_view
from veille.offline.rerank import to_mention
from veille.offline.rerankfeatures import Candidate, candidates
from veille.schema import ArticleInput


def _crossed(title: str, text: str) -> list[Candidate]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    return [c for c in candidates(view) if "xamt" in c.features]


ACQUISITION = (
    "Capgemini a annoncé mardi l'acquisition de Zenthia, une start-up rennaise qui développe "
    "des agents d'intelligence artificielle. Le montant de l'opération atteint environ 60 "
    "millions d'euros, selon des sources concordantes."
)


def test_an_amount_after_the_deal_is_lent_to_its_pair() -> None:
    crossed = _crossed("Capgemini rachète Zenthia", ACQUISITION)
    assert [(frozenset(c.parties), c.amount.value if c.amount else None) for c in crossed] == [
        (frozenset({"Capgemini", "Zenthia"}), 60_000_000.0)
    ]
    f = crossed[0].features
    assert f["xamt:a1"] == f["xamt:noun"] == f["xamt:np0"] == f["xamt:lead"] == 1.0
    assert "noamt" not in f and "rule_exact" not in f


def test_the_evidence_of_a_lent_amount_spans_both_sentences() -> None:
    view, _, _ = rule_view(
        ArticleInput(article_id="t", title="Capgemini rachète Zenthia", text=ACQUISITION)
    )
    crossed = next(c for c in candidates(view) if "xamt" in c.features)
    mention = to_mention(view, crossed)
    evidence = ACQUISITION[mention.evidence[0] : mention.evidence[1]]
    assert evidence.startswith("Capgemini a annoncé") and "60 millions d'euros" in evidence


def test_a_round_stated_with_its_recipient_lends_its_amount_to_the_investors() -> None:
    text = (
        "Fjordline, a Norwegian provider of GPU cloud services, has raised $120 million in a "
        "Series B round. The round was led by Sequoia Capital, with Accel participating."
    )
    crossed = _crossed("Fjordline raises $120 million", text)
    pairs = {frozenset(c.parties) for c in crossed}
    assert frozenset({"Fjordline", "Sequoia Capital"}) in pairs
    assert all(c.features.get("xamt:b1") == 1.0 for c in crossed)
    # the two investors are never given the round's amount as a pair of their own
    assert frozenset({"Sequoia Capital", "Accel"}) not in pairs


def test_a_sentence_opening_on_something_else_has_no_lead() -> None:
    text = (
        "Capgemini a annoncé mardi l'acquisition de Zenthia, une start-up rennaise. Selon des "
        "analystes, le marché français pèsera 60 millions d'euros."
    )
    crossed = _crossed("Capgemini rachète Zenthia", text)
    assert crossed and all("xamt:lead" not in c.features for c in crossed)


def test_an_amount_of_another_named_party_is_not_lent() -> None:
    text = (
        "Microsoft signed a cloud agreement with Oracle on Monday. Separately, Nvidia raised "
        "$2 billion from investors."
    )
    assert not _crossed("", text)


def test_an_amount_in_a_new_paragraph_is_not_lent() -> None:
    text = (
        "Microsoft signed a cloud agreement with Oracle on Monday.\n\n"
        "Le montant de l'opération atteint environ 2 milliards de dollars."
    )
    assert not _crossed("", text)


def _roles(text: str) -> list[tuple[float | None, str]]:
    _, _, money = rule_view(ArticleInput(article_id="t", title="", text=text))
    return [(span.value, role) for span, role, _ in money]


def test_an_order_said_to_be_worth_an_amount_is_a_deal_value() -> None:
    assert _roles("The order is worth roughly $900 million.") == [(900_000_000.0, "deal_value")]
    assert _roles("La commande est estimée à 90 millions d'euros.") == [
        (90_000_000.0, "deal_value")
    ]
    # a company said to be worth an amount stays a valuation
    assert _roles("The company is now worth $183 billion.") == [(183_000_000_000.0, "valuation")]


# session 8, second wave: a round's investors opening the next paragraph, or stated beside an
# amount of their own (a fund's size), still take the round's amount (`xamt:b1p`, `_may_take`)


def test_a_round_lends_its_amount_to_the_investors_of_the_next_paragraph() -> None:
    text = (
        "Fjordline, a Norwegian provider of GPU cloud services, has raised $120 million in a "
        "Series B round that values it at $900 million.\n\n"
        "The round was led by Sequoia Capital, with Accel participating."
    )
    crossed = _crossed("Fjordline raises $120 million", text)
    lent = {(frozenset(c.parties), c.amount.value if c.amount else None) for c in crossed}
    assert (frozenset({"Fjordline", "Sequoia Capital"}), 120_000_000.0) in lent
    assert all(c.features.get("xamt:b1p") == 1.0 for c in crossed)
    assert frozenset({"Sequoia Capital", "Accel"}) not in {p for p, _ in lent}


def test_a_paragraph_opening_on_something_else_takes_no_amount() -> None:
    text = (
        "Fjordline, a Norwegian provider of GPU cloud services, has raised $120 million in a "
        "Series B round.\n\n"
        "Analysts said Sequoia Capital and Accel were also looking at the sector."
    )
    assert _crossed("Fjordline raises $120 million", text) == []


def test_investors_beside_a_fund_size_of_their_own_take_the_round() -> None:
    text = (
        "Fjordline, una startup noruega de servicios en la nube, ha cerrado una ronda de 34 "
        "millones de euros. La operación está liderada por Sequoia Capital, con la "
        "participación de Accel, el fondo dotado con 4.000 millones de euros."
    )
    crossed = _crossed("Fjordline levanta 34 millones", text)
    lent = {(frozenset(c.parties), c.amount.value if c.amount else None) for c in crossed}
    assert (frozenset({"Fjordline", "Sequoia Capital"}), 34_000_000.0) in lent


def test_a_loan_told_with_two_parties_is_lent_to_its_arranger() -> None:
    text = (
        "Fjordline Inc., a bitcoin miner turned data-centre landlord, said on Monday it had "
        "priced $2.1 billion of senior notes to build its campus, where Nebius will run GPU "
        "clusters for a customer. The notes were arranged by Goldman Sachs."
    )
    crossed = _crossed("Fjordline prices $2.1 billion of notes", text)
    lent = {(frozenset(c.parties), c.amount.value if c.amount else None) for c in crossed}
    assert (frozenset({"Fjordline", "Goldman Sachs"}), 2_100_000_000.0) in lent
    assert all(c.features.get("xamt:b1n") == 1.0 for c in crossed)
    # the other party of the amount's sentence is not paired with the arranger
    assert frozenset({"Nebius", "Goldman Sachs"}) not in {p for p, _ in lent}


def test_a_next_sentence_opening_on_something_else_takes_no_two_party_amount() -> None:
    text = (
        "Fjordline Inc., a bitcoin miner turned data-centre landlord, said on Monday it had "
        "priced $2.1 billion of senior notes to build its campus, where Nebius will run GPU "
        "clusters for a customer. Analysts at Goldman Sachs called the pricing tight."
    )
    assert _crossed("Fjordline prices $2.1 billion of notes", text) == []
