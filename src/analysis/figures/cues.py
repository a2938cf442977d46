"""Word cues around a figure: its qualifier (hơn, gần, …), status (target or actual) and scope.

All functions read the folded text (`textclean.fold`) and positions in it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# --- qualifier ------------------------------------------------------------------------------

_QUALIFIER_BEFORE = re.compile(
    r"(?<!\w)(?P<q>khoảng gần|gần như|xấp xỉ|ước đạt|ước tính|ước khoảng|ước|khoảng|gần|chừng|trên dưới|"
    r"hơn|trên|tối thiểu(?: là)?|ít nhất(?: là)?|vượt|dưới|chưa đến|chưa tới|không quá|không tới|tối đa(?: là)?)"
    r"\s+(?:(?:là|đạt|có|được|đến|tới)\s+)?\(?$"
)
_QUALIFIER_HINT = re.compile(r"hơn|trên|gần|khoảng|xấp xỉ|ước|chừng|tối|ít nhất|vượt|dưới|chưa|không")
_QUALIFIER_KIND = {
    "hơn": "more_than", "trên": "more_than", "tối thiểu": "more_than", "ít nhất": "more_than",
    "vượt": "more_than", "dưới": "less_than", "chưa đến": "less_than", "chưa tới": "less_than",
    "không quá": "less_than", "không tới": "less_than", "tối đa": "less_than",
}
_FROM_BEFORE = re.compile(r"(?:^|\W)từ\s+$")
_UPWARDS_AFTER = re.compile(r"^[^.;,]{0,40}?\btrở lên")
_MORE_AFTER = re.compile(r"^[^.;,]{0,40}?\bnữa\b")
_TOP_GROUP_BEFORE = re.compile(r"(?:nhóm|top)\s+(?:các\s+)?$")


def qualifier(folded: str, start: int, end: int) -> str:
    """exact / more_than / less_than / approx, from the words right before (and after) the number."""
    before = folded[max(0, start - 40):start]
    after = folded[end:end + 60]
    m = _QUALIFIER_BEFORE.search(before) if _QUALIFIER_HINT.search(before) else None
    if m:
        word = re.sub(r"\s+là$", "", m.group("q"))
        return _QUALIFIER_KIND.get(word, "approx")
    if _FROM_BEFORE.search(before) and _UPWARDS_AFTER.match(after):
        return "more_than"
    if re.search(r"hơn\s+$", before) or (_MORE_AFTER.match(after) and re.search(r"hơn\s+\S*\s*$", before)):
        return "more_than"
    if _TOP_GROUP_BEFORE.search(before):
        return "less_than"  # "nhóm 15 tỉnh dẫn đầu": a place no worse than 15
    return "exact"


# --- status ---------------------------------------------------------------------------------

_TARGET = (r"phấn đấu|mục tiêu|chỉ tiêu|dự kiến|(?<!sở )(?<!bộ )kế hoạch(?! và đầu tư)|định hướng|sẽ(?!\w)|"
           r"hướng tới|tiến tới|theo đề án|theo lộ trình|thời gian tới|năm tới|giai đoạn tới|"
           r"(?:bảo đảm|đảm bảo) cung cấp|nhằm đạt|cần đạt|phải đạt")
_MET = r"(?:đạt|vượt|hoàn thành)\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch)"
_ACHIEVED = (r"(?:đến nay|hiện nay|hiện|thực tế|kết quả)\s*(?:,\s*)?(?:đã\s+)?(?:đạt|có|thực hiện được)|"
             r"đã đạt được|thực tế đã")
_CONTRAST_WORDS = r"(?<!\w)(?:nhưng|tuy nhiên|song|mặc dù vậy)(?!\w)"
# One pass finds every kind; a met target ("đạt chỉ tiêu") is matched before its "chỉ tiêu".
# The look-ahead lets the engine skip positions where no cue can start.
_CUES = re.compile(
    r"(?=ph|mụ|ch|dự|kế|đị|sẽ|hư|ti|th|nă|gi|bả|đả|nh|cầ|đạ|vư|ho|hi|kế|đã|tu|so|mặ|đế)"
    rf"(?:(?P<met>{_MET})|(?P<achieved>{_ACHIEVED})|(?P<contrast>{_CONTRAST_WORDS})|(?P<target>{_TARGET}))"
)
_TARGET_CUES = re.compile(_TARGET)
_ACHIEVED_TARGET = re.compile(_MET)
_FORWARD_FRAME = re.compile(
    r"(?:thời gian tới|phương hướng|nhiệm vụ trọng tâm|mục tiêu|chỉ tiêu|kế hoạch năm|năm tới)[^.!?]*:"
)
_ANAPHORIC_TARGET = re.compile(
    r"^\W*(?:các |những )?(?:chỉ tiêu|mục tiêu|nhiệm vụ|kết quả) (?:này|trên)[^.!?]*(?:dự kiến|sẽ|phấn đấu|kế hoạch)"
)
_FUTURE_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:dự kiến|sẽ) (?:hoàn thành|đạt|cung cấp)")


def _has_target_cue(window: str) -> bool:
    return bool(_TARGET_CUES.search(window)) and bool(_TARGET_CUES.search(_ACHIEVED_TARGET.sub(" ", window)))


def planned_sentence(folded: str, sentence: tuple[int, int], paragraph: tuple[int, int],
                     next_sentence: tuple[int, int] | None) -> bool:
    """A whole sentence of plans: its paragraph opened a forward-looking list before it
    ("nhiệm vụ trong thời gian tới: …"), or the next sentence calls its figures plans
    ("Các chỉ tiêu này dự kiến …")."""
    if _FORWARD_FRAME.search(folded, paragraph[0], sentence[0]):
        return True
    return bool(next_sentence and next_sentence[0] < paragraph[1]
                and _ANAPHORIC_TARGET.match(folded[next_sentence[0]:next_sentence[1]]))


class SentenceCues(NamedTuple):
    """Spans of the status cues of one sentence, found once and shared by its figures."""

    targets: list[tuple[int, int]]   # plan words, minus "đạt/vượt chỉ tiêu" (a target met is a result)
    contrasts: list[tuple[int, int]]  # nhưng, tuy nhiên: a cue before them does not reach past them
    achieved: list[tuple[int, int]]   # "đến nay đã đạt": results reported after a plan


def sentence_cues(folded: str, start: int, end: int) -> SentenceCues:
    """The status cues of the sentence between start and end, in one pass."""
    found: dict[str, list[tuple[int, int]]] = {"target": [], "contrast": [], "achieved": []}
    for m in _CUES.finditer(folded, start, end):
        if m.lastgroup != "met":
            found[m.lastgroup].append(m.span())
    return SentenceCues(found["target"], found["contrast"], found["achieved"])


def status(folded: str, pos: int, end: int, sentence: tuple[int, int],
           paren: tuple[int, int] | None, planned: bool = False, found: SentenceCues | None = None) -> str:
    """'target' when a plan cue governs the figure, else 'actual'.

    The cue must stand before the figure in its sentence and after the last contrast word
    (nhưng, tuy nhiên); a parenthesis with its own year is its own scope ("(năm 2019 … đạt …)");
    results reported after a plan ("…, đến nay đã đạt 98,7%") are actual.
    `planned` (see `planned_sentence`) makes every figure of the sentence a target.
    """
    s_start, s_end = sentence
    if paren is not None:
        window = folded[paren[0]:pos]
        if re.search(r"(?:19|20)\d{2}", folded[paren[0]:paren[1]]):
            return "target" if _has_target_cue(window) else "actual"
    found = found or sentence_cues(folded, s_start, s_end)
    start = max([b for a, b in found.contrasts if b <= pos], default=s_start)
    achieved = [b for a, b in found.achieved if a >= start and b <= pos]
    if achieved:
        start = achieved[-1]
    cue = any(a >= start and b <= pos for a, b in found.targets)
    if achieved:
        return "target" if cue else "actual"
    if cue or _FUTURE_AFTER.match(folded[end:s_end]) or planned:
        return "target"
    return "actual"


# --- scope ----------------------------------------------------------------------------------

_SCOPES = (
    ("sở, ban, ngành", r"sở,?\s*ban,?\s*ngành|các sở,?\s*ngành|sở,\s*ngành"),
    ("cấp tỉnh", r"cấp tỉnh"),
    ("cấp huyện", r"cấp huyện|ubnd (?:các )?huyện|các huyện|huyện,\s*thị xã,\s*thành phố|quận,\s*huyện|huyện,\s*thị,"),
    ("cấp xã", r"cấp xã|xã,\s*phường,\s*thị trấn|các xã|xã, phường"),
)
_SCOPE_RE = re.compile("|".join(f"(?P<s{i}>{pattern})" for i, (_, pattern) in enumerate(_SCOPES)))
_AGENCY_BEFORE = re.compile(
    r"(?P<a>công an tỉnh|bảo hiểm xã hội(?: tỉnh)?|ban quản lý (?:(?!cho biết|đã |đang |sẽ |tiếp nhận|giải quyết|có |đạt|được|là |với |thực hiện|triển khai|cung cấp|toàn |tại |trong )[^\d,;:()]){3,40}?|"
    r"sở (?!,|ban)(?:(?!cho biết|đã |đang |sẽ |tiếp nhận|giải quyết|có |đạt|được|là |với |thực hiện|triển khai|cung cấp|toàn |tại |trong )[^\d,;:()]){2,40}?|văn phòng ubnd tỉnh|cục thuế(?: tỉnh)?)\s*\(?\s*$"
)


def scope(folded: str, text: str, windows: list[tuple[int, int]]) -> str:
    """The scope words found in the given windows ('cấp huyện, cấp xã'), else ''."""
    found: list[str] = []
    for start, end in windows:
        for m in _SCOPE_RE.finditer(folded, start, end):
            label = _SCOPES[int(m.lastgroup[1:])][0]
            if label not in found:
                found.append(label)
    return ", ".join(found)


def agency_before(folded: str, text: str, start: int, pos: int) -> str:
    """A named agency standing right before the number ("Sở Tư pháp 2,12 ngàn HS"), as written."""
    m = _AGENCY_BEFORE.search(folded, start, pos)
    if not m or m.end() != pos:
        return ""
    return re.sub(r"\s+", " ", text[m.start("a"):m.end("a")]).strip()
