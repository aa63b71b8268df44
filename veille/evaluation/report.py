"""Rich tables for `veille eval`: per-model figures, the misses, the history."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from veille.evaluation.history import FIGURES, OVERALL, EvalRecord, HistoryRow
from veille.evaluation.score import CATEGORIES, EvalReport, Miss, Scores

LABELS = {
    "orgs_f1": "orgs F1",
    "amounts_f1": "amounts F1",
    "deals_f1": "deals F1",
    "deal_type_accuracy": "deal type",
}


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _money(value: float | None) -> str:
    return "-" if value is None else f"${value:.4f}"


def _tokens(tokens_in: int | None, tokens_out: int | None) -> str:
    if tokens_in is None and tokens_out is None:
        return "-"
    return f"{tokens_in or 0:,} in / {tokens_out or 0:,} out"


def _seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}s"


def _scope_row(scope: str, scores: Scores) -> list[str]:
    cells = [scope, f"{scores.articles}" + (f" ({scores.missing} missing)" * bool(scores.missing))]
    for category in CATEGORIES:
        t = scores.tallies[category]
        cells += [_f(t.precision), _f(t.recall), f"[bold]{_f(t.f1)}[/]"]
    hits, judged = scores.type_hits, scores.type_judged
    cells.append(f"{_f(scores.deal_type_accuracy)} ({hits}/{judged})" if judged else "-")
    return cells


def model_table(
    model: str,
    prompt_version: str,
    report: EvalReport,
    *,
    tokens: tuple[int | None, int | None] = (None, None),
    cost_usd: float | None = None,
    wall_s: float | None = None,
) -> Table:
    """Precision, recall and F1 per category, overall then per language."""
    usage = f"tokens {_tokens(*tokens)}  ·  cost {_money(cost_usd)}  ·  wall {_seconds(wall_s)}"
    table = Table(title=f"{model}  (prompt {prompt_version})", caption=usage)
    table.add_column("language")
    table.add_column("articles", justify="right")
    for category in CATEGORIES:
        for figure in ("P", "R", "F1"):
            table.add_column(f"{category} {figure}", justify="right")
    table.add_column("deal type", justify="right")
    table.add_row(*_scope_row(OVERALL, report.overall), end_section=True)
    for language, scores in report.by_language.items():
        table.add_row(*_scope_row(language, scores))
    return table


def misses_table(model: str, misses: Sequence[Miss]) -> Table:
    table = Table(title=f"{model}: misses ({len(misses)})")
    for column in ("article", "category", "kind", "what"):
        table.add_column(column, overflow="fold")
    for m in misses:
        colour = "red" if m.kind == "missed" else "yellow"
        table.add_row(m.url, m.category, f"[{colour}]{m.kind}[/]", m.detail)
    return table


def _figure_cell(row: HistoryRow, name: str) -> str:
    value = row.figures.get(name)
    drop = row.drops().get(name)
    if drop:
        return f"[bold red]{_f(value)} ▼{drop[0] - drop[1]:.3f}[/]"
    before = row.previous.get(name)
    if value is not None and before is not None and value > before:
        return f"[green]{_f(value)}[/]"
    return _f(value)


def history_table(rows: Sequence[HistoryRow]) -> Table:
    """The last runs side by side; a drop versus the previous run of the same model on the
    same gold file is flagged in red with its size."""
    table = Table(title=f"Eval history (last {len(rows)} runs)")
    for column in ("when (UTC)", "model", "prompt", "gold"):
        table.add_column(column)
    for name in FIGURES:
        table.add_column(LABELS[name], justify="right")
    for column in ("tokens", "cost", "wall", "vs previous"):
        table.add_column(column)
    for row in rows:
        cells = [
            row.created_at.strftime("%Y-%m-%d %H:%M:%S"),
            row.model,
            row.prompt_version,
            row.gold_hash[:8],
        ]
        if row.status != "scored":
            cells += [f"[red]{row.status}[/]", *["" for _ in FIGURES[1:]]]
        else:
            cells += [_figure_cell(row, name) for name in FIGURES]
        cells += [
            _tokens(row.input_tokens, row.output_tokens),
            _money(row.cost_usd),
            _seconds(row.wall_s),
            _verdict(row),
        ]
        table.add_row(*cells)
    return table


def _verdict(row: HistoryRow) -> str:
    if row.status != "scored":
        return f"[red]{(row.error or '')[:60]}[/]"
    if all(v is None for v in row.previous.values()):
        return "first run"
    drops = row.drops()
    prompt = (
        "" if row.previous_prompt == row.prompt_version else f" (prompt was {row.previous_prompt})"
    )
    if drops:
        return "[bold red]DROP: " + ", ".join(LABELS[k] for k in drops) + f"[/]{prompt}"
    return f"no drop{prompt}"


def summary_table(records: Sequence[EvalRecord]) -> Table:
    """The models of one command side by side."""
    table = Table(title="Models compared")
    for column in ("model", *(LABELS[n] for n in FIGURES), "tokens", "cost", "wall"):
        table.add_column(column, justify="left" if column == "model" else "right")
    for rec in records:
        if rec.report is None:
            table.add_row(rec.model, "[red]failed[/]", "", "", "", "", "", "")
            continue
        overall = rec.report.overall
        figures = [overall.tallies[c].f1 for c in CATEGORIES] + [overall.deal_type_accuracy]
        table.add_row(
            rec.model,
            *(_f(v) for v in figures),
            _tokens(rec.input_tokens, rec.output_tokens),
            _money(rec.cost_usd),
            _seconds(rec.wall_s),
        )
    return table
