"""A clean warehouse staged by hand from real articles, for the quality suites' tests.

The seed article (French, kept in French) and the first dev-set article (English, translated
to French) go through every layer: raw, staging, enrichment mentions (offsets found in the
real text, amounts found by veille.money) and curated. Every suite passes on it; tests plant
one defect at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import duckdb
import polars as pl

from veille.money import parse_amounts
from warehouse.connection import connect
from warehouse.loaders import insert_frame

NOW = dt.datetime(2026, 3, 18, 8, 0, 0)
RUN = "run-clean"

SUMMARY_FR = {
    "seed": "Meta a conclu avec Nebius un accord de capacité de calcul de 27 milliards de "
    "dollars, dont 12 milliards de capacité dédiée, pour son infrastructure d'intelligence "
    "artificielle.",
    "dev": "Microsoft va louer à Nebius de la capacité de calcul pendant cinq ans pour 17,4 "
    "milliards de dollars, un montant qui pourrait atteindre 19,4 milliards de dollars.",
}
ORGS = {
    "seed": ["Meta", "Nebius", "NVIDIA", "Microsoft", "Yandex", "Tavily", "Nasdaq"],
    "dev": ["Microsoft", "Nebius", "Nasdaq", "Yandex"],
}
DEALS = {
    "seed": [
        (["Meta", "Nebius"], "compute_capacity", "La valeur totale du partenariat"),
        (["Nebius", "Microsoft"], "compute_capacity", "Elle avait également annoncé"),
    ],
    "dev": [(["Microsoft", "Nebius"], "compute_capacity", "Microsoft has agreed to rent")],
}


def article_id(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:16]


def load_articles(shared: Path) -> dict[str, dict[str, str]]:
    seed = json.loads((shared / "seed" / "article.jsonl").read_text(encoding="utf-8"))
    with (shared / "eval" / "dev" / "articles.jsonl").open(encoding="utf-8") as fh:
        dev = json.loads(fh.readline())
    return {"seed": seed, "dev": dev}


def _sentence(text: str, start_words: str) -> tuple[str, int, int]:
    start = text.index(start_words)
    end = text.index(".", start) + 1
    return text[start:end], start, end


def _article_rows(name: str, art: dict[str, str]) -> tuple[dict, dict, dict]:
    aid, text = article_id(art["url"]), art["text"]
    lang = "fr" if name == "seed" else "en"
    chash = hashlib.sha256(text.encode()).hexdigest()
    staged = {
        "article_id": aid,
        "url": art["url"],
        "canonical_url": art["url"],
        "content_hash": chash,
        "title": art["title"],
        "source": art["source"],
        "language": lang,
        "text": text,
        "word_count": len(text.split()),
        "staged_at": NOW,
    }
    raw = {k: staged[k] for k in ("url", "canonical_url", "content_hash", "source", "title")}
    raw |= {"text": text, "input_kind": "jsonl", "origin": f"{name}.jsonl:1"}
    raw |= {"http_status": None, "fetched_at": NOW, "run_id": RUN}
    enriched = {
        "article_id": aid,
        "content_hash": chash,
        "model": "veille/offline",
        "prompt_version": "test",
        "status": "enriched",
        "language": lang,
        "translation_status": "same_language" if lang == "fr" else "translated",
        "summary": SUMMARY_FR[name],
        "why_it_matters": "Capacité de calcul.",
        "enriched_at": NOW,
        "run_id": RUN,
    }
    return raw, staged, enriched


def _deal(aid: str, text: str, i: int, deal: tuple[list[str], str, str]) -> dict:
    """A grounded deal mention: its sentence is the evidence, its first amount the value."""
    parties, kind, words = deal
    sentence, start, end = _sentence(text, words)
    amount = parse_amounts(sentence)[0]
    return {
        "article_id": aid,
        "mention_idx": i,
        "parties": parties,
        "deal_type": kind,
        "amount_value": amount.value,
        "currency": amount.currency,
        "status": "announced",
        "evidence": sentence,
        "char_start": start,
        "char_end": end,
        "grounded": True,
    }


def _mentions(name: str, art: dict[str, str]) -> tuple[list[dict], list[dict], list[dict]]:
    aid, text = article_id(art["url"]), art["text"]
    orgs = []
    for i, org in enumerate(ORGS[name]):
        start = text.index(org)
        orgs.append(
            {
                "article_id": aid,
                "mention_idx": i,
                "name": org,
                "surface": org,
                "evidence": org,
                "char_start": start,
                "char_end": start + len(org),
                "grounded": True,
            }
        )
    money = [
        {
            "article_id": aid,
            "mention_idx": i,
            "value": s.value,
            "min_value": s.min_value,
            "max_value": s.max_value,
            "currency": s.currency,
            "role": "deal_value",
            "surface": s.surface,
            "evidence": s.surface,
            "char_start": s.start,
            "char_end": s.end,
            "grounded": True,
        }
        for i, s in enumerate(parse_amounts(text))
    ]
    deals = [_deal(aid, text, i, deal) for i, deal in enumerate(DEALS[name])]
    return orgs, money, deals


MONEY_COLUMNS = (
    "article_id",
    "value",
    "min_value",
    "max_value",
    "currency",
    "role",
    "surface",
    "char_start",
    "char_end",
)


DEAL_MENTION_COLUMNS = (
    "article_id",
    "parties",
    "amount_value",
    "currency",
    "deal_type",
    "char_start",
    "char_end",
)


def _curated_deals(deals: list[dict]) -> dict[str, list[dict]]:
    """One curated deal per party set (the first mention's values), every mention kept."""
    deal_ids: dict[tuple[str, ...], str] = {}
    first: dict[tuple[str, ...], dict] = {}
    for d in deals:
        key = tuple(sorted(d["parties"]))
        deal_ids.setdefault(key, f"deal-{len(deal_ids)}")
        first.setdefault(key, d)
    return {
        "curated.deals": [
            {
                "deal_id": deal_ids[key],
                "deal_type": d["deal_type"],
                "parties": d["parties"],
                "amount_value": d["amount_value"],
                "currency": d["currency"],
                "n_sources": 1,
            }
            for key, d in first.items()
        ],
        "curated.deal_mentions": [
            {"deal_id": deal_ids[tuple(sorted(d["parties"]))]}
            | {k: d[k] for k in DEAL_MENTION_COLUMNS}
            for d in deals
        ],
    }


def _curated(
    staged: list[dict], enriched: list[dict], orgs: list[dict], money: list[dict], deals: list[dict]
) -> dict[str, list[dict]]:
    names = sorted({o["name"] for o in orgs} | {p for d in deals for p in d["parties"]})
    org_ids = {n: f"org-{n.lower()}" for n in names}
    by_id = {e["article_id"]: e for e in enriched}
    articles = [
        {k: s[k] for k in ("article_id", "url", "title", "language")}
        | {"summary": by_id[s["article_id"]]["summary"], "target_language": "fr"}
        | {"word_count": s["word_count"]}
        for s in staged
    ]
    return {
        "curated.articles": articles,
        "curated.organizations": [{"org_id": org_ids[n], "name": n, "known": False} for n in names],
        "curated.org_mentions": [
            {"article_id": o["article_id"], "org_id": org_ids[o["name"]]}
            | {k: o[k] for k in ("name", "char_start", "char_end")}
            for o in orgs
        ],
        "curated.money_mentions": [{k: m[k] for k in MONEY_COLUMNS} for m in money],
    } | _curated_deals(deals)


def clean_warehouse(shared: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory warehouse (all migrations applied) holding the clean fixture."""
    tables: dict[str, list[dict]] = {
        k: []
        for k in (
            "raw.articles",
            "staging.articles",
            "staging.enrichments",
            "staging.org_mentions",
            "staging.money_mentions",
            "staging.deal_mentions",
        )
    }
    for name, art in load_articles(shared).items():
        for table, row in zip(
            ("raw.articles", "staging.articles", "staging.enrichments"),
            _article_rows(name, art),
            strict=True,
        ):
            tables[table].append(row)
        for table, rows in zip(
            ("staging.org_mentions", "staging.money_mentions", "staging.deal_mentions"),
            _mentions(name, art),
            strict=True,
        ):
            tables[table].extend(rows)
    tables.update(
        _curated(
            tables["staging.articles"],
            tables["staging.enrichments"],
            tables["staging.org_mentions"],
            tables["staging.money_mentions"],
            tables["staging.deal_mentions"],
        )
    )
    con = connect(":memory:")
    for table, rows in tables.items():
        insert_frame(con, table, pl.DataFrame(rows, infer_schema_length=None))
    return con
