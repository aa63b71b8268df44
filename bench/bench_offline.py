"""Throughput of the offline engine on one core (target: at least 200 articles per second).

Usage (from the repository root):
    python bench/bench_offline.py [--rounds N] [--with-heldout]

Runs `enrich` over every article of the shared dev set, the seed and the project's own gold
set, repeated N times after one warm-up pass (the warm-up pays the one-off costs: compiling
regexes, loading the gazetteer and the language model), and prints articles per second.
The rate is measured in CPU time of this process (`time.process_time`), which is what "one
core" means on a shared machine; wall-clock time is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from veille.offline.engine import enrich  # noqa: E402
from veille.schema import ArticleInput  # noqa: E402


def corpus(with_heldout: bool = False) -> list[ArticleInput]:
    shared = next(p for p in (ROOT.parent / "shared", Path("/work/shared")) if p.exists())
    files = [
        shared / "eval/dev/articles.jsonl",
        shared / "seed/article.jsonl",
        ROOT / "veille/data/eval/articles.jsonl",
    ]
    if with_heldout:  # longer articles (about 1,900 characters), see tests/fixtures/heldout*
        sets = ("heldout", "heldout_fresh", "heldout_final", "heldout_last")
        files += [ROOT / f"tests/fixtures/{d}/articles.jsonl" for d in sets]
    items = []
    for path in files:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                d = json.loads(line)
                items.append(
                    ArticleInput(
                        article_id=f"{path.stem}-{i}", title=d.get("title", ""), text=d["text"]
                    )
                )
    return items


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--min-rate", type=float, default=200.0)
    ap.add_argument("--with-heldout", action="store_true", help="add the held-out sets")
    args = ap.parse_args()
    articles = corpus(args.with_heldout)
    started = time.perf_counter()
    for article in articles:
        enrich(article)
    warmup = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(args.rounds):
        for article in articles:
            enrich(article)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    n = len(articles) * args.rounds
    rate = n / cpu
    chars = sum(len(a.text) for a in articles) / len(articles)
    print(
        f"warm-up {warmup:.2f}s; {n} articles (avg {chars:.0f} chars):"
        f" {rate:.0f} articles/s of CPU on one core ({1000 / rate:.2f} ms/article);"
        f" wall clock {n / elapsed:.0f} articles/s"
    )
    return 0 if rate >= args.min_rate else 1


if __name__ == "__main__":
    sys.exit(main())
