"""Owners named in apposition to an organisation: background, never a party (session 7).

Why: news introduces an investor or a lender by its parent ("led by Woven Capital, le fonds
d'investissement du groupe Toyota", "NVentures, Nvidia's venture arm, taking part", "un prêt
accordé par la Banque des Territoires, la branche de la Caisse des Dépôts", "de la Empresa
Nacional de Innovación (Enisa), dependiente del Ministerio de Industria"). The parent made the
rules' round mention wrong (a party outside the gold deal) and the re-ranker paired it with
its own unit or a co-investor (heldout_s9: four such parents, seven false positives).

Decisions:
- Only inside an apposition that follows another organisation (the host): ", [the] [two
  words] arm|unit|fund|branche|filiale|Tochter|... of|de|du|von|del ... NAME", ", NAME's
  [venture] arm|unit|fund|subsidiary", ", dependiente del NAME", ", owned by NAME". A parent
  named on its own ("Toyota's fund invested") is left to the other background contexts.
- The apposition must close after the parent's name (a comma, a stop, the end of the
  sentence, after at most a few words: "la branche de la Caisse des Dépôts consacrée au
  développement local,"), so an enumeration continuing after it is not swallowed.
- The mention is marked background (`OrgMention.background`), so neither the rules nor the
  re-ranker's candidates see it as a party; it stays an organisation of the article.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veille.offline.orgnames import OrgMention

# fmt: off
# The part of a group an apposition names: "venture arm", "la branche", "le fonds".
PART_HEADS = (
    r"arm", r"unit", r"division", r"subsidiary", r"fund", r"affiliate", r"branch",
    r"filiale", r"branche", r"fonds", r"bras", r"Tochter\w*", r"Sparte", r"Fonds",
    r"Beteiligungsgesellschaft", r"filial", r"subsidiaria", r"brazo", r"fondo", r"división",
    r"subsidiária", r"braço", r"fundo", r"divisão", r"controllata", r"braccio", r"divisione",
)
# "of" and its forms (the article may follow: "de la", "du groupe").
OF_WORDS = (
    r"of", r"de", r"d['’]", r"du", r"des", r"von", r"vom", r"der", r"des", r"del", r"da",
    r"do", r"das", r"dos", r"di", r"della", r"dello", r"dell['’]", r"dei",
)
# Between "of" and the name: "the", "la", "groupe", "Konzerns".
OWNER_LEADS = (
    r"the", r"la", r"le", r"les", r"l['’]", r"el", r"o", r"a", r"il", r"lo", r"die", r"der",
    r"des", r"group", r"groupe", r"grupo", r"gruppo", r"Gruppe", r"Konzerns?", r"holding",
)
# Ownership: "owned by", "détenue par", "controllata da".
OWNED = (
    r"(?:wholly |majority[- ])?owned by", r"controlled by", r"détenue? par", r"contrôlée? par",
    r"propriété de", r"propiedad de", r"controlad[oa] por", r"detid[oa] por",
    r"propriedade d[aeo]", r"controllat[oa] da", r"kontrolliert von", r"im Besitz von",
)
# Dependence: "dependiente del Ministerio", "rattachée au ministère", "part of".
DEPENDENCE = (
    r"dependiente de(?:l)?", r"dependente d[aeo]", r"dépendante? d[eu]", r"rattachée? à",
    r"rattachée? au", r"part of", r"parte de(?:l)?", r"Teil (?:von|der|des)",
    r"dipendente d[ae]", r"facente capo a",
)
ARTICLES = (r"the", r"its", r"la", r"le", r"sa", r"son", r"el", r"su", r"o", r"a", r"il",
            r"lo", r"die", r"der", r"das", r"seine", r"ihre", r"une?", r"an?", r"uma?")
# "le concurrent d'OpenAI", "a rival of Nvidia", "competidor de Google": named as a rival.
RIVAL_NOUNS = (
    r"concurrent(?:e|s|es)?", r"rivals?", r"competitors?", r"competidor(?:es)?",
    r"concorrent[ei]", r"Konkurrent(?:en)?", r"Rivalen?", r"rivale?s?",
)
# fmt: on
CLOSE = r"(?:[^,;:.()]{0,60}?(?:[,;:.()]|$))"  # the apposition ends after the name


def _alt(fragments: tuple[str, ...]) -> str:
    return "|".join(fragments)


@cache
def _before_re() -> re.Pattern[str]:
    """The apposition from the host's end up to the parent's name."""
    part = (
        rf",\s*(?:(?:{_alt(ARTICLES)})\s+|l['’])?(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(PART_HEADS)})"
        rf"(?:\s+[\w'’-]+){{0,2}}?\s+(?:{_alt(OF_WORDS)})\s*(?:(?:{_alt(OWNER_LEADS)})\s*){{0,2}}"
        r"(?:[a-zà-ÿ][\w-]*\s+)?"  # "du groupe énergétique Equinor"
    )
    owned = rf",\s*(?:{_alt(DEPENDENCE)}|{_alt(OWNED)})\s+"
    owned += rf"(?:(?:{_alt(OWNER_LEADS)})\s*){{0,2}}"
    return re.compile(rf"(?:{part}|{owned})", re.I)


@cache
def _possessive_re() -> re.Pattern[str]:
    """ "NVentures, Nvidia's venture arm,": the name, then its possessive and the part."""
    return re.compile(
        rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(PART_HEADS)})s?\b(?=\s*(?:[,;:.)]|$))", re.I
    )


def parent_offsets(text: str, mentions: list[OrgMention]) -> frozenset[int]:
    """Starts of the mentions naming the owner of the organisation they stand in apposition
    to (mentions in text order). The host is the previous mention, or a name the extractor
    missed that ends with its acronym in brackets ("la Empresa Nacional de Innovación
    (Enisa), dependiente del Ministerio")."""
    found = {m.start for m in mentions if _rival(text, m.start)}
    ends = [0, *(m.end for m in mentions)]
    for end, m in zip(ends, mentions, strict=False):
        gap = _gap(text, max(end, m.start - 80), m.start)
        if gap is None:
            continue
        named_after = _before_re().fullmatch(gap) and re.match(CLOSE, text[m.end : m.end + 80])
        possessive = re.fullmatch(r",\s*", gap) and _possessive_re().match(text, m.end)
        if named_after or possessive:
            found.add(m.start)
    return frozenset(found)


def _gap(text: str, lo: int, hi: int) -> str | None:
    """The apposition before the name at `hi`, from its host's end at `lo` or from a bracketed
    acronym after `lo`; None when no comma opens it there."""
    gap = text[lo:hi].removeprefix(")")  # "Enisa (ENISA), dependiente del"
    if gap.startswith(","):
        return gap
    bracket = _bracket_host_re().search(text, lo, hi)
    return text[bracket.end() - 1 : hi].removeprefix(")") if bracket else None


def _rival(text: str, start: int) -> bool:
    """The name at `start` follows "the rival of" outside an apposition: inside one ("Udio,
    l'autre grand rival de Suno,") the rules already leave it out (`grouping.outside_appositions`)
    and it still tells who the sentence is about."""
    found = _rival_re().search(text, max(0, start - 30), start)
    if found is None:
        return False
    before = text[max(0, found.start() - 30) : found.start()]
    return not _apposition_open_re().search(before)


@cache
def _apposition_open_re() -> re.Pattern[str]:
    """ ", l'autre grand", ", a direct", ", un": an apposition opening before the rival noun."""
    return re.compile(
        r",\s*(?:l['’]|(?:the|a|an|its|le|la|un|une|el|un|o|um|uma|il|der|die|ein|eine)\s+)"
        r"(?:[\w-]+\s+){0,2}$",
        re.I,
    )


@cache
def _rival_re() -> re.Pattern[str]:
    """ "qui valorisait le concurrent d'OpenAI": the rival's other is background, not a party."""
    return re.compile(
        rf"(?<![\w-])(?:{_alt(RIVAL_NOUNS)})\s+(?:(?:direct|principal|main|biggest|grand)\s+)?"
        rf"(?:{_alt(OF_WORDS[:6])}|to|von|del|di|do|da)\s*(?:(?:the|la|le|l['’])\s*)?$"
    )


@cache
def _bracket_host_re() -> re.Pattern[str]:
    """An acronym in brackets closing an unrecognised name, then the apposition's comma."""
    return re.compile(r"\([A-Z][\w&.-]{1,12}\)(?=,[^,;:.()]*$)")
