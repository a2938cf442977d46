"""Head nouns and dossier kinds (figures/nouns.py): hand-made sentences in several shapes."""
import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    # "hồ sơ giấy" is a paper dossier …
    ("Năm 2017, bộ phận một cửa nhận 640 hồ sơ giấy và 85 hồ sơ qua mạng.",
     [("dossiers_offline", 640), ("dossiers_online", 85)]),
    # … but the start of a longer name ("giấy phép", "giấy thông hành", "giấy chứng nhận") is a document's dossiers
    ("Sở phấn đấu năm 2018 có 70% hồ sơ giấy phép lái xe được nộp qua mạng.", [("dossiers_online_pct", 70)]),
    ("Năm 2016, đồn biên phòng nhận 214 hồ sơ giấy thông hành qua mạng.", [("dossiers_online", 214)]),
    ("Năm 2019 có 45% hồ sơ giấy chứng nhận quyền sử dụng đất gửi trực tuyến.", [("dossiers_online_pct", 45)]),
])
def test_a_paper_dossier_is_not_a_document_whose_name_starts_with_paper(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the two channels joined name every way in: all the dossiers received
    ("Năm 2022, các cơ quan nhận 23.840 hồ sơ, qua mạng và tại quầy.", [("dossiers_received", 23840)]),
    ("Năm 2022, 23.840 hồ sơ được nộp trực tiếp hoặc trực tuyến.", [("dossiers_received", 23840)]),
    ("Năm 2022, huyện tiếp nhận 23.840 hồ sơ trực tuyến lẫn trực tiếp.", [("dossiers_received", 23840)]),
    ("Năm 2022, bộ phận một cửa nhận 23.840 hồ sơ (trực tuyến/trực tiếp).", [("dossiers_received", 23840)]),
    # … but each channel with its own count keeps its kind
    ("Năm 2022, bộ phận một cửa nhận 18.200 hồ sơ giấy và 5.640 hồ sơ qua mạng.",
     [("dossiers_offline", 18200), ("dossiers_online", 5640)]),
    ("Năm 2022, huyện nhận 5.640 hồ sơ trực tuyến và 18.200 hồ sơ trực tiếp.",
     [("dossiers_online", 5640), ("dossiers_offline", 18200)]),
])
def test_both_channels_joined_are_all_the_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the network right after the verb, "qua" left out
    ("Năm 2018, thành phố có tỷ lệ hồ sơ nộp mạng 7,8%.", [("dossiers_online_pct", 7.8)]),
    ("Năm 2018, xã nhận 412 hồ sơ gửi mạng.", [("dossiers_online", 412)]),
])
def test_the_network_right_after_the_verb_is_online(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers named by levels 3 and 4 with no word of the channel are all that came in at those services (dev2's
    # "trên tổng số 11.906 hồ sơ mức độ 3, mức độ 4 đã tiếp nhận"); one level alone is that level's online dossiers
    ("Năm 2020, huyện nhận 8.400 hồ sơ thuộc các dịch vụ mức độ 3 và 4.", [("dossiers_received", 8400)]),
    ("Năm 2020, huyện nhận 8.400 hồ sơ mức độ 4.", [("dossiers_online_level4", 8400)]),
])
def test_dossiers_named_by_both_levels_without_the_channel_are_what_came_in(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "chậm" after a verb of change, or before "hơn"/"lại", is how fast a count grows, not dossiers handled late …
    ("Số hồ sơ tiếp nhận của tỉnh tăng chậm hơn, từ 41.200 hồ sơ năm 2018 lên 43.050 hồ sơ năm 2019.",
     [("dossiers_received", 41200), ("dossiers_received", 43050)]),
    ("Năm 2020, số hồ sơ Sở tiếp nhận tăng chậm, đạt 8.420 hồ sơ.", [("dossiers_received", 8420)]),
    ("Năm 2021, lượng hồ sơ trực tuyến đi lên chậm lại, chỉ đạt 2.130 hồ sơ.", [("dossiers_online", 2130)]),
    # … while "chậm" of the dossiers themselves is the late kind
    ("Năm 2021, huyện còn 37 hồ sơ giải quyết chậm so với hẹn.", [("dossiers_late", 37)]),
    ("Năm 2022 có 12 hồ sơ bị chậm, đã gửi thư xin lỗi.", [("dossiers_late", 12)]),
])
def test_slow_growth_is_not_the_late_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "một phần" before a number word is a fraction in words, not the partial kind of online dossiers
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 12,4%. Năm 2021, tỷ lệ này còn chưa bằng một phần mười (9,7%).",
     [("dossiers_online_pct", 12.4)]),
    ("Tỷ lệ hồ sơ qua mạng năm 2019 chỉ bằng một phần tư, tức 24,8%.", [("dossiers_online_pct", 24.8)]),
    # … while the partial kind keeps its reading
    ("Năm 2023 có 4.120 hồ sơ trực tuyến một phần.", [("dossiers_partial", 4120)]),
])
def test_a_fraction_in_words_is_not_the_partial_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # results handed back online ("trả kết quả bản điện tử", "trả kết quả trực tuyến") are a kind of their own, neither
    # the dossiers resolved nor the online submissions …
    ("Năm 2023, 12.480 hồ sơ được trả kết quả bản điện tử, bằng 31% số hồ sơ đã giải quyết.",
     [("dossiers_results_online", 12480), ("dossiers_results_online_pct", 31)]),
    ("Năm 2024 tỉnh phấn đấu tỷ lệ trả kết quả trực tuyến đạt 45%.", [("dossiers_results_online_pct", 45)]),
    ("Năm 2022 có 960 hồ sơ được trả kết quả qua mạng.", [("dossiers_results_online", 960)]),
    # … while dossiers resolved and returned, and those filed online, keep theirs
    ("Năm 2023 Sở đã giải quyết và trả kết quả 8.400 hồ sơ, trong đó 3.100 hồ sơ nộp trực tuyến.",
     [("dossiers_resolved", 8400), ("dossiers_online", 3100)]),
])
def test_results_returned_online_are_a_kind_of_their_own(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a service level on dossiers returned online narrows them to that level's online dossiers, the level after the
    # predicate or right after the noun …
    ("Năm 2017, 528 hồ sơ được nộp và trả kết quả qua mạng ở mức độ 4, bằng 0,61% tổng số hồ sơ.",
     [("dossiers_online_level4", 528), ("dossiers_online_level4_pct", 0.61)]),
    ("Năm 2018 có 1.307 hồ sơ mức độ 4 được tiếp nhận và trả kết quả trực tuyến.", [("dossiers_online_level4", 1307)]),
    ("Trong năm 2019, 86 hồ sơ dịch vụ công mức độ 4 đã được trả kết quả qua mạng.", [("dossiers_online_level4", 86)]),
    # … while with no level they stay a kind of their own
    ("Năm 2019 có 2.044 hồ sơ được nộp và trả kết quả qua mạng.", [("dossiers_results_online", 2044)]),
])
def test_a_level_narrows_dossiers_returned_online_to_its_online_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a measure word alone after a number ("968 bộ", "58 bộ.") stands for the noun its clause named: the number is bare
    ("Năm 2019, hồ sơ đăng ký kinh doanh gửi qua mạng là 1.204 bộ, hồ sơ thay đổi gửi qua mạng là 87 bộ.",
     [("dossiers_online", 1204), ("dossiers_online", 87)]),
    ("Năm 2016, số hồ sơ tiếp nhận là 5.320 bộ.", [("dossiers_received", 5320)]),
    # … not before a noun of its own, nor in "bộ, ngành" (ministries and sectors)
    ("Năm 2020, Sở đã chia sẻ 64 bộ dữ liệu mở.", []),
    ("Năm 2021, hệ thống kết nối với 22 bộ, ngành trung ương.", []),
])
def test_a_measure_word_alone_stands_for_the_clause_s_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers sent back to be completed ("trả về", "phải bổ sung") or refused ("bị từ chối") are the returned kind,
    # whatever channel the sentence's topic named
    ("Năm 2021, trong số hồ sơ trực tuyến, 1.804 hồ sơ phải trả về để bổ sung, chiếm 15,2%.",
     [("dossiers_returned", 1804), ("dossiers_returned_pct", 15.2)]),
    ("Năm 2020, Sở nhận 960 hồ sơ qua mạng, chỉ 41 hồ sơ phải bổ sung.",
     [("dossiers_online", 960), ("dossiers_returned", 41)]),
    ("Năm 2022 có 73 hồ sơ trực tuyến bị từ chối vì sai thẩm quyền.", [("dossiers_returned", 73)]),
    # … or cancelled at the applicant's request, like those withdrawn
    ("Năm 2020, có 1.204 hồ sơ được người nộp làm đơn xin rút, còn 387 hồ sơ bị hủy theo đề nghị của người nộp.",
     [("dossiers_returned", 1204), ("dossiers_returned", 387)]),
    ("Năm 2021, Trung tâm đã hủy hồ sơ 52 trường hợp nộp trùng.", []),
    ("Năm 2021, 96 hồ sơ nộp qua mạng bị huỷ do người dân gửi hai lần.", [("dossiers_returned", 96)]),
])
def test_dossiers_sent_back_or_refused_are_returned(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count's own words end at a contrast ("nhưng", "song", "trong khi"): the kind after it is the next clause's
    ("Năm 2016, Sở Xây dựng nhận 6.420 hồ sơ nhưng hồ sơ qua mạng còn ít (210 hồ sơ).",
     [("dossiers_received", 6420), ("dossiers_online", 210)]),
    ("Năm 2018, huyện tiếp nhận 12.800 hồ sơ song số hồ sơ trực tuyến chỉ là 402.",
     [("dossiers_received", 12800), ("dossiers_online", 402)]),
])
def test_a_count_s_own_words_end_at_a_contrast(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # … and at "thì" before a new subject, a counted noun or "số" with its noun left out
    ("Năm 2019, toàn tỉnh tiếp nhận 54.207 hồ sơ thì số nộp qua mạng mới đạt 1.626 hồ sơ.",
     [("dossiers_received", 54207), ("dossiers_online", 1626)]),
    ("Năm 2020, huyện nhận 9.310 hồ sơ thì hồ sơ trực tuyến chỉ có 702.",
     [("dossiers_received", 9310), ("dossiers_online", 702)]),
    # (not before other words: "… 1.626 hồ sơ trực tuyến thì cao nhất là …" keeps its kind)
    ("Năm 2020, tỉnh tiếp nhận 1.626 hồ sơ trực tuyến thì nhiều nhất là huyện A.", [("dossiers_online", 1626)]),
])
def test_a_count_s_own_words_end_at_thi_before_a_new_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # … but a contrast going on with a predicate of the same dossiers keeps its words the count's own
    ("Năm 2021, còn 37 hồ sơ đã quá hạn nhưng chưa được giải quyết xong.", [("dossiers_late", 37)]),
    ("Năm 2022, 960 hồ sơ được ghi là nộp trực tuyến nhưng thực chất do cán bộ nhập từ hồ sơ giấy.",
     [("dossiers_offline", 960)]),
])
def test_a_contrast_going_on_with_the_same_dossiers_keeps_its_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a paired noun's comma ("người dân, doanh nghiệp") does not end a share's own phrase: its predicate after it counts
    ("Năm 2020, thành phố đặt mục tiêu có 30% hồ sơ của người dân, doanh nghiệp được nộp qua mạng.",
     [("dossiers_online_pct", 30)]),
    ("Năm 2021, 98,5% hồ sơ của tổ chức, cá nhân được giải quyết đúng hạn.", [("dossiers_ontime_pct", 98.5)]),
    # (a second clause's "một cửa điện tử" names no one-stop software share of the first)
    ("Năm 2020, thành phố đặt mục tiêu có 30% hồ sơ của người dân, doanh nghiệp được nộp qua mạng, đồng thời kết nối các "
     "xã vào hệ thống một cửa điện tử.", [("dossiers_online_pct", 30)]),
])
def test_a_paired_noun_s_comma_does_not_end_a_share_s_phrase(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a channel that is the subject of the receiving verb is the way the dossiers came in
    ("Năm 2023, riêng Cổng Dịch vụ công quốc gia đã tiếp nhận 48.112 hồ sơ của tổ chức, cá nhân trong tỉnh.",
     [("dossiers_online", 48112.0)]),
    ("Trong quý, ứng dụng VNeID tiếp nhận 3.905 hồ sơ đăng ký thường trú.", [("dossiers_online", 3905.0)]),
    ("Năm 2015, mạng lưới bưu điện đã nhận 1.276 hồ sơ để chuyển tới các cơ quan giải quyết.",
     [("dossiers_postal", 1276.0)]),
    # not the province's own portal, whose one-stop system takes in every dossier; nor a channel that is no subject
    ("Năm 2023, Cổng Dịch vụ công của tỉnh tiếp nhận 90.412 hồ sơ, trong đó 51.206 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 90412.0), ("dossiers_online", 51206.0)]),
    ("Năm 2023, sở hướng dẫn người dân dùng Cổng Dịch vụ công quốc gia và tiếp nhận 7.310 hồ sơ tại quầy.",
     [("dossiers_received", 7310.0)]),
])
def test_a_channel_that_receives_the_dossiers_names_their_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # services of one level as the subject of the receiving verb: the dossiers came in online at that level
    ("Năm 2021, nhóm dịch vụ mức độ 4 nhận 381 hồ sơ, chủ yếu là đăng ký kinh doanh.",
     [("dossiers_online_level4", 381.0)]),
    ("Trong chín tháng, các dịch vụ công trực tuyến mức độ 3 đã tiếp nhận 4.512 hồ sơ, bằng 2,4% tổng số hồ sơ.",
     [("dossiers_online_level3", 4512.0), ("dossiers_online_level3_pct", 2.4)]),
    ("Năm 2019, những dịch vụ mức 4 mới phát sinh 77 hồ sơ nộp qua mạng.", [("dossiers_online_level4", 77.0)]),
    ("Cả năm 2016, các dịch vụ mức độ 3 nhận được 1.408 hồ sơ, các dịch vụ mức độ 4 nhận được 52 hồ sơ.",
     [("dossiers_online_level3", 1408.0), ("dossiers_online_level4", 52.0)]),
    ("Năm 2020, nhóm dịch vụ mức độ 3 nhận 1.776 hồ sơ, còn nhóm mức độ 4 mới nhận 136 hồ sơ.",
     [("dossiers_online_level3", 1776.0), ("dossiers_online_level4", 136.0)]),
    # not services counted before the verb (the province's, or a department's, received), nor another channel
    ("Năm 2018, tỉnh có 164 dịch vụ mức độ 3, nhận 11.392 hồ sơ qua mạng.",
     [("services_level3", 164.0), ("dossiers_online", 11392.0)]),
    ("Năm 2018, Sở Tư pháp có 12 dịch vụ mức độ 3 nhận 903 hồ sơ.",
     [("services_level3", 12.0), ("dossiers_received", 903.0)]),
    ("Năm 2017, các dịch vụ mức độ 3 tiếp nhận 2.147 hồ sơ qua bưu điện.", [("dossiers_postal", 2147.0)]),
    # … nor when a part set against the count says which of them came online: the count is all that came in
    ("Năm 2014, nhóm dịch vụ mức độ 3 nhận 4.870 hồ sơ, nhưng người dân chỉ gửi qua mạng 156 hồ sơ.",
     [("dossiers_received", 4870.0), ("dossiers_online", 156.0)]),
])
def test_services_of_one_level_receiving_count_its_online_dossiers(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers whose deadline falls in the period are due: neither resolved nor received
    ("Trong tháng có 1.204 hồ sơ đến hạn trả kết quả.", [("dossiers_due", 1204.0)]),
    ("Quý II, 6.310 hồ sơ tới hạn giải quyết.", [("dossiers_due", 6310.0)]),
    # "chưa đến hạn" stays pending; after a percentage the due dossiers are its base, the rate named before it
    ("Năm 2024 còn 415 hồ sơ chưa đến hạn.", [("dossiers_pending", 415.0)]),
    ("Năm 2024 đã giải quyết đúng hạn 97,3% số hồ sơ đến hạn.", [("dossiers_ontime_pct", 97.3)]),
])
def test_dossiers_whose_deadline_falls_in_the_period_are_due(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # "bộ phận một cửa" is the desk, an office and a unit of its own, not the one-stop software
    ("Năm 2018, tỷ lệ hồ sơ nộp trực tuyến của huyện và các xã như sau:\n– Bộ phận một cửa cấp huyện: 13,34%;\n"
     "– Thị trấn A: 9,62%;\n– Xã B: 6,4%.",
     [("dossiers_online_pct", 13.34), ("dossiers_online_pct", 9.62), ("dossiers_online_pct", 6.4)]),
    ("Năm 2018, 98% hồ sơ tiếp nhận tại bộ phận một cửa cấp huyện được giải quyết đúng hạn.",
     [("dossiers_ontime_pct", 98.0)]),
    # … while the software or the one-stop system keeps its own share
    ("Năm 2018, 95% hồ sơ được xử lý trên phần mềm một cửa điện tử.", [("one_stop_software_pct", 95.0)]),
])
def test_the_one_stop_desk_is_a_unit_not_the_software(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share's own rate word, after the one-stop software named before it, says what it rates
    ("Năm 2019, các xã dùng một cửa điện tử và tỷ lệ hồ sơ nộp trực tuyến đạt 7,5%.", [("dossiers_online_pct", 7.5)]),
    ("Kế hoạch năm 2019 đặt chỉ tiêu 152/152 xã, phường, thị trấn dùng một cửa điện tử và tỷ lệ hồ sơ nộp trực tuyến "
     "đạt 7,5%.", [("one_stop_coverage", 152.0), ("dossiers_online_pct", 7.5)]),
    ("Năm 2020, các xã đã kết nối hệ thống một cửa điện tử, còn tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,2%.",
     [("dossiers_ontime_pct", 98.2)]),
    # … and a rate of the software itself stays the software's
    ("Năm 2020, tỷ lệ hồ sơ được xử lý trên phần mềm một cửa điện tử đạt 91%.", [("one_stop_software_pct", 91.0)]),
])
def test_a_share_s_own_rate_word_decides_after_the_one_stop_software(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the words right after a count, to its phrase's end, are that count's: a later count with a verb of its own does
    # not take the kind they name
    ("Năm 2022, huyện tiếp nhận 8.120 hồ sơ với 2.406 hồ sơ qua mạng, đã giải quyết 7.960 hồ sơ.",
     [("dossiers_received", 8120), ("dossiers_online", 2406), ("dossiers_resolved", 7960)]),
    ("Năm 2021, Sở nhận 3.100 hồ sơ, có 1.204 hồ sơ trực tuyến, đã trả kết quả 2.950 hồ sơ.",
     [("dossiers_received", 3100), ("dossiers_online", 1204), ("dossiers_resolved", 2950)]),
    ("Năm 2022, xã nhận 940 hồ sơ, có 215 hồ sơ trễ hạn và 901 hồ sơ đã được giải quyết.",
     [("dossiers_received", 940), ("dossiers_late", 215), ("dossiers_resolved", 901)]),
    # a verb repeated from the count before makes a parallel item: the kind goes on
    ("Năm 2022, phường A nhận 610 hồ sơ trực tuyến, phường B nhận 432 hồ sơ.",
     [("dossiers_online", 610), ("dossiers_online", 432)]),
])
def test_a_count_with_its_own_verb_leaves_the_kind_of_the_count_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a sentence opening on a level as its topic ("Riêng mức độ 4, …", the noun left out or not) puts its online
    # counts at that level
    ("Năm 2019 tỉnh nhận 52.000 hồ sơ qua mạng. Riêng mức độ 4, có 7.410 hồ sơ được nộp trực tuyến.",
     [("dossiers_online", 52000), ("dossiers_online_level4", 7410)]),
    ("Năm 2019 tỉnh nhận 52.000 hồ sơ qua mạng. Đối với hồ sơ mức độ 3, đã có 44.590 hồ sơ gửi qua mạng.",
     [("dossiers_online", 52000), ("dossiers_online_level3", 44590)]),
    # a topic naming no level leaves the kind as it is
    ("Năm 2019 tỉnh nhận 52.000 hồ sơ qua mạng. Riêng lĩnh vực hộ tịch, có 7.410 hồ sơ được nộp trực tuyến.",
     [("dossiers_online", 52000), ("dossiers_online", 7410)]),
])
def test_a_level_as_the_sentence_s_topic_puts_its_online_counts_at_that_level(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of those just named ("trong số này/đó"), singled out by a predicate naming nothing of ours: a subset
    ("Năm 2024 có 1.240 hồ sơ trực tuyến; có 786 hồ sơ trong số đó do công chức nhập thay người dân.",
     [("dossiers_online", 1240)]),
    ("Năm 2023, xã nhận 2.400 hồ sơ; 310 hồ sơ trong số này thuộc các hộ ở vùng sâu.", [("dossiers_received", 2400)]),
    # … but a predicate of ours names what they are
    ("Năm 2024, xã nhận 4.210 hồ sơ, 1.306 hồ sơ trong số đó được nộp trực tuyến.",
     [("dossiers_received", 4210), ("dossiers_online", 1306)]),
])
def test_a_count_of_those_just_named_with_a_predicate_of_its_own_is_a_subset(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a helper's work right before the count: the dossiers helped with, a part kept apart from the online dossiers
    ("Trong tháng cao điểm, đoàn viên đã hỗ trợ bà con nộp 5.318 hồ sơ trực tuyến.", [("dossiers_online_assisted", 5318.0)]),
    ("Các tổ công nghệ số giúp người cao tuổi gửi thành công 920 hồ sơ qua mạng.", [("dossiers_online_assisted", 920.0)]),
    ("Bưu điện huyện đã hướng dẫn, nộp hộ 1.406 hồ sơ trực tuyến.", [("dossiers_online_assisted", 1406.0)]),
    ("Năm 2024, Tỉnh đoàn phấn đấu hỗ trợ ít nhất 20.000 hồ sơ trực tuyến.", [("dossiers_online_assisted", 20000.0)]),
    # … the helper's verb may govern a series of things helped with, the count in its last item
    ("Qua các buổi sinh hoạt, hội viên được hướng dẫn tạo tài khoản, chụp giấy tờ và nộp 2.418 hồ sơ qua mạng.",
     [("dossiers_online_assisted", 2418.0)]),
    ("Đoàn viên giúp bà con cài ứng dụng, đăng ký tài khoản định danh và gửi 1.204 hồ sơ trực tuyến.",
     [("dossiers_online_assisted", 1204.0)]),
    # … not a helper's name, nor dossiers the province received or had sent online
    ("Trung tâm Hỗ trợ doanh nghiệp tiếp nhận 2.640 hồ sơ.", [("dossiers_received", 2640.0)]),
    ("Tổ hỗ trợ tiếp nhận 312 hồ sơ trong tuần đầu.", [("dossiers_received", 312.0)]),
    ("Tổ công tác hỗ trợ người dân, tiếp nhận 4.120 hồ sơ trực tuyến.", [("dossiers_online", 4120.0)]),
    ("Năm 2023, toàn tỉnh tiếp nhận 98.400 hồ sơ, trong đó 41.250 hồ sơ nộp trực tuyến.",
     [("dossiers_received", 98400.0), ("dossiers_online", 41250.0)]),
])
def test_dossiers_a_helper_submitted_are_kept_apart_from_the_online_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # services counted with their level later in the phrase: the level is theirs, the dossiers' share has none
    ("Năm 2021, tỉnh đặt mục tiêu 25% hồ sơ nộp trực tuyến và đề án nâng số dịch vụ mức độ 4 lên 350.",
     [("dossiers_online_pct", 25.0), ("services_level4", 350.0)]),
    ("Mục tiêu năm 2022 là 30% hồ sơ trực tuyến với số dịch vụ mức độ 3 tăng lên 500.",
     [("dossiers_online_pct", 30.0), ("services_level3", 500.0)]),
    ("Năm 2019, 7,4% hồ sơ được gửi qua mạng trong lúc tỉnh mới có 96 dịch vụ mức độ 4.",
     [("dossiers_online_pct", 7.4), ("services_level4", 96.0)]),
    # … but services named as the channel give the dossiers their level, and so does the dossiers' own level
    ("Năm 2021, 3.400 hồ sơ được nộp qua dịch vụ công trực tuyến mức độ 4.", [("dossiers_online_level4", 3400.0)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến mức độ 3 đạt 12%.", [("dossiers_online_level3_pct", 12.0)]),
])
def test_a_level_of_services_counted_in_the_phrase_is_not_the_dossiers(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("noun,text,expected", [
    ("dịch vụ", "được tính là dịch vụ công trực tuyến; bảng ghi số dịch vụ đó", "dịch vụ công trực tuyến"),
    ("thủ tục", "danh mục thủ tục hành chính của tỉnh", "thủ tục hành chính"),
    ("hồ sơ", "số hồ sơ tiếp nhận", "hồ sơ"),  # said no longer
    ("dịch vụ", "các dịch vụ bưu chính", "dịch vụ"),  # (a longer phrase no head of that category)
])
def test_fullest_head_is_the_longest_phrase_of_the_noun_s_category(noun, text, expected):
    from analysis.figures.nouns import fullest_head
    assert fullest_head(noun, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a dossier noun with a level, a filler word before it ("riêng", "số"), still names the level's share or count
    ("Năm 2018 tỉnh nhận 2.119 hồ sơ trực tuyến. Riêng hồ sơ mức độ 4 chỉ chiếm 0,15%.",
     [("dossiers_online", 2119.0), ("dossiers_online_level4_pct", 0.15)]),
    ("Năm 2019, riêng hồ sơ mức độ 3 chiếm 6,4%.", [("dossiers_online_level3_pct", 6.4)]),
    ("Riêng hồ sơ ở mức độ 4 năm 2020 chiếm 1,2%.", [("dossiers_online_level4_pct", 1.2)]),
])
def test_a_filler_before_a_levelled_dossier_noun_keeps_its_level(text, expected):
    assert facts(text, ("metric", "value"), {"published": "2020-12-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate word before a dossier noun with a level: that level's share, the noun's phrase read from the rate word on
    ("Năm 2017, tỷ lệ hồ sơ mức độ 3 đạt 2,6% tổng số hồ sơ tiếp nhận.", [("dossiers_online_level3_pct", 2.6)]),
    ("Sáu tháng, tỷ lệ hồ sơ ở mức độ 4 mới là 0,35%.", [("dossiers_online_level4_pct", 0.35)]),
    ("Huyện nhận 8.000 hồ sơ, trong đó 400 hồ sơ mức độ 3; tỷ lệ hồ sơ mức độ 3 chỉ đạt 5%.",
     [("dossiers_received", 8000.0), ("dossiers_online_level3", 400.0), ("dossiers_online_level3_pct", 5.0)]),
    # … a rate of a level with no noun is not read as dossiers
    ("Năm 2017, tỷ lệ mức độ 4 đạt 1,7%.", []),
])
def test_a_rate_of_levelled_dossiers_is_that_level_s_share(text, expected):
    assert facts(text, ("metric", "value"), {"published": "2020-12-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # services of one level, their own noun opening the subject of the receiving verb: the dossiers came in online at
    # that level
    ("Năm 2020, dịch vụ mức độ 4 nhận 3.342 hồ sơ.", [("dossiers_online_level4", 3342.0)]),
    ("Năm 2019, dịch vụ công trực tuyến mức độ 3 đã tiếp nhận 2.147 hồ sơ.", [("dossiers_online_level3", 2147.0)]),
    # … not a count of services and then a clause of its own
    ("Năm 2019, tỉnh có 164 dịch vụ mức độ 3, nhận 9.000 hồ sơ.",
     [("services_level3", 164.0), ("dossiers_received", 9000.0)]),
])
def test_services_of_a_level_receiving_count_that_level_s_online_dossiers(text, expected):
    assert facts(text, ("metric", "value"), {"published": "2020-12-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause opening with a level as the dossiers' way in ("qua mức độ 4") counts that level's online dossiers
    ("Năm 2019, hồ sơ nộp qua dịch vụ mức độ 3 có 1.932, bằng 3,31% số hồ sơ tiếp nhận; qua mức độ 4 chỉ có 87 hồ sơ.",
     [("dossiers_online_level3", 1932.0), ("dossiers_online_level3_pct", 3.31), ("dossiers_online_level4", 87.0)]),
    ("Năm 2019, huyện nhận 9.000 hồ sơ; qua dịch vụ mức độ 3 có 412 hồ sơ.",
     [("dossiers_received", 9000.0), ("dossiers_online_level3", 412.0)]),
    # … not a level named later in the clause, after the count
    ("Năm 2019, huyện nhận 9.000 hồ sơ; trong đó 412 hồ sơ trực tuyến.", [("dossiers_received", 9000.0),
                                                                     ("dossiers_online", 412.0)]),
])
def test_a_clause_opening_with_a_level_as_the_way_in_counts_that_level(text, expected):
    assert facts(text, ("metric", "value"), {"published": "2020-12-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "nhận" as the second half of another word receives nothing: the count keeps the kind its paragraph gave it
    ("Năm 2018, toàn tỉnh còn 486 hồ sơ quá hạn. Nhiều nhất là Sở Y tế với 231 hồ sơ, chủ yếu về cấp giấy chứng nhận "
     "hành nghề; kế đến là Sở Xây dựng với 64 hồ sơ.",
     [("dossiers_late", 486), ("dossiers_late", 231), ("dossiers_late", 64)]),
    ("Năm 2018, huyện đã xác nhận 120 hồ sơ.", []),
    # … while the verb itself still receives
    ("Năm 2018, sở nhận 2.310 hồ sơ cấp giấy chứng nhận.", [("dossiers_received", 2310)]),
])
def test_nhan_inside_another_word_is_no_receiving(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2010, các cơ quan tiếp nhận 96.310 hồ sơ và gần như không có hồ sơ nào nộp qua mạng.",
     [("dossiers_received", 96310)]),
    ("Năm 2012, huyện nhận 8.400 hồ sơ, chưa có hồ sơ nào gửi trực tuyến.", [("dossiers_received", 8400)]),
])
def test_a_clause_denying_there_are_any_says_nothing_of_the_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count's own words end where the next item's label opens, a level and a copula after "và" or a comma: the level
    # after it is the next item's, its own is the one before it
    ("Năm 2021, số hồ sơ gửi qua mạng mức độ 3 là 4.106 hồ sơ và mức độ 4 là 927 hồ sơ.",
     [("dossiers_online_level3", 4106), ("dossiers_online_level4", 927)]),
    ("Năm 2021, số hồ sơ trực tuyến mức độ 4 đạt 3.310 hồ sơ, mức độ 3 đạt 1.054 hồ sơ.",
     [("dossiers_online_level4", 3310), ("dossiers_online_level3", 1054)]),
    # … a level right after its own noun is still its own
    ("Năm 2021, huyện nhận 4.106 hồ sơ mức độ 3 và 927 hồ sơ mức độ 4.",
     [("dossiers_online_level3", 4106), ("dossiers_online_level4", 927)]),
])
def test_a_count_s_words_end_at_the_next_item_s_level_label(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "từ mức độ 2 trở lên" names every online service, no level; from level 3 up is its own set; from 4 up is level 4
    ("Năm 2016, tỉnh cung cấp 1.794 dịch vụ công trực tuyến từ mức độ 2 trở lên.", [("services_total", 1794)]),
    ("Năm 2016, tỉnh có 320 dịch vụ công trực tuyến từ mức độ 3 trở lên.", [("services_level3plus", 320)]),
    ("Năm 2016, tỉnh có 41 dịch vụ công trực tuyến từ mức độ 4 trở lên.", [("services_level4", 41)]),
])
def test_a_level_and_up_names_its_set_of_services(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share's own phrase runs over a comma that pairs two nouns ("người dân, doanh nghiệp")
    ("Có 12,4% hồ sơ được người dân, doanh nghiệp nộp qua mạng.", [("dossiers_online_pct", 12.4)]),
    ("Năm nay 15,1% hồ sơ do tổ chức, cá nhân gửi trực tuyến.", [("dossiers_online_pct", 15.1)]),
])
def test_a_share_s_phrase_runs_over_paired_nouns(text, expected):
    assert facts(text, meta={"published": "2019-10-16"}) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers withdrawn by the applicant are sent back, neither received nor resolved; a ranking of them by field
    # right after counts them too
    ("Có 640 hồ sơ được rút theo đề nghị của người nộp. Đất đai nhiều nhất với 402 hồ sơ, tiếp đến là xây dựng với 96 "
     "hồ sơ.",
     [("dossiers_returned", 640), ("dossiers_returned", 402), ("dossiers_returned", 96)]),
    ("Trong quý, doanh nghiệp rút lại 37 hồ sơ.", [("dossiers_returned", 37)]),
])
def test_withdrawn_dossiers_are_sent_back(text, expected):
    assert facts(text, meta={"published": "2023-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    (" hồ sơ trực tuyến", "dossiers"), (" các dịch vụ công", "services"), (" toàn bộ văn bản đi", "documents"),
    (" năm 2021", None),
])
def test_head_name_is_the_head_category_at_the_phrase_start(text, expected):
    from analysis.figures.nouns import head_name
    assert head_name(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count whose relative clause names its verb; the next clause opens with a part of its own ("phần", "số")
    ("So với 284.100 hồ sơ mà các cơ quan tiếp nhận trong năm 2019, phần nộp qua mạng chiếm 4,5%.",
     [("dossiers_received", 284100), ("dossiers_online_pct", 4.5)]),
    ("Năm 2019, trong 52.300 hồ sơ đã giải quyết, số trả kết quả đúng hạn chiếm 97%.",
     [("dossiers_resolved", 52300), ("dossiers_ontime_pct", 97)]),
])
def test_a_count_s_own_verb_holds_when_a_part_opens_the_next_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a service level reached through "qua" names the online channel at that level
    ("Năm 2019, huyện tiếp nhận 5.120 hồ sơ, trong đó 630 hồ sơ được nộp qua mức độ 4, bằng 12,3%.",
     [("dossiers_received", 5120), ("dossiers_online_level4", 630), ("dossiers_online_level4_pct", 12.3)]),
    ("Năm 2020, có 2.130 hồ sơ gửi qua mức độ 3 và 410 hồ sơ qua mức độ 4.",
     [("dossiers_online_level3", 2130), ("dossiers_online_level4", 410)]),
    ("Quý II/2021, trung tâm đã tiếp nhận 318 hồ sơ qua mức độ 4 của dịch vụ đăng ký kinh doanh.",
     [("dossiers_online_level4", 318)]),
])
def test_a_level_reached_through_qua_is_the_online_channel(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # calls for help are no requests for a procedure; a procedure's requests still are its dossiers
    ("Năm 2023, tổ kỹ thuật đã xử lý 1.820 yêu cầu hỗ trợ của người dân và cán bộ.", []),
    ("Năm 2023, tổng đài tiếp nhận 640 yêu cầu hỗ trợ sử dụng cổng dịch vụ công.", []),
    ("Năm 2023, Sở Tư pháp tiếp nhận 3.905 yêu cầu cấp phiếu lý lịch tư pháp.", [("dossiers_received", 3905)]),
])
def test_calls_for_help_are_no_requests_for_a_procedure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a window cut inside a kind's phrase is widened to the whole phrase when the part left reads as another kind
    ("Năm 2023, địa phương có nhiều hồ sơ thanh toán trực tuyến nhất là huyện Kim Bảng với 520 hồ sơ.",
     [("dossiers_paid_online", 520)]),
    ("Năm 2024, hai lĩnh vực có số hồ sơ thanh toán trực tuyến cao nhất là đất đai và hộ tịch, lần lượt 6.204 và 3.917 hồ sơ.",
     [("dossiers_paid_online", 6204), ("dossiers_paid_online", 3917)]),
    ("Năm 2022, xã có nhiều hồ sơ được trả kết quả trực tuyến nhất là xã Phù Vân với 214 hồ sơ.",
     [("dossiers_results_online", 214)]),
])
def test_a_kind_s_phrase_cut_by_the_window_is_read_whole(text, expected):
    assert facts(text) == expected
