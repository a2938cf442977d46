"""Command line: python -m analysis {extract,correct,evaluate,ratios,report}.

The only module that prints or decides an exit status: 0 success, 1 done but something failed (an
article that could not be read, a notebook that raised), 2 bad input (command line, folder, table).
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import math
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

from typing import TYPE_CHECKING

from . import pipeline
from .figures.files import DEFAULT_MAX_BYTES, ExtractError
from .tableio import OutputError, output_problem

if TYPE_CHECKING:  # each command imports what it uses: `report` with nothing to re-run starts in a fraction of a second
    import pandas as pd

ENGINES = ("processes", "dask")  # figures.corpus.ENGINES, named here so the parser needs no extractor (test)


def _positive(text: str) -> int:
    """argparse type: an integer >= 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _err(message: str) -> None:
    print(message, file=sys.stderr)


FILE_SUFFIXES = {".csv", ".parquet", ".html", ".htm", ".json", ".txt", ".ipynb", ".xlsx", ".zip"}


def _folder_out(path: str) -> str:
    """'' when path can be an output folder; else why not (an existing file, or a name that looks like one)."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        return f"--out {path} is a file; give a folder (e.g. reports/)"
    if not out.exists() and out.suffix.lower() in FILE_SUFFIXES:
        return f"--out {path} looks like a file name; give a folder (e.g. reports/)"
    problem = output_problem(out, folder=True)
    return f"--out {problem}" if problem else ""


def _reports_out(path: str) -> str:
    """'' when path can take a report batch: new, empty, or a batch's output; the batch replaces it as a whole,
    so a folder of other files (data/, the project) is refused rather than wiped."""
    out = Path(path)
    if out.is_dir() and any(out.iterdir()) and not ((out / "index.html").is_file()
                                                    or (out / "batch-manifest.json").is_file()):
        return (f"--out {path} is a folder of other files, not a reports folder (the batch replaces it as a whole); "
                f"give a new folder or one a report wrote")
    return ""


def _table_out(path: str) -> str:
    """'' when path can take extract's table (a file, a new or empty folder, or a dataset it wrote before); else
    why not: an existing folder holding other files would be replaced by the dataset as a whole."""
    out = Path(path)
    if out.is_dir() and out.suffix.lower() == ".csv":
        return f"--out {path} is a folder; give a table file name (e.g. {Path(path) / 'figures.csv'})"
    if out.is_dir() and any(out.iterdir()) and not any(out.glob("part-*.parquet")):
        return (f"--out {path} is a folder of other files, not a figures dataset; give a table file "
                f"(e.g. {Path(path) / 'figures.csv'}) or a new folder")
    return ""


def _input(path: str | None, what: str, folder_ok: bool = False) -> str:
    """'' when path (if given) is an input file (or, folder_ok, a Parquet dataset folder); else a one-line reason."""
    if path is None:
        return ""
    given = Path(path)
    if not given.exists():
        return f"{path}: no such {what}"
    if given.is_dir() and not (folder_ok and any(given.glob("*.parquet"))):
        return f"{path}: is a folder; expected a {what}"
    return ""


def _extract(args: argparse.Namespace) -> int:
    from .figures.parallel import cpu_count
    from .review.corrections import CorrectionsError, chosen_path

    problem = _table_out(args.out) or _input(args.manifest, "manifest file")
    if problem:
        _err(f"error: {problem}")
        return 2
    try:
        corrections = chosen_path(args.corrections, args.no_corrections)  # a bad file stops before extraction
        with _sigterm_as_interrupt():
            done = pipeline.extract(Path(args.raw_dir), Path(args.out), args.manifest, progress=not args.quiet,
                                    jobs=args.jobs or cpu_count(), engine=args.engine, scheduler=args.scheduler,
                                    max_bytes=int(args.max_size * 1e6), follow_symlinks=args.follow_symlinks,
                                    correct=not args.no_corrections, corrections=corrections)
    except (ExtractError, CorrectionsError, OutputError) as exc:
        _err(f"error: {exc}")
        return 2
    except KeyboardInterrupt:
        _err(f"extract: interrupted; {args.out} left as it was, nothing half-written")
        return 130
    for error in done.errors:
        _err(f"error: {error['error']}")
    _err(f"extracted {done.n_figures} figures from {done.n_documents} documents"
         f" ({len(done.errors)} failed) -> {done.figures_path}")
    return 1 if _say_corrections(done.correction) or done.errors else 0


def _say_corrections(fixed: pipeline.Correction | None) -> int:
    """One line on what the corrections did, one per stale line (stderr); the number of stale lines."""
    if fixed is None or fixed.corrections_path is None:
        return 0
    applied = fixed.applied
    for r in applied.stale.itertuples():
        _err(f"stale: {fixed.corrections_path} line {r.line}: {r.action} {r.doc_id} {r.metric} {r.value:g} "
             f"at {r.start}-{r.end}: {r.detail}")
    sources = applied.sources()
    _err(f"corrections: {applied.count('applied')} of {len(applied.outcomes)} lines applied "
         f"({sources['corrected']} figures corrected, {sources['added']} added), {len(applied.stale)} stale, "
         f"{applied.count('not_in_corpus')} for other articles; {fixed.corrections_path} -> {fixed.outcomes_path}")
    return len(applied.stale)


def _correct(args: argparse.Namespace) -> int:
    from .review.corrections import CorrectionsError, chosen_path

    problem = _input(args.figures, "figures table")
    if problem:
        _err(f"error: {problem}")
        return 2
    try:
        corrections = chosen_path(args.corrections)
        fixed = pipeline.correct(Path(args.figures), corrections)
    except (CorrectionsError, ValueError) as exc:
        _err(f"error: {exc}")
        return 2
    if corrections is None:
        _err("correct: no corrections file (data/corrections.csv absent); every row is source=extracted")
    return 1 if _say_corrections(fixed) else 0


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM raises KeyboardInterrupt while the block runs, so temporary outputs are cleaned up."""
    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _pct(x: float) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def _print_reliability(matches: pd.DataFrame) -> None:
    """The reliability table: per confidence bin, rows and the share of them right as a whole."""
    from .figures.calibration import reliability

    table = reliability(matches)
    if not table["rows"].sum():
        return
    print(f"\n{'confidence':<10} {'rows':>5} {'share':>6} {'right':>6} {'mean conf':>9}")
    for r in table.itertuples():
        print(f"{r.bin:<10} {r.rows:>5} {r.share_of_rows:>6.0%} {_pct(r.right):>6} {_pct(r.mean_confidence):>9}")


def _notes_for(gold: Path, given: str | None) -> Path | None:
    """The gold's notes file (scope, period): the one given, else `<x>_notes.csv` beside `<x>_figures.csv` or
    `<stem>_notes.csv` beside `<stem>.csv` when present."""
    if given:
        return Path(given)
    for name in (gold.name.replace("_figures.csv", "_notes.csv"), f"{gold.stem}_notes.csv"):
        if name != gold.name and (gold.parent / name).is_file():
            return gold.parent / name
    return None


def _print_ratio_agreement(gold: pd.DataFrame, pred: Path, notes: Path | None) -> None:
    """The ratios a reader would see, from the predicted figures against those from the gold figures."""
    import pandas as pd

    from .ratios.agreement import agreement, gold_figures
    from .tableio import read_figures

    try:
        found = agreement(gold_figures(gold, pd.read_csv(notes, dtype=str).fillna("") if notes else None),
                          read_figures(pred))
    except (ValueError, KeyError) as exc:
        print(f"\nratio agreement: not computed ({exc})")
        return
    print(f"\nratios (province level, as a reader sees them): gold {found.gold}  shown {found.shown}  "
          f"agree {found.agree}  recall {found.recall:.3f}  precision {found.precision:.3f}")
    for label, table in (("missing ratio", found.missing), ("spurious ratio", found.spurious)):
        for r in table.itertuples():
            print(f"{label}: {r.province} {r.year or '-'} {r.ratio} {r.status} {r.value:.2f}")


def _corrections_as_gold(corrections: Path, pred: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(gold, predicted) when the gold given is a corrections file: the figures the analyst reviewed."""
    import pandas as pd

    from .figures.corpus import side_paths
    from .review.corrections import read_corrections
    from .tableio import read_figures, read_table
    from .review.evidence import article_texts
    from .review.measure import reviewed

    lines = read_corrections(corrections)
    extracted = read_figures(pred)
    documents_path = side_paths(pred.with_name(pred.name.replace("_extracted", "")))[0]
    documents = read_table(documents_path) if documents_path.exists() else pd.DataFrame(columns=["doc_id", "sha256"])
    adds = set(lines.loc[lines["action"] == "add", "doc_id"])
    texts = article_texts(documents[documents["doc_id"].isin(adds)]) if adds and "path" in documents else {}
    return reviewed(extracted, lines, documents, texts)


def _evaluate(args: argparse.Namespace) -> int:
    from .figures.evaluate import ERROR_KINDS, error_rows, evaluate, per_metric, read_gold
    from .tableio import read_table

    gold_path, pred_path = Path(args.gold), Path(args.pred)
    problem = (_input(args.gold, "gold file") or _input(args.pred, "figures table", folder_ok=True)
               or _input(args.notes, "notes file"))
    if problem:
        _err(f"error: {problem}")
        return 2
    by_analyst = False
    try:
        by_analyst = gold_path.read_text(encoding="utf-8-sig").startswith("action,")
        if by_analyst:  # the analyst's corrections file: the figures they reviewed are the gold
            gold, pred = _corrections_as_gold(gold_path, pred_path)
        else:
            gold, pred = read_gold(gold_path), read_table(pred_path)
    except (OSError, ValueError) as exc:
        _err(f"error: {exc}")
        return 2
    result, matches = evaluate(gold, pred, tuple(args.tiers.split(",")))
    print(f"gold {result.gold}  predicted {result.predicted}  matched {result.matched}")
    print(f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}")
    for attr, value in result.accuracy.items():
        print(f"{attr} accuracy on matched rows: {value:.3f}")
    _print_reliability(matches)
    print(f"\n{'metric':<34} {'gold':>5} {'pred':>5} {'match':>5} {'recall':>7} {'precision':>9}")
    for r in per_metric(matches).itertuples():
        print(f"{r.metric:<34} {r.gold:>5} {r.predicted:>5} {r.matched:>5} {_pct(r.recall):>7} {_pct(r.precision):>9}")
    if not by_analyst:  # reviewed figures are a sample of each article: their ratios would mean nothing
        _print_ratio_agreement(gold, Path(args.pred), _notes_for(Path(args.gold), args.notes))
    errors = error_rows(matches)
    for kind, meaning in ERROR_KINDS.items():
        rows = errors[errors["kind"] == kind]
        print(f"\n{kind} ({meaning}): {len(rows)}")
        for r in rows.itertuples():
            detail = f" [{r.detail}]" if r.detail else ""
            print(f"{kind}: {r.doc_id} {r.metric} {r.value:g}{detail} | {r.evidence}")
    return 0


def _ratios(args: argparse.Namespace) -> int:
    import pandas as pd

    problem = _input(args.figures, "figures table", folder_ok=True) or _folder_out(args.out)
    if problem:
        _err(f"ratios: {problem}")
        return 2
    try:
        done = pipeline.ratio_tables(Path(args.figures), Path(args.out), merged_2025=args.merged_2025)
    except ValueError as exc:
        _err(f"ratios: {exc}")
        return 2
    ratios, checks = done.ratios, done.consistency
    selected = ratios[ratios["selected"] & (ratios["level"] == "province")]
    flagged = int((checks["verdict"] == "mismatch").sum()) if not checks.empty else 0
    print(f"ratios: {len(selected)} selected ratios ({len(ratios)} rows) for "
          f"{selected['province'].replace('', pd.NA).nunique()} provinces; "
          f"audit {flagged} mismatches in {len(checks)} checks; {len(done.comparisons)} comparison rows -> {done.out_dir}")
    return 0


def _report(args: argparse.Namespace) -> int:
    from .reports.batch import ParameterError  # papermill and jupyter: imported only for `report`
    from .reports.runs import Timeouts
    from .review.corrections import CorrectionsError, chosen_path

    problem = (_folder_out(args.out) or _reports_out(args.out) or _years(args.year_min, args.year_max)
               or _figures_source(args))
    if problem:
        _err(f"report: {problem}")
        return 2
    timeouts = Timeouts(cell=args.cell_timeout or None, report=args.report_timeout or None)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        done = pipeline.report(Path(args.raw or "data/raw"), Path(args.out), jobs=args.jobs, with_code=args.with_code,
                               force=args.force, timeouts=timeouts,
                               corrections=chosen_path(args.corrections, args.no_corrections, validate=False),
                               parameters=notebook_parameters(args),
                               figures=Path(args.figures) if args.figures else None)
    except (ExtractError, ParameterError, NotADirectoryError, CorrectionsError, OutputError) as exc:
        _err(f"report: {exc}")
        return 2
    except KeyboardInterrupt:
        _err(f"report: interrupted; nothing published ({args.out} is as it was)")
        # Staging is removed and the kernels are dead; what is left are worker threads inside kernel clients,
        # which the interpreter's exit would wait seconds for. Leave now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if done.extraction_error:
        _err(f"report: extraction failed: {done.extraction_error}")
    for error in done.extraction.errors if done.extraction else []:
        _err(f"error: {error['error']}")
    if done.ratios_error:
        _err(f"ratios: {done.ratios_error}")
    kept = f", {len(done.reused)} steps reused" if done.reused else ""
    print(f"report: {len(done.runs) - len(done.failed)}/{len(done.runs)} notebooks ok in "
          f"{done.seconds:.1f} s with {done.jobs} workers{kept} -> {done.index}")
    for r in done.failed:
        _err(f"report: FAILED {r.key}: {r.error}")
    return 0 if done.ok else 1


def _figures_source(args: argparse.Namespace) -> str:
    """'' when report's --figures (if given) is a figures table and comes without --raw or corrections options."""
    if args.figures is None:
        return ""
    if args.raw is not None:
        return "give --raw (articles to extract) or --figures (a table extracted before), not both"
    if args.corrections is not None or args.no_corrections:
        return ("--figures takes the table as it is; apply corrections to it first (python -m analysis correct), "
                "without --corrections/--no-corrections here")
    return _input(args.figures, "figures table", folder_ok=True)


def _years(year_min: int | None, year_max: int | None) -> str:
    if year_min is not None and year_max is not None and year_min > year_max:
        return f"--year-min {year_min} is after --year-max {year_max}"
    return ""


def _provinces(text: str) -> list[str]:
    """argparse type: comma-separated province names (at least one)."""
    names = [n.strip() for n in text.split(",") if n.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give at least one province name, e.g. --provinces 'Hòa Bình,Yên Bái'")
    return names


def notebook_parameters(args: argparse.Namespace) -> dict:
    """The notebook parameters given on the command line (only those given), for the notebooks that declare them."""
    given = {"provinces": args.provinces, "year_min": args.year_min, "year_max": args.year_max,
             "merged_2025": args.merged_2025 or None}
    return {name: value for name, value in given.items() if value is not None}


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM ends a report like Ctrl-C: staging removed, nothing published, kernels stopped."""
    raise KeyboardInterrupt


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree of the command line."""
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="articles folder -> figures table (+ errors table beside it)")
    p.add_argument("raw_dir", help="folder of articles (.txt, .html/.htm, .pdf, .docx); RAW_DIR/manifest.csv "
                   "is read when present")
    p.add_argument("--out", required=True,
                   help="output table, .csv or .parquet, or a folder (partitioned Parquet dataset)")
    p.add_argument("--manifest", default=None, help="manifest.csv (default: RAW_DIR/manifest.csv if present)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--jobs", type=_positive, default=None,
                   help="worker processes (default: all cores); the table is the same as with --jobs 1")
    p.add_argument("--engine", choices=ENGINES, default="processes",
                   help="processes (this machine) or dask (pip install '.[dask]')")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="dask.distributed scheduler, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster of --jobs workers)")
    p.add_argument("--max-size", type=float, default=DEFAULT_MAX_BYTES / 1e6, metavar="MB",
                   help=f"larger files are refused with an error (default: {DEFAULT_MAX_BYTES / 1e6:g} MB)")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="read symbolic links that point outside RAW_DIR (refused by default)")
    p.add_argument("--corrections", default=None,
                   help="corrections file applied after extraction (default: data/corrections.csv if present)")
    p.add_argument("--no-corrections", action="store_true", help="write the extractor's table as it is")
    p.set_defaults(func=_extract)

    p = sub.add_parser("correct", help="apply the corrections file again to an extracted figures table")
    p.add_argument("figures", help="figures table written by extract (its _extracted and _documents tables beside it)")
    p.add_argument("--corrections", default=None, help="corrections file (default: data/corrections.csv)")
    p.set_defaults(func=_correct)

    p = sub.add_parser("evaluate", help="score a figures table against hand-checked gold figures")
    p.add_argument("gold", help="gold figures CSV (doc_id, metric, value, ..., tier), or a corrections file "
                                "(data/corrections.csv): the figures the analyst reviewed are the gold")
    p.add_argument("pred", help="predicted figures table (.csv or .parquet); with a corrections file, the "
                                "extractor's own table (<stem>_extracted.csv, or extract --no-corrections)")
    p.add_argument("--tiers", default="core", help="gold tiers that must be found (comma separated)")
    p.add_argument("--notes", default=None, help="gold notes CSV (scope, period) for the ratio comparison "
                                                   "(default: <gold>_notes.csv or the *_notes.csv twin when present)")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("ratios", help="figures table -> ratios.csv, consistency.csv, comparisons.csv")
    p.add_argument("figures", help="figures table (.csv or .parquet)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--merged-2025", action="store_true", help="also aggregate to the 34 post-merger provinces")
    p.set_defaults(func=_ratios)

    p = sub.add_parser("report", help="extraction, ratios and notebooks rendered to HTML")
    p.add_argument("--raw", default=None, help="articles folder (default: data/raw)")
    p.add_argument("--figures", default=None, metavar="TABLE",
                   help="a figures table written before (.csv, .parquet or a dataset folder; the tables beside it "
                        "come along): used as it is, no extraction")
    p.add_argument("--out", default="reports", help="output folder (default: reports/)")
    p.add_argument("--jobs", type=_positive, default=None, help="worker processes, at least 1 (default: all cores)")
    p.add_argument("--with-code", action="store_true", help="show code cells in the HTML")
    p.add_argument("--corrections", default=None,
                   help="corrections file applied after extraction (default: data/corrections.csv if present)")
    p.add_argument("--no-corrections", action="store_true", help="report on the extractor's table as it is")
    p.add_argument("--force", action="store_true", help="re-run every step, even those whose inputs are unchanged")
    p.add_argument("--cell-timeout", type=float, default=600.0,
                   help="seconds one notebook cell may run (default 600; 0 = no limit)")
    p.add_argument("--report-timeout", type=float, default=1800.0,
                   help="seconds one notebook may run in all (default 1800; 0 = no limit)")
    p.add_argument("--provinces", type=_provinces, default=None, metavar="A,B",
                   help="notebook parameter: only these provinces (notebooks that declare `provinces`: 02)")
    p.add_argument("--year-min", type=int, default=None, help="notebook parameter: first year shown (02)")
    p.add_argument("--year-max", type=int, default=None, help="notebook parameter: last year shown (02)")
    p.add_argument("--merged-2025", action="store_true",
                   help="notebook parameter: also the 34 post-merger provinces (02)")
    p.set_defaults(func=_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, run the command, return its exit status (library warnings go to stderr)."""
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s", stream=sys.stderr)
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)
