"""SIGKILL midway, rerun: nothing already landed is lost or duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tasks.ingest import ingest
from tests.ingest.loopback import LoopbackServer, Route
from tests.ingest.test_crawl import FAST, rss, serve_benchmark
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect

REPO = Path(__file__).resolve().parents[2]
PAGES = 60

_RUN = """
import sys
from tasks.ingest import ingest
from veille.ingest.fetch import FetchPolicy
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import connect

con = connect(sys.argv[1])
settings = Settings(allow_private_hosts=True, concurrency=2, per_host_concurrency=2)
ingest(con, Sources(feeds=(sys.argv[2],)), settings, "run-killed", policy=FetchPolicy(retries=0))
print("finished")
"""


def _wait_for(predicate, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(0.02)


@pytest.mark.slow
def test_sigkill_midway_then_rerun(tmp_path: Path, shared_dir: Path) -> None:
    dataset = shared_dir / "datasets" / "article-extraction-benchmark"
    warehouse = tmp_path / "veille.duckdb"
    connect(warehouse).close()  # migrations done before the clock starts
    with LoopbackServer() as server:
        links = serve_benchmark(server, dataset, limit=PAGES)
        for route in server.routes.values():
            route.delay = 0.08  # slow pages: the kill lands mid-crawl
        server.routes["/feed.xml"] = Route(body=rss(links), content_type="application/rss+xml")
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        proc = subprocess.Popen(
            [sys.executable, "-c", _RUN, str(warehouse), server.url("/feed.xml")],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        try:

            def halfway() -> bool:
                if proc.poll() is not None:  # finished or crashed before the kill: say why
                    _out, err = proc.communicate()
                    raise AssertionError(
                        f"ingest exited early ({proc.returncode}): {err[-2000:]!r}"
                    )
                return sum(server.bodies.values()) >= PAGES // 2

            _wait_for(halfway, timeout=90)
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        # handlers still sleeping for the dead client finish before anything is counted
        _wait_for(lambda: server.gauges[0].now == 0, timeout=10)
        served_before_kill = sum(n for p, n in server.bodies.items() if p.startswith("/a/"))
        assert served_before_kill < PAGES

        con = connect(warehouse)
        landed_before = con.execute("select count(*) from raw.articles").fetchall()[0][0]
        cached_before = con.execute(
            "select count(*) from raw.http_cache where url like '%/a/%'"
        ).fetchall()[0][0]
        assert 0 < landed_before <= served_before_kill  # batches landed as pages arrived
        assert cached_before <= landed_before  # validators never get ahead of their article

        server.bodies.clear()
        report = ingest(
            con,
            Sources(feeds=(server.url("/feed.xml"),)),
            Settings(allow_private_hosts=True),
            "run-rerun",
            policy=FAST,
        )
        rerun_pages = sum(n for p, n in server.bodies.items() if p.startswith("/a/"))
    total, distinct = con.execute(
        "select count(*), count(distinct url) from raw.articles"
    ).fetchall()[0]
    assert total == distinct == PAGES  # no article lost, no duplicate row
    assert report.new == PAGES - landed_before
    assert rerun_pages == PAGES - cached_before  # what was landed and cached costs only a 304
    assert report.failed == {}
    print(
        f"killed after {served_before_kill} pages served: {landed_before} landed,"
        f" {cached_before} cached; rerun downloaded {rerun_pages}, landed {report.new}"
    )
    con.close()
