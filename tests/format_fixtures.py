"""The input-format fixtures (tests/data/formats/): one article written for the tests as plain text, as a
saved web page, as a PDF report (made by make_fixtures.py) and as a .docx built here; helpers to compare
the figures extracted from each."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from conftest import ROOT

FORMATS = ROOT / "tests" / "data" / "formats"
PUBLISHED = "2025-01-08"  # the page's article:published_time

# Figures that only the page's furniture holds: menus, related and most-read links, comments, footer.
FURNITURE_VALUES = {95.0, 1100.0, 12000.0, 98.0, 4500.0, 3.0, 2.0, 10.0, 123.0}
FURNITURE_WORDS = ("Trang chủ", "Tin liên quan", "Bình luận", "Đọc nhiều", "Giấy phép", "Chia sẻ", "Từ khóa",
                   "Hotline", "Nguyễn Văn An")


def article_text() -> str:
    """The plain-text version of the article."""
    return (FORMATS / "article.txt").read_text(encoding="utf-8")


def fixture_bytes(name: str) -> bytes:
    """The bytes of a committed fixture file."""
    return (FORMATS / name).read_bytes()


def docx_bytes(text: str, title: str = "") -> bytes:
    """The article as a Word document: paragraphs, "- " lines as List Bullet paragraphs, tab lines as a table."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    rows: list[list[str]] = []
    for line in [*text.splitlines(), ""]:
        if "\t" in line:
            rows.append(line.split("\t"))
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = cell
            rows = []
        if line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line:
            document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def figure_keys(figures: pd.DataFrame, columns: tuple[str, ...] = ("metric", "value", "period", "scope",
                                                                   "year", "status")) -> list[tuple]:
    """The figures as sorted tuples of `columns` (missing values as "")."""
    table = figures[list(columns)].astype(object).where(figures[list(columns)].notna(), "")
    return sorted(tuple(str(v) for v in row) for row in table.itertuples(index=False))


def write_corpus(folder: Path, copies: int = 1) -> Path:
    """A folder with the article in every format (`copies` times each, numbered), plus a scanned PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    text = article_text()
    for i in range(copies):
        (folder / f"a{i:02d}_plain.txt").write_text(text, encoding="utf-8")
        (folder / f"a{i:02d}_page.html").write_bytes(fixture_bytes("article.html"))
        (folder / f"a{i:02d}_report.pdf").write_bytes(fixture_bytes("report.pdf"))
        (folder / f"a{i:02d}_word.docx").write_bytes(docx_bytes(text))
    (folder / "z_scan.pdf").write_bytes(fixture_bytes("scan.pdf"))
    return folder
