"""Whose figure it is: the article's province, or another one its sentence names before the figure."""
import pytest

from analysis.figures.extract import extract_text
from figure_fixtures import facts

META = {"province": "Hậu Giang", "published": "2023"}


def provinces(text: str) -> list[tuple[float, str]]:
    df = extract_text(text, "t", META)
    return list(zip(df["value"], df["province"]))


@pytest.mark.parametrize("text,expected", [
    # another province as the subject before the figure
    ("Trong chuyến khảo sát, Sở Thông tin và Truyền thông Bình Dương cho biết tỉnh bạn đang cung cấp 1.450 "
     "dịch vụ công trực tuyến.", [(1450, "Bình Dương")]),
    ("Năm 2022, Đà Nẵng xếp hạng 1/63 về ICT Index.", [(1, "Đà Nẵng")]),
    # the article's figure before the other province's, in one sentence
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 41%, trong khi Cần Thơ đạt 56%.", [(41, "Hậu Giang"), (56, "Cần Thơ")]),
    # words of the article's own province between the name and the figure bring it back
    ("Học tập kinh nghiệm của Đà Nẵng, toàn tỉnh đã đưa 320 dịch vụ lên mức độ 4.", [(320, "Hậu Giang")]),
    # a place inside a province is no province
    ("Riêng phường Vĩnh Long 2 tiếp nhận 860 hồ sơ.", [(860, "Hậu Giang")]),
    # the area of a former province merged into the article's is that former province's: its figures continue
    # the former province's series ("khu vực", "địa bàn" and the province word change nothing)
    ("Tỷ lệ hồ sơ trực tuyến khu vực Sóc Trăng (cũ) đạt 64,2%.", [(64.2, "Sóc Trăng")]),
    # (… but communes said to lie in it lie in the province it merged into: see the test of that rule below)
    ("Các xã thuộc khu vực tỉnh Sóc Trăng cũ đạt 64,2% hồ sơ trực tuyến.", [(64.2, "Hậu Giang")]),
    ("Trên địa bàn tỉnh Sóc Trăng (cũ), tỷ lệ hồ sơ trực tuyến đạt 64,2%.", [(64.2, "Sóc Trăng")]),
    ("Chia theo khu vực:\n– Khu vực tỉnh Sóc Trăng (cũ): tiếp nhận 21.400 hồ sơ;\n– toàn tỉnh: 60.100 hồ sơ.",
     [(21400, "Sóc Trăng"), (60100, "Hậu Giang")]),
    # the article's own name between them brings it back too
    ("Sau chuyến học tập tại Đà Nẵng, Hậu Giang đã đưa 320 dịch vụ lên mức độ 4.", [(320, "Hậu Giang")]),
    # a ';' ends the other province's clause
    ("Về ICT Index, Cà Mau xếp thứ 56; tỉnh xếp thứ 40.", [(56, "Cà Mau"), (40, "Hậu Giang")]),
])
def test_a_figure_belongs_to_the_province_its_sentence_names_before_it(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a roundup that names each province right after its value, with "ở" or "tại" (perhaps with its unit word)
    ("Quý II, tỷ lệ hồ sơ trực tuyến đạt 66,2% ở Vĩnh Long, 58,9% ở Trà Vinh và 47% ở Sóc Trăng.",
     [(66.2, "Vĩnh Long"), (58.9, "Trà Vinh"), (47, "Sóc Trăng")]),
    ("Tỷ lệ hồ sơ đúng hạn cao nhất vùng là 99,4% tại tỉnh Cà Mau, kế đến 98,7% tại thành phố Cần Thơ.",
     [(99.4, "Cà Mau"), (98.7, "Cần Thơ")]),
    # … the article's own figure first, then another province's after its value
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 52%, thấp hơn 61,5% ở An Giang.", [(52, "Hậu Giang"), (61.5, "An Giang")]),
    # "ở" before a level or a place inside the province names no other province
    ("Tỷ lệ hồ sơ trực tuyến đạt 44% ở cấp xã và 71% ở cấp tỉnh.", [(44, "Hậu Giang"), (71, "Hậu Giang")]),
])
def test_a_province_named_right_after_a_value_with_o_or_tai_is_that_value_s(text, expected):
    assert provinces(text) == expected


def test_the_rule_says_where_the_province_came_from():
    df = extract_text("Năm 2022, Đà Nẵng xếp hạng 1/63 về ICT Index.", "t", META)
    assert "province:sentence" in df["rule"].iloc[0]


@pytest.mark.parametrize("text,expected", [
    # the whole country named before the figure, in its clause: no province's figure
    ("Theo Bộ Thông tin và Truyền thông, cả nước mới có khoảng 12% dịch vụ công trực tuyến mức độ 4.", []),
    ("Tỷ lệ hồ sơ trực tuyến đạt 48%, vượt mức bình quân toàn quốc (39,5%).", [(48, "Hậu Giang")]),
    ("Bình quân cả nước: 52,4% hồ sơ nộp trực tuyến.", []),
    # the province ranked against the country keeps its figure
    ("Hậu Giang dẫn đầu cả nước với tỷ lệ hồ sơ trực tuyến 91%.", [(91, "Hậu Giang")]),
    ("Chỉ số hài lòng đạt 88,2%, thứ 7 toàn quốc.", [(88.2, "Hậu Giang")]),
    # the country as a setting, a comma before the province's own clause
    ("Cùng với cả nước, tỉnh đã đưa 1.320 dịch vụ công trực tuyến lên Cổng.", [(1320, "Hậu Giang")]),
    # the province's own name after the country's figure brings it back
    ("Cả nước đạt 40% trong khi Hậu Giang đạt tỷ lệ hồ sơ trực tuyến 57%.", [(57, "Hậu Giang")]),
])
def test_a_figure_of_the_whole_country_is_no_province_s(text, expected):
    assert provinces(text) == expected


def test_a_decimal_comma_does_not_end_the_country_s_clause():
    text = "Theo Bộ, cả nước có khoảng 8,6% dịch vụ mức độ 4 và tỷ lệ hồ sơ trực tuyến bình quân chưa đến 9%."
    assert provinces(text) == []


@pytest.mark.parametrize("text,expected", [
    # the country owns the figure right after it
    ("Chỉ số hài lòng của tỉnh đạt 86,1%, thấp hơn mức bình quân 87,5% của cả nước.", [(86.1, "Hậu Giang")]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 66%, cao hơn mức 52% của toàn quốc.", [(66, "Hậu Giang")]),
    # a whole region of provinces is no province either
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 57%, còn bình quân cả vùng khoảng 49%.", [(57, "Hậu Giang")]),
    # … or an average word right after the number names the country, or all the provinces, as its owner
    ("Tỷ lệ văn bản điện tử của tỉnh đạt 74%, vượt mức 69% bình quân cả nước.", [(74, "Hậu Giang")]),
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 3,1%, gấp đôi tỷ lệ 1,5% bình quân của các tỉnh, thành phố.",
     [(3.1, "Hậu Giang")]),
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 3,1%, cao hơn mức 2,4% trung bình chung toàn quốc.", [(3.1, "Hậu Giang")]),
    # … or all the provinces counted (63, or 34 after the 2025 merger) before it
    ("Tỷ lệ hồ sơ trực tuyến bình quân của 63 tỉnh, thành phố là 18,6%, còn tỉnh đạt 24,37%.", [(24.37, "Hậu Giang")]),
    ("Mức hài lòng trung bình của 34 tỉnh, thành phố là 88,2%; tỉnh đạt 91,5%.", [(91.5, "Hậu Giang")]),
])
def test_a_figure_the_country_or_region_owns_is_no_province_s(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text,expected", [
    # an economic region named, with or without its word for a region, owns the figure next to it
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 61%, cao hơn bình quân vùng Đồng bằng sông Cửu Long (47,3%).",
     [(61, "Hậu Giang")]),
    ("Chỉ số hài lòng của tỉnh đạt 90,5%, trong khi mức chung của khu vực Bắc Trung Bộ là 88%.", [(90.5, "Hậu Giang")]),
    ("Tỷ lệ văn bản điện tử đạt 93%, nhỉnh hơn mức 91,4% của các tỉnh Tây Nguyên.", [(93, "Hậu Giang")]),
    # the word alone where nothing names a part of the province: the region the article has in view
    ("Tỷ lệ hồ sơ đúng hạn của tỉnh đạt 99,1%, so với 98,2% của vùng và 97,5% của cả nước.", [(99.1, "Hậu Giang")]),
    ("Về mức độ hài lòng, tỉnh đạt 91%, vùng đạt 89,6%, cả nước 88%.", [(91, "Hậu Giang")]),
    # a part of the province called a "vùng" is the province's
    ("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 40%; riêng các xã vùng sâu đạt 12%.", [(40, "Hậu Giang"), (12, "Hậu Giang")]),
    # the province ranked within its region keeps its figure
    ("Trong khu vực Đồng bằng sông Cửu Long, Hậu Giang xếp thứ 11/63 về DTI.", [(11, "Hậu Giang")]),
])
def test_a_figure_an_economic_region_owns_is_no_province_s(text, expected):
    assert provinces(text) == expected


def test_a_province_named_as_a_listed_unit_is_its_province_not_a_scope():
    df = extract_text("Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 6,1%. Theo số liệu tại hội nghị, cùng thời điểm "
                      "Bến Tre đạt 9,4%.", "t", META)
    assert list(zip(df["value"], df["province"], df["scope"].fillna(""))) == [(6.1, "Hậu Giang", ""), (9.4, "Bến Tre", "")]


@pytest.mark.parametrize("text,expected", [
    # the country as the sentence's subject carries over its later clauses
    ("Trong tháng 10/2025, cả nước tiếp nhận 9,8 triệu hồ sơ; tỷ lệ hồ sơ trực tuyến bình quân đạt 52,6%.", []),
    # ... until a unit takes over
    ("Năm 2023, cả nước đạt khoảng 40%, còn tỉnh đạt tỷ lệ hồ sơ trực tuyến 57%.", [(57, "Hậu Giang")]),
])
def test_the_country_as_a_sentence_s_subject(text, expected):
    assert provinces(text) == expected


ROUNDUP = """Bức tranh dịch vụ công trực tuyến vùng đồng bằng
BẾN TRE – Chín tháng qua, tỉnh tiếp nhận 210.400 hồ sơ, trong đó 80.300 hồ sơ trực tuyến.
Tỷ lệ giải quyết đúng hạn đạt 98,2%.
TRÀ VINH – Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 41,5%, cao hơn Sóc Trăng (33,1%).
KIÊN GIANG - Tỉnh cung cấp 1.650 dịch vụ công trực tuyến.
"""


def test_a_roundup_s_datelines_give_each_section_its_province():
    assert facts(ROUNDUP, ("metric", "value", "province")) == [
        ("dossiers_received", 210400.0, "Bến Tre"), ("dossiers_online", 80300.0, "Bến Tre"),
        ("dossiers_ontime_pct", 98.2, "Bến Tre"), ("dossiers_online_pct", 41.5, "Trà Vinh"),
        ("dossiers_online_pct", 33.1, "Sóc Trăng"), ("services_total", 1650.0, "Kiên Giang")]


COMPARISON = """Ba tỉnh duyên hải nhìn từ số liệu năm 2021
Tại Bình Định, năm 2021 các cơ quan tiếp nhận 310.200 hồ sơ. Tỉnh có 1.640 dịch vụ công trực tuyến.
Phú Yên, tỉnh nhỏ hơn về dân số, nhận 142.800 hồ sơ trong năm. Tỷ lệ hồ sơ trực tuyến đạt 21,4%.
Khánh Hòa có nhiều hồ sơ đất đai nhất. Số hồ sơ trực tuyến là 58.300.
Nhìn chung, tỷ lệ giải quyết đúng hạn của tỉnh đạt 98,6%.
"""


def test_a_paragraph_opened_by_a_province_in_a_comparison_is_that_province_s():
    rows = facts(COMPARISON, ("metric", "value", "province"), meta={"province": "Bình Định"})
    assert rows == [("dossiers_received", 310200.0, "Bình Định"), ("services_total", 1640.0, "Bình Định"),
                    ("dossiers_received", 142800.0, "Phú Yên"), ("dossiers_online_pct", 21.4, "Phú Yên"),
                    ("dossiers_online", 58300.0, "Khánh Hòa"), ("dossiers_ontime_pct", 98.6, "Bình Định")]


def test_one_other_province_opening_a_paragraph_is_no_comparison():
    text = ("Năm 2021, Bình Định nhận 310.200 hồ sơ.\nĐà Nẵng dẫn đầu khu vực về dịch vụ công. Tỷ lệ hồ sơ trực tuyến "
            "đạt 35,2%.")
    assert facts(text, ("metric", "value", "province"), meta={"province": "Bình Định"})[-1] == \
        ("dossiers_online_pct", 35.2, "Bình Định")


def test_one_dateline_alone_is_the_article_s():
    text = "BẾN TRE – Tỉnh tiếp nhận 10.200 hồ sơ trực tuyến trong quý I."
    assert facts(text, ("metric", "value", "province")) == [("dossiers_online", 10200.0, "Bến Tre")]


NAMED_SECTIONS = """Bốn tỉnh miền Tây nửa đầu năm

HẬU GIANG, 5/7 – Báo cáo của các tỉnh cho thấy dịch vụ công trực tuyến tiến triển không đều.

An Giang. Sáu tháng, tỉnh tiếp nhận 120.400 hồ sơ, trong đó 60.100 hồ sơ trực tuyến.

Kiên Giang: Tỷ lệ hồ sơ trực tuyến đạt 38,6%.

Cà Mau. Tỉnh xếp thứ 40/63 về DTI 2022; tỷ lệ hồ sơ trực tuyến mới đạt 29,3%.
"""


def test_sections_opened_by_a_province_s_name_and_a_period_or_colon_are_that_province_s():
    assert facts(NAMED_SECTIONS, ("metric", "value", "province")) == [
        ("dossiers_received", 120400.0, "An Giang"), ("dossiers_online", 60100.0, "An Giang"),
        ("dossiers_online_pct", 38.6, "Kiên Giang"), ("dti_rank", 40.0, "Cà Mau"), ("dossiers_online_pct", 29.3, "Cà Mau")]


@pytest.mark.parametrize("text,province", [
    # the one province a headline names is the article's, however often the body names a neighbour
    ("Vì sao hồ sơ trực tuyến ở Lai Châu còn thấp hơn tỉnh bạn?\nTôi đọc báo thấy tỉnh Điện Biên đạt 52%, "
     "tỉnh Điện Biên làm tốt. Tỉnh ta tiếp nhận 90.000 hồ sơ.", "Lai Châu"),
    ("Bắc Giang đứng thứ 6 về DTI\nTP Hồ Chí Minh, Hà Nội, Hải Phòng dẫn đầu; TP Hồ Chí Minh và Hà Nội giữ vững vị trí. "
     "Tỉnh tiếp nhận 90.000 hồ sơ.", "Bắc Giang"),
    # a headline naming two provinces decides nothing: the body does
    ("Điện Biên và Lai Châu: hai cách làm\nTỉnh Lai Châu tiếp nhận 90.000 hồ sơ; tỉnh Lai Châu đứng đầu.", "Lai Châu"),
])
def test_the_one_province_a_headline_names_is_the_article_s(text, province):
    assert extract_text(text)["province"].iloc[-1] == province


def test_numbered_sections_each_opened_by_a_province_s_name_are_that_province_s():
    # a ministry's summary: "1. Tỉnh A. …" opens each province's paragraph; "tỉnh" after it is that province
    text = ("Tổng hợp kết quả 11 tháng năm 2024 tại ba địa phương.\n"
            "1. Tỉnh Yên Bái. Trong kỳ, tỉnh tiếp nhận 52.480 hồ sơ. Tỷ lệ đúng hạn đạt 98,4%.\n"
            "2. Tỉnh Phú Yên. Tổng số hồ sơ tiếp nhận là 98.745. Tỉnh báo cáo 96,8% văn bản đi được gửi trên môi trường mạng.\n"
            "3) Bạc Liêu: Tỉnh tiếp nhận 41.870 hồ sơ.\n")
    rows = facts(text, ("province", "value"))
    assert rows == [("Yên Bái", 52480), ("Yên Bái", 98.4), ("Phú Yên", 98745), ("Phú Yên", 96.8), ("Bạc Liêu", 41870)]


@pytest.mark.parametrize("text,expected", [
    ("Bộ đôn đốc hai tỉnh có tỷ lệ hồ sơ trực tuyến thấp\nKính gửi: UBND các tỉnh: Lạng Sơn, Cao Bằng.\n"
     "1. Tỉnh Lạng Sơn: tiếp nhận 40.100 hồ sơ, đạt 35,2%.\n2. Tỉnh Cao Bằng: tiếp nhận 22.300 hồ sơ, đạt 29,8%.",
     [(40100, "Lạng Sơn"), (35.2, "Lạng Sơn"), (22300, "Cao Bằng"), (29.8, "Cao Bằng")]),
    ("Kính gửi: UBND các tỉnh: Lạng Sơn, Cao Bằng, Bắc Kạn.\n"
     "Lạng Sơn tiếp nhận 40.100 hồ sơ; Cao Bằng tiếp nhận 22.300 hồ sơ; Bắc Kạn tiếp nhận 9.000 hồ sơ.",
     [(40100, "Lạng Sơn"), (22300, "Cao Bằng"), (9000, "Bắc Kạn")]),
])
def test_an_article_of_no_province_gives_each_figure_the_province_its_sentence_names(text, expected):
    # a ministry's letter to several provinces: no province of its own, each line or clause names its own
    assert facts(text, ("value", "province")) == expected


@pytest.mark.parametrize("mark", ["**{}**", "{}"])
def test_a_roundup_whose_items_open_with_a_place_name_in_title_case_gives_each_item_its_province(mark):
    # a weekly round-up: each item opens with a province's name (in bold, or as written) and a dash
    text = ("Điểm tin chuyển đổi số tuần qua\n"
            f"{mark.format('Hà Giang')} – Chín tháng năm 2024, tỉnh tiếp nhận 30.100 hồ sơ.\n"
            "Tỷ lệ giải quyết đúng hạn của tỉnh đạt 98,2%.\n"
            f"{mark.format('Bắc Kạn')} – Cũng trong chín tháng, tỉnh tiếp nhận 21.400 hồ sơ.")
    assert facts(text, ("value", "province")) == [(30100, "Hà Giang"), (98.2, "Hà Giang"), (21400, "Bắc Kạn")]


@pytest.mark.parametrize("text,expected", [
    # two provinces side by side, one per "|" column, each line saying its figures in words
    ("Đặt hai tỉnh cạnh nhau\nHậu Giang | Sóc Trăng\nTiếp nhận 41.200 hồ sơ | Tiếp nhận 38.950 hồ sơ\n"
     "Tỷ lệ hồ sơ trực tuyến 61,4% | Tỷ lệ hồ sơ trực tuyến 57,2%",
     [(41200, "Hậu Giang"), (38950, "Sóc Trăng"), (61.4, "Hậu Giang"), (57.2, "Sóc Trăng")]),
    # the article's own province in the right-hand column, "Tỉnh" before the names
    ("So sánh nhanh\nTỉnh Bạc Liêu | Tỉnh Hậu Giang\nĐang cung cấp 1.702 dịch vụ công trực tuyến | "
     "Đang cung cấp 1.815 dịch vụ công trực tuyến", [(1702, "Bạc Liêu"), (1815, "Hậu Giang")]),
    # a table: a label column, then one column per province
    ("Số liệu hai tỉnh\nChỉ tiêu | Hậu Giang | Cà Mau\nHồ sơ tiếp nhận | 52.310 | 47.005\n"
     "Tỷ lệ hồ sơ trực tuyến (%) | 66,1 | 58,4",
     [(52310, "Hậu Giang"), (47005, "Cà Mau"), (66.1, "Hậu Giang"), (58.4, "Cà Mau")]),
    # a line with a different number of columns ends the comparison
    ("Hậu Giang | Cà Mau\nTiếp nhận 41.200 hồ sơ | Tiếp nhận 38.950 hồ sơ\nGhi chú | tỉnh đã cấp "
     "9.100 tài khoản thư điện tử | nguồn: Sở Nội vụ",
     [(41200, "Hậu Giang"), (38950, "Cà Mau"), (9100, "Hậu Giang")]),
])
def test_a_column_under_a_province_s_name_is_that_province_s(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text,expected", [
    # all the ministries, sectors and localities are the country: their average or total is no province's figure
    ("Năm 2019, tỷ lệ cán bộ dùng thư công vụ đạt 92%, cao hơn mức bình quân khoảng 80% của các bộ, ngành, địa phương.",
     [("email_usage_pct", 92)]),
    ("Năm 2019, các bộ, ngành và địa phương cung cấp hơn 42.000 dịch vụ công trực tuyến.", []),
    # … but a province's own ministries-and-sectors wording stays ("các sở, ngành, địa phương" of the province)
    ("Năm 2019, các sở, ngành, địa phương trong tỉnh tiếp nhận 412.000 hồ sơ.", [("dossiers_received", 412000)]),
])
def test_all_ministries_sectors_and_localities_are_the_country(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # communes or wards said to lie in a former province lie in the province it merged into, the article's
    ("Gia Lai: sau hợp nhất, các xã, phường thuộc khu vực tỉnh Bình Định (cũ) đạt 72,4% hồ sơ trực tuyến.",
     [(72.4, "Gia Lai")]),
    ("Gia Lai: ở một số xã biên giới thuộc tỉnh Gia Lai cũ, tỷ lệ hồ sơ trực tuyến năm 2025 chỉ khoảng 38%.",
     [(38.0, "Gia Lai")]),
    ("Gia Lai: tham luận của phường Quy Nhơn Nam (khu vực tỉnh Bình Định cũ): tỷ lệ trực tuyến năm 2025 đạt 81,2%.",
     [(81.2, "Gia Lai")]),
    # a former province as a whole keeps its own series; a district of it is from before the merger
    ("Gia Lai: năm 2025, tỉnh Bình Định (cũ) đạt 68,5% hồ sơ trực tuyến.", [(68.5, "Bình Định")]),
    ("Gia Lai: năm 2025, khi còn là huyện Tây Sơn thuộc tỉnh Bình Định (cũ), tỷ lệ trực tuyến đạt 40,2%.",
     [(40.2, "Bình Định")]),
])
def test_communes_in_a_former_province_are_in_the_province_it_merged_into(text, expected):
    assert provinces(text) == expected
