"""Corrections: the numbers a correction notice or a rejected alternative withdraws. An erratum marker ("đã ghi
là", "bị ghi thành", "in nhầm thành") withdraws the numbers after it up to the correction ("nay xin sửa lại là")
or the clause's end; the numbers before it and after the correction stay ("… là 43 dịch vụ, bài đã in nhầm thành
34 dịch vụ"). A number right after "(chứ) không phải (là)" is the alternative the sentence rejects ("đứng thứ
27/63, không phải 21/63"); in a sentence that corrects a figure, one right before "đã nêu" is the figure said before
and superseded ("điều chỉnh thành 97,86%, thấp hơn mức 98,4% đã nêu"). A claim reported from an unnamed or
unofficial source ("có ý kiến cho rằng … 20%", "một bài đăng … khẳng định 'chỉ 10% …'") states none of its numbers, up
to a contrast. Words: structure.yml `erratum_markers`, `erratum_corrections`, `rejected_alternative`,
`correction_verbs`, `superseded_after`, `mistaken_after`, `hearsay_sources`, `hearsay_verbs`, `hearsay_leads`."""
from __future__ import annotations

import re

from ..text import lexicon
from ..text.numbers import NumberToken
from .cues import QUALIFIER_WORDS

_ERRATUM = lexicon.pattern("structure", "erratum_markers")
_CORRECTION = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'erratum_corrections'))}(?!\w)|[;:]")
_REJECTING = lexicon.union(lexicon.words('structure', 'rejected_alternative'))
_REJECTED_ANY = re.compile(rf"(?<!\w){_REJECTING}(?!\w)")  # one scan of the sentence before one per number
_REJECTED = re.compile(rf"(?<!\w){_REJECTING}\s+(?:[\"“”'‘’]\s*)?(?:{lexicon.union(sorted(QUALIFIER_WORDS))}\s+)?$")
_HEARSAY = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'hearsay_sources'))})(?!\w)[^.;:]{{0,80}}?"
                      rf"(?<!\w){lexicon.union(lexicon.words('structure', 'hearsay_verbs'))}(?!\w)"
                      rf"|(?<!\w){lexicon.union(lexicon.words('structure', 'hearsay_leads'))}(?!\w)(?P<lead>\s*,)?")
# the claim runs to its clause's end (a colon past its first words too: "Về ý kiến cho rằng hồ sơ … chậm: tỷ lệ … là
# 97,15%" answers it), or to the closing quote of a quotation opened right after its verb
_CLAIM_END = re.compile(rf"[;():]|,(?!\d)|(?<!\w){lexicon.union(lexicon.words('structure', 'contrast_turns'))}(?!\w)")
_OPENING_COLON = re.compile(r"\s*:")
_QUOTED = re.compile(r"\s*[\"“‘'](?P<claim>[^\"”’']*)[\"”’']")
_CORRECTING = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'correction_verbs'))}(?!\w)")
# (the figure's own noun may stand between: "1.402 dịch vụ như đã đưa tin")
_SUPERSEDED = re.compile(rf"\s*%?\s*[\"“”'‘’]?(?:\s+(?!như\b)[^\W\d_]+){{0,3}}?\s*"
                         rf"{lexicon.union(lexicon.words('structure', 'superseded_after'))}(?!\w)")

# (… and a number said to be a mistake right after it: "là 42,08% do lỗi đánh máy"; one scan for the words first)
_MISTAKEN_WORDS = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'mistaken_after'))}(?!\w)")
_MISTAKEN = re.compile(rf"\s*%?\s*[\"“”'‘’]?,?(?:\s+[^\W\d_]+){{0,4}}?\s*,?\s*{_MISTAKEN_WORDS.pattern}")


def withdrawn(folded: str, start: int, end: int, tokens: list[NumberToken]) -> set[int] | None:
    """Starts of the tokens between start and end that a correction withdraws; None when a marker withdraws a
    number written before it ("con số 212 dịch vụ đã bị ghi nhầm"): the whole sentence then states no figure."""
    gone: set[int] = set()
    for m in _ERRATUM.finditer(folded, start, end):
        stop = _CORRECTION.search(folded, m.end(), end)
        after = [t.start for t in tokens if m.end() <= t.start < (stop.start() if stop else end)]
        if not after:
            return None
        gone.update(after)
    for m in _HEARSAY.finditer(folded, start, end):  # a claim reported to be weighed: "có ý kiến cho rằng … 20%"
        quoted = _QUOTED.match(folded, m.end(), end)
        opened = _OPENING_COLON.match(folded, m.end(), end)  # ("… cho rằng: …": the claim follows its colon)
        stop = quoted.end("claim") if quoted else \
            next((c.start() for c in _CLAIM_END.finditer(folded, opened.end() if opened else m.end(), end)), end)
        gone.update(t.start for t in tokens if m.end() <= t.start < stop)
    if _REJECTED_ANY.search(folded, start, end):
        gone.update(t.start for t in tokens if _REJECTED.search(folded, max(start, t.start - 35), t.start))
    if _CORRECTING.search(folded, start, end):
        gone.update(t.start for t in tokens if _SUPERSEDED.match(folded, t.end))
    gone.update(mistaken(folded, tokens))
    return gone


_SENTENCE_END = re.compile(r"[.!?](?!\d)")


def misprinted(folded: str, tokens: list[NumberToken]) -> set[int]:
    """Starts of the tokens an erratum marker withdraws, read over the whole text ("số hồ sơ … bị ghi nhầm là 13.640;
    con số chính xác là 31.460"): values printed by mistake, stated nowhere in the article."""
    gone: set[int] = set()
    for m in _ERRATUM.finditer(folded):
        end = stop.start() if (stop := _SENTENCE_END.search(folded, m.end())) else len(folded)
        stop = _CORRECTION.search(folded, m.end(), end)
        gone.update(t.start for t in tokens if m.end() <= t.start < (stop.start() if stop else end))
    return gone


def mistaken(folded: str, tokens: list[NumberToken]) -> set[int]:
    """Starts of the tokens said to be a mistake right after them ("là 42,08% do lỗi đánh máy")."""
    if not tokens or not _MISTAKEN_WORDS.search(folded, tokens[0].end, tokens[-1].end + 60):
        return set()
    return {t.start for t in tokens if _MISTAKEN.match(folded, t.end)}
