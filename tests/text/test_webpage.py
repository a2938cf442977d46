"""text/webpage.py: a saved page's main text (menus, breadcrumbs, related links, comments, captions and
footer left out) shaped like a .txt article, and its metadata; the figures it gives are the plain text's."""
from __future__ import annotations

import unicodedata

import pytest
from lxml import etree

from analysis.figures.extract import extract_text
from analysis.text.formats import FormatError
from analysis.text.webpage import body_lines, decode_page, extract_page

from format_fixtures import FURNITURE_VALUES, FURNITURE_WORDS, PUBLISHED, article_text, figure_keys, fixture_bytes


@pytest.fixture(scope="module")
def page():
    return extract_page(fixture_bytes("article.html"))


def test_the_main_text_is_the_article_as_plain_text(page):
    assert page.text == article_text().rstrip("\n")
    assert "<" not in page.text and "</p>" not in page.text


def test_menus_related_links_comments_and_footer_are_left_out(page):
    assert not [word for word in FURNITURE_WORDS if word in page.text]


def test_the_page_metadata(page):
    assert page.format == "html" and page.extractor.startswith("trafilatura ") and page.encoding == "utf-8"
    assert page.meta == {
        "title": "Hà Tĩnh: dịch vụ công trực tuyến toàn trình tăng mạnh trong năm 2024",
        "url": "https://kinhteso-mientrung.example.vn/chuyen-doi-so/"
               "ha-tinh-dich-vu-cong-truc-tuyen-toan-trinh-tang-manh-a1024.html",
        "published": PUBLISHED,
        "site": "Báo Kinh tế số Miền Trung",
    }


def test_the_page_gives_the_figures_of_the_plain_text(page):
    from_page = extract_text(page.text, "a", {"published": page.meta["published"]})
    from_text = extract_text(article_text(), "a", {"published": PUBLISHED})
    assert len(from_text) >= 20
    assert figure_keys(from_page) == figure_keys(from_text)
    assert not set(from_page["value"]) & FURNITURE_VALUES
    assert not from_page["evidence"].str.contains("<|>").any()


def test_table_rows_are_lines_of_tab_separated_cells_and_read_as_a_table(page):
    figures = extract_text(page.text, "a", {"published": PUBLISHED})
    rows = figures[figures["scope"] == "Sở Tư pháp"]
    assert sorted(rows["metric"]) == ["dossiers_online", "dossiers_ontime_pct", "dossiers_received"]
    assert "Sở Tư pháp\t12.760\t11.902\t99,6" in page.text.splitlines()


def _tree(xml: str) -> etree._Element:
    return etree.fromstring(xml)


def test_body_lines_keep_line_breaks_list_items_nested_lists_and_tables():
    body = _tree("<body><head>Kết quả</head><p>Dòng một<lb/>dòng   hai</p>"
                 "<list><item>Cấp tỉnh: <hi>12</hi> dịch vụ<list><item>trong đó 5 toàn trình</item></list></item>"
                 "<item>Cấp huyện: 7 dịch vụ</item></list>"
                 "<table><row><cell role='head'>Đơn vị</cell><cell>Số\nhồ sơ</cell></row>"
                 "<row><cell>Sở A</cell><cell></cell></row></table><graphic src='x.jpg'/><div><p>Cuối</p></div></body>")
    assert body_lines(body) == ["Kết quả", "Dòng một", "dòng hai", "- Cấp tỉnh: 12 dịch vụ",
                                "- trong đó 5 toàn trình", "- Cấp huyện: 7 dịch vụ", "Đơn vị\tSố hồ sơ",
                                "Sở A\t", "Cuối"]


def test_the_declared_charset_is_read_and_utf8_is_the_default():
    legacy = unicodedata.normalize("NFD", '<html><head><meta charset="windows-1258"></head><body>Tỉnh</body>'
                                   '</html>').encode("cp1258")
    assert decode_page(legacy) == (legacy.decode("cp1258"), "windows-1258")
    assert decode_page("<p>Tỉnh</p>".encode("utf-8"))[1] == "utf-8"
    wrong = '<meta charset="no-such-charset"><p>Tỉnh</p>'.encode("utf-8")
    assert decode_page(wrong)[1] == "utf-8"


def test_a_page_without_article_text_is_a_format_error():
    with pytest.raises(FormatError, match="no article text found in the page"):
        extract_page(b"<html><body><nav><a href='/'>Trang ch\xe1\xbb\xa7</a></nav></body></html>")


def test_a_page_without_a_date_leaves_published_empty():
    page = fixture_bytes("article.html").replace(b"2025-01-08T09:30:00+07:00", b"").replace(b"08/01/2025", b"")
    assert "published" not in extract_page(page).meta


def test_a_portal_page_of_br_separated_text_and_an_stt_table():
    """A provincial portal's layout: the article as spans separated by <br>, a table whose first column
    numbers the rows, other-news links, a visit counter and a footer full of numbers."""
    page = extract_page(fixture_bytes("portal.html"))
    lines = page.text.splitlines()
    assert "Trong năm, toàn tỉnh tiếp nhận 142.350 hồ sơ, trong đó 97.680 hồ sơ được nộp trực tuyến." in lines
    assert "Đơn vị\tTiếp nhận\tTrực tuyến" in lines and "Huyện Cam Lộ\t5.105\t3.870" in lines  # STT left out
    assert page.meta["url"] == "https://stttt.quangtri.example.gov.vn/web/guest/tin-tuc/-/asset_publisher/ket-qua-cdS-2023"
    assert page.meta["published"] == "2024-01-15"
    figures = extract_text(page.text, "p", page.meta)
    assert sorted(figures.loc[figures["scope"] == "Huyện Hải Lăng", "value"]) == [5026.0, 7312.0]
    assert not set(figures["value"]) & {3500.0, 85.0, 57.0, 2456789.0, 233.0}
    assert set(figures["year"]) == {2023}
