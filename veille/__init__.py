"""veille: AI-industry news to trusted deal data.

The domain package: settings, the enrichment schema, the LLM gateway, the offline engine,
the money parser and the CLI. Orchestration lives in `flows/` and `tasks/`, storage in
`warehouse/`, data-quality suites in `expectations/`.
"""

from __future__ import annotations

__version__ = "0.1.0"
