"""Extraction: one article's text -> its rows of the tidy figures table (folders: see corpus.py)."""
from __future__ import annotations

from bisect import bisect_left
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import pandas as pd

from . import cues
from ..text import lexicon
from .classify import Context, Decision, also_metrics, decide, first_head, head_at, level_in
from .confidence import evidence_strength
from .tables import Table, cell_phrase, find_tables
from .frames import Frame, frame_at, inherit, inherit_level, item_scope, list_frames, workload_totals
from ..text.numbers import NumberToken, scan_numbers
from ..text.periods import Period, dateline_year, find_periods, pick_period, year_of
from ..reference.provinces import canonical_province, province_from_text, province_from_url
from ..schema import as_figures
from ..text.clean import Sentence, fold, normalize, paragraphs, sentences


@dataclass
class Document:
    """One article prepared for extraction: its text, views of it, and what is known about it."""

    doc_id: str
    text: str
    folded: str
    sentences: list[Sentence]
    paragraphs: list[tuple[int, int]]
    province: str | None
    province_source: str
    year: int | None
    meta: Mapping[str, object] = field(default_factory=dict)


def prepare(text: str, doc_id: str, meta: Mapping[str, object] | None = None) -> Document:
    """Normalise the text and settle the document-level facts: province and default year."""
    meta = dict(meta or {})
    text = normalize(text)
    folded = fold(text)
    paras = paragraphs(text, folded)
    province, source = None, ""
    for candidate, origin in (
        (canonical_province(str(meta.get("province") or "")), "manifest"),
        (province_from_text(text, paras, folded), "text"),
        (province_from_url(str(meta.get("url") or "")), "url"),
    ):
        if candidate:
            province, source = candidate, origin
            break
    year = year_of(meta.get("published")) or dateline_year(text) or _reporting_year(text, folded, paras)
    return Document(doc_id, text, folded, sentences(text, paras), paras, province, source, year, meta)


_ITEM_NAME = re.compile(r"(?:^|[:,;])\s*((?:[^\W\d_][^\s\d,;:()]*\s+){1,5}?)$")
_LIST_UNIT = re.compile(r"các (huyện|quận|thị xã|xã|phường|sở|ngành|đơn vị|cơ quan|địa phương)\b")


_ONLINE_SUBSET = re.compile(r"t[ỷỉ] lệ hồ sơ (?:nộp |tiếp nhận |giải quyết )?(?:trực tuyến|qua mạng)[^,;]*$")


def _subset_scope(metric: str, sentence_before: str) -> str:
    """'hồ sơ trực tuyến' for a rate of the online dossiers only ("tỷ lệ hồ sơ trực tuyến được giải
    quyết đúng hạn đạt 99,7%"), so it is not read as the rate of all dossiers."""
    if metric in ("dossiers_ontime_pct", "dossiers_late_pct", "dossiers_resolved_pct", "dossiers_early_pct"):
        if _ONLINE_SUBSET.search(sentence_before):
            return "hồ sơ trực tuyến"
    return ""


def _item_name(text: str, start: int, pos: int) -> str:
    """The capitalised name listed right before a number ("…: Cù Lao Dung 2,1%"), else ''."""
    m = _ITEM_NAME.search(text, start, pos)
    if not m:
        return ""
    name = m.group(1).strip()
    return name if all(word[0].isupper() for word in name.split()) else ""


_CUTOFF = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")


def _reporting_year(text: str, folded: str, paras: list[tuple[int, int]]) -> int | None:
    """The year an undated article reports on: the first dated period of the lead (the first paragraph,
    and the next one too when the first is a headline), else the first report cut-off anywhere in the
    text ("Tính đến tháng 9/2017", "Đến tháng 8.2021"). Only periods that frame a report count:
    "đến năm 2025" is a target year, not the article's."""
    if not paras:
        return None
    lead = paras[:2] if _is_headline(text[paras[0][0]:paras[0][1]]) else paras[:1]
    frames = [p for span in lead for p in find_periods(folded, text, *span) if p.year and p.role == "frame"
              and cues.status(folded, p.start, p.end, span, None) == "actual"]  # not "Phấn đấu trong năm 2018"
    if frames:
        return frames[0].year
    cutoffs = [p for span in paras for p in find_periods(folded, text, *span) if p.year and p.role == "frame"
               and (p.text.startswith(("đến", "tính đến", "tới")) or _CUTOFF.search(folded, max(0, p.start - 15), p.start))]
    return cutoffs[0].year if cutoffs else None


def _is_headline(paragraph: str) -> bool:
    """A title line: short and not ended like a sentence."""
    line = paragraph.strip()
    return len(line) < 200 and not line.endswith((".", "!", "?", "…", ":", ";"))


def _boundaries(folded: str, start: int, end: int) -> list[int]:
    """Clause boundaries of a sentence: ';', and ':' after a lead-in clause. The colon of a short
    label ("Hồ sơ trực tuyến: 61.870 hồ sơ") joins the label to its number instead."""
    cuts, last = [], 0
    for m in re.finditer(r"[;:]", folded[start:end]):
        if m.group() == ":" and re.search(r"(?:là|đạt)\s*$", folded[start + last:start + m.start()]):
            last = m.end()  # "số hồ sơ quá hạn là: 1.551": the label's colon
            continue
        if m.group() == ";" or m.start() - last > 60:
            cuts.append(m.start())
        last = m.end()
    return cuts


_PARENS = re.compile(r"[()]")


def _enclosing_paren(folded: str, start: int, pos: int, end: int) -> tuple[int, int] | None:
    """The parenthesis that contains pos within [start, end), as (open, close+1)."""
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
class _Seen:
    token: NumberToken
    decision: Decision | None
    scope: str
    clause_start: int


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


def _view(doc: Document, s_index: int, para_periods: dict[int, list[Period]]) -> _View:
    """The per-sentence facts every figure of the sentence shares, computed once."""
    s = doc.sentences[s_index]
    folded, text = doc.folded, doc.text
    para = doc.paragraphs[s.paragraph]
    if s.paragraph not in para_periods:
        para_periods[s.paragraph] = find_periods(folded, text, *para)
    headline = s.paragraph == 0 and _is_headline(text[para[0]:para[1]])
    nxt = doc.sentences[s_index + 1] if s_index + 1 < len(doc.sentences) else None
    next_span = (nxt.start, nxt.end) if nxt and nxt.paragraph == s.paragraph else None
    if headline:  # a headline: the first sentence below it
        below = next((t for t in doc.sentences[s_index + 1:] if len(_WORDS.findall(text, t.start, t.end)) > 3), None)
        next_span = (below.start, below.end) if below else None
    return _View(
        s, s_index, para, [p for p in para_periods[s.paragraph] if s.start <= p.start and p.end <= s.end],
        para_periods[s.paragraph], [s.start + b for b in _boundaries(folded, s.start, s.end)],
        cues.planned_sentence(folded, (s.start, s.end), para, next_span), cues.sentence_cues(folded, s.start, s.end),
        list_frames(folded, s.start, s.end), headline and len(doc.paragraphs) > 1, _context_before(doc, s_index))


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


def _windows(doc: Document, v: _View, tokens: list[NumberToken], i: int, prev: _Seen | None) -> _Windows:
    """The windows of the i-th figure: its words run from the previous figure (or clause start) to the
    next figure's label, its parenthesis, a "tỷ lệ"/"trong đó" turn, or its list item's edges."""
    folded, tok, s = doc.folded, tokens[i], v.s
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    clause_start = max([c + 1 for c in v.cuts if c < tok.start], default=s.start)
    clause_end = min([c for c in v.cuts if c >= tok.end], default=s.end)
    pre_start = max(clause_start, prev.token.end if prev else s.start)
    paren = _enclosing_paren(folded, s.start, tok.start, s.end)
    post_end = min(nxt.start if nxt else s.end, clause_end)
    if nxt and post_end == nxt.start:
        # "trả kết quả 1623 hồ sơ, đang giải quyết 1515 hồ sơ": the words after the last comma
        # before the next number are that number's label, not this one's
        label_cut = max(folded.rfind(",", tok.end, post_end), folded.rfind(";", tok.end, post_end))
        if label_cut > tok.end and "(" not in folded[label_cut:post_end] and tok.unit == nxt.unit == "count":
            post_end = label_cut
    if paren:
        post_end = min(post_end, paren[1] - 1)
    turn = _TURN.search(folded, tok.end, post_end)
    if turn:
        post_end = turn.start()
    # "15.000 hồ sơ (trực tuyến 3.000 hồ sơ, …)": the parts in parentheses are not the total's words
    opening = folded.find("(", tok.end, post_end)
    if opening >= 0 and nxt and nxt.start <= post_end + 1 and ")" not in folded[opening:nxt.start]:
        post_end = opening
    frame = frame_at(v.frames, tok.start)
    item = frame.item_at(tok.start) if frame else None
    if item:  # an item's words stop at its own edges
        pre_start, post_end = max(pre_start, item[0]), min(post_end, item[1])
    return _Windows(clause_start, clause_end, pre_start, post_end, paren, frame, item)


def _context(doc: Document, v: _View, tok: NumberToken, w: _Windows, prev: _Seen | None,
             prev_decided: _Seen | None, para_pct: dict[int, str]) -> Context:
    """The text around one figure, cut as the metric rules read it."""
    folded, text, s = doc.folded, doc.text, v.s
    return Context(
        unit=tok.unit, pre=folded[w.pre_start:tok.start], post=folded[tok.end:w.post_end],
        clause_after=folded[tok.end:w.clause_end], sentence_after=folded[tok.end:s.end],
        sentence_before=folded[s.start:tok.start],
        in_paren=w.paren is not None,
        prev_metric=prev_decided.decision.metric if prev_decided else None,
        prev_unit=prev_decided.decision.unit if prev_decided else None,
        prev_head=prev_decided.decision.head if prev_decided else None,
        prev_in_clause=bool(prev_decided and prev_decided.clause_start == w.clause_start),
        para_pct_metric=para_pct.get(s.paragraph) or para_pct.get(s.paragraph - 1),
        item_name=_item_name(text, w.pre_start, tok.start) or _annotated_name(text, folded, w.item, tok),
        after_count=bool(prev and prev.token.unit == "count" and prev.clause_start == w.clause_start),
        context_before=v.context_before,
        prev_adjacent=bool(prev is prev_decided),
        pre_cut=bool(prev and w.pre_start > prev.token.end),
    )


def _in_list(doc: Document, ctx: Context, decision: Decision | None, tok: NumberToken, w: _Windows,
             header: _Seen | None, sibling: _Seen | None) -> tuple[Decision | None, bool]:
    """The one place where a list's context flows into its items (see frames.py): a noun left out is
    put back from the header or the label; the header's words give a dossier kind; a generic item takes
    the header's or its sibling's specific metric and level. Returns the decision and whether the list
    (rather than the item's own words) decided it."""
    folded, framed = doc.folded, False
    if decision is None:
        decision = _elided(ctx, header, folded, doc.text[_sentence_start(ctx, tok):tok.start], tok)
    if w.frame and w.item and (decision is None or decision.metric in _GENERIC_DOSSIERS):
        # the header's words govern its items: "Số hồ sơ trực tuyến tại các huyện: Huyện A: 8.412 hồ sơ"
        by_header = decide(replace(ctx, pre=folded[w.frame.header[0]:w.frame.header[1]] + " : " + ctx.pre))
        if by_header and by_header.head == "dossiers" and by_header.metric not in _GENERIC_DOSSIERS:
            decision, framed = by_header, True
    counts = tok.unit == "count"
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
    if decision and sibling and decision.head == sibling.decision.head and decision.how == "head":
        decision = Decision(inherit_level(decision.metric, sibling.decision.metric, level_in(ctx.post)),
                            decision.unit, decision.head, decision.how)
    if decision and header:
        metric = inherit(decision.metric, header.decision.metric)
        framed = framed or metric != decision.metric
        decision = Decision(metric, decision.unit, decision.head, decision.how)
    return decision, framed and header is not None


def _sentence_start(ctx: Context, tok: NumberToken) -> int:
    """Where the figure's sentence starts (from the context's sentence_before)."""
    return tok.start - len(ctx.sentence_before)


def _share_of_counted(decision: Decision | None, prev_decided: _Seen | None, seen: list[_Seen]) -> Decision | None:
    """"212.460 hồ sơ trực tuyến trên tổng số 389.115 hồ sơ, đạt 54,6%": the share of the count, not of its base."""
    if not (decision and decision.how == "share" and prev_decided and prev_decided.decision.how == "base"):
        return decision
    counted = next((p for p in reversed(seen) if p.decision and p is not prev_decided
                    and p.token.end <= prev_decided.token.start), None)
    return Decision(f"{counted.decision.metric}_pct", decision.unit, decision.head, "share") if counted else decision


def _list_scope(doc: Document, tok: NumberToken, item: tuple[int, int], scope: str, sibling: _Seen | None,
                decision: Decision) -> str:
    """An item's scope: its name or label, the part it names, its scope words, else its sibling's."""
    folded, text = doc.folded, doc.text
    if not cues.agency_before(folded, text, item[0], tok.start):
        scope = (_annotated_name(text, folded, item, tok) or _item_label(text, folded, item, tok)
                 or item_scope(text, folded, item, tok.start, tok.end)
                 or cues.scope(folded, text, [(item[0], tok.start)]) or scope)
    if not scope and sibling and sibling.scope and sibling.decision.head == decision.head:
        scope = sibling.scope  # an item that names no scope shares its sibling's ("…cấp tỉnh là 178 …; 13 …")
    return scope


def _status(doc: Document, v: _View, tok: NumberToken, decision: Decision, w: _Windows, year: int | None,
            period: Period | None, header_row: dict | None, named: dict | None) -> tuple[str, str]:
    """The figure's status and where it came from (cue, restated, frame, future-year, default)."""
    state = cues.status(doc.folded, tok.start, tok.end, (v.s.start, v.s.end), w.paren, v.planned, v.cues)
    source = "cue" if state == "target" else "default"
    if named:  # "trong 272 dịch vụ …" names again a figure stated before: its status stands
        state, source = named["status"], "restated"
    if header_row and header_row["status"] == "target" and header_row["year"] in (None, year):
        state, source = "target", "frame"  # the items of a plan are planned (unless dated apart: "(năm 2019 đạt …)")
    if state == "actual" and period and period.role == "target" and doc.year and period.year and period.year > doc.year:
        state, source = "target", "future-year"
    return state, source


def _sentence_rows(doc: Document, s_index: int, para_periods: dict[int, list[Period]],
                   scanned: list[NumberToken], para_pct: dict[int, str], earlier: list[dict]) -> list[dict]:
    """The rows of one sentence's figures."""
    tokens = [t for t in scanned if t.figure]
    if not tokens:
        return []
    v = _view(doc, s_index, para_periods)
    folded, text, s = doc.folded, doc.text, v.s
    rows: list[dict] = []
    seen: list[_Seen] = []
    for i, tok in enumerate(tokens):
        prev = seen[-1] if seen else None
        prev_decided = next((p for p in reversed(seen) if p.decision), None)
        w = _windows(doc, v, tokens, i, prev)
        ctx = _context(doc, v, tok, w, prev, prev_decided, para_pct)
        header = _header_figure(w.frame, seen)
        sibling = _sibling(w.frame, w.item, prev_decided)
        decision, framed = _in_list(doc, ctx, decide(ctx), tok, w, header, sibling)
        decision = _share_of_counted(decision, prev_decided, seen[:-1])
        scope = _scope(doc, tok, decision, ctx, w.clause_start, w.pre_start, w.post_end, prev_decided, tokens)
        if w.item and decision:
            scope = _list_scope(doc, tok, w.item, scope, sibling, decision)
        seen.append(_Seen(tok, decision, scope, w.clause_start))
        if decision is None:
            continue
        if decision.unit == "percent" and decision.how != "listed":
            para_pct[s.paragraph] = decision.metric
        period, year, year_source = _dating(doc, s, tok, v.periods, v.para_periods)
        anaphoric = bool(_ANAPHORIC.search(folded, max(s.start, tok.start - 12), tok.start))
        named = next((r for r in reversed(earlier) if not r["_restates"] and r["metric"] == decision.metric
                      and r["value"] == tok.value), None) if anaphoric else None
        header_row = next((r for r in rows if r["start"] == header.token.start), None) if header else None
        state, status_source = _status(doc, v, tok, decision, w, year, period, header_row, named)
        rows.append({
            "doc_id": doc.doc_id, "province": doc.province, "year": year,
            "period": period.text if period else None,
            "metric": decision.metric, "value": float(tok.value),
            "unit": decision.unit, "denominator": tok.denominator if tok.unit == "fraction" else None,
            "qualifier": cues.qualifier(folded, tok.start, tok.end), "status": state,
            "scope": scope or None, "evidence": text[s.start:s.end], "start": tok.start, "end": tok.end,
            "_restates": v.headline or anaphoric,
            **evidence_strength("frame" if framed else decision.how, decision.head, year_source, status_source),
        })
        rows.extend({**rows[-1], "metric": other} for other in also_metrics(decision.metric, ctx.post))
    rows = workload_totals(v.frames, rows, folded)
    return rows + _implied_ranks(doc, s, scanned, rows)


_ANAPHORIC = re.compile(r"(?<!\w)(?:trong|trong số|của)\s+$")  # "trong 272 dịch vụ …": a figure named again


def _dating(doc: Document, s: Sentence, tok: NumberToken, s_periods: list[Period],
            p_periods: list[Period]) -> tuple[Period | None, int | None, str]:
    """The period and year of a figure, and where the year came from (sentence, paragraph, document)."""
    folded, para = doc.folded, doc.paragraphs[s.paragraph]
    period = pick_period(s_periods, tok.start, folded, s.start, s.end)
    source = "sentence"
    if period is None:
        period, source = pick_period(p_periods, tok.start, folded, *para), "paragraph"
    if period and period.role == "now":  # "…, đến nay đạt 90%": the time of writing, unless a year is named
        dated = pick_period(s_periods, tok.start, folded, s.start, s.end, need_year=True)
        same_clause = dated is not None and not re.search(r"[,;]", folded[min(tok.end, dated.start):max(tok.end, dated.start)])
        if dated is not None and dated.role != "now" and dated.start > period.start and same_clause:
            return period, dated.year, "sentence"
        if doc.year:
            return period, doc.year, "now"
    if period and period.year:
        return period, period.year, source
    dated = pick_period(s_periods, tok.start, folded, s.start, s.end, need_year=True)
    source = "sentence"
    if dated is None:
        dated, source = pick_period(p_periods, tok.start, folded, *para, need_year=True), "paragraph"
    if dated:
        return period, dated.year, source
    return period, doc.year, "document" if doc.year else "none"


def _context_before(doc: Document, s_index: int) -> str:
    """The sentence before, when it is in the same paragraph or is a heading: the frame a sentence
    continues ("… (ICT Index 2018). Theo báo cáo, tỉnh xếp thứ 32/63")."""
    if s_index == 0:
        return ""
    before = doc.sentences[s_index - 1]
    same = before.paragraph == doc.sentences[s_index].paragraph
    if same or _is_headline(doc.text[before.start:before.end]):
        return doc.folded[before.start:before.end]
    return ""


_TURN = re.compile(r"t[ỷỉ] lệ|,?\s*\b(?:trong đó|trong số đó|bao gồm)\b")  # a new subject starts here
_WORDS = re.compile(r"[^\W\d_]{2,}")  # a sentence with a few words, not a dateline
_GENERIC_DOSSIERS = ("dossiers_received", "dossiers_resolved")
_LABEL = re.compile(r"(?:^|[;\n]|^\s*[-–•+*])\s*(?:[-–•+*]\s*)?(?P<label>[^:;\n]{3,100}?)\s*:\s*"
                    r"(?:(?:hơn|trên|gần|khoảng|đạt|dưới|là|chỉ)\s+)*$")


def _head_words(folded: str, after: int) -> str:
    """The head noun written right after a number ("… 1.958 dịch vụ công trực tuyến" -> its words), else ''."""
    head = head_at(folded[after:after + 80])
    return folded[after:after + head[1]].strip() if head else ""


def _elided(ctx: Context, header: _Seen | None, folded: str, before: str, tok: NumberToken) -> Decision | None:
    """A figure whose noun is left out and stated elsewhere: in its list header ("1.812 thủ tục (cấp tỉnh
    1.456; cấp huyện 241)": the parts are "thủ tục" too) or in the label of a "Label: value" line
    ("Tài khoản thư điện tử đã cấp: hơn 21.000"; "Giải quyết đúng hạn: 97,8%"). Decided again with
    the noun put back where a sentence would have it."""
    bare = not re.search(r"[^\W\d]", re.sub(r"cấp (?:tỉnh|huyện|xã)", "", ctx.post))  # nothing but a scope after it
    if bare and header and header.decision.unit == "count" and tok.unit == "count":
        noun = _head_words(folded, header.token.end)
        if noun:
            return decide(replace(ctx, post=f" {noun}{ctx.post}"))
    label = _LABEL.search(before.lower())
    if label:
        pre = cell_phrase(label.group("label"), "", ctx.unit == "percent")
        return decide(replace(ctx, pre=pre, post="", sentence_before=pre, clause_after=""))
    return None


_NAME_LEAD_IN = re.compile(lexicon.alternation(lexicon.entry("structure", "name_lead_ins")))


def _annotated_name(text: str, folded: str, item: tuple[int, int] | None, tok: NumberToken) -> str:
    """The name of a "name (value)" list item whose value is this number, else ''."""
    if item is None:
        return ""
    paren = folded.rfind("(", item[0], tok.start)
    if paren < 0 or re.search(r"\d", folded[item[0]:paren]) or ")" in folded[paren:tok.start]:
        return ""
    name_start = item[0]
    for m in _NAME_LEAD_IN.finditer(folded, item[0], paren):
        name_start = m.end()
    return text[name_start:paren].strip()


def _item_label(text: str, folded: str, item: tuple[int, int], tok: NumberToken) -> str:
    """The label of a "Name: value" list item ("Huyện A: 1.200 hồ sơ" -> "Huyện A"), unless it names a level."""
    colon = folded.rfind(":", item[0], tok.start)
    if colon < 0 or re.search(r"\d", folded[colon:tok.start]) or level_in(folded[item[0]:colon] + " "):
        return ""
    return text[item[0]:colon].strip(" -–•+*\n")


def _sibling(frame: Frame | None, item: tuple[int, int] | None, prev: _Seen | None) -> _Seen | None:
    """The decided figure of the item before, in the same list."""
    if frame is None or item is None or prev is None or prev.decision is None:
        return None
    prev_item = frame.item_at(prev.token.start)
    return prev if prev_item and prev_item != item else None


def _header_figure(frame: Frame | None, seen: list[_Seen]) -> _Seen | None:
    """The last decided figure in a frame's header: the total its items are parts of."""
    if frame is None:
        return None
    inside = [p for p in seen if p.decision and frame.header[0] <= p.token.start < frame.header[1]]
    return inside[-1] if inside else None


_RANK_MOVE = re.compile(r"(?P<dir>tăng|giảm|tụt|vượt lên)\s+(?:thêm\s+)?$")
_RANK_BASE = re.compile(r"^\s*(?:bậc|hạng|vị trí|bậc xếp hạng)\s+so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})")


def _implied_ranks(doc: Document, s: Sentence, scanned: list[NumberToken], rows: list[dict]) -> list[dict]:
    """Earlier places implied by a move: "xếp vị trí 47/63, giảm 7 bậc so với năm 2017" -> 40 in 2017
    (falling 7 places means the earlier place number was 7 smaller)."""
    ranks = [r for r in rows if r["unit"] == "rank" and r["status"] == "actual"]
    if not ranks or "bậc" not in doc.folded[s.start:s.end]:
        return []
    implied = []
    for tok in scanned:
        move = _RANK_MOVE.search(doc.folded, max(s.start, tok.start - 20), tok.start)
        base = _RANK_BASE.match(doc.folded[tok.end:s.end])
        earlier = [r for r in ranks if r["end"] <= tok.start]
        if not (tok.unit == "count" and move and base and earlier and tok.value):
            continue
        current = earlier[-1]
        step = -tok.value if move.group("dir") in ("giảm", "tụt") else tok.value
        value = current["value"] + step
        if value >= 1:
            implied.append({**current, "year": int(base.group("y")), "period": f"năm {base.group('y')}",
                            "value": float(value), "qualifier": "exact", "start": tok.start, "end": tok.end,
                            **evidence_strength("derived", None, "sentence", "default")})
    return implied


def _scope(doc: Document, tok: NumberToken, decision: Decision | None, ctx: Context, clause_start: int,
           pre_start: int, post_end: int, prev: _Seen | None, figures: list[NumberToken]) -> str:
    """Scope of a figure: a named agency right before it, else scope words of its own phrase,
    else of its clause's opening (first figure of the clause), else its predecessor's."""
    agency = cues.agency_before(doc.folded, doc.text, max(clause_start, tok.start - 60), tok.start)
    if agency:
        return agency
    if decision is None:
        return ""
    same_clause = prev is not None and prev.clause_start == clause_start
    if decision.how == "listed":
        unit = _LIST_UNIT.search(ctx.sentence_before)
        return f"{unit.group(1)} {ctx.item_name}" if unit else ctx.item_name
    if decision.how == "share" and prev:
        return prev.scope
    if decision.how == "subject":
        subset = _subset_scope(decision.metric, ctx.sentence_before)
        if subset:
            return subset
        own = cues.scope(doc.folded, doc.text, [(pre_start, tok.start)]) if pre_start == clause_start else ""
        if own:  # "…mới đạt 8,5%; cấp xã chỉ đạt 3,1%": the clause names its own scope
            return own
        sentence_start = tok.start - len(ctx.sentence_before)
        subjects = list(re.finditer(r"t[ỷỉ] lệ", ctx.sentence_before))
        subject_at = sentence_start + subjects[-1].start() if subjects else pre_start
        windows = [(subject_at, tok.start)]
        lead = doc.folded[sentence_start:subject_at]
        if not any(sentence_start <= t.start < subject_at for t in figures):
            cuts = [m.start() for m in re.finditer(r"[;:]", lead)]
            windows.insert(0, (sentence_start + (cuts[-1] + 1 if cuts else 0), subject_at))
        found = cues.scope(doc.folded, doc.text, windows)
    else:
        windows = [(tok.end, post_end)]
        if not same_clause:
            windows.insert(0, (clause_start, tok.start))
        found = cues.scope(doc.folded, doc.text, windows)
    if not found and same_clause and prev and prev.decision and decision.how in ("head", "inherited"):
        return prev.scope
    return found


def _dedupe(rows: list[dict]) -> list[dict]:
    """One row per figure restated in the same document (headline and body): same metric, value and
    qualifier, the same year or a year missing on one side, the same scope and status — unless one
    side only restates the other (a headline, "trong 272 …"): restatements drop modal words and
    scopes, so they take the full statement's. The statement kept is the full one, else the one that
    says more (a year, then a period); ties keep the first."""
    key_cols = ("metric", "value", "unit", "denominator", "qualifier")
    kept: list[dict] = []
    slots: dict[tuple, list[int]] = {}
    for row in rows:
        same = slots.setdefault(tuple(row[c] for c in key_cols), [])
        twin = next((i for i in same if _restatement_of(kept[i], row)), None)
        if twin is None:
            same.append(len(kept))
            kept.append(row)
        elif kept[twin]["_restates"] and not row["_restates"]:
            kept[twin] = row
        elif (kept[twin]["status"], kept[twin]["scope"]) == (row["status"], row["scope"]) and \
                (row["year"] is not None, bool(row["period"])) > (kept[twin]["year"] is not None, bool(kept[twin]["period"])):
            kept[twin] = row
    return [{k: v for k, v in row.items() if not k.startswith("_")} for row in kept]


def _restatement_of(a: dict, b: dict) -> bool:
    """Two statements of one figure: compatible years, and the same status and scope unless one side
    merely restates (then it may lack the scope and the modal words)."""
    restating = a["_restates"] or b["_restates"]
    defaulted = restating and any(r["_restates"] and r["rule"].split("; ")[1] in ("year:document", "year:none")
                                  for r in (a, b))  # a headline dated only by the article's own date
    if a["year"] is not None and b["year"] is not None and a["year"] != b["year"] and not defaulted:
        return False
    same_scope = a["scope"] == b["scope"] or (restating and not (a["scope"] and b["scope"]))
    return same_scope and (a["status"] == b["status"] or restating)


def _table_rows(doc: Document, table: Table, tokens: dict[int, NumberToken]) -> list[dict]:
    """The figures of a space-aligned table: each cell read as its caption noun + column name would
    say it in a sentence; the row label is the scope; year and status come from the caption."""
    folded = doc.folded
    caption = folded[slice(*table.caption)]
    noun = first_head(caption) or ""
    periods = find_periods(folded, doc.text, *table.caption)
    dated = next((p for p in reversed(periods) if p.year and p.role in ("frame", "now")), None)
    year, year_source = (dated.year, "sentence") if dated else (doc.year, "document" if doc.year else "none")
    state = cues.status(folded, table.caption[1], table.caption[1], table.caption, None)
    out = []
    for row in table.rows:
        for cell in row.cells:
            tok = tokens.get(cell.start)
            percent = "%" in cell.column or "tỷ lệ" in cell.column.lower() or (tok is not None and tok.unit == "percent")
            if tok is None or not tok.figure or tok.unit == "fraction":
                continue
            pre = cell_phrase(noun, cell.column, percent)
            decision = decide(Context(unit="percent" if percent else "count", pre=pre, post="", clause_after="",
                                      sentence_after="", sentence_before=pre, in_paren=False, prev_metric=None,
                                      prev_unit=None, prev_head=None, prev_in_clause=False))
            if decision is None:
                continue
            out.append({
                "doc_id": doc.doc_id, "province": doc.province, "year": year,
                "period": dated.text if dated else None, "metric": decision.metric, "value": float(tok.value),
                "unit": decision.unit, "denominator": None, "qualifier": cues.qualifier(folded, tok.start, tok.end),
                "status": state, "scope": row.label, "evidence": doc.text[row.start:row.end],
                "start": tok.start, "end": tok.end, "_restates": False,
                **evidence_strength("table", decision.head, year_source, "cue" if state == "target" else "default"),
            })
    return out


def document_rows(doc: Document) -> list[dict]:
    """The figures of a prepared document as plain rows (validated later, in batches)."""
    para_periods: dict[int, list[Period]] = {}
    para_pct: dict[int, str] = {}
    rows: list[dict] = []
    tokens: list[NumberToken] = []
    for start, end in doc.paragraphs:
        tokens.extend(scan_numbers(doc.folded, start, end))
    tables = find_tables(doc.text)
    in_tables = {t.start: t for t in tokens if any(r.start <= t.start < r.end for tb in tables for r in tb.rows)}
    table_rows = [row for table in tables for row in _table_rows(doc, table, in_tables)]
    tokens = [t for t in tokens if t.start not in in_tables]
    starts = [t.start for t in tokens]
    for index, s in enumerate(doc.sentences):
        scanned = tokens[bisect_left(starts, s.start):bisect_left(starts, s.end)]
        if scanned:
            rows.extend(_sentence_rows(doc, index, para_periods, scanned, para_pct, rows))
    return _dedupe(sorted(rows + table_rows, key=lambda r: r["start"]) if table_rows else rows)


def extract_document(doc: Document) -> pd.DataFrame:
    """The figures of a prepared document, validated against the schema."""
    return as_figures(document_rows(doc))


def extract_text(text: str, doc_id: str = "doc", meta: Mapping[str, object] | None = None) -> pd.DataFrame:
    """Article text -> figures table (offsets index the normalised text, see textclean)."""
    return extract_document(prepare(text, doc_id, meta))
