"""Import weight of the entry points that spawned workers re-import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_cli_and_the_enrichment_worker_do_not_import_prefect() -> None:
    """Process-pool workers re-import the entry module (`veille.cli` under `veille run`) and
    run `tasks.enrich_work`: Prefect would cost each of them ~1.3 s of CPU and ~40 MB."""
    code = (
        "import sys, veille.cli, tasks.enrich_work; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'prefect')[:3])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.stdout.strip() == "[]"
