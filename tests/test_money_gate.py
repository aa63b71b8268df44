"""`parse_amounts` through the cue gate (`parser.GATED`) finds exactly what the plain scan does."""

from __future__ import annotations

from pathlib import Path

import pytest

from veille.devtools.typedata import read_jsonl
from veille.money import parser


def test_gated_and_plain_scans_agree_on_real_articles(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [d["text"] for d in read_jsonl(shared_dir / "eval" / "dev" / "articles.jsonl")]
    texts += ["$5bn and €1,2 milliard", "12 millions d'euros, US$ 3.5 billion", ""]
    monkeypatch.setattr(parser, "GATED", False)
    plain = [parser.parse_amounts(t, "en") for t in texts]
    monkeypatch.setattr(parser, "GATED", True)
    gated = [parser.parse_amounts(t, "en") for t in texts]
    assert gated == plain
    assert sum(map(len, plain)) > 20
