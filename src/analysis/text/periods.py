"""Periods: the time expressions of a sentence ("7 tháng đầu năm 2019", "quý III-2020", "đến 31/12/2019")
and the rule that gives each figure its year and period.

Rule for a figure: the nearest period expression before it in its sentence, else the first after
it; else the same in its paragraph; else the document's default year (manifest `published`,
else the dateline, else the lead paragraph's reporting year). Expressions that only mark the
start of a process ("từ tháng 7-2016"), a comparison baseline ("so với năm 2017"), a multi-year
range ("giai đoạn 2019 – 2020") or the date of a legal document never date a figure.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from . import lexicon
from .clean import fold
from .marks import strip_bullets
from .numbers import spelled_value

_Y = r"(?:19|20)\d{2}"
_DATE = "(?:" + "|".join(rf"\d{{1,2}}{sep}\d{{1,2}}{sep}{_Y}" for sep in ("/", r"\.", "-")) + ")"  # "31/12/2019", "19-5-2020"
_DAYMONTH = r"\d{1,2}[/.]\d{1,2}"


def _w(key: str) -> str:
    """The phrases at `key` of periods.yml, as a regex alternation (the grammar below sets the spaces)."""
    return lexicon.union(lexicon.words("periods", key))


_OPENERS = ("from", "counting", "until", "quarter", "month", "spans", "target_prepositions",
            "year_prepositions", "year", "day", "present", "present_lead", "present_verbs", "present_in_parenthesis",
            "present_openers", "index_names", "whole_year",
            "previous_year", "past_year_in_text", "this_year", "then_pointers",
            "month_counts")  # the words a period can start with (besides a digit)
_DAY, _YEAR, _UNTIL = _w("day"), _w("year"), _w("until")
_MONTH_COUNT = rf"(?:\d{{1,2}}|{_w('month_counts')}) {_w('month')}"  # "6 tháng", "Sáu tháng"
_MONTHS = rf"{_MONTH_COUNT}(?: (?:{_w('year_parts')} )?{_YEAR}(?: (?P<my>{_Y}))?)?(?! \d)"
_YEARS = rf"{_Y}\s*[-–—]\s*{_Y}"
# At a digit only three branches can match (every other one opens with a word): they are tried alone there,
# in the same order, under names ending in "_d" (a branch's optional opening word cannot stand at a digit).
_THIS_YEAR = (rf"(?:(?:{_MONTH_COUNT} (?:{_w('year_parts')} )?)?{_w('this_year')}"
              rf"|{_MONTH_COUNT} {_w('recent_past')})(?!\w)")  # (… or "5 tháng qua": the months up to the writing)
# (… and the year before's: "sáu tháng đầu năm trước", "9 tháng năm ngoái")
_LAST_YEAR_WINDOW = rf"{_MONTH_COUNT} (?:{_w('year_parts')} )?{_w('previous_year')}(?!\w)"
_AT_DIGIT = (rf"(?P<thisyear_d>{_THIS_YEAR})|(?P<lastwindow_d>{_LAST_YEAR_WINDOW})|(?P<months_d>{_MONTHS.replace('(?P<my>', '(?P<my_d>')})|(?P<yrange_d>{_YEARS})"
             rf"|(?P<date_d>(?P<dy_d>{_DATE}))"
             # "12/2024 – Toàn tỉnh tiếp nhận …", "(số liệu 10/2024)": a month and year with no word before them
             rf"|(?<![\d.,/])(?P<month_d>(?:0?[1-9]|1[0-2])/(?P<mny_d>{_Y}))(?![\d/])"
             # "…: 2022 là 1.842; 2023 là 1.905", "2021: 11,5%": a bare year labelling the value after it
             rf"|(?<![\d.,/-])(?P<yearlabel_d>(?P<yl_d>{_Y}))(?=\s*(?::|(?:{_w('label_links')})\s)\s*\d)")
# (a fixed-width look-behind for each verb of saying, then one space: "… trả lời nay đã có …")
_AFTER_SAYING = "|".join(f"(?<=(?<!\\w){re.escape(w)} )" for w in lexicon.words("periods", "present_after_saying"))
_PERIOD = re.compile(  # the look-ahead skips positions no branch can start at (speed)
    lexicon.initials([w for key in _OPENERS for w in lexicon.words("periods", key)], width=None, extra=[r"\d"])
    + rf"(?:(?=\d)(?:{_AT_DIGIT})|(?!\d)(?:"
    # (… its end may be a year's end, from a day or a month: "từ ngày 1/7 đến hết năm 2025", a span, no deadline)
    rf"(?P<range>{_w('from')} (?:(?:{_DAY} )?(?:{_DATE}|{_DAYMONTH}) {_UNTIL} (?:{_DAY} )?(?P<ry>{_DATE})"
    rf"|(?:(?:{_DAY} )?(?:{_DATE}|{_DAYMONTH})|{_w('month')} \d{{1,2}}(?:[/-]{_Y})?) {_UNTIL} "
    rf"(?:{_w('target_edges')} )?{_YEAR} (?P<ry2>{_Y})))"
    rf"|(?P<since_now>{_w('from')} {_w('year_start')} {_YEAR}(?: (?P<sy>{_Y}))? {_UNTIL} {_w('now')})"
    rf"|(?P<now>(?:{_w('present_lead')} )?(?:{_w('moment')} )?{_w('present')}|{_w('present_lead')} {_w('now')}"
    rf"|{lexicon.not_after(lexicon.words('periods', 'present_not_after'))}{_w('present_verbs')}"
    rf"|(?:(?<=\()|(?<=\( )){_w('present_in_parenthesis')}"
    # (a paragraph's start shows in the folded text as two spaces, its line break and the blank line)
    rf"|(?:(?<!.)|(?<=[.!?:;,] )|(?<=\S  )|(?<=[“\"])|(?<=[.!?:;] [“\"])|{_AFTER_SAYING}){_w('present_openers')}"
    rf"(?=,? \w)(?! (?:{_w('present_opener_compounds')})(?!\w)))(?!\w)"
    rf"|(?P<until>(?:{_w('counting')} )?{_UNTIL} (?:{_w('through')} )?(?:{_DAY} )?(?P<uy>{_DATE}))"
    rf"|(?P<thisyear>{_THIS_YEAR})"
    rf"|(?P<lastwindow>{_LAST_YEAR_WINDOW})"
    rf"|(?P<months>{_MONTHS})"
    rf"|(?P<quarter>{_w('quarter')} (?:[ivx]+|\d)(?:\s*[-/]\s*(?P<qy>{_Y})| {_YEAR} (?P<qy2>{_Y}))?)"
    rf"|(?P<month>{_w('month')} (?:\d{{1,2}}|(?:{_w('month_names')})(?!\w))"
    rf"(?:\s*[-/.]\s*(?P<mny>{_Y})| {_YEAR} (?P<mny2>{_Y}))?)"
    rf"|(?P<yrange>(?:{_w('spans')} )?{_YEARS})"
    rf"|(?P<targetyear>{_w('target_prepositions')} (?:{_w('target_edges')} )?(?:{_YEAR} )?(?P<ty>{_Y}))"
    rf"|(?P<year>(?:{_w('year_prepositions')} )?{_YEAR} (?P<yy>{_Y}))"
    rf"|(?P<previous>{_w('previous_year')})(?!\w)"
    rf"|(?P<pastyear>{_w('past_year_in_text')})(?!\w)"
    rf"|(?P<then>{lexicon.not_after(lexicon.words('periods', 'then_not_after'))}{_w('then_pointers')})(?!\w)"
    rf"|(?P<wholeyear>(?:(?<!.)|(?<=[.,;:!?] )){_w('whole_year')})(?!\w)(?!\s+(?:{_YEAR}\s+)?(?:19|20)\d\d|\s+{_w('now')}(?!\w))"
    rf"|(?P<date>(?:{_DAY} )?(?P<dy>{_DATE}))"
    # (… or its bare year right after the parenthesis closing its short name: "… Việt Nam (Vietnam ICT Index) 2014")
    rf"|(?P<indexyear>{_w('index_names')}(?:(?: {_YEAR})? |\) )(?P<iy>{_Y}))(?!\d)"
    r"))"
)
_THIS_YEAR_END = re.compile(rf"{_w('this_year')}$")


def names_this_year(period: Period) -> bool:
    """Whether a period is the year of writing ("9 tháng năm nay"), dated by the publication, not the report."""
    return period.role == "now" and bool(_THIS_YEAR_END.search(period.text.lower()))


_REPORT_WINDOW = re.compile(rf"{_MONTH_COUNT}(?!\w)")


_MONTH_YEAR = re.compile(rf"^(?:{_w('month')}\s+)(\d{{1,2}})\s*[/.-]\s*((?:19|20)\d\d)$")  # "tháng 3/2017"
_ISO_MONTH = re.compile(r"^((?:19|20)\d\d)-(\d{2})")


def month_of(period: Period) -> tuple[int, int] | None:
    """(year, month) of a period that is one month of a year ("tháng 3/2017"), else None."""
    found = _MONTH_YEAR.match(period.text.lower())
    return (int(found.group(2)), int(found.group(1))) if found else None


def published_month(published: object) -> tuple[int, int] | None:
    """(year, month) of an ISO publication date ("2017-04-12"), else None."""
    found = _ISO_MONTH.match(str(published or ""))
    return (int(found.group(1)), int(found.group(2))) if found else None


def month_before(period: Period, published: object) -> bool:
    """Whether a period is a month that was over before the month the article was published in ("tháng 3/2017" in an
    article of April 2017): a result, even in a plan's section."""
    month, issued = month_of(period), published_month(published)
    return bool(month and issued) and month < issued


def reports_so_far(period: Period) -> bool:
    """Whether a period is a report's window of months counted up to its time ("Mười một tháng năm 2018", "9 tháng năm
    nay"); not a quarter or a year, which a plan may set as its deadline ("trong quý IV/2025 đạt tối thiểu 85%")."""
    return bool(_REPORT_WINDOW.match(period.text.lower()))


# "cả năm 2015": the words before a year's "năm" that make it the whole year, done ("cả", "tính chung cả")
_WHOLE_YEAR_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union([w.removesuffix(' năm') for w in lexicon.words('periods', 'whole_year')])}) $")


def window_after_whole_year(folded: str, window: Period, dated: Period) -> bool:
    """A window of months in a later clause than a whole year named before it ("Cả năm 2015, …; … trong 7 tháng đạt
    97,1%"): a time of its own, no part of that year."""
    return reports_so_far(window) and dated.end <= window.start and ";" in folded[dated.end:window.start] \
        and _WHOLE_YEAR_BEFORE.search(folded, max(0, dated.start - 20), dated.start) is not None


def window_length(period: Period) -> int | None:
    """How many months a report's window counts ("Sáu tháng đầu năm 2018" -> 6, "9 tháng" -> 9, "mười một tháng" ->
    11), else None."""
    found = _REPORT_WINDOW.match(period.text.lower())
    if found is None:
        return None
    count = found.group().rsplit(maxsplit=1)[0]  # the words before "tháng"
    value = int(count) if count.isdigit() else spelled_value(count)
    return int(value) if value else None


_QUARTER_WINDOW = re.compile(rf"{_w('quarter')}\s+([ivx]+|[1-4])(?![\w])")


def window_key(period: Period) -> str | None:
    """What a report's window covers, whatever year it names: "6 tháng" for "Sáu tháng đầu năm 2018", "quý i" for
    "quý I/2025"; else None."""
    length = window_length(period)
    if length:
        return f"{length} tháng"
    quarter = _QUARTER_WINDOW.match(period.text.lower())
    return f"quý {quarter.group(1)}" if quarter else None


_SAME_PERIOD_BEFORE = re.compile(rf"{_w('same_period')} $")
_START_BEFORE = re.compile(rf"(?:^|\W){_w('from')} (?:{_w('year_parts')} )?(?:{_DAY} )?$")
# ("so với cả năm 2020": the whole year compared with)
_BASELINE_BEFORE = re.compile(rf"{_w('baseline')} (?:{_w('same_period')} )?(?:của )?(?:{_w('whole_of')} )?$")
# "gấp ba lần tỷ lệ của năm 2020", "hơn mức chung của cả năm 2015": the quantity compared (one to three words, no
# number), then "của" before the period or opening it
_BASELINE_QUANTITY = re.compile(rf"(?<!\w){_w('baseline')} (?:[^\W\d_]+ ){{1,3}}?"
                                rf"(?P<of>{_w('baseline_quantity_of')} (?:{_w('whole_of')} )?)?$")
_OF_OPENS = re.compile(rf"{_w('baseline_quantity_of')} ")
_COMPARED_QUANTITY = re.compile(rf"(?<!\w){_w('baseline_comparators')} (?:[^\W\d_]+ ){{1,3}}?$")


def _baseline_quantity(before: str, opening: str) -> bool:
    """A period of the quantity a comparison names: "… gấp gần ba lần tỷ lệ của năm 2020", "so với kết quả năm 2021"."""
    m = _BASELINE_QUANTITY.search(before)
    return (m is not None and (m.group("of") is not None or _OF_OPENS.match(opening) is not None)) \
        or _COMPARED_QUANTITY.search(before) is not None
# the end of a range that names no year ("từ đầu năm 2024 đến ngày 15/3", "từ tháng 2/2019 đến hết tháng 9"): it lies
# in the start's year when its month is not before the start's, and the range is a window of that year
_YEARLESS_END = re.compile(rf"\s*{_w('until')} (?:{_w('through')} )?(?:{_DAY} (?P<d>\d{{1,2}})/(?P<dm>\d{{1,2}})"
                           rf"|(?P<dd>\d{{1,2}})/(?P<ddm>\d{{1,2}})|{_w('month')} (?P<m>\d{{1,2}}))(?![/.-]?\d)")
_START_MONTH = re.compile(rf"^(?:{_DAY} )?\d{{1,2}}/(?P<dm>\d{{1,2}})/|^{_w('month')} (?P<m>\d{{1,2}})\b")
_YEAR_START_BEFORE = re.compile(rf"{_w('year_start')} $")  # "từ đầu năm 2024": "đầu" before the period ...
_YEAR_START_OPENS = re.compile(rf"{_w('year_start')} {_YEAR} ")  # ... or its first word
_CARRIED_BEFORE = re.compile(rf"\w\s+{_w('carried_into')} $")
# "Luật Cư trú năm 2020", "Bộ luật Lao động năm 2019": a law's name ends with its year, no period reported on
_LAW_BEFORE = re.compile(rf"(?<!\w){_w('law_names')}(?:\s+[^\W\d_]+){{1,5}}\s+$")
# (the date's day word may be the period's own first word: "ban hành | ngày 17/10/2023")
_DOCUMENT_BEFORE = re.compile(rf"\d+/[\w.-]+\s+(?:{_DAY}\s+)?$|(?<!\w){_w('document_verbs')} (?:{_DAY} )?$")
_EVENT_BEFORE = re.compile(rf"(?<!\w){_w('event_words')}(?:\s+[^\W\d_]+){{0,4}}?\s+(?:vào\s+|hồi\s+)?$")
_YEARS_BACK = re.compile(rf"(?<!\w)(?:{_w('years_back')})\s+$")
_MONTH_OR_QUARTER = re.compile(rf"(?<!\w)(?:{_w('month')}|{_w('quarter')})\s+$")


def _counts_years_back(before: str) -> bool:
    """The words before "năm trước" count years back ("vài năm trước", "hai năm trước"), not name a month or a
    quarter of last year ("tháng hai năm trước")."""
    back = _YEARS_BACK.search(before)
    return back is not None and not _MONTH_OR_QUARTER.search(before, 0, back.start())
# "Số 02/2025", "Bản tin số 3/2024": an issue's or a document's number, not a month
_NUMBERED_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('numbers', 'number_sign'))})\s*:?\s*$")
_COUNTING_BEFORE = re.compile(rf"{_w('counting')}\s+$")
# "Đến cuối năm 2016 đã có 27 chỉ tiêu đạt", "đến năm 2019, tỉnh đã cung cấp …": a deadline already met
_DONE_AFTER = re.compile(rf",?\s*(?:[^\W\d_]+\s+){{0,3}}?{_w('done_markers')}(?!\w)")
_DAY_WORD = re.compile(rf"(?i)\b{_DAY}\s+")


class Period(NamedTuple):
    """A time expression: its span, the year it names (if any), its wording, and its role."""

    start: int
    end: int
    year: int | None
    text: str
    role: str  # frame | target | now | previous | past | start | baseline | range | document | event | carried


def _year(m: re.Match[str]) -> int | None:
    for group in ("ry", "ry2", "sy", "uy", "my", "my_d", "qy", "qy2", "mny", "mny2", "mny_d", "ty", "yy", "dy", "dy_d", "iy", "yl_d"):
        value = m.group(group)
        if value:
            return int(re.search(_Y + r"$", value).group(0))
    return None


def _wording(original: str) -> str:
    """Normalised wording: spaces collapsed, 'ngày ' dropped, sentence-initial capital lowered."""
    text = re.sub(r"\s+", " ", original).strip()
    text = _DAY_WORD.sub("", text)
    return text[:1].lower() + text[1:]


_SENTENCE_END = re.compile(r"[.!?…]\s+")


def is_period(folded: str) -> bool:
    """The folded words are one time expression and nothing more ("tháng 2", "quý iii/2021", "năm 2020")."""
    words = folded.strip()
    found = _PERIOD.match(words)
    return found is not None and found.end() == len(words)


def find_periods(folded: str, text: str, start: int, end: int) -> list[Period]:
    """Every time expression between start and end (folded text for matching, text for wording)."""
    out: list[Period] = []
    for m in _PERIOD.finditer(folded, start, end):
        kind = m.lastgroup.removesuffix("_d")  # a branch tried alone at a digit (_AT_DIGIT)
        kind = "previous" if kind == "lastwindow" else kind  # ("sáu tháng đầu năm trước": the year before's window)
        before = folded[max(0, m.start() - 30):m.start()]
        if m.lastgroup == "month_d" and _NUMBERED_BEFORE.search(before):
            continue
        role = "frame"
        if kind == "then":  # "…, khi đó …": the time named last before it in its sentence
            if out and out[-1].year and not _SENTENCE_END.search(folded, out[-1].end, m.start()):
                out.append(Period(m.start(), m.end(), out[-1].year, _wording(text[m.start():m.end()]), role))
            continue
        if kind in ("now", "thisyear"):  # "hiện nay", "đến nay"; "9 tháng năm nay": the time of writing
            role = "now"
        elif kind in ("previous", "pastyear") and _counts_years_back(before):  # "vài năm trước": years back, no year
            continue
        elif kind == "pastyear":  # "trong năm qua": the year just past (dated by the time of writing, extract.py)
            role = "past"
        elif kind == "previous":  # "năm trước": the year before the one reported on, unless a baseline
            role = "baseline" if _BASELINE_BEFORE.search(before) or _SAME_PERIOD_BEFORE.search(before) else "previous"
        elif kind == "yrange":
            role = "range"
        elif kind == "targetyear":  # "đến năm 2025" looks ahead; "tính đến cuối năm 2019", "đến năm 2019 đã …" cut off
            role = "frame" if _COUNTING_BEFORE.search(before) or _DONE_AFTER.match(folded, m.end(), end) else "target"
        elif _BASELINE_BEFORE.search(before) or _baseline_quantity(before, m.group()):
            role = "baseline"
        elif _CARRIED_BEFORE.search(before):  # "… hồ sơ được chuyển sang năm 2016": where they go, no figure's date
            role = "carried"
        elif kind not in ("range", "since_now", "until") and _START_BEFORE.search(before):
            role = "frame" if _window_of_its_year(folded, m, before, end) else "start"
        elif (kind == "date" and _DOCUMENT_BEFORE.search(before)) or _LAW_BEFORE.search(before):
            role = "document"
        elif kind == "date" and _EVENT_BEFORE.search(before):  # "hội nghị … tổ chức ngày 18/3/2024": a meeting's day
            role = "event"
        out.append(Period(m.start(), m.end(), _year(m), _wording(text[m.start():m.end()]), role))
    return out


def _window_of_its_year(folded: str, m: re.Match[str], before: str, end: int) -> bool:
    """A range's start followed by an end with no year of its own, in the same year (see _YEARLESS_END)."""
    after = _YEARLESS_END.match(folded, m.end(), end)
    if not after:
        return False
    if _YEAR_START_BEFORE.search(before) or _YEAR_START_OPENS.match(m.group()):
        first = 1
    elif start := _START_MONTH.match(m.group()):
        first = int(start.group("dm") or start.group("m"))
    else:
        return False
    return first <= int(after.group("dm") or after.group("ddm") or after.group("m")) <= 12


def met_deadline(folded: str, period: Period) -> bool:
    """A deadline's wording followed by what was done by then ("đến cuối năm 2016 đã có …"): a cut-off reported on."""
    return period.role == "frame" and period.text.startswith(tuple(lexicon.words("periods", "until"))) \
        and bool(_DONE_AFTER.match(folded, period.end))


_PARENS = re.compile(r"[()]")


@lru_cache(maxsize=64)  # asked again for every figure of a sentence or paragraph
def _closed_groups(folded: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans of the parenthesised groups between start and end."""
    groups, stack = [], []
    for m in _PARENS.finditer(folded, start, end):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            groups.append((stack.pop(), m.end()))
    return tuple(groups)


_CONTRAST_BEFORE = re.compile(rf",\s*{lexicon.union(lexicon.words('structure', 'contrast_turns'))}\b[^.;!?]*$")


def in_contrast(folded: str, period: Period) -> bool:
    """The period stands in a contrast clause of its sentence ("…đạt 62,5%, trong khi cả năm 2016 chỉ đạt
    41%"): it dates that clause, not the sentences after it nor the article."""
    return bool(_CONTRAST_BEFORE.search(folded, max(0, period.start - 150), period.start))


_DIGIT = re.compile(r"\d")


def pick_period(periods: list[Period], pos: int, folded: str, start: int, end: int,
                need_year: bool = False) -> Period | None:
    """The period that dates a figure at pos, among periods found between start and end."""
    hidden = [g for g in _closed_groups(folded, start, end) if not g[0] <= pos < g[1]] if folded.find("(", start, end) >= 0 else []
    # (a parenthesis holding the period alone dates the name before it: "ICT Index (năm 2020), tỉnh xếp thứ 36/63")
    usable = [p for p in periods if (p.role in ("frame", "target", "now", "previous", "past")
                                     or _values_baseline(folded, p, pos) or _when_baseline(folded, p, pos))
              and not any(g0 <= p.start and p.end <= g1 and folded[g0 + 1:g1 - 1].strip() != p.text for g0, g1 in hidden)
              and (p.year is not None or not need_year)]
    # ("… trong năm qua; 100% cán bộ … đã được cấp hộp thư": the year just past dates its own clause only, unless it
    # stands before the sentence's first number: "Theo Sở Nội vụ, trong năm qua, …; …")
    before = [p for p in usable if p.end <= pos and not _plan_year_behind(folded, p, pos)
              and not (p.role == "past" and ";" in folded[p.end:pos] and _DIGIT.search(folded, start, p.start))]
    if before:
        return max(before, key=lambda p: p.end)
    # a period after the figure dates it only within its clause: "đạt 89,4%; năm 2020, con số này …" does not (nor
    # the time of writing, unless it names this year: "… trên 25% hồ sơ được nộp qua mạng ngay trong năm nay")
    after = [p for p in usable if p.start >= pos and (p.role != "now" or names_this_year(p))
             and ";" not in folded[pos:p.start]]
    first = min(after, key=lambda p: p.start) if after else None
    return first if first and _dates_backwards(folded, pos, first, end) else None


_PLAN_BEFORE = re.compile(rf"(?<!\w){_w('plan_words')}\s+$")  # "phấn đấu năm 2018": a plan's year after its word
_PLAN_WORD = re.compile(rf"(?<!\w){_w('plan_words')}(?!\w)")
_PLAN_NEXT = re.compile(rf"\s*%?\s*,\s*{_w('plan_words')}(?!\w)")  # "… đạt 76%, phấn đấu …": a plan right after a value


def plan_year(folded: str, period: Period) -> bool:
    """The period is a plan's year, right after a plan word ("phấn đấu năm 2018", "nhiệm vụ năm 2018")."""
    return _PLAN_BEFORE.search(folded, max(0, period.start - 20), period.start) is not None


def _plan_year_behind(folded: str, period: Period, pos: int) -> bool:
    """The period is a plan's year ("phấn đấu năm 2018") in a clause closed by a semicolon before the figure at pos,
    and the figure's own plan follows it ("…; tỷ lệ … đạt 76%, phấn đấu …"): the figure is where things stand."""
    number = _NUMBER_AT.match(folded, pos)
    return bool(number) and folded.find(";", period.end, pos) >= 0 and plan_year(folded, period) \
        and _PLAN_NEXT.match(folded, number.end()) is not None


# "(tỷ lệ 12,6%)"; "so với cùng kỳ năm 2023 là 171.205 hồ sơ": the baseline's value in parentheses or after its copula
_PAREN_OPEN = re.compile(rf"\s*\(\s*(?:{lexicon.union(lexicon.words('nouns', 'rate_words'))}\s*(?::|là)?\s*)?"
                         rf"|\s*,?\s*(?:{lexicon.union(lexicon.words('periods', 'baseline_copulas'))})\s+")


def _values_baseline(folded: str, period: Period, pos: int) -> bool:
    """A baseline whose values follow it in parentheses dates them all: "gấp 2,4 lần năm 2017 (11.520 hồ sơ)",
    "so với cùng kỳ năm 2018 (2.218 hồ sơ tiếp nhận, 412 hồ sơ qua mạng, tỷ lệ 18,58%)"."""
    if period.role != "baseline" or pos < period.end:
        return False
    m = _PAREN_OPEN.match(folded, period.end)
    if not m or m.end() == pos:
        return bool(m)
    inside = folded[m.end():pos]  # the parenthesis still open at pos, naming no time of its own
    return "(" in m.group() and "(" not in inside and ")" not in inside and not _PERIOD.search(folded, m.end(), pos)


# "so với năm 2019, khi …", "so với năm 2017 (khi đó …)", "so với cùng kỳ năm 2020 khi …"
_WHEN = re.compile(rf"(?:[^.;]{{0,60}}?[,:]|\s*\()?\s*{lexicon.union(lexicon.words('periods', 'baseline_when'))}\b")


def _when_baseline(folded: str, period: Period, pos: int) -> bool:
    """A baseline followed, in its sentence, by a clause of its time dates that clause's figures: "so với năm
    2019, khi tỷ lệ hồ sơ trực tuyến chỉ là 5,8%"."""
    if period.role != "baseline" or pos < period.end:
        return False
    m = _WHEN.match(folded, period.end)
    return bool(m) and m.end() <= pos


_NUMBER_AT = re.compile(r"[\d.,]*\d(?:/\d+)?")  # "34/63": a rank out of its total is one number
_DOCUMENT_NUMBER = re.compile(r"\d+[^\W\d_]?/[^\W\d_][\w-]*")  # "17/NQ-CP" names a document, not a figure
_CLAUSE_END = re.compile(r"[,;.:](?!\d)")


def _dates_backwards(folded: str, pos: int, period: Period, end: int) -> bool:
    """Whether a period after the figure at pos is the figure's own: no other number stands between them in
    the period's sentence ("đạt 24,2%, vượt mục tiêu 20% cho năm 2020": the year is the target's), and a
    period that opens a new clause does not lead a number of its own ("đạt 65%, mục tiêu năm 2017 nâng lên 80%")."""
    number = _NUMBER_AT.match(folded, pos)
    between = folded[number.end() if number else pos:period.start]
    # in a later sentence, only the numbers of the period's own sentence compete for it ("… khoảng 300 dịch vụ
    # mức độ 3 và khoảng 50 … . Các chỉ tiêu này sẽ hoàn thành vào cuối năm 2017" dates both)
    sentences = _SENTENCE_END.split(between)
    between = _DOCUMENT_NUMBER.sub("", sentences[-1])
    if any(c.isdigit() for c in between):
        return False
    if len(sentences) > 1:  # a later sentence's period that leads a number of its own is that number's ("… (81,20%).
        stop = _SENTENCE_END.search(folded, period.end, end)  # Cả năm 2023, tỷ lệ … là 61,4%.")
        return not any(c.isdigit() for c in _DOCUMENT_NUMBER.sub("", folded[period.end:stop.start() if stop else end]))
    if "," not in between:
        return True
    stop = _CLAUSE_END.search(folded, period.end, end)
    return not any(c.isdigit() for c in folded[period.end:stop.start() if stop else end])


_DATELINE = re.compile(rf"\d(?<!\d\d)\d?/\d{{1,2}}/(?P<y>{_Y})(?!\d)")  # (?<!\d)\d{{1,2}}, opening with the digit


# "Kế hoạch số 512/KH-UBND ngày 28/12/2021": the date of a cited document, right after its number
_CITED = re.compile(r"\d+/[^\W\d_][\w-]*\s+(?:ngày\s+)?$")


# "Số liệu tính từ ngày 15/12/2021 đến ngày 14/6/2022": an end of a period range, not a date of its own
_RANGE_END = re.compile(rf"(?<!\w)(?:{_w('from')}|{_w('until')})\s+(?:{_w('day')}\s+)?$", re.IGNORECASE)


def dateline_year(text: str, head: int = 300) -> int | None:
    """The year of the article's own date when it opens with one ("11/10/2020 - 19:22"); the date of a
    document the lead cites ("Kế hoạch số 512/KH-UBND ngày 28/12/2021") is not the article's, nor an end
    of the period it reports on ("từ ngày 15/12/2021 đến ngày 14/6/2022")."""
    for m in _DATELINE.finditer(text[:head]):
        if not _CITED.search(text, max(0, m.start() - 40), m.start()) \
                and not _RANGE_END.search(text, max(0, m.start() - 16), m.start()):
            return int(m.group("y"))
    return None


def year_of(value: object) -> int | None:
    """A year from a manifest value: 2020, '2020', '2020-10-11', '11/10/2020'."""
    if value is None:
        return None
    m = re.search(_Y, str(value))
    return int(m.group(0)) if m else None


# A date in a web address's path: "/201707/", "/2019/12/12/", "-d20191212", "-20240115143000.html"
_URL_DATE = re.compile(r"(?<!\d)(?P<y>20[0-4]\d)[/_-]?(?P<m>0[1-9]|1[0-2])(?:[/_-]?(?:0[1-9]|[12]\d|3[01]))?(?:\d{4,6})?(?!\d)")


def url_year(url: str) -> int | None:
    """The year of the date an article's web address carries in its path, if any ("…/201707/…")."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "")
    m = _URL_DATE.search(path)
    return int(m.group("y")) if m else None


_INDEX_EDITION = re.compile(_w("index_names"))


_INDEX_WORDS = re.compile(_w("index_words"))


def names_an_index(words: str) -> bool:
    """Whether (folded) words name an index, by its word ("chỉ số") or its name ("SIPAS", "ICT Index")."""
    return bool(_INDEX_WORDS.search(words) or _INDEX_EDITION.search(words))


def names_edition(folded: str, period: Period, reach: int = 150) -> bool:
    """The period is an index edition, named as such or by an index named in its sentence a little before it, by its
    word or its name ("Chỉ số … năm 2018", "bảng xếp hạng chuyển đổi số (DTI) năm 2020")."""
    if is_index_edition(period):
        return True
    before = re.split(r"[.!?…]\s", folded[max(0, period.start - reach):period.start])[-1]
    return names_an_index(before)


_PLACE_FIRST = re.compile(rf"[^\d,]*?(?<!\w)(?:{lexicon.union(lexicon.words('ranks', 'context'))})(?:\s+thứ)?"
                          r"\s*\d+\s*/\s*\d")  # "… xếp thứ 5/63": the clause's first number is a place


def opens_edition(folded: str, period: Period, reach: int = 150) -> bool:
    """The period opens a clause that ranks an index: "Năm 2015, chỉ số … (Vietnam ICT Index) của tỉnh xếp thứ
    52/63" dates the index's edition, not the time an article reports on."""
    rest = re.split(r"[.;!?]\s|;", folded[period.end:period.end + reach])[0]
    index = _INDEX_WORDS.search(rest)
    # (… or, with no comma, a clause whose first number is a place: "năm 2018 Đồng Tháp xếp thứ 5/63 về Chỉ số …")
    # (an index named after other figures of the clause is one of its results: "Năm 2020, gần 50% hồ sơ … nộp qua
    # mạng và chỉ số cải cách hành chính của tỉnh tăng sáu bậc" reports on 2020)
    # (a plan's place is no edition: "Năm 2019, tỉnh phấn đấu đưa chỉ số … lên vị trí 10/63")
    comma = re.match(r"\s*,", rest)
    return bool(index) and not _PLAN_WORD.search(rest, 0, index.start()) \
        and bool(_PLACE_FIRST.match(rest, comma.end() if comma else 0)
                 or comma and not re.search(r"\d", rest[:index.start()]))


_INDEX_NEXT = re.compile(rf"\s+(?:{_w('index_words')}|{_w('index_names')})")


def heads_an_index(folded: str, period: Period) -> bool:
    """The period opens an index's ranking and stands right before the index's name ("năm 2021 chỉ số DTI của tỉnh
    xếp thứ 57/63"): the edition's year, not a frame of the sentence ("Năm 2020, tỉnh xếp thứ 18/63 về ICT Index")."""
    return bool(_INDEX_NEXT.match(folded, period.end)) and opens_edition(folded, period)


def is_index_edition(period: Period) -> bool:
    """The period names an index edition ("ICT Index 2019"), not the time a report covers."""
    return bool(_INDEX_EDITION.match(period.text.lower()))


_BARE_YEAR_LABEL = re.compile(_Y)
_RANGE_JOIN = re.compile(r"\s*[-–—]\s*")


def period_only(words: str) -> str | None:
    """The words (a label, a table cell) when they are one period and nothing else ("Tháng 10/2025", "Quý II", a bare
    year "2019"), else None."""
    return _period_words(words, ranges=False)


def period_cell(words: str) -> str | None:
    """period_only, a range of two periods joined by a dash allowed ("01/7/2025–30/9/2025": a table's period column)."""
    return _period_words(words, ranges=True)


def _period_words(words: str, ranges: bool) -> str | None:
    label = strip_bullets(words, ":|")
    if _BARE_YEAR_LABEL.fullmatch(label):
        return label  # a bare year ("2019: 6,8%")
    found = find_periods(fold(label), label, 0, len(label))
    if not found or found[0].start != 0 or found[-1].end < len(label.rstrip(" .")):
        return None
    if len(found) == 1:
        return label
    joined = ranges and len(found) == 2 and _RANGE_JOIN.fullmatch(label, found[0].end, found[1].start)
    return label if joined else None
