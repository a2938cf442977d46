"""Ranges of values (figures/ranges.py): hand-made sentences in several shapes."""
import pytest

from figure_fixtures import facts

from analysis.figures.ranges import sentence_ranges
from analysis.text.clean import fold
from analysis.text.numbers import scan_numbers

COLUMNS = ("metric", "value", "qualifier", "status")


@pytest.mark.parametrize("text,expected", [
    # a planned range: its lower bound, at least
    ("Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt từ 45 đến 55%.",
     [("dossiers_online_pct", 45, "more_than", "target")]),
    ("Kế hoạch năm 2026: tỷ lệ văn bản điện tử từ 90% đến 95%.", [("edocs_pct", 90, "more_than", "target")]),
    ("Chỉ tiêu năm 2026 là tỷ lệ cán bộ dùng thư điện tử thường xuyên 70 – 80%.",
     [("email_usage_pct", 70, "more_than", "target")]),
])
def test_a_planned_range_is_its_lower_bound(text, expected):
    assert facts(text, COLUMNS) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2024, tỷ lệ hồ sơ nộp trực tuyến của huyện chỉ đạt 6 – 9%.",
     [("dossiers_online_pct", 9, "less_than", "actual")]),
    ("Năm 2024, tỷ lệ văn bản điện tử đạt từ 85 đến 92% tùy cơ quan.", [("edocs_pct", 92, "less_than", "actual")]),
])
def test_a_range_reached_is_its_upper_bound(text, expected):
    assert facts(text, COLUMNS) == expected


@pytest.mark.parametrize("text", [
    "Năm 2024, tỷ lệ hồ sơ trực tuyến ở các xã vùng sâu dao động từ 3 đến 7%.",
    "Năm 2024, tỷ lệ hồ sơ trực tuyến còn chênh lệch, từ chừng 30% ở xã miền núi tới 96% ở khu đô thị.",
    "Năm 2024, tỷ lệ văn bản điện tử biến động trong khoảng 60 - 75%.",
])
def test_a_range_spread_over_units_is_no_figure(text):
    assert facts(text, COLUMNS) == []


@pytest.mark.parametrize("text,ranged", [
    ("từ 10 đến 15%", True), ("8 – 12 hồ sơ", True), ("từ 12% năm 2019 lên 35%", False),
    ("đạt 40%, đến cuối năm 60%", False), ("từ 70 đến 50%", False),  # a falling pair is no range
])
def test_which_pairs_make_a_range(text, ranged):
    folded = fold(text)
    tokens = [t for t in scan_numbers(folded, 0, len(folded)) if t.figure]
    assert bool(sentence_ranges(folded, 0, tokens)) is ranged


@pytest.mark.parametrize("text,expected", [
    # a range's upper bound is read with the words before its lower bound: the rate named before "từ", not the base
    # named after the range
    ("Năm 2017, tỷ lệ hồ sơ nộp trực tuyến phải đạt từ 30 đến 40% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online_pct", 30.0, "more_than")]),
    ("Kế hoạch năm 2019: tỷ lệ văn bản điện tử phải đạt từ 60 đến 70% tổng số văn bản đi.",
     [("edocs_pct", 60.0, "more_than")]),
    ("Năm 2018, phấn đấu từ 80 đến 90% cán bộ, công chức sử dụng thư điện tử thường xuyên.",
     [("email_usage_pct", 80.0, "more_than")]),
])
def test_a_range_is_read_with_the_words_before_its_lower_bound(text, expected):
    assert facts(text, ("metric", "value", "qualifier"), {"published": "2017-03-01"}) == expected
