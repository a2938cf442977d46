"""Comparisons with other units (figures/compare.py): the rate compared is the one for which they hold."""
import pytest

from figure_fixtures import facts

from analysis.figures.compare import compared_rate, constraints


def test_constraints_read_each_comparison_within_its_clause():
    sentence = "xã a cao hơn xã b (40,5%) và xã c (45%), nhưng thấp hơn xã d (70%); cả nước đạt khoảng 51%."
    assert constraints(sentence) == [(40.5, 1), (45.0, 1), (70.0, -1)]
    assert constraints("huyện xếp sau thị xã e (84,2%).") == [(84.2, -1)]
    assert constraints("tỷ lệ đạt 60%.") == []


def test_the_most_recent_rate_for_which_every_comparison_holds():
    stated = [("dossiers_online_pct", 55.0), ("dossiers_ontime_pct", 98.0)]
    assert compared_rate(stated, [(40.0, 1), (70.0, -1)]) == "dossiers_online_pct"
    assert compared_rate(stated, [(90.0, 1)]) == "dossiers_ontime_pct"
    assert compared_rate(stated, [(99.5, 1)]) is None


@pytest.mark.parametrize("text,metric", [
    # the on-time rate is said last, but only the online rate lies between the neighbours' values
    ("Năm 2024 huyện tiếp nhận 9.000 hồ sơ, trong đó 4.950 hồ sơ trực tuyến, đạt 55%. Tỷ lệ giải quyết đúng hạn "
     "đạt 98,5%.\nKết quả này cao hơn huyện Bảo Yên (40,2%) nhưng thấp hơn thành phố Lào Cai (71,3%).",
     "dossiers_online_pct"),
    # a neighbour behind the province on the on-time rate
    ("Năm 2024 tỷ lệ hồ sơ trực tuyến đạt 55%; tỷ lệ giải quyết đúng hạn đạt 98,5%, cao hơn tỉnh Yên Bái (92,4%).",
     "dossiers_ontime_pct"),
])
def test_a_neighbours_value_takes_the_rate_the_comparison_holds_for(text, metric):
    rows = facts(text, ("metric", "value"))
    assert {m for m, v in rows if v in (40.2, 71.3, 92.4)} == {metric}
