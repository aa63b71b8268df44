"""veille/lookbehind.py finds exactly `finditer`'s matches."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from veille import lookbehind
from veille.offline.gazetteer import load_gazetteer
from veille.offline.orgcontext import _name_cues

ROOT = Path(__file__).resolve().parents[1]
CRAFTED = [
    "",
    "Bank",
    "XBank Bank -Bank Data Centers, XData Centers",
    "KfW IPEX-Bank and AB-Capital Capital",
    "aaa aab ab b",
    "Capital\nBank\tBank-Bank",
]


def _texts() -> list[str]:
    lines = (ROOT / "veille/data/eval/articles.jsonl").read_text(encoding="utf-8").splitlines()
    rng = random.Random(7)
    words = ["Bank", "Capital", "a", "ab", "-", "Data", "Centers", "X", "IPEX-Bank", ",", "the"]
    generated = [" ".join(rng.choice(words) for _ in range(30)) for _ in range(50)]
    return CRAFTED + generated + [json.loads(line)["text"] for line in lines if line.strip()]


def _same(pattern: re.Pattern[str]) -> None:
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in lookbehind.finditer(pattern, text)] == expected


def test_crafted_patterns() -> None:
    for source in (
        r"(?<![\w-])(?:Bank|Capital|Data Centers|Centers)(?![\w-])",
        r"(?<=[A-Z0-9]-)(?:Bank|Capital)",
        r"(?<!a)b?",  # the body matches the empty string: finditer's own rules
        r"(?<!(?:a|b))b",  # nested parentheses: not read, finditer
        r"(?<=a)(?P<x>a|b)",
        r"Bank",  # no lookbehind
    ):
        _same(re.compile(source))
        _same(re.compile(source, re.I))


def test_engine_patterns() -> None:
    for cue, _, _ in _name_cues():
        _same(cue)
    _same(load_gazetteer().matcher)
