"""Fit the confidence weights (src/analysis/resources/confidence.yml) on hand-checked corpora, and check
them on others.

    python scripts/fit_confidence.py                  # fit on seeds, dev, dev2 and the even-numbered blind sets
    python scripts/fit_confidence.py --write          # ... and write the weights file
    python scripts/fit_confidence.py --check-odd      # reliability, pooled, on the odd-numbered blind sets
    python scripts/fit_confidence.py --check tests/data/heldout3   # reliability on folders with gold.csv

The model is four tables of rates, each (right + 1) / (n + 2) over the predicted rows of the fitting
corpora: how the metric was decided (per cue and head noun when that cell has enough rows, else per cue)
-> the row's metric is right; where the year came from (for the article's own year: how it was settled,
when that cell has enough rows) -> the year is right; where the status came from -> the status is right;
where the article's province came from -> the province is right. A row's confidence is their product. Fitted rows: every predicted core-metric
row of the fitting corpora (a prediction matching no gold row counts as a wrong metric).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import yaml

from analysis.config import resource
from analysis.figures.calibration import reliability
from analysis.figures.corpus import extract_corpus
from analysis.figures.evaluate import _same, evaluate, read_gold

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_FIT = (("seeds", SHARED / "seeds", SHARED / "gold/seed_figures.csv"),
              ("dev", SHARED / "corpus/dev", SHARED / "gold/dev_figures.csv"),
              ("dev2", SHARED / "corpus/dev2", SHARED / "gold/dev2_figures.csv"))
MIN_ROWS = 8


def blind_sets(parity: int) -> list[Path]:
    """The blind sets in tests/data whose number has this parity (heldout, the first, counts as 1)."""
    folders = sorted((ROOT / "tests/data").glob("heldout*"))
    return [f for f in folders if int(f.name.removeprefix("heldout") or 1) % 2 == parity]


def fitting_corpora() -> list[tuple[str, Path, Path]]:
    """Seeds, dev, dev2 and the even-numbered blind sets; the odd ones are left to --check-odd."""
    return [*SHARED_FIT, *((f.name, f, f / "gold.csv") for f in blind_sets(0))]


def scored_rows(folder: Path, gold: Path) -> pd.DataFrame:
    """Predicted core rows with their rule parts and what was right about them."""
    figures = extract_corpus(folder).figures
    _, matches = evaluate(read_gold(gold), figures)
    rows = matches[matches["outcome"].isin(["tp", "fp"])].copy()
    rules = figures.drop_duplicates(["doc_id", "metric", "value"])[["doc_id", "metric", "value", "rule"]]
    rows = rows.merge(rules, on=["doc_id", "metric", "value"], how="left")
    parts = rows["rule"].fillna("metric:?; year:?; status:?; province:?").str.split("; ", expand=True)
    rows["cue"] = parts[0].str.removeprefix("metric:")
    rows["how"] = rows["cue"].str.split("(").str[0]
    rows["year_cue"] = parts[1].str.removeprefix("year:")
    rows["year_source"] = rows["year_cue"].str.split("(").str[0]
    rows["status_source"] = parts[2].str.removeprefix("status:")
    rows["province_source"] = parts[3].str.removeprefix("province:")
    rows["metric_right"] = rows["outcome"] == "tp"
    for attr in ("year", "status", "province"):
        same = [_same(g, p) for g, p in zip(rows.get(f"gold_{attr}"), rows.get(f"pred_{attr}"))]
        rows[f"{attr}_right"] = pd.Series(same, index=rows.index) & rows["metric_right"]
    return rows


def _rates(rows: pd.DataFrame, key: str, right: str, minimum: int = 1) -> dict[str, float]:
    table = rows.groupby(key)[right].agg(["sum", "size"])
    return {str(k): round(float((r["sum"] + 1) / (r["size"] + 2)), 3) for k, r in table.iterrows() if r["size"] >= minimum}


def fit(rows: pd.DataFrame) -> dict[str, dict[str, float]]:
    """The three rate tables (year and status rates over rows whose metric is right)."""
    metric = _rates(rows, "how", "metric_right")
    metric.update(_rates(rows, "cue", "metric_right", MIN_ROWS))
    metric["default"] = float(min(metric.values()))
    right = rows[rows["metric_right"]]
    year = _rates(right, "year_source", "year_right")
    year.update(_rates(right, "year_cue", "year_right", MIN_ROWS))
    status = _rates(right, "status_source", "status_right")
    province = _rates(right, "province_source", "province_right")
    return {"metric": metric, "year": year, "status": status, "province": province}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write src/analysis/resources/confidence.yml")
    parser.add_argument("--check", nargs="*", default=[], help="folders with gold.csv to check calibration on, pooled")
    parser.add_argument("--check-odd", action="store_true", help="check on the odd-numbered blind sets, pooled")
    args = parser.parse_args()
    check = [Path(f) for f in args.check] + (blind_sets(1) if args.check_odd else [])
    if args.write or not check:
        corpora = fitting_corpora()
        rows = pd.concat([scored_rows(folder, gold) for _, folder, gold in corpora], ignore_index=True)
        weights = fit(rows)
        text = (f"# Confidence weights, fitted by scripts/fit_confidence.py on seeds, dev, dev2 and the {len(corpora) - 3} "
                f"even-numbered blind sets ({len(rows)} predicted core rows).\n# Each value is (right + 1) / (n + 2); "
                "a row's confidence is metric x year x status x province (analysis/figures/confidence.py).\n"
                + yaml.safe_dump(weights, allow_unicode=True, sort_keys=True))
        print(text)
        if args.write:
            Path(str(resource("confidence.yml"))).write_text(text, encoding="utf-8")
    if check:
        matches = [evaluate(read_gold(f / "gold.csv"), extract_corpus(f).figures)[1] for f in check]
        print(f"{len(check)} folders, pooled")
        print(reliability(pd.concat(matches, ignore_index=True)).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
