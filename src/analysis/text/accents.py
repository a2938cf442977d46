"""Vietnamese written without its marks ("Ho so tiep nhan", a spreadsheet's header kept unaccented so old software
shows it): the lexicon's own phrases put back, so the same rules read it. Only phrases whose unmarked form stands for
one marked form are restored ("ho so" -> "hồ sơ"; "so" is "số" or "sở": left alone)."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon
from .clean import strip_accents


@lru_cache(maxsize=1)
def _marked() -> tuple[re.Pattern[str], dict[str, str]]:
    """The regex of the unmarked phrases (longest first) and each one's marked form."""
    forms: dict[str, set[str]] = {}
    for phrase in lexicon.all_phrases():
        phrase = " ".join(phrase.lower().split())
        bare = strip_accents(phrase).replace("đ", "d")
        if bare != phrase and re.fullmatch(r"[a-z ]+", bare):
            forms.setdefault(bare, set()).add(phrase)
    table = {bare: next(iter(marked)) for bare, marked in forms.items() if len(marked) == 1}
    alternatives = "|".join(re.escape(b) for b in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{alternatives})(?![a-z])"), table


@lru_cache(maxsize=4096)  # a table's column names come back once per row
def restore_marks(phrase: str) -> str:
    """The phrase with the lexicon's words marked again when it is written with no Vietnamese mark at all (lower
    case); any other phrase as it is."""
    if not phrase.isascii():
        return phrase
    pattern, table = _marked()
    return pattern.sub(lambda m: table[m.group()], phrase.lower())
