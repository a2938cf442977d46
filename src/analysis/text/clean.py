"""Text cleaning: decoding, Unicode and tone normalisation, page furniture, sentences.

Offsets convention: every offset in this project indexes the *document text*, i.e. the file
decoded and then NFC-normalised with odd spaces replaced one-for-one by a plain space (see
`normalize`). `fold` and the other views used for matching keep the length of the text, so an
offset found on a view is an offset into the document text.
"""
from __future__ import annotations

import re
from typing import NamedTuple
import unicodedata

from . import lexicon
from .marks import BULLET


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding): UTF-8 (BOM or not), UTF-16 with BOM, else Windows-1258."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc}") from exc
    if b"\x00" in data:
        raise DecodeError("contains NUL bytes (binary file, or UTF-16 without a byte-order mark)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"neither UTF-8 nor Windows-1258: {exc}") from exc
    return text, "cp1258"


# Spaces that are not U+0020 and zero-width characters: replaced one-for-one by a space.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\u200c\u200d\u2060\x0b\x0c]")


def normalize(text: str) -> str:
    """NFC, Unix newlines, odd spaces -> ' ', citation markers ("…mức độ 3.[4] Tháng …") -> spaces, markdown's bold
    marks ("- **Hồ sơ trực tuyến:** 205.112 hồ sơ", "**1.812** dịch vụ") dropped: the document text all offsets
    refer to."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if "]" in text:  # a reference note's number is no figure and no part of the sentence it closes
        text = _CITATION.sub(lambda m: " " * len(m.group()), text)
    if "**" in text:
        text = text.replace("**", "")  # (not spaces: "  1.812  dịch vụ" would read as a table's cells)
    # every odd space is unprintable: a text printable but for its newlines has none (speed: no regex scan)
    return text if text.replace("\n", "").isprintable() else _ODD_SPACES.sub(" ", text)


_CITATION = re.compile(r"(?<=\S)\[\d{1,3}\]")


# Old-style tone placement ("hoà", "uỷ") -> modern ("hòa", "ủy"); same length, so offsets hold.
_TONED = {
    "a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ",
}
_MOVE_TONE = {"o": "òóỏõọ", "u": "ùúủũụ"}
_TONE_OF = {ch: i for base in _TONED.values() for i, ch in enumerate(base)}
# Starts with a character class so the regex engine can skip ahead (8x faster than a look-behind).
_OLD_STYLE = re.compile(r"([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
_PAIRS = {"o": "àáảãạèéẻẽẹ", "u": "ỳýỷỹỵ"}


def _modern_tone(m: re.Match[str]) -> str:
    first, toned = m.group(1), m.group(2)
    if toned not in _PAIRS[first.lower()] or m.string[m.start() - 1:m.start()] in ("q", "Q"):
        return m.group(0)  # "quý", "uà": not the old placement
    tone = _TONE_OF[toned]
    plain = next(base for base, marks in _TONED.items() if toned in marks)
    moved = _MOVE_TONE[first.lower()][tone]
    return (moved.upper() if first.isupper() else moved) + plain


def modern_tones(text: str) -> str:
    """Move tone marks to the modern position: Hoà -> Hòa, uỷ -> ủy (length preserved)."""
    return _OLD_STYLE.sub(_modern_tone, text)


_WHITESPACE = re.compile(r"[^\S ]")
# The older "i" spelling of a syllable that ends in a toned "y" ("tỉ lệ", "quí I", "kí số", "cùng kì", "quản lí") ->
# the "y" one the vocabulary is written in; same length. Only after t, k, l, m or "qu" opening the syllable: "tỉnh",
# "thi", "chỉ" keep theirs.
_I_SPELLED = re.compile(r"(?<=[tklm])[ìíỉĩị](?!\w)|(?<=qu)[ìíỉĩị](?!\w)")
_AS_Y = str.maketrans("ìíỉĩị", "ỳýỷỹỵ")


def _y_spelling(m: re.Match[str]) -> str:
    opening = m.start() - (2 if m.string[m.start() - 1] == "u" else 1)
    return m.group().translate(_AS_Y) if opening == 0 or not m.string[opening - 1].isalnum() else m.group()


def y_spelling(folded: str) -> str:
    """Spell a syllable's final toned "i" as "y" where both are written ("tỉ lệ" -> "tỷ lệ"; length kept)."""
    return _I_SPELLED.sub(_y_spelling, folded)


def fold(text: str) -> str:
    """Matching view: lower case, modern tone placement, every whitespace -> ' ' (length kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters (İ) lower to two characters: keep those as they are
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    # newlines, the usual whitespace, replaced at once; a printable text has no other (speed: no regex scan)
    spaced = y_spelling(modern_tones(lowered)).replace("\n", " ")
    return spaced if spaced.isprintable() else _WHITESPACE.sub(" ", spaced)


def strip_accents(text: str) -> str:
    """ASCII-ish view for slugs and URLs: 'Đắk Lắk' -> 'Dak Lak'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# --- page furniture ---------------------------------------------------------------------

# The words are in resources/lexicon/vi/furniture.yml; what a line must look like is here.

def _f(key: str) -> str:
    return lexicon.union(lexicon.words("furniture", key))


# A line that is only one of these headings ends the article: what follows is site furniture.
_END_MARKERS = re.compile(rf"^\s*{_f('end_markers')}\s*$")
# Markers glued to the end of a byline line ("T/h: Đồng NhungÝ KIẾN BẠN ĐỌC"): right after a letter, no space between
# (a heading that only ends with the words, "CÁC THÔNG TIN LIÊN QUAN", is a section of the article)
_END_GLUED = re.compile(rf"(?<=[^\W\d_]){_f('glued_end_markers')}\s*$")
_ERROR_CODE = lexicon.branches(lexicon.words("furniture", "error_codes"), suffix=r" \d{3}")
# Lines that are furniture wherever they stand.
_FURNITURE_LINE = re.compile(  # flat branches that open with their first letters: the engine jumps to those
    "(?:" + "|".join([lexicon.branches(lexicon.words("furniture", "counters"), suffix=r"\s*:\s*[\d.,]+"),
                        lexicon.branches(lexicon.words("furniture", "image_marks"), suffix=r"\s*\d"),
                        lexicon.branches(lexicon.words("furniture", "error_lines")), _ERROR_CODE]) + ")"
)
# … but a counter closing a line of the article's own words ("… chiếm 32,74% … Lượt xem: 1.245.", a search result's
# snippet) takes only itself off the line
_COUNTER_TAIL = re.compile(lexicon.branches(lexicon.words("furniture", "counters"), suffix=r"\s*:\s*[\d.,]+\.?\s*$"))
_COUNTED_WORDS = 80  # words enough before a counter for a sentence of the article ("26/06/2018 - Lượt xem: 2232" has not)
_FURNITURE_START = re.compile(rf"\s*(?:{_f('labels')}\s*:|{_f('navigation')}\s*$)")
_CAPTION_CHARS = 80  # a caption's words after its label: a sentence describing the photo, not a credit
_CAPTION = re.compile(rf"\s*{_f('caption_labels')}\s*:\s*(?=\S.{{{_CAPTION_CHARS}}})")
_FURNITURE_PREFIX = re.compile(rf"\s*(?:{_f('error_prefixes')}(?!\w)[^.]*\.|{_ERROR_CODE}[^.]*\.)\s*")


_PAGE_JUMP = re.compile(rf"\s*\(?\s*{_f('page_jumps')}\s*\d{{0,3}}\s*\)?\s*$")


def _furniture_prefix(line: str) -> int:
    """Length of an error banner glued before the real text on the same line ("... channel. Xây dựng")."""
    m = _FURNITURE_PREFIX.match(line)
    return m.end() if m else 0


def is_caption(line: str) -> bool:
    """Whether a (folded) line is a photo caption kept as text ("Ảnh: Người dân nộp hồ sơ …"), restating the article."""
    return bool(_CAPTION.match(line))


def content_lines(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """(start, end) spans of the lines that carry the article, furniture left out."""
    folded = fold(text) if folded is None else folded
    spans: list[tuple[int, int]] = []
    pos = 0
    body = False  # a paragraph of the article has been read (not only its title and kicker lines)
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        view = folded[start:end]
        if not view.strip():
            continue
        if _END_MARKERS.match(view) or (len(view) < 120 and _END_GLUED.search(view)):
            if body:
                break
            continue  # above the article's first paragraph it is a section kicker ("BÌNH LUẬN"), not the end
        skip = _furniture_prefix(view)
        if skip:
            start += skip
            view = folded[start:end]
        elif (tail := _COUNTER_TAIL.search(view)) and tail.start() >= _COUNTED_WORDS:
            end = start + tail.start()
        elif (_FURNITURE_START.match(view) and not _CAPTION.match(view)) or _FURNITURE_LINE.search(view) \
                or _PAGE_JUMP.match(view):
            continue
        spans.append((start, end))
        body = body or end - start >= _BODY_CHARS or view.rstrip().endswith(".")
    return spans


_BODY_CHARS = 160  # a line this long, or one ending with a full stop, is article text, not a title or kicker


# --- sentences ---------------------------------------------------------------------------

class Sentence(NamedTuple):
    """A sentence of the document text: its span and the paragraph (line group) it belongs to."""

    start: int
    end: int
    paragraph: int


# The gap after a sentence's final mark (the mark opens the match: the regex engine jumps from mark to mark).
# a sentence ends at . ! ? … before a capital or a digit; a "Label: value" piece ends at a bar, or a gap of
# spaces or a tab, before the next one ("Tổng hồ sơ tiếp nhận: 498.362 | Nộp trực tuyến: 403.930 (81,05%)", an
# infographic line; "Hồ sơ đã giải quyết: 94.215     Hồ sơ đang giải quyết: 4.245", a statistics page)
_SENT_END = re.compile(r"[.!?…](?P<gap>[\"”’)]*\s+)(?=[\"“(]?[A-ZÀ-ỸĐ0-9])")
# (a statistics line: "… 412 | Hồ sơ trực tuyến: 58", cells apart by spaces or tabs, or by an inline bullet: "Số liệu –
# Dịch vụ mức độ 3: 412 • Dịch vụ mức độ 4: 58 • …")
_INLINE_BULLETS = "•·▪●"
_SENT_END_BARS = re.compile(_SENT_END.pattern + rf"|(?<=[\d%)])(?P<bar>\s+[|{_INLINE_BULLETS}]\s+|[ \t]{{3,}}|\t[ \t]*)"
                            r"(?=[A-ZÀ-ỸĐ][^|\n:\t]{0,60}:\s*(?:[^\W\d_]+\s)?\d)")  # ("…: hạng 6/63")
_ABBREV = re.compile(rf"(?:\b{lexicon.union(lexicon.words('sentences', 'abbreviations'), keep_case=True)}|\b[A-ZĐ])\.$")
# How far back from the end of a head an abbreviation and its period can start (the search starts there
# instead of scanning the whole sentence; \b still sees the character before). None: a phrase with a space.
_ABBREV_REACH = (None if any(" " in p.strip() for p in lexicon.words("sentences", "abbreviations"))
                 else max(len(p.strip()) for p in lexicon.words("sentences", "abbreviations")) + 2)


_LEADER_END = re.compile(r"(?:\.{3,}|…+|(?:\. ?){3,})$")  # a run of dots ending a label, before its value


def _caps_heading(line: str) -> bool:
    """A short line whose letters are all capitals (a few at least): a heading."""
    letters = [c for c in line[:120] if c.isalpha()]
    return len(line) < 120 and len(letters) >= 4 and all(c.isupper() for c in letters)


_SECTION_HEAD = re.compile(rf"{lexicon.union(lexicon.words('sentences', 'section_words'), keep_case=True)}\s+"
                           r"(?:\d{1,3}|[IVXLC]{1,6})\s*[.:]\s")


def _continues(prev: str, nxt: str) -> bool:
    """A line break inside a phrase (the next line starts in lower case after an unfinished line), or
    inside a list laid out one item per line (a line ending with ':' or ';' announces or continues it)."""
    if not nxt:
        return False
    if prev.rstrip().endswith((":", ";")):
        # ("… như sau:" over "I. KẾT QUẢ NĂM 2024" or "Điều 1. Kết quả …": a heading of its own, no list item)
        return not (_caps_heading(nxt) or _SECTION_HEAD.match(nxt))
    return nxt[0].islower() and not prev.rstrip().endswith((".", "!", "?"))


def _jumped(text: str, start: int, end: int) -> bool:
    """The lines between start and end are a print page's jump lines, one at least: the text goes on across them."""
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    return bool(lines) and all(_PAGE_JUMP.match(fold(line)) for line in lines)


def paragraphs(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Content paragraphs: content lines, with lines broken inside a phrase (or by a print page's jump) joined back."""
    merged: list[tuple[int, int]] = []
    for start, end in content_lines(text, folded):
        if merged and (_continues(text[merged[-1][0]:merged[-1][1]], text[start:end].lstrip())
                       or _jumped(text, merged[-1][1], start)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def sentences(text: str, paras: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split the content paragraphs into sentences (numbers like 1.687 and dates stay whole)."""
    out: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text) if paras is None else paras):
        chunk = text[p_start:p_end]
        cursor = 0
        tabular = "|" in chunk or "   " in chunk or "\t" in chunk or any(b in chunk for b in _INLINE_BULLETS)
        for m in (_SENT_END_BARS if tabular else _SENT_END).finditer(chunk):
            gap = m.start("gap") if m.group("gap") is not None else m.start("bar")
            head = chunk[cursor:gap].rstrip()
            if _ABBREV.search(head, max(0, len(head) - _ABBREV_REACH) if _ABBREV_REACH else 0):
                continue
            if chunk[m.end():m.end() + 1].isdigit() and _LEADER_END.search(head):
                continue  # "Hồ sơ tiếp nhận ........ 162.384": dots lead the label to its value

            out.append(_trimmed(text, p_start + cursor, p_start + gap, p_index))
            cursor = m.end()
        out.append(_trimmed(text, p_start + cursor, p_end, p_index))
    return [s for s in out if s.end > s.start]


def _trimmed(text: str, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, paragraph)


# "Hồ sơ tiếp nhận ........ 162.384" (or the words before the value alone, cut at it)
_LEADER = re.compile(r" ?(?:\.{3,}|…{2,}|(?:\. ){3,}\.?|_{3,}) ?(?=[<>≥≤]?\s*\d|\s*$)")


# a dot or bullet between a page's fields, spaces on both sides, words before it on its line ("Tiếp nhận: 612.408 ·
# Trong đó trực tuyến: 398.112", "… đạt 80% • tỷ lệ đúng hạn 99%")
_FIELD_DOT = re.compile(rf"(?<=[^\s] )[{_INLINE_BULLETS}](?= )")


def field_dots_as_semicolons(text: str, folded: str) -> str:
    """An inline dot or bullet between a page's fields reads as the ';' it stands for, in the folded view (the length
    is kept, so positions still index the text): every reader of clauses, items and labels then parts fields there."""
    if not any(b in text for b in _INLINE_BULLETS):
        return folded
    chars = list(folded)
    for m in _FIELD_DOT.finditer(text):
        chars[m.start()] = ";"
    return "".join(chars)


# "- Hồ sơ được gửi qua mạng trong quý (1.327);": a bulleted line whose value closes it in parentheses
# (no other number on the line, a lone digit aside: "mức độ 3 (87)"; "… 6.514 hồ sơ (95,21%)" is a count's share)
_CLOSING_VALUE = re.compile(rf"^[ \t]*{BULLET}[ \t]*[^\W\d](?:[^\n()\d]|(?<![\d.,])\d(?![\d.,]))*?[ \t]"
                            r"\((?P<value>\d[\d.,]*[ \t]*%?)\)[ \t]*[;.,]?[ \t]*$", re.MULTILINE)


def closing_values_as_labels(text: str, folded: str) -> str:
    """Bulleted lines (two or more) that each end with their value in parentheses ("- Dịch vụ công trực tuyến mức độ 3
    (87);") read as a label and its value ("… mức độ 3: 87 ;"); the length is kept, so positions still index the
    text."""
    if ")" not in text:
        return folded
    found = list(_CLOSING_VALUE.finditer(text))
    if len(found) < 2:
        return folded
    chars = list(folded)
    for m in found:
        start = m.start("value")
        chars[start - 2:start], chars[m.end("value")] = [":", " "], " "
    return "".join(chars)


# an English gloss in parentheses after the Vietnamese it translates ("1.877 dịch vụ công trực tuyến (online public
# services)", "41.380 hồ sơ (online payments)"): two or more plain ASCII words, one of them in lower case; index names
# in capitals ("(Provincial Competitiveness Index)", "(DTI)") are names, not glosses
_GLOSS = re.compile(r"\((?=[^()]*(?<![\w-])[a-z]{3,}(?![\w-]))[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)+\)")


def glosses_blanked(text: str, folded: str) -> str:
    """English glosses in parentheses are blanked in the folded view: they repeat the words before them, and their
    loanwords ("online") would be read as cues of their own; the length is kept, so positions still index the text."""
    if "(" not in text:
        return folded
    found = list(_GLOSS.finditer(text))
    if not found:
        return folded
    chars = list(folded)
    for m in found:
        chars[m.start():m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


def leaders_as_colons(folded: str) -> str:
    """A label joined to its value by a run of dots ("Hồ sơ tiếp nhận ........ 162.384", a statistics page) reads as a
    label and its colon; the length is kept, so positions still index the text."""
    if "..." not in folded and "……" not in folded and ". . ." not in folded and "___" not in folded:
        return folded
    return _LEADER.sub(lambda m: ":" + " " * (len(m.group()) - 1), folded)
