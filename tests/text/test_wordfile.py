"""text/wordfile.py: a .docx document's paragraphs, list items and tables in order, shaped like a .txt
article, and its title."""
from __future__ import annotations

import pytest

from analysis.figures.extract import extract_text
from analysis.text.formats import FormatError
from analysis.text.wordfile import extract_docx

from format_fixtures import PUBLISHED, article_text, docx_bytes, figure_keys


def test_a_word_document_reads_as_the_plain_text_and_gives_its_figures():
    got = extract_docx(docx_bytes(article_text(), title="Báo cáo chuyển đổi số"))
    assert got.text == article_text().rstrip("\n")
    assert got.format == "docx" and got.extractor.startswith("python-docx ") and got.meta == {"title": "Báo cáo chuyển đổi số"}
    assert figure_keys(extract_text(got.text, "a", {"published": PUBLISHED})) == \
        figure_keys(extract_text(article_text(), "a", {"published": PUBLISHED}))


def test_merged_table_cells_are_read_once():
    import io

    import docx
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Đơn vị"
    table.cell(0, 2).text = "Hồ sơ"
    for j, text in enumerate(("Sở A", "", "12")):
        table.cell(1, j).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    assert extract_docx(buffer.getvalue()).text == "Đơn vị\tHồ sơ\nSở A\t\t12"


def test_a_file_that_is_not_a_docx_is_a_format_error():
    with pytest.raises(FormatError, match="not a readable .docx file"):
        extract_docx(b"PK\x03\x04 not really a zip")
