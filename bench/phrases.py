"""Sentence templates of the benchmark corpus, in the six languages veille reads.

Every deal sentence names two gazetteer companies and one amount written the way that
language's press writes it (`$27 billion`, `27 milliards de dollars`, `2,5 Milliarden Euro`,
`1.500 millones de euros`, `450 milhões de dólares`, `3 miliardi di euro`), so that the money
parser, the offline engine and grounding meet realistic text. Filler sentences are industry
boilerplate; some name one company, so that organisations appear outside deals too.
"""

from __future__ import annotations

# fmt: off
DEAL: dict[str, list[str]] = {
    "en": [
        "{a} has signed a {amount} deal with {b} for cloud computing capacity.",
        "{a} agreed to invest {amount} in {b}, the companies said on {day}.",
        "{a} will buy {b} for {amount} in cash, according to a regulatory filing.",
        "Under the agreement, {a} will pay {b} {amount} over five years.",
    ],
    "fr": [
        "{a} a signé un accord de {amount} avec {b} pour des capacités de calcul.",
        "{a} va investir {amount} dans {b}, ont annoncé les deux groupes {day}.",
        "{a} rachète {b} pour {amount} en numéraire, selon un document réglementaire.",
    ],
    "de": [
        "{a} hat mit {b} einen Vertrag über {amount} für Rechenkapazität unterzeichnet.",
        "{a} investiert {amount} in {b}, wie beide Unternehmen am {day} mitteilten.",
        "{a} übernimmt {b} für {amount} in bar, heißt es in einer Pflichtmitteilung.",
    ],
    "es": [
        "{a} ha firmado un acuerdo de {amount} con {b} para capacidad de cálculo.",
        "{a} invertirá {amount} en {b}, anunciaron ambas compañías el {day}.",
        "{a} comprará {b} por {amount} en efectivo, según un documento regulatorio.",
    ],
    "pt": [
        "A {a} assinou um acordo de {amount} com a {b} para capacidade de computação.",
        "A {a} vai investir {amount} na {b}, anunciaram as duas empresas na {day}.",
        "A {a} vai comprar a {b} por {amount} em dinheiro, segundo um documento regulatório.",
    ],
    "it": [
        "{a} ha firmato un accordo da {amount} con {b} per capacità di calcolo.",
        "{a} investirà {amount} in {b}, hanno annunciato le due società {day}.",
        "{a} acquisirà {b} per {amount} in contanti, secondo un documento depositato.",
    ],
}

DEAL_TYPES = ("compute_capacity", "investment", "acquisition", "other")  # by template index

FILLER: dict[str, list[str]] = {
    "en": [
        "Analysts said demand for graphics processors still outstrips supply.",
        "The market for artificial intelligence infrastructure has grown quickly this year.",
        "Shares of {c} rose in early trading after the announcement.",
        "Executives expect the first capacity to come online before the end of the year.",
        "Regulators in Europe and the United States are watching the sector closely.",
        "{c} did not respond to a request for comment.",
        "The data centres will run on a mix of renewable and grid power.",
        "Several start-ups are competing for the same pool of engineers.",
        "Investors have poured money into model developers since the start of the boom.",
        "The company plans to hire hundreds of researchers over the next two years.",
        "Competition between cloud providers has pushed prices down for smaller customers.",
        "{c} has been expanding its own chip design team.",
    ],
    "fr": [
        "Les analystes estiment que la demande de processeurs graphiques dépasse toujours l'offre.",
        "Le marché des infrastructures d'IA a fortement progressé cette année.",
        "L'action de {c} a progressé dès l'ouverture après l'annonce.",
        "Les premières capacités devraient être livrées avant la fin de l'année.",
        "Les régulateurs européens et américains surveillent le secteur de près.",
        "{c} n'a pas souhaité faire de commentaire.",
        "Les centres de données fonctionneront en partie grâce aux énergies renouvelables.",
        "Plusieurs jeunes pousses se disputent les mêmes ingénieurs.",
        "Les investisseurs financent massivement les développeurs de modèles depuis deux ans.",
        "{c} renforce depuis plusieurs mois son équipe de conception de puces.",
    ],
    "de": [
        "Analysten zufolge übersteigt die Nachfrage nach Grafikprozessoren weiterhin das Angebot.",
        "Der Markt für KI-Infrastruktur ist in diesem Jahr stark gewachsen.",
        "Die Aktie von {c} legte nach der Ankündigung im frühen Handel zu.",
        "Die ersten Kapazitäten sollen noch vor Jahresende bereitstehen.",
        "Regulierungsbehörden in Europa und den USA beobachten die Branche genau.",
        "{c} wollte sich auf Anfrage nicht äußern.",
        "Die Rechenzentren sollen teilweise mit erneuerbarer Energie betrieben werden.",
        "Mehrere Start-ups konkurrieren um dieselben Fachkräfte.",
        "Investoren haben seit Beginn des Booms viel Geld in Modellentwickler gesteckt.",
        "{c} baut seit Monaten ein eigenes Team für Chipdesign auf.",
    ],
    "es": [
        "Los analistas señalan que la demanda de procesadores gráficos sigue superando la oferta.",
        "El mercado de infraestructura de inteligencia artificial ha crecido con fuerza este año.",
        "Las acciones de {c} subieron en las primeras operaciones tras el anuncio.",
        "Se espera que la primera capacidad esté disponible antes de fin de año.",
        "Los reguladores de Europa y Estados Unidos vigilan de cerca el sector.",
        "{c} no respondió a una solicitud de comentarios.",
        "Los centros de datos funcionarán en parte con energía renovable.",
        "Varias empresas emergentes compiten por los mismos ingenieros.",
        "Los inversores han destinado grandes sumas a los desarrolladores de modelos.",
        "{c} lleva meses ampliando su propio equipo de diseño de chips.",
    ],
    "pt": [
        "Os analistas dizem que a procura por processadores gráficos continua acima da oferta.",
        "O mercado de infraestrutura de inteligência artificial cresceu fortemente este ano.",
        "As ações da {c} subiram no início do pregão após o anúncio.",
        "A primeira capacidade deve entrar em operação antes do fim do ano.",
        "Os reguladores da Europa e dos Estados Unidos acompanham o setor de perto.",
        "A {c} não respondeu a um pedido de comentário.",
        "Os centros de dados vão funcionar em parte com energia renovável.",
        "Várias empresas iniciantes disputam os mesmos engenheiros.",
        "Os investidores aplicaram muito dinheiro nos desenvolvedores de modelos.",
        "A {c} tem ampliado a sua própria equipe de projeto de chips.",
    ],
    "it": [
        "Secondo gli analisti la domanda di processori grafici supera ancora l'offerta.",
        "Il mercato delle infrastrutture di intelligenza artificiale è cresciuto molto quest'anno.",
        "Le azioni di {c} sono salite nelle prime contrattazioni dopo l'annuncio.",
        "La prima capacità dovrebbe entrare in funzione entro la fine dell'anno.",
        "Le autorità di regolamentazione europee e americane seguono da vicino il settore.",
        "{c} non ha risposto a una richiesta di commento.",
        "I data center funzioneranno in parte con energia rinnovabile.",
        "Diverse start-up si contendono gli stessi ingegneri.",
        "Gli investitori hanno destinato molte risorse agli sviluppatori di modelli.",
        "{c} sta ampliando da mesi il proprio team di progettazione di chip.",
    ],
}

TITLE: dict[str, str] = {
    "en": "{a} and {b} strike {amount} agreement",
    "fr": "{a} et {b} concluent un accord de {amount}",
    "de": "{a} und {b} einigen sich auf {amount}",
    "es": "{a} y {b} cierran un acuerdo de {amount}",
    "pt": "{a} e {b} fecham acordo de {amount}",
    "it": "{a} e {b} firmano un accordo da {amount}",
}

DAY: dict[str, str] = {
    "en": "Monday", "fr": "lundi", "de": "Montag", "es": "lunes", "pt": "segunda-feira",
    "it": "lunedì",
}

# (value in units of the scale word, scale) -> surface, per language and currency.
SCALE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    # language: {"bn": billion word, "m": million word}
    "fr": {"bn": ("milliards", "milliard"), "m": ("millions", "million")},
    "de": {"bn": ("Milliarden", "Milliarde"), "m": ("Millionen", "Million")},
    "it": {"bn": ("miliardi", "miliardo"), "m": ("milioni", "milione")},
    "pt": {"bn": ("mil milhões", "mil milhões"), "m": ("milhões", "milhão")},
}
CURRENCY_WORDS: dict[str, dict[str, str]] = {
    "fr": {"USD": "de dollars", "EUR": "d'euros"},
    "de": {"USD": "Dollar", "EUR": "Euro"},
    "es": {"USD": "de dólares", "EUR": "de euros"},
    "pt": {"USD": "de dólares", "EUR": "de euros"},
    "it": {"USD": "di dollari", "EUR": "di euro"},
}
# fmt: on
