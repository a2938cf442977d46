"""Metrics: what a figure counts, decided from the noun after it, the "tỷ lệ X" before it, its verb
and its service level — the vocabulary of ../shared/spec/figures.md.

A count names its thing after the number ("1.687 dịch vụ công trực tuyến", "156.815 hồ sơ"); a
percentage names it after the sign ("95% văn bản …") or in a "tỷ lệ X … đạt N%" subject before it;
a percentage right after a count ("271 … mức 4 (16,06%)", "… chiếm tỷ lệ 3,24%") is that count's
share. All matching is on folded text (`textclean.fold`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..reference.catalogue import catalogue
from ..reference.provinces import canonical_province, province_named
from ..text import lexicon
from ..text.marks import BULLET, LABEL_EDGES
from ..text.numbers import NUMBER_PATTERN
from .context import Context, Decision
from .cues import BOUND_WORDS, ENDS_OUT_OF, NOUN_THEN_OUT_OF, QUALIFIER_WORDS
from .heads import (also_metrics, by_head, email_share_named, email_use_rate, in_use_share, services_by_dossiers,
                    usage_named)
from .nouns import (CANONICAL, DEADLINE_KINDS, DOSSIER_NOUN, DOSSIER_PROCESS, E_DOC, EMAIL, LEVEL_PATTERN,
                    NEXT_LEVEL_LABEL, PHRASE_END,
                    RATE_WORD,
                    SUBMITTED,
                    clause_before, dossier_metric, first_head, head_at, head_name, level_in, other_noun_at,
                    own_phrase_after, own_predicate, pairs_nouns, past_asides, says_own_dossiers, served_level,
                    share_kind, subject, unknown_noun_at)
from .reread import reread

__all__ = ["Context", "DOSSIER_FLOW_START", "Decision", "LEVEL_PATTERN", "also_metrics", "decide", "decide_words",
           "first_head", "group_bound", "group_level", "head_at", "level_in", "leads_share", "level_label", "level_of",
           "level_part", "line_share", "process_rate", "ranking_in", "with_level", "without_level", "whole_framed"]


# "trên" alone standing before a number (cues.ENDS_OUT_OF reads "trên tổng số": two regexes, each opens with what
# the engine can jump to, or is tried at the start only)
_OUT_OF_BARE = re.compile(rf"\s*{lexicon.alternation(lexicon.entry('dossiers', 'out_of_bare'))}\s*$")
# "198 hồ sơ trực tuyến trên 1.204 hồ sơ", "41 hồ sơ trực tuyến trong 968 hồ sơ": the first count's noun phrase alone
# (no verb, no mark) between the two, then "trên"/"trong": out of
_OUT_OF_AFTER_NOUN = re.compile(rf"\s*{NOUN_THEN_OUT_OF}\s*$")
# "đạt 99,85%, tương ứng với 94.839 hồ sơ"; "chiếm 15% tổng số hồ sơ tiếp nhận, tương ứng 27.963 hồ sơ": the
# percentage's base may stand between it and the count behind it
# … but a count in the parenthesis right after the base ("… 61,27% tổng số hồ sơ tiếp nhận (121.296 hồ sơ)") is the base's
_BASE_IN_PAREN = re.compile(rf"\s*(?P<base>{lexicon.alternation(lexicon.entry('structure', 'base_markers'))}\b[^,;:()\d]*)\(\s*$")
# (the word may open a parenthesis: "đạt 23,48% (tương ứng 17.578 hồ sơ)")
_CORRESPONDING = re.compile(rf"(?:\s*{lexicon.alternation(lexicon.entry('structure', 'base_markers'))}\b[^,;:()\d]*)?"
                            rf"\s*,?\s*(?:\(\s*)?{lexicon.alternation(lexicon.entry('dossiers', 'corresponding'))}\s*$")
# … a rate, then the base it is taken out of, then that word: "đạt 56,14% trên tổng số 612.480 hồ sơ tiếp nhận, tức "
_RATE_THEN_BASE = re.compile(rf"\d\s*%\s*{lexicon.alternation(lexicon.entry('dossiers', 'out_of'))}\s+\d[\d.]*"
                             rf"[^\d%;:()]*$")
_RESTATES_RATE = re.compile(rf"(?:^|,)\s*(?:{lexicon.alternation(lexicon.entry('dossiers', 'corresponding'))}"
                            rf"|{lexicon.union(lexicon.words('structure', 'restating_links'))})\s*$")


def _u(key: str, name: str = "metric_words") -> str:
    """A list of a lexicon file as a regex group (a prefix: the grammar here sets the boundaries)."""
    return lexicon.group(name, key)


# A change, not a level: "tăng thêm 12%", "cắt giảm ít nhất 20%", "tăng 15% so với năm 2020".
_CHANGE_BEFORE = re.compile(
    rf"{_u('change.verbs')}(?:\s+{_u('change.particles')})?\s*(?:{_u('change.copulas')}\s*)?"
    rf"(?:{_u('change.qualifiers')}\s+)?\(?\s*$"
    rf"|{_u('change.compared_verbs')}\s+(?:\S+\s+){{0,2}}{_u('change.compared')}"
    rf"(?:(?!\b{_u('change.reached')}\b)[^,;.()])*$"
)
# a pre-check: each branch needs one (flat alternatives, so the engine jumps to their first letters)
_CHANGE_HINT = re.compile(lexicon.branches(lexicon.words("metric_words", "change.verbs"))
                          + "|" + lexicon.branches(lexicon.words("metric_words", "change.compared_verbs")))
# the satisfaction word alone opening the clause right before the number, a label ("– Sở A: 3.417 phiếu; hài lòng
# 98,46%"); not after a degree ("rất hài lòng 41%", "không hài lòng 2%": a part of the answers)
_SATISFACTION_LABEL = re.compile(rf"(?:^|[;:,(–-])\s*{_u('satisfaction.word')}\s*:?\s*$")
_SATISFACTION_SUBJECT = re.compile(  # SIPAS: the satisfaction index (flat alternatives that open with letters)
    lexicon.branches(lexicon.words("metric_words", "satisfaction.subjects"),  # (not of a hospital's patients)
                     # ("Người dân, doanh nghiệp đánh giá hài lòng: 93,12%": a verb of saying between)
                     suffix=rf"(?:\s+{_u('satisfaction.says')})?\s+{_u('satisfaction.word')}"
                            rf"(?!\s+(?:của\s+)?{_u('satisfaction.served_elsewhere')}\b)")
    + "|" + lexicon.branches(lexicon.words("metric_words", "satisfaction.indices")))


def names_satisfaction(text: str) -> bool:
    """The (folded) words name the satisfaction rate or its index ("mức độ hài lòng", "chỉ số SIPAS")."""
    return bool(_SATISFACTION_SUBJECT.search(text))


# (not a rating's other answer: "128 lượt không hài lòng (0,69%)" is no satisfaction rate)
_NOT_NEGATED = "".join(f"(?<!{re.escape(w)} )" for w in lexicon.words("metric_words", "satisfaction.negations"))
_SATISFIED_AFTER = re.compile(rf"\s*(?:(?:{_u('satisfaction.count_words')}\s+)?{_u('satisfaction.people')}"
                              rf"(?:[^.;%]|\.(?=\d)){{0,60}}?|{_u('satisfaction.says')}\s+(?:rất\s+)?)"
                              rf"{_NOT_NEGATED}{_u('satisfaction.word')}")
# … or said after the share, past its parenthesis or apposition: "436 người (88,1%) cho biết hài lòng", "341 hộ, tức
# 82,8%, hài lòng với …" (the predicate of the count before it, and so of its share)
_SATISFIED_PAST_SHARE = re.compile(rf"\s*[),]?\s*(?:{_u('satisfaction.says')}\s+)?(?:rất\s+)?{_u('satisfaction.word')}")
_COUNT_SUBJECT = re.compile(lexicon.alternation(lexicon.words("metric_words", "count_subjects")))
_COUNT_VERB = re.compile(rf"{_u('count_verbs')}\s*(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")  # "… là gần 58.000"
_NOT_AVERAGE = rf"(?!\s+{_u('average_not_before')}\b)"  # "mỗi khi", "mỗi lần": a time, no average
# (after a word of averaging the units may be listed: "bình quân mỗi xã, phường, thị trấn nhận 1.176 hồ sơ"; not after
# "mỗi" alone, each unit's own norm: "mỗi xã, phường được cung cấp 12 dịch vụ")
_AVERAGE_BEFORE = re.compile(rf"{_u('averages')}\b{_NOT_AVERAGE}[^,;]*$|{_u('averages_over_units')}\b[^,;]*"
                             rf"(?:,\s*{_u('average_units', 'scopes')}\b[^,;]*)+$")
_PAREN_COUNT_COMMA = re.compile(r"\(\s*\d[\d.]*\s+[^\W\d_][^\d,;:()]{0,30},\s*$")  # "(5.874 hồ sơ, |5,22%)"
_SHARE_LEAD = re.compile(  # a qualifier word may stand before the number: "chiếm khoảng 3,6%"
    # (an adverb may stand before the verb in the parenthesis: "1.274 hồ sơ mức độ 4 (chỉ bằng 0,69% tổng số hồ sơ)")
    rf"(?:\(\s*(?:(?:{_u('share_lead.adverbs')}\s+)?{_u('share_lead.verbs')}\s+)?(?:{_u('share_lead.rate')}\s+)?\(?"
    rf"|{_u('share_lead.main_verbs')}\s+(?:{_u('share_lead.rate')}\s+)?"
    # ("^": its words start after the comma; a sum word may stand first: "…, cộng lại bằng 2,03% …")
    rf"|(?:,|^)\s*(?:{_u('sum_leads')}\s+)?(?:{_u('share_lead.adverbs')}\s+)?{_u('share_lead.verbs')}\s+"
    rf"(?:{_u('share_lead.adverbs')}\s+)?(?:{_u('share_lead.rate')}\s+)?"  # (an adverb after the verb: "…, tức chỉ 1,72%")
    # (… or a second verb, "tức" restating: "…, tức mới bằng 0,82% tổng số hồ sơ")
    rf"(?:(?<=\s){_u('share_lead.verbs')}\s+(?:{_u('share_lead.adverbs')}\s+)?)?"
    rf"|(?:^|,)\s*(?:{_u('share_lead.rate_before')}\s+)?{_u('share_lead.rate')}\s+(?:{_u('share_lead.rate_modifiers')}\s+)?"
    rf"(?:{_u('share_lead.adverbs')}\s+)?(?:{_u('share_lead.rate_after')}\s+)?"  # ", tỷ lệ mới đạt 1,12%"
    rf"|(?:^|,)\s*(?={_u('share_lead.qualifiers')}\s)"  # "…, trong đó 12.815 hồ sơ trực tuyến, khoảng 2,5%"
    rf"|(?:^|,)\s*{_u('share_lead.bare_adverbs')}\s+)"  # "…, chỉ 0,26%" (its words may start after the comma)
    rf"(?:{_u('share_lead.qualifiers')}\s+)?\s*$"
)
_QUALIFIER_LEAD = re.compile(rf"[,\s]*{_u('share_lead.qualifiers')}\s*")  # a share lead that is a qualifier alone
_ADVERB_LEAD = re.compile(rf"[,\s]*{_u('share_lead.bare_adverbs')}\s+(?:{_u('share_lead.qualifiers')}\s*)?")
_RANK_CONTEXT = re.compile(_u("context", "ranks"))
_RANKING_NAMES = {metric: tuple(phrases) for metric, phrases in lexicon.kinds("ranks", "rankings")}  # in order
_RANKINGS = tuple((metric, re.compile(lexicon.union(list(phrases)))) for metric, phrases in _RANKING_NAMES.items())
# "xếp hạng thứ 25", "xếp thứ 12", "hạng 37", "vị trí số 12" right before the number
_ORDINAL = re.compile(rf"{_u('rank_words', 'numbers')}\s+{_u('ordinal', 'numbers')}\s*$"
                      rf"|{_u('place_words', 'ranks')}\s+(?:{_u('number_sign', 'numbers')}\s+)?$"
                      rf"|\(\s*{_u('ordinal', 'numbers')}\s*$")  # "Bình Định (thứ 17)": a place's rank in its parenthesis
_BARE_ORDINAL = re.compile(rf"(?<!\w){_u('ordinal', 'numbers')}\s*$")  # "… và thứ " right before a place out of all
_ORDINAL_HINT = re.compile(lexicon.branches(lexicon.words("numbers", "rank_words")) + "|"  # a pre-check: _ORDINAL needs one
                           + lexicon.branches(lexicon.words("ranks", "place_words")) + "|"
                           + lexicon.branches(lexicon.words("numbers", "ordinal")))
_TOP_GROUP = re.compile(rf"{_u('top_groups', 'ranks')}\s+$")
_TOP_GROUP_AFTER = re.compile(rf"\s*{_u('top_group_places', 'ranks')}[^.;]*{_u('leading', 'ranks')}")
_RANKED_PLACE = re.compile(rf"\s*{_u('ranked_places', 'ranks')}")


_COMPONENT = re.compile(_u("components", "ranks"))
_COMPONENTS = re.compile(_u("component_frames", "ranks"))


def _rank(ctx: Context) -> str | None:
    """The ranking a place belongs to, from the words of its sentence; none for a component of an index."""
    # the ranking named in the place's own clause first ("…; năm 2021, tỉnh xếp thứ 24/63 về Chỉ số chuyển đổi số (DTI)"
    # after an ICT Index clause), else anywhere in its sentence
    # (a ranking the rank's own words name right after it, "thứ 3/63 về Chỉ số ICT Index", first; and none named after a
    # comparison: "DTI năm 2021: tỉnh xếp hạng 30/63, tiến 15 bậc so với thứ hạng ICT Index năm 2020" is a DTI rank)
    after = re.split(r";", ctx.clause_after[:120])[0]
    compared = _COMPARED.search(after)
    after = after[:compared.start()] if compared else after
    if _COMPONENTS.search(ctx.sentence_before) or (_component_ranked(ctx.sentence_before) and not _ranking_of(after)):
        return None
    if _foreign_ranking(after):
        return None  # "… đứng thứ 21/63 về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)": a ranking not ours
    own = re.split(r";", ctx.sentence_before)[-1] + " " + after
    for context in (own, ctx.sentence_before + " " + after):
        named = _ranking_of(after, ctx.sentence_before) \
            or next((metric for metric, p in _RANKINGS if p.search(context)), None)
        if named:
            return named
    # "… (ICT Index 2018). Theo báo cáo, tỉnh xếp thứ 32/63": the ranking named last before, in its paragraph,
    # else the one the headline names (an article about one ranking: "Bắc Ninh xếp thứ 6/63 về ICT Index …");
    # "Ở bảng thứ nhất, …": the first (or second) one named there
    pointed = _POINTER.search(ctx.sentence_before)
    for before in (ctx.context_before, ctx.title) if pointed else ():
        distinct = list(dict.fromkeys(metric for _, _, metric in _rankings_named(before)))  # in order of mention
        at = 0 if pointed.group("first") else 1
        if len(distinct) > at:
            return distinct[at]
    # (… else the one the paragraph before names last, for a bare place: "Theo … Vietnam ICT Index 2018, tỉnh xếp thứ
    # 38/63. ¶ Năm 2017, tỉnh chỉ xếp thứ 57/63"; not when its sentence names an index of its own, "Chỉ số SIPAS …
    # đứng thứ 22/63", or ranks what a figure before it counts, "… có 237 dịch vụ …, đứng thứ 55 trong 63 tỉnh")
    bare = ctx.prev_unit in (None, "rank") and not _INDEX_WORD_OR_NAME.search(ctx.sentence_before + " " + after) \
        and not _POINTS_BACK.search(ctx.sentence_before)  # ("Ở nhóm này, tỉnh xếp thứ 31/63": a part named before)
    for before in (ctx.context_before, ctx.title, ctx.paragraph_before if bare else ""):
        named = _rankings_named(before)
        if named:
            return max(named, key=lambda n: (n[1], -n[0]))[2]  # the name ending last, the longest of those ending there
    # (… else the one index the article named before, far off: "Trong cùng bảng xếp hạng, tỉnh láng giềng Phú Yên
    # (35/63) …" paragraphs after "Vietnam ICT Index 2017")
    return ctx.article_ranking if bare else None


_INDEX_NAME = re.compile(rf"(?<!\w){_u('index_names', 'periods')}(?!\w)")


def _foreign_ranking(after: str) -> bool:
    """A rank's own words right after it name, before any of ours, an index no ranking of ours is ("về Chỉ số năng lực
    cạnh tranh cấp tỉnh (PCI)", "theo SIPAS")."""
    of = _RANK_OF.match(after)
    if not of or _ranking_of(after):
        return False
    named = index_rankings(PHRASE_END.split(after[of.end("of"):], maxsplit=1)[0])
    return bool(named) and named[0][1] is None


def index_rankings(text: str) -> list[tuple[int, str | None]]:
    """(start, ranking) of every index named by its name in a (folded) text ("ict index", "dti", "sipas"), the ranking
    None for an index no ranking of ours is ("sipas", "pci")."""
    return [(m.start(), ranking_in(m.group())) for m in _INDEX_NAME.finditer(text)]


def _component_ranked(before: str) -> bool:
    """The words before a rank in its sentence name a component of an index: in its own clause (a decimal comma cuts
    none: "Hạ tầng kỹ thuật đạt 0,2871 điểm và xếp thứ …"), or earlier in a sentence that names no ranking ("Yếu nhất
    là hạ tầng nhân lực, chỉ 0,2390 điểm, xếp thứ …")."""
    if _COMPONENT.search(clause_before(before)):
        return True
    return bool(_COMPONENT.search(before)) and ";" not in before and not any(p.search(before) for _, p in _RANKINGS)


_POINTS_BACK = re.compile(rf"(?<!\w){_u('pointers_back', 'ranks')}(?!\w)")
_INDEX_WORD_OR_NAME = re.compile(rf"(?<!\w)(?:{_u('index_words', 'periods')}|{_u('index_names', 'periods')})(?!\w)")


def _rankings_named(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ranking) of every ranking's name in text, in order, overlapping names included ("mức độ sẵn sàng"
    and "sẵn sàng cho phát triển và ứng dụng công nghệ thông tin" in the ICT Index's full name); none inside the name
    of an index's component ("ứng dụng công nghệ thông tin trong cơ quan nhà nước" is a part of the ICT Index)."""
    parts = [m.span() for m in _COMPONENT.finditer(text)]
    return sorted(((m.start(), m.end(), metric) for metric, p in _RANKINGS for m in _overlapping(p, text)
                   if not any(a <= m.start() and m.end() <= b for a, b in parts)), key=lambda n: (n[0], -n[1]))


def _overlapping(pattern: re.Pattern, text: str) -> Iterator[re.Match[str]]:
    """Every match of the pattern, one at each start, overlapping ones included."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


_POINTER = re.compile(rf"(?<!\w){_u('ranking_pointers', 'ranks')}\s+(?:(?P<first>{_u('first_named', 'ranks')})"
                      rf"|{_u('second_named', 'ranks')})(?!\w)")


def ranking_in(text: str) -> str | None:
    """The ranking a (folded) phrase names ("ict index 2022" -> ict_index_rank), else None."""
    return next((metric for metric, p in _RANKINGS if p.search(text)), None)


def _ranking_of(after: str, before: str = "") -> str | None:
    """The ranking a rank's own words name right after it ("… thứ 3/63 về Chỉ số Vietnam ICT Index"), else None.
    Own words that only repeat part of the full name of a ranking the sentence named before defer to it ("Trong Vietnam
    ICT Index 2016, tỉnh đứng thứ 31/63 về ứng dụng công nghệ thông tin …": the end of the ICT Index's full name)."""
    of = _RANK_OF.match(after)
    if not of:
        return None
    # past the fillers ("về chỉ số ICT Index"), or at a word among them when the ranking's name opens with one ("về
    # bộ Chỉ số cải cách hành chính")
    starts = [of.end("of") + m.end() for m in _WORD_STARTS.finditer(after[of.end("of"):of.end()])]
    found = next(((metric, m.group()) for metric, p in _RANKINGS for at in starts if (m := p.match(after, at))), None)
    if found is None:
        return None
    named_before = {metric for _, _, metric in _rankings_named(before)} - {found[0]}
    return next((metric for metric in named_before
                 if any(found[1] in name and found[1] != name for name in _RANKING_NAMES[metric])), found[0])



_WORD_STARTS = re.compile(r"^|\s+")
_RANK_OF = re.compile(rf"\s*(?:{_u('rank_of', 'ranks')})\s+(?P<of>)(?:(?:{_u('rank_of_fillers', 'ranks')})\s+)*")
_COMPARED = re.compile(_u("change.compared"))


_LEVELLED = re.compile(r"level(?:34|3plus|[1-4])")


def level_of(metric: str) -> str | None:
    """The service level a metric's name carries ("3" for "dossiers_online_level3"), else None."""
    found = _LEVELLED.search(metric)
    return found.group()[len("level"):] if found else None


def with_level(metric: str, level: str) -> str:
    """The same metric at another service level (dossiers at levels 3 and 4 together are 'online')."""
    if metric.startswith("dossiers_online"):
        base = "dossiers_online" if level in ("34", "3plus") else f"dossiers_online_level{level}"
        return base + ("_pct" if metric.endswith("_pct") else "")
    return _LEVELLED.sub(f"level{level}", metric)


# "mức độ 2: 1.512 dịch vụ", "trong đó mức độ 4 là 687 dịch vụ", "riêng hồ sơ mức độ 4 có 1.105 hồ sơ"
_LEVEL_LABEL_OPENS = rf"(?:^|[:;,(]|{_u('label_openers')})\s*(?:{_u('label_prepositions')}\s+)?(?:{DOSSIER_NOUN}\s+)?" \
                     rf"{_u('level_words', 'numbers')}\s*"
_LEVEL_LABEL = re.compile(rf"{_LEVEL_LABEL_OPENS}\S+\s*(?::|{_u('label_copulas')})?\s*$")
# … a share's verb for a percentage ("riêng mức độ 4 chiếm 10,23%"); no level closing a parenthesis: "(… 94 hồ sơ mức
# độ 4), chiếm 3,23%" is the share of the whole before it
_LEVEL_SHARE_LABEL = re.compile(rf"{_LEVEL_LABEL_OPENS}\w+\s*(?::|(?:{_u('share_lead.adverbs')}\s+)?"
                                rf"(?:{_u('share_lead.verbs')}|{_u('label_copulas')}))?\s*$")
_RATE_AT_LEVEL = re.compile(rf"{RATE_WORD.pattern}\s+{_u('level_words', 'numbers')}\s*[1-4](?!\d)")  # "tỷ lệ mức độ 4 …"
# "số TTHC được cung cấp trực tuyến mức độ 3 là 302 thủ tục": a level then a copula right before the number labels it
_LEVEL_THEN_COPULA = re.compile(rf"{_u('level_words', 'numbers')}\s*\S+\s*(?::|{_u('label_copulas')})\s*$")


_LABEL_CUT = re.compile(r"[\d,;:]")
_END_THEN_NOUN = re.compile(rf"[^,;.()]{{0,40}}?\b{_u('change.to')}\s+[\d.,]+\s*%?(?P<noun>[^,;.()\d]*)")


def _range_start(ctx: Context) -> Decision | None:
    """The starting level of a from-to pair that names its noun only after its end ("tăng từ 173 lên 862 dịch
    vụ", "số tài khoản từ 6.214 lên 7.058 tài khoản"), or only in the label before it ("Hồ sơ trực tuyến: từ 4,7% lên
    23,6%"): read as the end would be."""
    start = _FROM_END.search(ctx.pre)
    end = _END_THEN_NOUN.match(ctx.post + ctx.clause_after[len(ctx.post):]) if start else None
    if end is None:
        return None
    read = _percentage if ctx.unit == "percent" else _count  # a start level, no change (is_change knows the pair)
    found = read(replace(ctx, post=" " + end.group("noun").strip())) if end.group("noun").strip() else None
    label = _LABEL_CUT.split(ctx.pre[:start.start()].rstrip(" :"))[-1].strip()  # "Hồ sơ trực tuyến: từ …"
    if found is None and ctx.unit == "percent" and label and not RATE_WORD.search(label):
        found = _percentage(replace(ctx, pre=f"tỷ lệ {label} đạt ", sentence_before=f"tỷ lệ {label} đạt "))
    return replace(found, how="start") if found else None  # dated a period before its end (extract.py)


def decide_words(pre: str, unit: str) -> Decision | None:
    """The metric the words before a number give on their own, as a sentence would say them ("tỷ lệ hồ sơ trực tuyến
    đạt ", "số hồ sơ tiếp nhận là "): a caption's, a cell's, a rate named with no figure."""
    return decide(Context(unit=unit, pre=pre, post="", clause_after="", sentence_after="", sentence_before=pre,
                          in_paren=False, prev_metric=None, prev_unit=None, prev_head=None, prev_in_clause=False))


def decide(ctx: Context) -> Decision | None:
    """The metric of one figure; a level named between it and the previous figure overrides an
    inherited one ("mức độ 3 là 12.345 hồ sơ, mức độ 4 là 6.789 hồ sơ"; "riêng mức độ 4 đạt 20,1%")."""
    ctx = reread(ctx)
    labelled = _item_label(ctx)
    if labelled:
        return labelled
    line = _line_before(ctx.sentence_before)
    if len(line) < len(ctx.sentence_before) and (label := _LINE_LABEL.match(line)) \
            and (first_head(label.group("label")) or RATE_WORD.search(label.group("label"))):
        ctx = replace(ctx, sentence_before=line)  # "…; - Văn bản điện tử: 100%": a bullet line labelled its own way
    decision = _decide(ctx)
    if decision and decision.how == "head" and _SERIES_OPENED.search(ctx.sentence_before) \
            and _noun_and_time_alone(ctx.post):
        decision = _range_end(ctx) or decision  # "từ 1.204 hồ sơ năm 2013 lên 3.518 hồ sơ năm 2014": the series' own
    decision = decision or _range_end(ctx) or _range_start(ctx)
    # the level named in this figure's own phrase, not in the previous figure's ("80 dịch vụ mức 4, giảm xuống 12";
    # "612 dịch vụ mức độ 4 trên tổng số 1.853 dịch vụ": the base names no level)
    own_level = None if ctx.after_count and ENDS_OUT_OF.search(ctx.pre) else level_in(PHRASE_END.split(ctx.pre)[-1])
    # (a level after a coordinator is the next conjunct's: "mức độ 3 là 211 và mức độ 4 là 36")
    if own_level and not level_in(own_phrase_after(ctx.post)):
        # (… or the online dossiers a label before its copula puts at a level: "hồ sơ mức độ 3 là 10.842 và …")
        if decision and decision.how != "head" and (_LEVELLED.search(decision.metric) or (
                decision.how == "subject" and decision.metric in ("dossiers_online", "dossiers_online_pct")
                and own_level in ("3", "4") and (_LEVEL_THEN_COPULA.search(ctx.pre)
                                                 or _RATE_AT_LEVEL.search(PHRASE_END.split(ctx.pre)[-1])))):
            return Decision(with_level(decision.metric, own_level), decision.unit, decision.head, decision.how)
        if decision and decision.how == "head" and decision.metric == "dossiers_online" \
                and own_level in ("3", "4") and _LEVEL_THEN_COPULA.search(ctx.pre):
            # "Số hồ sơ nộp ở mức độ 4 là 3.118 hồ sơ": dossiers sent at an online level, labelled before the copula
            return Decision(with_level("dossiers_online", own_level), decision.unit, decision.head, decision.how)
        if ctx.prev_metric and _LEVELLED.search(ctx.prev_metric) and (decision is None or decision.how == "head") \
                and not (decision is None and is_change(ctx)):  # "… mức độ 3 (tăng 1.127 hồ sơ)": a change, no level
            same_unit = (ctx.prev_unit == "percent") == (ctx.unit == "percent")
            if same_unit and (decision is None or decision.head == ctx.prev_head):
                return Decision(with_level(ctx.prev_metric, own_level), decision.unit if decision else ctx.prev_unit,
                                ctx.prev_head, "inherited")
        if decision and decision.how == "head" and decision.metric in ("services_total", "procedures_total") \
                and (_LEVEL_LABEL.search(ctx.pre) or _LEVEL_THEN_COPULA.search(ctx.pre)):
            # "mức độ 2: 1.512 dịch vụ", "trong đó mức độ 4 là 687 dịch vụ": the label names the level
            return Decision(f"services_level{own_level}" + ("_pct" if ctx.unit == "percent" else ""),
                            decision.unit, decision.head, "head")
    if decision and decision.metric in _PARTS_OF_ONLINE_PCT and _within_online(ctx):
        return None  # "… toàn trình là 33.904, chiếm 60,51% hồ sơ trực tuyến": a share within the online dossiers
    return _level_after_share(decision, ctx)


def _level_after_share(decision: Decision | None, ctx: Context) -> Decision | None:
    """A rate of the online dossiers whose number a level follows ("đạt 11,08%, gồm 8,71% ở mức độ 3 và 2,37% ở mức
    độ 4"): the share at that level."""
    if decision is None or ctx.unit != "percent" or decision.metric != "dossiers_online_pct":
        return decision
    level = level_in(m.group()) if (m := _LEVEL_AFTER.match(ctx.post)) else None
    return replace(decision, metric=with_level(decision.metric, level)) if level in ("3", "4") else decision


# "chiếm 60,51% hồ sơ trực tuyến", "bằng 14,14% số hồ sơ trực tuyến": a share verb, then the online dossiers as the base
_SHARE_VERB_END = re.compile(rf"(?<!\w)(?:{_u('share_lead.base_verbs')}"
                             rf"|(?P<restating>{_u('share_lead.restating_base_verbs')}))"
                             rf"\s+(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?$")


# what a share or a count within the online dossiers was read as when its words name no more ("… nộp hộ, chiếm 27,75%
# số hồ sơ trực tuyến")
_PARTS_OF_ONLINE_PCT = ("dossiers_online_pct", "dossiers_received_pct")
PARTS_OF_ONLINE = ("dossiers_online", "dossiers_received")
# a count's own share right after it: ", bằng 12,6% ", ", chiếm khoảng 21,37% "
_OWN_SHARE_AFTER = re.compile(rf"\s*,?\s*(?:{_u('share_lead.adverbs')}\s+)?"
                              rf"(?:{_u('share_lead.base_verbs')}|{_u('share_lead.restating_base_verbs')})\s+"
                              rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?(?P<number>{NUMBER_PATTERN})\s*%")


# … or that share later in the sentence, a comma before its verb and no number or sentence mark between
_SHARE_LATER = re.compile(rf"[^\d;.()]*?,{_OWN_SHARE_AFTER.pattern}")


def part_of_online(ctx: Context) -> bool:
    """A count whose own share, right after its words, is measured against the online dossiers: a part of them (by a
    channel, an app, or a unit's: extract.py keeps those with a scope), not all of them."""
    # (… or later in the sentence, past clauses that go on describing it, no number between: "2.917 hồ sơ được gửi vào
    # thứ Bảy, Chủ nhật hoặc ngoài giờ hành chính, chiếm 16% số hồ sơ nộp qua mạng")
    share = _OWN_SHARE_AFTER.match(ctx.sentence_after, len(own_phrase_after(ctx.sentence_after))) \
        or _SHARE_LATER.match(ctx.sentence_after)
    return share is not None and _within_online(replace(ctx, unit="percent", pre=ctx.sentence_after[:share.start("number")],
                                                        post=ctx.sentence_after[share.end():]))


def _within_online(ctx: Context) -> bool:
    """A percentage measured against the online dossiers (its share verb, then their noun as its base): a share within
    them, not the online share."""
    base = ctx.post.lstrip(" %")
    verb = _SHARE_VERB_END.search(ctx.pre)
    if head_name(base) != "dossiers" or not verb:
        return False
    if verb.group("restating") and not _COUNT_OF.match(" " + base):
        return False  # ("một nửa, tức 50% hồ sơ được nộp trực tuyến": the rate's own words, no base)
    words = _OF_OWNER.split(own_phrase_after(base), maxsplit=1)[0]  # (not "hồ sơ của các thủ tục có … trực tuyến")
    return dossier_metric(words, words, "", pct=False) == "dossiers_online"


_OF_OWNER = re.compile(rf"\s(?:{_u('base_owner_links', 'structure')})\s")  # what is said after it is the owner's


_CRITERIA = tuple(re.compile(rf"(?<!\w){lexicon.union(phrases)}(?!\w)")
                  for _, phrases in lexicon.kinds("metric_words", "satisfaction.criteria"))
_CLAUSE_MARKS = re.compile(r"[;:,]")
_SATISFIED_WORD = re.compile(_u("satisfaction.word"))


def satisfaction_criterion(ctx: Context) -> str | None:
    """The criterion of the satisfaction index a share's own clause names (its last), in a sentence that names two or
    more ("hài lòng về tiếp cận dịch vụ đạt 83,1%; về thủ tục hành chính đạt 82,8%"): that criterion's share."""
    own = _CLAUSE_MARKS.split(ctx.sentence_before)[-1]
    own = own[max((m.end() for m in _SATISFIED_WORD.finditer(own)), default=0):]  # after "hài lòng": its object
    found = [m for c in _CRITERIA for m in c.finditer(own)]
    sentence = ctx.sentence_before + " " + ctx.sentence_after
    said = _SATISFIED_WORD.search(sentence)  # the criteria listed from the satisfaction word on
    if not found or sum(1 for c in _CRITERIA if c.search(sentence, said.start() if said else 0)) < 2:
        return None
    return max(found, key=lambda m: m.start()).group()


_BARE_RATE_LEAD = re.compile(rf",\s*{_u('share_lead.rate')}\s*$")


def ends_out_of(text: str, bare: bool = False) -> bool:
    """The words between two counts make the second the base of the first: "… hộp thư trên tổng số " (`bare`: or they
    are "trên" alone, "51.574 trên 58.202 hồ sơ")."""
    return bool(ENDS_OUT_OF.search(text) or bare and _OUT_OF_BARE.fullmatch(text))


def leads_share(ctx: Context) -> bool:
    """The words before a percentage make it the share of the count before it: "chiếm 3,6%", ", đạt 39%",
    ", tỷ lệ 33,03%"."""
    return ctx.unit == "percent" and bool(_SHARE_LEAD.search(ctx.pre) or _BARE_RATE_LEAD.search(ctx.pre))


# a level and its joiner right before a label's level ("mức độ 3 và | mức độ 4 chiếm 18,94%": both levels)
# (the joiner may open the label itself: "… mức độ 3 | và mức độ 4 chiếm")
_LEVEL_JOINED_BEFORE = re.compile(rf"(?:{_u('level_words', 'numbers')})\s*(?:[1-4]|iv|iii|ii)\s*"
                                  rf"(?:{_u('level_joiners', 'numbers')})?\s*$")


def level_label(pre: str, unit: str = "count") -> str | None:
    """The level an item's label names right before its number ("(mức độ 3: 3.256", "trong đó mức độ 4 là 57"; a
    share's verb for a percentage: "riêng mức độ 4 chiếm 10,23%"; "mức độ 3 và mức độ 4 chiếm 18,94%": both)."""
    label = (_LEVEL_SHARE_LABEL if unit == "percent" else _LEVEL_LABEL).search(pre)
    if label is None:
        return None
    joined = _LEVEL_JOINED_BEFORE.search(pre, 0, label.start())
    return level_in(pre[joined.start() if joined else label.start():])  # (its own level, not one named before it)


def level_part(decision: Decision | None, ctx: Context) -> Decision | None:
    """A dossier count labelled with a service level ("riêng mức độ 4: 3.918", "(trong đó, mức 3 là 36.753 hồ sơ, mức 4
    là …)") is the part at that level of what it counts, when the catalogue names that part (received: only of
    dossiers named as the online services', dossiers.yml service_dossiers; else its online channel at that level);
    else no figure of its own."""
    if not (decision and decision.head == "dossiers" and decision.unit == "count") or _LEVELLED.search(decision.metric):
        return decision
    own_level = level_in(ctx.pre)
    if not own_level or level_in(ctx.post) or not _LEVEL_LABEL.search(ctx.pre):
        return decision
    levelled = f"{decision.metric}_level{own_level}" if decision.metric != "dossiers_online" else None
    if decision.metric == "dossiers_received" and not _SERVICE_DOSSIERS.search(ctx.sentence_before):
        levelled = None  # ("Hồ sơ gửi qua mạng còn ít: ở mức độ ba có 1.215 hồ sơ": no services' dossiers named)
    levelled = levelled or with_level("dossiers_online", own_level)
    return replace(decision, metric=levelled) if levelled in catalogue().metrics else None


_SERVICE_DOSSIERS = re.compile(rf"(?<!\w){_u('service_dossiers', 'dossiers')}(?!\w)")


_BASE_AFTER = re.compile(rf"\s*{lexicon.alternation(lexicon.entry('structure', 'base_markers'))}")
_BASE_ONLY = re.compile(rf"{_BASE_AFTER.pattern}\s*$")
_RECEIVED_BASE = re.compile(rf"\s*{DOSSIER_NOUN}\s+"
                            rf"{lexicon.union(lexicon.words('dossiers', 'verbs.received_after_noun'))}\s*(?:[.;,)]|$)")


def is_share_base(ctx: Context) -> bool:
    """The count is the base a percentage right before it is of: "chiếm 26,74% tổng số 1.986 thủ tục"."""
    return ctx.unit == "count" and ctx.prev_unit == "percent" and ctx.prev_in_clause and bool(_BASE_ONLY.match(ctx.pre))


_OPENER_AT = re.compile(rf"\s*(?:(?:{_u('of_which')}|{_u('respectively_openers', 'structure')})\s*,?\s*)?")
_NOUN_THEN_SHARE = re.compile(rf"{_u('noun_then_share.verbs')}\s*(?:{_u('noun_then_share.rate')}\s*)?"
                              rf"(?:{_u('noun_then_share.qualifiers')}\s+)?$")
# (flat alternatives that open with a mark or a letter: the regex engine jumps to those)
# (the comma between two levels, "mức độ 3, 4", splits nothing)
_CLAUSE_START = re.compile(r",(?!(?<=\b[2-4],)\s?[2-4]\b)|;|:|\(|\||" + lexicon.word_starts(
    [*lexicon.words("metric_words", "of_which"), *lexicon.words("metric_words", "clause_openers"),
     *lexicon.words("metric_words", "speech_verbs")], suffix=r"\b"))


@lru_cache(maxsize=1024)
def _clauses(pre: str) -> tuple[str, ...]:
    """The clauses of a figure's words before it, split once (several percentage rules read them); a comma joining
    paired words ("văn bản đi, đến giữa các cơ quan") or listing those "giữa" (between) names up to its "và" ("giữa các
    sở, ngành và UBND cấp huyện") splits none."""
    cuts = [m for m in _CLAUSE_START.finditer(pre)
            if not (m.group() == "," and (pairs_nouns(pre, m.start()) or _between_list(pre, m.start(), m.end())))]
    return tuple(pre[a:b] for a, b in zip([0, *(m.end() for m in cuts)], [*(m.start() for m in cuts), len(pre)]))


_TIME_WORDS = [*lexicon.words("periods", "year"), *lexicon.words("periods", "quarter"), *lexicon.words("periods", "month")]
# "năm 2024 ", "quý iii/2024 ", "11 tháng năm 2017 ", "6 tháng đầu năm 2024 " (a count of months before its year);
# or a period named from now: "năm ngoái ", "tháng trước " (numbers.yml period_deixis)
_TIME_LEAD = re.compile(rf"^\s*(?:\d{{1,2}}\s+{_u('month', 'periods')}\s+(?:{_u('year_parts', 'periods')}\s+)?)?"
                        rf"{lexicon.union(_TIME_WORDS)}\s+(?:[\divx]+(?:\s*/\s*\d+)?|{_u('period_deixis', 'numbers')}(?!\w))\s*")


_COORDINATED_LEAD = re.compile(rf"^\s*{_u('coordinators', 'structure')}\s+")
_CONNECTIVE_LEAD = re.compile(rf"^\s*{_u('connectives', 'structure')}\s*,?\s+")
# a quantity before the noun, maybe with its qualifier and a plural marker: "gần như toàn bộ", "hầu hết các"
_QUANTITY_LEAD = re.compile(rf"^\s*(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?{_u('spelled_quantities', 'structure')}\s+"
                            rf"(?:{_u('plural_markers', 'numbers')}\s+)?")
_COORDINATOR_WORD = re.compile(rf"(?<!\w){_u('coordinators', 'structure')}\s+")


_UNIT_LEADS = re.compile(rf"\s*{_u('unit_words', 'structure')}(?!\w)")
_UNIT_ENDS = re.compile(rf"(?<!\w){_u('unit_words', 'structure')}\s*$")


def _units_joined(parts: tuple[str, ...]) -> tuple[str, ...]:
    """Clauses with the commas of a list of units put back, the list inside a noun phrase of ours ("Văn bản … giữa UBND
    huyện với các xã, thị trấn dưới dạng điện tử đã đạt 92%"; not a group of units: "3/13 huyện, thị xã … vẫn dưới
    50%")."""
    joined = list(parts)
    while len(joined) > 1 and _UNIT_ENDS.search(joined[-2]) and _UNIT_LEADS.match(joined[-1]) \
            and (first := first_head(joined[-2] + " ")) is not None and head_name(first + " ") != "agencies":
        joined[-2:] = [joined[-2] + "," + joined[-1]]
    return tuple(joined)


def _noun_subject(ctx: Context) -> Decision | None:
    """A percentage whose subject is the noun phrase of its own clause, with no "tỷ lệ":
    "…, trong đó hồ sơ trực tuyến chiếm 78,6%" is the online share, not the share of the count before."""
    # (an aside closed before the verb is none of the subject's words: "Văn bản … dưới dạng điện tử (trừ văn bản mật)
    # đạt 97,8%")
    parts = _units_joined(_clauses(_CLOSED_PAREN.sub(" ", ctx.pre) if ")" in ctx.pre else ctx.pre))
    tail = parts[-1]
    if len(parts) == 1 and not ctx.pre_cut and ctx.prev_adjacent and ctx.prev_unit == "count":
        # "50.911 hồ sơ chiếm 39%": the noun is the count's own; the share is the count's (unless another noun is
        # joined after the count, its own subject: "có 60 thủ tục mức độ 4 và hồ sơ qua mạng đạt 5%")
        joined = next(reversed(list(_COORDINATOR_WORD.finditer(tail))), None)  # the last coordinator
        other = head_at(tail[joined.end() - 1:]) if joined else None
        if other is None or other[0] == "agencies":
            return None
        tail = tail[joined.start():]
    if _subject_before_comma(ctx, parts):
        tail = parts[-2] + "," + tail
    elif (subject := _subject_past_aside(parts, whole_sentence=ctx.pre == ctx.sentence_before)):
        tail = subject + "," + tail
    # "hồ sơ qua mạng chưa tới 2%": the bound is no predicate; it stands for the verb ("văn bản điện tử chưa đến 30%")
    # (not right after the figure before in its clause: "100% cán bộ được cấp hộp thư và trên 90% thường xuyên sử
    # dụng" shares that figure's noun)
    bounded = _BOUND_END.search(tail) is not None and (len(parts) > 1 or ctx.pre_cut or ctx.prev_metric is None)
    tail = _coordinated_subject(_BOUND_END.sub(" ", tail))
    # "Năm 2024 hồ sơ trực tuyến đạt 44,77%": a time phrase, then the noun; "… lên 75% và hài lòng của người dân đạt
    # trên 95%": a noun coordinated after the figure before it, with a verb of its own
    # (after a connective: "…; như vậy hồ sơ qua mạng chiếm 4,8%")
    # (… or a quantity of them: "hầu hết hồ sơ được giải quyết đúng hạn, tỷ lệ 99%")
    found = head_at(_QUANTITY_LEAD.sub(" ", _TIME_LEAD.sub("", _CONNECTIVE_LEAD.sub("", tail))))
    own = tail
    if found is None and _COORDINATED_LEAD.match(tail):
        own = _COORDINATED_LEAD.sub(" ", tail)  # (its own words: "…, còn hồ sơ mức độ 4 chiếm 0,54%" is of level 4)
        found = head_at(own)
        found = None if found and found[0] == "agencies" else found  # "…, còn tỉnh B đạt 58%": a unit, the same rate
    if (found is None or found[0] == "agencies") and (plan := _PLAN_LEAD.search(tail)):
        found = head_at(tail[plan.end():])  # "tỉnh đặt mục tiêu hồ sơ trực tuyến đạt trên 65%", "Phấn đấu hồ sơ …"
    raised = _RAISED.search(tail) if found is None or found[0] == "agencies" else None
    if raised:  # "… phấn đấu đưa hồ sơ trực tuyến lên 12%": the object raised
        own = f" {raised.group('noun')} "
        found = head_at(own)
    share = _NOUN_THEN_SHARE.search(tail) or raised
    bare = _CONNECTIVE_LEAD.sub("", tail)
    elided = _ELIDED_SUBJECT.match(bare) if found is None and share else None
    if elided:  # "…, số nộp qua mạng chiếm 11,77%": the dossiers of that kind, their noun left out
        kind = share_kind(" hồ sơ " + _NOUN_THEN_SHARE.sub("", bare[elided.end():]))
        return Decision(kind, "percent", "dossiers", "subject") if kind else None
    labelled = share_kind(tail) \
        if found and not share and found[0] == "dossiers" and not RATE_WORD.search(tail) else None
    if labelled:  # "Hồ sơ được giải quyết đúng và trước hạn 99,12%", "hồ sơ nộp trực tuyến 45,2%": the noun and its kind
        return Decision(labelled, "percent", "dossiers", "subject")  # label the number right after them, no verb between
    label = _LINE_MARKS.sub("", tail).strip()
    if not share and label == _LINE_MARKS.sub("", _own_line(ctx.sentence_before)).strip() and E_DOC.search(label) \
            and not RATE_WORD.search(label) and head_name(" " + label) == "documents":
        # (so too a line that is only a label of electronic documents and the number: "📄 Văn bản điện tử 96%")
        return Decision("edocs_pct", "percent", "documents", "subject")
    if not found or not (share or bounded) or RATE_WORD.search(tail, 0, share.start() if share else len(tail)):
        return None  # "tỷ lệ hồ sơ … đạt": the rate's subject (_rate_subject); "hồ sơ … đạt tỷ lệ 60%": the noun's
    metric = by_head(found[0], ctx, own, own)
    return Decision(metric, "percent", found[0], "subject") if metric else None


_BOUND_END = re.compile(rf"(?<=\s)(?:{lexicon.union(list(BOUND_WORDS))})\s*$")  # a bound right before the number


_LAST_AND = re.compile(r"\s(?:và|còn)\s(?!.*\s(?:và|còn)\s)")


_BETWEEN_OPEN = re.compile(rf"(?<!\w){_u('between_words', 'structure')}\s[^,;]*$")
# (short items, each a few words: "giữa các sở, ngành và …", not a clause's comma long after "giữa")
_BETWEEN_LIST = re.compile(rf"(?<!\w){_u('between_words', 'structure')}\s(?:[^,;]{{1,30}},\s*)*[^,;]{{1,30}}$")
_AND_AHEAD = re.compile(r"^\s*[^\W\d][^,;]{0,30}?\svà\s")


def _between_list(pre: str, comma: int, after: int) -> bool:
    """The comma at `comma` lists what an open "giữa" names, a "và" still to come before the next mark."""
    return bool(_BETWEEN_LIST.search(pre, 0, comma)) and bool(_AND_AHEAD.match(pre[after:]))


def _coordinated_subject(tail: str) -> str:
    """The subject coordinated last, when it is another noun than the clause's first ("98,92% hồ sơ được giải quyết
    đúng hạn và mức độ hài lòng của người dân đạt 96,4%": the satisfaction), else the clause."""
    last = _LAST_AND.search(tail)
    if not last or _BETWEEN_LIST.search(tail, 0, last.start()):
        return tail  # ("văn bản điện tử giữa huyện và xã đạt 78%": "giữa A và B" names one pair, no second subject)
    # ("… 50% hồ sơ được nộp trực tuyến và phấn đấu mức độ hài lòng không dưới 97%": a plan's verb before the noun)
    # (a verb raising a noun of its own opens a new subject, even of the same head: "… 70% số hồ sơ đúng hạn và đưa hồ
    # sơ trực tuyến lên 12%")
    rest = tail[last.end():]
    lead = _PLAN_LEAD.match(" " + rest)
    raised = _RAISED.match(" " + rest)
    after = head_at(raised.group("noun")) if raised else head_at(rest[lead.end() - 1:] if lead else rest)
    first = head_at(_TIME_LEAD.sub("", tail))
    return tail[last.end() - 1:] if after and first and (after[0] != first[0] or raised) else tail


def _subject_before_comma(ctx: Context, parts: tuple[str, ...]) -> bool:
    """The clause before a bare share verb is the share's subject: a whole clause (not the words right after the number
    before: "12.083 hồ sơ (chiếm 99,98%)"), with no number, opening with a noun that is no unit ("thành phố A có chỉ
    số … cao nhất, đạt 90%" names its rate later): "Văn bản … dưới dạng điện tử, đạt tỷ lệ 96,5%"."""
    if len(parts) < 2 or not _NOUN_THEN_SHARE.fullmatch(parts[-1].lstrip()) or _DIGIT.search(parts[-2]):
        return False
    if len(parts) == 2 and _DIGIT.search(ctx.sentence_before[:len(ctx.sentence_before) - len(ctx.pre)][-3:]):
        return False
    found = head_at(_TIME_LEAD.sub("", parts[-2]))
    return found is not None and found[0] != "agencies"


def _subject_past_aside(parts: tuple[str, ...], whole_sentence: bool) -> str:
    """A bare share verb after an aside set off by commas (a clause or two) that names no noun and no number ("Hồ sơ mức
    độ 3, loại nộp trên mạng nhưng vẫn đến nhận kết quả, bằng 8,73% …"): the clause before the aside, the share's
    subject; else ''. (Not the words right after the number before, `whole_sentence` False: "81,7% người được hỏi hài
    lòng …, nhưng chỉ 14,3% …".)"""
    if len(parts) < 3 or not _NOUN_THEN_SHARE.fullmatch(parts[-1].lstrip()):
        return ""
    for back in (3, 4)[:len(parts) - 2]:
        aside, subject = parts[-back + 1:-1], parts[-back]
        if any(_DIGIT.search(a) or head_at(a) or not a.strip() for a in aside) \
                or (back == len(parts) and not whole_sentence):
            return ""
        found = head_at(_TIME_LEAD.sub("", subject))
        if found is not None and not _DIGIT.search(LEVEL_PATTERN.sub(" ", subject)):
            return subject if found[0] != "agencies" else ""
    return ""


# words opening a kind of dossiers whose noun is left out: a verb of the dossier flow, a particle, a channel or an outcome
# (metric_words.yml noun_then_share.elided_subject_starts; also a "Label: value" line's label, items.py)
DOSSIER_FLOW_START = rf"{_u('noun_then_share.elided_subject_starts')}(?!\w)"
_ELIDED_SUBJECT = re.compile(rf"\s*{_u('noun_then_share.elided_subjects')}\s+(?={DOSSIER_FLOW_START})")
# a verb raising its object to the number: "đưa hồ sơ trực tuyến lên 12%" (metric_words.yml noun_then_share.raised_by)
_RAISED = re.compile(rf"(?:^|\s){_u('noun_then_share.raised_by')}\s+(?P<noun>[^,;:()]+?)\s+{_u('noun_then_share.raised_to')}\s*$")
# a plan's words before the subject of its share: "(tỉnh đặt) mục tiêu", "phấn đấu" (status.yml plan_nouns, plan_leads)
_PLAN_LEAD = re.compile(rf"(?:^|\s)(?:{_u('plan_nouns', 'status')}|{_u('plan_leads', 'status')})\s+(?=\S)")


_PROCESS_CLAUSE = re.compile(rf"{DOSSIER_PROCESS.pattern}\s*(?:{_u('noun_then_share.verbs')}\s*"
                             rf"(?:{_u('noun_then_share.rate')}\s*)?)?"  # "…, trực tuyến đạt tỷ lệ 15,6%"
                             rf"(?:{_u('noun_then_share.qualifiers')}\s+)?$")


_DEADLINE_RATES = frozenset(f"dossiers_{kind}_pct" for kind in DEADLINE_KINDS)
_DEADLINE_WORDS = [word for kind, words in lexicon.kinds("dossiers", "kinds") if kind in DEADLINE_KINDS
                   for word in words]
_OUTCOME_WORDS = 6  # an outcome alone after a percentage: a few words ("được trả đúng và trước hẹn"), no noun


def _process_rate(ctx: Context) -> Decision | None:
    """A clause that names only what is done to the dossiers ("…, giải quyết đúng hạn 98,9%", "…, trả kết
    quả đúng hạn đạt 100%"), after a dossier figure of the sentence, is the rate of that outcome; an outcome of the
    deadline is so after any count no noun of ours names too ("Sở đã cấp 389 giấy chứng nhận, 100% đúng hạn": the
    results of the dossiers resolved), not after one of another noun ("hoàn thành 12 nhiệm vụ, 100% đúng hạn")."""
    if ctx.prev_head == "dossiers":
        return process_rate(ctx)
    if ctx.prev_head is not None or not ctx.after_count:
        return None
    phrase = PHRASE_END.split(ctx.post, maxsplit=1)[0]  # "…, 100% đúng hạn", "…, 99,3% trả đúng hẹn"
    said = share_kind(phrase) \
        if len(phrase.split()) <= _OUTCOME_WORDS and head_at(phrase) is None else None
    rate = Decision(said, "percent", "dossiers", "subject") if said else process_rate(ctx)
    return rate if rate and rate.metric in _DEADLINE_RATES else None


def process_rate(ctx: Context) -> Decision | None:
    """The rate of an outcome a percentage's own clause names with nothing else ("Cấp tỉnh: trực tuyến 81,3%"), when
    dossiers are what is being said (the caller knows)."""
    tail = _clauses(ctx.pre)[-1]
    if not _PROCESS_CLAUSE.match(tail):
        return None
    kind = share_kind(tail)
    return Decision(kind, "percent", "dossiers", "subject") if kind else None


# ("trong đó chỉ 3,4% …": an adverb may stand before the qualifier and the number)
_OF_WHICH_END = re.compile(rf"\b{_u('of_which')}\s*(?:{_u('share_lead.adverbs')}\s+)?"
                           rf"(?:{lexicon.union(list(QUALIFIER_WORDS))}\s+)?$")


def _of_which_share(ctx: Context) -> Decision | None:
    """A percentage opening an "of which" clause after a dossier count, its predicate naming a kind of dossier
    ("tiếp nhận 640.000 hồ sơ, trong đó trên 72% được nộp trực tuyến"), is the share of that kind; after a count of
    services or procedures, its predicate naming a level, the share of that level; after a count of documents, its
    predicate saying they went electronically ("phát hành 6.902 văn bản, trong đó 98,1% đi bằng đường điện tử"), the
    electronic documents' share."""
    if ctx.prev_unit != "count" or not _OF_WHICH_END.search(ctx.sentence_before[-40:]):
        return None
    if ctx.prev_head in ("services", "procedures"):  # "… 1.840 dịch vụ, trong đó khoảng 21,3% đạt mức độ 3"
        level = level_in(PHRASE_END.split(ctx.post, maxsplit=1)[0][:40])
        metric = f"services_level{level}_pct" if level else None
        return Decision(metric, "percent", "services", "share") if metric in catalogue().metrics else None
    if (ctx.prev_head or head_name(_counted_words(ctx))) == "documents":
        return Decision("edocs_pct", "percent", "documents", "share") \
            if E_DOC.search(PHRASE_END.split(ctx.post, maxsplit=1)[0][:60]) else None
    if ctx.prev_head != "dossiers":
        return None
    kind = share_kind(ctx.post[:60])
    return Decision(kind, "percent", "dossiers", "share") if kind else None


_OWN_SET_HEADS = ("services", "dossiers", "procedures")


def _subject_not_ours(ctx: Context) -> bool:
    """The percentage's clause opens with its own subject before a share verb, and that subject is one of
    the nouns of other goals (nouns.yml `not_ours`): "…; kinh tế số chiếm 20% GRDP"."""
    parts = _clauses(ctx.pre)
    if len(parts) == 1 and not ctx.pre_cut:
        return False
    tail = _TIME_LEAD.sub("", _CONNECTIVE_LEAD.sub("", parts[-1]))
    found = head_at(tail)
    if not found or not _NOUN_THEN_SHARE.search(tail):
        return False
    # "…; số dịch vụ đã tích hợp chiếm 16,73% tổng số dịch vụ": the count of a set of ours, its own words naming a set
    # no metric measures, is no less its own subject
    return found[0] == "not_ours" or (found[0] in _OWN_SET_HEADS and _COUNT_SUBJECT.match(tail.lstrip())
                                      and not RATE_WORD.search(tail) and by_head(found[0], ctx, tail, tail) is None)


def is_change(ctx: Context) -> bool:
    """The number is a rise or fall ("tăng thêm 12%", a signed number: "(+1.212 tài khoản)", "(-12 hồ sơ)"), not a
    level; "tăng từ 12% … lên 35%" starts at a level."""
    if _SIGNED.search(ctx.pre):
        return True
    change = _CHANGE_BEFORE.search(ctx.pre) if _CHANGE_HINT.search(ctx.pre) else None
    if change and _COMPARED_END.search(ctx.pre) and head_at(ctx.post):
        return False  # "tăng so với 4.915 hồ sơ của tháng trước": the level compared with, its noun its own
    if change and _ADDED_END.search(change.group()) and _RAISES_AFTER.search(ctx.sentence_after):
        return False  # "quý II nhận thêm 2.000 hồ sơ, đưa tổng số lên 9.500": a period's count added to a running total
    return bool(change) and not (_FROM_END.search(change.group()) and _TO_AFTER.match(ctx.post))


_ADDED_END = re.compile(r"(?<!\w)(?<!tăng )(?<!giảm )thêm\s*$")  # received or had more, not a rise ("tăng thêm 47")
_RAISES_AFTER = re.compile(rf"^[^.;]*?(?<!\w){_u('raised_total', 'structure')}(?!\w)")
_FROM_END = re.compile(rf"\b{_u('change.from')}\s*$")
_COMPARED_END = re.compile(rf"(?<!\w){_u('change.compared')}\s*$")  # "… so với " right before the number
_SIGNED = re.compile(r"(?:^|[\s(])\+$|\([−–-]$")  # a sign on the number ("-" only in a parenthesis: no range, no dash)
_NOT_AFTER = lexicon.not_after(lexicon.words("metric_words", "change.to_not_after"))
_TO_AFTER = re.compile(rf"[^,;.()]{{0,40}}?\b{_NOT_AFTER}{_u('change.to')}\b")


_TO_BEFORE = re.compile(rf"^[^,;.()]{{0,30}}\b{_u('change.to')}\s*$")


# a figure's own phrase of its noun and perhaps its time, nothing else: "3.518 hồ sơ năm 2014", "2.640 hộp thư cuối
# năm 2017"
_TIME_ALONE = re.compile(rf"\s*(?:(?:{_u('year_prepositions', 'periods')})\s+)?(?:{_u('year', 'periods')})\s+"
                         rf"(?:19|20)\d\d\s*")
# a from-to series opened earlier in the clause: "tăng từ 1.204 hồ sơ năm 2013 lên …"
_SERIES_OPENED = re.compile(rf"\b{_u('change.from')}\s*\d[^;:]*$")


def _noun_and_time_alone(post: str) -> bool:
    """The words after a count are its noun, perhaps its time, nothing more (no kind, verb or level of its own)."""
    found = head_at(post)
    rest = own_phrase_after(post[found[1]:]).rstrip(".!? ") if found else None
    return rest is not None and (not rest or bool(_TIME_ALONE.fullmatch(rest)))


# a climb going on past its end: the step before, its noun and time, then "và" or a comma ("… năm 2021 và ")
_GOES_ON = re.compile(rf"\s*(?:{_u('change.goes_on')})\s*$")
_STEP_REACHED = re.compile(rf"\b{_u('change.to')}\s*\d[\d.,]*$")  # "… lên 538": the step before reached by the climb


def _series_goes_on(ctx: Context) -> bool:
    """The count is the next step of a from-to climb, each step with its own noun and time: "tăng từ 126 dịch vụ năm
    2019 lên 538 dịch vụ năm 2021 và 1.084 dịch vụ năm 2024"."""
    on = _GOES_ON.search(ctx.pre)
    if not on or not _SERIES_OPENED.search(ctx.sentence_before):
        return False
    before_step = len(ctx.sentence_before) - len(ctx.pre)  # where the step before ends ("… lên 538")
    return bool(_STEP_REACHED.search(ctx.sentence_before, 0, before_step)) \
        and all(_noun_and_time_alone(words) and _TIME_ALONE.search(words) for words in (ctx.pre[:on.start()], ctx.post))


def _range_end(ctx: Context) -> Decision | None:
    """The far end of a from-to pair counts what its start does: "giảm từ 3.000 hồ sơ xuống 2.100 hồ sơ"."""
    if not (ctx.prev_metric and ctx.prev_in_clause and ctx.prev_adjacent
            and (_TO_BEFORE.search(ctx.pre) or _series_goes_on(ctx))):
        return None
    if (ctx.prev_unit == "percent") != (ctx.unit == "percent") or ctx.prev_unit == "rank":
        return None
    own = head_at(ctx.post)
    if (own[0] if own else None) != ctx.prev_head and (own or (ctx.unit != "percent" and not _opened_pair(ctx))):
        return None  # "… 120 dịch vụ, tăng lên 45 đơn vị": another noun (or none), another count
    return Decision(ctx.prev_metric, ctx.prev_unit, ctx.prev_head, "inherited")


_FROM_NUMBER = re.compile(rf"\b{_u('change.from')}\s*\d[\d.,]*\s*$")


def _opened_pair(ctx: Context) -> bool:
    """The figure before opened the from-to pair this bare count ends: "số hồ sơ trực tuyến tăng từ 12.400 lên 20.150"."""
    return bool(_FROM_NUMBER.search(ctx.sentence_before, 0, len(ctx.sentence_before) - len(ctx.pre)))


# (the baseline's year and a copula may open the parenthesis: "tăng 35,2% so với năm trước (năm 2019 là 43.441 hồ sơ)")
_COMPARED_VALUE = re.compile(rf"{_u('compared_markers')}[^,;:()]*\(\s*(?:(?:{_u('year', 'periods')})\s+(?:19|20)\d\d\s*"
                             rf"(?::|{_u('anaphora_copulas', 'structure')})?\s*)?$")
# (the level's value may carry its bound: "so với mức chưa đến 1% của năm 2015")
_LEVEL_BOUND = rf"(?:\s+{lexicon.union(QUALIFIER_WORDS)})?"
_COMPARED_LEVEL = re.compile(rf"{_u('compared_markers')}\s+{_u('compared_levels')}{_LEVEL_BOUND}\s*$")
_UNIT_LEVEL = re.compile(rf"(?<!\w){_u('unit_level_comparisons')}\s+(?:{_u('comparison_degrees')}\s+)?"
                         rf"{_u('compared_levels')}{_LEVEL_BOUND}\s*$")


def ends_in_comparison(pre: str) -> bool:
    """The words before a number end with a comparison, perhaps with a level word: "… so với ", "… so với mức "."""
    return bool(_COMPARED_END.search(pre) or _COMPARED_LEVEL.search(pre[-30:]))


def compared_dated(pre: str, post: str) -> bool:
    """The number is a level compared with, dated after it: "thấp hơn 12.517 hồ sơ của năm 2015", "gần gấp ba 1.045 hồ
    sơ của năm 2014" (a comparison right before, the number's own time after), or dated before it: "cùng kỳ năm trước
    chỉ có 2.193 hồ sơ"."""
    return bool((_COMPARED_BARE.search(pre[-20:]) or _UNIT_BARE.search(pre[-20:])) and _OWN_TIME_AFTER.match(post)
                or _SAME_LAST_YEAR.search(pre[-60:]) or _PERIOD_SET_AGAINST.search(pre[-60:]))


def compared_level(pre: str, post: str = "") -> bool:
    """The words before a number end with a comparison and a level word: "so với mức ", "cao hơn tỷ lệ " (the level the
    figure is compared with, a value of the same rate); or with a comparison alone, the number's own time after it
    ("cao hơn nhiều so với 1,72% của năm 2018", "gấp hơn hai lần so với 1.208 hồ sơ của cùng kỳ năm 2015")."""
    return bool(_level_word_compared(pre) or _COMPARED_WITH.search(pre[-60:])
                # (… or the level of a unit named after it: "so với 86% của toàn tỉnh", "vượt mức 38,27% của toàn
                # tỉnh"; "vượt mức 20%" alone is a bar)
                or ((_COMPARED_BARE.search(pre[-20:]) or _PASSED_LEVEL.search(pre[-30:])) and _own_time_or_unit(post)))


def _level_word_compared(pre: str) -> bool:
    """The words before a number end with a comparison and a level word ("so với mức ", "cao hơn hẳn tỷ lệ ")."""
    return bool(_COMPARED_LEVEL.search(pre[-30:]) or _UNIT_LEVEL.search(pre[-30:]))


def _own_time_or_unit(post: str) -> bool:
    """The words after a number name its own time or unit ("của năm 2022", "của quý I năm 2024", "của toàn tỉnh")."""
    return bool(_OWN_TIME_AFTER.match(post) or _OF_UNIT.match(post))


# "… so với cùng kỳ năm 2013 với 1.536 hồ sơ": a comparison, its baseline's time (a year), a link, the number
_COMPARED_WITH = re.compile(rf"{_u('compared_markers')}(?:\s+[^\W\d]+){{0,4}}\s+(?:19|20)\d\d\s*,?\s+"
                            rf"(?:[^\W\d]+\s+){{0,2}}?{_u('baseline_copulas', 'periods')}\s*$")


_COMPARED_BARE = re.compile(rf"{_u('compared_markers')}\s*$")
_PASSED_LEVEL = re.compile(rf"(?<!\w){_u('passed_levels')}\s+{_u('compared_levels')}\s*$")
_UNIT_BARE = re.compile(rf"(?<!\w){_u('unit_level_comparisons')}\s*$")
# "trong khi cùng kỳ năm trước chỉ có ": the same period of the year before, a link, the number
_SAME_LAST_YEAR = re.compile(rf"(?<!\w){_u('same_period', 'periods')}\s+{_u('previous_year', 'periods')}\s*,?\s+"
                             rf"(?:[^\W\d]+\s+){{0,2}}?{_u('baseline_copulas', 'periods')}\s*$")
# "…, trong khi cả quý I chỉ có ": a contrast turning to another period, a link, the number
_PERIOD_SET_AGAINST = re.compile(rf"(?<!\w){_u('contrast_turns', 'structure')}\s+(?:cả\s+)?"
                                 rf"(?:{_u('quarter', 'periods')}|{_u('month', 'periods')}|{_u('year', 'periods')})\s+"
                                 rf"[^\s,;]+(?:\s+[^\s,;]+)?\s+{_u('baseline_copulas', 'periods')}\s*$")
# (or a quarter's or months' time with its year: "so với 97,3% của quý I năm 2024", "… của 6 tháng đầu năm 2023")
_OWN_TIME_AFTER = re.compile(rf"\s*(?:[^\W\d_]+\s+){{0,3}}?(?:{_u('own_period_links', 'periods')})\s+"
                             rf"(?:{_u('same_period', 'periods')}|(?:cả\s+)?{_u('year', 'periods')}\s+(?:19|20)\d\d"
                             rf"|(?:\d+\s+)?(?:{_u('quarter', 'periods')}|{_u('month', 'periods')})\s[^,;.%]{{0,20}}?"
                             rf"(?<!\d)(?:19|20)\d\d(?!\d))")


def compared_at_own_time(pre: str, post: str) -> bool:
    """A comparison with a level word right before the number and the number's own time or unit right after it ("…,
    cao hơn hẳn con số 14,8% của cả năm 2017", "so với mức 9,2% của quý I năm 2019", "vượt mức 38,27% của toàn
    tỉnh"): the rate in discussion at that time or place."""
    return (_level_word_compared(pre) or _PASSED_LEVEL.search(pre[-30:]) is not None) and _own_time_or_unit(post)


_OF_UNIT_AND = re.compile(r"%\s*của\s[^,;:()\d]{2,40}\svà\s*$")
_OF_UNIT = re.compile(rf"\s*của\s+(?:{_u('reach_subjects', 'structure')}|toàn)(?!\w)")
_SUBJECT_AFTER = re.compile(rf"[^()]*\)\s*,?\s*{_u('count_subjects')}\s+")
_RATE_AFTER = re.compile(r"[^()]*\)\s*,?\s*(?=t[ỷỉ] lệ\b)")
_DIGIT = re.compile(r"\d")


# "(49,7%) và bình quân toàn tỉnh (62,4%) cùng kỳ, tỷ lệ hồ sơ trực tuyến của xã còn thấp": past the figure's
# parenthesis, other units' parentheses and a few words (no figure, no sentence end), a rate subject
_RATE_LATER = re.compile(r"[^()]*\)(?:[^()]*\([^()]*\))*[^()\d;.]{0,50}?(?=t[ỷỉ] lệ\b)")


def _rate_named_later(ctx: Context) -> Decision | None:
    """The rate a sentence names after a unit's parenthesised percentage ("Khen huyện A (71,4%) đã dẫn đầu tỉnh về
    tỷ lệ hồ sơ nộp trực tuyến", "So với bình quân huyện (49,7%) …, tỷ lệ hồ sơ trực tuyến của xã …")."""
    return _rate_at(ctx, _RATE_LATER) if ctx.in_paren else None


def _rate_at(ctx: Context, lead: re.Pattern[str]) -> Decision | None:
    """The "tỷ lệ X" subject that `lead` reaches after the figure, up to the next number, read as a subject."""
    after = lead.match(ctx.sentence_after)
    if not after:
        return None
    digit = _DIGIT.search(ctx.sentence_after, after.end())
    words = ctx.sentence_after[after.end():digit.start() if digit else len(ctx.sentence_after)]
    return _rate_subject(replace(ctx, pre=words, sentence_before=words, post="", clause_after="",
                                 sentence_after="", in_paren=False))


def _subject_after(ctx: Context) -> Decision | None:
    """The subject a comparison leads into, for its baseline's value: "So với năm 2017 (34.517 hồ sơ), số hồ sơ
    tiếp nhận tăng …", "So với năm 2021 (33,3%), tỷ lệ hồ sơ trực tuyến tăng …"."""
    if ctx.unit == "percent":
        return _rate_at(ctx, _RATE_AFTER)
    after = _SUBJECT_AFTER.match(ctx.sentence_after)
    subject_words = ctx.sentence_after[after.end():] if after else ""
    found = head_at(" " + subject_words) if after else None
    metric = by_head(found[0], ctx, subject_words, "") if found else None
    own = head_at(ctx.post)
    if metric and (not own or own[0] == found[0]):
        return Decision(metric, "count", found[0], "inherited")
    return None


def _compared_value(ctx: Context, level: bool) -> Decision | None:
    """The baseline's value after a comparison, in parentheses ("gấp 2,4 lần năm 2017 (11.520 hồ sơ)") or after a
    level word ("so với mức 40,2% của năm 2022"), measures what the figure compared does: the clause's last figure
    in its unit, else the subject the comparison leads into, when it names no other noun."""
    # (a unit's level is one too: "cao hơn mức 41,6% của huyện A và 47,3% của toàn tỉnh", compared_level)
    if not (_COMPARED_VALUE.search(ctx.sentence_before[-80:]) or level
            or (_OF_UNIT.match(ctx.clause_after) and _OF_UNIT_AND.search(ctx.sentence_before[-50:])
                and ctx.prev_like and ctx.prev_like.how == "inherited")):
        return None  # (… "và 47,3% của toàn tỉnh": the next unit's level of the same rate)
    own = head_at(ctx.post)
    if own and own[0] == "dossiers" and says_own_dossiers(ctx.post[own[1]:]):
        return None  # "so với cùng kỳ (2.218 hồ sơ tiếp nhận, …)": the baseline's value names its own kind
    like = ctx.prev_like
    if like is None:
        return _subject_after(ctx)
    if own and own[0] != like.head:
        return None
    return Decision(like.metric, like.unit, like.head, "inherited")


# (… not past a "và" opening dossiers as a subject of their own: "thời gian giải quyết trung bình không quá 4 ngày và hồ
# sơ nộp trực tuyến chiếm 7%")
_DOSSIER_HEADS = lexicon.union(dict(lexicon.kinds("nouns", "heads"))["dossiers"])
_AND_SUBJECT = re.compile(rf"\svà\s+(?=(?:{_DOSSIER_HEADS})(?!\w))")
_UNIT_AVERAGE = re.compile(rf"(?<!\w){_u('unit_averages')}(?!\w)"
                           rf"(?:(?![;.:]|,(?!\d)|\svà\s+(?:{_DOSSIER_HEADS})(?!\w)).)*$")


# a percentage, then a comparison leading into the average ("đạt 5,25%, cao hơn mức bình quân của tỉnh (")
_COMPARED_AVERAGE = re.compile(rf"\d\s*%[^.;\d]{{0,12}}(?<!\w)(?:{_u('compared_higher', 'structure')}|{_u('compared_lower', 'structure')})"
                               rf"(?!\w)[^.;\d]{{0,30}}(?<!\w){_u('unit_averages')}(?!\w)[^.;\d]*$")


_INDEX_WORD = re.compile(rf"(?<!\w){_u('index_words', 'periods')}(?!\w)")  # "Chỉ số CCHC của tỉnh A đạt 76,84%"


def _first_dossier_rate(ctx: Context) -> str | None:
    """The article's first rate, when it is one of dossiers, for a named unit's bare percentage in a sentence naming no
    rate of its own, nothing nearer naming one ("Khoảng cách còn lớn: thành phố A đạt 67,3%, trong khi huyện B dưới
    30%" two paragraphs after the rates, or after a paragraph on another rate)."""
    if len(ctx.item_name) > 1 and ctx.first_rate and ctx.first_rate.startswith("dossiers_") \
            and _BARE_END.match(ctx.clause_after) and not RATE_WORD.search(ctx.sentence_before + ctx.sentence_after) \
            and not first_head(ctx.sentence_before + " ") and not _INDEX_WORD.search(ctx.sentence_before) \
            and not share_kind(ctx.sentence_before):
        # (after a rate of the sentence, that rate; never with a noun or a label of a kind of its own: "ĐÚNG HẠN
        # 98,61%", "Chỉ số cải cách hành chính của tỉnh A đạt 87,03%")
        return ctx.prev_metric if ctx.prev_unit == "percent" and ctx.prev_metric else ctx.first_rate
    return None


def _unit_average(ctx: Context) -> Decision | None:
    """A bare percentage after an average word in its clause is a unit's average of the rate its sentence names,
    else of the paragraph's rate ("cao hơn mức bình quân của huyện (78,4%) và của toàn tỉnh (71,2%)", "mức bình
    quân 39,7% của huyện"); when its paragraph states no rate, extract.py takes the article's main rate."""
    if not _UNIT_AVERAGE.search(ctx.sentence_before):
        return None
    if ctx.prev_unit == "percent" and ctx.prev_metric and _COMPARED_AVERAGE.search(ctx.sentence_before):
        # "… là 389 hồ sơ, đạt 5,25%, cao hơn mức bình quân của tỉnh (toàn tỉnh 3,91%)": the average of the rate compared
        return Decision(ctx.prev_metric, "percent", ctx.prev_head, "average")
    subject_rate = _rate_subject(ctx) or _rate_named_later(ctx)
    metric = subject_rate.metric if subject_rate else ctx.para_pct_metric
    return Decision(metric, "percent", subject_rate.head if subject_rate else None, "average") if metric else None


_HOW_OFTEN = re.compile(rf"(?<!\w){_u('average_not_after')}\s*$")
_AVERAGE_OPENER = re.compile(rf"\W*{_u('average_openers')}\b{_NOT_AVERAGE}")


_MULTIPLE_BEFORE = re.compile(rf"(?<!\w){_u('change.multiple_verbs')}\s+(?:{_u('change.qualifiers')}\s+)?$")
_MULTIPLE_AFTER = re.compile(rf"\s*{_u('change.multiple_units')}(?!\w)")


def is_multiple(ctx: Context) -> bool:
    """The number is a multiple of a baseline ("gấp 2,6 lần cùng kỳ"), no level of anything."""
    return bool(_MULTIPLE_AFTER.match(ctx.post) and _MULTIPLE_BEFORE.search(ctx.pre))


def is_average(ctx: Context) -> bool:
    """The count is an average or one day's, not a total ("bình quân mỗi ngày tiếp nhận 700 hồ sơ", "Bình quân mỗi
    ngày, Trung tâm tiếp nhận 35 hồ sơ", "ngày cao điểm nhận 215 hồ sơ"); a percentage averaged over units is a
    rate still (_unit_average)."""
    if ctx.unit == "percent":
        return False
    window = ctx.pre[-60:]
    averaged = _AVERAGE_BEFORE.search(window)
    if averaged and _HOW_OFTEN.search(window, 0, averaged.start()):
        averaged = None  # "số hộp thư có đăng nhập mỗi tuần chỉ có 2.507": how often they are used
    return bool(_AVERAGE_OPENER.match(ctx.sentence_before) or averaged
                or per_people(ctx)
                or any(h in ctx.sentence_before or h in ctx.clause_after for h in _DAY_HINTS)  # (a pre-check)
                and bool(_DAY_COUNT.search(ctx.sentence_before) or _DAY_COUNT.search(ctx.clause_after)))


# a count per so many people: "cứ 10.000 dân có 2.870 hồ sơ", "4.106 hồ sơ trực tuyến trên mỗi 10.000 dân"
# (… the number of people perhaps in words: "khoảng 50 hồ sơ trên mỗi nghìn dân", "cứ một nghìn người dân có …")
_SCALE_WORDS = lexicon.union(list(lexicon.entry("numbers", "word_scales")))
_PER_PEOPLE = rf"(?:\d[\d.]*(?:\s+{_SCALE_WORDS})?|(?:một\s+)?{_SCALE_WORDS})\s+{_u('per_people.people')}(?!\w)"
_PER_PEOPLE_BEFORE = re.compile(rf"(?<!\w){_u('per_people.before')}\s+{_PER_PEOPLE}\s*"  # (a qualifier may follow)
                                rf"(?:{_u('per_people.verbs')}\s+)?(?:{lexicon.union(list(QUALIFIER_WORDS))}\s+)?$")
_PER_PEOPLE_AFTER = re.compile(rf"[^\d,;.()]{{0,40}}?(?<!\w){_u('per_people.after')}\s+{_PER_PEOPLE}")


def per_people(ctx: Context) -> bool:
    """A count per so many people ("cứ 10.000 dân có 2.870 hồ sơ", "4.106 hồ sơ trên mỗi 10.000 dân"): a rate, no
    total."""
    return ctx.unit == "count" and bool(_PER_PEOPLE_BEFORE.search(ctx.sentence_before[-40:])
                                        or _PER_PEOPLE_AFTER.match(ctx.sentence_after))


# one person as the applicant, the subject right before the verb ("anh đã nộp 4 bộ hồ sơ", "tôi đã làm 2 thủ tục")
_ONE_PERSON = re.compile(rf"(?:^|[,;:(\"“]|\s(?:{_u('speech_verbs')}|{_u('person_speech_verbs', 'structure')})\s)\s*"
                         rf"(?:{_u('person_time_leads', 'structure')}\s*,?\s*)?{_u('person_subjects', 'structure')}\s+"
                         rf"(?:(?:{_u('person_verb_adverbs', 'structure')})\s+)*"
                         rf"{_u('applicant_verbs', 'structure')}\s*$")


def one_person(ctx: Context) -> bool:
    """A count one person filed ("anh kể anh đã nộp 4 bộ hồ sơ", "“Năm nay tôi đã làm 2 thủ tục qua mạng”"): an
    applicant's own, no figure of an agency or a place."""
    return ctx.unit == "count" and bool(_ONE_PERSON.search(ctx.sentence_before[-60:]))


_DAY_COUNT = re.compile(rf"(?<!\w){_u('day_counts')}(?!\w)")  # "ngày cao điểm … 215 hồ sơ": one day's count
_DAY_HINTS = tuple({phrase.split()[-1] for phrase in lexicon.words("metric_words", "day_counts")})  # each phrase's last word


# (a verb of saying may stand before the answer: "11,2% đánh giá bình thường")
_OTHER_ANSWER = re.compile(rf"\s*(?:(?:{_u('satisfaction.count_words')}|{_u('satisfaction.people')})\s+)?"
                           rf"(?:{_u('satisfaction.says')}\s+(?:ở mức\s+)?)?{_u('satisfaction.other_answers')}\b")


# "144.500 hồ sơ, bằng 85% kế hoạch năm", "đạt 103% so với chỉ tiêu": how far a plan has come, no rate of ours (not
# when a number follows the noun within two words: "mới đạt 1,12% so với chỉ tiêu giao 3%", the rate and its target)
_NO_TARGET_AFTER = rf"(?!\s*(?:\d|{_u('plan_not_progress', 'status')}(?!\w)|(?:[^\W\d]+\s+){{1,2}}\d))"
_PROGRESS_AFTER = re.compile(rf"\s*(?:{_u('progress_links', 'status')}\s+)?(?:các\s+)?{_u('plan_nouns', 'status')}(?!\w)"
                             rf"{_NO_TARGET_AFTER}")


_PROGRESS_VERB = re.compile(rf"(?<!\w){_u('progress_verbs', 'status')}\s+(?:{_u('share_lead.qualifiers')}\s+)?$")


def _is_progress(ctx: Context) -> bool:
    """A percentage that says how far a plan has come ("bằng 85% kế hoạch năm", "bằng 79,44% so với mục tiêu 90%")."""
    return bool(_PROGRESS_AFTER.match(ctx.sentence_after)
                or (_PROGRESS_AFTER.match(ctx.post) and _PROGRESS_VERB.search(ctx.pre[-25:])))


# the plan noun right after the percentage, no link between ("đạt 118% kế hoạch"; not "chỉ tiêu 20% của kế hoạch", a
# target the plan sets)
_PLAN_RIGHT_AFTER = re.compile(rf"\s*{_u('plan_nouns', 'status')}(?!\w){_NO_TARGET_AFTER}")


def is_progress(ctx: Context) -> bool:
    """A percentage with the plan noun right after it ("thành phố A đạt 118% kế hoạch, huyện B mới đạt 76% kế hoạch"):
    how far the plan has come, no rate of ours, however its neighbours are read."""
    return ctx.unit == "percent" and bool(_PLAN_RIGHT_AFTER.match(ctx.post))


def share_of_theirs(ctx: Context) -> bool:
    """A percentage right before a base no metric of ours counts ("… lên 1,5% tổng chi ngân sách", "chiếm 20%
    GRDP"): a share of that noun, never a rate of ours."""
    found = head_at(ctx.post) if ctx.unit == "percent" else None
    return bool(found and found[0] == _NOT_OURS)


def _decide(ctx: Context) -> Decision | None:
    """The metric of one figure, or None when the text does not say what it counts."""
    if ctx.unit == "percent" and (_OTHER_ANSWER.match(ctx.post) or share_of_theirs(ctx)):
        return None  # "…, 1,1% bình thường và 0,2% chưa hài lòng": the other answers of a rating ("… 1,5% tổng chi
        # ngân sách": a share of a base no metric of ours counts)
    level = compared_level(ctx.pre, ctx.post)
    compared = _compared_value(ctx, level)  # before the change test: "tăng so với mức 40%" gives the baseline's level
    if compared:
        return compared
    if (is_change(ctx) and not level) or is_average(ctx):
        return None  # (a level word after the comparison names the baseline's level: "tăng so với vị trí 34/63")
    if ctx.unit == "percent":
        # (a target after the plan noun makes the number the rate set against it, unless "bằng" measures it: "bằng
        # 79,44% so với mục tiêu 90%" is how far 71,5% has come)
        return None if _is_progress(ctx) else _percentage(ctx)
    linked = _linked_count(ctx)
    if linked is not False:
        return linked
    return _ranked(ctx) or _count(ctx) or _numerator(ctx)


_OUT_OF_ANY = rf"{lexicon.alternation(lexicon.entry('dossiers', 'out_of') + lexicon.entry('dossiers', 'out_of_bare'))}"
_NUMERATOR = re.compile(rf"\s*{_OUT_OF_ANY}\s+{NUMBER_PATTERN}\b")
_OUT_OF_ONLY = re.compile(rf"\s*{_OUT_OF_ANY}\s*$")


def _numerator(ctx: Context) -> Decision | None:
    """A bare count right before "trên" (or "trên tổng số") and another number, "296 trên 7.216 hồ sơ được nộp qua
    mạng": x out of y, counting what the words after y say (y is the base, _linked_count)."""
    # (or after its noun, which names no kind nor a predicate of its own: "xã B với 176 hồ sơ trên 1.087 hồ sơ"; "1.126
    # hồ sơ phải bổ sung trong tổng số 4.105 hồ sơ nộp qua mạng" counts what its own predicate says)
    bare = ctx.unit == "count" and (_OUT_OF_ONLY.match(ctx.post) or (
        _OUT_OF_AFTER_NOUN.match(ctx.post) and not dossier_metric(ctx.post, "", "", pct=False, kind_only=True)
        and not own_predicate(ctx.post)))
    at = _OUT_OF_ONLY.search(ctx.post) if bare else None
    m = _NUMERATOR.match(ctx.sentence_after, at.start()) if at and ctx.sentence_after.startswith(ctx.post) else None
    if m is None:
        return None
    after = _clause_head(ctx.sentence_after[m.end():])
    counted = _count(replace(ctx, post=after, clause_after=after))
    head = head_at(after)
    restated = catalogue().count_of(ctx.prev_metric) if ctx.prev_unit == "percent" and ctx.prev_metric else None
    if counted and restated and catalogue().whole_of(restated) == counted.metric:
        # "đúng hạn đạt 98,12%, tức 171.406 trên 174.690 hồ sơ đã giải quyết": a fraction restating the rate before it,
        # whose words after y name the rate's base: x counts what the rate does
        return Decision(restated, "count", counted.head, "inherited")
    if (counted is None and head) or (counted and catalogue().is_outermost_whole(counted.metric)):
        # "…; còn ở cấp xã chỉ có 293 trong số 13.308 hồ sơ, tức 2,2%": a part of the dossiers received (of the
        # mailboxes: "298 trong số 517 tài khoản") is not all of them; with no kind of its own, it counts what the
        # paragraph's rate does, else it is no figure of ours
        part = catalogue().count_of(ctx.para_pct_metric) if ctx.para_pct_metric else None
        return Decision(part, "count", head[0], "inherited") if part and part != "dossiers_received" \
            and head and part.startswith(head[0]) else None
    return counted


_CLAUSE_END = re.compile(r"[,;:()]")


def _clause_head(text: str) -> str:
    """The text up to the end of its first clause; a comma pairing two nouns ends none ("hồ sơ được người dân, doanh
    nghiệp nộp trực tuyến")."""
    end = next((m.start() for m in _CLAUSE_END.finditer(text)
                if not (m.group() == "," and pairs_nouns(text, m.start()))), len(text))
    return text[:end]


# where a base's noun phrase ends and a predicate opens (structure.yml base_predicate_openers)
_BASE_PREDICATE = re.compile(rf"\s(?:{_u('base_predicate_openers', 'structure')})\s")


def _linked_count(ctx: Context) -> Decision | None | bool:
    """A count tied to the number before it: a base after "trên tổng số", or the count behind a rate
    ("đạt 99,85%, tương ứng với 94.839 hồ sơ"). False when the count stands on its own."""
    base = head_name(ctx.post) if not ctx.after_count and ENDS_OUT_OF.search(ctx.pre) else None  # a base after no count
    if base == "services" and ctx.prev_unit == "percent" and not level_in(PHRASE_END.split(ctx.post, maxsplit=1)[0]):
        # "dịch vụ toàn trình chiếm 68,66% trên tổng số 1.669 dịch vụ": a share's base of services is all of them
        return Decision("services_total", "count", "services", "base")
    if base == "dossiers":
        # "số hồ sơ gửi qua mạng …, trên tổng số 158.302 hồ sơ các cơ quan đã tiếp nhận": a whole after a part named
        # with no number; its own words say what it counts, the part's kind is not its own; else all received
        said = dossier_metric(PHRASE_END.split(ctx.post, maxsplit=1)[0], "", "", pct=False)
        return Decision(said, "count", "dossiers", "head") if said else Decision("dossiers_received", "count",
                                                                                  "dossiers", "base")
    if ctx.after_count and (ENDS_OUT_OF.search(ctx.pre) or _OUT_OF_BARE.match(ctx.pre)
                            or _OUT_OF_AFTER_NOUN.match(ctx.pre)):
        # "212.460 hồ sơ trực tuyến trên tổng số 389.115 hồ sơ": the base of an online count is all received;
        # the base of any other count ("số hóa 11.241 trên tổng số 40.954") is no figure of its own
        if ctx.prev_adjacent and ctx.prev_metric and ctx.prev_metric.startswith("dossiers_online") \
                and not ctx.prev_metric.endswith("_pct"):
            return Decision("dossiers_received", "count", "dossiers", "base")
        # "51.574 trên 58.202 hồ sơ được giải quyết đúng hạn": the base of any other part of the dossiers is its whole,
        # unless the base's own words name its kind or its verb ("1.126 hồ sơ phải bổ sung trong tổng số 4.105 hồ sơ nộp
        # qua mạng", "96 hồ sơ trễ hạn trên tổng số 4.480 hồ sơ tiếp nhận")
        own_kind = dossier_metric(PHRASE_END.split(ctx.post, maxsplit=1)[0], "", "", pct=False) \
            if ctx.prev_head == "dossiers" and head_at(ctx.post) and head_at(ctx.pre) else None  # (x has a noun of its own)
        if own_kind:
            return Decision(own_kind, "count", "dossiers", "base")
        whole = catalogue().whole_of(ctx.prev_metric) if ctx.prev_adjacent and ctx.prev_metric \
            and ctx.prev_head == "dossiers" else None
        if whole:
            return Decision(whole, "count", "dossiers", "base")
        # "riêng lĩnh vực đất đai tiếp nhận 21.468 hồ sơ trên tổng số 64.902 hồ sơ của toàn tỉnh": a part of a
        # whole counted with no kind narrower than the whole's own is out of that whole, the same figure of a wider unit
        if ctx.prev_adjacent and ctx.prev_head == "dossiers" and ctx.prev_metric \
                and catalogue().is_outermost_whole(ctx.prev_metric) and head_name(ctx.post) == "dossiers":
            return Decision(ctx.prev_metric, "count", "dossiers", "base")
        # "612 dịch vụ mức độ 4 trên tổng số 1.853 dịch vụ công trực tuyến": the base of a level is all services;
        # the base of any count of services is all procedures when it names them ("1.877 dịch vụ công trực tuyến
        # trên tổng số 1.967 thủ tục hành chính")
        own = head_at(ctx.post)
        if ctx.prev_adjacent and ctx.prev_metric and ctx.prev_metric.startswith("services_") \
                and not ctx.prev_metric.endswith("_pct") and own and own[0] in ("services", "procedures") \
                and (own[0] == "procedures" or ctx.prev_metric != "services_total") \
                and not level_in(_BASE_PREDICATE.split(PHRASE_END.split(ctx.post, maxsplit=1)[0], maxsplit=1)[0]):
            # ("… trên tổng số 1.396 dịch vụ mức độ 3, 4" is a levelled base; "412 trên tổng số 1.742 dịch vụ được cung
            # cấp ở mức độ 3": the predicate after the base's noun is the part's, the base all services)
            return Decision(f"{own[0]}_total", "count", own[0], "base")
        # "Trung tâm tiếp nhận 1.163 thủ tục hành chính trong tổng số 1.748 thủ tục của tỉnh": the base of a count of
        # procedures is all of them
        if ctx.prev_adjacent and ctx.prev_metric and ctx.prev_metric.startswith("procedures_") \
                and not ctx.prev_metric.endswith("_pct") and own and own[0] == "procedures":
            return Decision("procedures_total", "count", "procedures", "base")
        # "298 trong số 517 tài khoản": a part no figure of ours names, out of a whole its own words do name
        whole = _count(ctx) if ctx.prev_metric is None or not ctx.prev_adjacent else None
        return whole if whole and catalogue().is_outermost_whole(whole.metric) else None
    if ctx.prev_unit == "count" and ctx.rate_nearby and ctx.para_pct_metric and _RESTATES_RATE.search(ctx.pre) \
            and _RATE_THEN_BASE.search(ctx.sentence_before):
        # "… đạt 56,14% trên tổng số 612.480 hồ sơ tiếp nhận, tức 343.842 hồ sơ": the count behind the rate, its base
        # between them
        counted = catalogue().count_of(ctx.para_pct_metric)
        return Decision(counted, "count", "dossiers", "inherited") if counted else None
    if ctx.prev_in_clause and ctx.prev_unit == "percent" and ctx.prev_metric and ctx.prev_metric.endswith("_pct") \
            and _CORRESPONDING.match(ctx.pre):
        if base := _BASE_IN_PAREN.match(ctx.pre):  # "chiếm 61,27% tổng số hồ sơ tiếp nhận (121.296 hồ sơ)": the base's
            return decide_words(f"{base.group('base').strip()} là ", "count")
        counted = catalogue().count_of(ctx.prev_metric)  # (a satisfaction rate has no count of ours)
        noun = head_at(ctx.post) if ctx.unit == "count" else None  # (its own noun right after it; not an x/y)
        own = dossier_metric(PHRASE_END.split(ctx.post, maxsplit=1)[0], "", "", pct=False) \
            if counted and ctx.prev_head == "dossiers" and noun and noun[0] == "dossiers" else None
        if own and own == catalogue().whole_of(counted):
            # "… là 11,2%, với 121.804 hồ sơ tiếp nhận": the count names the rate's base in its own words
            return Decision(own, "count", "dossiers", "head")
        return Decision(counted, "count", ctx.prev_head, "inherited") if counted else None
    return False


_NAME_IN_PAREN = re.compile(r"(?:^|[\s,;:•])((?:[^\W\d_][^\s\d,;:()]*\s+){0,3}[^\W\d_][^\s\d,;:()]*)"
                            rf"(?:\s*[(:]|\s+{_u('ordinal', 'numbers')})\s*$")


# (… or a province's name alone between a mark and the number, an item of a ranking's line: "Index 2019: Quảng Ngãi
# 36/63")
_NAME_AS_ITEM = re.compile(r"[:;•,]\s*((?:[^\W\d_][^\s\d,;:()]*\s+){0,3}[^\W\d_][^\s\d,;:()]*)\s+$")


def _province_before_paren(pre: str) -> bool:
    """The words right before the number are a province's name and an opening parenthesis, its label's colon or the
    ordinal word of a list whose verb was said once or not at all ("… Nghệ An (", "• Gia Lai: ", "Ninh Bình thứ "),
    or the name alone after a mark ("…: Quảng Ngãi "); not a province's capital ("thành phố Thanh Hóa (")."""
    found = _NAME_IN_PAREN.search(pre[-60:]) or _NAME_AS_ITEM.search(pre[-60:])
    words = found.group(1).split() if found else []
    name = next((" ".join(words[i:]) for i in range(len(words)) if canonical_province(" ".join(words[i:]))), None)
    return name is not None and province_named(name) is not None


def _ranked(ctx: Context) -> Decision | None:
    """Places in a ranking: "xếp hạng 37/63", "(năm 2016 là 38/63)", "xếp hạng thứ 25", "nhóm 15 tỉnh dẫn đầu",
    "nhóm 20/63"."""
    after_head = head_at(ctx.post)
    ranked_place = ctx.unit == "fraction" and (after_head is None or _RANKED_PLACE.match(ctx.post))
    ordinal = _ORDINAL.search(ctx.pre) if _ORDINAL_HINT.search(ctx.pre) else None
    # "nhóm 15 tỉnh dẫn đầu", "vào nhóm 15/63 trên bảng xếp hạng …": a group of the leading places
    top_group = _TOP_GROUP.search(ctx.pre) and (ranked_place or _TOP_GROUP_AFTER.match(ctx.post))
    # "Trong khu vực, Hưng Yên (31/63) và Nam Định (28/63) đều đứng sau …", "Xếp hạng ICT Index 2018 • Gia Lai: 41/63":
    # a province's place in its parenthesis or labelled by it, the ranking's words anywhere in the sentence or a
    # ranking named in the article
    province_place = ranked_place and _province_before_paren(ctx.sentence_before) and (
        _RANK_CONTEXT.search(ctx.sentence_after) or ctx.article_ranking or ranking_in(ctx.sentence_before))
    # (… or a place out of all right after an ordinal word or a place of the clause's: "thứ 1/14 trong vùng và thứ 11/63
    # cả nước", "vị trí 10/14 trong vùng và 52/63 toàn quốc")
    paired = ranked_place and ((ctx.prev_unit == "rank" and ctx.prev_in_clause) or _BARE_ORDINAL.search(ctx.pre))
    if (ranked_place and _RANK_CONTEXT.search(ctx.sentence_before)) or ordinal or top_group or province_place or paired:
        metric = _rank(ctx)
        if metric:
            return Decision(metric, "rank", None, "rank")
    return None


# (after a comma or a bar, or in a parenthesis right after the count's noun: "Hộ tịch: 612 hồ sơ (trực tuyến 608)";
# or a share with its label after it: "Phường A (2.410 hồ sơ, 76,5% trực tuyến)")
# (one aside without numbers may stand before the part: "1.655 hồ sơ, phần lớn là …; tỷ lệ đúng hạn 98,5%"; the part
# a count with its noun and its kind after it: "407 hồ sơ, 401 hồ sơ đúng hạn")
_PART_LABEL_NEXT = re.compile(rf"(?:[^,;(|\d]*[,;(|]){{1,2}}\s*(?:(?P<label>[^\W\d][^,;()|\d]{{1,30}}?)\s*\d"
                              rf"|\d[\d.,]*\s*(?:%|{DOSSIER_NOUN}(?!\w))\s*(?P<after>[^\W\d][^,;()|\d]{{1,30}}))")


_BARE_NOUN = re.compile(rf"\s*{re.escape(lexicon.entry('nouns', 'canonical')['dossiers'])}\s*")  # "hồ sơ" alone


def part_kind(ctx: Context) -> str | None:
    """The kind of the part labelled right after a dossier count's phrase ("Ấp A: 236 hồ sơ, nộp trực tuyến 214,
    …", "1.102 hồ sơ, đúng hạn 100%", "(2.410 hồ sơ, 76,5% trực tuyến)"): a count naming no kind of its own before
    such a part is the whole received."""
    part = _PART_LABEL_NEXT.match(ctx.sentence_after)
    label = part and (part.group("label") or part.group("after"))
    if not label or first_head(label):
        return None
    return dossier_metric(label, "", "", pct=False, kind_only=True)


_NUMBER_IS = re.compile(rf"\s{_u('level_links')}\s*$")  # "số hồ sơ … là ", "… tăng lên " right before the number
# "hồ sơ có kết quả điện tử", "hồ sơ được số hóa": the noun's words open with what some of them have or undergo
_ATTRIBUTE = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('dossiers', 'attribute_openers') + lexicon.words('dossiers', 'predicate_markers'))})(?!\w)")
_NUMBER_OF_DOSSIERS = re.compile(rf"(?<!\w){_u('count_subjects')}\s+{DOSSIER_NOUN}(?!\w)")  # "số hồ sơ", "tổng số hồ sơ"


COUNT_POINTER = re.compile(rf"(?<!\w){_u('count_anaphora', 'structure')}(?!\w)")  # "con số này", "con số đó"
DOSSIER_POINTER = re.compile(rf"(?<!\w){_u('dossier_anaphora', 'structure')}(?!\w)")  # "số hồ sơ này"


_OWN_WORDS_END = re.compile(rf"{PHRASE_END.pattern}|\s(?:{_u('contrast_turns', 'structure')})\s"
                            rf"(?!(?:{_u('reality_turns', 'structure')})(?!\w))")


# a predicate denied right after a count of dossiers ("… không được tiếp nhận", "… chưa được giải quyết")
_NEGATED = re.compile(rf"(?<!\w){_u('negated_predicates', 'dossiers')}(?!\w)")
_RESOLVED_AFTER_NEGATION = re.compile(rf"\s+{_u('verbs.resolved', 'dossiers')}(?!\w)")


def _own_count_words(ctx: Context) -> str:
    """A count's own words after it: up to a phrase end or a contrast, and up to a "và" whose words run straight into the
    next number, the next conjunct's label ("qua dịch vụ bưu chính 2.118 hồ sơ và qua mạng 9.724 hồ sơ")."""
    own = _OWN_WORDS_END.split(ctx.post, maxsplit=1)[0]
    if own == ctx.post and ctx.sentence_after[len(ctx.post):len(ctx.post) + 1].isdigit():
        own = own[:cut] if (cut := own.rfind(" và ")) >= 0 else own
    return own


def _count(ctx: Context) -> Decision | None:
    """A count: the noun after it, else a "Số lượng X là N" subject before it."""
    found = head_at(ctx.post)
    if found:
        # "… trực tiếp giúp người dân nộp 6.842 hồ sơ trực tuyến": the count's own noun names its kind first
        # (… up to a contrast opening another clause: "312 hồ sơ nộp qua mạng nhưng trước đó chỉ gửi số hồ sơ nhận trực
        # tiếp" is online)
        own_words = _own_count_words(ctx)
        own_kind = found[0] == "dossiers" and dossier_metric(own_words, "", ctx.sentence_before, pct=False,
                                                             kind_only=True)
        negated = _NEGATED.search(own_words) if found[0] == "dossiers" else None
        if negated:  # "317 hồ sơ trực tuyến không được tiếp nhận đúng lúc": those of the kind the predicate denies,
            # a part in a failing state ("chưa được giải quyết", not yet resolved: pending), no count of the kind
            return Decision("dossiers_pending", "count", "dossiers", "head") if negated.group().startswith("chưa") \
                and _RESOLVED_AFTER_NEGATION.match(own_words, negated.end()) else None
        # (… nor is the next conjunct's label its words: "tiếp nhận 9.345 hồ sơ và trả đúng hạn 9.338")
        # (… or the next conjunct's level and its copula: "… mức độ 3 là 6.930 hồ sơ và ở mức độ 4 là 412")
        label_next = own_words != ctx.post and _OWN_WORDS_END.split(ctx.post, maxsplit=1)[0] == ctx.post \
            and (not _DIGIT.search(ctx.post, len(own_words))  # (not "mức độ 3 và 4 của 461 …": a level's digit)
                 or NEXT_LEVEL_LABEL.match(ctx.post, len(own_words)) is not None)
        metric = own_kind or by_head(found[0], ctx, own_words if label_next else ctx.post, ctx.pre)
        served = served_level(ctx.pre, ctx.sentence_after, ctx.after_count and not ctx.pre_cut) \
            if metric in SUBMITTED else None
        metric = f"dossiers_online_level{served}" if served else metric  # "nhóm dịch vụ mức độ 4 nhận 95 hồ sơ"
        part = part_kind(ctx) if found[0] == "dossiers" else None
        bare = _BARE_NOUN.fullmatch(PHRASE_END.split(ctx.post, maxsplit=1)[0]) and not dossier_metric(
            ctx.pre, "", "", pct=False)  # "Xã A: 1.102 hồ sơ, đúng hạn 100%": no state of its own before or after
        if part and (metric is None or (metric == part and bare)):
            metric = "dossiers_received"  # the kind after the comma is the part's
        return Decision(metric, "count", found[0], "head") if metric else None
    issued = _papers_issued(ctx) or _bare_levelled(ctx) or _verb_label(ctx)
    if issued:
        return issued
    # "Số lượng hồ sơ được giải quyết là 1.456/1.625" (an aside holding a figure, closed before the number, names no
    # subject of it: "… là 12.108 (6,96% tổng số hồ sơ), mức độ 4 là 2.512")
    subj = subject(past_asides(ctx.pre, figures_only=True), _COUNT_SUBJECT)
    if subj and (COUNT_POINTER.search(subj[1]) or DOSSIER_POINTER.search(subj[1])):
        subj = None  # "… tổng số hồ sơ, trong khi năm 2013 con số này chỉ là 412": the pointer, nearer, is the subject
        # (… as are the dossiers pointed at: "Riêng quý I/2015, số hồ sơ này đã lên 204")
    if subj and _COUNT_VERB.search(ctx.pre):
        metric = by_head(subj[0], ctx, subj[1], subj[1])
        named = _NUMBER_OF_DOSSIERS.search(subj[1]) if metric is None and subj[0] == "dossiers" else None
        if named and _NUMBER_IS.search(ctx.pre) and not LEVEL_PATTERN.search(subj[1]) \
                and not _ATTRIBUTE.match(subj[1], named.end()):
            metric = "dossiers_received"  # "số hồ sơ xin phép là 1.326": the number of dossiers, no state named
        if metric:  # "Số hồ sơ trực tuyến tăng từ 12.400 lên …": the start of a from-to pair (dated in extract.py)
            return Decision(metric, "count", subj[0], "start" if _FROM_END.search(ctx.pre) else "subject")
    return _noun_copula(ctx)


_PAPERS = lexicon.branches(lexicon.words("dossiers", "result_papers.papers"), suffix=r"(?!\w)",
                          not_followed_by=lexicon.entry("dossiers", "result_papers.not_followed_by"))
_PAPERS_AFTER = re.compile(rf"\s*(?:{_PAPERS})")
_NOT_HANDED_ON = "".join(f"(?<!{re.escape(w)} )" for w in lexicon.words("dossiers", "result_papers.issuing_not_after"))
_ISSUED_BEFORE = re.compile(rf"(?<!\w){_NOT_HANDED_ON}{_u('result_papers.issuing_verbs', 'dossiers')}\s+"
                            rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?$")
_ISSUED_AFTER = re.compile(rf"\s*(?:{_PAPERS})(?:\s+[^\W\d_]+){{0,5}}?\s+{_u('result_papers.issued_passive', 'dossiers')}(?!\w)")
_RESOLVED_VERB = _u("verbs.resolved", "dossiers")
_RESOLVED_COUNT = re.compile(rf"(?<!\w){_RESOLVED_VERB}\s+(?:\S+\s+){{0,3}}?\d|\d[\d.]*\s+{DOSSIER_NOUN}[^\d;]{{0,40}}?"
                             rf"(?<!\w){_RESOLVED_VERB}(?!\w)")


_LEVEL_AFTER = re.compile(rf"\s*(?:(?:{_u('level_after_links', 'structure')})\s+)?{_u('level_words', 'numbers')}\s*\w+(?!\w)")
_LEVELLED_HEADS = tuple(lexicon.words("structure", "levelled_nouns"))
_LEVELLED_NOUN = {head: re.compile(rf"(?<!\w){lexicon.union(words)}(?:\s+[^\W\d_]+){{0,4}}?\s+{_u('level_words', 'numbers')}\s*[1-4]")
                  for head, words in lexicon.kinds("nouns", "heads") if head in _LEVELLED_HEADS}  # "215 dịch vụ ở mức độ 3"


def _bare_levelled(ctx: Context) -> Decision | None:
    """A count with no noun whose phrase opens with a level ("… cung cấp 174 ở mức 3 và 31 ở mức 4"): the levelled
    noun said before it, at that level (services, also when said as procedures; dossiers handled online)."""
    level = level_in(m.group()) if (m := _LEVEL_AFTER.match(ctx.post)) else None
    if level is None or len(level) != 1:
        return None
    head = ctx.prev_head if ctx.prev_head in _LEVELLED_HEADS else None
    for before in (ctx.sentence_before, ctx.context_before or ctx.paragraph_before):
        if head is not None:
            break  # the last noun said with a level, in its sentence or the one before ("Trong số đó, …")
        last = {h: max((n.start() for n in p.finditer(before)), default=-1) for h, p in _LEVELLED_NOUN.items()}
        head = max(last, key=last.get) if max(last.values()) >= 0 else None
    if head is None:
        return None
    # (procedures served at a level are services: "405 thủ tục được cung cấp ở mức độ 3 và 87 ở mức độ 4")
    metric = f"services_level{level}" if head in ("services", "procedures") else f"dossiers_online_level{level}"
    return Decision(metric, "count", head, "inherited")


_VERB_LABEL = re.compile(r"^\W*(?P<label>[^\W\d][^\d,;:()]{2,40}?)\s*:\s*$")
_DOSSIER_WORD = lexicon.entry("nouns", "canonical")["dossiers"]  # "hồ sơ"


def _verb_label(ctx: Context) -> Decision | None:
    """A count whose line is only a label of what is done to dossiers ("Đã giải quyết: 20.977"), under a line about
    dossiers ("Hồ sơ tiếp nhận: 21.408"): the dossiers that label's verb names."""
    label = _VERB_LABEL.match(ctx.sentence_before)
    if not label or first_head(label.group("label") + " ") or not _about_dossiers(ctx.context_before or ctx.paragraph_before):
        return None
    return _verb_of_dossiers(label.group("label"))


def _verb_of_dossiers(words: str) -> Decision | None:
    """The dossiers a verb phrase with the noun left out names ("đã giải quyết": resolved), else None."""
    metric = dossier_metric(" " + _DOSSIER_WORD, words, words, False)
    return Decision(metric, "count", "dossiers", "subject") if metric else None


def _about_dossiers(line: str) -> bool:
    """The line opens with the dossier noun ("Hồ sơ tiếp nhận: 21.408"), or is itself a label of what is done to
    dossiers ("Đã giải quyết: 20.977", the list going on)."""
    found = head_at(" " + line.strip())
    label = _VERB_LABEL.match(line.split(":")[0] + ":") if ":" in line else None
    return (found is not None and found[0] == "dossiers") or bool(
        label and not first_head(label.group("label") + " ") and _verb_of_dossiers(label.group("label")))


def _papers_issued(ctx: Context) -> Decision | None:
    """Papers a procedure hands out, counted after the verb that issues them ("Sở đã cấp 1.203 giấy phép") or before
    its passive ("58 giấy phép đã được cấp"): the dossiers resolved, unless the sentence counts those already."""
    if not (_ISSUED_BEFORE.search(ctx.pre) and _PAPERS_AFTER.match(ctx.post)) and not _ISSUED_AFTER.match(ctx.clause_after):
        return None
    if _RESOLVED_COUNT.search(ctx.sentence_before):
        return None  # "đã giải quyết 2.291 hồ sơ …; đã cấp 2.104 giấy phép": a part of the resolved
    return Decision("dossiers_resolved", "count", None, "issued")


SUM_LEAD = re.compile(rf"(?<!\w){_u('sum_leads')}(?!\w)")
# "…, gồm 2.318 hồ sơ mức độ 3 và 598 hồ sơ mức độ 4, " before a share of a base ("bằng 16,68% số hồ sơ tiếp nhận"):
# two counts by level joined, the share after both is their sum's
_LEVELLED_COUNT = rf"\d[\d.]*\s[^\d,;:()]{{0,40}}?{_u('level_words', 'numbers')}\s*\d\s*"
_LEVEL_PAIR_BEFORE = re.compile(rf"{_LEVELLED_COUNT}(?:,|\s(?:{_u('level_joiners', 'numbers')})\s)\s*{_LEVELLED_COUNT}"
                                rf",[^\d,;:()]*$")


def _share_of_pair(ctx: Context) -> bool:
    """A share of a named base right after two counts by level joined is their sum's ("gồm 2.318 hồ sơ mức độ 3 và
    598 hồ sơ mức độ 4, bằng 16,68% số hồ sơ tiếp nhận"), unless their whole is framed already (whole_framed)."""
    pair = _LEVEL_PAIR_BEFORE.search(ctx.sentence_before) if _BASE_AFTER.match(ctx.post) else None
    return bool(pair) and not whole_framed(ctx, catalogue().share_of(_summed(ctx.prev_metric)), pair.start())


def whole_framed(ctx: Context, whole_share: str | None, parts_start: int) -> bool:
    """The whole that the parts before a share divide is the sentence's topic ("Trong số hồ sơ trực tuyến, …") or had
    its share said before them ("…, tương đương 5,13% …, trong đó …", `parts_start` in the sentence): the share after
    the parts is then news about them, the last one's, not their sum's."""
    # (… in the same sentence, or in the sentence right before: "… 11.589 hồ sơ trực tuyến, chiếm 4,86% tổng số hồ sơ
    # tiếp nhận. Trong đó, 5.201 hồ sơ … mức độ 3, 6.388 hồ sơ … mức độ 4, bằng 2,68% tổng số hồ sơ")
    said = ctx.rate_nearby and ctx.para_pct_metric == whole_share and (
        "%" in ctx.sentence_before[:parts_start] or "%" in ctx.context_before)
    return bool(_WHOLE_TOPIC.match(ctx.sentence_before)) or said


_LEVELLED_PART = re.compile(r"_level(?:34|3plus|[1-4])(?=(?:_pct)?$)")


def without_level(metric: str) -> str:
    """The metric with no service level ("dossiers_online_level4" -> "dossiers_online", "…_level3_pct" -> "…_pct")."""
    return _LEVELLED_PART.sub("", metric)


def _summed(part: str) -> str:
    """What a count and the parts beside it add up to: the metric without its level ("dossiers_online_level4"), or
    the sum the catalogue names for a part of another kind ("dossiers_partial": online dossiers)."""
    bare = without_level(part)
    return bare if bare != part else catalogue().sum_containing(part) or part


_CLOSED_PAREN = re.compile(r"\([^()]*\)")
_WORD_NEXT = re.compile(r"\s*[^\W\d_]")
_NOUN_COPULA = re.compile(rf"\s(?:{_u('noun_copulas')})\s*(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")


_TURN_AT = re.compile(rf"\s*(?:{_u('clause_turns')}\s+)?")
_BARE_END = re.compile(r"\s*(?:[,;.(]|$)")  # nothing after the number but its clause's end
# the words after the noun of a label written right before its number: one to six words, no number, no dash
# ("hồ sơ| trực tuyến ", "số hồ sơ| đã giải quyết "; not "phường| " nor "tài khoản| – +")
_LABEL_CLAUSE = re.compile(r"(?:\s+[^\W\d_]+){1,6}\s*")


# a list item's edge right before a label of words alone: "…; Dịch vụ công trực tuyến ", "(…): số dịch vụ công "
_ITEM_OPENED = re.compile(r"[:;·–]\s*[^\W\d_][^\d:;·–]*$")
# a label opened by the word that makes it a count: "Số dịch vụ công trực tuyến 1.962;", "tổng số thủ tục 1.912"
_COUNT_OPENED = re.compile(rf"\s*(?:{_u('count_subjects')})\s+", re.IGNORECASE)


def _label_words(ctx: Context, clause: str, found: tuple[str, int]) -> bool:
    """The clause is a label: its head noun and a few words of its own ("hồ sơ| trực tuyến "), or, opening a list
    item or opened by a count word, a noun phrase of two words or more that ends the label ("…; Dịch vụ công trực
    tuyến 1.264;", "…: Thủ tục hành chính 1.318;", "Số dịch vụ 1.872."), not a unit whose number may be its name
    ("Phường 3")."""
    rest = clause[found[1]:]
    if _LABEL_CLAUSE.fullmatch(rest):
        return True
    return not rest.strip() and found[0] != "agencies" and len(clause[:found[1]].split()) >= 2 \
        and (ctx.pre_cut or _ITEM_OPENED.search(ctx.sentence_before) is not None or _COUNT_OPENED.match(clause) is not None)


_COPULA_ALONE = re.compile(rf"\s*(?:{_u('share_lead.adverbs')}\s+)?(?:{_u('noun_copulas')})\s*"
                           rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?")  # ("…, mới có ", "…, có khoảng ")


def _past_aside(clauses: tuple[str, ...]) -> str:
    """The clause of a copula's subject: its own, or, when the copula stands alone after an aside set off by commas
    that names no noun of its own ("Riêng hồ sơ mức độ 4, loại nộp và nhận kết quả qua mạng, có 118"), the subject's
    clause before the aside with the copula."""
    last = clauses[-1]
    if len(clauses) < 3 or not _COPULA_ALONE.fullmatch(last) or head_at(clauses[-2]) or _DIGIT.search(clauses[-2]):
        return last
    subject = clauses[-3]
    opened = subject[_TURN_AT.match(subject[_OPENER_AT.match(subject).end():]).end():]
    return subject + last if head_at(opened) else last


def _noun_copula(ctx: Context) -> Decision | None:
    """A count whose clause opens with its noun and a copula stands right before it: "trong đó hồ sơ nộp trực tuyến
    là 1.121.759", "Dịch vụ toàn trình là 1.021" (no "số" needed); or a short clause of the noun and its words alone
    right before a bare number ("trong đó hồ sơ trực tuyến 3.105, chiếm 63,86%", "Số hồ sơ đã giải quyết 4.790;")."""
    copula = _NOUN_COPULA.search(ctx.pre)
    own_word = _WORD_NEXT.match(own_phrase_after(ctx.post))
    if own_word or not (copula or (ctx.unit == "count" and _BARE_END.match(ctx.sentence_after))):
        # (a word right after the number is a noun of its own: "thanh toán trực tuyến đạt 118.402 giao dịch"; not a
        # coordinator opening the next conjunct: "mức độ 3 là 211 và mức độ 4 là 36")
        return None
    # (an aside closed before the copula is none of the clause's marks: "hồ sơ trực tuyến (gồm cả mức độ 3 và mức độ 4) là";
    # not a noun in parentheses, which labels: "Trong đó mức độ 3 (dịch vụ): 287")
    pre = _CLOSED_PAREN.sub(lambda m: m.group() if head_at(" " + m.group().strip("() ")) else " ", ctx.pre) \
        if ")" in ctx.pre else ctx.pre
    clause = _past_aside(_clauses(pre)) if copula else _clauses(pre)[-1]
    clause = clause[_OPENER_AT.match(clause).end():]
    clause = clause[_TURN_AT.match(clause).end():]  # "…, còn hồ sơ trực tuyến đạt 201.440"
    found = head_at(clause)
    if not found or (not copula and (not _label_words(ctx, clause, found) or is_change(ctx))):
        return None
    if ctx.prev_unit == "percent" and ctx.prev_in_clause and len(_clauses(ctx.pre)) == 1:
        return None  # the noun right after a percentage is its: "nâng số xã đạt 100% hồ sơ trực tuyến lên 60/178"
    metric = by_head(found[0], ctx, clause[found[1]:], clause)
    return Decision(metric, "count", found[0], "subject") if metric else None


_NOT_A_YEAR = r"(?!(?:19|20)\d\d,?\s)"  # a year before a unit word counts no units: "năm 2022(,) tỉnh có tỷ lệ …"
# "23 xã có tỷ lệ …", "124/148 xã, phường có tỷ lệ …": a count of units, "có", then a rate
_GROUP_THRESHOLD = re.compile(rf"(?<![\d.,/]){_NOT_A_YEAR}\d[\d.,/]*\s+"
                              rf"(?:{lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['agencies'])})\b"
                              rf"[^;:.]*?\bcó\s+{RATE_WORD.pattern}(?:[^;:,]|,(?=\d))*$")  # within its clause:
# "…, thấp nhất là xã A (38,5%)" after it is a named unit's own value
# "nhiều xã vẫn dưới 10%", "còn 14 xã dưới 30%": an unnamed, counted set of units leads the clause's percentage
# (a number after a month word is the month: "tháng 9 xã mình mới đạt 41,2%")
_MONTH_BEFORE = rf"(?<!{lexicon.union(lexicon.words('periods', 'month'))}\s)"
_GROUP_SUBJECT = re.compile(rf"(?<!\w)(?:{_u('group_quantifiers', 'structure')}|{_NOT_A_YEAR}{_MONTH_BEFORE}\d+)\s+"
                            rf"(?:các\s+)?{_u('group_units', 'structure')}\b[^,;:()]*$")


# … not when a coordinator opens a conjunct of the rate's own, its verb perhaps first ("… 44 xã đạt chuẩn và tỷ lệ hồ
# sơ trực tuyến đạt 35%", "… nhân rộng lên 8 thôn và đưa tỷ lệ hồ sơ trực tuyến của huyện đạt 75%")
_RATE_OF_GROUP = re.compile(rf"{RATE_WORD.pattern}[^,;:()]*\s(?:{_u('group_of_rate', 'structure')})\s+$")
_RATE_CONJUNCT = re.compile(rf"\s(?:{_u('coordinators', 'structure')})\s+(?:[^\W\d]+\s+){{0,2}}{RATE_WORD.pattern}")
# "ở hai huyện vùng cao Mường Tè, Nậm Nhùn, tỷ lệ … vẫn dưới 30%": a group of units, then (in the sentence) a bound
_GROUP_COUNTED = re.compile(rf"(?<!\w){_u('group_counts', 'structure')}\s+"
                            rf"(?P<place>{_u('group_places', 'structure')})\b[^.;:]*$")
_UNIT_CLAUSE_LAST = re.compile(rf",\s*{_u('group_places', 'structure')}\s[^,;:]*$")  # "…, huyện mèo vạc dưới "
_GROUP_LISTED = re.compile(rf"(?<!\w)các\s+(?P<place>{_u('group_places', 'structure')})\s+[^.;:,]+,[^.;:,]*,[^.;:]*$")
_GROUP_LEVELS = lexicon.entry("structure", "group_levels")
_WHOLE_AFTER_GROUP = re.compile(rf"(?<!\w){_u('group_whole_after', 'structure')}(?!\w)")
_BOUND_BEFORE = re.compile(rf"(?<!\w){lexicon.union(BOUND_WORDS)}\s*$")


# "các cơ quan tiếp nhận từ 80 hồ sơ trở lên", "những xã có dưới 50 hồ sơ": units picked out by a bound on their count
# ("các cơ quan … tiếp nhận hơn 412.000 hồ sơ" is a figure: after "các" only the two-part "từ … trở lên" picks out)
_SELECTORS = lexicon.words("structure", "group_selectors")
_FROM_WORDS = lexicon.words("qualifiers", "from_before")  # "từ" of "từ 80 hồ sơ trở lên"
_SELECTED_GROUP = re.compile(rf"(?<!\w)(?P<which>{lexicon.union(_SELECTORS)})\s+{_u('group_units', 'structure')}"
                             rf"\b[^\d,;:.()]{{0,40}}?\s(?:(?P<bound>{lexicon.union(BOUND_WORDS)})|{lexicon.union(_FROM_WORDS)})\s*$")
_AND_UP = re.compile(rf"[^\d,;:.()]{{0,30}}?(?<!\w){_u('upwards_after', 'qualifiers')}(?!\w)")
_UNIT = _u('group_units', 'structure')
# "27/106 xã, phường, thị trấn (của tỉnh) đạt tỷ lệ ": a count of units, their verb, the value next
_UNITS_REACHED = re.compile(rf"(?<![\w.,/])(?<!của\s){_NOT_A_YEAR}\d[\d/]*\s+{_UNIT}(?:\s*,\s*{_UNIT})*"
                            rf"(?:\s+của[^\d,;:.()]{{1,40}}?)?\s+(?:{_u('group_reach_adverbs', 'structure')}\s+)*"
                            rf"{_u('group_reach_verbs', 'structure')}\s+"
                            # (the rate's noun and a bound may stand before the value: "31/140 xã đạt tỷ lệ hồ sơ nộp
                            # trực tuyến trên 20%", "9/27 xã, phường đạt trên 20%")
                            rf"(?:{RATE_WORD.pattern}(?:\s+[^\W\d_]+){{0,6}}\s*)?"
                            rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")


def group_bound(ctx: Context) -> bool:
    """A bound over a group of units its sentence counts or names ("ở hai huyện vùng cao A, B, tỷ lệ này vẫn dưới
    15%"), a bound on a count that picks units out ("các cơ quan tiếp nhận từ 80 hồ sơ trở lên"), or a value named a
    threshold ("vượt ngưỡng 99%"): a threshold, however its rate is named (after "tỷ lệ này" too)."""
    if _THRESHOLD_BEFORE.search(ctx.pre):
        return True  # "dưới ngưỡng 60%", "ngưỡng cảnh báo 95%": a threshold named as one
    if ctx.unit == "percent" and _UNITS_REACHED.search(ctx.sentence_before):
        return True  # "27/106 xã đạt tỷ lệ 100% hồ sơ trực tuyến", "7 đơn vị đạt 100%": the mark counted units reached
    if ctx.unit == "count":
        m = _SELECTED_GROUP.search(ctx.pre[-80:])
        # (after the first selector, "các", only a two-part bound "từ … trở lên" picks out; after the others any bound)
        return bool(m) and (m.group("which") != _SELECTORS[0] if m.group("bound")
                            else bool(_AND_UP.match(ctx.post)))
    group = _bounded_group(ctx)
    return group is not None and _GROUP_LEVELS.get(group.group("place")) is None


def _bounded_group(ctx: Context) -> re.Match[str] | None:
    """The group of places a percentage bound is said over, counted or listed in its sentence before it, when no whole
    is named between them ("ở hai huyện vùng cao A, B, tỷ lệ này vẫn dưới 15%"; not "…, tỷ lệ toàn tỉnh đạt trên
    60%")."""
    if ctx.unit != "percent" or not _BOUND_BEFORE.search(ctx.pre):
        return None
    # (a group listed with "các", not a unit's own bound in a clause of its own after the group set the scene: "Ở các
    # huyện vùng cao, tỷ lệ … còn thấp, huyện Mèo Vạc dưới 5%")
    group = _GROUP_COUNTED.search(ctx.sentence_before) or (
        None if _UNIT_CLAUSE_LAST.search(ctx.sentence_before) else _GROUP_LISTED.search(ctx.sentence_before))
    return None if group is None or _WHOLE_AFTER_GROUP.search(ctx.sentence_before, group.end("place")) else group


def group_level(ctx: Context) -> str:
    """The level of the group of places a percentage bound is said over ("ở hai huyện A, B, tỷ lệ này còn dưới 2%":
    cấp huyện), its scope; empty when it is said of no group or of one whose level is not known."""
    group = _bounded_group(ctx)
    return _GROUP_LEVELS.get(group.group("place"), "") if group else ""


# "ngưỡng 60%", "ngưỡng cảnh báo là 95%": the threshold's noun, a few words naming it, a copula
_THRESHOLD_BEFORE = re.compile(rf"(?<!\w){_u('threshold_nouns', 'qualifiers')}(?:\s+[^\W\d_]+){{0,3}}?\s*(?:là|:)?\s*"
                               rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")
_COORDINATED_END = re.compile(r"(?:\svà|,)\s*$")


def _percentage(ctx: Context) -> Decision | None:
    """A percentage: its noun after it, a noun or "tỷ lệ X" subject before it, the count it is a share
    of, or the rate it continues; never the online rate when its base is the online dossiers ("… bằng 6,81% số hồ
    sơ trực tuyến của toàn tỉnh": a share of them)."""
    decision = _percentage_read(ctx)
    if decision and decision.metric == "dossiers_online_pct" and _online_base(ctx.post, adjective=True):
        return None
    if decision and decision.metric == "dossiers_online_pct" and decision.how == "head" and ctx.prev_adjacent \
            and ctx.prev_unit == "count" and catalogue().sum_containing(ctx.prev_metric or "") == "dossiers_online" \
            and _SHARE_LEAD.search(ctx.pre):
        return None  # "Số hồ sơ xử lý toàn trình đạt 171.002, tức 68,7% hồ sơ trực tuyến": a part's share of them
    if decision and decision.head == "dossiers" and _of_units(ctx.post):
        return None  # "… dù sóng 4G đã phủ 98,5% số ấp": a share of units, whatever dossier rate the sentence names
    return decision


_COUNT_OF = re.compile(rf"\s*(?:{_u('count_subjects')})\s")  # "số", "tổng số" opening a share's noun
_UNIT_HEADS = ("agencies", "people")


def _of_units(post: str, heads: tuple[str, ...] = _UNIT_HEADS) -> bool:
    """The words after a percentage name units or people as what it is a share of ("98,5% số ấp", "95% số xã")."""
    counted = _COUNT_OF.match(post)
    units = head_at(post[counted.end() - 1:]) if counted else None
    return units is not None and units[0] in heads


_OF_THEM = re.compile(rf"\s*{_u('of_them_after_share', 'structure')}(?!\w)")


_HANDLED_BEFORE = re.compile(rf"(?<!\w){_u('handled_verbs', 'dossiers')}\s+$")
_UNSATISFIED = re.compile(rf"(?<!\w)(?:{_u('satisfaction.negations')})\s+{_u('satisfaction.word')}(?!\w)")


def _rate_label(before: str) -> bool:
    """The words before a figure are a line's label naming a rate, a colon, then the figure's own clause ("Tỷ lệ hồ sơ
    trực tuyến: phấn đấu đạt ")."""
    label, colon, said = before.rpartition(":")
    return bool(colon) and RATE_WORD.search(label) is not None and not re.search(r"[;:.]", said)


def _percentage_read(ctx: Context) -> Decision | None:
    """The metric of a percentage, as its words read (see _percentage)."""
    if _SATISFIED_AFTER.match(ctx.clause_after):  # "95,6% người dân hài lòng với …"
        return Decision("satisfaction_pct", "percent", "satisfaction", "head")
    if of_feedback(ctx) or _HANDLED_BEFORE.search(ctx.pre) or _UNSATISFIED.search(_clauses(ctx.pre)[-1]):
        # (… or the share of dossiers an agency handled so: "đã đồng bộ 100% hồ sơ trực tuyến lên Cổng"; or the other
        # answer of a rating, its clause's subject: "…; lượt không hài lòng chiếm 2,08%")
        return None
    of_them = _OF_THEM.match(ctx.post)
    # (… or the people a share before counted: "100% cán bộ … có hộp thư riêng; chỉ khoảng 65% trong số họ dùng thường
    # xuyên")
    # (a share of officials before, or of those given a mailbox: "… cấp 3.560 hộp thư, đạt 87% số người thuộc diện
    # được cấp. Chỉ khoảng 40% trong số đó thường xuyên dùng hộp thư")
    people = (ctx.prev_unit == "percent" and (ctx.prev_head == "officials" or ctx.prev_metric == "email_issued_pct")) \
        or (ctx.prev_unit is None and ctx.rate_nearby and ctx.para_pct_metric == "email_issued_pct")
    noun = CANONICAL.get("officials" if people else ctx.prev_head or "") \
        if of_them and (ctx.prev_unit == "count" or people) else None
    # "69.872 hồ sơ đã được giải quyết, hơn 97% trong số đó được trả đúng hẹn": its predicate, said of that noun (when
    # it reads so; else the share of the count as below: "đã cấp 3.950 hộp thư, khoảng 55% trong số đó thường xuyên dùng")
    said = _percentage_read(replace(ctx, post=f" {noun}{ctx.post[of_them.end():]}",
                                    clause_after=f" {noun}{ctx.clause_after[of_them.end():]}")) if noun else None
    if said:
        return said
    if of_them and noun:  # "… hộp thư cho cán bộ; 52% trong số họ dùng hộp thư để gửi, nhận văn bản": its predicate alone
        ctx = replace(ctx, post=ctx.post[of_them.end():], clause_after=ctx.clause_after[of_them.end():])
    base = _base_noun(ctx)
    # "Trên tổng số 41.260 hồ sơ …, hơn 61% được nộp trực tuyến": the base set before it is the percentage's noun
    said = _percentage_read(replace(ctx, post=f" {base}{ctx.post}", clause_after=f" {base}{ctx.clause_after}")) \
        if base else None
    if said:
        return said
    topic = _topic_noun(ctx)
    # "Với cán bộ, công chức, 100% đã được cấp hộp thư": the topic is the percentage's noun, its predicate after it
    said = _percentage_read(replace(ctx, pre="", post=f" {topic}{ctx.post}",
                                    clause_after=f" {topic}{ctx.clause_after}")) if topic else None
    if said:
        return said
    # "chiếm 3,6% tổng số hồ sơ", "nâng tỷ lệ hồ sơ nộp qua mạng lên trên 5% tổng số hồ sơ tiếp nhận": the base after
    # a share verb or a rate in its clause, not the percentage's own noun
    # (a qualifier alone leads a share only after a count of its clause: "Năm 2020, hơn 34,58% số hồ sơ đã được gửi qua
    # mạng" is the share of those sent; "…, trong đó 12.815 hồ sơ trực tuyến, khoảng 2,5% tổng số hồ sơ" is of the base)
    lead = _SHARE_LEAD.search(ctx.pre)
    lead = lead if lead and (ctx.after_count or not _QUALIFIER_LEAD.fullmatch(lead.group())) else None
    # (nor does an adverb of how little before a share of people: "Tuy nhiên, chỉ khoảng 45% số người được cấp thường
    # xuyên dùng hộp thư" is their use)
    lead = None if lead and not ctx.after_count and _ADVERB_LEAD.fullmatch(lead.group()) \
        and _of_units(ctx.post, ("people", "officials")) else lead
    # (… or a rate labelling the line: "- Tỷ lệ hồ sơ trực tuyến năm 2023: phấn đấu đạt 55% tổng số hồ sơ tiếp nhận")
    # (… or a count pointed back to as the clause's subject: "Con số này vẫn chưa đến 3% số hồ sơ … tiếp nhận")
    names_base = (_BASE_AFTER.match(ctx.post) or _RECEIVED_BASE.match(ctx.post)) \
        and (lead or RATE_WORD.search(_clauses(ctx.pre)[-1]) or _rate_label(ctx.sentence_before)
             or COUNT_POINTER.search(_clauses(ctx.pre)[-1]))
    found = head_at(ctx.post) if not names_base else None
    # "… vẫn nộp trực tiếp: lĩnh vực A chỉ đạt 12,8% hồ sơ trực tuyến": the share's own noun names its kind first
    own_kind = found and found[0] == "dossiers" and share_kind(PHRASE_END.split(ctx.post, maxsplit=1)[0])
    metric = own_kind or (by_head(found[0], ctx, ctx.post, ctx.pre) if found else None)
    if found and metric is None and _COORDINATED_END.search(ctx.post) \
            and ctx.clause_after[len(ctx.post):].lstrip()[:1].isdigit():
        # "100% công chức cấp huyện và 85% công chức cấp xã đã được cấp hộp thư": the predicate after the last
        metric = by_head(found[0], ctx, ctx.clause_after, ctx.pre)
    if metric:
        return Decision(metric, "percent", found[0], "head")
    if not found and (users := _mailbox_users_share(ctx)):
        return users  # "…, nhưng mới có khoảng 45% thường xuyên dùng hộp thư trong công việc"
    if (found and found[0] not in ("dossiers", "services") and not _BASE_AFTER.match(ctx.post)) \
            or (not found and (other_noun_at(ctx.post) or unknown_noun_at(ctx.sentence_after))) \
            or (found and found[0] == "dossiers" and own_predicate(ctx.post)):
        if not found or found[0] == "dossiers":  # "98,6% phiếu được trả đúng hẹn": the papers handed back on time
            return _returned_on_time(ctx.post)
        # "80% người dân …", "90% hồ sơ công việc", "100% xã có cán bộ hướng dẫn", "100% văn bản đi được ký số":
        # the share of what it names, whatever the sentence's rate (not a base: "lên 40% tổng số TTHC"); "100% hồ sơ
        # trễ hạn phải có văn bản xin lỗi": the share its dossiers' own predicate says
        return None
    group = _GROUP_SUBJECT.search(ctx.sentence_before)
    if group and (_RATE_CONJUNCT.search(ctx.sentence_before, group.start())
                  or _RATE_OF_GROUP.search(ctx.sentence_before, 0, group.start())):
        group = None  # "có 44/51 xã đạt chuẩn và tỷ lệ hồ sơ trực tuyến đạt 35%": the rate a conjunct of its own;
        # "tỷ lệ hồ sơ trực tuyến ở một số huyện vẫn dưới 20%": the rate of the group, measured there
    if _GROUP_THRESHOLD.search(ctx.sentence_before) or group:
        return None  # "23 xã có tỷ lệ hồ sơ trực tuyến dưới 50%", "nhiều xã vẫn dưới 10%": a bound over a group of units
    named = _noun_subject(ctx)
    if named:
        return named
    if _subject_not_ours(ctx):
        return None  # "…; kinh tế số chiếm 20% GRDP": the clause's own subject, no noun of ours
    process = _process_rate(ctx) or _of_which_share(ctx)
    if process:
        return process
    # (… or a bare comma after a count inside one parenthesis: "(5.874 hồ sơ, 5,22%)", the count and its share)
    lead = _SHARE_LEAD.search(ctx.pre) or (_PAREN_COUNT_COMMA.search(ctx.sentence_before[-60:])
                                           if ctx.in_paren and not ctx.pre.strip() else None)
    # (the count of those satisfied is no figure of ours: "có 525 người trả lời hài lòng …, chiếm 87,5%")
    if lead and ((ctx.prev_unit == "count" and ctx.prev_adjacent) or (ctx.after_count and not ctx.pre_cut)) \
            and (_SATISFIED_AFTER.match(ctx.pre) or _SATISFIED_PAST_SHARE.match(ctx.clause_after)):
        return Decision("satisfaction_pct", "percent", "satisfaction", "share")  # "3.509 lượt hài lòng (99,8%)"
    if ctx.prev_metric and ctx.prev_unit == "count" and ctx.prev_adjacent and lead \
            and not RATE_WORD.search(ctx.pre[:lead.start()]):
        sum_word = SUM_LEAD.search(ctx.pre)
        summed = _summed(ctx.prev_metric) if sum_word or _share_of_pair(ctx) else ctx.prev_metric
        if sum_word and summed not in catalogue().metrics:
            # "… 214 thủ tục mức độ 3 và 12 thủ tục mức độ 4; tính chung mới bằng 13,85%": the sum word names the sum
            summed = catalogue().sum_containing(ctx.prev_metric) or summed
        # "mức độ 3 là 5.204, mức độ 4 là 1.873, tổng cộng chỉ chiếm 7,5%": the share of the levels' sum
        share = catalogue().share_of(summed if summed in catalogue().metrics else ctx.prev_metric) \
            or _electronic_share(ctx)
        # "287 dịch vụ mức độ 4, tương ứng 69,66%, không phát sinh hồ sơ nào": the predicate after the pair is both's
        later = services_by_dossiers(ctx.clause_after) if ctx.prev_head == "services" else None
        share = f"{later}_pct" if later else share
        # (a qualifier or an adverb of how little alone, or nothing, leads the share of the dossiers before it; a kind
        # right after it names which share: "đã giải quyết 143.902 hồ sơ, hơn 99% đúng hạn", "Phường A (2.410 hồ sơ,
        # 76,5% trực tuyến)", "trong 50.000 hồ sơ đã giải quyết, chỉ có 2,1% trễ hạn")
        kind = share_kind(re.split(r"[,;(]", ctx.post)[0]) if ctx.prev_head == "dossiers" and (
            _QUALIFIER_LEAD.fullmatch(lead.group()) or _ADVERB_LEAD.fullmatch(lead.group()) or not ctx.pre.strip()) \
            else None
        share = kind or share
        if share == "dossiers_online_pct" and (_online_base(ctx.post) or _online_topic(ctx.sentence_before)):
            return None  # "84.217 hồ sơ qua Cổng quốc gia, bằng 35,40% số hồ sơ trực tuyến": a share of them (so too
            # under a topic of them: "Trong số hồ sơ trực tuyến, 3.212 hồ sơ do phụ nữ đứng tên, bằng 54,68%")
        if share == "email_issued_pct":  # "đã cấp 6.840 hộp thư, trong đó khoảng 65% thường xuyên sử dụng": the users
            share = usage_named("officials", PHRASE_END.split(ctx.post, maxsplit=1)[0]) \
                or ("email_usage_pct" if in_use_share(ctx.pre) else share)
        return Decision(share, "percent", ctx.prev_head, "share") if share else None
    if lead and ctx.after_count and not ctx.prev_adjacent and _electronic_share(ctx):
        # "gửi 1.126 văn bản điện tử tới các xã, chiếm 64,64%": the share of a count of documents no rule read
        return Decision("edocs_pct", "percent", "documents", "share")
    return _unit_average(ctx) or _item_subject(ctx) or _rate_subject(ctx) or _continued_rate(ctx) or _topic_lead(ctx) \
        or _process_subject(ctx) or _label_share(ctx) or _returned_on_time(ctx.post) or _restated_as_count(ctx) \
        or _rate_of_clause_before(ctx)


# "(trên toàn tỉnh), tức 61.530 hồ sơ trực tuyến": a place's words, a restating verb, a count and its noun (up to the
# next number or mark)
_COUNT_RESTATES = re.compile(rf"^(?:\s+{_u('restated_share_scopes')}\s[^,;:.()\d]{{0,24}})?,\s*"
                             rf"{_u('share_lead.verbs')}\s+(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?{NUMBER_PATTERN}"
                             rf"(?P<noun>\s+[^,;:.()\d]+)")


def _restated_as_count(ctx: Context) -> Decision | None:
    """A percentage nothing else reads, restated right after as a count ("Hiện đạt: 18,4% trên toàn tỉnh, tức 61.530
    hồ sơ trực tuyến"): the share of what that count counts."""
    restated = _COUNT_RESTATES.match(ctx.clause_after)
    found = head_at(restated.group("noun")) if restated else None
    metric = by_head(found[0], ctx, restated.group("noun"), "") if found else None
    return Decision(metric, "percent", found[0], "restated") if metric and metric.endswith("_pct") else None


_LINE_MARKS = re.compile(r"^[\W_]+")  # a bullet, dash or emoji opening the line


# "97,2% được trả đúng hẹn", "98,6% phiếu lý lịch tư pháp được trả đúng hẹn": up to six words of a noun, a passive of
# handing back or handling (dossiers.yml result_passives), then what the deadline says
_RESULT_PASSIVE = re.compile(rf"^\s*(?P<noun>(?:[^\W\d_]+\s+){{0,6}}?){_u('result_passives', 'dossiers')}"
                             rf"\s+(?P<said>[^,;.()\d]+)")
_NOT_RESULTS = re.compile(rf"(?<!\w){_u('not_results', 'dossiers')}(?!\w)")


def of_feedback(ctx: Context) -> bool:
    """A percentage right before feedback, petitions, questions or calls ("… và 95% phản ánh được xử lý đúng hạn",
    "trả lời 100% kiến nghị"): their share, no figure of ours, whatever a figure before it was."""
    return ctx.unit == "percent" and _NOT_RESULTS.match(ctx.post.lstrip()) is not None


def _returned_on_time(post: str) -> Decision | None:
    """A share whose own phrase hands back or handles something with an outcome of the deadline right after the verb:
    that outcome's rate."""
    passive = _RESULT_PASSIVE.match(post)
    passive = None if passive and _NOT_RESULTS.search(passive.group("noun")) else passive
    said = share_kind(passive.group("said")) if passive else None
    outcome = passive and _DEADLINE_OPENS.match(passive.group("said"))
    return Decision(said, "percent", "dossiers", "head") if said in _DEADLINE_RATES and outcome else None


_DEADLINE_OPENS = re.compile(rf"\s*(?:{lexicon.union(_DEADLINE_WORDS)})(?!\w)")


# "Trong số hồ sơ trực tuyến, …", "Trong tổng số 142.660 hồ sơ trực tuyến của năm 2023, …": a sentence opening with
# the whole its figures are parts of
_WHOLE_TOPIC = re.compile(rf"^\W*(?:{_u('continuing_openers', 'structure')}\s*,?\s*)?(?:{_u('whole_topics', 'structure')})\s+"
                          rf"(?P<noun>[^\d,;:()]+?)\s*,")


def _online_topic(sentence_before: str) -> bool:
    """The sentence opens with the online dossiers as the whole its figures are parts of."""
    topic = _WHOLE_TOPIC.match(sentence_before)
    return bool(topic) and dossier_metric(topic.group("noun"), "", "", pct=False, kind_only=True) == "dossiers_online"


_ONLINE_RIGHT_AFTER = re.compile(rf"\s*{lexicon.union(dict(lexicon.kinds('dossiers', 'kinds'))['online'])}(?!\w)")


def _online_base(post: str, adjective: bool = False) -> bool:
    """The words after a percentage name its base as the online dossiers ("35,40% số hồ sơ trực tuyến"); with
    adjective, only with the online word right on the noun, no verb between ("… số hồ sơ được nộp qua mạng" may be the
    rate's own words)."""
    base = _BASE_AFTER.match(post)
    head = head_at(post[base.end():]) if base else None
    if adjective and not (head and _ONLINE_RIGHT_AFTER.match(post, base.end() + head[1])):
        return False
    phrase = PHRASE_END.split(post[base.start():], maxsplit=1)[0] if base else ""
    return bool(head) and head[0] == "dossiers" \
        and dossier_metric(phrase, "", "", pct=False, kind_only=True) == "dossiers_online"


def line_share(ctx: Context, count: Decision | None) -> Decision | None:
    """A line that opens with a share's verb, right after a line that stated a count ("📌 Số hồ sơ nộp qua mạng: 61.902
    hồ sơ." / "📌 Tương ứng 63,03% tổng số hồ sơ tiếp nhận"): that count's share."""
    if ctx.unit != "percent" or count is None or count.unit != "count" \
            or not _SHARE_LEAD.fullmatch(_LINE_MARKS.sub("", ctx.pre)):
        return None
    if head_at(ctx.post) and not _BASE_AFTER.match(ctx.post):
        return None  # "Tương ứng 63% hồ sơ trực tuyến": a noun of its own
    share = catalogue().share_of(count.metric)
    return Decision(share, "percent", count.head, "share") if share else None


def _item_subject(ctx: Context) -> Decision | None:
    """A percentage in an item after ';' that opens with its own noun or process and no rate word ("…: tỷ lệ hồ sơ
    trực tuyến trên 65%; số hóa hồ sơ, kết quả đạt 80%; văn bản điện tử cấp xã từ 90% trở lên"): the share that
    opening names, not the rate of an earlier item."""
    before = ctx.sentence_before[:len(ctx.sentence_before) - len(ctx.pre)] if ctx.sentence_before.endswith(ctx.pre) else ""
    if not before.rstrip().endswith(";"):
        return None
    item = ctx.pre
    if RATE_WORD.search(item) or not _ITEM_SHARE_END.search(item):
        return None
    opening = _TIME_LEAD.sub("", item)
    found = head_at(" " + opening.strip())
    if found and found[0] not in ("agencies", "people"):
        metric = by_head(found[0], ctx, item, item)
        return Decision(metric, "percent", found[0], "subject") if metric and metric.endswith("_pct") else None
    if found is None and _KIND_OPENS.match(opening):
        metric = share_kind(item)
        return Decision(metric, "percent", "dossiers", "subject") if metric else None
    return None


# the item's words end with a share's verb or a bound before the number ("… đạt ", "… từ ", "… trên ")
_ITEM_SHARE_END = re.compile(rf"(?:{_u('noun_then_share.verbs')}|{_u('noun_then_share.qualifiers')}|từ)\s*$")
_KIND_OPENS = re.compile(rf"\s*(?:{lexicon.union([w for kind, ws in lexicon.kinds('dossiers', 'kinds') for w in ws])})\b")


_PROCESS_OPENS = re.compile(rf"\s*(?:{_u('process_subject_verbs')})\s")


_LAST_DIGIT = re.compile(r".*\d", re.DOTALL)


def _counted_words(ctx: Context) -> str:
    """The words of the sentence after its last number before the percentage (what that count counts), else ''."""
    return ctx.sentence_before[m.end():] if (m := _LAST_DIGIT.match(ctx.sentence_before)) else ""


def _electronic_share(ctx: Context) -> str | None:
    """The share of a count of documents its own words call electronic ("20.118 văn bản gửi hoàn toàn dưới dạng
    điện tử, tỷ lệ 92,97%"): the electronic documents' share."""
    counted = _counted_words(ctx)
    found = head_at(counted)
    if (ctx.prev_head or (found and found[0])) != "documents":
        return None
    return "edocs_pct" if E_DOC.search(counted) or E_DOC.search(_part_out_of(ctx.sentence_before)) else None


_NUMBERS = re.compile(r"\d[\d.,]*")


def _part_out_of(before: str) -> str:
    """When the count right before is the base of a part out of it ("gửi điện tử 13.902 văn bản trên tổng số 33.685
    văn bản đi, tương đương 41,27%"), the part's words: its clause up to the part, and on to the base (a comma may stand
    before the base: "gửi 480 văn bản điện tử, trên tổng số 700 văn bản đi, tức …"); else ""."""
    numbers = list(_NUMBERS.finditer(before))
    if len(numbers) < 2 or not ENDS_OUT_OF.search(before[numbers[-2].end():numbers[-1].start()]):
        return ""
    return _clauses(before[:numbers[-2].start()])[-1] + before[numbers[-2].start():numbers[-1].start()]


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a clause of the rate word alone, maybe a share verb and a qualifier: "…, tỷ lệ đạt ", "…, với tỷ lệ "
_BARE_RATE_CLAUSE = re.compile(rf"\s*(?:với\s+)?{RATE_WORD.pattern}\s*(?:{_NOUN_THEN_SHARE.pattern})?")


def _rate_of_clause_before(ctx: Context) -> Decision | None:
    """A rate word alone in its clause, after a clause saying what was done to a noun of ours ("văn bản đi, đến … đã
    được gửi dưới dạng điện tử, tỷ lệ đạt 99%"): the rate of that clause, read as if it were the share's subject."""
    clause = _clauses(ctx.pre)[-1]
    if ctx.after_count or not _BARE_RATE_CLAUSE.fullmatch(clause) or len(clause) >= len(ctx.sentence_before):
        return None
    before = ctx.sentence_before[:len(ctx.sentence_before) - len(clause)].rstrip(" ,")
    if not before or _DIGIT.search(_A_YEAR.sub(" ", before)):
        return None  # (no figure of its own before it: a year only)
    return _percentage_read(replace(ctx, pre=f"{before} đạt ", sentence_before=f"{before} đạt ", prev_metric=None,
                                    prev_unit=None, prev_head=None, prev_like=None))


def _process_subject(ctx: Context) -> Decision | None:
    """A bare percentage whose clause opens with what is done to the dossiers, no rate word ("Giải quyết đúng hạn cả
    năm đạt trên 98%", "Thứ hai, giải quyết đúng hạn từ 99% trở lên"): the rate of that process."""
    if head_at(ctx.post) or RATE_WORD.search(ctx.sentence_before):
        return None
    clause = _clauses(ctx.sentence_before)[-1]
    if not _PROCESS_OPENS.match(clause) or not DOSSIER_PROCESS.match(clause):
        return None
    metric = share_kind(clause)
    return Decision(metric, "percent", "dossiers", "subject") if metric else None


def _topic_lead(ctx: Context) -> Decision | None:
    """A bare percentage in a sentence opened by a topic that names a rate ("Về hồ sơ trực tuyến, tỉnh phấn đấu đến
    cuối năm đạt ít nhất 15%"): that rate, when the sentence names no rate of its own before it, and the percentage
    no whole of its own after it ("20% số hộ": of households)."""
    if head_at(ctx.post) or _COUNT_OF.match(ctx.post) or RATE_WORD.search(ctx.sentence_before):
        return None
    metric = _topic_rate(ctx)
    return Decision(metric, "percent", "dossiers", "topic") if metric else None


_NOT_OURS = "not_ours"  # the head (nouns.yml) of nouns no metric of ours counts (people's satisfaction rate is ours)


def _rate_subject(ctx: Context) -> Decision | None:
    """The nearest subject before the percentage: "mức độ hài lòng … đạt", "tỷ lệ X … đạt"."""
    # (a bulleted line whose label names a noun of its own, its first number this one, is its own subject: "- Tỷ lệ hồ
    # sơ đúng hạn: 96,4%; - Cán bộ, công chức thường xuyên dùng thư điện tử: 58%" is no rate of the line before)
    line = _line_before(ctx.sentence_before)
    named = head_at(" " + line.lstrip(LABEL_EDGES)) \
        if line is not ctx.sentence_before and not _DIGIT.search(line) else None
    if named and named[0] != "agencies":
        ctx = replace(ctx, sentence_before=line)
    satisfied = list(_SATISFACTION_SUBJECT.finditer(ctx.sentence_before))
    rates = list(RATE_WORD.finditer(ctx.sentence_before))
    if satisfied and (not rates or satisfied[-1].start() > rates[-1].end()) or _SATISFACTION_LABEL.search(ctx.pre):
        return Decision("satisfaction_pct", "percent", "satisfaction", "subject")
    own = head_at(ctx.sentence_before[rates[-1].end():]) if rates else None
    if own and own[0] == _NOT_OURS:
        return None  # "…; tỷ lệ gói thầu qua mạng đạt 70%": a rate of a noun not ours, whatever the clause before named
    subj = subject(ctx.sentence_before)
    if subj and _labelled_otherwise(ctx.pre, subj[0]):
        return None
    if subj:
        head, desc = subj
        # "tỷ lệ hồ sơ … trước hạn đạt 60%, đúng hạn 38%, trễ hạn 2%": a kind named just before wins
        # (its own clause only, a closed parenthesis aside: "Không chỉ nộp trực tuyến nhiều hơn, tỷ lệ hồ sơ được giải
        # quyết đúng và trước hạn cũng đạt …", "tỷ lệ hồ sơ … trực tuyến (gồm toàn trình và một phần) đạt …")
        # (… from a "và" opening dossiers as a subject of their own, which are then the subject: "tỷ lệ đúng hạn toàn
        # tỉnh đạt 98,5%, thời gian giải quyết … 4 ngày và hồ sơ nộp trực tuyến chiếm 7%")
        conjuncts = _AND_SUBJECT.split(_clauses(_CLOSED_PAREN.sub(" ", ctx.pre))[-1])
        head = "dossiers" if len(conjuncts) > 1 and head_name(" " + conjuncts[-1]) == "dossiers" else head
        own = share_kind(conjuncts[-1]) if head == "dossiers" else None
        # (… or, in a clause of its own that names no rate or noun, the kind right after it: "tỷ lệ đúng hạn đạt 97,7%,
        # còn lại 2,3% trễ hạn" is the late share)
        bare = _clauses(ctx.pre)[-1] if head == "dossiers" else None
        if own is None and bare is not None and not RATE_WORD.search(bare) and not first_head(bare + " "):
            own = share_kind(own_phrase_after(ctx.post))
        # (… or the rate word nearest the number, in its clause, names a kind and no noun: "100% hồ sơ được số hóa … và
        # tỷ lệ đúng hạn trở lại mức trên 98%")
        # (… or names the dossiers and a kind: "… có tỷ lệ trễ cao … và phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn … đạt
        # trên 98%")
        tail = ctx.sentence_before[rates[-1].end():] if rates and head == "dossiers" else ""
        tail_head = head_at(" " + tail) if tail else None
        if tail and not _NEAREST_RATE_CUT.search(tail) \
                and (tail_head is None or (tail_head[0] == "dossiers" and len(rates) > 1)):
            own = share_kind(tail) or own
        metric = own or by_head(head, ctx, desc, desc)
        if metric:
            return Decision(metric, "percent", head, "subject")
    return _kind_rate(ctx.sentence_before, rates) or _level_rate(ctx, rates) or _email_rate(ctx.sentence_before, rates)


_NEAREST_RATE_CUT = re.compile(r"[,;:()\d]")  # a clause mark, or a number: the rate word's own figure came before
_ITEM_LABEL = re.compile(r"(?:^|[;.:])\s*(?:[-–•+*]\s*)?([^;:.()]{2,80}?)\s*:\s*$")  # "…; lượt đăng nhập …: "
_OWN_LABEL_HEADS = frozenset(lexicon.words("nouns", "labels_of_their_own"))


def _labelled_otherwise(pre: str, head: str) -> bool:
    """The percentage's own item label names a thing counted on its own, not the rate's head ("Tỷ lệ hồ sơ … : 38,2%;
    lượt đăng nhập bằng tài khoản VNeID: 73,4%"): the rate named before does not reach past that label."""
    label = _ITEM_LABEL.search(pre)
    found = head_at(" " + label.group(1)) if label else None
    return bool(found and found[0] in _OWN_LABEL_HEADS and found[0] != head)


_USE_ADVERBS = lexicon.union(lexicon.words('nouns', 'official_use_adverbs')
                             + lexicon.words('dossiers', 'predicate_adverbs'))
# (… perhaps after "of them": "khoảng 70% trong số đó thường xuyên dùng hộp thư")
_USE_VERB_FIRST = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('metric_words', 'of_which'))}\s+)?(?:{_USE_ADVERBS}\s+)*"
                             rf"(?:{lexicon.union(lexicon.words('nouns', 'official_use'))})(?!\w)")


def _mailbox_users_share(ctx: Context) -> Decision | None:
    """A bare percentage whose own phrase opens with using ("… khoảng 45% thường xuyên dùng hộp thư trong công việc"),
    the mailbox named there or before it in its sentence ("đã cấp 6.420 hộp thư, song chỉ 45% thường xuyên sử dụng"):
    the share of officials who use it, the e-mail usage rate."""
    own = PHRASE_END.split(ctx.post, maxsplit=1)[0]
    verb = _USE_VERB_FIRST.match(own)
    if not verb:
        return None
    rest = own[verb.end():]
    if email_use_rate(own) or (EMAIL.search(ctx.sentence_before) and (not rest.strip(" .!?") or _USE_TAIL.match(rest))):
        return Decision("email_usage_pct", "percent", "officials", "subject")
    return None


_USE_TAIL = re.compile(rf"\s*(?:(?:{lexicon.union(lexicon.words('nouns', 'official_use_mail'))})(?!\w)\s*)?"
                       rf"(?:[.!?]*\s*$|(?:{lexicon.union(lexicon.words('nouns', 'official_use_tails'))})(?!\w))")


def _email_rate(sentence_before: str, rates: list[re.Match[str]]) -> Decision | None:
    """A rate whose own clause names using the e-mail, no head of its own before the verb ("tỷ lệ thường xuyên dùng
    hộp thư trong công việc mới khoảng 40%"): the e-mail usage rate."""
    phrase = _KIND_RATE_END.split(sentence_before[rates[-1].end():], maxsplit=1)[0] if rates else ""
    metric = email_use_rate(phrase)
    return Decision(metric, "percent", "officials", "subject") if metric else None


def _level_rate(ctx: Context, rates: list[re.Match[str]]) -> Decision | None:
    """A rate named by a service level alone after counts of levels ("… 541 dịch vụ mức độ 3 và 706 dịch vụ mức độ
    4; tỷ lệ mức độ 4 là 37,69%"): the share of that level's count; opening its sentence, after a sentence counting a
    level ("Mức độ 4: 142 dịch vụ. Tỷ lệ mức độ 3 trên tổng số: 20,26%"), the share of that sentence's noun at it."""
    if not rates:
        return None
    phrase = _KIND_RATE_END.split(ctx.sentence_before[rates[-1].end():], maxsplit=1)[0]
    level = level_in(phrase) if not first_head(phrase) else None
    if level is None:
        return None
    if ctx.prev_metric and ctx.prev_unit != "percent" and _LEVELLED.search(ctx.prev_metric):
        share = catalogue().share_of(with_level(ctx.prev_metric, level))
        return Decision(share, "percent", ctx.prev_head, "share") if share else None
    named = first_head(ctx.context_before) if ctx.prev_metric is None and level_in(ctx.context_before) else None
    counted = head_at(f" {named} ") if named else None
    count = _LEVEL_COUNTS.get(counted[0], "").format(level=level) if counted else ""
    share = catalogue().share_of(count) if count else None
    return Decision(share, "percent", counted[0], "share") if share else None


_LEVEL_COUNTS = {"services": "services_level{level}", "dossiers": "dossiers_online_level{level}"}  # a level's count


_KIND_RATE_END = re.compile(r"[,;:()]")
_OTHER_OBJECT = re.compile(rf"(?<!\w){_u('kind_rate_other_objects')}(?!\w)")


def _kind_rate(sentence_before: str, rates: list[re.Match[str]]) -> Decision | None:
    """A rate named by a kind of dossier alone, no noun ("Tỷ lệ trực tuyến của phường cao hơn …", "tỷ lệ đúng hạn
    … đạt"): that kind's share of the dossiers."""
    if not rates:
        return None
    phrase = sentence_before[rates[-1].end():rates[-1].end() + 40]
    phrase = _KIND_RATE_END.split(phrase, maxsplit=1)[0]
    if first_head(phrase) or _OTHER_OBJECT.search(phrase):
        return None  # (… "tỷ lệ nộp thuế điện tử": taxes paid, no dossiers)
    kind = share_kind(phrase)
    return Decision(kind, "percent", "dossiers", "subject") if kind and kind.startswith("dossiers_") else None


def _topic_opening(*keys: str) -> re.Pattern[str]:
    """A sentence opened by one of the leads of these structure.yml lists, its topic up to a comma or colon."""
    leads = "|".join(_u(key, "structure") for key in keys)
    return re.compile(rf"^\W*(?:{leads})\s+(?P<topic>[^,;:]{{3,40}})[,:]")


_TOPIC = _topic_opening("topic_leads", "purpose_topic_leads")
_DOSSIER_TOPIC = _topic_opening("dossier_topic_leads")
_DOSSIER_NOUN_IN = re.compile(rf"(?<!\w){DOSSIER_NOUN}(?!\w)")


def _topic_noun(ctx: Context) -> str | None:
    """The noun of a topic opening the sentence that a bare percentage with a predicate after it counts ("Đối với cán
    bộ, công chức, 100% đã được cấp hộp thư", "Với cán bộ, toàn bộ (100%) đã có hộp thư"): people or units, not
    dossiers (their topic names a rate: _topic_rate); None when the percentage or its clause names a noun of its own."""
    found = _NOUN_TOPIC.match(ctx.sentence_before)
    if found is None or head_at(ctx.post) or not _TAIL_PREDICATE.match(ctx.post):
        return None
    head = head_at(" " + found.group("topic"))
    if head is None or head[0] not in _TOPIC_HEADS:
        return None
    # (the topic runs to the last comma, "cán bộ, công chức"; after it only the percentage's own quantity words)
    topic, _, own = ctx.sentence_before[found.start("topic"):].rpartition(",")
    plain = not any(c.isdigit() for c in topic) and not RATE_WORD.search(topic)
    return topic if plain and not head_at(own) else None


_BASE_BEFORE = re.compile(rf"(?:^|[.;:,]\s*)\W*(?:{_u('base_leads', 'structure')})\s+{NUMBER_PATTERN}\s+"
                          rf"(?P<noun>[^\W\d_][^,;:()\d]{{1,80}}?)\s*,\s*(?:{_u('base_share_words', 'structure')}\s+)?"
                          rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?$")


def _base_noun(ctx: Context) -> str | None:
    """The head noun of a base set before a percentage that names no noun of its own ("Trong 1.788 thủ tục …, có
    49,94% được cung cấp …"): what the percentage counts; else None."""
    found = _BASE_BEFORE.search(ctx.sentence_before) if ctx.unit == "percent" and not head_at(ctx.post) else None
    head = head_at(" " + found.group("noun")) if found else None
    return (" " + found.group("noun"))[:head[1]].strip() if head else None


_TOPIC_HEADS = ("officials", *_UNIT_HEADS)
_NOUN_TOPIC = _topic_opening("topic_leads", "noun_topic_leads")
_TAIL_PREDICATE = re.compile(rf"\s*(?:{_u('topic_predicates', 'structure')})(?!\w)")


def _topic_rate(ctx: Context) -> str | None:
    """The rate a sentence's topic lead names ("Về hồ sơ trực tuyến, thành phố A đạt cao nhất với 11,3%, …")."""
    found = _TOPIC.match(ctx.sentence_before) or (
        (topic := _DOSSIER_TOPIC.match(ctx.sentence_before)) and _DOSSIER_NOUN_IN.search(topic.group("topic")) and topic)
    return _topic_kind_rate(found.group("topic")) if found else None


def _topic_kind_rate(topic: str) -> str | None:
    """The rate of the kind of dossiers a topic names (none for another noun)."""
    head = head_at(" " + topic)
    return share_kind(topic) if head is None or head[0] == "dossiers" else None


def _clause_rate(ctx: Context) -> str | None:
    """For a named unit's bare percentage: the rate of the kind of dossiers a clause before it has as its subject,
    with no number ("Hồ sơ trực tuyến ở các huyện vùng cao còn rất ít; huyện Mường Nhé chỉ đạt 0,8%")."""
    topic = _clause_topic(ctx.sentence_before)
    return _topic_kind_rate(topic) if topic else None


def _clause_topic(sentence_before: str) -> str | None:
    """The first clause before the number's own that opens with the dossier noun and holds no number, else None (not
    one opened by a word: "Trong số hồ sơ trực tuyến, …" names a base)."""
    for clause in _PUNCTUATED.split(sentence_before)[:-1]:
        clause = _TIME_LEAD.sub("", clause)
        if clause.strip() and not _ANY_DIGIT.search(clause):
            head = head_at(" " + clause.strip())
            return clause if head and head[0] == "dossiers" else None
    return None


_ANY_DIGIT = re.compile(r"\d")
_PUNCTUATED = re.compile(r"[,;:(]")


# "- Văn bản điện tử: Lai Châu 91,3%, Bình Dương 99%": a line opened by a label and its colon
# (after the line's number or letter, if any: "2. Hồ sơ giải quyết trực tuyến: …", "III. Văn bản điện tử: …", "a) …")
# (a closed parenthesis inside the label is part of it: "Văn bản điện tử (trừ văn bản mật): 99,2%")
_LINE_LABEL = re.compile(r"^\W*(?:(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)]\s+)?(?P<label>[^\W\d](?:[^,;:()]|\([^,;:()]*\)){2,60}):")


# an item of a line of "Label: value" items, its clause only its label and colon ("… – Hồ sơ trực tuyến: 21.930")
# (a single digit may name a level: "Dịch vụ mức độ 3: 356")
_UNIT_DASH = re.compile(r"\s[–—-]\s")
_CLAUSE_LABEL = re.compile(rf"\s*(?:{BULLET}\s*)?(?P<label>[^\W\d](?:[^\d,;:()]|(?<![\d.,])\d(?![\d.,])){{2,60}}):\s*")


def _item_label(ctx: Context) -> Decision | None:
    """A value whose clause is only its label and a colon, in a line of such items after a lead of its own ("Số liệu 9
    tháng: Hồ sơ tiếp nhận: 412.608 – Hồ sơ trực tuyến: 21.930"): what the label names, read as the words before a
    number ("Hồ sơ tiếp nhận 412.608") or, for a count, as its noun after it ("Dịch vụ mức độ 3: 356" as "356 dịch vụ
    mức độ 3")."""
    found = _CLAUSE_LABEL.fullmatch(ctx.pre) if ":" in ctx.pre and len(ctx.pre) < len(ctx.sentence_before) else None
    if found is None or head_at(ctx.post):
        return None
    label = found.group("label")
    # ("Sở Tư pháp – hồ sơ tiếp nhận: 3.214": the unit set off by a spaced dash before the label names no noun of it)
    named = _UNIT_DASH.split(label)[-1]
    label = named if named != label and head_at(" " + named) else label
    if ctx.unit == "percent":
        decision = decide_words(label + ": ", "percent")
        return decision if decision and decision.unit == "percent" else None
    decision = decide_words(label + " ", ctx.unit) or decide(
        replace(ctx, pre="", post=f" {label}", clause_after=f" {label}", sentence_after=f" {label}", sentence_before=""))
    return decision if decision and decision.unit == "count" else None


# "…: trên 40%; - Văn bản điện tử: 100%": a bullet after a ";" opens a line of its own (folding keeps no line breaks)
_ITEM_BREAK = re.compile(rf"[;:.]\s+(?={BULLET}\s)")


def _line_before(sentence_before: str) -> str:
    """The words of the number's own line in a list of items closed by ';': the sentence before it, from the last
    bullet that opens a line."""
    return _own_line(sentence_before) if ";" in sentence_before else sentence_before


def _own_line(sentence_before: str) -> str:
    """The sentence before a number, from the last bullet that opens a line after a mark ("Kết quả: - Văn bản …")."""
    last = None
    for last in _ITEM_BREAK.finditer(sentence_before):  # (linear: the last break wins)
        pass
    return sentence_before[last.end():] if last else sentence_before


def _label_rate(ctx: Context) -> str | None:
    """The rate a line's label names for the named values after its colon ("Hồ sơ trực tuyến năm 2022: Lai Châu
    18,7%, Bình Dương 66,9%"), when the label is a noun of ours and no rate word opens it (those are subjects)."""
    found = _LINE_LABEL.match(_line_before(ctx.sentence_before))
    if found is None or RATE_WORD.search(found.group("label")):
        return None
    label = found.group("label")
    head = head_at(" " + label)
    if head is None:
        return None
    metric = by_head(head[0], ctx, label, label)
    return metric if metric and "percent" in catalogue().units(metric) else None


def _label_share(ctx: Context) -> Decision | None:
    """A bare percentage after a line's label and its colon, with no noun or rate word of its own between them
    ("2. Hồ sơ giải quyết trực tuyến: Nghị quyết giao 50%", "Dịch vụ công mức độ 4: kế hoạch 70%, thực hiện
    74,6%"): the rate the label names."""
    line = _line_before(ctx.sentence_before)
    found = _LINE_LABEL.match(line)
    if found is None or (head_at(ctx.post) and not _BASE_AFTER.match(ctx.post)) \
            or (_FROM_END.search(ctx.pre) and _TO_AFTER.match(ctx.post)):
        return None  # (a base after it, "70% số TTHC", is no noun of its own; "từ 4,7% lên …" is _range_start's)
    between = line[found.end():]
    if first_head(between + " ") or RATE_WORD.search(between) or _SATISFACTION_SUBJECT.search(between):
        return None
    metric = _label_rate(ctx)
    return Decision(metric, "percent", head_at(" " + found.group("label"))[0], "label") if metric else None


_CONTINUED_JOINER = re.compile(rf"{_u('continued_joiners')}\s*$")
# a parenthesis right after a rate opening on an earlier time alone, the rate at that time: "… đạt 31,6% (cùng kỳ 12,3%)",
# "(năm trước 5,2%)", "(cùng kỳ năm ngoái: 2,4%)"
_EARLIER = rf"(?:{_u('same_period', 'periods')})(?:\s+(?:{_u('previous_year', 'periods')}))?|{_u('previous_year', 'periods')}"
_EARLIER_IN_PAREN = re.compile(rf"%\s*\(\s*(?:{_EARLIER})\s*(?::\s*|(?:{_u('baseline_copulas', 'periods')})\s+)?"
                               rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")
# ("đạt ít nhất"; a bare rate word after the verb names no rate of its own: "…; toàn tỉnh phấn đấu đạt tỷ lệ 40%")
_CONTINUED_VERB = re.compile(rf"{_u('continued_verbs')}\s*(?:(?:{RATE_WORD.pattern})\s+)?"
                             rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s+)?$")
# … but not "lên" right after an object raised: "phấn đấu nâng độ chính xác của trợ lý ảo lên 95%" is
# that object's level ("nâng tỷ lệ này lên 10%" points back, ellipsis.anaphoric)
RAISED_OBJECT = re.compile(rf"(?<!\w)(?:{_u('reach_object_verbs', 'structure')})\s+[^\W\d_]")  # "nâng độ chính xác …"
_RAISED_TO = re.compile(rf"{RAISED_OBJECT.pattern}[^;]*?\slên\s*"
                        rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")
# "…; cấp xã đạt 88,2%, cấp tỉnh 72,7%": an item labelled by its scope alone (scopes.yml levels) continues the rate
_SCOPE_LABELLED = re.compile(rf"(?:^|[,;]|\bvà)\s*(?:{_u('scope_label_apart')}\s+)?(?:{_u('scope_label_places')}\s+)?"
                             rf"{lexicon.union([w for _, ws in lexicon.kinds('scopes', 'levels') for w in ws])}"
                             rf"\s*(?:{_u('label_copulas')}\s*|(?:{_u('scope_label_adverbs')}\s+)*{_u('scope_label_verbs')}\s*"
                             rf"|{_u('scope_label_adverbs')}\s+)?"  # (an adverb alone: "…, ở cấp xã chỉ 41%")
                             rf"(?:{lexicon.union(QUALIFIER_WORDS)}\s*)?$")  # (a qualifier: "còn cấp xã chưa đến 1%")


_ITEM_CUT = re.compile(rf"(?<!\w)(?:{_u('item_cuts')})(?!\w)|[,;]")


def _item_kind(ctx: Context) -> str | None:
    """The kind of dossiers an item of a list of shares names: before the number, after the list's last cut ("trước hạn
    60%, đúng hạn 38%"), else right after it, when the words before it are the previous item's ("61,2% nộp trực tuyến,
    7,5% qua bưu điện và 31,3% nộp trực tiếp"); a list with no cut reads the whole gap."""
    cuts = list(_ITEM_CUT.finditer(ctx.pre))
    label = ctx.pre[cuts[-1].end():] if cuts else ctx.pre
    after = "" if _CAUSE_NEXT.match(ctx.post) else own_phrase_after(ctx.post)  # ("95,3% do tồn đọng …": its cause)
    return share_kind(label) or (share_kind(after) or share_kind(ctx.pre) if cuts else None)


_CAUSE_NEXT = re.compile(rf"\s*,?\s*{_u('cause_openers', 'structure')}(?!\w)")


_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([^.!?]*)[.!?]?\s*$")
# a share or a count in thousands, not a small number of units ("Tại 11 huyện, …")
_FIGURE_LIKE = re.compile(r"\d[\d,]*\s*%|\d{1,3}(?:\.\d{3})+")


def _rate_named_before(context_before: str) -> str | None:
    """The rate of a kind of dossiers the sentence right before names with no number ("… theo dõi tỷ lệ hồ sơ trực tuyến
    của địa phương mình trên bảng số liệu. Thị xã A đạt 31,2%, …"): what a unit's bare percentage opening the next
    sentence measures; else None."""
    last = _LAST_SENTENCE.search(context_before)
    sentence = last.group(1) if last else ""
    rates = list(RATE_WORD.finditer(sentence))
    if not rates or _FIGURE_LIKE.search(sentence):
        return None
    kind = _topic_kind_rate(sentence[rates[-1].end():])
    return kind if kind and kind.endswith("_pct") else None


def _continued_rate(ctx: Context) -> Decision | None:
    """A percentage that continues the rate before it: "100% văn bản … và 60% thuộc …", "năm 2021 là 35,6%,
    năm 2020 là 22,1%", "cấp xã đạt 88,2%, cấp tỉnh 72,7%", a bare rate listed by name ("… là: Cù Lao Dung 2,1%,
    Trần Đề 2,7%")."""
    # (the clause's own subject may be units, agencies: "…, riêng các sở, ban, ngành phải đạt ít nhất 25%")
    head = head_at(" " + ctx.pre.split(",")[-1])
    elliptical = (ctx.prev_in_clause and (_CONTINUED_JOINER.search(ctx.pre) or _SCOPE_LABELLED.search(ctx.pre))) or (
        _CONTINUED_VERB.search(ctx.pre) and (head is None or head[0] == "agencies")
        and not _RAISED_TO.search(ctx.pre)) \
        or (ctx.prev_adjacent and _EARLIER_IN_PAREN.search(ctx.sentence_before))  # "đạt 31,6% (cùng kỳ 12,3%)"
    # "…, tỷ lệ văn bản được ký số đạt 98,6%": a rate with a noun of its own continues nothing, even when
    # that noun gives no metric of ours ("tỷ lệ chung toàn tỉnh" names a scope, no noun)
    own = subject(ctx.pre.split(",")[-1]) if RATE_WORD.search(ctx.pre) else None
    own_subject = own is not None and own[0] != "agencies"
    if ctx.prev_metric and ctx.prev_unit == "percent" and elliptical and not own_subject:
        # "trước hạn 60%, đúng hạn 38%, trễ hạn 2%": a kind named in the gap overrides the inherited one
        # (… and use named after it: "100% cán bộ … được cấp hộp thư, 86,3% thường xuyên sử dụng" is the usage rate)
        own = (_item_kind(ctx) if ctx.prev_head == "dossiers"
               else email_share_named(ctx.prev_head, ctx.pre.split(",")[-1] + " " + own_phrase_after(ctx.clause_after)))
        return Decision(own or ctx.prev_metric, "percent", ctx.prev_head, "inherited")
    if _SATISFACTION_SUBJECT.search(ctx.sentence_before):
        return Decision("satisfaction_pct", "percent", "satisfaction", "subject")
    # the name becomes the scope (extract.py)
    later = _rate_named_later(ctx) if ctx.item_name else None
    # (… a named unit's sibling before it in the sentence: "thành phố A đạt 27,6%, cao nhất tỉnh; huyện B còn dưới 5% vì
    # …" continues A's rate, not the paragraph before's)
    rate = (_topic_rate(ctx) or _label_rate(ctx) or (later.metric if later else None)
            or (_rate_named_before(ctx.context_before) if not _FIGURE_LIKE.search(ctx.sentence_before) else None)
            or (ctx.para_pct_metric if ctx.rate_nearby else None) or _first_dossier_rate(ctx)
            or (ctx.prev_metric if ctx.prev_unit == "percent" else None) or ctx.para_pct_metric
            or _clause_rate(ctx)) if ctx.item_name else None
    if rate:
        return Decision(rate, "percent", None, "listed")
    return None
