"""Words of money in six languages: currencies, scales, qualifiers, range and change cues.

Decisions:
- Every table maps a surface form (matched case-insensitively unless noted) to a normalised
  value, so that adding a language is adding rows, not code.
- "billion" is 10^12 in French, Spanish, Portuguese (bilião) and German (Billion): the parser
  decides per match, from the language hint or the words around the amount.
- Single-letter scales ("$5m", "€2B") are only trusted next to a currency symbol or code.
"""

from __future__ import annotations

from veille.money import world


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# fmt: off

# Prefix symbols and codes, longest first when compiled.
PREFIX_CURRENCIES: dict[str, str] = {
    'US$': 'USD', 'U.S.$': 'USD', 'USD': 'USD', '$': 'USD', 'C$': 'CAD', 'CA$': 'CAD',
    'CAD': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'AUD': 'AUD', 'HK$': 'HKD', 'HKD': 'HKD',
    'S$': 'SGD', 'SGD': 'SGD', 'NZ$': 'NZD', 'NZD': 'NZD', 'R$': 'BRL', 'BRL': 'BRL',
    '€': 'EUR', 'EUR': 'EUR', '£': 'GBP', 'GBP': 'GBP', 'CN¥': 'CNY', 'RMB': 'CNY',
    'CNY': 'CNY', '¥': 'JPY', 'JPY': 'JPY', '₹': 'INR', 'Rs.': 'INR', 'Rs': 'INR', 'INR': 'INR',
    '₩': 'KRW', 'KRW': 'KRW', 'CHF': 'CHF', 'SFr.': 'CHF', 'SEK': 'SEK', 'NOK': 'NOK',
    'DKK': 'DKK', 'SAR': 'SAR', 'AED': 'AED', 'MXN': 'MXN', 'TWD': 'TWD', 'NT$': 'TWD',
    'ILS': 'ILS', '₪': 'ILS', 'PLN': 'PLN', 'ZAR': 'ZAR', 'MAD': 'MAD', 'RM': 'MYR',
    'MYR': 'MYR', 'RUB': 'RUB', '₽': 'RUB', 'QAR': 'QAR', 'EGP': 'EGP', 'NGN': 'NGN',
}

# Suffix currency names (after the number and scale, optionally after "de", "d'", "di").
SUFFIX_CURRENCIES: dict[str, str] = {
    'us dollars': 'USD', 'u.s. dollars': 'USD', 'us-dollar': 'USD', 'us-dollars': 'USD',
    'dollars américains': 'USD', 'dollars us': 'USD', 'dólares estadounidenses': 'USD',
    'dólares americanos': 'USD', 'dollari americani': 'USD', 'dollari usa': 'USD',
    'dollars': 'USD', 'dollar': 'USD', 'dólares': 'USD', 'dólar': 'USD', 'dollari': 'USD',
    'dollaro': 'USD', 'usd': 'USD', '$': 'USD', 'us$': 'USD', 'canadian dollars': 'CAD',
    'dollars canadiens': 'CAD', 'kanadische dollar': 'CAD', 'dólares canadienses': 'CAD',
    'cad': 'CAD', 'australian dollars': 'AUD', 'dollars australiens': 'AUD', 'aud': 'AUD',
    'hong kong dollars': 'HKD', 'hkd': 'HKD', 'singapore dollars': 'SGD', 'sgd': 'SGD',
    'taiwan dollars': 'TWD', 'twd': 'TWD', 'euros': 'EUR', 'euro': 'EUR', 'eur': 'EUR',
    '€': 'EUR', 'pounds sterling': 'GBP', 'pounds': 'GBP', 'pound': 'GBP', 'sterling': 'GBP',
    'livres sterling': 'GBP', 'livres': 'GBP', 'pfund sterling': 'GBP', 'pfund': 'GBP',
    'libras esterlinas': 'GBP', 'libras': 'GBP', 'sterline': 'GBP', 'gbp': 'GBP', '£': 'GBP',
    'yen': 'JPY', 'yens': 'JPY', 'jpy': 'JPY', 'yuan': 'CNY', 'yuans': 'CNY', 'renminbi': 'CNY',
    'rmb': 'CNY', 'cny': 'CNY', 'rupees': 'INR', 'roupies': 'INR', 'rupien': 'INR',
    'rupias': 'INR', 'rupie': 'INR', 'inr': 'INR', 'won': 'KRW', 'krw': 'KRW', '₩': 'KRW',
    '₹': 'INR', 'swiss francs': 'CHF', 'francs suisses': 'CHF', 'schweizer franken': 'CHF',
    'franken': 'CHF', 'francos suizos': 'CHF', 'franchi svizzeri': 'CHF', 'chf': 'CHF',
    'reais': 'BRL', 'brl': 'BRL', 'riyals': 'SAR', 'sar': 'SAR', 'aed': 'AED',
    'sek': 'SEK', 'nok': 'NOK', 'dkk': 'DKK',
    # Spanish, Portuguese and Italian plurals, and francs written alone (only the Swiss franc
    # is still a major currency called "franc" in business news).
    'yuanes': 'CNY', 'yenes': 'JPY', 'ienes': 'JPY', 'iene': 'JPY', 'wones': 'KRW',
    'rupias indias': 'INR', 'rúpias': 'INR', 'rupie indiane': 'INR', 'francs': 'CHF',
    'franc suisse': 'CHF', 'francos suíços': 'CHF', 'francos': 'CHF', 'franchi': 'CHF',
    'reales': 'BRL', 'reais brasileiros': 'BRL', 'yuan renminbi': 'CNY',
    'sterlina': 'GBP', 'dollars de hong kong': 'HKD', 'dólares de hong kong': 'HKD',
    'wons': 'KRW', 'ringgit': 'MYR', 'myr': 'MYR', 'roubles': 'RUB', 'rubles': 'RUB',
    'rublos': 'RUB', 'rubel': 'RUB', 'rub': 'RUB',
    'pence': 'GBP',  # a subunit: see SUBUNITS
    # Currencies whose name several countries share: the default here, the others in
    # AMBIGUOUS_NAMES (veille/money/regional.py picks one from the article's words).
    'dirhams': 'AED', 'dirham': 'AED', 'couronnes': 'SEK', 'couronne': 'SEK', 'crowns': 'SEK',
    'kronor': 'SEK', 'krona': 'SEK', 'kroner': 'NOK', 'krone': 'NOK', 'kronen': 'SEK',
    'coronas': 'SEK', 'coroas': 'SEK', 'corone': 'SEK', 'kr.': 'SEK', 'kr': 'SEK',
    # ... unless the name says which country
    'dirhams marocains': 'MAD', 'moroccan dirhams': 'MAD', 'dirhams émiratis': 'AED',
    'uae dirhams': 'AED', 'emirati dirhams': 'AED', 'marokkanische dirham': 'MAD',
    'couronnes norvégiennes': 'NOK', 'norwegian kroner': 'NOK', 'norwegian crowns': 'NOK',
    'norwegische kronen': 'NOK', 'coronas noruegas': 'NOK', 'corone norvegesi': 'NOK',
    'couronnes suédoises': 'SEK', 'swedish kronor': 'SEK', 'swedish krona': 'SEK',
    'swedish crowns': 'SEK', 'schwedische kronen': 'SEK', 'coronas suecas': 'SEK',
    'corone svedesi': 'SEK', 'couronnes danoises': 'DKK', 'danish kroner': 'DKK',
    'danish crowns': 'DKK', 'dänische kronen': 'DKK', 'coronas danesas': 'DKK',
    'corone danesi': 'DKK',
    # the CFA francs of West and Central Africa (session 8, second wave): "12 milliards de
    # francs CFA", "62 milliards de FCFA"; the West African one unless the article says
    'francs cfa': 'XOF', 'franc cfa': 'XOF', 'fcfa': 'XOF', 'f cfa': 'XOF', 'cfa francs': 'XOF',
    'cfa franc': 'XOF', 'francos cfa': 'XOF', 'franchi cfa': 'XOF', 'xof': 'XOF', 'xaf': 'XAF',
}

# Suffix names shared by several currencies: every candidate (the SUFFIX_CURRENCIES default
# first); the article's explicit codes and country words choose among them.
_CROWNS = ('SEK', 'NOK', 'DKK')
_CFA = ('XOF', 'XAF')
AMBIGUOUS_NAMES: dict[str, tuple[str, ...]] = {
    'dirhams': ('AED', 'MAD'), 'dirham': ('AED', 'MAD'), 'couronnes': _CROWNS,
    'couronne': _CROWNS, 'crowns': _CROWNS, 'kronor': _CROWNS, 'krona': _CROWNS,
    'kroner': ('NOK', 'DKK'), 'krone': ('NOK', 'DKK'), 'kronen': _CROWNS, 'coronas': _CROWNS,
    'coroas': _CROWNS, 'corone': _CROWNS, 'kr.': _CROWNS, 'kr': _CROWNS,
    'francs cfa': _CFA, 'franc cfa': _CFA, 'fcfa': _CFA, 'f cfa': _CFA, 'cfa francs': _CFA,
    'cfa franc': _CFA, 'francos cfa': _CFA, 'franchi cfa': _CFA,
}

# Words naming the country (or its capital, people, markets) of each shared-name currency.
COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    'MAD': ('maroc', 'marocain', 'marocaine', 'marocains', 'marocaines', 'morocco', 'moroccan',
            'casablanca', 'rabat', 'marokko', 'marruecos', 'marrocos', 'marocco', 'tanger'),
    'AED': ('émirats', 'emirates', 'emirati', 'émirati', 'émiratie', 'uae', 'dubai', 'dubaï',
            'abu dhabi', 'abou dhabi', 'emirate', 'emirat', 'emirati arabi'),
    'NOK': ('norvège', 'norway', 'norwegian', 'norvégien', 'norvégienne', 'norvégiens',
            'norvégiennes', 'oslo', 'norwegen', 'noruega', 'norvegia', 'norwegischen',
            'norwegische'),
    'SEK': ('suède', 'sweden', 'swedish', 'suédois', 'suédoise', 'suédoises', 'stockholm',
            'schweden', 'suecia', 'suécia', 'svezia', 'schwedische', 'schwedischen'),
    'XOF': ('sénégal', 'senegal', 'sénégalais', 'sénégalaise', 'dakar', "côte d'ivoire",
            'ivoirien', 'ivoirienne', 'abidjan', 'mali', 'bamako', 'burkina', 'ouagadougou',
            'niger', 'niamey', 'bénin', 'benin', 'cotonou', 'togo', 'lomé', 'uemoa', 'bceao'),
    'XAF': ('cameroun', 'cameroon', 'camerounais', 'douala', 'yaoundé', 'gabon', 'libreville',
            'tchad', 'chad', "n'djamena", 'brazzaville', 'centrafrique', 'centrafricaine',
            'cemac', 'beac'),
    'DKK': ('danemark', 'denmark', 'danish', 'danois', 'danoise', 'danoises', 'copenhague',
            'copenhagen', 'dänemark', 'dinamarca', 'danimarca', 'dänische', 'dänischen'),
}

# Subunits written as a currency name: the factor to the unit ("183 pence" is £1.83).
SUBUNITS: dict[str, float] = {
    'pence': 0.01,
}

# Words right before a number that let it take the currency of the amount just before it in
# the same sentence: "780 millions d'euros, dont 650 millions payés à la signature".
ELIDED_CONNECTORS = (
    'dont', 'of which', 'including', 'davon', 'wovon', 'de los cuales', 'de las cuales',
    'de ellos', 'dos quais', 'das quais', 'di cui', 'contre', 'against', 'compared with',
    'versus', 'vs.', 'gegenüber', 'frente a', 'frente aos', 'frente a los', 'contro',
    'rispetto a', 'soit', 'ou seja', 'es decir', 'cioè', 'contra', 'comparé à',
    'comparados con', 'comparado com', 'im vergleich zu',
    # "une série J qui la valorisait 62 milliards": a valuation restates the currency
    'valorisée', 'valorisé', 'valorisées', 'valorisés', 'valorisait', 'valorisant', 'valorise',
    'valorisée à', 'valorisé à', 'valorisait à', 'valorisant à', 'valorise à',
    'valued at', 'valued it at', 'valuing it at', 'values it at', 'a valuation of',
    'une valorisation de',
    # a second deal in the sentence, its currency left to the first: "un contrat de 10
    # milliards de dollars avec Google, puis un accord de 3 milliards avec Nebius"
    'pour', 'for', 'accord de', 'contrat de', 'celui de', 'celle de', 'worth', 'deal of',
    'agreement of', 'contract of',
    # a target stated after an amount: "un chiffre d'affaires de 310 millions de couronnes et
    # vise 1,2 milliard cette année"
    'vise', 'visait', 'table sur', 'targets', 'is targeting', 'aims for', 'apunta a',
    'punta a', 'mira a', 'peilt',
)
# Counted things after a bare "N million": never money ("contre 700 millions d'utilisateurs"
# is caught by "de"; these are the nouns that follow directly).
COUNT_NOUNS = frozenset(_words('''
    users utilisateurs customers clients shares actions aktien acciones ações azioni people
    personnes employees salariés households foyers units unités gpus chips puces tokens
    parameters paramètres downloads subscribers abonnés visitors visiteurs devices appareils
    vehicles véhicules words mots pages tonnes tons barrels barils years ans nutzer kunden
    menschen mitarbeiter usuarios usuários clientes personas pessoas empleados utenti clienti
    persone dipendenti abbonati dispositivi
'''))

# Words that may follow "N million(en)" in English and German when the number inherits a
# currency (money.inherited): there a counted noun follows directly ("5 million users").
INHERIT_FOLLOWERS = frozenset(_words('''
    in for to and or from at on with by this last next per over was is are were will would
    has had have plus while as after before compared versus vs a an the upfront up annually
    im für und oder bis auf mit aus bei zu als nach vor vom zum sowie jährlich pro wurden
    wurde werden sind ist war waren hat hatte soll sollen
'''))

# Scale words: value, and the language whose separators they imply (None: no hint).
SCALES: dict[str, tuple[float, str | None]] = {
    'trillion': (1000000000000.0, 'en'), 'trillions': (1000000000000.0, 'en'),
    'tn': (1000000000000.0, 'en'), 'trn': (1000000000000.0, 'en'),
    'billion': (1000000000.0, 'en'), 'billions': (1000000000.0, 'en'),
    'bn': (1000000000.0, 'en'), 'bln': (1000000000.0, 'en'), 'million': (1000000.0, None),
    'millions': (1000000.0, None), 'mn': (1000000.0, 'en'), 'mln': (1000000.0, None),
    'thousand': (1000.0, 'en'), 'crore': (10000000.0, 'en'), 'crores': (10000000.0, 'en'),
    'lakh': (100000.0, 'en'), 'lakhs': (100000.0, 'en'), 'lakh crore': (1e12, 'en'),
    'lakh crores': (1e12, 'en'), 'cr': (10000000.0, 'en'), 'milliard': (1000000000.0, 'fr'),
    'milliards': (1000000000.0, 'fr'), 'md': (1000000000.0, 'fr'), 'mds': (1000000000.0, 'fr'),
    'mille': (1000.0, 'fr'), 'milliarde': (1000000000.0, 'de'),
    'milliarden': (1000000000.0, 'de'), 'mrd.': (1000000000.0, 'de'),
    'mrd': (1000000000.0, 'de'), 'mrds.': (1000000000.0, 'de'), 'mia.': (1000000000.0, 'de'),
    'millionen': (1000000.0, 'de'), 'mio.': (1000000.0, 'de'), 'mio': (1000000.0, 'de'),
    'billionen': (1000000000000.0, 'de'), 'tsd.': (1000.0, 'de'),
    'mil millones': (1000000000.0, 'es'), 'millones': (1000000.0, 'es'),
    'millón': (1000000.0, 'es'), 'billones': (1000000000000.0, 'es'),
    'billón': (1000000000000.0, 'es'), 'mil milhões': (1000000000.0, 'pt'),
    'bilhões': (1000000000.0, 'pt'), 'bilhão': (1000000000.0, 'pt'),
    'bilião': (1000000000000.0, 'pt'), 'biliões': (1000000000000.0, 'pt'),
    'milhões': (1000000.0, 'pt'), 'milhão': (1000000.0, 'pt'), 'mil': (1000.0, 'es'),
    'miliardi': (1000000000.0, 'it'), 'miliardo': (1000000000.0, 'it'),
    'mld': (1000000000.0, 'it'), 'milioni': (1000000.0, 'it'), 'milione': (1000000.0, 'it'),
    'mila': (1000.0, 'it'),
}

# Case-sensitive one- or two-letter scales, trusted only beside a currency symbol or code.
LETTER_SCALES: dict[str, float] = {
    'B': 1000000000.0, 'b': 1000000000.0, 'M': 1000000.0, 'm': 1000000.0, 'MM': 1000000.0,
    'K': 1000.0, 'k': 1000.0, 'T': 1000000000000.0,
}

# "billion(s)" where it means 10^12.
LONG_SCALE_LANGS = frozenset({
    'de', 'es', 'fr', 'pt',
})

# Qualifiers in front of an amount -> schema literal.
QUALIFIERS: dict[str, str] = {
    'up to': 'up_to', 'as much as': 'up_to', 'as high as': 'up_to', 'a maximum of': 'up_to',
    'capped at': 'up_to', "jusqu'à": 'up_to', 'jusqu’à': 'up_to', 'pouvant atteindre': 'up_to',
    "pouvant aller jusqu'à": 'up_to', 'un maximum de': 'up_to', 'au maximum': 'up_to',
    'bis zu': 'up_to', 'maximal': 'up_to', 'höchstens': 'up_to', 'hasta': 'up_to',
    'de hasta': 'up_to', 'até': 'up_to', 'de até': 'up_to', 'fino a': 'up_to',
    'un massimo di': 'up_to', 'sino a': 'up_to', 'about': 'about', 'around': 'about',
    'roughly': 'about', 'approximately': 'about', 'approx.': 'about', 'some': 'about',
    'nearly': 'about', 'almost': 'about', 'close to': 'about', 'an estimated': 'about',
    'circa': 'about', 'environ': 'about', 'près de': 'about', 'quelque': 'about',
    'autour de': 'about', 'proche de': 'about', 'à peu près': 'about',
    'approximativement': 'about', "de l'ordre de": 'about', 'presque': 'about',
    'approche': 'about', 'avoisine': 'about', 'rund': 'about', 'etwa': 'about',
    'ungefähr': 'about', 'ca.': 'about', 'knapp': 'about', 'fast': 'about', 'unos': 'about',
    'unas': 'about', 'alrededor de': 'about', 'cerca de': 'about', 'aproximadamente': 'about',
    'casi': 'about', 'quase': 'about', 'por volta de': 'about', 'cerca di': 'about',
    'quasi': 'about', 'intorno a': 'about', 'circa di': 'about', 'more than': 'more_than',
    'over': 'more_than', 'above': 'more_than', 'in excess of': 'more_than',
    'exceeding': 'more_than', 'exceeded': 'more_than', 'exceeds': 'more_than',
    'upwards of': 'more_than', 'plus de': 'more_than', "plus d'": 'more_than',
    'plus d’': 'more_than', 'dépasse': 'more_than', 'dépassant': 'more_than',
    'dépassait': 'more_than', 'au-delà de': 'more_than', 'supérieur à': 'more_than',
    'mehr als': 'more_than', 'über': 'more_than', 'más de': 'more_than',
    'superior a': 'more_than', 'mais de': 'more_than', 'acima de': 'more_than',
    'più di': 'more_than', 'oltre': 'more_than', 'superiore a': 'more_than',
    'at least': 'at_least', 'no less than': 'at_least', 'a minimum of': 'at_least',
    'au moins': 'at_least', 'mindestens': 'at_least', 'al menos': 'at_least',
    'por lo menos': 'at_least', 'pelo menos': 'at_least', 'no mínimo': 'at_least',
    'almeno': 'at_least', 'come minimo': 'at_least', 'less than': 'less_than',
    'under': 'less_than', 'below': 'less_than', 'moins de': 'less_than',
    "moins d'": 'less_than', 'moins d’': 'less_than', 'inférieur à': 'less_than',
    'weniger als': 'less_than', 'unter': 'less_than', 'menos de': 'less_than',
    'meno di': 'less_than', 'inferiore a': 'less_than',
}

# Words opening a range: "between 7 and 9", "entre 7 et 9", "zwischen 7 und 9"...
# "between X and Y": the "and"-like joiners need one of these openers.
PAIR_OPENERS = (
    'between', 'entre', 'zwischen', 'tra', 'fra', 'compris entre', 'comprise entre',
    'comprises entre', 'compresi tra', 'compreso tra',
)

PAIR_JOINERS = (
    'and', 'et', 'und', 'y', 'e',
)

# "X to Y", "de X à Y", "7-9": the opener is optional. English "from X to Y" is a change.
SPAN_OPENERS = (
    'de', "d'", 'd’', 'von', 'da', 'desde', 'dai', 'dal',
)

SPAN_JOINERS = (
    'to', 'à', 'bis', 'a', 'al', '-', '–', '—',
)

# A "de X à Y" right after one of these is a change (from X to Y), not a range.
CHANGE_VERBS = (
    'rose', 'fell', 'grew', 'increased', 'decreased', 'jumped', 'climbed', 'dropped', 'raised',
    'lifted', 'cut', 'lowered', 'passé', 'passée', 'passant', 'passer', 'grimpé', 'bondi',
    'augmenté', 'progressé', 'chuté', 'baissé', 'relevé', 'abaissé', 'ramené', 'porté',
    'hausse', 'baisse', 'gestiegen', 'erhöht', 'gesenkt', 'pasó', 'aumentó', 'subió', 'passou',
    'aumentou', 'subiu', 'passato', 'salito', 'aumentato', 'cresciuto',
)

# Number words before a scale ("un milliard", "zwei Milliarden"): veille/money/numberwords.py.
# fmt: on

# The world's other currencies (veille/money/world.py); the core rows above win a clash.
PREFIX_CURRENCIES |= {k: v for k, v in world.PREFIXES.items() if k not in PREFIX_CURRENCIES}
SUFFIX_CURRENCIES |= {
    k: v
    for k, v in {**world.SUFFIXES, **world.AMBIGUOUS_DEFAULTS}.items()
    if k not in SUFFIX_CURRENCIES
}
AMBIGUOUS_NAMES |= world.AMBIGUOUS | {name: world.DOLLARS for name in world.BARE_DOLLARS}
COUNTRY_CUES |= world.COUNTRY_CUES
