"""Publish: rebuild the curated tables from staging, then swap in the analysts' snapshot.

`publish_stage` is a plain function over an open connection (tests pass an in-memory DuckDB);
`publish_task` is the Prefect wrapper that opens its own connection where it runs.
Idempotent: the rebuild is a full delete-and-insert of every curated table in one
transaction, with deterministic ids, so publishing the same staging twice leaves the same rows.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
from prefect import task

from veille.faults import checkpoint
from veille.resolve.amounts import DealRules
from veille.resolve.curate import CurateInput, curate
from veille.resolve.fx import load_fx_rates, shipped_path
from veille.settings import Settings
from warehouse.connection import session
from warehouse.curated import read_publishable, rebuild_curated
from warehouse.snapshot import export_snapshot


@dataclass(frozen=True)
class PublishReport:
    run_id: str | None
    counts: dict[str, int]
    rejected: int
    conflicting_deals: int
    gazetteer_entries: int
    published_path: str | None
    snapshot_bytes: int
    elapsed_s: float
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def default_gazetteer() -> tuple[tuple[object, ...], list[str]]:
    """The shipped gazetteer's entries (and no warnings: it is part of the package)."""
    from veille.offline.gazetteer import load_gazetteer

    return tuple(load_gazetteer().entries), []


def deal_rules(settings: Settings) -> DealRules:
    return DealRules(
        window_days=settings.deal_window_days, conflict_band=settings.deal_conflict_band
    )


def _curate_input(
    settings: Settings, run_id: str | None, gazetteer: Iterable[object] | None
) -> tuple[CurateInput, list[str]]:
    """The curation context; the shipped gazetteer (with its load warnings) unless one is given."""
    warnings: list[str] = []
    if gazetteer is None:
        entries, warnings = default_gazetteer()
    else:
        entries = tuple(gazetteer)
    fx_path = settings.fx_rates_path or shipped_path()
    ctx = CurateInput(
        gazetteer=entries,
        rules=deal_rules(settings),
        fx_rates=load_fx_rates(fx_path),
        target_language=settings.target_language,
        run_id=run_id,
        published_at=datetime.now(UTC).replace(tzinfo=None),
        fx_source=fx_path.name,
    )
    return ctx, warnings


def publish_stage(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    run_id: str | None,
    *,
    gazetteer: Iterable[object] | None = None,
    force: bool = False,
    snapshot: bool = True,
) -> PublishReport:
    """Rebuild curated from publishable staging rows, then export the published snapshot.

    Raises `warehouse.loaders.EmptyBatchError` rather than replace non-empty curated data with
    nothing, unless `force`.
    """
    started = time.perf_counter()
    ctx, warnings = _curate_input(settings, run_id, gazetteer)
    batch = curate(read_publishable(con, run_id), ctx)
    counts = rebuild_curated(con, batch.frames, run_id=run_id, rejected=batch.rejected, force=force)
    checkpoint("publish.rebuilt")
    published: Path | None = None
    size = 0
    if snapshot:
        snap = export_snapshot(con, settings.published_path())
        published, size = snap.path, snap.bytes
    deals = batch.frames["curated.deals"]
    return PublishReport(
        run_id=run_id,
        counts={k.split(".", 1)[1]: v for k, v in counts.items()},
        rejected=batch.rejected.height,
        conflicting_deals=int(deals["conflicting_amounts"].sum()),
        gazetteer_entries=len(ctx.gazetteer),
        published_path=str(published) if published else None,
        snapshot_bytes=size,
        elapsed_s=round(time.perf_counter() - started, 3),
        warnings=warnings,
    )


@task(name="publish", retries=0)
def publish_task(settings: Settings, run_id: str | None, force: bool = False) -> dict[str, object]:
    """Prefect boundary: own connection to the working warehouse, report as a dict."""
    with session(settings.warehouse) as con:
        return publish_stage(con, settings, run_id, force=force).as_dict()
