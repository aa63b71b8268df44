"""The engine end to end: grounding-safe output, languages, translation status, scores."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from veille.money import amounts_agree, parse_amounts
from veille.offline.deals import extract_deals
from veille.offline.engine import detect_language, enrich, rule_view
from veille.offline.parties import main_subject
from veille.offline.sentences import split_sentences
from veille.schema import ArticleInput

ROOT = Path(__file__).resolve().parents[2]
OWN = ROOT / "veille" / "data" / "eval"


def articles(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def run(item: dict, target: str = "fr") -> tuple[str, object]:
    article = ArticleInput(
        article_id="a", title=item["title"], text=item["text"], target_language=target
    )
    return item["text"], enrich(article)


def test_every_evidence_is_an_exact_substring_and_deal_amounts_reparse(shared_dir):
    items = articles(shared_dir / "eval/dev/articles.jsonl") + articles(OWN / "articles.jsonl")
    for item in items:
        text, result = run(item)
        for org in result.organizations:
            assert org.evidence in text and org.surface in org.evidence
        for money in result.money:
            assert money.evidence in text and money.surface in money.evidence
            reparsed = parse_amounts(money.surface)
            assert reparsed and reparsed[0].currency == money.currency
        for deal in result.deals:
            assert deal.evidence in text
            if deal.amount_value is not None:
                assert any(
                    amounts_agree(s.value, deal.amount_value) for s in parse_amounts(deal.evidence)
                ), deal


def test_seed_article_deals(shared_dir):
    item = articles(shared_dir / "seed/article.jsonl")[0]
    _, result = run(item)
    assert result.language == "fr"
    assert result.translation_status == "same_language"
    assert result.translated_text is None
    found = {(frozenset(d.parties), d.amount_value, d.deal_type) for d in result.deals}
    assert (frozenset({"Meta", "Nebius"}), 27e9, "compute_capacity") in found
    assert (frozenset({"Microsoft", "Nebius"}), 17.4e9, "compute_capacity") in found
    assert (frozenset({"Nebius", "Tavily"}), None, "acquisition") in found
    assert result.summary and result.summary.split(". ")[0] in item["text"]
    assert result.why_it_matters in item["text"]


def test_deal_terms_from_the_dev_set(shared_dir):
    item = next(
        a
        for a in articles(shared_dir / "eval/dev/articles.jsonl")
        if "microsoft-nebius" in a["url"]
    )
    _, result = run(item)
    first = result.deals[0]
    assert set(first.parties) == {"Microsoft", "Nebius"}
    assert (first.amount_value, first.currency, first.deal_type) == (
        17.4e9,
        "USD",
        "compute_capacity",
    )
    assert first.duration_months == 60
    grow = next(d for d in result.deals if d.amount_value == 19.4e9)
    assert "could grow to as much as $19.4 billion" in grow.evidence


def test_translation_is_never_faked():
    text = "Microsoft has agreed to rent GPU capacity from Nebius for $17.4 billion."
    result = enrich(ArticleInput(article_id="a", text=text, target_language="fr"))
    assert result.language == "en"
    assert result.translation_status == "unavailable"
    assert result.translated_title is None and result.translated_text is None


def test_language_detection_of_the_six_languages():
    by_lang = {
        item["url"].split("/eval/")[1][:2]: item for item in articles(OWN / "articles.jsonl")
    }
    assert set(by_lang) == {"en", "fr", "de", "es", "pt", "it"}
    for lang, item in by_lang.items():
        assert detect_language(item["text"]) == lang
    assert detect_language("") == "en"


@cache
def offline_score() -> ModuleType:
    """bench/offline_score.py as a module (it is a script, not part of a package)."""
    spec = importlib.util.spec_from_file_location("offline_score", ROOT / "bench/offline_score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(articles_path: Path, gold: Path, *floors: str) -> subprocess.CompletedProcess[str]:
    offline_score()  # the script imports cleanly before it is run
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench/offline_score.py"),
            "--articles",
            str(articles_path),
            "--gold",
            str(gold),
            *floors,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


@pytest.mark.slow
def test_scores_on_the_dev_and_own_gold_sets(shared_dir, tmp_path):
    dev = shared_dir / "eval/dev"
    done = _score(dev / "articles.jsonl", dev / "gold.jsonl", "--json", str(tmp_path / "d.json"))
    assert done.returncode == 0, done.stderr
    scores = json.loads((tmp_path / "d.json").read_text())
    assert scores["amounts"]["f1"] >= 0.95 and scores["orgs"]["f1"] >= 0.85
    assert scores["deals"]["f1"] >= 0.75 and scores["deal_type_accuracy"] >= 0.8
    done = _score(OWN / "articles.jsonl", OWN / "gold.jsonl", "--json", str(tmp_path / "o.json"))
    own = json.loads((tmp_path / "o.json").read_text())
    assert own["amounts"]["f1"] >= 0.9 and own["orgs"]["f1"] >= 0.85
    assert own["deals"]["f1"] >= 0.7


def test_the_rules_and_the_view_share_one_main_subject(shared_dir):
    """The engine computes the main subject once (session 16) and hands it to the rules:
    `main_subject` reads only party mentions, so the rules' own reading of every mention is
    the same subject, and the rules' deals are the same either way."""
    seen = 0
    for item in articles(shared_dir / "eval" / "dev" / "articles.jsonl"):
        article = ArticleInput(article_id="d", title=item["title"], text=item["text"])
        view, mentions, _ = rule_view(article)
        sentences = split_sentences(article.text)
        first = sentences[0] if sentences else None
        assert main_subject(article.title, mentions, first) == view.main
        own = extract_deals(article.text, article.title, sentences, mentions, [])
        given = extract_deals(article.text, article.title, sentences, mentions, [], main=view.main)
        assert own == given
        seen += view.main is not None
    assert seen > 10
