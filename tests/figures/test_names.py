"""Names before a figure (figures/names.py): listed names, bare place names, named units, a rate's subject."""
import pytest

from figure_fixtures import facts
from analysis.figures.names import bare_name, item_name, named_unit, subject_name, unit_subject
from analysis.text.numbers import scan_numbers
from analysis.text.clean import fold


@pytest.mark.parametrize("before,name", [
    ("Ngược lại, UBND huyện Mường Khương mới đạt ", "UBND huyện Mường Khương"),
    (", thị xã Sa Pa ", "thị xã Sa Pa"),
    ("trong khi xã Bản Lầu (huyện Mường Khương) chỉ đạt ", "xã Bản Lầu"),
    ("còn Sở Nông nghiệp và Phát triển nông thôn mới đạt khoảng ", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Theo báo cáo, Yên Bái đạt ", "Yên Bái"),
    (") và UBND thành phố Lào Cai (", "UBND thành phố Lào Cai"),
    ("Tỷ lệ hồ sơ trực tuyến đạt ", ""),
    ("Toàn tỉnh đạt ", ""),
    ("Năm 2023 đạt ", ""),
    ("tỷ lệ của cấp xã đạt ", ""),
    # "còn" after the name is an adverb (still), a link like "vẫn": the name ends before it
    (", ở Bảo Lạc còn dưới ", "Bảo Lạc"),
    ("; huyện Mèo Vạc vẫn còn chưa đến ", "huyện Mèo Vạc"),
    ("trong khi thị xã Quảng Yên còn ", "thị xã Quảng Yên"),
    # … and before it, an opener turning to the next subject
    ("còn Sở Tài chính đạt ", "Sở Tài chính"),
    # an aside describing the unit, set off by commas, stands between the name and its links
    ("trong khi huyện Si Ma Cai, một huyện vùng cao biên giới, mới đạt ", "huyện Si Ma Cai"),
    ("; xã Phìn Ngan, nơi chưa có sóng 4G, chỉ ", "xã Phìn Ngan"),
    ("còn thị xã Kỳ Anh, một trong những địa phương có nhiều doanh nghiệp, đạt ", "thị xã Kỳ Anh"),
    # … but words of another subject after the aside keep the name out
    ("Riêng ở xã Nam Cường, nơi sóng điện thoại còn yếu, tỷ lệ này chưa đến ", ""),
    # a unit named, then a comma and its value: an apposition; a bare
    # capitalised phrase before the comma is no unit ("Dạ, …", "Theo báo cáo, …")
    ("; thấp nhất là huyện Mường Nhé, chưa tới ", "huyện Mường Nhé"),
    (", còn xã Tả Van, ", "xã Tả Van"),
    ("Theo Văn Phòng, ", ""),
])
def test_the_named_unit_before_a_percentage(before, name):
    assert unit_subject(before, 0, len(before)) == name


@pytest.mark.parametrize("text,name", [
    ("Tỷ lệ ở các huyện: Bảo Lâm 12,5%", "Bảo Lâm"),
    ("…; Quảng Uyên Mới 3,1%", "Quảng Uyên Mới"),
    ("Tỷ lệ ở các huyện: thấp nhất 12,5%", ""),
    ("đạt 12,5%", ""),
    # a comma between the name and its number ("Name, value" lines of a ranking or a list of prizes)
    ("– Hạng nhì cả nước: Bình Dương, 81,46%.", "Bình Dương"),
    ("Giải Nhì: thị xã Điện Bàn, 88,62%;", "thị xã Điện Bàn"),
    ("Khối xã: xã Tà Xùa, 45,2%", "xã Tà Xùa"),
    # … two words at least before a comma, unless a unit word opens them: a reply is no place
    ("Đội A: Dạ, 88 phần trăm", ""),
    ("Tỷ lệ trực tuyến ở các huyện, 12,5%", ""),
])
def test_a_capitalised_name_listed_right_before_a_number(text, name):
    pos = text.index(next(ch for ch in text if ch.isdigit()))
    assert item_name(text, 0, pos) == name


def _token(text: str):
    """The first number of a text."""
    return scan_numbers(fold(text))[0]


@pytest.mark.parametrize("text,name", [
    ("huyện Bảo Lâm 1.127", "huyện Bảo Lâm"),
    ("Thạch An Hòa 4.215", "Thạch An Hòa"),
    ("Bảo 4.215", ""),                     # one capitalised word with no unit word is no name
    ("huyện vùng cao 1.127", ""),
    # the number alone in parentheses after the name
    ("Tả Van Chư (64)", "Tả Van Chư"),
    ("phường Đông Hải (1.015)", "phường Đông Hải"),
    ("Đông Hải (1.015 hồ sơ", ""),            # an open parenthesis with more than the number in it
])
def test_a_place_name_standing_alone_before_an_items_number(text, name):
    assert bare_name(text, (0, len(text)), _token(text)) == name


@pytest.mark.parametrize("text,name", [
    ("còn thị xã Quảng Hòa chỉ có 6.214 hồ sơ", "thị xã Quảng Hòa"),
    ("huyện Hà Quảng, rồi huyện Trùng Khánh với 812 hồ sơ", "huyện Trùng Khánh"),
    ("các huyện còn lại có 812 hồ sơ", ""),
])
def test_the_last_unit_an_item_names(text, name):
    assert named_unit(text, (0, len(text)), _token(text)) == name


def test_the_subject_name_of_a_count_skips_the_unit_subject():
    text = "Trong khi đó UBND huyện Bảo Lạc có 120 hồ sơ"
    tok = _token(text)
    assert subject_name(text, text.lower(), 0, None, tok) == ""
    pct = "Trong khi đó UBND huyện Bảo Lạc đạt 12%"
    assert subject_name(pct, pct.lower(), 0, None, _token(pct)) == "UBND huyện Bảo Lạc"


@pytest.mark.parametrize("line, scope", [
    ("1. Sở Kế hoạch và Đầu tư: 99,42%", "Sở Kế hoạch và Đầu tư"),
    ("- Huyện Ba Vì thấp nhất: 39,6%", "Huyện Ba Vì"),
    ("Thị xã Sơn Tây: 71,3%", "Thị xã Sơn Tây"),
])
def test_a_name_labelling_its_value_with_a_colon_is_its_subject(line, scope):
    # under a line naming the rate, each "Name: value" line is that name's rate
    text = f"Tỷ lệ hồ sơ nộp trực tuyến năm 2024 của toàn tỉnh đạt 58,4%. Kết quả từng đơn vị:\n{line}"
    rows = facts(text, ("metric", "value", "scope"))
    assert rows[-1][0] == "dossiers_online_pct" and rows[-1][2].startswith(scope)


def test_prizes_listed_as_name_comma_value_under_a_new_heading_take_the_rate_the_list_ranks():
    text = ("Kết quả thi đua về dịch vụ công trực tuyến năm 2024\nTiêu chí chính là tỷ lệ hồ sơ nộp trực tuyến.\n"
            "Khối sở:\n– Giải Nhất: Sở Tư pháp, tỷ lệ hồ sơ trực tuyến 97,15%;\n– Giải Nhì: Sở Xây dựng, 95,8%.\n"
            "Khối huyện:\n– Giải Nhất: thành phố Tam Kỳ, 91,08%;\n– Giải Nhì: thị xã Điện Bàn, 88,62%.")
    assert facts(text) == [("dossiers_online_pct", v) for v in (97.15, 95.8, 91.08, 88.62)]


@pytest.mark.parametrize("text,expected", [
    # a ranked unit set off by a comma from its value, the words that rank it before the comma or after "là"
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 33%, huyện Mai Châu cao nhất với 51%; huyện Đà Bắc thấp nhất, khoảng 12%.",
     [("dossiers_online_pct", 33.0, None), ("dossiers_online_pct", 51.0, "huyện Mai Châu"),
      ("dossiers_online_pct", 12.0, "huyện Đà Bắc")]),
    ("Năm 2021, tỷ lệ hồ sơ trực tuyến đạt 33%. Nơi có tỷ lệ cao nhất là huyện Mai Châu với 51%; thấp nhất là huyện Đà "
     "Bắc, chưa tới 12%.",
     [("dossiers_online_pct", 33.0, None), ("dossiers_online_pct", 51.0, "huyện Mai Châu"),
      ("dossiers_online_pct", 12.0, "huyện Đà Bắc")]),
    ("Năm 2020, tỷ lệ văn bản điện tử đạt 80%. Cao nhất là Sở Tư pháp, 99%; thấp nhất là huyện Si Ma Cai, khoảng 41%.",
     [("edocs_pct", 80.0, None), ("edocs_pct", 99.0, "Sở Tư pháp"), ("edocs_pct", 41.0, "huyện Si Ma Cai")]),
])
def test_a_ranked_unit_and_its_value_apart_by_a_comma(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text,expected", [
    # a bullet's label naming a unit or a field, its colon, then the number, under a header that names what is counted
    ("Tin tức\nNăm 2019, số hồ sơ trực tuyến của các huyện như sau:\n- Huyện Mộ Đức: 412;\n- Huyện Tư Nghĩa: 306.",
     [("dossiers_online", 412.0, "Huyện Mộ Đức"), ("dossiers_online", 306.0, "Huyện Tư Nghĩa")]),
    ("Tin tức\nNăm 2018, số dịch vụ mức độ 3 chia theo lĩnh vực như sau:\n- Lĩnh vực công thương: 31;\n"
     "- Lĩnh vực giao thông vận tải: 27.",
     [("services_level3", 31.0, "Lĩnh vực công thương"), ("services_level3", 27.0, "Lĩnh vực giao thông vận tải")]),
])
def test_a_bullet_label_with_a_colon_names_its_item(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Năm 2021, tỷ lệ hồ sơ đúng hạn toàn tỉnh đạt 97,5%. Thấp nhất là Sở Xây dựng (88,05%) và Sở Lao động – Thương binh "
     "và Xã hội (91,2%).", [("dossiers_ontime_pct", 97.5), ("dossiers_ontime_pct", 88.05), ("dossiers_ontime_pct", 91.2)]),
    ("Năm 2022, tỷ lệ hồ sơ trực tuyến đạt 40%; cao nhất là Sở Văn hóa – Thể thao và Du lịch (71,3%).",
     [("dossiers_online_pct", 40), ("dossiers_online_pct", 71.3)]),
])
def test_a_dash_inside_an_agency_name_is_no_word_of_it(text, expected):
    assert [(m, v) for m, v, *_ in facts(text)] == expected


@pytest.mark.parametrize("text,expected", [
    # agencies named alone, each count alone in parentheses, under a header naming what is counted
    ("Năm 2023, các sở tiếp nhận nhiều hồ sơ nhất: Sở Tư pháp (12.480), Sở Xây dựng (9.105), Sở Y tế (6.320).",
     [("dossiers_received", 12480), ("dossiers_received", 9105), ("dossiers_received", 6320)]),
    ("Năm 2023, số hồ sơ nộp qua mạng của các sở: Sở Công Thương (420), Sở Nội vụ (315), Sở Y tế (208).",
     [("dossiers_online", 420), ("dossiers_online", 315), ("dossiers_online", 208)]),
])
def test_an_agency_named_alone_with_its_count_in_parentheses(text, expected):
    assert facts(text, meta={"published": "2023-12-20"}) == expected
