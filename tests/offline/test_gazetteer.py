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


def test_gazetteer_covers_the_ai_ecosystem_broadly():
    """Session 11: bare well-known names (no "the start-up X", no legal suffix) are caught only
    by the gazetteer, so it spans the supply chain, finance, power and services."""
    assert len(load_gazetteer().entries) >= 4000
    expected = {
        "Realtek": "chipmaker",
        "Kulicke and Soffa": "semiconductor_equipment",
        "TEPCO": "energy",
        "QNB": "bank",
        "Future Fund": "sovereign_fund",
        "HOOPP": "investor",
        "Booz Allen": "consultancy",
        "Compass Datacenters": "datacenter",
        "Singapore Exchange": "exchange",
        "Emirates News Agency": "media",
        "Wachtell Lipton": "other",
        "K-SURE": "government",
    }
    for name, kind in expected.items():
        entry = entry_for(name)
        assert entry is not None and entry.kind == kind, name
    assert canonical("Verda") == "DataCrunch"  # a renamed company stays one entry
    assert canonical("Vantage Data Centres") == "Vantage Data Centers"


def test_matcher_skips_words_places_and_people_the_new_names_resemble():
    text = (
        "Fortune 500 firms in Hong Kong and the United Arab Emirates; Wing tips; a Vast plan; "
        "Claro, dijo; Cruise control; Harness it; Jean-Marc Chery said; Kodiak bears; "
        "Realtek and Koyeb signed."
    )
    found = [m[0] for m in load_gazetteer().matcher.finditer(text)]
    assert found == ["Realtek", "Koyeb"]


def test_every_surface_and_name_key_belongs_to_one_entry():
    """Session 13: 7,700 rows are merged by hand, so a name or alias written twice (two rows
    for one organisation, or one alias shared by two) is refused here, not found in review."""
    owners: dict[str, str] = {}
    keys: dict[str, str] = {}
    for entry in load_gazetteer().entries:
        for surface in (entry.name, *entry.aliases):
            assert owners.setdefault(surface, entry.name) == entry.name, surface
            assert keys.setdefault(norm_name(surface), entry.name) == entry.name, surface
        assert len(entry.name) >= 2 and "|" not in entry.name, entry.name


def test_gazetteer_spans_the_session13_classes():
    """Deal parties news names that were missed: banks and insurers, telecom and grid
    subsidiaries, corporate venture arms, regional and national public bodies, hospitals."""
    assert len(load_gazetteer().entries) >= 7000
    expected = {
        "Julius Bär": ("Julius Baer", "bank"),
        "Mutua Madrileña": ("Mutua Madrileña", "other"),
        "Openreach": ("Openreach", "telecom"),
        "Westnetz": ("Westnetz", "energy"),
        "Allianz X": ("Allianz X", "investor"),
        "imec.xpand": ("imec.xpand", "investor"),
        "Freistaat Sachsen": ("Freistaat Sachsen", "government"),
        "Regione Lombardia": ("Regione Lombardia", "government"),
        "Generalitat de Catalunya": ("Generalitat de Catalunya", "government"),
        "Monetary Authority of Singapore": ("Monetary Authority of Singapore", "regulator"),
        "Royal Navy": ("Royal Navy", "government"),
        "Hospices civils de Lyon": ("Hospices civils de Lyon", "other"),
        "Coveo": ("Coveo", "software"),
    }
    for surface, (name, kind) in expected.items():
        entry = entry_for(surface)
        assert entry is not None and (entry.name, entry.kind) == (name, kind), surface
    text = "Eni Next, Lufthansa Technik and BMW i Ventures joined; Eni and Lufthansa too."
    found = [m[0] for m in load_gazetteer().matcher.finditer(text)]
    assert found == ["Eni Next", "Lufthansa Technik", "BMW i Ventures", "Eni", "Lufthansa"]


def test_matcher_skips_the_words_the_session13_names_resemble():
    """Bare forms that are words, places or people stay out ("Admiral", "Discover", "Claro",
    "Progressive", "Saarland", "AGI", "PLN", "Mila", "Chery" of Jean-Marc Chery); the longer
    unambiguous forms are in ("Admiral Group", "Hastings Direct")."""
    text = (
        "Admiral Nelson said; Discover more; Progressive rock; Sky and Three; in Saarland; "
        "AGI by 2030; PLN 500m; Mila Kunis; Jean-Marc Chery said; Wave after wave; Stripes; "
        "Admiral Group and Hastings Direct signed."
    )
    found = [m[0] for m in load_gazetteer().matcher.finditer(text)]
    assert found == ["Admiral Group", "Hastings Direct"]


def test_gazetteer_second_pass_adds_investors_start_ups_and_institutes():
    """The second pass added venture and private-equity firms worldwide, regional start-ups,
    research institutes and Asian, Gulf, African and Latin-American corporates."""
    assert len(load_gazetteer().entries) >= 8900
    expected = {
        "Flagship Pioneering": "investor",
        "Nordic Capital": "investor",
        "Sawari Ventures": "investor",
        "Investindustrial": "investor",
        "Mohammed VI Polytechnic University": "research",
        "Zuse Institute Berlin": "research",
        "Astribot": "hardware",
        "Paymob": "other",
        "Grameenphone": "telecom",
    }
    for surface, kind in expected.items():
        entry = entry_for(surface)
        assert entry is not None and entry.kind == kind, surface


def test_matcher_skips_the_words_the_second_pass_names_resemble():
    """Firms named by a plain word stay out ("Paradigm", "Battery", "Addition", "Honor",
    "Carbon", "Haystack"); a longer form is in ("Battery Ventures")."""
    text = (
        "A new Paradigm; Battery life; Addition of; Honor the deal; Carbon capture; "
        "a Haystack search; Battery Ventures led."
    )
    found = [m[0] for m in load_gazetteer().matcher.finditer(text)]
    assert found == ["Battery Ventures"]


def test_gazetteer_third_pass_spans_mid_caps_and_regional_finance():
    """Session 14: mid-caps and family groups, regional and cooperative banks, pension funds,
    development banks and agencies of every region, each with its kind and country."""
    assert len(load_gazetteer().entries) >= 10500
    expected = {
        "Krones": ("DE", "other"),
        "Banca Popolare dell'Alto Adige": ("IT", "bank"),
        "Crédit Agricole Pyrénées Gascogne": ("FR", "bank"),
        "Caja Rural de Navarra": ("ES", "bank"),
        "Corticeira Amorim": ("PT", "other"),
        "Sampension": ("DK", "investor"),
        "Polskie Sieci Elektroenergetyczne": ("PL", "energy"),
        "Grupo Aeroportuario del Pacífico": ("MX", "other"),
        "CDG Invest": ("MA", "investor"),
        "Dukhan Bank": ("QA", "bank"),
        "Hirose Electric": ("JP", "hardware"),
        "Hatton National Bank": ("LK", "bank"),
        "Dashen Bank": ("ET", "bank"),
        "Motier": ("FR", "investor"),
    }
    for surface, (country, kind) in expected.items():
        entry = entry_for(surface)
        assert entry is not None and (entry.country, entry.kind) == (country, kind), surface
    assert canonical("Nord/LB") == "NordLB"  # a new surface of a known bank joins its row
    assert canonical("Polsat Plus") == "Cyfrowy Polsat"


def test_matcher_skips_the_words_the_third_pass_names_resemble():
    """Firms named by a word, a first name or a place in one of the six languages stay out
    ("Mango", "Avril", "Roquette", "Colonial", "Stone", "Bolt", "Warta", "Krka", "Latour");
    their longer forms are in ("Mango Group", "Groupe Avril", "Investment AB Latour")."""
    text = (
        "Mango juice; en Avril; la Roquette; Colonial era; Stone Age; Bolt it; the Warta river; "
        "Krka falls; Bruno Latour said; Mango Group, Groupe Avril and Investment AB Latour invest."
    )
    found = [m[0] for m in load_gazetteer().matcher.finditer(text)]
    assert found == ["Mango Group", "Groupe Avril", "Investment AB Latour"]
