"""What a noun phrase counts: the head nouns (services, procedures, dossiers, officials, …), service levels,
dossier kinds and verbs, and the metric each head gives from the words around it — the vocabulary of
../shared/spec/figures.md. All matching is on folded text (`text.clean.fold`)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import lexicon
from .cues import QUALIFIER_WORDS


def noun_words(key: str) -> list[str]:
    return lexicon.words("nouns", key)


# Head nouns, most specific first (nouns.yml `heads`). A head is matched at the start of a phrase and
# ends a word; a phrase of `head_not_followed_by` does not match before its words.
HEADS: tuple[tuple[str, str], ...] = tuple(
    (name, lexicon.branches(phrases, not_followed_by=lexicon.entry("nouns", "head_not_followed_by")))
    for name, phrases in lexicon.kinds("nouns", "heads"))


# All heads in one regex, in the same order (a branch per category, first that matches wins): one match
# per call instead of one per category
_HEADS_ONE = re.compile("|".join(f"(?P<h{i}>(?:{pattern})(?!\\w))" for i, (_, pattern) in enumerate(HEADS)))
_HEAD_NAMES = {f"h{i}": name for i, (name, _) in enumerate(HEADS)}
_COUNTED_ONE = re.compile("|".join(f"(?:{pattern})(?!\\w)" for name, pattern in HEADS if name != "agencies"))


def heads_in(text: str) -> set[str]:
    """The head categories a phrase names anywhere in it ("b) số cơ quan, đơn vị sử dụng hệ thống" -> {"agencies"})."""
    return {_HEAD_NAMES[m.lastgroup] for m in _HEADS_ONE.finditer(text) if m.lastgroup
            and (m.start() == 0 or not text[m.start() - 1].isalnum())}


# the plain words of each head category, to put a left-out noun back (nouns.yml canonical)
CANONICAL: dict[str, str] = lexicon.entry("nouns", "canonical")
_FILLER = re.compile(rf"^\s*(?:\(\s*)?(?:{lexicon.union(noun_words('fillers'))}\s+)*")


# "mức độ 3, 4", "mức 3 và mức 4", "cấp 4 trở lên": a level word (numbers.yml), a level, optionally a
# second level (its word repeated or not), optionally "and above".
_LEVEL_WORD = lexicon.words("numbers", "level_words")
_NUMERALS: dict[str, str] = lexicon.entry("numbers", "level_numerals")  # "mức độ ba": only after a level word
_WORDED = lexicon.union(list(_NUMERALS))
_LEVEL = re.compile(
    rf"(?:{lexicon.union(_LEVEL_WORD + lexicon.words('numbers', 'level_cap'))}\s*(?P<a>[1-4]|iv|iii|ii|i)"
    rf"|{lexicon.union(_LEVEL_WORD)}\s+(?P<a2>{_WORDED}))(?!\w)(?!\.\d|,(?!4\b)\d)"
    # not "cung cấp 1.746" (but "mức độ 3,4" names both levels)
    rf"(?:\s*(?:,|và|hoặc|-)\s*(?:{lexicon.union(_LEVEL_WORD)}?\s*(?P<b>[1-4]|iv|iii|ii)"
    rf"|{lexicon.union(_LEVEL_WORD)}\s+(?P<b2>{_WORDED}))(?!\w)(?![.,]\d))?"
    rf"(?P<up>\s*{lexicon.union(noun_words('level_and_up'))})?"
)


LEVEL_PATTERN = _LEVEL
# "1.213 (mức độ 2)": a level alone in parentheses right after a number, labelling it
LEVEL_AFTER = re.compile(rf"\s*\(\s*(?:{_LEVEL.pattern})\s*\)")
# "hồ sơ nộp ở mức độ 3": a dossier noun, a link, a level, right after the count
# (fillers may open it: "riêng hồ sơ mức độ 4 chỉ chiếm 0,15%")
_LEVELLED_DOSSIER = re.compile(rf"\s*(?:{lexicon.union(noun_words('fillers'))}\s+)*(?P<noun>(?:số\s+)?(?:hồ sơ|hs)\s+)?"
                               rf"(?:{lexicon.union(lexicon.words('dossiers', 'levelled_dossier_links'))}\s+"
                               rf"|(?:[^\W\d_]+\s+){{1,8}}?{lexicon.union(lexicon.words('dossiers', 'levelled_dossier_at'))}\s+)?"
                               rf"{_LEVEL.pattern}")
_CHANNELS = [kind for kind, _ in lexicon.kinds("dossiers", "channel_subjects")]
_CHANNEL_NAMES = "|".join(rf"(?P<{kind}>(?<!\w)(?:{lexicon.union(words)}))"
                          for kind, words in lexicon.kinds("dossiers", "channel_subjects"))
_CHANNEL_SUBJECT = re.compile(rf"(?:{_CHANNEL_NAMES})(?:\s+\S+){{0,4}}?\s+(?:đã\s+)?"
                              rf"(?:{lexicon.union(lexicon.words('dossiers', 'verbs.received'))})\s*$")
# "nhóm dịch vụ mức độ 4 nhận (được) 95 hồ sơ": services of one level receiving (dossiers.yml level_subject_openers)
_LEVEL_SUBJECT = re.compile(rf"(?:(?<!\w){lexicon.union(lexicon.words('dossiers', 'level_subject_openers'))}\s+"
                            rf"|(?P<noun>(?<!\w){lexicon.union(lexicon.words('dossiers', 'level_subject_nouns'))}\s+))"
                            rf"(?:[^\W\d_]+\s+){{0,5}}?{_LEVEL.pattern}(?:\s+[^\W\d_]+){{0,2}}?\s+"
                            rf"(?:{lexicon.union(lexicon.words('dossiers', 'verbs.received'))})(?:\s+được)?\s*$")
# "…; qua mức độ 4 chỉ có 87 hồ sơ", "qua dịch vụ mức độ 3 có …": a clause opening with the level as the dossiers' way
# in
# (dossiers.yml level_channel_openers)
_VIA_LEVEL = re.compile(rf"^\s*(?:{lexicon.union(lexicon.words('dossiers', 'level_channel_openers'))})\s+"
                        rf"(?:(?:các\s+)?dịch\s+vụ(?:\s+công)?(?:\s+trực\s+tuyến)?\s+)?{_LEVEL.pattern}")
# "Riêng hồ sơ mức độ 4, …": a sentence opening with a topic of dossiers at one level (dossiers.yml level_topic_openers)
_LEVEL_TOPIC = re.compile(rf"\W*(?:{lexicon.union(lexicon.words('dossiers', 'level_topic_openers'))})\s+"
                          rf"(?:(?:số\s+)?(?:hồ sơ|hs)\s+)?"  # (the noun may be left out: "Riêng mức độ 4, …")
                          rf"(?:{lexicon.union(lexicon.words('dossiers', 'levelled_dossier_links'))}\s+)?"
                          rf"{_LEVEL.pattern}(?:\s*\([^()]*\))?"
                          # (a comma, or the verb of having right after the level: "Riêng ở mức độ 4 đã có …")
                          rf"(?:\s*,|\s+(?:{lexicon.union(lexicon.words('dossiers', 'level_topic_verbs'))})(?!\w))")


_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}


_REQUESTED = lexicon.pattern("dossiers", "verbs.requested")


_RESOLVED = lexicon.pattern("dossiers", "verbs.resolved")


_RECEIVED = re.compile("".join(f"(?<!{re.escape(w)} )" for w in lexicon.words("dossiers", "verbs.received_not_after"))
                       + lexicon.alternation(lexicon.words("dossiers", "verbs.received")))
_TOTAL = lexicon.pattern("dossiers", "verbs.totals")


_COORDINATED = lexicon.pattern("dossiers", "verbs.coordinated")


EMAIL = re.compile(lexicon.union(noun_words("email")))
# accounts of another system ("tài khoản định danh điện tử", VNeID, a bank's): no e-mail accounts
OTHER_ACCOUNTS = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'other_accounts'))}(?!\w)")
# systems other than e-mail that own accounts ("Cổng dịch vụ công", VNeID, a software's users)
ACCOUNT_OWNERS = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'account_owners'))}(?!\w)")
_ANY_OWNER = re.compile(rf"(?P<email>{EMAIL.pattern})|{ACCOUNT_OWNERS.pattern}")


def account_owners(folded: str) -> tuple[list[int], list[bool]]:
    """Where the article names a system that owns accounts (ends of the mentions, in order), and whether each is
    the e-mail system."""
    found = [(m.end(), m.group("email") is not None) for m in _ANY_OWNER.finditer(folded)]
    return [end for end, _ in found], [email for _, email in found]


E_DOC = re.compile(lexicon.union(noun_words("electronic_documents")))


# "tỷ lệ giải quyết đúng hạn": optionally a verb, optionally the dossier noun, then an outcome.
_TIMELINESS = [w for kind, phrases in lexicon.kinds("dossiers", "kinds") if kind in ("ontime", "early", "late")
               for w in phrases]  # "tỷ lệ đúng và trước hạn": every way dossiers.yml words a deadline met or missed
DOSSIER_NOUN = lexicon.entry("nouns", "canonical")["dossiers"]  # "hồ sơ": the word a bare count of dossiers leaves out
DOSSIER_PROCESS = re.compile(rf"\s*(?:{lexicon.union(noun_words('dossier_process.verbs'))}\s+)?"
                              rf"(?:{lexicon.union(noun_words('dossier_process.noun'))}\s+)?"
                              rf"{lexicon.union(noun_words('dossier_process.outcomes') + _TIMELINESS)}")
# "tỷ lệ sử dụng thường xuyên", "tỷ lệ được cấp hộp thư": a rate that names only use or issue is the officials'
_OFFICIAL_USE = re.compile(rf"\s*(?:{lexicon.union(noun_words('official_use_adverbs'))}\s+)?"
                           rf"{lexicon.union(noun_words('official_use'))}\b")
_OFFICIAL_ISSUED = re.compile(rf"\s*{lexicon.union(noun_words('official_issued'))}\b")
_USERS_COUNTED = re.compile(rf"(?<!\w){lexicon.union(noun_words('official_use_counted'))}(?={_OFFICIAL_USE.pattern})")


# "phần mềm một cửa", not the desk ("bộ phận một cửa")
ONE_STOP_OFFICES = noun_words("metrics.one_stop_offices")
ONE_STOP = re.compile(lexicon.union(noun_words("metrics.one_stop"), not_in=ONE_STOP_OFFICES))
RATE_WORD = re.compile(lexicon.union(noun_words("rate_words")))


@lru_cache(maxsize=4096)  # the same phrase is read again by several rules of one figure
def head_at(text: str) -> tuple[str, int] | None:
    """The head noun category at the start of a phrase, and where the head ends."""
    filler = _FILLER.match(text)
    offset = filler.end() if filler else 0
    m = _HEADS_ONE.match(text, offset)
    return (_HEAD_NAMES[m.lastgroup], m.end()) if m else None


def head_name(text: str) -> str | None:
    """The head noun category at the start of a phrase, else None."""
    found = head_at(text)
    return found[0] if found else None


# A head phrase before the words that make it something else ("hồ sơ công việc", "dịch vụ bưu chính"):
# a noun the figure counts, but none of ours.
_OTHER_NOUN = re.compile(lexicon.union(f"{head} {word}" for head, words in
                                       lexicon.entry("nouns", "head_not_followed_by").items() for word in words))


def other_noun_at(text: str) -> bool:
    """Whether the phrase opens with a head that its next words make no noun of ours ("hồ sơ công việc")."""
    filler = _FILLER.match(text)
    return bool(_OTHER_NOUN.match(text, filler.end() if filler else 0))


# after a percentage: fillers, then up to six words (commas allowed between) opening with no word of `not_nouns`, then a
# predicate marker ("100% máy chủ của các sở, ngành được …")
_WORD = r"[^\W\d_][^\s,;.:()\d]*"
_OWN_NOUN_THEN_PREDICATE = re.compile(
    rf"\s*(?:(?:{lexicon.union(noun_words('fillers'))})\s+)*"
    rf"(?!(?:{lexicon.union(noun_words('share_own_noun.not_nouns'))})(?!\w)){_WORD}(?:,?\s+{_WORD}){{0,5}}?"
    rf"\s+(?:{lexicon.union(noun_words('share_own_noun.predicates'))})(?!\w)")


def unknown_noun_at(text: str) -> bool:
    """Whether the words after a percentage name a set of no head of ours before their own predicate ("100% máy chủ
    được sao lưu"): the share of that set (nouns.yml share_own_noun)."""
    named = _OWN_NOUN_THEN_PREDICATE.match(text)
    return named is not None and not any(
        (head := head_at(text[word.start():named.end()]))
        and not (head[0] == "agencies" and _OWNER.search(text, 0, word.start()))  # (an owner: "máy chủ của các sở")
        for word in re.finditer(r"(?<!\w)\w", text[:named.end()]))


_OWNER = re.compile(r"(?<!\w)của\s[^\d;:.()]{0,30}$")  # agencies that own the set named ("máy chủ của các sở")


def first_head(text: str) -> str | None:
    """The words of the first head noun in a phrase that counts things other than agencies
    ("tình hình giải quyết hồ sơ của bốn đơn vị" -> "hồ sơ"): the noun a table's caption gives its cells."""
    for m in _COUNTED_ONE.finditer(text):
        tail = _COMPOUND_TAIL.get(m.group())
        if not _AGENCY_NAME_END.search(text, max(0, m.start() - 16), m.start()) \
                and not (tail and tail.search(text, max(0, m.start() - 12), m.start())):
            return m.group()
    return None


_HEAD_PATTERNS = dict(HEADS)


def fullest_head(noun: str, text: str) -> str:
    """The longest head phrase in text of the noun's category that opens with the noun ("dịch vụ" over words that
    name "dịch vụ công trực tuyến" -> "dịch vụ công trực tuyến"), else the noun."""
    found = head_at(noun + " ")
    if found is None:
        return noun
    pattern = re.compile(f"(?:{_HEAD_PATTERNS[found[0]]})(?!\\w)")
    longer = [m.group() for m in pattern.finditer(text) if m.group().startswith(noun)]
    return max(longer, key=len, default=noun)


# "thời điểm", "công nghệ thông tin": a head that ends another word (nouns.yml `head_not_preceded_by`)
_COMPOUND_TAIL = {head: re.compile(rf"(?<!\w)(?:{lexicon.union(words)})\s+$")
                  for head, words in lexicon.entry("nouns", "head_not_preceded_by").items()}


# "… của các Sở Thông tin và Truyền thông": a head right after a word opening an agency's name is that name
_AGENCY_NAME_END = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('nouns', 'agency_name_openers'))})\s+$")


@lru_cache(maxsize=4096)
def level_in(text: str) -> str | None:
    """The service level a phrase names: '2', '3', '4', '34' (3 and 4 together), '3plus', or None ("từ mức độ 2 trở
    lên" names every online service, no level of them; "từ mức độ 4 trở lên" is level 4)."""
    m = _LEVEL.search(text)
    if not m:
        return None
    a = _NUMERALS.get(m.group("a2") or "") or _ROMAN.get(m.group("a"), m.group("a"))
    b = _NUMERALS.get(m.group("b2") or "") or _ROMAN.get(m.group("b") or "", m.group("b"))
    if m.group("up"):
        return {"3": "3plus", "4": "4"}.get(a)
    if b and {a, b} == {"3", "4"}:
        return "34"
    return a


def subject(sentence_before: str, anchor: re.Pattern[str] = RATE_WORD) -> tuple[str, str] | None:
    """The "tỷ lệ X" subject nearest before a percentage: (head category, descriptor text); for a rate, "số" before
    using counts the officials too ("số dùng thường xuyên")."""
    anchors = list(anchor.finditer(sentence_before))
    if anchor is RATE_WORD:
        anchors = sorted(anchors + list(_USERS_COUNTED.finditer(sentence_before)), key=lambda m: m.start())
    for m in reversed(anchors):
        phrase = sentence_before[m.end():]
        if m.re is _USERS_COUNTED:
            return "officials", sentence_before[m.start():]
        if anchor is RATE_WORD and _OFFICIAL_ISSUED.match(phrase):  # "tỷ lệ được cấp hộp thư": the officials'
            return "officials", sentence_before[m.start():]
        words = phrase.split()
        for skip in range(0, min(4, len(words))):
            probe = " " + " ".join(words[skip:])
            found = head_at(probe)
            if found:
                return found[0], sentence_before[m.start():]
        # "tỷ lệ giải quyết đúng hạn đạt 99,2%": the dossiers are implied by what is done to them
        if anchor is RATE_WORD and DOSSIER_PROCESS.match(phrase):
            return "dossiers", sentence_before[m.start():]
        if anchor is RATE_WORD and _OFFICIAL_USE.match(phrase):  # "tỷ lệ sử dụng thường xuyên": the officials'
            return "officials", sentence_before[m.start():]
    return None


_SYSTEM_VERB = re.compile(rf"{lexicon.union(lexicon.words('dossiers', 'system_words'))}\s+"
                          rf"(?={lexicon.alternation(lexicon.words('dossiers', 'verbs.resolved') + lexicon.words('dossiers', 'verbs.received'))})")


def _verb(window: str, last: bool) -> str | None:
    """received / resolved from the dossier verbs of a window (its last or its first verb), verbs of a system's
    name aside ("Hệ thống thông tin giải quyết TTHC") unless the window ends with the verb: then the system is
    the subject and the number its object ("hệ thống tiếp nhận 2.846.317 hồ sơ")."""
    if _REQUESTED.search(window) or _COORDINATED.search(window):
        return "received"
    named = {m.end() for m in _SYSTEM_VERB.finditer(window)}
    verbs = [(m.start(), "resolved") for m in _RESOLVED.finditer(window)
             if m.start() not in named or not window[m.end():].strip()]
    verbs += [(m.start(), "received") for m in _RECEIVED.finditer(window)
              if m.start() not in named or not window[m.end():].strip()]
    if not verbs:
        return None
    return (max(verbs) if last else min(verbs))[1]


# The end of a noun phrase: ';', a bar between cells or a comma, except the comma of a level list ("mức độ 3, 4",
# "mức độ 3, mức độ 4"), which has a level right before it and right after it.
# (Each branch opens with its mark and looks behind it, so the regex engine jumps from mark to mark.)
PHRASE_END = re.compile(
    rf";|\||\s[–—]\s|,(?<![1-4iv],)|,(?<=[1-4iv],)(?!\s*{lexicon.union(_LEVEL_WORD)}?\s*(?:[1-4]|iv|iii|ii)(?!\w))"
)
# a figure's own words after it end at a phrase's end or where a coordinator or a contrast opens the next conjunct
# ("86,3% thường xuyên sử dụng trong công việc, …", "… 55% thường xuyên dùng và …")
# a coordinator or a contrast opening the next conjunct
_TURN = re.compile(rf"\s(?:{lexicon.union(lexicon.words('periods', 'conjunct_openers'))}"
                   rf"|{lexicon.union(lexicon.words('structure', 'contrast_turns'))})\s")
_OWN_PHRASE_END = re.compile(rf"{PHRASE_END.pattern}|{_TURN.pattern}")


def conjunct_before(words: str) -> str:
    """The words of the last conjunct of a stretch before a figure: after its last coordinator or contrast ("70% hộp
    thư được sử dụng thường xuyên và " -> "")."""
    return _TURN.split(words)[-1]


def clause_before(words: str) -> str:
    """The words of a stretch after its last ',' or ';' that is no decimal comma ("… đạt 0,2871 điểm và xếp thứ " whole)."""
    return _CLAUSE_MARK.split(words)[-1]


_CLAUSE_MARK = re.compile(r"[,;](?!\d)")


_BOUND_REST = re.compile(rf"(?:{lexicon.union(list(QUALIFIER_WORDS))})?\s*$")  # (the words before the next figure)
_GOES_ON = re.compile(rf"{lexicon.union(noun_words('own_predicate_after_contrast'))}(?!\w)")


def own_words_after(words: str) -> str:
    """A noun's own words after its figure: as `own_phrase_after`, up to a coordinator or a contrast that opens the next
    conjunct ("5.120 hộp thư nhưng văn bản điện tử chưa …", "… và phần mềm … dùng chung", "… nhưng chưa đến 40% …"),
    but on across one that goes on with the noun's own predicate ("318 hộp thư đã cấp nhưng chưa từng đăng nhập")."""
    own = PHRASE_END.split(words, maxsplit=1)[0]
    turn = next((m for m in _TURN.finditer(own)
                 if not (goes_on := _GOES_ON.match(own, m.end())) or _BOUND_REST.match(own, goes_on.start())), None)
    return own[:turn.start()] if turn else own


def own_phrase_after(words: str) -> str:
    """The words right after a figure that are still its own (up to a phrase end, a coordinator or a contrast)."""
    return _OWN_PHRASE_END.split(words, maxsplit=1)[0]


# the comma inside a level list, which does not separate list items either (frames.py)
LEVEL_LIST_COMMA = rf",(?<=[1-4iv],)(?=\s*{lexicon.union(_LEVEL_WORD)}?\s*(?:[1-4]|iv|iii|ii)(?!\w|[.,]\d))"


_KINDS = lexicon.ordered_kinds("dossiers", "kinds")
_ANY_KIND = lexicon.any_kind("dossiers", "kinds")  # most windows name no kind: one scan instead of one per kind


_PARTS = {kind: pattern for kind, pattern in _KINDS if kind in ("full_process", "partial")}
_WAYS_IN = {kind: pattern for kind, pattern in _KINDS if kind in ("online", "offline")}
_JOINED = rf"\s*(?:{lexicon.union(lexicon.words('dossiers', 'channel_joiners'))})\s*(?:cả\s+)?"
_IN_PERSON = rf"(?:{_WAYS_IN['offline'].pattern}|{lexicon.alternation(lexicon.words('dossiers', 'counter_places'))})"
_BOTH_WAYS_IN = re.compile(f"(?:{_WAYS_IN['online'].pattern}){_JOINED}{_IN_PERSON}|"
                           f"{_IN_PERSON}{_JOINED}(?:{_WAYS_IN['online'].pattern})")


_LONGER_NAMES = {phrase: re.compile(rf"\s+{lexicon.union(words)}(?!\w)")
                 for phrase, words in lexicon.entry("dossiers", "kinds_not_followed_by").items()}
_OTHER_SENSE_AFTER = {phrase: re.compile(rf"(?<!\w){lexicon.union(words)}\s+$")
                      for phrase, words in lexicon.entry("dossiers", "kinds_not_preceded_by").items()}
_GUARDED = _LONGER_NAMES.keys() | _OTHER_SENSE_AFTER.keys()


def _is_kind_at(m: re.Match[str], window: str) -> bool:
    """A kind's phrase found in a window says that kind: not the start of a longer name ("hồ sơ giấy phép") nor a word
    in another sense after what stands before it ("tăng chậm": the pace of a change)."""
    phrase = m.group()
    longer, after = _LONGER_NAMES.get(phrase), _OTHER_SENSE_AFTER.get(phrase)
    return not (longer and longer.match(window, m.end())) and not (after and after.search(window, 0, m.start()))


def _names_kind(pattern: re.Pattern[str], window: str) -> bool:
    """Some phrase of a kind in the window says that kind (see _is_kind_at)."""
    return any(_is_kind_at(m, window) for m in pattern.finditer(window))


def _kind(window: str, own_phrase: str = "", pct: bool = False) -> str | None:
    """The dossier kind a phrase names (postal, offline, on time, early, late, online by level);
    an online level is read from the figure's own phrase first; for a rate, no kind that only counts."""
    if not _ANY_KIND.search(window):
        return None
    for kind, pattern in _KINDS:
        found = pattern.search(window)
        if not found or found.group() in _GUARDED and not _names_kind(pattern, window) or (pct and kind in _COUNT_ONLY):
            continue
        if kind in _PARTS and all(p.search(window) for p in _PARTS.values()):
            continue  # "(gồm toàn trình và một phần)": both parts, all the online ones
        if kind in _WAYS_IN and _BOTH_WAYS_IN.search(window):
            continue  # "… tiếp nhận qua mạng và tại quầy": both channels, all the dossiers
        if kind not in _LEVELLED_KINDS:
            return kind
        # (a level's dossiers are its online ones, results handed back online too: "391 hồ sơ được nộp và trả kết quả
        # qua mạng ở mức độ 4")
        level = level_in(_COUNTED_SERVICES.sub(" ", own_phrase)) or level_in(_COUNTED_SERVICES.sub(" ", window))
        return f"online_level{level}" if level in ("3", "4") else kind
    return None


_LEVELLED_KINDS = ("online", "results_online")  # the kinds a service level narrows to its online dossiers


# services counted with their level ("… và kế hoạch nâng số dịch vụ mức độ 4 lên 400", "có 286 dịch vụ mức độ 4"): the
# level is theirs, not the dossiers' of the phrase (a channel is not counted: "nộp qua dịch vụ mức độ 4")
_COUNTED_SERVICES = re.compile(rf"(?<!\w)(?:số|\d[\d.,]*)\s+(?:{dict(HEADS)['services']})(?!\w)"
                               rf"[^,;()]{{0,30}}?(?:{_LEVEL.pattern})")


def _rate_phrase(verb_window: str) -> str | None:
    """What a rate right before its percentage measures, from its own words only ("tỷ lệ giải quyết",
    "tỷ lệ hồ sơ trực tuyến"): the words before "tỷ lệ" describe the subject, not the rate."""
    rates = list(RATE_WORD.finditer(verb_window, max(0, len(verb_window) - 40)))
    if not rates:
        return None
    phrase = verb_window[rates[-1].end():]
    if PHRASE_END.search(phrase):
        return None
    return _kind(phrase, phrase) or _verb(phrase, last=True)


def _last_clause(text: str, n: int) -> str:
    """The words of the last n characters (see _last_words) after their last ',', ';' or 'và'."""
    return _CLAUSE_CUT.split(_last_words(text, n))[-1]


_CLAUSE_CUT = re.compile(r"(?:,|;|\bvà\b)")


def _last_words(text: str, n: int) -> str:
    """The last n characters of a text, widened to the start of the word they cut, and of a kind's phrase they cut
    when the part left would read as another kind ("…nh toán trực tuyến" and "toán trực tuyến" would read as online:
    "thanh toán trực tuyến" is paid online; the words of a kind cut to none stay out: "…điện đã hỗ trợ")."""
    cut = len(text) - n
    if cut <= 0:
        return text
    start = text.rfind(" ", 0, cut + 1) + 1
    for m in _ANY_KIND.finditer(text, max(0, start - _PHRASE_REACH), start + _PHRASE_REACH):
        if m.start() < start < m.end() and _ANY_KIND.search(text, start, m.end()):
            return text[m.start():]
    return text[start:]


_PHRASE_REACH = max(len(p) for _, phrases in lexicon.kinds("dossiers", "kinds") for p in phrases)


# a percentage's own noun, then its own predicate ("100% hồ sơ … được đồng bộ trạng thái"): of what the predicate says
_HEAD_FIRST = re.compile(rf"\s*{lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['dossiers'])}\b")
_OWN_PREDICATE = re.compile(rf"\s(?:{lexicon.union(lexicon.words('dossiers', 'predicate_markers'))})\s")


def own_predicate(post: str) -> re.Match[str] | None:
    """The predicate of the dossiers a percentage is followed by, in its own phrase before any "và" ("100% hồ sơ trễ
    hạn phải có văn bản xin lỗi"): the share of what that predicate says, whatever the sentence's rate."""
    phrase = _COORDINATOR.split(PHRASE_END.split(post, maxsplit=1)[0], maxsplit=1)[0]
    return _OWN_PREDICATE.search(phrase) if _HEAD_FIRST.match(phrase) else None


# ("mà" too, opening a contrast: "10% hồ sơ trực tuyến mà đến nay mới đi được …")
_COORDINATOR = re.compile(rf"\s(?:và|hoặc)\s"
                          rf"|\smà\s(?={lexicon.union(lexicon.words('structure', 'contrast_ma_next'))}(?!\w))")


_UP_TO_NEXT_FIGURE = re.compile(r"[^;.\d]*")
_CONJUNCT_EDGE = re.compile(r"[,;]|\svà\s")
_COUNT_PREDICATE = re.compile(rf"{_HEAD_FIRST.pattern}\s+(?:{lexicon.union(lexicon.words('dossiers', 'predicate_adverbs'))}\s+)?"
                              rf"(?:{lexicon.union(lexicon.words('dossiers', 'predicate_markers'))})\s")


# "786 hồ sơ trong số đó do công chức nhập thay": a count of those just named, then any predicate of its own
_OF_THOSE_COUNT = re.compile(rf"{_HEAD_FIRST.pattern}\s+"
                             rf"(?:{lexicon.union(lexicon.words('structure', 'of_those_pointers'))})\s+"
                             rf"(?:{lexicon.union(lexicon.words('dossiers', 'predicate_adverbs'))}\s+)?(?=[^\W\d_])")


def counts_a_subset(pre: str, sentence_after: str) -> bool:
    """A dossier count that is the subject of its own predicate ("21.932 hồ sơ được đồng bộ lên Cổng", "2.746 hồ sơ
    được giảm lệ phí", any predicate after "trong số này": "1.297 hồ sơ trong số này được gửi vào buổi tối"), the
    predicate naming no kind nor verb of ours up to the next figure, and no verb of ours before the count in its
    conjunct: a subset no metric holds."""
    predicate = _COUNT_PREDICATE.match(sentence_after) or _OF_THOSE_COUNT.match(sentence_after)
    if predicate is None or _verb(_CONJUNCT_EDGE.split(_last_words(pre, 40))[-1], last=True):
        return False
    said = _UP_TO_NEXT_FIGURE.match(sentence_after, predicate.end()).group()
    return not (_kind(said, said) or _verb(said, last=False))


def _listed_kinds(words: str) -> str | None:
    """The kind a phrase of kinds joined by a comma names, when it ends right before the number (only a colon or
    "là" between): "đúng hạn, trước hạn:" is on time, early included."""
    wide = words.split(";")[-1]
    if "," not in wide:
        return None
    return next((k for k, pattern in _KINDS for m in pattern.finditer(wide)
                 if "," in m.group() and _LABEL_GAP.fullmatch(wide, m.end())), None)


_LABEL_GAP = re.compile(r"\s*(?::|là)?\s*")


_PART_FOLLOWS = re.compile(rf"^[^.;:()]*[\s,](?:{lexicon.union(lexicon.words('dossiers', 'part_follows'))})\s*$")


# the online services named as such, or as the channel dossiers came by ("nộp qua dịch vụ công trực tuyến")
_SERVICES_NAMED = re.compile(rf"(?<!\w)(?P<channel>{lexicon.union(lexicon.words('dossiers', 'online_service_channels'))}\s+)?"
                             rf"{lexicon.union(lexicon.words('dossiers', 'online_service_names'))}(?!\w)")


def without_service_names(text: str) -> str:
    """The text with the online services' names blanked where they name the services, not the channel: "trực
    tuyến" in "điển hình về dịch vụ công trực tuyến" says nothing of the dossiers, in "nộp qua …" it does."""
    return _SERVICES_NAMED.sub(lambda m: m.group() if m.group("channel") else " ", text)


_CLOSED_ASIDE = re.compile(r"\([^()]*\)")
_FIGURE_ASIDE = re.compile(r"\([^()]*\d[^()]*\)")


def past_asides(window: str, figures_only: bool = False) -> str:
    """A window without its closed parentheses, nor what comes before a ")" whose "(" lies before the window, nor
    what comes before a "(" still open: the number and its verb inside it are the parenthesis' own ("huyện A (tiếp
    nhận 12.460 hồ sơ, …)" under a rate of online dossiers counts what came in). With figures_only (a count's subject),
    only the asides holding a figure go, and a "(" still open cuts nothing: "… là 12.108 (6,96% tổng số hồ sơ), mức độ 4
    là" loses the share's words, "nộp trực tuyến (hồ sơ): " keeps its unit, "dịch vụ (toàn trình: " its noun."""
    window = (_FIGURE_ASIDE if figures_only else _CLOSED_ASIDE).sub(" ", PLACE_ASIDE.sub(",", window))
    open_ends = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group()), window)  # (a kept aside cuts nothing)
    return window[max(open_ends.rfind(")"), -1 if figures_only else open_ends.rfind("(")) + 1:]


# "Riêng huyện Vị Xuyên, nơi thí điểm tiếp nhận hồ sơ qua mạng từ năm 2013, tiếp nhận 2.315 hồ sơ": a clause set off by
# commas that opens with a word of place or time describes the unit before it, not the count after it (folded text, or
# the text as written: names.py)
PLACE_ASIDE = re.compile(rf",\s*{lexicon.union(lexicon.words('structure', 'relative_asides'))}\s[^,;()]*,",
                         re.IGNORECASE)


_FEE_KIND = "with_fee"  # dossiers.yml: the dossiers that owe a fee
_COUNT_ONLY = frozenset(lexicon.words("dossiers", "count_only_kinds"))  # kinds no rate has ("đến hạn": due)
# the kinds a predicate says of any kind of dossiers: digitised whatever was digitised, the deadline's outcomes
DEADLINE_KINDS = tuple(lexicon.words("dossiers", "outcomes_of_any_kind"))  # on time, early, late
_ANY_WHOLE = frozenset(["digitized", *DEADLINE_KINDS])
# a clause denying there are any after "và" or a comma ("… và gần như không có hồ sơ nào …")
_DENIAL = re.compile(rf"\s(?:và|,)\s(?={lexicon.union(lexicon.words('structure', 'denial_openers'))}\b)")
# the next item's label, a level and a copula, after "và" or a comma ("… là 2.615 hồ sơ | và mức độ 4 là 418 hồ sơ")
# (… perhaps after a link: "… là 6.930 hồ sơ và ở mức độ 4 có 412 hồ sơ")
NEXT_LEVEL_LABEL = re.compile(rf"\s*(?:và|,)\s+(?:{lexicon.union(lexicon.words('structure', 'level_after_links'))}\s+)?"
                              rf"(?:{_LEVEL.pattern})\s*"
                              rf"(?::|{lexicon.union(lexicon.words('structure', 'anaphora_copulas'))}"
                              rf"|{lexicon.union(lexicon.words('metric_words', 'label_copulas'))})(?!\w)")
# a second predicate coordinated after the first ("… được nộp trực tuyến và không để tồn đọng …")
_OPENER = (rf"(?:{lexicon.union(lexicon.words('structure', 'second_predicate_adverbs'))}\s+)?"
           rf"{lexicon.union(lexicon.words('structure', 'second_predicate_openers'))}\b")
_AND_CLAUSE = re.compile(rf"\s(?:và|,)\s(?={_OPENER})")
# a second predicate opening after "," or "và": a figure's own words end there (also heads.services_metric)
SECOND_PREDICATE = re.compile(rf"(?:,|\svà)\s+(?={_OPENER})")
# a contrast turning to another subject, a head noun right after it ("… nhưng hồ sơ qua mạng …", "song số hồ sơ …"); one
# going on with a predicate of the same dossiers ("… đã quá hạn nhưng chưa giải quyết xong") turns to nothing new
_TURNED = re.compile(rf"[,;]\s*(?:{lexicon.union(lexicon.words('structure', 'contrast_turns'))})\s")  # "…, trong khi "
CONTRAST_TO_SUBJECT = re.compile(rf"\s(?:{lexicon.union(lexicon.words('structure', 'contrast_turns'))})\s+(?=(?:số\s+)?(?:{_COUNTED_ONE.pattern}))")
# "tiếp nhận 54.207 hồ sơ | thì số nộp qua mạng mới đạt 1.626": a new subject after "thì", its noun perhaps left out
_TURN_TO_SUBJECT = re.compile(rf"\s(?:{lexicon.union(lexicon.words('structure', 'subject_turns'))})\s+"
                              rf"(?=số\s|(?:{_COUNTED_ONE.pattern}))")
GENERIC_DOSSIERS = ("dossiers_received", "dossiers_resolved")  # what a dossier count is when its words say no more
SUBMITTED = ("dossiers_online", "dossiers_received")  # what a count of dossiers sent in may have been read as


@lru_cache(maxsize=4096)  # the same words are read again by several rules of one figure (2 calls in 3 repeat)
def dossier_metric(desc: str, verb_window: str, sentence_before: str, pct: bool, kind_only: bool = False) -> str | None:
    """Dossier metrics. The kind is read nearest the number first — the words just before it, its own
    noun phrase up to the first comma, then both sides whole (after it only its own phrase when a verb
    stands right before it) — so the items of a list
    ("trực tuyến 3.000 hồ sơ, trực tiếp 12.000 hồ sơ") keep their own; without a kind, the verb right
    before it, after it, or earlier in the sentence (unless kind_only)."""
    suffix = "_pct" if pct else ""
    # (… in the share's own clause, not a second predicate's: "…, đồng thời kết nối các xã vào hệ thống một cửa điện tử")
    # (… from its own rate word on, when one stands before it: "286/286 xã dùng một cửa điện tử và tỷ lệ hồ sơ nộp trực
    # tuyến đạt 5%" is a rate of dossiers)
    rates = list(RATE_WORD.finditer(desc)) if pct else []
    if pct and ONE_STOP.search(SECOND_PREDICATE.split(desc[rates[-1].start() if rates else 0:], maxsplit=1)[0]):
        return "one_stop_software_pct"
    # (its own phrase ends where a second predicate opens: "3% hồ sơ nộp qua mạng và nâng số dịch vụ mức độ 4 lên 60")
    # (… and none of its words after a contrast turning to another subject: "nhận 7.001 hồ sơ nhưng hồ sơ qua mạng còn ít")
    desc = _TURN_TO_SUBJECT.split(CONTRAST_TO_SUBJECT.split(desc, maxsplit=1)[0], maxsplit=1)[0]
    # (… nor any after a clause denying there are any: "… 96.310 hồ sơ và gần như không có hồ sơ nào nộp qua mạng")
    desc = _DENIAL.split(desc, maxsplit=1)[0]
    # (… nor the next item's label: "số hồ sơ … mức độ 3 là 2.615 hồ sơ và mức độ 4 là 418 hồ sơ")
    desc = NEXT_LEVEL_LABEL.split(desc, maxsplit=1)[0]
    own_phrase = _AND_CLAUSE.split(phrase_to_end(desc), maxsplit=1)[0]
    predicate = own_predicate(own_phrase) if pct else None
    if predicate:  # "100% hồ sơ nộp trực tuyến được tiếp nhận, phản hồi trong 4 giờ": the share the predicate says,
        # of all dossiers only ("100% hồ sơ liên thông được giải quyết trực tuyến" is a share within one kind), but
        # digitised whatever was digitised ("100% hồ sơ tiếp nhận trực tiếp được số hóa")
        # (… and a fee owed names the whole a payment share is of: "41,3% hồ sơ có phí được thanh toán trực tuyến")
        # (its first predicate only, own_phrase ends before a second: "95% hồ sơ cư trú được nộp trực tuyến và không để …")
        said = own_phrase[predicate.start():]
        kind, whole = _kind(said, said), _kind(own_phrase[:predicate.start()])
        return f"dossiers_{kind}_pct" if kind and (kind in _ANY_WHOLE or whole in (None, _FEE_KIND)) else None
    # just before the number, after the last coordinator: "…mức độ 3 và 4.200 hồ sơ" starts afresh
    tail = re.split(r"[,;]", _last_words(verb_window, 40))[-1]
    joined = next((k for k, pattern in _KINDS for m in [pattern.search(tail)] if m and " và " in m.group()),
                  None) if " và " in tail else None
    if joined:  # "đúng hạn và trước hạn 177.401 hồ sơ": one phrase across 'và'
        return f"dossiers_{joined}" + suffix
    listed = _listed_kinds(_last_words(verb_window, 40))
    if listed:  # "– Đúng hạn, trước hạn: 1.179 hồ sơ": two kinds listed under one label, right before the number
        return f"dossiers_{listed}" + suffix
    rated = _rate_phrase(verb_window or desc) if pct else None
    if rated:  # "các đơn vị … trực tuyến đều đạt tỷ lệ giải quyết 100%": the rate names itself
        return f"dossiers_{rated}" + suffix
    near = _last_clause(verb_window, 40)
    opened = near.rfind("(")
    if opened >= 0 and _verb(near[opened + 1:], last=True):  # "huyện A (tiếp nhận 9.120 …": the parenthesis' own verb
        near = near[opened + 1:]
    # a number with its own verb right before it ends at its noun phrase: "tiếp nhận 14.209 hồ sơ, giải
    # quyết đúng hạn 98,9%" is received; the kind after the comma is the next clause's. (A verb after the
    # noun may coordinate with those after the comma: "5.083 hồ sơ được nộp, tiếp nhận và giải quyết trực
    # tuyến" are online dossiers.)
    verbed = _verb(near[-30:], last=True)
    # (a rate's phrase from its rate word on: "tỷ lệ | hồ sơ mức độ 3 đạt 1,7%")
    rated_from = rates[-1].end() if rates and rates[-1].end() <= len(own_phrase) else 0
    levelled = _LEVELLED_DOSSIER.match(own_phrase, rated_from)
    # "…, lĩnh vực đất đai tiếp nhận 41.530 hồ sơ nhưng chỉ 12.874 hồ sơ nộp trực tuyến": what came in, set against
    # the part of it that follows, is the whole, whatever kind an earlier clause named (not a level its own phrase
    # names: "Hồ sơ nộp ở mức độ 4 mới có 612" are those of the level)
    if verbed == "received" and not pct and _PART_FOLLOWS.search(desc) and not _kind(near + " " + desc) \
            and not levelled:
        return "dossiers_received"
    # (… nor when its own phrase says what was done to it and the next clause says something new: "6.254 hồ sơ đã có
    # kết quả, đúng hạn đạt 99,52%" are resolved; "5.083 hồ sơ được nộp, tiếp nhận … trực tuyến" goes on)
    says_own = bool(verbed) or _says_own_verb(own_phrase, desc[len(own_phrase):])
    after = own_phrase if says_own else desc
    # (far from the number, the services' name is a topic, no channel: "Về dịch vụ công trực tuyến, … tiếp nhận 128.406
    # hồ sơ" counts all received; "nộp qua dịch vụ công trực tuyến" still names the channel)
    # (an aside closed before the number's own verb speaks of what came before it: "tiếp nhận 1.246 hồ sơ (kể cả hồ
    # sơ kỳ trước chuyển sang), đã giải quyết 1.198 hồ sơ" are resolved, not carried over)
    far = past_asides(verb_window) if verbed else verb_window
    far = _TURNED.split(far)[-1]  # (what a clause said before a contrast turning to another subject is its own)
    far = _past_number_s_phrase(far) if says_own and not _repeats_verb(near, sentence_before) else far
    # (… nor what a conjunct before "và" said with a verb of another state: "66.780 hồ sơ được nộp qua mạng và đã giải
    # quyết 139.215 hồ sơ" are resolved, the channel was the filing's)
    far = near if verbed and _other_state_before(verb_window, near, verbed, sentence_before) else far
    # (a count's subject may leave its noun before the level: "Số hồ sơ | mức độ 4 là 61.207"; not a rate's: "tỷ lệ mức
    # độ 4" after counts of services is theirs)
    levelled = levelled if levelled and (levelled.group("noun") or not pct) else None
    if levelled and level_in(levelled.group()) in ("3", "4") and not _kind(near + " " + own_phrase):
        return f"dossiers_online_level{level_in(levelled.group())}" + suffix  # "8.321 hồ sơ ở mức độ 4"
    via = _VIA_LEVEL.search(near) if not pct and not _kind(near + " " + own_phrase) else None
    if via and level_in(via.group()) in ("3", "4"):  # "…; qua mức độ 4 chỉ có 87 hồ sơ": its clause's level
        return f"dossiers_online_level{level_in(via.group())}"
    channel = _CHANNEL_SUBJECT.search(near) if verbed == "received" and not _kind(near + " " + own_phrase) else None
    if channel:  # "Riêng Cổng Dịch vụ công quốc gia tiếp nhận 71.304 hồ sơ": the channel that took them in
        return f"dossiers_{next(k for k in _CHANNELS if channel.group(k))}" + suffix
    topic = _LEVEL_TOPIC.match(sentence_before or verb_window)
    for window in (near, own_phrase, without_service_names(far) + " " + after):
        kind = _kind(window, own_phrase, pct)
        if kind == "online" and topic and not pct:  # "Riêng mức độ 4, đã có 6.103 hồ sơ được nộp … qua mạng": at that level
            return f"dossiers_online_level{level_in(topic.group())}"
        if kind:
            return f"dossiers_{kind}" + suffix
    if topic and not pct and verbed in (None, "received") and not kind_only:  # "Riêng hồ sơ mức độ 4, tháng 9 ghi nhận 213 hồ sơ"
        return f"dossiers_online_level{level_in(topic.group())}"
    if kind_only:
        return None
    if _COORDINATED.search(verb_window[-60:]):  # "tiếp nhận, giải quyết … 8.000 hồ sơ": what came in
        return "dossiers_received" + suffix
    # (a verb of its own phrase first, when none stands in its own conjunct before it: "ghi nhận 126.418 hồ sơ tiếp
    # nhận, 118.602 hồ sơ đã giải quyết" — the verb behind the comma is the count before's)
    own_verb = verb_after_noun(own_phrase) if not _verb(near, last=True) else None
    verb = (own_verb or _verb(verb_window[-30:], last=True) or _verb(desc, last=False)
            or ("received" if _TOTAL.search(verb_window[-30:]) else None)
            or _verb(verb_window, last=True) or _verb(sentence_before, last=True))
    return f"dossiers_{verb}" + suffix if verb else None


def share_kind(words: str) -> str | None:
    """The share of a kind of dossiers the words name, and nothing else ("qua bưu điện" -> dossiers_postal_pct; no verb
    read from elsewhere), else None."""
    return dossier_metric(words, "", "", pct=True, kind_only=True)


def served_level(before: str, after: str, counted_before: bool = False) -> str | None:
    """The level ('3' or '4') of the services named as the subject of the receiving verb right before a count
    ("Năm 2015, nhóm dịch vụ mức độ 4 nhận | 95 hồ sơ"), else None; none when a part set against the count names
    the kind that came online ("… phát sinh 4.870 hồ sơ, | nhưng chỉ 156 hồ sơ gửi qua mạng"). The services' bare
    noun opens such a subject only when no count stands right before it (`counted_before`: `before` starts right
    after a number, "Sở A có 12 | dịch vụ mức độ 3 nhận 903 hồ sơ")."""
    turn = _TURNED.search(after)
    if turn and _kind(after[turn.end():]):
        return None
    clause = _last_clause(before, 60)
    found = _LEVEL_SUBJECT.search(clause)
    if found and found.group("noun") and counted_before and not clause[:found.start()].strip():
        return None
    level = level_in(found.group()) if found else None
    return level if level in ("3", "4") else None


_AND = re.compile(r"\svà\s")
_NUMBER_S_PHRASE = re.compile(rf"{_HEAD_FIRST.pattern}[^,;()]*?(?:[,;]|\svà\s)")


def _past_number_s_phrase(window: str) -> str:
    """A window that opens with the noun of the number before it, past that noun's phrase ("… 33.018 | hồ sơ nộp trực
    tuyến, | còn toàn tỉnh đã giải quyết 301.744 hồ sơ"): the kind said there is the number before's, when the count
    after says its own verb (a verb repeated from the count before makes a parallel item: "Chi nhánh A nhận 1.865 hồ sơ
    qua mạng, chi nhánh B nhận 1.032 hồ sơ" keeps the kind)."""
    found = _NUMBER_S_PHRASE.match(window)
    return window[found.end():] if found else window


def _other_state_before(window: str, near: str, verbed: str, sentence_before: str) -> bool:
    """The conjunct before the count's own (cut at "và") holds a dossier verb of another state than the count's, and
    a count of its own stands before it (not two verbs sharing one object: "tiếp nhận trực tuyến và giải quyết 1.200
    hồ sơ")."""
    opened = sentence_before[:len(sentence_before) - len(window)] if sentence_before.endswith(window) else ""
    if not near.strip() or not COUNT_NOT_YEAR.search(opened):
        return False
    cut = window.rstrip()[:-len(near.strip())]
    joined = _AND_END.search(cut)
    before = _verb(cut[:joined.start()][-40:], last=True) if joined else None
    return before is not None and before != verbed


_AND_END = re.compile(r"\svà\s*$")
COUNT_NOT_YEAR = re.compile(r"(?<![\d/.,])(?!(?:19|20)\d\d(?!\d))\d[\d.,]*")  # a count, not a year


def _repeats_verb(near: str, sentence_before: str) -> bool:
    """The last dossier verb right before a count is one its sentence said before, with an earlier count."""
    verbs = [m for pattern in (_RECEIVED, _RESOLVED) for m in pattern.finditer(near)]
    verb = max(verbs, key=lambda m: m.start()) if verbs else None
    return bool(verb) and sentence_before.count(verb.group()) >= 2


def _verb_right_at(text: str, pos: int) -> bool:
    """A dossier verb, a word that opens a figure's own predicate ("tỷ lệ", "số hóa"), or a time of its own ("… và trong
    năm 2020 đưa …": a new conjunct) opens text at pos."""
    return bool(_RESOLVED.match(text, pos) or _RECEIVED.match(text, pos) or _PREDICATE_OPENER.match(text, pos)
                or _TIME_OPENER.match(text, pos))


_PREDICATE_OPENER = re.compile(rf"{lexicon.union(lexicon.words('dossiers', 'figure_predicate_openers'))}(?!\w)")
_TIME_WORDS = [*lexicon.words("periods", "year"), *lexicon.words("periods", "quarter"),
               *lexicon.words("periods", "month")]
_TIME_OPENER = re.compile(rf"(?:{lexicon.union(lexicon.words('periods', 'year_prepositions'))}\s+)?"
                          rf"{lexicon.union(_TIME_WORDS)}\s+[\divx]")


def _verb_ends_at(text: str, start: int, end: int) -> bool:
    """A dossier verb ends text[start:end] ("nộp, tiếp nhận | và giải quyết")."""
    return any(m.end() == end for pattern in (_RESOLVED, _RECEIVED) for m in pattern.finditer(text, start, end))


def verb_conjunct_at(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the last "và" in text[start:end] right before a dossier verb, a predicate opener ("tỷ lệ", "số hóa")
    or a time of its own, and not closing a run of verbs, else None: before a number, the words from it are that
    number's label ("có 412 hồ sơ nộp qua mạng | và | giải quyết đúng hạn 99,1%"; but "được nộp, tiếp nhận và giải
    quyết trực tuyến" shares its verbs' words)."""
    found = [m.span() for m in _AND.finditer(text, start, end) if _verb_right_at(text, m.end())
             and not _verb_ends_at(text, max(start, m.start() - 15), m.start())]
    return found[-1] if found else None


_MANNER_POINTER = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('dossiers', 'manner_pointers'))}(?!\w)")


def repeats_received_verb(label: str, sentence_before: str) -> bool:
    """A label's receiving verb is the one its sentence said before it, with the first count ("Sở A nhận 1.364 hồ sơ …
    qua mạng, Sở B nhận 452 hồ sơ"): repeated, it names no other state of the flow."""
    verb = _RECEIVED.search(label)
    return bool(verb) and sentence_before.count(verb.group()) >= 2


def points_to_a_way(post: str) -> bool:
    """A dossier count whose own phrase points back to a way of filing named before ("312 hồ sơ được nộp theo cách
    này", "… qua kênh này"): it counts what was filed that way."""
    return bool(_MANNER_POINTER.search(PHRASE_END.split(post, maxsplit=1)[0]))


_NOUN_AND_ADVERBS = re.compile(rf"{_HEAD_FIRST.pattern}(?:\s+(?:{lexicon.union(lexicon.words('dossiers', 'predicate_adverbs'))}"
                               rf"|{lexicon.union(lexicon.words('dossiers', 'predicate_markers'))})(?!\w))*\s+")


# a dossier verb, perhaps with a copula, ending the words right before a number (dossiers.yml verb_copulas)
_VERB_AT_END = re.compile(rf"(?:(?P<resolved>{_RESOLVED.pattern})|(?P<received>{_RECEIVED.pattern}))"
                          rf"(?:\s+(?:{lexicon.union(lexicon.words('dossiers', 'verb_copulas'))}))?\s*$")


def dossier_verb_before(words: str) -> str | None:
    """dossiers_received / dossiers_resolved when a dossier verb, perhaps with a copula, ends the words right before a
    number ("…, đã giải quyết 39.774", "tiếp nhận là 1.204"); None when other words stand between."""
    found = _VERB_AT_END.search(words)
    return f"dossiers_{found.lastgroup}" if found else None


def verb_after_noun(own_phrase: str) -> str | None:
    """The verb right after a count's noun, perhaps after an adverb or a passive marker ("118.602 hồ sơ đã giải
    quyết", "39.866 hồ sơ được giải quyết"); not one deeper in its phrase ("hồ sơ thuộc kênh nộp tại quầy")."""
    found = _NOUN_AND_ADVERBS.match(own_phrase)
    return _verb(" ".join(own_phrase[found.end():].split()[:2]), last=False) if found else None


def _says_own_verb(own_phrase: str, rest: str) -> bool:
    """A count's own phrase names its verb ("hồ sơ đã được giải quyết") and the next clause opens with none of its
    own (no verbs coordinated after the comma), or opens with a subject of its own, a part left unnamed ("356.720 hồ
    sơ mà các cơ quan tiếp nhận, phần nộp qua mạng chiếm 3,2%")."""
    after = rest.lstrip(" ,;")
    return bool(_verb(own_phrase, last=False)) and (not _verb(after[:20], last=False) or bool(_PART_OPENS.match(after)))


_PART_OPENS = re.compile(rf"{lexicon.union(lexicon.words('metric_words', 'noun_then_share.elided_subjects'))}\s")


_ASSISTED = re.compile(rf"{lexicon.not_after(lexicon.words('dossiers', 'assisted_not_after'))}"
                       rf"(?<!\w)(?:{lexicon.union(lexicon.words('dossiers', 'assisted_verbs'))})(?!\w)"
                       rf"(?:\s+[^\W\d_]+){{0,6}}\s*$")


# (… or governs a series of the things helped with, the count in its last: "được hướng dẫn tạo tài khoản, chụp giấy tờ
# và nộp 3.146 hồ sơ")
_ASSISTED_SERIES = re.compile(rf"{lexicon.not_after(lexicon.words('dossiers', 'assisted_not_after'))}"
                              rf"(?<!\w)(?:{lexicon.union(lexicon.words('dossiers', 'assisted_verbs'))})(?!\w)"
                              rf"(?:\s+[^\W\d_]+){{1,8}}(?:,(?:\s+[^\W\d_]+){{1,8}})*\s+và(?:\s+[^\W\d_]+){{1,4}}\s*$")


def assisted(pre: str) -> bool:
    """Whether a helper's work stands right before a count of dossiers in its clause ("các tổ đã hỗ trợ người dân nộp
    8.742 …", "hướng dẫn nộp thành công 4.216 …"): the dossiers helped with, not the province's online dossiers."""
    return bool(_ASSISTED.search(re.split(r"[,;:.]", pre)[-1]) or _ASSISTED_SERIES.search(re.split(r"[;:.]", pre)[-1]))


def says_own_dossiers(phrase: str) -> bool:
    """The words after a dossier count's noun, up to the end of its phrase, name its kind or what was done to it
    ("(2.218 hồ sơ tiếp nhận, …)", "412 hồ sơ qua mạng"): the count says what it counts."""
    own = PHRASE_END.split(phrase, maxsplit=1)[0]
    return bool(_kind(own, own) or _verb(own, last=False))


_PAIRS = tuple((re.compile(rf"(?<!\w){lexicon.union(words)}$"), re.compile(rf",\s*{lexicon.union(words)}(?!\w)"))
               for _, words in lexicon.kinds("structure", "paired_nouns"))


def phrase_to_end(text: str) -> str:
    """The text up to its first phrase end, a comma pairing two nouns none ("hồ sơ được người dân, doanh nghiệp nộp qua
    mạng" is one phrase)."""
    for end in PHRASE_END.finditer(text):
        if end.group() != "," or not pairs_nouns(text, end.start()):
            return text[:end.start()]
    return text


def pairs_nouns(folded: str, comma: int) -> bool:
    """The comma at `comma` joins two paired words of one group ("người dân, doanh nghiệp", "văn bản đi, đến"): no
    clause or item ends there."""
    return any(after.match(folded, comma) and before.search(folded, max(0, comma - 20), comma)
               for before, after in _PAIRS)
