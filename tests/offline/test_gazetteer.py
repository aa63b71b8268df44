from __future__ import annotations

import json

from veille.offline.gazetteer import canonical, entry_for, load_gazetteer, norm_name

KINDS = {
    "hyperscaler",
    "neocloud",
    "datacenter",
    "chipmaker",
    "semiconductor_equipment",
    "ai_lab",
    "investor",
    "sovereign_fund",
    "bank",
    "exchange",
    "media",
    "bigtech",
    "software",
    "telecom",
    "consultancy",
    "hardware",
    "energy",
    "government",
    "research",
    "automotive",
    "aerospace",
    "conglomerate",
    "other",
    "regulator",
    "agency",
}


def test_gazetteer_is_broad_and_well_formed():
    gaz = load_gazetteer()
    assert load_gazetteer() is gaz  # built once
    assert len(gaz.entries) >= 300
    names = [e.name for e in gaz.entries]
    assert len(names) == len(set(names))
    assert {e.kind for e in gaz.entries} <= KINDS
    for kind in (
        "hyperscaler",
        "neocloud",
        "chipmaker",
        "ai_lab",
        "investor",
        "exchange",
        "media",
        "telecom",
        "consultancy",
        "sovereign_fund",
    ):
        assert sum(e.kind == kind for e in gaz.entries) >= 3, kind


def test_canonical_names_follow_the_shared_aliases(shared_dir):
    known = json.loads((shared_dir / "eval" / "aliases.json").read_text())
    for name, aliases in known.items():
        assert canonical(name) == name
        for alias in aliases:
            if alias != "Facebook's parent":
                assert canonical(alias) == name, alias


def test_canonical_lookup_is_case_and_suffix_insensitive():
    assert canonical("Meta Platforms Inc.") == "Meta"
    assert canonical("nvidia") == "NVIDIA"
    assert canonical("AWS") == "Amazon Web Services"
    assert canonical("Mistral") == "Mistral AI"
    assert canonical("Unknown Widgets") is None
    entry = entry_for("CoreWeave")
    assert entry is not None and entry.kind == "neocloud" and entry.ticker == "CRWV"
    assert norm_name("NVIDIA Corp.") == "nvidia"


def test_matcher_is_case_sensitive_and_word_bounded():
    found = [
        m[0]
        for m in load_gazetteer().matcher.finditer(
            "Meta and metadata; Nvidia-based racks; an orange; Orange; Nebius Group"
        )
    ]
    assert found == ["Meta", "Nvidia", "Orange", "Nebius Group"]
