"""One article prepared for extraction: its text, views of it, and what is known about it (province,
default year), plus the sentence-level facts shared by its figures (headlines, the sentence before)."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import cues
from ..reference.provinces import (canonical_province, mention_scores, outlet_province, province_from_text,
                                   province_from_url, sole_province, dateline_province)
from ..text import lexicon
from ..text.accents import fields_as_labels
from ..text.anaphora import level_pointers
from ..text.clean import (Sentence, closing_values_as_labels, field_dots_as_semicolons, fold, glosses_blanked,
                          leaders_as_colons, normalize, paragraphs, sentences)
from ..text.convention import ordinal_ranks, spaced_thousands, spelled_before_digits, spelled_numbers, spoken_digits
from ..text.marks import BULLET
from ..text.periods import (Period, dateline_year, find_periods, in_contrast, is_index_edition, met_deadline,
                            month_of, names_edition, opens_edition, plan_year, published_month, url_year, year_of)


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
    periods: dict[int, list[Period]] = field(default_factory=dict, repr=False)  # by paragraph, filled on demand
    year_source: str = ""  # published | dateline | url | lead | review | cutoff | body ("" when no year is known)
    written: int | None = None  # the year of writing (publication, dateline or URL), when known
    cut_off: bool = False  # the lead stops the figures at a day ("Số liệu tính đến ngày 31/12/2023"): "now" is that day
    headings: list[int | None] | None = field(default=None, repr=False)  # section heading of each paragraph
    chains: dict[int, list[int]] = field(default_factory=dict, repr=False)  # enclosing headings, filled on demand
    headline: str | None = field(default=None, repr=False)  # the folded headline ('' if none), filled on demand
    sections: list[tuple[int, str]] | None = field(default=None, repr=False)  # a roundup's datelines (places.py)
    columns: dict[int, tuple[str | None, ...]] | None = field(default=None, repr=False)  # places by column (places.py)
    topics: dict[int, str] | None = field(default=None, repr=False)  # provinces opening paragraphs (places.py)
    blocks: dict[int, int] = field(default_factory=dict, repr=False)  # each paragraph's run of bullet lines, on demand
    starts: list[int] | None = field(default=None, repr=False)  # each paragraph's start, on demand (paragraph_at)
    owners: tuple[list[int], list[bool]] | None = field(default=None, repr=False)  # account systems named, on demand
    indices: list[tuple[int, str | None]] | None = field(default=None, repr=False)  # indices named, on demand
    planned: dict[int, bool] = field(default_factory=dict, repr=False)  # paragraphs under a plan's heading, on demand


def paragraph_at(doc: Document, pos: int) -> int:
    """The index of the paragraph a position of the text falls in (the one before it, between paragraphs)."""
    if doc.starts is None:
        doc.starts = [a for a, _ in doc.paragraphs]
    return bisect_right(doc.starts, pos) - 1


def paragraph_periods(doc: Document, index: int) -> list[Period]:
    """The time expressions of one paragraph, found once per document."""
    if index not in doc.periods:
        doc.periods[index] = find_periods(doc.folded, doc.text, *doc.paragraphs[index])
    return doc.periods[index]


def prepare(text: str, doc_id: str, meta: Mapping[str, object] | None = None) -> Document:
    """Normalise the text and settle the document-level facts: province and default year."""
    meta = dict(meta or {})
    text = normalize(text)
    # ("318 472 hồ sơ" read as 318.472; "so_ho_so_tiep_nhan = 61.208" as "so hồ sơ tiếp nhận : 61.208")
    # ("Tiếp nhận: 612.408 · Trực tuyến: 398.112": the dot reads as ';')
    # ("hai trăm mười bảy hồ sơ" read as 217 hồ sơ, words of a number with no digits beside them; "86 nghìn 412 hồ sơ"
    # as 86.412 hồ sơ, a spoken number half in digits)
    # ("- Hồ sơ được gửi qua mạng trong quý (1.327);" as "… trong quý: 1.327 ;", a list's values closing its lines)
    # ("41.380 hồ sơ (online payments)": an English gloss is blanked, its "online" no cue)
    laid_out = field_dots_as_semicolons(text, closing_values_as_labels(text, leaders_as_colons(
        glosses_blanked(text, fold(text)))))
    folded = level_pointers(text, ordinal_ranks(spelled_numbers(spoken_digits(spelled_before_digits(spaced_thousands(
        text, fields_as_labels(text, laid_out)))))))
    paras = paragraphs(text, folded)
    province, source = None, ""
    named: dict[str, int] = {}  # each province's mention score, filled when the text is read for it

    def by_text() -> str | None:
        named.update(mention_scores(text, paras, folded))
        # the one province a headline names is the article's subject ("Vì sao dịch vụ công trực tuyến ở Sơn La vẫn đi
        # chậm hơn tỉnh bạn?" over a reader's letter naming a neighbour more often)
        first = text[slice(*paras[0])].strip() if paras else ""
        titled = len(first) < 200 and "\n" not in first and not first.endswith((".", ":", ";"))  # a question may be one
        headline = mention_scores(text, paras[:1], folded) if titled else {}
        return next(iter(headline)) if len(headline) == 1 else province_from_text(text, scores=named)

    for find, origin in (
        (lambda: canonical_province(str(meta.get("province") or "")), "manifest"),
        (by_text, "text"),
        (lambda: province_from_url(str(meta.get("url") or "")), "url"),
        (lambda: sole_province(text, paras, folded), "mention"),  # named once, and no other province named
        (lambda: dateline_province(text, paras, folded), "capital"),  # "Pleiku (TTXVN) - …": its capital's
    ):  # tried in order, each only when the ones before found none
        candidate = find()
        if candidate:
            province, source = candidate, origin
            break
    own = outlet_province(str(meta.get("url") or ""), named) if source == "text" else None
    if own and own != province:  # the paper's own province, named in the text, over one named more often
        province, source = own, "url"
    manifest_year = year_of(meta.get("published"))
    dateline, addressed = dateline_year(text), url_year(str(meta.get("url") or ""))
    published = manifest_year or dateline or addressed
    doc = Document(doc_id, text, folded, sentences(text, paras), paras, province, source, published, meta,
                   written=published)
    lead_period = _lead_period(doc)
    lead = lead_period.year if lead_period else None
    # a review of the year before ("Ngày 13/1/2021 … tổng kết năm 2020"): the lead names the whole year, in the first
    # months of the next or under a title naming that year (later in the year, a lead naming last year under a title
    # that does not sets a background: "Năm 2023, … Sáu tháng đầu năm nay, …")
    if published and lead == published - 1 and _WHOLE_YEAR.search(lead_period.text) \
            and not _present_before(doc, lead_period, published) \
            and (reviewing_season(doc.meta.get("published")) or _titled_with(doc, lead)):
        doc.year, doc.year_source = lead, "review"
        doc.cut_off = _YEAR_END_DAY.search(lead_period.text) is not None
    # "Năm qua, …" in January: the year before (a lead dated only by its dateline's day, "TÂY NINH, 10/1/2018 – …",
    # names no period of its own)
    elif published and (lead is None or lead == published and _EVENT_DAY.match(lead_period.text)) \
            and _reviews_past_year(doc):
        doc.year, doc.year_source = published - 1, "review"
    elif published:
        doc.year_source = "published" if manifest_year else "dateline" if dateline else "url"
    elif lead:
        doc.year, doc.year_source = lead, "lead"
    else:
        doc.year, doc.year_source = _cutoff_year(doc), "cutoff"
        if doc.year is None:
            doc.year, doc.year_source = _body_year(doc), "body"
        doc.year_source = doc.year_source if doc.year else ""
    return doc


_YEAR_IN = re.compile(r"(?:19|20)\d\d")


def _present_before(doc: Document, period: Period, published: int) -> bool:
    """The lead speaks of the present, of a span reaching the year of writing, or of a cut-off in it, before it names
    the year before ("Đến nay, … 3.418 chứng thư số. Cuối năm 2019, con số này mới là 1.874"; "Kỳ tuyển sinh năm học
    2018 – 2019, …. Năm 2017, …"; "Đến tháng 11/2021, …. Đầu năm 2020, …"): the year before is a baseline, the article
    no review of it."""
    for i in lead_paragraphs(doc):
        if i >= len(doc.paragraphs) or is_headline(doc.text[slice(*doc.paragraphs[i])]):
            continue  # (a title's or a heading's span, "… giai đoạn 2016 – 2018", "I. Hiện trạng …", dates no lead)
        for p in paragraph_periods(doc, i):
            if p.start >= period.start:
                return False
            years = [int(y) for y in _YEAR_IN.findall(p.text)]
            if p.role == "now" or (p.role == "range" and years and max(years) >= published):
                return True
            # (… or a cut-off in the year of writing: "Đến tháng 11/2021, hệ thống có 210 điểm cầu. Đầu năm 2020, …")
            cut = _CUTOFF.search(doc.folded, max(0, p.start - 20), p.start)
            if years and max(years) >= published and cut \
                    and _CLAUSE_OPENS.search(doc.folded[doc.paragraphs[i][0]:cut.start()]):
                return True
    return False


def _body_year(doc: Document) -> int | None:
    """The year of an undated article with no dated lead and no cut-off: the first period anywhere in the text
    that frames a report ("Trong 6 tháng đầu năm 2017, …"), not a plan, a baseline or an index edition."""
    for i, span in enumerate(doc.paragraphs):
        for p in paragraph_periods(doc, i):
            if p.year and p.role == "frame" and not names_edition(doc.folded, p) \
                    and cues.status(doc.folded, p.start, p.end, span, None) == "actual":
                return p.year
    return None


_CUTOFF = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$")
# the words before a cut-off in its paragraph end a sentence or a clause ("LONG AN – Đến tháng 11/2021, …"), or there
# are none: it opens them, no range's end ("Từ cuối năm 2018 đến tháng 5/2019")
_CLAUSE_OPENS = re.compile(r"(?:^|[.;:,–—-])\s*$")
_UNTIL = re.compile(lexicon.union(lexicon.words("periods", "until")))  # periods.yml: "đến", "tới"


# ("… TỈNH KHÁNH HÒA NĂM 2024": a title in capitals; "số liệu tính đến hết 31/12/2024": a cut-off at the year's end)
_WHOLE_YEAR = re.compile(r"(?:(?:^|\s)năm |31[/.-]12[/.-])\d{4}$", re.IGNORECASE)
_YEAR_END_DAY = re.compile(r"31[/.-]12[/.-]\d{4}$")
# a whole year and nothing else ("năm 2018")
_YEAR_ONLY = re.compile(rf"{lexicon.union(lexicon.words('periods', 'year'))}\s+\d{{4}}", re.IGNORECASE)


def _lead_period(doc: Document) -> Period | None:
    """The period an article reports on, from its lead (`lead_paragraphs`): its first dated period that
    frames a report, a bare day ("Ngày 12/1/2017, … tổng kết năm 2016") only when nothing else is dated.
    Only periods that frame a report
    count: "đến năm 2025" is a target year, "Phấn đấu trong năm 2018" a plan."""
    if not doc.paragraphs:
        return None
    lead = lead_paragraphs(doc)
    frames = [p for i in lead if i < len(doc.paragraphs) for p in paragraph_periods(doc, i)
              if p.year and p.role == "frame" and not is_index_edition(p)  # "ICT Index 2019" comes out in 2020
              and not opens_edition(doc.folded, p)  # "Năm 2015, chỉ số ICT Index của tỉnh xếp thứ 52/63"
              and not in_contrast(doc.folded, p)  # "…, trong khi chín tháng năm 2023 con số tương ứng …"
              and not _RANK_BEFORE.search(doc.folded, max(0, p.start - 16), p.start)  # "(hạng 35/63 năm 2016)": the rank's
              and not _SAME_BEFORE.search(doc.folded, max(0, p.start - 16), p.start)  # "Cùng kỳ năm 2023": a baseline
              # ("… và triển khai nhiệm vụ năm 2018": the plan's year; "nhiệm vụ 5 tháng cuối năm 2019" ends the year
              # reported on)
              and not (plan_year(doc.folded, p) and _YEAR_ONLY.fullmatch(p.text))
              and (cues.status(doc.folded, p.start, p.end, doc.paragraphs[i], None) == "actual"
                   or met_deadline(doc.folded, p))]  # "kế hoạch đặt ra 31 chỉ tiêu, đến cuối năm 2016 đã có 27 …"
    # "Ngày 12/1/2017, Sở … tổng kết công tác năm 2016": the day of the event is not the year reported on
    # ("Vĩnh Phúc, ngày 01 tháng 3 năm 2024" under the title: the day it was written, in words)
    # (… nor the month it is published in, not yet over: "Tại buổi làm việc đầu tháng 3/2016, … đánh giá năm 2015")
    spans = [p for p in frames
             if not (_EVENT_DAY.match(p.text) or _DAY_BEFORE.search(doc.folded, max(0, p.start - 20), p.start)
                     or _publication_month(p, doc.meta.get("published")))] or frames
    # "… (tháng 5/2024). …; số liệu của năm 2023 trừ khi có ghi chú khác": a note naming its figures' period
    noted = [p for p in spans if _DATA_NOTE.search(doc.folded, max(0, p.start - 120), p.start)]
    if not spans and lead[-1] + 1 < len(doc.paragraphs):
        # (a lead that dates nothing, then a note naming the figures' period in the paragraph right after it: "Sáng
        # 14/5, … trình bày 9 trang chiếu. ¶ Trang chiếu 1. … Chân trang: số liệu tính đến ngày 31/12/2014, …")
        # (a cut-off, "tính đến …", as in _cutoff_year; not any period a note mentions: "dẫn số liệu cho rằng cả năm …")
        noted = [p for p in paragraph_periods(doc, lead[-1] + 1) if p.year and p.role == "frame"
                 and p.text.startswith(_CUT_OFF_WORDS) and _DATA_NOTE.search(doc.folded, max(0, p.start - 40), p.start)]
    return noted[0] if noted else spans[0] if spans else None


# ("Số liệu trong đáp án lấy từ báo cáo chính thức của UBND tỉnh về kết quả năm 2024": words alone between them)
_CUT_OFF_WORDS = tuple(lexicon.words("periods", "until") + lexicon.words("periods", "counting"))  # "đến", "tính"
_DATA_NOTE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'data_notes'))}(?:\s+[^\W\d_]+){{0,16}}\s*$")
_SAME_BEFORE = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'same_period'))}\s+$")
_RANK_BEFORE = re.compile(r"\d\s*/\s*\d{2}\s+$")  # a rank x/63 right before the period: the year it was ranked
_EVENT_DAY = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$")  # a bare date's wording ("ngày" is dropped)
_DAY_BEFORE = re.compile(r"(?<!\w)ngày\s+\d{1,2}\s*$")  # "ngày 01 " before "tháng 3 năm 2024"


# "Năm qua, …", "Trong năm vừa qua, …": the year just past (not "những năm qua", "5 năm qua": years back)
_PAST_YEAR = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('periods', 'past_year'))}(?!\w)")
_YEARS_BACK = re.compile(rf"(?:(?<!\w){lexicon.union(lexicon.words('periods', 'years_back'))}|\d+|một)\s+$")
_EARLY_MONTHS = 3  # published in the first quarter, "the year just past" is the year before; later, the year of writing


_REVIEW_MONTHS = 5  # a review of the year before comes out by the middle of the next year


def reviewing_season(published: object) -> bool:
    """The article came out in the months when the year before is reviewed (or its month is unknown)."""
    issued = published_month(published)
    return not issued or issued[1] <= _REVIEW_MONTHS


def _titled_with(doc: Document, year: int) -> bool:
    """The article's title line names the year ("Bạc Liêu điều chỉnh số liệu hồ sơ trực tuyến năm 2020 …")."""
    if not doc.paragraphs:
        return False
    a, b = doc.paragraphs[0]
    return is_headline(doc.text[a:b]) and str(year) in _YEAR_IN.findall(doc.text, a, b)


def _reviews_past_year(doc: Document) -> bool:
    """The lead speaks of the year just past ("Năm qua, các cơ quan đã tiếp nhận …") and the article is published in the
    first months of a year: it reviews the year before."""
    issued = published_month(doc.meta.get("published"))
    if not issued or issued[1] > _EARLY_MONTHS:
        return False
    for i in lead_paragraphs(doc):
        a, b = doc.paragraphs[i]
        if any(not _YEARS_BACK.search(doc.folded, max(a, m.start() - 20), m.start())
               for m in _PAST_YEAR.finditer(doc.folded, a, b)):
            return True
    return False


def _publication_month(period: Period, published: object) -> bool:
    """The period is the month the article is published in ("tháng 3/2016" in an article of 16 March 2016): the
    time of an event, not a period reported on."""
    month = month_of(period)
    return month is not None and month == published_month(published)


def lead_paragraphs(doc: Document, most: int = 4) -> list[int]:
    """The lead: the title lines an article opens with (title, dateline, "Cập nhật: …") and the first
    paragraph after them."""
    lead = []
    for i, (a, b) in enumerate(doc.paragraphs[:most]):
        lead.append(i)
        # (a title may ask a question: "Bạn hiểu chính quyền số Khánh Hòa đến đâu?")
        if not (is_headline(doc.text[a:b]) or (i == 0 and _QUESTION_TITLE.fullmatch(doc.text, a, b))):
            break
    return lead


_QUESTION_TITLE = re.compile(r"[^\n]{1,200}\?\s*")


def _cutoff_year(doc: Document) -> int | None:
    """The year of an undated article with no dated lead: the first report cut-off anywhere in the text
    ("Tính đến tháng 9/2017", "Đến tháng 8.2021")."""
    folded = doc.folded
    until = [i for i, (a, b) in enumerate(doc.paragraphs) if _UNTIL.search(folded, a, b)]  # no cut-off elsewhere
    cutoffs = (p for i in until for p in paragraph_periods(doc, i) if p.year and p.role == "frame"
               and (p.text.startswith(_CUT_OFF_WORDS) or _CUTOFF.search(folded, max(0, p.start - 15), p.start)))
    first = next(cutoffs, None)
    return first.year if first else None


def is_headline(paragraph: str) -> bool:
    """A title line: short and not ended like a sentence."""
    line = paragraph.strip()
    return len(line) < 200 and not line.endswith((".", "!", "?", "…", ":", ";"))


WORDS = re.compile(r"[^\W\d_]{2,}")  # a sentence with a few words, not a dateline


def _is_section_heading(line: str) -> bool:
    """A short heading line inside the article, not a list item (any bullet, an emoji too) nor an entry of a table of
    contents opened by its time mark ("(22:30) Mục tiêu đến cuối năm", "30:05 Mục tiêu cuối năm": a podcast's
    chapters), nor a note wholly in parentheses ("(Nguồn: Sở …; cột cuối tính bằng Thực hiện chia Kế hoạch)",
    "(Ảnh: …)")."""
    if _FIGURE_CAPTION.match(line) and len(line) < 200:
        return True  # "BIỂU ĐỒ 1. Tỷ lệ hồ sơ nộp trực tuyến theo tháng, …." heads its description, full stop or not
    if _period_label(line):
        return True  # "Năm 2017:" alone on its line heads the paragraphs under it, up to the next heading
    return (is_headline(line) and len(line) < 120 and not _BULLET.match(line)
            and not _TIME_MARK.match(line) and not (line.startswith("(") and line.endswith(")"))
            and not _DATELINE_LINE.fullmatch(line))


def _period_label(line: str) -> bool:
    """A line that is only a period with a year and a colon ("Năm 2017:", "Quý I/2023:", "6 tháng đầu năm 2024:"), or a
    short label naming one, with no number besides the period's ("Một số kết quả nổi bật năm 2021:")."""
    if not line.endswith(":") or len(line) > 100:
        return False
    words = fold(line[:-1]).strip()
    found = [p for p in find_periods(words, line[:-1].strip(), 0, len(words)) if p.year]
    if any(p.start == 0 and p.end == len(words) for p in found):
        return True
    # (not a label that explains columns in parentheses: "Tóm tắt (6 tháng đầu năm 2024, tỷ lệ … / đúng hạn):" heads
    # rows whose columns it names, a table of its own)
    return bool(found) and "(" not in words and all(any(p.start <= d.start() and d.end() <= p.end for p in found)
                                                    for d in _DIGITS.finditer(words))


_DIGITS = re.compile(r"\d+")


_FIGURE_CAPTION = re.compile(rf"(?i){lexicon.union(lexicon.words('structure', 'figure_captions'))}\s+\d{{1,2}}\s*[.:]\s")


_TIME_MARK = re.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s")
# "Hà Giang, ngày 15 tháng 1 năm 2022", "Ngày 05/02/2022": a place and the day it was written, no heading of a section
_DATELINE_LINE = re.compile(r"(?:[^\W\d_][^\d,]{0,40},\s*)?(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+|[/.-])\d{1,2}"
                            r"(?:\s+năm\s+|[/.-])\d{4}[^\w]{0,3}", re.IGNORECASE)


def section_heading(doc: Document, index: int) -> int | None:
    """The paragraph index of the heading a paragraph sits under ("Mục tiêu đến năm 2030" above its
    paragraphs): the nearest earlier short heading line, alone or opening its paragraph — not the title, not a
    list item — else None.
    Found for every paragraph in one pass, once per document."""
    if doc.headings is None:
        last: int | None = None
        doc.headings = []
        for i in range(len(doc.paragraphs)):
            doc.headings.append(last)
            # a heading line glued to the first item under it ("3. Nhiệm vụ thời gian tới\nb) …") heads the rest too
            line = doc.text[slice(*heading_line(doc, i))].strip()
            if i > 0 and _is_section_heading(line):
                last = i
            elif _DATELINE_LINE.fullmatch(line):  # the lines above a dateline are the title block: they head nothing
                last = None
    return doc.headings[index]


# "THÁI NGUYÊN – Sau sáu tháng, …": a place's name in capitals and a dash open the body of a news article
_DATELINE_OPENING = re.compile(r"\s*(?P<name>[^\W\d_][^\n–—-]{1,30}?)\s+[–—-]\s")


def body_start(doc: Document) -> int:
    """The index of the paragraph that opens a news article's body under title lines only (the title, a rubric): one
    with a dateline ("THÁI NGUYÊN – Sáu tháng …"), else the first prose paragraph right under the title and one rubric
    line in capitals ("Title\nCHUYỂN ĐỔI SỐ\nNăm 2023, …"); 0 when there is none."""
    for i, (a, b) in enumerate(doc.paragraphs):
        found = _DATELINE_OPENING.match(doc.text, a, b)
        if i and found and found.group("name").isupper():
            return i
        if not is_headline(doc.text[a:b]):
            return i if i == 2 and _rubric(doc.text[slice(*doc.paragraphs[1])]) else 0
    return 0


def _rubric(line: str) -> bool:
    """A line in capitals with no numbering: a rubric over the article, in its title block."""
    line = line.strip()
    return line.isupper() and not _RANKS[0].match(line) and not _RANKS[1].match(line)


def heading_line(doc: Document, index: int) -> tuple[int, int]:
    """The span of a heading paragraph's first line: the heading itself when a list item is glued under it; of lines
    glued over an item, the first that is a heading ("QUYẾT NGHỊ:\nĐiều 1. Chỉ tiêu đến năm 2025\na) …")."""
    a, b = doc.paragraphs[index]
    cut = doc.text.find("\n", a, b)
    if cut < 0:
        return a, b
    start, end = a, cut
    while end > 0 and not _is_section_heading(doc.text[start:end].strip()):
        nxt = doc.text.find("\n", end + 1, b)
        if nxt < 0:
            return a, cut  # (the last line is the item the lines lead to)
        start, end = end + 1, nxt
    return start, end


_RANKS = (re.compile(r"[IVX]+[.)]\s"), re.compile(r"\d+[.)]\s"), re.compile(r"\d+\.\d+[.)]?\s|[a-zđ][.)]\s"))


_NUMBERING = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=\S)")


def numbering_end(text: str, pos: int) -> int | None:
    """Where a list's numbering that opens a line at `pos` ends ("\n2. Bắc Ninh – …", "\n3) …"): the item's words
    start there; None when no such numbering stands at pos or the line holds words before it."""
    m = _NUMBERING.match(text, pos)
    return m.end() if m and not text[text.rfind("\n", 0, pos) + 1:pos].strip() else None


def opens_item(text: str, pos: int) -> bool:
    """Whether a list item opens at `pos`: a numbered or lettered one ("1. …", "a) …", "II. …") or a bullet line."""
    return bool(_BULLET.match(text, pos)) or any(pattern.match(text, pos) for pattern in _RANKS)


def heading_rank(line: str) -> int | None:
    """How high a numbered heading stands: 0 for "I. …", 1 for "1. …", 2 for "1.1 …" or "a) …"; None unnumbered."""
    return next((rank for rank, pattern in enumerate(_RANKS) if pattern.match(line)), None)


def enclosing_headings(doc: Document, index: int) -> list[int]:
    """The headings a paragraph sits under, nearest first: its section heading, then the numbered headings of
    higher rank above it ("I. KẾT QUẢ NĂM 2020" over "1. Hạ tầng kỹ thuật" over the paragraph); found once per
    paragraph."""
    if index not in doc.chains:
        doc.chains[index] = _heading_chain(doc, index)
    return doc.chains[index]


def _heading_chain(doc: Document, index: int) -> list[int]:
    """enclosing_headings, computed."""
    chain: list[int] = []
    heading = section_heading(doc, index)
    while heading is not None:
        chain.append(heading)
        rank = heading_rank(doc.text[slice(*heading_line(doc, heading))].strip())
        if not rank:  # an unnumbered heading, or one of the highest rank, has nothing above it
            break
        above = section_heading(doc, heading)
        while above is not None:
            top = heading_rank(doc.text[slice(*heading_line(doc, above))].strip())
            if top is not None and top < rank:
                break
            above = section_heading(doc, above)
        heading = above
    return chain


def title(doc: Document) -> str:
    """The article's headline (folded), '' when its first paragraph is no headline; found once per document."""
    if doc.headline is None:
        a, b = doc.paragraphs[0] if doc.paragraphs else (0, 0)
        doc.headline = doc.folded[a:b] if len(doc.paragraphs) > 1 and is_headline(doc.text[a:b]) else ""
    return doc.headline


def context_before(doc: Document, s_index: int) -> str:
    """The paragraph before the sentence, or the heading above it when the sentence opens its paragraph:
    the frame a sentence continues ("… (ICT Index 2018). Theo báo cáo, … xếp thứ 32/63. … vị trí số 58")."""
    if s_index == 0:
        return ""
    s, before = doc.sentences[s_index], doc.sentences[s_index - 1]
    if before.paragraph == s.paragraph:
        return doc.folded[doc.paragraphs[s.paragraph][0]:before.end]
    if is_headline(doc.text[before.start:before.end]):
        return doc.folded[before.start:before.end]
    # consecutive bullet lines are one list: "✅ Toàn tỉnh … đạt 48,33%." then "✅ Theo từng cấp: cấp tỉnh 71,2% – …"
    if block_of(doc, s.paragraph) == block_of(doc, before.paragraph):
        return doc.folded[doc.paragraphs[before.paragraph][0]:before.end]
    return ""


def block_of(doc: Document, index: int) -> int:
    """The first paragraph of the run of bullet lines that paragraph `index` belongs to (itself when it is no
    bullet line): what one line of a list has said, the next may continue."""
    if index not in doc.blocks:
        first = index
        while first > 0 and _BULLET.match(doc.text, doc.paragraphs[first][0]) \
                and _BULLET.match(doc.text, doc.paragraphs[first - 1][0]):
            first -= 1
        doc.blocks[index] = first
    return doc.blocks[index]


# a list bullet opening a line: a dash or dot, or a check mark, arrow or emoji as fanpage posts use them
_BULLET = re.compile(rf"[ \t]*{BULLET}")
