"""CPU cost per article of each piece of the pipeline, one process, one core.

`python -m bench components --n 1000`: process CPU time (`time.process_time`, all threads),
which a loaded machine distorts far less than wall time. Pieces: HTTP fetch through the
crawler's Fetcher with a small and a large httpx pool, page extraction (trafilatura), feed
parsing, staging (clean + language id + near-duplicate grouping), the offline engine alone,
one `litellm.acompletion` to the offline provider (engine included), and grounding.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import polars as pl

from bench.corpus import generate
from bench.pages import page_html, site
from bench.services import bench_env, running, start


def _cpu(fn: Callable[[], Any], count: int) -> float:
    """Milliseconds of CPU per item."""
    started = time.process_time()
    fn()
    return round((time.process_time() - started) * 1000 / count, 3)


def _fetch_cost(n: int, pool: int) -> float:
    from veille.ingest.fetch import Fetcher
    from veille.settings import Settings

    settings = Settings(allow_private_hosts=True, concurrency=pool, per_host_concurrency=pool)
    site_proc = start("site", ["bench.site", "--n", str(n), "--outlets", "1"], bench_env())
    with running([site_proc]):
        urls = [f"{site_proc.url}/{a.slug}" for a in generate(n)]

        async def crawl() -> None:
            from veille.ingest.crawl import make_client

            async with make_client(settings) as client:
                fetcher = Fetcher(client, settings)
                gate = asyncio.Semaphore(pool)

                async def one(url: str) -> None:
                    async with gate:
                        await fetcher.fetch(url, "page")

                await asyncio.gather(*(one(u) for u in urls))

        return _cpu(lambda: asyncio.run(crawl()), n)


def measure(n: int) -> dict[str, float]:
    from veille.clean import stage_articles
    from veille.grounding import ground
    from veille.ingest.discover import parse_feed
    from veille.ingest.extract import extract_html
    from veille.llm.gateway import configure_litellm
    from veille.llm.prompt import build_messages
    from veille.offline.engine import enrich
    from veille.schema import ArticleInput

    articles = list(generate(n))
    base = "http://127.0.0.1:9"
    pages = [page_html(a, base) for a in articles]
    feed = site(articles, [base])[base]["/feed/0.xml"].body
    extract_html(pages[0], base)  # warm-up: imports and lazy loads
    out: dict[str, float] = {
        "fetch_pool_8": _fetch_cost(n, 8),
        "fetch_pool_64": _fetch_cost(n, 64),
        "extract_html": _cpu(lambda: [extract_html(p, base) for p in pages], n),
        "parse_feed_item": _cpu(lambda: parse_feed(feed, base + "/feed/0.xml"), min(n, 1000)),
    }
    raw = pl.DataFrame(
        {
            "url": [f"{base}/{a.slug}" for a in articles],
            "canonical_url": [f"{base}/{a.slug}" for a in articles],
            "content_hash": [str(a.index) for a in articles],
            "title": [a.title for a in articles],
            "source": [a.source for a in articles],
            "published_at": [None] * n,
            "language_hint": [a.language for a in articles],
            "text": [a.text for a in articles],
            "fetched_at": [None] * n,
        },
        schema_overrides={"published_at": pl.Datetime("us"), "fetched_at": pl.Datetime("us")},
    )
    stage_articles(raw.head(5))
    out["stage_articles"] = _cpu(lambda: stage_articles(raw), n)
    inputs = [
        ArticleInput(article_id=str(a.index), title=a.title, text=a.text, language=a.language)
        for a in articles
    ]
    enrich(inputs[0])
    out["offline_engine"] = _cpu(lambda: [enrich(a) for a in inputs], n)
    answers = [enrich(a) for a in inputs]
    out["grounding"] = _cpu(
        lambda: [
            ground(e, a.text, language=a.language) for e, a in zip(answers, inputs, strict=True)
        ],
        n,
    )
    configure_litellm()
    import litellm

    async def calls(some: list[ArticleInput]) -> None:
        for a in some:
            await litellm.acompletion(
                model="veille/offline", messages=build_messages(a), num_retries=0, max_retries=0
            )

    asyncio.run(calls(inputs[:20]))  # warm-up (lazy imports)
    out["litellm_offline_call"] = _cpu(lambda: asyncio.run(calls(inputs)), n)
    return out
