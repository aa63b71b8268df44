"""Word lists for finding organisations (six languages). Entries are regex fragments.

Kept apart from the code so that coverage grows by adding words, and so that the lists can
be reviewed at a glance. Case matters: head nouns are matched as written (both cases given
where a sentence may start with them).
"""

from __future__ import annotations

from veille.offline.firstnames import MORE_FIRST_NAMES
from veille.offline.orgheads import ORG_HEADS  # noqa: F401 - re-exported as lexicon.NAME
from veille.offline.placewords import CITIES, MORE_COUNTRIES

# fmt: off


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())

NATIONALITY_ADJECTIVES = (
    r"américaine?", r"français[e]?", r"allemande?", r"britannique", r"chinoise?",
    r"néerlandaise?", r"israélienne?", r"canadienne?", r"japonaise?", r"coréenne?",
    r"indienne?", r"suédoise?", r"suisse", r"espagnole?", r"italienne?", r"européenne?",
    r"parisienne?", r"californienne?", r"new-yorkaise?", r"texane?", r"émiratie?",
    r"estadounidense", r"francesa", r"alemana", r"china", r"española", r"británica",
    r"norte-americana", r"americana", r"brasileira", r"portuguesa", r"alemã", r"chinesa",
    r"statunitense", r"francese", r"tedesca", r"cinese", r"italiana", r"US-amerikanische",
    r"amerikanische", r"deutsche", r"französische", r"chinesische", r"Münchner", r"Berliner",
)
# Verbs and nouns whose object is an organisation: "acquire X", "rachat de X".
_GAP = r"(?:\S+ ){1,6}?"  # session 13: an amount before the target ("investi 25 M€ dans X")
ACQUIRE_OBJECT_CUES = (
    r"acquired?", r"acquires", r"acquiring", r"acquisition of", r"takeover of",
    r"buy(?:s|ing)? out", r"racheter", r"rachète", r"racheté", r"rachat de",
    r"l['’]acquisition de", r"acquérir", r"acquiert", r"übernimmt", r"übernehmen",
    r"Übernahme von", r"Übernahme des", r"kauft", r"erwirbt", r"adquirir", r"adquiere",
    r"adquirió", r"adquisición de", r"compra de", r"adquiriu", r"aquisição da", r"aquisição do",
    r"aquisição de", r"acquisire", r"acquisisce", r"ha acquisito", r"acquisizione di",
    r"acquisizione della", r"rilevare", r"led by", r"backed by", r"mené par", r"menée par",
    r"emmenée par", r"angeführt von", r"unter Führung von", r"liderada por", r"liderado por",
    r"encabezada por", r"guidato da", r"guidata da", r"investment from", r"investissement de",
    r"liderada pelo", r"liderado pelo", r"liderada pela", r"participação do", r"participação da",
    r"participación de", r"participation de", r"participation from", r"partecipazione di",
    r"controllata da", r"subsidiary of", r"filiale de", r"Tochter von", r"filial de",
    r"subsidiária da", r"subsidiária do", r"junto da", r"junto do", r"auprès de",
    r"guaranteed by", r"garanti\w* par", r"garantit[oa] da", r"garantizad[oa] por",
    r"garantid[oa] pel[oa]", r"abgesichert durch", r"verbürgt von",
    # the object of a purchase or an investment (session 3: "IBM has agreed to buy HashiCorp")
    r"to buy", r"buys", r"bought", r"purchase of", r"to purchase", r"stake in",
    # "une participation d'un peu moins de 3 % dans X": seven words (session 7; was five)
    r"participation (?:de |d['’])?(?:\S+ ){0,7}?dans", r"participación (?:\S+ ){0,7}?en",
    r"participação (?:\S+ ){0,7}?n[ao]", r"Beteiligung an",
    r"invest in", r"invests in", r"invested in", r"investment in", r"merger with",
    r"achète", r"acheter", r"investir dans", r"investit dans", r"investi dans",
    r"participation dans", r"au capital de",
    rf"investi {_GAP}dans", rf"investissement de {_GAP}dans", rf"invested {_GAP}in",
    rf"investment of {_GAP}in", rf"invirtió {_GAP}en", rf"investiu {_GAP}n[ao]",
    rf"investito {_GAP}in", rf"investiert {_GAP}in",
    r"buying", r"rachat d['’]", r"acquisition d['’]",  # session 7
    # session 8, second wave: present tenses and absorptions ("X rileva Y", "absorbing Y")
    r"rileva", r"rilevano", r"ha rilevato", r"absorbing", r"absorbs", r"absorbed", r"to absorb",
    r"absorbe", r"absorbé", r"absorber", r"compró", r"comprou", r"adquirió a", r"adquiriu a",
)
# "Fastweb, controllata da Swisscom": the name before such an apposition is an organisation.
APPOSITIVE_RELATIONS = (
    r"controllat[oa]", r"a subsidiary", r"a unit", r"filiale", r"une filiale", r"Tochter",
    r"eine Tochter", r"filial", r"subsidiária", r"detid[oa]", r"owned by", r"détenue?",
    r"propiedad de", r"backed by", r"soutenue? par", r"formerly known as", r"formerly",
    r"l['’]ex", r"ex", r"anciennement", r"ehemals", r"früher", r"antes", r"antiga",
    r"antigua", r"controlled by", r"majority-owned by", r"which owns", r"qui détient",
    r"which runs", r"which operates", r"which manages", r"qui exploite", r"qui gère",
    r"que posee", r"que detém", r"che detiene", r"die \w+ hält", r"dont \w+ est issue?",
    r"spun (?:out|off) (?:of|from)", r"issue? de", r"nata da", r"surgida de", r"ausgegründet aus",
    r"controlad[oa] (?:por|pel[oa])", r"detid[oa] (?:por|pel[oa])", r"propriedade d[aeo]",
    r"contrôlée? par", r"kontrolliert von",
    r"controlad[oa] por", r"propriété de",
    r"(?:(?:the|its|el|la|le|der|die|das|o|a|il|l['’]|une?|an?)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:\w*arm|bras|brazo|braço|braccio|unit|division|división|divisão|divisione|filiale|filial|\w*[Tt]ochter"
    r"|subsidiary|subsidiária|controllata|parent|maison mère|\w*[Mm]utterkonzern|matriz"
    r"|\w*[Aa]nbieter (?:der|des|von)|provider of|fournisseur de|proveedor de"
    r"|casa madre|spin-?off)\b",
)
# "Anaplan, un concurrent direct de Pigment, ...": an organisation named in passing inside
# an apposition (for deal parties only; not a context that makes the name an organisation).
PASSING_RELATIONS = (
    r"(?:(?:un|une|a|an|the|le|la|l['’]|its|son|sa|el|o|il|der|die|ein|eine)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:concurrent|rival|competitor|competidor|concorrente|Konkurrent"
    r"|Rivale)\w*",
    # "avec Humain, la société d'IA créée par le fonds souverain PIF": its founder
    r"(?:(?:la|le|l['’]|une?|a|an|the|el|o|il|der|die|das|eine?)\s*)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:créée?|fondée?|lancée?|founded|created|set up|launched|formed|creada|fundada|criada"
    r"|fondata|gegründet)\s+(?:par|by|por|pel[oa]|da|von)",
)
# Group words glued to a name: "Schwarz-Gruppe", "Tata-Konzern".
GROUP_SUFFIXES = (r"Gruppe", r"Konzern", r"Group", r"Holding")
LEGAL_SUFFIXES = (
    r"Inc\.?", r"Corp\.?", r"Corporation", r"Ltd\.?", r"Limited", r"LLC", r"PLC", r"plc",
    r"AG", r"SE", r"S\.A\.", r"SA", r"SAS", r"GmbH", r"S\.p\.A\.", r"SpA", r"N\.V\.",
    r"B\.V\.", r"Ltda\.?", r"S\.L\.", r"Co\.",
)
APPOSITIVE_OPENERS = (r"a", r"an", r"the", r"un", r"une", r"le", r"la", r"ein", r"eine",
                      r"einer", r"una", r"uno", r"um", r"uma", r"il", r"der", r"die", r"das",
                      r"el", r"o", r"l['’]", r"lo",
                      # possessives (session 7): "OpCore, sa société de centres de données"
                      r"sa", r"son", r"its", r"their", r"su", r"sua", r"seu", r"ihre", r"seine")
APPOSITIVE_HEADS = (
    r"start-?up", r"company", r"firm", r"provider", r"operator", r"maker", r"developer",
    r"specialist", r"supplier", r"designer", r"unicorn", r"fournisseur", r"société",
    r"entreprise", r"éditeur", r"fabricant", r"spécialiste", r"jeune pousse", r"licorne",
    r"Unternehmen", r"Anbieter", r"Hersteller", r"Start-?up", r"Firma", r"empresa",
    r"fornecedor", r"fornecedora", r"proveedor", r"proveedora", r"azienda", r"società",
    r"fornitore", r"compañía", r"companhia", r"unit", r"arm", r"division", r"subsidiary",
    r"affiliate", r"spin-?off", r"joint venture", r"coentreprise", r"empresa conjunta",
    r"bank", r"lender", r"fund", r"investor", r"asset manager", r"regulator", r"watchdog",
    r"agency", r"platform", r"banque", r"fonds", r"gestionnaire", r"régulateur", r"filiale",
    r"branche", r"Bank", r"Fonds", r"Behörde", r"Plattform", r"\w*[Aa]rm", r"\w*[Tt]ochter",
    r"\w*[Ss]parte", r"banco", r"fondo", r"gestora", r"regulador", r"filial", r"brazo",
    r"divisão", r"braço", r"fundo", r"órgão", r"operadora", r"banca", r"controllata",
    r"divisione", r"braccio", r"autorità", r"operatore", r"startup", r"scale-up", r"studio",
    r"lab", r"laboratory", r"laboratoire", r"laboratorio", r"cabinet", r"Kanzlei",
    r"law firm", r"studio legale", r"PME", r"ETI", r"SME", r"hébergeur", r"institut",
    r"institute", r"publisher", r"broadcaster", r"insurer", r"assureur", r"holding",
    r"vehicle", r"véhicule",
    # session 9, last wave: trades of the other languages ("Ebro Data, un operador de
    # centros de datos", "X, un opérateur de centres de données"); not the trades a person
    # holds too ("développeur", "sviluppatore")
    r"operador", r"opérateur", r"exploitant", r"Betreiber", r"fabricante", r"fabbricante",
    r"produttore", r"costruttore", r"distributeur", r"distribuidora?", r"distributore",
    r"intégrateur", r"integradora?", r"integratore", r"desarrolladora", r"desenvolvedora",
    # session 9: "Anaplan, un concurrent direct de Pigment", "Denso, l'équipementier
    # automobile du groupe", "Decagon, a rival, raised"
    # ("un assistant concurrent de ChatGPT" is a product: the rival word right after its
    # article only)
    r"(?<=un )concurrent", r"(?<=son )concurrent", r"(?<=a )rival", r"(?<=a )competitor",
    r"(?<=der )Konkurrent", r"(?<=un )competidor", r"(?<=un )concorrente",
    r"équipementier", r"constructeur", r"newspaper", r"quotidien", r"manufacturer",
    r"consultancy",
    r"fondation", r"foundation", r"fundación", r"fundação", r"fondazione",
    r"Stiftung", r"utility",
    # a rank in its industry (session 7): "EssilorLuxottica, le numéro un mondial de
    # l'optique", "Editis, numéro deux de l'édition"; a person's rank is "numéro deux du groupe"
    r"(?:numéro|número|numero|Nummer) (?:un|deux|trois|uno|dos|tres|um|dois|três|due|tre"
    r"|eins|zwei|drei|\d)(?! (?:du|de la|de l['’]|des|of the|del|da|do|della|der|des) "
    r"(?:groupe|gouvernement|parti|entreprise|société|company|group|grupo|gobierno|governo"
    r"|gruppo|Konzerns?|Regierung))",
)
# Heads of enumerations of organisations: "start-ups comme Manus ou encore Moltbook".
LIST_HEADS = (
    r"start-?ups? (?:comme|such as|like|telles que)", r"companies (?:such as|like|including)",
    r"sociétés (?:comme|telles que)", r"entreprises (?:comme|telles que)",
    r"Start-?ups wie", r"Unternehmen wie", r"empresas como", r"startups como",
    r"aziende come", r"società come", r"startup come", r"aux côtés de", r"alongside",
    r"along with", r"together with", r"junto a", r"junto con", r"insieme a", r"accanto a",
    r"neben", r"with participation from", r"with participation of",
)
# Product -> owner, for descriptors such as "the ChatGPT maker" or "le créateur de ChatGPT".
PRODUCTS = {
    "ChatGPT": "OpenAI", "GPT-4": "OpenAI", "GPT-5": "OpenAI", "Sora": "OpenAI",
    "Claude": "Anthropic", "Gemini": "Google", "Llama": "Meta", "Grok": "xAI",
    "Copilot": "Microsoft", "Le Chat": "Mistral AI", "Instagram": "Meta", "WhatsApp": "Meta",
    "YouTube": "Google", "Android": "Google", "iPhone": "Apple", "TikTok": "ByteDance",
    "DeepSeek-R1": "DeepSeek", "Qwen": "Alibaba", "Ernie": "Baidu",
}
DESCRIPTOR_ROLES_AFTER = (r"maker", r"developer", r"creator", r"owner", r"parent",
                          r"Entwickler", r"Hersteller", r"Betreiber", r"Mutterkonzern",
                          r"Mutter")
DESCRIPTOR_ROLES_BEFORE = (
    r"maker", r"developer", r"creator", r"owner", r"parent company", r"parent", r"éditeur",
    r"créateur", r"créatrice", r"concepteur", r"conceptrice", r"développeur", r"père",
    r"maison mère", r"propriétaire", r"inventeur", r"creador", r"creadora",
    r"desarrollador", r"desarrolladora", r"dueño", r"dueña", r"matriz", r"criador",
    r"criadora", r"dona", r"dono", r"desenvolvedora", r"desenvolvedor", r"creatore",
    r"creatrice", r"sviluppatore", r"sviluppatrice", r"proprietario", r"proprietaria",
    r"società madre", r"Entwickler", r"Hersteller", r"Betreiber", r"Mutterkonzern",
)
# Organisations enumerated after these heads: "fundos Davidson Kempner e Pioneer Point".
LIST_HEADS_PLURAL = (r"fundos", r"funds", r"fonds", r"fondos", r"fondi", r"investors",
                     r"investisseurs", r"investidores", r"inversores", r"Investoren",
                     r"banks", r"banques", r"bancos", r"Banken", r"banche")
# Words after an organisation that make it a hardware brand, not a party.
BRAND_FOLLOWERS = (
    r"[A-Z]{1,4}\d{2,4}\w*", r"Blackwell", r"Hopper", r"Vera Rubin", r"Rubin", r"Grace",
    r"Instinct", r"Gaudi", r"Xeon", r"EPYC", r"RTX", r"GeForce", r"TPUs?", r"Trainium",
    r"Inferentia", r"Maia", r"Snapdragon", r"chips?", r"GPUs?", r"processors?",
    r"accelerators?", r"hardware", r"systems", r"servers", r"based", r"powered",
    r"designed", r"NVLink", r"CUDA", r"graphics", r"silicon",
)
BRAND_PRECEDERS = (r"GPUs?", r"puces", r"chips", r"processeurs", r"cartes", r"systèmes",
                   r"plateforme")
# "GPU de Nvidia", "chips H200 de Nvidia", "processori di Nvidia": a brand too.
BRAND_PRODUCTS = (r"GPUs?", r"TPUs?", r"puces", r"chips?", r"Chips", r"processeurs", r"processori",
                  r"processadores", r"procesadores", r"Prozessoren", r"accélérateurs",
                  r"aceleradores", r"acceleratori", r"Beschleuniger", r"serveurs", r"servidores",
                  r"server", r"Server", r"systèmes", r"sistemas", r"sistemi", r"Systeme",
                  r"modules?", r"módulos", r"moduli", r"Module[n]?", r"cartes", r"cards")
# A purchase just before the product makes the brand the supplier ("buy 16,000 Nvidia
# accelerators", "comprar unos 4.000 chips H200 de Nvidia").
PURCHASE_BEFORE_BRAND = (r"buy", r"buys", r"buying", r"bought", r"purchase", r"purchases",
                         r"order", r"ordered", r"acheter", r"achète", r"acheté", r"commandé",
                         r"kaufen", r"kauft", r"gekauft", r"bestellt", r"comprar", r"compra",
                         r"compró", r"comprou", r"acquistare", r"acquista", r"acquistato")
# Capitalised words that start sentences or name things that are not organisations.
NOT_NAMES = _words(
    """The A An This That These Those It Its Their His Her Our We They He She I You In On At
    For With From By Of And Or But As If When While After Before Since Under Over Into
    Le La Les L Un Une Des Du De Ce Cet Cette Ces Il Elle Ils Elles Son Sa Ses Leur Leurs En
    Au Aux Pour Par Sur Dans Avec Selon Après Avant Depuis Mais Et Ou Dont Qui Que
    Der Die Das Ein Eine Einer Den Dem Des Im Am Zum Zur Und Oder Mit Von Für Nach Bei
    El Los Las Lo Una Unos Del Al Con Por Para Según Y O Os As Um Uma Do Da Dos Das No Na
    Nos Nas Pelo Pela Com Segundo Gli Lo Della Dello Nel Nella Per Secondo Con
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December lundi mardi mercredi jeudi
    vendredi samedi dimanche Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag
    AI IA KI GPU GPUs CPU TPU TPUs CEO CFO CTO COO PDG DG Chief Founder President Director
    Inc Corp Ltd Group Holdings Co LLC US USA UK EU UE Europe America Asia Africa
    Series Série Serie Round Tranche Phase Class Q1 Q2 Q3 Q4 H1 H2 Mr Mrs Ms Dr
    Nasdaq Wall Street Silicon Valley Bourse Big Tech South North East West Middle
    Además Asimismo También Também Ainda Inoltre Tuttavia Intanto Zudem Außerdem Auch Zugleich
    Furthermore Moreover Meanwhile Separately However Elsewhere Also Ainsi Ensuite Enfin
    Désormais Toutefois Cependant Pourtant Parallèlement Parallelamente Entretanto Mientras
    Sin Por Además, Dennoch Allerdings Bislang Zuletzt Insgesamt
    Rival Rivals Competitor Competitors Challenger Concurrent Concurrents Rivale Konkurrent
    Angaben Markt Banken Behörden Unternehmenskreisen Investorenkreisen Finanzkreisen
    Branchenkreisen Verhandlungskreisen Insiderkreisen"""
)
TRAILING_NOISE = frozenset({"AI's", "Inc", "Corp", "said", "says"})
# Lower-case words that precede an appositive without being a (lower-case) brand name.
LOWER_WORDS = _words(
    """the this that these those it its them they there here which who whom what whose one
    ones other others another each both all some many most several such itself themselves
    investors banks lenders companies firms groups clients customers partners rivals
    competitors suppliers operators providers funds startups start-ups users shareholders
    le la les lui elle elles eux ceux celle celui cela ceci tout tous toutes autres certains
    plusieurs investisseurs banques prêteurs sociétés entreprises groupes clients partenaires
    concurrents fournisseurs opérateurs fonds actionnaires example exemple instance ailleurs
    plus also too now then today yesterday year years ans année mois month months week
    der die das den dem des ein eine el los las una unos o os um uma il lo gli"""
)
# Two-letter words an acquisition verb may precede ("bought in, ..."): no brand (session 7).
SHORT_WORDS = _words("up in on us me en un so as at to of by de da do di el la le lo il es et ou")
FIRST_NAMES = _words(
    """Sam Jensen Satya Sundar Mark Elon Tim Andy Larry Sergey Jeff Bill Steve Lisa Pat
    Arthur Daniel Michael Mike David John James Robert Thomas Peter Paul Richard Charles
    Kevin Brian Brad Greg Dario Daniela Demis Mustafa Ilya Mira Alexandr Aravind Arkady Amy
    Safra Jean Pierre Marie Anne Nicolas Emmanuel Xavier Bruno Thierry François Olivier
    Philippe Laurent Julien Antoine Guillaume Christophe Stéphane Jacques Roger Krishna
    Lip-Bu Masayoshi Son Rene Ren Jack Pony Robin Eric Marc Reid Vinod Marc Chris Matt
    Josh Joe Jim Tom Dan Ben Sarah Susan Jennifer Emily Laura Anna Hans Klaus Jürgen Stefan
    Wolfgang Andreas Carlos José Juan Luis Javier Miguel Pedro João Paulo Luca Marco Giuseppe
    Giovanni Francesco Alessandro Matteo Andrea Gianluca Alexandre Alex Alexander Oliver
    Sebastian Martin Frank Christian Markus Michel Patrick Vincent Yann Fidji Clara Sophie
    Roberto Antonio Mario Paolo Stefano Alberto Fabio Massimo Claudio Carlo Angelo Sergio
    Luigi Franco Enrico Fernando Manuel Rafael Jorge Alejandro Pablo Diego Ricardo Eduardo
    Fernanda Ana Beatriz Isabel Carmen Lucía Gabriel Rodrigo André Tiago Rui Nuno Hugo
    Matthias Tobias Florian Jan Lars Ralf Uwe Dirk Heinz Karl Friedrich Christoph
    Xi Li Wang Zhang Liu Chen Masa Hiroshi Takeshi Akio Lee Kim Park Reed
    Brendan Alexis Colette Ruth Sheryl Marissa Arvind Rajeev Mukesh Nandan
    Gautam Ratan Natarajan Nikesh Charles Henri Louis Arnaud Bernard Gérard Alain
    """
) | MORE_FIRST_NAMES
PLACES = _words(
    """Amsterdam Paris London Londres Berlin Munich München Frankfurt Francfort Madrid
    Barcelona Barcelone Lisbon Lisbonne Lisboa Rome Roma Milan Milano Tokyo Seoul Séoul
    Beijing Pékin Shanghai Shenzhen Taipei Singapore Singapour Dubai Dubaï Riyadh Riyad
    Abu Dhabi Doha Sydney Toronto Montreal Montréal Vancouver Dallas Austin Texas Seattle
    Boston Chicago Atlanta Phoenix Denver California Californie Virginia Virginie Ohio Oregon
    Arizona Nevada Utah Iowa Georgia Louisiana Wisconsin Wyoming Jersey York France
    Germany Allemagne Deutschland Spain Espagne España Italy Italie Italia Portugal Brazil
    Brésil Brasil China Chine Japan Japon India Inde Korea Corée Taiwan Israel Israël
    Canada Mexico Europe Asia Africa Norway Norvège Sweden Suède Finland Netherlands
    Pays-Bas Switzerland Suisse Belgium Belgique Austria Ireland Irlande Poland Pologne
    Texas Washington Vineland Childress Abilene Mountain View Santa Clara Menlo Park
    Redmond Cupertino Palo Alto San Francisco Nouvelle-Zélande Emirates Saudi Arabia
    Alabama Alaska Arkansas Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
    Indiana Kansas Kentucky Maine Maryland Massachusetts Michigan Minnesota Mississippi
    Missouri Montana Nebraska Hampshire Mexico Carolina Dakota Oklahoma Pennsylvania Rhode
    Tennessee Vermont Louisiane Floride Géorgie Caroline Essex Kent Surrey Sussex Yorkshire
    Lancashire Cheshire Hertfordshire Berkshire Oxfordshire Cambridgeshire Midlands
    Cornwall Devon Northumberland"""
) | CITIES | {"San Francisco", "New York", "New Jersey", "Silicon Valley", "Mountain View",
     "Santa Clara", "Palo Alto", "Abu Dhabi", "Hong Kong", "Saudi Arabia", "Los Angeles"}
# Countries beyond PLACES and orgwords.REGIONS, in their English, French and Spanish forms:
# "president of Venezuela" names no organisation (session 7, `orgcues`).
COUNTRIES = _words(
    """Venezuela Iran Iraq Irak Syria Syrie Siria Cuba Pakistan Bangladesh Nepal Ecuador Équateur
    Bolivia Bolivie Paraguay Uruguay Kazakhstan Uzbekistan Serbia Serbie Hungary Hongrie Hungría
    Romania Roumanie Rumanía Bulgaria Bulgarie Croatia Croatie Croacia Slovakia Slovaquie
    Czechia Tchéquie Estonia Estonie Latvia Lettonie Lithuania Lituanie Slovenia Slovénie Ghana
    Ethiopia Éthiopie Etiopía Algeria Algérie Argelia Tunisia Tunisie Túnez Libya Libye Libia
    Lebanon Liban Líbano Jordan Jordanie Jordania Kuwait Koweït Bahrain Bahreïn Oman Yemen
    Yémen Afghanistan Mongolia Mongolie Myanmar Cambodia Cambodge Laos Sénégal Senegal Cameroun
    Cameroon Camerún Angola Mozambique Zambia Zimbabwe Tanzania Tanzanie Uganda Ouganda Rwanda
    Venezuela Colombie Pérou Chili Argentine Brésil Mexique Guatemala Honduras Nicaragua Panama
    Panamá Haiti Haïti Jamaica Jamaïque Georgia Géorgie Armenia Arménie Azerbaijan Azerbaïdjan
    Belarus Biélorussie Moldova Moldavie Albania Albanie Kosovo Montenegro Macedonia Cyprus
    Chypre Chipre Malta Malte Luxembourg Luxemburgo Iceland Islande Islandia Greenland Russie
    Rusia Ukraine Ucrania Turquie Turquía Égypte Egipto Israël Palestine Palestina Gaza
    Sudan Soudan Somalia Somalie Libéria Liberia Mali Niger Tchad Chad Qatar Catar Arabie"""
) | MORE_COUNTRIES
# fmt: on
