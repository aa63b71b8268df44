"""Stages with nothing new do not redo their work: validations and publish skip unchanged inputs.

Each validation's inputs are fingerprinted in the warehouse (warehouse/marks.py: the result of
every suite query of the stage), together with the suites' own code and the target language.
When the fingerprint equals the one recorded when that validation last completed, nothing it
would judge has changed: the validation is skipped and the verdicts of the run named in the
mark stand (quality.* rows, Data Docs, dashboard). A batch failure records no mark, so a failing
stage is judged again on every run.

Publish reads staging, the quarantine of the validations in force and its configuration; its
fingerprint covers all of them (staging tables and curated tables row by row, the validation
marks, the quarantine rows they wrote, the FX file, the deal rules, the resolve/publish code and
the shipped gazetteer) and whether the analysts' snapshot still exists. When publish must run
but a staging or enrichment validation was skipped in this run, that validation runs again
first (forced): publish excludes what is quarantined under the *current* run id
(warehouse/curated.py), so the verdicts must be this run's.

Anything new changes a fingerprint: a new article (raw, staging, enrichment rows), a
re-enrichment after a prompt change (staging.enrichments rows), a quarantine row removed or
changed, a new FX file. `force` (the flows' full refresh) runs everything.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

from veille.resolve.fx import shipped_path
from veille.settings import Settings
from warehouse.connection import session
from warehouse.marks import query_fingerprint, read_mark, write_mark

if TYPE_CHECKING:  # Great Expectations takes seconds to import: only when a stage is judged
    from expectations.registry import Stage
    from tasks.validate import ValidationReport

ROOT = Path(__file__).resolve().parents[1]
SUITE_CODE = ("expectations",)
PUBLISH_CODE = ("veille/resolve", "veille/data", "warehouse/curated.py", "tasks/publish.py")
PUBLISH_INPUTS = (
    "staging.articles", "staging.enrichments", "staging.org_mentions", "staging.money_mentions",
    "staging.deal_mentions", "curated.articles", "curated.deals", "curated.deal_mentions",
)  # fmt: skip
GATES: tuple[Stage, ...] = ("staging", "enrichment")  # the validations publish depends on


@dataclass(frozen=True)
class Skipped:
    """A stage not run: nothing new since the run whose results stand."""

    stage: str
    results_of_run: str

    def as_counts(self) -> dict[str, Any]:
        return {"skipped": "nothing new", "results_of_run": self.results_of_run}


@functools.cache
def code_signature(paths: tuple[str, ...]) -> str:
    """sha256 over the files under `paths` (relative to the repository root), in name order."""
    digest = hashlib.sha256()
    for rel in paths:
        root = ROOT / rel
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _sha(parts: list[str]) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def suite_queries(stage: Stage, settings: Settings) -> list[tuple[str, str]]:
    """(suite name, query) of `stage`'s suites (builds them: imports Great Expectations)."""
    from expectations.registry import stage_suites

    return [(s.name, s.query) for s in stage_suites(stage, settings.target_language)]


def validation_fingerprint(
    con: duckdb.DuckDBPyConnection, queries: list[tuple[str, str]], settings: Settings
) -> str:
    """Over the suites' code, the target language and every suite query's result."""
    parts = [code_signature(SUITE_CODE), settings.target_language]
    parts += [f"{name}={query_fingerprint(con, query)}" for name, query in queries]
    return _sha(parts)


def _standing_run(con: duckdb.DuckDBPyConnection, stage: Stage, settings: Settings) -> str | None:
    """The run whose verdicts still stand, checked with the queries its mark recorded (same
    suite code means same queries: no suite needs building, nor GX importing, to skip)."""
    mark = read_mark(con, f"validate_{stage}")
    if mark is None or mark.inputs is None:
        return None
    recorded = [(name, query) for name, query in json.loads(mark.inputs)]
    same = validation_fingerprint(con, recorded, settings) == mark.fingerprint
    return mark.run_id if same else None


def validate_unless_unchanged(
    con: duckdb.DuckDBPyConnection,
    stage: Stage,
    run_id: str,
    *,
    settings: Settings,
    build_docs: bool = False,
    force: bool = False,
) -> ValidationReport | Skipped:
    """Validate `stage` (tasks/validate.py) unless its inputs are those of its last completion."""
    if not force:
        standing = _standing_run(con, stage, settings)
        if standing is not None:
            return Skipped(f"validate_{stage}", standing)
    from tasks.validate import validate_stage

    queries = suite_queries(stage, settings)
    fingerprint = validation_fingerprint(con, queries, settings)
    report = validate_stage(con, stage, run_id, settings=settings, build_docs=build_docs)
    # not reached on a batch failure: a failing stage is judged again on every run
    write_mark(con, f"validate_{stage}", fingerprint, run_id, json.dumps(queries))
    return report


def publish_fingerprint(con: duckdb.DuckDBPyConnection, settings: Settings) -> str:
    marks = [read_mark(con, f"validate_{stage}") for stage in GATES]
    runs = sorted({m.run_id for m in marks if m is not None})
    quarantine = (
        "select * from quality.quarantine where not starts_with(expectation, 'publish:')"
        " and list_contains($1, run_id)"
    )
    fx = settings.fx_rates_path or shipped_path()
    parts = [
        code_signature(PUBLISH_CODE),
        hashlib.sha256(fx.read_bytes()).hexdigest(),
        f"{settings.target_language}:{settings.deal_window_days}:{settings.deal_conflict_band}",
        str(settings.published_path().exists()),
        *(f"{m.stage}={m.fingerprint}@{m.run_id}" if m else "none" for m in marks),
        f"quarantine={query_fingerprint(con, quarantine, [runs])}",
    ]
    parts += [f"{t}={query_fingerprint(con, f'select * from {t}')}" for t in PUBLISH_INPUTS]
    return _sha(parts)


@dataclass(frozen=True)
class PublishPlan:
    needed: bool
    revalidate: tuple[Stage, ...] = ()  # gates whose verdicts are not this run's
    results_of_run: str | None = None  # when not needed: the run whose curated data stands


def plan_publish(
    con: duckdb.DuckDBPyConnection, settings: Settings, run_id: str, *, force: bool = False
) -> PublishPlan:
    mark = read_mark(con, "publish")
    if not force and mark is not None and mark.fingerprint == publish_fingerprint(con, settings):
        return PublishPlan(False, results_of_run=mark.run_id)
    stale = tuple(
        stage
        for stage in GATES
        if (gate := read_mark(con, f"validate_{stage}")) is None or gate.run_id != run_id
    )
    return PublishPlan(True, stale)


def mark_published(con: duckdb.DuckDBPyConnection, settings: Settings, run_id: str) -> None:
    """After a publish: the fingerprint of what it read and wrote (curated tables included)."""
    write_mark(con, "publish", publish_fingerprint(con, settings), run_id)


@task(name="validate", task_run_name="validate-{stage}", cache_policy=NO_CACHE)
def validate_unless_unchanged_task(
    stage: Stage, run_id: str, settings: Settings, build_docs: bool = False, force: bool = False
) -> ValidationReport | Skipped:
    """Prefect wrapper: own connection; no retries (data does not heal on retry)."""
    with session(settings.warehouse) as con:
        return validate_unless_unchanged(
            con, stage, run_id, settings=settings, build_docs=build_docs, force=force
        )


@task(name="plan-publish", cache_policy=NO_CACHE)
def plan_publish_task(settings: Settings, run_id: str, force: bool = False) -> PublishPlan:
    with session(settings.warehouse) as con:
        return plan_publish(con, settings, run_id, force=force)


@task(name="mark-published", cache_policy=NO_CACHE)
def mark_published_task(settings: Settings, run_id: str) -> None:
    with session(settings.warehouse) as con:
        mark_published(con, settings, run_id)
