"""How an article's own year is settled (figures/document.py), hand-made articles."""
import pytest

from figure_fixtures import facts
from analysis.figures.extract import extract_text


@pytest.mark.parametrize("second,year", [
    # a lead that dates nothing, then a note naming the figures' cut-off in the paragraph right after it
    ("Trang 1. Kết quả năm 2019. Chân trang: số liệu tính đến ngày 31/12/2019, trừ khi ghi khác.", 2019),
    ("Số liệu tính đến 31/12/2019 do Văn phòng UBND tỉnh cung cấp.", 2019),
    # … not a period a speaker's figures mention: the article's own year stands
    ("Một đại biểu dẫn số liệu cho rằng cả năm 2019 tỉnh chỉ có vài trăm hồ sơ qua mạng.", 2020),
])
def test_a_cut_off_note_right_after_the_lead_dates_the_article(second, year):
    text = ("Sở công bố bản trình chiếu kết quả chuyển đổi số\n"
            "Sáng 14/4, tại hội nghị, Sở Thông tin và Truyền thông trình bày kết quả bằng các trang chiếu.\n"
            f"{second}\nTỉnh đang cung cấp 1.204 dịch vụ công trực tuyến.\n")
    assert facts(text, ("metric", "value", "year"), meta={"published": "2020-04-20"})[-1] == ("services_total", 1204, year)


@pytest.mark.parametrize("text,published,expected", [
    # a line that is only a period and a colon heads the paragraphs under it, up to the next such line
    ("Tỉnh A nhìn lại hai năm\nNgày 12/1, Sở gửi báo cáo.\nNăm 2017:\nTỉnh tiếp nhận 187.093 hồ sơ.\nHệ thống thư "
     "công vụ có 5.912 hộp thư.\nNăm 2018:\nTỉnh tiếp nhận 201.400 hồ sơ.\nVăn bản điện tử chiếm 71%.", "2019-01-15",
     [("dossiers_received", 187093, 2017), ("email_accounts", 5912, 2017), ("dossiers_received", 201400, 2018),
      ("edocs_pct", 71, 2018)]),
    ("Báo cáo nửa năm\nNgày 5/7, Văn phòng UBND tỉnh công bố số liệu.\nQuý I/2022:\nCó 4.210 hồ sơ trực tuyến.\n"
     "Tỷ lệ đúng hạn đạt 98,2%.", "2023-07-06",
     [("dossiers_online", 4210, 2022), ("dossiers_ontime_pct", 98.2, 2022)]),
    # … or a short label naming a period with no other number, over the dash items under it
    ("Giới thiệu Sở Thông tin và Truyền thông\nMột số kết quả nổi bật năm 2021:\n– Tỉnh tiếp nhận 2.146.380 hồ sơ.\n"
     "– Tỷ lệ giải quyết đúng hạn đạt 98,7%.", "2022-03-09",
     [("dossiers_received", 2146380, 2021), ("dossiers_ontime_pct", 98.7, 2021)]),
    ("Trang của huyện\nKết quả chính của 6 tháng đầu năm 2019 như sau:\n- Huyện nhận 12.406 hồ sơ.\n"
     "- Có 1.204 hồ sơ trực tuyến.", "2020-02-01",
     [("dossiers_received", 12406, 2019), ("dossiers_online", 1204, 2019)]),
    # a line ending in a colon that names no period dates nothing: the article's year (a review of the year before)
    ("Tỉnh A nhìn lại năm qua\nNgày 12/1, Sở gửi báo cáo.\nKết quả cụ thể như sau:\nTỉnh tiếp nhận 187.093 hồ sơ.\n"
     "Hệ thống thư công vụ có 5.912 hộp thư.", "2019-01-15",
     [("dossiers_received", 187093, 2018), ("email_accounts", 5912, 2018)]),
])
def test_a_period_label_line_heads_the_paragraphs_under_it(text, published, expected):
    rows = extract_text(text, meta={"published": published})
    assert list(zip(rows["metric"], rows["value"], rows["year"])) == expected


@pytest.mark.parametrize("title,published,year", [
    # a lead naming the whole year before reviews it in the first months of the next …
    ("Dịch vụ công trực tuyến của tỉnh nhìn từ báo cáo mới", "2024-02-10", 2023),
    ("Dịch vụ công trực tuyến của tỉnh nhìn từ báo cáo mới", "2024-05-28", 2023),
    # … later in the year it sets a background, and the undated figures are of the time of writing …
    ("Dịch vụ công trực tuyến của tỉnh nhìn từ báo cáo mới", "2024-08-20", 2024),
    ("Dịch vụ công trực tuyến của tỉnh nhìn từ báo cáo mới", "2024-11-05", 2024),
    # … unless the title names that year: the article is about it
    ("Kết quả dịch vụ công trực tuyến năm 2023 của tỉnh", "2024-08-20", 2023),
])
def test_a_lead_naming_last_year_reviews_it_early_in_the_year_or_under_a_title_naming_it(title, published, year):
    text = (f"{title}\n"
            "Năm 2023, tỉnh tiếp tục đẩy mạnh cải cách hành chính và chuyển đổi số trong các cơ quan nhà nước.\n"
            "Tỉnh có 1.604 dịch vụ công trực tuyến; hệ thống thư điện tử công vụ có 7.215 tài khoản.\n")
    assert [y for *_, y in facts(text, ("metric", "value", "year"), meta={"published": published})] == [year, year]


@pytest.mark.parametrize("lead,published,year", [
    # early in a year, a lead speaking of the whole year or of a summing-up, with no year named, reviews the year before
    ("Ngày 18/1, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết công tác kiểm soát thủ tục hành chính.", "2021-01-20",
     2020),
    ("Theo số liệu cả năm của Văn phòng UBND tỉnh, bộ phận một cửa các cấp làm việc không nghỉ.", "2019-02-12", 2018),
    # … not later in the year, when it is the year of writing
    ("Ngày 18/7, Văn phòng UBND tỉnh tổ chức hội nghị tổng kết công tác kiểm soát thủ tục hành chính.", "2021-07-20",
     2021),
])
def test_a_lead_speaking_of_the_whole_year_early_in_the_next_reviews_the_year_before(lead, published, year):
    text = (f"Hồ sơ trực tuyến tăng mạnh\n{lead}\n"
            "Các cơ quan tiếp nhận 251.300 hồ sơ, trong đó 61.420 hồ sơ nộp trực tuyến.\n")
    assert [y for *_, y in facts(text, ("metric", "value", "year"), meta={"published": published})] == [year, year]


@pytest.mark.parametrize("heading,expected", [
    # a heading naming the results' year and the plans' year dates the results by the first, the plans by their own
    ("Kết quả năm 2022 và chỉ tiêu năm 2023 của một số huyện như sau:",
     [(9870, 2022, "actual"), (702, 2022, "actual"), (7.11, 2022, "actual"), (15, 2023, "target")]),
    ("Chỉ tiêu năm 2023 và kết quả năm 2022 của từng huyện:",
     [(9870, 2022, "actual"), (702, 2022, "actual"), (7.11, 2022, "actual"), (15, 2023, "target")]),
])
def test_a_heading_s_plan_year_dates_the_plans_under_it_not_the_results(heading, expected):
    text = ("Tỉnh giao chỉ tiêu hồ sơ trực tuyến cho từng huyện\nUBND tỉnh vừa giao chỉ tiêu cho các huyện.\n"
            f"{heading}\n- Huyện Tân Sơn: tiếp nhận 12.460 hồ sơ, nộp qua mạng 1.320, tỷ lệ 10,59%; chỉ tiêu năm 2023: "
            "20%.\n- Huyện Yên Lập: tiếp nhận 9.870 hồ sơ, nộp qua mạng 702, tỷ lệ 7,11%; chỉ tiêu năm 2023: 15%.\n")
    rows = facts(text, ("scope", "value", "year", "status"), meta={"published": "2023-03-10"})
    assert [r[1:] for r in rows if r[0] == "Huyện Yên Lập"] == expected


@pytest.mark.parametrize("byline", [
    "Cổng thông tin điện tử huyện Tiên Yên – Tin tổng kết, ngày 8/1/2025",
    "Trang tin huyện Tiên Yên | Cập nhật ngày 08.01.2025",
])
def test_a_byline_s_day_heads_no_paragraph(byline):
    # the day a byline gives is when the article came out, no period its paragraphs report on: the review's year stands
    text = ("Huyện Tiên Yên tổng kết năm 2024: hồ sơ trực tuyến vượt kế hoạch\n"
            f"{byline}\n"
            "Chiều 7/1, huyện tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2024.\n"
            "Xét theo từng xã, tỷ lệ hồ sơ trực tuyến cao nhất là xã Đông Ngũ với 94,12%, tiếp theo là xã Hải Lạng "
            "với 90,47%.\n")
    assert [y for *_, y in facts(text, ("metric", "value", "year"), meta={"published": "2025-01-08"})] == [2024, 2024]


@pytest.mark.parametrize("lines", [
    # a list's lines opened by emoji or other glyph bullets are items, none a heading that dates the lines below it
    ["🗂 Tỷ lệ hồ sơ trực tuyến 31,2%", "📉 Năm 2021 chỉ đạt 12,5%", "👍 Người dân hài lòng 96,4%"],
    ["▪ Tỷ lệ hồ sơ trực tuyến 31,2%", "▪ Cùng kỳ năm 2021 là 12,5%", "▪ Người dân hài lòng 96,4%"],
    ["➤ Tỷ lệ hồ sơ trực tuyến 31,2%", "➤ Năm 2021 mới có 12,5%", "✔ Người dân hài lòng 96,4%"],
])
def test_glyph_bulleted_lines_are_items_not_headings(lines):
    text = "Tin tức huyện\nBộ phận một cửa gửi bà con vài con số sau chín tháng:\n" + "\n".join(lines) + "\n"
    assert facts(text, ("metric", "value", "year"), meta={"published": "2022-10-05"})[-1] == (
        "satisfaction_pct", 96.4, 2022)


@pytest.mark.parametrize("text,expected", [
    # an English gloss's loanword ("online") is no cue: the Vietnamese before it says what is counted
    ("Năm 2024, doanh nghiệp thanh toán phí trực tuyến 2.150 hồ sơ (online fee payments).",
     [("dossiers_paid_online", 2150)]),
    ("Năm 2024, tỉnh có 3.400 hồ sơ nộp qua mạng (submitted online) và 1.020 hồ sơ thanh toán trực tuyến (paid online).",
     [("dossiers_online", 3400), ("dossiers_paid_online", 1020)]),
    ("Năm 2024, 512 hồ sơ được trả kết quả điện tử (results sent online).", [("dossiers_results_online", 512)]),
])
def test_an_english_gloss_adds_no_cue(text, expected):
    assert facts(text) == expected


def test_a_review_of_a_span_ending_with_the_year_is_dated_that_year():
    text = ("Từ ngày 1/7 đến hết năm 2025, tỷ lệ hồ sơ nộp trực tuyến ở cấp xã của tỉnh đạt 84%, theo số liệu công bố "
            "đầu tháng 1/2026.\nTrong sáu tháng, các xã tiếp nhận 402.110 hồ sơ, trong đó 337.500 hồ sơ nộp qua mạng.")
    rows = extract_text(text, meta={"published": "2026-01-20"})
    assert set(rows.year) == {2025}
