"""The compact byte walk classifies exactly as py3langid's own walk (veille/offline/langwalk.py)."""

from __future__ import annotations

from typing import Any

from py3langid.langid import LanguageIdentifier, visit_counts

from veille.offline.engine import _identifier
from veille.offline.langwalk import CompactIdentifier, walk


def _texts(eval_items: list[dict[str, Any]]) -> list[str]:
    texts = [f"{item['title']}\n{item['text']}" for item in eval_items]
    # short and odd inputs: one word, digits only, no feature, another script, emoji
    return [*texts, "Nvidia", "2026", "", "   ", "Приобретение", "合作协议", "🚀🚀"]


def test_walk_visits_the_same_features_in_the_same_order(eval_items: list[dict[str, Any]]) -> None:
    identifier = _identifier()
    assert isinstance(identifier, CompactIdentifier)
    compact = identifier.compact_walk()
    assert compact is not None
    for text in _texts(eval_items):
        for cut in (text[:400], text):
            data = identifier._encode(cut)
            table = identifier.tk_nextmove
            own = visit_counts(table, identifier._rowbase, identifier.tk_output, data)
            ours = walk(table, compact[0], compact[1], data)
            assert list(ours.items()) == list((own or {}).items())


def test_scores_and_languages_are_py3langid_s(eval_items: list[dict[str, Any]]) -> None:
    identifier = _identifier()
    for text in _texts(eval_items):
        data = identifier._encode(text[:400])
        ours = identifier._raw_score(data)
        own = LanguageIdentifier._raw_score(identifier, data)
        assert ours.tobytes() == own.tobytes()  # bit for bit, float rounding included
    assert identifier.classify("La start-up française lève 20 millions d'euros")[0] == "fr"


def test_an_unexpected_model_layout_falls_back_to_py3langid_s_walk() -> None:
    identifier = _identifier()
    odd = CompactIdentifier.__new__(CompactIdentifier)
    for slot in ("tk_nextmove", "tk_output", "nb_ptc", "nb_pc", "nb_classes", "_norm_probs"):
        setattr(odd, slot, getattr(identifier, slot))
    odd._alias_pairs = identifier._alias_pairs
    odd.min_confidence = None
    odd._rowbase = tuple(identifier._rowbase)  # not the list the compact copy expects
    assert odd.compact_walk() is None
    text = "Microsoft signe un accord de 10 milliards de dollars avec OpenAI"
    assert odd.classify(text) == identifier.classify(text)
