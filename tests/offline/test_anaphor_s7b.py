"""Session 7, second wave: company anaphors ("the company", "la société", "l'opérateur")
resolved to the right organisation. Texts are adapted from the patterns of heldout_s9's
errors, with invented young companies; the incumbents are gazetteer entries of other kinds."""

from __future__ import annotations

from veille.offline.cues import ANAPHORS
from veille.offline.engine import rule_deals, rule_view
from veille.offline.extracands import _frames
from veille.offline.founded import founded_anaphor
from veille.offline.orgnames import valid_candidate
from veille.offline.orgs import find_orgs
from veille.offline.parties import anaphor_re
from veille.offline.rerankfeatures import _with_extra
from veille.schema import ArticleInput

CAPROCK_LIKE = (
    "Brazos Compute, a Texas start-up that turns former oil-field power sites into AI data "
    "centres, has signed a five-year contract to supply Microsoft with GPU computing capacity "
    "for $4.2 billion.\n\n"
    "Brazos has ordered about 18,000 Nvidia GPUs in servers built by Super Micro Computer. "
    "Electricity will come from Vistra, which agreed to supply up to 300 megawatts from a "
    "nearby gas plant under a 10-year contract.\n\n"
    "Founded in 2023, the company raised $400 million of equity in June from Magnetar and "
    "Blackstone at a valuation of about $2 billion."
)
ONDINE_LIKE = (
    "Lunaire Robotics, une start-up parisienne qui conçoit des modèles d'IA pour les usines, a "
    "bouclé une levée de fonds de 52 millions d'euros menée par Woven Capital.\n\n"
    "Lunaire a signé en parallèle un partenariat industriel avec Denso. "
    "Denso a réalisé plus de 7 100 milliards de yens de chiffre d'affaires.\n\n"
    "Fondée en 2022 par deux anciens chercheurs de l'Inria, la société avait levé 18 millions "
    "d'euros un an plus tard auprès de Partech et de Kima Ventures."
)


def _article(title: str, text: str) -> ArticleInput:
    return ArticleInput(article_id="t", title=title, text=text)


def _anaphor_names(title: str, text: str, needle: str) -> dict[str, str]:
    view, _, _ = rule_view(_article(title, text))
    s = next(s for s in view.sentences if needle in s.text)
    near = [c for c in view.cues if s.start <= c.start < s.end]
    return {m.surface: m.name for m in _with_extra(view, s, near)[2]}


def test_an_elided_article_before_a_noun_is_never_an_organisation() -> None:
    assert not valid_candidate("L'opérateur")
    assert not valid_candidate("L'entreprise historique")
    text = (
        "Orange accélère dans l'IA générative. L'opérateur a annoncé mercredi l'acquisition de "
        "Garance Labs, une start-up de Montpellier."
    )
    names = {m.name for m in find_orgs(text, "fr", "Orange rachète Garance Labs")}
    assert "L'opérateur" not in names
    assert "Garance Labs" in names
    deals = rule_deals(_article("Orange rachète Garance Labs", text))
    assert [set(d.parties) for d in deals] == [{"Orange", "Garance Labs"}]


def test_a_founding_phrase_makes_an_untyped_anaphor_a_young_company() -> None:
    assert founded_anaphor("Founded in 2023, the company raised $400 million from Magnetar.")
    assert founded_anaphor("Fondée en 2022 par deux chercheurs, la société avait levé 18 millions")
    assert not founded_anaphor("Founded in 2021, the start-up had revenue of C$46 million.")
    assert not founded_anaphor("In June, the company raised $400 million from Magnetar.")


def test_the_round_after_a_founding_phrase_is_the_protagonists_not_the_utilitys() -> None:
    title = "Brazos Compute lands $4.2bn Microsoft contract"
    rounds = [d for d in rule_deals(_article(title, CAPROCK_LIKE)) if "Magnetar" in d.parties]
    assert rounds and all("Brazos Compute" in d.parties for d in rounds)
    assert all("Vistra" not in d.parties for d in rounds)
    names = _anaphor_names(title, CAPROCK_LIKE, "Founded in 2023")
    assert names == {"the company": "Brazos Compute"}


def test_a_title_short_form_makes_the_protagonist_and_the_round_its_own() -> None:
    title = "Robotique : la parisienne Lunaire lève 52 millions auprès de Woven Capital"
    view, _, _ = rule_view(_article(title, ONDINE_LIKE))
    assert view.main == "Lunaire Robotics"
    rounds = [d for d in rule_deals(_article(title, ONDINE_LIKE)) if "Kima Ventures" in d.parties]
    assert rounds and all("Lunaire Robotics" in d.parties for d in rounds)
    assert all("Denso" not in d.parties for d in rounds)
    assert _anaphor_names(title, ONDINE_LIKE, "Fondée en 2022") == {
        "la société": "Lunaire Robotics"
    }


def test_a_founding_anaphor_still_follows_a_young_target_talked_about_just_before() -> None:
    text = (
        "xAI has acquired kernl, a Zurich-based start-up that builds AI agents for debugging "
        "code. Terms were not disclosed. kernl's 30 engineers will join the team.\n\n"
        "Founded in 2023 by three researchers from ETH Zurich, the company raised CHF 18 "
        "million last year in a seed round led by Index Ventures."
    )
    title = "xAI buys Swiss start-up kernl"
    assert _anaphor_names(title, text, "Founded in 2023") == {"the company": "kernl"}


def test_a_party_reached_by_a_verbs_preposition_frames_no_sentence() -> None:
    assert not _frames("Electricity will come from Vistra, which agreed to supply it.", 27)
    assert _frames("Pour Brookfield, c'est un investissement majeur.", 5)
    assert _frames("Caprock Cloud, a Texas start-up, has signed a contract.", 0)


def test_an_adjective_of_age_before_the_noun_is_still_an_anaphor() -> None:
    assert r"the (?:young|small|new) (?:company|firm|operator|start-?up)" in ANAPHORS
    for phrase in ("Le jeune opérateur normand", "The young company", "La joven empresa"):
        assert anaphor_re().match(phrase), phrase
    text = (
        "La start-up Seinecalc change de dimension. Le jeune opérateur normand de centres de "
        "données a passé commande auprès de Dell de serveurs pour un montant d'environ "
        "310 millions d'euros."
    )
    names = _anaphor_names("Seinecalc commande des serveurs à Dell", text, "Le jeune opérateur")
    assert names == {"Le jeune opérateur": "Seinecalc"}
