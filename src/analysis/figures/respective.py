"""Respectively: "số dịch vụ mức độ 3 và mức độ 4 lần lượt là 389 và 341", "tỷ lệ hồ sơ trực tuyến và tỷ lệ
đúng hạn lần lượt đạt 45% và 98%". The subjects listed before the marker and the numbers after it pair in
order; each number is read as its own subject would say it. A subject that leaves out the shared noun
("mức độ 4") takes the words of the first subject before its own ("số dịch vụ … " + "mức độ 4"). A subject
that is a year ("qua các năm 2021, 2022, 2023 lần lượt đạt …") dates its number; one that is a name ("Sở A,
Sở B và Sở C … lần lượt 3.412 hồ sơ, 2.986 hồ sơ …") leaves the number counting what the group's first does."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text import lexicon
from ..text.numbers import NumberToken
from .classify import DOSSIER_FLOW_START, RATE_WORD, Context, Decision, decide, ends_out_of, head_at
from .names import unit_subject
from .nouns import DOSSIER_NOUN, pairs_nouns

_MARK = re.compile(rf"(?:{lexicon.word_starts(lexicon.words('structure', 'respectively'))})"
                   rf"(?:\s+{lexicon.union(lexicon.words('structure', 'respectively_verbs'))})?(?!\w)")
_OPENER = re.compile(r",|;|:|\(|" + lexicon.word_starts(lexicon.words("structure", "respectively_openers"), suffix=r"(?!\w)"))
_PREDICATE = re.compile(rf"\s(?:{lexicon.union(lexicon.words('structure', 'respectively_predicates'))})(?!\w)")
_AND = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
_BETWEEN = re.compile(r"^[^\d;.()]{0,25}$")  # what may stand between two paired numbers: units, nouns, "và"
_TIGHT = re.compile(r"^\s*(?:,\s*)?(?:và\s*)?$")  # … after a weak marker only a comma or "và"
_WEAK = frozenset(lexicon.words("structure", "respectively_weak"))
_YEAR_ENDS = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*$")
# "… lần lượt đạt 80%, 85% và 95% trong các năm 2026, 2027 và 2030": the years listed after the numbers
_YEARS_AFTER = re.compile(r"[^\d;.()]{0,30}?\bnăm\s+((?:19|20)\d\d(?:\s*(?:,|và)\s*(?:năm\s+)?(?:19|20)\d\d)+)(?!\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_END = re.compile(r"[,;.:()]")


def _years_after(folded: str, end: int, n: int) -> list[int | None]:
    """The n distinct years listed right after a respective list's last number, else n Nones."""
    m = _YEARS_AFTER.match(folded, end)
    years = [int(y) for y in _YEAR.findall(m.group(1))] if m else []
    return years if len(years) == n and len(set(years)) == n else [None] * n


@dataclass(frozen=True)
class Paired:
    """One number of a respective list: the words of its subject, the start of the list's first number, and
    the year its subject names (or None)."""

    subject: str
    first: int
    year: int | None
    shared: str = ""  # the words after the list's last number, to the clause end ("… 3.904 hồ sơ" -> " hồ sơ")
    recall: tuple[str, ...] = ()  # a counted group pointing back ("hai con số này"): the units of its numbers
    place: int = 0  # which of them this number is (-1: one number stands for all of them)
    count: int | None = None  # the start of the count this share pairs with ("312 … và 48 …, lần lượt chiếm X% và Y%")
    acted: bool = False  # a dossier-flow verb follows the marker: the subjects are who acted ("… lần lượt tiếp nhận")
    of_counts: bool = False  # a sentence opening with the rate word and the marker: the shares of the counts said last


_RECALLED_COUNTS: dict[str, int] = lexicon.entry("structure", "recalled_numerals")
_RECALLED = re.compile(rf"(?<!\w)(?P<n>{lexicon.union(list(_RECALLED_COUNTS))})\s+"
                       rf"{lexicon.union(lexicon.words('structure', 'recalled_nouns'))}\s+"
                       rf"{lexicon.union(lexicon.words('structure', 'recalled_pointers'))}(?!\w)(?!\s*\d)")
_RECALLED_FIGURES = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'recalled_plurals'))}\s+)?"
                               rf"{lexicon.union(lexicon.words('structure', 'recalled_figure_nouns'))}"
                               rf"(?:\s+{lexicon.union(lexicon.words('structure', 'recalled_pointers'))})?\s*$")
# "Tỷ lệ tương ứng là 4,61% và 1,02%": a sentence opening with the rate word right before the marker, its subjects
# the counts said right before it
_RATE_OPENING = re.compile(rf"\W*(?:{lexicon.union(lexicon.words('structure', 'recalled_plurals'))}\s+)?"
                           rf"{lexicon.union(lexicon.words('nouns', 'rate_words'))}\s*")
_NOT_BETWEEN = re.compile(lexicon.union(lexicon.words("structure", "anaphora_not_between")))
_RECALLED_HINT = re.compile(lexicon.alternation(lexicon.words("structure", "recalled_nouns")))


def _unit_of(tok: NumberToken) -> str:
    """'percent' or 'count': what a recalled figure must be to stand in this number's place."""
    return "percent" if tok.unit == "percent" else "count"


def _recalled_count(span: str) -> int:
    """How many figures said before a pointing group at the end of span stands for ("hai con số này" -> 2), else 0."""
    found = list(_RECALLED.finditer(span))
    if not found or not _BETWEEN.match(span[found[-1].end():]) or _NOT_BETWEEN.search(span, found[-1].end()):
        return 0
    return _RECALLED_COUNTS[found[-1].group("n")]


def _recalled_alone(folded: str, sentence: tuple[int, int], tokens: list[NumberToken]) -> dict[int, Paired]:
    """The one number after a pointing group with no respective marker stands for each figure of the group
    ("ba tỷ lệ trên đều phải đạt 90%")."""
    out: dict[int, Paired] = {}
    if not _RECALLED_HINT.search(folded, *sentence):  # (a pre-check: most sentences count no group)
        return out
    for m in _RECALLED.finditer(folded, *sentence):
        tok = next((t for t in tokens if t.start >= m.end()), None)
        if tok and not _MARK.search(folded, m.end(), tok.start) and _recalled_count(folded[m.start():tok.start]):
            n = _RECALLED_COUNTS[m.group("n")]
            out[tok.start] = Paired("", tok.start, None, recall=(_unit_of(tok),) * n, place=-1)
    return out


def _split(span: str) -> list[str]:
    """The words of a list split at ',' and 'và', except a paired noun's comma ("cán bộ, công chức")."""
    cuts = [m for m in _AND.finditer(span) if "," not in m.group() or not pairs_nouns(span, span.index(",", m.start()))]
    bounds = [0, *(x for m in cuts for x in m.span()), len(span)]
    return [p for p in (span[a:b] for a, b in zip(bounds[::2], bounds[1::2])) if p.strip()]


def _subjects(span: str, n: int) -> list[str]:
    """The last n subjects listed before the marker (split at ',' and 'và'), the first one cut at its
    clause opening ("…, trong đó số dịch vụ … mức độ 3")."""
    parts = _split(span)
    predicate = _PREDICATE.search(span)
    if predicate:  # "A, B và C là ba địa phương dẫn đầu, với tỷ lệ …": the subjects end at their predicate
        named = _split(span[:predicate.start()])
        parts = named if len(named) >= n else parts
    if len(parts) < n:
        return []
    chosen = parts[-n:]
    # (a closed parenthesis inside the subject opens no clause: "tỉnh Ninh Bình (cũ), tỉnh Hà Nam và …")
    masked = _CLOSED_PAREN.sub(lambda m: " " * len(m.group()), chosen[0])
    cut = [m.end() for m in _OPENER.finditer(masked)]
    chosen[0] = chosen[0][cut[-1]:] if cut else chosen[0]
    return [p.strip() for p in chosen]


_CLOSED_PAREN = re.compile(r"\([^()]*\)")


def _one_subject(span: str, bare_list: bool = False) -> str | None:
    """The one subject a clause names before the marker, a noun of ours opening it ("số hồ sơ nộp qua mạng của ba
    xã"), or, before a bare list of numbers (`bare_list`), any words naming one group of units ("ba huyện này", "hai
    sở"); else None."""
    clause = _OPENER_CUT.split(span)[-1].strip()
    found = head_at(" " + clause)
    named = found and found[0] != "agencies" or bare_list and _LETTER.search(clause)
    return clause if named else None


_OPENER_CUT = re.compile(r"[,;:]")
_LAST_AND = re.compile(r"\svà\s")


def _bare_list(folded: str, group: list[NumberToken], end: int) -> bool:
    """Whether the numbers stand bare, joined only by ',' or 'và', and a noun of ours follows the last one: "2.846,
    2.371 và 1.958 hồ sơ trực tuyến" (each number counts that noun)."""
    joined = all(_AND.fullmatch(folded, a.end, b.start) for a, b in zip(group, group[1:]))
    return joined and bool(head_at(" " + _CLAUSE_END.split(folded[group[-1].end:end])[0]))


def _complete(parts: list[str]) -> list[str]:
    """A subject that leaves out the shared noun takes the first subject's words before its own: its first word
    opens a tail of the first subject as long as itself ("mức độ 4" after "số dịch vụ mức độ 3"; not "nam định" after
    "của hà nam", a name of its own); one that is only a verb of the dossier flow takes the first subject's noun
    ("giải quyết" after "số hồ sơ tiếp nhận" is "số hồ sơ giải quyết")."""
    first = parts[0]
    noun = _NOUN_BEFORE_VERB.match(first)
    out = [first]
    for part in parts[1:]:
        lead = re.search(rf"(?<!\w){re.escape(part.split()[0])}(?!\w)", first)
        at = lead.start() if lead else -1
        if at > 0 and len(first[at:].split()) == len(part.split()):
            out.append(first[:at] + part)
        elif noun and _FLOW_VERB.match(part) and not head_at(" " + part):
            out.append(f"{noun.group('noun')} {part}")
        else:
            out.append(part)
    return out


# a subject's noun phrase up to a verb of the dossier flow ("số hồ sơ mà các cơ quan tiếp nhận" -> "số hồ sơ")
_PARTICLES = lexicon.union(lexicon.words("structure", "flow_verb_particles"))
_FLOW_VERB = re.compile(rf"\s*(?:{_PARTICLES}\s+)?{DOSSIER_FLOW_START}")
_NOUN_BEFORE_VERB = re.compile(rf"(?P<noun>.*?(?<!\w){DOSSIER_NOUN})(?!\w)(?:\s+{_PARTICLES}(?!\w)[^,;]*?)?\s+"
                               rf"(?=(?:{_PARTICLES}\s+)?{DOSSIER_FLOW_START})")


def _weak(mark: str) -> bool:
    """The marker is a weak one ("tương ứng"), perhaps with a verb after it other than "là" ("tương ứng là" is strong)."""
    word = next((w for w in _WEAK if mark == w or mark.startswith(w + " ")), None)
    return word is not None and mark[len(word):].strip() != "là"


def marked_groups(folded: str, sentence: tuple[int, int],
                  tokens: list[NumberToken]) -> list[tuple[re.Match[str], list[NumberToken]]]:
    """Every respective marker of the sentence with the numbers it pairs ("lần lượt là 98,4% và 97,9%"), two or more."""
    found = []
    for mark in _MARK.finditer(folded, *sentence):
        between_ok = _TIGHT if _weak(mark.group()) else _BETWEEN
        after = [t for t in tokens if t.start >= mark.end()]
        group = after[:1]
        last = group[-1].end if group else 0
        for tok in after[1:]:
            aside = _SHARE_ASIDE.match(folded, last)
            if tok.unit == "percent" and aside and aside.start("share") == tok.start:
                last = aside.end()  # "327 (22,93%) và 96 (6,73%)": each count's own share in its parenthesis
                continue
            between = folded[last:tok.start]
            # (", tỷ lệ 2,51%": a figure of its own; "40, 31 và 24 trong số 63 tỉnh": what the places are out of)
            # ("152.406 trên 482.315 hồ sơ": one figure out of the other, no two of a list)
            if not between_ok.match(between) or RATE_WORD.search(between) or ends_out_of(between, bare=True):
                break
            group.append(tok)
            last = tok.end
        if len(group) >= 2 and _BETWEEN.match(folded[mark.end():group[0].start]) \
                and not _own_labels(folded, group, sentence[1]):
            found.append((mark, group))
    return found


_SHARE_ASIDE = re.compile(r"\s*\(\s*(?P<share>\d[\d.,]*)\s*%\s*\)")


def _own_labels(folded: str, group: list[NumberToken], end: int) -> bool:
    """Whether every number of the group is followed by a noun of ours with words of its own after it, and the words
    differ ("con số tương ứng là 156.920 hồ sơ tiếp nhận và 106.731 hồ sơ trực tuyến"): labelled figures, each read on
    its own, no pairing (a bare noun labels nothing: "… là 81.034 hồ sơ và 40.109 hồ sơ trực tuyến" pairs)."""
    ends = [t.start for t in group[1:]] + [end]
    words = [_AND_END.sub("", _CLAUSE_END.split(folded[t.end:e])[0]).strip() for t, e in zip(group, ends)]
    heads = [head_at(" " + w) for w in words]
    return all(h and (" " + w)[h[1]:].strip() for h, w in zip(heads, words)) and len(set(words)) == len(words)


_AND_END = re.compile(r"(?:\s+và|\s*,)\s*$")


_LEVEL_WORD = lexicon.union(lexicon.words("numbers", "level_words"))
# numbers joined, then one noun and as many levels as numbers: "(lần lượt) 14 và 162 dịch vụ công trực tuyến mức độ 4 và 3"
_LEVELS_AFTER = re.compile(rf"\s+(?P<noun>[^\W\d_][^\d,;.:()]{{0,60}}?)\s*(?P<word>{_LEVEL_WORD})\s*"
                           rf"(?P<levels>[1-4](?:\s*(?:,|và)\s*(?:(?:{_LEVEL_WORD})\s*)?[1-4])+)(?![\d.,]*\d)")
_LEVEL_DIGIT = re.compile(r"[1-4]")


def _levels_after(folded: str, sentence: tuple[int, int], tokens: list[NumberToken]) -> dict[int, Paired]:
    """{number start: its subject} for counts joined by "và" or commas before one noun with as many service levels
    ("14 và 162 dịch vụ công trực tuyến mức độ 4 và 3"): each count the noun at its level, in order."""
    out: dict[int, Paired] = {}
    i = 0
    while i < len(tokens):
        group = [tokens[i]]
        while i + len(group) < len(tokens) and tokens[i].unit == "count" == tokens[i + len(group)].unit \
                and _AND.fullmatch(folded, group[-1].end, tokens[i + len(group)].start):
            group.append(tokens[i + len(group)])  # (counts: "đạt 20% và 100% dịch vụ mức độ 3, 4" are two rates)
        found = _LEVELS_AFTER.match(folded, group[-1].end, sentence[1]) if len(group) >= 2 else None
        levels = _LEVEL_DIGIT.findall(found.group("levels")) if found else []
        if found and len(levels) == len(group):
            noun, word = found.group("noun").strip(), found.group("word")
            out.update({t.start: Paired(f"số {noun} {word} {level}", group[0].start, None)
                        for t, level in zip(group, levels)})
        i += len(group)
    return out


def respective_subjects(folded: str, sentence: tuple[int, int], tokens: list[NumberToken]) -> dict[int, Paired]:
    """{number start: its subject} for every "A và B lần lượt là X và Y" of the sentence, and every "X và Y <noun> mức
    độ 4 và 3"."""
    out = _recalled_alone(folded, sentence, tokens)
    for mark, group in marked_groups(folded, sentence, tokens):
        start = max([sentence[0], *(t.end for t in tokens if t.end <= mark.start())])
        # "hai con số này lần lượt là X và Y", "các con số tương ứng là X, Y và Z"
        of_counts = start == sentence[0] and _RATE_OPENING.fullmatch(folded, start, mark.start()) is not None \
            and all(t.unit == "percent" for t in group)
        if of_counts or _recalled_count(folded[start:mark.start()]) == len(group) \
                or _RECALLED_FIGURES.search(folded, start, mark.start()):
            units = tuple(_unit_of(t) for t in group)
            out.update({t.start: Paired("", group[0].start, None, recall=units, place=i, of_counts=of_counts)
                        for i, t in enumerate(group)})
            continue
        parts = _subjects(folded[start:mark.start()], len(group))
        after = _years_after(folded, group[-1].end, len(group))
        counts = _counts_before(folded, sentence[0], mark.start(), tokens, group)
        if counts:  # "312 dịch vụ mức độ 3 và 48 dịch vụ mức độ 4, lần lượt chiếm 17,13% và 2,64%"
            out.update({t.start: Paired("", group[0].start, None, place=i, count=c.start)
                        for i, (t, c) in enumerate(zip(group, counts))})
            continue
        if not parts or not all(parts):
            # (… a list closed by "và" before its last number: "49.271, 8.415 hồ sơ trong số này …" is no list)
            closed = _LAST_AND.search(folded, group[-2].end, group[-1].start) is not None
            one = _one_subject(folded[start:mark.start()], _bare_list(folded, group, sentence[1])) \
                if after[0] is None and closed else None
            if after[0] is None and not one:
                continue
            # no subjects, only the years after: "lần lượt đạt 80%, 85% trong các năm …"; or one subject naming what
            # every number counts, the units it spans counted in words: "số hồ sơ nộp qua mạng của ba xã lần lượt là
            # 150, 89 và 47 hồ sơ"
            parts = [one or ""] * len(group)
        named = [_YEAR_ENDS.search(p) for p in parts]
        years = [int(y.group(1)) for y in named] if all(named) and len({y.group(1) for y in named}) == len(named) \
            else after
        shared = _CLAUSE_END.split(folded[group[-1].end:min(group[-1].end + 80, sentence[1])])[0]
        acted = _FLOW_AFTER_MARK.search(folded, mark.start(), group[0].start) is not None
        out.update({tok.start: Paired(subject, group[0].start, year, shared, acted=acted)
                    for tok, subject, year in zip(group, _complete(parts) if parts[0] else parts, years)})
    return out | _levels_after(folded, sentence, tokens)  # (the levels after the numbers say more than a marker)


def _counts_before(folded: str, start: int, mark: int, tokens: list[NumberToken],
                   group: list[NumberToken]) -> list[NumberToken]:
    """The counts a list of percentages after the marker pairs with, in order: as many counts as percentages right
    before the marker in its sentence, joined by ',' or 'và' with their nouns between, no clause break among them."""
    if not all(t.unit == "percent" for t in group):
        return []
    before = [t for t in tokens if start <= t.start and t.end <= mark and t.figure]  # (no level's digit)
    counts = before[-len(group):]
    if len(counts) < len(group) or not all(t.unit == "count" for t in counts):
        return []
    gaps = [folded[a.end:b.start] for a, b in zip(counts, counts[1:])] + [folded[counts[-1].end:mark]]
    # (a rate word before the marker names the rate itself: "Sở A có 7.364 hồ sơ, còn Sở B có 2.105 hồ sơ, tỷ lệ lần
    # lượt là …" is what the counts count, done online; unless each count names a kind of its own, the rates then the
    # counts' shares: "9.873 hồ sơ nộp qua dịch vụ mức độ 3 và 2.105 hồ sơ qua dịch vụ mức độ 4, tỷ lệ tương ứng là …")
    rated = RATE_WORD.search(gaps[-1]) and not _own_kinds(gaps)
    # (a semicolon may end the counts' clause before the marker's: "… và 1.659 hồ sơ mức độ 4; tỷ lệ tương ứng là …")
    return counts if all(_COUNT_GAP.fullmatch(g) for g in gaps[:-1]) and _LAST_COUNT_GAP.fullmatch(gaps[-1]) \
        and not rated else []


def _own_kinds(gaps: list[str]) -> bool:
    """Each count's own words (after it, up to its clause's mark or "và") say something past the noun, and differ."""
    words = [_AND_END.sub("", _CLAUSE_END.split(re.split(r"\svà\s", g)[0])[0]).strip() for g in gaps]
    heads = [head_at(" " + w) for w in words]
    return all(h and (" " + w)[h[1]:].strip() for h, w in zip(heads, words)) and len(set(words)) == len(words)


_COUNT_GAP = re.compile(r"[^;:.()]{0,60}")
_LAST_COUNT_GAP = re.compile(r"[^;:.()]{0,60}(?:;[^;:.()]{0,30})?")
_FLOW_AFTER_MARK = re.compile(rf"(?<!\w){DOSSIER_FLOW_START}")  # "… lần lượt tiếp nhận 41.208, …"
_ENDS_WITH_FLOW = re.compile(rf"(?<!\w){DOSSIER_FLOW_START}\s*$")  # a subject that is a flow verb: "… giải quyết"


_ANAPHORA = re.compile(lexicon.union(lexicon.words("structure", "anaphora")))
_LETTER = re.compile(r"[^\W\d_]")


def shares_noun(paired: Paired) -> bool:
    """The list names its subjects (no "hai con số này", no bare mark) and a noun follows its last number: each
    number counts that noun ("Sở A, Sở B và Sở C lần lượt tiếp nhận 6.218, 4.375 và 3.904 hồ sơ")."""
    return bool(_LETTER.search(paired.subject)) and not _ANAPHORA.search(paired.subject) and bool(paired.shared.strip())


def subject_unit(text: str, folded: str, start: int, pos: int, subject: str) -> str:
    """The named unit a subject of the list is, in the article's words ("xã Bản Qua", "thị trấn Bát Xát" of "…
    thị trấn bát xát với tỷ lệ"), else ''; looked for between start and pos."""
    words = subject.split()
    # a subject completed with the first one's words ("dẫn đầu là " + "xã b") is found by its own words
    found = next(((at, " ".join(words[i:])) for i in range(len(words))
                  if (at := folded.rfind(" ".join(words[i:]), start, pos)) >= 0), None)
    if found is None:
        return ""
    at, subject = found
    rate = RATE_WORD.search(subject)
    return unit_subject(text, at, at + (rate.start() if rate else len(subject)))


def as_subject(ctx: Context, subject: str | None) -> Context | None:
    """The number's context as its own subject would say it ("số dịch vụ … mức độ 4 là 341"), or None."""
    if not subject:
        return None
    pre = f"{subject} {'đạt' if ctx.unit == 'percent' else 'là'} "
    return replace(ctx, pre=pre, post="", sentence_before=pre, clause_after="", prev_metric=None,
                   prev_unit=None, prev_head=None, prev_in_clause=False)


# a bare rate word, then the marker: "…, tỷ lệ lần lượt là 39,97% và 53,73%"
_BARE_RATE_GROUP = re.compile(rf"(?:^|[,;:]\s*){RATE_WORD.pattern}\s+"
                              rf"(?:{lexicon.union(lexicon.words('structure', 'respectively'))})"
                              rf"(?:\s+(?:{lexicon.union(lexicon.words('structure', 'respectively_verbs'))}))?\s*[^,;]*$")


def read_paired(ctx: Context, paired: Paired, first: Decision | None, unit_name: str,
                rate: str | None) -> tuple[Decision | None, Context]:
    """A number of a respective list read as its own subject says it; else with the noun after the list's last
    number; else as the list's first number; else, for a named unit's percentage, as the paragraph's `rate` with
    the unit as its name. Returns the decision (or None) and the context the rules go on with."""
    as_own = as_subject(ctx, paired.subject)
    # (subjects that acted on the dossiers the shared noun names are who, not what: "Bộ phận một cửa cấp tỉnh, cấp huyện
    # và cấp xã lần lượt tiếp nhận 41.208, 63.577 và 118.940 hồ sơ" counts dossiers received)
    own = decide(as_own) if not paired.year and not (paired.acted and head_at(paired.shared)) else None
    ctx = as_own if own else ctx
    if own is None and not paired.year and shares_noun(paired) and head_at(paired.shared) \
            and _ENDS_WITH_FLOW.search(paired.subject):
        # "… đã tiếp nhận và giải quyết lần lượt 68.245 và 66.917 hồ sơ": verbs for subjects, each with the shared noun
        own = decide(replace(as_own, pre=f"{paired.subject} ", sentence_before=f"{paired.subject} ", post=paired.shared))
        ctx = replace(ctx, post=paired.shared) if own else ctx
    if own is None and not paired.year and shares_noun(paired) and head_at(paired.shared):
        ctx = replace(ctx, post=paired.shared)  # the noun stays for the rules after these ("lần lượt 603 và 512 hồ sơ")
        own = decide(ctx)  # "A, B và C lần lượt tiếp nhận 6.218, 4.375 và 3.904 hồ sơ"
    if own is None and first and (first.unit == "percent") == (ctx.unit == "percent"):
        own = first  # "Sở A, Sở B và Sở C … lần lượt 3.412 hồ sơ, 2.986 hồ sơ": named subjects, one noun
    if unit_name:  # "xã A, xã B và thị trấn C với tỷ lệ lần lượt là 62,5%, …": named units, the paragraph's rate
        own = own or (Decision(rate, "percent", None, "listed") if rate else None)
        ctx = replace(ctx, item_name=unit_name) if own else ctx
    elif own is None and rate and ctx.unit == "percent" and _BARE_RATE_GROUP.search(ctx.sentence_before):
        # "Sở A có 7.364 hồ sơ, còn Sở B có 2.105 hồ sơ, tỷ lệ lần lượt là 39,97% và 53,73%": a bare rate word over the
        # group, the rate of what the counts before count
        own = Decision(rate, "percent", None, "listed")
    return own, ctx

