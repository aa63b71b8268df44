"""Word lists and the record of the source and recipient frames (veille/offline/frames.py,
framegive.py), in the six languages (en, fr, de, es, pt, it): lower-case words as
`rerankview.Tokens` reads them."""

from __future__ import annotations

from dataclasses import dataclass

from veille.offline.amountobjects import INTO_PREPOSITIONS

_RECEIVE = (
    "obtain obtained obtains obtaining secure secured secures securing receive received"
    " receives receiving win won wins get gets got getting land landed lands garnered award"
    " awarded granted raise raised raises raising attracted"
    " obtenu obtient obtiennent obtenir obtiendra décroché décroche décrocher reçu reçoit"
    " recevoir recevra perçu perçoit percevoir touché toucher levé lève lever lèvera vu"
    " bénéficié bénéficie bénéficier empoché glané"
    " erhalten erhält erhielt bekommen bekommt bekam eingesammelt sammelt sammelte gesichert"
    " sicherte"
    " obtenido obtiene obtuvo obtener recibido recibe recibió recibir conseguido consiguió"
    " logrado logró captado captó levantado levantó recaudado recaudó"
    " obteve obtido obtém obter recebeu recebido recebe receber conseguiu captou captado"
    " levantou arrecadou"
    " ottenuto ottiene ottenere ottenne ricevuto riceve ricevere ricevette raccolto raccoglie"
    " incassato"
)
RECEIVE = frozenset(_RECEIVE.split())
# after the amount: "$600 million of equity coming from Brookfield"
_LIST_WORDS = (
    "including dont notamment darunter davon incluidos incluidas incluindo inclusi compresi"
)
LIST_WORDS = frozenset(_LIST_WORDS.split())
_COMING = (
    "coming provenant provenance venant stammen stammt procedentes provenientes provenienti"
    " proveniente"
)
COMING = frozenset(_COMING.split())
_GIVE = (
    "invest invests invested investing commit commits committed committing pledge pledges"
    " pledged pledging put puts contribute contributes contributed contributing provide"
    " provides provided providing inject injects injected bring brings brought pay pays paid"
    " apporte apportent apportant apporté apportera investit investi investissent investira"
    " réinvestit réinvesti réinvestissant injecte injecté injectant verser verse versé versera"
    " versant engagé engage promis promet mis met mettre"
    " investiert investierte investieren steuert bringt zahlt zahlte"
    " invierte invirtió invertido invertirá aporta aportó aportará aportando inyecta inyectó"
    " investiu investe investido investirá aportou aportará injetou"
    " investito investirà apporta apportato apportando versato stanziato inietta iniettato"
)
GIVE = frozenset(_GIVE.split())
# a giving verb whose recipient stands between it and the amount ("awarded the company $N")
_AWARD = (
    "awarded awards award granted grants grant gave gives give offered offers lent lends loaned"
    " gewährte gewährt concedió concede otorgó otorga concedeu outorgou concesso"
)
AWARD = frozenset(_AWARD.split())
# qualifiers between a giving verb and its amount ("has invested about $3 billion")
_QUALIFYING = (
    "about around roughly some nearly almost up to more than over a further another additional"
    " an extra environ près de plus jusqu à d quelque quelques encore rund etwa bis zu mehr"
    " als weitere unos cerca hasta más casi alrededor até mais quase circa fino"
    " oltre quasi altri ulteriori"
)
QUALIFIERS = frozenset(_QUALIFYING.split())
_SOURCES = (
    "from de du des d auprès von vom da dal dalla dallo dai dagli dalle dall por par by pela"
    " pelo pelas pelos do dos das del including dont notamment"
)
SOURCES = frozenset(_SOURCES.split())
_INVESTMENT_NOUNS = (
    "investments investment investissements investissement investitionen investition"
    " inversiones inversión investimentos investimento investimenti stakes bets"
    " participations prises"
)
INVESTMENT_NOUNS = frozenset(_INVESTMENT_NOUNS.split())
_AGENT_WORDS = "by par de des du d von vom der des di del da do dos pela pelo"
AGENTS = frozenset(_AGENT_WORDS.split())


_LINKING = (
    "and et und y e ou or as well the la le les l de du des d von vom del da do dos plus"
    " also aussi auch"
)
LINKING = frozenset(_LINKING.split())

_RELATIVES = (
    "which whom lequel laquelle lesquels lesquelles cui quale quali qual que die den das dem"
    " welche welchen welches welchem"
)
RELATIVES = frozenset(_RELATIVES.split())

_OBLIQUE = "of de du des d by par von vom with avec mit con com di del da do dos"
OBLIQUE = INTO_PREPOSITIONS | frozenset(_OBLIQUE.split())

CONJUNCTIONS = frozenset(["and", "et", "und", "y", "e", "or", "ou", "oder", "o"])
_RESPECTIVELY = "respectively respectivement jeweils respectivamente rispettivamente"
RESPECTIVELY = frozenset(_RESPECTIVELY.split())


@dataclass(frozen=True)
class Frame:
    givers: tuple[str, ...]  # the giver and the names listed with it ("from A, B and C")
    recipient: str | None
    how: str  # "receive", "give", "investor" or "list"
    implied: bool = False  # the recipient is the main subject, named nowhere in the frame


Word = tuple[str, int]  # a word (names as "_org_") and its text offset
