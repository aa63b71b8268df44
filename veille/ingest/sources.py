"""What to ingest: feeds, news sitemaps, URLs and local files, from sources.yaml and the CLI.

The file is meant to be edited by hand; every problem in it is reported with the file name and
the offending key instead of being skipped. Relative file paths are resolved against the
folder of the YAML file, so a sources file can travel with its inputs.

    feeds:      [https://example.com/rss.xml, ...]     # RSS or Atom
    sitemaps:   [https://example.com/news-sitemap.xml]  # urlset, news sitemap or index
    urls:       [https://example.com/2026/03/story]
    url_lists:  [lists/watch.txt]                       # one URL a line, '#' comments
    files:      [inbox/, notes/today.md, dump.jsonl]     # local inputs (see veille.ingest.files)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_KEYS = ("feeds", "sitemaps", "urls", "url_lists", "files")


class SourcesError(ValueError):
    """sources.yaml is not what we expect; the message says where."""


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item.strip() for item in items if item and item.strip()))


@dataclass(frozen=True)
class Sources:
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    files: tuple[Path, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "feeds", _unique(self.feeds))
        object.__setattr__(self, "sitemaps", _unique(self.sitemaps))
        object.__setattr__(self, "urls", _unique(self.urls))
        object.__setattr__(self, "files", tuple(dict.fromkeys(Path(p) for p in self.files)))

    def merge(self, other: Sources) -> Sources:
        return Sources(
            feeds=self.feeds + other.feeds,
            sitemaps=self.sitemaps + other.sitemaps,
            urls=self.urls + other.urls,
            files=self.files + other.files,
        )

    def is_empty(self) -> bool:
        return not (self.feeds or self.sitemaps or self.urls or self.files)


def _strings(data: dict[str, Any], key: str, origin: Path) -> list[str]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SourcesError(f"{origin}: '{key}' must be a list of strings")
    return value


def read_url_list(path: Path) -> list[str]:
    """URLs one a line; blank lines and '#' comments ignored."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def load_sources(path: Path) -> Sources:
    """Parse a sources.yaml; unknown keys and wrong types are errors, not silently ignored."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SourcesError(f"{path}: expected a mapping with keys {', '.join(_KEYS)}")
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        known = ", ".join(_KEYS)
        raise SourcesError(f"{path}: unknown key(s) {', '.join(unknown)}; known: {known}")
    base = path.parent
    urls = _strings(data, "urls", path)
    for listed in _strings(data, "url_lists", path):
        list_path = base / listed
        try:
            urls += read_url_list(list_path)
        except OSError as exc:
            raise SourcesError(f"{path}: url_lists entry {listed!r}: {exc}") from exc
    return Sources(
        feeds=tuple(_strings(data, "feeds", path)),
        sitemaps=tuple(_strings(data, "sitemaps", path)),
        urls=tuple(urls),
        files=tuple(base / p for p in _strings(data, "files", path)),
    )


def sources_from_cli(
    feed: Iterable[str] = (),
    sitemap: Iterable[str] = (),
    url: Iterable[str] = (),
    input: Iterable[Path] = (),
    sources_file: Path | None = None,
) -> Sources:
    """CLI arguments, plus the sources file if one is given."""
    cli = Sources(feeds=tuple(feed), sitemaps=tuple(sitemap), urls=tuple(url), files=tuple(input))
    return load_sources(sources_file).merge(cli) if sources_file else cli
