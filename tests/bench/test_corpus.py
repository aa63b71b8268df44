"""The benchmark corpus: deterministic, varied, and its gold quotes the text verbatim."""

from __future__ import annotations

from collections import Counter

from bench.corpus import LANGUAGES, generate
from bench.pages import feed_urls, page_html, site
from veille.ingest.extract import extract_html
from veille.money import parse_amounts


def test_same_seed_same_corpus_and_another_seed_differs() -> None:
    first = [(a.slug, a.text) for a in generate(60, seed=1)]
    assert first == [(a.slug, a.text) for a in generate(60, seed=1)]
    assert first != [(a.slug, a.text) for a in generate(60, seed=2)]


def test_mix_of_languages_lengths_and_duplicates() -> None:
    articles = list(generate(400, seed=3))
    assert set(Counter(a.language for a in articles)) == set(LANGUAGES)
    lengths = [len(a.text) for a in articles]
    assert min(lengths) < 1500 and 6000 < max(lengths) < 12_000  # one LLM chunk each
    texts = Counter(a.text for a in articles)
    assert any(count > 1 for count in texts.values())  # exact republications
    wires = [a for a in articles if "/wire-" in a.slug]
    assert len(wires) > len([t for t, c in texts.items() if c > 1])  # and near copies


def test_gold_evidence_is_in_the_text_and_amounts_parse() -> None:
    for article in generate(150, seed=4):
        gold = article.gold
        assert gold["deals"], article.slug
        for item in [*gold["organizations"], *gold["money"], *gold["deals"]]:
            assert item["evidence"] in article.text
        for money in gold["money"]:
            parsed = parse_amounts(money["evidence"], article.language)
            assert (money["value"], money["currency"]) in [(p.value, p.currency) for p in parsed]


def test_pages_extract_back_to_the_article_text() -> None:
    article = next(a for a in generate(20, seed=5) if len(a.paragraphs) >= 4)
    page = extract_html(page_html(article, "http://127.0.0.1:9"), "http://127.0.0.1:9/x")
    assert page.text.endswith(article.text)  # after the headline, which trafilatura keeps
    assert page.language == article.language
    assert page.canonical_url == f"http://127.0.0.1:9/{article.slug}"


def test_site_lists_every_article_in_feeds_and_sitemaps() -> None:
    articles = list(generate(2500, seed=6))
    bases = ["http://127.0.0.1:9", "http://127.0.0.2:9"]
    outlets = site(articles, bases)
    assert set(outlets) == set(bases)
    listed = 0
    for base, resources in outlets.items():
        feeds = [p for p in resources if p.startswith("/feed/")]
        assert len(feeds) == 2 and "/sitemap.xml" in resources
        listed += sum(resources[p].body.count(b"<item>") for p in feeds)
        assert base.encode() + b"/" in resources[feeds[0]].body
    assert listed == len(articles)
    assert len(feed_urls(len(articles), bases)) == 4
