"""veille.offline.dealtype: a window's cues read from the article's scan (session 16)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from veille.offline import dealtype
from veille.offline.dealtype import _cue_re, _forward_only, _window_safe, all_cues, window_cues
from veille.offline.lowscan import LOWERED


def _windows(text: str) -> list[tuple[int, int]]:
    """Sentence-like windows, windows cut inside words and at hyphens, the whole text."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s+|\n", text)]
    starts = [0, *ends]
    out = list(zip(starts, [*ends, len(text)], strict=True))
    out += [(at, min(len(text), at + 160)) for at in range(0, len(text), 53)]
    out += [(m.start(), m.end() + 90) for m in re.finditer(r"-|\w(?=\w)", text[:600])][::7]
    return [*out, (0, len(text))]


def test_window_cues_are_the_windows_own(eval_items: list[dict[str, Any]]) -> None:
    """Every window of every dev article: the same cues as a scan of the window alone, and
    most of them read from the article's scan (no scan of the window)."""
    windows = read = 0
    for item in eval_items:
        text = item["text"]
        all_cues(text)  # the article is read first, as in the engine
        low = dealtype.lowered(text)
        for start, end in _windows(text):
            assert window_cues(text, start, end) == all_cues(text[start:end]), (start, end)
            windows += 1
            if low is not None and LOWERED.window(_cue_re(True), low, start, end) is not None:
                read += 1
    assert read > 0.8 * windows


def test_a_window_after_a_word_character_or_hyphen_is_scanned_alone() -> None:
    text = "Le rachat de Tableau. " * 30 + "Pré-acquisition de Tableau pour 3 milliards."
    start = text.index("acquisition")
    # alone, "acquisition" opens the window: a cue; in the article it follows "Pré-"
    assert window_cues(text, start, len(text)) == all_cues(text[start:])
    assert window_cues(text, start, len(text))[0].start == 0
    assert not [c for c in all_cues(text) if c.start == start]


def test_the_cue_pattern_reads_back_only_in_its_lookbehind() -> None:
    assert _window_safe()
    parse = re._parser.parse
    assert not _forward_only(parse(r"\bdeal"), False)
    assert not _forward_only(parse(r"deal(?<=l)"), False)
    assert not _forward_only(parse(r"deal$"), False)
    assert _forward_only(parse(r"deal(?= for\b)"), False)
    assert not _forward_only(parse(r"(?:\bdeal|x)"), False)


@pytest.mark.parametrize("offset", [0, 1, 7])
def test_window_cues_fall_back_for_short_texts(offset: int) -> None:
    text = "Microsoft acquires Activision for $69 billion."
    assert window_cues(text, offset, len(text)) == all_cues(text[offset:])
