"""Institution words for organisations the gazetteer does not know (six languages): heads of
regulators, government bodies and other institutions ("Autorité de la concurrence", "Ministry
of", "Banque cantonale vaudoise"), the link words inside their names, and the words of an
acronym's long form. Split from `orgwords` (module size); `orgwords` re-exports every name,
so code reads them as `orgwords.NAME`. Entries are regex fragments; order is kept as it was.
"""

from __future__ import annotations


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# fmt: off

# Heads of unknown institutions that regulate rather than deal: never a party.
REGULATOR_HEADS: tuple[str, ...] = (
    r"Autorit\w*", r"Autoridad", r"Autoridade", r"Comisi[óo]n", r"Commission", r"Comissão",
    r"Commissione", r"Agence", r"Agencia", r"Agência", r"Agenzia", r"Bundesamt", r"Behörde",
    r"Conselho Administrativo",
    # session 13: "la Superintendencia de Industria y Comercio" (Colombia's competition
    # authority)
    r"Superintend[eê]ncia",
)
# Heads of unknown government bodies: ministries and departments award grants, subsidies and
# contracts ("the Ministry of Economy, Trade and Industry", "el Ministerio de Transformación
# Digital", "das Bundesministerium für Wirtschaft"), so they may be parties (session 6;
# regulators until then). The gazetteer's regulators keep their kind ("Department of Justice").
GOVERNMENT_HEADS: tuple[str, ...] = (
    r"Ministère", r"Ministerio", r"Ministério", r"Ministero", r"Ministry of", r"Department of",
    r"Bundesministerium", r"Agence spatiale", r"Agenzia [Ss]paziale", r"Agencia [Ee]spacial",
    r"Agência [Ee]spacial", r"Space Agency", r"Raumfahrtagentur", r"Région", r"Regione",
    # session 13: states, federal agencies and air forces buy, grant and subsidise ("vom
    # Freistaat Sachsen", "Die Bundesagentur für Arbeit hat Parlando ... beauftragt", "à
    # Força Aérea Portuguesa")
    r"Freistaat", r"Bundesagentur", r"Región", r"For[çc]a A[ée]rea", r"Fuerza A[ée]rea",
)
# Institution words that open a name, possibly with lower-case words after them:
# "Banque cantonale vaudoise", "Caixa Geral de Depósitos", "Autorité de la concurrence".
INSTITUTION_HEADS: tuple[str, ...] = (
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
    # session 13: public bodies, promotional banks and hospitals that grant, lend and buy
    # ("vom Freistaat Sachsen", "von der LfA Förderbank Bayern", "la Regione Lombardia",
    # "à Força Aérea Portuguesa", "les Hospices civils de Lyon, qui")
    r"Freistaat", r"Regione", r"Región", r"Bundesagentur", r"Bundesanstalt", r"Förderbank",
    r"Superintend[eê]ncia", r"For[çc]a A[ée]rea", r"Fuerza A[ée]rea", r"Hospices",
    r"H[ôo]pital", r"Hospital", r"Ospedale", r"Klinikum",
)
# Words allowed inside an institution's name after its head (besides capitalised words).
INSTITUTION_LINKS: tuple[str, ...] = (
    r"de", r"del", r"della", r"delle", r"dei", r"di", r"da", r"do", r"dos", r"das", r"des",
    r"du", r"d['’]", r"la", r"le", r"les", r"el", r"los", r"of", r"the", r"für", r"der",
    r"para", r"pour", r"per", r"l['’]",
)
# Words of an institution's long form that acronyms skip: "École polytechnique (...) (EPFL)".
ACRONYM_SKIP: frozenset[str] = frozenset(_words(
    "de del della delle dei di da do dos das des du d la le les el los of the für der "
    "para pour per e y et and und l"
))
# An acronym's long form must contain one of these to be an organisation.
INSTITUTION_WORDS: tuple[str, ...] = (
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
# fmt: on
