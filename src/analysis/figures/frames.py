"""Frames: the list structures of a sentence, and what their header passes to their items.

A header states a total and what it counts; its items only give their part:
"trong 272 dịch vụ … mức độ 4, có: 22 dịch vụ của lĩnh vực A; 23 dịch vụ của lĩnh vực B",
"tiếp nhận 15.000 hồ sơ (trực tuyến 3.000 hồ sơ, trực tiếp 12.000 hồ sơ)",
"Một số đơn vị có nhiều hồ sơ gồm: UBND huyện A (4.772 hồ sơ), UBND huyện B (2.991 hồ sơ)".
`list_frames` finds header and item spans; `inherit` is the one place where the header's metric
family and level flow into an item. Positions index the folded text (`textclean.fold`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..text import lexicon
from ..text.periods import is_period
from .nouns import LEVEL_LIST_COMMA, LEVEL_PATTERN, pairs_nouns

_COUNTED_OPENERS = frozenset(lexicon.words("structure", "counted_openers"))
_OPENER = re.compile(lexicon.word_starts(lexicon.entry("structure", "list_openers"), suffix=r"(?!\w)(?:\s*:)?") + "|:")
_CONTINUATION = re.compile(rf"\s*{lexicon.alternation(lexicon.entry('structure', 'item_continuations'))}")
_SCOPE_MARKER = re.compile(lexicon.alternation(lexicon.entry("structure", "item_scope_markers")))


class Frame(NamedTuple):
    """A header and the items that follow it in one sentence."""

    header: tuple[int, int]
    items: tuple[tuple[int, int], ...]

    def item_at(self, pos: int) -> tuple[int, int] | None:
        """The item span that contains pos."""
        return next((span for span in self.items if span[0] <= pos < span[1]), None)


# a comma or 'và' between items; not inside a number ("2,5") nor in a level list ("mức độ 3, 4")
# (each branch opens with its mark and looks behind it, so the regex engine jumps from mark to mark)
# … or a spaced dash between a number and the next label ("cấp tỉnh 71,2% – cấp huyện 52,6%"; not a range "20 - 30%")
_COMMA_OR_AND = rf",(?!\d)(?!{LEVEL_LIST_COMMA[1:]})|\svà\s|[–—-](?<=[\d%]\s[–—-])\s(?=[^\W\d_])"


_SEMICOLON = re.compile(";")
_ITEM_SEPARATOR = re.compile(_COMMA_OR_AND)
_PAREN_GROUP = re.compile(r"\([^()]*\)")
_ITEM_LEAD = re.compile(r"[\s,;:]*")
_DIGIT = re.compile(r"\d")


_WORD_START = re.compile(r"\S|$")
_LEVEL_AND = re.compile(r"(?<=[1-4iv])\s+và\s+(?:[1-4]|iv|iii|ii)(?![\w.,]\w)")  # "mức độ 3 và 4": both levels


def _split_items(folded: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Item spans of a list body: split at ';' when the body has one, else at ',' and 'và'; every item
    holds a number (words with none are the label of the next number, or trail the last one). A ';' piece whose
    every comma part holds a number, its items all counts or all shares, is a list of its own ("đất đai 57 dịch
    vụ, hộ tịch 24, các lĩnh vực khác 299; tổng cộng 418 dịch vụ"): its parts are items."""
    body = folded[start:end]
    if not (";" in body and ";" in _PAREN_GROUP.sub("", body)):
        return _split_at(folded, start, end, _ITEM_SEPARATOR)[0]
    items: list[tuple[int, int]] = []
    for a, b in _split_at(folded, start, end, _SEMICOLON)[0]:
        parts, numbered = _split_at(folded, a, b, _ITEM_SEPARATOR)
        items.extend(parts if len(parts) > 1 and numbered else [(a, b)])
    return tuple(items)


Spans = tuple[tuple[int, int], ...]


_STEPS = lexicon.union(lexicon.words("structure", "step_runs"))
_STEP_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'step_run_markers'))})\s+{_STEPS}$")
_STEP_AFTER = re.compile(rf",\s*{_STEPS}(?!\w)")


def _joins_steps(folded: str, comma: int) -> bool:
    """The comma at `comma` runs a passive's steps together ("được nộp, tiếp nhận"): one count's words, no item end."""
    return bool(_STEP_AFTER.match(folded, comma) and _STEP_BEFORE.search(folded, max(0, comma - 30), comma))


def _split_at(folded: str, start: int, end: int, separator: re.Pattern[str]) -> tuple[Spans, bool]:
    """The item spans of [start, end) split at `separator`, and whether every piece held a number of one kind."""
    body = folded[start:end]
    pieces, last = [], start
    for m in separator.finditer(body):
        if body.count("(", 0, m.start()) > body.count(")", 0, m.start()):
            continue  # a separator inside parentheses belongs to its item's own breakdown
        if m.group().strip() == "và" and (not _has_own_number(_next_piece(folded, start + m.end(), end))
                                          and not _parallel_paren(folded[last:start + m.start()],
                                                                  _next_piece(folded, start + m.end(), end))
                                          or _LEVEL_AND.match(body, m.start())):
            continue  # "đúng và trước hạn (đạt 99%)", "ở mức độ 3 và 4": 'và' joins words or levels here, not items
        comma = start + m.start()
        if m.group().startswith(",") and (pairs_nouns(folded, comma) or _joins_steps(folded, comma)):
            continue  # "hồ sơ được người dân, doanh nghiệp nộp trực tuyến", "hồ sơ được nộp, tiếp nhận và xử lý …": the
            # comma joins paired nouns or the steps of one count
        pieces.append((last, start + m.start()))
        last = start + m.end()
    pieces.append((last, end))
    items: list[tuple[int, int]] = []
    group_start: int | None = None
    for a, b in pieces:
        if items and group_start is None and _CONTINUATION.match(folded, a):
            items[-1] = (items[-1][0], b)
            continue
        group_start = a if group_start is None else group_start
        if _has_number(folded[a:b]):
            lead = _ITEM_LEAD.match(folded[group_start:b])
            items.append((group_start + lead.end(), b))
            group_start = None
    if items and group_start is not None:
        items[-1] = (items[-1][0], end)
    # (… items of one kind, by their first number: all shares or all counts; "6.918 hồ sơ, vỏn vẹn 3,38%" is a count
    # and its share)
    alike = len({bool(_SHARE_FIRST.match(folded, a, b)) for a, b in items}) == 1
    return tuple(items), alike and all(_has_number(folded[a:b]) for a, b in pieces)


_SHARE_FIRST = re.compile(r"[^\d]*\d[\d.,]*\s*%")  # an item whose first number is a percentage


_PIECE_END = re.compile(r"[,;]|\svà\s")


def _next_piece(folded: str, start: int, end: int) -> str:
    """The text from start to the next item separator."""
    m = _PIECE_END.search(folded, start, end)
    return folded[start:m.start() if m else end]


def _has_number(piece: str) -> bool:
    """A digit that is not a service-level label ("mức độ 4" names a level, it counts nothing)."""
    if not _DIGIT.search(piece):  # no digit at all: the level labels' removal cannot add one
        return False
    return bool(_DIGIT.search(LEVEL_PATTERN.sub(" ", piece)))


_PAREN_PART = re.compile(r"\([^()]*\)?")


def _has_own_number(piece: str) -> bool:
    """A number outside parentheses: a parenthesised number belongs to the item before it."""
    return _has_number(_PAREN_PART.sub(" ", piece) if "(" in piece else piece)


def _parallel_paren(before: str, after: str) -> bool:
    """Both sides of a 'và' are a name with its number in parentheses ("Thanh An (118) và Noong Hẹt (96)"): two items."""
    return _NAME_PAREN_NUMBER.fullmatch(before) is not None and _NAME_PAREN_NUMBER.fullmatch(after) is not None


_NAME_PAREN_NUMBER = re.compile(r"\s*[^\W\d][^()\d]*\(\s*\d[^()]*\)\s*")
_PARENS = re.compile(r"[()]")


def _closing(folded: str, open_at: int, end: int) -> int:
    """The position of the parenthesis closing the one at open_at (or end)."""
    depth = 0
    for m in _PARENS.finditer(folded, open_at, end):  # the engine jumps from parenthesis to parenthesis
        if m.group() == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start()
    return end


_LABEL_END = re.compile(r"(?:là|đạt|bằng)\s*$")  # "Số hồ sơ quá hạn là: 1.551": a label, not a list
# "… tăng nhanh hơn: từ 19 dịch vụ lên 86 dịch vụ": a verb of change (and up to three words of manner) before a colon,
# its from-to complement after it (metric_words.yml change)
_CHANGE_BEFORE_COLON = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('metric_words', 'change.verbs'))})"
                                  rf"(?:\s+[^\W\d_]+){{0,3}}\s*$")
_FROM_AFTER_COLON = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('metric_words', 'change.from'))})\s+\d")


def change_colon(folded: str, start: int, colon: int, end: int) -> bool:
    """The colon at `colon` joins a change to its from-to levels: no label, no list, no clause boundary."""
    return bool(_FROM_AFTER_COLON.match(folded, colon + 1, end) and _CHANGE_BEFORE_COLON.search(folded, start, colon))


_MAY_LIST = re.compile(r":|;|\(|" + lexicon.word_starts(lexicon.entry("structure", "list_openers"), suffix=r"(?!\w)"))  # cheap pre-check
_FULL_STOP = re.compile(r"\.(?!\d)")


def _local_label(folded: str, start: int, colon: int) -> str:
    """The words right before a colon, back to the previous ',', ';', ':', '(' or spaced dash ("… 3.912 hồ sơ (mức độ
    3: 3.256; …)": the label is "mức độ 3"; "412.608 – Hồ sơ trực tuyến: 21.930": "hồ sơ trực tuyến")."""
    dash = max(folded.rfind(f" {c} ", start, colon) for c in "–—-")
    cut = max(*(folded.rfind(c, start, colon) for c in ",;:("), dash + 1 if dash >= 0 else -1)
    return folded[max(cut + 1, start):colon]


def _labels_one_value(folded: str, after: int, stop: int) -> bool:
    """A colon that labels one value in a run of "Label: value;" pieces ("- Tiếp nhận: 86.412 hồ sơ;
    - Hồ sơ trực tuyến: 61.870 hồ sơ;", "mức độ 2: 1.512 dịch vụ; mức độ 3: 197 dịch vụ"): one number
    (a share in parentheses aside) up to the next ';', and the next piece, if any, has a label of its own."""
    # pieces end at ';', or, when there is none, at a ',' outside a number ("mức độ 3: 512 thủ tục, mức độ 4: 571") or
    # a spaced dash after a value ("Hồ sơ tiếp nhận: 412.608 – Hồ sơ trực tuyến: 21.930")
    mark = _SEMICOLON if ";" in folded[after:stop] else _PIECE_COMMA
    found = mark.search(folded, after, stop)
    nxt = found.start() if found else -1
    body = _PAREN_GROUP.sub(" ", folded[after:nxt if nxt >= 0 else stop])
    if ":" in body or len(_NUMBER_RUN.findall(LEVEL_PATTERN.sub(" ", body))) != 1:
        return False
    if nxt < 0:
        return True
    following = mark.search(folded, nxt + 1, stop)
    piece = folded[nxt + 1:following.start() if following else stop]
    # (after a dash, a piece whose words come before its number is labelled too, when the colon's own value stands
    # right after it: "Hồ sơ trực tuyến: 21.930 – tỷ lệ 5,31% – …", not "Theo từng cấp: cấp tỉnh 71,2% – cấp huyện …")
    return ":" in piece or (folded[nxt] in "–—-" and _WORDS_FIRST.match(piece) is not None
                            and _VALUE_FIRST.match(body) is not None)


_WORDS_FIRST = re.compile(r"\s*[^\W\d_][^\d]*\d")
_VALUE_FIRST = re.compile(r"\s*[<>≥≤]?\s*\d")


_PIECE_COMMA = re.compile(r",(?!\d)|[–—-](?<=[\d%]\s[–—-])\s(?=[^\W\d_])")  # … or a spaced dash after a value


def _header_start(folded: str, start: int, opener: int) -> int:
    """Where the header of an opener at `opener` begins: its clause, or the clause before when the
    opener starts a clause of its own ("… là 1.150 hồ sơ; trong đó …")."""
    cut = folded.rfind(";", start, opener)
    if cut >= 0 and not re.search(r"\w", folded[cut + 1:opener]):
        cut = folded.rfind(";", start, cut)
    return max(cut + 1, start)


_NUMBER_RUN = re.compile(r"\d[\d.,]*")


def list_frames(folded: str, start: int, end: int) -> list[Frame]:
    """The lists of the sentence [start, end): opener lists and parenthesised breakdowns."""
    frames: list[Frame] = []
    if not _MAY_LIST.search(folded, start, end):
        return frames
    for m in _OPENER.finditer(folded, start, end):
        head_start = _header_start(folded, start, m.start())
        # an opener inside an open parenthesis ("(mức độ 3: 6.902 hồ sơ; mức độ 4: 2.416 hồ sơ)") ends there
        paren = folded.rfind("(", start, m.start())
        inside = paren >= 0 and folded.find(")", paren, m.start()) < 0
        stop = _closing(folded, paren, end) if inside else end
        full_stop = _FULL_STOP.search(folded, m.end(), stop)
        stop = full_stop.start() if full_stop else stop
        if inside:  # "(bao gồm: …)": the header is what stands before the parenthesis
            head_start = _header_start(folded, start, paren)
        items = _split_items(folded, m.end(), stop)
        header = folded[head_start:m.start()]
        # (a colon after a time alone labels its one value too: "Tháng 2: 1.102 hồ sơ;" is an item of the list above)
        local = _local_label(folded, head_start, m.start())
        label = m.group() == ":" and (_LABEL_END.search(header) or change_colon(folded, head_start, m.start(), stop)
                                      or ((not _has_number(local) or is_period(local))
                                          and _labels_one_value(folded, m.end(), stop)))
        counted = m.group() == ":" or m.group().rstrip(" :") in _COUNTED_OPENERS
        if items and not label and (not counted or _DIGIT.search(header) or (m.group() == ":" and len(items) > 1)):
            frames.append(Frame((head_start, m.start()), items))
    at = folded.find("(", start, end)
    while at >= 0:
        nxt = folded.find("(", at + 1, end)
        close = _closing(folded, at, end)
        # a parenthesis inside an item breaks that item down ("trong đó 2.918 hồ sơ trực tuyến (mức độ 3 là 2.655 hồ
        # sơ, mức độ 4 là 263 hồ sơ)"); one inside a header, or one that holds an opener's list, is no frame of its own
        if not any(f.header[0] <= at < f.header[1] or at < f.items[0][0] < close for f in frames):
            body = folded[at + 1:close]
            if len(_NUMBER_RUN.findall(body)) >= 2 and _DIGIT.search(folded, max(start, at - 40), at):
                items = _split_items(folded, at + 1, close)
                if items:
                    frames.append(Frame((_header_start(folded, start, at), at), items))
        at = nxt
    return frames + (_annotated_names(folded, start, end, frames) if "(" in folded[start:end] else [])


def frame_at(frames: list[Frame], pos: int) -> Frame | None:
    """The innermost frame whose items contain pos."""
    found = [f for f in frames if f.item_at(pos)]
    return min(found, key=lambda f: f.items[-1][1] - f.items[0][0]) if found else None


def item_scope(text: str, folded: str, item: tuple[int, int], number_start: int, number_end: int) -> str:
    """The part an item names, in the article's own words: after "của/thuộc/tại" when present
    ("22 dịch vụ của lĩnh vực Y tế" -> "lĩnh vực Y tế"), else, for a number in parentheses, the words
    before them ("hộ chiếu (trên 80%)" -> "hộ chiếu"); else '' (the item names no part)."""
    marker = _SCOPE_MARKER.search(folded, number_end, item[1])
    if marker and LEVEL_PATTERN.match(folded, _WORD_START.search(folded, marker.end(), item[1]).start()):
        return ""  # "688 thủ tục … ở mức độ 3 và 4": a level, which the metric says, is no part
    if marker:
        words = text[marker.end():item[1]]
    else:
        paren = folded.rfind("(", item[0], number_start)
        if paren < 0 or ")" in folded[paren:number_start] or re.search(r"\d", folded[item[0]:paren]):
            return ""
        words = text[item[0]:paren]
    return re.sub(r"\s+", " ", words).strip(" ,;:()")[:80]


# Families: a generic metric an item may state and the specific metrics of its header it then takes.
_GENERIC = {"services_total": "services_", "procedures_total": "services_level"}
# … and a count's only: dossiers that came in, under a header of online dossiers, came in online ("hệ thống dịch vụ
# công trực tuyến tiếp nhận 6.318 hồ sơ, chia theo lĩnh vực: hộ tịch 1.352 hồ sơ; …"); a share or an x/y has its base
_GENERIC_COUNTS = {**_GENERIC, "dossiers_received": "dossiers_online"}


def inherit(own: str | None, header: str | None, count: bool = False) -> str | None:
    """The metric of an item (a count, if `count`) given its header's: a generic item metric takes the header's
    specific one ("22 dịch vụ công" under "272 dịch vụ … mức độ 4" is a level-4 count); else the item's own."""
    if own is None or header is None or header.endswith("_pct"):
        return own
    prefix = (_GENERIC_COUNTS if count else _GENERIC).get(own)
    if prefix and header.startswith(prefix) and header != own:
        return header
    return own


_RESOLVING = lexicon.pattern("dossiers", "verbs.resolved")
_RECEIVING = lexicon.pattern("dossiers", "verbs.received")


def _resolving_before(folded: str, start: int, end: int) -> bool:
    """The dossier verb nearest before `end` (from `start`) is a resolving one: "tổng số hồ sơ yêu cầu
    giải quyết là N", "nhận giải quyết N"; not "tổng số hồ sơ tiếp nhận: N" (after "Kết quả giải quyết: …")."""
    resolving = [m.end() for m in _RESOLVING.finditer(folded, start, end)]
    receiving = [m.end() for m in _RECEIVING.finditer(folded, start, end)]
    return bool(resolving) and max(resolving) >= max(receiving, default=-1)


def workload_totals(frames: list[Frame], rows: list[dict], folded: str) -> list[dict]:
    """A dossier total "to be resolved" whose parts include dossiers carried over from the previous
    period is the period's workload (dossiers_handled_total), neither received nor resolved:
    "tổng số hồ sơ yêu cầu giải quyết là N; trong đó … kỳ trước chuyển qua M"."""
    out = list(rows)
    for frame in frames:
        parts = [r["metric"] for r in rows if frame.item_at(r["start"])]
        if "dossiers_carried_over" not in parts:
            continue
        for i, row in enumerate(out):
            inside = frame.header[0] <= row["start"] < frame.header[1]
            if inside and row["metric"] in ("dossiers_received", "dossiers_resolved") \
                    and _resolving_before(folded, frame.header[0], row["start"]):
                out[i] = {**row, "metric": "dossiers_handled_total"}
    return out


_VERB_ONLY = ("dossiers_received", "dossiers_resolved", "services_total", "procedures_total")
_LEVELLED = re.compile(r"_level(?:34|3plus|[1-4])")


def inherit_level(own: str, sibling: str, own_level: str | None) -> str:
    """An item that names only its level takes what its sibling counts at that level: "18.300 hồ sơ nộp
    trực tuyến mức độ 3 và 4.200 hồ sơ mức độ 4" -> the second is dossiers_online_level4."""
    if own not in _VERB_ONLY or own_level not in ("3", "4") or not _LEVELLED.search(sibling):
        return own
    if sibling.startswith("dossiers_online"):
        return f"dossiers_online_level{own_level}" + ("_pct" if sibling.endswith("_pct") else "")
    return _LEVELLED.sub(f"_level{own_level}", sibling)


# "…: tư pháp (trên 90%), thuế (97%), hải quan (100%)": names each followed by their value in parentheses
_ANNOTATED = re.compile(r"\s*(?:và\s+)?(?P<name>[^\d()]{2,80}?)\s*\([^()]*\d[^()]*\)\s*")


def _top_level_pieces(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentence cut at ',', ';' and ' và ' outside parentheses."""
    pieces, last, depth = [], start, 0
    for m in re.finditer(r"[()]|[,;]|\svà\s", folded[start:end]):
        at = start + m.start()
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append((last, at))
            last = start + m.end()
    pieces.append((last, end))
    return pieces


def _annotated_names(folded: str, start: int, end: int, frames: list[Frame]) -> list[Frame]:
    """Runs of two or more "name (value)" pieces: each piece is an item (its name is its scope)."""
    found: list[Frame] = []
    run: list[tuple[int, int]] = []
    for a, b in [*_top_level_pieces(folded, start, end), (end, end)]:
        piece = folded[a:b].rstrip(" .")
        lead = len(folded[a:b]) - len(folded[a:b].lstrip())
        if piece and "(" in piece and _ANNOTATED.fullmatch(piece):  # a name (value) piece has its parenthesis
            run.append((a + lead, a + len(piece)))
            continue
        last = _ANNOTATED.match(piece) if run and "(" in piece else None
        if last:  # "… và huyện B (38,6%) vẫn ở mức thấp": the shared predicate follows the last item
            run.append((a + lead, a + last.end()))
        if len(run) >= 2 and not any(f.item_at(run[0][0]) or f.item_at(run[-1][0]) for f in frames):
            found.append(Frame((_header_start(folded, start, run[0][0]), run[0][0]), tuple(run)))
        run = []
    return found
