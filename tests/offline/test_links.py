"""Session 6 (amountless deals): an event cue linking a pair as subject and object, an
undisclosed sum following the pair, and the training set left without the amountless
co-mentions of a deal another sentence states. Made-up companies and sentences."""

from __future__ import annotations

import pytest

from veille.devtools.train_deals import Example, _trainable
from veille.offline.dealtype import Cue
from veille.offline.engine import rule_view
from veille.offline.links import link_features
from veille.offline.orgnames import OrgMention
from veille.offline.rerankfeatures import Candidate, Tokens, candidates
from veille.offline.sentences import Sentence
from veille.schema import ArticleInput


def _amountless(text: str, pair: set[str]) -> dict[str, float]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    found = [c for c in candidates(view) if c.amount is None and set(c.parties) == pair]
    assert found, f"no amountless candidate for {pair}"
    return found[0].features


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Corvant Systems has signed a three-year agreement with Halder Robotics.",
            {"Corvant Systems", "Halder Robotics"},
        ),
        (
            "La société Corvant Systems a signé l'an dernier avec Halder Robotics un contrat.",
            {"Corvant Systems", "Halder Robotics"},
        ),
        (
            "Corvant Systems hat eine Partnerschaft mit Halder Robotics vereinbart.",
            {"Corvant Systems", "Halder Robotics"},
        ),
    ],
)
def test_an_event_verb_between_subject_and_object_links_the_pair(text: str, pair: set[str]) -> None:
    f = _amountless(text, pair)
    assert f.get("link:svo") == 1.0 and f.get("link:svo:noamt") == 1.0
    assert f.get("link:obj:noamt") == 1.0


def test_a_list_of_users_is_no_link() -> None:
    text = (
        "Corvant Systems makes a developer platform used by more than 1,400 organisations,"
        " among them Halder Robotics, Belmora Networks and Pelt Analytics."
    )
    f = _amountless(text, {"Corvant Systems", "Halder Robotics"})
    assert "link:svo" not in f and "link:obj" not in f


def test_an_undisclosed_sum_belongs_to_the_pair_it_follows() -> None:
    text = (
        "Belmora Networks works with Pelt Analytics, and Corvant Systems bought"
        " Halder Robotics last year for an undisclosed sum."
    )
    assert _amountless(text, {"Corvant Systems", "Halder Robotics"}).get("undisc:near:noamt")
    assert "undisc:near" not in _amountless(text, {"Belmora Networks", "Pelt Analytics"})


def _mention(start: int, end: int, name: str) -> OrgMention:
    return OrgMention(start, end, name, name, "other", False)


def test_a_third_name_between_cue_and_object_breaks_the_link() -> None:
    text = "Orvane signed with Kestrel, not Pelt."
    s = Sentence(0, len(text), text, 0, 0)
    a, k, p = _mention(0, 6, "Orvane"), _mention(19, 26, "Kestrel"), _mention(32, 36, "Pelt")
    toks = Tokens(text, s, [(0, 6), (19, 26), (32, 36)])
    cue = [Cue(None, "event", 7, 13)]
    assert link_features(toks.between, cue, a, k, False, []) == {
        "link:obj": 1.0,
        "link:svo": 1.0,
    }
    assert link_features(toks.between, cue, a, p, False, []) == {}
    topic = [Cue(None, "topic", 7, 13)]
    assert link_features(toks.between, topic, a, k, False, []) == {}


def _candidate(parties: tuple[str, str], features: dict[str, float]) -> Candidate:
    return Candidate(parties, None, None, None, {"noamt": 1.0, **features})


def test_training_leaves_out_co_mentions_of_a_deal_another_sentence_states() -> None:
    stated = _candidate(("A", "B"), {"scue:event:partnership": 1.0})
    mention = _candidate(("A", "B"), {})  # "Shares of B rose" beside A, same gold deal
    other = _candidate(("A", "C"), {})  # a gold deal no sentence states: kept
    wrong = _candidate(("B", "C"), {})  # no gold deal: kept as a negative
    e = Example([stated, mention, other, wrong], [1, 1, 1, 0], [0, 0, 1, -1], 2)
    assert _trainable(e) == [0, 2, 3]
