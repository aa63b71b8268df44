"""The family of patterns find_orgs runs over an article's text (see veille/cuefamily.py).

Members (declared where the patterns live): orgcontext's contexts, list openers and
institutions, orgcues's cue patterns, orgunknown's contexts, lists and product descriptors,
and the gazetteer's matcher (orgs). They are read once per text with one scan of the cues.
"""

from __future__ import annotations

from veille.cuefamily import CueFamily

__all__ = ["ORGS"]

ORGS = CueFamily()
