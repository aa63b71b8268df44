"""Helpers for the crash tests: run the pipeline in a subprocess, read a warehouse's state.

States compare every curated row minus the columns that name a run (`*run_id`); the
publication table (one bookkeeping row per publish, with its time) is compared by its counts.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
CURATED = (
    "articles",
    "organizations",
    "org_mentions",
    "money_mentions",
    "deals",
    "deal_mentions",
    "fx_rates",
)
PUBLICATION = "select articles, organizations, deals, deal_mentions from curated.publication"
State = dict[str, list[str]]


def base_env(extra: Mapping[str, str]) -> dict[str, str]:
    """The test's environment without any VEILLE_* of the developer, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env.update(
        PYTHONPATH=str(REPO),
        LITELLM_LOCAL_MODEL_COST_MAP="True",
        GX_ANALYTICS_ENABLED="False",
        PREFECT_LOGGING_LEVEL="WARNING",
        PREFECT_SERVER_ANALYTICS_ENABLED="False",
    )
    env.update(extra)
    return env


@dataclass
class Runner:
    """Starts `veille run` (cli=True) or the plain-stage driver on one warehouse."""

    warehouse: Path
    sources: Sequence[str]  # CLI arguments: --input PATH / --feed URL
    env: dict[str, str]
    cli: bool = False
    log: list[tuple[str, int]] = field(default_factory=list)

    def command(self) -> list[str]:
        if self.cli:
            return [
                sys.executable,
                "-m",
                "veille.cli",
                "run",
                "--warehouse",
                str(self.warehouse),
                *self.sources,
            ]
        return [
            sys.executable,
            "-m",
            "tests.reliability.driver",
            str(self.warehouse),
            *self.sources,
        ]

    def run(
        self, fault: str | None = None, timeout: float = 180
    ) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if fault:
            env["VEILLE_FAULT_POINT"] = fault
        proc = subprocess.run(
            self.command(),
            cwd=self.warehouse.parent,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        self.log.append((fault or "clean", proc.returncode))
        return proc

    def kill_at(self, fault: str) -> None:
        proc = self.run(fault)
        if proc.returncode != -signal.SIGKILL:
            raise AssertionError(
                f"{fault}: expected death by SIGKILL, got exit {proc.returncode}"
                f" (point never reached?)\n{proc.stderr[-3000:]}"
            )

    def finish(self) -> subprocess.CompletedProcess[str]:
        proc = self.run()
        if proc.returncode != 0:
            raise AssertionError(f"clean rerun failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
        return proc


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    cols = [
        r[0]
        for r in con.execute(
            "select column_name from information_schema.columns where table_schema = 'curated'"
            " and table_name = ? and column_name not like '%run_id' order by ordinal_position",
            [table],
        ).fetchall()
    ]
    quoted = ", ".join(f'"{c}"' for c in cols)
    return sorted(map(repr, con.execute(f"select {quoted} from curated.{table}").fetchall()))


def curated_state(path: Path) -> State:
    """Every curated row of the database at `path` (read-only), empty if it has none yet."""
    if not path.exists():
        return {}
    with duckdb.connect(str(path), read_only=True) as con:
        present = {
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema='curated'"
            ).fetchall()
        }
        if "articles" not in present:
            return {}
        state = {table: _rows(con, table) for table in CURATED}
        state["publication"] = sorted(map(repr, con.execute(PUBLICATION).fetchall()))
    if not state["articles"] and not state["publication"]:
        return {}
    return state


def raw_counts(path: Path) -> tuple[int, int]:
    """(rows, distinct (url, content_hash)) of raw.articles."""
    with duckdb.connect(str(path), read_only=True) as con:
        row = con.execute(
            "select count(*), count(distinct (url, content_hash)) from raw.articles"
        ).fetchall()[0]
    return int(row[0]), int(row[1])


def curated_urls(path: Path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {r[0] for r in con.execute("select url from curated.articles").fetchall()}


def describe(state: State) -> str:
    return ", ".join(f"{t}={len(rows)}" for t, rows in state.items()) or "empty"


def diff(got: State, want: State, sample: int = 2) -> str:
    """The tables that differ, with a few rows on each side (for assertion messages)."""
    lines = []
    for table in sorted(set(got) | set(want)):
        a, b = set(got.get(table, [])), set(want.get(table, []))
        if a != b:
            lines.append(
                f"{table}: {len(a - b)} extra {sorted(a - b)[:sample]},"
                f" {len(b - a)} missing {sorted(b - a)[:sample]}"
            )
    return "\n".join(lines) or "no difference"
