"""Tables laid out with spaces: a header line of column names, then rows of a label and numbers.

    Đơn vị                    Tiếp nhận   Đã giải quyết   Đúng hạn (%)
    Sở Tài chính                  8.412           8.105           97,3

Columns are cut at runs of two or more spaces, tabs or a "|" (a table pasted from a page or a report), and
before a number at a spaced dash or after a colon ("- Huyện A: 5.214 – 3.486 – 66,86%"). The header may
instead be named in the line above the rows, in parentheses with "/" or a spaced dash between the columns
("Các đơn vị … (tiếp nhận mới / đã giải quyết / tỷ lệ nộp trực tuyến):"), or in order after a respectively marker ("(các
cột lần lượt là hồ sơ tiếp nhận, hồ sơ nộp qua mạng và tỷ lệ; đơn vị: …)"). A row is a label followed by numeric
cells; the cells are matched to the header's last columns, right to left. A signed cell ("+44", "-1,2 điểm") or
a cell under a column of changes ("So sánh", "Tăng/giảm") states a change, not a figure. `cell_phrase` turns a cell into
the words a sentence would have used ("số hồ sơ tiếp nhận là 8.412"), with the noun taken from the
caption above the table, so the same metric rules read sentences and tables.
Positions index the document text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ..text import lexicon
from ..text.marks import BULLET, LABEL_EDGES, strip_bullets
from ..text.numbers import COUNT_NOUNS
from ..text.periods import period_cell

_SPLIT = re.compile(r"\s*\|\s*|\s+·\s+|\s{2,}|\t+|\s+[–—-]\s+(?=[<>+−-]?\d|\(\d{1,2}\))|:\s+(?=[<>+−-]?\d)"
                    r"| ?; ?(?=\S)")  # (" · ": a dot; ";" with at most one space on each side: a table pasted from a .csv file)
# A cheap pre-check: some cell gap after a non-space and before a number ("\S(?: {2,}|\t+| ?\| ?| – )\d"), each
# branch opening with the gap's first character so the regex engine jumps to spaces, tabs, bars and dashes.
_ALIGNED = re.compile(r" (?<=\S )(?: +|\| ?|[–—-] |· |; ?)\d|\t(?<=\S\t)\t*\d|\|(?<=\S\|) ?\d|;(?<=\S;) ?\d")
_YEAR = re.compile(r"(?:19|20)\d\d")  # a header may name its columns by year ("Chỉ số | 2022 | 2023")
# a number, maybe signed, with its % or one unit word ("1.768", "66,86%", "+21,23 điểm", "2,1 triệu")
# ("55/63": a rank out of a total, or a part out of its whole, fills a cell too)
# (thousands may be set off by single spaces: "152 377", text/convention.py)
_NUMERIC = re.compile(r"[<>≥≤⩾⩽+−-]?\s*\d[\d.,]*(?: \d{3}(?![\d.,]))*(?:/\d[\d.,]*)?\s*(?:%|[^\W\d_]+)?")
_BOUND_SIGN = re.compile(r"[<>≥≤⩾⩽]\s*")  # "≥ 99": a bound's sign before its number (the qualifier reads it)
_NO_VALUE = re.compile(r"[–—-]|\.{2,3}|…|x")  # a cell left empty: "–", "…"
_SIGNED = re.compile(r"[+−-]")
_PERCENT_VALUE = re.compile(r"\d\s*%")
_DASHED = re.compile(r"\s[–—]\s.*\s[–—]\s")  # two spaced dashes or more: cells cut by dashes ("Chỉ tiêu – Đơn vị – 2023 – 2024")
_HEADER_SPLIT = re.compile(_SPLIT.pattern + r"|\s+[–—]\s+")  # every spaced dash, in a header line cut by dashes
_CSV_LINE = re.compile(r"\S ?; ?\S[^;]*; ?\S")  # two semicolons, at most a space on each side: cells of a pasted .csv
_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2}){0,2}[.)]?")  # "1", "2.", a sub-row's "1.1", "2.3.1"
_WORDS_CELL = re.compile(r"[^\W\d_][^\d]*")  # a cell of words alone: "Đạt", "Chưa đạt", "Vượt"
_LEADING_NUMBER = re.compile(r"[ \t|]*(?P<n>\d{1,3}(?:\.\d{1,2}){0,2}\.?)[ \t]*(?:\||\t|  )")  # a row's own number
_ROW_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")  # "1. Sở Tư pháp: 2.871 – 0 – 100%": the row's number is no label
_CHANGE_COLUMN = re.compile(lexicon.union(lexicon.words("structure", "table_change_columns")
                                           + lexicon.words("structure", "table_score_columns")))


class Cell(NamedTuple):
    """One numeric cell: its span in the text and its column name."""

    start: int
    end: int
    column: str


class Row(NamedTuple):
    """A table row: the line's span, its label (the first column), its numeric cells and the unit its unit column
    names ("Hồ sơ", "%"; empty without one)."""

    start: int
    end: int
    label: str
    cells: tuple[Cell, ...]
    unit: str = ""
    keyed: bool = False  # a series line: each cell after its own period ("…(%): 2019: 8,17; 2020: 17,90")
    period: str = ""  # the period its period column names ("Tỉnh A;6 tháng đầu năm 2025;388.214;…"), else ''
    group: str = ""  # the sub-heading line the row sits under inside its table ("Phần D. Chỉ tiêu kế hoạch năm 2024")
    parent: str = ""  # the label of the row a numbered sub-row sits under ("1 | Hồ sơ tiếp nhận" over "1.1 | Qua mạng")


class Table(NamedTuple):
    """A table: the caption line above it (may be empty), the header line and the rows."""

    caption: tuple[int, int]
    header: tuple[int, int]
    rows: tuple[Row, ...]


def _cells(text: str, start: int, end: int, split: re.Pattern = _SPLIT) -> list[tuple[int, int]]:
    """The cell spans of one line (text between runs of 2+ spaces)."""
    spans, last = [], start
    line = text[start:end]
    for m in split.finditer(line):
        if m.start() > 0 and line[last - start:m.start()].strip():
            spans.append((last, start + m.start()))
        last = start + m.end()
    if text[last:end].strip():
        spans.append((last, end))
    # (Markdown emphasis around a cell, "**427.373**", is no part of it)
    return [(a + len(text[a:b]) - len(text[a:b].lstrip(_MARKS)), b - (len(text[a:b]) - len(text[a:b].rstrip(_MARKS))))
            for a, b in spans]


_MARKS = " \t*_"  # spaces and Markdown emphasis around a cell


def _row(text: str, start: int, end: int, header: list[tuple[int, int]]) -> Row | None:
    """A row line under `header`: a label then numeric cells, at most as many as header columns - 1."""
    spans = _cells(text, start, end)
    if spans and text[spans[-1][1] - 1] in ";." and spans[-1][1] - spans[-1][0] > 1:
        spans[-1] = (spans[-1][0], spans[-1][1] - 1)  # "Thành phố A: 21.846 – 4.632 – 21,2%;": a list item's row
    # "1 | Thành phố Tây Ninh | 0,6124 | 71,8%": a row's number (or rank), then its label
    if len(spans) >= 3 and _ROW_NUMBER.fullmatch(text[slice(*spans[0])]) \
            and not _NUMERIC.fullmatch(text[slice(*spans[1])]):
        spans = spans[1:]
    # "Tổng | 20 cơ quan cấp tỉnh | 56.179 | …": the total named in the number column, the label column saying what
    # it adds up: a total row
    elif len(spans) >= 3 and _TOTAL.fullmatch(text[slice(*spans[0])].strip().lower()) \
            and not _NUMERIC.fullmatch(text[slice(*spans[1])]):
        spans = [spans[0], *spans[2:]]
    # "Hồ sơ tiếp nhận | Hồ sơ | 96.412 | …" under "Chỉ tiêu | Đơn vị tính | Quý I | …": the unit's cell is no value
    unit_at, unit = _unit_column(text, header), ""
    if unit_at is not None and len(spans) > len(header) - unit_at >= 2 \
            and not _NUMERIC.fullmatch(text[slice(*spans[unit_at - len(header)])]):
        unit = text[slice(*spans.pop(unit_at - len(header)))]
        header = header[:unit_at] + header[unit_at + 1:]
    # (a bare year is a label, the row's period: "| 2020 | 128.406 | 31.207 |" under "| Năm | Hồ sơ tiếp nhận | …")
    if len(spans) < 2 or (_NUMERIC.fullmatch(text[slice(*spans[0])]) and not _YEAR.fullmatch(text[slice(*spans[0])])):
        return None
    # "Tỉnh Long An (cũ);6 tháng đầu năm 2025;388.214;…": a period right after the label is the row's, no value
    period = ""
    if len(spans) >= 3 and period_cell(text[slice(*spans[1])]) and _YEAR.search(text[slice(*spans[1])]):
        period = text[slice(*spans[1])].strip()
        spans = [spans[0], *spans[2:]]
    numbers = spans[1:]
    # "… | 35% | 31,2% | Chưa đạt |": an assessment in words after the numbers closes the row; its column is no cell's
    words = 0
    while len(numbers) > 1 and _WORDS_CELL.fullmatch(text[slice(*numbers[-1])]):
        numbers, words = numbers[:-1], words + 1
    header = header[:len(header) - words] if words else header
    # (a cell left empty keeps its column: "19/63 | – | Nhóm 15" is no row, "83,57 | – | ≥ 85" is)
    if not all(_NUMERIC.fullmatch(text[a:b]) or _NO_VALUE.fullmatch(text[a:b]) for a, b in numbers) \
            or len(numbers) > len(header) - 1 or all(_NO_VALUE.fullmatch(text[a:b]) for a, b in numbers):
        return None
    columns = header[len(header) - len(numbers):]
    cells = tuple(Cell(a + len(sign.group()) if (sign := _BOUND_SIGN.match(text, a)) else a, b, text[c0:c1])
                  for (a, b), (c0, c1) in zip(numbers, columns)
                  if not (_NO_VALUE.fullmatch(text[a:b]) or _SIGNED.match(text, a)
                          or _CHANGE_COLUMN.fullmatch(text[c0:c1].strip().lower())))
    return Row(start, end, _ROW_NUMBERED.sub("", text[slice(*spans[0])].lstrip(LABEL_EDGES)), cells, unit, period=period)


_TOTAL = lexicon.pattern("structure", "table_total_rows")
_UNIT_COLUMN = lexicon.pattern("structure", "table_unit_columns")


def _unit_column(text: str, header: list[tuple[int, int]]) -> int | None:
    """The index of the header's unit column ("Đơn vị tính", "ĐVT"), never the first (the label's), else None."""
    return next((k for k, (a, b) in enumerate(header) if k and _UNIT_COLUMN.fullmatch(text[a:b].strip().lower())), None)
_RULE_LINE = re.compile(r"\s*[|+]?(?:\s*:?[-=─—]{3,}:?\s*[|+]?)+\s*")  # "|------|------|", "+----+----+", "-----"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line but the rules drawn between a table's header and its rows."""
    out, pos = [], 0
    for line in text.split("\n"):
        if not ("-" in line and _RULE_LINE.fullmatch(line)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_SLASHED = re.compile(r"\(([^()]+)\)[\s:.]*$")  # "(tiếp nhận / đã giải quyết / tỷ lệ)" ending a line
# "Mỗi dòng ghi lần lượt: số hồ sơ đã giải quyết – số hồ sơ quá hạn – tỷ lệ đúng hạn." ending a line: a legend
_LEGEND = re.compile(r":\s*([^:()]+?)[\s.]*$")
_COLUMN_SEPARATOR = re.compile(r"/|\s[–—-]\s")
_SEMICOLON = re.compile(r"\s*;\s*")


def _slashed_header(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The columns a line names at its end, in parentheses or after a colon (a legend of three columns or more),
    "/" or a spaced dash between them, as header spans (a label column first, empty), else None."""
    line = text[start:end]
    m = _SLASHED.search(text, start, end) if ")" in line else None
    legend = m is None and ":" in line and " – " in line
    if legend:
        m = _LEGEND.search(text, start, end)
    if not m:  # "Mỗi dòng dưới đây ghi lần lượt số hồ sơ tiếp nhận – số hồ sơ nộp trực tuyến – tỷ lệ …:" over the rows
        listed = _listed_columns(text, start, end) if line.rstrip().endswith(":") else None
        return [(start, start), *listed] if listed else None
    # "(đơn vị tính: hồ sơ; thứ tự cột: tiếp nhận – đã giải quyết – …)", "(số liệu đến 30/9, gồm: tiếp nhận – trực
    # tuyến – tỷ lệ)": the names start after the last note's colon or semicolon (a note may hold a date)
    group = text[m.start(1):m.end(1)]
    listed = _listed_columns(text, m.start(1), m.end(1)) if not legend else None
    if listed:
        return [(m.start(), m.start()), *listed]
    # "(số hồ sơ tiếp nhận; hồ sơ trực tuyến; tỷ lệ):" over "Huyện A: 12.410; 6.105; 49,19%": names alone, cut as the
    # rows are cut, by semicolons
    by_semicolon = not legend and group.count(";") >= 2 and ":" not in group and not any(ch.isdigit() for ch in group)
    first = m.start(1) if by_semicolon else max(m.start(1), text.rfind(";", m.start(1), m.end(1)) + 1,
                                                text.rfind(":", m.start(1), m.end(1)) + 1)
    if any(ch.isdigit() for ch in text[first:m.end(1)]):
        return None
    cuts = list((_SEMICOLON if by_semicolon else _COLUMN_SEPARATOR).finditer(text, first, m.end(1)))
    if not (2 if legend else 1) <= len(cuts) <= 8:
        return None
    return [(m.start(), m.start()), *_name_spans(text, first, m.end(1), cuts)]


def _name_spans(text: str, first: int, last: int, cuts: list[re.Match[str]]) -> list[tuple[int, int]]:
    """The column names between first and last, cut at `cuts`, each span stripped of the spaces around it."""
    spans = []
    for a, b in zip([first] + [c.end() for c in cuts], [c.start() for c in cuts] + [last]):
        part = text[a:b]
        a += len(part) - len(part.lstrip())
        spans.append((a, a + len(part.strip())))
    return spans


# "(các cột lần lượt là hồ sơ tiếp nhận, hồ sơ nộp qua mạng và tỷ lệ nộp qua mạng; đơn vị tính: …)": the columns named
# in order after a respectively marker, up to the next note, with commas and "và" between them
_LISTED = re.compile(rf"(?<!\w)(?:{lexicon.union(lexicon.words('structure', 'respectively'))})"
                     rf"(?:\s+(?:{lexicon.union(lexicon.words('structure', 'respectively_verbs'))}))?\s*:?\s+",
                     re.IGNORECASE)
_LISTED_SEPARATOR = re.compile(rf"\s*,\s*(?:và\s+)?|\s+và\s+|{_COLUMN_SEPARATOR.pattern}")


def _listed_columns(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The spans of three to eight columns a parenthesis names in order after a respectively marker, else None."""
    marker = _LISTED.search(text, start, end)
    if marker is None:
        return None
    stop = text.find(";", marker.end(), end)
    stop = end if stop < 0 else stop
    stop = marker.end() + len(text[marker.end():stop].rstrip(" :."))
    if any(ch.isdigit() for ch in text[marker.end():stop]):
        return None
    cuts = list(_LISTED_SEPARATOR.finditer(text, marker.end(), stop))
    if not 2 <= len(cuts) <= 7:
        return None
    return _name_spans(text, marker.end(), stop, cuts)


_FLAT_HINT = re.compile(r"\d%? (?:[<>≥≤] ?)?\d[\d.,]*%?[ \t]*(?:\n|$)")  # a pre-check: a line ending in two numbers
_FLAT_NUMBER = re.compile(r"(?:[<>≥≤]\s?)?\d[\d.,]*%?|[–—]")
_YEAR_COLUMN = re.compile(r"(?:năm\s+)?(?:19|20)\d\d", re.IGNORECASE)
_COLUMN_LEAD = re.compile(rf"(?<!\w){lexicon.union(lexicon.words('structure', 'table_column_leads'))}(?!\w)")


def _flat_row(text: str, start: int, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """A line of a table pasted with single spaces: (where its label ends, its trailing number spans), the label
    holding a letter and the line two numbers or more; else None."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    numbers: list[tuple[int, int]] = []
    for a, b in reversed(words):
        if not _FLAT_NUMBER.fullmatch(text, start + a, start + b):
            break
        numbers.insert(0, (start + a, start + b))
    label_end = numbers[0][0] if numbers else end
    if len(numbers) < 2 or not re.search(r"[^\W\d_]", text[start:label_end]):
        return None
    return label_end, numbers


def _flat_columns(text: str, start: int, end: int, k: int) -> list[tuple[int, int]] | None:
    """The last k column names of a single-spaced header line: k years at its end, else the spans that open with
    a column lead (structure.yml table_column_leads), from the right; None when it names fewer."""
    years = list(_YEAR_COLUMN.finditer(text, start, end))
    if len(years) >= k and not text[years[-1].end():end].strip():
        return [(m.start(), m.end()) for m in years[-k:]]
    folded = text[start:end].lower()
    leads = [start + m.start() for m in _COLUMN_LEAD.finditer(folded)]
    picked: list[int] = []
    for at in reversed(leads):
        if not picked or at < picked[0]:
            picked.insert(0, at)
        if len(picked) == k:
            break
    if len(picked) < k or picked[0] == start or re.search(r"\d", text[start:end].replace("(%)", "")) and not years:
        return None
    return [(a, b) for a, b in zip(picked, [*picked[1:], end])]


def _flat_tables(text: str, lines: list[tuple[int, int]]) -> list[Table]:
    """Tables pasted with single spaces between cells: 2+ lines of a label and the same count of numbers under a
    header line whose columns can be named (_flat_columns)."""
    tables: list[Table] = []
    i = 1
    while i < len(lines):
        block = []
        j = i
        while j < len(lines) and (row := _flat_row(text, *lines[j])):
            block.append((lines[j], row))
            j += 1
        if len(block) < 2:
            i = j + 1
            continue
        header = lines[i - 1]
        if all(_YEAR.fullmatch(text, x, y) for x, y in block[0][1][1]):  # "Chỉ tiêu 2018 2019": the header itself
            header, block = block[0][0], block[1:]
            if len(block) < 2:
                i = j + 1
                continue
        k = min(len(numbers) for _, (_, numbers) in block)
        columns = _flat_columns(text, *header, k) if text[slice(*header)].strip() else None
        if columns:
            rows = []
            for (a, b), (label_end, numbers) in block:
                extra, numbers = numbers[:-k], numbers[-k:]  # "Dịch vụ … mức độ 3 312 486": the 3 is the label's
                label = text[a:(extra[-1][1] if extra else label_end)].strip().lstrip(LABEL_EDGES)
                cells = tuple(Cell(x + len(s.group()) if (s := _BOUND_SIGN.match(text, x)) else x, y, text[c0:c1])
                              for (x, y), (c0, c1) in zip(numbers, columns)
                              if not (_NO_VALUE.fullmatch(text[x:y]) or _CHANGE_COLUMN.fullmatch(text[c0:c1].strip().lower())))
                rows.append(Row(a, b, label, cells))
            caption = next((lines[m] for m in range(i - 2, -1, -1) if text[slice(*lines[m])].strip()), (0, 0))
            tables.append(Table(caption, header, tuple(rows)))
        i = j + 1
    return tables


_STACKED_HINT = re.compile(r"\n[ \t]*\d[\d.,]*[ \t]*%?[ \t]*\n[ \t]*\d[\d.,]*[ \t]*%?[ \t]*\n")  # two number lines


def _stacked_tables(text: str, lines: list[tuple[int, int]]) -> list[Table]:
    """Tables pasted from a word processor one cell per line: n header lines, then rows of a label line and n - 1
    number lines ("Tháng\nHồ sơ tiếp nhận\nTrực tuyến\nTháng 7\n1.046\n842\n…"), two rows or more."""
    kinds = [_line_kind(text, a, b) for a, b in lines]
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        m = 0  # the run of word lines from i: the header's n lines and the first row's label
        while i + m < len(lines) and kinds[i + m] == "words":
            m += 1
        k = 0
        while i + m + k < len(lines) and kinds[i + m + k] == "number":
            k += 1
        if k < 2 or m < k + 2:  # (word lines before the header's are a caption or text)
            i += max(m, 1)
            continue
        start = i + m - (k + 2)  # the header's first line: k + 1 columns, the label's and k of numbers
        header = lines[start:start + k + 1]
        rows, j = [], start + k + 1
        while j + k < len(lines) and kinds[j] == "words" and all(kinds[j + c] == "number" for c in range(1, k + 1)) \
                and (j + k + 1 >= len(lines) or kinds[j + k + 1] != "number"):
            cells = tuple(Cell(*lines[j + c], text[slice(*header[c])].strip()) for c in range(1, k + 1)
                          if not _NO_VALUE.fullmatch(text[slice(*lines[j + c])].strip()))
            rows.append(Row(lines[j][0], lines[j + k][1], text[slice(*lines[j])].strip().lstrip(LABEL_EDGES), cells))
            j += k + 1
        if len(rows) >= 2:
            caption = _caption(text, lines, start)
            tables.append(Table(caption, (header[0][0], header[-1][1]), tuple(rows)))
            i = j
        else:
            i += max(m, 1)
    return tables


# "Tỷ lệ hồ sơ nộp trực tuyến (%): 2019: 8,17; 2020: 17,90; 2021: 31,25 (1)": an indicator's label, a colon, then
# its values each after its period and a colon, joined by ";" or ","; a footnote's mark may close a value
_PERIOD_KEY = (r"(?:(?:năm|quý|tháng|kỳ)\s+)?(?:(?:19|20)\d\d|[IV]{1,3}(?:/(?:19|20)\d\d)?|\d{1,2}/(?:19|20)\d\d)")
# (… or the label a sentence of its own, the values in short sentences after it: "Biểu đồ: Tỷ lệ … (đơn vị: %). Năm
# 2019: 8,2. Năm 2020: 14,6. Nguồn: …"; the run ends at the first sentence that is no period and value)
_SERIES_HINT = re.compile(rf"(?::|\.(?=\s))\s*{_PERIOD_KEY}\s*:\s*\d", re.IGNORECASE)
_PERIOD_LINES_HINT = re.compile(rf"\n[ \t]*{BULLET}?[ \t]*{_PERIOD_KEY}[ \t]*:[ \t]*\d[^\n]*"
                                rf"\n[ \t]*{BULLET}?[ \t]*{_PERIOD_KEY}[ \t]*:[ \t]*\d", re.IGNORECASE)
_SERIES_PAIR = re.compile(rf"\s*(?P<key>{_PERIOD_KEY})\s*:\s*(?P<value>\d[\d.,]*\s*%?)(?:\s*\(\d{{1,2}}\))?"
                          r"\s*(?:[;,]|\.?\s*$|\.(?=\s))", re.IGNORECASE)


def _series_row(text: str, start: int, end: int) -> Row | None:
    """A line of one indicator's values by period, each value a cell named by its period; None for any other line
    (or for values out of a total, "2019: 2/63", which the sentence rules read as ranks)."""
    opened = _SERIES_HINT.search(text, start, end)
    if opened is None or not _LETTER.search(text, start, opened.start()):
        return None
    pos, cells = opened.start() + 1, []
    while pos < end and (pair := _SERIES_PAIR.match(text, pos, end)):
        cells.append(Cell(pair.start("value"), pair.end("value"), pair.group("key")))
        pos = pair.end()
    if len(cells) < 2 or (text[pos:end].strip() and text[pos - 1] != "."):
        return None
    return Row(start, end, text[start:opened.start()].strip().lstrip(LABEL_EDGES), tuple(cells), keyed=True)


# "2019: 6,8%" alone on its line, under a caption naming the indicator ("Biểu đồ 1: Tỷ lệ hồ sơ nộp trực tuyến, giai
# đoạn 2019-2023 (đơn vị: %)"): one period's value, a row named by its period
_PERIOD_LINE = re.compile(rf"[ \t]*{BULLET}?[ \t]*(?P<key>{_PERIOD_KEY})[ \t]*:[ \t]*(?P<value>\d[\d.,]*[ \t]*%?)"
                          r"(?:[ \t]*\(\d{1,2}\))?[ \t]*[.;]?[ \t]*", re.IGNORECASE)


def _period_row(text: str, start: int, end: int) -> Row | None:
    """A line holding one period and its value, a row labelled by the period; None for any other line."""
    m = _PERIOD_LINE.fullmatch(text, start, end)
    return Row(start, end, m.group("key"), (Cell(m.start("value"), m.end("value"), ""),)) if m else None


def _series_tables(text: str, lines: list[tuple[int, int]]) -> list[Table]:
    """Runs of series lines (an indicator's values by period on one line), or of period lines (a period and its
    value a line, the indicator named in the caption above), each run a table under the line above it."""
    tables: list[Table] = []
    rows: list[Row] = []
    first = 0
    for j, (a, b) in enumerate([*lines, (len(text), len(text))]):
        row = (_series_row(text, a, b) or _period_row(text, a, b)) if b > a else None
        if row is not None and (not rows or row.keyed == rows[0].keyed):
            first = first if rows else j
            rows.append(row)
            continue
        if rows and (rows[0].keyed or len(rows) >= 2):
            tables.append(Table(_caption(text, lines, first), (rows[0].start, rows[0].start), tuple(rows)))
        rows, first = ([row], j) if row is not None else ([], 0)
    return tables


def _line_kind(text: str, a: int, b: int) -> str:
    """'number' for a line holding one number (or an empty cell's dash), 'words' for a short line of words that
    could be a cell, else 'other'."""
    line = text[a:b].strip()
    if not line:
        return "other"
    if _NUMERIC.fullmatch(line) and line[:1].isdigit() or line in ("–", "-", "—"):
        return "number"
    return "words" if len(line) <= 60 and not line.endswith((".", ":", ";")) and _LETTER.search(line) else "other"


_LETTER = re.compile(r"[^\W\d_]")


def find_tables(text: str) -> list[Table]:
    """Every table of the text: a header line of 3+ columns (words or years), or a line naming its columns in
    parentheses, followed by 2+ rows; or a table pasted with single spaces (_flat_tables), or one cell per line
    (_stacked_tables), or lines of an indicator's values by period (_series_tables)."""
    flat = _flat_tables(text, _lines(text)) if _FLAT_HINT.search(text) else []
    if _STACKED_HINT.search(text):
        flat = _stacked_tables(text, _lines(text)) + flat
    if _SERIES_HINT.search(text) or _PERIOD_LINES_HINT.search(text):
        flat = _series_tables(text, _lines(text)) + flat
    if not ("  " in text or "\t" in text or "|" in text or " – " in text or " - " in text or " — " in text
            or " · " in text or ";" in text) \
            or not _ALIGNED.search(text):  # most articles: no cell gap
        return flat
    spaced = _spaced_tables(text)
    return spaced + [f for f in flat if not any(f.header == s.header for s in spaced)]


def _spaced_tables(text: str) -> list[Table]:
    """Tables whose cells are cut by two spaces or more, tabs, bars or spaced dashes."""
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        line = text[slice(*lines[i])]
        if not ("  " in line or "\t" in line or "|" in line or " · " in line or line.rstrip(" :.").endswith(")")
                or (":" in line and " – " in line) or _DASHED.search(line) or _CSV_LINE.search(line)):
            i += 1  # no cell gap and no closing parenthesis: no header line
            continue
        header = _cells(text, *lines[i])
        legend = _column_legend(text, lines, i, header)
        stacked = _stacked_header(text, lines, i)
        if stacked:  # "| Cấp | Hồ sơ | | Tỷ lệ |" over "| | Tiếp nhận | Trực tuyến | (%) |": a header over two lines
            spans, names = stacked
            rows = []
            j = i + 2
            while j < len(lines) and (row := _row(text, *lines[j], spans)) is not None:
                rows.append(_renamed(row, names))
                j += 1
            if len(rows) >= 2:
                tables.append(Table(_caption(text, lines, i), (lines[i][0], lines[i + 1][1]), tuple(rows)))
                i = j
                continue
        # (a caption naming its columns in parentheses at its end is one, whatever its own semicolons cut: "Bảng so sánh
        # (6 tháng đầu năm 2019; đơn vị: hồ sơ; Trung tâm tỉnh – Cấp huyện):")
        slashed = _slashed_header(text, *lines[i]) if len(header) < 3 or line.rstrip(" :.").endswith(")") else None
        if not slashed and len(header) < 3 and _DASHED.search(line):
            header = _cells(text, *lines[i], _HEADER_SPLIT)  # "Chỉ tiêu – Năm 2022 – Năm 2023": columns named in words
        # (no header cell holds a number or a percentage value: "Cấp tỉnh đạt 81%; cấp huyện 62%; …" is a sentence)
        # (two columns when a bar cuts them: "Chỉ tiêu | Kết quả" over "Hồ sơ tiếp nhận | 152 377", one indicator a row)
        wide = len(header) >= 3 or len(header) == 2 and "|" in line
        if slashed or (wide and not any((_NUMERIC.fullmatch(text[a:b]) and not _YEAR.fullmatch(text[a:b]))
                                        or _PERCENT_VALUE.search(text, a, b) for a, b in header)):
            rows = []
            j, group, parent = i + 1, "", ""
            while j < len(lines):
                row = _row(text, *lines[j], slashed or header)
                if row is not None and (number := _LEADING_NUMBER.match(text, lines[j][0], lines[j][1])):
                    # "1.1 | Tiếp nhận qua mạng | 1.394" under "1 | Hồ sơ tiếp nhận | 14.862": a part of that row
                    row, parent = (row._replace(parent=parent), parent) if "." in number.group("n").rstrip(".") \
                        else (row, row.label)
                if row is None and rows and not slashed and _passed_over(text, lines, j, header):
                    j += 1  # "5 | Chỉ số PAR INDEX | 19/63 | – | Nhóm 15": a row of words in a number column
                    continue
                if row is None and rows and _sub_heading(text, lines, j, slashed or header):
                    group, j = text[slice(*lines[j])].strip(), j + 1  # "Phần B. Hồ sơ thủ tục hành chính" between rows
                    continue
                if row is None:
                    break
                rows.append(row._replace(group=group) if group else row)
                j += 1
            if legend and rows:  # "(1) – (2) – …" under "Cột (1): …; cột (4), (5): chỉ tiêu năm 2024, năm 2025": the legend's names
                rows = [_renamed(r, legend) for r in rows]
            if len(rows) >= 2:
                if slashed:  # the line is the caption, its parenthesis the header
                    tables.append(Table(lines[i], (slashed[1][0], slashed[-1][1]), tuple(rows)))
                else:
                    caption = _caption(text, lines, i)
                    tables.append(Table(caption, lines[i], tuple(rows)))
                i = j
                continue
        i += 1
    return tables


def _renamed(row: Row, names: dict[str, str]) -> Row:
    """The row with each cell's column named anew where `names` has a name for it."""
    return row._replace(cells=tuple(c._replace(column=names.get(c.column.strip(), c.column)) for c in row.cells))


_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")
# "cột (3): thực hiện năm 2023", "cột (4), (5), (6): chỉ tiêu năm 2024, năm 2025, năm 2026"
_LEGEND_ITEM = re.compile(r"cột\s+(?P<keys>\(\d{1,2}\)(?:\s*(?:,|và)\s*\(\d{1,2}\))*)\s*:\s*(?P<names>[^;.]+)", re.IGNORECASE)


def _column_legend(text: str, lines: list[tuple[int, int]], i: int, header: list[tuple[int, int]]) -> dict[str, str]:
    """A header of column numbers ("(1) – (2) – (3)") named by a legend in the lines above it ("Cột (1): số thứ tự;
    cột (3): thực hiện năm 2023; cột (4), (5): chỉ tiêu năm 2024, năm 2025"): each number's name, else {}."""
    if len(header) < 3 or not all(_COLUMN_NUMBER.fullmatch(text[a:b].strip()) for a, b in header):
        return {}
    names: dict[str, str] = {}
    for k in range(max(0, i - 3), i):
        for m in _LEGEND_ITEM.finditer(text, *lines[k]):
            keys = re.findall(r"\(\d{1,2}\)", m.group("keys"))
            parts = [p.strip() for p in m.group("names").split(",")]
            if len(keys) > 1 and len(parts) == len(keys):
                head = re.match(r"(.*?)(?:năm\s+)?(?:19|20)\d\d$", parts[0])  # "chỉ tiêu năm 2024" -> "chỉ tiêu"
                stem = head.group(1).strip() if head else ""
                names.update({key: (part if not stem or part.startswith(stem) else f"{stem} {part}")
                              for key, part in zip(keys, parts)})
            else:
                names.update({key: m.group("names").strip() for key in keys})
    return names


def _stacked_header(text: str, lines: list[tuple[int, int]], i: int) -> tuple[list[tuple[int, int]], dict[str, str]] | None:
    """A '|' header written over two lines, a top cell over the empty ones after it ("| Cấp | Hồ sơ | | Tỷ lệ |" over
    "| | Tiếp nhận | Trực tuyến | (%) |"): the header's spans (the top's label cell, then the lower line's cells) and
    each lower cell's full name ("Hồ sơ Tiếp nhận"); None for any other line."""
    if i + 2 >= len(lines) or "|" not in text[slice(*lines[i])] or "|" not in text[slice(*lines[i + 1])]:
        return None
    top, low = (_fields(text[slice(*lines[k])]) for k in (i, i + 1))
    low_spans = _cells(text, *lines[i + 1])
    if len(top) != len(low) or len(top) < 3 or not low_spans or any(_NUMERIC.fullmatch(f) for f in low if f):
        return None
    if all(top[1:]) and all(_UNIT_FIELD.fullmatch(f.lower()) for f in low[1:]):
        # "| Huyện | Hồ sơ tiếp nhận | … | Tỷ lệ trực tuyến |" over "| Đơn vị | hồ sơ | … | % |": a line of units
        return _cells(text, *lines[i]), {up: f"{up} ({lo})" for up, lo in zip(top[1:], low[1:])}
    if low[0] or not any(f == "" for f in top[1:]):
        return None
    filled = []
    for name in top:
        filled.append(name or (filled[-1] if filled else ""))
    names = {lo: f"{up} {lo}".strip() if up != lo else lo for up, lo in zip(filled, low) if lo}
    label = _cells(text, *lines[i])[:1]
    return (label + low_spans, names) if label else None


# a field naming a unit alone: "%", "hồ sơ", "dịch vụ", "lượt" (numbers.yml count_nouns)
_UNIT_FIELD = re.compile(rf"%|(?:{COUNT_NOUNS})")


def _fields(line: str) -> list[str]:
    """The fields of a '|' line, empty ones kept."""
    return [f.strip(" *") for f in line.strip().strip("|").split("|")]


def _caption(text: str, lines: list[tuple[int, int]], header: int) -> tuple[int, int]:
    """The title line above a table's header: the nearest line with words, a note in parentheses under the title
    passed over ("CHỈ TIÊU TỶ LỆ HỒ SƠ …\n(Kèm theo Quyết định số 186/QĐ-UBND …)")."""
    above = [lines[k] for k in range(header - 1, -1, -1) if text[slice(*lines[k])].strip()]
    if len(above) > 1 and text[slice(*above[0])].strip().startswith("("):
        return above[1]
    return above[0] if above else (0, 0)


def _sub_heading(text: str, lines: list[tuple[int, int]], j: int, header: list[tuple[int, int]]) -> bool:
    """Line j is a short line of words with no number but a year, and the table's rows go on under it: a sub-heading that
    groups the rows after it ("Phần B. Hồ sơ thủ tục hành chính" between "A05 – … – 61,52" and "B01 – … – 98.640")."""
    line = text[slice(*lines[j])].strip()
    return (0 < len(line) <= 100 and not _DIGITS_AFTER_MARK.search(_YEAR.sub("", line)) and j + 1 < len(lines)
            and _row(text, *lines[j + 1], header) is not None)


_DIGITS_AFTER_MARK = re.compile(r"(?<![IVXivx.])\d")  # a number in the line, its own numbering ("2.", "IV.") aside


def _passed_over(text: str, lines: list[tuple[int, int]], j: int, header: list[tuple[int, int]]) -> bool:
    """Line j has the header's cells but words in a number column, and the table goes on under it."""
    return (len(_cells(text, *lines[j])) == len(header) and j + 1 < len(lines)
            and _row(text, *lines[j + 1], header) is not None)


def label_phrase(label: str, percent: bool, rate_word: bool) -> str:
    """The words a sentence would put before a cell of an indicator row, the row's label naming what is
    counted ("Tỷ lệ hồ sơ trực tuyến | 40% | 46,17%" -> "tỷ lệ hồ sơ trực tuyến đạt "); folded."""
    label = strip_bullets(re.sub(r"\(\s*%\s*\)|%", " ", label.lower()), "|:")
    if percent:
        return f"{label} đạt " if rate_word else f"tỷ lệ {label} đạt "
    return f"{label} là " if label.startswith(("số", "tổng số")) else f"số {label} là "


def cell_phrase(noun: str, column: str, percent: bool) -> str:
    """The words a sentence would put before the cell's number (folded)."""
    column = re.sub(r"\(\s*%\s*\)|%", " ", column.lower()).strip()
    return f"tỷ lệ {noun} {column} đạt " if percent else f"số {noun} {column} là "
