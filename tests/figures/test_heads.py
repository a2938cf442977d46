"""What a head noun gives (figures/heads.py): services with and without dossiers. Sentences written for these tests."""
from __future__ import annotations

import pytest

from figure_fixtures import facts


@pytest.mark.parametrize("text,expected", [
    ("Cả năm, 214 dịch vụ công trực tuyến không phát sinh hồ sơ nào.", [("services_no_dossiers", 214.0)]),
    ("Vẫn còn 58 dịch vụ mức độ 4 chưa có hồ sơ nào trong sáu tháng.", [("services_no_dossiers", 58.0)]),
    ("Trong 900 dịch vụ toàn trình, 377 dịch vụ chưa từng phát sinh một hồ sơ trực tuyến nào, chiếm 41,9%.",
     [("services_full_process", 900.0), ("services_no_dossiers", 377.0), ("services_no_dossiers_pct", 41.9)]),
    # without the negation: the services that had dossiers
    ("Có 523 dịch vụ công trực tuyến phát sinh hồ sơ trong năm.", [("services_with_dossiers", 523.0)]),
])
def test_services_without_dossiers_are_neither_a_level_nor_those_with_dossiers(text, expected):
    assert facts(text) == expected
