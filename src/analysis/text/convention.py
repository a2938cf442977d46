"""The number convention of a whole article. Vietnamese writes 1.687 (thousands) and 43,75 (decimals); some
portals write the English way, 187,462 and 24.2%. An article is read the English way only when it has
English evidence and no Vietnamese evidence at all; its token values are then read again."""
from __future__ import annotations

import re
from decimal import Decimal

from . import lexicon
from .numbers import COUNT_NOUNS, NumberToken, iter_numbers, parse_number, spelled_value

# English: comma thousands in whole groups ("187,462", "1,250,300") or a point decimal before "%" ("24.2%")
# (Both patterns open with a digit and look behind it, so the regex engine jumps from digit to digit.)
_ENGLISH = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+(?![\d,]|\.\d)|\d*\.\d{1,2}\s*%)")
# Vietnamese: point thousands in whole groups ("1.687", "156.815") or a comma decimal of one or two digits
_VIETNAMESE = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3})+(?![\d.]|,\d{3})|\d*,\d{1,2}(?![\d,]))")
_LITERAL = re.compile(r"\d[\d.,]*\d|\d")


def english_style(folded: str) -> bool:
    """The article writes its numbers the English way: some English evidence, no Vietnamese evidence."""
    return not _VIETNAMESE.search(folded) and len(_ENGLISH.findall(folded)) >= 2  # most articles stop at the first test


# thousands set off by single spaces, as a PDF's text layer or a typesetter writes them ("318 472 hồ sơ", "1 796
# thủ tục"): digit groups joined by one space (no tab), a word right after them on the same line, no number right
# before them (a table pasted with single spaces, "Xã A 512 430 84,0", has numbers on both sides); or a label's value,
# right after its colon and closing its item ("Tiếp nhận: 142 318; Đã giải quyết: 139 774."), or a value after a word
# closing its clause ("số hồ sơ gửi qua mạng đạt 4 218, bằng 3,56% …")
# (a clause's comma is no number: "Trong chín tháng, 96 512 hồ sơ …"; a value may close its sentence: "… là 21 374.";
# or a cell of a table cut by bars: "Hồ sơ tiếp nhận | 152 377")
_SPACED = re.compile(r"(?<![\d.,])(?<![\d.%] )(?<!\d, )\d{1,3}(?: \d{3})+(?= +[^\W\d_])"
                     r"|(?<=: )(?P<value>\d{1,3}(?: \d{3})+)(?= *(?:[;.](?!\d)|$))"
                     r"|(?<=[^\W\d_] )(?P<closing>\d{1,3}(?: \d{3})+)(?=[,;.](?!\d))"
                     r"|(?<=\| )(?P<cell>\d{1,3}(?: \d{3})+)(?= *(?:\||$))", re.MULTILINE)
_DIGIT = re.compile(r"\d")  # every branch of _SPACED opens with a digit: its scan jumps from digit to digit
_LEVEL_NEAR = re.compile(rf"(?:{lexicon.union(lexicon.words('numbers', 'level_words'))})[^.;:]{{0,40}}$")
_POINT_THOUSANDS = re.compile(r"\d(?<![\d.,]\d)\d{0,2}(?:\.\d{3})+(?![\d.]|,\d{3})")


def spaced_thousands(text: str, folded: str) -> str:
    """The folded text with thousands set off by spaces written with points ("318 472" -> "318.472", same length),
    when the article (`text`, the source of `folded`) writes them so at least twice; an article that also writes
    points (text pasted from several sources) only where a counted noun follows and no service level stands before
    ("đã cấp 6 218 hộp thư", not "mức độ 3 100 dịch vụ và 4 200 dịch vụ")."""
    found = list(lexicon.jump_finditer(_SPACED, _DIGIT, text, 0, len(text))) if " " in text else []
    if len(found) >= 2 and _POINT_THOUSANDS.search(text):
        found = [m for m in found if m.group("cell") or (m.group("value") or _noun_after(folded, m.end()))
                 and not _LEVEL_NEAR.search(folded, max(0, m.start() - 60), m.start())]
    if len(found) < 2:
        return folded
    chars = list(folded)
    for m in found:
        for i in range(m.start(), m.end()):
            if text[i] == " ":
                chars[i] = "."
    return "".join(chars)


# Spoken numbers written half in digits, as a transcript of speech writes them: a group of digits, a scale word and
# the group under it ("86 nghìn 412" for 86.412, "1 triệu 250 nghìn" for 1.250.000), or digits, the word for the
# decimal point and the decimals ("8 phẩy 46" for 8,46). A scale alone after digits ("7 nghìn hồ sơ") is a multiplier
# (text/numbers.py) and stays as written.
_SCALE_WORDS = lexicon.entry("numbers", "word_scales")
_SCALE = lexicon.union(list(_SCALE_WORDS))
_NOT_TAIL = lexicon.union(lexicon.words('numbers', 'spoken_tail_not_before'))
_SPOKEN_GROUPS = re.compile(rf"(?<![\d.,])\d{{1,3}} (?:{_SCALE})(?: \d{{1,3}} (?:{_SCALE}))*"
                            rf"(?: \d{{1,3}}(?! (?:{_NOT_TAIL})(?!\w)))?(?![\d/]|[.,]\d|\w)")
_SPOKEN_POINT = re.compile(rf"(?<![\d.,])(?P<whole>\d+) (?:{lexicon.union(lexicon.words('numbers', 'word_point'))}) "
                           rf"(?P<decimals>\d{{1,3}})(?![\d/]|[.,]\d|\w)")
_GROUP = re.compile(rf"(?P<digits>\d{{1,3}})(?: (?P<scale>{_SCALE}))?")


def _spoken_value(words: str) -> float | None:
    """The value of digit groups each with its scale word, the last perhaps without ("86 nghìn 412" -> 86412), when
    the scales fall and each group under the first fits under the scale before it; else None."""
    value, above = 0, None
    groups = list(_GROUP.finditer(words))
    if len(groups) < 2:
        return None  # (one group and its scale: a multiplier)
    for group in groups:
        scale = _SCALE_WORDS[group.group("scale")] if group.group("scale") else 1
        digits = int(group.group("digits"))
        if above is not None and (scale >= above or digits * scale >= above):
            return None
        value, above = value + digits * scale, scale
    return float(value)


def spoken_digits(folded: str) -> str:
    """The folded text with spoken numbers written half in digits read as digits, same length, the digits at the end
    of their place: "86 nghìn 412 hồ sơ" -> "86.412 hồ sơ", "8 phẩy 46 phần trăm" -> "8,46 phần trăm"."""
    if not any(word in folded for word in (*_SCALE_WORDS, *lexicon.words("numbers", "word_point"))):
        return folded
    found = [(m.start(), m.end(), _digits(value)) for m in _SPOKEN_GROUPS.finditer(folded)
             if (value := _spoken_value(m.group())) is not None]
    found += [(m.start(), m.end(), f"{m.group('whole')},{m.group('decimals')}") for m in _SPOKEN_POINT.finditer(folded)]
    return _with_digits(folded, found)


def _with_digits(folded: str, found: list[tuple[int, int, str]]) -> str:
    """The folded text with each (start, end, digits) span read as its digits: same length, the digits at the end of
    the span's place (positions still index the text)."""
    if not found:
        return folded
    chars = list(folded)
    for start, end, digits in found:
        chars[start:end] = " " * (end - start - len(digits)) + digits
    return "".join(chars)


def english_values(tokens: list[NumberToken]) -> list[NumberToken]:
    """Counts and percentages read again with ',' as the thousands mark and '.' as the decimal point."""
    return [_english(t) if t.unit in ("count", "percent") and ("," in t.text or "." in t.text) else t for t in tokens]


def _english(tok: NumberToken) -> NumberToken:
    """One token's value the English way ("187,462" -> 187462, "1.3 triệu" -> 1300000)."""
    literal = _LITERAL.search(tok.text)
    if literal is None:
        return tok
    value = Decimal(literal.group().replace(",", "")) * tok.multiplier
    return tok._replace(value=float(value))


# the counted nouns of nouns.yml `heads`, each with its category ("hồ sơ" -> dossiers, "người dân" -> people)
_HEAD_NOUNS = re.compile(r"\s*(?:" + "|".join(
    f"(?P<k{i}>{lexicon.union(phrases)})" for i, (_, phrases) in enumerate(lexicon.kinds("nouns", "heads"))) + r")(?!\w)")
_HEAD_KINDS = {f"k{i}": name for i, (name, _) in enumerate(lexicon.kinds("nouns", "heads"))}


def _noun_after(folded: str, end: int) -> str:
    """The category of the counted noun right after a number ("hồ sơ" -> dossiers, "người dân" -> people, a
    "bộ hồ sơ" too), '' if a verb or anything else follows."""
    m = _HEAD_NOUNS.match(folded, end)
    return _HEAD_KINDS[m.lastgroup] if m and m.lastgroup else ""


# a count's digits in thousands groups set off by commas, the English way ("1,784", "312,457")
_COMMA_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def whole_count(literal: str, value: float) -> float | None:
    """A count is whole. Written "1,784" with no scale word in an article otherwise Vietnamese (a quoted report), it is
    thousands the English way (1784); written with a decimal part ("11,8 hồ sơ", "1,0 hồ sơ"), an average or a score:
    no count (None). A scale word, or the article's English reading, made it whole already ("61,3 nghìn" -> 61300)."""
    digits = _LITERAL.search(literal)
    written = digits.group() if digits else ""
    if value % 1 == 0 and ("," not in written or value != _vietnamese(written)):
        return value
    if _COMMA_THOUSANDS.fullmatch(written):
        return float(written.replace(",", ""))
    return None


def _vietnamese(written: str) -> float | None:
    """The value of digits read the Vietnamese way ("61,3" -> 61.3), None if they are no number."""
    try:
        return float(written.replace(".", "").replace(",", "."))
    except ValueError:
        return None


_PER_WORD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('numbers', 'per_base_words'))}\s+$")
_PER_BASES = {float(b) for b in lexicon.words("numbers", "per_bases")}
# (people after a base even where the word is no head of its own: "mỗi 1.000 dân có 6 hồ sơ")
_PEOPLE_AFTER = re.compile(rf"\s*{lexicon.union(lexicon.entry('metric_words', 'per_people')['people'])}(?!\w)")
_SENTENCE_END = re.compile(r"[.;!?](?!\d)")


def per_base(tokens: list[NumberToken], folded: str) -> list[NumberToken]:
    """"Cứ 100 hồ sơ … thì có khoảng 42 hồ sơ …": the count after a round base in its sentence read as its share (42%),
    the base itself as no figure; so many dossiers out of a round base ("3/10 hồ sơ") read as that share (30%)."""
    out = list(tokens)
    for i, tok in enumerate(out):
        if tok.figure and tok.unit == "fraction" and tok.denominator in _PER_BASES and tok.value is not None \
                and 0 < tok.value <= tok.denominator and _noun_after(folded, tok.end) == "dossiers":
            # "gần 3/10 hồ sơ được nộp trực tuyến": so many in a round base of dossiers, a share (30%), no counts
            out[i] = tok._replace(unit="percent", value=tok.value * 100 / tok.denominator, denominator=None)
            continue
        if not (tok.figure and tok.unit == "count" and tok.value in _PER_BASES
                and _PER_WORD.search(folded, max(0, tok.start - 12), tok.start)):
            continue
        part = next((j for j in range(i + 1, len(out)) if out[j].figure), None)
        if part is None or _SENTENCE_END.search(folded, tok.end, out[part].start):
            # "cứ 100 hồ sơ … thì khoảng bao nhiêu hồ sơ được nộp qua mạng?": a base with no part is still a base
            out[i] = tok._replace(figure=False, reason="base")
            continue
        if out[part].unit != "count":
            continue
        base_noun = _noun_after(folded, tok.end) or ("people" if _PEOPLE_AFTER.match(folded, tok.end) else "")
        part_noun = _noun_after(folded, out[part].end)
        if base_noun and part_noun and base_noun != part_noun:
            # "cứ 1.000 người dân có khoảng 179 hồ sơ": dossiers per people, neither a share nor a total
            out[part] = out[part]._replace(figure=False, reason="per_base")
            continue
        if not 0 < out[part].value <= tok.value:
            continue
        out[i] = tok._replace(figure=False, reason="base")
        out[part] = out[part]._replace(unit="percent", value=out[part].value * 100 / tok.value)
    return out


# a number written in words and then again in digits in parentheses, as some official texts write it ("hai trăm sáu
# mươi mốt nghìn bốn trăm (261.400) hồ sơ", "bốn phẩy bảy mươi lăm phần trăm (4,75%)"): found from the parenthesis
# (rare) back to the words before it, so that articles without one pay a single scan
_DIGITS_IN_PARENS = re.compile(r"\(\s*(?P<digits>\d[\d.,]*)\s*%?\s*\)")
_SPELLED = lexicon.union(lexicon.words("numbers", "spelled_words"))
_WORDS_BEFORE = re.compile(rf"(?<!\w){_SPELLED}(?:\s+{_SPELLED})*\s*$")
_WORD = re.compile(r"\S+")


# "gần hai phần ba (64,8%) văn bản", "hơn một nửa (53,1%)": a fraction in words (and the qualifier before it) with the
# exact percentage in parentheses right after it
_FRACTION_NUMERAL = lexicon.union([*lexicon.entry("numbers", "word_digits"), *lexicon.words("numbers", "word_tens")])
_FRACTION_BEFORE = re.compile(
    rf"(?<!\w)(?:(?:{lexicon.union([w for ws in lexicon.entry('qualifiers', 'before').values() for w in ws])})\s+)?"
    rf"(?:(?P<half>(?:{lexicon.union(lexicon.words('numbers', 'half_words'))}))"
    rf"|(?P<part>{_FRACTION_NUMERAL})\s+{lexicon.union(lexicon.words('numbers', 'spelled_fraction_words'))}\s+"
    rf"(?P<whole>{_FRACTION_NUMERAL}|{lexicon.union(list(lexicon.entry('numbers', 'word_scales')))}))\s*$")
_FRACTION_TOLERANCE = 10.0  # points between the fraction's value and the exact percentage it rounds
_WORD_NEXT = re.compile(r"\s*[^\W\d_]")
_COPULA_END = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'anaphora_copulas'))}\s*$")


def _fraction_start(folded: str, m: re.Match[str]) -> int | None:
    """Where a fraction in words rounding the percentage in parentheses `m` starts, else None."""
    if not m.group().rstrip().endswith("%)"):
        return None
    found = _FRACTION_BEFORE.search(folded, max(0, m.start() - 40), m.start())
    if found is None:
        return None
    part, whole = (1.0, 2.0) if found.group("half") else (spelled_value(found.group("part")),
                                                            spelled_value(found.group("whole")))
    try:
        exact = parse_number(m.group("digits"))
    except ValueError:
        return None
    if not (part and whole and abs(100 * part / whole - exact) <= _FRACTION_TOLERANCE):
        return None
    # (the fraction quantifies the words after it, "(64,8%) văn bản", or follows a copula, "tỷ lệ này là hơn một nửa
    # (53,1%)"; a predicate's fraction after a count keeps its parenthesis, the count's share: "131.604 hồ sơ trực
    # tuyến, lần đầu vượt quá một nửa (55,08%), …")
    quantifies = _WORD_NEXT.match(folded, m.end()) is not None
    return found.start() if quantifies or _COPULA_END.search(folded, max(0, found.start() - 12), found.start()) else None


def _spelled_start(folded: str, m: re.Match[str]) -> int | None:
    """Where words saying the value of the digits in parentheses `m` start right before them, else None."""
    words = _WORDS_BEFORE.search(folded, max(0, m.start() - 120), m.start())
    if words is None:
        return None
    try:
        digits = parse_number(m.group("digits"))
    except ValueError:
        return None
    run = words.group().rstrip()
    return next((words.start() + w.start() for w in _WORD.finditer(run) if spelled_value(run[w.start():]) == digits),
                None)


def spelled_before_digits(folded: str) -> str:
    """The folded text with a number written in words before the same number in digits in parentheses blanked but
    for the digits (same length): "mười hai nghìn (12.000) hồ sơ" reads as "12.000 hồ sơ" where the words were.
    The words must say the digits' value ("Sở Kế hoạch và Đầu tư (87,2%)" ends with a word of a number, no number)."""
    chars: list[str] | None = None
    for m in _DIGITS_IN_PARENS.finditer(folded) if "(" in folded else ():
        # (a fraction rounding a percentage reads as it too: "hơn một nửa (53,1%)" as "53,1%" where the words were)
        start = _fraction_start(folded, m)
        start = _spelled_start(folded, m) if start is None else start
        if start is None:
            continue
        chars = chars if chars is not None else list(folded)
        for i in range(start, m.end()):
            if not (folded[i].isdigit() or folded[i] in ".,%"):
                chars[i] = " "
    return "".join(chars) if chars is not None else folded


_NUMERALS = lexicon.union([*lexicon.entry("numbers", "word_digits"), *lexicon.words("numbers", "word_tens"),
                           *lexicon.words("numbers", "word_hundreds"), *lexicon.entry("numbers", "word_scales"),
                           *lexicon.words("numbers", "word_zero_tens"), *lexicon.words("numbers", "word_point")])
_SPELLED_RUN = re.compile(rf"(?<!\w){_NUMERALS}(?:\s+{_NUMERALS})*(?!\w)")
_SPELLED_PERCENT = re.compile(rf"\s+{lexicon.union(lexicon.words('numbers', 'word_percent'))}(?!\w)")
_SPELLED_COUNTED = re.compile(rf"\s+(?:{COUNT_NOUNS})")
_SPELLED_SMALL = re.compile(rf"\s+{lexicon.union(lexicon.words('numbers', 'spelled_small_nouns'))}(?!\w)")
_SPELLED_NOT_AFTER = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('numbers', 'spelled_not_after'))}\s+$")
_FRACTION_WORD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('numbers', 'spelled_fraction_words'))}\s+$")
_SPELLED_RANK = re.compile(rf"\s+{lexicon.union(lexicon.words('numbers', 'spelled_rank_joiners'))}\s+"
                           rf"(?P<whole>{_NUMERALS}(?:\s+{_NUMERALS})*)(?!\w)")
_RANK_WORD = lexicon.union(lexicon.words("numbers", "rank_words"))
_RANK_WORDS = re.compile(rf"(?<!\w){_RANK_WORD}(?!\w)[^.;:]{{0,30}}$")
_NEVER_ALONE = frozenset(["năm"])  # (the year word; see numbers.yml)


def _digits(value: float) -> str:
    """A value written the Vietnamese way: 152000 -> "152.000", 98.1 -> "98,1"."""
    whole, _, decimals = f"{value:.6f}".rstrip("0").rstrip(".").partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{grouped},{decimals}" if decimals else grouped


def _spelled_figure(folded: str, run: re.Match[str]) -> tuple[int, str] | None:
    """Where a run of number words ends and the digits it reads as, when it is a figure (numbers.yml)."""
    words = run.group()
    value = spelled_value(words)
    if value is None or value == 1 or words.startswith("không") or words in _NEVER_ALONE and \
            not _SPELLED_PERCENT.match(folded, run.end()) or _FRACTION_WORD.search(folded, max(0, run.start() - 8),
                                                                                  run.start()):
        return None  # ("85 phần trăm cán bộ": "trăm" of the percent word; "bốn phần mười": a fraction)
    rank = _SPELLED_RANK.match(folded, run.end())
    whole = spelled_value(rank.group("whole")) if rank else None
    if rank and whole and whole > value and _RANK_WORDS.search(folded, max(0, run.start() - 40), run.start()):
        return rank.end(), f"{_digits(value)}/{_digits(whole)}"  # "xếp thứ bốn mươi lăm trên sáu mươi ba"
    if _SPELLED_NOT_AFTER.search(folded, max(0, run.start() - 12), run.start()):
        return None
    counted = _SPELLED_COUNTED if value >= 10 else _SPELLED_SMALL
    if _SPELLED_PERCENT.match(folded, run.end()) or counted.match(folded, run.end()):
        return run.end(), _digits(value)
    return None


_ORDINALS: dict[str, int] = lexicon.entry("numbers", "ordinal_words")
_ORDINAL_WORDS = lexicon.union([*_ORDINALS, *lexicon.entry("numbers", "word_digits"), *lexicon.words("numbers", "word_tens")])
_ORDINAL_PLACE = re.compile(rf"(?<!\w)(?P<paren>\(\s*)?{lexicon.union(lexicon.words('numbers', 'ordinal'))}\s+"
                            rf"(?P<place>{_ORDINAL_WORDS}(?:\s+{_ORDINAL_WORDS})*)(?!\w)")
_RANK_BEFORE = re.compile(rf"(?<!\w){_RANK_WORD}(?!\w)[^.;:()]{{0,30}}$")  # (as _RANK_WORDS, no parenthesis between)
_RANKING_SENTENCE = re.compile(rf"(?<!\w){_RANK_WORD}(?!\w)[^.;!?]*$")
_NATION_AFTER = re.compile(rf"\s+(?:{lexicon.union(lexicon.words('numbers', 'ordinal_nation_after'))})(?!\w)")
_PAREN_CLOSE = re.compile(r"\s*\)")
_DIGITS_NEXT = re.compile(r"\s*\(\s*\d")
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('numbers', 'weekday_before'))}\s+$")
_WEEKDAY_AFTER = re.compile(rf"\s*,?\s*(?:{lexicon.union(lexicon.words('numbers', 'weekday_after'))})(?!\w)|\s*,?\s*\d")


def _place_value(words: str) -> int | None:
    """The place an ordinal says in words: "nhất" -> 1, "ba" -> 3, "mười hai" -> 12; None for no whole place."""
    if words in _ORDINALS:
        return _ORDINALS[words]
    value = spelled_value(words)
    return int(value) if value and value == int(value) else None


def _ranked(folded: str, m: re.Match[str], before: str) -> bool:
    """Whether an ordinal in words is a place in a national ranking: after a rank word and before the country, no digits
    restating it in a parenthesis right after ("đứng thứ mười chín cả nước (19/63)" says the place once); or alone in a
    parenthesis in a sentence that ranks."""
    if m.group("paren"):
        return bool(_RANKING_SENTENCE.search(before) and _PAREN_CLOSE.match(folded, m.end()))
    nation = _NATION_AFTER.match(folded, m.end())
    return bool(_RANK_BEFORE.search(before) and nation and not _DIGITS_NEXT.match(folded, nation.end()))


def ordinal_ranks(folded: str) -> str:
    """The folded text with places written in words read as digits (same length, the digits at the end of the words'
    place): after a rank word and before the country ("đứng thứ ba toàn quốc" as "đứng thứ  3 toàn quốc"), or alone in
    a parenthesis after a name in a sentence that ranks ("xếp sau Đà Nẵng (thứ nhất)"); never a day of the week ("vào
    thứ ba tuần trước")."""
    found: list[tuple[int, int, str]] = []
    for m in _ORDINAL_PLACE.finditer(folded):
        before = folded[max(0, m.start() - 60):m.start()]
        value = _place_value(m.group("place"))
        if not _ranked(folded, m, before) or value is None or _WEEKDAY_BEFORE.search(before) \
                or _WEEKDAY_AFTER.match(folded, m.end()):
            continue
        if len(str(value)) <= m.end("place") - m.start("place"):
            found.append((m.start("place"), m.end("place"), str(value)))
    return _with_digits(folded, found)


def spelled_numbers(folded: str) -> str:
    """The folded text of an article that writes its figures in words (more of them than figures in digits, as a
    radio script does) with those numbers read as digits (same length, the digits at the end of the words' place):
    "hai trăm mười bảy hồ sơ" reads as "217 hồ sơ", "ba phẩy hai phần trăm" as "3,2 phần trăm", "thứ bốn mươi lăm
    trên sáu mươi ba" as "thứ 45/63". Elsewhere words of a number are most often a rounded restatement ("hơn ba trăm
    nghìn hồ sơ, con số chính xác là 312.486") or prose, and stay words."""
    found: list[tuple[int, int, str]] = []
    done = 0  # where the last number read so ends (a rank's whole is read with its place)
    for run in _SPELLED_RUN.finditer(folded):
        figure = _spelled_figure(folded, run) if run.start() >= done else None
        if figure is not None and len(figure[1]) <= figure[0] - run.start():
            done = figure[0]
            found.append((run.start(), *figure))
    if not found or len(found) <= sum(1 for token in iter_numbers(folded) if token.figure):
        return folded
    return _with_digits(folded, found)
