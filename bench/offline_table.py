"""Print orgs / amounts / deals F1 of the offline engine on every gold set, one line each.

Usage (from the repository root):
    python bench/offline_table.py [--json OUT]

Runs `bench/offline_score.py` once per set (named sets plus the fixture folders that hold an
articles.jsonl and a gold.jsonl) so before/after comparisons of a rule change cover all sets.
Folders whose gold is still being written blind (heldout_s32 and later) are skipped on purpose:
a blind set must not be looked at before it is scored once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAMED = ["dev", "seed", "own", "heldout", "fresh", "final", "last", "s2en", "s2fr", "s2mix"]
FOLDERS = [
    "heldout_s3",
    "heldout_s4a",
    "heldout_s4b",
    "heldout_s5",
    "heldout_s6",
    "heldout_s7",
    "heldout_s8",
    "heldout_s9",
    *(f"heldout_s{n}" for n in range(10, 44)),
    "train_t5a",
    "train_t5b",
    "train_t5c",
    "train_t6",
    *(f"train_t7{x}" for x in "abcdef"),
    *(f"train_t8{x}" for x in "abcdefgh"),
    *(f"train_t9{x}" for x in "abcdefgh"),
    *(f"train_t10{x}" for x in "abcdefghijkl"),
]


def score(args: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "score.json"
        cmd = [sys.executable, str(ROOT / "bench/offline_score.py"), *args, "--json", str(out)]
        subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
        return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--json")
    args = ap.parse_args()
    runs = {name: ["--set", name] for name in NAMED}
    for folder in FOLDERS:
        base = ROOT / "tests/fixtures" / folder
        runs[folder] = [
            "--articles",
            str(base / "articles.jsonl"),
            "--gold",
            str(base / "gold.jsonl"),
        ]
    table = {}
    print(f"{'set':<12} {'orgs':>6} {'amounts':>8} {'deals':>6} {'type':>6}")
    for name, run in runs.items():
        s = score(run)
        table[name] = {
            "orgs": s["orgs"]["f1"],
            "amounts": s["amounts"]["f1"],
            "deals": s["deals"]["f1"],
            "type": s["deal_type_accuracy"],
        }
        row = table[name]
        print(
            f"{name:<12} {row['orgs']:>6.3f} {row['amounts']:>8.3f}"
            f" {row['deals']:>6.3f} {row['type']:>6.3f}",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
