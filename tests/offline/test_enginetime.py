"""The in-engine timer (veille/devtools/enginetime.py) times the engine's stages and gates,
then leaves the engine as it found it."""

from __future__ import annotations

from pathlib import Path

from veille import cuegate
from veille.devtools.enginetime import STAGES, measure
from veille.devtools.typedata import read_jsonl
from veille.offline import engine
from veille.schema import ArticleInput


def _articles(fixtures_dir: Path, count: int) -> list[ArticleInput]:
    rows = read_jsonl(fixtures_dir / "heldout" / "articles.jsonl")[:count]
    return [
        ArticleInput(article_id=f"h{i}", title=d.get("title", ""), text=d["text"])
        for i, d in enumerate(rows)
    ]


def test_stages_are_timed_and_restored(fixtures_dir: Path) -> None:
    articles = _articles(fixtures_dir, 2)
    before = [engine.enrich(a) for a in articles]
    stages = {name: getattr(engine, name) for name in STAGES}
    rows = measure(articles, rounds=2)
    assert rows[0][0] == "enrich" and rows[0][1] > 0
    by_name = {name: (micros, calls) for name, micros, calls in rows}
    for stage in ("detect_language", "find_orgs", "rerank", "Enrichment"):
        micros, calls = by_name[stage]
        assert calls == 1.0 and 0 < micros < rows[0][1]
    assert all(getattr(engine, name) is stages[name] for name in STAGES)
    assert [engine.enrich(a) for a in articles] == before


def test_gates_are_timed_and_restored(fixtures_dir: Path) -> None:
    # more articles than the cue families and lru caches keep (else a round reads caches)
    articles = _articles(fixtures_dir, 8)
    saved = (cuegate.CueGate.finditer_all, cuegate.CueGate.finditer_one)
    rows = measure(articles, rounds=1, gates=True)
    gates = [name for name, _, _ in rows[1:]]
    assert any(name.startswith("all ") for name in gates)
    assert any(name.startswith("one 1 pattern(s)") for name in gates)
    assert (cuegate.CueGate.finditer_all, cuegate.CueGate.finditer_one) == saved
