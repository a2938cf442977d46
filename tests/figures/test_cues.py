import pytest

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
])
def test_qualifier(text, number, expected):
    assert q(text, number) == expected


def test_scope_words():
    text = "Ở cấp huyện và cấp xã, 19/19 sở, ban, ngành"
    assert scope(fold(text), text, [(0, len(text))]) == "cấp huyện, cấp xã, sở, ban, ngành"
    assert scope(fold("toàn tỉnh"), "toàn tỉnh", [(0, 9)]) == ""
