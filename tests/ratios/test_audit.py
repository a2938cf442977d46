"""Consistency audit: hand-checked findings on the seeds and one small table per rule."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.ratios.audit import AUDIT_COLUMNS, audit, parenthesised_parts

from figure_fixtures import make_figures, seed_figures  # noqa: F401 - pytest fixtures


def _rows(table: pd.DataFrame, check: str, **eq) -> pd.DataFrame:
    out = table[table["check"] == check]
    for col, val in eq.items():
        out = out[out[col] == val]
    return out


# ---------------------------------------------------------------- seeds
def test_seed_stated_shares_agree_with_counts(seed_figures):
    a = audit(seed_figures)
    assert list(a.columns) == list(AUDIT_COLUMNS)
    level4 = _rows(a, "stated_share_vs_counts", metric="services_level4_pct").iloc[0]
    assert level4["found"] == 16.06
    assert level4["expected"] == pytest.approx(100 * 271 / 1687)  # 16.0640...
    assert level4["verdict"] == "ok"
    l3 = _rows(a, "stated_share_vs_counts", metric="dossiers_online_level3_pct").iloc[0]
    assert l3["expected"] == pytest.approx(100 * 5083 / 156815) and l3["verdict"] == "ok"


def test_seed_levels_add_up_and_resolved_within_received(seed_figures):
    a = audit(seed_figures)
    levels = _rows(a, "levels_sum_to_total", doc_id="000_9dc4c8d6a1d21c28").iloc[0]
    assert (levels["expected"], levels["found"], levels["verdict"]) == (1687, 678 + 738 + 271, "ok")
    resolved = _rows(a, "part_le_whole", metric="dossiers_resolved").iloc[0]
    assert (resolved["expected"], resolved["found"], resolved["verdict"]) == (156815, 151170, "ok")


def test_seed_parenthesised_parts_that_do_not_add_up_are_found(seed_figures):
    a = audit(seed_figures)
    parts = _rows(a, "parenthesised_parts_sum", doc_id="001_f620119d92cd88cd")
    by_metric = parts.set_index("metric")
    assert by_metric.loc["network_points", "found"] == 31 + 71 + 3
    assert by_metric.loc["network_points", "verdict"] == "ok"
    assert by_metric.loc["edocs_software_agencies", "expected"] == 99
    assert by_metric.loc["edocs_software_agencies", "found"] == 31 + 9 + 42 + 18
    assert by_metric.loc["edocs_software_agencies", "verdict"] == "mismatch"
    # ... and that is the only inconsistency in the five seeds
    assert a.loc[a["verdict"] != "ok", "metric"].tolist() == ["edocs_software_agencies"]


def test_audit_reports_and_does_not_fix(seed_figures):
    before = seed_figures.copy()
    audit(seed_figures)
    pd.testing.assert_frame_equal(seed_figures, before)


# ---------------------------------------------------------------- parsing the evidence
def test_parenthesised_parts_reads_only_lists_of_counts():
    assert [v for v, _ in parenthesised_parts("tại 1.200 điểm (1.000 điểm cấp xã; 150 huyện; 50 sở)", 1200)] \
        == [1000, 150, 50]
    assert [v for v, _ in parenthesised_parts("có 12 đơn vị (7 sở, 5 huyện)", 12)] == [7, 5]
    assert parenthesised_parts("738 dịch vụ công trực tuyến mức 3 (43,75%)", 738) == []
    assert parenthesised_parts("cập nhật 2.192 thủ tục hành chính (TTHC), có 324 TTHC", 2192) == []
    assert parenthesised_parts("có 12 đơn vị (trong đó 7 sở, 5 huyện)", 12) == []
    assert parenthesised_parts("có 12 đơn vị. Ngoài ra (7 sở; 5 huyện)", 12) == []


# ---------------------------------------------------------------- one rule each
def test_stated_share_off_by_more_than_rounding_is_a_mismatch(make_figures):
    a = audit(make_figures(dict(metric="services_total", value=1687), dict(metric="services_level4", value=271),
                           dict(metric="services_level4_pct", value=16.16)))
    row = _rows(a, "stated_share_vs_counts").iloc[0]
    assert row["verdict"] == "mismatch" and row["found"] == 16.16


def test_stated_share_with_qualifier(make_figures):
    a = audit(make_figures(dict(metric="services_total", value=1687), dict(metric="services_level4", value=271),
                           dict(metric="services_level4_pct", value=15, qualifier="more_than")))
    assert _rows(a, "stated_share_vs_counts").iloc[0]["verdict"] == "ok"
    a = audit(make_figures(dict(metric="services_total", value=1700, qualifier="approx"),
                           dict(metric="services_level4", value=271), dict(metric="services_level4_pct", value=16.06)))
    assert _rows(a, "stated_share_vs_counts").iloc[0]["verdict"] == "ok_with_qualifier"


def test_stated_share_falls_back_to_another_base(make_figures):
    a = audit(make_figures(dict(metric="dossiers_received", value=1000), dict(metric="dossiers_resolved", value=800),
                           dict(metric="dossiers_online", value=80), dict(metric="dossiers_online_pct", value=10)))
    row = _rows(a, "stated_share_vs_counts").iloc[0]
    assert row["verdict"] == "ok" and "dossiers_resolved" in row["detail"]


def test_resolved_above_received_unless_carried_over(make_figures):
    rows = [dict(metric="dossiers_received", value=100), dict(metric="dossiers_resolved", value=120)]
    assert _rows(audit(make_figures(*rows)), "part_le_whole").iloc[0]["verdict"] == "mismatch"
    rows.append(dict(metric="dossiers_carried_over", value=30))
    row = _rows(audit(make_figures(*rows)), "part_le_whole").iloc[0]
    assert row["verdict"] == "ok" and row["expected"] == 130


def test_levels_more_than_total(make_figures):
    a = audit(make_figures(dict(metric="services_total", value=100), dict(metric="services_level2", value=50),
                           dict(metric="services_level3", value=40), dict(metric="services_level4", value=20)))
    row = _rows(a, "levels_sum_to_total").iloc[0]
    assert (row["expected"], row["found"], row["verdict"]) == (100, 110, "mismatch")
    a = audit(make_figures(dict(metric="services_total", value=100), dict(metric="services_level3", value=40),
                           dict(metric="services_level4", value=20)))
    assert _rows(a, "levels_within_total").iloc[0]["verdict"] == "ok"


def test_scoped_dossiers_against_province_total(make_figures):
    tiers = [dict(metric="dossiers_received", value=v, scope=s)
             for v, s in ((300, "cấp tỉnh"), (500, "cấp huyện"), (200, "cấp xã"))]
    ok = audit(make_figures(dict(metric="dossiers_received", value=1000), *tiers))
    assert _rows(ok, "scopes_sum_to_total").iloc[0]["verdict"] == "ok"
    bad = audit(make_figures(dict(metric="dossiers_received", value=900), *tiers))
    row = _rows(bad, "scopes_sum_to_total").iloc[0]
    assert (row["expected"], row["found"], row["verdict"]) == (900, 1000, "mismatch")
    partial = audit(make_figures(dict(metric="dossiers_received", value=900), *tiers[:2]))
    assert _rows(partial, "scopes_within_total").iloc[0]["verdict"] == "ok"


def test_percent_above_100(make_figures):
    a = audit(make_figures(dict(metric="edocs_pct", value=120, status="target")))
    assert _rows(a, "percent_le_100").iloc[0]["verdict"] == "mismatch"


def test_stated_twice(make_figures):
    a = audit(make_figures(dict(metric="dossiers_received", value=156815, evidence="A", start=10),
                           dict(metric="dossiers_received", value=156851, evidence="B", start=90)))
    row = _rows(a, "stated_twice").iloc[0]
    assert (row["expected"], row["found"], row["verdict"]) == (156815, 156851, "mismatch")
    a = audit(make_figures(dict(metric="dossiers_resolved", value=59000, qualifier="more_than", evidence="A"),
                           dict(metric="dossiers_resolved", value=59720, evidence="B", start=50)))
    assert _rows(a, "stated_twice").iloc[0]["verdict"] == "ok_with_qualifier"
    # two values of one metric in one sentence count different things: not a restatement
    a = audit(make_figures(dict(metric="video_conference_points", value=4, evidence="4 điểm cầu tỉnh và 9 huyện"),
                           dict(metric="video_conference_points", value=9, evidence="4 điểm cầu tỉnh và 9 huyện")))
    assert _rows(a, "stated_twice").empty


def test_empty_table(make_figures):
    a = audit(make_figures())
    assert a.empty and list(a.columns) == list(AUDIT_COLUMNS)


def test_on_the_extracted_seeds():
    """End to end on data/raw through the extractor: the audit finds the 99 ≠ 31 + 9 + 42 + 18."""
    from analysis.figures.corpus import extract_corpus

    from pathlib import Path
    raw = Path(__file__).resolve().parents[2] / "data" / "raw"
    if not any(raw.glob("*.txt")):
        pytest.skip(f"no seed articles in {raw}")
    a = audit(extract_corpus(raw).figures)
    found = _rows(a, "parenthesised_parts_sum", verdict="mismatch")
    assert (found["expected"].tolist(), found["found"].tolist()) == ([99.0], [100.0])


def test_details_keep_every_digit_of_large_counts(make_figures):
    from analysis.ratios.audit import audit as run_audit
    out = run_audit(make_figures(dict(metric="dossiers_resolved", value=1139324, evidence="a 1.139.324"),
                                 dict(metric="dossiers_received", value=996023, evidence="b 996.023", start=20)))
    row = out[out["check"] == "part_le_whole"].iloc[0]
    assert "1139324" in row["detail"] and "e+" not in row["detail"]
