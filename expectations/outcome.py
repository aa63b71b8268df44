"""GX results turned into veille's terms: rule outcomes, quarantined rows, batch failures.

Fail-closed decisions:
- an expectation that raised inside GX could not judge the data: it counts as a batch
  failure whatever its level, because no row can be named and none can be trusted;
- a row rule that failed without naming every failing row (index list shorter than the
  unexpected count) is also a batch failure, for the same reason.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from expectations.spec import RECORD_KEY, Rule, TableSuite

if TYPE_CHECKING:
    from great_expectations.core import ExpectationSuiteValidationResult


@dataclass(frozen=True)
class RowFailure:
    """A row a row-level rule refused: goes to quality.quarantine."""

    record_key: str
    observed_value: str | None


@dataclass(frozen=True)
class RuleOutcome:
    """One expectation's verdict on one batch."""

    rule: Rule
    success: bool
    observed_value: str | None
    unexpected_count: int | None
    unexpected_percent: float | None
    rows: tuple[RowFailure, ...] = ()
    error: str | None = None

    @property
    def blocks_batch(self) -> bool:
        """True when this failure must stop the run rather than quarantine rows."""
        return not self.success and (self.rule.level == "batch" or self.error is not None)

    def describe(self) -> str:
        observed = f"observed {self.observed_value}" if self.observed_value else "no observed value"
        detail = f"; error: {self.error}" if self.error else ""
        return f"{self.rule.name} ({self.rule.reason}): {observed}{detail}"


@dataclass(frozen=True)
class SuiteOutcome:
    """A whole suite's verdict on one frame."""

    suite: TableSuite
    rows: int
    outcomes: tuple[RuleOutcome, ...]
    gx_result: ExpectationSuiteValidationResult | None

    @property
    def success(self) -> bool:
        return all(o.success for o in self.outcomes)

    @property
    def failed(self) -> tuple[RuleOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.success)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _clean(value.item())
    if hasattr(value, "tolist"):  # numpy arrays (list columns)
        return value.tolist()
    return value


def _text(value: Any) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, default=str, ensure_ascii=False)


def _row_failures(result: dict[str, Any]) -> tuple[RowFailure, ...]:
    failures = []
    for entry in result.get("unexpected_index_list") or []:
        values = {k: _clean(v) for k, v in entry.items() if k != RECORD_KEY}
        observed = next(iter(values.values())) if len(values) == 1 else values
        failures.append(RowFailure(str(entry[RECORD_KEY]), _text(observed)))
    return tuple(failures)


def _observed(result: dict[str, Any]) -> str | None:
    if "observed_value" in result:
        return _text(result["observed_value"])
    if "unexpected_count" in result:
        return f"{result['unexpected_count']} of {result.get('element_count')} rows unexpected"
    return None


def rule_outcome(rule: Rule, gx_result: Any) -> RuleOutcome:
    """Translate one ExpectationValidationResult (fail closed on exceptions, see module doc)."""
    result = dict(gx_result.result or {})
    info = gx_result.exception_info or {}
    error = info.get("exception_message") if info.get("raised_exception") else None
    rows = _row_failures(result) if rule.level == "row" and not gx_result.success else ()
    count = result.get("unexpected_count")
    unnamed = count is None or len(rows) < count
    if rule.level == "row" and not gx_result.success and error is None and unnamed:
        error = f"GX named {len(rows)} of {count} failing rows"
    percent = result.get("unexpected_percent")
    return RuleOutcome(
        rule=rule,
        success=bool(gx_result.success) and error is None,
        observed_value=_observed(result),
        unexpected_count=None if count is None else int(count),
        unexpected_percent=None if percent is None else float(percent),
        rows=rows,
        error=error,
    )


def suite_outcome(
    suite: TableSuite, rows: int, result: ExpectationSuiteValidationResult
) -> SuiteOutcome:
    """Map GX results back to rules through the rule name stamped in each expectation's meta."""
    by_name = {r.name: r for r in suite.rules}
    outcomes = []
    for item in result.results:
        config = item.expectation_config
        name = (config.meta or {}).get("rule") if config is not None else None
        if name not in by_name:
            raise KeyError(f"suite {suite.name}: GX returned an unknown expectation {name!r}")
        outcomes.append(rule_outcome(by_name.pop(name), item))
    if by_name:
        raise KeyError(f"suite {suite.name}: GX returned no result for {sorted(by_name)}")
    order = {r.name: i for i, r in enumerate(suite.rules)}
    outcomes.sort(key=lambda o: order[o.rule.name])
    return SuiteOutcome(suite=suite, rows=rows, outcomes=tuple(outcomes), gx_result=result)
