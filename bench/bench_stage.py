"""Incremental staging versus a full restage, on N synthetic raw articles.

    PYTHONPATH=. /work/main/.venv/bin/python -m bench.bench_stage --articles 5000

Lands N articles (random English-like texts from the dev set's vocabulary, ~300 words), stages
them once, then lands ONE new article and times: the incremental stage (what every hourly run
does), a run with nothing new, and a full refresh (what every run did before staging became
incremental). Prints one JSON line. Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import polars as pl

from tasks.stage import stage
from veille.ingest.records import articles_frame
from veille.text import content_hash
from warehouse.connection import connect
from warehouse.raw import land_articles

T0 = datetime(2026, 3, 1)


def vocabulary(shared: Path) -> list[str]:
    text = (shared / "eval" / "dev" / "articles.jsonl").read_text(encoding="utf-8")
    words = re.findall(
        r"[A-Za-z]{3,}", " ".join(json.loads(line)["text"] for line in text.splitlines())
    )
    return sorted(set(words))


def synthesize(words: list[str], start: int, n: int, seed: int) -> pl.DataFrame:
    rng = random.Random(seed)
    rows = []
    for i in range(start, start + n):
        paragraphs = [" ".join(rng.choices(words, k=60)) + "." for _ in range(5)]
        text = "\n\n".join(paragraphs)
        rows.append(
            {
                "url": f"https://bench.example/a/{i:07d}",
                "content_hash": content_hash(text),
                "title": f"Story {i}",
                "source": "Bench",
                "published_at": T0 + timedelta(minutes=i),
                "text": text,
                "input_kind": "jsonl",
                "fetched_at": T0 + timedelta(hours=2 if start else 1),
            }
        )
    return articles_frame(rows)


def timed(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return round(time.perf_counter() - started, 3), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = parser.parse_args()
    words = vocabulary(args.shared)
    con = connect()
    land_articles(con, synthesize(words, 0, args.articles, 1), "r0")
    first_s, _ = timed(stage, con, "r0")
    land_articles(con, synthesize(words, args.articles, 1, 2), "r1")
    incremental_s, counts = timed(stage, con, "r1")
    nothing_s, _ = timed(stage, con, "r2")
    full_s, full = timed(stage, con, "r3", full_refresh=True)
    print(
        json.dumps(
            {
                "articles": args.articles + 1,
                "first_stage_s": first_s,
                "one_new_incremental_s": incremental_s,
                "one_new_counts": counts,
                "nothing_new_s": nothing_s,
                "full_refresh_s": full_s,
                "full_refresh_staged": full["staged"],
            }
        )
    )


if __name__ == "__main__":
    main()
