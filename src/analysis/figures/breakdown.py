"""Breakdowns: a run of labelled counts that adds up to a total stated just before counts what the total does.

"Tiếp nhận 2.847 hồ sơ. … Số hồ sơ theo lĩnh vực: hộ tịch 1.206; chứng thực 984; các lĩnh vực khác 657."
The items name only their part (a field, a unit, a channel) and leave out what is counted, its state and
its time: those are the total's. Arithmetic decides, not words: the parts must add up to the total exactly.
A post-pass over the rows of an article (like restate.heading_counts), reading the numbers no rule decided.
"""
from __future__ import annotations

from bisect import bisect_right
import re

from . import cues
from .classify import head_at
from .confidence import evidence_strength
from .document import Document
from ..text import lexicon
from ..text.marks import BULLET
from ..text.numbers import NumberToken

_LOOKBACK = 1500  # characters: a breakdown follows its total within its section
_SEPARATOR = re.compile(r"[;,:]|\svà\s")
_LEAD_OUT = lexicon.union([*lexicon.words("qualifiers", "particles"), *cues.QUALIFIER_WORDS])
# the label, less the verb or qualifier that leads to the number ("cấp tỉnh có 2.000" -> "cấp tỉnh")
_LABEL = re.compile(rf"\s*(?:{BULLET}\s*)?(?P<label>[^\W\d_][^\d;,:()]{{0,60}}?)(?:\s+{_LEAD_OUT})*\s*$")


def _label(folded: str, text: str, start: int, pos: int) -> str | None:
    """The words that label an item, from the last separator before the number ("; hộ tịch 1.206" -> "hộ tịch")."""
    cut = max((m.end() for m in _SEPARATOR.finditer(folded, start, pos)), default=start)
    m = _LABEL.fullmatch(folded, cut, pos)
    return text[m.start("label"):m.end("label")].strip() if m and len(m.group("label").split()) <= 6 else None


def _tail(folded: str, end: int, stop: int) -> tuple[bool, str | None]:
    """Whether the words after an item's number are nothing or only its noun, and that noun ("hồ sơ")."""
    nxt = _SEPARATOR.search(folded, end, stop)
    after = folded[end:nxt.start() if nxt else stop].strip(" .")
    if not after:
        return True, None
    head = head_at(" " + after)
    return bool(head) and not after[head[1] - 1:].strip(" ."), after[:head[1] - 1] if head else None


def _same_noun(item: str, total: str) -> bool:
    """An item's noun is the total's or its short form ("tài khoản" of "tài khoản thư điện tử")."""
    own, full = head_at(" " + item), head_at(" " + total)
    return bool(own and full) and (own[0] == full[0] or total.startswith(item))


def _runs(doc: Document, tokens: list[NumberToken], read: set[int]) -> list[list[tuple[NumberToken, str, str | None]]]:
    """The runs of unread labelled counts of each sentence: (number, label, head noun or None)."""
    folded, text = doc.folded, doc.text
    runs: list[list[tuple[NumberToken, str, str | None]]] = []
    starts = [t.start for t in tokens]
    # (only figures: "còn lại ở mức độ 1 và 2" names levels, no parts of "5 dịch vụ mức độ 4")
    unread = [t.start for t in tokens if t.unit == "count" and t.figure and t.start not in read]
    unread_set = set(unread)
    for s in doc.sentences:
        if bisect_right(unread, s.end - 1) - bisect_right(unread, s.start - 1) < 2:
            continue  # a breakdown has two parts or more
        mine = tokens[bisect_right(starts, s.start - 1):bisect_right(starts, s.end - 1)]
        run: list[tuple[NumberToken, str, str | None]] = []
        for i, tok in enumerate(mine):
            start = mine[i - 1].end if i else s.start
            label = _label(folded, text, start, tok.start) if tok.start in unread_set else None
            stop = mine[i + 1].start if i + 1 < len(mine) else s.end
            bare, head = _tail(folded, tok.end, stop) if label else (False, None)
            if label and bare:
                run.append((tok, label, head))
                continue
            if len(run) >= 2:
                runs.append(run)
            run = []
        if len(run) >= 2:
            runs.append(run)
    return runs


def parts_of_totals(doc: Document, tokens: list[NumberToken], rows: list[dict]) -> list[dict]:
    """Rows for the labelled parts of a total stated before them: the total's metric, time, state and place,
    each part's label as its scope."""
    read = {r["start"] for r in rows}
    out: list[dict] = []
    for run in _runs(doc, tokens, read):
        first = run[0][0]
        total = sum(float(tok.value) for tok, _, _ in run)
        nouns = {noun for _, _, noun in run if noun}
        found = next((r for r in reversed(rows) if r["unit"] == "count" and r["value"] == total and not r["_restates"]
                      and first.start - _LOOKBACK <= r["start"] < first.start), None)
        if found is None:
            continue
        counted = doc.folded[found["end"]:found["end"] + 60].strip()
        if not all(_same_noun(noun, counted) for noun in nouns):
            continue
        own = head_at(" " + counted)
        strength = evidence_strength("parts", own[0] if own else None, *found["_sources"])
        s = next(x for x in doc.sentences if x.start <= first.start < x.end)
        for tok, label, _ in run:
            out.append({**found, "value": float(tok.value), "qualifier": "exact", "scope": label,
                        "evidence": doc.text[s.start:s.end], "start": tok.start, "end": tok.end, **strength})
    return out
