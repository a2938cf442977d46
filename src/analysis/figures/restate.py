"""Figures stated more than once in an article, and figures implied by others: restatements (a headline
and its body, "trong 272 dịch vụ …") are kept once with the full statement's status and scope, and a
rank move ("giảm 7 bậc so với năm 2017") gives the earlier rank."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..text import lexicon
from ..text.clean import Sentence
from ..text.numbers import NumberToken
from . import cues
from .confidence import evidence_strength
from .document import Document, section_heading
from .nouns import head_at


# "trong 272 dịch vụ …": a figure named again ("(?<!\w)(?:trong|trong số|của)\s+$", opening with its letters)
ANAPHORIC = re.compile(r"t(?<!\wt)rong(?: số)?\s+$|c(?<!\wc)ủa\s+$")


_RANK_MOVE = re.compile(r"(?P<dir>tăng|giảm|tụt|vượt lên)\s+(?:thêm\s+)?$")


_RANK_BASE = re.compile(r"^\s*(?:bậc|hạng|vị trí|bậc xếp hạng)\s+so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?P<y>(?:19|20)\d{2})")


def implied_ranks(doc: Document, s: Sentence, scanned: list[NumberToken], rows: list[dict]) -> list[dict]:
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
                            **evidence_strength("derived", None, "sentence", "default", doc.province_source)})
    return implied


def dedupe(rows: list[dict]) -> list[dict]:
    """One row per figure restated in the same document (headline and body): same metric, value, qualifier and
    denominator (or none on a restating side), the same year or a year missing on one side, the same scope and
    status — unless one side only restates the other (a headline, "trong 272 …"): restatements drop modal words and
    scopes, so they take the full statement's. The statement kept is the full one, else the one that
    says more (a year, then a period); ties keep the first."""
    key_cols = ("metric", "value", "unit", "qualifier")
    kept: list[dict] = []
    slots: dict[tuple, list[int]] = {}
    for row in rows:
        same = slots.setdefault(tuple(row[c] for c in key_cols), [])
        # (the same denominator, unless one side restates: the base of "60.342/61.027 hồ sơ đúng hẹn" restates the
        # "61.027/63.418 hồ sơ được giải quyết" said before it)
        twin = next((i for i in same if _restatement_of(kept[i], row) and (
            kept[i]["denominator"] == row["denominator"] or kept[i]["_restates"] or row["_restates"])), None)
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
    defaulted = restating and any(r["_restates"] and r["_sources"][0].startswith(("document", "none"))
                                  for r in (a, b))  # a headline dated only by the article's own date
    if a["year"] is not None and b["year"] is not None and a["year"] != b["year"] and not defaulted:
        return False
    # (a scope read from its sentence's subject, on one side only: the same figure said again without its unit,
    # "Trung tâm A đã tiếp nhận 12.656 hồ sơ" … "tổng số hồ sơ tiếp nhận (12.656 hồ sơ)")
    # (… or on both sides of a restatement: the headline's "Trung tâm … tỉnh Hà Nam:", the body's "Trung tâm đã …")
    subject = a.get("_subject") or b.get("_subject")
    one_side = not (a["scope"] and b["scope"])
    # (… or a photo's caption, whose unit is the one in the picture: "Ảnh: Người dân làm thủ tục tại Trung tâm …; năm
    # 2023, tỷ lệ hồ sơ trực tuyến của tỉnh là 59,77%" restates the body's figure, whatever scope it reads)
    same_scope = a["scope"] == b["scope"] or (one_side and (restating or subject)) \
        or (restating and a.get("_subject") and b.get("_subject")) or a.get("_caption") or b.get("_caption")
    return same_scope and (a["status"] == b["status"] or restating)


_RAISED_TO = re.compile(rf"{lexicon.union(lexicon.words('structure', 'raised_total'))}\b[^.;]*?"
                        rf"\b{lexicon.union(lexicon.words('structure', 'raised_to'))}\s*$")


def raised_total(pre: str) -> bool:
    """The words before a count raise a total to it ("…, nâng tổng số dịch vụ của tỉnh lên 391")."""
    return bool(_RAISED_TO.search(pre))


def raising_words(pre: str) -> str:
    """The words that raise a total to the count after them ("nâng tổng số hồ sơ trực tuyến lên"), else ""."""
    found = _RAISED_TO.search(pre)
    return found.group() if found else ""


_RUNNING = lexicon.union(lexicon.words("dossiers", "running_total_words"))
_RUNNING_BEFORE = re.compile(rf"(?<!\w){_RUNNING}(?!\w)[^,;:.()\d]*$")  # "…, lũy kế 9 tháng lên tới "
# (its own words, no clause mark between: "…, số đã giải quyết là 23.870, lũy kế 203.115 hồ sơ" is the next number's)
_RUNNING_AFTER = re.compile(rf"^\s*[^\s,;:]+(?:\s+[^\s,;:]+)?\s+{_RUNNING}(?!\w)")  # "5.482 | hồ sơ lũy kế từ đầu năm"


def running_words(pre: str, post: str) -> str:
    """The words that make a count a running total ("lũy kế 9 tháng lên tới", "hồ sơ lũy kế"), else ""."""
    found = _RUNNING_BEFORE.search(pre) or _RUNNING_AFTER.match(post)
    return found.group() if found else ""


def running_subject(pre: str, running: str) -> str:
    """The words of a running total's clause before its running words ("hồ sơ trực tuyến" of "…; hồ sơ trực tuyến lũy
    kế đạt "), else ""."""
    if not running or not pre.endswith(running):
        return ""
    return re.split(r"[,;:.]", pre[:len(pre) - len(running)])[-1]


def ends_with_parts(values: list[float], total: float) -> bool:
    """Whether the last few counts before a raised total add up to it: its parts ("… mức độ 3 là 9.318 hồ sơ và mức độ 4
    là 1.207 hồ sơ, nâng tổng số hồ sơ trực tuyến lên 10.525"), not counts added to it."""
    return any(sum(values[i:]) == total for i in range(len(values)))


def drop_additions(rows: list[dict], added: set[int]) -> list[dict]:
    """The rows of the sentence without those of counts that were added to a raised total."""
    return [r for r in rows if r["start"] not in added] if added else rows


_ROUNDING = 0.05  # a heading's rounded count is within this share of the count it rounds


def _rounds(heading: float, qualifier: str, body: float) -> bool:
    """Whether a heading's count ("Hơn 618 nghìn") rounds a count stated in full below it (618.954)."""
    if not body or abs(body - heading) > _ROUNDING * heading:
        return False
    return {"more_than": body >= heading, "less_than": body <= heading}.get(qualifier, True)


def heading_counts(doc: Document, tokens: list[NumberToken], rows: list[dict]) -> list[dict]:
    """A heading's dossier count that names no state ("Hơn 618 nghìn hồ sơ trong sáu tháng") rounds a count its
    section states in full ("… tiếp nhận 618.954 hồ sơ"): a row of its own, counting what that one does."""
    read = {r["start"] for r in rows}
    starts = [a for a, _ in doc.paragraphs]
    out = []
    for tok in tokens:
        if tok.unit != "count" or tok.start in read or not tok.value:
            continue
        p = bisect_right(starts, tok.start) - 1
        heading = 0 < p < len(doc.paragraphs) - 1 and section_heading(doc, p + 1) == p
        found = head_at(doc.folded[tok.end:tok.end + 30]) if heading else None
        if not found or found[0] != "dossiers":
            continue
        end = next((a for i, (a, _) in enumerate(doc.paragraphs) if i > p and section_heading(doc, i) != p),
                   len(doc.text))
        qualifier = cues.qualifier(doc.folded, tok.start, tok.end)
        body = next((r for r in rows if doc.paragraphs[p][1] <= r["start"] < end and r["unit"] == "count"
                     and r["metric"].startswith("dossiers_") and _rounds(tok.value, qualifier, r["value"])), None)
        if body:
            a, b = doc.paragraphs[p]
            out.append({**body, "value": float(tok.value), "qualifier": qualifier, "start": tok.start, "end": tok.end,
                        "evidence": doc.text[a:b].strip()})
    return out
