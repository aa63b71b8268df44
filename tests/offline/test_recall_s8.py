"""Session 8 (recall): features for gold deals the re-ranker scored under its threshold."""

from __future__ import annotations

from veille.offline import conjlists
from veille.offline.dealtype import all_cues
from veille.offline.engine import rule_view
from veille.offline.orgnames import OrgMention
from veille.offline.pairfeatures import is_background, latest_year
from veille.offline.rerankfeatures import Tokens, candidates, invested
from veille.schema import ArticleInput

ARTICLE = "Nokia said in 2025 that trials would start in 2026. It had sold the unit in 2021."


def test_latest_year_is_the_articles_present_or_future() -> None:
    assert latest_year(ARTICLE) == 2026
    assert latest_year("No year here.") == 0


def test_a_future_year_is_not_background() -> None:
    assert not is_background("The operator agreed to begin trials with Nokia in 2026.", ARTICLE)


def test_an_earlier_year_and_past_markers_are_background() -> None:
    assert is_background("Nokia sold the unit to Ericsson in 2021.", ARTICLE)
    assert is_background("Il avait cédé l'activité au groupe.", ARTICLE)
    assert is_background("Microsoft already owns a stake.", ARTICLE)


def _invested(text: str) -> list[float | None]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    s = view.sentences[0]
    orgs = [m for m in view.parties if s.start <= m.start < s.end]
    toks = Tokens(view.text, s, [(m.start, m.end) for m in orgs])
    return [x.value for x, role in invested(view, s, toks, orgs) if role == "capex"]


def test_spending_into_a_named_party_is_a_candidate_amount() -> None:
    text = (
        "Brookfield s'est engagé à investir jusqu'à 5 milliards de dollars dans le déploiement"
        " de Bloom Energy."
    )
    assert _invested(text) == [5e9]
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    pairs = {(c.parties, c.amount.value if c.amount else None) for c in candidates(view)}
    assert (("Brookfield", "Bloom Energy"), 5e9) in pairs


def test_spending_on_sites_or_past_a_clause_break_is_not() -> None:
    assert (
        _invested("Microsoft plans to spend $80 billion on data centers in Texas, Oracle said.")
        == []
    )


def test_a_shareholder_relation_is_an_investment_cue() -> None:
    for text in (
        "The fund, which is also a shareholder in OpenAI, buys stakes.",
        "Le fonds est actionnaire de Mistral AI depuis 2024.",
        "El grupo es accionista de Telefónica.",
    ):
        assert any(c.type == "investment" and c.strength == "event" for c in all_cues(text))
    assert not any(c.type == "investment" for c in all_cues("Shareholders approved the plan."))


def _org(text: str, name: str) -> OrgMention:
    start = text.index(name)
    return OrgMention(start, start + len(name), name, name, "other", True)


def test_a_place_possessive_before_a_member_keeps_the_list() -> None:
    text = "The Kuwait Investment Authority and Singapore's Temasek came in as investors."
    orgs = [_org(text, "Kuwait Investment Authority"), _org(text, "Temasek")]
    assert conjlists.lists(text, orgs) == [[0, 1]]
    text = "Backers include BlackRock, Microsoft and Abu Dhabi's MGX."
    orgs = [_org(text, n) for n in ("BlackRock", "Microsoft", "MGX")]
    assert conjlists.lists(text, orgs) == [[0, 1, 2]]
    text = "Nvidia's chips power Microsoft and Google's cloud, Oracle said."
    orgs = [_org(text, n) for n in ("Nvidia", "Microsoft", "Oracle")]
    assert conjlists.lists(text, orgs) == []


def test_former_of_a_person_is_not_background() -> None:
    assert not is_background("Founded by former OpenAI CTO Mira Murati, it raised $2 billion.", "")
    assert not is_background("L'ancien patron de Google lève 100 millions d'euros.", "")
    assert is_background("Its former owner sold the unit to Ericsson.", "")
