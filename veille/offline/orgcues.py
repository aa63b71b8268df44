"""Third-generation contexts for organisations the gazetteer does not know (session 7).

Each is a broad pattern of news writing in the six languages, never a name:
- someone's office "of" the organisation: "Julien Morel, président de Rhodanie", "the chief
  executive of Kestrel", "Vorstandschef von Lunor";
- an article, a descriptive noun and a nationality: "le lunetier américain Warby Parker",
  "el fabricante estadounidense Corvia" (people's nouns excluded: "le ministre japonais X");
- a head noun whose complement chain precedes the name: "la plateforme de découverte de
  concerts Songkick", "la société de gestion Amundi";
- a lower-case brand with a dot or a hyphen right after a head noun: "German engineering
  services firm in-tech for 450 million euros";
- a customer or tenant role: "signs Grab as anchor tenant", "The first customer is Grab.";
- a French institution word written lower-case: "l'université Purdue".

Decision: every candidate still goes through the caller's validation (first names, places,
products, sentence-opening words), and names found here are checked once more against the
regions list, since an office "of" a country ("president of Ukraine") reads the same way.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from veille.cuegate import CueGate
from veille.offline import lexicon as lx
from veille.offline import orgwords as ow
from veille.offline.orgcontext import NAME
from veille.trie import trie_alternation

# fmt: off

# Offices held "of" an organisation. Political offices (minister, mayor) are left out: their
# complement is a country, a town or a ministry.
OFFICES = (
    r"[Pp]résidente?", r"PDG", r"[Dd]irect(?:eur|rice) général(?:e)?", r"[Pp]atron(?:ne)?",
    r"[Dd]irigeante?", r"[Cc]ofondat(?:eur|rice)", r"CEO", r"[Cc]hief executive(?: officer)?",
    r"[Cc]hair(?:man|woman)?", r"[Pp]resident", r"[Cc]o-?founder", r"[Vv]orstandschef(?:in)?",
    r"[Gg]eschäftsführer(?:in)?", r"[Cc]hef(?:in)?", r"[Pp]residente",
    r"[Cc]onsejer[oa] delegad[oa]", r"[Dd]irector(?:a)? ejecutiv[oa]",
    r"[Aa]mministratore delegato", r"[Dd]iretor(?:a)? executiv[oa]",
    r"[Ff]undador(?:a)?", r"[Ff]ondatore", r"[Cc]onsigliere delegato",
    r"[Pp]residente-executiv[oa]", r"[Pp]resident(?:e)? executiv[oa]",
)
_OFFICE_LINKS = r"(?:of|de|d['’]|von|di|da|do|del|della|dell['’])"
# "Senior Vice President of Sales for Dräger", "vice president of Advanced Development
# Programs at Blue Origin": a deputy's office names a department; so does a name followed by
# its organisation ("at", "for") or cut short ("president of Chapter & Verse").
_NOT_DEPUTY = r"(?<![Vv]ice )(?<![Dd]eputy )(?<![Ss]enior )(?<![Aa]ssistant )(?<!Executive )"
_DEPARTMENT_AFTER = re.compile(r"\s*&|\s+(?:at|for|chez|bei|presso|pour)\s")

# Nouns for people, which the "article + noun + nationality + Name" context refuses.
PERSON_NOUNS = (
    r"président\w*", r"president\w*", r"ministr\w*", r"minist\w*", r"chancel\w*", r"kanzler\w*",
    r"milliardaire", r"billionaire", r"multimillonari\w*", r"bilionári\w*", r"miliardario",
    r"entrepreneur\w*", r"empresári\w*", r"empresari\w*", r"imprenditor\w*", r"unternehmer\w*",
    r"homme", r"femme", r"hommes", r"femmes", r"chef\w*", r"patron\w*", r"dirigeant\w*",
    r"fondat\w*", r"fundador\w*", r"founder\w*", r"designer\w*", r"créat\w*", r"artiste\w*",
    r"acteur\w*", r"actrice\w*", r"chanteu\w*", r"rappeur\w*", r"écrivain\w*", r"auteur\w*",
    r"journalist\w*", r"économist\w*", r"chercheu\w*", r"ingénieu\w*", r"scientifique\w*",
    r"joueu\w*", r"pilote\w*", r"juge\w*", r"sénat\w*", r"député\w*", r"maire\w*",
    r"gouverneu\w*", r"roi", r"reine", r"prince\w*", r"pape", r"investisseu\w*", r"inversor\w*",
    r"investidor\w*", r"investitor\w*", r"diplomat\w*", r"ambassad\w*", r"général\w*",
    r"premier", r"première", r"primer", r"primeiro", r"président-directeur", r"candidat\w*",
    r"directeur\w*", r"directrice\w*", r"director\w*", r"diretor\w*", r"direttor\w*",
    r"analyst\w*", r"expert\w*", r"avocat\w*", r"abogad\w*", r"advogad\w*", r"avvocat\w*",
)
# Nouns for things that are not organisations: "l'indice américain S&P 500".
THING_NOUNS = (
    r"indice", r"índice", r"marché", r"mercado", r"mercato", r"gouvernement", r"gobierno",
    r"governo", r"État", r"état", r"estado", r"stato", r"régulateur", r"regulador", r"regolatore",
    r"dollar", r"dólar", r"dollaro", r"territoire", r"territorio", r"território", r"ville",
    r"ciudad", r"cidade", r"città", r"région", r"región", r"região", r"regione", r"province",
    r"provincia", r"província", r"programme", r"programa", r"programma", r"modèle", r"modelo",
    r"modello", r"projet", r"proyecto", r"projeto", r"progetto",
)
# Articles that open "<article> <noun> <nationality> <Name>".
_ARTICLES = (
    r"[Ll]e", r"[Ll]a", r"[Dd]u", r"[Aa]u", r"[Ee]l", r"[Dd]el", r"[Aa]l", r"[Oo]",
    r"[Aa]", r"[Dd]o", r"[Dd]a", r"[Ii]l", r"[Dd]ello", r"[Dd]ella",
)
# Head nouns whose complements ("de découverte de concerts") may precede the name.
CHAIN_HEADS = (
    r"plate-?forme", r"société", r"entreprise", r"firme", r"groupe", r"start-?up",
    r"jeune pousse", r"fabricant", r"fournisseur", r"opérateur", r"éditeur", r"spécialiste",
    r"fonds", r"filiale", r"empresa", r"compañía", r"companhia", r"plataforma", r"fabricante",
    r"proveedor", r"fornecedora", r"grupo", r"società", r"azienda", r"piattaforma", r"gruppo",
    r"produttore", r"fornitore", r"concepteur", r"conceptrice", r"développeur", r"producteur",
    r"distributeur", r"exploitant", r"gestionnaire", r"hébergeur", r"intégrateur",
    r"constructeur", r"équipementier", r"assureur", r"courtier", r"desarrolladora?",
    r"distribuidora?", r"operadora?", r"gestora", r"desenvolvedora?", r"sviluppatore",
    r"distributore", r"operatore", r"gestore",
)
# "conceptrice du robot Reachy": "du" ("do", "da", "del") + a singular noun names a
# product, not a trade
_CHAIN_LINKS = r"(?:de|d['’]|di|des)"
# Trades written before a company's name in the press: "l'armateur CMA CGM".
TRADES = (
    r"équipementier", r"armateur", r"ingénieriste", r"motoriste", r"câblier", r"sidérurgiste",
    r"pétrolier", r"électricien", r"énergéticien", r"chimiste", r"assureur", r"réassureur",
    r"hébergeur", r"intégrateur", r"distributeur", r"constructeur", r"transporteur",
    r"logisticien", r"lunetier", r"cimentier", r"semencier", r"laboratoire", r"aseguradora",
    r"petrolera", r"eléctrica", r"naviera", r"farmacéutica", r"energética", r"seguradora",
    r"petroleira", r"elétrica", r"farmacêutica", r"operadora", r"varejista", r"minorista",
    r"compagnia assicurativa", r"casa farmaceutica", r"compagnia petrolifera",
)
# Head nouns after which a lower-case brand may stand.
LOWER_HEADS = (
    r"firm", r"company", r"start-?up", r"group", r"maker", r"provider", r"developer",
    r"operator", r"specialist", r"société", r"entreprise", r"Unternehmen", r"Firma",
    r"empresa", r"società", r"azienda", r"companhia", r"compañía",
)
_LOWER_PREFIXES = (
    r"co", r"re", r"self", r"non", r"pre", r"post", r"well", r"anti", r"multi", r"cross",
    r"high", r"low", r"long", r"short", r"state", r"e", r"ex", r"mid", r"semi", r"sub",
    r"full", r"part", r"large", r"small", r"fast", r"start", r"end", r"top", r"front",
)
_FOUNDED = (
    r"Founded", r"Fondée?", r"Créée?", r"Fundad[ao]", r"Criad[ao]", r"Fondat[ao]", r"Nata",
    r"Gegründet",
)
# "shares of Kelvora rose", "l'action Kelvora a bondi"
_SHARES = (
    r"[Ss]hares (?:of|in)", r"[Ll]['’]action", r"[Ll]as? acci(?:ón|ones) de",
    r"[Aa]s? aç(?:ão|ões) d[ao]", r"[Ll]e azioni di", r"[Ll]['’]azione", r"[Dd]ie Aktien? von",
)
# "signs Grab as anchor tenant", "The first customer is Grab."
_ROLES = r"(?:customer|client|tenant|user|buyer|licensee)"
_FIRST_CUSTOMER = (
    r"(?:[Tt]he|[Ii]ts) (?:first|largest|biggest|main|anchor|launch) (?:customer|client|tenant)"
    r" (?:is|was|will be)",
    r"[Ll]e premier client (?:est|sera)", r"[Ee]l primer cliente (?:es|será)",
    r"[Oo] primeiro cliente (?:é|será)", r"[Ii]l primo cliente (?:è|sarà)",
    r"[Dd]er erste Kunde (?:ist|wird)",
)
# fmt: on


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _alt(items: tuple[str, ...]) -> str:
    return trie_alternation(items)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    adjective = rf"(?:{_alt(ow.ADJECTIVE_STEMS)}){ow.ADJECTIVE_ENDINGS}"
    person = rf"(?:{_alt((*PERSON_NOUNS, *THING_NOUNS))})"
    lower_brand = rf"(?!(?:{_alt(_LOWER_PREFIXES)})-)[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+"
    return tuple(
        re.compile(p)
        for p in (
            rf"(?<![\w-]){_NOT_DEPUTY}(?:[Ee]x-)?(?:{_alt(OFFICES)})\s+{_OFFICE_LINKS}\s*(?P<name>{NAME})",
            rf"(?<![\w'’-])(?:(?:{_alt(_ARTICLES)})\s+|(?:[Ll]|[Dd]ell)['’])(?!{person}\s)"
            rf"[a-zà-ÿ]{{4,}}\s+"
            rf"{adjective}\s+(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(CHAIN_HEADS)})(?:\s+{adjective})?"
            rf"(?:\s+{_CHAIN_LINKS}\s*[a-zà-ÿ-]{{3,}}){{1,3}}"
            rf"\s+(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(LOWER_HEADS)})\s+(?P<name>{lower_brand})"
            rf"(?=\s+(?:for|pour|für|por|per|in|à|and|et|und|y|e)\s|[,.;:])",
            rf"(?<![\w-])(?:signs?|signed|lands?|landed|wins?|won|adds?|added)\s+"
            rf"(?P<name>{NAME})\s+as\s+(?:its\s+|an?\s+)?(?:[\w-]+\s+)?{_ROLES}s?\b",
            rf"(?<![\w-])(?:{_alt(_FIRST_CUSTOMER)})\s+(?P<name>{NAME})(?=\s*[.,;])",
            # "l'université Purdue": French writes the institution word lower-case; it stays
            # in the name (the name alone may be a place or a person's)
            rf"(?<![\w-])[Ll]['’](?P<name>(?:université|institut|école)\s+{NAME})",
            # "Fondée en 2021 par deux anciens de Google, Kelvora conçoit des puces."
            rf"(?<![\w-])(?:{_alt(_FOUNDED)})\s+[^,.;]{{0,70}}?,\s+(?:(?:{_alt(_ARTICLES)})\s+"
            rf"|[Ll]['’])?(?P<name>{NAME})",
            rf"(?<![\w-])(?:{_alt(_SHARES)})\s+(?P<name>{NAME})",
            # "l'équipementier automobile Valeo", "la aseguradora Mapfre"
            rf"(?<![\w'’-])(?:(?:{_alt(_ARTICLES)})\s+|[Ll]['’])(?:{_alt(TRADES)})"
            rf"(?:\s+[a-zà-ÿ]{{4,}})?\s+(?P<name>{NAME})",
        )
    )


_PLACES = frozenset((*ow.REGIONS, *lx.PLACES, *lx.COUNTRIES))
# What follows only an organisation's name: its officers ("Kelvora's chief executive") or
# what it makes ("Kelvora, which makes cooling systems"). English only: "qui", "que", "che"
# also follow people ("la start-up cofondée par Jason Warner et Eiso Kant, qui développe").
_AFTER_NAME = re.compile(
    r"['’]s\s+(?:chief (?:executive|financial officer|technology officer)|CEO|CFO|CTO"
    r"|(?:co-?)?founder|chair(?:man|woman)|president|boss)\b"
    r"|,\s+which\s+(?:makes|develops|designs|manufactures|operates|sells|supplies)\b"
    r"|\s+(?:CEO|CFO|CTO|chief executive|(?:co-?)?founder)\s+(?=[A-Z][a-z])"  # "Kelvora CEO Ana"
    # a part of a group in apposition, for `part_names`: "Orange Cyberdefense, la filiale de
    # cybersécurité d'Orange", "Helix Cloud, the cloud unit of Helix"
    r"|(?P<part>,\s+(?:(?:la|le|l['’]|the|a|an|une?|its|sa|son|die|der|eine?|el|o|il|uma?)\s*)?"
    r"(?:[\w-]+\s+){0,2}?(?:filiale|subsidiary|unit|division|arm|[Tt]ochter\w*|filial"
    r"|subsidiária|controllata|divisione|división|divisão|branche)\b)"
)


@lru_cache(maxsize=4)
def _names_before_tails(text: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(names before an officer or a trade, names before a group part's apposition), read
    backwards from the cue: one scan for both."""
    officers: list[tuple[str, int]] = []
    parts: list[tuple[str, int]] = []
    for cue in _AFTER_NAME.finditer(text):
        name = _name_at_end().search(text, max(0, cue.start() - 70), cue.start())
        if name is not None:
            (parts if cue["part"] else officers).append((name[0], name.start()))
    return officers, parts


# Words of a title before "CEO Ana Ruiz": never a name alone ("New CEO"), and the first
# ones never open one either ("Ousted WeWork CEO": WeWork).
_OPENING_TITLE_WORDS = _words(
    "Former Interim Acting Deputy Outgoing Incoming Ousted Embattled Beleaguered Departing "
    "Retiring Disgraced Longtime Then Ex"
)
_TITLE_WORDS = _OPENING_TITLE_WORDS | _words(
    "Executive Senior Global Chief Co Vice New Founding Current Its Their His Her Billionaire"
)


def cue_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of every candidate these contexts introduce, unvalidated but for places
    ("presidente de Estados Unidos": every word a place) and products ("la plateforme
    d'agents Gemini Enterprise")."""
    found = []
    for index, matches in enumerate(_matches(text)[:-2]):
        for m in matches:
            if index == 0 and _DEPARTMENT_AFTER.match(text, m.end("name")):
                continue
            found.append((m["name"], m.start("name")))
    found.extend(_names_before_tails(text)[0])
    return [x for n, at in found if (x := _plausible(n, at))]


def _plausible(name: str, at: int) -> tuple[str, int] | None:
    """The name without the title words opening it ("Ousted WeWork CEO ..."), unless it is
    a product's or a place's."""
    while (head := name.split(" ", 1)[0]) in _OPENING_TITLE_WORDS and " " in name:
        name, at = name[len(head) + 1 :], at + len(head) + 1
    tokens = name.split()
    if tokens[0] in ow.PRODUCT_NAMES or all(t in _PLACES for t in tokens):
        return None
    return None if name in _TITLE_WORDS else (name, at)


@cache
def _name_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{NAME})$")


@cache
def _stake_re() -> re.Pattern[str]:
    """A stake is taken in an organisation, never in a product: "prendra une participation,
    dont le montant n'a pas été dévoilé, dans Vodafone IoT"."""
    return re.compile(
        r"(?<![\w-])(?:stake in|participation,?\s[^.;]{0,60}?\sdans|participación,?\s[^.;]{0,60}?"
        r"\sen|participação,?\s[^.;]{0,60}?\sn[ao]|partecipazione,?\s[^.;]{0,60}?\s(?:in|nella|nel)"
        rf"|Beteiligung an|au capital de)\s+(?P<name>{NAME})"
    )


def part_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of names that the caller keeps only where they extend a known name: a
    group's part named in apposition, or the object of a stake (see `_stake_re`)."""
    found = [(m["name"], m.start("name")) for m in _matches(text)[-2]]
    found.extend(_names_before_tails(text)[1])
    return [(n, s) for n, s in found if not any(t in ow.PRODUCT_NAMES for t in n.split()[1:])]


# A one-letter name is read only beside a social network's descriptor: "the social network
# X", "X, le réseau social d'Elon Musk" (elsewhere a capital letter is a grade, a series, a
# variable).
_NETWORK = (
    r"(?:social (?:network|media (?:platform|site|company))|réseau social|red social|rede social"
    r"|social network|sozialen? Netzwerk\w*|Kurznachrichtendienst\w*|piattaforma social)"
)
_LETTER_RE = re.compile(
    rf"(?<![\w-]){_NETWORK}\s+(?P<a>[A-Z])(?![\w&'’.-])"
    rf"|(?<![\w&'’.-])(?P<b>[A-Z]),\s+(?:(?:le|la|l['’]|the|el|o|il|das|der|die)\s*)?{_NETWORK}"
)


def letter_names(text: str) -> set[str]:
    """One-letter organisation names (see `_LETTER_RE`)."""
    return {m["a"] or m["b"] for m in _matches(text)[-1]}


@cache
def _gate() -> CueGate:
    return CueGate((*_patterns(), _stake_re(), _LETTER_RE))


@lru_cache(maxsize=4)
def _matches(text: str) -> list[list[re.Match[str]]]:
    """Every pattern's matches from one cue scan (see veille/cuegate.py): the patterns of
    `cue_names`, then the stake's, then the one-letter names'."""
    return _gate().finditer_all(text)
