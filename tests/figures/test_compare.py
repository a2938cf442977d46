"""Comparisons with other units (figures/compare.py): the rate compared is the one for which they hold."""
import re

import pytest

from figure_fixtures import facts

from analysis.figures.compare import compared_rate, compared_value, constraints


def test_constraints_read_each_comparison_within_its_clause():
    sentence = "xã a cao hơn xã b (40,5%) và xã c (45%), nhưng thấp hơn xã d (70%); cả nước đạt khoảng 51%."
    assert constraints(sentence) == [(40.5, 1), (45.0, 1), (70.0, -1)]
    assert constraints("huyện xếp sau thị xã e (84,2%).") == [(84.2, -1)]
    assert constraints("tỷ lệ đạt 60%.") == []


def test_the_most_recent_rate_for_which_every_comparison_holds():
    stated = [("dossiers_online_pct", 55.0), ("dossiers_ontime_pct", 98.0)]
    assert compared_rate(stated, [(40.0, 1), (70.0, -1)]) == "dossiers_online_pct"
    assert compared_rate(stated, [(90.0, 1)]) == "dossiers_ontime_pct"
    assert compared_rate(stated, [(99.5, 1)]) is None


@pytest.mark.parametrize("text,metric", [
    # the on-time rate is said last, but only the online rate lies between the neighbours' values
    ("Năm 2024 huyện tiếp nhận 9.000 hồ sơ, trong đó 4.950 hồ sơ trực tuyến, đạt 55%. Tỷ lệ giải quyết đúng hạn "
     "đạt 98,5%.\nKết quả này cao hơn huyện Bảo Yên (40,2%) nhưng thấp hơn thành phố Lào Cai (71,3%).",
     "dossiers_online_pct"),
    # a neighbour behind the province on the on-time rate
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 55%; tỷ lệ giải quyết đúng hạn đạt 98,5%, cao hơn tỉnh Yên Bái (92,4%).",
     "dossiers_ontime_pct"),
])
def test_a_neighbours_value_takes_the_rate_the_comparison_holds_for(text, metric):
    rows = facts(text, ("metric", "value"))
    assert {m for m, v in rows if v in (40.2, 71.3, 92.4)} == {metric}


@pytest.mark.parametrize("text,name", [
    ("Năm 2021 tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên đạt 9,4%. Con số này thấp hơn Khánh Hòa (14,6%).", "Khánh Hòa"),
    ("Năm 2021 tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên đạt 19,4%. Kết quả này cao hơn Bình Phước (14,6%).",
     "Bình Phước"),
    ("Năm 2021 tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên đạt 9,4%; con số này xếp sau Cà Mau (14,6%).", "Cà Mau"),
])
def test_a_place_named_after_a_comparison_word_is_the_unit_compared(text, name):
    assert (name, "dossiers_online_pct", 14.6) in facts(text, ("province", "metric", "value"))


def test_what_a_plan_sentence_compares_with_is_a_result():
    text = ("Năm 2021 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 9,4%. Con số này còn xa chỉ tiêu 20% của năm 2022, và thấp "
            "hơn Khánh Hòa (14,6%).")
    assert facts(text, ("value", "status")) == [(9.4, "actual"), (20.0, "target"), (14.6, "actual")]


@pytest.mark.parametrize("folded,expected", [
    ("chỉ tiêu 20%, và còn thấp hơn đà nẵng (14,6%)", True),
    ("cao hơn mức bình quân toàn tỉnh (41,7%)", True),
    ("phấn đấu vượt 50%", False),              # a bound, nothing named between
    ("thấp hơn năm trước, đạt 30%", False),      # the comparison closed with its clause
    ("đạt 92%, vượt chỉ tiêu 80%", False),      # compared with the plan
    # a decimal comma of the value before ends no clause: the comparison still governs the second unit
    ("cao hơn mức bình quân của huyện (78,4%) và của toàn tỉnh (71,2%)", True),
    ("thấp hơn thành phố a (64,5%) và huyện b (60%)", True),
])
def test_the_value_of_what_is_compared_with(folded, expected):
    last_number = [m.start() for m in re.finditer(r"\d[\d,.]*", folded)][-1]
    assert compared_value(folded, 0, last_number) is expected


@pytest.mark.parametrize("text,expected", [
    # a comparison, its baseline's year, a link, then the baseline's value: what the figure compared counts, that year
    ("Năm 2016, tỉnh nhận 3.084 hồ sơ nộp qua mạng, tăng gần gấp ba so với cùng kỳ năm 2015 với 1.102 hồ sơ.",
     [("dossiers_online", 3084.0, 2016), ("dossiers_online", 1102.0, 2015)]),
    ("Sáu tháng đầu năm 2020, có 5.418 hồ sơ trực tuyến, gần gấp đôi cùng kỳ năm 2019 với 2.760 hồ sơ.",
     [("dossiers_online", 5418.0, 2020), ("dossiers_online", 2760.0, 2019)]),
    ("Năm 2022, huyện nhận 640 hồ sơ trực tuyến, tăng mạnh so với năm 2021 chỉ có 215 hồ sơ.",
     [("dossiers_online", 640.0, 2022), ("dossiers_online", 215.0, 2021)]),
])
def test_a_baseline_linked_after_its_year_counts_what_the_figure_compared_does(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2022-12-30"}) == expected


@pytest.mark.parametrize("text,expected", [
    # an adverb between the bare rate word and its verb: still the share of the counts before it
    ("Năm 2015, xã nhận 1.240 hồ sơ, có 52 hồ sơ nộp qua mạng, tỷ lệ mới đạt 4,19%.",
     [("dossiers_received", 1240.0, "actual"), ("dossiers_online", 52.0, "actual"),
      ("dossiers_online_pct", 4.19, "actual")]),
    ("Năm 2015, xã nhận 1.240 hồ sơ, có 52 hồ sơ nộp qua mạng, tỷ lệ chỉ là 4,19%.",
     [("dossiers_received", 1240.0, "actual"), ("dossiers_online", 52.0, "actual"),
      ("dossiers_online_pct", 4.19, "actual")]),
    # a plan noun right before a percentage: the target of the rate its sentence stated right before
    ("Năm 2015, tỷ lệ hồ sơ trực tuyến của huyện đạt 3,4% so với chỉ tiêu giao 5%.",
     [("dossiers_online_pct", 3.4, "actual"), ("dossiers_online_pct", 5.0, "target")]),
    ("Năm 2015, huyện nhận 2.100 hồ sơ, trong đó 300 hồ sơ qua mạng, đạt 14,29%, cao hơn chỉ tiêu 10% được giao.",
     [("dossiers_received", 2100.0, "actual"), ("dossiers_online", 300.0, "actual"),
      ("dossiers_online_pct", 14.29, "actual"), ("dossiers_online_pct", 10.0, "target")]),
    # … not the country's bar
    ("Năm 2015, huyện nhận 2.100 hồ sơ, trong đó 300 hồ sơ qua mạng, đạt 14,29%, vượt chỉ tiêu 10% mà Chương trình "
     "quốc gia đặt ra.", [("dossiers_received", 2100.0, "actual"), ("dossiers_online", 300.0, "actual"),
                          ("dossiers_online_pct", 14.29, "actual")]),
    # a percentage measured against a plan ("bằng … so với mục tiêu …", "đạt 103% so với chỉ tiêu") is how far it has come
    ("Năm 2022, tỷ lệ văn bản điện tử đạt 72%, bằng 80% so với mục tiêu 90%.",
     [("edocs_pct", 72.0, "actual"), ("edocs_pct", 90.0, "target")]),
    ("Năm 2022, số hồ sơ trực tuyến là 9.800, đạt 103% so với chỉ tiêu.", [("dossiers_online", 9800.0, "actual")]),
    # units listed by how far each came, the plan noun right after: no rates, and the count beside one is a result
    ("Tỷ lệ hồ sơ trực tuyến toàn tỉnh là 31,5%. Quận 1 đạt 121% kế hoạch với 8.400 hồ sơ trực tuyến; ngược lại huyện "
     "Cần Giờ mới đạt 64% kế hoạch.", [("dossiers_online_pct", 31.5, "actual"), ("dossiers_online", 8400.0, "actual")]),
    ("Về hồ sơ qua mạng, thị xã A vượt 9% kế hoạch năm, còn huyện B chỉ bằng 58% kế hoạch.", []),
    ("Năm 2022, thành phố Vĩnh Yên đạt 118% kế hoạch với 5.120 hồ sơ nộp qua mạng.",
     [("dossiers_online", 5120.0, "actual")]),
    # … but a target the plan sets is read as one
    ("Năm 2022, tỷ lệ hồ sơ qua mạng đạt 18,4%, sát với chỉ tiêu 20% của kế hoạch.",
     [("dossiers_online_pct", 18.4, "actual"), ("dossiers_online_pct", 20.0, "target")]),
    # a plan met, its value said after a copula: the value is the plan's target
    ("Năm 2022, tỷ lệ hồ sơ qua mạng đạt 6,1%, vượt kế hoạch giao là 5%.",
     [("dossiers_online_pct", 6.1, "actual"), ("dossiers_online_pct", 5.0, "target")]),
    ("Năm 2022, huyện có 8.400 hồ sơ qua mạng, đạt 12,5%, vượt chỉ tiêu đề ra là 10%.",
     [("dossiers_online", 8400.0, "actual"), ("dossiers_online_pct", 12.5, "actual"),
      ("dossiers_online_pct", 10.0, "target")]),
])
def test_a_rate_set_against_its_target_and_a_rate_of_progress(text, expected):
    assert facts(text, ("metric", "value", "status"), meta={"published": "2022-12-30"}) == expected


@pytest.mark.parametrize("text,expected", [
    # the baseline's year and a copula may open the parenthesis after a comparison; the value measures what the figure
    # compared does
    ("Số hồ sơ nộp trực tuyến trong năm 2020 đạt 58.700, tăng 35% so với năm trước (năm 2019 là 43.400 hồ sơ).",
     [("dossiers_online", 58700.0, 2020), ("dossiers_online", 43400.0, 2019)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 31,2%, tăng so với năm trước (năm 2020 là 22,5%).",
     [("dossiers_online_pct", 31.2, 2021), ("dossiers_online_pct", 22.5, 2020)]),
    ("Năm 2022, tỉnh có 5.600 hộp thư công vụ, nhiều hơn so với năm trước (năm 2021: 4.900 hộp thư).",
     [("email_accounts", 5600.0, 2022), ("email_accounts", 4900.0, 2021)]),
])
def test_a_baseline_in_parentheses_with_its_year_measures_what_the_figure_does(text, expected):
    assert facts(text, ("metric", "value", "year"), {"published": "2022-12-20"}) == expected
