"""text/formats.py: which files are articles, and the dispatch from bytes to text by format."""
from __future__ import annotations

import pytest

from analysis.text.formats import Extracted, FormatError, extract, format_of, table_lines


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


def test_table_lines_leave_out_a_row_number_column():
    rows = [["STT", "Đơn vị", "Hồ sơ"], ["1", "Huyện A", "6.240"], ["2.", "Huyện B", "5.105"], ["", "Tổng", "11.345"]]
    assert table_lines(rows) == ["Đơn vị\tHồ sơ", "Huyện A\t6.240", "Huyện B\t5.105", "Tổng\t11.345"]


def test_table_lines_keep_a_first_column_that_is_not_a_row_number():
    rows = [["TT", "Đơn vị", "Hồ sơ"], ["Sở A", "Huyện A", "6.240"]]
    assert table_lines(rows) == ["TT\tĐơn vị\tHồ sơ", "Sở A\tHuyện A\t6.240"]
    assert table_lines([["Năm", "Hồ sơ"], ["", ""], ["2023", "12"]]) == ["Năm\tHồ sơ", "2023\t12"]
