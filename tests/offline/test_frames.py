"""Givers and recipients of a sentence's amounts (veille/offline/frames.py)."""

from __future__ import annotations

from veille.money import MoneySpan
from veille.offline.engine import rule_view
from veille.offline.frames import Frame, amount_frames, frame_features, sentence_frames
from veille.offline.rerank import Model, select
from veille.offline.rerankfeatures import Candidate, Tokens, candidates
from veille.schema import ArticleInput


def _frames(text: str, names: list[str], amounts: list[str], main: str | None) -> dict[str, Frame]:
    """The frames keyed by the amount's surface; names are masked as `Tokens` masks them."""
    orgs = [(n, text.index(n), text.index(n) + len(n)) for n in names]
    masked = list(text.lower())
    for _, lo, hi in orgs:
        masked[lo:hi] = "_" * (hi - lo)
    spans = [(text.index(a), text.index(a) + len(a)) for a in amounts]
    found = amount_frames("".join(masked), 0, spans, orgs, main)
    return {a: found[lo] for a, (lo, _) in zip(amounts, spans, strict=True) if lo in found}


def test_a_recipient_obtains_an_amount_from_a_giver_in_six_languages() -> None:
    cases = [
        ("Orvane secured grants of up to $50 million from the Fonds Aster.", "$50 million"),
        ("Orvane a obtenu 50 millions d'euros auprès du Fonds Aster.", "50 millions d'euros"),
        ("Orvane erhielt 50 Millionen Euro vom Fonds Aster.", "50 Millionen Euro"),
        ("Orvane recibió 50 millones de euros del Fonds Aster.", "50 millones de euros"),
        ("A Orvane recebeu 50 milhões de euros do Fonds Aster.", "50 milhões de euros"),
        ("Orvane ha ottenuto 50 milioni di euro dal Fonds Aster.", "50 milioni di euro"),
    ]
    for text, amount in cases:
        frames = _frames(text, ["Orvane", "Fonds Aster"], [amount], None)
        assert frames[amount] == Frame(("Fonds Aster",), "Orvane", "receive"), text


def test_the_giver_before_the_amount_and_the_implied_recipient() -> None:
    text = (
        "Le groupe a obtenu en décembre du Fonds Brisant une subvention pouvant atteindre"
        " 4 milliards de dollars."
    )
    frames = _frames(text, ["Fonds Brisant"], ["4 milliards de dollars"], "Talvik")
    assert frames["4 milliards de dollars"] == Frame(("Fonds Brisant",), "Talvik", "receive", True)
    coming = "The loan closed, with $600 million of equity coming from Quarry Partners."
    frames = _frames(coming, ["Quarry Partners"], ["$600 million"], "Halvard")
    assert frames["$600 million"].givers == ("Quarry Partners",)


def test_names_listed_after_the_source_are_givers_too() -> None:
    text = "Lumio a levé 20 millions d'euros auprès de Partex, de Serenia et d'Altamis."
    frames = _frames(text, ["Lumio", "Partex", "Serenia", "Altamis"], ["20 millions d'euros"], None)
    assert frames["20 millions d'euros"].givers == ("Partex", "Serenia", "Altamis")
    assert frame_features(frames["20 millions d'euros"], ("Partex", "Serenia"))["frm:gg"] == 1.0


def test_a_giving_verb_before_the_amount_names_its_subject() -> None:
    text = (
        "Korbel remains its largest backer, having committed $8 billion since 2023, while"
        " Vantor has invested about $3 billion."
    )
    frames = _frames(text, ["Korbel", "Vantor"], ["$8 billion", "$3 billion"], "Anselm")
    assert frames["$8 billion"] == Frame(("Korbel",), "Anselm", "give", True)
    assert frames["$3 billion"] == Frame(("Vantor",), "Anselm", "give", True)
    french = "aux côtés des fondateurs et de Bpiland, qui réinvestit 45 millions d'euros."
    frames = _frames(french, ["Bpiland"], ["45 millions d'euros"], "Phocalis")
    assert frames["45 millions d'euros"].givers == ("Bpiland",)


def test_an_enumeration_of_one_investors_stakes() -> None:
    text = (
        "The stake adds to a string of investments by the chipmaker this year, including $5"
        " billion in Intavo and a letter of intent to put up to $500 million into start-up Wevo."
    )
    names = ["the chipmaker", "Intavo", "Wevo"]
    frames = _frames(text, names, ["$5 billion", "$500 million"], "Nordia")
    assert frames["$5 billion"] == Frame(("the chipmaker",), "Intavo", "investor")
    # "put" follows "in Intavo": Intavo is an object, not the giver of the $500 million
    assert frames["$500 million"] == Frame(("the chipmaker",), "Wevo", "investor")
    listed = (
        "The company agreed to put $5 billion into Intavo, took a $1 billion stake in Nokro"
        " and pledged up to $10 billion to Anselm."
    )
    names = ["The company", "Intavo", "Nokro", "Anselm"]
    frames = _frames(listed, names, ["$5 billion", "$1 billion", "$10 billion"], None)
    assert frames["$1 billion"] == Frame(("The company",), "Nokro", "list")
    assert frames["$10 billion"] == Frame(("The company",), "Anselm", "list")


def test_an_object_relative_names_the_recipient() -> None:
    text = (
        "Korbel remains the biggest backer of Ventra's rival Anselm, in which it has invested"
        " $8 billion."
    )
    frames = _frames(text, ["Korbel", "Ventra", "Anselm"], ["$8 billion"], None)
    assert frames["$8 billion"] == Frame(("Korbel",), "Anselm", "give")


def test_no_frame_without_a_verb_or_a_source() -> None:
    text = "Orvane raised $40 million in September, and Quarry spent $2 billion on data centres."
    frames = _frames(text, ["Orvane", "Quarry"], ["$40 million", "$2 billion"], None)
    assert frames == {}
    valued = "Orvane is valued at $2 billion by Quarry Partners' estimate."
    assert _frames(valued, ["Orvane", "Quarry Partners"], ["$2 billion"], None) == {}


def test_the_pair_features() -> None:
    frame = Frame(("Quarry",), "Orvane", "receive")
    assert set(frame_features(frame, ("Orvane", "Quarry"))) == {
        "frm:g",
        "frm:g:receive",
        "frm:gr",
        "frm:gr:receive",
    }
    assert set(frame_features(frame, ("Orvane", "Talvik"))) == {"frm:away", "frm:away:receive"}
    assert frame_features(None, ("Orvane", "Quarry")) == {}


def test_engine_candidates_carry_the_frame() -> None:
    text = (
        "Sakura Internet secured subsidies of up to ¥50.1 billion from the Ministry of Economy,"
        " Trade and Industry to expand its GPU cloud."
    )
    view, _, _ = rule_view(ArticleInput(article_id="t", title="GPU clouds in Japan", text=text))
    flagged = {
        frozenset(c.parties)
        for c in candidates(view)
        if c.amount is not None and "frm:gr" in c.features
    }
    assert any("Sakura Internet" in pair and len(pair) == 2 for pair in flagged), flagged


def test_a_getting_verb_reaches_past_an_including_list() -> None:
    text = (
        "To fund it, the company is raising A$1.2 billion from institutional investors,"
        " including A$300 million from Karriwa Super, the country's largest fund."
    )
    frames = _frames(
        text, ["the company", "Karriwa Super"], ["A$1.2 billion", "A$300 million"], None
    )
    assert frames == {"A$300 million": Frame(("Karriwa Super",), "the company", "receive")}
    # without the list word, the verb before the other amount is not this amount's
    plain = "The company raised A$1.2 billion last year and A$300 million from Karriwa Super."
    frames = _frames(
        plain, ["The company", "Karriwa Super"], ["A$1.2 billion", "A$300 million"], None
    )
    assert "A$300 million" not in frames


def test_an_awarding_verb_names_its_recipient_before_the_amount() -> None:
    text = "In December the Energy Office awarded the company up to $4.7 billion in subsidies."
    frames = _frames(text, ["Energy Office", "the company"], ["$4.7 billion"], "Orvane")
    assert frames["$4.7 billion"] == Frame(("Energy Office",), "the company", "give")
    # passive: the subject is the recipient, and without a source no giver is read
    passive = "Orvane was awarded up to $458 million last year."
    assert _frames(passive, ["Orvane"], ["$458 million"], None) == {}


def test_the_framed_pair_keeps_its_amount_in_the_competition() -> None:
    model = Model({"bias": 0.0, "strong": 3.0, "weak": 1.0}, 0.5)
    amount = MoneySpan(5e9, None, None, "USD", None, 10, 15, "$5bn")
    best = Candidate(("A", "B"), amount, None, None, {"bias": 1.0, "strong": 1.0})
    framed = Candidate(("A", "C"), amount, None, None, {"weak": 1.0, "frm:gr": 1.0})
    guessed = Candidate(("B", "C"), amount, None, None, {"weak": 1.0, "frm:gr": 1.0, "xsent": 1.0})
    assert select([best, framed, guessed], model) == [best, framed]


def test_coordinated_givers_with_respectively_get_no_frame() -> None:
    text = (
        "Cohere has agreed to buy $30 billion of capacity from Oracle, while Korbel and Vantor"
        " will invest up to $5 billion and up to $10 billion respectively in the start-up."
    )
    names = ["Cohere", "Oracle", "Korbel", "Vantor"]
    amounts = ["$30 billion", "$5 billion", "$10 billion"]
    assert _frames(text, names, amounts, "Cohere") == {}
    alone = "Korbel and Vantor said on Monday that Vantor will invest up to $5 billion."
    frames = _frames(alone, ["Korbel", "Vantor"], ["$5 billion"], "Cohere")
    assert frames["$5 billion"] == Frame(("Vantor",), "Cohere", "give", True)


class _Unread(Tokens):
    """Tokens whose words must not be read."""

    def __init__(self) -> None:
        pass

    def __getattribute__(self, name: str) -> object:
        raise AssertionError(f"read {name}")


def test_a_sentence_without_an_amount_has_no_frame_and_its_words_are_not_read() -> None:
    text = "Sakura Internet signed a partnership with the Ministry of Economy."
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    s, orgs = view.sentences[0], view.parties
    assert len(orgs) >= 2
    assert sentence_frames(_Unread(), s, [], orgs, None) == {}
