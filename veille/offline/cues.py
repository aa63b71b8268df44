"""Cue words for deals and money roles in six languages (regex fragments, case-insensitive).

A deal cue is an EVENT (it can make a deal on its own: "signed", "acquire", "invest in",
"partenariat") or a TOPIC (it only tells the type: "capacity", "GPUs", "shares"). Generic
events ("deal", "accord", "Vertrag") carry no type: the type then comes from topics, from the
parties' kinds, or from the neighbouring sentences.

Money-role cues live in `rolecues`, company anaphors in `anaphors`, round/loan/price words in
`dealwords` (module size); this module re-exports them all, so code reads them as `cues.NAME`.
"""

from __future__ import annotations

from veille.offline.anaphors import (  # noqa: F401 - re-exported as cues.NAME
    ANAPHORS,
    DUAL_ANAPHORS,
    TYPED_ANAPHORS,
    anaphor_kinds,
    anaphor_re,
    typed_anaphors,
)
from veille.offline.dealwords import (  # noqa: F401 - re-exported as cues.NAME
    COMPARISONS,
    COMPONENT_CONNECTORS,
    CONTRACT_NOUNS,
    ELLIPSES,
    LENDER_MARKERS,
    LIST_MARKERS,
    LOAN_CUES,
    OPENING_MARKERS,
    PARTICIPATION_VERBS,
    PRICE_UNITS,
    PURCHASE_VERBS,
    REJECTIONS,
    ROUND_CUES,
    ROUND_MARKERS,
    SHARE_WORDS,
    SIGNING_VERBS,
    SPENDING_VERBS,
    SUPPLY_VERBS,
    UNDISCLOSED,
)
from veille.offline.rolecues import ROLE_CUES  # noqa: F401 - re-exported as cues.NAME

# fmt: off

# (type or None, strength, fragments); strength "event" or "topic".
DEAL_CUES: tuple[tuple[str | None, str, tuple[str, ...]], ...] = (
    ("acquisition", "event", (
        r"acquir\w*", r"acquisition", r"takeover", r"take over", r"buy(?:s|ing)? out",
        r"merger", r"merge", r"rachat", r"rach[eè]t\w*", r"acqu[ié]\w*", r"fusion",
        r"mettre la main sur", r"m(?:is|et|ettra|ettrait) la main",
        r"s['’]offr(?:ir|e|ait|irait|ira)",
        r"übernahme", r"übernimmt", r"übernehmen", r"übernommen",
        r"erwirbt", r"erwerben", r"erworben", r"gekauft", r"adquiri\w*", r"adquisición", r"fusión",
        r"aquisição",
        r"adquir\w*", r"fusão", r"acquisizione", r"acquisi\w*", r"rilevare", r"rilevato",
        r"purchase of (?:(?:the|software|chip|\w+) )?(?:company|firm|group|start-?up|maker|"
        r"developer|provider|designer)", r"compra d[aeo]", r"achat de (?:la|l['’])?",
        r"pa(?:id|gó|gou|yé|gato)\s[^.;]{0,60}?\s(?:for|por|pela|pelo|pour|für|per)\s+"
        r"(?:(?:la|el|a|o|the|le|l['’])\s*)?(?:[a-zà-ÿ]+\s+)?(?=\w)",
        r"verkauf\w*", r"sold (?:its|their|the)", r"cédé\w*", r"cession de",
        r"(?:bought|buys|buying|buy|agreed to buy) (?:the |[\w-]+ ){0,2}(?:platform|start-?up|"
        r"company|firm|maker|developer|rival|provider|group|specialist|designer)",
        r"vendu\w* (?:sa|son|ses)",
        # selling a business to a buyer, taking a listed company private: acquisitions
        r"(?:sell|sells|selling|sold|to sell|cède|céder|cédera|vend|vendre|vendra)"
        r" (?:the |its |their |sa |son |ses |la |le |l['’])?(?:[\w-]+ ){0,3}?"
        r"(?:business|unit|division|arm|activités?|branche|filiale|subsidiary)",
        r"(?:took|take|takes|taken|taking) (?:[\w-]+ ){0,2}?private",
        r"retir\w* (?:[\w'’-]+ ){0,3}?de la cote",
        r"sorti\w* de la cote", r"delist\w*",
        r"vendi[óo]", r"vendeu", r"venduto", r"ceduto", r"cessione",
        r"(?:été |être )?repris\w* (?:\w+ ){0,3}?par",
    )),
    ("investment", "event", (
        r"invest(?:s|ed|ing|ment)?\s+(?:\S+\s+){0,6}?(?:in|into)", r"investment", r"stake",
        r"backed", r"backing", r"to back", r"led by", r"pour(?:s|ed|ing)? .{0,20}into",
        r"put(?:s|ting)? [^.;]{0,25}?into",
        r"injecté", r"inject\w*",
        r"au capital", r"(?:à|dans) son capital", r"prise de participation", r"participation",
        r"en (?:el|su) capital", r"no capital", r"nel (?:suo )?capitale",
        r"invest(?!isseur|idor|itor|or)\w*", r"investition\w*",
        r"mené par", r"menée par",
        r"soutien financier", r"financial backer", r"beteilig\w*", r"investier\w*",
        r"inversión", r"invert\w*", r"invirti\w*",
        r"participación", r"investimento", r"aporte", r"investir\w*", r"partecipazione",
        r"engagement de", r"commitment",
        # "doté de 300 millions d'euros par Iliad", "funded with €300 million by"
        r"dot[ée]e?s? (?:de|d['’]une enveloppe de|d['’]un budget de)", r"fund(?:ed|s|ing)? with",
        r"financ[ée]e?s? à hauteur de", r"finanziert mit", r"financiad[oa] con",
        r"private placement",
        # session 8: a holding stated as a relation ("a shareholder in X", "actionnaire de X")
        r"(?:shareholder|stockholder) (?:in|of)", r"actionnaire (?:de|du|des|d['’])",
        r"(?:aktionär|anteilseigner|gesellschafter) (?:von|bei)",
        r"accionista (?:de|del)", r"acionista (?:de|da|do)", r"azionista (?:di|del|della)",
    )),
    ("investment", "self", (
        r"raise[sd]?", r"raising", r"levée?s?", r"lève", r"lever", r"levée de fonds",
        r"tour de table", r"funding round", r"round", r"series [a-f]", r"série [a-f]",
        r"augmentation de capital", r"finanzierungsrunde", r"ronda", r"rodada", r"round di",
        r"sammelt", r"recaudó", r"captó", r"captou", r"levantou", r"raccolto", r"raccoglie",
    )),
    ("licensing", "event", (
        r"licen[cs]\w*", r"lizenz\w*", r"licencia\w*", r"licença\w*", r"licenza\w*",
    )),
    ("partnership", "event", (
        r"partnership", r"partner(?:s|ed|ing)? with", r"team(?:s|ed)? up", r"collaborat\w*",
        r"alliance", r"joint venture", r"work with", r"working with", r"partenariat",
        r"(?:the|a|its|main|key) partner of",
        r"co-?develop\w*", r"jointly develop\w*", r"co-?dévelop\w*", r"développer conjointement",
        r"développeront ensemble", r"développer ensemble", r"gemeinsam entwickeln",
        r"partenaires?(?= (?:(?:privilégiés?|historiques?|stratégiques?|principal|principaux) )?"
        r"d(?:e|u|es|['’]))",
        r"venture with", r"(?:unveiled|announced|outlined|drew up) plans with",
        r"protocole d['’]accord", r"memorandum of understanding", r"MoU",
        r"memorando de entendimiento", r"memorando de entendimento", r"protocollo d['’]intesa",
        r"absichtserklärung",
        r"s['’]allie", r"s['’]associe", r"coentreprise", r"co-entreprise",
        r"partnerschaft", r"kooperation", r"zusammenarbeit", r"gemeinschaftsunternehmen",
        r"alianza", r"asociación", r"colaboración", r"empresa conjunta", r"parceria",
        r"aliança", r"colaboração", r"collaborazione", r"alleanza", r"accordo commerciale",
        r"accord commercial", r"preferred partner", r"gemeinsam mit", r"together with",
        r"conjointement avec", r"junto con", r"junto com", r"insieme a", r"in collaborazione",
        r"zusammen(?:arbeiten|gearbeitet)", r"arbeitet\w* mit",
    )),
    ("financing", "event", (
        r"loan", r"credit facility", r"debt financing", r"financing",
        r"(?:debt|loan|equity|financing|revolving|term|preferred-equity) facilit(?:y|ies)",
        r"obligations convertibles", r"convertible (?:notes|bonds|debt)", r"obligataire",
        r"emprunt obligataire", r"wandelanleihe\w*", r"bonos convertibles",
        r"obrigações conversíveis", r"obbligazioni convertibili",
        r"prêt", r"financement",
        r"kredit", r"darlehen", r"finanzierung", r"préstamo", r"financiación", r"empréstimo",
        r"financiamento", r"prestito", r"finanziamento", r"borrow(?:s|ed|ing)?", r"emprunt\w*",
        r"pidió prestado", r"tomou emprestado", r"preso in prestito", r"aufgenommen",
    )),
    ("supply", "event", (
        r"suppl(?:y|ies|ied|ying)", r"supplier", r"fournir", r"fournira", r"livrer",
        r"liefer\w*", r"suministr\w*", r"fornec\w*", r"fornire", r"fornitura", r"fornirà",
        r"assembl(?:e|es|ed|ing)", r"manufactur\w*", r"fabrique\w*", r"fabriquer",
        r"provid(?:e|es|ed|ing)", r"graver", r"gravera", r"gravée?s?", r"bereitstell\w*",
        r"fertig\w*", r"produzier\w*", r"fabricar\w*", r"fabricará", r"montará",
        r"produrr\w*", r"fabbricher\w*", r"gravé\w* par",
        # an order of goods from a supplier: "a commandé pour 5 milliards de serveurs à Dell"
        # and reaches its price across the goods (session 6: "a commandé à HPE des serveurs
        # équipés de puces ... pour environ 480 millions d'euros"), like a lease below
        r"command[ée]\w*(?= (?:pour|à|auprès|de)\b)(?:[^.;$€£]{0,100}?\spour)?",
        r"ordered(?:[^.;$€£]{0,100}?\sfor)?", r"placed an order(?:[^.;$€£]{0,100}?\sfor)?",
        r"bestellt\w*(?:[^.;$€£]{0,100}?\sfür)?", r"encarg\w*(?:[^.;$€£]{0,100}?\spor)?",
        # the passive with its agent: "les serveurs seront fournis par HPE" (session 6)
        r"fourni(?:e|s|es)? par", r"produit(?:e|s|es)? par", r"(?:supplied|produced) by",
        r"geliefert von", r"hergestellt von", r"(?:suministrad|fabricad)[oa]s? por",
        r"(?:fornecid|produzid)[oa]s? pel[oa]s?", r"(?:fornit|prodott)[oaie] da",
    )),
    ("compute_capacity", "event", (
        # "lease 10,000 servers ... back to Nvidia for $1.3 billion": the cue reaches its price
        r"(?:rent|rents|renting|rented|lease|leases|leasing|leased)"
        r"(?:[^.;$€£]{0,80}?\sfor)?",
        r"cloud (?:deal|contract)",
        r"accord de cloud", r"cloud agreement", r"contrat de location",
        # hosting servers or capacity for a customer (colocation)
        r"héberg(?:er|era|eront|e|ent|ement)", r"host(?:s|ed|ing)? (?:its|their|the|some|part)",
        r"lou(?:e|er|era|ent|é|ée)(?:[^.;$€£]{0,80}?\spour)?",
        r"miete\w*", r"mietet", r"anmiet\w*", r"vermiet\w*", r"alquil\w*",
        r"arrendamiento", r"arrendamento", r"alug\w*", r"affitt\w*", r"noleggi\w*", r"locazione",
    )),
    (None, "event", (
        r"deal", r"agreement", r"contract", r"pact", r"arrangement", r"accord", r"contrat",
        r"accords?-cadres?", r"contrats?-cadres?", r"framework (?:agreement|contract)",
        r"rahmenvertrag\w*", r"acuerdo marco", r"acordo-quadro", r"accordo quadro",
        r"vertrag", r"abkommen", r"vereinbarung", r"auftrag", r"acuerdo", r"contrato",
        r"apport(?:é|ée|és|ées|ait|era)", r"injected",
        r"acordo", r"accordo", r"contratto", r"sign(?:s|ed|ing)?", r"ink(?:s|ed)",
        r"struck", r"conclu\w*", r"sign[ée]\w*", r"unterzeichne\w*", r"firm[óa]\w*",
        r"assin\w*", r"firmato", r"commande", r"order", r"pedido", r"ordine", r"add-on",
        r"extension", r"expanded", r"élargi", r"apport", r"engag[ée]\w*", r"commit(?:s|ted)?",
        r"buy(?:s|ing)?", r"bought", r"purchase\w*", r"achat", r"acheter", r"pay(?:s|ing)?",
        r"paid", r"payer", r"versement",
        r"pledg(?:e|es|ed)(?= (?:up to |about |around |some |roughly |more than )?[$€£¥\d])",
        r"débours\w*", r"vers(?:é|ée|és|era|erait|ait|ant|er)",
        r"spend\w*", r"dépenser", r"consacrer",
        r"kauf\w*", r"compra\w*", r"comprar", r"acquist\w*", r"achet\w*", r"achats?",
        r"sold", r"sells?", r"selling", r"vend(?:u|ue|re|ra|rait)", r"purchase price",
        r"kaufpreis", r"prix d['’]achat", r"precio", r"preço", r"prezzo", r"entendu avec",
        r"s['’]entend\w*", r"verpflichtet", r"abnehm\w*", r"abzunehmen", r"zugesagt",
        r"pag(?:ó|ou|ará|ato|herà)",
        r"zahlt\w*", r"gezahlt", r"fechado", r"fechou", r"cerró", r"siglato", r"stipulato",
        r"bestell\w*", r"ordered", r"encarg\w*", r"ordin(?:a|ato|erà)", r"gebucht", r"bucht",
        r"booked", r"réservé\w*", r"reserv(?:ó|ou)", r"prenotat\w*",
    )),
    ("compute_capacity", "topic", (
        r"capacity", r"compute", r"computing power", r"computing capacity", r"cloud",
        r"data[- ]cent(?:er|re) capacity", r"gpu capacity", r"puissance de calcul",
        r"capacités? (?:de calcul|informatique)", r"informatique en nuage", r"nuage",
        r"rechenkapazität\w*", r"rechenleistung", r"kapazität\w*",
        r"capacidad de (?:cómputo|computación)",
        r"nube", r"capacidade (?:de computação|computacional)", r"nuvem",
        r"capacità di calcolo", r"potenza di calcolo", r"TPUs?", r"infrastructure",
    )),
    ("supply", "topic", (
        r"GPUs", r"chips", r"processors", r"accelerators", r"servers", r"equipment",
        r"puces", r"processeurs", r"accélérateurs", r"serveurs", r"équipements", r"Chips",
        r"Prozessoren", r"Server", r"chips", r"procesadores", r"servidores", r"processadores",
        r"processori", r"hardware", r"memory", r"mémoire", r"HBM",
    )),
    ("investment", "topic", (
        r"shares", r"stock", r"equity", r"actions", r"actionnaire", r"capital", r"Aktien",
        r"acciones", r"ações", r"azioni", r"valuation", r"valoris\w*", r"private placement",
        r"tranches?",
    )),
)

# Deal cues that make an amount a deal value when they are the nearest.
DEAL_VALUE_CUES = (
    *(f for _, _, frags in DEAL_CUES[:-3] for f in frags),
    r"worth", r"valued at", r"d['’]une valeur de", r"pour un montant de", r"d['’]un montant",
    r"im wert von", r"por valor de", r"no valor de", r"del valore di", r"capacity",
    r"puissance de calcul", r"capacités? (?:de calcul|informatiques?)", r"infrastructure",
    r"valer", r"valerá", r"vale", r"valdrá", r"valdría", r"vaudra", r"vaudrait", r"valoir",
    r"varrà", r"varrebbe", r"per un valore", r"pour une valeur", r"por un valor",
    r"por um valor", r"avaliad[oa] em", r"evaluad[oa] en", r"estimad[oa] em", r"stimat[oa] in",
    r"un importe de", r"por un importe", r"montant de", r"(?:le|du|ce) montant",
    r"montant (?:maximal|maximum|total|global|minimal|estimé) (?:de|d['’]environ)",
    r"ammontare di", r"Volumen von",
)
# Words by which a later sentence refers back to the deal just described.
CONTINUATION_CUES = (
    r"contract", r"deal", r"agreement", r"arrangement", r"add-on", r"extension", r"option",
    r"could (?:grow|rise|reach|expand)", r"relationship", r"package", r"partnership",
    r"contrat", r"accord", r"avenant", r"apport", r"partenariat", r"vertrag", r"vereinbarung",
    r"contrato", r"acuerdo", r"acordo", r"contratto", r"accordo", r"tranche",
    r"purchase price", r"kaufpreis", r"prix d['’]achat", r"precio", r"preço", r"prezzo",
    r"transaction", r"transaktion", r"opération", r"operación", r"operação", r"operazione",
    r"investition", r"investissement", r"investment", r"inversión", r"investimento",
    r"angebot", r"offer", r"offre", r"oferta", r"offerta", r"price", r"prix", r"preis",
)
SUBJECT_SKIP = r"(?:mais|but|however|yet|pourtant|toutefois|cependant|aber|pero|mas|ma|and|et)\s+"
# past participles a second verb of one subject opens with ("... and signed X")
SECOND_VERBS = (
    "signed", "agreed", "struck", "inked", "secured", "won", "landed", "sold", "bought",
    "acquired",
)
CLAUSE_BREAKS = (
    r";\s", r",\s+(?:and|while|whereas|but|et|mais|tandis que|tandis qu['’]|alors que|"
    r"alors qu['’]|und|aber|"
    r"während|y(?!\s+(?:a|avait|ont|aura|aurait|avaient)\s)|pero|mientras|e|mas|enquanto|ma|mentre)\b\s*",
    r",\s+(?:under which|in which|dans le cadre duquel|en vertu duquel|por el cual|pelo qual|"
    r"in base al quale|wonach)\b\s*",
    # "in a sale arranged by Morgan Stanley, months after it absorbed X": another event
    r",\s+(?:(?:\w+|a few|quelques)\s+)?(?:months|weeks|days|years|mois|semaines|jours|ans|"
    r"meses|semanas|días|dias|mesi|settimane|giorni|Monate|Wochen|Tage)\s+(?:after|before|"
    r"après|avant|después|antes|depois|dopo|prima|nachdem|bevor)\b\s*",
    # "ha siglato un accordo con Microsoft ... e ha ottenuto un prestito": a second verb
    r"\s+(?=and (?:(?:in|last|this|earlier|later|then|since)\s+(?:\w+\s+){0,2})?"
    r"(?:has|have|had|will|also)\s|et (?:a|ont|avait|va)\s|"
    r"und (?:hat|hatte|wird)\s|y (?:ha|han|había|\w+(?:ó|aron|ieron))\s|"
    r"e (?:ha|hanno|aveva|tem|têm|tinha|vai|\w+(?:ou|aram|eram))\s|"
    # session 8: the second verb of one subject, its auxiliary shared or reflexive ("has
    # raised $3.2 billion ... and signed X", "a déboursé ... et s'est engagé à reprendre")
    rf"and (?:{'|'.join(SECOND_VERBS)})\s|et (?:s['’]est|se sont|s['’]était)\s|"
    r"y se (?:ha|han)\s|e (?:si è|si sono|se)\s|und (?:sich|ist)\s)",
)

# Markers that name the counterparty of a "self" event (raising money): "led by", "auprès de".
SELF_MARKERS = (
    r"from", r"led by", r"backed by", r"including", r"auprès d", r"mené par", r"menée par",
    r"emmené par", r"apporté\w* par", r"souscrit\w* par", r"angeführt", r"unter führung",
    r"liderad[oa]", r"encabezad[oa]", r"guidat[oa] da", r"da parte di", r"with participation",
    r"participação", r"participación", r"partecipazione", r"participation",
)
# Demonstratives: "ce partenariat", "this deal" refer back to a deal already described.
DEMONSTRATIVES = (
    r"ce", r"cet", r"cette", r"ces", r"this", r"that", r"these", r"those", r"dieser",
    r"diese", r"dieses", r"diesem", r"este", r"esta", r"estos", r"esse", r"essa", r"questo",
    r"questa", r"such",
)
# Sentence openers that elaborate on the deal just described: no new deal in them.
ELABORATIONS = (
    r"under the (?:agreement|deal|contract|terms|arrangement)", r"as part of (?:the|that|this)",
    r"dans le cadre de (?:cet|l['’]|ce)", r"aux termes de", r"au titre de",
    r"im rahmen (?:der|des|dieser|dieses)", r"en el marco de", r"no âmbito d",
    r"nell['’]ambito d", r"selon les termes",
)
# fmt: on
