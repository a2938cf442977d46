"""Breakdowns that add up to a total stated before them (figures/breakdown.py): hand-made texts."""
import pytest

from figure_fixtures import facts

COLUMNS = ("metric", "value", "scope", "status", "year")


@pytest.mark.parametrize("text,parts", [
    # a field breakdown in a sentence of its own, each part with its noun
    ("Năm 2024, Trung tâm tiếp nhận 3.500 hồ sơ. Chia theo lĩnh vực: tư pháp 2.100 hồ sơ; đất đai 900 hồ sơ; "
     "còn lại 500 hồ sơ.",
     [("dossiers_received", 2100, "tư pháp"), ("dossiers_received", 900, "đất đai"),
      ("dossiers_received", 500, "còn lại")]),
    # bare numbers, the noun only in the header
    ("Quý I/2024, huyện đã giải quyết 1.500 hồ sơ đúng quy định.\nSố hồ sơ theo lĩnh vực: kinh doanh 1.200; "
     "xây dựng 300.",
     [("dossiers_resolved", 1200, "kinh doanh"), ("dossiers_resolved", 300, "xây dựng")]),
    # parts by level, the counted thing said once in the total before
    ("Đến năm 2024, tỉnh đã cấp 5.000 tài khoản thư điện tử công vụ. Trong đó, cấp tỉnh có 2.000 tài khoản, "
     "cấp huyện 1.800 tài khoản và cấp xã 1.200 tài khoản.",
     [("email_accounts", 2000, "cấp tỉnh"), ("email_accounts", 1800, "cấp huyện"),
      ("email_accounts", 1200, "cấp xã")]),
])
def test_parts_adding_up_to_a_total_count_what_it_counts(text, parts):
    rows = facts(text, COLUMNS)
    total = rows[0]
    assert [(m, v, s) for m, v, s, _, _ in rows[1:]] == parts
    assert all((st, y) == total[3:] for _, _, _, st, y in rows[1:])


@pytest.mark.parametrize("text", [
    # the parts do not add up to the total: no breakdown of it
    "Năm 2024, Trung tâm tiếp nhận 3.500 hồ sơ. Chia theo lĩnh vực: tư pháp 2.100 hồ sơ; đất đai 800 hồ sơ.",
    # the parts count something else than the total does
    "Năm 2024, tỉnh công bố 3.000 thủ tục. Theo lĩnh vực: tư pháp 2.100 hồ sơ; đất đai 900 hồ sơ.",
    # one part alone is no breakdown
    "Năm 2024, Trung tâm tiếp nhận 3.000 hồ sơ. Riêng lĩnh vực tư pháp: 3.000.",
])
def test_no_breakdown_without_parts_that_add_up(text):
    assert len(facts(text, COLUMNS)) == 1  # the total alone


@pytest.mark.parametrize("text,count", [
    # the numbers after level words name levels: they add up to the count before them by chance only
    ("Cổng dịch vụ công có 120 dịch vụ mức độ 3, 5 dịch vụ mức độ 4, số còn lại ở mức độ 1 và 2.", 2),
    ("Huyện có 3 dịch vụ mức độ 2; còn lại thuộc mức 1 và 2.", 1),
    ("Tỉnh có 7 dịch vụ mức độ 4, các dịch vụ khác ở mức độ 3 và mức độ 4 một phần.", 1),
])
def test_level_numbers_are_no_parts_of_a_count(text, count):
    assert len(facts(text, COLUMNS)) == count
