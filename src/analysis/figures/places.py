"""Whose figure it is: the article's province, unless its sentence names another province before it
("Tại buổi làm việc, lãnh đạo Sở … Đà Nẵng giới thiệu: thành phố hiện cung cấp 1.164 dịch vụ"), or the
whole country in its clause ("cao hơn bình quân cả nước (43,6%)")."""
from __future__ import annotations

import re

from ..reference.provinces import canonical_province, named_former, province_mentions
from ..text import lexicon
from .document import Document, paragraph_at

_OWN = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('places', 'own_province_words'))}(?!\w)")
_LOCAL = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('places', 'local_unit_words'))}\s+$")


def _words(key: str) -> str:
    """The phrases of places.yml `key` as one alternation."""
    return lexicon.union(lexicon.words("places", key))


# the whole country, or a whole region: named, or its word alone before a mark or a word that names no part of it
_NATIONS = (rf"(?:{_words('national_words')}|(?:{_words('region_words')}\s+)?{_words('regions')}"
            rf"|{_words('region_alone')}(?=\s*[,.;)]|\s+{_words('region_alone_before')}(?!\w)))")
_NATIONAL = re.compile(rf"(?<!\w){_NATIONS}(?!\w)")
_NATIONAL_AFTER = re.compile(rf"\s*%?\s*(?:{_words('owner_words')}\s+(?:{_words('region_members')}\s+)?{_NATIONS}(?!\w)"
                             rf"|{_words('national_averages')}\s+(?:(?:{_words('owner_words')}\s+)?{_NATIONS}(?!\w)"
                             rf"|{_words('owner_words')}\s+{_words('region_members')}(?=\s*[,.;)]|\s*$)))")
_NATIONAL_HINTS = tuple({w.split()[-1] for key in ("national_words", "regions", "region_words")
                         for w in lexicon.words("places", key)})  # a pre-check
_RANKED_BY = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('places', 'national_ranked_by'))}\s+$")
_CLAUSE_MARK = re.compile(r";|,(?!\d)")  # a decimal comma ("8,6%") marks no clause

_SUBJECT_NATION = re.compile(r"(?:^|[,.;:]|\n)\s*$")  # the country opens its clause: the sentence's subject
_UNIT_WORD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('scopes', 'average_units'))}(?!\w)")  # tỉnh, huyện, …

Mention = tuple[str, int, int]


# communes or wards, up to four words, then "(" or "thuộc", perhaps a region word and a prefix, right before a name
_COMMUNES_IN = re.compile(rf"(?<!\w)(?:{_words('former_area_units')})(?:[\s,]+[^\W\d_]+){{0,4}}?"
                          rf"(?:\s*\(\s*|\s+(?:{_words('former_area_links')})\s+)(?:(?:{_words('region_words')})\s+)?"
                          rf"(?:(?:{_words('admin_prefixes')})\s+)?$")


def sentence_places(doc: Document, start: int, end: int) -> list[Mention]:
    """The provinces a sentence names, the article's own included: (name, start, end). A place inside a province
    ("phường Hà Giang 1") is no province mention, nor are communes in a former province ("các xã thuộc tỉnh Kon Tum
    cũ": now in the province it merged into); the area of a former province alone ("khu vực Vĩnh Phúc (cũ)") is that
    province's, so a merged province's figures split by former province continue each one's series."""
    return [(name, a, b) for name, a, b, _ in province_mentions(doc.text, [(start, end)], doc.folded)
            if not _LOCAL.search(doc.folded, max(0, a - 12), a) and not _communes_of_former(doc.folded, a, b)]


def _communes_of_former(folded: str, start: int, end: int) -> bool:
    """The former province named at start..end holds the communes named right before it."""
    return named_former(folded, end) and _COMMUNES_IN.search(folded, max(0, start - 60), start) is not None


def sentence_nations(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Where a sentence names the whole country as a subject (not "dẫn đầu cả nước"): (start, end)."""
    if all(doc.folded.find(hint, start, end) < 0 for hint in _NATIONAL_HINTS):
        return []
    return [m.span() for m in _NATIONAL.finditer(doc.folded, start, end)
            if not _RANKED_BY.search(doc.folded, max(start, m.start() - 12), m.start())]


def is_national(doc: Document, nations: list[tuple[int, int]], places: list[Mention], start: int,
                end: int) -> bool:
    """Whether the figure at start..end is the whole country's: the country owns it right after it ("84,91% của
    cả nước"), or the last place its sentence names before it is the country, with no words of the article's
    province between, and either in its clause (no ',' or ';' between) or opening its clause as the sentence's
    subject with no unit (tỉnh, huyện, …) named in the clauses after it."""
    if _NATIONAL_AFTER.match(doc.folded, end):
        return True
    if not nations:
        return False
    before = [n for n in nations if n[1] <= start]
    if not before or any(before[-1][1] <= m[1] <= start for m in places):
        return False
    between = doc.folded[before[-1][1]:start]
    if _OWN.search(between):
        return False
    # in its clause; or the country is the sentence's subject and no unit takes over in the clauses after it
    # ("Trong tháng 10/2025, cả nước tiếp nhận 9,8 triệu hồ sơ; tỷ lệ … bình quân đạt 52,6%")
    opens_clause = _SUBJECT_NATION.search(doc.folded, max(0, before[-1][0] - 40), before[-1][0]) is not None
    return not _CLAUSE_MARK.search(between) or (opens_clause and not _UNIT_WORD.search(between))


# "… cao hơn mức 69,4% của tỉnh bạn Hải Dương": the number's owner, "của" and at most two words of a unit before its
# name
# (… or where it was measured: "63,2% ở Thái Bình")
_OWNER_OR_PLACE = lexicon.union(lexicon.words("places", "owner_words") + lexicon.words("places", "located_words"))
_OWNED_BY = re.compile(rf"\s*%?\s*{_OWNER_OR_PLACE}"
                       rf"(?:\s+[^\W\d_]+){{0,2}}?\s+$")


def figure_province(doc: Document, places: list[Mention], start: int, end: int | None = None) -> tuple[str | None, str]:
    """The province of a figure at start (ending at end), and where it came from: a province named right after it as
    its owner ("69,4% của tỉnh bạn Hải Dương") or its place ("63,2% ở Thái Bình"); the last province named before it
    in its sentence when that is another one and no ';' or words of the article's own province stand between them;
    else, in a roundup of provinces, the one whose dateline opens its section; else the article's."""
    owner = next((m for m in places if end is not None and m[1] >= end), None)
    if owner and _OWNED_BY.fullmatch(doc.folded, end, owner[1]):
        return owner[0], "sentence"
    own, source = doc.province, doc.province_source
    sections = _dateline_sections(doc)
    if sections:
        at = paragraph_at(doc, start)
        section = next((name for index, name in reversed(sections) if index <= at), None)
        own, source = (section, "dateline") if section else (own, source)
    topic = _paragraph_topics(doc).get(paragraph_at(doc, start))
    if topic and not sections:  # "Nghệ An, tỉnh có … ¶ …": a comparison of provinces, a paragraph each
        own, source = topic, "paragraph"
    column = _column_place(doc, start)
    if column:  # "Hà Tĩnh | Quảng Trị" above "Đang cung cấp 1.985 dịch vụ | Đang cung cấp 1.802 dịch vụ"
        return column, "sentence"
    before = [m for m in places if m[2] <= start]
    if before and before[-1][0] != own:
        name, _, end = before[-1]
        between = doc.folded[end:start]
        if ";" not in between and not _OWN.search(between):
            return name, "sentence"
    return own, source


_DATELINE_MARK = re.compile(r"[ \t]*(?P<name>[^\W\d_][^\n–—-]{1,30}?)\s+[–—-]\s")
# "Trà Vinh. Sáu tháng, toàn tỉnh …", "Sóc Trăng: …", "1. Tỉnh Yên Bái. Trong kỳ, …": a province's name alone (after
# an item's number, if any), then a period or a colon, opens a section
_NAMED_SECTION = re.compile(r"[ \t]*(?:\d{1,2}[.)]\s+)?(?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:\s[A-ZÀ-ỸĐ][^\W\d_]*){0,3})[.:]\s+"
                            r"(?=[A-ZÀ-ỸĐ\d])")


def _dateline_sections(doc: Document) -> list[tuple[int, str]]:
    """(paragraph, province) of every paragraph opened by a province's name in capitals and a dash ("LONG AN –
    Trong 11 tháng …"), or by the name alone and a period or colon ("Trà Vinh. Sáu tháng, …"), when the article has
    two or more such datelines (a roundup of provinces); else []."""
    if doc.sections is None:
        found = []
        for index, (a, b) in enumerate(doc.paragraphs):
            m = _DATELINE_MARK.match(doc.text, a, b)
            name = m.group("name") if m else ""
            # ("**Cao Bằng** – Văn phòng …": a place name in bold, its capitals as written, opens the item too)
            if not (name.isupper() or (name and canonical_province(name) and name.strip() == name.strip().title())):
                named = _NAMED_SECTION.match(doc.text, a, b)
                name = named.group("name") if named else ""
            if name and (province := canonical_province(name)):
                found.append((index, province))
        doc.sections = found if len({p for _, p in found}) >= 2 else []
    return doc.sections


_TOPIC_OPENING = re.compile(rf"[ \t]*(?:(?:{lexicon.union(lexicon.words('places', 'topic_openers'), keep_case=False)})\s+)?"
                            r"(?P<name>[A-ZÀ-ỸĐ][^\W\d_]*(?:\s[A-ZÀ-ỸĐ][^\W\d_]*){0,3})(?=[\s,])", re.IGNORECASE)


def _paragraph_topics(doc: Document) -> dict[int, str]:
    """Paragraph -> the province its opening names as its subject ("Tại Hà Tĩnh, …", "Nghệ An, tỉnh có …"), when two
    or more paragraphs open with provinces other than the article's own; else {}."""
    if doc.topics is None:
        found: dict[int, str] = {}
        for index, (a, b) in enumerate(doc.paragraphs):
            m = _TOPIC_OPENING.match(doc.text, a, b)
            words = m.group("name").split() if m else []
            # (the longest run of capitalised words that names a province: "Quảng Bình có" is "Quảng Bình")
            name = next((p for k in range(len(words), 0, -1) if words[k - 1][:1].isupper()
                         and (p := canonical_province(" ".join(words[:k])))), None)
            if name:
                found[index] = name
        others = {p for p in found.values() if p != doc.province}
        doc.topics = found if len(others) >= 2 else {}
    return doc.topics


def _column_place(doc: Document, start: int) -> str | None:
    """The province of the '|' column a figure stands in, when a line above names one province per column."""
    columns = _column_places(doc)
    if not columns:
        return None
    at = paragraph_at(doc, start)
    names = columns.get(at)
    if names is None:
        return None
    column = doc.text.count("|", doc.paragraphs[at][0], start)
    return names[column] if column < len(names) else None


def _column_places(doc: Document) -> dict[int, tuple[str | None, ...]]:
    """Paragraph -> the province of each of its '|' columns, for the lines under a header line whose columns
    each name a province, its first column maybe a label's ("Chỉ tiêu | Hà Tĩnh | Quảng Trị"); {} if none."""
    if doc.columns is None:
        found: dict[int, tuple[str | None, ...]] = {}
        names: tuple[str | None, ...] | None = None
        for index, (a, b) in enumerate(doc.paragraphs):
            cells = doc.text[a:b].split("|") if "|" in doc.text[a:b] else []
            provinces = tuple(canonical_province(c.strip(" *")) for c in cells)
            if len(cells) >= 2 and all(provinces[1:]) and (provinces[0] or len(cells) >= 3):
                names = provinces
            elif names and len(cells) == len(names):
                found[index] = names
            else:
                names = None
        doc.columns = found
    return doc.columns
