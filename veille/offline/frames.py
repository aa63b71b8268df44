"""Who gives an amount and who receives it: source and recipient frames (session 7).

Why: money often flows to or from a party named away from the pair's usual place ("Sakura
Internet secured subsidies of up to ¥50.1 billion from the Ministry ...", "a obtenu en
décembre du département américain du Commerce une subvention pouvant atteindre 4,745
milliards", "with a further $600 million of equity coming from Brookfield", "aux côtés ... de
Bpifrance, qui réinvestit 45 millions", "Amazon remains its largest backer, having committed $8
billion, while Google has invested about $3 billion", "a string of investments by the
chipmaker, including $5 billion in Intel"). The re-ranker saw only positions and gap words and
scored these pairs 0.01-0.25. Reading the frame gives each amount of a sentence its giver and,
when it can, its recipient; the pair's relation to them is a feature the model weighs.

Decisions:
- Dependency-free, on the masked words of `rerankview.Tokens` (each party one `_org_` word),
  in the six languages. Three frames, tried in order:
  * receive: a getting verb ("secured", "a obtenu", "erhielt", "recibió", "recebeu",
    "ottenuto", "coming from") at most `VERB_WINDOW` words before the amount, or a "coming
    from" word after it; the giver is the first party introduced by a source preposition
    ("from", "de", "auprès de", "von", "por", "da", "by") between the verb and
    `AFTER_WINDOW` words after the amount; the recipient is the party just before the verb,
    else the article's main subject (an implicit or pronoun subject: "Le groupe a obtenu");
  * give: a giving verb ("invested", "committed", "apporte", "réinvestit", "verser",
    "investiert", "aporta", "investe") just before the amount (a qualifier such as "about" or
    "jusqu'à" between); the giver is the nearest party before the verb within `SUBJECT_WINDOW`
    words, unless an "into" preposition introduces it (then it is an object, not a giver);
  * investor: "investments by X" / "investissements de X" before the amount (enumerations of
    one investor's stakes: "including $5 billion in Intel and $500 million into Wayve").
  For the give and investor frames the recipient is the amount's "into" object
  (`amountobjects`), else the main subject when it is not the giver.
- No amount beyond the nearest one is crossed: each amount's frame is read between its
  neighbours.
- Features only (`frm:g` the pair holds the giver, `frm:gr` the giver and the recipient,
  `frm:away` a giver outside the pair, each also by frame); the model decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from veille.offline.amountobjects import INTO_PREPOSITIONS, amount_objects

VERB_WINDOW = 10  # words from a getting verb to the amount
AFTER_WINDOW = 9  # words after the amount where the giver may stand
SOURCE_REACH = 5  # words from a source preposition to the name (descriptors between)
SUBJECT_WINDOW = 10  # words from a giver to its giving verb

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
_QUALIFIERS = frozenset(_QUALIFYING.split())
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
_AGENTS = frozenset(_AGENT_WORDS.split())


@dataclass(frozen=True)
class Frame:
    givers: tuple[str, ...]  # the giver and the names listed with it ("from A, B and C")
    recipient: str | None
    how: str  # "receive", "give", "investor" or "list"
    implied: bool = False  # the recipient is the main subject, named nowhere in the frame


@cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r"\w+")


Word = tuple[str, int]  # a word (names as "_org_") and its text offset


def words_of(masked: str, start: int) -> list[Word]:
    """The masked sentence's words with their text offsets (`Tokens.masked`, `Tokens.start`)."""
    out: list[Word] = []
    for m in _word_re().finditer(masked):
        w = m[0]
        out.append(("_org_" if w[0] == "_" else w, start + m.start()))
    return out


def _source_giver(
    ws: list[Word], lo: int, hi: int, amount: tuple[int, int], names: dict[int, str]
) -> tuple[str, ...] | None:
    """The first name in ws[lo:hi] introduced by a source preposition (descriptors between;
    the amount's own words, "de dollars", are not read)."""
    for i in range(max(lo, 0), min(hi, len(ws))):
        if ws[i][0] != "_org_":
            continue
        reach = [
            w
            for k, (w, _) in enumerate(ws[max(lo, i - SOURCE_REACH) : i], max(lo, i - SOURCE_REACH))
            if not amount[0] <= k < amount[1]
        ]
        if any(w in SOURCES for w in reach) and ws[i][1] in names:
            return _listed(ws, i, hi, names)
        return None  # the first name after the verb is no source: no giver
    return None


_LINKING = (
    "and et und y e ou or as well the la le les l de du des d von vom del da do dos plus"
    " also aussi auch"
)
LINKING = frozenset(_LINKING.split())


def _listed(ws: list[Word], i: int, hi: int, names: dict[int, str]) -> tuple[str, ...]:
    """The name at word i and the names listed after it ("auprès d'Accel et de Coatue")."""
    found = [names[ws[i][1]]]
    gap = 0
    for j in range(i + 1, min(hi, len(ws))):
        w, at = ws[j]
        if w == "_org_" and at in names:
            found.append(names[at])
            gap = 0
        elif w in LINKING and gap < 3:
            gap += 1
        else:
            break
    return tuple(found)


def _receive(
    ws: list[Word], a: int, b: int, bounds: tuple[int, int], names: dict[int, str]
) -> Frame | None:
    """Receive frame for the amount at words [a, b); `bounds` are its neighbours' limits."""
    lo, hi = bounds
    floor = max(lo, a - VERB_WINDOW)
    if lo and {w for w, _ in ws[lo:a]} & LIST_WORDS:
        floor = max(0, a - 2 * VERB_WINDOW)  # "raising A$1.2 billion, including A$300m from X"
    verb = next((i for i in range(a - 1, floor - 1, -1) if ws[i][0] in RECEIVE), None)
    after = range(b, min(hi, b + AFTER_WINDOW))
    if verb is None and not any(ws[i][0] in COMING for i in after):
        return None
    start = max(verb + 1, lo) if verb is not None else b
    givers = _source_giver(ws, start, min(hi, b + AFTER_WINDOW), (a, b), names)
    if givers is None:
        return None
    recipient = None
    if verb is not None:  # the verb's subject: the nearest party before it in the sentence
        for i in range(verb - 1, -1, -1):
            if ws[i][0] == "_org_" and ws[i][1] in names:
                recipient = names[ws[i][1]]
                break
    return Frame(givers, recipient, "receive")


def _give(
    ws: list[Word], a: int, lo: int, names: dict[int, str]
) -> tuple[str | None, str | None] | None:
    """The giver of a giving verb just before the amount at word a, and the recipient when an
    object relative names it ("Anthropic, in which Amazon has invested $8 billion": the giver
    is then the name before, None for a pronoun)."""
    i = a - 1
    while i >= lo and ws[i][0] in _QUALIFIERS:
        i -= 1
    if i > lo and ws[i][0] == "_org_" and ws[i][1] in names and ws[i - 1][0] in AWARD:
        # "the Commerce Department awarded the company up to $4.7 billion"
        subject = _earlier_subject(ws, i - 1, names)
        return (subject, names[ws[i][1]]) if subject else None
    if i < lo or ws[i][0] not in GIVE:
        return None
    for j in range(i - 1, max(lo, i - SUBJECT_WINDOW) - 1, -1):
        if ws[j][0] == "_org_" and ws[j][1] in names:  # not a possessive ("its")
            if j > 0 and ws[j - 1][0] in INTO_PREPOSITIONS:
                return None  # "in Intel and ... to put": an object, not a giver
            if _relative_in(ws, j + 1):
                return (_earlier_subject(ws, j, names), names[ws[j][1]])
            return (names[ws[j][1]], _antecedent(ws, j, names))  # see _coordinated
    return None


_RELATIVES = (
    "which whom lequel laquelle lesquels lesquelles cui quale quali qual que die den das dem"
    " welche welchen welches welchem"
)
RELATIVES = frozenset(_RELATIVES.split())


def _relative_in(ws: list[Word], k: int) -> bool:
    """ "in which", "dans laquelle", "en la que", "nella quale", "in die": an object relative."""
    words = [w for w, _ in ws[k : k + 3]]
    if len(words) < 2 or words[0] not in INTO_PREPOSITIONS:
        return False
    return words[1] in RELATIVES or (words[1] in ("la", "el", "lo") and words[2:3] == ["que"])


def _antecedent(ws: list[Word], j: int, names: dict[int, str]) -> str | None:
    """The name an object relative opened just before the giver at word j refers to
    ("OpenAI, in which the company has invested": OpenAI)."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if ws[k][0] == "_org_" and ws[k][1] in names:
            return names[ws[k][1]] if _relative_in(ws, k + 1) else None
    return None


def _earlier_subject(ws: list[Word], j: int, names: dict[int, str]) -> str | None:
    """The nearest name before word j that no preposition introduces and no genitive follows
    ("Amazon remains the biggest backer of OpenAI's rival Anthropic": Amazon)."""
    for k in range(j - 1, -1, -1):
        if ws[k][0] != "_org_" or ws[k][1] not in names:
            continue
        if (k and ws[k - 1][0] in OBLIQUE) or (k + 1 < len(ws) and ws[k + 1][0] == "s"):
            continue
        return names[ws[k][1]]
    return None


_OBLIQUE = "of de du des d by par von vom with avec mit con com di del da do dos"
OBLIQUE = INTO_PREPOSITIONS | frozenset(_OBLIQUE.split())


def _coordinated(ws: list[Word], giver: str, a: int, names: dict[int, str]) -> tuple[str, ...]:
    """The giver and the names coordinated before it ("Microsoft and Nvidia will invest up to
    $5 billion and up to $10 billion respectively": both are givers; which gives which amount
    is the rules' business, `parallel.py`)."""
    at = next((k for k in range(a - 1, -1, -1) if names.get(ws[k][1]) == giver), None)
    if at is None:
        return (giver,)
    found = [giver]
    gap = 0
    for k in range(at - 1, -1, -1):
        w, o = ws[k]
        if w == "_org_" and o in names:
            found.insert(0, names[o])
            gap = 0
        elif w in CONJUNCTIONS and gap < 1:
            gap += 1
        else:
            break
    return tuple(found)


CONJUNCTIONS = frozenset(["and", "et", "und", "y", "e", "or", "ou", "oder", "o"])
_RESPECTIVELY = "respectively respectivement jeweils respectivamente rispettivamente"
RESPECTIVELY = frozenset(_RESPECTIVELY.split())


def _respective(ws: list[Word]) -> bool:
    return any(w in RESPECTIVELY for w, _ in ws)


def _giving(
    ws: list[Word], a: int, lo: int, names: dict[int, str], last: str | None, obj: str | None
) -> Frame | None:
    """The give, investor or list frame of the amount at word a (`obj`: its "into" object,
    `last`: the giver of the sentence's previous amount)."""
    given = _give(ws, a, lo, names)
    if given is not None:
        giver, recipient = given
        if not giver or (_respective(ws) and len(_coordinated(ws, giver, a, names)) > 1):
            return None  # "Microsoft and Nvidia will invest ... respectively": parallel.py's
        return Frame((giver,), recipient or obj, "give")
    investor = _investor(ws, a, names)
    if investor is not None:
        return Frame((investor,), obj, "investor")
    if last is not None and obj not in (None, last):
        return Frame((last,), obj, "list")  # "put $5 billion into X, ... pledged $10 billion to Y"
    return None


def _investor(ws: list[Word], a: int, names: dict[int, str]) -> str | None:
    """ "a string of investments by the chipmaker this year, including $5 billion in X"."""
    for i in range(a - 1, 0, -1):
        if ws[i][0] == "_org_" and ws[i - 1][0] in _AGENTS:
            nouns = {w for w, _ in ws[max(0, i - 4) : i - 1]}
            if nouns & INVESTMENT_NOUNS:
                return names.get(ws[i][1])
    return None


def amount_frames(
    masked: str,
    start: int,
    amounts: list[tuple[int, int]],
    orgs: list[tuple[str, int, int]],
    main: str | None,
) -> dict[int, Frame]:
    """Amount start -> its frame, for one sentence (`masked`/`start` of `Tokens`; `amounts`
    as (start, end); `orgs` the sentence's parties as (name, start, end), pseudo-mentions
    included)."""
    ws = words_of(masked, start)
    names = {lo: name for name, lo, _ in orgs}
    offsets = [o for _, o in ws]
    spans = sorted(amounts)
    edges = [(_index(offsets, lo), _index(offsets, hi)) for lo, hi in spans]
    objects = amount_objects(_between(ws), spans, orgs)
    found: dict[int, Frame] = {}
    last: str | None = None  # the giver of the sentence's previous amount (give, investor)
    for k, ((lo, _), (a, b)) in enumerate(zip(spans, edges, strict=True)):
        bounds = (edges[k - 1][1] if k else 0, edges[k + 1][0] if k + 1 < len(edges) else len(ws))
        frame = _receive(ws, a, b, bounds, names)
        if frame is None:
            frame = _giving(ws, a, bounds[0], names, last, objects.get(lo))
            if frame is None:
                continue
            last = frame.givers[0]
        if frame.recipient is None and main is not None and main not in frame.givers:
            frame = Frame(frame.givers, main, frame.how, implied=True)
        found[lo] = frame
    return found


def _index(offsets: list[int], at: int) -> int:
    return next((i for i, o in enumerate(offsets) if o >= at), len(offsets))


def _between(ws: list[Word]) -> Callable[[int, int], list[str]]:
    """`amount_objects`' word reader over the positioned words."""

    def between(lo: int, hi: int) -> list[str]:
        return [w for w, o in ws if lo <= o < hi]

    return between


def frame_features(frame: Frame | None, names: tuple[str, ...]) -> dict[str, float]:
    """The pair's relation to its amount's giver and recipient."""
    if frame is None:
        return {}
    if not set(frame.givers) & set(names):
        return {"frm:away": 1.0, f"frm:away:{frame.how}": 1.0}
    f = {"frm:g": 1.0, f"frm:g:{frame.how}": 1.0}
    if set(names) <= set(frame.givers):
        f["frm:gg"] = 1.0  # two co-investors: right when the gold deal lists both
    if frame.recipient in names and frame.recipient not in frame.givers:
        f["frm:gr"] = 1.0
        f[f"frm:gr:{frame.how}"] = 1.0
        if frame.implied:
            f["frm:gr:main"] = 1.0
    return f
