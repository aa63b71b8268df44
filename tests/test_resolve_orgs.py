from __future__ import annotations

from dataclasses import dataclass

import pytest

from veille.resolve.orgs import GazetteerEntry, OrgResolver, as_entry, norm_name, org_id


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Nebius Group N.V.", "nebius"),
        ("Meta Platforms, Inc.", "meta platforms"),
        ("NVIDIA Corporation", "nvidia"),
        ("Société Générale S.A.", "societe generale"),
        ("SoftBank Group Corp.", "softbank"),
        ("AT&T Inc.", "at and t"),
        ("Acme Holdings plc", "acme"),
        ("Siemens AG", "siemens"),
        ("Google LLC", "google"),
        ("Group", "group"),  # a name is never normalised away
        ("Amazon.com", "amazon com"),
        ("百度", "百度"),
    ],
)
def test_norm_name(raw, key):
    assert norm_name(raw) == key


GAZETTEER = [
    GazetteerEntry("Meta", ("Meta Platforms", "Facebook"), "META", "US", "company"),
    GazetteerEntry("Nebius", ("Nebius Group",), "NBIS", "NL", "company"),
    GazetteerEntry("Nebius AI", ("Meta",), None, None, None),  # a bad alias: "Meta" is taken
]


def test_gazetteer_names_aliases_and_surfaces():
    resolver = OrgResolver(GAZETTEER)
    assert resolver.observe("Meta Platforms Inc.") == "Meta"
    assert resolver.observe("Facebook's owner", "Facebook") == "Meta"  # surface fallback
    assert resolver.observe("Nebius Group N.V.") == "Nebius"
    assert resolver.observe("Meta") == "Meta"  # canonical names win over another's alias
    assert resolver.observe("NBIS") == "NBIS"  # tickers are not matched
    frame = resolver.frame().rows_by_key("name", named=True)
    meta = frame["Meta"][0]
    assert meta["known"] and meta["ticker"] == "META" and meta["country"] == "US"
    assert meta["aliases"] == [
        "Facebook",
        "Facebook's owner",
        "Meta Platforms",
        "Meta Platforms Inc.",
    ]
    assert meta["org_id"] == org_id("Meta") == org_id("meta")
    assert not frame["NBIS"][0]["known"]
    assert set(frame) == {"Meta", "Nebius", "Nebius AI", "NBIS"}


def test_new_names_merge_on_their_key_and_take_the_usual_spelling():
    resolver = OrgResolver()
    for name in ("OpenAI Inc.", "OpenAI", "OpenAI", "openai"):
        resolver.observe(name)
    assert resolver.canonical("OPENAI, INC") == "OpenAI"
    frame = resolver.frame()
    assert frame.height == 1
    row = frame.row(0, named=True)
    assert row["aliases"] == ["OpenAI Inc.", "openai"] and row["known"] is False
    with pytest.raises(KeyError):
        resolver.canonical("Anthropic")


def test_as_entry_accepts_mappings_objects_and_csv_aliases():
    @dataclass
    class Row:
        name: str
        aliases: list[str]
        ticker: str | None = None
        country: str | None = None
        kind: str | None = None

    assert as_entry(Row("Nvidia", ["NVIDIA Corp"], "NVDA")).aliases == ("NVIDIA Corp",)
    entry = as_entry({"name": " Mistral AI ", "aliases": "Mistral; Mistral AI SAS", "ticker": ""})
    assert entry == GazetteerEntry("Mistral AI", ("Mistral", "Mistral AI SAS"), None, None, None)
    with pytest.raises(ValueError, match="without a name"):
        as_entry({"aliases": "x"})
    with pytest.raises(ValueError, match="aliases"):
        as_entry({"name": "x", "aliases": 3})
