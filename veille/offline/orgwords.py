"""More word lists for finding organisations the gazetteer does not know (six languages).

Kept apart from `lexicon` (which holds the first generation of lists) so that each file stays
reviewable. Entries are regex fragments; case matters unless a comment says otherwise.
Place words live in `placewords`, institution words in `institutionwords`, list and
deal-word lists in `listwords` (module size); this module re-exports them as `orgwords.NAME`.
"""

from __future__ import annotations

from veille.offline.institutionwords import (  # noqa: F401 - re-exported as orgwords.NAME
    ACRONYM_SKIP,
    GOVERNMENT_HEADS,
    INSTITUTION_HEADS,
    INSTITUTION_LINKS,
    INSTITUTION_WORDS,
    REGULATOR_HEADS,
)
from veille.offline.listwords import (  # noqa: F401 - re-exported as orgwords.NAME
    CUSTOMER_LISTS,
    CUSTOMER_TAILS,
    DEAL_NOUNS,
    DEAL_VERBS,
    ENUM_JOINERS,
    GENERIC_LISTS,
    ITEM_HEADS,
    ITEM_PREFIXES,
    OWNED_HEADS,
    POSSESSIVES,
    RELATION_NOUNS,
    WITH_WORDS,
)
from veille.offline.placewords import (  # noqa: F401 - re-exported as orgwords.NAME
    ADJECTIVE_ENDINGS,
    ADJECTIVE_STEMS,
    COUNTRY_WORDS,
    DEMONYMS,
    REGIONS,
    adjective_pattern,
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# fmt: off

# Articles and contracted prepositions that may open "<article> <adjective> <Name>".
ARTICLES = (
    r"l['’]", r"dell['’]", r"dall['’]", r"all['’]", r"nell['’]", r"sull['’]", r"la", r"le",
    r"les", r"el", r"los", r"las", r"o", r"a", r"os", r"as", r"il", r"lo", r"the", r"die",
    r"der", r"das", r"des", r"dem", r"den", r"della", r"dello", r"del", r"do", r"da", r"dos",
    r"du", r"au", r"pela", r"pelo", r"na", r"no", r"à", r"al", r"alla", r"allo",
)

# German heads glued into compounds: "Softwareanbieters", "US-Videoplattform", "Cloud-Tochter".
GERMAN_HEAD_SUFFIXES = (
    r"[Aa]nbieter", r"[Hh]ersteller", r"[Bb]etreiber", r"[Kk]onzern", r"[Ff]irma",
    r"[Uu]nternehmen", r"[Pp]lattform", r"[Tt]ochter", r"[Ss]parte", r"[Ss]pezialist",
    r"[Ee]ntwickler", r"[Ii]nvestor", r"[Ff]onds", r"[Aa]ktionär", r"[Ss]tart-?up",
    r"[Dd]ienstleister", r"[Zz]ulieferer", r"[Aa]usrüster", r"[Vv]ermögensverwalter",
    r"[Gg]eldgeber", r"[Kk]reditgeber", r"[Rr]ivale", r"[Kk]onkurrent",
    # session 9: "der Wagniskapitalgeber Earlybird", "der Versicherer Allianz",
    # "Softwareriese SAP", "der Autobauer BMW", "das KI-Labor X", "der Verlag X"
    r"[Kk]apitalgeber", r"[Ff]inanzierer", r"[Vv]ersicherer", r"[Vv]ersorger", r"[Rr]iese",
    r"(?<=[a-z])bauer", r"[Ll]abor", r"[Vv]erlag", r"[Hh]ändler", r"[Bb]erater",
)

# Last words that make a capitalised phrase an organisation: "Qatalyst Partners".
ORG_FINAL_WORDS = (
    r"Capital", r"Ventures", r"Partners", r"Bank", r"Securities", r"Investments",
    r"Associates", r"Holdings", r"Technologies", r"Systems", r"Networks", r"Semiconductors?",
    r"Robotics", r"Labs", r"Communications", r"Infrastructure", r"Exchange", r"Research",
    r"Fund", r"Foundation", r"Institute", r"University", r"Therapeutics", r"Computing",
    r"Investment", r"International", r"Solution", r"Property", r"Properties",
    r"Photonics", r"Motors", r"Airlines", r"Insurance", r"Management", r"Advisors",
    r"Advisers", r"Financial", r"Pharmaceuticals", r"Electronics", r"Industries",
    r"Studios", r"Telecom", r"Analytics", r"Microsystems", r"Dynamics", r"Instruments",
    r"Biosciences", r"Aerospace", r"Automation", r"Solutions", r"Data Centers",
    r"Data Centres", r"Energy", r"Power", r"Mining", r"Group", r"Gruppe", r"Grupo",
    r"Investors", r"Credit",
    # session 13: trade words that close the names of young companies ("Lumen Optronics",
    # "Halcyra Bio", "Argo Cyber", "Orphéon Health", "Azur Calcul", "Atlântica Sistemas");
    # "Compute" and "Data" close product names too ("Mistral Compute", "Business Data Cloud")
    r"Optronics", r"Bio", r"Datacenters", r"Cyber", r"Health", r"Calcul", r"Cómputo",
    r"Sistemas", r"Seguridad",
    r"Gruppo", r"Groupe", r"Italia", r"España", r"France", r"Deutschland", r"Brasil",
    r"Portugal", r"Iberia", r"Italy", r"Spain", r"Germany", r"UK", r"Japan", r"India",
)

# Words that, right after a known name, make another organisation ("Helion Cloud" is not
# Helion, "TIM Enterprise" is not Telecom Italia): only as an extension of a known name.
EXTENSION_WORDS = (
    r"Cloud", r"AI", r"Enterprise", r"Tech", r"Services", r"Data", r"Digital",
    # session 13: corporate venture arms and industrial units ("Maersk Growth", "Eni Next",
    # "Allianz X", "CEA Investissement", "Lufthansa Technik", "Leonardo Defence")
    r"Ventures", r"Growth", r"Next", r"X", r"Investissement", r"Technik", r"Defen[cs]e",
)

# People whose employer or firm follows: "analysts at Wedbush", "anciens ingénieurs de Criteo".
PEOPLE = (
    r"analysts?", r"analystes?", r"Analysten", r"analistas?", r"analisti", r"researchers",
    r"chercheurs", r"Forscher(?:n|innen)?", r"investigadores", r"pesquisadores",
    r"ricercatori", r"engineers", r"ingénieurs", r"Ingenieure(?:n)?", r"ingenieros",
    r"engenheiros", r"ingegneri", r"Mitarbeiter(?:n|innen)?", r"employees", r"salariés",
    r"empleados", r"funcionários", r"dipendenti", r"executives", r"dirigeants", r"directivos",
    r"exdirectivos", r"ex-dirigeants", r"diretores", r"dirigenti", r"Managern?", r"bankers",
    r"banquiers", r"Banker", r"economists", r"économistes", r"Ökonomen", r"economistas",
    r"economisti", r"strategists", r"stratèges", r"Strategen", r"lawyers", r"avocats",
    r"Anwälte(?:n)?", r"abogados", r"advogados", r"avvocati", r"partners", r"associés",
    r"alumni", r"alumnus", r"veterans",
    # session 8: "d'anciens cadres d'Apple", "ex-executivos da Ascenty", "ex manager di"
    r"cadres", r"executivos", r"ejecutivos", r"dirigentes", r"managers?", r"Führungskräften?",
    # "the investment firm of the founder of Spotify": the founder's company is background
    r"(?:co-?)?founders?", r"(?:co-?)?fondat(?:eur|rice)s?", r"(?:Mit)?[Gg]ründer(?:in)?",
    r"(?:co-?)?fundador(?:a|es)?", r"(?:co-?)?fondator[ei]",
)
PEOPLE_LINKS = (
    r"at", r"from", r"of", r"with", r"de", r"du", r"des", r"d['’]", r"der", r"von", r"bei",
    r"du cabinet", r"de la firme", r"of law firm", r"der Kanzlei", r"del despacho",
    r"do escritório", r"dello studio",
    r"da", r"do", r"das", r"dos", r"del", r"della", r"dello", r"di", r"dell['’]", r"chez",
)
# English "former Intel researchers", "two former DeepMind engineers".
PEOPLE_AFTER = (r"researchers", r"engineers", r"executives", r"employees", r"staff",
                r"scientists", r"analysts", r"bankers", r"chief", r"CEO", r"boss", r"head",
                r"founder", r"co-founder", r"president", r"chairman", r"executive")
# "la filiale d'Alphabet", "La maison mère de Facebook, Meta": the owner or the owned named
# to say who someone is, not a party of the sentence's deal.
# "Neon, start-up rachetée en mai pour 1 milliard": a name in apposition to a past
# participle of buying, followed by its price or buyer, is an organisation.
ACQUIRED_PARTICIPLES = (
    r"rachetée?s?", r"acquise?s?", r"achetée?s?", r"reprise?s?", r"acquired", r"bought",
    r"purchased", r"übernommen", r"gekauft", r"adquirida", r"adquirido", r"comprada",
    r"comprado", r"acquisita", r"acquisito", r"rilevata", r"rilevato",
)
PRICE_OR_AGENT = (r"pour", r"for", r"par", r"by", r"für", r"von", r"por", r"per", r"da")
APPOSITION_HEADS = (
    r"group", r"company", r"maker", r"manufacturer", r"firm", r"developer", r"provider",
    r"operator", r"start-?up", r"lab", r"laboratory", r"bank", r"lender", r"conglomerate",
    r"contractor", r"supplier", r"designer", r"producer", r"insurer", r"carrier",
    r"chipmaker", r"specialist", r"unicorn", r"asset manager", r"investment firm",
    r"(?:crypto(?:currency)? )?exchange", r"utility", r"retailer", r"carmaker", r"automaker",
    r"drugmaker", r"airline", r"foundation",
    # session 9: "Sabine Crest Power, the Houston-based developer building the plant"
    r"publisher", r"broadcaster", r"newspaper", r"agency",
    r"regulator", r"watchdog", r"platform", r"fund", r"investor", r"backer", r"consultancy",
    r"integrator", r"distributor", r"miner", r"manufacturer",
)
SELL_VERBS = (r"sell", r"sells", r"sold", r"selling", r"cède", r"cédé", r"céder", r"cédera",
              r"vend", r"vendu", r"vendre", r"vendra", r"verkauft", r"vende", r"vendió",
              r"vendeu")
RIVALRY = (
    r"(?:close|closing|narrow|narrowing) the gap (?:with|on)", r"catch(?:ing)? up (?:with|to|on)",
    r"compet(?:e|es|ing) (?:with|against)", r"(?:to )?challenge", r"challenging",
    r"take on", r"taking on", r"rivaliser avec", r"concurrencer", r"rattraper",
    r"combler (?:son|leur|le) retard sur", r"mit\s+(?:\w+\s+)?konkurrieren",
    r"competir con", r"competir com", r"competere con",
    # "as the cloud data company tries to keep pace with Databricks" (heldout_s8 review)
    r"keep(?:s|ing)? (?:pace|up) with", r"suivre le rythme de", r"tenir tête à",
    r"seguir el ritmo de",
    r"acompanhar o ritmo d[aeo]", r"tenere il passo (?:con|di)",
)
RELATION_HEADS = (r"filiale(?: \w+)?", r"maison mère", r"parent(?: company)?", r"arm",
                  r"publisher", r"owner", r"propriétaire",
                  r"subsidiary", r"Tochter(?:gesellschaft)?", r"Mutterkonzern", r"matriz",
                  r"filial", r"subsidiária", r"controllata", r"casa madre", r"società madre")

# What only a company does, after its name: "NEXTDC has agreed to buy", "Tessera Cloud a
# annoncé mardi avoir conclu", "Reach said in a stock exchange statement", "with Export
# Development Canada also taking part".
CORPORATE_TAILS = (
    r"(?:has |have |had )?agreed (?:(?:last|this|earlier this|in) \w+ )?to (?:buy|acquire|sell"
    r"|supply|license|licence|invest|pay"
    r"|lease|provide|take|merge)",
    r"said (?:on \w+ )?(?:that )?it (?:had|has|would|will) (?:agreed|signed|acquired|bought"
    r"|raised|buy|acquire|sell|license)",
    r"said in an? (?:stock exchange |regulatory |securities )?(?:statement|filing)",
    r"told the [A-Z]{2,5}\b",
    r"a annoncé (?:\w+ )?(?:le rachat|l['’]acquisition|une levée|la signature|avoir (?:conclu"
    r"|signé|levé|finalisé|acquis|racheté|obtenu))",
    r"(?:is |are )?also (?:taking part|took part|participat\w+|co-invest\w+)",
    r"(?:participe|participent|a participé|ont participé) (?:également |aussi )?(?:au|à)",
    r"(?:is leading|led|leads) the (?:[\w-]+ ){0,2}(?:round|facility|loan|financing)"
    r"|(?:mène|a mené) (?:le tour|l['’]opération|le financement)",
)
# Verbs whose subject raised money: "Tractian captou US$ 120 milhões".
RAISE_VERBS = (
    r"raised", r"raises", r"has raised", r"secured", r"has secured", r"closed",
    r"a levé", r"lève", r"a bouclé", r"a obtenu", r"sammelt", r"hat", r"erhält",
    r"levanta", r"ha levantado", r"recaudó", r"ha recaudado", r"ha captado", r"captó",
    r"cerró", r"ha cerrado", r"captou", r"capta", r"levantou", r"recebeu", r"raccoglie",
    r"ha raccolto", r"ha chiuso", r"chiude", r"incassa", r"avait levé", r"avait déjà levé",
    r"had raised", r"had already raised", r"has already raised", r"vient de lever",
)
PAY_VERBS = (r"paid", r"pays", r"paying", r"pagó", r"pagará", r"pagou", r"pagará", r"débours\w+",
             r"payé", r"paie", r"paiera", r"zahlte", r"zahlt", r"gezahlt", r"pagato",
             r"pagherà", r"paga")
PAY_FOR = (r"for", r"pour", r"für", r"por", r"pela", r"pelo", r"per")

# Sources: "according to the Economic Times", "selon Les Echos", "laut Handelsblatt".
SOURCE_CUES = (
    r"according to(?: the)?", r"(?:as )?reported by(?: the)?", r"[Ss]elon(?: l['’]| le| la| les)?",
    r"[Dd]['’]après(?: le| la| les)?", r"[Ll]aut", r"[Ss]egún(?: el| la)?", r"[Ss]egundo(?: o| a)?",
    r"[Ss]econdo(?: il| la| lo)?", r"[Dd]e acuerdo con(?: el| la)?", r"[Dd]e acordo com(?: o| a)?",
    # the outlet named with its kind: "Selon le site L'Informé", "according to the newspaper X"
    r"[Ss]elon (?:le site|le journal|le quotidien|l['’]hebdomadaire|le magazine|le média)",
    r"according to (?:the )?(?:news site|website|newspaper|outlet|magazine|news agency)",
    # employers: "un ingénieur passé par Google", "formerly at Meta"
    r"passée?s? par", r"formerly (?:at|of|with)", r"worked at", r"trabalhou n[ao]",
    r"trabajó en", r"lavorato (?:in|per|presso)", r"früher bei",
)
# German bodies written as one word: "Commerzbank", "Bundeskartellamt(s)".
GERMAN_BODY_SUFFIXES = (r"bank", r"Bank", r"amt", r"behörde", r"ministerium", r"kasse")
# fmt: on


# Last words that belong to a name even though they are also ordinary words: "Prompt AI".
# session 8, second wave: a region or "Tech" closes a longer name ("Brightwater Europe",
# "Velmo Africa", "Kavra Next Tech"), never a name alone
NAME_ENDINGS = frozenset({"AI", "IA", "KI", "Silicon", "Europe", "Africa", "Asia", "Tech"})
# A country after a known name is its national arm ("Santander UK"), another organisation.
COUNTRY_ENDINGS = frozenset({"UK", "US", "USA"})
# Words that end organisation names but are none alone ("io Products" -> not "Products").
GENERIC_LONE = frozenset(
    _words(
        """Products Capital Partners Ventures Holdings Group Systems Technologies Networks Labs
    Solutions Services Industries International Investment Investments Data Digital
    Venture Partner Fund Funds Bank Energy Power Robotics Research"""
    )
)
# ... and before the name of a public body.
COUNTRY_PREFIXES = frozenset({"US", "U.S.", "UK", "U.K.", "EU"})
PUBLIC_BODY_WORDS = frozenset(
    _words(
        """Department Treasury Fund Agency Administration Army Navy Government Commission Office
    Council Bureau Ministry Authority"""
    )
)
# Products, chips, models and platforms: named things that are not organisations.
PRODUCT_NAMES = frozenset(
    """Vera Rubin|Rubin|Blackwell|Hopper|Grace|Grace Blackwell|Instinct|Gaudi|Trainium|Inferentia
    |Maia|Cobalt|Axion|Ironwood|Trillium|Snapdragon|Exynos|NVLink|CUDA|ROCm|InfiniBand
    |Spectrum-X|DGX|HGX|Colossus|Hyperion|Prometheus|Ascend|Kunlun|Rebel-Quad|RNGD|Kimi
    |CompactifAI|Bedrock|Vertex AI|Watsonx|Azure|Flux|Stable Diffusion|Sora|Veo|Imagen
    |Gemini|Claude|Llama|Qwen|Grok|Copilot|Siri|Alexa|ChatGPT|Le Chat|GPT|iOS|Android
    |Windows|Private Cloud Compute|Business Technology Platform|Shakti Cloud|Sines|Colosseum
    |Stargate|Instinct MI450|Ethernet|Wi-Fi|Bluetooth|Linux|Xeon|EPYC|Ryzen|GeForce|RTX
    |Series A|Series B|Series C|Series D|Series E|Serie A|Serie B|Serie C|Série A|Série B
    |Série C|IndiaAI Mission|Choose France|Vision Fund""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

# Common nouns standing for an organisation: money "in the company" is an investment.
ORG_NOUNS = frozenset(
    _words(
        "company companies firm group start-up startup start-ups startups société entreprise "
        "groupe firme unternehmen konzern firma empresa compañía empresa companhia società "
        "azienda gruppo business venture joint"
    )
)

# First words too common to stand alone for the organisation they open ("Black Forest Labs").
COMMON_HEADS = frozenset(
    _words(
        """black blue general primary peak start scale safe physical world thinking reflection
    together figure character applied digital core vantage aligned stack green global united
    first pure open deep liquid essential prime magic quantum point project union foundation
    insight index founders thrive tiger spark silver bain advent sixth franklin state royal
    standard national central china korea japan hong singapore deutsche banco banca banque
    caixa credit crédit société american british french german swiss european new north
    south east west great grand little big micro super hyper ultra mega data cloud power
    energy capital ventures partners group holdings technologies systems networks lambda
    alpha beta gamma delta omega sierra summit horizon frontier pioneer venture future"""
    )
)
