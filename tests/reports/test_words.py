"""Honest sentences: bounds read as bounds, ranks within one year with shared ties, merged provinces name
their members, impossible values and targets never ranked or told as values; Vietnamese numbers."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.reports import fmt, words


def _ratios(*rows: tuple) -> pd.DataFrame:
    """(province, year, value, kind, lower, upper[, status, numerator, denominator]) -> a small ratio table."""
    recs = []
    for r in rows:
        province, year, value, kind, lower, upper, *rest = r
        status, num, den = (rest + ["actual", None, None])[:3] if rest else ("actual", None, None)
        recs.append({"level": "province", "province": province, "year": year, "ratio": "email_use", "scope": "",
                     "status": status, "value": value, "kind": kind, "lower": lower, "upper": upper,
                     "numerator": num, "denominator": den, "selected": True, "members": province, "note": ""})
    df = pd.DataFrame(recs)
    df["year"] = df["year"].astype("Int64")
    return df


@pytest.mark.parametrize("x, number, percent", [
    (156815, "156.815", "156.815%"), (43.75, "43,75", "43,8%"), (5.93, "5,93", "5,9%"), (100.0, "100", "100%"),
    (1234567.5, "1.234.567,5", "1.234.567,5%"), (None, "", ""), (float("nan"), "", ""),
])
def test_numbers_the_vietnamese_way(x, number, percent):
    assert fmt.number(x) == number
    assert fmt.percent(x) == percent


@pytest.mark.parametrize("p, text", [(0.0004, "p < 0,001"), (0.031, "p = 0,03"), (0.005, "p = 0,005"),
                                     (0.41, "p = 0,41"), (None, "p không xác định")])
def test_p_values_are_readable(p, text):
    assert fmt.p_value(p) == text


@pytest.mark.parametrize("kind, lower, upper, value, text", [
    ("exact", 16.06, 16.06, 16.06, "16,1%"),
    ("bound", 60.0, None, 60.0, "ít nhất 60%"),
    ("bound", None, 5.9, 5.9, "dưới 5,9%"),
    ("estimate", None, None, 95.0, "khoảng 95%"),
])
def test_a_bound_reads_as_a_bound(kind, lower, upper, value, text):
    row = _ratios(("Gia Lai", 2018, value, kind, lower, upper)).iloc[0]
    assert words.value_text(row) == text
    assert text in words.describe_ratio(row)


def test_ties_share_a_rank_and_the_next_rank_skips():
    r = _ratios(("Quảng Trị", 2019, 100.0, "exact", 100.0, 100.0), ("Yên Bái", 2019, 100.0, "exact", 100.0, 100.0),
                ("Đắk Lắk", 2019, 80.0, "exact", 80.0, 80.0))
    assert "đứng thứ 1/3 (đồng hạng với Yên Bái)" in words.rank_sentence(r, "email_use", "Quảng Trị")
    assert "đứng thứ 1/3 (đồng hạng với Quảng Trị)" in words.rank_sentence(r, "email_use", "Yên Bái")
    assert "đứng thứ 3/3" in words.rank_sentence(r, "email_use", "Đắk Lắk")


def test_ranks_compare_one_year_only():
    r = _ratios(("Gia Lai", 2018, 60.0, "exact", 60.0, 60.0), ("Yên Bái", 2019, 100.0, "exact", 100.0, 100.0),
                ("Đắk Lắk", 2019, 80.0, "exact", 80.0, 80.0))
    gia_lai = words.rank_sentence(r, "email_use", "Gia Lai")
    assert "đứng thứ" not in gia_lai and "chưa có tỉnh nào khác có số liệu cùng năm" in gia_lai
    assert "đứng thứ 2/2 trong các tỉnh có số liệu năm 2019" in words.rank_sentence(r, "email_use", "Đắk Lắk")


def test_a_bound_gets_the_range_of_ranks_it_allows():
    r = _ratios(("Gia Lai", 2019, 60.0, "bound", 60.0, None), ("Yên Bái", 2019, 100.0, "exact", 100.0, 100.0),
                ("Quảng Trị", 2019, 100.0, "exact", 100.0, 100.0))
    text = words.rank_sentence(r, "email_use", "Gia Lai")
    assert "ít nhất 60%" in text and "từ thứ 1 đến thứ 3/3" in text and "60,0%" not in text


def test_an_upper_bound_below_every_other_value_is_surely_last():
    r = _ratios(("Gia Lai", 2019, 5.9, "bound", None, 5.9), ("Yên Bái", 2019, 6.0, "exact", 6.0, 6.0),
                ("Đắk Lắk", 2019, 16.1, "exact", 16.1, 16.1))
    text = words.rank_sentence(r, "email_use", "Gia Lai")
    assert "dưới 5,9%" in text and "đứng thứ 3/3" in text
    assert words.rank_range(words.comparable(r), "Yên Bái") == (2, 2)
    assert "Gia Lai dưới 5,9%" in words.rank_sentence(r, "email_use", "Đắk Lắk")  # a peer's bound stays a bound


def test_impossible_values_and_targets_are_never_ranked_or_told_as_values():
    r = _ratios(("Thái Bình", 2021, 445.0, "exact", 445.0, 445.0, "actual", 4450.0, 1000.0),
                ("Hà Nội", 2021, 40.0, "exact", 40.0, 40.0),
                ("Hải Phòng", 2021, 90.0, "exact", 90.0, 90.0, "target"))
    assert "chưa có" in words.rank_sentence(r, "email_use", "Thái Bình")
    assert "chưa có" in words.rank_sentence(r, "email_use", "Hải Phòng")
    assert "chưa có tỉnh nào khác" in words.rank_sentence(r, "email_use", "Hà Nội")
    told = words.describe_ratio(r.iloc[0])
    assert "445" not in told and "không thể đúng" in told and "tử số lớn hơn mẫu số" in told
    assert "mục tiêu" in words.describe_ratio(r.iloc[2]) and "chưa có số liệu thực hiện" in words.describe_ratio(r.iloc[2])


def test_undated_values_are_not_ranked():
    r = _ratios(("Quảng Trị", None, 100.0, "exact", 100.0, 100.0), ("Yên Bái", 2019, 90.0, "exact", 90.0, 90.0))
    assert "không xếp hạng vì không rõ năm" in words.rank_sentence(r, "email_use", "Quảng Trị")


def test_a_merged_value_names_the_former_provinces_it_covers():
    row = _ratios(("Lào Cai", 2019, 6.02, "exact", 6.02, 6.02)).iloc[0].copy()
    row["level"], row["members"], row["note"] = "province_2025", "Yên Bái", "no figures for Lào Cai"
    text = words.describe_ratio(row)
    assert text.startswith("Lào Cai (tỉnh sau sáp nhập 2025; chỉ gồm số liệu của Yên Bái; chưa có số liệu của Lào Cai)")
    row["members"], row["note"] = "Hà Giang;Tuyên Quang", ""
    assert "chỉ gồm số liệu của Hà Giang, Tuyên Quang)" in words.describe_ratio(row)


@pytest.mark.parametrize("kind, lower, upper, value, verdict", [
    ("exact", 40.0, 40.0, 40.0, "đạt"), ("exact", 20.0, 20.0, 20.0, "chưa đạt"),
    ("bound", 60.0, None, 60.0, "đạt"), ("bound", 20.0, None, 20.0, "không rõ"),
    ("bound", None, 5.9, 5.9, "chưa đạt"), ("bound", None, 40.0, 40.0, "không rõ"),
])
def test_a_target_is_met_only_as_far_as_a_bound_tells(kind, lower, upper, value, verdict):
    row = _ratios(("Gia Lai", 2019, value, kind, lower, upper)).iloc[0].copy()
    row["target_pct"], row["target_year"] = 30.0, 2020
    assert words.target_verdict(row) == verdict


def test_statistics_sentences_are_vietnamese():
    pairs = pd.DataFrame([{"ratio": "online_dossier_share", "year": 2019, "province_a": "A", "province_b": "B",
                           "value_a": 5.7, "value_b": 12.25, "tested": True, "p_value": 0.0001, "p_adjusted": 0.0002,
                           "significant": True, "reason": "different denominators (basis): read with care"},
                          {"ratio": "online_dossier_share", "year": 2019, "province_a": "A", "province_b": "C",
                           "value_a": 5.7, "value_b": 40.0, "tested": False,
                           "reason": "not tested: a share is a bound or an estimate"}])
    said = " ".join(words.describe_comparisons(pairs))
    assert "12,3%" in said and "p < 0,001" in said and "mẫu số khác nhau" in said and "cận hoặc ước tính" in said
    trends = pd.DataFrame([{"ratio": "online_dossier_share", "province": "A", "fitted": False,
                            "reason": "not fitted: 1 year(s) with counts, 3 needed"}])
    told = " ".join(words.describe_trends(trends))
    assert "chỉ có 1 năm có số đếm, cần ít nhất 3" in told
    for english in ("not ", "different", "fitted", "needed", "bound", "denominators"):
        assert english not in said + told


def test_a_pooled_trend_without_provinces_says_so_instead_of_empty_brackets():
    trends = pd.DataFrame([{"ratio": "level4_share", "province": "", "fitted": False,
                            "reason": "not fitted: 0 province(s) with two or more years, 2 needed"}])
    told = words.describe_trends(trends)[0]
    assert "()" not in told and "không có tỉnh nào đủ hai năm" in told
