"""French regional adjectives before an unknown name: "chez le liégeois Ourthe Compute",
"la nazairienne Brise Calcul", "le castelroussin X" (session 9).

Why: French business news introduces a company by its town's adjective, and towns are too
many to list (orgwords.ADJECTIVE_STEMS names the large ones). Such adjectives end in -ois,
-ais, -ain or -ien (with gender and number), so the ending is the cue.

Decisions:
- Only after a French article or contracted preposition, and only before a capitalised name;
  the caller validates the name like every other unknown (first names, places, products).
- Common nouns with those endings that precede a name ("le mois", "l'ancien", "la semaine",
  "le physicien", "le souverain") are refused by a closed list and by the -cien ending of
  trades and persons.
"""

from __future__ import annotations

import re
from functools import cache

from veille.cuegate import finditer
from veille.offline.orgcontext import NAME

_NOT_ADJECTIVES = (
    "ancien", "quotidien", "soutien", "terrain", "domain", "humain", "main", "train", "demain",
    "lendemain", "prochain", "certain", "semain", "fontain", "centain", "dizain", "douzain",
    "vingtain", "trentain", "quarantain", "cinquantain", "soixantain", "mois", "fois", "bois",
    "palais", "marais", "relais", "biais", "mais", "jamais", "frais", "bain", "pain", "gain",
    "grain", "refrain", "souverain", "riverain", "écrivain", "parrain", "marrain", "copain",
    "gardien", "chirurgien", "collégien", "lycéen", "bien", "lien", "chien", "mien", "sien",
    "entretien", "maintien", "moyen", "citoyen", "contemporain", "républicain", "américain",
    "africain", "mexicain", "marocain", "dominicain", "vénézuélien", "italien", "indien",
    "autrichien", "australien", "brésilien", "canadien", "colombien", "chilien", "norvégien",
    "israélien", "iranien", "égyptien", "tunisien", "algérien", "ivoirien", "nigérian",
    "ukrainien", "européen", "coréen", "lyonnais", "marseillais", "français", "anglais",
    "irlandais", "écossais", "japonais", "chinois", "finlandais", "néerlandais", "polonais",
    "portugais", "sénégalais", "taïwanais", "suédois", "danois", "hongrois", "québécois",
)  # fmt: skip


@cache
def _regional_re() -> re.Pattern[str]:
    refused = "|".join(sorted(_NOT_ADJECTIVES, key=len, reverse=True))
    adjective = (
        rf"(?!(?:{refused})(?:e|es|s|ne|nes)?\s)"
        r"[a-zéèêîôûç][a-zéèêëîïôûç-]{2,}(?<!c)(?:ois|ais|ain|ien)(?:e|es|s|ne|nes)?"
    )
    return re.compile(
        rf"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|du|au|[Dd]e la|à la)\s*{adjective}"
        rf"\s+(?P<name>{NAME})"
    )


def regional_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of capitalised names after a French regional adjective, unvalidated."""
    return [(m["name"], m.start("name")) for m in finditer(_regional_re(), text)]


# session 13: Spanish, Italian and Portuguese write a company as a feminine demonym used as a
# noun ("la colombiana Andina Shield", "dalla brianzola Frigotec Brianza", "la regiomontana
# X", "a portuense X"; "la empresa" understood): -ana, -ena, -ina, -ola, -eña, -ista, -esa,
# -ese, -ense. Nouns with those endings that may precede a capitalised word are refused.
_NOT_DEMONYMS = (
    "settimana", "mattina", "mañana", "semana", "medicina", "oficina", "macchina", "cucina",
    "vetrina", "disciplina", "gasolina", "rutina", "marina", "piscina", "cena", "pena",
    "escena", "vena", "antena", "arena", "lista", "vista", "pista", "conquista", "entrevista",
    "intervista", "promesa", "sorpresa", "spesa", "impresa", "chiesa", "presa", "mesa",
    "sede", "prensa", "defensa", "regina", "reina", "pagina", "página", "prima", "ultima",
)  # fmt: skip


@cache
def _demonym_re() -> re.Pattern[str]:
    refused = "|".join(sorted(_NOT_DEMONYMS, key=len, reverse=True))
    adjective = (
        rf"(?!(?:{refused})\s)[a-zàáâãéêíóôúç][a-zàáâãéêíóôúçñ]{{2,}}"
        r"(?:(?:an|en|in|ol|eñ|ist|es)a|(?:es|ens)e)"
    )
    return re.compile(
        rf"(?<![\w'’-])(?:[Ll]a|della|dalla|alla|nella|sulla|[Aa]|da|na|pela|à|de la|a la)"
        rf"\s+{adjective}\s+(?P<name>{NAME})"
    )


def demonym_names(text: str) -> list[tuple[str, int]]:
    """(name, offset) of capitalised names after a Romance feminine demonym, unvalidated."""
    return [(m["name"], m.start("name")) for m in finditer(_demonym_re(), text)]
