"""Values that cannot be true: flagged in the ratio table, never selected over a possible one, never tested."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.ratios.build import compute_ratios
from analysis.ratios.plausibility import (NUMERATOR_ABOVE_BASE, RANK_BEYOND_DENOMINATOR, SHARE_ABOVE_100,
                                          figure_problems, possible, ratio_problems)
from analysis.ratios.stats import comparisons
from analysis.schema import RATIO_COLUMNS

from figure_fixtures import make_figures  # noqa: F401 - pytest fixture


@pytest.mark.parametrize("value, numerator, denominator, problem", [
    (16.06, 271.0, 1687.0, ""),
    (100.0, 50.0, 50.0, ""),
    (445.0, 4450.0, 1000.0, NUMERATOR_ABOVE_BASE),
    (120.0, None, None, SHARE_ABOVE_100),          # a stated share above 100%
    (100.5, None, None, SHARE_ABOVE_100),
    (None, None, None, ""),                           # nothing to judge
])
def test_ratio_problems(value, numerator, denominator, problem):
    df = pd.DataFrame({"value": [value], "numerator": [numerator], "denominator": [denominator]})
    assert ratio_problems(df).iloc[0] == problem


@pytest.mark.parametrize("unit, value, denominator, problem", [
    ("percent", 95.0, None, ""), ("percent", 445.0, None, SHARE_ABOVE_100),
    ("rank", 37.0, 63.0, ""), ("rank", 70.0, 63.0, RANK_BEYOND_DENOMINATOR),
    ("count", 92.0, 222.0, ""), ("count", 300.0, 222.0, NUMERATOR_ABOVE_BASE), ("count", 5000.0, None, ""),
])
def test_figure_problems(unit, value, denominator, problem):
    df = pd.DataFrame({"unit": [unit], "value": [value], "denominator": [denominator]})
    assert figure_problems(df).iloc[0] == problem


def test_the_ratio_table_says_why_and_a_possible_candidate_wins(make_figures):
    r = compute_ratios(make_figures(
        dict(doc_id="a", metric="dossiers_online", value=4450), dict(doc_id="a", metric="dossiers_received", value=1000),
        dict(doc_id="b", metric="dossiers_online", value=300), dict(doc_id="b", metric="dossiers_received", value=500),
    ))
    assert list(r.columns) == list(RATIO_COLUMNS)
    online = r[r["ratio"] == "online_dossier_share"].set_index("doc_ids")
    assert online.loc["a", "problem"] == NUMERATOR_ABOVE_BASE and online.loc["b", "problem"] == ""
    assert bool(online.loc["b", "selected"]) and not bool(online.loc["a", "selected"])  # exact both: possible wins
    assert list(possible(r)["doc_ids"]) == ["b"]


def test_an_impossible_share_alone_is_kept_flagged_and_never_tested(make_figures):
    r = compute_ratios(make_figures(
        dict(province="Thái Bình", metric="dossiers_online", value=4450),
        dict(province="Thái Bình", metric="dossiers_received", value=1000),
        dict(province="Hà Nam", metric="dossiers_online", value=300),
        dict(province="Hà Nam", metric="dossiers_received", value=500),
    ))
    thai_binh = r[(r["province"] == "Thái Bình") & (r["ratio"] == "online_dossier_share")].iloc[0]
    assert thai_binh["problem"] == NUMERATOR_ABOVE_BASE and thai_binh["value"] == pytest.approx(445.0)
    c = comparisons(r)
    assert c[c["analysis"] == "pairwise"].empty  # no test against a value that cannot be true
    assert "Thái Bình" not in set(c["province"].dropna())


def test_an_impossible_member_is_left_out_of_a_merged_province(make_figures):
    r = compute_ratios(make_figures(
        dict(doc_id="a", province="Yên Bái", metric="dossiers_online", value=4450),
        dict(doc_id="a", province="Yên Bái", metric="dossiers_received", value=1000),
        dict(doc_id="b", province="Lào Cai", metric="dossiers_online", value=300),
        dict(doc_id="b", province="Lào Cai", metric="dossiers_received", value=500),
    ), merged_2025=True)
    merged = r[(r["level"] == "province_2025") & (r["ratio"] == "online_dossier_share")]
    assert len(merged) == 1
    assert merged.iloc[0]["members"] == "Lào Cai" and merged.iloc[0]["value"] == pytest.approx(60.0)
    assert "Yên Bái" in merged.iloc[0]["note"]
