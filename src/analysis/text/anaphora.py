"""Levels named by pointing back: "147 dịch vụ ở mức này", "58 hồ sơ đạt mức độ đó". The level word and its pointer
stand for the one level named last before them in the paragraph; the folded text gets that level written in, same
length, so every rule reads "ở mức này" as it reads "ở mức 3"."""
from __future__ import annotations

import re

from . import lexicon

_LEVEL_WORDS = lexicon.union(lexicon.words("numbers", "level_words"))
_NUMERALS: dict[str, str] = lexicon.entry("numbers", "level_numerals")
# an explicit level: "mức độ 3", "mức 4", "mức độ ba" (not "mức độ 3, 4": two levels leave the pointer unread)
_NAMED = re.compile(rf"(?<!\w){_LEVEL_WORDS}\s*(?:(?P<digit>[1-4])|(?P<word>{lexicon.union(list(_NUMERALS))}))"
                    r"(?!\w)(?![.,]?\s*(?:và\s+|hoặc\s+)?(?:[1-4]|mức)\b)")
# a link, a level word, a pointer: "ở mức này", "đạt mức độ đó" (a plural before the level word, "hai mức này", is
# left alone)
_POINTER = re.compile(rf"(?<!\w)(?:{lexicon.group('structure', 'level_pointer_links')})\s+{_LEVEL_WORDS}\s+"
                      rf"(?P<pointer>{lexicon.group('structure', 'level_pointers')})(?!\w)")


def level_pointers(text: str, folded: str) -> str:
    """The folded text with each level pointed back to ("ở mức này") written as the level named last before it in
    the same paragraph of the text ("ở mức 3  "), same length; the text unchanged where no single level comes before."""
    found = []
    for m in _POINTER.finditer(folded):
        start = text.rfind("\n", 0, m.start()) + 1
        named = None
        for named in _NAMED.finditer(folded, start, m.start()):
            pass
        if named is not None:
            level = named.group("digit") or _NUMERALS[named.group("word")]
            found.append((m.start("pointer"), m.end("pointer"), level))
    if not found:
        return folded
    chars = list(folded)
    for start, end, level in found:
        chars[start:end] = level + " " * (end - start - 1)
    return "".join(chars)
