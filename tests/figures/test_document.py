"""How an article's own year is settled (figures/document.py), hand-made articles."""
import pytest

from figure_fixtures import facts


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
