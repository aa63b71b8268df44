"""Unknown organisations that open a sentence as the subject of a deal verb (session 8,
second wave): "Tesnor prend une licence sur ...", "Morvane rileva la padovana ...",
"Kavrino übernimmt ...". On the fresh sets heldout_s10..s13 the acquirer or licensee of a
headline, named only this way, was the commonest missed party.

Decisions:
- Only at a sentence's start (or the text's), right before a verb of acquiring, licensing,
  signing or raising in the six languages: a capitalised word there is the clause's subject.
- The name must recur in the text (twice or more): a headline's party is named again, a
  one-off surname or a sentence-opening adverb is not; a name written after a first name
  anywhere in the text ("Ana Ruiz ... Ruiz firma") is a person's surname. The caller
  validates it like every other unknown name (first names, places, products, sentence-opening
  words are refused).
"""

from __future__ import annotations

import re
from functools import cache

from veille.offline import lexicon as lx
from veille.offline.orgcontext import NAME
from veille.offline.orgnames import name_hits

_VERBS = (
    # en
    r"acquires",
    r"buys",
    r"has acquired",
    r"has agreed to (?:buy|acquire)",
    r"signs",
    r"has signed",
    r"raises",
    r"has raised",
    r"licenses",
    r"licences",
    r"snaps up",
    # fr
    r"rachète",
    r"acquiert",
    r"a racheté",
    r"a acquis",
    r"s['’]offre",
    r"signe",
    r"a signé",
    r"lève",
    r"a levé",
    r"prend une licence",
    r"prend le contrôle",
    # de
    r"übernimmt",
    r"kauft",
    r"erwirbt",
    r"sammelt",
    r"unterzeichnet",
    r"lizenziert",
    # es
    r"adquiere",
    r"compra",
    r"firma",
    r"levanta",
    r"ha adquirido",
    r"ha firmado",
    r"cierra",
    # pt
    r"adquire",
    r"assina",
    r"capta",
    r"fecha",
    r"comprou",
    r"adquiriu",
    # it
    r"rileva",
    r"acquisisce",  # "compra": listed under es
    r"raccoglie",
    r"ha acquisito",
    r"ha firmato",
    # session 9: winning, securing, ordering and allying verbs of headlines ("Soitec décroche
    # jusqu'à 1,1 milliard", "Verizon lands $1.3bn fibre deal", "Proximus réserve ...")
    r"lands",
    r"wins",
    r"secures",
    r"inks",
    r"clinches",
    r"strikes",
    r"locks in",
    r"hands",
    r"invests",
    r"orders",
    r"taps",
    r"teams up with",
    r"partners with",
    r"décroche",
    r"remporte",
    r"réserve",
    r"s['’]allie",
    r"investit",
    r"commande",
    r"conclut",
    r"noue",
    r"s['’]empare",
    r"erhält",
    r"investiert",
    r"bestellt",
    r"gewinnt",
    r"invierte",
    r"gana",
    r"se alía",
    r"encarga",
    r"investe",
    r"encomenda",
    r"vence",
    r"sigla",
    r"si aggiudica",
    r"si allea",
    r"ottiene",
    r"conquista",
)


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(rf" (?:{'|'.join(_VERBS)})(?![\w])")


@cache
def _opening_name_re() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[.!?»\"]\s)|(?<=\n))(?P<name>{NAME})$")


def subject_names(text: str, body: str = "") -> list[tuple[str, int]]:
    """(name, offset) of recurring names opening a sentence before a deal verb. With `body`,
    `text` is a headline and the name must recur in the body instead ("Soitec décroche ..."
    over a body that goes on "Bouffée d'oxygène pour Soitec": session 9)."""
    found = []
    for m in _verb_re().finditer(text):
        lo = max(0, m.start() - 60)
        name = _opening_name_re().search(text, lo, m.start())
        if not name:
            continue
        if _recurs_as_no_surname(name["name"], body or text, 1 if body else 2):
            found.append((name["name"], name.start("name")))
    return found


def _recurs_as_no_surname(name: str, text: str, least: int = 2) -> bool:
    hits = name_hits(name, text)
    if len(hits) < least:
        return False
    for hit in hits:
        before = text[max(0, hit.start() - 30) : hit.start()].split()
        if before and before[-1] in lx.FIRST_NAMES:
            return False
    return True
