"""Contexts whose name is an organisation the gazetteer does not know: the agent of a supply
or a financing ("supplied by X", "fournis par X"), the source of money or goods ("raised $400
million of equity from X"), and the counterparty of a qualified deal noun or of talks
("contrat de fourniture avec X", "talks with X") (session 10).

Why: left out of the gazetteer (the leave-gazetteer-out run over heldout_s8-s13 and s20-s22),
the third parties of news stories are named in these phrasings ("Les serveurs seront fournis
par HPE", "loan arranged by JPMorgan and MUFG", "raised $140 million from Carlyle", "accord
de licence avec AXA", "Talks with McGraw Hill broke down") and no context found them. The
patterns join `orgcontext._contexts`, so every name goes through the same guards (people,
places, products) and lists after it ("by X and Y") are read the same way.

Decision: participles and nouns only, no bare preposition: "by", "par" and "from" alone open
on places, dates and people too often ("from Texas", "par Elon Musk").
"""

from __future__ import annotations

from veille.offline import orgwords as w
from veille.trie import trie_alternation

# Passive participles of supplying, making, financing: their agent is an organisation.
AGENT_PARTICIPLES = (
    r"supplied",
    r"provided",
    r"built",
    r"made",
    r"manufactured",
    r"designed",
    r"delivered",
    r"assembled",
    r"arranged",
    r"underwritten",
    r"financed",
    r"funded",
    r"produced",
    r"fabricated",
    r"fourni(?:e|s|es)?",
    r"livré(?:e|s|es)?",
    r"fabriqué(?:e|s|es)?",
    r"gravé(?:e|s|es)?",
    r"conçu(?:e|s|es)?",
    r"construit(?:e|s|es)?",
    r"assemblé(?:e|s|es)?",
    r"financé(?:e|s|es)?",
    r"arrangé(?:e|s|es)?",
    r"suministrad[oa]s?",
    r"fabricad[oa]s?",
    r"construid[oa]s?",
    r"diseñad[oa]s?",
    r"entregad[oa]s?",
    r"financiad[oa]s?",
    r"fornecid[oa]s?",
    r"construíd[oa]s?",
    r"projetad[oa]s?",
    r"fornit[oaie]",
    r"prodott[oaie]",
    r"costruit[oaie]",
    r"progettat[oaie]",
    r"realizzat[oaie]",
    r"finanziat[oaie]",
    r"geliefert",
    r"hergestellt",
    r"gebaut",
    r"finanziert",
)
AGENT_WORDS = (r"by", r"par", r"por", r"pela", r"pelo", r"da", r"dal", r"dalla", r"von")
# Verbs and nouns whose "from" names where money, goods or capacity come from.
SOURCE_HEADS = (
    r"raised",
    r"raising",
    r"raises",
    r"borrowed",
    r"secured",
    r"obtained",
    r"received",
    r"licensed",
    r"licenses",
    r"licences",
    r"licensing",
    r"bought",
    r"buys",
    r"ordered",
    r"orders",
    r"rents",
    r"rented",
    r"leases",
    r"leased",
    r"purchased",
    r"sourced",
    r"debt",
    r"equity",
    r"loan",
    r"funding",
    r"financing",
    r"investment",
    r"capacity",
)
# Talks are a deal's counterparty too, whether they succeed or not ("Talks with X broke down").
TALKS = (
    r"[Tt]alks",
    r"[Dd]iscussions",
    r"[Nn]egotiations",
    r"[Nn]égociations",
    r"[Pp]ourparlers",
    r"Gespräche",
    r"Verhandlungen",
    r"[Cc]onversaciones",
    r"[Nn]egociaciones",
    r"[Cc]onversas",
    r"[Nn]egociações",
    r"[Tt]rattative",
    r"[Cc]olloqui",
)
# "contrat de fourniture avec", "acuerdo de licencia con": a deal noun and its complement.
_COMPLEMENT = r"(?:de|d['’]|di|da|do|del|della|of|für)\s*[\w-]+(?:\s+[\w-]+)?"


def agent_patterns(name: str, articles: str) -> tuple[str, ...]:
    """Pattern sources (group `name`) for `orgcontext._contexts`; `name` is its NAME regex,
    `articles` an alternation of articles that may precede the name."""
    article = rf"(?:(?:{articles})\s*)?"
    return (
        rf"(?<![\w-])(?:{trie_alternation(AGENT_PARTICIPLES)})\s+(?:{trie_alternation(AGENT_WORDS)})"
        rf"\s+{article}(?P<name>{name})",
        rf"(?<![\w-])(?:{trie_alternation(SOURCE_HEADS)})\s+(?:[\w$€£.,%-]+\s+){{0,8}}?from\s+"
        rf"(?:the\s+)?(?P<name>{name})",
        rf"(?<![\w-])(?:{trie_alternation(w.DEAL_NOUNS)})\s+{_COMPLEMENT}\s+"
        rf"(?:{trie_alternation(w.WITH_WORDS)})\s+{article}(?P<name>{name})",
        rf"(?<![\w-])(?:{trie_alternation(TALKS)})\s+(?:{trie_alternation(w.WITH_WORDS)})\s+"
        rf"{article}(?P<name>{name})",
    )
