"""Space-aligned tables: made-up tables in several layouts."""
from __future__ import annotations

from figure_fixtures import facts as _facts
from analysis.figures.tables import cell_phrase, find_tables



def facts(text: str, cols=("metric", "value", "scope")):
    return _facts(text, cols)


SPACES = """Số liệu hồ sơ năm 2022 của các huyện:

Huyện          Tiếp nhận     Đã giải quyết
Huyện A          1.200           1.150
Huyện B            800             790
"""

TABS = "Kết quả cung cấp dịch vụ công trực tuyến quý I:\nCơ quan\tMức độ 3\tMức độ 4\nSở Y tế\t40\t12\nSở Tư pháp\t35\t20\n"

PERCENT = """Tỷ lệ hồ sơ trực tuyến theo đơn vị
Đơn vị      Hồ sơ      Tỷ lệ trực tuyến
Sở Xây dựng   900       45,5%
Sở Công Thương  1.100   60%
"""


def test_columns_match_cells_right_to_left():
    table = find_tables(SPACES)[0]
    assert [r.label for r in table.rows] == ["Huyện A", "Huyện B"]
    assert [c.column for c in table.rows[0].cells] == ["Tiếp nhận", "Đã giải quyết"]


def test_a_table_of_dossier_counts():
    assert facts(SPACES) == [("dossiers_received", 1200, "Huyện A"), ("dossiers_resolved", 1150, "Huyện A"),
                             ("dossiers_received", 800, "Huyện B"), ("dossiers_resolved", 790, "Huyện B")]


def test_a_tab_separated_table_of_service_levels():
    assert facts(TABS) == [("services_level3", 40, "Sở Y tế"), ("services_level4", 12, "Sở Y tế"),
                           ("services_level3", 35, "Sở Tư pháp"), ("services_level4", 20, "Sở Tư pháp")]


def test_a_rate_column():
    rows = facts(PERCENT)
    assert ("dossiers_online_pct", 45.5, "Sở Xây dựng") in rows and ("dossiers_online_pct", 60, "Sở Công Thương") in rows


def test_label_value_lines_and_prose_are_not_tables():
    assert find_tables("Tiếp nhận:   5.000 hồ sơ\nGiải quyết:   4.800 hồ sơ\n") == []
    assert find_tables("Năm 2023 tỉnh tiếp nhận 5.000 hồ sơ.\nĐã giải quyết 4.800 hồ sơ.") == []


def test_cell_phrase_reads_like_a_sentence():
    assert cell_phrase("hồ sơ", "Đúng hạn (%)", True) == "tỷ lệ hồ sơ đúng hạn đạt "
    assert cell_phrase("hồ sơ", "Tiếp nhận", False) == "số hồ sơ tiếp nhận là "


NO_NOUN_CAPTION = ("Trong quý, ba sở có nhiều hồ sơ nhất đã tiếp nhận tổng cộng 5.100 hồ sơ.\n\n"
                   "Số liệu cụ thể như sau:\n\n"
                   "Đơn vị\tTiếp nhận\tĐã giải quyết\tĐúng hạn (%)\n"
                   "Sở Tư pháp\t2.000\t1.950\t99,1\n"
                   "Sở Y tế\t3.100\t3.000\t97\n"
                   "Tổng cộng\t5.100\t4.950\t98\n")


def test_a_caption_with_no_noun_takes_the_noun_of_the_paragraph_before():
    rows = facts(NO_NOUN_CAPTION)
    assert ("dossiers_received", 2000, "Sở Tư pháp") in rows and ("dossiers_resolved", 3000, "Sở Y tế") in rows


def test_a_total_row_restating_the_text_is_one_figure():
    rows = facts(NO_NOUN_CAPTION)
    assert [r for r in rows if r[1] == 5100] == [("dossiers_received", 5100, None)]
    assert ("dossiers_resolved", 4950, None) in rows and ("dossiers_ontime_pct", 98, None) in rows
