"""The world's other currencies (session 13): names, symbols and codes in six languages.

`lexicon` merges these tables into its own; they live here so that the core lexicon stays a
page. Every row was chosen against the same rule as the core: a currency word must not be an
ordinary word right after a number.

Decisions:
- A name several countries share ("pesos", "riyals", "shillings") lists every candidate,
  the commonest first; `regional` picks one from the article's country words (`COUNTRY_CUES`),
  a code or adjective stated elsewhere ("pesos mexicanos" ... "pesos") winning over places.
- A bare dollar ("$", "dollars", "dólares") keeps USD but carries the local dollars as
  alternatives: `localdollar` gives it the article's dollar when the article named that dollar
  first ("2,3 milliards de dollars canadiens ... 900 millions de dollars"), and grounding,
  which re-parses a sentence without its article, accepts either.
- Prefixes are the symbols and codes of the currencies business news quotes that way; the
  rarer codes (KWD, PKR, UAH...) are suffixes only: every prefix is tried wherever an amount
  can start, and each costs time on every article.
- Codes that are words (TRY, PEN, PHP, ALL, CUP; French "ils", Italian "lei") are left out or
  matched in capitals only (`CASED_CODES`); symbols made of ordinary letters ("R" for the
  rand, "N" for the naira, "Ft", "TL", "S/") are left out: "R1", "5 ft", "S/4HANA" are no
  money. Names that are ordinary words need a scale or a written number (`WORDLIKE`).
"""

from __future__ import annotations


def _forms(table: dict[str, str]) -> dict[str, str]:
    """{"IDR": "rupiah|rupiahs"} -> {"rupiah": "IDR", "rupiahs": "IDR"}."""
    return {form: code for code, forms in table.items() for form in forms.split("|")}


# fmt: off
PREFIXES: dict[str, str] = {
    'Rp': 'IDR', 'Rp.': 'IDR', 'IDR': 'IDR', '₫': 'VND', 'VND': 'VND', '฿': 'THB', 'THB': 'THB',
    '₦': 'NGN', '₺': 'TRY', 'TRY': 'TRY', 'NIS': 'ILS', 'HUF': 'HUF', 'CZK': 'CZK',
    'ISK': 'ISK', 'KSh': 'KES', 'Ksh': 'KES', 'KES': 'KES', '₱': 'PHP', 'MX$': 'MXN',
    'COP': 'COP', 'CLP': 'CLP', 'ARS': 'ARS', 'PEN': 'PEN', 'NZ$': 'NZD', 'HK$': 'HKD',
}
# Codes that are words in some language: a prefix only when written in capitals.
CASED_CODES = frozenset({'TRY', 'PEN'})
# Names that are ordinary words too ("in 2019 won the award", "a 2024 Rand study", "Dong
# Energy"): money only after a scale word or with a number written with a separator.
WORDLIKE = frozenset({
    'won', 'wons', 'yen', 'peso', 'rand', 'rands', 'dong', 'dongs', 'lira', 'soles', 'taka',
    'tenge', 'cedi', 'cop',
})

SUFFIXES: dict[str, str] = _forms({
    'IDR': 'rupiah|rupiahs|rupias indonesias|rupias indonésias|roupies indonésiennes'
           '|rupie indonesiane|idr',
    'VND': 'dong|dongs|đồng|₫|vnd|dongs vietnamiens|dong vietnamiens|vietnamesische dong',
    'THB': 'baht|bahts|฿|thb|bahts thaïlandais|thai baht',
    'ZAR': 'rand|rands|zar|south african rand|rands sud-africains|rand sudafricanos'
           '|südafrikanische rand',
    'NGN': 'naira|nairas|₦|ngn', 'GHS': 'cedis|cedi|ghs', 'EGP': 'egp|egyptian pounds'
           '|livres égyptiennes|libras egipcias|ägyptische pfund|sterline egiziane',
    'TRY': 'lira|liras|lire turche|turkish lira|turkish liras|livres turques'
           '|liras turcas|türkische lira|türkischen lira|₺',
    'SAR': 'riyal|saudi riyals|riyals saoudiens|riales saudíes|saudi-rial|saudische rial'
           '|saudischen rial|rials saoudiens|riyal sauditi|riais sauditas',
    'QAR': 'qatari riyals|riyals qataris|rials qataris|riales cataríes|katarische rial'
           '|katarischen rial|riais catarianos|riyal qatarioti|qar',
    'OMR': 'omani rials|rials omanais|omr',
    'ILS': 'shekel|shekels|new shekels|sheqels|shekalim|nis|₪|nouveaux shekels'
           '|shekels israéliens|séqueles|schekel|scheckel',
    'PLN': 'złoty|zloty|złotys|zlotys|złotych|zlotych|zł|pln|zlótis|zlotys polonais'
           '|zloty polacchi',
    'HUF': 'forint|forints|forintos|huf|fiorini ungheresi',
    'CZK': 'koruna|korunas|korun|kč|czk|czech crowns|czech korunas|couronnes tchèques'
           '|coronas checas|coroas checas|tschechische kronen|tschechischen kronen|corone ceche',
    'ISK': 'kronur|krónur|krona islandaise|icelandic kronur|icelandic krona|isk'
           '|couronnes islandaises|isländische kronen|isländischen kronen|coronas islandesas'
           '|coroas islandesas|corone islandesi',
    'KES': 'kenyan shillings|shillings kényans|kenia-schilling|chelines kenianos'
           '|xelins quenianos|scellini keniani|kes|ksh',
    'PKR': 'pakistani rupees|roupies pakistanaises|pkr',
    'LKR': 'sri lankan rupees|lkr',
    'PHP': 'philippine pesos|pesos philippins|pesos filipinos|₱',
    'MXN': 'mexican pesos|pesos mexicanos|peso mexicano|pesos mexicains|mexikanische pesos'
           '|mexikanischen pesos|pesos messicani|mxn',
    'CLP': 'chilean pesos|pesos chilenos|peso chileno|pesos chiliens|chilenische pesos'
           '|chilenischen pesos|pesos cileni|clp',
    'COP': 'colombian pesos|pesos colombianos|peso colombiano|pesos colombiens'
           '|kolumbianische pesos|kolumbianischen pesos|pesos colombiani|cop',
    'ARS': 'argentine pesos|argentinian pesos|pesos argentinos|peso argentino'
           '|pesos argentins|argentinische pesos|argentinischen pesos|pesos argentini|ars',
    'UYU': 'uruguayan pesos|pesos uruguayos|uyu', 'DOP': 'dominican pesos|pesos dominicanos',
    'PEN': 'soles|nuevos soles|soles peruanos|peruvian soles|soles péruviens'
           '|peruanische soles|soles peruviani',
    'RON': 'romanian lei|lei roumains', 'UAH': 'hryvnias|hryvnia|hryvnas|₴|uah',
    'KZT': 'tenge|₸|kzt', 'BDT': 'taka|bdt',
    'KWD': 'kuwaiti dinars|dinars koweïtiens|kwd', 'BHD': 'bahraini dinars|bhd',
    'JOD': 'jordanian dinars|jod', 'TND': 'dinars tunisiens|tunisian dinars|tnd',
    'DZD': 'dinars algériens|algerian dinars|dzd',
    'CAD': 'canadian dollar|dollar canadien|dólar canadiense|dólares canadenses'
           '|kanadischen dollar|kanadische dollars|dollari canadesi|dollaro canadese',
    'AUD': 'australian dollar|dollar australien|dólares australianos|dólar australiano'
           '|australische dollar|australischen dollar|dollari australiani',
    'NZD': 'new zealand dollars|new zealand dollar|dollars néo-zélandais'
           '|dólares neozelandeses|neuseeland-dollar|neuseeländische dollar'
           '|dollari neozelandesi|nzd',
    'SGD': 'singapore dollar|dollars de singapour|dollars singapouriens'
           '|dólares de singapur|dólares de singapura|dólares singapurenses|singapur-dollar'
           '|dollari di singapore',
    'HKD': 'hong kong dollar|dollars hongkongais|hongkong-dollar|dollari di hong kong',
    'TWD': 'new taiwan dollars|taiwan dollar|taiwanese dollars|dollars taïwanais'
           '|dollars de taïwan|dólares taiwaneses|taiwan-dollar|dollari taiwanesi'
           '|nuevos dólares taiwaneses|dólares de taiwan',
    'CNY': 'yuans chinois|chinese yuan', 'JPY': 'yens japonais|japanese yen',
    'KRW': 'wons sud-coréens|south korean won|korean won', 'INR': 'indian rupees'
           '|roupies indiennes|indische rupien',
})

# Bare dollars: USD, and the local dollars an article may have named first (`localdollar`).
DOLLARS = ('USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'TWD')
BARE_DOLLARS = frozenset({
    '$', 'dollars', 'dollar', 'dólares', 'dólar', 'dollari', 'dollaro',
})

_PESOS = ('MXN', 'CLP', 'COP', 'ARS', 'PHP', 'UYU', 'DOP')
_RIYALS = ('SAR', 'QAR', 'OMR')
_SHILLINGS = ('KES', 'UGX', 'TZS')
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    'pesos': _PESOS, 'peso': _PESOS, 'riyals': _RIYALS, 'riyal': _RIYALS, 'rials': _RIYALS,
    'riales': _RIYALS, 'shillings': _SHILLINGS, 'chelines': _SHILLINGS,
    'shilingi': _SHILLINGS,
}
AMBIGUOUS_DEFAULTS = {name: codes[0] for name, codes in AMBIGUOUS.items()}

COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    'MXN': ('méxico', 'mexico', 'mexique', 'mexiko', 'messico', 'mexicano', 'mexicana',
            'mexicanos', 'mexicanas', 'mexican', 'mexicain', 'mexicaine', 'mexikanische',
            'messicano', 'messicana', 'monterrey', 'regiomontano', 'regiomontana',
            'querétaro', 'queretaro', 'guadalajara', 'nuevo león', 'jalisco', 'apodaca',
            'cdmx', 'ciudad de méxico', 'tijuana', 'puebla', 'banorte', 'nafin', 'banxico',
            'bmv'),
    'CLP': ('chile', 'chili', 'cile', 'chileno', 'chilena', 'chilenos', 'chilenas', 'chilean',
            'chilien', 'chilienne', 'chilenische', 'cileno', 'cilena', 'santiago de chile',
            'quilicura', 'valparaíso', 'antofagasta', 'corfo', 'quiñenco', 'entel'),
    'COP': ('colombia', 'colombie', 'kolumbien', 'colombiano', 'colombiana', 'colombianos',
            'colombian', 'colombien', 'colombienne', 'bogotá', 'bogota', 'medellín',
            'medellin', 'barranquilla', 'ecopetrol', 'bancolombia'),
    'ARS': ('argentina', 'argentine', 'argentinien', 'argentino', 'argentinos', 'argentinian',
            'argentin', 'buenos aires'),
    'PHP': ('philippines', 'filipinas', 'philippinen', 'filippine', 'philippine', 'filipino',
            'manila', 'makati'),
    'UYU': ('uruguay', 'uruguayo', 'uruguaya', 'uruguayan', 'montevideo'),
    'DOP': ('república dominicana', 'dominicano', 'dominicana', 'santo domingo'),
    'SAR': ('saudi', 'saoudite', 'saoudien', 'saoudienne', 'saudí', 'saudita', 'saudiarabien',
            'riyadh', 'riyad', 'riad', 'aramco', 'pif', 'tadawul', 'jeddah', 'neom'),
    'QAR': ('qatar', 'katar', 'qatari', 'qatarien', 'qatarie', 'catarí', 'doha', 'qia',
            'ooredoo'),
    'OMR': ('oman', 'omán', 'omani', 'omanais', 'muscat', 'mascate', 'duqm'),
    'KES': ('kenya', 'kenia', 'kenyan', 'kényan', 'kenyane', 'nairobi', 'safaricom',
            'mombasa'),
    'UGX': ('uganda', 'ouganda', 'ugandan', 'kampala'),
    'TZS': ('tanzania', 'tanzanie', 'tanzanian', 'dar es salaam', 'dodoma'),
}
# fmt: on
