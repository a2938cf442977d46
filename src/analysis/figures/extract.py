"""Extraction: one article's text -> its rows of the tidy figures table (folders: see corpus.py)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
from functools import lru_cache
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from . import compare, cues, ellipsis, errata
from .answers import answered, as_asked, chosen_question, is_answer, wrong_choices
from .breakdown import parts_of_totals
from .classify import (PARTS_OF_ONLINE, RATE_WORD, Context, Decision, also_metrics, decide, decide_words, first_head,
                       group_bound, head_at, index_rankings, is_change, is_multiple, is_progress, level_label, level_part,
                       line_share, names_satisfaction, of_feedback, one_person, part_of_online, per_people, ranking_in,
                       without_level)
from .confidence import evidence_strength
from .document import (WORDS, Document, block_of, body_start, context_before, enclosing_headings, heading_line, is_headline,
                       numbering_end, opens_item, paragraph_periods, prepare, reviewing_season, section_heading, title)
from .errata import withdrawn
from .frames import Frame, change_colon, frame_at, list_frames, pairs_nouns, workload_totals
from .items import (Seen, counted_under_heading, header_figure, in_list, list_scope, part_of_unread, share_of_counted, share_of_list, sibling_of,
                    last_level_share, sum_of_counted_shares, sum_of_counts, sum_of_parts, sum_of_shares, tier_item,
                    whole_before_part)
from .names import sentence_subject, subject_name
from .nouns import (CONTRAST_TO_SUBJECT, DOSSIER_NOUN, DOSSIER_PROCESS, GENERIC_DOSSIERS, HEADS, LEVEL_LIST_COMMA,
                    SUBMITTED, account_owners, assisted, dossier_metric, fullest_head, head_name,
                    counts_a_subset, level_in, points_to_a_way, says_own_dossiers, verb_conjunct_at)
from .places import figure_province, is_national, sentence_nations, sentence_places
from .ranges import Range, sentence_ranges
from .respective import Paired, marked_groups, read_paired, respective_subjects, subject_unit
from .restate import (ANAPHORIC, dedupe, drop_additions, ends_with_parts, heading_counts, implied_ranks, raised_total,
                      raising_words, running_subject, running_words)
from .scoping import figure_scope
from .tables import Row, Table, cell_phrase, find_tables, label_phrase
from ..reference.catalogue import catalogue
from ..reference.provinces import canonical_province, province_named
from ..schema import as_figures
from ..text import lexicon
from ..text.accents import restore_marks
from ..text.clean import Sentence, fold, is_caption
from ..text.convention import english_style, english_values, per_base, whole_count
from ..text.marks import BULLET, LABEL_EDGES, strip_bullets
from ..text.numbers import NumberToken, iter_numbers, scan_numbers
from ..text.periods import (Period, find_periods, heads_an_index, in_contrast, is_index_edition, month_before,
                            names_an_index, names_edition, names_this_year, period_only, pick_period, plan_year,
                            reports_so_far, window_after_whole_year, window_key)


# a line of "Label: value" items: a colon whose clause is itself labelled ("Số liệu 9 tháng: Hồ sơ tiếp nhận: 412.608"),
# a spaced dash right after an item's value and before the next label ("412.608 – Hồ sơ trực tuyến: 21.930")
_LABELLED_NEXT = re.compile(r"\s*[^\W\d_][^\d:;.]{0,40}:\s*[<>≥≤]?\s*\d")
_ITEM_DASH = re.compile(r"(?<=\d)(?:\s*%)?(?:\s+[^\W\d_]+){0,2}?\s+(?P<dash>[–—-])\s+(?=[^\W\d_])")
_DASH_HINT = re.compile(r"[–—]| - ")
_RATE_NEXT = re.compile(rf"{RATE_WORD.pattern}[^\d:;.]{{0,30}}\d")  # "… – tỷ lệ 5,31%": a rate labelled its own way


def _boundaries(folded: str, start: int, end: int) -> list[int]:
    """Clause boundaries of a sentence: ';' (an inline bullet between fields reads as one:
    text/clean.field_dots_as_semicolons), ':' after a lead-in clause, and the marks between the items of a line of
    "Label: value" items. The colon of a short label ("Hồ sơ trực tuyến: 61.870 hồ sơ") joins the label to its number
    instead."""
    cuts, last = [], 0
    for m in re.finditer(r"[;:]", folded[start:end]):
        if m.group() == ":" and re.search(r"(?:là|đạt)\s*$", folded[start + last:start + m.start()]):
            last = m.end()  # "số hồ sơ quá hạn là: 1.551": the label's colon
            continue
        if m.group() == ":" and change_colon(folded, start + last, start + m.start(), end):
            last = m.end()  # "tăng nhanh hơn: từ 19 … lên 86 …": the change's colon
            continue
        if m.group() == ";" or m.start() - last > 60 or _LABELLED_NEXT.match(folded, start + m.end(), end):
            cuts.append(m.start())
        last = m.end()
    if _DASH_HINT.search(folded, start, end):
        dashes = [m.start("dash") - start for m in _ITEM_DASH.finditer(folded, start, end)
                  if _LABELLED_NEXT.match(folded, m.end(), end) or _RATE_NEXT.match(folded, m.end(), end)]
        cuts = sorted({*cuts, *dashes})
    return cuts


_PARENS = re.compile(r"[()]")
_IN_LEVEL_LIST = re.compile(LEVEL_LIST_COMMA)  # "420 dịch vụ mức độ 3, 4 và …": no label of the next number


def _enclosing_paren(folded: str, start: int, pos: int, end: int) -> tuple[int, int] | None:
    """The parenthesis that contains pos within [start, end), as (open, close+1)."""
    if folded.find("(", start, pos) < 0:  # most figures: no parenthesis opens before them
        return None
    open_at: list[int] = []
    for m in _PARENS.finditer(folded, start, pos):
        if m.group() == "(":
            open_at.append(m.start())
        elif open_at:
            open_at.pop()
    if not open_at:
        return None
    depth = 1
    for m in _PARENS.finditer(folded, pos, end):
        depth += 1 if m.group() == "(" else -1
        if depth == 0:
            return open_at[-1], m.end()
    return open_at[-1], end


@dataclass
class _View:
    """One sentence as the rules see it: its spans, periods, clause cuts, status cues and lists."""

    s: Sentence
    index: int
    para: tuple[int, int]
    periods: list[Period]
    para_periods: list[Period]
    cuts: list[int]
    planned: bool
    cues: cues.SentenceCues
    frames: list[Frame]
    headline: bool
    context_before: str
    title: str
    section: str  # the heading the sentence's paragraph sits under (folded), '' if none
    heading_rate: str | None  # the rate that heading (else the title line) names in words (_heading_rate)
    accounts: bool  # the sentence names accounts or a system ("tài khoản", "hệ thống"): only then is its owner sought
    paragraph_before: str  # the paragraph before the sentence's (folded), '' for the first
    article_ranking: str | None  # the one ranking the article named by its index's name before the sentence
    part_apart: bool = False  # the sentence sets a part of its paragraph's count apart (_PART_APART)
    caption: bool = False  # the sentence is a photo's caption: a figure it shares with the body restates it


def _section_words(doc: Document, paragraph: int) -> str:
    """The (folded) heading line a paragraph sits under, '' if none: for a line of a run of "label: value" lines
    ("Năm 2018: 9,8%\nNăm 2019: 18,6%"), the line above the run."""
    above = paragraph
    while above > 0 and _VALUE_LINE.fullmatch(doc.folded, *doc.paragraphs[above]):
        above -= 1
    if above < paragraph:
        return doc.folded[slice(*doc.paragraphs[above])] if above > 0 else ""
    heading = section_heading(doc, paragraph)
    return doc.folded[slice(*heading_line(doc, heading))] if heading is not None else ""


_VALUE_LINE = re.compile(r"\W*[^\W\d_][^,;:%\n]{0,30}:\s*[<>≥≤]?\s*\d[\d.,]*\s*%?\W*")  # "Năm 2018: 9,8%"


def _under_directive(doc: Document, paragraph: int, end: int) -> bool:
    """The sentence ending at `end` is in the run of list items under a line that gives orders ("… Chủ tịch Ủy ban
    nhân dân tỉnh chỉ thị:" over "1. …", "a) …"), or holds that line before its first item: a task, its figures
    plans."""
    above = paragraph
    while above > 0 and opens_item(doc.text, doc.paragraphs[above][0]):
        above -= 1
    a, b = doc.paragraphs[above]
    ordered = cues.orders_end(doc.text, doc.folded, a, b if above < paragraph else end)
    return ordered is not None and (above < paragraph or opens_item(doc.text, ordered))


def _planned_section(doc: Document, paragraph: int) -> bool:
    """The paragraph sits under a heading that names a plan (see _plan_heading), found once per paragraph."""
    if paragraph not in doc.planned:
        doc.planned[paragraph] = _plan_heading(doc, paragraph)
    return doc.planned[paragraph]


def _plan_heading(doc: Document, paragraph: int) -> bool:
    """The paragraph sits under a heading that names a plan ("Mục tiêu đến năm 2025", "Chỉ tiêu năm 2030"), unless it
    or the paragraph opens with results, or a heading that opens with the tasks ahead ("6. Nhiệm vụ năm 2024")."""
    a, b = doc.paragraphs[paragraph]
    first_line = doc.text.find("\n", a, b)  # a heading line glued to the list under it: "6. Nhiệm vụ năm 2024\na) …"
    heading = section_heading(doc, paragraph)
    if heading is not None and heading < body_start(doc):
        heading = None  # a rubric over the body, in the title block ("MỖI KẾT QUẢ ĐO BẰNG PHẦN TRĂM KẾ HOẠCH"): no plan
    spans = [(a, first_line)] if first_line > 0 and is_headline(doc.text[a:first_line].strip()) else []
    spans += [heading_line(doc, heading)] if heading is not None else []
    if cues.opens_results(doc.folded[a:b]):
        return False  # "Xét kết quả thực hiện năm 2023 …: …" under "Về việc ban hành bộ chỉ tiêu …"
    return any((cues.names_plan(doc.folded[x:y]) and not cues.opens_results(doc.folded[x:y])
                and not cues.names_past_indicators(doc.folded[x:y], doc.written))
               or cues.opens_plan(doc.folded[x:y]) for x, y in spans)


def _question_before(doc: Document, v: _View) -> str:
    """What may be the question a sentence answers (folded): the paragraph before, for the paragraph's first sentence;
    else the sentence before in its paragraph."""
    if v.s.start == v.para[0]:
        return v.paragraph_before
    before = doc.sentences[v.index - 1] if v.index else None
    return doc.folded[before.start:before.end] if before and before.paragraph == v.s.paragraph else ""


def _view(doc: Document, s_index: int) -> _View:
    """The per-sentence facts every figure of the sentence shares, computed once."""
    s = doc.sentences[s_index]
    folded, text = doc.folded, doc.text
    para = doc.paragraphs[s.paragraph]
    para_periods = paragraph_periods(doc, s.paragraph)
    headline = s.paragraph == 0 and is_headline(text[para[0]:para[1]])
    nxt = doc.sentences[s_index + 1] if s_index + 1 < len(doc.sentences) else None
    next_span = (nxt.start, nxt.end) if nxt and nxt.paragraph == s.paragraph else None
    if headline:  # a headline: the first sentence below it
        below = next((t for t in doc.sentences[s_index + 1:] if len(WORDS.findall(text, t.start, t.end)) > 3), None)
        next_span = (below.start, below.end) if below else None
    return _View(
        s, s_index, para, [p for p in para_periods if s.start <= p.start and p.end <= s.end],
        para_periods, [s.start + b for b in _boundaries(folded, s.start, s.end)],
        cues.planned_sentence(folded, (s.start, s.end), para, next_span) or _planned_section(doc, s.paragraph)
        or _under_directive(doc, s.paragraph, s.end),
        cues.sentence_cues(folded, s.start, s.end),
        list_frames(folded, s.start, s.end), headline and len(doc.paragraphs) > 1, context_before(doc, s_index),
        title(doc), _section_words(doc, s.paragraph), _heading_rate(doc, s.paragraph, "percent"),
        "tài khoản" in folded[s.start:s.end] or "hệ thống" in folded[s.start:s.end],
        folded[slice(*doc.paragraphs[s.paragraph - 1])] if s.paragraph > 0 else "", _article_ranking(doc, s.start),
        bool(_PART_APART.match(folded, s.start)), is_caption(folded[para[0]:para[1]]))


def _sentence_before_like(doc: Document, said: _Said, s_index: int, unit: str) -> Decision | None:
    """The last decided figure in `unit` (a percentage or not) of the sentence before, in the same paragraph."""
    if s_index == 0 or doc.sentences[s_index - 1].paragraph != doc.sentences[s_index].paragraph:
        return None
    before = said.sentence.get(s_index - 1, [])
    return next((d for d in reversed(before) if (d.unit == "percent") == (unit == "percent")), None)


def _article_ranking(doc: Document, pos: int) -> str | None:
    """The one ranking the article names by its index's name before pos ("Vietnam ICT Index 2017"), else None (none
    named, several, or an index that is no ranking of ours)."""
    if doc.indices is None:
        doc.indices = index_rankings(doc.folded)
    named = {ranking for start, ranking in doc.indices if start < pos}
    return named.pop() if len(named) == 1 else None


@dataclass
class _Windows:
    """Where one figure's words are: its clause, the words before and after it, its list item."""

    clause_start: int
    clause_end: int
    pre_start: int
    post_end: int
    paren: tuple[int, int] | None
    frame: Frame | None
    item: tuple[int, int] | None
    aside_tail: tuple[int, int] | None = None  # the predicate after a share set off by commas (_aside_tail)


# "16.213 hồ sơ, tức 88,02%, đến qua mạng": a count, its share set off by commas, then the predicate of both
_SHARE_ASIDE = re.compile(rf"[^,;:()\d]*,\s*(?:{lexicon.union(lexicon.words('metric_words', 'share_lead.verbs'))})\s*"
                          rf"(?:{lexicon.union(list(cues.QUALIFIER_WORDS))}\s*)?")
_ASIDE_TAIL = re.compile(r"\s*,\s*(?P<tail>[^\W\d_][^\d,;:()]*?)\s*(?=[;.!?]|$)")


def _aside_tail(folded: str, count: NumberToken | None, share: NumberToken | None, end: int) -> tuple[int, int] | None:
    """Where the predicate after a count's share aside lies ("16.213 hồ sơ, tức 88,02%, đến qua mạng"): the
    words after the share's closing comma, up to the clause's end, the words of both; None for other figures."""
    if count is None or share is None or count.unit != "count" or share.unit != "percent" \
            or not _SHARE_ASIDE.fullmatch(folded, count.end, share.start):
        return None
    tail = _ASIDE_TAIL.match(folded, share.end, end)
    return tail.span("tail") if tail else None


_COMMA_TURN = re.compile(rf",{CONTRAST_TO_SUBJECT.pattern}")


def _windows(doc: Document, v: _View, tokens: list[NumberToken], i: int, prev: Seen | None) -> _Windows:
    """The windows of the i-th figure: its words run from the previous figure (or clause start) to the
    next figure's label, its parenthesis, a "tỷ lệ"/"trong đó" turn, or its list item's edges."""
    folded, tok, s = doc.folded, tokens[i], v.s
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    clause_start = max([c + 1 for c in v.cuts if c < tok.start], default=s.start)
    clause_end = min([c for c in v.cuts if c >= tok.end], default=s.end)
    pre_start = max(clause_start, prev.token.end if prev else s.start)
    conjunct = verb_conjunct_at(folded, prev.token.end, tok.start) \
        if prev and prev.token.unit in ("count", "percent") else None
    if conjunct:  # (the words of a figure after a count or a share start past a "và" that opens them: see below)
        pre_start = max(pre_start, conjunct[1])
    # (… and past a comma and a contrast turning to another subject: "61,84% thủ tục … trực tuyến, nhưng | hồ sơ nộp qua
    # mạng mới chiếm 27,35%")
    turned = [m.end() for m in _COMMA_TURN.finditer(folded, pre_start, tok.start)]
    pre_start = turned[-1] if turned else pre_start
    paren = _enclosing_paren(folded, s.start, tok.start, s.end)
    post_end = min(nxt.start if nxt else s.end, clause_end)
    if nxt and post_end == nxt.start:
        # "trả kết quả 1623 hồ sơ, đang giải quyết 1515 hồ sơ": the words after the last comma
        # before the next number are that number's label, not this one's
        label_cut = max(folded.rfind(",", tok.end, post_end), folded.rfind(";", tok.end, post_end))
        # (and in parentheses, a percentage's: "(21.406 hồ sơ, trực tuyến 95,2%)")
        if label_cut > tok.end and "(" not in folded[label_cut:post_end] and tok.unit == "count" \
                and not _IN_LEVEL_LIST.match(folded, label_cut) and not pairs_nouns(folded, label_cut) \
                and (nxt.unit == "count" or (paren and nxt.unit == "percent" and nxt.start < paren[1])):
            post_end = label_cut
        # (… and a count's or a share's words stop at a "và" opening a dossier verb or another predicate before the next
        # number: "có 412 hồ sơ nộp qua mạng và giải quyết đúng hạn 99,1%", "35% hồ sơ trực tuyến và số hóa 30% …")
        conjunct = verb_conjunct_at(folded, tok.end, post_end) if tok.unit in ("count", "percent") else None
        post_end = conjunct[0] if conjunct else post_end
    if paren:
        post_end = min(post_end, paren[1] - 1)
    turn = _TURN.search(folded, tok.end, post_end) if _TURN_HINT.search(folded, tok.end, post_end) else None
    if turn and not _OF_THOSE.match(folded, turn.start(), post_end):
        post_end = turn.start()
    # (… and at a contrast with no comma, when the next number of its clause, in its unit, follows it: "tiếp nhận
    # 187.346 hồ sơ nhưng mới số hóa 29.531 hồ sơ": the predicate after the turn is that number's)
    bare_turn = _BARE_TURN.search(folded, tok.end, post_end) \
        if nxt and nxt.start <= clause_end and nxt.unit == tok.unit else None
    if bare_turn:
        post_end = bare_turn.start()
    # "15.000 hồ sơ (trực tuyến 3.000 hồ sơ, …)": the parts in parentheses are not the total's words; nor is an aside
    # that denies ("(không có hồ sơ tồn từ tháng trước chuyển sang)")
    denied = _DENIED_CLAUSE.search(folded, tok.end, post_end)
    if denied:  # "nhận 143 hồ sơ và không có hồ sơ nào nộp qua mạng": the denied clause's words are not the figure's
        post_end = denied.start()
    opening = folded.find("(", tok.end, post_end)
    if opening >= 0 and ((nxt and ")" not in folded[opening:nxt.start]) or _DENIED_ASIDE.match(folded, opening)):
        post_end = opening
    frame = frame_at(v.frames, tok.start)
    item = frame.item_at(tok.start) if frame else None
    if item:  # an item's words stop at its own edges
        pre_start, post_end = max(pre_start, item[0]), min(post_end, item[1])
    aside = _restated_tail(folded, tok, paren, nxt.start if nxt else clause_end) if paren else \
        _aside_tail(folded, tok, nxt, s.end) or _aside_tail(folded, prev and prev.token, tok, s.end)
    return _Windows(clause_start, clause_end, pre_start, post_end, paren, frame, item, aside)


# "hơn một nửa (148.093 hồ sơ) được nộp …": a quantity in words (any fraction in words: "hai phần năm"), then its
# count alone with its noun in parentheses (or its share alone, the noun before it: "hơn một phần ba số hồ sơ (34,58%)")
_SPELLED_NUMBER = lexicon.union(lexicon.words("numbers", "spelled_words"))
_QUANTITY_BEFORE = re.compile(rf"(?<!\w)(?:{_SPELLED_NUMBER}\s+{lexicon.union(lexicon.words('structure', 'fraction_parts'))}"
                              rf"(?:\s+{_SPELLED_NUMBER}(?!\w))+|{lexicon.union(lexicon.words('structure', 'spelled_quantities'))})"
                              rf"(?P<noun>(?:,?\s+[^\W\d_]+){{0,10}})\s*\($")
_SHARE_ALONE = re.compile(r"\(\s*[\d.,]+\s*%\s*\)")
_TAIL_OPENS = re.compile(r"\s*(?=[^\W\d_])"  # a predicate right after the parenthesis, no coordinator
                         rf"(?!(?:{lexicon.union(lexicon.words('structure', 'restated_not_before'))})\s)")
_COUNT_ALONE = re.compile(r"\(\s*[\d.]+\s+[^\W\d][^\d(),;:]*\)" + _TAIL_OPENS.pattern)


def _restated_tail(folded: str, tok: NumberToken, paren: tuple[int, int], stop: int) -> tuple[int, int] | None:
    """Where the predicate of a count or share that restates a quantity said in words lies ("hơn một nửa (148.093 hồ
    sơ) được nộp trực tuyến", "toàn bộ (100%) đã được cấp hộp thư"): the words after its parenthesis, up to the next
    figure or the clause's end; None otherwise."""
    alone = _COUNT_ALONE.match(folded, paren[0]) if tok.unit == "count" else None
    worded = _in_words(folded, tok, paren) and _TAIL_OPENS.match(folded, paren[1])
    if not (worded or (alone and alone.end() >= paren[1]
                       and _QUANTITY_BEFORE.search(folded, max(0, paren[0] - 60), paren[0] + 1))):
        return None
    # (… a comma between paired nouns aside: "ba phần tư (75,3%) cán bộ, công chức đã được cấp hộp thư")
    comma = next((m.start() for m in _COMMA.finditer(folded, paren[1], stop) if not pairs_nouns(folded, m.start())), -1)
    end = min([stop, *(i for i in (comma, *(folded.find(c, paren[1], stop) for c in ";(")) if i >= 0)])
    return (paren[1], end) if end > paren[1] else None


_COMMA = re.compile(",")


def _in_words(folded: str, tok: NumberToken, paren: tuple[int, int] | None) -> re.Match[str] | None:
    """A percentage alone in parentheses right after a quantity said in words ("hơn một phần ba số hồ sơ (34,58%)",
    "tức gần một nửa (48,95%)"): the quantity, its noun in group "noun"; else None."""
    if tok.unit != "percent" or paren is None or not _SHARE_ALONE.fullmatch(folded, paren[0], paren[1]):
        return None
    return _QUANTITY_BEFORE.search(folded, max(0, paren[0] - 80), paren[0] + 1)


_SPELLED = re.compile(rf"\s*\((?:\s*{lexicon.union(lexicon.words('numbers', 'spelled_words'))}\b)+\s*\)")


def _after_spelled(folded: str, end: int, stop: int) -> int:
    """Where the words after a number start, past the number spelled out again ("06 (sáu) dịch vụ") or a measure word
    standing alone for the noun its clause named ("là 968 bộ, …": nouns.yml `measure_words`)."""
    m = _SPELLED.match(folded, end, stop) if folded.startswith(" (", end) or folded.startswith("(", end) else None
    end = m.end() if m else end
    measure = _MEASURE_ALONE.match(folded, end, stop)
    return measure.end() if measure else end


def _measured_noun(folded: str, para_start: int, s_start: int, end: int, words_start: int) -> str:
    """The noun a measure word standing alone after a number stands for when its clause names none ("…, đã giải quyết
    xong 95.108 bộ"): the noun it measured last in the paragraph ("97.452 bộ hồ sơ"), else its sentence's first head
    noun; '' when no measure word stands there alone (`words_start`: where _after_spelled put the number's words)."""
    gap = folded[end:words_start].strip()  # (most numbers: nothing skipped)
    word = next((w for w in _MEASURE_WORDS if gap == w or gap.endswith((" " + w, ")" + w))), None) if gap else None
    if word is None or first_head(folded[max(s_start, folded.rfind(",", s_start, end) + 1):end]):
        return ""  # (a noun in the count's own clause is its subject: "hồ sơ mức độ 4 có 2.255 bộ" reads as before)
    said = [m.group("noun") for m in _MEASURED.finditer(folded, para_start, end)
            if m.group("word") == word and head_at(" " + m.group("noun"))]
    noun = said[-1] if said else first_head(folded[s_start:end])
    return f" {noun}" if noun else ""


_MEASURE_WORDS = lexicon.words("nouns", "measure_words")
_MEASURED = re.compile(rf"(?<!\w)(?P<word>{lexicon.union(_MEASURE_WORDS)})\s+(?P<noun>\w+(?:\s+\w+)?)")  # "bộ hồ sơ"


# "968 bộ,", "58 bộ.": a measure word, then the end of the phrase (not "bộ dữ liệu", nor "bộ, ngành": ministries)
_MEASURE_ALONE = re.compile(rf"\s*{lexicon.union(lexicon.words('nouns', 'measure_words'))}"
                            rf"(?=\s*(?:[;.!?)]|,(?!\s*{lexicon.union(lexicon.words('nouns', 'measure_not_before'))})|$))")


def _outside_closed_parens(folded: str, s: Sentence, seen: list[Seen], tok: NumberToken) -> list[Seen]:
    """The figures before tok, less those in a parenthesis closed before it: "3.912 hồ sơ (mức độ 3: 3.256;
    mức độ 4: 656), chiếm 8,06%" continues from 3.912, the parts in parentheses aside."""
    def closed(p: Seen) -> bool:
        paren = _enclosing_paren(folded, s.start, p.token.start, s.end)
        return paren is not None and paren[1] <= tok.start
    return [p for p in seen if not closed(p)]


def _last_like(seen: list[Seen], tok: NumberToken, clause_start: int) -> Decision | None:
    """The last decided figure of a clause whose unit is the token's (a percentage or not; ranks aside)."""
    pct = tok.unit == "percent"
    for p in reversed(seen):
        if p.clause_start != clause_start:
            return None
        if p.decision and p.decision.unit != "rank" and (p.decision.unit == "percent") == pct:
            return p.decision
    return None


_PLACE_WORD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('scopes', 'subject_place_words'))}(?!\w)")


def _subject_scope(doc: Document, s: Sentence, tok: NumberToken, scope: str, prev: Seen | None, rows: list[dict],
                   earlier: list[dict], read: bool) -> tuple[str, bool]:
    """A figure's scope when its own words give none and it may be read (`read`: a count or a percentage said of one
    subject): the named unit its sentence says it of ("Huyện Duy Tiên dẫn đầu với 612 hồ sơ"), else the unit the figure
    said right before was said of when its sentence names no place; and whether the scope is such a subject (a weaker
    one: the same figure said again without it is the same figure, restate.dedupe)."""
    subject = sentence_subject(doc.text, s.start, tok.start, doc.folded) if read else ""
    if scope and subject != scope and prev and scope == prev.scope \
            and scope == sentence_subject(doc.text, s.start, prev.token.start, doc.folded):
        scope = ""  # "Huyện A dẫn đầu với 412 hồ sơ, còn huyện B chỉ có 38 hồ sơ": not the subject before
    if scope:  # (a scope taken over from a figure of this sentence said of its subject is that subject too)
        return scope, bool(rows and rows[-1]["_subject"] and rows[-1]["scope"] == scope)
    if read and not subject and not _PLACE_WORD.search(doc.folded, s.start, tok.start):
        last = next((r for r in reversed(rows or earlier) if r["unit"] in ("count", "percent")), None)
        subject = last["scope"] if last and last["_subject"] else ""
    return subject, bool(subject)


def _accounts_email(doc: Document, pos: int) -> bool:
    """The system the article named last before a position, of those that own accounts, is e-mail."""
    if doc.owners is None:
        doc.owners = account_owners(doc.folded)
    ends, email = doc.owners
    i = bisect_right(ends, pos) - 1
    return i >= 0 and email[i]


# (a ticked or empty box opening a checklist's line is one too: "[x] Văn bản …", "☑ Hồ sơ …"; and a letter or a
# number closed by its parenthesis: "c) Văn bản …", "2) Hồ sơ …")
_BULLET_LEAD = re.compile(rf"\s*(?:{BULLET}|\[[ xX✓✔]?\]|(?<![^\s(])(?:[a-zđ]|\d{{1,2}})\))\s+(?=[^\W\d])")


def _nearest_rate(doc: Document, v: _View, said: _Said, block: int, tok: NumberToken) -> str | None:
    """The rate said or named in words nearest a figure: its sentence's own when it sets a part apart, then the
    paragraph's (or the run of bullets'), the sentence's words, the paragraph's words, the heading's."""
    # (a sentence that sets a part apart keeps its rate from the paragraph's, but is nearest to its own figures:
    # "Riêng hồ sơ trực tuyến là 12.275, chiếm 7,56%, trong đó …")
    if v.part_apart:
        own = next((d.metric for d in reversed(said.sentence.get(v.index, []))
                    if d.unit == "percent" and d.how != "listed"), None)
        if own:
            return own
    return said.pct.get(block) or _named_rate_metric(doc, (v.s.start, tok.start), tok.unit) \
        or _named_rate_metric(doc, (v.para[0], tok.start), tok.unit) \
        or (v.heading_rate if tok.unit == "percent" else None)


def _context(doc: Document, v: _View, tok: NumberToken, w: _Windows, prev: Seen | None,
             prev_decided: Seen | None, said: _Said, seen: list[Seen], adjacent: bool) -> Context:
    """The text around one figure, cut as the metric rules read it."""
    folded, text, s = doc.folded, doc.text, v.s
    block = block_of(doc, s.paragraph)
    # (a list bullet opening the figure's words is none of them: "- Hồ sơ được giải quyết đúng hạn chiếm 98,74%"; the
    # sentence keeps it, a line of a list)
    bullet = _BULLET_LEAD.match(folded, w.pre_start, tok.start)
    topic = _topic_rate(doc, said, s.start, tok.unit)  # (first: it notes where the article's first figure stands)
    post_start = _after_spelled(folded, tok.end, w.post_end)
    near = _nearest_rate(doc, v, said, block, tok)
    # (a share restating a quantity in words stands where the words are: "hơn một phần ba số hồ sơ (34,58%) đã đến qua
    # mạng" reads as "34,58% số hồ sơ đã đến qua mạng")
    # (… when it is the subject of what follows, by its noun or a predicate after it; closing its clause, it is the share
    # of the count before: "767 hồ sơ gửi qua mạng, gần hai phần ba (63,60%).")
    worded = _in_words(folded, tok, w.paren)
    worded = worded if worded and (worded.group("noun").strip() or w.aside_tail) else None
    pre_end, noun = (worded.start(), worded.group("noun")) if worded else (tok.start, "")
    pre = cues.unsigned(folded[bullet.end() if bullet else w.pre_start:pre_end])
    before = said.rate_across(block, tok.unit, pre) if near is None else None
    return Context(
        unit=tok.unit, pre=pre,
        post=noun + _measured_noun(folded, v.para[0], s.start, tok.end, post_start) + folded[post_start:w.post_end]
        + (f" {folded[slice(*w.aside_tail)].lstrip()}" if w.aside_tail and w.aside_tail[0] >= w.post_end else ""),
        clause_after=noun + folded[_after_spelled(folded, tok.end, w.clause_end):w.clause_end]
        + (f" {folded[slice(*w.aside_tail)].lstrip()}" if w.aside_tail and tok.unit == "percent" else ""),
        sentence_after=folded[tok.end:s.end],
        sentence_before=cues.unsigned(folded[s.start:pre_end]),
        in_paren=w.paren is not None,
        prev_metric=prev_decided.decision.metric if prev_decided else None,
        prev_unit=prev_decided.decision.unit if prev_decided else None,
        prev_head=prev_decided.decision.head if prev_decided else None,
        prev_in_clause=bool(prev_decided and prev_decided.clause_start == w.clause_start),
        para_pct_metric=near or (before.metric if before else None) or said.pct.get(block - 1)
        or _unmeasured_rate(said, folded, v.para[0], tok.start) or topic,
        first_rate=said.first_rate() if tok.unit == "percent" else None,
        rate_nearby=near is not None,
        item_name=subject_name(text, folded, w.pre_start, w.item, tok),
        after_count=bool(prev and prev.token.unit == "count" and prev.clause_start == w.clause_start),
        context_before=v.context_before,
        prev_adjacent=adjacent,
        pre_cut=bool(prev and w.pre_start > prev.token.end),
        prev_like=_last_like(seen, tok, w.clause_start),
        title=v.title,
        paragraph_before=v.paragraph_before,
        article_ranking=v.article_ranking,
        accounts_email=v.accounts and _accounts_email(doc, tok.start),
        mail_last=tok.unit == "percent" and _accounts_email(doc, tok.start),
    )


_WORD_AFTER = re.compile(r"\s*[^\W\d_]")  # a word right after a number: a noun of its own ("88% kế hoạch")


def _published_year(doc: Document) -> int:
    """The year the article came out, when known (a review of the year before came out the year after), else
    a year no period reaches."""
    if doc.year and doc.year_source in ("published", "dateline", "url", "review"):
        return doc.year + (doc.year_source == "review")
    return 10_000


def _status(doc: Document, v: _View, tok: NumberToken, decision: Decision, w: _Windows, year: int | None,
            period: Period | None, header_row: dict | None, named: dict | None) -> tuple[str, str]:
    """The figure's status and where it came from (cue, restated, frame, future-year, default)."""
    state = cues.status(doc.folded, tok.start, tok.end, (v.s.start, v.s.end), w.paren, v.planned, v.cues, doc.written)
    source = "cue" if state == "target" else "default"
    # a task's line may cite a past year's result ("…; năm 2023, tỷ lệ này … là 96,82%"), and a line under a heading
    # about the year ahead the results of the months so far ("Mười một tháng năm 2018, toàn tỉnh tiếp nhận …")
    if state == "target" and v.planned and period and period.start >= v.s.start \
            and (period.year and doc.written and period.year < doc.written or reports_so_far(period)
                 or month_before(period, doc.meta.get("published"))) \
            and cues.status(doc.folded, tok.start, tok.end, (v.s.start, v.s.end), w.paren, False, v.cues,
                            doc.written) != "target":
        state = "actual"
    if named:  # "trong 272 dịch vụ …" names again a figure stated before: its status stands
        state, source = named["status"], "restated"
    if state == "target" and source == "cue" and compare.compared_value(doc.folded, v.s.start, tok.start):
        state = "actual"  # "… chỉ tiêu 20% …, và còn thấp hơn Đà Nẵng (14,6%)": what is compared with is a result
    if header_row and header_row["status"] == "target" and header_row["year"] in (None, year):
        state, source = "target", "frame"  # the items of a plan are planned (unless dated apart: "(năm 2019 đạt …)")
    # ("hiện trạng 95,8%" beside a plan's year: a result label of its clause, no plan's year makes it one)
    said_now = bool(v.cues) and cues.said_now(doc.folded, tok.start, v.cues)
    if state == "actual" and period and period.year and doc.year and not said_now and (
            (period.role == "target" and period.year > doc.year) or period.year > _published_year(doc)):
        state, source = "target", "future-year"  # "để năm 2021 nâng tỷ lệ … lên 30%" in an article of 2020
    return state, source


_HYPOTHETICAL = lexicon.pattern("structure", "hypothetical_markers")
_EXAMPLE_OPENS = re.compile(rf"\W*{lexicon.union(lexicon.words('structure', 'example_openers'))}\s*[:,]")
_CONSEQUENCE = re.compile(rf"\s{lexicon.union(lexicon.words('structure', 'example_consequences'))}\s")


def _worked_example(folded: str, start: int, end: int) -> bool:
    """The sentence is a worked example: opened by an example word and a colon or comma, its figures leading to a
    consequence ("Ví dụ: một xã nhận 120 hồ sơ, 6 hồ sơ qua mạng thì tỷ lệ là 5%")."""
    return bool(_EXAMPLE_OPENS.match(folded, start)) and bool(_CONSEQUENCE.search(folded, start, end))
_SAMPLED = lexicon.pattern("structure", "sample_markers")
_SAMPLE_BEFORE = re.compile(rf"(?:{_SAMPLED.pattern})\s*$")
_SAMPLE_BASE = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('structure', 'sample_bases'))})(?!\w)")
_CONTENTS = re.compile(rf"\W*{lexicon.union(lexicon.words('structure', 'contents_markers'))}\s*:")
_SAME_PERIOD = lexicon.union(lexicon.words("periods", "same_period"))
_PREVIOUS_YEAR = lexicon.union(lexicon.words("periods", "previous_year"))
# "cùng kỳ năm trước … <number>" in its clause, no number between; "<number> của cùng kỳ (năm trước)" with no year
# ("cùng kỳ" alone before a number is the same period elsewhere: "tỷ lệ … cùng kỳ của Đà Nẵng là 88,2%")
# (… its value perhaps in parentheses right after it: "tăng so với cùng kỳ năm trước (8,1%)")
_SAME_BEFORE = re.compile(rf"{_SAME_PERIOD}\s+{_PREVIOUS_YEAR}[^\d,;()]{{0,30}}(?:\(\s*)?$")
# (… a comma may close the period when it opens its clause: "Cùng kỳ năm ngoái, tỷ lệ này là 93,4%"; not after a
# baseline's word: "tăng gấp đôi so với cùng kỳ năm trước, chiếm 14,86%")
_SAME_BEFORE_COMMA = re.compile(rf"{_SAME_PERIOD}\s+{_PREVIOUS_YEAR}\s*,[^\d,;()]{{0,30}}$")
_BASELINE_END = re.compile(rf"(?<!\w){lexicon.group('periods', 'baseline')}\s*$")
_SAME_AFTER = re.compile(rf"\s*của\s+{_SAME_PERIOD}(?!\s*(?:năm\s*)?\d)")
# "…, so với cùng kỳ là 94,6%": the baseline named without a year, its value right after it
# (… or in parentheses: "gấp hơn hai lần so với cùng kỳ (5.284 hồ sơ)")
_SAME_COMPARED = re.compile(rf"{lexicon.union(lexicon.words('periods', 'baseline'))}\s+{_SAME_PERIOD}\s*"
                           rf"(?:{lexicon.union(lexicon.words('periods', 'baseline_copulas'))}|:|\()?\s*$")


# "…, còn cùng kỳ chỉ là 3,38%", "trong khi cùng kỳ là 88.315": the same period alone opening a contrast's clause, a
# copula right after it (not "cùng kỳ của Đà Nẵng là …", another place's)
_SAME_OPENS_CONTRAST = re.compile(rf"(?:[,;]\s*|(?<!\w))(?:{lexicon.union(lexicon.words('periods', 'same_period_contrasts'))})\s+"
                                  rf"{_SAME_PERIOD}\s*,?\s*(?:{lexicon.union(lexicon.words('periods', 'baseline_copulas'))})\s*"
                                  rf"(?:{lexicon.union(cues.QUALIFIER_WORDS)}\s*)?$")


def _same_period_before(folded: str, s_start: int, tok: NumberToken) -> bool:
    """The figure is the same period's a year before, named without its year ("của cùng kỳ năm trước chỉ là 51,36%",
    "so với mức 98,87% của cùng kỳ", an aside right after a figure: "đạt 96,2% (cùng kỳ: 94,9%)"). ("Cùng kỳ, toàn
    tỉnh tiếp nhận …", "mức chung của toàn tỉnh cùng kỳ (29,4%)" are the same period as the figures around them.)"""
    comma = _SAME_BEFORE_COMMA.search(folded, max(s_start, tok.start - 60), tok.start)
    return bool(_SAME_BEFORE.search(folded, max(s_start, tok.start - 60), tok.start) or _SAME_AFTER.match(folded, tok.end)
                or (comma and not _BASELINE_END.search(folded, max(s_start, comma.start() - 12), comma.start()))
                or _SAME_ASIDE.search(folded, max(s_start, tok.start - 60), tok.start)
                or _SAME_COMPARED.search(folded, max(s_start, tok.start - 30), tok.start)
                or _SAME_OPENS_CONTRAST.search(folded, max(s_start, tok.start - 40), tok.start))


# "Cùng kỳ năm trước, tỉnh tiếp nhận 468.115 hồ sơ và chỉ có 301.952 hồ sơ trực tuyến", "Cùng kỳ năm trước: tiếp nhận
# 1.702 hồ sơ, giải quyết 1.655 hồ sơ", "Cả năm ngoái, tỷ lệ này chỉ là 1,12%": last year (its same period) opening the
# sentence, a comma or a colon after it, frames every figure of the sentence up to a ";" or a contrast turning away
_WHOLE_OF = lexicon.group("periods", "whole_of")
_OPENS_LAST_YEAR = re.compile(rf"\W*(?:(?:{_SAME_PERIOD}|{_WHOLE_OF})\s+)?{_PREVIOUS_YEAR}\s*[,:]")
_TURNS_AWAY = re.compile(rf";|(?<!\w){lexicon.union(lexicon.words('structure', 'contrast_turns'))}(?!\w)")


def _opened_by_last_year(folded: str, s_start: int, tok: NumberToken, year_source: str) -> bool:
    """The figure's sentence opens with last year (or its same period) as its frame, no year named in the sentence and
    nothing turning away from it before the figure."""
    opened = _OPENS_LAST_YEAR.match(folded, s_start)
    return bool(opened and year_source != "sentence" and not _TURNS_AWAY.search(folded, opened.end(), tok.start))


# "96,2% (cùng kỳ: ", "1.386 hồ sơ qua mạng (cùng kỳ là " before the number
_SAME_ASIDE = re.compile(rf"\d(?:\s*%|[^\d()]{{0,40}})\s*\(\s*{_SAME_PERIOD}\s*(?::|là)?\s*$")
_YEAR_BETWEEN = re.compile(r"[^\d]{0,12}(?:19|20)\d\d")  # "từ 12% năm 2019 lên …": the start names its year
_MEASURE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'measure_words'))}(?!\w)")


def _unmeasured_rate(said: "_Said", folded: str, para_start: int, pos: int) -> str | None:
    """The article's only rate so far, for a figure whose paragraph names no measure of its own before it."""
    rate = said.only_rate()
    return rate if rate and not _MEASURE.search(folded, para_start, pos) else None


# "Riêng hồ sơ mức độ 4 là 6.118, bằng 3,33%. Thành phố A dẫn đầu với 21,4%": a sentence that sets a part of what its
# paragraph counts apart (the word, then the part's noun) says its rate for that part only; a bare rate after it is
# the paragraph's own rate again ("Riêng huyện A …" sets a unit apart, no part of the count)
_PART_APART = re.compile(rf"\W*(?:{lexicon.union(lexicon.words('structure', 'part_apart_openers'))})\s+"
                         rf"(?:{lexicon.union(lexicon.words('nouns', 'fillers'))}\s+)*"
                         rf"(?:{lexicon.union(w for _, words in lexicon.kinds('nouns', 'heads') for w in words)})(?!\w)")


def _last_distinct(said: list[Decision], units: tuple[str, ...]) -> list[Decision] | None:
    """The last figures of `said` of distinct metrics whose units stand in order for `units` (a percentage for
    'percent', any other for 'count'; others in between passed over), or None if there are too few."""
    picked: list[Decision] = []
    for d in reversed(said):
        if len(picked) == len(units):
            break
        wanted = units[len(units) - 1 - len(picked)]
        if (d.unit == "percent") == (wanted == "percent") and all(p.metric != d.metric for p in picked):
            picked.append(d)
    return picked[::-1] if len(picked) == len(units) else None


@dataclass
class _Said:
    """What each paragraph (or run of bullet lines) has said so far: its last percentage metric, its last decided
    figure, count and share, its rates, and all its decided figures in order."""

    pct: dict[int, str] = field(default_factory=dict)
    last: dict[int, Decision] = field(default_factory=dict)
    count: dict[int, Decision] = field(default_factory=dict)
    share: dict[int, Decision] = field(default_factory=dict)
    rates: dict[int, list[tuple[str, float]]] = field(default_factory=dict)
    figures: dict[int, list[Decision]] = field(default_factory=dict)
    values: dict[int, list[float]] = field(default_factory=dict)  # the values of `figures`, in the same order
    last_by_head: dict[str, Decision] = field(default_factory=dict)  # the article's last decided figure of each head noun
    sentence: dict[int, list[Decision]] = field(default_factory=dict)  # each sentence's decided figures, in order
    topic_end: int | None = None  # where the article's first figure's sentence starts (see _topic_rate)

    def recalled(self, paragraph: int, units: tuple[str, ...]) -> list[Decision] | None:
        """The paragraph's last figures of distinct metrics whose units stand in order for `units` (a percentage
        for 'percent', any other for 'count'; others in between passed over), or None if it said too few."""
        return _last_distinct(self.figures.get(paragraph, []), units)

    def record(self, paragraph: int, decision: Decision, value: float, aside: bool = False,
               sentence: int | None = None) -> None:
        """Note a decided figure of the paragraph (`aside`: its sentence sets a part apart, its rate stays its own)
        and of its sentence (when given)."""
        if sentence is not None:
            self.sentence.setdefault(sentence, []).append(decision)
        if decision.unit == "percent" and decision.how != "listed":
            if not aside or paragraph not in self.pct:
                self.pct[paragraph] = decision.metric
            self.rates.setdefault(paragraph, []).append((decision.metric, value))
        self.last[paragraph] = decision
        self.figures.setdefault(paragraph, []).append(decision)
        self.values.setdefault(paragraph, []).append(value)
        self.last_by_head[decision.head] = decision
        if decision.unit == "count":
            self.count[paragraph] = decision
        # (a level's share after the whole's does not displace it: "… đạt 6,84%, trong đó mức độ 3 chiếm 5,91% và mức độ 4
        # chiếm 0,93%. Cùng kỳ năm trước, tỷ lệ này chỉ là 3,15%" points at the whole)
        whole = self.share.get(paragraph)
        if decision.unit == "percent" and not (whole and whole.metric != decision.metric
                                               and without_level(decision.metric) == whole.metric):
            self.share[paragraph] = decision

    def last_value(self, metric: str) -> float | None:
        """The value of the article's last figure of `metric` said so far, or None."""
        for paragraph in reversed(self.figures):
            for d, v in zip(reversed(self.figures[paragraph]), reversed(self.values[paragraph])):
                if d.metric == metric:
                    return v
        return None

    def main_rate(self) -> str | None:
        """The rate the article states most often so far (the later one on a tie)."""
        stated = [metric for rates in self.rates.values() for metric, _ in rates]
        return max(reversed(stated), key=stated.count) if stated else None

    def main_like(self, unit: str, times: int = 1) -> Decision | None:
        """For a percentage, the last figure of the rate the article states most often so far, at least `times` times
        (None on a tie)."""
        if unit != "percent":
            return None
        stated = [d for figures in self.figures.values() for d in figures if d.unit == "percent" and d.how != "listed"]
        counts = Counter(d.metric for d in stated).most_common(2)
        if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]) or counts[0][1] < times:
            return None
        return next(d for d in reversed(stated) if d.metric == counts[0][0])

    def first_rate(self) -> str | None:
        """The rate the article stated first."""
        return next((rates[0][0] for _, rates in sorted(self.rates.items()) if rates), None)

    def only_rate(self) -> str | None:
        """The one rate the article has stated so far, if it has stated only one."""
        stated = {metric for rates in self.rates.values() for metric, _ in rates}
        return stated.pop() if len(stated) == 1 else None

    def last_like(self, paragraph: int, unit: str) -> Decision | None:
        """The paragraph's last decided figure that is a percentage when unit is one, else its last figure."""
        return self.share.get(paragraph) if unit == "percent" else self.last.get(paragraph)

    def rate_across(self, paragraph: int, unit: str, pre: str) -> Decision | None:
        """The rate a percentage in a paragraph with no rate of its own points back to across paragraphs, before the
        last share of the paragraph before: for a rate word naming and pointing at nothing ("quận A có tỷ lệ cao nhất,
        63,2%"), the rate the article states most, at least twice (one said once is no topic yet); else the whole of a
        level's part that paragraph ended on (whole_before); else None."""
        main = self.main_like(unit, times=2) if unit == "percent" and ellipsis.bare_rate_named(pre) else None
        return main or self.whole_before(paragraph, unit)

    def whole_before(self, paragraph: int, unit: str) -> Decision | None:
        """When the paragraph before ends on a level's part of a whole the article stated earlier ("… riêng hồ sơ mức độ
        4 chiếm 17,05% số hồ sơ trực tuyến. ¶ Cùng kỳ, tỷ lệ này là 5,7%"), the whole's last figure: the rate a
        paragraph's rate points back to. Else None."""
        last = self.last_like(paragraph - 1, unit)
        whole = without_level(last.metric) if last and unit == "percent" else None
        if whole is None or whole == last.metric:
            return None
        # (a part: the paragraph counted it or shared out another level too; "Tỷ lệ hồ sơ mức độ 4 đạt 12%" alone is
        # a rate of its own)
        said = self.figures.get(paragraph - 1, [])
        counted = catalogue().count_of(last.metric)
        if not any(d.metric == counted or (d.unit == "percent" and d.metric != last.metric
                                           and without_level(d.metric) == whole) for d in said):
            return None
        return next((d for p in sorted(self.figures, reverse=True) if p < paragraph - 1
                     for d in reversed(self.figures[p]) if d.metric == whole), None)

    def last_online_count(self, paragraph: int) -> Decision | None:
        """The paragraph's last count of dossiers filed online, the one way of filing a count names ("… gửi 41.806 hồ sơ
        qua mạng, bằng 68,42% trong tổng số 61.102 hồ sơ": the 41.806)."""
        return next((d for d in reversed(self.figures.get(paragraph, []))
                     if d.unit == "count" and d.metric.startswith("dossiers_online")), None)

    def last_online_whole(self, paragraph: int) -> Decision | None:
        """The paragraph's last count of all the dossiers filed online when nothing but its parts by level, adding up to
        it, follows ("… 2.647 hồ sơ nộp qua mạng, gồm 2.418 hồ sơ mức độ 3 và 229 hồ sơ mức độ 4": the 2.647), else
        None."""
        figures, values = self.figures.get(paragraph, []), self.values.get(paragraph, [])
        at = next((i for i in range(len(figures) - 1, -1, -1) if figures[i].metric == "dossiers_online"
                   and figures[i].unit == "count"), None)
        if at is None:
            return None
        after = figures[at + 1:]
        parts = all(d.unit == "count" and d.metric.startswith("dossiers_online_level") for d in after)
        return figures[at] if parts and (not after or sum(values[at + 1:]) == values[at]) else None

    def last_part(self, paragraph: int) -> Decision | None:
        """The paragraph's last figure when it is a count of a part right after a count of its whole ("tiếp nhận
        318.246 hồ sơ, trong đó 155.082 hồ sơ nộp qua mạng": the 155.082), else None."""
        figures = self.figures.get(paragraph, [])
        if len(figures) >= 2 and figures[-1].unit == figures[-2].unit == "count" \
                and catalogue().whole_of(figures[-1].metric) == figures[-2].metric:
            return figures[-1]
        return None

    def last_above(self, paragraph: int, pointed: Decision, value: float) -> Decision:
        """The figure a pointer saying "only" points at: `pointed` (a count, or a share standing for its count) when it
        is larger than the value, else the paragraph's last count of its noun before it that is, one at no level first
        ("… 41.530 hồ sơ …; riêng 9.211 hồ sơ mức độ 4, bằng 2,95%. Cùng kỳ, con số này mới là 19.820": the 41.530)."""
        figures, values = self.figures.get(paragraph, []), self.values.get(paragraph, [])
        # (a share pointed at stands for the count it is a share of: "… 9.211 hồ sơ mức độ 4, bằng 2,95%. …")
        counted = catalogue().count_of(pointed.metric) if pointed.unit == "percent" else pointed.metric
        at = next((i for i in range(len(figures) - 1, -1, -1) if figures[i].unit == "count"
                   and (figures[i] is pointed or figures[i].metric == counted)), None)
        if at is None or values[at] > value:
            return pointed
        # (a whole before a part at another level: "9.128 hồ sơ …, 7.614 hồ sơ ở mức độ 3 và 1.514 hồ sơ ở mức độ 4 …
        # Năm 2015, con số này mới là 3.905 hồ sơ" is the 9.128's)
        larger = [figures[i] for i in range(at - 1, -1, -1) if figures[i].unit == "count"
                  and figures[i].head == pointed.head and values[i] > value]
        return next((d for d in larger if without_level(d.metric) == d.metric), larger[0] if larger else pointed)

    def last_pointed(self, paragraph: int) -> Decision | None:
        """The count a pointing phrase names ("con số này"), when it is not the paragraph's last figure: the whole its
        last counts are the parts of (last_whole), or the part before a base that ends it ("1.204 trên tổng số 8.310 hồ
        sơ": the 1.204)."""
        figures = self.figures.get(paragraph, [])
        if len(figures) >= 2 and figures[-1].how == "base" and figures[-2].unit == "count":
            return figures[-2]
        return self.last_whole(paragraph)

    def last_whole(self, paragraph: int) -> Decision | None:
        """The count the paragraph's last counts are the parts of ("4.816 hồ sơ nộp qua mạng, chiếm 4,28%, gồm 4.498 hồ
        sơ mức độ 3 và 318 hồ sơ mức độ 4": the 4.816), or None: two or more counts of one noun at its end adding up to
        a count of that noun said before them (percentages in between passed over)."""
        figures, values = self.figures.get(paragraph, []), self.values.get(paragraph, [])
        if not figures or figures[-1].unit != "count":
            return None  # (the paragraph must end on its parts)
        counts = [(d, v) for d, v in zip(figures, values) if d.unit == "count"]
        for k in range(2, len(counts)):
            parts, (whole, total) = counts[-k:], counts[-k - 1]
            if any(d.head != whole.head for d, _ in parts):
                break
            if abs(sum(v for _, v in parts) - total) < 0.5:
                return whole
        return None


# a rate named in words: "tỷ lệ nộp trực tuyến …", "mức nộp hồ sơ qua mạng …" (not "mức độ", a level)
_RATE_PHRASE = re.compile(rf"(?<!\w)(?:{RATE_WORD.pattern}|mức(?!\s+độ)(?=\s+[^\W\d]))(?P<words>[^,.;:?!()\d]{{0,60}})")


_DOSSIER_NOUNS = dict(HEADS)["dossiers"]  # the head pattern of dossiers (nouns.yml heads)
_WORK_NOUN = lexicon.union(lexicon.words("structure", "work_nominalizers"))  # "việc giải quyết hồ sơ …"
_DOSSIERS_OPENING = re.compile(rf"\W*(?:[^,.;:]{{0,40}},\s*)?(?:{_WORK_NOUN}\s+(?P<work>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+)?"
                               rf"(?P<words>{_DOSSIER_NOUNS}\s[^,.;:?!()\d]{{0,60}})")
_GENERIC_RATES = tuple(f"{metric}_pct" for metric in GENERIC_DOSSIERS)


# the predicate that ends a named rate's noun phrase: "mức nộp hồ sơ qua mạng | thì các huyện chênh nhau"
_PHRASE_PREDICATE = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'noun_phrase_ends'))})(?!\w)")


def _named_rate_metric(doc: Document, span: tuple[int, int], unit: str) -> str | None:
    """The metric of the rate named last in words in a stretch with no figure (see _named_rate), else None."""
    named = _named_rate(doc, span, unit)
    return named.metric if named else None


def _topic_rate(doc: Document, said: "_Said", s_start: int, unit: str) -> str | None:
    """The rate the article names in words before its first figure ("… đặt mục tiêu nâng tỷ lệ nộp hồ sơ trực tuyến …"
    over "1. Quảng Ninh – 91,24%"), while it has stated only named units' values of it."""
    if unit != "percent" or any(d.how != "listed" for figures in said.figures.values() for d in figures):
        return None
    said.topic_end = s_start if said.topic_end is None else said.topic_end
    return _named_rate_metric(doc, (0, said.topic_end), unit)


def _heading_rate(doc: Document, paragraph: int, unit: str) -> str | None:
    """The rate the heading over a paragraph (else the article's title line) names in words ("BẢNG XẾP HẠNG CÁC SỞ
    THEO TỶ LỆ HỒ SƠ TRỰC TUYẾN"): the rate of the named items under it."""
    if unit != "percent" or paragraph == 0:
        return None
    heading = section_heading(doc, paragraph)
    if heading is None and not is_headline(doc.text[slice(*doc.paragraphs[0])]):
        return None
    return _named_rate_metric(doc, heading_line(doc, heading or 0), unit)


def _paragraph(doc: Document, index: int) -> tuple[int, int]:
    """The span of paragraph `index`, empty before the first."""
    return doc.paragraphs[index] if index >= 0 else (0, 0)


def _named_rate(doc: Document, span: tuple[int, int], unit: str) -> Decision | None:
    """The rate a stretch of text with no figure names last ("Tôi nghe nói tỷ lệ nộp trực tuyến tăng rất nhanh?",
    "mức nộp hồ sơ qua mạng của tỉnh mới cao hơn:"): the one a "tỷ lệ này" after it points back to."""
    start, end = span
    if unit != "percent" or end <= start \
            or any(t.figure and not _item_number(doc.text, t) and not _inline_numbering(doc.text, t)
                   for t in iter_numbers(doc.folded, start, end)):
        return None  # a stretch with figures has said its rates with them (a year is none, a list's numbering none)
    named = None
    for m in _RATE_PHRASE.finditer(doc.folded, start, end):
        pre = f"tỷ lệ {_PHRASE_PREDICATE.split(m.group('words'), maxsplit=1)[0].strip()} đạt "
        found = decide_words(pre, "percent")
        named = found if found and found.unit == "percent" else named
    # (… or, with no rate word, the kind of dossiers its stretch opens with, perhaps after a time or place: "Hồ sơ trực
    # tuyến phát sinh chưa đều giữa các cấp; ở cấp xã, tỷ lệ này chưa đến 15%")
    opening = _DOSSIERS_OPENING.match(doc.folded, start, end) if named is None else None
    if opening:  # ("Việc giải quyết hồ sơ đúng hạn …": the work named before the noun is the rate's too)
        words = f"{opening.group('work') or ''} {_PHRASE_PREDICATE.split(opening.group('words'), maxsplit=1)[0]}".strip()
        found = decide_words(f"tỷ lệ {words} đạt ", "percent")
        named = found if found and found.unit == "percent" and found.metric not in _GENERIC_RATES else None
    return named


# "Con số 33.418 hồ sơ tương ứng tỷ lệ 56,0%": a figure named as a figure, the value said before
_FIGURE_NAMED = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'figure_nouns'))}\s+$")


def _restated_figure(decision: Decision | None, ctx: Context, tok: NumberToken, earlier: list[dict]) -> Decision | None:
    """A count named as a figure ("con số 33.418 hồ sơ") whose value an earlier sentence stated is that figure again,
    whatever its own few words say (the reader's question gave "số nộp trực tuyến chỉ 33.418 hồ sơ")."""
    if tok.unit != "count" or not _FIGURE_NAMED.search(ctx.pre[-20:]):
        return decision
    said = next((r for r in reversed(earlier) if r["value"] == tok.value and r["unit"] == "count"), None)
    if said is None or (decision and said["metric"] == decision.metric):
        return decision
    head = decision.head if decision else (head_at(ctx.post) or (None,))[0]
    return Decision(said["metric"], "count", head, "recalled")


_WORD_NEXT = re.compile(r"\s*[^\W\d_]")


def _corresponding_count(decision: Decision | None, ctx: Context, counted: Decision | None) -> Decision | None:
    """A count after a pointing phrase that names at most its head noun ("…, chiếm 74,98%, trong khi năm 2023 con số
    tương ứng chỉ là 106.948 hồ sơ") is the paragraph's last count of that noun again, at another time or place, even
    when a percentage was said in between."""
    head = head_at(ctx.post)
    if ctx.unit != "count" or counted is None or head is None or head[0] != counted.head \
            or (decision is not None and (decision.how != "head" or _WORD_NEXT.match(ctx.post, head[1]))):
        return decision  # "… là 156.920 hồ sơ tiếp nhận": its own kind
    return ellipsis.anaphoric(ctx, counted) or decision


# a sentence opening on the count behind the share said last: "Tương đương 3.446 hồ sơ, …", "Tính ra, con số đó tương
# đương 159.870 hồ sơ …" (a lead word, a figure pointer, then "tương đương"/"tương ứng")
_CORRESPONDING_WORDS = [w for w in lexicon.words("dossiers", "corresponding") if w not in ("với", "(")]
# … or restating the share right before it: ", tức là 1.706 hồ sơ"
_RESTATING_WORDS = [*lexicon.words("dossiers", "restating"), *_CORRESPONDING_WORDS]
_RESTATED_COUNT = re.compile(rf"^\s*,?\s*(?:{lexicon.union(_RESTATING_WORDS)})\s*(?::\s*)?$")
_SHARE_COUNT_LEAD = re.compile(rf"^\W*(?:(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+\s*,\s*)?"
                               rf"(?:{lexicon.union(lexicon.words('structure', 'count_anaphora'))}\s+)?"
                               rf"(?:{lexicon.union(_CORRESPONDING_WORDS)})\s*$")


def _count_of_share_before(decision: Decision | None, ctx: Context, share: Decision | None,
                           pointing: bool, before: Decision | None = None) -> Decision | None:
    """A count opening its sentence as the count behind a share ("… chiếm 2,06%. Tương đương 3.446 hồ sơ"), or named
    as a figure pointed back to ("… chiếm 5,47%. Cùng kỳ năm 2014, con số này chỉ là 1.206 hồ sơ"), the share the
    paragraph said last, its own noun that share's head: the count the share is of (`pointing`: the count is named as a
    figure pointed back to, ellipsis.points_to_a_count). So too a count restating the share right before it in its
    sentence, its noun naming no kind ("… chiếm 14,6%, tức là 1.706 hồ sơ"; `before`: the figure right before)."""
    if ctx.unit == "count" and before is not None and before.unit == "percent" and ctx.prev_adjacent \
            and _RESTATED_COUNT.match(ctx.pre) and (decision is None or decision.metric in GENERIC_DOSSIERS):
        share, pointing = before, True
    led = bool(_SHARE_COUNT_LEAD.match(ctx.sentence_before)) if ctx.unit == "count" else False
    # (a figure pointed back to overrides only what its noun alone would say: "con số này là 31.205 giao dịch" keeps
    # the transactions)
    pointed = not led and pointing and (decision is None or decision.metric in GENERIC_DOSSIERS)
    if ctx.unit != "count" or share is None or share.unit != "percent" or not (led or pointed):
        return decision
    counted, head = catalogue().count_of(share.metric), head_at(ctx.post)
    if counted is None or (head[0] != share.head if head is not None else not led):
        return decision
    return Decision(counted, "count", share.head, "elided")


# "(Báo cáo số 19/BC-UBND ngày 15/1/2024: 61,45%)": a parenthesis citing its source, a colon, the value
_CITATION_LABEL = re.compile(rf"\(\s*(?:{lexicon.union(lexicon.words('structure', 'citation_openers'))})\b[^()]*:\s*$")


def _cited_context(folded: str, s: Sentence, w: _Windows, ctx: Context) -> Context | None:
    """A value in a parenthesis that cites its source ("… tỷ lệ này đã ở mức cao (Báo cáo số 19/BC-UBND: 61,45%)") is
    the figure of the clause the parenthesis closes: the context with that clause's words before the number."""
    if w.paren is None or not _CITATION_LABEL.search(ctx.sentence_before[-120:]):
        return None
    before = folded[s.start:w.paren[0]].rstrip()
    clause = re.split(r"[,;:]", before)[-1] + " "
    return replace(ctx, pre=clause, sentence_before=before + " ", in_paren=False, post="", clause_after="")


_GUESSED = ("elided", "listed", "inherited", "recalled")  # a metric taken from the figures around, not own words


def _plausible_guess(decision: Decision, said: _Said, value: float) -> Decision:
    """A percentage whose metric was only guessed from the figures around it, below the rate that metric hardly
    ever falls under ("tỉnh Tây Ninh cùng kỳ đạt 41,5%" after an on-time rate of 97,6%): the article's online rate,
    when it stated that rate or counted the online dossiers ("… 82.316 hồ sơ gửi qua mạng. … Huyện A mới đạt 27,3%")."""
    floor = catalogue().usual_floor(decision.metric) if decision.unit == "percent" and decision.how in _GUESSED else None
    if floor is None or value >= floor:
        return decision
    stated = {m for rates in said.rates.values() for m, _ in rates} \
        | {d.metric for figures in said.figures.values() for d in figures if d.unit == "count"}
    return replace(decision, metric=_ONLINE_RATE) if stated & {_ONLINE_RATE, _ONLINE_COUNT} else decision


_ONLINE_RATE, _ONLINE_COUNT = "dossiers_online_pct", "dossiers_online"


def _share_of_summed_parts(decision: Decision, said: _Said, paragraph: int) -> Decision:
    """A rate opening its sentence, read as the share of the paragraph's last count, when that count and the one before
    it are parts of the count said right before them, their values adding up to it ("Số hồ sơ nộp trực tuyến là 37.702
    hồ sơ, gồm 29.415 hồ sơ ở mức độ 3 và 8.287 hồ sơ ở mức độ 4. Tỷ lệ là 21,36%."): the share of that whole."""
    if decision.unit != "percent" or decision.how != "share":
        return decision
    counts = [(d, v) for d, v in zip(said.figures.get(paragraph, []), said.values.get(paragraph, [])) if d.unit == "count"]
    if len(counts) < 3:
        return decision
    (whole, total), (first, a), (last, b) = counts[-3:]
    if catalogue().share_of(last.metric) != decision.metric or abs(a + b - total) > 0.5 \
            or first.metric == last.metric or catalogue().sum_of([first.metric, last.metric]) != whole.metric:
        return decision
    return replace(decision, metric=catalogue().share_of(whole.metric) or decision.metric)


def _compared(decision: Decision, said: _Said, paragraph: int, sentence: str, value: float) -> Decision:
    """A unit's listed rate in a comparison is the stated rate of this or the previous paragraph for which the
    comparison holds (compare.py); else the paragraph's last rate."""
    held = compare.constraints(sentence)
    if not any(v == value for v, _ in held):
        return decision
    stated = said.rates.get(paragraph - 1, []) + said.rates.get(paragraph, [])
    metric = compare.compared_rate(stated, held)
    return replace(decision, metric=metric) if metric else decision


def _respective_owners(folded: str, sentence: tuple[int, int], tokens: list[NumberToken], respective: dict[int, Paired],
                       places: list) -> dict[int, str]:
    """{number start: province} for the numbers of respective lists whose subjects each name one province ("tỷ lệ …
    của tỉnh A (cũ) và tỉnh B (cũ) lần lượt đạt …"); a later list of the sentence that names none, as long, is of
    the same provinces in the same order ("…; tỷ lệ giải quyết đúng hạn lần lượt là 98,4% và 97,9%")."""
    owners: dict[int, str] = {}
    before: list[str] | None = None
    for _, group in marked_groups(folded, sentence, tokens):
        members = [t.start for t in group]
        named = [{name for name, a, b in places if m in respective and folded[a:b] in respective[m].subject}
                 for m in members]
        if all(len(n) == 1 for n in named):
            before = [n.pop() for n in named]
            owners.update(zip(members, before))
        elif before and len(before) == len(members) and not any(named):
            owners.update(zip(members, before))
    return owners


# "Tỷ lệ hồ sơ nộp trực tuyến (%): 2022 là 59,65; 2023 là 69,79": a label naming its unit "%" in parentheses, then
# its colon; the values after it on its line, written bare, are percentages
_PERCENT_LABEL = re.compile(r"\(\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*)?%\s*\)[^:;%]{0,12}:"
                            r"(?:[^%:;.]*;[^%:;.\d]{0,40}(?:\d{4}[^%:;.\d]{0,10})?:)*[^%:]*$")
# (… and the values of its period labels after it: "Tỷ lệ … (%): 3,4; cùng kỳ năm 2017: 1,9; kế hoạch năm 2018: 5")
# "tỷ lệ trực tuyến : 65,97" (a dataset's field, "ty_le_truc_tuyen = 65,97"): a line whose label is a rate, its value
# written bare right after the colon
_RATE_LABEL = re.compile(rf"[ \t]*(?:{BULLET}[ \t]+)?{RATE_WORD.pattern}[^:\n%\d]{{0,80}}:[ \t]*")
_BARE_END = re.compile(r"[ \t]*(?:[;,.)\n]|$)")


def _labelled_percent(doc: Document, tok: NumberToken) -> NumberToken:
    """A bare number whose line's label names "(%)" as its unit, or is a rate ("Tỷ lệ đúng hạn: 98,05"), read as the
    percentage it is."""
    if tok.unit != "count" or not _BARE_END.match(doc.text, tok.end):
        return tok
    line = doc.text.rfind("\n", 0, tok.start) + 1
    rate = _RATE_LABEL.fullmatch(doc.folded, line, tok.start) is not None and tok.value is not None and tok.value <= 100
    return tok._replace(unit="percent") if rate or _PERCENT_LABEL.search(doc.folded, line, tok.start) else tok


def _of_sample(decision: Decision, ctx: Context, drawn: set[str]) -> bool:
    """In a sentence that draws a sample: the sample's dossiers ("… 120 hồ sơ … thì 23 hồ sơ …", a share of the
    sample: "27,47% mẫu"), and a count drawn, whatever it counts, with the counts of its metric after it ("Kiểm tra
    xác suất 40 hộp thư thì 6 hộp thư bỏ trống"; `drawn` collects those metrics) — not the province's figures."""
    if decision.head == "dossiers" and (ctx.unit != "percent" or _SAMPLE_BASE.match(ctx.post)):
        return True
    if ctx.unit == "count" and (_SAMPLE_BEFORE.search(ctx.pre) or decision.metric in drawn):
        drawn.add(decision.metric)
        return True
    return False


def _inline_numbering(text: str, tok: NumberToken) -> bool:
    """A point numbered inside a paragraph ("Câu hỏi: (1) … (2) …", "gồm (i) …"): a small whole number alone in
    parentheses."""
    return tok.unit == "count" and tok.value < 20 and text[tok.start - 1:tok.start] == "(" \
        and text[tok.end:tok.end + 1] == ")"


# a numbered note opening a line of its own ("(1) Báo cáo số 146/BC-UBND …", "(2) Số liệu của Văn phòng …")
_NOTE_LINE = re.compile(r"^[ \t]*\((\d{1,2})\)[ \t]+\S", re.MULTILINE)


@lru_cache(maxsize=16)
def _note_numbers(text: str) -> frozenset[str]:
    """The numbers of the notes an article lays out one per line ("(1) …", "(2) …")."""
    return frozenset(_NOTE_LINE.findall(text))


def _note_reference(text: str, tok: NumberToken) -> bool:
    """A reference to one of the article's numbered notes ("… và 118 dịch vụ mức độ 4 (1).", with "(1) Báo cáo …" on a
    line of its own), or that note's own number: no figure."""
    return _inline_numbering(text, tok) and tok.text in _note_numbers(text)


def _item_number(text: str, tok: NumberToken) -> bool:
    """A list's numbering opening its line ("\n2. Bắc Ninh – 86,07%", "\n3) …"): no figure."""
    return tok.unit == "count" and numbering_end(text, tok.start) is not None


# a place in our rankings is out of all the provinces: 63, or 34 after the 2025 merger (ranks.yml national_counts)
_NATIONAL_COUNTS = frozenset(int(n) for n in lexicon.words("ranks", "national_counts"))


_WHOLE_IN_WORDS = re.compile(rf"\s+(?:{lexicon.union(lexicon.words('ranks', 'rank_whole_joiners'))})\s+(?P<whole>\d+)"
                             rf"\s+[^\W\d_]")


def _rank_whole(tok: NumberToken, folded: str) -> float | None:
    """The number of units a place is out of when written in words after it ("thứ 12 trong 14 tỉnh vùng …": 14)."""
    found = _WHOLE_IN_WORDS.match(folded, tok.end)
    return float(found.group("whole")) if found else None


def _ranks_a_province(tok: NumberToken, folded: str = "") -> bool:
    """Whether a rank places a province among all provinces: no denominator, or one of the national counts (63, 34);
    a whole written in words after it (`folded`) counts as its denominator."""
    whole = tok.denominator or (_rank_whole(tok, folded) if folded else None)
    return not whole or int(whole) in _NATIONAL_COUNTS


_CATALOGUE_ANSWERS = ("procedures_total", "services_total")  # what a short answer's noun alone says of the catalogue


def _sentence_rows(doc: Document, s_index: int, scanned: list[NumberToken], said: _Said,
                   earlier: list[dict]) -> list[dict]:
    """The rows of one sentence's figures."""
    tokens = [_labelled_percent(doc, t) for t in scanned
              if t.figure and not _item_number(doc.text, t) and not _note_reference(doc.text, t)]
    s0 = doc.sentences[s_index]
    gone = withdrawn(doc.folded, s0.start, s0.end, tokens) if tokens else set()
    if gone is not None and tokens and "?" in doc.folded[doc.text.rfind("\n", 0, s0.start) + 1:s0.end]:
        gone |= wrong_choices(doc.text, doc.folded, s0.start, [t.start for t in tokens])  # a quiz's wrong choices
    if gone:
        tokens = [t for t in tokens if t.start not in gone]  # what a correction withdraws (errata.py)
    if not tokens or gone is None or _HYPOTHETICAL.search(doc.folded, s0.start, s0.end) \
            or _worked_example(doc.folded, s0.start, s0.end) \
            or _CONTENTS.match(doc.folded, doc.text.rfind("\n", 0, tokens[0].start) + 1):
        return []  # (a sentence marked hypothetical, a worked example; an erratum; a line of contents: section numbers)
    v = _view(doc, s_index)
    folded, text, s = doc.folded, doc.text, v.s
    block = block_of(doc, s.paragraph)  # what the paragraph (or the run of bullet lines) has said
    sampled = bool(_SAMPLED.search(folded, s.start, s.end))
    drawn: set[str] = set()  # the metrics a sample of the sentence counts
    rows: list[dict] = []
    seen: list[Seen] = []
    added: set[int] = set()
    recalls: dict[int, list[Decision] | None] = {}
    regrouped: set[str] = set()  # metrics a guessed rate of the sentence proved wrong (_plausible_guess)
    respective = respective_subjects(folded, (s.start, s.end), tokens)
    places = sentence_places(doc, s.start, s.end)
    owners = _respective_owners(folded, (s.start, s.end), tokens, respective, places) if respective and places else {}
    nations = sentence_nations(doc, s.start, s.end)
    ranges = sentence_ranges(folded, s.start, tokens)
    for i, tok in enumerate(tokens):
        prev = seen[-1] if seen else None
        # the figure before, parts in a closed parenthesis aside: "3.912 hồ sơ (mức độ 3: 3.256; …), chiếm 8,06%"
        visible = _outside_closed_parens(folded, s, seen, tok) if seen and "(" in folded[seen[0].token.end:tok.start] else seen
        prev_decided = next((p for p in reversed(visible) if p.decision), None)
        w = _windows(doc, v, tokens, i, prev)
        # (a rise or fall by a percentage, or a multiple, between a count and its share is no figure in their way: "3.215
        # hồ sơ …, tăng 64,2% so với cùng kỳ, chiếm 7,5% tổng số hồ sơ tiếp nhận", "18.306, gấp 2,6 lần cùng kỳ, chiếm …")
        after = next((visible[i + 1:] for i in range(len(visible) - 1, -1, -1) if visible[i] is prev_decided), None)
        adjacent = after is not None and all(p.change for p in after)
        ctx = _context(doc, v, tok, w, prev, prev_decided, said, seen, adjacent)
        header = header_figure(w.frame, seen)
        sibling = sibling_of(w.frame, w.item, prev_decided)
        own, unit_name = None, ""
        paired = respective.get(tok.start)
        if paired and paired.recall and paired.first not in recalls:  # read once, before the group's own figures
            recalls[paired.first] = _shares_of_counts_said(said, doc, block, len(paired.recall)) if paired.of_counts \
                else _recalled(said, doc, block, paired.recall)
        recalled = recalls.get(paired.first) if paired and paired.recall else None
        if recalled:  # "hai con số này lần lượt là X và Y": the figures said last, in order
            own = replace(recalled[max(paired.place, 0)], how="recalled")
        elif paired and paired.count is not None:  # "312 … và 48 …, lần lượt chiếm 17,13% và 2,64%": each its count's
            counted = next((p.decision for p in seen if p.token.start == paired.count and p.decision), None)
            share = catalogue().share_of(counted.metric) if counted and counted.unit == "count" else None
            own = Decision(share, "percent", counted.head, "paired") if share else None
        elif paired and not paired.recall:  # "A và B lần lượt là X và Y": read as its own subject says it
            first = next((p.decision for p in seen if p.token.start == paired.first), None)
            unit_name = subject_unit(text, folded, s.start, tok.start, paired.subject) if tok.unit == "percent" else ""
            # the rate of the units named before it in the sentence, else the paragraph's, else the article's only one
            # (… else, after counts, the share of what they count: "Sở A có 7.364 hồ sơ, còn Sở B có 2.105 hồ sơ, tỷ lệ lần
            # lượt là 39,97% và 53,73%")
            rate = ctx.prev_metric if ctx.prev_unit == "percent" else said.pct.get(block) \
                or _named_rate_metric(doc, (s.start, tok.start), tok.unit) \
                or _unmeasured_rate(said, folded, v.para[0], tok.start) \
                or (catalogue().share_of(ctx.prev_metric) if ctx.prev_unit == "count" and ctx.prev_metric else None)
            own, ctx = read_paired(ctx, paired, first, unit_name, rate)
        ctx = _read_from_range_start(ctx, folded, s.start, ranges.get(tok.start), tok)
        # "Hỏi: … bao nhiêu hồ sơ được nộp qua mạng?" / "Đáp: Chỉ 1.127 hồ sơ.": a short answer's number is what the
        # question asks (an answer's first sentence, whose own words name nothing or only dossiers)
        # (a question asking no number only for words that name nothing: "Còn dịch vụ mức độ 4?" / "Mới có 9 dịch vụ.")
        # (… the question may be the sentence before in the answer's own line: "Câu 1: … bao nhiêu dịch vụ …? Đáp án:
        # 1.672 dịch vụ.")
        read = own
        question = _question_before(doc, v) if own is None else ""
        if own is None and is_answer(question, folded[s.start:tok.start]):
            read = decide(ctx)  # (the answer's own reading, kept unless the question says more)
            asked = answered(ctx, question, folded[s.start:tok.start], asking=read is not None)
            if asked and (read is None or read.metric in GENERIC_DOSSIERS or read.how not in ("head", "subject")):
                read = decide(asked) or read
            elif asked and read.metric in _CATALOGUE_ANSWERS:
                # (… as when its own noun says only the catalogue the question asks more of: "Đáp án: 214 thủ tục" to
                # "… bao nhiêu thủ tục … ở mức độ 3?")
                more = decide(asked)
                read = more if more and more.head in ("procedures", "services") else read
        elif own is None:
            read = decide(ctx)
            # ("… là bao nhiêu? A. 28,4%; B. 41,7%; … Đáp án đúng: B.": the chosen choice is what the question asks)
            quiz = read is None and "?" in folded[max(0, s.start - 400):tok.start]
            choice = chosen_question(text, folded, s.start, tok.start) if quiz else ""
            asked = as_asked(ctx, choice) if choice else None
            read = decide(asked) if asked else read
        header_count = header_figure(w.frame, seen, "count") if header and header.decision.unit != "count" else None
        decision, framed = in_list(doc, ctx, read, tok, w.frame, w.item, header, sibling, header_count)
        decision = ellipsis.paren_label(decision, ctx)  # "hồ sơ nộp ở mức độ 3 (5.874 hồ sơ, 5,22%)"
        decision = _restated_figure(decision, ctx, tok, earlier)
        decision = ellipsis.parallel_item(decision, ctx, prev_decided.decision if prev_decided else None,
                                          seen[-1].decision if seen else None,
                                          # (the sentence's last count, looked for only after a share)
                                          next((p.decision for p in reversed(seen)
                                                if p.decision and p.decision.unit == "count"), None)
                                          if prev_decided and prev_decided.decision.unit == "percent" else None)
        decision = ellipsis.topic_kind(decision, ctx)
        # (only a count can be one: the figures pointed to are looked up for counts alone)
        pointed_count = (said.last_pointed(block) or said.count.get(block)) if tok.unit == "count" else None
        if pointed_count and ellipsis.points_to_a_larger(ctx):  # "con số này chỉ là 3.020 hồ sơ": a larger count
            pointed_count = said.last_above(block, pointed_count, float(tok.value))
        decision = _corresponding_count(decision, ctx, pointed_count)
        pointing = tok.unit == "count" and ellipsis.points_to_a_count(ctx)  # "con số này chỉ là 1.206 hồ sơ"
        decision = _count_of_share_before(decision, ctx, said.last.get(block) if not seen else None, pointing,
                                          prev_decided.decision if prev_decided else None)
        if tok.unit == "fraction" and prev_decided and prev_decided.token.unit == "fraction":
            decision = ellipsis.listed_fraction(ctx, prev_decided.decision, folded[prev_decided.token.end:tok.start],
                                                decision)
        elif tok.unit == "fraction" and not seen:
            decision = ellipsis.ranked_fraction(ctx, said.count.get(block), decision)
        head_read = None
        if pointing and decision and decision.how == "head" and decision.metric in GENERIC_DOSSIERS:
            # "Cùng kỳ năm 2014, con số này chỉ là 1.206 hồ sơ": the figure it points to decides, its noun's default only
            # when none does
            head_read, decision = decision, None
        if decision is None and not of_feedback(ctx):  # a noun left out: said before in the sentence or the paragraph
            first = not any(p.decision for p in seen)
            # (a count pointed back to after a whole and its parts is the whole's: "… gồm … mức độ 3 và … mức độ 4. Cùng kỳ,
            # con số này chỉ là 1.930 hồ sơ")
            like = (pointing and said.last_pointed(block)) or said.last_like(block, tok.unit)
            if pointing and like and ellipsis.points_to_a_larger(ctx):  # (as for `pointed_count` above)
                like = said.last_above(block, like, float(tok.value))
            # ("Cùng kỳ năm 2022, tỷ lệ này mới đạt 41,06%" opening a paragraph points back to the one before)
            # (…, or the rate a reader's question before it names with no figure: "Tỷ lệ nộp trực tuyến so với trước
            # đây thế nào?" / "Sáu tháng đầu năm, tỷ lệ này của huyện A là 80,9%")
            # (… and a rate named in words earlier in its paragraph, with no figure before it there, comes first: "mức
            # nộp hồ sơ qua mạng … cao hơn: tỷ lệ này của tỉnh A (cũ) là 64,8%")
            # (the sentence's own stretch first, then the paragraph's up to the number)
            pointed = _named_rate(doc, (s.start, tok.start), tok.unit) \
                or _named_rate(doc, (doc.paragraphs[s.paragraph][0], tok.start), tok.unit) or like or (
                said.rate_across(block, tok.unit, ctx.pre) or said.last_like(block - 1, tok.unit)
                or _named_rate(doc, _paragraph(doc, block - 1), tok.unit)
                if block not in said.last else None)
            cited = _cited_context(folded, s, w, ctx)
            # the figure said right before: in the sentence (when nothing unread stands between), else the paragraph's
            said_before = (prev_decided.decision if ctx.prev_adjacent else None) if seen else said.last.get(block)
            # (… unless the nearest figure of its unit before it in the sentence is one no rule read: "96% cán bộ … được
            # trang bị máy tính, trong khi ở cấp xã tỷ lệ này là 61%" points at it, not at an earlier rate)
            nearest = next((p for p in reversed(seen) if p.token.unit == tok.unit), None)
            pointed = None if nearest and not nearest.decision else pointed
            # (a rate with no rate said before it in its paragraph points to the share of the part counted last, or of
            # the online dossiers counted last: "… có 41.226 hồ sơ trực tuyến. Cùng kỳ năm 2022, tỷ lệ này mới đạt 43,18%")
            # (… not when its sentence names a level: "Tính riêng hồ sơ mức độ 3, tỷ lệ mới đạt 0,68%")
            # (… or, opening a paragraph, of the one before: "… trong đó 88.620 hồ sơ được nộp trực tuyến. ¶ Cùng kỳ năm
            # 2022, tỷ lệ này mới là 28,4%")
            unlevelled = not level_in(ctx.sentence_before)
            part = (said.last_part(block) or (said.last_online_whole(block) if unlevelled else None)
                    or (said.last_online_whole(block - 1) if unlevelled and block not in said.last else None)) \
                if tok.unit == "percent" and pointed is None and block not in said.share else None
            decision = (ellipsis.label_after(ctx) or ellipsis.topic_share(ctx)
                        or ellipsis.anaphoric(ctx, pointed or part)
                        or (cited and (decide(cited) or ellipsis.anaphoric(cited, pointed)))
                        or ellipsis.same_period(ctx, said_before)
                        or ellipsis.unit_aside(ctx, said_before)
                        # (a twin of a count is one of the paragraph's last count, a share said after it passed over)
                        or ellipsis.dated_twin(ctx, said.count.get(block) if tok.unit == "count" else like)
                        or ellipsis.plan_result(ctx, like)
                        or ellipsis.pointed_share(ctx, said.last_pointed(block) or said.count.get(block)
                                                  # (… opening a paragraph: the count the one before ended with)
                                                  or (said.count.get(block - 1) if block not in said.last else None))
                        or ellipsis.plan_of(ctx)
                        or ellipsis.same_sentence(ctx, prev_decided.decision if prev_decided else None)
                        or ellipsis.earlier_sentence(ctx, said.last.get(block) if first else None)
                        # (… a level's label opening a paragraph: that of the last figure the one before stated, "…
                        # 318 dịch vụ mức độ 3 và 116 dịch vụ mức độ 4. ¶ Mức độ 3 chiếm 16,34%, …")
                        or (ellipsis.earlier_sentence(ctx, said.last.get(block - 1))
                            if first and block not in said.last and level_label(ctx.pre, tok.unit) else None)
                        or (ellipsis.part_of_sentence_before(ctx, _sentence_before_like(doc, said, s_index, tok.unit))
                            if ellipsis.PARTS_OPENER.match(folded, s.start) else None)
                        or ellipsis.kind_named_before(ctx)
                        or ellipsis.sibling_line(ctx, said.last.get(block, said.last.get(block - 1)) if first else None)
                        or line_share(ctx, said.last.get(block, said.last.get(block - 1)) if first else None)
                        or ellipsis.ranked_part(ctx, said.count.get(block))
                        or ellipsis.outcome_rate(ctx, said.last.get(block, said.last.get(block - 1)))
                        or ellipsis.outcome_count(ctx, said.last_by_head.get("dossiers"))
                        or ellipsis.whole_of_parts(ctx)
                        # (the rate its paragraph names in words before it, else the article's main one: "Một số
                        # quận có tỷ lệ thanh toán trực tuyến cao. Quận A đạt 84,2%")
                        or ellipsis.unit_reaches(ctx, like or ((_named_rate(doc, (v.para[0], s.start), tok.unit)
                                                                or said.main_like(tok.unit)) if first and not seen
                                                               and not _WORD_AFTER.match(ctx.post) else None))
                        or tier_item(doc, ctx, tok, w.frame, w.item, like or said.main_like(tok.unit), v.section)
                        or counted_under_heading(ctx, v.section))
        decision = ellipsis.corrected_figure(decision or head_read, ctx)  # "…; con số chính xác là 31.460 hồ sơ"
        decision = ellipsis.ranked_kind(decision, ctx)  # "nhiều hồ sơ bị trả về nhất là xã A với 214 hồ sơ"
        decision = ellipsis.pointed_kind(decision, ctx, said.count.get(block))  # "… 21 hồ sơ loại này …"
        if decision and decision.unit == "count" and decision.metric in SUBMITTED and assisted(ctx.pre):
            decision = Decision("dossiers_online_assisted", "count", "dossiers", decision.how)  # helped with, a part
        counts = [p.decision for p in reversed(seen) if p.decision and p.decision.unit == "count"]
        decision = ellipsis.compared_count(decision, ctx, counts)
        # "…; riêng mức độ 4 có 5.118 hồ sơ" (a sentence of its own: the paragraph's last online count is the whole)
        wholes = counts or [online for online in (said.last_online_count(block),) if online]
        decision = ellipsis.levelled_part(decision, ctx, wholes)
        decision = ellipsis.plan_twin(decision, ctx, counts)  # "… 1.842 hồ sơ …(kế hoạch cả năm là 5.000 hồ sơ)"
        if decision and decision.head == "dossiers" and decision.unit == "count" and decision.metric in GENERIC_DOSSIERS \
                and counts_a_subset(ctx.pre, ctx.sentence_after):
            decision = None  # "21.932 hồ sơ được đồng bộ lên Cổng": a subset
        generic = decision is None or decision.head == "dossiers" and decision.metric in GENERIC_DOSSIERS
        if tok.unit == "count" and generic and points_to_a_way(ctx.post):
            # "97 hồ sơ được nộp theo cách này": filed the way the paragraph's last dossier count was, when that names a
            # channel (online); a way no count of ours names ("qua Zalo của xã") is a subset, no figure
            way = said.last_online_count(block)
            decision = replace(way, how="elided") if way else None
        # ("ở hai huyện A, B, tỷ lệ này vẫn dưới 15%": a threshold over a group; "4.106 hồ sơ trên mỗi 10.000 dân": a
        # count per so many people; "huyện A mới đạt 76% kế hoạch": how far a plan has come, whatever its neighbours are)
        if decision and (group_bound(ctx) or per_people(ctx) or is_progress(ctx) or one_person(ctx)):
            decision = None
        if decision and sampled and _of_sample(decision, ctx, drawn):
            decision = None
        decision = part_of_unread(level_part(decision, ctx), seen, folded, tok)
        decision = share_of_counted(decision, prev_decided, seen[:-1], ctx, folded, tok.start)
        decision = share_of_list(decision, w.frame, w.item, folded, seen, ctx, tok.start - len(ctx.sentence_before))
        decision = sum_of_parts(decision, seen, ctx, float(tok.value))
        decision = sum_of_counts(decision, ctx, said.figures.get(block, []), said.values.get(block, []), float(tok.value))
        decision = sum_of_shares(decision, seen, ctx, float(tok.value), tok.text)
        if not seen:
            decision = sum_of_counted_shares(decision, ctx, said.figures.get(block, []), said.values.get(block, []),
                                             float(tok.value), tok.text)
        decision = last_level_share(decision, seen, float(tok.value), tok.text, said.last_value)
        scope = figure_scope(doc, tok, decision, ctx, w.clause_start, w.pre_start, w.post_end, prev_decided, tokens)
        if w.item and decision:
            scope = list_scope(doc, tok, w.item, scope, sibling, decision)
        if paired:  # "cấp tỉnh, cấp huyện và cấp xã lần lượt đạt 82,3%, …": each its own subject's scope
            scope = unit_name or cues.scope(paired.subject, paired.subject, [(0, len(paired.subject))]) or scope
        labelled = ellipsis.ASIDE_LABEL.search(folded, max(s.start, tok.start - 40), tok.start)
        if labelled and _ASIDE_UNIT.fullmatch(labelled.group("label").rstrip()):
            # "… đạt 7,50% (toàn tỉnh: 3,80%)": a unit labelling the aside is its number's scope
            scope = text[labelled.start("label"):labelled.start("label") + len(labelled.group("label").rstrip())]
        scope, subject = _subject_scope(doc, s, tok, scope, prev_decided, rows, earlier,
                                        read=bool(decision and decision.unit in ("count", "percent") and not paired))
        if decision and decision.metric in PARTS_OF_ONLINE and not scope and part_of_online(ctx):
            decision = None  # "38.416 hồ sơ được nộp qua ứng dụng, bằng 12,6% tổng số hồ sơ trực tuyến": a channel's part
        change = decision is None and ((tok.unit == "percent" and is_change(ctx)) or is_multiple(ctx))
        seen.append(Seen(tok, decision, scope, w.clause_start, change=change))
        if decision is None:
            continue
        counted = decision.unit == "count"
        running = running_words(ctx.pre, ctx.post) if counted and decision.head == "dossiers" else ""  # dossiers run on
        raising = (raising_words(ctx.pre) or running) if counted else ""
        if raising:  # the counts of its noun before a raised total were additions,
            before = [p for p in seen[:-1] if p.decision and p.decision.unit == "count"  # unless they add up to it
                      and (p.decision.head == decision.head or p.decision.metric == decision.metric)
                      and not catalogue().is_flow(p.decision.metric)]  # (or say they were added: "cấp mới 260 …")
            # (… or are dossiers: those of a period are its flow, a figure of their own: "quý II có 356 hồ sơ qua mạng,
            # đưa tổng số từ đầu năm lên 570 hồ sơ"; nor are those before a running total: "…, lũy kế 549 hồ sơ")
            parts = ends_with_parts([float(p.token.value) for p in before], float(tok.value))
            if decision.head != "dossiers" and not parts and raised_total(ctx.pre):
                added |= {p.token.start for p in before}
            if decision.head == "dossiers" and says_own_dossiers(raising):
                # a total of dossiers names what it counts ("nâng tổng số hồ sơ tiếp nhận từ đầu năm lên …") …
                decision = replace(decision, metric=dossier_metric(raising, "", "", pct=False) or decision.metric)
            elif decision.head == "dossiers" and before and not parts and not says_own_dossiers(ctx.post) \
                    and not says_own_dossiers(running_subject(ctx.pre, running)):
                # … or is a total of the kind it adds to (unless its clause's subject names its own: "…; hồ sơ trực
                # tuyến lũy kế đạt 9.615")
                decision = replace(decision, metric=before[-1].decision.metric)
        bounds = ranges.get(tok.start)
        if bounds and (bounds.spread or tok is bounds.low):
            continue  # a spread over units is no figure; a range is read at its upper bound
        if decision.how == "listed":  # "… cao hơn Điện Biên (41,6%)": the rate for which the comparison holds
            decision = _compared(decision, said, block, folded[s.start:s.end], float(tok.value))
        if decision.how == "average" and decision.head is None and block not in said.pct \
                and not (v.heading_rate if tok.unit == "percent" else None):
            # "Với kết quả này, xã … vượt mức bình quân 39,7% của huyện": with no rate in its paragraph (nor in its
            # heading: "SO SÁNH (tỷ lệ hồ sơ trực tuyến năm 2024)"), the article's
            decision = replace(decision, metric=said.main_rate() or decision.metric)
        guessed = decision
        decision = _plausible_guess(decision, said, float(tok.value))
        if ctx.prev_metric is None:  # (a rate opening its sentence)
            decision = _share_of_summed_parts(decision, said, block)
        if decision.metric != guessed.metric:
            regrouped.add(guessed.metric)
        if decision.unit == "rank" and not _ranks_a_province(tok, folded):
            continue  # "đứng thứ 9/14 tỉnh vùng …", "xếp thứ 2/9 huyện": a place among a region's or a province's units
        said.record(block, decision, float(tok.value), aside=v.part_apart, sentence=s_index)
        if decision.unit != "rank" and is_national(doc, nations, places, tok.start, tok.end):
            continue  # the whole country's figure ("cao hơn bình quân cả nước (43,6%)"): no province's row (a place out
            # of all is a province's, whatever region is named before it: "thứ 8/14 trong vùng và thứ 49/63 cả nước")
        period, year, year_source = _dating(doc, s, tok, v.periods, v.para_periods, decision.unit == "rank",
                                            catalogue().index_survey(decision.metric))
        if year and year_source != "previous" and (_same_period_before(folded, s.start, tok)
                                                    or _opened_by_last_year(folded, s.start, tok, year_source)):
            year, year_source = year - 1, "previous"  # "tỷ lệ này của cùng kỳ năm trước chỉ là 51,36%"
        if paired and paired.year:  # "qua các năm 2021, 2022 lần lượt đạt 94,1% và 97,3%"
            period, year, year_source = None, paired.year, "sentence"
        if decision.how == "start" and year and year_source != "previous" \
                and not _YEAR_BETWEEN.match(folded, tok.end, tok.end + 30):
            year, year_source = year - 1, "previous"  # "tăng từ 173 lên 862 dịch vụ": the level the year before
        counted = _counted_row(rows, prev_decided, decision, v.periods, tok, folded) if ctx.prev_in_clause else None
        if counted and counted["year"] != year:  # "cùng kỳ năm trước chỉ có 412 hồ sơ, tương đương 0,86%": of that time
            period, year, year_source = None, counted["year"], "sentence"
        anaphoric = bool(ANAPHORIC.search(folded, max(s.start, tok.start - 12), tok.start))
        named = next((r for r in reversed(earlier) if not r["_restates"] and r["metric"] == decision.metric
                      and r["value"] == tok.value), None) if anaphoric else None
        header_row = next((r for r in rows if r["start"] == header.token.start), None) if header else None
        state, status_source = _status(doc, v, tok, decision, w, year, period, header_row, named)
        # a result is no later than its article: "Mục tiêu đến năm 2030" above "hiện trạng 95,8%" dates the plan only
        if state == "actual" and year_source in ("heading", "paragraph") and year and doc.written and year > doc.written:
            year, year_source = doc.year, f"document({doc.year_source})"
        province, province_source = figure_province(doc, places, tok.start, tok.end)
        if tok.start in owners:  # "tỷ lệ … của tỉnh A (cũ), tỉnh B và tỉnh C lần lượt là …": each its own subject's
            province, province_source = owners[tok.start], "sentence"
        qualifier = cues.qualifier(folded, tok.start, tok.end, doc.paragraphs[s.paragraph][0])
        if bounds:  # a planned range stands for its lower bound, a range reached for its upper bound
            tok, qualifier = (bounds.low, "more_than") if state == "target" else (tok, "less_than")
        value = float(tok.value)
        if tok.unit == "fraction" and tok.denominator and ellipsis.bare_whole(decision):
            # "Quảng Ngãi: 1.023/1.975 thủ tục": x out of y of a whole's noun; y is the whole, x a part it does not name
            # (a predicate that makes the noun another whole names x: "120/135 thủ tục được cung cấp trực tuyến" are
            # 120 online services of 135 procedures)
            value, tok = float(tok.denominator), tok._replace(unit="count", denominator=None)
        rows.append({
            "doc_id": doc.doc_id, "province": province, "year": year,
            "period": period.text if period else None,
            "metric": decision.metric, "value": value,
            "unit": decision.unit, "denominator": tok.denominator if tok.unit == "fraction"
            else _rank_whole(tok, folded) if decision.unit == "rank" else None,
            "qualifier": qualifier, "status": state,
            # a province named as a unit ("thành phố Hải Phòng đạt 88,2%") is no scope
            "scope": None if not scope or province and province_named(scope) == province else scope,
            "evidence": text[s.start:s.end], "start": tok.start, "end": tok.end,
            "_restates": v.headline or v.caption or anaphoric or decision.how == "recalled", "_how": decision.how,
            "_subject": subject, "_caption": v.caption,
            "_baseline": year_source == "previous" or bool(period and _in_comparison(folded, period)),
            **evidence_strength("frame" if framed else decision.how, decision.head, year_source, status_source,
                                province_source),
        })
        rows.extend({**rows[-1], "metric": other} for other in also_metrics(decision.metric, ctx.post))
        if recalled and paired.place < 0:  # "hai tỷ lệ trên đều phải đạt 95%": the number stands for each of them
            rows.extend({**rows[-1], "metric": d.metric, "unit": d.unit} for d in recalled[1:])
        whole = catalogue().whole_of(decision.metric) if tok.unit == "fraction" and tok.denominator else None
        if whole == "services_total" and "procedures" in (decision.head, head_name(ctx.post)):
            whole = "procedures_total"  # "548/1.894 thủ tục đạt mức độ 3", "số thủ tục … mức độ 3 là 196/1.642": out of
            # all procedures, as its noun says
        if whole:  # "46/638 hồ sơ được nộp trực tuyến", "62,4% (247.506/396.835 hồ sơ)": the base is its whole
            rows.append({**rows[-1], "metric": whole, "value": float(tok.denominator), "denominator": None,
                         "_restates": True})  # the base restates a count the article may state in full
    if regrouped:  # "quận A (84,6%), trong khi huyện B chỉ đạt 41,2%": the units compared share the rate one proved
        rows = [{**r, "metric": _ONLINE_RATE} if r["metric"] in regrouped and r["_how"] in _GUESSED else r for r in rows]
    rows = whole_before_part(workload_totals(v.frames, drop_additions(rows, added), folded), folded)
    return rows + implied_ranks(doc, s, scanned, rows)


def _edition_reports(folded: str, period: Period, rankings: tuple[str, ...]) -> bool:
    """Whether the index whose edition the period names (the last one named within 80 characters before its end)
    reports a figure of these rankings: one of them, or an index no ranking of ours is (SIPAS)."""
    named = index_rankings(folded[max(0, period.start - 80):period.end])
    return not named or named[-1][1] is None or named[-1][1] in rankings


def _dates_a_ranking_only(folded: str, period: Period, tok: NumberToken) -> bool:
    """An index's edition set apart from the figure by the ranking it dates: the edition named before a place and a
    clause break, the figure in a clause that names no index ("Theo DTI năm 2021, tỉnh xếp thứ 19/63; hệ thống thư có
    8.904 tài khoản", not "…; Chỉ số hài lòng (SIPAS) đạt 82,77%"), or an index named with its year after the figure
    ("đã cấp 5.600 hộp thư, và trong ICT Index 2015 tỉnh xếp thứ 44/63"); the edition may also open its ranking's
    clause ("năm 2021 chỉ số DTI của tỉnh xếp thứ 57/63; …") or follow the place it dates ("tỉnh đứng thứ 20/63 trong
    ICT Index 2019, và 98,4% hồ sơ …")."""
    if period.start >= tok.end:  # (… or an index named in a clause of its own after the figure, then its year: "đạt
        # 97,4%, song theo Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2020, tỉnh xếp thứ 47/63")
        gap = folded[tok.end:period.start]
        named = bool(re.search(r"[,;]", gap)) and names_an_index(gap[gap.rfind(",") + 1:] if "," in gap else gap)
        return (is_index_edition(period) or named) and not _own_period(folded, tok.end, period)
    places = list(_RANKED.finditer(folded, period.end, tok.start))
    if places:
        edge = places[-1].end()
    elif _placed_before(folded, period):
        edge = period.end
    else:
        return False
    if not (names_edition(folded, period) or heads_an_index(folded, period)):
        return False
    after = folded[edge:tok.start]
    return bool(re.search(r"[,;]", after)) and not names_an_index(after)


def _placed_before(folded: str, period: Period) -> bool:
    """A place stands before the edition in its clause: "tỉnh xếp thứ 5/63 tỉnh, thành phố trong ICT Index 2019"."""
    clause = re.split(r"[.;!?]\s|;", folded[max(0, period.start - 120):period.start])[-1]
    return bool(_RANKED.search(clause))


_RANKED = re.compile(rf"\d\s*/\s*\d|(?<!\w)(?:{lexicon.union(lexicon.words('ranks', 'context'))})(?:\s+thứ)?\s+\d")
_DATE_WORDS = lexicon.union(lexicon.words("numbers", "date_words"))  # "tháng", "ngày"
_PUBLISHING_HINT = re.compile(lexicon.union(lexicon.words("periods", "publishing_verbs")))
# (… a month or a day perhaps named before the year: "công bố hồi tháng 12 năm ngoái")
_PUBLISHED_AT = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'publishing_verbs'))}\s+"
                           rf"(?:{lexicon.union(lexicon.words('periods', 'publishing_links'))}\s+)?"
                           rf"(?:(?:{_DATE_WORDS})\s+\d{{1,2}}(?:/\d{{1,2}})?\s+)?$")


_YEAR_POINTER = re.compile(rf"[\W\d_]*(?:{lexicon.union(lexicon.words('periods', 'year_pointer.leads'))}\s+)?"
                           rf"{lexicon.union(lexicon.words('periods', 'year_pointer.words'))}(?!\w)")


def _pointed_year(folded: str, s: Sentence, p_periods: list[Period]) -> Period | None:
    """The year a sentence opening with "Năm ấy", "Cũng trong năm đó" points back to: the last one named before it in
    its paragraph, whatever its role there."""
    if not _YEAR_POINTER.match(folded, s.start):
        return None
    return next((p for p in reversed(p_periods) if p.end <= s.start and p.year), None)


_WINDOW_POINTER = re.compile(rf"[\W\d_]*(?:{lexicon.union(lexicon.words('periods', 'window_pointer_leads'))})\s+")


_RECALL_REACH = 3  # how many paragraphs back a pointing group may reach when its own has said nothing yet


def _recalled(said: _Said, doc: Document, block: int, units: tuple[str, ...]) -> list[Decision] | None:
    """The figures a counted group pointing back stands for ("hai tỷ lệ này lần lượt là …"): its paragraph's last ones;
    in a paragraph that has said none yet, those of the nearest of the few paragraphs before that said them (a note
    without figures may stand between: "… đúng hạn đạt 98,4%, … trực tuyến đạt 12,6%. ¶ Ghi chú: … ¶ Cùng kỳ, hai tỷ
    lệ này lần lượt là …"). Figures of the units wanted, or else the shares of as many counts said right before: of the
    paragraph itself or the one before (further back, counts in between are not what percentages point to)."""
    paragraphs = [block]
    while not said.figures.get(block) and paragraphs[-1] > 0 and len(paragraphs) <= _RECALL_REACH:
        paragraphs.append(block_of(doc, paragraphs[-1] - 1))
    for i, paragraph in enumerate(paragraphs):
        found = said.recalled(paragraph, units) or (_shares_of_recalled(said, paragraph, units) if i < 2 else None)
        if found:
            return found
    return None


def _shares_of_counts_said(said: _Said, doc: Document, block: int, n: int) -> list[Decision] | None:
    """The shares of the last n counts of distinct metrics said in the paragraph (or, if it said none yet, the one before),
    a count that adds up the two before it passed over ("6.118 hồ sơ … mức độ 3 và 1.352 hồ sơ … mức độ 4, tổng cộng 7.470
    hồ sơ trực tuyến. Tỷ lệ tương ứng là 4,61% và 1,02%"): in order; None when they have no share of ours."""
    paragraph = block if said.figures.get(block) or not block else block_of(doc, block - 1)
    counts = [(d, v) for d, v in zip(said.figures.get(paragraph, []), said.values.get(paragraph, [])) if d.unit == "count"]
    parts = [d for i, (d, v) in enumerate(counts) if i < 2 or abs(counts[i - 1][1] + counts[i - 2][1] - v) > 0.5]
    picked = _last_distinct(parts, ("count",) * n) or []
    shares = [catalogue().share_of(d.metric) for d in picked]
    return [Decision(s, "percent", d.head, "recalled") for s, d in zip(shares, picked)] \
        if shares and all(shares) else None


def _shares_of_recalled(said: _Said, block: int, units: tuple[str, ...]) -> list[Decision] | None:
    """Percentages pointing back at as many counts ("… mức độ 3 là 9.412, ở mức độ 4 là 1.037; … hai con số này lần
    lượt bằng 3,28% và 0,36%"): the shares of those counts, in order; None when they have no share of ours."""
    if not all(u == "percent" for u in units):
        return None
    counts = said.recalled(block, ("count",) * len(units))
    shares = [catalogue().share_of(d.metric) for d in counts] if counts else []
    return [Decision(s, "percent", d.head, "recalled") for s, d in zip(shares, counts)] \
        if shares and all(shares) else None


def _looked_back(folded: str, period: Period, periods: list[Period], s: Sentence) -> bool:
    """A period of an earlier sentence that looks back from that sentence's own time, in a clause after it ("Quý
    I/2025, … đạt 62,65%; cả năm 2024, tỷ lệ … là 51,8%. Tỷ lệ giải quyết đúng hạn đạt 99,3%."): it dates its own
    clause, not the sentences after it, which go on with the paragraph's time."""
    if period.start >= s.start or period.year is None:
        return False
    # (a figure said in the sentence's own time stands between: not "Ngày 12/1/2018, … công bố báo cáo năm 2017")
    return any(q.year and q.year > period.year and q.end <= period.start and q.role == "frame"
               and not _SENTENCE_BREAK.search(folded, q.end, period.start)
               and _CLAUSE_MARK.search(folded, q.end, period.start) and _DIGIT.search(folded, q.end, period.start)
               for q in periods)


_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_CLAUSE_MARK = re.compile(r"[;,]")
_DIGIT = re.compile(r"\d")


def _pointed_window(doc: Document, s: Sentence, period: Period) -> Period | None:
    """The window a sentence opening with "Cũng trong sáu tháng" or "Cũng trong quý I" points back to: the article's
    first window of as many months or of that quarter named with a year before it, the one it reports on, not one set
    against another ("cùng kỳ …", "so với …")."""
    lead = _WINDOW_POINTER.match(doc.folded, s.start)
    key = window_key(period) if lead is not None and lead.end() == period.start else None
    if key is None:
        return None
    for index in range(s.paragraph + 1):
        named = [p for p in paragraph_periods(doc, index) if p.end <= s.start and p.year and p.role == "frame"
                 and window_key(p) == key and not _in_comparison(doc.folded, p)]
        if named:
            return named[0]
    return None


def _dating(doc: Document, s: Sentence, tok: NumberToken, s_periods: list[Period],
            p_periods: list[Period], ranked: bool = False,
            indexed: tuple[str, ...] | None = None) -> tuple[Period | None, int | None, str]:
    """The period and year of a figure (`ranked`: a rank; `indexed`: the rankings whose editions report the figure
    too, such as a satisfaction survey's), and where the year came from (sentence, paragraph, document)."""
    folded, para = doc.folded, doc.paragraphs[s.paragraph]
    all_p_periods = p_periods
    # when an edition or a report came out ("ICT Index 2019 do Bộ … công bố cuối năm 2020") dates no figure of its sentence
    if s_periods and _PUBLISHING_HINT.search(folded, s.start, s.end):
        s_periods = [p for p in s_periods if not _PUBLISHED_AT.search(folded, max(0, p.start - 30), p.start)]
    # an index edition named after the sentence ("… 97% văn bản … . Chỉ số ICT Index năm 2020 …") dates its own
    # sentence, not the ones before it, and of the sentences after it only their ranks ("Trong ICT Index 2016, tỉnh
    # xếp thứ 33/63. Trên 70% cán bộ … dùng thư điện tử": the share is of the article's time), the edition named as
    # such or by the index before its year ("Tại Bộ chỉ số chuyển đổi số (DTI) năm 2023, …"), unless that index
    # reports the figure too (a satisfaction rate after a PAR Index edition); "năm trước", a contrast's, a
    # comparison's or a restatement's period dates only its own sentence, neither the ones before it nor the ones after
    p_periods = [p for p in p_periods if (s.start <= p.start < s.end or ranked and p.start < s.end
                                          or not names_edition(folded, p)
                                          or indexed and _edition_reports(folded, p, indexed)) and p.role != "previous"
                 and (s.start <= p.start < s.end
                      or not (in_contrast(folded, p) or _in_comparison(folded, p) or _restating(folded, p)
                              or (p.start >= s.end and _of_a_plan(folded, p))))]
    # "đạt 68,5%, năm 2023 là 52,3%": a period after the figure that labels the next number is that number's; "tăng
    # sáu bậc so với vị trí 17/63 năm 2019, đứng trên tỉnh B (14/63)": a comparison's period, its clause closed
    # before the figure, dates what was compared, not the figure
    # (… and a comparison's period, "cùng kỳ năm 2018 tỷ lệ này là 21,4%;", dates nothing past its clause's ';')
    compared_before = [p for p in s_periods if p.end <= tok.start and ";" in folded[p.end:tok.start]
                       and _compared_within(folded, p, s.start)]
    s_periods = [p for p in s_periods if (p.start < tok.end or not _LABELS_NEXT.match(folded, p.end))
                 and not (p.end <= tok.start and _compared_value_s(folded, p) and _CLAUSE_BREAK.search(folded, p.end, tok.start))
                 and p not in compared_before]
    p_periods = [p for p in p_periods if (p.start < tok.end or not _LABELS_NEXT.match(folded, p.end))
                 and p not in compared_before]
    # ("…, tăng so với cuối năm trước", "cao hơn hẳn mức của năm trước": the year before after a comparison dates the
    # value compared)
    s_periods = [p for p in s_periods if not (p.role == "previous" and p.start >= tok.end
                                              and _COMPARED_AFTER.search(folded, tok.end, p.start))]
    # (the start's own period dates the start alone: "từ 1.772 tài khoản cuối năm 2014 lên 2.140 tài khoản")
    s_periods = [p for p in s_periods
                 if p.start >= tok.end or not _dates_a_start(folded, s.start, p, tok.start, s_periods)]
    if not ranked:  # an index's edition dates its ranking: a figure after that ranking, or before the edition, is of
        # its own clause's time ("Theo DTI năm 2021, tỉnh xếp thứ 19/63; hệ thống thư điện tử có 8.904 tài khoản", "đã
        # cấp 5.600 hộp thư, và trong ICT Index 2015 tỉnh xếp thứ 44/63"), unless that index reports the figure too
        ranking = [p for p in s_periods if p.role == "frame" and _dates_a_ranking_only(folded, p, tok)
                   and not (indexed and _edition_reports(folded, p, indexed))]
        s_periods = [p for p in s_periods if p not in ranking]
        p_periods = [p for p in p_periods if p not in ranking]
    own = next((p for p in s_periods if p.year and p.role in ("frame", "target") and p.start >= tok.end
                and _own_period(folded, tok.end, p)), None)
    if own:  # "vị trí số 58 năm 2017, vị trí số 61 năm 2016", "9.800 hồ sơ của năm 2022": the number's own year
        return own, own.year, "sentence"
    # "tăng từ 884 năm trước lên 1.152 năm nay": the year before, or this one, right after the number is its own
    deictic = next((p for p in s_periods if p.role in ("previous", "now") and p.start >= tok.end
                    and _own_period(folded, tok.end, p)), None)
    period = deictic or pick_period(s_periods, tok.start, folded, s.start, s.end)
    source = "sentence"
    if period is None and (pointed := _pointed_year(folded, s, all_p_periods)):
        return pointed, pointed.year, "paragraph"
    if period is None:
        # (a later sentence's period dates its own sentence, not this one: "…, cùng kỳ … mới đạt 41,7%. Năm 2023, …")
        carried = [p for p in p_periods if p.start < s.end and not _looked_back(folded, p, p_periods, s)]
        period, source = pick_period(carried, tok.start, folded, *para), "paragraph"
    if period and period.role == "previous":  # "năm trước con số này là 70%": the year before the one reported on
        # (not a period compared with: "So với cùng kỳ năm 2013, …, khi bảy tháng đầu năm ngoái …" is 2013 itself)
        earlier = (pick_period(_not_compared(s_periods), period.start, folded, s.start, s.end, need_year=True)
                   or pick_period(_not_compared(p_periods), period.start, folded, *para, need_year=True))
        base = earlier.year if earlier else doc.year
        return period, (base - 1 if base else None), "previous"
    if period and period.role == "past" and doc.written:  # "năm qua": the year just past in a review's season (the
        # first months: "Trong năm qua, … tiếp nhận 61.584 hồ sơ" written in January); later, the year of writing
        return period, doc.written - 1 if reviewing_season(doc.meta.get("published")) else doc.written, "sentence"
    if period and period.role == "now":  # "…, đến nay đạt 90%": the time of writing, unless a year is named
        dated = pick_period(s_periods, tok.start, folded, s.start, s.end, need_year=True)
        same_clause = dated is not None and not re.search(r"[,;]", folded[min(tok.end, dated.start):max(tok.end, dated.start)])
        if dated is not None and dated.role != "now" and dated.start > period.start and same_clause:
            return period, dated.year, "sentence"
        if (names_this_year(period) or (doc.year_source == "review" and not doc.cut_off)) and doc.written:
            # "Chín tháng năm nay", or "hiện" in a review of the year before (not of figures cut off at its last day), in
            # its own sentence or carried on by the next ones of its paragraph: the year of writing
            return period, doc.written, "now"
        if doc.year:
            return period, doc.year, "now"
    if period and period.year:
        return period, period.year, source
    if period and (window := _pointed_window(doc, s, period)):
        return period, window.year, "paragraph"  # "Cũng trong sáu tháng, …": the six months named before
    dated = pick_period(s_periods, tok.start, folded, s.start, s.end, need_year=True)
    if dated and period and window_after_whole_year(folded, period, dated):
        dated = None  # "Cả năm 2015, …; … trong 7 tháng đạt 97,1%": a window of its own clause, no part of that year
    source = "sentence"
    if dated is None:  # a period of its own that names no year ("Sáu tháng đầu năm, …") takes none from later on
        earlier = [p for p in p_periods if p.start < s.start] if period and period.role == "frame" else p_periods
        dated, source = pick_period(earlier, tok.start, folded, *para, need_year=True), "paragraph"
    if dated:
        return period, dated.year, source
    for heading in enclosing_headings(doc, s.paragraph):  # "Mục tiêu đến năm 2030" above the paragraph dates it
        span = heading_line(doc, heading)
        # (a plan's year in it dates the plans under it, which name it, not the results: "Kết quả năm 2015 và chỉ tiêu
        # năm 2016 của các huyện:")
        # (nor does a day alone, a byline's date: "… – Tin tổng kết, ngày 8/1/2025")
        named = [p for p in paragraph_periods(doc, heading) if p.end <= span[1] and not _DAY_ONLY.fullmatch(p.text)]
        dated = pick_period([p for p in named if not plan_year(folded, p)] or named, span[1], folded, *span,
                            need_year=True)
        if dated:
            return period, dated.year, "heading"
        bare = _BARE_YEAR.search(folded, *span)  # "MỤC TIÊU 2025": a heading may name a bare year
        if bare:
            return period, int(bare.group()), "heading"
    return period, doc.year, f"document({doc.year_source})" if doc.year else "none"


def _not_compared(periods: list[Period]) -> list[Period]:
    """The periods that are no baseline of a comparison."""
    return [p for p in periods if p.role != "baseline"]


_DAY_ONLY = re.compile(r"(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d")  # "8/1/2025": a day, no period reported on
_OWN_LINK = lexicon.union(lexicon.words("periods", "own_period_links"))
_LINK_ENDS = re.compile(rf"(?<!\w){_OWN_LINK}\s*$")
_LINK_OPENS = re.compile(rf"{_OWN_LINK}\b")
_WORDS_ONLY = re.compile(r"(?:\s*[^\W\d_]+){1,6}\s*")
_DEADLINE_GAP = re.compile(rf"\s*%?\s*(?:{lexicon.union(lexicon.words('periods', 'target_prepositions'))})"
                           rf"(?:\s+{lexicon.union(lexicon.words('periods', 'target_edges'))})?\s*")


_SAME_PERIOD_END = re.compile(rf"(?<!\w)(?:{_SAME_PERIOD})\s*$")
_COORDINATOR_GAP = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('periods', 'conjunct_openers'))})(?!\w)")
_NOTE_IN_PAREN = re.compile(rf"\(\s*(?:{lexicon.union(lexicon.words('periods', 'data_notes'))})\s*$")


def _own_period(folded: str, end: int, period: Period) -> bool:
    """The period right after the number, or joined to it by "của" across a few words (the figure's noun: "9.800
    hồ sơ của năm 2022", "76% của cùng kỳ năm 2023"), is the number's own."""
    gap = _NOTE_IN_PAREN.sub("(", folded[end:period.start])  # "(số liệu cuối năm 2024)": a note of its period
    same = _SAME_PERIOD_END.search(gap)
    if same and period.year and (not gap[:same.start()].strip() or _noun_alone(gap[:same.start()] + " ")):
        return True  # "so với 131.540 hồ sơ cùng kỳ năm 2017": the same period of that year, right after its noun
    # (… or only its noun between, a written time: "lên 3.518 hồ sơ năm 2014", not "tài khoản hiện có")
    if not gap.strip() or period.role in ("frame", "target") and _noun_alone(gap) or _DEADLINE_GAP.fullmatch(gap):
        return True  # (… or a deadline's words alone: "20% vào cuối năm nay")
    if gap.rstrip().endswith("(") and (not gap[:-1].strip() or _WORDS_ONLY.fullmatch(gap.rstrip()[:-1])):
        # "… 1.938 (cuối năm 2018)", "11.920 tài khoản (năm 2024)": a parenthesis that holds only the period, right
        # after the number or its noun
        return folded[period.end:period.end + 3].lstrip().startswith(")")
    linked = _LINK_ENDS.search(gap) or _LINK_OPENS.match(folded, period.start)
    # (a coordinator opens the next conjunct: "… đạt 5% và trong năm 2020 đưa thêm …" dates what follows it)
    return bool(linked) and bool(_WORDS_ONLY.fullmatch(gap)) and not _COORDINATOR_GAP.search(gap)


_LAST_NUMBER = re.compile(r".*(?<![\d.,/])(?P<number>\d(?:[\d.,]*\d)?%?)(?![\d/])", re.DOTALL)
_DAY_BEFORE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'day'))}\s*$")
_CHANGE_TO_AFTER = re.compile(rf"[^.;:!?]*?(?<!\w){lexicon.union(lexicon.words('metric_words', 'change.to'))}(?!\w)")


def _dates_a_start(folded: str, start: int, period: Period, pos: int, periods: list[Period]) -> bool:
    """The period is the own period of a number before it (from `start`; no date's digits), and a change's "lên" or
    "xuống" stands between it and pos: the start of a change dated alone ("từ 1.204 hồ sơ năm 2013 lên 3.518 …")."""
    m = _LAST_NUMBER.match(folded, max(start, period.start - 40), period.start)
    return m is not None and not any(q.start < m.end() <= q.end for q in periods) \
        and not _DAY_BEFORE.search(folded, max(0, m.start("number") - 8), m.start("number")) \
        and _own_period(folded, m.end(), period) and bool(_CHANGE_TO_AFTER.match(folded, period.end, pos))


def _counted_row(rows: list[dict], prev: Seen | None, decision: Decision, periods: list[Period], tok: NumberToken,
                 folded: str) -> dict | None:
    """The row of a baseline's count a share right after it is of ("cùng kỳ năm trước chỉ có 412 hồ sơ, tương đương
    0,86%"), when no period stands between them or is the share's own: the share is of the baseline's time."""
    if decision.how != "share" or prev is None or prev.token.unit != "count" \
            or any(prev.token.end <= p.start < tok.start or p.start >= tok.end and _own_period(folded, tok.end, p)
                   for p in periods):
        return None
    return next((r for r in reversed(rows) if r["start"] == prev.token.start and r["unit"] == "count"
                 and r.get("_baseline")), None)


# a unit as an aside's label ("toàn tỉnh", "bình quân huyện": scopes.yml average words)
_ASIDE_UNIT = re.compile(rf"(?:{lexicon.union([lexicon.entry('scopes', 'average_label')])}\s+)?"
                         rf"(?:{lexicon.union(lexicon.words('scopes', 'average_whole'))}\s+)?"
                         rf"{lexicon.union(lexicon.words('scopes', 'average_units'))}")


def _noun_alone(gap: str) -> bool:
    """The words are one head noun and nothing else (" hồ sơ ", " dịch vụ ")."""
    found = head_at(gap)
    return found is not None and not gap[found[1]:].strip()


_LABELS_NEXT = re.compile(rf"\s*(?::|{lexicon.union(lexicon.words('qualifiers', 'particles'))}\b)?\s*"
                          rf"(?:(?:{lexicon.union(list(cues.QUALIFIER_WORDS))}|từ)\s+)?\d")  # "năm 2021 đạt từ 20%"
_TURN_OPENERS, _CONTRASTS = lexicon.words("structure", "turn_openers"), lexicon.words("structure", "contrast_turns")
_TURN = re.compile(rf"t[ỷỉ] lệ|,?\s*\b{lexicon.union(_TURN_OPENERS)}\b|,\s*{lexicon.union(_CONTRASTS)}\b")  # a new subject
_BARE_TURN = re.compile(rf"\s(?:{lexicon.union(_CONTRASTS)})\s")  # a contrast with no comma before it
_TURN_HINT = re.compile(lexicon.union(["lệ", *(p.split()[0] for p in _TURN_OPENERS + _CONTRASTS)]))  # a pre-check
_DENIED_CLAUSE = re.compile(rf"\s(?:{lexicon.union(lexicon.words('structure', 'denied_clause_joiners'))})\s+"
                            rf"(?:{lexicon.union(lexicon.words('structure', 'denied_clauses'))})(?!\w)")
_DENIED_ASIDE = re.compile(rf"\(\s*{lexicon.union(lexicon.words('structure', 'denied_asides'))}(?!\w)")
# "118.305 hồ sơ trong số đó được nộp trực tuyến": no comma, then "of those" and a predicate, no new subject
# (after "trong (số) đó", any predicate with no number of its own up to its clause's end: "1.306 hồ sơ trong số đó đến
# qua mạng (88,72%)", "403 hồ sơ trong đó gửi qua mạng")
_OF_THOSE = re.compile(rf"\s+{lexicon.union(_TURN_OPENERS)}\s+{lexicon.union(lexicon.words('structure', 'of_those_predicates'))}\b"
                       rf"|\s+{lexicon.union(lexicon.words('structure', 'of_those_openers'))}\s+[^\W\d_][^\d,;:()]*(?:[,;:()]|$)")




_CLAUSE_BREAK = re.compile(r"[,;]")
# (a number's own separators stand in the clause: "so với 378.950 hồ sơ của cùng kỳ năm 2014")
_COMPARED_BEFORE = re.compile(rf"{lexicon.union(lexicon.words('periods', 'compared_clause'))}\b"
                              rf"(?:[^.;:,!?]|(?<=\d)[.,](?=\d))*$")


_COMPARED_AFTER = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'compared_after'))}(?!\w)")


def _comparison_before(folded: str, period: Period) -> re.Match[str] | None:
    """The comparison's word opening the period's clause before it ("cùng kỳ", "so với"), if any."""
    return _COMPARED_BEFORE.search(folded, max(0, period.start - 80), period.start)


def _compared_within(folded: str, period: Period, start: int) -> bool:
    """The period dates a comparison whose word stands after `start` (its sentence's or paragraph's: the look-back of
    _comparison_before may cross a line)."""
    found = _comparison_before(folded, period)
    return found is not None and found.start() >= start


def _in_comparison(folded: str, period: Period) -> bool:
    """The period dates a comparison in its clause ("Cùng kỳ năm 2022, tỷ lệ này là 29,4%", "… so với vị trí thứ
    25 của năm 2022"): it dates that sentence, not the ones after it."""
    return _comparison_before(folded, period) is not None


def _compared_value_s(folded: str, period: Period) -> bool:
    """The period is the year of a value compared ("so với vị trí 17/63 năm 2019", "gấp đôi con số 1.200 của năm
    2020"): a number stands between the comparison's word and the period."""
    m = _comparison_before(folded, period)
    return m is not None and any(c.isdigit() for c in folded[m.start():period.start])


def _of_a_plan(folded: str, period: Period) -> bool:
    """The period names a plan's year ("Kế hoạch năm 2024 của tỉnh đặt mục tiêu …", "mục tiêu năm 2025"): it dates its
    own sentence's targets, not the results said before it."""
    return bool(_PLAN_NOUN_BEFORE.search(folded, max(0, period.start - 16), period.start))


_PLAN_NOUN_BEFORE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('status', 'plan_nouns'))}\s*$")


_RESTATING_AFTER = re.compile(rf"[^.;!?]{{0,12}}?{lexicon.union(lexicon.words('structure', 'anaphora'))}")


def _restating(folded: str, period: Period) -> bool:
    """The period opens a figure said again at another time ("Năm 2021, tỷ lệ này chỉ đạt 11,5%"): it dates that
    sentence, not the sentences before or after it."""
    return bool(_RESTATING_AFTER.match(folded, period.end))


_TOTAL_ROW = lexicon.pattern("structure", "table_total_rows")


_COLUMN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_YEAR = re.compile(r"1(?<![\d/.,-]1)9\d\d(?![\d/.,%-])|2(?<![\d/.,-]2)0\d\d(?![\d/.,%-])")  # opens with its digit


def _column_year(column: str) -> int | None:
    """The year a table column names ("Thực hiện 2023"), else None."""
    m = _COLUMN_YEAR.search(column)
    return int(m.group()) if m else None


_LAST_YEAR_COLUMN = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'previous_year'))}(?!\w)")
_THIS_YEAR_COLUMN = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'this_year'))}(?!\w)")


def _relative_column_year(column: str, year: int | None) -> int | None:
    """The year a column names relative to the table's ("Năm trước" / "Năm nay" beside a table of 2023), else None."""
    if year is None:
        return None
    folded = column.lower()
    return year - 1 if _LAST_YEAR_COLUMN.search(folded) else year if _THIS_YEAR_COLUMN.search(folded) else None


_NAME_AFTER_HEAD = re.compile(r"\W*[^\W\d_]+\s+(?P<name>[^\W\d_])")


def _named_place(label: str) -> bool:
    """Whether a row label (as written) is a word and a proper name ("Điểm Ia Tơk (cũ)", "Trạm Bản Lầu"): a place the
    row is about, whatever its first word also counts elsewhere ("điểm" are points too)."""
    m = _NAME_AFTER_HEAD.match(label)
    return bool(m) and m.group("name").isupper() and not label.isupper() and not RATE_WORD.search(fold(label))


def _names_counted(phrase: str) -> bool:
    """Whether a (folded) table label or column says what is counted: a rate word, a counted noun or the
    satisfaction index ("Chỉ số SIPAS (%)")."""
    return bool(RATE_WORD.search(phrase) or first_head(phrase) or names_satisfaction(phrase))


_CAPTION_WORDS = 25  # a caption is a title line; a longer line above a table is a paragraph leading to it
_EXTRACT_SOURCE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'extract_sources'))}(?!\w).*")
_CAPTION_RATE = re.compile(rf"{RATE_WORD.pattern}\s+(?P<noun>[^\d,;:()]+?)"
                           rf"(?=\s+(?:{lexicon.union(lexicon.words('structure', 'caption_noun_ends'))})\b|[\d,;:()]|$)")
_RATE_ONLY = re.compile(rf"\s*{RATE_WORD.pattern}\s*(?:\(\s*%\s*\)|%)?\s*")


_PROVINCE_ROW_PREFIXES = lexicon.words("places", "province_row_prefixes")
_FORMER_MARK = re.compile(rf"\s*\(\s*(?:{lexicon.union(lexicon.words('places', 'former'))})\s*\)$")


def _province_row(doc: Document, row: Row) -> str | None:
    """The province a table row's label is, alone or after "tỉnh" ("Thái Nguyên | 412.568 | 26.904 | 6,52"; not
    "Thành phố Lai Châu"): the row is that province's, whole."""
    named = sentence_places(doc, row.start, row.cells[0].start)
    if len(named) != 1:
        return None
    name, start, end = named[0]
    # ("Tỉnh Long An (cũ)": a former province, the row still its own)
    label = _FORMER_MARK.sub("", strip_bullets(row.label, ":").lower())
    found = doc.folded[start:end]
    return name if label in (found, *(f"{prefix} {found}" for prefix in _PROVINCE_ROW_PREFIXES)) else None


def _total_row(row: Row) -> bool:
    """A row adding up the others: its label a total word, maybe with the period it covers ("Cộng 9 tháng",
    "Tổng năm 2024")."""
    label = fold(row.label.strip())
    for p in reversed(find_periods(label, row.label, 0, len(label))):
        label = label[:p.start] + label[p.end:]
    return bool(_TOTAL_ROW.fullmatch(label.strip(" :")))


_LIST_OPENER = re.compile(rf"^\W*{lexicon.union(lexicon.words('structure', 'list_openers'))}\s*:?\s*")


def _unit_label(row: Row) -> str:
    """The (folded) words of a row whose unit column, or the parenthesis closing its label, names its unit: the
    label, its noun from the unit when it names none ("Trong đó: nộp trực tuyến | Hồ sơ", "Trong đó nộp trực tuyến
    (hồ sơ)" -> "hồ sơ nộp trực tuyến"; a sub-row's "Trong đó:" dropped)."""
    label = _LIST_OPENER.sub("", fold(row.label.strip()))
    unit = fold(row.unit.strip())
    if not unit and (closing := _UNIT_PAREN.search(label)):
        label, unit = label[:closing.start()].strip(), closing.group(1).strip()
    if not unit:
        return label
    return f"{label} ({unit})" if unit == "%" or first_head(label) else f"{unit} {label}"


_UNIT_PAREN = re.compile(r"\(([^()]*)\)\s*$")


_ASIDE = re.compile(r"\([^()]*\)")
_PERCENT_UNIT = re.compile(rf"\(\s*{lexicon.union(lexicon.words('structure', 'table_unit_columns') + ['đơn vị'])}"
                           r"\s*:?\s*%\s*\)")  # "(đơn vị: %)", "(ĐVT: %)"


def _last_sentence(doc: Document, span: tuple[int, int]) -> tuple[int, int]:
    """The last sentence that starts in the text span, cut at its end (the span itself when none starts in it)."""
    inside = [(x.start, min(x.end, span[1])) for x in doc.sentences if span[0] <= x.start < span[1]]
    return inside[-1] if inside else span


_ROW_LEADS = LABEL_EDGES + "|"
_PROCESS_COLUMN_HEADS = frozenset(lexicon.words("nouns", "process_column_heads"))


def _table_noun(doc: Document, table: Table) -> tuple[str, str, bool]:
    """The words above a table that speak for its cells (folded), the noun of its cells, and whether those words are
    a title line (not a long paragraph leading to the table)."""
    folded = doc.folded
    # (an aside in parentheses names no noun of the cells: "Kết quả theo từng đơn vị (số liệu trích từ Hệ thống thông tin
    # giải quyết thủ tục hành chính …)")
    caption = _ASIDE.sub(" ", folded[slice(*table.caption)])
    before = [p for p in doc.paragraphs if p[1] <= table.caption[0]]
    sourced = _EXTRACT_SOURCE.search(caption)
    if sourced and before:  # "Số liệu được trích từ Hệ thống …:" under "II. HỒ SƠ NỘP TRỰC TUYẾN …": the heading's noun
        caption = f"{caption[:sourced.start()]} {folded[slice(*before[-1])]}"
    # the noun of the cells: the caption's, else the header's ("Cấp | Hồ sơ tiếp nhận | Trực tuyến"), else,
    # after "Kết quả cụ thể như sau:", the one of the paragraph that leads to the table
    # ("Tinh;Ho so tiep nhan;…": a header left unmarked; "Ho_so_tiep_nhan": a dataset's field names)
    header = restore_marks(folded[slice(*table.header)].replace("_", " "))
    # … else, when the columns name what is done to dossiers ("Cấp | Tiếp nhận | Trực tuyến | Tỷ lệ"), dossiers
    # (a long paragraph above the table names its noun only when the header does not: "Số liệu … trích từ Hệ thống
    # thông tin giải quyết thủ tục hành chính …" over "Cơ quan | Tiếp nhận | Trực tuyến | Đã giải quyết")
    titled = len(caption.split()) <= _CAPTION_WORDS
    captioned = first_head(caption) if titled else None
    # ("Bảng tổng hợp kết quả giải quyết TTHC" over "Đơn vị; Hồ sơ tiếp nhận; Nộp trực tuyến; …": the results of handling
    # procedures name a report, the header's own noun counts the cells)
    headed, flow = first_head(header), DOSSIER_PROCESS.search(header)
    if captioned and head_name(captioned + " ") == "results" and headed:
        captioned = None
    # (a caption's noun no column of the dossier flow counts: "Bảng … gửi tới phiên họp thường kỳ" over "Đơn vị | Tiếp
    # nhận | Trực tuyến | Tỷ lệ")
    if captioned and head_name(captioned + " ") not in _PROCESS_COLUMN_HEADS and not headed and flow:
        captioned = None
    noun = (captioned or headed or (DOSSIER_NOUN if flow else None) or first_head(caption)
            or (first_head(folded[slice(*before[-1])]) if before else None) or "")
    # (a bare head said in full by the words above: "Tổng số dịch vụ" under "… được tính là dịch vụ công trực tuyến")
    return caption, fullest_head(noun, caption) if noun else noun, titled


def _fraction_of_hundred(tok: NumberToken | None) -> bool:
    """A cell value with a fractional part, up to 100 ("Đúng hạn" over "96,2"): no count of things, a share."""
    return tok is not None and tok.unit == "count" and 0 < tok.value <= 100 and tok.value != int(tok.value)


def _table_rows(doc: Document, table: Table, tokens: dict[int, NumberToken]) -> list[dict]:
    """The figures of a table: each cell read as its caption noun + column name would say it in a sentence,
    the row label being the scope, year and status from the caption; or, in an indicator table (the row
    names what is counted), as its row label would say it, year and status from its column."""
    folded = doc.folded
    caption, noun, titled = _table_noun(doc, table)
    # "CHỈ TIÊU TỶ LỆ HỒ SƠ NỘP TRỰC TUYẾN NĂM 2024 CỦA CẤP HUYỆN": a caption naming a rate names the shares' noun
    rated = _CAPTION_RATE.search(caption)
    rate_noun = rated.group("noun").strip() if rated and first_head(rated.group("noun")) else noun
    periods = find_periods(folded, doc.text, *table.caption)
    # (an index's edition in the words above dates no cell: "Cột cuối là vị trí … ICT Index năm 2022")
    dated = next((p for p in reversed(periods) if p.year and p.role in ("frame", "now") and not names_edition(folded, p)),
                 None)
    year, year_source = (dated.year, "sentence") if dated else (doc.year, f"document({doc.year_source})" if doc.year else "none")
    # (a long paragraph above the table sets its status only by its last sentence, the one leading to the table: "…,
    # đề nghị các đồng chí mở tệp đính kèm" asks the readers, it plans no cell)
    lead = table.caption if titled else _last_sentence(doc, table.caption)
    state = cues.status(folded, lead[1], lead[1], lead, None) if lead[1] > lead[0] else "actual"
    if not titled and state == "target" and not folded[lead[0]:lead[1]].rstrip().endswith(":"):
        state = "actual"
    if state == "target" and cues.names_past_indicators(folded[slice(*lead)], doc.written):
        state = "actual"  # "Một số chỉ tiêu … năm 2014" over a table in 2015: indicators, their results
    # "Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023": when a column names the plan, the columns give the status
    plan_columns = any(cues.names_plan(c.column.lower()) for r in table.rows for c in r.cells)
    caption_percent = bool(_PERCENT_UNIT.search(folded[slice(*table.caption)]))  # "Bảng 1. … (đơn vị: %)"
    # "Chỉ tiêu | Hà Tĩnh | Quảng Trị": a column named by a province holds that province's figures
    column_places = {c.column: canonical_province(c.column) for r in table.rows for c in r.cells
                     if len(c.column.strip()) > 3}
    # (columns naming no noun and nothing done to dossiers name units or places: "Trung tâm tỉnh – Cấp huyện")
    counting_columns = any(first_head(fold(c.column)) or dossier_metric(fold(c.column), fold(c.column), "", pct=False)
                           for r in table.rows for c in r.cells)
    out = []
    for row in table.rows:
        total = _total_row(row)
        row_period = period_only(row.label)  # "Tháng 7 | 1.046 | 842": the row is a period's, not a unit's
        own_period = row_period or row.period or None  # (or its period column's: "Tỉnh A;6 tháng đầu năm 2025;…")
        label = folded[row.start:row.cells[0].start]
        if row.unit or row.keyed or _LIST_OPENER.match(label):
            label = _unit_label(row)
        # "Tỷ lệ hồ sơ nộp trực tuyến (%) | 3,80 | 14,61": a row whose label names a rate holds percentages
        # (the row's own label, its number dropped: "1; Tỷ lệ hồ sơ … nộp trực tuyến; 46,70; 60; 80")
        bare_label = label.lstrip(_ROW_LEADS)  # (a bullet or a table's first rule before the label is none of its words)
        if row.parent and not head_at(" " + fold(row.label)) and (noun := first_head(fold(row.parent))):
            # "1.1 | Tiếp nhận qua cổng dịch vụ công trực tuyến" under "1 | Hồ sơ tiếp nhận": the parent row's noun
            label = bare_label = f"{noun} {fold(row.label)}"
        rate_row = "%" in label or RATE_WORD.match(bare_label) is not None \
            or RATE_WORD.match(fold(row.label).lstrip(_ROW_LEADS)) is not None or caption_percent
        # (a row of percentages whose label names what is done to dossiers, "Giải quyết đúng hạn (%)", names its rate)
        names_counted = (_names_counted(label) and not _named_place(row.label)) \
            or (rate_row and DOSSIER_PROCESS.match(bare_label) is not None)
        if not names_counted and not counting_columns and not first_head(bare_label) \
                and dossier_metric(bare_label, bare_label, "", pct=False):
            # "Tiếp nhận: 18.426 – 52.718" under columns of units ("Trung tâm tỉnh – Cấp huyện") and a caption naming
            # no noun: the row names what is done to dossiers, the dossiers it counts
            label, names_counted = f"{DOSSIER_NOUN} {bare_label.strip(' :–-')}", True
        own_province = None if names_counted else _province_row(doc, row)
        previous = ""
        for cell in row.cells:
            tok = tokens.get(cell.start)
            column = restore_marks(cell.column.lower().replace("_", " "))
            place = own_province or column_places.get(cell.column)
            # "Tiếp nhận | Trực tuyến | Tỷ lệ": a column named by the rate word alone is the share of the one before
            named, previous = (f"{column} {previous}" if _RATE_ONLY.fullmatch(column) else column), column
            indicator = names_counted and not _names_counted(column)
            percent = "%" in cell.column or "tỷ lệ" in column or (tok is not None and tok.unit == "percent") \
                or (indicator and rate_row) or _fraction_of_hundred(tok)
            ranking = ranking_in(column) if tok is not None and tok.unit == "fraction" else None
            if ranking and tok.figure:  # "| ICT Index 2022 |" over "17/63": the row's rank in that ranking
                if _ranks_a_province(tok):  # (not "2/9 huyện": a place among a province's units, as in a sentence)
                    out.append(_rank_cell(doc, row, tok, ranking, column, place, year, year_source))
                continue
            if tok is None or not tok.figure or tok.unit == "fraction":
                continue
            base = "" if first_head(column) else rate_noun if percent else noun
            if base and not indicator and period_only(cell.column) and base in caption:
                # "HỒ SƠ NỘP TRỰC TUYẾN … THEO TỪNG QUÝ" over "| Xã | Quý I | Quý II |": a column that only names a
                # period leaves what the cells count to the caption's whole phrase
                base, named = caption[caption.index(base):], ""
            pre = label_phrase(label, percent, bool(RATE_WORD.search(label))) if indicator \
                else cell_phrase(base, named, percent)  # its own
            decision = decide_words(pre, "percent" if percent else "count")
            if decision is None and not base and not indicator and (percent and rate_noun or noun):
                # "| Tổng số dịch vụ |" under words about "dịch vụ công trực tuyến": a column naming only a bare head
                # that gives no metric alone ("dịch vụ") is read with the caption's noun, as a sentence would go on
                decision = decide_words(cell_phrase(rate_noun if percent else noun, named, percent),
                                        "percent" if percent else "count")
            if decision is None:
                continue
            status = ("target" if cues.names_plan(column) else "actual") if plan_columns else state
            if row.group:  # "Phần D. Chỉ tiêu kế hoạch năm 2024" over its rows: the group's plan, or results
                status = "target" if cues.names_plan(fold(row.group)) else status
            # "Tỷ lệ hồ sơ trực tuyến năm 2022", "Kế hoạch 2023", a row "2019: 6,8%": the column's or the row's own year
            column_year = _column_year(column) or (_column_year(own_period) if own_period else None) \
                or _relative_column_year(column, year)
            if column_year and doc.written and column_year < doc.written and not cues.names_plan(column):
                status = "actual"  # "Chỉ tiêu | Năm 2022 | Năm 2023" written in 2024: results, not plans
            out.append({
                "doc_id": doc.doc_id, "province": place or doc.province, "year": column_year or year,
                "period": own_period or period_only(cell.column) or (dated.text if dated else None),
                "metric": decision.metric,
                "value": float(tok.value),
                "unit": decision.unit, "denominator": None, "qualifier": cues.qualifier(folded, tok.start, tok.end),
                "status": status,
                "scope": None if total or indicator or place or row_period else row.label,
                "evidence": doc.text[row.start:row.end], "start": tok.start, "end": tok.end, "_restates": total,
                "_decision": decision,
                **evidence_strength("table", decision.head, "sentence" if column_year else year_source, "cue" if status == "target" else "default",
                                  "sentence" if place else doc.province_source),
            })
    return out


def _rank_cell(doc: Document, row: Row, tok: NumberToken, ranking: str, column: str, province: str | None,
               year: int | None, year_source: str) -> dict:
    """The row of a rank out of a total under a column naming its ranking (and maybe its edition's year)."""
    own_year = _column_year(column)
    return {
        "doc_id": doc.doc_id, "province": province or doc.province, "year": own_year or year, "period": None,
        "metric": ranking, "value": float(tok.value), "unit": "rank", "denominator": tok.denominator,
        "qualifier": "exact", "status": "actual", "scope": None if province else row.label,
        "evidence": doc.text[row.start:row.end], "start": tok.start, "end": tok.end, "_restates": False,
        "_decision": Decision(ranking, "rank", None, "rank"),
        **evidence_strength("table", None, "sentence" if own_year else year_source, "default",
                            "sentence" if province else doc.province_source),
    }


def document_rows(doc: Document) -> list[dict]:
    """The figures of a prepared document as plain rows (validated later, in batches)."""
    said = _Said()
    rows: list[dict] = []
    tokens: list[NumberToken] = []
    for start, end in doc.paragraphs:
        tokens.extend(scan_numbers(doc.folded, start, end))
    if english_style(doc.folded):  # "187,462 hồ sơ", "24.2%": the article writes numbers the English way
        tokens = english_values(tokens)
    tokens = per_base(tokens, doc.folded)  # "cứ 100 hồ sơ … thì có 42 hồ sơ …": 42%
    tables = find_tables(doc.text)
    in_tables = {t.start: t for t in tokens if any(r.start <= t.start < r.end for tb in tables for r in tb.rows)}
    table_rows = [row for table in tables for row in _table_rows(doc, table, in_tables)]
    tokens = [t for t in tokens if t.start not in in_tables]
    starts = [t.start for t in tokens]
    # a table's figures are said where the table stands: "Tỷ lệ năm 2021 … cao hơn tỉnh A (31,4%)" under a table of the
    # online rate by year compares with that rate
    pending = sorted((r for r in table_rows if not r["_restates"]), key=lambda r: r["start"])
    paragraph_starts = [p[0] for p in doc.paragraphs]
    for index, s in enumerate(doc.sentences):
        while pending and pending[0]["start"] < s.start:
            cell = pending.pop(0)
            said.record(block_of(doc, bisect_right(paragraph_starts, cell["start"]) - 1), cell["_decision"], cell["value"])
        scanned = tokens[bisect_left(starts, s.start):bisect_left(starts, s.end)]
        if scanned:
            rows.extend(_sentence_rows(doc, index, scanned, said, rows))
    headed = heading_counts(doc, tokens, rows)  # "Hơn 618 nghìn hồ sơ" heading a section that states 618.954
    parts = parts_of_totals(doc, tokens, rows)  # "…: hộ tịch 1.206; chứng thực 984; …" adding up to a total before
    extra = table_rows + headed + parts
    rows = _heading_restatements(doc, rows)  # "Con số thứ ba: 98,71%" over the paragraph saying what 98,71% is
    rows = _corrected_later(doc, tokens, rows)  # the body's 42,08% that an editor's note at the end withdraws
    return dedupe(_whole_counts(doc, sorted(rows + extra, key=lambda r: r["start"]) if extra else rows))


def _whole_counts(doc: Document, rows: list[dict]) -> list[dict]:
    """The rows with every count whole: "1,784 thủ tục" in a quoted English-style report is 1784; "11,8 hồ sơ" (an
    average over people or units) or "12,06 điểm" (a score) is no count."""
    out = []
    for row in rows:
        value = whole_count(doc.text[row["start"]:row["end"]], row["value"]) if row["unit"] == "count" else row["value"]
        if value is not None:
            out.append(row if value == row["value"] else {**row, "value": value})
    return out


def _corrected_later(doc: Document, tokens: list[NumberToken], rows: list[dict]) -> list[dict]:
    """The rows less a value that a later sentence says was written by mistake ("Bài viết … ghi tỷ lệ … là 42,08% do
    lỗi đánh máy; tỷ lệ đúng là 40,28%", "… bị ghi nhầm là 13.640; con số chính xác là 31.460", an editor's note
    under a body left as first published): stated nowhere."""
    gone = errata.mistaken(doc.folded, tokens) | errata.misprinted(doc.folded, tokens)
    # (where, value, unit; a token the scanner read no value from withdraws nothing)
    mistaken = [(t.start, float(t.value), t.unit) for t in tokens if t.start in gone and t.value is not None]
    if not mistaken:
        return rows
    return [r for r in rows if not any(r["start"] < at and r["value"] == value and r["unit"] == unit
                                       for at, value, unit in mistaken)]


def _heading_restatements(doc: Document, rows: list[dict]) -> list[dict]:
    """The rows less a value on a heading line with no noun of its own ("Con số thứ ba: 98,71%", a listicle's heading)
    that the paragraph under it states in its own words: the heading only announces that statement."""
    starts = [a for a, _ in doc.paragraphs]
    out = []
    for row in rows:
        i = bisect_right(starts, row["start"]) - 1
        if row["_how"] in _GUESSED and i + 1 < len(doc.paragraphs) and is_headline(doc.text[slice(*doc.paragraphs[i])]):
            below = doc.paragraphs[i + 1]
            if any(below[0] <= o["start"] < below[1] and o["value"] == row["value"] and o["unit"] == row["unit"]
                   and o["_how"] not in _GUESSED for o in rows):
                continue
        out.append(row)
    return out


def extract_document(doc: Document) -> pd.DataFrame:
    """The figures of a prepared document, validated against the schema."""
    return as_figures(document_rows(doc))


def _read_from_range_start(ctx: Context, folded: str, start: int, bounds: Range | None, tok: NumberToken) -> Context:
    """The upper bound of a range is read with the words before its lower bound, as if the range were one number
    ("tỷ lệ hồ sơ nộp trực tuyến phải đạt từ 30 đến 40% tổng số hồ sơ tiếp nhận": the rate named before "từ", not the
    noun after the range)."""
    if bounds is None or bounds.spread or tok is not bounds.high:
        return ctx
    cut = max(folded.rfind(mark, start, bounds.low.start) for mark in ",;:")
    return replace(ctx, pre=folded[max(cut + 1, start):tok.start], prev_metric=None, prev_unit=None, prev_head=None,
                   prev_in_clause=False, after_count=False, prev_like=None)


def extract_text(text: str, doc_id: str = "doc", meta: Mapping[str, object] | None = None,
                 validate: bool = False) -> pd.DataFrame:
    """Article text -> figures table (offsets index the normalised text, see textclean), in the
    contract's columns and dtypes. The schema check (pandera, ~100 ms a call) runs only with
    validate=True: validate the table once when the texts are collected (schema.validate_figures)."""
    rows = document_rows(prepare(text, doc_id, meta))
    return as_figures(rows, validate=validate)
