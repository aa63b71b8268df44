"""Session 10: the runner-up as the customer of a lone supplier (veille/offline/runnerup.py)."""

from __future__ import annotations

from veille.offline.engine import rule_view
from veille.offline.rerank import rerank
from veille.offline.rerankfeatures import candidates
from veille.offline.runnerup import runner_up
from veille.schema import ArticleInput

EN = ArticleInput(
    article_id="t",
    title="Cohere books $1.2bn of GPU capacity from Ohio neocloud Quillmark Compute",
    text=(
        "Cohere has agreed to rent computing capacity from Quillmark Compute, a neocloud based"
        " in Columbus, under a five-year contract worth $1.2 billion.\n\n"
        "Quillmark said the first hall would open in May. Cohere said the deal would lower its"
        " costs. Dell will supply the servers; neither side disclosed the value of that order."
    ),
)
FR = ArticleInput(
    article_id="t",
    title="Société Générale réserve 300 millions d'euros de calcul chez Vorlane Compute",
    text=(
        "Société Générale a signé avec Vorlane Compute, un opérateur de centres de données"
        " installé près de Tours, un contrat de location de calcul de 300 millions d'euros."
        "\n\nVorlane Compute ouvrira son premier bâtiment au printemps. Société Générale"
        " utilisera ces capacités pour ses modèles. Les serveurs seront fournis par Eviden,"
        " pour un montant que les parties n'ont pas dévoilé."
    ),
)


def _pairs(article: ArticleInput) -> set[frozenset[str]]:
    view, _, _ = rule_view(article)
    return {frozenset(d.parties) for d in rerank(view)}


def test_the_runner_up_is_the_party_talked_about_after_the_main_subject() -> None:
    view, _, _ = rule_view(EN)
    second = runner_up(view)
    assert view.main == "Cohere"
    assert second is not None and second.name == "Quillmark Compute"


def test_a_lone_supplier_supplies_the_builder_not_the_customer_en() -> None:
    view, _, _ = rule_view(EN)
    told = [c for c in candidates(view) if c.told and "Dell" in c.parties]
    assert [set(c.parties) for c in told] == [{"Quillmark Compute", "Dell"}]
    dropped = [c for c in candidates(view) if set(c.parties) == {"Cohere", "Dell"}]
    assert dropped and all(c.foreign for c in dropped if c.amount is None)
    pairs = _pairs(EN)
    assert frozenset({"Quillmark Compute", "Dell"}) in pairs
    assert frozenset({"Cohere", "Dell"}) not in pairs


def test_a_lone_supplier_supplies_the_builder_not_the_customer_fr() -> None:
    pairs = _pairs(FR)
    assert frozenset({"Vorlane Compute", "Eviden"}) in pairs
    assert frozenset({"Société Générale", "Eviden"}) not in pairs


def test_a_builder_main_subject_keeps_its_own_supplier() -> None:
    # the builder is the main subject: the supplier's customer is the main subject itself
    article = ArticleInput(
        article_id="t",
        title="Quillmark Compute signs Cohere for $1.2bn",
        text=(
            "Quillmark Compute has signed Cohere as the anchor tenant of its Columbus campus,"
            " under a five-year contract worth $1.2 billion. Quillmark Compute will open the"
            " first hall in May. Dell will supply the servers."
        ),
    )
    view, _, _ = rule_view(article)
    assert view.main == "Quillmark Compute"
    assert not [c for c in candidates(view) if c.told and "Dell" in c.parties]


def test_no_supply_cue_no_told_pair() -> None:
    article = EN.model_copy(
        update={"text": EN.text.replace("Dell will supply the servers", "Dell shares rose 2%")}
    )
    view, _, _ = rule_view(article)
    assert not [c for c in candidates(view) if c.told and "Dell" in c.parties]


def test_the_topic_pair_is_told_when_the_topic_is_the_runner_up_es() -> None:
    # "los suministrará Lenovo": no subject before the verb, the sentence's topic is the builder
    article = ArticleInput(
        article_id="t",
        title="CaixaBank reserva capacidad de cálculo en Tajo Compute",
        text=(
            "CaixaBank ha firmado con Tajo Compute, un operador de centros de datos de Toledo,"
            " un contrato de 200 millones de euros para entrenar sus modelos.\n\n"
            "Tajo Compute abrirá su primer edificio en primavera. Los servidores, con unas"
            " 4.000 GPU, los suministrará Lenovo."
        ),
    )
    view, _, _ = rule_view(article)
    assert view.main == "CaixaBank"
    told = [set(c.parties) for c in candidates(view) if c.told and "Lenovo" in c.parties]
    assert told == [{"Tajo Compute", "Lenovo"}]
    assert frozenset({"CaixaBank", "Lenovo"}) not in _pairs(article)
