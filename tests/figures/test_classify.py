"""Metric rules, one hand-made sentence per rule (none copied from the corpus)."""
import pytest

from figure_fixtures import facts
from analysis.figures.extract import extract_text
from analysis.figures.classify import head_at, level_in




@pytest.mark.parametrize("phrase,level", [("mức 2", "2"), ("mức độ IV", "4"), ("(cấp 4)", "4"), ("mức độ 3 và 4", "34"),
                                          ("mức độ 3, mức độ 4", "34"), ("mức độ 3 trở lên", "3plus"), ("cấp huyện", None),
                                          ("mức độ 3,4", "34"), ("mức độ 4,5%", None), ("mức độ 3.4", None)])
def test_level_in(phrase, level):
    assert level_in(phrase.lower()) == level


@pytest.mark.parametrize("phrase,level", [("mức độ ba", "3"), ("mức bốn", "4"), ("mức độ hai", "2"),
                                          ("mức độ ba và mức độ bốn", "34"), ("mức độ ba trở lên", "3plus"),
                                          # a numeral word only after a level word: "cấp ba" is a school
                                          ("cấp ba", None), ("ba cấp chính quyền", None)])
def test_a_level_written_as_a_word(phrase, level):
    assert level_in(phrase) == level


@pytest.mark.parametrize("text,expected", [
    ("Đến nay tỉnh có 88 dịch vụ mức độ ba và 15 dịch vụ mức độ bốn.", [("services_level3", 88), ("services_level4", 15)]),
    ("Tỉnh có 300 dịch vụ công trực tuyến. Riêng dịch vụ mức bốn chiếm 6,2%.",
     [("services_total", 300), ("services_level4_pct", 6.2)]),
])
def test_counts_at_a_level_written_as_a_word(text, expected):
    assert facts(text) == expected


def test_head_at_skips_fillers():
    assert head_at(" các hồ sơ trực tuyến")[0] == "dossiers"
    assert head_at(" đạt 5%") is None


def test_one_noun_many_numbers_with_shares_in_parentheses():
    text = ("Tỉnh cung cấp 2.100 dịch vụ công trực tuyến, trong đó 900 dịch vụ công trực tuyến mức 2, "
            "700 dịch vụ công trực tuyến mức 3 (33,33%) và 500 dịch vụ công trực tuyến mức 4 (23,81%).")
    assert facts(text) == [("services_total", 2100), ("services_level2", 900), ("services_level3", 700),
                           ("services_level3_pct", 33.33), ("services_level4", 500), ("services_level4_pct", 23.81)]


def test_procedures_at_a_level_are_services_at_that_level():
    assert facts("Cổng đã cập nhật 1.980 TTHC, có 356 TTHC mức độ 3, 212 TTHC mức độ 4.") == [
        ("procedures_total", 1980), ("services_level3", 356), ("services_level4", 212)]


def test_dossier_verbs_before_and_after_the_noun():
    text = "Năm 2021 tiếp nhận 45.000 hồ sơ, 44.100 hồ sơ được giải quyết, 9.000 hồ sơ nộp trực tuyến (20%)."
    assert facts(text) == [("dossiers_received", 45000), ("dossiers_resolved", 44100), ("dossiers_online", 9000),
                           ("dossiers_online_pct", 20)]


@pytest.mark.parametrize("text,metric", [
    # a verb in a system's name is not what was done to the dossiers
    ("Số hồ sơ nhận trên Hệ thống thông tin giải quyết thủ tục hành chính năm 2023 là 80.400 hồ sơ.",
     "dossiers_received"),
    ("Năm 2023, Phần mềm xử lý hồ sơ một cửa ghi nhận tiếp nhận 80.400 hồ sơ.", "dossiers_received"),
    # …while the system's own verb after its name still counts
    ("Năm 2023, Hệ thống thông tin một cửa đã giải quyết 80.400 hồ sơ.", "dossiers_resolved"),
    # …and so does a verb right after the system word when the number is its object: the system is the subject
    ("Cả năm 2023, hệ thống tiếp nhận 80.400 hồ sơ.", "dossiers_received"),
    ("Năm 2023, phần mềm giải quyết 80.400 hồ sơ, không hồ sơ nào bị thất lạc.", "dossiers_resolved"),
])
def test_a_verb_in_a_system_s_name_is_no_dossier_state(text, metric):
    assert facts(text) == [(metric, 80400)]


def test_online_dossiers_by_level_and_parallel_lists():
    text = "Số hồ sơ nộp trực tuyến mức độ 3 là 1.200 hồ sơ, mức độ 4 là 800 hồ sơ."
    assert facts(text) == [("dossiers_online_level3", 1200), ("dossiers_online_level4", 800)]


def test_sub_part_after_trong_do_does_not_relabel_its_total():
    text = "Đã giải quyết 9.500 hồ sơ, trong đó đúng hạn 9.400 hồ sơ, đạt 98,9%."
    assert facts(text) == [("dossiers_resolved", 9500), ("dossiers_ontime", 9400), ("dossiers_ontime_pct", 98.9)]


def test_offline_dossiers_in_parentheses():
    assert facts("Trong đó, đa số hồ sơ tiếp nhận trực tiếp (4,5 ngàn hồ sơ).") == [("dossiers_offline", 4500)]


def test_list_of_agencies_inherits_the_verb_and_gets_the_agency_as_scope():
    text = "Các đơn vị tiếp nhận nhiều hồ sơ là: Công an tỉnh 1,5 ngàn HS, Sở Tư pháp 900 HS."
    assert facts(text, ("metric", "value", "scope")) == [("dossiers_received", 1500, "Công an tỉnh"),
                                                          ("dossiers_received", 900, "Sở Tư pháp")]


def test_dossiers_without_a_verb_are_not_guessed():
    assert facts("Nhiều giao dịch là Sở Xây dựng (210 hồ sơ).") == []


def test_rate_subjects():
    assert facts("Tỷ lệ hồ sơ được giải quyết đúng hạn đạt 98,2%.") == [("dossiers_ontime_pct", 98.2)]
    assert facts("Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt 41%; riêng quý IV đạt 47%.") == [
        ("dossiers_online_pct", 41), ("dossiers_online_pct", 47)]
    assert facts("Tỷ lệ người dân hài lòng đạt 93%.") == [("satisfaction_pct", 93)]
    assert facts("Tỷ lệ văn bản trao đổi qua mạng đạt 88%.") == [("edocs_pct", 88)]


def test_email_figures():
    text = ("Tỉnh đã cấp 5.200 tài khoản thư điện tử cho cán bộ của 35 cơ quan, đạt 100% CBCC; "
            "tỷ lệ cán bộ sử dụng thư điện tử trong công việc đạt 75%.")
    assert facts(text) == [("email_accounts", 5200), ("email_agencies", 35), ("email_issued_pct", 100),
                           ("email_usage_pct", 75)]
    assert facts("Có 100% công chức được cấp hộp thư công vụ.") == [("email_issued_pct", 100)]


def test_other_accounts_are_not_email():
    assert facts("Các xã được cấp 2 tài khoản để gửi văn bản.") == []


def test_ict_ranks_fraction_ordinal_and_top_group():
    text = "Về chỉ số ICT Index, năm 2020 tỉnh xếp hạng 20/63, năm 2019 đứng thứ 24."
    assert facts(text, ("metric", "value", "unit", "denominator", "year")) == [
        ("ict_index_rank", 20, "rank", 63, 2020), ("ict_index_rank", 24, "rank", None, 2019)]
    assert facts("Phấn đấu vào nhóm 10 tỉnh dẫn đầu cả nước về ICT Index.", ("metric", "value", "qualifier", "status")) == [
        ("ict_index_rank", 10, "less_than", "target")]


@pytest.mark.parametrize("text,expected", [
    # a group of the leading places written as a fraction, the ranking named after it, beside a count of services
    ("Kế hoạch đặt mục tiêu có 200 dịch vụ mức độ 4 và đưa tỉnh vào nhóm 20/63 trên bảng xếp hạng ICT Index.",
     [("services_level4", 200, "exact"), ("ict_index_rank", 20, "less_than")]),
    ("Đến năm 2026, thành phố phấn đấu vào tốp 10/63 về chỉ số chuyển đổi số DTI.", [("dti_rank", 10, "less_than")]),
    # the place noun may be "địa phương" as well as "tỉnh"
    ("Năm 2023 tỉnh đã lọt vào nhóm 12 địa phương đứng đầu về chỉ số PAR INDEX.", [("par_index_rank", 12, "less_than")]),
    ("Về ICT Index 2019, huyện xếp thứ 14/63 địa phương.", [("ict_index_rank", 14, "exact")]),
])
def test_a_group_of_leading_places_is_a_rank_no_better_than_its_number(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause of the baseline's time after the comparison ("khi", "lúc") brings a level, not a change
    ("Theo ICT Index 2021, tỉnh xếp thứ 11/63, tăng năm bậc so với năm 2020 khi tỉnh ở vị trí 16/63.",
     [("ict_index_rank", 11, 2021), ("ict_index_rank", 16, 2020)]),
    ("Năm 2020 tỷ lệ văn bản điện tử đạt 95%, tăng mạnh so với năm 2018 lúc chỉ đạt 61%.",
     [("edocs_pct", 95, 2020), ("edocs_pct", 61, 2018)]),
    # a rise or fall compared with the place before, that place named by its level word, is a rank of its own
    ("Về ICT Index 2019, tỉnh xếp thứ 30/63, tăng so với vị trí 41/63 của năm 2018.",
     [("ict_index_rank", 30, 2019), ("ict_index_rank", 41, 2018)]),
    ("Chỉ số DTI năm 2023 của tỉnh đứng thứ 15/63, giảm hai bậc so với thứ hạng 13/63 năm 2022.",
     [("dti_rank", 15, 2023), ("dti_rank", 13, 2022)]),
    # … but a rise by some places is no place
    ("Về ICT Index 2019, tỉnh xếp thứ 30/63, tăng 11 bậc so với năm 2018.", [("ict_index_rank", 30, 2019),
                                                                             ("ict_index_rank", 41, 2018)]),
])
def test_a_place_compared_with_is_a_rank_of_its_own_year(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ở Chỉ số PAR INDEX 2021, thành phố vươn lên thứ 7/63.", ("par_index_rank", 7)),
    ("Về DTI 2023, tỉnh tụt xuống thứ 40/63 tỉnh, thành phố.", ("dti_rank", 40)),
    ("Năm 2022, chỉ số ICT Index của tỉnh lùi về thứ 21/63.", ("ict_index_rank", 21)),
])
def test_a_place_reached_by_a_verb_of_moving_is_a_rank(text, expected):
    """"lên thứ", "xuống thứ", "về thứ" before a place out of its total rank it, like "xếp thứ"."""
    assert facts(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2020, tỉnh đứng thứ 31/63 về ICT Index; năm 2021, tỉnh xếp thứ 24/63 về Chỉ số chuyển đổi số (DTI).",
     [("ict_index_rank", 31), ("dti_rank", 24)]),
    ("Tỉnh xếp thứ 29/63 về Vietnam ICT Index năm 2020; Chỉ số cải cách hành chính (PAR INDEX) năm 2021 xếp thứ 15/63.",
     [("ict_index_rank", 29), ("par_index_rank", 15)]),
    ("Về DTI, tỉnh đứng thứ 12/63; về ICT Index, tỉnh đứng thứ 20/63.", [("dti_rank", 12), ("ict_index_rank", 20)]),
])
def test_a_place_takes_the_ranking_its_own_clause_names(text, expected):
    """Several rankings in one sentence, a clause each (cut by ';'): each place takes its own clause's ranking."""
    assert facts(text) == expected


def test_rank_move_implies_the_earlier_place():
    text = "Năm 2021 tỉnh xếp vị trí 30/63 về ICT Index, giảm 4 bậc so với năm 2020."
    assert facts(text, ("value", "year")) == [(30, 2021), (26, 2020)]


def test_changes_and_averages_are_not_levels():
    assert facts("Số hồ sơ tiếp nhận là 3.000, tăng 500 hồ sơ so với quý trước.") == [("dossiers_received", 3000)]
    assert facts("Tỷ lệ hồ sơ trực tuyến đạt 30%, tăng so với năm trước là 5%.") == [("dossiers_online_pct", 30)]
    assert facts("Trung bình mỗi huyện có 120 dịch vụ công trực tuyến.") == []


def test_coverage_of_agencies():
    text = "Có 20/20 sở, ban, ngành và 9/9 UBND cấp huyện có trang thông tin điện tử."
    assert facts(text, ("metric", "value", "denominator", "scope")) == [
        ("portal_coverage", 20, 20, "sở, ban, ngành"), ("portal_coverage", 9, 9, "cấp huyện")]


def test_breakdown_in_parentheses_gives_parts_with_their_scope():
    # Per-part counts are rows of their own, told apart from the total by their scope (issue 9).
    text = "Triển khai mạng truyền số liệu tại 80 điểm (20 điểm cấp tỉnh; 60 điểm cấp xã)."
    assert facts(text, ("metric", "value", "scope")) == [
        ("network_points", 80, None), ("network_points", 20, "cấp tỉnh"), ("network_points", 60, "cấp xã")]


def test_agency_percentages_without_a_known_indicator_are_left_out():
    assert facts("Có 100% cơ quan sử dụng phần mềm kế toán.") == []


def test_carried_over_dossiers():
    text = "Trong năm, tiếp nhận 12.000 hồ sơ, 300 hồ sơ kỳ trước chuyển sang; đã giải quyết 11.900 hồ sơ."
    assert facts(text) == [("dossiers_received", 12000), ("dossiers_carried_over", 300), ("dossiers_resolved", 11900)]


def test_full_process_and_partial_services_are_their_own_metrics():
    assert facts("Tỉnh cung cấp 1.200 dịch vụ công trực tuyến toàn trình, 450 dịch vụ công trực tuyến một phần.") == [
        ("services_full_process", 1200), ("services_partial", 450)]


def test_certificates_named_after_the_officials():
    assert facts("Hiện toàn tỉnh có 3.500 cán bộ được cấp chữ ký số.") == [("digital_certificates", 3500)]


def test_elliptical_rates_inherit_the_subject():
    assert facts("Tỷ lệ hồ sơ trực tuyến năm 2021 là 35,6%, năm 2020 là 22,1%.", ("metric", "value", "year")) == [
        ("dossiers_online_pct", 35.6, 2021), ("dossiers_online_pct", 22.1, 2020)]


@pytest.mark.parametrize("text,expected", [
    # items labelled by their scope alone continue the rate, each with its own scope
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 66%; cấp huyện đạt 71,4%, cấp xã 58,9%.",
     [("dossiers_online_pct", 66, None), ("dossiers_online_pct", 71.4, "cấp huyện"),
      ("dossiers_online_pct", 58.9, "cấp xã")]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%. Chia theo cấp, tỷ lệ này ở cấp tỉnh là 99,4%, cấp huyện 97,7% và cấp xã 98,1%.",
     [("dossiers_ontime_pct", 98, None), ("dossiers_ontime_pct", 99.4, "cấp tỉnh"),
      ("dossiers_ontime_pct", 97.7, "cấp huyện"), ("dossiers_ontime_pct", 98.1, "cấp xã")]),
    # a label with words of its own is not a scope label
    ("Tỷ lệ hồ sơ trực tuyến đạt 66%, cấp huyện có 30 đơn vị.", [("dossiers_online_pct", 66, None)]),
])
def test_items_labelled_by_scope_continue_the_rate(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,metric", [
    ("Các sở đã giải quyết 4.000 hồ sơ, tỷ lệ đúng và trước hạn đạt 97,1%.", "dossiers_ontime_pct"),
    ("Các sở đã giải quyết 4.000 hồ sơ, tỷ lệ sớm và đúng hạn đạt 97,1%.", "dossiers_ontime_pct"),
    ("Các sở đã giải quyết 4.000 hồ sơ, tỷ lệ quá hạn là 2,9%.", "dossiers_late_pct"),
])
def test_a_rate_that_names_only_timeliness_is_a_dossier_rate(text, metric):
    assert facts(text) == [("dossiers_resolved", 4000), (metric, 97.1 if "hạn đạt" in text else 2.9)]


def test_portal_visits_are_not_visits_to_the_centre():
    assert facts("Trong tháng 3, số lượt truy cập Cổng dịch vụ công đạt 120.000 lượt.") == [("portal_visits", 120000)]


def test_each_item_of_a_list_keeps_its_own_kind():
    text = "Tổng số hồ sơ tiếp nhận là 15.000 hồ sơ (trực tuyến 3.000 hồ sơ, trực tiếp 11.500 hồ sơ, qua bưu chính 500 hồ sơ)."
    assert facts(text) == [("dossiers_received", 15000), ("dossiers_online", 3000), ("dossiers_offline", 11500),
                           ("dossiers_postal", 500)]
    assert facts("Tỷ lệ hồ sơ giải quyết trước hạn đạt 60%, đúng hạn 38%, trễ hạn 2%.") == [
        ("dossiers_early_pct", 60), ("dossiers_ontime_pct", 38), ("dossiers_late_pct", 2)]


def test_satisfaction_named_without_ty_le():
    assert facts("Mức độ hài lòng của tổ chức, cá nhân đạt 98%.") == [("satisfaction_pct", 98)]
    assert facts("Chỉ số hài lòng của người dân (SIPAS) đạt 85,5%.") == [("satisfaction_pct", 85.5)]


def test_a_part_in_parentheses_keeps_its_own_kind():
    assert facts("Đã giải quyết 9.000 hồ sơ (đúng hạn 8.800 hồ sơ).") == [("dossiers_resolved", 9000),
                                                                        ("dossiers_ontime", 8800)]


def test_label_colon_value_lines():
    text = "Kết quả quý II:\n- Tiếp nhận: 5.400 hồ sơ;\n- Hồ sơ trực tuyến: 2.100 hồ sơ (38,9%);\n- Số dịch vụ công trực tuyến toàn trình: 640 dịch vụ."
    assert facts(text) == [("dossiers_received", 5400), ("dossiers_online", 2100), ("dossiers_online_pct", 38.9),
                           ("services_full_process", 640)]


def test_rates_listed_by_name_continue_the_last_rate_with_the_name_as_scope():
    text = ("Ở cấp huyện, tỷ lệ hồ sơ trực tuyến đạt 9%; cấp xã đạt 4%.\n"
            "Các huyện có tỷ lệ thấp là: Long Phú 2%, Kế Sách 3%.")
    assert facts(text, ("metric", "value", "scope")) == [
        ("dossiers_online_pct", 9, "cấp huyện"), ("dossiers_online_pct", 4, "cấp xã"),
        ("dossiers_online_pct", 2, "huyện Long Phú"), ("dossiers_online_pct", 3, "huyện Kế Sách")]
    assert facts("Các huyện có tỷ lệ thấp là: Long Phú 2%.") == []  # no rate before it: not guessed


@pytest.mark.parametrize("text,expected", [
    # ratings, not people, may be what is satisfied
    ("Quý II, 96,5% lượt đánh giá tại quầy ở mức hài lòng.", [("satisfaction_pct", 96.5)]),
    ("Trên Cổng, 99% lượt đánh giá của tổ chức, cá nhân là hài lòng và rất hài lòng.", [("satisfaction_pct", 99)]),
    # the share after a count of satisfied ratings is the satisfaction rate
    ("Có 2.048 lượt hài lòng và rất hài lòng (97,3%).", [("visits", 2048), ("satisfaction_pct", 97.3)]),
    # ratings that are not about satisfaction stay no satisfaction rate
    ("Có 2.048 lượt truy cập Cổng (97,3%).", [("portal_visits", 2048)]),
])
def test_the_share_of_satisfied_ratings_is_the_satisfaction_rate(text, expected):
    assert facts(text) == expected


def test_satisfaction_after_the_number_and_ranks_without_thu():
    assert facts("Kết quả khảo sát, 95,6% người dân hài lòng với dịch vụ.") == [("satisfaction_pct", 95.6)]
    assert facts("Về ICT Index năm 2020, tỉnh xếp hạng 12, năm 2019 ở vị trí 18.", ("metric", "value", "year")) == [
        ("ict_index_rank", 12, 2020), ("ict_index_rank", 18, 2019)]


@pytest.mark.parametrize("text,expected", [
    ("Tổng số tiếp nhận 2.400 hồ sơ, trả kết quả 1900 hồ sơ, đang giải quyết 500 hồ sơ.",
     [("dossiers_received", 2400), ("dossiers_resolved", 1900), ("dossiers_pending", 500)]),
    ("Đã giải quyết hơn 1,2 triệu hồ sơ, đang giải quyết gần 40.000 hồ sơ.",
     [("dossiers_resolved", 1200000), ("dossiers_pending", 40000)]),
    ("Trong quý, 800 hồ sơ trễ hạn; đúng hạn 9.200 hồ sơ.",
     [("dossiers_late", 800), ("dossiers_ontime", 9200)]),
])
def test_the_words_before_the_next_number_label_that_number(text, expected):
    assert facts(text) == expected


def test_a_share_belongs_to_the_count_right_before_it_only():
    # A score stands between the count and the percentage: the percentage is the score's, not the count's share.
    text = "Đã giải quyết 9.000 hồ sơ, mức độ hài lòng được chấm 8,5/9 điểm, đạt 94,4%."
    assert facts(text) == [("dossiers_resolved", 9000), ("satisfaction_pct", 94.4)]
    assert facts("Đã giải quyết 9.000 hồ sơ, đạt 90%.") == [("dossiers_resolved", 9000), ("dossiers_resolved_pct", 90)]


@pytest.mark.parametrize("text", [
    "100% cán bộ, công chức được cấp hộp thư điện tử và sử dụng thường xuyên trong công việc.",
    "Có 95% công chức cấp huyện được cấp tài khoản thư công vụ và dùng hằng ngày.",
])
def test_one_number_two_predicates_gives_both_figures(text):
    assert {m for m, _ in facts(text)} == {"email_usage_pct", "email_issued_pct"}


def test_sharing_only_the_usage_predicate_gives_one_figure():
    assert facts("85% công chức sử dụng thư điện tử trong công việc.") == [("email_usage_pct", 85)]
    # "cấp" before a tier names the tier, no issuing
    assert facts("Có 71% cán bộ cấp tỉnh và cấp xã thường xuyên dùng hộp thư công vụ.") == [("email_usage_pct", 71)]


@pytest.mark.parametrize("text,expected", [
    # a subject coordinated after the noun of the figure before, with a verb of its own, is the share's subject
    ("Năm 2022 có 97,5% hồ sơ được giải quyết đúng hạn và mức độ hài lòng của người dân đạt 93,1%.",
     [("dossiers_ontime_pct", 97.5), ("satisfaction_pct", 93.1)]),
    ("Đã có 62% hồ sơ nộp trực tuyến và văn bản điện tử giữa các cơ quan chiếm 98%.",
     [("dossiers_online_pct", 62), ("edocs_pct", 98)]),
])
def test_a_subject_coordinated_after_the_figure_before_is_the_share_s(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,value", [
    ("Tỉnh đã cấp 12.000 tài khoản thư điện tử công vụ, nhưng chỉ khoảng 55% cán bộ mở hộp thư hằng ngày.", 55),
    ("Hệ thống thư điện tử công vụ có 8.300 tài khoản; 62% cán bộ đăng nhập ít nhất một lần mỗi tuần.", 62),
    ("Về thư điện tử công vụ, 81,5% công chức kiểm tra hộp thư mỗi ngày.", 81.5),
    ("Khảo sát cho thấy 47% cán bộ cấp xã đọc thư điện tử công vụ trên điện thoại.", 47),
])
def test_opening_or_checking_the_mailbox_is_using_it(text, value):
    """Opening, logging in to, checking or reading the mailbox is a use of it, not an account issued."""
    assert ("email_usage_pct", value) in facts(text) and not any(m == "email_issued_pct" for m, _ in facts(text))


def test_a_level_label_is_not_cung_cap_with_a_number():
    assert level_in("cung cấp 1.746 dịch vụ") is None
    assert level_in("cấp 4") == "4"


@pytest.mark.parametrize("text,expected", [
    ("Có 900 TTHC cung cấp trực tuyến (toàn trình 500, một phần 400).",
     [("services_total", 900), ("services_full_process", 500), ("services_partial", 400)]),
])
def test_full_process_and_partial_named_before_the_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Toàn tỉnh tiếp nhận 50.000 hồ sơ, trong đó hồ sơ trực tuyến chiếm 61,5%.",
     [("dossiers_received", 50000), ("dossiers_online_pct", 61.5)]),
    ("Tiếp nhận 50.000 hồ sơ; hồ sơ trực tuyến đạt 61,5%.",
     [("dossiers_received", 50000), ("dossiers_online_pct", 61.5)]),
    ("Có 20.000 hồ sơ trực tuyến chiếm 40% tổng số hồ sơ.",
     [("dossiers_online", 20000), ("dossiers_online_pct", 40)]),
    # the subject in its own clause before a bare share verb, after a count of something else
    ("Tỉnh đã cấp 9.200 hộp thư công vụ; văn bản gửi giữa các cơ quan cơ bản đã ở dạng điện tử, đạt tỷ lệ 94,2%.",
     [("email_accounts", 9200), ("edocs_pct", 94.2)]),
    ("Năm 2019, hồ sơ nộp trực tuyến tăng nhanh, chiếm 17,3%.", [("dossiers_online_pct", 17.3)]),
    # … but not a unit that names its rate after the comma, nor the words right after the count before
    ("Huyện A có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 61%.", [("dossiers_online_pct", 61)]),
    ("Trung tâm giải quyết đúng hạn 8.120 hồ sơ, đạt 99,4%.", [("dossiers_ontime", 8120), ("dossiers_ontime_pct", 99.4)]),
])
def test_a_noun_subject_without_ty_le(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Phấn đấu cắt giảm ít nhất 20% thời gian giải quyết thủ tục.",
    "Thời gian xử lý hồ sơ được rút ngắn khoảng 30%.",
])
def test_a_reduction_is_not_a_figure_of_the_rate(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Sáu tháng đầu năm, có 52.300 hồ sơ nộp trực tuyến; cùng kỳ năm trước ít hơn 8.120 hồ sơ.",
     [("dossiers_online", 52300)]),
    ("Tỉnh tiếp nhận 98.000 hồ sơ; năm 2022, con số này nhiều hơn 3.400 hồ sơ.", [("dossiers_received", 98000)]),
    ("Hiện tỉnh có 80 dịch vụ công trực tuyến mức độ 4, ít hơn 20 dịch vụ so với kế hoạch.", [("services_level4", 80)]),
])
def test_how_many_more_or_fewer_is_a_difference_not_a_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh phấn đấu có 20% hồ sơ được nộp trực tuyến và 100% máy chủ của các sở, ngành được sao lưu hằng ngày.",
     [("dossiers_online_pct", 20)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 55%; ngành hải quan phấn đấu 100% tờ khai được khai điện tử.",
     [("dossiers_online_pct", 55)]),
    ("Năm 2022, tỷ lệ hồ sơ nộp trực tuyến đạt 48%, 90% kiến nghị của cử tri được trả lời đúng hạn.",
     [("dossiers_online_pct", 48)]),
    # … but not words that open no noun, nor a gap that names a noun of ours
    ("Huyện đã giải quyết 5.000 hồ sơ, trong đó 99,1% đúng hạn, không có hồ sơ phải xin lỗi.",
     [("dossiers_resolved", 5000), ("dossiers_ontime_pct", 99.1)]),
    ("Số hồ sơ nộp trực tuyến là 11.200, chiếm 52% tổng số được tiếp nhận.",
     [("dossiers_online", 11200), ("dossiers_online_pct", 52)]),
    ("Tỉnh đã cấp 4.000 hộp thư công vụ, 95% cán bộ được cấp hộp thư.",
     [("email_accounts", 4000), ("email_issued_pct", 95)]),
])
def test_a_share_of_a_set_it_names_before_its_own_predicate(text, expected):
    assert facts(text) == expected


def test_accounts_of_the_email_system_named_earlier_in_the_sentence():
    assert facts("Hệ thống thư điện tử công vụ của tỉnh hiện có gần 9.000 tài khoản.") == [("email_accounts", 9000)]
    assert facts("Cổng dịch vụ công có 9.000 tài khoản đăng ký.") == []


def test_a_full_name_from_the_header_with_the_items_short_noun():
    text = "Tỉnh cung cấp 1.500 dịch vụ công trực tuyến, gồm 900 dịch vụ toàn trình và 600 dịch vụ một phần."
    assert facts(text) == [("services_total", 1500), ("services_full_process", 900), ("services_partial", 600)]


def test_a_level_list_with_a_bare_second_level_is_one_item():
    text = "Về dịch vụ công: tỉnh cung cấp 800 DVCTT mức độ 3, 4 (chiếm 40% tổng số TTHC), trong đó mức độ 4 là 300 dịch vụ."
    assert facts(text) == [("services_level34", 800), ("services_level34_pct", 40), ("services_level4", 300)]


@pytest.mark.parametrize("text,expected", [
    ("Số hồ sơ nộp trực tuyến là 5.000 hồ sơ, chiếm khoảng 3,6% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 5000), ("dossiers_online_pct", 3.6)]),
    ("Hồ sơ trực tuyến chiếm gần 40% tổng số hồ sơ tiếp nhận.", [("dossiers_online_pct", 40)]),
    ("Có 30% tổng số hồ sơ được nộp trực tuyến.", [("dossiers_online_pct", 30)]),
    # after a rate in its clause, whatever verb: the base's words, and the clause after, say nothing of the kind
    ("Năm tới, tỉnh nâng tỷ lệ hồ sơ gửi qua mạng lên trên 12% tổng số hồ sơ tiếp nhận và không để hồ sơ quá hạn.",
     [("dossiers_online_pct", 12)]),
    ("Huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt 20% tổng số hồ sơ, đồng thời vận hành phần mềm một cửa ở mọi xã.",
     [("dossiers_online_pct", 20)]),
])
def test_a_base_named_after_a_share_is_not_what_it_counts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the received dossiers' own noun closing the clause after a share verb is the base, as "tổng số …" would be
    ("Quý này xã nhận 8.200 hồ sơ, trong đó 410 hồ sơ gửi qua mạng, tức 5% hồ sơ tiếp nhận.",
     [("dossiers_received", 8200), ("dossiers_online", 410), ("dossiers_online_pct", 5)]),
    ("Có 2.300 hồ sơ được nộp trực tuyến, chiếm 11,5% hồ sơ tiếp nhận; còn lại nộp tại bộ phận một cửa.",
     [("dossiers_online", 2300), ("dossiers_online_pct", 11.5)]),
    ("Huyện có 96 hồ sơ nộp qua mạng, mới bằng 0,8% hồ sơ được tiếp nhận.",
     [("dossiers_online", 96), ("dossiers_online_pct", 0.8)]),
    # a sum word may stand before the share verb: the levels' share together
    ("Sở nhận 1.200 hồ sơ mức độ 3 và 300 hồ sơ mức độ 4 qua mạng, cộng lại bằng 6% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online_level3", 1200), ("dossiers_online_level4", 300), ("dossiers_online_pct", 6)]),
    # not a base: the noun goes on with a predicate of its own, so the share is of what that predicate says
    ("Năm qua, 98% hồ sơ tiếp nhận được giải quyết đúng hạn.", [("dossiers_ontime_pct", 98)]),
])
def test_the_received_dossiers_named_after_a_share_are_its_base(text, expected):
    assert facts(text) == expected


def test_a_share_closing_a_list_is_the_share_of_all_its_items():
    text = "Số hồ sơ nộp qua mạng còn thấp: mức độ 3 là 500 hồ sơ, mức độ 4 là 80 hồ sơ, chỉ chiếm 4,1% tổng số hồ sơ."
    assert facts(text) == [("dossiers_online_level3", 500), ("dossiers_online_level4", 80), ("dossiers_online_pct", 4.1)]


@pytest.mark.parametrize("text,expected", [
    # the words before "tỷ lệ" describe who; the rate's own words say what is measured
    ("Những xã đã triển khai một cửa trực tuyến đều có tỷ lệ giải quyết 99% hồ sơ.", [("dossiers_resolved_pct", 99)]),
    ("Các phòng tiếp nhận hồ sơ trực tuyến đạt tỷ lệ giải quyết đúng hạn 97,5%.", [("dossiers_ontime_pct", 97.5)]),
    ("Các sở có hồ sơ trễ hạn vẫn đạt tỷ lệ hồ sơ trực tuyến 41%.", [("dossiers_online_pct", 41)]),
])
def test_a_rate_is_named_by_its_own_words_not_by_its_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hồ sơ nộp trực tuyến đạt tỷ lệ 63%.", [("dossiers_online_pct", 63)]),
    ("Năm 2021, hồ sơ giải quyết trễ hạn chỉ chiếm tỷ lệ 1,2%.", [("dossiers_late_pct", 1.2)]),
    ("Văn bản điện tử chiếm tỷ lệ khoảng 88%.", [("edocs_pct", 88)]),
])
def test_a_noun_then_reached_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # after the baseline, "với", "lên", "còn" bring the level reached
    ("Số hồ sơ trực tuyến tăng so với quý trước với 4.210 hồ sơ.", [("dossiers_online", 4210)]),
    ("Tỷ lệ hồ sơ trễ hạn giảm so với năm 2020 xuống còn 0,8%.", [("dossiers_late_pct", 0.8)]),
    ("Tỷ lệ văn bản điện tử tăng so với cùng kỳ lên 91%.", [("edocs_pct", 91)]),
    # still a change: the amount itself after the baseline, or before it
    ("Hồ sơ trực tuyến tăng so với cùng kỳ 1.500 hồ sơ.", []),
    ("Tỷ lệ hồ sơ trực tuyến tăng 7% so với năm trước.", []),
])
def test_a_level_reached_after_a_comparison_is_a_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ văn bản điện tử tăng từ 61% năm 2019 lên 90% năm 2021.", [("edocs_pct", 61), ("edocs_pct", 90)]),
    ("Số hồ sơ trực tuyến tăng từ 2.000 hồ sơ lên 9.000 hồ sơ.", [("dossiers_online", 2000), ("dossiers_online", 9000)]),
    ("Chỉ số ICT của tỉnh tăng từ hạng 50 lên hạng 41.", [("ict_index_rank", 50), ("ict_index_rank", 41)]),
    # "tăng từ … " with no far end is still a change; a far end counting another noun is not the same figure
    ("Tỷ lệ hồ sơ trực tuyến tăng từ 5% trở lên.", []),
    ("Tỉnh có 80 dịch vụ mức 4, giảm xuống 12 đơn vị.", [("services_level4", 80)]),
])
def test_both_ends_of_a_from_to_pair_are_levels(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers named as the online services' own: the parts their services received at each level, by any channel
    ("Tổng số hồ sơ của các DVCTT được tiếp nhận là 20.000 hồ sơ (trong đó: mức 3 là 5.000 hồ sơ, mức 4 là 15.000 hồ "
     "sơ).", [("dossiers_received", 20000), ("dossiers_received_level3", 5000), ("dossiers_received_level4", 15000)]),
    # … else a level labelling a dossier count names its online channel, whatever the count above received
    ("Tổng số hồ sơ tiếp nhận trên hệ thống là 20.000 hồ sơ (trong đó: mức 3 là 5.000 hồ sơ, mức 4 là 15.000 hồ sơ).",
     [("dossiers_received", 20000), ("dossiers_online_level3", 5000), ("dossiers_online_level4", 15000)]),
    ("Năm 2021, huyện nhận 52.000 hồ sơ, trong đó 4.100 hồ sơ trực tuyến; riêng mức độ 4: 720 (1,38%).",
     [("dossiers_received", 52000), ("dossiers_online", 4100), ("dossiers_online_level4", 720),
      ("dossiers_online_level4_pct", 1.38)]),
    ("Năm 2019, hồ sơ qua mạng còn ít: ở mức độ ba có 640 hồ sơ, ở mức độ bốn có 25 hồ sơ.",
     [("dossiers_online_level3", 640), ("dossiers_online_level4", 25)]),
    ("Hồ sơ nộp trực tuyến: 3.100 hồ sơ, trong đó mức độ 3 là 2.000 hồ sơ, mức độ 4 là 1.100 hồ sơ.",
     [("dossiers_online", 3100), ("dossiers_online_level3", 2000), ("dossiers_online_level4", 1100)]),
    # a level part the catalogue has no name for is no figure (not the total's metric)
    ("Đã giải quyết 7.300 hồ sơ; trong đó mức 4: 250 hồ sơ.", [("dossiers_resolved", 7300)]),
])
def test_a_dossier_count_labelled_with_a_level_is_the_part_at_that_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mục tiêu: tỷ lệ hồ sơ trực tuyến đạt 50%; 70% người dân có tài khoản định danh điện tử.",
     [("dossiers_online_pct", 50)]),
    ("Tỷ lệ văn bản điện tử đạt 95%, 60% doanh nghiệp dùng hóa đơn điện tử.", [("edocs_pct", 95)]),
    # members of the party and of mass organisations are people too
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 72% và 100% đảng viên cài ứng dụng Sổ tay đảng viên.", [("dossiers_online_pct", 72)]),
    ("Tỷ lệ văn bản điện tử đạt 96%; 80% đoàn viên thanh niên có tài khoản định danh.", [("edocs_pct", 96)]),
    ("Tỷ lệ hồ sơ trực tuyến: năm 2022 đạt 40%; năm 2023 đạt 55%.", [("dossiers_online_pct", 40), ("dossiers_online_pct", 55)]),
])
def test_a_share_of_people_is_not_the_sentences_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an agency's verb done to the dossiers right before their share: the share so handled, no rate of ours
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 66%; tỉnh đã đồng bộ 100% hồ sơ lên Cổng Dịch vụ công quốc gia.",
     [("dossiers_online_pct", 66)]),
    ("Quý I/2024, các sở cập nhật 97% hồ sơ trực tuyến lên hệ thống giám sát.", []),
    ("Huyện đã công khai 100% hồ sơ trễ hạn trên cổng thông tin; tỷ lệ đúng hạn đạt 98,2%.",
     [("dossiers_ontime_pct", 98.2)]),
])
def test_a_share_an_agency_handled_is_no_rate_of_ours(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate of a virtual assistant's answers is none of ours, whatever rate the sentence named first
    ("Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 88% và tỷ lệ câu trả lời chính xác của trợ lý ảo đạt 93%.",
     [("dossiers_online_pct", 88)]),
])
def test_a_rate_of_answers_is_no_rate_of_ours(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,metric", [
    ("Năm qua, tỉnh đã đơn giản hóa 42 TTHC.", "procedures_simplified"),
    ("Các sở đã rà soát 310 thủ tục hành chính thuộc thẩm quyền.", "procedures_reviewed"),
    ("Hiện tỉnh có 1.790 thủ tục hành chính.", "procedures_total"),
])
def test_procedures_acted_on_are_not_the_catalogue(text, metric):
    assert [m for m, _ in facts(text)] == [metric]


@pytest.mark.parametrize("text", [
    "Công an huyện đã thu nhận 21.500 hồ sơ cấp căn cước cho người dân.",
    "Đã tiếp nhận 9.800 hồ sơ định danh điện tử mức độ 2.",
    "Công an tỉnh đã thu nhận 305.114 hồ sơ đề nghị cấp tài khoản định danh điện tử.",
    "Đến cuối tháng, lực lượng công an đã thu nhận 48.020 hồ sơ cấp tài khoản định danh.",
    "Tỉnh hoàn thành 25/25 dịch vụ công thiết yếu theo Đề án 06.",
    "Đã cung cấp 53 dịch vụ công trực tuyến thiết yếu trên Cổng.",
])
def test_identity_applications_and_the_national_essential_list_are_not_egov_counts(text):
    assert facts(text) == []


def test_a_usage_rate_reads_the_email_system_named_in_the_sentence_before():
    text = "Hệ thống thư điện tử công vụ có 3.900 tài khoản. Tỷ lệ cán bộ sử dụng thường xuyên ước đạt 75%."
    assert facts(text) == [("email_accounts", 3900), ("email_usage_pct", 75)]
    assert facts("Tỉnh có 90 cuộc họp trực tuyến. Tỷ lệ cán bộ sử dụng thường xuyên đạt 75%.") == [("online_meetings", 90)]


@pytest.mark.parametrize("text,expected", [
    # a share of the mailboxes issued whose own words say use is the usage rate
    ("Đến nay đã cấp 3.120 hộp thư công vụ cho cán bộ, trong đó khoảng 72% thường xuyên sử dụng.",
     [("email_accounts", 3120), ("email_usage_pct", 72)]),
    ("Hệ thống thư điện tử có 2.480 tài khoản, trong đó gần 58% dùng hằng ngày.",
     [("email_accounts", 2480), ("email_usage_pct", 58)]),
    # a rate that names only being issued a mailbox, or only use after an adverb of frequency, is the officials'
    ("Hệ thống thư công vụ có 5.020 tài khoản; tỷ lệ được cấp hộp thư đạt 91,2%.",
     [("email_accounts", 5020), ("email_issued_pct", 91.2)]),
    ("Về thư điện tử, tỷ lệ đã được cấp tài khoản là 76% và tỷ lệ hằng ngày sử dụng là 58%.",
     [("email_issued_pct", 76), ("email_usage_pct", 58)]),
    ("Mục tiêu 100% cán bộ có hộp thư công vụ, tỷ lệ thường xuyên sử dụng đạt trên 85%.",
     [("email_issued_pct", 100), ("email_usage_pct", 85)]),
    # the people issued one, as the noun after a percentage
    ("Tỉnh đã cấp 4.300 hộp thư điện tử; khoảng 66% người được cấp dùng thường xuyên.",
     [("email_accounts", 4300), ("email_usage_pct", 66)]),
    # … but a rate of something issued that is no mailbox is none of them
    ("Tỷ lệ được cấp chữ ký số đạt 90%.", []),
])
def test_e_mail_rates_named_by_issue_or_use_alone(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2019 có 9.450 hồ sơ qua dịch vụ công trực tuyến, trong đó 1.120 hồ sơ qua dịch vụ mức 4.",
     [("dossiers_online", 9450), ("dossiers_online_level4", 1120)]),
    ("Huyện tiếp nhận 2.870 hồ sơ, có 431 hồ sơ gửi qua dịch vụ công mức độ 3.",
     [("dossiers_received", 2870), ("dossiers_online_level3", 431)]),
])
def test_dossiers_through_a_service_of_a_level_are_online_at_that_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "3 cấp" counts tiers of government: no figure, and it does not cut the words of the count before it
    ("Toàn tỉnh có 210 thủ tục hành chính của 3 cấp chính quyền đủ điều kiện cung cấp trực tuyến mức độ 4.",
     [("services_level4", 210)]),
    ("Toàn tỉnh có 96 thủ tục của 3 cấp chính quyền phù hợp với mức độ 4 nhưng chưa đủ điều kiện triển khai.",
     [("procedures_ineligible", 96)]),
    ("Hệ thống một cửa liên thông 4 cấp đã xử lý 1.200 hồ sơ.", [("dossiers_resolved", 1200)]),
])
def test_tiers_of_government_are_no_figure_and_ineligible_procedures_are_not_at_their_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an agency's own work files ("hồ sơ công việc") are not citizens' dossiers, whatever the sentence's rate
    ("Đến năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt 60%; 85% hồ sơ công việc cấp huyện được xử lý trên mạng.",
     [("dossiers_online_pct", 60)]),
    ("Năm 2022 có 70% hồ sơ công việc của các sở được xử lý trên môi trường mạng.", []),
    # a noun of another goal opening its own clause: its share is its own
    ("Mục tiêu năm 2030: mức độ hài lòng đạt trên 92%; kinh tế số chiếm 25% GRDP.", [("satisfaction_pct", 92)]),
    ("Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 45%, thương mại điện tử chiếm 10% tổng mức bán lẻ.",
     [("dossiers_online_pct", 45)]),
    ("Tỷ lệ hồ sơ trực tuyến năm 2024 đạt 52% và đóng góp khoảng 18% GRDP.", [("dossiers_online_pct", 52)]),
    # the post's items delivered on time, even carrying results, are no dossiers resolved on time
    ("Năm 2016, tỷ lệ bưu gửi kết quả được phát đúng hẹn đạt 99,2%.", []),
    ("Năm 2016, tỷ lệ giải quyết đúng hạn đạt 98,1%; 99,4% bưu phẩm được phát đúng hẹn.", [("dossiers_ontime_pct", 98.1)]),
    # the rate of the clause before still reaches a clause with no subject of its own
    ("Năm 2023, tỷ lệ giải quyết hồ sơ đúng hạn đạt 98%; cấp xã đạt 95%.",
     [("dossiers_ontime_pct", 98), ("dossiers_ontime_pct", 95)]),
])
def test_a_share_of_another_noun_is_not_the_sentences_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the kind of online service (toàn trình / một phần) names what the count is, with or without "trực tuyến"
    ("Tỉnh hiện có 1.500 TTHC, trong đó 820 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình và 410 thủ tục "
     "cung cấp một phần.",
     [("procedures_total", 1500), ("services_full_process", 820), ("services_partial", 410)]),
    ("Về dịch vụ công, tỉnh cung cấp 1.700 dịch vụ công trực tuyến, gồm: 950 dịch vụ toàn trình và 750 dịch vụ một phần.",
     [("services_total", 1700), ("services_full_process", 950), ("services_partial", 750)]),
    ("Hiện có 420 dịch vụ một phần và 380 dịch vụ toàn trình.",
     [("services_partial", 420), ("services_full_process", 380)]),
])
def test_full_process_and_partial_services_are_their_own_counts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count with its own verb ends at its noun; the kind after the comma belongs to the next clause
    ("Năm 2022, huyện A tiếp nhận 8.300 hồ sơ, giải quyết đúng hạn 99,1%.",
     [("dossiers_received", 8300), ("dossiers_ontime_pct", 99.1)]),
    ("Quý II/2023, bộ phận một cửa giải quyết xong 6.020 hồ sơ, số còn lại đang trong thời hạn.",
     [("dossiers_resolved", 6020)]),
    ("Tháng 5/2024, Trung tâm đã tiếp nhận 1.450 hồ sơ, trả kết quả đúng hạn đạt 100%.",
     [("dossiers_received", 1450), ("dossiers_ontime_pct", 100)]),
    # a verb after the noun may coordinate with those after the comma: the online dossiers
    ("Năm 2021 có 2.900 hồ sơ được nộp, tiếp nhận và giải quyết trực tuyến, chiếm tỷ lệ 4,5%.",
     [("dossiers_online", 2900), ("dossiers_online_pct", 4.5)]),
    # the kind written in the count's own phrase still counts
    ("Năm 2022, đã tiếp nhận 2.400 hồ sơ trực tuyến, đạt 35%.",
     [("dossiers_online", 2400), ("dossiers_online_pct", 35)]),
])
def test_a_clause_naming_only_an_outcome_is_the_rate_of_that_outcome(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2019, tổng số hồ sơ các sở tiếp nhận là gần 42.000.", [("dossiers_received", 42000, "approx")]),
    ("Trong quý, số hồ sơ đã giải quyết đạt hơn 9.500.", [("dossiers_resolved", 9500, "more_than")]),
    ("Năm 2021, số lượng hồ sơ trực tuyến là khoảng 3.200.", [("dossiers_online", 3200, "approx")]),
])
def test_a_qualifier_may_stand_between_a_count_subjects_verb_and_its_number(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2018, có 2.950 cán bộ, công chức được cấp hộp thư điện tử công vụ.", [("email_accounts", 2950)]),
    ("Đến năm 2020, toàn tỉnh đã có hơn 5.100 cán bộ được cấp tài khoản thư điện tử.", [("email_accounts", 5100)]),
    # officials who use the mailboxes are not accounts issued
    ("Năm 2018, có 1.800 cán bộ sử dụng thư điện tử công vụ thường xuyên.", []),
])
def test_officials_issued_a_mailbox_count_the_accounts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2021, tỉnh xếp thứ 40/63 về ICT Index. Mục tiêu năm 2023 là vào nhóm 30 tỉnh, thành phố đứng đầu.",
    "Tỉnh phấn đấu năm 2023 vào tốp 30 tỉnh, thành phố dẫn đầu về ICT Index.",
    "Về ICT Index, tỉnh đặt mục tiêu năm 2023 thuộc nhóm 30 tỉnh tốp đầu.",
])
def test_a_top_group_is_a_bound_on_the_rank_whatever_word_says_leading(text):
    assert facts(text, ("metric", "value", "qualifier", "status"))[-1] == ("ict_index_rank", 30, "less_than", "target")


@pytest.mark.parametrize("text,expected", [
    # "tức", "tương đương" restate a count as a share, like "chiếm"; the share's metric is the catalogue's
    ("Năm 2016, có 4.100 cán bộ được cấp hộp thư điện tử công vụ, tức khoảng 60% tổng số.",
     [("email_accounts", 4100), ("email_issued_pct", 60)]),
    ("Năm 2022, tỉnh tiếp nhận 12.000 hồ sơ trực tuyến, tương đương 41% tổng số hồ sơ.",
     [("dossiers_online", 12000), ("dossiers_online_pct", 41)]),
])
def test_a_count_restated_as_a_share_takes_its_share_metric(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # signed only: a share of signed documents, not of documents exchanged electronically
    ("Đến nay 100% văn bản đi của Sở được ký số.", []),
    ("Hơn 90% văn bản của UBND xã đã được ký số trước khi phát hành.", []),
    # exchanged between agencies or sent on the network: the electronic-document share
    ("Khoảng 97% văn bản đi được ký số và gửi nhận trên môi trường mạng.", [("edocs_pct", 97)]),
    ("Có 85% văn bản trao đổi giữa các sở, ngành.", [("edocs_pct", 85)]),
    ("Phấn đấu 100% văn bản giữa các cơ quan nhà nước được ký số.", [("edocs_pct", 100)]),
    # … or sent through the documents software
    ("Hơn 80% văn bản đi của các sở được ký số và gửi qua phần mềm quản lý văn bản.", [("edocs_pct", 80)]),
    ("Khoảng 70% văn bản của huyện được phát hành qua phần mềm quản lý văn bản.", [("edocs_pct", 70)]),
    ("Có 92% văn bản được gửi qua phần mềm điều hành.", [("edocs_pct", 92)]),
    # … or through the documents system ("hệ thống quản lý văn bản [và điều hành]"), not only handled on it
    ("Năm 2019, 96,5% văn bản đi của các sở được gửi, nhận qua hệ thống quản lý văn bản.", [("edocs_pct", 96.5)]),
    ("Sáu tháng đầu năm 2022, 88% văn bản được chuyển qua hệ thống quản lý văn bản và điều hành của tỉnh.",
     [("edocs_pct", 88)]),
    ("Năm 2020, 100% văn bản đến của huyện được xử lý trên phần mềm.", []),
])
def test_signed_documents_are_not_documents_exchanged(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of units that "have" a rate past a bound: the bound defines the group, it is no figure
    ("Toàn tỉnh còn 12 xã có tỷ lệ hồ sơ trực tuyến dưới 30%.", []),
    ("Có 41/52 phường, thị trấn có tỷ lệ giải quyết đúng hạn trên 95%.", []),
    ("Tỷ lệ hồ sơ trực tuyến đạt 64%; 9 huyện có tỷ lệ trên 60%.", [("dossiers_online_pct", 64)]),
    # a share of units is theirs, not the sentence's rate
    ("Tỷ lệ hồ sơ trực tuyến đạt 58% và 100% xã có điểm hỗ trợ người dân.", [("dossiers_online_pct", 58)]),
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến trên 50%, 90% đơn vị có bộ phận hướng dẫn.", [("dossiers_online_pct", 50)]),
    # villages and hamlets are units too
    ("Tỷ lệ hồ sơ trực tuyến đạt 47%, sóng di động phủ 98% thôn, bản.", [("dossiers_online_pct", 47)]),
    ("Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%, 100% ấp có tổ công nghệ số cộng đồng.", [("dossiers_online_pct", 60)]),
    # a year before the unit word counts no units: "năm 2022 tỉnh có tỷ lệ …" is the province's rate that year
    ("Đại diện Sở cho biết, năm 2022 tỉnh có tỷ lệ hồ sơ trực tuyến 41,7%.", [("dossiers_online_pct", 41.7)]),
    ("Năm 2021 huyện có tỷ lệ giải quyết đúng hạn 98,9%, cao nhất khu vực.", [("dossiers_ontime_pct", 98.9)]),
])
def test_rates_of_groups_of_units_are_not_the_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # counted units, their verb, a value: the mark they reached, whatever noun follows it
    ("Tính đến tháng 6, có 14/30 xã, thị trấn đạt tỷ lệ 100% hồ sơ nộp qua mạng.", []),
    ("Tỷ lệ hồ sơ trực tuyến toàn huyện đạt 71,5%; riêng 5 đơn vị đạt 100%, được biểu dương.",
     [("dossiers_online_pct", 71.5)]),
    ("Có 23 phường của thành phố có tỷ lệ 100% hồ sơ được giải quyết đúng hạn.", []),
    ("Tỷ lệ hồ sơ trực tuyến cấp xã là 58,3%, trong đó 9 xã đều đạt 100%.", [("dossiers_online_pct", 58.3)]),
    # … not a year before the unit word
    ("Phấn đấu đến năm 2025 xã đạt tỷ lệ 100% hồ sơ trực tuyến.", [("dossiers_online_pct", 100)]),
    # (a bound before the value is the bar too: "8/11 xã đạt dưới 40%")
    ("Tỷ lệ hồ sơ trực tuyến của huyện đạt 52%; có 8/11 xã, thị trấn đạt dưới 40%.",
     [("dossiers_online_pct", 52)]),
])
def test_the_mark_counted_units_reached_is_no_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures provided on the network are the online services offered
    ("Cổng dịch vụ công của tỉnh đang cung cấp 1.730 thủ tục hành chính trên môi trường điện tử.", [("services_total", 1730)]),
    ("Sở đã đưa 412 thủ tục hành chính thành dịch vụ công trực tuyến.", [("services_total", 412)]),
    ("Có 95 thủ tục được cung cấp dưới dạng dịch vụ công trực tuyến.", [("services_total", 95)]),
    # procedures with no word of the network are the procedures in force
    ("Bộ thủ tục của tỉnh có 1.730 thủ tục hành chính.", [("procedures_total", 1730)]),
])
def test_procedures_provided_online_are_online_services(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the kind of online service written as a label before the count of services
    ("Tỉnh có 1.500 dịch vụ công trực tuyến, trong đó toàn trình 900 dịch vụ.",
     [("services_total", 1500), ("services_full_process", 900)]),
    ("Hiện có 620 dịch vụ công trực tuyến, gồm toàn trình là 410 dịch vụ và một phần là 210 dịch vụ.",
     [("services_total", 620), ("services_full_process", 410), ("services_partial", 210)]),
])
def test_a_service_kind_label_before_a_count_names_its_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Có 97,4% hồ sơ được giải quyết đúng hoặc trước hạn.",
    "Tỷ lệ hồ sơ trả kết quả đúng hạn hoặc trước hạn đạt 97,4%.",
    "Tỷ lệ hồ sơ giải quyết trước hoặc đúng hạn là 97,4%.",
])
def test_on_time_or_early_in_either_order_with_hoac(text):
    assert facts(text) == [("dossiers_ontime_pct", 97.4)]


@pytest.mark.parametrize("text,expected", [
    # a percentage opening an "of which" clause after a dossier count: its predicate names the kind
    ("Quý I tiếp nhận 18.000 hồ sơ, trong đó 61% được nộp trực tuyến.", [("dossiers_received", 18000), ("dossiers_online_pct", 61)]),
    ("Đã giải quyết 9.200 hồ sơ, trong số đó gần 97% trả kết quả đúng hạn.", [("dossiers_resolved", 9200), ("dossiers_ontime_pct", 97)]),
    ("Tỉnh nhận 4.000 hồ sơ, trong đó 3% bị trễ hạn.", [("dossiers_received", 4000), ("dossiers_late_pct", 3)]),
    # with no kind in its predicate, no figure
    ("Tỉnh nhận 4.000 hồ sơ, trong đó 30% thuộc lĩnh vực đất đai.", [("dossiers_received", 4000)]),
])
def test_an_of_which_share_after_a_dossier_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate averaged over units is still the rate
    ("Ở cấp xã, tỷ lệ hồ sơ trực tuyến bình quân đạt 41,2%.", [("dossiers_online_pct", 41.2)]),
    ("Tỷ lệ giải quyết đúng hạn trung bình của các sở đạt 97%.", [("dossiers_ontime_pct", 97)]),
    # an average count is not a total
    ("Bình quân mỗi ngày Trung tâm tiếp nhận 640 hồ sơ.", []),
    # …also when the average opens the sentence and a comma closes it
    ("Bình quân mỗi ngày làm việc, Bộ phận một cửa huyện nhận chừng 48 hồ sơ.", []),
    ("Trung bình mỗi tháng, các sở giải quyết từ 900 đến 1.100 hồ sơ.", []),
    ("Mỗi tuần, Trung tâm trả kết quả cho khoảng 300 hồ sơ.", []),
    ("Bình quân, tỷ lệ hồ sơ trực tuyến của các huyện đạt 37%.", [("dossiers_online_pct", 37)]),
])
def test_an_averaged_rate_is_the_rate_an_average_count_is_no_total(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate with a noun of its own continues nothing, even when that noun is none of ours
    ("Năm 2023, 100% văn bản được gửi dưới dạng điện tử, tỷ lệ văn bản được ký số đạt 97,1%.", [("edocs_pct", 100)]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 52%, tỷ lệ người dân có tài khoản định danh đạt 64%.", [("dossiers_online_pct", 52)]),
    # a rate word with only a scope after it continues the rate before it
    ("Tỷ lệ hồ sơ trực tuyến cấp huyện là 61%, tỷ lệ chung toàn tỉnh đạt 58%.",
     [("dossiers_online_pct", 61), ("dossiers_online_pct", 58)]),
])
def test_a_rate_with_its_own_noun_continues_nothing(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # full-process online dossiers are a part of the online ones, not all of them
    ("Tỷ lệ hồ sơ trực tuyến toàn trình đạt 46%.", [("dossiers_full_process_pct", 46)]),
    ("Tỉnh tiếp nhận 30.000 hồ sơ trực tuyến, trong đó 12.500 hồ sơ trực tuyến toàn trình.",
     [("dossiers_online", 30000), ("dossiers_full_process", 12500)]),
    # both parts named together are all the online dossiers
    ("Tỷ lệ hồ sơ trực tuyến (cả toàn trình và một phần) đạt 71,5%.", [("dossiers_online_pct", 71.5)]),
])
def test_full_process_dossiers_are_a_part_of_the_online_ones(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tỉnh có 1.500 thủ tục. Riêng dịch vụ mức độ 4 chiếm 18,5% tổng số thủ tục.",
     [("procedures_total", 1500), ("services_level4_pct", 18.5)]),
    ("Riêng các dịch vụ công trực tuyến mức độ 3 chiếm 40%.", [("services_level3_pct", 40)]),
])
def test_a_subject_set_apart_by_rieng_is_still_the_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2019, tỉnh xếp thứ 21/63 về ICT Index; trong đó chỉ số hạ tầng kỹ thuật đứng thứ 9, chỉ số nhân lực xếp thứ 40.",
     [("ict_index_rank", 21)]),
    ("Về DTI, tỉnh xếp hạng 15/63. Trong các chỉ số thành phần, chỉ số chính quyền số xếp thứ 12.", [("dti_rank", 15)]),
    # the index itself, ranked on its own: still a rank
    ("Chỉ số ICT Index năm 2019 của tỉnh xếp thứ 21/63.", [("ict_index_rank", 21)]),
    # a component named as its sentence's subject, a clause or a score before the rank (a decimal comma cuts no clause)
    ("Theo ICT Index 2017, tỉnh xếp thứ 44/63. Hạ tầng kỹ thuật đạt 0,2871 điểm và xếp thứ 47/63.",
     [("ict_index_rank", 44)]),
    ("Theo ICT Index 2017, tỉnh xếp thứ 44/63. Yếu nhất là hạ tầng nhân lực, chỉ 0,2390 điểm, xếp thứ 52/63.",
     [("ict_index_rank", 44)]),
])
def test_a_component_of_an_index_is_not_the_index_rank(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate named by a level alone, opening its sentence after a sentence that counts a level: that noun's share
    ("Năm 2020, tổng số dịch vụ công trực tuyến: 1.760. Mức độ 4: 212 dịch vụ. Tỷ lệ mức độ 4 trên tổng số: 12,05%.",
     [("services_total", 1760), ("services_level4", 212), ("services_level4_pct", 12.05)]),
    ("Năm 2020, tỉnh có 380 dịch vụ mức độ 3. Tỷ lệ mức độ 3 là 21,6%.",
     [("services_level3", 380), ("services_level3_pct", 21.6)]),
    # … not after a sentence that names no level
    ("Năm 2020, tỉnh có 1.760 dịch vụ công trực tuyến. Tỷ lệ mức độ 4 là 12%.", [("services_total", 1760)]),
])
def test_a_level_alone_names_the_share_of_the_noun_counted_at_a_level_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the satisfaction word alone opening the clause right before the number: a label of each item
    ("Năm 2023, kết quả đánh giá theo đơn vị:\n– Sở Tư pháp: 812 phiếu; hài lòng 97,1%.\n– Sở Y tế: 655 phiếu; "
     "hài lòng 93,4%.\n– Huyện A: 401 phiếu; hài lòng: 88%.",
     [("satisfaction_pct", 97.1), ("satisfaction_pct", 93.4), ("satisfaction_pct", 88)]),
    ("Quý II/2023, Sở Xây dựng nhận 1.540 hồ sơ (hài lòng 96,2%).",
     [("dossiers_received", 1540), ("satisfaction_pct", 96.2)]),
    # … not after a degree: the very satisfied or the dissatisfied are a part of the answers
    ("Năm 2023, khảo sát 1.200 người: rất hài lòng 41%; không hài lòng 2%.", []),
])
def test_the_satisfaction_word_labels_the_number_right_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare rank after a sentence naming the index's components: the words of a component's name name no ranking
    ("Theo ICT Index 2018, ứng dụng công nghệ thông tin trong cơ quan nhà nước của tỉnh xếp thứ 7/63. Trong khi đó, "
     "tỉnh bạn Hà Tĩnh xếp thứ 35/63.", [("ict_index_rank", 35)]),
    ("Chỉ số ICT Index 2016 cho thấy nhóm ứng dụng công nghệ thông tin trong cơ quan nhà nước của tỉnh còn yếu. Tỉnh "
     "láng giềng Nghệ An đứng thứ 21 trong số 63 tỉnh, thành phố.", [("ict_index_rank", 21)]),
    # … while a ranking named on its own still names it
    ("Về chính quyền điện tử, hạ tầng kỹ thuật của tỉnh xếp thứ 7/63. Trong khi đó, tỉnh bạn Hà Tĩnh xếp thứ 35/63.",
     [("egov_rank", 35)]),
])
def test_a_components_name_names_no_ranking_for_the_next_sentence(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the words right before a number are read whole: a phrase cut at the window's edge would read as another kind
    ("Công tác thanh toán trực tuyến có chuyển biến rõ với 21.530 hồ sơ được thanh toán trực tuyến.",
     [("dossiers_paid_online", 21530)]),
    ("Hoạt động thanh toán trực tuyến đã tăng mạnh, đạt 9.870 hồ sơ.", [("dossiers_paid_online", 9870)]),
])
def test_a_kind_is_read_from_whole_words_before_the_number(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of agencies covered is no share: a share metric is not given to it
    ("Đến nay 17/20 sở, ngành sử dụng chữ ký số khi phát hành văn bản.", []),
    ("Đến nay 9/10 huyện đã có mạng nội bộ.", []),
    # the share itself is
    ("Đến nay 85% sở, ngành sử dụng chữ ký số khi phát hành văn bản.", [("digital_signature_coverage_pct", 85)]),
])
def test_a_count_of_agencies_covered_takes_no_share_metric(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,rows", [
    # a bound over districts or communes counted or listed before it: their figure, scoped to their level
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 64%; ở hai huyện biên giới Mường Nhé, Nậm Pồ, tỷ lệ này vẫn "
     "dưới 20%.", [(64.0, "exact", ""), (20.0, "less_than", "cấp huyện")]),
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 64%. Các huyện vùng cao Bát Xát, Si Ma Cai, Mường Khương chưa đến 25%.",
     [(64.0, "exact", ""), (25.0, "less_than", "cấp huyện")]),
    ("Năm 2023, tại ba xã đảo Hòn Tre, Lại Sơn và An Sơn, tỷ lệ hồ sơ nộp qua mạng còn dưới 4%.",
     [(4.0, "less_than", "cấp xã")]),
    ("Năm 2022, ở hai huyện vùng cao Mù Cang Chải và Trạm Tấu, tỷ lệ hồ sơ qua mạng mới đạt trên 1%.",
     [(1.0, "more_than", "cấp huyện")]),
    # places of no known level (villages, "địa phương"): still a threshold
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 64%; ở ba thôn vùng sâu Nà Hẩu, Khe Cọ, Bản Mạ tỷ lệ này dưới 5%.",
     [(64.0, "exact", "")]),
    # a whole named between the group and the bound takes the figure back to it
    ("Năm 2024 ba huyện thí điểm được giao rà soát quy trình, còn tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trên 50%.",
     [(50.0, "more_than", "")]),
    # a group of unit kinds (no names) that must reach a bound: the rate's own figure
    ("Năm 2024 các huyện, thị xã, thành phố phải nâng tỷ lệ hồ sơ trực tuyến lên trên 30%.",
     [(30.0, "more_than", "cấp huyện")]),
    ("Năm 2024 tỷ lệ văn bản điện tử giữa các cơ quan nhà nước đạt trên 90%.", [(90.0, "more_than", "")]),
])
def test_a_bound_over_a_group_of_places_is_the_groups_figure(text, rows):
    found = extract_text("Bình Định, ngày 2/3/2025.\n" + text)
    assert [(r.value, r.qualifier, r.scope if isinstance(r.scope, str) else "") for r in found.itertuples()] == rows


@pytest.mark.parametrize("text,values", [
    # a bound on a count that picks the units out is the selection's threshold, not a figure
    ("Năm 2024 toàn tỉnh tiếp nhận 9.400 hồ sơ. (Chỉ tính các cơ quan nhận từ 50 hồ sơ trở lên trong tháng.)", [9400.0]),
    ("Năm 2024 tỉnh tiếp nhận 9.400 hồ sơ; những xã có dưới 30 hồ sơ không đưa vào bảng.", [9400.0]),
    ("Năm 2024, những đơn vị tiếp nhận trên 500 hồ sơ được khen thưởng; toàn tỉnh tiếp nhận 9.400 hồ sơ.", [9400.0]),
    # a bound on the count of all the units together is the figure's qualifier
    ("Năm 2023 các cơ quan hành chính toàn tỉnh tiếp nhận hơn 41.000 hồ sơ.", [41000.0]),
    ("Năm 2023, các xã đã tiếp nhận trên 9.000 hồ sơ trực tuyến.", [9000.0]),
])
def test_a_bound_on_a_count_that_picks_units_out_is_no_figure(text, values):
    assert [v for _, v in facts(text)] == values


@pytest.mark.parametrize("text,expected", [
    # a percentage followed by a noun of its own is the share of that noun, not the rate named before it
    ("Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 52%; 100% văn bản đi được ký số.", [("dossiers_online_pct", 52.0)]),
    ("Mục tiêu năm 2023: tỷ lệ hồ sơ trực tuyến trên 60%, 90% máy tính được kết nối mạng.",
     [("dossiers_online_pct", 60.0), ("computers_pct", 90.0)]),
    # a base after the percentage is no noun of its own
    ("Năm 2023 tỉnh nâng tỷ lệ dịch vụ công mức độ 4 lên 45% tổng số TTHC.", [("services_level4_pct", 45.0)]),
    # results of procedures digitised are dossiers digitised
    ("Năm 2023 tỷ lệ hồ sơ trực tuyến đạt 52%, 80% kết quả giải quyết thủ tục hành chính được số hóa.",
     [("dossiers_online_pct", 52.0), ("dossiers_digitized_pct", 80.0)]),
])
def test_a_percentage_with_a_noun_of_its_own(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Quảng Ngãi tăng 4 bậc về ICT Index năm 2019\nTheo báo cáo công bố tháng 7, tỉnh đạt 0,52 điểm.\n"
     "Trong khu vực, tỉnh xếp thứ 21/63, sau Đà Nẵng (thứ 1/63).", ["ict_index_rank", "ict_index_rank"]),
    ("Chỉ số PAR Index 2022 của Nam Định\nTrong năm, nhiều cải cách được thực hiện.\nTỉnh xếp thứ 12/63.",
     ["par_index_rank"]),
    # no headline, no ranking named: a bare rank is no figure
    ("Trong năm, nhiều cải cách được thực hiện. Tỉnh xếp thứ 12/63.", []),
])
def test_a_bare_rank_takes_the_ranking_the_headline_names(text, expected):
    assert [m for m, _ in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023 các xã tiếp nhận 2.000 hồ sơ, trong đó 800 hồ sơ trực tuyến, tỷ lệ 40%.", 40.0),
    ("Năm 2023 các xã tiếp nhận 2.000 hồ sơ, trong đó 800 hồ sơ trực tuyến, với tỷ lệ là 40%.", 40.0),
    ("Năm 2023 các xã tiếp nhận 2.000 hồ sơ, có 800 hồ sơ được nộp trực tuyến, tỷ lệ đạt 40%, tăng 9 điểm.", 40.0),
])
def test_the_bare_rate_word_after_a_count_gives_its_share(text, expected):
    assert ("dossiers_online_pct", expected) in facts(text)


@pytest.mark.parametrize("text,expected", [
    # a unit's average in parentheses after a comparison, and a second unit joined by "và" (the unit's own rate is
    # scoped by its sentence's subject)
    ("Phường Tân An đạt tỷ lệ hồ sơ trực tuyến 88,5%, cao hơn mức bình quân của thành phố (70,2%) và của toàn tỉnh "
     "(61,9%).", [("dossiers_online_pct", 88.5, "Phường Tân An"), ("dossiers_online_pct", 70.2, "bình quân thành phố"),
                  ("dossiers_online_pct", 61.9, "bình quân toàn tỉnh")]),
    # the average before the unit that owns it
    ("Tỷ lệ văn bản đi được gửi dưới dạng điện tử của Sở Tư pháp đạt 99,1%, vượt mức trung bình 93,4% của tỉnh.",
     [("edocs_pct", 99.1, "Sở Tư pháp"), ("edocs_pct", 93.4, "bình quân tỉnh")]),
    # an average with its own subject and verb
    ("Tỷ lệ hồ sơ trực tuyến của xã Phú Lộc mới đạt 21%, trong khi bình quân chung của huyện khoảng 35%.",
     [("dossiers_online_pct", 21, "xã Phú Lộc"), ("dossiers_online_pct", 35, "bình quân huyện")]),
])
def test_a_unit_s_average_is_that_unit_s_rate(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


def test_a_rate_averaged_over_units_keeps_its_own_subject():
    text = "Năm 2023, tỷ lệ văn bản đi được gửi dưới dạng điện tử bình quân toàn tỉnh đạt 91,3%."
    assert facts(text, ("metric", "value", "scope")) == [("edocs_pct", 91.3, "bình quân toàn tỉnh")]
    text = ("Năm 2023 toàn tỉnh tiếp nhận 52.000 hồ sơ. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%.\nTỷ lệ hồ sơ trực "
            "tuyến bình quân đạt 48,6%.")
    assert facts(text)[-1] == ("dossiers_online_pct", 48.6)


def test_an_average_count_is_still_no_total():
    assert facts("Bình quân mỗi ngày, Trung tâm tiếp nhận 140 hồ sơ. Tỉnh có 210 dịch vụ mức độ 4.") == [
        ("services_level4", 210)]


def test_an_average_with_no_rate_in_its_paragraph_takes_the_article_s_main_rate():
    text = ("Xã Hòa Phú tiếp nhận 900 hồ sơ, trong đó 700 hồ sơ trực tuyến, đạt 77,8%. Tỷ lệ hồ sơ trực tuyến quý trước "
            "là 60%.\nNgoài ra, 100% hồ sơ được giải quyết đúng hạn.\nVới kết quả này, xã vượt xa mức bình quân 45% "
            "của huyện.")
    assert facts(text, ("metric", "value", "scope"))[-1] == ("dossiers_online_pct", 45, "bình quân huyện")


@pytest.mark.parametrize("text,expected", [
    # a count subject raised to a level ("nâng số X lên N"): the count it is raised to
    ("Năm 2024 tỉnh phấn đấu nâng số dịch vụ mức độ 4 lên ít nhất 420.", [("services_level4", 420)]),
    ("Sở đặt mục tiêu tăng số hồ sơ trực tuyến lên 15.000 trong năm 2024.", [("dossiers_online", 15000)]),
    # (… the mailboxes issued on the way there are those added in the period)
    ("Hệ thống đã cấp mới 2.100 tài khoản thư điện tử, nâng tổng số tài khoản lên 12.450.",
     [("email_accounts_added", 2100), ("email_accounts", 12450)]),
])
def test_a_count_subject_raised_to_a_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate named by a kind of dossier alone, compared with units' overall levels ("mức chung")
    ("Tỷ lệ giải quyết đúng hạn đạt 100%. Tỷ lệ trực tuyến của phường cao hơn mức chung của TP Hòa Bình (71,5%) và "
     "của toàn tỉnh (63,2%).",
     [("dossiers_ontime_pct", 100, None), ("dossiers_online_pct", 71.5, "bình quân tp"),
      ("dossiers_online_pct", 63.2, "bình quân toàn tỉnh")]),
    # a topic lead names the rate of the units listed after it
    ("Tỷ lệ đúng hạn toàn tỉnh đạt 98%. Về hồ sơ trực tuyến, thành phố Tân An đạt cao nhất với 21,4%, huyện Cần Đước "
     "đạt 9,8%.", [("dossiers_ontime_pct", 98, None), ("dossiers_online_pct", 21.4, "thành phố Tân An"),
                   ("dossiers_online_pct", 9.8, "huyện Cần Đước")]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 35%. Đối với giải quyết đúng hạn, Sở Y tế đạt 99,2%, Sở Xây dựng đạt 97%.",
     [("dossiers_online_pct", 35, None), ("dossiers_ontime_pct", 99.2, "Sở Y tế"),
      ("dossiers_ontime_pct", 97, "Sở Xây dựng")]),
])
def test_a_rate_named_by_its_kind_or_by_a_topic_lead(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


def test_units_named_after_a_group_threshold_keep_their_own_values():
    text = ("Năm 2025, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 72%; vẫn còn 9 xã có tỷ lệ hồ sơ trực tuyến dưới 50%, thấp "
            "nhất là xã Nậm Khao (31,4%) và xã Pa Ủ (35%).")
    assert facts(text) == [("dossiers_online_pct", 72), ("dossiers_online_pct", 31.4), ("dossiers_online_pct", 35)]


@pytest.mark.parametrize("text,expected", [
    ("Qua 9.420 lượt đánh giá, 97,3% ý kiến hài lòng với thái độ phục vụ.", [("visits", 9420), ("satisfaction_pct", 97.3)]),
    ("Trong 3.150 lượt đánh giá gửi về, 98% bày tỏ hài lòng.", [("visits", 3150), ("satisfaction_pct", 98)]),
    ("Năm 2024 có 96,4% phiếu đánh giá hài lòng.", [("satisfaction_pct", 96.4)]),
    # the other answers of the rating are no satisfaction
    ("Có 95,2% ý kiến hài lòng, 3,9% bình thường và 0,9% không hài lòng.", [("satisfaction_pct", 95.2)]),
])
def test_opinions_and_sayings_of_satisfaction(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong số đó, chỉ 3.120 hồ sơ được nộp qua mạng, tức khoảng 6,4%.", [("dossiers_online", 3120), ("dossiers_online_pct", 6.4)]),
    ("Có 5.400 hồ sơ nộp trực tuyến, tương đương 27%.", [("dossiers_online", 5400), ("dossiers_online_pct", 27)]),
])
def test_a_share_lead_opening_the_clause_after_a_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # two figures of one noun sharing the predicate after the last
    ("Năm 2023, 100% công chức cấp tỉnh và 78% công chức cấp xã đã được cấp hộp thư điện tử công vụ.",
     [("email_issued_pct", 100), ("email_issued_pct", 78)]),
    ("Có 95% cán bộ cấp huyện, 60% cán bộ cấp xã sử dụng thư điện tử công vụ thường xuyên.",
     [("email_usage_pct", 95), ("email_usage_pct", 60)]),
    # not across to another subject ("… 99% hồ sơ và tỷ lệ hồ sơ trực tuyến đạt 25%")
    ("Tỉnh phấn đấu đồng bộ trên 99% hồ sơ và tỷ lệ hồ sơ trực tuyến đạt ít nhất 25%.", [("dossiers_online_pct", 25)]),
])
def test_coordinated_figures_share_the_predicate_after_the_last(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong tổng số 8.400 hồ sơ đã giải quyết, có 8.310 hồ sơ đúng hạn.", [("dossiers_resolved", 8400), ("dossiers_ontime", 8310)]),
    ("Tổng số 12.000 hồ sơ, trong đó 5.000 hồ sơ trực tuyến.", [("dossiers_received", 12000), ("dossiers_online", 5000)]),
])
def test_a_total_counts_what_came_in_unless_its_phrase_names_a_verb(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the start of a from-to pair takes the noun named after its end, and the year before the end's
    ("Năm 2021, số dịch vụ công trực tuyến mức độ 4 tăng từ 173 lên 862 dịch vụ.",
     [("services_level4", 173, 2020), ("services_level4", 862, 2021)]),
    ("Năm 2023, số tài khoản thư điện tử công vụ từ 5.100 lên 6.050 tài khoản.",
     [("email_accounts", 5100, 2022), ("email_accounts", 6050, 2023)]),
    # ... or in the label before it
    ("Kết quả năm 2022:\nHồ sơ trực tuyến: từ 12,5% lên 30,2%", [("dossiers_online_pct", 12.5, 2021),
                                                                ("dossiers_online_pct", 30.2, 2022)]),
    # a start that names its own year keeps it
    ("Tỷ lệ hồ sơ trực tuyến tăng từ 12% năm 2019 lên 35% năm 2020.",
     [("dossiers_online_pct", 12, 2019), ("dossiers_online_pct", 35, 2020)]),
    # … so does each value whose noun alone stands before its year, and the start's year dates the start alone
    ("Số tài khoản thư công vụ tăng từ 1.310 tài khoản năm 2015 lên 2.480 tài khoản năm 2016.",
     [("email_accounts", 1310, 2015), ("email_accounts", 2480, 2016)]),
    ("Năm 2017, số dịch vụ mức độ 3 đi từ 40 dịch vụ cuối năm 2015 lên 96 dịch vụ cuối năm 2016 rồi lên 150 dịch vụ.",
     [("services_level3", 40, 2015), ("services_level3", 96, 2016), ("services_level3", 150, 2017)]),
    ("Năm 2020, huyện giảm số thủ tục từ 412 thủ tục vào cuối năm 2018 xuống 365 thủ tục.",
     [("procedures_total", 412, 2018), ("procedures_total", 365, 2020)]),
])
def test_the_start_of_a_from_to_pair(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a time phrase before the noun subject, no comma
    ("Năm 2024 hồ sơ trực tuyến đạt 44,8%.", [("dossiers_online_pct", 44.8)]),
    ("Quý III/2024 hồ sơ trực tuyến chiếm 51%.", [("dossiers_online_pct", 51)]),
    ("Hồ sơ trực tuyến 6 tháng vượt mốc 22%.", [("dossiers_online_pct", 22)]),
])
def test_a_noun_subject_after_a_time_phrase(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a connective drawing a conclusion opens the clause; the noun after it is the share's subject
    ("Năm 2019 huyện nhận 8.400 hồ sơ, như vậy hồ sơ qua mạng chiếm 6,2%.",
     [("dossiers_received", 8400), ("dossiers_online_pct", 6.2)]),
    ("Năm 2019 huyện nhận 8.400 hồ sơ; do đó, hồ sơ trực tuyến chỉ chiếm 6,2%.",
     [("dossiers_received", 8400), ("dossiers_online_pct", 6.2)]),
    ("Năm 2021 các sở gửi 12.000 văn bản, nhờ đó văn bản điện tử đạt 93%.",
     [("edocs_pct", 93)]),
])
def test_a_noun_subject_after_a_connective(text, expected):
    assert facts(text) == expected


def test_accounts_in_a_sentence_that_names_the_e_mail_system_far_before_them():
    text = ("Sau năm tháng chuyển sang hệ thống thư điện tử công vụ mới với tên miền riêng của tỉnh, đến ngày 30/9/2022 "
            "Sở Thông tin và Truyền thông đã cấp 9.310 tài khoản cho các cơ quan, đơn vị.")
    assert facts(text) == [("email_accounts", 9310)]
    assert facts("Công an tỉnh đã kích hoạt 52.000 tài khoản cho người dân.") == []


@pytest.mark.parametrize("text,expected", [
    ("Dịch vụ mức độ 3, 4 chiếm 22,6%; riêng mức độ 4 mới chiếm 5,1%.",
     [("services_level34_pct", 22.6), ("services_level4_pct", 5.1)]),
    ("Số dịch vụ công mức độ 3,4 đạt 48,3% tổng số thủ tục.", [("services_level34_pct", 48.3)]),
    ("Hồ sơ nộp trực tuyến mức độ 3, 4 chiếm 12,7% tổng số hồ sơ tiếp nhận.", [("dossiers_online_pct", 12.7)]),
])
def test_the_comma_between_two_levels_does_not_cut_the_subject_off(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Người dân vẫn chủ yếu nộp trực tiếp: hộ tịch chỉ đạt 9,6% hồ sơ trực tuyến.", [("dossiers_online_pct", 9.6)]),
    ("Ở xã vùng cao, nộp trực tiếp vẫn phổ biến; xã A mới có 17,5% hồ sơ nộp qua mạng.",
     [("dossiers_online_pct", 17.5)]),
    ("Hồ sơ trễ hạn đã giảm: huyện B còn 1,2% hồ sơ trễ hạn.", [("dossiers_late_pct", 1.2)]),
])
def test_a_share_s_own_noun_names_its_dossier_kind_before_the_words_before_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count subject, then a bare from-to pair: both ends count the subject; the start is the year before
    ("Năm 2023, số hồ sơ trực tuyến tăng từ 12.400 lên 20.150.",
     [("dossiers_online", 12400.0, 2022), ("dossiers_online", 20150.0, 2023)]),
    ("Số tài khoản thư điện tử công vụ tăng từ 3.050 năm 2021 lên 4.410 trong năm 2022.",
     [("email_accounts", 3050.0, 2021), ("email_accounts", 4410.0, 2022)]),
    ("Năm 2024, số hồ sơ trễ hạn giảm từ 820 xuống 310.",
     [("dossiers_late", 820.0, 2023), ("dossiers_late", 310.0, 2024)]),
])
def test_a_bare_from_to_pair_after_a_count_subject(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # each later end of a from-to series, the noun repeated with only its year, counts what the series' subject does
    # (the subject's verb, "nộp", "gửi", does not make them the dossiers received)
    ("Số hồ sơ người dân nộp qua mạng tăng từ 950 hồ sơ năm 2019 lên 2.310 hồ sơ năm 2020 và lên 4.075 hồ sơ năm 2021.",
     [("dossiers_online", 950.0, 2019), ("dossiers_online", 2310.0, 2020), ("dossiers_online", 4075.0, 2021)]),
    ("Lượng hồ sơ gửi trực tuyến mức độ 4 đã đi từ 88 hồ sơ năm 2016 lên 301 hồ sơ năm 2017 rồi lên 960 hồ sơ năm 2018.",
     [("dossiers_online_level4", 88.0, 2016), ("dossiers_online_level4", 301.0, 2017),
      ("dossiers_online_level4", 960.0, 2018)]),
    ("Hồ sơ trễ hạn giảm từ 412 hồ sơ năm 2020 xuống 167 hồ sơ năm 2021 rồi xuống 58 hồ sơ năm 2022.",
     [("dossiers_late", 412.0, 2020), ("dossiers_late", 167.0, 2021), ("dossiers_late", 58.0, 2022)]),
    ("Số hộp thư công vụ đi từ 1.200 hộp thư cuối năm 2016 lên 2.640 hộp thư cuối năm 2017.",
     [("email_accounts", 1200.0, 2016), ("email_accounts", 2640.0, 2017)]),
    # an end that names its own kind keeps it
    ("Số hồ sơ nộp trực tuyến tăng từ 950 hồ sơ năm 2019 lên 2.310 hồ sơ đúng hạn năm 2020.",
     [("dossiers_online", 950.0, 2019), ("dossiers_ontime", 2310.0, 2020)]),
    # no "từ" before: a total raised to, not a series ("… nâng tổng số hồ sơ trực tuyến lên 1.595 hồ sơ")
    ("Xã nhận 12.400 hồ sơ, trong đó 980 hồ sơ nộp trực tuyến mức độ 3 và 615 hồ sơ mức độ 4, nâng tổng số hồ sơ "
     "trực tuyến lên 1.595 hồ sơ.",
     [("dossiers_received", 12400.0, None), ("dossiers_online_level3", 980.0, None),
      ("dossiers_online_level4", 615.0, None), ("dossiers_online", 1595.0, None)]),
])
def test_the_later_ends_of_a_from_to_series_count_what_its_subject_does(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


def test_a_bare_count_after_a_count_without_from_stays_unread():
    # "tăng lên 45" with no "từ" before the count: not a pair, no noun of its own
    assert facts("Tỉnh có 120 dịch vụ công trực tuyến, tăng thêm 45 so với năm trước.", ("metric", "value")) == [
        ("services_total", 120.0)]


@pytest.mark.parametrize("text,expected", [
    ("Trong đó hồ sơ nộp qua mạng là 48.310, chiếm 41,2%.", [("dossiers_online", 48310.0), ("dossiers_online_pct", 41.2)]),
    ("Dịch vụ công trực tuyến toàn trình là 1.204.", [("services_full_process", 1204.0)]),
    ("Riêng hồ sơ trễ hạn đạt khoảng 640, giảm mạnh so với năm trước.", [("dossiers_late", 640.0)]),
    # a word right after the number is a noun of its own, not the clause's: transactions are payments (test_heads)
    ("Thanh toán trực tuyến đạt 52.300 giao dịch.", [("payments_online", 52300.0)]),
    ("Tổng đài hỗ trợ đạt 52.300 cuộc gọi.", []),
    # "có" is a copula too, the number alone or with a measure word standing for the noun ("bộ")
    ("Trong đó hồ sơ gửi qua mạng có 7.205, chiếm 12,4%.", [("dossiers_online", 7205.0), ("dossiers_online_pct", 12.4)]),
    ("Hồ sơ mức độ 3 có 3.640 bộ, hồ sơ mức độ 4 có 915 bộ.",
     [("dossiers_online_level3", 3640.0), ("dossiers_online_level4", 915.0)]),
    ("Riêng dịch vụ công trực tuyến toàn trình có 388.", [("services_full_process", 388.0)]),
    # a level named in the subject's phrase is the count's, "mới có" before the number no part set against a whole
    ("Hồ sơ nộp ở mức độ 4 mới có 245, chủ yếu ở lĩnh vực đăng ký kinh doanh.", [("dossiers_online_level4", 245.0)]),
    ("Hồ sơ được gửi ở mức độ 3 mới có 1.032.", [("dossiers_online_level3", 1032.0)]),
])
def test_a_count_after_a_clause_opened_by_its_noun_and_a_copula(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # "và" after the number opens the next conjunct: no noun of the number's own, and the level named there is the
    # next figure's; that conjunct opens with its own noun and copula
    ("Số dịch vụ mức độ 3 là 318 và mức độ 4 là 57.", [("services_level3", 318.0), ("services_level4", 57.0)]),
    ("Hồ sơ gửi qua mạng ở mức độ 3 là 4.102 và ở mức độ 4 là 260.",
     [("dossiers_online_level3", 4102.0), ("dossiers_online_level4", 260.0)]),
    ("Hồ sơ toàn trình là 8.450 và hồ sơ một phần là 3.907.",
     [("dossiers_full_process", 8450.0), ("dossiers_partial", 3907.0)]),
    ("Dịch vụ toàn trình có 640 và dịch vụ một phần có 385.",
     [("services_full_process", 640.0), ("services_partial", 385.0)]),
    # a noun right after a percentage in the same clause is the percentage's, not a subject of the count after it
    ("Huyện phấn đấu nâng số xã đạt 100% hồ sơ trực tuyến lên 12/20 và không còn xã nào dưới 40%.",
     [("dossiers_online_pct", 100.0)]),
])
def test_a_conjunct_after_a_count_opens_its_own_noun_and_copula(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Huyện nhận 20.400 hồ sơ; trực tuyến mức độ 3 là 2.100, mức độ 4 là 960, tổng cộng chiếm 15%.",
     [("dossiers_received", 20400.0), ("dossiers_online_level3", 2100.0), ("dossiers_online_level4", 960.0),
      ("dossiers_online_pct", 15.0)]),
    ("Có 3.200 hồ sơ nộp trực tuyến mức độ 4, tính chung chiếm 22%.",
     [("dossiers_online_level4", 3200.0), ("dossiers_online_pct", 22.0)]),
    # without the sum word, the share stays the last level's
    ("Có 3.200 hồ sơ nộp trực tuyến mức độ 4, chiếm 22%.",
     [("dossiers_online_level4", 3200.0), ("dossiers_online_level4_pct", 22.0)]),
])
def test_a_share_after_a_sum_word_is_the_share_of_the_levels_together(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # two counts by level joined, then a share of a base named after it: the share of both together
    ("Xã nhận 1.240 hồ sơ qua mạng, gồm 1.000 hồ sơ mức độ 3 và 240 hồ sơ mức độ 4, chiếm 31% tổng số hồ sơ.",
     [("dossiers_online", 1240.0), ("dossiers_online_level3", 1000.0), ("dossiers_online_level4", 240.0),
      ("dossiers_online_pct", 31.0)]),
    ("Hồ sơ nộp qua mạng gồm 700 hồ sơ mức độ 3, 90 hồ sơ mức độ 4, bằng 12,5% số hồ sơ tiếp nhận.",
     [("dossiers_online_level3", 700.0), ("dossiers_online_level4", 90.0), ("dossiers_online_pct", 12.5)]),
    # one level alone keeps its share; two levels with no base named keep the last one's
    ("Có 5.000 hồ sơ trực tuyến, trong đó 600 hồ sơ mức độ 4, chiếm 4% tổng số hồ sơ.",
     [("dossiers_online", 5000.0), ("dossiers_online_level4", 600.0), ("dossiers_online_level4_pct", 4.0)]),
    ("Huyện có 790 hồ sơ trực tuyến: 700 hồ sơ mức độ 3 và 90 hồ sơ mức độ 4, chiếm 11,4%.",
     [("dossiers_online", 790.0), ("dossiers_online_level3", 700.0), ("dossiers_online_level4", 90.0),
      ("dossiers_online_level4_pct", 11.4)]),
])
def test_a_share_of_a_base_after_two_counts_by_level_is_the_share_of_their_sum(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the whole is the sentence's topic: what is new is the last part's share of the base
    ("Năm 2020, tỉnh tiếp nhận 120.000 hồ sơ. Trong số hồ sơ trực tuyến, 5.400 hồ sơ thuộc mức độ 3 và 960 hồ sơ "
     "thuộc mức độ 4, chỉ bằng 0,8% tổng số hồ sơ tiếp nhận.",
     [("dossiers_received", 120000.0), ("dossiers_online_level3", 5400.0), ("dossiers_online_level4", 960.0),
      ("dossiers_online_level4_pct", 0.8)]),
    ("Trong tổng số hồ sơ nộp qua mạng, 1.100 hồ sơ ở mức độ 3 và 300 hồ sơ ở mức độ 4, chiếm 1,2% số hồ sơ tiếp "
     "nhận.",
     [("dossiers_online_level3", 1100.0), ("dossiers_online_level4", 300.0), ("dossiers_online_level4_pct", 1.2)]),
    # the whole's own share was said before its parts in the sentence
    ("Năm 2021, xã nhận 2.600 hồ sơ qua mạng, bằng 12% tổng số hồ sơ, trong đó 2.000 hồ sơ mức độ 3 và 600 hồ sơ "
     "mức độ 4, tức 2,8% tổng số hồ sơ.",
     [("dossiers_online", 2600.0), ("dossiers_online_pct", 12.0), ("dossiers_online_level3", 2000.0),
      ("dossiers_online_level4", 600.0), ("dossiers_online_level4_pct", 2.8)]),
    ("Hồ sơ qua mạng đạt 9.000 hồ sơ (6,5% số hồ sơ tiếp nhận), gồm 8.100 hồ sơ mức độ 3, 900 hồ sơ mức độ 4, "
     "bằng 0,65% số hồ sơ tiếp nhận.",
     [("dossiers_online", 9000.0), ("dossiers_online_pct", 6.5), ("dossiers_online_level3", 8100.0),
      ("dossiers_online_level4", 900.0), ("dossiers_online_level4_pct", 0.65)]),
    # (… also when "gồm" opens the parts as a list)
    ("Năm 2016, tỉnh nhận 300.000 hồ sơ; hồ sơ trực tuyến là 20.000, đạt 6,7%, gồm 18.000 hồ sơ mức độ 3 và 2.000 "
     "hồ sơ mức độ 4, chỉ chiếm 0,67% tổng số hồ sơ tiếp nhận.",
     [("dossiers_received", 300000.0), ("dossiers_online", 20000.0), ("dossiers_online_pct", 6.7),
      ("dossiers_online_level3", 18000.0), ("dossiers_online_level4", 2000.0), ("dossiers_online_level4_pct", 0.67)]),
])
def test_a_share_after_the_parts_of_a_whole_already_framed_is_the_last_parts(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong quý, cơ quan bảo hiểm xã hội nhận 41.200 hồ sơ, trong đó 39.870 hồ sơ giao dịch điện tử, đạt 96,77%.",
     [("dossiers_received", 41200.0), ("dossiers_online", 39870.0), ("dossiers_online_pct", 96.77)]),
    ("Cục Thuế nhận 1.530 hồ sơ đề nghị hoàn thuế điện tử, chiếm 91,2% tổng số hồ sơ hoàn thuế.",
     [("dossiers_online", 1530.0), ("dossiers_online_pct", 91.2)]),
])
def test_the_e_services_of_tax_and_social_insurance_are_online(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,status", [
    ("Sở cam kết đến cuối năm đưa tỷ lệ hồ sơ trực tuyến lên 70%.", "target"),
    ("Các huyện đã gửi bản cam kết; tỷ lệ hồ sơ trực tuyến năm nay đạt 52%.", "actual"),
])
def test_a_pledge_made_is_a_target_a_pledge_document_is_not(text, status):
    assert facts(text, ("status",)) == [(status,)]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023, Trung tâm tiếp nhận 61.200 hồ sơ; ngày cao điểm có tới 540 hồ sơ.", [("dossiers_received", 61200.0)]),
    ("Ngày cao điểm rơi vào 2/10, bộ phận một cửa nhận 318 hồ sơ.", []),
    ("Hệ thống từng nhận 2.950 hồ sơ mới trong một ngày.", []),
    # a list item that is one day's count takes nothing from its header
    ("Quý I: tiếp nhận 30.100 hồ sơ, trong đó 12.000 hồ sơ trực tuyến; ngày cao điểm ghi nhận 780 hồ sơ nộp mới.",
     [("dossiers_received", 30100.0), ("dossiers_online", 12000.0)]),
    ("Vào giờ cao điểm, quầy một cửa nhận 64 hồ sơ.", []),
    # a peak month or campaign counts its whole period
    ("Tổng kết Tháng cao điểm: xã tiếp nhận 846 hồ sơ, trong đó 671 hồ sơ trực tuyến.",
     [("dossiers_received", 846.0), ("dossiers_online", 671.0)]),
    ("Trong đợt cao điểm ra quân, huyện hỗ trợ nộp 2.310 hồ sơ trực tuyến.", [("dossiers_online_assisted", 2310.0)]),
])
def test_one_day_s_count_is_no_figure_of_the_period(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Về hồ sơ trực tuyến, huyện phấn đấu cuối năm nay đạt ít nhất 35% và năm 2025 đạt từ 50% trở lên.",
     [("dossiers_online_pct", 35.0, 2024), ("dossiers_online_pct", 50.0, 2025)]),
    ("Về giải quyết đúng hạn, thị xã đạt 98,7%.", [("dossiers_ontime_pct", 98.7, 2024)]),
    # a rate named in the sentence is its own
    ("Về hồ sơ trực tuyến, tỷ lệ văn bản điện tử đạt 90%.", [("edocs_pct", 90.0, 2024)]),
    # a purpose and its verb of raising open the sentence the same way
    ("Để tăng số hồ sơ trực tuyến, huyện giao việc cho từng xã và phấn đấu cuối năm nay đạt 30%.",
     [("dossiers_online_pct", 30.0, 2024)]),
    ("Nhằm đẩy mạnh giải quyết hồ sơ đúng hạn, thị xã yêu cầu các phòng đạt 100% trong năm 2025.",
     [("dossiers_ontime_pct", 100.0, 2025)]),
    ("Để nâng cao hồ sơ nộp qua mạng, thành phố miễn lệ phí và năm nay đạt 41,5%.",
     [("dossiers_online_pct", 41.5, 2024)]),
    # … but a share with a noun of its own counts that noun
    ("Để tăng số hồ sơ trực tuyến, xã hỗ trợ 20% số hộ cài ứng dụng.", []),
])
def test_a_bare_percentage_in_a_sentence_opened_by_a_topic_takes_the_topic_s_rate(text, expected):
    df = extract_text(text, "t", meta={"published": "2024-06-01"})
    assert list(zip(df["metric"], df["value"], df["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023 xã nhận 2.400 hồ sơ, trong đó 1.150 hồ sơ trực tuyến, đạt 47,9%, cao hơn mức 35,2% của huyện và 40,6% "
     "của toàn tỉnh.",
     [("dossiers_received", 2400.0), ("dossiers_online", 1150.0), ("dossiers_online_pct", 47.9),
      ("dossiers_online_pct", 35.2), ("dossiers_online_pct", 40.6)]),
    ("Tỷ lệ giải quyết đúng hạn của phường đạt 97,1%, thấp hơn mức 98,4% của thành phố.",
     [("dossiers_ontime_pct", 97.1), ("dossiers_ontime_pct", 98.4)]),
])
def test_a_unit_s_level_after_a_comparison_measures_the_rate_compared(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023, giải quyết đúng hạn đạt 97,8%.", [("dossiers_ontime_pct", 97.8)]),
    ("Thứ ba, giải quyết hồ sơ trước hạn và đúng hạn từ 99% trở lên.", [("dossiers_ontime_pct", 99.0)]),
    ("Nộp hồ sơ qua mạng cả năm chỉ đạt 12,5%.", [("dossiers_online_pct", 12.5)]),
    # a rate word in the sentence names its own rate
    ("Giải quyết đúng hạn là ưu tiên; tỷ lệ văn bản điện tử đạt 91%.", [("edocs_pct", 91.0)]),
])
def test_a_clause_opened_by_what_is_done_to_the_dossiers_names_the_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Đoàn viên trực tiếp giúp người dân nộp 2.310 hồ sơ trực tuyến.", [("dossiers_online_assisted", 2310.0)]),
    ("Qua mạng là kênh chính, nhưng xã vẫn nhận 640 hồ sơ trực tiếp.", [("dossiers_offline", 640.0)]),
    ("Cả năm chỉ có 1.020 hồ sơ được thanh toán trực tuyến.", [("dossiers_paid_online", 1020.0)]),
])
def test_a_count_s_own_noun_names_its_dossier_kind_before_the_words_before_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("📌 Cấp huyện: 24.300 hồ sơ | trực tuyến 66,2%", [("dossiers_received", 24300.0), ("dossiers_online_pct", 66.2)]),
    ("Xã A: 3.150 hồ sơ | đúng hạn 99,1%", [("dossiers_received", 3150.0), ("dossiers_ontime_pct", 99.1)]),
    ("Phường B: 870 hồ sơ | trực tuyến 812", [("dossiers_received", 870.0), ("dossiers_online", 812.0)]),
])
def test_a_bar_between_cells_ends_a_count_s_noun_phrase(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Không chỉ nộp trực tuyến nhiều hơn, tỷ lệ hồ sơ được giải quyết đúng và trước hạn cũng đạt 98,4%.",
     [("dossiers_ontime_pct", 98.4)]),
    ("Đến năm 2025, huyện phấn đấu 90% dịch vụ đạt mức độ 4, tỷ lệ hồ sơ trực tuyến đạt từ 60% trở lên.",
     [("services_level4_pct", 90.0), ("dossiers_online_pct", 60.0)]),
    ("Tỷ lệ hồ sơ được tiếp nhận trực tuyến (gồm toàn trình và một phần) đạt 77,5%.", [("dossiers_online_pct", 77.5)]),
])
def test_a_rate_subject_reads_its_kind_in_its_own_clause(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Quý I, hệ thống nhận 40.200 hồ sơ, trong đó 31.050 hồ sơ đi theo luồng online, tương đương 77,24%.",
     [("dossiers_received", 40200.0), ("dossiers_online", 31050.0), ("dossiers_online_pct", 77.24)]),
    ("Tỷ lệ hồ sơ online của huyện đạt 64%.", [("dossiers_online_pct", 64.0)]),
    # "trên mạng" (on the network) is online too
    ("Cả ngày xã tiếp nhận 52 hồ sơ, trong đó 37 hồ sơ người dân tự nộp trên mạng ở nhà.",
     [("dossiers_received", 52.0), ("dossiers_online", 37.0)]),
])
def test_the_loanword_online_names_online_dossiers(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("94,6% người dân tham gia khảo sát quý III (1.500 người) cho biết hài lòng.", [("satisfaction_pct", 94.6)]),
    ("98,1% tổ chức, cá nhân được hỏi tại bộ phận một cửa các xã đều hài lòng.", [("satisfaction_pct", 98.1)]),
])
def test_people_satisfied_may_stand_further_after_the_share_in_its_clause(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text", [
    "Năm nay Ban Tổ chức nhận 58 hồ sơ đề cử ở hạng mục địa phương.",
    "Cuộc thi đã nhận 230 hồ sơ dự thi của các sở, ngành.",
])
def test_entries_to_a_contest_or_an_award_are_no_dossiers(text):
    assert facts(text, ("metric", "value")) == []


@pytest.mark.parametrize("text,expected", [
    # a line's label names the rate of the named values after its colon, over the block's earlier rate
    ("- Thủ tục: Hà Giang có 1.220 thủ tục, trong đó 220 dịch vụ toàn trình (31,5%); tỷ lệ này của Hưng Yên là 48,2%.\n"
     "- Hồ sơ nộp trực tuyến năm 2023: Hà Giang 22,4%, Hưng Yên 61,7%.",
     [("procedures_total", 1220.0), ("services_full_process", 220.0), ("services_full_process_pct", 31.5),
      ("services_full_process_pct", 48.2), ("dossiers_online_pct", 22.4), ("dossiers_online_pct", 61.7)]),
    ("+ Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n+ Văn bản điện tử gửi nhận: Sơn La 88%, Điện Biên 93,4%.",
     [("dossiers_ontime_pct", 98.0), ("edocs_pct", 88.0), ("edocs_pct", 93.4)]),
    # a label that names no rate of ours leaves the block's rate in force
    ("• Hồ sơ trực tuyến: Tuyên Quang 35%.\n• Cuối kỳ: Tuyên Quang 41%, Yên Bái 44%.",
     [("dossiers_online_pct", 35.0), ("dossiers_online_pct", 41.0), ("dossiers_online_pct", 44.0)]),
])
def test_a_line_label_names_the_rate_of_the_values_after_its_colon(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chỉ tiêu năm 2021:\n- Tỷ lệ hồ sơ trực tuyến: trên 40%;\n- Dịch vụ công mức độ 4: tối thiểu 80% tổng số dịch vụ;\n"
     "- Văn bản điện tử giữa các cơ quan: 100%;",
     [("dossiers_online_pct", 40.0), ("services_level4_pct", 80.0), ("edocs_pct", 100.0)]),
    ("Kết quả quý II:\n• Tỷ lệ giải quyết đúng hạn: 98,7%;\n• Cán bộ dùng thư điện tử công vụ: 91%;\n"
     "• Hồ sơ trực tuyến: 55,2%.",
     [("dossiers_ontime_pct", 98.7), ("email_usage_pct", 91.0), ("dossiers_online_pct", 55.2)]),
    ("Mục tiêu 2025:\n+ Tỷ lệ số hóa hồ sơ: 80%;\n+ Mức độ hài lòng của người dân: trên 95%;",
     [("dossiers_digitized_pct", 80.0), ("satisfaction_pct", 95.0)]),
])
def test_a_bullet_line_with_a_label_of_its_own_is_read_by_that_label(text, expected):
    """Lines of a list joined by ";" are one sentence; a line that opens with its own label and colon is read by it,
    not by the subject of the first line."""
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Hỏi về việc hồ sơ đất đai ít được nộp qua mạng, ông cho biết lĩnh vực này tiếp nhận 4.150 hồ sơ nhưng chỉ 1.287 "
    "hồ sơ nộp trực tuyến.",
    "Bàn về hồ sơ trực tuyến, Sở nêu rõ: quý này Sở tiếp nhận 4.150 hồ sơ nhưng mới có 1.287 hồ sơ nộp qua mạng.",
    "Dù hồ sơ trực tuyến được khuyến khích, năm 2023 huyện tiếp nhận 4.150 hồ sơ mà chỉ có 1.287 hồ sơ nộp trực tuyến.",
])
def test_what_came_in_set_against_a_part_that_follows_is_the_whole(text):
    """"tiếp nhận X hồ sơ nhưng chỉ Y hồ sơ <kind>": X is all received, whatever kind an earlier clause named."""
    assert facts(text) == [("dossiers_received", 4150), ("dossiers_online", 1287)]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023, hồ sơ tiếp nhận tăng lên 43.891, còn hồ sơ trực tuyến đạt 20.144, nâng tỷ lệ lên 45,89%.",
     [("dossiers_received", 43891), ("dossiers_online", 20144), ("dossiers_online_pct", 45.89)]),
    ("Hồ sơ trễ hạn giảm xuống còn 1.204, trong khi hồ sơ đúng hạn là 51.300.",
     [("dossiers_late", 1204), ("dossiers_ontime", 51300)]),
    ("Năm 2024 tỉnh tiếp nhận 12.000 hồ sơ, trong đó 6.300 hồ sơ trực tuyến, đưa tỷ lệ lên mức 52,5%.",
     [("dossiers_received", 12000), ("dossiers_online", 6300), ("dossiers_online_pct", 52.5)]),
])
def test_a_level_reached_by_rising_or_falling_and_a_share_raised_to(text, expected):
    """"tăng lên 43.891", "giảm xuống còn 1.204": the level reached, its noun the clause's own (after a contrastive
    "còn", "trong khi"); ", nâng tỷ lệ lên 45,89%": the share the counts before raise it to."""
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2024, xã có 1.230 hồ sơ được nộp qua điện thoại.",
    "Người dân đã nộp 3.402 hồ sơ qua ứng dụng VNeID trong quý.",
    "Có 518 hồ sơ được gửi qua Zalo của bộ phận một cửa.",
    "Tháng 6, có 2.604 hồ sơ được nộp ngay trên ứng dụng VNeID.",
    "Trong quý, 9.120 hồ sơ được nộp sau khi người dân đăng nhập bằng tài khoản VNeID.",
    "Toàn huyện có 1.415 hồ sơ được nộp bằng tài khoản định danh điện tử mức độ 2.",
    # the network as where the dossiers came from
    "Năm 2021, thị xã có 2.980 hồ sơ đến từ mạng.",
    "Quý III, sở nhận 640 hồ sơ gửi từ môi trường mạng.",
])
def test_a_phone_or_an_app_is_the_network(text):
    """Dossiers sent through a phone, an app or a chat service came in online."""
    assert [m for m, _ in facts(text)] == ["dossiers_online"]


@pytest.mark.parametrize("text,expected", [
    # "x trên y <noun>": x out of y, x counting what the words after y say, y its whole
    ("Năm 2020 mới có 296 trên 7.216 hồ sơ được nộp qua mạng, tức 4,1%.",
     [("dossiers_online", 296.0, "exact"), ("dossiers_received", 7216.0, "exact"),
      ("dossiers_online_pct", 4.1, "exact")]),
    ("Quý III, phường giải quyết đúng hạn 1.204 trên 1.230 hồ sơ đã giải quyết.",
     [("dossiers_ontime", 1204.0, "exact"), ("dossiers_resolved", 1230.0, "exact")]),
    ("Cả năm có 8.450 trên 9.100 hồ sơ được tiếp nhận trực tuyến.",
     [("dossiers_online", 8450.0, "exact"), ("dossiers_received", 9100.0, "exact")]),
    # "trên tổng số" between the bare count and its whole
    ("Riêng tháng 3 có 4.102 trên tổng số 5.214 hồ sơ đi qua mạng.",
     [("dossiers_online", 4102.0, "exact"), ("dossiers_received", 5214.0, "exact")]),
    ("Quý II có 912 trong tổng số 1.040 hồ sơ được giải quyết đúng hạn.",
     [("dossiers_ontime", 912.0, "exact"), ("dossiers_resolved", 1040.0, "exact")]),
    # small numbers, written without a thousands dot
    ("Tháng 9, 19 trên 23 hồ sơ của xóm được nộp trực tuyến.",
     [("dossiers_online", 19.0, "exact"), ("dossiers_received", 23.0, "exact")]),
    ("Cả quý có 640 trên 915 hồ sơ được giải quyết đúng hạn.",
     [("dossiers_ontime", 640.0, "exact"), ("dossiers_resolved", 915.0, "exact")]),
    # "trên" after a year, or before a percentage, is still "more than"
    ("Năm 2026 trên 95% người dân hài lòng.", [("satisfaction_pct", 95.0, "more_than")]),
])
def test_x_out_of_y_written_with_tren(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # "trong số" before a number, after a count and its noun, is "out of": the second count is the whole
    ("Năm 2021, xã A có 410 hồ sơ trực tuyến trong số 1.250 hồ sơ (32,80%).",
     [("dossiers_online", 410.0), ("dossiers_received", 1250.0), ("dossiers_online_pct", 32.8)]),
    ("Quý III, 1.930 hồ sơ được giải quyết đúng hạn trong số 2.004 hồ sơ đã giải quyết.",
     [("dossiers_ontime", 1930.0), ("dossiers_resolved", 2004.0)]),
    # "trong số đó" opens the parts of the count before it
    ("Năm 2021 tỉnh tiếp nhận 12.000 hồ sơ, trong số đó 3.000 hồ sơ trực tuyến.",
     [("dossiers_received", 12000.0), ("dossiers_online", 3000.0)]),
])
def test_x_out_of_y_written_with_trong_so(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the predicate after y, its agent two nouns paired by a comma, is still the words of x out of y
    ("Năm 2024, có 8.410 trên tổng số 20.500 hồ sơ được tổ chức, cá nhân gửi qua mạng.",
     [("dossiers_online", 8410.0), ("dossiers_received", 20500.0)]),
    ("Sáu tháng đầu năm 2024, đã có 3.120 trong tổng số 9.004 hồ sơ được người dân, doanh nghiệp nộp trực tuyến, "
     "chiếm 34,65%.", [("dossiers_online", 3120.0), ("dossiers_received", 9004.0), ("dossiers_online_pct", 34.65)]),
    ("Năm 2024, 5.204 trong số 7.010 hồ sơ được công dân, tổ chức nộp qua cổng dịch vụ công.",
     [("dossiers_online", 5204.0), ("dossiers_received", 7010.0)]),
    # a comma that is no such pair ends the clause: the words after it are not x's
    ("Năm 2024, có 8.410 trên tổng số 20.500 hồ sơ, doanh nghiệp gửi qua mạng chiếm phần lớn.", []),
])
def test_x_out_of_y_reads_its_predicate_through_a_pair_of_agents(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate named by a level alone after counts of levels: that level's share
    ("Tỉnh có 1.800 thủ tục, trong đó 520 dịch vụ mức độ 3 và 690 dịch vụ mức độ 4; tỷ lệ mức độ 4 là 38,3%.",
     [("procedures_total", 1800.0), ("services_level3", 520.0), ("services_level4", 690.0),
      ("services_level4_pct", 38.3)]),
    ("Huyện cung cấp 120 dịch vụ mức độ 3, 75 dịch vụ mức độ 4, tỷ lệ mức 3 đạt 61,5%.",
     [("services_level3", 120.0), ("services_level4", 75.0), ("services_level3_pct", 61.5)]),
    # no levelled count before it: no guess
    ("Tỷ lệ mức độ 4 là 38,3%.", []),
])
def test_a_rate_named_by_a_level_alone_is_that_level_s_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the share of a count of documents its own words call electronic is the electronic documents' share
    ("Năm 2023, các sở phát hành 12.400 văn bản đi, trong đó 11.950 văn bản gửi hoàn toàn dưới dạng điện tử, tỷ lệ 96,37%.",
     [("documents_outgoing", 12400.0), ("documents_outgoing", 11950.0), ("edocs_pct", 96.37)]),
    ("Cả năm huyện phát hành 8.000 văn bản đi, trong đó 7.600 văn bản đi gửi qua môi trường mạng, chiếm 95%.",
     [("documents_outgoing", 8000.0), ("documents_outgoing", 7600.0), ("edocs_pct", 95.0)]),
])
def test_the_share_of_documents_called_electronic_is_the_electronic_share(text, expected):
    assert [r for r in facts(text) if r[0] != "documents_processed"] == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage opening an "of which" clause after a count of documents, its predicate saying they went electronically
    ("Năm 2021, Sở Nội vụ phát hành 3.240 văn bản, trong đó 96,2% đi bằng đường điện tử.",
     [("documents_outgoing", 3240.0), ("edocs_pct", 96.2)]),
    ("Năm 2021, các huyện gửi 15.800 văn bản đi, trong đó khoảng 80% được gửi dưới dạng điện tử.",
     [("documents_outgoing", 15800.0), ("edocs_pct", 80.0)]),
    ("Năm 2021, Văn phòng phát hành 2.100 văn bản, trong số đó 99% là văn bản điện tử có ký số.",
     [("documents_outgoing", 2100.0), ("edocs_pct", 99.0)]),
    # … not a share its predicate says is of some other kind
    ("Năm 2021, Sở Nội vụ phát hành 3.240 văn bản, trong đó 12% là văn bản mật.", [("documents_outgoing", 3240.0)]),
])
def test_an_electronic_part_of_a_documents_count_is_the_electronic_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the services' name as the sentence's topic is no channel of the dossiers counted
    ("Về dịch vụ công trực tuyến, sáu tháng qua các sở tiếp nhận 45.120 hồ sơ, trong đó 6.300 hồ sơ nộp qua mạng.",
     [("dossiers_received", 45120), ("dossiers_online", 6300)]),
    # … but the channel after "qua" is
    ("Qua dịch vụ công trực tuyến, các sở đã tiếp nhận 6.300 hồ sơ.", [("dossiers_online", 6300)]),
])
def test_the_online_services_named_as_a_topic_are_no_channel(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of services of a level, integrated with the national portal as its predicate says: the stock of the level
    ("Tỉnh hiện cung cấp 940 dịch vụ công trực tuyến mức độ 3 và 215 dịch vụ công trực tuyến mức độ 4, đã được tích hợp "
     "với Cổng Dịch vụ công quốc gia.", [("services_level3", 940), ("services_level4", 215)]),
    ("Đến nay đã có 376 dịch vụ công trực tuyến mức độ 4 được tích hợp lên Cổng Dịch vụ công quốc gia.",
     [("services_level4", 376)]),
    # … but the object of the verb of integrating, or a count with no level of its own, is the count integrated
    ("Tỉnh đã tích hợp 180 dịch vụ công trực tuyến mức độ 4 lên Cổng Dịch vụ công quốc gia.",
     [("services_national_portal", 180)]),
    ("Tỉnh đã tích hợp, cung cấp 1.310 dịch vụ công trực tuyến mức độ 3, 4 trên Cổng Dịch vụ công quốc gia.",
     [("services_national_portal", 1310)]),
    # so too the kinds of the 2022 decree, the predicate said of all of them or of one
    ("Năm 2025, tỉnh cung cấp 1.219 dịch vụ toàn trình và 517 dịch vụ một phần, tất cả được tích hợp trên Cổng Dịch vụ "
     "công quốc gia.", [("services_full_process", 1219), ("services_partial", 517)]),
    ("Năm 2025, tỉnh có 1.300 dịch vụ toàn trình, đều đã tích hợp với Cổng Dịch vụ công quốc gia.",
     [("services_full_process", 1300)]),
    ("Năm 2025, tỉnh đã tích hợp 517 dịch vụ một phần lên Cổng Dịch vụ công quốc gia.",
     [("services_national_portal", 517)]),
])
def test_services_of_a_level_integrated_as_their_predicate_says_are_the_level_s_stock(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage of dossiers with a predicate of their own is the share that predicate says
    ("Tỷ lệ hồ sơ trực tuyến đạt 64%; 100% hồ sơ nộp trực tuyến được tiếp nhận, phản hồi trong 4 giờ.",
     [("dossiers_online_pct", 64.0)]),
    ("Năm 2024 tỉnh tích hợp 100% dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia, 100% hồ sơ được đồng bộ "
     "trạng thái.",
     [("services_national_portal_pct", 100.0)]),
    ("Tỷ lệ giải quyết đúng hạn đạt 98,5%; 100% hồ sơ trễ hạn phải có văn bản xin lỗi.", [("dossiers_ontime_pct", 98.5)]),
    # the predicate names the kind: that share of all dossiers, digitised whatever was digitised
    ("Năm 2023, 61,2% hồ sơ được nộp trực tuyến.", [("dossiers_online_pct", 61.2)]),
    ("Tại Trung tâm, 100% hồ sơ tiếp nhận trực tiếp được số hóa.", [("dossiers_digitized_pct", 100.0)]),
    # a share within one kind is no share of all dossiers
    ("Tỉnh bảo đảm 100% hồ sơ của nhóm thủ tục liên thông được giải quyết trực tuyến.", []),
    # a second goal after "và phấn đấu" has a predicate of its own
    ("Năm 2019, huyện đặt mục tiêu 5% hồ sơ được nộp qua mạng và phấn đấu giải quyết đúng hạn 98% hồ sơ.",
     [("dossiers_online_pct", 5.0), ("dossiers_ontime_pct", 98.0)]),
])
def test_a_percentage_of_dossiers_with_their_own_predicate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of dossiers that is the subject of a predicate naming nothing we count: a subset, no figure
    ("Sáu tháng, huyện tiếp nhận 18.240 hồ sơ, trong đó 17.905 hồ sơ đã được cập nhật trạng thái lên hệ thống của bộ.",
     [("dossiers_received", 18240)]),
    ("Tháng 5, các xã nhận 2.100 hồ sơ; 1.950 hồ sơ đã được chuyển sang hệ thống mới.", [("dossiers_received", 2100)]),
    ("Riêng quý IV, 906 hồ sơ bị nhập sai mã thủ tục và 212 hồ sơ được người dân tra cứu trên điện thoại.", []),
    # the predicate names our kind or our verb, even past a pair of nouns split by a comma: read as it says
    ("Có 9.420 hồ sơ được người dân, doanh nghiệp gửi qua mạng.", [("dossiers_online", 9420)]),
    ("Trong đó, 7.016 hồ sơ đã được giải quyết, 415 hồ sơ chưa đến hạn.",
     [("dossiers_resolved", 7016), ("dossiers_pending", 415)]),
    # a verb of ours before the count: the predicate after it only describes what was received
    ("Bộ phận một cửa tiếp nhận 640 hồ sơ được gửi ngoài giờ hành chính.", [("dossiers_received", 640)]),
    # a marker inside a procedure's name is no predicate of the count
    ("Phòng tiếp nhận 231 hồ sơ xác nhận không thuộc diện cấp phép.", [("dossiers_received", 231)]),
])
def test_a_count_of_dossiers_with_a_predicate_naming_nothing_of_ours(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb right after the count's noun is its own, over a verb behind a comma or "và" that the count before took
    ("Từ đầu năm, phần mềm ghi nhận 52.400 hồ sơ tiếp nhận, 49.118 hồ sơ đã giải quyết.",
     [("dossiers_received", 52400), ("dossiers_resolved", 49118)]),
    ("Năm 2015 cả huyện có 8.210 hồ sơ tiếp nhận và 7.954 hồ sơ được giải quyết.",
     [("dossiers_received", 8210), ("dossiers_resolved", 7954)]),
    # a verb deeper in the phrase is a name's ("kênh nộp tại quầy"): the topic's verb stands
    ("Trong số hồ sơ đã giải quyết, 96.500 hồ sơ thuộc kênh nộp tại quầy.", [("dossiers_resolved", 96500)]),
    # a verb in the count's own conjunct before it stands too
    ("Quý I, Trung tâm tiếp nhận 4.120 hồ sơ, giải quyết 3.980 hồ sơ.",
     [("dossiers_received", 4120), ("dossiers_resolved", 3980)]),
])
def test_the_verb_right_after_a_count_s_noun_is_its_own(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count whose own phrase points back to a way of filing that no count of ours names: a subset, no figure
    ("Người dân có thể gửi hồ sơ qua Zalo của xã. Từ đầu năm, 87 hồ sơ được nộp theo cách này.", []),
    ("Tỉnh cho nộp hồ sơ không phụ thuộc nơi cư trú; bốn tháng, các bộ phận một cửa tiếp nhận 6.742 hồ sơ theo hình "
     "thức này.", []),
    # … but the way the paragraph's last dossier count was filed, when that is online, is that channel's count
    ("Năm 2018 có 1.874 hồ sơ nộp trực tuyến; cùng kỳ năm 2017 chỉ có 312 hồ sơ qua kênh này.",
     [("dossiers_online", 1874), ("dossiers_online", 312)]),
    ("Quý II, huyện nhận 5.120 hồ sơ, trong đó 604 hồ sơ gửi qua mạng. Cùng kỳ năm trước, chỉ 97 hồ sơ được nộp theo "
     "cách này.", [("dossiers_received", 5120), ("dossiers_online", 604), ("dossiers_online", 97)]),
    ("Năm 2015 có 214 hồ sơ nộp qua mạng ở mức độ 3; năm 2014 chỉ có 58 hồ sơ theo hình thức này.",
     [("dossiers_online_level3", 214), ("dossiers_online_level3", 58)]),
    # a pointer to procedures is no way of filing: the count stands
    ("Riêng các thủ tục được cắt giảm thời gian, các cơ quan tiếp nhận 9.420 hồ sơ của các thủ tục này.",
     [("dossiers_received", 9420)]),
])
def test_a_count_pointing_back_to_a_way_of_filing_counts_that_way(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share of a part of the online dossiers, under a topic naming them as the whole, is no online rate (the part's
    # own count is left aside here: its reading is another question)
    ("Trong số hồ sơ trực tuyến, 3.212 hồ sơ do phụ nữ đứng tên, bằng 54,68%.", []),
    ("Trong tổng số hồ sơ nộp qua mạng, có 8.309 hồ sơ gửi vào ban đêm, chiếm 26,41%.", []),
    # a topic of all dossiers received: the share of the online part is the online rate
    ("Trong tổng số hồ sơ tiếp nhận có 6.022 hồ sơ nộp trực tuyến, đạt 82,29%.", [("dossiers_online_pct", 82.29)]),
    ("Trong số hồ sơ tiếp nhận, 1.406 hồ sơ nộp trực tuyến, chiếm 24,1%.", [("dossiers_online_pct", 24.1)]),
])
def test_a_share_of_a_part_of_the_online_dossiers_is_no_online_rate(text, expected):
    assert [f for f in facts(text) if f[0].endswith("_pct")] == expected


@pytest.mark.parametrize("text,expected", [
    # a signed number in a parenthesis after a figure is its change, not a level
    ("Toàn tỉnh có 9.640 tài khoản thư điện tử (+1.212 tài khoản).", [("email_accounts", 9640)]),
    ("Năm 2016 tỉnh tiếp nhận 48.500 hồ sơ (+6.100 hồ sơ so với năm 2015).", [("dossiers_received", 48500)]),
    ("Huyện có 862 hồ sơ trực tuyến (-12 hồ sơ), xếp thứ 5/9 (−2 bậc).", [("dossiers_online", 862)]),
    # a dash that opens a bullet line is no sign
    ("Kết quả quý I:\n- 1.204 hồ sơ nộp trực tuyến;\n-312 hồ sơ quá hạn.",
     [("dossiers_online", 1204), ("dossiers_late", 312)]),
])
def test_a_signed_number_is_a_change(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a change in a parenthesis after a levelled count ("(tăng 1.127 hồ sơ)") takes no level from the count's words
    ("Năm 2018, 1.846 hồ sơ được nộp qua mạng ở mức độ 3 (tăng 1.127 hồ sơ), chiếm 3,53%.",
     [("dossiers_online_level3", 1846), ("dossiers_online_level3_pct", 3.53)]),
    ("Năm 2020 tỉnh có 212 dịch vụ mức độ 4 (tăng thêm 64 dịch vụ).", [("services_level4", 212)]),
    ("Năm 2019 có 640 hồ sơ trực tuyến mức độ 4 (giảm 38 hồ sơ so với năm 2018).", [("dossiers_online_level4", 640)]),
])
def test_a_change_after_a_levelled_count_takes_no_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place's rank in its own parenthesis, an ordinal alone, in a sentence that ranks
    ("Năm 2019, Phú Yên xếp thứ 41/63 về ICT Index, sau Bình Định (thứ 17) và Khánh Hòa (thứ 9).",
     [("ict_index_rank", 41.0), ("ict_index_rank", 17.0), ("ict_index_rank", 9.0)]),
    ("Về Chỉ số DTI 2023, tỉnh xếp thứ 20/63, đứng sau Hà Nam (thứ 2/63).", [("dti_rank", 20.0), ("dti_rank", 2.0)]),
    # an ordinal that is no rank stays none
    ("Đây là lần thứ 3 tỉnh tổ chức hội nghị (thứ 2 trong năm).", []),
])
def test_a_place_s_rank_in_its_own_parenthesis(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause opened by its own noun, then a share verb and a bound word: that noun's share
    ("Tỷ lệ hồ sơ trực tuyến đạt ít nhất 20%; dịch vụ mức độ 4 đạt tối thiểu 30%.",
     [("dossiers_online_pct", 20.0), ("services_level4_pct", 30.0)]),
    ("Năm 2025, tỷ lệ giải quyết đúng hạn đạt 99%, hồ sơ trực tuyến đạt không dưới 80%.",
     [("dossiers_ontime_pct", 99.0), ("dossiers_online_pct", 80.0)]),
])
def test_a_clause_opened_by_its_noun_takes_a_bound_word_before_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a numbered indicator line: its label names the rate of a bare percentage after the colon, whatever plan or
    # result words stand between them
    ("2. Hồ sơ nộp trực tuyến: kế hoạch 45%, thực hiện 51,3%.",
     [("dossiers_online_pct", 45.0, "target"), ("dossiers_online_pct", 51.3, "actual")]),
    ("III. Hồ sơ giải quyết đúng hạn: Nghị quyết giao từ 97% trở lên.",
     [("dossiers_ontime_pct", 97.0, "target")]),
    ("a) Dịch vụ công trực tuyến mức độ 4: chỉ tiêu 60%; thực hiện 64,2%.",
     [("services_level4_pct", 60.0, "target"), ("services_level4_pct", 64.2, "actual")]),
    # the start of a from-to pair is read as its end is, dated before it
    ("Hồ sơ trực tuyến: từ 31,5% lên 47%", [("dossiers_online_pct", 31.5, "actual"), ("dossiers_online_pct", 47.0, "actual")]),
])
def test_a_line_label_names_a_bare_percentage_after_its_colon(text, expected):
    assert facts(text, ("metric", "value", "status")) == expected


@pytest.mark.parametrize("text,status", [
    ("Hồ sơ trực tuyến: Nghị quyết giao 55%.", "target"),
    ("Năm nay HĐND tỉnh giao tỷ lệ hồ sơ trực tuyến đạt 55%.", "target"),
    ("Hội đồng nhân dân tỉnh giao tỷ lệ hồ sơ trực tuyến 55%, nhưng tỉnh mới đạt 41%.", "target"),
])
def test_a_figure_a_council_assigns_is_a_target(text, status):
    assert facts(text, ("value", "status"))[0] == (55.0, status)


@pytest.mark.parametrize("text,expected", [
    # a unit's parenthesised percentage whose sentence names the rate only after it
    ("Năm 2024, tỷ lệ giải quyết đúng hạn của xã đạt 99,1%. So với mức bình quân của huyện (57,2%) và của tỉnh "
     "(63,8%) cùng kỳ, tỷ lệ hồ sơ nộp trực tuyến của xã vẫn thấp hơn.",
     [("dossiers_ontime_pct", 99.1), ("dossiers_online_pct", 57.2), ("dossiers_online_pct", 63.8)]),
    ("Tỷ lệ giải quyết đúng hạn toàn tỉnh đạt 98%. Biểu dương huyện Tân Lạc (66,5%) đã vươn lên đứng đầu về "
     "tỷ lệ hồ sơ nộp trực tuyến.",
     [("dossiers_ontime_pct", 98.0), ("dossiers_online_pct", 66.5)]),
    # with no rate named later, the rate said before in the paragraph holds
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 51%. Huyện Lạc Sơn (38,4%) và huyện Kim Bôi (35,9%) còn thấp.",
     [("dossiers_online_pct", 51.0), ("dossiers_online_pct", 38.4), ("dossiers_online_pct", 35.9)]),
])
def test_a_rate_named_after_a_unit_s_parenthesised_percentage_names_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # two timeliness kinds listed under one label: on time, early included
    ("- Đã giải quyết: 2.400 hồ sơ.\n- Đúng hạn, trước hạn: 2.390 hồ sơ (99,58%).",
     [("dossiers_resolved", 2400.0), ("dossiers_ontime", 2390.0), ("dossiers_ontime_pct", 99.58)]),
    ("Giải quyết 830 hồ sơ; trước hạn, đúng hạn là 826 hồ sơ.", [("dossiers_resolved", 830.0), ("dossiers_ontime", 826.0)]),
    # a kind alone after a comma keeps its own
    ("Giải quyết 830 hồ sơ, trước hạn 500 hồ sơ.", [("dossiers_resolved", 830.0), ("dossiers_early", 500.0)]),
])
def test_timeliness_kinds_listed_under_one_label_are_on_time(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the other answers of a rating, after a verb of saying, are no satisfaction rate
    ("Trong số người được hỏi, 90,4% đánh giá hài lòng, 7,1% đánh giá bình thường và 2,5% đánh giá không hài lòng.",
     [("satisfaction_pct", 90.4)]),
    ("Có 88% cho biết hài lòng, 12% cho biết chưa hài lòng.", [("satisfaction_pct", 88.0)]),
    # … nor is a clause whose subject is the other answer
    ("Năm 2023, tỷ lệ hài lòng đạt 96,5%; lượt không hài lòng chiếm 3,5%.", [("satisfaction_pct", 96.5)]),
    ("Năm 2023, mức độ hài lòng là 95%, còn tỷ lệ chưa hài lòng giảm xuống 1,2%.", [("satisfaction_pct", 95.0)]),
])
def test_the_other_answers_of_a_rating_after_a_verb_of_saying_are_no_satisfaction(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # dossiers sent back to the applicant are returned, whatever way they came in
    ("Quý I có 52 hồ sơ nộp trực tuyến phải trả lại để bổ sung giấy tờ.", [("dossiers_returned", 52.0)]),
    ("Trong tháng, 14 hồ sơ được trả lại cho người dân vì thiếu thành phần.", [("dossiers_returned", 14.0)]),
])
def test_dossiers_sent_back_are_returned(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an item after ';' that opens with its own noun or process names its own share
    ("Chỉ tiêu năm 2026: tỷ lệ hồ sơ trực tuyến trên 70%; văn bản điện tử cấp xã từ 95% trở lên.",
     [("dossiers_online_pct", 70.0), ("edocs_pct", 95.0)]),
    ("Kết quả: tỷ lệ hồ sơ trực tuyến đạt 66,1%; số hóa hồ sơ, kết quả giải quyết đạt 72,4%.",
     [("dossiers_online_pct", 66.1), ("dossiers_digitized_pct", 72.4)]),
    # an item opened by a unit continues the rate before it
    ("Tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 90,2%; cấp xã đạt 61,4%.",
     [("dossiers_online_pct", 90.2), ("dossiers_online_pct", 61.4)]),
])
def test_an_item_after_a_semicolon_that_opens_with_its_own_noun_names_its_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a qualified percentage right after a count's clause is that count's share
    ("Quý III tiếp nhận 900 hồ sơ, trong đó 415 hồ sơ nộp trực tuyến, khoảng 46,1%.",
     [("dossiers_received", 900.0), ("dossiers_online", 415.0), ("dossiers_online_pct", 46.1)]),
    ("Đã giải quyết 1.200 hồ sơ, trong đó 1.190 hồ sơ đúng hạn, hơn 99%.",
     [("dossiers_resolved", 1200.0), ("dossiers_ontime", 1190.0), ("dossiers_ontime_pct", 99.0)]),
])
def test_a_qualified_percentage_after_a_count_s_clause_is_its_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb before the share's verb after a count's clause
    ("Xã tiếp nhận 2.400 hồ sơ, trực tuyến 310 hồ sơ, chỉ đạt 12,92%.",
     [("dossiers_received", 2400.0), ("dossiers_online", 310.0), ("dossiers_online_pct", 12.92)]),
    ("Huyện tiếp nhận 8.000 hồ sơ, trong đó 1.000 hồ sơ nộp trực tuyến, mới đạt 12,5%.",
     [("dossiers_received", 8000.0), ("dossiers_online", 1000.0), ("dossiers_online_pct", 12.5)]),
])
def test_an_adverb_before_the_share_verb_keeps_the_count_s_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the satisfaction of those a hospital or a school serves is none with the administration
    ("Khảo sát cho thấy tỷ lệ hài lòng của người bệnh nội trú đạt 93,5%.", []),
    ("Có 91% phụ huynh học sinh hài lòng với sổ liên lạc điện tử.", []),
    ("Mức độ hài lòng của bệnh nhân với dịch vụ khám bệnh đạt 89%.", []),
    # the people the administration serves
    ("Tỷ lệ hài lòng của người dân, doanh nghiệp đạt 97,2%.", [("satisfaction_pct", 97.2)]),
])
def test_the_satisfaction_of_those_a_hospital_or_school_serves_is_none_of_ours(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit set apart after the rate, with adverbs and a verb of reaching, continues it
    ("Năm qua, 97,3% văn bản đi được gửi dưới dạng điện tử, riêng cấp xã cũng đã vượt 90%.",
     [("edocs_pct", 97.3), ("edocs_pct", 90.0)]),
    ("Có 88% hồ sơ được nộp trực tuyến, còn cấp huyện vẫn đạt 71,4%.",
     [("dossiers_online_pct", 88.0), ("dossiers_online_pct", 71.4)]),
    ("Tỷ lệ giải quyết đúng hạn đạt 99,1%, còn cấp huyện vẫn đạt 97,4%.",
     [("dossiers_ontime_pct", 99.1), ("dossiers_ontime_pct", 97.4)]),
])
def test_a_unit_set_apart_after_a_rate_continues_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text, expected", [
    # each rank's own words name its ranking right after it
    ("Năm 2022, tỉnh xếp thứ 7/63 về Chỉ số chuyển đổi số (DTI) và thứ 12/63 về chỉ số Vietnam ICT Index.",
     [("dti_rank", 7), ("ict_index_rank", 12)]),
    ("Tỉnh đứng thứ 15/63 về ICT Index năm 2020 và thứ 9/63 trong bảng xếp hạng DTI năm 2022.",
     [("ict_index_rank", 15), ("dti_rank", 9)]),
    # the ranking after "so với" is the baseline's: the rank is the one named before it
    ("Chỉ số DTI năm 2022: tỉnh xếp hạng 18/63, tăng 6 bậc so với thứ hạng ICT Index năm 2020.",
     [("dti_rank", 18)]),
    # a ranking whose name opens with a filler word ("Chỉ số cải cách hành chính") is named all the same
    ("Năm 2018 tỉnh xếp thứ 11/63 về Chỉ số cải cách hành chính, còn về ICT Index xếp thứ 30/63.",
     [("par_index_rank", 11), ("ict_index_rank", 30)]),
    ("Năm 2021 tỉnh đứng thứ 4/63 theo bộ chỉ số cải cách hành chính và thứ 22/63 về chỉ số DTI.",
     [("par_index_rank", 4), ("dti_rank", 22)]),
])
def test_a_rank_s_ranking_is_the_one_its_own_words_name(text, expected):
    assert [(m, v) for m, v in facts(text, ("metric", "value")) if m.endswith("_rank")][:len(expected)] == expected


@pytest.mark.parametrize("lead", [
    "Vietnam ICT Index 2019 xếp tỉnh thứ 18/63 về mức độ sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.",
    "Năm 2019 tỉnh đứng thứ 18/63 về chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin.",
])
def test_a_bare_rank_after_the_ict_index_s_full_name_is_an_ict_rank(lead):
    """The ICT Index's full name ends in the e-government ranking's words ("ứng dụng công nghệ thông tin"): the
    longest name ending last names the ranking of the ranks after it."""
    text = lead + " Tỉnh bạn năm nay vươn lên vị trí 11/63, trong khi tỉnh láng giềng ở vị trí 25/63."
    assert [(m, v) for m, v in facts(text, ("metric", "value"))] == [
        ("ict_index_rank", 18), ("ict_index_rank", 11), ("ict_index_rank", 25)]


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024 tỉnh tiếp nhận 142.075 hồ sơ, trong đó 99.318 hồ sơ trực tuyến, tương ứng 69,91%.",
     [("dossiers_received", 142075), ("dossiers_online", 99318), ("dossiers_online_pct", 69.91)]),
    ("Năm 2024 có 1.540 dịch vụ công trực tuyến, trong đó 902 dịch vụ toàn trình, tương ứng với 58,57%.",
     [("services_total", 1540), ("services_full_process", 902), ("services_full_process_pct", 58.57)]),
])
def test_corresponding_to_after_a_count_states_its_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_the_predicate_after_a_count_and_its_share_is_both_s():
    # "…, tương ứng 60%, không phát sinh hồ sơ nào": the share counts the services with no dossiers, as the count does
    text = "Năm 2023, 300 dịch vụ mức độ 4, tương ứng 60%, không phát sinh hồ sơ nào."
    assert ("services_no_dossiers_pct", 60.0) in facts(text, ("metric", "value"))


@pytest.mark.parametrize("text,expected", [
    # a noun joined by "và" after the figure before it, with a share verb of its own, is its own subject
    ("Năm 2025 phấn đấu nâng tỷ lệ hồ sơ trực tuyến lên 70% và hài lòng của người dân đạt trên 94%.",
     [("dossiers_online_pct", 70.0), ("satisfaction_pct", 94.0)]),
    ("Năm 2024, tỷ lệ văn bản điện tử đạt 96% cùng hồ sơ trực tuyến đạt 61%.",
     [("edocs_pct", 96.0), ("dossiers_online_pct", 61.0)]),
    ("Năm 2024, tỷ lệ hồ sơ đúng hạn đạt 98,2% và sự hài lòng của tổ chức, cá nhân đạt 93,5%.",
     [("dossiers_ontime_pct", 98.2), ("satisfaction_pct", 93.5)]),
    # a plan's verb between "và" and the noun ("và phấn đấu mức độ hài lòng …") leaves the noun its own subject
    ("Năm 2025 tỉnh đặt mục tiêu 60% hồ sơ được nộp trực tuyến và phấn đấu mức độ hài lòng không dưới 95%.",
     [("dossiers_online_pct", 60.0), ("satisfaction_pct", 95.0)]),
    ("Năm 2025, 98% hồ sơ được giải quyết đúng hạn và đặt mục tiêu văn bản điện tử đạt 99%.",
     [("dossiers_ontime_pct", 98.0), ("edocs_pct", 99.0)]),
])
def test_a_coordinated_noun_with_its_own_share_verb_is_its_own_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage of the plan says how far the plan has come: no rate
    ("Sáu tháng đầu năm 2024 có 52.300 hồ sơ nộp trực tuyến, bằng 61% kế hoạch năm.", [("dossiers_online", 52300.0)]),
    ("Năm 2023 tỷ lệ văn bản điện tử đạt 97%, đạt 102% so với chỉ tiêu được giao.", [("edocs_pct", 97.0)]),
    ("Năm 2024 tỉnh cung cấp 1.640 dịch vụ công trực tuyến, bằng 98,5% của kế hoạch.", [("services_total", 1640.0)]),
    # a plan's own figure after the noun stays
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 62%, vượt mục tiêu 60%.", [("dossiers_online_pct", 62.0),
                                                                     ("dossiers_online_pct", 60.0)]),
])
def test_a_percentage_of_the_plan_is_progress_not_a_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "sớm hơn" (earlier) with "đúng" is on time, early included
    ("Năm 2023, 97,4% hồ sơ được trả kết quả đúng hoặc sớm hơn hạn hẹn.", [("dossiers_ontime_pct", 97.4)]),
    ("Năm 2023 có 12.800 hồ sơ giải quyết đúng hạn hoặc sớm hơn.", [("dossiers_ontime", 12800.0)]),
    # a portal receives and forwards: what it took in
    ("Năm 2024, cổng đã tiếp nhận, chuyển xử lý 85.300 hồ sơ.", [("dossiers_received", 85300.0)]),
    ("Năm 2024 hệ thống tiếp nhận và chuyển xử lý 85.300 hồ sơ.", [("dossiers_received", 85300.0)]),
])
def test_more_words_for_on_time_and_for_received(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a comma joining paired words cuts no clause: the noun before it is still the subject
    ("Năm 2024, văn bản đi, đến giữa các cơ quan nhà nước dưới dạng điện tử chiếm 96,8%.", [("edocs_pct", 96.8)]),
    ("Năm 2024 văn bản giữa các cơ quan được gửi, nhận dưới dạng điện tử tới 98,9%.", [("edocs_pct", 98.9)]),
    ("Năm 2024, văn bản đi giữa các sở, ngành dưới dạng điện tử đạt 96,1%.", [("edocs_pct", 96.1)]),
    ("Năm 2024 văn bản trao đổi giữa các sở, ban, ngành, địa phương dưới dạng điện tử đạt 97,3%.", [("edocs_pct", 97.3)]),
    ("Năm 2015, văn bản gửi giữa các phòng, ban của thị xã dưới dạng điện tử đạt 41%.", [("edocs_pct", 41)]),
    ("Năm 2015, 90% công chức mở hộp thư mỗi ngày và văn bản điện tử giữa các phòng, ban đạt 70%.",
     [("email_usage_pct", 90), ("edocs_pct", 70)]),
    # "còn" opening a clause: whereas the noun after it, with a verb of its own
    ("Năm 2024, mức hài lòng của người dân đạt 93,1%, còn văn bản điện tử giữa các cơ quan chiếm 97,5%.",
     [("satisfaction_pct", 93.1), ("edocs_pct", 97.5)]),
    # ... but a unit after it takes the rate before it
    ("Năm 2024 tỉnh A đạt tỷ lệ hồ sơ trực tuyến 74,1%, còn tỉnh B đạt 58,2%.",
     [("dossiers_online_pct", 74.1), ("dossiers_online_pct", 58.2)]),
])
def test_paired_words_and_a_whereas_clause_keep_the_noun_before_the_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2024 có 96 cơ quan, đơn vị sử dụng thư điện tử công vụ.",
    "Năm 2024, 96 cơ quan, đơn vị sử dụng hệ thống thư điện tử công vụ của tỉnh.",
    "Năm 2024 có 96 cơ quan khai thác hệ thống thư điện tử công vụ.",
])
def test_agencies_that_use_the_e_mail_system_said_after_their_count(text):
    assert facts(text) == [("email_agencies", 96.0)]


def test_agencies_that_use_something_else_are_no_e_mail_agencies():
    assert facts("Năm 2024 có 96 cơ quan sử dụng chữ ký số.") == []


@pytest.mark.parametrize("text,expected", [
    # a line opening with a share's verb after a line stating a count: that count's share
    ("Năm 2024\n📌 Số hồ sơ nộp qua mạng: 48.100 hồ sơ.\n📌 Tương ứng 61,2% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 48100.0), ("dossiers_online_pct", 61.2)]),
    ("Năm 2024\n- Dịch vụ công trực tuyến mức độ 4: 640 dịch vụ\n- Chiếm 35,5% tổng số dịch vụ công trực tuyến",
     [("services_level4", 640.0), ("services_level4_pct", 35.5)]),
])
def test_a_share_line_after_a_count_line_is_that_count_s_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sở đã trả kết quả 4.310 hồ sơ; còn 96 hồ sơ đang trong quá trình xử lý.",
     [("dossiers_resolved", 4310), ("dossiers_pending", 96)]),
    ("Đã có kết quả 12.005 hồ sơ, 418 hồ sơ đang trong quá trình giải quyết.",
     [("dossiers_resolved", 12005), ("dossiers_pending", 418)]),
])
def test_dossiers_still_in_the_process_of_being_handled_are_pending(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Quý III tiếp nhận 40.200 hồ sơ, có 25.010 hồ sơ nộp qua mạng, tỷ lệ chung 62,21%.",
    "Quý III tiếp nhận 40.200 hồ sơ, có 25.010 hồ sơ nộp qua mạng, tỷ lệ tương ứng là 62,21%.",
    "Quý III tiếp nhận 40.200 hồ sơ, có 25.010 hồ sơ nộp qua mạng, với tỷ lệ chung đạt 62,21%.",
])
def test_a_rate_word_with_a_modifier_after_counts_is_the_last_counts_share(text):
    assert facts(text) == [("dossiers_received", 40200), ("dossiers_online", 25010), ("dossiers_online_pct", 62.21)]


@pytest.mark.parametrize("text,expected", [
    ("Văn bản đi giữa các cơ quan hành chính dưới dạng điện tử (không kể văn bản mật) đạt 96,1%.", [("edocs_pct", 96.1)]),
    ("Hồ sơ nộp trực tuyến (kể cả qua bưu chính công ích) chiếm 58,3%.", [("dossiers_online_pct", 58.3)]),
    ("Năm 2024, thư điện tử công vụ đã cấp 4.100 tài khoản; hồ sơ giải quyết đúng hạn (theo hệ thống một cửa) đạt 97%.",
     [("email_accounts", 4100), ("dossiers_ontime_pct", 97)]),
])
def test_an_aside_closed_before_the_verb_is_none_of_the_subjects_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("box", ["[x]", "[ ]", "☑", "✅"])
def test_a_checklist_box_opening_the_line_is_none_of_its_words(box):
    text = f"Tiến độ các chỉ tiêu năm 2024:\n{box} Văn bản giữa các cơ quan được gửi dưới dạng điện tử đạt 98,2%."
    assert facts(text) == [("edocs_pct", 98.2)]


@pytest.mark.parametrize("marker", ["a)", "đ)", "3)", "■", "▪"])
def test_a_lettered_or_numbered_item_marker_opening_the_line_is_none_of_its_words(marker):
    text = f"Kết quả năm 2021:\n{marker} Văn bản đi, đến giữa các cơ quan được gửi dưới dạng điện tử đạt 95,4%."
    assert facts(text) == [("edocs_pct", 95.4)]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 71,2%, lần đầu vượt ngưỡng 70%.", [("dossiers_online_pct", 71.2)]),
    ("Tỷ lệ đúng hạn tuần này 97,9% (ngưỡng cảnh báo là 98%).", [("dossiers_ontime_pct", 97.9)]),
    ("Còn 9 xã có tỷ lệ trực tuyến dưới ngưỡng 40%; toàn huyện đạt 63,5%.", [("dossiers_online_pct", 63.5)]),
])
def test_a_value_named_a_threshold_is_no_figure(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Tỷ lệ đúng hạn quý I: 99,1% – Người dân hài lòng: 94,7%",
    "Tỷ lệ hồ sơ đúng hạn đạt 99,1%; doanh nghiệp hài lòng đạt 94,7%.",
    "Năm 2024 tỷ lệ giải quyết đúng hạn là 99,1%, người dùng hài lòng với cổng dịch vụ công đạt 94,7%.",
])
def test_those_satisfied_named_before_the_value_make_it_the_satisfaction_rate(text):
    # the rate word of the clause before names the other value only
    assert facts(text) == [("dossiers_ontime_pct", 99.1), ("satisfaction_pct", 94.7)]


@pytest.mark.parametrize("text", [
    "Hỏi 800 người dân, có 712 người trả lời hài lòng hoặc rất hài lòng, chiếm 89%.",
    "Trong 800 phiếu, 712 ý kiến cho biết hài lòng, tương đương 89%.",
    "Khảo sát 800 người, 712 người hài lòng với thái độ phục vụ (89%).",
])
def test_the_share_of_a_count_of_those_satisfied_is_the_satisfaction_rate(text):
    # the count of people satisfied is no figure of ours; its share is the satisfaction rate
    assert facts(text) == [("satisfaction_pct", 89)]


@pytest.mark.parametrize("text,expected", [
    # the satisfaction said after the share, past its parenthesis or apposition, is the count's predicate and its share's
    ("Hỏi 600 người đến làm thủ tục, 540 người (90%) cho biết hài lòng.", [("satisfaction_pct", 90)]),
    ("Trong số phiếu thu về, 270 doanh nghiệp, tức 75%, đánh giá rất hài lòng với cán bộ một cửa.",
     [("satisfaction_pct", 75)]),
    ("Có 412 hộ (82,4%) hài lòng với cách hướng dẫn của công chức xã.", [("satisfaction_pct", 82.4)]),
    # … not the other answers
    ("Chỉ 18 người (3%) không hài lòng.", []),
    ("Còn 42 ý kiến, tức 7%, cho biết chưa hài lòng vì phải đi lại nhiều lần.", []),
])
def test_satisfaction_said_after_a_count_s_share_makes_it_the_satisfaction_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Theo khảo sát, 93% bà con được hỏi hài lòng với bộ phận một cửa.",
    "Có 93% hộ gia đình cho biết hài lòng khi làm thủ tục qua mạng.",
    "Gần như cả thôn, tức 93% hộ dân, đã hài lòng với cách phục vụ.",
])
def test_households_and_villagers_satisfied_name_the_satisfaction_rate(text):
    assert [(m, v) for m, v in facts(text)] == [("satisfaction_pct", 93)]


@pytest.mark.parametrize("text,expected", [
    ("Mỗi khi nhìn lại, năm 2024 tỉnh tiếp nhận 90.400 hồ sơ.", [("dossiers_received", 90400)]),
    ("Mỗi lần tổng kết, năm 2024 tỉnh đều có trên 1.700 dịch vụ công trực tuyến.", [("services_total", 1700)]),
    # an average stays one
    ("Mỗi ngày Trung tâm tiếp nhận 350 hồ sơ.", []),
])
def test_each_time_opening_a_sentence_is_no_average(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Theo danh mục công bố của tỉnh, Hà Tĩnh có 1.990 thủ tục hành chính.", [("procedures_total", 1990)]),
    ("Căn cứ quyết định công bố của Chủ tịch UBND tỉnh, toàn tỉnh có 1.990 thủ tục hành chính.",
     [("procedures_total", 1990)]),
    # an act of announcing in the count's own clause stays one
    ("Theo kế hoạch, tỉnh công bố danh mục 45 thủ tục hành chính mới.", [("procedures_announced", 45)]),
])
def test_a_source_clause_opening_the_sentence_names_nothing_the_count_is(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("THƯ ĐIỆN TỬ CÔNG VỤ\nSố tài khoản đang hoạt động: 23.540.", [("email_accounts", 23540)]),
    ("[Biểu tượng: phong bì] Thư công vụ\nTài khoản đã cấp: 9.800", [("email_accounts", 9800)]),
    # accounts of another system under such a heading are none of them
    ("Định danh và thư công vụ\nToàn tỉnh có 2,1 triệu tài khoản định danh điện tử được kích hoạt.", []),
])
def test_accounts_under_a_heading_naming_the_email_system_are_its_accounts(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "the system" owning the accounts, the e-mail system named earlier in its paragraph
    ("Thư điện tử công vụ – hộp thư cấp cho cán bộ. Ở tỉnh: Hệ thống có 18.930 tài khoản.", [("email_accounts", 18930)]),
    ("Tháng 9 chuẩn hóa thư điện tử công vụ. Địa chỉ về một tên miền; hệ thống hiện có gần 12.400 tài khoản.",
     [("email_accounts", 12400)]),
    ("Hộp thư công vụ dùng tên miền của tỉnh. Hệ thống đang quản lý 7.215 tài khoản.", [("email_accounts", 7215)]),
    ("Hộp thư công vụ dùng tên miền của tỉnh. Hiện hệ thống quản lý hơn 8.100 tài khoản.", [("email_accounts", 8100)]),
    # … or in the article's title, the accounts in a paragraph of their own
    ("Thư điện tử công vụ: nhiều hộp thư, ít người dùng\nHệ thống vận hành từ năm 2010.\n"
     "Đến cuối tháng 7, hệ thống đã cấp 7.462 tài khoản cho công chức.", [("email_accounts", 7462)]),
    ("Thư điện tử công vụ: nhiều hộp thư, ít người dùng\nHệ thống vận hành từ năm 2010.\n"
     "Cổng dịch vụ công có 50.000 tài khoản.", []),
    # another system named as the owner, or the e-mail system named in no earlier sentence: none of them
    ("Tỉnh dùng thư điện tử công vụ từ lâu. Cổng dịch vụ công có 50.000 tài khoản.", []),
    ("Tỉnh đẩy mạnh số hóa. Hệ thống có 50.000 tài khoản.", []),
])
def test_accounts_of_the_system_a_paragraph_named_as_the_email_system(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Người dân, doanh nghiệp đánh giá hài lòng: 93,1% (qua thiết bị tại quầy).",
    "Người dân cho biết hài lòng: 93,1%.",
])
def test_those_who_say_they_are_satisfied_name_the_satisfaction_rate(text):
    assert facts(text) == [("satisfaction_pct", 93.1)]


@pytest.mark.parametrize("text,expected", [
    # a short label of the noun and its words right before a bare number, no copula
    ("Quý I tiếp nhận 4.862 hồ sơ, trong đó hồ sơ trực tuyến 3.105, chiếm 63,86%.",
     [("dossiers_received", 4862), ("dossiers_online", 3105), ("dossiers_online_pct", 63.86)]),
    ("Số hồ sơ đã giải quyết 4.790; quá hạn 37 hồ sơ.", [("dossiers_resolved", 4790), ("dossiers_late", 37)]),
    ("Toàn tỉnh tiếp nhận 98.745 hồ sơ; hồ sơ nộp trực tuyến 51.203 (chiếm 51,85%).",
     [("dossiers_received", 98745), ("dossiers_online", 51203), ("dossiers_online_pct", 51.85)]),
])
def test_a_label_written_right_before_a_bare_count_names_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Chỉ số phục vụ người dân trong thực hiện dịch vụ công của tỉnh đứng thứ 18/63.",  # a rank, not a count
    "Liên hệ hộp thư của Hội, số 27 đường Nguyễn Huệ, phường 1, thành phố Tân An.",  # a place's number
    "– Thư điện tử công vụ – 21.430 tài khoản – +1.215",  # a change in its own cell
])
def test_no_label_reading_for_ranks_addresses_or_changes(text):
    assert not [m for m, v in facts(text) if v in (63, 1, 1215)]


@pytest.mark.parametrize("text,expected", [
    # the dossiers that owe a fee are the base of the payment rate, not the dossiers received
    ("Quý I, tỉnh tiếp nhận 50.200 hồ sơ; trong 18.400 hồ sơ có phát sinh phí, lệ phí, có 9.020 hồ sơ được thanh toán "
     "trực tuyến.",
     [("dossiers_received", 50200), ("dossiers_with_fee", 18400), ("dossiers_paid_online", 9020)]),
    ("Trên tổng số 7.310 hồ sơ có thu phí, mới có 2.045 hồ sơ thanh toán qua mạng.",
     [("dossiers_with_fee", 7310), ("dossiers_paid_online", 2045)]),
    ("Số hồ sơ phải nộp phí trong năm là 12.600.", [("dossiers_with_fee", 12600)]),
    # a share of them paid online stays the payment rate
    ("Năm trước chỉ 38,2% hồ sơ có phí được thanh toán trực tuyến.", [("dossiers_paid_online_pct", 38.2)]),
])
def test_dossiers_that_owe_a_fee_are_counted_as_such(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # places of other provinces after a verb of standing behind or ahead of them, the ranking named in the title
    ("Yên Bái tăng 13 bậc về ICT Index 2017\nSo với láng giềng, tỉnh vẫn đứng sau Lào Cai (15/63) và Phú Thọ (21/63).",
     [("ict_index_rank", 15, "Lào Cai"), ("ict_index_rank", 21, "Phú Thọ")]),
    ("Về chỉ số chuyển đổi số (DTI) năm 2022, Sơn La xếp trên Điện Biên (58/63) nhưng xếp sau Lai Châu (44/63).",
     [("dti_rank", 58, "Điện Biên"), ("dti_rank", 44, "Lai Châu")]),
])
def test_places_of_provinces_a_province_stands_behind_or_ahead_of(text, expected):
    assert facts(text, ("metric", "value", "province")) == expected


@pytest.mark.parametrize("text,expected", [
    # the dossier noun and its kind label the percentage right after them, no verb between
    ("Năm 2022, hồ sơ được giải quyết đúng và trước hạn 99,12%.", [("dossiers_ontime_pct", 99.12)]),
    ("Quý I, hồ sơ nộp qua mạng 38,4%; hồ sơ trả kết quả trễ hạn 0,6%.",
     [("dossiers_online_pct", 38.4), ("dossiers_late_pct", 0.6)]),
    # a noun with no kind labels nothing
    ("Năm 2022, hồ sơ của người dân 99,12%.", []),
])
def test_a_dossier_noun_and_its_kind_label_the_percentage_after_them(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the average a share is compared with is the average of that share, not of the sentence's first rate
    ("Năm 2019, tỷ lệ đúng hạn của huyện đạt 98,86%; hồ sơ trực tuyến là 389 hồ sơ, đạt 5,25%, cao hơn mức bình quân "
     "của tỉnh (toàn tỉnh 3,91%).", [("dossiers_ontime_pct", 98.86), ("dossiers_online", 389),
                                   ("dossiers_online_pct", 5.25), ("dossiers_online_pct", 3.91)]),
    ("Tỷ lệ hài lòng đạt 97%; tỷ lệ hồ sơ trễ hạn chỉ 0,8%, thấp hơn bình quân chung của tỉnh (1,9%).",
     [("satisfaction_pct", 97), ("dossiers_late_pct", 0.8), ("dossiers_late_pct", 1.9)]),
])
def test_an_average_compared_with_a_share_is_that_share_s_average(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the portal named by its common noun alone is the online channel
    ("Năm 2023 thành phố tiếp nhận 412.530 hồ sơ, trong đó 118.764 hồ sơ nộp qua Cổng (chiếm 28,79%).",
     [("dossiers_received", 412530), ("dossiers_online", 118764), ("dossiers_online_pct", 28.79)]),
    ("Quý II có 7.140 hồ sơ gửi qua cổng, tăng mạnh so với quý I.", [("dossiers_online", 7140)]),
    # … a payment gateway is payment
    ("Có 2.310 hồ sơ thanh toán phí qua cổng thanh toán quốc gia.", [("dossiers_paid_online", 2310)]),
])
def test_dossiers_sent_through_the_portal_are_online(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rank in a sentence pointing to the first or second ranking the sentence before named
    ("Tỉnh vừa nhận kết quả của Vietnam ICT Index năm 2018 và của bảng xếp hạng chính quyền điện tử năm 2018. Ở bảng "
     "thứ nhất, tỉnh xếp thứ 30/63. Ở bảng thứ hai, tỉnh xếp thứ 25/63.",
     [("ict_index_rank", 30.0), ("egov_rank", 25.0)]),
    ("Sở báo cáo hai kết quả: xếp hạng chính quyền điện tử năm 2019 và chỉ số DTI năm 2020. Theo báo cáo đầu tiên, "
     "tỉnh đứng thứ 12/63.", [("egov_rank", 12.0)]),
])
def test_a_rank_pointing_to_the_first_or_second_ranking_named_before_takes_that_one(text, expected):
    assert [(m, v) for m, v in facts(text) if m.endswith("_rank")] == expected


@pytest.mark.parametrize("text", [
    # a noun subject, then a verb of standing at a level or of estimating, then the share
    "Năm 2019, văn bản điện tử giữa các sở mới ở mức 62,5%.",
    "Năm 2019, văn bản điện tử chỉ ở mức 62,5% dù phần mềm đã liên thông.",
    "Năm 2019, văn bản trao đổi dưới dạng điện tử ước chừng 62,5%.",
])
def test_a_noun_standing_at_a_level_gives_its_share(text):
    assert [(m, v) for m, v in facts(text)] == [("edocs_pct", 62.5)]


@pytest.mark.parametrize("text,expected", [
    # the rank's own words repeating the tail of the full name of an index named before it keep that index
    ("Theo kết quả Vietnam ICT Index năm 2017, tỉnh Hòa Bình xếp thứ 45/63 về ứng dụng công nghệ thông tin trong các "
     "cơ quan nhà nước.", [("ict_index_rank", 45.0)]),
    ("Ở bảng ICT Index 2019 công bố tháng trước, Sơn La đứng thứ 52/63 về ứng dụng công nghệ thông tin.",
     [("ict_index_rank", 52.0)]),
    # … with no index named before them, the words name their own ranking
    ("Năm 2014, tỉnh xếp thứ 19/63 về ứng dụng công nghệ thông tin trong cơ quan nhà nước.", [("egov_rank", 19.0)]),
    # … and words naming a ranking of their own, no part of the index named before, still name it
    ("Trong năm 2021, khi Vietnam ICT Index không còn công bố, tỉnh đứng thứ 18/63 về chuyển đổi số.",
     [("dti_rank", 18.0)]),
])
def test_own_words_repeating_part_of_an_index_s_name_keep_that_index(text, expected):
    assert [(m, v) for m, v in facts(text) if m.endswith("_rank")] == expected


@pytest.mark.parametrize("text,expected", [
    # a bare place in a paragraph that names no ranking belongs to the one the paragraph before named last
    ("Kết quả xếp hạng\n\nTheo Vietnam ICT Index 2019, tỉnh xếp thứ 24/63.\n\nNăm 2018, tỉnh chỉ đứng thứ 40/63.",
     [("ict_index_rank", 24.0), ("ict_index_rank", 40.0)]),
    ("Kết quả xếp hạng\n\nChỉ số DTI năm 2022 đưa tỉnh lên thứ 15/63.\n\nVề sau, tỉnh láng giềng Bình Phước xếp thứ "
     "33/63.", [("dti_rank", 15.0), ("dti_rank", 33.0)]),
    # … not one whose sentence names an index of its own, nor one ranking what a figure before it counts
    ("Kết quả xếp hạng\n\nTheo Vietnam ICT Index 2019, tỉnh xếp thứ 24/63.\n\nChỉ số SIPAS của tỉnh đứng thứ 30/63.",
     [("ict_index_rank", 24.0)]),
    ("Kết quả xếp hạng\n\nTheo Vietnam ICT Index 2019, tỉnh xếp thứ 24/63.\n\nTỉnh có 410 dịch vụ công trực tuyến, "
     "đứng thứ 20/63.", [("ict_index_rank", 24.0)]),
])
def test_a_bare_place_takes_the_ranking_the_paragraph_before_named(text, expected):
    assert [(m, v) for m, v in facts(text) if m.endswith("_rank")] == expected


@pytest.mark.parametrize("text,expected", [
    # a bare place far from any ranking's name belongs to the one index the article named before it …
    ("Kết quả xếp hạng\n\nTheo Vietnam ICT Index 2018, tỉnh xếp thứ 30/63.\n\nNhiều xã đã có đường truyền riêng.\n\n"
     "Trong cùng bảng xếp hạng, tỉnh láng giềng Quảng Bình (36/63) đứng sau.",
     [("ict_index_rank", 30.0), ("ict_index_rank", 36.0)]),
    ("Chuyển đổi số\n\nChỉ số DTI năm 2021 đưa tỉnh lên thứ 18/63.\n\nCác huyện đã số hóa hồ sơ.\n\n"
     "Năm trước, tỉnh chỉ đứng thứ 29/63.", [("dti_rank", 18.0), ("dti_rank", 29.0)]),
    # … not when it named two or more
    ("Kết quả xếp hạng\n\nTheo Vietnam ICT Index 2018, tỉnh xếp thứ 30/63; PAR Index xếp thứ 12/63.\n\n"
     "Nhiều xã đã có đường truyền riêng.\n\nTỉnh láng giềng Quảng Bình (36/63) đứng sau.",
     [("ict_index_rank", 30.0), ("par_index_rank", 12.0)]),
])
def test_a_bare_place_far_from_any_ranking_takes_the_article_s_only_index(text, expected):
    assert [(m, v) for m, v in facts(text) if m.endswith("_rank")] == expected


@pytest.mark.parametrize("text,expected", [
    # a share whose named base is the online dossiers is a share of them, not the online rate (and its count a part of
    # them, no online total: test_extract's test_a_count_measured_against_the_online_dossiers_is_a_part_of_them)
    ("Năm 2023, 12.400 hồ sơ được nộp qua ứng dụng di động, bằng 18,5% số hồ sơ trực tuyến.", []),
    ("Quý II, có 3.050 hồ sơ trực tuyến của người dân, chiếm 61% tổng số hồ sơ nộp trực tuyến.", []),
    # a base of all dossiers keeps the online rate
    ("Năm 2023, có 12.400 hồ sơ trực tuyến, bằng 18,5% số hồ sơ tiếp nhận.",
     [("dossiers_online", 12400.0), ("dossiers_online_pct", 18.5)]),
])
def test_a_share_of_the_online_dossiers_is_no_online_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count per so many people is a rate, no total: before ("cứ 10.000 dân có") or after ("trên mỗi 1.000 dân")
    ("Năm 2022, bình quân cứ 10.000 dân có 1.950 hồ sơ trực tuyến.", []),
    ("Năm 2022, huyện A dẫn đầu với 880 hồ sơ trực tuyến trên mỗi 1.000 người dân.", []),
    ("Năm 2022, mỗi 1.000 dân có 75 tài khoản thư điện tử công vụ.", []),
    # the people counted next to a total are no "per"
    ("Năm 2022, tỉnh có 900.000 dân và tiếp nhận 212.000 hồ sơ.", [("dossiers_received", 212000.0)]),
])
def test_a_count_per_so_many_people_is_no_total(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # "X trong số Y hồ sơ" with no kind: X is a part of the dossiers received, so not all of them; it counts what the
    # paragraph's rate does
    ("Năm 2020, ở cấp huyện, 640 trong số 3.200 hồ sơ được nộp qua mạng, đạt 20%; còn ở cấp xã chỉ có 90 trong số "
     "4.500 hồ sơ, tức 2%.",
     [("dossiers_online", 640.0), ("dossiers_received", 3200.0), ("dossiers_online_pct", 20.0),
      ("dossiers_online", 90.0), ("dossiers_received", 4500.0), ("dossiers_online_pct", 2.0)]),
    # with no rate said before it, it is no figure of ours
    ("Năm 2020, xã có 90 trong số 4.500 hồ sơ.", []),
    # its own noun naming no kind, it is the same part of its own whole as the item before
    ("Năm 2020, xã A có 198 hồ sơ trực tuyến trên 1.204 hồ sơ, đạt 16,45%; xã B với 176 hồ sơ trên 1.087 hồ sơ.",
     [("dossiers_online", 198.0), ("dossiers_received", 1204.0), ("dossiers_online_pct", 16.45),
      ("dossiers_online", 176.0), ("dossiers_received", 1087.0)]),
])
def test_a_part_out_of_the_dossiers_received_is_not_all_of_them(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the first count's noun between, then "trên" / "trong" and a number: out of (the base, exact)
    ("Năm 2021, xã A có 198 hồ sơ trực tuyến trên 1.204 hồ sơ, đạt 16,45%.",
     [("dossiers_online", 198.0, "exact"), ("dossiers_received", 1204.0, "exact"),
      ("dossiers_online_pct", 16.45, "exact")]),
    ("Năm 2021, xã B chỉ có 41 hồ sơ trực tuyến trong 968 hồ sơ.",
     [("dossiers_online", 41.0, "exact"), ("dossiers_received", 968.0, "exact")]),
    # after a comma, "trên" is "more than" again
    ("Năm 2021, tỉnh có 18.355 hồ sơ trực tuyến, trên 1.000 hồ sơ đúng hạn.",
     [("dossiers_online", 18355.0, "exact"), ("dossiers_ontime", 1000.0, "more_than")]),
])
def test_a_count_out_of_another_after_its_noun_is_its_base(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # x out of y, the first count's noun, "trong tổng số" / "trên tổng số" and y: the words after y say what x counts
    ("Ở bậc tiểu học, có 14.388 hồ sơ trong tổng số 21.460 hồ sơ tuyển sinh được nộp qua mạng, đạt 67,05%.",
     [("dossiers_online", 14388), ("dossiers_received", 21460), ("dossiers_online_pct", 67.05)]),
    ("Năm 2022, xã Phú Lâm có 96 hồ sơ trên tổng số 1.420 hồ sơ nộp trực tuyến.",
     [("dossiers_online", 96), ("dossiers_received", 1420)]),
    # a predicate of the first count's own says what it counts (sent back to be completed), the base's own words what it
    # counts: no part of the base's kind
    ("Năm 2017 có 1.126 hồ sơ phải bổ sung trong tổng số 4.105 hồ sơ nộp qua mạng, tức 27,43%.",
     [("dossiers_returned", 1126), ("dossiers_online", 4105), ("dossiers_returned_pct", 27.43)]),
])
def test_x_out_of_y_after_x_s_noun_counts_what_the_words_after_y_say(text, expected):
    assert facts(text) == expected



@pytest.mark.parametrize("text,expected", [
    # a count of months and its year opening the clause lead to the noun that is the share's subject
    ("Đại biểu nêu: 11 tháng năm 2017 hồ sơ nộp qua mạng chỉ chiếm 1,9% tổng số hồ sơ.", [("dossiers_online_pct", 1.9)]),
    ("Theo báo cáo, 6 tháng đầu năm 2024 văn bản điện tử đạt 97%.", [("edocs_pct", 97.0)]),
    ("Quý III/2024 hồ sơ trực tuyến đạt 61%.", [("dossiers_online_pct", 61.0)]),
])
def test_a_period_of_months_opening_the_clause_leads_to_the_subject(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the share after a rating's negative answer is no satisfaction rate
    ("Năm 2022, có 6.571 lượt hài lòng (95,1%) và 128 lượt không hài lòng (1,9%).", [95.1]),
    ("Năm 2022, 4.127 phiếu hài lòng, chiếm 91,47%; 96 phiếu chưa hài lòng, bằng 2,13%.", [91.47]),
])
def test_the_share_of_a_negative_answer_is_no_satisfaction_rate(text, expected):
    assert [v for m, v in facts(text, ("metric", "value")) if m == "satisfaction_pct"] == expected


@pytest.mark.parametrize("text,expected", [
    # a value compared with, followed by its own time ("so với 1,72% của năm 2018"): the same rate then
    ("Năm 2019, tỷ lệ hồ sơ trực tuyến đạt 6,04%, cao hơn nhiều so với 1,72% của năm 2018.",
     [("dossiers_online_pct", 6.04, 2019), ("dossiers_online_pct", 1.72, 2018)]),
    ("Năm 2015, tỷ lệ văn bản điện tử đạt 61%, tăng so với 48% của cùng kỳ năm 2014.",
     [("edocs_pct", 61, 2015), ("edocs_pct", 48, 2014)]),
    # a change compared with a year is no value of it
    ("Năm 2015, tỷ lệ văn bản điện tử đạt 61%, tăng 13% so với năm 2014.", [("edocs_pct", 61, 2015)]),
    # a count compared with, its noun then its own time: the same count then
    ("Năm 2016 có 2.735 hồ sơ được nộp qua mạng, chiếm 4,41%, gấp hơn hai lần so với 1.208 hồ sơ của cùng kỳ năm 2015.",
     [("dossiers_online", 2735, 2016), ("dossiers_online_pct", 4.41, 2016), ("dossiers_online", 1208, 2015)]),
    ("Năm 2020 tỉnh cấp 5.400 hộp thư, chiếm 90%, tăng so với 4.100 hộp thư của năm 2019.",
     [("email_accounts", 5400, 2020), ("email_issued_pct", 90, 2020), ("email_accounts", 4100, 2019)]),
])
def test_a_value_compared_with_and_its_own_time_is_the_same_rate_then(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # … or "cùng kỳ" and its year right after the number or its noun, with no "của"
    ("Sáu tháng năm 2019, tỉnh tiếp nhận 88.204 hồ sơ, tăng so với 79.615 hồ sơ cùng kỳ năm 2018.",
     [("dossiers_received", 88204, 2019), ("dossiers_received", 79615, 2018)]),
    ("Quý I/2021, tỉnh đã cấp 6.350 hộp thư công vụ (so với 5.900 hộp thư cùng kỳ năm 2020).",
     [("email_accounts", 6350, 2021), ("email_accounts", 5900, 2020)]),
    ("Chín tháng năm 2017, tỷ lệ hồ sơ trực tuyến đạt 4,2%, cao hơn 2,9% cùng kỳ năm 2016.",
     [("dossiers_online_pct", 4.2, 2017), ("dossiers_online_pct", 2.9, 2016)]),
])
def test_a_value_compared_with_and_the_same_period_of_its_year(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2021-10-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a value compared with and named "con số" ("the figure"): the same count then, not a document number
    ("Năm 2021, tỉnh có 231 dịch vụ mức độ 4, tăng mạnh so với con số 60 dịch vụ của năm 2019.",
     [("services_level4", 231, 2021), ("services_level4", 60, 2019)]),
    ("Năm 2020, tỉnh cấp 5.400 hộp thư công vụ, vượt xa con số 3.100 hộp thư của năm 2017.",
     [("email_accounts", 5400, 2020), ("email_accounts", 3100, 2017)]),
])
def test_a_value_named_con_so_is_the_same_count_then(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2021-10-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # requests for a service are its dossiers, counted like them
    ("Năm 2020, Sở Tư pháp tiếp nhận 5.210 yêu cầu cấp phiếu lý lịch tư pháp, trong đó 2.004 yêu cầu được nộp trực tuyến, "
     "chiếm 38,46%.", [("dossiers_received", 5210, "actual"), ("dossiers_online", 2004, "actual"),
                      ("dossiers_online_pct", 38.46, "actual")]),
    ("Năm 2021, công ty nhận 812 yêu cầu qua mạng.", [("dossiers_online", 812, "actual")]),
    # a demand met or exceeded is no request counted: the share before it keeps its own reading
    ("Tỉnh có 1.850 thủ tục. Riêng mức độ 4 đã chiếm 53,34% tổng số thủ tục, vượt xa yêu cầu 30% của Chính phủ.",
     [("procedures_total", 1850, "actual"), ("services_level4_pct", 53.34, "actual")]),
    # a directive still sets a plan, and a number before it that is a year or a document's number counts nothing
    ("Nghị quyết số 17/NQ-CP ngày 7/3/2019 yêu cầu đến năm 2030 tỷ lệ hồ sơ trực tuyến đạt trên 80%.",
     [("dossiers_online_pct", 80, "target")]),
])
def test_requests_for_a_service_are_its_dossiers(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2021-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the share of a count of documents its own words call electronic, the count itself no figure of ours
    ("Năm 2015, huyện gửi 1.126 văn bản điện tử tới các xã, chiếm 64,64%.", [("edocs_pct", 64.64)]),
    ("Năm 2015, có 1.126 văn bản được gửi điện tử tới các xã, chiếm 64,64% tổng số văn bản đi.", [("edocs_pct", 64.64)]),
    ("Quý I, Sở phát hành 3.904 văn bản qua môi trường mạng, bằng 88,1%.", [("edocs_pct", 88.1)]),
    # documents not called electronic: no share of ours
    ("Năm 2015, huyện gửi 1.126 văn bản tới các xã, chiếm 64,64%.", []),
])
def test_the_share_of_a_count_of_electronic_documents_is_the_e_document_rate(text, expected):
    assert [f for f in facts(text) if f[0].endswith("_pct")] == expected


@pytest.mark.parametrize("text,expected", [
    # "giữa A và B" names one pair: the subject is the noun before it, not B
    ("Năm 2015, văn bản gửi giữa huyện và các xã dưới dạng điện tử mới đạt 78%.", [("edocs_pct", 78.0)]),
    ("Năm 2016, văn bản điện tử giữa các sở và UBND cấp huyện đạt 91,5%.", [("edocs_pct", 91.5)]),
    # a second subject after "và" with no "giữa" before it is its own
    ("Năm 2020, 98,92% hồ sơ được giải quyết đúng hạn và mức độ hài lòng của người dân đạt 96,4%.",
     [("dossiers_ontime_pct", 98.92), ("satisfaction_pct", 96.4)]),
])
def test_between_a_and_b_joins_no_two_subjects(text, expected):
    assert facts(text, meta={"published": "2021-01-10"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a count right after "so với", its noun its own: the level compared with, not a change
    ("Trong tháng, Trung tâm tiếp nhận 6.482 hồ sơ, tăng so với 4.915 hồ sơ của tháng trước.",
     [("dossiers_received", 6482.0, "exact"), ("dossiers_received", 4915.0, "exact")]),
    ("Năm 2019 có 2.210 hồ sơ nộp qua mạng, giảm so với 2.604 hồ sơ của năm 2018.",
     [("dossiers_online", 2210.0, "exact"), ("dossiers_online", 2604.0, "exact")]),
    # "hơn" after a comparative compares with a level: exact, not more than
    ("Quý I/2014, tỉnh tiếp nhận 38.120 hồ sơ, cao hơn 31.407 hồ sơ của quý I/2013.",
     [("dossiers_received", 38120.0, "exact"), ("dossiers_received", 31407.0, "exact")]),
    ("Năm 2014, tỉnh có hơn 7.000 tài khoản thư điện tử.", [("email_accounts", 7000.0, "more_than")]),
    # a number after the compared period is the change
    ("Số hồ sơ trực tuyến tăng so với cùng kỳ 1.200 hồ sơ.", []),
])
def test_the_level_compared_with_is_a_figure_of_its_time(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # "số hồ sơ … là N", naming no state of the flow: the number of dossiers that came in
    ("Năm 2019, số hồ sơ xin phép xây dựng là 1.326.", [("dossiers_received", 1326.0)]),
    ("Cùng kỳ năm 2014, số hồ sơ loại này là 1.512.", [("dossiers_received", 1512.0)]),
    ("Đơn vị: Sở Xây dựng; Hồ sơ: 1.128; Trực tuyến: 97.", [("dossiers_received", 1128.0), ("dossiers_online", 97.0)]),
    # … or the level a change reached
    ("Tháng 3/2020, số hồ sơ tăng lên 1.904, với 211 hồ sơ qua mạng.",
     [("dossiers_received", 1904.0), ("dossiers_online", 211.0)]),
    ("Năm 2021, tổng số hồ sơ của huyện tăng lên 38.150.", [("dossiers_received", 38150.0)]),
    # a state, a level or an attribute named: read as it says, or no plain number of dossiers
    ("Năm 2019, số hồ sơ trực tuyến là 3.914.", [("dossiers_online", 3914.0)]),
    ("Số hồ sơ ở mức độ 4 là 173, phần còn lại ở mức độ 3.", [("dossiers_online_level4", 173.0)]),
    ("Tỷ lệ đúng hạn: 98,82%     Hồ sơ có kết quả điện tử: 52.870", [("dossiers_ontime_pct", 98.82)]),
])
def test_the_number_of_dossiers_naming_no_state_came_in(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count whose subject names dossiers and then a level only: online dossiers at that level
    ("Năm 2020, số hồ sơ mức độ 4 là 8.412.", [("dossiers_online_level4", 8412)]),
    ("Riêng hồ sơ mức độ 3 đạt 21.930.", [("dossiers_online_level3", 21930)]),
    ("Trong quý, hồ sơ ở mức độ 4 lên tới 3.006.", [("dossiers_online_level4", 3006)]),
    # … but a rate named by a level after counts of services is theirs
    ("Tỉnh có 300 dịch vụ mức độ 3 và 120 dịch vụ mức độ 4; tỷ lệ mức độ 4 là 28,6%.",
     [("services_level3", 300), ("services_level4", 120), ("services_level4_pct", 28.6)]),
])
def test_a_dossier_subject_naming_only_a_level_counts_online_dossiers_at_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share continuing the issued share, whose own words after it name use, is the usage rate
    ("Năm 2019, 100% cán bộ cấp huyện đã được cấp hộp thư, 78,5% thường xuyên sử dụng trong công việc.",
     [("email_issued_pct", 100), ("email_usage_pct", 78.5)]),
    ("Năm 2019, 96% công chức được cấp hộp thư công vụ, khoảng 70% dùng hằng ngày.",
     [("email_issued_pct", 96), ("email_usage_pct", 70)]),
    # … one naming no use stays the issued share
    ("Năm 2019, 100% cán bộ cấp tỉnh đã được cấp hộp thư, cấp xã 92%.",
     [("email_issued_pct", 100), ("email_issued_pct", 92)]),
])
def test_a_continued_share_naming_use_after_it_is_the_usage_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an outcome of the deadline right after a share, after a count of the results handed out: the on-time rate
    # (the count of papers issued is the dossiers resolved: test_papers_issued_are_the_dossiers_resolved)
    ("Năm 2021, Sở đã cấp 742 giấy phép xây dựng, 100% đúng hạn.",
     [("dossiers_resolved", 742.0), ("dossiers_ontime_pct", 100.0)]),
    ("Quý I, phòng trả 1.305 giấy chứng nhận quyền sử dụng đất, 97,8% đúng hẹn.",
     [("dossiers_resolved", 1305.0), ("dossiers_ontime_pct", 97.8)]),
    ("Chi cục đã ban hành 86 quyết định, 100% đúng và trước hạn, không hồ sơ nào trễ.", [("dossiers_ontime_pct", 100.0)]),
    ("Bộ phận một cửa trả 2.410 kết quả, 3,1% trước hạn.", [("dossiers_early_pct", 3.1)]),
    # not after a count of a noun of another kind ("nhiệm vụ": tasks), nor another predicate than the deadline's
    ("Năm 2021, sở hoàn thành 14 nhiệm vụ, 100% đúng hạn.", [("tasks_assigned", 14.0)]),
    ("Huyện có 19 xã, 100% đạt chuẩn nông thôn mới.", []),
])
def test_a_deadline_outcome_after_a_count_of_results_handed_out_is_the_on_time_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share handed back or handled by the deadline, its noun left out or one no metric of ours names (the papers
    # handed back): the on-time rate
    ("Chín tháng qua, 99,2% được trả kết quả đúng hẹn.", [("dossiers_ontime_pct", 99.2)]),
    ("Năm 2022, 98,1% phiếu lý lịch tư pháp được trả đúng hẹn.", [("dossiers_ontime_pct", 98.1)]),
    ("Trong quý, 100% giấy phép lái xe được cấp đúng hạn.", [("dossiers_ontime_pct", 100.0)]),
    ("Năm 2022, 1,4% hộ chiếu được trả trễ hẹn do phải xác minh.", [("dossiers_late_pct", 1.4)]),
    # not citizens' feedback nor a noun of ours of another kind, nor a predicate naming no deadline
    ("Năm 2022, 97% phản ánh được xử lý đúng hạn.", []),
    ("Năm 2022, 100% văn bản được gửi đúng hạn.", []),
    ("Năm 2022, 95% giấy phép được cấp qua bưu điện.", []),
])
def test_a_share_handed_back_by_the_deadline_is_the_on_time_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a bound right before a share whose subject is its noun ("chưa tới", "chưa đến", "dưới", "trên") bounds the
    # value; it is no predicate of the noun ("chưa" is no negation there)
    ("Năm 2018, hồ sơ qua mạng chưa tới 3%.", [("dossiers_online_pct", 3.0, "less_than")]),
    ("Tại thị xã Ninh Hòa, hồ sơ nộp trực tuyến chưa đến 6% trong năm 2018.", [("dossiers_online_pct", 6.0, "less_than")]),
    ("Năm 2018, hồ sơ giải quyết đúng hạn trên 97%.", [("dossiers_ontime_pct", 97.0, "more_than")]),
])
def test_a_bound_before_a_share_is_no_predicate_of_its_noun(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # with no verb, the bound stands for it: the noun before it is the share's subject, of any head
    ("Năm 2017, văn bản gửi nhận dưới dạng điện tử giữa các cơ quan chưa đến 35%.", [("edocs_pct", 35.0, "less_than")]),
    ("Năm 2017, văn bản điện tử dưới 40%, còn hồ sơ trực tuyến chưa tới 1%.",
     [("edocs_pct", 40.0, "less_than"), ("dossiers_online_pct", 1.0, "less_than")]),
    ("Năm 2017, cán bộ sử dụng thư điện tử thường xuyên trên 70%.", [("email_usage_pct", 70.0, "more_than")]),
    # not right after the figure before in its clause: that figure's noun, its own predicate after it
    ("Năm 2017, 100% cán bộ được cấp hộp thư công vụ và trên 85% thường xuyên sử dụng.",
     [("email_issued_pct", 100.0, "exact"), ("email_usage_pct", 85.0, "more_than")]),
])
def test_a_bound_with_no_verb_stands_for_the_verb_of_its_subject(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


@pytest.mark.parametrize("text,expected", [
    # papers a procedure hands out, counted after the verb that issues them or before its passive: the dossiers
    # resolved
    ("Năm 2021, Sở Giao thông vận tải đã cấp 2.415 giấy phép lái xe quốc tế.", [("dossiers_resolved", 2415.0)]),
    ("Quý I/2023, phòng tư pháp cấp đổi hơn 640 giấy xác nhận tình trạng hôn nhân.", [("dossiers_resolved", 640.0)]),
    ("Sáu tháng năm 2020, 912 giấy chứng nhận đăng ký hộ kinh doanh đã được cấp.", [("dossiers_resolved", 912.0)]),
    ("Năm 2022, Sở Tư pháp cấp 5.306 phiếu lý lịch tư pháp, 99% đúng hạn.",
     [("dossiers_resolved", 5306.0), ("dossiers_ontime_pct", 99.0)]),
    # a part when the sentence counts the resolved dossiers already; not identity cards, certified copies or codes
    ("Năm 2022, Sở đã giải quyết 1.870 hồ sơ, trong đó cấp 1.402 giấy phép xây dựng.", [("dossiers_resolved", 1870.0)]),
    ("Năm 2023, công an tỉnh cấp 48.300 thẻ căn cước cho người dân.", []),
    ("Năm 2023, các xã đã cấp 7.215 bản sao điện tử từ bản chính.", []),
    ("Năm 2022, bưu điện chuyển trả 1.540 phiếu lý lịch tư pháp tận nhà.", []),
    # papers counted with no issuing verb are no dossiers
    ("Năm 2023, tỉnh còn 312 giấy phép hết hạn chưa gia hạn.", []),
])
def test_papers_issued_are_the_dossiers_resolved(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a province's place in the parenthesis after its name, the ranking's words after it in the sentence or the
    # ranking named before in the article
    ("Theo Vietnam ICT Index 2015, Bắc Giang xếp thứ 24/63. Trong vùng, Lạng Sơn (40/63) và Thái Nguyên (18/63) "
     "đứng trước và sau Bắc Giang trên bảng xếp hạng.",
     [("ict_index_rank", 24.0, "Bắc Giang"), ("ict_index_rank", 40.0, "Lạng Sơn"), ("ict_index_rank", 18.0, "Thái Nguyên")]),
    ("Theo Vietnam ICT Index 2016, Phú Yên xếp thứ 35/63. Năm nay Phú Yên đã vượt tỉnh láng giềng Gia Lai (45/63).",
     [("ict_index_rank", 35.0, "Phú Yên"), ("ict_index_rank", 45.0, "Gia Lai")]),
    # not a province's capital, nor a fraction of counted things after its name
    ("Theo Vietnam ICT Index 2016, Phú Yên xếp thứ 35/63. Thành phố Tuy Hòa (12/14) đạt điểm cao nhất.",
     [("ict_index_rank", 35.0, "Phú Yên")]),
    ("Theo Vietnam ICT Index 2016, Phú Yên xếp thứ 35/63. Gia Lai (17/17 huyện) đã nối mạng.",
     [("ict_index_rank", 35.0, "Phú Yên")]),
])
def test_a_province_s_place_in_its_parenthesis_is_its_rank(text, expected):
    assert facts(text, ("metric", "value", "province")) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of provinces each with "thứ N/63", the ranking verb said once or not at all
    ("Theo Vietnam ICT Index 2019, ba tỉnh đứng đầu: Quảng Ninh thứ 4/63; Hải Phòng thứ 9/63; Bắc Ninh thứ 6/63.",
     [("ict_index_rank", 4.0, "Quảng Ninh"), ("ict_index_rank", 9.0, "Hải Phòng"), ("ict_index_rank", 6.0, "Bắc Ninh")]),
    ("Trên bảng xếp hạng ICT Index 2017, các tỉnh lân cận: Sơn La thứ 47/63, Yên Bái thứ 52/63.",
     [("ict_index_rank", 47.0, "Sơn La"), ("ict_index_rank", 52.0, "Yên Bái")]),
    # (not a district's place among districts, nor an ordinal with no ranking anywhere)
    ("Theo Vietnam ICT Index 2019, Quảng Ninh thứ 4/63; huyện Tiên Yên thứ 3/14.",
     [("ict_index_rank", 4.0, "Quảng Ninh")]),
    ("Năm 2020, Sơn La thứ 47/63 về số hồ sơ.", []),
])
def test_a_province_named_right_before_an_ordinal_out_of_all_provinces_is_its_rank(text, expected):
    assert facts(text, ("metric", "value", "province")) == expected


@pytest.mark.parametrize("text,expected", [
    # the readiness index named short ("Chỉ số sẵn sàng ứng dụng CNTT") is the ICT Index, not e-government
    ("Chỉ số sẵn sàng ứng dụng công nghệ thông tin: Lào Cai ở nhóm giữa\n\nNăm 2018, Lào Cai xếp thứ 22/63.",
     [("ict_index_rank", 22.0)]),
    ("Mức độ sẵn sàng cho ứng dụng công nghệ thông tin năm 2016\n\nCà Mau có 90 dịch vụ mức độ 3.\n\nTrong lần "
     "công bố này, Cà Mau đứng thứ 40/63.", [("services_level3", 90.0), ("ict_index_rank", 40.0)]),
    # … and its groups' places in a list are no ranking of ours
    ("Theo Vietnam ICT Index 2016, tỉnh xếp thứ 26/63; ứng dụng trong cơ quan nhà nước 21/63; sản xuất, kinh doanh "
     "40/63.", [("ict_index_rank", 26.0)]),
    # (the e-government ranking keeps its own words)
    ("Năm 2018, về mức độ ứng dụng công nghệ thông tin, tỉnh xếp thứ 30/63.", [("egov_rank", 30.0)]),
])
def test_the_readiness_index_by_a_short_name_and_its_groups(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # … or labelled by its name and a colon, under a heading or line that names the ranking
    ("Bảng xếp hạng Vietnam ICT Index 2017 • Yên Bái: 44/63 • Lào Cai: 19/63",
     [("ict_index_rank", 44.0, "Yên Bái"), ("ict_index_rank", 19.0, "Lào Cai")]),
    ("Vietnam ICT Index 2017 của vùng:\n- Sơn La: 47/63\n- Điện Biên: 58/63",
     [("ict_index_rank", 47.0, "Sơn La"), ("ict_index_rank", 58.0, "Điện Biên")]),
    # not a label that names no province
    ("Vietnam ICT Index 2017 • Sở Tư pháp: 12/14", []),
])
def test_a_province_s_place_labelled_by_its_name_is_its_rank(text, expected):
    assert facts(text, ("metric", "value", "province")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share after a part out of a base count of documents: the part's own words say whether the documents went
    # electronically
    ("Năm 2019, các sở gửi điện tử 8.412 văn bản trên tổng số 10.020 văn bản đi, tương đương 83,95%.",
     [("edocs_pct", 83.95)]),
    ("Năm 2018, phường chỉ có 615 văn bản điện tử trong số 930 văn bản đến, tương ứng 66,13%.", [("edocs_pct", 66.13)]),
    ("Năm 2018, huyện gửi qua mạng 1.204 văn bản trong tổng số 1.530 văn bản, đạt 78,69%.", [("edocs_pct", 78.69)]),
    # not when the part's words name no electronic way
    ("Năm 2018, phường ký 615 văn bản trong số 930 văn bản đến, tương ứng 66,13%.", []),
])
def test_a_share_of_documents_out_of_a_base_is_electronic_by_the_part_s_words(text, expected):
    assert [f for f in facts(text, ("metric", "value")) if f[0] == "edocs_pct"] == expected


@pytest.mark.parametrize("text,expected", [
    # "bằng" (equal to) right before a percentage after its noun is the share's verb, with its adverbs
    ("Năm 2015, dịch vụ công trực tuyến mức độ 4 mới bằng 2,4% tổng số thủ tục.", [("services_level4_pct", 2.4)]),
    ("Năm 2016, hồ sơ nộp qua mạng chỉ bằng 3,7% số hồ sơ tiếp nhận.", [("dossiers_online_pct", 3.7)]),
    ("Năm 2016, văn bản điện tử bằng 61% tổng số văn bản đi.", [("edocs_pct", 61.0)]),
])
def test_bang_after_a_noun_is_the_verb_of_its_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the plural "các" inside the level's channel ("qua các dịch vụ mức độ 3"): the dossiers handled online at that level
    ("Năm 2015, số hồ sơ nộp qua các dịch vụ mức độ 3 chỉ có 1.204 hồ sơ.", [("dossiers_online_level3", 1204.0)]),
    ("Năm 2015, qua các dịch vụ công mức độ 4 có 88 hồ sơ.", [("dossiers_online_level4", 88.0)]),
    # … and filed "ở" (at) such services
    ("Năm 2020, số hồ sơ gửi ở các dịch vụ mức độ 4 đạt 3.915 hồ sơ.", [("dossiers_online_level4", 3915.0)]),
    ("Năm 2020, huyện nhận 702 hồ sơ ở dịch vụ công mức độ 3.", [("dossiers_online_level3", 702.0)]),
    # a bound in words right after a count's comma opens its share like "khoảng" or "dưới"
    ("Năm 2015, qua các dịch vụ mức độ 4 có 41 hồ sơ, chưa tới 0,2%.",
     [("dossiers_online_level4", 41.0), ("dossiers_online_level4_pct", 0.2)]),
    ("Năm 2015, tỉnh nhận 930 hồ sơ trực tuyến, chưa đầy 4%.", [("dossiers_online", 930.0), ("dossiers_online_pct", 4.0)]),
])
def test_plural_levelled_channels_and_bounds_opening_a_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count with no noun whose phrase opens with a level: the noun said with a level before it, at that level
    ("Năm 2017, các sở cung cấp 140 dịch vụ ở mức độ 3 và 26 ở mức độ 4.",
     [("services_level3", 140.0), ("services_level4", 26.0)]),
    ("Năm 2017, tỉnh có 1.520 dịch vụ công trực tuyến, gồm 180 dịch vụ mức độ 3 và 44 dịch vụ mức độ 4.\n"
     "Trong số đó, cấp huyện cung cấp 52 ở mức 3 và 9 ở mức 4.",
     [("services_total", 1520.0), ("services_level3", 180.0), ("services_level4", 44.0), ("services_level3", 52.0),
      ("services_level4", 9.0)]),
    ("Năm 2017, tỉnh nhận 3.400 hồ sơ nộp ở mức độ 3; riêng thành phố nhận 1.150 thuộc mức độ 4.",
     [("dossiers_online_level3", 3400.0), ("dossiers_online_level4", 1150.0)]),
    # procedures served at a level are services at it
    ("Năm 2018, tỉnh có 1.702 thủ tục, trong đó 318 thủ tục được đưa lên mạng ở mức độ 3 và 61 ở mức độ 4.",
     [("procedures_total", 1702.0), ("services_level3", 318.0), ("services_level4", 61.0)]),
    ("Năm 2018, các huyện cung cấp 96 thủ tục hành chính ở mức độ 3, 14 ở mức độ 4.",
     [("services_level3", 96.0), ("services_level4", 14.0)]),
    # no levelled noun said before: nothing is guessed
    ("Năm 2017, tỉnh đã triển khai phần mềm mới. Các sở cung cấp 52 ở mức 3.", []),
])
def test_a_count_with_no_noun_before_a_level_is_the_levelled_noun_said_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count in the parenthesis right after a share's base restates the base, not the part
    ("Năm 2022, 51.204 hồ sơ nộp trực tuyến, chiếm 48,3% tổng số hồ sơ tiếp nhận (106.012 hồ sơ).",
     [("dossiers_online", 51204.0), ("dossiers_online_pct", 48.3), ("dossiers_received", 106012.0)]),
    ("Năm 2022, hồ sơ trực tuyến đạt 39,5% tổng số hồ sơ (72.640 hồ sơ).",
     [("dossiers_online_pct", 39.5), ("dossiers_received", 72640.0)]),
    ("Năm 2022, tỉnh có 388 dịch vụ công trực tuyến mức độ 4, bằng 20,6% tổng số thủ tục (1.884 thủ tục).",
     [("services_level4", 388.0), ("services_level4_pct", 20.6), ("procedures_total", 1884.0)]),
    # a count in parenthesis right after the share (no base between) is still the share's own count
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến ở cấp huyện là 61,2% (24.310 hồ sơ).",
     [("dossiers_online_pct", 61.2), ("dossiers_online", 24310.0)]),
])
def test_a_count_in_parentheses_after_a_share_s_base_is_the_base(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a named unit's bare percentage after a clause whose subject is dossiers of a kind, with no number: that kind's rate
    ("Năm 2021, hồ sơ trực tuyến ở vùng biên giới còn thấp; huyện Sìn Hồ chỉ đạt 3,4%.", [("dossiers_online_pct", 3.4)]),
    ("Năm 2021, hồ sơ giải quyết đúng hạn ở cấp xã còn chênh lệch, thị xã Mường Lay 91,2%.", [("dossiers_ontime_pct", 91.2)]),
    # not a base opened by a word ("Trong số …"), nor a clause of another noun
    ("Năm 2021, văn bản điện tử ở cấp xã còn ít; huyện Sìn Hồ chỉ đạt 3,4%.", []),
])
def test_a_named_unit_s_share_after_a_clause_about_dossiers_of_a_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an outcome or a channel, its verb, then the rate word before the share ("trực tuyến đạt tỷ lệ 15,6%"): that
    # outcome's rate, and the count after it that rate's count
    ("Năm 2019, xã tiếp nhận 2.410 hồ sơ, trực tuyến đạt tỷ lệ 21,3%, tương ứng 513 hồ sơ.",
     [("dossiers_received", 2410.0), ("dossiers_online_pct", 21.3), ("dossiers_online", 513.0)]),
    ("Năm 2019, huyện giải quyết 8.904 hồ sơ, đúng hạn đạt tỷ lệ 97,2%.",
     [("dossiers_resolved", 8904.0), ("dossiers_ontime_pct", 97.2)]),
    ("Năm 2019, sở giải quyết 1.200 hồ sơ, trong đó trễ hạn chiếm tỷ lệ 1,5%.",
     [("dossiers_resolved", 1200.0), ("dossiers_late_pct", 1.5)]),
])
def test_a_process_then_its_verb_and_the_rate_word_is_that_process_s_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a line that is only a label of what is done to dossiers, under a line about dossiers: those dossiers
    ("Kết quả quý I/2018\nHồ sơ tiếp nhận: 8.410\nĐã giải quyết: 8.102\nĐang giải quyết: 308",
     [("dossiers_received", 8410.0), ("dossiers_resolved", 8102.0), ("dossiers_pending", 308.0)]),
    ("Kết quả quý I/2018\nTổng số hồ sơ: 5.120\nNộp qua mạng: 1.406",
     [("dossiers_received", 5120.0), ("dossiers_online", 1406.0)]),
    # not under a line about something else
    ("Kết quả quý I/2018\nHộp thư công vụ: 2.300\nĐã giải quyết: 1.950", [("email_accounts", 2300.0)]),
])
def test_a_verb_label_line_under_a_dossier_line_counts_those_dossiers(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a tier named after a share, an adverb alone before its number: the same rate at that tier
    ("Năm 2022, 87% cán bộ cấp tỉnh dùng hộp thư công vụ hằng ngày, ở cấp xã chỉ 41%.",
     [("email_usage_pct", 87.0), ("email_usage_pct", 41.0)]),
    ("Năm 2021, 99,2% hồ sơ cấp tỉnh được giải quyết đúng hạn, ở cấp xã mới 93,5%.",
     [("dossiers_ontime_pct", 99.2), ("dossiers_ontime_pct", 93.5)]),
    # … as with a verb after the adverb
    ("Năm 2021, 99,2% hồ sơ cấp tỉnh được giải quyết đúng hạn, ở cấp xã cũng đạt 97%.",
     [("dossiers_ontime_pct", 99.2), ("dossiers_ontime_pct", 97.0)]),
])
def test_a_tier_with_an_adverb_alone_continues_the_share_before_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the rate word after a count's clause, then a verb of reaching with "tới" / "đến" / "mức": the count's share
    ("Năm 2025, tỉnh nhận 71.000 hồ sơ, 53.800 hồ sơ trực tuyến, tỷ lệ lên tới 75,8%.",
     [("dossiers_received", 71000.0), ("dossiers_online", 53800.0), ("dossiers_online_pct", 75.8)]),
    ("Năm 2024, huyện có 6.120 hồ sơ nộp qua mạng, tỷ lệ đạt mức 41,3%.",
     [("dossiers_online", 6120.0), ("dossiers_online_pct", 41.3)]),
    ("Năm 2024, xã giải quyết trước hạn 1.450 hồ sơ, tỷ lệ lên đến 62%.",
     [("dossiers_early", 1450.0), ("dossiers_early_pct", 62.0)]),
])
def test_a_rate_word_then_a_verb_of_reaching_after_a_count_is_its_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


_RATES_BEFORE = ("Năm 2023, tỉnh nhận 52.100 hồ sơ, trong đó 20.400 hồ sơ trực tuyến, đạt 39,16%; 98,2% hồ sơ đúng hạn.\n"
                 "Hệ thống thư công vụ có 3.900 hộp thư; 91% văn bản đi được ký số.\n")


@pytest.mark.parametrize("text,expected", [
    # named units' bare percentages, two paragraphs after the rates, in a sentence naming none: the article's first rate
    (_RATES_BEFORE + "Chênh lệch giữa các huyện còn rõ: huyện Mường Tè đạt 11,4%, trong khi thành phố Lai Châu đã 72%.",
     [("dossiers_online_pct", 11.4), ("dossiers_online_pct", 72.0)]),
    (_RATES_BEFORE + "Thành phố Lai Châu 72,5%, huyện Nậm Nhùn 9%.",
     [("dossiers_online_pct", 72.5), ("dossiers_online_pct", 9.0)]),
    (_RATES_BEFORE + "Cao nhất là huyện Tam Đường với 66,1%.", [("dossiers_online_pct", 66.1)]),
    # not when the article's first rate is not one of dossiers …
    ("Năm 2023, 81% cán bộ dùng thư công vụ hằng ngày; tỉnh nhận 52.100 hồ sơ, trong đó 20.400 hồ sơ trực tuyến, đạt "
     "39,16%.\nHệ thống có 3.900 hộp thư.\nHuyện Tủa Chùa đạt 40%, còn thị xã Mường Lay 95%.", []),
    # … nor when the sentence names a rate of its own, the percentage a noun of its own, or the "name" is a letter
    (_RATES_BEFORE + "Tỷ lệ đồng bộ dữ liệu chưa đều: Sở Tư pháp đạt 84,7%; Sở Xây dựng 90,2%.", []),
    (_RATES_BEFORE + "Năm tới, huyện Mường Tè phấn đấu 90% phương tiện khai báo điện tử.", []),
    (_RATES_BEFORE + "Câu hỏi: năm 2025 sẽ thế nào? A. Từ 30% trở lên – B. Từ 40% trở lên.", []),
])
def test_a_named_unit_s_bare_share_far_from_any_rate_is_the_article_s_first_dossier_rate(text, expected):
    assert facts(text)[5:] == expected


@pytest.mark.parametrize("text,expected", [
    # a share whose base is the online dossiers themselves (the online word right on the noun) is a share of them,
    # never the online rate
    ("Năm 2023, số hồ sơ do các tổ thanh niên hỗ trợ bằng 6,81% số hồ sơ trực tuyến của toàn tỉnh.", []),
    ("Năm 2023, hồ sơ nộp bằng tài khoản định danh chiếm 31,3% tổng số hồ sơ trực tuyến.", []),
    ("Năm 2023, hồ sơ của doanh nghiệp đóng góp 27,2% số hồ sơ qua mạng của tỉnh.", []),
    # a share of them that is a metric of its own stays
    ("Năm 2023, hồ sơ có thanh toán trực tuyến chiếm 12% tổng số hồ sơ trực tuyến.", [("dossiers_paid_online_pct", 12.0)]),
    # … so is a part of the online dossiers restated as a share of them, no base word before the noun
    ("Năm 2023, số hồ sơ xử lý toàn trình đạt 84.310, tức 61,2% hồ sơ trực tuyến.", [("dossiers_full_process", 84310.0)]),
    ("Năm 2023, có 9.120 hồ sơ mức độ 4, chiếm 14,5% hồ sơ trực tuyến.", [("dossiers_online_level4", 9120.0)]),
    # … while a count of all the online dossiers restated as a share of all dossiers is the online rate
    ("Năm 2023, tỉnh nhận 160.000 hồ sơ, có 84.310 hồ sơ trực tuyến, tức 52,7% hồ sơ.",
     [("dossiers_received", 160000.0), ("dossiers_online", 84310.0), ("dossiers_online_pct", 52.7)]),
    # a verb between the noun and the online word makes those words the rate's own
    ("Năm 2023, tỉnh tiếp nhận 1.126.402 hồ sơ, nhưng chưa đến 2% số hồ sơ được nộp qua mạng.",
     [("dossiers_received", 1126402.0), ("dossiers_online_pct", 2.0)]),
])
def test_a_share_of_the_online_dossiers_is_not_the_online_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a pointer to a count ("con số này") nearer the number than a "tổng số …" subject of an earlier clause is its
    # subject: the count pointed at, for another period
    ("Năm 2014, số hồ sơ nộp qua mạng là 1.247, chiếm 1,27% tổng số hồ sơ, trong khi cả năm 2013 con số này chỉ là 412.",
     [("dossiers_online", 1247.0, 2014), ("dossiers_online_pct", 1.27, 2014), ("dossiers_online", 412.0, 2013)]),
    ("Năm 2020, tổng số hồ sơ giải quyết đúng hạn là 8.410, còn năm 2019 con số đó là 7.902.",
     [("dossiers_ontime", 8410.0, 2020), ("dossiers_ontime", 7902.0, 2019)]),
    # with no pointer the subject stays
    ("Năm 2020, tỉnh có 40 xã, trong khi tổng số hồ sơ tiếp nhận là 8.410.", [("dossiers_received", 8410.0, 2020)]),
])
def test_a_count_pointer_nearer_than_a_subject_is_the_subject(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


_ONLINE_LEAD = "Năm 2023, tỉnh nhận 52.100 hồ sơ, trong đó 20.400 hồ sơ trực tuyến, đạt 39,16%.\n"


@pytest.mark.parametrize("text,expected", [
    # named units compared by a bare rate, after a paragraph whose last rate is another one (satisfaction, a level's
    # part): the article's first rate, not that paragraph's
    (_ONLINE_LEAD + "Khảo sát cho thấy 91,2% người dân hài lòng.\nThành phố Sóc Trăng dẫn đầu với 58,3%, trong khi "
     "huyện Cù Lao Dung vẫn dưới 20%.", [("dossiers_online_pct", 58.3), ("dossiers_online_pct", 20.0)]),
    (_ONLINE_LEAD + "Riêng hồ sơ mức độ 4 là 6.118, bằng 11,7% số hồ sơ tiếp nhận.\nThành phố Đồng Xoài dẫn đầu với "
     "21,4%, trong khi huyện Bù Gia Mập chưa tới 2%.", [("dossiers_online_pct", 21.4), ("dossiers_online_pct", 2.0)]),
    # a rate named in words earlier in the unit's own paragraph comes first
    (_ONLINE_LEAD + "Tỷ lệ giải quyết đúng hạn ở các sở cũng khác nhau. Cao nhất là Sở Tư pháp 99,2%, Sở Xây dựng 97%.",
     [("dossiers_ontime_pct", 99.2), ("dossiers_ontime_pct", 97.0)]),
    # lettered options are no names
    (_ONLINE_LEAD + "Khảo sát cho thấy 91,2% người dân hài lòng.\nCâu hỏi: năm 2025 tỷ lệ hồ sơ trực tuyến sẽ là bao "
     "nhiêu?\nA. Từ 30% trở lên – B. Từ 40% trở lên.", []),
])
def test_named_units_bare_rates_take_the_article_s_first_rate_over_another_paragraph_s(text, expected):
    assert [f for f in facts(text)[3:] if f[0] != "satisfaction_pct" and f[0] != "dossiers_online_level4"
            and f[0] != "dossiers_online_level4_pct"] == expected


def test_an_index_s_score_is_never_the_article_s_first_rate():
    text = _ONLINE_LEAD + "Khảo sát cho thấy 91,2% người dân hài lòng.\nChỉ số cải cách hành chính của tỉnh Sóc Trăng đạt 87,03%."
    assert ("dossiers_online_pct", 87.03) not in facts(text)


@pytest.mark.parametrize("text,expected", [
    # a group of units that sets the scene, a clause naming the rate, then one unit's own bound: that unit's rate
    ("Năm 2020, tỉnh nhận 18.400 hồ sơ. Ở các huyện vùng cao núi đá, tỷ lệ hồ sơ qua mạng còn rất thấp, huyện Mèo Vạc "
     "dưới 5%.", [("dossiers_received", 18400.0), ("dossiers_online_pct", 5.0)]),
    ("Năm 2020, ở các xã biên giới, tỷ lệ hồ sơ trực tuyến chưa cao, xã Sín Thầu chưa tới 3%.",
     [("dossiers_online_pct", 3.0)]),
    # the group's own bound stays a threshold
    ("Năm 2020, các huyện vùng cao Bát Xát, Si Ma Cai, Mường Khương chưa đến 25%.", []),
])
def test_a_unit_s_own_bound_after_a_group_that_set_the_scene_is_its_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # documents sent "trên mạng" (on the network), as dossiers are filed there: the electronic documents' share
    ("Năm 2019, 88% văn bản đi được ký số và gửi trên mạng.", [("edocs_pct", 88.0)]),
    ("Năm 2019, 93,5% văn bản của huyện được gửi, nhận trên mạng.", [("edocs_pct", 93.5)]),
    # signed alone stays no share of documents exchanged
    ("Năm 2019, 88% văn bản đi được ký số.", []),
])
def test_documents_sent_on_the_network_are_electronic_documents(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb may stand after the share verb as well as before it
    ("Năm 2015, có 2.104 hồ sơ nộp qua mạng, tức chỉ 1,9% tổng số hồ sơ.",
     [("dossiers_online", 2104), ("dossiers_online_pct", 1.9)]),
    ("Năm 2015, số hồ sơ nộp qua mạng mới là 2.104 hồ sơ, tương đương chỉ 1,9% tổng số.",
     [("dossiers_online", 2104), ("dossiers_online_pct", 1.9)]),
    ("Năm 2015, có 2.104 hồ sơ nộp qua mạng, chỉ bằng 1,9% số hồ sơ tiếp nhận.",
     [("dossiers_online", 2104), ("dossiers_online_pct", 1.9)]),
])
def test_an_adverb_after_the_share_verb(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a subject coordinated after "còn"/"và" reads its own words: its level, not the base the sentence opened with
    ("Năm 2021, so với tổng số hồ sơ tiếp nhận, hồ sơ mức độ 3 chiếm 5,2%, còn hồ sơ mức độ 4 chiếm 0,8%.",
     [("dossiers_online_level3_pct", 5.2), ("dossiers_online_level4_pct", 0.8)]),
    ("Năm 2021, tính trên tổng số hồ sơ đã nhận, hồ sơ trực tuyến chiếm 11%, và hồ sơ mức độ 4 mới bằng 1,5%.",
     [("dossiers_online_pct", 11.0), ("dossiers_online_level4_pct", 1.5)]),
    ("Năm 2021, so với số dịch vụ đã công bố, dịch vụ mức độ 3 chiếm 40%, còn dịch vụ mức độ 4 chỉ chiếm 9%.",
     [("services_level3_pct", 40.0), ("services_level4_pct", 9.0)]),
])
def test_a_subject_coordinated_after_a_base_frame_reads_its_own_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rise against a baseline, then a contrast turning to what the figure still is: the level, no change
    ("Năm 2016, số hồ sơ nộp qua mạng tuy tăng so với năm trước nhưng mới bằng 3,4% tổng số hồ sơ.",
     [("dossiers_online_pct", 3.4)]),
    ("Năm 2016, văn bản điện tử có giảm so với cùng kỳ song vẫn chiếm 64% tổng số văn bản đi.", [("edocs_pct", 64.0)]),
    # the change itself stays no level
    ("Năm 2016, hồ sơ nộp qua mạng tăng 25% so với năm trước.", []),
])
def test_a_contrast_after_a_comparison_brings_the_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share that opens on feedback, petitions, complaints or calls is theirs, even coordinated after a dossier share
    ("Năm 2022, tỉnh phấn đấu có 60% hồ sơ được nộp trực tuyến và 97% phản ánh được xử lý đúng hạn.",
     [("dossiers_online_pct", 60.0)]),
    ("Năm 2024, tỉnh đặt mục tiêu 45% hồ sơ được nộp trực tuyến và tổng đài trả lời ngay 85% cuộc gọi.",
     [("dossiers_online_pct", 45.0)]),
    ("Năm 2023, 99% hồ sơ được giải quyết đúng hạn, 92% kiến nghị của doanh nghiệp được trả lời.",
     [("dossiers_ontime_pct", 99.0)]),
])
def test_a_share_of_feedback_is_no_figure_of_ours(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb raising a noun to the number: the noun is the share's subject
    ("Năm 2020, tỉnh phấn đấu đưa hồ sơ nộp qua mạng lên 15%.", [("dossiers_online_pct", 15.0)]),
    ("Năm 2021, các sở nâng văn bản điện tử lên trên 90%.", [("edocs_pct", 90.0)]),
    # … after a coordinator, even when the clause before named dossiers of another kind
    ("Năm 2020, tỉnh giữ tỷ lệ đúng hạn trên 98%, nâng tỷ lệ trả trước hạn lên 60% số hồ sơ đúng hạn và đưa hồ sơ trực "
     "tuyến lên 12%.", [("dossiers_ontime_pct", 98.0), ("dossiers_early_pct", 60.0), ("dossiers_online_pct", 12.0)]),
])
def test_a_noun_raised_to_a_share_is_its_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a word of degree may stand between the comparison and the baseline's level: still the baseline's value, its year
    ("Năm 2017, hồ sơ qua mạng chiếm 7,8% số hồ sơ, cao hơn hẳn tỷ lệ 4,1% của năm 2016.",
     [("dossiers_online_pct", 7.8, 2017), ("dossiers_online_pct", 4.1, 2016)]),
    ("Năm 2020, văn bản điện tử chiếm 88%, cao hơn đáng kể mức 61% của năm 2019.",
     [("edocs_pct", 88.0, 2020), ("edocs_pct", 61.0, 2019)]),
    ("Năm 2020, tỷ lệ đúng hạn đạt 97,2%, thấp hơn một chút mức 98% của năm 2019.",
     [("dossiers_ontime_pct", 97.2, 2020), ("dossiers_ontime_pct", 98.0, 2019)]),
])
def test_a_degree_word_before_the_baseline_s_level(text, expected):
    rows = extract_text(text, doc_id="t")
    assert list(zip(rows["metric"], rows["value"], rows["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    # "tỷ trọng" (proportion) names a rate as "tỷ lệ" does
    ("Năm 2020, tỷ trọng hồ sơ nộp trực tuyến đạt 24,5%.", [("dossiers_online_pct", 24.5)]),
    ("Năm 2020, tỷ trọng văn bản điện tử trong tổng số văn bản đi là 91%.", [("edocs_pct", 91.0)]),
    ("Năm 2018, tỉnh cung cấp 1.610 dịch vụ công trực tuyến, gồm 402 dịch vụ mức độ 3 và 288 dịch vụ mức độ 4; tỷ trọng "
     "mức độ 4 là 17,89%.",
     [("services_total", 1610.0), ("services_level3", 402.0), ("services_level4", 288.0), ("services_level4_pct", 17.89)]),
])
def test_ty_trong_names_a_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share of units or people ("số xã", "số ấp", "số người") is none of the sentence's dossier rate
    ("Năm 2020, tỷ lệ hồ sơ nộp qua mạng ở cấp xã mới đạt 3,1%, dù sóng 4G đã phủ 98,5% số ấp.",
     [("dossiers_online_pct", 3.1)]),
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 30%; 95% số xã đã có điểm hỗ trợ người dân.",
     [("dossiers_online_pct", 30.0)]),
    # … while a share of dossiers after "số" stays one
    ("Năm 2020, hồ sơ nộp qua mạng chiếm 30% số hồ sơ tiếp nhận.", [("dossiers_online_pct", 30.0)]),
])
def test_a_share_of_units_is_no_dossier_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a second unit after "trong khi" (while) opens a clause of its own: the same rate, not the noun of the figure before
    ("Năm 2021, huyện Kỳ Sơn giải quyết đúng hạn 97,4% hồ sơ trong khi huyện Tương Dương đạt 91,2%.",
     [("dossiers_ontime_pct", 97.4), ("dossiers_ontime_pct", 91.2)]),
    # a year with its comma before a unit is no count of units: the unit's own rate
    ("Năm 2021, huyện Tân Lạc có tỷ lệ đúng hạn 98,2%.", [("dossiers_ontime_pct", 98.2)]),
    ("Năm 2022, thị xã Phú Thọ có tỷ lệ hồ sơ trực tuyến 61%, trong khi huyện Thanh Sơn chỉ 22%.",
     [("dossiers_online_pct", 61.0), ("dossiers_online_pct", 22.0)]),
    # a counted group of units stays a threshold
    ("Năm 2021, 23 xã có tỷ lệ hồ sơ trực tuyến dưới 50%.", []),
])
def test_a_unit_s_rate_after_trong_khi_and_after_a_year(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # what "giữa" (between) names may be a list, its commas before the "và": one subject, the documents
    ("Năm 2020, văn bản điện tử giữa các sở, ngành và UBND cấp huyện đạt trên 90%.", [("edocs_pct", 90.0)]),
    ("Năm 2021, văn bản điện tử giữa tỉnh, huyện và xã chiếm 86%.", [("edocs_pct", 86.0)]),
    # a plain pair stays one subject too
    ("Năm 2020, văn bản điện tử giữa huyện và xã đạt 78%.", [("edocs_pct", 78.0)]),
])
def test_a_list_named_by_giua_is_one_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "số"/"phần" with the dossier noun left out, then a kind: the share of that kind, not of the count before
    ("Năm 2016, tỉnh tiếp nhận 96.400 hồ sơ, số nộp qua mạng chiếm 4,2%.",
     [("dossiers_received", 96400.0), ("dossiers_online_pct", 4.2)]),
    ("Năm 2016, tỉnh tiếp nhận 96.400 hồ sơ, nên phần gửi qua mạng chỉ chiếm 4,2%.",
     [("dossiers_received", 96400.0), ("dossiers_online_pct", 4.2)]),
    # a noun of its own after "số" is no dossier
    ("Năm 2019, số gói thầu qua mạng chiếm 38,9%.", []),
])
def test_a_share_whose_subject_leaves_the_noun_out(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "nên", "nhưng" open a clause of its own: the count before ends there, the share after has its own subject
    ("Năm 2017, tỉnh tiếp nhận 80.400 hồ sơ nên hồ sơ qua mạng chỉ chiếm 5,1%.",
     [("dossiers_received", 80400.0), ("dossiers_online_pct", 5.1)]),
    ("Năm 2017, huyện nhận 7.020 hồ sơ nhưng hồ sơ nộp trực tuyến mới chiếm 2,4%.",
     [("dossiers_received", 7020.0), ("dossiers_online_pct", 2.4)]),
])
def test_a_conjunction_opens_the_share_s_own_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb of saying or showing opens the clause its share's subject stands in, with or without a comma or "rằng"
    ("Năm 2021, khảo sát cho thấy văn bản điện tử chiếm 88%.", [("edocs_pct", 88.0)]),
    ("Năm 2021, bà Lan nhấn mạnh hồ sơ nộp qua mạng mới đạt 14,2%.", [("dossiers_online_pct", 14.2)]),
    ("Năm 2021, Sở lưu ý rằng dịch vụ mức độ 4 chỉ chiếm 6,3%.", [("services_level4_pct", 6.3)]),
    ("Năm 2021, lãnh đạo huyện khẳng định hồ sơ giải quyết đúng hạn đạt 99,1%.", [("dossiers_ontime_pct", 99.1)]),
])
def test_a_share_s_subject_stands_after_a_verb_of_saying(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share "of them" right after a count: its predicate is said of the count's noun
    ("Năm 2019, tỉnh giải quyết 69.872 hồ sơ, hơn 97% trong số đó được trả đúng hẹn.",
     [("dossiers_resolved", 69872.0), ("dossiers_ontime_pct", 97.0)]),
    ("Năm 2019, các sở phát hành 64.210 văn bản đi, 89% trong số đó được ký số và gửi trên môi trường mạng.",
     [("documents_outgoing", 64210.0), ("edocs_pct", 89.0)]),
    ("Năm 2019, huyện tiếp nhận 52.000 hồ sơ, 18% trong số này được nộp qua mạng.",
     [("dossiers_received", 52000.0), ("dossiers_online_pct", 18.0)]),
    # … else the share of the count, as before
    ("Năm 2014, tỉnh đã cấp 3.950 hộp thư cho cán bộ, công chức; khoảng 55% trong số đó thường xuyên dùng hộp thư.",
     [("email_accounts", 3950.0), ("email_usage_pct", 55.0)]),
    # … "of them" said of people, and a predicate the count's noun does not fit: read as the percentage's own
    ("Năm 2016, huyện cấp 1.420 hộp thư công vụ cho công chức; 64% trong số họ dùng hộp thư để trao đổi văn bản.",
     [("email_accounts", 1420.0), ("email_usage_pct", 64.0)]),
    ("Năm 2015, sở đã cấp 210 hộp thư, 80% trong số đó dùng hộp thư để nhận giấy mời họp.",
     [("email_accounts", 210.0), ("email_usage_pct", 80.0)]),
    # … or of the officials a share before counted
    ("Năm 2021, 100% công chức cấp xã có hộp thư công vụ, nhưng chỉ 58% trong số họ dùng thường xuyên.",
     [("email_issued_pct", 100.0), ("email_usage_pct", 58.0)]),
    ("Năm 2021, 96% cán bộ đã được cấp hộp thư; khoảng 70% trong số đó đăng nhập hằng ngày.",
     [("email_issued_pct", 96.0), ("email_usage_pct", 70.0)]),
])
def test_a_share_of_them_reads_its_predicate_as_said_of_the_count_s_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the count behind a share, its corresponding word opening a parenthesis, counts what the share measures
    ("Năm 2021, tỷ lệ hồ sơ nộp trực tuyến đạt 23,48% (tương ứng 17.578 hồ sơ).",
     [("dossiers_online_pct", 23.48), ("dossiers_online", 17578.0)]),
    ("Năm 2021, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% (tương đương 9.800 hồ sơ).",
     [("dossiers_ontime_pct", 98.0), ("dossiers_ontime", 9800.0)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 20,1%; riêng mức độ 4 chiếm 6,12% (tương ứng với 4.582 hồ sơ).",
     [("dossiers_online_pct", 20.1), ("dossiers_online_level4_pct", 6.12), ("dossiers_online_level4", 4582.0)]),
])
def test_a_corresponding_word_may_open_the_parenthesis_of_the_count_behind_a_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place out of another number than the provinces' ranks a region's provinces or a province's units: none of ours
    ("Năm 2022, trong 14 tỉnh vùng Bắc Trung Bộ, Phú Yên đứng thứ 9/14 về DTI.", []),
    ("Năm 2022, Chỉ số cải cách hành chính của huyện xếp thứ 2/9 huyện, thị xã.", []),
    ("Năm 2021, Sở Y tế xếp thứ 19/20 trong bảng xếp hạng chuyển đổi số các sở.", []),
    # … the whole written in words after the place
    ("Năm 2018, theo ICT Index, Điện Biên đứng thứ 11 trong 14 tỉnh Trung du và miền núi phía Bắc.", []),
    ("Năm 2022, theo DTI, thành phố đứng thứ 3 trong số 5 thành phố trực thuộc trung ương.", []),
    # … out of all the provinces, before or after the 2025 merger, it is
    ("Năm 2022, theo DTI, Phú Yên xếp thứ 40/63.", [("dti_rank", 40.0)]),
    ("Năm 2025, theo DTI, tỉnh xếp thứ 5/34.", [("dti_rank", 5.0)]),
    ("Năm 2019, theo ICT Index, tỉnh xếp thứ 27 trong 63 tỉnh, thành phố.", [("ict_index_rank", 27.0)]),
])
def test_a_place_out_of_a_region_or_a_province_s_units_is_no_national_rank(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,whole", [
    ("Năm 2019, theo ICT Index, tỉnh xếp thứ 27 trong 63 tỉnh, thành phố.", 63.0),
    ("Năm 2019, theo ICT Index, tỉnh xếp thứ 27 trên tổng số 63 tỉnh, thành phố.", 63.0),
    ("Năm 2019, theo ICT Index, tỉnh xếp thứ 27.", None),
])
def test_a_place_s_whole_in_words_is_its_denominator(text, whole):
    assert facts(text, ("denominator",)) == [(whole,)]


@pytest.mark.parametrize("text,expected", [
    # a level's label after "và" names the level of its own count and share
    ("Năm 2017, số hồ sơ nộp qua mạng là 3.100 hồ sơ; riêng mức độ 3 có 2.800 hồ sơ, và mức độ 4 có 300 hồ sơ.",
     [("dossiers_online", 3100.0), ("dossiers_online_level3", 2800.0), ("dossiers_online_level4", 300.0)]),
    ("Năm 2017, tỷ lệ hồ sơ trực tuyến đạt 5,2%; mức độ 3 chiếm 4,6% và mức độ 4 chiếm 0,6%.",
     [("dossiers_online_pct", 5.2), ("dossiers_online_level3_pct", 4.6), ("dossiers_online_level4_pct", 0.6)]),
])
def test_a_level_label_after_and_names_its_own_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a fraction restating the rate before it, the words after y naming the rate's base: x counts what the rate does
    ("Năm 2022, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,5%, tức 39.000 trên 40.000 hồ sơ đã giải quyết.",
     [("dossiers_ontime_pct", 97.5), ("dossiers_ontime", 39000), ("dossiers_resolved", 40000)]),
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 41,5%, tương ứng 16.600 trên 40.000 hồ sơ tiếp nhận.",
     [("dossiers_online_pct", 41.5), ("dossiers_online", 16600), ("dossiers_received", 40000)]),
    # … the words after y naming x's own predicate still count x
    ("Năm 2022, có 16.600 trên 40.000 hồ sơ được nộp qua mạng.", [("dossiers_online", 16600), ("dossiers_received", 40000)]),
])
def test_a_fraction_restating_a_rate_counts_what_the_rate_does(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level's label whose verb says where a count stopped ("mới dừng ở", "chỉ dừng ở") labels the number after it
    ("Năm 2017, tỉnh cung cấp 1.500 dịch vụ công trực tuyến, trong đó 300 dịch vụ mức độ 3 và 40 dịch vụ mức độ 4, dịch vụ "
     "mức độ 4 chiếm 2,67%; cuối năm 2015, số dịch vụ mức độ 3 mới dừng ở 150.", ("services_level3", 150)),
    ("Năm 2017, tỉnh cung cấp 1.500 dịch vụ công trực tuyến, trong đó 300 dịch vụ mức độ 3 và 40 dịch vụ mức độ 4, dịch vụ "
     "mức độ 4 chiếm 2,67%; năm 2015, số dịch vụ mức độ 4 chỉ dừng ở 7.", ("services_level4", 7)),
])
def test_a_level_label_whose_verb_says_where_a_count_stopped(text, expected):
    assert facts(text)[-1] == expected


@pytest.mark.parametrize("text,expected", [
    # a count restating a rate after the rate's base ("đạt X% trên tổng số Y …, tức Z") is the rate's count
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 42,5% trên tổng số 80.000 hồ sơ tiếp nhận, tức 34.000 hồ sơ.",
     [("dossiers_online_pct", 42.5), ("dossiers_received", 80000), ("dossiers_online", 34000)]),
    ("Năm 2020, tỷ lệ giải quyết đúng hạn đạt 98% trên tổng số 50.000 hồ sơ đã giải quyết, tương ứng 49.000 hồ sơ.",
     [("dossiers_ontime_pct", 98.0), ("dossiers_resolved", 50000), ("dossiers_ontime", 49000)]),
])
def test_a_count_restating_a_rate_after_its_base_is_the_rate_s_count(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a topic naming people opens the sentence, a bare percentage with a predicate after it counts them
    ("Đối với cán bộ, công chức cấp tỉnh, 100% đã được cấp hộp thư công vụ.", [("email_issued_pct", 100)]),
    ("Với công chức cấp xã, toàn bộ (100%) đã có hộp thư điện tử công vụ.", [("email_issued_pct", 100)]),
    ("Về cán bộ, viên chức, khoảng 72% dùng hộp thư công vụ hằng ngày.", [("email_usage_pct", 72)]),
    # a noun of its own after the percentage wins over the topic
    ("Đối với cán bộ, công chức, 96% văn bản đi được gửi dưới dạng điện tử.", [("edocs_pct", 96)]),
    # a topic of things (not people or units) after "với" names nothing a percentage counts
    ("Với các gói thầu qua mạng, giá trúng thầu thấp hơn khoảng 4,2%.", []),
])
def test_a_topic_of_people_is_the_noun_of_a_bare_percentage(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a place among a region's provinces, then the place out of all: the second is the province's rank
    ("Trong Vietnam ICT Index 2019, Bắc Kạn thứ 12/14 trong vùng và thứ 55/63 cả nước.", [("ict_index_rank", 55)]),
    ("Theo Vietnam ICT Index 2018, tỉnh ở vị trí 10/14 trong vùng và 52/63 toàn quốc.", [("ict_index_rank", 52)]),
    ("Về DTI năm 2022, tỉnh đứng thứ 3/14 tỉnh vùng Bắc Trung Bộ, thứ 20/63 trên cả nước.", [("dti_rank", 20)]),
    # a whole country's figure is still left out
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của vùng và của cả nước lần lượt là 41% và 43%.", []),
])
def test_a_place_out_of_all_after_a_regional_place_is_the_provinces_rank(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a qualifier alone before a share opening its clause leads no share of a base: the noun after it is the share's
    ("Năm 2020, hơn 34,58% số hồ sơ đã được gửi qua mạng.", [("dossiers_online_pct", 34.58)]),
    ("Năm 2022, gần 41% số hồ sơ được nộp trực tuyến.", [("dossiers_online_pct", 41.0)]),
    # … said in words with the exact share in parentheses, the same
    ("Năm 2021, hơn một phần ba số hồ sơ (34,58%) đã đến cơ quan nhà nước qua mạng.", [("dossiers_online_pct", 34.58)]),
    # after a count of its clause it still leads the share of that count, the base named after it
    ("Năm 2020, tỉnh tiếp nhận 9.000 hồ sơ, trong đó 3.012 hồ sơ trực tuyến, khoảng 33,5% tổng số hồ sơ.",
     [("dossiers_received", 9000.0), ("dossiers_online", 3012.0), ("dossiers_online_pct", 33.5)]),
])
def test_a_qualifier_alone_leads_a_share_only_after_a_count(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate word whose own noun is none of ours names no figure of ours, whatever rate its sentence named first
    ("Theo kế hoạch, năm 2021 tỷ lệ gói thầu qua mạng phải đạt 70%, còn tỷ lệ hồ sơ trực tuyến đạt 40%.",
     [("dossiers_online_pct", 40.0)]),
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 45%, tỷ lệ thương mại điện tử trong bán lẻ đạt 9%.",
     [("dossiers_online_pct", 45.0)]),
    ("Năm 2020, tỷ lệ hồ sơ nộp qua mạng đạt 15%, tỷ lệ đơn thư gửi qua mạng đạt 30%.", [("dossiers_online_pct", 15.0)]),
    # a rate named by a kind alone still takes its dossiers
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 45%, tỷ lệ đúng hạn đạt 99%.",
     [("dossiers_online_pct", 45.0), ("dossiers_ontime_pct", 99.0)]),
])
def test_a_rate_of_a_noun_not_ours_names_no_figure(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an item's own label naming a thing counted on its own stops the rate named in an item before it
    ("Năm 2023: tỷ lệ hồ sơ trực tuyến: 61,5%; lượt truy cập Cổng dịch vụ công: 12,4%.",
     [("dossiers_online_pct", 61.5)]),
    ("Kết quả 2024 - Tỷ lệ hồ sơ trả đúng hạn: 97,2%; tài khoản đăng nhập bằng VNeID: 80%.",
     [("dossiers_ontime_pct", 97.2)]),
    ("Năm 2022, tỷ lệ hồ sơ có phí được thanh toán trực tuyến: 22%; văn bản ký số: 93%.",
     [("dossiers_paid_online_pct", 22.0)]),
    # a label naming who or which part (people, agencies) is the rate's part and keeps it
    ("Năm 2023, tỷ lệ hồ sơ nộp trực tuyến: doanh nghiệp: 84%; người dân: 37%.",
     [("dossiers_online_pct", 84.0), ("dossiers_online_pct", 37.0)]),
    ("Năm 2023, tỷ lệ hồ sơ giải quyết đúng hạn: các sở, ngành: 99%; các huyện: 97,5%.",
     [("dossiers_ontime_pct", 99.0), ("dossiers_ontime_pct", 97.5)]),
])
def test_an_item_label_of_another_counted_thing_stops_the_rate_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage nothing else reads, restated right after as a count, is the share of what that count counts
    ("Năm 2023, xã An Bình đạt 52,6%, tức 1.204 hồ sơ nộp trực tuyến.",
     [("dossiers_online_pct", 52.6), ("dossiers_online", 1204.0)]),
    ("Năm 2021, huyện đạt 98,5% trên tổng số, tương đương 12.300 hồ sơ giải quyết đúng hạn.",
     [("dossiers_ontime_pct", 98.5), ("dossiers_ontime", 12300.0)]),
    ("Chỉ tiêu năm 2024 là 40% hồ sơ nộp qua mạng. Hiện đạt: 21,7% toàn huyện, tương ứng 3.512 hồ sơ trực tuyến.",
     [("dossiers_online_pct", 40.0), ("dossiers_online_pct", 21.7), ("dossiers_online", 3512.0)]),
    # a count of people, or a change restated as a count, gives the percentage no share of ours
    ("Năm 2022, đã có 64%, tức 3.200 người dân dùng ứng dụng.", []),
    ("Năm 2023, tỉnh giảm 12%, tức 500 hồ sơ trực tuyến.", [("dossiers_online", 500.0)]),
])
def test_a_percentage_restated_as_a_count_is_that_count_s_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # … but a percentage with its own predicate before the comma is not the restating count's share
    ("Năm 2021, trong 50.000 hồ sơ đã giải quyết, chỉ có 2,1% trễ hạn, tương ứng 1.050 hồ sơ.",
     [("dossiers_resolved", 50000.0), ("dossiers_late_pct", 2.1), ("dossiers_late", 1050.0)]),
])
def test_a_percentage_with_its_own_predicate_is_no_restated_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # handing back alone, before a deadline word, names the rate of results ("trả đúng hẹn 95,8%")
    ("Năm 2013, thành phố tiếp nhận 24.615 hồ sơ, trả đúng hẹn 95,8%.",
     [("dossiers_received", 24615.0), ("dossiers_ontime_pct", 95.8)]),
    ("Năm 2014, huyện nhận 9.100 hồ sơ, trả trước hạn 40%, đúng hạn 58%.",
     [("dossiers_received", 9100.0), ("dossiers_early_pct", 40.0), ("dossiers_ontime_pct", 58.0)]),
    ("Quý I/2015, Sở nhận 1.200 hồ sơ; trả đúng hạn 99%.",
     [("dossiers_received", 1200.0), ("dossiers_ontime_pct", 99.0)]),
    # … not handing back to the applicant ("trả lại"), which is no result
    ("Năm 2013, huyện trả lại 5% hồ sơ.", [("dossiers_returned_pct", 5.0)]),
])
def test_handing_back_before_a_deadline_word_names_the_results_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count after "trên/trong tổng số" with no count before it is the whole: its own words say what it counts, not the
    # kind of the part its sentence named without a number; with none, all dossiers received
    ("Đó là số hồ sơ gửi qua mạng trong năm 2023, trên tổng số 158.000 hồ sơ các cơ quan đã tiếp nhận.",
     [("dossiers_received", 158000.0)]),
    ("Năm 2023, số hồ sơ nộp qua mạng chiếm phần nhỏ trên tổng số 96.500 hồ sơ.", [("dossiers_received", 96500.0)]),
    ("Năm 2022, số hồ sơ trễ hạn rất ít trong tổng số 12.000 hồ sơ đã giải quyết.", [("dossiers_resolved", 12000.0)]),
    ("Năm 2023, trong số 1.200 hồ sơ trực tuyến, 300 hồ sơ trễ hạn.",
     [("dossiers_online", 1200.0), ("dossiers_late", 300.0)]),
])
def test_a_whole_after_a_part_named_without_a_number_reads_by_its_own_words(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a percentage opening an "of which" clause after a count of services or procedures, its predicate naming a level,
    # is the share of that level
    ("Năm 2019, tỉnh có 1.840 dịch vụ công trực tuyến, trong đó khoảng 21,3% đạt mức độ 3.",
     [("services_total", 1840.0), ("services_level3_pct", 21.3)]),
    ("Năm 2018, tỉnh có 1.900 thủ tục hành chính, trong đó 12% được cung cấp ở mức độ 4.",
     [("procedures_total", 1900.0), ("services_level4_pct", 12.0)]),
    ("Năm 2017, Cổng cung cấp 1.650 dịch vụ công trực tuyến, trong đó chỉ 3,4% ở mức độ 4.",
     [("services_total", 1650.0), ("services_level4_pct", 3.4)]),
    # … a predicate naming no level gives none
    ("Năm 2019, tỉnh có 1.840 dịch vụ công trực tuyến, trong đó 40% có phát sinh hồ sơ.", [("services_total", 1840.0)]),
])
def test_a_share_of_services_whose_predicate_names_a_level_is_that_level_s(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb may stand between "trong đó" and the share its predicate names
    ("Năm 2020, tỉnh tiếp nhận 640.000 hồ sơ, trong đó chỉ 12% được nộp trực tuyến.",
     [("dossiers_received", 640000.0), ("dossiers_online_pct", 12.0)]),
    ("Năm 2021, tỉnh tiếp nhận 500.000 hồ sơ, trong đó mới khoảng 30% được nộp qua mạng.",
     [("dossiers_received", 500000.0), ("dossiers_online_pct", 30.0)]),
])
def test_an_adverb_after_of_which_keeps_the_share_of_the_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share after two counts by level is the last one's when the whole's share was said in the sentence right before
    ("Năm 2020 có 11.589 hồ sơ trực tuyến, chiếm 4,86% tổng số hồ sơ tiếp nhận. Trong đó, 5.201 hồ sơ được nộp qua "
     "dịch vụ mức độ 3, 6.388 hồ sơ qua dịch vụ mức độ 4, bằng 2,68% tổng số hồ sơ.",
     [("dossiers_online", 11589.0), ("dossiers_online_pct", 4.86), ("dossiers_online_level3", 5201.0),
      ("dossiers_online_level4", 6388.0), ("dossiers_online_level4_pct", 2.68)]),
    # … and their sum's when no share of the whole was said before them
    ("Năm 2020 tỉnh nhận 238.000 hồ sơ. Trong đó, 5.201 hồ sơ được nộp qua dịch vụ mức độ 3, 6.388 hồ sơ qua dịch vụ "
     "mức độ 4, bằng 4,86% tổng số hồ sơ.",
     [("dossiers_received", 238000.0), ("dossiers_online_level3", 5201.0), ("dossiers_online_level4", 6388.0),
      ("dossiers_online_pct", 4.86)]),
    # … also in a sentence that sets the online dossiers apart ("Riêng …") after a rate of another kind: the whole's share
    # in the sentence itself is the nearest rate
    ("Năm 2019 tỉnh tiếp nhận 140.200 hồ sơ, tỷ lệ đúng hạn đạt 98,1%. Riêng hồ sơ trực tuyến là 9.870, chiếm 7,04%, "
     "trong đó 8.100 hồ sơ mức độ 3 và 1.770 hồ sơ mức độ 4, bằng 1,26% tổng số hồ sơ tiếp nhận.",
     [("dossiers_received", 140200.0), ("dossiers_ontime_pct", 98.1), ("dossiers_online", 9870.0),
      ("dossiers_online_pct", 7.04), ("dossiers_online_level3", 8100.0), ("dossiers_online_level4", 1770.0),
      ("dossiers_online_level4_pct", 1.26)]),
    ("Năm 2019, tỷ lệ giải quyết đúng hạn đạt 97%. Riêng hồ sơ gửi qua mạng đạt 4.310, bằng 3,2% số hồ sơ, gồm 3.900 hồ "
     "sơ mức độ 3 và 410 hồ sơ mức độ 4, bằng 0,3% số hồ sơ tiếp nhận.",
     [("dossiers_ontime_pct", 97.0), ("dossiers_online", 4310.0), ("dossiers_online_pct", 3.2),
      ("dossiers_online_level3", 3900.0), ("dossiers_online_level4", 410.0), ("dossiers_online_level4_pct", 0.3)]),
])
def test_a_share_after_level_counts_is_the_last_one_s_when_the_whole_s_share_came_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the base of a count of procedures, after "trên/trong tổng số", is all procedures
    ("Năm 2020, tỉnh bãi bỏ 45 thủ tục trên tổng số 1.800 thủ tục hành chính.",
     [("procedures_abolished", 45.0), ("procedures_total", 1800.0)]),
    ("Năm 2021, tỉnh có 320 thủ tục liên thông trong tổng số 1.905 thủ tục.",
     [("procedures_interlinked", 320.0), ("procedures_total", 1905.0)]),
])
def test_the_base_of_a_count_of_procedures_is_all_procedures(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share's base of services, naming no level, is all services
    ("Năm 2024, dịch vụ toàn trình chiếm 61,2% trên tổng số 1.790 dịch vụ.",
     [("services_full_process_pct", 61.2), ("services_total", 1790.0)]),
    ("Năm 2019, dịch vụ mức độ 4 chiếm 9,5% trong tổng số 1.810 dịch vụ công trực tuyến.",
     [("services_level4_pct", 9.5), ("services_total", 1810.0)]),
    # a part's base naming its own verb counts that ("96 hồ sơ trễ hạn trên tổng số 4.480 hồ sơ tiếp nhận")
    ("Năm 2023, Sở Y tế có 57 hồ sơ quá hạn trên tổng số 3.120 hồ sơ đã giải quyết.",
     [("dossiers_late", 57.0), ("dossiers_resolved", 3120.0)]),
    ("Năm 2023, huyện có 41 hồ sơ trễ hạn trong tổng số 2.960 hồ sơ tiếp nhận, tỷ lệ trễ 1,39%.",
     [("dossiers_late", 41.0), ("dossiers_received", 2960.0), ("dossiers_late_pct", 1.39)]),
])
def test_a_base_names_its_own_whole(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # two rate words in a clause: the one nearest the number names its kind
    ("Năm 2024, tỉnh yêu cầu nơi có tỷ lệ trễ hạn cao giải trình và đưa tỷ lệ hồ sơ giải quyết đúng hạn lên 99%.",
     [("dossiers_ontime_pct", 99.0)]),
    ("Năm 2024, xã có tỷ lệ hồ sơ trực tuyến thấp nhất huyện nên phấn đấu tỷ lệ hồ sơ đúng hạn đạt 100%.",
     [("dossiers_ontime_pct", 100.0)]),
])
def test_the_rate_word_nearest_the_number_names_its_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # procedures of a kind named in a clause after the count (a cause, a contrast) are not the count's kind
    ("Năm 2021, số thủ tục hành chính trên cổng là 1.904 thủ tục, vì nhiều thủ tục liên thông vẫn tính riêng.",
     [("procedures_total", 1904.0)]),
    ("Năm 2021, tỉnh công khai 1.877 thủ tục hành chính, trong khi nhóm thủ tục liên thông chưa được rà soát.",
     [("procedures_total", 1877.0)]),
    # … in its own phrase they are
    ("Năm 2021, tỉnh có 41 thủ tục liên thông giữa ba cấp.", [("procedures_interlinked", 41.0)]),
])
def test_a_kind_of_procedures_named_past_the_count_s_phrase_is_not_its_own(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the rating's level before the satisfaction word says it ("ở mức hài lòng")
    ("Năm 2020, Trung tâm nhận 3.902 lượt đánh giá, trong đó 99,1% ở mức hài lòng và rất hài lòng.",
     [("visits", 3902.0), ("satisfaction_pct", 99.1)]),
    ("Năm 2021, 96,4% phiếu đạt mức hài lòng.", [("satisfaction_pct", 96.4)]),
    ("Năm 2021, 2,5% ở mức không hài lòng.", []),
])
def test_the_rating_s_level_before_the_satisfaction_word_says_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count averaged over so many people is a rate per head, no total; a qualifier may stand before the count
    ("Năm 2020, toàn tỉnh có 48.912 hồ sơ nộp trực tuyến; như vậy bình quân 100 dân có 3,2 hồ sơ trực tuyến.",
     [("dossiers_online", 48912.0)]),
    ("Năm 2020, tỉnh đặt mục tiêu bình quân 100 dân có ít nhất 5 hồ sơ trực tuyến.", []),
    ("Năm 2021, trung bình 1.000 người dân có 45 hồ sơ nộp qua mạng.", []),
    ("Năm 2021, cứ 1.000 người dân có khoảng 45 hồ sơ nộp qua mạng.", []),
])
def test_a_count_averaged_over_people_is_no_total(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an average over units may list them after the word of averaging
    ("Năm 2022, toàn tỉnh tiếp nhận 96.432 hồ sơ trực tuyến, bình quân mỗi xã, phường, thị trấn nhận 1.176 hồ sơ.",
     [("dossiers_online", 96432.0)]),
    ("Năm 2021, trung bình mỗi huyện, thị xã tiếp nhận 2.310 hồ sơ; riêng thành phố nhận 8.400 hồ sơ.",
     [("dossiers_received", 8400.0)]),
    ("Năm 2020, tỉnh có 12.480 hồ sơ qua mạng; tính ra mỗi xã, phường có 80 hồ sơ.", [("dossiers_online", 12480.0)]),
    # … but each unit's own norm after "mỗi" alone is a figure of each
    ("Năm 2017, mỗi xã, phường, thị trấn được cung cấp 27 dịch vụ công trực tuyến mức độ 3.",
     [("services_level3", 27.0)]),
])
def test_an_average_over_listed_units_is_no_total(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a period named from now opening the sentence, no comma after it, is no word of the subject after it
    ("Năm ngoái hồ sơ giải quyết đúng hạn đạt 98,6%.", [("dossiers_ontime_pct", 98.6, 2020)]),
    ("Tháng trước hồ sơ nộp trực tuyến chiếm 41,2%.", [("dossiers_online_pct", 41.2, 2021)]),
    ("Năm nay tỷ lệ văn bản điện tử đạt 96%.", [("edocs_pct", 96.0, 2021)]),
    # (as a dated one is: "Năm 2020 hồ sơ …")
    ("Năm 2020 hồ sơ giải quyết đúng hạn đạt 97,1%.", [("dossiers_ontime_pct", 97.1, 2020)]),
])
def test_a_period_named_from_now_opening_the_sentence_leaves_the_subject_after_it(text, expected):
    df = extract_text("Tiêu đề\n" + text, "t", {"published": "2021-10-12"})
    assert list(zip(df["metric"], df["value"], df["year"])) == expected


@pytest.mark.parametrize("text,expected", [
    # "tức" restating, then an adverb and a second share verb, leads to the share of the count before
    ("Năm 2019, số hồ sơ mức độ 3 là 14.211, mức độ 4 là 1.752, tức mới bằng 0,82% tổng số hồ sơ.",
     [("dossiers_online_level3", 14211.0), ("dossiers_online_level4", 1752.0), ("dossiers_online_level4_pct", 0.82)]),
    ("Năm 2019, có 1.752 hồ sơ trực tuyến, tức là chỉ chiếm 0,82% tổng số hồ sơ.",
     [("dossiers_online", 1752.0), ("dossiers_online_pct", 0.82)]),
    ("Năm 2020, huyện có 3.410 hồ sơ nộp qua mạng, tức bằng 9,6% số hồ sơ tiếp nhận.",
     [("dossiers_online", 3410.0), ("dossiers_online_pct", 9.6)]),
])
def test_a_restating_word_before_a_second_share_verb_leads_to_the_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # an aside restating the subject between two commas ("tức …") leaves the subject before it to the share after it
    ("Năm 2016, tỉnh tiếp nhận 214.000 hồ sơ. Hồ sơ mức độ 4, tức nộp và nhận kết quả hoàn toàn qua mạng, mới bằng 0,49%.",
     [("dossiers_received", 214000.0), ("dossiers_online_level4_pct", 0.49)]),
    ("Năm 2016, toàn tỉnh tiếp nhận 214.000 hồ sơ, trong đó hồ sơ mức độ 4, tức là nộp và nhận kết quả hoàn toàn trên "
     "mạng, chiếm 2,78%.", [("dossiers_received", 214000.0), ("dossiers_online_level4_pct", 2.78)]),
    ("Năm 2018, hồ sơ mức độ 3, nghĩa là nộp qua mạng nhưng nhận kết quả tại quầy, chiếm 6,1%.",
     [("dossiers_online_level3_pct", 6.1)]),
    # … after a count in its clause, the share of that count, read after its comma as before
    ("Năm 2019, có 206 hồ sơ được nộp ở mức độ 4, tức là nộp và nhận kết quả hoàn toàn qua mạng, bằng 1,28%.",
     [("dossiers_online_level4", 206.0), ("dossiers_online_level4_pct", 1.28)]),
])
def test_an_aside_restating_the_subject_leaves_the_subject_to_the_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a share measured against the online dossiers ("chiếm/bằng N% hồ sơ trực tuyến") is a share within them (its
    # kind's, when another rule reads it so), never the online share
    ("Năm 2023, số hồ sơ nộp qua dịch vụ toàn trình trong quý là 33.904, chiếm 60,51% hồ sơ trực tuyến.",
     [("dossiers_full_process", 33904.0)]),
    ("Năm 2024, hồ sơ trực tuyến 298.143; hồ sơ trực tuyến toàn trình 181.502, bằng 60,88% số hồ sơ trực tuyến.",
     [("dossiers_online", 298143.0), ("dossiers_full_process", 181502.0), ("dossiers_full_process_pct", 60.88)]),
    # … a level's share within them keeps its level
    ("Năm 2023, có 1.125 hồ sơ ở mức độ 4, bằng 29,47% số hồ sơ trực tuyến.",
     [("dossiers_online_level4", 1125.0), ("dossiers_online_level4_pct", 29.47)]),
    # … but the online dossiers named after "đạt", or after the share of all dossiers, are what reaches the share
    ("Năm 2023, toàn tỉnh đạt 61% hồ sơ nộp trực tuyến.", [("dossiers_online_pct", 61.0)]),
    ("Năm 2023, tỉnh nhận 41.000 hồ sơ, trong đó 12.300 hồ sơ trực tuyến, chiếm 30% hồ sơ tiếp nhận.",
     [("dossiers_received", 41000.0), ("dossiers_online", 12300.0), ("dossiers_online_pct", 30.0)]),
])
def test_a_share_measured_against_the_online_dossiers_is_no_online_share(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a whole restated as a percentage after "tức": the percentage of the whole's words and their predicate, whether
    # the predicate comes after the aside or before it
    ("Năm 2023, toàn bộ cán bộ, công chức cấp tỉnh và cấp huyện, tức 100%, đã được cấp hộp thư công vụ.",
     [("email_issued_pct", 100.0)]),
    ("Năm 2022, toàn bộ cán bộ, công chức từ cấp tỉnh đến cấp xã đã được cấp hộp thư điện tử công vụ, tức 100%.",
     [("email_issued_pct", 100.0)]),
    ("Năm 2021, tất cả hồ sơ của Sở được giải quyết đúng hạn, tức là 100%.", [("dossiers_ontime_pct", 100.0)]),
    # … a percentage with its own words after it is read by them
    ("Năm 2020, toàn bộ công chức cấp huyện, tức 100% công chức, đã được cấp hộp thư công vụ.",
     [("email_issued_pct", 100.0)]),
])
def test_a_whole_restated_as_a_percentage_reads_with_the_whole_s_words(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # the officials named as the topic right before a percentage, its predicate after it (a time word may stand between)
    ("Năm 2023, cán bộ ở huyện giờ 100% có hộp thư công vụ.", [("email_issued_pct", 100.0)]),
    ("Năm 2016, công chức cấp tỉnh và cấp huyện 100% đã được cấp hộp thư công vụ.", [("email_issued_pct", 100.0)]),
    ("Năm 2019, viên chức các sở nay khoảng 70% dùng thư công vụ thường xuyên.", [("email_usage_pct", 70.0)]),
    # … not when a predicate of theirs already stands before the number (the percentage is the next clause's)
    ("Năm 2017, 90% công chức được cấp hộp thư và khoảng 70% sử dụng thường xuyên.",
     [("email_issued_pct", 90.0), ("email_usage_pct", 70.0)]),
])
def test_officials_named_as_the_topic_before_a_percentage_are_what_it_counts(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause whose subject is units or agencies, its verb (perhaps with a qualifier) right before a bare percentage,
    # continues the rate before it
    ("Năm 2020, tỉnh phấn đấu đạt 15% hồ sơ nộp trực tuyến, riêng các sở, ban, ngành phải đạt ít nhất 25%.",
     [("dossiers_online_pct", 15.0), ("dossiers_online_pct", 25.0)]),
    ("Năm 2021, tỷ lệ văn bản điện tử đạt 92%, riêng các sở đạt 97%.", [("edocs_pct", 92.0), ("edocs_pct", 97.0)]),
    ("Năm 2019, tỷ lệ hồ sơ trực tuyến là 9%, còn cấp xã chỉ đạt khoảng 3%.",
     [("dossiers_online_pct", 9.0), ("dossiers_online_pct", 3.0)]),
    # … not a clause naming a noun of its own
    ("Năm 2021, tỷ lệ văn bản điện tử đạt 92%, số hồ sơ trực tuyến đạt hơn 40.000.",
     [("edocs_pct", 92.0), ("dossiers_online", 40000.0)]),
])
def test_a_clause_of_units_or_agencies_continues_the_rate_before_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a panel of "Label value" items, no colon: a noun phrase of two words or more is the label of the value after it
    ("Ô thống kê về dịch vụ: Thủ tục hành chính 1.742; Dịch vụ công trực tuyến 1.315; Mức độ 4: 912.",
     [("procedures_total", 1742), ("services_total", 1315), ("services_level4", 912)]),
    ("Số liệu tổng hợp, cập nhật cuối tuần: Tổng số dịch vụ công trực tuyến 1.208; mức độ 3: 405; mức độ 4: 233.",
     [("services_total", 1208), ("services_level3", 405), ("services_level4", 233)]),
    ("Dải số liệu dưới bản đồ · Thủ tục hành chính 1.640 · Dịch vụ công trực tuyến 1.402",
     [("procedures_total", 1640), ("services_total", 1402)]),
])
def test_a_noun_phrase_labels_the_value_right_after_it_in_a_list(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit's number may be its name; a level's number cuts no label of a noun from the sentence before
    ("Các điểm hỗ trợ: Phường 3; Phường 9; Khu phố 4.", []),
    ("Dịch vụ công trực tuyến. Tổng số: 1.520 dịch vụ. Mức độ 4: 610.",
     [("services_total", 1520), ("services_level4", 610)]),
    ("Tỉnh có 1.520 dịch vụ công trực tuyến. Liên hệ tổng đài 0236 381 517.", [("services_total", 1520)]),
])
def test_no_label_where_the_noun_is_not_written_before_the_value(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the level a rate is compared with may carry its bound: a value of the same rate, with its qualifier and its year
    ("Năm 2017, tỷ lệ hồ sơ trực tuyến đạt 6,2%, tăng so với mức chưa đến 2% của năm 2016.",
     [("dossiers_online_pct", 6.2, "exact", 2017), ("dossiers_online_pct", 2, "less_than", 2016)]),
    ("Năm 2017, tỷ lệ cán bộ dùng thư công vụ đạt 81%, cao hơn mức khoảng 60% của năm 2016.",
     [("email_usage_pct", 81, "exact", 2017), ("email_usage_pct", 60, "approx", 2016)]),
    ("Năm 2017, văn bản điện tử chiếm 72%, tăng mạnh so với mức hơn 40% của năm 2016.",
     [("edocs_pct", 72, "exact", 2017), ("edocs_pct", 40, "more_than", 2016)]),
])
def test_a_compared_level_with_its_bound_is_the_same_rate(text, expected):
    assert facts(text, ("metric", "value", "qualifier", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare rate word after the verb names no rate of its own: the clause continues the rate before it
    ("Năm 2022, huyện đặt mục tiêu 60% hồ sơ được nộp trực tuyến; toàn tỉnh phấn đấu đạt tỷ lệ 40%.",
     [("dossiers_online_pct", 60), ("dossiers_online_pct", 40)]),
    ("Năm 2021, tỷ lệ giải quyết đúng hạn của cấp tỉnh là 99,2%, cấp xã đạt tỷ lệ 96,5%.",
     [("dossiers_ontime_pct", 99.2), ("dossiers_ontime_pct", 96.5)]),
    # … a rate word with a noun of its own is another rate
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 31%, còn tỷ lệ văn bản điện tử đạt 88%.",
     [("dossiers_online_pct", 31), ("edocs_pct", 88)]),
])
def test_a_bare_rate_word_after_the_verb_continues_the_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a "và" opening dossiers as a subject of their own ends the rate named before and any average word: the
    # percentage after it is the share its own subject says
    ("Năm 2016, tỷ lệ đúng hạn toàn tỉnh đạt 98,5%, thời gian giải quyết trung bình không quá 4 ngày và hồ sơ nộp "
     "trực tuyến chiếm 7% tổng số hồ sơ.",
     [("dossiers_ontime_pct", 98.5), ("dossiers_online_pct", 7)]),
    ("Năm 2019, tỷ lệ trễ hạn của các sở giảm còn 2%, thời gian trung bình 5 ngày và hồ sơ qua mạng chiếm 15%.",
     [("dossiers_late_pct", 2), ("dossiers_online_pct", 15)]),
    # … but a "và" before another unit keeps the average's rate ("bình quân … của huyện A (52,6%) và tỉnh B (61,9%)")
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của huyện đạt 70%, cao hơn mức bình quân của huyện Tân Phú (52,6%) và huyện "
     "Định Quán (61,9%).",
     [("dossiers_online_pct", 70), ("dossiers_online_pct", 52.6), ("dossiers_online_pct", 61.9)]),
])
def test_a_dossier_subject_after_and_ends_the_rate_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare share whose own phrase opens with using the mailbox, after a contrast: the usage rate
    ("Năm 2015, tỉnh đã cấp 6.420 hộp thư công vụ cho cán bộ, nhưng mới có khoảng 45% thường xuyên dùng hộp thư "
     "trong công việc.", [("email_accounts", 6420), ("email_usage_pct", 45)]),
    ("Năm 2016, huyện đã cấp 812 hộp thư công vụ, song chỉ 38% thường xuyên sử dụng.",
     [("email_accounts", 812), ("email_usage_pct", 38)]),
    ("Năm 2017, khoảng 61% hằng ngày dùng thư điện tử công vụ.", [("email_usage_pct", 61)]),
    # … "of them" between the share and the using
    ("Năm 2019, tỉnh đã cấp 3.100 hộp thư công vụ cho công chức; khoảng 64% trong số đó thường xuyên dùng hộp thư để "
     "gửi văn bản.", [("email_accounts", 3100), ("email_usage_pct", 64)]),
    ("Năm 2019, huyện đã cấp 540 hộp thư công vụ, 72% trong đó dùng hằng ngày.",
     [("email_accounts", 540), ("email_usage_pct", 72)]),
    # … not a share using something else
    ("Năm 2015, tỉnh đã cấp 6.420 hộp thư công vụ; 45% sử dụng phần mềm quản lý văn bản.", [("email_accounts", 6420)]),
])
def test_a_bare_share_using_the_mailbox_is_the_usage_rate(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # one person as the applicant, right before the verb: that person's own count, no figure
    ("Năm 2019, anh Hoài kể anh đã nộp 4 bộ hồ sơ từ đầu năm mà chưa phải đến cơ quan nhà nước.", []),
    ("Năm 2020, chị Lan cho biết chị vừa gửi 3 hồ sơ qua mạng.", []),
    ("Năm 2021, ông Tâm nói: “Năm nay tôi đã làm 2 thủ tục qua mạng”.", []),
    ("Năm 2019, gia đình anh đã nộp 5 hồ sơ trực tuyến.", []),
    # … not an agency or the people of a place, nor a person who reports the agency's count
    ("Năm 2019, ông Tâm cho biết Sở đã tiếp nhận 4.000 hồ sơ, người dân đã nộp 1.200 hồ sơ qua mạng.",
     [("dossiers_received", 4000), ("dossiers_online", 1200)]),
    ("Năm 2019, bà con trong xã đã nộp 1.200 hồ sơ qua mạng.", [("dossiers_online", 1200)]),
])
def test_one_person_s_own_count_is_no_figure(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a count's own words end at a contrast: the kind named in the clause after it is that clause's
    ("Năm 2022, xã A có 205 hồ sơ nộp qua mạng nhưng tháng trước chỉ báo cáo số hồ sơ nhận trực tiếp.",
     [("dossiers_online", 205)]),
    ("Năm 2022, huyện nhận 1.040 hồ sơ trực tuyến song nhiều người vẫn quen nộp trực tiếp tại quầy.",
     [("dossiers_online", 1040)]),
    ("Năm 2023, có 96 hồ sơ nộp trực tiếp tại quầy trong khi kênh trực tuyến còn ít người dùng.",
     [("dossiers_offline", 96)]),
    # … unless the contrast says what the count really is
    ("Năm 2022 có 3.100 hồ sơ được ghi là nộp trực tuyến nhưng thực chất do cán bộ nhập hộ từ hồ sơ giấy.",
     [("dossiers_offline", 3100)]),
])
def test_a_count_s_own_kind_stops_at_a_contrast(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "trả" with the fee as its object pays it, as "nộp"/"đóng" do
    ("Năm 2022, lĩnh vực hộ tịch có 64,5% hồ sơ trả lệ phí qua mạng.", [("dossiers_paid_online_pct", 64.5)]),
    ("Năm 2023, người dân đã trả phí trực tuyến cho 2.416 hồ sơ.", [("dossiers_paid_online", 2416)]),
    # … not the steps that define level 4, nor the level a fee is paid at
    ("Năm 2023 có 312 hồ sơ được nộp, trả phí và nhận kết quả hoàn toàn trên mạng ở mức độ 4.",
     [("dossiers_online_level4", 312)]),
    # (… "hoàn toàn" and the channel may stand between the fee and its level)
    ("Năm 2015, 58 hồ sơ được nộp và trả phí hoàn toàn trên mạng ở mức độ 4.", [("dossiers_online_level4", 58)]),
    ("Năm 2016, 140 hồ sơ đã trả lệ phí hoàn toàn qua mạng ở mức độ 4.", [("dossiers_online_level4", 140)]),
    ("Năm 2016, 140 hồ sơ được nộp và trả phí trực tuyến.", [("dossiers_paid_online", 140)]),
    # … and paying ("thanh toán") online at a level names the level as well
    ("Năm 2019, hồ sơ nộp và thanh toán phí trực tuyến mức độ 4 là 2.716.", [("dossiers_online_level4", 2716)]),
    ("Năm 2018, 905 hồ sơ được thanh toán qua mạng ở mức độ 4.", [("dossiers_online_level4", 905)]),
    ("Năm 2018, 905 hồ sơ được thanh toán trực tuyến.", [("dossiers_paid_online", 905)]),
])
def test_the_fee_as_object_of_tra_is_a_payment(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count subject's verb may say where the count stands ("dừng ở", "dừng lại ở", "ở mức"), even past an aside
    ("Năm 2017, số dịch vụ ở mức độ 4, nơi người dân nhận kết quả qua mạng, mới dừng ở 27.", [("services_level4", 27)]),
    ("Năm 2016, số hồ sơ nộp qua mạng chỉ dừng lại ở 1.204.", [("dossiers_online", 1204)]),
    ("Năm 2018, số tài khoản thư điện tử công vụ ở mức 5.310.", [("email_accounts", 5310)]),
])
def test_a_count_subject_s_verb_may_say_where_it_stands(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a part with no noun of its own out of a base whose predicate names a level: the level is the part's, the base all
    # services
    ("Năm 2017, tỉnh đã có 412 trên tổng số 1.742 dịch vụ được cung cấp ở mức độ 3.",
     [("services_level3", 412), ("services_total", 1742)]),
    ("Năm 2018, 96 trong tổng số 1.530 dịch vụ công đã đạt mức độ 4.", [("services_level4", 96), ("services_total", 1530)]),
    # (a base whose noun is itself levelled is no total: "… trên tổng số 398 dịch vụ mức độ 3, 4")
    ("Năm 2018, có 120 dịch vụ mức độ 4 trên tổng số 398 dịch vụ mức độ 3, 4.", [("services_level4", 120)]),
])
def test_a_predicate_after_a_base_s_noun_is_the_part_s(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a label opened by a count word ("số", "tổng số", "số lượng") and ending at its bare number is that count, with no
    # copula and no list item around it; the level items after it take its noun
    ("Đến cuối năm 2019, số dịch vụ công trực tuyến 1.962; mức độ 3: 498; mức độ 4: 176.",
     [("services_total", 1962), ("services_level3", 498), ("services_level4", 176)]),
    ("Năm 2020, tổng số thủ tục hành chính 1.912, số dịch vụ công trực tuyến 1.200.",
     [("procedures_total", 1912), ("services_total", 1200)]),
    ("Số lượng dịch vụ công trực tuyến 845, trong đó mức độ 4 là 120.", [("services_total", 845), ("services_level4", 120)]),
    ("Năm 2021, số lượng hồ sơ nộp trực tuyến 23.407.", [("dossiers_online", 23407)]),
])
def test_a_label_opened_by_a_count_word_counts_its_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level right before the label's copula puts the online dossiers the sentence frames at that level, with a next
    # item after "và"
    ("Năm 2022, trong số hồ sơ nộp qua mạng, hồ sơ mức độ 3 là 10.240 và hồ sơ mức độ 4 là 1.306.",
     [("dossiers_online_level3", 10240.0), ("dossiers_online_level4", 1306.0)]),
    ("Năm 2019, trong số hồ sơ trực tuyến, mức độ 3 là 4.118 và mức độ 4 là 502.",
     [("dossiers_online_level3", 4118.0), ("dossiers_online_level4", 502.0)]),
    # … as does a level right after the rate word, after the online rate ("tỷ lệ mức độ 4 …")
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 52,4%, tỷ lệ mức độ 4 đạt 31,07%.",
     [("dossiers_online_pct", 52.4), ("dossiers_online_level4_pct", 31.07)]),
    ("Năm 2020, tỷ lệ trực tuyến 40,2%; tỷ lệ mức độ 3 trên tổng hồ sơ 12,5%.",
     [("dossiers_online_pct", 40.2), ("dossiers_online_level3_pct", 12.5)]),
])
def test_a_level_before_the_copula_of_each_item(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a base set before its share ("Trong N <noun> …, có X% <predicate>"): the percentage counts that noun as its
    # predicate says
    ("Năm 2019, trong 1.652 thủ tục hành chính của tỉnh, có 21,4% được cung cấp trực tuyến mức độ 3.",
     [("procedures_total", 1652.0), ("services_level3_pct", 21.4)]),
    ("Năm 2020, trên tổng số 52.300 hồ sơ các huyện tiếp nhận, hơn 18% được nộp qua mạng.",
     [("dossiers_received", 52300.0), ("dossiers_online_pct", 18.0)]),
    ("Năm 2022, trong số 6.120 tài khoản thư điện tử công vụ đã cấp, chỉ khoảng 64% được dùng thường xuyên.",
     [("email_accounts", 6120.0), ("email_usage_pct", 64.0)]),
    ("Năm 2021, trong 90.412 hồ sơ đã giải quyết, có 97,1% trả đúng hạn.",
     [("dossiers_resolved", 90412.0), ("dossiers_ontime_pct", 97.1)]),
])
def test_a_base_set_before_its_share_is_the_share_s_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a task handed on after "và" ("và giao Sở … kết nối … phần mềm một cửa") is a second predicate: the share is its
    # own noun's
    ("Năm 2023, tỉnh đặt mục tiêu đạt 60% hồ sơ trực tuyến và giao Sở Thông tin và Truyền thông kết nối phần mềm một "
     "cửa với cơ sở dữ liệu dân cư.", [("dossiers_online_pct", 60.0)]),
    ("Năm 2022, huyện phấn đấu 40% hồ sơ nộp qua mạng và chỉ đạo các xã dùng chung phần mềm một cửa điện tử.",
     [("dossiers_online_pct", 40.0)]),
])
def test_a_task_handed_on_is_a_second_predicate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Có 576 hồ sơ trực tuyến bị trả lại, chiếm tới 18,4% số hồ sơ nộp qua mạng.",
     [("dossiers_returned", 576), ("dossiers_returned_pct", 18.4)]),
    ("Năm 2021, tỉnh tiếp nhận 95.000 hồ sơ, trong đó 40.100 hồ sơ trực tuyến, chiếm tới 42,2%.",
     [("dossiers_received", 95000), ("dossiers_online", 40100), ("dossiers_online_pct", 42.2)]),
    ("Quý I, 1.240 hồ sơ được trả lại để bổ sung, chiếm đến 9,6% số hồ sơ trực tuyến.",
     [("dossiers_returned", 1240), ("dossiers_returned_pct", 9.6)]),
])
def test_a_word_stressing_how_much_after_the_share_verb_keeps_the_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2025, tỉnh phấn đấu 100% hồ sơ được số hóa khi tiếp nhận và tỷ lệ đúng hạn trở lại mức trên 98%.",
     [("dossiers_digitized_pct", 100), ("dossiers_ontime_pct", 98)]),
    ("Năm 2024, 92% hồ sơ được số hóa kết quả và tỷ lệ trễ hạn giảm còn 1,5%.",
     [("dossiers_digitized_pct", 92), ("dossiers_late_pct", 1.5)]),
])
def test_the_rate_word_nearest_the_number_names_its_kind(text, expected):
    assert facts(text) == expected


def test_a_rate_word_whose_own_figure_came_before_names_nothing_after_it():
    text = "Năm 2018, tỉnh phấn đấu tỷ lệ đúng hạn đạt 99% và nâng phần hồ sơ trả trước hạn lên 40%."
    assert ("dossiers_ontime_pct", 40) not in facts(text)


@pytest.mark.parametrize("text, expected", [
    ("Năm 2019, số hồ sơ nộp ở mức độ 4 là 3.118 hồ sơ, chiếm 11,42% số hồ sơ trực tuyến.",
     [("dossiers_online_level4", 3118), ("dossiers_online_level4_pct", 11.42)]),
    ("Quý I/2020, số hồ sơ gửi ở mức độ 3 là 6.204 hồ sơ.", [("dossiers_online_level3", 6204)]),
    ("Năm 2021, hồ sơ được nộp ở các mức độ 3 là 2.150 hồ sơ.", [("dossiers_online_level3", 2150)]),
])
def test_dossiers_sent_at_a_level_are_online_at_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Năm 2019, toàn tỉnh chỉ có 31/140 xã, phường, thị trấn đạt tỷ lệ hồ sơ nộp trực tuyến trên 20%.",
    "Năm 2021, riêng thị xã A có 9/27 xã, phường đạt trên 50%.",
    "Năm 2022, 12 đơn vị đạt tỷ lệ hồ sơ trực tuyến từ 80% trở lên.",
])
def test_a_bar_that_counted_units_reach_is_no_figure(text):
    assert [f for f in facts(text) if f[0].endswith("_pct")] == []


@pytest.mark.parametrize("text, expected", [
    ("Năm 2023, tỉnh tiếp nhận 102.000 hồ sơ, trong đó 58.900 hồ sơ nộp trực tuyến. Công dân nộp 41.300 hồ sơ, tức 70,1% "
     "số hồ sơ trực tuyến.", [("dossiers_received", 102000), ("dossiers_online", 58900)]),
    ("Năm 2024, có 61.240 hồ sơ do công chức một cửa nộp giúp, tức là 27,98% tổng số hồ sơ trực tuyến.", []),
    # … but the rate's own words after it are no base: "một nửa, tức 50% hồ sơ được nộp trực tuyến"
    ("Tỉnh phấn đấu đến năm 2025 có một nửa, tức 50% hồ sơ được nộp trực tuyến.", [("dossiers_online_pct", 50)]),
])
def test_a_restated_share_of_the_online_dossiers_is_a_part_of_them(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2018, có 94.127 hồ sơ được trả kết quả trước ngày hẹn, chiếm 36,8% số hồ sơ đã giải quyết.",
     [("dossiers_early", 94127), ("dossiers_early_pct", 36.8)]),
    ("Năm 2019, 61% hồ sơ được trả trước ngày hẹn.", [("dossiers_early_pct", 61)]),
])
def test_results_handed_back_before_the_appointed_day_are_early(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2018, tỉnh xếp thứ 19/63 trong Vietnam ICT Index và đứng thứ 21/63 về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
     [("ict_index_rank", 19)]),
    ("Năm 2020, tỉnh xếp thứ 12/63 về Chỉ số chuyển đổi số (DTI), thứ 30/63 theo SIPAS.", [("dti_rank", 12)]),
])
def test_a_rank_whose_own_words_name_a_ranking_not_ours(text, expected):
    assert [(m, v) for m, v in facts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Trong số các lượt đánh giá năm 2020, 95,4% là hài lòng và rất hài lòng.", [("satisfaction_pct", 95.4)]),
    ("Năm 2021, có 12.400 phiếu khảo sát, trong đó 97% là hài lòng.", [("satisfaction_pct", 97)]),
])
def test_a_share_of_ratings_then_a_copula_and_satisfied(text, expected):
    assert [f for f in facts(text) if f[0] == "satisfaction_pct"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Văn phòng UBND tỉnh được giao mục tiêu 4% hồ sơ nộp qua mạng vào cuối năm 2018 và phải nhắn tin báo cho người dân "
     "khi hồ sơ có nguy cơ trễ.", [("dossiers_online_pct", 4)]),
    ("Năm 2021, huyện phấn đấu 30% hồ sơ được nộp trực tuyến và phải công khai hồ sơ quá hạn.",
     [("dossiers_online_pct", 30)]),
])
def test_an_obligation_after_and_opens_a_second_predicate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text", [
    "Mục tiêu năm 2019 là khoảng 50 hồ sơ trực tuyến trên mỗi nghìn dân.",
    "Năm 2020, cứ một nghìn người dân có 75 hồ sơ nộp qua mạng.",
])
def test_a_count_per_so_many_people_in_words_is_no_total(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Bảng năm 2016 ghi mỗi đơn vị một dòng: Sở Tư pháp – hồ sơ tiếp nhận: 3.214; hồ sơ trực tuyến: 1.867.",
     [("dossiers_received", 3214), ("dossiers_online", 1867)]),
    ("Kết quả năm 2019: Huyện A – số hồ sơ đã giải quyết: 8.120; tỷ lệ đúng hạn: 99,1%.",
     [("dossiers_resolved", 8120), ("dossiers_ontime_pct", 99.1)]),
])
def test_a_unit_set_off_by_a_dash_before_an_items_label(text, expected):
    assert [(m, v) for m, v in facts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2020, tỉnh có 18.230 hồ sơ trực tuyến; 2.917 hồ sơ được gửi vào thứ Bảy, Chủ nhật hoặc ngoài giờ hành chính, "
     "chiếm 16% số hồ sơ nộp qua mạng.", [("dossiers_online", 18230)]),
    ("Năm 2021, có 4.210 hồ sơ nộp qua ứng dụng trên điện thoại, phần lớn là hồ sơ hộ tịch, bằng 9,3% tổng số hồ sơ trực "
     "tuyến.", []),
])
def test_a_share_of_the_online_dossiers_later_in_the_sentence_makes_the_count_a_part(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2019 tỉnh nhận 240.500 hồ sơ; hồ sơ mức độ 4 là 2.130 hồ sơ (chỉ bằng 0,89% tổng số hồ sơ).",
     [("dossiers_received", 240500), ("dossiers_online_level4", 2130), ("dossiers_online_level4_pct", 0.89)]),
    ("Năm 2018 huyện cung cấp 310 dịch vụ công trực tuyến, có 27 dịch vụ mức độ 4 (chỉ mới bằng 8,71% tổng số dịch vụ).",
     [("services_total", 310), ("services_level4", 27), ("services_level4_pct", 8.71)]),
    ("Năm 2017 Sở nhận 9.800 hồ sơ, trong đó 412 hồ sơ nộp qua mạng (mới bằng 4,2% số hồ sơ của Sở).",
     [("dossiers_received", 9800), ("dossiers_online", 412), ("dossiers_online_pct", 4.2)]),
])
def test_an_adverb_before_the_share_verb_inside_the_parenthesis(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2018 tỉnh có 1.902 thủ tục hành chính, trong đó 57 thủ tục đã có dịch vụ mức độ 4, tức dịch vụ mức độ 4 mới "
     "bằng 3% tổng số thủ tục.", [("procedures_total", 1902), ("services_level4", 57), ("services_level4_pct", 3)]),
    ("Năm 2019 thành phố cung cấp 1.040 dịch vụ công, trong đó 312 dịch vụ mức độ 3, tức dịch vụ mức độ 3 chỉ bằng 30%.",
     [("services_total", 1040), ("services_level3", 312), ("services_level3_pct", 30)]),
])
def test_restating_tuc_then_a_noun_of_its_own_is_that_nouns_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2019 các xã nhận 2.412 hồ sơ trực tuyến mức độ 3. Con số này bằng 1,8% tổng số hồ sơ.",
     [("dossiers_online_level3", 2412), ("dossiers_online_level3_pct", 1.8)]),
    ("Năm 2018 tỉnh công bố 1.650 thủ tục hành chính. Dịch vụ mức độ 4 bằng 4,5% tổng số thủ tục, còn lại ở mức độ 2.",
     [("procedures_announced", 1650), ("services_level4_pct", 4.5)]),
])
def test_bang_measures_a_share_against_the_base_after_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2020 tỉnh đưa 312 dịch vụ lên Cổng Dịch vụ công quốc gia, gồm 198 dịch vụ mức độ 3 và 114 dịch vụ mức độ 4; "
     "số dịch vụ được tích hợp chiếm 16,7% tổng số dịch vụ của tỉnh.",
     # (the 312 put on the national portal, broken down by level after "gồm", are the services integrated there)
     [("services_national_portal", 312), ("services_level3", 198), ("services_level4", 114)]),
    ("Năm 2019 huyện có 640 dịch vụ mức độ 3 và 210 dịch vụ mức độ 4; số dịch vụ được đồng bộ lên Cổng quốc gia bằng 62% "
     "tổng số dịch vụ.", [("services_level3", 640), ("services_level4", 210)]),
])
def test_a_share_whose_own_count_subject_names_a_set_we_do_not_measure_is_no_row(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2023 tỉnh nhận 10.000 hồ sơ, 6.293 hồ sơ nộp trực tuyến, đạt tỉ lệ 62,93%.",
     [("dossiers_received", 10000), ("dossiers_online", 6293), ("dossiers_online_pct", 62.93)]),
    ("Trong quí I/2021, tỉ lệ hồ sơ giải quyết đúng hạn đạt 97,5%.", [("dossiers_ontime_pct", 97.5)]),
])
def test_the_older_i_spelling_reads_as_the_y_one(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Trong quý II, 58,3% hồ sơ được nộp qua mạng, 9,1% gửi qua bưu điện và 32,6% nộp trực tiếp tại bộ phận một cửa.",
     [("dossiers_online_pct", 58.3), ("dossiers_postal_pct", 9.1), ("dossiers_offline_pct", 32.6)]),
    ("Xét theo kênh tiếp nhận, 40,2% số hồ sơ được gửi trực tuyến, 11,5% qua dịch vụ bưu chính công ích, còn 48,3% "
     "do người dân nộp trực tiếp.",
     [("dossiers_online_pct", 40.2), ("dossiers_postal_pct", 11.5), ("dossiers_offline_pct", 48.3)]),
    # the label before each number still names it
    ("Tỷ lệ hồ sơ trước hạn đạt 61%, đúng hạn 37%, trễ hạn 2%.",
     [("dossiers_early_pct", 61.0), ("dossiers_ontime_pct", 37.0), ("dossiers_late_pct", 2.0)]),
])
def test_each_share_of_a_list_takes_the_kind_written_right_after_it(text, expected):
    """Shares listed as "N% <kind>, M% <kind> và K% <kind>": the words before an item are the previous item's; its kind
    is the one after it (a label before it, "đúng hạn 37%", still names it)."""
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,late", [
    ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,7%, còn lại 2,3% trễ hạn.", 2.3),
    ("Ở cấp xã, tỷ lệ đúng hạn chỉ đạt 94,6%; còn 5,4% trễ hẹn do thiếu công chức.", 5.4),
    ("Tỷ lệ trả kết quả đúng hẹn là 96,1%, số còn lại 3,9% quá hạn.", 3.9),
])
def test_the_rest_of_a_rate_with_its_own_kind_after_it_is_that_kinds_share(text, late):
    """A clause of its own naming no rate and no noun, the percentage then a kind ("còn lại 2,3% trễ hạn"): the share of
    that kind, not a second value of the rate before."""
    rows = facts(text, ("metric", "value"))
    assert ("dossiers_late_pct", late) in rows and [m for m, _ in rows].count("dossiers_ontime_pct") == 1


@pytest.mark.parametrize("text,expected", [
    ("Năm 2020, bộ phận một cửa nhận qua bưu điện 1.734 hồ sơ và qua mạng 6.215 hồ sơ.",
     [("dossiers_postal", 1734.0), ("dossiers_online", 6215.0)]),
    ("Trong quý I, Sở tiếp nhận trực tiếp 8.402 hồ sơ, qua dịch vụ bưu chính công ích 517 hồ sơ và trực tuyến 2.960 hồ sơ.",
     [("dossiers_offline", 8402.0), ("dossiers_postal", 517.0), ("dossiers_online", 2960.0)]),
    # the kind after the count, before "và", stays its own
    ("Huyện nhận 2.310 hồ sơ trực tuyến và 4.875 hồ sơ trực tiếp trong năm 2019.",
     [("dossiers_online", 2310.0), ("dossiers_offline", 4875.0)]),
])
def test_a_channel_after_va_that_runs_into_the_next_number_labels_that_number(text, expected):
    """Counts each labelled by a channel before them, joined by "và" ("qua bưu điện 1.734 hồ sơ và qua mạng 6.215 hồ
    sơ"): the words after the "và" are the next count's label, not the words of the count before."""
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count whose copula names its level: the dossiers handled online at that level
    ("Năm 2020, huyện tiếp nhận 8.400 hồ sơ; 1.216 hồ sơ là mức độ 3.",
     [("dossiers_received", 8400.0), ("dossiers_online_level3", 1216.0)]),
    ("Quý I/2021 có 702 hồ sơ gửi qua mạng, 388 hồ sơ trong số đó đều là mức độ 4.",
     [("dossiers_online", 702.0), ("dossiers_online_level4", 388.0)]),
    # … not a copula to a level of something else ("mức cao nhất" is no service level)
    ("Năm 2020, huyện nhận 1.216 hồ sơ trực tuyến, là mức cao nhất từ trước đến nay.", [("dossiers_online", 1216.0)]),
    ("Năm 2020, huyện nhận 1.216 hồ sơ trực tuyến, là mức 3 lần năm trước.", [("dossiers_online", 1216.0)]),
])
def test_a_dossier_count_whose_copula_names_a_level_is_of_that_level(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate named by a kind alone whose words name taxes or insurance paid counts those, not dossiers
    ("Năm 2019, tỷ lệ nộp thuế điện tử của doanh nghiệp đạt 95,1%.", []),
    ("Năm 2019, tỷ lệ kê khai thuế qua mạng đạt 98%, tỷ lệ đóng bảo hiểm xã hội điện tử đạt 90%.", []),
    # … tax dossiers keep their noun and stay dossiers
    ("Năm 2019, tỷ lệ hồ sơ khai thuế điện tử đạt 97,3%.", [("dossiers_online_pct", 97.3)]),
    ("Năm 2019, tỷ lệ nộp trực tuyến đạt 21,4%.", [("dossiers_online_pct", 21.4)]),
])
def test_a_kind_rate_of_taxes_paid_is_no_dossier_rate(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a qualifier alone leads the share of the dossier count before it; a kind right after it names which share
    ("Năm 2020, các sở đã giải quyết 84.310 hồ sơ, hơn 98% đúng hạn.",
     [("dossiers_resolved", 84310.0), ("dossiers_ontime_pct", 98.0)]),
    ("Năm 2020, huyện tiếp nhận 9.870 hồ sơ, gần 30% qua mạng, phần còn lại nộp trực tiếp.",
     [("dossiers_received", 9870.0), ("dossiers_online_pct", 30.0)]),
    # … no kind after it: the share of the count itself
    ("Năm 2020, 9.870 hồ sơ được nộp trực tuyến, khoảng 31% tổng số hồ sơ.",
     [("dossiers_online", 9870.0), ("dossiers_online_pct", 31.0)]),
])
def test_a_qualified_share_after_a_count_takes_the_kind_right_after_it(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a predicate denied right after a count of dossiers: those in a failing state, no count of the kind named
    ("Khi hệ thống gặp sự cố năm 2021, có 242 hồ sơ trực tuyến không được tiếp nhận kịp thời.", []),
    ("Năm 2021, 58 hồ sơ nộp qua mạng không thể xử lý do thiếu giấy tờ.", []),
    # … resolving not yet done is pending
    ("Đến cuối năm 2021, còn 133 hồ sơ trực tuyến chưa được giải quyết.", [("dossiers_pending", 133.0)]),
    # … an affirmed predicate keeps the kind
    ("Năm 2021, 1.242 hồ sơ trực tuyến được tiếp nhận kịp thời.", [("dossiers_online", 1242.0)]),
])
def test_a_dossier_count_whose_predicate_is_denied_is_no_count_of_its_kind(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a from-to climb may go on past its end, each step with its noun and its own year
    ("Số dịch vụ công trực tuyến tăng từ 95 dịch vụ năm 2018 lên 410 dịch vụ năm 2020 và 1.230 dịch vụ năm 2023.",
     [("services_total", 95), ("services_total", 410), ("services_total", 1230)]),
    ("Hồ sơ nộp qua mạng tăng từ 2.100 hồ sơ năm 2019 lên 8.400 hồ sơ năm 2021, rồi 20.350 hồ sơ năm 2023.",
     [("dossiers_online", 2100), ("dossiers_online", 8400), ("dossiers_online", 20350)]),
    ("Số tài khoản thư công vụ tăng từ 900 hộp thư năm 2016 lên 2.450 hộp thư năm 2019, 3.780 hộp thư năm 2022.",
     [("email_accounts", 900), ("email_accounts", 2450), ("email_accounts", 3780)]),
    # … but a step naming a kind of its own is no step of the climb
    ("Hồ sơ nộp qua mạng tăng từ 2.100 hồ sơ năm 2019 lên 8.400 hồ sơ năm 2021 và 30.500 hồ sơ đã giải quyết năm 2023.",
     [("dossiers_online", 2100), ("dossiers_online", 8400), ("dossiers_resolved", 30500)]),
])
def test_a_climb_goes_on_past_its_end(text, expected):
    assert facts(text, meta={"published": "2023-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a count of the outermost whole out of a wider total of its own noun: that total is the same figure of a wider unit
    ("Riêng Sở Xây dựng đã tiếp nhận 3.412 hồ sơ trên tổng số 48.900 hồ sơ của toàn tỉnh.",
     [("dossiers_received", 3412), ("dossiers_received", 48900)]),
    ("Cấp xã tiếp nhận 15.300 hồ sơ trong tổng số 61.000 hồ sơ của cả ba cấp, chiếm 25,08%.",
     [("dossiers_received", 15300), ("dossiers_received", 61000), ("dossiers_received_pct", 25.08)]),
    # … a base naming its own kind keeps it
    ("Huyện tiếp nhận 2.000 hồ sơ trên tổng số 3.100 hồ sơ tồn.",
     [("dossiers_received", 2000), ("dossiers_carried_over", 3100)]),
])
def test_a_whole_counted_out_of_a_wider_whole(text, expected):
    assert facts(text, meta={"published": "2023-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a line that is only a label of electronic documents and its percentage is the e-documents' share
    ("Kết quả quý III:\n📄 Văn bản đi, đến dưới dạng điện tử 94%\n", [("edocs_pct", 94)]),
    ("Kết quả quý III:\n- Văn bản điện tử cấp huyện 88,5%\n", [("edocs_pct", 88.5)]),
    # … not documents with no electronic word, nor a share inside a sentence ("gửi 100% giấy mời …")
    ("Kết quả quý III:\n- Văn bản đi 73%\n", []),
    ("Văn phòng gửi 100% giấy mời họp qua thư điện tử.", []),
])
def test_a_line_labelled_electronic_documents_gives_their_share(text, expected):
    assert facts(f"Tin huyện\n{text}", meta={"published": "2022-10-05"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a ranking's line listing provinces by name alone, each right before its place
    ("Vietnam ICT Index 2018: Bình Phước 44/63; Đồng Nai 20/63.",
     [("ict_index_rank", 44, "Bình Phước"), ("ict_index_rank", 20, "Đồng Nai")]),
    ("Kết quả DTI 2022: Hà Nam 25/63, Ninh Bình 33/63.",
     [("dti_rank", 25, "Hà Nam"), ("dti_rank", 33, "Ninh Bình")]),
])
def test_provinces_named_alone_in_a_ranking_line(text, expected):
    assert facts(text, ("metric", "value", "province"), meta={"published": "2023-05-02"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a whole quantifier opening the subject is no noun of its own: the head after it names the rate
    ("Trong quý, toàn bộ hồ sơ được giải quyết đúng hạn, đạt 100%.", [("dossiers_ontime_pct", 100)]),
    ("Năm nay tất cả văn bản đi dưới dạng điện tử đạt 100%.", [("edocs_pct", 100)]),
])
def test_a_whole_quantifier_opens_the_subject(text, expected):
    assert facts(text, meta={"published": "2018-06-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare percentage raised after the rate before it, with its own year, continues that rate
    ("Tỉnh đặt mục tiêu năm 2021 có 20% hồ sơ được nộp trực tuyến, đến năm 2025 nâng lên 60%.",
     [("dossiers_online_pct", 20, 2021), ("dossiers_online_pct", 60, 2025)]),
    ("Năm 2019 văn bản điện tử đạt 71%, năm 2020 tăng lên 86%.", [("edocs_pct", 71, 2019), ("edocs_pct", 86, 2020)]),
])
def test_a_bare_rate_raised_after_the_rate_before_continues_it(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2020-06-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit's dossiers with the share of a kind written after them, in its parenthesis: what came in, and that share
    ("Năm 2022 thành phố tiếp nhận 9.800 hồ sơ. Cao nhất là phường Hòa Bình (2.410 hồ sơ, 76,5% trực tuyến), sau đó "
     "phường Tân An (1.980 hồ sơ, 71,2% trực tuyến) và xã Gia Lộc (1.150 hồ sơ, 60,4% trực tuyến).",
     [("dossiers_received", 9800), ("dossiers_received", 2410), ("dossiers_online_pct", 76.5),
      ("dossiers_received", 1980), ("dossiers_online_pct", 71.2), ("dossiers_received", 1150),
      ("dossiers_online_pct", 60.4)]),
    # a list after a colon, the share's kind another one
    ("Năm 2022 huyện tiếp nhận 4.000 hồ sơ. Một số xã đạt kết quả cao: xã Đông Sơn (640 hồ sơ, 99,5% đúng hạn), "
     "xã Tây Sơn (512 hồ sơ, 98,1% đúng hạn).",
     [("dossiers_received", 4000), ("dossiers_received", 640), ("dossiers_ontime_pct", 99.5),
      ("dossiers_received", 512), ("dossiers_ontime_pct", 98.1)]),
])
def test_a_units_dossiers_before_a_share_of_a_kind_are_what_came_in(text, expected):
    assert facts(text, meta={"published": "2022-12-20"}) == expected

@pytest.mark.parametrize("text,expected", [
    # a bare count before a part that is a count with its noun and kind, or before an aside and then a labelled part,
    # is the whole received
    ("Tháng 5/2021. Phòng Tư pháp: 836 hồ sơ, 829 hồ sơ đúng hạn, 40 hồ sơ trực tuyến.",
     [("dossiers_received", 836.0), ("dossiers_ontime", 829.0), ("dossiers_online", 40.0)]),
    ("Tháng 5/2021. Chi nhánh đất đai: 2.310 hồ sơ, hầu hết là đăng ký biến động; đúng hạn 97,1%.",
     [("dossiers_received", 2310.0), ("dossiers_ontime_pct", 97.1)]),
    # … but not a count whose own words name its kind
    ("Tháng 5/2021. Phòng Tư pháp: 836 hồ sơ trực tuyến, 829 hồ sơ đúng hạn.",
     [("dossiers_online", 836.0), ("dossiers_ontime", 829.0)]),
])
def test_a_bare_count_before_its_parts_is_the_whole_received(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the next conjunct's verb and kind, right before its own number, are none of the count's words
    ("Quý III/2021, trung tâm tiếp nhận 6.120 hồ sơ và trả đúng hạn 6.104 hồ sơ.",
     [("dossiers_received", 6120.0), ("dossiers_ontime", 6104.0)]),
    ("Quý III/2021, huyện nhận 2.310 hồ sơ và trả trước hạn 815.", [("dossiers_received", 2310.0), ("dossiers_early", 815.0)]),
    ("Quý III/2021, phường nhận 930 hồ sơ và giải quyết 921 hồ sơ.",
     [("dossiers_received", 930.0), ("dossiers_resolved", 921.0)]),
    # … while a kind said before the "và" stays the count's own, and so do levels joined by it
    ("Quý III/2021, phường nhận 412 hồ sơ trực tuyến và 930 hồ sơ trực tiếp.",
     [("dossiers_online", 412.0), ("dossiers_offline", 930.0)]),
    ("Quý III/2021, cổng cung cấp 318 dịch vụ công trực tuyến mức độ 3 và 4 của 290 thủ tục.",
     [("services_level34", 318.0), ("procedures_total", 290.0)]),
])
def test_the_next_conjuncts_label_is_none_of_a_counts_words(text, expected):
    assert facts(text) == expected



def test_a_count_naming_its_kind_keeps_it_before_a_share_of_another():
    # the count's own noun names online dossiers; the share after it is of the kind it names
    assert facts("Năm 2022 xã có 1.500 hồ sơ trực tuyến, 96% đúng hạn.", meta={"published": "2022-12-20"}) == \
        [("dossiers_online", 1500), ("dossiers_ontime_pct", 96)]


@pytest.mark.parametrize("text,expected", [
    # an adverb of how little between the share verb or the rate word and the share
    ("Năm 2016 tỉnh tiếp nhận 85.000 hồ sơ, trong đó 1.700 hồ sơ qua mạng, chiếm vỏn vẹn 2%.",
     [("dossiers_received", 85000), ("dossiers_online", 1700), ("dossiers_online_pct", 2)]),
    ("Năm 2016 huyện nhận 9.600 hồ sơ, chỉ 288 hồ sơ nộp trực tuyến, tỷ lệ vẻn vẹn 3%.",
     [("dossiers_received", 9600), ("dossiers_online", 288), ("dossiers_online_pct", 3)]),
    # a rate said after a verb of admitting or judging, perhaps nominalised by "việc"
    ("Năm 2016, giám đốc sở thừa nhận việc dịch vụ mức độ 3 chỉ chiếm 4,2% tổng số dịch vụ là thấp.",
     [("services_level3_pct", 4.2)]),
    ("Năm 2016, lãnh đạo huyện cho rằng văn bản điện tử mới đạt 55% là chưa tương xứng.", [("edocs_pct", 55)]),
    # agencies exchanging their work through the e-mail system use it
    ("Năm 2016, 74 cơ quan, đơn vị trao đổi công việc qua hệ thống thư điện tử công vụ.", [("email_agencies", 74)]),
])
def test_little_adverbs_judging_verbs_and_agencies_exchanging_work_by_mail(text, expected):
    assert facts(text, meta={"published": "2016-12-20"}) == expected


@pytest.mark.parametrize("text", [
    # a bare share using "thư" (the mail named short) after the mailboxes of its sentence: the usage rate
    "Năm 2016 tỉnh cấp 5.420 hộp thư công vụ, nhưng chỉ khoảng 48% thường xuyên dùng thư để trao đổi công việc.",
    "Năm 2016 tỉnh cấp 5.420 hộp thư công vụ; song mới 48% thường xuyên sử dụng email trong công việc.",
])
def test_a_bare_share_using_the_mail_named_short(text):
    assert facts(text, meta={"published": "2016-12-20"}) == [("email_accounts", 5420), ("email_usage_pct", 48)]


@pytest.mark.parametrize("text,expected", [
    # a word of the present opening the clause before its noun subject ("Hiện hồ sơ … đạt")
    ("Hiện hồ sơ giải quyết đúng hạn đạt 98,7%, văn bản điện tử đạt 95%.",
     [("dossiers_ontime_pct", 98.7), ("edocs_pct", 95)]),
    ("Đến nay hồ sơ trực tuyến chiếm 61,2%.", [("dossiers_online_pct", 61.2)]),
    # … while "hiện" between a subject and its verb stays as it was
    ("Dịch vụ mức độ 4 hiện chiếm 10,5% tổng số dịch vụ.", [("services_level4_pct", 10.5)]),
])
def test_a_word_of_the_present_before_the_subject(text, expected):
    assert facts(text, meta={"published": "2024-06-20"}) == expected


@pytest.mark.parametrize("label,level", [(" mức độ 3 và mức độ 4 chiếm ", "34"), (" số dịch vụ mức 3, mức 4 chiếm ", "34"),
                                         (" riêng mức độ 4 chiếm ", "4"), (" mức độ 3 đạt 20%, mức độ 4 chiếm ", "4")])
def test_a_share_labelled_by_two_levels_joined(label, level):
    from analysis.figures.classify import level_label
    assert level_label(label, "percent") == level


def test_the_share_of_two_levels_joined_after_their_counts():
    text = ("Năm 2020 tỉnh có 1.900 dịch vụ, gồm 290 dịch vụ mức độ 3 và 70 dịch vụ mức độ 4; số dịch vụ mức độ 3 và "
            "mức độ 4 chiếm 18,95%.")
    assert facts(text, meta={"published": "2020-12-20"})[-1] == ("services_level34_pct", 18.95)


@pytest.mark.parametrize("text,expected", [
    # a sentence opened by "Riêng" and a kind of dossiers: its bare percentages are that kind's rate, what was managed
    # against the plan a result
    ("Năm 2020, tỉnh nhận 210.000 hồ sơ. Riêng hồ sơ trực tuyến, năm 2020 tỉnh đặt chỉ tiêu 20%, cả năm làm được 17,5%.",
     [("dossiers_received", 210000.0, "actual"), ("dossiers_online_pct", 20.0, "target"),
      ("dossiers_online_pct", 17.5, "actual")]),
    ("Năm 2020, tỉnh nhận 210.000 hồ sơ. Riêng hồ sơ giải quyết đúng hạn, cả năm đạt 98,1%.",
     [("dossiers_received", 210000.0, "actual"), ("dossiers_ontime_pct", 98.1, "actual")]),
    # … a unit after "Riêng" names no rate of its own
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến đạt 31%. Riêng huyện A, con số này là 12%.",
     [("dossiers_online_pct", 31.0, "actual"), ("dossiers_online_pct", 12.0, "actual")]),
])
def test_a_kind_of_dossiers_after_rieng_is_the_topic_of_the_sentence_s_rates(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2021-01-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a unit's bare percentage opening a sentence measures the rate the sentence before named with no number
    ("Tin tức\nNăm 2021, tỉnh có 1.700 dịch vụ công trực tuyến, mức độ 4 là 1.020, bằng 60%.\nTại 9 huyện, bí thư huyện ủy "
     "theo dõi tỷ lệ hồ sơ trực tuyến của huyện mình hằng tuần. Thị xã A đạt 28,4%, cao nhất tỉnh; huyện B đạt 9,1%.",
     [("services_total", 1700.0), ("services_level4", 1020.0), ("services_level4_pct", 60.0),
      ("dossiers_online_pct", 28.4), ("dossiers_online_pct", 9.1)]),
    # … not a rate the sentence before gave a figure of its own
    ("Năm 2021, tỷ lệ hồ sơ đúng hạn của tỉnh là 98%. Tỷ lệ hồ sơ trực tuyến đạt 35%. Huyện A đạt 41%.",
     [("dossiers_ontime_pct", 98.0), ("dossiers_online_pct", 35.0), ("dossiers_online_pct", 41.0)]),
])
def test_a_unit_s_bare_rate_measures_the_rate_named_in_the_sentence_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # a base after a comma, then the share: the part's own words (before the base) call the documents electronic
    ("Năm 2021, sở đã gửi 3.250 văn bản điện tử, trên tổng số 4.100 văn bản đi, tức 79,27%.",
     [("edocs_pct", 79.27)]),
    ("Năm 2021, huyện chuyển 812 văn bản dưới dạng điện tử, trên tổng số 1.020 văn bản đi, đạt 79,6%.",
     [("edocs_pct", 79.6)]),
    ("Năm 2021, văn phòng phát hành điện tử 640 văn bản trên tổng số 900 văn bản đi, tương đương 71,1%.",
     [("edocs_pct", 71.1)]),
])
def test_an_electronic_part_before_a_base_after_a_comma_gives_the_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "cả hai" after counts at two levels: the share of their sum
    ("Năm 2018, huyện nhận 420 hồ sơ mức độ 3 và 35 hồ sơ mức độ 4, cả hai mức chiếm 3,8%.",
     [("dossiers_online_level3", 420), ("dossiers_online_level4", 35), ("dossiers_online_pct", 3.8)]),
    ("Năm 2018, tỉnh có 96 dịch vụ mức độ 3 và 12 dịch vụ mức độ 4, cả hai chiếm 6,1%.",
     [("services_level3", 96), ("services_level4", 12), ("services_level34_pct", 6.1)]),
])
def test_both_levels_named_together_take_the_share_of_their_sum(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # another noun joined after a count by "và" is the subject of its own share verb
    ("Năm 2018, tỉnh phấn đấu có 45 dịch vụ mức độ 4 và hồ sơ qua mạng đạt 8%.",
     [("services_level4", 45), ("dossiers_online_pct", 8)]),
    ("Năm 2018, thành phố đã cấp 1.900 hộp thư và cán bộ thường xuyên sử dụng đạt 72%.",
     [("email_accounts", 1900), ("email_usage_pct", 72)]),
    ("Năm 2018, huyện nhận 2.300 hồ sơ trực tuyến và hồ sơ giải quyết đúng hạn đạt 97,5%.",
     [("dossiers_online", 2300), ("dossiers_ontime_pct", 97.5)]),
    # the count's own noun, no other joined: the count's share, as before
    ("Năm 2018, huyện nhận 2.300 hồ sơ trực tuyến, chiếm 21%.",
     [("dossiers_online", 2300), ("dossiers_online_pct", 21)]),
])
def test_a_noun_joined_after_a_count_is_its_own_share_s_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "trong số đó" opening the next sentence after the share of officials given a mailbox: those officials
    ("Năm 2019, huyện đã cấp 1.240 hộp thư công vụ, đạt 92% số cán bộ được cấp. Song chỉ khoảng 45% trong số đó dùng "
     "hộp thư hằng ngày.",
     [("email_accounts", 1240), ("email_issued_pct", 92), ("email_usage_pct", 45)]),
    ("Năm 2019, 98% cán bộ đã có hộp thư công vụ. Nhưng chỉ 60% trong số họ thường xuyên sử dụng.",
     [("email_issued_pct", 98), ("email_usage_pct", 60)]),
])
def test_a_share_of_those_given_a_mailbox_after_the_sentence_before_is_their_use(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a baseline's value with its quarter's or months' time after "của": the rate compared, of that time
    ("Quý II/2024, 97,8% hồ sơ được giải quyết đúng hạn, so với 96,1% của quý II năm 2023.",
     [("dossiers_ontime_pct", 97.8, 2024), ("dossiers_ontime_pct", 96.1, 2023)]),
    ("6 tháng đầu năm 2022, tỷ lệ hồ sơ trực tuyến đạt 41%, cao hơn so với 28% của 6 tháng đầu năm 2021.",
     [("dossiers_online_pct", 41, 2022), ("dossiers_online_pct", 28, 2021)]),
    ("Tháng 8/2023, tỷ lệ hồ sơ trực tuyến đạt 63%, so với 58% của tháng 7/2023.",
     [("dossiers_online_pct", 63, 2023), ("dossiers_online_pct", 58, 2023)]),
])
def test_a_baseline_of_a_quarter_or_months_is_the_rate_compared(text, expected):
    rows = extract_text("Tin tức\n" + text + "\n", doc_id="t", meta={"published": "2024-09-01"})
    assert list(zip(rows.metric, rows.value, rows.year)) == expected


@pytest.mark.parametrize("text,expected", [
    # a line labelled by a rate: "N% tổng số hồ sơ …" after it is a share of that base, the label's rate
    ("- Tỷ lệ hồ sơ nộp trực tuyến năm 2024: phấn đấu đạt 60% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online_pct", 60)]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024: phấn đấu đạt trên 98% tổng số hồ sơ đã giải quyết.",
     [("dossiers_ontime_pct", 98)]),
])
def test_a_share_of_all_dossiers_under_a_rate_label_is_the_label_s_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a multiple of a baseline between a count and its share stands in nobody's way
    ("Năm 2020, số hồ sơ trực tuyến đạt 7.420, gấp 2,6 lần cùng kỳ, chiếm 8,1% tổng số hồ sơ tiếp nhận.",
     [("dossiers_online", 7420), ("dossiers_online_pct", 8.1)]),
    ("Năm 2020, tỉnh nhận 3.050 hồ sơ qua mạng, tăng gần 3 lần so với năm trước, bằng 4,4% tổng số hồ sơ.",
     [("dossiers_online", 3050), ("dossiers_online_pct", 4.4)]),
])
def test_a_multiple_between_a_count_and_its_share_is_no_figure_in_their_way(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate word alone in its clause after a clause saying what was done to a noun of ours: that clause's rate
    ("Năm 2021, văn bản đi của các sở đã được gửi dưới dạng điện tử, tỷ lệ đạt 96%.", [("edocs_pct", 96)]),
    ("Năm 2021, hồ sơ của huyện đã được giải quyết đúng hạn, tỷ lệ 98,2%.", [("dossiers_ontime_pct", 98.2)]),
    ("Năm 2021, cán bộ cấp xã đã được cấp hộp thư công vụ, với tỷ lệ 100%.", [("email_issued_pct", 100)]),
    # a clause naming no noun of ours gives no rate
    ("Năm 2021, huyện đã tổ chức nhiều lớp tập huấn, tỷ lệ đạt 90%.", []),
])
def test_a_bare_rate_word_measures_the_clause_before(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a quantity before the noun ("hầu hết", "gần như toàn bộ") leaves the noun its subject
    ("Năm 2021, hầu hết hồ sơ được giải quyết đúng hạn, tỷ lệ 99,3%.", [("dossiers_ontime_pct", 99.3)]),
    ("Năm 2021, gần như toàn bộ văn bản đi, đến giữa các cơ quan đã được gửi dưới dạng điện tử, tỷ lệ đạt 98%.",
     [("edocs_pct", 98)]),
    ("Năm 2021, phần lớn hồ sơ được giải quyết đúng hạn đạt 97%.", [("dossiers_ontime_pct", 97)]),
])
def test_a_quantity_before_the_noun_keeps_it_the_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb of how little alone after a count's comma leads its share
    ("Năm 2018, hồ sơ trực tuyến mức độ 3 là 8.430, bằng 2,9%; mức độ 4 là 612, chỉ 0,21%.",
     [("dossiers_online_level3", 8430), ("dossiers_online_level3_pct", 2.9), ("dossiers_online_level4", 612),
      ("dossiers_online_level4_pct", 0.21)]),
    ("Năm 2018, tỉnh nhận 205.300 hồ sơ mà chỉ 4.106 hồ sơ được nộp trực tuyến, vỏn vẹn 2%.",
     [("dossiers_received", 205300), ("dossiers_online", 4106), ("dossiers_online_pct", 2)]),
    # … but opening a sentence it leads no share of a count: the noun after the number is the subject
    ("Năm 2018, tỉnh cấp hộp thư cho cán bộ. Song chỉ khoảng 48% số người được cấp thường xuyên dùng hộp thư.",
     [("email_usage_pct", 48)]),
    ("Năm 2018, tỉnh cấp hộp thư cho cán bộ. Theo khảo sát, chỉ 52% số người được cấp mở hộp thư hằng ngày.",
     [("email_usage_pct", 52)]),
    # … nor after a subject of its own clause: the subject's share
    ("Năm 2018, có 1.900 hồ sơ mức độ 3 và 70 hồ sơ mức độ 4; hồ sơ mức độ 4, loại trả kết quả tại nhà, vỏn vẹn 0,05% "
     "tổng số hồ sơ.", [("dossiers_online_level3", 1900), ("dossiers_online_level4", 70),
                       ("dossiers_online_level4_pct", 0.05)]),
])
def test_an_adverb_of_how_little_after_a_count_leads_its_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a subject, an aside set off by commas that names no noun, then the copula alone: the subject's count
    ("Năm 2018, tỉnh nhận 85.200 hồ sơ. Riêng hồ sơ mức độ 4, loại nộp và nhận kết quả qua mạng, có 240, chỉ chiếm "
     "0,28%.", [("dossiers_received", 85200), ("dossiers_online_level4", 240), ("dossiers_online_level4_pct", 0.28)]),
    ("Năm 2018, riêng hồ sơ mức độ 3, tức nộp qua mạng nhưng nhận kết quả tại quầy, là 1.930.",
     [("dossiers_online_level3", 1930)]),
])
def test_a_copula_after_an_aside_counts_the_subject_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a share verb alone after an aside set off by commas, naming no noun and no number: the subject before the aside
    ("Năm 2020 tỉnh nhận 52.000 hồ sơ. Hồ sơ mức độ 3, loại nộp trên mạng nhưng vẫn đến nhận kết quả, bằng 6,4% tổng "
     "số hồ sơ tiếp nhận.", [("dossiers_received", 52000.0), ("dossiers_online_level3_pct", 6.4)]),
    ("Năm 2020, văn bản điện tử, dù còn chậm ở cấp xã, đạt 88%.", [("edocs_pct", 88.0)]),
    # … not a unit before the aside (its rate is named elsewhere), nor the words right after the number before
    ("Năm 2020, thành phố A, nơi có nhiều doanh nghiệp, đạt 45%.", []),
    ("Năm 2020, khảo sát cho thấy 82% người được hỏi hài lòng với thái độ phục vụ, nhưng chỉ 15% từng nộp hồ sơ qua "
     "mạng.", [("satisfaction_pct", 82.0)]),
])
def test_a_share_verb_after_an_aside_measures_the_subject_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an aside closed before the copula leaves the noun the count's subject
    ("Năm 2020, hồ sơ trực tuyến (gồm cả mức độ 3 và mức độ 4) là 41.200.", [("dossiers_online", 41200.0)]),
    ("Năm 2020, số hồ sơ đã giải quyết (tính cả cấp xã) là 98.450.", [("dossiers_resolved", 98450.0)]),
    # … but a noun in parentheses labels what the number counts
    ("Năm 2020, trong đó mức độ 3 (dịch vụ): 287.", [("services_level3", 287.0)]),
])
def test_a_closed_aside_before_the_copula_leaves_the_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "với" opening the sentence names a topic of dossiers as "về" does: the rate of the kind it names
    ("Với hồ sơ trực tuyến, năm 2023 huyện A đạt 45%, huyện B đạt 30%.",
     [("dossiers_online_pct", 45.0), ("dossiers_online_pct", 30.0)]),
    ("Với chỉ tiêu giải quyết hồ sơ đúng hạn, năm 2023 thành phố đạt 99,2%.", [("dossiers_ontime_pct", 99.2)]),
    # … not a topic naming people, nor things that are no dossiers
    ("Với cán bộ, công chức, năm 2023 có 100% đã được cấp hộp thư.", [("email_issued_pct", 100.0)]),
    ("Với các gói thầu qua mạng, năm 2023 giá trúng thầu thấp hơn giá gói thầu khoảng 4,2%.", []),
])
def test_a_topic_opened_by_với_names_the_rate(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected



@pytest.mark.parametrize("text,expected", [
    # "mà" opening a contrast ends the figure's own words
    ("Năm 2019, tỉnh đặt mục tiêu 15% hồ sơ trực tuyến mà đến nay mới đạt chưa tới một nửa.",
     [("dossiers_online_pct", 15)]),
    ("Năm 2019, huyện phấn đấu 20% hồ sơ nộp qua mạng mà thực tế chỉ được vài chục hồ sơ.",
     [("dossiers_online_pct", 20)]),
    # … a relative "mà" does not: the dossiers people sent were resolved on time
    ("Năm 2019, 99% hồ sơ mà người dân gửi đến được giải quyết đúng hạn.", [("dossiers_ontime_pct", 99)]),
])
def test_a_contrasting_ma_ends_a_share_s_own_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "vào khoảng" as the verb of a share after its subject
    ("Năm 2021, số người dùng hộp thư công vụ thường xuyên mới vào khoảng 58%.", [("email_usage_pct", 58)]),
    ("Năm 2021, hồ sơ nộp trực tuyến chỉ vào khoảng 12%.", [("dossiers_online_pct", 12)]),
])
def test_vao_khoang_is_a_share_verb(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a list of units inside the subject's noun phrase is no clause break
    ("Năm 2021, văn bản gửi từ UBND huyện xuống các xã, thị trấn dưới dạng điện tử đã đạt 88%.", [("edocs_pct", 88)]),
    ("Năm 2021, hồ sơ của người dân các xã, phường được giải quyết đúng hạn đạt 97,5%.",
     [("dossiers_ontime_pct", 97.5)]),
    # … a group of units stays a group: a bound over them, no rate
    ("Năm 2021, 4/11 huyện, thị xã vẫn dưới 40%.", []),
])
def test_a_list_of_units_inside_the_subject_is_no_clause_break(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "số đó" right after a share of officials given a mailbox: those officials
    ("Năm 2022, 100% cán bộ, công chức đã được cấp hộp thư công vụ, song dưới 45% số đó dùng hộp thư hằng ngày.",
     [("email_issued_pct", 100), ("email_usage_pct", 45)]),
    ("Hạ tầng đang được bổ sung. 100% cán bộ cấp huyện đã được cấp hộp thư điện tử công vụ, song trong sáu tháng qua "
     "dưới 40% số đó dùng hộp thư hằng ngày để trao đổi công việc.",
     [("email_issued_pct", 100), ("email_usage_pct", 40)]),
])
def test_so_do_after_a_share_of_officials_is_those_officials(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a conjunct before "và" with its own count and a verb of another state keeps its channel: the count after the
    # verb of its own is what that verb says
    ("Năm 2024, huyện tiếp nhận 42.630 hồ sơ, 16.780 hồ sơ trong số đó được nộp qua mạng và đã giải quyết 41.215 hồ "
     "sơ.", [("dossiers_received", 42630), ("dossiers_online", 16780), ("dossiers_resolved", 41215)]),
    ("Năm 2022, xã có 300 hồ sơ nộp trực tuyến và đã giải quyết 290 hồ sơ.",
     [("dossiers_online", 300), ("dossiers_resolved", 290)]),
    ("Quý I/2023, Sở nhận 1.512 hồ sơ gửi qua bưu điện và giải quyết xong 1.498 hồ sơ.",
     [("dossiers_postal", 1512), ("dossiers_resolved", 1498)]),
    # … but two verbs sharing one object, no count between, keep the channel said with the first
    ("Năm 2023, huyện tiếp nhận trực tuyến và giải quyết 1.200 hồ sơ.", [("dossiers_online", 1200)]),
])
def test_a_channel_said_with_another_count_s_verb_is_none_of_the_next(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a parenthesis right after a unit's rate, opening on an earlier time alone: the same rate at that time
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 30,5%. Các sở đạt 41,6% (cùng kỳ 22,3%); cấp xã đạt 18,9% (năm trước 7,2%).",
     [("dossiers_online_pct", 30.5, 2022), ("dossiers_online_pct", 41.6, 2022), ("dossiers_online_pct", 22.3, 2021),
      ("dossiers_online_pct", 18.9, 2022), ("dossiers_online_pct", 7.2, 2021)]),
    ("Năm 2023, tỷ lệ giải quyết đúng hạn là 97%. Huyện A đạt 98,5% (cùng kỳ năm ngoái: 96,1%).",
     [("dossiers_ontime_pct", 97, 2023), ("dossiers_ontime_pct", 98.5, 2023), ("dossiers_ontime_pct", 96.1, 2022)]),
])
def test_an_earlier_time_in_parentheses_after_a_unit_s_rate_is_that_rate_then(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a count joined to a rate by "với" counts what the rate does, unless its own words name the rate's base
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 11,2%, với 13.604 hồ sơ.",
     [("dossiers_online_pct", 11.2), ("dossiers_online", 13604)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 11,2%, với 121.804 hồ sơ tiếp nhận.",
     [("dossiers_online_pct", 11.2), ("dossiers_received", 121804)]),
    ("Năm 2022, tỷ lệ giải quyết đúng hạn là 97,5%, với 40.112 hồ sơ đã giải quyết.",
     [("dossiers_ontime_pct", 97.5), ("dossiers_resolved", 40112)]),
    # … and x of an x/y stays the rate's count
    ("Năm 2021, tỷ lệ hồ sơ nộp qua mạng chỉ đạt 4,12%, tương ứng 5.931/143.946 hồ sơ mà các cơ quan tiếp nhận.",
     [("dossiers_online_pct", 4.12), ("dossiers_online", 5931), ("dossiers_received", 143946)]),
])
def test_a_count_after_a_rate_names_its_base_in_its_own_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "lên"/"xuống" alone before a bare percentage: the rate before it, at the next time
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của xã đạt 40%. Quý I mới đạt 12,5%; sang quý II lên 29,8%.",
     [("dossiers_online_pct", 40), ("dossiers_online_pct", 12.5), ("dossiers_online_pct", 29.8)]),
    ("Năm 2023, tỷ lệ văn bản điện tử tháng 1 là 71%, đến tháng 6 lên 86,4%.",
     [("edocs_pct", 71), ("edocs_pct", 86.4)]),
    # … not after an object raised, whose level it is
    ("Năm 2025, tỉnh đặt mục tiêu hồ sơ trực tuyến đạt 85%; Sở Y tế phấn đấu nâng độ phủ sóng của mạng nội bộ lên 95%.",
     [("dossiers_online_pct", 85)]),
])
def test_a_level_reached_with_len_continues_the_rate(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a value followed at once by its cause keeps the kind of the list it continues
    ("Năm 2020, huyện A giải quyết đúng hạn 100% hồ sơ; ngược lại, thị xã B chỉ đạt 95,3% do tồn đọng hồ sơ đất đai.",
     [("dossiers_ontime_pct", 100), ("dossiers_ontime_pct", 95.3)]),
    ("Năm 2020, huyện A giải quyết đúng hạn 99,2% hồ sơ, huyện B chỉ đạt 96,4% vì tồn đọng hồ sơ đất đai.",
     [("dossiers_ontime_pct", 99.2), ("dossiers_ontime_pct", 96.4)]),
    ("Năm 2021, xã A trả kết quả đúng hạn 100% hồ sơ, trong khi xã B đạt 97% nhờ giải quyết xong hồ sơ tồn đọng.",
     [("dossiers_ontime_pct", 100), ("dossiers_ontime_pct", 97)]),
])
def test_a_value_s_cause_is_not_its_kind(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level named right after a share of the online dossiers puts the share at that level
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 11,08%, gồm 8,71% ở mức độ 3 và 2,37% ở mức độ 4.",
     [("dossiers_online_pct", 11.08), ("dossiers_online_level3_pct", 8.71), ("dossiers_online_level4_pct", 2.37)]),
    ("Tỷ lệ hồ sơ nộp qua mạng năm 2020 là 9,5%, trong đó 7,1% ở mức độ 3, 2,4% ở mức độ 4.",
     [("dossiers_online_pct", 9.5), ("dossiers_online_level3_pct", 7.1), ("dossiers_online_level4_pct", 2.4)]),
    # … and a count before the next conjunct's level and copula keeps its own level
    ("Năm 2019, số hồ sơ nộp trực tuyến ở mức độ 3 là 6.930 hồ sơ và ở mức độ 4 là 412 hồ sơ.",
     [("dossiers_online_level3", 6930), ("dossiers_online_level4", 412)]),
    ("Năm 2019, hồ sơ gửi qua mạng ở mức độ 3 chỉ có 5.210 hồ sơ, ở mức độ 4 có 98 hồ sơ.",
     [("dossiers_online_level3", 5210), ("dossiers_online_level4", 98)]),
])
def test_a_level_after_its_number_or_before_the_next_conjunct(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a level after the verbs of a count's own phrase, up to eight words from its noun, is the level it was handled at
    ("Năm 2022, có 1.402 hồ sơ được tiếp nhận và trả kết quả ở mức độ 4.", [("dossiers_online_level4", 1402)]),
    ("Năm 2021, 3.118 hồ sơ đã được gửi đến và giải quyết xong ở mức độ 3.", [("dossiers_online_level3", 3118)]),
    ("Năm 2020, 640 hồ sơ được tiếp nhận ở mức độ 4.", [("dossiers_online_level4", 640)]),
])
def test_a_level_closing_a_count_s_verbs_is_its_level(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb of how little alone opening a list item's words, right after the item's count, is the count's share
    ("Quý I năm 2019, toàn tỉnh có 1.154 hồ sơ nộp trực tuyến, gồm 1.097 hồ sơ mức độ 3, bằng 2,66% tổng số hồ sơ, và "
     "57 hồ sơ mức độ 4, chỉ 0,14%.",
     [("dossiers_online", 1154), ("dossiers_online_level3", 1097), ("dossiers_online_level3_pct", 2.66),
      ("dossiers_online_level4", 57), ("dossiers_online_level4_pct", 0.14)]),
    ("Năm 2020, huyện có 2.400 hồ sơ trực tuyến, bao gồm 2.310 hồ sơ mức độ 3, chiếm 9,1%, và 90 hồ sơ mức độ 4, "
     "vỏn vẹn 0,35%.",
     [("dossiers_online", 2400), ("dossiers_online_level3", 2310), ("dossiers_online_level3_pct", 9.1),
      ("dossiers_online_level4", 90), ("dossiers_online_level4_pct", 0.35)]),
])
def test_a_bare_adverb_opening_an_item_s_words_after_its_count(text, expected):
    assert facts(text) == expected
