"""Word lists of `orgcues` (session 7): offices, people's and things' nouns, trades and heads
that introduce an organisation the gazetteer does not know. Entries are regex fragments; case
matters unless both cases are given.
"""

from __future__ import annotations

import re

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
OFFICE_LINKS = r"(?:of|de|d['’]|von|di|da|do|del|della|dell['’])"
# "Senior Vice President of Sales for Dräger", "vice president of Advanced Development
# Programs at Blue Origin": a deputy's office names a department; so does a name followed by
# its organisation ("at", "for") or cut short ("president of Chapter & Verse").
NOT_DEPUTY = r"(?<![Vv]ice )(?<![Dd]eputy )(?<![Ss]enior )(?<![Aa]ssistant )(?<!Executive )"
DEPARTMENT_AFTER = re.compile(r"\s*&|\s+(?:at|for|chez|bei|presso|pour)\s")

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
    r"secr[ée]t\w*", r"segretari\w*", r"vice\w*", r"porte-parole", r"portavo\w*", r"porta-voz",
    r"conseill\w*", r"consejer\w*", r"commissaire", r"comisari\w*", r"commissari\w*",
    r"procureur\w*", r"senador\w*", r"senatore", r"diputad\w*", r"deputad\w*", r"alcalde",
    r"sindac\w*", r"prefeit\w*", r"gobernador\w*", r"governador\w*", r"governator\w*",
    r"mandatari\w*", r"l[íi]der\w*", r"leader\w*", r"magnat\w*", r"représentant\w*",
    r"négociat\w*", r"responsable\w*", r"romancier\w*", r"réalisat\w*", r"cinéaste\w*",
    r"photographe\w*", r"cycliste\w*", r"footballeu\w*", r"tennis\w*", r"émissaire\w*",
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
ARTICLES = (
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
CHAIN_LINKS = r"(?:de|d['’]|di|des)"
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
LOWER_PREFIXES = (
    r"co", r"re", r"self", r"non", r"pre", r"post", r"well", r"anti", r"multi", r"cross",
    r"high", r"low", r"long", r"short", r"state", r"e", r"ex", r"mid", r"semi", r"sub",
    r"full", r"part", r"large", r"small", r"fast", r"start", r"end", r"top", r"front",
)
# "la start-up new-yorkaise", "la empresa costarricense": a hyphenated place's adjective
# after a head noun is no lower-case brand (session 7, second wave)
PLACE_ADJECTIVE = (
    r"[a-z]+-[a-z]+(?:ais|aise|ain|aine|ien|ienne|ois|oise|ense|ese|ano|ana|ino|ina|ische?[nrs]?)"
    r"s?(?![\w.-])"
)
FOUNDED = (
    r"Founded", r"Fondée?", r"Créée?", r"Fundad[ao]", r"Criad[ao]", r"Fondat[ao]", r"Nata",
    r"Gegründet",
)
# "shares of Kelvora rose", "l'action Kelvora a bondi"
SHARES = (
    r"[Ss]hares (?:of|in)", r"[Ll]['’]action", r"[Ll]as? acci(?:ón|ones) de",
    r"[Aa]s? aç(?:ão|ões) d[ao]", r"[Ll]e azioni di", r"[Ll]['’]azione", r"[Dd]ie Aktien? von",
)
# "signs Grab as anchor tenant", "The first customer is Grab."
ROLES = r"(?:customer|client|tenant|user|buyer|licensee)"
FIRST_CUSTOMER = (
    r"(?:[Tt]he|[Ii]ts) (?:first|largest|biggest|main|anchor|launch) (?:customer|client|tenant)"
    r" (?:is|was|will be)",
    r"[Ll]e premier client (?:est|sera)", r"[Ee]l primer cliente (?:es|será)",
    r"[Oo] primeiro cliente (?:é|será)", r"[Ii]l primo cliente (?:è|sarà)",
    r"[Dd]er erste Kunde (?:ist|wird)",
    # session 11: "Erster Großkunde ist Continental.", "Il suo principale cliente è X, che"
    r"(?:[Dd]er )?[Ee]rste[rn]? (?:Groß|Anker|Haupt)?[Kk]unde (?:ist|war|wird)",
    r"(?:[Ss]on|[Ll]e) (?:premier|principal|plus gros) client (?:est|était|sera)",
    r"[Ss]u (?:primer|principal|mayor) cliente (?:es|era|será)",
    r"[Ss]eu (?:primeiro|principal|maior) cliente (?:é|era|será)",
    r"[Ii]l (?:suo )?(?:primo|principale|maggiore) cliente (?:è|era|sarà)",
)
# fmt: on
