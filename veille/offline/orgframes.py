"""Organisations the gazetteer does not know, named by a financing's frame (session 11).

Why: in the read sets' deals without any candidate (`python -m veille.devtools.recall`,
`undetected`), the third investor or lender of a round is named in phrasings no context
read: a participation after its noun or verb ("aux côtés d'Unexo", "en el que también
participa Nacional Financiera", "beteiligen sich Bayern Kapital und ...", "hanno
partecipato anche 360 Capital, Eureka! Venture e ..."), a lead in the masculine or with a
participle the lexicon lacked ("encabezado por Banorte", "co-led by"), or the subject of
"led a $60 million round" ("when Madrona led a $60 million round").

Decisions:
- cue first, then the name (the family scan keys on the cue: no per-capital scan);
- the verbs' inverted subjects are read in Spanish, Portuguese, Italian and German only,
  where news writes them so; in German a lone capitalised word is a noun as often as a
  name ("beteiligen sich Investoren"), so a one-word German name needs a second capital,
  a digit or an organisation word;
- every name still goes through the caller's guards (`orgnames.valid_candidate`) and the
  enumeration after it is read as after any other context (`orgcontext.enumerated`).
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import listwords as lw
from veille.offline import orgwords as ow
from veille.offline.orgcontext import NAME, enumerated
from veille.offline.orgscan import ORGS
from veille.trie import trie_alternation

# A participation's or a lead's noun or participle, then the name (after an article).
_BESIDE = (
    r"aux côtés d['’]",
    r"aux côtés de(?: la| l['’])?",
    r"aux côtés du",
    r"aux côtés des",
    r"avec la participation d['’]",
    r"avec la participation de(?: la| l['’])?",
    r"avec la participation du",
    r"avec la participation des",
    r"co-menée? par",
    r"conduite? par",
    r"pilotée? par",
    r"co-led by",
    r"apporté(?:e|s|es)? par",
    r"joined by",
    r"alongside",
    r"encabezad[oa]s? por",
    r"liderad[oa]s? por",
    r"con la participación de",
    r"junto a",
    r"com a participação d[aeo]s?",
    r"ao lado d[aeo]s?",
    r"con la partecipazione di",
    r"affiancat[oaie] da",
    r"insieme a",
)
# Verbs whose subject follows them: "participa Nacional Financiera", "beteiligt waren X".
_PARTICIPATE = (
    r"participa",
    r"participan",
    r"participó",
    r"participaron",
    r"participam",
    r"participaram",
    r"participou",
    r"partecipa",
    r"partecipano",
    r"ha partecipato",
    r"hanno partecipato",
    r"hanno aderito",
)
_GERMAN_PARTICIPATE = (
    r"beteiligen sich",
    r"beteiligt sich",
    r"beteiligten sich",
    r"beteiligte sich",
    r"beteiligt waren",
    r"beteiligt war",
    r"zählen",
)
_ALSO = r"(?:(?:también|também|além disso|anche|inoltre|außerdem|auch|zudem|ferner),?\s+)?"
_ARTICLE = r"(?:(?:la|el|los|las|a|o|os|as|il|lo|i|gli|le|der|die|das|de)\s+)?"
# "when Madrona led a $60 million round": the lead's subject, read backwards from the verb.
_LED = (
    r"(?<![\w-])(?:(?:led|co-led)\s+(?:a|an|the|its)\s+(?:[\w$€£.,-]+\s+){0,4}?"
    r"(?:round|financing|funding|raise|Series|investment)\b"
    r"|a (?:mené|co-mené|conduit|piloté)\s+(?:le|la|l['’]|cette)\s*"
    r"(?:tour|levée|série|opération)\b"
    r"|(?:lideró|encabezó|liderou|ha guidato)\s+(?:la|el|a|o|il|l['’])\s*"
    r"(?:ronda|rodada|round|financiación|financiamento|aumento)\b)"
)
# A selection's object: "La DGFiP a retenu S3NS pour", "has selected Kelvora to build".
_CHOOSE = (
    r"a retenu",
    r"a choisi",
    r"a sélectionné",
    r"retient",
    r"choisit",
    r"has selected",
    r"selected",
    r"has chosen",
    r"chose",
    r"picked",
    r"has picked",
    r"tapped",
    r"ha elegido a",
    r"eligió a",
    r"seleccionó a",
    r"ha seleccionado a",
    r"escolheu a",
    r"escolheu o",
    r"selecionou a",
    r"selecionou o",
    r"ha scelto",
    r"ha selezionato",
)
# A new entity's name: "La nouvelle société, baptisée Orénova, vise", "a joint venture
# named X"; only after an entity noun ("a model called X" is a product).
_ENTITY = (
    r"société",
    r"coentreprise",
    r"co-entreprise",
    r"entité",
    r"structure",
    r"filiale",
    r"joint-?venture",
    r"joint venture",
    r"company",
    r"entity",
    r"vehicle",
    r"empresa",
    r"sociedad",
    r"sociedade",
    r"società",
    r"Gesellschaft",
    r"Unternehmen",
    r"Gemeinschaftsunternehmen",
)
_NAMED = (
    r"(?:baptisé|nommé|dénommé|appelé|denominad|llamad|chamad|batizad|chiamat|denominat)"
    r"(?:e|a|o)?"
    r"|named|called|dubbed|namens|mit dem Namen"
)
# An acquisition whose object comes after a time or a descriptor: "avait racheté l'an dernier
# la base de données Rockset", "bought video-review platform Frame.io", "has since picked up
# OpenPipe and Marimo".
_ACQUIRED = (
    r"racheté",
    r"acquis",
    r"repris",
    r"s['’]offrir",
    r"s['’]est offert",
    r"acquired",
    r"bought",
    r"picked up",
    r"snapped up",
    r"adquirió",
    r"compró",
    r"comprou",
    r"adquiriu",
    r"acquisito",
    r"rilevato",
)
_TIME = (
    r"(?:l['’]an|l['’]année|le mois|l['’]été|l['’]automne|l['’]hiver) (?:dernier|dernière|passé)"
    r"|en \d{4}|in \d{4}|last (?:year|month|spring|summer|autumn|fall|winter)"
    r"|earlier this year|el año pasado|en \d{4}|no ano passado|l['’]anno scorso"
)
_DESCRIBED = r"(?:(?:la|le|les|l['’]|the|a|an|el|o|a|il|lo)\s*)?(?:[a-zà-ÿ][\w'’-]*\s+){1,3}?"
# A name between commas after a company's head noun: "agreed to buy a rival grid-analytics
# firm, Voltaro, for an undisclosed sum".
_HEADS = (
    r"firm",
    r"company",
    r"start-?up",
    r"group",
    r"maker",
    r"provider",
    r"developer",
    r"specialist",
    r"operator",
    r"supplier",
    r"lender",
    r"société",
    r"entreprise",
    r"groupe",
    r"spécialiste",
    r"empresa",
    r"compañía",
    r"grupo",
    r"società",
    r"azienda",
    r"gruppo",
    r"Unternehmen",
    r"Konzern",
)
# A sale's buyer: "Elle a déjà vendu des cellules à Fives et à Alstom", "sold it to X".
_SOLD = (r"sold", r"vendu", r"vendue", r"vendido", r"vendida", r"venduto", r"venduta", r"vendió")
_NAME_AT_END = re.compile(rf"(?<![\w'’-])(?<!de )(?<!of )(?<!in )(?:{NAME})\s*$")
_GERMAN_NAME = re.compile(r"\S+\s|[A-Z]\S*[A-Z0-9]")


FRAMES = True
"""Switch: the frames' names join the candidates (session 11; see docs/offline-engine.md)."""


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return (
        re.compile(rf"(?<![\w-])(?:{trie_alternation(_BESIDE)})\s*(?P<name>{NAME})"),
        re.compile(
            rf"(?<![\w-])(?:{trie_alternation(_PARTICIPATE)})\s+{_ALSO}{_ARTICLE}(?P<name>{NAME})"
        ),
        re.compile(
            rf"(?<![\w-])(?:{trie_alternation(_GERMAN_PARTICIPATE)})\s+{_ALSO}{_ARTICLE}"
            rf"(?P<name>{NAME})"
        ),
        re.compile(_LED),
        re.compile(rf"(?<![\w-])(?:{trie_alternation(_CHOOSE)})\s+(?P<name>{NAME})"),
        # "quello firmato l'anno scorso con UnipolSai", "signed last year with X": a time
        # phrase between the deal's verb and its party
        re.compile(
            rf"(?<![\w-])(?:{trie_alternation(lw.DEAL_VERBS)})\s+(?:[\w'’-]+\s+){{1,4}}?"
            rf"(?:{trie_alternation(lw.WITH_WORDS)})\s+(?:{trie_alternation(ow.ARTICLES)})?\s*"
            rf"(?P<name>{NAME})"
        ),
        re.compile(
            rf"(?<![\w-])(?:{trie_alternation(_ENTITY)})(?:\s+[\w-]+){{0,2}}?,?\s+"
            rf"(?:{_NAMED})\s+(?P<name>{NAME})"
        ),
        re.compile(
            rf"(?<![\w-])(?:{trie_alternation(_ACQUIRED)})\s+(?:(?:{_TIME})\s+)?"
            rf"(?:{_DESCRIBED})?(?P<name>{NAME})"
        ),
        re.compile(rf"(?<![\w-])(?:{trie_alternation(_HEADS)}),\s+(?P<name>{NAME})(?=,|\s\()"),
        re.compile(
            rf"(?<![\w-])(?:{trie_alternation(_SOLD)})\s+(?:[\w'’-]+\s+){{1,4}}?(?:to|à|a)\s+"
            rf"(?:(?:the|l['’]|la|le|el|il)\s*)?(?P<name>{NAME})"
        ),
        # "Bank Mandiri is providing", "Banca Ifis": the head opens the name
        re.compile(
            r"(?<![\w-])(?P<name>(?:Bank|Banco|Banca|Banque)\s+(?!(?:of|de|do|da|di|del|della)\s)"
            r"[A-Z][\w&.-]*\w)"
        ),
    )


@cache
def _taking_part_re() -> re.Pattern[str]:
    """ "with Maki.vc and the Finnish state fund Tesi taking part": a participation's party.
    Outside the family scan: "with" is too common a key, so the pattern runs only over texts
    that say "taking part" or "participating" (`frame_names`)."""
    return re.compile(
        rf"(?<![\w-])with\s+(?P<name>{NAME})(?=[^.;]{{0,80}}?\s(?:taking part|participating)\b)"
    )


@ORGS.member
def _members() -> tuple[re.Pattern[str], ...]:
    """Read through the family scan of find_orgs (veille/offline/orgscan.py)."""
    return _patterns()


def frame_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of the names these frames introduce, and of the lists they open;
    unvalidated (the caller's guards apply)."""
    if not FRAMES:
        return []
    beside, participate, german, led, *named_by = _patterns()
    found: list[tuple[str, int]] = []
    for pattern in (beside, participate, german, *named_by):
        for m in ORGS.finditer(pattern, text):
            if pattern is german and not _GERMAN_NAME.match(m["name"]):
                continue
            found.append((m["name"], m.start("name")))
            found.extend(enumerated(text, m.end("name")))
    if "taking part" in text or "participating" in text:
        for m in _taking_part_re().finditer(text):
            found.append((m["name"], m.start("name")))
            found.extend(enumerated(text, m.end("name")))
    for m in ORGS.finditer(led, text):
        name = _NAME_AT_END.search(text, max(0, m.start() - 60), m.start())
        if name is not None:
            found.append((name[0].rstrip(), name.start()))
    return found
