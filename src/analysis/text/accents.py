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


# "so_ho_so_tiep_nhan = 61.208": a dataset's field name (lower case, words joined by "_"), "=" or ":", then a number
_FIELD = re.compile(r"^(?P<lead>[ \t]*(?:[-•*][ \t]+)?)(?P<name>[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?P<sign>[ \t]*[=:])(?=[ \t]*(?:\d|\Z))",
                    re.MULTILINE)


def fields_as_labels(text: str, folded: str) -> str:
    """A dataset's field lines ("ty_le_truc_tuyen = 65,97", an open-data page's record) read as a label in words and
    its colon ("tỷ lệ trực tuyến : 65,97"); the length is kept, so positions still index the text."""
    if "_" not in text:
        return folded
    out, last = [], 0
    for m in _FIELD.finditer(text):
        words = restore_marks(m.group("name").replace("_", " "))
        if len(words) != len(m.group("name")):
            continue
        out += [folded[last:m.start("name")], words, folded[m.end("name"):m.end()].replace("=", ":")]
        last = m.end()
    return "".join(out) + folded[last:] if out else folded
