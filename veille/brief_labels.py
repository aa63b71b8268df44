"""The brief's fixed wording per target language (French and English; others fall back to
English labels that name the target language instead of pretending to speak it)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class Labels:
    code: str
    title: str
    summary: str
    why: str
    translated: str
    original_same_language: str
    unavailable_offline: str
    unavailable: str
    deals: str
    source: str
    conflicting: str
    undisclosed: str
    billions: str
    millions: str
    decimal: str
    colon: str
    empty: str
    footer_text: str
    months: tuple[str, ...]
    deal_types: tuple[tuple[str, str], ...] = ()

    def deal_type(self, code: str) -> str:
        return dict(self.deal_types).get(code, code.replace("_", " "))

    def heading(self, day: date) -> str:
        month = self.months[day.month - 1]
        when = (
            f"{day.day} {month} {day.year}"
            if self.code == "fr"
            else f"{month} {day.day}, {day.year}"
        )
        return f"{self.title} — {when}"

    def footer(self, n_articles: int) -> str:
        return self.footer_text.format(n=n_articles)


FR = Labels(
    code="fr",
    title="Brief IA — Veille IA quotidienne",
    summary="⚡ Résumé",
    why="💡 Pourquoi c'est important",
    translated="📄 Article traduit en français",
    original_same_language="📄 Article original (déjà en français)",
    unavailable_offline="⚠️ Traduction indisponible hors ligne — texte original :",
    unavailable="⚠️ Traduction indisponible — texte original :",
    deals="🤝 Accords repérés",
    source="Source",
    conflicting="montants divergents selon les sources",
    undisclosed="montant non communiqué",
    billions="milliards",
    millions="millions",
    decimal=",",
    colon=" :",
    empty="Aucun article publié ce jour-là.",
    footer_text="veille — {n} article(s), résumés et analysés automatiquement.",
    months=(
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ),
    deal_types=(
        ("compute_capacity", "capacité de calcul"), ("acquisition", "acquisition"),
        ("investment", "investissement"), ("supply", "approvisionnement"),
        ("licensing", "licence"), ("partnership", "partenariat"),
        ("financing", "financement"), ("other", "autre"),
    ),
)  # fmt: skip

EN = Labels(
    code="en",
    title="AI Brief — Daily AI watch",
    summary="⚡ Summary",
    why="💡 Why it matters",
    translated="📄 Article translated into English",
    original_same_language="📄 Original article (already in English)",
    unavailable_offline="⚠️ Translation unavailable offline — original text:",
    unavailable="⚠️ Translation unavailable — original text:",
    deals="🤝 Deals spotted",
    source="Source",
    conflicting="sources disagree on the amount",
    undisclosed="amount not disclosed",
    billions="billion",
    millions="million",
    decimal=".",
    colon=":",
    empty="No article published that day.",
    footer_text="veille — {n} article(s), summarised and analysed automatically.",
    months=(
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
)  # fmt: skip

LABELS = {"fr": FR, "en": EN}


def labels_for(language: str) -> Labels:
    """Labels for a target language; unknown languages get English labels naming the code."""
    code = language.lower().split("-")[0]
    if code in LABELS:
        return LABELS[code]
    return replace(
        EN,
        code=code,
        translated=f"📄 Article translated ({code})",
        original_same_language=f"📄 Original article (already in {code})",
    )
