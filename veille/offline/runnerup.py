"""The article's second protagonist as the customer of a lone supplier (session 10).

Why: news about a deal between a customer and a builder (a neocloud, a data-centre
developer, an unknown company) goes on to the builder's suppliers, named alone in their
sentence: "Cohere books GPU capacity from Tuckahoe Compute ... Dell will supply the servers",
"Société Générale réserve du calcul chez Causse Compute ... Les serveurs seront fournis par
Eviden", "Ses serveurs sont fournis par HPE", "Entergy has agreed to supply electricity to
the site". The re-ranker paired the lone name with the main subject only (the customer's
customer: a wrong pair the rules propose too) and never with the builder. The builder is the
runner-up: the party the article talks about most after the main subject, by the main
subject's own count (mentions, the first sentence, the title).

What is kept (judged by `train_deals --check`, fresh mean 0.722 -> 0.724): in a sentence
naming one party, with a supply cue, when that party is of a supplier's kind, the runner-up
of a builder's kind and the main subject not, the pair (runner-up, supplier) is a told
candidate (kept at the threshold) and the main subject's amountless pair is dropped.

Measured and dropped: the runner-up paired with every lone name, for the model to judge
(over heldout_s8..s13 and s20..s22, 194 such pairs, 53 right, 13 of them gold deals no
candidate had): fresh 0.722 -> 0.719 with the shared features, 0.718 isolated (`isolate`)
with amounts, 0.721 amountless only; the model keeps almost none of them, and their wrong
amountless implicit pairs and amounts moved the other candidates' weights and competitions.
The same told rule without the supplier's kind: 0.722 (precision fell on four fresh sets).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from veille.offline.dealtype import Cue
from veille.offline.orgnames import OrgMention
from veille.offline.pairfeatures import WORD_FEATURES
from veille.offline.parties import main_subject

if TYPE_CHECKING:
    from veille.offline.rerankview import ArticleView, Candidate

__all__ = ["RUNNER_UP", "SUPPLIED", "isolate", "lone_party", "runner_up", "supplied"]

RUNNER_UP = True  # switch for leave-one-set-out experiments


def runner_up(view: ArticleView) -> OrgMention | None:
    """The first mention of the party talked about most after the main subject, by the main
    subject's own count (mentions, the first sentence, the title)."""
    if not RUNNER_UP or view.main is None:
        return None
    others = [m for m in view.parties if m.name not in view.inferred and m.name != view.main]
    name = main_subject(view.title, others, view.sentences[0] if view.sentences else None)
    return next((m for m in others if m.name == name), None)


def lone_party(
    view: ArticleView,
    named: list[OrgMention],
    second: OrgMention | None,
    extra: Mapping[OrgMention, object],
) -> tuple[OrgMention, OrgMention] | None:
    """The runner-up `second` and the one party a sentence names (`named`: its parties), when
    that party is neither the main subject nor the runner-up, and no anaphor of the sentence
    stands for another."""
    if second is None or not named or any(m.name != named[0].name for m in named):
        return None
    if named[0].name in (view.main, second.name):
        return None
    if any(m.name != view.main for m in extra):
        return None  # an anaphor of the runner-up pairs it already; of a third, no lone name
    return second, named[0]


def isolate(found: list[Candidate]) -> list[Candidate]:
    """The runner-up's candidates speak their own features ("2:" before every non-word
    feature, the words left out): shared with the other candidates, their mostly wrong
    amountless implicit pairs pulled the main subject's own down (fresh 0.722 -> 0.718)."""
    for c in found:
        c.features = {
            "bias": 1.0,
            **{
                f"2:{k}": v
                for k, v in c.features.items()
                if k != "bias" and not k.startswith(WORD_FEATURES)
            },
        }
    return found


SUPPLIED = True  # switch: the supplier of a builder the customer's article talks about
BUILDER_KINDS = frozenset({"other", "neocloud", "datacenter"})  # an unknown name is "other"


# the gazetteer's kinds of a supplier of sites and machines
SUPPLIER_KINDS = frozenset(
    {"hardware", "energy", "chipmaker", "consultancy", "semiconductor_equipment"}
)


def supplied(view: ArticleView, second: OrgMention, lone: OrgMention, near: list[Cue]) -> bool:
    """A lone name in a supply sentence supplies the runner-up, not the main subject, when the
    runner-up builds (an unknown company, a neocloud, a data-centre operator) and the main
    subject does not: the customer's article ("Cohere books GPU capacity from Tuckahoe
    Compute") goes on to the builder's suppliers ("Dell will supply the servers", "Les
    serveurs seront fournis par Eviden", "Entergy has agreed to supply electricity to the
    site"). When the main subject builds itself, its own pair stays (it is the customer)."""
    if not SUPPLIED or second.kind not in BUILDER_KINDS or lone.kind not in SUPPLIER_KINDS:
        return False
    main = next((m for m in view.parties if m.name == view.main), None)
    if main is None or main.kind in BUILDER_KINDS:
        return False
    return any(c.type == "supply" for c in near)
