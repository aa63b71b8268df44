"""Snapshot the offline engine's output on a fixed corpus, and compare a later run with it.

    python -m veille.devtools.engine_snapshot save [--out PATH] [--generated N]
    python -m veille.devtools.engine_snapshot compare [--out PATH] [--generated N]

Why: speed work on `veille/offline` must leave every output byte-identical. `save` runs
`enrich` on every article of the shared dev set and seed, the project's own gold set, every
`tests/fixtures/*/articles.jsonl` except the blind set (`typedata.BLIND`, never opened), each
paragraph of those articles as an article of its own (more sentence shapes, untitled and
language-detected), and N generated bench articles (`bench.corpus`, languages given, and
the same articles again without their language); it writes one `Enrichment` JSON per line.
`compare` reruns and reports every article whose JSON differs (exit status 1 if any).

Decision: the snapshot lives in `bench/out/` (gitignored): it is a property of the code at
one commit, not a fixture; a reviewer regenerates it from the base commit.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from veille.devtools.typedata import BLIND, ROOT, read_jsonl, shared_dir
from veille.offline.engine import enrich
from veille.schema import ArticleInput

DEFAULT_OUT = ROOT / "bench" / "out" / "engine_snapshot.jsonl"


def real_files() -> list[Path]:
    """Every article file the snapshot reads (the blind set is left out before any read)."""
    shared = shared_dir()
    files = [
        shared / "eval/dev/articles.jsonl",
        shared / "seed/article.jsonl",
        ROOT / "veille/data/eval/articles.jsonl",
    ]
    for folder in sorted((ROOT / "tests" / "fixtures").iterdir()):
        if folder.name not in BLIND and (folder / "articles.jsonl").exists():
            files.append(folder / "articles.jsonl")
    return files


def corpus(generated: int) -> Iterator[ArticleInput]:
    """The snapshot's articles, in a fixed order with stable ids."""
    for path in real_files():
        tag = f"{path.parent.name}/{path.stem}"
        for i, d in enumerate(read_jsonl(path)):
            yield ArticleInput(article_id=f"{tag}-{i}", title=d.get("title", ""), text=d["text"])
            for j, para in enumerate(p for p in d["text"].split("\n") if p.strip()):
                yield ArticleInput(article_id=f"{tag}-{i}-p{j}", text=para)
    from bench.corpus import generate

    for a in generate(generated):
        yield ArticleInput(article_id=f"gen-{a.index}", title=a.title, text=a.text,
                           language=a.language)  # fmt: skip
        if a.index % 4 == 0:
            yield ArticleInput(article_id=f"gen-{a.index}-nolang", title=a.title, text=a.text)


def outputs(generated: int) -> Iterator[tuple[str, str]]:
    for article in corpus(generated):
        yield article.article_id, enrich(article).model_dump_json()


def save(out: Path, generated: int) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for article_id, dumped in outputs(generated):
            handle.write(json.dumps({"id": article_id, "out": dumped}) + "\n")
            count += 1
    print(f"saved {count} enrichments to {out}")
    return 0


def compare(out: Path, generated: int) -> int:
    expected = {d["id"]: d["out"] for d in read_jsonl(out)}
    seen, diffs = 0, []
    for article_id, dumped in outputs(generated):
        seen += 1
        if expected.get(article_id) != dumped:
            diffs.append(article_id)
    missing = len(expected) - seen
    for article_id in diffs[:20]:
        print(f"DIFF {article_id}")
    print(f"compared {seen} enrichments: {len(diffs)} differ, {missing} missing")
    return 1 if diffs or missing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("save", "compare"))
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--generated", type=int, default=2000)
    args = ap.parse_args(argv)
    if args.command == "save":
        return save(args.out, args.generated)
    return compare(args.out, args.generated)


if __name__ == "__main__":
    sys.exit(main())
