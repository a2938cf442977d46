"""Frames: lists whose items share what their header says. Sentences written for these tests."""
from __future__ import annotations

import pytest

from figure_fixtures import facts
from analysis.figures.extract import extract_text
from analysis.figures.frames import inherit, list_frames
from analysis.text.clean import fold




def items_of(text: str) -> list[list[str]]:
    folded = fold(text)
    return [[text[a:b].strip() for a, b in f.items] for f in list_frames(folded, 0, len(folded))]


@pytest.mark.parametrize("text,items", [
    ("Trong 120 dịch vụ mức độ 4 có: 40 dịch vụ của ngành Y tế; 80 dịch vụ của ngành Xây dựng.",
     [["40 dịch vụ của ngành Y tế", "80 dịch vụ của ngành Xây dựng"]]),
    ("Tiếp nhận 900 hồ sơ (trực tuyến 300 hồ sơ, trực tiếp 600 hồ sơ).",
     [["trực tuyến 300 hồ sơ", "trực tiếp 600 hồ sơ"]]),
    ("Đã giải quyết 2,5 triệu hồ sơ, bao gồm hơn 1,2 triệu hồ sơ trực tuyến và 1,3 triệu hồ sơ trực tiếp.",
     [["hơn 1,2 triệu hồ sơ trực tuyến", "1,3 triệu hồ sơ trực tiếp"]]),
    # a spaced dash between a number and the next label separates items; a range keeps its dash
    ("Chia theo khối: khối tỉnh 88,1% – khối huyện 70,4% — khối xã 51%.",
     [["khối tỉnh 88,1%", "khối huyện 70,4%", "khối xã 51%"]]),
    ("Mục tiêu: cấp tỉnh 80 - 85%, cấp xã 60%.", [["cấp tỉnh 80 - 85%", "cấp xã 60%"]]),
    # 'và' between two names, each with its number in parentheses, separates items
    ("Dẫn đầu các phường: Đông Hải (1.015), Tân Phú (870) và Mỹ Xuyên (652).",
     [["Đông Hải (1.015)", "Tân Phú (870)", "Mỹ Xuyên (652)"]]),
])
def test_list_items_are_split_at_their_own_separators(text, items):
    assert items_of(text) == items


@pytest.mark.parametrize("text,items", [
    # a ';' piece whose comma parts each hold a number, all counts or all shares, is a list of its own
    ("Số dịch vụ mức độ 3 chia theo ngành như sau: y tế 31 dịch vụ, tư pháp 18, xây dựng 12; tổng cộng 61 dịch vụ.",
     [["y tế 31 dịch vụ", "tư pháp 18", "xây dựng 12", "tổng cộng 61 dịch vụ"]]),
    ("Tỷ lệ trực tuyến theo khối: khối tỉnh 81%, khối huyện 64%; riêng khối xã 40%.",
     [["khối tỉnh 81%", "khối huyện 64%", "riêng khối xã 40%"]]),
    # a count and its share stay one item; so do a count and the continuation of its item
    ("Theo mức độ: mức độ 3 có 2.100 hồ sơ, chiếm 12%; mức độ 4 chỉ có 480 hồ sơ, vỏn vẹn 2,7%.",
     [["mức độ 3 có 2.100 hồ sơ, chiếm 12%", "mức độ 4 chỉ có 480 hồ sơ, vỏn vẹn 2,7%"]]),
    ("Kết quả: năm 2023 có 7.120 hộp thư và khoảng 70%; năm 2022 là 6.400 hộp thư và khoảng 58%.",
     [["năm 2023 có 7.120 hộp thư và khoảng 70%", "năm 2022 là 6.400 hộp thư và khoảng 58%"]]),
])
def test_a_semicolon_piece_that_is_a_list_of_its_own_is_split_into_items(text, items):
    assert items_of(text) == items


@pytest.mark.parametrize("text,expected", [
    # a bare labelled item after a sibling count of services reads as the header and the sibling do
    ("Số dịch vụ công trực tuyến mức độ 4 chia theo lĩnh vực như sau: đất đai 44 dịch vụ, hộ tịch 19, các lĩnh vực "
     "khác 210; tổng cộng 273 dịch vụ mức độ 4.",
     [("services_level4", 44), ("services_level4", 19), ("services_level4", 210), ("services_level4", 273)]),
    ("Số dịch vụ mức độ 3 của các ngành: giáo dục 25 dịch vụ, văn hóa 17, nông nghiệp 30.",
     [("services_level3", 25), ("services_level3", 17), ("services_level3", 30)]),
])
def test_bare_items_after_a_sibling_count_of_services_take_the_header(text, expected):
    assert facts(text) == expected


def test_a_label_colon_and_a_single_share_are_not_lists():
    assert items_of("Số hồ sơ trễ hạn là: 45 hồ sơ.") == []
    assert items_of("Giải quyết 1.000 hồ sơ (đạt 97%).") == []


def test_and_inside_an_item_does_not_split_it():
    assert items_of("Trong đó, có 700 hồ sơ giải quyết đúng và trước hạn (đạt 99%), có 3 hồ sơ trễ hạn.") == [
        ["có 700 hồ sơ giải quyết đúng và trước hạn (đạt 99%)", "có 3 hồ sơ trễ hạn"]]


@pytest.mark.parametrize("own,header,expected", [
    ("services_total", "services_level4", "services_level4"),
    ("procedures_total", "services_level3", "services_level3"),
    ("services_total", "services_level4_pct", "services_total"),
    ("dossiers_online", "dossiers_received", "dossiers_online"),
    (None, "services_level4", None),
])
def test_inherit_takes_the_header_metric_only_for_a_generic_item(own, header, expected):
    assert inherit(own, header) == expected


def test_items_of_a_level_header_take_its_level_and_their_field_as_scope():
    text = ("Năm 2023, trong 150 dịch vụ công trực tuyến mức độ 4 có: 60 dịch vụ công của lĩnh vực Đất đai; "
            "90 dịch vụ công của lĩnh vực Tư pháp.")
    assert facts(text, ("metric", "value", "scope")) == [
        ("services_level4", 150, None), ("services_level4", 60, "lĩnh vực Đất đai"),
        ("services_level4", 90, "lĩnh vực Tư pháp")]


def test_items_of_a_plan_are_planned_and_equal_values_stay_apart():
    text = ("Tỉnh sẽ nâng cấp 50 dịch vụ công trực tuyến lên mức độ 4, gồm: 25 dịch vụ của Sở Tài chính; "
            "25 dịch vụ của Sở Nội vụ.")
    rows = facts(text, ("metric", "value", "status"))
    assert rows == [("services_level4", 50, "target"), ("services_level4", 25, "target"),
                    ("services_level4", 25, "target")]


def test_per_agency_counts_in_parentheses_are_rows_with_the_agency():
    text = "Các đơn vị tiếp nhận nhiều hồ sơ gồm: UBND huyện Đông Hải (1.200 hồ sơ), UBND huyện Tây Sơn (950 hồ sơ)."
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_received", 1200, "UBND huyện Đông Hải"), ("dossiers_received", 950, "UBND huyện Tây Sơn")]


@pytest.mark.parametrize("text", [
    "Tổng số hồ sơ cần giải quyết là 5.000 hồ sơ; trong đó 4.800 hồ sơ tiếp nhận mới, 200 hồ sơ kỳ trước chuyển sang.",
    "Số hồ sơ phải giải quyết trong quý là 5.000 hồ sơ (gồm 200 hồ sơ tồn kỳ trước và 4.800 hồ sơ mới tiếp nhận).",
])
def test_a_workload_with_carried_over_parts_is_neither_received_nor_resolved(text):
    metrics = dict((v, m) for m, v in facts(text))
    assert metrics[5000] == "dossiers_handled_total"
    assert metrics[200] == "dossiers_carried_over"


def test_received_total_with_carried_over_part_stays_received():
    text = "Đã tiếp nhận 5.000 hồ sơ, gồm: 4.800 hồ sơ tiếp nhận mới; 200 hồ sơ từ kỳ trước chuyển qua."
    assert facts(text)[0] == ("dossiers_received", 5000)


def test_a_restated_figure_keeps_the_status_of_its_full_statement():
    text = ("Tỉnh dự kiến nâng cấp 80 dịch vụ công trực tuyến lên mức độ 4 trong năm 2024.\n\n"
            "Cụ thể, trong 80 dịch vụ công trực tuyến mức độ 4, có: 30 dịch vụ của ngành Công Thương; "
            "50 dịch vụ của ngành Nông nghiệp.")
    assert {s for m, v, s in facts(text, ("metric", "value", "status"))} == {"target"}


@pytest.mark.parametrize("text,expected", [
    ("Các thủ tục đang áp dụng: 900 thủ tục (cấp tỉnh 700; cấp huyện 150; cấp xã 50).",
     [("procedures_total", 900, None), ("procedures_total", 700, "cấp tỉnh"),
      ("procedures_total", 150, "cấp huyện"), ("procedures_total", 50, "cấp xã")]),
    ("Năm 2021 tiếp nhận 4.000 hồ sơ, gồm: cấp tỉnh 3.000, cấp huyện 1.000.",
     [("dossiers_received", 4000, None), ("dossiers_received", 3000, "cấp tỉnh"),
      ("dossiers_received", 1000, "cấp huyện")]),
])
def test_a_part_with_no_noun_takes_its_headers_noun(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,metric", [
    ("- Tài khoản thư điện tử công vụ đã cấp: hơn 9.000 tài khoản", "email_accounts"),
    ("- Giải quyết trước và đúng hạn: 96,5%", "dossiers_ontime_pct"),
    ("Văn bản điện tử trao đổi giữa các cơ quan: 88%", "edocs_pct"),
])
def test_a_label_line_names_what_its_value_counts(text, metric):
    assert facts(text)[0][0] == metric


def test_an_item_naming_only_its_level_takes_its_siblings_kind():
    text = "Đã tiếp nhận 9.000 hồ sơ, trong đó 2.000 hồ sơ nộp trực tuyến mức độ 3 và 1.500 hồ sơ mức độ 4."
    assert facts(text) == [("dossiers_received", 9000), ("dossiers_online_level3", 2000),
                           ("dossiers_online_level4", 1500)]


def test_separators_inside_parentheses_do_not_split_the_outer_list():
    assert items_of("Số thủ tục: 500 thủ tục (cấp tỉnh 400; cấp xã 100).") == [["cấp tỉnh 400", "cấp xã 100"]]


def test_names_with_values_in_parentheses_are_a_list_and_equal_values_stay_apart():
    text = "Tỷ lệ hồ sơ trực tuyến năm 2022 cao ở các lĩnh vực đất đai (trên 70%), xây dựng (trên 70%), tư pháp (64%)."
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_online_pct", 70, None),
        ("dossiers_online_pct", 70, "xây dựng"), ("dossiers_online_pct", 64, "tư pháp")]


def test_a_name_value_list_after_a_rate_in_the_sentence_before_continues_it():
    text = ("Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt 55%. "
            "Thấp nhất là huyện Mỹ Lộc (21,4%) và huyện Vụ Bản (23%) do hạ tầng còn hạn chế.")
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_online_pct", 55, None), ("dossiers_online_pct", 21.4, "huyện Mỹ Lộc"),
        ("dossiers_online_pct", 23, "huyện Vụ Bản")]


def test_counts_with_a_share_in_parentheses_are_not_a_name_list():
    assert items_of("Tiếp nhận 500 hồ sơ (tăng 10%), giải quyết 480 hồ sơ (đạt 96%).") == []


def test_a_bare_noun_item_takes_the_list_noun_at_its_own_level_and_its_siblings_scope():
    text = ("Trong đó: số dịch vụ công trực tuyến cấp tỉnh đã cung cấp là 90 dịch vụ (mức độ 3); "
            "15 dịch vụ (mức độ 4); số dịch vụ công trực tuyến cấp xã là 40 dịch vụ (mức độ 3).")
    assert facts(text, ("metric", "value", "scope")) == [
        ("services_level3", 90, "cấp tỉnh"), ("services_level4", 15, "cấp tỉnh"), ("services_level3", 40, "cấp xã")]


def test_a_level_list_inside_an_item_does_not_split_it():
    text = "Tỉnh cung cấp 1.500 dịch vụ công trực tuyến, trong đó có 600 dịch vụ đạt mức độ 3, mức độ 4."
    assert items_of(text) == [["có 600 dịch vụ đạt mức độ 3, mức độ 4"]]
    assert facts(text) == [("services_total", 1500), ("services_level34", 600)]


@pytest.mark.parametrize("text,expected", [
    # roman numerals list levels as digits do
    ("Năm 2021 tỉnh nhận 300.000 hồ sơ, trong đó 45.000 hồ sơ nộp trực tuyến mức độ III, IV (15%).",
     [("dossiers_received", 300000), ("dossiers_online", 45000), ("dossiers_online_pct", 15)]),
    ("Tỉnh có 1.200 dịch vụ công, trong đó 420 dịch vụ mức độ III, IV và 780 dịch vụ mức độ II.",
     [("services_total", 1200), ("services_level34", 420), ("services_level2", 780)]),
])
def test_a_roman_level_list_inside_an_item_does_not_split_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level and a copula right before the number label it, whatever the subject before them
    ("Năm 2020, số thủ tục được cung cấp trực tuyến mức độ III là 302 thủ tục, mức độ IV là 148 thủ tục.",
     [("services_level3", 302), ("services_level4", 148)]),
    ("Năm 2020, số TTHC đưa lên Cổng ở mức độ 4 là 95 thủ tục.", [("services_level4", 95)]),
])
def test_a_level_then_a_copula_labels_the_number(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a total after counts at different levels that adds them up counts what they do together
    ("Năm 2021, hồ sơ trực tuyến mức độ 3 là 12.000 hồ sơ, mức độ 4 là 3.500 hồ sơ, tổng cộng 15.500 hồ sơ, "
     "chiếm 21% tổng số hồ sơ.",
     [("dossiers_online_level3", 12000), ("dossiers_online_level4", 3500), ("dossiers_online", 15500),
      ("dossiers_online_pct", 21)]),
    ("Năm 2021, tỉnh có 380 dịch vụ mức độ 3 và 95 dịch vụ mức độ 4, cộng 475 dịch vụ.",
     [("services_level3", 380), ("services_level4", 95), ("services_level34", 475)]),
    # a "total" that does not add the parts up is read as its own words say
    ("Năm 2021, hồ sơ trực tuyến mức độ 3 là 12.000 hồ sơ, mức độ 4 là 3.500 hồ sơ, tổng số 72.000 hồ sơ tiếp nhận.",
     [("dossiers_online_level3", 12000), ("dossiers_online_level4", 3500), ("dossiers_received", 72000)]),
])
def test_a_total_that_adds_up_level_parts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # parts of the 2022 vocabulary add up too: fully and partly online services are the online services
    ("Năm 2023, huyện cung cấp 140 dịch vụ toàn trình và 60 dịch vụ một phần, tổng cộng 200 dịch vụ.",
     [("services_full_process", 140), ("services_partial", 60), ("services_total", 200)]),
    # … and dossiers: their share after a sum word is the share of all online dossiers
    ("Năm 2023, xã nhận 9.000 hồ sơ, gồm 1.500 hồ sơ trực tuyến toàn trình và 1.200 hồ sơ trực tuyến một phần, "
     "tổng cộng đạt 30%.",
     [("dossiers_received", 9000), ("dossiers_full_process", 1500), ("dossiers_partial", 1200),
      ("dossiers_online_pct", 30)]),
    # "cộng lại", "gộp lại" add up as "tổng cộng" does
    ("Năm 2019, tỉnh có 410 dịch vụ mức độ 3 và 125 dịch vụ mức độ 4, cộng lại 535 dịch vụ.",
     [("services_level3", 410), ("services_level4", 125), ("services_level34", 535)]),
    ("Năm 2023, có 70 dịch vụ một phần, 30 dịch vụ toàn trình, gộp lại là 100 dịch vụ.",
     [("services_partial", 70), ("services_full_process", 30), ("services_total", 100)]),
    # a number after the sum word that the parts do not add up to is not their sum
    ("Năm 2023, huyện cung cấp 140 dịch vụ toàn trình và 60 dịch vụ một phần, cộng lại 210 dịch vụ.",
     [("services_full_process", 140), ("services_partial", 60)]),
])
def test_a_total_that_adds_up_parts_of_another_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # bare "name number" items under a noun header count what the header names, scoped by their names
    ("Năm 2022, số hồ sơ trực tuyến của các huyện dẫn đầu: huyện Yên Lạc 3.120; thành phố Phúc Yên 2.004; "
     "huyện Tam Đảo 988.",
     [("dossiers_online", 3120, "huyện Yên Lạc"), ("dossiers_online", 2004, "thành phố Phúc Yên"),
      ("dossiers_online", 988, "huyện Tam Đảo")]),
    ("Năm 2022, số hồ sơ tiếp nhận theo địa bàn: Lập Thạch 1.560, Sông Lô 1.210, Bình Xuyên 2.300.",
     [("dossiers_received", 1560, "Lập Thạch"), ("dossiers_received", 1210, "Sông Lô"),
      ("dossiers_received", 2300, "Bình Xuyên")]),
    # the number alone in parentheses after the name; a superlative header names its noun ("nhiều … nhất")
    ("Năm 2021, số hồ sơ trực tuyến của các xã: Tả Van (64), Bản Hồ (41) và Sa Pả (29).",
     [("dossiers_online", 64, "Tả Van"), ("dossiers_online", 41, "Bản Hồ"), ("dossiers_online", 29, "Sa Pả")]),
    ("Năm 2021, các phường có nhiều hồ sơ nộp qua mạng nhất: Đông Hải 1.015, Tân Phú 870.",
     [("dossiers_online", 1015, "Đông Hải"), ("dossiers_online", 870, "Tân Phú")]),
    ("Các xã có nhiều hồ sơ tiếp nhận nhất: Tả Van (640), Bản Hồ (512).",
     [("dossiers_received", 640, "Tả Van"), ("dossiers_received", 512, "Bản Hồ")]),
    # items counting services by their noun alone, under a header with no figure of its own, count what it names
    ("Năm 2019, số dịch vụ công trực tuyến mức độ 4 của các sở như sau: Sở Tư pháp 12 dịch vụ; Sở Y tế 9 dịch vụ.",
     [("services_level4", 12, "Sở Tư pháp"), ("services_level4", 9, "Sở Y tế")]),
    # … not under a header that states its own counts: those items are the parts of its last one
    ("Năm 2016 tỉnh có 752 dịch vụ mức độ 2 và 97 dịch vụ mức độ 3, trong đó: Sở Tư pháp 21 dịch vụ; Sở Y tế 18 dịch "
     "vụ.", [("services_level2", 752, None), ("services_level3", 97, None), ("services_level3", 21, "Sở Tư pháp"),
             ("services_level3", 18, "Sở Y tế")]),
    # an item with words of its own (a change) is not a bare name
    ("Năm 2022, số hồ sơ trực tuyến của tỉnh: tăng so với năm trước 1.200.", []),
])
def test_bare_named_items_under_a_noun_header(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # a base after "out of", closing a list of parts, is the whole they are out of, no item of the list
    ("Năm 2017 tỉnh cung cấp 342 dịch vụ công trực tuyến mức độ 3, 4, gồm 318 dịch vụ mức độ 3 và 24 dịch vụ mức độ 4, "
     "trên tổng số 1.906 thủ tục hành chính.",
     [("services_level34", 342), ("services_level3", 318), ("services_level4", 24), ("procedures_total", 1906)]),
    ("Năm 2018 huyện có 2.210 hồ sơ trực tuyến, gồm 1.900 hồ sơ mức độ 3 và 310 hồ sơ mức độ 4, trên tổng số 15.400 "
     "hồ sơ tiếp nhận.",
     [("dossiers_online", 2210), ("dossiers_online_level3", 1900), ("dossiers_online_level4", 310),
      ("dossiers_received", 15400)]),
])
def test_a_base_closing_a_list_of_parts_is_no_item_of_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_an_item_s_named_unit_is_its_scope():
    text = ("Năm 2022, kết quả ở cấp huyện chưa đồng đều: huyện Yên Lạc tiếp nhận 9.100 hồ sơ, trực tuyến 2.700 hồ sơ; "
            "còn thị xã Phúc Yên chỉ có 4.050 hồ sơ, trực tuyến 600 hồ sơ.")
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_received", 9100, "huyện Yên Lạc"), ("dossiers_online", 2700, "huyện Yên Lạc"),
        ("dossiers_received", 4050, "thị xã Phúc Yên"), ("dossiers_online", 600, "thị xã Phúc Yên")]


def test_level_labels_inside_a_list_name_each_items_level():
    text = ("Cổng cung cấp 900 dịch vụ công, trong đó: mức độ 2: 600 dịch vụ; mức độ 3: 250 dịch vụ (27,8%); "
            "mức độ 4: 50 dịch vụ (5,6%).")
    assert facts(text) == [("services_total", 900), ("services_level2", 600), ("services_level3", 250),
                           ("services_level3_pct", 27.8), ("services_level4", 50), ("services_level4_pct", 5.6)]


def test_a_header_line_governs_items_on_the_lines_below():
    text = ("Số hồ sơ nộp trực tuyến tại một số huyện:\nHuyện Đông Anh: 1.200 hồ sơ (40%);\n"
            "Huyện Sóc Sơn: 800 hồ sơ (35%).")
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_online", 1200, "Huyện Đông Anh"), ("dossiers_online_pct", 40, "Huyện Đông Anh"),
        ("dossiers_online", 800, "Huyện Sóc Sơn"), ("dossiers_online_pct", 35, "Huyện Sóc Sơn")]


def test_label_value_bullet_lines_are_not_lists():
    text = "Kết quả quý I:\n- Tiếp nhận: 5.000 hồ sơ;\n- Hồ sơ trực tuyến: 2.000 hồ sơ (40%);\n- Đã giải quyết: 4.900 hồ sơ."
    assert facts(text) == [("dossiers_received", 5000), ("dossiers_online", 2000), ("dossiers_online_pct", 40),
                           ("dossiers_resolved", 4900)]


@pytest.mark.parametrize("text,total", [
    # the verb that governs the total decides: a resolving heading earlier does not make it a workload
    ("Kết quả giải quyết hồ sơ: tổng số hồ sơ tiếp nhận là 7.000 hồ sơ, trong đó 300 hồ sơ kỳ trước chuyển sang.",
     "dossiers_received"),
    ("Về giải quyết TTHC, các sở tiếp nhận 7.000 hồ sơ (trong đó tồn kỳ trước 300 hồ sơ).", "dossiers_received"),
    ("Số hồ sơ nhận giải quyết trong kỳ là 7.000 hồ sơ (gồm 300 hồ sơ kỳ trước chuyển qua, 6.700 hồ sơ mới).",
     "dossiers_handled_total"),
])
def test_a_total_with_carried_over_parts_is_named_by_its_own_verb(text, total):
    metrics = dict((v, m) for m, v in facts(text))
    assert (metrics[7000], metrics[300]) == (total, "dossiers_carried_over")


@pytest.mark.parametrize("text", [
    "- Về dịch vụ công: tỉnh có 260 dịch vụ công trực tuyến mức độ 3, 4, trong đó 200 dịch vụ mức độ 3 và 60 dịch vụ mức độ 4.",
    "Kết quả: đã cung cấp 260 dịch vụ công mức 3, 4; gồm 200 dịch vụ mức 3, 60 dịch vụ mức 4.",
])
def test_a_level_pair_inside_a_colon_list_item_stays_whole(text):
    assert facts(text) == [("services_level34", 260), ("services_level3", 200), ("services_level4", 60)]


@pytest.mark.parametrize("text,expected", [
    ("Năm qua, hồ sơ trực tuyến mức độ 3 là 800 hồ sơ, mức độ 4 là 45 hồ sơ, chỉ chiếm 1,2% tổng số hồ sơ.",
     [("dossiers_online_level3", 800), ("dossiers_online_level4", 45), ("dossiers_online_pct", 1.2)]),
    ("Tỉnh có 300 dịch vụ mức độ 3 và 120 dịch vụ mức độ 4, chiếm 25% tổng số thủ tục.",
     [("services_level3", 300), ("services_level4", 120), ("services_level34_pct", 25)]),
    # one count before the share: the share is that count's
    ("Đã tiếp nhận 5.000 hồ sơ trực tuyến mức độ 4, chiếm 12%.",
     [("dossiers_online_level4", 5000), ("dossiers_online_level4_pct", 12)]),
])
def test_a_share_closing_a_run_of_levels_without_a_list_is_the_share_of_all(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the label says what is counted: the figure's name, not a part of the whole
    ("Đã xử lý 7.400 hồ sơ; trong đó số hồ sơ đúng hạn là: 7.100 hồ sơ, số hồ sơ trễ hạn là: 300 hồ sơ.",
     [("dossiers_resolved", 7400, None), ("dossiers_ontime", 7100, None), ("dossiers_late", 300, None)]),
    ("Hồ sơ đang xử lý: 640 hồ sơ, trong đó hồ sơ còn trong hạn: 600 hồ sơ, hồ sơ quá hạn: 40 hồ sơ.",
     [("dossiers_pending", 640, None), ("dossiers_pending", 600, None), ("dossiers_late", 40, None)]),
    # a label that names a place or an agency is still the item's scope
    ("Kết quả tiếp nhận hồ sơ năm 2023: Huyện Bình Lục: 1.200 hồ sơ; Thành phố Phủ Lý: 950 hồ sơ.",
     [("dossiers_received", 1200, "Huyện Bình Lục"), ("dossiers_received", 950, "Thành phố Phủ Lý")]),
])
def test_a_label_naming_what_is_counted_is_no_scope(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # a parenthesised breakdown whose items are "level: value" pairs: the header's count at each level
    ("Số hồ sơ trực tuyến là 5.120 hồ sơ (mức độ 3: 4.300; mức độ 4: 820).",
     [("dossiers_online", 5120), ("dossiers_online_level3", 4300), ("dossiers_online_level4", 820)]),
    ("Tỉnh cung cấp 1.420 dịch vụ công trực tuyến (mức độ 3: 380; mức độ 4: 95).",
     [("services_total", 1420), ("services_level3", 380), ("services_level4", 95)]),
    # the level label with a copula of having
    ("Có 2.040 hồ sơ nộp trực tuyến mức độ 3, 4, trong đó mức độ 4 chỉ có 112 hồ sơ.",
     [("dossiers_online", 2040), ("dossiers_online_level4", 112)]),
    # a share after the closed parenthesis is the share of the count before it, not of the last part
    ("Có 5.120 hồ sơ trực tuyến (mức độ 3: 4.300; mức độ 4: 820), chiếm 12,5% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 5120), ("dossiers_online_level3", 4300), ("dossiers_online_level4", 820),
      ("dossiers_online_pct", 12.5)]),
])
def test_level_labelled_parts_and_the_share_after_them(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2021, tổng số thủ tục của tỉnh: 1.874 thủ tục; trong đó cung cấp trực tuyến mức độ 3: 512 thủ tục, mức độ "
     "4: 571 thủ tục (30,47%).",
     [("procedures_total", 1874.0), ("services_level3", 512.0), ("services_level4", 571.0),
      ("services_level4_pct", 30.47)]),
    ("Năm 2022, số thủ tục hành chính: 1.500 thủ tục; trong đó được cung cấp trực tuyến mức độ 3: 700 thủ tục, "
     "mức độ 4: 450 thủ tục.",
     [("procedures_total", 1500.0), ("services_level3", 700.0), ("services_level4", 450.0)]),
])
def test_label_value_pieces_separated_by_commas_each_keep_their_label(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("MC 1: Thưa quý vị, năm nay 148.300 hồ sơ được người dân, doanh nghiệp nộp trực tuyến trong tổng số 356.720 hồ "
     "sơ tiếp nhận, tỷ lệ đạt 41,57%.",
     [("dossiers_online", 148300), ("dossiers_received", 356720), ("dossiers_online_pct", 41.57)]),
    ("Kết quả: 2.104 hồ sơ của tổ chức, cá nhân nộp trực tuyến, 318 hồ sơ nộp trực tiếp.",
     [("dossiers_online", 2104), ("dossiers_offline", 318)]),
])
def test_a_comma_between_paired_nouns_splits_no_list_item(text, expected):
    """A list's items are cut at commas, but not at the one joining "người dân, doanh nghiệp", "tổ chức, cá nhân"."""
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive's steps run together by a comma are one count's words: the kind and the level after them are its own
    ("Năm 2018, huyện nhận 31.200 hồ sơ, trong đó 2.415 hồ sơ được nộp, xử lý và trả kết quả trực tuyến ở mức độ 4, "
     "chiếm 7,74%.",
     [("dossiers_received", 31200), ("dossiers_online_level4", 2415), ("dossiers_online_level4_pct", 7.74)]),
    ("Năm 2017, toàn tỉnh nhận 96.500 hồ sơ, trong đó 5.120 hồ sơ đã được tiếp nhận, giải quyết qua mạng, bằng 5,31%.",
     [("dossiers_received", 96500), ("dossiers_online", 5120), ("dossiers_online_pct", 5.31)]),
])
def test_a_comma_running_a_passive_s_steps_together_splits_no_list_item(text, expected):
    """A list's items are cut at commas, but not at the one joining "người dân, doanh nghiệp", "tổ chức, cá nhân"."""
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # nouns of different groups are no pair: an attribution, its comma, then the share's own subject
    ("Theo Sở, văn bản điện tử gửi giữa các cơ quan chiếm 73% tổng số văn bản.", [("edocs_pct", 73)]),
    ("Cũng theo phòng, hồ sơ trực tuyến chiếm 38,5% tổng số hồ sơ của huyện.", [("dossiers_online_pct", 38.5)]),
    # … nouns of one group still are
    ("Văn bản đi, đến giữa các sở, ngành được gửi điện tử đạt 91%.", [("edocs_pct", 91)]),
])
def test_paired_nouns_pair_only_within_their_group(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("who", ["bà con, doanh nghiệp", "nhân dân, tổ chức", "công dân, doanh nghiệp"])
def test_more_paired_nouns_cut_no_phrase(who):
    text = f"Năm 2024 tiếp nhận 286.540 hồ sơ, trong đó có 171.066 hồ sơ được {who} gửi qua mạng, đạt tỷ lệ 59,70%."
    assert facts(text, ("metric", "value")) == [("dossiers_received", 286540), ("dossiers_online", 171066),
                                                ("dossiers_online_pct", 59.7)]


@pytest.mark.parametrize("text,expected", [
    # "cụ thể" after a count lists its parts, which count what it counts
    ("Năm 2020 có 10.480 hồ sơ nộp trực tuyến, cụ thể huyện Càng Long 1.254 hồ sơ, huyện Cầu Kè 986 hồ sơ.",
     [("dossiers_online", 10480), ("dossiers_online", 1254), ("dossiers_online", 986)]),
    ("Các sở đã giải quyết 6.300 hồ sơ, cụ thể: Sở Tư pháp 2.100 hồ sơ; Sở Xây dựng 950 hồ sơ.",
     [("dossiers_resolved", 6300), ("dossiers_resolved", 2100), ("dossiers_resolved", 950)]),
])
def test_parts_listed_after_cu_the_count_what_the_count_before_counts(text, expected):
    assert facts(text) == expected


def test_cu_the_opening_a_sentence_heads_no_list():
    # the sentence goes on with its own total, then the parts of that total: one list, headed by the total
    text = fold("Cụ thể, trong 272 dịch vụ nâng lên mức độ 4, có: 22 dịch vụ A; 23 dịch vụ B.")
    frames = list_frames(text, 0, len(text))
    assert len(frames) == 1 and text[slice(*frames[0].header)].endswith("mức độ 4, có")


@pytest.mark.parametrize("text,expected", [
    # a line of "Label: value" items joined by spaced dashes, after a lead of its own with a colon
    ("Số liệu 6 tháng đầu năm 2019: Hồ sơ tiếp nhận: 20.410 – Hồ sơ trực tuyến: 8.112 – tỷ lệ 39,75% – Dịch vụ mức độ 4: "
     "120.", [("dossiers_received", 20410), ("dossiers_online", 8112), ("dossiers_online_pct", 39.75),
              ("services_level4", 120)]),
    ("Kết quả năm 2019 – Văn bản điện tử: 96,2% – Tài khoản thư công vụ: 3.400 – Thủ tục hành chính: 1.780.",
     [("edocs_pct", 96.2), ("email_accounts", 3400), ("procedures_total", 1780)]),
    # a label that names a level by its digit
    ("Năm 2019 – Dịch vụ mức độ 3: 356 – Dịch vụ mức độ 4: 28.", [("services_level3", 356), ("services_level4", 28)]),
    # units after a header's colon, dashes between them: still a list under its header's rate
    ("Tỷ lệ hồ sơ trực tuyến năm 2023 theo từng cấp: cấp tỉnh 71,2% – cấp huyện 52,6% – cấp xã 34,8%.",
     [("dossiers_online_pct", 71.2), ("dossiers_online_pct", 52.6), ("dossiers_online_pct", 34.8)]),
])
def test_a_line_of_label_value_items_joined_by_dashes(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2019 – Hồ sơ tiếp nhận: 20.410 hồ sơ – Trực tuyến: 8.112 hồ sơ.",
    "Năm 2019, tỉnh có: Tiếp nhận: 20.410 hồ sơ, trực tuyến: 8.112 hồ sơ.",
])
def test_a_label_naming_what_is_counted_is_no_scope(text):
    """"Trực tuyến: 8.112 hồ sơ": the label names a state of the dossiers, not a part of the province."""
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["scope"].fillna(""))) == [("dossiers_received", ""), ("dossiers_online", "")]


@pytest.mark.parametrize("text,expected", [
    # "và" between two levels joins them: one item, services at levels 3 and 4, no level as its part
    ("Năm 2017 tỉnh có 1.745 thủ tục, trong đó 688 thủ tục được cung cấp trực tuyến ở mức độ 3 và 4, chiếm 39,43%.",
     [("procedures_total", 1745, ""), ("services_level34", 688, ""), ("services_level34_pct", 39.43, "")]),
    ("Năm 2017 tỉnh có 1.745 thủ tục, trong đó 688 thủ tục ở mức độ III và IV.",
     [("procedures_total", 1745, ""), ("services_level34", 688, "")]),
    # "và" before a count of its own still splits the items
    ("Năm 2017 tỉnh có 1.745 thủ tục, trong đó 512 thủ tục ở mức độ 3 và 64 thủ tục ở mức độ 4.",
     [("procedures_total", 1745, ""), ("services_level3", 512, ""), ("services_level4", 64, "")]),
])
def test_and_between_two_levels_joins_them(text, expected):
    df = extract_text(text, "t")
    assert list(zip(df["metric"], df["value"], df["scope"].fillna(""))) == expected


@pytest.mark.parametrize("text,expected", [
    # fields of a page apart by inline bullets: each is an item, a 'và' inside one joins its own words
    ("Kế hoạch năm 2025: tỷ lệ hồ sơ trực tuyến đạt 75% · tỷ lệ giải quyết đúng và trước hạn trên 98%.",
     [("dossiers_online_pct", 75), ("dossiers_ontime_pct", 98)]),
    ("Mục tiêu năm 2024: tỷ lệ nộp trực tuyến 60% • tỷ lệ trả kết quả đúng và trước hạn 97%.",
     [("dossiers_online_pct", 60), ("dossiers_ontime_pct", 97)]),
    ("Năm 2023: tỷ lệ văn bản điện tử 92% · tỷ lệ hồ sơ trước hạn và đúng hạn 96,5%.",
     [("edocs_pct", 92), ("dossiers_ontime_pct", 96.5)]),
])
def test_inline_bullets_part_the_items_of_a_line(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a field's count closes at the next inline bullet; the words after it are the next field's label
    ("Năm 2022, hồ sơ tiếp nhận 38.120 · hồ sơ trực tuyến 9.870 · tỷ lệ 25,89%.",
     [("dossiers_received", 38120), ("dossiers_online", 9870), ("dossiers_online_pct", 25.89)]),
    ("Huyện Phú Lộc năm 2022: màu cam • hồ sơ đã giải quyết 12.004 • hồ sơ trực tuyến 3.116.",
     [("dossiers_resolved", 12004), ("dossiers_online", 3116)]),
    # an aside closed inside a label names what the figure includes, not its kind
    ("Năm 2022, hồ sơ nộp trực tuyến (toàn trình và một phần): 196.204.", [("dossiers_online", 196204)]),
    ("Năm 2022, dịch vụ công trực tuyến (kể cả dịch vụ một phần): 1.204.", [("services_total", 1204)]),
    # … but an aside naming the unit of a row's value is the row's noun
    ("Năm 2022, dịch vụ công trực tuyến mức độ 3 (dịch vụ): 287; trong đó mức độ 4 (dịch vụ): 64.",
     [("services_level3", 287), ("services_level4", 64)]),
])
def test_fields_apart_by_inline_bullets_and_labels_with_an_aside(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of change, words of manner, a colon, then its from-to levels: the levels of the subject before the colon
    ("Năm 2020, số dịch vụ công trực tuyến mức độ 4 của tỉnh Hà Giang còn tăng nhanh hơn: từ 23 dịch vụ năm 2019 "
     "lên 91 dịch vụ.", [("services_level4", 23), ("services_level4", 91)]),
    ("Số dịch vụ mức độ 3 tăng: từ 140 dịch vụ lên 302 dịch vụ năm 2019.",
     [("services_level3", 140), ("services_level3", 302)]),
    ("Tỷ lệ văn bản điện tử của các sở giảm rõ rệt sau khi đổi phần mềm: từ 88,5% năm 2019 xuống 71,2% năm 2020.",
     [("edocs_pct", 88.5), ("edocs_pct", 71.2)]),
    # … a colon before other things is still a list or a label
    ("Số dịch vụ mức độ 4 năm 2020: Sở Y tế 12 dịch vụ, Sở Tư pháp 9 dịch vụ.",
     [("services_level4", 12), ("services_level4", 9)]),
])
def test_a_colon_between_a_change_and_its_levels_joins_them(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,colon,expected", [
    ("hồ sơ trực tuyến tăng mạnh: từ 12 lên 30", "tăng mạnh", True),
    ("dịch vụ mức độ 4 giảm: từ 40 xuống 30", "giảm", True),
    ("số hồ sơ nộp qua mạng cắt giảm: từ 3.100 xuống 2.000", "cắt giảm", True),
    ("kết quả: từ 12 lên 30", "kết quả", False),
    ("hồ sơ tăng mạnh: 12 hồ sơ", "tăng mạnh", False),
])
def test_change_colon(text, colon, expected):
    from analysis.figures.frames import change_colon
    at = text.index(":")
    assert change_colon(text, 0, at, len(text)) is expected


@pytest.mark.parametrize("text,expected", [
    # lines labelled by a month under a header naming what they count: each is an item of that header
    ("Năm 2021, dưới đây là số hồ sơ nộp trực tuyến mà các cơ quan đã tiếp nhận:\nTháng 1: 2.104 hồ sơ;\n"
     "Tháng 2: 1.876 hồ sơ;\nTháng 3: 2.530 hồ sơ.",
     [("dossiers_online", 2104), ("dossiers_online", 1876), ("dossiers_online", 2530)]),
    # … or by a quarter, on one line
    ("Năm 2022, số hồ sơ trực tuyến huyện đã tiếp nhận: Quý I: 812 hồ sơ; Quý II: 964 hồ sơ; Quý III: 1.020 hồ sơ.",
     [("dossiers_online", 812), ("dossiers_online", 964), ("dossiers_online", 1020)]),
    # … or by a year, the header naming another kind
    ("Đây là số hồ sơ trực tuyến tỉnh đã giải quyết:\nNăm 2020: 45.210 hồ sơ;\nNăm 2021: 51.870 hồ sơ.",
     [("dossiers_online", 45210), ("dossiers_online", 51870)]),
])
def test_a_time_labelling_one_value_is_an_item_not_a_header(text, expected):
    assert facts(text, meta={"published": "2022-12-20"}) == expected
