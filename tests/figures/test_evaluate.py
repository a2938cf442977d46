from pathlib import Path
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


def test_per_metric_table_and_errors_by_kind():
    from analysis.figures.evaluate import error_rows, per_metric

    gold = table([("d", "services_total", 10, "exact", "actual", 2019, "A", "g1"),
                  ("d", "services_level4", 2, "exact", "actual", 2019, "A", "g2")])
    pred = table([("d", "services_total", 10.0, "exact", "target", 2020, "A", "p1"),
                  ("d", "services_level4", 3.0, "exact", "actual", 2019, "A", "p2")])
    _, matches = evaluate(gold, pred)
    by_metric = per_metric(matches).set_index("metric")
    assert by_metric.loc["services_total", ["gold", "predicted", "matched"]].tolist() == [1, 1, 1]
    assert by_metric.loc["services_level4", "recall"] == 0 and by_metric.loc["services_level4", "precision"] == 0
    errors = error_rows(matches)
    assert sorted(errors["kind"]) == ["false", "missed", "wrong attribute"]
    wrong = errors[errors["kind"] == "wrong attribute"].iloc[0]
    assert "status actual != target" in wrong["detail"] and "year 2019 != 2020" in wrong["detail"]
    assert wrong["evidence"] == "p1"


def test_cli_keeps_the_summary_lines_and_adds_the_tables(tmp_path, capsys):
    from analysis.cli import main

    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,metric,value,evidence\nd,services_total,10,g\nd,services_level4,2,g\n", encoding="utf-8")
    pred = tmp_path / "pred.csv"
    table([("d", "services_total", 10.0, "exact", "actual", 2019, "A", "s")]).assign(
        period="", unit="count", denominator=None, scope="", start=0, end=2).to_csv(pred, index=False)
    assert main(["evaluate", str(gold), str(pred)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "gold 2  predicted 1  matched 1"
    assert lines[1] == "precision 1.000  recall 0.500  F1 0.667"
    assert any(line.startswith("services_level4") for line in lines)
    assert "missed: d services_level4 2 | g" in lines


def test_evaluate_prints_the_ratios_a_reader_would_see(tmp_path, capsys):
    from analysis.cli import main
    from analysis.figures.corpus import extract_corpus

    folder = Path(__file__).resolve().parents[1] / "data" / "handmade"
    pred = tmp_path / "pred.csv"
    extract_corpus(folder).figures.to_csv(pred, index=False)
    assert main(["evaluate", str(folder / "gold.csv"), str(pred)]) == 0
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("ratios (province level"))
    assert "gold 11" in line and "recall 1.000" in line  # every gold ratio of the hand-made set is shown
