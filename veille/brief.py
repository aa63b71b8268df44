"""The daily brief: the day's articles, summarised and translated, as Markdown and HTML.

Shape of the reference brief (shared/seed/brief-ia-meta-nebius.txt): per article a title, the
summary ("Résumé"), why it matters ("Pourquoi c'est important"), the article translated into
the target language, and the source link. Honesty rule: when no translation exists (the
offline engine translates nothing) the brief says so and shows the original text under that
notice; the original is never labelled as a translation. Everything from the articles is
escaped: HTML with `html.escape`, Markdown with backslash escapes, links only for http(s).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

import duckdb

from veille.brief_labels import Labels, labels_for
from warehouse.loaders import read_frame

OFFLINE_PREFIX = "veille/offline"

_QUERY = """
select article_id, url, title, source, published_at, language, summary, why_it_matters,
       translated_title, translated_text, translation_status, target_language, text, model
from curated.articles
where cast(published_at as date) = $1
order by published_at, source, article_id
"""
_DEALS = """
select dm.article_id, d.parties, d.deal_type, d.amount_value, d.currency, d.conflicting_amounts
from curated.deal_mentions as dm
join curated.deals as d using (deal_id)
join curated.articles as a using (article_id)
where cast(a.published_at as date) = $1
group by all
order by dm.article_id, d.amount_value desc nulls last
"""


@dataclass(frozen=True)
class Brief:
    markdown: str
    html: str
    n_articles: int
    day: date
    target_language: str


@dataclass(frozen=True)
class _Item:
    """One article as the brief shows it: the body and the label that tells what it is."""

    title: str
    summary: str
    why: str
    body_label: str
    body: str
    url: str
    source: str
    deals: list[str]


def _body(row: dict[str, object], labels: Labels, target: str) -> tuple[str, str, str]:
    """(title, label, body): a translation only when there is one in the target language."""
    status = row["translation_status"]
    original_title, original = str(row["title"] or ""), str(row["text"] or "")
    if status == "translated" and row["translated_text"] and row["target_language"] == target:
        return (
            str(row["translated_title"] or original_title),
            labels.translated,
            str(row["translated_text"]),
        )
    if status == "same_language" or row["language"] == target:
        return original_title, labels.original_same_language, original
    offline = str(row["model"] or "").startswith(OFFLINE_PREFIX)
    label = labels.unavailable_offline if offline else labels.unavailable
    return original_title, label, original


def _amount(value: float | None, currency: str | None, labels: Labels) -> str:
    if value is None:
        return labels.undisclosed
    for scale, word in ((1e9, labels.billions), (1e6, labels.millions)):
        if value >= scale:
            number = f"{value / scale:.2f}".rstrip("0").rstrip(".")
            return f"{number.replace('.', labels.decimal)} {word} {currency or ''}".strip()
    return f"{value:,.0f} {currency or ''}".strip()


def _deal_line(row: dict[str, object], labels: Labels) -> str:
    parties = " / ".join(row["parties"])  # type: ignore[arg-type]
    amount = _amount(row["amount_value"], row["currency"], labels)  # type: ignore[arg-type]
    text = f"{parties} — {labels.deal_type(str(row['deal_type']))} — {amount}"
    return text + (f" ({labels.conflicting})" if row["conflicting_amounts"] else "")


def _items(con: duckdb.DuckDBPyConnection, day: date, labels: Labels, target: str) -> list[_Item]:
    deals: dict[str, list[str]] = {}
    for row in read_frame(con, _DEALS, [day]).iter_rows(named=True):
        deals.setdefault(row["article_id"], []).append(_deal_line(row, labels))
    items = []
    for row in read_frame(con, _QUERY, [day]).iter_rows(named=True):
        title, label, body = _body(row, labels, target)
        items.append(
            _Item(
                title=title, summary=row["summary"] or "", why=row["why_it_matters"] or "",
                body_label=label, body=body, url=row["url"], source=row["source"] or "",
                deals=deals.get(row["article_id"], []),
            )
        )  # fmt: skip
    return items


def paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs; single newlines inside a paragraph are kept as spaces."""
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return [
        " ".join(line.strip() for line in b.splitlines() if line.strip())
        for b in blocks
        if b.strip()
    ]


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|!~&])")
_MD_LINE_START = re.compile(r"^(\s*)([-+>]|\d+[.)])")


def md_escape(text: str) -> str:
    """Literal text in Markdown: no emphasis, links, HTML or headings can come from an article."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m[1] + "\\" + m[2], escaped)


def safe_url(url: str) -> str | None:
    """The URL when it is http(s), with characters that would end a Markdown link escaped."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    return quote(url, safe=":/?#[]@!$&'*+,;=%-._~")


def _markdown(items: list[_Item], day: date, labels: Labels) -> str:
    out = [f"# {md_escape(labels.heading(day))}", ""]
    if not items:
        out += [md_escape(labels.empty), ""]
    for item in items:
        out += [f"## {md_escape(item.title)}", "", f"**{labels.summary}**", ""]
        out += [md_escape(p) + "\n" for p in paragraphs(item.summary)]
        out += [f"**{labels.why}**{labels.colon} {md_escape(item.why)}", ""]
        if item.deals:
            out += [f"**{labels.deals}**", "", *[f"- {md_escape(d)}" for d in item.deals], ""]
        out += [f"**{item.body_label}**", ""]
        out += [md_escape(p) + "\n" for p in paragraphs(item.body)]
        url = safe_url(item.url)
        link = f"[{md_escape(item.source or item.url)}](<{url}>)" if url else md_escape(item.url)
        out += [f"{labels.source}{labels.colon} {link}", "", "---", ""]
    out += [f"*{md_escape(labels.footer(len(items)))}*", ""]
    return "\n".join(out)


def _html_item(item: _Item, labels: Labels) -> list[str]:
    e = html.escape
    parts = ["<article>", f"<h2>{e(item.title)}</h2>", '<section class="summary">']
    parts += [
        f"<h3>{e(labels.summary)}</h3>",
        *[f"<p>{e(p)}</p>" for p in paragraphs(item.summary)],
    ]
    parts += [f'<p class="why"><strong>{e(labels.why)}</strong>{e(labels.colon)} {e(item.why)}</p>']
    parts += ["</section>"]
    if item.deals:
        parts += [f"<h3>{e(labels.deals)}</h3>", "<ul>", *[f"<li>{e(d)}</li>" for d in item.deals]]
        parts += ["</ul>"]
    parts += [f'<section class="body"><h3>{e(item.body_label)}</h3>']
    parts += [*[f"<p>{e(p)}</p>" for p in paragraphs(item.body)], "</section>"]
    url = safe_url(item.url)
    name = e(item.source or item.url)
    link = f'<a href="{e(url)}" rel="noopener noreferrer">{name}</a>' if url else e(item.url)
    return [
        *parts,
        f'<p class="source">{e(labels.source)}{e(labels.colon)} {link}</p>',
        "</article>",
    ]


def _html(items: list[_Item], day: date, labels: Labels) -> str:
    e = html.escape
    parts = [
        "<!doctype html>", f'<html lang="{e(labels.code)}">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(labels.heading(day))}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f"<h1>{e(labels.heading(day))}</h1>",
    ]  # fmt: skip
    if not items:
        parts.append(f"<p>{e(labels.empty)}</p>")
    for item in items:
        parts += _html_item(item, labels)
    parts += [f"<footer>{e(labels.footer(len(items)))}</footer>", "</body>", "</html>", ""]
    return "\n".join(parts)


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.55;color:#1d1d1f}article{border-top:1px solid #ddd;padding-top:1rem}"
    ".summary{background:#f5f5f7;padding:.5rem 1rem;border-radius:6px}footer{color:#666;"
    "margin-top:2rem;font-style:italic}"
)


def render_brief(con: duckdb.DuckDBPyConnection, day: date, target_language: str) -> Brief:
    """The brief of `day` (articles published that day) from the curated tables of `con`."""
    labels = labels_for(target_language)
    items = _items(con, day, labels, target_language)
    return Brief(
        markdown=_markdown(items, day, labels),
        html=_html(items, day, labels),
        n_articles=len(items),
        day=day,
        target_language=target_language,
    )


@dataclass(frozen=True)
class BriefFiles:
    markdown: Path
    html: Path
    brief: Brief


def write_brief(
    con: duckdb.DuckDBPyConnection, day: date, target_language: str, out_dir: Path
) -> BriefFiles:
    """Render and write `brief-<day>.md` and `.html` (each replaced atomically)."""
    brief = render_brief(con, day, target_language)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for ext, text in (("md", brief.markdown), ("html", brief.html)):
        path = out_dir / f"brief-{day.isoformat()}.{ext}"
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
        paths.append(path)
    return BriefFiles(paths[0], paths[1], brief)
