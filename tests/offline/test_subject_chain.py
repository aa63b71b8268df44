"""Session 6, second wave: the antecedent of an untyped anaphor opening a sentence is the
subject of the sentences before it, walked back through sentences whose own subject is an
anaphor, a possessive or no party (`extracands._chain_subject`). Sentences are taken or
adapted from the training sets' articles (the parties never named together in a sentence)."""

from __future__ import annotations

from veille.offline.engine import rule_view
from veille.offline.rerankfeatures import ArticleView, candidates
from veille.schema import ArticleInput


def _view(title: str, text: str) -> ArticleView:
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    return view


def _crossed(view: ArticleView) -> dict[tuple[str, ...], dict[str, float]]:
    return {c.parties: c.features for c in candidates(view) if "xsent" in c.features}


def test_a_pronoun_after_an_opening_clause_refers_to_the_subject_not_the_founder() -> None:
    text = (
        "Naver poursuit son expansion en Europe. Le géant coréen de l'internet a annoncé jeudi "
        "le rachat de Lumio, une jeune pousse parisienne, pour 210 milliards de wons. "
        "Fondée en 2020 par deux docteurs de l'Inria, Lumio compte 85 salariés. "
        "Elle avait levé 20 millions d'euros en 2023 auprès de Partech."
    )
    crossed = _crossed(_view("Naver s'offre la start-up parisienne Lumio", text))
    assert ("Lumio", "Partech") in crossed
    assert crossed[("Lumio", "Partech")]["xsent:chain"] == 1.0
    assert not any("Inria" in pair and "Partech" in pair for pair in crossed)


def test_the_chain_walks_back_through_a_sentence_without_a_named_subject() -> None:
    text = (
        "Xavier Niel a présenté vendredi Kyutai, un laboratoire à but non lucratif. "
        "Kyutai réunira dans un premier temps six chercheurs venus de Meta. "
        "Ses travaux seront publiés en source ouverte. "
        "Un comité scientifique, où siège notamment Yann LeCun, responsable de la recherche en "
        "IA chez Meta, accompagnera l'équipe. "
        "Le laboratoire ne partira pas de zéro côté puissance de calcul. "
        "Il aura accès au supercalculateur de Scaleway dans le cadre d'un accord."
    )
    view = _view("Iliad, CMA CGM et Eric Schmidt dotent le laboratoire Kyutai", text)
    pairs = {c.parties: c.features for c in candidates(view)}
    assert pairs[("Kyutai", "Scaleway")]["xmain:pronoun"] == 1.0  # the main subject here
    # the rules' focus may still pair Meta, but no anaphor candidate does
    assert "xsent" not in pairs.get(("Meta", "Scaleway"), {})


def test_the_agent_of_a_passive_is_the_subject_an_anaphor_continues() -> None:
    text = (
        "Meta vient de conclure un accord colossal avec Nebius. "
        "Ce partenariat s'inscrit dans une série d'accords déjà conclus par Nebius. "
        "En novembre, l'entreprise avait signé un premier contrat de 3 milliards de dollars "
        "avec Meta. Elle avait également annoncé en septembre un accord de 17,4 milliards de "
        "dollars avec Microsoft."
    )
    crossed = _crossed(_view("Meta signe un accord de 27 milliards avec Nebius", text))
    assert ("Nebius", "Microsoft") in crossed
    assert ("Meta", "Microsoft") not in crossed


def test_a_typed_anaphor_opening_a_sentence_is_the_subject_of_its_kind_just_before() -> None:
    # a publisher and an agency the gazetteer does not know: known ones ("Reach plc", "PA
    # Media", session 13) are publishers, outsiders of the pairs this chain builds
    text = (
        "Larkspur, the publisher of the Daily Courier, has agreed to license its archive to an "
        "AI search engine. The buyer, London-based Fennel, will pay £18 million a year, "
        "Larkspur said. Fennel will be allowed to summarise Larkspur articles in its answers. "
        "The start-up has signed a similar arrangement with Kestrel Wire, the national news "
        "agency, on terms that were not disclosed."
    )
    crossed = _crossed(_view("Larkspur licenses its archive to AI start-up Fennel", text))
    assert ("Fennel", "Kestrel Wire") in crossed
    assert ("Larkspur", "Kestrel Wire") not in crossed


def test_an_anaphor_after_a_name_in_its_sentence_is_no_chain() -> None:
    """ "OpenAI, its closest competitor, ...": the possessive follows a name of its own
    sentence (an apposition), it does not continue the previous subject."""
    text = (
        "Anthropic raised $13 billion in a round led by Iconiq. "
        "OpenAI, its closest competitor, signed a partnership with Oracle."
    )
    crossed = _crossed(_view("Anthropic raises $13 billion", text))
    assert all(f.get("xsent:chain") is None for f in crossed.values())


def test_the_italian_article_il_is_no_pronoun() -> None:
    text = (
        "Veridia ha raccolto 40 milioni di euro in un round guidato da United Ventures. "
        "Il governo ha firmato un accordo da 1 miliardo di euro per l'intelligenza artificiale con "
        "CDP Venture Capital."
    )
    view = _view("Veridia raccoglie 40 milioni", text)
    assert view.lang == "it"
    pronouns = ("xana:pronoun", "xmain:pronoun")
    assert not [c for c in candidates(view) if any(k in c.features for k in pronouns)]
