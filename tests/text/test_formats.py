"""text/formats.py: which files are articles, and the dispatch from bytes to text by format."""
from __future__ import annotations

import pytest

from analysis.text.formats import Extracted, FormatError, extract, format_of


@pytest.mark.parametrize(("name", "fmt"), [("a.txt", "txt"), ("B.TXT", "txt"), ("page.html", "html"),
                                           ("page.HTM", "html"), ("report.Pdf", "pdf"), ("note.docx", "docx"),
                                           ("notes.md", None), ("old.doc", None), ("pdf", None), (".txt", None)])
def test_format_of_reads_the_suffix_in_any_case(name: str, fmt: str | None):
    assert format_of(name) == fmt


def test_plain_text_is_decoded_as_before():
    got = extract("Tỉnh có 120 dịch vụ.".encode("utf-16"), "txt")
    assert got == Extracted("Tỉnh có 120 dịch vụ.", "txt", "plain", "utf-16", {})


def test_an_unknown_format_is_a_format_error():
    with pytest.raises(FormatError, match="unknown format 'rtf'"):
        extract(b"{\\rtf1}", "rtf")
