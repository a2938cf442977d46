"""The notebook batch: plan one run per notebook (and per province), check parameters, execute them with
papermill in a pool of worker processes, export each to HTML, write the index page."""
from __future__ import annotations

import difflib
import html
import multiprocessing
import os
import sys
import time
import traceback
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import papermill
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
from papermill.exceptions import PapermillExecutionError
from tqdm.auto import tqdm

from ..config import NOTEBOOKS_DIR as NOTEBOOKS, REFERENCE_DIR, ROOT
from ..reference.provinces import slug
from ..review.corrections import beside
from ..tableio import write_text
from .htmlexport import notebook_to_html
from .index import RunResult, input_hashes, package_versions, render_index

PROJECT_KERNEL = "vn-egov-analysis"

NB_EXTRACT = "01_extract_figures.ipynb"
NB_RATIOS = "02_adoption_ratios.ipynb"
NB_PROFILE = "03_province_profile.ipynb"
NB_REVIEW = "04_review_figures.ipynb"


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
    manager = KernelSpecManager()
    for name in ("python3", PROJECT_KERNEL):
        try:
            argv0 = manager.get_kernel_spec(name).argv[0]
        except NoSuchKernel:
            continue
        if argv0 in {"python", "python3", f"python3.{sys.version_info[1]}"} or _same_file(argv0, sys.executable):
            return name
    from ipykernel.kernelspec import install  # only the first time, on a machine without a usable kernel

    install(kernel_name=PROJECT_KERNEL, display_name="Python (vn-egov-analysis)", prefix=sys.prefix)
    return PROJECT_KERNEL


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# --------------------------------------------------------------------------- planning
def plan_runs(figures_path: Path, tables_dir: Path, provinces: Sequence[str], notebooks: Path = NOTEBOOKS) -> list[Run]:
    """01 and 02 on the tables the pipeline wrote (figures, ratios, audit, comparisons), one 03 per province,
    04 (review, read-only) with the copy of the corrections file the pipeline applied."""
    figures, tables = str(figures_path), str(tables_dir)
    runs = [
        Run("01_extract_figures", notebooks / NB_EXTRACT, "01 · Trích xuất số liệu", {"figures": figures}),
        Run("02_adoption_ratios", notebooks / NB_RATIOS, "02 · Tỷ lệ ứng dụng chính quyền điện tử",
            {"figures": figures, "tables": tables}),
    ]
    for province in provinces:
        runs.append(Run(f"03_province_profile-{slug(province) or 'x'}", notebooks / NB_PROFILE,
                        f"03 · Hồ sơ tỉnh: {province}", {"province": province, "figures": figures, "tables": tables}))
    runs.append(Run("04_review_figures", notebooks / NB_REVIEW, "04 · Rà soát số liệu",
                    {"figures": figures, "tables": tables, "corrections": str(beside(figures_path)[2]),
                     "interactive": False}))
    return runs


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The parameters a notebook declares in its cell tagged `parameters` (papermill.inspect_notebook)."""
    return dict(papermill.inspect_notebook(str(notebook)))


def check_parameters(run: Run) -> None:
    """Raise ParameterError when run passes a name the notebook does not declare (a typo is an error)."""
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
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'</head><body><h1>{html.escape(title)}</h1><p><b>Báo cáo này không chạy được.</b></p>'
            f"<pre>{html.escape(error)}</pre></body></html>")


def execute_run(run: Run, out_dir: Path, kernel: str, with_code: bool = False) -> RunResult:
    """Execute one notebook with papermill and export it to HTML; failures are recorded, never raised.

    Success is decided by papermill's recorded exception in the executed notebook, not by the export.
    """
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
    write_text(page, out_html)
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


def jobs_for(jobs: int | None) -> int:
    """Worker processes: as asked, else one per core."""
    return max(1, jobs or os.cpu_count() or 1)


def worker_pool(jobs: int, out_dir: Path) -> ProcessPoolExecutor:
    """`jobs` spawned worker processes (no fork of a process holding threads and open kernels), all started
    at once so their imports overlap with the extraction the caller does meanwhile."""
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_worker_init, initargs=(str(Path(out_dir) / "logs"),))
    for _ in range(jobs):
        pool.submit(_warm)
    return pool


def _failed(run: Run, out_dir: Path, error: str) -> RunResult:
    write_text(_error_page(run.title, error), out_dir / f"{run.key}.html")
    return RunResult(run.key, run.title, run.notebook.name, dict(run.parameters), "failed", 0.0,
                     f"{run.key}.html", None, error=error)


def _priority(run: Run) -> tuple[bool, bool]:
    # 02 and 01 take longest: start them first so the profiles fill the gaps.
    return (not run.key.startswith("02"), not run.key.startswith("01"))


def run_all(pool: ProcessPoolExecutor, runs: Sequence[Run], out_dir: Path, with_code: bool = False,
            progress: bool = True) -> list[RunResult]:
    """Check every run's parameters (ParameterError before anything runs), execute them in the pool under a
    progress bar, longest first; results in the order of runs. A worker that died fails its run only."""
    for run in runs:
        check_parameters(run)
    kernel = kernel_name()
    futures = {pool.submit(execute_run, r, out_dir, kernel, with_code): r for r in sorted(runs, key=_priority)}
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
    return [results[r.key] for r in runs]


def write_index(out_dir: Path, results: Sequence[RunResult], inputs: Sequence[Path],
                notes: Sequence[str] = ()) -> Path:
    """reports/index.html for results, with the inputs' hashes and the package versions."""
    page = render_index(results, input_hashes(inputs, root=ROOT), package_versions(), notes)
    return write_text(page, Path(out_dir) / "index.html")


def inputs(raw_dir: Path, data_dir: Path) -> list[Path]:
    """Every file a report depends on: articles, reference tables, notebooks, the tables the batch wrote."""
    raw = sorted(p for p in raw_dir.iterdir() if p.is_file()) if raw_dir.is_dir() else []
    reference = sorted(REFERENCE_DIR.glob("*.csv"))
    return [*raw, *reference, *sorted(NOTEBOOKS.glob("*.ipynb")), *sorted(data_dir.glob("*.csv"))]
