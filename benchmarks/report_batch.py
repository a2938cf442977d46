"""Benchmark: the report batch's wall time with --jobs 1 and --jobs 2, and the per-notebook overhead.

    .venv/bin/python benchmarks/report_batch.py [--raw data/raw] [--jobs 1 2] [--repeat 1]

Overhead is measured on two tiny notebooks run exactly like the reports (papermill + HTML export in a
worker): an empty one (kernel start, papermill bookkeeping, export) and one that only imports what the
report notebooks import (the import cell's own duration).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
IMPORTS = ("import pandas, matplotlib, seaborn\n"
           "from analysis.reports import plots, present, words\nfrom analysis.reports.inputs import load_tables\n"
           "from analysis.reports.inputs import load_extraction")


def time_batch(raw: Path, jobs: int) -> tuple[float, int]:
    """Wall time of `analysis report` (extraction + ratios + every notebook + HTML + index) into a fresh folder."""
    from analysis.cli import main

    out = Path(tempfile.mkdtemp(prefix=f"bench-jobs{jobs}-"))
    try:
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["report", "--raw", str(raw), "--out", str(out / "reports"), "--jobs", str(jobs)])
        seconds = time.perf_counter() - start
        n = len(list((out / "reports").glob("*.ipynb")))
    finally:
        shutil.rmtree(out, ignore_errors=True)
    if code != 0:
        raise SystemExit(f"report --jobs {jobs} exited {code}")
    return seconds, n


def _tiny(path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(source),
    ])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def overhead(repeat: int) -> dict[str, float]:
    """Median seconds: whole run of an empty notebook, its kernel/papermill part, export, and the imports cell."""
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from analysis.reports.batch import Run, _worker_init, execute_run, kernel_name

    tmp = Path(tempfile.mkdtemp(prefix="bench-overhead-"))
    kernel = kernel_name()
    empty, imports = _tiny(tmp / "empty.ipynb", "pass"), _tiny(tmp / "imports.ipynb", IMPORTS)
    rows: dict[str, list[float]] = {"run": [], "kernel_overhead": [], "export": [], "imports": []}
    try:
        with ProcessPoolExecutor(1, mp_context=get_context("spawn"), initializer=_worker_init,
                                 initargs=(str(tmp / "logs"),)) as pool:
            pool.submit(execute_run, Run("warm", empty, "warm"), tmp, kernel).result()
            for i in range(repeat):
                r = pool.submit(execute_run, Run(f"e{i}", empty, "e"), tmp, kernel).result()
                rows["run"].append(r.seconds)
                rows["kernel_overhead"].append(r.timings["kernel_overhead"])
                rows["export"].append(r.timings["export"])
                pool.submit(execute_run, Run(f"i{i}", imports, "i"), tmp, kernel).result()
                cell = nbformat.read(tmp / f"i{i}.ipynb", as_version=4).cells[-1]
                rows["imports"].append(float(cell.metadata.papermill.duration))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {k: statistics.median(v) for k, v in rows.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per setting (the median is reported)")
    args = parser.parse_args(argv)
    raw = Path(args.raw).resolve()
    print(f"report batch on {raw} ({len(list(raw.glob('*.txt')))} articles), {os.cpu_count()} cores, "
          f"python {sys.version.split()[0]}")
    walls: dict[int, float] = {}
    for jobs in args.jobs:
        times = []
        for _ in range(args.repeat):
            seconds, n = time_batch(raw, jobs)
            times.append(seconds)
        walls[jobs] = statistics.median(times)
        print(f"  --jobs {jobs}: {walls[jobs]:6.1f} s wall for {n} notebooks "
              f"(runs: {', '.join(f'{t:.1f}' for t in times)})")
    if 1 in walls:
        for jobs, wall in walls.items():
            if jobs != 1:
                print(f"  speed-up --jobs {jobs} vs --jobs 1: {walls[1] / wall:.2f}x (aim: >= 1.6x on 2 cores)")
    o = overhead(max(args.repeat, 3))
    print("per-notebook overhead (median, one warm worker):")
    print(f"  empty notebook, whole run:     {o['run']:5.2f} s")
    print(f"    kernel start + papermill:    {o['kernel_overhead']:5.2f} s")
    print(f"    HTML export:                 {o['export']:5.2f} s")
    print(f"  imports cell (pandas, seaborn, analysis...): {o['imports']:5.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
