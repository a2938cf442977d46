"""List items (figures/items.py): a unit's bare percentage takes the rate its paragraph discusses."""
import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ văn bản điện tử của tỉnh năm 2024 đạt 91%. Ngược lại, UBND huyện Si Ma Cai mới đạt 62,5%, "
     "UBND huyện Bắc Hà 66%.",
     [("edocs_pct", 91.0, None), ("edocs_pct", 62.5, "UBND huyện Si Ma Cai"), ("edocs_pct", 66.0, "UBND huyện Bắc Hà")]),
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 70%, trong đó thị xã Sa Pa (88%) dẫn đầu, trong khi xã "
     "Tả Van chỉ đạt 35%.",
     [("dossiers_online_pct", 70.0, None), ("dossiers_online_pct", 88.0, "thị xã Sa Pa"),
      ("dossiers_online_pct", 35.0, "xã Tả Van")]),
])
def test_a_units_bare_percentage_gives_the_rate_being_discussed(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ hồ sơ trực tuyến của các xã còn rất khác nhau. Cụ thể: Xã Đông: 61,5%; Xã Tây: 40,2%.",
     [("dossiers_online_pct", 61.5, "Xã Đông"), ("dossiers_online_pct", 40.2, "Xã Tây")]),
    ("Về tỷ lệ giải quyết đúng hạn, các huyện đều khá. Chi tiết như sau: Huyện Nam: 98,1%; Huyện Bắc: 96%.",
     [("dossiers_ontime_pct", 98.1, "Huyện Nam"), ("dossiers_ontime_pct", 96.0, "Huyện Bắc")]),
])
def test_a_list_opened_by_a_bare_word_takes_the_sentence_before_as_its_header(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


def test_a_bare_header_does_not_borrow_a_rate_for_items_that_name_their_own_noun():
    text = ("Tỷ lệ hồ sơ trực tuyến còn thấp. Cụ thể: Huyện Nam: 120 dịch vụ công trực tuyến; "
            "Huyện Bắc: 95 dịch vụ công trực tuyến.")
    assert [m for m, _, _ in facts(text, ("metric", "value", "scope"))] == ["services_total", "services_total"]


@pytest.mark.parametrize("text,expected", [
    # the parts follow a share of the count they break down
    ("Năm 2022 tiếp nhận 90.000 hồ sơ, trong đó 4.500 hồ sơ trực tuyến, chiếm 5% (mức độ 3 là 4.000 hồ sơ, "
     "mức độ 4 là 500 hồ sơ).",
     [("dossiers_received", 90000), ("dossiers_online", 4500), ("dossiers_online_pct", 5.0),
      ("dossiers_online_level3", 4000), ("dossiers_online_level4", 500)]),
    # colon labels and semicolons inside the parenthesis, each part naming the noun again
    ("Năm 2022 có 7.000 hồ sơ nộp trực tuyến (mức độ 3: 6.100 hồ sơ; mức độ 4: 900 hồ sơ), chiếm 12%.",
     [("dossiers_online", 7000), ("dossiers_online_level3", 6100), ("dossiers_online_level4", 900),
      ("dossiers_online_pct", 12.0)]),
    # bare parts, as before
    ("Năm 2022 có 7.000 hồ sơ nộp trực tuyến (mức độ 3: 6.100; mức độ 4: 900).",
     [("dossiers_online", 7000), ("dossiers_online_level3", 6100), ("dossiers_online_level4", 900)]),
])
def test_level_parts_in_parentheses_break_down_the_count_before_them(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_a_level_part_that_names_another_noun_is_not_a_part():
    text = "Năm 2022 có 7.000 hồ sơ nộp trực tuyến (mức độ 4: 120 dịch vụ công trực tuyến; mức độ 3: 300 dịch vụ)."
    assert ("dossiers_online_level4", 120) not in facts(text, ("metric", "value"))


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023, toàn tỉnh tiếp nhận 150.200 hồ sơ, trong đó 60.080 hồ sơ trực tuyến, tăng 21.300 hồ sơ so với năm 2022.",
     [("dossiers_received", 150200), ("dossiers_online", 60080)]),
    ("Quý I, Sở tiếp nhận 4.100 hồ sơ, gồm 2.050 hồ sơ trực tuyến, giảm 300 hồ sơ so với cùng kỳ.",
     [("dossiers_received", 4100), ("dossiers_online", 2050)]),
])
def test_a_change_inside_a_list_takes_nothing_from_its_header(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "trực tuyến" in a header that names the online services gives the dossiers under it no kind
    ("Xã Tân Hòa là điển hình về dịch vụ công trực tuyến: năm 2024, xã tiếp nhận 1.250 hồ sơ, 100% được nộp trực "
     "tuyến và không có hồ sơ nào trễ hạn.", [("dossiers_received", 1250), ("dossiers_online_pct", 100)]),
    # ... while a header whose dossiers are sent online gives them that kind
    ("Hồ sơ nộp trực tuyến qua Cổng dịch vụ công: 3.400 hồ sơ, chiếm 61%.",
     [("dossiers_online", 3400), ("dossiers_online_pct", 61)]),
])
def test_online_in_a_header_names_the_dossiers_only_outside_a_service_s_name(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the services' name after "qua" / "trên" / "bằng" is the channel the dossiers under the header came by
    ("Năm 2019 huyện tiếp nhận 24.310 hồ sơ, trong đó hồ sơ nộp qua dịch vụ công trực tuyến gồm 1.920 hồ sơ mức độ 3 "
     "và 205 hồ sơ mức độ 4.",
     [("dossiers_received", 24310), ("dossiers_online_level3", 1920), ("dossiers_online_level4", 205)]),
    ("Số hồ sơ gửi trên cổng dịch vụ công trực tuyến của các sở: Sở Y tế 812 hồ sơ; Sở Xây dựng 430 hồ sơ.",
     [("dossiers_online", 812), ("dossiers_online", 430)]),
    ("Hồ sơ tiếp nhận bằng dịch vụ trực tuyến gồm: cấp tỉnh 2.140 hồ sơ, cấp huyện 975 hồ sơ.",
     [("dossiers_online", 2140), ("dossiers_online", 975)]),
])
def test_the_services_name_after_a_word_of_channel_in_a_header_names_online_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tỉnh cung cấp 1.240 dịch vụ công trực tuyến mức độ 3, 4, trong đó 402 dịch vụ mức độ 4, chiếm 21,5% tổng số "
     "1.870 thủ tục hành chính.",
     [("services_level34", 1240.0), ("services_level4", 402.0), ("services_level4_pct", 21.5),
      ("procedures_total", 1870.0)]),
    ("Toàn tỉnh có 960 dịch vụ công trực tuyến, gồm 610 dịch vụ toàn trình, bằng 40,1% trên tổng số 1.521 thủ tục.",
     [("services_total", 960.0), ("services_full_process", 610.0), ("services_full_process_pct", 40.1),
      ("procedures_total", 1521.0)]),
])
def test_the_base_of_a_share_inside_a_list_is_the_whole_not_an_item(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ văn bản điện tử đạt 90%. Chia theo cấp: cấp tỉnh 99%, cấp huyện 93%, cấp xã 81%.",
     [("edocs_pct", 90.0, None), ("edocs_pct", 99.0, "cấp tỉnh"), ("edocs_pct", 93.0, "cấp huyện"),
      ("edocs_pct", 81.0, "cấp xã")]),
    # the rate said last in the bullet line before: one run of bullets is one list
    ("• Cả tỉnh nhận 20.000 hồ sơ, 9.000 hồ sơ qua mạng, đạt 45%.\n• Theo cấp: cấp tỉnh 70% – cấp xã 31%.",
     [("dossiers_received", 20000.0, None), ("dossiers_online", 9000.0, None), ("dossiers_online_pct", 45.0, None),
      ("dossiers_online_pct", 70.0, "cấp tỉnh"), ("dossiers_online_pct", 31.0, "cấp xã")]),
    # a paragraph that is no bullet line does not continue the one before; it takes the article's main rate
    ("Cả tỉnh nhận 20.000 hồ sơ, 9.000 hồ sơ qua mạng, đạt 45%. Tỷ lệ giải quyết đúng hạn đạt 98%, trong đó cấp xã đạt "
     "96%.\n"
     "Theo cấp: cấp tỉnh 99% – cấp xã 91%.",
     [("dossiers_received", 20000.0, None), ("dossiers_online", 9000.0, None), ("dossiers_online_pct", 45.0, None),
      ("dossiers_ontime_pct", 98.0, None), ("dossiers_ontime_pct", 96.0, "cấp xã"),
      ("dossiers_ontime_pct", 99.0, "cấp tỉnh"), ("dossiers_ontime_pct", 91.0, "cấp xã")]),
])
def test_a_tier_labelled_percentage_under_a_bare_header_breaks_down_the_rate_said_last(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # named units under a header that names no measure, the rate said in the bullet line before
    ("- Cả tỉnh: tỷ lệ hồ sơ trực tuyến 74,2%.\n- Hai đơn vị cao nhất: phường Tân An 91,3%; xã Long Hòa 88%.",
     [("dossiers_online_pct", 74.2, None), ("dossiers_online_pct", 91.3, "phường Tân An"),
      ("dossiers_online_pct", 88.0, "xã Long Hòa")]),
    # across a heading: the rate the article states most often so far
    ("Tỷ lệ giải quyết đúng hạn đạt 97%. Tỷ lệ hồ sơ trực tuyến đạt 61%, năm trước là 48%.\nXẾP HẠNG CẤP XÃ\n"
     "Ba đơn vị thấp nhất: xã Tà Xùa 22,5%; xã Háng Đồng 30%.",
     [("dossiers_ontime_pct", 97.0, None), ("dossiers_online_pct", 61.0, None), ("dossiers_online_pct", 48.0, None),
      ("dossiers_online_pct", 22.5, "xã Tà Xùa"), ("dossiers_online_pct", 30.0, "xã Háng Đồng")]),
    # two rates stated as often: the article's first, unless the values cannot be of it (an on-time rate of 22,5%:
    # the other) …
    ("Tỷ lệ giải quyết đúng hạn đạt 97%. Tỷ lệ hồ sơ trực tuyến đạt 61%.\nXẾP HẠNG CẤP XÃ\n"
     "Ba đơn vị thấp nhất: xã Tà Xùa 22,5%; xã Háng Đồng 30%.",
     [("dossiers_ontime_pct", 97.0, None), ("dossiers_online_pct", 61.0, None),
      ("dossiers_online_pct", 22.5, "xã Tà Xùa"), ("dossiers_online_pct", 30.0, "xã Háng Đồng")]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 61%. Tỷ lệ giải quyết đúng hạn đạt 97%.\nXẾP HẠNG CẤP XÃ\n"
     "Ba đơn vị thấp nhất: xã Tà Xùa 22,5%; xã Háng Đồng 30%.",
     [("dossiers_online_pct", 61.0, None), ("dossiers_ontime_pct", 97.0, None),
      ("dossiers_online_pct", 22.5, "xã Tà Xùa"), ("dossiers_online_pct", 30.0, "xã Háng Đồng")]),
    # … and none when the first is no rate of dossiers
    ("Tỷ lệ cán bộ thường xuyên dùng thư điện tử đạt 97%. Tỷ lệ hồ sơ trực tuyến đạt 61%.\nXẾP HẠNG CẤP XÃ\n"
     "Ba đơn vị thấp nhất: xã Tà Xùa 22,5%; xã Háng Đồng 30%.",
     [("email_usage_pct", 97.0, None), ("dossiers_online_pct", 61.0, None)]),
])
def test_named_units_under_a_bare_header_take_the_rate_said_last_or_the_main_one(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # a heading of criteria above bullet lines: each line, whatever its label, is a part of the rate said last
    ("Báo cáo khảo sát\n\nChỉ số hài lòng chung năm 2024 đạt 88,5%.\n\nKết quả theo từng tiêu chí\n"
     "- Tiếp cận dịch vụ: 91%;\n- Thủ tục hành chính: 86,2%;\n- Kết quả giải quyết: 89%.",
     [("satisfaction_pct", 88.5), ("satisfaction_pct", 91.0), ("satisfaction_pct", 86.2), ("satisfaction_pct", 89.0)]),
    # the criteria named inline after the header's colon
    ("Mức độ hài lòng của người dân đạt 90,3%. Theo yếu tố: tiếp cận dịch vụ 92,1%; công chức giải quyết công việc "
     "93%; góp ý, phản ánh 80,6%.",
     [("satisfaction_pct", 90.3), ("satisfaction_pct", 92.1), ("satisfaction_pct", 93.0), ("satisfaction_pct", 80.6)]),
    # a criteria heading breaks down no count, and a label naming its own measure keeps it
    ("Tỷ lệ hồ sơ trực tuyến đạt 45%.\n\nPhân tích theo các tiêu chí\n- Văn bản điện tử: 97%;\n- Phiếu thu về: 1.200.",
     [("dossiers_online_pct", 45.0), ("edocs_pct", 97.0)]),
])
def test_items_under_a_header_of_criteria_break_down_the_rate_said_last(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a run of "label: value" lines under a caption naming a rate: each value is that rate
    ("Báo cáo năm\n\nBảng 2. Tỷ lệ hồ sơ nộp trực tuyến của huyện qua các năm\nNăm 2021: 12,5%\nNăm 2022: 20,1%\n"
     "Năm 2023: 33%\nNguồn: Văn phòng UBND huyện.",
     [("dossiers_online_pct", 12.5, 2021), ("dossiers_online_pct", 20.1, 2022), ("dossiers_online_pct", 33.0, 2023)]),
    ("Kết quả sáu tháng\n\nTỷ lệ giải quyết hồ sơ đúng hạn theo quý\nQuý I: 97,2%\nQuý II: 98,9%",
     [("dossiers_ontime_pct", 97.2, None), ("dossiers_ontime_pct", 98.9, None)]),
    # a caption that names no rate lends none
    ("Báo cáo năm\n\nMột số con số nổi bật\nNăm 2022: 20,1%\nNăm 2023: 33%", []),
])
def test_label_lines_under_a_caption_naming_a_rate_are_that_rate(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # the base after "trên tổng số" is no figure of ours; the share after it is still the first count's
    ("Huyện đã cấp 598 hộp thư điện tử công vụ trên tổng số 612 cán bộ, công chức, đạt 97,71%.",
     [("email_accounts", 598.0), ("email_issued_pct", 97.71)]),
    ("Tỉnh cấp 4.020 hộp thư công vụ trên tổng số 4.300 công chức, tỷ lệ 93,5%.",
     [("email_accounts", 4020.0), ("email_issued_pct", 93.5)]),
    # a base of ours keeps working as before
    ("Huyện nhận 2.120 hồ sơ trực tuyến trên tổng số 5.300 hồ sơ, đạt 40%.",
     [("dossiers_online", 2120.0), ("dossiers_received", 5300.0), ("dossiers_online_pct", 40.0)]),
])
def test_the_share_after_a_base_not_ours_is_the_share_of_the_count_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # bare percentages in prose under a caption naming a rate are that rate
    ("Đọc số liệu\n\nBiểu đồ 2: Tỷ lệ hồ sơ nộp trực tuyến theo cấp chính quyền năm 2024\n"
     "Thanh của cấp tỉnh dài nhất, chạm 83,1%; thanh cấp xã chỉ dừng ở 40,2%.",
     [("dossiers_online_pct", 83.1), ("dossiers_online_pct", 40.2)]),
    # a share in parentheses after a count is that count's, not the caption's
    ("Báo cáo\n\nHình 1. Tỷ lệ văn bản điện tử\nCó 1.102 hộp thư được cấp (81,75%).", [("email_accounts", 1102.0),
                                                                                     ("email_issued_pct", 81.75)]),
])
def test_bare_percentages_under_a_caption_naming_a_rate_are_that_rate(text, expected):
    assert [r for r in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a part of a whole that is no figure of ours is none of ours either
    ("Có 2.410 hồ sơ chưa được đồng bộ lên Cổng Dịch vụ công quốc gia, trong đó 1.730 hồ sơ là hồ sơ trực tuyến.", []),
    ("Khoảng 640 hồ sơ bị lỗi chữ ký số khi chuyển sang hệ thống mới, trong đó 410 hồ sơ nộp trực tuyến.", []),
    # a whole of ours read before keeps its parts, an average between them aside
    ("Tháng 5 tiếp nhận 3.100 hồ sơ, bình quân 140 hồ sơ mỗi ngày, trong đó 2.500 hồ sơ trực tuyến.",
     [("dossiers_received", 3100.0), ("dossiers_online", 2500.0)]),
])
def test_a_part_of_a_whole_that_is_no_figure_of_ours_is_none_of_ours(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a part out of its whole in parentheses after a share is the share's count and its base
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 81%. Ở cấp huyện, tỷ lệ là 72,5% (29.000/40.000 hồ sơ).",
     [("dossiers_online_pct", 81.0), ("dossiers_online_pct", 72.5), ("dossiers_online", 29000.0),
      ("dossiers_received", 40000.0)]),
    # another noun in the parenthesis is no count of the share
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 81%. Ở cấp huyện, tỷ lệ là 72,5% (12/15 xã).",
     [("dossiers_online_pct", 81.0), ("dossiers_online_pct", 72.5)]),
])
def test_a_part_out_of_its_whole_after_a_share_is_its_count(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("heading", [
    "II. BẢNG XẾP HẠNG CÁC SỞ THEO TỶ LỆ HỒ SƠ TRỰC TUYẾN THÁNG 10/2024",
    "Xếp hạng các sở theo tỷ lệ hồ sơ trực tuyến tháng 10/2024",
])
def test_items_under_a_ranking_heading_keep_their_names_and_their_counts_in_parentheses(heading):
    # "Name: share (part/whole noun)": the name is the scope of all three, the pair the share's count and base
    text = (f"{heading}\n1. Sở Nội vụ: 97,50% (780/800 hồ sơ) – đứng đầu.\n2. Sở Công Thương: 90,00% (540/600 hồ sơ).\n"
            "3. Sở Y tế: 80,00% (320/400 hồ sơ) – đứng cuối.\n")
    rows = facts(text, ("metric", "value", "scope"))
    assert rows == [(m, v, name) for name, share, part, whole in (
        ("Sở Nội vụ", 97.5, 780, 800), ("Sở Công Thương", 90, 540, 600), ("Sở Y tế", 80, 320, 400))
        for m, v in (("dossiers_online_pct", share), ("dossiers_online", part), ("dossiers_received", whole))]


def test_an_average_under_a_heading_naming_a_rate_is_of_that_rate():
    # the article's most stated rate is another: the heading names the one compared
    text = ("Tóm tắt năm 2024\nVĂN BẢN\n• Văn bản điện tử: 97,1%\n• Văn bản ký số: 96,5%\n"
            "SO SÁNH (tỷ lệ hồ sơ trực tuyến năm 2024)\n• Bình quân cả nước: 47,3%\n• Cao nhất vùng: Đà Nẵng 81,2%\n")
    rows = facts(text, ("metric", "value"))
    assert ("dossiers_online_pct", 81.2) in rows and ("edocs_pct", 81.2) not in rows


@pytest.mark.parametrize("text,expected", [
    # a count with its own intake verb stays received under a label naming online dossiers
    ("Hồ sơ trực tuyến còn ít: năm 2023 các cơ quan tiếp nhận 48.700 hồ sơ, chỉ 9.100 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 48700.0), ("dossiers_online", 9100.0)]),
    ("Tỷ lệ hồ sơ trực tuyến thấp: năm 2023 cấp xã nhận 20.400 hồ sơ, nhưng chỉ 3.300 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 20400.0), ("dossiers_online", 3300.0)]),
    # a bare item under such a label still counts what the label names
    ("Số hồ sơ trực tuyến năm 2023 của các huyện: huyện Tây 4.215; huyện Đông 1.380.",
     [("dossiers_online", 4215.0), ("dossiers_online", 1380.0)]),
])
def test_an_item_s_own_intake_verb_stands_under_a_label_naming_online_dossiers(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("lead", [
    "Chín tháng năm 2024, các tỉnh đều đặt mục tiêu nâng tỷ lệ nộp hồ sơ trực tuyến. Bảng xếp hạng:",
    "Tỷ lệ hồ sơ trực tuyến chín tháng năm 2024 của các tỉnh, từ cao xuống thấp:",
])
def test_numbered_names_with_a_dash_take_the_rate_the_article_names_before_them(lead):
    text = f"Lai Châu đứng thứ mấy?\n{lead}\n1. Quảng Ninh – 91,2%\n2. Bắc Ninh – 86,1%\n3. Điện Biên – 58,2%\n"
    assert facts(text, ("metric", "value", "province")) == [
        ("dossiers_online_pct", 91.2, "Quảng Ninh"), ("dossiers_online_pct", 86.1, "Bắc Ninh"),
        ("dossiers_online_pct", 58.2, "Điện Biên")]


@pytest.mark.parametrize("text,expected", [
    # the intake verb after the count's noun stands too; a procedure's name after it does not
    ("Tỷ lệ hồ sơ trực tuyến tăng qua từng năm: năm 2023 đạt 58,6%; năm 2024, trên tổng số 60.300 hồ sơ tiếp nhận có "
     "44.600 hồ sơ nộp trực tuyến.",
     [("dossiers_online_pct", 58.6), ("dossiers_received", 60300.0), ("dossiers_online", 44600.0)]),
    ("Năm 2024 đã tiếp nhận 21.500 hồ sơ trực tuyến, gồm 9.800 hồ sơ đăng ký thường trú và 11.700 hồ sơ khác.",
     [("dossiers_online", 21500.0), ("dossiers_online", 9800.0), ("dossiers_online", 11700.0)]),
])
def test_an_intake_verb_after_the_count_s_noun_stands_under_an_online_label(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a statistical table flattened into lines: the indicator, its unit in parentheses, then one value per year
    ("Hồ sơ nộp qua mạng (hồ sơ): 2021 là 40.112; 2022 là 52.730",
     [("dossiers_online", 40112.0, 2021), ("dossiers_online", 52730.0, 2022)]),
    ("Dịch vụ công trực tuyến đang vận hành: năm 2022 là 1.204, năm 2023 là 1.388.",
     [("services_total", 1204.0, 2022), ("services_total", 1388.0, 2023)]),
    ("- Tài khoản thư điện tử công vụ đã cấp: năm 2020 đạt 5.600, năm 2021 đạt 6.010",
     [("email_accounts", 5600.0, 2020), ("email_accounts", 6010.0, 2021)]),
])
def test_values_labelled_by_their_years_after_an_indicators_colon_take_the_indicator(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # report windows instead of years, a value's unit word or its share in parentheses between them
    ("- Hồ sơ đã giải quyết: 6 tháng 143.880; 9 tháng 224.109.",
     [("dossiers_resolved", 143880.0), ("dossiers_resolved", 224109.0)]),
    ("Hồ sơ nộp qua mạng: sáu tháng đầu năm 80.113 hồ sơ (54,06%); chín tháng 131.870 hồ sơ (57,46%)",
     [("dossiers_online", 80113.0), ("dossiers_online_pct", 54.06),
      ("dossiers_online", 131870.0), ("dossiers_online_pct", 57.46)]),
    ("Tài khoản thư công vụ đã cấp: 3 tháng 2.150, 12 tháng 8.940",
     [("email_accounts", 2150.0), ("email_accounts", 8940.0)]),
])
def test_values_labelled_by_report_windows_after_an_indicators_colon_take_the_indicator(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("heading,expected", [
    ("B. SỐ HỒ SƠ TIẾP NHẬN THEO MỘT SỐ QUẦY", "dossiers_received"),
    ("2. Hồ sơ đã giải quyết theo từng sở", "dossiers_resolved"),
    ("Hồ sơ nộp trực tuyến theo đơn vị", "dossiers_online"),
])
def test_bare_counts_after_item_labels_take_the_heading_s_count(heading, expected):
    text = (f"Bảng công khai kết quả tháng 3/2025\n{heading}\n– Quầy Sở Tư pháp: 1.093 hồ sơ.\n"
            "– Quầy Sở Xây dựng: 876 hồ sơ.")
    assert facts(text, ("metric", "value", "scope")) == [(expected, 1093, "Sở Tư pháp"), (expected, 876, "Sở Xây dựng")]


@pytest.mark.parametrize("line", [
    "– Số dịch vụ có phát sinh hồ sơ trong kỳ: 1.206 dịch vụ.",  # a label naming a noun of its own
    "Bình quân mỗi ngày, Trung tâm tiếp nhận khoảng 35 hồ sơ.",  # no item label
])
def test_a_heading_s_count_reaches_no_figure_but_a_labelled_item_s(line):
    text = f"Bảng công khai kết quả tháng 3/2025\nB. SỐ HỒ SƠ TIẾP NHẬN THEO QUẦY\n{line}"
    assert ("dossiers_received", 1206) not in facts(text) and ("dossiers_received", 35) not in facts(text)


@pytest.mark.parametrize("text,expected", [
    # an item whose own verb right before its count says resolved keeps it, whatever kind the header's aside names
    ("Năm 2022 huyện tiếp nhận 18.204 hồ sơ (kể cả hồ sơ tồn từ kỳ trước), trong đó trực tuyến là 7.020 hồ sơ; đã "
     "giải quyết 17.950 hồ sơ.",
     [("dossiers_received", 18204), ("dossiers_online", 7020), ("dossiers_resolved", 17950)]),
    ("Quý III Sở nhận 3.400 hồ sơ (bao gồm hồ sơ kỳ trước chuyển sang), trong đó hồ sơ qua mạng là 1.210; giải quyết "
     "xong 3.310 hồ sơ.",
     [("dossiers_received", 3400), ("dossiers_online", 1210), ("dossiers_resolved", 3310)]),
])
def test_an_item_resolved_by_its_own_verb_keeps_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an aside closed before the next count's own verb speaks of the count before it, not of the next one
    ("Năm 2021 tỉnh tiếp nhận 92.118 hồ sơ (kể cả hồ sơ kỳ trước chuyển sang), đã giải quyết 90.402 hồ sơ.",
     [("dossiers_received", 92118), ("dossiers_resolved", 90402)]),
    ("Huyện nhận 6.700 hồ sơ (trong đó 120 hồ sơ tồn từ kỳ trước), giải quyết 6.512 hồ sơ, đúng hạn 6.498 hồ sơ.",
     [("dossiers_received", 6700), ("dossiers_carried_over", 120), ("dossiers_resolved", 6512),
      ("dossiers_ontime", 6498)]),
    ("Năm 2022 Sở đã tiếp nhận 1.530 hồ sơ (có 96 hồ sơ nhận qua bưu điện), đã giải quyết 1.498 hồ sơ.",
     [("dossiers_received", 1530), ("dossiers_postal", 96), ("dossiers_resolved", 1498)]),
])
def test_a_closed_aside_gives_no_kind_to_a_later_count_with_its_own_verb(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count whose own phrase says what was done to it keeps that, whatever kind the next clause names
    ("Năm 2021, 8.410 hồ sơ đã có kết quả, đúng hạn đạt 98,7%.",
     [("dossiers_resolved", 8410), ("dossiers_ontime_pct", 98.7)]),
    ("Năm 2021, 12.502 hồ sơ đã được giải quyết, không có hồ sơ quá hạn.", [("dossiers_resolved", 12502)]),
    ("Quý II có 3.118 hồ sơ được tiếp nhận; trực tuyến chiếm 35,2%.",
     [("dossiers_received", 3118), ("dossiers_online_pct", 35.2)]),
    # … but verbs coordinated after the comma go on with its phrase
    ("Năm 2020 có 5.083 hồ sơ được nộp, tiếp nhận và giải quyết trực tuyến.", [("dossiers_online", 5083)]),
])
def test_a_count_s_own_verb_after_its_noun_is_not_overridden_by_the_next_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit's parenthesis holds its own verb and count: the rate named before the unit is no kind of that count
    ("Năm 2022, dẫn đầu về tỷ lệ hồ sơ trực tuyến là huyện A (tiếp nhận 9.120 hồ sơ, trong đó 7.340 hồ sơ trực "
     "tuyến, đạt 80,48%), tiếp đến huyện B (tiếp nhận 6.015 hồ sơ, trong đó 4.410 hồ sơ trực tuyến, đạt 73,32%).",
     [("dossiers_received", 9120, "huyện A"), ("dossiers_online", 7340, "huyện A"),
      ("dossiers_online_pct", 80.48, "huyện A"), ("dossiers_received", 6015, "huyện B"),
      ("dossiers_online", 4410, "huyện B"), ("dossiers_online_pct", 73.32, "huyện B")]),
    ("Năm 2022, về hồ sơ trực tuyến, đứng đầu là Sở Y tế (đã giải quyết 2.204 hồ sơ), tiếp theo là Sở Xây dựng (đã "
     "giải quyết 1.730 hồ sơ).", [("dossiers_resolved", 2204, "Sở Y tế"), ("dossiers_resolved", 1730, "Sở Xây dựng")]),
])
def test_a_count_with_its_verb_inside_a_unit_s_parenthesis_keeps_its_verb(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text", [
    # a list item's count whose sibling item closed on a share takes no share's metric from it: a count is never a rate
    "Trong đó, 2.310 hồ sơ nộp qua mạng ở mức độ 3, chiếm 40,1%; 96 hồ sơ được xử lý trọn vẹn ở mức độ 4, bằng 1,7%.",
    "Gồm: 640 hồ sơ trực tuyến mức độ 3, đạt 22,5%; 31 hồ sơ được giải quyết ở mức độ 4.",
])
def test_a_count_takes_no_metric_from_a_siblings_share(text):
    assert all(not metric.endswith("_pct") for metric, value in facts(text) if value in (96.0, 31.0))


@pytest.mark.parametrize("text,expected", [
    # a count that took a kind from far off, right before a smaller count that names the kind itself: the whole
    ("Về hồ sơ trực tuyến, huyện tiếp nhận 48.210 hồ sơ, 9.804 hồ sơ được nộp trực tuyến, đạt 20,34%.",
     [("dossiers_received", 48210), ("dossiers_online", 9804), ("dossiers_online_pct", 20.34)]),
    ("Dù phải hạn chế tiếp dân trực tiếp, các sở vẫn nhận 61.200 hồ sơ, nhưng chỉ 4.100 hồ sơ gửi qua mạng.",
     [("dossiers_received", 61200), ("dossiers_online", 4100)]),
    # … but a unit named between makes the second a sibling, not a part
    ("Cấp tỉnh tiếp nhận trực tuyến 9.806 hồ sơ, cấp huyện 7.215 hồ sơ.",
     [("dossiers_online", 9806), ("dossiers_online", 7215)]),
])
def test_a_count_right_before_its_part_of_a_kind_is_the_whole(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share after two counts at different levels is read as their sum's, unless its value is the last level's share
    # of the count before them and not the sum's (58 of 1.964 is 2,95%; 479 of it would be 24,39%)
    ("Năm 2019, tỉnh có 1.964 thủ tục, trong đó 421 dịch vụ mức độ 3 và 58 dịch vụ mức độ 4, mới bằng 2,95% tổng "
     "số thủ tục.",
     [("procedures_total", 1964), ("services_level3", 421), ("services_level4", 58), ("services_level4_pct", 2.95)]),
    ("Năm 2021 huyện nhận 20.000 hồ sơ, gồm 1.500 hồ sơ trực tuyến mức độ 3 và 500 hồ sơ mức độ 4, chiếm 2,5% tổng số "
     "hồ sơ.",
     [("dossiers_received", 20000), ("dossiers_online_level3", 1500), ("dossiers_online_level4", 500),
      ("dossiers_online_level4_pct", 2.5)]),
    # … the sum's when the value says so
    ("Năm 2020, tỉnh có 1.958 thủ tục, với 724 dịch vụ mức độ 3 và 332 dịch vụ mức độ 4, chiếm 53,93% số thủ tục.",
     [("procedures_total", 1958), ("services_level3", 724), ("services_level4", 332), ("services_level34_pct", 53.93)]),
])
def test_a_share_after_two_levels_is_the_last_one_s_when_its_value_says_so(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the base said in an earlier paragraph decides it too (3.100 of 205.000 is 1,51%; 41.100 of it would be 20,05%)
    ("Năm 2022, huyện tiếp nhận 205.000 hồ sơ, trong đó 41.100 hồ sơ trực tuyến.\n"
     "Chia theo mức độ, hồ sơ mức độ 3 là 38.000, hồ sơ mức độ 4 là 3.100, bằng 1,51% tổng số hồ sơ tiếp nhận.",
     [("dossiers_received", 205000), ("dossiers_online", 41100), ("dossiers_online_level3", 38000),
      ("dossiers_online_level4", 3100), ("dossiers_online_level4_pct", 1.51)]),
    ("Sáu tháng, toàn tỉnh nhận 80.000 hồ sơ. Trong đó mức độ 3 có 7.200 hồ sơ và mức độ 4 có 800 hồ sơ, chỉ chiếm 1% "
     "tổng số hồ sơ.",
     [("dossiers_received", 80000), ("dossiers_online_level3", 7200), ("dossiers_online_level4", 800),
      ("dossiers_online_level4_pct", 1.0)]),
    # … and keeps the sum's share when the value is the sum's (8.000 of 80.000)
    ("Sáu tháng, toàn tỉnh nhận 80.000 hồ sơ.\nHồ sơ mức độ 3 là 7.200, hồ sơ mức độ 4 là 800, bằng 10% tổng số hồ sơ.",
     [("dossiers_received", 80000), ("dossiers_online_level3", 7200), ("dossiers_online_level4", 800),
      ("dossiers_online_pct", 10.0)]),
    # … or when no base was said
    ("Hồ sơ mức độ 3 là 7.200, hồ sơ mức độ 4 là 800, bằng 10% tổng số hồ sơ.",
     [("dossiers_online_level3", 7200), ("dossiers_online_level4", 800), ("dossiers_online_pct", 10.0)]),
])
def test_a_share_after_two_levels_checks_the_base_said_earlier(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sum word after the shares of different levels, the percentage their sum: the share of what they add up to
    ("Năm 2016, hồ sơ nộp trực tuyến mức độ 3 chiếm 4,71%, hồ sơ mức độ 4 chiếm 1,28%; hai mức này cộng lại chiếm 5,99%.",
     [("dossiers_online_level3_pct", 4.71), ("dossiers_online_level4_pct", 1.28), ("dossiers_online_pct", 5.99)]),
    ("Năm 2016, tỷ lệ hồ sơ trực tuyến mức độ 3 là 3,07%, mức độ 4 là 0,8%; tính chung cả hai mức đạt 3,87%.",
     [("dossiers_online_level3_pct", 3.07), ("dossiers_online_level4_pct", 0.8), ("dossiers_online_pct", 3.87)]),
    ("Năm 2016, dịch vụ mức độ 3 chiếm 40%, mức độ 4 chiếm 12%, tổng cộng 52%.",
     [("services_level3_pct", 40.0), ("services_level4_pct", 12.0), ("services_level34_pct", 52.0)]),
])
def test_a_sum_word_after_the_shares_of_parts_that_add_up_is_the_share_of_their_sum(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sum word before a share after counts of two levels: the share of their sum, for services as for dossiers
    ("Năm 2016, cổng công khai 1.632 thủ tục, nhưng chỉ 214 thủ tục được cung cấp trực tuyến ở mức độ 3 và 12 thủ tục ở "
     "mức độ 4; tính chung mới bằng 13,85% số thủ tục.",
     [("procedures_total", 1632.0), ("services_level3", 214.0), ("services_level4", 12.0), ("services_level34_pct", 13.85)]),
    ("Năm 2016, tỉnh có 300 dịch vụ mức độ 3 và 100 dịch vụ mức độ 4, cộng lại chiếm 20% số thủ tục.",
     [("services_level3", 300.0), ("services_level4", 100.0), ("services_level34_pct", 20.0)]),
    ("Năm 2016, tỉnh nhận 2.000 hồ sơ mức độ 3 và 500 hồ sơ mức độ 4, tổng cộng chiếm 5% số hồ sơ tiếp nhận.",
     [("dossiers_online_level3", 2000.0), ("dossiers_online_level4", 500.0), ("dossiers_online_pct", 5.0)]),
])
def test_a_sum_word_before_a_share_after_counts_of_levels_is_the_share_of_their_sum(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # not when the parts do not add up to it, nor with no sum word
    "Năm 2016, tỷ lệ hồ sơ trực tuyến mức độ 3 là 3,07%, mức độ 4 là 0,8%; tính chung đạt 4,5%.",
    "Năm 2016, tỷ lệ hồ sơ trực tuyến mức độ 3 là 3,07%, mức độ 4 là 0,8%, năm 2017 là 3,87%.",
])
def test_no_sum_of_shares_without_a_sum_word_or_an_adding_up(text):
    assert not any(metric == "dossiers_online_pct" for metric, _ in facts(text))


@pytest.mark.parametrize("text,expected", [
    # a sentence opening with a sum word and a share, after a sentence that counted the parts of one sum out of their
    # whole: the share of the parts' sum, when the whole says so
    ("Năm 2019, tỉnh tiếp nhận 120.000 hồ sơ, trong đó 6.000 hồ sơ nộp qua mạng mức độ 3 và 1.200 hồ sơ mức độ 4. "
     "Hai mức gộp lại bằng 6% tổng số hồ sơ, riêng mức độ 4 là 1%.",
     [("dossiers_received", 120000.0), ("dossiers_online_level3", 6000.0), ("dossiers_online_level4", 1200.0),
      ("dossiers_online_pct", 6.0), ("dossiers_online_level4_pct", 1.0)]),
    ("Năm 2019, tỉnh có 1.900 thủ tục, trong đó 300 dịch vụ mức độ 3 và 100 dịch vụ mức độ 4. Tính chung, hai mức "
     "chiếm 21,05% số thủ tục.",
     [("procedures_total", 1900.0), ("services_level3", 300.0), ("services_level4", 100.0),
      ("services_level34_pct", 21.05)]),
])
def test_a_sum_word_opening_the_next_sentence_takes_the_share_of_the_counted_parts(text, expected):
    assert facts(text) == expected


def test_no_share_of_counted_parts_that_do_not_add_up_to_it():
    text = ("Năm 2019, tỉnh tiếp nhận 120.000 hồ sơ, trong đó 6.000 hồ sơ nộp qua mạng mức độ 3 và 1.200 hồ sơ mức độ 4. "
            "Hai mức gộp lại bằng 9% tổng số hồ sơ.")
    assert ("dossiers_online_pct", 9.0) not in facts(text)


@pytest.mark.parametrize("text,expected", [
    # a lettered item's level label, after the header's colon, names the level of its count, a share after it too
    ("Năm 2018, tỉnh cung cấp 1.640 dịch vụ công trực tuyến, trong đó:\na) Mức độ 3: 302 dịch vụ, chiếm 18,41% tổng số;\n"
     "b) Mức độ 4: 51 dịch vụ.",
     [("services_total", 1640), ("services_level3", 302), ("services_level3_pct", 18.41), ("services_level4", 51)]),
    ("Năm 2018, huyện có 1.205 dịch vụ công trực tuyến, gồm:\n- Mức độ 3: 190 dịch vụ, bằng 15,77%;\n- Mức độ 4: 36 dịch vụ.",
     [("services_total", 1205), ("services_level3", 190), ("services_level3_pct", 15.77), ("services_level4", 36)]),
    # in parentheses, each count's level is the one labelling it, after the comma
    ("Năm 2020, tỉnh cung cấp 1.390 dịch vụ công trực tuyến (trong đó mức độ 3 là 904, mức độ 4 là 318).",
     [("services_total", 1390), ("services_level3", 904), ("services_level4", 318)]),
])
def test_an_item_s_level_label_names_the_level_of_its_count(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # under a header naming two measures, an item's first count with a part of a kind labelled after it is the whole
    # that came in
    ("Năm 2020, số hồ sơ tiếp nhận và số hồ sơ trực tuyến của ba huyện như sau: huyện A 4.210 hồ sơ, trực tuyến 930; "
     "huyện B 3.115 hồ sơ, trực tuyến 412.",
     [("dossiers_received", 4210), ("dossiers_online", 930), ("dossiers_received", 3115), ("dossiers_online", 412)]),
    ("Hồ sơ tiếp nhận và nộp qua mạng năm 2021 theo lĩnh vực: đất đai 12.006 hồ sơ, qua mạng 1.430; hộ tịch 8.217 hồ "
     "sơ, qua mạng 2.960.",
     [("dossiers_received", 12006), ("dossiers_online", 1430), ("dossiers_received", 8217), ("dossiers_online", 2960)]),
    # an item with no part after it keeps the header's kind
    ("Số hồ sơ nộp trực tuyến năm 2021 theo lĩnh vực: đất đai 1.430 hồ sơ; hộ tịch 2.960 hồ sơ.",
     [("dossiers_online", 1430), ("dossiers_online", 2960)]),
])
def test_an_item_s_whole_with_a_labelled_part_after_it_is_what_came_in(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare count followed by its level alone in parentheses is the whole's count at that level
    ("Năm 2017, huyện cung cấp 980 dịch vụ công trực tuyến, bao gồm 820 (mức độ 2), 140 (mức độ 3) và 20 (mức độ 4).",
     [("services_total", 980), ("services_level2", 820), ("services_level3", 140), ("services_level4", 20)]),
    ("Năm 2019, tỉnh tiếp nhận 5.300 hồ sơ trực tuyến, trong đó 4.100 (mức 3) và 1.200 (mức 4).",
     [("dossiers_online", 5300), ("dossiers_online_level3", 4100), ("dossiers_online_level4", 1200)]),
    ("Năm 2016, thành phố có 1.120 dịch vụ công trực tuyến, gồm 97 (mức độ III) và 15 (mức độ IV).",
     [("services_total", 1120), ("services_level3", 97), ("services_level4", 15)]),
])
def test_an_item_s_level_in_parentheses_after_its_count_names_its_level(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_a_parenthesis_after_a_count_that_is_no_level_names_none():
    text = "Năm 2019, tỉnh tiếp nhận 5.300 hồ sơ trực tuyến, trong đó 4.100 (tăng 12%) và 1.200 (cấp huyện)."
    assert not [m for m, _ in facts(text) if "level" in m]


@pytest.mark.parametrize("text,expected", [
    # a label that is a verb of the dossier flow alone counts dossiers, their noun left out
    ("Kết quả năm 2021:\n- Tiếp nhận: 54.210\n- Đã giải quyết: 53.877\n- Đang giải quyết: 333",
     [("dossiers_received", 54210), ("dossiers_resolved", 53877), ("dossiers_pending", 333)]),
    ("Quý I/2022:\n• Nhận mới: 8.140 hồ sơ.\n• Giải quyết đúng hạn: 7.902 hồ sơ.",
     [("dossiers_received", 8140), ("dossiers_ontime", 7902)]),
    ("Năm 2020:\nTiếp nhận: 12.600; trực tuyến: 2.310.", [("dossiers_received", 12600), ("dossiers_online", 2310)]),
])
def test_a_label_of_the_dossier_flow_alone_counts_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    # … not when another noun follows the value, nor for a word that only opens like a verb ("nhận xét")
    "Nhận xét năm 2023:\n- Tiếp nhận: hơn 620.000 tài khoản định danh điện tử đã được kích hoạt.",
    "Năm 2023:\nNhận xét: 620.000 người đã cài ứng dụng.",
])
def test_a_flow_label_before_another_noun_counts_no_dossiers(text):
    assert not [m for m, _ in facts(text) if m.startswith("dossiers")]


def test_a_number_labelled_as_a_rate_takes_no_count_noun_from_the_figure_before():
    text = "Năm 2024:\n– Tiếp nhận: 287.415; tỷ lệ trực tuyến: 70,07"
    assert facts(text) == [("dossiers_received", 287415)]


@pytest.mark.parametrize("text,expected", [
    # an item that only restates the header's last clause ("cụ thể là", "tức là") is of that clause's level; the
    # header's count, the next clause opening with its own noun, names no level of it
    ("Năm 2019, trong 1.650 dịch vụ công trực tuyến của tỉnh, dịch vụ mức độ 3 chiếm gần một phần ba, cụ thể là 540 "
     "dịch vụ; mức độ 4 có 120 dịch vụ.",
     [("services_total", 1650), ("services_level3", 540), ("services_level4", 120)]),
    ("Năm 2019, trong 1.650 dịch vụ công trực tuyến, dịch vụ mức độ 4 mới là số ít, tức là 120 dịch vụ; mức độ 3 có "
     "540 dịch vụ.",
     [("services_total", 1650), ("services_level4", 120), ("services_level3", 540)]),
    # … an item with a label of its own keeps it
    ("Năm 2019, trong 1.650 dịch vụ công trực tuyến, dịch vụ mức độ 4 tăng mạnh, cụ thể: mức độ 3 có 540 dịch vụ; "
     "mức độ 4 có 120 dịch vụ.",
     [("services_total", 1650), ("services_level3", 540), ("services_level4", 120)]),
])
def test_an_item_restating_the_header_s_last_clause_takes_its_level(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a named unit's bare percentage after a sibling's in its sentence continues the sibling's rate, not the rate the
    # paragraph before named
    ("Năm 2021, tỉnh tiếp nhận 90.400 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 21,5%.\nCổng dịch vụ công có 1.700 dịch vụ; mức "
     "độ 4 có 600 dịch vụ, chiếm 35,3%.\nỞ cấp huyện, thị xã Tân Châu đạt 29,1%, cao nhất tỉnh; huyện An Phú còn dưới 4% "
     "vì sóng di động yếu.",
     [("dossiers_online_pct", 29.1), ("dossiers_online_pct", 4.0)]),
    ("Năm 2021, tỷ lệ văn bản điện tử của tỉnh đạt 88%.\nTỉnh có 1.700 dịch vụ; mức độ 4 có 600 dịch vụ, chiếm 35,3%.\n"
     "Riêng khối huyện, văn bản điện tử của thị xã Tân Châu đạt 91,5%; huyện An Phú chỉ đạt 70% do thiếu máy tính.",
     [("edocs_pct", 91.5), ("edocs_pct", 70.0)]),
])
def test_a_unit_s_bare_percentage_continues_its_sibling_s_rate(text, expected):
    got = [(m, v) for m, v, scope in facts(text, ("metric", "value", "scope")) if scope]
    assert got == expected


@pytest.mark.parametrize("text,expected", [
    # a label's value given as its total right after the colon is the label's own value
    ("Năm 2020:\n– Dịch vụ công trực tuyến: tổng số 1.640; mức độ 3: 301; mức độ 4: 77.",
     [("services_total", 1640), ("services_level3", 301), ("services_level4", 77)]),
    ("Năm 2020:\n– Hồ sơ nộp trực tuyến: tổng cộng 8.210.", [("dossiers_online", 8210)]),
    ("Năm 2020:\n– Thủ tục hành chính: tổng số là 1.902.", [("procedures_total", 1902)]),
])
def test_a_label_s_value_given_as_its_total_is_the_label_s_value(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a sum after parts counts them together, a part's own share beside it passed over
    ("Năm 2020, tỉnh nhận 75.000 hồ sơ; 2.600 hồ sơ nộp qua mạng ở mức độ 3 và 400 hồ sơ ở mức độ 4 (0,53%), tổng cộng "
     "3.000 hồ sơ, tương đương 4%.", ("dossiers_online", 3000)),
    ("Năm 2020, tỉnh có 410 dịch vụ mức độ 3 (22,1%) và 95 dịch vụ mức độ 4 (5,1%), tổng cộng 505 dịch vụ.",
     ("services_level34", 505)),
    # the three old levels add up to all services
    ("Năm 2016, tỉnh có 1.402 dịch vụ mức độ 2, 96 dịch vụ mức độ 3 và 11 dịch vụ mức độ 4, tổng cộng 1.509 dịch vụ.",
     ("services_total", 1509)),
    ("Năm 2017, cổng cung cấp 1.211 dịch vụ mức độ 2, 140 dịch vụ mức độ 3, 25 dịch vụ mức độ 4; cộng lại 1.376 dịch vụ.",
     ("services_total", 1376)),
])
def test_a_sum_after_parts_passes_over_their_shares(text, expected):
    assert expected in facts(text, ("metric", "value"))


@pytest.mark.parametrize("text,expected", [
    # the parts in clauses of their own, each with its share, then the sum in a clause of its own
    ("Năm 2019, tỉnh nhận 90.000 hồ sơ. Hồ sơ trực tuyến mức độ 3 là 4.500, bằng 5% số hồ sơ tiếp nhận; mức độ 4 là "
     "900, bằng 1%; cộng lại 5.400 hồ sơ, chiếm 6% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 5400.0), ("dossiers_online_pct", 6.0)]),
    ("Năm 2018, số dịch vụ mức độ 3 là 320; số dịch vụ mức độ 4 là 80; tổng cộng 400 dịch vụ.",
     [("services_level34", 400.0)]),
    # … but not when they do not add up: a count of its own words
    ("Năm 2019, hồ sơ trực tuyến mức độ 3 là 4.500; mức độ 4 là 900; tổng cộng 71.000 hồ sơ được tiếp nhận.",
     [("dossiers_received", 71000.0)]),
])
def test_a_sum_adds_up_parts_said_in_clauses_of_their_own(text, expected):
    rows = facts(text, ("metric", "value"))
    assert all(e in rows for e in expected)


@pytest.mark.parametrize("text,expected", [
    # a block's own label, then field labels and their values on one line
    ("Khối hồ sơ năm 2023: Tiếp nhận: 84.512 · Trong đó trực tuyến: 40.117 · Đã giải quyết: 83.906.",
     [("dossiers_received", 84512), ("dossiers_online", 40117), ("dossiers_resolved", 83906)]),
    ("Số liệu cả năm 2023: Tiếp nhận: 84.512; Đã giải quyết: 83.906.",
     [("dossiers_received", 84512), ("dossiers_resolved", 83906)]),
    # fields after a unit's name on a ranking page, the dots between them
    ("Xếp hạng năm 2023: Hạng 2 · Sở Nội vụ · Hồ sơ đã giải quyết: 3.208 · Tỷ lệ đúng hạn: 99,4%.",
     [("dossiers_resolved", 3208), ("dossiers_ontime_pct", 99.4)]),
    # words with a figure in them after a colon are no label: the year's value in parentheses keeps the rate before it
    ("Chỉ tiêu năm 2017 về hồ sơ nộp qua mạng: đạt 8% tổng số hồ sơ tiếp nhận (năm 2016: 3,62%).",
     [("dossiers_online_pct", 8), ("dossiers_online_pct", 3.62)]),
])
def test_field_labels_after_a_block_label_or_a_field_dot(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a line of a table written as text: the line's label names every column's value ("hiện nay", "chỉ tiêu năm …")
    ("Dịch vụ công trực tuyến mức độ 4 – hiện nay: 58 dịch vụ; chỉ tiêu năm 2021: 140 dịch vụ.",
     [("services_level4", 58, "actual"), ("services_level4", 140, "target")]),
    ("Hộp thư điện tử công vụ – thực hiện năm 2019: 4.210 hộp thư; kế hoạch năm 2020: 5.000 hộp thư.",
     [("email_accounts", 4210, "actual"), ("email_accounts", 5000, "target")]),
    ("Dịch vụ công trực tuyến mức độ 3 – kết quả: 312 dịch vụ; mục tiêu: 400 dịch vụ.",
     [("services_level3", 312, "actual"), ("services_level3", 400, "target")]),
])
def test_a_column_label_in_a_table_line_takes_the_line_s_label(text, expected):
    assert facts(text, ("metric", "value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a part out of its whole in parentheses right after a share of services counts those services, its whole named
    # as procedures or as services
    ("Năm 2019, tỉnh áp dụng 1.742 thủ tục hành chính, trong đó dịch vụ mức độ 4 chiếm 9,3% (162/1.742 thủ tục).",
     [("procedures_total", 1742.0), ("services_level4_pct", 9.3), ("services_level4", 162.0)]),
    ("Năm 2021, dịch vụ mức độ 4 chiếm 12,5% (205/1.640 thủ tục hành chính).",
     [("services_level4_pct", 12.5), ("services_level4", 205.0), ("procedures_total", 1640.0)]),
    # … as a share of dossiers counts those dossiers
    ("Năm 2019, tỷ lệ hồ sơ trực tuyến đạt 11,6% (10.237/88.245 hồ sơ).",
     [("dossiers_online_pct", 11.6), ("dossiers_online", 10237.0), ("dossiers_received", 88245.0)]),
])
def test_a_fraction_after_a_share_counts_what_the_share_is_of(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a whole that came in online (through the online system, its subject) breaks down into parts that came in online
    ("Cổng dịch vụ công trực tuyến của tỉnh nhận 4.210 hồ sơ, chia theo lĩnh vực: tư pháp 1.830 hồ sơ; đất đai 902 hồ sơ.",
     [("dossiers_online", 4210), ("dossiers_online", 1830), ("dossiers_online", 902)]),
    ("Trong quý, hệ thống dịch vụ công trực tuyến tiếp nhận 3.100 hồ sơ, gồm: hộ tịch 1.200 hồ sơ; xây dựng 400 hồ sơ.",
     [("dossiers_online", 3100), ("dossiers_online", 1200), ("dossiers_online", 400)]),
    # a whole that came in by any channel: its parts too
    ("Tỉnh tiếp nhận 9.000 hồ sơ, gồm: cấp tỉnh 5.000 hồ sơ; cấp huyện 4.000 hồ sơ.",
     [("dossiers_received", 9000), ("dossiers_received", 5000), ("dossiers_received", 4000)]),
])
def test_parts_of_an_online_whole_came_in_online(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share closing a list of counts at different levels is the share of them all …
    ("Năm 2018, trong đó hồ sơ mức độ 3 là 392 hồ sơ, mức độ 4 là 27 hồ sơ, chỉ chiếm 2,8% tổng số hồ sơ.",
     [("dossiers_online_level3", 392), ("dossiers_online_level4", 27), ("dossiers_online_pct", 2.8)]),
    # … but when an earlier item has its own share, each item has: the last share is the last item's
    ("Năm 2017, hồ sơ trực tuyến đạt 11.286, bằng 6,03%; trong đó hồ sơ mức độ 3 là 10.212, bằng 5,46% số hồ sơ tiếp "
     "nhận, hồ sơ mức độ 4 là 1.074, chỉ bằng 0,57%.",
     [("dossiers_online", 11286), ("dossiers_online_pct", 6.03), ("dossiers_online_level3", 10212),
      ("dossiers_online_level3_pct", 5.46), ("dossiers_online_level4", 1074), ("dossiers_online_level4_pct", 0.57)]),
    ("Năm 2020, số hồ sơ qua mạng là 5.000, trong đó hồ sơ mức độ 3 là 4.200, đạt 3,1%, hồ sơ mức độ 4 là 800, chỉ "
     "đạt 0,6%.",
     [("dossiers_online", 5000), ("dossiers_online_level3", 4200), ("dossiers_online_level3_pct", 3.1),
      ("dossiers_online_level4", 800), ("dossiers_online_level4_pct", 0.6)]),
    ("Năm 2019, tỉnh có 812 hồ sơ trực tuyến, gồm: mức độ 3 là 700 hồ sơ, chiếm 4,1%; mức độ 4 là 112 hồ sơ, "
     "chiếm 0,6%.",
     [("dossiers_online", 812), ("dossiers_online_level3", 700), ("dossiers_online_level3_pct", 4.1),
      ("dossiers_online_level4", 112), ("dossiers_online_level4_pct", 0.6)]),
])
def test_a_share_closing_a_list_is_the_last_item_s_when_items_have_their_own(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # under a header of services with no figure of its own, an item that is only an agency's or a field's name and
    # its number counts what the header names
    ("Năm 2018, dịch vụ mức độ 4 chia theo lĩnh vực như sau: lĩnh vực Công Thương 14; lĩnh vực Giao thông vận tải 11; "
     "lĩnh vực Nông nghiệp và Phát triển nông thôn 5.",
     [("services_level4", 14), ("services_level4", 11), ("services_level4", 5)]),
    ("Năm 2019, số dịch vụ mức độ 3 của từng sở: Sở Tư pháp 46; Sở Kế hoạch và Đầu tư 41; Sở Xây dựng 20.",
     [("services_level3", 46), ("services_level3", 41), ("services_level3", 20)]),
    # not an item naming a noun of its own after its number
    ("Năm 2019, số dịch vụ mức độ 3 của từng sở: Sở Tư pháp 46; Sở Y tế 30 cán bộ được tập huấn.",
     [("services_level3", 46)]),
])
def test_a_named_item_under_a_services_header_counts_the_header_s_services(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list whose lines each end with their value in parentheses: the line before the value is its label
    ("Năm 2019, kết quả chính gồm:\n- Dịch vụ công trực tuyến tỉnh đang cung cấp (1.208);\n"
     "- Hồ sơ tiếp nhận trong năm (96.540);\n- Hồ sơ nộp qua mạng (4.312).",
     [("services_total", 1208), ("dossiers_received", 96540), ("dossiers_online", 4312)]),
    ("Số liệu năm 2020:\n• Hộp thư công vụ đã cấp cho cán bộ (3.902)\n• Dịch vụ công trực tuyến mức độ 4 (57)",
     [("email_accounts", 3902), ("services_level4", 57)]),
    # … and a line's own label is its subject, not the rate a line above named
    ("Năm 2021:\n- Tỷ lệ hồ sơ được giải quyết đúng hạn (98,1%);\n"
     "- Cán bộ, công chức dùng thư điện tử công vụ thường xuyên (72%).",
     [("dossiers_ontime_pct", 98.1), ("email_usage_pct", 72)]),
    ("Năm 2021:\n- Tỷ lệ hồ sơ giải quyết đúng hạn: 98,1%;\n- Văn bản đi được gửi dưới dạng điện tử: 64%;\n"
     "- Cán bộ, công chức thường xuyên dùng hộp thư công vụ: 70%.",
     [("dossiers_ontime_pct", 98.1), ("edocs_pct", 64), ("email_usage_pct", 70)]),
])
def test_a_list_s_values_closing_their_lines_take_their_line_as_label(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count in a clause a sum word opens, adding up exactly the counts of one metric said right before it (in its
    # sentence or the ones before in the paragraph): that metric's total
    ("Năm 2022, tháng 7 tỉnh nhận 5.210 hồ sơ trực tuyến, tháng 8 là 5.904 hồ sơ, tháng 9 là 6.011 hồ sơ. Cộng cả quý III "
     "là 17.125 hồ sơ.",
     [("dossiers_online", 5210.0), ("dossiers_online", 5904.0), ("dossiers_online", 6011.0), ("dossiers_online", 17125.0)]),
    ("Năm 2023, tháng 4 huyện nhận 1.215 hồ sơ qua mạng, tháng 5 là 1.082 hồ sơ và tháng 6 là 1.340 hồ sơ, cộng cả quý là "
     "3.637 hồ sơ.",
     [("dossiers_online", 1215.0), ("dossiers_online", 1082.0), ("dossiers_online", 1340.0), ("dossiers_online", 3637.0)]),
    ("Năm 2021, quý I tỉnh cấp 310 hộp thư công vụ, quý II cấp thêm 290 hộp thư, tổng cộng 600 hộp thư.",
     [("email_accounts", 310.0), ("email_accounts", 290.0), ("email_accounts", 600.0)]),
    # (a sum that does not add them up is left as it reads)
    ("Năm 2022, tháng 7 tỉnh nhận 5.210 hồ sơ trực tuyến, tháng 8 là 5.904 hồ sơ. Cộng cả năm là 61.200 hồ sơ.",
     [("dossiers_online", 5210.0), ("dossiers_online", 5904.0)]),
])
def test_a_sum_word_before_the_total_of_the_counts_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate whose own phrase names another noun right after "tỷ lệ" is not the heading's rate
    ("Quảng Nam: hồ sơ xử lý trên mạng\nTỶ LỆ HỒ SƠ XỬ LÝ TRÊN MẠNG\nNăm 2019, tỷ lệ văn bản được xử lý trên hệ thống "
     "điều hành đạt 86,2%.", []),
    # … while "tỷ lệ này" or a rate out of the heading's own noun still is
    ("Quảng Nam: hồ sơ xử lý trên mạng\nTỶ LỆ HỒ SƠ XỬ LÝ TRÊN MẠNG\nNăm 2019, tỷ lệ này đạt 31,2%.",
     [("dossiers_online_pct", 31.2)]),
])
def test_a_heading_s_rate_does_not_take_a_rate_naming_another_noun(text, expected):
    assert facts(text, meta={"published": "2019-10-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a value after a label's colon that names a noun of its own the label does not name: the label lends no rate
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của sở đạt 61%; ban giám đốc giao nhiệm vụ cho quý IV: 100% văn bản đi được ký số.",
     [("dossiers_online_pct", 61.0)]),
    ("Năm 2022, tỷ lệ hồ sơ nộp qua mạng đạt 48%. Chi bộ thống nhất chỉ tiêu: 90% cán bộ dự lớp tập huấn.",
     [("dossiers_online_pct", 48.0)]),
    # … the label naming that noun, or a measure word after the value, keeps the label's reading
    ("Hệ thống thư điện tử công vụ\nSố cơ quan sử dụng hệ thống: 57 cơ quan.", [("email_agencies", 57.0)]),
    ("Kết quả đánh giá năm 2022\nHài lòng: 96,4% lượt đánh giá.", [("satisfaction_pct", 96.4)]),
])
def test_a_label_lends_no_rate_to_a_value_naming_another_noun(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an item's own level label stands against the level an earlier item left in the header's words
    ("Năm 2020:\n- Số hồ sơ nộp trực tuyến: 7.210 hồ sơ, bằng 3,9% tổng số hồ sơ tiếp nhận, trong đó:\n"
     "+ Mức độ 3: 6.800 hồ sơ, bằng 3,68% tổng số hồ sơ tiếp nhận;\n+ Mức độ 4: 410 hồ sơ.\n",
     [("dossiers_online", 7210), ("dossiers_online_pct", 3.9), ("dossiers_online_level3", 6800),
      ("dossiers_online_level3_pct", 3.68), ("dossiers_online_level4", 410)]),
    ("Năm 2020:\n- Dịch vụ công trực tuyến: 1.650 dịch vụ, trong đó:\n+ Mức độ 3: 310 dịch vụ, chiếm 18,8%;\n"
     "+ Mức độ 4: 95 dịch vụ.\n",
     [("services_total", 1650), ("services_level3", 310), ("services_level3_pct", 18.8), ("services_level4", 95)]),
])
def test_an_item_s_own_level_label_stands_against_the_header_s(text, expected):
    assert facts(text) == expected
