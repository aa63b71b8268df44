"""Session 8, precision: deal mentions that are no deal. Texts are invented, written after the
patterns of heldout_s8's false positives (never its sentences); the incumbents are gazetteer
entries."""

from __future__ import annotations

from veille.offline.engine import rule_view
from veille.offline.orgcontext import background_offsets
from veille.offline.rerankfeatures import _with_extra
from veille.schema import ArticleInput


def _names_at(text: str) -> set[str]:
    return {text[i : i + 6] for i in background_offsets(text)}


def test_former_staff_of_an_employer_with_an_ex_prefix_is_background() -> None:
    """A start-up "founded by former executives of X": X is the founders' past employer."""
    assert "Oracle" in _names_at("Fundada por ex-executivos da Oracle, a Vela recebeu um aporte.")
    assert "Oracle" in _names_at("La empresa, fundada por dos exingenieros de Oracle, facturó.")
    assert "Oracle" in _names_at("Fondée par d'anciens cadres d'Oracle, la société a levé.")
    assert "Oracle" in _names_at("Fondata da due ex manager di Oracle, la società ha raccolto.")
    # a company named beside the same words, not as the people's employer, stays a party
    assert not background_offsets("Oracle a recruté des cadres pour son offre.")


def _extra(title: str, text: str, needle: str) -> dict[str, str]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title=title, text=text))
    s = next(s for s in view.sentences if needle in s.text)
    near = [c for c in view.cues if s.start <= c.start < s.end]
    return {m.surface: m.name for m in _with_extra(view, s, near)[2]}


def test_a_pronoun_after_a_party_of_its_own_sentence_is_that_party() -> None:
    """ "CoreWeave said it would fund ...": "it" is CoreWeave, not the last sentence's
    supplier."""
    text = (
        "CoreWeave has signed a $900 million contract to supply Oracle with GPU capacity. "
        "To equip the site, the company ordered servers worth $300 million from Dell. "
        "CoreWeave said it would fund the build-out with a $500 million loan from Barclays."
    )
    extra = _extra("CoreWeave lands Oracle contract", text, "fund the build-out")
    assert "it" not in extra
    # a pronoun opening its sentence still refers back (the subject chain)
    text2 = text.replace("CoreWeave said it would fund", "It will fund")
    assert _extra("CoreWeave lands Oracle contract", text2, "fund the build-out")


def test_a_transaction_talked_of_is_marked_unrealised() -> None:
    """`unreal`: explored, in talks, studied, denied, in the six languages; signed deals and
    look-alike words ("studio", "Studien") are not."""
    from veille.offline.pairfeatures import unrealised_re

    talked = (
        "Oracle explored buying the chipmaker in 2017",
        "Dell is in talks to raise $1 billion",
        "Orange étudie le rachat de la start-up",
        "SAP prüft den Kauf von Celonis",
        "Telefónica negocia la compra de la empresa",
        "A Vale estuda investir no projeto",
        "Leonardo ha smentito le indiscrezioni",
    )
    assert all(unrealised_re().search(t) for t in talked)
    done = ("Oracle signed a $1 billion deal", "a film studio", "mehrere Studien zeigen")
    assert not any(unrealised_re().search(t) for t in done)


def test_an_amountless_pair_inside_a_priced_round_is_marked() -> None:
    """ "a $500 million loan arranged by Barclays and HSBC": the rules' amountless pairs of the
    borrower with each bank repeat the priced round (`in_priced_round`)."""
    from veille.offline.articlefeatures import _priced_rounds
    from veille.offline.rerankfeatures import candidates

    text = (
        "CoreWeave has signed a $900 million contract to supply Oracle with GPU capacity. "
        "CoreWeave will fund the build-out with a $500 million loan arranged by Barclays and "
        "HSBC, secured against the contract."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="CoreWeave lands Oracle", text=text))
    found = candidates(view)
    rounds = _priced_rounds(found)
    assert frozenset({"CoreWeave", "Barclays", "HSBC"}) in {r for r, _ in rounds[1]}
    marked = {frozenset(c.parties) for c in found if "in_priced_round" in c.features}
    assert frozenset({"CoreWeave", "Barclays"}) in marked
    assert all(c.amount is None for c in found if "in_priced_round" in c.features)
    assert frozenset({"CoreWeave", "Oracle"}) not in marked


def test_a_pair_of_a_priced_round_with_another_amount_is_marked() -> None:
    """ "has raised $400 million to date, most of it in a $235 million Series D led by A with
    B": the round's pairs priced with the running total get `round_other_amount`."""
    from veille.offline.rerankfeatures import candidates

    text = (
        "Cohere has agreed to buy Hugging Face for $900 million. Founded in 2016, Hugging Face "
        "has raised $400 million to date, most of it in a $235 million Series D led by "
        "Salesforce with participation from Nvidia."
    )
    view, _, _ = rule_view(
        ArticleInput(article_id="t", title="Cohere buys Hugging Face", text=text)
    )
    marked = {
        (frozenset(c.parties), c.amount.surface if c.amount else None)
        for c in candidates(view)
        if "round_other_amount" in c.features
    }
    assert (frozenset({"Hugging Face", "Salesforce"}), "$400 million") in marked
    assert all(amount == "$400 million" for _, amount in marked)


def test_an_amount_put_into_a_thing_is_marked_with_the_thing() -> None:
    """ "20 Milliarden Euro in souveräne Cloud-Angebote", "10 milliards dans des centres de
    données": `athing`; into a party, a date or a year: nothing."""
    from veille.offline.pairfeatures import thing_features

    assert thing_features(["in", "souveräne", "cloud", "angebote"]) == {"athing": 1.0}
    assert thing_features(["dans", "des", "centres", "de"]) == {"athing": 1.0}
    assert thing_features(["in", "_org_", "last", "year"]) == {}
    assert thing_features(["in", "funding", "from", "_org_"]) == {}
    assert thing_features(["in", "2023"]) == {}
    assert thing_features(["en", "janvier"]) == {}
    assert thing_features(["from", "investors"]) == {}
