"""Score the extractor on every shared corpus in one process: F1 and attribute accuracies per corpus.

Usage: python scripts/score_corpora.py [--errors CORPUS]   (CORPUS: seeds | dev | dev2)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from analysis.figures.calibration import reliability
from analysis.figures.corpus import extract_corpus
from analysis.figures.evaluate import evaluate, read_gold

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = {"seeds": ("seeds", "seed_figures"), "dev": ("corpus/dev", "dev_figures"),
           "dev2": ("corpus/dev2", "dev2_figures")}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", default="", help="list the errors of this corpus")
    args = parser.parse_args()
    everything = []
    for name, (folder, gold) in CORPORA.items():
        figures = extract_corpus(SHARED / folder).figures
        score, matches = evaluate(read_gold(SHARED / "gold" / f"{gold}.csv"), figures)
        everything.append(matches.assign(corpus=name))
        acc = "  ".join(f"{k[:4]} {v:.3f}" for k, v in score.accuracy.items())
        print(f"{name:6s} F1 {score.f1:.3f}  P {score.precision:.3f}  R {score.recall:.3f}  "
              f"({score.matched}/{score.gold} gold, {score.predicted} pred)  {acc}")
        if name == args.errors:
            for row in matches[matches["outcome"].isin(["fn", "fp"])].itertuples():
                print(f"  {row.outcome} {row.doc_id} {row.metric} {row.value:g} | {str(row.evidence)[:160]}")
            found = matches[matches["outcome"] == "tp"]
            for attr in ("year", "status", "qualifier", "province"):
                bad = found[found[f"gold_{attr}"].astype(str) != found[f"pred_{attr}"].astype(str)]
                for row in bad.itertuples():
                    g, p = getattr(row, f"gold_{attr}"), getattr(row, f"pred_{attr}")
                    if str(g) in ("nan", "<NA>", "None") and str(p) in ("nan", "<NA>", "None"):
                        continue
                    print(f"  {attr} {row.doc_id} {row.metric} {row.value:g} gold {g} pred {p} | {str(row.evidence)[:100]}")
    all_matches = pd.concat(everything, ignore_index=True)
    for name in [*CORPORA, "all"]:
        part = all_matches if name == "all" else all_matches[all_matches["corpus"] == name]
        table = reliability(part)
        cells = "  ".join(f"{r.bin}: {r.rows} rows ({r.share_of_rows:.0%}), right {r.right:.2f}"
                          for r in table.itertuples() if r.rows)
        print(f"reliability {name:5s} {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
