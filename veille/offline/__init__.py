"""The offline engine: a rule-based extractor that needs no API key and no network.

Entry point: `veille.offline.engine.enrich(ArticleInput) -> Enrichment` (registered in
litellm as `veille/offline`). Pipeline inside, every step over character offsets of
`article.text` so that all evidence is an exact substring:

    sentences.split_sentences -> orgs.find_orgs (gazetteer + context) -> money.parse_amounts
    -> roles.money_role -> deals.extract_deals (dealtype, parties, grouping, terms)
    -> summary.summarise

`veille.offline.gazetteer` (`load_gazetteer()`, `canonical(name)`, `entry_for(name)`) is the
shared organisation reference; the publish stage builds `curated.organizations` from it.
"""
