"""The Great Expectations file project: one per folder, built once per process.

Decisions:
- A FILE data context (`gx.get_context(mode="file")`), so that suites, validation results and
  Data Docs persist under `data/gx/` and the docs can be rebuilt from history.
- Frames are validated as pandas through a pandas datasource (whole-dataframe batch
  definitions): GX 1.24's SQL datasource on DuckDB errors, and polars is converted at the edge.
- GX's per-expectation overhead is large, and writing suites and validation definitions to the
  file store costs milliseconds each: the project, its suites and their validation definitions
  are cached per process and rewritten only when a suite's expectations change (fingerprint).
- GX contexts are not thread-safe, and Prefect may run tasks on threads: one lock per project.
- Analytics and progress bars are switched off in the project's own config (no network, no
  noise on stderr), besides the GX_ANALYTICS_ENABLED=False the entry points set.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import great_expectations as gx
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)

from expectations.spec import RECORD_KEY, TableSuite

if TYPE_CHECKING:
    import pandas as pd
    from great_expectations.core import ExpectationSuiteValidationResult

SITE = "veille"
DATASOURCE = "veille_frames"
# Suites with row rules: every failing row's record_key, and no partial lists or query text
# (the cheapest format that still names every failing row). Batch-only suites: counts only.
ROW_RESULT_FORMAT: dict[str, Any] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": [RECORD_KEY],
    "partial_unexpected_count": 0,
    "return_unexpected_index_query": False,
}
BATCH_RESULT_FORMAT: dict[str, Any] = {"result_format": "BASIC", "partial_unexpected_count": 0}


def _fingerprint(suite: TableSuite) -> str:
    configs = [r.expectation.configuration.to_json_dict() for r in suite.rules]
    for config in configs:
        config.pop("id", None)
    return hashlib.sha256(json.dumps(configs, sort_keys=True, default=str).encode()).hexdigest()


@dataclass
class GxProject:
    """A file data context with veille's datasource and Data Docs site configured."""

    root: Path
    docs_dir: Path
    context: Any
    lock: threading.RLock = field(default_factory=threading.RLock)
    _definitions: dict[str, tuple[str, Any]] = field(default_factory=dict)

    def _definition(self, suite: TableSuite) -> Any:
        fingerprint = _fingerprint(suite)
        cached = self._definitions.get(suite.name)
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
        # Copies: one expectation object may belong to one GX suite only, and the rule objects
        # are shared by every project of the process (several warehouses, e.g. `veille eval`).
        gx_suite = gx.ExpectationSuite(
            name=suite.name, expectations=[copy.copy(r.expectation) for r in suite.rules]
        )
        gx_suite = self.context.suites.add_or_update(gx_suite)
        datasource = self.context.data_sources.get(DATASOURCE)
        if suite.name in datasource.get_asset_names():
            asset = datasource.get_asset(suite.name)
        else:
            asset = datasource.add_dataframe_asset(name=suite.name)
        batch = next((b for b in asset.batch_definitions if b.name == "whole"), None)
        if batch is None:
            batch = asset.add_batch_definition_whole_dataframe("whole")
        definition = self.context.validation_definitions.add_or_update(
            gx.ValidationDefinition(name=suite.name, data=batch, suite=gx_suite)
        )
        self._definitions[suite.name] = (fingerprint, definition)
        return definition

    def validate(
        self, suite: TableSuite, frame: pd.DataFrame, run_id: str
    ) -> ExpectationSuiteValidationResult:
        """Run `suite` on `frame` and store the result (Data Docs read it from the store)."""
        with self.lock:
            definition = self._definition(suite)
            run = RunIdentifier(run_name=run_id, run_time=dt.datetime.now(dt.UTC))
            result_format = ROW_RESULT_FORMAT if suite.has_row_rules else BATCH_RESULT_FORMAT
            return definition.run(
                batch_parameters={"dataframe": frame}, result_format=result_format, run_id=run
            )

    def build_docs(self, results: list[ExpectationSuiteValidationResult]) -> Path:
        """Render the pages of these results (and their suites) and the index; return it.

        Incremental on purpose: a full rebuild re-renders every stored result of every past
        run, which grows without bound.
        """
        identifiers: list[Any] = []
        for result in results:
            suite_id = ExpectationSuiteIdentifier(name=result.suite_name)
            identifiers.append(suite_id)
            identifiers.append(
                ValidationResultIdentifier(
                    expectation_suite_identifier=suite_id,
                    run_id=result.meta["run_id"],
                    batch_identifier=result.batch_id,
                )
            )
        with self.lock:
            self.context.build_data_docs(site_names=[SITE], resource_identifiers=identifiers)
        return self.docs_dir / "index.html"


def _configure(context: Any, docs_dir: Path) -> None:
    context.variables.analytics_enabled = False
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    context.variables.save()
    site = {
        "class_name": "SiteBuilder",
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        "store_backend": {
            "class_name": "TupleFilesystemStoreBackend",
            "base_directory": str(docs_dir),
        },
    }
    sites = context.list_data_docs_sites()
    if SITE not in sites:
        context.add_data_docs_site(site_name=SITE, site_config=site)
    elif sites[SITE] != site:
        context.update_data_docs_site(site_name=SITE, site_config=site)
    if DATASOURCE not in context.data_sources.all():
        context.data_sources.add_pandas(DATASOURCE)


@cache
def project(root: Path, docs_dir: Path) -> GxProject:
    """The GX project under `root` writing Data Docs to `docs_dir` (absolute paths)."""
    root.mkdir(parents=True, exist_ok=True)
    context = gx.get_context(mode="file", project_root_dir=str(root))
    _configure(context, docs_dir)
    return GxProject(root=root, docs_dir=docs_dir, context=context)
