"""The recheck rule: which already-checked pages a crawl requests again.

A news page rarely changes after its first hours, and a rerun that sends one conditional GET
per known page costs as many requests as the site has pages (10,000 for the benchmark's
corpus) to learn that nothing changed. So a page that answered (200 landed or duplicate, or
304) is requested again only when:
- its listing says it changed: the sitemap's `<lastmod>` or the Atom entry's `<updated>`
  differs from the one listed when we last checked the page (or, when none was listed then,
  is later than that check). This wins over the time window, both ways: an unchanged lastmod
  skips the page however old the check, a changed one fetches it even inside the window;
- otherwise, when the last check is at least `recheck_after` old (`VEILLE_RECHECK_AFTER_HOURS`,
  24 h by default): a corrected article is picked up within a day.
A page never checked, or whose last request failed, is always requested. `recheck_after` of 0
turns the rule off (every known page gets a conditional GET, as a full refresh does).
Feeds, sitemaps and robots.txt are not subject to the rule: they are where new items come from,
and they cost a handful of conditional GETs per run.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NamedTuple

from veille.ingest.discover import Item
from veille.ingest.records import utc_now


class Check(NamedTuple):
    """A page's last answered check (naive UTC) and the listing's lastmod seen then."""

    checked_at: datetime
    updated_at: datetime | None = None


@dataclass(frozen=True)
class RecheckRule:
    """`checked` maps a requested page URL to its last answered check."""

    after: timedelta
    checked: Mapping[str, Check] = field(default_factory=dict)
    now: datetime = field(default_factory=utc_now)

    @classmethod
    def from_hours(cls, hours: float, checked: Mapping[str, Check] | None) -> RecheckRule:
        return cls(timedelta(hours=hours), checked or {})

    def due(self, item: Item) -> bool:
        """Whether the crawl must request `item` (see module docstring)."""
        if self.after <= timedelta(0):
            return True
        last = self.checked.get(item.url)
        if last is None:
            return True
        if item.updated_at is not None and last.updated_at is not None:
            return item.updated_at != last.updated_at
        if item.updated_at is not None:
            return item.updated_at > last.checked_at
        return self.now - last.checked_at >= self.after
