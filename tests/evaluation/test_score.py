"""The scorer on hand-built predictions whose figures are worked out by hand.

edge_gold.jsonl / edge_predictions.json, article by article:
- e1 orgs: long form with suffix, alias in lower case (a duplicate of Meta), suffixes stacked
  ("Group N.V."), accents, "&" as "and", one extra -> 4 right of 5 predicted, 4 gold.
  amounts: 27.1e9 for 27e9 (0.37 %), the 7-9e9 range, "usd" and "USD" rows that collapse into
  one, a degenerate range 26.9-27.05e9 for 27e9, a wrong currency, a point for a range
  -> 4 right of 6 predicted, 3 of 4 gold found (3e9 EUR missed).
  deals: alias parties with a component amount (type right), a duplicate (type not judged
  again), the undisclosed deal (type right), an unlisted amount, no amount where gold has one,
  an amount where gold has none -> 3 right of 6, 2 of 2 gold.
- e2 orgs: "ASML Holding N.V." is not ASML ("holding" is no suffix) -> 2 of 3, 4 gold.
  amounts: 1.7085e9 is exactly 0.5 % off (counts), 11.77e9 is 0.6 % off -> 2 of 3, 1 of 2.
  deals: two-party and three-party subsets of a four-party round, a single party named twice,
  the exact two-party deal with the wrong type, a superset -> 3 of 5, 2 of 2 gold, 1 type of 2.
- e3 is missing from curated.articles (its orphan rows are ignored); e4 has no currency on
  either side and no language.
"""

from __future__ import annotations

import pytest

from veille.evaluation.gold import load_gold
from veille.evaluation.predictions import ContractError
from veille.evaluation.score import MISSING_LANGUAGE, UNKNOWN_LANGUAGE, score_warehouse
from warehouse.connection import connect


@pytest.fixture
def report(edge_warehouse, edge_gold):
    con = connect(edge_warehouse, read_only=True)
    try:
        yield score_warehouse(con, load_gold(edge_gold))
    finally:
        con.close()


def counts(scores, category):
    t = scores.tallies[category]
    return (t.tp_pred, t.n_pred, t.tp_gold, t.n_gold)


def test_overall_figures(report):
    overall = report.overall
    assert counts(overall, "orgs") == (6, 8, 6, 9)
    assert counts(overall, "amounts") == (7, 10, 5, 8)
    assert counts(overall, "deals") == (6, 11, 4, 4)
    assert (overall.type_hits, overall.type_judged) == (3, 4)
    assert (overall.articles, overall.missing) == (4, 1)
    figures = overall.as_dict()
    assert figures["orgs"] == {
        "precision": 0.75,
        "recall": 0.6667,
        "f1": 0.7059,
        "predicted": 8,
        "gold": 9,
    }
    assert figures["amounts"]["f1"] == pytest.approx(2 * 0.7 * 0.625 / 1.325, abs=1e-4)
    assert figures["deals"]["precision"] == pytest.approx(6 / 11, abs=1e-4)
    assert figures["deal_type_accuracy"] == 0.75


def test_per_language(report):
    langs = report.by_language
    assert set(langs) == {"en", "fr", MISSING_LANGUAGE, UNKNOWN_LANGUAGE}
    assert counts(langs["en"], "orgs") == (4, 5, 4, 4)
    assert counts(langs["en"], "amounts") == (4, 6, 3, 4)
    assert counts(langs["en"], "deals") == (3, 6, 2, 2)
    assert counts(langs["fr"], "orgs") == (2, 3, 2, 4)
    assert counts(langs["fr"], "amounts") == (2, 3, 1, 2)
    assert counts(langs["fr"], "deals") == (3, 5, 2, 2)
    assert (langs["fr"].type_hits, langs["fr"].type_judged) == (1, 2)
    assert counts(langs[MISSING_LANGUAGE], "orgs") == (0, 0, 0, 1)
    assert langs[MISSING_LANGUAGE].missing == 1
    assert counts(langs[UNKNOWN_LANGUAGE], "amounts") == (1, 1, 1, 1)


def test_misses_name_what_went_wrong(report):
    lines = {(m.url.rsplit("/", 1)[-1], m.category, m.kind, m.detail) for m in report.misses}
    assert ("e1", "orgs", "extra", "OpenAI") in lines
    assert ("e2", "orgs", "extra", "ASML Holding N.V.") in lines
    assert ("e2", "orgs", "missed", "ASML") in lines
    assert ("e1", "amounts", "missed", "3,000,000,000 EUR") in lines
    assert ("e1", "amounts", "extra", "3,000,000,000 USD") in lines
    assert ("e3-missing", "orgs", "missed", "OpenAI") in lines
    assert sum(m.category == "deals" and m.kind == "extra" for m in report.misses) == 5
    assert ("e1", "deals", "extra", "Nebius + Meta: 15,000,000,000 USD (compute_capacity)") in lines
    assert [m.category for m in report.misses] == sorted(
        (m.category for m in report.misses), key=["orgs", "amounts", "deals"].index
    )


def test_a_warehouse_without_the_contract_is_refused(edge_gold):
    con = connect(":memory:")
    con.execute("drop table curated.deal_mentions")
    with pytest.raises(ContractError, match="curated contract"):
        score_warehouse(con, load_gold(edge_gold))
    con.close()
