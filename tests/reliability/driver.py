"""The pipeline's stages as plain functions in one process, for crash tests (no Prefect).

    python -m tests.reliability.driver WAREHOUSE [--input FILE ...] [--feed URL ...]

Runs what the flow runs, minus validation and the Prefect wrappers: writer lock, start run,
ingest, stage, enrich, publish (with the snapshot), finish run. It reads Settings once and arms
`VEILLE_FAULT_POINT` exactly like `veille run` does, so the same checkpoints kill it. Prefect's
and Great Expectations' import time (seconds per process) is what makes it cheaper than
`veille run` for the many kills of tests/reliability/test_crash.py; the flow itself is killed
there too, a few times, through the real CLI. The caller sets LITELLM_LOCAL_MODEL_COST_MAP.
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path

from tasks.enrich import enrich_stage
from tasks.ingest import ingest
from tasks.publish import publish_stage
from tasks.stage import stage
from veille import faults
from veille.ingest.sources import Sources
from veille.settings import Settings
from warehouse.connection import session
from warehouse.lock import writer_lock
from warehouse.runs import finish_run, start_run


def run(settings: Settings, sources: Sources) -> dict[str, object]:
    run_id = uuid.uuid4().hex[:16]
    path = settings.warehouse
    counts: dict[str, object] = {}
    with writer_lock(path):
        with session(path) as con:
            start_run(con, run_id, "crash-driver")
        with session(path) as con:
            counts["ingest"] = ingest(con, sources, settings, run_id).as_counts()
        with session(path) as con:
            counts["stage"] = stage(con)
        with session(path) as con:
            counts["enrich"] = enrich_stage(con, settings, run_id).as_dict()
        with session(path) as con:
            counts["publish"] = publish_stage(con, settings, run_id).counts
        with session(path) as con:
            finish_run(con, run_id, "completed", counts)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("warehouse", type=Path)
    parser.add_argument("--input", type=Path, action="append", default=[])
    parser.add_argument("--feed", action="append", default=[])
    args = parser.parse_args()
    settings = Settings(warehouse=args.warehouse)
    faults.arm(settings.fault_point)
    counts = run(settings, Sources(feeds=tuple(args.feed), files=tuple(args.input)))
    print(json.dumps(counts, default=str))


if __name__ == "__main__":
    main()
