"""Score the offline engine on a gold set with the shared scorer.

Usage (from the repository root):
    python bench/offline_score.py [--articles A.jsonl --gold G.jsonl] [--show-misses] [--json OUT]
    python bench/offline_score.py --set dev|seed|own|heldout|fresh|final|last|s2en|s2fr|s2mix

For each article, runs `enrich`, keeps only what grounding would keep (evidence that is an
exact substring of the text, surfaces inside their evidence, a deal amount that re-parses from
its evidence), writes the curated tables the scorer reads into a fresh DuckDB built with
`warehouse.connection.connect`, then runs the scorer and prints its output.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "fixtures"
sys.path.insert(0, str(ROOT))

from veille.money import amounts_agree, parse_amounts  # noqa: E402
from veille.offline.engine import enrich  # noqa: E402
from veille.schema import ArticleInput, DealExtraction, Enrichment  # noqa: E402
from warehouse.connection import connect  # noqa: E402


def shared_dir() -> Path:
    for candidate in (ROOT.parent / "shared", Path("/work/shared")):
        if (candidate / "eval" / "score.py").exists():
            return candidate
    raise FileNotFoundError("cannot find the shared data folder")


SETS = {
    "dev": lambda: (shared_dir() / "eval/dev/articles.jsonl", shared_dir() / "eval/dev/gold.jsonl"),
    "seed": lambda: (shared_dir() / "seed/article.jsonl", shared_dir() / "seed/gold.jsonl"),
    "own": lambda: (ROOT / "veille/data/eval/articles.jsonl", ROOT / "veille/data/eval/gold.jsonl"),
    # Written before the engine was run on them (see their README.md and docs/offline-engine.md).
    "heldout": lambda: (HELDOUT / "heldout/articles.jsonl", HELDOUT / "heldout/gold.jsonl"),
    "fresh": lambda: (
        HELDOUT / "heldout_fresh/articles.jsonl",
        HELDOUT / "heldout_fresh/gold.jsonl",
    ),
    "final": lambda: (
        HELDOUT / "heldout_final/articles.jsonl",
        HELDOUT / "heldout_final/gold.jsonl",
    ),
    "last": lambda: (HELDOUT / "heldout_last/articles.jsonl", HELDOUT / "heldout_last/gold.jsonl"),
    "s2en": lambda: (
        HELDOUT / "heldout_s2_en/articles.jsonl",
        HELDOUT / "heldout_s2_en/gold.jsonl",
    ),
    "s2fr": lambda: (
        HELDOUT / "heldout_s2_fr/articles.jsonl",
        HELDOUT / "heldout_s2_fr/gold.jsonl",
    ),
    "s2mix": lambda: (
        HELDOUT / "heldout_s2_mix/articles.jsonl",
        HELDOUT / "heldout_s2_mix/gold.jsonl",
    ),
}


def deal_grounded(text: str, deal: DealExtraction) -> bool:
    """Mirror of grounding: evidence in the text, and its amount re-parses from the evidence."""
    if deal.evidence not in text:
        return False
    if deal.amount_value is None and deal.amount_min is None:
        return True
    for span in parse_amounts(deal.evidence):
        if deal.currency not in (span.currency, *span.alternatives):
            continue
        if deal.amount_value is not None and amounts_agree(span.value, deal.amount_value):
            return True
        if amounts_agree(span.min_value, deal.amount_min) and amounts_agree(
            span.max_value, deal.amount_max
        ):
            return True
    return False


def rows_for(article_id: str, text: str, result: Enrichment) -> dict[str, list[tuple]]:
    orgs = [
        (article_id, o.name, o.name)
        for o in result.organizations
        if o.evidence in text and o.surface in o.evidence
    ]
    money = [
        (article_id, m.value, m.min_value, m.max_value, m.currency, m.role)
        for m in result.money
        if m.evidence in text and m.surface in m.evidence
    ]
    deals = []
    for i, d in enumerate(result.deals):
        if deal_grounded(text, d):
            deals.append(
                (
                    f"{article_id}-{i}",
                    article_id,
                    d.parties,
                    d.amount_value,
                    d.amount_min,
                    d.amount_max,
                    d.currency,
                    d.deal_type,
                )
            )
    return {"orgs": orgs, "money": money, "deals": deals}


def build_db(articles: Path, db: Path) -> None:
    con = connect(db)
    for line in articles.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        aid = hashlib.sha1(item["url"].encode()).hexdigest()[:16]
        article = ArticleInput(
            article_id=aid,
            title=item.get("title", ""),
            text=item["text"],
            source=item.get("source"),
            published_at=item.get("published_at"),
        )
        rows = rows_for(aid, item["text"], enrich(article))
        con.execute(
            "insert into curated.articles (article_id, url) values (?, ?)", [aid, item["url"]]
        )
        if rows["orgs"]:
            con.executemany(
                "insert into curated.org_mentions (article_id, org_id, name) values (?, ?, ?)",
                rows["orgs"],
            )
        if rows["money"]:
            con.executemany(
                "insert into curated.money_mentions (article_id, value, min_value,"
                " max_value, currency, role) values (?, ?, ?, ?, ?, ?)",
                rows["money"],
            )
        if rows["deals"]:
            con.executemany(
                "insert into curated.deal_mentions (deal_id, article_id, parties,"
                " amount_value, amount_min, amount_max, currency, deal_type)"
                " values (?, ?, ?, ?, ?, ?, ?, ?)",
                rows["deals"],
            )
    con.close()


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--set", choices=sorted(SETS))
    ap.add_argument("--articles", type=Path)
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--json")
    args = ap.parse_args()
    articles, gold = SETS[args.set or "dev"]() if not args.articles else (args.articles, args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "offline.duckdb"
        build_db(articles, db)
        cmd = [
            sys.executable,
            str(shared_dir() / "eval/score.py"),
            "--db",
            str(db),
            "--gold",
            str(gold),
        ]
        if args.show_misses:
            cmd.append("--show-misses")
        if args.json:
            cmd += ["--json", args.json]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        print(done.stdout, end="")
        print(done.stderr, end="", file=sys.stderr)
        return done.returncode


if __name__ == "__main__":
    sys.exit(main())
