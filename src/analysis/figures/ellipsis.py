"""Subjects left out: a figure whose noun is not written because the sentence (or the one before) already
said it. "100% cán bộ … được cấp hộp thư, khoảng 85% sử dụng thường xuyên"; "… là 12.340. Trong đó, trực
tuyến chiếm 4,1%. … Đúng hạn đạt 97,3%"; "… đứng thứ 50/63. Năm 2015, con số này là 44". Each is decided
again with the noun put back where a sentence would have it (the list-item cases live in items.py)."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..reference.catalogue import catalogue
from ..text import lexicon
from ..text.marks import BULLET
from . import cues
from .classify import (COUNT_POINTER, DOSSIER_POINTER, RAISED_OBJECT, Context, Decision, compared_at_own_time,
                       compared_dated, compared_level, decide, ends_in_comparison, first_head, head_at, is_average,
                       is_change, level_label, process_rate, share_of_theirs, with_level, without_level)
from .nouns import (CANONICAL, COUNT_NOT_YEAR, DOSSIER_NOUN, GENERIC_DOSSIERS, LEVEL_PATTERN, OTHER_ACCOUNTS, PHRASE_END, RATE_WORD, dossier_metric,
                    dossier_verb_before, level_in, other_noun_at, own_phrase_after, repeats_received_verb,
                    says_own_dossiers, share_kind, unknown_noun_at)

# "con số này là 44", "con số này chưa tới 20%", "tỷ lệ này chỉ khoảng 12%", "tỷ lệ này của Hà Tĩnh là 27,4%",
# "tỷ lệ này đã vượt 90%": the pointing phrase, a few words of its clause (a possessor, a verb), a copula
# and/or a qualifier, then the number
# (a word of the words between may be a short aside: "tỷ lệ này của tỉnh Long An (cũ) là 80,9%")
# the period it is said for may stand between ("tỷ lệ này năm 2014 là 2,35%", "con số này quý II/2019 là 412")
_PERIOD_YEAR = r"(?:[ivx]{1,3}/|\d{1,2}[/-])?(?:19|20)\d\d(?!\d)"
# (a period numbered after its date word stands between too: "tỷ lệ này của tháng 1 là 4,2%", "… quý 3 năm 2019 là")
_DATE_WORD = lexicon.union(lexicon.words("numbers", "date_words"))
_NUMBERED_PERIOD = rf"(?:{_DATE_WORD})\s+\d{{1,2}}(?:/\d{{1,2}})?(?![\d,.]\d)"
# a pointer, up to six words (a date, a period, a parenthesis), perhaps a copula and a qualifier, right before the number
_POINTER_TAIL = (rf"(?:\s+(?:{_NUMBERED_PERIOD}|[^\W\d_][^\s,;:.()\d]*|\([^\W\d_][^()\d,;:.]{{0,20}}\)"
                 rf"|{_PERIOD_YEAR})){{0,6}}?\s*"
                 rf"(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))}\s*)?:?\s*"
                 rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")
_ANAPHORA = re.compile(rf"{lexicon.union(lexicon.words('structure', 'anaphora'))}{_POINTER_TAIL}")
_DOSSIER_POINTER = re.compile(DOSSIER_POINTER.pattern + _POINTER_TAIL)  # "số hồ sơ này đã lên "
_BARE_POINTER = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'bare_pointers'))}\s+"
                           rf"(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*"
                           rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")
# "tỷ lệ này giảm xuống 43,86%", "con số này tăng lên 1.204": a verb of change moving to the level the number is
# (… or a verb of change and "còn", down to: "Sang tháng 9, tỷ lệ giảm còn 58,6%")
_LEVEL_REACHED = re.compile(rf"(?<!\w)(?:(?:{lexicon.union(lexicon.words('metric_words', 'change.to'))})"
                            rf"(?:\s+(?:còn|mức))?|(?:{lexicon.union(lexicon.words('metric_words', 'change.verbs'))})"
                            rf"\s+còn)\s*(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")
_NOT_BETWEEN = re.compile(lexicon.alternation(lexicon.words("structure", "anaphora_not_between")))
_UP_TO_NUMBER = re.compile(r"[^\d]*")
_BASE_OPENING = re.compile(rf"^\W*{lexicon.union(lexicon.words('structure', 'base_openers'))}\s[^,;.:\d]*,\s*")
_CONTINUING = re.compile(rf"^\W*{lexicon.union(lexicon.words('structure', 'continuing_openers'))}\b")
_WORD = re.compile(r"[^\W\d_]{2,}")
_AND_NEXT = re.compile(r"\s*và\s")
_LEADS = [*lexicon.words("structure", "bare_leads"), *cues.QUALIFIER_WORDS]
_BARE = re.compile(rf"(?:^|[,;]|\s(?={lexicon.union(lexicon.words('structure', 'bare_joiners'))}\s))"
                   rf"\s*(?:{lexicon.union(_LEADS)}\s+)*$")
# "60% hồ sơ công việc …": a head word barred by the words after it still opens a noun (of another kind), no predicate
_OTHER_NOUN = re.compile(rf"\s*{lexicon.union(list(lexicon.entry('nouns', 'head_not_followed_by')))}\b")
_AFTER_SEMICOLON = re.compile(rf";\s*(?:{lexicon.union(_LEADS)}\s+)*$")  # "…được cấp hộp thư; trên 92% sử dụng …"


# a rate's label right before a number written without its sign, inside a line ("…; tỷ lệ trực tuyến: 70,07"; a line
# that opens with such a label reads the number as a percentage already, extract._labelled_percent)
_RATE_LABEL_BEFORE = re.compile(rf"(?<!\w){RATE_WORD.pattern}[^,;:\d]*:\s*$")


def _noun(decision: Decision | None) -> str:
    """The plain words of a decided figure's head noun, when it has one."""
    return CANONICAL.get(decision.head or "", "") if decision else ""


def _elided(decision: Decision | None) -> Decision | None:
    """A decision reached with a noun put back: marked so its confidence says so."""
    return replace(decision, how="elided") if decision else None


def same_sentence(ctx: Context, prev: Decision | None) -> Decision | None:
    """A bare number followed by a predicate of its own shares the noun of the figure before it in the
    sentence: "100% cán bộ … được cấp hộp thư …, khoảng 85% sử dụng thường xuyên"."""
    if ctx.unit != "percent" and _RATE_LABEL_BEFORE.search(ctx.pre):
        return None  # a number labelled as a rate, its sign left out ("…; tỷ lệ trực tuyến: 70,07"): no count of the noun
    noun = _noun(prev)
    same_unit = noun and (ctx.unit == "percent") == (prev.unit == "percent")
    if same_unit and ctx.prev_adjacent and not head_at(ctx.post) and not _WORD.match(ctx.post.strip()) \
            and not ctx.prev_in_clause:
        # ("236 hồ sơ, nộp trực tuyến 214": the next clause labelled by its kind; "… năm 2015 là 498.230, năm 2016 là
        # 512.604": by its period or unit, a series of the figure before)
        return _kind_label(ctx, prev) or _series_item(ctx, prev)
    # (… its own words ending at a "và", or the series' noun alone, in a series over time: "năm 2018 là 566.930 và …",
    # "năm 2017 lên 263 dịch vụ")
    labelled = _kind_label(ctx, prev) or _series_item(ctx, prev, over_time=True) \
        if same_unit and ctx.prev_adjacent and not _own_words(ctx.post, prev) else None
    if labelled:
        return labelled
    if not noun or not (ctx.prev_in_clause or _AFTER_SEMICOLON.search(ctx.sentence_before)) or head_at(ctx.post):
        return None
    if not _WORD.match(ctx.post.strip()) or _AND_NEXT.match(ctx.post) or _OTHER_NOUN.match(ctx.post):
        # (a "và" right after it ends its conjunct: "huyện B 1.500 và huyện C 900")
        return _kind_label(ctx, prev) or _series_item(ctx, prev)
    if not _BARE.search(ctx.pre):
        return _kind_label(ctx, prev)  # "… đứng thứ 55 trong 63 tỉnh": words of its own before it
    if ctx.unit == "percent" and unknown_noun_at(ctx.sentence_after):
        return None  # "…, và 100% máy chủ của các sở được sao lưu": the share of a set of its own
    if (prev.unit == "percent") != (ctx.unit == "percent"):
        return _share_by_kind(ctx, prev)
    return _elided(decide(replace(ctx, post=f" {noun}{ctx.post}")))


def _own_words(post: str, prev: Decision) -> str:
    """The words after a number that are its own (up to a coordinator), none when they are the noun of the figure
    before repeated alone."""
    own = own_phrase_after(post).strip(" .!?")
    found = head_at(own)
    return "" if found and found[0] == prev.head and not own[found[1]:].strip() else own


def _series_item(ctx: Context, prev: Decision, over_time: bool = False) -> Decision | None:
    """A bare number whose clause names only a period or a unit (only a period, over_time), and perhaps a copula ("năm
    2016 là 512.604", "quý II đạt 1.090", "huyện B là 214"): the next item of the series the figure before it opened."""
    found = _conjunct_label(ctx.pre) if ctx.prev_adjacent else None
    label = found.group("label").strip() if found else ""
    label = _SERIES_COPULA.sub("", label)
    if not label or _too_long(label) or first_head(label + " ") \
            or (prev.unit == "percent") != (ctx.unit == "percent") \
            or not (_PERIOD_LABEL.match(label) or not over_time and _UNIT_LABEL.match(label)):
        return None
    # (a dossier verb of its own ending the label names its state: "… giải quyết 2.791 hồ sơ; Sở B tiếp nhận 1.974")
    verb = dossier_verb_before(label) if prev.head == "dossiers" and ctx.unit == "count" else None
    return Decision(verb, "count", "dossiers", "elided") if verb and verb != prev.metric \
        else replace(prev, how="inherited")


def _share_by_kind(ctx: Context, prev: Decision) -> Decision | None:
    """A bare percentage after a dossier count, its kind after it: "đã giải quyết 1.198 hồ sơ, 100% đúng hạn",
    "tiếp nhận 12.000 hồ sơ, 45% qua mạng": the share of that kind."""
    if prev.head != "dossiers" or prev.unit != "count" or ctx.unit != "percent":
        return None
    # its own predicate only: "100% được nộp trực tuyến và không có hồ sơ nào trễ hạn" is the online share (dossier_metric
    # ends it before a second predicate; two kinds joined are one: "97,6% trước hạn và đúng hạn")
    kind = share_kind(re.split(r"[,;]", ctx.post)[0])
    return Decision(kind, "percent", "dossiers", "elided") if kind else None


def _kind_label(ctx: Context, prev: Decision) -> Decision | None:
    """A dossier figure labelled only by its kind (a count also by its verb) after one of its unit: "Trước hạn đạt 60%,
    trễ hạn 1,5%", "236 hồ sơ, nộp trực tuyến 214", "612 hồ sơ (trực tuyến 608)", "… hồ sơ, đã giải quyết 39.774"."""
    label = re.split(r"[,;(|]", ctx.pre)[-1]
    pct = ctx.unit == "percent"
    if prev.head != "dossiers" or (prev.unit == "percent") != pct or first_head(label):
        return None
    # (a count may be labelled by its verb alone, no word of its own after it: "tiếp nhận 42.318 hồ sơ, đã giải quyết
    # 39.774"; not "giải quyết 640 kiến nghị")
    kind = dossier_metric(label, "", "", pct=pct, kind_only=True) or (
        dossier_verb_before(label) if not pct and not own_phrase_after(ctx.post).strip(" .!?") else None)
    return Decision(kind, ctx.unit if pct else "count", "dossiers", "elided") if kind else None


_TURNED = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'contrast_turns'))})(?!\w)")


def earlier_sentence(ctx: Context, last: Decision | None) -> Decision | None:
    """The first figure of a sentence that names no noun at all continues the noun of the paragraph's last
    figure: "… tiếp nhận … là 12.340. Trong đó, trực tuyến chiếm 4,1%", "… đã giải quyết 11.896. Đúng hạn đạt 97,3%"."""
    noun = _noun(last)
    # (nor is a base opening the sentence: "Tính trên tổng số dịch vụ, mức độ 3 chiếm 16,34%")
    opening = _BASE_OPENING.match(ctx.sentence_before)
    if opening:
        ctx = replace(ctx, sentence_before=ctx.sentence_before[opening.end():],
                      pre=ctx.pre[opening.end():] if ctx.pre.startswith(ctx.sentence_before[:opening.end()]) else ctx.pre)
    # (the base after a share is no noun of the sentence's own: "Riêng mức độ 4 đã chiếm 53,34% tổng số thủ tục")
    after = _BASE_CLAUSE.sub("", ctx.sentence_after, count=1) if ctx.unit == "percent" else ctx.sentence_after
    after = _TURNED.split(after, maxsplit=1)[0]  # (… nor one after a turn: "… chiếm 2,5% nhưng đều là những thủ tục …")
    # (… nor, for a share, the next figure's: "mức độ 3 chiếm 14,42%, mức độ 4 chiếm 2,37% số thủ tục")
    after = _UP_TO_NUMBER.match(after).group() if ctx.unit == "percent" else after
    if not noun or ctx.prev_metric or first_head(ctx.sentence_before + after):
        return None
    pre = _CONTINUING.sub("", ctx.pre).lstrip(" ,:")
    # the noun before the words ("Trong đó, trực tuyến chiếm 4,1%"), else after the number, as a label's count
    # would have it ("Nộp trực tuyến: 403.930"; the label read whole, past a level's number: "Mức độ 4: 689")
    return _elided(decide(replace(ctx, pre=f"{noun} {pre}", sentence_before=f"{noun} {pre}"))
                   or (decide(replace(ctx, pre=label, post=f" {noun}{ctx.post}"))
                       if (label := _label_before(ctx)) else None))


def _label_before(ctx: Context) -> str:
    """The words of a label ending right before the number ("Nộp trực tuyến: "), read whole when a level's number
    cut them ("Mức độ 4: 689"), else ''."""
    if _LABEL_END.search(ctx.pre):
        return ctx.pre
    return ctx.sentence_before if _LEVEL_LABEL_END.search(ctx.sentence_before) else ""


_LABEL_END = re.compile(r"[^\W\d]\s*:\s*$")
_LEVEL_LABEL_END = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('numbers', 'level_words'))})\s*[1-4]\s*:\s*$")
_BASE_CLAUSE = re.compile(rf"^\s*{lexicon.union(lexicon.words('structure', 'base_markers'))}\s[^,;.]*")


# years and all but digits: what is left is a figure
_NO_FIGURE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)|\D")


def kind_named_before(ctx: Context) -> Decision | None:
    """A count naming only "hồ sơ", in a sentence after one that names a kind of dossiers and states no figure, is of
    that kind: "Số hồ sơ trực tuyến tăng qua từng quý của năm 2018. Quý I: 1.284 hồ sơ; Quý II: 1.917 hồ sơ"."""
    before = ctx.context_before
    if ctx.unit != "count" or not before or _NO_FIGURE.sub("", before) or first_head(ctx.pre):
        return None
    own = head_at(ctx.post)
    if not own or own[0] != "dossiers" or ctx.post[own[1]:].strip(" .,;:"):
        return None
    read = decide(replace(ctx, pre=f"{before} : {ctx.pre}", sentence_before=f"{before} : {ctx.sentence_before}"))
    return _elided(read) if read and read.head == "dossiers" and read.metric not in GENERIC_DOSSIERS else None


# a sentence opening with the parts of the one before ("Trong đó, huyện A có 421.530 hồ sơ, tỷ lệ 56,74%")
_UNIT_HEADS = lexicon.union(lexicon.words("structure", "tiers") + lexicon.words("structure", "named_unit_heads"))
PARTS_OPENER = re.compile(rf"\W*(?:{lexicon.union(lexicon.words('structure', 'parts_openers'))}"
                          rf"|{lexicon.union(lexicon.words('structure', 'unit_parts_openers'))}(?=\s+(?:{_UNIT_HEADS})(?!\w)))"
                          rf"(?!\w)")
_NAMED_PART = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]")  # two words at least: "huyện A có", not "còn"


def part_of_sentence_before(ctx: Context, whole: Decision | None) -> Decision | None:
    """A figure of a sentence that opens by giving the parts of the one before, its own words naming no kind, is
    a part of what that sentence's last figure of its unit counts, when that names a kind of its own (online, a
    level): "… đạt 687.214 hồ sơ nộp trực tuyến, chiếm 55,14%. Trong đó, huyện A có 421.530 hồ sơ, tỷ lệ 56,74%"
    (a count's own noun must be the whole's: "… có 9 xã", "12.906 kết quả được trả qua bưu chính" are no parts; and the
    part is named before it: "còn 1.532 hộp thư chưa từng được sử dụng" is a subset)."""
    if whole is None or whole.unit not in ("count", "percent") or whole.metric in GENERIC_DOSSIERS \
            or first_head(ctx.pre):
        return None
    opener = PARTS_OPENER.match(ctx.pre)
    if not _NAMED_PART.search(ctx.pre[opener.end() if opener else 0:]):
        return None
    own = head_at(ctx.post)
    if ctx.unit != "percent" and not (own and own[0] == whole.head):
        return None
    if without_level(whole.metric) != whole.metric and LEVEL_PATTERN.search(ctx.sentence_after):
        return None  # "Riêng cấp xã có 96 dịch vụ, hầu hết ở mức độ 2": the part's own sentence says its levels
    return replace(whole, how="elided")


_RESULT_LABEL = re.compile(rf"(?:^|[.;:]\s*)\W*{cues.RESULT_LABEL}\s*(?::|(?=\S))")


_YEAR_LABEL = r"(?:(?:năm|tháng\s+\d{1,2}/|quý\s+[ivx\d]+/)\s*)?(?:19|20)\d\d"
_TWIN_LINK = (rf"(?:(?::|{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*)?"
              rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?")
# "(năm 2020: 18,6%)", "(cùng kỳ năm 2023: 29,35%)", "(năm 2015 khoảng 55%)" inside the parenthesis; "so với năm 2019
# (80,47%)" before it
# (… or named relative to the figure's: "(năm trước: 782)", "(cùng kỳ: 417)", "(cùng kỳ năm trước là 64)")
_RELATIVE_LABEL = (rf"(?:{lexicon.union(lexicon.words('periods', 'same_period'))}"
                   rf"(?:\s+{lexicon.union(lexicon.words('periods', 'previous_year'))})?"
                   rf"|{lexicon.union(lexicon.words('periods', 'previous_year'))})")
_DATED_TWIN = re.compile(
    rf"\(\s*(?:{lexicon.union(lexicon.words('periods', 'same_period'))}\s+)?{_YEAR_LABEL}\s*{_TWIN_LINK}$"
    rf"|\(\s*{_RELATIVE_LABEL}\s*(?::|{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*"
    rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$"
    rf"|(?:{lexicon.union(lexicon.words('periods', 'baseline'))}|{lexicon.union(lexicon.words('periods', 'same_period'))})"
    rf"\s+(?:{lexicon.union(lexicon.words('periods', 'same_period'))}\s+)?{_YEAR_LABEL}\s*\(\s*"
    rf"(?:{RATE_WORD.pattern}\s*(?::|là)?\s*)?$")  # "So với năm 2021 (tỷ lệ 12,6%)"
# "…; cùng kỳ năm 2022 chỉ đạt 31,8%": a clause opening with the same period of a named year and a verb of reaching
# (… or a sentence or a clause after a semicolon opening with a named time alone: "… 186 hồ sơ qua mạng. Năm 2018 chỉ
# có 41 hồ sơ", "…; quý I/2016 mới có 406 hồ sơ"; after a comma that is a series the sentence reads, see same_sentence)
# (… or after a word setting the part apart, a span of months before the year: "… 61.932 hồ sơ trực tuyến. Riêng ba
# tháng cuối năm 2016 là 2.146 hồ sơ, năm 2017 là 13.928 hồ sơ")
_MONTH_SPAN = (rf"(?:(?:\d{{1,2}}|{lexicon.union(lexicon.words('periods', 'month_counts'))})\s+"
               rf"{lexicon.union(lexicon.words('periods', 'month'))}\s+"
               rf"(?:{lexicon.union(lexicon.words('periods', 'year_parts'))}\s+)?)?")
_DATED_CLAUSE = re.compile(
    rf"(?:(?:^|[,;]\s*)(?:{lexicon.union(lexicon.words('periods', 'same_period'))})\s+|(?:^|;\s*)"
    rf"(?:{lexicon.union(lexicon.words('structure', 'part_apart_openers'))}\s+)?{_MONTH_SPAN}){_YEAR_LABEL}\s*,?\s*"
    rf"(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


def dated_twin(ctx: Context, last: Decision | None) -> Decision | None:
    """A value in parentheses labelled by another time, after a figure of its unit ("đạt 30,78% (năm 2020:
    18,6%)", "44,77% (cùng kỳ năm 2023: 29,35%)", "tăng 11,4 điểm so với năm 2019 (80,47%)"): that figure's metric
    at that time."""
    own = head_at(ctx.post)
    if last is None or (last.unit == "percent") != (ctx.unit == "percent") or (own and own[0] != last.head):
        return None  # (a noun of its own must be the figure's: "… 1.204.630 lượt truy cập. Riêng năm 2016 là 2.146 hồ sơ")
    if ctx.in_paren and _DATED_TWIN.search(ctx.sentence_before) or _DATED_CLAUSE.search(ctx.sentence_before):
        return Decision(last.metric, last.unit, last.head, "elided")
    return None


def plan_result(ctx: Context, last: Decision | None) -> Decision | None:
    """A figure after a result label that names no noun ("Chỉ tiêu 2: tỷ lệ hồ sơ trực tuyến từ 50% trở lên.
    Kết quả: đạt 44,18%", "kế hoạch 70%, thực hiện 67,8%") is the result of the indicator just stated: the last
    figure of its unit in the paragraph."""
    if last is None or first_head(ctx.sentence_before + ctx.clause_after) or is_change(ctx):
        return None
    if not _RESULT_LABEL.search(ctx.sentence_before):
        return None
    return Decision(last.metric, last.unit, last.head, "elided")


# "… đạt 2,88% so với chỉ tiêu 4%", "… thấp hơn chỉ tiêu 6% mà tỉnh đặt ra", "… dưới chỉ tiêu giao 5,5%"
# ("Kế hoạch năm 2025 là 80%": the plan's year may stand among those words)
_PLAN_OF = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('status', 'plan_nouns'))}"
                      rf"(?:\s+(?:{lexicon.union(lexicon.words('status', 'plan_setting'))}|(?:19|20)\d\d)){{0,3}}"
                      rf"\s*(?:là|:)?\s*(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


_NATIONAL_PLAN = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('status', 'national_setters'))}(?!\w)")


def plan_of(ctx: Context) -> Decision | None:
    """A percentage right after a plan noun, naming no noun of its own ("…, đạt 2,88% so với chỉ tiêu 4%"): the target
    of the rate its sentence stated right before it; opening its sentence ("Năm 2025, tỉnh đặt mục tiêu 80%"), of the
    rate its paragraph stated last."""
    # (… a sentence naming nothing of its own before it: not "Với thanh toán trực tuyến, chỉ tiêu là 45%")
    first = ctx.prev_unit is None and ctx.rate_nearby and ctx.para_pct_metric is not None \
        and first_head(ctx.sentence_before) is None \
        and share_kind(ctx.sentence_before) is None
    if ctx.unit != "percent" or not (first or ctx.prev_unit == "percent" and ctx.prev_metric and ctx.prev_adjacent) \
            or head_at(ctx.post) or not _PLAN_OF.search(ctx.pre) or _NATIONAL_PLAN.search(ctx.clause_after[:80]):
        return None  # (a national plan's bar, "vượt chỉ tiêu 80% mà Chương trình … quốc gia đặt ra", is no target of ours)
    return Decision(ctx.para_pct_metric, "percent", None, "elided") if first \
        else Decision(ctx.prev_metric, "percent", ctx.prev_head, "elided")


def plan_twin(decision: Decision | None, ctx: Context, counts: Iterable[Decision]) -> Decision | None:
    """A count set beside the sentence's last count as its plan, right after a plan noun, naming that count's noun
    ("… 1.842 hồ sơ …, bằng 36,84% kế hoạch năm (kế hoạch cả năm là 5.000 hồ sơ)", "… là 640, chỉ tiêu giao 900 hồ
    sơ"): the plan's value of that count's metric (its status comes from the plan noun)."""
    whole = next(iter(counts), None)
    if ctx.unit != "count" or whole is None or (decision and decision.metric == whole.metric) \
            or not _PLAN_OF.search(ctx.pre):  # (cheap tests first: it is asked of every count)
        return decision
    own = decision.head if decision else (found[0] if (found := head_at(ctx.post)) else None)
    if own != whole.head or _NATIONAL_PLAN.search(ctx.clause_after[:80]):
        return decision
    return Decision(whole.metric, "count", whole.head, "elided")


_RANKING = re.compile(rf"\b{lexicon.union(lexicon.words('structure', 'ranking_words'))}\b")


def ranked_part(ctx: Context, last_count: Decision | None) -> Decision | None:
    """A unit's dossier count in a sentence that ranks units, naming no state of the flow of its own, counts what
    the paragraph's last dossier count did ("… 6.412 hồ sơ trực tuyến. Tiếp theo là huyện B với 3.215 hồ sơ"),
    else the dossiers received ("Dẫn đầu về số hồ sơ là phường A (21.406 hồ sơ, …)")."""
    if ctx.unit != "count" or is_change(ctx) or not _RANKING.search(ctx.sentence_before):
        return None
    own = head_at(ctx.post)
    if not own or own[0] != "dossiers" or says_own_dossiers(ctx.post):
        return None  # (… "96 hồ sơ trễ hạn trên tổng số 4.480 hồ sơ tiếp nhận": each names its own)
    metric = last_count.metric if last_count and last_count.head == "dossiers" else "dossiers_received"
    return Decision(metric, "count", "dossiers", "elided")


# what a ranking sentence ranks: "nhiều hồ sơ trễ hạn nhất", "ít hồ sơ loại này nhất", "nhiều nhất là hồ sơ bị trả lại, với"
_SUPERLATIVE = lexicon.union(lexicon.words('structure', 'ranked_superlatives'))
_RANKED_WORDS = r"(?P<words>(?:\s+[^\W\d_][^\s,;:.()\d]*){1,8}?)"
_RANKED_NOUN = (re.compile(rf"(?<!\w){_SUPERLATIVE}\s+{DOSSIER_NOUN}{_RANKED_WORDS}\s+nhất(?!\w)"),
                re.compile(rf"(?<!\w){_SUPERLATIVE}\s+nhất\s+là\s+{DOSSIER_NOUN}{_RANKED_WORDS}\s*,?\s+với\s"),
                # "có số hồ sơ được miễn, giảm nhiều nhất với 6.742 hồ sơ": the count's noun, its words (a pair may be
                # split by a comma), then the superlative
                re.compile(rf"(?<!\w)số\s+{DOSSIER_NOUN}(?P<words>(?:,?\s+[^\W\d_][^\s,;:.()\d]*){{1,8}}?)\s+"
                           rf"{_SUPERLATIVE}\s+nhất(?!\w)"))
_SUBSET = re.compile(rf"^\s*(?:{lexicon.union(lexicon.words('dossiers', 'predicate_markers'))})(?!\w)"
                     rf"|(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'ranked_pointers'))})(?!\w)")


def _unread_dossiers(ctx: Context) -> bool:
    """A count whose own noun is the dossiers (for one no rule read: "Huyện A có 187 hồ sơ")."""
    own = head_at(ctx.post)
    return ctx.unit == "count" and own is not None and own[0] == "dossiers"


def ranked_kind(decision: Decision | None, ctx: Context) -> Decision | None:
    """A dossier count naming no kind of its own, in a sentence that ranks by dossiers of a named kind ("nơi có nhiều
    hồ sơ trễ hạn nhất là xã A với 17 hồ sơ"): that kind; ranked by a subset no metric holds ("nhiều hồ sơ bị trả về
    nhất", "nhiều hồ sơ loại này nhất"): no figure."""
    unread = decision is None and _unread_dossiers(ctx) and not is_change(ctx)
    if not unread and (decision is None or ctx.unit != "count" or decision.head != "dossiers"
                       or decision.metric not in GENERIC_DOSSIERS):
        return decision
    found = next((m for pattern in _RANKED_NOUN for m in [pattern.search(ctx.sentence_before)] if m), None)
    # (… or a sentence before it with no figure, ranking the units its own sentence lists: "Các huyện vùng cao là nơi
    # số hồ sơ gửi qua mạng tăng nhanh nhất. Huyện A có 187 hồ sơ, huyện B có 236 hồ sơ")
    # (… naming no kind before it either: "… nhiều hồ sơ quá hạn nhất. 30 huyện tiếp nhận 241.318 hồ sơ")
    if found is None and not _DIGIT.search(ctx.context_before) \
            and not dossier_metric(ctx.pre, ctx.pre, "", pct=False):
        found = next((m for pattern in _RANKED_NOUN for m in [pattern.search(ctx.context_before)] if m), None)
    if found is None or dossier_metric(_own_and_next(ctx)[0], "", "", pct=False, kind_only=True):
        return decision
    words = found.group("words")
    kind = dossier_metric(words, "", "", pct=False, kind_only=True)
    if kind:  # (a count no rule read, "Huyện A có 187 hồ sơ", is one of the ranked kind too)
        return Decision(kind, "count", "dossiers", "topic") if unread else replace(decision, metric=kind, how="topic")
    return None if _SUBSET.search(words) else decision


_REACH = (rf"(?<!\w){lexicon.union(lexicon.words('structure', 'reach_subjects'))}(?!\w)",
          rf"\s(?:{lexicon.union(lexicon.words('structure', 'reach_verbs'))})\s*"
          rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")
# (a named unit's place in a ranking and "với", or a bound alone, stand for the verb: "huyện A thấp nhất với 38,4%",
# "huyện B vẫn dưới 15%", "huyện C thấp nhất, chưa tới 30%")
_BOUNDS = lexicon.union(cues.BOUND_WORDS)
_RANKED_REACH = (rf"(?<!\w){lexicon.union(lexicon.words('structure', 'reach_ranked_subjects'))}(?!\w)",
                 rf"\s(?:(?:{lexicon.union(lexicon.words('structure', 'reach_ranked'))})(?:,?\s+với)?\s*,?\s*"
                 rf"(?:{lexicon.union(lexicon.words('structure', 'reach_ranked_adverbs'))}\s+)?"
                 rf"(?:{_BOUNDS}\s*)?|(?:{_BOUNDS})\s*)$")
_GROUP = re.compile(rf"\d|(?<!\w){lexicon.union(lexicon.words('structure', 'reach_group_words'))}(?!\w)")


def _reach_clauses(subject: str, verb: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The subject in the number's clause ("…, huyện mới đạt 61,2%"), else earlier in its sentence with the predicate
    between ("Thị trấn A làm tốt nhất, được 52,6%")."""
    return (re.compile(rf"(?:^|[,;:]|\.\s)(?P<clause>[^,;:]*?{subject}[^,;:]*?){verb}"),
            re.compile(rf"(?:^|[;:]|\.\s)(?P<clause>[^;:]*?{subject}[^;:]*?){verb}"))


_REACH_CLAUSES = _reach_clauses(*_REACH)
_RANKED_CLAUSES = _reach_clauses(*_RANKED_REACH)


_ENDS_CLAUSE = re.compile(r"\s*(?:[,;.)]|$)")  # nothing after a number but its clause's end


def unit_reaches(ctx: Context, last: Decision | None) -> Decision | None:
    """A bare percentage whose clause has a unit, a speaker or a plan for its subject and a verb of reaching
    ("huyện mới đạt 61,2%", "Chúng tôi đặt mục tiêu cuối năm đạt 50%"), naming no noun: the paragraph's last
    rate, as that subject's; a bare count ending its clause the same way ("Cấp huyện là 97.530."): its last count."""
    own = head_at(ctx.post)
    # (a count may repeat the last count's noun alone: "Huyện Quảng Ninh đạt 312 hồ sơ, trong khi …")
    post = ctx.post[own[1]:] if own and ctx.unit == "count" and last is not None and own[0] == last.head else ctx.post
    if last is None or last.unit != ctx.unit or ctx.unit not in ("percent", "count") or head_at(post) \
            or is_change(ctx) or (ctx.unit == "count" and not _ENDS_CLAUSE.match(post)):
        return None
    found = next((m for pattern in _REACH_CLAUSES for m in [pattern.search(ctx.sentence_before)] if m), None) \
        or next((m for pattern in _RANKED_CLAUSES for m in [pattern.search(ctx.sentence_before)]
                 if m and not _GROUP.search(m.group("clause"))), None)
    if found is None or first_head(found.group("clause")) or RATE_WORD.search(ctx.sentence_before):
        return None  # "tỷ lệ hồ sơ công việc … ở cấp tỉnh đạt 92,4%": a rate of its own, not the paragraph's
    # (nor a share of a count its clause holds, "1.305 phản ánh đã được các cơ quan xử lý, đạt 88,06%", nor the level
    # an object named is raised to, "Sở B phấn đấu nâng độ chính xác của trợ lý ảo lên 95%")
    if _COUNT_IN.search(found.group("clause")) or RAISED_OBJECT.search(found.group("clause")):
        return None
    if ctx.unit == "count" and not _UNIT_LABEL.match(found.group("clause").strip()):
        return None  # a count's subject is the unit alone ("số cơ quan, đơn vị sử dụng hệ thống là 251" counts its own)
    return Decision(last.metric, last.unit, last.head, "elided")


_COUNT_IN = re.compile(rf"{COUNT_NOT_YEAR.pattern}\s+[^\W\d_]")  # a count and its noun, not a year


# "tỷ lệ trong bốn tháng qua đạt 71,3%": the rate word with no noun, a few words naming none, a copula (or a word of
# estimate alone, or an adverb of limit and a bound: "Tỷ lệ hiện nay ước khoảng 85%", "ở huyện A, tỷ lệ còn dưới 20%")
_BARE_RATE = re.compile(rf"(?<!\w){RATE_WORD.pattern}(?P<words>(?:\s+[^\W\d_][^\s,;:.()\d]*){{0,6}}?)\s*"
                        rf"(?:(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*"
                        rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?"
                        rf"|(?:{lexicon.union(lexicon.entry('qualifiers', 'before')['approx'])})\s*"
                        rf"|(?:{lexicon.union(lexicon.words('structure', 'bare_rate_limit_adverbs'))})\s+"
                        rf"(?:{lexicon.union(cues.BOUND_WORDS)})\s*)$")


# "thành phố A có tỷ lệ cao nhất, đạt 5,6%", "… có tỷ lệ này cao nhất tỉnh, 46,8%", "… tỷ lệ cao nhất với 46,8%":
# the rate word, a word of degree alone (perhaps of the area it tops), then a comma, a copula, "với" or a parenthesis
_COPULAS = lexicon.union(lexicon.words('structure', 'anaphora_copulas'))
_DEGREE_RATE = re.compile(rf"(?<!\w){RATE_WORD.pattern}(?P<words>)"
                          rf"(?:\s+{lexicon.union(lexicon.words('structure', 'rate_degree_pointers'))})?\s+"
                          rf"(?:{lexicon.union(lexicon.words('structure', 'rate_degrees'))})"
                          rf"(?:\s+{lexicon.union(lexicon.words('structure', 'rate_degree_areas'))})?"
                          rf"\s*(?:,\s*(?:(?:{_COPULAS})\s*)?|(?:{_COPULAS}|"
                          rf"{lexicon.union(lexicon.words('structure', 'bare_rate_leads'))})\s+|\(\s*)"
                          rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


# "… xếp thứ hai với tỷ lệ 6,17%": the rate word alone after "với", right before the number
_WITH_BARE_RATE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'bare_rate_leads'))})\s+"
                             rf"(?P<words>){RATE_WORD.pattern}\s*(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


_COUNTED_RATES = re.compile(rf"(?<!\w)(?:\d+|{lexicon.union(lexicon.words('numbers', 'spelled_words') + lexicon.words('numbers', 'plural_markers'))})\s+$")


def _bare_rate(pre: str) -> re.Match[str] | None:
    """A rate word whose words up to the number name nothing (no noun, no kind, no level): the rate in discussion."""
    found = _BARE_RATE.search(pre)
    if found is None:  # ("với" stands between the rate word and any number word: "xếp thứ hai với tỷ lệ 6,17%")
        return _WITH_BARE_RATE.search(pre) or _DEGREE_RATE.search(pre)
    if _COUNTED_RATES.search(pre, 0, found.start()):
        return None  # "ba tỷ lệ trên đều phải đạt …": a counted group of rates (respective.py)
    words = found.group("words") + " "
    named = first_head(words) or share_kind(words) or LEVEL_PATTERN.search(words)
    return None if named else found


_RATE_MODIFIER = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('structure', 'bare_rate_modifiers'))})(?!\w)")


def bare_rate_named(pre: str) -> bool:
    """A rate word naming nothing and pointing at nothing, its words only a place, an owner or how general it is
    ("quận A có tỷ lệ cao nhất, 63,2%", "tỷ lệ chung đạt 41,9%"): the rate the article is about, not the last one
    said ("tỷ lệ này" points at that)."""
    found = _bare_rate(pre)  # ("tỷ lệ này": its word points, no modifier)
    words = found.group("words").strip() if found else ""
    return found is not None and (not words or _RATE_MODIFIER.match(words) is not None)


# a percentage whose sentence says only the whole year and a copula before it ("Cả năm là 98,91%", "Tính chung cả năm,
# đạt 64,18%"): the rate in discussion, for the whole year
_WHOLE_YEAR_ONLY = re.compile(rf"^\W*(?:{lexicon.union(lexicon.words('periods', 'whole_year'))})\s*,?\s*"
                              rf"(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*"
                              rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


# "Tỷ lệ này chênh lệch lớn giữa các cấp: khối sở, ngành cấp tỉnh đạt 21,5%, …": the rate pointed back to opens the
# sentence, a few words say how it differs, a colon lists it by unit (the first unit right before the number)
_UNITS_LISTED = re.compile(rf"^\W*(?:{lexicon.union(lexicon.words('structure', 'anaphora'))})(?!\w)[^\d.;:]*:"
                           rf"(?P<label>[^\d;:]*?)\s*"
                           rf"(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))}\s*)?"
                           rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


def _units_listed(sentence_before: str) -> re.Match[str] | None:
    """The sentence opens with the rate pointed back to and lists it by unit after a colon, the number the first."""
    found = _UNITS_LISTED.match(sentence_before)
    return found if found and _UNIT_LABEL.search(found.group("label")) else None


def _said_with_rate(ctx: Context, found: re.Match[str]) -> Decision | None:
    """A bare rate after "với" ending a clause that names what it measures ("Cán bộ, công chức … đã được cấp hộp thư
    công vụ với tỷ lệ 100%"): the rate of that clause, read as "tỷ lệ <clause> đạt"."""
    if not _WITH_BARE_RATE.fullmatch(found.group()):
        return None
    clause = re.split(r"[,;:]", ctx.sentence_before[:len(ctx.sentence_before) - len(found.group())])[-1].strip()
    if not head_at(" " + clause):
        return None
    words = f"tỷ lệ {clause} đạt "
    read = decide(replace(ctx, pre=words, sentence_before=words))
    return replace(read, how="subject") if read and read.unit == "percent" else None



_LAST_WORDS = re.compile(r"[^\d,;:]{0,30}$")  # (the comparison's words, standing for the pointer in `anaphoric`)


def _compared_at_time(ctx: Context) -> re.Match[str] | None:
    """The words of a comparison with a level word and the number's own time or unit after it, in a sentence naming no
    noun ("Đây là mức cao nhất, cao hơn hẳn con số 14,8% của cả năm 2017", "Thăng Bình vượt mức 38,27% của toàn
    tỉnh"), as a pointer back to the rate in discussion."""
    if first_head(ctx.sentence_before) or not compared_at_own_time(ctx.pre, ctx.post):
        return None
    return _LAST_WORDS.search(ctx.pre)


def anaphoric(ctx: Context, last: Decision | None) -> Decision | None:
    """"Năm 2015, con số này là 44" (or "… con số chỉ là 44"): the figure before it in the paragraph (for a percentage,
    the last percentage), at another time or place; a bare rate word ("tỷ lệ trong bốn tháng qua đạt 71,3%") or a
    sentence saying only the whole year ("Cả năm là 98,91%") points back the same way."""
    # (a bare "con số" only where its sentence names no noun of its own: "Riêng hồ sơ mức độ 4, con số là 6.208 hồ sơ")
    bare = _BARE_POINTER.search(ctx.pre) if not first_head(ctx.sentence_before) else None
    found = (_ANAPHORA.search(ctx.pre) or bare or (_bare_rate(ctx.pre) or _WHOLE_YEAR_ONLY.search(ctx.pre)
                                           or _units_listed(ctx.sentence_before) or _compared_at_time(ctx)
                                           if ctx.unit == "percent" else _DOSSIER_POINTER.search(ctx.pre))) if last else None
    if found is None or ((_NOT_BETWEEN.search(found.group()) or is_change(ctx))
                         and not compared_level(ctx.pre, ctx.post) and not _LEVEL_REACHED.search(ctx.pre)):
        # ("tỷ lệ này tăng thêm 5%", "cao hơn 12%": a difference, not the rate again; but "cao hơn mức 1,12% của năm
        # 2015" names the rate's level at another time)
        return None
    if share_of_theirs(ctx):
        return None  # "nâng tỷ trọng chi … lên 1,5% tổng chi ngân sách": a share of a base no metric of ours counts
    if ctx.unit == "percent" and COUNT_POINTER.match(found.group()) and _POINTED_SHARE.search(ctx.sentence_before):
        return None  # "Số hồ sơ trực tuyến là 18.923. Con số ấy bằng 4,59% …": the count's share (pointed_share)
    if last.unit == "percent" and ctx.unit == "count":  # a count pointing back to a share: the count it is a share of
        counted = catalogue().count_of(last.metric)  # ("… qua mạng chiếm 5,47%. Cùng kỳ, con số này là 1.206 hồ sơ")
        own = head_at(ctx.post)
        pointer = COUNT_POINTER.match(found.group()) or (_DOSSIER_POINTER.match(found.group()) and last.head == "dossiers")
        return Decision(counted, "count", last.head, "elided") \
            if counted and pointer and (own is None or own[0] == last.head) else None
    if last.unit == "count" and ctx.unit == "percent":  # a rate pointing back to a part counted: the part's share
        # ("… tiếp nhận 318.246 hồ sơ, trong đó 155.082 hồ sơ nộp qua mạng. Cùng kỳ năm 2021, tỷ lệ này mới là 16,9%")
        share = catalogue().share_of(last.metric) if not COUNT_POINTER.match(found.group()) else None
        return Decision(share, "percent", last.head, "elided") if share else None
    if (last.unit == "percent") != (ctx.unit == "percent"):
        return None
    if ctx.unit == "percent" and (said := _said_with_rate(ctx, found)):
        return said  # "Cán bộ, công chức … đã được cấp hộp thư công vụ với tỷ lệ 100%": its own clause's rate
    own = head_at(ctx.post) if ctx.unit != "percent" else None
    if own and last.head and own[0] != last.head:
        return None  # "… 8 sở, ngành không phát sinh hồ sơ. Cùng kỳ năm 2016, con số này là 13 đơn vị": its own
    return Decision(last.metric, last.unit, last.head, "elided")


# "Con số này … chiếm 8,41% tổng số hồ sơ tiếp nhận": the figure pointed to opens the clause, a share verb (perhaps after
# a change of it and "và") right before the percentage
_POINTED_SHARE = re.compile(rf"(?:^|[,;]\s*){COUNT_POINTER.pattern}[^,;]*?\s"
                            rf"(?:{lexicon.union(lexicon.words('metric_words', 'share_lead.main_verbs'))})\s+"
                            rf"(?:{lexicon.union(lexicon.words('metric_words', 'share_lead.qualifiers'))}\s+)?$")


# … or a bound alone before a share of a base ("Con số này vẫn chưa đến 3% số hồ sơ … tiếp nhận")
_POINTED_BOUND = re.compile(rf"(?:^|[,;]\s*){COUNT_POINTER.pattern}[^,;\d]*?\s"
                            rf"(?:{lexicon.union(lexicon.words('metric_words', 'share_lead.qualifiers'))})\s+$")


def pointed_share(ctx: Context, count: Decision | None) -> Decision | None:
    """A percentage whose clause opens with a count pointed back to and a share verb ("… 14.620 hồ sơ qua mạng. Con số
    này tăng 8.935 hồ sơ so với cùng kỳ và chiếm 8,41% tổng số hồ sơ tiếp nhận"): that count's share."""
    if ctx.unit != "percent" or count is None or count.unit != "count" or not (
            _POINTED_SHARE.search(ctx.sentence_before)
            or (_POINTED_BOUND.search(ctx.sentence_before) and _BASE_CLAUSE.match(ctx.post))):
        return None
    share = catalogue().share_of(count.metric)
    return Decision(share, "percent", count.head, "elided") if share else None


def points_to_a_count(ctx: Context) -> bool:
    """A count named as a figure pointed back to ("con số này chỉ là 1.206 hồ sơ"), its noun naming no kind or verb of
    its own: what it counts is the figure's it points to, not the noun's default."""
    found = _ANAPHORA.search(ctx.pre)
    return bool(found and COUNT_POINTER.match(found.group())) and not says_own_dossiers(ctx.post)


_ONLY_AFTER_POINTER = re.compile(rf"{COUNT_POINTER.pattern}(?:\s+[^\W\d_]+){{0,2}}?\s+"
                                 rf"(?:{lexicon.union(lexicon.words('structure', 'pointer_only_words'))})(?!\w)[^\d]*$")


def points_to_a_larger(ctx: Context) -> bool:
    """A count pointing back with a word of "only" ("con số này mới là 19.820"): the figure pointed at is larger."""
    return bool(_ONLY_AFTER_POINTER.search(ctx.pre))


# "nơi cùng kỳ đạt 62,1%", "cùng kỳ năm 2023 là 48,5%", "cùng quý mới đạt 54%": the same period named (periods.yml),
# perhaps its year, a copula and/or a qualifier, then the number; only a number with no noun of its own reaches this
# rule ("tiếp nhận trong cùng thời gian là 97.520 hồ sơ" is a count of its own)
_SAME_PERIOD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'same_period'))}"
                          rf"(?:\s+{lexicon.union(lexicon.words('periods', 'year'))}\s+(?:19|20)\d\d)?\s+"
                          rf"(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})\s*"
                          rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


def same_period(ctx: Context, before: Decision | None) -> Decision | None:
    """A bare number after "cùng kỳ (năm 2023) đạt/là" is the figure said right before it (`before`, when it was
    read), for the same period of another place or year: "…, tức 65,3%. Tỷ lệ này cao hơn tỉnh A, nơi cùng kỳ đạt
    62,1%"."""
    if before is None or (before.unit == "percent") != (ctx.unit == "percent"):
        return None
    return Decision(before.metric, before.unit, before.head, "elided") if _SAME_PERIOD.search(ctx.pre) else None


# "(toàn tỉnh: ", "(bình quân cả nước: " right before a number: a label in a parenthesis, then a colon
ASIDE_LABEL = re.compile(r"\(\s*(?P<label>[^\W\d][^\d():;,]{1,30}):\s*$")
_UNIT_ASIDE = re.compile(r"\d\s*%?[^\d()]{0,20}" + ASIDE_LABEL.pattern)  # … right after a figure, no number between
# (… or by the whole named and a verb of reaching, no colon: "chiếm 18,15% tổng số hồ sơ (toàn tỉnh mới đạt 9,4%)")
_WHOLE_ASIDE = re.compile(r"\d\s*%?[^\d()]{0,20}\(\s*"
                          rf"(?:{lexicon.union(lexicon.words('structure', 'group_whole_after'))})(?!\w)"
                          rf"(?:\s+(?:{lexicon.union(lexicon.words('structure', 'bare_leads'))}"
                          rf"|{lexicon.union(lexicon.words('metric_words', 'noun_copulas'))})(?!\w)){{0,3}}\s*$")


def unit_aside(ctx: Context, before: Decision | None) -> Decision | None:
    """A number in a parenthesis opened by a unit's label right after a figure ("đạt tỷ lệ 7,50% (toàn tỉnh: 3,80%)") is
    that figure (`before`, when it was read) for the unit the label names."""
    if before is None or (before.unit == "percent") != (ctx.unit == "percent") or not ctx.in_paren:
        return None
    labelled = _UNIT_ASIDE.search(ctx.sentence_before[-60:]) or _WHOLE_ASIDE.search(ctx.sentence_before[-60:])
    return Decision(before.metric, before.unit, before.head, "elided") if labelled else None


_LIST_GAP = re.compile(r"[^\d.;]*$")  # words, commas, "và", one ";" at most: no figure, no sentence end between


def listed_fraction(ctx: Context, prev: Decision | None, gap: str, own: Decision | None) -> Decision | None:
    """A part out of its whole listed after another in its sentence ("A 24.316/71.208 hồ sơ nộp trực tuyến; tiếp theo
    là B 14.908/31.025, C 13.275/27.303 hồ sơ"): read as the first was, unless its own words name another kind
    (`gap`: the text between the two; `own`: the reading of its own words)."""
    if prev is None or prev.unit != "count" or gap.count(";") > 1 or not _LIST_GAP.match(gap.replace(";", ",", 1)):
        return own
    head = head_at(ctx.post)
    if head and (head[0] != prev.head or dossier_metric(ctx.post, "", "", pct=False, kind_only=True)):
        return own  # "…, B có 1.000/2.000 hồ sơ đúng hạn": a noun and a kind of its own
    return replace(prev, how="inherited")


def bare_whole(decision: Decision) -> bool:
    """Whether a count reads as its noun alone names it: the outermost whole of that noun ("1.975 thủ tục", "638 hồ
    sơ"), not a part or another whole a predicate makes of it ("thủ tục được cung cấp trực tuyến": online services)."""
    return decision.unit == "count" and catalogue().is_outermost_whole(decision.metric) \
        and decision.metric.startswith(f"{decision.head}_")


def ranked_fraction(ctx: Context, last: Decision | None, own: Decision | None) -> Decision | None:
    """A part out of its whole that opens a sentence ranking units ("Dẫn đầu là Sở A có 120/135 thủ tục được cung cấp
    trực tuyến. Tiếp đến Sở B có 98/112 thủ tục"), its noun alone: read as the paragraph's last count of that noun
    (`own`: the reading of its own words, None when they name no state: "655/1.980 hồ sơ")."""
    if last is None or last.unit != "count" or not cues.RANKING_OPENER.match(ctx.sentence_before):
        return own
    named = head_at(ctx.post)
    if (own.head if own else named and named[0]) != last.head or (own and not bare_whole(own)):
        return own
    return replace(last, how="inherited")


_BULLET_LABEL = re.compile(rf"^\s*{BULLET}\s*[^\W\d][^:\d]{{0,50}}:\s*$")  # "– Chứng thực: " before the number
# "Quý II/2015: ", "Tháng 3 năm 2021: ", "- Năm 2016: ": a line labelled by its period alone, a bullet or none
_YEAR_WORD = lexicon.union(lexicon.words("periods", "year"))
_PERIOD_LINE_LABEL = re.compile(
    rf"^\s*(?:{BULLET}\s*)?(?:{lexicon.union(lexicon.words('periods', 'quarter') + lexicon.words('periods', 'month'))}"
    rf"\s+(?:[ivx]+|\d{{1,2}})(?:\s*[/-]\s*(?:19|20)\d\d|\s+{_YEAR_WORD}\s+(?:19|20)\d\d)?"
    rf"|{_YEAR_WORD}\s+(?:19|20)\d\d)\s*:\s*$")


def sibling_line(ctx: Context, last: Decision | None) -> Decision | None:
    """A bullet line "– Label: N <noun>" whose noun is the last figure's but whose words name no kind or verb
    ("Chia theo lĩnh vực (hồ sơ tiếp nhận):\n– Hộ tịch: 512 hồ sơ.\n– Chứng thực: 301 hồ sơ."), or a line labelled by
    its period alone ("Quý I/2015: 164 hồ sơ.\nQuý II/2015: 251 hồ sơ."): read as that figure, the label being its
    part."""
    if last is None or last.unit != ctx.unit or not (_BULLET_LABEL.match(ctx.sentence_before)
                                                     or _PERIOD_LINE_LABEL.match(ctx.sentence_before)):
        return None
    head = head_at(ctx.post)
    if head is None or head[0] != last.head or OTHER_ACCOUNTS.search(ctx.post[head[1]:head[1] + 30]):
        return None  # ("– Định danh điện tử: 1.612.440 tài khoản VNeID" under a line of e-mail accounts)
    return replace(last, how="inherited")


# "68,5% là tỷ lệ hồ sơ nộp trực tuyến …", "75% là mục tiêu tỷ lệ …", "97.530 là số hồ sơ …": the number first, then a
# copula and its own label (a callout of a magazine page, an infographic's line)
# ("– 1.862: số dịch vụ công trực tuyến …", a column of one-line facts: a colon right after the number)
_SHARE_NOUNS = lexicon.union(lexicon.words("structure", "label_after_share_nouns"))
_RANK_LABEL = re.compile(rf"{cues.LABEL_AFTER_COPULA}(?P<label>"
                         rf"{lexicon.union(lexicon.words('structure', 'label_after_rank_nouns'))}\s[^;:.()]+)")
_LABEL_AFTER = re.compile(rf"{cues.LABEL_AFTER_COPULA}"
                          rf"(?:(?:{lexicon.union(lexicon.words('structure', 'label_after_frames'))})\s+)?"
                          rf"(?P<label>(?P<rate>{RATE_WORD.pattern}|mức(?!\s+độ)|(?P<share>{_SHARE_NOUNS}))?"
                          rf"(?(rate)|(?:tổng\s+)?số)\s[^,;:.()]+)")


# "612 – dịch vụ công trực tuyến mức độ 4", "98,7% – hồ sơ giải quyết đúng hạn": a line of a box of figures, its number
# first, then a spaced dash and a bare noun phrase (a rate word or "số" may open it), up to the line's end
_DASH_LABEL = re.compile(rf"\s+[–—-]\s+(?P<label>(?P<rate>{RATE_WORD.pattern})?[^\W\d_][^;:()\n]*)$")
_LINE_OPENS = re.compile(r"[\s•*+–—-]*")  # nothing before the number on its line but a bullet
_NUMBER_OF = re.compile(r"(?:tổng\s+)?số\s")


def label_after(ctx: Context) -> Decision | None:
    """A number that opens its clause, then "là" and the label naming it: decided as if the label came first; so too
    a number opening its line, then a dash and a noun phrase naming it (_DASH_LABEL)."""
    ranked = _RANK_LABEL.match(ctx.sentence_after) if ctx.unit == "fraction" else None
    if ranked and not _WORD.search(ctx.pre.rsplit(",", 1)[-1]):  # "4/63: đó là vị trí của tỉnh trong … ICT Index"
        return _as_labelled(ctx, f"{ranked.group('label').strip()}, xếp thứ ")
    found = _LABEL_AFTER.match(ctx.sentence_after)
    if found is None or _WORD.search(ctx.pre.rsplit(",", 1)[-1]) or (ctx.unit == "percent") != bool(found.group("rate")):
        return _dash_label(ctx)
    label = found.group("label").strip()
    if found.group("share"):  # "phần hồ sơ được trả đúng hẹn": the rate of those dossiers
        label = f"tỷ lệ {label[found.end('share') - found.start('label'):].strip()}"
    return _as_labelled(ctx, f"{label} đạt " if found.group("rate") else f"{label} là ")


def _as_labelled(ctx: Context, pre: str) -> Decision | None:
    """The figure decided as its label would say it, the label's words (and a copula) right before the number."""
    return decide(replace(ctx, pre=pre, post="", clause_after="", sentence_after="", sentence_before=pre, in_paren=False))


# a correction notice: the subject, the erratum marker (perhaps after "bị"/"đã"), the withdrawn value, then the
# correction words right before the number ("số hồ sơ nộp trực tuyến bị ghi nhầm là 13.640 …; con số chính xác là ")
_ERRATUM_SUBJECT = re.compile(rf"(?:^|[,:;])\s*(?P<subject>[^,:;\d]{{3,80}}?)\s+(?:(?:bị|đã)\s+)?"
                              rf"{lexicon.pattern('structure', 'erratum_markers').pattern}")
_CORRECTION_BEFORE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'erratum_corrections'))}\s*:?\s*$")


def corrected_figure(decision: Decision | None, ctx: Context) -> Decision | None:
    """The right value a correction notice gives ("…, số hồ sơ nộp trực tuyến bị ghi nhầm là 13.640; con số chính xác
    là 31.460 hồ sơ") is a figure of the subject it corrects, read as "<subject> là N" (its own noun alone says less)."""
    if not _CORRECTION_BEFORE.search(ctx.sentence_before) or (decision is not None and decision.how != "head"):
        return decision
    found = _ERRATUM_SUBJECT.search(ctx.sentence_before)
    if found is None:
        return decision
    read = _as_labelled(ctx, f"{found.group('subject').strip()} là ")
    if read is None or decision is not None and (read.head != decision.head or read.unit != decision.unit):
        return decision
    return replace(read, how="elided")


def _dash_label(ctx: Context) -> Decision | None:
    """A number opening its line, named by the noun phrase after a spaced dash (_DASH_LABEL): read as "số <label> là N"
    (a count) or "tỷ lệ <label> đạt N" (a percentage), unless the label opens with its own "số" or rate word."""
    found = _DASH_LABEL.match(ctx.sentence_after) if _LINE_OPENS.fullmatch(ctx.sentence_before) else None
    if found is None or ctx.unit not in ("count", "percent"):
        return None
    label = found.group("label").strip()
    if ctx.unit == "percent":
        return _as_labelled(ctx, f"{label if found.group('rate') else 'tỷ lệ ' + label} đạt ")
    return _as_labelled(ctx, f"{label if _NUMBER_OF.match(label) else 'số ' + label} là ")


# a process named alone before a count ("tiếp nhận ", "trực tuyến ", "đã giải quyết "): the words after its clause's
# last comma or spaced dash, no noun among them
_LAST_PIECE = re.compile(r"(?:^|[,;:]|\s[–—]\s)(?P<label>[^,;:–—()\d]{2,40})$")
_NEXT_PIECE = re.compile(r"\s[–—]\s|[,;(]")
_LETTER = re.compile(r"[^\W\d_]")
_NAMED_NUMBER = re.compile(r"\d\s+[^\W\d_]")  # a number and the word after it: a count naming its noun


def outcome_count(ctx: Context, dossiers: Decision | None) -> Decision | None:
    """A count named only by what was done to it ("– Khu vực A (cũ): tiếp nhận 82.416 – trực tuyến 55.903") in an
    article that has counted dossiers before (`dossiers`): read with the dossier noun after it."""
    post = _NEXT_PIECE.split(ctx.post, maxsplit=1)[0]
    # a bare number (no noun of its own at all) in a sentence whose numbers before it name no noun either ("tiếp nhận
    # 126 phản ánh, …, đã xử lý xong 119" leaves out the complaints, not dossiers)
    if ctx.unit != "count" or dossiers is None or _LETTER.search(post) or _NAMED_NUMBER.search(ctx.sentence_before):
        return None
    piece = _LAST_PIECE.search(ctx.pre)
    label = piece.group("label").strip() if piece else ""
    if not label or len(label.split()) > 3 or first_head(label + " ") or not dossier_metric(label, label, "", False):
        return None
    decision = decide(replace(ctx, pre=label, post=f" {DOSSIER_NOUN}{post}", clause_after=post, sentence_before=label))
    return replace(decision, how="elided") if decision and decision.head == "dossiers" else None


# "17.208 hồ sơ, trong đó 10.219 hồ sơ trực tuyến": the dossier noun (and the procedure it is of: "2.318 hồ sơ xin phép
# xây dựng"), then its part of a kind
_WHOLE_NOUN = rf"\s*{DOSSIER_NOUN}(?P<of>\s+[^\W\d][^,;:()\d]{{0,40}}?)?\s*"  # the whole's noun and what it is of
_PART_OPENERS = rf"(?:(?:{lexicon.union(lexicon.words('structure', 'part_openers'))})\s+)*\d"  # "chỉ có 2 …"
_WHOLE_OF_PARTS = re.compile(rf"{_WHOLE_NOUN}[,;:]?\s*"
                             rf"{lexicon.union(lexicon.words('metric_words', 'of_which'))}\s*:?\s*(?:có\s+)?\d")


# "Ở huyện A, trong 38 hồ sơ chỉ có 2 hồ sơ gửi qua mạng": a clause opening with "out of" and a count of the noun, then
# its part right after it, no "trong đó" needed
_OUT_OF_OPENED = re.compile(rf"(?:^|[,;:]\s*)(?:{lexicon.union(lexicon.words('structure', 'whole_openers'))})\s*$")
_PART_AFTER = re.compile(rf"{_WHOLE_NOUN}[,;:]?\s*{_PART_OPENERS}")
# … or set against its part by a contrast: "có 74 hồ sơ nhưng chỉ 9 hồ sơ …"
_PART_AGAINST = re.compile(rf"{_WHOLE_NOUN},?\s*(?:{lexicon.union(lexicon.words('structure', 'part_contrasts'))})\s+"
                           rf"{_PART_OPENERS}")


def whole_of_parts(ctx: Context) -> Decision | None:
    """A count of dossiers naming nothing but the noun and the procedure it is of, followed by the part of it of some
    kind ("– Khu vực A (cũ): 17.208 hồ sơ, trong đó 10.219 hồ sơ trực tuyến", "có 2.318 hồ sơ xin phép xây dựng, trong
    đó 64 …"), opened by "out of" ("trong 38 hồ sơ, chỉ có 2 hồ sơ …") or set against it by a contrast: the whole that
    came in, the dossiers received."""
    if ctx.unit != "count" or other_noun_at(ctx.post) or is_average(ctx) or is_change(ctx):
        return None  # ("hồ sơ dự thi": none of ours; "bình quân 140 hồ sơ mỗi ngày, trong đó …": no whole)
    m = _whole_then_part(ctx)
    if m is None or (m.group("of") and dossier_metric(m.group("of"), "", "", pct=False, kind_only=True)):
        return None
    return Decision("dossiers_received", "count", "dossiers", "elided")


def _whole_then_part(ctx: Context) -> re.Match[str] | None:
    """The whole's noun and its part right after it: after "trong đó", after a clause opening with "out of", or set
    against a part of a kind by a contrast ("huyện A có 74 hồ sơ nhưng chỉ 9 hồ sơ đến qua mạng")."""
    after = ctx.sentence_after
    m = _WHOLE_OF_PARTS.match(after) or (_PART_AFTER.match(after) if _OUT_OF_OPENED.search(ctx.pre) else None)
    if m:
        return m
    m = _PART_AGAINST.match(after)
    part = PHRASE_END.split(after[m.end() - 1:], maxsplit=1)[0] if m else ""
    return m if m and dossier_metric(part, "", "", pct=False, kind_only=True) else None


# the words of a conjunct before its number: after the clause's last comma, semicolon, parenthesis or "và"
_CONJUNCT = re.compile(r"(?:^|[,;(]|\svà\s)(?P<label>(?:(?!\svà\s)[^,;()])*?)\(?\s*$")
# … but a "và" inside an agency's name joins no conjuncts ("…, Sở Kế hoạch và Đầu tư 15"): the piece after the last mark
# opens with the head of a unit's name and the words after its "và" open none
_NAMED_UNIT_HEADS = lexicon.union(lexicon.words('structure', 'named_unit_heads'))
_NAMED_PIECE = re.compile(rf"(?:^|[,;(])\s*(?P<label>(?:{_NAMED_UNIT_HEADS})\s+[^\W\d][^\d,;()]*?\svà\s"
                          rf"(?!(?:{_NAMED_UNIT_HEADS})\s)[^\d,;()]*?)\(?\s*$")


_NAMED_HEAD = re.compile(rf"(?:{lexicon.union(lexicon.words('structure', 'named_unit_heads'))})\s")


def _too_long(label: str) -> bool:
    """Whether a conjunct's words are too many to be only a unit's or a period's label: six, or eight for a unit's
    name holding a "và" ("sở lao động – thương binh và xã hội", "sở kế hoạch và đầu tư với"). A cause set between the
    label and the number, ending at "nên", is an aside, none of its words ("tháng 2 trùng Tết Nguyên đán nên chỉ có")."""
    label = _CAUSE_ASIDE.sub("", label, count=1)
    words = [w for w in label.split() if w not in ("-", "–", "—")]  # (a dash joining a name's parts is no word)
    return len(words) > (8 if _NAMED_HEAD.match(label) and " và " in label else 6)


def _conjunct_label(pre: str) -> re.Match[str] | None:
    """The words of the conjunct before a number (group "label"): after the last comma, semicolon, parenthesis or
    "và", unless that "và" is inside a unit's name ("Sở Kế hoạch và Đầu tư")."""
    return _NAMED_PIECE.search(pre) or _CONJUNCT.search(pre)
_PIECE_END = re.compile(r"[,;()]|\svà\s")
_PAREN_BARE = re.compile(r"\s*(?:\)|$)")  # nothing but the parenthesis' end after the number
_NAME_BEFORE_PAREN = re.compile(r"(?:^|[,;)])(?P<label>[^,;()]*?)\s*\(\s*$")  # "), Sở Kế hoạch và Đầu tư (" -> the name
_AND_LEAD = re.compile(rf"^\s*(?:{lexicon.union(lexicon.words('periods', 'conjunct_openers'))})\s+")  # "và Sở B ("
# a unit naming the conjunct: a tier ("cấp huyện") or a unit word and its name ("huyện Cầu Kè", "UBND xã A", "Sở B")
_UNIT_LABEL = re.compile(rf"(?:{lexicon.union(lexicon.words('structure', 'unit_label_leads'))}\s+)?"
                         rf"(?:{lexicon.union(lexicon.words('structure', 'tiers'))}(?:\s+[^\d]*)?|"
                         rf"{lexicon.union(lexicon.words('structure', 'named_unit_heads'))}(?:\s+[^\d]+)?)$")
# ... or a period naming it, in a series over time ("quý I tiếp nhận 1.146 hồ sơ trực tuyến; quý II tăng lên 1.583 hồ sơ",
# "tháng 5/2020 đạt 812 hồ sơ")
_MONTH_NAMES = lexicon.union(lexicon.words("periods", "month_names"))  # "tháng Mười đạt 486 hồ sơ"
_PERIOD_WORDS = lexicon.union([w for key in ("quarter", "month", "year") for w in lexicon.words("periods", key)])
# (… or by a count of months: "sáu tháng đầu năm 2019 là 301.775", "9 tháng năm nay là 21.605")
_MONTH_COUNT = (rf"(?:\d{{1,2}}|{lexicon.union(lexicon.words('periods', 'month_counts'))})\s+"
                rf"{lexicon.union(lexicon.words('periods', 'month'))}")
_PERIOD_LABEL = re.compile(rf"(?:(?:{lexicon.union(lexicon.words('periods', 'whole_of'))})\s+)?"  # ("cả năm 2016 …")
                           rf"(?:{_PERIOD_WORDS}\s+(?:[ivx]+|\d{{1,2}}|(?:19|20)\d\d|{_MONTH_NAMES})(?!\w)"
                           rf"(?:\s*[/-]\s*(?:19|20)\d\d)?"
                           rf"|{_MONTH_COUNT}(?!\w)[^\d]*(?:(?:19|20)\d\d)?)(?:\s+[^\d]*)?$")
_CAUSE_ASIDE = re.compile(rf"(?<=\w)\s+[^\d]*?\s+(?:{lexicon.union(lexicon.words('structure', 'consequence_turns'))})"
                          rf"(?=\s|$)")
_SERIES_COPULA = re.compile(rf"\s+(?:{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))})$")
# a ranking's lead before the unit ("tiếp đến là huyện B với 187 hồ sơ")
_CONTRAST_LEAD = re.compile(rf"(?:{lexicon.union(lexicon.words('structure', 'unit_subject_openers'))})\s+")
_RANKING_LEAD = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('structure', 'ranking_words') + lexicon.words('structure', 'sequence_leads'))})"
                           r"\s+(?:là\s+)?")  # ("tiếp đến là …", "rồi …": before the unit's name)
# a clause with no number opening on a counted topic and ending at a comma or colon
_TOPIC_CLAUSE = re.compile(rf"(?:^|[,;:]\s*)(?:{lexicon.union(lexicon.words('structure', 'counted_topics'))})\s+"
                           rf"(?P<noun>[^\d,;:()]+?)\s*[,:]")
_DATES = re.compile(r"(?:\d{1,2}/)?(?:\d{1,2}/)?(?:19|20)\d\d|\d{1,2}/\d{1,2}")  # "năm 2020", "9/2020", "1/7"
_DIGIT = re.compile(r"\d")


def _own_and_next(ctx: Context) -> tuple[str, str]:
    """A count's own words up to the next comma, semicolon, parenthesis or "và", and the piece after them (none after a
    semicolon: "huyện B có 5 hồ sơ; nhiều xã chưa có hồ sơ trực tuyến nào" opens a clause of its own)."""
    end = _PIECE_END.search(ctx.sentence_after)
    if end is None:
        return ctx.sentence_after, ""
    own = ctx.sentence_after[:end.start()]
    return own, "" if end.group() == ";" else _PIECE_END.split(ctx.sentence_after[end.end():], maxsplit=1)[0]


# the states a verb other than receiving gives a count of dossiers
_OTHER_VERBS = tuple(f"dossiers_{state}" for state in ("resolved", "ontime", "early", "late", "pending", "returned"))


def parallel_item(decision: Decision | None, ctx: Context, before: Decision | None,
                  last: Decision | None = None, counted: Decision | None = None) -> Decision | None:
    """A count whose conjunct names only its unit, after a count of the same noun in its sentence whose conjunct named
    what was done ("cấp tỉnh tiếp nhận trực tuyến 9.806 hồ sơ, cấp huyện 7.215 hồ sơ và cấp xã 4.416 hồ sơ", "các huyện
    Giao Thủy (6.204 hồ sơ trực tuyến), huyện Nghĩa Hưng (5.871 hồ sơ)"): the verb and its kind are left out, the count is
    what the one before counts (`before`: the figure right before, decided). A count no rule read, its noun dossiers
    ("…, huyện Hoa Lư 2.905 hồ sơ"), is such a conjunct too; so is a bare count alone in its parenthesis after a unit's
    name, when the count before closed a parenthesis of its own ("Sở A (14.820 hồ sơ), tiếp đến Sở Kế hoạch và Đầu tư
    (8.946)": the noun said once, in the first). A share right after the count before stands aside (`counted`: the
    sentence's last count): "1.236 hồ sơ nộp qua mạng, bằng 0,67% tổng số …; riêng thành phố A có 418 hồ sơ"."""
    if before is not None and counted is not None and before.unit == "percent" \
            and before.metric == catalogue().share_of(counted.metric):
        before = counted
    bare = decision is None and ctx.unit == "count" and ctx.in_paren and _PAREN_BARE.match(ctx.post) \
        and ")" in ctx.sentence_before and last is not None
    if bare:  # (`last`: the figure right before, in its own closed parenthesis, which `before` passes over)
        before, ctx = last, replace(ctx, prev_adjacent=True)
    unread = decision is None and (_unread_dossiers(ctx) or bare) and not is_average(ctx)  # (an average stays none)
    if before is None or before.unit != "count" or before.head != "dossiers" or not ctx.prev_adjacent \
            or not unread and (decision is None or decision.unit != "count" or decision.head != "dossiers"
                               or decision.metric not in GENERIC_DOSSIERS or decision.metric == before.metric):
        return decision
    found = _NAME_BEFORE_PAREN.search(ctx.sentence_before) if bare else _conjunct_label(ctx.pre)  # (a name in
    # a list of parentheses may hold "và": "Sở Kế hoạch và Đầu tư (8.946)")
    label = found.group("label") if found else ""
    label = _AND_LEAD.sub("", label) if bare else label
    lead = _RANKING_LEAD.match(label)
    label = label[lead.end():] if lead else label.strip()
    opener = _CONTRAST_LEAD.match(label)  # "…, còn huyện Hồng Dân có 173 hồ sơ": a contrast opens the last conjunct
    label = label[opener.end():] if opener else label
    # (a part of a kind right after it makes it a whole: "huyện B 29.760 hồ sơ, trực tuyến 6.547 hồ sơ", "huyện C có
    # 2.974 hồ sơ, tỷ lệ trực tuyến chưa đến 1%")
    own, part = _own_and_next(ctx)
    said = dossier_metric(label, label, "", pct=False)
    # (a verb repeated from an earlier count names no other state, but the count right before may be of another verb:
    # "quý I tiếp nhận 104.215 hồ sơ, giải quyết 101.880 hồ sơ; quý II tiếp nhận 118.430 hồ sơ" is received)
    if not (_UNIT_LABEL.match(label) or _PERIOD_LABEL.match(label)) or _too_long(label) \
            or first_head(label + " ") \
            or (said and not repeats_received_verb(label, ctx.sentence_before)) \
            or (said and before.metric.startswith(_OTHER_VERBS)) \
            or dossier_metric(own, "", "", pct=False, kind_only=True) \
            or dossier_metric(part, "", "", pct=False, kind_only=True):
        return decision
    return replace(before, how="inherited")



def topic_kind(decision: Decision | None, ctx: Context) -> Decision | None:
    """A dossier count that names no kind of its own, in a sentence whose topic clause names dossiers of a kind
    ("Trong tổng số hồ sơ trực tuyến, cấp thành phố tiếp nhận 4.152 hồ sơ, còn các phường tiếp nhận 6.233 hồ sơ"):
    a count of that kind."""
    if decision is None or ctx.unit != "count" or decision.metric not in GENERIC_DOSSIERS:
        return decision
    topic = _TOPIC_CLAUSE.search(ctx.sentence_before)
    if topic is None or _DIGIT.search(_DATES.sub(" ", ctx.sentence_before[:topic.end()])):
        return decision  # (a date may come before the topic, no figure)
    found = head_at(" " + topic.group("noun"))
    kind = dossier_metric(topic.group("noun"), "", "", pct=False, kind_only=True) if found and found[0] == "dossiers" else None
    conjunct = _conjunct_label(ctx.pre)
    # (its own words, before or after it, or a part of a kind right after it: "tiếp nhận 487.206 hồ sơ, chỉ có 14.983
    # hồ sơ nộp trực tuyến" is the whole)
    own, part = _own_and_next(ctx)
    words = " ".join([own, conjunct.group("label") if conjunct else "", part])
    if kind is None or dossier_metric(words, "", "", pct=False, kind_only=True):
        return decision
    # ("Trong số hồ sơ nộp qua mạng, …; 614 hồ sơ còn lại ở mức độ 3": the part at its own level)
    level = level_in(own) if kind == "dossiers_online" else None
    return Decision(with_level(kind, level) if level else kind, "count", "dossiers", "topic")


def outcome_rate(ctx: Context, last: Decision | None) -> Decision | None:
    """A percentage whose clause names only an outcome ("Cấp tỉnh: trực tuyến 81,3%", "Cấp xã: đúng hạn 97%"), where
    the paragraph (or the one before) last spoke of dossiers: that outcome's rate."""
    if ctx.unit != "percent" or last is None or last.head != "dossiers" or is_change(ctx):
        return None
    return process_rate(ctx)


_KIND_POINTER = re.compile(rf"\s*(?:{DOSSIER_NOUN}\s+)?{lexicon.group('structure', 'kind_pointers')}(?!\w)")


def pointed_kind(decision: Decision | None, ctx: Context, last: Decision | None) -> Decision | None:
    """A count whose noun points back to a kind ("Cùng kỳ năm 2014, chỉ có 21 hồ sơ loại này đến bằng đường mạng") is
    of the kind of the paragraph's last count of that noun (`last`), when its own words name no kind or a wider one."""
    if last is None or last.unit != "count" or ctx.unit != "count" or not _KIND_POINTER.match(ctx.post):
        return decision
    if decision is None:  # (a count no rule read: "Cùng kỳ năm 2020 toàn tỉnh mới có 315 hồ sơ dạng này")
        named = head_at(ctx.post)
        return replace(last, how="elided") if named and named[0] == last.head else None
    if decision.unit != "count" or decision.head != last.head:
        return decision
    # (not a count its own verb says was received: "Cả năm 2015, sở nhận 212 hồ sơ loại này, chỉ 23 hồ sơ đến qua mạng"
    # points at the procedure, not at the online dossiers counted last)
    wider = (decision.metric in GENERIC_DOSSIERS and dossier_verb_before(ctx.pre) != "dossiers_received") \
        or last.metric.startswith(f"{decision.metric}_")
    return replace(last, how="elided") if wider or decision.metric == last.metric else decision


def compared_count(decision: Decision | None, ctx: Context, counts: Iterable[Decision]) -> Decision | None:
    """A dossier count right after "so với" (perhaps "so với mức"), or a baseline's value ("cùng kỳ năm trước chỉ có
    2.405 hồ sơ", "thấp hơn 2.405 hồ sơ của năm 2014"), naming no kind or verb of its own, is the level compared with
    of the count its sentence compares (the first of `counts`, the sentence's counts latest first): "Nộp qua mạng có
    6.921 hồ sơ, chiếm 1,68%, cao hơn nhiều so với 2.405 hồ sơ cùng kỳ năm 2014"."""
    if not _unread_dossiers(ctx) or decision is not None and (decision.head != "dossiers"
                                                               or decision.metric not in GENERIC_DOSSIERS) \
            or not (ends_in_comparison(ctx.pre) or compared_level(ctx.pre, ctx.post)
                    or compared_dated(ctx.pre, ctx.post)) or says_own_dossiers(ctx.post):
        return decision
    compared = next(iter(counts), None)
    if compared is None or compared.head != "dossiers" or decision is not None and decision.metric == compared.metric:
        return decision
    return replace(compared, how="elided")


_LEVELLED_SHARES = ("dossiers_online_pct", "dossiers_received_pct")
_BASE_WORDS = re.compile(rf"^\s*(?:{lexicon.union(lexicon.words('structure', 'base_markers'))})\s+")


def levelled_part(decision: Decision | None, ctx: Context, counts: Iterable[Decision]) -> Decision | None:
    """A dossier count labelled with a level alone ("…, có 14.206 hồ sơ nộp qua mạng; riêng mức độ 4 có 5.118 hồ sơ")
    is the part at that level of the sentence's last online count (the first of `counts`, latest first): a level is
    a level of online service, whatever verb the sentence said before the label. A percentage so labelled is a share
    at that level (_services_share_at_level, _online_share_at_level)."""
    if ctx.unit == "percent":
        return _services_share_at_level(decision, ctx) or _online_share_at_level(decision, ctx) or decision
    level = level_label(ctx.pre) or level_label(_label_before(ctx))  # (the label read whole: "mức độ 4: 61.020")
    if level not in ("3", "4"):
        return decision
    whole = next(iter(counts), None)
    # (… or a bare number so labelled right after the sentence's online count, or after its part at another level,
    # shares passed over: "Nộp trực tuyến 82.316; Tỷ lệ trực tuyến 48,93%; trong đó mức độ 4: 61.020", "hồ sơ trực
    # tuyến mức độ 3 là 2.105, chiếm 1,14%, mức độ 4 là 318")
    bare = decision is None and ctx.unit == "count" and not own_phrase_after(ctx.post).strip(" .!?") \
        and whole is not None and ctx.prev_metric is not None
    if bare and (whole.metric.startswith("services_level") and whole.metric != f"services_level{level}"
                 or whole.metric == "services_total"):
        # "… 150 dịch vụ mức độ 3, chiếm 9%, mức độ 4 là 40": the services at the other level (… or at a level of the
        # total before: "có 1.702 dịch vụ công trực tuyến, nhưng mức độ 3 mới có 286, mức độ 4 có 41")
        return Decision(f"services_level{level}", "count", "services", "elided")
    bare = bare and whole.metric.startswith("dossiers_online")
    if not (_unread_dossiers(ctx) or bare) or says_own_dossiers(ctx.post) \
            or decision is not None and (decision.head != "dossiers" or decision.metric.startswith("dossiers_online")):
        return decision
    if (whole is None or not whole.metric.startswith("dossiers_online")) and not (decision is None and _NOUN_LEVELLED.search(ctx.pre)):
        return decision  # (with no online count before it, only a label naming the noun at its level: "riêng hồ sơ mức
        # độ 4 có 3.105 hồ sơ" are online dossiers at that level, whatever was counted before)
    return Decision(with_level("dossiers_online", level), "count", "dossiers", "elided")


def _services_share_at_level(decision: Decision | None, ctx: Context) -> Decision | None:
    """After services counted, a share labelled by a level alone is the services' share at that level ("… trên tổng số
    1.694 dịch vụ; mức độ 4 mới chiếm 8,38%", "tổng số dịch vụ … là 1.836, trong đó mức độ 4 chiếm 16,99%"), as is one
    whose base names the services ("…, riêng mức độ 4 mới chiếm 4,06% tổng số dịch vụ"); not with a base of another noun
    ("mức độ 4 chiếm 12% số hồ sơ tiếp nhận")."""
    base = head_at(_BASE_WORDS.sub(" ", ctx.post, count=1))
    if not ((decision is None and (ctx.prev_head == "services" or base is not None and base[0] == "services"))
            or (decision is not None and decision.head == "services")):
        return None
    level = level_label(ctx.pre, "percent")
    levelled = f"services_level{level}_pct"
    if not level or levelled not in catalogue().metrics or (base is not None and base[0] not in ("services", "procedures")):
        return decision
    return Decision(levelled, "percent", "services", "elided")


def _online_share_at_level(decision: Decision | None, ctx: Context) -> Decision | None:
    """A share labelled by a level alone after the online rate is that rate at the level ("tỷ lệ hồ sơ trực tuyến đạt
    37,24%, riêng mức độ 4 chiếm 10,23%"), as is a bare share of all dossiers so labelled ("riêng hồ sơ mức độ 4 bằng
    0,94% tổng số hồ sơ") and, no rate word in the sentence, one right after the online share ("hồ sơ trực tuyến mới
    chiếm 2,57%, riêng mức độ 3 chiếm 2,35%")."""
    after_share = decision is None and ctx.prev_unit == "percent" and ctx.prev_metric in _LEVELLED_SHARES
    if not (after_share or decision and decision.metric in _LEVELLED_SHARES):
        return None
    level = level_label(ctx.pre, "percent")
    if level not in ("3", "4"):
        return decision
    if after_share:
        return Decision(with_level("dossiers_online_pct", level), "percent", "dossiers", "elided")
    return replace(decision, metric=with_level("dossiers_online_pct", level))


# "riêng hồ sơ mức độ 4 có ": the dossier noun, its level, perhaps a copula, right before the number
_NOUN_LEVELLED = re.compile(rf"(?<!\w){DOSSIER_NOUN}\s+{LEVEL_PATTERN.pattern}\s*(?::|{lexicon.union(lexicon.words('metric_words', 'label_copulas'))})?\s*$")


# the noun phrase a parenthesis opens after: the words since the last clause mark, "và" or a list opener ("trong đó")
_PAREN_LABEL = re.compile(r"(?:^|[,;:]|\svà\s)(?P<label>(?:[^,;:()\d]|(?<!\d)\d(?!\d)){3,80}?)\s*\(\s*$")  # (a level's digit)
_LABEL_OPENER = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('structure', 'continuing_openers'))})\s+")


def paren_label(decision: Decision | None, ctx: Context) -> Decision | None:
    """A count opening a parenthesis, its own words its noun alone, after a noun phrase of that noun ("hồ sơ nộp ở mức
    độ 3 (5.874 hồ sơ, 5,22%)", "thủ tục mức độ 3 (187 thủ tục, 11,32%)"): that phrase's count, read as "<phrase> là N"
    (not a unit's name before the parenthesis: "xã A (612 hồ sơ)" is a part, read by its own rules)."""
    if ctx.unit != "count" or not ctx.in_paren or (decision is not None and decision.how != "head"):
        return decision
    own = head_at(ctx.post)
    found = _PAREN_LABEL.search(ctx.sentence_before)
    if own is None or found is None or PHRASE_END.split(ctx.post[own[1]:], maxsplit=1)[0].strip(" )"):
        return decision
    label = found.group("label")
    label = label[opener.end():] if (opener := _LABEL_OPENER.match(label)) else label.strip()
    named = head_at(" " + label)
    if named is None and level_in(label):  # "… mức độ 3 (5.874 hồ sơ) và ở mức độ 4 (412 hồ sơ)": the noun left out
        label, named = f"{CANONICAL[own[0]]} {label}", own
    # (the label's noun is the count's, or names the procedures a count of services is of)
    if named is None or (named[0] != own[0] and (named[0], own[0]) != ("services", "procedures")):
        return decision
    read = _as_labelled(ctx, f"{label} là ")
    return replace(read, how="elided") if read and read.head == named[0] else decision


# "Trong số văn bản đi, 31,48% được gửi …": a topic clause opening on its noun (a pair of nouns may share a comma: "cán
# bộ, công chức"), then, after its comma and perhaps a qualifier, the bare percentage
_SHARE_TOPIC = re.compile(rf"(?:^|[,;:]\s*|\s)(?:{lexicon.union(lexicon.words('structure', 'share_topics'))})\s+"
                          rf"(?P<noun>[^\d;:()]{{3,60}}?),\s*(?:(?:{lexicon.union(cues.QUALIFIER_WORDS)})\s+)?$")


def topic_share(ctx: Context) -> Decision | None:
    """A bare percentage right after a topic clause ("Trong số văn bản đi, 31,48% được gửi dưới dạng điện tử", "trong
    số cán bộ, công chức cấp xã, 85% thường xuyên dùng hộp thư"), its own predicate after it: the share of that noun the
    predicate says, read as "N% <noun> <predicate>"."""
    if ctx.unit != "percent" or head_at(ctx.post) or not _WORD.match(ctx.post.strip()):
        return None
    found = _SHARE_TOPIC.search(ctx.sentence_before)
    if found is None or head_at(" " + found.group("noun")) is None:
        return None
    read = decide(replace(ctx, post=f" {found.group('noun')}{ctx.post}", pre="", sentence_before="",
                          clause_after=f" {found.group('noun')}{ctx.clause_after}"))
    return replace(read, how="elided") if read else None
