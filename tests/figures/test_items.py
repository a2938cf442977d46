"""List items (figures/items.py): the named unit that is a percentage's subject."""
import pytest

from figure_fixtures import facts

from analysis.figures.items import unit_subject


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
])
def test_the_named_unit_before_a_percentage(before, name):
    assert unit_subject(before, 0, len(before)) == name


@pytest.mark.parametrize("text,expected", [
    ("Tỷ lệ văn bản điện tử của tỉnh năm 2024 đạt 91%. Ngược lại, UBND huyện Si Ma Cai mới đạt 62,5%, "
     "UBND huyện Bắc Hà 66%.",
     [("edocs_pct", 91.0, None), ("edocs_pct", 62.5, "UBND huyện Si Ma Cai"), ("edocs_pct", 66.0, "UBND huyện Bắc Hà")]),
    ("Năm 2024, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 70%, trong đó thị xã Sa Pa (88%) dẫn đầu, trong khi xã "
     "Tả Van chỉ đạt 35%.",
     [("dossiers_online_pct", 70.0, None), ("dossiers_online_pct", 88.0, "thị xã Sa Pa"),
      ("dossiers_online_pct", 35.0, "xã Tả Van")]),
])
def test_a_units_bare_percentage_gives_the_rate_being_discussed(text, expected):
    assert facts(text, ("metric", "value", "scope")) == expected
