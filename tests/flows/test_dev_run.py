"""A full pipeline run on the shared dev set: what the quality gates and the dashboard show.

One run (module fixture) over ../shared/eval/dev plus an article that must fail a row-level
expectation; the tests read what that run left behind.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.dashboard.browser import find_chromium, render_page
from tests.dashboard.expected import COUNT_SQL, expected_values
from veille.dashboard.render import build_dashboard
from veille.resolve.reports import types_compatible
from veille.settings import Settings

pytestmark = pytest.mark.slow
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SHORT_URL = "https://news.example.org/en/2026/02/too-short"


@pytest.fixture(scope="module")
def dev_run(prefect_harness: None, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("dev-run")
    settings = Settings(warehouse=root / "w.duckdb")
    inputs = [
        str(shared_dir / "eval" / "dev" / "articles.jsonl"),
        str(shared_dir / "seed" / "article.jsonl"),
        str(FIXTURES / "too_short.jsonl"),
    ]
    result = pipeline(inputs=inputs, settings=settings)
    return settings, result


def _rows(path: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_validation_results_are_data(dev_run):
    settings, result = dev_run
    run_id = result["run_id"]
    suites = {
        r[0]
        for r in _rows(
            settings.warehouse,
            f"select suite from quality.validation_runs where run_id = '{run_id}'",
        )
    }
    assert {"raw.articles", "staging.articles", "curated.deals"} <= suites
    assert any(s.startswith("enrichment.") for s in suites)
    results = _rows(
        settings.warehouse,
        "select count(*), count(distinct suite) from "
        f"quality.expectation_results where run_id = '{run_id}'",
    )[0]
    assert results[0] > 50 and results[1] == len(suites)


def test_data_docs_name_the_suites(dev_run):
    _settings, result = dev_run
    index = Path(result["validate_enrichment"]["docs"])
    assert index.is_file()
    pages = "\n".join(p.read_text(errors="ignore") for p in index.parent.rglob("*.html"))
    for suite in ("enrichment.deal_mentions", "enrichment.money_mentions", "staging.articles"):
        assert suite in pages


def test_only_rows_that_passed_are_published(dev_run):
    settings, result = dev_run
    run_id = result["run_id"]
    quarantined = _rows(
        settings.warehouse,
        "select table_name, record_key, expectation from "
        f"quality.quarantine where run_id = '{run_id}'",
    )
    short_id = _rows(
        settings.warehouse, f"select article_id from staging.articles where url = '{SHORT_URL}'"
    )[0][0]
    assert ("staging.articles", short_id, "text_length_bounds") in {
        (t, k, e) for t, k, e in quarantined
    }
    published = {r[0] for r in _rows(settings.warehouse, "select url from curated.articles")}
    assert SHORT_URL not in published and len(published) == 13
    # no published mention comes from an ungrounded or quarantined staging row
    leaks = _rows(
        settings.warehouse,
        f"""
        select count(*) from curated.deal_mentions c
        join staging.deal_mentions s using (article_id, mention_idx)
        where not s.grounded or exists (
            select 1 from quality.quarantine q where q.run_id = '{run_id}'
            and q.table_name = 'staging.deal_mentions'
            and q.record_key = s.article_id || ':' || s.mention_idx)""",
    )
    assert leaks == [(0,)]


def test_dashboard_of_the_dev_warehouse_in_chromium(dev_run, tmp_path):
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: run .ci/install-chromium.sh")
        pytest.skip("chromium not installed")
    settings, _ = dev_run
    index = build_dashboard(settings.warehouse, tmp_path / "site")
    report = render_page(binary, index, tmp_path / "profile")
    (tmp_path / "dashboard-dev.png").write_bytes(report.screenshot)
    assert report.rendered == "ok", report.errors
    assert report.errors == []
    for name, chart in report.state["charts"].items():
        assert chart["svg"] + chart["canvas"] >= 1, name
    with duckdb.connect(str(settings.warehouse), read_only=True) as con:
        expected = expected_values(con)
    shown = report.state["metrics"]
    for name in COUNT_SQL:
        assert int(shown[name]["value"]) == expected[name], name
    assert int(shown["deals"]["value"]) == len(
        _rows(settings.warehouse, "select * from curated.deals")
    )


def _gold_deals(shared_dir: Path) -> dict[tuple[frozenset[str], float], tuple[set[str], set[str]]]:
    """(parties, amount) -> the article urls whose gold reports that deal amount, and its types."""
    reported: dict[tuple[frozenset[str], float], tuple[set[str], set[str]]] = defaultdict(
        lambda: (set(), set())
    )
    for gold in (shared_dir / "eval" / "dev" / "gold.jsonl", shared_dir / "seed" / "gold.jsonl"):
        for line in gold.read_text().splitlines():
            article = json.loads(line)
            for deal in article["deals"]:
                for amount in deal["amounts"]:
                    urls, types = reported[(frozenset(deal["parties"]), amount)]
                    urls.add(article["url"])
                    types.add(deal["type"])
    return reported


def test_a_deal_reported_by_several_articles_is_one_ledger_row(dev_run, shared_dir):
    settings, _ = dev_run
    mentions = _rows(
        settings.warehouse,
        """
        select m.deal_id, m.parties, coalesce(m.amount_value, m.amount_max), m.deal_type, a.url
        from curated.deal_mentions m join curated.articles a using (article_id)""",
    )
    checked = 0
    for (parties, amount), (urls, types) in _gold_deals(shared_dir).items():
        if len(urls) < 2:
            continue
        ids = {
            deal_id
            for deal_id, p, value, kind, url in mentions
            if frozenset(p) == parties
            and value is not None
            and abs(value - amount) <= 0.005 * amount
            and any(types_compatible(kind, t) for t in types)
            and url in urls
        }
        # a gold deal lists every amount it may be reported with; the engine reports one of
        # them, so an amount it did not report is an extraction miss, not a ledger question;
        # so is a type of another kind (the ledger keeps an "investment" and a "supply" apart
        # by design: session 9's type model calls one Intel-NVIDIA report "supply")
        assert len(ids) <= 1, (sorted(parties), amount, ids)
        checked += len(ids)
    assert checked >= 4
