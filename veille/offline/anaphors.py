"""Company anaphors ("the company", "la société", "das Unternehmen", "the two companies")
and the party kinds a typed one stands for ("la start-up" -> an AI lab or software firm), in
six languages (regex fragments, case-insensitive), with their compiled patterns. Split from
`cues` (module size): words and the code that compiles them live together; `cues`
re-exports every name, so code reads them as `cues.NAME`. The order of entries is kept.
"""

from __future__ import annotations

import re
from functools import cache

# fmt: off

ANAPHORS: tuple[str, ...] = (
    r"it", r"its", r"the company", r"the group", r"the firm", r"the start-?up",
    r"the chipmaker", r"the software (?:maker|giant|group)", r"the [\w-]+-based \w+",
    r"the (?:provider|specialist|operator|lab|developer|maker|conglomerate|latter)",
    r"elle", r"il", r"l['’]entreprise", r"la société", r"le groupe", r"la firme",
    r"la start-?up", r"la jeune pousse", r"le spécialiste", r"le fabricant", r"l['’]éditeur",
    r"le conglomérat", r"la licorne", r"y", r"celle-ci", r"celui-ci", r"es", r"sie",
    r"das unternehmen", r"der konzern", r"die firma", r"das start-?up", r"der hersteller",
    r"la empresa", r"la compañía", r"el grupo", r"la firma", r"la startup", r"la tecnológica",
    r"a empresa", r"a companhia", r"o grupo", r"a startup", r"la società", r"l['’]azienda",
    r"il gruppo", r"l['’]opérateur", r"la operadora", r"el operador", r"a operadora",
    r"o operador", r"l['’]operatore", r"der betreiber", r"der anbieter", r"der spezialist",
    r"das start-up", r"die gesellschaft", r"la plateforme", r"the bank", r"la banque",
    r"el banco", r"o banco", r"la banca", r"die bank", r"the lender", r"the platform",
    r"la compagnie", r"the operator", r"la filial", r"la filiale", r"the unit", r"the subsidiary",
    r"a subsidiária", r"a filial", r"die tochter", r"la controllata",
    # session 7, second wave: an adjective of age or size before the noun ("Le jeune
    # opérateur normand a passé commande", "the young company", "la joven empresa")
    r"l[ea] (?:jeune|petite|nouvelle|nouvel) (?:opérateur|société|entreprise|firme|éditeur)",
    r"the (?:young|small|new) (?:company|firm|operator|start-?up)",
    r"la (?:joven|pequeña|nueva) (?:empresa|compañía|operadora)",
    r"a (?:jovem|pequena|nova) (?:empresa|companhia|operadora)",
    r"la (?:giovane|piccola|nuova) (?:società|azienda)",
    r"das junge (?:unternehmen|start-?up)", r"die junge firma",
    # session 9: a modifier before the noun ("the ChatGPT maker", "the social-media group",
    # "Le géant américain", "der Halbleiterkonzern"); a lower-case noun, so that "The Browser
    # Company" stays a name
    r"the [\w-]+ (?-i:maker|group|company|firm|giant)", r"le géant", r"el gigante",
    r"o gigante", r"il colosso", r"der \w+(?:konzern|riese|hersteller|anbieter)",
)
DUAL_ANAPHORS: tuple[str, ...] = (
    r"the two (?:companies|firms|groups|chipmakers)", r"both companies", r"the pair",
    r"les deux (?:groupes|entreprises|sociétés|partenaires|firmes)", r"beide(?:n)? unternehmen",
    r"ambas empresas", r"ambas compañías", r"as duas empresas", r"le due società",
    r"le due aziende",
)
# Typed anaphors resolve to the latest party of a matching kind.
TYPED_ANAPHORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"start-?up|jeune pousse|licorne|startup|unicorn", ("ai_lab", "other", "software")),
    (r"chipmaker|chip designer|fabricant de puces|fondeur|chiphersteller|fabricante de chips",
     ("chipmaker",)),
    (r"software (?:maker|giant|group)|géant du logiciel|éditeur", ("hyperscaler", "bigtech",
                                                                   "software")),
    (r"opérateur|operadora|operador|operatore|betreiber", ("telecom", "datacenter", "neocloud")),
    (r"bank|banque|banco|banca|lender", ("bank",)),
)
# fmt: on


@cache
def typed_anaphors() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """TYPED_ANAPHORS compiled (re.I) once: every anaphor reads them all, and `re.search` on
    a string pays the regex cache's lookup per pattern and call."""
    return tuple((re.compile(pattern, re.I), kinds) for pattern, kinds in TYPED_ANAPHORS)


def anaphor_kinds(anaphor: str) -> tuple[str, ...]:
    """The party kinds a typed anaphor stands for ("la start-up"); () when it is untyped."""
    for pattern, kinds in typed_anaphors():
        if pattern.search(anaphor):
            return kinds
    return ()


@cache
def anaphor_re() -> re.Pattern[str]:
    """A company anaphor ("the company", "la société", "das Unternehmen", ...)."""
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(ANAPHORS)})(?![\w-])", re.I)
