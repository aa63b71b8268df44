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


def _ingest_costs(articles: list[Any], n: int, base: str) -> dict[str, float]:
    from veille.ingest.discover import parse_feed
    from veille.ingest.extract import extract_html

    pages = [page_html(a, base) for a in articles]
    feed = site(articles, [base])[base]["/feed/0.xml"].body
    extract_html(pages[0], base)  # warm-up: imports and lazy loads
    return {
        "fetch_pool_8": _fetch_cost(n, 8),
        "fetch_pool_64": _fetch_cost(n, 64),
        "extract_html": _cpu(lambda: [extract_html(p, base) for p in pages], n),
        "parse_feed_item": _cpu(lambda: parse_feed(feed, base + "/feed/0.xml"), min(n, 1000)),
    }


def _stage_cost(articles: list[Any], n: int, base: str) -> float:
    from veille.clean import stage_articles

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
    return _cpu(lambda: stage_articles(raw), n)


def _engine_costs(inputs: list[Any], n: int) -> dict[str, float]:
    from veille.grounding import ground
    from veille.offline.engine import enrich

    enrich(inputs[0])
    out = {"offline_engine": _cpu(lambda: [enrich(a) for a in inputs], n)}
    answers = [enrich(a) for a in inputs]
    pairs = list(zip(answers, inputs, strict=True))
    out["grounding"] = _cpu(lambda: [ground(e, a.text, language=a.language) for e, a in pairs], n)
    return out


def _litellm_cost(inputs: list[Any], n: int) -> float:
    from veille.llm.gateway import configure_litellm
    from veille.llm.prompt import build_messages

    configure_litellm()
    import litellm

    async def calls(some: list[Any]) -> None:
        for a in some:
            await litellm.acompletion(
                model="veille/offline", messages=build_messages(a), num_retries=0, max_retries=0
            )

    asyncio.run(calls(inputs[:20]))  # warm-up (lazy imports)
    return _cpu(lambda: asyncio.run(calls(inputs)), n)


def measure(n: int) -> dict[str, float]:
    from veille.schema import ArticleInput

    articles = list(generate(n))
    base = "http://127.0.0.1:9"
    out = _ingest_costs(articles, n, base)
    out["stage_articles"] = _stage_cost(articles, n, base)
    inputs = [
        ArticleInput(article_id=str(a.index), title=a.title, text=a.text, language=a.language)
        for a in articles
    ]
    out |= _engine_costs(inputs, n)
    out["litellm_offline_call"] = _litellm_cost(inputs, n)
    return out
