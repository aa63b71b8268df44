"""Cue words for the role a money amount plays (market cap, valuation, revenue, net loss,
capex, share price, other), in six languages (regex fragments, case-insensitive). Split from
`cues` (module size); `cues` re-exports `ROLE_CUES`, so code reads it as `cues.ROLE_CUES`.
The deal-value family (`cues.DEAL_VALUE_CUES`) stays in `cues`: it is built from the deal
cues. The order of the roles and of their fragments is kept as it was.
"""

from __future__ import annotations

# fmt: off

# Money roles: (role, fragments). The nearest cue to an amount decides, left side preferred.
ROLE_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("market_cap", (
        r"market (?:value|capitali[sz]ation|cap)", r"capitalisation(?: boursière)?",
        r"capitalisation", r"capitalization", r"börsenwert", r"marktkapitalisierung",
        r"marktwert", r"capitalización(?: bursátil)?", r"valor de mercado",
        r"capitalizzazione", r"worth roughly", r"had been worth",
    )),
    ("valuation", (
        r"valu(?:e|ed|ing|es) (?:[\w'’-]+ ){1,6}?(?:at|à)", r"valuation", r"post-money",
        r"pre-money", r"valorisa\w* (?:[\w'’-]+ ){1,6}?à",
        r"valoris\w*", r"valoré\w*", r"bewert\w*",
        r"valoración", r"valorad\w*", r"avaliad\w*", r"valutazione", r"valutat\w*",
        r"value it at", r"would value", r"estimée? à", r"évaluée? à", r"estimad[oa] en",
        # "the company is now worth $183 billion" (a deal "worth" stays a deal value)
        r"(?:is|was|are|were|becomes|became) (?:now |currently |already )?worth",
        r"vaut (?:désormais|aujourd['’]hui|maintenant)",
        r"valued",
    )),
    ("revenue", (
        r"revenues?", r"sales", r"turnover", r"run-rate", r"chiffre d['’]affaires", r"revenus",
        r"recettes", r"ventes", r"umsatz\w*", r"erlös\w*", r"ingresos", r"facturación",
        r"receita\w*", r"faturamento", r"ricavi", r"fatturato", r"ARR", r"bookings",
    )),
    ("net_loss", (
        r"net loss", r"loss(?:es)?", r"perte(?: nette)?s?", r"déficit", r"nettoverlust",
        r"verlust\w*", r"pérdida\w*", r"prejuízo\w*", r"perdita", r"perdite",
    )),
    ("capex", (
        r"capex", r"capital expenditures?", r"capital spending", r"investissements? dans",
        r"d['’]investissements", r"à (?:leurs|ses|son|sa) investissements",
        r"dépenses d['’]investissement", r"centres de données", r"data cent(?:er|re)s",
        r"investitionen", r"rechenzentren", r"inversiones en", r"centros de datos",
        r"investimentos em", r"centros de dados", r"investimenti in", r"data center",
        r"build(?:ing)? out", r"spend(?:ing)? on",
    )),
    ("share_price", (
        r"a share", r"per share", r"l['’]action", r"par action", r"l['’]unité", r"je aktie",
        r"por acción", r"por ação", r"per azione", r"closed at", r"clôtur\w* à",
        r"changed hands at", r"share price", r"cours", r"stock price", r"floated",
        r"priced at", r"palier", r"fixé à", r"chaque action", r"each share", r"cada acción",
        r"cada ação", r"ogni azione",
    )),
    ("other", (
        r"backlog", r"carnet de commandes", r"of cash", r"cash and", r"trésorerie",
        r"liquidités", r"obligations de prestation",
        r"performance obligations", r"auftragsbestand", r"cartera de pedidos",
    )),
)
# fmt: on
