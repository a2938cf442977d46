import pytest

from analysis.text.clean import fold, paragraphs

from analysis.reference.provinces import (canonical_province, dateline_province, load_provinces, mention_scores, outlet_province,
                                         province_from_text, province_from_url, sole_province)


def test_gazetteer_has_63_provinces_in_modern_spelling():
    df = load_provinces()
    assert len(df) == 63 and df["name"].is_unique
    assert "Hòa Bình" in set(df["name"]) and "Hoà Bình" not in set(df["name"])
    assert df["merged_into_2025"].nunique() == 34


@pytest.mark.parametrize("name,canonical", [("Hoà Bình", "Hòa Bình"), ("tỉnh Đắk Lắk", "Đắk Lắk"), ("Dak Lak", "Đắk Lắk"),
                                            ("TP. Hà Nội", "Hà Nội"), ("Bắc Cạn", "Bắc Kạn"), ("Atlantis", None), ("", None)])
def test_canonical_province(name, canonical):
    assert canonical_province(name) == canonical


def test_province_named_with_administrative_prefix_wins():
    assert province_from_text("UBND tỉnh Yên Bái đã ban hành kế hoạch. Yên Bái có 105 điểm.") == "Yên Bái"


def test_a_province_mentioned_in_passing_is_not_a_guess():
    assert province_from_text("Học tập theo tấm gương đạo đức Hồ Chí Minh.") is None
    assert province_from_text("Cán bộ huyện Thạch Hà hướng dẫn người dân.") is None


def test_old_tone_placement_in_text():
    assert province_from_text("phát triển CQĐT tỉnh Hoà Bình") == "Hòa Bình"


@pytest.mark.parametrize("url,province", [
    ("https://baophapluat.vn/binh-thuan-dat-chi-tieu-post1.html", "Bình Thuận"),
    ("http://baoquangnam.vn/cai-cach-hanh-chinh/x.html", "Quảng Nam"),
    ("https://baodongkhoi.vn/trung-tam-a1.html", "Bến Tre"),
    ("http://www.baomoi.com/xay-dung-thanh-cong/c/1.epi", None),
    ("", None),
])
def test_province_from_url(url, province):
    assert province_from_url(url) == province


@pytest.mark.parametrize("text,province", [
    ("Phường A thuộc thành phố Hồ Chí Minh được lập từ các phường của tỉnh Bình Dương cũ; người dân tỉnh "
     "Bình Dương (cũ) đã quen nộp hồ sơ qua mạng.", "Hồ Chí Minh"),
    ("Xã B thuộc tỉnh Lào Cai, trên cơ sở xã C của tỉnh Yên Bái (cũ) và tỉnh Yên Bái trước đây.", "Lào Cai"),
])
def test_a_former_province_does_not_count_as_the_articles(text, province):
    assert province_from_text(text) == province


@pytest.mark.parametrize("text,province", [
    ("Bản tin tối. Năm 2017, Long An đứng thứ 20 về ứng dụng công nghệ thông tin.", "Long An"),
    ("Huyện đã số hóa 90% hồ sơ; Kiên Giang đặt mục tiêu 95% vào cuối năm.", "Kiên Giang"),
    ("Huyện đạt 90%, cao hơn Hậu Giang nhưng thấp hơn Cần Thơ.", None),  # two named: no guess
    ("Không tỉnh nào được nêu tên trong tin này.", None),
    ("Sau sáp nhập, khu vực tỉnh Bình Phước cũ đạt 80%.", None),  # a former province only
])
def test_the_sole_province_named_is_a_last_resort(text, province):
    assert sole_province(text) == province


@pytest.mark.parametrize("text", [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, huyện đạt 90% hồ sơ trực tuyến.",
    "Xã Quảng Ninh của huyện đạt 80% hồ sơ trực tuyến.",
])
def test_no_sole_province_from_a_person_or_a_commune_of_the_same_name(text):
    assert sole_province(text) is None


@pytest.mark.parametrize("url,text,province", [
    # the paper's province, named bare once, beats a city named with its prefix in a comparison
    ("https://baothuathienhue.vn/a/b.html", "Thừa Thiên Huế đứng thứ 4, sau TP Hồ Chí Minh và Hà Nội.",
     "Thừa Thiên Huế"),
    ("https://baoquangbinh.vn/x", "Tỉnh Hà Tĩnh và tỉnh Quảng Bình cùng tăng hạng.", "Quảng Bình"),
    # the host's province must be named in the text: else the text decides elsewhere
    ("https://baoquangbinh.vn/x", "Tỉnh Hà Tĩnh tăng 5 bậc.", None),
    # only the host counts, not the path
    ("https://vnexpress.net/quang-binh-tang-hang", "Quảng Bình tăng hạng.", None),
])
def test_an_outlets_own_province_when_the_text_names_it(url, text, province):
    assert outlet_province(url, mention_scores(text)) == province


def test_a_short_name_written_with_its_diacritics_is_a_mention():
    # "Huế" (three letters) names Thừa Thiên Huế in prose; a short code without diacritics names nothing
    assert mention_scores("Huế dẫn đầu khu vực. So với Đà Nẵng, Huế vẫn đi sau một chút.") == {
        "Thừa Thiên Huế": 2, "Đà Nẵng": 1}
    assert mention_scores("HN và HCM dẫn đầu.") == {}


@pytest.mark.parametrize("text,province", [
    ("Pleiku (TTXVN) - Bảy tháng đầu năm, các cơ quan tiếp nhận 31.254 hồ sơ.", "Gia Lai"),
    ("CHUYỂN ĐỔI SỐ\nBUÔN MA THUỘT, 12/7 – Sở Thông tin và Truyền thông cho biết …", "Đắk Lắk"),
    ("Tin vắn\n\nNha Trang - Toàn tỉnh đã có 1.902 thủ tục hành chính.", "Khánh Hòa"),
    ("Phan Rang - Tháp Chàm, ngày 3/5/2023 – Hội nghị sơ kết …", "Ninh Thuận"),
])
def test_a_dateline_opening_with_a_provincial_capital_names_its_province(text, province):
    """A wire story may name only its capital, in the dateline ("Pleiku (TTXVN) -")."""
    assert dateline_province(text, paragraphs(text, fold(text))) == province


@pytest.mark.parametrize("text", [
    "Vinh danh 20 tập thể có thành tích trong chuyển đổi số.",  # a word that is also a capital's name
    "Hội nghị được tổ chức tại Pleiku vào tuần trước.",  # the capital named, but in no dateline
    "Dòng 1\nDòng 2\nDòng 3\nDòng 4\nDòng 5\n\nĐoạn 2\n\nĐoạn 3\n\nĐoạn 4\n\nĐoạn 5\n\nPleiku (TTXVN) - muộn",
])
def test_no_dateline_no_capital(text):
    assert dateline_province(text, paragraphs(text, fold(text))) is None


@pytest.mark.parametrize("text,province", [
    ("Tại kỳ họp HĐND TP.HCM, đại biểu chất vấn về dịch vụ công. TP.HCM đã tiếp nhận 2,8 triệu hồ sơ.", "Hồ Chí Minh"),
    ("Ứng dụng BR-VT Smart có 100.000 tài khoản; BR-VT đặt mục tiêu 40% hồ sơ trực tuyến.", "Bà Rịa - Vũng Tàu"),
])
def test_an_abbreviation_in_capitals_names_its_province_in_prose(text, province):
    """"TP.HCM", "BR-VT": abbreviations written in capitals are prose forms, unlike ASCII spellings ("Ha Noi")."""
    assert province_from_text(text) == province


def test_an_ascii_spelling_is_still_no_prose_name():
    assert province_from_text("Ha Noi va Ha Noi la thu do.") is None
