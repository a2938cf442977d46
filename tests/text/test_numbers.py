import pytest

from analysis.text.numbers import parse_amount, parse_number, scan_numbers
from analysis.text.clean import fold


def figures(text: str):
    return [(t.value, t.unit, t.denominator) for t in scan_numbers(fold(text)) if t.figure]


def rejected(text: str):
    return {t.text: t.reason for t in scan_numbers(fold(text)) if not t.figure}


@pytest.mark.parametrize("literal,value", [("1.687", 1687), ("43,75", 43.75), ("156.815", 156815),
                                           ("1680", 1680), ("1.234,5", 1234.5), ("0,2", 0.2)])
def test_parse_number(literal, value):
    assert parse_number(literal) == value


@pytest.mark.parametrize("literal,value", [("61,3 ngàn", 61300), ("1,2 triệu", 1_200_000), ("10,18 nghìn", 10180),
                                           ("8,9 ngàn", 8900)])
def test_multipliers(literal, value):
    assert parse_amount(literal) == value


def test_parse_number_rejects_garbage():
    with pytest.raises(ValueError):
        parse_number("12a")


def test_counts_percents_fractions_and_multipliers():
    got = figures("có 1.687 dịch vụ, 738 dịch vụ (43,75%), 19/21 sở, xếp hạng 37/63, tiếp nhận 61,3 ngàn hồ sơ, 1.456/1.625 hồ sơ")
    assert got == [(1687, "count", None), (738, "count", None), (43.75, "percent", None), (19, "fraction", 21),
                   (37, "fraction", 63), (61300, "count", None), (1456, "fraction", 1625)]


@pytest.mark.parametrize("text,reason", [
    ("chiều ngày 6/8, tỉnh họp", "date"),
    ("đến ngày 31/12/2019", "date"),
    ("từ ngày 1.1.2019", "date"),
    ("từ tháng 6-2018", "date"),
    ("tháng 11/2019", "date"),
    ("giai đoạn 2019 - 2020", "year range"),
    ("năm 2019", "date"),
    ("phiên bản 2.0", "version"),
    ("công nghiệp 4.0", "version"),
    ("Nghị định số 61/2018/NĐ-CP", "document number"),
    ("Quyết định số 749/QĐ-TTg", "document number"),
    ("ISO 9001:2015", "standard"),
    ("Kỳ họp thứ 6", "ordinal"),
    ("kinh phí 596 tỷ đồng", "money"),
    ("dịch vụ công trực tuyến mức 2", "level"),
    ("mức độ 3 và 4", "level"),
    ("7 tháng đầu năm", "duration"),
    ("lúc 19:22", "time"),
    ("dịch COVID-19", "code"),
    ("hôm nay (23/4)", "date"),
])
def test_never_figures(text, reason):
    assert reason in rejected(text).values(), rejected(text)
    assert figures(text) == []


def test_a_count_noun_keeps_year_like_numbers_and_date_like_fractions():
    assert figures("tiếp nhận 2020 hồ sơ") == [(2020, "count", None)]
    assert figures("10/10 huyện đã triển khai") == [(10, "fraction", 10)]


def test_rank_ordinal_is_a_figure():
    assert figures("xếp hạng thứ 25") == [(25, "count", None)]


def test_level_list_does_not_swallow_the_next_count():
    assert figures("dịch vụ mức 2, 738 dịch vụ mức 3") == [(738, "count", None)]


def test_digits_inside_urls_are_not_figures():
    assert figures("xem tại https://abc.vn/tin-123-456.html hoặc www.so2.vn/7 có 12 hồ sơ") == [(12, "count", None)]


def test_phone_numbers_are_not_figures_but_administrative_leading_zeros_are():
    assert figures("Đường dây nóng 0210.3847.111 hoạt động 24/7, gọi 0912.345.678.") == []
    assert figures("được cấp 05 hồ sơ và 03 tài khoản") == [(5, "count", None), (3, "count", None)]
