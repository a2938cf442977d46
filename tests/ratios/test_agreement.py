"""Ratio agreement (ratios/agreement.py): the ratios a reader sees, from predicted figures against gold."""
import pandas as pd

from analysis.ratios.agreement import agreement, gold_figures
from analysis.schema import as_figures


def _figures(rows: list[tuple]) -> pd.DataFrame:
    return as_figures([{"doc_id": "d", "province": p, "year": y, "period": None, "metric": m, "value": v,
                        "unit": "percent" if m.endswith("_pct") else "count", "denominator": None,
                        "qualifier": "exact", "status": "actual", "scope": None, "evidence": "x",
                        "start": i * 10, "end": i * 10 + 5} for i, (p, y, m, v) in enumerate(rows)])


GOLD = [("Gia Lai", 2020, "dossiers_received", 1000), ("Gia Lai", 2020, "dossiers_online", 250),
        ("Kon Tum", 2020, "services_total", 400), ("Kon Tum", 2020, "services_level4", 100)]


def test_the_same_figures_agree_fully():
    found = agreement(_figures(GOLD), _figures(GOLD))
    assert (found.gold, found.shown, found.agree, found.recall, found.precision) == (2, 2, 2, 1.0, 1.0)


def test_a_wrong_count_gives_one_missing_and_one_spurious_ratio():
    predicted = _figures([*GOLD[:3], ("Kon Tum", 2020, "services_level4", 140)])  # 35% instead of 25%
    found = agreement(_figures(GOLD), predicted)
    assert (found.agree, found.recall, found.precision) == (1, 0.5, 0.5)
    assert found.missing[["province", "ratio", "value"]].values.tolist() == [["Kon Tum", "level4_share", 25.0]]
    assert found.spurious["value"].tolist() == [35.0]


def test_a_ratio_within_half_a_point_agrees_and_a_missing_province_is_missing():
    predicted = _figures([("Gia Lai", 2020, "dossiers_received", 1000), ("Gia Lai", 2020, "dossiers_online", 254)])
    found = agreement(_figures(GOLD), predicted)
    assert (found.agree, found.gold, found.shown) == (1, 2, 1)
    assert found.missing["province"].tolist() == ["Kon Tum"]


def test_gold_rows_become_a_figures_table_without_bonus_rows_and_with_the_notes_scope():
    gold = pd.DataFrame({"doc_id": ["a", "a"], "province": ["Gia Lai", "Gia Lai"], "year": pd.array([2020, None], "Int64"),
                         "metric": ["dossiers_received", "dossiers_online"], "value": [10.0, 2.0],
                         "unit": ["count", "count"], "denominator": ["", ""], "qualifier": ["exact", "more_than"],
                         "status": ["actual", "actual"], "tier": ["core", "bonus"], "evidence": ["x", "y"]})
    notes = pd.DataFrame({"doc_id": ["a", "a"], "scope": ["cấp tỉnh", ""], "period": ["năm 2020", ""]})
    table = gold_figures(gold, notes)
    assert table[["metric", "scope", "period"]].values.tolist() == [["dossiers_received", "cấp tỉnh", "năm 2020"]]
