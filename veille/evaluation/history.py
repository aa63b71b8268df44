"""The eval history in the main warehouse: `ops.eval_runs` and `ops.eval_scores`.

Decisions:
- One row per model and command, written once it is scored (or failed), with its figures
  overall and per language, in one transaction: a run is in the history whole or not at all.
- A drop is judged against the previous scored run of the same model on the same gold file
  (same hash): figures on different gold sets are not comparable, and a failed run has none.
- A figure dropped when it is lower by more than half a unit of the third decimal, the
  precision the figures are shown with, so float noise never raises a flag.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb
import polars as pl

from veille.evaluation.score import CATEGORIES, EvalReport, Scores
from warehouse.loaders import insert_frame, replace_by_keys

OVERALL = "all"
FIGURES = ("orgs_f1", "amounts_f1", "deals_f1", "deal_type_accuracy")
DROP_TOLERANCE = 0.0005


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class EvalRecord:
    """One model's evaluation, as stored; `report` is None when the run failed."""

    eval_id: str
    batch_id: str
    model: str
    prompt_version: str
    schema_version: str
    gold_path: str
    gold_hash: str
    report: EvalReport | None
    input_path: str | None = None
    input_hash: str | None = None
    error: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    cost_usd: float | None = None
    wall_s: float | None = None
    pipeline_run_id: str | None = None
    warehouse: str | None = None
    created_at: datetime = field(default_factory=now)

    @property
    def status(self) -> str:
        return "failed" if self.report is None else "scored"


def _score_rows(eval_id: str, language: str, scores: Scores) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for category in CATEGORIES:
        t = scores.tallies[category]
        rows.append(
            {
                "category": category,
                "precision": t.precision,
                "recall": t.recall,
                "f1": t.f1,
                "tp_pred": t.tp_pred,
                "n_pred": t.n_pred,
                "tp_gold": t.tp_gold,
                "n_gold": t.n_gold,
            }
        )
    hits, judged = scores.type_hits, scores.type_judged
    rows.append(
        {
            "category": "deal_type",
            "accuracy": scores.deal_type_accuracy,
            "tp_pred": hits,
            "n_pred": judged,
            "tp_gold": hits,
            "n_gold": judged,
        }
    )
    return [
        {"eval_id": eval_id, "language": language, "articles": scores.articles, **r} for r in rows
    ]


def record(con: duckdb.DuckDBPyConnection, rec: EvalRecord) -> None:
    """Store one evaluation (idempotent on eval_id)."""
    run = {k: getattr(rec, k) for k in EvalRecord.__dataclass_fields__ if k != "report"}
    run["status"] = rec.status
    scores: list[dict[str, object]] = []
    if rec.report is not None:
        run["articles"] = rec.report.overall.articles
        run["articles_missing"] = rec.report.overall.missing
        scores = _score_rows(rec.eval_id, OVERALL, rec.report.overall)
        for language, by_language in rec.report.by_language.items():
            scores += _score_rows(rec.eval_id, language, by_language)
    con.execute("begin transaction")
    try:
        replace_by_keys(con, "ops.eval_runs", pl.DataFrame([run]), ["eval_id"], in_transaction=True)
        con.execute("delete from ops.eval_scores where eval_id = ?", [rec.eval_id])
        insert_frame(con, "ops.eval_scores", pl.DataFrame(scores, infer_schema_length=None))
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


@dataclass(frozen=True)
class HistoryRow:
    """A run with its overall figures and those of the previous run it is compared with."""

    eval_id: str
    created_at: datetime
    model: str
    prompt_version: str
    gold_hash: str
    status: str
    error: str | None
    figures: dict[str, float | None]
    previous: dict[str, float | None]
    previous_prompt: str | None
    input_tokens: int | None
    output_tokens: int | None
    cost_usd: float | None
    wall_s: float | None

    def drops(self) -> dict[str, tuple[float, float]]:
        """Figures lower than in the previous run: name -> (before, now)."""
        out: dict[str, tuple[float, float]] = {}
        for name in FIGURES:
            before, after = self.previous.get(name), self.figures.get(name)
            if before is not None and after is not None and after < before - DROP_TOLERANCE:
                out[name] = (before, after)
        return out


_HISTORY_SQL = """
with overall as (
    select r.eval_id, r.created_at, r.model, r.prompt_version, r.gold_hash, r.status,
           r.error, r.input_tokens, r.output_tokens, r.cost_usd, r.wall_s,
           max(s.f1) filter (where s.category = 'orgs') as orgs_f1,
           max(s.f1) filter (where s.category = 'amounts') as amounts_f1,
           max(s.f1) filter (where s.category = 'deals') as deals_f1,
           max(s.accuracy) filter (where s.category = 'deal_type') as deal_type_accuracy
    from ops.eval_runs r
    left join ops.eval_scores s on s.eval_id = r.eval_id and s.language = 'all'
    group by all
), compared as (
    select eval_id,
           lag(prompt_version) over w as previous_prompt,
           lag(orgs_f1) over w as prev_orgs_f1,
           lag(amounts_f1) over w as prev_amounts_f1,
           lag(deals_f1) over w as prev_deals_f1,
           lag(deal_type_accuracy) over w as prev_deal_type_accuracy
    from overall
    where status = 'scored'
    window w as (partition by model, gold_hash order by created_at, eval_id)
)
select o.*, c.* exclude (eval_id)
from overall o left join compared c using (eval_id)
where ? is null or list_contains(?, o.model)
order by o.created_at desc, o.eval_id desc
limit ?
"""


def history(
    con: duckdb.DuckDBPyConnection, limit: int = 10, models: list[str] | None = None
) -> list[HistoryRow]:
    """The last `limit` runs (of these models, if given), oldest first."""
    frame = con.sql(_HISTORY_SQL, params=[models, models, limit]).pl()
    rows = [
        HistoryRow(
            eval_id=r["eval_id"],
            created_at=r["created_at"],
            model=r["model"],
            prompt_version=r["prompt_version"],
            gold_hash=r["gold_hash"],
            status=r["status"],
            error=r["error"],
            figures={k: r[k] for k in FIGURES},
            previous={k: r[f"prev_{k}"] for k in FIGURES},
            previous_prompt=r["previous_prompt"],
            input_tokens=r["input_tokens"],
            output_tokens=r["output_tokens"],
            cost_usd=r["cost_usd"],
            wall_s=r["wall_s"],
        )
        for r in frame.iter_rows(named=True)
    ]
    return rows[::-1]
