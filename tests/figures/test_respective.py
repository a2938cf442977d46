"""Respectively ("lần lượt"): subjects before the marker pair with the numbers after it. Sentences written for these tests."""
from __future__ import annotations

import pytest

from figure_fixtures import facts
from analysis.figures.respective import respective_subjects
from analysis.text.clean import fold
from analysis.text.numbers import scan_numbers


def subjects(text: str) -> list[str]:
    folded = fold(text)
    tokens = [t for t in scan_numbers(text) if t.figure]
    return list(respective_subjects(folded, (0, len(folded)), tokens).values())


def test_a_subject_that_leaves_out_the_shared_noun_takes_it_from_the_first():
    assert subjects("Tỉnh có 1.320 TTHC, trong đó số DVCTT mức độ 3 và mức độ 4 lần lượt là 402 và 275.") == [
        "số dvctt mức độ 3", "số dvctt mức độ 4"]


def test_no_pairing_when_the_numbers_do_not_follow_the_marker_as_a_list():
    assert subjects("Số dịch vụ mức độ 3 và mức độ 4 lần lượt tăng mạnh trong năm 2021, đạt 402 dịch vụ.") == []
    assert subjects("Tỷ lệ hồ sơ trực tuyến lần lượt là 40%.") == []


@pytest.mark.parametrize("text,expected", [
    ("Năm 2021, tỉnh cung cấp 1.320 thủ tục hành chính, trong đó số dịch vụ công trực tuyến mức độ 3 và mức độ 4 "
     "lần lượt là 402 và 275.",
     [("procedures_total", 1320), ("services_level3", 402), ("services_level4", 275)]),
    ("Năm 2022, tỷ lệ hồ sơ nộp trực tuyến và tỷ lệ hồ sơ giải quyết đúng hạn lần lượt đạt 38,5% và 97,9%.",
     [("dossiers_online_pct", 38.5), ("dossiers_ontime_pct", 97.9)]),
    ("Trong quý, số hồ sơ tiếp nhận, số hồ sơ đã giải quyết và số hồ sơ trực tuyến lần lượt là 5.100, 4.870 và 2.040.",
     [("dossiers_received", 5100), ("dossiers_resolved", 4870), ("dossiers_online", 2040)]),
])
def test_each_number_is_read_as_its_own_subject(text, expected):
    assert facts(text) == expected
