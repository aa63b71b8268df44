"""Publish throughput: synthetic staging of N articles, timed publish (rebuild + snapshot).

    python -m bench.bench_publish --articles 5000

Prints one JSON line: rows published and seconds per phase. Not a test: speed targets live
here so the unit suite stays fast.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import polars as pl

from tasks.publish import publish_stage
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.loaders import insert_frame

COMPANIES = [f"Company {i}" for i in range(300)]


def _article(i: int, aid: str, start: datetime) -> dict[str, Any]:
    return {
        "article_id": aid,
        "url": f"https://bench.example/{aid}",
        "content_hash": aid,
        "title": aid,
        "source": f"outlet{i % 40}",
        "language": "en",
        "text": "word " * 600,
        "published_at": start + timedelta(hours=6 * i),
        "word_count": 600,
        "staged_at": start,
    }


def _enrichment(aid: str, start: datetime) -> dict[str, Any]:
    return {
        "article_id": aid,
        "content_hash": aid,
        "model": "veille/offline",
        "prompt_version": "p1",
        "status": "enriched",
        "language": "en",
        "translation_status": "unavailable",
        "summary": "s",
        "why_it_matters": "w",
        "enriched_at": start,
    }


def _mentions(aid: str, rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Five org mentions (the deal's pair first) and one to three mentions of one deal."""
    pair = rng.sample(COMPANIES, 2)
    orgs = [
        {"article_id": aid, "mention_idx": j, "name": n, "surface": n, "grounded": True}
        for j, n in enumerate(pair + rng.sample(COMPANIES, 3))
    ]
    value = rng.choice([1e9, 2e9, 5e9, 12e9, 27e9])
    deals = [
        {
            "article_id": aid,
            "mention_idx": j,
            "parties": pair,
            "deal_type": "investment",
            "amount_value": value / (j + 1),
            "currency": "USD",
            "grounded": True,
        }
        for j in range(rng.randint(1, 3))
    ]
    return orgs, deals


def synthesize(n_articles: int, seed: int = 7) -> dict[str, pl.DataFrame]:
    rng = random.Random(seed)
    start = datetime(2025, 1, 1)
    arts, enrs, orgs, deals = [], [], [], []
    for i in range(n_articles):
        aid = f"a{i:06d}"
        arts.append(_article(i, aid, start))
        enrs.append(_enrichment(aid, start))
        more_orgs, more_deals = _mentions(aid, rng)
        orgs += more_orgs
        deals += more_deals
    return {
        "staging.articles": pl.DataFrame(arts),
        "staging.enrichments": pl.DataFrame(enrs),
        "staging.org_mentions": pl.DataFrame(orgs),
        "staging.deal_mentions": pl.DataFrame(deals),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=5000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="veille-bench-"))
    settings = Settings(warehouse=folder / "veille.duckdb")
    con = connect(settings.warehouse)
    for table, frame in synthesize(args.articles).items():
        insert_frame(con, table, frame)
    timings = {}
    started = time.perf_counter()
    publish_stage(con, settings, "bench", gazetteer=[], snapshot=False)
    timings["rebuild_s"] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    report = publish_stage(con, settings, "bench", gazetteer=[])
    timings["rebuild_and_snapshot_s"] = round(time.perf_counter() - started, 3)
    con.close()
    print(
        json.dumps(
            {
                "articles": args.articles,
                **report.counts,
                **timings,
                "snapshot_mb": round(report.snapshot_bytes / 2**20, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
