"""Where the offline engine's time goes, measured inside the engine (session 15).

Why: cProfile charges its own overhead to every Python call, so a flat, call-heavy engine
reads flatter than it is; and a regex or table timed alone (a tight loop, warm caches) costs
a half to a third of what it costs inside `enrich`, where the other stages evict it
(sessions 12-14). This view times the engine's stages and its cue gates where they run: each
is wrapped by a timer for the measured rounds, then restored.

How: `stage_times` wraps the stage functions `enrich` calls through the engine module
(`STAGES`), `gate_times` wraps `CueGate.finditer_all` and `finditer_one` (one row per gate,
named by its first pattern). A wrapper costs about 0.3 µs a call: the figures are for
stages called a few times an article, not for small helpers.

Usage (from the repository root, on the benchmark's articles):
    PYTHONPATH=. python -m veille.devtools.enginetime [--rounds 10] [--gates]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from veille import cuegate
from veille.offline import engine
from veille.schema import ArticleInput

# the stages `rule_view` and `enrich` call through the engine module's namespace
STAGES = (
    "detect_language",
    "split_sentences",
    "find_orgs",
    "_money",
    "extract_deals",
    "inferred_parties",
    "main_subject",
    "rerank",
    "summarise",
    "display_names",
    "retype_deals",
    "_organizations",
    "_money_extractions",
    "_deal",
    "Enrichment",
)

Row = tuple[str, float, float]  # name, µs an article, calls an article
Timings = dict[str, list[float]]  # name -> [seconds, calls]


def _timed(
    name: str | Callable[[Any], str], function: Callable[..., Any], acc: Timings
) -> Callable[..., Any]:
    """`function` timed into `acc` under `name`, or under `name(first argument)` (a method's
    row named by its instance)."""

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            slot = acc.setdefault(name if isinstance(name, str) else name(args[0]), [0.0, 0.0])
            slot[0] += time.perf_counter() - started
            slot[1] += 1

    return timed


@contextmanager
def _wrapped(owner: Any, names: dict[str, str], acc: Timings) -> Iterator[None]:
    """`owner`'s attributes (attribute -> row name) timed into `acc`, restored after."""
    saved = {attr: getattr(owner, attr) for attr in names}
    try:
        for attr, name in names.items():
            setattr(owner, attr, _timed(name, saved[attr], acc))
        yield
    finally:
        for attr, function in saved.items():
            setattr(owner, attr, function)


def _gate_name(gate: cuegate.CueGate) -> str:
    head = gate.patterns[0].pattern[:60] if gate.patterns else ""
    return f"{len(gate.patterns)} pattern(s): {head!r}"


@contextmanager
def _gates_wrapped(acc: Timings) -> Iterator[None]:
    """Both `CueGate` entry points timed per gate (a gate's `finditer_one` may call itself
    once: its time is counted once, its calls twice)."""
    cls = cuegate.CueGate
    saved = {"finditer_all": cls.finditer_all, "finditer_one": cls.finditer_one}

    def row_of(attr: str) -> Callable[[cuegate.CueGate], str]:
        return lambda gate: f"{attr[9:]} {_gate_name(gate)}"

    try:
        for attr, function in saved.items():
            setattr(cls, attr, _timed(row_of(attr), function, acc))
        yield
    finally:
        for attr, function in saved.items():
            setattr(cls, attr, function)


def _rows(acc: Timings, articles: int) -> list[Row]:
    rows = [(name, s / articles * 1e6, n / articles) for name, (s, n) in acc.items()]
    return sorted(rows, key=lambda row: -row[1])


def measure(articles: list[ArticleInput], rounds: int, gates: bool = False) -> list[Row]:
    """µs an article and calls an article of each stage (or gate), after one warm-up pass;
    first row: the whole `enrich`."""
    for article in articles:
        engine.enrich(article)
    acc: Timings = {}
    context = _gates_wrapped(acc) if gates else _wrapped(engine, {s: s for s in STAGES}, acc)
    with context:
        started = time.perf_counter()
        for _ in range(rounds):
            for article in articles:
                engine.enrich(article)
        total = time.perf_counter() - started
    count = rounds * len(articles)
    return [("enrich", total / count * 1e6, 1.0), *_rows(acc, count)]


def main(argv: list[str] | None = None) -> int:
    from bench.bench_offline import corpus

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--gates", action="store_true", help="per cue gate instead of per stage")
    args = ap.parse_args(argv)
    rows = measure(corpus(), args.rounds, args.gates)
    whole = rows[0][1]
    for name, micros, calls in rows:
        print(f"{micros:8.0f} µs {micros / whole:6.1%} {calls:6.1f} calls  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
