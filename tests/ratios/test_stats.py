"""Statistics: Wilson intervals, pairwise province tests with correction, binomial trend models."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

from analysis.ratios.build import compute_ratios
from analysis.ratios.stats import comparisons, compare_provinces, trend_models, wilson_interval

from figure_fixtures import make_figures, seed_figures  # noqa: F401 - pytest fixtures


def _online(make_figures, rows):
    """Hand-made online_dossier_share ratios from (province, year, online, received[, qualifier])."""
    figs = []
    for province, year, online, received, *q in rows:
        doc = f"{province}-{year}"
        figs += [dict(doc_id=doc, province=province, year=year, metric="dossiers_online", value=online,
                      qualifier=q[0] if q else "exact"),
                 dict(doc_id=doc, province=province, year=year, metric="dossiers_received", value=received)]
    return compute_ratios(make_figures(*figs))


def test_wilson_interval_scalar_and_arrays():
    lo, hi = wilson_interval(271, 1687)
    ref = proportion_confint(271, 1687, method="wilson")
    assert (lo, hi) == pytest.approx((100 * ref[0], 100 * ref[1]))
    assert lo < 100 * 271 / 1687 < hi
    lows, highs = wilson_interval(pd.Series([271, 5, np.nan, 0]), pd.Series([1687, 3, 10, 10]))
    assert lows[0] == pytest.approx(lo) and np.isnan(lows[1]) and np.isnan(lows[2])  # 5 of 3, missing
    assert lows[3] == 0 and 0 < highs[3] < 40


def test_compare_two_provinces(make_figures):
    r = _online(make_figures, [("Gia Lai", 2019, 50, 1000), ("Kon Tum", 2019, 80, 1000)])
    c = compare_provinces(r)
    assert len(c) == 1
    row = c.iloc[0]
    stat, p = proportions_ztest([50, 80], [1000, 1000])
    assert (row["province_a"], row["province_b"]) == ("Gia Lai", "Kon Tum")
    assert row["statistic"] == pytest.approx(stat) and row["p_value"] == pytest.approx(p)
    assert row["p_adjusted"] == pytest.approx(p) and row["n_tests"] == 1 and row["tested"]
    assert row["significant"] == (p < 0.05)


def test_multiple_comparison_correction_and_bounds(make_figures):
    r = _online(make_figures, [("Gia Lai", 2019, 50, 1000), ("Kon Tum", 2019, 80, 1000),
                               ("Đắk Lắk", 2019, 60, 1000), ("Đắk Nông", 2019, 70, 1000, "more_than"),
                               ("Lâm Đồng", 2020, 70, 1000)])
    c = compare_provinces(r)
    tested = c[c["tested"]]
    assert len(tested) == 3 and set(tested["n_tests"]) == {3}
    assert (tested["p_adjusted"] >= tested["p_value"]).all()
    raw = np.sort(tested["p_value"].to_numpy())
    assert tested["p_adjusted"].min() == pytest.approx(min(1, 3 * raw[0]))  # Holm's first step
    untested = c[~c["tested"]]
    assert len(untested) == 3 and untested["reason"].str.contains("bound").all()
    assert "Lâm Đồng" not in set(c["province_a"]) | set(c["province_b"])  # another year: no pair


def test_trend_fitted_only_with_enough_years(make_figures):
    rows = [("Gia Lai", y, n, 1000) for y, n in ((2017, 50), (2018, 80), (2019, 120), (2020, 200))]
    rows += [("Kon Tum", 2019, 30, 1000), ("Kon Tum", 2020, 60, 1000)]
    t = trend_models(_online(make_figures, rows))
    gia_lai = t[(t["model"] == "per_province") & (t["province"] == "Gia Lai")].iloc[0]
    assert gia_lai["fitted"] and gia_lai["coef_year"] > 0 and gia_lai["odds_ratio_per_year"] > 1
    assert gia_lai["n_years"] == 4 and gia_lai["years"] == "2017;2018;2019;2020"
    assert gia_lai["coef_ci_low"] < gia_lai["coef_year"] < gia_lai["coef_ci_high"]
    kon_tum = t[(t["model"] == "per_province") & (t["province"] == "Kon Tum")].iloc[0]
    assert not kon_tum["fitted"] and "2 year(s)" in kon_tum["reason"]
    pooled = t[t["model"] == "pooled_province_effects"].iloc[0]
    assert pooled["fitted"] and pooled["coef_year"] > 0 and pooled["df_resid"] == 6 - 3


def test_trend_not_fitted_says_why(make_figures):
    t = trend_models(_online(make_figures, [("Gia Lai", 2019, 50, 1000)]))
    assert not t["fitted"].any()
    assert t["reason"].str.startswith("not fitted:").all()
    assert set(t["model"]) == {"per_province", "pooled_province_effects"}


def test_seed_comparisons(seed_figures):
    c = comparisons(compute_ratios(seed_figures))
    pair = c[c["analysis"] == "pairwise"]
    # the only same-year pair with counts: level-4 share 2019, Đắk Lắk (271/1687) vs Yên Bái (132/2192)
    assert len(pair) == 1
    row = pair.iloc[0]
    assert (row["province_a"], row["province_b"], row["year"]) == ("Yên Bái", "Đắk Lắk", 2019)
    assert (row["count_a"], row["nobs_a"], row["count_b"], row["nobs_b"]) == (132, 2192, 271, 1687)
    assert "different denominators" in row["reason"]
    trend = c[c["analysis"] == "trend"]
    assert not trend["fitted"].astype(bool).any()  # one year per province in the seeds
    assert c["caveat"].str.contains("census").all()


def test_empty(make_figures):
    r = compute_ratios(make_figures())
    assert compare_provinces(r).empty and trend_models(r).empty
    assert math.isnan(wilson_interval(0, 0)[0])
