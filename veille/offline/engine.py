"""Entry point of the offline engine: `enrich(ArticleInput) -> Enrichment`, no key, no network.

Decisions:
- Every evidence is a slice of `article.text` (sentence offsets), so grounding always finds
  it; a deal's evidence always contains its amount (it spans two sentences when the amount
  continues a deal named in the previous one).
- Translation is never faked: `same_language` when the article is already in the target
  language, else `unavailable` with no translated text.
- Language: `article.language` when given, else py3langid restricted to common languages.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import cache
from typing import Any

from veille.money import MoneySpan, parse_amounts
from veille.offline import amountcontext as ac
from veille.offline.deals import DealMention, extract_deals
from veille.offline.dealtype import all_cues
from veille.offline.gazetteer import norm_name
from veille.offline.heldassets import is_held_assets
from veille.offline.inferred import inferred_parties
from veille.offline.orgs import OrgMention, find_orgs
from veille.offline.parties import is_party, main_subject
from veille.offline.rerank import rerank
from veille.offline.rerankfeatures import ArticleView
from veille.offline.roles import money_role
from veille.offline.sentences import Sentence, split_sentences
from veille.offline.summary import summarise
from veille.offline.typemodel import retype_deals
from veille.schema import (
    ArticleInput,
    DealExtraction,
    Enrichment,
    MoneyExtraction,
    OrgExtraction,
)

HELD = True  # session 8: assets a company manages are no deal's amount (heldassets)
INFERRED = True  # switch for leave-one-set-out experiments (veille/offline/inferred.py)
OUTSIDER_KINDS = ("media",)  # publishers: candidate parties beside an event (rerankfeatures)
LANGUAGES = (
    "en",
    "fr",
    "de",
    "es",
    "pt",
    "it",
    "nl",
    "pl",
    "sv",
    "da",
    "no",
    "fi",
    "ru",
    "uk",
    "zh",
    "ja",
    "ko",
    "ar",
    "tr",
    "cs",
    "ro",
    "hu",
    "el",
    "he",
    "hi",
    "id",
)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE

    from veille.offline.langwalk import CompactIdentifier

    identifier = CompactIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    """ISO 639-1 code of `text` (English when there is nothing to judge)."""
    if not text.strip():
        return "en"
    return str(_identifier().classify(text[:400])[0])


def _sentence_of(sentences: list[Sentence], position: int) -> Sentence | None:
    i = bisect_right(sentences, position, key=lambda s: s.start) - 1
    if i >= 0 and sentences[i].start <= position < sentences[i].end:
        return sentences[i]
    return None


def display_names(mentions: list[OrgMention]) -> dict[str, str]:
    """The name each organisation is reported under: its canonical name when the article
    writes it (up to case and suffixes), else the article's own most frequent spelling
    ("Balderton Capital", "Deutschen Bank" stays "Deutsche Bank" only if written so).

    Decision: a gold set lists an organisation under the names the text uses; a canonical
    form the article never writes ("Super Micro Computer" for "Supermicro") would be a
    name nobody can check against the text."""
    spellings: dict[str, Counter[str]] = {}
    for m in mentions:
        if not m.descriptor:
            # "La maison mère de Facebook, Meta Platforms": the background spelling counts less
            spellings.setdefault(m.name, Counter())[m.surface] += 1 if m.background else 2
    display = {}
    for name, counts in spellings.items():
        written = any(norm_name(s) == norm_name(name) for s in counts)
        display[name] = name if written else counts.most_common(1)[0][0]
    return display


def _organizations(
    mentions: list[OrgMention], sentences: list[Sentence], display: dict[str, str]
) -> list[OrgExtraction]:
    found: dict[str, OrgExtraction] = {}
    for m in mentions:
        s = _sentence_of(sentences, m.start)
        if m.name not in found and s is not None:
            name = display.get(m.name, m.name)
            found[m.name] = OrgExtraction(name=name, surface=m.surface, evidence=s.text)
    return list(found.values())


def _checked_role(text: str, s: Sentence, span: MoneySpan, role: str) -> str:
    """A deal value that is spending, a comparison or a cost per unit is not one; a unit or
    share price is a price whatever the words before it said."""
    if role == "deal_value" and ac.is_spending(text, span):
        role = "capex"
    elif role == "deal_value" and (
        ac.is_comparison(text, s.start, span) or ac.is_cost_per_unit(text, s.start, span)
    ):
        role = "other"
    if role in ("deal_value", "other") and ac.is_unit_price(text, span):
        return "other" if not ac.is_share_price(text, s.start, s.end, span) else "share_price"
    if role in ("deal_value", "other") and ac.is_share_price(text, s.start, s.end, span):
        return "share_price"
    return role


def _money(
    text: str, sentences: list[Sentence], lang: str
) -> tuple[list[tuple[MoneySpan, str, Sentence]], set[int]]:
    """Amounts with their roles, and the offsets of those that are no deal's: a restatement
    of the amount before in another currency (`amountcontext`), assets a company manages
    (`heldassets`, session 8)."""
    found: list[tuple[MoneySpan, str, Sentence]] = []
    conversions: set[int] = set()
    for span in parse_amounts(text, lang):
        s = _sentence_of(sentences, span.start)
        if s is None or span.end > s.end:
            continue
        role = money_role(text, s, span)
        previous = found[-1] if found and found[-1][2] is s else None
        prev_span = previous[0] if previous else None
        if ac.is_conversion(text, prev_span, span) or (
            HELD and is_held_assets(text, s.start, span)
        ):
            conversions.add(span.start)  # a restatement, or assets managed (heldassets)
            role = "other"
        elif (
            previous
            and previous[1] not in ("deal_value", "share_price")
            and ac.is_component(text, prev_span, span, strict=True)
        ):
            role = previous[1]  # "£31 billion of investment in Britain, including £22 billion"
        elif (role == "other" and ac.is_price(text, s.start, s.end, span)) or (
            previous and previous[1] == "deal_value" and ac.is_component(text, prev_span, span)
        ):
            role = "deal_value"
        found.append((span, _checked_role(text, s, span, role), s))
    return found, conversions


def _money_extractions(spans: list[tuple[MoneySpan, str, Sentence]]) -> list[MoneyExtraction]:
    chosen: dict[tuple[Any, ...], MoneyExtraction] = {}
    for span, role, s in spans:
        key = (span.value, span.min_value, span.max_value, span.currency)
        if key in chosen and not (chosen[key].role == "other" and role != "other"):
            continue
        chosen[key] = MoneyExtraction(
            value=span.value,
            min_value=span.min_value,
            max_value=span.max_value,
            currency=span.currency,
            qualifier=span.qualifier,  # type: ignore[arg-type]
            role=role,  # type: ignore[arg-type]
            surface=span.surface,
            evidence=s.text,
        )
    return list(chosen.values())


def _deal(text: str, d: DealMention, display: dict[str, str]) -> DealExtraction:
    a = d.amount
    return DealExtraction(
        parties=[display.get(p, p) for p in d.parties],
        deal_type=d.deal_type,  # type: ignore[arg-type]
        amount_value=a.value if a else None,
        amount_min=a.min_value if a else None,
        amount_max=a.max_value if a else None,
        currency=a.currency if a else None,
        duration_months=d.duration_months,
        status=d.status,  # type: ignore[arg-type]
        evidence=text[d.evidence[0] : d.evidence[1]],
    )


def _weights(
    mentions: list[OrgMention],
    money: list[tuple[MoneySpan, str, Sentence]],
    deals: list[DealMention],
    sentences: list[Sentence],
) -> dict[int, float]:
    weights: dict[int, float] = {}
    for m in mentions:
        if (s := _sentence_of(sentences, m.start)) is not None:
            weights[s.index] = weights.get(s.index, 0.0) + 0.5
    for _, role, s in money:
        weights[s.index] = weights.get(s.index, 0.0) + (1.5 if role == "deal_value" else 0.5)
    for d in deals:
        weights[d.sentence] = weights.get(d.sentence, 0.0) + 2.0
    return weights


def rule_view(
    article: ArticleInput,
) -> tuple[ArticleView, list[OrgMention], list[tuple[MoneySpan, str, Sentence]]]:
    """What the rules find (deal mentions included), as the re-ranker's view of the article."""
    text = article.text
    lang = article.language or detect_language(f"{article.title}\n{text}")
    sentences = split_sentences(text)
    mentions = find_orgs(text, lang, article.title)
    money, conversions = _money(text, sentences, lang)
    usable = [(span, role) for span, role, _ in money if span.start not in conversions]
    deal_amounts = [span for span, role in usable if role == "deal_value"]
    round_amounts = [(span, role) for span, role in usable if role in ("deal_value", "other")]
    spending = [span for span, role in usable if role == "capex"]
    rounds = [span for span, _ in round_amounts]
    parties = [m for m in mentions if is_party(m)]
    main = main_subject(article.title, parties, sentences[0] if sentences else None)
    deals = extract_deals(
        text, article.title, sentences, mentions, deal_amounts, rounds, spending, main
    )
    inferred = inferred_parties(text, mentions) if INFERRED else []
    if inferred:
        parties = sorted([*parties, *inferred], key=lambda m: m.start)
    view = ArticleView(
        text,
        article.title,
        lang,
        sentences,
        parties,
        round_amounts,
        all_cues(text),
        main,
        deals,
        frozenset(m.name for m in inferred),
        tuple(m for m in mentions if m.kind in OUTSIDER_KINDS and not m.brand),
        tuple(spending),
    )
    return view, mentions, money


def rule_deals(article: ArticleInput) -> list[DealExtraction]:
    """The rules' deal mentions alone (their own types), before the re-ranker judges them:
    what the rule tests check; the re-ranker is measured on gold sets instead."""
    view, mentions, _ = rule_view(article)
    display = display_names(mentions)
    return [_deal(view.text, d, display) for d in view.rules]


def enrich(article: ArticleInput, *, learned_types: bool = True) -> Enrichment:
    """Extract what the rules propose and the re-ranker keeps (veille/offline/rerank.py);
    translation is reported unavailable, never faked.

    `learned_types`: the deal types come from the learned classifier (`typemodel`), which
    takes the rules' type as one feature; False keeps the rules' types (to train it)."""
    view, mentions, money = rule_view(article)
    text, lang, sentences = view.text, view.lang, view.sentences
    deals = rerank(view)
    summary, why = summarise(sentences, _weights(mentions, money, deals, sentences))
    display = display_names(mentions)
    extracted = [_deal(text, d, display) for d in deals]
    return Enrichment(
        language=lang,
        translation_status="same_language" if lang == article.target_language else "unavailable",
        summary=summary,
        why_it_matters=why,
        organizations=_organizations(mentions, sentences, display),
        money=_money_extractions(money),
        deals=(
            retype_deals(extracted, lang, source=(text, [d.evidence for d in deals]))
            if learned_types
            else extracted
        ),
    )
