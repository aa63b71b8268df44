from __future__ import annotations

import json

import pytest

from veille.evaluation.names import (
    NameResolver,
    known_long_forms,
    load_long_forms,
    norm_name,
)


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Meta Platforms, Inc.", "meta platforms"),
        ("Nebius Group NV", "nebius"),
        ("SoftBank Group Corp", "softbank"),
        ("Société Générale SA", "societe generale"),
        # Dotted abbreviations split into letters and stay (as in the reference scorer):
        # "Nebius Group N.V." only resolves through the long forms table.
        ("Nebius Group N.V.", "nebius group n v"),
        ("AT&T", "at and t"),
        ("Group Nine Media", "group nine media"),
        ("ASML Holding", "asml holding"),
        ("Amazon.com", "amazon com"),
        ("Inc.", ""),
    ],
)
def test_norm_name(raw, key):
    assert norm_name(raw) == key


def test_resolver_uses_name_long_forms_then_article_aliases():
    resolver = NameResolver([("Meta", ["Facebook"]), ("Nebius", [])], {"Meta": ["Meta Platforms"]})
    assert resolver.resolve("META PLATFORMS INC") == "Meta"
    assert resolver.resolve("facebook") == "Meta"
    assert resolver.resolve("Nebius Group") == "Nebius"
    assert resolver.resolve("Acme, Inc.") == "?acme"
    assert resolver.resolve_all(["Acme", "ACME Ltd", "Meta"]) == {"?acme", "Meta"}


def test_article_aliases_win_a_clash_with_long_forms():
    long_forms = {"Google": ["Google Cloud"]}
    resolver = NameResolver([("Google", []), ("Google Cloud", ["Google Cloud"])], long_forms)
    assert resolver.resolve("Google Cloud") == "Google Cloud"


def test_shipped_long_forms_cover_the_shared_table(shared_dir):
    shared = json.loads((shared_dir / "eval" / "aliases.json").read_text("utf-8"))
    ours = known_long_forms()
    for canonical, forms in shared.items():
        assert set(forms) <= set(ours.get(canonical, [])), canonical


def test_a_malformed_long_forms_file_is_refused(tmp_path):
    bad = tmp_path / "forms.json"
    bad.write_text('{"Meta": "Meta Platforms"}')
    with pytest.raises(ValueError, match="canonical name"):
        load_long_forms(bad)
