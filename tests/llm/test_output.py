"""Defensive parsing, chunking with overlap, merging of chunk results."""

from __future__ import annotations

import itertools
import json

import pytest

from veille.llm.output import InvalidOutput, merge, parse_enrichment, split_text
from veille.schema import Enrichment

VALID = {
    "language": "en",
    "summary": "s",
    "organizations": [{"name": "Meta", "surface": "Meta", "evidence": "Meta signs."}],
}


def test_fences_and_chatter_are_stripped() -> None:
    wrapped = "Sure!\n```json\n" + json.dumps(VALID) + "\n```\nAnything else?"
    assert parse_enrichment(wrapped).organizations[0].name == "Meta"
    assert parse_enrichment("Result: " + json.dumps(VALID) + " -- done").summary == "s"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "empty"),
        ("no json here", "no JSON object"),
        (json.dumps(VALID)[:40], "no JSON object"),
        (
            '{"language": "en", "money": [{"value": -1, "currency": "USD", "surface": "x", '
            '"evidence": "y"}]}',
            "schema violation",
        ),
        ('{"language": "en",, }', "invalid JSON"),
    ],
)
def test_invalid_answers_carry_a_reason(content: str, message: str) -> None:
    with pytest.raises(InvalidOutput, match=message):
        parse_enrichment(content)


def test_chunks_respect_size_and_overlap() -> None:
    paras = [f"Paragraph {i} " + "word " * 40 for i in range(30)]
    text = "\n\n".join(paras)
    chunks = split_text(text, max_chars=1200, overlap=300)
    assert len(chunks) > 3 and all(len(c) <= 1200 for c in chunks)
    for left, right in itertools.pairwise(chunks):
        assert left.split("\n\n")[-1] == right.split("\n\n")[0]  # one paragraph shared
    assert {p for c in chunks for p in c.split("\n\n")} == set(paras)  # nothing lost
    assert split_text("short", 1200, 300) == ["short"]


def test_a_paragraph_longer_than_a_chunk_is_cut_at_sentences() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(200))
    chunks = split_text(text, max_chars=1000, overlap=0)
    assert all(len(c) <= 1000 for c in chunks) and all(c.endswith(".") for c in chunks)


def test_merge_deduplicates_across_chunks() -> None:
    a = Enrichment.model_validate(
        {
            **VALID,
            "translated_text": "one",
            "money": [{"value": 1e9, "currency": "USD", "surface": "$1bn", "evidence": "e1"}],
        }
    )
    b = Enrichment.model_validate(
        {
            "language": "en",
            "summary": "later",
            "translated_text": "two",
            "organizations": [
                {"name": "meta", "surface": "Meta", "evidence": "x"},
                {"name": "Nebius", "surface": "Nebius", "evidence": "y"},
            ],
            "money": [{"value": 1e9, "currency": "USD", "surface": "$1 billion", "evidence": "e2"}],
            "deals": [{"parties": ["Meta", "Nebius"], "evidence": "d"}],
        }
    )
    merged = merge([a, b])
    assert [o.name for o in merged.organizations] == ["Meta", "Nebius"]
    assert len(merged.money) == 1 and merged.money[0].evidence == "e1"
    assert (
        merged.summary == "s" and merged.translated_text == "one\n\ntwo" and len(merged.deals) == 1
    )
