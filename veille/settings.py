"""One settings object for the whole pipeline.

Read once at an entry point (CLI, flow) and passed down: modules never read the environment
themselves. Secrets are `SecretStr` so that they never show up in a repr, a log or a Prefect
parameter.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

OFFLINE_MODEL = "veille/offline"


class Settings(BaseSettings):
    """Every knob of veille, from `VEILLE_*` variables or a `.env` file."""

    model_config = SettingsConfigDict(
        env_prefix="VEILLE_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    warehouse: Path = Field(default=Path("data/veille.duckdb"), description="working DuckDB file")
    target_language: str = Field(default="fr", description="ISO 639-1 language of the brief")
    llm_model: str = Field(default=OFFLINE_MODEL, description="litellm model name")
    llm_api_base: str | None = Field(default=None, description="OpenAI-compatible base URL")
    llm_api_key: SecretStr | None = Field(default=None, description="API key for the model")
    llm_fallback_models: list[str] = Field(default_factory=list)
    llm_timeout_s: float = Field(default=60.0, gt=0)
    llm_max_retries: int = Field(default=3, ge=0)
    llm_budget_usd: float | None = Field(default=None, ge=0, description="stop enriching past it")
    llm_rpm: int | None = Field(default=None, ge=1, description="requests per minute per model")
    llm_tpm: int | None = Field(default=None, ge=1, description="tokens per minute per model")
    llm_offline_direct: bool = Field(
        default=True,
        description="call the in-process veille/offline engine directly, not through litellm",
    )
    concurrency: int = Field(default=8, ge=1, le=1024, description="concurrent LLM/HTTP calls")
    llm_prepare_headroom: float = Field(
        default=0.5,
        ge=0,
        le=4,
        description="LLM calls litellm may prepare or parse beyond those in flight, as a"
        " fraction of concurrency (veille/llm/calls.py)",
    )
    llm_batch_max: int = Field(
        default=5000,
        ge=1,
        description="at most this many articles per LLM enrichment batch (tasks/enrich_batches.py"
        " llm_batch_size)",
    )
    llm_stream_every: int = Field(
        default=250,
        ge=0,
        description="a pool worker hands over the rows of every this many finished articles"
        " while its LLM batch goes on (worker memory; 0: one result per batch)",
    )
    per_host_concurrency: int = Field(default=4, ge=1)
    allow_private_hosts: bool = Field(default=False, description="fetch loopback/private hosts")
    http_timeout_s: float = Field(default=20.0, gt=0)
    max_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    recheck_after_hours: float = Field(
        default=24.0,
        ge=0,
        description="a page that answered within this many hours is not requested again,"
        " unless its sitemap lastmod / atom:updated is newer (0: every run; docs/ingest.md)",
    )
    user_agent: str = Field(default="veille/0.1 (+https://github.com/veille/veille)")
    sources_file: Path | None = Field(default=None, description="sources.yaml to ingest")
    publish_path: Path | None = Field(default=None, description="read-only snapshot for analysts")
    docs_dir: Path = Field(default=Path("data/docs"), description="GX Data Docs folder")
    dashboard_dir: Path | None = Field(default=None, description="static dashboard folder")
    task_runner: Literal["thread", "process", "dask"] = Field(
        default="thread",
        description="thread: one process; process: fetch and enrich fan out over a local"
        " process pool; dask: over a Dask cluster",
    )
    process_workers: int = Field(default=2, ge=1, description="worker processes of `process`")
    dask_workers: int = Field(default=2, ge=1, description="local Dask cluster worker processes")
    dask_address: str | None = Field(
        default=None, description="scheduler of an existing Dask cluster (tcp://host:8786)"
    )
    task_batch_size: int = Field(
        default=200, ge=1, description="articles (or sources) per fan-out task"
    )
    llm_concurrency_limit: str | None = Field(
        default="veille-llm", description="Prefect global concurrency limit around LLM batches"
    )
    fx_rates_path: Path | None = Field(
        default=None, description="CSV date,currency,usd_per_unit (default: the shipped ECB file)"
    )
    deal_window_days: int = Field(
        default=45,
        ge=0,
        description="max days between reports of a deal not tied by a matching amount",
    )
    deal_conflict_band: float = Field(
        default=0.15, ge=0, lt=1, description="relative gap under which differing amounts conflict"
    )
    brief_dir: Path = Field(default=Path("data/briefs"), description="where daily briefs go")
    fault_point: str | None = Field(
        default=None,
        exclude=True,
        repr=False,
        description="tests only: `<name>:<n>` crash point (veille/faults.py), armed by the CLI",
    )

    @model_validator(mode="after")
    def _docs_beside_warehouse(self) -> Settings:
        """Data Docs default to a folder beside the warehouse, so that scratch warehouses
        (tests, `veille eval`) do not write into the working directory's `data/`."""
        if "docs_dir" not in self.model_fields_set:
            self.docs_dir = self.warehouse.parent / "docs"
        if self.dashboard_dir is None:
            self.dashboard_dir = self.warehouse.parent / "dashboard"
        return self

    def published_path(self) -> Path:
        """Where the analysts' snapshot goes: beside the working warehouse by default."""
        if self.publish_path is not None:
            return self.publish_path
        return self.warehouse.with_name(self.warehouse.stem + ".published.duckdb")

    def api_key(self) -> str | None:
        return self.llm_api_key.get_secret_value() if self.llm_api_key else None
