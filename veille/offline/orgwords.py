"""More word lists for finding organisations the gazetteer does not know (six languages).

Kept apart from `lexicon` (which holds the first generation of lists) so that each file stays
reviewable. Entries are regex fragments; case matters unless a comment says otherwise.
"""

from __future__ import annotations

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


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# fmt: off

# Nationality and city adjectives as stems; `adjective_pattern` adds the gender and number
# endings of the six languages ("américain", "américaine", "americano", "amerikanischen").
ADJECTIVE_STEMS = (
    r"am[ée]ricain", r"amerikanisch", r"american", r"norte-american", r"norteamerican",
    r"estadounidense", r"statunitense", r"britannique", r"britisch", r"brit[áâa]nic",
    r"britannic", r"fran[çc]ais", r"franz[öo]sisch", r"franc[ée]s", r"francese", r"alem[áa]n",
    r"alem[ãa]", r"alem[ãa]o", r"tedesc", r"allemand", r"chinois", r"chinesisch", r"chin",
    r"chin[êe]s", r"cinese", r"japonais", r"japanisch", r"japon[ée]s", r"japon[êe]s",
    r"giappones", r"cor[ée]en", r"koreanisch", r"sud-cor[ée]en", r"sudcorean", r"corean",
    r"isra[ée]lien", r"israelisch", r"israel[íi]", r"israelense", r"israelian", r"suisse",
    r"schweizerisch", r"suiz", r"su[íi][çc]", r"svizzer", r"n[ée]erlandais", r"niederl[äa]ndisch",
    r"neerland[ée]s", r"holand[ée]s", r"holand[êe]s", r"olandese", r"su[ée]dois", r"schwedisch",
    r"suec", r"svedese", r"finlandais", r"finnisch", r"finland[ée]s", r"finland[êe]s",
    r"finlandese", r"autrichien", r"[öo]sterreichisch", r"austr[íi]ac", r"austriac",
    r"canadien", r"kanadisch", r"canadiense", r"canadense", r"canadese", r"espagnol",
    r"spanisch", r"espa[ñn]ol", r"espanhol", r"spagnol", r"italien", r"italienisch", r"italian",
    r"portugais", r"portugiesisch", r"portugu[ée]s", r"portugu[êe]s", r"portoghese",
    r"br[ée]silien", r"brasilianisch", r"brasile[ñn]", r"brasileir", r"brasilian", r"ta[ïi]wanais",
    r"taiwanesisch", r"taiwan[ée]s", r"taiwan[êe]s", r"taiwanese", r"europ[ée]en", r"europ[äa]isch",
    r"europe", r"europeu", r"europeia", r"californien", r"kalifornisch", r"californian",
    r"parisien", r"londonien", r"lyonnais", r"marseillais", r"bordelais", r"toulousain",
    r"nantais", r"grenoblois", r"lillois", r"lausannois", r"genevois", r"zurichois", r"munichois",
    r"berlinois", r"strasbourgeois", r"rennais", r"ni[çc]ois", r"montpelli[ée]rain",
    r"rouennais", r"dijonnais", r"nanc[ée]ien", r"brestois", r"toulonnais", r"messin",
    r"qu[ée]b[ée]cois", r"montr[ée]alais", r"bruxellois", r"luxembourgeois", r"marocain",
    r"tunisien", r"s[ée]n[ée]galais", r"ivoirien", r"alg[ée]rien",
    r"texan", r"new-yorkais", r"saoudien", r"[ée]mirati", r"indien", r"indisch",
    r"danois", r"d[äa]nisch", r"dan[ée]s", r"norv[ée]gien", r"norwegisch", r"noruegu",
    r"belge", r"belgisch", r"irlandais", r"irisch", r"polonais", r"polnisch", r"singapourien",
    r"milanes", r"torines", r"roman", r"madrile[ñn]", r"barcelon[ée]s", r"valencian", r"vasc",
    r"donostiarra", r"bilba[íi]n", r"paulist", r"carioca", r"curitiban", r"mineir", r"ga[úu]ch",
    r"lisboet", r"portuense", r"pequin[ée]s", r"tokiota", r"londinense", r"parisin",
    r"catal[áa]n", r"gallec", r"modenes", r"bolognes", r"napoletan", r"fiorentin",
)
ADJECTIVE_ENDINGS = r"(?:e|es|s|a|as|o|os|i|en|er|em|ne|nes|ische[nrs]?|che[nrs]?|he[nrs]?)?"

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
    r"Gruppo", r"Groupe", r"Italia", r"España", r"France", r"Deutschland", r"Brasil",
    r"Portugal", r"Iberia", r"Italy", r"Spain", r"Germany", r"UK", r"Japan", r"India",
)

# Words that, right after a known name, make another organisation ("Helion Cloud" is not
# Helion, "TIM Enterprise" is not Telecom Italia): only as an extension of a known name.
EXTENSION_WORDS = (r"Cloud", r"AI", r"Enterprise", r"Tech", r"Services", r"Data", r"Digital")
# Heads of unknown institutions that regulate rather than deal: never a party.
REGULATOR_HEADS = (
    r"Autorit\w*", r"Autoridad", r"Autoridade", r"Comisi[óo]n", r"Commission", r"Comissão",
    r"Commissione", r"Agence", r"Agencia", r"Agência", r"Agenzia", r"Bundesamt", r"Behörde",
    r"Conselho Administrativo",
)
# Heads of unknown government bodies: ministries and departments award grants, subsidies and
# contracts ("the Ministry of Economy, Trade and Industry", "el Ministerio de Transformación
# Digital", "das Bundesministerium für Wirtschaft"), so they may be parties (session 6;
# regulators until then). The gazetteer's regulators keep their kind ("Department of Justice").
GOVERNMENT_HEADS = (
    r"Ministère", r"Ministerio", r"Ministério", r"Ministero", r"Ministry of", r"Department of",
    r"Bundesministerium", r"Agence spatiale", r"Agenzia [Ss]paziale", r"Agencia [Ee]spacial",
    r"Agência [Ee]spacial", r"Space Agency", r"Raumfahrtagentur", r"Région", r"Regione",
)
# Institution words that open a name, possibly with lower-case words after them:
# "Banque cantonale vaudoise", "Caixa Geral de Depósitos", "Autorité de la concurrence".
INSTITUTION_HEADS = (
    r"Banque", r"Banco", r"Banca", r"Bank of", r"Caisse", r"Caixa", r"Crédit", r"Cassa",
    r"Fondation", r"Fondazione", r"Fundación", r"Fundação", r"Stiftung", r"Université",
    r"Universidad", r"Universidade", r"Università", r"Universität", r"University of",
    r"Politecnico", r"École", r"Ecole", r"Instituto", r"Institut", r"Istituto",
    r"Autorité", r"Autoridad", r"Autoridade", r"Autorità", r"Agence", r"Agencia",
    r"Agência", r"Agenzia", r"Sociedad", r"Sociedade", r"Società", r"Société",
    r"Commission", r"Comisión", r"Comissão", r"Commissione", r"Conselho", r"Consejo",
    r"Conseil", r"Consiglio", r"Grupo", r"Gruppo", r"Groupe", r"Fundo", r"Fondo", r"Fonds",
    r"Laboratoire", r"Centre", r"Centro", r"Center", r"Office", r"Ministère", r"Ministerio",
    r"Ministério", r"Ministero", r"Ministry of", r"Department of", r"Bundesministerium",
    r"Région",
)
# Words allowed inside an institution's name after its head (besides capitalised words).
INSTITUTION_LINKS = (
    r"de", r"del", r"della", r"delle", r"dei", r"di", r"da", r"do", r"dos", r"das", r"des",
    r"du", r"d['’]", r"la", r"le", r"les", r"el", r"los", r"of", r"the", r"für", r"der",
    r"para", r"pour", r"per", r"l['’]",
)
# Words of an institution's long form that acronyms skip: "École polytechnique (...) (EPFL)".
ACRONYM_SKIP = frozenset(_words(
    "de del della delle dei di da do dos das des du d la le les el los of the für der "
    "para pour per e y et and und l"
))
# An acronym's long form must contain one of these to be an organisation.
INSTITUTION_WORDS = (
    r"[ÉE]cole", r"Universit\w*", r"Institut\w*", r"Istituto", r"Banque", r"Banco", r"Banca",
    r"Bank", r"Sociedad", r"Sociedade", r"Società", r"Société", r"Agenc\w+", r"Agência",
    r"Agenzia", r"Commission", r"Comisi[óo]n", r"Authority", r"Autorit\w+", r"Fund", r"Fonds",
    r"Fondo", r"Fundo", r"Corporation", r"Group", r"Groupe", r"Grupo", r"Association",
    r"Council", r"Conseil", r"Office", r"Centre", r"Center", r"Centro", r"Laborator\w+",
    r"Organi[sz]ation", r"Foundation", r"Fondation", r"Fundación", r"Administration",
    r"Department", r"Ministry", r"Minist\w+", r"Holdings?", r"Company", r"Compagnie",
    r"Compañía", r"Companhia", r"Caisse", r"Caixa", r"Cassa", r"Board", r"Polytechn\w+",
    # session 11: "Direction générale des Finances publiques (DGFiP)", "Assistance
    # publique-Hôpitaux de Paris (AP-HP)", "Corporación Radio e Televisión de Galicia (CRTVG)",
    # "Hamburger Hafen und Logistik AG (HHLA)"
    r"Direction", r"Direcci[óo]n", r"Dire[cç][ãa]o", r"Direzione", r"Corporaci[óo]n",
    r"Corpora[çc][ãa]o", r"H[ôo]pita\w+", r"Hospital\w*", r"Klinik\w*", r"AG",
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
# Demonyms written with a capital: never an organisation on their own.
DEMONYMS = _words(
    "American British French German Chinese Japanese Korean Indian European Swiss Dutch "
    "Swedish Finnish Israeli Canadian Spanish Italian Portuguese Brazilian Taiwanese "
    "Saudi Emirati Australian Irish Polish Danish Norwegian Belgian Austrian Singaporean "
    "Asian African Russian Ukrainian Turkish Mexican Argentine"
)
# fmt: on


def adjective_pattern() -> str:
    """Nationality/city adjectives with their endings, or a German city adjective
    ("Münchner", "Freiburger", "Walldorfer")."""
    stems = "|".join(ADJECTIVE_STEMS)
    return rf"(?:(?:{stems}){ADJECTIVE_ENDINGS}|[A-ZÄÖÜ][a-zäöüß]+er)"


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

# Countries and regions beyond `lexicon.PLACES` where money is spent ("6.690 millones de
# euros en Aragón"). No towns: a town is often a data-centre site, the venue of a deal.
REGIONS = _words(
    "Aragón Aragon Catalonia Cataluña Catalunya Andalucía Madrid Galicia Lombardia Lombardy "
    "Piemonte Lazio Sicilia Sardegna Bavaria Bayern Hessen Brandenburg Sachsen Saxony "
    "Normandie Bretagne Occitanie Essonne Alsace Provence Wallonia Flanders Scotland Wales "
    "England Britain Ireland Iceland Denmark Danemark Dänemark Sweden Norway Finland Austria "
    "Österreich Poland Polen Greece Turkey Türkei Russia Ukraine Egypt Morocco Maroc Nigeria "
    "Kenya Chile Argentina Colombia Peru México Mexique Mexiko Brasil Louisiana Mississippi "
    "Tennessee Pennsylvania Indiana Michigan Minnesota Kansas Oklahoma Alabama Carolina "
    "Wyoming Montana Idaho Nebraska Kentucky Paraná Gujarat Maharashtra Karnataka Telangana "
    "Hokkaido Kyushu "
    "Malaysia Malaisie Indonesia Indonésie Thailand Vietnam Philippines Australia Australie "
    "Japón Japão Giappone Corea Coreia Cina Estados Unidos EUA Regno Unito Reino Unido "
    "Alemania Alemanha Germania Francia França Italia Itália Spagna Espanha Portogallo "
    "India Índia Inde Indien China Chine Europa Europe Asien Asia Ásia Africa África Afrique "
    "US U.S. USA UK EU UE America Amérique Amerika France Frankreich Germany Allemagne "
    "Deutschland Spain Espagne España Spanien Italy Italie Italien Portugal Brazil Brésil "
    "Brasilien Japan Japon Korea Corée Taiwan Israel Israël Canada Kanada Norway Norvège "
    "Norwegen Sweden Suède Schweden Netherlands Pays-Bas Niederlande Switzerland Suisse "
    "Schweiz Belgium Belgique Belgien Texas California Californie Virginia Virginie Ohio "
    "Oregon Arizona Nevada Utah Iowa Georgia Wisconsin Emirates Qatar Singapore Singapour"
)
# Common nouns standing for a country: "in the country", "no país", "nel Paese".
COUNTRY_WORDS = frozenset(
    _words(
        "country pays land país paese region région região regione kingdom royaume nation "
        "state états"
    )
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
