"""The family of patterns read over an article's lower-cased text (see veille/cuefamily.py).

Members (declared where the patterns live): the deal cues (dealtype, also read over each
evidence), the unrealised-transaction and the rival cues (pairfeatures). One scan of
their cues per lower-cased text instead of three (session 10).
"""

from __future__ import annotations

from veille.cuefamily import CueFamily

__all__ = ["LOWERED"]

LOWERED = CueFamily()
