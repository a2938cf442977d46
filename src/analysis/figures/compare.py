"""Comparisons with other units: "kết quả của tỉnh cao hơn Điện Biên (41,6%) nhưng thấp hơn Lào Cai (68,2%)".
A unit's bare percentage in a comparison gives the rate compared, and the comparison must hold: the article's
own value of that rate is higher than the unit's after "cao hơn", lower after "thấp hơn". Of the rates the
paragraph has stated, the most recent one for which the comparison holds is the one compared."""
from __future__ import annotations

import re

from ..text import lexicon

_HIGHER = lexicon.words("structure", "compared_higher")
_LOWER = lexicon.words("structure", "compared_lower")
_COMPARED = re.compile(rf"(?<!\w)(?P<w>{lexicon.union([*_HIGHER, *_LOWER])})(?!\w)")
_LOWER_SET = frozenset(_LOWER)


_PERCENT = re.compile(r"(\d+(?:,\d+)?)\s*%")


def constraints(sentence: str) -> list[tuple[float, int]]:
    """Each percentage after a comparison word of the sentence (folded), with the comparison's sign: +1 when the
    article's own value is the higher ("cao hơn Điện Biên (41,6%)"), -1 when the lower ("thấp hơn Lào Cai
    (68,2%)", "xếp sau Lâm Đồng (84,21%)")."""
    marks = list(_COMPARED.finditer(sentence))
    found = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(sentence)
        clause = sentence.find(";", m.end(), end)  # a comparison holds within its clause
        end = clause if clause >= 0 else end
        sign = -1 if m.group("w") in _LOWER_SET else 1
        found += [(float(p.group(1).replace(",", ".")), sign) for p in _PERCENT.finditer(sentence, m.end(), end)]
    return found


def compared_rate(stated: list[tuple[str, float]], held: list[tuple[float, int]]) -> str | None:
    """The most recent stated rate (metric, own value) for which every comparison holds."""
    return next((metric for metric, own in reversed(stated) if all((own - v) * sign > 0 for v, sign in held)), None)


_CLAUSE_MARK = re.compile(r"[;:]|[,.](?!\d)")  # a decimal comma ("78,4%") marks no clause
_WORD = re.compile(r"[^\W\d_]")
_PLAN_NOUN = re.compile(lexicon.union(lexicon.words("status", "plan_nouns")))


def compared_value(folded: str, start: int, pos: int) -> bool:
    """The number at pos is the value of what its clause compares with, named between the comparison word and
    it ("…, và còn thấp hơn Đà Nẵng (14,6%)", "cao hơn mức bình quân toàn tỉnh (41,7%)"); not a bound
    ("vượt 50%")."""
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(folded, start, pos)), default=start)
    found = None
    for found in _COMPARED.finditer(folded, cut, pos):
        pass
    return found is not None and bool(_WORD.search(folded, found.end(), pos)) \
        and not _PLAN_NOUN.search(folded, found.end(), pos)  # "vượt chỉ tiêu 80%": compared with the plan

