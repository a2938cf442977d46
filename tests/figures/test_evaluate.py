import pandas as pd

from analysis.figures.evaluate import evaluate, read_gold


def table(rows, cols=("doc_id", "metric", "value", "qualifier", "status", "year", "province", "evidence")):
    return pd.DataFrame([dict(zip(cols, r)) for r in rows])


def test_precision_recall_and_neutral_rows():
    gold = table([("d", "services_total", 10, "exact", "actual", 2019, "A", ""),
                  ("d", "services_level4", 2, "exact", "actual", 2019, "A", ""),
                  ("d", "dossiers_received", 5, "exact", "actual", 2019, "A", "")]).assign(tier=["core", "core", "bonus"])
    pred = table([("d", "services_total", 10.0, "approx", "actual", 2019, "A", "s"),
                  ("d", "services_level4", 3.0, "exact", "actual", 2019, "A", "s"),
                  ("d", "dossiers_received", 5.0, "exact", "actual", 2019, "A", "s"),
                  ("other", "services_total", 1.0, "exact", "actual", 2019, "A", "s")])
    result, matches = evaluate(gold, pred)
    assert (result.matched, result.gold, result.predicted) == (1, 2, 2)
    assert result.precision == 0.5 and result.recall == 0.5
    assert result.accuracy["qualifier"] == 0.0 and result.accuracy["year"] == 1.0
    assert sorted(matches["outcome"]) == ["fn", "fp", "neutral", "tp"]


def test_read_gold_repairs_unquoted_commas_in_the_last_column(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("doc_id,metric,value,year,evidence\nd,edocs_pct,95,,ước đạt 95%, trừ văn bản mật\n", encoding="utf-8")
    gold = read_gold(path)
    assert gold.loc[0, "evidence"] == "ước đạt 95%, trừ văn bản mật" and gold.loc[0, "value"] == 95
