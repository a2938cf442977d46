"""List items (figures/items.py): a unit's bare percentage takes the rate its paragraph discusses."""
import pytest

from figure_fixtures import facts


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
