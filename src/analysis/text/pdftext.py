"""PDF reports: the text layer read by pypdf in layout mode (table rows stay on one line, the page read
top to bottom), then shaped like a .txt article: lines wrapped inside a paragraph joined back, table rows
with their cells separated by tabs, running headers and footers and bare page numbers left out.

Chosen by measurement (README, "Input formats"): on a report page with a two-column letterhead and a
ruled statistics table, pypdf's default mode put every table cell on a line of its own and the footer
first; pdfplumber kept rows on one line but with single spaces (no cells) unless in layout mode, which
gave the same rows as pypdf's layout mode at 3.6x the time and two more dependencies.
"""
from __future__ import annotations

import logging
import re
from importlib.metadata import version
from io import BytesIO

from .formats import Extracted, FormatError, table_lines

_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")  # a column gap in a layout line
_NUMERIC = re.compile(r"[<>]?\s*\d[\d.,]*\s*%?")  # a table cell that is a number (as figures/tables.py reads it)
_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)]*$")
_PAGE_NUMBER = re.compile(r"(?:trang|page)?\s*\d{1,4}(?:\s*/\s*\d{1,4})?", re.IGNORECASE)
_FILE_TITLE = re.compile(r"(?:microsoft (?:word|excel|powerpoint) - |untitled\b)|\.(?:docx?|xlsx?|pdf|odt|rtf)$",
                         re.IGNORECASE)  # a title the converter made from a file name, not the document's
_FULL = 0.75  # a line at least this share of the widest line runs to the right margin: the paragraph goes on

# pypdf logs what it repairs in a damaged file ("EOF marker not found") without naming the file: the one
# line a bad file gets is the FormatError below, naming it.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _cells(line: str) -> list[str] | None:
    """A layout line's cells (split at column gaps); None for a line of running text."""
    cells = _GAP.split(line)
    if len(cells) < 2 or (len(cells) == 2 and not any(_NUMERIC.fullmatch(c) for c in cells)):
        return None
    return cells


def running_lines(pages: list[list[str]]) -> set[str]:
    """Lines printed on every page of a document of 2+ pages (running headers and footers)."""
    if len(pages) < 2:
        return set()
    common = set(pages[0])
    for lines in pages[1:]:
        common &= set(lines)
    return {line for line in common if line}


def reflow(pages: list[list[str]]) -> list[str]:
    """Paragraph lines from the pages' stripped layout lines ("" = a vertical gap): a line wrapped inside
    a sentence is joined to the line before; gaps, table rows and sentence ends close a paragraph."""
    repeated = running_lines(pages)
    prose = [line for lines in pages for line in lines if line and not _GAP.search(line)]
    widest = max((len(line) for line in prose), default=0)
    out: list[str] = []
    table: list[list[str]] = []  # the rows of the table being read
    open_para = False  # the last output line is running text that may go on
    last_len = 0
    for lines in pages:
        for line in lines:
            if not line:
                open_para = False
                continue
            if line in repeated or _PAGE_NUMBER.fullmatch(line):
                continue
            cells = _cells(line)
            if cells is not None:
                table.append(cells)
                open_para = False
                continue
            if table:
                out.extend(table_lines(table))
                table = []
            line = _GAP.sub(" ", line)
            if open_para and (line[0].islower() or last_len >= _FULL * widest):
                out[-1] = f"{out[-1]} {line}"
            else:
                out.append(line)
            open_para, last_len = not _SENTENCE_END.search(line), len(line)
    return out + table_lines(table)


def extract_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF (FormatError for an unreadable or encrypted file, or one without text)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("encrypted PDF: a password is needed to read its text")
        raw = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "").strip()
    except FormatError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise FormatError(f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
    pages = [[line.strip() for line in page.splitlines()] for page in raw]
    lines = reflow(pages)
    if not lines:
        raise FormatError(f"no text layer ({len(raw)} page(s) of images only, a scan?): run OCR on it first")
    title = " ".join(title.split())
    meta = {"title": title} if title and not _FILE_TITLE.search(title) else {}
    return Extracted("\n".join(lines), "pdf", f"pypdf {version('pypdf')} (layout)", "", meta)
