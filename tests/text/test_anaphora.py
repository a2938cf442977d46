import pytest

from figure_fixtures import facts
from analysis.text.anaphora import level_pointers
from analysis.text.clean import fold


@pytest.mark.parametrize("text, written", [
    # the level named last before the pointer, in the same sentence or a sentence before it
    ("Huyện có 95 dịch vụ mức độ 4, trong khi năm trước chỉ 30 dịch vụ ở mức này.", "ở mức 4  ."),
    ("Sở đưa 40 thủ tục lên mức độ 3. Đến nay 28 thủ tục đã đạt mức độ đó.", "đạt mức độ 3 ."),
    # a level said in words, and the last of two
    ("Năm ngoái có 12 dịch vụ mức độ ba, 7 dịch vụ mức bốn; năm nay 19 dịch vụ thuộc mức ấy.", "thuộc mức 4 ."),
])
def test_a_level_pointed_back_to_is_the_level_named_last(text, written):
    resolved = level_pointers(text, fold(text))
    assert len(resolved) == len(text) and resolved.endswith(written)


@pytest.mark.parametrize("text", [
    "Tỷ lệ hồ sơ trực tuyến đạt 45%. Mức này cao hơn bình quân cả nước.",  # no link: a rate's level
    "Có 200 dịch vụ mức độ 3, 4; 120 dịch vụ ở mức này có hồ sơ.",  # two levels named together
    "Có 200 dịch vụ mức độ 3.\nNăm nay 150 dịch vụ ở mức này.",  # another paragraph
    "Tỉnh có 30 dịch vụ mức độ 4; cả hai mức này đều tăng.",  # a plural before the level word
])
def test_no_single_level_before_leaves_the_pointer(text):
    assert level_pointers(text, fold(text)) == fold(text)


@pytest.mark.parametrize("text, expected", [
    ("Năm 2021 tỉnh có 312 dịch vụ mức độ 4, gấp đôi năm 2020, khi chỉ có 150 dịch vụ ở mức này.",
     [("services_level4", 312), ("services_level4", 150)]),
    ("Năm 2022 tỉnh nâng 85 dịch vụ lên mức độ 3. Có 64 thủ tục đã đạt mức đó trong quý I.",
     [("services_level3", 85), ("services_level3", 64)]),
])
def test_counts_at_a_level_pointed_back_to_take_that_level(text, expected):
    assert facts(text) == expected
