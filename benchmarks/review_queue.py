"""Is the review queue worth an analyst's time, and what does applying corrections cost?

    .venv/bin/python benchmarks/review_queue.py [--shared ../shared]

Per hand-checked corpus: core rows predicted (those gold can judge), how many are wrong (gold: a matched row with a wrong year,
status, qualifier or province, or a core row that matches no gold row), then the review queue at the
default threshold (confidence < 0.8), judged rows only: its length, the wrong rows it holds and the share of all wrong rows it
catches; and how many wrong rows the first 10 of the queue hold. Then the time to apply 0, 100 and 1000
correction lines to a figures table of 100 000 rows (20 000 articles).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (("dev2", "shared", "corpus/dev2", "gold/dev2_figures.csv"),
           ("heldout", "repo", "tests/data/heldout", "tests/data/heldout/gold.csv"),
           ("heldout2", "repo", "tests/data/heldout2", "tests/data/heldout2/gold.csv"),
           ("heldout3", "repo", "tests/data/heldout3", "tests/data/heldout3/gold.csv"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default: ../shared)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    import pandas as pd

    from analysis.figures.calibration import row_correct
    from analysis.figures.corpus import extract_corpus
    from analysis.figures.evaluate import evaluate, read_gold
    from analysis.ratios.audit import audit
    from analysis.ratios.build import compute_ratios
    from analysis.review.apply import apply_corrections
    from analysis.review.corrections import correction_line, empty_corrections, parse_corrections, to_csv_text
    from analysis.review.queue import review_queue

    print(f"{'corpus':<9} {'rows':>5} {'wrong':>6} {'queue':>6} {'wrong in queue':>15} {'caught':>7} {'top10 wrong':>12}")
    for name, base, folder, gold_file in CORPORA:
        root = Path(args.shared) if base == "shared" else ROOT
        if not (root / folder).is_dir():
            print(f"{name:<9} skipped: {root / folder} not found")
            continue
        figures = extract_corpus(root / folder).figures
        _, matches = evaluate(read_gold(root / gold_file), figures)
        labels = row_correct(matches)
        wrong_keys = {(r.doc_id, r.metric, float(r.value)) for r in labels.itertuples() if not r.right}
        judged = {(r.doc_id, r.metric, float(r.value)) for r in labels.itertuples()}
        queue = review_queue(figures, empty_corrections(), compute_ratios(figures), audit(figures))
        queue = queue[[(r.doc_id, r.metric, float(r.value)) in judged for r in queue.itertuples()]]
        is_wrong = [(r.doc_id, r.metric, float(r.value)) in wrong_keys for r in queue.itertuples()]
        in_queue = sum(is_wrong)
        print(f"{name:<9} {len(labels):>5} {len(wrong_keys):>6} {len(queue):>6} {in_queue:>15} "
              f"{in_queue / max(len(wrong_keys), 1):>7.0%} {sum(is_wrong[:10]):>12}")

    big = pd.concat([extract_corpus(ROOT / "data" / "raw").figures] * 1540, ignore_index=True).head(100_000)
    big["doc_id"] = [f"doc{i // 5:05d}" for i in range(len(big))]
    documents = pd.DataFrame({"doc_id": big["doc_id"].unique(), "sha256": "a" * 64})
    for n in (0, 100, 1000):
        lines = [correction_line(r, "a" * 64, "drop") for _, r in big.iloc[: n * 97: 97].iterrows()] if n else []
        table = parse_corrections(to_csv_text(lines)) if lines else empty_corrections()
        started = time.perf_counter()
        done = apply_corrections(big, table, documents)
        print(f"apply {n:>4} lines to {len(big)} rows: {time.perf_counter() - started:.2f} s "
              f"({done.count('applied')} applied)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
