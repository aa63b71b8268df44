"""Word lists for organisations named in lists and around deal words (six languages):
customer and investor enumerations, relations, possessive heads, item prefixes. Split from
`orgwords`, which re-exports every name. Entries are regex fragments.
"""

from __future__ import annotations

# fmt: off

# A list of names followed by these is a list of organisations: "Airbus et Safran parmi ses
# clients".
CUSTOMER_TAILS = (
    r"parmi (?:ses|leurs) (?:clients|actionnaires|investisseurs)", r"among (?:its|their) "
    r"(?:customers|clients|investors|shareholders|backers)", r"as (?:customers|clients|investors)",
    r"comme clients", r"als Kunden", r"entre (?:sus|seus) (?:clientes|accionistas|acionistas)",
    r"como clientes", r"tra i (?:suoi|loro) (?:clienti|azionisti)", r"come clienti",
)
# Openers of an enumeration of organisations: "clients such as", "redes como".
CUSTOMER_LISTS = (
    r"(?:customers|clients) (?:include|including|such as|like)", r"clients? (?:comme|tels que)",
    r"(?:entre|parmi) (?:ses|leurs|sus|seus|suoi) clientes?", r"(?:Zu den|zu den) Kunden zählen",
    r"Kunden wie", r"clientes como", r"redes como", r"clienti come", r"[Tt]ra i clienti figurano",
    r"[Ee]ntre sus clientes figuran", r"entre seus clientes", r"parmi (?:ses|leurs) clients",
    r"aux côtés de", r"alongside", r"along with", r"junto a", r"junto con", r"insieme a",
    r"accanto a", r"neben", r"with participation from",
    # session 9: the list after an inverted verb ("Parmi ses clients figurent X et Y", "Tra i
    # suoi clienti figura Enel") and other members than customers ("investors include")
    r"(?:[Pp]armi|[Tt]ra|[Ee]ntre) (?:i |les |los |os |as )?(?:suoi |loro |ses |leurs |sus |seus"
    r" |suas )?(?:clienti|clients|clientes|investitori|investisseurs|inversores|investidores"
    r"|azionisti|actionnaires|accionistas|acionistas|partner|partenaires|socios|sócios)"
    r" (?:figura(?:no)?|figurent|figure|figuran?|figuram?|se encuentran|estão|sont|ci sono"
    r"|spiccano|destacan|destacam)",
    r"(?:[Zz]u|[Uu]nter) (?:den|seinen|ihren) (?:Kunden|Investoren|Geldgebern|Partnern|Aktionären)"
    r" (?:zählen|gehören|sind)",
    r"(?:investors|backers|shareholders|partners) (?:include|including|such as)",
)
GENERIC_LISTS = (
    r"dont", r"including", r"such as", r"tels que", r"telles que", r"notamment", r"darunter",
    r"tra cui", r"entre ellos", r"entre eles", r"among them", r"parmi lesquels",
    r"parmi lesquelles", r"unter anderem", r"como", r"come", r"comme", r"wie",
)
# "Mutterkonzern von Lidl", "maison mère de Lacoste": the object is an organisation.
RELATION_NOUNS = (
    r"parent (?:company )?of", r"owner of", r"maison mère de", r"société mère de",
    r"propriétaire de", r"Mutterkonzern von", r"Mutter von", r"Eigentümer von", r"matriz de",
    r"dueña de", r"dona de", r"controllante di", r"casa madre di", r"proprietaria di",
    r"spin-?off (?:of|from)", r"carved out of", r"issue de", r"issu de", r"Ableger von",
    r"escisión de", r"cisão da", r"costola di",
)
POSSESSIVES = (r"[Ii]ts", r"[Tt]heir", r"[Ss]a", r"[Ss]on", r"[Ss]es", r"[Ll]eur", r"[Ll]eurs",
               r"[Ss]u", r"[Ss]us", r"[Ss]ua", r"[Ss]eu", r"[Ss]eine", r"[Ss]einer", r"[Ii]hre",
               r"[Ii]hrer", r"[Ll]a sua", r"[Ii]l suo", r"[Aa] sua", r"[Oo] seu")
OWNED_HEADS = (r"subsidiary", r"unit", r"arm", r"division", r"filiale", r"filiales",
               r"branche", r"Tochter", r"Tochterfirma", r"Tochtergesellschaft", r"Sparte",
               r"filial", r"subsidiaria", r"subsidiária", r"divisão", r"controllata",
               r"divisione", r"start-up", r"startup", r"fund", r"fonds", r"fondo", r"fundo",
               r"Fonds", r"venture arm", r"bras armé", r"brazo inversor", r"braço")
# Prefixes of an enumerated item: "aux côtés de Swisscom Ventures, de la Banque ... et de Nvidia".
ITEM_PREFIXES = (
    r"de la", r"de l['’]", r"du", r"des", r"de", r"d['’]", r"da", r"do", r"das", r"dos",
    r"pela", r"pelo", r"del", r"della", r"dello", r"dei", r"di", r"the", r"la", r"le", r"el",
    r"il", r"lo", r"o", r"a", r"von", r"der", r"die", r"das", r"by", r"from", r"com a",
    r"com o", r"con", r"avec", r"with",
)
# "a partnership with Lionsgate", "un accord avec X", "ein Vertrag mit X": X is an organisation.
DEAL_NOUNS = (
    r"partnership", r"agreement", r"deal", r"contract", r"alliance", r"partenariat", r"accord",
    r"contrat", r"alliance", r"Partnerschaft", r"Vertrag", r"Vereinbarung", r"Kooperation",
    r"acuerdo", r"alianza", r"contrato", r"asociación", r"parceria", r"acordo", r"aliança",
    r"accordo", r"partnership", r"contratto", r"alleanza", r"intesa",
)
WITH_WORDS = (r"with", r"avec", r"mit", r"con", r"com", r"insieme a", r"junto a")
# "un accord a été conclu avec Gaumont", "signed with X": the verb of a deal, then its party.
DEAL_VERBS = (
    r"conclu", r"conclue", r"signé", r"signée", r"noué", r"nouée", r"scellé", r"signed",
    r"struck", r"sealed", r"inked", r"firmado", r"firmó", r"assinado", r"assinou", r"firmato",
    r"geschlossen", r"unterzeichnet", r"fechou", r"fechado", r"fechada", r"firmou",
    r"celebrou", r"cerró", r"cerrado", r"suscrito", r"suscribió", r"siglato", r"stretto",
    r"concluso", r"abgeschlossen", r"vereinbart",
)
# Heads that may sit between an item's preposition and its name: "et du groupe Veolia".
ITEM_HEADS = (
    r"groupe", r"group", r"grupo", r"gruppo", r"Gruppe", r"fonds", r"fund", r"fondo", r"fundo",
    r"banque", r"bank", r"banco", r"banca", r"société", r"company", r"empresa", r"società",
    r"gestora", r"géant", r"giant", r"Konzern", r"start-up", r"startup", r"opérateur",
    r"operadora", r"operatore", r"fabricant", r"maker",
)
ENUM_JOINERS = (r",", r"and", r"et", r"y", r"e", r"und", r"ou", r"or", r"o", r"as well as",
                r"ainsi que", r"sowie", r"oltre a", r"além de", r"así como")
# fmt: on
