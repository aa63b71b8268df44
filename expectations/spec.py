"""What a suite is in veille: GX expectations plus what a failure means for the rows.

A `Rule` wraps one built-in Great Expectations expectation with two decisions GX does not
make for us:
- `level`: "row" rules name the failing rows (GX returns their `record_key`) and those rows are
  quarantined, the rest of the batch goes on; "batch" rules judge the batch as a whole (a rate,
  a count) and a failure stops the run (`BatchValidationError`), because no row is to blame.
- `reason`: the sentence written into `quality.quarantine.reason`, for the analyst.

A `TableSuite` is one GX suite over one frame: where the rows come from (`query`, read from
the warehouse), how the frame is prepared (`prepare`, polars: the record key and the helper
columns an expectation needs, such as `text_length` or `n_distinct_parties`), and its rules.
Decision: derived values are computed in polars before validation rather than with custom
GX expectations, so that every expectation stays a stock one (rendered by Data Docs, no
custom metric code to maintain) and the derivation is plain, tested polars.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

import polars as pl

if TYPE_CHECKING:
    from great_expectations.expectations.expectation import Expectation

Level = Literal["row", "batch"]
RECORD_KEY = "record_key"


@dataclass(frozen=True)
class Rule:
    """One expectation and what its failure means (see module docstring)."""

    name: str
    level: Level
    reason: str
    expectation: Expectation

    @property
    def column(self) -> str | None:
        kwargs = self.expectation.configuration.kwargs
        column = kwargs.get("column") or kwargs.get("column_A")
        if column is None and kwargs.get("column_list"):
            column = ",".join(kwargs["column_list"])
        return column


def _identity(frame: pl.DataFrame) -> pl.DataFrame:
    return frame


@dataclass(frozen=True)
class TableSuite:
    """One GX suite over one table's frame; `table` names the rows in quarantine."""

    name: str
    table: str
    query: str
    rules: tuple[Rule, ...]
    prepare: Callable[[pl.DataFrame], pl.DataFrame] = field(default=_identity)
    skip_when_empty: bool = False

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        if len(set(names)) != len(names):
            raise ValueError(f"suite {self.name}: rule names must be unique, got {names}")

    def rule(self, name: str) -> Rule:
        return next(r for r in self.rules if r.name == name)

    @property
    def has_row_rules(self) -> bool:
        return any(r.level == "row" for r in self.rules)

    def columns(self) -> list[str]:
        """The record key and every column an expectation reads, in frame order.

        Only these reach GX: it fingerprints the whole pandas frame per batch, and a list
        column (deal parties) makes that fall back to pickling the frame (over a second on
        100,000 rows).
        """
        used = {RECORD_KEY} if self.has_row_rules else set()
        for r in self.rules:
            kwargs = r.expectation.configuration.kwargs
            used.update(kwargs.get("column_list") or [])
            used.update(kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs)
        return sorted(used)


def rule(name: str, level: Level, reason: str, expectation: Expectation) -> Rule:
    """Build a rule and stamp its name into the expectation's meta (to map GX results back)."""
    expectation.meta = {**(expectation.meta or {}), "rule": name, "level": level}
    expectation.notes = reason
    return Rule(name=name, level=level, reason=reason, expectation=expectation)


@cache
def code_list(filename: str) -> tuple[str, ...]:
    """A shipped code list (`expectations/data/<filename>`), loaded once, comments skipped."""
    text = (resources.files("expectations") / "data" / filename).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def iso4217() -> tuple[str, ...]:
    return code_list("iso4217.txt")


def iso639_1() -> tuple[str, ...]:
    return code_list("iso639_1.txt")


def evidence_in_bounds(text_length: str = "text_length") -> pl.Expr:
    """0 <= char_start < char_end <= len(text); null (not judged) for an unplaced, ungrounded row.

    A grounded row must be placed; a row without a source text (text_length null) is out of
    bounds, which also catches a mention whose article is missing from staging.articles.
    """
    start, end, length = pl.col("char_start"), pl.col("char_end"), pl.col(text_length)
    unplaced = start.is_null() & end.is_null() & ~pl.col("grounded").fill_null(False)
    inside = (start >= 0) & (start < end) & (end <= length)
    return pl.when(unplaced).then(None).otherwise(inside.fill_null(False))
