"""Extraction quality on the hand-checked corpora: seeds, dev and dev2 (../shared), core and all tiers.

    .venv/bin/python benchmarks/extract_quality.py [--shared ../shared]

Prints one summary table (gold, predicted, matched, precision, recall, F1 and attribute accuracies per
corpus and tier set), then the reliability of the confidence column per corpus and over all three;
`--errors dev2` lists that corpus's errors. `python -m analysis evaluate GOLD PRED` gives the per-metric
table for one table.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (("seeds", "seeds", "gold/seed_figures.csv"), ("dev", "corpus/dev", "gold/dev_figures.csv"),
           ("dev2", "corpus/dev2", "gold/dev2_figures.csv"))
TIERS = (("core",), ("core", "extra", "bonus"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default: ../shared)")
    parser.add_argument("--errors", default="", help="list the core errors of this corpus (seeds, dev, dev2)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from analysis.figures.corpus import extract_corpus
    import pandas as pd

    from analysis.figures.calibration import reliability
    from analysis.figures.evaluate import error_rows, evaluate, read_gold

    shared = Path(args.shared)
    core: dict[str, pd.DataFrame] = {}
    print(f"{'corpus':<7} {'tiers':<16} {'gold':>5} {'pred':>5} {'match':>5} {'prec':>6} {'recall':>6} {'F1':>6}"
          f" {'qualif':>6} {'status':>6} {'year':>6} {'prov':>6}")
    for name, folder, gold_file in CORPORA:
        if not (shared / folder).is_dir():
            print(f"{name:<7} skipped: {shared / folder} not found")
            continue
        figures = extract_corpus(shared / folder).figures
        gold = read_gold(shared / gold_file)
        for tiers in TIERS:
            score, matches = evaluate(gold, figures, tiers)
            if tiers == ("core",):
                core[name] = matches
            acc = [score.accuracy.get(a, float("nan")) for a in ("qualifier", "status", "year", "province")]
            print(f"{name:<7} {','.join(tiers):<16} {score.gold:>5} {score.predicted:>5} {score.matched:>5}"
                  f" {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f}"
                  + "".join(f" {a:>6.3f}" for a in acc))
    for name in [*core, "all"]:
        table = reliability(pd.concat(core.values()) if name == "all" else core[name])
        cells = "  ".join(f"{r.bin}: {r.rows} rows ({r.share_of_rows:.0%}) right {r.right:.2f}"
                          for r in table.itertuples() if r.rows)
        print(f"reliability {name:<5} {cells}")
    if args.errors in core:
        for r in error_rows(core[args.errors]).itertuples():
            detail = f" [{r.detail}]" if r.detail else ""
            print(f"  {r.kind}: {r.doc_id} {r.metric} {r.value:g}{detail} | {str(r.evidence)[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
