"""Session 9: a sentence with no subject of its own pairs its named party with its topic, the
subject of the sentences before it, when that topic is not the article's main subject
(`extracands.topic_party`). Texts are adapted from the patterns of the read sets' misses
(heldout_s11, s12, s13), with invented young companies; the others are gazetteer entries."""

from __future__ import annotations

from veille.offline.engine import rule_view
from veille.offline.rerankfeatures import candidates
from veille.schema import ArticleInput

PRO_DROP_ES = (
    "Vantage Data Centers ha cerrado la financiación "
    "de su campus de Illescas.\n\n"
    "La compañía firmó con Iberdrola un contrato de compraventa de energía renovable a quince "
    "años, valorado en unos 950 millones de euros.\n\n"
    "Vantage negocia con varios proveedores de nube estadounidenses.\n\n"
    "Iberdrola ha convertido los centros de datos en una prioridad. Este año firmó con Microsoft "
    "un contrato de venta de 150 megavatios eólicos en Aragón."
)
OWN_SUBJECT_EN = (
    "Bluegum Cloud has agreed to rent GPU capacity to Canva over six years, the Sydney-based "
    "provider said on Monday.\n\n"
    "Canva relied mainly on Amazon Web Services for its computing needs. "
    "Microsoft signed a separate agreement with Amazon Web Services last year."
)


def _topic_pairs(text: str) -> set[frozenset[str]]:
    view, _, _ = rule_view(ArticleInput(article_id="t", title="", text=text))
    return {frozenset(c.parties) for c in candidates(view) if "topic" in c.features}


def test_pro_drop_sentence_pairs_the_previous_subject() -> None:
    """ "Iberdrola ha convertido ... . Este año firmó con Microsoft ...": the seller is the
    subject of the sentence before, not the article's main subject (Vantage Data Centers)."""
    assert frozenset({"Iberdrola", "Microsoft"}) in _topic_pairs(PRO_DROP_ES)


def test_sentence_with_its_own_subject_has_no_topic_pair() -> None:
    """ "Microsoft signed ... with Amazon Web Services": the sentence names its subject, so
    the previous sentence's subject (Canva) is no party of it."""
    pairs = _topic_pairs(OWN_SUBJECT_EN)
    assert frozenset({"Canva", "Microsoft"}) not in pairs
    assert frozenset({"Canva", "Amazon Web Services"}) not in pairs
