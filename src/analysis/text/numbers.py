"""Vietnamese numbers: find every digit run, parse it, and tell figures from dates, years and labels.

Runs on the folded document text (`textclean.fold`), so offsets are document offsets.
`.` groups thousands and `,` marks decimals (1.687 -> 1687, 43,75 -> 43.75); a number may carry
a multiplier word (61,3 ngàn -> 61300) and a percent sign; `x/y` is a fraction or a rank.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from decimal import Decimal, InvalidOperation

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
NUMBER_PATTERN = _NUM  # a Vietnamese number literal, for other modules' regexes
_MULT_WORDS = lexicon.branches(MULTIPLIERS)
_MULT = rf"(?:\s*(?P<mult>{_MULT_WORDS})(?!\w))?"
_PCT_WORDS = lexicon.branches(lexicon.words("numbers", "percent_words"), suffix=r"(?!\w)")
_PCT = rf"(?P<pct>\s*(?:%|{_PCT_WORDS}))?"

# Every branch starts with a digit, so the regex engine skips ahead to digits; URLs are found
# separately (`_URL`) and the digits inside them are not figures.
_URL = re.compile(r"https?://\S+|www\.\S+")
_TOKEN = re.compile(
    r"(?=\d)(?:"
    r"(?P<docno>\d+(?:/\d+)*/(?:[^\W\d_][\w.]*)(?:-[\w.]+)*)"
    r"|(?P<dotdate>\d{1,2}\.\d{1,2}(?:\.\d{4})(?!\d)|\d{1,2}\.\d{1,2}(?=\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{4}))"
    r"|(?P<date>\d{1,2}/\d{1,2}/\d{2,4}(?!\d))"
    r"|(?P<clock>\d+:\d+(?::\d+)?)"
    r"|(?P<yrange>(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?!\d))"
    r"|(?P<monthyear>\d{1,2}\s*[-/]\s*(?:19|20)\d{2}(?!\d))"
    rf"|(?P<frac>(?P<num>{_NUM})/(?P<den>{_NUM})(?![\d/]))"
    r"|(?P<version>\d+\.\d{1,2}(?![\d%]))"
    r"|(?P<dotpct>\d+\.\d{1,2}(?=\s*%))"
    rf"|(?P<plain>{_NUM}){_MULT}{_PCT}"
    r")"
)

# What stands before or after a number (words from numbers.yml; `near` is the last 24 characters).
_LEVEL = _w("level_words")
_JOIN = _w("level_joiners")
_LEVEL_BEFORE = re.compile(rf"{_LEVEL}\s*$")
_LEVEL_LIST_BEFORE = re.compile(rf"{_LEVEL}\s*[1-4](?:\s*{_JOIN}\s*(?:{_LEVEL})?\s*[1-4])*\s*{_JOIN}\s*(?:{_LEVEL})?\s*$")
_LEVEL_CAP = re.compile(rf"{_w('level_cap')}\s*$")
_LEVEL_CAP_AFTER = re.compile(rf"^\s*(?:[)\],;.]|{_w('level_cap_followers')}|$)")
_ORDINAL_BEFORE = re.compile(rf"{_w('ordinal')}\s*$")
_RANK_BEFORE = re.compile(rf"{_w('rank_words')}\s+(?:{_w('ordinal')}\s*)?$")
_RANK_CONTEXT = re.compile(rf"{_w('rank_words')}[^.;]*$")
_DATE_WORD_BEFORE = re.compile(rf"{_w('date_words')}\s*$")
_FRACTION_DATE_BEFORE = re.compile(rf"{_w('fraction_date_words')}\s*$")
_DOC_BEFORE = re.compile(
    r"(?<!\w)" + "".join(f"(?<!{re.escape(w)} )" for w in lexicon.words("numbers", "document_not_after"))
    + rf"{_w('document_words')}\s*:?\s*$"
)
_RANK_NUMBER_BEFORE = re.compile(rf"{_w('rank_places')}\s+{_w('number_sign')}\s*$")  # "vị trí số 12": a place, not a document
_VERSION_BEFORE = re.compile(rf"(?:{lexicon.branches(lexicon.words('numbers', 'version_words'))}"
                             rf"|{lexicon.branches(lexicon.words('numbers', 'version_named'), suffix='[^,;.]{0,60}')})\s*$")
_STANDARD_BEFORE = re.compile(rf"{_w('standards')}\s*$")
# "3 tháng", but not "vị trí số 58 năm 2017": a unit followed by its number names a date, not a duration
_DURATION_AFTER = re.compile(rf"^\s*{_w('duration_units')}(?!\w)(?!\s*\d)")
_MONEY_AFTER = re.compile(rf"^\s*{_w('currencies')}(?!\w)")
_COUNT_AFTER = re.compile(rf"^\s*(?:{_w('plural_markers')}\s+)?(?:{COUNT_NOUNS})")


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
    if not re.fullmatch(_NUM, cleaned):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    try:
        return float(Decimal(cleaned.replace(".", "").replace(",", ".")))
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValueError(f"not a Vietnamese number: {text!r}") from exc


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


def _verdict(kind: str, m: re.Match[str], folded: str) -> tuple[bool, str]:
    """Is the match a figure? Returns (figure, reason)."""
    before = folded[max(0, m.start() - 80):m.start()]
    near = before[-24:]  # every cue but the version one fits in the last few words
    after = folded[m.end():m.end() + 40]
    if kind in ("docno", "dotdate", "date", "clock", "yrange", "monthyear", "version"):
        reason = {"docno": "document number", "dotdate": "date", "date": "date",
                  "clock": "time", "yrange": "year range", "monthyear": "date", "version": "version"}[kind]
        if kind == "clock" and _STANDARD_BEFORE.search(near):
            reason = "standard"
        return False, reason
    last, prev = before[-1:], before[-2:-1]
    if (last.isalpha() or (last == "-" and prev.isalpha()) or last.isdigit()
            or (last in ".," and prev.isdigit()) or after[:1].isalpha()):
        return False, "code"
    if _STANDARD_BEFORE.search(near):
        return False, "standard"
    if kind == "frac":
        return _fraction_verdict(m, before, after)
    digits = m.group("plain")
    is_int = re.fullmatch(r"\d+", digits) is not None
    if m.group("pct") is None and m.group("mult") is None:
        small = is_int and 1 <= int(digits) <= 4
        if _LEVEL_BEFORE.search(near) or (small and _LEVEL_LIST_BEFORE.search(before) and not _COUNT_AFTER.match(after)):
            return False, "level"
        if _LEVEL_CAP.search(near) and is_int and int(digits) <= 4 and _LEVEL_CAP_AFTER.match(after):
            return False, "level"
        if _ORDINAL_BEFORE.search(near) and not _RANK_BEFORE.search(near):
            return False, "ordinal"
        if _DOC_BEFORE.search(near) and is_int and not _RANK_NUMBER_BEFORE.search(near):
            return False, "document number"
        if _DATE_WORD_BEFORE.search(near):
            return False, "date"
        if _DURATION_AFTER.match(after):
            return False, "duration"
        if is_int and YEAR_MIN <= int(digits) <= YEAR_MAX and not _COUNT_AFTER.match(after):
            return False, "year"
        if is_int and (len(digits) >= 7 or (digits.startswith("0") and len(digits) >= 4)):
            return False, "identifier"  # ids, and phone numbers ("0210.3847.111"); "05 hồ sơ" stays a count
    if _VERSION_BEFORE.search(before) and "," not in digits and m.group("pct") is None:
        return False, "version"
    if _MONEY_AFTER.match(after):
        return False, "money"
    return True, ""


def _fraction_verdict(m: re.Match[str], before: str, after: str) -> tuple[bool, str]:
    num, den = parse_number(m.group("num")), parse_number(m.group("den"))
    if _DATE_WORD_BEFORE.search(before) or _FRACTION_DATE_BEFORE.search(before):
        return False, "date"
    if _COUNT_AFTER.match(after):
        return (den > 0, "" if den > 0 else "zero denominator")
    if _RANK_CONTEXT.search(before) or den in (63, 64, 34):
        return True, ""
    if 1 <= den <= 12 and 1 <= num <= 31 and "." not in m.group(0):
        return False, "date"
    if den == 0:
        return False, "zero denominator"
    return True, ""


def scan_numbers(folded: str, start: int = 0, end: int | None = None) -> list[NumberToken]:
    """Every numeric expression between start and end of the folded text, with its verdict."""
    end = len(folded) if end is None else end
    tokens: list[NumberToken] = []
    urls = [u.span() for u in _URL.finditer(folded, start, end)] if ("http" in folded[start:end] or "www." in folded[start:end]) else []
    for m in _TOKEN.finditer(folded, start, end):
        if urls and any(a <= m.start() < b for a, b in urls):
            continue
        kind = m.lastgroup if m.lastgroup in ("docno", "dotdate", "date", "clock", "yrange",
                                              "monthyear", "version", "dotpct") else None
        kind = kind or ("frac" if m.group("frac") else "plain")
        figure, reason = _verdict(kind, m, folded)
        value = denominator = None
        unit, multiplier = "none", 1
        if kind == "frac":
            value, denominator, unit = parse_number(m.group("num")), parse_number(m.group("den")), "fraction"
        elif kind == "dotpct":
            value, unit, figure, reason = float(m.group(0)), "percent", True, ""
            tail = re.match(r"\s*%", folded[m.end():])
            m_end = m.end() + (tail.end() if tail else 0)
            tokens.append(NumberToken(m.start(), m_end, folded[m.start():m_end], value, unit, None, 1, True, ""))
            continue
        elif kind == "plain":
            mult = m.group("mult")
            multiplier = MULTIPLIERS[" ".join(mult.split())] if mult else 1
            literal = m.group("plain").replace(".", "").replace(",", ".")
            value = float(literal) if multiplier == 1 else float(Decimal(literal) * multiplier)
            unit = "percent" if m.group("pct") else "count"
        tokens.append(NumberToken(m.start(), m.end(), folded[m.start():m.end()], value, unit,
                                  denominator, multiplier, figure, reason))
    return tokens
