"""The daily brief (deployed at 07:00 Europe/Paris): a reader of the published snapshot.

Read-only on purpose: it opens the analysts' snapshot (the working warehouse only when no
snapshot exists yet), so it never competes with the hourly run for DuckDB's single writer and
records nothing in ops.runs; the brief files and the Prefect artifact are its record.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from prefect import flow, get_run_logger

from flows.common import settings_for
from tasks.brief import brief_task
from veille.publish_cli import reader_path
from veille.settings import Settings


def default_day(timezone: str, now: datetime | None = None) -> date:
    """Yesterday where the readers are: a morning brief covers the previous day's news."""
    current = now.astimezone(ZoneInfo(timezone)) if now else datetime.now(ZoneInfo(timezone))
    return current.date() - timedelta(days=1)


@flow(
    name="veille-daily-brief",
    log_prints=True,
    retries=2,
    retry_delay_seconds=300,
    timeout_seconds=15 * 60,
)
def daily_brief(
    day: str | None = None,
    warehouse: str | None = None,
    timezone: str = "Europe/Paris",
    out_dir: str | None = None,
    settings: Settings | None = None,
) -> dict[str, Any]:
    """Write `brief-<day>.md/.html` in the target language (VEILLE_TARGET_LANGUAGE) and publish
    it as an artifact; `day` is YYYY-MM-DD, yesterday in `timezone` by default."""
    settings = settings or settings_for(warehouse)
    the_day = date.fromisoformat(day) if day else default_day(timezone)
    source = reader_path(settings)
    target = Path(out_dir) if out_dir else settings.brief_dir
    result = brief_task(source, the_day, settings.target_language, target)
    get_run_logger().info(
        "brief %s (%s, %d articles) from %s -> %s",
        the_day,
        settings.target_language,
        result["n_articles"],
        source,
        result["markdown"],
    )
    return {"day": the_day.isoformat(), "source": str(source), **result}
