"""Input formats: a file's bytes -> the text the extractor reads, plus what the file says about itself.

`.txt` is decoded as before (clean.decode); `.html`/`.htm` go through webpage (trafilatura: the main
text, metadata), `.pdf` through pdftext (pypdf's text layer), `.docx` through wordfile (python-docx).
Every format gives text shaped like a .txt article: one paragraph per line, list items as "- " lines,
table rows as one line with cells separated by tabs (what figures/tables.py reads). The offsets of the
figures table index this text (after clean.normalize), not the bytes of the file.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import lexicon
from .clean import DecodeError, decode, fold

# suffix (lower case) -> format; the one list of what a corpus folder reads
SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}

# what the metadata of a page or document may fill (the manifest's fields win)
META_KEYS = ("title", "url", "published", "site")


class FormatError(ValueError):
    """A file of a known format whose text cannot be read; the message says why, in one line."""


@dataclass(frozen=True)
class Extracted:
    """The text of a file and how it was obtained."""

    text: str
    format: str  # txt | html | pdf | docx
    extractor: str  # the library (and version) that gave the text
    encoding: str  # the character encoding read (txt, html); "" for binary formats
    meta: dict[str, str] = field(default_factory=dict)  # title, url, published, site when the file has them


def format_of(name: str) -> str | None:
    """The format of a file name by its suffix (any case), or None when it is not an article file."""
    dot = name.rfind(".")
    return SUFFIXES.get(name[dot:].lower()) if dot > 0 else None


_ORDINAL_HEADER = re.compile(lexicon.alternation(lexicon.words("formats", "ordinal_headers")))
_ORDINAL = re.compile(r"(?:\d{1,3}|[ivxlc]{1,6})\.?")  # 1, 2., iv: a row number


def table_lines(rows: list[list[str]]) -> list[str]:
    """A table's rows as lines of tab-separated cells, a leading row-number column ("STT") left out."""
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if rows and len(rows[0]) > 2 and _ORDINAL_HEADER.fullmatch(fold(rows[0][0].strip())) and all(
            not row[0].strip() or _ORDINAL.fullmatch(fold(row[0].strip())) for row in rows[1:]):
        rows = [row[1:] for row in rows]
    return ["\t".join(row) for row in rows]


def extract(data: bytes, fmt: str) -> Extracted:
    """The text of `data` read as `fmt`; FormatError (or clean.DecodeError) when it cannot be read."""
    if fmt == "txt":
        text, encoding = decode(data)
        return Extracted(text, "txt", "plain", encoding)
    if fmt == "html":
        from .webpage import extract_page  # trafilatura is imported only when a page is read
        return extract_page(data)
    if fmt == "pdf":
        from .pdftext import extract_pdf
        return extract_pdf(data)
    if fmt == "docx":
        from .wordfile import extract_docx
        return extract_docx(data)
    raise FormatError(f"unknown format {fmt!r}")


__all__ = ["DecodeError", "Extracted", "FormatError", "META_KEYS", "SUFFIXES", "extract", "format_of", "table_lines"]
