"""The give, investor and list frames of an amount (session 7; see veille/offline/frames.py):
the giver is the subject of a giving verb just before the amount ("Google has invested about
$3 billion", "Bpifrance, qui réinvestit 45 millions"), the investor of "investments by X"
before an enumeration of amounts, or the previous amount's giver in a list of objects ("put
$5 billion into X, ... and pledged $10 billion to Y"); the recipient is named by an object
relative ("Anthropic, in which Amazon has invested"), an awarding verb's indirect object
("awarded the company up to $4.7 billion"), else the amount's "into" object."""

from __future__ import annotations

from veille.offline.amountobjects import INTO_PREPOSITIONS
from veille.offline.framewords import (
    AGENTS,
    AWARD,
    CONJUNCTIONS,
    GIVE,
    INVESTMENT_NOUNS,
    OBLIQUE,
    QUALIFIERS,
    RELATIVES,
    RESPECTIVELY,
    Frame,
    Word,
)

SUBJECT_WINDOW = 10  # words from a giver to its giving verb


def _give(
    ws: list[Word], a: int, lo: int, names: dict[int, str]
) -> tuple[str | None, str | None] | None:
    """The giver of a giving verb just before the amount at word a, and the recipient when an
    object relative names it ("Anthropic, in which Amazon has invested $8 billion": the giver
    is then the name before, None for a pronoun)."""
    i = a - 1
    while i >= lo and ws[i][0] in QUALIFIERS:
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


def _respective(ws: list[Word]) -> bool:
    return any(w in RESPECTIVELY for w, _ in ws)


def giving(
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
        if ws[i][0] == "_org_" and ws[i - 1][0] in AGENTS:
            nouns = {w for w, _ in ws[max(0, i - 4) : i - 1]}
            if nouns & INVESTMENT_NOUNS:
                return names.get(ws[i][1])
    return None
