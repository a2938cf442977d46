"""The report batch: extraction, ratios, then every notebook run by papermill in worker processes, to HTML."""
from __future__ import annotations

import multiprocessing
import os
import re
import sys
import time
import traceback
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from ..config import NOTEBOOKS_DIR as NOTEBOOKS, REFERENCE_DIR, ROOT
from ..reference.lookup import fold
from .index import RunResult, input_hashes, package_versions, render_index

PROJECT_KERNEL = "vn-egov-analysis"

NB_EXTRACT = "01_extract_figures.ipynb"
NB_RATIOS = "02_adoption_ratios.ipynb"
NB_PROFILE = "03_province_profile.ipynb"


@dataclass(frozen=True)
class Run:
    """One notebook to execute: which, with what parameters, under which output name."""

    key: str
    notebook: Path
    title: str
    parameters: dict = field(default_factory=dict)


class ParameterError(ValueError):
    """Parameters that the notebook does not declare in its `parameters` cell."""


# --------------------------------------------------------------------------- kernel
def kernel_name() -> str:
    """A kernel that runs this interpreter, registering one inside sys.prefix when needed (no manual install).

    ipykernel's own "python3" spec (argv "python") is launched by jupyter_client with sys.executable, i.e.
    the project's interpreter; a "python3" spec that points elsewhere is bypassed with a project kernel.
    """
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    manager = KernelSpecManager()
    for name in ("python3", PROJECT_KERNEL):
        try:
            argv0 = manager.get_kernel_spec(name).argv[0]
        except NoSuchKernel:
            continue
        if argv0 in {"python", "python3", f"python3.{sys.version_info[1]}"} or _same_file(argv0, sys.executable):
            return name
    from ipykernel.kernelspec import install

    install(kernel_name=PROJECT_KERNEL, display_name="Python (vn-egov-analysis)", prefix=sys.prefix)
    return PROJECT_KERNEL


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# --------------------------------------------------------------------------- planning
def slug(text: str) -> str:
    """ASCII file-name form of a name: 'Đắk Lắk' -> 'dak-lak'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def extract_run(raw_dir: Path, data_dir: Path, notebooks: Path = NOTEBOOKS) -> Run:
    """Notebook 01: it reads the articles itself, so it can start before the batch's own extraction."""
    return Run("01_extract_figures", notebooks / NB_EXTRACT, "01 · Trích xuất số liệu",
               {"raw_dir": str(raw_dir), "out_dir": str(data_dir / "01_extract_figures")})


def plan_runs(figures_path: Path, raw_dir: Path, data_dir: Path, provinces: Sequence[str],
              notebooks: Path = NOTEBOOKS) -> list[Run]:
    """01 on the articles, 02 on the figures table, and one 03 per province."""
    runs = [
        extract_run(raw_dir, data_dir, notebooks),
        Run("02_adoption_ratios", notebooks / NB_RATIOS, "02 · Tỷ lệ ứng dụng chính quyền điện tử",
            {"figures": str(figures_path)}),
    ]
    for province in provinces:
        runs.append(Run(f"03_province_profile-{slug(province)}", notebooks / NB_PROFILE,
                        f"03 · Hồ sơ tỉnh: {province}", {"province": province, "figures": str(figures_path)}))
    return runs


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The parameters a notebook declares in its cell tagged `parameters` (papermill.inspect_notebook)."""
    import papermill

    return dict(papermill.inspect_notebook(str(notebook)))


def check_parameters(run: Run) -> None:
    """Raise ParameterError when run passes a name the notebook does not declare (a typo is an error)."""
    import difflib

    declared = notebook_parameters(run.notebook)
    if not declared:
        raise ParameterError(f"{run.notebook.name}: no cell tagged 'parameters'")
    unknown = sorted(set(run.parameters) - set(declared))
    if unknown:
        hints = []
        for name in unknown:
            close = difflib.get_close_matches(name, list(declared), n=1)
            hints.append(f"{name!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        raise ParameterError(f"{run.notebook.name}: unknown parameter(s) {', '.join(hints)}; "
                             f"the notebook declares {', '.join(sorted(declared))}")


# --------------------------------------------------------------------------- one run (in a worker)
def _worker_init(log_dir: str) -> None:
    """Send a worker's stderr (and its kernels' chatter) to a log file, so the progress bar stays readable."""
    # kernels inherit this; a caller's MPLBACKEND=Agg would otherwise stop inline images
    os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    Path(log_dir).mkdir(parents=True, exist_ok=True)
    fd = os.open(Path(log_dir) / f"worker-{os.getpid()}.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(fd, 2)
    os.close(fd)
    import nbconvert  # noqa: F401 - warm the worker once, not per notebook
    import papermill  # noqa: F401


def _summary(nb) -> str:
    """The text printed by the cell tagged `summary`, on one line."""
    for cell in nb.cells:
        if cell.cell_type == "code" and "summary" in cell.metadata.get("tags", []):
            text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream")
            return " ".join(text.split())
    return ""


def _recorded_error(nb) -> str:
    """The first error output in an executed notebook, as 'Name: value'."""
    for cell in nb.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if out.get("output_type") == "error":
                return f"{out.get('ename', 'Error')}: {out.get('evalue', '')}"
    return ""


def _error_page(title: str, error: str) -> str:
    import html

    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body><h1>{html.escape(title)}</h1><p><b>Báo cáo này không chạy được.</b></p>'
            f"<pre>{html.escape(error)}</pre></body></html>")


def execute_run(run: Run, out_dir: Path, kernel: str, with_code: bool = False) -> RunResult:
    """Execute one notebook with papermill and export it to HTML; failures are recorded, never raised.

    Success is decided by papermill's recorded exception in the executed notebook, not by the export.
    """
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from .htmlexport import notebook_to_html

    out_dir = Path(out_dir)
    out_nb, out_html = out_dir / f"{run.key}.ipynb", out_dir / f"{run.key}.html"
    start = time.perf_counter()
    error = ""
    try:
        papermill.execute_notebook(str(run.notebook), str(out_nb), parameters=dict(run.parameters),
                                   kernel_name=kernel, progress_bar=False, log_output=False, cwd=str(out_dir))
    except PapermillExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # noqa: BLE001 - kernel death, missing file...: the run failed, the batch goes on
        error = f"{type(exc).__name__}: {exc}"
    executed = time.perf_counter()
    nb = nbformat.read(out_nb, as_version=4) if out_nb.exists() else None
    cells = 0.0
    if nb is not None:
        if nb.metadata.get("papermill", {}).get("exception"):
            error = error or _recorded_error(nb) or "the notebook raised an exception"
        cells = sum(float(c.metadata.get("papermill", {}).get("duration") or 0.0) for c in nb.cells)
    try:
        page = notebook_to_html(nb, run.title, with_code) if nb is not None else _error_page(run.title, error)
    except Exception as exc:  # noqa: BLE001 - an export failure fails this run only
        error = error or f"HTML export failed: {type(exc).__name__}: {exc}"
        page = _error_page(run.title, error + "\n\n" + traceback.format_exc())
    out_html.write_text(page, encoding="utf-8")
    end = time.perf_counter()
    return RunResult(
        key=run.key, title=run.title, notebook=run.notebook.name, parameters=dict(run.parameters),
        status="failed" if error else "ok", seconds=end - start, html=out_html.name,
        ipynb=out_nb.name if out_nb.exists() else None, summary=_summary(nb) if nb is not None else "",
        error=error,
        timings={"execute": executed - start, "cells": cells, "kernel_overhead": max(executed - start - cells, 0.0),
                 "export": end - executed},
    )


# --------------------------------------------------------------------------- the batch
def _warm() -> int:
    return os.getpid()


def worker_pool(jobs: int, out_dir: Path) -> ProcessPoolExecutor:
    """`jobs` spawned worker processes (no fork of a process holding threads and open kernels)."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, initargs=(str(Path(out_dir) / "logs"),))


def _failed(run: Run, out_dir: Path, error: str) -> RunResult:
    (out_dir / f"{run.key}.html").write_text(_error_page(run.title, error), encoding="utf-8")
    return RunResult(run.key, run.title, run.notebook.name, dict(run.parameters), "failed", 0.0,
                     f"{run.key}.html", None, error=error)


def _priority(run: Run) -> tuple[bool, bool]:
    # 02 and 01 take longest: start them first so the profiles fill the gaps.
    return (not run.key.startswith("02"), not run.key.startswith("01"))


def collect(futures: dict[Future, Run], out_dir: Path, progress: bool = True) -> dict[str, RunResult]:
    """Wait for submitted runs under a progress bar; a worker that died still yields a failed result."""
    from tqdm.auto import tqdm

    results: dict[str, RunResult] = {}
    with tqdm(total=len(futures), desc="notebooks", unit="nb", disable=not progress) as bar:
        for future in as_completed(futures):
            run = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - a dead worker fails its run, not the batch
                result = _failed(run, out_dir, f"worker failed: {type(exc).__name__}: {exc}")
            results[run.key] = result
            bar.set_postfix_str(f"{run.key}: {result.status}")
            bar.update()
    return results


def _jobs(jobs: int | None, n_runs: int) -> int:
    return max(1, min(jobs or os.cpu_count() or 1, max(n_runs, 1)))


def run_batch(runs: Sequence[Run], out_dir: Path, jobs: int | None = None, with_code: bool = False,
              progress: bool = True) -> list[RunResult]:
    """Check every run's parameters, then execute them in a pool of `jobs` worker processes (default: all cores).

    Results come back in the order of runs. Raises ParameterError before anything runs.
    """
    for run in runs:
        check_parameters(run)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    kernel = kernel_name()
    with worker_pool(_jobs(jobs, len(runs)), out_dir) as pool:
        futures = {pool.submit(execute_run, r, out_dir, kernel, with_code): r for r in sorted(runs, key=_priority)}
        results = collect(futures, out_dir, progress)
    return [results[r.key] for r in runs]


def write_index(out_dir: Path, results: Sequence[RunResult], inputs: Sequence[Path],
                notes: Sequence[str] = ()) -> Path:
    """reports/index.html for results, with the inputs' hashes and the package versions."""
    path = Path(out_dir) / "index.html"
    page = render_index(results, input_hashes(inputs, root=ROOT), package_versions(), notes)
    tmp = path.with_name(".index.html.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    return path


def _inputs(raw_dir: Path, data_dir: Path) -> list[Path]:
    raw = sorted(p for p in raw_dir.iterdir() if p.is_file()) if raw_dir.is_dir() else []
    reference = sorted(REFERENCE_DIR.glob("*.csv"))
    return [*raw, *reference, *sorted(NOTEBOOKS.glob("*.ipynb")), *sorted(data_dir.glob("*.csv"))]


def run_report(raw_dir: Path, out_dir: Path, jobs: int | None = None, with_code: bool = False) -> int:
    """`python -m analysis report`: extraction, ratios, notebooks -> HTML and index.html; 0 only if all succeeded.

    The worker pool starts first and runs notebook 01 (which extracts on its own) while this process
    extracts and computes the ratios the other notebooks read; then 02 and one 03 per province follow.
    """
    from ..figures.corpus import run_extract
    from ..ratios.build import run_ratios
    from ..tableio import read_table

    raw_dir, out_dir = Path(raw_dir).resolve(), Path(out_dir).resolve()
    data_dir = out_dir / "data"
    figures_path = data_dir / "figures.csv"
    if not raw_dir.is_dir():
        print(f"report: {raw_dir} is not a folder of articles", file=sys.stderr)
        return 2
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    first = [extract_run(raw_dir, data_dir)]  # 01 needs nothing but the articles
    try:
        for run in first:
            check_parameters(run)
    except ParameterError as exc:
        print(f"report: {exc}", file=sys.stderr)
        return 2
    kernel = kernel_name()
    jobs = _jobs(jobs, 1 << 10)
    notes: list[str] = []
    with worker_pool(jobs, out_dir) as pool:
        futures = {pool.submit(execute_run, r, out_dir, kernel, with_code): r for r in first}
        for _ in range(jobs - 1):
            pool.submit(_warm)  # start the other workers while this process extracts
        extract_code = run_extract(raw_dir, figures_path, progress=True)
        if extract_code:
            notes.append(f"Trích xuất: có bài viết không đọc được (xem {figures_path.stem}_errors.csv và báo cáo 01).")
        ratios_code = run_ratios(figures_path, data_dir)
        if ratios_code:
            notes.append("Tính tỷ lệ thất bại (xem báo cáo 02).")
        provinces = sorted(read_table(figures_path)["province"].dropna().astype(str).unique())
        rest = [r for r in plan_runs(figures_path, raw_dir, data_dir, provinces) if r.key not in
                {f.key for f in first}]
        try:
            for run in rest:
                check_parameters(run)
        except ParameterError as exc:
            print(f"report: {exc}", file=sys.stderr)
            for future in futures:
                future.cancel()
            return 2
        futures |= {pool.submit(execute_run, r, out_dir, kernel, with_code): r for r in sorted(rest, key=_priority)}
        results = collect(futures, out_dir)
    ordered = [results[r.key] for r in first + rest]
    index = write_index(out_dir, ordered, _inputs(raw_dir, data_dir), notes)
    failed = [r for r in ordered if not r.ok]
    print(f"report: {len(ordered) - len(failed)}/{len(ordered)} notebooks ok in "
          f"{time.perf_counter() - started:.1f} s with {jobs} workers -> {index}")
    for r in failed:
        print(f"report: FAILED {r.key}: {r.error}", file=sys.stderr)
    return 1 if failed or extract_code or ratios_code else 0
