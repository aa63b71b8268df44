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
  in the six languages (word lists in `framewords.py`). Frames, tried in order:
  * receive: a getting verb ("secured", "a obtenu", "erhielt", "recibió", "recebeu",
    "ottenuto") at most `VERB_WINDOW` words before the amount (twice that past an "including"
    list: "raising A$1.2 billion from investors, including A$300 million from X"), or a
    "coming from" word after it; the giver is the first party introduced by a source
    preposition ("from", "de", "auprès de", "von", "por", "da", "by") between the verb and
    `AFTER_WINDOW` words after the amount, with the names listed after it ("auprès d'Accel et
    de Coatue"); the recipient is the nearest party before the verb, else the article's main
    subject (an implicit or pronoun subject: "Le groupe a obtenu");
  * give, investor, list (`framegive.py`): the subject of a giving verb just before the
    amount, "investments by X" before an enumeration, the previous amount's giver for a
    further object; the recipient from an object relative, an awarding verb's indirect
    object, the amount's "into" object (`amountobjects`), else the main subject.
- No amount beyond the nearest one is crossed: each amount's frame is read between its
  neighbours.
- Features (`frm:g` the pair holds a giver, `frm:gr` a giver and the recipient, `frm:gg` two
  givers, `frm:away` a giver outside the pair, each also by frame; `frm:gr:main` when the
  recipient is the implied main subject); the model weighs them. One hard use: a `frm:gr`
  pair is kept out of the amount competition of `rerank.select`.
- Measured by `python -m veille.devtools.train_deals --check` (docs/offline-engine.md,
  "Session 7: sources and recipients"): hard-set mean 0.707 -> 0.723, dev 0.944 -> 0.959.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from veille.money import MoneySpan
from veille.offline.amountobjects import amount_objects
from veille.offline.framegive import giving
from veille.offline.framewords import (
    COMING,
    LINKING,
    LIST_WORDS,
    RECEIVE,
    SOURCES,
    Frame,
    Word,
)

if TYPE_CHECKING:
    from veille.offline.orgnames import OrgMention
    from veille.offline.rerankview import Tokens
    from veille.offline.sentences import Sentence

VERB_WINDOW = 10  # words from a getting verb to the amount
AFTER_WINDOW = 9  # words after the amount where the giver may stand
SOURCE_REACH = 5  # words from a source preposition to the name (descriptors between)


@cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r"\w+")


def words_of(masked: str, start: int) -> list[Word]:
    """The masked sentence's words with their text offsets (`Tokens.masked`, `Tokens.start`)."""
    return [
        ("_org_" if (w := m[0])[0] == "_" else w, start + m.start())
        for m in _word_re().finditer(masked)
    ]


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


def sentence_frames(
    toks: Tokens, s: Sentence, amounts: list[MoneySpan], orgs: list[OrgMention], main: str | None
) -> dict[int, Frame]:
    """`amount_frames` for a sentence of the re-ranker: its masked words, its parties (the
    implicit main subject, named elsewhere, is not one; nor the possessive "its" nor the clitic
    "y" of "d'y consacrer", which stand for no giver or recipient). A sentence without an
    amount has no frame: its words are not read (session 16: 55 % of the re-ranker's
    sentences, 1.5 % of an article's time)."""
    if not amounts:
        return {}
    inside = [
        (m.name, m.start, m.end)
        for m in orgs
        if s.start <= m.start < s.end and m.surface.lower() not in ("its", "y")
    ]
    spans = [(x.start, x.end) for x in amounts]
    return amount_frames(toks.masked, toks.start, spans, inside, main)


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
            frame = giving(ws, a, bounds[0], names, last, objects.get(lo))
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
