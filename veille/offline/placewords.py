"""Place words for telling organisations from places (six languages): nationality and city
adjectives as stems with their endings ("américaine", "amerikanischen"), capitalised
demonyms, regions and countries where money is spent, and common nouns standing for a
country. Split from `orgwords` (module size); `orgwords` re-exports every name, so code reads
them as `orgwords.NAME`. Entries are regex fragments or plain words; order is kept as it was.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# fmt: off

# Nationality and city adjectives as stems; `adjective_pattern` adds the gender and number
# endings of the six languages ("américain", "américaine", "americano", "amerikanischen").
ADJECTIVE_STEMS: tuple[str, ...] = (
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
ADJECTIVE_ENDINGS: str = r"(?:e|es|s|a|as|o|os|i|en|er|em|ne|nes|ische[nrs]?|che[nrs]?|he[nrs]?)?"
# Demonyms written with a capital: never an organisation on their own.
DEMONYMS: tuple[str, ...] = _words(
    "American British French German Chinese Japanese Korean Indian European Swiss Dutch "
    "Swedish Finnish Israeli Canadian Spanish Italian Portuguese Brazilian Taiwanese "
    "Saudi Emirati Australian Irish Polish Danish Norwegian Belgian Austrian Singaporean "
    "Asian African Russian Ukrainian Turkish Mexican Argentine"
)

# Countries and regions beyond `lexicon.PLACES` where money is spent ("6.690 millones de
# euros en Aragón"). No towns: a town is often a data-centre site, the venue of a deal.
REGIONS: tuple[str, ...] = _words(
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
COUNTRY_WORDS: frozenset[str] = frozenset(
    _words(
        "country pays land país paese region région região regione kingdom royaume nation "
        "state états"
    )
)
# fmt: on


def adjective_pattern() -> str:
    """Nationality/city adjectives with their endings, or a German city adjective
    ("Münchner", "Freiburger", "Walldorfer")."""
    stems = "|".join(ADJECTIVE_STEMS)
    return rf"(?:(?:{stems}){ADJECTIVE_ENDINGS}|[A-ZÄÖÜ][a-zäöüß]+er)"


# session 13: cities that headlines name next to an unknown company ("campus de Bilbao", "in
# Memphis"), read by lexicon.PLACES: a city alone is never an organisation
CITIES: frozenset[str] = frozenset(
    _words(
        """
    Memphis Houston Bilbao Valencia Sevilla Seville Zaragoza Saragosse Málaga Porto Lyon
    Marseille Toulouse Lille Nantes Bordeaux Strasbourg Grenoble Dunkerque Hamburg Hambourg
    Köln Cologne Stuttgart Düsseldorf Dresden Leipzig Torino Turin Napoli Naples Bologna
    Firenze Florence Genova Manchester Birmingham Edinburgh Glasgow Dublin Oslo Stockholm
    Helsinki Copenhagen Copenhague Zurich Zürich Geneva Genève Vienna Vienne Wien Warsaw
    Varsovie Prague Budapest Mumbai Bengaluru Bangalore Chennai Hyderabad Delhi Jakarta Manila
    Bangkok Hanoi Johor Nairobi Lagos Cairo Johannesburg Bogotá Monterrey Querétaro
    Guadalajara"""
    )
) | {"Kuala Lumpur", "São Paulo", "Buenos Aires", "Ciudad de México"}
# session 13: countries of two words or more, read by lexicon.COUNTRIES
MORE_COUNTRIES: frozenset[str] = frozenset(
    {"Côte d'Ivoire", "Ivory Coast", "Costa Rica", "Sri Lanka", "South Africa", "Afrique du Sud"}
)
