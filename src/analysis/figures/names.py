"""Names of the units and places a figure belongs to, read from the words right before it: a capitalised
name listed before the number, a "name (value)" item, a "Name: value" label, a bare place name, the last named
unit, or a named unit that is the subject of a rate. `subject_name` is the one the metric rules read
(ctx.item_name); items.list_scope tries the others for a list item's scope."""
from __future__ import annotations

import itertools
import re

from . import cues
from ..text import lexicon
from ..text.numbers import NumberToken
from ..text.clean import fold
from ..text.marks import strip_bullets
from .document import numbering_end
from .nouns import PLACE_ASIDE, RATE_WORD, dossier_metric, first_head, level_in


# (a dash or a comma may follow: "Bắc Ninh – 86,07%", "Giải Nhất: thành phố Tam Kỳ, 91,08%")
_NAME_WORDS = r"((?:[^\W\d_][^\s\d,;:()]*\s+){0,4}[^\W\d_][^\s\d,;:()]*)\s*(?:[–—-]\s+|,\s*)?$"
_TRAILING_COMMA = re.compile(r",\s*$")
_ITEM_NAME = re.compile(rf"(?:^|[:,;])\s*{_NAME_WORDS}")
_NUMBERED_NAME = re.compile(_NAME_WORDS)


_LETTER_MARK = re.compile(r"[^\W\d_][.)]\s")  # "A. ", "b) ": an option's or an item's letter


def item_name(text: str, start: int, pos: int) -> str:
    """The capitalised name listed right before a number or its dash ("…: Cù Lao Dung 2,1%", "2. Bắc Ninh – 86,07%"),
    else ''."""
    # the name's words hold no ':', ',' or ';': only the last of them can open it (or the text's start); a comma
    # right before the number closes the name, it opens none
    trailing = _TRAILING_COMMA.search(text, start, pos)
    before = trailing.start() if trailing else pos
    mark = max(text.rfind(":", start, before), text.rfind(",", start, before), text.rfind(";", start, before))
    # "2. Bắc Ninh – 86,07%": a numbered line's item opens the name (the window may start at the number or after it)
    opened = numbering_end(text, text.rfind("\n", 0, start) + 1) if mark < 0 else None
    numbered = opened is not None and start <= opened
    if mark < 0 and start > 0 and not numbered:
        return ""
    m = _NUMBERED_NAME.match(text, opened, pos) if numbered else _ITEM_NAME.match(text, max(mark, start), pos)
    if not m:
        return ""
    name = m.group(1).strip()
    if _LETTER_MARK.match(name):
        return ""  # "A. Từ 30% trở lên – B. Từ 40% …": a lettered option, no name
    unit = _UNIT.match(name)  # "thành phố Tam Kỳ": a unit word, then the capitalised name
    words = name[unit.end() if unit else 0:].split()
    # (before a comma a name has two words at least: "Dạ, 88 phần trăm" is a reply, not a place)
    return name if len(words) >= (2 if trailing and not unit else 1) and _capitalised(words) else ""


_NAME_LEAD_IN = re.compile(lexicon.alternation(lexicon.entry("structure", "name_lead_ins")))


def annotated_name(text: str, folded: str, item: tuple[int, int] | None, tok: NumberToken) -> str:
    """The name of a "name (value)" list item whose value is this number, else ''."""
    if item is None:
        return ""
    paren = folded.rfind("(", item[0], tok.start)
    if paren < 0 or re.search(r"\d", folded[item[0]:paren]) or ")" in folded[paren:tok.start]:
        return ""
    name_start = item[0]
    for m in _NAME_LEAD_IN.finditer(folded, item[0], paren):
        name_start = m.end()
    return text[name_start:paren].strip()


def item_label(text: str, folded: str, item: tuple[int, int], tok: NumberToken) -> str:
    """The label of a "Name: value" list item ("Huyện A: 1.200 hồ sơ" -> "Huyện A"), unless it names a level
    or what is counted ("số hồ sơ trễ hạn là: 1.300 hồ sơ": the figure's own name, not a part; "Tiếp nhận: 512.330
    hồ sơ", "Tỷ lệ đúng hạn quý I: 99,41%": a state of dossiers, a rate)."""
    colon = folded.rfind(":", item[0], tok.start)
    if colon < 0 or re.search(r"\d", folded[colon:tok.start]):
        return ""
    label = folded[item[0]:colon] + " "
    if level_in(label) or first_head(label) or RATE_WORD.search(label) \
            or dossier_metric(label, "", "", pct=False):
        return ""
    return strip_bullets(text[item[0]:colon], "\n")


_UNIT_WORDS = lexicon.union(lexicon.words("structure", "unit_words"))
_UNIT = re.compile(rf"\s*{_UNIT_WORDS}\s+", re.IGNORECASE)
_NAMED_UNIT = re.compile(rf"(?<!\w){_UNIT_WORDS}\s+", re.IGNORECASE)
_UNIT_WORD_SET = set(lexicon.words("structure", "unit_words"))


def _capitalised(words: list[str]) -> bool:
    """Every word opens with a capital and holds no digit."""
    return all(w[0].isupper() and not any(c.isdigit() for c in w) for w in words)


def bare_name(text: str, item: tuple[int, int], tok: NumberToken) -> str:
    """The place name standing alone before a bare item's number ("huyện Mỹ Xuyên 1.127", "Bạc Liêu 4.215", the
    number alone in parentheses: "Thanh Xương (142)", a bullet's label: "- Huyện Mộ Đức: 312"): a unit word then one
    to four capitalised words, or two to four capitalised words; else ''."""
    start, end = _name_span(text, item, tok)
    unit = _UNIT.match(text, start, end)
    words = text[unit.end() if unit else start:end].split()
    if not (1 if unit else 2) <= len(words) <= 4 or not _capitalised(words):
        return ""
    return text[start:end].strip()


def _name_span(text: str, item: tuple[int, int], tok: NumberToken) -> tuple[int, int]:
    """An item's name before its number, up to the parenthesis the number stands alone in ("Sở Tư pháp (18.642)")."""
    opened = _OPEN_PAREN_END.search(text, item[0], tok.start) if text.startswith(")", tok.end) else None
    return _label_span(text, item[0], opened.start() if opened else tok.start)


def _label_span(text: str, start: int, end: int) -> tuple[int, int]:
    """An item's words before its number without the bullet that opens it or the colon that closes its label."""
    label = strip_bullets(text[start:end], ":")
    at = text.find(label, start, end) if label else end
    return at, at + len(label)


_OPEN_PAREN_END = re.compile(r"\(\s*$")


def named_unit(text: str, item: tuple[int, int], tok: NumberToken) -> str:
    """The last unit an item names before its number ("còn thị xã Kiến Tường chỉ có 6.214 hồ sơ" -> "thị xã
    Kiến Tường"): a unit word and the capitalised words after it (up to four); else ''."""
    for m in reversed(list(_NAMED_UNIT.finditer(text, item[0], tok.start))):
        words = [w.strip(":,;()") for w in text[m.end():tok.start].split()[:4]]
        names = list(itertools.takewhile(lambda w: w[:1].isupper() and not any(c.isdigit() for c in w), words))
        if names:
            return " ".join([m.group().strip(), *names])
    return ""


_UNIT_HEADS = lexicon.union(lexicon.words("structure", "named_unit_heads"))
# a name opens after a conjunction ("…, trong khi …") or a comparison ("… thấp hơn Đà Nẵng (14,6%)")
_SOFT_OPENER = re.compile(rf".*(?<!\w){lexicon.union([*lexicon.words('structure', 'unit_subject_openers'), *lexicon.words('structure', 'compared_higher'), *lexicon.words('structure', 'compared_lower')])}(?!\w)",
                          re.DOTALL | re.IGNORECASE)
_SUBJECT_TAIL = re.compile(rf"(?:\s*\([^()\d]*\))?(?:\s+(?:{lexicon.union(lexicon.words('structure', 'unit_subject_links'))}"
                           rf"|{lexicon.union(list(cues.QUALIFIER_WORDS))}))*\s*$", re.IGNORECASE)
_HEADED_NAME = re.compile(rf"(?<!\w)(?:{_UNIT_HEADS}\s+)+(?=[^\W\d_])", re.IGNORECASE)


def _without_aside(window: str) -> str:
    """The words before a number with an aside describing the unit taken out (nouns.PLACE_ASIDE), when only the unit's
    links to the number follow it ("huyện Kỳ Sơn, một huyện miền núi …, còn dưới " -> "huyện Kỳ Sơn còn dưới ")."""
    aside = next(reversed(list(PLACE_ASIDE.finditer(window))), None)
    if aside is None or not _SUBJECT_TAIL.fullmatch(" " + window[aside.end():]):
        return window
    return window[:aside.start()] + " " + window[aside.end():]


def unit_subject(text: str, start: int, pos: int) -> str:
    """The named unit that is the subject of a number, right before it ("…, trong khi xã Đại Tự mới đạt 48,7%",
    "UBND huyện Nậm Pồ 64,2%", "Đắk Nông đạt 80,12%"): unit head words and a capitalised name, or two or more
    capitalised words; else ''."""
    # "… và UBND thành phố Điện Biên Phủ (97,5%)": the name before its value; a name and its links are short
    window = _without_aside(text[max(start, pos - 120):pos]).rstrip(" (")
    window = window[:-1].rstrip() if window.endswith(":") else window  # "Sở Tư pháp: 98,75%": the name labels its value
    if window[1:] == window[1:].lower() and not _HEADED_NAME.search(window):
        return ""  # a name has a capital past the window's first letter
    tail = _SUBJECT_TAIL.search(window)
    body = window[:tail.start()] if tail else window
    # "…; thấp nhất là huyện Tân Biên, chưa tới 60%": a unit named, then a comma and its value (a unit word needed)
    apposed = body.rstrip().endswith(",")
    body = body.rstrip().rstrip(",") if apposed else body
    body = body[max(body.rfind(c) for c in ",;:(") + 1:]
    head = next((m for m in _HEADED_NAME.finditer(body) if body[m.end()].isupper()), None)
    if apposed and not head:
        return ""  # ("huyện B thấp nhất, khoảng 12%": the words that rank it may follow the name)
    if head:
        name = body[head.start():].strip()
    else:
        opener = _SOFT_OPENER.match(body)
        name = body[opener.end() if opener else 0:].strip()
        if len(name.split()) < 2 or not _capitalised(name.split()):
            # the capitalised words that end the clause ("cùng thời gian Bến Tre đạt 5,1%"), two or more
            tail = list(itertools.takewhile(lambda w: _capitalised([w]), reversed(name.split())))
            if len(tail) < 2 or len(tail) == len(name.split()):
                return ""
            name = " ".join(reversed(tail))
    words = [w for w in name.split() if any(c.isalpha() for c in w)]  # (a dash inside a name is no word of it)
    return name if 1 <= len(words) <= 8 and not any(c.isdigit() for c in name) else ""


def subject_name(text: str, folded: str, start: int, item: tuple[int, int] | None, tok: NumberToken) -> str:
    """The name a figure is said of, if any: listed right before it, the name of its "name (value)" item, or (a
    percentage) the named unit that is its subject."""
    return (item_name(text, start, tok.start) or annotated_name(text, folded, item, tok)
            or (unit_subject(text, start, tok.start) if tok.unit == "percent" else ""))


_AGENCY_HEADS = lexicon.union(lexicon.words("scopes", "subject_agency_heads"))
# a unit word or an agency head, then a capitalised word: "huyện Duy Tiên", "Chi nhánh Rạch Giá", "Sở Tư pháp"
_SUBJECT_HEAD = re.compile(rf"(?<!\w)(?:{_UNIT_WORDS}|{_AGENCY_HEADS})\s+(?=\w)")  # (on the folded text)
_NOT_SUBJECT_AFTER = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('scopes', 'subject_not_after'))})\s*$")
_IN_ASIDE = re.compile(r"[^()]*\)")  # a closing parenthesis before the figure, no opening one: inside an aside
_SITED = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('scopes', 'subject_sited'))})(?:\s+\S+){{0,6}}\s*$")
_SOURCE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('scopes', 'subject_sources'))}(?!\w)")
_SPEAKER = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('scopes', 'subject_speakers'))}(?!\w)")
_RESET = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('scopes', 'subject_resets'))}(?!\w)")
_MARK_CUT = re.compile(r"[,;:()·|]|\.(?=\s)")  # (a sentence's end too; a dot or bar between a page's fields)
_PLACE_WORDS = frozenset({"tỉnh", *_UNIT_WORD_SET})
_NAME_STOPS = frozenset([*lexicon.words("scopes", "agency_name_stops"), *lexicon.words("scopes", "subject_speakers")])
_BARE_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('scopes', 'subject_quantifiers'))})\s+$")


def _name_words(text: str, head: str, at: int, pos: int) -> list[str]:
    """The words of a unit's name after its head: a place's capitalised words; an agency's capitalised word, then
    its lower-case words up to what the sentence says of it ("Sở Tài nguyên và Môi trường nhận …" -> "Tài nguyên
    và Môi trường"); none when the word after the head is lower-case."""
    words = _MARK_CUT.split(text[at:pos], maxsplit=1)[0].split()
    if not words or not words[0][:1].isupper() or any(c.isdigit() for c in words[0]):
        return []
    if head.lower() in _UNIT_WORD_SET:
        return list(itertools.takewhile(lambda w: w[:1].isupper() and not any(c.isdigit() for c in w), words[:4]))
    name, placed, i = words[:1], False, 1
    while i < min(len(words), 9):
        word, low = words[i], words[i].lower()
        two = f"{low} {words[i + 1].lower()}" if i + 1 < len(words) else low
        if any(c.isdigit() for c in word) or low in _NAME_STOPS or two in _NAME_STOPS \
                or (low == "và" and not (i + 1 < len(words) and words[i + 1][:1].isupper()
                                         and not _opens_unit(words[i + 1:i + 4]))) \
                or (placed and not word[:1].isupper()):
            break
        # the agency's place ends its name: "… công tỉnh", "… đất đai huyện Lạc Sơn", "… công thành phố" (a place
        # word before a lower-case one is none: "Thương binh và Xã hội")
        step = 2 if two in _PLACE_WORDS else 1
        placed = placed or low == "tỉnh" or (two if step == 2 else low) in _PLACE_WORDS and _opens_unit(words[i:i + 3])
        name.extend(words[i:i + step])
        i += step
    return name


_ITEM_HEADS = lexicon.union([*lexicon.words("scopes", "subject_agency_heads"), *lexicon.words("scopes", "field_heads")])
_HEADED_ITEM = re.compile(rf"\s*(?P<head>{_ITEM_HEADS})\s+", re.IGNORECASE)
_FIELD_HEAD = re.compile(lexicon.union(lexicon.words("scopes", "field_heads")), re.IGNORECASE)


def headed_name(text: str, item: tuple[int, int], tok: NumberToken) -> str:
    """An item that is only an agency's or a field's name before its number ("Sở Kế hoạch và Đầu tư 15", "lĩnh vực
    Lao động – Thương binh và Xã hội 7", the number alone in parentheses: "Sở Tư pháp (18.642)"): the name; else ''."""
    start, end = _name_span(text, item, tok)
    m = _HEADED_ITEM.match(text, start, end)
    words = _name_words(text, m.group("head"), m.end(), end) if m else []
    rest = text[m.end():end].split() if m else []
    # (a field's name is often lower-case; a label's colon closes it: "- Lĩnh vực công thương: 31")
    fielded = m is not None and _FIELD_HEAD.fullmatch(m.group("head")) is not None and ":" in text[end:tok.start] \
        and 1 <= len(rest) <= 8 and not any(c.isdigit() for c in text[m.end():end])
    return text[start:end].strip() if (words and words == rest) or fielded else ""


def _opens_unit(words: list[str]) -> bool:
    """The words open a named unit: a unit word or an agency head, then a capitalised word ("Sở Nội vụ", "huyện Lạc
    Sơn", "thành phố Bắc Giang"), not "Xã hội"."""
    m = _SUBJECT_HEAD.match(fold(" ".join(words)) + " ")
    return bool(m) and " ".join(words)[m.end():][:1].isupper()


def _named_before(text: str, folded: str, head: str, before: int) -> str:
    """The unit of this head the text named last before a position ("Sở Tư pháp … sở nhận 4.386 hồ sơ": the
    department is "Sở Tư pháp"), else ''."""
    for m in reversed(list(re.finditer(rf"(?<!\w){re.escape(head.lower())}\s+", folded[:before]))):
        words = _name_words(text, head, m.end(), before)
        if words:
            return " ".join([text[m.start():m.end()].strip(), *words])
    return ""


def sentence_subject(text: str, start: int, pos: int, folded: str | None = None) -> str:
    """The named unit its sentence says a figure of, before it ("Huyện Duy Tiên dẫn đầu với 612 hồ sơ", "Năm 2023, Chi
    nhánh Rạch Giá tiếp nhận 6.284 hồ sơ" -> "huyện Duy Tiên", "Chi nhánh Rạch Giá"; a bare head right before its verb,
    "sở nhận 4.386 hồ sơ", is the one of that head named last before): the last such unit, not a source, a speaker or
    a unit compared with, and no whole named after it; else ''."""
    folded = fold(text) if folded is None else folded  # (the text's matching view, of the same length)
    found, covered = [], start
    for m in _SUBJECT_HEAD.finditer(folded, start, pos):
        if m.start() < covered:
            continue  # a place inside an agency's name ("Chi nhánh … huyện Lạc Sơn") is that agency's
        head = text[m.start():m.end()].strip()
        words = _name_words(text, head, m.end(), pos)
        name = " ".join([head, *words]) if words else ""
        if not name and folded[m.end():pos].split()[0] in _NAME_STOPS and not _BARE_BEFORE.search(folded, start, m.start()):
            name = _named_before(text, folded, head, m.start())  # "…, sở nhận 4.386 hồ sơ": the one named before
        if name:
            covered = m.end() + len(" ".join(words))
            found.append((m, words, name))
    # (a place in an aside is none: "Trung tâm A (đặt tại phường B và phường C) tiếp nhận …")
    found = [f for f in found if not _IN_ASIDE.match(folded, f[0].end(), pos)
             and not _SITED.search(folded[max(start, f[0].start() - 60):f[0].start()])]
    if not found:
        return ""
    m, words, name = found[-1]
    between = folded[m.end() + len(" ".join(words)):pos]
    lead = folded[max(start, *(folded.rfind(c, start, m.start()) for c in ",;:(")):m.start()]
    if _NOT_SUBJECT_AFTER.search(folded[max(start, m.start() - 12):m.start()]) or _SOURCE.search(lead) \
            or _SPEAKER.search(between) or _RESET.search(between):
        return ""
    return name
