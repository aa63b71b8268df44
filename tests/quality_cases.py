"""Planted defects, one per expectation, for tests/test_quality_defects.py.

Each defect is planted with SQL in the clean fixture warehouse, or, where a key or NOT NULL
constraint forbids it in the table, in the frame read from the warehouse (what suites see).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from tests.conftest import find_shared_dir
from tests.quality_fixture import article_id as aid
from tests.quality_fixture import load_articles

FrameFix = Callable[[pl.DataFrame], pl.DataFrame]


@dataclass(frozen=True)
class Defect:
    stage: str
    suite: str
    rule: str
    keys: tuple[str, ...]  # expected quarantine record_keys; () for batch rules
    sql: tuple[str, ...] = ()
    frame: FrameFix | None = field(default=None)

    @property
    def id(self) -> str:
        return f"{self.suite}.{self.rule}"


def _ids() -> tuple[str, str, str, str]:
    arts = load_articles(find_shared_dir())
    return (
        aid(arts["seed"]["url"]),
        aid(arts["dev"]["url"]),
        arts["seed"]["url"],
        arts["dev"]["url"],
    )


SEED, DEV, SEED_URL, DEV_URL = _ids()
EN_SUMMARY = (
    "Microsoft will rent GPU capacity from Nebius for five years in a deal worth "
    "$17.4 billion, which could grow to $19.4 billion."
)


def dup_first(**changes: object) -> FrameFix:
    def fix(frame: pl.DataFrame) -> pl.DataFrame:
        extra = frame.head(1).with_columns(**{k: pl.lit(v) for k, v in changes.items()})
        return pl.concat([frame, extra], how="vertical_relaxed")

    return fix


def set_first(**changes: object) -> FrameFix:
    def fix(frame: pl.DataFrame) -> pl.DataFrame:
        first = pl.int_range(pl.len()) == 0
        return frame.with_columns(
            **{k: pl.when(first).then(pl.lit(v)).otherwise(pl.col(k)) for k, v in changes.items()}
        )

    return fix


def upd(table: str, assignment: str, where: str) -> str:
    return f"update {table} set {assignment} where {where}"


def seed_idx(i: int) -> str:
    return f"article_id = '{SEED}' and mention_idx = {i}"


OM, MM, DM = "staging.org_mentions", "staging.money_mentions", "staging.deal_mentions"
E = "enrichment"
RAW_KEY_SEED = f"{{hash}}:{SEED_URL}"


def _mention_common(suite: str, table: str) -> list[Defect]:
    return [
        Defect(
            E,
            suite,
            "mention_key_unique",
            (f"{SEED}:0",),
            (upd(table, "mention_idx = 0", seed_idx(1)),),
        ),
        Defect(
            E,
            suite,
            "evidence_in_bounds",
            (f"{SEED}:0",),
            (upd(table, "char_end = 1000000", seed_idx(0)),),
        ),
        Defect(E, suite, "mention_idx_present", (), frame=set_first(mention_idx=None)),
    ]


def _curated_insert(table: str, row: str) -> str:
    return f"insert into {table} by name select {row}"


_DM = "['Meta', 'Nebius'] as parties, 'compute_capacity' as deal_type"
CURATED = [
    Defect(
        "curated", "curated.articles", "article_id_unique", (SEED,), frame=dup_first(language="fr")
    ),
    Defect(
        "curated",
        "curated.articles",
        "language_iso639_1",
        (DEV,),
        (upd("curated.articles", "language = 'zz'", f"article_id = '{DEV}'"),),
    ),
    Defect(
        "curated",
        "curated.organizations",
        "org_id_unique",
        ("org-meta",),
        frame=lambda f: dup_first(name="Meta bis")(
            f.sort("org_id", descending=True)
            .filter(pl.col("org_id") == "org-meta")
            .vstack(f.filter(pl.col("org_id") != "org-meta"))
        ),
    ),
    Defect(
        "curated",
        "curated.organizations",
        "name_unique",
        ("org-ghost", "org-meta"),
        frame=lambda f: pl.concat(
            [f, f.filter(pl.col("name") == "Meta").with_columns(org_id=pl.lit("org-ghost"))]
        ),
    ),
    Defect(
        "curated",
        "curated.org_mentions",
        "article_exists",
        ("missing:org-meta::5",),
        (
            _curated_insert(
                "curated.org_mentions",
                "'missing' as article_id, 'org-meta' as org_id, 'Meta' as name, 5 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.org_mentions",
        "org_exists",
        (f"{SEED}:org-ghost::7",),
        (
            _curated_insert(
                "curated.org_mentions",
                f"'{SEED}' as article_id, 'org-ghost' as org_id, 'Ghost' as name, 7 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.money_mentions",
        "article_exists",
        ("missing::3",),
        (
            _curated_insert(
                "curated.money_mentions",
                "'missing' as article_id, 1e9 as value, "
                "'USD' as currency, 'deal_value' as role, 3 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.money_mentions",
        "currency_present",
        (f"{SEED}::1",),
        frame=lambda f: set_first(currency=None, char_start=1)(
            f.sort(pl.col("article_id") != SEED)
        ),
    ),
    Defect(
        "curated",
        "curated.money_mentions",
        "currency_iso4217",
        (f"{SEED}::1",),
        (
            _curated_insert(
                "curated.money_mentions",
                f"'{SEED}' as article_id, 1e9 as value, "
                "'ABC' as currency, 'deal_value' as role, 1 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.money_mentions",
        "role_known",
        (f"{SEED}::2",),
        (
            _curated_insert(
                "curated.money_mentions",
                f"'{SEED}' as article_id, 1e9 as value, "
                "'USD' as currency, 'profit' as role, 2 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.deals",
        "deal_id_unique",
        ("deal-0",),
        frame=dup_first(deal_type="compute_capacity"),
    ),
    Defect(
        "curated",
        "curated.deals",
        "deal_type_known",
        ("deal-0",),
        (upd("curated.deals", "deal_type = 'merger'", "deal_id = 'deal-0'"),),
    ),
    Defect(
        "curated",
        "curated.deals",
        "currency_iso4217",
        ("deal-0",),
        (upd("curated.deals", "currency = 'ABC'", "deal_id = 'deal-0'"),),
    ),
    Defect(
        "curated",
        "curated.deals",
        "parties_known",
        ("deal-0",),
        (upd("curated.deals", "parties = ['Meta', 'Ghost']", "deal_id = 'deal-0'"),),
    ),
    Defect(
        "curated",
        "curated.deals",
        "two_distinct_parties",
        ("deal-0",),
        (upd("curated.deals", "parties = ['Meta', 'Meta']", "deal_id = 'deal-0'"),),
    ),
    Defect(
        "curated",
        "curated.deals",
        "amount_positive",
        ("deal-0",),
        (upd("curated.deals", "amount_value = -1", "deal_id = 'deal-0'"),),
    ),
    Defect(
        "curated",
        "curated.deal_mentions",
        "mention_key_unique",
        (f"deal-0:{SEED}::126",),
        (
            "insert into curated.deal_mentions select * from curated.deal_mentions "
            "where deal_id = 'deal-0'",
        ),
    ),
    Defect(
        "curated",
        "curated.deal_mentions",
        "article_exists",
        ("deal-0:missing::0",),
        (
            _curated_insert(
                "curated.deal_mentions",
                f"'deal-0' as deal_id, 'missing' as article_id, {_DM}, 0 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.deal_mentions",
        "deal_exists",
        (f"deal-ghost:{SEED}::0",),
        (
            _curated_insert(
                "curated.deal_mentions",
                f"'deal-ghost' as deal_id, '{SEED}' as article_id, {_DM}, 0 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.deal_mentions",
        "parties_known",
        (f"deal-0:{SEED}::1",),
        (
            _curated_insert(
                "curated.deal_mentions",
                f"'deal-0' as deal_id, '{SEED}' as "
                "article_id, ['Meta', 'Ghost'] as parties, 'compute_capacity' as "
                "deal_type, 1 as char_start",
            ),
        ),
    ),
    Defect(
        "curated",
        "curated.deal_mentions",
        "deal_type_known",
        (f"deal-0:{SEED}::126",),
        (upd("curated.deal_mentions", "deal_type = 'merger'", "deal_id = 'deal-0'"),),
    ),
    Defect(
        "curated",
        "curated.deal_mentions",
        "currency_iso4217",
        (f"deal-0:{SEED}::126",),
        (upd("curated.deal_mentions", "currency = 'ABC'", "deal_id = 'deal-0'"),),
    ),
]

DEFECTS: list[Defect] = [
    Defect(
        "raw",
        "raw.articles",
        "url_version_unique",
        (RAW_KEY_SEED,),
        frame=lambda f: dup_first()(f.sort("url", descending=SEED_URL > DEV_URL)),
    ),
    Defect(
        "raw",
        "raw.articles",
        "fetched_at_present",
        (RAW_KEY_SEED,),
        frame=lambda f: set_first(fetched_at=None)(f.sort("url", descending=SEED_URL > DEV_URL)),
    ),
    Defect(
        "raw",
        "raw.articles",
        "http_status_ok",
        (RAW_KEY_SEED,),
        (upd("raw.articles", "http_status = 404", f"url = '{SEED_URL}'"),),
    ),
    Defect(
        "raw",
        "raw.articles",
        "input_kind_known",
        (RAW_KEY_SEED,),
        (upd("raw.articles", "input_kind = 'ftp'", f"url = '{SEED_URL}'"),),
    ),
    Defect(
        "staging",
        "staging.articles",
        "article_id_unique",
        (SEED,),
        frame=lambda f: dup_first(content_hash="other")(
            f.sort("article_id", descending=SEED > DEV)
        ),
    ),
    Defect(
        "staging",
        "staging.articles",
        "content_hash_unique",
        (DEV, SEED),
        (
            f"update staging.articles set content_hash = (select content_hash from "
            f"staging.articles where article_id = '{SEED}') where article_id = '{DEV}'",
        ),
    ),
    Defect(
        "staging",
        "staging.articles",
        "language_present",
        (DEV,),
        (upd("staging.articles", "language = null", f"article_id = '{DEV}'"),),
    ),
    Defect(
        "staging",
        "staging.articles",
        "language_iso639_1",
        (DEV,),
        (upd("staging.articles", "language = 'english'", f"article_id = '{DEV}'"),),
    ),
    Defect(
        "staging",
        "staging.articles",
        "text_length_bounds",
        (DEV,),
        (upd("staging.articles", "text = left(text, 50)", f"article_id = '{DEV}'"),),
    ),
    Defect(
        E,
        "enrichment.enrichments",
        "summary_present",
        (SEED,),
        (upd("staging.enrichments", "summary = '  '", f"article_id = '{SEED}'"),),
    ),
    Defect(
        E,
        "enrichment.enrichments",
        "summary_in_target_language",
        (DEV,),
        (upd("staging.enrichments", f"summary = '{EN_SUMMARY}'", f"article_id = '{DEV}'"),),
    ),
    Defect(
        E,
        "enrichment.enrichments",
        "translation_status_known",
        (SEED,),
        (upd("staging.enrichments", "translation_status = 'machine'", f"article_id = '{SEED}'"),),
    ),
    Defect(
        E,
        "enrichment.enrichments",
        "language_iso639_1",
        (SEED,),
        (upd("staging.enrichments", "language = 'eng'", f"article_id = '{SEED}'"),),
    ),
    *_mention_common("enrichment.org_mentions", OM),
    *_mention_common("enrichment.money_mentions", MM),
    Defect(
        E,
        "enrichment.money_mentions",
        "currency_present",
        (f"{SEED}:2",),
        (upd(MM, "currency = null", seed_idx(2)),),
    ),
    Defect(
        E,
        "enrichment.money_mentions",
        "currency_iso4217",
        (f"{SEED}:2",),
        (upd(MM, "currency = 'USX'", seed_idx(2)),),
    ),
    Defect(
        E,
        "enrichment.money_mentions",
        "amount_present",
        (f"{SEED}:2",),
        (upd(MM, "value = null", seed_idx(2)),),
    ),
    Defect(
        E,
        "enrichment.money_mentions",
        "amount_positive",
        (f"{SEED}:2",),
        (upd(MM, "value = -5", seed_idx(2)),),
    ),
    Defect(
        E,
        "enrichment.money_mentions",
        "range_ordered",
        (f"{SEED}:2",),
        (upd(MM, "value = null, min_value = 2e10, max_value = 1e10", seed_idx(2)),),
    ),
    Defect(
        E,
        "enrichment.money_mentions",
        "role_known",
        (f"{SEED}:2",),
        (upd(MM, "role = 'profit'", seed_idx(2)),),
    ),
    Defect(
        E,
        "enrichment.money_mentions",
        "qualifier_known",
        (f"{SEED}:2",),
        (upd(MM, "qualifier = 'roughly'", seed_idx(2)),),
    ),
    *_mention_common("enrichment.deal_mentions", DM),
    Defect(
        E,
        "enrichment.deal_mentions",
        "two_distinct_parties",
        (f"{SEED}:0",),
        (upd(DM, "parties = ['Meta', 'Meta', '']", seed_idx(0)),),
    ),
    Defect(
        E,
        "enrichment.deal_mentions",
        "deal_type_known",
        (f"{SEED}:0",),
        (upd(DM, "deal_type = 'merger'", seed_idx(0)),),
    ),
    Defect(
        E,
        "enrichment.deal_mentions",
        "amount_has_currency",
        (f"{SEED}:0",),
        (upd(DM, "currency = null", seed_idx(0)),),
    ),
    Defect(
        E,
        "enrichment.deal_mentions",
        "currency_iso4217",
        (f"{SEED}:0",),
        (upd(DM, "currency = 'XXX'", seed_idx(0)),),
    ),
    Defect(
        E,
        "enrichment.deal_mentions",
        "amount_positive",
        (f"{SEED}:0",),
        (upd(DM, "amount_value = 0", seed_idx(0)),),
    ),
    Defect(
        E,
        "enrichment.deal_mentions",
        "range_ordered",
        (f"{SEED}:0",),
        (upd(DM, "amount_value = null, amount_min = 5e9, amount_max = 1e9", seed_idx(0)),),
    ),
    Defect(
        E,
        "enrichment.grounding",
        "grounding_rate",
        (),
        (upd(OM, "grounded = false", "true"), upd(MM, "grounded = false", "true")),
    ),
    *CURATED,
]
