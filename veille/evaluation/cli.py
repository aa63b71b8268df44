"""`veille eval`: score models against a gold set, and keep the history of the figures.

Mounted by `veille/cli.py` as `app.command(name="eval")(eval_command)`.

Decisions:
- Each `--model` runs the real pipeline into its own scratch warehouse; `--db` scores an
  existing warehouse instead (any warehouse with the curated contract).
- Every run, scored or failed, is stored in the main warehouse's `ops.eval_runs` and
  `ops.eval_scores`. A model that fails does not stop the others: its error is printed and
  stored, and the command exits 1 at the end. A bad gold file or a warehouse without the
  curated contract exits 2 before anything is stored.
"""

from __future__ import annotations

import json
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from veille.evaluation.gold import GoldArticle, GoldError, file_hash, load_gold
from veille.evaluation.history import EvalRecord, history, record
from veille.evaluation.predictions import ContractError
from veille.evaluation.report import history_table, misses_table, model_table, summary_table
from veille.evaluation.runner import (
    PipelineRunner,
    evaluate_model,
    provenance,
    run_pipeline,
    score_path,
)
from veille.llm import offline_provider
from veille.llm.prompt import PROMPT_VERSION
from veille.schema import SCHEMA_VERSION
from veille.settings import Settings
from warehouse.connection import connect, session
from warehouse.lock import writer_lock

console = Console()


@dataclass(frozen=True)
class EvalContext:
    """What every model of one command shares."""

    settings: Settings
    gold_path: Path
    golds: list[GoldArticle]
    gold_hash: str
    batch_id: str


def _store(ctx: EvalContext, model: str, prompt_version: str, **fields: Any) -> EvalRecord:
    rec = EvalRecord(
        eval_id=uuid.uuid4().hex[:16],
        batch_id=ctx.batch_id,
        model=model,
        prompt_version=prompt_version,
        schema_version=SCHEMA_VERSION,
        gold_path=str(ctx.gold_path),
        gold_hash=ctx.gold_hash,
        **fields,
    )
    with writer_lock(ctx.settings.warehouse), session(ctx.settings.warehouse) as con:
        record(con, rec)
    return rec


def _show(rec: EvalRecord, show_misses: bool) -> None:
    if rec.report is None:
        console.print(f"[bold red]{rec.model} failed:[/] {rec.error}")
        return
    console.print(
        model_table(
            rec.model,
            rec.prompt_version,
            rec.report,
            tokens=(rec.input_tokens, rec.output_tokens),
            cost_usd=rec.cost_usd,
            wall_s=rec.wall_s,
        )
    )
    if show_misses:
        console.print(misses_table(rec.model, rec.report.misses))


@contextmanager
def _workdir(scratch_dir: Path | None) -> Iterator[Path]:
    """A kept folder when the user names one, else a temporary one removed at the end."""
    if scratch_dir is not None:
        scratch_dir.mkdir(parents=True, exist_ok=True)
        yield scratch_dir
        return
    with tempfile.TemporaryDirectory(prefix="veille-eval-") as tmp:
        yield Path(tmp)


def run_models(
    ctx: EvalContext,
    articles: Path,
    models: list[str],
    scratch_dir: Path | None,
    show_misses: bool,
    run: PipelineRunner = run_pipeline,
) -> list[EvalRecord]:
    """Pipeline and score each model in turn; a failure is recorded and the next one runs."""
    records: list[EvalRecord] = []
    source = {"input_path": str(articles), "input_hash": file_hash(articles)}
    with _workdir(scratch_dir) as workdir:
        for model in models:
            console.print(f"Running the pipeline with [bold]{model}[/] ...")
            version = offline_provider.prompt_version(model)  # as its enrichments are stored
            try:
                result = evaluate_model(articles, ctx.golds, model, ctx.settings, workdir, run)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}"
                rec = _store(ctx, model, version, report=None, error=error, **source)
            else:
                rec = _store(
                    ctx,
                    model,
                    version,
                    report=result.report,
                    **source,
                    input_tokens=result.input_tokens,
                    output_tokens=result.output_tokens,
                    cost_usd=result.cost_usd,
                    wall_s=result.wall_s,
                    pipeline_run_id=result.pipeline_run_id,
                    warehouse=str(result.warehouse) if scratch_dir else None,
                )
            _show(rec, show_misses)
            records.append(rec)
    return records


def _score_db(ctx: EvalContext, db: Path, label: str | None, show_misses: bool) -> EvalRecord:
    """Score an existing warehouse; its model and prompt version come from its own rows."""
    con = connect(db, read_only=True)
    try:
        found_model, found_prompt = provenance(con)
    finally:
        con.close()
    report = score_path(db, ctx.golds)
    model = label or found_model or f"db:{db.name}"
    rec = _store(ctx, model, found_prompt or PROMPT_VERSION, report=report, warehouse=str(db))
    _show(rec, show_misses)
    return rec


def _write_json(path: Path, ctx: EvalContext, records: list[EvalRecord]) -> None:
    runs = []
    for rec in records:
        run: dict[str, Any] = {
            k: getattr(rec, k)
            for k in (
                "eval_id",
                "model",
                "prompt_version",
                "status",
                "error",
                "input_tokens",
                "output_tokens",
                "cost_usd",
                "wall_s",
            )
        }
        if rec.report is not None:
            run["scores"] = rec.report.overall.as_dict()
            run["by_language"] = {k: v.as_dict() for k, v in rec.report.by_language.items()}
        runs.append(run)
    data = {"gold": str(ctx.gold_path), "gold_hash": ctx.gold_hash, "runs": runs}
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def make_context(settings: Settings, gold: Path) -> EvalContext:
    try:
        golds = load_gold(gold)
    except (OSError, GoldError) as exc:
        console.print(f"[bold red]Bad gold file:[/] {exc}")
        raise typer.Exit(2) from exc
    return EvalContext(settings, gold, golds, file_hash(gold), uuid.uuid4().hex[:16])


def _check_arguments(input: Path | None, gold: Path | None, db: Path | None, compare: bool) -> None:
    if gold is None and (input or db):
        raise typer.BadParameter("--gold is required to score", param_hint="--gold")
    if gold is not None and (input is None) == (db is None):
        raise typer.BadParameter("give exactly one of --input (run the pipeline) or --db")
    if gold is None and not compare:
        raise typer.BadParameter("give --input and --gold (or --db and --gold), or --compare")


InputOption = Annotated[
    Path | None,
    typer.Option(
        "--input",
        "-i",
        exists=True,
        dir_okay=False,
        help="articles JSON Lines to run the pipeline on",
    ),
]
GoldOption = Annotated[
    Path | None, typer.Option("--gold", "-g", exists=True, dir_okay=False, help="gold JSON Lines")
]
ModelOption = Annotated[
    list[str] | None,
    typer.Option("--model", "-m", help="litellm model; repeat to compare (default: configured)"),
]
MissesOption = Annotated[bool, typer.Option("--show-misses", help="list every miss")]
CompareOption = Annotated[
    bool, typer.Option("--compare", help="show the last runs side by side, flag drops")
]
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        exists=True,
        dir_okay=False,
        help="score this warehouse instead of running the pipeline",
    ),
]
WarehouseOption = Annotated[
    Path | None, typer.Option("--warehouse", "-w", help="main warehouse (history)")
]
ScratchOption = Annotated[
    Path | None, typer.Option("--scratch-dir", help="keep the per-model warehouses here")
]
LastOption = Annotated[int, typer.Option("--last", min=1, help="runs shown by --compare")]
JsonOption = Annotated[Path | None, typer.Option("--json", help="write the figures here")]


def _score_gold(
    ctx: EvalContext,
    source: tuple[Path | None, Path | None],
    model: list[str] | None,
    scratch_dir: Path | None,
    show_misses: bool,
) -> list[EvalRecord]:
    """Score `--db`, or run each model on `--input`; a warehouse without the contract exits 2."""
    input, db = source
    try:
        if db is not None:
            label = model[0] if model and len(model) == 1 else None
            return [_score_db(ctx, db, label, show_misses)]
        if input is None:
            raise typer.BadParameter("give exactly one of --input (run the pipeline) or --db")
        models = model or [ctx.settings.llm_model]
        return run_models(ctx, input, models, scratch_dir, show_misses)
    except ContractError as exc:
        console.print(f"[bold red]Cannot score:[/] {exc}")
        raise typer.Exit(2) from exc


def eval_command(
    input: InputOption = None,
    gold: GoldOption = None,
    model: ModelOption = None,
    show_misses: MissesOption = False,
    compare: CompareOption = False,
    db: DbOption = None,
    warehouse: WarehouseOption = None,
    scratch_dir: ScratchOption = None,
    last: LastOption = 10,
    json_out: JsonOption = None,
) -> None:
    """Score models against a gold set (precision, recall, F1, cost) and keep the history."""
    _check_arguments(input, gold, db, compare)
    settings = Settings(warehouse=warehouse) if warehouse else Settings()
    records: list[EvalRecord] = []
    if gold is not None:
        ctx = make_context(settings, gold)
        records = _score_gold(ctx, (input, db), model, scratch_dir, show_misses)
        if len(records) > 1:
            console.print(summary_table(records))
        if json_out is not None:
            _write_json(json_out, ctx, records)
    if compare:
        with writer_lock(settings.warehouse), session(settings.warehouse) as con:
            console.print(history_table(history(con, last)))
    if any(rec.report is None for rec in records):
        raise typer.Exit(1)
