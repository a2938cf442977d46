"""Metrics: what a figure counts, decided from the noun after it, the "tỷ lệ X" before it, its verb
and its service level — the vocabulary of ../shared/spec/figures.md.

A count names its thing after the number ("1.687 dịch vụ công trực tuyến", "156.815 hồ sơ"); a
percentage names it after the sign ("95% văn bản …") or in a "tỷ lệ X … đạt N%" subject before it;
a percentage right after a count ("271 … mức 4 (16,06%)", "… chiếm tỷ lệ 3,24%") is that count's
share. All matching is on folded text (`textclean.fold`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import lexicon

# Head nouns, most specific first. A head is matched at the start of a phrase.
HEADS: tuple[tuple[str, str], ...] = (
    ("services", r"dịch vụ công trực tuyến|dịch vụ hành chính công trực tuyến|dịch vụ hành chính công|"
                 r"dịch vụ công|dvctt|dvc|dịch vụ(?! bưu chính)"),
    ("procedures", r"thủ tục hành chính|tthc|thủ tục"),
    ("dossiers", r"bộ hồ sơ|hồ sơ|hs(?!\w)"),
    ("email_accounts", r"tài khoản (?:thư|email|e-mail)|hộp thư|địa chỉ (?:thư|email)"),
    ("accounts", r"tài khoản"),
    ("officials", r"cán bộ|cbccvc|cbcc|công chức|viên chức"),
    ("documents", r"văn bản"),
    ("computers", r"máy (?:vi )?tính"),
    ("tasks", r"nhiệm vụ"),
    ("video_points", r"điểm cầu"),
    ("points", r"điểm(?! số)"),
    ("meetings", r"cuộc họp|cuộc hội nghị|phiên họp"),
    ("certificates", r"chứng thư(?: số)?|chứng minh thư số|chữ ký số|thiết bị ký số"),
    ("visits", r"lượt"),
    ("info", r"thông tin"),
    ("satisfaction", r"(?:sự |mức độ |mức )?hài lòng"),
    ("agencies", r"cơ quan|đơn vị|sở(?!\w)|ubnd|ủy ban nhân dân|huyện|quận|thị xã|xã(?!\w)|phường|thị trấn|"
                 r"địa phương|bộ phận|ngành|tỉnh|thành phố|trường|bệnh viện|trạm y tế"),
)
_HEAD_RE = [(name, re.compile(rf"(?:{pattern})(?!\w)")) for name, pattern in HEADS]
_FILLER = re.compile(r"^\s*(?:\(\s*)?(?:(?:các|những|tổng số|số|trong số)\s+)*")

_LEVEL = re.compile(
    r"(?:mức độ|mức|cấp độ|cấp)\s*(?P<a>[1-4]|iv|iii|ii|i)(?!\w)(?![.,]\d)"  # not "cung cấp 1.746"
    r"(?:\s*(?:,|và|hoặc|-)\s*(?:mức độ|mức|cấp độ)?\s*(?P<b>[1-4]|iv|iii|ii)(?!\w)(?![.,]\d))?"
    r"(?P<up>\s*trở lên)?"
)
LEVEL_PATTERN = _LEVEL
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}

_REQUESTED = lexicon.pattern("dossiers", "verbs.requested")
_RESOLVED = lexicon.pattern("dossiers", "verbs.resolved")
_RECEIVED = lexicon.pattern("dossiers", "verbs.received")
_COORDINATED = lexicon.pattern("dossiers", "verbs.coordinated")
_OUT_OF = re.compile(rf"{lexicon.alternation(lexicon.entry('dossiers', 'out_of'))}\s*$"
                     rf"|^\s*{lexicon.alternation(lexicon.entry('dossiers', 'out_of_bare'))}\s*$")
_CORRESPONDING = re.compile(rf"\s*,?\s*{lexicon.alternation(lexicon.entry('dossiers', 'corresponding'))}\s*$")
_EMAIL = re.compile(r"thư điện tử|hộp thư|email|e-mail|thư công vụ")
_E_DOC = re.compile(r"điện tử|qua mạng|môi trường mạng|số hóa|trực tuyến|liên thông|ký số")
_CHANGE_BEFORE = re.compile(
    r"(?:tăng|giảm|cắt giảm|rút ngắn)(?: thêm| đi| được)?\s*(?:là\s*)?"
    r"(?:(?:ít nhất|tối thiểu|khoảng|hơn|trên|gần|từ)\s+)?\(?\s*$"
    r"|(?:tăng|giảm)\s+(?:\S+\s+){0,2}so với[^,;.()]*$"
)
_SATISFACTION_SUBJECT = re.compile(r"(?:chỉ số|mức độ|mức|sự|tỷ lệ) hài lòng")
_DOSSIER_PROCESS = re.compile(r"\s*(?:(?:giải quyết|xử lý|tiếp nhận|nộp)\s+)?(?:hồ sơ\s+)?(?:đúng hạn|trước hạn|trễ hạn|quá hạn|"
                               r"giải quyết|tiếp nhận hồ sơ|xử lý hồ sơ|trực tuyến|qua mạng)")
_SATISFIED_AFTER = re.compile(r"\s*(?:số\s+)?(?:người dân|người|tổ chức|cá nhân|doanh nghiệp|công dân)[^.;%]{0,40}?hài lòng")
_COUNT_SUBJECT = re.compile(r"số lượng|tổng số|(?<!\w)số(?!\w)")
_AVERAGE_BEFORE = re.compile(r"(?:trung bình|bình quân|mỗi)\b[^,;]*$")
_SHARE_LEAD = re.compile(
    r"(?:\(\s*(?:(?:đạt|chiếm|bằng)\s+)?(?:tỷ lệ\s+)?\(?|chiếm\s+(?:tỷ lệ\s+)?|,\s*(?:đạt|chiếm|bằng)\s+(?:tỷ lệ\s+)?)\s*$"
)
_SUBJECT = re.compile(r"tỷ lệ|tỉ lệ")
_RANK_CONTEXT = re.compile(r"xếp hạng|xếp thứ|xếp vị trí|vị trí|đứng thứ|hạng|xếp")
_ICT = re.compile(r"ict|sẵn sàng cho phát triển|chỉ số sẵn sàng|mức độ sẵn sàng|công nghệ thông tin và truyền thông")
_EGOV = re.compile(r"chính phủ điện tử|chính quyền điện tử|ứng dụng công nghệ thông tin")
_DTI = re.compile(r"chuyển đổi số|dti")
_PAR = re.compile(r"chỉ số cải cách hành chính|par index")


@dataclass(frozen=True)
class Context:
    """The text around one figure, as the extractor cut it (all folded)."""

    unit: str                 # count | percent | fraction (from the number scanner)
    pre: str                  # since the previous figure or the clause start
    post: str                 # to the next figure, clause end, closing parenthesis or next "tỷ lệ"
    clause_after: str         # to the end of the clause
    sentence_after: str       # to the end of the sentence
    sentence_before: str      # from the start of the sentence
    in_paren: bool
    prev_metric: str | None   # the previous figure of the same sentence
    prev_unit: str | None
    prev_head: str | None
    prev_in_clause: bool      # the previous figure is in the same clause
    para_pct_metric: str | None = None  # the last percentage metric of the paragraph so far
    item_name: str = ""       # a capitalised name listed right before the number ("…: Cù Lao Dung 2,1%")
    after_count: bool = False  # the number right before, in the same clause, is a count (decided or not)
    pre_cut: bool = False      # `pre` starts at a clause or list-item edge, not right after the number before
    prev_adjacent: bool = True  # no other number stands between this one and the previous decided figure
    context_before: str = ""   # the sentence before in the paragraph (or the heading above it)


@dataclass(frozen=True)
class Decision:
    """A figure's metric, its unit in the figures table, and how the metric was found."""

    metric: str
    unit: str
    head: str | None
    how: str  # head | subject | share | inherited | rank


def head_at(text: str) -> tuple[str, int] | None:
    """The head noun category at the start of a phrase, and where the head ends."""
    filler = _FILLER.match(text)
    offset = filler.end() if filler else 0
    rest = text[offset:]
    for name, regex in _HEAD_RE:
        m = regex.match(rest)
        if m:
            return name, offset + m.end()
    return None


def first_head(text: str) -> str | None:
    """The words of the first head noun in a phrase that counts things other than agencies
    ("tình hình giải quyết hồ sơ của bốn đơn vị" -> "hồ sơ"): the noun a table's caption gives its cells."""
    found = [m for name, regex in _HEAD_RE if name != "agencies" for m in [regex.search(text)] if m]
    return min(found, key=lambda m: m.start()).group() if found else None


def level_in(text: str) -> str | None:
    """The service level a phrase names: '2', '3', '4', '34' (3 and 4 together), '3plus', or None."""
    m = _LEVEL.search(text)
    if not m:
        return None
    a = _ROMAN.get(m.group("a"), m.group("a"))
    b = _ROMAN.get(m.group("b") or "", m.group("b"))
    if m.group("up"):
        return f"{a}plus"
    if b and {a, b} == {"3", "4"}:
        return "34"
    return a


def subject(sentence_before: str, anchor: re.Pattern[str] = _SUBJECT) -> tuple[str, str] | None:
    """The "tỷ lệ X" subject nearest before a percentage: (head category, descriptor text)."""
    for m in reversed(list(anchor.finditer(sentence_before))):
        phrase = sentence_before[m.end():]
        words = phrase.split()
        for skip in range(0, min(4, len(words))):
            probe = " " + " ".join(words[skip:])
            found = head_at(probe)
            if found:
                return found[0], sentence_before[m.start():]
        # "tỷ lệ giải quyết đúng hạn đạt 99,2%": the dossiers are implied by what is done to them
        if anchor is _SUBJECT and _DOSSIER_PROCESS.match(phrase):
            return "dossiers", sentence_before[m.start():]
    return None


def _services(level: str | None, desc: str, pct: bool) -> str | None:
    if re.search(r"cổng dịch vụ công quốc gia|tích hợp[^,;]{0,40}quốc gia", desc):
        return "services_national_portal" + ("_pct" if pct else "")
    if re.search(r"phát sinh hồ sơ", desc):
        return "services_with_dossiers" + ("_pct" if pct else "")
    if re.search(r"toàn trình", desc):  # Decree 42/2022 vocabulary: kept apart from the old levels
        return "services_full_process" + ("_pct" if pct else "")
    if re.search(r"một phần", desc):
        return "services_partial" + ("_pct" if pct else "")
    if level:
        return f"services_level{level}" + ("_pct" if pct else "")
    return None if pct else "services_total"


def _verb(window: str, last: bool) -> str | None:
    """received / resolved from the dossier verbs of a window (its last or its first verb)."""
    if _REQUESTED.search(window) or _COORDINATED.search(window):
        return "received"
    verbs = [(m.start(), "resolved") for m in _RESOLVED.finditer(window)]
    verbs += [(m.start(), "received") for m in _RECEIVED.finditer(window)]
    if not verbs:
        return None
    return (max(verbs) if last else min(verbs))[1]


# The end of a noun phrase: ';' or a comma, except the comma of a level list ("mức độ 3, 4",
# "mức độ 3, mức độ 4"), which has a level right before it and right after it.
_PHRASE_END = re.compile(
    r";|(?<![1-4iv]),|(?<=[1-4iv]),(?!\s*(?:mức độ|mức|cấp độ)?\s*(?:[1-4]|iv|iii|ii)(?!\w))"
)
_KINDS = lexicon.ordered_kinds("dossiers", "kinds")


def _kind(window: str, own_phrase: str = "") -> str | None:
    """The dossier kind a phrase names (postal, offline, on time, early, late, online by level);
    an online level is read from the figure's own phrase first."""
    for kind, pattern in _KINDS:
        if pattern.search(window):
            if kind != "online":
                return kind
            level = level_in(own_phrase) or level_in(window)
            return f"online_level{level}" if level in ("3", "4") else "online"
    return None


def _dossiers(desc: str, verb_window: str, sentence_before: str, pct: bool, kind_only: bool = False) -> str | None:
    """Dossier metrics. The kind is read nearest the number first — the words just before it, its own
    noun phrase up to the first comma, then both sides whole — so the items of a list
    ("trực tuyến 3.000 hồ sơ, trực tiếp 12.000 hồ sơ") keep their own; without a kind, the verb right
    before it, after it, or earlier in the sentence (unless kind_only)."""
    suffix = "_pct" if pct else ""
    if pct and re.search(r"một cửa", desc):
        return "one_stop_software_pct"
    own_phrase = _PHRASE_END.split(desc, maxsplit=1)[0]
    # just before the number, after the last coordinator: "…mức độ 3 và 4.200 hồ sơ" starts afresh
    tail = re.split(r"[,;]", verb_window[-40:])[-1]
    joined = next((k for k, pattern in _KINDS for m in [pattern.search(tail)] if m and " và " in m.group()), None)
    if joined:  # "đúng hạn và trước hạn 177.401 hồ sơ": one phrase across 'và'
        return f"dossiers_{joined}" + suffix
    near = re.split(r"(?:,|;|\bvà\b)", verb_window[-40:])[-1]
    for window in (near, own_phrase, verb_window + " " + desc):
        kind = _kind(window, own_phrase)
        if kind:
            return f"dossiers_{kind}" + suffix
    if kind_only:
        return None
    if _COORDINATED.search(verb_window[-60:]):  # "tiếp nhận, giải quyết … 8.000 hồ sơ": what came in
        return "dossiers_received" + suffix
    verb = (_verb(verb_window[-30:], last=True) or _verb(desc, last=False)
            or _verb(verb_window, last=True) or _verb(sentence_before, last=True))
    return f"dossiers_{verb}" + suffix if verb else None


def _agencies(ctx: Context, desc: str) -> str | None:
    pct = ctx.unit == "percent"
    scope_text = desc + " " + ctx.clause_after
    if not pct and _EMAIL.search(ctx.pre + " " + ctx.sentence_before[-120:]) and not re.search(r"chứng minh thư", ctx.pre):
        return "email_agencies"
    if re.search(r"chứng thư|chứng minh thư số|chữ ký số", ctx.pre) and not pct:
        return "digital_certificates"
    if re.search(r"phần mềm quản lý (?:văn bản|và điều hành)", ctx.pre + " " + desc) and not pct:
        return "edocs_software_agencies"
    for metric, pattern in (
        ("lan_pct", r"mạng nội bộ|mạng lan|\blan\b"),
        ("internet_pct", r"internet"),
        ("commitment_coverage", r"cam kết"),
        ("one_stop_coverage", r"một cửa"),
        ("doc_axis_connected_pct", r"trục liên thông|liên thông văn bản"),
        ("digital_signature_coverage_pct", r"chữ ký số"),
        ("portal_coverage", r"cổng|trang thông tin điện tử|trang tin|website"),
    ):
        if re.search(pattern, scope_text):
            return metric
    for metric, pattern in (("one_stop_coverage", r"một cửa"), ("portal_coverage", r"trang thông tin điện tử|cổng thông tin")):
        if re.search(pattern, ctx.sentence_after):  # "19/19 sở …; 10/10 huyện …; … đã thực hiện cơ chế một cửa"
            return metric
    return None


_PROCEDURE_KINDS = lexicon.ordered_kinds("procedures", "kinds")


def _procedure_kind(before: str, desc: str) -> str | None:
    """A change or subset of the procedure catalogue named right before the count or in its own
    phrase ("bãi bỏ 15 TTHC", "305 TTHC mới", "công bố danh mục 201 TTHC")."""
    own = _PHRASE_END.split(desc, maxsplit=1)[0]
    near = re.split(r"(?:;|\bvà\b)", before)[-1]
    for window in (near, own):
        for kind, pattern in _PROCEDURE_KINDS:
            if pattern.search(window):
                return kind
    return None


def _by_head(head: str, ctx: Context, desc: str, verb_window: str) -> str | None:
    pct = ctx.unit == "percent"
    if head == "services":
        level = level_in(desc)
        if level is None and not pct and not re.match(r"\s*dịch vụ (?:công|hành chính)|\s*dvc", desc):
            if not re.search(r"dịch vụ (?:công|hành chính)|dvc", ctx.pre) and not level_in(ctx.pre):
                return None
            level = level_in(ctx.pre)  # "Số dịch vụ công trực tuyến toàn trình: 1.021 dịch vụ"
            desc = ctx.pre + " " + desc
        return _services(level, desc, pct)
    if head == "procedures":
        level = level_in(desc)
        if level:
            return f"services_level{level}" + ("_pct" if pct else "")
        if pct:  # "100% thủ tục … dưới hình thức dịch vụ công trực tuyến toàn trình"
            return _services(None, desc, pct) if re.search(r"toàn trình|một phần", desc) else None
        change = _procedure_kind(verb_window[-40:], desc)
        if change:
            return f"procedures_{change}"
        if re.search(r"liên thông", desc):
            return "procedures_interlinked"
        if re.search(r"(?:toàn trình|một phần)\s*(?:là|:)?\s*$", ctx.pre):  # "(toàn trình 1.036, một phần 618)"
            return _services(None, ctx.pre[-20:], pct)
        if re.search(r"trực tuyến", desc):
            return "services_total"
        return "procedures_total"
    if head == "dossiers":
        return _dossiers(desc, verb_window, ctx.sentence_before, pct)
    if head == "email_accounts":
        return None if pct else "email_accounts"
    if head == "accounts":  # "… thư điện tử công vụ có gần 22.000 tài khoản": the e-mail system named before
        email = _EMAIL.search(desc[:40]) or _EMAIL.search(ctx.sentence_before[-120:])
        return "email_accounts" if not pct and email else None
    if head == "officials":
        if pct and (_EMAIL.search(desc) or _EMAIL.search(ctx.sentence_before[-200:])):
            if re.search(r"sử dụng|dùng", desc):
                return "email_usage_pct"
            if re.search(r"cấp|có (?:hộp thư|tài khoản)", desc + " " + ctx.sentence_before[-200:]):
                return "email_issued_pct"
        if not pct and re.search(r"chứng thư|chứng minh thư số|chữ ký số", ctx.sentence_before[-200:] + " " + desc):
            return "digital_certificates"
        return None
    if head == "documents":
        if pct:
            return "edocs_pct" if _E_DOC.search(desc + " " + ctx.clause_after) else None
        if re.match(r"\s*văn bản đến", desc):
            return "documents_incoming"
        if re.match(r"\s*văn bản đi(?!\w)", desc):
            return "documents_outgoing"
        return "documents_processed" if re.search(r"xử lý", desc + " " + verb_window) else None
    if head == "computers":
        if not pct:
            return None
        if re.search(r"hết hạn|xuống cấp|lạc hậu|từ lâu|cũ(?!\w)", desc + " " + ctx.clause_after):
            return "computers_outdated_pct"
        return "computers_pct"
    if head == "tasks" and not pct:
        return "tasks_completed" if re.search(r"hoàn thành", desc) else "tasks_assigned"
    if head == "video_points" and not pct:
        return "video_conference_points"
    if head == "points" and not pct:
        return "network_points" if re.search(r"mạng truyền số liệu", ctx.sentence_before) else None
    if head == "meetings" and not pct:
        return "online_meetings" if re.search(r"trực tuyến", desc + " " + ctx.clause_after) else None
    if head == "certificates" and not pct:
        return "digital_certificates"
    if head == "visits" and not pct:
        return "portal_visits" if re.search(r"truy cập", ctx.pre + " " + desc) else "visits"
    if head == "info" and pct:
        return "info_online_pct" if re.search(r"lên mạng|trực tuyến|điện tử", desc) else None
    if head == "satisfaction" and pct:
        return "satisfaction_pct"
    if head == "agencies":
        return _agencies(ctx, desc)
    return None


_ISSUED_AND_USED = re.compile(r"(?<!\w)cấp\b[^;]{0,80}?\bvà\b[^;]{0,30}?(?:sử dụng|dùng)")


def also_metrics(metric: str, post: str) -> tuple[str, ...]:
    """Further metrics of the same number when one number has two coordinated predicates:
    "100% cán bộ được cấp hộp thư … và sử dụng thường xuyên" is both the issued and the usage share."""
    if metric == "email_usage_pct" and _ISSUED_AND_USED.search(post):
        return ("email_issued_pct",)
    return ()


def _rank(ctx: Context) -> str | None:
    """The ranking a place belongs to, from the words of its sentence."""
    context = ctx.sentence_before + " " + ctx.clause_after[:120]
    if not any(p.search(context) for p in (_ICT, _DTI, _PAR, _EGOV)):
        context = ctx.context_before  # "… (ICT Index 2018). Theo báo cáo, tỉnh xếp thứ 32/63": the ranking named just before
    if _ICT.search(context):
        return "ict_index_rank"
    if _DTI.search(context):
        return "dti_rank"
    if _PAR.search(context):
        return "par_index_rank"
    if _EGOV.search(context):
        return "egov_rank"
    return None


_LEVELLED = re.compile(r"level(?:34|3plus|[1-4])")


def _with_level(metric: str, level: str) -> str:
    """The same metric at another service level (dossiers at levels 3 and 4 together are 'online')."""
    if metric.startswith("dossiers_online"):
        base = "dossiers_online" if level in ("34", "3plus") else f"dossiers_online_level{level}"
        return base + ("_pct" if metric.endswith("_pct") else "")
    return _LEVELLED.sub(f"level{level}", metric)


def decide(ctx: Context) -> Decision | None:
    """The metric of one figure; a level named between it and the previous figure overrides an
    inherited one ("mức độ 3 là 12.345 hồ sơ, mức độ 4 là 6.789 hồ sơ"; "riêng mức độ 4 đạt 20,1%")."""
    decision = _decide(ctx)
    own_level = level_in(ctx.pre)
    if own_level and not level_in(ctx.post):
        if decision and _LEVELLED.search(decision.metric) and decision.how != "head":
            return Decision(_with_level(decision.metric, own_level), decision.unit, decision.head, decision.how)
        if ctx.prev_metric and _LEVELLED.search(ctx.prev_metric) and (decision is None or decision.how == "head"):
            same_unit = (ctx.prev_unit == "percent") == (ctx.unit == "percent")
            if same_unit and (decision is None or decision.head == ctx.prev_head):
                return Decision(_with_level(ctx.prev_metric, own_level), decision.unit if decision else ctx.prev_unit,
                                ctx.prev_head, "inherited")
        if decision and decision.how == "head" and decision.metric in ("services_total", "procedures_total") \
                and re.search(r"(?:^|[:;,(]|trong đó)\s*(?:mức độ|mức|cấp độ)\s*\S+\s*(?::|là)?\s*$", ctx.pre):
            # "mức độ 2: 1.512 dịch vụ", "trong đó mức độ 4 là 687 dịch vụ": the label names the level
            return Decision(f"services_level{own_level}" + ("_pct" if ctx.unit == "percent" else ""),
                            decision.unit, decision.head, "head")
    return decision


_NOUN_THEN_SHARE = re.compile(r"(?:chiếm|đạt|là)\s*(?:tỷ lệ\s*)?$")


def _noun_subject(ctx: Context) -> Decision | None:
    """A percentage whose subject is the noun phrase of its own clause, with no "tỷ lệ":
    "…, trong đó hồ sơ trực tuyến chiếm 78,6%" is the online share, not the share of the count before."""
    parts = re.split(r"[,;:(]|\btrong đó\b|\btrong số đó\b", ctx.pre)
    tail = parts[-1]
    if len(parts) == 1 and not ctx.pre_cut and ctx.prev_adjacent and ctx.prev_unit == "count":
        return None  # "50.911 hồ sơ chiếm 39%": the noun is the count's own; the share is the count's
    found = head_at(tail)
    if not found or not _NOUN_THEN_SHARE.search(tail) or _SUBJECT.search(tail):
        return None
    metric = _by_head(found[0], ctx, tail, tail)
    return Decision(metric, "percent", found[0], "subject") if metric else None


def _decide(ctx: Context) -> Decision | None:
    """The metric of one figure, or None when the text does not say what it counts."""
    pct = ctx.unit == "percent"
    if _CHANGE_BEFORE.search(ctx.pre) or _AVERAGE_BEFORE.search(ctx.pre[-60:]):
        return None
    if not pct and ctx.after_count and _OUT_OF.search(ctx.pre):
        # "212.460 hồ sơ trực tuyến trên tổng số 389.115 hồ sơ": the base of an online count is all received;
        # the base of any other count ("số hóa 11.241 trên tổng số 40.954") is no figure of its own
        if ctx.prev_adjacent and ctx.prev_metric and ctx.prev_metric.startswith("dossiers_online") \
                and not ctx.prev_metric.endswith("_pct"):
            return Decision("dossiers_received", "count", "dossiers", "base")
        return None
    if not pct and ctx.prev_in_clause and ctx.prev_unit:
        if ctx.prev_unit == "percent" and ctx.prev_metric and ctx.prev_metric.endswith("_pct") \
                and _CORRESPONDING.match(ctx.pre):  # "đạt 99,85%, tương ứng với 94.839 hồ sơ"
            return Decision(ctx.prev_metric[:-4], "count", ctx.prev_head, "inherited")

    # Places in a ranking: "xếp hạng 37/63", "(năm 2016 là 38/63)", "xếp hạng thứ 25", "nhóm 15 tỉnh dẫn đầu".
    if not pct:
        after_head = head_at(ctx.post)
        ranked_place = ctx.unit == "fraction" and (after_head is None or re.match(r"\s*tỉnh", ctx.post))
        ordinal = re.search(r"(?:xếp hạng|xếp|đứng|hạng|vị trí)\s+thứ\s*$|(?:xếp hạng|hạng|vị trí)\s+(?:số\s+)?$", ctx.pre)
        top_group = re.search(r"(?:nhóm|top)\s+$", ctx.pre) and re.match(r"\s*tỉnh[^.;]*dẫn đầu", ctx.post)
        if (ranked_place and _RANK_CONTEXT.search(ctx.sentence_before)) or ordinal or top_group:
            metric = _rank(ctx)
            if metric:
                return Decision(metric, "rank", None, "rank")

    unit = "percent" if pct else "count"
    if pct and _SATISFIED_AFTER.match(ctx.post):  # "95,6% người dân hài lòng với …"
        return Decision("satisfaction_pct", unit, "satisfaction", "head")
    found = head_at(ctx.post)
    if found:
        head, _ = found
        metric = _by_head(head, ctx, ctx.post, ctx.pre)
        if metric:
            return Decision(metric, unit, head, "head")
        if not pct:
            return None
    if not pct:  # "Số lượng hồ sơ được giải quyết là 1.456/1.625"
        subj = subject(ctx.pre, _COUNT_SUBJECT)
        if subj and re.search(r"(?:là|đạt|chỉ|có)\s*$", ctx.pre):
            head, desc = subj
            metric = _by_head(head, ctx, desc, desc)
            if metric:
                return Decision(metric, unit, head, "subject")
        return None
    if pct:
        named = _noun_subject(ctx)
        if named:
            return named
        lead = _SHARE_LEAD.search(ctx.pre)
        if ctx.prev_metric and ctx.prev_unit == "count" and ctx.prev_adjacent and lead \
                and not _SUBJECT.search(ctx.pre[:lead.start()]):
            return Decision(f"{ctx.prev_metric}_pct", unit, ctx.prev_head, "share")
        satisfied = list(_SATISFACTION_SUBJECT.finditer(ctx.sentence_before))
        rates = list(_SUBJECT.finditer(ctx.sentence_before))
        if satisfied and (not rates or satisfied[-1].start() > rates[-1].end()):
            return Decision("satisfaction_pct", unit, "satisfaction", "subject")  # the nearest subject is satisfaction
        subj = subject(ctx.sentence_before)
        if subj:
            head, desc = subj
            # "tỷ lệ hồ sơ … trước hạn đạt 60%, đúng hạn 38%, trễ hạn 2%": a kind named just before wins
            own = _dossiers(ctx.pre, "", "", pct=True, kind_only=True) if head == "dossiers" else None
            metric = own or _by_head(head, ctx, desc, desc)
            if metric:
                return Decision(metric, unit, head, "subject")
        # "100% văn bản … và 60% thuộc …", "năm 2021 là 35,6%, năm 2020 là 22,1%", "…, đến nay đã đạt 98,7%"
        elliptical = (ctx.prev_in_clause and re.search(r"(?:và|,)\s*$", ctx.pre)) or (
            re.search(r"(?:đạt|là|được)\s*$", ctx.pre) and not head_at(" " + ctx.pre.split(",")[-1]))
        if ctx.prev_metric and ctx.prev_unit == "percent" and elliptical:
            # "trước hạn 60%, đúng hạn 38%, trễ hạn 2%": a kind named in the gap overrides the inherited one
            own = _dossiers(ctx.pre, "", "", pct=True, kind_only=True) if ctx.prev_head == "dossiers" else None
            return Decision(own or ctx.prev_metric, unit, ctx.prev_head, "inherited")
        if _SATISFACTION_SUBJECT.search(ctx.sentence_before):
            return Decision("satisfaction_pct", unit, "satisfaction", "subject")
        # "Các huyện có tỷ lệ thấp là: Cù Lao Dung 2,1%, Trần Đề 2,7%": a bare rate listed by name
        # continues the paragraph's last rate; the name becomes the scope (extract.py)
        if ctx.item_name and ctx.para_pct_metric and (_SUBJECT.search(ctx.sentence_before) or ctx.in_paren):
            return Decision(ctx.para_pct_metric, unit, None, "listed")
    return None
