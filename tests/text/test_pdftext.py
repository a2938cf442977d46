"""text/pdftext.py: a PDF's text layer in reading order, paragraphs joined back, table rows on one line of
tab-separated cells; a scan without a text layer is a clear error."""
from __future__ import annotations

import io

import pytest

from analysis.figures.extract import extract_text
from analysis.text.formats import FormatError
from analysis.text.pdftext import extract_pdf, reflow, running_lines

from format_fixtures import PUBLISHED, article_text, figure_keys, fixture_bytes


@pytest.fixture(scope="module")
def report():
    return extract_pdf(fixture_bytes("report.pdf"))


def test_the_report_reads_in_order_with_the_article_lines_whole(report):
    lines = report.text.splitlines()
    article = article_text().splitlines()
    at = [lines.index(line) for line in article]  # every line of the article is a line of the PDF's text
    assert at == sorted(at)
    assert lines[0].startswith("UBND TỈNH HÀ TĨNH") and lines[-1] == "Báo cáo số 15/BC-STTTT Trang 1"
    assert report.format == "pdf" and report.extractor.startswith("pypdf ") and report.encoding == ""
    assert report.meta == {"title": "Báo cáo chuyển đổi số năm 2024"}


def test_the_report_gives_the_figures_of_the_plain_text(report):
    """Years aside: the letterhead above the title hides the lead's reporting year from the extractor,
    so figures dated only by the article take the publication year (README, Input formats)."""
    keys = ("metric", "value", "period", "scope", "status")
    from_pdf = extract_text(report.text, "a", {"published": PUBLISHED})
    from_text = extract_text(article_text(), "a", {"published": PUBLISHED})
    assert figure_keys(from_pdf, keys) == figure_keys(from_text, keys)


def test_a_scan_without_a_text_layer_is_a_format_error():
    with pytest.raises(FormatError, match=r"no text layer \(1 page\(s\)"):
        extract_pdf(fixture_bytes("scan.pdf"))


def test_a_blank_pdf_made_with_pypdf_has_no_text_layer():
    from pypdf import PdfWriter
    writer, buffer = PdfWriter(), io.BytesIO()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    writer.write(buffer)
    with pytest.raises(FormatError, match=r"no text layer \(2 page"):
        extract_pdf(buffer.getvalue())


def test_a_damaged_pdf_is_a_format_error():
    with pytest.raises(FormatError, match="not a readable PDF"):
        extract_pdf(fixture_bytes("report.pdf")[:400])


def test_reflow_joins_wrapped_lines_and_keeps_rows_headings_and_gaps():
    page = ["Kết quả năm 2024", "Tỉnh đã cung cấp một nghìn hai trăm năm mươi dịch vụ công trực tuyến, trong đó có",
            "430 dịch vụ toàn trình.", "Đơn vị     Tiếp nhận     Trực tuyến", "Sở A       8.412         7.905",
            "Một đoạn ngắn không có dấu chấm", "", "Đoạn sau khoảng trống.", "3"]
    assert reflow([page]) == [
        "Kết quả năm 2024",
        "Tỉnh đã cung cấp một nghìn hai trăm năm mươi dịch vụ công trực tuyến, trong đó có 430 dịch vụ toàn trình.",
        "Đơn vị\tTiếp nhận\tTrực tuyến", "Sở A\t8.412\t7.905", "Một đoạn ngắn không có dấu chấm",
        "Đoạn sau khoảng trống."]


def test_running_headers_and_footers_are_dropped_and_paragraphs_go_on_across_pages():
    first = ["BÁO CÁO CHUYỂN ĐỔI SỐ", "Trong năm, tỉnh tiếp nhận 215.400 hồ sơ, trong đó có 168.300 hồ sơ trực",
             "Trang 1"]
    second = ["BÁO CÁO CHUYỂN ĐỔI SỐ", "tuyến.", "Trang 2"]
    assert running_lines([first, second]) == {"BÁO CÁO CHUYỂN ĐỔI SỐ"}
    assert reflow([first, second]) == ["Trong năm, tỉnh tiếp nhận 215.400 hồ sơ, trong đó có 168.300 hồ sơ trực tuyến."]


def test_a_table_with_a_row_number_column_reads_from_its_labels():
    page = ["STT    Đơn vị            Tiếp nhận    Trực tuyến", "1      Huyện Gio Linh        6.240         4.518",
            "2      Huyện Cam Lộ          5.105         3.870", "Nguồn: Sở Thông tin và Truyền thông."]
    assert reflow([page]) == ["Đơn vị\tTiếp nhận\tTrực tuyến", "Huyện Gio Linh\t6.240\t4.518",
                              "Huyện Cam Lộ\t5.105\t3.870", "Nguồn: Sở Thông tin và Truyền thông."]


@pytest.mark.parametrize("title", ["Microsoft Word - bao cao 2024.docx", "bc_cds_2024.pdf", "Untitled"])
def test_a_title_made_from_a_file_name_is_not_kept(title: str):
    from pypdf import PdfReader, PdfWriter
    writer, buffer = PdfWriter(), io.BytesIO()
    writer.append(PdfReader(io.BytesIO(fixture_bytes("report.pdf"))))
    writer.add_metadata({"/Title": title})
    writer.write(buffer)
    assert extract_pdf(buffer.getvalue()).meta == {}
