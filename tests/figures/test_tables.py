"""Space-aligned tables: made-up tables in several layouts."""
from __future__ import annotations

from figure_fixtures import facts as _facts
import pytest

from analysis.figures.nouns import first_head
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


def test_cells_split_at_a_bar_as_in_a_table_pasted_from_a_page():
    table = find_tables("Năm 2024:\nĐơn vị | Tiếp nhận | Giải quyết\nSở Nội vụ | 310 | 305\nSở Y tế | 1.020 | 990\n")[0]
    assert [r.label for r in table.rows] == ["Sở Nội vụ", "Sở Y tế"]
    assert [c.column for c in table.rows[1].cells] == ["Tiếp nhận", "Giải quyết"]


PLAN_ACTUAL = """Một số chỉ tiêu năm 2022:

Nội dung | Kế hoạch năm 2022 | Thực hiện năm 2022
Tỷ lệ hồ sơ giải quyết trực tuyến | 30% | 34,5%
Tỷ lệ văn bản điện tử | 90% | 92,1%
Số dịch vụ công trực tuyến toàn trình | 800 | 845
"""

BY_YEAR = """Kết quả qua các năm:

Chỉ số\t2021\t2022\t2023
Tỷ lệ hồ sơ trực tuyến\t12,5%\t21%\t36,4%
Tỷ lệ hồ sơ đúng hạn\t97%\t98,2%\t99,1%
"""


def test_an_indicator_table_reads_its_rows_and_takes_status_and_year_from_its_columns():
    got = _facts(PLAN_ACTUAL, ("metric", "value", "status", "year", "scope"))
    assert got == [
        ("dossiers_online_pct", 30, "target", 2022, None), ("dossiers_online_pct", 34.5, "actual", 2022, None),
        ("edocs_pct", 90, "target", 2022, None), ("edocs_pct", 92.1, "actual", 2022, None),
        ("services_full_process", 800, "target", 2022, None), ("services_full_process", 845, "actual", 2022, None)]
    got = _facts(BY_YEAR, ("metric", "value", "year", "status"))
    assert got == [
        ("dossiers_online_pct", 12.5, 2021, "actual"), ("dossiers_online_pct", 21, 2022, "actual"),
        ("dossiers_online_pct", 36.4, 2023, "actual"), ("dossiers_ontime_pct", 97, 2021, "actual"),
        ("dossiers_ontime_pct", 98.2, 2022, "actual"), ("dossiers_ontime_pct", 99.1, 2023, "actual")]


def test_columns_that_name_the_noun_give_it_when_the_caption_does_not():
    text = ("Cụ thể từng cấp như sau:\n\nCấp\tHồ sơ tiếp nhận\tTrực tuyến\tĐúng hạn\n"
            "Cấp tỉnh\t5.400\t3.100\t99,5%\nCấp huyện\t7.250\t2.480\t98,7%\n")
    assert facts(text) == [
        ("dossiers_received", 5400, "Cấp tỉnh"), ("dossiers_online", 3100, "Cấp tỉnh"),
        ("dossiers_ontime_pct", 99.5, "Cấp tỉnh"), ("dossiers_received", 7250, "Cấp huyện"),
        ("dossiers_online", 2480, "Cấp huyện"), ("dossiers_ontime_pct", 98.7, "Cấp huyện")]


SLASHED = """Hồ sơ của một số huyện trong quý II/2023 (tiếp nhận / đã giải quyết / tỷ lệ trực tuyến):
Huyện Đông     2.310     2.295     41,3%
Huyện Tây        980       975     18,0%
"""

SLASHED_TWO = """Kết quả của các sở trong tháng (hồ sơ tiếp nhận/hồ sơ trực tuyến)
Sở Y tế            650      610
Sở Xây dựng        402      133
Các sở còn lại   1.180      544
"""


def test_columns_named_in_parentheses_above_the_rows():
    table = find_tables(SLASHED)[0]
    assert [c.column for c in table.rows[0].cells] == ["tiếp nhận", "đã giải quyết", "tỷ lệ trực tuyến"]
    assert facts(SLASHED) == [
        ("dossiers_received", 2310, "Huyện Đông"), ("dossiers_resolved", 2295, "Huyện Đông"),
        ("dossiers_online_pct", 41.3, "Huyện Đông"), ("dossiers_received", 980, "Huyện Tây"),
        ("dossiers_resolved", 975, "Huyện Tây"), ("dossiers_online_pct", 18, "Huyện Tây")]
    assert facts(SLASHED_TWO) == [
        ("dossiers_received", 650, "Sở Y tế"), ("dossiers_online", 610, "Sở Y tế"),
        ("dossiers_received", 402, "Sở Xây dựng"), ("dossiers_online", 133, "Sở Xây dựng"),
        ("dossiers_received", 1180, "Các sở còn lại"), ("dossiers_online", 544, "Các sở còn lại")]


@pytest.mark.parametrize("text,expected", [
    # the parenthesis names the columns cut by semicolons, the rows are cut the same way
    ("Kết quả của hai phường năm 2022 (hồ sơ tiếp nhận; hồ sơ trực tuyến; tỷ lệ trực tuyến):\n"
     "Phường Bắc: 3.200; 960; 30%\nPhường Nam: 1.500; 300; 20%\n",
     [("dossiers_received", 3200, "Phường Bắc"), ("dossiers_online", 960, "Phường Bắc"),
      ("dossiers_online_pct", 30, "Phường Bắc"), ("dossiers_received", 1500, "Phường Nam"),
      ("dossiers_online", 300, "Phường Nam"), ("dossiers_online_pct", 20, "Phường Nam")]),
    ("Số liệu của các sở (tiếp nhận ; đã giải quyết ; trực tuyến)\nSở Tư pháp: 800; 790; 410\n"
     "Sở Công Thương: 650; 640; 222\n",
     [("dossiers_received", 800, "Sở Tư pháp"), ("dossiers_resolved", 790, "Sở Tư pháp"),
      ("dossiers_online", 410, "Sở Tư pháp"), ("dossiers_received", 650, "Sở Công Thương"),
      ("dossiers_resolved", 640, "Sở Công Thương"), ("dossiers_online", 222, "Sở Công Thương")]),
])
def test_columns_named_in_parentheses_cut_by_semicolons(text, expected):
    assert facts(text) == expected


def test_a_parenthesis_of_notes_cut_by_semicolons_names_no_columns():
    # a note with a colon or a date is no list of column names: its last part only may be
    table = find_tables("Bảng số liệu (đơn vị: hồ sơ; số liệu đến 30/9; tiếp nhận / trực tuyến):\n"
                        "Huyện A   1.000   400\nHuyện B   800   200\n")[0]
    assert [c.column for c in table.rows[0].cells] == ["tiếp nhận", "trực tuyến"]


def test_a_parenthesis_with_slashes_but_no_rows_under_it_is_no_table():
    text = "Tỉnh có 1.200 dịch vụ (toàn trình / một phần).\nNăm 2023 tiếp nhận 9.000 hồ sơ.\n"
    assert find_tables(text) == []
    assert find_tables("Tỷ lệ (đúng hạn / trễ hạn):\nxem bảng dưới.\n") == []


DASHED = """Số liệu quý III của các huyện (hồ sơ tiếp nhận – hồ sơ trực tuyến – tỷ lệ trực tuyến)
- Huyện Đông: 4.000 – 1.000 – 25%
- Huyện Tây: 2.500 – 1.500 – 60%
"""

HYPHENED = """Kết quả tháng 10 theo đơn vị (tiếp nhận - đã giải quyết):
Sở Tư pháp: 1.200 - 1.180
Bà Rịa - Vũng Tàu: 300 - 290
"""


def test_cells_split_at_spaced_dashes_after_a_colon_under_columns_named_in_parentheses():
    assert facts(DASHED) == [
        ("dossiers_received", 4000, "Huyện Đông"), ("dossiers_online", 1000, "Huyện Đông"),
        ("dossiers_online_pct", 25, "Huyện Đông"), ("dossiers_received", 2500, "Huyện Tây"),
        ("dossiers_online", 1500, "Huyện Tây"), ("dossiers_online_pct", 60, "Huyện Tây")]
    # a dash inside a name is no cell gap: only a dash before a number is
    assert [r.label for r in find_tables(HYPHENED)[0].rows] == ["Sở Tư pháp", "Bà Rịa - Vũng Tàu"]


LEGEND = """Kết quả quý I/2024 của các phòng, ban. Số liệu mỗi dòng lần lượt là: hồ sơ tiếp nhận – hồ sơ trực tuyến – tỷ lệ trực tuyến.
1. Phòng Tư pháp: 1.240 – 620 – 50%
2. Phòng Tài nguyên và Môi trường: 3.100 – 930 – 30%
"""

LEGEND_TWO = """Bảng xếp hạng tháng 5, thứ tự các số: số hồ sơ đã giải quyết – số hồ sơ trễ hạn – tỷ lệ đúng hạn
Xã Tân Hòa: 512 – 0 – 100%
Xã Phú Mỹ: 400 – 8 – 98%
Thị trấn Chợ Mới: 275 – 11 – 96%
"""


def test_a_legend_after_a_colon_names_the_columns_of_the_rows_under_it():
    assert facts(LEGEND) == [
        ("dossiers_received", 1240, "Phòng Tư pháp"), ("dossiers_online", 620, "Phòng Tư pháp"),
        ("dossiers_online_pct", 50, "Phòng Tư pháp"), ("dossiers_received", 3100, "Phòng Tài nguyên và Môi trường"),
        ("dossiers_online", 930, "Phòng Tài nguyên và Môi trường"),
        ("dossiers_online_pct", 30, "Phòng Tài nguyên và Môi trường")]
    assert [r.label for r in find_tables(LEGEND_TWO)[0].rows] == ["Xã Tân Hòa", "Xã Phú Mỹ", "Thị trấn Chợ Mới"]
    assert [c.column for c in find_tables(LEGEND_TWO)[0].rows[0].cells] == [
        "số hồ sơ đã giải quyết", "số hồ sơ trễ hạn", "tỷ lệ đúng hạn"]
    assert [m for m, _, _ in facts(LEGEND_TWO)][:3] == ["dossiers_resolved", "dossiers_late", "dossiers_ontime_pct"]


@pytest.mark.parametrize("caption,columns", [
    ("Bảng 3. Hồ sơ theo cấp (đơn vị: hồ sơ; các cột: tiếp nhận – trực tuyến – đúng hạn)",
     ["dossiers_received", "dossiers_online", "dossiers_ontime"]),
    ("Số liệu quý II (nguồn: Văn phòng UBND; thứ tự: đã giải quyết / trễ hạn / tỷ lệ đúng hạn)",
     ["dossiers_resolved", "dossiers_late", "dossiers_ontime_pct"]),
    ("Kết quả theo đơn vị (ĐVT: hồ sơ, %. Thứ tự cột: tiếp nhận – trực tuyến – tỷ lệ trực tuyến):",
     ["dossiers_received", "dossiers_online", "dossiers_online_pct"]),
    # a note holding a date or a number before the names: the names alone are read
    ("Một số xã tiêu biểu (số liệu đến 30/9, gồm: hồ sơ tiếp nhận – hồ sơ trực tuyến – tỷ lệ):",
     ["dossiers_received", "dossiers_online", "dossiers_online_pct"]),
    ("Kết quả từng huyện (chốt ngày 15/6/2025; 3 cột: đã giải quyết / trễ hạn / tỷ lệ đúng hạn)",
     ["dossiers_resolved", "dossiers_late", "dossiers_ontime_pct"]),
])
def test_notes_before_the_column_names_in_a_caption_s_parenthesis_name_no_column(caption, columns):
    text = f"{caption}\nHuyện Đông: 4.000 – 1.000 – 3.900\nHuyện Tây: 2.500 – 1.500 – 2.450\n"
    if columns[-1].endswith("_pct"):
        text = text.replace("3.900", "25%").replace("2.450", "60%")
    rows = facts(text, ("metric", "scope"))
    assert [m for m, _ in rows] == columns * 2
    assert [s for _, s in rows] == ["Huyện Đông"] * 3 + ["Huyện Tây"] * 3


def test_a_colon_list_of_two_names_is_no_legend():
    # two names after a colon are a sentence's list, not the columns of a table
    text = "Hai chỉ tiêu chính: hồ sơ trực tuyến – hồ sơ đúng hạn\nHuyện A: 300 – 280\nHuyện B: 200 – 190\n"
    assert find_tables(text) == []


ASSESSED = """Bảng 2. Kết quả thực hiện các chỉ tiêu của huyện
| TT | Chỉ tiêu | Kế hoạch 2025 | Thực hiện 2023 | Đánh giá |
|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ nộp trực tuyến | 60% | 48,5% | Chưa đạt |
| 2 | Tỷ lệ hồ sơ giải quyết đúng hạn | 98% | 99,1% | Vượt |
"""


def test_an_assessment_in_words_after_the_numbers_closes_the_row():
    table = find_tables(ASSESSED)[0]
    assert [[c.column for c in r.cells] for r in table.rows] == [["Kế hoạch 2025", "Thực hiện 2023"]] * 2
    assert _facts(ASSESSED, ("metric", "value", "status", "year")) == [
        ("dossiers_online_pct", 60, "target", 2025), ("dossiers_online_pct", 48.5, "actual", 2023),
        ("dossiers_ontime_pct", 98, "target", 2025), ("dossiers_ontime_pct", 99.1, "actual", 2023)]
    # spaced columns, two words in the last cell
    spaced = ("Chỉ tiêu                     Mục tiêu 2025    Kết quả 2023    Nhận xét\n"
              "Văn bản điện tử               95%              91,2%           Chưa đạt\n"
              "Hồ sơ nộp trực tuyến          50%              52%             Đạt\n")
    assert [len(r.cells) for r in find_tables(spaced)[0].rows] == [2, 2]


CAPTIONED = """PHỤ LỤC
TỶ LỆ HỒ SƠ NỘP TRỰC TUYẾN CỦA CÁC XÃ NĂM 2024
(Kèm theo Báo cáo số 12/BC-UBND ngày 05/01/2025 của UBND huyện)
TT   Xã              Kế hoạch 2024 (%)    Thực hiện 2024 (%)
1    Xã Hòa An       60                   64,2
2    Xã Hòa Bình     55                   49,8
"""

SERVED = """Tỷ lệ hồ sơ giải quyết đúng hạn của các phòng, quý II
Phòng            Quý I (%)    Quý II (%)
Phòng Tư pháp    99,1         97,4
Phòng Nội vụ     98,6         96,0
"""


def test_a_caption_naming_a_rate_names_the_noun_of_the_percentage_cells_and_a_note_under_it_is_no_caption():
    assert _facts(CAPTIONED, ("metric", "value", "scope", "status", "year")) == [
        ("dossiers_online_pct", 60, "Xã Hòa An", "target", 2024), ("dossiers_online_pct", 64.2, "Xã Hòa An", "actual", 2024),
        ("dossiers_online_pct", 55, "Xã Hòa Bình", "target", 2024),
        ("dossiers_online_pct", 49.8, "Xã Hòa Bình", "actual", 2024)]
    assert [m for m, _, _ in facts(SERVED)] == ["dossiers_ontime_pct"] * 4


SEMICOLONS = """Phụ lục. Kết quả năm 2023 của các huyện
STT;Huyện;Hồ sơ tiếp nhận;Hồ sơ trực tuyến;Tỷ lệ trực tuyến (%)
1;Huyện Đông Hải;12.480;4.992;40
2;Huyện Hòa Bình;9.015;2.704;29,99
"""


def test_a_table_pasted_from_a_csv_file_splits_at_its_semicolons():
    assert facts(SEMICOLONS) == [
        ("dossiers_received", 12480, "Huyện Đông Hải"), ("dossiers_online", 4992, "Huyện Đông Hải"),
        ("dossiers_online_pct", 40, "Huyện Đông Hải"), ("dossiers_received", 9015, "Huyện Hòa Bình"),
        ("dossiers_online", 2704, "Huyện Hòa Bình"), ("dossiers_online_pct", 29.99, "Huyện Hòa Bình")]
    # a sentence whose items hold percentages is no header, whatever its semicolons
    assert find_tables("Cấp tỉnh đạt 81%; cấp huyện 62%; cấp xã 40%.\nHuyện A; 12; 15\nHuyện B; 10; 11\n") == []


@pytest.mark.parametrize("header,rows", [
    # a space on each side of every semicolon, the rows named by years
    ("Năm ; Hồ sơ tiếp nhận ; Hồ sơ trực tuyến ; Tỷ lệ trực tuyến",
     "2022 ; 51.200 ; 20.480 ; 40,00\n2023 ; 55.000 ; 27.500 ; 50,00"),
    # … by districts, a space before some semicolons only
    ("Huyện ;Hồ sơ tiếp nhận; Hồ sơ trực tuyến ;Tỷ lệ trực tuyến",
     "Huyện Đông ; 51.200; 20.480 ; 40,00\nHuyện Tây ;55.000 ; 27.500; 50,00"),
])
def test_a_table_pasted_with_spaced_semicolons_splits_at_them(header, rows):
    text = f"Kết quả qua các năm của tỉnh:\n{header}\n{rows}\n"
    assert [(m, v) for m, v, _ in facts(text)] == [
        ("dossiers_received", 51200), ("dossiers_online", 20480), ("dossiers_online_pct", 40),
        ("dossiers_received", 55000), ("dossiers_online", 27500), ("dossiers_online_pct", 50)]


@pytest.mark.parametrize("column", ["Đúng hạn", "Hồ sơ trả đúng hạn", "Trước hạn"])
def test_a_cell_with_a_fraction_of_a_hundred_under_a_kind_of_dossiers_is_its_share(column):
    # "96,2" counts no dossiers: it is the share of that kind; a whole number stays a count
    text = f"Bảng 2. Kết quả của các huyện\nHuyện | Tiếp nhận | {column}\nHuyện A | 4.000 | 96,2\nHuyện B | 3.000 | 2.950\n"
    metrics = [m for m, _, _ in facts(text)]
    assert metrics[1].endswith("_pct") and not metrics[3].endswith("_pct")


def test_a_table_of_indicator_rows_pasted_with_semicolons_and_spaces():
    # one space after each semicolon; the rows name what is counted, the columns the quarters
    text = ("Bảng 3. Hồ sơ năm 2023\nChỉ tiêu; Quý I; Quý II; Cả năm\nHồ sơ tiếp nhận (hồ sơ); 5.120; 6.004; 11.124\n"
            "Tỷ lệ nộp trực tuyến (%); 21,5; 30,2; 26,2\n")
    df = facts(text, ("metric", "value"))
    assert ("dossiers_received", 6004) in df and ("dossiers_online_pct", 30.2) in df and len(df) == 6


EMPHASIS = """Bảng 1. Hồ sơ quý I
| Cấp | Tiếp nhận | Trực tuyến |
|---|---:|---:|
| Cấp huyện | 3.100 | 1.240 |
| Cấp xã | 5.600 | 980 |
| **Tổng cộng** | **8.700** | **2.220** |
| __Cộng__ | __8.700__ | __2.220__ |
"""


def test_markdown_emphasis_around_a_cell_is_no_part_of_it():
    rows = find_tables(EMPHASIS)[0].rows
    assert [r.label for r in rows] == ["Cấp huyện", "Cấp xã", "Tổng cộng", "Cộng"]
    assert [(m, v) for m, v, scope in facts(EMPHASIS) if scope is None][:2] == [
        ("dossiers_received", 8700), ("dossiers_online", 2220)]


WORDS_ROW = """Bảng 2. Một số chỉ số của tỉnh
TT   Chỉ số                              Năm 2022   Năm 2023   Kế hoạch 2024
1    Tỷ lệ hồ sơ nộp trực tuyến (%)      21,5       40,2       ≥ 50
2    Chỉ số PAR INDEX (thứ hạng)         25/63      –          Nhóm 20
3    Chỉ số SIPAS (%)                    84,1       86,9       ≥ 88
"""


def test_a_row_of_words_in_a_number_column_is_passed_over_and_the_satisfaction_index_names_its_row():
    rows = find_tables(WORDS_ROW)[0].rows
    assert [r.label for r in rows] == ["Tỷ lệ hồ sơ nộp trực tuyến (%)", "Chỉ số SIPAS (%)"]
    got = _facts(WORDS_ROW, ("metric", "value", "status", "year"))
    assert [g for g in got if g[0] == "satisfaction_pct"] == [
        ("satisfaction_pct", 84.1, "actual", 2022), ("satisfaction_pct", 86.9, "actual", 2023),
        ("satisfaction_pct", 88.0, "target", 2024)]


CHANGES = """Một số chỉ tiêu năm 2021 so với năm 2020
Chỉ tiêu | Năm 2020 | Năm 2021 | Tăng/giảm
Hồ sơ tiếp nhận (hồ sơ) | 50.000 | 64.000 | +14.000
Tỷ lệ hồ sơ trực tuyến (%) | 12,50 | 20,00 | +7,5 điểm
Dịch vụ công mức độ 4 (dịch vụ) | 300 | 280 | -20
"""

COMPARED = """Chỉ tiêu    2022    2023    So sánh
Hồ sơ tiếp nhận    40.000    42.000    105%
Hồ sơ giải quyết đúng hạn    39.000    41.500    106,4%
"""


def test_changes_are_no_figures_and_a_rate_row_holds_percentages_without_a_sign():
    assert _facts(CHANGES, ("metric", "value", "year")) == [
        ("dossiers_received", 50000, 2020), ("dossiers_received", 64000, 2021),
        ("dossiers_online_pct", 12.5, 2020), ("dossiers_online_pct", 20, 2021),
        ("services_level4", 300, 2020), ("services_level4", 280, 2021)]
    # a column of changes drops out even when its cells carry no sign
    assert [v for _, v, _ in _facts(COMPARED, ("metric", "value", "year"))] == [40000, 42000, 39000, 41500]


LEVELS = """- Mức độ hài lòng của người dân: 98,6%
KẾT QUẢ THEO CẤP HÀNH CHÍNH
Cấp | Tiếp nhận | Trực tuyến | Tỷ lệ
Cấp tỉnh | 10.000 | 6.000 | 60%
Cấp xã | 20.000 | 5.000 | 25%
"""


def test_columns_naming_what_is_done_to_dossiers_give_the_noun_and_a_bare_rate_column_is_the_share_before_it():
    # the line above the table speaks of satisfaction: the columns, not it, say what the cells count
    assert facts(LEVELS)[1:] == [
        ("dossiers_received", 10000, "Cấp tỉnh"), ("dossiers_online", 6000, "Cấp tỉnh"),
        ("dossiers_online_pct", 60, "Cấp tỉnh"), ("dossiers_received", 20000, "Cấp xã"),
        ("dossiers_online", 5000, "Cấp xã"), ("dossiers_online_pct", 25, "Cấp xã")]


NEIGHBOURS = ("Kết quả cung cấp dịch vụ công trực tuyến năm 2022 của các tỉnh trong vùng\n"
              "Tỉnh\tHồ sơ tiếp nhận\tHồ sơ trực tuyến\tTỷ lệ trực tuyến (%)\n"
              "Phú Yên\t210.400\t31.560\t15,00\nTỉnh Ninh Thuận\t98.300\t9.830\t10,00\nThành phố Tuy Hòa\t40.000\t8.000\t20,00\n")


def test_a_column_naming_its_own_noun_takes_it_over_the_caption_s_and_a_province_row_is_that_province_s():
    df = _facts(NEIGHBOURS, ("metric", "value", "province", "scope"))
    assert df[:6] == [("dossiers_received", 210400, "Phú Yên", None), ("dossiers_online", 31560, "Phú Yên", None),
                      ("dossiers_online_pct", 15, "Phú Yên", None),
                      ("dossiers_received", 98300, "Ninh Thuận", None), ("dossiers_online", 9830, "Ninh Thuận", None),
                      ("dossiers_online_pct", 10, "Ninh Thuận", None)]
    # a city named like a province is a unit of the article's province, kept as the row's scope
    assert {r[3] for r in df[6:]} == {"Thành phố Tuy Hòa"}


RANKED = ("Xếp hạng chuyển đổi số cấp huyện năm 2023\nHạng | Đơn vị | Điểm | Tỷ lệ hồ sơ trực tuyến năm 2023\n"
          "1 | Thành phố Bảo Lộc | 0,6012 | 70,4%\n2 | Huyện Di Linh | 0,5533 | 61,9%\n")


def test_a_leading_row_number_is_skipped_and_a_column_s_year_dates_its_cells():
    df = _facts(RANKED, ("metric", "value", "scope", "year"))
    assert [r for r in df if r[0] == "dossiers_online_pct"] == [
        ("dossiers_online_pct", 70.4, "Thành phố Bảo Lộc", 2023), ("dossiers_online_pct", 61.9, "Huyện Di Linh", 2023)]


MARKDOWN = """Bảng: Một số chỉ tiêu chính quyền số của huyện
| Chỉ tiêu | Năm 2021 | Năm 2022 |
|:-----------------------|-----------:|-----------:|
| Hồ sơ tiếp nhận (hồ sơ) | 40.120 | 43.875 |
| Tỷ lệ hồ sơ trực tuyến (%) | 18,4 | 29,9 |
"""

BOXED = """Kết quả năm 2022 và năm 2023
+-------------------------+----------+----------+
| Chỉ tiêu                | 2022     | 2023     |
+-------------------------+----------+----------+
| Hồ sơ trực tuyến        | 12.010   | 20.330   |
| Tỷ lệ giải quyết đúng hạn (%) | 97,1 | 98,9 |
+-------------------------+----------+----------+
"""


def test_a_rule_line_between_header_and_rows_is_layout():
    from analysis.figures.extract import extract_text
    for text, expected in ((MARKDOWN, [("dossiers_received", 40120, 2021), ("dossiers_received", 43875, 2022),
                                       ("dossiers_online_pct", 18.4, 2021), ("dossiers_online_pct", 29.9, 2022)]),
                           (BOXED, [("dossiers_online", 12010, 2022), ("dossiers_online", 20330, 2023),
                                    ("dossiers_ontime_pct", 97.1, 2022), ("dossiers_ontime_pct", 98.9, 2023)])):
        df = extract_text(text, "t", meta={"published": "2024-03-01"})
        assert list(zip(df["metric"], df["value"], df["year"])) == expected
        assert set(df["status"]) == {"actual"}  # past years' columns are results, "Chỉ tiêu" names the rows


def test_a_plan_column_of_a_past_year_stays_a_target():
    from analysis.figures.extract import extract_text
    text = ("Kết quả thực hiện các chỉ tiêu năm 2023\nChỉ tiêu    Kế hoạch 2023    Thực hiện 2023\n"
            "Tỷ lệ hồ sơ trực tuyến (%)    50    46,2\nTỷ lệ văn bản điện tử (%)    95    97,5\n")
    df = extract_text(text, "t", meta={"published": "2024-01-10"})
    assert list(zip(df["value"], df["status"])) == [(50, "target"), (46.2, "actual"), (95, "target"), (97.5, "actual")]


def test_a_total_named_in_the_number_column_is_a_total_row():
    text = ("Bảng: Hồ sơ của các sở năm 2022\nTT | Cơ quan | Hồ sơ tiếp nhận | Trực tuyến\n1 | Sở Tư pháp | 4.100 | 2.050\n"
            "2 | Sở Y tế | 1.900 | 600\nTổng | 2 cơ quan | 6.000 | 2.650\n")
    rows = facts(text, ("metric", "value", "scope"))
    assert ("dossiers_received", 6000.0, None) in rows and ("dossiers_online", 2650.0, None) in rows
    assert ("dossiers_received", 4100.0, "Sở Tư pháp") in rows


@pytest.mark.parametrize("total", ["Cộng 9 tháng", "Tổng năm 2024", "Tổng cộng 6 tháng đầu năm", "Cộng"])
def test_a_total_row_naming_its_period_is_a_total_row(total):
    """The total row of a month-by-month table keeps all its cells, whole (no scope), whatever period it names."""
    text = ("Hồ sơ trực tuyến theo tháng năm 2024\nTháng    Tiếp nhận    Trực tuyến    Tỷ lệ (%)\n"
            "Tháng 1    4.000    2.000    50,00\nTháng 2    6.000    3.600    60,00\n"
            f"{total}    10.000    5.600    56,00\n")
    rows = facts(text, ("metric", "value", "scope", "period"))
    assert [r[:3] for r in rows if r[3] != "Tháng 1" and r[3] != "Tháng 2"] == [
        ("dossiers_received", 10000.0, None), ("dossiers_online", 5600.0, None), ("dossiers_online_pct", 56.0, None)]
    assert ("dossiers_received", 4000.0, None, "Tháng 1") in rows  # (a month's row: its period, no scope)


@pytest.mark.parametrize("table", [
    "Chỉ tiêu; Quý I; Quý II\nHồ sơ tiếp nhận (hồ sơ); 4.000; 5.000\nTrong đó nộp trực tuyến (hồ sơ); 2.400; 3.500\n",
    "Chỉ tiêu    Quý I    Quý II\nSố hồ sơ tiếp nhận    4.000    5.000\n- Trong đó: trực tuyến (hồ sơ)    2.400    3.500\n",
])
def test_a_sub_row_opening_with_trong_do_takes_its_noun_from_its_unit(table):
    """"Trong đó nộp trực tuyến (hồ sơ)": a part of the row above, its noun in the parenthesis closing the label."""
    rows = facts("Kết quả theo quý năm 2024\n" + table, ("metric", "value"))
    assert rows == [("dossiers_received", 4000), ("dossiers_received", 5000), ("dossiers_online", 2400),
                    ("dossiers_online", 3500)]


@pytest.mark.parametrize("table", [
    "| Chỉ tiêu | Đơn vị tính | Quý I | Quý II |\n|---|---|---|---|\n| Hồ sơ tiếp nhận | Hồ sơ | 4.000 | 5.000 |\n"
    "| Trong đó: nộp trực tuyến | Hồ sơ | 2.400 | 3.500 |\n| Tỷ lệ nộp trực tuyến | % | 60,00 | 70,00 |\n",
    "Chỉ tiêu    ĐVT    Quý I    Quý II\nHồ sơ tiếp nhận    hồ sơ    4.000    5.000\n"
    "- Trong đó nộp trực tuyến    hồ sơ    2.400    3.500\nTỷ lệ nộp trực tuyến    %    60,00    70,00\n",
    "TT\tChỉ tiêu\tĐơn vị tính\tQuý I\tQuý II\n1\tHồ sơ tiếp nhận\tHồ sơ\t4.000\t5.000\n"
    "2\tHồ sơ nộp trực tuyến\tHồ sơ\t2.400\t3.500\n3\tTỷ lệ nộp trực tuyến\t%\t60,00\t70,00\n",
])
def test_a_unit_column_is_no_value_and_names_the_rows_noun(table):
    """A column naming each row's unit ("Đơn vị tính", "ĐVT") holds words, not values; its noun is the row's when the
    label names none ("Trong đó: nộp trực tuyến | Hồ sơ")."""
    rows = facts("Kết quả giải quyết thủ tục hành chính năm 2024 theo quý\n" + table, ("metric", "value"))
    assert rows == [("dossiers_received", 4000), ("dossiers_received", 5000), ("dossiers_online", 2400),
                    ("dossiers_online", 3500), ("dossiers_online_pct", 60), ("dossiers_online_pct", 70)]


@pytest.mark.parametrize("caption", [
    "Kết quả theo từng đơn vị (số liệu trích từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh):",
    "Bảng 3. Kết quả của các sở (nguồn: phần mềm quản lý thủ tục hành chính)",
    "Số liệu từng đơn vị (theo báo cáo về thủ tục hành chính của Văn phòng UBND tỉnh)",
])
def test_an_aside_in_the_caption_names_no_noun_of_the_cells(caption):
    """A source note in parentheses under a table's title ("(số liệu trích từ Hệ thống … thủ tục hành chính)") does
    not make the cells procedures; the header's columns of the dossier flow say what they count."""
    text = caption + "\nĐơn vị\tTiếp nhận\tTrực tuyến\tĐúng hạn (%)\nSở Tư pháp\t6.240\t4.118\t99,9\nSở Y tế\t4.306\t2.981\t99,2\n"
    assert facts(text, ("metric", "value")) == [
        ("dossiers_received", 6240), ("dossiers_online", 4118), ("dossiers_ontime_pct", 99.9),
        ("dossiers_received", 4306), ("dossiers_online", 2981), ("dossiers_ontime_pct", 99.2)]


_LONG_LEAD = ("Văn phòng gửi các đơn vị kết quả tiếp nhận hồ sơ quý I/2024 của các sở có lượng hồ sơ lớn nhất, số liệu trích "
              "từ hệ thống một cửa điện tử lúc 17 giờ ngày 5/4/2024. ")


@pytest.mark.parametrize("last,status", [
    ("Bảng được dán từ tệp Excel, đề nghị các đồng chí mở tệp đính kèm nếu cần đối chiếu.", "actual"),
    ("Các đơn vị cần phấn đấu cải thiện kết quả trong quý tới.", "actual"),
    ("Kế hoạch năm 2025 giao chỉ tiêu cho từng sở như sau:", "target"),
])
def test_a_long_paragraph_above_a_table_sets_its_status_only_by_the_sentence_leading_to_it(last, status):
    """A request to the readers in a long paragraph over a table plans none of its cells; a last sentence that leads
    to the table with its colon does."""
    text = (_LONG_LEAD + last + "\nCơ quan      Tiếp nhận      Trực tuyến\nSở Tư pháp      7.812      7.105\n"
            "Sở Y tế      2.945      2.388\n")
    from analysis.figures.extract import extract_text
    assert set(extract_text(text, "t", meta={"published": "2024-04-08"})["status"]) == {status}


@pytest.mark.parametrize("label", ["Tháng 7", "Quý II/2024", "Năm 2023"])
def test_a_row_labelled_by_a_period_is_that_periods_not_a_units(label):
    """"Tháng 7 | 1.046 | 842": the row is a time's figures of the whole, its label the period, no scope."""
    from analysis.figures.extract import extract_text
    text = f"Hồ sơ theo kỳ\nKỳ    Tiếp nhận    Trực tuyến\n{label}    1.046    842\nCộng    2.000    1.500\n"
    df = extract_text(text, "t")
    assert df.iloc[0]["period"] == label and df.iloc[0]["scope"] is None or df.iloc[0]["scope"] != df.iloc[0]["scope"]


@pytest.mark.parametrize("text", [
    "Bảng 1. Chỉ tiêu theo năm\nTT; Chỉ tiêu; Thực hiện 2023; Năm 2024\n1; Tỷ lệ hồ sơ nộp trực tuyến; 46,70; 60\n"
    "2; Tỷ lệ hồ sơ giải quyết đúng hạn; 98,6; 99\n",
    "Bảng 1. Chỉ tiêu theo năm (đơn vị: %)\nTT | Chỉ tiêu | Thực hiện 2023 | Năm 2024\n1 | Hồ sơ nộp trực tuyến | 46,70 | 60\n"
    "2 | Hồ sơ giải quyết đúng hạn | 98,6 | 99\n",
])
def test_a_numbered_rate_row_or_a_percent_caption_makes_its_cells_percentages(text):
    """"1; Tỷ lệ hồ sơ …; 46,70; 60": the row's own label (its number dropped) names a rate; a caption "(đơn vị: %)"
    says every cell is one."""
    from analysis.figures.extract import extract_text
    df = extract_text(text, "t", meta={"published": "2024-01-20"})
    assert list(zip(df["metric"], df["value"], df["status"])) == [
        ("dossiers_online_pct", 46.7, "actual"), ("dossiers_online_pct", 60.0, "target"),
        ("dossiers_ontime_pct", 98.6, "actual"), ("dossiers_ontime_pct", 99.0, "target")]


@pytest.mark.parametrize("columns", ["Tháng 9/2025 | Tháng 10/2025", "Quý I | Quý II"])
def test_a_column_named_by_a_period_gives_its_cells_that_period(columns):
    """"| Chỉ tiêu | Tháng 9/2025 | Tháng 10/2025 |": each cell is that period's figure, read as such by the reports."""
    from analysis.figures.extract import extract_text
    text = (f"Bảng tổng hợp toàn tỉnh năm 2025\n| Chỉ tiêu | {columns} |\n| Hồ sơ tiếp nhận | 57.204 | 61.340 |\n"
            "| Tỷ lệ hồ sơ trực tuyến (%) | 75,38 | 78,60 |\n")
    df = extract_text(text, "t")
    assert list(df["period"]) == [c.strip() for c in columns.split("|")] * 2


STACKED = [
    # months down the side, a caption above
    ("Bảng 2. Hồ sơ theo đơn vị\nĐơn vị\nTiếp nhận\nTrực tuyến\nTỷ lệ (%)\nSở Y tế\n500\n300\n60,00\n"
     "Sở Tư pháp\n800\n600\n75,00\nCộng\n1.300\n900\n69,23\nNguồn: phần mềm một cửa.",
     [("dossiers_received", 500, "Sở Y tế"), ("dossiers_online", 300, "Sở Y tế"), ("dossiers_online_pct", 60, "Sở Y tế"),
      ("dossiers_received", 800, "Sở Tư pháp"), ("dossiers_online", 600, "Sở Tư pháp"),
      ("dossiers_online_pct", 75, "Sở Tư pháp"),
      ("dossiers_received", 1300, None), ("dossiers_online", 900, None), ("dossiers_online_pct", 69.23, None)]),
    # units down the side, two number columns, text before it ending with a colon
    ("Số hồ sơ tiếp nhận của các cấp như sau:\nCấp\nHồ sơ tiếp nhận\nĐã giải quyết\nCấp tỉnh\n2.400\n2.380\n"
     "Cấp xã\n5.100\n5.020\n",
     [("dossiers_received", 2400, "Cấp tỉnh"), ("dossiers_resolved", 2380, "Cấp tỉnh"),
      ("dossiers_received", 5100, "Cấp xã"), ("dossiers_resolved", 5020, "Cấp xã")]),
]


@pytest.mark.parametrize("text,expected", STACKED)
def test_a_table_pasted_one_cell_per_line_is_read_as_a_table(text, expected):
    """A word processor's table pasted one cell per line: header lines, then a label line and its number lines."""
    assert facts(text) == expected


def test_lines_of_single_numbers_without_a_header_are_no_table():
    text = "Kết quả quý I:\nHồ sơ tiếp nhận\n1.200\nHồ sơ trực tuyến\n800\n"
    assert not find_tables(text)


BOUNDS = """Bảng 2. Chỉ tiêu cải cách hành chính
TT   Chỉ tiêu                             Năm 2021   Năm 2022   Kế hoạch 2023
1    Tỷ lệ hồ sơ nộp trực tuyến (%)       14,6       27,3       ≥ 40
2    Tỷ lệ giải quyết đúng hạn (%)        98,1       –          ≥ 99
"""


def test_bound_signs_and_empty_cells_keep_their_columns():
    from analysis.figures.extract import extract_text
    df = extract_text(BOUNDS, "t", meta={"published": "2023-02-01"})
    got = list(zip(df["metric"], df["value"], df["year"], df["status"], df["qualifier"]))
    assert got == [("dossiers_online_pct", 14.6, 2021, "actual", "exact"),
                   ("dossiers_online_pct", 27.3, 2022, "actual", "exact"),
                   ("dossiers_online_pct", 40.0, 2023, "target", "more_than"),
                   ("dossiers_ontime_pct", 98.1, 2021, "actual", "exact"),
                   ("dossiers_ontime_pct", 99.0, 2023, "target", "more_than")]


FLAT_WORDS = """Kết quả sáu tháng ở hai cấp như sau:
Cấp Tiếp nhận Trực tuyến Tỷ lệ (%)
Cấp huyện 9.210 6.480 70,36
Cấp xã 20.400 11.020 54,02
"""

FLAT_YEARS = """Bảng so sánh hai năm (số liệu đến 31/12):
Chỉ tiêu 2021 2022
Tài khoản thư điện tử công vụ 6.120 7.005
Dịch vụ công trực tuyến mức độ 4 210 388
Tỷ lệ hồ sơ trực tuyến (%) 8,5 19,2
"""

FLAT_SCORES = """Mã Nội dung Kết quả Điểm tối đa Tự chấm
6.1 Tỷ lệ hồ sơ giải quyết trực tuyến (%) 31,2 1,50 1,00
6.2 Tỷ lệ văn bản điện tử (%) 97,8 0,50 0,50
"""


def test_a_table_pasted_with_single_spaces_names_its_columns_from_the_header():
    rows = facts(FLAT_WORDS, ("metric", "value", "scope"))
    assert rows == [("dossiers_received", 9210.0, "Cấp huyện"), ("dossiers_online", 6480.0, "Cấp huyện"),
                    ("dossiers_online_pct", 70.36, "Cấp huyện"), ("dossiers_received", 20400.0, "Cấp xã"),
                    ("dossiers_online", 11020.0, "Cấp xã"), ("dossiers_online_pct", 54.02, "Cấp xã")]


def test_a_single_spaced_header_of_years_dates_its_columns_and_a_level_stays_in_the_label():
    from analysis.figures.extract import extract_text
    df = extract_text(FLAT_YEARS, "t", meta={"published": "2023-03-01"})
    assert list(zip(df["metric"], df["value"], df["year"])) == [
        ("email_accounts", 6120, 2021), ("email_accounts", 7005, 2022), ("services_level4", 210, 2021),
        ("services_level4", 388, 2022), ("dossiers_online_pct", 8.5, 2021), ("dossiers_online_pct", 19.2, 2022)]


def test_score_columns_hold_no_figures():
    assert facts(FLAT_SCORES, ("metric", "value")) == [("dossiers_online_pct", 31.2), ("edocs_pct", 97.8)]


def test_prose_ending_in_numbers_is_no_table():
    text = "Năm 2022 tỉnh có hai chỉ số đáng chú ý 12 15\nmà chưa ai nói đến.\nMột dòng khác 3 4\n"
    from analysis.figures.tables import find_tables
    assert find_tables(text) == []


DOTS = """Khung kết quả của đề án
Chỉ số · Cơ sở (2020) · Mục tiêu (2025) · Giữa kỳ (2022)
1. Tỷ lệ hồ sơ nộp trực tuyến (%) · 4,5 · 40 · 21,3
2. Tỷ lệ văn bản điện tử (%) · 60 · 95 · 88,2
"""


def test_a_table_whose_cells_are_cut_by_a_middle_dot():
    from analysis.figures.extract import extract_text
    df = extract_text(DOTS, "t", meta={"published": "2022-09-01"})
    assert list(zip(df["metric"], df["value"], df["year"], df["status"])) == [
        ("dossiers_online_pct", 4.5, 2020, "actual"), ("dossiers_online_pct", 40.0, 2025, "target"),
        ("dossiers_online_pct", 21.3, 2022, "actual"), ("edocs_pct", 60.0, 2020, "actual"),
        ("edocs_pct", 95.0, 2025, "target"), ("edocs_pct", 88.2, 2022, "actual")]


@pytest.mark.parametrize("rank_cell", ["41/63", "12/34", "9/63"])
def test_a_cell_of_a_rank_out_of_a_total_keeps_its_row(rank_cell):
    # "41/63" in a last column (a ranking beside the counts) is a cell, so the row and its counts stay a table row
    # (each row the figures of the province it names: the article has none of its own)
    text = (f"Số liệu năm 2023 của hai tỉnh láng giềng.\nTỉnh\tHồ sơ tiếp nhận\tHồ sơ trực tuyến\tXếp hạng DTI\n"
            f"Quảng Ninh\t120.500\t48.200\t{rank_cell}\nLạng Sơn\t98.000\t51.000\t20/63\n")
    df = _facts(text, ("metric", "value", "province"))
    assert ("dossiers_received", 120500, "Quảng Ninh") in df and ("dossiers_online", 51000, "Lạng Sơn") in df


@pytest.mark.parametrize("agency", ["Sở Thông tin và Truyền thông", "Trung tâm Dịch vụ công", "Văn phòng Thông tin"])
def test_a_head_noun_inside_an_agency_s_name_gives_no_noun_to_the_cells(agency):
    # the caption names where the numbers come from, not what they count: the header's noun names the cells
    text = (f"Số liệu dưới đây do {agency} tổng hợp.\n"
            "Huyện\tHồ sơ tiếp nhận\tTrực tuyến\tĐúng hạn (%)\nHuyện A\t5.100\t2.000\t98,2\nHuyện B\t4.300\t1.900\t97,6\n")
    df = _facts(text, ("metric", "value", "scope"))
    assert ("dossiers_ontime_pct", 98.2, "Huyện A") in df and ("dossiers_ontime_pct", 97.6, "Huyện B") in df


@pytest.mark.parametrize("phrase, head", [
    ("báo cáo của các sở thông tin và truyền thông về hồ sơ", "hồ sơ"),
    ("trung tâm dịch vụ công tổng hợp", None),
    ("toàn bộ văn bản đi", "văn bản"),  # "toàn bộ" (all of) opens no agency's name
])
def test_first_head_skips_an_agency_s_name(phrase, head):
    assert first_head(phrase) == head


@pytest.mark.parametrize("phrase, head", [
    ("kết quả ở ba phường được chọn làm điểm của thành phố", None),  # "làm điểm": a pilot, no points
    ("tại thời điểm cuối quý, số hồ sơ còn tồn", "hồ sơ"),
    ("các địa điểm một cửa trên địa bàn", None),
    ("mức ứng dụng công nghệ thông tin của các sở", None),  # information technology, not information
    ("số điểm của từng xã", "điểm"),  # a score is still counted in points
    ("ứng dụng công nghệ thông tin, 120 điểm cầu", "điểm cầu"),
])
def test_first_head_skips_a_head_that_ends_another_word(phrase, head):
    assert first_head(phrase) == head


@pytest.mark.parametrize("caption", [
    "Kết quả tại bốn xã được chọn làm điểm chuyển đổi số của huyện (số liệu do phòng Văn hóa tổng hợp):",
    "Các xã trọng điểm về chuyển đổi số năm nay:",
    "Số liệu tại thời điểm 30/6 của các xã như sau:",
])
def test_a_compound_s_last_syllable_in_the_caption_does_not_name_the_cells(caption):
    # the header's noun ("Hồ sơ tiếp nhận") names the cells, and a column that names only the verb counts them too
    text = (f"{caption}\nXã\tHồ sơ tiếp nhận\tNộp trực tuyến\tTỷ lệ (%)\n"
            "Xã Một\t1.310\t702\t53,59\nXã Hai\t940\t611\t65,00\n")
    df = _facts(text, ("metric", "value", "scope"))
    assert ("dossiers_online", 702, "Xã Một") in df and ("dossiers_online", 611, "Xã Hai") in df
    assert ("dossiers_received", 940, "Xã Hai") in df


def test_a_long_paragraph_above_a_table_gives_its_noun_only_when_the_header_names_none():
    # the paragraph names a system (and its procedures) in passing; the header's columns say what is counted
    text = ("Số liệu dưới đây được trích từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh lúc 17 giờ ngày "
            "cuối tuần, xếp theo cơ quan, theo thứ tự số hồ sơ tiếp nhận trong tuần từ cao xuống thấp như sau.\n"
            "Cơ quan\tTiếp nhận\tTrực tuyến\tĐã giải quyết\nSở Y tế\t512\t430\t498\nSở Nội vụ\t120\t96\t117\n")
    df = _facts(text, ("metric", "value", "scope"))
    assert ("dossiers_received", 512, "Sở Y tế") in df and ("dossiers_online", 96, "Sở Nội vụ") in df \
        and ("dossiers_resolved", 117, "Sở Nội vụ") in df


@pytest.mark.parametrize("line, expected", [
    ("Tỷ lệ hồ sơ nộp trực tuyến (%): 2021: 25,4; 2022: 38,1; 2023: 52,0",
     [("dossiers_online_pct", 25.4, 2021), ("dossiers_online_pct", 38.1, 2022), ("dossiers_online_pct", 52.0, 2023)]),
    ("Số hồ sơ tiếp nhận: năm 2022: 120.400; năm 2023: 131.050.",
     [("dossiers_received", 120400, 2022), ("dossiers_received", 131050, 2023)]),
    # a footnote's mark after the last value is no value
    ("Dịch vụ công trực tuyến toàn trình (dịch vụ): 2022: 1.020; 2023: 1.150 (2)",
     [("services_full_process", 1020, 2022), ("services_full_process", 1150, 2023)]),
    # "Trong đó," opening a sub-line; the values joined by commas
    ("Trong đó, hồ sơ nộp trực tuyến (hồ sơ): 2022: 40.210, 2023: 61.700",
     [("dossiers_online", 40210, 2022), ("dossiers_online", 61700, 2023)]),
])
def test_a_line_of_an_indicator_s_values_by_year_gives_a_row_per_year(line, expected):
    text = f"Biểu 4. Một số chỉ tiêu chính quyền điện tử của tỉnh giai đoạn 2021-2023\n{line}\nNguồn: Sở Nội vụ.\n"
    df = _facts(text, ("metric", "value", "year", "status"), meta={"published": "2024-05-02"})
    assert df == [(*row, "actual") for row in expected]


@pytest.mark.parametrize("line, expected", [
    # the label a sentence of its own, each period and value a short sentence after it, the run ended by prose
    ("Hình 2. Tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh (đơn vị: %). Năm 2021: 93,5. Năm 2022: 96,8. Nguồn: Sở Nội vụ.",
     [("dossiers_ontime_pct", 93.5, 2021), ("dossiers_ontime_pct", 96.8, 2022)]),
    ("Số hồ sơ nộp trực tuyến qua các năm. 2021: 14.300. 2022: 30.150. 2023: 52.600.",
     [("dossiers_online", 14300, 2021), ("dossiers_online", 30150, 2022), ("dossiers_online", 52600, 2023)]),
    ("Biểu đồ cột: Tỷ lệ hồ sơ trực tuyến (%). Năm 2022: 31,2. Năm 2023: 45,7. Số liệu do Văn phòng tỉnh cung cấp.",
     [("dossiers_online_pct", 31.2, 2022), ("dossiers_online_pct", 45.7, 2023)]),
])
def test_an_indicator_s_values_by_year_in_short_sentences_after_its_label(line, expected):
    df = _facts(f"{line}\n", ("metric", "value", "year", "status"), meta={"published": "2024-05-02"})
    assert df == [(*row, "actual") for row in expected]


def test_series_lines_by_quarter_take_the_year_of_the_caption():
    text = ("Kết quả năm 2024 theo quý:\nHồ sơ tiếp nhận (hồ sơ): Quý I: 10.200; Quý II: 11.450; Quý III: 12.010\n"
            "Tỷ lệ giải quyết đúng hạn (%): Quý I: 97,2; Quý II: 98,0; Quý III: 98,6\n")
    df = _facts(text, ("metric", "value", "year"))
    assert ("dossiers_received", 11450, 2024) in df and ("dossiers_ontime_pct", 98.6, 2024) in df
    assert len(df) == 6


@pytest.mark.parametrize("text", [
    "Năm 2023: 1.200 hồ sơ được tiếp nhận trực tuyến.",  # one period, one value: a sentence
    "Xếp hạng DTI của tỉnh: 2022: 12/63; 2023: 9/63.",  # ranks out of a total stay with the sentence rules
])
def test_a_single_value_or_ranks_are_no_series_table(text):
    assert not any(r.keyed for t in find_tables(text) for r in t.rows)


@pytest.mark.parametrize("caption, lines, metric", [
    ("Biểu đồ 2: Tỷ lệ hồ sơ nộp trực tuyến của tỉnh qua các năm (đơn vị: %)", ["2021: 12,5%", "2022: 30,4%", "2023: 47,9%"],
     "dossiers_online_pct"),
    ("Tỷ lệ giải quyết hồ sơ đúng hạn của tỉnh:", ["- Năm 2021: 95,1%", "- Năm 2022: 96,4%", "- Năm 2023: 98,0%"],
     "dossiers_ontime_pct"),
    ("Hình 3. Số tài khoản thư điện tử công vụ được cấp", ["2021: 4.120", "2022: 5.305", "2023: 6.014 (1)"],
     "email_accounts"),
])
def test_lines_of_a_period_and_its_value_under_a_caption_naming_the_indicator(caption, lines, metric):
    text = "\n".join([caption, *lines, "Nguồn: Sở Thông tin và Truyền thông."])
    df = _facts(text, ("metric", "year", "scope"), meta={"published": "2024-03-01"})
    assert df == [(metric, year, None) for year in (2021, 2022, 2023)]


def test_a_table_s_rate_is_said_for_the_sentences_after_it():
    # the comparison after the period lines compares with the online rate they gave, as after a sentence
    text = ("Tỷ lệ hồ sơ nộp trực tuyến của tỉnh (%):\nNăm 2022: 38,2%\nNăm 2023: 51,6%\n"
            "So với các tỉnh lân cận, tỷ lệ năm 2023 của tỉnh cao hơn tỉnh Quảng Trị (31,4%) và tỉnh Quảng Nam (42,8%).")
    df = _facts(text, ("metric", "value"), meta={"published": "2024-03-01"})
    assert ("dossiers_online_pct", 31.4) in df and ("dossiers_online_pct", 42.8) in df


@pytest.mark.parametrize("label, metric", [
    ("Giải quyết đúng hạn (%)", "dossiers_ontime_pct"),
    ("Giải quyết trước hạn (%)", "dossiers_early_pct"),
    ("Nộp trực tuyến (%)", "dossiers_online_pct"),
])
def test_a_row_of_percentages_labelled_by_what_is_done_to_dossiers(label, metric):
    # the caption names services; the row's own words name the dossiers' rate
    text = ("Bảng 2. Một số chỉ tiêu dịch vụ công của tỉnh\nChỉ tiêu                   2022      2023\n"
            "Dịch vụ toàn trình (dịch vụ)    587       904\n"
            f"{label:<28}    96,10     98,30\n")
    df = _facts(text, ("metric", "value"), meta={"published": "2024-03-01"})
    assert (metric, 96.1) in df and (metric, 98.3) in df and ("services_full_process", 904) in df


@pytest.mark.parametrize("header, metric, year", [
    ("ICT Index 2022", "ict_index_rank", 2022),
    ("Xếp hạng DTI 2023", "dti_rank", 2023),
    ("Chỉ số cải cách hành chính", "par_index_rank", 2024),
])
def test_a_column_naming_a_ranking_holds_each_row_s_rank(header, metric, year):
    text = ("Bảng: kết quả năm 2024 của ba tỉnh (cột cuối là thứ hạng, trên 63 tỉnh, thành phố)\n"
            f"| TT | Tỉnh | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) | {header} |\n|---|---|---|---|---|\n"
            "| 1 | Đồng Tháp | 402.115 | 65,12 | 17/63 |\n| 2 | An Giang | 318.640 | 61,58 | 24/63 |\n")
    rows = _facts(text, ("metric", "value", "year"), meta={"published": "2025-01-10"})
    assert (metric, 17, year) in rows and (metric, 24, year) in rows
    assert ("dossiers_online_pct", 65.12, 2024) in rows  # the other cells keep the caption's year


def test_a_ranking_column_s_place_out_of_another_count_is_no_province_s_rank():
    # a place among a province's districts ("12/15") under a ranking column, as in a sentence, is no rank of ours
    text = ("Bảng: kết quả năm 2022 của tỉnh và hai huyện\n"
            "| Đơn vị | Hồ sơ tiếp nhận | Chỉ số DTI 2022 |\n|---|---|---|\n"
            "| Tỉnh Bình Phước | 402.115 | 17/63 |\n| Huyện Lộc Ninh | 31.640 | 12/15 |\n| Huyện Bù Đốp | 12.310 | 14/15 |\n")
    ranks = [(m, v) for m, v in _facts(text, ("metric", "value"), meta={"published": "2023-02-01"}) if m == "dti_rank"]
    assert ranks == [("dti_rank", 17)]


def test_an_index_edition_in_the_words_above_a_table_dates_no_cell():
    text = ("Số liệu năm 2023 của hai tỉnh. Cột cuối là vị trí trên bảng xếp hạng ICT Index năm 2022.\n"
            "| Tỉnh | Hồ sơ tiếp nhận | Hồ sơ trực tuyến | ICT Index |\n|---|---|---|---|\n"
            "| Đồng Tháp | 402.115 | 261.870 | 17/63 |\n| An Giang | 318.640 | 196.205 | 24/63 |\n")
    assert ("dossiers_received", 402115, 2023) in _facts(text, ("metric", "value", "year"), meta={"published": "2024-02-01"})


@pytest.mark.parametrize("top, low", [
    # the top cell "Hồ sơ" stands over the two empty ones after it: "Hồ sơ Tiếp nhận", "Hồ sơ Trực tuyến"
    ("| Cấp | Hồ sơ | | Tỷ lệ trực tuyến |", "| | Tiếp nhận | Trực tuyến | (%) |"),
    ("| Đơn vị | Số hồ sơ | | Tỷ lệ |", "| | Tiếp nhận | Nộp trực tuyến | trực tuyến (%) |"),
    # the second line names no column, only each column's unit: the cells take both
    ("| Xã | Hồ sơ tiếp nhận | Nộp trực tuyến | Tỷ lệ trực tuyến |", "| Đơn vị | hồ sơ | hồ sơ | % |"),
    ("| Cấp | Tiếp nhận | Trực tuyến | Tỷ lệ |", "| ĐVT | Hồ sơ | Hồ sơ | % |"),
    ("| Địa bàn | Số hồ sơ nhận | Qua mạng | Tỷ lệ qua mạng |", "| | hồ sơ | hồ sơ | % |"),
])
def test_a_header_written_over_two_lines_names_each_cell_by_both(top, low):
    text = (f"Bảng 1. Số liệu quý II năm 2024\n{top}\n{low}\n"
            "| Cấp tỉnh | 48.215 | 39.604 | 82,14 |\n| Cấp xã | 95.402 | 41.118 | 43,10 |\n")
    rows = _facts(text, ("metric", "value", "scope"))
    assert ("dossiers_received", 48215, "Cấp tỉnh") in rows and ("dossiers_online", 41118, "Cấp xã") in rows
    assert ("dossiers_online_pct", 43.1, "Cấp xã") in rows


def test_a_table_whose_header_is_written_without_marks():
    # a spreadsheet pasted as it was saved: the header without Vietnamese marks, cells cut by ';'
    text = ("Bảng số liệu năm 2023 của hai tỉnh:\nTinh;Ho so tiep nhan;Ho so truc tuyen;Ty le truc tuyen (%)\n"
            "Sơn La;284.516;172.309;60,56\nLai Châu;132.750;71.118;53,57\n")
    rows = _facts(text, ("metric", "value"))
    assert ("dossiers_received", 284516) in rows and ("dossiers_online", 71118) in rows
    assert ("dossiers_online_pct", 53.57) in rows


@pytest.mark.parametrize("legend", [
    "Cột (1): số thứ tự; cột (2): tên chỉ tiêu; cột (3): thực hiện năm 2023; cột (4), (5): chỉ tiêu năm 2024, năm 2025.",
    "Ghi chú các cột: cột (1): STT; cột (2): chỉ tiêu; cột (3): thực hiện năm 2023; cột (4) và (5): chỉ tiêu năm 2024, 2025.",
])
def test_a_header_of_column_numbers_is_named_by_the_legend_above_it(legend):
    text = (f"BẢNG CHỈ TIÊU\n{legend}\n(1) – (2) – (3) – (4) – (5)\n"
            "1 – Tỷ lệ hồ sơ được nộp trực tuyến (%) – 63,00 – 70 – 80\n"
            "2 – Tỷ lệ hồ sơ giải quyết đúng hạn (%) – 98,6 – 99 – 99,5\n")
    rows = _facts(text, ("metric", "value", "year", "status"), meta={"published": "2024-01-19"})
    assert ("dossiers_online_pct", 63.0, 2023, "actual") in rows and ("dossiers_online_pct", 80, 2025, "target") in rows
    assert ("dossiers_ontime_pct", 99, 2024, "target") in rows


@pytest.mark.parametrize("label", ["Điểm Ia Tơk (cũ)", "Điểm Chư Sê", "Trạm Bản Lầu"])
def test_a_row_label_naming_a_place_is_the_row_s_scope_not_what_it_counts(label):
    # "điểm" also counts points: followed by a proper name it is a service point, the row's unit
    text = ("Bảng 2. Hồ sơ tiếp nhận năm 2025\n| TT | Nơi tiếp nhận | Tiếp nhận | Trực tuyến |\n"
            f"| 1 | Trụ sở xã | 1.800 | 1.300 |\n| 2 | {label} | 1.020 | 640 |\n")
    assert facts(text) == [("dossiers_received", 1800, "Trụ sở xã"), ("dossiers_online", 1300, "Trụ sở xã"),
                           ("dossiers_received", 1020, label), ("dossiers_online", 640, label)]


@pytest.mark.parametrize("row,metric", [
    ("| Giải quyết đúng hạn (%) | 97,4 | 98,2 |", "dossiers_ontime_pct"),
    ("| Nộp trực tuyến (%) | 61,3 | 66,8 |", "dossiers_online_pct"),
    ("| Giải quyết trước và đúng hạn (%) | 97,4 | 98,2 |", "dossiers_ontime_pct"),
])
def test_a_pipe_row_whose_label_names_what_is_done_to_dossiers_in_percent_names_its_rate(row, metric):
    # the row's opening rule "|" is none of its label's words
    text = ("Kết quả hai quý đầu năm 2024:\n| Chỉ tiêu | Quý I | Quý II |\n|---|---|---|\n"
            f"| Hồ sơ tiếp nhận | 20.450 | 22.310 |\n{row}")
    found = facts(text, ("metric", "period"))
    assert found[2:] == [(metric, "Quý I"), (metric, "Quý II")]


@pytest.mark.parametrize("text", [
    ("Bảng: hồ sơ của tỉnh theo năm\n| Năm | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) |\n|---|---|---|\n"
     "| 2021 | 90.120 | 31,5 |\n| 2022 | 97.480 | 44,2 |"),
    ("Bảng: hồ sơ của tỉnh theo năm\nNăm     Hồ sơ tiếp nhận     Tỷ lệ trực tuyến (%)\n"
     "2021    90.120              31,5\n2022    97.480              44,2"),
])
def test_rows_labelled_by_a_bare_year_are_that_years_figures(text):
    # each line is a year, the columns the indicators
    assert facts(text, ("metric", "value", "year")) == [
        ("dossiers_received", 90120.0, 2021), ("dossiers_online_pct", 31.5, 2021),
        ("dossiers_received", 97480.0, 2022), ("dossiers_online_pct", 44.2, 2022)]


@pytest.mark.parametrize("text", [
    ("Số liệu theo đơn vị:\nDon_vi;Ky_so_lieu;Ho_so_tiep_nhan;Ty_le_truc_tuyen_pct\n"
     "Tỉnh Gia Lai;01/7/2025–30/9/2025;150.200;71,5\nTỉnh Bình Định (cũ);6 tháng đầu năm 2025;120.400;66,2"),
    ("Số liệu theo đơn vị:\n| Đơn vị | Kỳ số liệu | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) |\n|---|---|---|---|\n"
     "| Tỉnh Gia Lai | 01/7/2025–30/9/2025 | 150.200 | 71,5 |\n| Tỉnh Bình Định (cũ) | 6 tháng đầu năm 2025 | 120.400 | 66,2 |"),
])
def test_a_period_column_after_the_label_is_the_rows_period_and_a_former_province_row_its_own(text):
    # the period cell is no value; "Tỉnh Bình Định (cũ)" is the former province's row
    assert _facts(text, ("metric", "value", "province", "year"), {"published": "2025-10-06"}) == [
        ("dossiers_received", 150200, "Gia Lai", 2025), ("dossiers_online_pct", 71.5, "Gia Lai", 2025),
        ("dossiers_received", 120400, "Bình Định", 2025), ("dossiers_online_pct", 66.2, "Bình Định", 2025)]


def test_sub_headings_between_rows_group_them_and_a_plan_group_holds_targets():
    # a report form: its legend names the columns; "Phần B …" lines group the rows, a plan's group holds targets
    text = ("Báo cáo 6 tháng đầu năm 2024\nPhần A. Dịch vụ công (mã chỉ tiêu – tên chỉ tiêu – đơn vị tính – số liệu)\n"
            "A01 – Tổng số dịch vụ công trực tuyến đang cung cấp – dịch vụ – 1.650\n"
            "A02 – Số thủ tục hành chính công bố – thủ tục – 1.890\n"
            "Phần B. Hồ sơ thủ tục hành chính\n"
            "B01 – Tổng số hồ sơ tiếp nhận trong kỳ – hồ sơ – 88.100\n"
            "Phần C. Chỉ tiêu kế hoạch năm 2024\n"
            "C01 – Tỷ lệ hồ sơ trực tuyến phấn đấu đến cuối năm – % – 75")
    assert _facts(text, ("value", "status"), {"published": "2024-07-10"}) == [
        (1650, "actual"), (1890, "actual"), (88100, "actual"), (75, "target")]


@pytest.mark.parametrize("caption", [
    # a heading naming what is counted, then a line saying where the cells come from
    "II. HỒ SƠ NỘP TRỰC TUYẾN TẠI CÁC XÃ THEO QUÝ\nSố liệu được trích từ Hệ thống thông tin giải quyết thủ tục hành "
    "chính của tỉnh, chốt ngày 30/9/2024:",
    "Hồ sơ nộp trực tuyến của các xã\nDữ liệu được kết xuất từ phần mềm một cửa điện tử:",
    # the caption itself naming it
    "Bảng 2. Hồ sơ nộp trực tuyến tại các xã theo từng quý",
])
def test_columns_that_only_name_periods_leave_what_is_counted_to_the_caption(caption):
    text = f"{caption}\n| Xã | Quý I | Quý II | Quý III |\n| Bình Lư | 412 | 468 | 531 |\n| Bản Bo | 186 | 203 | 244 |\n"
    rows = _facts(text, ("metric", "value", "scope"))
    assert ("dossiers_online", 412, "Bình Lư") in rows and ("dossiers_online", 244, "Bản Bo") in rows
    assert {m for m, _, _ in rows} == {"dossiers_online"}


@pytest.mark.parametrize("rows", [
    # a yearbook's lines: indicator – unit – one value per year, cut by spaced dashes
    "Hồ sơ thủ tục hành chính tiếp nhận – Hồ sơ – 402.318 – 438.905\nTỷ lệ hồ sơ nộp trực tuyến – % – 42,66 – 57,90",
    # numbered indicators, an em dash
    "1. Hồ sơ thủ tục hành chính tiếp nhận — Hồ sơ — 402.318 — 438.905\n2. Tỷ lệ hồ sơ nộp trực tuyến — % — 42,66 — 57,90",
])
def test_a_table_cut_by_spaced_dashes_with_years_as_columns(rows):
    header = "Chỉ tiêu – Đơn vị – 2023 – 2024" if "—" not in rows else "Chỉ tiêu — Đơn vị — 2023 — 2024"
    text = f"Biểu 12.07. Một số chỉ tiêu chủ yếu về chính quyền điện tử\n{header}\n{rows}\n"
    rows_out = _facts(text, ("metric", "value", "year"))
    assert ("dossiers_received", 402318, 2023) in rows_out and ("dossiers_received", 438905, 2024) in rows_out
    assert ("dossiers_online_pct", 57.9, 2024) in rows_out


@pytest.mark.parametrize("caption", [
    "Bảng tổng hợp kết quả giải quyết TTHC quý III/2025",
    "Kết quả giải quyết thủ tục hành chính của các huyện",
])
def test_a_caption_naming_the_results_of_handling_leaves_the_noun_to_the_header(caption):
    # the caption names a report ("kết quả giải quyết"), the header's "Hồ sơ tiếp nhận" the noun of every process column
    text = (f"{caption}\nĐơn vị; Hồ sơ tiếp nhận; Nộp trực tuyến; Đã giải quyết; Đúng hạn (%)\n"
            "Huyện A; 15.180; 12.211; 14.725; 98,41\nHuyện B; 3.841; 2.730; 3.700; 97,18\n")
    rows = _facts(text, ("metric", "value"))
    assert {("dossiers_received", 15180), ("dossiers_online", 12211), ("dossiers_resolved", 14725),
            ("dossiers_ontime_pct", 98.41)} <= set(rows)


@pytest.mark.parametrize("caption", [
    "Bảng so sánh (6 tháng đầu năm 2019; đơn vị: hồ sơ; Trung tâm tỉnh – Cấp huyện):",
    "Số liệu hai cấp (chốt ngày 30/6; thứ tự: cấp tỉnh – cấp huyện)",
])
def test_rows_naming_what_is_done_to_dossiers_under_columns_of_units_are_indicator_rows(caption):
    # the caption names its columns in parentheses after notes holding dates; the rows name the dossiers' process
    text = f"{caption}\nTiếp nhận: 18.426 – 52.718\nĐã giải quyết: 17.903 – 51.064\nNộp qua mạng: 3.412 – 1.287\n"
    assert [(m, v) for m, v, _ in facts(text)] == [
        ("dossiers_received", 18426), ("dossiers_received", 52718), ("dossiers_resolved", 17903),
        ("dossiers_resolved", 51064), ("dossiers_online", 3412), ("dossiers_online", 1287)]


@pytest.mark.parametrize("header,rows,expected", [
    # years named as "Năm …" between en dashes; counts, then a percentage row with its unit in the label
    ("Nội dung – Năm 2019 – Năm 2021",
     ["Thủ tục tiếp nhận hồ sơ trực tuyến (thủ tục) – 140 – 655", "Tỷ lệ hồ sơ nộp qua mạng (%) – 3,5% – 41,2%"],
     [("dossiers_online_pct", 3.5, 2019), ("dossiers_online_pct", 41.2, 2021)]),
    # em dashes, a unit column between the label and the years
    ("Chỉ tiêu — Đơn vị — Năm 2016 — Năm 2020",
     ["Hồ sơ tiếp nhận — hồ sơ — 41.300 — 96.520", "Tài khoản thư điện tử — tài khoản — 1.210 — 6.045"],
     [("dossiers_received", 41300, 2016), ("dossiers_received", 96520, 2020),
      ("email_accounts", 1210, 2016), ("email_accounts", 6045, 2020)]),
    # three periods, the first cell of a row left empty with a dash
    ("Chỉ số – Năm 2018 – Năm 2019 – Năm 2020",
     ["Hồ sơ trực tuyến (hồ sơ) – 2.105 – 9.870 – 20.114", "Hồ sơ đã giải quyết (hồ sơ) – – – 19.602"],
     [("dossiers_online", 2105, 2018), ("dossiers_online", 9870, 2019), ("dossiers_online", 20114, 2020),
      ("dossiers_resolved", 19602, 2020)]),
])
def test_a_header_cut_by_spaced_dashes_names_its_columns_in_words(header, rows, expected):
    """"Chỉ tiêu – Năm 2014 – Năm 2023" over "Hồ sơ nộp trực tuyến – 312 – 241.806": the header's cells are words,
    cut at every spaced dash; each row's numbers fall under its columns and take their years."""
    text = "Kết quả giai đoạn vừa qua của tỉnh như sau:\n" + "\n".join([header, *rows]) + "\n"
    got = [t for t in _facts(text, ("metric", "value", "year")) if t[0] in {e[0] for e in expected}]
    assert got == expected


def test_a_sentence_with_two_spaced_dashes_is_no_header():
    """An aside between dashes in prose ("ông A – Giám đốc Sở – cho biết") cuts no columns."""
    text = ("Ông Nguyễn Văn A – Giám đốc Sở Thông tin và Truyền thông – cho biết năm 2020 tỉnh tiếp nhận 12.400 hồ sơ.\n"
            "Trong đó 3.100 hồ sơ nộp trực tuyến.\n")
    assert not find_tables(text)
    assert ("dossiers_received", 12400) in [t[:2] for t in facts(text)]


@pytest.mark.parametrize("header", ["Chỉ tiêu – Năm trước – Năm nay", "Nội dung | Năm ngoái | Năm nay"])
def test_columns_named_last_year_and_this_year_are_dated_from_the_table_s_year(header):
    text = (f"Kết quả năm 2023 như sau:\n{header}\n"
            + ("Hồ sơ tiếp nhận – 284.317 – 301.962\nHồ sơ nộp trực tuyến – 98.406 – 176.245\n" if "–" in header
               else "Hồ sơ tiếp nhận | 284.317 | 301.962\nHồ sơ nộp trực tuyến | 98.406 | 176.245\n"))
    got = _facts(text, ("metric", "value", "year"), {"published": "2023-12-20"})
    assert got == [("dossiers_received", 284317, 2022), ("dossiers_received", 301962, 2023),
                   ("dossiers_online", 98406, 2022), ("dossiers_online", 176245, 2023)]


@pytest.mark.parametrize("header", [
    "Kết quả quý III theo cấp (các cột lần lượt là hồ sơ tiếp nhận, hồ sơ trực tuyến và tỷ lệ trực tuyến; đơn vị: hồ sơ, "
    "cột cuối tính bằng %):",
    "Số liệu năm 2021 (lần lượt: hồ sơ tiếp nhận, hồ sơ trực tuyến, tỷ lệ trực tuyến):",
])
def test_columns_named_in_order_after_a_respectively_marker(header):
    text = (f"{header}\nCấp tỉnh: 12.406 – 5.210 – 42,0.\nCấp huyện: 30.118 – 6.024 – 20,0.\n"
            "Cấp xã: 51.300 – 2.565 – 5,0.\n")
    got = facts(text, ("metric", "value", "scope"))
    assert got == [("dossiers_received", 12406.0, "Cấp tỉnh"), ("dossiers_online", 5210.0, "Cấp tỉnh"),
                   ("dossiers_online_pct", 42.0, "Cấp tỉnh"), ("dossiers_received", 30118.0, "Cấp huyện"),
                   ("dossiers_online", 6024.0, "Cấp huyện"), ("dossiers_online_pct", 20.0, "Cấp huyện"),
                   ("dossiers_received", 51300.0, "Cấp xã"), ("dossiers_online", 2565.0, "Cấp xã"),
                   ("dossiers_online_pct", 5.0, "Cấp xã")]



def test_columns_named_in_order_in_the_sentence_above_the_rows():
    text = ("Số liệu của ba huyện. Mỗi dòng dưới đây ghi lần lượt số hồ sơ tiếp nhận – số hồ sơ nộp trực tuyến – tỷ lệ hồ "
            "sơ trực tuyến:\nHuyện A: 10.200 – 3.060 – 30%;\nHuyện B: 8.000 – 800 – 10%;\nHuyện C: 2.500 – 25 – 1%.\n")
    got = facts(text, ("metric", "value", "scope"))
    assert got == [("dossiers_received", 10200.0, "Huyện A"), ("dossiers_online", 3060.0, "Huyện A"),
                   ("dossiers_online_pct", 30.0, "Huyện A"), ("dossiers_received", 8000.0, "Huyện B"),
                   ("dossiers_online", 800.0, "Huyện B"), ("dossiers_online_pct", 10.0, "Huyện B"),
                   ("dossiers_received", 2500.0, "Huyện C"), ("dossiers_online", 25.0, "Huyện C"),
                   ("dossiers_online_pct", 1.0, "Huyện C")]


@pytest.mark.parametrize("text,expected", [
    # a column naming only a bare head ("dịch vụ") reads with the noun the words above say in full
    ("Năm 2016, các thủ tục cho nộp hồ sơ qua mạng được tính là dịch vụ công trực tuyến; bảng dưới đây ghi số dịch vụ "
     "đó theo cấp.\nCấp | Tổng số dịch vụ | Mức độ 3 | Mức độ 4\nSở, ngành | 942 | 210 | 35\nHuyện | 318 | 40 | 9\n",
     [("services_total", 942, "Sở, ngành"), ("services_level3", 210, "Sở, ngành"), ("services_level4", 35, "Sở, ngành"),
      ("services_total", 318, "Huyện"), ("services_level3", 40, "Huyện"), ("services_level4", 9, "Huyện")]),
    ("Số dịch vụ công trực tuyến của từng khối năm 2020:\nKhối | Số dịch vụ | Mức độ 4\nKhối tỉnh | 1.120 | 260\n"
     "Khối huyện | 405 | 72\n",
     [("services_total", 1120, "Khối tỉnh"), ("services_level4", 260, "Khối tỉnh"),
      ("services_total", 405, "Khối huyện"), ("services_level4", 72, "Khối huyện")]),
])
def test_a_bare_head_column_reads_with_the_noun_said_in_full_above(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two columns cut by bars, an indicator per row, thousands set off by spaces in the cells
    ("Kết quả chính của năm 2020:\nChỉ tiêu | Kết quả\nHồ sơ tiếp nhận | 84 120\nHồ sơ nộp trực tuyến | 12 604\n"
     "Tỷ lệ hồ sơ nộp trực tuyến | 14,98%\n",
     [("dossiers_received", 84120), ("dossiers_online", 12604), ("dossiers_online_pct", 14.98)]),
    ("Số liệu đến hết năm 2021\nNội dung | Số liệu\nThủ tục hành chính của tỉnh | 1 702\n"
     "Dịch vụ công trực tuyến mức độ 4 | 215\nTài khoản thư điện tử công vụ | 5 930\n",
     [("procedures_total", 1702), ("services_level4", 215), ("email_accounts", 5930)]),
    ("Bảng tóm tắt năm 2019\nChỉ tiêu | Giá trị\nHồ sơ đã giải quyết | 61.384\nTỷ lệ giải quyết đúng hạn | 98,1%\n",
     [("dossiers_resolved", 61384), ("dossiers_ontime_pct", 98.1)]),
])
def test_a_two_column_table_cut_by_bars_names_one_indicator_per_row(text, expected):
    assert [(m, v) for m, v, _ in facts(text)] == expected


def test_two_cells_cut_by_bars_need_two_rows_and_a_header_of_words():
    assert find_tables("Chỉ tiêu | Kết quả\nHồ sơ tiếp nhận | 84 120\n") == []  # one row: no table
    assert find_tables("Hồ sơ tiếp nhận | 84 120\nHồ sơ nộp trực tuyến | 12 604\nTỷ lệ | 15%\n") == []  # a number's header


def test_numbered_sub_rows_are_rows_and_know_their_parent():
    text = ("Bảng tổng hợp:\nTT | Nội dung | Kết quả\n1 | Hồ sơ tiếp nhận | 9.120\n1.1 | Qua mạng | 2.300\n"
            "1.2 | Trực tiếp | 6.820\n2 | Hồ sơ đã giải quyết | 8.950\n2.1 | Đúng hạn | 8.700\n")
    (table,) = find_tables(text)
    assert [(r.label, r.parent) for r in table.rows] == [
        ("Hồ sơ tiếp nhận", ""), ("Qua mạng", "Hồ sơ tiếp nhận"), ("Trực tiếp", "Hồ sơ tiếp nhận"),
        ("Hồ sơ đã giải quyết", ""), ("Đúng hạn", "Hồ sơ đã giải quyết")]


@pytest.mark.parametrize("text, expected", [
    # a caption naming where the table went (a meeting), over columns of the dossier flow: the cells count dossiers
    ("Năm 2022, số liệu trình bày tại cuộc họp giao ban quý IV như sau:\nĐơn vị | Tiếp nhận | Trực tuyến | Tỷ lệ\n"
     "Cấp tỉnh | 21.400 | 5.350 | 25%\nCấp huyện | 40.120 | 4.012 | 10%\n",
     [("dossiers_received", 21400), ("dossiers_online", 5350), ("dossiers_online_pct", 25),
      ("dossiers_received", 40120), ("dossiers_online", 4012), ("dossiers_online_pct", 10)]),
    ("Năm 2022, bảng dưới đây được gửi tới phiên họp thành viên UBND tỉnh:\nĐơn vị | Tiếp nhận | Đã giải quyết\n"
     "Sở A | 3.210 | 3.190\nSở B | 1.804 | 1.800\n",
     [("dossiers_received", 3210), ("dossiers_resolved", 3190), ("dossiers_received", 1804),
      ("dossiers_resolved", 1800)]),
])
def test_a_caption_naming_another_noun_yields_to_columns_of_the_dossier_flow(text, expected):
    assert [(m, v) for m, v, _ in facts(text)] == expected
