"""`asplit` (session 9, last wave): an amount cut from one of its pair's parties by a clause
boundary, the mark of two deals of one sentence paired crosswise."""

from __future__ import annotations

from veille.money import parse_amounts
from veille.offline.orgnames import OrgMention
from veille.offline.pairfeatures import amount_features
from veille.offline.rerankview import Tokens
from veille.offline.sentences import Sentence


def _features(text: str, first: str, second: str, lang: str = "en") -> dict[str, float]:
    s = Sentence(0, len(text), text, 0, 0)
    a0, b0 = text.index(first), text.index(second)
    a = OrgMention(a0, a0 + len(first), first, first, "other", False)
    b = OrgMention(b0, b0 + len(second), second, second, "other", False)
    toks = Tokens(text, s, [(a.start, a.end), (b.start, b.end)])
    (amount,) = parse_amounts(text, lang)
    return amount_features(toks, s, a, b, amount, "deal_value")


def test_an_amount_of_another_clause_is_marked() -> None:
    text = "Brenvale raised $40 million in March, and has since signed a cloud deal with Tarlow."
    assert _features(text, "Brenvale", "Tarlow").get("asplit") == 1.0
    fr = "Brenvale a levé 40 millions d'euros en mars ; elle a signé avec Tarlow un contrat."
    assert _features(fr, "Brenvale", "Tarlow", "fr").get("asplit") == 1.0


def test_one_clause_and_a_list_of_names_are_not_split() -> None:
    text = "Brenvale raised $40 million from Tarlow in March, its largest round."
    assert "asplit" not in _features(text, "Brenvale", "Tarlow")
    listed = "Brenvale raised $40 million from Quorn, Pellis, and Tarlow in March."
    assert "asplit" not in _features(listed, "Brenvale", "Tarlow")
