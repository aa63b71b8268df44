from __future__ import annotations

from datetime import date, datetime
from html.parser import HTMLParser

import pytest

from tasks.publish import publish_stage
from tests.staging_factory import article, deal, enrichment, seed_article, stage
from veille.brief import md_escape, paragraphs, render_brief, safe_url, write_brief
from veille.settings import Settings
from warehouse.connection import connect

DAY = date(2026, 3, 17)
SUMMARY = (
    "Meta a signé un partenariat avec Nebius pour renforcer son infrastructure IA. "
    "27 milliards de puissance IA seront sécurisés grâce à cet accord."
)
WHY = (
    "cet investissement stratégique pourrait positionner Meta comme un leader "
    "incontournable dans le domaine de l'intelligence artificielle."
)


@pytest.fixture
def con():
    c = connect()
    yield c
    c.close()


def publish(con, tmp_path, *articles_and_enrichments, deals=()):
    arts = [a for a, _ in articles_and_enrichments]
    stage(con, articles=arts, enrichments=[e for _, e in articles_and_enrichments], deals=deals)
    publish_stage(
        con, Settings(warehouse=tmp_path / "w.duckdb"), "r1", gazetteer=[], snapshot=False
    )


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_seed_article_brief_in_french(con, tmp_path, shared_dir):
    seed = seed_article(shared_dir)
    enr = enrichment(seed, translation_status="same_language", summary=SUMMARY, why=WHY)
    publish(con, tmp_path, (seed, enr), deals=[deal("seed", 0, ["Meta", "Nebius"], value=27e9)])
    brief = render_brief(con, DAY, "fr")
    assert brief.n_articles == 1
    md = brief.markdown
    assert md.startswith("# Brief IA — Veille IA quotidienne — 17 mars 2026\n")
    assert "## Meta s’allie à Nebius pour sécuriser 27 milliards de puissance IA" in md
    assert "**⚡ Résumé**" in md and SUMMARY in md
    assert "**💡 Pourquoi c'est important** : " + WHY in md
    assert "**📄 Article original (déjà en français)**" in md
    assert "Traduction indisponible" not in md and "Article traduit" not in md
    # every paragraph of the article, in order, once
    body = [p for p in paragraphs(seed["text"])]
    positions = [md.index(md_escape(p)) for p in body]
    assert positions == sorted(positions) and len(body) == 20
    assert (
        "Source : [Brief IA](<https://news.example.org/fr/2026/03/meta-nebius-27-milliards>)" in md
    )
    assert "- Meta / Nebius — capacité de calcul — 27 milliards USD" in md

    parser = _Text()
    parser.feed(brief.html)
    text = "".join(parser.text)
    assert parser.tags.count("article") == 1 and parser.tags.count("p") >= 20 + 3
    assert "⚡ Résumé" in text and "💡 Pourquoi c'est important" in text and WHY in text
    assert body[0] in text and body[-1] in text
    assert '<html lang="fr">' in brief.html
    assert 'href="https://news.example.org/fr/2026/03/meta-nebius-27-milliards"' in brief.html


def test_missing_translation_is_said_and_original_shown(con, tmp_path):
    art = article(
        "en1",
        title="Nebius signs with Meta",
        text="Nebius signed.\n\nMore text.",
        published_at=datetime(2026, 3, 17, 8),
        language="en",
    )
    publish(con, tmp_path, (art, enrichment(art, translation_status="unavailable")))
    brief = render_brief(con, DAY, "fr")
    assert "**⚠️ Traduction indisponible hors ligne — texte original :**" in brief.markdown
    assert "Nebius signed\\." not in brief.markdown and "Nebius signed." in brief.markdown
    assert "Article traduit" not in brief.markdown and "Article traduit" not in brief.html
    assert "## Nebius signs with Meta" in brief.markdown


def test_translation_is_labelled_as_such(con, tmp_path):
    art = article(
        "en2",
        title="Nebius signs",
        text="Nebius signed.",
        language="en",
        published_at=datetime(2026, 3, 17, 8),
    )
    enr = enrichment(
        art,
        translated_title="Nebius signe",
        translated_text="Nebius a signé.",
        model="openai/gpt-4o-mini",
    )
    publish(con, tmp_path, (art, enr))
    md = render_brief(con, DAY, "fr").markdown
    assert "## Nebius signe" in md and "**📄 Article traduit en français**" in md
    assert "Nebius a signé." in md and "Nebius signed." not in md
    # asked in another language than the one translated into: the original, said so
    en = render_brief(con, DAY, "en").markdown
    assert en.startswith("# AI Brief — Daily AI watch — March 17, 2026")
    assert "**💡 Why it matters**: Parce que." in en
    assert "Nebius signed." in en and "Nebius a signé." not in en
    assert "Original article (already in English)" in en


def test_article_content_is_escaped(con, tmp_path):
    art = article(
        "x",
        title="<script>alert(1)</script> *bold* [x](javascript:y)",
        text="# not a heading\n\n- not a list <img src=x onerror=alert(1)>",
        url="javascript:alert(1)",
        published_at=datetime(2026, 3, 17, 8),
    )
    publish(
        con, tmp_path, (art, enrichment(art, translation_status="unavailable", summary="a & b <b>"))
    )
    brief = render_brief(con, DAY, "fr")
    assert "<script>" not in brief.html and "&lt;script&gt;" in brief.html
    assert "<img" not in brief.html and "javascript:" not in brief.html.split("<body>")[1].split(
        'class="source"'
    )[0].replace("[x](javascript:y)", "")
    assert 'href="javascript' not in brief.html
    assert "\\<script\\>" in brief.markdown and "\\*bold\\*" in brief.markdown
    assert "\n\\# not a heading" in brief.markdown and "\n\\- not a list" in brief.markdown
    assert "](<javascript" not in brief.markdown
    assert "a \\& b \\<b\\>" in brief.markdown


def test_empty_day_and_written_files(con, tmp_path):
    publish(con, tmp_path, (article("z"), enrichment(article("z"))))
    files = write_brief(con, date(2026, 1, 1), "fr", tmp_path / "briefs")
    assert files.brief.n_articles == 0
    assert "Aucun article publié ce jour-là." in files.markdown.read_text(encoding="utf-8")
    assert files.html.name == "brief-2026-01-01.html" and files.html.exists()


def test_safe_url():
    assert safe_url("https://a.example/x y") == "https://a.example/x%20y"
    assert safe_url("https://a.example/a>b") == "https://a.example/a%3Eb"
    assert safe_url("javascript:alert(1)") is None and safe_url("data:text/html,x") is None
