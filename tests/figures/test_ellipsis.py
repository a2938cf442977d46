"""Subjects left out (figures/ellipsis.py): hand-made sentences in several shapes."""
import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    ("100% công chức cấp xã đã được cấp hộp thư công vụ, nhưng chỉ khoảng 60% thường xuyên sử dụng.",
     [("email_issued_pct", 100), ("email_usage_pct", 60)]),
    ("Tỉnh đã cấp 3.200 tài khoản thư điện tử, trong đó 2.900 đang hoạt động.",
     [("email_accounts", 3200), ("email_accounts", 2900)]),
    # words of its own before the number: not a bare continuation
    ("Tỉnh có 240 dịch vụ công trực tuyến, xếp thứ 18 trong khu vực.", [("services_total", 240)]),
    ("Toàn tỉnh có 1.500 thủ tục hành chính của 3 cấp chính quyền được chuẩn hóa.", [("procedures_total", 1500)]),
])
def test_a_bare_number_shares_the_noun_of_the_figure_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Số hồ sơ tiếp nhận năm 2019 là 40.000. Trong đó, qua mạng chiếm 12%.",
     [("dossiers_received", 40000), ("dossiers_online_pct", 12)]),
    ("Các cơ quan đã giải quyết 25.000 hồ sơ. Trước hạn đạt 60%, trễ hạn 1,5%.",
     [("dossiers_resolved", 25000), ("dossiers_early_pct", 60), ("dossiers_late_pct", 1.5)]),
    # a sentence that names a noun of its own is not a continuation
    ("Số hồ sơ tiếp nhận là 40.000. Có 80 cuộc họp trực tuyến được tổ chức.", [("dossiers_received", 40000),
                                                                          ("online_meetings", 80)]),
])
def test_a_sentence_without_a_noun_continues_the_one_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2022, chỉ số DTI của tỉnh xếp thứ 25/63. Năm 2021, con số này là 31.",
     [("dti_rank", 25, 2022), ("dti_rank", 31, 2021)]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 55%. Năm 2022, tỷ lệ này chỉ đạt 38%.",
     [("dossiers_online_pct", 55, 2023), ("dossiers_online_pct", 38, 2022)]),
    # the count behind a share stands between them: "tỷ lệ này" points to the share, not the count
    ("Năm 2023, hồ sơ trực tuyến chiếm 30% tổng số hồ sơ, tương ứng 9.000 hồ sơ; năm 2022 tỷ lệ này là 18%.",
     [("dossiers_online_pct", 30, 2023), ("dossiers_online", 9000, 2023), ("dossiers_online_pct", 18, 2022)]),
    ("Năm 2021, 95% cán bộ được cấp hộp thư, với 4.100 tài khoản. Năm 2020, tỷ lệ này là 80%.",
     [("email_issued_pct", 95, 2021), ("email_accounts", 4100, 2021), ("email_issued_pct", 80, 2020)]),
])
def test_this_figure_at_another_time_restates_the_figure_before(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count named "con số này" right after a share: the count the share is of, at that other time
    ("Năm 2018, có 2.310 hồ sơ nộp qua mạng, chiếm 4,2% tổng số hồ sơ; năm 2017 con số này chỉ là 860.",
     [("dossiers_online", 2310, 2018), ("dossiers_online_pct", 4.2, 2018), ("dossiers_online", 860, 2017)]),
    ("Năm 2023, hồ sơ trễ hạn chiếm 1,3%. Năm 2022, con số này là 1.712 hồ sơ.",
     [("dossiers_late_pct", 1.3, 2023), ("dossiers_late", 1712, 2022)]),
    # … but a count of another noun is none of it, nor is a difference
    ("Năm 2023, hồ sơ trễ hạn chiếm 1,3%. Năm 2022, con số này là 14 đơn vị.", [("dossiers_late_pct", 1.3, 2023)]),
    ("Năm 2023, hồ sơ trực tuyến chiếm 41,2%. Con số này còn thấp hơn tỉnh bạn 9 điểm.",
     [("dossiers_online_pct", 41.2, 2023)]),
])
def test_a_count_pointing_back_to_a_share_is_the_count_it_is_a_share_of(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # no share said yet: "this rate" is the share of the part counted right after its whole
    ("Chín tháng năm 2023, tỉnh nhận 412.300 hồ sơ, trong đó 198.050 hồ sơ gửi qua mạng. Cùng kỳ năm 2022, tỷ lệ này "
     "chỉ là 31,4%.", [("dossiers_received", 412300.0), ("dossiers_online", 198050.0), ("dossiers_online_pct", 31.4)]),
    ("Huyện tiếp nhận 9.870 hồ sơ, có 2.115 hồ sơ nộp trực tuyến, tỷ lệ này năm trước là 11%.",
     [("dossiers_received", 9870.0), ("dossiers_online", 2115.0), ("dossiers_online_pct", 11.0)]),
    ("Năm 2024, các cơ quan tiếp nhận 56.400 hồ sơ, trong đó 30.120 hồ sơ trực tuyến. Năm 2023, tỷ lệ đó mới đạt 40,2%.",
     [("dossiers_received", 56400.0), ("dossiers_online", 30120.0), ("dossiers_online_pct", 40.2)]),
    # … not a count pointed to ("con số này"), which stays a count
    ("Tỉnh nhận 56.400 hồ sơ, trong đó 30.120 hồ sơ trực tuyến. Năm 2023, con số này là 21.500.",
     [("dossiers_received", 56400.0), ("dossiers_online", 30120.0), ("dossiers_online", 21500.0)]),
    # … and not a count with no whole before it: a rate of its holders is not its share
    ("Hệ thống có 26.000 tài khoản thư, nhưng tỷ lệ này mới chừng 70%.", [("email_accounts", 26000.0)]),
])
def test_this_rate_after_a_part_and_its_whole_is_the_parts_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence that is only a level's label and its number continues the noun of the sentence before
    ("Cổng có 1.604 dịch vụ công trực tuyến. Mức độ 2: 1.310. Mức độ 3: 240. Mức độ 4: 54.",
     [("services_total", 1604.0), ("services_level2", 1310.0), ("services_level3", 240.0), ("services_level4", 54.0)]),
    ("Tỉnh có 980 dịch vụ công trực tuyến. Mức 4: 212, bằng 21,6%.",
     [("services_total", 980.0), ("services_level4", 212.0), ("services_level4_pct", 21.6)]),
    # … a label of words still reads as before
    ("Năm 2022, tỉnh tiếp nhận 40.210 hồ sơ. Nộp trực tuyến: 9.804.", [("dossiers_received", 40210.0),
                                                                      ("dossiers_online", 9804.0)]),
])
def test_a_level_label_and_its_number_continue_the_noun_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of change moving to the level ("lên", "xuống", "xuống còn"): the figure pointed back to, at its new level
    ("Quý I, tỷ lệ hồ sơ trực tuyến đạt 58,2%. Sang quý II, tỷ lệ này giảm xuống còn 49,7%.",
     [("dossiers_online_pct", 58.2), ("dossiers_online_pct", 49.7)]),
    ("Năm 2021, tỉnh có 3.410 hồ sơ trễ hạn. Năm 2022, con số này tăng lên 4.006.",
     [("dossiers_late", 3410), ("dossiers_late", 4006)]),
    ("Tháng 4 có 61,3% hồ sơ nộp trực tuyến; tháng 5 hệ thống gặp sự cố, tỷ lệ tụt xuống 40,2%.",
     [("dossiers_online_pct", 61.3), ("dossiers_online_pct", 40.2)]),
    # … but a rise or fall by so much is a difference, no figure
    ("Quý I, tỷ lệ hồ sơ trực tuyến đạt 58,2%. Sang quý II, tỷ lệ này giảm 8,5%.", [("dossiers_online_pct", 58.2)]),
])
def test_a_figure_pointed_back_to_moves_to_the_level_after_lên_or_xuống(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2019, khoảng 60% cán bộ dùng thư điện tử công vụ thường xuyên; ở cấp xã con số này chưa tới 25%.",
     [("email_usage_pct", 60, "approx"), ("email_usage_pct", 25, "less_than")]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 31%. Ở cấp huyện, tỷ lệ này chỉ khoảng 12%.",
     [("dossiers_online_pct", 31, "exact"), ("dossiers_online_pct", 12, "approx")]),
])
def test_a_pointing_phrase_then_a_qualifier_restates_the_figure_before(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # a few words between the pointing phrase and the number: a verb, a possessor
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 70%. Tại Sở Tài chính, tỷ lệ này đã vượt 95%.",
     [("edocs_pct", 70), ("edocs_pct", 95)]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 18%. Cùng kỳ, tỷ lệ này ở huyện Tân Phú chỉ là 6%.",
     [("dossiers_online_pct", 18), ("dossiers_online_pct", 6)]),
    # a comparison between them: a difference, not the figure again
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 45%. Tỷ lệ này cao hơn 9% so với năm 2019.",
     [("dossiers_online_pct", 45)]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 45%. Tỷ lệ này đã tăng 9% so với năm 2019.",
     [("dossiers_online_pct", 45)]),
])
def test_a_pointing_phrase_reaches_its_number_across_a_few_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the period the figure is said for stands between the pointing phrase and the number, its year written in it
    ("Năm 2016, các sở tiếp nhận 52.000 hồ sơ, trong đó 4.160 hồ sơ nộp qua mạng, chiếm 8%. Tỷ lệ này năm 2015 là 3,5%.",
     [("dossiers_received", 52000, 2016), ("dossiers_online", 4160, 2016), ("dossiers_online_pct", 8, 2016),
      ("dossiers_online_pct", 3.5, 2015)]),
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 91%. Tỷ lệ này trong quý I/2019 mới đạt 64%.",
     [("edocs_pct", 91, 2020), ("edocs_pct", 64, 2019)]),
    ("Tháng 6/2021, tỉnh có 2.750 hồ sơ trực tuyến. Con số này tháng 6/2020 chỉ là 1.020.",
     [("dossiers_online", 2750, 2021), ("dossiers_online", 1020, 2020)]),
    # a year that is a comparison's baseline is still no restatement
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 45%. Tỷ lệ này năm 2020 tăng 9% so với năm 2019.",
     [("dossiers_online_pct", 45, 2020)]),
])
def test_a_pointing_phrase_reaches_its_number_across_its_period(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # the rate a paragraph names in words, with no figure before the pointing phrase, is the one it points at, not
    # the last rate of an earlier paragraph; points numbered inline ("(1) … (2) …") are no figures
    ("Tỷ lệ người dân hài lòng năm 2022 đạt 90,2%.\nCâu hỏi: (1) Tỷ lệ hồ sơ nộp trực tuyến của huyện là bao nhiêu? "
     "(2) Ở huyện bên cạnh, tỷ lệ này là 38,5%.", [("satisfaction_pct", 90.2), ("dossiers_online_pct", 38.5)]),
    ("Tỷ lệ văn bản điện tử năm 2021 đạt 97%.\nNhiều người hỏi về tỷ lệ cán bộ sử dụng thư điện tử công vụ. Ở cấp xã, "
     "tỷ lệ này mới khoảng 60%.", [("edocs_pct", 97), ("email_usage_pct", 60)]),
    # a figure in the paragraph before the pointing phrase: it points at that figure's rate
    ("Tỷ lệ người dân hài lòng năm 2022 đạt 90,2%.\nTỷ lệ hồ sơ nộp trực tuyến được nhắc nhiều; năm 2022 tỷ lệ văn "
     "bản điện tử đạt 95%. Ở cấp xã, tỷ lệ này là 81%.", [("satisfaction_pct", 90.2), ("edocs_pct", 95), ("edocs_pct", 81)]),
])
def test_this_rate_points_at_the_rate_its_paragraph_names(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "tỷ lệ này" points at the nearest rate before it in its sentence, even one no rule reads (no earlier rate then)
    ("Năm 2018, tỷ lệ văn bản điện tử đạt 82%. Năm 2018, 90% công chức cấp tỉnh có điện thoại thông minh, trong khi ở "
     "cấp xã tỷ lệ này là 48%.", [("edocs_pct", 82)]),
    # (a rate that is read, the officials with a computer, is the one pointed at)
    ("Năm 2018, tỷ lệ văn bản điện tử đạt 82%. Năm 2018, 90% công chức cấp tỉnh có máy tính kết nối mạng, trong khi ở "
     "cấp xã tỷ lệ này là 48%.", [("edocs_pct", 82), ("computers_pct", 90), ("computers_pct", 48)]),
    ("Năm 2018, tỷ lệ hồ sơ trực tuyến là 7%. Về giáo dục, 85% trường học có phòng tin học, còn ở vùng núi tỷ lệ này "
     "chỉ 30%.", [("dossiers_online_pct", 7)]),
    # a rate that was read keeps its restatement
    ("Năm 2018, tỷ lệ hồ sơ trực tuyến đạt 12%, trong khi ở cấp xã tỷ lệ này là 4%.",
     [("dossiers_online_pct", 12), ("dossiers_online_pct", 4)]),
])
def test_this_rate_points_at_the_nearest_rate_even_unread(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare percentage after a dossier count, its kind written after it
    ("Năm 2022, Sở đã giải quyết 2.040 hồ sơ, 99,5% đúng hạn.", [("dossiers_resolved", 2040), ("dossiers_ontime_pct", 99.5)]),
    ("Quý I tiếp nhận 8.300 hồ sơ, 37% qua mạng.", [("dossiers_received", 8300), ("dossiers_online_pct", 37)]),
    # no kind after it: no figure of ours
    ("Quý I tiếp nhận 8.300 hồ sơ, 37% thuộc lĩnh vực đất đai.", [("dossiers_received", 8300)]),
])
def test_a_bare_share_after_a_dossier_count_takes_the_kind_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Các xã tiếp nhận tổng cộng 7.420 hồ sơ. Đứng đầu là xã Tân Hòa với 1.930 hồ sơ, kế đến là xã Phú Lâm 1.214 hồ sơ.",
     [("dossiers_received", 7420), ("dossiers_received", 1930), ("dossiers_received", 1214)]),
    ("Huyện Bình Sơn có 5.102 hồ sơ trực tuyến, cao nhất tỉnh. Tiếp theo là huyện Đức Phổ với 3.870 hồ sơ.",
     [("dossiers_online", 5102), ("dossiers_online", 3870)]),
    # the ranking names its measure and no count came before: a plain number of dossiers
    ("Tỉnh có 1.900 dịch vụ công trực tuyến. Dẫn đầu về số hồ sơ là phường Bắc Sơn (8.312 hồ sơ).",
     [("services_total", 1900), ("dossiers_received", 8312)]),
    # a sentence that ranks nothing: a bare count of dossiers says no state of the flow
    ("Các xã tiếp nhận 7.420 hồ sơ. Xã Tân Hòa có 1.930 hồ sơ.", [("dossiers_received", 7420)]),
    # in parentheses, the kind after the comma labels the share, not the count
    ("Các phường tiếp nhận 60.000 hồ sơ. Dẫn đầu là phường Bắc Sơn (21.406 hồ sơ, trực tuyến 95,2%).",
     [("dossiers_received", 60000), ("dossiers_received", 21406), ("dossiers_online_pct", 95.2)]),
    # a state of its own stands
    ("Các xã tiếp nhận 7.420 hồ sơ. Dẫn đầu là xã Tân Hòa với 1.930 hồ sơ trễ hạn.",
     [("dossiers_received", 7420), ("dossiers_late", 1930)]),
])
def test_a_ranked_unit_s_dossiers_are_counted_as_the_paragraph_s_last_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the ranked noun names a kind of ours: every item of the ranking counts it
    ("Trong năm, các xã tiếp nhận 6.150 hồ sơ. Xã có nhiều hồ sơ trễ hạn nhất là xã Hòa Bình với 17 hồ sơ, tiếp đến là "
     "xã Hòa An với 9 hồ sơ.", [("dossiers_received", 6150), ("dossiers_late", 17), ("dossiers_late", 9)]),
    ("Phòng Kinh tế nhận ít hồ sơ qua mạng nhất, chỉ 42 hồ sơ, kế đến là phòng Nội vụ với 58 hồ sơ.",
     [("dossiers_online", 42), ("dossiers_online", 58)]),
    ("Các phường có nhiều hồ sơ nộp qua mạng nhất là phường Tân An (318 hồ sơ), phường Tân Lợi (204 hồ sơ) và phường "
     "Thành Nhất (96 hồ sơ).",
     [("dossiers_online", 318), ("dossiers_online", 204), ("dossiers_online", 96)]),
    # (a kind of ours in the ranked noun's predicate: "bị trả về" is returned)
    ("Quý III, huyện Cư Jút có nhiều hồ sơ bị trả về nhất với 214 hồ sơ, kế đến là huyện Krông Nô với 187 hồ sơ và "
     "huyện Đắk Mil với 95 hồ sơ.", [("dossiers_returned", 214), ("dossiers_returned", 187), ("dossiers_returned", 95)]),
    # a predicate or a pointing word naming no kind of ours: a subset, no figure
    ("Bộ phận một cửa đã gửi 1.930 thư xin lỗi. Phường 3 là nơi có nhiều hồ sơ loại này nhất, với 412 hồ sơ, tiếp theo "
     "là phường 5 với 306 hồ sơ.", []),
    ("Nhiều nhất là hồ sơ bị sai sót giấy tờ, với 1.204 hồ sơ, tiếp đến là hồ sơ sai mẫu với 388 hồ sơ.", []),
    # "số hồ sơ X nhiều nhất": the noun's words before the superlative (a pair split by a comma)
    ("Quận Ninh Kiều có số hồ sơ được miễn, giảm nhiều nhất với 6.742 hồ sơ, tiếp theo là quận Cái Răng với 2.318 hồ sơ.",
     []),
    ("Năm 2020, xã Tân Lập có số hồ sơ trễ hạn cao nhất với 41 hồ sơ, kế đến là xã Tân Hội với 17 hồ sơ.",
     [("dossiers_late", 41), ("dossiers_late", 17)]),
    # …but a count naming its own kind keeps it
    ("Xã Tân Hòa có nhiều hồ sơ bị trả về nhất trong khi vẫn tiếp nhận 2.604 hồ sơ trực tuyến.",
     [("dossiers_online", 2604)]),
    # a ranked noun with words of no kind and no predicate (a field, a procedure): the counts as they were
    ("Các xã tiếp nhận 7.420 hồ sơ. Nhiều nhất là hồ sơ chứng thực với 2.310 hồ sơ, tiếp đến là hồ sơ hộ tịch với "
     "1.706 hồ sơ.",
     [("dossiers_received", 7420), ("dossiers_received", 2310), ("dossiers_received", 1706)]),
])
def test_a_ranking_counts_what_its_ranked_noun_names(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the ranking said in a sentence of its own, with no figure, before the units' counts
    ("Các xã vùng biên là nơi số hồ sơ nộp qua mạng tăng nhanh nhất. Xã Pa Tần có 96 hồ sơ, xã Nậm Chà có 71 hồ sơ.",
     [("dossiers_online", 96), ("dossiers_online", 71)]),
    ("Ba phòng chuyên môn có nhiều hồ sơ trễ hạn nhất. Phòng Tài nguyên và Môi trường 58 hồ sơ, phòng Quản lý đô thị "
     "24 hồ sơ.", [("dossiers_late", 58), ("dossiers_late", 24)]),
    ("Trong quý, thị trấn Phố Ràng có số hồ sơ trực tuyến cao nhất huyện. Riêng thị trấn có 412 hồ sơ.",
     [("dossiers_online", 412)]),
    # …but a verb of its own before the count names what it counts
    ("Cấp xã là nơi có nhiều hồ sơ quá hạn nhất. Các xã tiếp nhận 18.240 hồ sơ, giải quyết 17.905 hồ sơ.",
     [("dossiers_received", 18240), ("dossiers_resolved", 17905)]),
    # …and a sentence before with a figure of its own ranks nothing for the next one
    ("Huyện có nhiều hồ sơ trực tuyến nhất là Bảo Yên, với 1.204 hồ sơ. Xã Tân Tiến có 86 hồ sơ.",
     [("dossiers_online", 1204)]),
])
def test_a_ranking_said_in_the_sentence_before_counts_the_next_sentence_s_units(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hồ sơ trực tuyến chiếm 22% tổng số hồ sơ tiếp nhận, tương ứng 9.812 hồ sơ.",
     [("dossiers_online_pct", 22), ("dossiers_online", 9812)]),
    ("Tỷ lệ giải quyết đúng hạn đạt 98,1% số hồ sơ, tương đương 40.230 hồ sơ.",
     [("dossiers_ontime_pct", 98.1), ("dossiers_ontime", 40230)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 35%, tương ứng với 12.004 hồ sơ.",
     [("dossiers_online_pct", 35), ("dossiers_online", 12004)]),
    # in parentheses right after the share
    ("Tỷ lệ hồ sơ trực tuyến ở cấp huyện là 61,5% (20.110 hồ sơ), ở cấp xã là 40% (8.002 hồ sơ).",
     [("dossiers_online_pct", 61.5), ("dossiers_online", 20110), ("dossiers_online_pct", 40),
      ("dossiers_online", 8002)]),
])
def test_the_count_behind_a_share_may_follow_the_share_s_base(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the bare share after "và" or after ";" shares the noun before it
    ("Toàn bộ công chức cấp huyện, tức 100% công chức, đã được cấp hộp thư công vụ và khoảng 85% sử dụng hằng ngày.",
     [("email_issued_pct", 100), ("email_usage_pct", 85)]),
    ("100% cán bộ cấp tỉnh đã có hộp thư điện tử công vụ; gần 70% thường xuyên dùng trong công việc.",
     [("email_issued_pct", 100), ("email_usage_pct", 70)]),
    # a noun of another kind after the number is no predicate: "hồ sơ công việc" are work files
    ("Mục tiêu: 90% hồ sơ công việc cấp tỉnh và 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.", []),
])
def test_a_bare_share_after_and_or_a_semicolon_shares_the_noun_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate that names only use, next to the e-mail system: the usage rate, not the issued share again
    ("Hệ thống thư điện tử có 5.100 tài khoản; 100% công chức được cấp hộp thư, tỷ lệ sử dụng thường xuyên ước đạt 64%.",
     [("email_accounts", 5100), ("email_issued_pct", 100), ("email_usage_pct", 64)]),
    ("100% cán bộ đã được cấp hộp thư; tuy nhiên, tỷ lệ sử dụng hằng ngày mới đạt khoảng 58%.",
     [("email_issued_pct", 100), ("email_usage_pct", 58)]),
    ("Năm 2018, tỉnh phấn đấu tỷ lệ dùng thư điện tử công vụ trong công việc đạt trên 75%.", [("email_usage_pct", 75)]),
    # use of something else, with no e-mail system near, is not e-mail use
    ("Tỷ lệ sử dụng chữ ký số trong văn bản đi đạt 91%.", []),
    ("Tỷ lệ sử dụng thường xuyên phần mềm một cửa ở cấp xã đạt 88%.", []),
])
def test_a_rate_that_names_use_near_the_e_mail_system_is_the_usage_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 44,77% (cùng kỳ năm 2023: 29,35%).",
     [("dossiers_online_pct", 44.77, 2024), ("dossiers_online_pct", 29.35, 2023)]),
    ("Năm 2021 tỉnh tiếp nhận 10.000 hồ sơ, trong đó 3.000 hồ sơ trực tuyến, đạt 30% (năm 2020: 18,6%).",
     [("dossiers_received", 10000.0, 2021), ("dossiers_online", 3000.0, 2021), ("dossiers_online_pct", 30.0, 2021),
      ("dossiers_online_pct", 18.6, 2020)]),
    ("Năm 2020 tỷ lệ văn bản gửi dưới dạng điện tử đạt 91,9%, tăng 11 điểm phần trăm so với năm 2019 (80,9%).",
     [("edocs_pct", 91.9, 2020), ("edocs_pct", 80.9, 2019)]),
    # the rate word inside the baseline's parenthesis
    ("Năm 2022, 63.015 hồ sơ được nộp trực tuyến (34,18%). So với năm 2021 (tỷ lệ 12,6%), mức tăng là đáng kể.",
     [("dossiers_online", 63015.0, 2022), ("dossiers_online_pct", 34.18, 2022), ("dossiers_online_pct", 12.6, 2021)]),
    # no parenthesis: a clause opening with the same period of a named year and a verb of reaching
    ("Tám tháng năm 2023, tỷ lệ hồ sơ trực tuyến đạt 52,1%; cùng kỳ năm 2022 chỉ đạt 31,8%.",
     [("dossiers_online_pct", 52.1, 2023), ("dossiers_online_pct", 31.8, 2022)]),
    ("Năm 2024 tỷ lệ văn bản điện tử đạt 98,2%, cùng kỳ năm 2023 là 95,4%.",
     [("edocs_pct", 98.2, 2024), ("edocs_pct", 95.4, 2023)]),
    # the time label followed by a verb or a qualifier before the value
    ("Kết quả năm 2019: cán bộ dùng thư công vụ thường xuyên đạt 88% (năm 2017 khoảng 60%).",
     [("email_usage_pct", 88.0, 2019), ("email_usage_pct", 60.0, 2017)]),
    ("Năm 2022 tỷ lệ văn bản điện tử đạt 97,3% (năm 2020 mới đạt hơn 70%).",
     [("edocs_pct", 97.3, 2022), ("edocs_pct", 70.0, 2020)]),
    # a time named relative to the figure's: the year before, the same period a year before
    ("Năm 2016, tỉnh có 1.386 hồ sơ qua mạng (năm trước: 782).",
     [("dossiers_online", 1386.0, 2016), ("dossiers_online", 782.0, 2015)]),
    ("Sáu tháng năm 2016, huyện tiếp nhận 842 hồ sơ qua mạng (cùng kỳ: 417).",
     [("dossiers_online", 842.0, 2016), ("dossiers_online", 417.0, 2015)]),
    ("Năm 2019, tỷ lệ văn bản điện tử đạt 92,4% (cùng kỳ năm trước là 81,1%).",
     [("edocs_pct", 92.4, 2019), ("edocs_pct", 81.1, 2018)]),
    # a parenthesis that is no time label keeps its own reading
    ("Năm 2021 tỷ lệ hồ sơ trực tuyến đạt 30% (gấp 2 lần).", [("dossiers_online_pct", 30.0, 2021)]),
])
def test_a_value_in_parentheses_labelled_by_another_time_is_the_figure_before_at_that_time(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence opening with another time and a bare noun: the paragraph's last count then, its share passed over
    ("Sáu tháng đầu năm 2021, huyện nhận 2.340 hồ sơ trực tuyến, chiếm 18,5%. Cùng kỳ năm 2020 chỉ có 910 hồ sơ.",
     [("dossiers_online", 2340.0, 2021), ("dossiers_online_pct", 18.5, 2021), ("dossiers_online", 910.0, 2020)]),
    ("Năm 2022 có 5.200 hồ sơ nộp qua mạng, chiếm 12%. Năm 2021 mới có 1.870 hồ sơ; năm 2020 chỉ có 640 hồ sơ.",
     [("dossiers_online", 5200.0, 2022), ("dossiers_online_pct", 12.0, 2022), ("dossiers_online", 1870.0, 2021),
      ("dossiers_online", 640.0, 2020)]),
    # a clause after a semicolon opening with a named time alone, then a count and its rate
    ("Quý I/2019 có 760 hồ sơ trực tuyến, tỷ lệ 40%; quý I/2018 mới có 95 hồ sơ, tỷ lệ 6%.",
     [("dossiers_online", 760.0, 2019), ("dossiers_online_pct", 40.0, 2019), ("dossiers_online", 95.0, 2018),
      ("dossiers_online_pct", 6.0, 2018)]),
    # a count that points back to the way the paragraph's online count was filed, past the base of its share
    ("Chín tháng năm 2020, các xã nhận 3.400 hồ sơ qua mạng, bằng 20% trong tổng số 17.000 hồ sơ. Cùng kỳ năm 2019 mới "
     "có 800 hồ sơ đi theo đường này.",
     [("dossiers_online", 3400.0, 2020), ("dossiers_online_pct", 20.0, 2020), ("dossiers_received", 17000.0, 2020),
      ("dossiers_online", 800.0, 2019)]),
    # a sentence that names its own kind keeps it
    ("Năm 2023 có 4.000 hồ sơ qua mạng, chiếm 9%. Năm 2022, tỉnh tiếp nhận 30.000 hồ sơ.",
     [("dossiers_online", 4000.0, 2023), ("dossiers_online_pct", 9.0, 2023), ("dossiers_received", 30000.0, 2022)]),
])
def test_a_sentence_opening_with_another_time_and_a_bare_count_is_the_paragraph_s_count_then(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit as the subject, a verb of reaching, no noun: the paragraph's last rate
    ("Tỷ lệ hồ sơ trực tuyến của quận Hải Châu đạt 91,2%. Trong khi đó, huyện Hòa Vang mới đạt 58,4%.",
     [("dossiers_online_pct", 91.2), ("dossiers_online_pct", 58.4)]),
    # a speaker's plan
    ("Xã tiếp nhận 820 hồ sơ, trong đó 410 hồ sơ trực tuyến, chiếm 50%. Chúng tôi đặt mục tiêu cuối năm đạt 65%.",
     [("dossiers_received", 820), ("dossiers_online", 410), ("dossiers_online_pct", 50), ("dossiers_online_pct", 65)]),
    ("Tỷ lệ giải quyết đúng hạn năm 2023 đạt 97,2%. Tỉnh đặt mục tiêu năm 2024 đạt trên 99%.",
     [("dossiers_ontime_pct", 97.2), ("dossiers_ontime_pct", 99)]),
    # a rate the sentence names itself, not ours, is not the paragraph's
    ("Tỷ lệ hồ sơ trực tuyến đạt 40%. Tỷ lệ hồ sơ công việc xử lý trên mạng ở cấp tỉnh đạt 90%.",
     [("dossiers_online_pct", 40)]),
])
def test_a_unit_reaching_a_bare_percentage_continues_the_paragraph_s_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # departments, sectors and blocks reach the paragraph's rate as units do
    ("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến đạt 41,4%. Các sở, ban, ngành đạt 66,5%; cấp huyện đạt 35,2%.",
     [("dossiers_online_pct", 41.4), ("dossiers_online_pct", 66.5), ("dossiers_online_pct", 35.2)]),
    ("Năm 2022, tỷ lệ giải quyết đúng hạn là 97,6%. Khối cơ quan cấp tỉnh đạt 99,1%, còn khối huyện mới đạt 95,3%.",
     [("dossiers_ontime_pct", 97.6), ("dossiers_ontime_pct", 99.1), ("dossiers_ontime_pct", 95.3)]),
    # … not a share of a count its own clause holds, nor the level an object named is raised to
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 40%. Có 1.305 phản ánh đã được các cơ quan xử lý, đạt 88,1%.",
     [("dossiers_online_pct", 40)]),
    ("Năm 2025, tỉnh đặt mục tiêu hồ sơ trực tuyến đạt 85%; Sở Nội vụ phấn đấu nâng độ chính xác của phần mềm lên 95%.",
     [("dossiers_online_pct", 85)]),
])
def test_departments_and_sectors_reach_the_paragraph_s_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit or a tier alone as the subject, a copula or a verb of reaching, a bare count ending its clause: the
    # paragraph's last count, as that unit's
    ("Năm 2022, toàn huyện tiếp nhận 18.420 hồ sơ. Thị trấn Phố Ràng là 3.115. Xã Xuân Quang đạt 2.086.",
     [("dossiers_received", 18420), ("dossiers_received", 3115), ("dossiers_received", 2086)]),
    ("Năm 2013, toàn tỉnh tiếp nhận 94.386 hồ sơ ở cả ba cấp. Cấp tỉnh là 31.204, cấp huyện là 47.530.",
     [("dossiers_received", 94386), ("dossiers_received", 31204), ("dossiers_received", 47530)]),
    # a subject that names a noun of its own counts that noun; a word after the number is no bare count
    ("Tỉnh đã cấp 5.680 hộp thư. Số cơ quan, đơn vị dùng hệ thống là 251.",
     [("email_accounts", 5680), ("email_agencies", 251)]),
    ("Năm 2022, toàn tỉnh tiếp nhận 18.420 hồ sơ. Huyện Bảo Yên là 1 trong 3 huyện dẫn đầu.",
     [("dossiers_received", 18420)]),
])
def test_a_unit_reaching_a_bare_count_continues_the_paragraph_s_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a name's line: the whole, then its parts labelled by kind before their numbers
    ("Kết quả từng thôn:\nThôn Đông: 310 hồ sơ, nộp trực tuyến 248, đạt 80%\nThôn Tây: 120 hồ sơ, trực tuyến 54, đạt 45%",
     [("dossiers_received", 310), ("dossiers_online", 248), ("dossiers_online_pct", 80),
      ("dossiers_received", 120), ("dossiers_online", 54), ("dossiers_online_pct", 45)]),
    ("Năm 2024, phường giải quyết 1.500 hồ sơ, đúng hạn 1.480, trễ hạn 20.",
     [("dossiers_resolved", 1500), ("dossiers_ontime", 1480), ("dossiers_late", 20)]),
])
def test_a_part_labelled_by_its_kind_before_its_number(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the subject earlier in the sentence, its predicate between ("làm tốt nhất, được …")
    ("Tỷ lệ hồ sơ trực tuyến cấp xã đạt 33,5%. Thị trấn Bình Minh làm tốt nhất, được 48,2%.",
     [("dossiers_online_pct", 33.5), ("dossiers_online_pct", 48.2)]),
    # a place named by capitalised words alone ending its clause
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 4,2%. Cùng thời gian, tại hội nghị khu vực Trà Vinh đạt 6,8%.",
     [("dossiers_online_pct", 4.2), ("dossiers_online_pct", 6.8)]),
])
def test_a_named_place_reaching_a_bare_percentage(text, expected):
    assert facts(text) == expected


def test_label_value_pieces_on_one_line_separated_by_bars():
    text = ("Kết quả quý III/2025\nTổng hồ sơ tiếp nhận: 120.400 | Nộp trực tuyến: 90.300 (75%)\n"
            "Cấp tỉnh: 40.000 hồ sơ, trực tuyến 80% | Cấp xã: 80.400 hồ sơ, trực tuyến 72,5%")
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_received", 120400, None), ("dossiers_online", 90300, None), ("dossiers_online_pct", 75, None),
        ("dossiers_received", 40000, "cấp tỉnh"), ("dossiers_online_pct", 80, "cấp tỉnh"),
        ("dossiers_received", 80400, "cấp xã"), ("dossiers_online_pct", 72.5, "cấp xã")]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023 xã tiếp nhận 2.100 hồ sơ. Hộ tịch và chứng thực là hai lĩnh vực có nhiều hồ sơ nhất, lần lượt 812 và "
     "640 hồ sơ; lĩnh vực đất đai 210 hồ sơ.",
     [("dossiers_received", 2100), ("dossiers_received", 812), ("dossiers_received", 640), ("dossiers_received", 210)]),
    ("Năm 2023 Trung tâm tiếp nhận 9.000 hồ sơ. Lĩnh vực đất đai có nhiều hồ sơ nhất với 3.100 hồ sơ, tiếp đến là "
     "hộ tịch (2.400 hồ sơ).",
     [("dossiers_received", 9000), ("dossiers_received", 3100), ("dossiers_received", 2400)]),
])
def test_fields_ranked_by_their_dossiers_count_what_the_paragraph_counted(text, expected):
    assert facts(text) == expected


def test_a_unit_s_dossiers_before_a_part_of_another_kind_are_what_came_in():
    text = ("Kết quả tại một số xã:\n- Xã Tân Lập: 1.210 hồ sơ, đúng hạn 99,2%;\n- Xã Hòa An: 830 hồ sơ, đúng hạn 100%.")
    assert facts(text) == [("dossiers_received", 1210), ("dossiers_ontime_pct", 99.2),
                           ("dossiers_received", 830), ("dossiers_ontime_pct", 100)]
    # a state named before the count is its own
    assert facts("Số hồ sơ đang giải quyết là 2.400 hồ sơ, trong đó còn trong hạn 2.350 hồ sơ.")[0][0] != "dossiers_received"


@pytest.mark.parametrize("text,expected", [
    ("Tỉnh có 402 dịch vụ mức độ 3 và 811 dịch vụ mức độ 4. Riêng mức độ 4 chiếm 38,2% tổng số thủ tục.",
     [("services_level3", 402.0), ("services_level4", 811.0), ("services_level4_pct", 38.2)]),
    ("Huyện tiếp nhận 15.300 hồ sơ. Trực tuyến chiếm 22,5% tổng số hồ sơ, tăng nhẹ.",
     [("dossiers_received", 15300.0), ("dossiers_online_pct", 22.5)]),
])
def test_the_base_after_a_share_does_not_stop_the_sentence_continuing_the_noun_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kết quả theo lĩnh vực:\n- Đất đai: 410 hồ sơ (trực tuyến 377);\n- Tư pháp: 95 hồ sơ (trực tuyến 90).",
     [("dossiers_received", 410.0), ("dossiers_online", 377.0), ("dossiers_received", 95.0), ("dossiers_online", 90.0)]),
    ("Xã B: 1.020 hồ sơ (đúng hạn 1.011).", [("dossiers_received", 1020.0), ("dossiers_ontime", 1011.0)]),
    # a parenthesis that names a noun of its own is no part labelled by its kind
    ("Xã C: 730 hồ sơ (trực tuyến 12 dịch vụ).", [("dossiers_received", 730.0)]),
])
def test_a_part_labelled_by_its_kind_in_a_parenthesis_after_a_bare_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 64%. Ở cấp xã, tỷ lệ cả năm là 37,2%.",
     [("dossiers_online_pct", 64.0), ("dossiers_online_pct", 37.2)]),
    ("Tỷ lệ giải quyết đúng hạn của huyện đạt 96%, còn tỷ lệ chung của toàn tỉnh là 98,1%.",
     [("dossiers_ontime_pct", 96.0), ("dossiers_ontime_pct", 98.1)]),
    ("Báo cáo ghi tỷ lệ hồ sơ trực tuyến 15%. Trừ hồ sơ nhập hộ, tỷ lệ thực chỉ còn 6,5%.",
     [("dossiers_online_pct", 15.0), ("dossiers_online_pct", 6.5)]),
])
def test_the_rate_taken_as_a_whole_or_as_it_really_is_continues_the_rate_in_discussion(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit reaching a bare percentage in a paragraph that states no rate: the rate the article states most
    ("Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 58%, năm 2022 là 41%.\nỞ vùng cao, một số xã mới đạt khoảng 35%.",
     [("dossiers_online_pct", 58.0), ("dossiers_online_pct", 41.0), ("dossiers_online_pct", 35.0)]),
    # not after another figure of the sentence, nor with a noun of its own after it
    ("Tỷ lệ hồ sơ trực tuyến năm 2023 đạt 58%, năm 2022 là 41%.\nHuyện giải quyết việc làm cho 1.200 lao động, "
     "đạt 90% kế hoạch.",
     [("dossiers_online_pct", 58.0), ("dossiers_online_pct", 41.0)]),
])
def test_a_unit_reaching_a_bare_rate_in_a_paragraph_without_one_takes_the_main_rate(text, expected):
    assert facts(text) == expected



@pytest.mark.parametrize("text,expected", [
    # parts out of wholes listed after the first one are read as it was: the part and its whole
    ("Xã Hòa An có 812/1.500 hồ sơ nộp trực tuyến, xã Hòa Bình 640/1.210 và xã Hòa Lợi 377/905 hồ sơ.",
     [("dossiers_online", 812.0), ("dossiers_received", 1500.0), ("dossiers_online", 640.0),
      ("dossiers_received", 1210.0), ("dossiers_online", 377.0), ("dossiers_received", 905.0)]),
    ("Đứng đầu là phường 1 với 2.104/2.140 hồ sơ giải quyết đúng hạn; kế đến là phường Tân An 1.870/1.902.",
     [("dossiers_ontime", 2104.0), ("dossiers_resolved", 2140.0), ("dossiers_ontime", 1870.0),
      ("dossiers_resolved", 1902.0)]),
    # a kind of its own after the later part: its own reading
    ("Xã A có 300/500 hồ sơ nộp trực tuyến, xã B có 480/490 hồ sơ giải quyết đúng hạn.",
     [("dossiers_online", 300.0), ("dossiers_received", 500.0), ("dossiers_ontime", 480.0),
      ("dossiers_resolved", 490.0)]),
])
def test_parts_listed_after_a_part_out_of_its_whole_are_read_as_it_was(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # bullet lines of parts under a header that says what they count, each line its own sentence
    ("Chia theo lĩnh vực (hồ sơ đã giải quyết):\n- Tư pháp: 220 hồ sơ.\n- Xây dựng: 97 hồ sơ.\n- Khác: 15 hồ sơ.",
     [("dossiers_resolved", 220.0), ("dossiers_resolved", 97.0), ("dossiers_resolved", 15.0)]),
    ("Số hồ sơ nộp trực tuyến theo xã:\n• Xã An Lạc: 1.040 hồ sơ.\n• Xã An Phú: 876 hồ sơ.",
     [("dossiers_online", 1040.0), ("dossiers_online", 876.0)]),
    # a line naming its own kind keeps it
    ("Kết quả tháng 5:\n- Đã giải quyết: 300 hồ sơ.\n- Trễ hạn: 4 hồ sơ.",
     [("dossiers_resolved", 300.0), ("dossiers_late", 4.0)]),
])
def test_a_bullet_line_with_the_last_noun_and_no_kind_continues_its_reading(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate word naming nothing up to its number points back to the rate in discussion
    ("Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt 78,2%. Riêng khu vực miền núi, tỷ lệ trong ba tháng qua đạt 61,5%.",
     [("dossiers_online_pct", 78.2), ("dossiers_online_pct", 61.5)]),
    ("Tỷ lệ giải quyết đúng hạn cả năm đạt 98,9%; ở cấp xã, tỷ lệ năm nay là 97,2%.",
     [("dossiers_ontime_pct", 98.9), ("dossiers_ontime_pct", 97.2)]),
    # a rate word that names its own kind is read as it says
    ("Tỷ lệ hồ sơ nộp trực tuyến đạt 78,2%. Ở cấp xã, tỷ lệ đúng hạn đạt 97,2%.",
     [("dossiers_online_pct", 78.2), ("dossiers_ontime_pct", 97.2)]),
    # the rate word alone after "với", right before the number (a rank word before it counts no rates)
    ("Quận Ninh Kiều dẫn đầu với tỷ lệ hồ sơ trực tuyến 72,4%. Quận Cái Răng, nơi có nhiều doanh nghiệp, xếp thứ hai "
     "với tỷ lệ 65,1%.", [("dossiers_online_pct", 72.4), ("dossiers_online_pct", 65.1)]),
    ("Tỷ lệ giải quyết đúng hạn của các sở đạt 99,1%; Sở Xây dựng thấp nhất với tỷ lệ khoảng 93%.",
     [("dossiers_ontime_pct", 99.1), ("dossiers_ontime_pct", 93)]),
])
def test_a_bare_rate_word_points_back_to_the_rate_in_discussion(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hỏi: Tỷ lệ hồ sơ nộp trực tuyến của tỉnh so với trước khi sáp nhập ra sao?\n"
     "Đáp: Quý II năm 2025, tỷ lệ này của huyện Một (cũ) là 64,2%.",
     [("dossiers_online_pct", 64.2)]),
    ("Bạn đọc hỏi: tôi thấy tỷ lệ giải quyết hồ sơ đúng hạn được nhắc nhiều, vì sao?\n"
     "Trả lời: năm 2024 tỷ lệ này đạt 98,7%, cao hơn năm trước.",
     [("dossiers_ontime_pct", 98.7)]),
    ("PV: Còn tỷ lệ cán bộ dùng hộp thư công vụ thì sao, thưa ông?\n"
     "Ông B.: Đến tháng 6, tỷ lệ này ở cấp xã là 71%.",
     [("email_usage_pct", 71.0)]),
])
def test_a_pointing_phrase_opening_an_answer_takes_the_rate_the_question_named(text, expected):
    # the question names a rate with no figure; "tỷ lệ này" in the answer is that rate, not an earlier one
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến của huyện đạt 58%.\nNăm 2023, tỷ lệ này của xã An (cũ) chỉ là 31%.",
     [("dossiers_online_pct", 58.0), ("dossiers_online_pct", 31.0)]),
    ("Tỷ lệ đúng hạn của tỉnh đạt 97,5%.\nCon số này ở huyện Bảy (trước sáp nhập) là 95,2%.",
     [("dossiers_ontime_pct", 97.5), ("dossiers_ontime_pct", 95.2)]),
    # the rate said last, not the one said most
    ("Tỷ lệ đúng hạn năm 2024 đạt 97,5%, năm 2023 đạt 96%. Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 40%.\n"
     "Con số này ở huyện Bảy (cũ) là 35%.",
     [("dossiers_ontime_pct", 97.5), ("dossiers_ontime_pct", 96.0), ("dossiers_online_pct", 40.0),
      ("dossiers_online_pct", 35.0)]),
])
def test_a_pointing_phrase_reaches_its_number_across_a_short_aside(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text, expected", [
    ("NHỮNG CON SỐ NĂM 2023\n61,2%\nlà tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh trong năm 2023.",
     [("dossiers_online_pct", 61.2, "actual")]),
    ("Năm 2023, 98,9% là tỷ lệ hồ sơ giải quyết đúng hạn của các sở, ngành.",
     [("dossiers_ontime_pct", 98.9, "actual")]),
    ("Năm 2023, 5.240 là số tài khoản thư điện tử công vụ đã cấp cho cán bộ.",
     [("email_accounts", 5240, "actual")]),
    # the copula set off by a dash or a comma, "đó là"/"đây là" pointing back at the number
    ("Năm 2023: 241.508 – đó là số hồ sơ mà ba cấp chính quyền tiếp nhận.", [("dossiers_received", 241508, "actual")]),
    ("Năm 2023, 97,4% – đây là tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh.", [("dossiers_ontime_pct", 97.4, "actual")]),
    ("Năm 2023, 6.120, đó là số tài khoản thư điện tử công vụ đã cấp.", [("email_accounts", 6120, "actual")]),
    # … or by a colon ("N: đó là …"); a share noun or a place out of all opening the label
    ("Năm 2022. 18.240: đó là số hồ sơ người dân nộp qua mạng.", [("dossiers_online", 18240, "actual")]),
    ("Năm 2022. 97,2%: đây là phần hồ sơ được giải quyết đúng hạn.", [("dossiers_ontime_pct", 97.2, "actual")]),
    ("Năm 2022, 64% là phần hồ sơ gửi bằng đường mạng.", [("dossiers_online_pct", 64, "actual")]),
    ("Năm 2021. 9/63: đó là vị trí của tỉnh trên bảng xếp hạng Vietnam ICT Index 2021.",
     [("ict_index_rank", 9, "actual")]),
    ("Năm 2022, 27/63 là thứ hạng của tỉnh trong Chỉ số cải cách hành chính (PAR Index).",
     [("par_index_rank", 27, "actual")]),
    # the label a plan's: a target
    ("ĐÍCH ĐẾN 2025\n80%\nlà mục tiêu tỷ lệ hồ sơ trực tuyến mà tỉnh đặt ra cho năm 2025.",
     [("dossiers_online_pct", 80, "target")]),
])
def test_a_number_put_before_its_label_is_read_by_the_label(text, expected):
    assert facts(text, ("metric", "value", "status")) == expected


def test_a_number_after_a_label_of_its_own_is_not_read_by_a_label_after_it():
    # the number's clause names it before it: "là số …" after it is another figure's label
    text = "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 61,2%, là tỷ lệ cao nhất từ trước đến nay."
    assert facts(text, ("metric", "value")) == [("dossiers_online_pct", 61.2)]


@pytest.mark.parametrize("text, expected", [
    # the rate is named in words first, with no figure; "tỷ lệ này" after it in the sentence is that rate
    ("Tỷ lệ đúng hạn năm 2024 đạt 98,2%.\nRiêng mức nộp hồ sơ qua mạng thì các huyện chênh nhau: trong năm 2024, "
     "tỷ lệ này của huyện Một là 44,1%, của huyện Hai là 30,2%.",
     [("dossiers_ontime_pct", 98.2), ("dossiers_online_pct", 44.1), ("dossiers_online_pct", 30.2)]),
    ("Tỷ lệ đúng hạn đạt 97%.\nVề tỷ lệ sử dụng thư điện tử công vụ, năm 2023 tỷ lệ này ở cấp xã là 62%.",
     [("dossiers_ontime_pct", 97.0), ("email_usage_pct", 62.0)]),
])
def test_a_pointing_phrase_takes_a_rate_named_in_words_before_it_in_its_sentence(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Quý I/2024 tiếp nhận 96.340 hồ sơ, đã giải quyết 94.870 hồ sơ.\nPhân theo cấp. Cấp tỉnh: trực tuyến 81,3%. "
     "Cấp xã: trực tuyến 52,4%.",
     [("dossiers_online_pct", 81.3, "cấp tỉnh"), ("dossiers_online_pct", 52.4, "cấp xã")]),
    ("Năm 2023 tỉnh giải quyết 120.400 hồ sơ.\n- Giải quyết đúng và trước hạn 98,2%; trễ hạn 1,8%.",
     [("dossiers_ontime_pct", 98.2, None), ("dossiers_late_pct", 1.8, None)]),
])
def test_a_percentage_whose_clause_names_only_an_outcome_after_dossiers_is_its_rate(text, expected):
    rows = facts(text, ("metric", "value", "scope"))
    assert [r for r in rows if r[0].endswith("_pct")] == expected


@pytest.mark.parametrize("lines, expected", [
    # bare counts named only by what was done, after dossiers were counted: dossiers
    ("– Khu vực A: tiếp nhận 82.416 – trực tuyến 55.903 – tỷ lệ 67,83%",
     [("dossiers_received", 82416), ("dossiers_online", 55903), ("dossiers_online_pct", 67.83)]),
    ("- Cấp xã: đã giải quyết 41.020, đúng hạn 40.115",
     [("dossiers_resolved", 41020), ("dossiers_ontime", 40115)]),
])
def test_a_count_named_only_by_what_was_done_after_dossiers_counts_dossiers(lines, expected):
    text = f"Hồ sơ tiếp nhận toàn tỉnh: 265.231.\nTheo khu vực:\n{lines}"
    assert facts(text, ("metric", "value"))[1:] == expected


@pytest.mark.parametrize("text", [
    # another noun named by an earlier number of the sentence: that noun left out, not dossiers
    "Hồ sơ tiếp nhận toàn tỉnh: 265.231.\nTrung tâm tiếp nhận 126 phản ánh, đã xử lý xong 119.",
    # nothing said of dossiers before
    "Tỉnh có 1.200 tài khoản thư điện tử.\n– Khu vực A: tiếp nhận 82.416 – trực tuyến 55.903",
])
def test_a_bare_count_is_no_dossier_count_where_another_noun_or_none_was_said(text):
    assert not [m for m, v in facts(text, ("metric", "value")) if v in (119, 82416, 55903)]


def test_an_outcome_word_alone_is_no_rate_where_nothing_was_said_of_dossiers():
    text = "Năm 2023 tỉnh có 1.200 tài khoản thư điện tử.\nCấp xã: trực tuyến 52,4%."
    assert ("dossiers_online_pct", 52.4) not in facts(text, ("metric", "value"))


@pytest.mark.parametrize("line, expected", [
    ("– 1.862: số dịch vụ công trực tuyến tỉnh đang cung cấp.", ("services_total", 1862, "actual")),
    ("– 97,84%: tỷ lệ hồ sơ được giải quyết đúng và trước hạn.", ("dossiers_ontime_pct", 97.84, "actual")),
    ("– 91,3%: mức hài lòng của người dân với bộ phận một cửa.", ("satisfaction_pct", 91.3, "actual")),
    ("– 70%: mức phấn đấu về tỷ lệ hồ sơ nộp trực tuyến đến hết năm 2025.", ("dossiers_online_pct", 70, "target")),
])
def test_a_fact_line_puts_its_number_first_and_its_label_after_a_colon(line, expected):
    text = f"Số liệu – Sự kiện tuần này, năm 2024:\n{line}"
    assert facts(text, ("metric", "value", "status")) == [expected]


@pytest.mark.parametrize("line, expected", [
    # a line opening with its number, then a spaced dash and a bare noun phrase naming it: the label of a box of figures
    ("1.540 – thủ tục hành chính đang áp dụng tại tỉnh", ("procedures_total", 1540)),
    ("612 – dịch vụ công trực tuyến mức độ 4", ("services_level4", 612)),
    ("97,9% – hồ sơ giải quyết đúng hạn", ("dossiers_ontime_pct", 97.9)),
    ("12.300 – hồ sơ đã tiếp nhận qua mạng", ("dossiers_online", 12300)),
    ("5.210 — hộp thư điện tử công vụ đã cấp", ("email_accounts", 5210)),
])
def test_a_number_opening_its_line_is_named_by_the_noun_phrase_after_a_dash(line, expected):
    text = f"Năm 2022 nhìn lại\n\nCON SỐ NỔI BẬT\n{line}"
    assert facts(text, ("metric", "value")) == [expected]


def test_a_range_or_a_words_first_line_takes_no_dash_label():
    text = "Năm 2022 nhìn lại\n\nHuyện A nhận 120 – 150 hồ sơ trong quý\n30 – 40 cán bộ được tập huấn"
    assert facts(text, ("metric", "value")) == [("dossiers_received", 150)]


@pytest.mark.parametrize("text,expected", [
    # another place, the same period, in a relative clause
    ("Sáu tháng đầu năm 2024, tỉnh Bến Tre tiếp nhận 120.400 hồ sơ, trong đó 80.300 hồ sơ nộp trực tuyến, đạt 66,69%. "
     "Tỷ lệ này nhỉnh hơn tỉnh Trà Vinh, nơi cùng kỳ đạt 63,2%.",
     [("dossiers_received", 120400, "Bến Tre", 2024), ("dossiers_online", 80300, "Bến Tre", 2024),
      ("dossiers_online_pct", 66.69, "Bến Tre", 2024), ("dossiers_online_pct", 63.2, "Trà Vinh", 2024)]),
    # another place as the subject, "cùng quý" and a qualifier-like "mới"
    ("Quý III/2025, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh Sóc Trăng là 97,4%; tỉnh Hậu Giang cùng quý mới đạt 95,1%.",
     [("dossiers_ontime_pct", 97.4, "Sóc Trăng", 2025), ("dossiers_ontime_pct", 95.1, "Hậu Giang", 2025)]),
    # a neighbour told of in a story, the figure before it in an earlier sentence of the paragraph
    ("Đến hết tháng 9/2024, Ninh Thuận có 58,3% hồ sơ nộp qua mạng. Anh bạn ở Bình Thuận bảo tỉnh anh cùng thời điểm "
     "chỉ đạt 51,7%, dù dân đông hơn.",
     [("dossiers_online_pct", 58.3, "Ninh Thuận", 2024), ("dossiers_online_pct", 51.7, "Bình Thuận", 2024)]),
    # the same place a year earlier, the year written between
    ("Năm 2023, tỉnh Phú Yên có 71,5% hồ sơ được nộp qua mạng, cùng kỳ năm 2022 là 48,9%.",
     [("dossiers_online_pct", 71.5, "Phú Yên", 2023), ("dossiers_online_pct", 48.9, "Phú Yên", 2022)]),
])
def test_a_bare_number_said_of_the_same_period_is_the_figure_before_it_again(text, expected):
    assert facts(text, ("metric", "value", "province", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a noun of its own after the number: its own count
    ("Tỉnh Bến Tre nhận 8.040 hồ sơ trực tuyến; tổng số hồ sơ tiếp nhận trong cùng thời gian là 12.500 hồ sơ.",
     [("dossiers_online", 8040), ("dossiers_received", 12500)]),
    # the number just before was read as nothing: nothing to repeat
    ("Tỉnh Bến Tre có 70,1% hồ sơ nộp trực tuyến. Hồ sơ đất đai chiếm 38,2% số chậm trễ, cùng kỳ năm trước là 44,6%.",
     [("dossiers_online_pct", 70.1)]),
])
def test_a_same_period_phrase_repeats_no_figure_where_the_number_has_its_own_noun_or_follows_none(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an item of a split by area: the noun alone, then the part of a kind
    ("Chia theo địa bàn:\n– Khu vực phía Đông: 17.208 hồ sơ, trong đó 10.219 hồ sơ trực tuyến;\n"
     "– Khu vực phía Tây: 9.400 hồ sơ, trong đó 4.100 hồ sơ trực tuyến.",
     [("dossiers_received", 17208), ("dossiers_online", 10219), ("dossiers_received", 9400), ("dossiers_online", 4100)]),
    # a sentence of its own, "trong số đó" and a colon
    ("Bộ phận một cửa xã Tân Lập ghi nhận 2.315 hồ sơ; trong số đó: 1.870 hồ sơ nộp qua mạng.",
     [("dossiers_received", 2315), ("dossiers_online", 1870)]),
    # a count with a kind of its own keeps it
    ("Đã giải quyết 8.100 hồ sơ, trong đó 7.950 hồ sơ đúng hạn.", [("dossiers_resolved", 8100), ("dossiers_ontime", 7950)]),
    # the noun and the procedure it is of, with no verb
    ("Cả năm huyện có 1.905 hồ sơ chứng thực bản sao, trong đó 412 hồ sơ gửi qua mạng.",
     [("dossiers_received", 1905), ("dossiers_online", 412)]),
    # … but entries to an award are no dossiers of ours
    ("Giải thưởng năm nay có 57 hồ sơ dự thi, trong đó 9 hồ sơ vào chung khảo.", []),
    # a clause opening with "out of" the count, its part right after with no "trong đó"
    ("Tại xã Pa Cheo, trong 64 hồ sơ chỉ có 5 hồ sơ nộp qua mạng.", [("dossiers_received", 64), ("dossiers_online", 5)]),
    ("Năm 2016, trong số 2.480 hồ sơ, có 1.930 hồ sơ được giải quyết đúng hạn.",
     [("dossiers_received", 2480), ("dossiers_ontime", 1930)]),
    ("Trong tổng số 9.112 hồ sơ của quý II, mới 730 hồ sơ gửi trực tuyến, đạt 8,01%.",
     [("dossiers_received", 9112), ("dossiers_online", 730), ("dossiers_online_pct", 8.01)]),
    # … but "trong" before a span of time counts no dossiers
    ("Trong 3 tháng, có 450 hồ sơ nộp qua mạng.", [("dossiers_online", 450)]),
    # a count of the noun alone set against its part of a kind by a contrast
    ("Năm 2019, xã Hải Lý có 96 hồ sơ nhưng chỉ 11 hồ sơ gửi qua mạng.",
     [("dossiers_received", 96), ("dossiers_online", 11)]),
    ("Năm 2020, phường có 1.240 hồ sơ, song mới 315 hồ sơ được giải quyết đúng hạn.",
     [("dossiers_received", 1240), ("dossiers_ontime", 315)]),
    # … not a part that names no kind
    ("Năm 2020, phường có 1.240 hồ sơ, nhưng 315 hồ sơ là của năm trước.", []),
])
def test_a_bare_dossier_count_followed_by_its_part_of_a_kind_is_the_whole_received(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # units in parallel, the verb and its kind said once, with the first
    ("Năm 2023, cấp tỉnh tiếp nhận trực tuyến 9.806 hồ sơ, cấp huyện 7.215 hồ sơ và cấp xã 4.416 hồ sơ.",
     [("dossiers_online", 9806), ("dossiers_online", 7215), ("dossiers_online", 4416)]),
    ("Quý II, Sở Tư pháp giải quyết trước hạn 1.240 hồ sơ; Sở Xây dựng 615 hồ sơ.",
     [("dossiers_early", 1240), ("dossiers_early", 615)]),
    # a unit's count followed by its own part of a kind is that unit's whole
    ("Huyện A tiếp nhận 38.412 hồ sơ, trong đó trực tuyến 9.218 hồ sơ; huyện B 29.760 hồ sơ, trực tuyến 6.547 hồ sơ.",
     [("dossiers_received", 38412), ("dossiers_online", 9218), ("dossiers_received", 29760), ("dossiers_online", 6547)]),
    # … and a count naming its own kind keeps it
    ("Cấp tỉnh tiếp nhận trực tuyến 9.806 hồ sơ, cấp huyện 7.215 hồ sơ trực tiếp.",
     [("dossiers_online", 9806), ("dossiers_offline", 7215)]),
])
def test_units_in_parallel_share_the_verb_and_kind_said_with_the_first(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share right after the first unit's count stands aside: the next unit's count still counts what it does
    ("Năm 2019, số hồ sơ nộp qua mạng có 1.236 hồ sơ, bằng 0,67% tổng số hồ sơ tiếp nhận; riêng thành phố A có 418 "
     "hồ sơ.", [("dossiers_online", 1236), ("dossiers_online_pct", 0.67), ("dossiers_online", 418)]),
    ("Năm 2020, huyện B giải quyết quá hạn 96 hồ sơ, chiếm 1,2%; huyện C 41 hồ sơ.",
     [("dossiers_late", 96), ("dossiers_late_pct", 1.2), ("dossiers_late", 41)]),
    # … not when the share is of another count than the one before it
    ("Năm 2020, xã D nhận 2.000 hồ sơ, 95% đúng hạn; xã E 1.500 hồ sơ.",
     [("dossiers_received", 2000), ("dossiers_ontime_pct", 95), ("dossiers_received", 1500)]),
])
def test_a_share_between_parallel_unit_counts_stands_aside(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the first unit's count names its kind after its noun; the later units name only themselves and their counts
    ("Ở cấp huyện, thị xã Sa Pa có 7.310 hồ sơ trực tuyến, huyện Bát Xát 2.214 hồ sơ, huyện Mường Khương 1.087 hồ sơ.",
     [("dossiers_online", 7310), ("dossiers_online", 2214), ("dossiers_online", 1087)]),
    ("Cấp xã giải quyết quá hạn 96 hồ sơ; phường Hưng Bình 31 hồ sơ; xã Nghi Phú 12 hồ sơ.",
     [("dossiers_late", 96), ("dossiers_late", 31), ("dossiers_late", 12)]),
    ("Tháng 3/2022 có 1.906 hồ sơ nộp qua mạng, tháng 4/2022 là 2.113 hồ sơ, tháng 5/2022 2.480 hồ sơ.",
     [("dossiers_online", 1906), ("dossiers_online", 2113), ("dossiers_online", 2480)]),
    # … but a count whose conjunct names no unit or period stays unread
    ("Huyện Bát Xát có 2.214 hồ sơ trực tuyến; mỗi ngày khoảng 30 hồ sơ.", [("dossiers_online", 2214)]),
])
def test_unread_unit_counts_after_a_counted_unit_share_its_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # units each with a count in parentheses, the noun said only in the first: the later bare counts count the same
    ("Năm 2021, nhiều hồ sơ trực tuyến nhất là huyện Tân Phú (3.412 hồ sơ), tiếp đến huyện Định Quán (2.870), "
     "huyện Xuân Lộc (1.955).",
     [("dossiers_online", 3412), ("dossiers_online", 2870), ("dossiers_online", 1955)]),
    # a unit's name may hold "và"; the last item may open with it
    ("Năm 2020, Sở Văn hóa, Thể thao và Du lịch tiếp nhận nhiều nhất (812 hồ sơ), rồi Sở Kế hoạch và Đầu tư (640) "
     "và Sở Nội vụ (215).",
     [("dossiers_received", 812), ("dossiers_received", 640), ("dossiers_received", 215)]),
    # … the last item's name may hold "và" too, and a dash joining its parts is no word of it
    ("Năm 2019, Sở Nội vụ tiếp nhận nhiều nhất (1.024 hồ sơ), Sở Tài chính (733) và Sở Nông nghiệp và Phát triển "
     "nông thôn (318).",
     [("dossiers_received", 1024), ("dossiers_received", 733), ("dossiers_received", 318)]),
    ("Năm 2020, Sở Y tế nhận nhiều hồ sơ trực tuyến nhất (905 hồ sơ), Sở Tư pháp (611) và Sở Lao động - Thương binh "
     "và Xã hội (207).",
     [("dossiers_online", 905), ("dossiers_online", 611), ("dossiers_online", 207)]),
    # an item may open on a word of sequence before its unit's name ("rồi", "sau đó là", "theo sau là")
    ("Năm 2022, Sở Nội vụ tiếp nhận nhiều nhất (812 hồ sơ), rồi Sở Công Thương (640) và Sở Xây dựng (215).",
     [("dossiers_received", 812), ("dossiers_received", 640), ("dossiers_received", 215)]),
    ("Năm 2023, xã An Phú có nhiều hồ sơ trực tuyến nhất (402 hồ sơ), theo sau là xã Tân Hòa (388), "
     "sau đó là xã Bình Minh (96).",
     [("dossiers_online", 402), ("dossiers_online", 388), ("dossiers_online", 96)]),
    # after a percentage in parentheses a bare count shares nothing: no count was said before it
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến cao nhất là huyện Tân Phú (45,2%), tiếp đến huyện Định Quán (1.210).",
     [("dossiers_online_pct", 45.2)]),
])
def test_bare_counts_in_parentheses_after_a_unit_share_the_first_item_s_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the first conjunct's verb repeated by the next units, the kind said once with the first
    ("Sở Tư pháp nhận 2.104 hồ sơ lý lịch tư pháp qua mạng, Sở Y tế nhận 380 hồ sơ, Sở Xây dựng nhận 215 hồ sơ.",
     [("dossiers_online", 2104), ("dossiers_online", 380), ("dossiers_online", 215)]),
    ("Huyện A tiếp nhận 3.120 hồ sơ trực tuyến, huyện B tiếp nhận 2.004 hồ sơ.",
     [("dossiers_online", 3120), ("dossiers_online", 2004)]),
    ("Tháng 5, phường Lê Lợi nhận 96 hồ sơ gửi qua mạng, phường Trần Phú nhận 41 hồ sơ.",
     [("dossiers_online", 96), ("dossiers_online", 41)]),
])
def test_units_repeating_the_first_verb_share_its_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # … but a unit or period repeating a verb does not take the state of another verb's count right before it
    ("Năm 2019, quý I tỉnh tiếp nhận 104.215 hồ sơ, giải quyết 101.880 hồ sơ; quý II tiếp nhận 118.430 hồ sơ, giải "
     "quyết 116.052 hồ sơ.",
     [("dossiers_received", 104215), ("dossiers_resolved", 101880), ("dossiers_received", 118430),
      ("dossiers_resolved", 116052)]),
    ("Năm 2020, huyện A nhận 3.120 hồ sơ, trả kết quả đúng hạn 3.004 hồ sơ; huyện B nhận 2.210 hồ sơ.",
     [("dossiers_received", 3120), ("dossiers_ontime", 3004), ("dossiers_received", 2210)]),
])
def test_a_repeated_verb_takes_no_other_verb_s_state(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # bare numbers whose clauses name only a period or a unit (and a copula) continue the series the first opened
    ("Số hồ sơ tiếp nhận năm 2020 là 310.412, năm 2021 là 334.905, năm 2022 là 351.220.",
     [("dossiers_received", 310412), ("dossiers_received", 334905), ("dossiers_received", 351220)]),
    ("Số hồ sơ trễ hạn năm 2021 là 1.204, năm 2022 là 986.", [("dossiers_late", 1204), ("dossiers_late", 986)]),
    ("Tổng số hồ sơ tiếp nhận quý I là 41.206, quý II là 46.930.",
     [("dossiers_received", 41206), ("dossiers_received", 46930)]),
    # the last item after "và", and an item labelled by a count of months ("sáu tháng đầu năm 2019", "9 tháng năm nay")
    ("Số hồ sơ tiếp nhận năm 2019 là 41.200, năm 2020 là 44.800 và năm 2021 là 47.350.",
     [("dossiers_received", 41200), ("dossiers_received", 44800), ("dossiers_received", 47350)]),
    ("Số hồ sơ trễ hạn năm 2018 là 640, năm 2019 là 512 và sáu tháng đầu năm 2020 là 171.",
     [("dossiers_late", 640), ("dossiers_late", 512), ("dossiers_late", 171)]),
    ("Số hồ sơ trực tuyến năm 2022 là 18.240; 9 tháng đầu năm nay là 21.605.",
     [("dossiers_online", 18240), ("dossiers_online", 21605)]),
    # (units in the same shape were read before: they stay)
    ("Số hồ sơ nộp qua mạng của huyện Tuy An là 1.214, huyện Đồng Xuân là 396.",
     [("dossiers_online", 1214), ("dossiers_online", 396)]),
    # … but a count after a share is none of its series
    ("Hồ sơ trễ hạn chiếm 1,7% (cấp tỉnh 310, cấp huyện 904).", [("dossiers_late_pct", 1.7)]),
])
def test_bare_numbers_labelled_by_a_period_or_unit_continue_the_series(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # periods in a series, the kind said with the first, a verb of change or attainment with the later ones
    ("Năm 2019, quý I các xã nhận 812 hồ sơ nộp trực tuyến; quý II tăng lên 1.090 hồ sơ; quý III đạt 1.377 hồ sơ.",
     [("dossiers_online", 812), ("dossiers_online", 1090), ("dossiers_online", 1377)]),
    ("Năm 2021, tháng 5 Sở giải quyết trước hạn 640 hồ sơ, tháng 6 là 702 hồ sơ và tháng 7 đạt 755 hồ sơ.",
     [("dossiers_early", 640), ("dossiers_early", 702), ("dossiers_early", 755)]),
    # … the count's own noun repeated alone, with nothing of its own: "năm 2017 lên 263 dịch vụ"
    ("Số dịch vụ công trực tuyến mức độ 4 năm 2019 là 45 dịch vụ, năm 2020 lên 112 dịch vụ, năm 2021 đạt 230 dịch vụ.",
     [("services_level4", 45), ("services_level4", 112), ("services_level4", 230)]),
    ("Số dịch vụ công mức độ 3 của huyện quý I là 64 dịch vụ, quý II là 90 dịch vụ.",
     [("services_level3", 64), ("services_level3", 90)]),
    # a ranking's lead before the next unit
    ("Năm 2020, huyện A có nhiều hồ sơ nộp qua mạng nhất với 1.204 hồ sơ, tiếp theo là huyện B với 655 hồ sơ.",
     [("dossiers_online", 1204), ("dossiers_online", 655)]),
    # a period whose count names its own kind keeps it
    ("Năm 2019, quý I tiếp nhận trực tuyến 812 hồ sơ; quý II có 1.090 hồ sơ nộp trực tiếp.",
     [("dossiers_online", 812), ("dossiers_offline", 1090)]),
    ("Số dịch vụ mức độ 4 năm 2019 là 45 dịch vụ, năm 2020 có 112 dịch vụ mức độ 3.",
     [("services_level4", 45), ("services_level3", 112)]),
])
def test_periods_and_ranked_units_in_parallel_share_the_kind_said_with_the_first(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a cause set between an item's period and its number ("… do X nên …") is an aside: the item still continues the
    # series, however long the cause
    ("Năm 2022, quý I các phường nhận 2.418 hồ sơ trực tuyến; quý II vì mưa lũ kéo dài nhiều tuần liền nên chỉ có "
     "1.306 hồ sơ; quý III lại tăng lên 2.950 hồ sơ.",
     [("dossiers_online", 2418), ("dossiers_online", 1306), ("dossiers_online", 2950)]),
    ("Tháng 1/2021 huyện có 733 hồ sơ gửi qua mạng; tháng 2 do trùng kỳ nghỉ Tết Nguyên đán dài ngày nên chỉ đạt 415 "
     "hồ sơ; tháng 3 là 902 hồ sơ.",
     [("dossiers_online", 733), ("dossiers_online", 415), ("dossiers_online", 902)]),
    ("Năm 2020 Sở giải quyết đúng hạn 5.120 hồ sơ, năm 2021 do hệ thống mới đưa vào vận hành ổn định hơn nên tăng lên "
     "6.047 hồ sơ.",
     [("dossiers_ontime", 5120), ("dossiers_ontime", 6047)]),
    # … but a cause that names a noun of its own is no aside: the number is that noun's
    ("Tháng 1/2021 huyện có 733 hồ sơ gửi qua mạng; tháng 2 vì nhiều thủ tục hành chính phải tạm dừng nên chỉ có 18 "
     "cuộc họp trực tuyến.", [("dossiers_online", 733), ("online_meetings", 18)]),
])
def test_a_cause_between_a_series_items_period_and_its_number_is_an_aside(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a topic clause naming dossiers of a kind: the counts after it that name no kind are of it
    ("Năm 2020, trong tổng số hồ sơ trực tuyến, cấp thành phố tiếp nhận 4.152 hồ sơ, còn các phường tiếp nhận 6.233 hồ sơ.",
     [("dossiers_online", 4152), ("dossiers_online", 6233)]),
    ("Số hồ sơ nộp qua mạng phân bố không đều: huyện A tiếp nhận 1.102 hồ sơ, huyện B 874 hồ sơ.",
     [("dossiers_online", 1102), ("dossiers_online", 874)]),
    # a count followed by its part of the kind is the whole, whatever the topic
    ("Số hồ sơ nộp trực tuyến còn thấp: năm 2019 tỉnh tiếp nhận 487.206 hồ sơ, chỉ có 14.983 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 487206), ("dossiers_online", 14983)]),
    # a topic with a figure before it, or naming no dossiers, frames nothing
    ("Số liệu theo từng khu vực như sau: khu vực A tiếp nhận 9.841 hồ sơ.", [("dossiers_received", 9841)]),
])
def test_a_topic_clause_naming_a_kind_of_dossiers_gives_it_to_the_counts_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bullet line whose accounts belong to another system is no sibling of an e-mail line above it
    ("Kết quả năm 2024:\n- Thư điện tử công vụ: 9.800 tài khoản đang hoạt động.\n"
     "- Định danh điện tử: 412.000 tài khoản VNeID đã kích hoạt.", [("email_accounts", 9800)]),
    ("Kết quả năm 2024:\n– Thư điện tử: 5.100 tài khoản.\n– Thanh toán: 2.300 tài khoản ngân hàng liên kết.",
     [("email_accounts", 5100)]),
    # an e-mail line after it still is one
    ("Kết quả năm 2024:\n- Thư điện tử cấp tỉnh: 5.100 tài khoản.\n- Cấp huyện: 3.300 tài khoản.",
     [("email_accounts", 5100), ("email_accounts", 3300)]),
])
def test_a_bullet_line_of_another_system_s_accounts_is_no_sibling(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a pointing phrase compared with a level ("so với mức", "cao hơn mức"): the level is the same rate at another time
    ("Năm 2016, tỷ lệ hồ sơ trực tuyến đạt 2,4%. Con số này nhích lên so với mức 1,1% của năm 2015.",
     [("dossiers_online_pct", 2.4, 2016), ("dossiers_online_pct", 1.1, 2015)]),
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 88%. Tỷ lệ này cao hơn mức 71% của cả năm 2019.",
     [("edocs_pct", 88, 2020), ("edocs_pct", 71, 2019)]),
    # a difference after the pointing phrase stays no figure
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 88%. Tỷ lệ này cao hơn 17% so với năm 2019.", [("edocs_pct", 88, 2020)]),
])
def test_a_level_compared_with_a_rate_pointed_back_to_is_that_rate(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,province", [
    # a province named right after the number as its owner ("của (tỉnh bạn) X") is the number's
    ("Tỷ lệ hồ sơ trực tuyến của Hải Phòng năm 2023 đạt 72%, cao hơn mức 69% của tỉnh bạn Hải Dương.", "Hải Dương"),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến của Hải Phòng đạt 72%, thấp hơn mức 75% của Quảng Ninh.", "Quảng Ninh"),
])
def test_a_province_owning_the_number_after_it_is_its_province(text, province):
    assert facts(text, ("value", "province"), {"province": "Hải Phòng"})[-1][1] == province


@pytest.mark.parametrize("text,expected", [
    # a count under an online topic clause, naming its own level, is the online part at that level
    ("Năm 2016, trong số hồ sơ nộp qua mạng, 203 hồ sơ được nộp ở mức độ 4; 614 hồ sơ còn lại ở mức độ 3.",
     [("dossiers_online_level4", 203), ("dossiers_online_level3", 614)]),
    ("Năm 2016, trong tổng số hồ sơ trực tuyến, cấp tỉnh tiếp nhận 900 hồ sơ, còn cấp huyện 410 hồ sơ ở mức độ 4.",
     [("dossiers_online", 900), ("dossiers_online_level4", 410)]),
])
def test_a_count_under_an_online_topic_keeps_its_own_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a contrast opening the last conjunct of a series leaves the series' kind to it
    ("Năm 2024, thành phố Sa Đéc nộp 2.318 hồ sơ trực tuyến, huyện Lai Vung 642 hồ sơ, còn huyện Tam Nông có 95 hồ sơ.",
     ["dossiers_online", "dossiers_online", "dossiers_online"]),
    ("Năm 2024, cấp tỉnh tiếp nhận trực tuyến 9.120 hồ sơ, trong khi cấp xã chỉ có 1.306 hồ sơ.",
     ["dossiers_online", "dossiers_online"]),
    ("Năm 2024, phường An Hòa nhận 740 hồ sơ qua mạng, phường Tân An 512 hồ sơ, riêng phường Mỹ Phước có 86 hồ sơ.",
     ["dossiers_online", "dossiers_online", "dossiers_online"]),
])
def test_a_contrast_opening_the_last_conjunct_keeps_the_series_kind(text, expected):
    assert [m for m, in facts(text, ("metric",))] == expected


@pytest.mark.parametrize("text,expected", [
    # a dossier count right after "so với", naming no kind of its own, is the compared count's level at the other time
    ("Năm 2016, hồ sơ nộp qua mạng có 5.210 hồ sơ, chiếm 2,4%, cao hơn so với 1.930 hồ sơ của năm 2015.",
     [("dossiers_online", 5210), ("dossiers_online_pct", 2.4), ("dossiers_online", 1930)]),
    ("Quý II có 812 hồ sơ trễ hạn, bằng 1,1%, so với 1.240 hồ sơ của quý I.",
     [("dossiers_late", 812), ("dossiers_late_pct", 1.1), ("dossiers_late", 1240)]),
    # … so is a baseline's value: after the baseline's time and a copula, or after a comparison, dated after it
    ("Sáu tháng đầu năm 2019 có 3.406 hồ sơ gửi qua mạng; cùng kỳ năm 2018 chỉ là 1.502 hồ sơ.",
     [("dossiers_online", 3406), ("dossiers_online", 1502)]),
    ("Quý I/2021, huyện nhận trực tuyến 977 hồ sơ, trong khi cùng kỳ năm trước mới có 245 hồ sơ.",
     [("dossiers_online", 977), ("dossiers_online", 245)]),
    ("Năm 2018, số hồ sơ nộp qua mạng đạt 4.870, gần gấp ba 1.655 hồ sơ của năm 2017.",
     [("dossiers_online", 4870), ("dossiers_online", 1655)]),
    ("Năm 2020 chỉ có 2.314 hồ sơ được nộp trực tuyến, thấp hơn 2.960 hồ sơ của năm 2019.",
     [("dossiers_online", 2314), ("dossiers_online", 2960)]),
    # … one naming its own kind keeps it
    ("Năm 2016 có 5.210 hồ sơ nộp qua mạng, chiếm 2,4%, so với 217.000 hồ sơ tiếp nhận.",
     [("dossiers_online", 5210), ("dossiers_online_pct", 2.4), ("dossiers_received", 217000)]),
    ("Năm 2019 có 3.406 hồ sơ gửi qua mạng; cùng kỳ năm 2018, toàn tỉnh tiếp nhận 51.200 hồ sơ.",
     [("dossiers_online", 3406), ("dossiers_received", 51200)]),
])
def test_a_count_compared_with_takes_the_compared_count_s_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a contrast with another period and a baseline's link ("…, trong khi cả quý I chỉ có 23 hồ sơ") sets a count of
    # the same kind against the one before
    ("Năm 2020, cán bộ xã đã tiếp nhận 312 hồ sơ qua mạng, trong khi cả quý I chỉ có 23 hồ sơ.",
     [("dossiers_online", 312), ("dossiers_online", 23)]),
    ("Tháng 5, huyện nhận 1.040 hồ sơ trực tuyến, trong khi tháng 4 mới có 610 hồ sơ.",
     [("dossiers_online", 1040), ("dossiers_online", 610)]),
    # … not a contrast with another unit and its own verb
    ("Năm 2020, huyện nhận 1.040 hồ sơ trực tuyến, trong khi các xã tiếp nhận 5.200 hồ sơ.",
     [("dossiers_online", 1040), ("dossiers_received", 5200)]),
])
def test_a_count_set_against_another_period_takes_the_kind_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count labelled with a level alone, after "riêng" or "trong đó", is that level's part of the last online count,
    # whatever verb the sentence used before the label
    ("Năm 2018 huyện tiếp nhận 9.400 hồ sơ, có 870 hồ sơ nộp qua mạng; riêng mức độ 4 có 95 hồ sơ.",
     [("dossiers_received", 9400), ("dossiers_online", 870), ("dossiers_online_level4", 95)]),
    ("Số hồ sơ gửi trực tuyến năm 2019 là 1.520; riêng mức độ 3 là 1.310 hồ sơ.",
     [("dossiers_online", 1520), ("dossiers_online_level3", 1310)]),
    ("Năm 2017 có 640 hồ sơ nộp qua mạng, trong đó mức độ 4 có 58 hồ sơ.",
     [("dossiers_online", 640), ("dossiers_online_level4", 58)]),
    # (the label may repeat the noun before its level: "riêng hồ sơ mức độ 4 có 1.105 hồ sơ")
    ("Năm 2019 có 6.210 hồ sơ được nộp qua mạng; riêng hồ sơ mức độ 4 có 905 hồ sơ (2,1%).",
     [("dossiers_online", 6210), ("dossiers_online_level4", 905), ("dossiers_online_level4_pct", 2.1)]),
    ("Năm 2020 xã nhận 410 hồ sơ trực tuyến, trong đó hồ sơ mức độ 3 là 376 hồ sơ.",
     [("dossiers_online", 410), ("dossiers_online_level3", 376)]),
    # … after a count of the dossiers received, the online part at that level (level 4 is an online channel)
    ("Năm 2018 huyện tiếp nhận 9.400 hồ sơ; riêng mức độ 4 có 95 hồ sơ.",
     [("dossiers_received", 9400), ("dossiers_online_level4", 95)]),
    # a sentence of its own after the paragraph's online count: the part of that count
    ("Năm 2021 các cơ quan tiếp nhận 52.900 hồ sơ, 18.210 hồ sơ được nộp trực tuyến. Riêng hồ sơ mức độ 4 có 6.602 hồ sơ.",
     [("dossiers_received", 52900), ("dossiers_online", 18210), ("dossiers_online_level4", 6602)]),
    ("Quý I/2022, huyện có 2.140 hồ sơ gửi qua mạng, đạt 24%. Trong đó mức độ 3 là 1.880 hồ sơ.",
     [("dossiers_online", 2140), ("dossiers_online_pct", 24), ("dossiers_online_level3", 1880)]),
    # (… and the label may open with a preposition: "ở mức độ 4", "đối với mức độ 3")
    ("Năm 2017, hồ sơ gửi qua mạng ở mức độ 3 là 1.402 hồ sơ, bằng 4,4% số hồ sơ tiếp nhận; ở mức độ 4 mới có 96 hồ "
     "sơ, bằng 0,3%.", [("dossiers_online_level3", 1402), ("dossiers_online_level3_pct", 4.4),
                        ("dossiers_online_level4", 96), ("dossiers_online_level4_pct", 0.3)]),
    ("Năm 2019 có 3.315 hồ sơ nộp qua mạng; đối với mức độ 4 là 402 hồ sơ.",
     [("dossiers_online", 3315), ("dossiers_online_level4", 402)]),
    # with no online count before it, a label naming the dossier noun at its level still counts online dossiers
    ("Năm 2018, tỉnh đã giải quyết 41.300 hồ sơ. Riêng hồ sơ mức độ 4 có 812 hồ sơ.",
     [("dossiers_resolved", 41300), ("dossiers_online_level4", 812)]),
    ("Năm 2018, trong đó hồ sơ mức độ 3 là 2.014 hồ sơ.", [("dossiers_online_level3", 2014)]),
])
def test_a_count_labelled_with_a_level_alone_is_that_level_s_part_of_the_online_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share labelled with a level alone, a share's verb after it, is the online rate at that level
    ("Năm 2019, tỷ lệ hồ sơ nộp qua mạng đạt 22,4%, riêng mức độ 4 chiếm 6,1% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online_pct", 22.4), ("dossiers_online_level4_pct", 6.1)]),
    ("Năm 2019 có 3.300 hồ sơ qua mạng, chiếm 8,2%, gồm 2.900 hồ sơ mức độ 3 và 400 hồ sơ mức độ 4; riêng hồ sơ mức "
     "độ 4 bằng 1% tổng số hồ sơ.",
     [("dossiers_online", 3300), ("dossiers_online_pct", 8.2), ("dossiers_online_level3", 2900),
      ("dossiers_online_level4", 400), ("dossiers_online_level4_pct", 1)]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2020 là 31%; trong đó mức độ 3 chỉ chiếm 9,5%.",
     [("dossiers_online_pct", 31), ("dossiers_online_level3_pct", 9.5)]),
    # … not a level that closes a parenthesis: the share after it is the whole's
    ("Năm 2019 huyện nhận 21.846 hồ sơ, trong đó 706 hồ sơ nộp trực tuyến (612 hồ sơ mức độ 3 và 94 hồ sơ mức độ 4), "
     "chiếm 3,23%.",
     [("dossiers_received", 21846), ("dossiers_online", 706), ("dossiers_online_level3", 612),
      ("dossiers_online_level4", 94), ("dossiers_online_pct", 3.23)]),
])
def test_a_share_labelled_with_a_level_alone_is_the_online_rate_at_that_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a number in a parenthesis opened by a unit's label right after a figure is that figure for the unit
    ("Năm 2017 huyện có 706 hồ sơ nộp qua mạng, đạt tỷ lệ 7,5% (toàn tỉnh: 3,8%).",
     [("dossiers_online", 706), ("dossiers_online_pct", 7.5), ("dossiers_online_pct", 3.8)]),
    ("Năm 2020 tỷ lệ giải quyết đúng hạn của xã là 99,2% (bình quân huyện: 97,6%).",
     [("dossiers_ontime_pct", 99.2), ("dossiers_ontime_pct", 97.6)]),
    ("Năm 2019 thành phố nhận 12.400 hồ sơ (cả tỉnh: 96.300), trong đó 1.310 hồ sơ trực tuyến.",
     [("dossiers_received", 12400), ("dossiers_received", 96300), ("dossiers_online", 1310)]),
    # … or by the whole and a verb of reaching, no colon
    ("Năm 2019 huyện có 812 hồ sơ qua mạng, chiếm 11,6% tổng số hồ sơ (toàn tỉnh mới đạt 6,9%).",
     [("dossiers_online", 812), ("dossiers_online_pct", 11.6), ("dossiers_online_pct", 6.9)]),
    ("Năm 2019 văn bản đi dưới dạng điện tử của huyện đạt 78% (cả tỉnh là 84%) vì thiếu chữ ký số.",
     [("edocs_pct", 78), ("edocs_pct", 84)]),
])
def test_a_unit_s_value_in_a_labelled_aside_is_the_figure_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count named as a figure pointed back to ("con số này là N hồ sơ"), its noun naming no kind, counts what the
    # share said last is of, or the figure the paragraph pointed to
    ("Năm 2016 huyện nhận 30.400 hồ sơ, như vậy hồ sơ qua mạng chiếm 3,2%. Cùng kỳ năm 2015, con số này chỉ là 412 hồ sơ.",
     [("dossiers_received", 30400), ("dossiers_online_pct", 3.2), ("dossiers_online", 412)]),
    ("Năm 2016 có 973 hồ sơ gửi qua mạng trên tổng số 30.400 hồ sơ, chiếm 3,2%. Năm 2015, con số đó mới là 318 hồ sơ.",
     [("dossiers_online", 973), ("dossiers_received", 30400), ("dossiers_online_pct", 3.2), ("dossiers_online", 318)]),
])
def test_a_count_pointed_back_to_counts_what_the_share_before_is_of(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count pointed back to after "x trên tổng số y" is the x's, not the base's ("con số này mới là 388 trên tổng số
    # 5.062 hồ sơ" restates the pair)
    ("Năm 2015, người dân đã nộp qua mạng 1.204 trên tổng số 8.310 hồ sơ. Cùng kỳ năm 2014, con số này mới là 388 trên "
     "tổng số 5.062 hồ sơ.",
     [("dossiers_online", 1204, 2015), ("dossiers_received", 8310, 2015), ("dossiers_online", 388, 2014),
      ("dossiers_received", 5062, 2014)]),
    ("Năm 2020, có 96 hồ sơ trực tuyến trong tổng số 1.420 hồ sơ. Năm 2019, con số này chỉ là 31 hồ sơ.",
     [("dossiers_online", 96, 2020), ("dossiers_received", 1420, 2020), ("dossiers_online", 31, 2019)]),
])
def test_a_count_pointed_back_to_after_a_part_and_its_base_is_the_part_s(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # the figure pointed back to is the whole its parts were listed under, when the last counts add up to it
    ("Năm 2016 có 3.210 hồ sơ nộp qua mạng, gồm 2.980 hồ sơ mức độ 3 và 230 hồ sơ mức độ 4. Năm 2015, con số này chỉ "
     "là 1.150 hồ sơ.",
     [("dossiers_online", 3210, 2016), ("dossiers_online_level3", 2980, 2016), ("dossiers_online_level4", 230, 2016),
      ("dossiers_online", 1150, 2015)]),
    ("Năm 2019 huyện nhận 5.400 hồ sơ qua mạng, chiếm 12,5%, trong đó 5.100 hồ sơ mức độ 3 và 300 hồ sơ mức độ 4. "
     "Cùng kỳ năm 2018, con số này là 2.700 hồ sơ.",
     [("dossiers_online", 5400, 2019), ("dossiers_online_pct", 12.5, 2019), ("dossiers_online_level3", 5100, 2019),
      ("dossiers_online_level4", 300, 2019), ("dossiers_online", 2700, 2018)]),
    # … not when they do not: the last count is pointed to
    ("Năm 2016 có 3.210 hồ sơ nộp qua mạng; riêng mức độ 4 có 230 hồ sơ. Năm 2015, con số này chỉ là 90 hồ sơ.",
     [("dossiers_online", 3210, 2016), ("dossiers_online_level4", 230, 2016), ("dossiers_online_level4", 90, 2015)]),
])
def test_a_count_pointed_back_to_after_parts_that_add_up_is_the_whole_s(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


def test_a_count_pointed_back_to_with_a_noun_of_another_kind_keeps_its_own_reading():
    text = "Năm 2016, 2.130 giao dịch được thanh toán trực tuyến, chiếm 7,1%. Năm 2015, con số này chỉ là 640 giao dịch."
    assert facts(text)[-1] == ("payments_online", 640)


@pytest.mark.parametrize("text,expected", [
    # a count opening a parenthesis, its own words its noun alone, after a noun phrase of that noun: that phrase's count
    # ("hồ sơ nộp ở mức độ 3 (5.874 hồ sơ, 5,22%)"), its share after it in the parenthesis
    ("Năm 2016, hồ sơ nộp ở mức độ 3 (3.120 hồ sơ, 4,80%) và ở mức độ 4 (215 hồ sơ, 0,33%) đều tăng.",
     [("dossiers_online_level3", 3120), ("dossiers_online_level3_pct", 4.8), ("dossiers_online_level4", 215),
      ("dossiers_online_level4_pct", 0.33)]),
    ("Năm 2017, tỉnh công khai 1.700 thủ tục, trong đó dịch vụ mức độ 3 (240 dịch vụ, 14,12%).",
     [("procedures_total", 1700), ("services_level3", 240), ("services_level3_pct", 14.12)]),
    ("Năm 2018, hồ sơ nộp trực tuyến của xã vẫn ít (96 hồ sơ).", [("dossiers_online", 96)]),
    # … not a unit's name before the parenthesis (a part of the count before), nor a noun of another head
    ("Năm 2019 huyện nhận 4.100 hồ sơ qua mạng, nhiều nhất là xã A (612 hồ sơ).",
     [("dossiers_online", 4100), ("dossiers_online", 612)]),
])
def test_a_count_in_a_parenthesis_counts_the_noun_phrase_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare percentage right after a topic clause "Trong số <noun>," and before its own predicate is the share of that
    # noun the predicate says
    ("Năm 2014, trong số văn bản đi, 31,48% được gửi dưới dạng điện tử thay cho bản giấy.", [("edocs_pct", 31.48)]),
    ("Năm 2019, trong số cán bộ, công chức cấp xã, 85% thường xuyên dùng hộp thư công vụ.", [("email_usage_pct", 85)]),
    ("Năm 2020, trong tổng số hồ sơ tiếp nhận, khoảng 12,4% được nộp qua mạng.", [("dossiers_online_pct", 12.4)]),
    # (… or a topic set apart with "(riêng) đối với" / "(riêng) với", its noun perhaps named with a modifier before it)
    ("Năm 2014, riêng với nữ cán bộ, công chức cấp xã, 62% đã có hộp thư riêng.", [("email_issued_pct", 62)]),
    ("Năm 2016, đối với văn bản gửi các huyện, 74% đã được gửi dưới dạng điện tử.", [("edocs_pct", 74)]),
    ("Năm 2021, với hồ sơ đăng ký kinh doanh, hơn 90% được nộp trực tuyến.", [("dossiers_online_pct", 90)]),
    # … not a percentage with a noun of its own, nor one after a number in the clause
    ("Năm 2020, trong số hồ sơ tiếp nhận, 1.204 hồ sơ nộp qua mạng, chiếm 9,5%.",
     [("dossiers_online", 1204), ("dossiers_online_pct", 9.5)]),
])
def test_a_bare_share_after_a_topic_clause_is_a_share_of_its_noun(text, expected):
    assert facts(text, ("metric", "value")) == expected



@pytest.mark.parametrize("text,expected", [
    # a named unit's place in a ranking, then a bound with no verb, stands for the verb of reaching
    ("Tỷ lệ văn bản điện tử toàn tỉnh đạt 88%. Tuy vậy, mức độ còn khác nhau: huyện Đắk Glei thấp nhất, chưa tới 60%.",
     [("edocs_pct", 88), ("edocs_pct", 60)]),
    ("Xã Tân Lập dẫn đầu với 72% hồ sơ trực tuyến; xã Tân Hòa thấp nhất, chỉ dưới 25%.",
     [("dossiers_online_pct", 72), ("dossiers_online_pct", 25)]),
    ("Phường Tân Định đứng đầu với 64% hồ sơ nộp qua mạng; phường Bến Thành đứng cuối, chưa đến 20%.",
     [("dossiers_online_pct", 64), ("dossiers_online_pct", 20)]),
    ("Tỷ lệ hồ sơ nộp qua mạng toàn tỉnh đạt 35,1%; thị trấn Mường Tè cao nhất, trên 50%.",
     [("dossiers_online_pct", 35.1), ("dossiers_online_pct", 50)]),
    # a threshold over a group, counted or left open, is no unit's figure
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 31%. Còn 4/9 huyện dưới 10%.", [("dossiers_online_pct", 31)]),
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 31%. Huyện nào dưới 5% phải giải trình.", [("dossiers_online_pct", 31)]),
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 31%. Các xã vùng cao thấp nhất, dưới 8%.", [("dossiers_online_pct", 31)]),
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 31%. Những xã vùng cao đứng cuối, chưa tới 8%.", [("dossiers_online_pct", 31)]),
])
def test_a_named_unit_ranked_then_bounded_without_a_verb_reaches_the_paragraph_s_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level of government ranked ("cấp tỉnh cao nhất với …") is such a unit; the rate stated before, even in the
    # paragraph before, is the one it reaches
    ("Năm 2021 tỷ lệ hài lòng chung đạt 91,2%.\nTheo từng cấp, cấp tỉnh được chấm cao nhất với 94,5%, cấp huyện 90,8%.",
     [("satisfaction_pct", 91.2), ("satisfaction_pct", 94.5), ("satisfaction_pct", 90.8)]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2023 là 48%; cấp xã thấp nhất với 31,6%.",
     [("dossiers_online_pct", 48), ("dossiers_online_pct", 31.6)]),
    # an adverb of limit before the value stands beside the ranking
    ("Tỷ lệ hồ sơ trực tuyến năm 2023 là 48%. Xã Phú Lộc đứng cuối, chỉ 12,4%.",
     [("dossiers_online_pct", 48), ("dossiers_online_pct", 12.4)]),
    ("Tỷ lệ giải quyết đúng hạn năm 2022 đạt 97,5%. Cấp huyện thấp nhất, mới 93,1%.",
     [("dossiers_ontime_pct", 97.5), ("dossiers_ontime_pct", 93.1)]),
])
def test_a_level_of_government_ranked_reaches_the_rate_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # named units' bare rates after a sentence of their paragraph that names a rate in words: that rate
    ("Năm 2023, tỉnh nhận 90.000 hồ sơ, trong đó 45.000 hồ sơ trực tuyến, đạt 50%; 60% hồ sơ có phí được thanh toán "
     "trực tuyến.\nMột số quận có tỷ lệ thanh toán trực tuyến cao. Quận A đạt 84,2%, quận B đạt 81,7%.",
     [("dossiers_received", 90000.0), ("dossiers_online", 45000.0), ("dossiers_online_pct", 50.0),
      ("dossiers_paid_online_pct", 60.0), ("dossiers_paid_online_pct", 84.2), ("dossiers_paid_online_pct", 81.7)]),
    # a unit's place among the province's units, "(thứ 4/17)" after its rate, is no figure
    ("Năm 2019, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 3,1%.\nHuyện Chư Păh đạt 4,77% (thứ 4/17), huyện Ia Grai đạt "
     "4,07% (thứ 5/17).",
     [("dossiers_online_pct", 3.1), ("dossiers_online_pct", 4.77), ("dossiers_online_pct", 4.07)]),
])
def test_named_units_rates_take_the_rate_their_paragraph_names(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare share after a dossier count, its kind after it, is the share of that kind, after "với" (with) too
    ("Năm 2021, Sở giải quyết 8.204 hồ sơ, với 97,6% đúng hạn.",
     [("dossiers_resolved", 8204.0), ("dossiers_ontime_pct", 97.6)]),
    ("Năm 2021, xã tiếp nhận 1.930 hồ sơ, với 44% nộp qua mạng.",
     [("dossiers_received", 1930.0), ("dossiers_online_pct", 44.0)]),
    ("Năm 2021, xã tiếp nhận 1.930 hồ sơ, 44% nộp qua mạng.",
     [("dossiers_received", 1930.0), ("dossiers_online_pct", 44.0)]),
    # two deadline kinds joined by "và" are one kind, on time (early included); a second predicate is not the share's
    ("Năm 2022, Sở giải quyết 8.204 hồ sơ, 97,6% trước hạn và đúng hạn.",
     [("dossiers_resolved", 8204.0), ("dossiers_ontime_pct", 97.6)]),
    ("Năm 2022, huyện nhận 3.120 hồ sơ, 100% nộp qua mạng và không có hồ sơ trễ hạn.",
     [("dossiers_received", 3120.0), ("dossiers_online_pct", 100.0)]),
])
def test_a_bare_share_after_a_count_takes_the_kind_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit's count repeating only the noun of the paragraph's last count, its clause ending there, is that count's
    # kind for the unit
    ("Năm 2019, huyện A có 1.204 hồ sơ trực tuyến. Huyện B đạt 612 hồ sơ, còn các xã vùng cao rất ít.",
     [("dossiers_online", 1204.0), ("dossiers_online", 612.0)]),
    ("Năm 2019, thị xã C dẫn đầu với 2.310 hồ sơ nộp qua mạng. Thành phố D cũng đạt 1.845 hồ sơ.",
     [("dossiers_online", 2310.0), ("dossiers_online", 1845.0)]),
    # (a count with words of its own after the noun reads by them)
    ("Năm 2019, huyện A có 1.204 hồ sơ trực tuyến. Huyện B đạt 612 hồ sơ tiếp nhận.",
     [("dossiers_online", 1204.0), ("dossiers_received", 612.0)]),
])
def test_a_unit_s_count_repeating_the_noun_alone_takes_the_last_count_s_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count after a dossier count in its sentence, labelled by its verb alone, is a count of dossiers by that verb
    ("Năm 2018, huyện tiếp nhận 12.400 hồ sơ, đã giải quyết 11.950.",
     [("dossiers_received", 12400.0), ("dossiers_resolved", 11950.0)]),
    ("Năm 2018, Sở đã nhận 3.215 hồ sơ và xử lý xong 3.100.",
     [("dossiers_received", 3215.0), ("dossiers_resolved", 3100.0)]),
    ("Năm 2018, số hồ sơ giải quyết là 9.870; số tiếp nhận là 10.240.",
     [("dossiers_resolved", 9870.0), ("dossiers_received", 10240.0)]),
    # a noun of its own after it still decides (petitions are no dossiers)
    ("Năm 2018, huyện tiếp nhận 12.400 hồ sơ, giải quyết 640 kiến nghị của cử tri.", [("dossiers_received", 12400.0)]),
])
def test_a_count_labelled_by_its_dossier_verb_alone(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence that sets a span of time apart after a count ("Riêng …", a span of months before the year) counts what
    # that count did, in its own period; a series after it follows
    ("Năm 2020, lũy kế từ năm 2017, cổng nhận 48.210 hồ sơ trực tuyến. Riêng sáu tháng cuối năm 2017 là 1.930 hồ sơ, "
     "năm 2018 là 9.402 hồ sơ.",
     [("dossiers_online", 48210.0), ("dossiers_online", 1930.0), ("dossiers_online", 9402.0)]),
    ("Năm 2021, Trung tâm giải quyết 7.402 hồ sơ. Riêng năm 2020 là 5.118 hồ sơ.",
     [("dossiers_resolved", 7402.0), ("dossiers_resolved", 5118.0)]),
    ("Năm 2022, tỉnh nhận 21.330 hồ sơ trực tuyến. 9 tháng đầu năm 2021 chỉ có 8.046 hồ sơ.",
     [("dossiers_online", 21330.0), ("dossiers_online", 8046.0)]),
])
def test_a_span_of_time_set_apart_after_a_count_continues_its_metric(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share labelled by a level alone, right after the online share (no rate word in the sentence), is that share at
    # the level
    ("Năm 2017, hồ sơ nộp qua mạng mới chiếm 3,8%, riêng mức độ 4 chiếm 0,6%.",
     [("dossiers_online_pct", 3.8), ("dossiers_online_level4_pct", 0.6)]),
    ("Năm 2017, tỉnh nhận 5.120 hồ sơ qua mạng, bằng 6,2% tổng số; riêng mức độ 3 chiếm 5,1%.",
     [("dossiers_online", 5120.0), ("dossiers_online_pct", 6.2), ("dossiers_online_level3_pct", 5.1)]),
    # after a share of something else it stays unread
    ("Năm 2017, văn bản điện tử chiếm 71%, riêng mức độ 4 chiếm 0,6%.", [("edocs_pct", 71.0)]),
])
def test_a_level_s_share_right_after_the_online_share(text, expected):
    assert facts(text) == expected


def test_this_rate_points_at_the_whole_not_at_its_last_level():
    # "tỷ lệ này" after a whole share and its levels' shares is the whole's rate
    text = ("Năm 2019, hồ sơ nộp qua mạng đạt 5,2%, trong đó mức độ 3 chiếm 4,4% và mức độ 4 chiếm 0,8%. "
            "Năm 2018, tỷ lệ này chỉ là 2,6%.")
    assert facts(text) == [("dossiers_online_pct", 5.2), ("dossiers_online_level3_pct", 4.4),
                           ("dossiers_online_level4_pct", 0.8), ("dossiers_online_pct", 2.6)]


@pytest.mark.parametrize("text,expected", [
    # a clause opening with the count pointed back to and a share verb: that count's share, a change between or not
    ("Năm 2018, 9.204 hồ sơ được nộp qua mạng. Con số này chiếm 6,1% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 9204.0), ("dossiers_online_pct", 6.1)]),
    ("Năm 2018, 9.204 hồ sơ được nộp qua mạng. Con số này tăng 3.100 hồ sơ so với năm 2017 và chiếm 6,1% tổng số hồ sơ.",
     [("dossiers_online", 9204.0), ("dossiers_online_pct", 6.1)]),
    ("Năm 2018, các cơ quan đã giải quyết 51.300 hồ sơ; con số đó chiếm khoảng 97% số hồ sơ phải giải quyết.",
     [("dossiers_resolved", 51300.0), ("dossiers_resolved_pct", 97.0)]),
])
def test_the_share_of_a_count_pointed_back_to(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share in parentheses after an item does not make the next item's subject: the series goes on at its level
    ("Năm 2019, hồ sơ mức độ 3 là 8.120 (5,2% tổng số hồ sơ), mức độ 4 là 1.406.",
     [("dossiers_online_level3", 8120.0), ("dossiers_online_level3_pct", 5.2), ("dossiers_online_level4", 1406.0)]),
    ("Năm 2019, dịch vụ mức độ 3 là 264 (chiếm 15% tổng số thủ tục), mức độ 4 là 88.",
     [("services_level3", 264.0), ("services_level3_pct", 15.0), ("services_level4", 88.0)]),
])
def test_an_aside_share_does_not_name_the_next_item(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # after services counted, a share labelled by a level alone is the services' share at that level
    ("Năm 2018, tỉnh có 96 dịch vụ mức độ 4 và 402 dịch vụ mức độ 3 trên tổng số 1.510 dịch vụ; mức độ 4 mới chiếm "
     "6,36% tổng số dịch vụ.",
     [("services_level4", 96.0), ("services_level3", 402.0), ("services_total", 1510.0), ("services_level4_pct", 6.36)]),
    ("Năm 2019, tổng số dịch vụ công trực tuyến là 1.720, trong đó mức độ 3 chiếm 28,4%.",
     [("services_total", 1720.0), ("services_level3_pct", 28.4)]),
    # a share with its own noun stays its own
    ("Năm 2019, tỉnh có 1.720 dịch vụ công trực tuyến; mức độ 4 chiếm 12% số hồ sơ tiếp nhận.",
     [("services_total", 1720.0)]),
])
def test_a_level_s_share_after_services_counted(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "con số ấy", "tỷ lệ ấy" point back as "con số này", "tỷ lệ này" do
    ("Năm 2018, tỉnh nhận 15.206 hồ sơ trực tuyến. Năm 2019, con số ấy đã là 21.480 hồ sơ.",
     [("dossiers_online", 15206.0), ("dossiers_online", 21480.0)]),
    ("Năm 2017, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 6,2%. Ở huyện Đình Lập, tỷ lệ ấy chưa đến 1%.",
     [("dossiers_online_pct", 6.2), ("dossiers_online_pct", 1.0)]),
])
def test_ay_points_back_as_nay_does(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level's share whose base names the services, after a contrast or a restatement opening its clause
    ("Năm 2019, số dịch vụ tăng nhanh, nhưng mức độ 4 chỉ chiếm 3,2% tổng số dịch vụ công trực tuyến.",
     [("services_level4_pct", 3.2)]),
    ("Năm 2020, các sở đã nâng nhiều dịch vụ, song mức độ 4 mới chiếm 6,8% tổng số dịch vụ.",
     [("services_level4_pct", 6.8)]),
    ("Năm 2019, tỉnh có 1.652 dịch vụ công trực tuyến và 38 dịch vụ mức độ 4, tức mức độ 4 mới chiếm 2,3%.",
     [("services_total", 1652.0), ("services_level4", 38.0), ("services_level4_pct", 2.3)]),
    ("Năm 2019, tỉnh có 1.600 dịch vụ công trực tuyến. Số dịch vụ đã tăng, riêng mức độ 4 mới chiếm 4,06% tổng số "
     "dịch vụ.",
     [("services_total", 1600.0), ("services_level4_pct", 4.06)]),
    # the label's own level, not levels named earlier in the sentence
    ("Năm 2016, số dịch vụ mức độ 3 và 4 đã tăng nhiều, nhưng riêng mức độ 4 mới chiếm 4,1% tổng số dịch vụ.",
     [("services_level4_pct", 4.1)]),
])
def test_a_level_s_share_of_all_services_after_a_turn(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "Trong đó," opening a sentence: its named parts count what the sentence before counts (online, a level)
    ("Năm 2024, số hồ sơ nộp trực tuyến của toàn tỉnh đạt 50.200 hồ sơ, chiếm 61,2%. Trong đó, huyện Tân Phú có "
     "12.400 hồ sơ, tỷ lệ 58,1%; huyện Định Quán có 9.800 hồ sơ, tỷ lệ 49,3%.",
     [("dossiers_online", 50200, None), ("dossiers_online_pct", 61.2, None),
      ("dossiers_online", 12400, "huyện Tân Phú"), ("dossiers_online_pct", 58.1, "huyện Tân Phú"),
      ("dossiers_online", 9800, "huyện Định Quán"), ("dossiers_online_pct", 49.3, "huyện Định Quán")]),
    ("Năm 2024, toàn tỉnh có 20.500 hồ sơ trực tuyến. Trong đó, thành phố Biên Hòa có 8.100 hồ sơ và huyện Long "
     "Thành có 3.050 hồ sơ.",
     [("dossiers_online", 20500, None), ("dossiers_online", 8100, "thành phố Biên Hòa"),
      ("dossiers_online", 3050, "huyện Long Thành")]),
    ("Đến nay, tỉnh đã cung cấp 412 dịch vụ công trực tuyến mức độ 4. Trong số này, Sở Tư pháp có 120 dịch vụ, Sở "
     "Xây dựng có 48 dịch vụ.",
     [("services_level4", 412, None), ("services_level4", 120, "Sở Tư pháp"), ("services_level4", 48, "Sở Xây dựng")]),
    # not a part: a count of another noun, a subset its own predicate singles out, a whole of no kind of its own
    ("Năm 2024, toàn tỉnh có 20.500 hồ sơ trực tuyến. Trong đó, thành phố Biên Hòa có 12 xã.",
     [("dossiers_online", 20500, None)]),
    ("Hệ thống đã cấp 5.600 hộp thư công vụ. Trong đó, còn 1.500 hộp thư chưa từng được sử dụng.",
     [("email_accounts", 5600, None)]),
    ("Năm 2024, các cơ quan tiếp nhận 80.000 hồ sơ. Trong đó, Sở Tư pháp có 6.400 hồ sơ.",
     [("dossiers_received", 80000, None)]),
])
def test_a_sentence_opening_with_trong_do_gives_the_parts_of_the_one_before(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence naming a kind of dossiers with no figure, then counts naming only "hồ sơ"
    ("Số hồ sơ nộp trực tuyến tăng dần qua các quý năm 2021. Quý I: 820 hồ sơ; Quý II: 1.140 hồ sơ; Quý III: 1.603 "
     "hồ sơ.",
     [("dossiers_online", 820), ("dossiers_online", 1140), ("dossiers_online", 1603)]),
    ("Hồ sơ giải quyết quá hạn vẫn còn ở một số sở. Sở Xây dựng có 46 hồ sơ, Sở Công Thương có 112 hồ sơ.",
     [("dossiers_late", 46), ("dossiers_late", 112)]),
    # the sentence before states a figure (a year alone is none): it is no header
    ("Năm 2021 tỉnh có 3.400 hồ sơ nộp trực tuyến. Sở Tư pháp có 820 hồ sơ.", [("dossiers_online", 3400)]),
    # the count names more than "hồ sơ": its own words decide
    ("Số hồ sơ nộp trực tuyến tăng dần qua các quý năm 2021. Quý I có 820 hồ sơ tiếp nhận.",
     [("dossiers_received", 820)]),
])
def test_counts_naming_only_ho_so_take_the_kind_the_figureless_sentence_before_names(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "tỷ lệ này" after a stretch with no figure that opens with a kind of dossiers (perhaps after a time): that kind's
    ("Năm 2020, hồ sơ nộp qua mạng còn ít ở vùng cao; tại huyện Mường Tè, tỷ lệ này chỉ 3%.",
     [("dossiers_online_pct", 3, "huyện Mường Tè")]),
    ("Năm 2021, hồ sơ giải quyết đúng hạn tăng đều ở các cấp. Riêng cấp xã, tỷ lệ này đạt 97%.",
     [("dossiers_ontime_pct", 97, "cấp xã")]),
    ("Hồ sơ trực tuyến phát sinh chưa đều giữa các cấp, các lĩnh vực; ở cấp xã, tỷ lệ này năm 2019 chưa đến 15%.",
     [("dossiers_online_pct", 15, "cấp xã")]),
])
def test_this_rate_points_to_the_kind_of_dossiers_its_stretch_opens_with(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # a period numbered after its date word between the pointing phrase and the number: still the rate pointed to
    ("Năm 2018, tỷ lệ hồ sơ trực tuyến đạt 7,65%. Tỷ lệ này của tháng 1 là 4,2%, tháng 2 là 3,1%.",
     [("dossiers_online_pct", 7.65), ("dossiers_online_pct", 4.2), ("dossiers_online_pct", 3.1)]),
    ("Quý II/2019, tỷ lệ hồ sơ đúng hạn đạt 97,1%. Tỷ lệ này của quý 1 chỉ là 95,4%.",
     [("dossiers_ontime_pct", 97.1), ("dossiers_ontime_pct", 95.4)]),
    ("Năm 2019, tỉnh có 5.200 hộp thư công vụ. Con số này ngày 1/1 là 4.800 hộp thư.",
     [("email_accounts", 5200), ("email_accounts", 4800)]),
])
def test_a_numbered_period_may_stand_between_the_pointer_and_its_number(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count pointing back ("con số này") takes the figure before it, unless its own noun counts something else
    ("Năm 2019, tỉnh có 96 dịch vụ mức độ 4. Có 6 sở chưa có hồ sơ trực tuyến. Năm 2018, con số này là 11 đơn vị.",
     [("services_level4", 96.0)]),
    ("Năm 2021, tỉnh nhận 41.000 hồ sơ trực tuyến. Năm 2020, con số này là 35 dịch vụ.",
     [("dossiers_online", 41000.0)]),
    ("Năm 2017, tỉnh có 312 dịch vụ mức độ 4. Năm 2016, con số này là 150 dịch vụ.",
     [("services_level4", 312.0), ("services_level4", 150.0)]),
    ("Năm 2017, tỉnh có 312 dịch vụ mức độ 4. Năm 2016, con số này là 150.",
     [("services_level4", 312.0), ("services_level4", 150.0)]),
])
def test_a_count_pointing_back_with_a_noun_of_its_own_is_not_the_figure_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # lines labelled by their period alone, after a line naming what they count, are read as the figure before them
    ("Số hồ sơ nộp qua mạng từng quý năm 2015 như sau:\nQuý I/2015: 164 hồ sơ.\nQuý II/2015: 251 hồ sơ.\n"
     "Quý III/2015: 389 hồ sơ, tăng mạnh.",
     [("dossiers_online", 164.0), ("dossiers_online", 251.0), ("dossiers_online", 389.0)]),
    ("Số hộp thư công vụ đã cấp qua các năm:\n- Năm 2016: 1.200 hộp thư.\n- Năm 2017: 2.450 hộp thư.",
     [("email_accounts", 1200.0), ("email_accounts", 2450.0)]),
    ("Số hồ sơ trực tuyến từng tháng của năm 2021:\nTháng 1 năm 2021: 312 hồ sơ.\nTháng 2 năm 2021: 280 hồ sơ.",
     [("dossiers_online", 312.0), ("dossiers_online", 280.0)]),
    # … not a line whose noun is another's
    ("Số hồ sơ nộp qua mạng từng quý năm 2015 như sau:\nQuý I/2015: 164 hồ sơ.\nQuý II/2015: 12 cơ quan.",
     [("dossiers_online", 164.0)]),
])
def test_lines_labelled_by_their_period_read_as_the_figure_before(text, expected):
    assert facts(text, ("metric", "value"), {"published": "2022-01-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate pointing back, with no rate said before it in its paragraph, to a count of online dossiers with no whole:
    # that count's share, at the pointer's own time
    ("Năm 2023, toàn tỉnh có 41.226 hồ sơ trực tuyến. Cùng kỳ năm 2022, tỷ lệ này mới đạt 43,18%.",
     [("dossiers_online", 41226.0, 2023), ("dossiers_online_pct", 43.18, 2022)]),
    ("Năm 2021, thành phố A có 9.310 hồ sơ nộp qua mạng, thành phố B có 6.402 hồ sơ. Năm 2020, tỷ lệ này chỉ là 12,4%.",
     [("dossiers_online", 9310.0, 2021), ("dossiers_online", 6402.0, 2021), ("dossiers_online_pct", 12.4, 2020)]),
    # … not to a level's count, nor when the sentence names a level of its own
    ("Năm 2019, có 2.647 hồ sơ nộp qua mạng, gồm 2.418 hồ sơ mức độ 3 và 229 hồ sơ mức độ 4. "
     "Năm 2018, tỷ lệ này là 0,9%.",
     [("dossiers_online", 2647.0, 2019), ("dossiers_online_level3", 2418.0, 2019),
      ("dossiers_online_level4", 229.0, 2019), ("dossiers_online_pct", 0.9, 2018)]),
    # … nor to a count of another kind
    ("Năm 2023, tỉnh tiếp nhận 41.226 hồ sơ. Năm 2022, tỷ lệ này là 43,18%.", [("dossiers_received", 41226.0, 2023)]),
])
def test_a_rate_pointing_back_to_online_dossiers_counted_alone_is_their_share(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # the rate word and a word of degree alone, then a comma and a copula: the rate in discussion, the unit's
    ("Năm 2015, tỉnh tiếp nhận 412.806 hồ sơ, trong đó 9.517 hồ sơ gửi qua mạng, chiếm 2,31%. Thành phố Vĩnh Yên có "
     "tỷ lệ cao nhất, đạt 5,6%.",
     [("dossiers_received", 412806.0), ("dossiers_online", 9517.0), ("dossiers_online_pct", 2.31),
      ("dossiers_online_pct", 5.6)]),
    ("Năm 2021, tỷ lệ văn bản điện tử toàn tỉnh là 88%. Huyện Mường Tè có tỷ lệ thấp nhất, chỉ đạt 61%.",
     [("edocs_pct", 88.0), ("edocs_pct", 61.0)]),
    # … not when other words name a rate of its own between them
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 41%. Sở Tài chính có tỷ lệ đồng bộ cao nhất, đạt 99,71%.",
     [("dossiers_online_pct", 41.0)]),
])
def test_a_rate_word_and_a_degree_then_a_comma_points_to_the_rate_in_discussion(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # … the number after the comma alone, after "với", in parentheses, or after a copula with no comma; the degree may
    # be said of the area it tops, or of the rate pointed to
    ("Năm 2019, tỷ lệ hồ sơ nộp qua mạng của tỉnh là 12,4%. Thị xã Hòa Thành có tỷ lệ cao nhất tỉnh, 27,3%.",
     [("dossiers_online_pct", 12.4), ("dossiers_online_pct", 27.3)]),
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 81%. Huyện Đông Giang có tỷ lệ thấp nhất với 52%.",
     [("edocs_pct", 81.0), ("edocs_pct", 52.0)]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 58%. Quận Hải Châu có tỷ lệ này cao nhất (76,2%).",
     [("dossiers_online_pct", 58.0), ("dossiers_online_pct", 76.2)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 33%. Huyện Krông Bông có tỷ lệ thấp nhất là 9,5%.",
     [("dossiers_online_pct", 33.0), ("dossiers_online_pct", 9.5)]),
    # (still not a rate of its own: "tỷ lệ đồng bộ cao nhất, 99,71%")
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 41%. Sở Tài chính có tỷ lệ đồng bộ cao nhất, 99,71%.",
     [("dossiers_online_pct", 41.0)]),
])
def test_a_degree_of_the_bare_rate_before_its_number_in_other_shapes(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare rate word, then a word of estimate alone before the number (no copula): the rate in discussion
    ("Năm 2019, tỷ lệ hồ sơ trực tuyến đạt 20%. Tỷ lệ hiện nay ước khoảng 25%.",
     [("dossiers_online_pct", 20.0), ("dossiers_online_pct", 25.0)]),
    ("Năm 2018, tỷ lệ văn bản điện tử là 70%. Đến tháng 10, tỷ lệ chung xấp xỉ 76%.",
     [("edocs_pct", 70.0), ("edocs_pct", 76.0)]),
    ("Năm 2020, tỷ lệ cán bộ dùng thư điện tử công vụ là 71%. Ở cấp xã, tỷ lệ trong quý III chừng 52%.",
     [("email_usage_pct", 71.0), ("email_usage_pct", 52.0)]),
    # (a bound is no estimate: "có tỷ lệ trên 30%" sets a threshold for the units counted)
    ("Năm 2019, tỷ lệ hồ sơ trực tuyến đạt 20%. Năm huyện có tỷ lệ trên 30%.", [("dossiers_online_pct", 20.0)]),
])
def test_a_bare_rate_and_a_word_of_estimate_point_to_the_rate_in_discussion(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare number labelled by a level alone, after the sentence's online count and its share, is that count's part
    ("Kết quả quý I: tỉnh nhận 5.000 hồ sơ qua mạng, chiếm 20%; riêng mức độ 4: 1.250.",
     [("dossiers_online", 5000), ("dossiers_online_pct", 20), ("dossiers_online_level4", 1250)]),
    ("Số liệu tháng 5: hồ sơ qua mạng 3.420, tức 18,4%, riêng mức độ 3: 2.900.",
     [("dossiers_online", 3420), ("dossiers_online_pct", 18.4), ("dossiers_online_level3", 2900)]),
    ("Năm 2021, tỉnh nhận 9.800 hồ sơ trực tuyến, tức 31,2%, trong đó mức độ 4: 4.100 và mức độ 3: 5.700.",
     [("dossiers_online", 9800), ("dossiers_online_pct", 31.2), ("dossiers_online_level4", 4100),
      ("dossiers_online_level3", 5700)]),
    # not after a count of something else: the certificates' own noun
    ("Kết quả: đã cấp 312 chứng thư số; trong đó mức độ 4: 12.",
     [("digital_certificates", 312), ("digital_certificates", 12)]),
])
def test_a_level_label_alone_after_the_online_count_and_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare number labelled by a level alone, after the online count at the other level and its share: the part at
    # this level (a sibling), and a sum after both the whole online count
    ("Năm 2019, tỉnh nhận 60.000 hồ sơ; hồ sơ qua mạng mức độ 3 là 3.000, chiếm 5%, mức độ 4 là 600, chiếm 1%, tổng "
     "cộng 3.600 hồ sơ.",
     [("dossiers_received", 60000), ("dossiers_online_level3", 3000), ("dossiers_online_level3_pct", 5),
      ("dossiers_online_level4", 600), ("dossiers_online_level4_pct", 1), ("dossiers_online", 3600)]),
    ("Quý II có 812 hồ sơ nộp trực tuyến ở mức độ 4, bằng 2,1%; mức độ 3 là 4.020.",
     [("dossiers_online_level4", 812), ("dossiers_online_level4_pct", 2.1), ("dossiers_online_level3", 4020)]),
    # after a count of services at a level: the services at the other level, no dossiers
    ("Năm 2020, tỉnh có 150 dịch vụ mức độ 3, chiếm 9%, mức độ 4 là 40.",
     [("services_level3", 150), ("services_level3_pct", 9), ("services_level4", 40)]),
    ("Hiện tỉnh cung cấp 96 dịch vụ ở mức độ 4, bằng 6,2% tổng số; mức độ 3: 410.",
     [("services_level4", 96), ("services_level4_pct", 6.2), ("services_level3", 410)]),
])
def test_a_level_label_alone_after_the_other_level_s_online_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare number labelled by a level alone after the services' total, whatever joins them (a contrast, a
    # semicolon, a comma): the services at that level
    ("Năm 2018, tỉnh đang có 1.702 dịch vụ công trực tuyến, nhưng mức độ 3 mới có 286, mức độ 4 có 41.",
     [("services_total", 1702), ("services_level3", 286), ("services_level4", 41)]),
    ("Năm 2017, huyện cung cấp 388 dịch vụ công trực tuyến; mức độ 4 chỉ có 9.",
     [("services_total", 388), ("services_level4", 9)]),
    ("Năm 2016, thành phố có 945 dịch vụ công trực tuyến, song mức độ 3 mới đạt 120.",
     [("services_total", 945), ("services_level3", 120)]),
    # (a share so labelled is the level's share, as before)
    ("Năm 2016, thành phố có 945 dịch vụ công trực tuyến, mức độ 3 chiếm 12,7%.",
     [("services_total", 945), ("services_level3_pct", 12.7)]),
])
def test_a_level_label_alone_after_the_services_total(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a plan's value set beside the result, right after a plan noun, naming the result's noun: the result's metric, planned
    ("Năm 2019, tỉnh nhận 2.310 hồ sơ qua mạng, bằng 77% kế hoạch (kế hoạch năm là 3.000 hồ sơ).",
     [("dossiers_online", 2310, "actual"), ("dossiers_online", 3000, "target")]),
    ("Năm 2019, số hồ sơ trực tuyến mức độ 4 là 640, chỉ tiêu giao 900 hồ sơ.",
     [("dossiers_online_level4", 640, "actual"), ("dossiers_online_level4", 900, "target")]),
    # a plan's percentage after the rate, a time word and a verb of setting between ("kế hoạch năm đặt ra")
    ("Năm 2019, văn bản điện tử chiếm 71%, trong khi kế hoạch năm đặt ra 85%.",
     [("edocs_pct", 71, "actual"), ("edocs_pct", 85, "target")]),
])
def test_a_plan_set_beside_the_result_is_the_result_s_target(text, expected):
    assert facts(text, ("metric", "value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a series over months named in words: each later conjunct, labelled by its month alone, counts what the first did
    ("Tháng Giêng tỉnh nhận 210 hồ sơ qua mạng; tháng Tư là 388 hồ sơ và tháng Bảy đạt 502 hồ sơ.",
     [("dossiers_online", 210), ("dossiers_online", 388), ("dossiers_online", 502)]),
    ("Quý I tỉnh nhận 1.020 hồ sơ trực tuyến, riêng tháng Chạp đã lên 640 hồ sơ.",
     [("dossiers_online", 1020), ("dossiers_online", 640)]),
])
def test_a_series_over_months_written_in_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a series of units after a first full count: a "và" inside a department's name joins no conjuncts
    ("Năm 2019, Sở Tư pháp có 18 dịch vụ mức độ 3, Sở Kế hoạch và Đầu tư 15, Sở Công Thương 12.",
     [("services_level3", 18), ("services_level3", 15), ("services_level3", 12)]),
    ("Năm 2021, Sở Nội vụ nhận 640 hồ sơ trực tuyến, Sở Tài nguyên và Môi trường 510, Sở Y tế 330.",
     [("dossiers_online", 640), ("dossiers_online", 510), ("dossiers_online", 330)]),
    ("Năm 2021, Sở Y tế nhận 330 hồ sơ trực tuyến, Sở Khoa học và Công nghệ 41 và Sở Xây dựng 27.",
     [("dossiers_online", 330), ("dossiers_online", 41), ("dossiers_online", 27)]),
    # a "và" right after a unit's bare count ends its conjunct: the next unit's count is the series' too
    ("Năm 2020, huyện Tân Phú nhận 1.800 hồ sơ trực tuyến, huyện Định Quán 1.500 và huyện Xuân Lộc 900.",
     [("dossiers_online", 1800), ("dossiers_online", 1500), ("dossiers_online", 900)]),
    # a longer name holding "và", a link word after it
    ("Năm 2020, khối sở có Sở Tư pháp với 4.236 hồ sơ trực tuyến, tỷ lệ 96,18%; Sở Kế hoạch và Đầu tư với 1.408 hồ "
     "sơ, tỷ lệ 94,02%.",
     [("dossiers_online", 4236), ("dossiers_online_pct", 96.18), ("dossiers_online", 1408),
      ("dossiers_online_pct", 94.02)]),
    # a unit's conjunct whose label ends on a dossier verb of its own: that verb's count, not the one before's
    ("Năm 2019, Sở A tiếp nhận 2.846/giải quyết 2.791 hồ sơ; Sở Tư pháp tiếp nhận 1.436/giải quyết 1.429 hồ sơ.",
     [("dossiers_resolved", 2791), ("dossiers_received", 1436), ("dossiers_resolved", 1429)]),
    ("Năm 2019, huyện Tân Phú tiếp nhận 950/giải quyết 912 hồ sơ; huyện Định Quán tiếp nhận 1.300/giải quyết 1.280 hồ "
     "sơ.",
     [("dossiers_resolved", 912), ("dossiers_received", 1300), ("dossiers_resolved", 1280)]),
    # not a bare number whose conjunct names no unit or period: the first count alone
    ("Năm 2020, huyện Tân Phú nhận 1.800 hồ sơ trực tuyến, nhiều gấp 3 và cao nhất tỉnh.",
     [("dossiers_online", 1800)]),
])
def test_a_unit_series_reads_through_and_inside_a_name_and_after_a_count(text, expected):
    assert facts(text)[:len(expected)] == expected and len(facts(text)) == len(expected)


@pytest.mark.parametrize("text,expected", [
    # a count pointed back to with a word of "only" is of a figure larger than it: past the part that is not
    ("Năm 2020, tỉnh có 41.530 hồ sơ nộp qua mạng; riêng 9.211 hồ sơ ở mức độ 4, bằng 2,95%. Năm 2019, con số này mới "
     "là 19.820.",
     [("dossiers_online", 41530, 2020), ("dossiers_online_level4", 9211, 2020),
      ("dossiers_online_level4_pct", 2.95, 2020), ("dossiers_online", 19820, 2019)]),
    ("Năm 2021, huyện nhận 6.400 hồ sơ trực tuyến, trong đó 1.150 hồ sơ mức độ 4. Năm 2020, con số này chỉ là 3.020 "
     "hồ sơ.",
     [("dossiers_online", 6400, 2021), ("dossiers_online_level4", 1150, 2021), ("dossiers_online", 3020, 2020)]),
    # … the whole before a part at another level that is larger too
    ("Năm 2016, tỉnh có 9.128 hồ sơ nộp qua mạng. Trong số này, 7.614 hồ sơ ở mức độ 3 và 1.514 hồ sơ ở mức độ 4. Năm "
     "2015, con số này mới là 3.905 hồ sơ.",
     [("dossiers_online", 9128, 2016), ("dossiers_online_level3", 7614, 2016), ("dossiers_online_level4", 1514, 2016),
      ("dossiers_online", 3905, 2015)]),
    # … the part itself when it is the larger
    ("Năm 2021, huyện nhận 6.400 hồ sơ trực tuyến, trong đó 1.150 hồ sơ mức độ 4. Năm 2020, con số này chỉ là 310 "
     "hồ sơ.",
     [("dossiers_online", 6400, 2021), ("dossiers_online_level4", 1150, 2021), ("dossiers_online_level4", 310, 2020)]),
    # … and with no word of "only", the figure right before, as always
    ("Năm 2021, huyện nhận 6.400 hồ sơ trực tuyến, trong đó 1.150 hồ sơ mức độ 4. Năm 2020, con số này là 3.020 "
     "hồ sơ.",
     [("dossiers_online", 6400, 2021), ("dossiers_online_level4", 1150, 2021), ("dossiers_online_level4", 3020, 2020)]),
])
def test_a_pointer_saying_only_points_at_a_larger_figure(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text, expected", [
    # a count pointing back to a kind ("hồ sơ loại này") is of the kind the paragraph's last count was
    ("Năm 2016 Sở nhận 640 hồ sơ, trong đó 212 hồ sơ nộp qua mạng ở mức độ 3. Năm 2015, chỉ có 58 hồ sơ loại này "
     "đến qua mạng.", [("dossiers_received", 640), ("dossiers_online_level3", 212), ("dossiers_online_level3", 58)]),
    ("Năm 2021 có 1.204 hồ sơ trực tuyến mức độ 4. Cùng kỳ năm 2020 toàn tỉnh mới có 315 hồ sơ dạng này.",
     [("dossiers_online_level4", 1204), ("dossiers_online_level4", 315)]),
    # … not a count its own verb says was received: the pointer names the procedure
    ("Năm 2016 Sở nhận 186 hồ sơ cấp phép, trong đó 71 hồ sơ gửi qua mạng. Cả năm 2015, Sở nhận 212 hồ sơ loại này.",
     [("dossiers_received", 186), ("dossiers_online", 71), ("dossiers_received", 212)]),
])
def test_a_count_pointing_back_to_a_kind_takes_the_last_count_s_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage whose sentence says only the whole year and a copula is the rate in discussion, for the whole year:
    # the share of the part counted before it …
    ("Năm 2023, các cơ quan tiếp nhận 412.300 hồ sơ, trong đó 251.800 hồ sơ nộp trực tuyến. Hồ sơ giấy giảm ở hầu hết "
     "các lĩnh vực. Tính chung cả năm, đạt 61,07%.",
     [("dossiers_received", 412300), ("dossiers_online", 251800), ("dossiers_online_pct", 61.07)]),
    # … or the last rate …
    ("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn quý I đạt 97,2%. Cả năm là 98,6%.",
     [("dossiers_ontime_pct", 97.2), ("dossiers_ontime_pct", 98.6)]),
    # … or the work a figureless sentence before it names, made a noun by "việc"
    ("Năm 2023, việc giải quyết hồ sơ đúng hạn được cải thiện rõ. Cả năm là 98,6%.", [("dossiers_ontime_pct", 98.6)]),
    # (a sentence with its own words before the number is not one of these)
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 55%. Cả năm tỉnh có 1.204 dịch vụ công trực tuyến.",
     [("dossiers_online_pct", 55), ("services_total", 1204)]),
])
def test_a_percentage_said_only_for_the_whole_year_is_the_rate_in_discussion(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage right after a plan noun (its year may stand between), opening a sentence that names nothing of its
    # own: the target of the rate its paragraph stated last
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 61%. Năm 2025, tỉnh đặt mục tiêu 80%.",
     [("dossiers_online_pct", 61.0, "actual"), ("dossiers_online_pct", 80.0, "target")]),
    ("Năm 2019, tỷ lệ văn bản điện tử là 72%. Kế hoạch năm 2020 là 85%.",
     [("edocs_pct", 72.0, "actual"), ("edocs_pct", 85.0, "target")]),
    # (not when the sentence names its own subject first: "Với thanh toán trực tuyến, chỉ tiêu là 45%")
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 61%. Với thanh toán trực tuyến, chỉ tiêu là 45%.",
     [("dossiers_online_pct", 61.0, "actual")]),
])
def test_a_plan_noun_opening_a_sentence_sets_the_paragraph_s_rate(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2024-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence opened by a level alone continues the noun of the paragraph's last figure; a noun after a turn
    # ("nhưng", "song", "trong khi") is another clause's, no noun of its own
    ("Năm 2016, tỉnh có 1.540 dịch vụ công trực tuyến, trong đó 32 dịch vụ mức độ 4. Mức độ 4 mới chiếm 2,1% nhưng đều "
     "là những thủ tục người dân hay dùng.",
     [("services_total", 1540.0), ("services_level4", 32.0), ("services_level4_pct", 2.1)]),
    ("Năm 2017, tỉnh có 1.600 dịch vụ công trực tuyến, trong đó 48 dịch vụ mức độ 4. Mức độ 4 chiếm 3% song lại là các "
     "thủ tục khó.",
     [("services_total", 1600.0), ("services_level4", 48.0), ("services_level4_pct", 3.0)]),
    # (a noun of its own clause still stops it: "Bước 2, chọn những thủ tục có nhiều người dùng …")
    ("Năm 2019, tỉnh có 1.600 dịch vụ công trực tuyến. Bước 2, chọn những thủ tục có nhiều người dùng để nâng lên.",
     [("services_total", 1600.0)]),
])
def test_a_noun_after_a_turn_is_not_the_sentence_s_own(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 12,4%. Tỷ lệ này chênh lệch nhiều giữa các cấp: cấp tỉnh đạt 30,2%, "
     "cấp huyện 10,5%, cấp xã 2,1%.",
     [("dossiers_online_pct", 12.4), ("dossiers_online_pct", 30.2), ("dossiers_online_pct", 10.5),
      ("dossiers_online_pct", 2.1)]),
    ("Năm 2019, tỷ lệ văn bản điện tử đạt 76%. Con số này không đều giữa các đơn vị: khối sở, ngành cấp tỉnh là 91%, "
     "cấp xã chỉ 58%.",
     [("edocs_pct", 76), ("edocs_pct", 91), ("edocs_pct", 58)]),
])
def test_a_rate_pointed_back_to_and_listed_by_unit_after_a_colon(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 21,5%, còn cấp xã chưa đến 1%.",
     [("dossiers_online_pct", 21.5), ("dossiers_online_pct", 1)]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 8,8%. Tỷ lệ này ở cấp tỉnh là 21,5%, riêng cấp xã khoảng 3%.",
     [("dossiers_online_pct", 8.8), ("dossiers_online_pct", 21.5), ("dossiers_online_pct", 3)]),
])
def test_a_scope_label_then_a_qualifier_continues_the_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2018, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,6%. Cán bộ, công chức cấp huyện đã được cấp hộp thư công vụ "
     "với tỷ lệ 100%.", [("dossiers_ontime_pct", 97.6), ("email_issued_pct", 100)]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 31%. Văn bản đi được gửi dưới dạng điện tử với tỷ lệ 92,4%.",
     [("dossiers_online_pct", 31), ("edocs_pct", 92.4)]),
    # … a clause naming no noun leaves the rate in discussion
    ("Năm 2018, tỷ lệ hồ sơ trực tuyến đạt 12%. Huyện A xếp thứ hai với tỷ lệ 6,17%.",
     [("dossiers_online_pct", 12), ("dossiers_online_pct", 6.17)]),
])
def test_a_bare_rate_after_with_ending_a_clause_that_names_what_it_measures(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2017, toàn tỉnh có hơn 21.000 hồ sơ được nộp trực tuyến, trong khi cả năm 2016 chỉ có khoảng 9.000 hồ sơ.",
     [("dossiers_online", 21000), ("dossiers_online", 9000)]),
    ("Năm 2020, huyện có 3.400 hồ sơ nộp qua mạng, còn cả năm 2019 là 1.250 hồ sơ.",
     [("dossiers_online", 3400), ("dossiers_online", 1250)]),
])
def test_a_whole_period_labels_the_next_conjunct_of_a_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit set apart with "riêng" in the sentence after a count of a kind is a part of that kind, whatever its verb
    ("Năm 2019, toàn tỉnh có 7.340 hồ sơ gửi qua mạng. Riêng thị xã Duyên Hải đóng góp 1.902 hồ sơ, cao nhất tỉnh.",
     [("dossiers_online", 7340), ("dossiers_online", 1902)]),
    ("Năm 2019 có 7.340 hồ sơ nộp trực tuyến. Riêng cấp huyện, thành phố Trà Vinh có 655 hồ sơ, huyện Cầu Kè có 212 hồ "
     "sơ.", [("dossiers_online", 7340), ("dossiers_online", 655), ("dossiers_online", 212)]),
    # … not a period set apart ("Riêng tháng 12, …" may count what was added, or anything)
    ("Năm 2019, toàn tỉnh có 7.340 hồ sơ gửi qua mạng. Riêng tháng 12 có thêm 1.902 hồ sơ.",
     [("dossiers_online", 7340)]),
    # … nor, under a level's count, a part whose own sentence says its levels
    ("Năm 2020, tỉnh có 580 dịch vụ mức độ 4. Riêng cấp xã có 96 dịch vụ, phần lớn mới ở mức độ 2.",
     [("services_level4", 580)]),
])
def test_a_unit_set_apart_after_a_count_of_a_kind_is_a_part_of_that_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "con số" alone, its copula right after it, points back like "con số này"
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 23,5%. Mức này còn khiêm tốn, nhưng năm 2020 con số chỉ là 6,1%.",
     [("dossiers_online_pct", 23.5), ("dossiers_online_pct", 6.1)]),
    ("Năm 2021, tỉnh xếp thứ 22/63 về chỉ số DTI. Năm 2020, con số là 35/63.",
     [("dti_rank", 22), ("dti_rank", 35)]),
    # … not where its own sentence names what it counts
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 23,5%. Riêng hồ sơ mức độ 4, con số là 812 hồ sơ.",
     [("dossiers_online_pct", 23.5), ("dossiers_online_level4", 812)]),
])
def test_a_bare_con_so_before_its_copula_points_back(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause after a semicolon is no piece of the last item: its kind does not make the item a whole
    ("Năm 2020, kết quả còn thấp: huyện Kỳ Anh có 27 hồ sơ nộp qua mạng, huyện Can Lộc có 9 hồ sơ; nhiều xã chưa có hồ "
     "sơ trực tuyến nào.", [("dossiers_online", 27), ("dossiers_online", 9)]),
    ("Năm 2020, thị xã A có 318 hồ sơ gửi qua mạng, huyện B có 264 hồ sơ; hai nơi này chiếm quá nửa số hồ sơ trực "
     "tuyến của tỉnh.", [("dossiers_online", 318), ("dossiers_online", 264)]),
])
def test_a_clause_after_a_semicolon_is_no_piece_of_the_last_item(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "số hồ sơ này" before a count points at the dossiers counted before, at another time
    ("Năm 2016, hồ sơ nộp trực tuyến mức độ 3 chỉ có 420 hồ sơ, chiếm 0,3% tổng số hồ sơ. Riêng quý I/2017, số hồ sơ "
     "này đã lên 265.", [("dossiers_online_level3", 420), ("dossiers_online_level3_pct", 0.3),
                        ("dossiers_online_level3", 265)]),
    ("Năm 2016, tỉnh có 3.100 hồ sơ trực tuyến. Năm 2017, số hồ sơ đó là 5.800.",
     [("dossiers_online", 3100), ("dossiers_online", 5800)]),
    # … but a share after it is of the base it names, none of ours here
    ("Năm 2016, tỉnh có 3.100 hồ sơ trực tuyến. Số hồ sơ này chiếm 12% tổng số hồ sơ trực tuyến của vùng.",
     [("dossiers_online", 3100)]),
])
def test_the_dossiers_pointed_at_before_a_count(text, expected):
    assert facts(text, meta={"published": "2017-06-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "con số ấy" and a share verb after a count: the count's share, not the rate said earlier in the paragraph
    ("Năm 2019, tỷ lệ đúng hạn đạt 98,2%. Số hồ sơ nộp qua mạng là 6.340. Con số ấy bằng 3,1% tổng số hồ sơ.",
     [("dossiers_ontime_pct", 98.2), ("dossiers_online", 6340), ("dossiers_online_pct", 3.1)]),
    ("Năm 2019, tỷ lệ hồ sơ giải quyết đúng hạn là 97%. Có 812 hồ sơ nộp trực tuyến; con số này chiếm 1,4% số hồ sơ.",
     [("dossiers_ontime_pct", 97), ("dossiers_online", 812), ("dossiers_online_pct", 1.4)]),
    # … a pointer with no share verb still points at the rate said before
    ("Năm 2018, tỷ lệ hồ sơ trực tuyến đạt 30%. Năm 2019, con số này là 41%.",
     [("dossiers_online_pct", 30), ("dossiers_online_pct", 41)]),
])
def test_a_count_pointer_before_a_share_verb_takes_the_count_s_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # in a sentence that ranks units, a count naming its own state keeps it (the base after "trên tổng số" too)
    ("Năm 2024, nhiều hồ sơ trễ hạn nhất là Sở A với 130 hồ sơ. Tiếp theo là Sở B, với 72 hồ sơ trễ hạn trên tổng số "
     "3.310 hồ sơ tiếp nhận.",
     [("dossiers_late", 130), ("dossiers_late", 72), ("dossiers_received", 3310)]),
])
def test_a_ranked_unit_s_count_naming_its_state_keeps_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "con số này" and a share verb opening a paragraph: the share of the count the paragraph before ended with
    ("Năm 2023, các cơ quan tiếp nhận trực tuyến 86.400 hồ sơ.\nCon số này bằng 41,5% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 86400), ("dossiers_online_pct", 41.5)]),
])
def test_a_count_pointer_opening_a_paragraph_takes_the_last_count_s_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a series' next conjunct names only its unit, owned ("của …") or whole ("toàn tỉnh"): the figure before's kind
    ("Năm 2022, số hồ sơ nộp trực tuyến của huyện A là 12.480, của huyện B là 9.316.",
     [("dossiers_online", 12480), ("dossiers_online", 9316)]),
    ("Năm 2022, số hồ sơ nộp trực tuyến của thị xã là 8.915, của toàn tỉnh là 96.240.",
     [("dossiers_online", 8915), ("dossiers_online", 96240)]),
    ("Năm 2022, hồ sơ của huyện được giải quyết đúng hạn 99,1%, toàn tỉnh 98,3%.",
     [("dossiers_ontime_pct", 99.1), ("dossiers_ontime_pct", 98.3)]),
    ("Năm 2022, huyện phấn đấu 30% hồ sơ qua mạng, cả tỉnh phấn đấu 35%.",
     [("dossiers_online_pct", 30), ("dossiers_online_pct", 35)]),
])
def test_a_series_conjunct_owned_or_whole_takes_the_kind_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a base opening the sentence ("Tính trên tổng số dịch vụ, …") is no noun of the level shares after it
    ("Năm 2019, tỉnh có 1.820 dịch vụ công trực tuyến, gồm 1.400 dịch vụ mức độ 2, 300 dịch vụ mức độ 3 và 120 dịch vụ "
     "mức độ 4. Tính trên tổng số dịch vụ, mức độ 3 chiếm 16,48%, mức độ 4 chiếm 6,59%.",
     [("services_total", 1820), ("services_level2", 1400), ("services_level3", 300), ("services_level4", 120),
      ("services_level3_pct", 16.48), ("services_level4_pct", 6.59)]),
    ("Năm 2019, tỉnh có 1.820 dịch vụ công trực tuyến, gồm 300 dịch vụ mức độ 3 và 120 dịch vụ mức độ 4. Trong tổng "
     "số dịch vụ, mức độ 4 chiếm 6,59%.",
     [("services_total", 1820), ("services_level3", 300), ("services_level4", 120), ("services_level4_pct", 6.59)]),
])
def test_a_base_opening_the_sentence_leaves_the_level_shares_elided(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a paragraph opening with a level's label and its share: the noun of the paragraph before's last figure
    ("Năm 2019, tỉnh có 1.820 dịch vụ công trực tuyến, gồm 300 dịch vụ mức độ 3 và 120 dịch vụ mức độ 4.\n"
     "Mức độ 3 chiếm 16,48%, còn mức độ 4 chiếm 6,59%.",
     [("services_total", 1820), ("services_level3", 300), ("services_level4", 120), ("services_level3_pct", 16.48),
      ("services_level4_pct", 6.59)]),
    ("Năm 2019, tỉnh nhận 96.000 hồ sơ, trong đó 4.800 hồ sơ mức độ 3 và 960 hồ sơ mức độ 4.\n"
     "Riêng mức độ 4 chỉ chiếm 1%.",
     [("dossiers_received", 96000), ("dossiers_online_level3", 4800), ("dossiers_online_level4", 960),
      ("dossiers_online_level4_pct", 1)]),
])
def test_a_level_label_opening_a_paragraph_continues_the_paragraph_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a conclusion drawn ("Như vậy, …") continues the sentence before like "Trong đó"
    ("Năm 2019, tỉnh có 1.650 dịch vụ, gồm 1.400 dịch vụ mức độ 2, 210 dịch vụ mức độ 3 và 40 dịch vụ mức độ 4. "
     "Như vậy, riêng mức độ 4 mới chiếm 2,42%.",
     [("services_total", 1650), ("services_level2", 1400), ("services_level3", 210), ("services_level4", 40),
      ("services_level4_pct", 2.42)]),
    ("Năm 2019, tỉnh có 1.650 dịch vụ, gồm 1.440 dịch vụ mức độ 2 và 210 dịch vụ mức độ 3. Tính ra, mức độ 3 chiếm "
     "12,73%.",
     [("services_total", 1650), ("services_level2", 1440), ("services_level3", 210), ("services_level3_pct", 12.73)]),
])
def test_a_conclusion_drawn_continues_the_sentence_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count pointed back to, a bound, then a base: the pointed count's share
    ("Năm 2020, người dân xã nộp 186 hồ sơ qua mạng. Con số này vẫn chưa đến 4% số hồ sơ xã tiếp nhận.",
     [("dossiers_online", 186), ("dossiers_online_pct", 4)]),
    ("Năm 2020, huyện nhận 2.310 hồ sơ trực tuyến. Con số đó mới khoảng 9% tổng số hồ sơ.",
     [("dossiers_online", 2310), ("dossiers_online_pct", 9)]),
])
def test_a_pointed_count_with_a_bound_before_a_base_gives_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare level share after a speaker's lead: the next share's base words are not its own
    ("Năm 2017, tỉnh có 1.650 thủ tục hành chính, trong đó 240 thủ tục có dịch vụ mức độ 3 và 40 thủ tục ở mức độ 4. "
     "Tôi nói thẳng: mức độ 3 mới chiếm 14,55%, mức độ 4 chỉ chiếm 2,42% số thủ tục.",
     [("procedures_total", 1650), ("services_level3", 240), ("services_level4", 40), ("services_level3_pct", 14.55),
      ("services_level4_pct", 2.42)]),
])
def test_a_level_share_ignores_the_next_share_s_base(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the accounts named bare ("tài khoản") after a sentence naming the e-mail system: the later items with no noun
    # count the same accounts
    ("Năm 2019, hệ thống thư điện tử công vụ có 9.846 tài khoản. Cấp tỉnh có 3.912 tài khoản, cấp huyện có 2.704 "
     "và cấp xã có 3.230.",
     [("email_accounts", 9846), ("email_accounts", 3912), ("email_accounts", 2704), ("email_accounts", 3230)]),
    ("Đến năm 2020, hệ thống hộp thư công vụ đã có 5.210 tài khoản. Trong số tài khoản đã cấp, khối sở có 1.804 "
     "tài khoản, khối huyện 2.115, khối xã 1.291.",
     [("email_accounts", 5210), ("email_accounts", 1804), ("email_accounts", 2115), ("email_accounts", 1291)]),
    # … but accounts of another system stay none of ours, their items too
    ("Năm 2023, tỉnh có 120.000 tài khoản định danh. Cấp tỉnh có 3.912 tài khoản, cấp huyện có 2.704.", []),
])
def test_items_after_bare_accounts_count_what_the_first_counts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a district's or department's offices are agencies: their count is no elided count of the noun before
    ("Năm 2015, huyện A mới có 41 tài khoản thư điện tử và 3 phòng chuyên môn sử dụng thường xuyên.",
     [("email_accounts", 41), ("email_agencies", 3)]),
    ("Năm 2016, huyện có 214 tài khoản thư điện tử, 9 phòng chuyên môn đã dùng hằng ngày.",
     [("email_accounts", 214), ("email_agencies", 9)]),
    ("Năm 2016, 12 phòng, ban của huyện đã dùng thư điện tử công vụ.", [("email_agencies", 12)]),
])
def test_offices_counted_after_accounts_are_agencies(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the right or exact figure, said after the figure it sets right, restates what that figure measures
    ("Năm 2021, huyện nhận 21.300 hồ sơ, trong đó khoảng 9.000 hồ sơ trực tuyến; con số chính xác là 9.126 hồ sơ.",
     [("dossiers_received", 21300), ("dossiers_online", 9000), ("dossiers_online", 9126)]),
    ("Năm 2022, tỷ lệ hồ sơ đúng hạn được nêu là 97%. Số liệu đúng là 96,2%.",
     [("dossiers_ontime_pct", 97), ("dossiers_ontime_pct", 96.2)]),
    ("Năm 2020, tỉnh có khoảng 1.100 dịch vụ công trực tuyến mức độ 3; số đúng là 1.126.",
     [("services_level3", 1100), ("services_level3", 1126)]),
])
def test_the_right_figure_restates_the_figure_it_sets_right(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare rate word, an adverb of limit and a bound: the rate in discussion, at a bound
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 42%. Ở huyện Cờ Đỏ, tỷ lệ còn dưới 20%.",
     [("dossiers_online_pct", 42), ("dossiers_online_pct", 20)]),
    ("Năm 2021, tỷ lệ văn bản điện tử đạt 88%; ở cấp xã, tỷ lệ vẫn chưa tới 60%.",
     [("edocs_pct", 88), ("edocs_pct", 60)]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh là 51%. Tại các xã vùng biên, tỷ lệ mới trên 12% một chút.",
     [("dossiers_online_pct", 51), ("dossiers_online_pct", 12)]),
    # … while a bound right after the rate word is a threshold over units, no figure
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 42%. Đơn vị nào có tỷ lệ dưới 10% phải giải trình.",
     [("dossiers_online_pct", 42)]),
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 42%; 6/11 huyện đạt tỷ lệ trên 30%.",
     [("dossiers_online_pct", 42)]),
])
def test_a_bare_rate_with_an_adverb_of_limit_and_a_bound(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate pointed back to opening a paragraph, after a paragraph of counts, is the share of the online ones counted
    ("Tỷ lệ hồ sơ nộp trực tuyến của tỉnh trong 6 tháng đầu năm 2023 đạt 42,1%.\n"
     "Trong 6 tháng, các cơ quan tiếp nhận 210.500 hồ sơ, trong đó 88.620 hồ sơ được nộp trực tuyến.\n"
     "Cùng kỳ năm 2022, tỷ lệ này mới là 28,4%; cả năm 2022 đạt 33,9%.",
     [("dossiers_online_pct", 42.1), ("dossiers_received", 210500), ("dossiers_online", 88620),
      ("dossiers_online_pct", 28.4), ("dossiers_online_pct", 33.9)]),
    ("Quý I/2024, huyện nhận 12.400 hồ sơ, có 5.020 hồ sơ gửi qua mạng.\nCùng kỳ năm trước, tỷ lệ này chỉ là 19%.",
     [("dossiers_received", 12400), ("dossiers_online", 5020), ("dossiers_online_pct", 19)]),
])
def test_a_rate_opening_a_paragraph_points_to_the_online_count_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate word naming nothing and pointing at nothing, in a paragraph with no rate of its own, is the rate the article
    # states most, not the share of a part said last
    ("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 52,4%. Năm 2022, tỷ lệ này là 40,1%.\n"
     "Trong số hồ sơ trực tuyến, 30.210 hồ sơ nộp toàn trình, chiếm 61,5% số hồ sơ trực tuyến.\n"
     "Theo địa bàn, thị xã Hồng Lĩnh có tỷ lệ cao nhất, 70,3%; huyện Vũ Quang thấp nhất, 18,8%.",
     [("dossiers_online_pct", 52.4), ("dossiers_online_pct", 40.1), ("dossiers_full_process", 30210),
      ("dossiers_full_process_pct", 61.5), ("dossiers_online_pct", 70.3), ("dossiers_online_pct", 18.8)]),
    ("Sáu tháng, tỷ lệ hồ sơ trực tuyến toàn tỉnh là 38%; quý II riêng đạt 41%.\n"
     "Có 9.870 hồ sơ mức độ 4, chiếm 22,7% số hồ sơ trực tuyến.\n"
     "Ở cấp xã, tỷ lệ chung đạt 29,5%.",
     [("dossiers_online_pct", 38), ("dossiers_online_pct", 41), ("dossiers_online_level4", 9870),
      ("dossiers_online_level4_pct", 22.7), ("dossiers_online_pct", 29.5)]),
    # … but a rate said once is no topic yet, and "tỷ lệ này" points at the rate said last
    ("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 52,4%.\n"
     "Trong số hồ sơ trực tuyến, 30.210 hồ sơ nộp toàn trình, chiếm 61,5% số hồ sơ trực tuyến.\n"
     "Năm 2022, tỷ lệ này là 48%.",
     [("dossiers_online_pct", 52.4), ("dossiers_full_process", 30210), ("dossiers_full_process_pct", 61.5),
      ("dossiers_full_process_pct", 48)]),
])
def test_a_bare_rate_opening_a_paragraph_is_the_article_s_main_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate opening a paragraph after a paragraph that ended on a level's part of a whole stated earlier points at the
    # whole's rate: the part counted and shared ...
    ("Năm 2020, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 24,3%.\n"
     "Trong đó có 5.120 hồ sơ mức độ 4, riêng hồ sơ mức độ 4 chiếm 12,6% số hồ sơ trực tuyến.\n"
     "Cùng kỳ năm 2019, tỷ lệ này chỉ là 9,1%.",
     [("dossiers_online_pct", 24.3), ("dossiers_online_level4", 5120), ("dossiers_online_level4_pct", 12.6),
      ("dossiers_online_pct", 9.1)]),
    # ... or two levels shared out
    ("Chín tháng năm 2021, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 31,5%.\n"
     "Hồ sơ mức độ 3 chiếm 20,2% tổng số hồ sơ tiếp nhận; hồ sơ mức độ 4 chiếm 11,3%.\n"
     "Ở cấp xã, các đơn vị dẫn đầu với tỷ lệ 40,8%.",
     [("dossiers_online_pct", 31.5), ("dossiers_online_level3_pct", 20.2), ("dossiers_online_level4_pct", 11.3),
      ("dossiers_online_pct", 40.8)]),
    # ... but a level's rate stated on its own stays the rate pointed at
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45%.\nTỷ lệ hồ sơ trực tuyến mức độ 4 đạt 12%.\n"
     "Cùng kỳ năm 2021, tỷ lệ này là 8%.",
     [("dossiers_online_pct", 45), ("dossiers_online_level4_pct", 12), ("dossiers_online_level4_pct", 8)]),
])
def test_a_rate_after_a_paragraph_ending_on_a_level_s_part_points_at_the_whole(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence naming no noun, a comparison with a level word right before the number and the number's own time
    # after it: the rate in discussion at that time
    ("Năm 2022, tỷ lệ hồ sơ nộp qua mạng của huyện đạt 33,7%. Đây là mức cao nhất, và cao hơn hẳn con số 19,4% "
     "của cả năm 2021.",
     [("dossiers_online_pct", 33.7), ("dossiers_online_pct", 19.4)]),
    ("Năm 2022, tỉnh có 45.210 hồ sơ nộp qua mạng, chiếm 38,1%. Kết quả này cao hơn nhiều so với mức 22,6% của năm "
     "2021.",
     [("dossiers_online", 45210), ("dossiers_online_pct", 38.1), ("dossiers_online_pct", 22.6)]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn quý II/2023 đạt 97,8%. Như vậy đã cao hơn tỷ lệ 95,1% của quý I năm 2023.",
     [("dossiers_ontime_pct", 97.8), ("dossiers_ontime_pct", 95.1)]),
    # … not without its own time ("cao hơn mức 20% của cả nước" is another place's)
    ("Năm 2022, tỷ lệ hồ sơ nộp qua mạng của huyện đạt 33,7%. Đây là mức khá, nhưng vẫn thấp hơn mức 41% của "
     "cả nước.",
     [("dossiers_online_pct", 33.7)]),
])
def test_a_level_compared_at_its_own_time_is_the_rate_in_discussion(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a budget's or an investment's share is no rate of ours, even pointed back to or after a rate of ours
    ("Năm 2023, chi cho chuyển đổi số chiếm 1,2% tổng chi ngân sách của tỉnh. Tỷ lệ hồ sơ trực tuyến đạt 55%.",
     [("dossiers_online_pct", 55)]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 55%; năm 2024, tỉnh nâng tỷ trọng chi cho chuyển đổi số lên 1,5% tổng chi "
     "ngân sách.",
     [("dossiers_online_pct", 55)]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2022 đạt 61,2%.\nTỷ trọng này của huyện chỉ 0,8% tổng vốn đầu tư công.",
     [("dossiers_online_pct", 61.2)]),
])
def test_a_share_of_a_budget_is_no_rate_of_ours(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a comparison with a level, the unit whose level it is named after the number: that unit's value of the rate
    ("Năm 2019, 100% cán bộ, công chức của huyện đã được cấp hộp thư công vụ, so với 91% của toàn tỉnh.",
     [("email_issued_pct", 100), ("email_issued_pct", 91)]),
    ("Sáu tháng năm 2022, tỷ lệ hồ sơ trực tuyến của huyện Núi Thành đạt 52,1%. Như vậy, Núi Thành đã vượt mức "
     "44,6% của toàn tỉnh.",
     [("dossiers_online_pct", 52.1), ("dossiers_online_pct", 44.6)]),
    ("Năm 2018, huyện nhận 5.300 hồ sơ, trong đó 410 hồ sơ nộp qua mạng, tương đương 7,74%, cao hơn mặt bằng chung "
     "4,9% của tỉnh.",
     [("dossiers_received", 5300), ("dossiers_online", 410), ("dossiers_online_pct", 7.74),
      ("dossiers_online_pct", 4.9)]),
    # … while passing a level with no unit after it is a bar, no figure
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của huyện đạt 52,1%, vượt mức 50% kế hoạch đề ra.",
     [("dossiers_online_pct", 52.1)]),
])
def test_a_level_compared_of_a_unit_named_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of falling and "còn" after a bare rate word is the level fallen to
    ("Tháng 8 năm 2021, tỷ lệ hồ sơ trực tuyến lên tới 72,3%. Sang tháng 9, tỷ lệ giảm còn 58,6%.",
     [("dossiers_online_pct", 72.3), ("dossiers_online_pct", 58.6)]),
    ("Năm 2022, tỷ lệ hồ sơ giải quyết trễ hạn là 3,4%. Năm 2023, tỷ lệ hạ còn 1,1%.",
     [("dossiers_late_pct", 3.4), ("dossiers_late_pct", 1.1)]),
    # … and passing a level, the level's time named after it, is that time's value
    ("Cả năm 2023, có 96.311 hồ sơ được nộp trực tuyến, chiếm 51,26%, vượt xa con số 27,4% của năm 2022.",
     [("dossiers_online", 96311), ("dossiers_online_pct", 51.26), ("dossiers_online_pct", 27.4)]),
])
def test_a_level_fallen_to_or_passed_at_its_own_time(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a field of procedures reaching a bare percentage is that field's value of the rate in discussion
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 41,2%. Riêng lĩnh vực hộ tịch đạt 72,4%.",
     [("dossiers_online_pct", 41.2), ("dossiers_online_pct", 72.4)]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn năm 2022 là 97,5%. Lĩnh vực đất đai chỉ đạt 88,1%.",
     [("dossiers_ontime_pct", 97.5), ("dossiers_ontime_pct", 88.1)]),
    ("Năm 2021, tỷ lệ hồ sơ nộp qua mạng của tỉnh đạt 30%. Trong đó, lĩnh vực tư pháp đạt 64,5%.",
     [("dossiers_online_pct", 30), ("dossiers_online_pct", 64.5)]),
])
def test_a_field_reaching_a_bare_percentage(text, expected):
    assert facts(text) == expected
