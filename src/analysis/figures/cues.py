"""Word cues around a figure: its qualifier (hơn, gần, …), status (target or actual) and scope.

All functions read the folded text (`textclean.fold`) and positions in it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..text import lexicon

# --- qualifier ------------------------------------------------------------------------------
# The words are in resources/lexicon/vi/qualifiers.yml; the grammar (positions, particles) is here.

_Q = "qualifiers"
_QUALIFIER_KIND = {" ".join(phrase.split()): kind
                   for kind, phrases in lexicon.entry(_Q, "before").items() for phrase in phrases}
QUALIFIER_WORDS = tuple(_QUALIFIER_KIND)  # every qualifier phrase that may stand right before a number
BOUND_WORDS = tuple(p for p, kind in _QUALIFIER_KIND.items() if kind in ("less_than", "more_than"))  # "dưới", "trên"
_QUALIFIER_BEFORE = re.compile(
    rf"(?<!\w)(?P<q>{lexicon.branches(_QUALIFIER_KIND)})"
    rf"\s+(?:{lexicon.union(lexicon.words(_Q, 'particles'))}\s+)?\(?$"
)
# "tính trên": a qualifier word that another word before it makes part of another phrase (qualifiers.yml)
_NOT_AFTER = {q: re.compile(rf"(?<!\w){lexicon.union(words)}\s+$") for q, words in lexicon.entry(_Q, "not_after").items()}
# A cheap test first: the first word of some qualifier is in the window (most windows have none).
_QUALIFIER_HINT = re.compile(lexicon.union(phrase.split()[0] for phrase in _QUALIFIER_KIND))
_FROM_BEFORE = re.compile(rf"(?:^|\W){lexicon.union(lexicon.words(_Q, 'from_before'))}\s+$")
_FROM_HINT = re.compile(lexicon.union(lexicon.words(_Q, "from_before")))  # a pre-check: _FROM_BEFORE needs one
_UPWARDS_AFTER = re.compile(rf"^[^.;,]{{0,40}}?\b{lexicon.union(lexicon.words(_Q, 'upwards_after'))}")
_MORE_BEFORE = re.compile(rf"{lexicon.union(lexicon.words(_Q, 'more_before'))}\s+$")
_MORE_BEFORE_WORD = re.compile(rf"{lexicon.union(lexicon.words(_Q, 'more_before'))}\s+\S*\s*$")
_MORE_AFTER = re.compile(rf"^[^.;,]{{0,40}}?\b{lexicon.union(lexicon.words(_Q, 'more_after'))}\b")
_BOUND_KIND = {" ".join(w.split()): kind for kind, words in lexicon.entry(_Q, "bound_after").items() for w in words}
_BOUND_HINTS = tuple({phrase.split()[0] for phrase in _BOUND_KIND})  # a pre-check: every bound opens with one
_BOUND_AFTER = re.compile(rf"^\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+){{0,2}})?\s*(?P<b>{lexicon.union(_BOUND_KIND)})\b")
_TOP_GROUP_BEFORE = re.compile(rf"{lexicon.union(lexicon.words(_Q, 'top_group_before'))}\s+(?:các\s+)?$")


_SIGN_KIND = {sign: kind for kind, signs in lexicon.entry(_Q, "signs").items() for sign in signs}
_SIGN_CHARS = frozenset("".join(_SIGN_KIND))


def _sign_at(before: str) -> int:
    """Where a sign stands with only spaces after it at the end of the words before a number, else -1
    (what the regex "[≥…]\\s*$" finds, read from the end instead of searched for from the start)."""
    last = len(before.rstrip()) - 1
    return last if last >= 0 and before[last] in _SIGN_CHARS else -1


def unsigned(before: str) -> str:
    """The words before a number with a sign right before it blanked out (same length): what it counts is
    read as if the sign were not there ("Hồ sơ trực tuyến: ≥ 80%"); a sign right after a label's words stands for
    its colon ("Hồ sơ trực tuyến ≥ 20%" reads as "Hồ sơ trực tuyến: 20%")."""
    at = _sign_at(before)
    if at < 0:
        return before
    colon = ":" if before[:at].rstrip()[-1:].isalpha() else " "
    return before[:at] + colon + " " * (len(before) - at - 1)


_NEGATED = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_Q, 'negation_opens'))}\s[^;.:]{{0,50}}?"
                      rf"(?<!\w){lexicon.union(lexicon.words(_Q, 'negation_closes'))}(?!\w)[^,;.:]{{0,40}}$")


# ("296 trên 7.216 hồ sơ", and a share before its base: "đạt 99,74% trên 6.120 hồ sơ đã giải quyết")
# "… trên tổng số ", "… trong số " ending the words before a number: what it is out of (its base)
# A sentence that opens by ranking units ("Dẫn đầu là …", "Tiếp đến …", "Trong đó, cao nhất là …")
RANKING_OPENER = re.compile(rf"\W*(?:{lexicon.union(lexicon.words('structure', 'continuing_openers'))}\W*)?"
                            rf"{lexicon.union(lexicon.words('structure', 'ranking_openers'))}\b")
ENDS_OUT_OF = re.compile(lexicon.word_starts(lexicon.entry("dossiers", "out_of"), suffix=r"(?!\w)\s*$"))
# a count's noun and a few of its words, then "trên"/"trong" (or "trong tổng số") before the number it is out of ("198
# hồ sơ trực tuyến trên", "14.388 hồ sơ trong tổng số 21.460 hồ sơ … được nộp qua mạng")
NOUN_THEN_OUT_OF = (rf"{lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['dossiers'])}(?:\s+[^\W\d_]+){{0,4}}?\s+"
                    rf"{lexicon.alternation(lexicon.entry('dossiers', 'out_of') + lexicon.entry('dossiers', 'out_of_after_noun'))}")
# "296 trên 7.216 hồ sơ", "198 hồ sơ trực tuyến trên 1.204 hồ sơ" (the first count's noun and a few words between)
_OUT_OF_NUMBER = re.compile(rf"(?<![\d.,])(?P<n>\d[\d.,]*)(?: ?%)? +(?:"
                            rf"{lexicon.alternation(lexicon.entry('dossiers', 'out_of_bare'))}|{NOUN_THEN_OUT_OF})\s*$")
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def _not_a_qualifier(before: str, found: re.Match[str], words: str | None = None) -> bool:
    """The qualifier word found is part of another phrase (`not_after`): "tính trên" (computed on), "cao hơn" (higher
    than)."""
    phrase = " ".join((words if words is not None else found.group().strip()).split())
    return phrase in _NOT_AFTER and bool(_NOT_AFTER[phrase].search(before, 0, found.start()))


def qualifier(folded: str, start: int, end: int, floor: int = 0) -> str:
    """exact / more_than / less_than / approx, from the sign or words right before (and after) the number; none
    before `floor` (the paragraph's start: a heading "… GỌN HƠN" over a callout "1.904" qualifies nothing)."""
    before = folded[max(floor, start - 40):start]
    sign = _sign_at(before)
    if sign >= 0:
        return _SIGN_KIND[before[sign]]
    out_of = _OUT_OF_NUMBER.search(before) if "%" not in folded[start:end] else None
    if out_of and not _YEAR_ONLY.fullmatch(out_of.group("n")):
        return "exact"  # "296 trên 7.216 hồ sơ": out of, not more than ("năm 2026 trên 95%" is more than)
    after = folded[end:end + 60]
    m = _QUALIFIER_BEFORE.search(before) if _QUALIFIER_HINT.search(before) else None
    if m and _not_a_qualifier(before, m, m.group("q")):
        m = None  # "tính trên 142.380 hồ sơ": computed on, not more than
    if m:
        kind = _QUALIFIER_KIND.get(" ".join(m.group("q").split()), "approx")
        if kind == "less_than" and _NEGATED.search(folded, max(0, start - 90), start - len(before) + m.start()):
            return "more_than"  # "không còn xã nào dưới 70%": no unit below it, so all at least at it
        return kind
    if _FROM_HINT.search(before) and _FROM_BEFORE.search(before) and _UPWARDS_AFTER.match(after):
        return "more_than"
    more = _MORE_BEFORE.search(before)
    if more and _not_a_qualifier(before, more):
        more = None  # "cao hơn 31.407 hồ sơ": compared with a level, exact
    if more or (_MORE_AFTER.match(after) and _MORE_BEFORE_WORD.search(before)):
        return "more_than"
    bound = _BOUND_AFTER.match(after) if any(h in after[:20] for h in _BOUND_HINTS) else None
    if bound:
        return _BOUND_KIND[" ".join(bound.group("b").split())]  # "đạt 85% trở lên"
    if _TOP_GROUP_BEFORE.search(before):
        return "less_than"  # "nhóm 15 tỉnh dẫn đầu": a place no worse than 15
    return "exact"


# --- status ---------------------------------------------------------------------------------
# The words are in resources/lexicon/vi/status.yml; the grammar (which cue may follow which) is here.

_S = "status"
_TARGET = lexicon.branches(lexicon.words(_S, "target"), suffix=r"(?!\w)", not_in=lexicon.words(_S, "target_not_inside"))
_PLAN_NOUNS, _MET_VERBS = lexicon.union(lexicon.words(_S, "plan_nouns")), lexicon.union(lexicon.words(_S, "met_verbs"))
# "đạt chỉ tiêu" (or how far it came: "đạt 118% kế hoạch"), or plans sorted by whether they were met: "Bốn chỉ tiêu
# đã đạt gồm: …" (no number after the verb)
_MET = (rf"{_MET_VERBS}\s+(?:\d[\d.,]*\s?%\s+)?(?:các\s+)?{_PLAN_NOUNS}"
        # (… not a plan whose value follows: "vượt kế hoạch giao là 5%" met a plan of 5%, a target)
        rf"(?!\s+(?:{lexicon.union(lexicon.words(_S, 'plan_setting'))}\s+)?(?:là|:)\s*\d)"
        rf"|{_PLAN_NOUNS}(?:\s+(?!{lexicon.union(lexicon.words(_S, 'plan_modals'))}(?!\w))[^\W\d_]+){{0,2}}?\s+"
        rf"(?:{lexicon.union(lexicon.words(_S, 'attained_adverbs'))}\s+)?"
        rf"{_MET_VERBS}(?!\w)(?![\s:]*(?:[^\W\d_]+[\s:]+){{0,2}}(?!(?:19|20)\d\d)\d)")
# … that plan's value then stands right after it: "vượt kế hoạch giao là 25%, đạt 28,16%" met a plan of 25%; the figures
# after the plan's value are the results
_MET_PLAN_VALUE = re.compile(rf"(?<!\w){_MET_VERBS}\s+(?:các\s+)?{_PLAN_NOUNS}"
                             rf"(?:\s+(?:{lexicon.union(lexicon.words(_S, 'plan_setting'))})){{0,2}}\s*(?:là|:)\s*"
                             rf"\d[\d.,]*(?:\s?%)?")
RESULT_LABEL = lexicon.union(lexicon.words(_S, "result_labels"))  # "Kết quả", "thực hiện": a plan line's result
# The words of a period that a result label may name before its colon ("Kết quả bảy tháng:", "Kết quả năm 2018:",
# "Thực hiện tính đến ngày 30/6/2017:"): date words, number words, numerals, and the words around a date.
_PERIOD_WORDS = [*lexicon.words("numbers", "date_words"), *lexicon.words("numbers", "spelled_words"),
                 *lexicon.words("numbers", "period_deixis"), *lexicon.words("periods", "year_parts"),
                 *lexicon.words("periods", "until"), *lexicon.words("periods", "counting"),
                 *lexicon.words("periods", "through")]
_NOT_INDICATOR = lexicon.not_after([*lexicon.words(_S, "plan_nouns"), *lexicon.words("periods", "index_words")])
_PERIOD_TOKEN = rf"(?:{lexicon.union(_PERIOD_WORDS)}(?!\w)|[ivx]+(?!\w)|\d[\d/.]*)"
# (… with no count among them: "chín tháng", "quý III/2021", "năm 2021", not "1.234")
_PERIOD_WORDS_BETWEEN = (rf"(?:{lexicon.union(_PERIOD_WORDS)}(?!\w)|[ivx]+(?:[/-]\d{{4}})?(?!\w)"
                         rf"|\d[\d/]{{0,6}}(?![\d.,]))")
# … or the words of what it measures ("Kết quả hồ sơ trực tuyến:", "Kết quả đúng hạn:" beside "Chỉ tiêu đúng hạn:"),
# none of them a plan's ("Kết quả dự kiến:", "Kết quả cần đạt:" are targets)
_LABEL_WORD = rf"(?!{lexicon.union(lexicon.words(_S, 'target'))}(?!\w))[^\W\d_]+"
# (a window of time may stand between the time word and the verb: "thực tế chín tháng đạt 98,4%")
_ACHIEVED = (rf"{lexicon.union(lexicon.words(_S, 'achieved_times'))}\s*(?:,\s*)?(?:{_PERIOD_WORDS_BETWEEN}\s+){{0,4}}"
             rf"(?:(?:{lexicon.union(lexicon.words(_S, 'achieved_adverbs'))})\s+){{0,2}}"
             rf"{lexicon.union(lexicon.words(_S, 'achieved_verbs'))}|{lexicon.union(lexicon.words(_S, 'achieved_phrases'))}"
             rf"|{RESULT_LABEL}\s*(?::|(?=(?:{lexicon.union(lexicon.words(_S, 'result_label_links'))}\s+)?\d))"
             # (not one naming a plan's indicators: "giữ nguyên các chỉ số kết quả đến cuối năm 2017: nâng số …")
             rf"|{_NOT_INDICATOR}{RESULT_LABEL}(?:\s+(?:{_PERIOD_TOKEN}|{_LABEL_WORD})){{1,7}}\s*:")
_RESULT_LABEL_AT = re.compile(RESULT_LABEL)


def _label_reaches(folded: str, a: int, b: int, pos: int) -> bool:
    """A result label at [a, b) reaches pos: no ";" ends its clause, no ")" closes the parenthesis it opened."""
    return ";" not in folded[b:pos] and not (")" in folded[b:pos] and "(" in folded[a - 2:a])


def said_now(folded: str, pos: int, found: SentenceCues) -> bool:
    """A plan line's result label ("kết quả", "hiện trạng") reaches the figure at pos: it reports the present."""
    return any(b <= pos and _RESULT_LABEL_AT.match(folded, a) and _label_reaches(folded, a, b, pos)
               for a, b in found.achieved)

_CONTRAST_WORDS = lexicon.alternation(lexicon.words(_S, "contrast"))
# One pass finds every kind; a met target ("đạt chỉ tiêu") is matched before its "chỉ tiêu".
# The look-ahead (generated from the same lists) lets the engine skip positions where no cue can start.
_CUE_STARTS = lexicon.initials([*lexicon.words(_S, "met_verbs"), *lexicon.words(_S, "achieved_times"),
                                *lexicon.words(_S, "achieved_phrases"), *lexicon.words(_S, "contrast"),
                                *lexicon.words(_S, "result_labels"),
                                *lexicon.words(_S, "target")])
_CUES = re.compile(
    rf"{_CUE_STARTS}(?:(?P<met>{_MET})|(?P<achieved>{_ACHIEVED})|(?P<contrast>{_CONTRAST_WORDS})|(?P<target>{_TARGET}))"
)
# Every cue opens with one of these phrases: found first, they are where _CUES is tried (lexicon.jump_finditer).
_CUE_HINT = re.compile(lexicon.union([*lexicon.words(_S, "met_verbs"), *lexicon.words(_S, "achieved_times"),
                                      *lexicon.words(_S, "achieved_phrases"), *lexicon.words(_S, "contrast"),
                                      *lexicon.words(_S, "result_labels"),
                                      *lexicon.words(_S, "target")]))
_TARGET_CUES = re.compile(_TARGET)
# "nhiều chỉ tiêu vượt kế hoạch": the plan noun whose meeting it reports is met too
_ACHIEVED_TARGET = re.compile(rf"(?:{_PLAN_NOUNS}\s+(?:đều\s+|đã\s+)?)?{_MET}")
_FORWARD_FRAME = re.compile(rf"{lexicon.union(lexicon.words(_S, 'forward_frames'))}[^.!?]*:")
_ANAPHORIC_TARGET = re.compile(
    rf"^\W*(?:{lexicon.union(lexicon.words(_S, 'plural_markers'))} )?{lexicon.union(lexicon.words(_S, 'anaphoric_subjects'))} "
    rf"{lexicon.union(lexicon.words(_S, 'demonstratives'))}[^.!?]*{lexicon.union(lexicon.words(_S, 'anaphoric_plans'))}"
)
_THIS_IS_A_PLAN = re.compile(
    rf"^\W*{lexicon.union(lexicon.words(_S, 'anaphoric_this'))} là [^.!?]{{0,40}}?{lexicon.union(lexicon.words(_S, 'plan_nouns'))}"
)
# a plan word, a few words (its subject), an adverb of attainment, a verb of meeting: "chỉ tiêu thứ hai tỉnh chưa đạt"
_PLAN_MET_AFTER = re.compile(
    rf"{lexicon.union(lexicon.words(_S, 'plan_nouns'))}\b[^.!?,;]{{0,30}}?"
    rf"\s(?:{lexicon.union(lexicon.words(_S, 'attained_adverbs'))})\s+{lexicon.union(lexicon.words(_S, 'met_verbs'))}\b"
)
_PLAN_GAP = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_S, 'plan_gap_words'))}(?!\w)")
_PLAN_REPORT = re.compile(
    rf"\W*{lexicon.union(lexicon.words(_S, 'plan_documents'))}(?: [^,.;:]{{0,60}}?)? "
    rf"{lexicon.union(lexicon.words(_S, 'plan_reporting'))}"
)
_FUTURE_AFTER = re.compile(
    rf"^[^.;]{{0,60}}?\b{lexicon.union(lexicon.words(_S, 'future_words'))} {lexicon.union(lexicon.words(_S, 'future_verbs'))}"
)
_FUTURE_HINT = re.compile(lexicon.union(lexicon.words(_S, "future_words")))  # a pre-check: _FUTURE_AFTER needs one
# A number put before its label: a colon or a copula right after it ("68,5% là tỷ lệ …", "– 1.862: số dịch vụ …"), the
# copula maybe set off by a dash or a comma ("186.420 – đó là số hồ sơ …")
_LABEL_COPULAS = lexicon.union(lexicon.words("structure", "label_after_copulas"))
LABEL_AFTER_COPULA = rf"\s*(?:(?:[:–—,-]\s*)?(?:{_LABEL_COPULAS})\s|:)\s*"
# "75% là mục tiêu tỷ lệ hồ sơ trực tuyến …": the label a plan's
_PLAN_NAMED_AFTER = re.compile(rf"{LABEL_AFTER_COPULA}{lexicon.union(lexicon.words(_S, 'plan_nouns'))}(?!\w)")


def _has_target_cue(window: str) -> bool:
    return bool(_TARGET_CUES.search(window)) and bool(_TARGET_CUES.search(_ACHIEVED_TARGET.sub(" ", window)))


_DIRECTIVE_LEAD = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words(_S, 'directive_leads'))}"
                             rf"|{lexicon.union(lexicon.words(_S, 'assigning_leads'))}\b[^:.;\n]{{0,160}}?)[ \t]*:")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def orders_end(text: str, folded: str, start: int, end: int) -> int | None:
    """Where a line of text[start:end] that gives orders ends ("… Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:"), or None
    (the words read in the folded text, the line's end in the text: folding keeps no line breaks)."""
    for found in _DIRECTIVE_LEAD.finditer(folded, start, end):
        line_end = _LINE_END.match(text, found.end())
        if line_end:
            return line_end.end()
    return None


def names_plan(phrase: str) -> bool:
    """Whether a (folded) phrase names a plan: a table column "Kế hoạch 2023", "Chỉ tiêu năm 2025"."""
    return _has_target_cue(phrase)


_INDICATOR = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_S, 'indicator_nouns'))}(?!\w)")
_YEAR_NAMED = re.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/])")


def names_past_indicators(phrase: str, written: int | None) -> bool:
    """Whether a (folded) heading names indicators, not a plan: its only plan word also names an indicator and every
    year it names is before the year of writing ("Một số chỉ tiêu … năm 2014" written in 2015)."""
    years = [int(y) for y in _YEAR_NAMED.findall(phrase)]
    return bool(written and years and all(y < written for y in years) and _INDICATOR.search(phrase)
                and not _has_target_cue(_INDICATOR.sub(" ", phrase)))


_PLAN_HEADING = re.compile(rf"^\W*(?:(?:{lexicon.union(lexicon.words('structure', 'numbering_words'))}\s+)?[\divxlc]+\s*[.)/:-]\s*)?"
                           rf"(?:{lexicon.union(lexicon.words('structure', 'topic_leads'))}\s+)?"  # "Về nhiệm vụ năm 2019"
                           rf"{lexicon.union(lexicon.words(_S, 'plan_heading_openers'))}\b")


_RESULT_HEADING = re.compile(rf"^\W*(?:[\divxlc]+\s*[.)/-]\s*)?(?:{lexicon.union(lexicon.words(_S, 'result_leads'))}\s+)?"
                             rf"{lexicon.union(lexicon.words(_S, 'result_heading_openers'))}\b")


# "Các chỉ tiêu chủ yếu và kết quả thực hiện như sau:": the plan and, joined to it, its results
# (or the other way round: "Kết quả chính quyền số năm qua và chỉ tiêu cho năm mới": the sentences under it decide)
_JOIN = lexicon.union(lexicon.words(_S, 'plan_result_joins'))
_PLANS = lexicon.union(lexicon.words(_S, 'plan_nouns') + lexicon.words(_S, 'plan_heading_openers'))
_RESULTS = lexicon.union(lexicon.words(_S, 'result_heading_openers'))
_PLAN_AND_RESULTS = re.compile(rf"{_PLANS}\b[^.;:!?]{{0,40}}?(?:{_JOIN})\s+{_RESULTS}\b"
                               rf"|(?<!\w){_RESULTS}\b[^.;:!?]{{0,60}}?(?:{_JOIN})\s+(?:[^\W\d_]+\s+){{0,2}}?"
                               rf"{_PLANS}\b")


# "Đối chiếu tỷ lệ hồ sơ trực tuyến của tỉnh với mục tiêu Chính phủ giao": results measured against the plan
_AGAINST_PLAN = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_S, 'plan_comparisons'))}\b[^.;:!?]{{0,60}}?"
                           rf"(?<!\w){lexicon.union(lexicon.words(_S, 'plan_nouns'))}\b")


def opens_results(heading: str) -> bool:
    """Whether a (folded) heading or paragraph opens with results ("Kết quả năm trước …", "II. Kết quả thực hiện …",
    "Xét kết quả thực hiện năm 2023 …: …"), names a plan together with its results ("Các chỉ tiêu và kết quả
    đạt được:") or measures results against a plan ("Đối chiếu tỷ lệ … với mục tiêu")."""
    return bool(_RESULT_HEADING.match(heading) or _PLAN_AND_RESULTS.search(heading) or _AGAINST_PLAN.search(heading))


def opens_plan(heading: str) -> bool:
    """Whether a (folded) heading opens with the tasks ahead: "6. Nhiệm vụ năm 2024", "III. Phương hướng"."""
    return bool(_PLAN_HEADING.match(heading))


def planned_sentence(folded: str, sentence: tuple[int, int], paragraph: tuple[int, int],
                     next_sentence: tuple[int, int] | None) -> bool:
    """A whole sentence of plans: its paragraph opened a forward-looking list before it
    ("nhiệm vụ trong thời gian tới: …") or opens with a plan document setting it ("Kế hoạch nêu rõ, …"),
    or the next sentence calls its figures plans ("Các chỉ tiêu này dự kiến …", "Đây là một trong những
    mục tiêu của kế hoạch …"). `next_sentence` is chosen by the caller (same paragraph, or below a headline)."""
    frame = _FORWARD_FRAME.search(folded, paragraph[0], sentence[0])
    # (a plan word met opens no plans: "… các tập thể đạt và vượt chỉ tiêu chuyển đổi số, gồm:" lists results)
    # (… nor a plan said met or missed before the colon: "Một chỉ tiêu khác cũng hụt: …" reports its result)
    if (frame and not _ACHIEVED_TARGET.search(folded, max(paragraph[0], frame.start() - 20), frame.end())
            and not _PLAN_MET_AFTER.search(folded, frame.start(), frame.end())) \
            or _PLAN_REPORT.match(folded, paragraph[0], paragraph[1]):
        return True
    following = folded[next_sentence[0]:next_sentence[1]] if next_sentence else ""
    # (… not one reporting the plan met or missed: "Đây là chỉ tiêu thứ hai tỉnh chưa đạt.")
    return bool(following and (_ANAPHORIC_TARGET.match(following) or _THIS_IS_A_PLAN.match(following))
                and not _PLAN_MET_AFTER.search(following) and not _PLAN_GAP.search(following))


_ONLY_LINK = re.compile(r"\s*(?:là|:)?\s*")


class SentenceCues(NamedTuple):
    """Spans of the status cues of one sentence, found once and shared by its figures."""

    targets: list[tuple[int, int]]   # plan words, minus "đạt/vượt chỉ tiêu" (a target met is a result)
    contrasts: list[tuple[int, int]]  # nhưng, tuy nhiên: a cue before them does not reach past them
    achieved: list[tuple[int, int]]   # "đến nay đã đạt": results reported after a plan
    met: list[tuple[int, int]] = []   # "vượt chỉ tiêu": a number right after it is the target itself


_COUNTED_PLAN_WORD = re.compile(rf"{lexicon.union(lexicon.words(_S, 'counted_plan_words'))}(?!\w)")
_NUMBER_BEFORE = re.compile(r"(?<![\d/.,-])(?!(?:19|20)\d\d\s)\d(?:[\d.,]*\d)?\s+$")  # a count, not a year or a date


# (… or a share right before it, whose noun it is: "phấn đấu 100% kết quả giải quyết được số hóa")
_NOUN_BEFORE = re.compile(rf"(?:(?<!\w)(?:{lexicon.union(lexicon.words(_S, 'achieved_not_after'))})|\d\s*%)\s+$")


_TARGET_AT = re.compile(_TARGET)
_COMPARED_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words(_S, 'plan_compared_after'))})\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[,;:.]|$)")
_SETTING_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words(_S, 'plan_setting_verbs'))})\s+$")


def _voided(folded: str, m: re.Match[str], start: int) -> bool:
    """The words around a cue make it no cue: a plan word counted ("6.482 yêu cầu …") or compared with alone ("còn thấp
    so với yêu cầu: …"), "kết quả" as a verb's object or a share's noun ("số hóa kết quả", "100% kết quả")."""
    at = m.start()
    if m.lastgroup == "target":
        return bool(_COUNTED_PLAN_WORD.match(folded, at) and _NUMBER_BEFORE.search(folded, max(start, at - 14), at)
                    or _COMPARED_BEFORE.search(folded, max(start, at - 12), at) and _CLAUSE_END.match(folded, m.end()))
    return m.lastgroup == "achieved" and _NOUN_BEFORE.search(folded, max(start, at - 20), at) is not None


def sentence_cues(folded: str, start: int, end: int) -> SentenceCues:
    """The status cues of the sentence between start and end, in one pass."""
    found: dict[str, list[tuple[int, int]]] = {"target": [], "contrast": [], "achieved": [], "met": []}
    for m in lexicon.jump_finditer(_CUES, _CUE_HINT, folded, start, end):
        if m.lastgroup == "met" and _SETTING_BEFORE.search(folded, max(start, m.start() - 12), m.start()):
            # "tỉnh đặt mục tiêu đạt tỷ lệ … 20%": a plan set, none met: its plan noun is a target word
            if (plan := _TARGET_AT.match(folded, m.start())) is not None:
                found["target"].append(plan.span())
        elif not _voided(folded, m, start):
            found[m.lastgroup].append(m.span())
    if found["target"] and _LEGAL_BASIS_HINT.search(folded, start, end):
        # "Căn cứ Nghị quyết … đến năm 2025, định hướng đến năm 2030;": a plan word in the title of a cited basis
        cited = [m.span() for m in _LEGAL_BASIS.finditer(folded, start, end)]
        found["target"] = [t for t in found["target"] if not any(a <= t[0] < b for a, b in cited)]
    return SentenceCues(found["target"], found["contrast"], found["achieved"], found["met"])


# A legal basis cited at a decision's head, to its ';' or line end ("Căn cứ Luật …; căn cứ Nghị quyết …;")
_LEGAL_BASIS_HINT = re.compile(lexicon.union(lexicon.words(_S, "legal_basis")))
_LEGAL_BASIS = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_S, 'legal_basis'))}(?!\w)[^;\n]*")


def status(folded: str, pos: int, end: int, sentence: tuple[int, int],
           paren: tuple[int, int] | None, planned: bool = False, found: SentenceCues | None = None,
           written: int | None = None) -> str:
    """'target' when a plan cue governs the figure, else 'actual'.

    The cue must stand before the figure in its sentence and after the last contrast word
    (nhưng, tuy nhiên); a parenthesis with its own year is its own scope ("(năm 2019 … đạt …)");
    results reported after a plan ("…, đến nay đã đạt 98,7%") are actual.
    `planned` (see `planned_sentence`) makes every figure of the sentence a target. `written`: the year of writing, to
    which a plan naming no year of its own is compared (see _now_clause).
    """
    s_start, s_end = sentence
    if paren is not None and _PRESENT_PAREN.match(folded, paren[0]):
        return "actual"  # "50 dịch vụ mức độ 4 (hiện mới có 12)": the present value beside a plan
    if _PRESENT_AFTER.match(folded, end):
        return "actual"  # "nâng tỷ lệ … từ 48,5% hiện nay lên 80% vào năm 2025": the value the plan starts from, now
    if paren is not None:
        window = folded[paren[0]:pos]
        if _YEAR.search(folded, paren[0], paren[1]):
            return "target" if _has_target_cue(window) else "actual"
    found = found or sentence_cues(folded, s_start, s_end)
    if any(b <= pos and _ONLY_LINK.fullmatch(folded, b, pos) for a, b in found.met):
        return "target"  # "đạt 92%, vượt chỉ tiêu 80% được giao": the number named by the met plan is the plan
    start = max([b for a, b in found.contrasts if b <= pos], default=s_start)
    start = max(start, _own_plan_clause(folded, found, s_start, s_end, pos, end))
    start = max(start, _after_met_plan(folded, found, start, pos))
    # (a plan line's result label reaches the end of its clause or parenthesis: "hiện trạng 99,2%; từ năm 2026, 100%
    # văn bản …", "(xuất phát điểm 97,1%) đạt 100%")
    achieved = [b for a, b in found.achieved if a >= start and b <= pos
                and (not _RESULT_LABEL_AT.match(folded, a) or _label_reaches(folded, a, b, pos))]
    if achieved:
        start = achieved[-1]
    # (a plan word inside a parenthesis closed before the figure reaches no further: "đạt 98,6% (chỉ tiêu 98%); văn bản
    # điện tử đạt 93%")
    targets = [(a, b) for a, b in found.targets if a >= start and b <= pos
               and not _closed_around(folded, s_start, a, pos) and not _measured_against(folded, s_start, a, pos)]
    cue = bool(targets)
    if cue and _now_clause(folded, max(b for a, b in targets), pos, written):
        return "actual"  # "mục tiêu đến năm 2025 là 50%; năm 2020 tỉnh tiếp nhận …": where things stand, after the plan
    if achieved:
        return "target" if cue else "actual"
    if cue or (_FUTURE_HINT.search(folded, end, s_end) and _FUTURE_AFTER.match(folded[end:s_end])) or planned \
            or _PLAN_NAMED_AFTER.match(folded, end) or _FLOOR_RAISE.search(folded, max(start, pos - 30), pos):
        return "target"
    return "actual"


def _after_met_plan(folded: str, found: SentenceCues, start: int, pos: int) -> int:
    """Where the results start after a plan met and its value ("…, vượt kế hoạch giao là 25%, | đạt 28,16%, với 52.907 hồ
    sơ"): the end of the last such plan value before the figure, when no plan word stands before its met verb; else
    start."""
    ends = [m.end() for m in _MET_PLAN_VALUE.finditer(folded, start, pos)
            if not any(start <= a < m.start() for a, _ in found.targets)]
    return ends[-1] if ends else start


_PLAN_NEXT = re.compile(r"\s*,\s*")  # "đạt 76%, phấn đấu …": a plan word right after the figure and its comma


def _own_plan_clause(folded: str, found: SentenceCues, s_start: int, s_end: int, pos: int, end: int) -> int:
    """Where the figure's clause after a semicolon starts, when the plan words of that clause stand right after the
    figure and none before it ("…, phấn đấu năm 2018 trên 98%; | tỷ lệ … đạt 76%, phấn đấu năm 2018 đạt 90%"): the value
    set before its own plan is where things stand, out of reach of the plan words before the semicolon; else s_start."""
    semi = folded.rfind(";", s_start, pos)
    if semi < 0 or any(semi < a < pos for a, _ in found.targets):
        return s_start
    own = any(a > pos and _PLAN_NEXT.fullmatch(folded, end, a) for a, _ in found.targets)
    return semi + 1 if own else s_start


# "so với chỉ tiêu 30% … của Nghị quyết, tỉnh đạt 18,29%": a plan named as what a result is measured against
_COMPARED_PLAN = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_S, 'plan_comparisons'))}\s+(?:các\s+)?$")


def _measured_against(folded: str, start: int, at: int, pos: int) -> bool:
    """A plan word right after a comparison ("so với chỉ tiêu 30% …") reaches only its own clause: a figure past the
    clause's comma is the result measured against it."""
    between = folded[at:pos]
    # (the plan's own figures listed in its parenthesis are the plan: "So với chỉ tiêu … (20% hồ sơ trực tuyến, 30% …)")
    return bool(_COMPARED_PLAN.search(folded, max(start, at - 20), at)) and between.count("(") == between.count(")") \
        and bool(re.search(r"[,;]", re.sub(r"\([^()]*\)", "", between)))


def _closed_around(folded: str, start: int, at: int, pos: int) -> bool:
    """Whether a parenthesis opened after start and before `at` closes between `at` and pos."""
    opened = folded.rfind("(", start, at)
    return opened >= 0 and folded.find(")", opened, at) < 0 and folded.find(")", at, pos) >= 0


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# (periods.yml: the year word, optionally after a preposition, "; trong năm 2020 …")
# (… or the time gone by since the plan: "; sau bảy tháng, …", "; hết quý II, …")
_ELAPSED = (rf"{lexicon.union(lexicon.words(_S, 'elapsed_leads'))}\s+(?:(?:\d{{1,2}}|"
            rf"{lexicon.union(lexicon.words('periods', 'month_counts') + lexicon.words(_S, 'elapsed_counts'))})\s+"
            rf"(?:{lexicon.union(lexicon.words('periods', 'month') + lexicon.words('periods', 'quarter') + lexicon.words('periods', 'year'))})"
            rf"|{lexicon.union(lexicon.words('periods', 'quarter'))}\s+(?:[ivx]+|\d))")
_NOW_CLAUSE = re.compile(rf";\s*(?:(?P<now>{lexicon.union(lexicon.words(_S, 'achieved_times'))}|{_ELAPSED})(?!\w)"
                         rf"|(?:{lexicon.union(lexicon.words('periods', 'year_prepositions'))}\s+)?"
                         rf"{lexicon.union(lexicon.words('periods', 'year'))} (?P<year>{_YEAR.pattern}))")


def _now_clause(folded: str, cue_end: int, pos: int, written: int | None = None) -> bool:
    """A clause after a semicolon, between a plan's cue and the figure, opens with where things stand: a word of the
    present or a result ("; hiện tỉnh có …", "; kết quả khảo sát …"), or a year before the plan's own ("… đến năm 2025
    là 50%; năm 2020 tỉnh tiếp nhận …"; not one further into the clause: "…; tỷ lệ … cả năm 2023 đạt trên 40%"), or, when
    the plan names no year, before the year of writing ("Phấn đấu mức hài lòng trên 95%; năm 2024, tỷ lệ hài lòng đạt
    96,3%" written in 2025)."""
    last = folded.rfind(";", cue_end, pos)
    m = _NOW_CLAUSE.match(folded, last) if last >= 0 else None
    if m is None:
        return False
    if m.group("now"):
        return True
    planned = [int(y) for y in _YEAR.findall(folded, max(0, cue_end - 40), last)]
    if not planned:
        return written is not None and int(m.group("year")) < written
    return int(m.group("year")) < max(planned)


# (its noun may stand between: "từ 120 dịch vụ hiện nay lên 300")
_PRESENT_AFTER = re.compile(rf"\s*%?(?:\s+[^\W\d_]+){{0,3}}?\s+"
                            rf"(?:{lexicon.union(lexicon.words('periods', 'present'))})(?!\w)")
_PRESENT_PAREN = re.compile(rf"\(\s*{lexicon.union(lexicon.words('periods', 'present_in_parenthesis'))}(?!\w)")
_FLOOR_RAISE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words(_S, 'raise_to_floor'))}\s*$")


# --- scope ----------------------------------------------------------------------------------
# The words are in resources/lexicon/vi/scopes.yml.

_SCOPES = tuple((label, lexicon.branches(phrases)) for label, phrases in lexicon.kinds("scopes", "levels"))
# one flat alternation (labels in order, each label's phrases longest first) whose branches open with letters
_SCOPE_RE = re.compile(lexicon.labelled_branches(lexicon.kinds("scopes", "levels"), prefix="s"))


def _agency_pattern() -> re.Pattern[str]:
    """A named agency ("cục thuế tỉnh"), or a head word and the agency's own name ("sở tư pháp"),
    standing right before the number or its colon; the name stops at a word that starts the predicate."""
    stops = lexicon.branches(lexicon.words("scopes", "agency_name_stops"), suffix=r"(?!\w)")
    heads = []
    for item in lexicon.entry("scopes", "agency_heads"):
        not_before = f"(?!{lexicon.union(item['not_before'])})" if item.get("not_before") else ""
        heads.append(rf"{lexicon.phrase_regex(item['head'])} {not_before}"
                     rf"(?:(?!{stops})[^\d,;:()]){{{int(item['min_name'])},40}}?")
    named = lexicon.branches(lexicon.words("scopes", "agencies"))
    return re.compile(rf"(?P<a>{named}|{'|'.join(heads)})\s*[(:]?\s*$")  # "Sở Tư pháp: 97,91%" labels its value


_AGENCY_BEFORE = _agency_pattern()


def scope(folded: str, text: str, windows: list[tuple[int, int]]) -> str:
    """The scope words found in the given windows ('cấp huyện, cấp xã'), else ''."""
    found: list[str] = []
    for start, end in windows:
        for m in _SCOPE_RE.finditer(folded, start, end):
            label = _SCOPES[int(m.lastgroup[1:].split("_")[0])][0]
            if label not in found:
                found.append(label)
    return ", ".join(found)


def agency_before(folded: str, text: str, start: int, pos: int) -> str:
    """A named agency standing right before the number ("Sở Tư pháp 2,12 ngàn HS"), as written."""
    m = _AGENCY_BEFORE.search(folded, start, pos)
    if not m or m.end() != pos:
        return ""
    return re.sub(r"\s+", " ", text[m.start("a"):m.end("a")]).strip()
