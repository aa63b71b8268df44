"""Public investors, development banks, utilities and government bodies as organisations of
a kind that may be a deal party (session 6): a grant, a loan or a stake from them is a deal."""

from __future__ import annotations

from veille.offline.orgs import find_orgs


def _orgs(text: str, lang: str) -> dict[str, str]:
    return {m.name: m.kind for m in find_orgs(text, lang)}


def test_public_investors_and_development_banks_are_known_parties() -> None:
    text = (
        "The round was led by Inovia Capital, with Export Development Canada and "
        "AustralianSuper also taking part, while the National Wealth Fund provided a loan."
    )
    found = _orgs(text, "en")
    assert found["Export Development Canada"] == "bank"
    assert found["AustralianSuper"] == "investor"
    assert found["National Wealth Fund"] == "investor"


def test_government_bodies_in_french_and_with_a_comma_in_their_name() -> None:
    fr = "TSMC a obtenu du département du Commerce jusqu'à 6,6 milliards de dollars."
    assert _orgs(fr, "fr")["U.S. Department of Commerce"] == "government"
    en = (
        "It expects subsidies of up to ¥32.5 billion from the Ministry of Economy, Trade "
        "and Industry (METI), which backs domestic cloud providers."
    )
    assert _orgs(en, "en")["Ministry of Economy, Trade and Industry"] == "government"
    fonds = "Le fonds souverain Ithmar Capital entre au capital pour 500 millions de dirhams."
    assert _orgs(fonds, "fr")["Ithmar Capital"] == "sovereign_fund"


def test_unknown_ministries_and_departments_are_government_bodies() -> None:
    cases = (
        ("en", "The Ministry of Digital Affairs awarded a contract to Taiwan Mobile.",
         "Ministry of Digital Affairs"),
        ("en", "The U.S. Department of Defense awarded OpenAI a $200 million contract.",
         "U.S. Department of Defense"),
        ("es", "El Ministerio de Transformación Digital concedió 10 millones de euros a "
         "Multiverse Computing.", "Ministerio de Transformación Digital"),
        # session 13: a conjunction after a link joins the name's last word (s13-unk); the
        # second name is in the gazetteer too (s13-gaz)
        ("de", "Das Bundesministerium für Landwirtschaft und Ernährung fördert Aleph Alpha.",
         "Bundesministerium für Landwirtschaft und Ernährung"),
        ("de", "Das Bundesministerium für Wirtschaft und Klimaschutz fördert Aleph Alpha.",
         "Bundesministerium für Wirtschaft und Klimaschutz"),
    )  # fmt: skip
    for lang, text, name in cases:
        assert _orgs(text, lang).get(name) == "government", text


def test_regulators_stay_regulators() -> None:
    found = _orgs("The Department of Justice opened an inquiry into the deal.", "en")
    assert found["Department of Justice"] == "regulator"
    found = _orgs("L'Autorité de la concurrence examine le rachat.", "fr")
    assert found["Autorité de la concurrence"] == "regulator"
