"""Hostile input through HTML extraction, feed and sitemap parsing and the money parser.

A short hypothesis budget here (the whole file runs in well under a minute); bench/fuzz.py runs
the same targets for minutes. Each input must return or raise the target's documented
exception, within a time bound; the extreme inputs (10 MB pages, 200k nested tags, billion
laughs, gzip bombs, 100k-digit amounts...) run in a child process under an address-space
limit, which reports its time per input and its peak memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.reliability.fuzzing import TARGETS, Target, attempt

REPO = Path(__file__).resolve().parents[2]
PER_INPUT_S = 5.0  # generated inputs are small: a slow one is a finding (typically < 50 ms)
EXTREME_S = 30.0  # 10 MB pages take about a second; the bound leaves room for a loaded CI box
MEMORY_MB = 1536
EXAMPLES = {"html": 300, "feed": 300, "sitemap": 200, "money": 1000, "gunzip": 300}


def _fuzz(target: Target) -> Any:
    @settings(
        max_examples=EXAMPLES[target.name],
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(target.strategy())
    def run(value: Any) -> None:
        started = time.perf_counter()
        attempt(target, value)
        elapsed = time.perf_counter() - started
        assert elapsed < PER_INPUT_S, f"{target.name}: {elapsed:.1f}s for one input"

    return run


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_generated_inputs(name: str) -> None:
    _fuzz(TARGETS[name])()


@pytest.mark.parametrize(
    "text", ["$1,000.000.5", "0.000,000.0", "$1.000,000.0 billion", "$" + "9" * 400]
)
def test_what_fuzzing_found_in_the_money_parser(text: str) -> None:
    """Regressions: these raised ValueError (one article could fail the whole enrich stage
    through grounding) or parsed as an infinite amount."""
    TARGETS["money"].run((text, None))
    TARGETS["money"].run((text, "fr"))


@pytest.mark.slow
def test_extreme_inputs_are_bounded() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.reliability.fuzzing", "extremes", str(MEMORY_MB * 2)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(proc.stdout)
    findings = [r for r in results if r["outcome"].startswith("UNDOCUMENTED")]
    assert findings == []
    slow = [r for r in results if r["seconds"] > EXTREME_S]
    assert slow == []
    assert max(r["peak_rss_mb"] for r in results) < MEMORY_MB
    kinds = {r["name"].split(" (")[0] for r in results}
    assert {"empty page", "binary page", "invalid UTF-8 page", "huge page", "deep nesting"} <= kinds
    worst = max(results, key=lambda r: r["seconds"])
    print(f"\n{len(results)} extreme inputs, slowest {worst['name']} {worst['seconds']}s,"
          f" peak {max(r['peak_rss_mb'] for r in results)} MB")  # fmt: skip


def test_what_fuzzing_found_costs_one_source_not_the_crawl(shared_dir: Path) -> None:
    """Regressions: feedparser's ValueError and a corrupt .gz sitemap used to escape the
    crawl's error handling and abort the whole ingest; now each is one failed source."""
    from tasks.ingest import ingest
    from tests.ingest.loopback import LoopbackServer, Route
    from tests.ingest.test_crawl import FAST, serve_benchmark
    from veille.ingest.sources import Sources
    from veille.settings import Settings
    from warehouse.connection import connect

    hostile_feed = (
        b'<feed xmlns="\xed\xa0\x80\xed\xa0\x80http://www.w3.org/2005/Atom"><title>f</title>'
        b"<entry><link href='/a'/></entry></feed>"
    )
    dataset = shared_dir / "datasets" / "article-extraction-benchmark"
    con = connect()
    with LoopbackServer() as server:
        [page] = serve_benchmark(server, dataset, limit=1)
        server.routes["/feed.xml"] = Route(body=hostile_feed, content_type="application/atom+xml")
        server.routes["/sitemap.xml.gz"] = Route(body=b"\x1f\x8b\x08\x00garbage" * 10)
        sources = Sources(
            feeds=(server.url("/feed.xml"),),
            sitemaps=(server.url("/sitemap.xml.gz"),),
            urls=(page,),
        )
        report = ingest(con, sources, Settings(allow_private_hosts=True), "fuzz", policy=FAST)
    assert report.new == 1
    assert report.failed == {"bad_feed": 1, "bad_encoding": 1}
    con.close()
