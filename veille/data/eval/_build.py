import json
A = []  # (url, title, source, date, text, gold)
def add(slug, title, source, date, paragraphs, orgs, amounts, deals):
    url = f"https://veille.example/eval/{slug}"
    A.append(({"url": url, "title": title, "source": source, "published_at": date,
               "text": "\n\n".join(paragraphs)},
              {"url": url, "orgs": [{"name": n, "aliases": al} for n, al in orgs],
               "amounts": amounts, "deals": deals}))
def v(x, c, q=None):
    d = {"value": x, "currency": c}
    if q: d["qualifier"] = q
    return d
def r(lo, hi, c): return {"min": lo, "max": hi, "currency": c}
def deal(parties, amounts, c, t): return {"parties": parties, "amounts": amounts, "currency": c if amounts else None, "type": t}

add("en/anthropic-azure-30bn", "Anthropic signs $30bn Azure compute pact with Microsoft and Nvidia", "The Compute Desk", "2025-11-18", [
 "Anthropic has committed to purchase $30 billion of Azure compute capacity from Microsoft, the AI developer said on Tuesday, in a three-way arrangement that also brings Nvidia in as an investor.",
 "Under the terms, Nvidia will invest up to $10 billion in Anthropic and Microsoft up to $5 billion. The Claude maker will initially contract up to one gigawatt of compute built on Nvidia Grace Blackwell and Vera Rubin systems.",
 "The deal deepens a web of circular commitments. Anthropic, which was valued at $183 billion in September, also relies on Amazon Web Services and Google for its infrastructure; Google alone has agreed to supply up to one million TPUs.",
 "Microsoft shares rose 1.2% to $512.40 in New York. Analysts at Morgan Stanley estimated that the software group's AI-related capital expenditure will exceed $80 billion this fiscal year."],
 [("Anthropic", []), ("Microsoft", ["Azure"]), ("NVIDIA", ["Nvidia"]), ("Amazon Web Services", []), ("Google", []), ("Morgan Stanley", [])],
 [v(30e9, "USD"), v(10e9, "USD", "up_to"), v(5e9, "USD", "up_to"), v(183e9, "USD"), v(512.40, "USD"), v(80e9, "USD", "more_than")],
 [deal(["Anthropic", "Microsoft"], [30e9], "USD", "compute_capacity"), deal(["Anthropic", "NVIDIA"], [10e9], "USD", "investment"),
  deal(["Anthropic", "Microsoft"], [5e9], "USD", "investment"), deal(["Anthropic", "Google"], [], None, "compute_capacity")])

add("en/kinetra-series-c", "Robotics start-up Kinetra raises $1.1bn led by SoftBank", "Wafer & Wire", "2025-10-02", [
 "Kinetra Robotics, a San Francisco developer of humanoid robots, has raised $1.1 billion in a Series C round led by SoftBank, with participation from Nvidia and Thrive Capital, valuing the company at between $9 billion and $10 billion.",
 "The start-up said the money would fund the construction of a factory in Texas able to produce 20,000 robots a year. It generated revenue of less than $50 million last year.",
 "Kinetra also agreed to acquire Loomis Dynamics, a Boston maker of robotic hands, for about $140 million in cash and stock. The acquisition is expected to close in the first quarter.",
 "Separately, Kinetra signed a licensing agreement with OpenAI to use its GPT-5 models in its robots; financial terms were not disclosed."],
 [("Kinetra Robotics", ["Kinetra"]), ("SoftBank", []), ("NVIDIA", ["Nvidia"]), ("Thrive Capital", []), ("Loomis Dynamics", []), ("OpenAI", [])],
 [v(1.1e9, "USD"), r(9e9, 10e9, "USD"), v(50e6, "USD", "less_than"), v(140e6, "USD", "about")],
 [deal(["Kinetra Robotics", "NVIDIA", "SoftBank", "Thrive Capital"], [1.1e9], "USD", "investment"),
  deal(["Kinetra Robotics", "Loomis Dynamics"], [140e6], "USD", "acquisition"),
  deal(["Kinetra Robotics", "OpenAI"], [], None, "licensing")])

add("en/xai-colossus-loan", "xAI lines up $12.5bn of debt to buy Nvidia chips for Colossus 2", "Silicon Ledger", "2025-10-08", [
 "Elon Musk's xAI has secured a $12.5 billion loan from a group of banks led by Morgan Stanley to finance the purchase of Nvidia processors for its Colossus 2 supercomputer in Memphis, according to people familiar with the matter.",
 "The vehicle will buy roughly 300,000 GB200 chips from Nvidia and lease them to xAI over five years. Nvidia itself will invest up to $2 billion in xAI as part of the arrangement.",
 "The facility, which will draw about 1.2 GW, is among the largest private computing projects in the United States. xAI, which is also raising fresh equity, was last valued at around $200 billion.",
 "Dell Technologies and Super Micro Computer are expected to supply the servers; Dell alone has a contract worth $5bn."],
 [("xAI", []), ("Morgan Stanley", []), ("NVIDIA", ["Nvidia"]), ("Dell", ["Dell Technologies"]), ("Super Micro Computer", [])],
 [v(12.5e9, "USD"), v(2e9, "USD", "up_to"), v(200e9, "USD", "about"), v(5e9, "USD")],
 [deal(["Morgan Stanley", "xAI"], [12.5e9], "USD", "financing"), deal(["NVIDIA", "xAI"], [], None, "supply"),
  deal(["NVIDIA", "xAI"], [2e9], "USD", "investment"), deal(["Dell", "xAI"], [5e9], "USD", "supply"),
  deal(["Super Micro Computer", "xAI"], [], None, "supply")])

add("fr/mistral-campus-essonne", "Mistral AI s'offre un campus de calcul de 1,4 GW avec le soutien de Bpifrance", "La Gazette Numérique", "2025-11-10", [
 "Mistral AI a annoncé lundi la construction d'un campus de centres de données en Essonne, un projet évalué entre 8 et 10 milliards d'euros. La start-up parisienne s'appuiera sur la société Fluxwatt, un producteur d'électricité renouvelable, qui fournira jusqu'à 1,4 GW de capacité.",
 "Le financement sera assuré en partie par Bpifrance, qui apportera 500 millions d'euros en fonds propres, et par un prêt de 2,5 milliards d'euros accordé par BNP Paribas et Crédit Agricole.",
 "Mistral AI a par ailleurs signé un accord de licence avec Orange, qui intégrera ses modèles dans ses offres destinées aux entreprises. Le montant n'a pas été communiqué.",
 "Valorisée 11,7 milliards d'euros lors de sa dernière levée de fonds, la société revendique un chiffre d'affaires annualisé de plus de 300 millions d'euros, en hausse de 35 %."],
 [("Mistral AI", []), ("Fluxwatt", []), ("Bpifrance", []), ("BNP Paribas", []), ("Crédit Agricole", []), ("Orange", [])],
 [r(8e9, 10e9, "EUR"), v(500e6, "EUR"), v(2.5e9, "EUR"), v(11.7e9, "EUR"), v(300e6, "EUR", "more_than")],
 [deal(["Fluxwatt", "Mistral AI"], [], None, "supply"), deal(["Bpifrance", "Mistral AI"], [500e6], "EUR", "investment"),
  deal(["BNP Paribas", "Crédit Agricole", "Mistral AI"], [2.5e9], "EUR", "financing"), deal(["Mistral AI", "Orange"], [], None, "licensing")])

add("fr/nscale-openai-narvik", "Nscale décroche un contrat de 6 milliards de dollars avec OpenAI en Norvège", "Les Cahiers du Cloud", "2025-09-30", [
 "Le néocloud britannique Nscale a signé avec OpenAI un contrat de location de capacités de calcul d'une valeur d'environ 6 milliards de dollars sur cinq ans, selon le Financial Times. Les serveurs, équipés de 100 000 puces Nvidia, seront installés dans un centre de données près de Narvik.",
 "Pour financer ce déploiement, l'entreprise a levé 1,1 milliard de dollars auprès d'un consortium mené par Aker et Nokia. Elle prévoit aussi d'emprunter jusqu'à 3 milliards de dollars.",
 "Dans la foulée, Nscale a confirmé le rachat de la start-up Koyeb, spécialiste du déploiement de modèles, pour un montant non divulgué.",
 "OpenAI, qui revendique 800 millions d'utilisateurs hebdomadaires de ChatGPT, multiplie ces engagements : la société a déjà promis plus de 1 000 milliards de dollars de dépenses d'infrastructure."],
 [("Nscale", []), ("OpenAI", []), ("Financial Times", []), ("NVIDIA", ["Nvidia"]), ("Aker", []), ("Nokia", []), ("Koyeb", [])],
 [v(6e9, "USD", "about"), v(1.1e9, "USD"), v(3e9, "USD", "up_to"), v(1e12, "USD", "more_than")],
 [deal(["Nscale", "OpenAI"], [6e9], "USD", "compute_capacity"), deal(["Aker", "Nokia", "Nscale"], [1.1e9], "USD", "investment"),
  deal(["Koyeb", "Nscale"], [], None, "acquisition")])

add("fr/iliad-centres-de-donnees", "Iliad investira jusqu'à 3 milliards d'euros dans l'IA", "Le Journal de l'IA", "2025-10-20", [
 "Le groupe Iliad, maison mère de Free, prévoit d'investir de 2,5 à 3 milliards d'euros d'ici 2028 dans ses centres de données, a indiqué lundi son fondateur Xavier Niel. Sa filiale OpenCore exploite déjà 5 000 GPU Nvidia.",
 "Iliad a par ailleurs conclu un partenariat avec Mistral AI, dont il est actionnaire, pour proposer l'assistant Le Chat aux abonnés de Free. Le groupe avait investi 200 millions d'euros dans la start-up en 2024.",
 "L'opérateur a aussi acheté pour 150 millions d'euros de processeurs à AMD. Au premier semestre, son chiffre d'affaires a progressé de 6 % à 5,1 milliards d'euros, pour un résultat net de 310 millions d'euros."],
 [("Iliad", ["Free"]), ("OpenCore", []), ("NVIDIA", ["Nvidia"]), ("Mistral AI", []), ("AMD", [])],
 [r(2.5e9, 3e9, "EUR"), v(200e6, "EUR"), v(150e6, "EUR"), v(5.1e9, "EUR"), v(310e6, "EUR")],
 [deal(["Iliad", "Mistral AI"], [], None, "partnership"), deal(["Iliad", "Mistral AI"], [200e6], "EUR", "investment"),
  deal(["AMD", "Iliad"], [150e6], "EUR", "supply")])

add("de/telekom-nvidia-ki-fabrik", "Deutsche Telekom und Nvidia bauen KI-Fabrik für eine Milliarde Euro", "Rechenzentrum Aktuell", "2025-11-04", [
 "Die Deutsche Telekom errichtet gemeinsam mit Nvidia in München ein Rechenzentrum für künstliche Intelligenz. Die Investition beläuft sich auf rund 1 Mrd. Euro, wie beide Unternehmen am Dienstag mitteilten. Die Anlage soll mit bis zu 10.000 Blackwell-Chips ausgestattet werden und eine Leistung von 12 MW haben.",
 "Als erster Großkunde hat der Softwarekonzern SAP einen Vertrag über Rechenkapazität im Wert von 250 Mio. Euro unterzeichnet. Auch das Münchner Start-up Tensorix will die Kapazitäten nutzen.",
 "Die Telekom-Aktie stieg um 2,1 % auf 31,45 Euro. Der Konzern erwartet für das laufende Jahr einen Umsatz zwischen 117 und 119 Milliarden Euro."],
 [("Deutsche Telekom", ["Telekom"]), ("NVIDIA", ["Nvidia"]), ("SAP", []), ("Tensorix", [])],
 [v(1e9, "EUR", "about"), v(250e6, "EUR"), v(31.45, "EUR"), r(117e9, 119e9, "EUR")],
 [deal(["Deutsche Telekom", "NVIDIA"], [1e9], "EUR", "partnership"), deal(["Deutsche Telekom", "SAP"], [250e6], "EUR", "compute_capacity")])

add("de/schwarz-aleph-alpha", "Schwarz-Gruppe übernimmt Aleph Alpha", "Handelsblatt Digital", "2025-12-01", [
 "Die Schwarz-Gruppe, Mutterkonzern von Lidl und Kaufland, übernimmt das Heidelberger KI-Unternehmen Aleph Alpha. Der Kaufpreis liegt nach Angaben aus Finanzkreisen bei rund 450 Mio. Euro.",
 "Aleph Alpha hatte 2023 in einer Finanzierungsrunde unter Führung von Bosch und SAP mehr als 500 Mio. US-Dollar eingesammelt. Zuletzt arbeitete das Start-up mit dem IT-Dienstleister Stackit, einer Tochter der Schwarz-Gruppe, zusammen.",
 "Die Schwarz-Gruppe will in den kommenden Jahren bis zu 11 Mrd. Euro in Rechenzentren investieren. Der Umsatz der Gruppe lag zuletzt bei 167,2 Milliarden Euro."],
 [("Schwarz-Gruppe", []), ("Lidl", []), ("Kaufland", []), ("Aleph Alpha", []), ("Bosch", []), ("SAP", []), ("Stackit", [])],
 [v(450e6, "EUR", "about"), v(500e6, "USD", "more_than"), v(11e9, "EUR", "up_to"), v(167.2e9, "EUR")],
 [deal(["Aleph Alpha", "Schwarz-Gruppe"], [450e6], "EUR", "acquisition"), deal(["Aleph Alpha", "Bosch", "SAP"], [500e6], "USD", "investment"),
  deal(["Aleph Alpha", "Stackit"], [], None, "partnership")])

add("es/telefonica-microsoft-azure", "Telefónica y Microsoft amplían su alianza en inteligencia artificial", "Cinco Días Tech", "2025-10-14", [
 "Telefónica ha firmado con Microsoft un acuerdo para desplegar la nube Azure en sus centros de datos de Madrid y Barcelona, en una operación valorada en unos 1.200 millones de euros a cinco años. La operadora pagará a Microsoft por el acceso a capacidad de cómputo con GPU de Nvidia.",
 "Además, Telefónica Tech invertirá 300 millones de dólares en la startup española Lexara, especializada en modelos de lenguaje para la banca, con lo que tomará el 25 % de su capital. Santander y BBVA ya son clientes de Lexara.",
 "Las acciones de la compañía subieron un 1,8 %, hasta 4,62 euros. Telefónica prevé unas inversiones de entre 1.500 y 2.000 millones de euros en infraestructura digital este año."],
 [("Telefónica", ["Telefónica Tech"]), ("Microsoft", ["Azure"]), ("NVIDIA", ["Nvidia"]), ("Lexara", []), ("Santander", []), ("BBVA", [])],
 [v(1.2e9, "EUR", "about"), v(300e6, "USD"), v(4.62, "EUR"), r(1.5e9, 2e9, "EUR")],
 [deal(["Microsoft", "Telefónica"], [1.2e9], "EUR", "compute_capacity"), deal(["Lexara", "Telefónica"], [300e6], "USD", "investment")])

add("es/oracle-region-madrid", "Oracle abrirá una región de nube en Madrid con 1.000 millones de dólares", "El Diario del Dato", "2025-09-16", [
 "Oracle invertirá más de 1.000 millones de dólares en los próximos diez años para ampliar su capacidad de nube en España, según anunció la compañía este martes. El proyecto incluye un nuevo centro de datos en Madrid con una potencia de 60 MW.",
 "Como parte del plan, Oracle ha cerrado un contrato de suministro de energía renovable con Iberdrola por 200 millones de euros. El BBVA será el primer cliente de la nueva región: el banco ha firmado un acuerdo de cinco años para migrar parte de sus sistemas, cuyo importe no ha trascendido.",
 "Oracle, que cotiza en la Bolsa de Nueva York, registró unos ingresos de 14.900 millones de dólares en su último trimestre fiscal."],
 [("Oracle", []), ("Iberdrola", []), ("BBVA", []), ("New York Stock Exchange", ["Bolsa de Nueva York"])],
 [v(1e9, "USD", "more_than"), v(200e6, "EUR"), v(14.9e9, "USD")],
 [deal(["Iberdrola", "Oracle"], [200e6], "EUR", "supply"), deal(["BBVA", "Oracle"], [], None, "compute_capacity")])

add("pt/tupa-cloud-rodada", "Startup brasileira Tupã Cloud capta R$ 900 milhões", "Valor Tech", "2025-11-12", [
 "A startup brasileira Tupã Cloud, que aluga capacidade de GPU para empresas de inteligência artificial, captou R$ 900 milhões numa rodada liderada pelo fundo Kaszek, com participação do Itaú Unibanco. A operação avalia a empresa em cerca de R$ 4 bilhões.",
 "Com os recursos, a Tupã Cloud vai comprar 8.000 chips H200 da Nvidia e ampliar o seu centro de dados em Campinas, que terá 40 MW. A empresa também fechou um contrato de US$ 120 milhões com a Totvs, que vai usar a capacidade para treinar modelos de linguagem em português.",
 "A Tupã Cloud faturou R$ 85 milhões em 2024 e prevê receita entre R$ 300 milhões e R$ 350 milhões neste ano."],
 [("Tupã Cloud", []), ("Kaszek", []), ("Itaú Unibanco", []), ("NVIDIA", ["Nvidia"]), ("Totvs", [])],
 [v(900e6, "BRL"), v(4e9, "BRL", "about"), v(120e6, "USD"), v(85e6, "BRL"), r(300e6, 350e6, "BRL")],
 [deal(["Itaú Unibanco", "Kaszek", "Tupã Cloud"], [900e6], "BRL", "investment"), deal(["NVIDIA", "Tupã Cloud"], [], None, "supply"),
  deal(["Totvs", "Tupã Cloud"], [120e6], "USD", "compute_capacity")])

add("pt/microsoft-sines", "Microsoft vai investir 2,7 mil milhões de euros em Sines", "Jornal da Economia Digital", "2025-11-05", [
 "A Microsoft vai investir 2,7 mil milhões de euros em Sines, onde a Start Campus está a construir um dos maiores centros de dados da Europa, com uma potência prevista de 1,2 GW. O acordo entre as duas empresas, assinado em Lisboa, prevê o aluguer de capacidade de computação durante dez anos.",
 "A Start Campus, detida pelos fundos Davidson Kempner e Pioneer Point Partners, já tinha garantido um empréstimo de 500 milhões de euros junto da Caixa Geral de Depósitos.",
 "O Governo português estima que o projeto crie 1.200 empregos diretos. As ações da Microsoft fecharam a sessão nos 512 dólares."],
 [("Microsoft", []), ("Start Campus", []), ("Davidson Kempner", []), ("Pioneer Point Partners", []), ("Caixa Geral de Depósitos", []), ("Portuguese government", ["Governo português"])],
 [v(2.7e9, "EUR"), v(500e6, "EUR"), v(512, "USD")],
 [deal(["Microsoft", "Start Campus"], [2.7e9], "EUR", "compute_capacity"), deal(["Caixa Geral de Depósitos", "Start Campus"], [500e6], "EUR", "financing")])

add("it/leonardo-mistral-difesa", "Leonardo e Mistral AI, intesa sull'IA per la difesa", "Il Foglio Digitale", "2025-10-28", [
 "Leonardo ha firmato un accordo di collaborazione con Mistral AI per sviluppare sistemi di intelligenza artificiale destinati alla difesa e all'aerospazio. Il gruppo guidato da Roberto Cingolani investirà fino a 150 milioni di euro nei prossimi tre anni.",
 "Parallelamente, Leonardo ha acquisito il 30 % di Axyon, una startup modenese specializzata in analisi predittiva, per circa 40 milioni di euro. L'operazione dovrà essere approvata dalle autorità.",
 "Il titolo Leonardo ha chiuso in rialzo del 2,4 % a 48,12 euro. Nel 2024 il gruppo ha registrato ricavi per 17,8 miliardi di euro."],
 [("Leonardo", []), ("Mistral AI", []), ("Axyon", [])],
 [v(150e6, "EUR", "up_to"), v(40e6, "EUR", "about"), v(48.12, "EUR"), v(17.8e9, "EUR")],
 [deal(["Leonardo", "Mistral AI"], [150e6], "EUR", "partnership"), deal(["Axyon", "Leonardo"], [40e6], "EUR", "investment")])

add("it/fastweb-gpu-igenius", "Fastweb compra GPU da Nvidia e firma con iGenius", "Corriere Innovazione", "2025-09-25", [
 "Fastweb, controllata da Swisscom, ha acquistato da Nvidia 2.500 GPU per un valore di 90 milioni di dollari, destinate al suo supercomputer di Milano. La società metterà la capacità a disposizione della startup iGenius, con un contratto triennale da 25 milioni di euro.",
 "iGenius, che sviluppa il modello linguistico Italia, ha raccolto in passato 65 milioni di euro da investitori tra cui Angelo Moratti. Secondo Il Sole 24 Ore, la startup valuta ora una quotazione in Borsa che potrebbe valorizzarla tra 1 e 1,5 miliardi di euro.",
 "Swisscom ha chiuso il 2024 con un fatturato di 11 miliardi di franchi svizzeri."],
 [("Fastweb", []), ("Swisscom", []), ("NVIDIA", ["Nvidia"]), ("iGenius", []), ("Il Sole 24 Ore", [])],
 [v(90e6, "USD"), v(25e6, "EUR"), v(65e6, "EUR"), r(1e9, 1.5e9, "EUR"), v(11e9, "CHF")],
 [deal(["Fastweb", "NVIDIA"], [90e6], "USD", "supply"), deal(["Fastweb", "iGenius"], [25e6], "EUR", "compute_capacity")])

with open("articles.jsonl", "w", encoding="utf-8") as fa, open("gold.jsonl", "w", encoding="utf-8") as fg:
    for art, gold in A:
        fa.write(json.dumps(art, ensure_ascii=False) + "\n")
        fg.write(json.dumps(gold, ensure_ascii=False) + "\n")
print(len(A))
