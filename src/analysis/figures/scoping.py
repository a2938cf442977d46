"""Scope of a figure: who it covers when the article narrows it (cấp tỉnh/huyện/xã, sở ngành, a named
agency, the online dossiers only)."""
from __future__ import annotations

import re

from . import cues
from ..text import lexicon
from ..text.numbers import NumberToken
from .classify import Context, Decision, group_level, satisfaction_criterion
from .document import Document
from .items import Seen


_LIST_UNIT = re.compile(r"các (huyện|quận|thị xã|xã|phường|sở|ngành|đơn vị|cơ quan|địa phương)\b")


_NAME_END = re.compile(rf"\s+(?:{lexicon.union(lexicon.words('structure', 'unit_name_ends'))})(?!\w)", re.IGNORECASE)


# the online dossiers as a rate's subject: "tỷ lệ hồ sơ trực tuyến …" up to the number, or the noun and its own passive
# predicate ("hồ sơ qua mạng được trả đúng hẹn ") with no second conjunct; or right after a share ("100% | hồ sơ nộp qua
# mạng được …")
_ONLINE_NOUN = r"hồ sơ (?:nộp |tiếp nhận )?(?:trực tuyến|qua mạng)"
_OWN_PASSIVE = r" (?:đều |đã )?(?:được|bị|đã) "
_ONLINE_SUBSET = re.compile(r"t[ỷỉ] lệ hồ sơ (?:nộp |tiếp nhận |giải quyết )?(?:trực tuyến|qua mạng)[^,;\d]*$"
                            rf"|(?:^|\s){_ONLINE_NOUN}{_OWN_PASSIVE}(?!.*\svà\s)[^,;\d]*$")
_ONLINE_NOUN_AFTER = re.compile(rf"\s*hồ sơ (?:được |đã )?(?:nộp |tiếp nhận |gửi )?(?:trực tuyến|qua mạng)"
                                rf"{_OWN_PASSIVE}")


def _subset_scope(metric: str, sentence_before: str, post: str = "") -> str:
    """'hồ sơ trực tuyến' for a rate of the online dossiers only ("tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt
    99,7%", "hồ sơ qua mạng được trả đúng hẹn 100%", "100% hồ sơ nộp qua mạng được trả đúng hẹn"), so it is not read
    as the rate of all dossiers."""
    if metric in ("dossiers_ontime_pct", "dossiers_late_pct", "dossiers_resolved_pct", "dossiers_early_pct"):
        if _ONLINE_SUBSET.search(sentence_before) or _ONLINE_NOUN_AFTER.match(post):
            return "hồ sơ trực tuyến"
    return ""


_AVERAGE_LABEL = lexicon.entry("scopes", "average_label")
_AVERAGE_UNIT = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('scopes', 'average_whole'))}\s+)?"
                           rf"{lexicon.union(lexicon.words('scopes', 'average_units'))}(?!\w)")


_OWNER = re.compile(rf"\s*(?:{lexicon.union(lexicon.words('places', 'owner_words'))}\s+)?")


def average_scope(ctx: Context) -> str:
    """The scope of a unit's average: the unit that owns the number right after it ("39,7% của huyện"), else the
    last one named since the figure before ("mức bình quân của huyện (78,4%) và của toàn tỉnh (71,2%)" ->
    "bình quân huyện", "bình quân toàn tỉnh")."""
    before = list(_AVERAGE_UNIT.finditer(ctx.pre))
    unit = _AVERAGE_UNIT.match(ctx.post, _OWNER.match(ctx.post).end()) or (before[-1] if before else None)
    return f"{_AVERAGE_LABEL} {unit.group()}" if unit else _AVERAGE_LABEL


_ITEM_CUT = re.compile(r"[,;]|\bvà\b")


def _label(folded: str, start: int, pos: int) -> tuple[int, int]:
    """The words of an item's own label before its number: after the last ',', ';' or 'và' of its window."""
    cuts = [m.end() for m in _ITEM_CUT.finditer(folded, start, pos)]
    return (cuts[-1] if cuts else start), pos


def figure_scope(doc: Document, tok: NumberToken, decision: Decision | None, ctx: Context, clause_start: int,
           pre_start: int, post_end: int, prev: Seen | None, figures: list[NumberToken]) -> str:
    """Scope of a figure: a named agency right before it, else scope words of its own phrase,
    else of its clause's opening (first figure of the clause), else its predecessor's."""
    agency = cues.agency_before(doc.folded, doc.text, max(clause_start, tok.start - 60), tok.start)
    if agency:
        return agency
    if decision is None:
        return ""
    same_clause = prev is not None and prev.clause_start == clause_start
    if decision.how == "average":
        return average_scope(ctx)
    group = group_level(ctx)
    if group:  # "ở hai huyện A, B, tỷ lệ này còn dưới 2%": a bound over a group of districts
        return group
    criterion = satisfaction_criterion(ctx) if decision.metric == "satisfaction_pct" else None
    if criterion:  # "…; về thủ tục hành chính đạt 82,8%": one criterion of the index, the scope of its share
        return criterion
    if decision.how == "listed":
        unit = _LIST_UNIT.search(ctx.sentence_before)
        name = _NAME_END.split(ctx.item_name, maxsplit=1)[0].rstrip(" ,") or ctx.item_name  # "huyện A dẫn đầu"
        named = unit is None or name.lower().startswith(unit.group(1))  # "xã Dân Hóa" names its unit
        return name if named else f"{unit.group(1)} {name}"
    if decision.how == "share" and prev:
        return prev.scope
    subset = _subset_scope(decision.metric, ctx.sentence_before, ctx.post if decision.how == "head" else "") \
        if decision.how in ("subject", "head") else ""
    if subset:
        return subset
    if decision.how == "subject":
        own = cues.scope(doc.folded, doc.text, [_label(doc.folded, pre_start, tok.start)])
        if own:  # "…mới đạt 8,5%; cấp xã chỉ đạt 3,1%", "cấp huyện đạt 71,4%, cấp xã 58,9%": the item names its own
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
        own = cues.scope(doc.folded, doc.text, [_label(doc.folded, pre_start, tok.start)]) \
            if decision.how in ("inherited", "elided") or (decision.how == "head" and same_clause) else ""
        # "cấp xã đạt 88,2%, cấp tỉnh 72,7%", "cấp xã có 112 dịch vụ, cấp huyện có 243 dịch vụ": a label of its own
        # before the number (a series' later item; the first keeps its clause's: "cấp huyện và cấp xã tiếp nhận …")
        if own:
            return own
        windows = [(tok.end, post_end)]
        if not same_clause:
            windows.insert(0, (clause_start, tok.start))
        found = cues.scope(doc.folded, doc.text, windows)
    if not found and same_clause and prev and prev.decision and decision.how in ("head", "inherited"):
        return prev.scope
    return found

