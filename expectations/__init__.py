"""Great Expectations 1.x suites as code, one module per stage (raw, staging, enrichment,
curated), and the machinery that runs them and turns their verdicts into data.

Importing this package is cheap: GX is only imported by the suite and runner modules.
"""

from __future__ import annotations

from expectations.errors import BatchValidationError

__all__ = ["BatchValidationError"]
