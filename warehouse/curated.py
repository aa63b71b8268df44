"""The curated side of the warehouse: what publish may read from staging, and the rebuild.

Eligibility is the contract with the validation stage: an article is published only when its
enrichment status is `enriched`, its enrichment was made from the current text (same
content_hash), and neither `staging.articles` nor `staging.enrichments` has it quarantined in
the current run; a mention only when it is grounded, its article is published and
`'<article_id>:<mention_idx>'` is not quarantined in the current run for its table. Quarantine
rows written by publish itself (expectation `publish:*`) are not read back: publish derives
them again from staging on every rebuild, which keeps a rerun identical.

The rebuild replaces every curated table inside ONE transaction: readers of the working
warehouse, and the snapshot taken after it, see the old or the new curated data, never a mix.
"""

from __future__ import annotations

from collections.abc import Mapping

import duckdb
import polars as pl

from veille.faults import checkpoint
from warehouse.loaders import EmptyBatchError, insert_frame, read_frame

CURATED_TABLES = (
    "curated.articles", "curated.organizations", "curated.org_mentions",
    "curated.money_mentions", "curated.deals", "curated.deal_mentions", "curated.fx_rates",
    "curated.publication",
)  # fmt: skip
PUBLISH_EXPECTATION = "publish:"  # prefix of the quarantine rows written by publish itself

_ARTICLES = """
with q as (
    select record_key from quality.quarantine
    where run_id is not distinct from $1 and not starts_with(expectation, 'publish:')
      and table_name in ('staging.articles', 'staging.enrichments')
)
select a.article_id, a.url, a.title, a.source, a.published_at, a.staged_at,
       coalesce(e.language, a.language) as language, a.text, a.word_count, a.story_id,
       e.summary, e.why_it_matters, e.translated_title, e.translated_text,
       e.translation_status, e.model, e.prompt_version
from staging.articles as a
join staging.enrichments as e on e.article_id = a.article_id
where e.status = 'enriched'
  and e.content_hash = a.content_hash
  and not exists (select 1 from q where q.record_key = a.article_id)
order by a.article_id
"""

_MENTIONS = """
with q as (
    select record_key from quality.quarantine
    where run_id is not distinct from $1 and table_name = $2
      and not starts_with(expectation, 'publish:')
)
select m.*
from {table} as m
join staging.enrichments as e on e.article_id = m.article_id
join staging.articles as a on a.article_id = m.article_id
where m.grounded
  and e.status = 'enriched'
  and e.content_hash = a.content_hash
  and not exists (
      select 1 from quality.quarantine as qa
      where qa.run_id is not distinct from $1 and not starts_with(qa.expectation, 'publish:')
        and qa.table_name in ('staging.articles', 'staging.enrichments')
        and qa.record_key = m.article_id)
  and not exists (
      select 1 from q where q.record_key = m.article_id || ':' || cast(m.mention_idx as varchar))
order by m.article_id, m.mention_idx
"""

MENTION_TABLES = ("staging.org_mentions", "staging.money_mentions", "staging.deal_mentions")


def read_publishable(con: duckdb.DuckDBPyConnection, run_id: str | None) -> dict[str, pl.DataFrame]:
    """The staging rows publish may use, keyed by staging table name."""
    frames = {"staging.articles": read_frame(con, _ARTICLES, [run_id])}
    for table in MENTION_TABLES:
        frames[table] = read_frame(con, _MENTIONS.format(table=table), [run_id, table])
    return frames


def curated_count(con: duckdb.DuckDBPyConnection, table: str = "curated.articles") -> int:
    return int(con.execute(f"select count(*) from {table}").fetchall()[0][0])


def _check_batch(
    con: duckdb.DuckDBPyConnection, frames: Mapping[str, pl.DataFrame], force: bool
) -> None:
    unknown = set(frames) - set(CURATED_TABLES)
    if unknown:
        raise ValueError(f"not curated tables: {sorted(unknown)}")
    articles = frames.get("curated.articles")
    if (articles is None or articles.is_empty()) and not force and curated_count(con) > 0:
        raise EmptyBatchError(
            "refusing to publish an empty batch over non-empty curated tables (use force)"
        )


def rebuild_curated(
    con: duckdb.DuckDBPyConnection,
    frames: Mapping[str, pl.DataFrame],
    *,
    run_id: str | None,
    rejected: pl.DataFrame | None = None,
    force: bool = False,
) -> dict[str, int]:
    """Replace all curated tables with `frames` (keyed by table name) atomically.

    Refuses to replace non-empty curated data with an empty batch unless `force`: an upstream
    failure that staged nothing must not wipe what analysts read. Rows publish itself rejected
    go to quality.quarantine in the same transaction (replacing this run's earlier ones).
    """
    _check_batch(con, frames, force)
    counts: dict[str, int] = {}
    con.execute("begin transaction")
    try:
        for table in CURATED_TABLES:
            con.execute(f"delete from {table}")
            frame = frames.get(table)
            counts[table] = insert_frame(con, table, frame) if frame is not None else 0
        con.execute(
            "delete from quality.quarantine where run_id is not distinct from ?"
            " and starts_with(expectation, ?)",
            [run_id, PUBLISH_EXPECTATION],
        )
        if rejected is not None:
            insert_frame(con, "quality.quarantine", rejected)
        checkpoint("publish.before_commit")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return counts
