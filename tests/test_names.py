from __future__ import annotations

from veille.evaluation.names import norm_name as scorer_key
from veille.names import name_key
from veille.offline.gazetteer import norm_name as gazetteer_key
from veille.resolve.orgs import norm_name as resolver_key


def test_suffixes_accents_and_punctuation_fold() -> None:
    assert name_key("Meta Platforms, Inc.") == "meta platforms"
    assert name_key("Société Générale SA") == "societe generale"
    # Dotted forms split into letters, as in score.py: "N.V." is not a suffix word there.
    assert name_key("Nebius Group N.V.") == "nebius group n v"
    assert name_key("AT&T Inc") == "at and t"


def test_gazetteer_keeps_a_lone_suffix_the_scorer_drops() -> None:
    assert gazetteer_key("Group") == "group"
    assert scorer_key("Group") == ""
    assert gazetteer_key("Holdings Co") == scorer_key("Holdings Co") + "holdings"


def test_resolver_strips_the_longer_forms_too() -> None:
    assert resolver_key("Acme Incorporated") == "acme"
    assert name_key("Acme Incorporated") == "acme incorporated"
