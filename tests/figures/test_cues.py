import pytest

from figure_fixtures import facts

from analysis.figures import cues
from analysis.figures.extract import extract_text
from analysis.figures.cues import qualifier, scope
from analysis.text.clean import fold


def q(text: str, number: str) -> str:
    folded = fold(text)
    start = text.index(number)
    return qualifier(folded, start, start + len(number))


@pytest.mark.parametrize("text,number,expected", [
    ("hơn 7.000 tài khoản", "7.000", "more_than"),
    ("đạt trên 60%", "60%", "more_than"),
    ("trên địa bàn có 12 xã", "12", "exact"),
    ("gần 1.700 dịch vụ", "1.700", "approx"),
    ("ước đạt 95%", "95%", "approx"),
    ("khoảng gần 4,8 tỷ", "4,8", "approx"),
    ("có ít nhất 50% đơn vị", "50%", "more_than"),
    ("tối thiểu là 0,5", "0,5", "more_than"),
    ("dưới 5% hồ sơ", "5%", "less_than"),
    ("chưa đến 10% hồ sơ", "10%", "less_than"),
    ("từ 80% trở lên", "80%", "more_than"),
    ("vào nhóm 15 tỉnh dẫn đầu", "15", "less_than"),
    ("cơ quan nhà nước đạt 92%", "92%", "exact"),
    # a bound written after the number alone, its unit between them or not
    ("phấn đấu đạt 85% trở lên", "85%", "more_than"),
    ("nâng cấp 300 dịch vụ trở lên", "300", "more_than"),
    ("rút thời gian xuống 5 ngày trở xuống", "5", "less_than"),
    ("đạt 85%, trở lên hàng đầu khu vực", "85%", "exact"),
    # a bound denied is the other bound: "not below" is a floor, "not above" a ceiling
    ("cấp xã không dưới 70%", "70%", "more_than"),
    ("không thấp hơn 45% ở mọi huyện", "45%", "more_than"),
    ("thời gian chờ không vượt quá 15 phút", "15", "less_than"),
])
def test_qualifier(text, number, expected):
    assert q(text, number) == expected


def test_scope_words():
    text = "Ở cấp huyện và cấp xã, 19/19 sở, ban, ngành"
    assert scope(fold(text), text, [(0, len(text))]) == "cấp huyện, cấp xã, sở, ban, ngành"
    assert scope(fold("toàn tỉnh"), "toàn tỉnh", [(0, 9)]) == ""


def _statuses(text: str) -> list[str]:
    from analysis.figures.extract import extract_text
    return list(extract_text(text, "t")["status"])


@pytest.mark.parametrize("text", [
    "Năm 2026: 90% hồ sơ được nộp trực tuyến\n\n2/1/2026 9:00\n\nĐây là một trong những mục tiêu của kế hoạch chuyển đổi số năm 2026 của tỉnh.",
    "Tỷ lệ hồ sơ trực tuyến đạt 90%. Đó là chỉ tiêu mà tỉnh đặt ra cho năm tới.",
])
def test_a_following_sentence_that_calls_the_figures_plans(text):
    assert _statuses(text) == ["target"]


@pytest.mark.parametrize("text", [
    "Kế hoạch nêu rõ, đảm bảo hạ tầng vận hành ổn định. 95% cán bộ, công chức sử dụng thư điện tử trong công việc.",
    "Đề án đặt ra yêu cầu cụ thể. 95% cán bộ, công chức sử dụng thư điện tử trong công việc.",
])
def test_a_paragraph_opened_by_a_plan_document_setting_its_content(text):
    assert _statuses(text) == ["target"]


def test_key_indicators_of_a_report_are_not_plans():
    text = "Các chỉ tiêu chủ yếu như sau:\n- Hồ sơ tiếp nhận: 5.000 hồ sơ;\n- Hồ sơ trực tuyến: 2.000 hồ sơ."
    assert set(_statuses(text)) == {"actual"}


def test_the_number_named_by_a_met_plan_is_the_plan():
    text = "Tỷ lệ hồ sơ nộp trực tuyến đạt hơn 92%, vượt chỉ tiêu 80% được giao."
    assert _statuses(text) == ["actual", "target"]


@pytest.mark.parametrize("text,expected", [
    ("Thực hiện Kế hoạch số 89/KH-UBND, đến nay đã cấp 4.870 tài khoản thư điện tử.", ["actual"]),
    ("Năm 2027, Sở đề xuất nâng tỷ lệ văn bản điện tử lên 90%.", ["target"]),
    # a plan under review: the report's figures are results
    ("Đánh giá giữa kỳ Kế hoạch chuyển đổi số giai đoạn 2021 – 2025\nĐến tháng 6/2023, tỉnh tiếp nhận 52.100 hồ sơ.",
     ["actual"]),
    ("Sơ kết Kế hoạch cải cách hành chính năm 2024: sáu tháng, huyện giải quyết 8.400 hồ sơ.", ["actual"]),
])
def test_a_cited_plan_is_no_plan_and_a_proposal_is_one(text, expected):
    assert _statuses(text) == expected


@pytest.mark.parametrize("phrase,plan", [
    ("chỉ tiêu năm 2025", True), ("kế hoạch 2023", True),
    # a plan noun whose meeting is reported names a result, not a plan
    ("chính quyền số: nhiều chỉ tiêu vượt kế hoạch", False), ("các mục tiêu đều đạt kế hoạch", False),
    ("hoàn thành các chỉ tiêu", False),
    # plans sorted by whether they were met: the noun, then the met verb with no number after it
    ("những chỉ tiêu đạt và chưa đạt năm 2022", False), ("ba mục tiêu đã hoàn thành", False),
    ("chỉ tiêu còn lại vẫn chưa đạt", False),
    # ... a number after the verb sets the plan
    ("chỉ tiêu đạt 30% hồ sơ trực tuyến", True), ("mục tiêu năm 2025 đạt: 80%", True),
    # ... as does a modal before the verb: a plan still to meet
    ("các chỉ tiêu phải hoàn thành trong năm", True), ("những mục tiêu cần đạt", True),
])
def test_a_plan_reported_as_met_names_no_plan(phrase, plan):
    assert cues.names_plan(phrase) is plan


def test_a_section_headed_by_targets_met_reports_results():
    text = ("Tổng kết năm 2023\nSở Nội vụ đánh giá kết quả năm 2023.\nChính quyền số: nhiều chỉ tiêu vượt kế hoạch\n"
            "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 58%.")
    assert facts(text, ("value", "status")) == [(58, "actual")]


@pytest.mark.parametrize("text,expected", [
    ("Chỉ tiêu 2: Tỷ lệ hồ sơ trực tuyến năm 2024 từ 50% trở lên. Kết quả: năm 2024 toàn tỉnh đạt 44,2%.",
     [(50.0, "target"), (44.2, "actual")]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024: kế hoạch 98%, thực hiện 99,1%. Đạt.",
     [(98.0, "target"), (99.1, "actual")]),
    ("Kế hoạch năm 2024 đặt mục tiêu 90% văn bản điện tử; kết quả thực hiện: 93,5%.",
     [(90.0, "target"), (93.5, "actual")]),
    # the label reaching its number through a copula or a verb of attainment
    ("Mục tiêu năm 2022 là 40% hồ sơ nộp trực tuyến, kết quả là 46,8%.", [(40.0, "target"), (46.8, "actual")]),
    ("Kế hoạch giao tỷ lệ hồ sơ giải quyết đúng hạn 98%, thực hiện là 99,3%.", [(98.0, "target"), (99.3, "actual")]),
    ("Chỉ tiêu về tỷ lệ người dân hài lòng là trên 90%; kết quả là 94%.", [(90.0, "target"), (94.0, "actual")]),
])
def test_a_result_label_in_a_plan_line_reports_what_was_done(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Nhiệm vụ 5 – Hồ sơ trực tuyến. Chỉ tiêu: tỷ lệ hồ sơ nộp qua mạng đạt 45% vào cuối năm. Kết quả tám tháng: "
     "nhận 20.400 hồ sơ, đạt 38,2%.", [(45.0, "target"), (20400.0, "actual"), (38.2, "actual")]),
    ("Chỉ tiêu: 150 dịch vụ mức độ 4. Kết quả năm 2019: 132 dịch vụ mức độ 4.", [(150.0, "target"), (132.0, "actual")]),
    ("Mục tiêu: 98% văn bản điện tử. Thực hiện tính đến ngày 30/9/2020: 91% văn bản điện tử.",
     [(98.0, "target"), (91.0, "actual")]),
    ("Chỉ tiêu: tỷ lệ hài lòng trên 95%. Kết quả quý III: 96,4% người dân hài lòng.",
     [(95.0, "target"), (96.4, "actual")]),
    # (a result word that is not a label: the plan's own indicators stay plans)
    ("Chỉ tiêu: 95% văn bản điện tử. Giữ nguyên chỉ số kết quả năm 2021: nâng số dịch vụ mức độ 4 lên 60.",
     [(95.0, "target"), (60.0, "target")]),
])
def test_a_result_label_naming_its_period_reports_what_was_done(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a result label naming what it measures, beside the plan label naming the same
    ("Chỉ tiêu hồ sơ trực tuyến: 60%. Kết quả hồ sơ trực tuyến: 52,8%, trên 40.100 hồ sơ tiếp nhận.",
     [(60.0, "target"), (52.8, "actual"), (40100.0, "actual")]),
    ("Mục tiêu văn bản điện tử: 95%. Kết quả văn bản điện tử: 91,4%.", [(95.0, "target"), (91.4, "actual")]),
    ("Nhiệm vụ 3. Nâng mức hài lòng. Chỉ tiêu hài lòng: 90%. Kết quả hài lòng: 88,5%. Trạng thái: đang làm.",
     [(90.0, "target"), (88.5, "actual")]),
    ("Chỉ tiêu: 95% văn bản điện tử. Kết quả giải quyết: 97% hồ sơ đúng hạn.", [(95.0, "target"), (97.0, "actual")]),
    # … not one whose words are a plan's: what is expected or has to be reached
    ("Chỉ tiêu hồ sơ trực tuyến: 60%. Kết quả dự kiến: 62%.", [(60.0, "target"), (62.0, "target")]),
    ("Nhiệm vụ 3. Nâng mức hài lòng. Kết quả cần đạt: 90% người dân hài lòng.", [(90.0, "target")]),
])
def test_a_result_label_naming_its_measure_reports_what_was_done(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Chỉ tiêu theo từng năm:\n- Tỷ lệ hồ sơ trực tuyến: hiện trạng 64,2%; năm 2027 đạt 75%; năm 2028 đạt 82%.",
     [(64.2, "actual"), (75.0, "target"), (82.0, "target")]),
    ("Mục tiêu đến năm 2030: tỷ lệ văn bản điện tử (xuất phát điểm 97,1%) đạt 100%.",
     [(97.1, "actual"), (100.0, "target")]),
    ("Kế hoạch giai đoạn 2026-2030: mức độ hài lòng, thực trạng 90,5%; phấn đấu trên 95%.",
     [(90.5, "actual"), (95.0, "target")]),
])
def test_the_present_state_beside_a_plans_targets_is_a_result(text, expected):
    """"hiện trạng", "xuất phát điểm", "thực trạng" label the state now, beside the targets of a plan line."""
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("lead", [
    "Điều 1. Tặng Bằng khen cho 3 tập thể đạt và vượt chỉ tiêu chuyển đổi số năm 2025, gồm:",
    "Biểu dương các xã đã hoàn thành chỉ tiêu cải cách hành chính quý III như sau:",
    "Danh sách đơn vị vượt kế hoạch năm về hồ sơ trực tuyến:",
])
def test_a_list_of_those_who_met_a_plan_lists_results(lead):
    """A plan word met ("vượt chỉ tiêu", "hoàn thành chỉ tiêu") before a colon opens a list of results, not of plans."""
    text = lead + "\n1. Sở Tư pháp: tỷ lệ hồ sơ nộp trực tuyến đạt 97,6%;\n2. Sở Y tế: tỷ lệ hồ sơ nộp trực tuyến đạt 91,3%."
    assert facts(text, ("value", "status")) == [(97.6, "actual"), (91.3, "actual")]


@pytest.mark.parametrize("text,expected", [
    # a heading that sorts plans by whether they were met heads results
    ("KẾT QUẢ: CHỈ TIÊU ĐẠT VÀ CHƯA ĐẠT NĂM 2021\nTỷ lệ hồ sơ trực tuyến năm 2021 đạt 22,4%. Tỉnh có 310 dịch vụ "
     "công trực tuyến mức độ 4.", [(22.4, "actual"), (310, "actual")]),
    # a sentence listing the plans met opens a list of results
    ("Năm 2022, ba chỉ tiêu đã đạt gồm: tỷ lệ văn bản điện tử đạt 96,5%, tỷ lệ hồ sơ đúng hạn đạt 99,2%.",
     [(96.5, "actual"), (99.2, "actual")]),
    ("Năm 2022, chỉ tiêu duy nhất chưa đạt là hồ sơ trực tuyến: tỉnh mới có 8.412 hồ sơ nộp qua mạng.",
     [(8412, "actual")]),
    # a plan set, a number after the verb: still a plan
    ("Năm 2022, tỷ lệ văn bản điện tử đạt 96,5%. Chỉ tiêu văn bản điện tử đạt trên 98% chưa hoàn thành.",
     [(96.5, "actual"), (98, "target")]),
])
def test_plans_sorted_by_whether_they_were_met_report_results(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a plan word inside a parenthesis closed before a figure does not reach it
    ("Năm 2021, tỷ lệ hồ sơ đúng hạn đạt 98,9% (chỉ tiêu 98%); văn bản điện tử đạt 94,2%.",
     [(98.9, "actual"), (98, "target"), (94.2, "actual")]),
    ("Năm 2021, tỷ lệ văn bản điện tử đạt 87% (kế hoạch năm là trên 95%), 3.120 chứng thư số đã được cấp.",
     [(87, "actual"), (95, "target"), (3120, "actual")]),
    # a plan word outside any parenthesis still governs what follows it
    ("Chỉ tiêu năm 2022: văn bản điện tử đạt 95% (năm 2021 là 90%), hồ sơ đúng hạn đạt 99%.",
     [(95, "target"), (90, "actual"), (99, "target")]),
])
def test_a_plan_word_in_a_parenthesis_reaches_no_further(text, expected):
    assert facts(text, ("value", "status")) == expected


def test_a_plan_lines_result_label_stops_at_its_clause():
    text = ("Mục tiêu đến năm 2030:\n\n6. Văn bản điện tử giữa các cơ quan (trừ văn bản mật): hiện trạng 99,2%; từ năm "
            "2026, 100% văn bản được ký số và gửi dưới dạng điện tử.")
    assert facts(text, ("value", "status")) == [(99.2, "actual"), (100.0, "target")]


@pytest.mark.parametrize("heading", ["Mục tiêu đến năm 2030:\n\n", "KẾ HOẠCH GIAI ĐOẠN 2026 - 2030\n\n"])
def test_a_result_beside_a_plan_is_dated_no_later_than_its_article(heading):
    """The plan's year above a line dates its targets, not the present state the line reports beside them."""
    text = heading + "1. Mức độ hài lòng của người dân: hiện trạng 95,8%; đến năm 2030 đạt trên 98%."
    df = extract_text(text, "t", meta={"published": "2025-11-20"})
    assert list(zip(df["value"], df["status"], df["year"])) == [(95.8, "actual", 2025), (98.0, "target", 2030)]


@pytest.mark.parametrize("text,qualifier", [
    ("Năm 2026 phấn đấu không còn xã, phường nào có tỷ lệ hồ sơ trực tuyến dưới 65%.", "more_than"),
    ("Mục tiêu năm 2026: không để huyện nào có tỷ lệ hồ sơ trực tuyến dưới 50%.", "more_than"),
    ("Năm 2026, tỷ lệ hồ sơ trực tuyến của xã chưa đến 40%.", "less_than"),
])
def test_a_ceiling_denied_for_every_unit_is_a_floor(text, qualifier):
    assert facts(text, ("value", "qualifier")) == [(float(text.split("%")[0].split()[-1]), qualifier)]


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND tỉnh yêu cầu các sở, ngành bảo đảm tỷ lệ hồ sơ trực tuyến năm 2023 đạt trên 50%.",
    "UBND huyện chỉ đạo các xã nâng tỷ lệ hồ sơ trực tuyến năm 2023 lên 40%.",
    # a requirement with a deadline, or as a noun a figure is compared with
    "Kết luận cuộc họp, Chủ tịch UBND tỉnh yêu cầu đến hết năm 2023 nâng tỷ lệ hồ sơ trực tuyến lên trên 45%.",
    "Năm 2023, tỷ lệ dịch vụ mức độ 4 của tỉnh vẫn thấp so với yêu cầu 50%.",
    # tasks or targets assigned for the coming period
    "Tại hội nghị, UBND tỉnh giao nhiệm vụ năm 2025: tỷ lệ hồ sơ trực tuyến đạt trên 70%.",
    "Sở Nội vụ được giao chỉ tiêu tỷ lệ giải quyết đúng hạn 99%.",
])
def test_a_directive_to_the_agencies_sets_a_target(text):
    assert _statuses(text)[-1:] == ["target"]


def test_dossiers_that_ask_for_a_procedure_are_no_requirement():
    text = "Năm 2023 toàn tỉnh có 64.200 hồ sơ yêu cầu giải quyết; tỷ lệ giải quyết đúng hạn đạt 97,5%."
    assert set(_statuses(text)) == {"actual"}


@pytest.mark.parametrize("text", [
    # requests named as what the dossiers are, or as a plural, are no directive
    "Tháng 3/2023, Sở Tư pháp: 1.204 hồ sơ, chủ yếu là yêu cầu cấp phiếu lý lịch tư pháp; tỷ lệ đúng hạn 99%.",
    "Năm 2023, các yêu cầu cấp điện mới tăng nhanh; tỷ lệ hồ sơ trực tuyến đạt 96%.",
    "Quý I/2023, những yêu cầu trích lục hộ tịch tăng mạnh; đúng hạn đạt 98,2%.",
])
def test_requests_named_as_a_noun_are_no_requirement(text):
    assert set(_statuses(text)) == {"actual"}


def test_a_requirement_met_is_a_result():
    assert _statuses("Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 52%, vượt yêu cầu 50% của Chính phủ.")[0] == "actual"


def test_the_component_indicators_of_an_index_are_no_plan():
    text = ("Nhiều chỉ tiêu thành phần cải thiện rõ\nTrong tháng 10/2025, tỉnh tiếp nhận 98.427 hồ sơ; tỷ lệ hồ sơ "
            "trực tuyến đạt 81,66%.\nĐoạn kết.")
    assert set(_statuses(text)) == {"actual"}


@pytest.mark.parametrize("text,status", [
    ("Theo Kế hoạch, năm 2022 tỉnh đã cung cấp 1.640 dịch vụ công trực tuyến.", "actual"),
    ("Kế hoạch đánh giá, năm 2021 huyện đã tiếp nhận 30.200 hồ sơ.", "actual"),
    ("Theo đánh giá tại Kế hoạch, đến hết năm 2020 tỉnh đã công bố 1.910 thủ tục hành chính.", "actual"),
    # a plan's own verb is no result
    ("Theo Kế hoạch, năm 2023 tỉnh sẽ cung cấp 1.700 dịch vụ công trực tuyến.", "target"),
])
def test_a_plan_cited_as_the_source_of_what_was_done_is_a_result(text, status):
    assert facts(text, ("status",))[0] == (status,)


@pytest.mark.parametrize("text,status", [
    ("Đoàn giám sát kiến nghị UBND tỉnh chỉ đạo để đến cuối năm tỷ lệ hồ sơ trực tuyến đạt 45%.", "target"),
    ("Trưởng đoàn đề nghị UBND huyện: đến ngày 30/6 nâng tỷ lệ hồ sơ trực tuyến lên trên 55%.", "target"),
    # citizens' feedback is no recommendation to a committee
    ("Năm 2023, tỉnh tiếp nhận 1.240 phản ánh, kiến nghị; tỷ lệ hồ sơ trực tuyến đạt 52%.", "actual"),
])
def test_a_recommendation_addressed_to_a_peoples_committee_sets_a_target(text, status):
    assert facts(text, ("status",))[-1] == (status,)


@pytest.mark.parametrize("text,expected", [
    ("Hồ sơ trực tuyến ≥ 35%", [("dossiers_online_pct", 35.0, "more_than")]),
    ("Văn bản điện tử ≥ 97%", [("edocs_pct", 97.0, "more_than")]),
    ("Hồ sơ trễ hạn < 2%", [("dossiers_late_pct", 2.0, "less_than")]),
])
def test_a_sign_right_after_a_label_stands_for_its_colon(text, expected):
    assert facts(text, ("metric", "value", "qualifier")) == expected


ORDERS = [
    # a line that gives orders, then its items, each a separate line or glued under it
    ("Để khắc phục, Giám đốc Sở yêu cầu:\n1. Các phòng chuyên môn:\na) Bảo đảm 100% hồ sơ được số hóa.\n"
     "b) Tỷ lệ hồ sơ trực tuyến đạt trên 60%.\nNăm 2023, tỷ lệ hồ sơ trực tuyến đạt 41%.",
     [(100.0, "target"), (60.0, "target"), (41.0, "actual")]),
    ("Chủ tịch UBND huyện chỉ thị:\n- Các xã tiếp nhận 100% hồ sơ qua hệ thống một cửa điện tử.\n"
     "- Tỷ lệ hồ sơ trực tuyến của mỗi xã đạt 50%.",
     [(100.0, "target"), (50.0, "target")]),
    # a line that assigns targets, whatever words stand before its colon
    ("Điều 1. Giao chỉ tiêu năm 2025 cho các xã, phường như sau:\n1. Tỷ lệ hồ sơ trực tuyến đạt trên 70%.\n"
     "2. Tỷ lệ văn bản điện tử đạt 100%.", [(70.0, "target"), (100.0, "target")]),
    ("UBND tỉnh giao các mục tiêu cho Sở Nội vụ trong năm 2025 gồm:\na) Tỷ lệ hồ sơ đúng hạn từ 99% trở lên.\n"
     "b) Tỷ lệ hồ sơ trực tuyến trên 80%.", [(99.0, "target"), (80.0, "target")]),
    # ... a task's line citing a past year's result states that result
    ("Điều 1. Giao chỉ tiêu năm 2025 cho các huyện như sau:\n1. Tỷ lệ hồ sơ đúng hạn từ 99% trở lên; năm 2024, tỷ "
     "lệ này của cấp huyện là 97,3%.", [(99.0, "target"), (97.3, "actual")]),
    # a colon in mid-line opens no list of orders
    ("Sau chỉ thị: năm 2023 tỷ lệ hồ sơ trực tuyến đạt 45%, cao hơn năm trước.", [(45.0, "actual")]),
]


@pytest.mark.parametrize("text,expected", ORDERS)
def test_the_items_under_a_line_that_gives_orders_are_plans(text, expected):
    df = extract_text(text, "t", meta={"published": "2025-01-20"})
    assert list(zip(df["value"], df["status"])) == expected


@pytest.mark.parametrize("text,found", [
    ("uỷ ban chỉ thị:\n1. …", True), ("ông a yêu cầu:  \na) …", True), ("chỉ thị: 1. …", False), ("đã chỉ đạo các xã", False),
])
def test_orders_end_needs_the_colon_to_end_its_line(text, found):
    assert (cues.orders_end(text, text, 0, len(text)) is not None) == found


@pytest.mark.parametrize("text", [
    "Hướng dẫn của Sở\nI. Nguyên tắc\nSố liệu lấy từ hệ thống.\nII. CÁCH TÍNH MỘT SỐ CHỈ TIÊU\n"
    "Quý II, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 64,2%.",
    "Văn bản của Sở\nPhần 1. Giới thiệu\nSố liệu lấy từ hệ thống.\n2. Cách tính các chỉ tiêu\n"
    "Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 64,2%.",
    "Văn bản của Sở\nMở đầu\nSố liệu lấy từ hệ thống.\nBáo cáo chỉ tiêu quý II\n"
    "Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 64,2%.",
])
def test_indicators_computed_or_reported_are_no_plans(text):
    assert facts(text, ("value", "status")) == [(64.2, "actual")]


@pytest.mark.parametrize("text, number, expected", [
    ("tỷ lệ nộp trực tuyến 68,5%, tính trên 142.380 hồ sơ tiếp nhận", "142.380", "exact"),
    ("xếp hạng dựa trên 40 chỉ số", "40", "exact"),
    ("có trên 1.200 hồ sơ", "1.200", "more_than"),  # "trên" alone is still "more than"
    # "trên" between a share and its base is "out of"
    ("thành phố đạt 99,74% trên 6.120 hồ sơ đã giải quyết", "6.120", "exact"),
    ("huyện b đạt 97 % trên 3.208 hồ sơ", "3.208", "exact"),
])
def test_a_qualifier_word_inside_another_phrase_qualifies_nothing(text, number, expected):
    at = text.index(number)
    assert cues.qualifier(text, at, at + len(number)) == expected


@pytest.mark.parametrize("line, expected", [
    ("b) Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh hiện mới đạt 58,2%; phấn đấu đến cuối năm đạt tối thiểu 65%.",
     [(58.2, "actual"), (65.0, "target")]),
    ("a) Tỷ lệ hồ sơ trực tuyến của cấp huyện mới đạt 38,1% và của cấp xã chỉ là 29,5%.",
     [(38.1, "actual"), (29.5, "actual")]),
    ("c) Tỷ lệ sử dụng thư điện tử hiện vẫn chỉ đạt 71%, phải nâng lên trên 90% trong năm 2024.",
     [(71.0, "actual"), (90.0, "target")]),
])
def test_where_things_stand_under_a_directive_is_a_result(line, expected):
    # "hiện mới đạt", "mới đạt", "chỉ là": the present, said beside the tasks of a directive's list
    text = f"Chủ tịch UBND tỉnh yêu cầu các cơ quan:\n{line}"
    assert [(v, st) for _, v, st in facts(text, ("metric", "value", "status"))] == expected


@pytest.mark.parametrize("text,scope", [
    # an agency naming its value with a colon is the value's scope, as one right before it is
    ("Sở Tài nguyên và Môi trường: 96,25%", "Sở Tài nguyên và Môi trường"),
    ("Sở Lao động – Thương binh và Xã hội: 4.120 hồ sơ", "Sở Lao động – Thương binh và Xã hội"),
    ("Ban Quản lý các khu công nghiệp (310 hồ sơ)", "Ban Quản lý các khu công nghiệp"),
    ("Sở Y tế 2.040 hồ sơ", "Sở Y tế"),
])
def test_an_agency_right_before_its_value_or_its_colon_is_named(text, scope):
    pos = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert cues.agency_before(fold(text), text, 0, pos) == scope


def test_a_colon_after_words_that_name_no_agency_gives_none():
    text = "Tỷ lệ hồ sơ trực tuyến: 96,25%"
    assert cues.agency_before(fold(text), text, 0, text.index("9")) == ""


def test_a_plan_word_in_a_cited_legal_basis_makes_no_plan():
    # the decision's head cites its bases; the results it considers are results, the targets it issues are targets
    text = ("QUYẾT ĐỊNH\nVề việc ban hành bộ chỉ tiêu chuyển đổi số năm 2025\nCăn cứ Luật Giao dịch điện tử; căn cứ Nghị "
            "quyết của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030;\nXét kết quả năm 2024: toàn tỉnh "
            "tiếp nhận 98.000 hồ sơ, trong đó 61.000 hồ sơ nộp trực tuyến;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành bộ chỉ tiêu "
            "năm 2025 như sau:\n1. Tỷ lệ hồ sơ trực tuyến: năm 2025 đạt 70%.\n2. Tỷ lệ văn bản điện tử: năm 2025 đạt 98%.")
    assert facts(text, ("metric", "status"), meta={"published": "2025-01-20"}) == [
        ("dossiers_received", "actual"), ("dossiers_online", "actual"),
        ("dossiers_online_pct", "target"), ("edocs_pct", "target")]


@pytest.mark.parametrize("text,expected", [
    # a raise to a floor right before the figure is a plan …
    ("Năm 2018, Sở đề xuất với tỉnh nâng số dịch vụ công trực tuyến mức độ 4 lên ít nhất 350 dịch vụ.",
     [("services_level4", 350.0, "target")]),
    ("Ba là, nâng tỷ lệ văn bản điện tử lên tối thiểu 90%.", [("edocs_pct", 90.0, "target")]),
    # … only that figure: a result after it in the sentence stays a result
    ("Năm 2019, tỉnh nâng số dịch vụ mức độ 3 lên ít nhất 400; hiện đã có 352 dịch vụ mức độ 3.",
     [("services_level3", 400.0, "target"), ("services_level3", 352.0, "actual")]),
    # a raise without a floor says where things got to
    ("Trong năm 2019, tỉnh đã nâng số dịch vụ công trực tuyến mức độ 4 lên 312 dịch vụ.",
     [("services_level4", 312.0, "actual")]),
])
def test_a_raise_to_a_floor_is_a_plan(text, expected):
    assert facts(text, ("metric", "value", "status"), {"published": "2019-12-30"}) == expected


@pytest.mark.parametrize("text,expected", [
    # after the plan, a clause opened by an earlier year states where things stand
    ("Mục tiêu đến năm 2025 là 60% hồ sơ được xử lý trực tuyến; năm 2021 tỉnh đạt 18,4%.",
     [("dossiers_online_pct", 60.0, "target"), ("dossiers_online_pct", 18.4, "actual")]),
    # … or by a word of the present or of a result
    ("Kế hoạch đặt mục tiêu tỷ lệ văn bản điện tử đạt 95% vào năm 2025; hiện nay tỷ lệ này là 81%.",
     [("edocs_pct", 95.0, "target"), ("edocs_pct", 81.0, "actual")]),
    ("Mục tiêu mức độ hài lòng không dưới 90% vào năm 2025; kết quả khảo sát năm 2021 đạt 86,3%.",
     [("satisfaction_pct", 90.0, "target"), ("satisfaction_pct", 86.3, "actual")]),
    # a year further into a plan's next clause is still the plan's
    ("Kế hoạch năm 2022 phấn đấu vào nhóm 30 tỉnh dẫn đầu về DTI đến năm 2025; tỷ lệ hồ sơ trực tuyến cả năm 2022 đạt "
     "trên 35%.", [("dossiers_online_pct", 35.0, "target")]),
])
def test_a_clause_after_a_plan_that_opens_with_the_present_or_an_earlier_year_is_a_result(text, expected):
    rows = facts(text, ("metric", "value", "status"), {"published": "2022-03-30"})
    assert [r for r in rows if r[0] != "dti_rank"] == expected


@pytest.mark.parametrize("text,expected", [
    # a parenthesis opened by "hiện" beside a plan's figure holds the present value: a result of the time of writing
    ("Đến năm 2018, tỉnh phấn đấu có 120 dịch vụ mức độ 4 (hiện mới có 35).",
     [("services_level4", 120.0, "target", 2018), ("services_level4", 35.0, "actual", 2016)]),
    ("Kế hoạch đặt mục tiêu tỷ lệ cán bộ thường xuyên sử dụng thư điện tử đạt 85% vào năm 2018 (hiện khoảng 60%).",
     [("email_usage_pct", 85.0, "target", 2018), ("email_usage_pct", 60.0, "actual", 2016)]),
    ("Mục tiêu đến năm 2018 tỷ lệ văn bản điện tử đạt 70% (hiện là 41%).",
     [("edocs_pct", 70.0, "target", 2018), ("edocs_pct", 41.0, "actual", 2016)]),
])
def test_a_parenthesis_opened_by_the_present_beside_a_plan_holds_the_present_value(text, expected):
    assert facts(text, ("metric", "value", "status", "year"), {"published": "2016-10-05"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a plan named as what a result is measured against ("so với chỉ tiêu …") reaches only its own clause
    ("So với chỉ tiêu 95% hồ sơ giải quyết đúng hạn, huyện đạt 98,2%.", [(95.0, "target"), (98.2, "actual")]),
    ("Đối chiếu mục tiêu 40% hồ sơ nộp trực tuyến của năm 2022, tỉnh mới đạt 33,7%.",
     [(40.0, "target"), (33.7, "actual")]),
    ("So với chỉ tiêu trên 80% cán bộ thường xuyên sử dụng thư điện tử, kết quả năm 2021 là 86%.",
     [(80.0, "target"), (86.0, "actual")]),
    # … the plan's own figures in its parenthesis stay plans
    ("So với chỉ tiêu của Chính phủ (30% hồ sơ trực tuyến, 50% dịch vụ công mức độ 4), tỉnh còn thấp.",
     [(30.0, "target"), (50.0, "target")]),
])
def test_a_plan_a_result_is_measured_against_reaches_only_its_clause(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a next sentence reporting the plan met or missed ("Đây là chỉ tiêu … chưa đạt") calls the figures before no plans
    ("Năm 2020, tỉnh đạt 41,2% hồ sơ trực tuyến. Đây là chỉ tiêu thứ ba tỉnh chưa đạt.", [(41.2, "actual")]),
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 96%. Đây là chỉ tiêu huyện đã hoàn thành sớm.", [(96.0, "actual")]),
    # (… or the gap between the plan and what happened: "khoảng cách", "thực tế")
    ("Năm 2019, huyện mới có 4,1% hồ sơ trực tuyến. Đây là chỉ tiêu có khoảng cách xa nhất so với kế hoạch.",
     [(4.1, "actual")]),
    ("Tỷ lệ văn bản điện tử năm 2018 là 71%. Đó là chỉ tiêu mà thực tế còn thấp hơn nhiều so với yêu cầu.",
     [(71.0, "actual")]),
    # … while one that only names them a plan still does
    ("Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 80%. Đây là một trong những mục tiêu của kế hoạch chuyển đổi số.",
     [(80.0, "target")]),
])
def test_a_next_sentence_reporting_a_plan_met_or_missed_frames_no_plan(text, expected):
    assert facts(text, ("value", "status")) == expected



@pytest.mark.parametrize("text,expected", [
    # clauses after a semicolon that each set a value right before its own plan: the value is where things stand, out
    # of reach (and out of the year) of the plan of the clause before
    ("Năm 2019, tỷ lệ hồ sơ đúng hạn đạt 96,4%, phấn đấu năm 2020 trên 97%; tỷ lệ văn bản điện tử đạt 71%, phấn đấu "
     "năm 2020 đạt 85%.",
     [("dossiers_ontime_pct", 96.4, "actual", 2019), ("dossiers_ontime_pct", 97.0, "target", 2020),
      ("edocs_pct", 71.0, "actual", 2019), ("edocs_pct", 85.0, "target", 2020)]),
    ("Số dịch vụ mức độ 4 hiện là 52, mục tiêu năm 2022 có 150 dịch vụ mức độ 4; tỷ lệ cán bộ dùng thư điện tử đạt 64%, "
     "mục tiêu năm 2022 đạt 80%.",
     [("services_level4", 52.0, "actual", 2021), ("services_level4", 150.0, "target", 2022),
      ("email_usage_pct", 64.0, "actual", 2021),
      ("email_usage_pct", 80.0, "target", 2022)]),
    # a list of plans after one plan word stays a list of plans
    ("Năm 2022, tỉnh phấn đấu: 100% văn bản được gửi dưới dạng điện tử; tỷ lệ hồ sơ trực tuyến đạt 50%, trong đó cấp "
     "xã phấn đấu 30%.",
     [("edocs_pct", 100.0, "target", 2022), ("dossiers_online_pct", 50.0, "target", 2022),
      ("dossiers_online_pct", 30.0, "target", 2022)]),
])
def test_a_value_set_before_its_own_plan_stands_apart_from_the_plan_before(text, expected):
    assert facts(text, ("metric", "value", "status", "year"), meta={"published": "2021-12-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the value a plan starts from, said with a word of the present right after it, is where things stand now
    ("Kế hoạch yêu cầu nâng tỷ lệ hồ sơ nộp trực tuyến từ 48,5% hiện nay lên 80% vào năm 2025.",
     [("dossiers_online_pct", 48.5, "actual"), ("dossiers_online_pct", 80.0, "target")]),
    ("Tỉnh phấn đấu nâng số dịch vụ mức độ 4 từ 120 dịch vụ hiện nay lên 300 dịch vụ.",
     [("services_level4", 120.0, "actual"), ("services_level4", 300.0, "target")]),
    # … not a plain from-to plan with no such word
    ("Tỉnh phấn đấu nâng tỷ lệ hồ sơ nộp trực tuyến từ 50% lên 80% vào năm 2025.",
     [("dossiers_online_pct", 50.0, "target"), ("dossiers_online_pct", 80.0, "target")]),
])
def test_a_plan_s_starting_value_said_of_the_present_is_actual(text, expected):
    assert facts(text, ("metric", "value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    # a time word of the present or of fact, then a window of time, then the verb: what was done, past a plan before it
    ("Năm 2020, kế hoạch đặt mục tiêu 99% hồ sơ đúng hạn, thực tế chín tháng đạt 98,1%.",
     [(99.0, "target"), (98.1, "actual")]),
    ("Tỉnh đặt chỉ tiêu 40% hồ sơ trực tuyến, thực tế quý III/2021 đạt 31,5%.", [(40.0, "target"), (31.5, "actual")]),
    # … while a plan's own window stays the plan's
    ("Tỉnh phấn đấu 9 tháng năm 2021 đạt 35% hồ sơ trực tuyến.", [(35.0, "target")]),
])
def test_a_time_word_and_a_window_before_the_verb_report_what_was_done(text, expected):
    assert facts(text, ("value", "status")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2020, tỷ lệ hồ sơ trực tuyến của tỉnh vượt kế hoạch giao là 20%, đạt 23,4%.",
     [("dossiers_online_pct", 20.0, "target"), ("dossiers_online_pct", 23.4, "actual")]),
    ("Tỷ lệ văn bản điện tử năm 2019 hoàn thành chỉ tiêu đề ra là 85%, đạt 91,2% với 48.305 văn bản.",
     [("edocs_pct", 85.0, "target"), ("edocs_pct", 91.2, "actual")]),
    # a plan word before the met verb still sets what follows as a plan
    ("Năm 2021, tỉnh phấn đấu vượt kế hoạch giao là 30%, đạt 35% hồ sơ trực tuyến.",
     [("dossiers_online_pct", 35.0, "target")]),
])
def test_figures_after_the_value_of_a_plan_met_are_results(text, expected):
    """"vượt kế hoạch giao là 25%, đạt 28,16%": the plan's value is a target, the figures after it say what was reached."""
    rows = facts(text, ("metric", "value", "status"))
    assert all(row in rows for row in expected), rows


@pytest.mark.parametrize("text,expected", [
    # "tới nay" is up to now, not the coming year
    ("Từ đầu năm tới nay, tỉnh tiếp nhận 12.400 hồ sơ.", [("dossiers_received", 12400, "actual")]),
    ("Từ đầu năm tới nay, 96% hồ sơ được giải quyết đúng hạn.", [("dossiers_ontime_pct", 96, "actual")]),
    ("Năm tới, tỉnh phấn đấu 60% hồ sơ được nộp trực tuyến.", [("dossiers_online_pct", 60, "target")]),
    # a plan, then what has been reached: "đã đạt", "đã vươn lên"
    ("Chỉ tiêu năm 2024 tỉnh giao là 60% hồ sơ trực tuyến, đến hết tháng 6 đã đạt 57,1%.",
     [("dossiers_online_pct", 60, "target"), ("dossiers_online_pct", 57.1, "actual")]),
    ("Mục tiêu ấy không xa: năm 2023 tỉnh bạn Lạng Sơn đã vươn lên thứ 20/63 về ICT Index.",
     [("ict_index_rank", 20, "actual")]),
])
def test_a_result_reached_after_a_plan_word_and_up_to_now(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2024-07-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # after a directive, the present: "hiện chiếm", "mới khoảng" say where things stand
    ("Nghị quyết yêu cầu cán bộ dùng hộp thư công vụ hằng ngày. Năm 2016 tỉnh đã cấp 7.200 hộp thư, nhưng mới khoảng "
     "48% cán bộ dùng thường xuyên; văn bản điện tử hiện chiếm trên 35%.",
     [("email_accounts", 7200, "actual"), ("email_usage_pct", 48, "actual"), ("edocs_pct", 35, "actual")]),
    ("Kế hoạch yêu cầu nâng tỷ lệ hồ sơ trực tuyến. Năm 2016, hồ sơ trực tuyến chỉ khoảng 6%.",
     [("dossiers_online_pct", 6, "actual")]),
])
def test_where_things_stand_after_a_directive(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2016-09-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a plan naming no year, then a clause after a semicolon opening with a year before the year of writing: a result
    ("Phấn đấu mức hài lòng trên 95%; năm 2023, tỷ lệ hài lòng đạt 96,1%.",
     [("satisfaction_pct", 95, "target"), ("satisfaction_pct", 96.1, "actual")]),
    ("Tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 70%; năm 2023, tỷ lệ này là 61,4%.",
     [("dossiers_online_pct", 70, "target"), ("dossiers_online_pct", 61.4, "actual")]),
    # … but a clause naming the year of writing or a later one goes on with the plan
    ("Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 70%; năm 2024, tỷ lệ đúng hạn đạt 99%.",
     [("dossiers_online_pct", 70, "target"), ("dossiers_ontime_pct", 99, "target")]),
])
def test_an_earlier_year_after_a_plan_with_none_is_where_things_stood(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2024-03-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "kết quả" as the object of digitising is no result label: the plan reaches the share after it
    ("Năm 2023, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 60%, tỷ lệ số hóa kết quả đạt 70% và giải quyết đúng hạn "
     "trên 98%.", [("dossiers_online_pct", 60, "target"), ("dossiers_digitized_pct", 70, "target"),
                  ("dossiers_ontime_pct", 98, "target")]),
    # (… a share of them perhaps between the verb and the results)
    ("Năm 2023, huyện sẽ nâng tỷ lệ hồ sơ trực tuyến lên 55%, số hóa 100% kết quả giải quyết và đưa tỷ lệ đúng hạn lên "
     "99%.", [("dossiers_online_pct", 55, "target"), ("dossiers_digitized_pct", 100, "target"),
              ("dossiers_ontime_pct", 99, "target")]),
    # … while a result label before the value still reports the result
    ("Kế hoạch năm 2023 đặt chỉ tiêu 60% hồ sơ trực tuyến, kết quả đạt 52%.",
     [("dossiers_online_pct", 60, "target"), ("dossiers_online_pct", 52, "actual")]),
])
def test_results_as_the_object_of_digitising_are_no_result_label(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2023-03-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a plan noun right after a setting verb, a met verb after it: a plan set, none met
    ("Trong năm 2023, huyện đặt mục tiêu đạt tỷ lệ hồ sơ trực tuyến 45%.", [("dossiers_online_pct", 45, "target")]),
    ("Năm 2023, xã đề ra chỉ tiêu đạt tỷ lệ hồ sơ đúng hạn 99%.", [("dossiers_ontime_pct", 99, "target")]),
    # … "kết quả" right after a share is that share's noun, no result label
    ("Năm 2023, tỉnh phấn đấu 100% kết quả giải quyết được số hóa và tỷ lệ hồ sơ trực tuyến đạt 70%.",
     [("dossiers_digitized_pct", 100, "target"), ("dossiers_online_pct", 70, "target")]),
    # … a plan noun alone after "so với", its clause ending there, sets no plan for what follows
    ("Năm 2022, kết quả còn thấp so với yêu cầu: huyện chỉ nhận 312 hồ sơ trực tuyến.",
     [("dossiers_online", 312, "actual")]),
    # … while a plan's own value after it is still that plan
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 38%, thấp hơn kế hoạch 45%.",
     [("dossiers_online_pct", 38, "actual"), ("dossiers_online_pct", 45, "target")]),
])
def test_plans_set_or_compared_with_are_not_plans_met(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2023-03-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a rate a province sets out is its plan
    ("Đến cuối năm 2023, huyện đề ra tỷ lệ hồ sơ trực tuyến 65% và số hóa 100% kết quả giải quyết.",
     [("dossiers_online_pct", 65, "target"), ("dossiers_digitized_pct", 100, "target")]),
    ("Cho năm 2023, tỉnh đặt ra tỷ lệ giải quyết đúng hạn 99%.", [("dossiers_ontime_pct", 99, "target")]),
])
def test_a_rate_set_out_is_a_plan(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2023-03-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a clause after the plan's semicolon opening on the time gone by since: where things stand
    ("Năm 2023, huyện đặt chỉ tiêu 99% hồ sơ được giải quyết đúng hạn; sau năm tháng, tỷ lệ đúng hạn đạt 98,2%.",
     [("dossiers_ontime_pct", 99, "target"), ("dossiers_ontime_pct", 98.2, "actual")]),
    ("Năm 2023, tỉnh đặt mục tiêu 50% hồ sơ nộp trực tuyến; hết chín tháng đầu năm, tỷ lệ này đạt 38,6%.",
     [("dossiers_online_pct", 50, "target"), ("dossiers_online_pct", 38.6, "actual")]),
    ("Năm 2023, thành phố phấn đấu 60% hồ sơ trực tuyến; qua 8 tháng, tỷ lệ trực tuyến là 44,1%.",
     [("dossiers_online_pct", 60, "target"), ("dossiers_online_pct", 44.1, "actual")]),
    ("Năm 2023, xã đặt chỉ tiêu 40% hồ sơ trực tuyến; hết quý III, tỷ lệ đạt 31%.",
     [("dossiers_online_pct", 40, "target"), ("dossiers_online_pct", 31, "actual")]),
    # … but a clause opening on a later time still sets the plan
    ("Năm 2023, tỉnh đặt mục tiêu 50% hồ sơ nộp trực tuyến; đến năm 2025, tỷ lệ này đạt 80%.",
     [("dossiers_online_pct", 50, "target"), ("dossiers_online_pct", 80, "target")]),
])
def test_time_gone_by_after_a_plan_is_where_things_stand(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2023-11-20"}) == expected


@pytest.mark.parametrize("text,expected", [
    # what was carried out, or the real figure, after a plan
    ("Năm 2022, chỉ tiêu văn bản điện tử là 85%; thực hiện được 88,4%.",
     [("edocs_pct", 85, "target"), ("edocs_pct", 88.4, "actual")]),
    ("Năm 2022, kế hoạch đặt ra 70% cán bộ dùng thư điện tử công vụ; con số thực tế là gần 74%.",
     [("email_usage_pct", 70, "target"), ("email_usage_pct", 74, "actual")]),
    # a result near the plan: the plan word compared with sets no plan for the next clause
    ("Năm 2022, huyện A đạt 41,2% hồ sơ trực tuyến, sát chỉ tiêu; huyện B đạt 47,5%.",
     [("dossiers_online_pct", 41.2, "actual"), ("dossiers_online_pct", 47.5, "actual")]),
    # a plan said missed before a colon reports results, it opens no list of plans
    ("Một mục tiêu cũng hụt: năm 2022 tỉnh đặt mục tiêu số hóa 60% kết quả giải quyết "
     "thủ tục hành chính; thực tế mới số hóa được 33,5%. Tỷ lệ hồ sơ "
     "đúng hạn đạt 98,4%.",
     [("dossiers_digitized_pct", 60, "target"), ("dossiers_digitized_pct", 33.5, "actual"),
      ("dossiers_ontime_pct", 98.4, "actual")]),
])
def test_results_after_a_plan_said_as_done_or_real(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2023-03-20"}) == expected
