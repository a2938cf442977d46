"""The metric each head noun gives, from the words around its number: services by level or kind,
procedures and changes to their catalogue, dossiers (nouns.dossier_metric), officials' e-mail,
documents, agencies' coverage, … (the words are in lexicon/vi/nouns.yml, `metrics`)."""
from __future__ import annotations

import re

from ..reference.catalogue import catalogue
from ..text import lexicon
from .context import Context
from .cues import ENDS_OUT_OF, QUALIFIER_WORDS, RANKING_OPENER
from .nouns import (ACCOUNT_OWNERS, E_DOC, EMAIL, LEVEL_PATTERN, ONE_STOP_OFFICES, OTHER_ACCOUNTS, PHRASE_END,
                    SECOND_PREDICATE, account_owners,
                    clause_before, conjunct_before, dossier_metric, head_at, level_in, noun_words, own_phrase_after,
                    own_words_after, pairs_nouns)
from .restate import raised_total


def _m(key: str) -> str:
    """A list of the head metrics' words (nouns.yml `metrics`) as a regex group, matched as a prefix."""
    return lexicon.union(noun_words(f"metrics.{key}"))


def _metric_re(key: str) -> re.Pattern[str]:
    return re.compile(_m(key))


_NATIONAL_PORTAL = re.compile(rf"{_m('services.national_portal')}|{_m('services.integrated')}[^,;]{{0,40}}"
                              rf"{_m('services.national')}")


_JOINED = rf"\s(?:{_m('services.portal_joiners')})\s+"
_BOTH_PORTALS = re.compile(rf"{_m('services.national_portal')}[^,;()]{{0,12}}?{_JOINED}{_m('services.other_portals')}(?!\w)"
                           rf"|(?<!\w){_m('services.other_portals')}\s[^,;()]{{0,60}}?{_JOINED}{_m('services.national_portal')}")
_OFFERED = re.compile(rf"(?<!\w){_m('services.offered')}(?:\s+[^\W\d]+){{0,2}}\s*$")
_ON_NATIONAL_PORTAL = re.compile(rf"[^,;.:()]{{0,40}}?\s{_m('services.offered_on')}\s+{_m('services.national_portal')}")
_COUNTED_BEFORE = re.compile(rf"\d\s+(?:{lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['services'])})(?!\w)")
_INTEGRATED = _metric_re("services.integrated")
_NO_DOSSIERS = _metric_re("services.no_dossiers")
_WITH_DOSSIERS = _metric_re("services.with_dossiers")
_SATISFIED = re.compile(lexicon.union(lexicon.words("metric_words", "satisfaction.word")))
_SERVED_ELSEWHERE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('metric_words', 'satisfaction.served_elsewhere'))}\b")


_FULL_PROCESS = _metric_re("services.full_process")


# (not a fraction in words: "gần một phần ba" is a third, dossiers.yml kinds_not_followed_by)
_PARTIAL_WORDS = lexicon.branches(noun_words("metrics.services.partial"),
                                  not_followed_by=lexicon.entry("dossiers", "kinds_not_followed_by"))
_PARTIAL = re.compile(_PARTIAL_WORDS)


_FULL_OR_PARTIAL = re.compile(rf"{_m('services.full_process')}|{_PARTIAL_WORDS}")


# "(toàn trình 1.036, một phần 618)": a label right before the number
_FULL_OR_PARTIAL_LABEL = re.compile(rf"(?:{_m('services.full_process')}|{_PARTIAL_WORDS})\s*"
                                    rf"(?:{_m('procedures.label_copulas')}|:)?\s*$")


_SERVICES_NAMED = _metric_re("services.named")


_SERVICES_NAMED_FIRST = re.compile(rf"\s*{_m('services.named')}")




_INTERLINKED = _metric_re("procedures.interlinked")


_ONLINE = _metric_re("online")
_PROCEDURES_ONLINE = _metric_re("procedures_online")
_PUT_ONLINE = _metric_re("procedures_put_online")
_SYSTEM_NAME = re.compile(rf"(?<!\w){_m('system_places')}\s+{_m('system_nouns')}(?!\w)"
                          rf"[^,;:.()]*?(?=\s+của(?!\w)|[,;:.()]|$)")
_PUT_ONLINE_BEFORE = re.compile(rf"(?:{_m('procedures_put_online')})\s*$")  # "… đưa lên mạng " right before the count


_CERTIFICATES = _metric_re("certificates")


_NOT_EMAIL = _metric_re("agencies.not_email")


_EDOCS_SOFTWARE = _metric_re("agencies.edocs_software")


_COVERAGE_WORDS = lexicon.entry("nouns", "metrics.agencies.coverage_words")


def _coverage(metric: str, phrases: list[str]) -> re.Pattern[str]:
    """A coverage kind's phrases (as a prefix) and its whole words."""
    words = _COVERAGE_WORDS.get(metric)  # (not inside the desk's name: "Bộ phận một cửa cấp huyện: 13,34%")
    return re.compile(lexicon.union(phrases, not_in=ONE_STOP_OFFICES)
                      + (f"|{lexicon.alternation(words)}" if words else ""))


# the coverage of agencies: in the figure's phrase or the clause after it; then in the sentence after
_COVERAGE = tuple((metric, _coverage(metric, phrases))
                  for metric, phrases in lexicon.kinds("nouns", "metrics.agencies.coverage"))


_ONE_STOP_OFFICE = re.compile(lexicon.union(ONE_STOP_OFFICES))
_COVERAGE_AFTER = tuple((metric, re.compile(lexicon.union(phrases)))
                        for metric, phrases in lexicon.kinds("nouns", "metrics.agencies.coverage_after"))


_READING_MAIL = re.compile(rf"(?<!\w)(?:{_m('officials.reading_mail')})(?!\w)")  # (whole words: not "thường")
_EMAIL_USAGE = re.compile(f"{_m('officials.usage')}|{_READING_MAIL.pattern}")
_BARE_ACCOUNT = re.compile(rf"(?<!\w){lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['accounts'])}(?!\w)")


_EMAIL_ISSUED = re.compile(lexicon.branches(noun_words("metrics.officials.issued"),
                                           not_followed_by=lexicon.entry("nouns", "metrics.officials.issued_not_followed_by")))


_DOCS_INCOMING = re.compile(rf"\s*{_m('documents.incoming')}")


_DOCS_OUTGOING = re.compile(rf"\s*{_m('documents.outgoing')}(?!\w)")
_SENDS_OUT = re.compile(rf"(?<!\w){_m('documents.outgoing_verbs')}\s*$")


_DOCS_PROCESSED = _metric_re("documents.processed")


_OUTDATED = re.compile(rf"{_m('computers_outdated')}|{_m('computers_outdated_words')}(?!\w)")


_TASKS_COMPLETED = _metric_re("tasks_completed")


_NETWORK = _metric_re("network_points")


_PORTAL_VISITS = _metric_re("portal_visits")


_INFO_ONLINE = _metric_re("info_online")


def services_by_dossiers(after: str) -> str | None:
    """The services counted by whether dossiers came through them, when the words right after a figure's comma say so
    ("…, không phát sinh hồ sơ nào"), else None."""
    piece = after.lstrip(" ,")
    if _NO_DOSSIERS.match(piece):
        return "services_no_dossiers"
    return "services_with_dossiers" if _WITH_DOSSIERS.match(piece) else None


def offered_on_national_portal(sentence_before: str, desc: str) -> bool:
    """Whether a count is of the services offered on the national portal, the first count of services in its sentence
    ("Tỉnh hiện cung cấp 1.768 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia"): all the services offered."""
    before = re.split(r"[;:]", sentence_before)[-1]
    on = _ON_NATIONAL_PORTAL.match(desc)
    return bool(on and _OFFERED.search(before) and not _INTEGRATED.search(before + " " + desc[:on.end()])
                and not _COUNTED_BEFORE.search(sentence_before))


# "cộng với nhóm toàn trình, tổng số dịch vụ … là 1.713", "tính cả dịch vụ một phần, …": what a figure adds in up to its
# comma, a part of it, not its kind (structure.yml inclusion_openers)
_INCLUDED = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'inclusion_openers'))})\s[^\d,;]*(?:,|$)")


_NEW_CLAUSE = re.compile(rf"[,;]?\s+(?:{_m('services.new_clause')})(?!\w)")


def services_metric(level: str | None, desc: str, pct: bool) -> str | None:
    """The services metric a figure's words name: the portal, whether dossiers came, the kind, else the level."""
    desc = _INCLUDED.sub(" ", desc)
    # (the portal named in the figure's own clause, not after a second predicate: "… trên Cổng dịch vụ công của tỉnh
    # và đã kết nối với Cổng Dịch vụ công quốc gia")
    own = SECOND_PREDICATE.split(_NEW_CLAUSE.split(desc, maxsplit=1)[0], maxsplit=1)[0]
    if _NATIONAL_PORTAL.search(own) and not _BOTH_PORTALS.search(own):
        return "services_national_portal" + ("_pct" if pct else "")
    if _NO_DOSSIERS.search(desc):
        return "services_no_dossiers" + ("_pct" if pct else "")
    if _WITH_DOSSIERS.search(desc):
        return "services_with_dossiers" + ("_pct" if pct else "")
    if _FULL_PROCESS.search(desc):  # Decree 42/2022 vocabulary: kept apart from the old levels
        return "services_full_process" + ("_pct" if pct else "")
    if _PARTIAL.search(desc):
        return "services_partial" + ("_pct" if pct else "")
    if level:
        return f"services_level{level}" + ("_pct" if pct else "")
    return None if pct else "services_total"


_USING_EMAIL = re.compile(rf"[^.;:\d]{{0,40}}?(?<!\w)(?:{lexicon.union(lexicon.words('nouns', 'metrics.agencies.email_use_verbs'))})"
                          rf"\s+(?:{_m('agencies.email_use_adverbs')}\s+)?(?:hệ thống\s+)?{EMAIL.pattern}")


# the units counted, a verb issuing accounts in the active voice (not "được cấp"), then a number or the accounts
_ACCOUNT_NOUNS = lexicon.union(dict(lexicon.kinds("nouns", "heads"))["accounts"])
_ISSUING = re.compile(rf"[^.;:\d]{{0,50}}?(?<!\w)(?<!được )(?:đã\s+)?{_m('officials.issued_active')}\s+"
                      rf"(?:\d|(?:{_ACCOUNT_NOUNS})(?!\w)|{EMAIL.pattern})")
_NOT_USING = re.compile(rf"[^.,;:\d]{{0,40}}?(?<!\w)(?:{lexicon.union(lexicon.words('nouns', 'metrics.agencies.email_use_negations'))})"
                        rf"\s+(?:{lexicon.union(lexicon.words('nouns', 'metrics.agencies.email_use_verbs'))})(?!\w)")


_BARE_SYSTEM = re.compile(rf"^\W*(?:{_m('agencies.bare_system_leads')},?\s+)?{_m('agencies.bare_system')}\s+"
                          rf"(?:{_m('agencies.bare_system_keepers')}\s+(?:[^\s,;]+\s+){{1,8}}?"
                          rf"{_m('agencies.bare_system_keeper_verbs')}\s+)?"
                          rf"{_m('agencies.bare_system_followers')}(?!\w)")


# "cơ quan, đơn vị sử dụng hệ thống": agencies using "the system", named by no name of its own
_USING_BARE_SYSTEM = re.compile(rf"(?<!\w)(?:{_m('agencies.email_use_verbs')})\s+{_m('agencies.bare_system')}\s*"
                                rf"(?::|{_m('agencies.label_copulas')})?\s*$")


def _served_by_email(ctx: Context, desc: str = "") -> bool:
    """The agencies counted after "the system" opening their clause, or labelled as using it, the system the article
    named last being e-mail ("… hệ thống thư điện tử công vụ … ¶ Hệ thống hiện phục vụ 318 cơ quan, đơn vị", "Số hộp thư
    đã cấp: 6.842. Số cơ quan, đơn vị sử dụng hệ thống: 412.")."""
    # (the clause read from the sentence, not from the figure before: "hệ thống đang quản lý 10.120 tài khoản và phục
    # vụ 186 cơ quan, đơn vị")
    return ctx.accounts_email and bool(_BARE_SYSTEM.match(clause_before(ctx.sentence_before))
                                       or _USING_BARE_SYSTEM.search(desc))


def _email_named_last(words: str) -> bool:
    """Whether the system the words name last, of those owning accounts or the document software, is e-mail (True when
    they name none)."""
    ends, email = account_owners(words)
    software = [m.end() for m in _EDOCS_SOFTWARE.finditer(words)]
    if software and (not ends or software[-1] > ends[-1]):
        return False
    return not email or email[-1]


_OWN_CONJUNCT = re.compile(rf";|,\s*(?:{lexicon.union(lexicon.words('structure', 'coordinators'))}"
                           rf"|{lexicon.union(lexicon.words('structure', 'contrast_turns'))})\s")
_OWNER_BEFORE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('places', 'owner_words'))}\s+$")


def _agencies(ctx: Context, desc: str) -> str | None:
    pct = ctx.unit == "percent"
    scope_text = desc + " " + ctx.clause_after
    if not pct and _NOT_USING.match(ctx.sentence_after):
        return None  # the agencies that do not use it: "vẫn còn 9 đơn vị chưa dùng hộp thư công vụ"
    if not pct and _OWNER_BEFORE.search(ctx.pre) and not EMAIL.search(_OWN_CONJUNCT.split(ctx.sentence_before)[-1]) \
            and not EMAIL.search(ctx.clause_after) and not _BARE_ACCOUNT.search(ctx.pre[-40:]):
        return None  # the owners of a thing their clause names, no e-mail: "sổ hộ tịch của 106 xã … đã được số hóa"
    # (not when another system is named after the e-mail, nearer the count: "Hệ thống thư điện tử … đã cấp 4.820 tài
    # khoản; phần mềm quản lý văn bản được triển khai tại 27 cơ quan"; or served by "the system" the article named last)
    own_clause = ctx.sentence_before.rsplit(";", 1)[-1]
    # (a clause of its own after ";" naming what else covers the agencies, no e-mail in it: "… đã cấp 3.912 tài khoản
    # thư điện tử; bộ phận một cửa điện tử hoạt động tại 12/65 xã")
    other = ";" in ctx.sentence_before and not EMAIL.search(own_clause) \
        and (_ONE_STOP_OFFICE.search(own_clause) or any(p.search(own_clause) for _, p in _COVERAGE))
    named_email = EMAIL.search(ctx.pre + " " + ctx.sentence_before[-120:]) and not _NOT_EMAIL.search(ctx.pre) \
        and _email_named_last(ctx.sentence_before[-120:])
    # (… not the units that issue the accounts: "13 huyện, thị xã, thành phố đã cấp 6.208 tài khoản")
    issuing = bool(_ISSUING.match(ctx.sentence_after))
    after = _OWN_CONJUNCT.split(ctx.sentence_after, maxsplit=1)[0]  # (its own conjunct: not "…, nhưng nhiều người …")
    mail = EMAIL.search(after) if not pct else None
    if mail and _PERSONAL_EMAIL.match(after, mail.end()):
        return None  # the mail named next is people's own: "… còn ở 91 xã, nhiều cán bộ vẫn quen dùng hộp thư cá nhân"
    if not pct and not other and not issuing \
            and (named_email or _USING_EMAIL.match(ctx.sentence_after) or _served_by_email(ctx, desc)):
        return "email_agencies"  # (…, or agencies that use it: "96 cơ quan, đơn vị sử dụng thư điện tử công vụ")
    if _CERTIFICATES.search(ctx.pre) and not pct:
        return "digital_certificates"
    if _EDOCS_SOFTWARE.search(ctx.pre + " " + desc) and not pct:
        return "edocs_software_agencies"
    # (a kind in the figure's unit only: a count of agencies is no share, "17/20 sở … dùng chữ ký số"; a share is no
    # count of agencies that signed a pledge, "huyện A cam kết đạt 70%")
    unit = "percent" if pct else "count"
    for metric, pattern in _COVERAGE:
        if pattern.search(scope_text) and unit in catalogue().units(metric):
            return metric
    for metric, pattern in _COVERAGE_AFTER:
        if pattern.search(ctx.sentence_after) and unit in catalogue().units(metric):
            return metric  # "19/19 sở …; 10/10 huyện …; … đã thực hiện cơ chế một cửa"
    return None


_PROCEDURE_KINDS = lexicon.ordered_kinds("procedures", "kinds")
_AFTER_ONLY = set(lexicon.words("procedures", "after_count_only"))
_KINDS_BEFORE = tuple((kind, re.compile(lexicon.alternation([p for p in phrases if p not in _AFTER_ONLY])))
                      for kind, phrases in lexicon.kinds("procedures", "kinds") if set(phrases) - _AFTER_ONLY)
_ANY_PROCEDURE_KIND = lexicon.any_kind("procedures", "kinds")  # a pre-check: most windows name none
_IN_FORCE = re.compile(rf"{lexicon.alternation(lexicon.entry('procedures', 'in_force'))}"
                       rf"|(?<!\w){lexicon.union(lexicon.words('procedures', 'in_force_leads'))}(?:\s+[^\s.;:]+){{0,8}}?"
                       rf"\s+{lexicon.union(dict(lexicon.kinds('procedures', 'kinds'))['announced'])}(?!\w)")
_ANNOUNCING_ACT = lexicon.pattern("procedures", "announcing_acts")
_SOURCE_CLAUSE = re.compile(rf"^\W*{lexicon.union(lexicon.words('structure', 'source_leads'))}\s[^,;]*,")


def _announces(window: str) -> bool:
    """Whether "công bố" in a window is an act of announcing: not "đã công bố" alone, which states the
    catalogue in force, unless a decision, a list or a change is named too."""
    return not _IN_FORCE.search(window) or bool(_ANNOUNCING_ACT.search(window)) or any(
        pattern.search(window) for kind, pattern in _PROCEDURE_KINDS if kind != "announced")


_PUBLISHED_NEXT = re.compile(rf",\s*(?P<near>(?:[^\W\d]+\s+){{0,3}}?"
                             rf"(?:{lexicon.union(lexicon.words('procedures', 'publishing_particles'))}\s+){{0,2}}"
                             rf"{lexicon.union(lexicon.words('procedures', 'publishing_verbs'))}\s*)$")


def _procedure_kind(before: str, desc: str) -> str | None:
    """A change or subset of the procedure catalogue named right before the count or in its own
    phrase ("bãi bỏ 15 TTHC", "305 TTHC mới", "công bố danh mục 201 TTHC"); "đã công bố" alone names none."""
    own = PHRASE_END.split(desc, maxsplit=1)[0]
    near = re.split(r"(?:;|\bvà\b)", before)[-1]
    # (a verb publishing them next to the count, after a comma, is what was done to them: "đã rà soát, công khai 263
    # TTHC", "sau khi rà soát, tỉnh đã niêm yết 1.765 TTHC")
    near = published.group("near") if (published := _PUBLISHED_NEXT.search(near)) else near
    for window, kinds in ((near, _KINDS_BEFORE), (own, _PROCEDURE_KINDS)):
        if not _ANY_PROCEDURE_KIND.search(window):
            continue
        for kind, pattern in kinds:
            if pattern.search(window) and (kind != "announced" or _announces(near + " " + own)):
                return kind
    return None


_LEVEL_WORDS = lexicon.union(lexicon.words("numbers", "level_words"))
_MOVE_FROM = rf"[^,;:.]{{0,40}}?(?<!\w){lexicon.union(lexicon.words('structure', 'level_move_from'))}\s+"  # "… từ "
_LEVEL_MOVE = re.compile(rf"{_MOVE_FROM}{_LEVEL_WORDS}\s*\w+\s+"
                         rf"{lexicon.union(lexicon.words('structure', 'level_move_to'))}\s+(?:{_LEVEL_WORDS}\s*)?\w+")
_MOVE_ACROSS = re.compile(rf"{_MOVE_FROM}[^,;:.\d]{{1,60}}?\s"
                          rf"{lexicon.union(lexicon.words('structure', 'move_across'))}\s")


_APPLIED_TO = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'metrics.procedures.applied_to'))}\s+"
                         rf"(?:{lexicon.union(list(QUALIFIER_WORDS))}\s+)?$")
_OPENS_PARTS = re.compile(rf"[^.;]*?,\s*{lexicon.union(lexicon.words('metric_words', 'of_which'))}\b")
_FEE_MEASURE = re.compile(rf"(?<!\w){lexicon.group('nouns', 'metrics.procedures.fee_measures')}[^;.\d]{{0,40}}?"
                          rf"(?<!\w){lexicon.group('nouns', 'metrics.procedures.fee_words')}(?!\w)[^;.\d]{{0,40}}$")


def _moved(desc: str) -> bool:
    """The count's own words move what it counts between levels ("nâng 218 dịch vụ … từ mức độ 3 lên mức độ 4") or
    from one kind or tier to another ("12 thủ tục được chuyển từ cấp tỉnh sang cấp huyện"): a move, no stock."""
    return bool(_LEVEL_MOVE.match(desc) or _MOVE_ACROSS.match(desc))


def _services_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    if not pct and _moved(desc):
        return None  # "nâng 218 dịch vụ … từ mức độ 3 lên mức độ 4": moved between levels, neither level's stock
    level = level_in(desc)
    own = _PREDICATE_OR_CLAUSE.split(desc, maxsplit=1)[0]
    if not pct and level_in(own) is None and not _FULL_OR_PARTIAL.search(own) \
            and offered_on_national_portal(ctx.sentence_before, desc):
        return "services_total"  # "Tỉnh hiện cung cấp 1.768 dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia"
    labelled = _LEVEL_LABEL_BEFORE.search(ctx.pre) if level is not None and level_in(own) is None else None
    if labelled:  # "mức độ 3 có 412 dịch vụ, còn mức độ 4 …": its own label's level, not the next clause's
        return services_metric(level_in(labelled.group()), own, pct)
    if level is not None and level_in(own) is None and _AND_NEXT.match(desc, len(own)):
        # "nâng số dịch vụ mức độ 3 lên ít nhất 300 dịch vụ và mức độ 4 lên 60 dịch vụ": the level after "và" is the
        # next item's; this one's stands before it, if anywhere
        level = level_in(ctx.pre)
    some = _SOME_AT_LEVEL.search(desc, len(own)) if level is not None and level_in(own) is None else None
    if some and level_in(desc[:some.start()]) is None:
        # "1.418 dịch vụ công trực tuyến, phần lớn ở mức độ 2", "461 dịch vụ đã có người thanh toán qua mạng, đa số là
        # dịch vụ mức độ 4": most of them are at that level, not all
        level = None
    if level is not None and level_in(own) is None and (turn := _NEW_SUBJECT.match(desc, len(own))) \
            and (head_at(desc[turn.end():]) or _LABELS_OWN_NUMBER.match(ctx.sentence_after, turn.end())):
        # "trong 1.834 dịch vụ … đang cung cấp, dịch vụ mức độ 4 chiếm hơn một nửa": a noun opening the next clause is
        # its subject, the level its own
        level = level_in(ctx.pre)
    if not pct and (level_in(own) or _FULL_OR_PARTIAL.search(own)) and _NATIONAL_PORTAL.search(desc) \
            and not _NATIONAL_PORTAL.search(own) and not _INTEGRATES_BEFORE.search(ctx.pre):
        # "612 dịch vụ công trực tuyến mức độ 4, được tích hợp … với Cổng Dịch vụ công quốc gia", "517 dịch vụ một phần,
        # tất cả được tích hợp …": the stock of its level or kind, integrated as its predicate says (not "đã tích hợp
        # 300 dịch vụ mức độ 4", a count of those integrated)
        return services_metric(level_in(own), own, pct)
    if level is None and not pct and _PAID.search(PHRASE_END.split(desc, maxsplit=1)[0]):
        return "services_paid_online"  # "578 dịch vụ đã tích hợp thanh toán trực tuyến": those that take payment
    if level is None and not pct and _FULL_OR_PARTIAL_LABEL.search(ctx.pre):
        return services_metric(None, ctx.pre[-20:], pct)  # "trong đó toàn trình 1.140 dịch vụ": the label names the kind
    # "1.121 dịch vụ toàn trình": the kind of online service names the services as well as "trực tuyến" does
    # (as do dossiers that came through them or not: "377 dịch vụ chưa từng phát sinh một hồ sơ nào")
    if level is None and not pct and not _SERVICES_NAMED_FIRST.match(desc) and not _FULL_OR_PARTIAL.search(desc[:40]) \
            and not _NO_DOSSIERS.search(desc) and not _WITH_DOSSIERS.search(PHRASE_END.split(desc, maxsplit=1)[0]):
        pre = _past_figure_before(ctx)
        raised = raised_total(pre) and _SERVICES_NAMED.search(ctx.sentence_before)  # (their total, named in full before)
        if not _SERVICES_NAMED.search(pre) and not level_in(pre) and not raised:
            # "2. Dịch vụ công trực tuyến: tỉnh cung cấp 1.578 dịch vụ": the line's label names the services (not when the
            # count's own phrase speaks of a level: "19 dịch vụ ở mức này")
            label = _LINE_LABEL.match(ctx.sentence_before)
            # (… or the sentence before names them and this one is a bare total's label: "Dịch vụ công trực tuyến.
            # Tổng số: 1.205 dịch vụ.")
            total = _TOTAL_LABEL.fullmatch(ctx.sentence_before) and _SERVICES_NAMED.search(ctx.context_before)
            # (… or its parts name levels or kinds only online public services have: "cổng có 1.905 dịch vụ, trong đó
            # 318 dịch vụ mức độ 3")
            total = total or _PARTS_AT_LEVELS.match(ctx.sentence_after)
            if not total and not (label and _SERVICES_NAMED.search(label.group("label"))
                                  and ":" not in ctx.sentence_before[label.end():]
                                  and not _LEVEL_WORD.search(PHRASE_END.split(desc, maxsplit=1)[0])):
                return None
        # "Số dịch vụ công trực tuyến toàn trình: 1.021 dịch vụ"; the clause nearest the count that names a level
        # ("Số còn lại ở mức độ 1 và mức độ 2, riêng mức độ 2 có 1.108 dịch vụ")
        # (not at a comma between two levels: "mức độ 3, 4", "mức độ 3, mức độ 4", nouns.PHRASE_END)
        level = next((found for clause in reversed(PHRASE_END.split(pre)) if (found := level_in(clause))), None)
        # (a total raised names the level its subject did: "số dịch vụ mức độ 3 tăng thêm 47 dịch vụ, nâng tổng số lên
        # 212 dịch vụ")
        # (the one level the sentence names; parts raised at two levels raise the total: "đưa 356 dịch vụ lên mức độ 3
        # và 74 dịch vụ lên mức độ 4, nâng tổng số … lên 1.718")
        named = {level_in(m.group()) for m in LEVEL_PATTERN.finditer(ctx.sentence_before)} if raised else set()
        level = level or (named.pop() if len(named) == 1 else None)
        desc = pre + " " + desc
    if level is not None and level_in(own) == level and not _FULL_OR_PARTIAL.search(own):
        # "1.102 dịch vụ mức độ 3, đúng bằng số dịch vụ một phần": its own level, not a kind named after its clause
        desc = own + _FULL_OR_PARTIAL.sub(" ", desc[len(own):])
    some = _SOME_OF_THEM.search(desc)
    return services_metric(level, desc[:some.start()] if some else desc, pct)


_AND_NEXT = re.compile(r"\svà\s")
# a level label right before the count, its copula after it ("mức độ 3 có ", "mức độ 4: ")
_LEVEL_LABEL_BEFORE = re.compile(rf"{LEVEL_PATTERN.pattern}\s*"
                                 rf"(?::|{lexicon.union(lexicon.words('metric_words', 'label_copulas'))})?\s*$")
# a level label opening the next clause, a number of its own in that clause ("945 dịch vụ công trực tuyến, mức độ 3 chiếm
# 12,7%"): the level is that number's
_LABELS_OWN_NUMBER = re.compile(rf"{LEVEL_PATTERN.pattern}[^,;.\d]{{0,25}}\d")
# a quantity opening the clause after a count's own phrase ("…, phần lớn ở mức độ 2"): the level it names is some of them's
_NEW_SUBJECT = re.compile(r"\s*[,;]\s*")
_MOST = lexicon.words("structure", "spelled_quantities") + lexicon.words("structure", "mostly_words")
# (a qualifier may come first: "…, gần như toàn bộ ở mức độ 2", almost all of them)
_SOME_AT_LEVEL = re.compile(rf"\s*,\s*(?:(?:{lexicon.branches(QUALIFIER_WORDS)})\s+)?(?:{lexicon.union(_MOST)})(?!\w)")
# a part of them, said or unstated, opening the next clause ("…, nhiều dịch vụ chưa phát sinh hồ sơ", "…, phần lớn chưa
# có hồ sơ"): what that clause says is not said of the count
_PARTS = lexicon.words("structure", "spelled_quantities") + lexicon.words("structure", "some_quantities")
_SOME_OF_THEM = re.compile(rf"\s*[,;]\s*(?:{lexicon.union(_PARTS)})(?!\w)")


def _past_figure_before(ctx: Context) -> str:
    """The words before a count, less the own phrase of the figure right before them (up to its first comma or
    semicolon) when the words after it name the services themselves, a subject of their own: "742 | dịch vụ một phần,
    | nâng tổng số dịch vụ công trực tuyến lên 1.845 dịch vụ" (not "468 dịch vụ mức độ 3, kỳ này có 512 dịch vụ": the
    series goes on with the level said before)."""
    if ctx.pre_cut or not ctx.after_count:
        return ctx.pre
    own = re.split(r"[,;]", ctx.pre, maxsplit=1)[-1]
    # (… or raise their total, named bare: "702 dịch vụ một phần, nâng tổng số dịch vụ lên 1.738" is all of them)
    return own if _SERVICES_NAMED.search(own) or raised_total(own) else ctx.pre


_TOTAL_LABEL = re.compile(rf"\W*(?:{lexicon.union(lexicon.words('metric_words', 'count_subjects'))})\s*:\s*")
_LEVEL_WORD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('numbers', 'level_words'))}(?!\w)")
_LIST_OPENERS = lexicon.union(lexicon.words('structure', 'list_openers'))
_PARTS_AT_LEVELS = re.compile(rf"[^.;:\d]{{0,60}}?,\s*{_LIST_OPENERS}(?!\w)[^.;]{{0,40}}?\d[\d.,]*[^.;]{{0,45}}?"
                              rf"(?:{_LEVEL_WORD.pattern}|{_FULL_OR_PARTIAL.pattern})")
# a line that opens with a short label and a colon, perhaps after its number ("2. Dịch vụ công trực tuyến: …"): the
# label names the topic of the line's sentence
_LINE_LABEL = re.compile(r"\W*(?:\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?P<label>[^\W\d][^\d:;,.()]{2,60}):\s")
_INTEGRATES_BEFORE = re.compile(rf"{_m('services.integrated')}[^.;:]{{0,30}}$")  # "đã tích hợp, cung cấp 1.218 dịch vụ"
# the end of a count's own phrase: its predicate ("… được tích hợp"), a coordinated phrase, a clause mark
_PREDICATE_OR_CLAUSE = re.compile(rf"{PHRASE_END.pattern}|\s(?:và|đã)\s"
                                  rf"|\s(?:{lexicon.union(lexicon.words('dossiers', 'predicate_markers'))})\s")


def _clause_tail(text: str) -> str:
    """The words of text's last sentence piece (after its last ';' or ':'), up to 90 characters."""
    return re.split(r"[;:]", text[-90:])[-1]


def _past_source(sentence_before: str, window: str) -> str:
    """The words before a count (`window`, ending where `sentence_before` ends) less a source clause opening the
    sentence ("Theo danh mục công bố của tỉnh, Nghệ An có 2.016 thủ tục": the list is the source, not the count's)."""
    tail = _clause_tail(sentence_before)
    source = _SOURCE_CLAUSE.match(tail)
    kept = len(tail) - source.end() if source else len(window)
    return window[len(window) - kept:] if kept < len(window) else window


# "So với 1.896 thủ tục …, số dịch vụ mức độ 3 chiếm 14,14%": a comma, then a new subject; its level is not the count's
_BASE_END = re.compile(rf",|(?<!\w){lexicon.union(lexicon.words('metric_words', 'clause_openers'))}(?!\w)")
_COMPARED_BASE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('metric_words', 'change.compared'))}"
                            rf"(?:\s+{lexicon.union(lexicon.words('metric_words', 'count_subjects'))})?\s*$")
_NEXT_SUBJECT = re.compile(rf",\s*(?:{lexicon.union(lexicon.words('structure', 'subject_after_comma'))})\s")


# a label of procedures right before the count, a copula or "lên" after its words ("số thủ tục mức độ 4 là 45 thủ tục")
_PROCEDURES_LABEL = re.compile(
    rf"(?<!\w)(?:{lexicon.union(lexicon.words('metric_words', 'count_subjects'))})\s+"
    rf"(?:{lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['procedures'])})(?!\w)(?P<words>[^,;.:()]{{0,60}}?)\s*"
    rf"(?:{lexicon.union(lexicon.words('metric_words', 'label_copulas') + lexicon.words('structure', 'raised_to'))})\s*$")


def _procedures_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    if not pct and _moved(desc):
        return None  # "12 thủ tục được chuyển từ cấp tỉnh sang cấp huyện": a move, no count of the catalogue
    verb_window = _past_source(ctx.sentence_before, verb_window)
    if not pct and _procedure_kind(verb_window[-40:], desc) == "ineligible":
        return "procedures_ineligible"  # "314 TTHC … phù hợp với … mức độ 4 nhưng không đạt điều kiện": not at that level
    # (a base's own phrase ends at its comma or "thì": "Trên tổng số 1.962 thủ tục hành chính, dịch vụ mức độ 3 chiếm
    # 57,90%")
    # ("So với tổng số 1.874 thủ tục hành chính đang áp dụng, dịch vụ mức độ III chiếm 16,97%": a base compared with too)
    if ENDS_OUT_OF.search(ctx.pre) or _COMPARED_BASE.search(ctx.pre):
        desc = own = _BASE_END.split(desc, maxsplit=1)[0]  # (the words after the comma are none of the base's)
    else:
        own = _NEXT_SUBJECT.split(desc, maxsplit=1)[0]
    # (… nor at the level said of most of them: "1.782 thủ tục …, hầu hết ở mức độ 2")
    own = own[:some.start()] if (some := _SOME_AT_LEVEL.search(own)) else own
    # (… or its label right before it names the level: "nâng số thủ tục mức độ 4 của mình lên 45 thủ tục")
    label = _PROCEDURES_LABEL.search(ctx.pre) if not pct else None
    level = level_in(own) or (level_in(label.group("words")) if label else None)
    if level:
        return f"services_level{level}" + ("_pct" if pct else "")
    if not pct and (_APPLIED_TO.search(ctx.pre) or _FEE_MEASURE.search(ctx.pre[-90:])) \
            and not _OPENS_PARTS.match(ctx.sentence_after):
        return None  # "giảm lệ phí cho 46 thủ tục": the procedures a measure applies to (a level of their own stays)
    if pct:  # "100% thủ tục … dưới hình thức dịch vụ công trực tuyến toàn trình"
        return services_metric(None, desc, pct) if _FULL_OR_PARTIAL.search(desc) else None
    change = _procedure_kind(verb_window[-40:], desc)
    own_clause = _clause_tail(ctx.sentence_before) + " " + PHRASE_END.split(desc, maxsplit=1)[0]
    if change == "announced" and (not _announces(own_clause) or _PARTS_AT_LEVELS.match(ctx.sentence_after)):
        # "Tính đến ngày 15/12/2021, tỉnh công bố 1.742 TTHC": its clause says the catalogue in force; so do parts at
        # levels after it ("… công bố 1.903 thủ tục hành chính, trong đó 112 thủ tục được cung cấp trực tuyến mức độ 3")
        change = None
    if change:
        return f"procedures_{change}"
    own = PHRASE_END.split(desc, maxsplit=1)[0]
    if _INTERLINKED.search(own):  # (its own phrase: "… là 1.921 thủ tục, do một số thủ tục liên thông …" gives a cause)
        return "procedures_interlinked"
    if _FULL_OR_PARTIAL_LABEL.search(ctx.pre):  # "(toàn trình 1.036, một phần 618)"
        return services_metric(None, ctx.pre[-20:], pct)
    subject_words = _NEXT_SUBJECT.split(desc, maxsplit=1)[0]  # (not what is drawn from it: ", nghĩa là …")
    if _FULL_OR_PARTIAL.search(subject_words):  # "947 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình"
        return services_metric(None, desc, pct)
    if ctx.unit == "count" and (_NO_DOSSIERS.search(own) or _WITH_DOSSIERS.search(own)):
        # "436 thủ tục phát sinh hồ sơ trực tuyến", "… chưa phát sinh hồ sơ": the services counted by their dossiers
        # (not x of an x/y: "212/1.820 thủ tục … chưa phát sinh hồ sơ" states the procedures, see extract tests)
        return services_metric(None, own, pct)
    if _PAYS_ONLINE.search(_CLAUSE_END.split(desc, maxsplit=1)[0]):
        return "services_paid_online"  # "412 thủ tục đã có thể thanh toán phí, lệ phí trực tuyến": those taking payment
    if (_INTEGRATED.search(desc[:40]) or _INTEGRATES_BEFORE.search(ctx.pre)) and _NATIONAL_PORTAL.search(desc[:80]):
        return None  # "1.206 thủ tục đã được tích hợp lên Cổng Dịch vụ công quốc gia": those integrated there, a subset
    # "… 671 thủ tục đã lên mạng", "… đưa lên mạng 112 thủ tục": procedures put online, before or after the count
    online = _PROCEDURES_ONLINE.search(_SYSTEM_NAME.sub(" ", subject_words)) or _PUT_ONLINE.search(own_phrase_after(desc)) \
        or _PUT_ONLINE_BEFORE.search(verb_window)
    return "services_total" if online else "procedures_total"


_HEADING_LIKE = re.compile(r"[^.;:!?]{3,120}")  # a short line that ends no sentence: a heading
_BRACKETED = re.compile(r"\[[^\[\]]*\]")  # "[Biểu tượng: phong bì] THƯ ĐIỆN TỬ CÔNG VỤ": an icon's note


def _email_heading(ctx: Context, desc: str) -> bool:
    """The heading right above names the e-mail system ("THƯ ĐIỆN TỬ CÔNG VỤ" over "Số tài khoản đang hoạt động:
    23.540", an icon's bracketed note aside) and the accounts name no other system ("tài khoản định danh")."""
    heading = _BRACKETED.sub(" ", ctx.context_before)
    return bool(_HEADING_LIKE.fullmatch(heading) and EMAIL.search(heading) and not OTHER_ACCOUNTS.search(desc[:40]))


_THE_SYSTEM = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'system_anaphors'))}"
                         rf"(?:\s+(?:{lexicon.branches(QUALIFIER_WORDS)}))?\s*$")  # ("hệ thống có gần 12.400 …")


def _email_paragraph(ctx: Context, desc: str) -> bool:
    """"The system" owns the accounts and the paragraph (or the article's title) named the e-mail system before
    ("Thư điện tử công vụ – … Hệ thống có 18.930 tài khoản"), the accounts no other system's."""
    return bool(_THE_SYSTEM.search(ctx.sentence_before[-40:])
                and (EMAIL.search(ctx.context_before[-300:]) or EMAIL.search(ctx.title))
                and not OTHER_ACCOUNTS.search(desc[:40]))


def _accounts_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    # "… thư điện tử công vụ có gần 22.000 tài khoản": the e-mail system named before, in its sentence or heading
    email = EMAIL.search(desc[:40]) or EMAIL.search(ctx.sentence_before) or _email_heading(ctx, desc) \
        or _email_paragraph(ctx, desc)
    if pct:
        return _mailboxes_in_use(desc) if email and not OTHER_ACCOUNTS.search(desc[:40]) else None
    own = own_words_after(desc)
    if not EMAIL.search(desc[:40]) and OTHER_ACCOUNTS.search(own[:40]):
        return None  # its own words name another system, whatever e-mail was named before: "… tài khoản định danh điện tử"
    if email:
        return _email_accounts(ctx, own, parts_too=False)
    return _carried_email_accounts(ctx, desc, own)


_ACCOUNT_ACTION = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'account_actions'))}(?!\w)")


def _carried_email_accounts(ctx: Context, desc: str, own: str) -> str | None:
    """Bare accounts ("Khối sở có 3.215 tài khoản") in an article whose last system named before them is e-mail:
    its mailboxes, or those in use, unless something is done to some of them or their words name a part."""
    clause_before = ctx.sentence_before.rsplit(";", 1)[-1]  # (a list's lead too: "số tài khoản chuyển đổi (huyện A 612, …")
    if not ctx.accounts_email or ACCOUNT_OWNERS.search(desc[:40]) or _ACCOUNT_ACTION.search(clause_before) \
            or _ACCOUNT_ACTION.search(ctx.clause_after[:80]) or _EMAIL_PART.search(own):
        return None
    in_use = _IN_USE.search(own) or _subject_in_use(ctx.pre)
    return "email_accounts_in_use" if in_use else "email_accounts"


def _mailboxes_in_use(desc: str) -> str | None:
    """A share of the mailboxes whose own words say they are used or logged in to ("khoảng 70% hộp thư được mở ít nhất
    một lần mỗi ngày", "chỉ 52% tài khoản được đăng nhập thường xuyên"): the usage share; any other share of them, none."""
    return "email_usage_pct" if _IN_USE.search(own_words_after(desc)) else None


def _email_accounts(ctx: Context, own_phrase: str, parts_too: bool = True) -> str | None:
    """Mailboxes counted: all of them; a part of them no figure of ours names (parts_too); or, as a part of a total
    ("…, trong đó 4.102 hộp thư có đăng nhập", or right after the total), those in use. Alone, the accounts in use
    are the accounts the article gives ("15.208 tài khoản … hoạt động thường xuyên")."""
    if parts_too and _EMAIL_PART.search(own_phrase):
        return None
    # (a part: after "trong đó", or right after the count of all the mailboxes: "326 hộp thư được cấp, 284 hộp thư dùng
    # thường xuyên")
    added = any(_ADDED.search(words) for words in (own_phrase, clause_before(ctx.pre), _counted_subject(ctx.pre)))
    if added and not raised_total(ctx.pre):
        return "email_accounts_added"  # "cấp mới 1.186 hộp thư", "1.380 hộp thư được cấp mới": issued in the period
    # (… also when they go on to raise a total: "cấp mới 1.500 tài khoản, nâng tổng số lên 9.800" is both figures)
    part = _PART_OPENER.search(ctx.sentence_before[-25:]) or (ctx.prev_metric == "email_accounts" and ctx.prev_adjacent)
    if part and _IN_USE.search(own_phrase) or _subject_in_use(ctx.pre):
        # (… or its clause's subject says so: "số tài khoản dùng thường xuyên chỉ ở", "số tài khoản đăng nhập và gửi,
        # nhận thư thường xuyên … mới là")
        return "email_accounts_in_use"
    return "email_accounts"


# "số tài khoản đang được sử dụng thường xuyên mới dừng ở 3.987 tài khoản": the number of the accounts its clause opens
# with, the noun said again after the count
_ACCOUNT_HEADS = [word for head, words in lexicon.kinds("nouns", "heads") if head in ("accounts", "email_accounts")
                  for word in words]
_ACCOUNTS_COUNTED = (rf"(?<!\w){lexicon.union(lexicon.words('metric_words', 'count_subjects'))}\s+"
                     rf"(?:{lexicon.union(_ACCOUNT_HEADS)})(?!\w)")
_COUNTED_SUBJECT = re.compile(rf"{_ACCOUNTS_COUNTED}[^,;:]*$")
_COUNTED_SUBJECT_COMMAS = re.compile(rf"{_ACCOUNTS_COUNTED}[^;:]*$")  # (commas pairing words in it)


def _counted_subject(pre: str) -> str:
    """The count's clause when it opens with the number of accounts ("số tài khoản … ở "), else ""."""
    found = _COUNTED_SUBJECT.search(clause_before(pre))
    return found.group() if found else ""


def _subject_in_use(pre: str) -> bool:
    """The count's subject, opened by the number of accounts, says they are used ("số tài khoản đăng nhập và gửi, nhận
    thư thường xuyên … mới là "), commas pairing its words and all."""
    found = _COUNTED_SUBJECT_COMMAS.search(pre.rsplit(";", 1)[-1])
    return found is not None and _IN_USE.search(found.group()) is not None


def _officials_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    # officials having a computer, in their own words ("tỷ lệ cán bộ, công chức có máy tính là 99%"), whatever e-mail
    # the sentence named before
    if pct and _COMPUTERS.search(desc):
        return _computers_head(ctx, desc, verb_window, pct)
    if pct and _CERTIFICATES.search(own_phrase_after(desc)) and not EMAIL.search(own_phrase_after(desc)):
        return None  # "…, nhưng chỉ 18,4% được cấp chứng thư số": a share of officials holding certificates, not mail
    holders = _holders(desc) if pct else None
    said = f"{_issued_clause(holders[1])} {own_phrase_after(ctx.clause_after)}" if holders else ""
    if holders and _EMAIL_USAGE.search(said) and (EMAIL.search(f"{holders[0]} {said}")
                                                  or EMAIL.search(ctx.sentence_before[-200:])):
        # "35% người có hộp thư mở thư mỗi ngày", "trong số người có tài khoản, chỉ 40% thường xuyên dùng": the use said
        # after the holders of a mailbox (not "88% người được cấp hộp thư": the having said by the holders' own words)
        return "email_usage_pct"
    # the e-mail system named in the sentence or, for a usage or issue rate, in the sentence before it
    # ("Hệ thống thư điện tử công vụ … 4.860 tài khoản. Tỷ lệ cán bộ sử dụng thường xuyên đạt 70%", "… đã cấp 6.874 tài
    # khoản thư điện tử … Tỷ lệ cán bộ, công chức có tài khoản đạt 92%")
    if pct and (EMAIL.search(desc) or EMAIL.search(ctx.sentence_before[-200:]) or _names_the_mail(ctx, desc)
                or (_EMAIL_USAGE.search(desc) or _EMAIL_ISSUED.search(desc) and not OTHER_ACCOUNTS.search(desc))
                and EMAIL.search(ctx.context_before[-200:])):
        # (… or in its own words after the figure before it: "… được cấp hộp thư đạt 92% nhưng chỉ khoảng 55% thường
        # xuyên dùng", "…, nhưng số người thường xuyên dùng hộp thư chỉ khoảng 55%")
        # (… its own conjunct only: "70% hộp thư được sử dụng thường xuyên và 100% cán bộ, công chức được cấp hộp thư")
        own = conjunct_before(_comma_clause(ctx.pre)) + " " + own_phrase_after(ctx.clause_after) if ctx.prev_metric else ""
        if _EMAIL_USAGE.search(_issued_clause(desc)) or _EMAIL_USAGE.search(own) and not _EMAIL_ISSUED.search(own):
            return "email_usage_pct"
        if _EMAIL_ISSUED.search(desc + " " + ctx.sentence_before[-200:]):
            return "email_issued_pct"
    if not pct and _CERTIFICATES.search(ctx.sentence_before[-200:] + " " + desc):
        return "digital_certificates"
    # "4.236 cán bộ, công chức được cấp hộp thư điện tử công vụ", "đã cấp hộp thư cho 2.916 cán bộ": one mailbox each,
    # the accounts issued
    if not pct and (EMAIL.search(desc[:80]) and _EMAIL_ISSUED.search(desc[:80]) and not _EMAIL_USAGE.search(desc[:80])
                    and not _ELIGIBLE.search(desc[:80]) or _ISSUED_TO.search(verb_window[-100:])):
        return "email_accounts"
    return None


def _names_the_mail(ctx: Context, desc: str) -> bool:
    """The officials' own words or their sentence name the mail with no system of it near: a verb that reads or uses
    mail ("ở cấp xã mới khoảng 42% cán bộ mở thư hằng ngày", "việc dùng thư chưa đều: 65% cán bộ đăng nhập …"), or a
    use or an issue naming no other system when the system the article named last is e-mail ("Tỷ lệ cán bộ, công chức
    cấp xã được cấp tài khoản đạt 86%", "Tỷ lệ người dùng thường xuyên ở một số sở: …")."""
    if _READING_MAIL.search(desc) or _READING_MAIL.search(ctx.sentence_before[-200:]):
        return True
    return ctx.mail_last and not ACCOUNT_OWNERS.search(desc) and not _CERTIFICATES.search(desc) \
        and bool(_EMAIL_ISSUED.search(desc) or _EMAIL_USAGE.search(desc))  # (not "được cấp chứng thư số")


_ELIGIBLE = re.compile(rf"(?<!\w){_m('officials.eligible')}(?!\w)")
_ISSUED_TO = re.compile(rf"(?<!\w){_m('officials.issued_active')}\s+(?:[^\W\d]+\s+){{0,2}}?{EMAIL.pattern}"
                        rf"[^,;:.\d]{{0,40}}?\s{_m('officials.issued_to')}\s*$")


_COMPUTERS = re.compile(rf"(?<!\w){lexicon.union(dict(lexicon.kinds('nouns', 'heads'))['computers'])}(?!\w)")


def _comma_clause(words: str) -> str:
    """The words after the last comma that separates clauses (not one pairing nouns: "gửi, nhận văn bản")."""
    cut = next((i for i in range(len(words) - 1, -1, -1) if words[i] == "," and not pairs_nouns(words, i)), -1)
    return words[cut + 1:]


def _mailbox_users(desc: str) -> str | None:
    """The usage share for people whose own clause says they use the official mailbox ("người mở hộp thư hằng ngày")."""
    own = _issued_clause(PHRASE_END.split(desc, maxsplit=1)[0])
    used = _EMAIL_USAGE.search(own)
    named = EMAIL.search(own, used.start()) if used else None
    return "email_usage_pct" if named and not _PERSONAL_EMAIL.match(own, named.end()) else None


_PERSONAL_EMAIL = re.compile(rf"\s*(?:điện tử\s+)?{lexicon.union(noun_words('email_personal'))}")


def _holders(desc: str) -> tuple[str, str] | None:
    """The officials named as the holders of a mailbox ("chủ hộp thư", "người có tài khoản") at the start of a phrase:
    the holders' words and the rest of the phrase; None for officials named otherwise."""
    found = head_at(desc)
    if found is None or found[0] != "officials" or not (EMAIL.search(desc, 0, found[1])
                                                         or _EMAIL_ISSUED.search(desc, 0, found[1])):
        return None
    return desc[:found[1]], desc[found[1]:]


def _issued_clause(desc: str) -> str:
    """The words of the figure's own phrase up to the end of the clause that says the mailboxes were issued: "100% cán
    bộ được cấp hộp thư riêng, chấm dứt tình trạng dùng thư cá nhân" — the use after the comma is another clause's."""
    issued = _EMAIL_ISSUED.search(desc)
    cut = desc.find(",", issued.end()) if issued else -1
    desc = desc[:cut] if cut >= 0 else desc
    # (… or up to a conjunct of another system's use: "100% cán bộ đã có hộp thư và dùng chữ ký số khi gửi văn bản")
    for conjunct in re.finditer(r"\svà\s", desc[issued.end():] if issued else ""):
        rest = desc[issued.end() + conjunct.end():]
        if (_CERTIFICATES.search(rest) or OTHER_ACCOUNTS.search(rest)) and not EMAIL.search(rest):
            return desc[:issued.end() + conjunct.start()]
    return desc


def in_use_share(counted_words: str) -> bool:
    """The words of the mailboxes a share follows say they are in use ("2.372 hộp thư được dùng thường xuyên, đạt
    87,40%"): the share is the usage rate, not the issued share."""
    return bool(_IN_USE.search(counted_words))


def email_use_rate(words: str) -> str | None:
    """A rate whose own words name using the e-mail ("tỷ lệ thường xuyên dùng hộp thư trong công việc", "tỷ lệ sử dụng
    hộp thư công vụ"): the usage rate."""
    return "email_usage_pct" if _EMAIL_USAGE.search(words) and EMAIL.search(words) else None


def usage_named(head: str | None, words: str) -> str | None:
    """The e-mail usage rate, when a rate continuing an e-mail share names use in its own words ("…được cấp hộp
    thư, tỷ lệ sử dụng thường xuyên đạt 73%"): not the issued share again."""
    return "email_usage_pct" if head == "officials" and _EMAIL_USAGE.search(words) else None


def email_share_named(head: str | None, words: str) -> str | None:
    """`usage_named`, or the issued rate when a rate continuing a share of officials names the mailbox given in its own
    words ("98% cán bộ có máy tính …, 100% được cấp hộp thư điện tử công vụ"): not the share before again."""
    if head == "officials" and not _EMAIL_USAGE.search(words) and EMAIL.search(words) and _EMAIL_ISSUED.search(words):
        return "email_issued_pct"
    return usage_named(head, words)


def _documents_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    if pct:  # (its own clause may say before it that they went electronically: "gửi điện tử chưa đến 10% văn bản đi")
        return "edocs_pct" if E_DOC.search(desc + " " + ctx.clause_after) or E_DOC.search(clause_before(ctx.pre)) \
            else None
    if _DOCS_INCOMING.match(desc):
        return "documents_incoming"
    if _DOCS_OUTGOING.match(desc) or _SENDS_OUT.search(ctx.pre):
        return "documents_outgoing"
    return "documents_processed" if _DOCS_PROCESSED.search(desc + " " + verb_window) else None


def _computers_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    if not pct:
        return None
    if _OUTDATED.search(desc + " " + ctx.clause_after):
        return "computers_outdated_pct"
    return "computers_pct"


_PART_OPENER = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'continuing_openers'))}\s*[,:]?\s*$")
_IN_USE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'email_accounts_in_use'))}(?!\w)")
_ADDED = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'email_accounts_added'))}(?!\w)")
_EMAIL_PART = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'email_account_parts'))}(?!\w)")
_DIGITIZED = dict(lexicon.ordered_kinds("dossiers", "kinds"))["digitized"]
_PAID = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'payment_words'))}(?!\w)")
_PAYS_ONLINE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'payment_verbs'))}(?!\w)[^;.]{{0,30}}?"
                         rf"(?<!\w){lexicon.union(lexicon.words('nouns', 'payment_channels'))}(?!\w)")
_CLAUSE_END = re.compile(r"[;.!?]")


def _transactions_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    """Transactions ("giao dịch"): online payments when their words say so ("15.364 giao dịch thanh toán trực tuyến",
    "Thu phí, lệ phí trực tuyến: 9.816 giao dịch"), never dossiers; else no figure."""
    if pct:
        return None
    words = _last_clause(ctx.sentence_before) + " " + PHRASE_END.split(desc, maxsplit=1)[0]
    return "payments_online" if _PAID.search(words) else None


def _last_clause(text: str) -> str:
    return re.split(r"[;.]", text)[-1]


def _results_head(ctx: Context, desc: str, verb_window: str, pct: bool) -> str | None:
    """Results handed back ("kết quả giải quyết"): ours only as digitised results, said in their own phrase or
    their clause ("100% kết quả giải quyết được số hóa", "tỷ lệ số hóa kết quả giải quyết"); results sent or
    returned are no figure."""
    clause = re.split(r"[,;]", ctx.sentence_before)[-1]
    if _DIGITIZED.search(PHRASE_END.split(desc, maxsplit=1)[0]) or _DIGITIZED.search(clause):
        return "dossiers_digitized_pct" if pct else "dossiers_digitized"
    return None


def _counted(rule):
    """A head that only counts (no percentage of it is a figure)."""
    return lambda ctx, desc, verb_window, pct: None if pct else rule(ctx, desc, verb_window)


def _shares(rule):
    """A head that is only a figure as a percentage."""
    return lambda ctx, desc, verb_window, pct: rule(ctx, desc, verb_window) if pct else None


def _verb_context(ctx: Context) -> str:
    """Where the verb of a dossier count may be read last: its sentence; for a unit's part ("xã A (1.012 hồ
    sơ)") in a sentence that ranks the parts of the count before it ("Dẫn đầu là …"), that one too."""
    if (ctx.in_paren or ctx.item_name) and RANKING_OPENER.match(ctx.sentence_before):
        return ctx.context_before[-200:] + " . " + ctx.sentence_before
    return ctx.sentence_before



_HEAD_METRICS = {
    "services": _services_head,
    "procedures": _procedures_head,
    "dossiers": lambda ctx, desc, verb_window, pct: dossier_metric(desc, verb_window, _verb_context(ctx), pct),
    "results": _results_head,
    "transactions": _transactions_head,
    # (the mailboxes' own words end where a contrast opens a clause of another subject: "… 5.120 hộp thư nhưng văn bản …")
    "email_accounts": lambda ctx, desc, vw, pct: _mailboxes_in_use(desc) if pct
    else _email_accounts(ctx, own_words_after(desc)),
    "accounts": _accounts_head,
    "officials": _officials_head,
    "documents": _documents_head,
    "computers": _computers_head,
    "tasks": _counted(lambda ctx, desc, vw: "tasks_completed" if _TASKS_COMPLETED.search(desc) else "tasks_assigned"),
    "video_points": _counted(lambda ctx, desc, vw: "video_conference_points"),
    "points": _counted(lambda ctx, desc, vw: "network_points" if _NETWORK.search(ctx.sentence_before)
                       else None),
    "meetings": _counted(lambda ctx, desc, vw: "online_meetings" if _ONLINE.search(desc + " " + ctx.clause_after)
                         else None),
    "certificates": _counted(lambda ctx, desc, vw: "digital_certificates"),
    "visits": _counted(lambda ctx, desc, vw: "portal_visits" if _PORTAL_VISITS.search(ctx.pre + " " + desc) else "visits"),
    "info": _shares(lambda ctx, desc, vw: "info_online_pct" if _INFO_ONLINE.search(desc) else None),
    "satisfaction": _shares(lambda ctx, desc, vw: None if _SERVED_ELSEWHERE.search(desc[:60]) else "satisfaction_pct"),
    "agencies": lambda ctx, desc, verb_window, pct: _agencies(ctx, desc),
    # "tỷ lệ người dân hài lòng đạt 93%": people are only a figure of ours when they are satisfied, or when they use
    # the official mailbox, named in their own clause (officials: "số người mở hộp thư hằng ngày chỉ khoảng 38%")
    "people": _shares(lambda ctx, desc, vw: "satisfaction_pct" if _SATISFIED.search(desc[:40])
                      and not _SERVED_ELSEWHERE.search(desc[:60]) else _mailbox_users(desc)),
}


def by_head(head: str, ctx: Context, desc: str, verb_window: str) -> str | None:
    """The metric a head noun gives, read from its descriptor (desc) and the verbs before it."""
    rule = _HEAD_METRICS.get(head)
    return rule(ctx, desc, verb_window, ctx.unit == "percent") if rule else None


# (not "cấp" before a tier: "78% cán bộ, công chức cấp tỉnh và cấp huyện thường xuyên sử dụng" is the use alone)
_ISSUE_WORD = lexicon.branches(noun_words("metrics.officials.issued_and_used"), suffix=r"(?!\w)",
                               not_followed_by=lexicon.entry("nouns", "metrics.officials.issued_not_followed_by"))
_ISSUED_AND_USED = re.compile(rf"(?<!\w)(?:{_ISSUE_WORD})[^;]{{0,80}}?\b{_m('officials.and')}\b"
                              rf"[^;]{{0,30}}?(?:{_EMAIL_USAGE.pattern})")


def also_metrics(metric: str, post: str) -> tuple[str, ...]:
    """Further metrics of the same number when one number has two coordinated predicates:
    "100% cán bộ được cấp hộp thư … và sử dụng thường xuyên" is both the issued and the usage share."""
    if metric == "email_usage_pct" and _ISSUED_AND_USED.search(post):
        return ("email_issued_pct",)
    return ()

