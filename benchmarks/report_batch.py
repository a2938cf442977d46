"""Benchmark: the report batch against the stock CLI loop, cold and re-run, and the overhead per report.

    .venv/bin/python benchmarks/report_batch.py [--raw data/raw] [--repeat 3] [--jobs 2] [--no-stock]
    .venv/bin/python benchmarks/report_batch.py --overhead-only [--spares 1] [--pause 1] [--overhead-repeat 5]

In one run, interleaved, `--repeat` times each (medians reported):
- stock: what a user would chain by hand: `python -m analysis extract`, `python -m analysis ratios`, then per
  report `papermill in.ipynb out.ipynb -p …` and `jupyter nbconvert --to html out.ipynb`, one after another;
- cold: `python -m analysis report --force` into a fresh folder (extraction, ratios, every report, index);
- re-run: the same command again with nothing changed (everything reused).
Then the overhead per report beyond its own cells: an empty notebook through the batch's path (warm kernel,
papermill engine, HTML export, files written), median of 5 after one warm-up; as in the batch, a spare kernel
is forked ahead of each run, and 1 s passes between runs (standing for the previous report's cells, during
which the batch's next kernel gets ready; --pause 0 runs them back to back, --spares 0 forks each kernel on
demand as before spare kernels existed).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(cmd: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode not in (0,):
        raise SystemExit(f"{' '.join(cmd)} exited {done.returncode}: {done.stderr[-2000:]}")


def stock_loop(raw: Path, out: Path) -> tuple[float, int]:
    """Seconds for extract + ratios + papermill and nbconvert per report, as separate commands."""
    from analysis.reports.batch import plan_runs

    start = time.perf_counter()
    data = out / "data"
    _run([sys.executable, "-m", "analysis", "extract", str(raw), "--out", str(data / "figures.csv"), "--quiet"])
    _run([sys.executable, "-m", "analysis", "ratios", str(data / "figures.csv"), "--out", str(data)])
    provinces = sorted(pd.read_csv(data / "figures.csv", dtype=str)["province"].dropna().unique())
    runs = plan_runs("data/figures.csv", "data", provinces)
    for run in runs:
        nb = out / f"{run.key}.ipynb"
        params = [x for name, value in run.parameters.items() for x in ("-p", name, str(value))]
        _run([str(BIN / "papermill"), str(run.notebook), str(nb), *params, "--cwd", str(out), "--no-progress-bar"])
        _run([str(BIN / "jupyter"), "nbconvert", "--to", "html", "--log-level", "ERROR", str(nb)])
    return time.perf_counter() - start, len(runs)


def batch(raw: Path, out: Path, jobs: int, force: bool) -> float:
    """Seconds for `python -m analysis report` (a new process, as a user runs it)."""
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "analysis", "report", "--raw", str(raw), "--out", str(out), "--jobs", str(jobs)]
    _run(cmd + (["--force"] if force else []))
    return time.perf_counter() - start


def _empty(path: Path) -> Path:
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("pass"),
    ])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def overhead(tmp: Path, repeat: int = 5, spares: int = 1, pause: float = 1.0) -> dict[str, float]:
    """Median seconds for an empty notebook through the batch's path: whole run, execution, export.

    As in the batch, the template keeps `spares` kernels forked ahead of need (0: each report forks its own, as
    before spare kernels). `pause` seconds (not timed) pass between runs: they stand for the previous report's own
    cells, during which the batch's next kernel gets ready; pause 0 runs the empty notebooks back to back."""
    from analysis.reports.batch import Run, execute_run, kernel_name
    from analysis.reports.kernels import KernelTemplate

    empty = _empty(tmp / "empty.ipynb")
    template, kernel = KernelTemplate(spares=spares), kernel_name()
    rows: dict[str, list[float]] = {"run": [], "execute": [], "export": []}
    try:
        template.wait_ready()
        execute_run(Run("warm-up", empty, "warm-up"), tmp, kernel, template=template)
        for i in range(repeat):
            time.sleep(pause)
            r = execute_run(Run(f"e{i}", empty, "e"), tmp, kernel, template=template)
            rows["run"].append(r.seconds)
            rows["execute"].append(r.timings["execute"])
            rows["export"].append(r.timings["export"])
    finally:
        template.close()
    return {k: statistics.median(v) for k, v in rows.items()}


def print_overhead(tmp: Path, repeat: int, spares: int, pause: float) -> None:
    o = overhead(tmp, repeat, spares, pause)
    how = f"{spares} spare kernel(s)" if spares else "no spare kernel"
    gap = f"{pause:g} s between runs" if pause else "back to back"
    print(f"overhead per report, empty notebook through the batch's path (median of {repeat}, warm template, "
          f"{how}, {gap}; load average {os.getloadavg()[0]:.1f}):")
    print(f"  whole run {o['run']:.3f} s = execution {o['execute']:.3f} s + HTML export and files "
          f"{o['export']:.3f} s (target <= 0.5 s)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="interleaved repetitions (medians reported)")
    parser.add_argument("--no-stock", action="store_true",
                        help="skip the stock CLI loop (minutes): only the batch cold, re-run and overhead")
    parser.add_argument("--overhead-only", action="store_true", help="only the overhead per report")
    parser.add_argument("--overhead-repeat", type=int, default=5, help="empty notebooks timed (median reported)")
    parser.add_argument("--spares", type=int, default=1,
                        help="spare kernels for the overhead part (the batch keeps one per job; 0: none, as before)")
    parser.add_argument("--pause", type=float, default=1.0,
                        help="seconds between the overhead part's runs, standing for a report's own cells (0: back "
                             "to back)")
    args = parser.parse_args(argv)
    if args.overhead_only:
        tmp = Path(tempfile.mkdtemp(prefix="bench-report-"))
        try:
            print_overhead(tmp, args.overhead_repeat, args.spares, args.pause)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return 0
    raw = Path(args.raw).resolve()
    print(f"report batch on {raw} ({len(list(raw.glob('*.txt')))} articles), {os.cpu_count()} cores, "
          f"python {sys.version.split()[0]}, --jobs {args.jobs}, load average {os.getloadavg()[0]:.1f}")
    tmp = Path(tempfile.mkdtemp(prefix="bench-report-"))
    times: dict[str, list[float]] = {"stock": [], "cold": [], "rerun": []}
    try:
        n = 0
        for i in range(args.repeat):
            if not args.no_stock:
                seconds, n = stock_loop(raw, tmp / f"stock{i}")
                times["stock"].append(seconds)
            times["cold"].append(batch(raw, tmp / f"batch{i}", args.jobs, force=True))
            times["rerun"].append(batch(raw, tmp / f"batch{i}", args.jobs, force=False))
            stock = f"stock {times['stock'][-1]:.1f} s, " if times["stock"] else ""
            print(f"  round {i + 1}: {stock}cold {times['cold'][-1]:.1f} s, re-run {times['rerun'][-1]:.2f} s, "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
        med = {k: statistics.median(v) for k, v in times.items() if v}
        print(f"{n or 'the'} reports; medians of {args.repeat}:")
        if "stock" in med:
            print(f"  stock CLI loop (extract, ratios, papermill + nbconvert each): {med['stock']:6.1f} s")
        speedup = f"   speed-up {med['stock'] / med['cold']:.2f}x (target >= 5x, floor 3.5x)" if "stock" in med else ""
        print(f"  batch cold (--force):                                         {med['cold']:6.1f} s{speedup}")
        print(f"  batch re-run, nothing changed:                                {med['rerun']:6.2f} s"
              f"   (target <= 3 s)")
        print_overhead(tmp, args.overhead_repeat, args.spares, args.pause)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
