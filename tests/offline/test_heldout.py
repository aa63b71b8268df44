"""Floors on the held-out gold sets (tests/fixtures/heldout*), a bit below the measured scores.

The sets were written before the engine was run on them (see their README.md); their misses
then guided generic improvements, so they are no longer fully held out: these floors guard
against regressions, the honest first measurements are in docs/offline-engine.md.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from tests.offline.test_engine import offline_score
from veille.devtools.typedata import scorer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

FLOORS = {
    # set: (orgs F1, amounts F1, deals F1, deal type accuracy)
    "heldout": (0.95, 0.95, 0.85, 0.8),
    "heldout_fresh": (0.95, 0.95, 0.9, 0.75),
    "heldout_final": (0.95, 0.95, 0.85, 0.8),
    "heldout_last": (0.95, 0.95, 0.8, 0.8),
    # session-2 blind sets, used for tuning after their first measurement (0.54 / 0.52 deals)
    "heldout_s2_en": (0.95, 0.95, 0.8, 0.75),
    "heldout_s2_fr": (0.95, 0.95, 0.82, 0.85),
    # third session-2 blind set (dev-like), tuned after its measurements (0.609 / 0.599 deals)
    "heldout_s2_mix": (0.93, 0.95, 0.84, 0.88),
    # session-4: heldout_s6 (blind at 0.870 orgs / 0.904 amounts, retired to development)
    # and train_t6, after the session-4 currency and organisation cues
    "heldout_s6": (0.95, 0.97, 0.45, 0.8),
    "train_t6": (0.9, 0.97, 0.5, 0.9),
    # session-5: heldout_s7, blind at 0.962 / 0.986 / 0.569 / 0.923, then training data
    "heldout_s7": (0.93, 0.95, 0.55, 0.85),
    # session-6: heldout_s8, blind at 0.952 / 1.000 / 0.657 / 0.839, then training data
    "heldout_s8": (0.93, 0.97, 0.65, 0.9),
    # session-7: heldout_s9, blind at 0.940 / 0.984 / 0.588 / 0.968, then training data
    "heldout_s9": (0.92, 0.96, 0.6, 0.9),
    # session-8: seven sets scored once together, blind (docs/offline-engine.md, "Session 8: the
    # blind pool"); floors a little under the blind figures, then training data
    "heldout_s10": (0.9, 0.94, 0.56, 0.74),
    "heldout_s11": (0.94, 0.96, 0.65, 0.76),
    "heldout_s12": (0.9, 0.98, 0.57, 0.86),
    "heldout_s13": (0.9, 0.92, 0.54, 0.8),
    "heldout_s14": (0.89, 0.98, 0.64, 0.69),
    "heldout_s15": (0.92, 0.95, 0.51, 0.86),
    "heldout_s16": (0.93, 0.98, 0.57, 0.84),
    # session-8 end: s17-s19, blind at the end of the session, then training data
    "heldout_s17": (0.95, 0.98, 0.65, 0.72),
    "heldout_s18": (0.91, 0.96, 0.63, 0.82),
    "heldout_s19": (0.93, 0.98, 0.71, 0.8),
    # session-9 end: s20-s22, blind at the end of the session's wave, then training data
    "heldout_s20": (0.96, 0.97, 0.7, 0.9),
    "heldout_s21": (0.91, 0.96, 0.69, 0.82),
    "heldout_s22": (0.94, 0.97, 0.67, 0.92),
    # session-9 end: s23-s25, blind until the very end of the session, then training data
    "heldout_s23": (0.91, 0.97, 0.69, 0.92),
    "heldout_s24": (0.91, 0.97, 0.68, 0.78),
    "heldout_s25": (0.91, 0.97, 0.6, 0.86),
    # session-10 end: s26-s28, blind until the end of the session's wave, then training data
    "heldout_s26": (0.93, 0.97, 0.84, 0.95),
    "heldout_s27": (0.92, 0.97, 0.71, 0.95),
    "heldout_s28": (0.87, 0.95, 0.7, 0.94),
    # session-11 end: s29-s31, blind until the end of the session's wave, then training data
    "heldout_s29": (0.97, 0.96, 0.75, 0.85),
    "heldout_s30": (0.93, 0.94, 0.6, 0.9),
    "heldout_s31": (0.92, 0.98, 0.56, 0.85),
    # session 11: training sets written without seeing the engine (a little under the scores
    # of the engine trained on them; type floors well under the in-sample 0.95-1.0)
    "train_t7a": (0.93, 0.97, 0.78, 0.85),
    "train_t7b": (0.88, 0.95, 0.65, 0.85),
    "train_t7c": (0.91, 0.94, 0.6, 0.85),
    "train_t7d": (0.91, 0.95, 0.6, 0.85),
    "train_t7e": (0.92, 0.88, 0.57, 0.85),
    "train_t7f": (0.94, 0.96, 0.75, 0.85),
    # session-12 end: s32-s34, blind until the end of the session's wave, then training data
    "heldout_s32": (0.93, 0.97, 0.67, 0.85),
    "heldout_s33": (0.92, 0.94, 0.75, 0.85),
    "heldout_s34": (0.88, 0.93, 0.54, 0.85),
    # session 12: training sets written without seeing the engine (same rule as t7)
    "train_t8a": (0.97, 0.98, 0.77, 0.85),
    "train_t8b": (0.93, 0.99, 0.72, 0.85),
    "train_t8c": (0.94, 0.98, 0.77, 0.85),
    "train_t8d": (0.93, 0.97, 0.66, 0.85),
    "train_t8e": (0.94, 0.89, 0.64, 0.85),
    "train_t8f": (0.98, 0.97, 0.76, 0.85),
    "train_t8g": (0.91, 0.87, 0.62, 0.85),
    "train_t8h": (0.91, 0.98, 0.71, 0.85),
    # session-13 end: s35-s37, blind until the end of the session's wave, then training data
    "heldout_s35": (0.93, 0.97, 0.76, 0.85),
    "heldout_s36": (0.91, 0.97, 0.61, 0.85),
    "heldout_s37": (0.95, 0.97, 0.67, 0.85),
    # session-14 end: s38-s40, blind until the end of the session's wave, then training data
    "heldout_s38": (0.96, 0.97, 0.76, 0.85),
    "heldout_s39": (0.92, 0.97, 0.69, 0.78),
    "heldout_s40": (0.95, 0.97, 0.76, 0.85),
    # session 14: training sets written without seeing the engine (same rule as t7)
    "train_t9a": (0.93, 0.9, 0.66, 0.85),
    "train_t9b": (0.91, 0.97, 0.66, 0.85),
    "train_t9c": (0.93, 0.97, 0.64, 0.85),
    "train_t9d": (0.96, 0.97, 0.8, 0.85),
    # session 15: training sets written without seeing the engine (same rule as t7)
    "train_t10a": (0.92, 0.95, 0.62, 0.85),
    "train_t10b": (0.92, 0.94, 0.64, 0.85),
    "train_t10c": (0.94, 0.97, 0.66, 0.85),
    "train_t10d": (0.95, 0.97, 0.76, 0.85),
    "train_t10e": (0.93, 0.97, 0.76, 0.85),
    "train_t10f": (0.92, 0.97, 0.75, 0.85),
    "train_t10g": (0.95, 0.92, 0.72, 0.85),
    "train_t10h": (0.92, 0.97, 0.65, 0.85),
    "train_t10i": (0.95, 0.97, 0.70, 0.85),
    "train_t10j": (0.91, 0.97, 0.56, 0.85),
    "train_t10k": (0.95, 0.97, 0.75, 0.85),
    "train_t10l": (0.93, 0.93, 0.63, 0.85),
    # session-15 end: s41-s43 and t9e-h, blind until after the session's training sets joined
    "heldout_s41": (0.95, 0.93, 0.78, 0.85),
    "heldout_s42": (0.94, 0.97, 0.77, 0.85),
    "heldout_s43": (0.93, 0.97, 0.70, 0.85),
    "train_t9e": (0.96, 0.97, 0.76, 0.85),
    "train_t9f": (0.94, 0.94, 0.73, 0.85),
    "train_t9g": (0.93, 0.97, 0.80, 0.85),
    "train_t9h": (0.93, 0.97, 0.75, 0.85),
}


@cache
def reference_scorer() -> ModuleType:
    """The shared reference scorer (`../shared/eval/score.py`) as a module, loaded once by
    the loader the devtools use (`typedata.scorer`).

    Its `main()` is what the script runs: same file, same arguments, same exit status. A
    subprocess per set paid ~0.35 s of interpreter and duckdb start-up 61 times (session 15);
    the script still runs as its own process in tests/offline/test_engine.py and
    tests/flows/test_pipeline.py."""
    return scorer()


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_held_out_floors(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The warehouse is built in this process (`bench/offline_score.py`'s `build_db`), so the
    engine warms once for all sets (~2.2 s of CPU each in a fresh process, 51 sets); the
    reference scorer's `main()` runs in this process too, on the arguments
    `offline_score.py` passes it."""
    folder = FIXTURES / name
    out, db = tmp_path / "scores.json", tmp_path / "offline.duckdb"
    offline_score().build_db(folder / "articles.jsonl", db)
    argv = ["score.py", "--db", str(db), "--gold", str(folder / "gold.jsonl"), "--json", str(out)]
    monkeypatch.setattr(sys, "argv", argv)
    assert reference_scorer().main() == 0
    scores = json.loads(out.read_text())
    orgs, amounts, deals, types = FLOORS[name]
    assert scores["orgs"]["f1"] >= orgs
    assert scores["amounts"]["f1"] >= amounts
    assert scores["deals"]["f1"] >= deals
    assert scores["deal_type_accuracy"] >= types
