"""Respectively ("lần lượt"): subjects before the marker pair with the numbers after it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from figure_fixtures import facts
from analysis.figures.respective import respective_subjects
from analysis.text.clean import fold
from analysis.text.numbers import scan_numbers


def subjects(text: str) -> list[str]:
    folded = fold(text)
    tokens = [t for t in scan_numbers(text) if t.figure]
    return [p.subject for p in respective_subjects(folded, (0, len(folded)), tokens).values()]


def test_a_subject_that_leaves_out_the_shared_noun_takes_it_from_the_first():
    assert subjects("Tỉnh có 1.320 TTHC, trong đó số DVCTT mức độ 3 và mức độ 4 lần lượt là 402 và 275.") == [
        "số dvctt mức độ 3", "số dvctt mức độ 4"]


def test_no_pairing_when_the_numbers_do_not_follow_the_marker_as_a_list():
    assert subjects("Số dịch vụ mức độ 3 và mức độ 4 lần lượt tăng mạnh trong năm 2021, đạt 402 dịch vụ.") == []
    assert subjects("Tỷ lệ hồ sơ trực tuyến lần lượt là 40%.") == []


@pytest.mark.parametrize("text,expected", [
    ("Năm 2021, tỉnh cung cấp 1.320 thủ tục hành chính, trong đó số dịch vụ công trực tuyến mức độ 3 và mức độ 4 "
     "lần lượt là 402 và 275.",
     [("procedures_total", 1320), ("services_level3", 402), ("services_level4", 275)]),
    ("Năm 2022, tỷ lệ hồ sơ nộp trực tuyến và tỷ lệ hồ sơ giải quyết đúng hạn lần lượt đạt 38,5% và 97,9%.",
     [("dossiers_online_pct", 38.5), ("dossiers_ontime_pct", 97.9)]),
    ("Trong quý, số hồ sơ tiếp nhận, số hồ sơ đã giải quyết và số hồ sơ trực tuyến lần lượt là 5.100, 4.870 và 2.040.",
     [("dossiers_received", 5100), ("dossiers_resolved", 4870), ("dossiers_online", 2040)]),
])
def test_each_number_is_read_as_its_own_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # subjects that are years date their numbers
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh qua các năm 2022, 2023 và 2024 lần lượt đạt 31,5%, 48,2% và 63%.",
     [("dossiers_online_pct", 31.5, 2022), ("dossiers_online_pct", 48.2, 2023), ("dossiers_online_pct", 63, 2024)]),
    ("Số tài khoản thư điện tử năm 2019 và năm 2020 lần lượt là 4.100 và 5.350.",
     [("email_accounts", 4100, 2019), ("email_accounts", 5350, 2020)]),
    # …or years listed after the numbers
    ("Kế hoạch: tỷ lệ văn bản điện tử lần lượt đạt 92%, 96% và 100% trong các năm 2026, 2027 và 2028.",
     [("edocs_pct", 92, 2026), ("edocs_pct", 96, 2027), ("edocs_pct", 100, 2028)]),
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh lần lượt là 22% và 35% vào năm 2021 và năm 2022.",
     [("dossiers_online_pct", 22, 2021), ("dossiers_online_pct", 35, 2022)]),
])
def test_years_as_subjects_date_their_numbers(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # subjects that are names: every number counts what the group's first does, scoped by its name's level
    ("Năm 2023, Sở Y tế, Sở Tư pháp và Sở Nội vụ là ba đơn vị có nhiều hồ sơ trực tuyến nhất, lần lượt "
     "2.412 hồ sơ, 1.986 hồ sơ và 743 hồ sơ.",
     [("dossiers_online", 2412, None), ("dossiers_online", 1986, None), ("dossiers_online", 743, None)]),
    ("Năm 2023, tỷ lệ hồ sơ trực tuyến của cấp tỉnh, cấp huyện và cấp xã lần lượt là 81%, 66% và 52%.",
     [("dossiers_online_pct", 81, "cấp tỉnh"), ("dossiers_online_pct", 66, "cấp huyện"),
      ("dossiers_online_pct", 52, "cấp xã")]),
])
def test_named_subjects_share_the_first_number_s_noun(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    ("Năm 2023 toàn huyện tiếp nhận 5.000 hồ sơ, trong đó 2.000 hồ sơ trực tuyến, chiếm 40%. Dẫn đầu là xã Nam Sơn, "
     "xã Bắc Sơn và thị trấn Đông Sơn với tỷ lệ lần lượt là 70%, 65% và 60%.",
     [("dossiers_online_pct", 70.0, "xã Nam Sơn"), ("dossiers_online_pct", 65.0, "xã Bắc Sơn"),
      ("dossiers_online_pct", 60.0, "thị trấn Đông Sơn")]),
    ("Năm 2023 tỷ lệ giải quyết đúng hạn toàn tỉnh đạt 97%; huyện Tây Giang và huyện Đông Giang lần lượt đạt 99% và "
     "95%.",
     [("dossiers_ontime_pct", 99.0, "huyện Tây Giang"), ("dossiers_ontime_pct", 95.0, "huyện Đông Giang")]),
])
def test_named_units_listed_respectively_take_the_rate_of_their_paragraph(text, expected):
    rows = facts(text, ("metric", "value", "scope"))
    assert [r for r in rows if r[1] in {v for _, v, _ in expected}] == expected


def test_named_units_take_no_rate_stated_only_in_another_paragraph():
    text = ("Năm 2023 tỷ lệ giải quyết đúng hạn toàn tỉnh đạt 97%.\nMức độ sử dụng còn chênh lệch: huyện Tây Giang và "
            "huyện Đông Giang lần lượt đạt 12% và 5%.")
    assert [v for _, v in facts(text, ("metric", "value"))] == [97.0]


@pytest.mark.parametrize("text,expected", [
    ("Năm 2022, Sở Y tế, Sở Xây dựng và Sở Tư pháp lần lượt tiếp nhận 1.200, 900 và 450 hồ sơ.",
     [("dossiers_received", 1200.0), ("dossiers_received", 900.0), ("dossiers_received", 450.0)]),
    ("Năm 2022, Sở Y tế và Sở Tư pháp lần lượt đạt 91,5% và 64% hồ sơ trực tuyến.",
     [("dossiers_online_pct", 91.5), ("dossiers_online_pct", 64.0)]),
])
def test_the_noun_after_the_last_number_is_each_ones(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_named_units_listed_respectively_are_the_scopes_of_their_rates():
    text = "Năm 2022, Sở Y tế và Sở Tư pháp lần lượt đạt 91,5% và 64% hồ sơ trực tuyến."
    assert [scope for scope, in facts(text, ("scope",))] == ["Sở Y tế", "Sở Tư pháp"]


def test_an_anaphoric_or_unnamed_subject_shares_no_noun():
    from analysis.figures.respective import Paired, shares_noun
    assert shares_noun(Paired("sở y tế", 0, None, " hồ sơ"))
    assert not shares_noun(Paired("thì năm 2021 hai con số này", 0, None, " hồ sơ"))
    assert not shares_noun(Paired(")", 0, None, " hồ sơ"))
    assert not shares_noun(Paired("sở y tế", 0, None, " "))


@pytest.mark.parametrize("text,expected", [
    # the subjects end at their predicate ("là ba địa phương dẫn đầu, với tỷ lệ …")
    ("Ở cấp huyện, thị xã Bình Minh, huyện Lạc An và thành phố Tân Phú là ba địa phương dẫn đầu, với tỷ lệ hồ sơ "
     "trực tuyến lần lượt 81,2%, 77% và 70,5%.", ["thị xã bình minh", "huyện lạc an", "thành phố tân phú"]),
    ("Sở Y tế, Sở Xây dựng và Sở Nội vụ dẫn đầu, lần lượt đạt 96%, 90% và 85%.", ["sở y tế", "sở xây dựng", "sở nội vụ"]),
    ("Tỷ lệ trực tuyến và tỷ lệ đúng hạn là hai chỉ số chính, lần lượt đạt 45% và 98%.",
     ["tỷ lệ trực tuyến", "tỷ lệ đúng hạn"]),
])
def test_the_subjects_of_a_respective_list_end_at_their_predicate(text, expected):
    assert subjects(text) == expected


def test_named_units_take_the_rate_of_the_units_named_before_them_in_the_sentence():
    text = ("Tỷ lệ giải quyết đúng hạn toàn tỉnh đạt 98%.\nThành phố Long An đạt tỷ lệ hồ sơ trực tuyến 40,5%, còn các "
            "huyện Tân Thạnh, Mộc Hóa lần lượt đạt 8,1% và 6,4%.")
    assert facts(text, ("metric", "value", "scope"))[-2:] == [
        ("dossiers_online_pct", 8.1, "huyện Tân Thạnh"), ("dossiers_online_pct", 6.4, "Mộc Hóa")]


def test_named_units_take_the_article_s_only_rate_when_their_paragraph_names_no_measure():
    text = ("Năm 2022 tỷ lệ hồ sơ trực tuyến của huyện đạt 31,5%; cấp xã đạt 24%.\nỞ vùng cao, con số thấp hơn "
            "nhiều. Các xã Pa Vây, Huổi Lếch và Tả Ngảo lần lượt đạt 9,2%, 7,5% và 3,1%.")
    assert facts(text, ("metric", "value", "scope"))[-3:] == [
        ("dossiers_online_pct", 9.2, "xã Pa Vây"), ("dossiers_online_pct", 7.5, "Huổi Lếch"),
        ("dossiers_online_pct", 3.1, "Tả Ngảo")]
    two_rates = text.replace("cấp xã đạt 24%", "tỷ lệ đúng hạn đạt 97%")
    assert [v for _, v in facts(two_rates, ("metric", "value"))] == [31.5, 97.0]


def test_a_rate_after_a_respective_list_is_no_member_of_it():
    text = "Trong quý III/2023, số hồ sơ tiếp nhận và số hồ sơ trực tuyến lần lượt là 48.200 và 9.640, tỷ lệ 20%."
    assert facts(text) == [("dossiers_received", 48200), ("dossiers_online", 9640), ("dossiers_online_pct", 20)]


def test_a_named_unit_in_a_paragraph_with_no_rate_takes_the_article_s_only_rate():
    text = ("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh chỉ đạt 6,1%.\nCũng là tỉnh miền núi, nhưng cùng thời điểm "
            "tỉnh bạn Điện Biên đã đạt 9,4%.")
    assert facts(text, ("metric", "value")) == [("dossiers_online_pct", 6.1), ("dossiers_online_pct", 9.4)]


@pytest.mark.parametrize("text,expected", [
    # two counts pointed back to, the share between them passed over
    ("Năm 2022 huyện nhận 12.400 hồ sơ, trong đó 3.150 hồ sơ nộp qua mạng (25,4%); năm 2023 hai con số này "
     "lần lượt là 13.900 và 5.020 hồ sơ.",
     [("dossiers_received", 12400.0, 2022), ("dossiers_online", 3150.0, 2022), ("dossiers_online_pct", 25.4, 2022),
      ("dossiers_received", 13900.0, 2023), ("dossiers_online", 5020.0, 2023)]),
    # a count and a rate, in the order said
    ("Năm 2020 thị xã tiếp nhận 8.300 hồ sơ, tỷ lệ trực tuyến 9,5%; sang năm 2021, hai số liệu này lần lượt là "
     "9.120 hồ sơ và 21,7%.",
     [("dossiers_received", 8300.0, 2020), ("dossiers_online_pct", 9.5, 2020), ("dossiers_received", 9120.0, 2021),
      ("dossiers_online_pct", 21.7, 2021)]),
    # one number for each rate of the group
    ("Năm 2023 tỷ lệ văn bản điện tử đạt 88%, tỷ lệ cán bộ sử dụng thư điện tử công vụ đạt 71%. Đến năm 2025, "
     "hai tỷ lệ nói trên đều phải đạt 98%.",
     [("edocs_pct", 88.0, 2023), ("email_usage_pct", 71.0, 2023), ("edocs_pct", 98.0, 2025),
      ("email_usage_pct", 98.0, 2025)]),
])
def test_a_counted_group_pointing_back_stands_for_the_figures_said_last(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a paragraph opening with the pointing group, before any figure of its own: the paragraph before said them
    ("Năm 2023 tỉnh nhận 45.200 hồ sơ, trong đó 20.100 hồ sơ trực tuyến.\nNăm 2022, hai con số này lần lượt là "
     "39.800 và 12.700.",
     [("dossiers_received", 45200.0, 2023), ("dossiers_online", 20100.0, 2023), ("dossiers_received", 39800.0, 2022),
      ("dossiers_online", 12700.0, 2022)]),
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 63,1%, tỷ lệ giải quyết đúng hạn đạt 98,4% và tỷ lệ hài lòng đạt 92%.\n"
     "Cả năm 2023, ba tỷ lệ này lần lượt là 51,5%, 97,9% và 90,2%.",
     [("dossiers_online_pct", 63.1, 2024), ("dossiers_ontime_pct", 98.4, 2024), ("satisfaction_pct", 92.0, 2024),
      ("dossiers_online_pct", 51.5, 2023), ("dossiers_ontime_pct", 97.9, 2023), ("satisfaction_pct", 90.2, 2023)]),
])
def test_a_pointing_group_opening_a_paragraph_points_to_the_paragraph_before(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2025-01-15"}) == expected


@pytest.mark.parametrize("text,expected", [
    # a note without figures between the rates and the group pointing back at them
    ("Quý I/2024, tỷ lệ hồ sơ đúng hạn đạt 97,6%, tỷ lệ hồ sơ trực tuyến đạt 31,2%.\n"
     "Lưu ý: hai tỷ lệ được tính trên hai mẫu số khác nhau.\nCùng kỳ năm 2023, hai tỷ lệ này lần lượt là 95,1% và 22,4%.",
     [("dossiers_ontime_pct", 97.6, 2024), ("dossiers_online_pct", 31.2, 2024), ("dossiers_ontime_pct", 95.1, 2023),
      ("dossiers_online_pct", 22.4, 2023)]),
    # a paragraph of counts only between: its counts have no two shares of ours, the rates before them are meant
    ("Năm 2024, tỷ lệ hài lòng đạt 93% và tỷ lệ văn bản điện tử đạt 89%.\nCác cơ quan đã giải quyết 41.300 hồ sơ.\n"
     "Năm 2023, hai tỷ lệ trên lần lượt là 90% và 80%.",
     [("satisfaction_pct", 93.0, 2024), ("edocs_pct", 89.0, 2024), ("dossiers_resolved", 41300.0, 2024),
      ("satisfaction_pct", 90.0, 2023), ("edocs_pct", 80.0, 2023)]),
    # counts with shares of ours further back than the paragraph before are passed over for the rates said before them
    ("Năm 2024, tỷ lệ đúng hạn đạt 98% và tỷ lệ trực tuyến đạt 40%.\nTỉnh nhận 50.000 hồ sơ, trong đó 20.000 hồ sơ "
     "trực tuyến.\nGhi chú: số liệu lấy từ hệ thống một cửa điện tử.\nNăm 2023, hai tỷ lệ này lần lượt là 96% và 25%.",
     [("dossiers_ontime_pct", 98.0, 2024), ("dossiers_online_pct", 40.0, 2024), ("dossiers_received", 50000.0, 2024),
      ("dossiers_online", 20000.0, 2024), ("dossiers_ontime_pct", 96.0, 2023), ("dossiers_online_pct", 25.0, 2023)]),
    # counts two paragraphs back, a line without figures between
    ("Năm 2024 tỉnh nhận 61.000 hồ sơ, trong đó 30.500 hồ sơ nộp trực tuyến.\nPhần mềm được nâng cấp giữa năm.\n"
     "Năm 2023, hai con số này lần lượt là 52.000 và 18.000.",
     [("dossiers_received", 61000.0, 2024), ("dossiers_online", 30500.0, 2024), ("dossiers_received", 52000.0, 2023),
      ("dossiers_online", 18000.0, 2023)]),
])
def test_a_pointing_group_reaches_back_past_paragraphs_that_said_none_of_its_figures(text, expected):
    assert facts(text, ("metric", "value", "year"), meta={"published": "2025-01-15"}) == expected


@pytest.mark.parametrize("text,expected", [
    # "tương ứng" alone marks respective shares of the counts before them, as "lần lượt" does
    ("Năm 2019, tỉnh nhận 80.000 hồ sơ, trong đó 3.200 hồ sơ mức độ 3 và 400 hồ sơ mức độ 4, tương ứng 4% và 0,5% "
     "tổng số.", [("dossiers_received", 80000.0), ("dossiers_online_level3", 3200.0),
                  ("dossiers_online_level4", 400.0), ("dossiers_online_level3_pct", 4.0),
                  ("dossiers_online_level4_pct", 0.5)]),
    # a sentence opening with the rate word and the marker: the shares of the counts said right before, a total of the
    # two passed over; the overall rate after them is the share of their sum
    ("Năm 2019, tỉnh nhận 80.000 hồ sơ; 3.200 hồ sơ mức độ 3 và 400 hồ sơ mức độ 4, tổng cộng 3.600 hồ sơ trực tuyến. "
     "Tỷ lệ tương ứng là 4% và 0,5% số hồ sơ tiếp nhận; tỷ lệ chung đạt 4,5%.",
     [("dossiers_received", 80000.0), ("dossiers_online_level3", 3200.0), ("dossiers_online_level4", 400.0),
      ("dossiers_online", 3600.0), ("dossiers_online_level3_pct", 4.0), ("dossiers_online_level4_pct", 0.5),
      ("dossiers_online_pct", 4.5)]),
    ("Năm 2019, tỉnh có 290 dịch vụ mức độ 3 và 60 dịch vụ mức độ 4. Các tỷ lệ lần lượt là 16,2% và 3,4%.",
     [("services_level3", 290.0), ("services_level4", 60.0), ("services_level3_pct", 16.2),
      ("services_level4_pct", 3.4)]),
])
def test_respective_rates_of_the_counts_said_right_before(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_a_weak_marker_pairs_only_numbers_joined_tightly():
    # "tương ứng" leads one share as often: a number after other words is no second of a pair
    rows = facts("Năm 2022, hồ sơ trực tuyến đạt 61.700, tương ứng 28,8%, tăng so với mức 12% của năm 2021.",
                 ("metric", "value", "year"), meta={"published": "2022-12-20"})
    assert rows[:2] == [("dossiers_online", 61700.0, 2022), ("dossiers_online_pct", 28.8, 2022)]


def test_a_pointing_group_reaches_back_only_a_few_paragraphs():
    lines = ["Năm 2024, tỷ lệ hồ sơ đúng hạn đạt 97%, tỷ lệ hồ sơ trực tuyến đạt 30%."] + \
        ["Tỉnh tổ chức tập huấn cho cán bộ một cửa."] * 4 + ["Năm 2023, hai tỷ lệ này lần lượt là 95% và 20%."]
    assert facts("\n".join(lines), ("metric", "value"), meta={"published": "2025-01-15"}) == \
        [("dossiers_ontime_pct", 97.0), ("dossiers_online_pct", 30.0)]


@pytest.mark.parametrize("text,expected", [
    # a pointing group of counts, its numbers percentages: the counts' shares, in order
    ("Năm 2019, hồ sơ trực tuyến mức độ 3 là 6.120, mức độ 4 là 845; so với tổng số hồ sơ, hai con số này lần lượt "
     "bằng 2,9% và 0,4%.",
     [("dossiers_online_level3", 6120.0), ("dossiers_online_level4", 845.0), ("dossiers_online_level3_pct", 2.9),
      ("dossiers_online_level4_pct", 0.4)]),
    ("Năm 2020, tỉnh có 312 dịch vụ mức độ 3 và 96 dịch vụ mức độ 4. Hai con số này lần lượt chiếm 16,4% và 5%.",
     [("services_level3", 312.0), ("services_level4", 96.0), ("services_level3_pct", 16.4), ("services_level4_pct", 5.0)]),
])
def test_a_pointing_group_of_counts_before_percentages_takes_their_shares(text, expected):
    assert facts(text, ("metric", "value")) == expected


def test_a_pointing_group_after_figures_of_its_own_paragraph_reads_only_those():
    # the paragraph said one rate before the group: too few, and the paragraph before is not read
    rows = facts("Tỷ lệ trực tuyến đạt 40%, tỷ lệ đúng hạn đạt 97%.\nNăm 2024 hồ sơ trực tuyến đạt 55%; hai tỷ lệ trên "
                 "đều phải tăng.", ("metric", "value"))
    assert rows == [("dossiers_online_pct", 40.0), ("dossiers_ontime_pct", 97.0), ("dossiers_online_pct", 55.0)]


def test_a_pointing_group_needs_as_many_figures_said_before_it():
    # the paragraph said one rate only: "ba tỷ lệ trên" cannot be read, and no rate is guessed for it
    rows = facts("Tỷ lệ hồ sơ trực tuyến đạt 61%. Năm sau, ba tỷ lệ trên đều phải đạt trên 90%.", ("metric", "value"))
    assert rows == [("dossiers_online_pct", 61.0)]


def test_trên_before_a_number_is_no_pointer():
    # "hai tỷ lệ trên 80%" counts rates above a bound; it points back to nothing
    text = "Tỷ lệ văn bản điện tử đạt 91%, tỷ lệ hồ sơ đúng hạn đạt 97%; hai tỷ lệ trên 80% được giữ vững."
    assert respective_subjects(fold(text), (0, len(text)), [t for t in scan_numbers(text) if t.figure]) == {}


@pytest.mark.parametrize("text,expected", [
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Quảng Bình (cũ) và tỉnh Quảng Trị lần lượt là 61,2% và 57,9%.",
     [(61.2, "Quảng Bình"), (57.9, "Quảng Trị")]),
    ("Trước hợp nhất, tỷ lệ văn bản điện tử của Bắc Giang (cũ), Bắc Ninh (cũ) lần lượt đạt 95,5% và 97,1%.",
     [(95.5, "Bắc Giang"), (97.1, "Bắc Ninh")]),
    # a name whose first word ends the name before it ("Hà Nam, Nam Định") is a name of its own, not that one completed
    ("Năm 2016, thứ hạng ICT Index của Hà Nam, Nam Định và Thái Bình lần lượt là 28/63, 30/63 và 25/63.",
     [(28.0, "Hà Nam"), (30.0, "Nam Định"), (25.0, "Thái Bình")]),
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến của Gia Lai và Lai Châu lần lượt đạt 41,3% và 38,6%.",
     [(41.3, "Gia Lai"), (38.6, "Lai Châu")]),
])
def test_each_province_of_a_respective_list_owns_its_number(text, expected):
    from analysis.figures.extract import extract_text
    df = extract_text(text, "t", meta={"province": "Bắc Ninh", "published": "2025-10-01"})
    assert list(zip(df["value"], df["province"])) == expected


def test_a_closed_parenthesis_inside_the_first_subject_opens_no_clause():
    text = "tỷ lệ của xã A (cũ), xã B và xã C lần lượt là 40%, 45% và 50%"
    folded = fold(text)
    found = respective_subjects(folded, (0, len(folded)), [t for t in scan_numbers(folded) if t.figure])
    assert [p.subject for p in found.values()][0] == "tỷ lệ của xã a (cũ)"


def test_a_second_respective_list_naming_no_units_is_of_the_first_list_s_provinces():
    from analysis.figures.extract import extract_text
    text = ("Năm 2024, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Nam (cũ) và tỉnh Nam Định (cũ) lần lượt đạt 61,1% và 55,4%; "
            "tỷ lệ giải quyết đúng hạn lần lượt là 98,2% và 97,6%.")
    df = extract_text(text, "t", meta={"province": "Ninh Bình", "published": "2025-10-01"})
    assert list(zip(df["metric"], df["value"], df["province"])) == [
        ("dossiers_online_pct", 61.1, "Hà Nam"), ("dossiers_online_pct", 55.4, "Nam Định"),
        ("dossiers_ontime_pct", 98.2, "Hà Nam"), ("dossiers_ontime_pct", 97.6, "Nam Định")]


@pytest.mark.parametrize("text,expected", [
    # each number carries its own, different noun: labelled figures, not a list to pair
    ("Sang quý II, con số tương ứng là 12.430 hồ sơ tiếp nhận và 7.915 hồ sơ trực tuyến.",
     [("dossiers_received", 12430), ("dossiers_online", 7915)]),
    ("Cả năm, các số liệu lần lượt là 3.050 hồ sơ đã giải quyết, 2.980 hồ sơ đúng hạn.",
     [("dossiers_resolved", 3050), ("dossiers_ontime", 2980)]),
    ("Ở cấp huyện, kết quả tương ứng là 640 dịch vụ mức độ 3 và 215 dịch vụ mức độ 4.",
     [("services_level3", 640), ("services_level4", 215)]),
])
def test_numbers_each_with_their_own_noun_are_not_paired(text, expected):
    assert facts(text) == expected


def test_numbers_repeating_one_noun_are_still_paired():
    assert subjects("Năm 2022 và năm 2023, số hồ sơ trực tuyến lần lượt là 4.120 hồ sơ và 5.360 hồ sơ.") != []



@pytest.mark.parametrize("text,values", [
    # "lần lượt … 40, 31 và 24 trong số 63 tỉnh": the places are out of 63, which is no place of its own
    ("Nghệ An lần lượt xếp thứ 40, 31 và 24 trong số 63 tỉnh, thành phố.", ["40", "31", "24"]),
    ("Hai xã lần lượt có 120 và 85 trên tổng số 400 hồ sơ.", ["120", "85"]),
    ("Ba huyện lần lượt đạt 41%, 38% và 35%.", ["41%", "38%", "35%"]),
])
def test_a_number_the_listed_ones_are_out_of_closes_the_list(text, values):
    from analysis.figures.respective import marked_groups
    folded = fold(text)
    (_, group), = marked_groups(folded, (0, len(folded)), scan_numbers(folded))
    assert [t.text for t in group] == values


@pytest.mark.parametrize("text,expected", [
    # a bare rate word over a respective group after counts: the share of what those counts count
    ("Sở Tư pháp có 2.310 hồ sơ trực tuyến, còn Sở Xây dựng có 1.004 hồ sơ trực tuyến, tỷ lệ lần lượt là 61,2% và 38,5%.",
     [("dossiers_online", 2310), ("dossiers_online", 1004), ("dossiers_online_pct", 61.2), ("dossiers_online_pct", 38.5)]),
    ("Huyện A giải quyết trễ hạn 96 hồ sơ, huyện B 41 hồ sơ, tỷ lệ lần lượt 2,1% và 0,8%.",
     [("dossiers_late", 96), ("dossiers_late", 41), ("dossiers_late_pct", 2.1), ("dossiers_late_pct", 0.8)]),
])
def test_a_bare_rate_over_a_respective_group_after_counts_is_their_share(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a comma inside a paired noun ("cán bộ, công chức", "người dân, doanh nghiệp") separates no subjects
    ("Năm 2020, tỷ lệ hồ sơ đúng hạn, tỷ lệ người dân, tổ chức hài lòng và tỷ lệ hồ sơ nộp qua mạng lần lượt là 98%, "
     "90% và 30%.",
     [("dossiers_ontime_pct", 98), ("satisfaction_pct", 90), ("dossiers_online_pct", 30)]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến, tỷ lệ người dân, doanh nghiệp hài lòng lần lượt đạt 35% và 92%.",
     [("dossiers_online_pct", 35), ("satisfaction_pct", 92)]),
])
def test_a_paired_noun_s_comma_separates_no_subjects(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # counts before the marker and as many percentages after it: each percentage is the share of its count
    ("Năm 2017, tỉnh có 240 dịch vụ mức độ 3 và 35 dịch vụ mức độ 4, lần lượt chiếm 12,5% và 1,82% số thủ tục.",
     [("services_level3", 240), ("services_level4", 35), ("services_level3_pct", 12.5), ("services_level4_pct", 1.82)]),
    ("Năm 2018, huyện nhận 1.900 hồ sơ mức độ 3 và 260 hồ sơ mức độ 4 qua mạng, chiếm lần lượt 6,1% và 0,8%.",
     [("dossiers_online_level3", 1900), ("dossiers_online_level4", 260), ("dossiers_online_level3_pct", 6.1),
      ("dossiers_online_level4_pct", 0.8)]),
    # a count short of the percentages' number pairs nothing by this rule
    ("Năm 2017, tỉnh có 240 dịch vụ mức độ 3, lần lượt chiếm 12,5% và 1,82% số thủ tục.",
     [("services_level3", 240), ("services_level3_pct", 12.5), ("services_level3_pct", 1.82)]),
])
def test_percentages_after_the_marker_pair_with_the_counts_before_it(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the figures themselves named before the marker, with no numeral: as many of the figures said last as follow it
    ("Năm 2017 huyện tiếp nhận 52.300 hồ sơ, giải quyết 51.020 hồ sơ và có 1.410 hồ sơ nộp qua mạng; năm 2018 các con "
     "số tương ứng là 55.800, 54.960 và 3.270 hồ sơ.",
     [("dossiers_received", 52300.0, 2017), ("dossiers_resolved", 51020.0, 2017), ("dossiers_online", 1410.0, 2017),
      ("dossiers_received", 55800.0, 2018), ("dossiers_resolved", 54960.0, 2018), ("dossiers_online", 3270.0, 2018)]),
    ("Năm 2020 tỷ lệ hồ sơ trực tuyến đạt 18,2%, tỷ lệ đúng hạn đạt 97,4%. Năm 2021, các số liệu trên lần lượt là "
     "29,5% và 98,8%.",
     [("dossiers_online_pct", 18.2, 2020), ("dossiers_ontime_pct", 97.4, 2020), ("dossiers_online_pct", 29.5, 2021),
      ("dossiers_ontime_pct", 98.8, 2021)]),
    # a bare noun after a number labels nothing of its own: still the figure pointed back to
    ("Năm 2022 tỉnh tiếp nhận 96.000 hồ sơ, trong đó 30.500 hồ sơ trực tuyến. Năm 2023, con số tương ứng là 101.200 hồ "
     "sơ và 47.900 hồ sơ trực tuyến.",
     [("dossiers_received", 96000.0, 2022), ("dossiers_online", 30500.0, 2022), ("dossiers_received", 101200.0, 2023),
      ("dossiers_online", 47900.0, 2023)]),
])
def test_the_figures_named_before_a_marker_stand_for_those_said_last(text, expected):
    assert facts(text, ("metric", "value", "year")) == expected


@pytest.mark.parametrize("text,expected", [
    # a later subject that is only a verb of the dossier flow takes the first subject's noun
    ("Năm 2021, số hồ sơ tiếp nhận và giải quyết lần lượt là 88.200 và 86.950 hồ sơ.",
     [("dossiers_received", 88200), ("dossiers_resolved", 86950)]),
    ("Năm 2021, số hồ sơ mà ba cấp chính quyền tiếp nhận, giải quyết và giải quyết đúng hạn lần lượt là 88.200, "
     "86.950 và 86.100 hồ sơ.", [("dossiers_received", 88200), ("dossiers_resolved", 86950), ("dossiers_ontime", 86100)]),
    ("Năm 2021, số hồ sơ được tiếp nhận, được giải quyết lần lượt là 88.200 và 86.950.",
     [("dossiers_received", 88200), ("dossiers_resolved", 86950)]),
    # … a channel too
    ("Năm 2021, số hồ sơ nộp trực tiếp và qua bưu chính công ích lần lượt là 80.100 và 2.350 hồ sơ.",
     [("dossiers_offline", 80100), ("dossiers_postal", 2350)]),
])
def test_a_subject_that_is_only_a_flow_verb_takes_the_first_subject_s_noun(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # each paired count may carry its own share in a parenthesis after it
    ("Năm 2017, số dịch vụ mức độ 3 và mức độ 4 lần lượt là 410 (24,1%) và 88 (5,2%).",
     [("services_level3", 410), ("services_level3_pct", 24.1), ("services_level4", 88), ("services_level4_pct", 5.2)]),
    ("Năm 2017, trong 1.700 dịch vụ công trực tuyến, số dịch vụ mức độ 3, mức độ 4 tương ứng là 410 (24,1%), 88 (5,2%).",
     [("services_total", 1700), ("services_level3", 410), ("services_level3_pct", 24.1), ("services_level4", 88),
      ("services_level4_pct", 5.2)]),
])
def test_paired_counts_may_carry_their_shares_in_parentheses(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # subjects that acted on the dossiers counted by the noun after the list are who, not what
    ("Năm 2017, bộ phận một cửa cấp tỉnh, cấp huyện và cấp xã lần lượt tiếp nhận 21.004, 40.312 và 87.150 hồ sơ.",
     [("dossiers_received", 21004), ("dossiers_received", 40312), ("dossiers_received", 87150)]),
    ("Năm 2020, Sở Tư pháp, Sở Xây dựng và Sở Công Thương lần lượt giải quyết 3.120, 2.044 và 1.530 hồ sơ.",
     [("dossiers_resolved", 3120), ("dossiers_resolved", 2044), ("dossiers_resolved", 1530)]),
    # … units named by their numbers among them
    ("Năm 2018, Quận 1, Quận 10 và huyện Củ Chi lần lượt tiếp nhận 6.120, 3.405 và 2.218 hồ sơ trực tuyến.",
     [("dossiers_online", 6120), ("dossiers_online", 3405), ("dossiers_online", 2218)]),
    # subjects that are what is counted still say it
    ("Năm 2020, số hồ sơ tiếp nhận và giải quyết lần lượt là 5.120 và 4.980.",
     [("dossiers_received", 5120), ("dossiers_resolved", 4980)]),
])
def test_subjects_that_acted_on_the_counted_dossiers_are_who_acted(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # rates said respectively after counts that each name a kind of their own are the counts' shares
    ("Năm 2020, tỉnh nhận 150.000 hồ sơ, trong đó 6.000 hồ sơ nộp ở mức độ 3 và 1.500 hồ sơ ở mức độ 4, tỷ lệ tương "
     "ứng là 4% và 1% số hồ sơ.",
     [("dossiers_received", 150000.0), ("dossiers_online_level3", 6000.0), ("dossiers_online_level4", 1500.0),
      ("dossiers_online_level3_pct", 4.0), ("dossiers_online_level4_pct", 1.0)]),
    ("Năm 2018, có 410 dịch vụ mức độ 3 và 52 dịch vụ mức độ 4, tỷ lệ lần lượt là 22,1% và 2,8%.",
     [("services_level3", 410.0), ("services_level4", 52.0), ("services_level3_pct", 22.1),
      ("services_level4_pct", 2.8)]),
])
def test_rates_said_respectively_after_counts_of_their_own_kinds_are_their_shares(text, expected):
    assert facts(text, ("metric", "value")) == expected


@pytest.mark.parametrize("text,expected", [
    # one subject naming what every number of the list counts, the units it spans counted in words
    ("Số hồ sơ nộp qua mạng của ba xã lần lượt là 150, 89 và 47 hồ sơ.",
     [("dossiers_online", 150), ("dossiers_online", 89), ("dossiers_online", 47)]),
    ("Năm 2019, số dịch vụ mức độ 4 của hai huyện tương ứng là 12 và 9 dịch vụ.",
     [("services_level4", 12), ("services_level4", 9)]),
    ("Số hồ sơ các huyện này tiếp nhận lần lượt là 9.406 và 4.215 hồ sơ; số hồ sơ trực tuyến lần lượt đạt 3.320 và 1.406"
     " hồ sơ.", [("dossiers_received", 9406), ("dossiers_received", 4215), ("dossiers_online", 3320),
                 ("dossiers_online", 1406)]),
    # … a list closed by "và" before its last number: two numbers after a comma are no list
    ("Số hồ sơ nộp qua mạng tương ứng là 49.271, 8.415 hồ sơ trong số này được thanh toán phí trực tuyến.",
     [("dossiers_online", 49271), ("dossiers_paid_online", 8415)]),
])
def test_one_subject_for_every_number_of_a_respective_list(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # counts joined by "và" or commas before one noun with as many service levels pair with them in order, with or
    # without "lần lượt"
    ("Năm 2016, tỉnh cung cấp 96 và 27 dịch vụ công trực tuyến mức độ 3 và 4.",
     [("services_level3", 96.0), ("services_level4", 27.0)]),
    ("Năm 2018, các sở đã đưa lên cổng lần lượt 31 và 240 dịch vụ mức độ 4 và mức độ 3.",
     [("services_level4", 31.0), ("services_level3", 240.0)]),
    ("Năm 2017, tỉnh tiếp nhận 5.206 và 611 hồ sơ trực tuyến mức độ 3, 4.",
     [("dossiers_online_level3", 5206.0), ("dossiers_online_level4", 611.0)]),
    # (two rates joined are no such pair: "đạt 20% và 100% dịch vụ mức độ 3, 4")
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến phải đạt 20% và 100% dịch vụ mức độ 3, 4 được tích hợp lên cổng quốc gia.",
     [("dossiers_online_pct", 20.0), ("services_national_portal_pct", 100.0)]),
])
def test_counts_joined_before_one_noun_with_as_many_levels(text, expected):
    assert facts(text, meta={"published": "2021-12-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    # flow verbs joined before the marker, one noun after the numbers: each number the noun its own verb says
    ("Chín tháng năm 2016, các cơ quan của tỉnh đã tiếp nhận và giải quyết lần lượt 51.200 và 49.870 hồ sơ.",
     [("dossiers_received", 51200.0), ("dossiers_resolved", 49870.0)]),
    ("Năm 2018, huyện tiếp nhận và trả kết quả lần lượt 8.406 hồ sơ và 8.112 hồ sơ.",
     [("dossiers_received", 8406.0), ("dossiers_resolved", 8112.0)]),
    # (named agencies before the marker stay who acted: "Sở A, Sở B … lần lượt tiếp nhận …")
    ("Năm 2015, Sở Tư pháp và Sở Xây dựng lần lượt tiếp nhận 6.218 và 4.375 hồ sơ.",
     [("dossiers_received", 6218.0), ("dossiers_received", 4375.0)]),
])
def test_flow_verbs_before_the_marker_pair_with_the_numbers(text, expected):
    assert facts(text, meta={"published": "2018-12-01"}) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ba xã vùng cao lần lượt có 312, 207 và 96 hồ sơ trực tuyến trong quý III.",
     [("dossiers_online", 312.0), ("dossiers_online", 207.0), ("dossiers_online", 96.0)]),
    ("Hai đơn vị này lần lượt tiếp nhận 5.410 và 3.288 hồ sơ trong năm 2020.",
     [("dossiers_received", 5410.0), ("dossiers_received", 3288.0)]),
    ("Theo báo cáo, các phòng chuyên môn của huyện lần lượt đã giải quyết 1.005, 884 và 702 hồ sơ.",
     [("dossiers_resolved", 1005.0), ("dossiers_resolved", 884.0), ("dossiers_resolved", 702.0)]),
])
def test_one_group_named_before_bare_numbers_shares_the_noun_after_the_last(text, expected):
    """One subject naming a group of units ("ba xã", "hai đơn vị này"), then bare numbers joined by commas and "và",
    the noun after the last: each number counts that noun."""
    assert facts(text, ("metric", "value")) == expected


def test_a_group_subject_pairs_nothing_when_the_numbers_have_words_between():
    text = "Hai huyện lần lượt có 312 điểm truy cập và 96 hồ sơ trực tuyến."
    assert facts(text, ("metric", "value")) == [("dossiers_online", 96.0)]


@pytest.mark.parametrize("text,expected", [
    # the counts' clause ends at a semicolon; the next clause's marker pairs its rates with them
    ("Năm 2020, tỉnh nhận 6.120 hồ sơ mức độ 3 và 840 hồ sơ mức độ 4; tỷ lệ tương ứng là 3,9% và 0,54%.",
     [("dossiers_online_level3", 6120), ("dossiers_online_level4", 840),
      ("dossiers_online_level3_pct", 3.9), ("dossiers_online_level4_pct", 0.54)]),
    ("Năm 2020, huyện có 310 hồ sơ mức độ 3 và 45 hồ sơ mức độ 4; lần lượt chiếm 2,1% và 0,3% tổng số hồ sơ.",
     [("dossiers_online_level3", 310), ("dossiers_online_level4", 45),
      ("dossiers_online_level3_pct", 2.1), ("dossiers_online_level4_pct", 0.3)]),
])
def test_rates_after_a_semicolon_pair_with_the_counts_before_it(text, expected):
    assert facts(text) == expected
