from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tasks.publish import publish_stage
from tests.staging_factory import article, deal, enrichment, money, org, quarantine, stage
from veille.resolve.orgs import org_id
from veille.settings import Settings
from warehouse.connection import connect
from warehouse.curated import CURATED_TABLES
from warehouse.loaders import EmptyBatchError, read_frame

GAZETTEER = [
    {
        "name": "Meta",
        "aliases": "Meta Platforms|Facebook",
        "ticker": "META",
        "country": "US",
        "kind": "company",
    },
    {
        "name": "Nebius",
        "aliases": ["Nebius Group"],
        "ticker": "NBIS",
        "country": "NL",
        "kind": "company",
    },
    {"name": "NVIDIA", "aliases": ["Nvidia"], "ticker": "NVDA", "country": "US", "kind": "company"},
]
B = 1e9


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(warehouse=tmp_path / "veille.duckdb")


@pytest.fixture
def con():
    c = connect()
    yield c
    c.close()


def stage_two_reports(con) -> None:
    a1 = article("a1", source="Reuters", published_at=datetime(2026, 3, 17, 9))
    a2 = article("a2", source="Bloomberg", published_at=datetime(2026, 3, 18, 7))
    a3 = article("a3", source="Le Monde", published_at=datetime(2026, 3, 19, 7))
    stage(
        con,
        articles=[a1, a2, a3],
        enrichments=[enrichment(a1), enrichment(a2), enrichment(a3)],
        orgs=[
            org("a1", 0, "Meta Platforms", "Meta"),
            org("a1", 1, "Nebius"),
            org("a2", 0, "Meta", "Facebook's parent Meta"),
            org("a2", 1, "Nebius Group N.V."),
            org("a2", 2, "Tavily"),
            org("a2", 3, "Tavily Inc."),
            org("a3", 0, "Meta"),
            org("a3", 1, "Ungrounded Corp", grounded=False),
        ],
        money=[
            money("a1", 0, 27 * B),
            money("a1", 1, 15 * B, qualifier="up_to"),
            money("a1", 2, 12 * B),
            money("a2", 0, 27 * B),
            money("a2", 1, 5.0, None),
        ],
        deals=[
            deal("a1", 0, ["Meta", "Nebius"], value=27 * B),
            deal("a1", 1, ["Meta", "Nebius"], value=12 * B),
            deal("a1", 2, ["Meta", "Nebius"], value=15 * B),
            deal("a1", 3, ["Meta", "Nebius"], value=3 * B),
            deal("a2", 0, ["Nebius Group", "Meta Platforms"], value=27 * B),
            deal("a2", 1, ["Nebius", "Tavily"], deal_type="acquisition"),
            deal("a3", 0, ["Meta", "Nebius"], value=25 * B, currency="EUR"),
            deal("a3", 1, ["Meta", "Facebook"], value=1 * B),
            deal("a3", 2, ["Meta", "Nebius"], value=99 * B, grounded=False),
        ],
    )


def frames(con) -> dict[str, pl.DataFrame]:
    out = {}
    for table in CURATED_TABLES:
        frame = read_frame(con, f"select * from {table}")
        if table == "curated.publication":
            frame = frame.drop("published_at")
        out[table] = frame.sort(frame.columns[:4])
    return out


def test_publish_resolves_orgs_and_deals(con, settings):
    stage_two_reports(con)
    report = publish_stage(con, settings, "r1", gazetteer=GAZETTEER)
    assert report.counts["articles"] == 3
    assert report.gazetteer_entries == 3 and not report.warnings

    names = read_frame(con, "select article_id, name, org_id from curated.org_mentions")
    assert set(names["name"]) == {"Meta", "Nebius", "Tavily"}  # ungrounded row left out
    assert (names["org_id"] == names["name"].map_elements(org_id, pl.String)).all()
    orgs = read_frame(con, "select * from curated.organizations").rows_by_key("name", named=True)
    assert orgs["Meta"][0]["known"] and orgs["Meta"][0]["ticker"] == "META"
    assert "Facebook's parent Meta" in orgs["Meta"][0]["aliases"]
    assert "NVIDIA" in orgs  # every gazetteer entry, mentioned or not
    assert not orgs["Tavily"][0]["known"] and orgs["Tavily"][0]["aliases"] == ["Tavily Inc."]

    deals = read_frame(con, "select * from curated.deals order by amount_value")
    assert deals.height == 3  # 27bn (3 articles), 3bn (a1), Tavily acquisition (a2)
    big = deals.filter(pl.col("amount_value") == 27 * B).row(0, named=True)
    assert big["n_sources"] == 3 and big["n_outlets"] == 3
    assert big["conflicting_amounts"] is True  # Le Monde's 25bn EUR is ~28.8bn USD
    assert big["amount_usd"] == 27 * B and big["fx_rate_date"] is None
    small = deals.filter(pl.col("amount_value") == 3 * B).row(0, named=True)
    assert small["n_sources"] == 1 and not small["conflicting_amounts"]

    mentions = read_frame(con, "select * from curated.deal_mentions")
    assert mentions.height == 7  # ungrounded and self-deal rows are not published
    assert mentions["deal_id"].null_count() == 0
    assert mentions.filter(pl.col("deal_id") == big["deal_id"]).height == 5
    rejected = read_frame(con, "select table_name, record_key, expectation from quality.quarantine")
    assert set(rejected.rows()) == {
        ("staging.money_mentions", "a2:1", "publish:amount_complete"),
        ("staging.deal_mentions", "a3:1", "publish:deal_resolvable"),
    }


def test_amount_usd_uses_the_dated_rate(con, settings):
    a = article("e1", published_at=datetime(2026, 3, 17))
    stage(
        con,
        articles=[a],
        enrichments=[enrichment(a)],
        deals=[
            deal(
                "e1",
                0,
                ["Mistral AI", "ASML"],
                value=1.3 * B,
                currency="EUR",
                deal_type="investment",
            )
        ],
    )
    publish_stage(con, settings, "r1", gazetteer=[], snapshot=False)
    row = read_frame(con, "select * from curated.deals").row(0, named=True)
    rate = con.execute(
        "select usd_per_unit from curated.fx_rates where currency = 'EUR'"
        " and rate_date = date '2026-03-17'"
    ).fetchall()[0][0]
    assert 1.0 < rate < 1.4
    assert row["amount_usd"] == pytest.approx(1.3 * B * rate)
    assert row["fx_rate_date"].isoformat() == "2026-03-17"


def test_publish_twice_gives_the_same_rows(con, settings):
    stage_two_reports(con)
    publish_stage(con, settings, "r1", gazetteer=GAZETTEER)
    first = frames(con)
    publish_stage(con, settings, "r1", gazetteer=GAZETTEER)
    second = frames(con)
    for table in CURATED_TABLES:
        assert first[table].equals(second[table]), table
    assert con.execute("select count(*) from quality.quarantine").fetchall()[0][0] == 2


def test_quarantine_of_the_current_run_excludes_rows(con, settings):
    stage_two_reports(con)
    quarantine(con, "r2", "staging.enrichments", "a3")
    quarantine(con, "r2", "staging.deal_mentions", "a1:3")
    quarantine(con, "r1", "staging.articles", "a2")  # an older run: not binding now
    publish_stage(con, settings, "r2", gazetteer=GAZETTEER, snapshot=False)
    published = {r[0] for r in con.execute("select article_id from curated.articles").fetchall()}
    assert published == {"a1", "a2"}
    keys = read_frame(con, "select article_id, mention_idx from curated.deal_mentions")
    assert ("a1", 3) not in keys.rows() and ("a1", 0) in keys.rows()
    assert not read_frame(con, "select * from curated.org_mentions where article_id = 'a3'").height


def test_duplicate_deal_keys_are_quarantined_not_multiplied(con, settings):
    a = article("d1")
    twice = deal("d1", 0, ["Meta", "Nebius"], value=1 * B)
    stage(con, articles=[a], enrichments=[enrichment(a)],
          deals=[twice, twice, deal("d1", 1, ["Meta", "Tavily"])])  # fmt: skip
    publish_stage(con, settings, "r1", gazetteer=[], snapshot=False)
    published = con.execute("select mention_idx from curated.deal_mentions").fetchall()
    assert published == [(1,)]
    rejected = con.execute("select record_key from quality.quarantine").fetchall()
    assert rejected == [("d1:0",), ("d1:0",)]


def test_only_enriched_current_articles_are_published(con, settings):
    ok, skipped, stale = article("ok"), article("skip"), article("stale")
    old = enrichment(stale)
    old["content_hash"] = "an-older-version"
    stage(
        con,
        articles=[ok, skipped, stale],
        enrichments=[enrichment(ok), enrichment(skipped, status="skipped_budget"), old],
    )
    publish_stage(con, settings, "r1", gazetteer=[], snapshot=False)
    assert con.execute("select list(article_id) from curated.articles").fetchall()[0][0] == ["ok"]


def test_empty_batch_is_refused_unless_forced(con, settings):
    stage_two_reports(con)
    publish_stage(con, settings, "r1", gazetteer=GAZETTEER, snapshot=False)
    con.execute("update staging.enrichments set status = 'quarantined'")
    with pytest.raises(EmptyBatchError):
        publish_stage(con, settings, "r2", gazetteer=GAZETTEER, snapshot=False)
    assert con.execute("select count(*) from curated.articles").fetchall()[0][0] == 3
    publish_stage(con, settings, "r2", gazetteer=GAZETTEER, snapshot=False, force=True)
    assert con.execute("select count(*) from curated.articles").fetchall()[0][0] == 0


def test_views_in_the_published_file(con, settings):
    stage_two_reports(con)
    report = publish_stage(con, settings, "r1", gazetteer=GAZETTEER)
    assert report.published_path == str(settings.published_path().resolve())
    pub = duckdb.connect(report.published_path, read_only=True)
    try:
        ledger = read_frame(pub, "select * from curated.deal_ledger order by amount_value desc")
        top = ledger.row(0, named=True)
        assert top["sources"] == ["Bloomberg", "Le Monde", "Reuters"] and len(top["urls"]) == 3
        assert top["parties"] == ["Meta", "Nebius"] and top["n_mentions"] == 5
        company = read_frame(pub, "select * from curated.company_deals where company = 'Nebius'")
        assert company.height == 3
        assert sorted(map(tuple, company["counterparties"].to_list())) == [
            ("Meta",),
            ("Meta",),
            ("Tavily",),
        ]
        month = read_frame(pub, "select * from curated.deals_by_month").row(0, named=True)
        assert month["n_deals"] == 3 and month["n_conflicting"] == 1
        run = pub.execute("select run_id, articles, deals from curated.publication").fetchall()
        assert run == [("r1", 3, 3)]
    finally:
        pub.close()


def test_scorer_reads_the_published_contract(con, settings, shared_dir, tmp_path):
    """The seed gold, staged as a perfect extraction, scores 1.0 through score.py."""
    import json

    from tests.staging_factory import seed_article

    gold = json.loads((shared_dir / "seed" / "gold.jsonl").read_text().splitlines()[0])
    seed = seed_article(shared_dir)
    orgs = [org("seed", i, o["name"]) for i, o in enumerate(gold["orgs"])]
    amounts = [
        money(
            "seed",
            i,
            a.get("value"),
            a["currency"],
            low=a.get("min"),
            high=a.get("max"),
            qualifier=a.get("qualifier"),
        )
        for i, a in enumerate(gold["amounts"])
    ]
    deals, idx = [], 0
    for g in gold["deals"]:
        for value in g["amounts"] or [None]:
            deals.append(
                deal(
                    "seed",
                    idx,
                    g["parties"],
                    value=value,
                    currency=g["currency"],
                    deal_type=g["type"],
                )
            )
            idx += 1
    stage(
        con, articles=[seed], enrichments=[enrichment(seed)], orgs=orgs, money=amounts, deals=deals
    )
    report = publish_stage(con, settings, "r1", gazetteer=GAZETTEER)
    out = tmp_path / "score.json"
    done = subprocess.run(
        [
            sys.executable,
            str(shared_dir / "eval" / "score.py"),
            "--db",
            str(report.published_path),
            "--gold",
            str(shared_dir / "seed" / "gold.jsonl"),
            "--json",
            str(out),
            "--min-deal-f1",
            "1",
            "--min-amount-f1",
            "1",
            "--min-org-f1",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(out.read_text())["deal_type_accuracy"] == 1.0
    ledger = read_frame(con, "select parties, amount_value, n_mentions from curated.deal_ledger")
    meta_nebius = ledger.filter(pl.col("parties") == ["Meta", "Nebius"]).sort("amount_value")
    assert meta_nebius.rows() == [(["Meta", "Nebius"], 3 * B, 1), (["Meta", "Nebius"], 27 * B, 3)]
