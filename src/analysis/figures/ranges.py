"""Ranges of values: "từ 60 đến 70%", "5 – 10%". A planned range stands for its lower bound (more_than), a range
reached for its upper bound (less_than); a range spread over units ("dao động từ 2 đến 5%", "từ 48% ở các xã
miền núi đến 97% ở các phường") is no figure. Words: qualifiers.yml `range`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import lexicon
from ..text.numbers import NumberToken
from .cues import QUALIFIER_WORDS

_OPENS = lexicon.union(lexicon.words("qualifiers", "range.opens"))
_JOINS = lexicon.union(lexicon.words("qualifiers", "range.joins"))
_QUALIFIERS = lexicon.union(list(QUALIFIER_WORDS))
_JOINED = re.compile(rf"\s*%?\s*{_JOINS}\s*")  # the plain joint: nothing but the joiner between the bounds
_OPENED = re.compile(rf"(?<!\w){_OPENS}\s+(?:{_QUALIFIERS}\s+)?$")
# the far bound of an opened range, across words of the near bound's own ("… 48% ở các xã miền núi đến 97%")
_FAR = re.compile(rf"[^,;.()\d]{{0,60}}(?<!\w){_JOINS}\s+(?:{_QUALIFIERS}\s+)?$")
_SPREAD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('qualifiers', 'range.spread'))}(?!\w)[^,;.]*$")


@dataclass(frozen=True)
class Range:
    low: NumberToken
    high: NumberToken
    spread: bool


def sentence_ranges(folded: str, start: int, tokens: list[NumberToken]) -> dict[int, Range]:
    """The ranges among a sentence's figures, by the start of each bound."""
    found: dict[int, Range] = {}
    for low, high in zip(tokens, tokens[1:]):
        opened = _OPENED.search(folded, max(start, low.start - 20), low.start)
        plain = _JOINED.fullmatch(folded, low.end, high.start)
        if not plain and not (opened and _FAR.fullmatch(folded, low.end, high.start)):
            continue
        if low.unit not in ("count", "percent") or high.unit not in ("count", "percent") or low.value >= high.value:
            continue
        spread = not plain or bool(_SPREAD.search(folded, max(start, low.start - 60), low.start))
        found[low.start] = found[high.start] = Range(low, high, spread)
    return found
