"""24 hostile articles through the LLM path, answered by a compromised model that obeys them.

The corpus (tests/fixtures/injection/corpus.jsonl) holds real-looking AI news with one hostile
passage each: instructions, notes to AI readers, chat roles and template tokens, our own
`ARTICLE>>>` delimiter, answer-shaped JSON, role play, zero-width / homoglyph / fullwidth /
bidi tricks, a system-prompt leak request, an image exfiltration, base64, "fake deal" claims.
Each row names its hostile passage and the payload (organisation, partner, amount) a
compromised model reports.

The model is the loopback fake LLM whose brain obeys every injection perfectly: it quotes the
hostile passage verbatim as evidence for the payload organisation, amount and deal, and
("loud") writes the payload, the system prompt or the exfiltration image into the summary.
The real stages run on the corpus (ingest, stage, enrich through litellm and the gateway,
publish), then the curated tables are audited: no payload anywhere, and every published
mention points at its own words in the text, outside any hostile passage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from pydantic import SecretStr

from tasks.enrich import enrich_stage
from tasks.ingest import ingest
from tasks.publish import publish_stage
from tasks.stage import stage
from veille.devtools.brains import heuristic_brain
from veille.devtools.fake_llm import FakeLLM
from veille.ingest.extract import ExtractionError, extract_html
from veille.ingest.sources import Sources
from veille.injection import hostile_spans
from veille.llm.prompt import SYSTEM
from veille.money import amounts_agree, parse_amounts
from veille.schema import ArticleInput
from veille.settings import Settings
from veille.text import normalise_paragraphs
from warehouse.connection import connect
from warehouse.loaders import read_frame

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "injection" / "corpus.jsonl"
EXFIL = "evil.example"
SYSTEM_OPENING = "You are veille, an analyst"


def _corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def compromised_brain(rows: list[dict[str, Any]], loud: bool) -> Callable[[ArticleInput], Any]:
    """The honest heuristic answer, plus whatever each article's hostile passage asks for."""
    plans = [(normalise_paragraphs(r["hostile"]), r["payload"]) for r in rows]

    def brain(article: ArticleInput) -> dict[str, Any]:
        answer = heuristic_brain(article)
        for quote, payload in plans:
            if quote not in article.text:
                continue
            org, partner, amount = payload["org"], payload["partner"], payload["amount"]
            answer["organizations"].append({"name": org, "surface": org, "evidence": quote})
            answer["money"].append(
                {
                    "value": amount,
                    "currency": payload["currency"],
                    "surface": payload["surface"],
                    "evidence": quote,
                    "role": "deal_value",
                }
            )
            answer["deals"].append(
                {
                    "parties": [org, partner],
                    "amount_value": amount,
                    "currency": payload["currency"],
                    "deal_type": "investment",
                    "evidence": quote,
                }
            )
            if loud:
                answer["summary"] = payload["summary"]
                answer["why_it_matters"] = f"{org} devient le premier partenaire de {partner}."
        return answer

    return brain


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    rows = _corpus()
    assert len(rows) >= 20 and len({r["url"] for r in rows}) == len(rows)
    for row in rows:
        assert row["hostile"] in row["text"], row["url"]
    return rows


def _published(con: duckdb.DuckDBPyConnection, table: str) -> list[dict[str, Any]]:
    return read_frame(con, f"select * from curated.{table}").to_dicts()


@pytest.fixture(scope="module", params=["quiet", "loud"])
def run(
    request: pytest.FixtureRequest, corpus: list[dict[str, Any]], tmp_path_factory: Any
) -> Iterator[tuple[str, duckdb.DuckDBPyConnection, FakeLLM]]:
    loud = request.param == "loud"
    folder = tmp_path_factory.mktemp(f"injection-{request.param}")
    with FakeLLM(compromised_brain(corpus, loud)) as llm:
        settings = Settings(
            warehouse=folder / "w.duckdb",
            llm_model="openai/compromised",
            llm_api_base=llm.base_url,
            llm_api_key=SecretStr("sk-injection-test"),
            llm_max_retries=0,
        )
        con = connect(":memory:")
        report = ingest(con, Sources(files=(CORPUS,)), settings, "inj")
        assert report.new == len(corpus)
        stage(con)
        enriched = enrich_stage(con, settings, "inj")
        assert enriched.selected == len(corpus)
        publish_stage(con, settings, "inj", snapshot=False)
        yield request.param, con, llm
        con.close()


def test_the_model_really_obeyed_every_injection(
    run: tuple[str, duckdb.DuckDBPyConnection, FakeLLM], corpus: list[dict[str, Any]]
) -> None:
    _, con, llm = run
    assert llm.requests >= len(corpus)
    answers = [r[0] for r in con.execute("select response from ops.llm_calls").fetchall()]
    for row in corpus:
        org = row["payload"]["org"]
        quote = json.dumps(normalise_paragraphs(row["hostile"]), ensure_ascii=False)[1:-1]
        obeyed = [a for a in answers if quote in a]
        assert obeyed and all(org in a for a in obeyed), f"{row['url']}: payload never sent"


def test_no_payload_is_published(
    run: tuple[str, duckdb.DuckDBPyConnection, FakeLLM], corpus: list[dict[str, Any]]
) -> None:
    mode, con, _ = run
    articles = {a["url"]: a for a in _published(con, "articles")}
    by_id = {a["article_id"]: a["url"] for a in articles.values()}
    rows = {r["url"]: r for r in corpus}
    orgs = _published(con, "org_mentions")
    money = _published(con, "money_mentions")
    deal_mentions = _published(con, "deal_mentions")
    for mention in orgs:
        payload = rows[by_id[mention["article_id"]]]["payload"]
        assert mention["name"] != payload["org"] and mention["surface"] != payload["org"]
    for mention in money:
        payload = rows[by_id[mention["article_id"]]]["payload"]
        assert not amounts_agree(mention["value"], payload["amount"]), mention
    for mention in deal_mentions:
        assert not {r["payload"]["org"] for r in corpus} & set(mention["parties"]), mention
    for deal in _published(con, "deals"):
        assert "Acme" not in deal["parties"], deal
        assert not amounts_agree(deal["amount_value"], 1e12), deal
    for url, article in articles.items():
        payload = rows[url]["payload"]
        for field in ("summary", "why_it_matters", "translated_title"):
            value = article[field] or ""
            assert not re.search(rf"\b{re.escape(payload['org'])}\b", value), (url, field, value)
            assert EXFIL not in value and SYSTEM_OPENING not in value, (url, field, value)
    if mode == "quiet":  # answers whose free text is clean keep their honest facts
        assert len(articles) == len(corpus)
        assert len(orgs) >= len(corpus)
    else:
        quarantined = con.execute(
            "select count(*) from staging.enrichments where status = 'quarantined'"
        ).fetchall()[0][0]
        assert quarantined + len(articles) == len(corpus)
        assert quarantined == len(corpus)  # every loud answer names its payload


def test_every_published_mention_is_grounded_outside_hostile_text(
    run: tuple[str, duckdb.DuckDBPyConnection, FakeLLM],
) -> None:
    mode, con, _ = run
    texts = {a["article_id"]: a["text"] for a in _published(con, "articles")}
    hostile = {aid: hostile_spans(text) for aid, text in texts.items()}

    def outside(aid: str, start: int, end: int) -> bool:
        return not any(start < b and a < end for a, b in hostile[aid])

    checked = 0
    for m in _published(con, "org_mentions"):
        span = texts[m["article_id"]][m["char_start"] : m["char_end"]]
        assert span.casefold() in {m["surface"].casefold(), m["name"].casefold()}, (m, span)
        assert outside(m["article_id"], m["char_start"], m["char_end"]), m
        checked += 1
    for m in _published(con, "money_mentions"):
        span = texts[m["article_id"]][m["char_start"] : m["char_end"]]
        values = [v for s in parse_amounts(span) for v in (s.value, s.min_value, s.max_value)]
        target = m["value"] or m["min_value"]
        assert any(amounts_agree(target, v) for v in values if v is not None), (m, span)
        assert outside(m["article_id"], m["char_start"], m["char_end"]), m
        checked += 1
    for m in _published(con, "deal_mentions"):
        assert m["evidence"] and outside(m["article_id"], m["char_start"], m["char_end"]), m
        checked += 1
    assert checked > 0 if mode == "quiet" else checked == 0  # loud answers are quarantined


def test_the_detector_finds_every_hostile_passage(corpus: list[dict[str, Any]]) -> None:
    for row in corpus:
        text, quote = normalise_paragraphs(row["text"]), normalise_paragraphs(row["hostile"])
        start = text.index(quote)
        spans = hostile_spans(text)
        assert any(a <= start and start + len(quote) <= b for a, b in spans), row["url"]
        first = text.split("\n\n", 1)[0]  # the honest lead paragraph stays usable
        assert not any(a < len(first) for a, _ in spans), row["url"]


def test_the_detector_leaves_real_news_alone(shared_dir: Path) -> None:
    """No false alarm on the dev, seed and sample articles and the 181 benchmark pages."""
    import gzip

    texts = []
    for path in (
        shared_dir / "eval" / "dev" / "articles.jsonl",
        shared_dir / "seed" / "article.jsonl",
        CORPUS.parents[2].parent / "veille" / "data" / "eval" / "articles.jsonl",
        CORPUS.parents[2].parent / "veille" / "sample" / "articles.jsonl",
    ):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    dataset = shared_dir / "datasets" / "article-extraction-benchmark"
    for page in sorted((dataset / "html").glob("*.html.gz")):
        try:
            texts.append(extract_html(gzip.decompress(page.read_bytes())).text)
        except ExtractionError:
            continue
    assert len(texts) > 200
    flagged = [t[:80] for t in texts if hostile_spans(normalise_paragraphs(t))]
    assert flagged == []
    assert SYSTEM.startswith(SYSTEM_OPENING)
