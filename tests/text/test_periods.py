import pytest
from analysis.text.periods import (dateline_year, find_periods, is_period, window_after_whole_year, window_key, window_length, heads_an_index, names_edition, opens_edition,
                                   pick_period, url_year, year_of)
from analysis.text.clean import fold


def periods(text: str):
    folded = fold(text)
    return folded, find_periods(folded, text, 0, len(text))


def picked(text: str, number: str):
    folded, found = periods(text)
    p = pick_period(found, text.index(number), folded, 0, len(text))
    return (p.text, p.year) if p else None


def test_wordings_and_years():
    _, found = periods("Trong 7 tháng đầu năm 2019, quý III-2020, quý I/2023, tháng 10-2020, đến ngày 31/12/2019.")
    assert [(p.text, p.year) for p in found] == [("7 tháng đầu năm 2019", 2019), ("quý III-2020", 2020),
                                                 ("quý I/2023", 2023), ("tháng 10-2020", 2020), ("đến 31/12/2019", 2019)]


def test_nearest_period_before_the_figure():
    text = "Năm 2017, tỉnh xếp hạng 37/63 (năm 2016 là 38/63, năm 2015 là 44/63)."
    assert picked(text, "37/63") == ("năm 2017", 2017)
    assert picked(text, "38/63") == ("năm 2016", 2016)
    assert picked(text, "44/63") == ("năm 2015", 2015)


def test_a_closed_parenthesis_does_not_date_what_follows():
    text = "Đến năm 2025, tỉnh vào nhóm 15 (năm 2019 đạt hạng 25); 100% dịch vụ đạt mức 4."
    assert picked(text, "100%") == ("đến năm 2025", 2025)


def test_start_of_a_process_and_comparison_baselines_do_not_date_a_figure():
    assert picked("Từ tháng 7-2016 và đã có 95% văn bản điện tử.", "95%") is None
    assert picked("Xếp vị trí 47/63, giảm 7 bậc so với năm 2017.", "47/63") is None


@pytest.mark.parametrize("text", [
    "Tỷ lệ trực tuyến đạt 31,4%, gấp hơn hai lần tỷ lệ của năm 2019.",
    "Số hồ sơ đúng hạn chiếm 96,1%, cao hơn mức bình quân của cả năm 2018.",
    "Toàn tỉnh có 812 hồ sơ qua mạng, thấp hơn con số của năm 2020.",
    "Hồ sơ qua mạng đạt 2.045, gấp đôi kết quả của năm 2017.",
    # the whole year compared with, "cả" before it
    "Tỷ lệ trực tuyến đạt 38,6%, tăng gần gấp đôi so với cả năm 2020.",
    "Số hồ sơ qua mạng là 9.120, hơn cả năm 2016.",
    # after "so với", the quantity compared needs no "của"
    "Chỉ số hài lòng đạt 86,2%, tăng so với kết quả năm 2021.",
    "Tỷ lệ đúng hạn đạt 98,9%, nhích lên so với mức năm 2022.",
    "Số hồ sơ trực tuyến đạt 41.200, giảm nhẹ so với số liệu năm 2023.",
])
def test_a_compared_quantity_of_a_year_is_a_baseline(text):
    folded, found = periods(text)
    assert [p.role for p in found if p.year] == ["baseline"]


@pytest.mark.parametrize("text,role", [
    ("Hơn 40% hồ sơ của năm 2019 được nộp qua mạng.", "frame"),  # a bound on a number, no comparison
    ("Tỷ lệ đạt 31,4%, gấp hơn hai lần so với tháng 3 năm 2019.", "baseline"),
    ("Đây là lần đầu tiên trong năm 2019 tỉnh công bố số liệu.", "frame"),  # no "của": the time of the event
])
def test_a_year_after_other_words_of_comparison(text, role):
    folded, found = periods(text)
    assert [p.role for p in found if p.year] == [role]


@pytest.mark.parametrize("text", [
    "Theo số liệu của Sở, hiện tỉnh có 312 dịch vụ mức độ 3.",
    "Về hạ tầng, hiện 89% văn bản được gửi dưới dạng điện tử.",
    "Ông cho biết, nay khoảng 70% cán bộ dùng thư công vụ.",
])
def test_the_time_of_writing_opening_a_clause_after_a_comma(text):
    _, found = periods(text)
    assert [p.role for p in found] == ["now"]


@pytest.mark.parametrize("text", [
    "Để giảm giấy tờ, hiện đại hóa nền hành chính là việc đầu tiên.",
    "Qua khảo sát, hiện trạng hạ tầng còn yếu.",
    "Theo ông, thực hiện có hiệu quả 45 thủ tục là nhiệm vụ chính.",
])
def test_a_word_that_starts_with_hien_is_no_time_of_writing(text):
    _, found = periods(text)
    assert found == []


@pytest.mark.parametrize("text", [
    "Giám đốc Sở trả lời nay đã có 412 dịch vụ mức độ 3.",
    "Ông Hòa cho biết hiện tỉnh có 5.200 hộp thư công vụ.",
    "Bà khẳng định nay khoảng 70% cán bộ dùng thư công vụ.",
    "Lãnh đạo Sở nhấn mạnh rằng hiện 88% văn bản được gửi điện tử.",
])
def test_the_time_of_writing_opening_the_clause_a_verb_of_saying_reports(text):
    _, found = periods(text)
    assert [p.role for p in found] == ["now"]


@pytest.mark.parametrize("text", [
    "Ông cho biết hiện đại hóa hành chính giúp tỉnh có 412 dịch vụ mức độ 3.",
    "Bà nói hiện trạng hạ tầng còn yếu ở 12 xã.",
    "Ông cho biết thêm nay mai sẽ có 30 dịch vụ nữa.",
])
def test_a_word_that_starts_with_hien_after_a_verb_of_saying_is_no_time_of_writing(text):
    _, found = periods(text)
    assert [p.role for p in found if p.role == "now"] == []


def test_ranges_use_their_end_and_since_now_its_start():
    assert picked("Từ ngày 2.1.2018 đến 17.5.2018 đã tiếp nhận 25.368 hồ sơ.", "25.368") == ("từ 2.1.2018 đến 17.5.2018", 2018)
    assert picked("Từ đầu năm 2019 đến nay, tiếp nhận 156.815 hồ sơ.", "156.815") == ("từ đầu năm 2019 đến nay", 2019)


def test_dateline_and_manifest_years():
    assert dateline_year("11/10/2020 - 19:22\n\nTrong 9 tháng") == 2020
    assert dateline_year("Không có ngày") is None


@pytest.mark.parametrize("lead,year", [
    ("Sở Nội vụ vừa có báo cáo kết quả 9 tháng. Số liệu tính từ ngày 15/12/2022 đến ngày 14/9/2023.", None),
    ("Báo cáo nêu rõ: từ 1/1/2019 tới 30/6/2019, toàn tỉnh tiếp nhận …", None),
    ("Ngày 5/7/2023, UBND tỉnh công bố số liệu tính đến 30/6/2023.", 2023),
])
def test_the_ends_of_a_period_range_are_no_dateline(lead, year):
    assert dateline_year(lead) == year
    assert year_of("2020-10-11") == 2020 and year_of("") is None and year_of(None) is None


@pytest.mark.parametrize("text,year", [
    ("Căn cứ Kế hoạch số 77/KH-UBND ngày 30/12/2022 của UBND tỉnh, Sở báo cáo quý I năm 2023", None),
    ("Thực hiện Quyết định số 1024/QĐ-UBND 15/11/2020 về cải cách hành chính", None),
    # the article's own date still counts, before or after a cited one
    ("08/04/2023 - 09:10\nThực hiện Công văn số 35/UBND-KGVX ngày 2/1/2023, …", 2023),
    ("Theo Kế hoạch số 5/KH-UBND ngày 4/12/2020. Cập nhật 20/7/2021", 2021),
])
def test_the_date_of_a_cited_document_is_not_the_dateline(text, year):
    assert dateline_year(text) == year


@pytest.mark.parametrize("text", ["Quyết định ban hành ngày 17/10/2023 giao chỉ tiêu cho các huyện.",
                                  "Kế hoạch được ký ngày 2/1/2020, gồm 12 nhiệm vụ.",
                                  "Văn bản ban hành 5/6/2021 nêu rõ lộ trình."])
def test_a_date_after_issuing_or_signing_is_a_document_s(text):
    """The day word may be the date's own first word ("ban hành | ngày 17/10/2023")."""
    folded = text.lower()
    assert [p.role for p in find_periods(folded, folded, 0, len(folded))] == ["document"]


@pytest.mark.parametrize("text,number,expected", [
    # another number between the figure and a later year: the year is that number's
    ("Tỷ lệ văn bản điện tử đạt 72,5%, vượt chỉ tiêu 60% đề ra cho năm 2021.", "72,5%", None),
    ("Đã cấp 3.200 chứng thư số, gấp đôi mức 1.600 của năm 2019.", "3.200", None),
    # a document number between them does not compete ("Nghị quyết 36a/NQ-CP")
    ("Tỷ lệ đạt 40% theo Nghị quyết 36a/NQ-CP trong năm 2016.", "40%", ("trong năm 2016", 2016)),
    # a year that opens a new clause with a number of its own labels that number
    ("Tỷ lệ hồ sơ trực tuyến đạt 33%, kế hoạch năm 2024 nâng lên 45%.", "33%", None),
    # a year closing the figure's own clause, or a later clause with no number, still dates it
    ("Tỷ lệ hồ sơ đúng hạn đạt 98% trong năm 2022.", "98%", ("trong năm 2022", 2022)),
    ("Tỷ lệ hồ sơ đúng hạn đạt 98%, tính trong năm 2022.", "98%", ("trong năm 2022", 2022)),
])
def test_a_later_period_dates_a_figure_only_when_nothing_else_claims_it(text, number, expected):
    assert picked(text, number) == expected


@pytest.mark.parametrize("text,number", [
    # a later sentence opened by its own period, which leads a number of its own: that number's, not the one before
    ("Huyện A tiếp nhận 4.100 hồ sơ, trong đó 2.050 hồ sơ trực tuyến. Cả năm 2023, tỷ lệ này của tỉnh là 48%.", "4.100"),
    ("Trong quý, 97% văn bản được ký số. Theo Chỉ số DTI năm 2022, tỉnh xếp thứ 12/63.", "97%"),
    ("Tỉnh có 812 dịch vụ toàn trình. Năm 2021 con số này mới là 430.", "812"),
])
def test_a_later_sentence_s_period_leading_its_own_number_dates_nothing_before(text, number):
    assert picked(text, number) is None


def test_a_later_sentence_with_no_number_of_its_own_dates_the_figures_before_it():
    text = ("Sở sẽ đưa khoảng 120 dịch vụ lên mức độ 3 và khoảng 40 dịch vụ lên mức độ 4. "
            "Các chỉ tiêu này phải xong vào cuối năm 2019.")
    assert picked(text, "120") == ("vào cuối năm 2019", 2019)
    assert picked(text, "40") == ("vào cuối năm 2019", 2019)
    # but a later sentence whose year belongs to its own number does not
    text = "Đã tiếp nhận 5.100 hồ sơ. Tỷ lệ trực tuyến đạt 12%, vượt mục tiêu 10% cho năm 2020."
    assert picked(text, "5.100") is None


@pytest.mark.parametrize("text,year", [
    ("Trước ngày 19-5-2020, tỷ lệ chỉ đạt 10%.", 2020),
    ("Tính đến ngày 30.6.2021, tỷ lệ đạt 64%.", 2021),
    ("Đến 31/12/2018, tỷ lệ đạt 55%.", 2018),
])
def test_dates_with_slashes_dots_or_dashes(text, year):
    assert picked(text, "%".join(text.split("%")[:1])[-2:] + "%")[1] == year


@pytest.mark.parametrize("url,year", [
    ("https://baotinh.vn/tin-tuc/ho-so-truc-tuyen/d20211105", 2021),
    ("https://baotinh.vn/channel/2031/201806/ung-dung-cntt", 2018),
    ("https://tinh.gov.vn/2020/03/14/mot-cua-dien-tu", 2020),
    ("https://tinh.vn/chuyen-doi-so-20230217093000.html", 2023),
    # a year in the words of a slug, or an id, is no date
    ("https://tinh.vn/phan-dau-den-nam-2025-a161492.html", None),
    ("https://tinh.vn/news/329/123408/vi-dan", None),
    ("", None),
])
def test_the_date_in_a_web_address(url, year):
    assert url_year(url) == year


def test_an_index_named_in_full_before_a_year_names_its_edition():
    text = "Chỉ số sẵn sàng cho phát triển công nghệ thông tin Việt Nam năm 2018 của tỉnh còn thấp. Trong năm 2019, tỉnh tiếp nhận 9.000 hồ sơ."
    folded, found = periods(text)
    assert [names_edition(folded, p) for p in found] == [True, False]


@pytest.mark.parametrize("text,heads", [
    # a year right before the index's name is the edition's …
    ("Năm 2021 chỉ số DTI của tỉnh xếp thứ 57/63.", True),
    ("Ông cho biết năm 2019 Vietnam ICT Index của tỉnh đứng thứ 30/63.", True),
    # … a year set off by a comma frames the whole sentence, and a year with no index after it is no edition
    ("Năm 2020, tỉnh xếp thứ 18/63 về chỉ số ICT Index.", False),
    ("Năm 2021 tỉnh tiếp nhận 30.000 hồ sơ, chỉ số hài lòng tăng.", False),
])
def test_a_year_right_before_an_index_heads_its_ranking(text, heads):
    folded, found = periods(text)
    assert heads_an_index(folded, found[0]) is heads


@pytest.mark.parametrize("text,editions", [
    # an index named by its short name before a year names its edition too …
    ("Trên bảng xếp hạng chuyển đổi số (DTI) năm 2022, tỉnh đứng thứ 11/63.", [True]),
    ("Kết quả PAPI năm 2021 cho thấy người dân đánh giá cao dịch vụ công.", [True]),
    # … but not across a sentence cut off by an ellipsis (a search page's snippets, one after the other)
    ("Tỉnh đứng thứ 8 về DTI … Năm 2023: toàn tỉnh nhận 52.000 hồ sơ.", [False]),
])
def test_an_index_named_by_its_short_name_before_a_year_names_its_edition(text, editions):
    folded, found = periods(text)
    assert [names_edition(folded, p) for p in found if p.year] == editions


@pytest.mark.parametrize("text,wording", [
    ("chín tháng năm nay, sở tiếp nhận 389 hồ sơ", "chín tháng năm nay"),
    ("9 tháng đầu năm nay, tỉnh tiếp nhận 389 hồ sơ", "9 tháng đầu năm nay"),
    ("năm nay tỉnh phấn đấu đạt 40%", "năm nay"),
])
def test_this_year_is_the_time_of_writing(text, wording):
    from analysis.text.periods import names_this_year
    (period,) = [p for p in find_periods(text, text, 0, len(text))]
    assert (period.text, period.role, period.year) == (wording, "now", None) and names_this_year(period)
    assert not names_this_year(find_periods("đến nay", "đến nay", 0, 7)[0])


@pytest.mark.parametrize("text,wording,year", [
    ("sáu tháng đầu năm, toàn tỉnh tiếp nhận", "sáu tháng đầu năm", None),
    ("chín tháng năm 2021 tỉnh đạt", "chín tháng năm 2021", 2021),
    ("ba tháng cuối năm, sở tiếp nhận", "ba tháng cuối năm", None),
])
def test_a_report_window_in_words(text, wording, year):
    (period,) = find_periods(text, text, 0, len(text))
    assert (period.text, period.year, period.role) == (wording, year, "frame")


@pytest.mark.parametrize("text,number,expected", [
    ("Hồ sơ trực tuyến (hồ sơ): 2021 là 40.112; 2022 là 52.730", "52.730", ("2022", 2022)),
    ("Tỷ lệ văn bản điện tử — 2019: 61%, 2020: 77%", "77%", ("2020", 2020)),
    ("Số tài khoản thư công vụ năm 2020 là 3.100; 2021 đạt 3.950", "3.950", ("2021", 2021)),
])
def test_a_bare_year_labelling_the_value_after_it_dates_that_value(text, number, expected):
    assert picked(text, number) == expected


@pytest.mark.parametrize("text", [
    "Tỉnh cấp 2.021 tài khoản thư điện tử.",  # a count that looks like a year is no period
    "Theo Quyết định 1234/QĐ-UBND, 2022 hồ sơ đã được số hóa.",  # a year-like count before its noun
    "Giai đoạn 2021 - 2025: 1.200 tỷ đồng",  # a range keeps its own reading
])
def test_a_year_like_number_not_labelling_a_value_is_no_bare_year_label(text):
    _, found = periods(text)
    assert all(p.text not in ("2021", "2022") for p in found)


@pytest.mark.parametrize("words,only,cell", [
    ("Tháng 10/2025", "Tháng 10/2025", "Tháng 10/2025"),
    ("6 tháng đầu năm 2025", "6 tháng đầu năm 2025", "6 tháng đầu năm 2025"),
    ("2019", "2019", "2019"),
    ("01/7/2025–30/9/2025", None, "01/7/2025–30/9/2025"),  # a range: a table's period column, no row label
    ("Tỉnh Long An (cũ)", None, None),
    ("Hồ sơ năm 2024", None, None),
])
def test_words_that_are_a_period_and_nothing_else(words, only, cell):
    from analysis.text.periods import period_cell, period_only
    assert (period_only(words), period_cell(words)) == (only, cell)


@pytest.mark.parametrize("text,found", [
    ("cao hơn hẳn vài năm trước khi hộp thư được cấp", []),
    ("tăng mạnh so với mấy năm trước", []),
    ("khác hẳn những năm trước", []),
    ("hai năm trước, hồ sơ còn nộp giấy", []),
    ("trong khi năm trước chỉ khoảng 70%", [("năm trước", "previous")]),
    ("tháng hai năm trước tỉnh đạt 5%", [("tháng hai", "frame"), ("năm trước", "previous")]),  # February, last year
    # the southern "năm rồi" is "năm ngoái", last year; counted back it is none
    ("Năm rồi, huyện có 21.450 hồ sơ trực tuyến", [("năm rồi", "previous")]),
    ("anh nói năm rồi xã có 1.254 hồ sơ", [("năm rồi", "previous")]),
    ("đã ba năm rồi xã vẫn chưa có máy", []),
])
def test_years_counted_back_name_no_year(text, found):
    assert [(p.text, p.role) for p in periods(text)[1]] == found


@pytest.mark.parametrize("text,found", [
    ("12/2024 – toàn tỉnh tiếp nhận 182.000 hồ sơ", [("12/2024", 2024)]),
    ("số liệu (3/2025): 1.830 dịch vụ", [("3/2025", 2025)]),
    ("cập nhật đến 06/2023, tỉnh có 9.000 tài khoản", [("06/2023", 2023)]),
    # a day, month and year stays one date; a document's number and a rank are no month
    ("ngày 10/3/2025, sở báo cáo", [("10/3/2025", 2025)]),
    ("theo Nghị quyết 10/2019/NQ-HĐND, tỉnh xếp 12/63", []),
    ("đạt 13/2024 điểm", []),
    # an issue's number
    ("Bản tin Chuyển đổi số số 02/2025 – nhìn lại năm 2024", [("năm 2024", 2024)]),
    ("Số: 3/2024, phát hành hằng tháng", []),
])
def test_a_month_and_year_with_no_word_before_them(text, found):
    assert [(p.text, p.year) for p in periods(text)[1]] == found


@pytest.mark.parametrize("text,role", [
    # a deadline followed by what was done by then is a cut-off reported on
    ("Đến cuối năm 2016 đã có 27 chỉ tiêu đạt.", "frame"),
    ("đến năm 2019, tỉnh đã cung cấp 800 dịch vụ", "frame"),
    ("Tới cuối năm 2021 các sở đã kết nối 40 dịch vụ", "frame"),
    # the same wording followed by a plan looks ahead
    ("Đến năm 2025, phấn đấu 80% hồ sơ trực tuyến.", "target"),
    ("đến cuối năm 2026 tỉnh sẽ có 900 dịch vụ", "target"),
])
def test_a_deadline_already_met_is_a_cut_off(text, role):
    folded = fold(text)
    (period,) = [p for p in find_periods(folded, text, 0, len(text)) if p.year]
    assert period.role == role


@pytest.mark.parametrize("published,text,year", [
    # a January review: the lead's met deadline names the year reported on, its list items take it
    ("2017-01-18", "Tổng kết kế hoạch\nNgày 17/1/2017, UBND tỉnh tổng kết kế hoạch ứng dụng công nghệ thông tin; "
     "kế hoạch đặt ra 30 chỉ tiêu, đến cuối năm 2016 đã có 25 chỉ tiêu đạt.\n– Văn bản điện tử đạt 82%.", 2016),
    ("2020-02-03", "Sơ kết chuyển đổi\nSáng 2/2, Sở họp tổng kết; theo mục tiêu đề ra, đến hết năm 2019 tỉnh đã "
     "hoàn thành phần lớn nhiệm vụ.\n– Tỷ lệ hồ sơ trực tuyến đạt 12%.", 2019),
])
def test_a_met_deadline_in_the_lead_dates_a_review(published, text, year):
    from figure_fixtures import facts
    assert facts(text, ("value", "year"), {"published": published})[-1][1] == year


@pytest.mark.parametrize("text,role", [
    # a law's name ends with its year: no period reported on
    ("Từ 1/7/2021, khi Luật Cư trú năm 2020 có hiệu lực, …", "document"),
    ("Bộ luật Lao động năm 2019 quy định …", "document"),
    # the year of the reporting stays a frame
    ("Năm 2020, toàn tỉnh tiếp nhận …", "frame"),
])
def test_a_law_s_year_is_part_of_its_name(text, role):
    folded = fold(text)
    periods_found = [p for p in find_periods(folded, text, 0, len(text)) if p.year and "20" in p.text[-4:]]
    assert periods_found[-1].role == role


def test_a_law_s_year_in_the_lead_is_no_year_reviewed():
    from figure_fixtures import facts
    text = ("Công an tỉnh nhận hồ sơ cư trú qua mạng\nTừ ngày 1/7/2021, khi Luật Cư trú năm 2020 có hiệu lực, Công an "
            "tỉnh nhận hồ sơ qua mạng.\nSau 12 ngày, công an tiếp nhận 1.874 hồ sơ, trong đó 1.203 hồ sơ trực tuyến.")
    assert {y for _, y in facts(text, ("value", "year"), {"published": "2021-07-14"})} == {2021}


@pytest.mark.parametrize("text,number,year", [
    # a range whose end names no year lies in its start's year: a window of that year dates its figures
    ("Từ đầu năm 2022 đến ngày 20/4, bộ phận một cửa nhận 9.310 hồ sơ.", "9.310", 2022),
    ("Tính từ ngày 1/1/2021 đến 30/9, có 4.402 hồ sơ gửi qua mạng.", "4.402", 2021),
    ("Từ tháng 2/2018 đến hết tháng 11, sở xử lý 715 hồ sơ trên mạng.", "715", 2018),
    ("Từ đầu năm 2023 tới tháng 6, người dân nộp 12.040 hồ sơ.", "12.040", 2023),
])
def test_a_range_ending_in_its_start_s_year_is_a_window_of_that_year(text, number, year):
    from figure_fixtures import facts
    value = float(number.replace(".", ""))
    assert (value, year) in facts(f"Tin một cửa\n{text}", ("value", "year"), {"published": "2025-01-06"})


@pytest.mark.parametrize("text", [
    # an end month before the start's is in a later year; a start with no end stays the start of a process
    "Từ tháng 10/2019 đến tháng 3, tỉnh nhận 2.115 hồ sơ trực tuyến.",
    "Từ cuối năm 2020 đến tháng 4, huyện nhận 830 hồ sơ.",
    "Từ tháng 7-2016, đã có 95% văn bản điện tử.",
])
def test_a_range_that_may_cross_a_year_keeps_its_start_undated(text):
    folded, found = periods(text)
    assert [p.role for p in found if p.year][0] == "start"


@pytest.mark.parametrize("text,expected", [
    # the whole year, no year named, opening its clause: a period of its own with no year
    ("Cộng cả năm, các cơ quan đã nhận 7.174 hồ sơ qua mạng.", [("cộng cả năm", None)]),
    ("Quý IV đạt 2.418 hồ sơ. Tính chung cả năm, tỉnh nhận 7.174 hồ sơ.", [("quý IV", None), ("tính chung cả năm", None)]),
    # a year or "nay" after it is read as before
    ("Cả năm 2015, các cơ quan nhận 7.174 hồ sơ.", [("năm 2015", 2015)]),
    # inside a clause it is a rate's word, no period
    ("So với năm 2020 (tỷ lệ cả năm chỉ 3,82%), năm 2021 tăng mạnh.", [("năm 2020", 2020), ("năm 2021", 2021)]),
])
def test_the_whole_year_with_no_year_named_opens_a_period(text, expected):
    _, found = periods(text)
    assert [(p.text, p.year) for p in found] == expected


@pytest.mark.parametrize("text", [
    # "Hiện" opening a paragraph, after a sentence's end or a title with no stop, is the time of writing
    "Sáng nay, Sở họp.\n\nHiện tỉnh cung cấp 1.520 dịch vụ.",
    "Tổng kết năm 2021\n\nHiện toàn tỉnh có 4.860 tài khoản.",
])
def test_hien_opening_a_paragraph_is_now(text):
    folded = fold(text)
    assert [p.role for p in find_periods(folded, text, 0, len(text)) if p.text.lower() == "hiện"] == ["now"]


@pytest.mark.parametrize("text,edition", [
    # a year opening a clause that ranks an index dates the index's edition …
    ("Năm 2019, Chỉ số cải cách hành chính (PAR Index) của tỉnh xếp thứ 21/63.", True),
    ("Năm 2016, Bình Phước đứng thứ 40/63 về chỉ số sẵn sàng ứng dụng công nghệ thông tin (ICT Index).", True),
    ("năm 2018 Đồng Tháp xếp thứ 5/63 về Chỉ số năng lực cạnh tranh cấp tỉnh.", True),
    # … not a clause whose other figures come first, with the index one of its results
    ("Năm 2022, 64% hồ sơ được nộp qua mạng và chỉ số cải cách hành chính của tỉnh tăng bốn bậc.", False),
    ("Năm 2021, tỉnh tiếp nhận 301.455 hồ sơ, còn Chỉ số PAR Index tăng hai bậc.", False),
    # … nor a plan's year, whose place is a goal
    ("Năm 2024, tỉnh phấn đấu đưa chỉ số DTI lên vị trí 12/63.", False),
    ("Năm 2020, theo kế hoạch, Chỉ số cải cách hành chính của tỉnh xếp thứ 20/63 trở lên.", False),
])
def test_a_year_opening_an_index_s_ranking_dates_its_edition(text, edition):
    folded = fold(text)
    period = find_periods(folded, text, 0, len(text))[0]
    assert opens_edition(folded, period) is edition


@pytest.mark.parametrize("text,number,expected", [
    # the day a meeting was held dates no figure reported at it: the year the meeting reviews does
    ("Tại hội nghị sơ kết năm 2022 tổ chức ngày 9/2/2023, sở cho biết tỷ lệ hồ sơ trực tuyến đạt 51,2%.", "51,2%",
     ("năm 2022", 2022)),
    ("Theo báo cáo tổng kết năm 2019 trình bày tại phiên họp ngày 14/1/2020, tỉnh tiếp nhận 98.113 hồ sơ.", "98.113",
     ("năm 2019", 2019)),
    ("Buổi giao ban diễn ra vào ngày 3/10/2021 ghi nhận 412 hồ sơ nộp qua mạng.", "412", None),
    # … but a date that closes a range or a cut-off still dates them
    ("Tuần lễ diễn ra từ ngày 7 đến ngày 13/10/2024, các cơ quan tiếp nhận 9.624 hồ sơ.", "9.624", ("đến 13/10/2024", 2024)),
    ("Theo số liệu đến ngày 30/6/2021, tỉnh có 1.204 dịch vụ mức độ 4.", "1.204", ("đến 30/6/2021", 2021)),
])
def test_the_day_of_a_meeting_dates_no_figure(text, number, expected):
    assert picked(text, number) == expected


@pytest.mark.parametrize("text,period", [
    # a report window counted in words: any number of months, not only three, six, nine and twelve
    ("mười một tháng năm 2018, toàn tỉnh tiếp nhận 612.480 hồ sơ", "mười một tháng năm 2018"),
    ("bảy tháng đầu năm 2016, tỷ lệ đạt 5%", "bảy tháng đầu năm 2016"),
    ("tám tháng năm nay tiếp nhận 9.120 hồ sơ", "tám tháng năm nay"),
    ("hai tháng đầu năm 2021 có 310 hồ sơ", "hai tháng đầu năm 2021"),
])
def test_a_report_window_counts_its_months_in_words(text, period):
    assert [p.text for p in find_periods(text, text, 0, len(text))][0] == period


@pytest.mark.parametrize("text,wording", [
    ("Riêng tháng Mười, tỉnh nhận 486 hồ sơ.", "tháng Mười"),
    ("Đến cuối tháng Chạp năm 2019, tỉnh có 312 dịch vụ.", "tháng Chạp năm 2019"),
    ("Sang tháng Giêng, số hồ sơ giảm.", "tháng Giêng"),
    ("Trong tháng IX/2020, tỉnh nhận 1.204 hồ sơ.", "tháng IX/2020"),
])
def test_a_month_named_in_words_or_roman_numerals(text, wording):
    _, found = periods(text)
    assert [p.text for p in found] == [wording]


def test_the_month_of_may_in_words_is_not_read_before_a_year():
    _, found = periods("Trong tháng năm 2020, tỉnh nhận 96 hồ sơ.")
    assert [p.year for p in found] == [2020]


@pytest.mark.parametrize("text,published,before", [
    ("Khảo sát tháng 3/2017 cho thấy 91,4% người dân hài lòng.", "2017-04-12", True),
    ("Tháng 12/2016, tỷ lệ này là 3%.", "2017-01-05", True),
    ("Trong tháng 4/2017 phấn đấu đạt 3%.", "2017-04-12", False),  # the month of publication is not over
    ("Trong tháng 6/2017 phấn đấu đạt 3%.", "2017-04-12", False),
])
def test_a_month_over_before_the_article(text, published, before):
    from analysis.text.periods import month_before
    _, found = periods(text)
    assert month_before(found[0], published) is before


@pytest.mark.parametrize("sentence,roles", [
    ("Trong năm qua, tỉnh nhận 4.100 hồ sơ.", ["past"]),
    ("Năm vừa qua huyện có 310 hồ sơ trực tuyến.", ["past"]),
    # years counted back are no year
    ("Những năm qua, tỉnh luôn đi đầu.", []),
    ("Mấy năm qua, số hồ sơ tăng đều.", []),
])
def test_the_year_just_past_is_a_period_of_its_own_role(sentence, roles):
    folded = fold(sentence)
    assert [p.role for p in find_periods(folded, sentence, 0, len(folded))] == roles


@pytest.mark.parametrize("text,wording", [
    # the last months counted back from the time of writing are a period up to now
    ("tính riêng 5 tháng qua, số hồ sơ trực tuyến là 6.815", "5 tháng qua"),
    ("trong ba tháng vừa qua, huyện nhận 1.020 hồ sơ", "ba tháng vừa qua"),
    ("mười hai tháng qua có 412 hồ sơ", "mười hai tháng qua"),
])
def test_the_months_just_past_run_up_to_the_time_of_writing(text, wording):
    (period,) = find_periods(text, text, 0, len(text))
    assert (period.text, period.role) == (wording, "now")


@pytest.mark.parametrize("text,year", [
    # "then" points back to the last time named before it in its sentence, a decision's date too
    ("theo quyết định ngày 14/7/2016, khi đó tỉnh mới có 128 dịch vụ", 2016),
    ("tháng 3/2018 cổng khai trương, lúc đó có 1.200 hồ sơ", 2018),
    ("năm 2019 hệ thống chạy thử và thời điểm đó mới có 40 dịch vụ", 2019),
])
def test_then_takes_the_time_named_before_it(text, year):
    found = find_periods(text, text, 0, len(text))
    assert found[-1].text.startswith(("khi", "lúc", "thời")) and found[-1].year == year


def test_then_with_no_time_before_it_in_its_sentence_is_no_period():
    text = "năm 2019 hệ thống chạy thử. khi đó tỉnh có 300 dịch vụ"
    assert [p.text for p in find_periods(text, text, 0, len(text))] == ["năm 2019"]


def test_whereas_is_no_then():
    text = "năm 2019 tỉnh đạt 16,8%, trong khi đó cấp xã vẫn dưới 2%"
    assert [p.text for p in find_periods(text, text, 0, len(text))] == ["năm 2019"]


@pytest.mark.parametrize("words,expected", [("tháng 2", True), (" quý iii/2021 ", True), ("năm 2020", True),
                                            ("tháng mười", True), ("tháng 2 có", False), ("hồ sơ tháng 2", False),
                                            ("mức độ 3", False), ("", False)])
def test_is_period_is_one_time_expression_alone(words, expected):
    assert is_period(words) is expected


def test_a_window_of_months_after_a_whole_year_in_an_earlier_clause():
    folded = fold("cả năm 2015, tỷ lệ là 2%; trong 7 tháng đạt 97%; năm 2015, tỉnh có 5 dịch vụ; 8 tháng đầu năm …")
    periods = find_periods(folded, folded, 0, len(folded))
    whole, window, year, later = periods[:4]
    assert window_after_whole_year(folded, window, whole)
    assert not window_after_whole_year(folded, later, year)  # "năm 2015" alone is no whole year done
    assert not window_after_whole_year(folded, whole, window)


@pytest.mark.parametrize("words,length", [("Sáu tháng đầu năm 2018", 6), ("9 tháng năm nay", 9), ("mười một tháng", 11),
                                          ("năm 2020", None), ("quý III/2021", None)])
def test_window_length_counts_the_months_of_a_report_window(words, length):
    folded = fold(words)
    periods = find_periods(folded, words, 0, len(folded))
    assert window_length(periods[0]) == length


@pytest.mark.parametrize("words,key", [("Sáu tháng đầu năm 2018", "6 tháng"), ("quý III/2021", "quý iii"),
                                       ("Quý 2 năm 2024", "quý 2"), ("năm 2020", None)])
def test_window_key_names_what_a_window_covers_whatever_its_year(words, key):
    folded = fold(words)
    periods = find_periods(folded, words, 0, len(folded))
    assert window_key(periods[0]) == key


@pytest.mark.parametrize("words,year", [("Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT Việt Nam (Vietnam ICT Index) 2014", 2014),
                                        ("Chỉ số chuyển đổi số cấp tỉnh (DTI) 2022", 2022),
                                        ("Chỉ số hài lòng (SIPAS) năm 2021", 2021)])
def test_an_index_edition_s_bare_year_after_its_short_name_in_parentheses(words, year):
    folded = fold(words)
    periods = find_periods(folded, words, 0, len(folded))
    assert [p.year for p in periods] == [year]


@pytest.mark.parametrize("text, role", [
    # the end of a span started on a day or a month frames a report; "đến hết năm" alone looks ahead
    ("Từ ngày 1/7 đến hết năm 2025, tỷ lệ đạt 84%", "frame"),
    ("Từ tháng 3 đến hết năm 2024, xã nhận 1.200 hồ sơ", "frame"),
    ("từ 15/8/2023 đến hết năm 2023 có 410 hồ sơ", "frame"),
    ("Phấn đấu đến hết năm 2025 đạt 80%", "target"),
])
def test_the_end_of_a_span_is_no_deadline(text, role):
    folded = fold(text)
    years = [p for p in find_periods(folded, text, 0, len(text)) if p.year]
    assert years[-1].role == role
