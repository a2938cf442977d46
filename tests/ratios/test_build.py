"""Adoption ratios: hand-checked values on the seeds, one small table per rule, and the command."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from statsmodels.stats.proportion import proportion_confint

from analysis.cli import main
from analysis.ratios.build import compute_ratios
from analysis.reference.targets import load_targets
from analysis.schema import RATIO_COLUMNS
from analysis.tableio import read_table, write_table

from figure_fixtures import make_figures, seed_figures  # noqa: F401 - pytest fixtures


def _one(r: pd.DataFrame, **eq) -> pd.Series:
    for col, val in eq.items():
        r = r[r[col] == val]
    assert len(r) == 1, r
    return r.iloc[0]


@pytest.fixture(scope="module")
def seed_ratios(seed_figures):
    return compute_ratios(seed_figures)


# ---------------------------------------------------------------- seeds, hand-checked
def test_columns(seed_ratios):
    assert list(seed_ratios.columns) == list(RATIO_COLUMNS)
    assert set(seed_ratios["level"]) == {"province"}


def test_dak_lak_2019_level4_share(seed_ratios):
    row = _one(seed_ratios, province="Đắk Lắk", year=2019, ratio="level4_share")
    assert (row["numerator"], row["denominator"], row["basis"]) == (271, 1687, "services_total")
    assert round(row["value"], 2) == 16.06
    assert row["kind"] == "exact" and row["lower"] == row["upper"] == row["value"]
    assert row["selected"] and row["doc_ids"] == "000_9dc4c8d6a1d21c28"
    lo, hi = proportion_confint(271, 1687, method="wilson")
    assert row["ci_low"] == pytest.approx(100 * lo) and row["ci_high"] == pytest.approx(100 * hi)
    assert "census" in row["ci_note"]
    # national target: 30% of services at level 4 by 2020 (Nghị quyết 17)
    assert (row["target_pct"], row["target_year"]) == (30, 2020)
    assert row["gap_to_target"] == pytest.approx(30 - 100 * 271 / 1687)


def test_dak_lak_2019_online_dossier_share(seed_ratios):
    row = _one(seed_ratios, province="Đắk Lắk", year=2019, ratio="online_dossier_share")
    assert row["numerator"] == 5083 + 3824 and row["denominator"] == 156815
    assert row["numerator_basis"] == "dossiers_online_level3+dossiers_online_level4"
    assert row["basis"] == "dossiers_received"
    assert round(row["value"], 2) == 5.68 and row["kind"] == "exact"
    assert "dossiers_resolved=151170" in row["alternatives"]
    assert row["target_pct"] == 20


def test_gia_lai_2018_level4_share_is_a_bound(seed_ratios):
    row = _one(seed_ratios, province="Gia Lai", year=2018, ratio="level4_share")
    # no total stated: the sum of levels, where level 2 is "hơn 1.530"
    assert row["basis"] == "sum_of_levels" and row["denominator"] == 1530 + 340 + 117
    assert row["denominator_qualifier"] == "more_than"
    assert row["kind"] == "bound" and row["upper"] == pytest.approx(100 * 117 / 1987)
    assert math.isnan(row["lower"])


def test_seed_email_use(seed_ratios):
    gia_lai = _one(seed_ratios, province="Gia Lai", year=2018, ratio="email_use")
    assert (gia_lai["basis"], gia_lai["value"], gia_lai["kind"], gia_lai["lower"]) == \
        ("stated:email_usage_pct", 60, "bound", 60)
    yen_bai = _one(seed_ratios, province="Yên Bái", ratio="email_use")
    assert yen_bai["basis"] == "stated:email_usage_pct" and "email_issued_pct=100" in yen_bai["alternatives"]
    quang_tri = _one(seed_ratios, province="Quảng Trị", ratio="email_use")
    assert quang_tri["basis"] == "stated:email_issued_pct" and pd.isna(quang_tri["year"])


def test_seed_yen_bai_level4_on_procedures_and_merger(seed_ratios):
    row = _one(seed_ratios, province="Yên Bái", ratio="level4_share")
    assert (row["numerator"], row["denominator"], row["basis"]) == (132, 2192, "procedures_total")
    assert row["province_2025"] == "Lào Cai"
    assert _one(seed_ratios, province="Gia Lai", ratio="level4_share")["province_2025"] == "Gia Lai"


def test_seed_hoa_binh_target_total_alone_makes_no_ratio(seed_ratios):
    assert "Hòa Bình" not in set(seed_ratios["province"])


# ---------------------------------------------------------------- rules on hand-made tables
def test_targets_never_enter_achieved_ratios(make_figures):
    r = compute_ratios(make_figures(
        dict(metric="services_level4", value=50), dict(metric="services_total", value=500),
        dict(metric="services_total", value=200, status="target"),
        dict(metric="services_level4_pct", value=80, status="target", year=2019),
    ))
    actual = _one(r, ratio="level4_share", status="actual")
    assert actual["denominator"] == 500 and actual["value"] == 10
    target = _one(r, ratio="level4_share", status="target")
    assert target["basis"] == "stated:services_level4_pct" and target["value"] == 80
    assert actual["plan_pct"] == 80  # the plan beside the result


def test_qualifiers_propagate(make_figures):
    est = _one(compute_ratios(make_figures(
        dict(metric="services_level4", value=170), dict(metric="services_total", value=1700, qualifier="approx"))),
        ratio="level4_share")
    assert est["kind"] == "estimate" and est["value"] == 10 and math.isnan(est["lower"]) and math.isnan(est["upper"])
    low = _one(compute_ratios(make_figures(
        dict(metric="dossiers_online", value=100, qualifier="more_than"), dict(metric="dossiers_received", value=1000))),
        ratio="online_dossier_share")
    assert (low["kind"], low["lower"]) == ("bound", 10) and math.isnan(low["upper"])
    both = _one(compute_ratios(make_figures(
        dict(metric="dossiers_online", value=100, qualifier="more_than"),
        dict(metric="dossiers_received", value=1000, qualifier="more_than"))), ratio="online_dossier_share")
    assert both["kind"] == "estimate" and "opposite" in both["note"]


def test_partial_numerators_and_level_sums_are_bounds(make_figures):
    r = compute_ratios(make_figures(
        dict(metric="dossiers_online_level4", value=30), dict(metric="dossiers_received", value=300),
        dict(metric="services_level3", value=60), dict(metric="services_level4", value=40)))
    online = _one(r, ratio="online_dossier_share")
    assert (online["kind"], online["lower"], online["numerator_qualifier"]) == ("bound", 10, "more_than")
    level4 = _one(r, ratio="level4_share")
    assert (level4["basis"], level4["denominator"], level4["kind"], level4["upper"]) == \
        ("sum_of_levels", 100, "bound", 40)


def test_denominator_preferences(make_figures):
    r = compute_ratios(make_figures(
        dict(metric="services_level4", value=10), dict(metric="procedures_total", value=200),
        dict(metric="services_total", value=100), dict(metric="dossiers_online", value=5),
        dict(metric="dossiers_resolved", value=40), dict(metric="dossiers_received", value=50),
        dict(metric="email_issued_pct", value=100), dict(metric="email_usage_pct", value=70)))
    assert _one(r, ratio="level4_share")["basis"] == "services_total"
    assert _one(r, ratio="online_dossier_share")["basis"] == "dossiers_received"
    assert _one(r, ratio="email_use")["value"] == 70
    r = compute_ratios(make_figures(dict(metric="dossiers_online", value=5), dict(metric="dossiers_resolved", value=40)))
    assert _one(r, ratio="online_dossier_share")["basis"] == "dossiers_resolved"


def test_scope_is_kept_apart(make_figures):
    r = compute_ratios(make_figures(
        dict(metric="dossiers_received", value=1000), dict(metric="dossiers_online", value=100),
        dict(metric="dossiers_received", value=200, scope="cấp xã"),
        dict(metric="dossiers_online", value=2, scope="cấp xã")))
    province_wide = _one(r, ratio="online_dossier_share", scope="")
    commune = _one(r, ratio="online_dossier_share", scope="cấp xã")
    assert (province_wide["numerator"], province_wide["denominator"]) == (100, 1000)
    assert (commune["numerator"], commune["denominator"]) == (2, 200)
    assert province_wide["selected"] and commune["selected"]


def test_selection_between_articles(make_figures):
    r = compute_ratios(make_figures(
        dict(doc_id="a", metric="services_level4", value=170),
        dict(doc_id="a", metric="services_total", value=1700, qualifier="approx"),
        dict(doc_id="b", metric="services_level4", value=100), dict(doc_id="b", metric="procedures_total", value=2000),
        dict(doc_id="c", metric="services_level4", value=100), dict(doc_id="c", metric="services_total", value=900),
        dict(doc_id="d", metric="services_level4", value=200), dict(doc_id="d", metric="services_total", value=1000),
    ))
    l4 = r[r["ratio"] == "level4_share"].set_index("doc_ids")
    # exact before estimate, preferred basis next, then the larger denominator
    assert l4["selection_rank"].to_dict() == {"d": 1, "c": 2, "b": 3, "a": 4}
    assert l4["selected"].sum() == 1 and set(l4["n_candidates"]) == {4}


def test_headline_and_body_in_one_article(make_figures):
    r = compute_ratios(make_figures(
        dict(metric="dossiers_resolved", value=59000, qualifier="more_than", start=5),
        dict(metric="dossiers_resolved", value=59720, start=300), dict(metric="dossiers_online", value=5972, start=400)))
    row = _one(r, ratio="online_dossier_share")
    assert row["denominator"] == 59720 and row["kind"] == "exact"
    assert "dossiers_resolved=59000(more_than" in row["alternatives"]


def test_periods_pair_within_an_article(make_figures):
    r = compute_ratios(make_figures(
        dict(metric="dossiers_received", value=61300, period="9 tháng năm 2020"),
        dict(metric="dossiers_received", value=25200, period="quý III-2020"),
        dict(metric="dossiers_online", value=2520, period="quý III-2020")))
    row = _one(r, ratio="online_dossier_share")
    assert (row["denominator"], row["period"], row["value"]) == (25200, "quý III-2020", 10)


def test_merged_2025_sums_counts_never_averages_shares(make_figures):
    r = compute_ratios(make_figures(
        dict(doc_id="a", province="Bắc Giang", metric="dossiers_online", value=10),
        dict(doc_id="a", province="Bắc Giang", metric="dossiers_received", value=100),
        dict(doc_id="b", province="Bắc Ninh", metric="dossiers_online", value=90),
        dict(doc_id="b", province="Bắc Ninh", metric="dossiers_received", value=300),
        dict(doc_id="c", province="Bắc Ninh", metric="email_usage_pct", value=90),
    ), merged_2025=True)
    merged = _one(r, level="province_2025", ratio="online_dossier_share")
    assert (merged["province"], merged["numerator"], merged["denominator"]) == ("Bắc Ninh", 100, 400)
    assert merged["value"] == 25  # not (10% + 30%) / 2
    assert merged["members"] == "Bắc Giang;Bắc Ninh" and merged["doc_ids"] == "a;b"
    assert r[(r["level"] == "province_2025") & (r["ratio"] == "email_use")].empty  # stated shares: not summed
    partial = compute_ratios(make_figures(
        dict(province="Bắc Giang", metric="dossiers_online", value=10),
        dict(province="Bắc Giang", metric="dossiers_received", value=100)), merged_2025=True)
    assert "no figures for Bắc Ninh" in _one(partial, level="province_2025")["note"]
    assert set(compute_ratios(make_figures(dict(metric="email_usage_pct", value=1)))["level"]) == {"province"}


def test_targets_match_ratio_and_year(make_figures):
    targets = load_targets()
    assert {"ratio", "target_pct", "by_year", "instrument"} <= set(targets.columns)
    r = compute_ratios(make_figures(*[
        dict(year=y, doc_id=f"d{y}", metric=m, value=v)
        for y in (2019, 2021, 2026) for m, v in (("services_level4", 40), ("services_total", 100))]))
    l4 = r.set_index("year")
    assert (l4.loc[2019, "target_pct"], l4.loc[2019, "target_year"]) == (30, 2020)
    assert (l4.loc[2021, "target_pct"], l4.loc[2021, "target_year"], l4.loc[2021, "gap_to_target"]) == (80, 2025, 40)
    assert math.isnan(l4.loc[2026, "target_pct"]) and math.isnan(l4.loc[2026, "gap_to_target"])


def test_empty_input(make_figures):
    r = compute_ratios(make_figures())
    assert r.empty and list(r.columns) == list(RATIO_COLUMNS)


# ---------------------------------------------------------------- the command
def test_run_ratios_writes_three_tables(seed_figures, tmp_path, capsys):
    src = write_table(seed_figures, tmp_path / "figures.csv")
    assert main(["ratios", str(src), "--out", str(tmp_path / "out")]) == 0
    assert "selected ratios" in capsys.readouterr().out
    ratios = read_table(tmp_path / "out" / "ratios.csv")
    assert list(ratios.columns) == list(RATIO_COLUMNS)
    assert {"check", "doc_id", "expected", "found", "verdict"} <= set(read_table(tmp_path / "out" / "consistency.csv"))
    comps = read_table(tmp_path / "out" / "comparisons.csv")
    assert set(comps["analysis"]) == {"pairwise", "trend"}


def test_run_ratios_bad_input_names_the_file(tmp_path, capsys):
    missing = tmp_path / "nope.csv"
    assert main(["ratios", str(missing), "--out", str(tmp_path / "out")]) != 0
    assert str(missing) in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["ratios", str(bad), "--out", str(tmp_path / "out")]) != 0
    err = capsys.readouterr().err
    assert str(bad) in err and "missing columns" in err
    assert not (tmp_path / "out" / "ratios.csv").exists()


def test_on_the_extracted_seeds():
    """End to end on data/raw through the extractor: the same hand-checked values."""
    from analysis.figures.corpus import extract_corpus

    from pathlib import Path
    raw = Path(__file__).resolve().parents[2] / "data" / "raw"
    if not any(raw.glob("*.txt")):
        pytest.skip(f"no seed articles in {raw}")
    r = compute_ratios(extract_corpus(raw).figures)
    level4 = _one(r, province="Đắk Lắk", year=2019, ratio="level4_share", selected=True)
    assert (level4["numerator"], level4["denominator"], round(level4["value"], 2)) == (271, 1687, 16.06)
    online = _one(r, province="Đắk Lắk", year=2019, ratio="online_dossier_share", selected=True)
    assert (online["numerator"], online["denominator"], round(online["value"], 2)) == (8907, 156815, 5.68)
    assert _one(r, province="Gia Lai", year=2018, ratio="level4_share", selected=True)["kind"] == "bound"


def test_an_exact_stated_share_beats_counts_that_give_only_a_bound_or_estimate(make_figures):
    # levels 3 and 4 without level 2: the counts only bound the share; the article states it exactly
    r = compute_ratios(make_figures(
        dict(metric="services_level3", value=300), dict(metric="services_level4", value=100),
        dict(metric="services_level4_pct", value=20.5)))
    row = _one(r, ratio="level4_share")
    assert (row["basis"], row["value"], row["kind"]) == ("stated:services_level4_pct", 20.5, "exact")
    assert "bound 25.00%" in row["note"]
    # an approximate base ("khoảng 2.000 hồ sơ") makes only an estimate; the stated 4,8% wins
    r = compute_ratios(make_figures(
        dict(metric="dossiers_online", value=96), dict(metric="dossiers_received", value=2000, qualifier="approx"),
        dict(metric="dossiers_online_pct", value=4.8)))
    assert _one(r, ratio="online_dossier_share")["basis"] == "stated:dossiers_online_pct"
    # a stated share that is itself a bound ("trên 20%") does not displace the counts
    r = compute_ratios(make_figures(
        dict(metric="services_level3", value=300), dict(metric="services_level4", value=100),
        dict(metric="services_level4_pct", value=20, qualifier="more_than")))
    assert _one(r, ratio="level4_share")["basis"] == "sum_of_levels"
    # exact counts stay first even when a share is stated too
    r = compute_ratios(make_figures(
        dict(metric="services_level4", value=100), dict(metric="services_total", value=400),
        dict(metric="services_level4_pct", value=25)))
    assert _one(r, ratio="level4_share")["basis"] == "services_total"
