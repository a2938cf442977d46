"""Vietnamese numbers: find every digit run, parse it, and tell figures from dates, years and labels.

Runs on the folded document text (`textclean.fold`), so offsets are document offsets.
`.` groups thousands and `,` marks decimals (1.687 -> 1687, 43,75 -> 43.75); a number may carry
a multiplier word (61,3 ngàn -> 61300) and a percent sign; `x/y` is a fraction or a rank.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator, NamedTuple
from decimal import Decimal

from . import lexicon

YEAR_MIN, YEAR_MAX = 1945, 2100


def _w(key: str) -> str:
    """The phrases at `key` of numbers.yml as a regex alternation; the grammar below sets boundaries."""
    return lexicon.union(lexicon.words("numbers", key))


MULTIPLIERS: dict[str, int] = {" ".join(str(word).lower().split()): int(value)
                               for word, value in lexicon.entry("numbers", "multipliers").items()}

# Nouns that make a preceding digit run a count of something (used to keep "2000 hồ sơ" or
# "10/10 huyện" as figures rather than a year or a date).
COUNT_NOUNS = (lexicon.branches(lexicon.words("numbers", "count_nouns.prefixes")) + "|"
               + lexicon.branches(lexicon.words("numbers", "count_nouns.words"), suffix=r"(?!\w)"))

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER_PATTERN = f"(?:{_NUM})"  # a Vietnamese number literal (one group), for other modules' regexes
_NUM_FULL = re.compile(_NUM)
_MULT_WORDS = lexicon.branches(MULTIPLIERS)
_MULT = rf"(?:\s*(?P<mult>{_MULT_WORDS})(?!\w)(?!\s+{_w('multiplier_not_before')}(?!\w)))?"
_PCT_WORDS = lexicon.branches(lexicon.words("numbers", "percent_words"), suffix=r"(?!\w)")
_PCT = rf"(?P<pct>\s*(?:%|{_PCT_WORDS}))?"

# Every branch starts with a digit, so the regex engine skips ahead to digits; URLs are found
# separately (`_URL`) and the digits inside them are not figures. A document number has at most 20
# numeric parts ("61/2018/NĐ-CP" has two) and its quantifiers are possessive: an unbounded chain made
# "1/1/1/…" quadratic (every "1" re-read the whole chain; 13 s on 40 KB). Every kind but a plain number
# needs a mark after its first digits ("/", ".", ":", ",", a dash after spaces): the look-ahead before them
# sends a plain number ("84 cơ quan", most tokens) straight to its own branch (speed; same matches).
_URL = re.compile(r"https?://\S+|www\.\S+")
_TOKEN = re.compile(
    r"(?=\d)(?:(?=\d++\s*[-–—/.:,])(?:"
    r"(?P<docno>\d++(?:/\d++){0,19}+/(?:[^\W\d_][\w.]*+)(?:-[\w.]++)*+)"
    r"|(?P<dotdate>\d{1,2}\.\d{1,2}(?:\.\d{4})(?!\d)|\d{1,2}\.\d{1,2}(?=\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{4}))"
    r"|(?P<date>\d{1,2}/\d{1,2}/\d{2,4}(?!\d))"
    r"|(?P<clock>\d+:\d+(?::\d+)?)"
    r"|(?P<yrange>(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d))"
    r"|(?P<monthyear>\d{1,2}\s*[-/]\s*(?:19|20)\d{2}(?!\d))"
    rf"|(?P<frac>(?P<num>{_NUM})/(?P<den>{_NUM})(?![\d/]))"
    r"|(?P<code>\d++(?:\.\d++)*?\.\d{4,}+(?:\.\d++)*+)"  # a dotted group of four digits or more: a code ("1.009994")
    r"|(?P<version>\d+\.\d{1,2}(?!\d|\s*%))"
    r"|(?P<dotpct>\d+\.\d{1,2}(?=\s*%)))"
    rf"|(?P<plain>{_NUM}){_MULT}{_PCT}"
    r")"
)

# What stands before or after a number (words from numbers.yml; `near` is the last 24 characters).
_LEVEL = _w("level_words")
_JOIN = _w("level_joiners")
_LEVEL_BEFORE = re.compile(rf"{_LEVEL}\s*$")
_LEVEL_PAIR = re.compile(r"[1-4][,.][1-4]")  # "mức 3,4": two levels, not a decimal
_LEVEL_LIST_BEFORE = re.compile(rf"{_LEVEL}\s*[1-4](?:\s*{_JOIN}\s*(?:{_LEVEL})?\s*[1-4])*\s*{_JOIN}\s*(?:{_LEVEL})?\s*$")
_LEVEL_CAP = re.compile(rf"{_w('level_cap')}\s*$")
_LEVEL_CAP_AFTER = re.compile(rf"^\s*(?:[)\],;.]|{_w('level_cap_followers')}|$)")
_ORDINAL_BEFORE = re.compile(rf"{_w('ordinal')}\s*$")
_NAME_BEFORE = re.compile(rf"(?<!\w){_w('numbered_names')}\s+$", re.IGNORECASE)  # "Quận 10", "thôn 4": a name
_COMPOUND_BEFORE = re.compile(rf"(?<!\w){_w('numbered_name_compounds')}\s+$", re.IGNORECASE)  # "nông thôn 5": none
_PAREN_ORDINAL_BEFORE = re.compile(rf"\(\s*{_w('ordinal')}\s*$")
_RANK_BEFORE = re.compile(rf"{_w('rank_words')}\s+(?:{_w('ordinal')}\s*)?$")
_RANK_CONTEXT = re.compile(rf"{_w('rank_words')}[^.;]*$")
_CELL_GAP_BEFORE = re.compile(r"\S(?: {2,}|\t+| ?\| ?)$")  # a table's cell gap right before the number
_DATE_WORD_BEFORE = re.compile(rf"{_w('date_words')}\s*$")
# the year of a written date part ("quý III/2024 hồ sơ …", "tháng 9/2023 có …"): a date, even before a count noun
_DATE_PART_BEFORE = re.compile(rf"{_w('date_words')}\s+(?:[ivx]+|\d{{1,2}})\s*[/-]\s*$", re.IGNORECASE)
_FRACTION_DATE_BEFORE = re.compile(rf"{_w('fraction_date_words')}\s*$")
_DOC_BEFORE = re.compile(
    r"(?<!\w)" + "".join(f"(?<!{re.escape(w)} )" for w in lexicon.words("numbers", "document_not_after"))
    + rf"{_w('document_words')}\s*:?\s*$"
)
_DOC_HINT = re.compile(_w("document_words"))  # a pre-check: _DOC_BEFORE needs one of the words
_RANK_NUMBER_BEFORE = re.compile(rf"{_w('rank_places')}\s+{_w('number_sign')}\s*$")  # "vị trí số 12": a place, not a document
_VERSION_BEFORE = re.compile(rf"(?:{lexicon.branches(lexicon.words('numbers', 'version_words'))}"
                             rf"|{lexicon.branches(lexicon.words('numbers', 'version_named'), suffix='[^,;.]{0,60}')})\s*$")
_STANDARD_BEFORE = re.compile(rf"{_w('standards')}\s*$")
# "3 tháng", but not "vị trí số 58 năm 2017": a unit followed by its number names a date, not a duration
# ("6 tháng 148.206 hồ sơ": a grouped number after the unit is a value the duration labels, not a date's part)
# (not a unit numbered after it, the next label's: "… | 5.102 ¶ Quý II | …", "5.102 tháng 5")
_DURATION_AFTER = re.compile(rf"^\s*{_w('duration_units')}(?!\w)(?!\s*\d+(?!\d|[.,]\d))(?!\s+[ivx]+(?!\w))")
_LABELLED_VALUE_MIN = 100  # "884 năm trước" is a value of last year, "3 năm trước" three years ago (numbers.yml)
_DEIXIS_AFTER = re.compile(rf"^\s*{_w('duration_units')}\s+{_w('period_deixis')}(?!\w)")  # "1.152 năm nay"
_TIERS_AFTER = re.compile(rf"^\s*{_w('tier_words')}(?!\w)(?!\s*\d)")
_MONEY_AFTER = re.compile(rf"^\s*{_w('currencies')}(?!\w)")
# a count per unit of time, its noun's words between: "71 hồ sơ mỗi ngày", "120 hồ sơ/ngày"
_NOT_DURATION = lexicon.not_after(lexicon.words("numbers", "per_time_not_after"))
_PER_TIME_AFTER = re.compile(rf"^\s*(?!{_w('per_time_not_of')}(?!\w))(?:[^\W\d][^\d,.;:()/]{{0,40}}?)?\s*"
                             rf"(?:(?<!\w){_NOT_DURATION}{_w('per_time_words')}\s|"
                             rf"{_w('per_time_marks')})\s*{_w('per_time_units')}(?!\w)")
_COUNT_AFTER = re.compile(rf"^\s*(?:{_w('plural_markers')}\s+)?(?:{COUNT_NOUNS})")
# an index's name right before a year: its edition, whatever noun follows ("trong ICT Index 2015 tỉnh xếp thứ 44/63")
_EDITION_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('periods', 'index_names'))})"
                             rf"(?:\s+{lexicon.union(lexicon.words('periods', 'year'))})?\s+$")


class NumberToken(NamedTuple):
    """One numeric expression of the text and the verdict on it."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str  # count | percent | fraction | none
    denominator: float | None
    multiplier: int
    figure: bool
    reason: str  # why it is not a figure ('' for figures): date, year, level, version, ...


def parse_number(text: str) -> float:
    """A Vietnamese number literal -> float: '1.687' -> 1687, '43,75' -> 43.75, '1680' -> 1680."""
    cleaned = text.strip().replace(" ", "")
    if not _NUM_FULL.fullmatch(cleaned):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return float(cleaned.replace(".", "").replace(",", "."))


_WORD_DIGITS: dict[str, int] = lexicon.entry("numbers", "word_digits")
_WORD_SCALES: dict[str, int] = lexicon.entry("numbers", "word_scales")
_WORD_TENS = frozenset(lexicon.words("numbers", "word_tens"))
_WORD_HUNDREDS = frozenset(lexicon.words("numbers", "word_hundreds"))
_WORD_ZERO_TENS = frozenset(lexicon.words("numbers", "word_zero_tens"))
_WORD_POINT = f" {lexicon.words('numbers', 'word_point')[0]} "
_WORD_PERCENT = re.compile(rf"\s*{lexicon.union(lexicon.words('numbers', 'word_percent'))}\s*$")


def spelled_value(words: str) -> float | None:
    """The value of a number spelled in (folded) words: "hai trăm sáu mươi mốt nghìn bốn trăm" -> 261400, "bốn phẩy
    bảy mươi lăm phần trăm" -> 4.75, "mười hai" -> 12; None when the words are no number."""
    whole, _, decimals = _WORD_PERCENT.sub("", words).partition(_WORD_POINT)
    value = _spelled_whole(whole.split())
    if value is None or not decimals:
        return value
    places = decimals.split()
    if any(w in _WORD_TENS or _WORD_DIGITS.get(w, 0) >= 10 for w in places):
        fraction = _spelled_whole(places)  # "bảy mươi lăm" -> .75
        return None if fraction is None else float(f"{int(value)}.{int(fraction)}")
    digits = [_WORD_DIGITS.get(w) for w in places]  # "không năm" -> .05
    return None if None in digits or any(d > 9 for d in digits) else float(f"{int(value)}.{''.join(map(str, digits))}")


def _spelled_whole(words: list[str]) -> float | None:
    """A whole number spelled in words, group by group ("mười hai nghìn bốn trăm linh tám" -> 12408)."""
    total, group, last = 0, 0, None  # last: the digit said last, not yet placed ("sáu" before "mươi")
    for word in words:
        if word in _WORD_DIGITS:
            last = _WORD_DIGITS[word]
            group += last
        elif word in _WORD_TENS:
            group += (last or 0) * 9  # "sáu mươi": the digit said last counts tens
            last = None
        elif word in _WORD_HUNDREDS:
            group += 100 if last is None else last * 99  # "bốn trăm", "không trăm"; "trăm" alone is one hundred
            last = None
        elif word in _WORD_SCALES:
            total += (group or 1) * _WORD_SCALES[word]
            group, last = 0, None
        elif word not in _WORD_ZERO_TENS:
            return None
    return float(total + group) if words else None


_AMOUNT = re.compile(rf"\s*({_NUM})\s*({_MULT_WORDS})?\s*%?\s*")


def parse_amount(text: str) -> float:
    """A number with an optional multiplier word: '61,3 ngàn' -> 61300.0, '1,2 triệu' -> 1200000.0."""
    m = _AMOUNT.fullmatch(text.lower())
    if not m:
        raise ValueError(f"not a Vietnamese amount: {text!r}")
    value = Decimal(m.group(1).replace(".", "").replace(",", "."))
    if m.group(2):
        value *= MULTIPLIERS[" ".join(m.group(2).split())]
    return float(value)


_NOT_FIGURES = {"docno": "document number", "dotdate": "date", "date": "date", "clock": "time",
                "yrange": "year range", "monthyear": "date", "version": "version", "code": "code"}
_LETTER = re.compile(r"[^\W\d_]")


def _verdict(kind: str, m: re.Match[str], folded: str) -> tuple[bool, str]:
    """Is the match a figure? Returns (figure, reason)."""
    m_start, m_end = m.span()
    window = m_start - 80 if m_start > 80 else 0
    # Every cue before a number has a letter in it: with none in reach, those checks are skipped.
    words_before = _LETTER.search(folded, window, m_start) is not None
    words_near = words_before and _LETTER.search(folded, m_start - 24 if m_start > 24 else 0, m_start) is not None
    before = folded[window:m_start] if words_before else ""
    near = before[-24:]  # every cue but the version one fits in the last few words
    if kind in _NOT_FIGURES:
        if kind == "clock" and words_near and _STANDARD_BEFORE.search(near):
            return False, "standard"
        return False, _NOT_FIGURES[kind]
    last = folded[m_start - 1] if m_start > window else ""
    prev = folded[m_start - 2] if m_start - 1 > window else ""
    after = folded[m_end:m_end + 40]
    if (last.isalpha() or (last == "-" and prev.isalpha()) or last.isdigit()
            or (last in ".," and prev.isdigit()) or after[:1].isalpha()):
        return False, "code"
    if kind == "plain" and m.group("plain").isdecimal() and (
            (last == "[" and after[:1] == "]" and m_end - m_start <= 3)
            or (last == "(" and after[:1] == ")" and m_end - m_start <= 2 and prev.strip("([ ") != "")):
        # a footnote's mark: "… chiếm 14,18% [2].", "Theo báo cáo [12], …", or one in parentheses glued to the
        # word or figure it annotates, "… chiếm 7,01%(4).", "… tổng số dịch vụ(3)."
        return False, "reference"
    if words_near and _STANDARD_BEFORE.search(near):
        return False, "standard"
    if _OPERATOR_AFTER.match(after) or _OPERATOR_BEFORE.search(folded, window, m_start):
        return False, "operand"  # "392.608 / 486.215 × 100 = 80,75%": the terms of a worked formula; its result stays
    if kind == "frac":
        return _fraction_verdict(m, folded[window:m_start], after)
    digits = m.group("plain")
    is_int = digits.isdecimal()
    if m.group("pct") is None and m.group("mult") is None:
        number = int(digits) if is_int else None
        small = number is not None and 1 <= number <= 4
        if words_near:
            reason = _word_before(near, before, after, number, small or bool(_LEVEL_PAIR.fullmatch(digits)))
            if reason:
                return False, reason
        elif small and words_before and _LEVEL_LIST_BEFORE.search(before) and not _COUNT_AFTER.match(after):
            return False, "level"
        if number is not None and number <= 5 and _TIERS_AFTER.match(after):
            return False, "tiers"  # "3 cấp chính quyền"; not "98,12" at a row's end above "Cấp xã"
        if _DURATION_AFTER.match(after) and not ((number is None or number >= _LABELLED_VALUE_MIN)
                                                  and _DEIXIS_AFTER.match(after)):
            return False, "duration"
        if number is not None and YEAR_MIN <= number <= YEAR_MAX \
                and (not _COUNT_AFTER.match(after) or (words_near and _EDITION_BEFORE.search(near))):
            return False, "year"
        if is_int and (len(digits) >= 7 or (digits.startswith("0") and len(digits) >= 4)):
            return False, "identifier"  # ids, and phone numbers ("0210.3847.111"); "05 hồ sơ" stays a count
    if words_before and _VERSION_BEFORE.search(before) and "," not in digits and m.group("pct") is None:
        return False, "version"
    if _MONEY_AFTER.match(after):
        return False, "money"
    if m.group("pct") is None and _PER_TIME_AFTER.match(after):
        return False, "pace"
    return True, ""


# an operator after the number (past a closing parenthesis), or a division whose divisor is multiplied
_OPERATOR_AFTER = re.compile(r"\s*\)?\s*(?:[×÷=]|/\s*\d[\d.,]*\s*[×÷])")
_OPERATOR_BEFORE = re.compile(r"[×÷]\s*$")


def _word_before(near: str, before: str, after: str, number: int | None, small: bool) -> str:
    """The reason a word right before a bare number makes it no figure (level, ordinal, document
    number, date), or ''."""
    if _CELL_GAP_BEFORE.search(near):
        return ""  # "Cộng 9 tháng    393.913": a word in the cell before is no word of this number's
    # (a level is 1 to 4, or two of them read as one decimal, "mức 3,4": "vẫn ở mức 139.604" is a count)
    if small and (_LEVEL_BEFORE.search(near) or _LEVEL_LIST_BEFORE.search(before) and not _COUNT_AFTER.match(after)):
        return "level"
    if _LEVEL_CAP.search(near) and number is not None and number <= 4 and _LEVEL_CAP_AFTER.match(after):
        return "level"
    if number is not None and number < 100 and _NAME_BEFORE.search(near) and not _COMPOUND_BEFORE.search(near) \
            and not _COUNT_AFTER.match(after):
        return "name"
    if _ORDINAL_BEFORE.search(near) and not _RANK_BEFORE.search(near) \
            and not (_PAREN_ORDINAL_BEFORE.search(near) and after.lstrip()[:1] == ")"):
        return "ordinal"  # (a place's rank in its own parenthesis, "Bình Định (thứ 17)", is a figure)
    if _DOC_HINT.search(near) and _DOC_BEFORE.search(near) and number is not None and not _RANK_NUMBER_BEFORE.search(near):
        return "document number"
    if number is not None and (_DATE_WORD_BEFORE.search(near) or _DATE_PART_BEFORE.search(near)):
        return "date"  # (a date's part is a plain integer: "tháng 148.206" is no month)
    return ""


def _fraction_verdict(m: re.Match[str], before: str, after: str) -> tuple[bool, str]:
    num, den = parse_number(m.group("num")), parse_number(m.group("den"))
    if _DATE_WORD_BEFORE.search(before) or _FRACTION_DATE_BEFORE.search(before):
        return False, "date"
    if _COUNT_AFTER.match(after):
        return (den > 0, "" if den > 0 else "zero denominator")
    if _RANK_CONTEXT.search(before) or den in (63, 64, 34):
        return True, ""
    if _PAREN_ORDINAL_BEFORE.search(before[-24:]):
        return False, "ordinal"  # "huyện Chư Păh đạt 4,77% (thứ 4/17)": a unit's place among the province's units
    if 1 <= den <= 12 and 1 <= num <= 31 and "." not in m.group(0):
        return False, "date"
    if den == 0:
        return False, "zero denominator"
    return True, ""


# A list of bare numbers whose last alone carries the percent sign ("lần lượt là 11, 7, 4 và 2%"): the sign is every
# member's. Members are set off by a comma and a space (never "11,7", a decimal), the last joined by a comma or a
# coordinator (numbers.yml list_joiners); each is at most 100; the sign closes the clause (not "… lên 50 và 60% văn
# bản …", where it opens a noun phrase of its own).
_MEMBER = r"\d{1,3}(?:,\d+)?(?![\d.])"
_SHARED_PERCENT = re.compile(rf"(?:(?:\s*,\s+{_MEMBER})*(?:\s*,)?\s+{_w('list_joiners')}\s+{_MEMBER}"
                             rf"|(?:\s*,\s+{_MEMBER})+)\s*(?:%|{_PCT_WORDS})\s*(?:[,;.)]|$)")  # (at the number's end)


def _shares_the_percent(folded: str, end: int, value: float) -> bool:
    """The bare number opens or continues a list whose last member alone carries the percent sign."""
    return value <= 100 and bool(_SHARED_PERCENT.match(folded, end, min(len(folded), end + 120)))


# A literal with more integer digits than this is an identifier, never a figure: its value is not
# computed (past 4,300 digits int() refuses it, past ~309 float() gives inf).
MAX_DIGITS = 15


def _too_long(literal: str) -> bool:
    """Does a number literal have more than MAX_DIGITS digits before its decimal comma?"""
    integer = literal.split(",", 1)[0]
    return len(integer) - integer.count(".") > MAX_DIGITS


def _in_urls(pos: int, url_starts: list[int], url_ends: list[int]) -> bool:
    """Is pos inside one of the (sorted, disjoint) URL spans?"""
    i = bisect_right(url_starts, pos) - 1
    return i >= 0 and pos < url_ends[i]


_PCT_TAIL = re.compile(r"\s*%")


def _dotpct(m: re.Match[str], folded: str) -> NumberToken:
    """'98.5%' or '98.5 %': a percentage written with a decimal point, always a figure."""
    tail = _PCT_TAIL.match(folded, m.end())
    m_end = tail.end() if tail else m.end()
    return NumberToken(m.start(), m_end, folded[m.start():m_end], float(m.group(0)), "percent", None, 1, True, "")


def _identifier(m: re.Match[str], folded: str) -> NumberToken:
    """An over-long digit run: kept as a token (it is not a figure) with no value."""
    return NumberToken(m.start(), m.end(), folded[m.start():m.end()], None, "none", None, 1, False, "identifier")


_SPECIAL_KINDS = frozenset(("docno", "dotdate", "date", "clock", "yrange", "monthyear", "code", "version", "dotpct"))


def _kind(m: re.Match[str]) -> str:
    """Which branch of _TOKEN matched: a special kind, 'frac' or 'plain'."""
    last = m.lastgroup
    if last in _SPECIAL_KINDS:
        return last
    return "plain" if m.group("plain") is not None else "frac"


def _overlong(kind: str, m: re.Match[str]) -> bool:
    """Is the match (longer than MAX_DIGITS) a digit run too long to be a number?"""
    if kind == "dotpct":
        return len(m.group(0).split(".")[0]) > MAX_DIGITS
    if kind == "frac":
        return _too_long(m.group("num")) or _too_long(m.group("den"))
    return kind == "plain" and _too_long(m.group("plain"))


_DIGIT = re.compile(r"\d")  # every branch of _TOKEN starts with a digit: the scan jumps from digit to digit


def scan_numbers(folded: str, start: int = 0, end: int | None = None) -> list[NumberToken]:
    """Every numeric expression between start and end of the folded text, with its verdict."""
    return list(iter_numbers(folded, start, end))


def iter_numbers(folded: str, start: int = 0, end: int | None = None) -> Iterator[NumberToken]:
    """The tokens of scan_numbers one by one, each read only when asked for (a caller that stops at the first
    figure spares the verdicts of the rest)."""
    end = len(folded) if end is None else end
    url_starts: list[int] = []
    url_ends: list[int] = []
    if "http" in folded[start:end] or "www." in folded[start:end]:
        for u in _URL.finditer(folded, start, end):
            url_starts.append(u.start())
            url_ends.append(u.end())
    for m in lexicon.jump_finditer(_TOKEN, _DIGIT, folded, start, end):
        m_start, m_end = m.span()
        if url_starts and _in_urls(m_start, url_starts, url_ends):
            continue
        kind = _kind(m)
        if m_end - m_start > MAX_DIGITS and _overlong(kind, m):
            yield _identifier(m, folded)
            continue
        if kind == "dotpct":
            yield _dotpct(m, folded)
            continue
        figure, reason = _verdict(kind, m, folded)
        value = denominator = None
        unit, multiplier = "none", 1
        if kind == "frac":
            value, denominator, unit = parse_number(m.group("num")), parse_number(m.group("den")), "fraction"
        elif kind == "plain":
            plain, mult, pct = m.group("plain", "mult", "pct")
            multiplier = MULTIPLIERS[" ".join(mult.split())] if mult else 1
            literal = plain.replace(".", "").replace(",", ".")
            value = float(literal) if multiplier == 1 else float(Decimal(literal) * multiplier)
            unit = "percent" if pct or (not mult and _shares_the_percent(folded, m_end, value)) else "count"
        yield NumberToken(m_start, m_end, folded[m_start:m_end], value, unit, denominator, multiplier, figure, reason)
