"""Command line: python -m analysis {extract,evaluate,ratios,report}."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _extract(args: argparse.Namespace) -> int:
    from .figures.corpus import run_extract

    return run_extract(Path(args.raw_dir), Path(args.out), manifest=args.manifest, progress=not args.quiet)


def _evaluate(args: argparse.Namespace) -> int:
    from .figures.evaluate import run_evaluate

    return run_evaluate(Path(args.gold), Path(args.pred), tiers=tuple(args.tiers.split(",")))


def _ratios(args: argparse.Namespace) -> int:
    from .ratios.build import run_ratios

    return run_ratios(Path(args.figures), Path(args.out), merged_2025=args.merged_2025)


def _report(args: argparse.Namespace) -> int:
    from .reports.batch import run_report

    return run_report(Path(args.raw), Path(args.out), jobs=args.jobs, with_code=args.with_code)


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree of the command line."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="articles folder -> figures table (+ errors table beside it)")
    p.add_argument("raw_dir", help="folder of .txt articles; RAW_DIR/manifest.csv is read when present")
    p.add_argument("--out", required=True, help="output table, .csv or .parquet")
    p.add_argument("--manifest", default=None, help="manifest.csv (default: RAW_DIR/manifest.csv if present)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_extract)

    p = sub.add_parser("evaluate", help="score a figures table against hand-checked gold figures")
    p.add_argument("gold", help="gold figures CSV (doc_id, metric, value, ..., tier)")
    p.add_argument("pred", help="predicted figures table (.csv or .parquet)")
    p.add_argument("--tiers", default="core", help="gold tiers that must be found (comma separated)")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("ratios", help="figures table -> ratios.csv, consistency.csv, comparisons.csv")
    p.add_argument("figures", help="figures table (.csv or .parquet)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--merged-2025", action="store_true", help="also aggregate to the 34 post-merger provinces")
    p.set_defaults(func=_ratios)

    p = sub.add_parser("report", help="extraction, ratios and notebooks rendered to HTML")
    p.add_argument("--raw", default="data/raw", help="articles folder (default: data/raw)")
    p.add_argument("--out", default="reports", help="output folder (default: reports/)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--with-code", action="store_true", help="show code cells in the HTML")
    p.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
