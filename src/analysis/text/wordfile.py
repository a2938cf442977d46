"""Word documents (.docx): paragraphs and tables in the order of the document (python-docx), shaped like
a .txt article: one paragraph per line, list paragraphs as "- " lines, a table row per line with its
cells separated by tabs; the core properties' title as metadata."""
from __future__ import annotations

from importlib.metadata import version
from io import BytesIO

from .formats import Extracted, FormatError, table_lines


def _is_list(paragraph: object) -> bool:
    """A numbered or bulleted paragraph (numbering properties, or a List style)."""
    p_pr = paragraph._p.pPr  # type: ignore[attr-defined]
    style = getattr(paragraph.style, "name", "") or ""  # type: ignore[attr-defined]
    return (p_pr is not None and p_pr.numPr is not None) or style.startswith("List")


def _row_cells(row: object) -> list[str]:
    """A table row's cells, merged cells once."""
    cells, seen = [], set()
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(cell.text.split()))
    return cells


def document_lines(document: object) -> list[str]:
    """The document body's lines: paragraphs (line breaks kept) and table rows, in order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    lines: list[str] = []
    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            lines.extend(table_lines([_row_cells(row) for row in block.rows]))
        elif isinstance(block, Paragraph):
            parts = [" ".join(part.split()) for part in block.text.split("\n")]
            if parts and _is_list(block) and parts[0]:
                parts[0] = f"- {parts[0]}"
            lines.extend(part for part in parts if part)
    return lines


def extract_docx(data: bytes) -> Extracted:
    """The text of a .docx file (FormatError when it is not one)."""
    import docx
    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises zip, XML and package errors of several kinds
        raise FormatError(f"not a readable .docx file: {type(exc).__name__}: {exc}") from exc
    lines = document_lines(document)
    if not lines:
        raise FormatError("no text in the document")
    title = " ".join((document.core_properties.title or "").split())
    return Extracted("\n".join(lines), "docx", f"python-docx {version('python-docx')}", "",
                     {"title": title} if title else {})
