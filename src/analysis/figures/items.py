"""How a list's structure reaches its items (frames.py finds the lists): a noun left out is put back
from the header or the label, the header's words give a dossier kind, a generic item takes its
header's or its sibling's metric and level, and an item's name or label is its scope."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from . import cues
from ..reference.catalogue import catalogue
from ..text import lexicon
from ..text.accents import fields_as_labels
from ..text.clean import closing_values_as_labels, leaders_as_colons
from ..text.marks import BULLET
from ..text.numbers import NumberToken
from .document import Document
from .ellipsis import bare_whole
from .confidence import evidence_strength
from .classify import (DOSSIER_FLOW_START, RATE_WORD, SUM_LEAD, Context, Decision, decide, decide_words, ends_out_of, first_head, head_at, is_average, is_change, part_kind,
                       is_share_base, leads_share, level_in, level_label, level_of, whole_framed, with_level)
from .frames import Frame, inherit, inherit_level, item_scope
from .names import annotated_name, bare_name, headed_name, item_label, named_unit
from .nouns import (DOSSIER_NOUN, GENERIC_DOSSIERS, LEVEL_AFTER, PHRASE_END, dossier_metric, heads_in, verb_after_noun,
                    without_service_names)
from .tables import cell_phrase


@dataclass
class Seen:
    token: NumberToken
    decision: Decision | None
    scope: str
    clause_start: int
    change: bool = False  # a rise or fall by a percentage ("tăng 64,2% so với cùng kỳ"), no level of anything


_QUALIFIER = rf"(?:\s+{lexicon.union(list(cues.QUALIFIER_WORDS))})?\s*$"
# a dossier verb right before the count, optionally a qualifier: "tiếp nhận 10.002 hồ sơ", "giải quyết xong 3.310"
_VERB_BEFORE = {metric: re.compile(rf"(?<!\w){lexicon.union(lexicon.words('dossiers', f'verbs.{verb}'))}{_QUALIFIER}")
                for metric, verb in (("dossiers_received", "received"), ("dossiers_resolved", "resolved"))}
_RECEIVED_AFTER = re.compile(rf"\s+{lexicon.union(lexicon.words('dossiers', 'verbs.received_after_noun'))}(?!\w)")


def _says_own_verb(ctx: Context, metric: str) -> bool:
    """The count's own words say what was done to it: a verb of its metric right before it ("tiếp nhận 10.002 hồ sơ",
    "đã giải quyết 259.804 hồ sơ") or right after its noun: an intake's ("602.315 hồ sơ tiếp nhận"; a part/whole
    pair's words are its whole's), an outcome's with its own markers ("121.904 hồ sơ đã được giải quyết")."""
    before = _VERB_BEFORE.get(metric)
    if before is None:
        return False
    if before.search(ctx.pre[-40:]):
        return True
    if ctx.unit != "count":
        return False
    if metric == "dossiers_resolved":
        return verb_after_noun(PHRASE_END.split(ctx.post, maxsplit=1)[0]) == "resolved"
    own = head_at(ctx.post) if metric == "dossiers_received" else None
    return bool(own and _RECEIVED_AFTER.match(ctx.post, own[1]))


# ("Hồ sơ tiếp nhận (hồ sơ): năm 2022 là 371.208; năm 2023 là 412.560": the periods naming the values after the colon
# date them, they name nothing counted)
# ("Hồ sơ đã giải quyết: 6 tháng 143.880; 9 tháng 224.109": so do report windows, "6 tháng", "chín tháng đầu năm")
_MONTHS_VALUE = (rf"(?:\d{{1,2}}|{lexicon.union(lexicon.words('periods', 'month_counts'))})\s+"
                 rf"{lexicon.union(lexicon.words('periods', 'month'))}"
                 rf"(?:\s+(?:{lexicon.union(lexicon.words('periods', 'year_parts'))}\s+)?"
                 rf"{lexicon.union(lexicon.words('periods', 'year'))}(?:\s+(?:19|20)\d\d)?)?")
_PERIOD_VALUE = (rf"(?:(?:(?:năm|tháng\s+\d{{1,2}}/|quý\s+[ivx\d]+/)\s*)?(?:19|20)\d\d|{_MONTHS_VALUE})\s*"
                 rf"(?:{lexicon.union(lexicon.words('periods', 'baseline_copulas'))}|:)?\s*")
# (a value before the next period may carry its unit word and its share: "6 tháng 80.113 hồ sơ (54,06%); 9 tháng …")
# (a label may open after a field dot (this reads the text, where the dot stands) or, in words alone, after a block's
# own label: "Khối hồ sơ, năm 2024: Tiếp nhận: 612.408 · Trong đó trực tuyến: 398.112"; "Hạng 1 · Sở Tư pháp · Hồ sơ
# đã xử lý: 24.118")
# (an aside naming what is included, opened by an including word or joining two kinds; not a unit: "mức độ 3 (dịch
# vụ):")
_CLOSED_ASIDE = re.compile(rf"\s*\((?:(?:{lexicon.union(lexicon.words('structure', 'inclusion_openers'))})\s[^()]*"
                           r"|[^()]*\svà\s[^()]*)\)")
# a column's label before its value, in a line of a table written as text ("Dịch vụ mức độ 3 – hiện nay: 287 dịch vụ;
# chỉ tiêu năm 2020: 350 dịch vụ"): the line's label is the value's
_COLUMN = (rf"(?:{lexicon.union(lexicon.words('structure', 'column_labels'))})(?:\s+năm)?(?:\s+(?:19|20)\d\d)?"
           r"\s*:\s*")
_LABEL = re.compile(rf"(?:(?:^|[;\n·]|^\s*{BULLET})\s*(?:{BULLET}\s*)?(?P<label>[^:;\n·]{{3,100}}?)"
                    rf"|:\s(?P<inner>[^\d:;\n·()%]{{3,60}}?))\s*:\s*"
                    rf"(?:(?:(?:{_PERIOD_VALUE}|{_COLUMN})?\d[\d.,]*\s*%?\s*(?:[^\W\d_]+\s*){{0,2}}"
                    rf"(?:\([^()]{{0,24}}\)\s*)?[;,]\s*)*(?:{_PERIOD_VALUE}|{_COLUMN}))?"
                    r"(?:(?:hơn|trên|gần|khoảng|đạt|dưới|là|chỉ)\s+)*$")


def _head_words(folded: str, after: int) -> str:
    """The head noun written right after a number ("… 1.958 dịch vụ công trực tuyến" -> its words), else ''."""
    head = head_at(folded[after:after + 80])
    return folded[after:after + head[1]].strip() if head else ""


_FLOW_LABEL = re.compile(rf"\W*{DOSSIER_FLOW_START}")  # a label opening a kind of dossiers, their noun left out


def _counts_dossiers_or_none(words: str) -> bool:
    """The words name the dossiers first, or no counted noun at all."""
    named = first_head(words)
    found = head_at(" " + named) if named else None
    return named is None or (found is not None and found[0] == "dossiers")


_MEASURE_HEADS = ("dossiers", "visits")  # nouns that measure whatever a label names ("Hài lòng: 93,18% lượt đánh giá")


def _elided(ctx: Context, header: Seen | None, folded: str, before: str, tok: NumberToken) -> Decision | None:
    """A figure whose noun is left out and stated elsewhere: in its list header ("1.812 thủ tục (cấp tỉnh
    1.456; cấp huyện 241)": the parts are "thủ tục" too) or in the label of a "Label: value" line
    ("Tài khoản thư điện tử đã cấp: hơn 21.000"; "Giải quyết đúng hạn: 97,8%"). Decided again with
    the noun put back where a sentence would have it."""
    bare = not re.search(r"[^\W\d]", re.sub(r"cấp (?:tỉnh|huyện|xã)", "", ctx.post))  # nothing but a scope after it
    if bare and header and header.decision.unit == "count" and tok.unit == "count":
        noun = _head_words(folded, header.token.end)
        if noun:
            return decide(replace(ctx, post=f" {noun}{ctx.post}"))
    label = _LABEL.search(before.lower()) if ":" in before else None  # a label ends with its colon
    if label:
        # (an aside closed inside the label that names what it includes is not its kind: "Hồ sơ nộp trực tuyến (toàn
        # trình và một phần): 196.204")
        words = _CLOSED_ASIDE.sub(" ", label.group("label") or label.group("inner"))
        own = head_at(PHRASE_END.split(ctx.post, maxsplit=1)[0])
        if own and own[0] not in _MEASURE_HEADS and own[0] not in heads_in(words):
            return None  # "… đặt chỉ tiêu: 100% văn bản đi phải được ký số": the value names a noun its label does not
        if ctx.unit == "count" and _FLOW_LABEL.match(words) and not first_head(words) \
                and _bare_or_noun(ctx.post, "dossiers") and _counts_dossiers_or_none(ctx.context_before):
            # a verb of the dossier flow alone ("Tiếp nhận: 142.318", "Đã giải quyết: 139.774 hồ sơ"): the dossiers,
            # their noun left out as a sentence leaves it out ("số đã giải quyết là …"); no other noun after the value,
            # nor in the line before ("Hộp thư công vụ: 2.300 ¶ Đã giải quyết: 1.950" is no list of dossiers)
            words = f"hồ sơ {words}"
        pre = cell_phrase(words, "", ctx.unit == "percent")
        return decide(replace(ctx, pre=pre, post="", sentence_before=pre, clause_after=""))
    return None


def _share_counts(ctx: Context, share: Decision) -> Decision | None:
    """A part out of its whole in parentheses right after a share, naming at most the share's noun ("tỷ lệ là 94,68%
    (112.604/118.930 hồ sơ)"): the share's count (its whole follows from the catalogue)."""
    own = head_at(ctx.post)
    count = catalogue().count_of(share.metric)
    # (a rate taken from the list's heading names no noun: the count's own metric does, "dossiers_online")
    # (… or procedures as the whole of a share of services: "dịch vụ mức độ 4 chiếm 9,3% (162/1.742 thủ tục)")
    named_other = own is not None and own[0] != share.head and not (share.head is None and count.startswith(own[0]))
    if count is None or (named_other and (own[0], share.head) != ("procedures", "services")):
        return None
    return Decision(count, "count", share.head, "inherited")


def sibling_of(frame: Frame | None, item: tuple[int, int] | None, prev: Seen | None) -> Seen | None:
    """The decided figure of the item before, in the same list."""
    if frame is None or item is None or prev is None or prev.decision is None:
        return None
    prev_item = frame.item_at(prev.token.start)
    return prev if prev_item and prev_item != item else None


def header_figure(frame: Frame | None, seen: list[Seen], unit: str | None = None) -> Seen | None:
    """The last decided figure (of `unit`, if given) in a frame's header: the total its items are parts of."""
    if frame is None:
        return None
    inside = [p for p in seen if p.decision and frame.header[0] <= p.token.start < frame.header[1]
              and unit in (None, p.decision.unit)]
    return inside[-1] if inside else None


_NOUN_ALONE = re.compile(r"[\s.)]*(?:[;,]|$)")  # nothing after an item's noun up to its separator ("Sở A 46 dịch vụ;")


_LABEL_TOTAL = re.compile(rf":\s*{lexicon.union(lexicon.words('metric_words', 'label_total_leads'))}\s*$",
                          re.IGNORECASE)
_RESTATING = re.compile(rf"\s*{lexicon.union(lexicon.words('structure', 'restating_links'))}\s*[:,]?\s*(?:là\s*)?")


@lru_cache(maxsize=4)
def _laid_out(text: str) -> str:
    """The text with a list's closing values read as labelled ones ("- Hồ sơ tiếp nhận (48.615);" -> "… tiếp nhận:
    48.615 ;"), its letters' case kept, the same length."""
    return closing_values_as_labels(text, text)


def in_list(doc: Document, ctx: Context, decision: Decision | None, tok: NumberToken,
            frame: Frame | None, item: tuple[int, int] | None, header: Seen | None,
            sibling: Seen | None, header_count: Seen | None = None) -> tuple[Decision | None, bool]:
    """The one place where a list's context flows into its items (see frames.py): a noun left out is
    put back from the header or the label; the header's words give a dossier kind; a generic item takes
    the header's or its sibling's specific metric and level. Returns the decision and whether the list
    (rather than the item's own words) decided it."""
    folded, framed = doc.folded, False
    if decision is None and (is_change(ctx) or is_average(ctx)):
        # "trong đó 49.318 hồ sơ trực tuyến, tăng 41.052 hồ sơ so với năm 2019": a change; "…; ngày cao điểm ghi nhận
        # 9.860 hồ sơ": one day's count
        return None, False
    if decision is None:
        # ("Dịch vụ công trực tuyến: tổng số 1.723": a label's value given as its total is the label's own value)
        words = _LABEL_TOTAL.sub(": ", _laid_out(doc.text)[_sentence_start(ctx, tok):tok.start])
        decision = _elided(ctx, header, folded, cues.unsigned(fields_as_labels(words, leaders_as_colons(words))), tok)
    if (decision is None or bare_whole(decision)) and header and ctx.in_paren and tok.unit == "fraction" \
            and header.decision.unit == "percent":  # (its noun alone names no other count: "9,3% (162/1.742 thủ tục)")
        counted = _share_counts(ctx, header.decision)  # (… one with a whole in the catalogue, so y still stands)
        decision = counted if counted and (decision is None or catalogue().whole_of(counted.metric)) else decision
    if frame and item and (decision is None or decision.metric in GENERIC_DOSSIERS) \
            and not (decision and _says_own_verb(ctx, decision.metric)) \
            and not (decision and decision.metric == "dossiers_received" and part_kind(ctx)):
        # (… nor a whole whose part of a kind the item labels after it: "đất đai 96.420 hồ sơ, trực tuyến 1.208" under
        # "số hồ sơ tiếp nhận và số hồ sơ nộp trực tuyến …: " is what came in)
        # (an item's own verb right before its count stands: "Tỷ lệ hồ sơ trực tuyến thấp: … cấp huyện tiếp nhận
        # 10.002 hồ sơ, nhưng chỉ 4.127 hồ sơ nộp trực tuyến", "…; đã giải quyết 259.804 hồ sơ")
        # the header's words govern its items: "Số hồ sơ trực tuyến tại các huyện: Huyện A: 8.412 hồ sơ"
        # "… điển hình về dịch vụ công trực tuyến: … tiếp nhận 3.214 hồ sơ": "trực tuyến" there names the services
        words = without_service_names(folded[frame.header[0]:frame.header[1]])
        if decision is None and ctx.context_before and _bare_header(words):
            # "Tỷ lệ hồ sơ trực tuyến … còn chênh lệch. Cụ thể: A: 71,2%; B: 66,1%": the sentence before is the header
            words = f"{ctx.context_before} {words}"
        # a bare item under a noun header counts what the header names: "số hồ sơ trực tuyến của các huyện: huyện A
        # 4.215; huyện B 1.380" (even a generic count: the header's verb is the item's)
        unnamed = decision is None and not re.search(r"[^\W\d]", ctx.post)
        # (… or an agency's or a field's name alone: "Sở Kế hoạch và Đầu tư 15", "lĩnh vực Giao thông vận tải 11")
        named = unnamed and not bare_name(doc.text, item, tok) and bool(headed_name(doc.text, item, tok))
        bare = unnamed and bool(bare_name(doc.text, item, tok)) or named
        # (… or any label after a sibling count of services: "số dịch vụ mức độ 4 chia theo lĩnh vực: đất đai 57 dịch
        # vụ, hộ tịch 24", when the header reads as the sibling did)
        listed = unnamed and not bare and sibling is not None and sibling.decision.head == "services" \
            and sibling.decision.unit == "count"
        bare = bare or listed
        by_header = decide(replace(ctx, pre=f"{words} là ", sentence_before=f"{words} là ") if bare
                           else replace(ctx, pre=words + " : " + ctx.pre))
        # (… and a count of services naming its noun alone under a header with no figure of its own: "số dịch vụ công
        # trực tuyến mức độ 3, 4 của từng sở: Sở A 46 dịch vụ; Sở B 41 dịch vụ"; a header's count has its own parts)
        own = head_at(ctx.post) if decision is None and header is None and not ctx.in_paren and by_header \
            and by_header.head == "services" else None
        if by_header and (by_header.head == "dossiers" and (bare or by_header.metric not in GENERIC_DOSSIERS)
                          or own and own[0] == "services" and _NOUN_ALONE.match(ctx.post, own[1])
                          or named and by_header.head == "services" and header is None
                          or listed and sibling.decision.metric == by_header.metric):
            decision, framed = by_header, True
            # (an item's own level label stands against a level the header's words carried: "…, trong đó: + Mức độ 3:
            # 8.964 hồ sơ, …; + Mức độ 4: 553 hồ sơ")
            own_level = level_label(ctx.pre, tok.unit)
            carried = level_of(by_header.metric)
            if own_level and carried and carried != own_level \
                    and with_level(by_header.metric, own_level) in catalogue().metrics:
                decision = replace(by_header, metric=with_level(by_header.metric, own_level))
    counts = tok.unit == "count"
    total = header_count or (header if header and header.decision.unit == "count" else None)
    level_after = LEVEL_AFTER.match(ctx.post) if total and item and counts else None
    if total and item and counts and _bare_or_noun(ctx.post[level_after.end():] if level_after else ctx.post,
                                                   total.decision.head):
        # "3.912 hồ sơ (mức độ 3: 3.256; mức độ 4: 656)", "2.918 hồ sơ trực tuyến, chiếm 1,56% (mức độ 3 là 2.655 hồ
        # sơ, …)": an item labelled by level, naming at most the header's noun, is the header's last count at it
        # (the item's label may stand before its span, after the colon before it: "trong đó:\na) Mức độ 3: 215 dịch vụ")
        # (the label is the words after the last mark before the number: "mức độ 3 là 1.003, | mức độ 4 là 521")
        label = re.split(r"[,;(]", folded[_label_start(folded, item[0]):tok.start])[-1]
        # (or after its number, alone in parentheses: "lần lượt là 1.213 (mức độ 2), 241 (mức độ 3) và 32 (mức độ 4)")
        level = level_label(" " + label) or (level_in(level_after.group()) if level_after else None)
        if level is None and frame and _RESTATING.fullmatch(folded, frame.header[1], tok.start):
            # "…, dịch vụ mức độ 4 chiếm hơn một nửa, cụ thể là 967 dịch vụ": an item that only restates the header's
            # last clause is of that clause's level
            level = level_in(re.split(r"[,;(]", folded[frame.header[0]:frame.header[1]].rstrip(" ,"))[-1])
        # (a total of services has its levels too: "1.578 dịch vụ …: a) Mức độ 3: 215 dịch vụ")
        whole = "services_level4" if total.decision.metric == "services_total" else total.decision.metric
        levelled = with_level(whole, level) if level else None
        if levelled and levelled != total.decision.metric and levelled in catalogue().metrics:
            return Decision(levelled, "count", total.decision.head, "inherited"), True
    if decision is None and header and not ctx.in_paren and counts and header.decision.unit == "count":
        own = head_at(ctx.post)
        if own and own[0] == header.decision.head:
            # the header's full noun before the item's short one: "gồm 1.102 dịch vụ toàn trình" under
            # "1.958 dịch vụ công trực tuyến" reads as "dịch vụ công … dịch vụ toàn trình"
            noun = _head_words(folded, header.token.end)
            decision, framed = (decide(replace(ctx, pre=f"{noun} {ctx.pre}")) if noun else None) or header.decision, True
    if decision is None and sibling and counts and sibling.decision.unit == "count":
        own = head_at(ctx.post)
        if own and own[0] == sibling.decision.head:
            # "…là 178 dịch vụ (mức độ 3); 13 dịch vụ (mức độ 4)": the list's noun, at the item's own level
            level = level_in(ctx.post)
            metric = inherit_level("services_total", sibling.decision.metric, level) if level else sibling.decision.metric
            decision = Decision(metric, "count", own[0], "sibling")
    if decision and sibling and decision.head == sibling.decision.head and decision.how == "head" \
            and (decision.unit == "percent") == (sibling.decision.unit == "percent"):
        # the item's own level, after its number or labelling it before ("mức độ 4: 571 thủ tục"), stands; a count
        # takes no metric from a sibling's share ("…, chiếm 67,48%; 214 hồ sơ … ở mức độ 4")
        own_level = level_in(ctx.post) or level_label(" " + ctx.pre)
        decision = Decision(inherit_level(decision.metric, sibling.decision.metric, own_level),
                            decision.unit, decision.head, decision.how)
    if decision and header and not is_share_base(ctx) and decision.how != "base":
        # (the base of a share is the whole, no item: "trong đó 531 dịch vụ mức độ 4, chiếm 26,74% tổng số 1.986 thủ tục";
        # nor is a base after "out of": "gồm 318 dịch vụ mức độ 3 và 24 dịch vụ mức độ 4, trên tổng số 1.906 thủ tục")
        # (a count's own verb after its noun keeps its state: "(3.120 hồ sơ tiếp nhận, 1.407 hồ sơ trực tuyến)")
        metric = inherit(decision.metric, header.decision.metric, counts and not _says_own_verb(ctx, decision.metric))
        framed = framed or metric != decision.metric
        decision = Decision(metric, decision.unit, decision.head, decision.how)
    return decision, framed and header is not None


def _label_start(folded: str, start: int) -> int:
    """Where the label of an item starting at `start` right after a colon opens: past the mark before that colon
    ("trong đó: | a) Mức độ 3: 215 dịch vụ"); `start` itself when no colon stands right before it."""
    colon = folded.rfind(":", max(0, start - 3), start)
    if colon < 0 or folded[colon + 1:start].strip():
        return start
    opens = max(folded.rfind(m, max(0, colon - 40), colon) for m in ":;\n") + 1
    return _ITEM_MARK.match(folded, opens).end() if opens else start  # (past its letter or bullet: "a) "; no mark: none)


_ITEM_MARK = re.compile(rf"\s*(?:(?:{BULLET}|[a-zđ]\)|\d{{1,2}}[.)])\s+)?")


def _bare_or_noun(post: str, head: str) -> bool:
    """Nothing but marks after an item's number, or only the noun its header counts ("… 2.655 hồ sơ)"), in its own
    phrase (a share's words may follow the comma: "a) Mức độ 3: 215 dịch vụ, chiếm 13,62% …")."""
    post = PHRASE_END.split(post, maxsplit=1)[0]
    if not _LETTER.search(post):
        return True
    own = head_at(post)
    return bool(own) and own[0] == head and not _LETTER.search(post, own[1])


_LETTER = re.compile(r"[^\W\d]")


def tier_item(doc: Document, ctx: Context, tok: NumberToken, frame: Frame | None, item: tuple[int, int] | None,
              like: Decision | None, section: str = "") -> Decision | None:
    """A bare percentage labelled by a tier or a named unit alone, in a list whose header names no measure ("Theo
    từng cấp: cấp tỉnh 71,2% – cấp huyện 52,6%", "Ba đơn vị dẫn đầu: phường A 99,12%; phường B 98,76%"), or by
    anything under a header of criteria ("Theo yếu tố: tiếp cận dịch vụ 87,9%; …"), breaks down the rate said last
    (in the paragraph or the bullet lines before; else the article's main rate). A section headed by criteria
    ("3. Kết quả theo từng tiêu chí", `section`, folded) is such a list too; a short label's line or a bare
    percentage in prose under a heading or caption that names a rate ("Năm 2018: 9,8%") is that rate's."""
    if tok.unit != "percent" or _LETTER.search(ctx.post):
        return None
    # "Bảng 3.1. Tỷ lệ hồ sơ nộp trực tuyến qua các năm\nNăm 2018: 9,8%", "Biểu đồ 1: Tỷ lệ …\n… dừng ở 42,8%" (in
    # prose, not a share in parentheses after a count, not under a table row that ends in its numbers, and not a rate
    # whose own phrase names another noun: "… còn tỷ lệ văn bản được xử lý trên hệ thống đạt 87,5%" under "… xử lý
    # trên mạng" is no rate of dossiers)
    named = _heading_rate(section) if _LABEL_LINE.match(ctx.sentence_before) or not (
        ctx.in_paren or _ENDS_IN_NUMBER.search(section)) else None
    if named and not _names_other_noun(ctx.pre, named):
        return named
    if not (like and like.unit == "percent"):
        return None
    words = doc.folded[frame.header[0]:frame.header[1]] if frame else ""
    if not (_criteria_header(words) or _criteria_header(section)) and not (
            frame and item and _bare_header(words) and (_tier_label(doc, item, tok) or bare_name(doc.text, item, tok))):
        return None
    return Decision(like.metric, like.unit, like.head, "elided")


def _names_other_noun(pre: str, named: Decision) -> bool:
    """The rate word in the words before a number names a noun of its own right after it, not the one of the rate
    `named` ("tỷ lệ văn bản …"; not "tỷ lệ này", "tỷ lệ trên toàn bộ hồ sơ")."""
    rates = list(RATE_WORD.finditer(pre))
    own = head_at(pre[rates[-1].end():]) if rates else None
    return own is not None and own[0] != named.head


_CRITERIA = lexicon.pattern("structure", "criteria_headers")
_ENDS_IN_NUMBER = re.compile(r"\d[\d.,]*\s+\d[\d.,]*\s*$")  # a table row's last cells
_LABEL_LINE = re.compile(r"^\W*[^\W\d_][^,;:%]{0,30}:\s*$")  # "Năm 2018: ", "- Quý II: ": a short label and its colon


def _heading_rate(heading: str) -> Decision | None:
    """The rate a heading names ("Bảng 3.1. Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh qua các năm"), read as a sentence
    would say it before its number; None when it names no rate of ours."""
    if not RATE_WORD.search(heading):
        return None
    phrase = heading[RATE_WORD.search(heading).start():]
    decision = decide_words(f"{phrase} đạt ", "percent")
    return replace(decision, how="elided") if decision and decision.unit == "percent" else None


def counted_under_heading(ctx: Context, section: str) -> Decision | None:
    """A count of a bare noun after an item's label ("– Quầy Sở Tư pháp: 1.093 hồ sơ.") under a heading that names that
    noun with what was done to it ("B. SỐ HỒ SƠ TIẾP NHẬN THEO MỘT SỐ QUẦY", `section`, folded): the heading's count."""
    own = head_at(ctx.post) if ctx.unit == "count" and section and _ITEM_LABEL.match(ctx.sentence_before) \
        and not first_head(ctx.sentence_before) else None  # (a label naming a noun of its own names the count)
    if own is None or _WORDS_AFTER_HEAD.match(ctx.post, own[1]) or not (named := first_head(section)):
        return None
    decision = decide_words(f"{section[section.index(named):]} là ", "count")
    return replace(decision, how="inherited") if decision and decision.head == own[0] else None


_WORDS_AFTER_HEAD = re.compile(r"\s*[^\W\d_]")  # "1.093 hồ sơ." is bare; "1.093 hồ sơ trực tuyến" says its own state
_ITEM_LABEL = re.compile(r"^\W*[^\W\d_][^,;:%\d]{0,80}:\s*$")  # "– Quầy Sở Tư pháp: ": an item's label and its colon


def _criteria_header(words: str) -> bool:
    """A list header that breaks a measure down by its criteria ("Kết quả theo từng tiêu chí", "Theo yếu tố:"),
    naming no measure itself: every item, whatever its label, is a part of the measure said last."""
    return bool(_CRITERIA.search(words)) and not (first_head(words + " ") or RATE_WORD.search(words))


def _tier_label(doc: Document, item: tuple[int, int], tok: NumberToken) -> bool:
    """The item is a tier or unit label of a few words and its number ("cấp huyện 52,6%", "khối xã: 34,8%")."""
    words = doc.folded[item[0]:tok.start]
    return len(words.split()) <= 3 and bool(cues.scope(doc.folded, doc.text, [(item[0], tok.start)]))


def _bare_header(words: str) -> bool:
    """A list header of a few words that say nothing of what its items count ("Cụ thể:", "như sau:"): no noun,
    rate or number (a list with no header at all borrows nothing)."""
    n = len(_WORD.findall(words))  # ("- Ba đơn vị dẫn đầu:": the bullet is no word)
    return 0 < n <= 5 and not (first_head(words + " ") or RATE_WORD.search(words) or _DIGIT.search(words))


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


def _sentence_start(ctx: Context, tok: NumberToken) -> int:
    """Where the figure's sentence starts (from the context's sentence_before)."""
    return tok.start - len(ctx.sentence_before)


_FIRST_NUMBER = re.compile(r"\d")


def share_of_counted(decision: Decision | None, prev_decided: Seen | None, seen: list[Seen],
                     ctx: Context, folded: str = "", start: int = 0) -> Decision | None:
    """"212.460 hồ sơ trực tuyến trên tổng số 389.115 hồ sơ, đạt 54,6%", "612 dịch vụ mức độ 4 trên tổng số 1.853
    dịch vụ, tỷ lệ 33,03%": the share of the count, not of its base — also when the base is no figure of ours
    ("598 hộp thư trên tổng số 612 cán bộ, đạt 97,71%")."""
    if not prev_decided:
        return decision
    between = folded[prev_decided.token.end:start]
    base = _FIRST_NUMBER.search(between) if prev_decided.decision.how != "base" else None
    unrecorded_base = bool(base and ends_out_of(between[:base.start()]))
    if not (prev_decided.decision.how == "base" or unrecorded_base):
        return decision
    if not ((decision and decision.how == "share") or (decision is None and leads_share(ctx))):
        return decision
    counted = prev_decided if unrecorded_base else next(
        (p for p in reversed(seen) if p.decision and p is not prev_decided and p.token.end <= prev_decided.token.start),
        None)
    share = catalogue().share_of(counted.decision.metric) if counted else None
    return Decision(share, "percent", counted.decision.head, "share") if share and counted else decision


def list_scope(doc: Document, tok: NumberToken, item: tuple[int, int], scope: str, sibling: Seen | None,
                decision: Decision) -> str:
    """An item's scope: its name or label, the part it names, its scope words, else its sibling's."""
    folded, text = doc.folded, doc.text
    if decision.how == "average":
        return scope  # a unit's average names its unit itself ("mức bình quân của huyện (78,4%)")
    if not cues.agency_before(folded, text, item[0], tok.start):
        scope = (annotated_name(text, folded, item, tok) or item_label(text, folded, item, tok)
                 or item_scope(text, folded, item, tok.start, tok.end) or bare_name(text, item, tok)
                 or named_unit(text, item, tok)
                 or cues.scope(folded, text, [(item[0], tok.start)]) or scope)
    if not scope and sibling and sibling.scope and sibling.decision.head == decision.head:
        scope = sibling.scope  # an item that names no scope shares its sibling's ("…cấp tỉnh là 178 …; 13 …")
    return scope



_SHARE_PIECE = re.compile(r"\W*(?:\w+\s+)?(?:chiếm|bằng|đạt)\b")  # "chỉ chiếm 2,8% …": a share, nothing else


def _common_metric(metrics: list[str]) -> str | None:
    """What several items count together: their sum (online dossiers at levels 3 and 4, or fully and partly online,
    are online dossiers), else the one metric they share."""
    return catalogue().sum_of(metrics) or (metrics[0] if len(set(metrics)) == 1 else None)


def share_of_list(decision: Decision | None, frame: Frame | None, item: tuple[int, int] | None, folded: str,
                  seen: list[Seen], ctx: Context, start: int) -> Decision | None:
    """A share that closes a list ("mức độ 3 là 392 hồ sơ, mức độ 4 là 27 hồ sơ, chỉ chiếm 2,8% tổng số hồ
    sơ") is the share of all its items together, not of the last one — with a list frame or without one
    (the counts right before it, in its clause, at different levels of one metric, whose whole is not framed already:
    classify.whole_framed; `start`: where the sentence starts)."""
    if not (decision and decision.how == "share"):
        return decision
    if frame and item and _SHARE_PIECE.match(folded, item[0]):
        items = [p for p in seen if p.decision and p.decision.unit == "count" and frame.item_at(p.token.start)
                 and frame.item_at(p.token.start) != item]
    elif frame is None and _SHARE_PIECE.match(ctx.pre[ctx.pre.rfind(",") + 1:]):
        items = _level_run(seen)
    else:
        items = []
    common = _common_metric([p.decision.metric for p in items]) if len(items) >= 2 else None
    if common and _shares_between(seen, items):
        return decision  # "mức độ 3 là 10.212, bằng 5,46%, mức độ 4 là 1.074, chỉ bằng 0,57%": each item its own share
    share = catalogue().share_of(common) if common else None
    if share and whole_framed(ctx, share, min(p.token.start for p in items) - start):
        return decision  # "Trong số hồ sơ trực tuyến, 5.400 hồ sơ mức độ 3 và 960 hồ sơ mức độ 4, chỉ bằng 0,8% …"
    return Decision(share, decision.unit, decision.head, "share") if share else decision


def _shares_between(seen: list[Seen], items: list[Seen]) -> bool:
    """Whether a share was said after an item of a list and before its last item (each item then has its own)."""
    first, last = min(p.token.start for p in items), max(p.token.start for p in items)
    return any(p.decision and p.decision.unit == "percent" and first < p.token.start < last for p in seen)


_SUM = re.compile(rf"(?:^|[,;(])\s*{lexicon.union(lexicon.words('structure', 'sum_words'))}\s*(?:là|:)?\s*$")


def sum_of_parts(decision: Decision | None, seen: list[Seen], ctx: Context, value: float) -> Decision | None:
    """A count after "tổng cộng" that adds up the counts right before it, at different levels of one metric
    ("mức độ 3 là 31.407 hồ sơ, mức độ 4 là 22.986 hồ sơ, tổng cộng 54.393 hồ sơ") counts what they do together, the
    parts in clauses of their own too ("mức độ 3 là 6.100, bằng 4,2%; mức độ 4 là 900, bằng 0,6%; cộng lại 7.000 hồ sơ")."""
    if ctx.unit != "count" or (decision and decision.unit != "count") or not _SUM.search(ctx.pre):
        return decision
    run = _level_run(seen, past_shares=True, one_clause=False)
    common = _common_metric([p.decision.metric for p in run]) if len(run) >= 2 else None
    own = head_at(ctx.post)
    if not common or (own and own[0] != run[0].decision.head) or sum(float(p.token.value) for p in run) != value:
        return decision
    return Decision(common, "count", run[0].decision.head, "sum")


_SUM_OPENED = re.compile(rf"(?:^|[,;:(])\s*{lexicon.union(lexicon.words('structure', 'sum_words'))}(?!\w)[^,;:()\d]*$")


def sum_of_counts(decision: Decision | None, ctx: Context, figures: list[Decision], values: list[float],
                  value: float) -> Decision | None:
    """A count in a clause a sum word opens ("Cộng cả quý II là 21.637 hồ sơ", "…, tổng cộng 21.637 hồ sơ"), read as no
    more than dossiers, that adds up exactly the counts of one metric said right before it in the paragraph (each
    month's): that metric's total."""
    if ctx.unit != "count" or (decision and decision.metric not in GENERIC_DOSSIERS) or not _SUM_OPENED.search(ctx.pre):
        return decision  # (words of its own that say more keep their reading: "tổng cộng 3.520 hồ sơ trực tuyến")
    run = 0
    while run < len(figures) and figures[-1 - run].unit == "count" and figures[-1 - run].metric == figures[-1].metric:
        run += 1
    own = head_at(ctx.post)
    if run < 2 or (own and own[0] != figures[-1].head) or (decision and decision.head != figures[-1].head) \
            or all(sum(values[len(values) - k:]) != value for k in range(2, run + 1)):
        return decision  # (the last two or more of them: "quý I … 14.265; tháng 4 …, tháng 5 …, tháng 6 …. Cộng cả quý II")
    return Decision(figures[-1].metric, "count", figures[-1].head, "sum")


def _rounding(text: str) -> float:
    """How far a percentage as written ("5,99%") may stand from the value it rounds: half its last digit."""
    digits = len(text.rstrip("%").split(",")[1]) if "," in text else 0
    return 0.5 * 10 ** -digits + 1e-9


def _trailing_parts(parts: list[str | None]) -> int:
    """How many of the last entries are different parts of sums (metrics.yml `sums`), back to the first that is not
    (None: no count)."""
    run: list[str] = []
    for part in reversed(parts):
        if part is None or not catalogue().is_part(part) or part in run:
            break
        run.append(part)
    return len(run)


def sum_of_shares(decision: Decision | None, seen: list[Seen], ctx: Context, value: float, text: str) -> Decision | None:
    """A percentage after a sum word that adds up the shares right before it, of different parts of one sum ("mức độ 3
    chiếm 4,71%, mức độ 4 chiếm 1,28%; hai mức này cộng lại chiếm 5,99%"), is the share of their sum."""
    if ctx.unit != "percent" or not SUM_LEAD.search(ctx.pre):
        return decision
    parts = [catalogue().count_of(p.decision.metric) if p.decision and p.decision.unit == "percent" else None
             for p in seen]
    run = _trailing_parts(parts)
    whole = _common_metric(parts[len(parts) - run:]) if run >= 2 else None
    share = catalogue().share_of(whole) if whole else None
    values = [float(p.token.value) for p in seen[len(seen) - run:]]
    if not share or abs(sum(values) - value) > run * _rounding(text):
        return decision
    return Decision(share, "percent", seen[-1].decision.head, "sum")


def sum_of_counted_shares(decision: Decision | None, ctx: Context, figures: list[Decision], values: list[float],
                          value: float, text: str) -> Decision | None:
    """A sentence's first figure, a percentage after a sum word that no rule read, after a sentence that counted
    different parts of one sum ("… 12.871 hồ sơ mức độ 3 và 2.045 hồ sơ mức độ 4. Hai mức gộp lại bằng 6,79% tổng số
    hồ sơ"): the share of their sum, when the count before them, their whole, says so."""
    if decision is not None or ctx.unit != "percent" or ctx.prev_unit is not None or not SUM_LEAD.search(ctx.pre):
        return decision
    run = _trailing_parts([f.metric if f.unit == "count" else None for f in figures])
    whole = _common_metric([f.metric for f in figures[len(figures) - run:]]) if run >= 2 else None
    share = catalogue().share_of(whole) if whole else None
    base = values[-1 - run] if share and len(values) > run and figures[-1 - run].unit == "count" else None
    if not base or abs(100 * sum(values[len(values) - run:]) / base - value) > _rounding(text):
        return decision
    return Decision(share, "percent", figures[-1].head, "sum")


def last_level_share(decision: Decision | None, seen: list[Seen], value: float, text: str,
                     recall: Callable[[str], float | None] = lambda metric: None) -> Decision | None:
    """A share read as the sum of the levels counted right before it ("421 dịch vụ mức độ 3 và 58 dịch vụ mức độ 4, mới
    bằng 2,95% tổng số thủ tục"), whose value is the last level's share of the count before them and not the sum's (58
    of 1.964, not 479): the last level's share (`text`: the share as written, for its rounding). With no count before
    them in the sentence, the base is the whole of their sum said last in the article (`recall`: metric -> value)."""
    if decision is None or decision.unit != "percent" or decision.how != "share":
        return decision
    run = _level_run(seen)
    common = _common_metric([p.decision.metric for p in run]) if len(run) >= 2 else None
    if not common or decision.metric != catalogue().share_of(common):
        return decision
    base = next((p for p in reversed(seen[:len(seen) - len(run)]) if p.token.unit == "count"), None)
    share = catalogue().share_of(run[0].decision.metric)
    sum_whole = catalogue().whole_of(common)
    whole = float(base.token.value) if base else (recall(sum_whole) if sum_whole else None)
    if not whole or not share:
        return decision
    close = _rounding(text)
    last, total = float(run[0].token.value), sum(float(p.token.value) for p in run)
    if abs(100 * last / whole - value) <= close < abs(100 * total / whole - value):
        return Decision(share, "percent", decision.head, "share")
    return decision


def _level_run(seen: list[Seen], past_shares: bool = False, one_clause: bool = True) -> list[Seen]:
    """The counts right before, in one clause (or, not `one_clause`, in the sentence), that name different parts of
    one sum (service levels, fully and partly online); `past_shares`: passing over a part's own share beside it ("… và
    518 hồ sơ ở mức độ 4 (0,61%), tổng cộng …": a sum counts the parts, not their shares)."""
    run: list[Seen] = []
    for p in reversed(seen):
        if past_shares and p.decision and p.decision.unit == "percent" \
                and catalogue().is_part(catalogue().count_of(p.decision.metric) or ""):
            continue
        if not (p.decision and p.decision.unit == "count" and catalogue().is_part(p.decision.metric)):
            break
        if run and ((one_clause and p.clause_start != run[0].clause_start) or p.decision.metric == run[-1].decision.metric):
            break
        run.append(p)
    return run


_OF_WHICH = re.compile(rf"[,;]?\s*{lexicon.union(lexicon.words('metric_words', 'of_which'))}\b")


def part_of_unread(decision: Decision | None, seen: list[Seen], folded: str, tok: NumberToken) -> Decision | None:
    """A part after "trong đó" of a whole of its own noun that is no figure of ours ("13.646 hồ sơ chưa được đồng bộ
    lên Cổng …, trong đó 9.108 hồ sơ là hồ sơ trực tuyến") is none of ours either, when its sentence read no count
    of that noun before (else the part may be that count's: "tiếp nhận 3.486 hồ sơ, bình quân 160 hồ sơ mỗi ngày,
    trong đó: …"). (Not a part naming a level or kind of service in its own words, which only online public
    services have: "cổng có 1.905 dịch vụ, trong đó 318 dịch vụ mức độ 3".)"""
    prev = seen[-1] if seen else None
    if decision is None or decision.unit != "count" or prev is None or prev.decision is not None \
            or (decision.head == "services" and catalogue().is_part(decision.metric)) \
            or prev.token.unit != "count" or any(p.decision and p.decision.head == decision.head for p in seen):
        return decision
    whole = head_at(folded[prev.token.end:prev.token.end + 40])
    between = folded[prev.token.end:tok.start]
    return None if whole and whole[0] == decision.head and _OF_WHICH.search(between) else decision


def whole_before_part(rows: list[dict], folded: str) -> list[dict]:
    """A dossier count that took a kind from far off (a topic, a label, the sentence before), right before a smaller
    count of that kind which names it in its own words ("Về hồ sơ trực tuyến, toàn tỉnh tiếp nhận 402.615 hồ sơ,
    96.431 hồ sơ được nộp trực tuyến"), is the whole the part is of: its own words say no kind."""
    out = list(rows)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        # (the kind it took may be the part's or another: "dù … hạn chế tiếp dân trực tiếp, … vẫn tiếp nhận 312.406 hồ sơ,
        # nhưng chỉ 24.815 hồ sơ được nộp trực tuyến")
        whole = catalogue().whole_of(b["metric"]) if a["unit"] == "count" and a["metric"].startswith("dossiers_") \
            and a["metric"] not in GENERIC_DOSSIERS else None
        if whole is None or b["unit"] != "count" or b["value"] >= a["value"]:
            continue
        before = re.split(r"[,;:(]", folded[max(0, a["start"] - 40):a["start"]])[-1]
        own = PHRASE_END.split(folded[b["end"]:b["end"] + 60], maxsplit=1)[0]
        if _PART_BETWEEN.match(folded, a["end"], b["start"] + 1) \
                and not dossier_metric(before, "", "", pct=False, kind_only=True) \
                and dossier_metric(own, "", "", pct=False, kind_only=True) == b["metric"]:
            # (its confidence and rule say how it is read now, from the same year, status and province signals)
            out[i] = {**a, "metric": whole, "_how": "base", **evidence_strength("base", "dossiers", *a["_sources"])}
    return out


# between a whole and its part: the whole's bare noun, then only words that open a part ("…402.615 hồ sơ, 96.431 hồ sơ
# được nộp trực tuyến", "… 312.406 hồ sơ, nhưng chỉ 24.815 hồ sơ …", "… 215.380 hồ sơ, trong đó có 1.872 hồ sơ …")
_PART_BETWEEN = re.compile(rf"\s*{DOSSIER_NOUN}\s*[,;:]?\s*"
                           rf"(?:(?:{lexicon.union(lexicon.words('structure', 'part_openers'))})\s*[,:]?\s*)*(?=\d)")

