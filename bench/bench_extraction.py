"""Extraction quality and speed on the article-extraction-benchmark (181 pages).

Scores `veille.ingest.extract.extract_html` (the function the crawler and the file reader use)
against ground-truth.json with the benchmark's metric: token 4-gram shingles (tokens are
`\\w+` runs), per-document TP/FP/FN normalised by their sum, precision and recall averaged over
documents, F1 the harmonic mean of the two averages.

    /work/main/.venv/bin/python -m bench.bench_extraction [--shared /work/shared] [--json out]

Targets: F1 >= 0.95, >= 50 pages per second per core (single process, one core).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from veille.ingest.extract import ExtractionError, extract_html

_TOKEN = re.compile(r"\w+")
F1_TARGET = 0.95
PAGES_PER_SECOND_TARGET = 50.0


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def tp_fp_fn(truth: str, pred: str) -> tuple[float, float, float]:
    want, got = shingles(truth), shingles(pred)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Benchmark precision/recall averaged over documents, F1 of the averages."""
    precisions, recalls = [], []
    for truth, pred in pairs:
        tp, fp, fn = tp_fp_fn(truth, pred)
        perfect = fp == 0 and fn == 0
        if tp + fp > 0:
            precisions.append(1.0 if perfect else tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(1.0 if perfect else tp / (tp + fn))
    precision, recall = statistics.mean(precisions), statistics.mean(recalls)
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
    }


def run(dataset: Path) -> dict[str, float]:
    truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((dataset / "html" / f"{key}.html.gz").read_bytes()) for key in truth}
    extracted: dict[str, str] = {}
    empty = 0
    extract_html(next(iter(pages.values())))  # warm-up: one-time model and stoplist loading
    start = time.process_time()
    wall = time.perf_counter()
    for key, html in pages.items():
        try:
            extracted[key] = extract_html(html).text
        except ExtractionError:
            extracted[key] = ""
            empty += 1
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    metrics = score([(truth[k].get("articleBody", ""), extracted[k]) for k in truth])
    metrics.update(
        pages=len(pages), empty=empty, cpu_s=cpu, wall_s=wall, pages_per_cpu_second=len(pages) / cpu
    )
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--json", type=Path, help="write the metrics here")
    args = parser.parse_args(argv)
    metrics = run(args.shared / "datasets" / "article-extraction-benchmark")
    print(
        f"pages={metrics['pages']:.0f} empty={metrics['empty']:.0f} "
        f"precision={metrics['precision']:.4f} recall={metrics['recall']:.4f} "
        f"F1={metrics['f1']:.4f} (target >= {F1_TARGET})  "
        f"{metrics['pages_per_cpu_second']:.1f} pages/s per core "
        f"(target >= {PAGES_PER_SECOND_TARGET}; cpu {metrics['cpu_s']:.2f}s, wall {metrics['wall_s']:.2f}s)"
    )
    if args.json:
        args.json.write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    ok = metrics["f1"] >= F1_TARGET and metrics["pages_per_cpu_second"] >= PAGES_PER_SECOND_TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
