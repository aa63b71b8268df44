"""Publishers as deal parties: when a news organisation is the counterparty, not the source.

Organisations of gazetteer kind `media` (publishers, news agencies) are excluded from deal
parties (`parties.is_party`): in news prose they mostly attribute ("said Reuters", "selon
l'AFP"). But AI labs license their content, and the sentence then states a deal with them
("has signed content-licensing agreements with The Associated Press", "L'AFP a ouvert son
fil d'actualités à Mistral AI", "Le Monde avait ouvert la voie en 2024 avec OpenAI, suivi
par l'AFP, qui a mis ses dépêches à la disposition de Mistral AI").

Decisions:
- Candidates for the re-ranker only (feature `outsider`, since session 5): a publisher in a
  sentence with an event cue, or (session 6) with a word of content licensing in one of the
  six languages (licence, content, archive, dépêches, droits voisins, Inhalte, contenidos,
  conteúdos, contenuti...), which also carries the feature `outsider:content`, so that the
  model can tell a licence from an attribution beside some other deal.
- A sentence that names only publishers ("La société a noué un partenariat avec l'AFP")
  pairs them with the article's main subject, as a sentence naming one party does
  (`rerankfeatures._sentence_orgs`): the implicit subject of a licence is the AI company the
  article is about.
- Two publishers of one sentence are no candidate pair ("licensing agreements with The
  Associated Press, Dow Jones and Nikkei"): they license to a third party.
- Attributions stay out: a publisher after a source cue is marked background by
  `orgpost.mark_background` and is never an organisation reported as a party by the rules;
  here it may only become a candidate the model weighs.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from veille.offline.dealtype import Cue
from veille.offline.orgnames import OrgMention
from veille.offline.sentences import Sentence

if TYPE_CHECKING:
    from veille.offline.rerankfeatures import ArticleView, Features

CONTENT = True  # switches for leave-one-set-out experiments (session 6)
PUBLISHER_MAIN = True
EVENT_GATE = True  # False: only a content word opens the sentence to publishers
PUBLISHER_PAIRS = False  # True: two publishers of one sentence are a candidate pair too

# Words of content licensing in en, fr, de, es, pt, it (lower-case, matched case-blind).
CONTENT_WORDS = (
    r"licen[cs]\w*", r"lizenz\w*", r"licencia\w*", r"licença\w*", r"licenciamento",
    r"licenza\w*", r"content", r"contents", r"contenus?", r"inhalte\w*", r"contenidos?",
    r"conteúdos?", r"contenuti", r"archives?", r"archiv\w*", r"archivos?", r"arquivos?",
    r"archivio", r"dépêches", r"fil d['’]actualités", r"news ?feeds?", r"newswire",
    r"droits voisins", r"neighbou?ring rights", r"leistungsschutzrecht\w*",
    r"derechos afines", r"direitos conexos", r"diritti connessi", r"journalism\w*",
    r"journalisti\w*", r"periodísti\w*", r"jornalísti\w*", r"giornalisti\w*",
    r"articles", r"artikeln?", r"artículos", r"artigos", r"articoli",
)  # fmt: skip


@cache
def content_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{'|'.join(CONTENT_WORDS)})(?![\w])", re.I)


def publisher_parties(
    view: ArticleView, s: Sentence, near: list[Cue], named: set[str]
) -> dict[OrgMention, Features]:
    """The sentence's publishers that may be parties, with their features (see above)."""
    inside = [m for m in view.outsiders if s.start <= m.start < s.end and m.name not in named]
    if not inside:
        return {}
    content = CONTENT and bool(content_re().search(s.text))
    if not content and not (EVENT_GATE and any(c.strength == "event" for c in near)):
        return {}
    features: Features = {"outsider": 1.0}
    if content:
        features["outsider:content"] = 1.0
    found: dict[OrgMention, Features] = {}
    seen = set(named)
    for m in inside:
        if m.name not in seen:
            found[m] = dict(features)
            seen.add(m.name)
    return found
