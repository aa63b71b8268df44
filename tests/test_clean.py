from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import polars as pl

from veille.clean import STAGING_COLUMNS, stage_articles
from veille.dedup import estimated_jaccard, near_duplicate_groups
from veille.ingest.files import read_inputs
from veille.ingest.records import articles_frame
from veille.text import content_hash, normalise_paragraphs


def _raw(shared_dir: Path) -> pl.DataFrame:
    return read_inputs(
        [shared_dir / "seed" / "article.jsonl", shared_dir / "eval" / "dev" / "articles.jsonl"],
        now=datetime(2026, 3, 18),
    ).articles


def test_shape_ids_languages(shared_dir: Path) -> None:
    raw = _raw(shared_dir)
    staged = stage_articles(raw, now=datetime(2026, 3, 18, 9))
    assert staged.columns == STAGING_COLUMNS
    assert staged.height == raw.height == 13
    row = staged.filter(pl.col("url") == raw["url"][0]).row(0, named=True)
    assert row["article_id"] == hashlib.sha256(raw["url"][0].encode()).hexdigest()[:16]
    assert row["language"] == "fr"
    assert row["word_count"] == len(row["text"].split())
    langs = dict(zip(staged["url"], staged["language"], strict=True))
    assert {langs[u] for u in raw["url"] if "/en/" in u} == {"en"}
    assert {langs[u] for u in raw["url"] if "/fr/" in u} == {"fr"}
    assert staged["staged_at"].to_list() == [datetime(2026, 3, 18, 9)] * 13


def test_normalisation_keeps_paragraphs() -> None:
    messy = "  Cafe\u0301   au\tlait\nsuite\r\n \r\n\n\nDeuxième\u00a0 paragraphe  "
    assert normalise_paragraphs(messy) == "Café au lait suite\n\nDeuxième paragraphe"


def test_latest_version_wins_and_exact_duplicates_drop() -> None:
    base = {"source": "Wire", "input_kind": "jsonl"}
    rows = [
        {
            **base,
            "url": "https://a.example/x",
            "text": "Old text here.",
            "fetched_at": datetime(2026, 1, 1),
        },
        {
            **base,
            "url": "https://a.example/x",
            "text": "New text here.",
            "fetched_at": datetime(2026, 1, 2),
        },
        {
            **base,
            "url": "https://b.example/y",
            "text": "New  text here.",
            "fetched_at": datetime(2026, 1, 3),
        },
        {
            **base,
            "url": "https://c.example/z",
            "canonical_url": "https://a.example/x",
            "text": "Other text.",
            "fetched_at": datetime(2026, 1, 1),
        },
    ]
    raw = articles_frame([{**r, "content_hash": content_hash(str(r["text"]))} for r in rows])
    staged = stage_articles(raw)
    # a.example/x latest is "New text here."; b.example/y has the same hash and is dropped;
    # c.example/z shares a.example/x's canonical URL, and is older, so it is replaced.
    assert staged["url"].to_list() == ["https://a.example/x"]
    assert staged["text"].to_list() == ["New text here."]


def test_near_duplicates_share_a_story(shared_dir: Path) -> None:
    raw = _raw(shared_dir)
    story = raw.filter(pl.col("url").str.contains("/en/")).row(0, named=True)
    paragraphs = story["text"].split("\n\n")
    copy_text = "By our wire desk.\n\n" + "\n\n".join(paragraphs[:-1]) + "\n\nOur own closing line."
    copy = {
        **story,
        "url": "https://other.example/wire-copy",
        "canonical_url": None,
        "source": "Other",
        "text": copy_text,
        "content_hash": content_hash(copy_text),
        "published_at": datetime(2030, 1, 1),
    }
    staged = stage_articles(pl.concat([raw, articles_frame([copy])]))
    stories = dict(zip(staged["url"], staged["story_id"], strict=True))
    original_id = staged.filter(pl.col("url") == story["url"])["article_id"][0]
    assert stories["https://other.example/wire-copy"] == original_id == stories[story["url"]]
    # every other article is its own story
    others = staged.filter(~pl.col("url").is_in([story["url"], "https://other.example/wire-copy"]))
    assert (others["story_id"] == others["article_id"]).all()
    assert estimated_jaccard(story["text"], copy_text) >= 0.5


def test_dedup_scales_to_10k() -> None:
    import random

    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(5000)]
    texts = [" ".join(rng.choices(vocab, k=300)) for _ in range(10_000)]
    texts[9_999] = "Breaking: " + texts[42][: len(texts[42]) * 9 // 10]
    texts[500] = "tiny"
    groups = near_duplicate_groups(pl.Series(texts))
    assert groups[9_999] == groups[42] == 42
    assert len(set(groups.tolist())) == 9_999


def test_the_language_model_can_be_released_and_comes_back() -> None:
    from veille.clean import _identifier, detect_language, release_language_model

    text = "Nvidia a annoncé mardi un accord de plusieurs milliards avec le groupe Nebius. " * 3
    assert detect_language(text) == "fr"
    release_language_model()
    assert _identifier.cache_info().currsize == 0
    assert detect_language(text) == "fr"  # loaded again on use


def test_signatures_in_chunks_equal_one_pass(shared_dir: Path) -> None:
    """Chunking bounds memory only: the same signatures and doc indices as one pass, with
    short texts (no shingle) and nulls on and around the chunk edges."""
    from veille.dedup import signatures

    texts = _raw(shared_dir)["text"].to_list()
    texts = [*texts, None, "tiny", *texts[:3], "two words", *texts[3:6]]
    series = pl.Series(texts, dtype=pl.String)
    whole_sig, whole_docs = signatures(series, chunk=len(texts))
    for chunk in (1, 2, 5, 7):
        sig, docs = signatures(series, chunk=chunk)
        assert (docs == whole_docs).all() and (sig == whole_sig).all()
    assert whole_docs.size == len(texts) - 3  # null, "tiny", "two words": no 4-word shingle
