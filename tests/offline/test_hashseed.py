"""The engine's output must not depend on the interpreter's hash seed (PYTHONHASHSEED).

Found in session 6: two unknown long names sharing a first word ("Shares of ...") were chosen
in set order, so "Shares" resolved to a different organisation from one process to the next.
Each run is a subprocess because the seed is fixed when the interpreter starts."""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT = (
    "Locaweb will pay B3 $125 million over five years.\n\n"
    "Shares of Mitsubishi Corporation rose in early trading after the announcement.\n\n"
    "Shares of Thoma Bravo rose in early trading after the announcement.\n\n"
    "Shares of ITOCHU rose in early trading after the announcement.\n\n"
    "Shares of Union Square Ventures rose in early trading after the announcement.\n\n"
    "Shares of News Corp rose in early trading after the announcement.\n\n"
    "Thoma Bravo did not respond to a request for comment.\n\n"
    "Shares of HeyGen rose in early trading after the announcement."
)
SCRIPT = (
    "import sys\n"
    "from veille.offline.engine import enrich\n"
    "from veille.schema import ArticleInput\n"
    "a = ArticleInput(article_id='x', title='Locaweb and B3 strike a deal', text=sys.stdin.read(),"
    " language='en')\n"
    "print(enrich(a).model_dump_json())\n"
)


def _run(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=TEXT,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return done.stdout


@pytest.mark.slow
def test_the_same_article_gives_the_same_output_under_any_hash_seed() -> None:
    """Eight interpreters, two at a time: each spends ~2.5 s warming the engine, mostly on one
    core, so a 2-core box runs two side by side (session 15: 26 s one after the other)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = set(pool.map(_run, range(8)))
    assert len(outputs) == 1
