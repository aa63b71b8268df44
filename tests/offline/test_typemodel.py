"""The learned deal-type classifier: shipped weights, inference, training and its scoring."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from veille.devtools import train_types as tt
from veille.devtools import typedata as td
from veille.offline import typemodel
from veille.offline.dealtype import Cue, window_cues
from veille.offline.engine import enrich
from veille.offline.typefeatures import deal_features, words
from veille.offline.typemodel import MODEL_FILE, load_model, model_from_json, retype_deals
from veille.schema import DEAL_TYPES, ArticleInput

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "veille" / "data" / MODEL_FILE


@pytest.fixture(scope="module")
def last_set() -> list[td.Article]:
    return td.load_articles("heldout_last", *td.training_sets()["heldout_last"])


def test_shipped_model_loads_with_every_deal_type() -> None:
    model = load_model()
    assert model.classes == DEAL_TYPES
    assert len(model.weights) > 100
    assert any(f.startswith("rule=") for f in model.weights)


def test_model_rejects_unknown_classes_and_ragged_rows() -> None:
    with pytest.raises(ValueError, match="unknown classes"):
        model_from_json({"classes": ["merger"], "bias": [0.0], "weights": {}})
    with pytest.raises(ValueError, match="one value per class"):
        model_from_json({"classes": ["other", "supply"], "bias": [0, 0], "weights": {"x": [1]}})


def test_words_fold_accents_and_case() -> None:
    assert words("L'acquisition d'Übernahme à 3 milliards") == [
        "acquisition",
        "ubernahme",
        "milliards",
    ]


def test_engine_types_come_from_the_model(last_set: list[td.Article]) -> None:
    item = json.loads(
        (ROOT / "tests/fixtures/heldout_last/articles.jsonl").read_text().splitlines()[0]
    )
    article = ArticleInput(article_id="a", title=item["title"], text=item["text"])
    rules = enrich(article, learned_types=False)
    learned = enrich(article)
    assert rules.deals, "the fixture article has deals"
    expected = retype_deals(rules.deals, rules.language)
    assert [d.deal_type for d in learned.deals] == [d.deal_type for d in expected]
    # only the type may change: parties, amounts and evidence are the rules'
    strip = [d.model_dump(exclude={"deal_type"}) for d in learned.deals]
    assert strip == [d.model_dump(exclude={"deal_type"}) for d in rules.deals]
    assert all(d.deal_type in DEAL_TYPES for d in learned.deals)


def test_features_are_sorted_and_carry_the_rule_type(last_set: list[td.Article]) -> None:
    deal = next(d for a in last_set for d in a.deals)
    feats = deal_features(deal, "en")
    assert feats == sorted(set(feats))
    assert f"rule={deal.deal_type}" in feats
    assert any(f.startswith("kind0=") for f in feats)


def test_training_on_a_small_real_set_is_deterministic_and_fits(
    last_set: list[td.Article],
) -> None:
    rows = td.examples(last_set)
    assert len(rows) >= 15
    first, second = tt.fit(rows), tt.fit(rows)
    assert tt.model_text(first) == tt.model_text(second)
    fitted = sum(first.predict(deal_features(d, lang)) == label for d, lang, label in rows)
    assert fitted >= 0.9 * len(rows)


def test_blind_and_dev_sets_are_refused_for_training(shared_dir: Path) -> None:
    for name in td.BLIND:  # refused by their path: never opened
        blind = ROOT / "tests/fixtures" / name
        with pytest.raises(ValueError, match="blind or dev"):
            td.load_articles(name, blind / "articles.jsonl", blind / "gold.jsonl")
    dev = shared_dir / "eval/dev"
    with pytest.raises(ValueError, match="blind or dev"):
        td.load_articles("dev", dev / "articles.jsonl", dev / "gold.jsonl")
    assert not {*td.BLIND, "dev"} & set(td.training_sets())
    assert {"heldout_s44", "heldout_s49", "heldout_s50", "heldout_s61"} <= set(td.BLIND)
    assert {"heldout_s43", "train_t9h"} <= set(td.training_sets())  # retired in session 15
    assert "train_t10f" in td.training_sets()  # unread training set, session 15
    assert "heldout_s40" in td.training_sets()  # retired in session 14, after its blind scores
    assert {
        "heldout_s4a",
        "heldout_s6",
        "heldout_s9",
        "heldout_s10",
        "heldout_s28",
        "heldout_s31",
    } <= set(td.training_sets())


@pytest.mark.slow
def test_in_process_type_accuracy_equals_the_scorer_path(last_set: list[td.Article]) -> None:
    """The leave-one-set-out figures use the scorer's functions in process; they must equal
    what bench/offline_score.py + score.py print for the same engine."""
    correct, counted, f1 = td.type_score(last_set, tt.predict_types(load_model(), last_set))
    articles, gold = td.training_sets()["heldout_last"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        cmd = [sys.executable, str(ROOT / "bench/offline_score.py"), "--articles", str(articles)]
        cmd += ["--gold", str(gold), "--json", str(out)]
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        result = json.loads(out.read_text())
    assert result["deal_type_accuracy"] == round(correct / counted, 4)
    assert result["deals"]["f1"] == f1


@pytest.mark.slow
def test_shipped_weights_are_what_the_script_trains() -> None:
    model = tt.train_all(tt.load_training())
    shipped = load_model()
    assert set(model.weights) == set(shipped.weights)
    assert model.bias == pytest.approx(shipped.bias, abs=2e-3)
    for feature, row in model.weights.items():
        assert row == pytest.approx(shipped.weights[feature], abs=2e-3), feature


def test_leave_one_set_out_scores_each_set_with_a_model_that_never_saw_it(
    last_set: list[td.Article],
) -> None:
    final = td.load_articles("heldout_final", *td.training_sets()["heldout_final"])
    results = tt.loso({"heldout_last": last_set, "heldout_final": final})
    assert [r[0] for r in results] == ["heldout_last", "heldout_final"]
    for (_, rules, learned, counted, _f1), held in zip(results, (last_set, final), strict=True):
        other = final if held is last_set else last_set
        model = tt.fit(td.examples(other))
        assert (learned, counted) == td.type_score(held, tt.predict_types(model, held))[:2]
        assert (rules, counted) == td.type_score(held, tt.predict_types(None, held))[:2]


def test_the_rules_type_stands_within_the_margin() -> None:
    from veille.offline.typemodel import RULE_MARGIN, TypeModel

    model = TypeModel(
        ("compute_capacity", "investment"), (0.0, 0.0), {"x": (1.0, 1.0 + RULE_MARGIN / 2)}
    )
    assert model.predict(["x"]) == "investment"
    assert model.decide(["x"], "compute_capacity") == "compute_capacity"  # a near-tie
    clear = TypeModel(
        ("compute_capacity", "investment"), (0.0, 0.0), {"x": (1.0, 2.0 + RULE_MARGIN)}
    )
    assert clear.decide(["x"], "compute_capacity") == "investment"
    assert model.decide(["x"], "other") == "investment"  # a type the model does not know


def test_the_engine_reads_evidence_cues_from_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 16: each deal's evidence cues come from the article's scan (`window_cues`),
    and the types are those of a scan of each evidence."""
    item = json.loads(
        (ROOT / "tests/fixtures/heldout_last/articles.jsonl").read_text().splitlines()[0]
    )
    article = ArticleInput(article_id="a", title=item["title"], text=item["text"])
    calls: list[tuple[int, int]] = []

    def counted(text: str, start: int, end: int) -> list[Cue]:
        calls.append((start, end))
        return window_cues(text, start, end)

    monkeypatch.setattr(typemodel, "window_cues", counted)
    learned = enrich(article)
    assert learned.deals and len(calls) == len(learned.deals)
    rules = enrich(article, learned_types=False)
    expected = retype_deals(rules.deals, rules.language)
    assert [d.deal_type for d in learned.deals] == [d.deal_type for d in expected]
