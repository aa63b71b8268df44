"""The sentence gate shared by the session-10 drop rules (profits, tenants)."""

from __future__ import annotations

from veille.offline.sentences import mentions_any


def test_mentions_any_reads_the_lowered_text_anywhere() -> None:
    assert mentions_any("Le Résultat net a doublé", ("résultat",))
    assert mentions_any("Nettogewinn", ("gewinn",))  # inside a word too: the regex decides
    assert not mentions_any("a $2 billion loan", ("lease", "rent"))
